//! A buyer told in a sentence after the sale that named none: "Pellow sold
//! its Ternway unit last month. The buyer, Ostrov Capital, paid $300
//! million", "L'acquéreur, le fonds Ostrov, ...", "The buyer was Ostrov
//! Capital", "Ostrov Capital est le repreneur". The company told sold or
//! for sale is remembered by the article's context (see
//! `Context::recent_for_sale`).

use dealwire_core::model::{DealType, Role, Status};

use super::Mention;
use super::amounts::to_amount;
use super::sentence::{Item, Sentence};
use super::standing::standing;
use crate::coref::Context;
use crate::lexicon::WordSet;

/// Nouns of the one who bought: see `data/words/buyer_nouns.txt`.
static BUYER_NOUNS: WordSet = WordSet::new(include_str!("../../data/words/buyer_nouns.txt"));

/// Determiners of a buyer noun that refers to the sale told before.
const DEFINITE: &[&str] = &["the", "l'", "le", "la"];

/// Forms of "to be" between a buyer noun and its name.
const BEING: &[&str] = &["is", "was", "will", "be", "est", "était", "sera", "serait"];

/// The name a description leads to from item `k`, past a determiner and
/// lowercase words ("le fonds Ostrov", "the private equity firm Ostrov"),
/// or the name at `k` itself.
fn name_from(s: &Sentence<'_>, k: usize) -> Option<usize> {
    let n = s.items.len();
    if k < n && s.org_at(k).is_some() {
        return Some(k);
    }
    (k..(k + 6).min(n))
        .take_while(|&j| s.items[j].2 == Item::Word && !s.input.toks[s.items[j].0].is_capitalized())
        .last()
        .map(|j| j + 1)
        .filter(|&j| j < n && s.org_at(j).is_some())
}

/// The item of the buyer the sentence names by a buyer noun referring to
/// the sale told before, and the noun's item.
fn buyer_named(s: &Sentence<'_>) -> Option<(usize, usize)> {
    let n = s.items.len();
    (1..n).find_map(|b| {
        if !s.is_in(b, &BUYER_NOUNS) {
            return None;
        }
        // "Ostrov Capital is the buyer", "Ostrov est le repreneur".
        if s.is_word(b - 1, DEFINITE)
            && b >= 3
            && s.is_word(b - 2, BEING)
            && s.org_at(b - 3).is_some()
            && (b + 1 >= n || s.items[b + 1].2 == Item::Punct)
        {
            return Some((b - 3, b));
        }
        // The noun opens the sentence: "The buyer, X,", "The buyer was X".
        if !(b == 1 && s.is_word(0, DEFINITE)) {
            return None;
        }
        let after = if s.is_comma(b + 1) {
            b + 2
        } else {
            (b + 1..(b + 3).min(n))
                .take_while(|&j| s.is_word(j, BEING))
                .last()
                .map(|j| j + 1)?
        };
        let name = name_from(s, after)?;
        // (Not "The buyer, Ostrov's chief executive said,": the name
        // stands alone before what follows it.)
        (name + 1 >= n || s.items[name + 1].2 == Item::Punct).then_some((name, b))
    })
}

/// The deal a sentence tells by naming the buyer of the company told sold
/// or for sale just before, with the sum it paid if it names one (and that
/// sum's index among the sentence's amounts).
pub(super) fn buyer_told(s: &Sentence<'_>, ctx: &Context) -> Option<(Mention, Option<usize>)> {
    let (company, seller, sold) = ctx.recent_for_sale()?;
    let (at, noun) = buyer_named(s)?;
    let buyer = s.org_at(at)?;
    if buyer == company || Some(buyer) == seller {
        return None;
    }
    let n = s.items.len();
    let mut parties = vec![
        (buyer.to_string(), Role::Acquirer),
        (company.to_string(), Role::Target),
    ];
    if let Some(seller) = seller {
        parties.push((seller.to_string(), Role::Seller));
    }
    // (The sentence's own cue decides: "The buyer will pay"; then a
    // present "is the buyer", "est le repreneur", a deal still to be done;
    // else the sale's: "sold its unit. The buyer was X" is done.)
    let told = standing(
        s,
        (0, noun, noun + 1, n),
        DealType::Acquisition,
        false,
        false,
    );
    let present = (noun.saturating_sub(2)..(noun + 3).min(n))
        .any(|k| s.is_word(k, &["is", "est", "will", "sera"]));
    let status = if told.status.1 {
        told.status
    } else if present {
        (Status::Announced, false)
    } else {
        sold
    };
    let sum = (0..n).find_map(|k| match s.items[k].2 {
        Item::Amount(a) if s.input.amounts[a].currency.is_some() => Some(a),
        _ => None,
    });
    let mention = Mention {
        amount: sum.and_then(|a| to_amount(s.input, a)),
        date: told.date,
        cancelled: told.cancelled,
        cancelled_outright: told.cancelled_outright,
        ..Mention::told(s.input.index, DealType::Acquisition, parties, status)
    };
    Some((mention, sum))
}
