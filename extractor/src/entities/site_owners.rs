//! Names the article writes as organisations elsewhere, recalled where a
//! sentence's own reading took them for the place of sites: "les usines de
//! Norlac", "the plants of Norlac" read alone are a town's plants; in an
//! article that names Norlac as a company they are Norlac's. (Only sites
//! in the plural: "the town of X", "l'usine de X" most often name a place.)

use dealwire_core::tokens::Token;

use super::SentenceNames;
use super::candidate::SITE_NOUNS;
use super::mention::OrgMention;
use crate::lexicon;

/// The longest capitalised run, of at most four words, opening at `k`
/// whose text is one of `surfaces`: (one past its last token, surface).
fn run_named<'a>(
    toks: &[Token],
    text: &str,
    k: usize,
    surfaces: &[&'a str],
) -> Option<(usize, &'a str)> {
    let end = (k..(k + 4).min(toks.len()))
        .take_while(|&j| toks[j].is_capitalized())
        .last()?
        + 1;
    (k + 1..=end).rev().find_map(|last| {
        let written = &text[toks[k].start..toks[last - 1].end];
        surfaces.iter().find(|s| **s == written).map(|s| (last, *s))
    })
}

/// Whether `word` is a site's noun in the plural ("usines", "plants"): a
/// company's sites, where "the town of X", "l'usine de X" name a place.
fn plural_site(word: &str) -> bool {
    (word.ends_with('s') || word.ends_with('x')) && lexicon::is(&SITE_NOUNS, word)
}

/// Adds to each sentence's names the organisations of the article written
/// right after a site's noun in the plural and "de" or "of" ("les usines
/// de Norlac"), where the sentence's own reading left them out.
pub(super) fn recall_site_owners<'s>(
    sentences: impl Iterator<Item = (&'s str, &'s [Token])>,
    names: &mut [SentenceNames],
) {
    // Where a sentence writes a capitalised word after a plural site's noun
    // and "de"/"of" that its names leave out: few, so the article's names
    // are gathered only when there is one.
    let sentences: Vec<(&str, &[Token])> = sentences.collect();
    let mut spots: Vec<(usize, usize)> = Vec::new();
    for (i, (_, toks)) in sentences.iter().enumerate() {
        for k in 2..toks.len() {
            if toks[k].is_capitalized()
                && matches!(toks[k - 1].norm.as_str(), "de" | "d'" | "du" | "of")
                && plural_site(&toks[k - 2].norm)
                && !names[i].orgs.iter().any(|m| (m.first..m.last).contains(&k))
            {
                spots.push((i, k));
            }
        }
    }
    if spots.is_empty() {
        return;
    }
    let mut surfaces: Vec<&str> = names
        .iter()
        .flat_map(|n| &n.orgs)
        .filter(|m| m.known.is_none())
        .map(|m| m.surface.as_str())
        .collect();
    surfaces.sort_unstable();
    surfaces.dedup();
    let recalled: Vec<(usize, OrgMention)> = spots
        .into_iter()
        .filter_map(|(i, k)| {
            let (text, toks) = sentences[i];
            run_named(toks, text, k, &surfaces).map(|(last, surface)| {
                (
                    i,
                    OrgMention {
                        first: k,
                        last,
                        surface: surface.to_string(),
                        known: None,
                    },
                )
            })
        })
        .collect();
    for (i, m) in recalled {
        names[i].orgs.push(m);
        names[i].orgs.sort_by_key(|m| m.first);
    }
}
