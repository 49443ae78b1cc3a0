//! Named entities: which tokens of a document name an organisation, a person
//! or a place, as IOB2 tags over tokens given from outside, so that the
//! recogniser can be scored on any annotated corpus (`extractor tag`).
//!
//! The recogniser is the pipeline's own: [`entities::document_orgs`] reads
//! the document's vocabulary first, then finds the organisations of each
//! sentence, known ones through the alias table and unknown ones from
//! capitalisation. It marks organisations only; people and places are what
//! it leaves out. [`conll`] reads and writes the files.

use std::fmt;

use dealwire_core::names::Aliases;
use dealwire_core::tokens::tokenize;

use crate::entities;

pub mod conll;

/// What a name names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A company, fund, public body or other organisation.
    Org,
    /// A person.
    Per,
    /// A place.
    Loc,
    /// Any other name (nationalities, products, events).
    Misc,
}

impl Kind {
    /// The CoNLL label.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Org => "ORG",
            Kind::Per => "PER",
            Kind::Loc => "LOC",
            Kind::Misc => "MISC",
        }
    }
}

/// One token's IOB2 tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// Outside any name.
    Outside,
    /// The first token of a name.
    Begin(Kind),
    /// A later token of the name begun before it.
    Inside(Kind),
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::Outside => f.write_str("O"),
            Tag::Begin(k) => write!(f, "B-{}", k.label()),
            Tag::Inside(k) => write!(f, "I-{}", k.label()),
        }
    }
}

/// A sentence rebuilt as text from its tokens, one space between them, with
/// each token's byte range in that text.
fn as_text(tokens: &[String]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::with_capacity(tokens.iter().map(|t| t.len() + 1).sum());
    let mut ranges = Vec::with_capacity(tokens.len());
    for t in tokens {
        if !text.is_empty() {
            text.push(' ');
        }
        ranges.push((text.len(), text.len() + t.len()));
        text.push_str(t);
    }
    (text, ranges)
}

/// Tags every token of one document, given as sentences of tokens: one tag
/// per token, in order.
pub fn tag_document(sentences: &[Vec<String>], aliases: &Aliases) -> Vec<Vec<Tag>> {
    let texts: Vec<(String, Vec<(usize, usize)>)> = sentences.iter().map(|s| as_text(s)).collect();
    let toks: Vec<_> = texts.iter().map(|(t, _)| tokenize(t)).collect();
    let orgs = entities::document_orgs(
        texts
            .iter()
            .zip(&toks)
            .map(|((t, _), k)| (t.as_str(), k.as_slice())),
        aliases,
    );
    texts
        .iter()
        .zip(&toks)
        .zip(&orgs)
        .map(|(((_, ranges), toks), orgs)| {
            let mut tags = vec![Tag::Outside; ranges.len()];
            for m in orgs {
                let end = entities::legal_form_end(toks, m.last);
                let (Some(first), Some(last)) = (toks.get(m.first), toks.get(end.wrapping_sub(1)))
                else {
                    continue;
                };
                let (start, end) = (first.start, last.end);
                let covered: Vec<usize> = ranges
                    .iter()
                    .enumerate()
                    .filter(|(_, (s, e))| *s < end && start < *e)
                    .map(|(j, _)| j)
                    .collect();
                // A name claims its tokens only where no other name has.
                if covered.iter().any(|&j| tags[j] != Tag::Outside) {
                    continue;
                }
                for (n, &j) in covered.iter().enumerate() {
                    tags[j] = if n == 0 {
                        Tag::Begin(Kind::Org)
                    } else {
                        Tag::Inside(Kind::Org)
                    };
                }
            }
            tags
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn tags(sentence: &str) -> Vec<String> {
        let s: Vec<String> = sentence.split(' ').map(str::to_string).collect();
        tag_document(&[s], &Aliases::default())
            .remove(0)
            .iter()
            .map(Tag::to_string)
            .collect()
    }

    #[test]
    fn a_known_and_an_unknown_organisation_are_tagged_whole() {
        assert_eq!(
            tags("Amazon Web Services will supply Becton Dickinson & Co ."),
            [
                "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"
            ]
        );
    }

    #[test]
    fn tokens_split_differently_from_ours_still_get_one_tag_each() {
        // "Cisco's" is one token here; the tokenizer splits it in two.
        assert_eq!(tags("Cisco's shares rose"), ["B-ORG", "O", "O"]);
    }

    proptest! {
        /// Whatever the tokens, the recogniser gives one tag each, and an
        /// I- tag only continues a name of the same kind.
        #[test]
        fn every_token_gets_one_well_formed_tag(
            doc in proptest::collection::vec(
                proptest::collection::vec("[A-Za-zÀ-ÿ&'.,()0-9-]{1,12}", 0..20),
                0..5,
            )
        ) {
            let tagged = tag_document(&doc, &Aliases::default());
            prop_assert_eq!(tagged.len(), doc.len());
            for (s, t) in doc.iter().zip(&tagged) {
                prop_assert_eq!(s.len(), t.len());
                let mut prev = Tag::Outside;
                for &tag in t {
                    if let Tag::Inside(k) = tag {
                        prop_assert!(matches!(prev, Tag::Begin(p) | Tag::Inside(p) if p == k));
                    }
                    prev = tag;
                }
            }
        }
    }
}
