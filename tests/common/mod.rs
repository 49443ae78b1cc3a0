//! Starts real servers on ephemeral ports and hands back typed clients.

#![allow(dead_code)]

use std::path::PathBuf;

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

/// The databases the store runs on; the store's tests run against each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A fresh, empty database for one test.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

/// Environment variable naming the PostgreSQL server the PostgreSQL runs use.
pub const PG_ENV: &str = "DEALWIRE_TEST_DATABASE_URL";

/// A fresh database on `backend`. Each PostgreSQL test gets its own schema,
/// so tests run in parallel on one server. The PostgreSQL tests are ignored
/// unless [`PG_ENV`] was set when they were built (see `build.rs`); one run
/// anyway (`--include-ignored`) without it fails, saying what to set.
pub async fn test_db(backend: Backend) -> TestDb {
    match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!("sqlite://{}", dir.path().join("deals.db").display());
            TestDb {
                url,
                _dir: Some(dir),
            }
        }
        Backend::Postgres => {
            let base = std::env::var(PG_ENV).unwrap_or_else(|_| {
                panic!(
                    "set {PG_ENV} (e.g. postgres://postgres@127.0.0.1:5432/test) to run the PostgreSQL tests"
                )
            });
            TestDb {
                url: pg_schema(&base).await,
                _dir: None,
            }
        }
    }
}

async fn pg_schema(base: &str) -> String {
    use sqlx::{Connection, Executor, Row};
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let schema = format!(
        "dw_test_{now}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let mut conn = sqlx::PgConnection::connect(base)
        .await
        .unwrap_or_else(|e| panic!("{PG_ENV} is set but PostgreSQL refuses: {e}"));
    // Schemas of runs more than an hour old are left-overs: drop them.
    let old = sqlx::query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'dw_test_%'")
        .fetch_all(&mut conn)
        .await
        .expect("list schemas");
    for row in old {
        let name: String = row.get(0);
        let born: u64 = name
            .split('_')
            .nth(2)
            .and_then(|t| t.parse().ok())
            .unwrap_or(now);
        if born + 3600 < now {
            let _ = conn
                .execute(format!("DROP SCHEMA IF EXISTS \"{name}\" CASCADE").as_str())
                .await;
        }
    }
    conn.execute(format!("CREATE SCHEMA \"{schema}\"").as_str())
        .await
        .expect("create schema");
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}options[search_path]={schema}")
}

/// Opens a store on `db_url` with default options.
pub async fn open_store(db_url: &str) -> dealwire_store::repo::Store {
    dealwire_store::repo::Store::open(db_url, dealwire_store::repo::Options::default())
        .await
        .expect("store opens")
}

/// How a test app's servers are configured; the default is the binaries'.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub store_limits: dealwire_store::config::Limits,
    /// `None`: the extractor's default.
    pub max_article_bytes: Option<usize>,
    pub serve: dealwire_server::settings::ServeOptions,
    pub link: dealwire_extractor::link::LinkOptions,
}

pub async fn spawn_store(db_url: &str) -> (String, oneshot::Sender<()>) {
    spawn_store_with(db_url, &Settings::default()).await
}

pub async fn spawn_store_with(db_url: &str, settings: &Settings) -> (String, oneshot::Sender<()>) {
    let app = dealwire_store::app::Application::build("127.0.0.1:0", open_store(db_url).await)
        .await
        .expect("store builds")
        .serve_options(settings.serve.clone())
        .limits(settings.store_limits);
    let addr = url_of(app.port(), settings);
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(app.run_until_stopped(async {
        let _ = rx.await;
    }));
    (addr, tx)
}

/// A server's URL: https with the name the test certificate carries.
fn url_of(port: u16, settings: &Settings) -> String {
    match settings.serve.tls {
        Some(_) => format!("https://localhost:{port}"),
        None => format!("http://127.0.0.1:{port}"),
    }
}

/// A channel to `url`, trusting the settings' certificate for https.
pub async fn channel(url: &str, settings: &Settings) -> Channel {
    let mut endpoint = tonic::transport::Endpoint::from_shared(url.to_string()).expect("url");
    if let Some(tls) = &settings.serve.tls {
        endpoint = endpoint
            .tls_config(
                tonic::transport::ClientTlsConfig::new()
                    .ca_certificate(tonic::transport::Certificate::from_pem(&tls.cert_pem)),
            )
            .expect("tls config");
    }
    endpoint.connect().await.expect("connect")
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Settings::default()).await
}

pub async fn spawn_app_with(settings: Settings) -> TestApp {
    let db = tempfile::tempdir().expect("temp dir");
    let db_url = format!("sqlite://{}", db.path().join("deals.db").display());
    let (store_addr, store_stop) = spawn_store_with(&db_url, &settings).await;
    let mut app = dealwire_extractor::app::Application::build(
        "127.0.0.1:0",
        Some(&store_addr),
        Extractor::default(),
    )
    .await
    .expect("extractor builds")
    .serve_options(settings.serve.clone())
    .link_options(settings.link.clone());
    if let Some(max) = settings.max_article_bytes {
        app = app.max_article_bytes(max);
    }
    let extractor_addr = url_of(app.port(), &settings);
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(app.run_until_stopped(async {
        let _ = rx.await;
    }));
    let store = DealStoreServiceClient::new(channel(&store_addr, &settings).await);
    let extractor = ExtractorServiceClient::new(channel(&extractor_addr, &settings).await);
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

/// Asserts that paging returned no deal twice.
pub fn assert_each_once(ids: &[String]) {
    let mut unique = ids.to_vec();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "no deal twice");
}
