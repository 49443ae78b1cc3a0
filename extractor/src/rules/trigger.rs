//! Reads one trigger into a deal mention: finds its arguments left and
//! right, maps them to roles, and attaches the amount, status, date and
//! vehicle the sentence gives it.

use dealwire_core::model::{DealType, Role};

use super::Mention;
use super::amounts::{Use, to_amount};
use super::roles::{Arguments, assign_roles, confidence_of, fill_missing, frame_type, valid};
use super::sentence::{Item, Sentence, Slot};
use super::slots::{left_slots, right_slots};
use crate::coref::{Context, Reference};
use crate::lexicon::WordSet;
use crate::role_map::Form;
use crate::status;
use crate::triggers::{CONTRACT_WORDS, DEAL_NOUNS, Frame, SERVICE_WORDS};

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

/// Auxiliaries before a participle that make it passive: "was acquired
/// by", "to be acquired by", "sera rachetée par".
const PASSIVE_AUXILIARIES: &[&str] = &[
    "été", "was", "were", "been", "being", "is", "are", "be", "get", "gets", "got", "est", "sont",
    "sera", "seront", "serait", "seraient", "soit", "être",
];

/// Trigger words used as modifiers or in another sense: see
/// `data/words/modifier_heads.txt`.
static MODIFIER_HEADS: WordSet = WordSet::new(include_str!("../../data/words/modifier_heads.txt"));

/// Whether the trigger ending at item `last` is a modifier or another sense
/// by the words next to it ("investment banking", "limited partnership",
/// "round of talks").
fn modifier_use(s: &Sentence<'_>, last: usize) -> bool {
    let word = |k: usize| (k < s.items.len() && s.items[k].2 == Item::Word).then(|| s.norm(k));
    let trigger = s.norm(last);
    let after = |n: usize| {
        let words: Option<Vec<&str>> = (last + 1..=last + n).map(word).collect();
        words.is_some_and(|w| MODIFIER_HEADS.contains(&format!("{trigger} {}", w.join(" "))))
    };
    let before = |n: usize| {
        last >= n && {
            let words: Option<Vec<&str>> = (last - n..last).map(word).collect();
            words.is_some_and(|w| MODIFIER_HEADS.contains(&format!("-{} {trigger}", w.join(" "))))
        }
    };
    after(1) || after(2) || after(3) || before(1) || before(2)
}

/// Verbs of selling before a stake noun: the stake is sold, not taken.
const SELLING: &[&str] = &[
    "sold",
    "sell",
    "sells",
    "selling",
    "divest",
    "divested",
    "divests",
    "cédé",
    "céder",
    "cède",
    "cèdent",
    "cédera",
    "vendu",
    "vendre",
    "vend",
    "vendra",
    "dispose",
    "disposed",
    "unload",
    "unloaded",
    "offload",
    "offloaded",
];

/// Nouns of a share held in a company, whose own trigger reads a purchase
/// of one.
const STAKE_WORDS: &[&str] = &[
    "stake",
    "interest",
    "holding",
    "ownership",
    "participation",
    "stakes",
    "interests",
];

/// Verbs of owning, a stake when a percentage follows: see the stake
/// frame in `data/predicates/`.
const OWNING: &[&str] = &[
    "owns",
    "owned",
    "own",
    "holds",
    "held",
    "hold",
    "détient",
    "détenait",
    "détiendra",
    "détiendrait",
    "détiennent",
    "possède",
    "possédait",
    "possèdent",
];

/// Words that open a list right after a trigger: "investors include A and
/// B", "ses actionnaires comptent A".
const LISTING_WORDS: &[&str] = &[
    "include",
    "includes",
    "included",
    "including",
    "comprennent",
    "comprend",
    "comptent",
    "incluent",
    "figurent",
    "notamment",
    "dont",
    "such",
    "comme",
    "parmi",
    "among",
];

/// Verbs of taking part in a round: "participated in", "a participé à",
/// "joined", "took part in".
const ROUND_JOINERS: &[&str] = &[
    "participé",
    "participe",
    "participent",
    "participeront",
    "participera",
    "participate",
    "participated",
    "participates",
    "participating",
    "joined",
    "joins",
    "join",
    "rejoint",
    "part",
    "contributed",
    "contribué",
];

/// Words between "raise" and the money raised.
static RAISE_OPENERS: WordSet = WordSet::new(include_str!("../../data/words/raise_openers.txt"));

#[allow(clippy::too_many_arguments)]
pub(super) fn read_trigger(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    mut frame: Frame,
    uses: &[Use],
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
    if status::negated(before) || modifier_use(s, t_end - 1) {
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
            if matches!(s.norm(t), "interest" | "holding" | "ownership")
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
        // "Acme owns 9.9 pct of Y", "Acme détient 49 % de Y": owning is a
        // stake when a share follows.
        Frame::StakeNoun
            if OWNING.contains(&s.norm(t))
                && !(t_end..(t_end + 4).min(right_bound)).any(|k| {
                    s.is_word(k, &["pct", "percent", "%", "cent"]) || s.norm(k) == "%"
                }) =>
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
        // "acquired Y in a deal with Z", "under the agreement": the deal of
        // a trigger read before in the sentence, not another one.
        Frame::Agreement
            if earlier
                .iter()
                .any(|m| m.sentence == s.input.index && !m.generic)
                && (t.saturating_sub(3)..t).any(|k| {
                    s.is_word(
                        k,
                        &["in", "under", "through", "via", "dans", "par", "selon"],
                    )
                }) =>
        {
            return None;
        }
        // "SoftBank a cédé sa participation dans Nvidia", "sold its stake in
        // Y": a stake sold is no investment of the seller's.
        Frame::StakeNoun
            if s.words(left_bound.max(t.saturating_sub(6)), t)
                .iter()
                .any(|w| SELLING.contains(w)) =>
        {
            return None;
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
                        | "shares"
                        | "stock"
                        | "tender"
                        | "action"
                        | "actions"
                        | "titres"
                        | "rachète"
                )
            });
            // "a $3 billion bid", "its bid for Acme": a priced bid, or one
            // for a named organisation, is a takeover bid.
            // "a $3 billion bid", "an offer worth 94 mln stg".
            let priced_at = |k: usize| matches!(s.items[k].2, Item::Amount(a) if s.input.amounts[a].currency.is_some());
            let priced = (t.saturating_sub(2)..t).any(priced_at)
                || (t_end..(t_end + 4).min(right_bound)).any(|k| {
                    priced_at(k)
                        && k > t_end
                        && (t_end..k).all(|j| {
                            s.is_word(
                                j,
                                &["worth", "valued", "at", "of", "around", "about", "d'", "de"],
                            )
                        })
                });
            let for_org = (t_end..(t_end + 8).min(right_bound)).any(|k| {
                s.is_word(k, &["for", "pour"])
                    && k + 1 < n
                    && matches!(s.items[k + 1].2, Item::Ref(_))
            });
            if !poss && !context && !priced && !for_org {
                return None;
            }
        }
        _ => {}
    }
    // Amount: nearest after the trigger in the clause, else nearest before.
    let roles = s.input.predicates.roles();
    let amount_items: Vec<(usize, usize)> = (left_bound..right_bound)
        .filter_map(|k| match s.items[k].2 {
            Item::Amount(a)
                if uses[a] == Use::Kept
                    || (uses[a] == Use::Valuation
                        && roles.deal_type(frame) == Some(DealType::Acquisition)) =>
            {
                Some((k, a))
            }
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
    // "est entré au capital" is an active perfect: stake phrases take no
    // passive.
    let passive = t >= 1
        && frame != Frame::StakeNoun
        && (t.saturating_sub(2)..t).any(|k| s.is_word(k, PASSIVE_AUXILIARIES))
        && (s.norm(t).ends_with('é')
            || s.norm(t).ends_with("ée")
            || s.norm(t).ends_with("ed")
            || s.norm(t).ends_with("is")
            || s.norm(t).ends_with("ise")
            || matches!(s.norm(t), "sold" | "bought" | "vendu" | "vendue" | "vendus"));
    let joint = (t_end..(t_end + 2).min(n))
        .any(|k| s.is_word(k, &["conjoint", "joint", "commun", "commune"]));
    let acquisition_noun = ACQUISITION_NOUNS.contains(&s.norm(t));
    // "completes Kaiser purchase", "to finance the Signature acquisition":
    // a name right before an acquisition noun is what is bought; the
    // subject stands further left.
    let compound = acquisition_noun
        && t > left_bound
        && matches!(s.items[t - 1].2, Item::Ref(Reference::Org(_)));
    let (subj, poss) = left_slots(s, if compound { t - 1 } else { t }, left_bound);
    // "The acquisition of Acme will be funded from cash": what is funded is
    // the deal, not the company it names.
    if passive
        && matches!(frame, Frame::InvestVerb | Frame::InvestAmountVerb)
        && subj.first().is_some_and(|&k| {
            k >= 2
                && s.is_word(k - 1, &["of", "de", "du", "d'"])
                && (s.is_word(k - 2, ACQUISITION_NOUNS)
                    || (s.items[k - 2].2 == Item::Word && DEAL_NOUNS.contains(s.norm(k - 2))))
        })
    {
        return None;
    }
    let sale = matches!(frame, Frame::Acquire | Frame::Sell | Frame::Offer);
    let round = matches!(
        frame,
        Frame::RaiseNoun
            | Frame::RaiseVerb
            | Frame::LeadVerb
            | Frame::InvestNoun
            | Frame::InvestorNoun
    );
    // A noun ("stake", "target", "offer", "acquisition") may leave its
    // counterpart to the sentence's topic; a verb names its object.
    // "A, B to merge": merging names no object either.
    let noun_trigger = matches!(
        frame,
        Frame::StakeNoun | Frame::InvestNoun | Frame::Offer | Frame::Merge
    ) || acquisition_noun;
    let listing = (t_end..(t_end + 4).min(n)).any(|k| s.is_word(k, LISTING_WORDS));
    // "Acme shareholders will receive", "Acme's investors": the name
    // before the noun is the company they own, and with no list of them
    // after it ("Acme's investors include A") the sentence names no
    // investment.
    if frame == Frame::InvestorNoun
        && !listing
        && t > 0
        && (matches!(s.items[t - 1].2, Item::Ref(Reference::Org(_))) || s.norm(t - 1) == "'s")
    {
        return None;
    }
    let mut right = right_slots(s, t_end, right_bound, sale, round);
    // "an investor in Y", "actionnaire de Y": the company follows the noun
    // ("shareholders approved its merger into Y" names none).
    if frame == Frame::InvestorNoun
        && !listing
        && right
            .first()
            .is_none_or(|(_, g)| g.first().is_none_or(|&k| k > t_end + 3))
    {
        return None;
    }
    if compound {
        right.insert(0, (Slot::Object, vec![t - 1]));
    }
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
    let noun = acquisition_noun || TRANSFER_NOUNS.contains(&s.norm(t));
    let joined =
        frame == Frame::RaiseNoun && (t.saturating_sub(4)..t).any(|k| s.is_word(k, ROUND_JOINERS));
    let form = if passive {
        Form::Passive
    } else if noun {
        Form::Nominal
    } else {
        Form::Active
    };
    let args = Arguments {
        subj,
        poss,
        right: &right,
    };
    // What a buying verb buys, up to the first organisation after it.
    let bought: &[&str] = if frame == Frame::Acquire && form == Form::Active {
        let first_ref = (t_end..right_bound)
            .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
            .unwrap_or(right_bound);
        s.words(t_end, first_ref)
    } else {
        &[]
    };
    // "acquired a 20 pct stake in Y": the stake's own trigger reads it.
    if bought.iter().any(|w| STAKE_WORDS.contains(w)) {
        return None;
    }
    // "bought 2 mln shares in Y", "acquired 5.5 pct of Y": a share of a
    // company, not the whole of it, is an investment in it.
    let minority = bought.iter().any(|w| matches!(*w, "shares" | "stock" | "pct" | "percent" | "%" | "actions"))
        && !bought.iter().any(|w| {
            matches!(
                *w,
                "all"
                    | "remaining"
                    | "outstanding"
                    | "majority"
                    | "controlling"
                    | "toutes"
                    | "totalité"
                    | "entire"
                    | "circulation"
            )
        })
        // "acquired 87.5% of Y" is control.
        && !bought.windows(2).any(|w| {
            matches!(w[1], "pct" | "percent" | "%")
                && w[0].replace(',', ".").parse::<f64>().is_ok_and(|v| v >= 50.0)
        });
    let mut groups = assign_roles(roles, frame, form, joint, joined, listing, &args);
    if minority {
        frame = Frame::StakeNoun;
        for (_, role) in &mut groups {
            *role = match *role {
                Role::Acquirer => Role::Investor,
                r => r,
            };
        }
    }
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
            // "Carlyle sponsored Chimney's buyout and acquired 87% of the
            // company": a description as what is bought stands for the
            // organisation the sentence named last, when it is no party yet.
            let earlier_in_sentence = (*role == Role::Target
                && matches!(r, Reference::Description(_)))
            .then(|| {
                (0..k).rev().find_map(|j| match &s.items[j].2 {
                    Item::Ref(Reference::Org(o)) if !parties.iter().any(|p| &p.0 == o) => {
                        Some(o.clone())
                    }
                    _ => None,
                })
            })
            .flatten();
            let resolved = match earlier_in_sentence {
                Some(o) => vec![o],
                None => ctx.resolve(r, nearest.as_deref(), &exclude),
            };
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
    // "Its investors joined the round": a round with investors and no
    // company raising is the round of the company the article was just
    // about.
    if matches!(frame, Frame::RaiseNoun | Frame::RaiseVerb)
        && parties.iter().any(|p| p.1 == Role::Investor)
        && !parties.iter().any(|p| p.1 == Role::Target)
        && let Some(subject) = ctx.recent_subject()
        && !parties.iter().any(|p| p.0 == subject)
    {
        parties.push((subject, Role::Target));
    }
    // "A and B said they would merge": the group is read as one subject;
    // the first named takes the others over.
    if frame == Frame::Merge && !parties.iter().any(|p| p.1 == Role::Target) {
        for p in parties.iter_mut().skip(1) {
            if p.1 == Role::Acquirer {
                p.1 = Role::Target;
            }
        }
    }
    // The venture is not one of its partners.
    if let Some(v) = &vehicle {
        parties.retain(|p| &p.0 != v);
    }
    let mut deal_type = frame_type(roles, frame, joint);
    if vehicle.is_some()
        && matches!(
            frame,
            Frame::Partner | Frame::Agreement | Frame::JointVenture
        )
    {
        deal_type = DealType::JointVenture;
    }
    // "signed a $38 billion deal with Y to buy cloud capacity": an agreement
    // to buy or to supply services is a commercial deal, its subject the
    // customer or the provider.
    if frame == Frame::Agreement
        && deal_type == DealType::Partnership
        && !args.subj.is_empty()
        && parties.len() == 2
        && let Some(subject_role) = agreement_purpose(s, t_end, right_bound)
    {
        deal_type = DealType::Commercial;
        let other = if subject_role == Role::Customer {
            Role::Provider
        } else {
            Role::Customer
        };
        parties[0].1 = subject_role;
        parties[1].1 = other;
    }
    // "Acme sold 4 mln dlrs of its stock to Orbis", "Acme cède 10 % de son
    // capital à Orbis": a company selling its own shares takes the buyers'
    // money in; that is an investment in it.
    if frame == Frame::Sell && !passive && sells_own_shares(s, t_end, right_bound, &parties) {
        deal_type = DealType::Investment;
        for p in &mut parties {
            p.1 = match p.1 {
                Role::Seller => Role::Target,
                Role::Acquirer => Role::Investor,
                r => r,
            };
        }
    }
    // A sale names its own target; another organisation of the sentence is
    // no stand-in for it.
    if frame != Frame::Sell {
        fill_missing(s, t, deal_type, &mut parties, earlier, noun_trigger);
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

/// What an agreement is for, when it says it buys or supplies services
/// ("to buy cloud computing capacity", "pour fournir des puces"): the
/// subject's role, customer or provider.
fn agreement_purpose(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> Option<Role> {
    const BUYING: &[&str] = &[
        "buy", "purchase", "rent", "lease", "use", "acheter", "louer", "utiliser",
    ];
    const SUPPLYING: &[&str] = &[
        "supply", "provide", "deliver", "sell", "fournir", "livrer", "vendre",
    ];
    let verb = (t_end.max(1)..right_bound.min(t_end + 12)).find(|&k| {
        s.is_word(k - 1, &["to", "pour"]) && (s.is_word(k, BUYING) || s.is_word(k, SUPPLYING))
    })?;
    // What is bought names services, and no company stands before them;
    // whatever is supplied makes a supply deal.
    let what = (verb + 1..right_bound.min(verb + 8))
        .take_while(|&k| !matches!(s.items[k].2, Item::Ref(_)))
        .any(|k| s.items[k].2 == Item::Word && SERVICE_WORDS.contains(s.norm(k)));
    if s.is_word(verb, BUYING) && !what {
        return None;
    }
    Some(if s.is_word(verb, BUYING) {
        Role::Customer
    } else {
        Role::Provider
    })
}

/// Whether what a sale sells is the seller's own shares: a share word
/// ("shares", "stock", "capital") and no organisation before the buyer, and
/// no holding ("its stake", "its interest") of the seller in another one.
fn sells_own_shares(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
    parties: &[(String, Role)],
) -> bool {
    let has = |r: Role| parties.iter().any(|p| p.1 == r);
    if has(Role::Target) || !has(Role::Seller) || !has(Role::Acquirer) {
        return false;
    }
    let Some(to) = (t_end..right_bound).find(|&k| s.is_word(k, &["to", "à", "au", "aux"])) else {
        return false;
    };
    let object = s.words(t_end, to);
    object.iter().any(|w| OWN_SHARE_WORDS.contains(w))
        && !object.iter().any(|w| {
            matches!(
                *w,
                "stake" | "holding" | "holdings" | "interest" | "participation"
            )
        })
}

/// What a company sells of itself: see `sells_own_shares`.
const OWN_SHARE_WORDS: &[&str] = &[
    "shares",
    "stock",
    "equity",
    "actions",
    "titres",
    "capital",
    "preferred",
];

/// The organisation named last before `k`, as what a pronoun may stand
/// for; one in a complement ("the provider of Acme chips said it") is not
/// the one that speaks or acts.
pub(super) fn nearest_org_before(s: &Sentence<'_>, k: usize) -> Option<String> {
    (0..k).rev().find_map(|j| match &s.items[j].2 {
        // "un concurrent du nom de Rivian" names it outright.
        Item::Ref(Reference::Org(o))
            if !(j > 1
                && s.is_word(j - 1, &["of", "de", "du", "d'"])
                && !s.is_word(j - 2, &["nom", "name"])) =>
        {
            Some(o.clone())
        }
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
