//! Relative clauses opened by a preposition ("Oracle, from which OpenAI
//! agreed to buy capacity", "Oracle, auprès duquel OpenAI s'est engagé à
//! acheter"): the name the clause follows stands in the slot of that
//! preposition for the clause's own trigger, and the clause's subject acts.
//! ("in which" is read with investing verbs by `acting::invested_in_which`.)

use super::sentence::{
    FUSED_RELATIVES, Item, PREPOSITION_RELATIVES, RELATIVE_PREPOSITIONS, Sentence, Slot, prep_slot,
};
use crate::coref::Reference;

/// Rewrites `subj` and `right` for the trigger at item `t` when it stands in
/// a relative clause opened by a preposition and its pronoun right after
/// a name and a comma.
pub(super) fn preposition_relative(
    s: &Sentence<'_>,
    t: usize,
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    let org = |k: usize| matches!(s.items[k].2, Item::Ref(Reference::Org(_)));
    // The pronoun, at most eight items before the trigger, past no comma.
    let Some(p) = (left_bound.max(t.saturating_sub(8))..t)
        .rev()
        .take_while(|&k| !(s.items[k].2 == Item::Punct && s.norm(k) == ","))
        .find(|&k| {
            s.is_word(k, PREPOSITION_RELATIVES)
                || FUSED_RELATIVES.iter().any(|(w, _)| s.is_word(k, &[w]))
        })
    else {
        return;
    };
    if p < left_bound + 2 {
        return;
    }
    // "auprès duquel": the preposition before a fused pronoun wins.
    let (preposition, comma) = if RELATIVE_PREPOSITIONS.contains(&s.norm(p - 1)) {
        (s.norm(p - 1), p - 2)
    } else if let Some((_, prep)) = FUSED_RELATIVES.iter().find(|(w, _)| s.is_word(p, &[w])) {
        (*prep, p - 1)
    } else {
        return;
    };
    if comma < left_bound + 1 || s.norm(comma) != "," || !org(comma - 1) {
        return;
    }
    let Some(slot) = prep_slot(preposition) else {
        return;
    };
    // The clause's own subject: its first name before the trigger.
    let Some(own) = (p + 1..t).find(|&k| matches!(s.items[k].2, Item::Ref(_))) else {
        return;
    };
    let antecedent = comma - 1;
    // "Paylane works with Tesco, with which it signed an agreement": the
    // clause's pronoun is the main clause's subject, not the name it
    // follows.
    // (The main clause's first reference, when a name: "It processes
    // payments for A and B, with which it signed" keeps its pronoun.)
    let own = if matches!(s.items[own].2, Item::Ref(Reference::Pronoun)) {
        (left_bound..antecedent)
            .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
            .filter(|&k| org(k) && !s.is_word(k + 1, &["and", "et"]) && s.norm(k + 1) != ",")
            .unwrap_or(own)
    } else {
        own
    };
    right.retain(|(_, group)| !group.contains(&antecedent));
    right.push((slot, vec![antecedent]));
    *subj = vec![own];
}
