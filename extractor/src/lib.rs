//! The dealwire extractor.
pub mod amount;
pub mod entities;
pub mod error;
pub mod html;
pub mod lexicon;
pub mod model;
pub mod text;
pub mod tokens;
