//! A title written with a capital on every word ("Orbeck Nears Deal to Buy
//! Pelmont in $8 Billion Bet on Medical Devices") capitalises common nouns
//! too. A run of its capitals that the story never writes with a capital
//! inside a sentence names nothing the story names: the companies a title
//! names come back in the story.

use dealwire_core::tokens::Token;
use rustc_hash::FxHashSet as HashSet;

use super::SentenceNames;

/// Drops from the title (the first of `sentences`, when `title` says it is
/// a title in capitals) the unknown names none of whose words the rest of
/// the story capitalises inside a sentence, unless it opens a sentence with
/// all of them; only when the story names another of the title's names.
pub(super) fn drop_title_words<'s>(
    mut sentences: impl Iterator<Item = (&'s str, &'s [Token])>,
    names: &mut [SentenceNames],
    title: bool,
) {
    let Some((_, title_toks)) = sentences.next() else {
        return;
    };
    if !title || names.first().is_none_or(|n| n.orgs.is_empty()) {
        return;
    }
    // The words the story capitalises inside a sentence, and those it
    // capitalises only where a sentence opens.
    let (mut inside, mut opening): (HashSet<&str>, HashSet<&str>) = Default::default();
    for (_, toks) in sentences {
        for (k, t) in toks.iter().enumerate().filter(|(_, t)| t.is_capitalized()) {
            if k == 0 { &mut opening } else { &mut inside }.insert(t.norm.as_str());
        }
    }
    // A story of one line has no body to ask.
    if inside.is_empty() && opening.is_empty() {
        return;
    }
    // ("Halvern Raises $40 Million" before "Halvern has raised": a name the
    // story only opens sentences with still comes back, whole.)
    let comes_back = |m: &super::mention::OrgMention| {
        let words = &title_toks[m.first..m.last];
        m.known.is_some()
            || words.iter().any(|t| inside.contains(t.norm.as_str()))
            || words.iter().all(|t| opening.contains(t.norm.as_str()))
    };
    // Only a story that names some of the title's companies again says the
    // others are none: one that names none of them tells nothing.
    if names[0]
        .orgs
        .iter()
        .any(|m| m.known.is_none() && comes_back(m))
    {
        names[0].orgs.retain(comes_back);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Aliases, document_orgs};
    use dealwire_core::tokens::tokenize;

    fn orgs(sentences: &[&str]) -> Vec<Vec<String>> {
        let toks: Vec<_> = sentences.iter().map(|s| tokenize(s)).collect();
        let aliases = Aliases::default();
        document_orgs(
            sentences
                .iter()
                .copied()
                .zip(toks.iter().map(Vec::as_slice)),
            &aliases,
            false,
        )
        .into_iter()
        .map(|n| n.orgs.into_iter().map(|m| m.surface).collect())
        .collect()
    }

    #[test]
    fn a_title_word_the_story_never_capitalises_names_nothing() {
        let found = orgs(&[
            "Varnell Nears Deal to Buy Scoria in Bet on Surgical Robots",
            "The talks between Varnell Inc and Scoria Corp are advanced.",
        ]);
        assert_eq!(found[0], ["Varnell", "Scoria"]);
    }
}
