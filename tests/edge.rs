//! What every call meets before the services: TLS, bearer tokens, the
//! reflection switch, request ids, and the Prometheus endpoint of a real
//! process.

mod common;

use std::process::Stdio;
use std::time::Duration;

use common::{Settings, spawn_app, spawn_app_with};
use dealwire_proto::v1 as pb;
use dealwire_server::edge::{AuthScope, REQUEST_ID, Token};
use dealwire_server::settings::ServeOptions;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tonic::Code;

const TOKEN: &str = "test-token-0123456789";

fn secured(scope: AuthScope) -> Settings {
    Settings {
        serve: ServeOptions {
            token: Token::new(TOKEN),
            scope,
            ..ServeOptions::default()
        },
        link: dealwire_extractor::link::LinkOptions {
            token: Some(TOKEN.into()),
            ..Default::default()
        },
        ..Settings::default()
    }
}

fn with_token<T>(message: T, token: &str) -> tonic::Request<T> {
    let mut r = tonic::Request::new(message);
    r.metadata_mut().insert(
        "authorization",
        format!("Bearer {token}").parse().expect("ascii"),
    );
    r
}

fn article(text: &str) -> pb::ExtractorServiceIngestRequest {
    pb::ExtractorServiceIngestRequest {
        article: Some(pb::Article {
            id: "edge-1".into(),
            text: text.into(),
            ..Default::default()
        }),
    }
}

const FUNDING: &str = "La start-up Quantix lève 12 millions d'euros auprès de Partech.";

#[tokio::test]
async fn writes_need_the_bearer_token_and_reads_do_not() {
    let app = spawn_app_with(secured(AuthScope::Writes)).await;
    let mut store = app.store.clone();
    let err = store
        .ingest(tokio_stream::iter(
            Vec::<pb::DealStoreServiceIngestRequest>::new(),
        ))
        .await
        .expect_err("no token");
    assert_eq!(err.code(), Code::Unauthenticated);
    assert!(err.message().contains("Bearer"), "{}", err.message());
    let err = store
        .ingest(with_token(
            tokio_stream::iter(Vec::<pb::DealStoreServiceIngestRequest>::new()),
            "wrong",
        ))
        .await
        .expect_err("wrong token");
    assert_eq!(err.code(), Code::Unauthenticated);

    // The extractor's Ingest needs it too, and passes its own to the store.
    let mut extractor = app.extractor.clone();
    let err = extractor
        .ingest(tokio_stream::iter(vec![article(FUNDING)]))
        .await
        .expect_err("no token");
    assert_eq!(err.code(), Code::Unauthenticated);
    let done = extractor
        .ingest(with_token(
            tokio_stream::iter(vec![article(FUNDING)]),
            TOKEN,
        ))
        .await
        .expect("with the token")
        .into_inner();
    assert_eq!(done.deals_created, 1);

    // Reads are open.
    let page = store
        .list_deals(pb::ListDealsRequest::default())
        .await
        .expect("reads need no token")
        .into_inner();
    assert_eq!(page.deals.len(), 1);
}

#[tokio::test]
async fn with_scope_all_every_call_but_health_needs_the_token() {
    let app = spawn_app_with(secured(AuthScope::All)).await;
    let err = app
        .store
        .clone()
        .list_deals(pb::ListDealsRequest::default())
        .await
        .expect_err("no token");
    assert_eq!(err.code(), Code::Unauthenticated);
    app.store
        .clone()
        .list_deals(with_token(pb::ListDealsRequest::default(), TOKEN))
        .await
        .expect("with the token");
    dealwire_server::check_health(&app.store_addr, "dealwire.v1.DealStoreService")
        .await
        .expect("health needs no token");
}

fn tls_settings() -> Settings {
    let ck = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).expect("cert");
    let cert_pem = ck.cert.pem().into_bytes();
    Settings {
        serve: ServeOptions {
            tls: Some(dealwire_server::settings::TlsIdentity {
                cert_pem: cert_pem.clone(),
                key_pem: ck.signing_key.serialize_pem().into_bytes(),
            }),
            ..ServeOptions::default()
        },
        link: dealwire_extractor::link::LinkOptions {
            ca_pem: Some(cert_pem),
            ..Default::default()
        },
        ..Settings::default()
    }
}

#[tokio::test]
async fn with_tls_both_servers_and_the_link_between_them_are_encrypted() {
    let app = spawn_app_with(tls_settings()).await;
    assert!(app.store_addr.starts_with("https://"));
    // Through the extractor, over TLS, into the store, over TLS.
    let done = app
        .extractor
        .clone()
        .ingest(tokio_stream::iter(vec![article(FUNDING)]))
        .await
        .expect("ingest over TLS")
        .into_inner();
    assert_eq!(done.deals_created, 1);
    // A plain-text client cannot talk to a TLS server.
    let plain = app
        .store_addr
        .replace("https://localhost", "http://127.0.0.1");
    let refused = match pb::deal_store_service_client::DealStoreServiceClient::connect(plain).await
    {
        Err(_) => true,
        Ok(mut c) => c.list_deals(pb::ListDealsRequest::default()).await.is_err(),
    };
    assert!(refused, "a plain-text call reached a TLS server");
}

#[tokio::test]
async fn reflection_can_be_turned_off() {
    let app = spawn_app_with(Settings {
        serve: ServeOptions {
            reflection: false,
            ..ServeOptions::default()
        },
        ..Settings::default()
    })
    .await;
    let channel = tonic::transport::Endpoint::from_shared(app.store_addr.clone())
        .expect("url")
        .connect()
        .await
        .expect("connect");
    use tonic_reflection::pb::v1::server_reflection_client::ServerReflectionClient;
    use tonic_reflection::pb::v1::server_reflection_request::MessageRequest;
    let request = tonic_reflection::pb::v1::ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let err = ServerReflectionClient::new(channel)
        .server_reflection_info(tokio_stream::iter(vec![request]))
        .await
        .expect_err("reflection is off");
    assert_eq!(err.code(), Code::Unimplemented);
}

#[tokio::test]
async fn every_answer_carries_a_request_id_and_echoes_the_callers() {
    let app = spawn_app().await;
    let mut r = tonic::Request::new(pb::ListDealsRequest::default());
    r.metadata_mut()
        .insert(REQUEST_ID, "trace-me-42".parse().expect("ascii"));
    let answer = app.store.clone().list_deals(r).await.expect("list");
    assert_eq!(
        answer
            .metadata()
            .get(REQUEST_ID)
            .and_then(|v| v.to_str().ok()),
        Some("trace-me-42")
    );
    let err = app
        .store
        .clone()
        .get_deal(pb::GetDealRequest { id: "nope".into() })
        .await
        .expect_err("unknown id");
    let made_up = err.metadata().get(REQUEST_ID).and_then(|v| v.to_str().ok());
    assert!(made_up.is_some_and(|v| v.len() == 16), "{made_up:?}");
}

/// GETs `path` over plain HTTP/1.1 and returns the body.
async fn http_get(addr: &str, path: &str) -> String {
    let mut conn = tokio::net::TcpStream::connect(addr)
        .await
        .expect("metrics endpoint");
    conn.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .expect("write");
    let mut out = String::new();
    conn.read_to_string(&mut out).await.expect("read");
    out
}

#[tokio::test]
async fn the_binary_serves_prometheus_metrics_on_its_metrics_port() {
    let dir = tempfile::tempdir().expect("temp dir");
    let metrics_port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_dealwire"))
        .args([
            "--store-listen",
            "127.0.0.1:0",
            "--extractor-listen",
            "127.0.0.1:0",
        ])
        .args(["--metrics-listen", &format!("127.0.0.1:{metrics_port}")])
        .arg("--database")
        .arg(format!("sqlite://{}", dir.path().join("d.db").display()))
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("dealwire starts");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let extractor_addr = tokio::time::timeout(Duration::from_secs(60), async {
        while let Ok(Some(line)) = lines.next_line().await {
            if line.contains("extractor serving")
                && let Some(addr) = line.split("addr=").nth(1)
            {
                return addr.trim().to_string();
            }
        }
        panic!("dealwire exited before serving");
    })
    .await
    .expect("serves within a minute");
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });

    let mut client = dealwire_proto::v1::extractor_service_client::ExtractorServiceClient::connect(
        format!("http://{extractor_addr}"),
    )
    .await
    .expect("client");
    client
        .extract(pb::ExtractRequest {
            article: article(FUNDING).article,
        })
        .await
        .expect("extract");
    let _ = client
        .extract(pb::ExtractRequest { article: None })
        .await
        .expect_err("no article");

    let page = http_get(&format!("127.0.0.1:{metrics_port}"), "/metrics").await;
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    for want in [
        r#"dealwire_rpc_requests_total{method="/dealwire.v1.ExtractorService/Extract",code="Ok"} 1"#,
        r#"dealwire_rpc_requests_total{method="/dealwire.v1.ExtractorService/Extract",code="InvalidArgument"} 1"#,
        "dealwire_rpc_duration_seconds_bucket{method=\"/dealwire.v1.ExtractorService/Extract\"",
        "dealwire_articles_processed_total 1",
        "dealwire_deals_extracted_total 1",
        "dealwire_store_deals 0",
    ] {
        assert!(page.contains(want), "missing {want} in\n{page}");
    }
    let _ = child.start_kill();
}
