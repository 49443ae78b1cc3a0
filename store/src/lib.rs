//! The dealwire store: persists deals, merges the same deal reported by
//! several articles, and answers aggregation queries over gRPC.
//!
//! - [`db`] opens the database (SQLite or PostgreSQL by URL, migrations) and
//!   builds statements both understand.
//! - [`merge`] decides which reports describe one real-world deal and what
//!   that deal is, independently of arrival order.
//! - [`batch`] works out each ingested report's merge key and source id on
//!   the calling task; [`writer`] commits batches (group commit), with the
//!   statements in [`inserts`], and hands each committed group to
//!   [`apply`], which updates the read model while the next group commits;
//!   [`follow`] reads what other instances wrote, and loads the read model
//!   at start-up.
//! - [`index`] is the in-memory read model aggregations run on (its deals
//!   in a [`chunked`] array); [`names`] is its table of organisation names,
//!   [`standings`] its per-investor sums over all dates in columns,
//!   [`periods`] the same sums filed by month.
//! - [`parties`] stores a deal's parties in its own row.
//! - [`repo`] is the store's face: open, ingest, get, list, watch.
//! - [`aggregate`] ranks investors; [`profile`] builds profiles and the
//!   partnership graph, with [`coinvestors`] ranking an investor's
//!   co-investors; [`rates`] converts totals into a reporting currency.
//! - [`filter`] validates query filters and page tokens.
//! - [`service`] is the thin gRPC layer: validate, delegate, convert.
//! - [`app`] binds and runs the server with health and reflection.
//! - [`synth`] draws synthetic deals for the benchmark and load tests.
//! - [`config`] holds the settings the binaries read from flags and env.
//! - [`error`] is the crate's one error type and its gRPC mapping.
pub mod aggregate;
pub mod app;
pub mod apply;
pub mod batch;
pub mod chunked;
pub mod coinvestors;
pub mod config;
pub mod db;
pub mod error;
pub mod filter;
pub mod follow;
pub mod index;
pub mod inserts;
pub mod merge;
pub mod names;
pub mod parties;
pub mod periods;
pub mod profile;
pub mod rates;
pub mod repo;
pub mod service;
pub mod standings;
pub mod synth;
pub mod writer;
