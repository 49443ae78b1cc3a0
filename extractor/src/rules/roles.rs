//! From a trigger's frame and argument slots to a deal type and roles, by
//! the role maps (`crate::role_map`, data in `data/predicates/roles.txt`),
//! and whether the mention that results is a deal worth reporting.

use dealwire_core::model::{Amount, DealType, Role};

use super::Mention;
use super::sentence::{Item, Sentence, Slot};
use crate::coref::Reference;
use crate::role_map::{Argument, Construction, Cues, Form, Give, RoleMap};
use crate::triggers::Frame;

/// The deal type a frame gives: from the role map; "joint" makes an
/// investment a joint venture.
pub(super) fn frame_type(map: &RoleMap, frame: Frame, joint: bool) -> DealType {
    match map.deal_type(frame) {
        Some(DealType::Investment) if joint => DealType::JointVenture,
        Some(t) => t,
        None => DealType::Partnership,
    }
}

/// What the sentence holds around one trigger.
pub(super) struct Arguments<'a> {
    /// The subject and those coordinated to it.
    pub subj: Vec<usize>,
    /// Possessives on the trigger.
    pub poss: Vec<usize>,
    /// The groups right of it with the preposition that introduces each.
    pub right: &'a [(Slot, Vec<usize>)],
}

impl Arguments<'_> {
    fn items(&self, arg: Argument) -> Vec<usize> {
        match arg {
            Argument::Subject => self.subj.clone(),
            Argument::Possessor => self.poss.clone(),
            slot => self
                .right
                .iter()
                .filter(|(s, _)| *s == slot)
                .flat_map(|(_, g)| g.iter().copied())
                .collect(),
        }
    }
}

/// Maps the arguments to roles by the first rule of the role map that
/// applies: the items of each role, in the order the rule lists them.
pub(super) fn assign_roles(
    s: &Sentence<'_>,
    map: &RoleMap,
    frame: Frame,
    form: Form,
    cues: Cues,
    args: &Arguments<'_>,
) -> Vec<(Vec<usize>, Role)> {
    let count = |a: Argument| args.items(a).len();
    // "several" counts named organisations: "the merger of the company with
    // an affiliate of Y" names one side only.
    let named = |a: Argument| {
        args.items(a)
            .into_iter()
            .filter(|&k| s.org_at(k).is_some())
            .count()
    };
    let construction = Construction {
        frame,
        form,
        cues,
        count: &count,
        named: &named,
    };
    let mut out = Vec::new();
    let mut merging = Vec::new();
    for (arg, give) in map.gives(&construction) {
        let items = args.items(*arg);
        if items.is_empty() {
            continue;
        }
        match give {
            Give::Role(role) => out.push((items, *role)),
            Give::Merging => merging.extend(items),
        }
    }
    // Whoever is named first takes over the others.
    merging.sort_unstable();
    merging.dedup();
    // ... unless the other is named as a unit's parent ("Kestane will merge
    // with a unit of Orbelle", "avec une filiale d'Orbelle", "with
    // Orbelle's chemicals unit"): the unit takes the company in.
    let unit_parent = |k: usize| {
        (k >= 2
            && s.is_word(k - 1, &["of", "de", "d'"])
            && s.is_in(k - 2, &crate::lexicon::UNIT_NOUNS))
            || (s.is_word(k + 1, &["'s"])
                && (k + 2..k + 4).any(|j| s.is_in(j, &crate::lexicon::UNIT_NOUNS)))
    };
    if let [a, b] = merging[..]
        && unit_parent(b)
        && !unit_parent(a)
    {
        merging = vec![b, a];
    }
    if let Some((first, rest)) = merging.split_first() {
        out.push((vec![*first], Role::Acquirer));
        if !rest.is_empty() {
            out.push((rest.to_vec(), Role::Target));
        }
    }
    out
}

/// Prepositions of a relative clause whose antecedent is an agreement, not
/// a company: "a licensing deal with Y, under which X will pay $50
/// million" tells what the agreement holds, and Y is no target of X's.
const TERMS_PREPOSITIONS: &[&str] = &["under", "through", "whereby", "via"];

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
    // is a possessive ("Acme's unit said it bought...") or a holder of its
    // own ("Halvern will hold 40% of the venture, while Orvane will own
    // 30%": a fellow holder, not what is held).
    // ("auprès de ses actionnaires, dont Tessera, qui détenait 40 % du
    // capital": a relative on a party tells that party's own holding, in a
    // company the sentence leaves unnamed.)
    // (The antecedent stands in a complement, among whom one buys from;
    // "Kelmix a annoncé que Nvidia, qui investit 100 milliards, devient
    // actionnaire" invests in Kelmix.)
    let relative_on_party = (0..t).any(|j| {
        s.is_word(j, &["qui", "which", "who"])
            && antecedent_is_party(s, j, parties)
            && (j.saturating_sub(8)..j).any(|q| {
                s.is_word(
                    q,
                    &["auprès", "from", "dont", "including", "among", "parmi"],
                )
            })
    });
    // ("Orvane et Tessel ont dévoilé Helion, qui investira 100 milliards":
    // a relative whose antecedent acts, after a verb of founding whose
    // subject is the first organisation, tells the antecedent's own deal;
    // "Kelmix a annoncé que Nvidia, qui investit 100 milliards, ..." keeps
    // its teller.)
    let party_acts_after_other_deal = |k: usize| {
        (k + 1..t).any(|j| {
            s.is_word(j, &["qui", "which", "who"])
                && antecedent_is_party(s, j, parties)
                && (k + 1..j).any(|f| {
                    matches!(s.frame_at(f), Some(Frame::Found | Frame::JointVenture))
                        && !s.is_in(f, &crate::lexicon::REPORTING_VERBS)
                })
        })
    };
    let first_org = first_org
        .filter(|_| !relative_on_party)
        .filter(|&(k, _)| !party_acts_after_other_deal(k))
        .filter(|&(k, _)| {
            (noun
                && k == 0
                // ("Kelmix's shares rose after Y disclosed a stake": the
                // company whose shares open the sentence is the topic.)
                && !(t > 1 && s.norm(1) == "'s" && !s.is_word(2, &["shares", "stock"]))
                // ("A and B lent $2 billion to Kelmix for the acquisition":
                // a deal's noun the sentence funds is one told before, not
                // a deal with its opening name.)
                && !(t >= 2
                    && s.is_word(t - 1, &["the", "this", "l'", "la", "le", "cette"])
                    && s.is_word(t - 2, &["for", "pour", "fund", "finance", "financer"]))
                && !(k + 1..t).any(|j| s.frame_at(j) == Some(Frame::StakeNoun)))
                || (k + 1..t).any(|j| {
                    (s.is_word(j, &["qui", "which", "who", "dont", "que", "whose"])
                        // ("A apportera ses réseaux, tandis que B versera
                        // 400 millions": a conjunction's "que".)
                        && !((j > 0 && s.is_word(j - 1, TERMS_PREPOSITIONS))
                            || s.conjunctive_que(j))
                        // ("actionnaires, dont la société Tessera": "dont"
                        // lists members there, it opens no relative.)
                        && !(s.is_word(j, &["dont"])
                            && (j + 1..t.min(j + 4)).any(|q| s.org_at(q).is_some())))
                        || (s.items[j].2 == Item::Punct && s.norm(j) == "(")
                })
        })
        .map(|(_, o)| o);
    // "sold Orbelle to Halvern, which already held a 20% stake": a stake
    // told in a relative on a party of the sentence's sale is in what was
    // sold.
    let sold = (deal_type == DealType::Investment
        && (0..t).any(|j| s.is_word(j, &["qui", "which"]) && antecedent_is_party(s, j, parties)))
    .then(|| {
        earlier
            .iter()
            .rev()
            .filter(|m| m.sentence == s.input.index && m.deal_type == DealType::Acquisition)
            .find_map(|m| m.parties.iter().find(|p| p.1 == Role::Target))
            .map(|p| p.0.clone())
    })
    .flatten();
    // "dans la coentreprise, baptisée Helios, dont Orbelle détiendra 51 %",
    // "EuroCompute, whose majority Orbelle will hold": what "dont" or
    // "whose" opens is about the name right before it.
    let antecedent = (0..t)
        .rev()
        .find(|&j| s.is_word(j, &["dont", "whose"]))
        .filter(|&j| {
            !(j + 1..t.min(j + 4)).any(|q| s.org_at(q).is_some() && s.is_word(q + 1, &[","]))
        })
        .and_then(|j| {
            let before = if j >= 2 && s.norm(j - 1) == "," {
                j - 2
            } else {
                j.checked_sub(1)?
            };
            s.org_at(before).map(str::to_string)
        });
    if let Some(name) = from_previous.or(sold).or(antecedent).or(first_org)
        && !parties.iter().any(|p| p.0 == name)
    {
        parties.push((name, want));
    }
}

/// Whether the name right before the relative pronoun at `j` (past its
/// comma) is already one of the `parties`.
fn antecedent_is_party(s: &Sentence<'_>, j: usize, parties: &[(String, Role)]) -> bool {
    let before = if j >= 2 && s.norm(j - 1) == "," {
        j - 2
    } else {
        j.saturating_sub(1)
    };
    j >= 1
        && s.org_at(before)
            .is_some_and(|o| parties.iter().any(|p| p.0 == o))
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
        // "Brisk a rejoint l'alliance": one new partner of a venture, whose
        // other partners the merge adds (a venture told with no others is
        // dropped there).
        DealType::JointVenture | DealType::Partnership => {
            count(Role::Partner) >= 2 || (frame == Frame::JoinVenture && count(Role::Partner) == 1)
        }
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
        Frame::Offer
        | Frame::Supply
        | Frame::MakeFor
        | Frame::Select
        | Frame::WinContract
        | Frame::InvestorNoun => 0.6,
        Frame::Partner | Frame::InvestNoun | Frame::StakeNoun | Frame::LeadVerb => 0.7,
        _ => 0.8,
    };
    let extra = if has_amount { 0.1 } else { 0.0 } + if parties.len() >= 2 { 0.05 } else { 0.0 };
    let penalty = if generic { 0.1 } else { 0.0 };
    (base + extra - penalty as f32).clamp(0.05, 0.99)
}

/// "X buys A and B", "X investit dans A et B": one deal per target, each
/// with every buyer or investor. A single amount is the total of them all,
/// so none of the split deals keeps it; when each target has its own
/// (`own_sum`: "$10 million in A and $5 million in B"), each deal takes its
/// own.
pub(super) fn split_targets(m: Mention, own_sum: impl Fn(&str) -> Option<Amount>) -> Vec<Mention> {
    if !matches!(m.deal_type, DealType::Acquisition | DealType::Investment) {
        return vec![m];
    }
    let mut split = one_deal_each(&m, Role::Target);
    if split.len() < 2 {
        return vec![m];
    }
    let sums: Vec<Option<Amount>> = split
        .iter()
        .map(|one| {
            one.parties
                .iter()
                .find(|p| p.1 == Role::Target)
                .and_then(|p| own_sum(&p.0))
        })
        .collect();
    let each_own = sums.iter().all(Option::is_some);
    for (one, sum) in split.iter_mut().zip(sums) {
        one.amount = if each_own { sum } else { None };
        one.vague_amount = false;
    }
    split
}

/// "A and B bought Y and Z respectively", "A et B ont racheté
/// respectivement Y et Z": as many buyers as targets, paired in the order
/// told, one deal each (a sum told for them all is no one's).
///
/// (`from`: the trigger's first item; "respectively" is looked for after
/// it, only when the counts match.)
pub(super) fn split_respectively(s: &Sentence<'_>, m: Mention, from: usize) -> Vec<Mention> {
    let buyer = match m.deal_type {
        DealType::Acquisition => Role::Acquirer,
        DealType::Investment => Role::Investor,
        _ => return vec![m],
    };
    // In the order the sentence names them (a subject is read leftwards).
    let at = |name: &str| (0..s.items.len()).find(|&k| s.org_at(k) == Some(name));
    let named = |role: Role| -> Vec<String> {
        let mut names: Vec<&String> = m
            .parties
            .iter()
            .filter(|p| p.1 == role)
            .map(|p| &p.0)
            .collect();
        names.sort_by_key(|name| at(name));
        names.into_iter().cloned().collect()
    };
    let count = |role: Role| m.parties.iter().filter(|p| p.1 == role).count();
    let several = count(buyer);
    if several < 2
        || several != count(Role::Target)
        || !s
            .words(from, s.items.len())
            .iter()
            .any(|w| matches!(*w, "respectively" | "respectivement"))
    {
        return vec![m];
    }
    let (buyers, targets) = (named(buyer), named(Role::Target));
    buyers
        .iter()
        .zip(&targets)
        .map(|(b, t)| {
            let mut one = m.clone();
            one.parties
                .retain(|p| (p.1 != buyer || p.0 == *b) && (p.1 != Role::Target || p.0 == *t));
            one.amount = None;
            one.vague_amount = false;
            one
        })
        .collect()
}

/// "A and B are both bidding for Z", "rival bids from A and B": bidders in
/// competition make one deal each; a consortium ("A and B agreed to buy Z")
/// stays one deal.
pub(super) fn split_rivals(m: Mention, rivals: bool) -> Vec<Mention> {
    if !rivals || m.deal_type != DealType::Acquisition {
        return vec![m];
    }
    let split = one_deal_each(&m, Role::Acquirer);
    if split.len() < 2 { vec![m] } else { split }
}

/// "X signed agreements with A and B": agreements in the plural between the
/// first partner named (the subject) and several others are one deal with
/// each of them.
///
/// One sum told for them all ("contracts with A, B and C worth a combined
/// $50 billion") is no single deal's, and is left off each, unless `each`
/// says it is every one's ("worth $1 billion each").
pub(super) fn split_counterparts(m: Mention, plural: bool, each: bool) -> Vec<Mention> {
    if !plural
        || !matches!(
            m.deal_type,
            DealType::Partnership | DealType::Commercial | DealType::JointVenture
        )
        || m.parties.len() < 3
    {
        return vec![m];
    }
    let first = m.parties[0].clone();
    let others: Vec<(String, Role)> = m.parties[1..]
        .iter()
        // A partner with each other partner; a customer with each provider.
        .filter(|p| {
            if first.1 == Role::Partner {
                p.1 == Role::Partner
            } else {
                p.1 != Role::Partner && p.1 != first.1
            }
        })
        .cloned()
        .collect();
    if others.len() < 2 {
        return vec![m];
    }
    others
        .into_iter()
        .map(|other| {
            let mut one = m.clone();
            one.parties = vec![first.clone(), other];
            if !each {
                one.amount = None;
            }
            one
        })
        .collect()
}

/// A copy of `m` for each party in `role`, keeping that party alone in it.
fn one_deal_each(m: &Mention, role: Role) -> Vec<Mention> {
    m.parties
        .iter()
        .filter(|p| p.1 == role)
        .map(|kept| {
            let mut one = m.clone();
            one.parties.retain(|p| p.1 != role || p.0 == kept.0);
            one
        })
        .collect()
}
