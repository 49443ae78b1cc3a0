//! Relative clauses opened by a preposition ("Oracle, from which OpenAI
//! agreed to buy capacity", "Oracle, auprès duquel OpenAI s'est engagé à
//! acheter"): the name the clause follows stands in the slot of that
//! preposition for the clause's own trigger, and the clause's subject acts.
//! ("in which" is read with investing verbs by `acting::invested_in_which`.)
//! A relative on an apposition's noun ("Tessel, a chain it bought in 2019",
//! "Tessel, une société qu'il a rachetée") has the name before the
//! apposition for object.

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

/// "Kelmix owns Tessel, a chain it bought in 2019", "Tessel, a business
/// Orbis acquired last year", "Tessel, une société qu'il a rachetée en
/// 2019": a relative clause, with or without its pronoun, on the noun of an
/// apposition to a name has that name for object; a pronoun subject is the
/// main clause's first name. Rewrites `subj` and `right` for the buying
/// trigger at items `t..`.
pub(super) fn apposition_relative(
    s: &Sentence<'_>,
    t: usize,
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    let org = |k: usize| matches!(s.items[k].2, Item::Ref(Reference::Org(_)));
    if right
        .iter()
        .any(|(slot, _)| matches!(slot, Slot::Object | Slot::Of | Slot::In))
    {
        return;
    }
    // The clause's subject, right before the verb or its auxiliary.
    let aux = |k: usize| {
        s.is_word(
            k,
            &[
                "has", "had", "have", "a", "avait", "ont", "avaient", "recently",
            ],
        )
    };
    let Some(k) = [t.checked_sub(1), t.checked_sub(2)]
        .into_iter()
        .flatten()
        .find(|&k| k >= left_bound && matches!(s.items[k].2, Item::Ref(_)) && (k + 1..t).all(aux))
    else {
        return;
    };
    if subj.first() != Some(&k) {
        return;
    }
    // French keeps its pronoun: "une société qu'il a rachetée".
    let noun_end = if k > 0 && s.is_word(k - 1, &["que", "qu'"]) {
        k - 1
    } else {
        k
    };
    // The apposition: a determiner and one to three words, a noun last,
    // after a comma after the name.
    let Some(det) = (noun_end.saturating_sub(4)..noun_end.saturating_sub(1))
        .rev()
        .find(|&j| s.is_word(j, &["a", "an", "un", "une"]))
    else {
        return;
    };
    let words_only = (det + 1..noun_end).all(|j| {
        s.items[j].2 == Item::Word && !crate::lexicon::REPORTING_VERBS.contains(s.norm(j))
    });
    if !words_only || det < 2 || !s.is_comma(det - 1) || !org(det - 2) || det - 2 < left_bound {
        return;
    }
    let antecedent = det - 2;
    right.insert(0, (Slot::Object, vec![antecedent]));
    if matches!(s.items[k].2, Item::Ref(Reference::Pronoun))
        && let Some(main) = (left_bound..antecedent).find(|&j| org(j))
    {
        *subj = vec![main];
    }
}
