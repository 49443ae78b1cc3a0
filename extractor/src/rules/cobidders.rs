//! A partner a buyer teams up with for a bid told before: "Kinloch is in
//! talks to buy Daxter. It has teamed up with Linhai for the bid", "Orvane
//! a fait une offre sur Kelmix. Orvane s'est associé au fonds Tessel pour
//! cette offre". The tie is no partnership of its own: the partner bids
//! with the buyer, for the company the bid is for.

use dealwire_core::model::{DealType, Role};

use super::Mention;
use super::sentence::Sentence;
use crate::coref::Context;

/// Prepositions that open what a tie is formed for ("for the bid", "on the
/// offer", "pour cette offre", "dans l'opération").
const FOR: &[&str] = &["for", "on", "in", "pour", "sur", "dans"];

/// Determiners of a deal told before ("the bid", "its offer", "cette
/// offre").
const TOLD: &[&str] = &[
    "the", "this", "that", "its", "their", "la", "le", "l'", "cette", "cet", "ce", "son", "sa",
    "leur",
];

/// Nouns of a sale: a tie formed for one sells, it buys nothing.
const SALE_NOUNS: &[&str] = &["sale", "divestiture", "disposal", "vente", "cession"];

/// Whether the sentence names, after a tie's partner, the bid told before
/// as what the tie is for: a preposition, a determiner of something told,
/// and a noun of an acquisition or of any deal, with no name right after
/// it (a bid for a company it names is read by its own trigger).
fn for_the_bid(s: &Sentence<'_>, from: usize) -> bool {
    let n = s.items.len();
    (from..n.saturating_sub(2)).any(|k| {
        s.is_word(k, FOR)
            && s.is_word(k + 1, TOLD)
            && !s.is_word(k + 2, SALE_NOUNS)
            && super::sequel::noun_kind(s.norm(k + 2))
                .is_some_and(|kind| matches!(kind, None | Some(DealType::Acquisition)))
            && !(k + 3..(k + 6).min(n)).any(|j| s.org_at(j).is_some())
    })
}

/// The acquisition a sentence tells by the tie it reads (its only
/// mention, a partnership of two) when the tie is formed for the bid the
/// article told last and one of the two made that bid: both buy its
/// company, and the reading joins the bid told before.
pub(super) fn teamed_for_bid(
    s: &Sentence<'_>,
    mentions: &[Mention],
    ctx: &Context,
) -> Option<Mention> {
    let [m] = mentions else {
        return None;
    };
    if m.deal_type != DealType::Partnership || m.parties.len() != 2 {
        return None;
    }
    let (buyer, target) = ctx.last_takeover()?;
    let partner = m.parties.iter().find(|p| p.0 != *buyer)?;
    if !m.parties.iter().any(|p| p.0 == *buyer) || partner.0 == *target {
        return None;
    }
    let at = (0..s.items.len())
        .rev()
        .find(|&k| s.org_at(k) == Some(&partner.0))?;
    if !for_the_bid(s, at + 1) {
        return None;
    }
    let mut bid = Mention::told(
        m.sentence,
        DealType::Acquisition,
        vec![
            (buyer.clone(), Role::Acquirer),
            (partner.0.clone(), Role::Acquirer),
            (target.clone(), Role::Target),
        ],
        m.status,
    );
    bid.joined = true;
    Some(bid)
}
