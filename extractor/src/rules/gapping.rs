//! Gapping: a deal verb told once for several deals, each with its own
//! price ("bought Slack for $27.7 billion in 2021 and Tableau for $15.7
//! billion in 2019", "a racheté A pour 2 milliards et B pour 500
//! millions"). The second object and its price stand after "and" with the
//! verb left out; each is a deal of its own, with the first one's buyer.

use dealwire_core::model::Role;

use super::Mention;
use super::amounts::to_amount;
use super::sentence::{Item, Sentence};
use crate::coref::Reference;
use crate::status;

/// The deals the items after a read trigger's end `t_end` tell by gapping,
/// copied from `first`, the deal the trigger read with its first object.
pub(super) fn gapped_deals(s: &Sentence<'_>, t_end: usize, first: &Mention) -> Vec<Mention> {
    let n = s.items.len();
    // "for $1.4 billion", "for up to $1.7 billion", "pour environ 2
    // milliards": the price's amount, past a qualifier.
    let amount_after = |k: usize| {
        (k + 1..n.min(k + 4))
            .take_while(|&j| !matches!(s.items[j].2, Item::Ref(_)) && !s.is_boundary(j))
            .find(|&j| matches!(s.items[j].2, Item::Amount(_)))
    };
    let price = |k: usize| s.is_word(k, &["for", "pour"]) && amount_after(k).is_some();
    // The first object and its own price ("bought Slack for $27.7 billion").
    let Some(first_price) = (t_end..n.min(t_end + 4)).find(|&k| price(k)) else {
        return dated_deals(s, t_end, first);
    };
    if first.amount.is_none() || first.parties.iter().filter(|p| p.1 == Role::Target).count() != 1 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut k = amount_after(first_price).map_or(first_price + 2, |a| a + 1);
    while k + 3 < n && !s.is_boundary(k) {
        if s.is_word(k, &["and", "et"])
            && let Item::Ref(Reference::Org(name)) = &s.items[k + 1].2
            && price(k + 2)
            && !first.parties.iter().any(|p| &p.0 == name)
            && let Some(at) = amount_after(k + 2)
            && let Item::Amount(a) = s.items[at].2
        {
            let mut m = with_target(first, name);
            m.amount = to_amount(s.input, a);
            m.vague_amount = m.amount.is_none();
            // "... and Tableau for $15.7 billion in 2019": its own year.
            let own_end = (at + 1..n.min(at + 4))
                .find(|&j| s.is_boundary(j) || s.is_word(j, &["and", "et"]))
                .unwrap_or(n.min(at + 4));
            m.date = status::year_in(s.words(at + 1, own_end)).or(m.date);
            out.push(m);
            k = at + 1;
            continue;
        }
        k += 1;
    }
    out
}

/// "its purchases of Norvane in 2023 and Tessel in 2024": the same, each
/// object with its own year and no price.
fn dated_deals(s: &Sentence<'_>, t_end: usize, first: &Mention) -> Vec<Mention> {
    let n = s.items.len();
    let year = |k: usize| {
        k + 1 < n && s.is_word(k, &["in", "en"]) && status::year_in(s.words(k, k + 2)).is_some()
    };
    if first.parties.iter().filter(|p| p.1 == Role::Target).count() != 1
        || !(t_end..n.min(t_end + 4)).any(year)
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut k = t_end;
    while k + 3 < n && !s.is_boundary(k) {
        if s.is_word(k, &["and", "et"])
            && let Item::Ref(Reference::Org(name)) = &s.items[k + 1].2
            && year(k + 2)
            && !first.parties.iter().any(|p| &p.0 == name)
        {
            let mut m = with_target(first, name);
            m.amount = None;
            m.vague_amount = false;
            m.date = status::year_in(s.words(k + 2, k + 4)).or(m.date);
            out.push(m);
            k += 4;
            continue;
        }
        k += 1;
    }
    out
}

/// The deal `first` with `name` as its target, its seller left out: each
/// gapped object is bought from whoever sells it, which the first deal's
/// seller need not be.
fn with_target(first: &Mention, name: &str) -> Mention {
    let mut m = first.clone();
    for p in &mut m.parties {
        if p.1 == Role::Target {
            p.0 = name.to_string();
        }
    }
    m.parties.retain(|p| p.1 != Role::Seller);
    m
}
