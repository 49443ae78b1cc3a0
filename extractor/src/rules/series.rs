//! A deal told as one of a buyer's series: "It is Orvane's third
//! acquisition this year, after the purchase of Kelmix", "la troisième
//! acquisition d'Orvane, après le rachat de Kelmix", "Pour Orvane, il
//! s'agit de la troisième acquisition, après le rachat de Kelmix". The
//! earlier deal, told by its noun and target after "after"/"following"/
//! "après", is the buyer's the series names.

use super::sentence::{Item, Sentence};
use crate::lexicon;

/// The buyer of the series a deal's noun at item `t` is told after, past
/// "after", "following" or "après" and its article, a comma before them.
pub(super) fn buyer_of_series(s: &Sentence<'_>, t: usize) -> Option<usize> {
    let after = (t.saturating_sub(3)..t).find(|&k| {
        s.is_word(k, &["after", "following", "après"])
            && (k + 1..t).all(|j| {
                s.is_word(
                    j,
                    &[
                        "the", "its", "their", "le", "la", "l'", "les", "son", "sa", "ses", "leur",
                    ],
                )
            })
    })?;
    if after < 2 || !s.is_comma(after - 1) {
        return None;
    }
    let comma = after - 1;
    // The series' noun, with words only between it and the comma.
    let noun = (comma.saturating_sub(8)..comma)
        .rev()
        .take_while(|&k| s.items[k].2 == Item::Word)
        .find(|&k| s.is_in(k, &lexicon::ACQUISITION_NOUNS) || s.is_word(k, &["acquisitions"]))?;
    // An ordinal or a superlative counts the deal among others: "third",
    // "latest", "troisième", "plus grosse".
    let counted = (noun.saturating_sub(3)..noun).any(|k| {
        let w = s.norm(k);
        w.ends_with("th")
            || w.ends_with("ième")
            || w.ends_with("est")
            || matches!(
                w,
                "first"
                    | "second"
                    | "third"
                    | "premier"
                    | "première"
                    | "seconde"
                    | "dernière"
                    | "dernier"
                    | "plus"
                    | "nouvelle"
                    | "another"
                    | "autre"
            )
    });
    if !counted {
        return None;
    }
    // "Orvane's third acquisition".
    if let Some(owner) = (noun.saturating_sub(5)..noun)
        .find(|&k| s.org_at(k).is_some() && s.is_word(k + 1, &["'s", "'"]))
    {
        return Some(owner);
    }
    // "la troisième acquisition d'Orvane".
    if s.is_word(noun + 1, &["of", "de", "d'", "du"]) && s.org_at(noun + 2).is_some() {
        return Some(noun + 2);
    }
    // "Pour Orvane, il s'agit de la troisième acquisition", "For Orvane,
    // it is the third acquisition".
    (s.is_word(0, &["pour", "for"]) && s.org_at(1).is_some() && s.is_comma(2)).then_some(1)
}
