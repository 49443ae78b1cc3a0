//! The dealwire extractor: reads French and English news articles and turns
//! them into deals, as a library, a CLI and a gRPC service.
//!
//! The pipeline ([`pipeline`]) is a chain of small stages:
//! [`html`] reduces HTML to text, [`text`] splits sentences, [`tokens`]
//! tokenizes them, [`amount`] finds amounts, [`entities`] finds organisations
//! (the alias table and unknown names), [`coref`] remembers what the article
//! said so descriptions resolve, [`rules`] reads each sentence's triggers
//! ([`triggers`]) into deal mentions with roles, [`status`] reads status and
//! dates, and [`merge`] merges mentions into deals.
//!
//! Around it: [`model`] holds the plain deal types, [`convert`] maps them to
//! protobuf, [`json`] prints protobuf's JSON mapping, [`service`] and [`app`]
//! serve gRPC, [`link`] carries Ingest's deals to the store with retries, [`cli`] and [`telemetry`] back the binary, and [`error`] is the
//! crate's one error type.
pub mod amount;
pub mod app;
pub mod cli;
pub mod convert;
pub mod coref;
pub mod entities;
pub mod error;
pub mod html;
pub mod json;
pub mod lexicon;
pub mod link;
pub mod merge;
pub mod model;
pub mod pipeline;
pub mod rules;
pub mod service;
pub mod status;
pub mod telemetry;
pub mod text;
pub mod tokens;
pub mod triggers;
