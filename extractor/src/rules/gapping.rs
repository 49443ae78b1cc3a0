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
    let price = |k: usize| {
        k + 1 < n && s.is_word(k, &["for", "pour"]) && matches!(s.items[k + 1].2, Item::Amount(_))
    };
    // The first object and its own price ("bought Slack for $27.7 billion").
    let Some(first_price) = (t_end..n.min(t_end + 4)).find(|&k| price(k)) else {
        return Vec::new();
    };
    if first.amount.is_none() || first.parties.iter().filter(|p| p.1 == Role::Target).count() != 1 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut k = first_price + 2;
    while k + 3 < n && !s.is_boundary(k) {
        if s.is_word(k, &["and", "et"])
            && let Item::Ref(Reference::Org(name)) = &s.items[k + 1].2
            && price(k + 2)
            && !first.parties.iter().any(|p| &p.0 == name)
            && let Item::Amount(a) = s.items[k + 3].2
        {
            let mut m = first.clone();
            for p in &mut m.parties {
                if p.1 == Role::Target {
                    p.0 = name.clone();
                }
            }
            m.parties.retain(|p| p.1 != Role::Seller);
            m.amount = to_amount(s.input, a);
            m.vague_amount = m.amount.is_none();
            // "... and Tableau for $15.7 billion in 2019": its own year.
            let own = (k + 4..n.min(k + 7))
                .take_while(|&j| !s.is_boundary(j) && !s.is_word(j, &["and", "et"]));
            let words: Vec<&str> = own.flat_map(|j| s.words(j, j + 1).to_vec()).collect();
            m.date = status::year_in(&words).or(m.date);
            out.push(m);
            k += 4;
            continue;
        }
        k += 1;
    }
    out
}
