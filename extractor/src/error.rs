//! The extractor's one error type and its mapping to gRPC statuses.

/// Everything that can go wrong in the extractor.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request is malformed; the message says what to fix.
    #[error("{0}")]
    InvalidArgument(String),
    /// The request is too large; the message names the limit.
    #[error("{0}")]
    TooLarge(String),
    /// An alias file could not be read or parsed.
    #[error("alias table: {0}")]
    Aliases(String),
    /// A predicate lexicon could not be read or parsed.
    #[error("predicate lexicon: {0}")]
    Predicates(String),
    /// The name model could not be read.
    #[error("name model: {0}")]
    NameModel(String),
    /// The store could not be reached or refused the deals.
    #[error("store: {0}")]
    Store(tonic::Status),
    /// A transport-level failure connecting to the store.
    #[error("cannot connect to the store at {url}: {source}")]
    Connect {
        /// The store's URL.
        url: String,
        /// What failed.
        source: tonic::transport::Error,
    },
}

impl From<dealwire_core::Error> for Error {
    fn from(e: dealwire_core::Error) -> Self {
        match e {
            dealwire_core::Error::InvalidArgument(m) => Error::InvalidArgument(m),
            dealwire_core::Error::Aliases(m) => Error::Aliases(m),
        }
    }
}

impl From<Error> for tonic::Status {
    fn from(e: Error) -> Self {
        match e {
            Error::InvalidArgument(m) => tonic::Status::invalid_argument(m),
            Error::TooLarge(m) => tonic::Status::resource_exhausted(m),
            Error::Store(status) => {
                // The store's own status says what happened; keep its code so a
                // caller can tell an unavailable store from a rejected deal.
                tracing::warn!(code = ?status.code(), message = status.message(), "store call failed");
                tonic::Status::new(status.code(), format!("store: {}", status.message()))
            }
            Error::Connect { url, source } => {
                tracing::warn!(%url, error = %source, "cannot connect to the store");
                tonic::Status::unavailable(format!("the store at {url} is unavailable"))
            }
            Error::Aliases(m) | Error::Predicates(m) | Error::NameModel(m) => {
                tracing::error!(error = %m, "extractor data");
                tonic::Status::internal("internal error")
            }
        }
    }
}
