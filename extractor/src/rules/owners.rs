//! The owner of what a deal is for, told through a preposition, in the
//! slot of the party it stands for: "won a contract to maintain Corvia's
//! fleet" (the customer), "will invest $5 billion in the AI unit of Kelmix"
//! (the company invested in), "will supply the stores run by Corvia" (the
//! customer).

use super::sentence::{Item, Sentence, Slot};
use crate::lexicon::{self, WordSet};
use crate::triggers::Frame;

/// Participles of running or owning a thing: see
/// `data/words/operating_participles.txt`.
static OPERATING_PARTICIPLES: WordSet =
    WordSet::new(include_str!("../../data/words/operating_participles.txt"));

/// Moves to the party's slot the owner the trigger ending at `t_end` names
/// through what its deal is for, in the slots `right` read.
pub(super) fn owner_slots(
    s: &Sentence<'_>,
    frame: Frame,
    t_end: usize,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    // "will host Corvia's data under a contract": the owner of what the
    // work is done on, right after the verb, is the customer.
    if frame == Frame::MakeFor {
        for (slot, g) in right.iter_mut() {
            if *slot == Slot::Object
                && let [k] = g.as_slice()
                && s.is_word(k + 1, &["'s", "'"])
            {
                *slot = Slot::Of;
            }
        }
    }
    if frame == Frame::WinContract {
        for (slot, g) in right.iter_mut().filter(|(slot, _)| *slot == Slot::To) {
            // "won a contract to maintain Corvia's fleet": the owner of what
            // the work is done on, after the infinitive's verb, is the
            // customer.
            let owner = if let [k] = g.as_slice()
                && s.is_word(k + 1, &["'s", "'"])
                && let Some(to) = (t_end..*k).rev().find(|&j| s.is_word(j, &["to"]))
            {
                to + 1 < *k && (to + 1..*k).all(|j| s.items[j].2 == Item::Word)
            } else {
                false
            };
            // "won a contract for the supply of 50 trains to Corvia",
            // "remporté un contrat pour la fourniture de rames à Corvia":
            // whom the goods a supply's noun names go to is the customer.
            let supplied = || {
                g.first().is_some_and(|&k| {
                    (t_end..k)
                        .rev()
                        .find(|&j| s.is_word(j, &["to", "à", "au", "aux"]))
                        .is_some_and(|to| {
                            (t_end..to).any(|j| {
                                s.is_word(
                                    j,
                                    &["supply", "delivery", "provision", "fourniture", "livraison"],
                                ) && s.is_word(j + 1, &["of", "de", "d'", "des", "du"])
                            })
                        })
                })
            };
            if owner || supplied() {
                *slot = Slot::Of;
            }
        }
    }
    // "secured a contract to build Corvia's new headquarters": when the
    // infinitive's verb is a deal's word of its own ("build" makes for a
    // customer) the slots stop before it; the owner after it is still the
    // customer.
    if frame == Frame::WinContract && right.iter().all(|(_, g)| g.is_empty()) {
        let n = s.items.len();
        let owner = (t_end..(t_end + 4).min(n))
            .find(|&j| s.is_word(j, &["to"]))
            .and_then(|to| {
                (to + 2..(to + 5).min(n)).find(|&k| {
                    s.org_at(k).is_some()
                        && s.is_word(k + 1, &["'s", "'"])
                        && (to + 1..k).all(|j| s.items[j].2 == Item::Word)
                })
            });
        if let Some(k) = owner {
            right.push((Slot::Of, vec![k]));
        }
    }
    // "will invest $5 billion in the AI unit of Kelmix", "investir dans la
    // filiale chimie de Kelmix": a unit invested in, named by its owner
    // after "of", is the owner's (the company the money goes into).
    if matches!(frame, Frame::InvestVerb | Frame::InvestAmountVerb)
        && !right.iter().any(|(slot, _)| *slot == Slot::In)
    {
        for (slot, g) in right.iter_mut() {
            if *slot == Slot::Of
                && let Some(&k) = g.first()
                && let Some(of) = (t_end..k)
                    .rev()
                    .find(|&j| s.is_word(j, &["of", "de", "d'", "du"]))
                && let Some(into) = (t_end..of)
                    .rev()
                    .find(|&j| s.is_word(j, &["in", "into", "dans"]))
                && (into + 1..of).all(|j| s.items[j].2 == Item::Word)
                && (into + 1..of).any(|j| s.is_in(j, &lexicon::UNIT_NOUNS))
            {
                *slot = Slot::In;
            }
        }
    }
    // "will supply the stores run by Corvia", "won a contract to maintain
    // the trains operated by Corvia": who runs or owns what the work is
    // for is the customer.
    if matches!(frame, Frame::Supply | Frame::WinContract) {
        for (slot, g) in right.iter_mut() {
            if *slot == Slot::By
                && let [k] = g.as_slice()
                && *k >= t_end + 3
                && s.is_word(k - 1, &["by", "par"])
                && s.is_in(k - 2, &OPERATING_PARTICIPLES)
                && s.items[k - 3].2 == Item::Word
            {
                *slot = if frame == Frame::Supply {
                    Slot::Object
                } else {
                    Slot::Of
                };
            }
        }
    }
}
