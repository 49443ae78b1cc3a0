//! How dealwire's services are served. Both binaries (and the all-in-one
//! `dealwire`) run their service through this crate, so a call is
//! authenticated, identified and measured the same way on every port.
//!
//! - [`settings`] holds the serving flags both binaries share (listen
//!   address, bearer token and its scope, TLS, metrics, reflection) and reads
//!   them into [`settings::ServeOptions`].
//! - [`edge`] is the tower layer every call passes first: request ids, the
//!   bearer-token check, the message-size hint and per-method metrics.
//! - [`routes`] adds health and server reflection beside a service.
//! - [`mod@serve`] runs a service on its listener with all of the above until
//!   shut down.
//! - [`probe`] asks a running server whether it is healthy.
//! - [`telemetry`] sets up logging and waits for the shutdown signal.
pub mod edge;
pub mod probe;
pub mod routes;
pub mod serve;
pub mod settings;
pub mod telemetry;

pub use probe::check_health;
pub use serve::{Guard, serve};
