//! Two companies a hyphen joins beside a deal's noun: "the Orvane-Kelmix
//! partnership", "le partenariat Orvane-Kelmix". The tokenizer keeps
//! "Orvane-Kelmix" one word, as it must for "Saint-Gobain" or
//! "Rolls-Royce"; when a deal's noun stands next to it and each half names
//! a company on its own (a known name, or a word the article writes alone
//! with a capital), the word is split into the two names and the hyphen
//! between them, so that the name finder reads two companies.

use std::collections::HashSet;

use compact_str::CompactString;
use dealwire_core::names::Aliases;
use dealwire_core::tokens::{Kind, Token, tokenize};

use crate::lexicon::WordSet;

/// Deal nouns beside such a pair: see `data/words/paired_deal_nouns.txt`.
static PAIRED_DEAL_NOUNS: WordSet =
    WordSet::new(include_str!("../../data/words/paired_deal_nouns.txt"));

/// Whether any word of the article could be such a pair: a hyphen between
/// two capitals, beside a deal's noun. Cheap, so that most articles skip
/// the rest.
pub fn may_hold_pairs<'a>(sentences: impl IntoIterator<Item = (&'a [Token], &'a str)>) -> bool {
    // (Most sentences hold no hyphen at all: one byte search skips them.)
    sentences.into_iter().any(|(toks, text)| {
        text.contains('-')
            && toks
                .iter()
                .enumerate()
                .any(|(k, t)| halves(t, text).is_some() && beside_deal(toks, k))
    })
}

/// Whether a deal's noun stands right after or right before token `k`.
fn beside_deal(toks: &[Token], k: usize) -> bool {
    let at = |j: Option<usize>| {
        j.and_then(|j| toks.get(j))
            .is_some_and(|t| PAIRED_DEAL_NOUNS.contains(&t.norm))
    };
    at(Some(k + 1)) || at(k.checked_sub(1))
}

/// The capitalised words the article writes alone, each a token of its own.
pub fn words_alone<'a>(sentences: impl IntoIterator<Item = &'a [Token]>) -> HashSet<CompactString> {
    sentences
        .into_iter()
        .flatten()
        .filter(|t| t.kind == Kind::Word && t.is_capitalized() && !t.norm.contains('-'))
        .map(|t| t.norm.clone())
        .collect()
}

/// The sentence's tokens with each hyphenated pair of companies beside a
/// deal's noun split in three; `None` when it holds none.
pub fn split_pairs(
    toks: &[Token],
    text: &str,
    alone: &HashSet<CompactString>,
    aliases: &Aliases,
) -> Option<Vec<Token>> {
    if !text.contains('-') {
        return None;
    }
    let company = |word: &str| {
        let t = tokenize(word);
        t.len() == 1
            && (alone.contains(&t[0].norm)
                || aliases.match_at(&t, 0).is_some_and(|(len, _)| len == 1))
    };
    let splits: Vec<(usize, usize)> = toks
        .iter()
        .enumerate()
        .filter_map(|(k, t)| {
            let hyphen = halves(t, text)?;
            let word = t.text(text);
            (beside_deal(toks, k) && company(&word[..hyphen]) && company(&word[hyphen + 1..]))
                .then_some((k, hyphen))
        })
        .collect();
    if splits.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(toks.len() + 2 * splits.len());
    let mut next = splits.iter().peekable();
    for (k, t) in toks.iter().enumerate() {
        match next.peek() {
            Some(&&(at, hyphen)) if at == k => {
                next.next();
                // Each part tokenized on its own, its offsets moved back
                // into the sentence.
                let pieces = [
                    (t.start, t.start + hyphen),
                    (t.start + hyphen, t.start + hyphen + 1),
                    (t.start + hyphen + 1, t.end),
                ];
                for (a, b) in pieces {
                    out.extend(tokenize(&text[a..b]).into_iter().map(|mut p| {
                        p.start += a;
                        p.end += a;
                        p
                    }));
                }
            }
            _ => out.push(t.clone()),
        }
    }
    Some(out)
}

/// Where the one hyphen of a word made of two capitalised halves stands
/// ("Orvane-Kelmix"), each half two letters or more.
fn halves(t: &Token, text: &str) -> Option<usize> {
    // (A byte scan: asked of every word of every article.)
    if t.kind != Kind::Word || !t.norm.as_bytes().contains(&b'-') {
        return None;
    }
    let word = t.text(text);
    let hyphen = word.find('-')?;
    let (a, b) = (&word[..hyphen], &word[hyphen + 1..]);
    let capitalised = |w: &str| {
        w.chars().count() >= 2
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(char::is_alphanumeric)
    };
    (capitalised(a) && capitalised(b)).then_some(hyphen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(sentence: &str, alone: &[&str]) -> Vec<String> {
        let toks = tokenize(sentence);
        let alone = alone.iter().map(|w| CompactString::from(*w)).collect();
        let out = split_pairs(&toks, sentence, &alone, &Aliases::default()).unwrap_or(toks);
        out.iter().map(|t| t.text(sentence).to_string()).collect()
    }

    #[test]
    fn two_companies_a_hyphen_joins_beside_a_deal_noun_are_split() {
        assert_eq!(
            split(
                "The Orvane-Kelmix partnership was signed.",
                &["orvane", "kelmix"]
            ),
            [
                "The",
                "Orvane",
                "-",
                "Kelmix",
                "partnership",
                "was",
                "signed",
                "."
            ]
        );
        assert_eq!(
            split(
                "Le partenariat Orvane-Kelmix est signé.",
                &["orvane", "kelmix"]
            ),
            [
                "Le",
                "partenariat",
                "Orvane",
                "-",
                "Kelmix",
                "est",
                "signé",
                "."
            ]
        );
    }

    #[test]
    fn one_name_written_with_a_hyphen_stays_whole() {
        // Neither half is written alone, or no deal's noun stands beside it.
        assert_eq!(
            split("The Rolls-Royce deal was signed.", &[]),
            ["The", "Rolls-Royce", "deal", "was", "signed", "."]
        );
        assert_eq!(
            split("Orvane-Kelmix said it would hire.", &["orvane", "kelmix"]),
            ["Orvane-Kelmix", "said", "it", "would", "hire", "."]
        );
    }
}
