//! What the name model sees of a token: its form, its neighbours, the tag
//! given to the token before it, and what the general lexical resources
//! (places, nationalities, first names, titles, legal forms) say of it and
//! of its neighbours. Each feature is a string hashed to 64 bits with
//! FNV-1a, so a model file stays valid whatever hash maps the code uses.

use crate::lexicon;
use dealwire_core::names::LEGAL_SUFFIXES;

use super::Label;

/// A sentence prepared for the model: each token's text and lowercase form,
/// and whether the document writes that word in lowercase elsewhere.
pub struct Prepared<'a> {
    /// Tokens as written.
    pub words: Vec<&'a str>,
    /// Lowercase forms.
    pub lower: Vec<String>,
    /// Whether the document also writes the word in lowercase.
    pub lower_elsewhere: Vec<bool>,
}

impl<'a> Prepared<'a> {
    /// Prepares `words`, with the set of words the document writes in
    /// lowercase.
    pub fn new(words: Vec<&'a str>, lowercase: &dyn Fn(&str) -> bool) -> Self {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let lower_elsewhere = words
            .iter()
            .zip(&lower)
            .map(|(w, l)| starts_upper(w) && lowercase(l))
            .collect();
        Prepared {
            words,
            lower,
            lower_elsewhere,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// FNV-1a over a template name and its value.
fn hash(template: &str, value: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in template.bytes().chain([0xff]).chain(value.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The word's shape: capitals as X, small letters as x, digits as d, other
/// characters kept, runs of one kind shortened to two ("Xxx", "XX.X.", "dd").
fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = '\0';
    let mut run = 0;
    for c in word.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            run = 1;
            last = k;
        }
        out.push(k);
    }
    out
}

fn suffix(w: &str, n: usize) -> &str {
    let start = w
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &w[start..]
}

fn prefix(w: &str, n: usize) -> &str {
    let end = w.char_indices().nth(n).map_or(w.len(), |(i, _)| i);
    &w[..end]
}

/// The features of token `i`, given the label of the token before it.
pub fn features(s: &Prepared<'_>, i: usize, prev: Label, out: &mut Vec<u64>) {
    out.clear();
    let w = s.words[i];
    let l = s.lower[i].as_str();
    let at = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 {
            "<s>"
        } else {
            s.lower.get(j as usize).map_or("</s>", String::as_str)
        }
    };
    let word_at = |k: isize| -> Option<&str> {
        let j = i as isize + k;
        (j >= 0).then(|| s.words.get(j as usize).copied()).flatten()
    };
    let sh = shape(w);
    out.push(hash("b", ""));
    out.push(hash("w", l));
    out.push(hash("s", &sh));
    out.push(hash("p3", prefix(l, 3)));
    out.push(hash("x3", suffix(l, 3)));
    out.push(hash("x2", suffix(l, 2)));
    out.push(hash("w-1", at(-1)));
    out.push(hash("w+1", at(1)));
    out.push(hash("w-2", at(-2)));
    out.push(hash("w+2", at(2)));
    out.push(hash(
        "s-1",
        &word_at(-1).map_or_else(|| "<s>".into(), shape),
    ));
    out.push(hash(
        "s+1",
        &word_at(1).map_or_else(|| "</s>".into(), shape),
    ));
    out.push(hash("t-1", prev.name()));
    out.push(hash("t-1s", &format!("{}|{sh}", prev.name())));
    out.push(hash("w-1w", &format!("{}|{l}", at(-1))));
    out.push(hash("ww+1", &format!("{l}|{}", at(1))));
    if i == 0 {
        out.push(hash("first", ""));
    }
    if s.lower_elsewhere[i] {
        out.push(hash("lowElse", ""));
    }
    // What the general resources say of the token and its neighbours.
    let flag = |name: &str, on: bool, out: &mut Vec<u64>| {
        if on {
            out.push(hash("g", name));
        }
    };
    let single = |set: &lexicon::NameSet, word: &str| set.contains_words([word]);
    flag("place", single(&lexicon::PLACES, l), out);
    flag("town", single(&lexicon::TOWNS, l), out);
    flag("demonym", single(&lexicon::DEMONYMS, l), out);
    flag("first", lexicon::is_first_name(l), out);
    flag("first-1", lexicon::is_first_name(at(-1)), out);
    flag("cue-1", lexicon::is_title(at(-1)), out);
    flag("cue-2", lexicon::is_title(at(-2)), out);
    flag("head", lexicon::is(&lexicon::ORG_HEADS, l), out);
    flag("head+1", lexicon::is(&lexicon::ORG_HEADS, at(1)), out);
    flag(
        "legal",
        LEGAL_SUFFIXES.contains(&l.trim_end_matches('.')),
        out,
    );
    flag(
        "legal+1",
        LEGAL_SUFFIXES.contains(&at(1).trim_end_matches('.')),
        out,
    );
    flag("loc-1", lexicon::is(&lexicon::LOCATIVES, at(-1)), out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_keep_two_of_each_run() {
        assert_eq!(shape("OpenAI"), "XxxXX");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("2024"), "dd");
        assert_eq!(shape("Jean-Marie"), "Xxx-Xxx");
    }

    #[test]
    fn prefixes_and_suffixes_count_characters_not_bytes() {
        assert_eq!(suffix("société", 3), "été");
        assert_eq!(prefix("été", 2), "ét");
        assert_eq!(suffix("a", 3), "a");
    }

    #[test]
    fn features_are_stable_hashes() {
        assert_eq!(hash("w", "acme"), hash("w", "acme"));
        assert_ne!(hash("w", "acme"), hash("w-1", "acme"));
        let s = Prepared::new(vec!["Acme", "buys", "Globex"], &|_| false);
        let mut a = Vec::new();
        let mut b = Vec::new();
        features(&s, 1, Label::Org, &mut a);
        features(&s, 1, Label::Outside, &mut b);
        assert_eq!(a.len(), b.len());
        assert_ne!(a, b, "the previous label is a feature");
    }
}
