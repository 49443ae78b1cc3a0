//! A company's former name told beside its name ("Ostrel Corp (formerly
//! Dolvane Systems)", "Ostrel, anciennement Dolvane,"): the two names are one
//! company's, and the article's deals told under the old name are merged
//! under the one it has now.

use dealwire_core::tokens::Token;

use crate::lexicon::{FORMER_NAME_FILLERS, FORMER_NAME_MARKERS};

/// The (former, current) name pairs one sentence tells, from its resolved
/// names `(first token, end token, name)` in text order.
pub fn former_names(toks: &[Token], names: &[(usize, usize, String)]) -> Vec<(String, String)> {
    names
        .windows(2)
        .filter_map(|pair| {
            let (current, former) = (&pair[0], &pair[1]);
            let between = toks.get(current.1..former.0)?;
            let (open, rest) = between.split_first()?;
            let (marker, fillers) = rest.split_first()?;
            (current.2 != former.2
                && (open.is_punct(',') || open.is_punct('('))
                && FORMER_NAME_MARKERS.contains(marker.norm.as_str())
                && fillers
                    .iter()
                    .all(|t| FORMER_NAME_FILLERS.contains(&t.norm.as_str())))
            .then(|| (former.2.clone(), current.2.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_core::tokens::tokenize;

    /// The names at the given token spans of `text`.
    fn pairs(text: &str, spans: &[(usize, usize)]) -> Vec<(String, String)> {
        let toks = tokenize(text);
        let names: Vec<(usize, usize, String)> = spans
            .iter()
            .map(|&(a, b)| {
                let name = toks[a..b]
                    .iter()
                    .map(|t| t.text(text))
                    .collect::<Vec<_>>()
                    .join(" ");
                (a, b, name)
            })
            .collect();
        former_names(&toks, &names)
    }

    #[test]
    fn a_name_after_formerly_in_brackets_or_commas_is_the_companys_former_name() {
        assert_eq!(
            pairs(
                "Ostrel Corp (formerly Dolvane Systems) acquired Proxa.",
                &[(0, 2), (4, 6), (8, 9)]
            ),
            [("Dolvane Systems".to_string(), "Ostrel Corp".to_string())]
        );
        assert_eq!(
            pairs(
                "Ostrel, formerly known as Dolvane, bought Proxa.",
                &[(0, 1), (5, 6), (8, 9)]
            ),
            [("Dolvane".to_string(), "Ostrel".to_string())]
        );
        assert_eq!(
            pairs(
                "Ostrel, anciennement Dolvane, a racheté Proxa.",
                &[(0, 1), (3, 4), (7, 8)]
            ),
            [("Dolvane".to_string(), "Ostrel".to_string())]
        );
    }

    #[test]
    fn names_with_other_words_between_are_not_one_company() {
        assert!(
            pairs(
                "Ostrel, which formerly owned Dolvane, bought Proxa.",
                &[(0, 1), (5, 6), (8, 9)]
            )
            .is_empty()
        );
        assert!(
            pairs(
                "Ostrel and Dolvane bought Proxa.",
                &[(0, 1), (2, 3), (4, 5)]
            )
            .is_empty()
        );
    }
}
