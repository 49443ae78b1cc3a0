//! The store's one error type and its mapping to gRPC statuses.

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request is malformed; the message says what to fix.
    #[error("{0}")]
    InvalidArgument(String),
    /// No deal or organisation by that name.
    #[error("{0}")]
    NotFound(String),
    /// A watcher fell too far behind the feed.
    #[error("{0}")]
    Lagged(String),
    /// The store cannot take the request now; retrying may succeed.
    #[error("{0}")]
    Unavailable(String),
    /// The database failed.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// A schema migration failed.
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The database URL is not one the store can open.
    #[error("{0}")]
    Config(String),
}

impl From<dealwire_core::Error> for Error {
    fn from(e: dealwire_core::Error) -> Self {
        Error::InvalidArgument(e.to_string())
    }
}

impl From<Error> for tonic::Status {
    fn from(e: Error) -> Self {
        match e {
            Error::InvalidArgument(m) => tonic::Status::invalid_argument(m),
            Error::NotFound(m) => tonic::Status::not_found(m),
            Error::Lagged(m) => tonic::Status::resource_exhausted(m),
            Error::Unavailable(m) => tonic::Status::unavailable(m),
            Error::Database(e) => {
                // Internals are logged, not sent: the caller cannot act on them.
                tracing::error!(error = %e, "database error");
                tonic::Status::unavailable("the store's database is unavailable; retry later")
            }
            Error::Migrate(e) => {
                tracing::error!(error = %e, "migration error");
                tonic::Status::internal("internal error")
            }
            Error::Config(m) => tonic::Status::failed_precondition(m),
        }
    }
}
