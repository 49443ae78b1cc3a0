//! Where a deal told before now stands, from a later sentence that names it
//! by a noun and none of its parties: "The acquisition was completed in
//! March", "Orvane closed the deal on Friday", "Le rachat a été bouclé",
//! "The talks collapsed". Such a sentence reads no deal of its own; what it
//! says goes to the nearest deal of its kind told before it (see
//! `merge::merge`).

use dealwire_core::model::{DealType, Status};

use super::sentence::Sentence;
use crate::lexicon::WordSet;
use crate::status;

/// Nouns of a deal told before, each with the kind of deal it names: see
/// `data/words/settled_deal_nouns.txt`.
static SETTLED_DEAL_NOUNS: WordSet =
    WordSet::new(include_str!("../../data/words/settled_deal_nouns.txt"));
/// Past forms that say a deal is done: see `data/words/settled_verbs.txt`.
static SETTLED_VERBS: WordSet = WordSet::new(include_str!("../../data/words/settled_verbs.txt"));

/// Words the noun phrase of a deal told before opens with.
/// ("Those talks collapsed", "ces discussions ont échoué": plural
/// demonstratives too.)
const DEFINITE: &[&str] = &[
    "the", "this", "that", "these", "those", "its", "their", "le", "la", "l'", "les", "cette",
    "cet", "ce", "ces", "son", "sa", "ses", "leur", "leurs",
];

/// Words that make the sentence tell of what may be, not of what was:
/// "once the deal is completed", "expected to be completed", "has yet to
/// close", "n'a pas encore été finalisée".
const NOT_DONE: &[&str] = &[
    "once",
    "when",
    "if",
    "until",
    "unless",
    "before",
    "whether",
    "pending",
    "lorsque",
    "quand",
    "si",
    "dès",
    "avant",
    "jusqu'à",
    "expected",
    "expects",
    "expect",
    "hope",
    "hopes",
    "aims",
    "plans",
    "intends",
    "should",
    "would",
    "could",
    "may",
    "might",
    "must",
    "likely",
    "not",
    "never",
    "yet",
    "pas",
    "jamais",
    "encore",
    "pourrait",
    "pourraient",
    "doit",
    "doivent",
    // "wanted the merger blocked", "urged regulators to block the deal": a
    // wish, not an outcome.
    "want",
    "wants",
    "wanted",
    "seek",
    "seeks",
    "sought",
    "asked",
    "urged",
    "urges",
    "demanded",
    "threatened",
    "threatens",
    "tried",
    "veut",
    "voulait",
    "demande",
    "demandé",
    "menace",
];

/// Words that make a deal named a different one from the deal told before:
/// "an earlier deal collapsed", "le précédent projet".
const OTHER_DEAL: &[&str] = &[
    "earlier",
    "previous",
    "prior",
    "first",
    "another",
    "similar",
    "former",
    "précédent",
    "précédente",
    "premier",
    "première",
    "ancien",
    "ancienne",
];

/// What a sentence says of a deal told before.
#[derive(Clone, Debug, PartialEq)]
pub struct Sequel {
    /// Sentence index.
    pub sentence: usize,
    /// `Completed` or `Cancelled`.
    pub status: Status,
    /// The kind of deal its noun names, when the noun says.
    pub hint: Option<DealType>,
}

/// The kind of deal `word` names, when it names a deal told before: `None`
/// when it names none, `Some(None)` for a noun of any deal ("the deal").
pub(super) fn noun_kind(word: &str) -> Option<Option<DealType>> {
    if SETTLED_DEAL_NOUNS.contains_pair("any", word) {
        Some(None)
    } else if SETTLED_DEAL_NOUNS.contains_pair("acquisition", word) {
        Some(Some(DealType::Acquisition))
    } else if SETTLED_DEAL_NOUNS.contains_pair("investment", word) {
        Some(Some(DealType::Investment))
    } else {
        None
    }
}

/// The kind of the deal a definite noun phrase within `words[from..to]`
/// names: a determiner, at most three words, the noun ("the $2 billion
/// acquisition", "l'opération").
fn deal_phrase(words: &[&str], from: usize, to: usize) -> Option<Option<DealType>> {
    let to = to.min(words.len());
    (from..to).find_map(|d| {
        if !DEFINITE.contains(&words[d]) {
            return None;
        }
        (d + 1..to.min(d + 5))
            .take_while(|&n| !matches!(words[n], "," | "." | ";" | ":"))
            .find_map(|n| noun_kind(words[n]))
    })
}

/// Reads a sentence that reads no deal of its own for what it says of a
/// deal told before.
pub(super) fn sequel(s: &Sentence<'_>) -> Option<Sequel> {
    settled_state(s.words(0, s.items.len())).map(|(status, hint)| Sequel {
        sentence: s.input.index,
        status,
        hint,
    })
}

/// The status `words` (a sentence's, its names left out) give a deal told
/// before, with the kind of deal their noun names.
fn settled_state(words: &[&str]) -> Option<(Status, Option<DealType>)> {
    // Most sentences that read no deal say nothing of one: the guards
    // below are asked only once a cue and a deal's noun are found.
    // ("collapsed in May": the month, not the modal.)
    let guarded = || {
        words.iter().enumerate().any(|(k, w)| {
            (NOT_DONE.contains(w) && !(*w == "may" && status::month_may(words, k)))
                || OTHER_DEAL.contains(w)
                || *w == "n'"
        }) || status::future_told(words)
    };
    let settled = |v: usize| {
        SETTLED_VERBS.contains(words[v])
            // "shares closed up 3%": a price, not a deal ("wrapped up the
            // deal" is done).
            && !(words[v] == "closed"
                && words
                    .get(v + 1)
                    .is_some_and(|n| matches!(*n, "up" | "down" | "at" | "higher" | "lower" | "flat")))
    };
    let cancel = |v: usize| {
        status::cancelled_outright(&words[v..(v + 2).min(words.len())])
            && !status::cancelled_outright(&words[v + 1..(v + 2).min(words.len())])
    };
    // One pass first: most sentences hold no cue at all.
    if !(words.iter().any(|w| SETTLED_VERBS.contains(w)) || status::may_cancel(words)) {
        return None;
    }
    for v in 0..words.len() {
        // "moved to block the deal": an aim.
        if v > 0 && words[v - 1] == "to" {
            continue;
        }
        // "Ce rachat intervient un an après l'échec des discussions entre
        // A et B", "following the collapse of talks with B": a cue in a
        // phrase of time tells an earlier or later event, not this deal.
        if status::after_time_word(words, v, DEFINITE) {
            continue;
        }
        let state = if settled(v) {
            Status::Completed
        } else if cancel(v) {
            Status::Cancelled
        } else {
            continue;
        };
        // "The acquisition was completed", "L'opération a été finalisée"
        // (the noun before), "Orvane completed the purchase", "a bouclé le
        // rachat", "called off the deal" (after, a particle between).
        let kind = deal_phrase(words, v.saturating_sub(10), v)
            .or_else(|| deal_phrase(words, v + 1, v + 4));
        if let Some(hint) = kind {
            return (!guarded()).then_some((state, hint));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_core::tokens::tokenize;

    fn state(text: &str) -> Option<(Status, Option<DealType>)> {
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        settled_state(&words)
    }

    #[test]
    fn a_deal_named_by_its_noun_and_said_done_is_completed() {
        for (text, hint) in [
            ("The deal closed on Friday.", None),
            (
                "The $2 billion acquisition was completed in March.",
                Some(DealType::Acquisition),
            ),
            (
                "It completed the purchase last week.",
                Some(DealType::Acquisition),
            ),
            ("L'opération a été finalisée le 3 octobre.", None),
            (
                "Le rachat a été bouclé en mai.",
                Some(DealType::Acquisition),
            ),
            ("Le tour de table a été bouclé.", Some(DealType::Investment)),
            ("They wrapped up the deal in June.", None),
        ] {
            assert_eq!(state(text), Some((Status::Completed, hint)), "{text}");
        }
    }

    #[test]
    fn a_deal_named_by_its_noun_and_said_to_have_fallen_through_is_cancelled() {
        for text in [
            "The talks collapsed last week.",
            "The deal was called off in June.",
            "The companies called off the merger.",
            "L'opération a finalement été abandonnée.",
        ] {
            assert_eq!(state(text).map(|s| s.0), Some(Status::Cancelled), "{text}");
        }
    }

    #[test]
    fn plans_wishes_negations_prices_and_other_deals_say_nothing() {
        for text in [
            "The deal is expected to close next year.",
            "Once the deal is completed, the shares will be delisted.",
            "The deal has not yet closed.",
            "L'opération n'a pas encore été finalisée.",
            "L'opération devrait être finalisée en octobre.",
            "The shares closed up 5% on Friday.",
            "An earlier deal collapsed in 2019.",
            "Activists wanted the merger blocked.",
            "The union moved to block the deal.",
            "The board rejected the offer.",
            "The company closed two plants.",
        ] {
            assert_eq!(state(text), None, "{text}");
        }
    }

    #[test]
    fn the_month_of_may_is_no_modal_but_may_is() {
        assert_eq!(
            state("The deal collapsed in May."),
            Some((Status::Cancelled, None))
        );
        assert_eq!(state("The deal may collapse."), None);
        assert_eq!(
            state("The sale of the unit could be finalized this weekend."),
            None
        );
    }
}
