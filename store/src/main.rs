//! `store serve`: runs the deal store.

use anyhow::Context;
use clap::{Parser, Subcommand};
use dealwire_extractor::telemetry;
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
        /// Log as JSON lines.
        #[arg(long, env = "DEALWIRE_LOG_JSON")]
        log_json: bool,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let Command::Serve {
        listen,
        store,
        log_json,
    } = Cli::parse().command;
    telemetry::init(log_json);
    let db = Store::open(&store.database, store.options()?)
        .await
        .with_context(|| format!("opening {}", dealwire_store::db::redact(&store.database)))?;
    let app = Application::build(&listen, db)
        .await
        .context("starting the store")?;
    app.run_until_stopped(telemetry::shutdown_signal()).await?;
    Ok(())
}
