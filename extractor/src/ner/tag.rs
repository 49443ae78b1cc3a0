//! Tags for tokens given from outside: the document's organisations from
//! [`entities::document_orgs`], its people, places and other names from the
//! name model, as IOB2 tags, one per token.

use std::fmt;

use dealwire_core::names::Aliases;
use dealwire_core::tokens::tokenize;

use super::Kind;
use crate::entities;
use crate::lexicon;

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

/// Tags the given tokens that overlap bytes `start..end` as one name of
/// `kind`, unless another name has claimed one of them.
fn mark(tags: &mut [Tag], ranges: &[(usize, usize)], start: usize, end: usize, kind: Kind) {
    let covered: Vec<usize> = ranges
        .iter()
        .enumerate()
        .filter(|(_, (s, e))| *s < end && start < *e)
        .map(|(j, _)| j)
        .collect();
    if covered.iter().any(|&j| tags[j] != Tag::Outside) {
        return;
    }
    for (n, &j) in covered.iter().enumerate() {
        tags[j] = if n == 0 {
            Tag::Begin(kind)
        } else {
            Tag::Inside(kind)
        };
    }
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
        true,
    );
    texts
        .iter()
        .zip(&toks)
        .zip(&orgs)
        .map(|(((_, ranges), toks), names)| {
            let mut tags = vec![Tag::Outside; ranges.len()];
            // Organisations first: the finder's, with their legal forms.
            for m in &names.orgs {
                let end = entities::legal_form_end(toks, m.last);
                // A product the alias table lets stand for its maker is,
                // as a name, a product.
                let kind = if lexicon::PRODUCTS.contains_tokens(&toks[m.first..m.last]) {
                    Kind::Misc
                } else {
                    Kind::Org
                };
                if let (Some(first), Some(last)) =
                    (toks.get(m.first), toks.get(end.wrapping_sub(1)))
                {
                    mark(&mut tags, ranges, first.start, last.end, kind);
                }
            }
            // Then people, places and other names, as the model reads them.
            let mut k = 0;
            while k < names.labels.len() {
                let label = names.labels[k];
                let mut end = k + 1;
                while end < names.labels.len() && names.labels[end] == label {
                    end += 1;
                }
                if let Some(kind) = label.kind().filter(|&kind| kind != Kind::Org) {
                    mark(&mut tags, ranges, toks[k].start, toks[end - 1].end, kind);
                }
                k = end;
            }
            tags
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::ner::shipped_model;

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

    #[test]
    fn the_shipped_model_loads_and_marks_people_and_places() {
        assert!(
            shipped_model().len() > 10_000,
            "{} features",
            shipped_model().len()
        );
        assert_eq!(
            tags("Shares of Vantora rose after John Smith spoke in Berlin ."),
            [
                "O", "O", "B-ORG", "O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"
            ]
        );
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
