//! Extraction speed: `cargo bench -p dealwire-extractor --bench throughput`.
//!
//! Prints
//! - single-thread in-process throughput over the corpus (MB/s, articles/s),
//! - time per KB for articles of 1 KB, 100 KB and 1 MB (linearity),
//! - Extract RPC throughput over loopback with concurrent clients.
//!
//! Reads ../shared/corpus (seeds + dev) when present; otherwise uses articles
//! made from the sentences below, so the bench runs anywhere.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use dealwire_core::names::Aliases;
use dealwire_extractor::app::Application;
use dealwire_extractor::pipeline::{ArticleInput, Extractor};
use dealwire_proto::v1 as pb;
use dealwire_proto::v1::extractor_service_client::ExtractorServiceClient;

// Allocation-heavy text processing runs markedly faster on mimalloc than on
// glibc's allocator; the binaries and the bench use it alike.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Sentences written for the bench when the corpus is absent.
const FALLBACK: &[&str] = &[
    "Norvane Holdings Corp. agreed to acquire Telmira Inc. for $2.3 billion in cash, the companies said on Tuesday.",
    "La start-up lyonnaise Velmor lève 12 millions d'euros auprès de Brevia Capital et de Holtz Ventures.",
    "Ardalis pourrait investir jusqu'à 3 milliards de dollars dans Quanta, selon des sources proches du dossier.",
    "The deal is expected to close in the first half of next year, subject to regulatory approvals.",
    "Orbitek et Spationa créent une coentreprise à parts égales baptisée Helios.",
    "Shares of Telmira jumped 21% in early trading while the wider market slipped.",
];

fn corpus() -> Vec<ArticleInput> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    let mut out = Vec::new();
    for dir in ["seeds", "dev"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if let Ok(article) = dealwire_extractor::cli::read_article(&p) {
                out.push(article);
            }
        }
    }
    if out.is_empty() {
        eprintln!("../shared/corpus is absent: using the bench's own sentences");
        for i in 0..20 {
            let text: Vec<&str> = FALLBACK.iter().cycle().skip(i).take(12).copied().collect();
            out.push(ArticleInput {
                id: format!("synthetic-{i}"),
                text: text.join(" "),
                ..ArticleInput::default()
            });
        }
    }
    out
}

/// Runs `f` repeatedly for at least `min` and returns (iterations, elapsed).
fn repeat(min: Duration, mut f: impl FnMut()) -> (u64, Duration) {
    let start = Instant::now();
    let mut n = 0;
    while n == 0 || start.elapsed() < min {
        f();
        n += 1;
    }
    (n, start.elapsed())
}

fn in_process(extractor: &Extractor, articles: &[ArticleInput]) {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    // Warm-up.
    for a in articles {
        std::hint::black_box(extractor.extract(a));
    }
    let (n, elapsed) = repeat(Duration::from_secs(3), || {
        for a in articles {
            std::hint::black_box(extractor.extract(a));
        }
    });
    let secs = elapsed.as_secs_f64();
    println!(
        "in-process, 1 thread: {} articles ({:.1} KB) x {n} passes: {:.1} MB/s, {:.0} articles/s",
        articles.len(),
        bytes as f64 / 1024.0,
        (bytes as f64 * n as f64) / secs / 1e6,
        (articles.len() as f64 * n as f64) / secs
    );
}

fn linearity(extractor: &Extractor, articles: &[ArticleInput]) {
    let all: String = articles
        .iter()
        .map(|a| a.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    for size in [1024usize, 100 * 1024, 1024 * 1024] {
        let mut text = String::with_capacity(size + all.len());
        while text.len() < size {
            text.push_str(&all);
            text.push_str("\n\n");
        }
        let mut cut = size.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        let article = ArticleInput {
            id: "linear".into(),
            text,
            ..ArticleInput::default()
        };
        let (n, elapsed) = repeat(Duration::from_secs(2), || {
            std::hint::black_box(extractor.extract(&article));
        });
        let per = elapsed.as_secs_f64() / n as f64;
        println!(
            "article of {:>7} bytes: {:>9.1} us per article, {:.2} us per KB",
            article.text.len(),
            per * 1e6,
            per * 1e6 / (article.text.len() as f64 / 1024.0)
        );
    }
}

fn rpc(extractor: Extractor, articles: &[ArticleInput]) {
    const CLIENTS: usize = 64;
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("no runtime: {e}");
            return;
        }
    };
    let requests: Arc<Vec<pb::ExtractRequest>> = Arc::new(
        articles
            .iter()
            .map(|a| pb::ExtractRequest {
                article: Some(pb::Article {
                    id: a.id.clone(),
                    text: a.text.clone(),
                    ..pb::Article::default()
                }),
            })
            .collect(),
    );
    runtime.block_on(async move {
        let app = match Application::build("127.0.0.1:0", None, extractor).await {
            Ok(a) => a,
            Err(e) => {
                eprintln!("cannot start the extractor: {e}");
                return;
            }
        };
        let url = format!("http://127.0.0.1:{}", app.port());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(app.run_until_stopped(async {
            let _ = stopped.await;
        }));
        let Ok(channel) = tonic::transport::Endpoint::from_shared(url)
            .map(|e| e.connect_lazy())
        else {
            return;
        };
        let duration = Duration::from_secs(5);
        let start = Instant::now();
        let mut tasks = Vec::new();
        for c in 0..CLIENTS {
            let mut client = ExtractorServiceClient::new(channel.clone());
            let requests = requests.clone();
            tasks.push(tokio::spawn(async move {
                let (mut ok, mut errors) = (0u64, 0u64);
                let mut i = c;
                while start.elapsed() < duration {
                    let req = requests[i % requests.len()].clone();
                    match client.extract(req).await {
                        Ok(_) => ok += 1,
                        Err(_) => errors += 1,
                    }
                    i += 1;
                }
                (ok, errors)
            }));
        }
        let (mut ok, mut errors) = (0, 0);
        for t in tasks {
            if let Ok((o, e)) = t.await {
                ok += o;
                errors += e;
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "Extract RPC over loopback, {CLIENTS} concurrent clients, one HTTP/2 connection: {:.0} articles/s ({ok} ok, {errors} errors in {secs:.1} s)",
            ok as f64 / secs
        );
        let _ = stop.send(());
        let _ = server.await;
    });
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument selects one part.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wants = |part: &str| filter.as_deref().is_none_or(|f| part.contains(f));
    let extractor = Extractor::new(Aliases::default());
    let articles = corpus();
    if wants("in_process") {
        in_process(&extractor, &articles);
    }
    if wants("linearity") {
        linearity(&extractor, &articles);
    }
    if wants("rpc") {
        rpc(extractor, &articles);
    }
}
