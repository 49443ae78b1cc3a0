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
    // "Dravik shareholders will receive $45 per share under the deal with
    // Kelmix", "les actionnaires de Dravik recevront 45 euros par action":
    // a price paid to one party's holders for their shares makes the deal a
    // purchase of that party by the other.
    if frame == Frame::Agreement
        && deal_type == DealType::Partnership
        && parties.len() == 2
        && let Some(bought) = holders_paid_per_share(s)
        && parties.iter().any(|p| p.0 == bought)
    {
        for p in parties.iter_mut() {
            p.1 = if p.0 == bought {
                Role::Target
            } else {
                Role::Acquirer
            };
        }
        deal_type = DealType::Acquisition;
    }
    if frame == Frame::Sell && !passive {
        deal_type = sale_reading(s, t_end, right_bound, parties).unwrap_or(deal_type);
    }
    deal_type
}

/// The company whose holders the sentence says are paid a price per share
/// ("Dravik shareholders will receive $45 per share", "Dravik's holders
/// will get", "les actionnaires de Dravik recevront 45 euros par action").
fn holders_paid_per_share<'s>(s: &'s Sentence<'_>) -> Option<&'s str> {
    const HOLDERS: &[&str] = &["shareholders", "stockholders", "holders", "actionnaires"];
    const RECEIVING: &[&str] = &[
        "receive",
        "receives",
        "received",
        "get",
        "gets",
        "recevront",
        "recevra",
        "recevoir",
        "toucheront",
        "touchera",
        "obtiendront",
    ];
    let n = s.items.len();
    let per_share = (1..n).any(|k| {
        (s.is_word(k, &["share"]) && s.is_word(k - 1, &["per", "a"]))
            || (s.is_word(k, &["action"]) && s.is_word(k - 1, &["par"]))
    });
    if !per_share || !(0..n).any(|k| s.is_word(k, RECEIVING)) {
        return None;
    }
    (0..n).find_map(|k| {
        if !s.is_word(k, HOLDERS) {
            return None;
        }
        let before = if k >= 2 && s.is_word(k - 1, &["'s"]) {
            k - 2
        } else {
            k.checked_sub(1)?
        };
        s.org_at(before).or_else(|| {
            (k + 2 < n && s.is_word(k + 1, &["of", "de", "d'", "du"]))
                .then(|| s.org_at(k + 2))
                .flatten()
        })
    })
}
