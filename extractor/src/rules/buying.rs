//! What a buying verb buys: services named before the first organisation
//! after it ("buy cloud services from Y"), or goods whose maker is named
//! beside them ("to buy Halcyon chips", "des avions Airbus", "a deal for
//! Qualcomm modems"), rather than a company.

use dealwire_core::model::Role;

use super::sentence::{GOODS, Item, Sentence};
use crate::coref::Reference;
use crate::lexicon;
use crate::triggers::{Frame, SERVICE_WORDS};

/// The words after a buying verb up to the first organisation it names:
/// what is bought ("bought software from Y"), not a description of a
/// company bought ("purchased Y, a software company").
pub(super) fn bought_before_a_name<'s>(
    s: &'s Sentence<'_>,
    t_end: usize,
    right_bound: usize,
) -> &'s [&'s str] {
    let end = (t_end..right_bound.min(t_end + 8))
        .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
        .unwrap_or(right_bound.min(t_end + 8));
    s.words(t_end, end)
}

/// Whether the words between a buying verb and the first name after it
/// name services ("buy cloud services from Y"), not the kind of company
/// bought ("buy software maker Kelmix": a description's head ends them,
/// with no "from" before it).
pub(super) fn services_bought(what: &[&str]) -> bool {
    let services = what.iter().any(|w| SERVICE_WORDS.contains(w));
    let from = what
        .iter()
        .any(|w| matches!(*w, "from" | "auprès" | "chez"));
    let describes_company = what
        .last()
        .is_some_and(|w| lexicon::is(&lexicon::DESCRIPTION_HEADS, w));
    services && (from || !describes_company)
}

/// "to buy Halcyon chips", "acheter des avions Airbus", "des processeurs de
/// Calder": a maker's name right before or after the goods bought names the
/// seller of goods, not a company bought.
pub(super) fn maker_goods(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> Option<usize> {
    let name = (t_end..right_bound.min(t_end + 7))
        .find(|&k| matches!(s.items[k].2, Item::Ref(Reference::Org(_))))?;
    // Written in lowercase: in a headline, "Affiliated Computer Services"
    // may have lost its last word to the name finder.
    let goods = |k: usize| {
        k < right_bound
            && s.items[k].2 == Item::Word
            && !s.input.toks[s.items[k].0].is_capitalized()
            && (GOODS.contains(s.norm(k)) || SERVICE_WORDS.contains(s.norm(k)))
    };
    // The goods before the name only as French writes them, after their
    // determiner ("des avions Airbus"): "bought wheat Norvane had stored"
    // names who stored it.
    let goods_before = name > t_end + 1
        && goods(name - 1)
        && s.is_word(name - 2, &["des", "les", "de", "d'", "ses", "leurs"]);
    // "des processeurs de Calder", "6 gigawatts of processors of Calder":
    // the maker after the goods.
    let goods_of =
        name > t_end + 1 && s.is_word(name - 1, &["de", "d'", "du", "of"]) && goods(name - 2);
    // "Kelmix's Blackwell chips", "AMD's Instinct graphics processors": the
    // goods the maker owns, a product's name between.
    let goods_owned = s.is_word((name + 1).min(right_bound.saturating_sub(1)), &["'s"])
        && (name + 2..(name + 5).min(right_bound))
            .take_while(|&k| {
                s.items[k].2 == Item::Word || matches!(s.items[k].2, Item::Ref(Reference::Org(_)))
            })
            .any(goods)
        // "CF Industries' oil and gas properties", "Cyclops's steel
        // operations": a part of the business, bought as a company.
        && !super::shapes::business_part(&s.words(name + 2, (name + 8).min(right_bound)));
    let near = name <= t_end + 3;
    ((near && (goods(name + 1) || goods_before || goods_owned)) || goods_of).then_some(name)
}

/// "Apple's deal for Qualcomm modems": goods named beside their maker are
/// bought from it, not the maker itself; an agreement's buyer and target
/// become its customer and provider.
pub(super) fn goods_from_maker(
    s: &Sentence<'_>,
    frame: Frame,
    t_end: usize,
    right_bound: usize,
    groups: &mut [(Vec<usize>, Role)],
) {
    if frame == Frame::Agreement
        && groups.iter().any(|(_, r)| *r == Role::Acquirer)
        && maker_goods(s, t_end, right_bound).is_some()
    {
        for (_, role) in groups.iter_mut() {
            *role = match *role {
                Role::Acquirer => Role::Customer,
                Role::Target => Role::Provider,
                r => r,
            };
        }
    }
}

/// "signed an agreement with Engie to acquire its German unit", "un accord
/// avec Engie en vue d'acquérir sa branche allemande": a unit bought with
/// no name, owned through a possessive, is its owner's: the company named
/// before the verb that is not the buyer, which stands as the target.
pub(super) fn owner_of_unit_bought(
    s: &Sentence<'_>,
    (left_bound, t, t_end): (usize, usize, usize),
    what: &[&str],
    parties: &mut Vec<(String, Role)>,
) {
    let has = |r: Role| parties.iter().any(|p| p.1 == r);
    if has(Role::Target) || !has(Role::Acquirer) {
        return;
    }
    let owned = what.first().is_some_and(|w| {
        matches!(
            *w,
            "its" | "their" | "sa" | "son" | "ses" | "leur" | "leurs"
        )
    }) && super::shapes::business_part(what);
    if !owned || t_end <= t {
        return;
    }
    let owner = (left_bound..t).rev().find_map(|k| {
        s.org_at(k)
            .filter(|name| !parties.iter().any(|p| p.0 == *name))
    });
    if let Some(owner) = owner {
        parties.push((owner.to_string(), Role::Target));
    }
}

/// "a racheté la participation du fonds Amber", "bought Amber's stake":
/// a stake bought from the one who holds it names its seller, not the
/// company the stake is in, after "de"/"of" or in the possessive.
pub(super) fn stake_bought_from_holder(
    s: &Sentence<'_>,
    frame: Frame,
    (left_bound, t): (usize, usize),
    args: &super::roles::Arguments<'_>,
    groups: &mut [(Vec<usize>, Role)],
) {
    if frame != Frame::StakeNoun {
        return;
    }
    // "racheté en 2022 la participation": a date may stand between.
    let bought = (t.saturating_sub(5).max(left_bound)..t).any(|k| {
        s.frame_at(k) == Some(Frame::Acquire) && !lexicon::ACQUISITION_NOUNS.contains(s.norm(k))
    });
    if !bought {
        return;
    }
    // The holder right after the French noun ("la participation du fonds
    // Amber"), not a company named further on; English "a stake of X",
    // "majority ownership of X" names the company the stake is in.
    let french_holder = s.is_word(t + 1, &["de", "du", "des", "d'"]);
    let holders: Vec<usize> = args
        .right
        .iter()
        .filter(|(slot, g)| {
            french_holder
                && *slot == super::sentence::Slot::Of
                && g.first().is_some_and(|&k| k <= t + 4)
        })
        .flat_map(|(_, g)| g.iter().copied())
        .chain(args.poss.iter().copied())
        .collect();
    for (items, role) in groups.iter_mut() {
        if items.iter().any(|k| holders.contains(k)) {
            *role = Role::Seller;
        }
    }
}
