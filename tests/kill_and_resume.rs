//! Faults with real processes: the store runs as its own `store` process and
//! is killed with SIGKILL in the middle of a large ingest through an
//! in-process extractor. Every acknowledged deal must be there afterwards,
//! and none twice.
//!
//! `DEALWIRE_KILL_TEST_DEALS` sets how many deals the ingest carries
//! (default 20,000; docs/operations.md reports a run with 100,000).
//!
//! The `store` binary belongs to the store's package, whose own integration
//! test (`store/tests/binary.rs`) makes `cargo test --workspace` build it
//! next to this test's directory.

use std::process::Stdio;
use std::time::{Duration, Instant};

use dealwire_extractor::app::Application;
use dealwire_extractor::link::LinkOptions;
use dealwire_extractor::pipeline::Extractor;
use dealwire_extractor::service::ARTICLES_COMMITTED;
use dealwire_proto::v1 as pb;
use dealwire_proto::v1::deal_store_service_client::DealStoreServiceClient;
use dealwire_proto::v1::extractor_service_client::ExtractorServiceClient;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::{mpsc, oneshot};

const DEALS_PER_ARTICLE: usize = 5;

fn deal_count() -> usize {
    std::env::var("DEALWIRE_KILL_TEST_DEALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000)
}

/// A made-up but pronounceable name for `n`, unique per `n`.
fn name(mut n: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ba", "ke", "li", "mo", "nu", "ra", "se", "ti", "vo", "zu", "da", "fe", "gi", "ho", "ju",
        "pa",
    ];
    let mut s = String::from("Zo");
    loop {
        s.push_str(SYLLABLES[n % 16]);
        n /= 16;
        if n == 0 {
            break;
        }
    }
    s
}

/// Article `a`: five funding rounds, each with its own investor and target.
fn article(a: usize) -> pb::ExtractorServiceIngestRequest {
    let text = (0..DEALS_PER_ARTICLE)
        .map(|k| {
            let i = a * DEALS_PER_ARTICLE + k;
            format!(
                "{} Ventures has invested $12 million in the start-up {}.",
                name(2 * i),
                name(2 * i + 1)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    pb::ExtractorServiceIngestRequest {
        article: Some(pb::Article {
            id: format!("kill-test-{a}"),
            text,
            language_code: "en".into(),
            ..Default::default()
        }),
    }
}

/// The `store` binary of this build: `target/<profile>/store`, beside the
/// `deps` folder this test runs from.
fn store_binary() -> std::path::PathBuf {
    let exe = std::env::current_exe().expect("the test knows its own path");
    let bin = exe
        .parent()
        .and_then(std::path::Path::parent)
        .map(|dir| dir.join(format!("store{}", std::env::consts::EXE_SUFFIX)))
        .expect("the test runs from target/<profile>/deps");
    assert!(
        bin.exists(),
        "{} is missing: build it with `cargo build -p dealwire-store` (cargo test --workspace does)",
        bin.display()
    );
    bin
}

/// A `store` process on a fixed port and database file.
struct StoreProcess {
    child: Child,
}

impl StoreProcess {
    /// Starts the store and returns once it logs that it is serving.
    async fn start(port: u16, db_url: &str) -> StoreProcess {
        let mut child = Command::new(store_binary())
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .args(["--database", db_url])
            .env("RUST_LOG", "info")
            .env_remove("DEALWIRE_AUTH_TOKEN")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("store starts");
        let stderr = child.stderr.take().expect("stderr");
        let (ready, serving) = oneshot::channel();
        tokio::spawn(async move {
            let mut lines = BufReader::new(stderr).lines();
            let mut ready = Some(ready);
            while let Ok(Some(line)) = lines.next_line().await {
                if line.contains("store serving")
                    && let Some(r) = ready.take()
                {
                    let _ = r.send(());
                }
            }
        });
        tokio::time::timeout(Duration::from_secs(120), serving)
            .await
            .expect("the store serves within 2 minutes")
            .expect("the store logs that it serves");
        StoreProcess { child }
    }

    /// SIGKILL: no shutdown, no flush, no goodbye.
    async fn kill_9(mut self) {
        self.child.start_kill().expect("kill");
        let _ = self.child.wait().await;
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

async fn extractor(store_url: &str, retry_for: Duration) -> (String, oneshot::Sender<()>) {
    let app = Application::build("127.0.0.1:0", Some(store_url), Extractor::default())
        .await
        .expect("extractor builds")
        .link_options(LinkOptions {
            retry_for,
            ..LinkOptions::default()
        });
    let url = format!("http://127.0.0.1:{}", app.port());
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(app.run_until_stopped(async {
        let _ = stopped.await;
    }));
    (url, stop)
}

/// Every deal in the store, by (investor, target), with its source count.
async fn stored_pairs(store_url: &str) -> Vec<(String, String, usize)> {
    let mut client = DealStoreServiceClient::connect(store_url.to_string())
        .await
        .expect("store client")
        .max_decoding_message_size(64 * 1024 * 1024);
    let mut pairs = Vec::new();
    let mut token = String::new();
    loop {
        let page = client
            .list_deals(pb::ListDealsRequest {
                page_size: 1000,
                page_token: token,
                ..Default::default()
            })
            .await
            .expect("list")
            .into_inner();
        for d in &page.deals {
            let who = |r: pb::PartyRole| {
                d.parties
                    .iter()
                    .filter(|p| p.role() == r)
                    .map(|p| p.name.clone())
                    .collect::<Vec<_>>()
                    .join("+")
            };
            pairs.push((
                who(pb::PartyRole::Investor),
                who(pb::PartyRole::Target),
                d.sources.len(),
            ));
        }
        if page.next_page_token.is_empty() {
            break;
        }
        token = page.next_page_token;
    }
    pairs.sort();
    pairs
}

/// Checks the store holds exactly the deals of the first `articles`
/// articles, each once and with one source.
async fn assert_exactly(store_url: &str, articles: usize) {
    let pairs = stored_pairs(store_url).await;
    let mut expected: Vec<(String, String, usize)> = (0..articles * DEALS_PER_ARTICLE)
        .map(|i| (format!("{} Ventures", name(2 * i)), name(2 * i + 1), 1))
        .collect();
    expected.sort();
    let missing = expected
        .iter()
        .filter(|e| pairs.binary_search(e).is_err())
        .count();
    let extra = pairs
        .iter()
        .filter(|p| expected.binary_search(p).is_err())
        .count();
    assert_eq!(
        (missing, extra, pairs.len()),
        (0, 0, expected.len()),
        "first unexpected: {:?}",
        pairs.iter().find(|p| expected.binary_search(p).is_err())
    );
}

/// Streams articles `from..to` into the extractor, calling `midway` once
/// the articles before `kill_at` are sent.
async fn stream_articles(
    extractor_url: &str,
    from: usize,
    to: usize,
    kill_at: Option<(usize, oneshot::Sender<()>)>,
    timeout: Duration,
) -> Result<pb::ExtractorServiceIngestResponse, tonic::Status> {
    let mut client = ExtractorServiceClient::connect(extractor_url.to_string())
        .await
        .expect("extractor client");
    let (tx, rx) = mpsc::channel(64);
    tokio::spawn(async move {
        let mut kill_at = kill_at;
        for a in from..to {
            if let Some((at, _)) = &kill_at
                && a == *at
                && let Some((_, signal)) = kill_at.take()
            {
                let _ = signal.send(());
            }
            if tx.send(article(a)).await.is_err() {
                break;
            }
        }
    });
    let mut request = tonic::Request::new(tokio_stream::wrappers::ReceiverStream::new(rx));
    request.set_timeout(timeout);
    client
        .ingest(request)
        .await
        .map(tonic::Response::into_inner)
}

#[tokio::test]
async fn a_store_killed_mid_ingest_and_restarted_keeps_every_acknowledged_deal_once() {
    let articles = deal_count() / DEALS_PER_ARTICLE;
    let dir = tempfile::tempdir().expect("temp dir");
    let db_url = format!("sqlite://{}", dir.path().join("deals.db").display());
    let port = free_port();
    let store_url = format!("http://127.0.0.1:{port}");
    let store = StoreProcess::start(port, &db_url).await;
    // A short retry budget: with the store down, the caller hears so soon.
    let (extractor_url, _stop) = extractor(&store_url, Duration::from_secs(1)).await;

    let (kill, killed) = oneshot::channel();
    let killer = tokio::spawn(async move {
        if killed.await.is_ok() {
            store.kill_9().await;
        }
    });
    let started = Instant::now();
    let err = stream_articles(
        &extractor_url,
        0,
        articles,
        Some((articles / 3, kill)),
        Duration::from_secs(600),
    )
    .await
    .expect_err("the store died mid-stream");
    let _ = killer.await;
    assert_eq!(err.code(), tonic::Code::Unavailable, "{}", err.message());
    assert!(
        err.message().contains("resend from article"),
        "{}",
        err.message()
    );
    let committed: usize = err
        .metadata()
        .get(ARTICLES_COMMITTED)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("the status says how many articles are committed");
    assert!(committed < articles, "{committed} of {articles}");
    eprintln!(
        "store killed after {} articles were sent; {committed} acknowledged; failure reported {:?} after start",
        articles / 3,
        started.elapsed()
    );

    // Restart on the same file, resend from the first unacknowledged article.
    let _store = StoreProcess::start(port, &db_url).await;
    let done = stream_articles(
        &extractor_url,
        committed,
        articles,
        None,
        Duration::from_secs(600),
    )
    .await
    .expect("the resumed ingest succeeds");
    assert_eq!(done.articles_read as usize, articles - committed);
    assert_exactly(&store_url, articles).await;
}

#[tokio::test]
async fn a_store_restarted_within_the_retry_budget_is_invisible_to_the_caller() {
    let articles = (deal_count() / DEALS_PER_ARTICLE / 4).max(10);
    let dir = tempfile::tempdir().expect("temp dir");
    let db_url = format!("sqlite://{}", dir.path().join("deals.db").display());
    let port = free_port();
    let store_url = format!("http://127.0.0.1:{port}");
    let store = StoreProcess::start(port, &db_url).await;
    let (extractor_url, _stop) = extractor(&store_url, Duration::from_secs(120)).await;

    let (kill, killed) = oneshot::channel();
    let db = db_url.clone();
    let restarter = tokio::spawn(async move {
        let _ = killed.await;
        store.kill_9().await;
        StoreProcess::start(port, &db).await
    });
    let done = stream_articles(
        &extractor_url,
        0,
        articles,
        Some((articles / 2, kill)),
        Duration::from_secs(600),
    )
    .await
    .expect("the extractor retries until the store is back");
    let _store = restarter.await.expect("restarted");
    assert_eq!(done.articles_read as usize, articles);
    assert_eq!(
        (done.deals_created + done.deals_merged) as usize,
        articles * DEALS_PER_ARTICLE,
        "every deal acknowledged, as created or (if re-sent after a commit) merged"
    );
    assert_exactly(&store_url, articles).await;
}

#[tokio::test]
async fn a_stopped_store_gives_the_caller_unavailable_promptly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db_url = format!("sqlite://{}", dir.path().join("deals.db").display());
    let port = free_port();
    let store_url = format!("http://127.0.0.1:{port}");
    let store = StoreProcess::start(port, &db_url).await;
    let (extractor_url, _stop) = extractor(&store_url, Duration::from_secs(60)).await;
    store.kill_9().await;
    // The retry budget is a minute, but the caller's deadline is 3 s: the
    // extractor answers UNAVAILABLE before the deadline, not after it.
    let started = Instant::now();
    let err = stream_articles(&extractor_url, 0, 10, None, Duration::from_secs(3))
        .await
        .expect_err("no store");
    let took = started.elapsed();
    assert_eq!(err.code(), tonic::Code::Unavailable, "{}", err.message());
    assert!(took < Duration::from_secs(3), "took {took:?}");
    assert!(
        err.message().contains("the first 0 articles"),
        "{}",
        err.message()
    );
}
