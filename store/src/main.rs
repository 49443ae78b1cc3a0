//! `store serve`: runs the deal store.

// Queries build and drop many short-lived vectors and strings; glibc's
// allocator spent a sixth of InvestorProfile's time in malloc and free
// (measured with the store_load benchmark, docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use dealwire_server::settings::ServeArgs;
use dealwire_server::telemetry;
use dealwire_store::app::Application;
use dealwire_store::config::StoreArgs;
use dealwire_store::repo::Store;

#[derive(Parser)]
#[command(name = "store", version, about = "The dealwire deal store")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serves DealStoreService over gRPC.
    Serve {
        /// Address to listen on.
        #[arg(long, env = "DEALWIRE_STORE_LISTEN", default_value = "127.0.0.1:50052")]
        listen: String,
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        serve: Box<ServeArgs>,
        /// Log as JSON lines.
        #[arg(long, env = "DEALWIRE_LOG_JSON")]
        log_json: bool,
    },
    /// Asks a running store whether it is serving (grpc.health.v1); exits
    /// non-zero if not. For container health checks.
    Health {
        /// The store's URL.
        #[arg(long, default_value = "http://127.0.0.1:50052")]
        url: String,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let (listen, store, serve, log_json) = match Cli::parse().command {
        Command::Serve {
            listen,
            store,
            serve,
            log_json,
        } => (listen, store, serve, log_json),
        Command::Health { url } => {
            return dealwire_server::check_health(&url, "dealwire.v1.DealStoreService")
                .await
                .map_err(anyhow::Error::msg);
        }
    };
    telemetry::init(log_json);
    serve.install_metrics().map_err(anyhow::Error::msg)?;
    let serve_options = serve.options().map_err(anyhow::Error::msg)?;
    let db = Store::open(&store.database, store.options()?)
        .await
        .with_context(|| format!("opening {}", dealwire_store::db::redact(&store.database)))?;
    let app = Application::build(&listen, db)
        .await
        .context("starting the store")?
        .serve_options(serve_options)
        .limits(store.limits());
    app.run_until_stopped(telemetry::shutdown_signal()).await?;
    Ok(())
}
