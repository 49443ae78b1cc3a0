//! Folds: a deal the article tells as part of another (a partner's share
//! of its own venture, a partnership with the venture's vehicle, a unit
//! sold told apart from its sale, a purchase read the other way round) is
//! removed, its amount lent to the whole when the whole has none.

use super::{Cluster, names_with, party_set, subset};
use crate::rules::Mention;
use dealwire_core::model::{DealType, Role, Status};

/// Removes each deal that `part_of` finds to be part of another deal the
/// article tells, lending its amount to that deal when it has none, and,
/// with `partners`, its parties as that deal's partners.
pub(super) fn fold(
    clusters: &mut Vec<Cluster>,
    part_of: impl Fn(&Mention, &Mention) -> bool,
    partners: bool,
) {
    let mut k = 0;
    while k < clusters.len() {
        let whole =
            (0..clusters.len()).find(|&j| j != k && part_of(&clusters[k].deal, &clusters[j].deal));
        match whole {
            Some(j) => {
                let part = clusters.remove(k);
                let j = if j > k { j - 1 } else { j };
                let whole = &mut clusters[j];
                if whole.deal.amount.is_none() {
                    whole.deal.amount = part.deal.amount;
                    whole.amount_sentence = part.amount_sentence;
                }
                if partners {
                    let vehicle = whole.deal.vehicle.clone();
                    for (name, _) in part.deal.parties {
                        if Some(&name) != vehicle.as_ref()
                            && !whole.deal.parties.iter().any(|q| q.0 == name)
                        {
                            whole.deal.parties.push((name, Role::Partner));
                        }
                    }
                }
            }
            None => k += 1,
        }
    }
}

/// "Les deux groupes investiront 300 millions d'euros dans la nouvelle
/// société": partners funding their own venture are that venture, whose
/// amount this is, not an investment of their own.
/// "Quorum will take a 40% stake in Helios and Tessaro will hold 40%": the
/// partners' shares of their venture are the venture too; "The initial
/// funders of Helios are A, B and C": so are new co-owners, who become its
/// partners.
pub(super) fn funds_own_venture(part: &Mention, venture: &Mention) -> bool {
    let Some(vehicle) = venture.vehicle.as_deref() else {
        return false;
    };
    let parties = party_set(part);
    let partners = party_set(venture);
    let shares = parties.contains(&vehicle)
        && parties.len() >= 2
        && parties
            .iter()
            .all(|p| *p == vehicle || partners.contains(p));
    // ("Quell pourrait entrer au capital de Helios dans un second temps":
    // an investor only rumoured to come later makes a deal of its own.)
    let later_rumour = part.status.0 == Status::Rumored && venture.status.0 != Status::Rumored;
    let funders = names_with(part, Role::Target) == [vehicle]
        && !names_with(part, Role::Investor).is_empty()
        && !later_rumour;
    part.deal_type == DealType::Investment
        && venture.deal_type == DealType::JointVenture
        && (shares || funders)
}

/// "A et B unissent leurs forces au sein d'une société commune baptisée
/// Helios": a partnership read with the venture's vehicle among its
/// partners is that venture.
pub(super) fn partners_with_own_venture(part: &Mention, venture: &Mention) -> bool {
    let Some(vehicle) = venture.vehicle.as_deref() else {
        return false;
    };
    let parties = party_set(part);
    let partners = party_set(venture);
    part.deal_type == DealType::Partnership
        && venture.deal_type == DealType::JointVenture
        && parties.contains(&vehicle)
        && parties
            .iter()
            .all(|p| *p == vehicle || partners.contains(p))
}

/// "Norcros breaks off merger talks with Williams" then "a possible bid
/// from Williams": two purchases between the same two companies, each the
/// other's buyer, are one deal whose direction one reading guessed (a
/// merger's, most often). A reading that names the buyer wins over a
/// merger's guess; otherwise the surer stays, the first told if they are as
/// sure.
pub(super) fn reversed_acquisition(part: &Mention, whole: &Mention) -> bool {
    fn one(m: &Mention, role: Role) -> Option<&str> {
        match names_with(m, role).as_slice() {
            [name] => Some(*name),
            _ => None,
        }
    }
    let (Some(pa), Some(pt), Some(wa), Some(wt)) = (
        one(part, Role::Acquirer),
        one(part, Role::Target),
        one(whole, Role::Acquirer),
        one(whole, Role::Target),
    ) else {
        return false;
    };
    part.deal_type == DealType::Acquisition
        && whole.deal_type == DealType::Acquisition
        && pa == wt
        && pt == wa
        && match (part.guessed_direction, whole.guessed_direction) {
            (true, false) => true,
            (false, true) => false,
            _ => {
                whole.confidence > part.confidence
                    || (whole.confidence == part.confidence && whole.sentence < part.sentence)
            }
        }
}

/// "Tamsin to sell frozen unit to Brackley" then "Tamsin will sell its
/// division, Polar Kitchen, to Brackley": a sale read with the unit unnamed
/// (its seller standing as the target) is the sale that names it, when the
/// article tells one with the same buyer and that seller.
/// "Solvia rachète la filiale belge de Merona" then "l'acquisition de Merona
/// Belgique": a unit named after its parent is that parent's too.
/// ("Kestane to buy stake in Norlac's energy arm" then "a 40% stake in
/// Norlac Energy": a stake in a unit named after its parent, too.)
pub(super) fn sells_unnamed_unit(part: &Mention, sale: &Mention) -> bool {
    let buyer_role = match part.deal_type {
        DealType::Acquisition => Role::Acquirer,
        DealType::Investment => Role::Investor,
        _ => return false,
    };
    let buyers = names_with(part, buyer_role);
    let parents = names_with(part, Role::Target);
    let unit_of_parent = match (
        parents.as_slice(),
        names_with(sale, Role::Target).as_slice(),
    ) {
        ([parent], [unit]) => unit
            .strip_prefix(parent)
            .is_some_and(|rest| rest.starts_with(' ')),
        _ => false,
    };
    sale.deal_type == part.deal_type
        && (names_with(sale, Role::Seller) == parents || unit_of_parent)
        && !buyers.is_empty()
        && subset(&buyers, &names_with(sale, buyer_role))
}

/// "Dorvane and Kelvane join forces" then "the two insurers plan to merge":
/// a headline's alliance of the two companies a merger in the article
/// brings together is that merger told loosely (a partnership already done
/// stays a deal of its own).
pub(super) fn alliance_told_of_merger(part: &Mention, merger: &Mention) -> bool {
    part.deal_type == DealType::Partnership
        && merger.deal_type == DealType::Acquisition
        && merger.guessed_direction
        && part.sentence == 0
        && part.status.0 != Status::Completed
        && party_set(part).len() == 2
        && party_set(part) == party_set(merger)
}

/// "Veloxa to merge Spanish unit with Corvia" in the headline, then "agreed
/// to combine their Spanish operations in a joint venture": a headline's
/// merger, its direction a guess, of the two partners of a venture the
/// article tells is that venture told loosely.
pub(super) fn merger_told_of_venture(part: &Mention, venture: &Mention) -> bool {
    part.deal_type == DealType::Acquisition
        && part.guessed_direction
        && part.sentence == 0
        && venture.deal_type == DealType::JointVenture
        && party_set(part).len() == 2
        && party_set(part) == party_set(venture)
}
