//! A common word that opens a sentence before a name ("Fintech Ledgerly
//! raises $85m", "Chipmaker Semivo to buy..."), told apart from a name's
//! own first word once the whole article has been read.

use dealwire_core::tokens::Token;

use super::SentenceNames;
use super::mention::OrgMention;
use super::runs::as_written;
use super::vocabulary::ArticleVocabulary;
use crate::lexicon;

/// "Fintech Ledgerly raises $85m": a sentence's first word, capitalised
/// only by its place, is no part of the name after it when the article
/// writes that word in lowercase elsewhere and names the organisation
/// without it.
pub(super) fn drop_common_openers<'s>(
    sentences: impl Iterator<Item = (&'s str, &'s [Token])>,
    names: &mut [SentenceNames],
    vocab: &ArticleVocabulary,
) {
    // Built once per article, and only read for sentences that open with a
    // candidate; a long article names thousands of organisations.
    let alone: rustc_hash::FxHashSet<String> = names
        .iter()
        .flat_map(|n| &n.orgs)
        .filter(|m| m.known.is_none())
        .map(|m| m.surface.to_lowercase())
        .collect();
    for ((text, toks), n) in sentences.zip(names.iter_mut()) {
        let Some(m) = n.orgs.first_mut() else {
            continue;
        };
        if m.first != 0 || m.known.is_some() || m.last < 2 {
            continue;
        }
        // The opening word is a common noun when the article writes it in
        // lowercase elsewhere, or when it describes a company and is never
        // capitalised inside a sentence ("Chipmaker Semivo Inc is set to...",
        // then "Semivo" throughout).
        let opener = &toks[0];
        let plain = opener.text(text).chars().skip(1).all(char::is_lowercase);
        // ("Rival Selvane is in talks": a rival is a company described.)
        let describes = lexicon::is(&lexicon::DESCRIPTION_HEADS, &opener.norm)
            || lexicon::is(&lexicon::RIVAL_NOUNS, &opener.norm)
            || ["maker", "tech", "giant"]
                .iter()
                .any(|end| opener.norm.ends_with(end));
        let common = vocab.lowercase.contains(&opener.norm)
            || (describes && !vocab.capitalized_inside.contains(&opener.norm));
        if !plain || !common {
            continue;
        }
        let rest = as_written(&text[toks[1].start..toks[m.last - 1].end]);
        // "Fintech Arbor Pay agreed to be acquired": a kind of company
        // ("fintech", "chipmaker"), never part of a name's start, is dropped
        // even when the article names the company only once. Words that
        // open names ("Group", "Société", "Firm") are not such kinds.
        let kind = describes
            && !lexicon::is_org_head(&opener.norm)
            && !matches!(
                opener.norm.as_str(),
                "firm" | "firme" | "entreprise" | "giant" | "géant" | "leader" | "owner"
            );
        if kind || alone.contains(&rest.to_lowercase()) {
            m.first = 1;
            m.surface = rest;
        }
    }
}

/// "Paylane raised $10 million. ... Paylane operates in Germany": a name
/// the article has found elsewhere, opening a sentence with no cue of its
/// own, is that organisation all the same. (A sentence's first word is
/// otherwise capitalised only by its place.)
pub(super) fn recall_openers<'s>(
    sentences: impl Iterator<Item = (&'s str, &'s [Token])>,
    names: &mut [SentenceNames],
    vocab: &ArticleVocabulary,
) {
    let mut recalled = Vec::new();
    let all: &[SentenceNames] = names;
    for (i, (text, toks)) in sentences.enumerate() {
        let n = &all[i];
        let Some(opener) = toks.first() else {
            continue;
        };
        if !opener.is_capitalized()
            || n.orgs.first().is_some_and(|m| m.first == 0)
            || vocab.lowercase.contains(&opener.norm)
            || lexicon::is(&lexicon::STOP_CAPS, &opener.norm)
            || lexicon::not_org(&opener.norm)
            // ("Paylane Group said": a longer name the sentence's own
            // reading left alone.)
            || toks.get(1).is_some_and(Token::is_capitalized)
        {
            continue;
        }
        // (Looked for only at the few sentences left with such an opener:
        // single-word names of unknown organisations, as written.)
        let written = opener.text(text);
        let found = all
            .iter()
            .flat_map(|n| &n.orgs)
            .any(|m| m.known.is_none() && m.last == m.first + 1 && m.surface == written);
        if found {
            recalled.push((i, written.to_string()));
        }
    }
    for (i, surface) in recalled {
        names[i].orgs.insert(
            0,
            OrgMention {
                first: 0,
                last: 1,
                surface,
                known: None,
            },
        );
    }
}
