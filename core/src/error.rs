//! The domain's one error type. It carries no gRPC status: each service maps
//! it into its own error, which owns the mapping to `tonic::Status`.

/// What can go wrong reading domain values.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A protobuf message does not describe a valid deal; the message names
    /// the field and says what to fix.
    #[error("{0}")]
    InvalidArgument(String),
    /// An alias file could not be read or parsed.
    #[error("alias table: {0}")]
    Aliases(String),
}

impl Error {
    /// The same error with its message prefixed by the request field it
    /// concerns (`filter.types[1]: ...`), so the caller knows what to fix.
    pub fn in_field(self, field: &str) -> Self {
        match self {
            Error::InvalidArgument(m) => Error::InvalidArgument(format!("{field}: {m}")),
            e => e,
        }
    }
}
