//! A title written with a capital on every word ("Orbeck Nears Deal to Buy
//! Pelmont in $8 Billion Bet on Medical Devices") capitalises common nouns
//! too. A run of its capitals that the story never writes with a capital
//! inside a sentence names nothing the story names: the companies a title
//! names come back in the story.

use dealwire_core::tokens::Token;

use super::SentenceNames;

/// Drops from the title (the first of `sentences`, when `title` says it is
/// written with a capital on every word) the unknown names none of whose words the rest of
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
    // The words of the title's unknown names, and whether the story
    // capitalises each inside a sentence, or where a sentence opens (only
    // these few words are asked of the story's).
    let mut words: Vec<(&str, bool, bool)> = names[0]
        .orgs
        .iter()
        .filter(|m| m.known.is_none())
        .flat_map(|m| &title_toks[m.first..m.last])
        .map(|t| (t.norm.as_str(), false, false))
        .collect();
    let mut body = false;
    for (_, toks) in sentences {
        body |= !toks.is_empty();
        for (k, t) in toks.iter().enumerate().filter(|(_, t)| t.is_capitalized()) {
            for w in words.iter_mut().filter(|w| w.0 == t.norm) {
                if k == 0 {
                    w.2 = true;
                } else {
                    w.1 = true;
                }
            }
        }
    }
    // A story of one line has no body to ask.
    if !body {
        return;
    }
    let seen = |norm: &str, inside: bool| {
        words
            .iter()
            .any(|w| w.0 == norm && if inside { w.1 } else { w.2 })
    };
    // ("Halvern Raises $40 Million" before "Halvern has raised": a name the
    // story only opens sentences with still comes back, whole.)
    let comes_back = |m: &super::mention::OrgMention| {
        let words = &title_toks[m.first..m.last];
        m.known.is_some()
            || words.iter().any(|t| seen(&t.norm, true))
            || words.iter().all(|t| seen(&t.norm, false))
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
