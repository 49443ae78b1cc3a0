//! The dealwire extractor.
pub mod amount;
pub mod convert;
pub mod coref;
pub mod entities;
pub mod error;
pub mod html;
pub mod json;
pub mod lexicon;
pub mod merge;
pub mod model;
pub mod pipeline;
pub mod rules;
pub mod status;
pub mod text;
pub mod tokens;
pub mod triggers;
