//! The dealwire domain: what the extractor produces and the store keeps,
//! with no extraction engine and no database behind it.
//!
//! - [`model`] holds the plain deal types: a [`model::Deal`] with its parties
//!   and roles, amount, status, date and sources.
//! - [`tokens`] splits text into words, numbers and punctuation; organisation
//!   names are compared through its lowercase forms.
//! - [`names`] gives every organisation one name: the canonical form, the
//!   name key two spellings share, and the alias table with its loading.
//! - [`convert`] maps the model to the contract's protobuf messages and back;
//!   out of protobuf is `TryFrom`, which turns bad input into [`Error`].
//! - [`error`] is the crate's one error type.
pub mod convert;
pub mod error;
pub mod model;
pub mod names;
pub mod tokens;

pub use error::Error;
