//! A company's size told beside a deal: "Kelmora will buy Dravik, a lender
//! with assets of $12 billion, for $1.5 billion". What a company holds is
//! no price, so the sum that tells it is left out of the deal's amount.

use dealwire_core::tokens::Token;

use crate::lexicon::WordSet;

/// Nouns of what a company holds: see `data/words/size_nouns.txt`.
static SIZE_NOUNS: WordSet = WordSet::new(include_str!("../../data/words/size_nouns.txt"));

/// Words that join a size noun to the sum after it: "assets of", "actifs
/// de", "dont les actifs atteignent", "s'élèvent à", "totalling".
/// ("assets worth", "assets valued at" are what a sale pays for.)
const LINKS: &[&str] = &[
    "of",
    "de",
    "d'",
    "totaling",
    "totalling",
    "atteignent",
    "atteint",
    "atteignant",
    "totalise",
    "totalisant",
    "s'",
    "élèvent",
    "élève",
    "élevant",
    "à",
];

/// Whether the amount whose words run from `first` (its qualifiers
/// included) to `last` (exclusive) tells what a company holds: a size noun
/// right before it, joined only by linking words ("with assets of $12
/// billion"), or "in" and a size noun right after it ("$40 billion in
/// assets", "in total assets").
pub(super) fn tells_size(toks: &[Token], first: usize, last: usize) -> bool {
    let before = (first.saturating_sub(4)..first)
        .rev()
        .find(|&k| !LINKS.contains(&toks[k].norm.as_str()));
    let held_before = before.is_some_and(|k| k + 1 < first && SIZE_NOUNS.contains(&toks[k].norm));
    let after: Vec<&str> = toks[last..(last + 3).min(toks.len())]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let held_after = matches!(after.as_slice(), ["in", noun, ..] | ["in", "total", noun, ..] if SIZE_NOUNS.contains(noun));
    held_before || held_after
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the sum written `amount` (its tokens separated by spaces)
    /// tells a size in `text`.
    fn size_told(text: &str, amount: &str) -> bool {
        let toks = dealwire_core::tokens::tokenize(text);
        let words: Vec<&str> = amount.split(' ').collect();
        let first = (0..toks.len().saturating_sub(words.len() - 1))
            .find(|&i| {
                toks[i..i + words.len()]
                    .iter()
                    .zip(&words)
                    .all(|(t, w)| &text[t.start..t.end] == *w)
            })
            .expect("the amount is in the text");
        tells_size(&toks, first, first + words.len())
    }

    #[test]
    fn assets_of_a_sum_tell_a_size() {
        assert!(size_told(
            "a lender with assets of $12 billion, for",
            "$ 12 billion"
        ));
        assert!(size_told(
            "dont les actifs atteignent 20 milliards d'euros",
            "20 milliards"
        ));
        assert!(size_told(
            "avec un bilan de 5 milliards d'euros",
            "5 milliards"
        ));
    }

    #[test]
    fn a_sum_in_assets_tells_a_size() {
        assert!(size_told(
            "a bank with $40 billion in assets, for",
            "$ 40 billion"
        ));
        assert!(size_told(
            "with $40 billion in total assets",
            "$ 40 billion"
        ));
    }

    #[test]
    fn a_sum_paid_for_assets_is_no_size() {
        assert!(!size_told("bought assets worth $2 billion", "$ 2 billion"));
        assert!(!size_told(
            "bought $2 billion of assets from",
            "$ 2 billion"
        ));
        assert!(!size_told(
            "va racheter les actifs de Dravik pour 2 milliards",
            "2 milliards"
        ));
    }
}
