//! Store benchmark: loads synthetic deals into a real `store` process over
//! one Ingest stream, then times the aggregation RPCs, and prints figures.
//!
//!     cargo bench -p dealwire-store --bench store_load -- [DEALS] [DATABASE_URL]
//!
//! DEALS defaults to 1,000,000. DATABASE_URL defaults to a SQLite file in a
//! temporary directory; a postgres:// URL runs the same benchmark in a fresh
//! schema of that server (dropped afterwards).

use std::collections::HashSet;
use std::process::Stdio;
use std::time::{Duration, Instant};

use dealwire_proto::v1 as pb;
use dealwire_proto::v1::deal_store_service_client::DealStoreServiceClient;
use dealwire_store::synth::Generator;
use tonic::transport::Channel;

const BATCH: usize = 5_000;
const INVESTORS: u64 = 50_000;
const COMPANIES: u64 = 300_000;
const QUERIES: usize = 1_000;

fn rss_mib(pid: u32) -> f64 {
    status_mib(pid, "VmRSS:")
}

/// User and system CPU time a process has used so far: for the store and
/// for this client, which share the machine.
fn cpu_secs(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            // Fields after the command name, which is in parentheses.
            let rest = &s[s.rfind(')')? + 2..];
            let f: Vec<&str> = rest.split_whitespace().collect();
            let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
            // Linux reports CPU time in clock ticks of 1/100 s.
            Some(ticks / 100.0)
        })
        .unwrap_or(0.0)
}

/// The most the process has held in memory so far.
fn peak_rss_mib(pid: u32) -> f64 {
    status_mib(pid, "VmHWM:")
}

fn status_mib(pid: u32, field: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_or(50_999, |a| a.port())
}

struct Child {
    proc: std::process::Child,
    addr: String,
}

async fn start_store(url: &str) -> Child {
    let port = free_port();
    let proc = std::process::Command::new(env!("CARGO_BIN_EXE_store"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("DEALWIRE_DATABASE_URL", url)
        // DEALWIRE_BENCH_LOG=dealwire_store::writer=debug shows each
        // group commit's timings on stderr.
        .env(
            "RUST_LOG",
            std::env::var("DEALWIRE_BENCH_LOG").unwrap_or_else(|_| "error".into()),
        )
        .stdout(if std::env::var_os("DEALWIRE_BENCH_LOG").is_some() {
            Stdio::inherit()
        } else {
            Stdio::null()
        })
        .spawn()
        .expect("the store binary starts");
    let addr = format!("http://127.0.0.1:{port}");
    // The store binds only after loading its read model; wait for it.
    let deadline = Instant::now() + Duration::from_secs(600);
    while DealStoreServiceClient::connect(addr.clone()).await.is_err() {
        assert!(Instant::now() < deadline, "the store did not come up");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Child { proc, addr }
}

fn pct(v: &mut [Duration], p: f64) -> f64 {
    v.sort_unstable();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

async fn time<F, Fut>(name: &str, n: usize, mut call: F)
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = Result<(), tonic::Status>>,
{
    let mut lat = Vec::with_capacity(n);
    for i in 0..n {
        let t = Instant::now();
        if let Err(e) = call(i).await {
            println!("  {name}: error {e}");
            return;
        }
        lat.push(t.elapsed());
    }
    println!(
        "  {name:<34} p50 {:>7.3} ms   p99 {:>7.3} ms   max {:>7.3} ms",
        pct(&mut lat, 0.5),
        pct(&mut lat, 0.99),
        pct(&mut lat, 1.0)
    );
}

/// Times the aggregations; profiles are asked of the busiest funds and
/// companies (by rank) that the load named.
async fn queries(client: &DealStoreServiceClient<Channel>, names: &HashSet<String>) {
    let mut rng = fastrand::Rng::with_seed(11);
    let filter_2023 = pb::DealFilter {
        start_date: Some(pb::Date {
            year: 2023,
            month: 4,
            day: 15,
        }),
        end_date: Some(pb::Date {
            year: 2025,
            month: 0,
            day: 0,
        }),
        ..Default::default()
    };
    let c = client.clone();
    time("TopInvestors by amount", QUERIES, |_| {
        let mut c = c.clone();
        async move {
            c.top_investors(pb::TopInvestorsRequest::default())
                .await
                .map(|_| ())
        }
    })
    .await;
    time("TopInvestors by count, EUR report", QUERIES, |_| {
        let mut c = c.clone();
        async move {
            c.top_investors(pb::TopInvestorsRequest {
                order_by: pb::InvestorOrder::DealCount.into(),
                reporting_currency_code: "EUR".into(),
                ..Default::default()
            })
            .await
            .map(|_| ())
        }
    })
    .await;
    time("TopInvestors completed, dates", QUERIES, |_| {
        let mut c = c.clone();
        let f = pb::DealFilter {
            statuses: vec![pb::DealStatus::Completed.into()],
            ..filter_2023.clone()
        };
        async move {
            c.top_investors(pb::TopInvestorsRequest {
                filter: Some(f),
                ..Default::default()
            })
            .await
            .map(|_| ())
        }
    })
    .await;
    let present = |names_of: fn(u64) -> String, top: u64| -> Vec<String> {
        (1..=top)
            .map(names_of)
            .filter(|n| names.contains(n))
            .collect()
    };
    let funds = present(Generator::investor, 2_000);
    let picks: Vec<String> = (0..QUERIES)
        .map(|_| funds[rng.usize(..funds.len().max(1))].clone())
        .collect();
    time("InvestorProfile (top 2,000 funds)", QUERIES, |i| {
        let mut c = c.clone();
        let name = picks[i].clone();
        async move {
            c.investor_profile(pb::InvestorProfileRequest {
                name,
                ..Default::default()
            })
            .await
            .map(|_| ())
        }
    })
    .await;
    time("InvestorProfile (largest fund)", 100, |_| {
        let mut c = c.clone();
        async move {
            c.investor_profile(pb::InvestorProfileRequest {
                name: Generator::investor(1),
                ..Default::default()
            })
            .await
            .map(|_| ())
        }
    })
    .await;
    // A fund's deals, one page: the query a dashboard's drill-down makes.
    time("ListDeals by fund (top 2,000)", QUERIES, |i| {
        let mut c = c.clone();
        let party = picks[i].clone();
        async move {
            c.list_deals(pb::ListDealsRequest {
                filter: Some(pb::DealFilter {
                    party,
                    ..Default::default()
                }),
                ..Default::default()
            })
            .await
            .map(|_| ())
        }
    })
    .await;
    time("ListDeals, newest page", QUERIES, |_| {
        let mut c = c.clone();
        async move {
            c.list_deals(pb::ListDealsRequest::default())
                .await
                .map(|_| ())
        }
    })
    .await;
    let companies = present(Generator::company, 20_000);
    let picks: Vec<String> = (0..QUERIES)
        .map(|_| companies[rng.usize(..companies.len().max(1))].clone())
        .collect();
    time("CompanyProfile (top 20,000 cos.)", QUERIES, |i| {
        let mut c = c.clone();
        let name = picks[i].clone();
        async move {
            c.company_profile(pb::CompanyProfileRequest {
                name,
                ..Default::default()
            })
            .await
            .map(|_| ())
        }
    })
    .await;
    time("CompanyProfile (largest company)", 100, |_| {
        let mut c = c.clone();
        let f = filter_2023.clone();
        async move {
            c.company_profile(pb::CompanyProfileRequest {
                name: Generator::company(1),
                filter: Some(f),
                ..Default::default()
            })
            .await
            .map(|_| ())
        }
    })
    .await;
}

async fn pg_schema(base: &str) -> (String, String) {
    use sqlx::{Connection, Executor};
    let schema = format!("dw_bench_{}", std::process::id());
    let mut conn = sqlx::PgConnection::connect(base).await.expect("PostgreSQL");
    let _ = conn
        .execute(format!("DROP SCHEMA IF EXISTS {schema} CASCADE").as_str())
        .await;
    conn.execute(format!("CREATE SCHEMA {schema}").as_str())
        .await
        .expect("create schema");
    let sep = if base.contains('?') { '&' } else { '?' };
    (format!("{base}{sep}options[search_path]={schema}"), schema)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let deals: usize = args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let given = args.get(1).cloned();
    let (url, schema) = match &given {
        Some(u) if u.starts_with("postgres") => {
            let (url, schema) = pg_schema(u).await;
            (url, Some(schema))
        }
        Some(u) => (u.clone(), None),
        None => (
            format!("sqlite://{}", dir.path().join("bench.db").display()),
            None,
        ),
    };
    let backend = if url.starts_with("postgres") {
        "PostgreSQL"
    } else {
        "SQLite (WAL, synchronous=FULL)"
    };
    println!("store benchmark: {deals} synthetic deals, {backend}");
    let mut child = start_store(&url).await;
    let pid = child.proc.id();
    println!(
        "  store RSS at start                 {:>8.1} MiB",
        rss_mib(pid)
    );

    let mut client = DealStoreServiceClient::connect(child.addr.clone())
        .await
        .expect("client")
        .max_decoding_message_size(64 << 20)
        .max_encoding_message_size(64 << 20);
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    let producer = tokio::spawn(async move {
        let mut g = Generator::new(42, INVESTORS, COMPANIES);
        let mut names = HashSet::new();
        let mut left = deals;
        while left > 0 {
            let n = left.min(BATCH);
            left -= n;
            let batch = pb::DealStoreServiceIngestRequest {
                deals: (0..n).map(|_| g.deal()).collect(),
            };
            for d in &batch.deals {
                for p in &d.parties {
                    if !names.contains(&p.name) {
                        names.insert(p.name.clone());
                    }
                }
            }
            if tx.send(batch).await.is_err() {
                break;
            }
        }
        names
    });
    let t = Instant::now();
    let cpu = cpu_secs(pid);
    let own_cpu = cpu_secs(std::process::id());
    let ack = client
        .ingest(tokio_stream::wrappers::ReceiverStream::new(rx))
        .await
        .expect("ingest")
        .into_inner();
    let secs = t.elapsed().as_secs_f64();
    let names = producer.await.unwrap_or_default();
    println!(
        "  ingest over one stream             {:>8.0} deals/s  ({} deals in {secs:.1} s; {} created, {} merged)",
        ack.deals_received as f64 / secs,
        ack.deals_received,
        ack.deals_created,
        ack.deals_merged
    );
    let store_cpu = cpu_secs(pid) - cpu;
    println!(
        "  store CPU during ingest            {:>8.1} s ({:.2} cores)",
        store_cpu,
        store_cpu / secs
    );
    let own = cpu_secs(std::process::id()) - own_cpu;
    println!(
        "  this client's CPU during ingest    {:>8.1} s ({:.2} cores)",
        own,
        own / secs
    );
    println!(
        "  store RSS after ingest             {:>8.1} MiB (peak {:.1} MiB)",
        rss_mib(pid),
        peak_rss_mib(pid)
    );
    if schema.is_some() {
        // Autovacuum analyzes a table about a minute after a bulk load;
        // until then PostgreSQL plans with the statistics of a nearly empty
        // table (sequential scans for IN lists). Analyze now, so the
        // queries are timed as a running store would see them.
        use sqlx::{Connection, Executor};
        let mut conn = sqlx::PgConnection::connect(&url).await.expect("PostgreSQL");
        conn.execute("ANALYZE").await.expect("analyze");
    }
    queries(&client, &names).await;
    println!(
        "  store RSS after queries            {:>8.1} MiB (peak {:.1} MiB)",
        rss_mib(pid),
        peak_rss_mib(pid)
    );

    // A restart reloads the read model from the database.
    let _ = child.proc.kill();
    let _ = child.proc.wait();
    let t = Instant::now();
    child = start_store(&url).await;
    println!(
        "  restart until serving              {:>8.1} s, RSS {:.1} MiB",
        t.elapsed().as_secs_f64(),
        rss_mib(child.proc.id())
    );
    let _ = child.proc.kill();
    let _ = child.proc.wait();
    if let (Some(schema), Some(base)) = (schema, given) {
        use sqlx::{Connection, Executor};
        if let Ok(mut conn) = sqlx::PgConnection::connect(&base).await {
            let _ = conn
                .execute(format!("DROP SCHEMA IF EXISTS {schema} CASCADE").as_str())
                .await;
        }
    }
}
