//! The dealwire extractor: reads French and English news articles and turns
//! them into deals, as a library, a CLI and a gRPC service.
//!
//! The pipeline ([`pipeline`]) is a chain of small stages: [`html`] reduces
//! HTML to text, [`text`] splits sentences, `dealwire_core::tokens`
//! tokenizes them, [`amount`] finds amounts, [`entities`] finds organisations
//! (the alias table of `dealwire_core::names` and unknown names), [`coref`]
//! remembers what the article said so descriptions resolve, [`rules`] reads
//! each sentence's triggers ([`triggers`]) into deal mentions with roles
//! (the role maps of [`role_map`]),
//! [`status`] reads status and dates, and [`merge`] merges mentions into
//! deals. [`lexicon`] holds the word lists the stages share, kept as text
//! files under `data/words/`. [`ner`] tags names over tokens given from
//! outside, with the same recogniser, so it can be scored on annotated
//! corpora.
//!
//! Around it: [`json`] prints protobuf's JSON mapping, [`service`] and
//! [`app`] serve gRPC, [`link`] carries Ingest's deals to the store with
//! retries, [`cli`] backs the binary's subcommands, and [`error`] is the
//! crate's one error type. The deal model and its protobuf conversions come
//! from `dealwire-core`; how the service is served, from `dealwire-server`.
pub mod amount;
pub mod app;
pub mod cli;
pub mod coref;
pub mod entities;
pub mod error;
pub mod html;
pub mod json;
pub mod lexicon;
pub mod link;
pub mod merge;
pub mod ner;
pub mod pipeline;
pub mod role_map;
pub mod rules;
pub mod service;
pub mod status;
pub mod text;
pub mod triggers;
