//! A company's former name told beside its name ("Ostrel Corp (formerly
//! Dolvane Systems)", "Ostrel, anciennement Dolvane,"): the two names are one
//! company's, and the article's deals told under the old name are merged
//! under the one it has now ([`former_names`]); the name before the marker
//! is a company's even where the finder took it for a person's
//! ([`recall_current_names`]).

use dealwire_core::tokens::Token;

use super::{OrgMention, SentenceNames};
use crate::lexicon::{self, FORMER_NAME_FILLERS, FORMER_NAME_MARKERS};

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

/// "Ostrel, formerly known as Dolvane Systems, acquired Y": a capitalised
/// run right before a former name's marker is the company's name today,
/// even where the finder took it for a person's (a name followed by
/// "formerly" often is one's). Adds it to the sentence's names.
pub(super) fn recall_current_names<'s>(
    sentences: impl Iterator<Item = (&'s str, &'s [Token])>,
    names: &mut [SentenceNames],
) {
    for ((text, toks), n) in sentences.zip(names.iter_mut()) {
        let mut found = Vec::new();
        for former in &n.orgs {
            // Back over the fillers to the marker, then its comma or bracket.
            let mut p = former.first;
            while p > 0 && FORMER_NAME_FILLERS.contains(&toks[p - 1].norm.as_str()) {
                p -= 1;
            }
            if p < 2 || !FORMER_NAME_MARKERS.contains(toks[p - 1].norm.as_str()) {
                continue;
            }
            let open = p - 2;
            if !(toks[open].is_punct(',') || toks[open].is_punct('(')) {
                continue;
            }
            // The capitalised run right before it, of at most four words.
            let mut first = open;
            while first > 0 && open - first < 4 && toks[first - 1].is_capitalized() {
                first -= 1;
            }
            let opens = first == 0 || !toks[first - 1].is_capitalized();
            if first == open
                || !opens
                || n.orgs.iter().any(|m| m.overlaps(first, open))
                || toks[first..open].iter().any(|t| lexicon::not_org(&t.norm))
            {
                continue;
            }
            found.push(OrgMention::written(toks, text, first, open));
        }
        if !found.is_empty() {
            n.orgs.extend(found);
            n.orgs.sort_by_key(|m| m.first);
        }
    }
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

    /// The names `recall_current_names` leaves in `text`, given the
    /// finder's mentions at `spans`.
    fn recalled(text: &str, spans: &[(usize, usize)]) -> Vec<String> {
        let toks = tokenize(text);
        let mut names = vec![SentenceNames {
            orgs: spans
                .iter()
                .map(|&(a, b)| OrgMention::written(&toks, text, a, b))
                .collect(),
            labels: Vec::new(),
        }];
        recall_current_names(std::iter::once((text, toks.as_slice())), &mut names);
        names[0].orgs.iter().map(|m| m.surface.clone()).collect()
    }

    #[test]
    fn the_name_before_a_former_one_is_recalled_as_a_company() {
        assert_eq!(
            recalled(
                "Ostrel, formerly known as Dolvane Systems, acquired Proxa.",
                &[(5, 7), (9, 10)]
            ),
            ["Ostrel", "Dolvane Systems", "Proxa"]
        );
        // A person's former employer after "formerly of" recalls no one.
        assert_eq!(
            recalled(
                "John Smith, formerly of Dolvane, joined Proxa.",
                &[(5, 6), (8, 9)]
            ),
            ["Dolvane", "Proxa"]
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
