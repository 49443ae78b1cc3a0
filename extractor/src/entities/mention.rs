//! An organisation as one sentence names it.

/// An organisation named in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgMention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The name as written, legal suffix removed.
    pub surface: String,
    /// Canonical name from the alias table, when known.
    pub known: Option<String>,
}
