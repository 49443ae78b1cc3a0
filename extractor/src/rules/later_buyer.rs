//! A buyer told in a sentence after the sale that named none: "Pellow sold
//! its Ternway unit last month. The buyer, Ostrov Capital, paid $300
//! million", "L'acquéreur, le fonds Ostrov, ...", "The buyer was Ostrov
//! Capital", "Ostrov Capital est le repreneur"; and what a later purchase
//! of "it" or of "the unit" buys then ("Kelmix put Norlac up for sale.
//! Ostrov agreed to buy it"). The company told sold or for sale is
//! remembered by the article's context (see `Context::recent_for_sale`).

use dealwire_core::model::{DealType, Role, Status};

use super::Mention;
use super::amounts::to_amount;
use super::sentence::{GOODS, Item, Sentence};
use super::standing::standing;
use crate::coref::{Context, Reference};
use crate::lexicon;
use crate::role_map::{Form, Frame};
use crate::triggers::CONTRACT_WORDS;

/// Determiners before a bid's noun that make it a new bid ("made a bid",
/// "its offer"); "the offer" is one told before.
const NEW_BID_DETERMINERS: &[&str] = &["a", "an", "its", "their", "un", "une", "son", "sa", "leur"];

/// Bids told in the bare plural ("is weighing offers"): new ones.
const BARE_PLURAL_BIDS: &[&str] = &["bids", "offers", "offres"];

/// Whether the offer at `t..t_end` is a new bid of a named bidder for no
/// named company: the noun after an indefinite or possessive determiner, or
/// a bare plural ("made a bid of 1.5 billion euros", "is weighing offers",
/// "has hired advisers to study a bid"; not "the tender offer", a bid told
/// before, nor the verb "would offer 500 acres"), a name before it in its
/// clause that made no deal told before it in the sentence (`earlier`),
/// none after it, and no goods or contract it is for.
pub(super) fn new_bid_for_sale(
    s: &Sentence<'_>,
    (t, t_end): (usize, usize),
    (left_bound, right_bound): (usize, usize),
    earlier: &[Mention],
) -> bool {
    let plural = s.is_word(t_end - 1, BARE_PLURAL_BIDS);
    let indefinite = t > 0 && s.is_word(t - 1, NEW_BID_DETERMINERS);
    if !(plural || indefinite) {
        return false;
    }
    let Some(bidder) = (left_bound..t).find_map(|k| s.org_at(k)) else {
        return false;
    };
    // ("Orvane bought Y and raised its offer": a bidder of a deal told
    // before bids for what it bid for then.)
    let known = earlier
        .iter()
        .any(|m| m.parties.iter().any(|p| p.0 == bidder));
    let named_after = (t_end..right_bound).any(|k| matches!(s.items[k].2, Item::Ref(_)));
    let for_goods = (t_end..right_bound).any(|k| s.is_in(k, &GOODS) || s.is_in(k, &CONTRACT_WORDS));
    !known && !named_after && !for_goods
}

/// "Kelmix a mis en vente sa filiale Norlac. Le groupe a reçu plusieurs
/// offres, dont celle de Y", "received several bids, including one from
/// Y": bids in the plural, received, one of them named by its bidder. Told
/// right after a company was put up for sale, they are for it (its seller
/// receives them; `bought_from_sale_told` names the company).
pub(super) fn bids_received_for_sale(s: &Sentence<'_>, t: usize, t_end: usize) -> bool {
    let n = s.items.len();
    let received = (t.saturating_sub(3)..t).any(|k| s.is_in(k, &super::acting::RECEIVE_VERBS));
    let one_named =
        (t_end..n.min(t_end + 3)).any(|k| super::bid_slots::one_named_at(s, k).is_some());
    s.is_word(t_end - 1, BARE_PLURAL_BIDS) && received && one_named
}

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
    // "Orvane a trouvé un acquéreur pour Kelmix. Il s'agit du fonds
    // Tessova": a sentence that opens by saying who it is names the buyer
    // sought or found.
    if n > 4
        && s.is_word(0, &["il"])
        && s.is_word(1, &["s'"])
        && s.is_word(2, &["agit"])
        && s.is_word(3, &["de", "du", "d'"])
        && let Some(name) = name_from(s, 4)
        && (name + 1 >= n || s.items[name + 1].2 == Item::Punct)
    {
        return Some((name, 2));
    }
    (1..n).find_map(|b| {
        if !s.is_in(b, &lexicon::BUYER_NOUNS) {
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
    // (The sentence's own cue decides: "The buyer will pay"; then a sale
    // told done; then a present "is the buyer", "est le repreneur", a deal
    // still to be done; else the sale's: "sold its unit. The buyer was X"
    // is done.)
    let told = standing(
        s,
        (0, noun, noun + 1, n),
        DealType::Acquisition,
        false,
        false,
    );
    let present = (noun.saturating_sub(2)..(noun + 3).min(n))
        .any(|k| s.is_word(k, &["is", "est", "will", "sera"]));
    // ("it had been acquired. The buyer is X": a sale told done stays
    // done, whatever tense names its buyer.)
    let status = if told.status.1 {
        told.status
    } else if sold.1 && sold.0 == Status::Completed {
        sold
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

/// Completes the parties of a purchase read by the trigger ending at
/// `t_end` (in `form`, from `groups`) with the company told sold or for
/// sale just before: "Kelmix is selling its Norlac unit. Ostrov agreed to
/// buy the unit", "racheter la filiale" (a unit's noun right after the
/// buying verb), "Kelmix put Norlac up for sale in March. Ostrov has agreed
/// to buy it" (a pronoun that stands for the seller). Its seller sells.
/// (Not a description: "Becor agreed to sell its unit ... the offers for
/// the company" are for the seller itself.)
pub(super) fn bought_from_sale_told(
    s: &Sentence<'_>,
    (frame, form, t_end): (Frame, Form, usize),
    groups: &[(Vec<usize>, Role)],
    ctx: &Context,
    parties: &mut Vec<(String, Role)>,
) {
    let Some((company, seller, _)) = ctx.recent_for_sale() else {
        return;
    };
    if parties.iter().any(|p| p.0 == company) {
        return;
    }
    let n = s.items.len();
    // ("Scoria made a bid of 1.5 billion euros", "is weighing offers": a
    // new bid, after an indefinite or possessive determiner or in the bare
    // plural, with its bidder and no company, is for the one for sale;
    // "the tender offer" is one told before, and a bidder of a deal told
    // before bids for what it bid for then.)
    let new_bid = |k: usize| {
        s.is_word(k, BARE_PLURAL_BIDS)
            || (s.is_word(k, &["bid", "offer", "offre", "approach"])
                && k > 0
                && s.is_word(k - 1, NEW_BID_DETERMINERS))
    };
    if !parties.iter().any(|p| p.1 == Role::Target)
        && parties
            .iter()
            .any(|p| p.1 == Role::Acquirer && !ctx.dealt_before(&p.0))
        && (t_end.saturating_sub(3)..t_end).any(new_bid)
        && !(t_end..n).any(|k| matches!(s.items[k].2, Item::Ref(_)))
    {
        sold_from(parties, company, seller);
        return;
    }
    // "Pellow agreed to sell its unit Tessova. The sale to Kelmix should
    // close in May", "La cession à Kelmix sera finalisée en
    // mars": a sale that names its buyer and no company, told by its
    // definite noun or by the seller told before, sells the company told
    // for sale.
    let seller_again =
        seller.is_some_and(|sl| parties.iter().any(|p| p.1 == Role::Seller && p.0 == sl));
    let the_sale = t_end >= 2 && s.is_word(t_end - 2, &["the", "this", "l'", "la", "cette"]);
    // (Only a sale with nothing sold after its noun: "the sale of its
    // packaging business to X" sells that business.)
    if !parties.iter().any(|p| p.1 == Role::Target)
        && parties.iter().any(|p| p.1 == Role::Acquirer)
        && frame == Frame::Sell
        && form == Form::Nominal
        && s.is_word(t_end, &["to", "à", "au", "aux"])
        && (seller_again || the_sale)
    {
        sold_from(parties, company, seller);
        return;
    }
    let unit_bought = form == Form::Active
        && !parties.iter().any(|p| p.1 == Role::Target)
        && parties.iter().any(|p| p.1 == Role::Acquirer)
        && s.is_word(t_end, &["the", "la", "l'", "le", "this", "cette"])
        && t_end + 1 < n
        && s.items[t_end + 1].2 == Item::Word
        && s.is_in(t_end + 1, &lexicon::UNIT_NOUNS);
    if unit_bought {
        sold_from(parties, company, seller);
        return;
    }
    // ("Kelmix put Norlac up for sale. The group received several bids":
    // so does a description that receives the bids, before the trigger.)
    let pronoun_bought = groups.iter().any(|(g, role)| {
        *role == Role::Target
            && g.iter().any(|&k| {
                matches!(&s.items[k].2, Item::Ref(Reference::Pronoun))
                    || (k < t_end
                        && matches!(&s.items[k].2, Item::Ref(Reference::OpeningDescription(_))))
            })
    });
    if let Some(seller) = seller
        && pronoun_bought
        && let Some(p) = parties
            .iter_mut()
            .find(|p| p.1 == Role::Target && p.0 == seller)
    {
        p.0 = company.to_string();
        parties.push((seller.to_string(), Role::Seller));
    }
}

/// Adds the company told for sale as what is bought, and its seller when
/// the parties do not hold it already.
fn sold_from(parties: &mut Vec<(String, Role)>, company: &str, seller: Option<&str>) {
    parties.push((company.to_string(), Role::Target));
    if let Some(seller) = seller.filter(|sl| !parties.iter().any(|p| p.0 == *sl)) {
        parties.push((seller.to_string(), Role::Seller));
    }
}
