//! From a trigger's frame and argument slots to a deal type and roles, and
//! whether the mention that results is a deal worth reporting.

use dealwire_core::model::{DealType, Role};

use super::Mention;
use super::sentence::{Item, Sentence, Slot};
use crate::coref::Reference;
use crate::triggers::Frame;

pub(super) fn frame_type(frame: Frame, joint: bool) -> DealType {
    match frame {
        Frame::InvestVerb
        | Frame::InvestAmountVerb
        | Frame::InvestNoun
        | Frame::InvestorNoun
        | Frame::StakeNoun
        | Frame::RaiseVerb
        | Frame::RaiseNoun
        | Frame::LeadVerb => {
            if joint {
                DealType::JointVenture
            } else {
                DealType::Investment
            }
        }
        Frame::Acquire | Frame::Sell | Frame::Offer | Frame::Merge => DealType::Acquisition,
        Frame::JointVenture => DealType::JointVenture,
        Frame::Partner | Frame::Agreement => DealType::Partnership,
        Frame::BuyServices | Frame::WinContract | Frame::Supply => DealType::Commercial,
    }
}

/// Maps slots to roles for a frame.
pub(super) fn assign_roles(
    frame: Frame,
    noun: bool,
    passive: bool,
    joint: bool,
    subj: Vec<usize>,
    poss: Vec<usize>,
    right: &[(Slot, Vec<usize>)],
) -> Vec<(Vec<usize>, Role)> {
    use Slot::*;
    let mut out = Vec::new();
    let mut put = |items: &[usize], role: Role| {
        if !items.is_empty() {
            out.push((items.to_vec(), role));
        }
    };
    let right_with = |slots: &[Slot]| -> Vec<usize> {
        right
            .iter()
            .filter(|(s, _)| slots.contains(s))
            .flat_map(|(_, g)| g.clone())
            .collect()
    };
    if joint {
        put(&subj, Role::Partner);
        put(&poss, Role::Partner);
        put(&right_with(&[For, With, Between]), Role::Partner);
        return out;
    }
    match frame {
        Frame::InvestVerb | Frame::InvestAmountVerb => {
            if passive {
                put(&subj, Role::Target);
                put(&right_with(&[By]), Role::Investor);
            } else {
                put(&subj, Role::Investor);
                put(&right_with(&[In, For, Obj, To]), Role::Target);
                put(&right_with(&[By]), Role::Investor);
            }
        }
        Frame::InvestNoun | Frame::StakeNoun => {
            put(&subj, Role::Investor);
            put(&poss, Role::Investor);
            put(&right_with(&[By]), Role::Investor);
            let targets = right_with(&[In, For, To]);
            if targets.is_empty() {
                put(
                    &right_with(&[Of]),
                    if frame == Frame::StakeNoun {
                        Role::Target
                    } else {
                        Role::Investor
                    },
                );
            } else {
                put(&right_with(&[Of]), Role::Investor);
                put(&targets, Role::Target);
            }
        }
        Frame::InvestorNoun => {
            let targets = right_with(&[Of, In]);
            if !targets.is_empty() {
                put(&subj, Role::Investor);
                put(&targets, Role::Target);
            }
        }
        // "a round in Y": Y raises, and whoever joined the round invests.
        Frame::RaiseNoun if !right_with(&[In]).is_empty() => {
            put(&subj, Role::Investor);
            put(&poss, Role::Investor);
            put(&right_with(&[In]), Role::Target);
            put(&right_with(&[By, With]), Role::Investor);
        }
        Frame::RaiseVerb | Frame::RaiseNoun => {
            put(&subj, Role::Target);
            put(&poss, Role::Target);
            put(&right_with(&[By, With]), Role::Investor);
        }
        Frame::LeadVerb => {
            if passive || subj.is_empty() {
                put(&subj, Role::Target);
                put(&right_with(&[By]), Role::Investor);
            } else {
                put(&subj, Role::Investor);
                put(&poss, Role::Target);
                put(&right_with(&[Of, In, Obj]), Role::Target);
                put(&right_with(&[By]), Role::Investor);
            }
        }
        Frame::Acquire => {
            if passive {
                put(&subj, Role::Target);
                put(&right_with(&[By]), Role::Acquirer);
            } else {
                // "the acquisition of X by Y"; after an active verb, "by"
                // belongs to another noun ("racheter SFR depuis l'annonce de
                // sa vente par Vivendi" names the seller). A noun with its
                // own agent leaves the clause's subject out: "shareholders
                // approved the acquisition of X by Y".
                let agent = if noun { right_with(&[By]) } else { Vec::new() };
                if agent.is_empty() {
                    put(&subj, Role::Acquirer);
                    put(&poss, Role::Acquirer);
                }
                put(&agent, Role::Acquirer);
                put(&right_with(&[Obj, Of, On]), Role::Target);
            }
        }
        Frame::Sell => {
            if passive {
                // "Y was sold to Z by X".
                put(&subj, Role::Target);
                put(&right_with(&[By]), Role::Seller);
            } else {
                // "X sold Y to Z", "X's sale of Y to Z", "la cession de Y
                // par X à Z", "X sold its stake in Y to Z".
                put(&subj, Role::Seller);
                put(&poss, Role::Seller);
                if noun {
                    put(&right_with(&[By]), Role::Seller);
                }
                put(&right_with(&[Obj, Of, In]), Role::Target);
            }
            put(&right_with(&[To]), Role::Acquirer);
        }
        Frame::Merge => {
            // Whoever is named first takes over the others.
            let mut all: Vec<usize> = subj.iter().chain(&poss).copied().collect();
            all.sort_unstable();
            // "A merged into B", "a merger into B": B takes A over.
            let into = right_with(&[In]);
            if !into.is_empty() {
                put(&into, Role::Acquirer);
                all.extend(right_with(&[With, Between, Of, To]));
                put(&all, Role::Target);
                return out;
            }
            all.extend(right_with(&[With, Between, Of, To]));
            if let Some((first, rest)) = all.split_first() {
                put(&[*first], Role::Acquirer);
                put(rest, Role::Target);
            }
        }
        Frame::Offer => {
            let by = right_with(&[By]);
            if poss.is_empty() && by.is_empty() {
                put(&subj, Role::Acquirer);
            } else {
                put(&subj, Role::Target);
                put(&poss, Role::Acquirer);
                put(&by, Role::Acquirer);
            }
            put(&right_with(&[Of, For, On]), Role::Target);
        }
        Frame::JointVenture | Frame::Partner | Frame::Agreement => {
            put(&subj, Role::Partner);
            put(&poss, Role::Partner);
            put(&right_with(&[With, Between, To, Obj, Of]), Role::Partner);
        }
        Frame::BuyServices => {
            put(&subj, Role::Customer);
            put(&right_with(&[Of, By, To, Obj, With]), Role::Provider);
        }
        Frame::WinContract => {
            put(&subj, Role::Provider);
            put(&right_with(&[Of, By, With, Obj]), Role::Customer);
        }
        Frame::Supply => {
            put(&subj, Role::Provider);
            put(&right_with(&[To, Obj, Of, With]), Role::Customer);
        }
    }
    out
}

/// Fills a missing counterpart from the sentence: "Nvidia, qui investit 100
/// milliards" invests in the sentence's main organisation; "(Amazon avait
/// avancé 4 milliards)" in the target of the deal just before.
pub(super) fn fill_missing(
    s: &Sentence<'_>,
    t: usize,
    deal_type: DealType,
    parties: &mut Vec<(String, Role)>,
    earlier: &[Mention],
    noun: bool,
) {
    let (have, want) = match deal_type {
        DealType::Investment => (Role::Investor, Role::Target),
        DealType::Acquisition => (Role::Acquirer, Role::Target),
        _ => return,
    };
    if !parties.iter().any(|p| p.1 == have) || parties.iter().any(|p| p.1 == want) {
        return;
    }
    let previous = earlier
        .iter()
        .rev()
        .find(|m| m.sentence == s.input.index && m.deal_type == deal_type);
    let from_previous = previous
        .and_then(|m| m.parties.iter().find(|p| p.1 == want))
        .map(|p| p.0.clone());
    // The sentence's first organisation stands in only for the antecedent
    // of a relative clause or an aside that holds the trigger ("Acme, in
    // which Nvidia invests"); elsewhere it is whoever the sentence began
    // with (a regulator, a rival), not the deal's counterpart.
    let first_org = (0..t).find_map(|k| match &s.items[k].2 {
        Item::Ref(Reference::Org(o)) if !parties.iter().any(|p| &p.0 == o) => Some((k, o.clone())),
        _ => None,
    });
    // The organisation a sentence opens with is its topic ("Acme said its
    // largest shareholder raised its stake to 15 pct"), unless the opening
    // is a possessive ("Acme's unit said it bought...").
    let first_org = first_org
        .filter(|&(k, _)| {
            (noun && k == 0 && !(t > 1 && s.norm(1) == "'s"))
                || (k + 1..t).any(|j| {
                    s.is_word(j, &["qui", "which", "who", "dont", "que", "whose"])
                        || (s.items[j].2 == Item::Punct && s.norm(j) == "(")
                })
        })
        .map(|(_, o)| o);
    if let Some(name) = from_previous.or(first_org)
        && !parties.iter().any(|p| p.0 == name)
    {
        parties.push((name, want));
    }
}

pub(super) fn valid(
    deal_type: DealType,
    parties: &[(String, Role)],
    has_amount: bool,
    frame: Frame,
) -> bool {
    let count = |r: Role| parties.iter().filter(|p| p.1 == r).count();
    match deal_type {
        DealType::Investment => {
            count(Role::Target) == 1
                && (count(Role::Investor) >= 1
                    || (has_amount && matches!(frame, Frame::RaiseVerb | Frame::RaiseNoun)))
        }
        // Several targets are several deals (see `split_targets`).
        DealType::Acquisition => count(Role::Acquirer) >= 1 && count(Role::Target) >= 1,
        DealType::JointVenture | DealType::Partnership => count(Role::Partner) >= 2,
        DealType::Commercial => count(Role::Customer) >= 1 && count(Role::Provider) >= 1,
    }
}

pub(super) fn confidence_of(
    frame: Frame,
    parties: &[(String, Role)],
    has_amount: bool,
    generic: bool,
) -> f32 {
    let base = match frame {
        Frame::Agreement => 0.45,
        Frame::Offer | Frame::Supply | Frame::WinContract | Frame::InvestorNoun => 0.6,
        Frame::Partner | Frame::InvestNoun | Frame::StakeNoun | Frame::LeadVerb => 0.7,
        _ => 0.8,
    };
    let extra = if has_amount { 0.1 } else { 0.0 } + if parties.len() >= 2 { 0.05 } else { 0.0 };
    let penalty = if generic { 0.1 } else { 0.0 };
    (base + extra - penalty as f32).clamp(0.05, 0.99)
}

/// "X buys A and B", "X investit dans A et B": one deal per target, each
/// with every buyer or investor. A single amount is the total of them all,
/// so none of the split deals keeps it.
pub(super) fn split_targets(m: Mention) -> Vec<Mention> {
    let targets: Vec<String> = m
        .parties
        .iter()
        .filter(|p| p.1 == Role::Target)
        .map(|p| p.0.clone())
        .collect();
    if targets.len() < 2 || !matches!(m.deal_type, DealType::Acquisition | DealType::Investment) {
        return vec![m];
    }
    targets
        .into_iter()
        .map(|target| {
            let mut one = m.clone();
            one.parties.retain(|p| p.1 != Role::Target || p.0 == target);
            one.amount = None;
            one.vague_amount = false;
            one
        })
        .collect()
}
