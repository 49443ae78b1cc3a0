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
