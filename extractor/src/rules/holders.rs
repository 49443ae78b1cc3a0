//! The company a sentence names its subject as holders of: "Kelmix
//! shareholders Orvane and Tessera agreed to sell the company to Halvern",
//! "les actionnaires de Kelmix, Orvane et Tessera, ont accepté de céder
//! l'entreprise": what the holders sell as "the company" or "it" is the
//! company they hold, and they are its sellers; and the holder a relative
//! clause names on a stake bought ("la participation que détient Tessera
//! dans Kelmix", "the stake that Tessera holds in Kelmix"); and a share
//! held told from the company held ("Kelmix is 30% owned by Tessera").

use super::sentence::{AUXILIARIES, HOLDER_HEADS, Item, Sentence};
use crate::coref::Reference;
use crate::lexicon::OWNING_VERBS;

/// Whether the item at `k` is a noun of holders, singular or plural
/// ("shareholders", "investisseur"), or one of the nouns `also` names
/// ("owner", "partner").
pub(super) fn holder_noun(s: &Sentence<'_>, k: usize, also: &[&str]) -> bool {
    s.items[k].2 == Item::Word && {
        let w = s.norm(k);
        let one = w.strip_suffix('s').unwrap_or(w);
        HOLDER_HEADS.contains(&one) || also.contains(&one)
    }
}

/// The company the subject `subj` (items) holds when the sentence names its
/// members as that company's holders: "Kelmix shareholders Orvane and
/// Tessera", "Kelmix's owners, Orvane and Tessera", "les actionnaires de
/// Kelmix, Orvane et Tessera", "Kelmix and its backers Orvane and Tessera".
pub(super) fn held_by_subject<'a>(s: &'a Sentence<'a>, subj: &[usize]) -> Option<&'a str> {
    let holder = |k: usize| holder_noun(s, k, &["owner", "propriétaire"]);
    let word = |k: usize| s.items[k].2 == Item::Word;
    let org = |k: usize| s.org_at(k);
    let comma = |k: usize| s.items[k].2 == Item::Punct && s.norm(k) == ",";
    let &first = subj.iter().min()?;
    // The holders' noun right before the first member, a comma between
    // them or not.
    let noun = match first.checked_sub(1) {
        Some(k) if holder(k) => Some(k),
        Some(k) if comma(k) && k >= 1 && holder(k - 1) => Some(k - 1),
        _ => None,
    };
    if let Some(noun) = noun {
        // "Kelmix shareholders", "Kelmix's owners".
        return match noun.checked_sub(1) {
            Some(k) if org(k).is_some() => org(k),
            Some(k) if s.norm(k) == "'s" && k >= 1 => org(k - 1),
            _ => None,
        };
    }
    // "Orvane, Kelmix's parent company,", "Tessera, Kelmix's largest
    // shareholder,", "Orvane, maison mère de Kelmix,": an apposition on the
    // subject names the company it holds.
    let &last = subj.iter().max()?;
    let n = s.items.len();
    if last + 3 < n
        && comma(last + 1)
        && let Some(close) = (last + 2..n.min(last + 10)).find(|&k| comma(k))
    {
        let parent = |k: usize| holder(k) || s.is_word(k, &["parent", "mère", "maison-mère"]);
        if let Some(held) = org(last + 2)
            && s.norm(last + 3) == "'s"
            && (last + 4..close).all(word)
            && (last + 4..close).any(parent)
        {
            return Some(held);
        }
        if close >= last + 4
            && let Some(held) = org(close - 1)
            && s.is_word(close - 2, &["of", "de", "d'", "du"])
            && (last + 2..close - 2).all(word)
            && (last + 2..close - 2).any(parent)
        {
            return Some(held);
        }
        // "Orvane and Kelmix, which together own 60% of Selvane,", "Orvane,
        // qui détient 30 % de Selvane,": a relative on what the subject
        // owns.
        if close >= last + 4
            && s.is_word(last + 2, &["which", "who", "qui"])
            && let Some(held) = org(close - 1)
            && s.is_word(close - 2, &["of", "de", "d'", "du", "in", "dans"])
            && (last + 3..close - 2).any(|k| s.is_in(k, &OWNING_VERBS))
        {
            return Some(held);
        }
    }
    // "les actionnaires de Kelmix, Orvane et Tessera": the list read the
    // held company as its first member.
    if let Some(&k) = subj.iter().find(|&&k| {
        k >= 2
            && k + 1 < s.items.len()
            && comma(k + 1)
            && s.is_word(k - 1, &["de", "d'", "du", "of"])
            && holder(k - 2)
    }) {
        return org(k);
    }
    // "Kelmix and its backers Orvane and Tessera": the held company opens
    // the subject, its holders after "and its".
    subj.iter().find_map(|&j| {
        (j >= 4
            && holder(j - 1)
            && s.is_word(j - 2, &["its", "ses", "son", "sa", "leurs"])
            && s.is_word(j - 3, &["and", "et"])
            && subj.contains(&(j - 4)))
        .then(|| org(j - 4))
        .flatten()
    })
}

/// "racheter la participation de 30 % que détient Tessera dans Kelmix",
/// "les 30 % que Tessera détient dans Kelmix", "the stake that Tessera holds
/// in Kelmix", "the 30% stake held by Tessera in Kelmix": a relative clause
/// or participle at `k` on a stake or share (between `from` and `k`) names
/// its holder, who sells it. Returns where reading goes on, past the
/// holder (the company the stake is in may follow).
pub(super) fn holder_relative(s: &Sentence<'_>, from: usize, k: usize, to: usize) -> Option<usize> {
    let n = to.min(s.items.len());
    // Cheap first: the word must open a relative or be a holding participle.
    let relative = s.is_word(k, &["que", "qu'", "that", "which"]);
    if !(relative || s.is_in(k, &OWNING_VERBS)) {
        return None;
    }
    let on_stake = (from..k).any(|j| {
        matches!(s.norm(j), "%" | "pct" | "percent")
            || (s.items[j].2 == Item::Word && s.is_in(j, &crate::lexicon::STAKE_WORDS))
    });
    if !on_stake || k + 2 >= n {
        return None;
    }
    let owning = |j: usize| j < n && s.is_in(j, &OWNING_VERBS);
    // Past a description before the name ("que détient le fonds Tessera").
    let name_from = |j: usize| {
        (j..n.min(j + 4))
            .take_while(|&q| matches!(s.items[q].2, Item::Word | Item::Ref(_)))
            .find(|&q| s.org_at(q).is_some())
    };
    if relative {
        // "que détient Tessera": the verb first, its subject after.
        if owning(k + 1) {
            return name_from(k + 2).map(|holder| holder + 1);
        }
        // "que Tessera détient", "that Tessera has held".
        let holder = k + 1;
        s.org_at(holder)?;
        let verb = if s.is_in(holder + 1, &AUXILIARIES) {
            holder + 2
        } else {
            holder + 1
        };
        return owning(verb).then_some(verb + 1);
    }
    // "held by Tessera", "détenue par Tessera".
    if owning(k) && s.is_word(k + 1, &["by", "par"]) {
        return name_from(k + 2).map(|holder| holder + 1);
    }
    None
}

/// "Kelmix is 30% owned by Orvane", "Kelmix est détenue à 30 % par
/// Orvane": whether the holding verb at `t` is the main clause's participle
/// of a share held, its size before it or, in French, after "à", its holder
/// after "by" or "par", and the company held its subject, named right
/// before the auxiliary. (A share told in passing, "Kelmix, 30%-owned by Orvane,",
/// "Kelmix, qui est détenue à 30 % par Orvane,", is no deal of its own.)
pub(super) fn share_held_by(s: &Sentence<'_>, t: usize) -> bool {
    if !s.is_in(t, &OWNING_VERBS) {
        return false;
    }
    let n = s.items.len();
    let percent = |k: usize| k < n && (s.norm(k) == "%" || s.is_word(k, &["pct", "percent"]));
    let agent = |k: usize| k < n && s.is_word(k, &["by", "par"]);
    let english = (t.saturating_sub(2)..t).any(percent) && agent(t + 1);
    let french =
        s.is_word(t + 1, &["à"]) && (t + 2..(t + 4).min(n)).any(|k| percent(k) && agent(k + 1));
    let aux = (t.saturating_sub(4)..t)
        .rev()
        .find(|&k| s.is_word(k, &["is", "was", "est", "était"]));
    // (A name: a description, "the company is 62 pct owned by", is
    // left to the article's own telling.)
    (english || french)
        && aux.is_some_and(|k| k >= 1 && matches!(s.items[k - 1].2, Item::Ref(Reference::Org(_))))
}
