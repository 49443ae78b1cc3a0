//! The store's command-line and environment settings, shared by the `store`
//! binary and the all-in-one `dealwire` binary so both read the same flags,
//! variables and defaults.

use std::path::PathBuf;
use std::time::Duration;

use dealwire_core::names::Aliases;

use crate::error::Error;
use crate::rates::ExchangeRates;
use crate::repo::Options;

/// Where deals are kept and how names are matched.
#[derive(clap::Args, Clone, Debug)]
pub struct StoreArgs {
    /// Database URL: sqlite://PATH (created if missing) or
    /// postgres://USER@HOST/DB (several store instances may share one).
    #[arg(
        long,
        env = "DEALWIRE_DATABASE_URL",
        default_value = "sqlite://dealwire.db"
    )]
    pub database: String,
    /// Extra organisation aliases (`Name = alias, alias` lines).
    #[arg(long, env = "DEALWIRE_ALIASES")]
    pub aliases: Option<PathBuf>,
    /// Exchange-rate table for reporting currencies (JSON; see
    /// store/data/exchange_rates.json for the built-in one).
    #[arg(long, env = "DEALWIRE_EXCHANGE_RATES")]
    pub exchange_rates: Option<PathBuf>,
    /// How often, in milliseconds, to pick up deals other store instances
    /// wrote to a shared database.
    #[arg(long, env = "DEALWIRE_POLL_MS", default_value_t = 500)]
    pub poll_ms: u64,
    /// Largest request message, in bytes.
    #[arg(long, env = "DEALWIRE_MAX_MESSAGE_BYTES", default_value_t = Limits::default().max_message_bytes)]
    pub max_message_bytes: usize,
    /// Most deals one Ingest message may carry.
    #[arg(long, env = "DEALWIRE_MAX_BATCH_DEALS", default_value_t = Limits::default().max_batch_deals)]
    pub max_batch_deals: usize,
}

/// Request limits: far above what real traffic needs, low enough that one
/// caller cannot make the store hold gigabytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest request message, in bytes (64 MiB: 10,000 deals with room).
    pub max_message_bytes: usize,
    /// Most deals in one Ingest message.
    pub max_batch_deals: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_message_bytes: 64 * 1024 * 1024,
            max_batch_deals: 10_000,
        }
    }
}

impl StoreArgs {
    /// The request limits these flags set.
    pub fn limits(&self) -> Limits {
        Limits {
            max_message_bytes: self.max_message_bytes.max(1024),
            max_batch_deals: self.max_batch_deals.max(1),
        }
    }

    /// The store options these flags describe, with files read.
    pub fn options(&self) -> Result<Options, Error> {
        let aliases =
            Aliases::load(self.aliases.as_deref()).map_err(|e| Error::Config(e.to_string()))?;
        let rates = match &self.exchange_rates {
            Some(p) => ExchangeRates::load(p)?,
            None => ExchangeRates::default(),
        };
        Ok(Options {
            aliases,
            rates,
            poll_interval: Duration::from_millis(self.poll_ms.max(10)),
        })
    }
}
