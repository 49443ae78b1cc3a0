//! Governments as parties: "the U.S. government will take a 10% stake in
//! Intel", "l'État va monter au capital de Kelvo". A state is an
//! organisation of the guide's kind (governments and public bodies are
//! parties), but no name the name finder reads: it is written as a country's
//! adjective and a common noun. It is read only in a sentence that speaks of
//! a stake, an investment or a purchase, and only for deal extraction (named
//! entity corpora tag "German" and leave "government" out).

use dealwire_core::tokens::Token;

use super::mention::OrgMention;
use crate::lexicon::{self, WordSet};

/// Words that make a government a party: see
/// `data/words/state_party_cues.txt`.
pub(super) static STATE_PARTY_CUES: WordSet =
    WordSet::new(include_str!("../../data/words/state_party_cues.txt"));

/// The governments a sentence names as possible parties, outside the spans
/// already taken by `taken`.
pub(super) fn state_mentions(toks: &[Token], text: &str, taken: &[OrgMention]) -> Vec<OrgMention> {
    // The nouns first, a few string comparisons; the cues only then.
    let head = |t: &Token| {
        matches!(
            t.norm.as_str(),
            "government" | "state" | "état" | "etat" | "gouvernement"
        )
    };
    if !toks.iter().any(head) || !toks.iter().any(|t| STATE_PARTY_CUES.contains(&t.norm)) {
        return Vec::new();
    }
    let free = |a: usize, b: usize| !taken.iter().any(|m| m.overlaps(a, b));
    let country = |a: usize, b: usize| {
        let key: Vec<&str> = toks[a..b].iter().map(|t| t.norm.as_str()).collect();
        lexicon::is_place_or_demonym(&key.join(" "))
            || matches!(
                &text[toks[a].start..toks[b - 1].end],
                "U.S." | "US" | "UK" | "U.K." | "U.S"
            )
    };
    // "l'État français": a nationality adjective after the noun.
    let demonym = |k: usize| {
        toks.get(k)
            .is_some_and(|n| !n.is_capitalized() && lexicon::DEMONYMS.contains_key(&n.norm))
    };
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let span = match t.norm.as_str() {
            // "the French government", "the U.S. government", "the German
            // state": a country's adjective (one or two words) before it.
            "government" | "state" => (1..=2).rev().find_map(|w| {
                let a = k.checked_sub(w)?;
                (country(a, k) && toks[a].is_capitalized()).then_some((a, k + 1))
            }),
            // "l'État", "l'État français", "le gouvernement allemand" ("l'Etat":
            // the capital often goes unaccented).
            "état" | "etat" | "gouvernement"
                if k >= 1 && matches!(toks[k - 1].norm.as_str(), "l'" | "le") =>
            {
                let adjective = demonym(k + 1);
                let capital_state = t.norm != "gouvernement" && t.is_capitalized();
                (capital_state || adjective).then_some((k, k + 1 + usize::from(adjective)))
            }
            _ => None,
        };
        // "state-owned", "government-backed": an adjective, no party.
        if let Some((a, b)) = span
            && free(a, b)
            && !toks
                .get(b)
                .is_some_and(|n| n.is_punct('-') && n.start == toks[b - 1].end)
        {
            out.push(OrgMention::written(toks, text, a, b));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_core::tokens::tokenize;

    fn states(text: &str) -> Vec<String> {
        state_mentions(&tokenize(text), text, &[])
            .into_iter()
            .map(|m| m.surface)
            .collect()
    }

    #[test]
    fn a_government_is_a_party_only_where_the_sentence_speaks_of_a_stake_or_an_investment() {
        assert_eq!(
            states("The U.S. government will take a 10% stake in Kelmix."),
            ["U.S. government"]
        );
        assert_eq!(
            states("L'État français va monter au capital de Kelmix."),
            ["État français"]
        );
        assert_eq!(
            states("L'État va investir 10 millions dans Kelmix."),
            ["État"]
        );
        assert!(states("The German government approved the merger.").is_empty());
        assert!(states("State-owned Orbis bought a stake in Kelmix.").is_empty());
    }

    #[test]
    fn a_government_buying_under_a_contract_is_a_party() {
        assert_eq!(
            states("Kelmix won a $30 million contract from the Canadian government."),
            ["Canadian government"]
        );
        assert_eq!(
            states("Le gouvernement français a commandé 12 avions à Kelmix."),
            ["gouvernement français"]
        );
    }
}
