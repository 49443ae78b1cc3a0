//! Starts real servers on ephemeral ports and hands back typed clients.

#![allow(dead_code)]

use std::path::PathBuf;

use dealwire_extractor::entities::Aliases;
use dealwire_extractor::pipeline::Extractor;
use dealwire_proto::v1::deal_store_service_client::DealStoreServiceClient;
use dealwire_proto::v1::extractor_service_client::ExtractorServiceClient;
use tokio::sync::oneshot;
use tonic::transport::Channel;

/// Both servers, running until dropped.
pub struct TestApp {
    pub store_addr: String,
    pub extractor_addr: String,
    pub store: DealStoreServiceClient<Channel>,
    pub extractor: ExtractorServiceClient<Channel>,
    pub db: tempfile::TempDir,
    stops: Vec<oneshot::Sender<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        for s in self.stops.drain(..) {
            let _ = s.send(());
        }
    }
}

pub async fn spawn_store(db_url: &str) -> (String, oneshot::Sender<()>) {
    let app = dealwire_store::app::Application::build("127.0.0.1:0", db_url, Aliases::default())
        .await
        .expect("store builds");
    let addr = format!("http://127.0.0.1:{}", app.port());
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(app.run_until_stopped(async {
        let _ = rx.await;
    }));
    (addr, tx)
}

pub async fn spawn_app() -> TestApp {
    let db = tempfile::tempdir().expect("temp dir");
    let db_url = format!("sqlite://{}", db.path().join("deals.db").display());
    let (store_addr, store_stop) = spawn_store(&db_url).await;
    let app = dealwire_extractor::app::Application::build(
        "127.0.0.1:0",
        Some(&store_addr),
        Extractor::default(),
    )
    .await
    .expect("extractor builds");
    let extractor_addr = format!("http://127.0.0.1:{}", app.port());
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(app.run_until_stopped(async {
        let _ = rx.await;
    }));
    let store = DealStoreServiceClient::connect(store_addr.clone())
        .await
        .expect("store client");
    let extractor = ExtractorServiceClient::connect(extractor_addr.clone())
        .await
        .expect("extractor client");
    TestApp {
        store_addr,
        extractor_addr,
        store,
        extractor,
        db,
        stops: vec![store_stop, tx],
    }
}

/// The shared corpus beside the repository, when present.
pub fn shared_corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.join("seeds").is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping: ../shared/corpus is absent");
        None
    }
}
