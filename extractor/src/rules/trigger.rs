//! Reads one trigger into a deal mention: finds its arguments left and
//! right, maps them to roles, and attaches the amount, status, date and
//! vehicle the sentence gives it.

use dealwire_core::model::{DealType, Role, Status};

use super::Mention;
use super::acting::{self, BECOMING_VERBS, RECEIVE_VERBS, STRIKING_VERBS};
use super::adjuncts;
use super::amounts::{Use, pick_amount, to_amount};
use super::backers;
use super::bid_slots;
use super::bounds::{self, Bounds};
use super::buying;
use super::confirm::{self, confirm};
use super::facilities;
use super::founding;
use super::groups;
use super::holders;
use super::implicit::{self, ImplicitCues};
use super::modifiers;
use super::owners;
use super::people;
use super::purpose;
use super::raising::JOINED_DEALS;
use crate::lexicon::ROUND_JOINERS;

/// Participles that tell who owns or runs what a stake is in: see
/// `data/words/owning_participles.txt`.
static OWNING_PARTICIPLES: crate::lexicon::WordSet =
    crate::lexicon::WordSet::new(include_str!("../../data/words/owning_participles.txt"));

/// Words that say a deal's price was kept quiet: see
/// `data/words/undisclosed_prices.txt`.
static UNDISCLOSED_PRICES: crate::lexicon::WordSet =
    crate::lexicon::WordSet::new(include_str!("../../data/words/undisclosed_prices.txt"));
use super::relatives;
use super::resolve::resolve_groups;
use super::roles::{Arguments, assign_roles, confidence_of, frame_type, valid};
use super::sentence::{Item, Sentence, Slot, prep_slot};
use super::shapes::{
    business_part, controlling_stake, goods_under_contract, seller_as_target, unnamed_buyer,
    unnamed_subject, vehicle_near,
};
use super::slots::right_slots;
use super::stakes;
use super::standing;
use super::subject::{fronted_subject, left_slots};
use super::typing;
use crate::coref::{Context, Reference};
use crate::lexicon::{self, ACQUISITION_NOUNS, WordSet};
use crate::role_map::{Cues, Form};
use crate::status;
use crate::triggers::{DEAL_NOUNS, Frame, SERVICE_WORDS};

use crate::lexicon::TRANSFER_NOUNS;

/// Auxiliaries that make a participle passive: see
/// `data/words/passive_auxiliaries.txt`.
static PASSIVE_AUXILIARIES: WordSet =
    WordSet::new(include_str!("../../data/words/passive_auxiliaries.txt"));

/// Whether `w` reads as a past participle: French in -é/-ée/-is/-ise and
/// their plurals, English in -ed, and, before an agent (`agent`), French in
/// -i/-u/-ue and their agreements ("a été choisie par", "est détenue par",
/// "ont été retenues par") and English in -en ("has been chosen by"),
/// besides irregular forms.
fn participle(w: &str, agent: bool) -> bool {
    const ENDINGS: &[&str] = &["é", "ée", "és", "ées", "ed", "is", "ise", "ises"];
    const BEFORE_AGENT: &[&str] = &["i", "ie", "ies", "u", "ue", "us", "ues", "en"];
    ENDINGS.iter().any(|e| w.ends_with(e))
        || (agent && BEFORE_AGENT.iter().any(|e| w.ends_with(e)))
        || matches!(
            w,
            "sold" | "bought" | "taken" | "chosen" | "held" | "won" | "vendu" | "vendue" | "vendus"
        )
}

/// Whether a determiner opens an object's phrase among the items from
/// `from` to `to` before any comma: "bought from Harlow its stake in Y".
fn right_has_object(s: &Sentence<'_>, from: usize, to: usize) -> bool {
    (from..to.min(from + 6))
        .take_while(|&k| !s.is_comma(k))
        .any(|k| s.is_word(k, &["its", "a", "the", "their", "shares", "stakes"]))
}

/// Whether the noun at `t` heads the complement of a preposition ("par les
/// investisseurs historiques", "from its existing investors"), past its
/// determiner and up to two adjectives, or is the last member of a list
/// such a preposition governs ("aux côtés de A, via son fonds B, et des
/// investisseurs historiques de la société", "alongside A and its
/// existing investors").
fn governed_noun(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    // ("are among the investors", "one of the investors": the subject is
    // one of them; "aux côtés de", "alongside" govern a list's members.)
    const GOVERNING: &[&str] = &[
        "par",
        "by",
        "from",
        "auprès",
        "avec",
        "with",
        "to",
        "à",
        "aux",
        "côtés",
        "alongside",
    ];
    // Only determiners and adjectives between `from` and the noun.
    let modifiers_only = |from: usize| {
        (from..t).all(|j| {
            s.is_word(
                j,
                &[
                    "les", "ses", "leurs", "des", "de", "the", "its", "their", "existing", "new",
                    "nouveaux", "other", "autres",
                ],
            ) || s.norm(j).ends_with("iques")
                || s.norm(j).ends_with("aux")
        })
    };
    let words = || {
        (left_bound..t)
            .rev()
            .take(4)
            .take_while(|&k| s.items[k].2 == Item::Word)
    };
    let listed = words()
        .find(|&k| s.is_word(k, &["et", "and"]))
        .filter(|&and| {
            and > left_bound
                && (s.norm(and - 1) == "," || s.org_at(and - 1).is_some())
                && modifiers_only(and + 1)
        })
        .is_some_and(|and| {
            (left_bound..and)
                .rev()
                .take(14)
                .any(|k| s.items[k].2 == Item::Word && s.is_word(k, GOVERNING))
        });
    // ("avec des investisseurs existants dont A et B": the partitive
    // after the preposition is its article.)
    let partitive =
        t >= left_bound + 2 && s.is_word(t - 1, &["des"]) && s.is_word(t - 2, GOVERNING);
    listed
        || partitive
        || words()
            .find(|&k| {
                !s.input.toks[s.items[k].0].is_capitalized() && prep_slot(s.norm(k)).is_some()
            })
            .filter(|&k| s.is_word(k, GOVERNING))
            .is_some_and(|k| modifiers_only(k + 1))
}

/// Verbs of closing a financing: see `data/words/closing_verbs.txt`.
static CLOSING_VERBS: WordSet = WordSet::new(include_str!("../../data/words/closing_verbs.txt"));

/// Nouns a holder's noun modifies: see `data/words/holder_modified_nouns.txt`.
static HOLDER_MODIFIED_NOUNS: WordSet =
    WordSet::new(include_str!("../../data/words/holder_modified_nouns.txt"));

/// Adverbs of a later event: see `data/words/sequel_markers.txt`.
static SEQUEL_MARKERS: WordSet = WordSet::new(include_str!("../../data/words/sequel_markers.txt"));

/// Gives the name at item `k` the role `role` alone: out of any group it
/// stood in, then in a group of its own.
fn give_role(groups: &mut Vec<(Vec<usize>, Role)>, k: usize, role: Role) {
    for (g, _) in groups.iter_mut() {
        g.retain(|&j| j != k);
    }
    groups.retain(|(g, _)| !g.is_empty());
    groups.push((vec![k], role));
}

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
    // ("12% of Y, a stake bought in 2019": the holding's own reading tells
    // of a stake a buying verb describes.)
    if stakes::describes_a_stake(s, frame, t) {
        return None;
    }
    let n = s.items.len();
    // The frame as the lexicon gave it, before `confirm` reads it again.
    let told_frame = frame;
    let Bounds {
        left: left_bound,
        right: right_bound,
        relative,
        described_holder,
    } = bounds::clause_bounds(s, t, t_end, frame);
    // The company whose round the article just told, if any.
    let recent_round = ctx.recent_round();
    let recent_venture = ctx.last_venture();
    let clause = s.words(left_bound, right_bound);
    let before = s.words(left_bound.max(t.saturating_sub(10)), t);
    let abandoned = status::abandoned(before);
    // ("set up a corporate venture capital fund": a venture phrase with a
    // gap ends on its "venture", past the trigger's words.)
    let gapped_venture = || {
        frame == Frame::JointVenture
            && (t_end..(t_end + 4).min(n))
                .find(|&k| s.is_word(k, &["venture", "ventures"]))
                .is_some_and(|k| modifiers::modifier_use(s, k))
    };
    // "Orvane ne rachètera pas Kelmix", "ne la cédera pas": a French
    // simple tense wraps its verb in the negation.
    let ne_pas = t_end < n
        && s.is_word(t_end, &["pas", "plus", "jamais", "point"])
        && ((t >= 1 && s.is_word(t - 1, &["ne", "n'"]))
            || (t >= 2 && s.is_word(t - 2, &["ne", "n'"]) && s.is_word(t - 1, super::CLITICS)));
    // ("told shareholders not to accept Y's offer", "de ne pas accepter
    // l'offre de Y": what is denied is the answer to the offer, which
    // stands. Tendering denied, "not to tender their shares to the offer",
    // is still dropped by `confirm`'s rule on holders tendering.)
    // (A definite offer only: "will not accept an offer from Y" tells of
    // none.)
    let answer_denied = frame == Frame::Offer
        && t >= 1
        && s.is_word(
            t - 1,
            &[
                "'s", "the", "its", "their", "l'", "la", "cette", "son", "sa", "leur",
            ],
        )
        && before.windows(3).any(|w| {
            matches!(w[0], "not" | "pas")
                && w[1..].iter().any(|v| {
                    matches!(
                        *v,
                        "accept"
                            | "tender"
                            | "sell"
                            | "support"
                            | "accepter"
                            | "apporter"
                            | "répondre"
                    )
                })
        });
    if ((status::negated(before) || ne_pas) && !abandoned && !answer_denied)
        || modifiers::modifier_use(s, t_end - 1)
        || gapped_venture()
    {
        return None;
    }
    // Frames that need a confirming word nearby.
    frame = confirm(
        s,
        t,
        t_end,
        left_bound,
        right_bound,
        frame,
        confirm::Before {
            earlier,
            recent_round: recent_round.is_some(),
            recent_venture: recent_venture.as_deref(),
            recent_sale: ctx.recent_for_sale().is_some(),
        },
    )?;
    // "investira 3 milliards par an dans les produits d'Orvane": money put
    // into a company's goods buys them from it.
    let goods_owner = matches!(frame, Frame::InvestVerb | Frame::InvestAmountVerb)
        .then(|| buying::invested_in_goods(s, t_end, right_bound))
        .flatten();
    if goods_owner.is_some() {
        frame = Frame::BuyServices;
    } else if matches!(frame, Frame::InvestVerb | Frame::InvestAmountVerb)
        && facilities::invested_in_facility(s, t, t_end, left_bound, right_bound)
    {
        // "A will invest $2 billion in a new refinery with B": their venture.
        frame = Frame::JointVenture;
    }
    if groups::outsider_combines_pair(s, (left_bound, t, t_end), ctx)
        || groups::owner_combines_own(s, told_frame, (t, t_end), right_bound)
        || modifiers::hypothetical(s, left_bound, t, t_end, right_bound)
    {
        return None;
    }
    // Amount: nearest after the trigger in the clause, else nearest before.
    let roles = s.input.predicates.roles();
    let acquisition = roles.deal_type(frame) == Some(DealType::Acquisition);
    let (amount_pick, close_amount) = pick_amount(
        s,
        t,
        t_end,
        left_bound,
        right_bound,
        uses,
        acquisition,
        frame,
    );
    if matches!(frame, Frame::InvestAmountVerb | Frame::Pay) && !close_amount {
        return None;
    }
    // "est entré au capital" is an active perfect: stake phrases take no
    // passive.
    // "Kelmix, backed by Orbis, raised": a participle with its agent
    // needs no auxiliary to be passive.
    // ("Kelmix, racheté en 2020 par Orvane", "rachetée l'an dernier par
    // Orvane", "acquired last year by Orvane": past a short phrase of
    // time.)
    // ("Kelmix Awarded $300 Million Contract by Orvane": a headline's
    // participle of giving keeps its object before the agent.)
    let agent_follows = t_end < n
        && (s.is_word(t_end, &["by", "par"])
            || adjuncts::agent_after_time_phrase(s, t_end)
            || adjuncts::agent_after_object(s, t, t_end, right_bound));
    // "Brannock, a software firm, bought from Harlow in 2022": a participle
    // of buying right after a comma or a noun, with its seller after it and
    // no object, is passive too (a finite "bought" would take its object).
    let seller_follows = frame == Frame::Acquire
        && t_end == t + 1
        && t >= 1
        && s.is_word(t_end.min(n - 1), &["from"])
        && matches!(s.norm(t), "bought" | "acquired" | "purchased")
        && (s.is_comma(t - 1)
            || (s.items[t - 1].2 == Item::Word
                && s.is_in(t - 1, &crate::lexicon::DESCRIPTION_HEADS)))
        && !right_has_object(s, t_end + 1, right_bound);
    // "est propriétaire de Castelmaure, acquis en 2021", "owns Castelmaure,
    // acquired in 2021": a participle of buying set off after a name, with
    // no object, tells that name bought (the owner is the main clause's).
    let participle_on_name = frame == Frame::Acquire
        && t >= 2
        && s.is_comma(t - 1)
        && s.org_at(t - 2).is_some()
        && matches!(
            s.norm(t),
            "acquired" | "bought" | "purchased" | "acquis" | "acquise" | "racheté" | "rachetée"
        )
        && !right_has_object(s, t_end, right_bound)
        // (A time, a price or an end after it: "its unit, Orvane, acquired
        // a minority holding" is finite, its object after.)
        && (t_end >= n
            || s.items[t_end].2 == Item::Punct
            || s.is_word(
                t_end,
                &[
                    "in", "en", "last", "earlier", "for", "pour", "from", "auprès", "l'", "au",
                ],
            ));
    let agent_follows = agent_follows || seller_follows || participle_on_name;
    // ("Helios est une coentreprise entre A et B": a word in -ise after a
    // determiner is a noun, however its ending reads.)
    // ("was named as the buyer of Y", "a été retenu comme repreneur de Y":
    // a predicate naming its subject's role is active.)
    // "Kelmix is 30% owned by Orvane", "Kelmix est détenue à 30 % par
    // Orvane": a share held, told from the company held, is passive (other
    // stake phrases take none).
    let share_held = frame == Frame::StakeNoun && holders::share_held_by(s, t);
    let agent_follows = agent_follows || share_held;
    let passive = (t >= 1 || agent_follows)
        && (frame != Frame::StakeNoun || share_held)
        && !(t + 1..t_end).any(|k| {
            s.is_word(
                k,
                &[
                    "as",
                    "comme",
                    "repreneur",
                    "acquéreur",
                    "buyer",
                    "owner",
                    "propriétaire",
                ],
            )
        })
        && !(t >= 1 && s.is_word(t - 1, &["a", "an", "the", "un", "une", "le", "la", "l'"]))
        && ((t.saturating_sub(2)..t).any(|k| {
            // "s'est emparé de", "se sont associés": a reflexive verb is
            // active.
            s.is_in(k, &PASSIVE_AUXILIARIES) && !(k >= 1 && s.is_word(k - 1, &["s'", "se"]))
        }) || agent_follows)
        && (participle(s.norm(t), agent_follows)
            // "jointly owned by": an adverb may open the predicate.
            || (agent_follows && t_end > t + 1 && participle(s.norm(t_end - 1), true)));
    let joint = (t_end..(t_end + 2).min(n))
        .any(|k| s.is_word(k, &["conjoint", "joint", "commun", "commune"]));
    let acquisition_noun = s.acquisition_noun_at(t);
    // "completes Kaiser purchase", "to finance the Signature acquisition":
    // a name right before an acquisition noun is what is bought; the
    // subject stands further left.
    // "buys Kelmix stake from Y", "ups Kelmix stake to 30%": so is a name
    // right before a stake noun after a verb, in a headline's compound.
    let stake_compound = frame == Frame::StakeNoun
        && t > left_bound + 1
        && s.is_word(t, &["stake", "holding"])
        && matches!(s.items[t - 1].2, Item::Ref(Reference::Org(_)))
        // ("buys 10% Kelmix stake": after the stake's size too.)
        && (s.items[t - 2].2 == Item::Word || super::shapes::percent_unit(s.norm(t - 2)))
        // ("acquire the Kestane stake from Tessera": after a determiner
        // too when its seller follows; "to buy the Henley stake" alone is
        // as often the stake Henley holds.)
        && (!s.is_word(t - 2, &["'s", "a", "an", "the", "its", "their"])
            || (t_end + 1 < n
                && s.is_word(t_end, &["from"])
                && s.org_at(t_end + 1).is_some()));
    let deal_compound = frame == Frame::Agreement && acting::named_deal_compound(s, t, left_bound);
    // "Norlac launches $2 billion Kelmix bid", "drops Kelmix bid": a name
    // right before a bid noun, past a verb and its subject, is what is bid
    // for ("rejects Norlac bid": answered, the bidder; see below).
    let bid_compound = frame == Frame::Offer && super::bids::named_compound(s, t, left_bound);
    let compound = (acquisition_noun || stake_compound || deal_compound || bid_compound)
        && t > left_bound
        && matches!(s.items[t - 1].2, Item::Ref(Reference::Org(_)));
    // "cleared the Kelmix acquisition of Norlac", "a Kelmix takeover offer
    // for Norlac": a name before a deal's noun whose target follows after
    // "of" (or a bid's "for") is the buyer, as a possessive would be.
    let compound_buyer = compound
        && t_end + 1 < n
        && (acquisition_noun || bid_compound)
        && (s.is_word(t_end, &["of"]) || (frame == Frame::Offer && s.is_word(t_end, &["for"])))
        && s.org_at(t_end + 1).is_some();
    let compound = compound && !compound_buyer;
    let (mut subj, poss) = left_slots(s, if compound { t - 1 } else { t }, left_bound);
    let poss = if compound_buyer && poss.is_empty() {
        // (The buyer named so is the deal's only party before its noun.)
        subj.clear();
        vec![t - 1]
    } else {
        poss
    };
    if subj.is_empty() {
        subj.extend(fronted_subject(s, t));
    }
    // "Orvane's chemicals division was sold to Kelmix": an unnamed unit
    // sold or bought stands for its owner, as it does as an object
    // ("bought Orvane's chemicals division").
    if passive
        && subj.is_empty()
        && let [owner] = poss[..]
        && matches!(frame, Frame::Acquire | Frame::Sell)
        && (owner + 2..t).any(|k| s.is_in(k, &crate::lexicon::UNIT_NOUNS))
    {
        subj.push(owner);
    }
    if frame == Frame::StakeNoun
        && subj.is_empty()
        && let Some(holder) = stakes::stake_taker_before(s, t, left_bound)
    {
        subj.push(holder);
    }
    if frame == Frame::StakeNoun
        && let Some(buyer) = stakes::second_object_of_purchase(s, t, left_bound)
        && subj.first().is_some_and(|&k| k < buyer)
    {
        subj = vec![buyer];
    }
    // "The round was led by A and co-led by B", "Y was bought by A and
    // merged with B": a participle coordinated after an earlier one's agent
    // shares that participle's subject; the agent is none.
    if passive
        && t >= 1
        && s.is_word(t - 1, &["and", "et"])
        && let Some(&first) = subj.first()
        && let Some(by) = (left_bound..first)
            .rev()
            .take_while(|&k| s.items[k].2 != Item::Punct || s.norm(k) == ",")
            .find(|&k| s.is_word(k, &["by", "par"]))
        && by >= 1
        && (by..first).all(|k| s.items[k].2 == Item::Word)
    {
        subj = left_slots(s, by - 1, left_bound).0;
    }
    // "bought a stake in Y as part of a partnership with Z": a tie named in
    // a framing phrase is the clause's subject's, not the name just before.
    if matches!(
        frame,
        Frame::Partner | Frame::Agreement | Frame::JointVenture
    ) && adjuncts::framing_phrase_before(s, t, left_bound)
        && let Some(first) = (left_bound..t).find(|&k| s.org_at(k).is_some())
    {
        // ("A and B will make batteries through a joint venture": the
        // subject's names coordinated with it are partners too, unless
        // the venture is how they do a deal the clause tells, "will buy
        // Y's refinery through a joint venture".)
        let deal_before = (first..t).any(|j| s.deal_verb_at(j));
        let mut group = vec![first];
        let mut k = first + 1;
        while !deal_before && k + 1 < t && s.is_word(k, &["and", "et"]) && s.org_at(k + 1).is_some()
        {
            group.push(k + 1);
            k += 2;
        }
        subj = group;
    }
    // "accompagné par A, et par les investisseurs historiques de la
    // société, B et C": investors named after a preposition are its
    // complement; the organisation before them is no subject of theirs.
    if frame == Frame::InvestorNoun && governed_noun(s, t, left_bound) {
        subj.clear();
    }
    // "has drawn interest from investors including A", "a suscité
    // l'intérêt d'investisseurs comme A": investors interested in a sale
    // may bid for it; they back no one.
    if frame == Frame::InvestorNoun
        && (t.saturating_sub(5).max(left_bound)..t).any(|k| {
            s.is_word(k, &["interest", "intérêt"])
                && s.is_word(k + 1, &["from", "of", "de", "d'", "des"])
        })
    {
        return None;
    }
    // "won shareholder approval for its purchase", "a shareholder vote":
    // the noun as another's modifier names no holder.
    if frame == Frame::InvestorNoun
        && t_end == t + 1
        && s.is_word(t, &["shareholder", "stockholder", "investor", "bondholder"])
        && s.is_in(t_end.min(n - 1), &HOLDER_MODIFIED_NOUNS)
    {
        return None;
    }
    let repeated_by = if !subj.is_empty() && !passive {
        super::lists::as_did(s, t_end)
    } else {
        Vec::new()
    };
    subj.extend(repeated_by.iter().copied());
    // "The acquisition of Acme will be funded from cash": what is funded is
    // the deal, not the company it names.
    if passive
        && matches!(frame, Frame::InvestVerb | Frame::InvestAmountVerb)
        && subj.first().is_some_and(|&k| {
            k >= 2
                && s.is_word(k - 1, &["of", "de", "du", "d'"])
                && (s.is_in(k - 2, &ACQUISITION_NOUNS)
                    || (s.items[k - 2].2 == Item::Word && DEAL_NOUNS.contains(s.norm(k - 2))))
        })
    {
        return None;
    }
    let sale = matches!(frame, Frame::Acquire | Frame::Sell | Frame::Offer);
    // "invested in Y, alongside A and B": an investment's other backers may
    // follow a comma, as a round's do.
    let round = frame.is_round() || matches!(frame, Frame::InvestVerb | Frame::InvestAmountVerb);
    // A noun ("stake", "target", "offer", "acquisition") may leave its
    // counterpart to the sentence's topic; a verb names its object.
    // "A, B to merge": merging names no object either.
    let noun_trigger = matches!(
        frame,
        Frame::StakeNoun | Frame::InvestNoun | Frame::Offer | Frame::Merge
    ) || acquisition_noun;
    // "issued 23 mln shares to Preussag to complete the purchase of a
    // stake": shares issued to pay for a purchase are its price.
    if frame == Frame::Sell && adjuncts::shares_as_price(s, t, t_end) {
        return None;
    }
    // "to acquire the shares of Y through a tender offer": the bid is the
    // means of the clause's deal.
    if frame == Frame::Offer && adjuncts::bid_as_means(s, t, left_bound) {
        return None;
    }
    if acquisition_noun
        && (adjuncts::joined_in_deal(s, t)
            || adjuncts::sale_by_way_of(s, t, left_bound)
            || adjuncts::deal_named_again(s, t, left_bound)
            || adjuncts::names_deal_before(s, t, left_bound))
    {
        return None;
    }
    // "Kao expects to delist Fancl after the tender offer": a deal's noun
    // in a phrase of time, with a definite article, is the deal told
    // already; the name before the preposition is no bidder of it.
    if (frame == Frame::Offer || acquisition_noun)
        && poss.is_empty()
        && adjuncts::told_deal_in_time_phrase(s, t, left_bound)
    {
        subj.clear();
    }
    // "Avec ce rachat, Pivane renforce sa présence", "With this
    // acquisition, Orvane becomes...": a deal's noun after a demonstrative,
    // naming no party after it, is the deal told already (what the
    // sentence adds to it is read as its sequel).
    if acquisition_noun
        && t >= 1
        && s.is_word(t - 1, &["ce", "cette", "this", "that"])
        && !(t_end + 1 < n
            && s.is_word(t_end, &["of", "de", "d'", "du", "by", "par"])
            && s.org_at(t_end + 1).is_some())
    {
        return None;
    }
    // "Kelmix was sued by Orvane over the failed merger": a deal named
    // after a dispute is the deal told already.
    if (matches!(frame, Frame::Offer | Frame::Merge) || acquisition_noun)
        && poss.is_empty()
        && adjuncts::disputed_deal(s, t, t_end, left_bound)
    {
        subj.clear();
    }
    // "Orvane agreed to buy Kelmix, its largest deal since the purchase of
    // Pivex", "sa plus grosse opération depuis l'acquisition de Pivex": a
    // deal told after "since" in an apposition on the clause before, whose
    // possessive is that clause's subject, is the subject's too.
    if acquisition_noun
        && poss.is_empty()
        && let Some(first) = adjuncts::earlier_deal_of_subject(s, t, left_bound)
    {
        subj = vec![first];
    }
    // "The purchase of Kelmix, Orvane's third acquisition this year, was
    // completed": the apposition on the deal names its buyer.
    if acquisition_noun
        && poss.is_empty()
        && subj.is_empty()
        && let Some(buyer) = adjuncts::buyer_in_apposition(s, t_end)
    {
        subj = vec![buyer];
    }
    // "It is Orvane's third acquisition, after the purchase of Kelmix":
    // a deal told after a series' noun is that series' buyer's.
    if acquisition_noun
        && poss.is_empty()
        && subj.is_empty()
        && let Some(buyer) = super::series::buyer_of_series(s, t)
    {
        subj = vec![buyer];
    }
    let backers::Listing {
        among,
        at: list_at,
        counted,
    } = backers::listing(s, frame, t, t_end);
    let listing = list_at.is_some();
    // "Korvex counts A and B among its investors": the counting verb's
    // subject is the company they own.
    if let Some(v) = counted {
        subj = left_slots(s, v, left_bound).0;
    }
    // "A and B joined as strategic investors", "ont participé en tant
    // qu'investisseurs": who joins as investors joins the round.
    let joined_as = (t.saturating_sub(3)..t).any(|k| {
        (s.is_word(k, &["as", "comme"])
            || (k >= 1 && s.is_word(k - 1, &["en"]) && s.is_word(k, &["tant"])))
            && (k.saturating_sub(3).max(left_bound)..k).any(|j| s.is_in(j, &ROUND_JOINERS))
    });
    // "A and B are among the investors in the round": investors of a round,
    // who take part in it; "A and B were among the investors", "A et B
    // figurent parmi les investisseurs": with nothing after the noun, the
    // round just told.
    if frame == Frame::InvestorNoun
        && (among || joined_as)
        && !listing
        && ((t_end + 1 < n
            && s.is_word(t_end, &["in", "dans", "de", "du"])
            && (t_end + 1..(t_end + 4).min(n)).any(|k| s.is_in(k, &JOINED_DEALS)))
            || (t_end >= n || matches!(s.norm(t_end), "." | ";")))
    {
        frame = Frame::JoinRound;
    }
    // "A and B joined existing backers C and D", "rejoignent les
    // investisseurs historiques C et D": who joins a round's backers, and
    // those backers, take part in the round told before.
    let joined_backers = frame == Frame::InvestorNoun
        && !listing
        && backers::joins_existing_backers(s, t, t_end, left_bound);
    if joined_backers {
        frame = Frame::JoinRound;
    }
    if frame == Frame::InvestorNoun && !listing && backers::owner_before(s, t) {
        return None;
    }
    // "s'est associé à Y pour proposer les modèles de la start-up": the
    // purpose of a partnership or a venture names no further partner ("une
    // coentreprise pour construire une usine à Saragosse").
    // "signed an agreement to create a venture, named HyDren", "a pending
    // agreement to sell WOR-TV to MCA": past an agreement's purpose, names
    // are what the purpose acts on, not partners, unless the purpose is
    // to work with them ("an agreement to work with Y", "pour collaborer
    // avec Y").
    let partners_bound = match frame {
        Frame::Partner | Frame::JointVenture => {
            purpose::purpose_clause_start(s, t_end, right_bound).unwrap_or(right_bound)
        }
        Frame::Agreement => purpose::purpose_clause_start(s, t_end, right_bound)
            .or_else(|| purpose::deal_complement_start(s, (t_end, right_bound), right_bound))
            .filter(|&p| {
                (p..right_bound)
                    .find(|&j| matches!(s.items[j].2, Item::Ref(_)))
                    .is_none_or(|r| {
                        !(r.saturating_sub(3).max(p)..r).any(|j| s.is_word(j, &["with", "avec"]))
                    })
            })
            .unwrap_or(right_bound),
        _ => right_bound,
    };
    // "Selvane and Norlac will collaborate on integrating Selvane's
    // platform with Norlac's suite": with two partners for subject, the
    // work they do together names no other.
    let partners_bound = if matches!(frame, Frame::Partner | Frame::JointVenture)
        && subj.iter().filter(|&&k| s.org_at(k).is_some()).count() >= 2
    {
        (t_end..partners_bound)
            .find(|&k| {
                s.is_word(k, &["on", "in", "sur"])
                    && k + 1 < n
                    && s.items[k + 1].2 == Item::Word
                    && s.norm(k + 1).ends_with("ing")
            })
            .unwrap_or(partners_bound)
    } else {
        partners_bound
    };
    let mut right = right_slots(s, t_end, partners_bound, sale, round);
    // ("agreed to merge with Y into a new company to be called Z": the
    // combined company is no party.)
    if frame == Frame::Merge {
        for (_, g) in right.iter_mut() {
            g.retain(|&k| !super::naming::new_company_named(s, k));
        }
        right.retain(|(_, g)| !g.is_empty());
    }
    // "will split off Pellow and then sell the unit to Z": a sale
    // coordinated after a verb whose object is a name sells that name.
    if frame == Frame::Sell
        && !right.iter().any(|(slot, _)| *slot == Slot::Object)
        && let Some(k) = super::subject::coordinated_object(s, left_bound, t)
        && !subj.contains(&k)
    {
        right.push((Slot::Object, vec![k]));
    }
    if joined_backers {
        for (slot, _) in right.iter_mut() {
            if *slot == Slot::Object {
                *slot = Slot::With;
            }
        }
    }
    // "won a contract to maintain Corvia's fleet", "invest in the AI unit
    // of Kelmix", "supply the stores run by Corvia": the owner of what the
    // deal is for takes the party's slot.
    owners::owner_slots(s, frame, t_end, &mut right);
    if matches!(frame, Frame::LeadVerb | Frame::RaiseNoun | Frame::RaiseVerb)
        && let Some(members) = backers::included_in_round(s, t_end)
    {
        right.push((Slot::With, members));
    }
    // "a bouclé sa série A avec l'arrivée de Dravik", "closed the round
    // with the arrival of Dravik": a newcomer to the round invests in it.
    if frame.is_round() {
        for (slot, g) in right.iter_mut() {
            if *slot == Slot::Of
                && g.first().is_some_and(|&k| {
                    k >= 2
                        && s.is_word(k - 1, &["de", "d'", "du", "des", "of"])
                        && s.is_word(k - 2, &["arrivée", "entrée", "arrival", "entry"])
                })
            {
                *slot = Slot::With;
            }
        }
    }
    bid_slots::held_and_valued(s, frame, (t_end, right_bound), &mut right);
    acting::drop_non_parties(s, frame, t, left_bound, &mut right);
    right.retain(|(_, g)| !g.iter().any(|k| repeated_by.contains(k)));
    acting::relative_object(s, relative, left_bound, &mut subj, &mut right);
    if frame == Frame::Acquire {
        relatives::apposition_relative(s, t, left_bound, &mut subj, &mut right);
    }
    // "auquel ont participé B, C et D", "Participent à l'opération A et B".
    let inverted = acting::subject_after_verb(s, frame, (t, t_end), &mut subj, &mut right);
    bid_slots::offer_maker(s, frame, (left_bound, t, t_end), &mut right);
    bid_slots::one_of_the_bids(s, frame, (t, t_end), &mut right);
    bid_slots::approach_made_to(s, frame, (t, t_end), &mut right);
    bid_slots::rivals_outbid(s, frame, t, &mut right);
    adjuncts::buy_alongside(s, frame, passive, &mut subj, &mut right);
    // "sell its refinery to a joint venture of A and B", "à une coentreprise
    // formée par A et B": a venture governed by a preposition, its partners
    // named after it, is another party of the clause, not its subject's.
    if frame == Frame::JointVenture
        && t >= 2
        && s.is_word(t - 1, &["a", "an", "the", "une", "un", "la", "le", "l'"])
        && s.is_word(t - 2, &["to", "by", "from", "à", "par", "auprès"])
        && right
            .iter()
            .any(|(slot, g)| matches!(slot, Slot::Of | Slot::By | Slot::Between) && !g.is_empty())
    {
        subj.clear();
    }
    // "Orvane became Kelmix's largest shareholder": a verb of becoming right
    // before the noun, past a possessive, a determiner and adjectives; with
    // the possessive, the noun names the company held.
    let becoming = (t.saturating_sub(6).max(left_bound)..t)
        .rev()
        .take_while(|&k| s.items[k].2 != Item::Punct)
        .any(|k| s.is_in(k, &BECOMING_VERBS));
    // "Kelmix raises $100 million as Orvane becomes its largest
    // shareholder": with a possessive determiner, the company held is the
    // one told before the subject, in the sentence or the article.
    let held_before = (frame == Frame::InvestorNoun && becoming && poss.is_empty())
        .then(|| {
            (t.saturating_sub(4).max(left_bound)..t)
                .rev()
                .take_while(|&k| s.items[k].2 == Item::Word)
                .find(|&k| s.is_word(k, &["its", "their", "son", "sa", "leur"]))
        })
        .flatten()
        .and_then(|_| {
            let first = subj.first().copied().unwrap_or(t);
            (0..first)
                .rev()
                .find_map(|k| s.org_at(k).map(str::to_string))
                .or_else(|| recent_round.clone())
                .or_else(|| ctx.recent_subject())
        })
        .filter(|held| subj.first().and_then(|&k| s.org_at(k)) != Some(held.as_str()));
    let holder_of_possessor = becoming && (!poss.is_empty() || held_before.is_some());
    if frame == Frame::InvestorNoun
        && !holder_of_possessor
        && backers::names_no_company(s, t, t_end, listing, &right)
    {
        return None;
    }
    if acquisition_noun {
        acting::takeover_of_possessor(
            s,
            (left_bound, t, t_end, right_bound),
            &mut subj,
            &mut right,
        );
    }
    if compound {
        let slot = if stake_compound {
            Slot::In
        } else if acting::answered_compound(s, t, left_bound) {
            Slot::By
        } else if deal_compound || bid_compound {
            Slot::For
        } else {
            Slot::Object
        };
        right.insert(0, (slot, vec![t - 1]));
    }
    if matches!(frame, Frame::InvestorNoun | Frame::RaiseNoun)
        && let Some(list) = list_at
    {
        backers::listed_slots(s, list, &mut right);
    }
    // "signed an agreement with Y to acquire a 70% interest in the Red Lake
    // project": what is bought has no name; the agreement's counterpart
    // sells it.
    if matches!(frame, Frame::Acquire | Frame::StakeNoun)
        && !right
            .iter()
            .any(|(slot, g)| *slot == Slot::From && !g.is_empty())
        && super::shapes::business_part(s.words(t_end, right_bound.min(t_end + 12)))
        && let Some(seller) = purpose::agreed_seller(s, t, left_bound)
    {
        right.push((Slot::From, vec![seller]));
    }
    if frame == Frame::JointVenture {
        let owners = founding::gapped_owners(s, t, t_end);
        if !owners.is_empty() {
            right.push((Slot::With, owners));
        }
    }
    acting::counterparts_before(s, frame, (t, t_end), left_bound, &subj, &mut right);
    acting::hyphen_pair(s, (t, t_end), &mut subj, &mut right);
    if !passive {
        acting::buyer_named_first(s, frame, t_end, &mut right);
    }
    acting::paid_for_stake(s, frame, t, left_bound, &mut subj, &mut right);
    acting::invested_in_which(s, frame, t, left_bound, &mut subj, &mut right);
    relatives::preposition_relative(s, t, left_bound, &mut subj, &mut right);
    acting::investment_with(s, frame, t, left_bound, &mut subj, &mut right);
    stakes::talks_over_own_stake(s, frame, (t, t_end), left_bound, &mut subj, &mut right);
    stakes::sold_to_exit(s, frame, t, left_bound, &mut subj, &mut right);
    stakes::stake_as_means(s, frame, t, left_bound, &mut subj, &mut right);
    stakes::remember_stake(s, frame, t_end, &subj, &right, ctx);
    stakes::stake_bought_from(s, frame, t, left_bound, &subj, &mut right);
    stakes::holder_share_in(s, frame, &mut right);
    stakes::converted_claim(s, frame, t, left_bound, &mut subj, &mut right);
    bid_slots::offer_received(s, frame, t, left_bound, &mut subj, &right);
    // ("walked away from its bid for Kelmix after a rival bid from
    // Orvane": a rival bid is for the company the sentence's earlier bid
    // was for; with none told, what the rivals compete for is elsewhere.)
    if bid_slots::rival_bid(s, frame, t, left_bound, &mut subj, &right)
        && !earlier.iter().any(|m| {
            m.sentence == s.input.index
                && m.deal_type == DealType::Acquisition
                && m.parties.iter().any(|p| p.1 == Role::Target)
        })
    {
        return None;
    }
    // "launched the AI Infrastructure Partnership": the venture founded.
    // "A and B jointly own Kelmix", "jointly owned by A and B": a venture
    // read from an owning predicate; in the active, what is owned is it.
    // ("se partagent le capital de Kelmix": sharing a capital owns it.)
    let owning = frame == Frame::JointVenture
        && (t..t_end).any(|k| {
            s.is_in(k, &crate::lexicon::OWNING_VERBS)
                || s.is_word(k, &["partagent", "partageront", "partageaient"])
        });
    let owned = (owning && !passive)
        .then(|| founding::owned_together(s, &mut right))
        .flatten();
    let vehicle = if let Some(owned) = owned {
        Some(owned)
    } else if matches!(frame, Frame::Found | Frame::JoinVenture) {
        founding::founded_venture(
            s,
            t,
            t_end,
            right_bound,
            frame == Frame::JoinVenture,
            recent_venture.as_deref(),
        )
    } else {
        vehicle_near(s, s.items[t].0)
    };
    let noun = acquisition_noun || TRANSFER_NOUNS.contains(s.norm(t));
    let cues = Cues {
        joint,
        // "took part in the round", "A joined B in the round".
        joined: frame == Frame::RaiseNoun && backers::joins_round(s, t, t_end),
        listing,
        // "secured $5 million in funding from X": who receives is the target.
        // ("accepted Halvern's offer for Pivex": so is who answers an offer.)
        received: (t.saturating_sub(8).max(left_bound)..t).any(|k| {
            s.is_in(k, &RECEIVE_VERBS)
                || s.is_in(k, &CLOSING_VERBS)
                || (frame == Frame::Offer && s.is_in(k, &acting::OFFER_RESPONSES))
        }),
        // "Synopsys clinches $35 billion deal for Ansys": the verb right
        // before the deal's noun, past its sum and adjectives.
        // ("struck a licensing agreement for Y's technology": a deal of
        // some other kind is no bid.)
        struck: deal_compound
            || (t.saturating_sub(4).max(left_bound)..t)
                .rev()
                .take_while(|&k| !matches!(s.items[k].2, Item::Ref(_)))
                .any(|k| {
                    s.is_in(k, &STRIKING_VERBS)
                        // "Kelmix in $2bn deal for Norlac": a headline's
                        // "in" right after the buyer.
                        || (s.is_word(k, &["in"]) && k >= 1 && s.org_at(k - 1).is_some())
                        // "agreed a $2 billion deal for Norlac", "reached a
                        // deal for Norlac": with "deal" itself ("reached an
                        // agreement calling for Y to buy" is no bid of Y's).
                        || (s.is_word(t, &["deal"])
                            && s.is_word(k, &["agree", "agrees", "agreed", "reach", "reaches", "reached"]))
                })
                && !(t.saturating_sub(2).max(left_bound)..t).any(|k| s.is_in(k, &lexicon::AGREEMENT_KINDS)),
        becoming,
        // "will pay Y $50 million a year for cloud services".
        // "will pay Reddit $60 million a year to use its content": paying to
        // use or to license something buys a service too.
        services: (t_end..right_bound)
            .find(|&k| s.is_word(k, &["for", "pour"]))
            .is_some_and(|f| (f + 1..(f + 5).min(right_bound)).any(|k| s.is_in(k, &SERVICE_WORDS)))
            || (t_end..right_bound.saturating_sub(1)).any(|k| {
                s.is_word(k, &["to", "pour"])
                    && s.is_word(
                        k + 1,
                        &[
                            "use",
                            "access",
                            "license",
                            "licence",
                            "utiliser",
                            "exploiter",
                        ],
                    )
            }),
    };
    // "Kelvane : feu vert de Bruxelles au rachat de Dolvane", "Kelvane:
    // EU clears purchase of Dolvane": the company a headline opens with,
    // before its colon, makes a deal's noun with no party before it.
    if noun
        && subj.is_empty()
        && poss.is_empty()
        && t >= 2
        && s.org_at(0).is_some()
        && s.norm(1) == ":"
        && !(2..t).any(|k| matches!(s.items[k].2, Item::Ref(_)))
        && !(t_end..n).any(|k| s.is_word(k, &["by", "par"]))
    {
        subj.push(0);
    }
    let form = if passive {
        Form::Passive
    } else if noun {
        Form::Nominal
    } else {
        Form::Active
    };
    let subj = if acting::subject_acts(
        s,
        frame,
        (t, t_end),
        left_bound,
        acquisition_noun,
        &subj,
        &poss,
        &right,
    ) {
        subj
    } else {
        Vec::new()
    };
    let subj = founding::venture_investing(s, frame, t, &right).unwrap_or(subj);
    let args = Arguments {
        subj,
        poss,
        right: &right,
    };
    // What a buying verb buys; a stake bought is read by the stake's own
    // trigger.
    let buying::Bought { what, minority } =
        buying::what_is_bought(s, frame, form, (t_end, right_bound), clause)?;
    let mut groups = assign_roles(s, roles, frame, form, cues, &args);
    // "bought out Varnell from Scoria", "bought Varnell out of Scoria": the
    // one bought out sells its share of the company it leaves, which is
    // what is bought. (Left unnamed, "out of their joint venture", the
    // share stands for its seller, as an unnamed unit does for its owner.)
    if frame == Frame::Acquire
        && form == Form::Active
        && let Some((out, Some(left))) = buying::bought_out_of(s, t, t_end, right_bound)
    {
        groups.retain(|(g, _)| !g.contains(&out) && !g.contains(&left));
        groups.push((vec![out], Role::Seller));
        groups.push((vec![left], Role::Target));
    }
    // "will buy Norlac's 50% share of Helix": a holder's share of a
    // company is what is bought, and the holder sells it.
    if frame == Frame::Acquire
        && form == Form::Active
        && let Some((holder, company)) = buying::holders_share(s, t_end, right_bound)
    {
        groups.retain(|(g, _)| !g.contains(&holder) && !g.contains(&company));
        groups.push((vec![holder], Role::Seller));
        groups.push((vec![company], Role::Target));
    }
    // "Proxa, the largest shareholder in Varnell, backed Scoria's offer": a
    // holder answering an offer that names no target is no target; the
    // company it holds is.
    if frame == Frame::Offer
        && let Some((g, _)) = groups.iter_mut().find(|(g, r)| {
            *r == Role::Target && !g.is_empty() && g.iter().all(|k| args.subj.contains(k))
        })
        && let [holder] = g[..]
        && let Some(held) = super::bids::held_by(s, holder, t)
    {
        *g = vec![held];
    }
    // "sold its stake to a consortium led by A, which also includes B and
    // C": members a relative adds to a buying group after the trigger buy
    // with it.
    for (g, r) in groups.iter_mut() {
        if matches!(r, Role::Acquirer | Role::Investor)
            && let (Some(&first), Some(&last)) = (g.iter().min(), g.iter().max())
            && first > t_end
        {
            for j in groups::relative_members_after(s, first, last, n) {
                if !g.contains(&j) {
                    g.push(j);
                }
            }
        }
    }
    // "Ostrel's lead drug was licensed from Kelmora": goods or rights of a
    // company's, bought in the passive from another, were bought by it.
    if frame == Frame::BuyServices
        && passive
        && let [owner] = args.poss[..]
        && groups.iter().any(|(_, r)| *r == Role::Provider)
        && !groups.iter().any(|(_, r)| *r == Role::Customer)
        && !groups.iter().any(|(g, _)| g.contains(&owner))
    {
        groups.push((vec![owner], Role::Customer));
    }
    if frame == Frame::StakeNoun {
        stakes::entry_named_by_its_noun(s, (t, right_bound), &args, &mut groups);
        if !groups.iter().any(|(_, r)| *r == Role::Target)
            && let Some(paid) = stakes::paid_for_stake(s, t, left_bound)
        {
            groups.push((vec![paid], Role::Target));
        }
        if !groups.iter().any(|(_, r)| *r == Role::Target)
            && let Some(counterpart) = stakes::stake_in_counterpart(s, t, left_bound)
        {
            give_role(&mut groups, counterpart, Role::Target);
        }
    }
    if frame == Frame::Sell
        && !groups.iter().any(|(_, r)| *r == Role::Acquirer)
        && let Some(buyer) = super::shapes::buyer_named_after(s, (t, t_end), right_bound)
    {
        give_role(&mut groups, buyer, Role::Acquirer);
    }
    // ("N shares of Y were tendered": read so; a holder that tendered its
    // shares sells them into another's offer. "has tendered for all Y
    // shares" is another predicate's.)
    if frame == Frame::Offer
        && t_end == t + 1
        && s.is_word(t, &["tendered", "tender", "tenders", "tendering"])
    {
        groups = super::bids::shares_tendered(s, t)?;
    }
    // "Halvern and Kelmix agreed the terms of an offer by Halvern for
    // Kelmix", "A and B said they signed an agreement for the sale of B's
    // unit to A": a subject whose every name (or whose plural pronoun,
    // the same two said again) the trigger's own arguments name again only
    // tells who agreed; the arguments say who does what.
    // (Most triggers have no subject to test: the names after it are
    // gathered only when one does.)
    let named_after = || -> Vec<&str> {
        args.right
            .iter()
            .flat_map(|(_, g)| g)
            .filter_map(|&j| s.org_at(j))
            .collect()
    };
    let restated = match args.subj[..] {
        [] => false,
        [k] if matches!(s.items[k].2, Item::Ref(Reference::Group(_))) => {
            // Two different names at least.
            let names = named_after();
            names.iter().any(|a| *a != names[0])
        }
        [_] => false,
        _ => {
            let names = named_after();
            args.subj
                .iter()
                .all(|&k| s.org_at(k).is_some_and(|name| names.contains(&name)))
        }
    };
    if restated {
        groups.retain(|(g, _)| g != &args.subj);
    }
    // "Halvern supports Pivex with an investment of $30 million",
    // "accompagne Pivex avec un investissement de 30 millions": an
    // investment as the means of the main verb goes from its subject to
    // its object.
    if frame == Frame::InvestNoun
        && t >= 2
        && s.is_word(t - 2, &["with", "avec"])
        && s.is_word(t - 1, &["a", "an", "un", "une"])
        && args.right.is_empty()
        && let [object] = args.subj[..]
        && let Some(main) = (left_bound..object).find(|&k| s.org_at(k).is_some())
    {
        groups = vec![(vec![main], Role::Investor), (vec![object], Role::Target)];
    }
    if frame == Frame::RaiseNoun {
        backers::joiners_invest(s, t, left_bound, &mut groups);
    }
    if frame == Frame::Acquire {
        adjuncts::bought_by_main_subject(s, (t, t_end), args.right, &mut groups);
    }
    if frame == Frame::Acquire && form == Form::Passive {
        adjuncts::bought_by_talk_partner(s, t, left_bound, args.right, &mut groups);
    }
    buying::goods_from_maker(s, frame, t_end, right_bound, &mut groups);
    buying::stake_bought_from_holder(s, frame, (left_bound, t, t_end), &args, &mut groups);
    buying::partner_bought_out(s, frame, (t, t_end), &mut groups);
    let clitic_back = acting::clitic_target(s, frame, t, &args.subj, &mut groups);
    // (Past a duration right after the verb: "achètera pendant cinq ans
    // une partie de la production de Y".)
    buying::maker_provides(
        s,
        frame,
        s.past_duration(t_end, right_bound),
        right_bound,
        &mut groups,
    );
    buying::spent_on_provider(s, frame, t_end, right_bound, &mut groups);
    if let Some(owner) = goods_owner {
        for (items, _) in groups.iter_mut() {
            items.retain(|&k| k != owner);
        }
        groups.retain(|(items, _)| !items.is_empty());
        groups.push((vec![owner], Role::Provider));
    }
    buying::supplier_named(s, frame, t, t_end, &args.poss, &mut groups);
    backers::inverted_backing(s, frame, (t, t_end, right_bound), &mut groups);
    // "secured $22 million in seed funding": funding received is a round
    // the subject raises, whoever it came from.
    if frame == Frame::InvestNoun && cues.received {
        frame = Frame::RaiseNoun;
    }
    let minority = minority
        || (frame == Frame::Offer && buying::minority_bid(s, t_end, right_bound))
        // (Only a stake in a company named apart from its seller: "Goldman
        // sold a 12.5 pct stake to Sumitomo" sells its own shares, read as
        // the seller's target below.)
        || (groups.iter().any(|(_, r)| *r == Role::Seller)
            && groups.iter().any(|(_, r)| *r == Role::Target)
            && buying::minority_sold(s, frame, t_end, right_bound));
    if minority {
        frame = Frame::StakeNoun;
        for (_, role) in &mut groups {
            *role = match *role {
                Role::Acquirer => Role::Investor,
                r => r,
            };
        }
    }
    // "took a 51% stake in Y", "une participation majoritaire dans Y":
    // control bought is an acquisition.
    // "fera du PIF l'actionnaire majoritaire de Y", "becomes the majority
    // shareholder of Y": so is becoming its majority holder.
    let majority_holder = frame == Frame::InvestorNoun
        && (t.saturating_sub(1)..(t_end + 1).min(n))
            .any(|k| s.is_word(k, &["majority", "controlling", "majoritaire"]));
    if (frame == Frame::StakeNoun && controlling_stake(s, t, t_end, left_bound, right_bound))
        || majority_holder
    {
        frame = Frame::Acquire;
        for (_, role) in &mut groups {
            if *role == Role::Investor {
                *role = Role::Acquirer;
            }
        }
    }
    // "a 49% stake in three wind farms operated by Kelvane", "une
    // participation dans les parcs exploités par Kelvane": the owner of
    // what the stake is in, named as a participle's agent, is the stake's
    // company (as when the stake is bought from it).
    // (A stake only held in a field or block run by another, "has a 10%
    // stake in the block operated by X", tells a licence's partners, not a
    // deal.)
    let held = || {
        (t.saturating_sub(6)..t).any(|j| {
            s.is_word(
                j,
                &[
                    "has",
                    "have",
                    "had",
                    "holds",
                    "hold",
                    "owns",
                    "own",
                    "détient",
                    "détiennent",
                    "possède",
                ],
            )
        })
    };
    if frame == Frame::StakeNoun && !groups.iter().any(|(_, r)| *r == Role::Target) && !held() {
        let owner_agent = |k: usize| {
            k >= 3
                && s.is_word(k - 1, &["by", "par"])
                && s.is_in(k - 2, &OWNING_PARTICIPLES)
                && (t_end..k - 2).any(|j| s.is_word(j, &["in", "dans"]))
                && !(t_end..k - 2).any(|j| matches!(s.items[j].2, Item::Ref(_)))
        };
        for (g, role) in &mut groups {
            if *role == Role::Investor && g.len() == 1 && owner_agent(g[0]) {
                *role = Role::Target;
            }
        }
    }
    // "Kelmix et Dravik sont en pourparlers en vue d'un rachat", "Kelmix and
    // Dravik are in talks over an acquisition": two companies in talks over
    // a purchase with nothing named bought are its two sides, as in a
    // merger; the first named is read as the buyer.
    if frame == Frame::Acquire
        && acquisition_noun
        && !groups.iter().any(|(_, r)| *r == Role::Target)
        && (left_bound..t).any(|k| s.is_in(k, &super::adjuncts::TALK_WORDS))
        && let [(pair, Role::Acquirer)] = groups.as_mut_slice()
        && pair.len() == 2
        && pair.iter().all(|&k| s.org_at(k).is_some())
    {
        pair.sort_unstable();
        let second = pair.pop();
        if let Some(second) = second {
            groups.push((vec![second], Role::Target));
        }
    }
    // ("Y, which may be the target of a takeover", "Y, cible d'une OPA":
    // the subject is what would be bought; with no bidder read beside it,
    // the bidder being unnamed or no company, the takeover names no deal.)
    if frame == Frame::Acquire
        && acquisition_noun
        && !groups.iter().any(|(_, r)| *r == Role::Target)
        && (t.saturating_sub(4)..t)
            .any(|k| s.is_word(k, &["target", "cible"]) && s.is_word(k + 1, &["of", "de", "d'"]))
    {
        return None;
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
    // "Selvane and Orvane agreed on the sale of Kelmix to Orvane": a
    // signer of a sale named as its buyer too buys; it sells nothing.
    if frame == Frame::Sell {
        let buyers: Vec<&str> = groups
            .iter()
            .filter(|(_, r)| *r == Role::Acquirer)
            .flat_map(|(g, _)| g.iter().filter_map(|&k| s.org_at(k)))
            .collect();
        if !buyers.is_empty() {
            for (g, role) in groups.iter_mut() {
                if *role == Role::Seller {
                    g.retain(|&k| s.org_at(k).is_none_or(|o| !buyers.contains(&o)));
                }
            }
        }
    }
    // Resolve references to names.
    let (mut parties, learned) = resolve_groups(s, &groups, &args.subj, ctx);
    // "Harlow agreed to sell Crestline to Mavery ... Harlow bought the
    // business in 2014 from Dunstan": a business bought by its definite
    // noun, its seller named, by the seller of the last sale told, is the
    // company that sale took (the seller named is no company bought).
    // (The words first: the last seller is asked only of such a purchase.)
    if frame == Frame::Acquire
        && !passive
        && s.is_word(t_end, &["the", "l'", "la", "le"])
        && s.is_word(
            t_end + 1,
            &[
                "business",
                "unit",
                "division",
                "chain",
                "brand",
                "activité",
                "filiale",
                "branche",
            ],
        )
        && parties.iter().any(|p| p.1 == Role::Seller)
        && !parties.iter().any(|p| p.1 == Role::Target)
        && let Some(last_seller) = ctx.last_seller()
        && parties
            .iter()
            .any(|p| p.1 == Role::Acquirer && p.0 == last_seller)
        && let Some((_, target)) = ctx.last_takeover()
        && !parties.iter().any(|p| p.0 == *target)
    {
        parties.push((target.clone(), Role::Target));
    }
    // "bought a 30% stake in Y, with an option to acquire the rest": the
    // option's holder is the stake's buyer, the rest the stake's company.
    if let Some(stake) = stakes::option_on_the_rest(s, frame, t, &groups, earlier) {
        parties = stake;
    }
    // "Kelmix's management has bought the company with backing from Y".
    super::people::insiders_buy(
        s,
        frame,
        (left_bound, t, t_end, right_bound),
        &right,
        &mut parties,
    );
    // "Kelmix put Norlac up for sale. Ostrov agreed to buy it", "... to buy
    // the unit": what is bought is the company told for sale.
    if acquisition {
        super::later_buyer::bought_from_sale_told(
            s,
            (frame, form, t_end),
            &groups,
            ctx,
            &mut parties,
        );
    }
    if matches!(frame, Frame::StakeNoun | Frame::Acquire)
        && founding::venture_split(s, &groups, &parties, ctx)
    {
        return None;
    }
    // "This year it invested another $20 million": a further sum put in,
    // no company named, goes to the company of the round told last, as a
    // deal of its own.
    let another = matches!(frame, Frame::InvestVerb | Frame::InvestAmountVerb)
        && !parties.iter().any(|p| p.1 == Role::Target)
        && super::raising::further_sum(s, t_end, n);
    if another
        && let Some(company) = recent_round.clone()
        && !parties.iter().any(|p| p.0 == company)
    {
        parties.push((company, Role::Target));
    }
    // "acquired by a Tessera-led consortium": the group's leader buys.
    if roles.deal_type(frame) == Some(DealType::Acquisition)
        && !parties.iter().any(|p| p.1 == Role::Acquirer)
        && let Some(leader) = groups::led_group_compound(s, left_bound, right_bound)
        && !parties.iter().any(|p| p.0 == leader)
    {
        parties.push((leader, Role::Acquirer));
    }
    // "L'entrée de Tikehau s'accompagne d'une augmentation de capital", "the
    // entry of Tessel comes with a capital increase": the company whose
    // entry is told invests; the increase is of the company whose stake
    // the article told.
    if frame.is_round()
        && let Some(entrant) = super::raising::entrant_named(s, left_bound, t)
        && let Some(p) = parties
            .iter_mut()
            .find(|p| p.0 == entrant && p.1 == Role::Target)
    {
        p.1 = Role::Investor;
        if let Some(company) = ctx.last_stake()
            && !parties.iter().any(|p| p.0 == company)
        {
            parties.push((company, Role::Target));
        }
    }
    // "Pivane est en discussions avec Halvern. Ce dernier pourrait prendre
    // 30 % de son capital": a share of "its capital" taken by another is a
    // share of the company the article was just about.
    if frame == Frame::StakeNoun
        && !parties.iter().any(|p| p.1 == Role::Target)
        && parties.iter().any(|p| p.1 == Role::Investor)
        && let Some(k) = (t_end..right_bound.min(t_end + 8)).find(|&k| {
            s.is_word(k, &["son", "sa", "its", "leur", "their"])
                && s.is_word(k + 1, &["capital", "shares", "stock", "actions", "titres"])
        })
        // ("Kelmix said Halvern had acquired 5% of its shares": a share of
        // "its shares" is one of the company named before the buyer in the
        // sentence, telling of it.)
        && let Some(company) =
            (k >= 2 && s.is_word(k - 1, &["of", "de"]) && super::shapes::percent_unit(s.norm(k - 2)))
                .then(|| {
                    (0..t)
                        .find_map(|j| s.org_at(j).map(str::to_string))
                        .filter(|c| !parties.iter().any(|p| p.0 == *c))
                })
                .flatten()
                .or_else(|| {
                    s.is_word(k + 1, &["capital"])
                        .then(|| ctx.recent_subject())
                        .flatten()
                })
        && !parties.iter().any(|p| p.0 == company)
    {
        parties.push((company, Role::Target));
    }
    // "confident in the company's strategy, which includes the sale of its
    // coatings business to Ostrel": a sale's noun with no seller, whose
    // "of its" names what is sold, is a sale by the company "its" stands
    // for, the sentence's first named or the subject told last.
    if frame == Frame::Sell
        && !passive
        && !parties
            .iter()
            .any(|p| matches!(p.1, Role::Target | Role::Seller))
        && parties.iter().any(|p| p.1 == Role::Acquirer)
        && s.is_word(t_end, &["of", "de"])
        && s.is_word(
            t_end + 1,
            &["its", "their", "son", "sa", "ses", "leur", "leurs"],
        )
        && !s
            .words(t_end + 2, right_bound.min(t_end + 6))
            .iter()
            .any(|w| {
                matches!(
                    *w,
                    "stake" | "holding" | "interest" | "participation" | "shares"
                )
            })
        && let Some(owner) = (0..t)
            .find_map(|k| s.org_at(k).map(str::to_string))
            .or_else(|| ctx.recent_subject())
        && !parties.iter().any(|p| p.0 == owner)
    {
        parties.push((owner, Role::Seller));
    }
    // "Norlac owns 20% of Kelmix. It agreed to sell its stake to Tessel": a
    // holder selling "its stake", no company named, sells the stake the
    // article told it holds; short of control, the buyer invests.
    if frame == Frame::Sell
        && !passive
        && !parties.iter().any(|p| p.1 == Role::Target)
        && parties.iter().any(|p| p.1 == Role::Acquirer)
        && let Some(company) = stakes::own_stake_sold(s, t_end, right_bound, &parties, ctx)
    {
        let control = s
            .words(t_end, right_bound.min(t_end + 6))
            .iter()
            .any(|w| matches!(*w, "majority" | "controlling" | "majoritaire"));
        if !control {
            parties.retain(|p| p.1 != Role::Seller);
            for p in parties.iter_mut() {
                if p.1 == Role::Acquirer {
                    p.1 = Role::Investor;
                }
            }
            frame = Frame::StakeNoun;
        }
        // ("Fontelli's founding family agreed to sell its stake": the
        // company the seller's possessive named is what is sold into.)
        parties.retain(|p| p.0 != company);
        parties.push((company, Role::Target));
    }
    // "Dravena bought the stake in 2017": the stake the article told last.
    if !parties.iter().any(|p| p.1 == Role::Target)
        && let Some(company) = stakes::the_stake_told(s, frame, t, args.right, &parties, ctx)
        && !parties.iter().any(|p| p.0 == company)
    {
        parties.push((company, Role::Target));
    }
    // ("Ligérien, qui gère 2 milliards, est propriétaire de Castelmaure,
    // acquis en 2021": the owner the main clause names bought it.)
    if participle_on_name
        && !parties.iter().any(|p| p.1 == Role::Acquirer)
        && let Some(owned) = s.org_at(t - 2)
        && parties.iter().any(|p| p.0 == owned && p.1 == Role::Target)
        && let Some(own) = (0..t - 2).rev().find(|&k| {
            s.is_word(
                k,
                &[
                    "propriétaire",
                    "owns",
                    "owner",
                    "possède",
                    "détient",
                    "controls",
                    "contrôle",
                ],
            )
        })
        && let Some(owner) = (0..own).find_map(|k| s.org_at(k))
        && owner != owned
    {
        parties.push((owner.to_string(), Role::Acquirer));
    }
    // "Kestane est une start-up. Orvane en a pris le contrôle": a clitic
    // with nothing to stand for in its sentence is the subject told last.
    // ("Orvane a racheté Kelmix en 2015. Il l'a revendu à Tessel": when
    // that subject is the clause's own, the clitic is what it bought.)
    if clitic_back
        && !parties.iter().any(|p| p.1 == Role::Target)
        && let Some(back) = ctx.recent_subject()
    {
        let bought = || {
            ctx.last_bought_by(&back)
                .filter(|target| !parties.iter().any(|p| p.0 == *target))
                .map(str::to_string)
        };
        if !parties.iter().any(|p| p.0 == back) {
            parties.push((back, Role::Target));
        } else if let Some(target) = bought() {
            parties.push((target, Role::Target));
        }
    }
    if let Some(customer) = buying::customer_telling(s, frame, t, &parties) {
        parties.push((customer, Role::Customer));
    }
    // "Orvane received an offer from Tessera for its Kelmix unit": a unit
    // the subject owns is what is bid for, and the subject sells it.
    if frame == Frame::Offer
        && parties.iter().filter(|p| p.1 == Role::Target).count() >= 2
        && let Some(&subject) = args.subj.first()
        && let Some(owner) = s.org_at(subject)
        && (t_end..right_bound).any(|k| s.is_word(k, &["its", "sa", "son", "ses", "leur"]))
    {
        for p in parties.iter_mut() {
            if p.0 == owner && p.1 == Role::Target {
                p.1 = Role::Seller;
            }
        }
    }
    // "Kelmix shareholders Orvane and Tessera agreed to sell the company to
    // Halvern": holders named as a company's, selling "the company" or
    // "it", sell the company they hold.
    let object_unnamed = !groups
        .iter()
        .any(|(g, r)| *r == Role::Target && g.iter().any(|&k| s.org_at(k).is_some()));
    if frame == Frame::Sell
        && !passive
        && object_unnamed
        && let Some(held) = holders::held_by_subject(s, &args.subj)
    {
        let sellers: Vec<&str> = args.subj.iter().filter_map(|&k| s.org_at(k)).collect();
        // (Targets the description was read as are the sellers; any other
        // target goes.)
        parties.retain(|p| p.0 != held && (p.1 != Role::Target || sellers.contains(&p.0.as_str())));
        for p in parties.iter_mut() {
            if p.1 == Role::Target {
                p.1 = Role::Seller;
            }
        }
        parties.push((held.to_string(), Role::Target));
    }
    // "Norlac, Orvane's biggest shareholder, opposes the merger with
    // Pivane", "Tessel, premier actionnaire de Quibble, soutient la fusion
    // avec Y": a holder's view of a merger is on the merger of the company
    // it holds.
    if frame == Frame::Merge
        && t > 0
        && s.is_word(
            t - 1,
            &["the", "a", "its", "la", "le", "l'", "une", "sa", "son"],
        )
        && (left_bound..t).any(|k| s.is_in(k, &super::acting::OPINION_VERBS))
        && let Some(held) = holders::held_by_subject(s, &args.subj)
        && !parties.iter().any(|p| p.0 == held)
    {
        let holders: Vec<&str> = args.subj.iter().filter_map(|&k| s.org_at(k)).collect();
        for p in parties.iter_mut() {
            if holders.contains(&p.0.as_str()) {
                p.0 = held.to_string();
            }
        }
    }
    // "Nimbus, Harlow and Voltix also invested": said to invest too.
    let also =
        (t.saturating_sub(2)..t).any(|k| s.is_word(k, &["also", "too", "également", "aussi"]));
    if let Some(held) = held_before
        && !parties.iter().any(|p| p.1 == Role::Target || p.0 == held)
    {
        parties.push((held, Role::Target));
    }
    let joins_round = backers::complete_round(
        s,
        backers::RoundCues {
            frame,
            t,
            t_end,
            left_bound,
            listing,
            also,
            recent_round: recent_round.as_ref(),
        },
        ctx,
        &mut parties,
    );
    // "Kelmix is studying a proposed merger with Norlac": the other side's
    // bid (see `bids::merger_proposed_to_subject`).
    if frame == Frame::Merge
        && super::bids::merger_proposed_to_subject(s, (t, t_end), (left_bound, right_bound))
        && parties.iter().filter(|p| p.1 == Role::Acquirer).count() == 1
        && parties.iter().filter(|p| p.1 == Role::Target).count() == 1
    {
        for p in &mut parties {
            p.1 = match p.1 {
                Role::Acquirer => Role::Target,
                Role::Target => Role::Acquirer,
                other => other,
            };
        }
    }
    // "A and B said they would merge": the group is read as one subject;
    // the first named takes the others over.
    // ("Harlow, the German group, and Tessant, its rival, agreed to merge":
    // first in the sentence, whatever order the appositions left.)
    if frame == Frame::Merge && !parties.iter().any(|p| p.1 == Role::Target) {
        let at = |name: &str| (0..n).find(|&k| s.org_at(k) == Some(name)).unwrap_or(n);
        let first = parties
            .iter()
            .enumerate()
            .filter(|(_, p)| p.1 == Role::Acquirer)
            .min_by_key(|(_, p)| at(&p.0))
            .map(|(i, _)| i);
        for (i, p) in parties.iter_mut().enumerate() {
            if p.1 == Role::Acquirer && Some(i) != first {
                p.1 = Role::Target;
            }
        }
    }
    // "Norlac agreed to go public through a merger with Halvern Acquisition
    // Corp": the blank-check company takes the other over.
    if frame == Frame::Merge
        && parties.len() == 2
        && let Some(spac) = super::bids::blank_check_party(s, &parties).map(str::to_string)
    {
        for p in &mut parties {
            p.1 = if p.0 == spac {
                Role::Acquirer
            } else {
                Role::Target
            };
        }
    }
    // "Leapmotor International, 51% owned by Stellantis and 49% by
    // Leapmotor": the owners in shares are the partners, what they own the
    // venture.
    let mut vehicle = vehicle;
    if frame == Frame::JointVenture
        && let Some((owned, owners)) = founding::venture_in_shares(s, t, left_bound, right_bound)
    {
        parties = owners;
        vehicle = owned.or(vehicle);
    }
    // The venture is not one of its partners; it may buy on its own ("a
    // partnership called X, which has acquired Y").
    if let Some(v) = &vehicle
        && matches!(
            frame,
            Frame::Partner
                | Frame::Agreement
                | Frame::JointVenture
                | Frame::Found
                | Frame::JoinVenture
        )
    {
        parties.retain(|p| &p.0 != v);
    }
    let mut deal_type = typing::deal_type(
        s,
        frame_type(roles, frame, joint),
        (frame, passive, vehicle.as_deref()),
        (t, t_end, right_bound),
        (&args.subj, &right),
        &mut parties,
    );
    if deal_type == DealType::Commercial && matches!(frame, Frame::Supply | Frame::Agreement) {
        purpose::public_body_buys(&mut parties);
        purpose::equips_own(s, t, t_end, &mut parties);
    }
    if deal_type == DealType::Investment && frame == Frame::Sell && !passive {
        stakes::stake_told_sold(s, t_end, right_bound, &right, &mut parties, ctx);
    }
    // ("got $400 million from Y for its unit": the money received stands
    // as a round's would, its sale told in the tense of the receiving.)
    let sold_for_unit = deal_type == DealType::Investment
        && frame == Frame::RaiseVerb
        && super::raising::received_for_unit(s, t_end, right_bound, &mut parties);
    if sold_for_unit {
        deal_type = DealType::Acquisition;
    }
    let buyer_unnamed = deal_type == DealType::Acquisition
        && ((frame == Frame::Sell && !passive) || (frame == Frame::Acquire && passive))
        && unnamed_buyer(s, t_end, right_bound, &parties, frame == Frame::Sell);
    // "An investor group agreed to buy Y for $20 million": the buyer is
    // described as the subject, not named.
    let buyer_unnamed = buyer_unnamed
        || (frame == Frame::Acquire
            && !passive
            && !acquisition_noun
            && deal_type == DealType::Acquisition
            && args.subj.is_empty()
            && parties.iter().any(|p| p.1 == Role::Target)
            && !parties.iter().any(|p| p.1 == Role::Acquirer)
            && unnamed_subject(s, left_bound, t));
    // "a proposal from chairman Philip D. Kaltenbacher to acquire Y", "an
    // offer it received from Charles R. Miller": a person is no party, but
    // the company is still bid for, with no acquirer to report (`people`).
    let person_named = people::person_bids(
        s,
        frame,
        (t_end, left_bound, right_bound),
        &groups,
        &mut parties,
    );
    let person_bid = person_named && deal_type == DealType::Acquisition;
    let buyer_unnamed = buyer_unnamed
        || (person_bid
            && parties.iter().any(|p| p.1 == Role::Target)
            && !parties.iter().any(|p| p.1 == Role::Acquirer)
            && (frame == Frame::Sell || !parties.iter().any(|p| p.1 == Role::Seller)));
    // "sold 2 mln of its shares to investors for $5 million": money raised
    // from investors the text does not name, as a round may be.
    // ("DNA said Walter G. Mize had bought 33 pct of its stock": so is a
    // stake a person bought, the company's only party.)
    // ("sold its 18 pct stake in Y to an investor group for $54 million":
    // so does a stake sold to buyers described, not named.)
    let stake_to_described = told_frame == Frame::Sell
        && frame == Frame::StakeNoun
        && super::shapes::buyer_described(s, t_end, right_bound, true);
    let investors_unnamed = ((frame == Frame::Sell || stake_to_described) && amount_pick.is_some()
        || person_named)
        && deal_type == DealType::Investment
        && !parties.iter().any(|p| p.1 == Role::Investor)
        && parties.iter().filter(|p| p.1 == Role::Target).count() == 1;
    // "Vextra will raise $1 billion through a share sale, and Kestane
    // agreed to buy $250 million of the new shares": new shares bought are
    // the raising company's.
    if matches!(frame, Frame::Acquire | Frame::StakeNoun)
        && deal_type == DealType::Investment
        && parties.iter().any(|p| p.1 == Role::Investor)
        && !parties.iter().any(|p| p.1 == Role::Target)
        && buying::issued_shares_bought(s, t_end, right_bound)
        && let Some(issuer) = buying::issuer_before(s, t).or_else(|| ctx.recent_subject())
        && !parties.iter().any(|p| p.0 == issuer)
    {
        parties.push((issuer, Role::Target));
    }
    // "acquired a 47 pct working interest in the Broussard oil field from
    // Z", "une participation de 30 % dans le gisement de Z": a stake in a
    // part of a business with no name is a stake in its seller.
    if frame == Frame::StakeNoun {
        stakes::stake_in_asset_of_seller(s, t_end, right_bound, &mut parties);
    }
    // "bought a 10% stake in Y from Z": who sells a stake takes no part in
    // the investment.
    if deal_type == DealType::Investment {
        parties.retain(|p| p.1 != Role::Seller);
    }
    // "received an offer from B involving a swap of B shares for Y
    // shares": an offer received whose "for" names the receiver itself is
    // for the receiver.
    if frame == Frame::Offer {
        seller_as_target(&mut parties);
    }
    // "bought two radio stations from Y": what has no name stands for Y.
    // ("acquire the Sable Creek mine from Y": nor has an asset named after
    // a place, which names no party.)
    let named_asset = || {
        (t_end..right_bound)
            .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
            .is_some_and(|k| {
                k + 1 < right_bound
                    && s.items[k + 1].2 == Item::Word
                    && super::sentence::GOODS.contains(s.norm(k + 1))
            })
    };
    if frame == Frame::Acquire && (business_part(what) || named_asset()) {
        seller_as_target(&mut parties);
        if !passive {
            buying::owner_of_unit_bought(s, (left_bound, t, t_end), what, &mut parties);
        }
    }
    // ("agreed to sell LNG to Y under a 15-year contract": the seller's
    // side of the same trade.)
    if matches!(frame, Frame::Acquire | Frame::Sell)
        && !passive
        && deal_type == DealType::Acquisition
        && goods_under_contract(s, t_end, right_bound, &mut parties)
    {
        deal_type = DealType::Commercial;
    }
    implicit::complete_parties(
        s,
        ImplicitCues {
            frame,
            deal_type,
            t,
            t_end,
            right_bound,
            relative,
            acquisition_noun,
            noun_trigger,
        },
        earlier,
        ctx,
        &mut parties,
    );
    let raise = matches!(frame, Frame::RaiseVerb | Frame::RaiseNoun);
    let needs_amount = raise
        && amount_pick.is_none()
        && !parties.iter().any(|p| p.1 == Role::Investor)
        && parties.iter().filter(|p| p.1 == Role::Target).count() == 1;
    // "Nvidia invested in OpenAI, Kelmix and Mistral": a list after an
    // investing verb's "in" is one investment in each (see
    // `split_targets`); other readings with several targets are misread.
    // "bought stakes in Nintendo and Electronic Arts": so is a list after
    // a stake noun in the plural.
    let invested_in_each = (matches!(frame, Frame::InvestVerb | Frame::InvestAmountVerb)
        || (frame == Frame::StakeNoun
            && s.is_word(
                t_end - 1,
                &["stakes", "holdings", "interests", "participations"],
            )))
        && form == Form::Active
        // ("invested in Tessera in 2023 and in Halvern in 2024": the
        // companies may stand after "in" each; "has backed A and B": or
        // be the verb's objects.)
        && right
            .iter()
            .filter(|(slot, _)| {
                *slot == Slot::In || (*slot == Slot::Object && frame == Frame::InvestVerb)
            })
            .map(|(_, g)| g.len())
            .sum::<usize>()
            >= 2
        && parties.iter().any(|p| p.1 == Role::Investor)
        && parties.iter().filter(|p| p.1 == Role::Target).count() >= 2;
    // "acquired three firms in 2024, among them Dravik Labs": companies a
    // buyer counts, some named after.
    let counted = (frame == Frame::Acquire
        && !passive
        && deal_type == DealType::Acquisition
        && parties.iter().any(|p| p.1 == Role::Acquirer)
        && !parties.iter().any(|p| p.1 == Role::Target))
    .then(|| super::counted::counted_object(s, t_end))
    .flatten();
    if let Some(noun) = counted {
        for k in super::counted::named_among(s, noun) {
            if let Some(name) = s.org_at(k).filter(|n| !parties.iter().any(|p| p.0 == *n)) {
                parties.push((name.to_string(), Role::Target));
            }
        }
    }
    if !needs_amount
        && !buyer_unnamed
        && !investors_unnamed
        && !invested_in_each
        && !valid(deal_type, &parties, amount_pick.is_some(), frame)
    {
        // "agreed to buy two software companies": the next sentence may
        // name them ("The companies are A and B").
        if counted.is_some()
            && let Some(buyer) = parties.iter().find(|p| p.1 == Role::Acquirer)
        {
            let told = standing::standing(
                s,
                (left_bound, t, t_end, right_bound),
                deal_type,
                false,
                abandoned,
            );
            ctx.saw_counted_purchase(&buyer.0, told.status);
        }
        // "Kelmix put Norlac up for sale", "Pellow sold its Ternway unit
        // last month": a sale with no buyer named is remembered for the
        // sentences after it, which may name the buyer; so is a company
        // bought in the passive with no buyer ("said it had been acquired").
        // ("Quellin is exploring a sale of its Asian unit": a part of the
        // seller with no name stands for the seller, as when a buyer is
        // named.)
        let seller = parties.iter().find(|p| p.1 == Role::Seller);
        let for_sale = match parties.iter().find(|p| p.1 == Role::Target) {
            Some(target) => Some((target, seller)),
            None if frame == Frame::Sell && !passive && business_part(what) => {
                seller.map(|own| (own, None))
            }
            None => None,
        };
        if (frame == Frame::Sell || (frame == Frame::Acquire && passive))
            && deal_type == DealType::Acquisition
            && let Some((target, seller)) = for_sale
        {
            let told = standing::standing(
                s,
                (left_bound, t, t_end, right_bound),
                deal_type,
                false,
                abandoned,
            );
            // ("a mis en vente sa filiale", "put Y up for sale": what is
            // done is the offer for sale, not the sale.)
            let offered = s
                .words(t.saturating_sub(2).max(left_bound), t_end)
                .windows(2)
                .any(|w| matches!(w, ["for", "sale"] | ["en", "vente"] | ["the", "block"]));
            let status = if offered && told.status.0 == Status::Completed {
                (Status::Announced, false)
            } else {
                told.status
            };
            ctx.saw_for_sale(&target.0, seller.map(|p| p.0.as_str()), status);
        }
        return None;
    }
    for (words, name) in learned {
        ctx.learn_resolved(&words, &name);
    }
    // A holder described in passing holds already, whatever the main
    // clause does.
    let backers_aside =
        (passive && backers::told_in_aside(s, frame, t, left_bound)) || described_holder.is_some();
    // "Kelmix, a supplier to Norlac, raised $20 million": a supply told in
    // an apposition on a company has none of the main clause's sum.
    // ("Kelmix, fournisseur de Norlac, a levé": French sets the noun off
    // with no article.)
    let bare_noun_aside = || {
        (t >= 2 && s.is_comma(t - 1) && s.org_at(t - 2).is_some())
            .then(|| (t_end..right_bound.min(t_end + 8)).find(|&k| s.is_comma(k)))
            .flatten()
    };
    let supply_aside = frame == Frame::Supply
        && s.description_apposition(left_bound, t, t_end, right_bound)
            .or_else(bare_noun_aside)
            .is_some_and(|close| {
                amount_pick.is_some_and(|a| (close..n).any(|k| s.items[k].2 == Item::Amount(a)))
            });
    let amount_pick = amount_pick
        .filter(|_| !backers_aside && !supply_aside)
        .filter(|&a| !super::amounts::total_of_examples(s, (t, t_end), right_bound, a))
        .filter(|&a| !super::amounts::values_a_buyer(s, uses, a, &parties));
    let amount = amount_pick.and_then(|a| to_amount(s.input, a));
    // ("pour un montant non communiqué", "for an undisclosed sum": a price
    // kept quiet is no sum to borrow from a sentence nearby.)
    let vague_amount = amount_pick.is_some_and(|a| s.input.amounts[a].value.is_none())
        || (amount_pick.is_none() && UNDISCLOSED_PRICES.found_in(s.words(left_bound, right_bound)));
    let mut standing = standing::standing(
        s,
        (left_bound, t, t_end, right_bound),
        if sold_for_unit {
            DealType::Investment
        } else {
            deal_type
        },
        backers_aside,
        abandoned,
    );
    // "jointly owned by A and B", "détenue à parts égales par A et B": a
    // venture owned is one made, unless a cue says otherwise.
    if owning && !standing.status.1 && !status::future_told(s.words(left_bound, right_bound)) {
        standing.status = (dealwire_core::model::Status::Completed, false);
    }
    // "son partenaire italien Y", "its partner Y": a partner named as such
    // is a tie the article may tell more of, like a bare agreement.
    let named_partner = frame == Frame::Partner
        && s.is_word(t, &["partner", "partenaire"])
        && t > 0
        && s.is_word(t - 1, &["its", "their", "son", "sa", "leur"]);
    // ("a distribution agreement", "un accord de coopération": an
    // agreement of a named kind is a tie of its own, not the other deal
    // between the same two the article told.)
    let kind_named = frame == Frame::Agreement
        && ((t.saturating_sub(2).max(left_bound)..t)
            .any(|k| s.is_in(k, &lexicon::AGREEMENT_KINDS))
            || (s.is_word(t_end, &["de", "d'"])
                && t_end + 1 < right_bound
                && s.is_in(t_end + 1, &lexicon::AGREEMENT_KINDS)));
    let mut generic = (frame == Frame::Agreement || named_partner)
        && deal_type == DealType::Partnership
        && !kind_named;
    // "Microsoft has turned to CoreWeave for computing power, and OpenAI
    // has signed an agreement with CoreWeave": a bare agreement with a
    // company the article has shown selling services buys from it.
    if generic && frame == Frame::Agreement && parties.len() == 2 {
        let known = [
            ctx.is_provider(&parties[0].0),
            ctx.is_provider(&parties[1].0),
        ];
        if known[0] != known[1] {
            for (p, provider) in parties.iter_mut().zip(known) {
                p.1 = if provider {
                    Role::Provider
                } else {
                    Role::Customer
                };
            }
            deal_type = DealType::Commercial;
            generic = false;
        }
    }
    // "signed a similar deal with Y", "un contrat similaire avec Y".
    // ("has signed similar contracts with A and B": a kind's noun too, whose
    // direction the earlier deal tells.)
    let similar = (generic || deal_type == DealType::Commercial)
        // ("similar deals": the adjective may open the trigger's phrase.)
        && ((t.saturating_sub(2)..t_end)
            .any(|k| s.is_word(k, &["similar", "comparable", "identical", "same", "même"]))
            || (t_end < s.items.len()
                && s.is_word(t_end, &["similaire", "comparable", "identique", "analogue"])));
    // "a ensuite pris", "plus tard", "par la suite", "later": a later event
    // (asked only of investments, the only deals a round may take in).
    let words = s.words(0, s.items.len());
    let sequel = deal_type == DealType::Investment
        && (another
            || words.iter().enumerate().any(|(k, w)| {
                SEQUEL_MARKERS.contains(w) && (*w != "tard" || (k > 0 && words[k - 1] == "plus"))
            })
            || words.windows(3).any(|w| w == ["par", "la", "suite"]));
    let confidence = confidence_of(frame, &parties, amount.is_some(), generic);
    // "Nimbus, Harlow and Voltix also invested": investors said to invest
    // too, in the company whose round was just told, take part in it.
    let also_invested = matches!(frame, Frame::InvestVerb | Frame::InvestNoun)
        && also
        && recent_round
            .as_ref()
            .is_some_and(|round| parties.iter().any(|p| p.1 == Role::Target && &p.0 == round));
    let mention = Mention {
        sentence: s.input.index,
        deal_type,
        parties,
        amount,
        vague_amount,
        status: standing.status,
        date: standing.date,
        vehicle: if deal_type == DealType::JointVenture {
            vehicle
        } else {
            None
        },
        confidence,
        generic,
        cancelled: standing.cancelled,
        cancelled_outright: standing.cancelled_outright,
        needs_amount,
        // "Le consortium, qui comprend également A et B, détiendra 100 % de
        // Y": the members of a consortium told before join its deal.
        joined: inverted
            || (s.items.len() > 2
                && s.is_word(0, &["the", "this", "le", "ce"])
                && s.is_word(1, &["consortium", "syndicate"]))
            // "Le tour de table a été complété par A et B", "The round was
            // joined by A": the round just told, named again, takes them in.
            || (frame == Frame::RaiseNoun
                && t == 1
                && s.is_word(0, &["the", "this", "le", "la", "l'", "ce", "cette"])
                && recent_round.is_some()
                && amount_pick.is_none())
            || ((cues.joined || joins_round || also_invested || frame == Frame::JoinRound)
                && amount_pick.is_none())
            // "Dravena invested $300 million as part of the round": a sum of
            // one's own in the round named again is a share of it (see
            // `merge::share_of_round`).
            || (frame == Frame::JoinRound
                && amount_pick.is_some()
                && (t_end..right_bound).any(|k| s.is_in(k, &JOINED_DEALS)))
            // "Parmi les autres investisseurs figurent A et B", "Other
            // investors include A and B": the backers of the round told,
            // besides those named.
            // ("Orvane's other backers include A", "Orvane, whose other
            // backers include A": a company's holders, not a round's.)
            || (frame == Frame::InvestorNoun
                && listing
                && amount_pick.is_none()
                && (t.saturating_sub(2)..t).any(|k| s.is_word(k, &["other", "autres"]))
                && !(t.saturating_sub(3)..t).any(|k| {
                    s.is_word(
                        k,
                        &["'s", "its", "their", "whose", "ses", "leurs", "son", "sa", "dont"],
                    )
                }))
            // ("menée par Tessel. Kelvane apporte 1,3 milliard": a sum
            // invested in nothing named right after a round is a share of
            // it, its lead named or not.)
            || (frame == Frame::JoinRound
                && amount_pick.is_some()
                && matches!(told_frame, Frame::InvestVerb | Frame::InvestAmountVerb)),
        buyer_unnamed,
        similar,
        sequel,
        guessed_direction: frame == Frame::Merge,
        // (A participle's agents, "Kelmix, backed by Orvane, raised", are
        // read as the round's.)
        aside: relative.is_some() && matches!(frame, Frame::StakeNoun | Frame::InvestorNoun),
    };
    // "INCJ and a consortium of Japanese companies will acquire Kelmix": a
    // later sentence may name the consortium's members.
    // ("sell Kelmix to a group of investors led by Halvern": so may the
    // other members of a group told by its leader.)
    if let Some(head) = groups::described_beside_subject(s, t, left_bound).or_else(|| {
        matches!(
            mention.deal_type,
            DealType::Acquisition | DealType::Investment
        )
        .then(|| groups::led_group(s, left_bound, right_bound))
        .flatten()
    }) && let Some(group) = groups::group_of(head, &mention)
    {
        ctx.saw_group(group);
    }
    Some((mention, amount_pick))
}
