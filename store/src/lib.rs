//! The dealwire store: persists deals, merges the same deal reported by
//! several articles, and answers aggregation queries over gRPC.
//!
//! - [`repo`] opens the database (SQLite, WAL, migrations) and writes and
//!   reads deals; writes merge each deal into the one it reports.
//! - [`filter`] validates query filters and page tokens.
//! - [`aggregate`] computes rankings, profiles and the partnership graph.
//! - [`service`] is the thin gRPC layer: validate, delegate, convert.
//! - [`app`] binds and runs the server with health and reflection.
//! - [`config`] holds the settings the binaries read from flags and env.
//! - [`error`] is the crate's one error type and its gRPC mapping.
pub mod aggregate;
pub mod app;
pub mod config;
pub mod error;
pub mod filter;
pub mod repo;
pub mod service;
