//! Local authorities as parties: "la Région Bretagne a commandé 20 rames à
//! Tessel", "la Ville de Paris a attribué à Kelmix un contrat", "the City of
//! Boston awarded Kelmix a contract". Like a government (see `states`), an
//! authority is written as a common noun and a place, which the name finder
//! reads as no name; it is read only in a sentence that speaks of a
//! contract, an order or a stake, never after a locative ("investit dans la
//! région Bretagne" invests in a place), and only for deal extraction.

use dealwire_core::tokens::{Kind, Token};

use super::mention::OrgMention;
use super::states::STATE_PARTY_CUES;
use crate::lexicon::{self, WordSet};

/// Heads of the names of local authorities: see
/// `data/words/local_body_heads.txt`.
static LOCAL_BODY_HEADS: lexicon::PhraseList =
    lexicon::PhraseList::new(include_str!("../../data/words/local_body_heads.txt"));

/// Whether `norm` opens with a byte some head opens with: one comparison
/// turns most words away before any lookup (this is asked of every word of
/// every sentence).
fn opens_head(norm: &str) -> bool {
    static FIRST_BYTES: std::sync::OnceLock<[bool; 256]> = std::sync::OnceLock::new();
    let table = FIRST_BYTES.get_or_init(|| {
        let mut table = [false; 256];
        for phrase in LOCAL_BODY_HEADS.phrases() {
            if let Some(&b) = phrase.first().and_then(|w| w.as_bytes().first()) {
                table[usize::from(b)] = true;
            }
        }
        table
    });
    norm.as_bytes()
        .first()
        .is_some_and(|&b| table[usize::from(b)])
}

/// Words before an authority's article that make what follows a place:
/// see `data/words/authority_locatives.txt`.
static AUTHORITY_LOCATIVES: WordSet =
    WordSet::new(include_str!("../../data/words/authority_locatives.txt"));

/// The local authorities a sentence names as possible parties, outside the
/// spans already taken by `taken`.
pub(super) fn local_body_mentions(
    toks: &[Token],
    text: &str,
    taken: &[OrgMention],
) -> Vec<OrgMention> {
    let free = |a: usize, b: usize| !taken.iter().any(|m| m.overlaps(a, b));
    let mut out = Vec::new();
    // The cues are asked only of a sentence that names a head: most name
    // none, and a head is looked up only where a capital or an article
    // allows one.
    let mut cued = None;
    let mut k = 0;
    while k < toks.len() {
        if !opens_head(&toks[k].norm) {
            k += 1;
            continue;
        }
        // An article opens it ("la Ville de Paris"), or its own capital
        // ("Région Bretagne"); "the city of" needs its capital too.
        let det = k >= 1 && matches!(toks[k - 1].norm.as_str(), "la" | "le" | "l'" | "the");
        if !(toks[k].is_capitalized() || det) {
            k += 1;
            continue;
        }
        let Some(len) = LOCAL_BODY_HEADS.len_at(toks, k) else {
            k += 1;
            continue;
        };
        let english = toks[k].norm == "city" || toks[k].norm == "county";
        // ("the city of Aarhus has ordered trams": in lowercase, only after
        // "the" and before "of", in a sentence of a contract or a stake.)
        let lowercase_english = english
            && !toks[k].is_capitalized()
            && !(det && toks.get(k + 1).is_some_and(|t| t.norm == "of"));
        if lowercase_english
            || !*cued.get_or_insert_with(|| toks.iter().any(|t| STATE_PARTY_CUES.contains(&t.norm)))
        {
            k += 1;
            continue;
        }
        let before = if det {
            k.checked_sub(2)
        } else {
            k.checked_sub(1)
        };
        if before.is_some_and(|b| AUTHORITY_LOCATIVES.contains(&toks[b].norm)) {
            k += len;
            continue;
        }
        let mut place = k + len;
        if toks
            .get(place)
            .is_some_and(|t| matches!(t.norm.as_str(), "de" | "du" | "d'" | "des" | "of"))
        {
            place += 1;
        }
        // The place: capitalised words, and what a hyphen glues to them
        // ("Île-de-France").
        let mut end = place;
        while let Some(t) = toks.get(end) {
            let glued = end > place
                && t.start == toks[end - 1].end
                && (t.kind == Kind::Word || t.is_punct('-'));
            if !(t.is_capitalized() || glued) {
                break;
            }
            end += 1;
        }
        while end > place && toks[end - 1].kind == Kind::Punct {
            end -= 1;
        }
        if end > place && free(k, end) {
            out.push(OrgMention::written(toks, text, k, end));
        }
        k = end.max(k + len);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_core::tokens::tokenize;

    fn bodies(text: &str) -> Vec<String> {
        local_body_mentions(&tokenize(text), text, &[])
            .into_iter()
            .map(|m| m.surface)
            .collect()
    }

    #[test]
    fn a_local_authority_is_a_party_where_the_sentence_speaks_of_a_contract() {
        assert_eq!(
            bodies("La Région Bretagne a commandé 20 rames à Tessel."),
            ["Région Bretagne"]
        );
        assert_eq!(
            bodies("La Ville de Paris a attribué à Kelmix un contrat."),
            ["Ville de Paris"]
        );
        assert_eq!(
            bodies("Le conseil régional d'Occitanie a signé un contrat avec Kelmix."),
            ["conseil régional d'Occitanie"]
        );
        assert_eq!(
            bodies("The City of Boston awarded Kelmix a contract."),
            ["City of Boston"]
        );
    }

    #[test]
    fn a_local_authority_is_a_place_after_a_locative_or_with_no_deal_word() {
        assert!(bodies("Kelmix investit dans la région Bretagne.").is_empty());
        assert!(bodies("La Ville de Paris a inauguré un musée.").is_empty());
        assert!(bodies("Kelmix won a contract in the city of Boston.").is_empty());
        // (A full stop after the place is no part of it.)
        assert_eq!(
            bodies("Kelmix a signé un contrat avec la Ville de Lyon."),
            ["Ville de Lyon"]
        );
    }
}
