//! Companies a buyer counts before it names them: "Kelmora agreed to buy
//! two software companies. The companies are Dravik Labs and Quellin
//! Data", "acquired three firms in 2024, among them Dravik Labs", "a racheté
//! deux PME. Il s'agit de A et B". Each company named is bought.

use dealwire_core::model::{DealType, Role};

use super::Mention;
use super::buying::COMPANIES_COUNTED;
use super::sentence::{Item, Sentence};
use crate::coref::Context;

/// Whether the word at `k` counts companies: a number word from two to ten
/// (the amount reader's, `amount::number_word`), "several", "plusieurs".
fn counts(s: &Sentence<'_>, k: usize) -> bool {
    s.items.get(k).is_some_and(|i| i.2 == Item::Word)
        && (crate::amount::number_word(s.norm(k)).is_some_and(|v| (2.0..=10.0).contains(&v))
            || s.is_word(k, &["several", "plusieurs"]))
}

/// Words that open the names of some of the companies counted: "among
/// them", "including", "dont", "notamment".
const SOME_OF: &[&str] = &["including", "among", "dont", "notamment", "parmi", "such"];

/// The item of the plural noun of companies a buying trigger ending at
/// `t_end` counts as its object ("two software companies", "trois PME"),
/// within a few words.
pub(super) fn counted_object(s: &Sentence<'_>, t_end: usize) -> Option<usize> {
    let n = s.items.len();
    let count = (t_end..(t_end + 2).min(n)).find(|&k| counts(s, k))?;
    (count + 1..(count + 4).min(n))
        .take_while(|&k| s.items[k].2 == Item::Word)
        .find(|&k| s.is_in(k, &COMPANIES_COUNTED))
}

/// The companies named after the counted noun at `noun` in its own
/// sentence, past "including", "among them", "dont": "acquired three
/// firms in 2024, among them Dravik Labs".
pub(super) fn named_among(s: &Sentence<'_>, noun: usize) -> Vec<usize> {
    let n = s.items.len();
    let Some(open) = (noun + 1..(noun + 8).min(n)).find(|&k| s.is_word(k, SOME_OF)) else {
        return Vec::new();
    };
    // Past "them", "which", "lesquelles": "among them A", "parmi
    // lesquelles A".
    let mut from = open + 1;
    while from < n
        && s.is_word(
            from,
            &["them", "which", "lesquelles", "lesquels", "as", "eux"],
        )
    {
        from += 1;
    }
    names_from(s, from, &["and", "et"])
}

/// The names listed from item `from`, joined by commas and the `joiners`
/// ("and", "et"; "de" too after "Il s'agit de"), until anything else.
fn names_from(s: &Sentence<'_>, from: usize, joiners: &[&str]) -> Vec<usize> {
    let n = s.items.len();
    let mut names = Vec::new();
    let mut k = from;
    while k < n {
        if s.org_at(k).is_some() {
            names.push(k);
        } else if !(s.is_comma(k) || s.is_word(k, joiners)) {
            break;
        }
        k += 1;
    }
    names
}

/// The deals a sentence tells by naming the companies a buyer counted in
/// the sentence before: "The companies are A and B", "The banks include A",
/// "Il s'agit de A et de B", "Ce sont A et B".
pub(super) fn named_after(s: &Sentence<'_>, ctx: &mut Context) -> Vec<Mention> {
    let n = s.items.len();
    let opens = if s.is_word(0, &["the", "these", "les", "ces"])
        && n > 2
        && s.is_in(1, &COMPANIES_COUNTED)
        && s.is_word(
            2,
            &[
                "are",
                "were",
                "include",
                "included",
                "sont",
                "étaient",
                "comprennent",
            ],
        ) {
        Some(3)
    } else if s.is_word(0, &["ce"]) && s.is_word(1, &["sont"]) {
        Some(2)
    } else if s.is_word(0, &["il"]) {
        // ("Il s'agit de A et de B": "s'" may be written apart.)
        (1..4.min(n))
            .find(|&k| s.is_word(k, &["agit", "s'agit"]))
            .filter(|&k| s.is_word(k + 1, &["de", "d'", "du"]))
            .map(|k| k + 2)
    } else {
        None
    };
    let Some(from) = opens else {
        return Vec::new();
    };
    // ("Il s'agit de A et de B": a preposition may repeat before each.)
    let names = names_from(s, from, &["and", "et", "de", "d'", "du"]);
    if names.is_empty() {
        return Vec::new();
    }
    let Some((buyer, status)) = ctx.take_counted_purchase() else {
        return Vec::new();
    };
    names
        .into_iter()
        .filter_map(|k| s.org_at(k))
        .filter(|name| *name != buyer)
        .map(|name| {
            Mention::told(
                s.input.index,
                DealType::Acquisition,
                vec![
                    (buyer.clone(), Role::Acquirer),
                    (name.to_string(), Role::Target),
                ],
                status,
            )
        })
        .collect()
}
