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

/// The services `addr` lists through reflection, asked in the given
/// version (v1 or v1alpha, which clients of different ages use).
async fn listed(addr: &str, v1alpha: bool) -> Vec<String> {
    let channel = tonic::transport::Endpoint::from_shared(addr.to_string())
        .expect("url")
        .connect()
        .await
        .expect("connect");
    if !v1alpha {
        let MessageResponse::ListServicesResponse(list) =
            ask(addr, MessageRequest::ListServices(String::new())).await
        else {
            panic!("not a service list");
        };
        return list.service.into_iter().map(|s| s.name).collect();
    }
    use tonic_reflection::pb::v1alpha::ServerReflectionRequest;
    use tonic_reflection::pb::v1alpha::server_reflection_client::ServerReflectionClient as Client;
    use tonic_reflection::pb::v1alpha::server_reflection_request::MessageRequest as Request;
    use tonic_reflection::pb::v1alpha::server_reflection_response::MessageResponse as Response;
    let req = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(Request::ListServices(String::new())),
    };
    let mut responses = Client::new(channel)
        .server_reflection_info(tokio_stream::iter(vec![req]))
        .await
        .expect("v1alpha reflection call")
        .into_inner();
    match responses
        .message()
        .await
        .expect("response")
        .and_then(|r| r.message_response)
    {
        Some(Response::ListServicesResponse(list)) => {
            list.service.into_iter().map(|s| s.name).collect()
        }
        other => panic!("not a service list: {other:?}"),
    }
}

/// Each port lists its own service, health and reflection, and never the
/// other server's service, in both reflection versions.
async fn assert_each_port_lists_only_what_it_serves(store: &str, extractor: &str) {
    const STORE: &str = "dealwire.v1.DealStoreService";
    const EXTRACTOR: &str = "dealwire.v1.ExtractorService";
    for (addr, own, foreign) in [(store, STORE, EXTRACTOR), (extractor, EXTRACTOR, STORE)] {
        for (v1alpha, reflection) in [
            (false, "grpc.reflection.v1.ServerReflection"),
            (true, "grpc.reflection.v1alpha.ServerReflection"),
        ] {
            let mut names = listed(addr, v1alpha).await;
            names.sort();
            let mut want = vec![own, "grpc.health.v1.Health", reflection];
            want.sort();
            assert_eq!(
                names, want,
                "{addr} (v1alpha: {v1alpha}) must not list {foreign}"
            );
        }
    }
}

#[tokio::test]
async fn each_server_lists_only_the_services_it_serves_through_reflection() {
    let app = spawn_app().await;
    assert_each_port_lists_only_what_it_serves(&app.store_addr, &app.extractor_addr).await;
}

/// The address in a "... serving" JSON log line of the server `who`.
fn serving_addr(line: &str, who: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let fields = v.get("fields")?;
    (fields.get("message")?.as_str()? == format!("{who} serving"))
        .then(|| fields.get("addr")?.as_str().map(|a| format!("http://{a}")))
        .flatten()
}

#[tokio::test]
async fn the_all_in_one_binary_lists_only_each_ports_own_service() {
    use tokio::io::AsyncBufReadExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_dealwire"))
        .args([
            "--store-listen",
            "127.0.0.1:0",
            "--extractor-listen",
            "127.0.0.1:0",
        ])
        .args([
            "--database",
            &format!("sqlite://{}", dir.path().join("d.db").display()),
        ])
        .arg("--log-json")
        .env("RUST_LOG", "info")
        .env_remove("DEALWIRE_AUTH_TOKEN")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("dealwire starts");
    let mut lines = tokio::io::BufReader::new(child.stderr.take().expect("stderr")).lines();
    let started = async {
        let (mut store, mut extractor) = (None, None);
        while let Ok(Some(line)) = lines.next_line().await {
            store = store.or_else(|| serving_addr(&line, "store"));
            extractor = extractor.or_else(|| serving_addr(&line, "extractor"));
            if let (Some(s), Some(e)) = (&store, &extractor) {
                return Some((s.clone(), e.clone()));
            }
        }
        None
    };
    let (store, extractor) = tokio::time::timeout(std::time::Duration::from_secs(60), started)
        .await
        .expect("dealwire serves within a minute")
        .expect("dealwire logs both addresses before it stops");
    assert_each_port_lists_only_what_it_serves(&store, &extractor).await;
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
