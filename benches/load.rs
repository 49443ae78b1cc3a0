//! Load: drives the extractor's Ingest and the store's queries together,
//! then prints throughput, p50/p99 latency, errors and the servers' memory.
//!
//! ```sh
//! cargo bench --bench load                       # 60 s, 2 ingest streams, 2 query loops
//! cargo bench --bench load -- --seconds 30 --ingesters 1 --queriers 4
//! ```
//!
//! It starts the `dealwire` binary (both servers, SQLite in a temporary
//! directory) on loopback ports and talks to nothing else. A warm-up ingests
//! a pool of synthetic articles once; the timed run then keeps re-ingesting
//! that pool (as news re-reports deals) while the query loops call
//! TopInvestors, InvestorProfile, CompanyProfile and ListDeals. Bounded: at
//! most 600 s, and the pool is fixed, so the store's size is too.

use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use dealwire_proto::v1 as pb;
use dealwire_proto::v1::deal_store_service_client::DealStoreServiceClient;
use dealwire_proto::v1::extractor_service_client::ExtractorServiceClient;
use tokio::io::{AsyncBufReadExt, BufReader};
use tonic::transport::Channel;

const POOL_ARTICLES: usize = 4_000;
const DEALS_PER_ARTICLE: usize = 4;
const INVESTORS: usize = 400;
const COMPANIES: usize = 6_000;
const ARTICLES_PER_CALL: usize = 100;

struct Args {
    seconds: u64,
    ingesters: usize,
    queriers: usize,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        seconds: 60,
        ingesters: 2,
        queriers: 2,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = |name: &str| -> Result<u64, String> {
            it.next()
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("{name} needs a number"))
        };
        match flag.as_str() {
            "--bench" => {}
            "--seconds" => a.seconds = value("--seconds")?.clamp(1, 600),
            "--ingesters" => a.ingesters = value("--ingesters")?.clamp(1, 64) as usize,
            "--queriers" => a.queriers = value("--queriers")?.clamp(0, 64) as usize,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(a)
}

fn name(prefix: &str, mut n: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ba", "ke", "li", "mo", "nu", "ra", "se", "ti", "vo", "zu", "da", "fe", "gi", "ho", "ju",
        "pa",
    ];
    let mut s = String::from(prefix);
    loop {
        s.push_str(SYLLABLES[n % 16]);
        n /= 16;
        if n == 0 {
            break;
        }
    }
    s
}

fn investor(i: usize) -> String {
    format!("{} Ventures", name("Lo", i))
}

fn company(i: usize) -> String {
    name("Qu", i)
}

/// Pool article `a`: funding rounds between names drawn with a skew, so a
/// few investors and companies are busy and most are not.
fn article(a: usize) -> pb::Article {
    let mut rng = fastrand::Rng::with_seed(a as u64);
    let skewed = |rng: &mut fastrand::Rng, n: usize| {
        let u = rng.f64();
        ((u * u * u) * n as f64) as usize
    };
    let text = (0..DEALS_PER_ARTICLE)
        .map(|_| {
            format!(
                "{} has invested ${} million in the start-up {}.",
                investor(skewed(&mut rng, INVESTORS)),
                rng.u32(1..500),
                company(skewed(&mut rng, COMPANIES))
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    pb::Article {
        id: format!("load-{a}"),
        text,
        language_code: "en".into(),
        ..Default::default()
    }
}

/// Resident memory of process `pid`, in MiB.
fn rss_mib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    errors: u64,
    items: u64,
}

impl Tally {
    fn merge(&mut self, other: Tally) {
        self.latencies.extend(other.latencies);
        self.errors += other.errors;
        self.items += other.items;
    }

    fn line(&mut self, what: &str, seconds: f64, unit: &str) -> String {
        self.latencies.sort();
        let q = |p: f64| {
            self.latencies
                .get(
                    ((self.latencies.len() as f64 * p) as usize)
                        .min(self.latencies.len().saturating_sub(1)),
                )
                .map_or(f64::NAN, |d| d.as_secs_f64() * 1e3)
        };
        format!(
            "| {what} | {} | {:.0} {unit}/s | {:.1} | {:.1} | {} |",
            self.latencies.len(),
            self.items as f64 / seconds,
            q(0.5),
            q(0.99),
            self.errors
        )
    }
}

async fn ingest(
    client: &mut ExtractorServiceClient<Channel>,
    from: usize,
) -> Result<(), tonic::Status> {
    let articles: Vec<_> = (from..from + ARTICLES_PER_CALL)
        .map(|a| pb::ExtractorServiceIngestRequest {
            article: Some(article(a % POOL_ARTICLES)),
        })
        .collect();
    client
        .ingest(tokio_stream::iter(articles))
        .await
        .map(|_| ())
}

async fn ingester(
    mut client: ExtractorServiceClient<Channel>,
    start: usize,
    stop: Arc<AtomicBool>,
) -> Tally {
    let mut t = Tally::default();
    let mut next = start;
    while !stop.load(Ordering::Relaxed) {
        let began = Instant::now();
        match ingest(&mut client, next).await {
            Ok(()) => {
                t.latencies.push(began.elapsed());
                t.items += ARTICLES_PER_CALL as u64;
            }
            Err(e) => {
                t.errors += 1;
                eprintln!("ingest error: {e}");
            }
        }
        next += ARTICLES_PER_CALL * 7;
    }
    t
}

async fn querier(
    mut client: DealStoreServiceClient<Channel>,
    seed: u64,
    stop: Arc<AtomicBool>,
) -> [Tally; 4] {
    let mut t: [Tally; 4] = Default::default();
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut k = 0usize;
    while !stop.load(Ordering::Relaxed) {
        let op = k % 4;
        k += 1;
        let began = Instant::now();
        // Names from the busy end, which the warm-up is sure to have stored.
        let result = match op {
            0 => client
                .top_investors(pb::TopInvestorsRequest {
                    page_size: 20,
                    ..Default::default()
                })
                .await
                .map(|_| ()),
            1 => client
                .investor_profile(pb::InvestorProfileRequest {
                    name: investor(rng.usize(..20)),
                    ..Default::default()
                })
                .await
                .map(|_| ()),
            2 => client
                .company_profile(pb::CompanyProfileRequest {
                    name: company(rng.usize(..50)),
                    ..Default::default()
                })
                .await
                .map(|_| ()),
            _ => client
                .list_deals(pb::ListDealsRequest {
                    page_size: 50,
                    ..Default::default()
                })
                .await
                .map(|_| ()),
        };
        match result {
            Ok(()) => {
                t[op].latencies.push(began.elapsed());
                t[op].items += 1;
            }
            Err(e) => {
                t[op].errors += 1;
                eprintln!("query error: {e}");
            }
        }
    }
    t
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = args()?;
    let dir = tempfile::tempdir()?;
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_dealwire"))
        .args([
            "--store-listen",
            "127.0.0.1:0",
            "--extractor-listen",
            "127.0.0.1:0",
        ])
        .arg("--database")
        .arg(format!("sqlite://{}", dir.path().join("load.db").display()))
        .env(
            "RUST_LOG",
            "warn,dealwire_store::app=info,dealwire_extractor::app=info",
        )
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()?;
    let pid = child.id().ok_or("dealwire exited at once")?;
    let mut lines = BufReader::new(child.stderr.take().ok_or("no stderr")?).lines();
    let (mut store, mut extractor) = (None, None);
    while store.is_none() || extractor.is_none() {
        let line = lines
            .next_line()
            .await?
            .ok_or("dealwire exited before serving")?;
        let addr = line
            .split("addr=")
            .nth(1)
            .map(|a| format!("http://{}", a.trim()));
        if line.contains("store serving") {
            store = addr;
        } else if line.contains("extractor serving") {
            extractor = addr;
        }
    }
    tokio::spawn(async move {
        while let Ok(Some(line)) = lines.next_line().await {
            eprintln!("dealwire: {line}");
        }
    });
    let (store, extractor) = (store.unwrap_or_default(), extractor.unwrap_or_default());
    let store = Channel::from_shared(store)?.connect().await?;
    let extractor = Channel::from_shared(extractor)?.connect().await?;

    println!(
        "load: {} s, {} ingest streams of {ARTICLES_PER_CALL} articles per call, {} query loops; pool of {POOL_ARTICLES} articles ({} deals)",
        args.seconds,
        args.ingesters,
        args.queriers,
        POOL_ARTICLES * DEALS_PER_ARTICLE
    );
    let rss_boot = rss_mib(pid);
    let warm = Instant::now();
    let mut client = ExtractorServiceClient::new(extractor.clone());
    for from in (0..POOL_ARTICLES).step_by(ARTICLES_PER_CALL) {
        ingest(&mut client, from).await?;
    }
    let rss_start = rss_mib(pid);
    println!(
        "warm-up: pool ingested in {:.1} s; RSS {rss_boot:.0} MiB at boot, {rss_start:.0} MiB after warm-up",
        warm.elapsed().as_secs_f64()
    );

    let stop = Arc::new(AtomicBool::new(false));
    let ingesters: Vec<_> = (0..args.ingesters)
        .map(|i| {
            tokio::spawn(ingester(
                ExtractorServiceClient::new(extractor.clone()),
                i * ARTICLES_PER_CALL,
                stop.clone(),
            ))
        })
        .collect();
    let queriers: Vec<_> = (0..args.queriers)
        .map(|i| {
            tokio::spawn(querier(
                DealStoreServiceClient::new(store.clone()),
                i as u64,
                stop.clone(),
            ))
        })
        .collect();
    let began = Instant::now();
    let mut samples = vec![format!("{rss_start:.0}")];
    let step = Duration::from_secs((args.seconds / 6).max(1));
    while began.elapsed() < Duration::from_secs(args.seconds) {
        let left = Duration::from_secs(args.seconds).saturating_sub(began.elapsed());
        tokio::time::sleep(step.min(left)).await;
        samples.push(format!("{:.0}", rss_mib(pid)));
    }
    stop.store(true, Ordering::Relaxed);
    let mut ingest_tally = Tally::default();
    for h in ingesters {
        ingest_tally.merge(h.await?);
    }
    let mut query_tallies: [Tally; 4] = Default::default();
    for h in queriers {
        for (into, t) in query_tallies.iter_mut().zip(h.await?) {
            into.merge(t);
        }
    }
    let seconds = began.elapsed().as_secs_f64();
    let rss_end = rss_mib(pid);
    println!("\n| call | calls | throughput | p50 ms | p99 ms | errors |");
    println!("| --- | --- | --- | --- | --- | --- |");
    println!(
        "{}",
        ingest_tally.line(
            &format!("extractor Ingest ({ARTICLES_PER_CALL} articles)"),
            seconds,
            "articles"
        )
    );
    for (t, what) in query_tallies.iter_mut().zip([
        "TopInvestors",
        "InvestorProfile",
        "CompanyProfile",
        "ListDeals",
    ]) {
        println!("{}", t.line(what, seconds, "calls"));
    }
    let errors = ingest_tally.errors + query_tallies.iter().map(|t| t.errors).sum::<u64>();
    println!(
        "\nerrors: {errors}; servers' RSS: {rss_start:.0} MiB at start, {rss_end:.0} MiB at end (samples: {} MiB)",
        samples.join(", ")
    );
    let _ = child.start_kill();
    Ok(())
}
