//! The dealwire store: persists deals, merges the same deal reported by
//! several articles, and answers aggregation queries over gRPC.
//!
//! Modules depend downward only. In the order a deal travels through them:
//!
//! 1. **Serving.** [`app`] binds and runs the server; [`service`] is the thin
//!    gRPC layer (validate, delegate, convert); [`config`] holds the
//!    settings the binaries read from flags and env.
//! 2. **The face.** [`repo`] is what the service calls: open, ingest, get,
//!    list, watch. Queries sit beside it: [`aggregate`] ranks investors,
//!    with [`sums`] adding up what the precomputed standings do not answer;
//!    [`profile`] builds profiles and the partnership graph, with
//!    [`coinvestors`] ranking an investor's co-investors; [`rates`]
//!    converts totals into a reporting currency; [`filter`] validates query
//!    filters and page tokens.
//! 3. **Writing.** [`batch`] works out each ingested report's merge key and
//!    source id on the calling task; [`writer`] commits batches (group
//!    commit) with the statements in [`inserts`], deciding with [`merge`]
//!    which reports describe one real-world deal; [`apply`] then updates the
//!    read model while the next group commits; [`follow`] reads what other
//!    instances wrote and loads the read model at start-up.
//! 4. **State.** [`shared`] is what the store's tasks hold in common (pool,
//!    read model, feed); [`rows`] reads deals back from database rows;
//!    [`parties`] encodes a deal's parties in its own row.
//! 5. **The read model.** [`index`] is the in-memory model aggregations run
//!    on: each deal a [`slot`], kept in a [`chunked`] array; [`names`] is
//!    its table of organisation names, [`standings`] its per-investor sums
//!    over all dates, [`periods`] the same sums filed by month, all in the
//!    exact money of [`cents`].
//! 6. **Ground.** [`db`] opens the database (SQLite or PostgreSQL by URL,
//!    migrations) and builds statements both understand; [`error`] is the
//!    crate's one error type and its gRPC mapping.
//!
//! Apart from the flow, [`synth`] draws synthetic deals for the benchmark
//! and load tests.
pub mod aggregate;
pub mod app;
pub mod apply;
pub mod batch;
pub mod cents;
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
pub mod rows;
pub mod service;
pub mod shared;
pub mod slot;
pub mod standings;
pub mod sums;
pub mod synth;
pub mod writer;
