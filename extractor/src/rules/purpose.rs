//! What a bare agreement is for: "signed a $38 billion deal with Y to buy
//! cloud capacity", "an agreement to buy 1 mtpa of LNG from Y", "a deal to
//! supply chips to Y", "un contrat de fourniture": an agreement to buy or
//! to supply services or goods is a commercial deal, its subject the
//! customer or the provider (see `shapes::agreement_purpose`).

use dealwire_core::model::Role;

use super::sentence::{Item, Sentence};
use super::shapes::agreement_purpose;
use crate::lexicon::PLURAL_DEALS;
use crate::triggers::Frame;

/// Reads the agreement at items `t..t_end` as a commercial deal when it
/// says what it buys or supplies: sets the parties' roles, the subject's
/// (items `subj`) from the purpose and the others' opposite (finding the
/// counterpart after the purpose verb's "from" or "to" when the agreement
/// names none), and returns whether it did.
pub(super) fn commercial_reading(
    s: &Sentence<'_>,
    (t, t_end): (usize, usize),
    right_bound: usize,
    subj: &[usize],
    parties: &mut Vec<(String, Role)>,
) -> bool {
    // "signed cloud contracts with A and B": one subject and its
    // counterparts, one deal each.
    if parties.len() > 2 && !s.is_in(t, &PLURAL_DEALS) {
        return false;
    }
    // "un accord de partenariat pour utiliser", "a partnership agreement
    // to use": an agreement named a partnership stays one.
    let partnership = (t.saturating_sub(1)..(t_end + 3).min(s.items.len())).any(|k| {
        k != t
            && s.items[k].2 == Item::Word
            && matches!(
                s.input.predicates.trigger_at(s.input.toks, s.items[k].0),
                Some((Frame::Partner, _))
            )
    });
    if partnership {
        return false;
    }
    let Some(subject_role) = agreement_purpose(s, t, t_end, right_bound) else {
        return false;
    };
    if parties.len() == 1 {
        let prep: &[&str] = if subject_role == Role::Customer {
            &["from", "auprès"]
        } else {
            &["to", "à", "au", "aux"]
        };
        let other = (t_end + 1..right_bound)
            .filter(|&k| s.is_word(k - 1, prep))
            .find_map(|k| s.org_at(k).filter(|name| *name != parties[0].0));
        if let Some(name) = other {
            parties.push((name.to_string(), Role::Partner));
        }
    }
    if parties.len() < 2 {
        return false;
    }
    let other = if subject_role == Role::Customer {
        Role::Provider
    } else {
        Role::Customer
    };
    // The subject takes the purpose's role: parties come in no set order,
    // so the subject is found by name (the first party when none is).
    let subject: Vec<&str> = subj.iter().filter_map(|&k| s.org_at(k)).collect();
    let named = parties.iter().any(|p| subject.contains(&p.0.as_str()));
    for (i, p) in parties.iter_mut().enumerate() {
        let is_subject = if named {
            subject.contains(&p.0.as_str())
        } else {
            i == 0
        };
        p.1 = if is_subject { subject_role } else { other };
    }
    true
}
