//! The store's command-line and environment settings, shared by the `store`
//! binary and the all-in-one `dealwire` binary so both read the same flags,
//! variables and defaults.

use std::path::PathBuf;

/// Where deals are kept and how names are matched.
#[derive(clap::Args, Clone, Debug)]
pub struct StoreArgs {
    /// Database URL: sqlite://PATH (created if missing).
    #[arg(
        long,
        env = "DEALWIRE_DATABASE_URL",
        default_value = "sqlite://dealwire.db"
    )]
    pub database: String,
    /// Extra organisation aliases (`Name = alias, alias` lines).
    #[arg(long, env = "DEALWIRE_ALIASES")]
    pub aliases: Option<PathBuf>,
}
