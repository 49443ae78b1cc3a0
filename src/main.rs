//! `dealwire`: runs the store and the extractor in one process with embedded
//! defaults (SQLite file, loopback ports), for a machine with nothing installed.

// Text extraction allocates per token; mimalloc is markedly faster here than
// the system allocator (see extractor/benches/throughput.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::Context;
use clap::Parser;
use dealwire_extractor::link::LinkOptions;
use dealwire_extractor::pipeline::Extractor;
use dealwire_extractor::service::MAX_ARTICLE_BYTES;
use dealwire_server::settings::ServeArgs;
use dealwire_server::telemetry;
use dealwire_store::config::StoreArgs;

#[derive(Parser)]
#[command(
    name = "dealwire",
    version,
    about = "Runs the dealwire store and extractor together"
)]
struct Cli {
    /// Address the store listens on.
    #[arg(long, env = "DEALWIRE_STORE_LISTEN", default_value = "127.0.0.1:50052")]
    store_listen: String,
    /// Address the extractor listens on.
    #[arg(
        long,
        env = "DEALWIRE_EXTRACTOR_LISTEN",
        default_value = "127.0.0.1:50051"
    )]
    extractor_listen: String,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    serve: ServeArgs,
    /// Largest article text the extractor accepts, in bytes.
    #[arg(long, env = "DEALWIRE_MAX_ARTICLE_BYTES", default_value_t = MAX_ARTICLE_BYTES)]
    max_article_bytes: usize,
    /// Extra deal predicates and role maps for the extractor (`frame =
    /// predicate, predicate` and `roles ...` lines, see docs/extraction.md).
    #[arg(long, env = "DEALWIRE_PREDICATES")]
    predicates: Option<std::path::PathBuf>,
    /// Log as JSON lines.
    #[arg(long, env = "DEALWIRE_LOG_JSON")]
    log_json: bool,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    telemetry::init(cli.log_json);
    cli.serve.install_metrics().map_err(anyhow::Error::msg)?;
    let serve = cli.serve.options().map_err(anyhow::Error::msg)?;
    // The extractor calls this process's own store, with the same token.
    let link = LinkOptions {
        token: cli.serve.token_text().map_err(anyhow::Error::msg)?,
        ca_pem: serve.tls.as_ref().map(|t| t.cert_pem.clone()),
        ..LinkOptions::default()
    };
    let options = cli.store.options()?;
    let aliases = options.aliases.clone();
    let db = dealwire_store::repo::Store::open(&cli.store.database, options)
        .await
        .with_context(|| {
            format!(
                "opening {}",
                dealwire_store::db::redact(&cli.store.database)
            )
        })?;
    let store = dealwire_store::app::Application::build(&cli.store_listen, db)
        .await
        .context("starting the store")?
        .serve_options(serve.clone())
        .limits(cli.store.limits());
    // With TLS the extractor reaches its own store over TLS too, trusting
    // the serving certificate, which must name localhost.
    let store_url = match &serve.tls {
        Some(_) => format!("https://localhost:{}", store.port()),
        None => format!("http://{}", store.local_addr()),
    };
    let extractor = dealwire_extractor::app::Application::build(
        &cli.extractor_listen,
        Some(&store_url),
        Extractor::new(aliases).with_predicates(dealwire_extractor::triggers::Predicates::load(
            cli.predicates.as_deref(),
        )?),
    )
    .await
    .context("starting the extractor")?
    .link_options(link)
    .serve_options(serve)
    .max_article_bytes(cli.max_article_bytes);
    let (stop, _) = tokio::sync::broadcast::channel::<()>(1);
    let mut store_stop = stop.subscribe();
    let mut extractor_stop = stop.subscribe();
    let store_task = tokio::spawn(store.run_until_stopped(async move {
        let _ = store_stop.recv().await;
    }));
    let extractor_task = tokio::spawn(extractor.run_until_stopped(async move {
        let _ = extractor_stop.recv().await;
    }));
    telemetry::shutdown_signal().await;
    let _ = stop.send(());
    extractor_task.await??;
    store_task.await??;
    Ok(())
}
