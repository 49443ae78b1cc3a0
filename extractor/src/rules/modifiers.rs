//! Trigger words used as modifiers or in another sense ("investment
//! banking", "limited partnership", "buyout firm"): a trigger so used tells
//! no deal, and a clause reader that meets one reads past it as a word.
//! Below both the trigger's confirmation (`confirm`) and the argument
//! reader (`slots`), which ask it.

use super::sentence::{Item, Sentence};
use crate::lexicon::WordSet;

/// Trigger words used as modifiers or in another sense: see
/// `data/words/modifier_heads.txt`.
static MODIFIER_HEADS: WordSet = WordSet::new(include_str!("../../data/words/modifier_heads.txt"));

/// The trigger words `MODIFIER_HEADS` lists a use for: the first word of a
/// line, or the last of a line of words before the trigger ("-limited
/// partnership").
fn modifier_triggers() -> &'static rustc_hash::FxHashSet<&'static str> {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        MODIFIER_HEADS
            .words()
            .iter()
            .filter_map(|line| match line.strip_prefix('-') {
                Some(before) => before.split(' ').next_back(),
                None => line.split(' ').next(),
            })
            .collect()
    })
}

/// Whether the trigger ending at item `last` is a modifier or another sense
/// by the words next to it ("investment banking", "limited partnership",
/// "round of talks").
pub(super) fn modifier_use(s: &Sentence<'_>, last: usize) -> bool {
    let word = |k: usize| (k < s.items.len() && s.items[k].2 == Item::Word).then(|| s.norm(k));
    let trigger = s.norm(last);
    // Most trigger words have no such use listed: one lookup, no phrase
    // built.
    if !modifier_triggers().contains(trigger) {
        return false;
    }
    let after = |n: usize| {
        let words: Option<Vec<&str>> = (last + 1..=last + n).map(word).collect();
        words.is_some_and(|w| MODIFIER_HEADS.contains(&format!("{trigger} {}", w.join(" "))))
    };
    after(1) || after(2) || after(3) || use_told_before(s, last)
}

/// Whether the words before the trigger word at item `last` make it
/// another sense ("-limited partnership", "-avec la participation"): for a
/// noun of joining, a joining use ("a vu la participation de X").
pub(super) fn use_told_before(s: &Sentence<'_>, last: usize) -> bool {
    let word = |k: usize| (k < s.items.len() && s.items[k].2 == Item::Word).then(|| s.norm(k));
    let trigger = s.norm(last);
    if !modifier_triggers().contains(trigger) {
        return false;
    }
    let before = |n: usize| {
        last >= n && {
            let words: Option<Vec<&str>> = (last - n..last).map(word).collect();
            words.is_some_and(|w| MODIFIER_HEADS.contains(&format!("-{} {trigger}", w.join(" "))))
        }
    };
    before(1) || before(2) || before(3)
}

/// "A combination of Orvane and Kelmix would create the largest maker",
/// "Une fusion entre A et B donnerait naissance à un géant": a deal's noun
/// after an indefinite article, opening its clause, whose verb is a
/// conditional, tells what a deal would make, not one made or talked of
/// (unless sources or talks are told: "a merger could be announced next
/// week, sources said").
pub(super) fn hypothetical(
    s: &Sentence<'_>,
    left_bound: usize,
    t: usize,
    t_end: usize,
    right_bound: usize,
) -> bool {
    let opens = t >= 1
        && s.is_word(t - 1, &["a", "an", "un", "une"])
        && (left_bound..t - 1).all(|k| s.items[k].2 != Item::Punct || s.norm(k) == ",")
        && (left_bound..t - 1).all(|k| !matches!(s.items[k].2, Item::Ref(_) | Item::Amount(_)));
    if !opens {
        return false;
    }
    // The verb after the deal's phrase: the first modal, auxiliary or
    // French conditional.
    let conditional_form = |w: &str| (w.ends_with("rait") || w.ends_with("raient")) && w.len() > 6;
    let conditional = (t_end..right_bound)
        .filter(|&k| s.items[k].2 == Item::Word)
        .map(|k| s.norm(k))
        .find(|w| {
            matches!(
                *w,
                "would"
                    | "could"
                    | "might"
                    | "will"
                    | "may"
                    | "is"
                    | "was"
                    | "has"
                    | "had"
                    | "est"
                    | "a"
            ) || conditional_form(w)
        })
        .is_some_and(|w| matches!(w, "would" | "could" | "might") || conditional_form(w));
    let words = s.words(0, s.items.len());
    conditional
        && !crate::status::sourced(words)
        && !words.iter().any(|w| {
            matches!(
                *w,
                "talks"
                    | "discussions"
                    | "negotiations"
                    | "pourparlers"
                    | "négociations"
                    | "sources"
            )
        })
}
