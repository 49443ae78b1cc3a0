//! What a bid's and a stake's prepositions name, past what `slots` reads
//! for every frame: the holder a stake is bought from ("held by Orvane"),
//! the owner of a unit bid for (no bidder), the company an offer values,
//! an offer's maker after "from" or "de" ("l'offre améliorée de Kelmix"
//! when the clause answers it), one of several bids named elliptically
//! ("including one from Orvane"), and the company an approach is made to.

use super::acting::{RECEIVE_VERBS, offer_answered_at};
use super::sentence::{Item, Sentence, Slot};
use crate::coref::Reference;
use crate::lexicon::WordSet;
use crate::triggers::Frame;

/// Verbs of receiving an offer: see `data/words/offer_receiving_verbs.txt`.
static OFFER_RECEIVING_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/offer_receiving_verbs.txt"));

/// "Orbelle received an offer for its Kelmix unit", "a reçu une offre pour
/// Kelmix": who receives an offer for a company, with no bidder named after
/// "from" or "by", is no bidder; the subject is dropped.
pub(super) fn offer_received(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &[(Slot, Vec<usize>)],
) {
    if frame != Frame::Offer
        || subj.is_empty()
        || bidder_named(right)
        || !right
            .iter()
            .any(|(slot, _)| matches!(slot, Slot::For | Slot::On))
    {
        return;
    }
    // ("received acceptances for its offer": the receiver's own offer.)
    if let Some(v) =
        (t.saturating_sub(6).max(left_bound)..t).find(|&k| s.is_in(k, &OFFER_RECEIVING_VERBS))
        && !(v + 1..t)
            .any(|k| matches!(s.norm(k), "its" | "their" | "sa" | "son" | "leur" | "leurs"))
    {
        subj.clear();
    }
}

/// Slots a stake's holder and an offer's valued company name, read right
/// after the slots.
pub(super) fn held_and_valued(
    s: &Sentence<'_>,
    frame: Frame,
    (t_end, right_bound): (usize, usize),
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    let n = s.items.len();
    // ("Kelmix is 30% owned by Orvane": a participle after the trigger's
    // phrase, not the trigger itself, whose agent is the holder.)
    let held_by = |g: &[usize]| {
        g.first()
            .is_some_and(|&k| k >= t_end + 2 && s.is_word(k - 2, super::founding::OWNED))
    };
    // "bought the 30% stake in Kelmix held by Orvane", "la participation
    // détenue par Orvane": the holder named after the stake sells it.
    if frame == Frame::StakeNoun {
        for (slot, g) in right.iter_mut() {
            if *slot == Slot::By && held_by(g) {
                *slot = Slot::From;
            }
        }
    }
    // "an offer for the 24 pct of Kelmix held by Orvane": the holder is
    // no bidder (an offer's "from" would be).
    if frame == Frame::Offer {
        right.retain(|(slot, g)| !(*slot == Slot::By && held_by(g)));
    }
    // "an offer for Orvane's Kelmix unit": the unit's owner would sell it;
    // an offer's "from" is its bidder, so the owner takes no role ("an
    // offer from Orvane's brokerage unit" is Orvane's).
    if frame == Frame::Offer {
        right.retain(|(slot, g)| {
            !(*slot == Slot::From
                && g.len() == 1
                && s.is_word(g[0] + 1, &["'s"])
                && !s.is_word(g[0].saturating_sub(1), &["from"]))
        });
    }
    // "Halvern's offer values Kelmix at $4 billion", "l'offre valorise
    // Kelmix à 2 milliards": the company an offer values is what it is for.
    // ("will pay $52 per share in cash, valuing Kelmix at $3.1 billion": a
    // price per share paid, then the company it values.)
    let values = |k: usize| k + 1 < n && s.is_in(k, &super::amounts::VALUATION_WORDS);
    let valued = match frame {
        // ("the offer from Halvern values Kelmix", "l'offre de Halvern
        // valorise Kelmix": past its maker named after it.)
        Frame::Offer => Some(t_end).filter(|&k| values(k)).or_else(|| {
            Some(t_end + 2).filter(|&k| {
                s.is_word(t_end, &["from", "by", "de", "d'"])
                    && s.org_at(t_end + 1).is_some()
                    && k < right_bound
                    && values(k)
            })
        }),
        Frame::Pay => (t_end..right_bound.min(t_end + 10))
            .find(|&k| k > 0 && s.norm(k - 1) == "," && values(k)),
        _ => None,
    };
    // "paid $300 million for 40% of Kelmix", "will pay $8.5 million for
    // the outstanding shares of Y", "a payé 300 millions pour 40 % de Y":
    // the company whose share is paid for is what the payment buys.
    if frame == Frame::Pay
        && !right.iter().any(|(slot, _)| *slot == Slot::For)
        && let Some(g) = right.iter().position(|(slot, g)| {
            *slot == Slot::Of
                && g.first().is_some_and(|&k| {
                    k >= 2
                        && (super::shapes::percent_unit(s.norm(k - 2))
                            || matches!(s.norm(k - 2), "cent" | "half" | "moitié")
                            || s.is_in(k - 2, &super::remainder::SHARE_NOUNS))
                        && (t_end..k - 1).any(|j| s.is_word(j, &["for", "pour"]))
                })
        })
    {
        right[g].0 = Slot::For;
    }
    // (The maker named between the offer and the verb of value is read as
    // the offer's "of"; it is its "from".)
    if let Some(k) = valued
        && k == t_end + 2
        && matches!(s.items[k + 1].2, Item::Ref(Reference::Org(_)))
    {
        for (slot, g) in right.iter_mut() {
            if *slot == Slot::Of && g.as_slice() == [t_end + 1] {
                *slot = Slot::From;
            }
        }
    }
    if let Some(k) = valued
        && matches!(s.items[k + 1].2, Item::Ref(Reference::Org(_)))
        && !right
            .iter()
            .any(|(slot, _)| matches!(slot, Slot::For | Slot::Of | Slot::On))
    {
        right.push((Slot::For, vec![k + 1]));
    }
}

/// An offer's maker named after "from" or "de", once the clause's subject
/// and asides are read.
pub(super) fn offer_maker(
    s: &Sentence<'_>,
    frame: Frame,
    (left_bound, t, t_end): (usize, usize, usize),
    right: &mut [(Slot, Vec<usize>)],
) {
    let n = s.items.len();
    // "Solent a accepté l'offre de Garrick": a name right after an offer's
    // "de" is the bidder's; "Kelmix a reçu une offre ferme de Tessera",
    // "une offre de rachat de Tessera": an offer received comes from the
    // company a little further after its "de", and so does one answered
    // ("a accepté l'offre améliorée de Tessera").
    // "an unsolicited approach from Orbis": a bid's noun read with its
    // "from" leaves the bidder as the object ("an approach by Orbis": so
    // does one read with its "by").
    if frame == Frame::Offer
        && s.is_word(t_end - 1, &["from", "by"])
        && let Some(first) = right.first_mut()
        && first.0 == Slot::Object
        && first.1.first() == Some(&t_end)
    {
        first.0 = Slot::From;
    }
    // ("les repreneurs potentiels de Y", "les prétendants de Y": a noun
    // of the buyers, whose "de" names what they would buy.)
    let buyers_noun = s.is_word(
        t,
        &[
            "repreneur",
            "repreneurs",
            "acquéreur",
            "acquéreurs",
            "prétendant",
            "prétendants",
        ],
    );
    // ("l'offre de reprise de Tessera pour Kelmix": with the company bid
    // for named after "pour" or "sur", the "de" names the bidder.)
    let target_named = right
        .iter()
        .skip(1)
        .any(|(slot, g)| matches!(slot, Slot::For | Slot::On) && !g.is_empty());
    // ("l'offre de rachat du fonds américain Tessera": the bidder's
    // description may stand between.)
    let reach = |k: usize| {
        k <= t_end + 4
            || (k <= t_end + 7
                && (t_end..k).all(|j| s.items[j].2 == Item::Word)
                && (k - 3..k).any(|j| {
                    s.is_in(j, &crate::lexicon::DESCRIPTION_HEADS)
                        || crate::lexicon::is_org_head(s.norm(j))
                }))
    };
    // ("is considering a tender offer for all of Helvia's shares", "for the
    // rest of Y": a share of a company bid for, past "for", is what the
    // offer is for.)
    if frame == Frame::Offer
        && let Some(first) = right.first_mut()
        && first.0 == Slot::Of
        && first.1.first().is_some_and(|&k| {
            k >= 3
                && s.is_word(k - 1, &["of", "de", "du", "d'"])
                && s.is_word(
                    k - 2,
                    &[
                        "all",
                        "rest",
                        "remainder",
                        "part",
                        "half",
                        "most",
                        "reste",
                        "totalité",
                    ],
                )
                && (k.saturating_sub(5)..k - 2).any(|j| s.is_word(j, &["for", "on", "pour", "sur"]))
        })
    {
        first.0 = Slot::For;
        return;
    }
    if frame == Frame::Offer
        && !buyers_noun
        && let Some(first) = right.first_mut()
        && first.0 == Slot::Of
        && first.1.first().is_some_and(|&k| {
            (k == t_end + 1 && s.is_word(t_end.min(n - 1), &["de", "d'", "du"]))
                // ("une offre plus élevée de Tessera", "l'offre concurrente
                // de Tessera": past the offer's adjectives.)
                || (k > t_end + 1
                    && k <= t_end + 4
                    && s.is_word(k - 1, &["de", "d'", "du"])
                    && (t_end..k - 1).all(|j| s.is_in(j, &crate::lexicon::BID_QUALIFIERS)))
                || (k <= t_end + 4 && target_named)
                || (reach(k)
                    // ("Selvane fait l'objet d'une offre de rachat de
                    // Tessera": the subject receives it.)
                    && (t.saturating_sub(5).max(left_bound)..t)
                        .any(|j| offer_answered_at(s, j)))
        })
    {
        first.0 = Slot::From;
    }
}

/// "has received several bids for Kelmix, including one from Orvane", "a
/// reçu plusieurs offres pour Kelmix, dont celle de Tessera": a bidder
/// named by an elliptic "one from" after bids in the plural makes one of
/// them; it is pushed as the bids' "from".
pub(super) fn one_of_the_bids(
    s: &Sentence<'_>,
    frame: Frame,
    (t, t_end): (usize, usize),
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    let n = s.items.len();
    if frame != Frame::Offer
        || bidder_named(right)
        || !s.is_word(
            t,
            &[
                "bids",
                "offers",
                "proposals",
                "approaches",
                "offres",
                "propositions",
            ],
        )
    {
        return;
    }
    let Some(k) = (t_end..n.min(t_end + 12))
        .take_while(|&k| !matches!(s.norm(k), "." | ";"))
        .find(|&k| s.is_word(k, &["including", "dont", "notamment"]))
    else {
        return;
    };
    if let Some(first) = one_named_at(s, k) {
        right.push((Slot::From, super::lists::list_from(s, first, n)));
    }
}

/// The bidder an elliptic "one from" names after the word of inclusion at
/// `k` ("including one from Orvane", "dont celle de Tessera"), past a
/// description of it ("dont celle du fonds Velmora", "including one from
/// US fund Velmora"): its item.
pub(super) fn one_named_at(s: &Sentence<'_>, k: usize) -> Option<usize> {
    let n = s.items.len();
    (s.is_word(k, &["including", "dont", "notamment"])
        && s.is_word(k + 1, &["one", "ones", "celle", "celles"])
        && s.is_word(k + 2, &["from", "by", "de", "d'", "du"]))
    .then(|| {
        (k + 3..n.min(k + 7))
            .take_while(|&j| s.items[j].2 != Item::Punct)
            .find(|&j| s.org_at(j).is_some())
    })
    .flatten()
}

/// Whether an offer's bidder is named after "from" or "by".
fn bidder_named(right: &[(Slot, Vec<usize>)]) -> bool {
    right
        .iter()
        .any(|(slot, g)| matches!(slot, Slot::From | Slot::By) && !g.is_empty())
}

/// "Halvern, which beat a rival approach from Norlac, ...", "fended off a
/// competing offer from Norlac": a rival bid, its bidder named after
/// "from" or "by", competes with the subject's own; the subject is no
/// target of it ("Pivex received a rival offer from Norlac" is). Clears
/// `subj` for an offer noun at item `t`, and returns whether the bid is
/// left without the company it is for (what the rivals compete for was
/// told elsewhere).
pub(super) fn rival_bid(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &[(Slot, Vec<usize>)],
) -> bool {
    if frame != Frame::Offer || subj.is_empty() {
        return false;
    }
    let rival = (t.saturating_sub(2).max(left_bound)..t).any(|k| {
        s.is_in(k, &crate::lexicon::RIVAL_NOUNS)
            || s.is_word(k, &["competing", "counter", "concurrente", "concurrent"])
    });
    let bidder_named = bidder_named(right);
    let received = (t.saturating_sub(6).max(left_bound)..t).any(|k| s.is_in(k, &RECEIVE_VERBS));
    if !(rival && bidder_named && !received) {
        return false;
    }
    subj.clear();
    !right
        .iter()
        .any(|(slot, g)| matches!(slot, Slot::For | Slot::On | Slot::Of) && !g.is_empty())
}

/// Whether the bid at items `t..t_end` is an approach, its noun in the
/// trigger or just past it ("made an approach", "made a $5 billion
/// approach").
pub(super) fn is_approach(s: &Sentence<'_>, t: usize, t_end: usize) -> bool {
    (t..(t_end + 4).min(s.items.len())).any(|k| s.is_word(k, &["approach", "approaches"]))
}

/// "made a $5 billion approach to Kelmix", "an unsolicited approach to
/// Kelmix": an approach is made to the company bid for (an offer "to" its
/// holders, or "to buy", says no such thing, and keeps its "to").
pub(super) fn approach_made_to(
    s: &Sentence<'_>,
    frame: Frame,
    (t, t_end): (usize, usize),
    right: &mut [(Slot, Vec<usize>)],
) {
    if frame != Frame::Offer || !is_approach(s, t, t_end) {
        return;
    }
    if right
        .iter()
        .any(|(slot, _)| matches!(slot, Slot::For | Slot::Of | Slot::On))
    {
        return;
    }
    for (slot, _) in right.iter_mut() {
        if *slot == Slot::To {
            *slot = Slot::For;
        }
    }
}

/// "Orvane outbid Halvern for Kelmix", "outbidding A and B for Y": the
/// companies outbid are rivals, not what the bid is for; only "for" names
/// the target. Drops the object of a verb of outbidding at item `t`.
pub(super) fn rivals_outbid(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    if frame == Frame::Offer && s.is_word(t, &["outbid", "outbids", "outbidding"]) {
        right.retain(|(slot, _)| *slot != Slot::Object);
    }
}
