//! Reaching the servers the way grpcurl and `buf curl` do: through server
//! reflection, with no .proto file at hand.

mod common;

use common::spawn_app;
use dealwire_proto::v1 as pb;
use prost::Message;
use tonic_reflection::pb::v1::ServerReflectionRequest;
use tonic_reflection::pb::v1::server_reflection_client::ServerReflectionClient;
use tonic_reflection::pb::v1::server_reflection_request::MessageRequest;
use tonic_reflection::pb::v1::server_reflection_response::MessageResponse;

async fn ask(addr: &str, request: MessageRequest) -> MessageResponse {
    let channel = tonic::transport::Endpoint::from_shared(addr.to_string())
        .expect("url")
        .connect()
        .await
        .expect("connect");
    let mut client = ServerReflectionClient::new(channel);
    let req = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(request),
    };
    let mut responses = client
        .server_reflection_info(tokio_stream::iter(vec![req]))
        .await
        .expect("reflection call")
        .into_inner();
    responses
        .message()
        .await
        .expect("response")
        .and_then(|r| r.message_response)
        .expect("a message")
}

#[tokio::test]
async fn both_servers_list_their_services_through_reflection() {
    let app = spawn_app().await;
    for (addr, want) in [
        (&app.store_addr, "dealwire.v1.DealStoreService"),
        (&app.extractor_addr, "dealwire.v1.ExtractorService"),
    ] {
        let MessageResponse::ListServicesResponse(list) =
            ask(addr, MessageRequest::ListServices(String::new())).await
        else {
            panic!("not a service list");
        };
        let names: Vec<String> = list.service.into_iter().map(|s| s.name).collect();
        assert!(names.iter().any(|n| n == want), "{names:?}");
        assert!(
            names.iter().any(|n| n == "grpc.health.v1.Health"),
            "{names:?}"
        );
    }
}

#[tokio::test]
async fn reflection_describes_the_aggregation_rpcs() {
    let app = spawn_app().await;
    let MessageResponse::FileDescriptorResponse(files) = ask(
        &app.store_addr,
        MessageRequest::FileContainingSymbol("dealwire.v1.DealStoreService".into()),
    )
    .await
    else {
        panic!("not a file descriptor");
    };
    let mut set = prost_types::FileDescriptorSet::default();
    for bytes in files.file_descriptor_proto {
        set.file
            .push(prost_types::FileDescriptorProto::decode(bytes.as_slice()).expect("descriptor"));
    }
    let service = set
        .file
        .iter()
        .flat_map(|f| &f.service)
        .find(|s| s.name() == "DealStoreService")
        .expect("service");
    let methods: Vec<&str> = service.method.iter().map(|m| m.name()).collect();
    for m in [
        "TopInvestors",
        "InvestorProfile",
        "CompanyProfile",
        "ListDeals",
        "GetDeal",
        "WatchDeals",
        "Ingest",
    ] {
        assert!(methods.contains(&m), "{m} not in {methods:?}");
    }
}

/// `buf curl` is a real reflection client; it comes from npm through npx.
#[tokio::test]
async fn buf_curl_calls_top_investors_through_reflection() {
    if std::process::Command::new("npx")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipping: npx is not installed");
        return;
    }
    let mut app = spawn_app().await;
    let text = "La start-up Quantix lève 12 millions d'euros auprès de Partech.";
    let article = pb::Article {
        id: "q".into(),
        text: text.into(),
        ..Default::default()
    };
    app.extractor
        .ingest(tokio_stream::iter(vec![
            pb::ExtractorServiceIngestRequest {
                article: Some(article),
            },
        ]))
        .await
        .expect("ingest");
    let url = format!(
        "{}/dealwire.v1.DealStoreService/TopInvestors",
        app.store_addr
    );
    let out = tokio::process::Command::new("npx")
        .args([
            "--yes",
            "@bufbuild/buf@1.75.0",
            "curl",
            "--protocol",
            "grpc",
            "--http2-prior-knowledge",
            "-d",
            r#"{"orderBy":"INVESTOR_ORDER_DEAL_COUNT"}"#,
            &url,
        ])
        .output()
        .await
        .expect("run buf curl");
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success()
        && stdout.is_empty()
        && String::from_utf8_lossy(&out.stderr).contains("npm")
    {
        eprintln!(
            "skipping: buf could not be fetched from npm: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return;
    }
    assert!(
        out.status.success(),
        "buf curl failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON answer");
    assert_eq!(v["investors"][0]["name"], "Partech", "{stdout}");
}
