//! The kind of deal a trigger's reading makes once its parties have
//! roles: the frame's own type, turned by what the roles and the sentence
//! say (a customer and a provider make a commercial deal, a buyer and what
//! it buys an acquisition, a named vehicle a joint venture, an agreement to
//! buy services a commercial deal, a sale its own reading).

use dealwire_core::model::{DealType, Role};

use super::founding;
use super::purpose;
use super::sentence::{Sentence, Slot};
use super::shapes::sale_reading;
use crate::triggers::Frame;

/// The deal type of the reading at items `t..t_end` (its clause ending at
/// `right_bound`), from the frame's own type `frame_type`; it may set the
/// parties' roles anew (a commercial reading, a sale's).
pub(super) fn deal_type(
    s: &Sentence<'_>,
    frame_type: DealType,
    (frame, passive, vehicle): (Frame, bool, Option<&str>),
    (t, t_end, right_bound): (usize, usize, usize),
    (subj, right): (&[usize], &[(Slot, Vec<usize>)]),
    parties: &mut Vec<(String, Role)>,
) -> DealType {
    let mut deal_type = frame_type;
    if matches!(frame, Frame::InvestVerb | Frame::InvestAmountVerb)
        && founding::invested_with_others(s, vehicle, right, parties)
    {
        deal_type = DealType::JointVenture;
    }
    // A role map that gives a customer and a provider reads a commercial
    // deal, whatever the frame's own type ("pay Y for services").
    if !parties.is_empty()
        && parties
            .iter()
            .all(|p| matches!(p.1, Role::Customer | Role::Provider))
    {
        deal_type = DealType::Commercial;
    }
    // ... and one that gives a buyer and what it buys an acquisition ("Exxon's
    // deal for Pioneer").
    if deal_type == DealType::Partnership
        && parties.iter().any(|p| p.1 == Role::Acquirer)
        && parties
            .iter()
            .all(|p| matches!(p.1, Role::Acquirer | Role::Target | Role::Seller))
    {
        deal_type = DealType::Acquisition;
    }
    if vehicle.is_some()
        && matches!(
            frame,
            Frame::Partner | Frame::Agreement | Frame::JointVenture
        )
    {
        deal_type = DealType::JointVenture;
    }
    // "s'est associé à Y au sein d'une coentreprise", "teamed up with Y in a
    // joint venture": an alliance made within a venture is that venture.
    if frame == Frame::Partner
        && deal_type == DealType::Partnership
        && (t_end..right_bound.min(t_end + 10)).any(|k| {
            let venture = s.is_word(k, &["coentreprise", "jv"])
                || (k >= 1 && s.is_word(k, &["venture"]) && s.is_word(k - 1, &["joint"]))
                || (k >= 1
                    && s.is_word(k, &["commune"])
                    && s.is_word(k - 1, &["société", "filiale", "entreprise"]));
            // (A venture named after its noun, "au sein d'une société
            // commune baptisée X", is read with its name as the venture.)
            venture
                && !(k + 1..s.items.len()).any(|j| s.org_at(j).is_some())
                && (k.saturating_sub(4)..k).any(|j| {
                    s.is_word(
                        j,
                        &[
                            "in", "into", "through", "via", "within", "sein", "dans", "par",
                        ],
                    )
                })
        })
    {
        deal_type = DealType::JointVenture;
    }
    // "signed a $38 billion deal with Y to buy cloud capacity": an agreement
    // to buy or to supply services is a commercial deal.
    if frame == Frame::Agreement
        && deal_type == DealType::Partnership
        && !subj.is_empty()
        && !parties.is_empty()
        && purpose::commercial_reading(s, (t, t_end), right_bound, subj, parties)
    {
        deal_type = DealType::Commercial;
    }
    if frame == Frame::Sell && !passive {
        deal_type = sale_reading(s, t_end, right_bound, parties).unwrap_or(deal_type);
    }
    deal_type
}
