//! Gapping: a deal verb told once for several deals, each with its own
//! price ("bought Slack for $27.7 billion in 2021 and Tableau for $15.7
//! billion in 2019", "a racheté A pour 2 milliards et B pour 500
//! millions"). The second object and its price stand after "and" with the
//! verb left out; each is a deal of its own, with the first one's buyer.

use dealwire_core::model::{Amount, DealType, Role};

use super::Mention;
use super::amounts::to_amount;
use super::sentence::{Item, Sentence};
use crate::coref::Reference;
use crate::status;

/// "for $1.4 billion", "for up to $1.7 billion", "pour environ 2
/// milliards": the item of the amount right after the word at `k`, past a
/// qualifier.
fn amount_after(s: &Sentence<'_>, k: usize) -> Option<usize> {
    (k + 1..s.items.len().min(k + 4))
        .take_while(|&j| !matches!(s.items[j].2, Item::Ref(_)) && !s.is_boundary(j))
        .find(|&j| matches!(s.items[j].2, Item::Amount(_)))
}

/// The item of a price's amount when "for"/"pour" at `k` opens one.
fn price_at(s: &Sentence<'_>, k: usize) -> Option<usize> {
    s.is_word(k, &["for", "pour"])
        .then(|| amount_after(s, k))
        .flatten()
}

/// The price "for"/"pour" at `k` opens, read as an amount: a second sale's
/// or purchase's own.
fn own_price(s: &Sentence<'_>, k: usize) -> Option<Amount> {
    price_at(s, k).and_then(|a| match s.items[a].2 {
        Item::Amount(a) => to_amount(s.input, a),
        _ => None,
    })
}

/// Where a member told with its price ends, when "and" stands at `k`: at
/// "for"/"pour" when a price ends right before `k` ("to Tessera for $1
/// billion and"), else at `k`.
fn end_before_price(s: &Sentence<'_>, k: usize) -> usize {
    (k.saturating_sub(4)..k)
        .find(|&f| price_at(s, f).is_some_and(|a| a + 1 == k))
        .unwrap_or(k)
}

/// The deals the items after a read trigger's end `t_end` tell by gapping,
/// copied from `first`, the deal the trigger read with its first object.
pub(super) fn gapped_deals(s: &Sentence<'_>, t_end: usize, first: &Mention) -> Vec<Mention> {
    let n = s.items.len();
    let amount_after = |k: usize| amount_after(s, k);
    let price = |k: usize| price_at(s, k).is_some();
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

/// "invested $1 billion in Pivex, $300 million in Kelmix and $200 million
/// in Dravelle", "a investi 10 millions dans Pivex, 5 millions dans Kelmix
/// et 2 millions dans Dravelle": the investing verb told once, each company
/// after its own sum. `first` read the first company; one deal more for
/// each sum and company after it, and `first` takes its own sum ("a
/// combined $1.5 billion in three start-ups: $1 billion in Pivex, ...").
pub(super) fn sums_in_each(s: &Sentence<'_>, t_end: usize, first: &mut Mention) -> Vec<Mention> {
    let n = s.items.len();
    let targets = first.names_in(&[Role::Target]);
    let [target] = targets.as_slice() else {
        return Vec::new();
    };
    let target = target.as_str();
    let into = |k: usize| s.is_word(k, &["in", "into", "dans"]);
    // The first company, right after its sum's "in".
    let Some(j) = (t_end..n.min(t_end + 14)).find(|&j| {
        s.org_at(j) == Some(target)
            && j >= 2
            && into(j - 1)
            && matches!(s.items[j - 2].2, Item::Amount(_))
    }) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut k = j + 1;
    while k + 3 < n {
        // ", $300 million in Kelmix", "and $200 million in Dravelle", ",
        // and ...".
        let mut at = k;
        if s.norm(at) == "," {
            at += 1;
        }
        if s.is_word(at, &["and", "et"]) {
            at += 1;
        }
        if at == k || at + 2 >= n {
            break;
        }
        let Item::Amount(a) = s.items[at].2 else {
            break;
        };
        let Some(name) = s.org_at(at + 2).filter(|_| into(at + 1)) else {
            break;
        };
        if first.parties.iter().any(|p| p.0 == name) {
            break;
        }
        let mut m = with_target(first, name);
        m.amount = to_amount(s.input, a);
        m.vague_amount = m.amount.is_none();
        out.push(m);
        k = at + 3;
    }
    if !out.is_empty()
        && let Item::Amount(a) = s.items[j - 2].2
    {
        first.amount = to_amount(s.input, a);
        first.vague_amount = first.amount.is_none();
    }
    out
}

/// "its purchases of Norvane in 2023 and Tessel in 2024": the same, each
/// object with its own year and no price. ("bought Pellow in March and
/// Quellin in May", "en mars ... et Quellin en mai": or its own month.)
fn dated_deals(s: &Sentence<'_>, t_end: usize, first: &Mention) -> Vec<Mention> {
    let n = s.items.len();
    let year = |k: usize| {
        k + 1 < n
            && s.is_word(k, &["in", "en"])
            && (status::year_in(s.words(k, k + 2)).is_some()
                || s.is_in(k + 1, &crate::lexicon::MONTHS))
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
            && let Some(at) = described_member(s, k + 1)
            && let Item::Ref(Reference::Org(name)) = &s.items[at].2
            && year(at + 1)
            && !first.parties.iter().any(|p| &p.0 == name)
        {
            let mut m = with_target(first, name);
            m.amount = None;
            m.vague_amount = false;
            m.date = status::year_in(s.words(at + 1, at + 3)).or(m.date);
            out.push(m);
            k = at + 3;
            continue;
        }
        k += 1;
    }
    out
}

/// The item of the name a gapped member starting at `k` holds, past a
/// description before it: "Quellin", "cybersecurity specialist Quellin",
/// "the software maker Quellin", "le spécialiste Quellin".
fn described_member(s: &Sentence<'_>, k: usize) -> Option<usize> {
    let n = s.items.len();
    (k..n.min(k + 7))
        .take_while(|&j| match &s.items[j].2 {
            Item::Word => !s.input.toks[s.items[j].0].is_capitalized() && !s.is_boundary(j),
            Item::Ref(Reference::Org(_)) => true,
            Item::Ref(Reference::Description(_)) => j == k,
            _ => false,
        })
        .find(|&j| matches!(s.items[j].2, Item::Ref(Reference::Org(_))))
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

/// "Orvane sold Kelmix to Tessera and Pivex to Halvern", "a cédé Kelmix à
/// Tessera et Pivex à Halvern": the selling verb told once for two
/// objects, each with its own buyer after "to"; read as one sale with
/// several buyers, it becomes one sale each, the seller kept. The first
/// buyer may have its price ("to Tessera for $1 billion and Pivex to
/// Halvern for $300 million", each sale keeping its own), and what is sold
/// may be no name ("sold its towers to A and its data centres to B": the
/// seller's, as in the first sale).
pub(super) fn sales_to_each(s: &Sentence<'_>, t_end: usize, m: Mention) -> Vec<Mention> {
    let n = s.items.len();
    let org = |k: usize| s.org_at(k);
    let buyer = |name: &str| {
        m.parties
            .iter()
            .any(|p| p.1 == Role::Acquirer && p.0 == name)
    };
    let to = |k: usize| s.is_word(k, &["to", "à", "au"]);
    // The first buyer ends right before "and" at `k`, or its price does.
    let first_buyer_before = |k: usize| {
        let end = end_before_price(s, k);
        end >= 2 && to(end - 2) && org(end - 1).is_some_and(&buyer)
    };
    // What is sold second, right after "and": a name, or a short phrase of
    // words opened by a determiner; then the buyer after "to".
    let second_sale = |k: usize| -> Option<(Option<String>, usize)> {
        if let Some(object) = org(k + 1)
            && to(k + 2)
        {
            return Some((Some(object.to_string()), k + 3));
        }
        if !s.is_word(
            k + 1,
            &[
                "its", "their", "a", "an", "the", "sa", "son", "ses", "leur", "leurs", "la", "le",
                "les", "l'", "une", "un",
            ],
        ) {
            return None;
        }
        // ("and its Pellow unit to B": the unit may be named inside.)
        let phrase = || {
            (k + 2..n.min(k + 8)).take_while(|&j| s.items[j].2 == Item::Word || org(j).is_some())
        };
        let at = phrase().find(|&j| to(j))?;
        let named: Vec<&str> = phrase().take_while(|&j| j < at).filter_map(org).collect();
        match named[..] {
            [] => Some((None, at + 1)),
            [unit] => Some((Some(unit.to_string()), at + 1)),
            _ => None,
        }
    };
    let found = (t_end..n.saturating_sub(3))
        .take_while(|&k| !s.is_boundary(k))
        .filter(|&k| s.is_word(k, &["and", "et"]) && first_buyer_before(k))
        .find_map(|k| {
            let (object, b) = second_sale(k)?;
            let name = org(b).filter(|name| buyer(name))?;
            Some((object, name.to_string(), b))
        });
    let Some((object, buyer_of_object, b)) = found else {
        return vec![m];
    };
    // A named object must not be a party already read otherwise than as
    // a buyer ("sold Kelmix to A and B to C" reads B as a buyer).
    if let Some(object) = &object
        && m.parties
            .iter()
            .any(|p| &p.0 == object && p.1 != Role::Acquirer)
    {
        return vec![m];
    }
    let mut first = m.clone();
    first
        .parties
        .retain(|p| Some(&p.0) != object.as_ref() && p.0 != buyer_of_object);
    let mut second = m;
    match &object {
        Some(object) => {
            second
                .parties
                .retain(|p| p.1 == Role::Seller || p.0 == buyer_of_object);
            second.parties.push((object.clone(), Role::Target));
        }
        // (What is sold is the seller's, as it stands in the first sale.)
        None => second
            .parties
            .retain(|p| p.1 != Role::Acquirer || p.0 == buyer_of_object),
    }
    // The second sale's own price, if told; the first's is not its.
    second.vague_amount = false;
    second.amount = own_price(s, b + 1);
    vec![first, second]
}

/// "bought Kelmix from Tessera and Pivex from Halvern", "a racheté Kelmix à
/// Tessera et Pivex à Halvern": a purchase told once for two companies,
/// each from its own seller, is one purchase each, the buyer kept. Each may
/// have its price ("from Tessera for $1 billion and Pivex from Halvern for
/// $300 million").
pub(super) fn purchases_from_each(s: &Sentence<'_>, t_end: usize, m: Mention) -> Vec<Mention> {
    let n = s.items.len();
    let org = |k: usize| s.org_at(k);
    let has = |name: &str, role: Role| m.parties.iter().any(|p| p.1 == role && p.0 == name);
    let from = |k: usize| s.is_word(k, &["from", "à", "au"]);
    // The first seller ends right before "and" at `k`, or its price does;
    // the first target stands before its "from".
    let first_sale_before = |k: usize| {
        let end = end_before_price(s, k);
        end >= 3
            && org(end - 1).is_some_and(|name| has(name, Role::Seller))
            && from(end - 2)
            && org(end - 3).is_some_and(|name| has(name, Role::Target))
    };
    let found = (t_end..n.saturating_sub(3))
        .take_while(|&k| !s.is_boundary(k))
        .filter(|&k| s.is_word(k, &["and", "et"]) && first_sale_before(k))
        .find_map(|k| {
            let target = org(k + 1)?;
            let seller = org(k + 3).filter(|_| from(k + 2))?;
            Some((target.to_string(), seller.to_string(), k + 3))
        });
    let Some((target, seller, b)) = found else {
        return vec![m];
    };
    let mut first = m.clone();
    first.parties.retain(|p| p.0 != target && p.0 != seller);
    let mut second = m;
    second.parties.retain(|p| p.1 == Role::Acquirer);
    second.parties.push((target, Role::Target));
    second.parties.push((seller, Role::Seller));
    // The second purchase's own price, if told; the first's is not its.
    second.amount = own_price(s, b + 1);
    second.vague_amount = false;
    vec![first, second]
}

/// "A will invest up to $5 billion and B up to $10 billion in Y", "A
/// investira 5 milliards et B 10 milliards dans Y": the investing verb told
/// once for two investors, each with its own sum, and the company they
/// invest in named once after both, or each after its sum ("$5 billion in
/// Y and B $1 billion in Z"). Also "A and B will invest $5 billion and $10
/// billion respectively in Y". One deal per investor and sum.
pub(super) fn gapped_investors(s: &Sentence<'_>, t: usize, t_end: usize) -> Vec<Mention> {
    let b = super::bounds::clause_bounds(s, t, t_end, crate::triggers::Frame::InvestVerb);
    let (left, right) = (b.left, b.right);
    let org = |j: usize| s.org_at(j).map(str::to_string);
    // An amount at most three words after `k` ("up to", "jusqu'à").
    let amount_from = |k: usize| amount_within(s, k, right.min(k + 4));
    // "in Y", "into Y", "dans Y", "to Y's round": the company invested in,
    // a few words of description allowed before it, and the item past it.
    let invested_in = |k: usize| {
        if !s.is_word(k, &["in", "into", "dans", "to"]) {
            return None;
        }
        (k + 1..right.min(k + 4))
            .take_while(|&j| matches!(s.items[j].2, Item::Word | Item::Ref(_)))
            .find_map(|j| org(j).map(|name| (name, j + 1)))
    };
    let Some((j1, a1)) = amount_from(t_end) else {
        return Vec::new();
    };
    let first_target = invested_in(j1 + 1);
    let and = first_target.as_ref().map_or(j1 + 1, |(_, past)| *past);
    if !s.is_word(and, &["and", "et"]) || and + 1 >= right {
        return Vec::new();
    }
    // The second investor, or none when the subjects invest "respectively".
    let second = org(and + 1);
    let Some((j2, a2)) = amount_from(and + if second.is_some() { 2 } else { 1 }) else {
        return Vec::new();
    };
    let mut k = j2 + 1;
    // ("investiront respectivement 5 et 10 milliards": French says it
    // before the sums.)
    let respectively_word = |j: usize| s.is_word(j, &["respectively", "respectivement"]);
    let respectively =
        second.is_none() && (respectively_word(k) || (t_end..j1).any(respectively_word));
    if respectively_word(k) {
        k += 1;
    }
    let second_target = invested_in(k).map(|(name, _)| name);
    let targets = match (first_target.map(|(name, _)| name), second_target) {
        (Some(x), Some(y)) => [x, y],
        (Some(x), None) => [x.clone(), x],
        (None, Some(y)) => [y.clone(), y],
        (None, None) => return Vec::new(),
    };
    if !(second.is_some() || respectively) {
        return Vec::new();
    }
    let (mut group, _) = super::subject::left_slots(s, t, left);
    group.sort_unstable();
    let subjects: Vec<String> = group.into_iter().filter_map(org).collect();
    let investors: Vec<String> = match (&second, subjects.as_slice()) {
        (Some(b), [a]) => vec![a.clone(), b.clone()],
        (None, [a, b]) if respectively => vec![a.clone(), b.clone()],
        _ => return Vec::new(),
    };
    if investors.iter().any(|i| targets.contains(i)) {
        return Vec::new();
    }
    let standing = super::standing::standing(
        s,
        (left, t, t_end, right),
        DealType::Investment,
        false,
        false,
    );
    investors
        .into_iter()
        .zip(targets)
        .zip(paired_amounts(s, a1, a2))
        .map(|((investor, target), amount)| {
            let mut m = Mention::told(
                s.input.index,
                DealType::Investment,
                vec![(investor, Role::Investor), (target, Role::Target)],
                standing.status,
            );
            m.vague_amount = amount.is_none();
            m.amount = amount;
            m.date = standing.date;
            m.cancelled = standing.cancelled;
            m.cancelled_outright = standing.cancelled_outright;
            m.confidence = 0.8;
            m
        })
        .collect()
}

/// "raised $8 billion from A and $3 billion from B", "has received $8
/// billion from A and $3 billion from B", "a levé 8 millions auprès de A et
/// 3 millions auprès de B": one round verb, each backer with its own sum.
/// Splits the deal `m` the verb read into one deal per backer and sum;
/// gives it back whole when the sentence is not so shaped.
pub(super) fn sums_from_each(s: &Sentence<'_>, t_end: usize, m: Mention) -> Vec<Mention> {
    let amount_from = |k: usize| amount_within(s, k, s.items.len().min(k + 3));
    // "from A", "auprès de A", "auprès d'A": the backer and the item past it.
    let backer = |k: usize| -> Option<(String, usize)> {
        let at = if s.is_word(k, &["from"]) {
            k + 1
        } else if s.is_word(k, &["auprès"]) && s.is_word(k + 1, &["de", "d'", "du"]) {
            k + 2
        } else {
            return None;
        };
        s.org_at(at).map(|name| (name.to_string(), at + 1))
    };
    let split = (|| {
        let (j1, a1) = amount_from(t_end)?;
        let (first, past) = backer(j1 + 1)?;
        if !s.is_word(past, &["and", "et"]) {
            return None;
        }
        let (j2, a2) = amount_from(past + 1)?;
        let (second, _) = backer(j2 + 1)?;
        let investors = m.names_in(&[Role::Investor]);
        if investors.len() != 2 || !investors.contains(&&first) || !investors.contains(&&second) {
            return None;
        }
        Some([(first, a1), (second, a2)])
    })();
    let Some(pairs) = split else {
        return vec![m];
    };
    let [(first, a1), (second, a2)] = pairs;
    [first, second]
        .into_iter()
        .zip(paired_amounts(s, a1, a2))
        .map(|(investor, amount)| {
            let mut one = m.clone();
            one.parties
                .retain(|p| p.1 != Role::Investor || p.0 == investor);
            one.vague_amount = amount.is_none();
            one.amount = amount;
            one
        })
        .collect()
}

/// The first amount among items `from..to`, with only words before it in
/// that span and no clause break: its item and its index among the
/// sentence's amounts.
fn amount_within(s: &Sentence<'_>, from: usize, to: usize) -> Option<(usize, usize)> {
    (from..to)
        .take_while(|&j| matches!(s.items[j].2, Item::Word | Item::Amount(_)) && !s.is_boundary(j))
        .find_map(|j| match s.items[j].2 {
            Item::Amount(a) => Some((j, a)),
            _ => None,
        })
}

/// The two sums `a1` and `a2` of a gapped sentence, a sum written with no
/// currency taking the other's ("... et B 10 milliards", "5 milliards et 10
/// milliards d'euros").
fn paired_amounts(s: &Sentence<'_>, a1: usize, a2: usize) -> [Option<Amount>; 2] {
    let written = |a: usize| s.input.amounts[a].currency.map(str::to_string);
    let mut amounts = [to_amount(s.input, a1), to_amount(s.input, a2)];
    for (i, (own, other)) in [(a1, a2), (a2, a1)].into_iter().enumerate() {
        if written(own).is_none()
            && let (Some(amount), Some(c)) = (amounts[i].as_mut(), written(other))
        {
            amount.currency = c;
        }
    }
    amounts
}
