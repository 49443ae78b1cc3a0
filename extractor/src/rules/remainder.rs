//! The remainder of a company a holder buys, told without the company's
//! name: "offered to buy the remaining shares", "bid for the rest", "the
//! 70% it does not already own", "une OPA sur le solde du capital", "les
//! 40 % restants", "les actions qu'il ne détient pas encore". Such a phrase
//! stands for the company whose shares they are, as "the company" does:
//! the organisation named before it in its clause, else the one the
//! article's deals are about (see `resolve`).

use dealwire_core::tokens::{Kind, Token};

use crate::coref::Reference;
use crate::lexicon::{self, OWNING_VERBS, STAKE_WORDS, WordSet};

/// Nouns of the remainder and adjectives of what remains: see
/// `data/words/remainder_words.txt`.
static REMAINDER_WORDS: WordSet =
    WordSet::new(include_str!("../../data/words/remainder_words.txt"));
/// Nouns of shares and capital: see `data/words/share_nouns.txt`.
pub(super) static SHARE_NOUNS: WordSet =
    WordSet::new(include_str!("../../data/words/share_nouns.txt"));

/// Whether `word` is a determiner that may open a remainder ("the
/// remaining shares", "le solde du capital"): the items' builder looks
/// before calling [`remainder_end`].
#[inline]
pub(super) fn opens_remainder(word: &str) -> bool {
    matches!(word, "the" | "le" | "la" | "les" | "l'")
}

/// Whether `word` is a pronoun that may stand for a holder ("it does not
/// already own", "qu'il ne détient pas").
#[inline]
pub(super) fn holder_pronoun(word: &str) -> bool {
    matches!(word, "it" | "they" | "il" | "elle" | "ils" | "elles")
}

/// The description a remainder stands as among a sentence's items.
pub(super) fn reference() -> Reference {
    Reference::Description(vec!["the".to_string(), "remainder".to_string()])
}

/// Whether `word` names the remainder or says what remains ("rest",
/// "remaining", "solde", "restant").
pub(super) fn is_remainder_word(word: &str) -> bool {
    lexicon::is(&REMAINDER_WORDS, word)
}

/// Whether `r` is a remainder's description.
pub(super) fn is_remainder(r: &Reference) -> bool {
    matches!(r, Reference::Description(w) if w.len() == 2 && w[1] == "remainder")
}

/// Where a remainder opened by the determiner at `i` ends, if one does.
// (Out of line, and called only after a determiner: inlined, or called for
// every word, it cost up to 2% of the pipeline's instructions.)
#[inline(never)]
pub(super) fn remainder_end(toks: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if !opens_remainder(w(i)) {
        return None;
    }
    let shares = |k: usize| lexicon::is(&SHARE_NOUNS, w(k)) || lexicon::is(&STAKE_WORDS, w(k));
    let mut j = i + 1;
    let (mut remains, mut counted) = (false, false);
    // Up to four words: "the remaining 49 pct", "les 40 % restants", "les
    // actions restantes", "the remaining shares".
    while j < (i + 5).min(toks.len()) {
        if lexicon::is(&REMAINDER_WORDS, w(j)) {
            remains = true;
            j += 1;
        } else if toks[j].kind == Kind::Number {
            let unit = match (w(j + 1), w(j + 2)) {
                ("%" | "pct" | "percent" | "pc", _) => 1,
                ("per", "cent") | ("pour", "cent") => 2,
                _ => return None,
            };
            counted = true;
            j += 1 + unit;
        } else if shares(j) {
            counted = true;
            j += 1;
        } else {
            break;
        }
    }
    if j == i + 1 {
        return None;
    }
    // "le solde du capital", "the rest of its shares": the remainder of the
    // shares, still unnamed.
    if remains && matches!(w(j), "of" | "de" | "du" | "des" | "d'") {
        let noun = if matches!(
            w(j + 1),
            "the" | "its" | "their" | "son" | "ses" | "leur" | "leurs"
        ) {
            j + 2
        } else {
            j + 1
        };
        return shares(noun).then_some(noun + 1);
    }
    if remains {
        // "the remaining 49 pct of Selvane", "the balance sheet": the
        // company is named, or this is no remainder.
        return ends_phrase(toks, j).then_some(j);
    }
    // "the 70% it does not already own", "les actions qu'il ne détient pas
    // encore": what the holder does not hold yet.
    if counted {
        // ("the 70 pct it does not already hold in Kelmix": the company is
        // named after all.)
        return not_held_end(toks, j)
            .filter(|&end| !matches!(w(end), "in" | "of" | "dans" | "de" | "du" | "d'"));
    }
    None
}

/// Where the clause opened by the pronoun at `i` ends when it says which
/// share its holder does not hold yet, right after that share: "the 45 pct
/// it does not already hold in Kelmix", "les 40 % de Kelmix qu'il ne
/// détient pas". The pronoun is the bidder holding the rest, no party of
/// its own.
#[inline(never)]
pub(super) fn holder_clause_end(toks: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if !holder_pronoun(w(i)) || i < 2 {
        return None;
    }
    let share_at = if w(i - 1) == "qu'" { i - 2 } else { i - 1 };
    let share = |k: usize| {
        super::shapes::percent_unit(w(k))
            || lexicon::is(&SHARE_NOUNS, w(k))
            || lexicon::is(&STAKE_WORDS, w(k))
            // "les 40 % de Kelmix qu'il": the share's company, named.
            || (toks[k].is_capitalized() && k >= 2 && matches!(w(k - 1), "de" | "d'" | "of"))
    };
    if !share(share_at) {
        return None;
    }
    not_held_end(toks, if w(i - 1) == "qu'" { i - 1 } else { i })
}

/// Whether the noun phrase ends before token `j`: the sentence, a
/// punctuation mark, or a word that cannot go on naming what is bought.
fn ends_phrase(toks: &[Token], j: usize) -> bool {
    let Some(t) = toks.get(j) else {
        return true;
    };
    t.kind == Kind::Punct
        || super::founding::OWNED.contains(&t.norm.as_str())
        || matches!(
            t.norm.as_str(),
            "for"
                | "pour"
                | "at"
                | "à"
                | "from"
                | "to"
                | "it"
                | "they"
                | "that"
                | "which"
                | "qu'"
                | "que"
                | "qui"
                | "and"
                | "et"
                | "via"
                | "through"
                | "par"
                | "by"
                | "with"
                | "avec"
        )
}

/// After the shares at `j`, a clause that says the holder does not hold
/// them yet ("it does not already own", "qu'il ne détient pas encore"):
/// where it ends.
fn not_held_end(toks: &[Token], j: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let start = if w(j) == "qu'" { j + 1 } else { j };
    // ("the stock he does not own": a person holds it, and a person's bid
    // is no deal between companies.)
    if !holder_pronoun(w(start)) && w(start) != "we" {
        return None;
    }
    let window = start + 1..(start + 6).min(toks.len());
    let negated = window
        .clone()
        .any(|k| matches!(w(k), "not" | "n't" | "ne" | "n'"));
    let verb = window.clone().find(|&k| {
        lexicon::is(&OWNING_VERBS, w(k))
            || matches!(
                w(k),
                "possède" | "possèdent" | "contrôle" | "control" | "controls"
            )
    })?;
    if !negated {
        return None;
    }
    let mut end = verb + 1;
    while matches!(w(end), "already" | "yet" | "encore" | "déjà" | "pas") {
        end += 1;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_core::tokens::tokenize;

    fn phrase(text: &str) -> Option<String> {
        let toks = tokenize(text);
        (0..toks.len()).find_map(|i| {
            remainder_end(&toks, i).map(|end| {
                toks[i..end]
                    .iter()
                    .map(|t| t.norm.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        })
    }

    #[test]
    fn remainders_told_without_a_name_are_found_to_their_end() {
        for (text, expected) in [
            (
                "offered to buy the remaining shares for $5",
                "the remaining shares",
            ),
            ("bid for the rest.", "the rest"),
            ("to buy the remaining 70% it holds", "the remaining 70 %"),
            ("une OPA sur le solde du capital.", "le solde du capital"),
            ("rachète les 40 % restants.", "les 40 % restants"),
            (
                "buy the 70 pct it does not already own.",
                "the 70 pct it does not already own",
            ),
            (
                "les actions qu'il ne détient pas encore.",
                "les actions qu' il ne détient pas encore",
            ),
        ] {
            assert_eq!(phrase(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn a_remainder_of_a_named_company_or_another_noun_is_no_remainder_phrase() {
        for text in [
            "buy the remaining 49 pct of Selvane.",
            "the remaining stake in Selvane.",
            "the balance sheet was strong.",
            "the rest of the purchase price",
            "the shares rose 5 pct.",
            "the 30 pct it owns.",
            "the 70 pct it does not already hold in Selvane.",
            "the stock he does not own.",
        ] {
            assert_eq!(phrase(text), None, "{text}");
        }
    }
}
