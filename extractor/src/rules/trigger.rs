//! Reads one trigger into a deal mention: finds its arguments left and
//! right, maps them to roles, and attaches the amount, status, date and
//! vehicle the sentence gives it.

use dealwire_core::model::{DealType, Role};

use super::Mention;
use super::amounts::to_amount;
use super::roles::{assign_roles, confidence_of, fill_missing, frame_type, valid};
use super::sentence::{Item, Sentence, Slot};
use super::slots::{left_slots, right_slots};
use crate::coref::{Context, Reference};
use crate::lexicon::WordSet;
use crate::status;
use crate::triggers::{CONTRACT_WORDS, Frame, SERVICE_WORDS};

/// What is raised when money is: see `data/words/raise_objects.txt`.
static RAISE_OBJECTS: WordSet = WordSet::new(include_str!("../../data/words/raise_objects.txt"));

/// Words before "supply" that make it a verb: "to supply", "will supply".
const SUPPLY_VERB_OPENERS: &[&str] = &[
    "to",
    "will",
    "would",
    "shall",
    "could",
    "can",
    "may",
    "might",
    "must",
    "also",
    "and",
    "which",
    "that",
    "who",
    "jointly",
    "further",
    "currently",
    "already",
];

/// Nouns that name a takeover: "the acquisition of Y by X", "a likely
/// takeover target of X".
const ACQUISITION_NOUNS: &[&str] = &["rachat", "acquisition", "takeover", "buyout", "purchase"];

/// Other nouns of a change of owner, whose "by" names the seller or the
/// buyer as a verb's would not ("la cession de Y par X").
const TRANSFER_NOUNS: &[&str] = &["sale", "cession", "vente", "reprise"];

/// Words between "raise" and the money raised.
static RAISE_OPENERS: WordSet = WordSet::new(include_str!("../../data/words/raise_openers.txt"));

#[allow(clippy::too_many_arguments)]
pub(super) fn read_trigger(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    mut frame: Frame,
    excluded: &[bool],
    earlier: &[Mention],
    ctx: &mut Context,
) -> Option<(Mention, Option<usize>)> {
    let toks = s.input.toks;
    let n = s.items.len();
    let left_bound = (0..t)
        .rev()
        .find(|&k| s.is_boundary(k))
        .map_or(0, |k| k + 1);
    let right_bound = (t_end..n).find(|&k| s.is_boundary(k)).unwrap_or(n);
    let clause = s.words(left_bound, right_bound);
    let before = s.words(left_bound.max(t.saturating_sub(10)), t);
    if status::negated(before) {
        return None;
    }
    // Frames that need a confirming word nearby.
    let right_words = s.words(t_end, right_bound.min(t_end + 8));
    match frame {
        Frame::BuyServices if !right_words.iter().any(|w| SERVICE_WORDS.contains(w)) => {
            return None;
        }
        Frame::Acquire
            if matches!(
                s.norm(t),
                "acheter"
                    | "achète"
                    | "achètera"
                    | "achèterait"
                    | "acheté"
                    | "buy"
                    | "buys"
                    | "bought"
                    | "purchase"
                    | "purchases"
                    | "purchased"
            ) && right_words.iter().any(|w| SERVICE_WORDS.contains(w)) =>
        {
            frame = Frame::BuyServices;
        }
        Frame::WinContract if !right_words.iter().any(|w| CONTRACT_WORDS.contains(w)) => {
            return None;
        }
        // "X will supply Y", "a contract to supply": the verb; "money
        // supply rose", "Total supply of orange juice" use the noun.
        Frame::Supply
            if matches!(s.norm(t), "supply" | "supplies")
                && !(t > 0
                    && (matches!(s.items[t - 1].2, Item::Ref(_))
                        || s.is_word(t - 1, SUPPLY_VERB_OPENERS))) =>
        {
            return None;
        }
        // "an eight pct interest in Y": a share of a company, not a rate.
        Frame::StakeNoun
            if s.norm(t) == "interest"
                && !(s.is_word(t_end.min(n - 1), &["in"])
                    && (t.saturating_sub(3)..t).any(|k| {
                        matches!(s.items[k].2, Item::Amount(_))
                            || s.is_word(k, &["pct", "percent", "%", "equity", "minority", "majority", "controlling"])
                    })
                    // A "working interest" is a share of an oil or gas field.
                    && !s.is_word(t.saturating_sub(1), &["working"])) =>
        {
            return None;
        }
        // "signed a contract to provide computing capacity to Y": providing
        // or delivering is a supply deal under a contract the sentence names,
        // or of services, compute or chips.
        Frame::Supply
            if matches!(
                s.norm(t),
                "provide" | "provides" | "providing" | "deliver" | "delivers"
            ) && !s.words(0, n).iter().any(|w| {
                CONTRACT_WORDS.contains(w) || matches!(*w, "agreement" | "accord" | "deal")
            }) && !right_words.iter().any(|w| SERVICE_WORDS.contains(w)) =>
        {
            return None;
        }
        // "raised $20 million", "lève 10 millions": the money is what is
        // raised; "raised tariffs", "raised its forecast" raise none.
        Frame::RaiseVerb => {
            let first = (t_end..right_bound)
                .find(|&k| !(s.items[k].2 == Item::Word && RAISE_OPENERS.contains(s.norm(k))));
            let money = first.is_some_and(|k| {
                matches!(s.items[k].2, Item::Amount(_))
                    || (s.items[k].2 == Item::Word && RAISE_OBJECTS.contains(s.norm(k)))
            });
            if !money {
                return None;
            }
        }
        Frame::LeadVerb => {
            let sentence = s.words(0, n);
            if !sentence.iter().any(|w| {
                matches!(
                    *w,
                    "round" | "tour" | "levée" | "series" | "série" | "financing" | "funding"
                )
            }) {
                return None;
            }
        }
        Frame::Offer => {
            let sentence = s.words(0, n);
            // "Cisco's offer", "Cisco's increased offer".
            let poss = (t.saturating_sub(3)..t).any(|k| s.norm(k) == "'s");
            let context = sentence.iter().any(|w| {
                matches!(
                    *w,
                    "rachat"
                        | "racheter"
                        | "acquérir"
                        | "acquire"
                        | "acquisition"
                        | "takeover"
                        | "opa"
                        | "achat"
                        | "share"
                        | "action"
                        | "rachète"
                )
            });
            // "a $3 billion bid", "its bid for Acme": a priced bid, or one
            // for a named organisation, is a takeover bid.
            let priced = (t.saturating_sub(2)..t).any(|k| {
                matches!(s.items[k].2, Item::Amount(a) if s.input.amounts[a].currency.is_some())
            });
            let for_org = t_end + 1 < n
                && s.is_word(t_end, &["for", "pour"])
                && matches!(s.items[t_end + 1].2, Item::Ref(_));
            if !poss && !context && !priced && !for_org {
                return None;
            }
        }
        _ => {}
    }
    // Amount: nearest after the trigger in the clause, else nearest before.
    let amount_items: Vec<(usize, usize)> = (left_bound..right_bound)
        .filter_map(|k| match s.items[k].2 {
            Item::Amount(a) if !excluded[a] => Some((k, a)),
            _ => None,
        })
        .collect();
    let amount_pick = amount_items
        .iter()
        .find(|(k, _)| *k >= t_end)
        .or_else(|| amount_items.iter().rev().find(|(k, _)| *k < t))
        .map(|&(_, a)| a);
    if frame == Frame::InvestAmountVerb {
        let close = amount_items
            .iter()
            .any(|(k, _)| *k >= t_end && *k <= t_end + 3);
        if !close {
            return None;
        }
    }
    let passive = t >= 1
        && (t.saturating_sub(2)..t)
            .any(|k| s.is_word(k, &["été", "was", "were", "been", "being", "is", "are"]))
        && (s.norm(t).ends_with('é')
            || s.norm(t).ends_with("ée")
            || s.norm(t).ends_with("ed")
            || s.norm(t).ends_with("is")
            || s.norm(t).ends_with("ise")
            || matches!(s.norm(t), "sold" | "bought" | "vendu" | "vendue" | "vendus"));
    let joint = (t_end..(t_end + 2).min(n))
        .any(|k| s.is_word(k, &["conjoint", "joint", "commun", "commune"]));
    let (subj, poss) = left_slots(s, t, left_bound);
    let mut right = right_slots(s, t_end, right_bound);
    // "X a signé avec Y un contrat de fourniture": who X signs with, named
    // before a contract's phrase, is its counterpart.
    if t_end - t > 1
        && let Some(&first) = subj.first()
    {
        let with: Vec<usize> = (first + 1..t)
            .filter(|&k| {
                matches!(s.items[k].2, Item::Ref(_))
                    && (k.saturating_sub(4).max(first + 1)..k)
                        .any(|j| s.is_word(j, &["avec", "with"]))
            })
            .collect();
        if !with.is_empty() && !right.iter().any(|(slot, _)| *slot == Slot::With) {
            right.push((Slot::With, with));
        }
    }
    let vehicle = vehicle_near(s, s.items[t].0);
    let acquisition_noun = ACQUISITION_NOUNS.contains(&s.norm(t));
    let noun = acquisition_noun || TRANSFER_NOUNS.contains(&s.norm(t));
    let mut groups = assign_roles(frame, noun, passive, joint, subj, poss, &right);
    // "Y is a likely takeover target of X": the target is the subject.
    if frame == Frame::Acquire
        && acquisition_noun
        && s.is_word(t_end.min(n - 1), &["target", "cible"])
    {
        for (_, role) in &mut groups {
            *role = match *role {
                Role::Acquirer => Role::Target,
                Role::Target => Role::Acquirer,
                r => r,
            };
        }
    }
    // Resolve references to names.
    // A description never stands for an organisation its own sentence
    // names outright ("le groupe de BTP ... pour acquérir SFR ... à Vivendi").
    let named: Vec<String> = (0..n)
        .filter_map(|k| match &s.items[k].2 {
            Item::Ref(Reference::Org(o)) => Some(o.clone()),
            _ => None,
        })
        .collect();
    let mut parties: Vec<(String, Role)> = Vec::new();
    let mut learned = Vec::new();
    for (items, role) in &groups {
        for &k in items {
            let Item::Ref(r) = &s.items[k].2 else {
                continue;
            };
            let nearest = nearest_org_before(s, k);
            let descriptive = matches!(
                r,
                Reference::Description(_) | Reference::OpeningDescription(_)
            );
            let exclude: Vec<String> = parties
                .iter()
                .map(|p| p.0.clone())
                .chain(named.iter().filter(|_| descriptive).cloned())
                .collect();
            let resolved = ctx.resolve(r, nearest.as_deref(), &exclude);
            if let (Reference::Description(words) | Reference::OpeningDescription(words), [name]) =
                (r, resolved.as_slice())
            {
                // "le géant du BTP" read once as Bouygues is Bouygues when
                // "le groupe de BTP" comes back.
                learned.push((words.clone(), name.clone()));
            }
            for name in resolved {
                if !parties.iter().any(|p| p.0 == name) {
                    parties.push((name, *role));
                }
            }
        }
    }
    // The venture is not one of its partners.
    if let Some(v) = &vehicle {
        parties.retain(|p| &p.0 != v);
    }
    let mut deal_type = frame_type(frame, joint);
    if vehicle.is_some()
        && matches!(
            frame,
            Frame::Partner | Frame::Agreement | Frame::JointVenture
        )
    {
        deal_type = DealType::JointVenture;
    }
    // A sale names its own target; another organisation of the sentence is
    // no stand-in for it.
    if frame != Frame::Sell {
        fill_missing(s, t, deal_type, &mut parties, earlier);
    }
    let raise = matches!(frame, Frame::RaiseVerb | Frame::RaiseNoun);
    let needs_amount = raise
        && amount_pick.is_none()
        && !parties.iter().any(|p| p.1 == Role::Investor)
        && parties.iter().filter(|p| p.1 == Role::Target).count() == 1;
    if !needs_amount && !valid(deal_type, &parties, amount_pick.is_some(), frame) {
        return None;
    }
    for (words, name) in learned {
        ctx.learn_description(&words, &name);
    }
    let amount = amount_pick.and_then(|a| to_amount(&s.input.amounts[a], s.input.default_currency));
    let vague_amount = amount_pick.is_some_and(|a| s.input.amounts[a].value.is_none());
    let sentence_words = s.words(0, n);
    // The trigger word itself is an offer word, so an accepted offer
    // ("agreed to Cisco's offer") is not one any more.
    let offer = deal_type == DealType::Acquisition && status::is_offer(clause);
    let comma = |k: usize| s.items[k].2 == Item::Punct && s.norm(k) == ",";
    let local_start = (left_bound..t)
        .rev()
        .find(|&k| comma(k))
        .map_or(left_bound, |k| k + 1);
    let local_end = (t_end..right_bound)
        .find(|&k| comma(k))
        .unwrap_or(right_bound);
    let local = s.words(local_start, local_end);
    let scope = status::Scope {
        local,
        clause,
        sentence: sentence_words,
    };
    let status = status::status_of(scope, deal_type, offer);
    let date = status::year_in(clause).or_else(|| status::year_in(sentence_words));
    let generic = frame == Frame::Agreement && deal_type == DealType::Partnership;
    let confidence = confidence_of(frame, &parties, amount.is_some(), generic);
    let cancelled = status::cancelled(clause);
    let _ = toks;
    Some((
        Mention {
            sentence: s.input.index,
            deal_type,
            parties,
            amount,
            vague_amount,
            status,
            date,
            vehicle: if deal_type == DealType::JointVenture {
                vehicle
            } else {
                None
            },
            confidence,
            generic,
            cancelled,
            needs_amount,
        },
        amount_pick,
    ))
}

pub(super) fn nearest_org_before(s: &Sentence<'_>, k: usize) -> Option<String> {
    (0..k).rev().find_map(|j| match &s.items[j].2 {
        Item::Ref(Reference::Org(o)) => Some(o.clone()),
        _ => None,
    })
}

/// A capitalised project name near the trigger: «Stargate», "projet Stargate".
pub(super) fn vehicle_near(s: &Sentence<'_>, trigger_tok: usize) -> Option<String> {
    const REACH: usize = 10;
    let toks = s.input.toks;
    (trigger_tok.saturating_sub(REACH)..(trigger_tok + REACH).min(toks.len())).find_map(|k| {
        let prev = k.checked_sub(1).map(|p| toks[p].norm.as_str());
        let quoted = matches!(prev, Some("«" | "\"" | "“"))
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.norm.as_str(), "»" | "\"" | "”"));
        let project = matches!(
            prev,
            Some(
                "projet"
                    | "project"
                    | "venture"
                    | "baptisée"
                    | "named"
                    | "called"
                    | "appelée"
                    | "nommée"
            )
        );
        // "formed a joint venture, VK Mobility": the name in apposition
        // after the venture is the venture's.
        let apposed = prev == Some(",")
            && k >= 2
            && matches!(
                toks[k - 2].norm.as_str(),
                "venture" | "coentreprise" | "joint-venture"
            );
        let org = s.input.orgs.iter().find(|(f, _, _)| *f == k);
        if !toks[k].is_capitalized() {
            return None;
        }
        match org {
            // A name the finder took for an organisation is the vehicle only
            // where the sentence says so.
            Some((_, _, name)) if project || apposed => Some(name.clone()),
            None if quoted || project => Some(toks[k].text(s.input.text).to_string()),
            _ => None,
        }
    })
}
