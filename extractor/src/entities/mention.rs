//! An organisation as one sentence names it.

use dealwire_core::tokens::Token;

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

impl OrgMention {
    /// The mention of tokens `first..last`, as the text writes them, of a
    /// name the alias table does not know.
    pub(super) fn written(toks: &[Token], text: &str, first: usize, last: usize) -> Self {
        OrgMention {
            first,
            last,
            surface: as_written(&text[toks[first].start..toks[last - 1].end]),
            known: None,
        }
    }

    /// Whether the mention shares a token with tokens `first..last`.
    pub(super) fn overlaps(&self, first: usize, last: usize) -> bool {
        self.first < last && first < self.last
    }
}

/// A name as a reader writes it: a line break or a run of spaces inside it
/// (hard-wrapped newswire) becomes one space.
pub(super) fn as_written(span: &str) -> String {
    span.split_whitespace().collect::<Vec<_>>().join(" ")
}
