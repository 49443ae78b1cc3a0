//! Organisations: known ones through the alias table, unknown ones from the
//! text itself (runs of capitalised words that are not places, people or
//! sentence openers), and the article-level table that makes every mention
//! of one organisation resolve to one canonical name ("Acacia" and "Acacia
//! Communications Inc", "ACS" after "Affiliated Computer Services (ACS)").
//!
//! [`document_orgs`] reads a document: `vocabulary` first learns how the
//! article writes its words, then [`find_orgs`] reads each sentence, with
//! `runs` saying where a name runs and `candidate` whether an unknown run is
//! an organisation (`apposition` saying whether words after it describe
//! it), then `openers` drops a common word that opened a
//! sentence before a name the article names without it, `titles` drops the
//! capitals of a title in capitals that the story never writes as a name,
//! `site_owners` recalls a company of the article after a site's noun ("les
//! usines de Norlac") that the sentence read as a place, and `pairs` splits
//! "A and B" read as one name when the article names A and B alone or the
//! words after it treat it as two, and (for extraction) `states` adds the
//! governments a sentence about a stake or an investment names (and
//! `local_bodies` the local authorities one about a contract names); before all
//! of them, `hyphened` splits "Orvane-Kelmix" beside a deal's noun into the
//! two companies it joins; `table`
//! resolves the mentions of one organisation to one name, acronyms included,
//! and `former_names` reads a company's former name told beside it (and,
//! for extraction, recalls the current name before it).

use dealwire_core::names::Aliases;
use dealwire_core::tokens::{Kind, Token};

use crate::lexicon;
use crate::ner::{self, Label, features::Prepared};

mod apposition;
mod candidate;
mod former_names;
mod hyphened;
mod listed;
mod local_bodies;
mod mention;
mod openers;
mod pairs;
mod runs;
mod site_owners;
mod sources;
mod states;
mod table;
mod titles;
mod vocabulary;

use candidate::{subsidiary, unknown_org};
pub use former_names::former_names;
pub use hyphened::{may_hold_pairs, split_pairs, words_alone};
pub use mention::OrgMention;
use runs::{
    as_written, capital_run, extend_suffix, headline_break, headline_run_end, institution_run,
    is_all_caps, is_headline, is_ticker,
};
pub use runs::{legal_form_end, model_code, plural_acronym};
pub use sources::quoted_as_source;
pub use table::{
    EntityTable, acronyms, initial_acronyms, named_beside_longer, parents_named_before_units,
    vehicle_names,
};
pub use vocabulary::{ArticleVocabulary, middle_initial};

/// The names of one sentence: its organisations, and, when asked for, what
/// the name model says of each of its tokens.
#[derive(Clone, Debug, Default)]
pub struct SentenceNames {
    /// Organisations.
    pub orgs: Vec<OrgMention>,
    /// The model's label for each token; empty unless asked for.
    pub labels: Vec<Label>,
}

/// Finds the names in each sentence of one document, each sentence given as
/// its text and its tokens: the document's vocabulary is learnt from every
/// sentence first, then each sentence is read. The pipeline and `extractor
/// tag` both read documents this way; `tag` also asks for the name model's
/// labels, which mark people and places (the pipeline needs organisations
/// only, and the model, trained on old and encyclopaedic text, tells modern
/// company names from people less well than the finder does).
pub fn document_orgs<'s>(
    sentences: impl Iterator<Item = (&'s str, &'s [Token])> + Clone,
    aliases: &Aliases,
    with_labels: bool,
) -> Vec<SentenceNames> {
    let mut vocab = ArticleVocabulary::default();
    let mut shouting = Vec::new();
    for (text, toks) in sentences.clone() {
        // A sentence in capitals says nothing of how words are written.
        let caps = is_all_caps(toks, text);
        if !caps {
            vocab.observe(toks);
        }
        shouting.push(caps);
    }
    vocab.finish(sentences.clone().map(|(_, toks)| toks));
    // A title written with a capital on every word, not in capitals.
    let title = sentences.clone().next().is_some_and(|(_, toks)| {
        is_title_line(toks) && shouting.first() == Some(&false) && is_headline(toks, true)
    });
    let mut names: Vec<SentenceNames> = sentences
        .clone()
        .zip(shouting)
        .enumerate()
        .map(|(i, ((text, toks), caps))| SentenceNames {
            orgs: orgs_of(
                toks,
                text,
                aliases,
                &vocab,
                caps,
                i == 0 && is_title_line(toks),
            ),
            labels: if with_labels {
                let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
                let prepared = Prepared::new(words, &|w| vocab.lowercase.contains(w));
                ner::shipped_model().label(&prepared)
            } else {
                Vec::new()
            },
        })
        .collect();
    titles::drop_title_words(sentences.clone(), &mut names, title);
    openers::drop_common_openers(sentences.clone(), &mut names, &vocab);
    openers::recall_openers(sentences.clone(), &mut names, &vocab);
    site_owners::recall_site_owners(sentences.clone(), &mut names);
    pairs::split_named_pairs(sentences.clone(), &mut names);
    pairs::join_named_pairs(sentences.clone(), &mut names);
    // Governments are deal parties, not names the entity corpora tag; nor
    // is a company's name before its former one recalled for them.
    if !with_labels {
        former_names::recall_current_names(sentences.clone(), &mut names);
        for ((text, toks), n) in sentences.zip(names.iter_mut()) {
            let mut states = states::state_mentions(toks, text, &n.orgs);
            states.extend(local_bodies::local_body_mentions(toks, text, &n.orgs));
            if !states.is_empty() {
                n.orgs.extend(states);
                n.orgs.sort_by_key(|m| m.first);
            }
        }
    }
    names
}

/// Finds the organisations named in one sentence.
pub fn find_orgs(
    toks: &[Token],
    text: &str,
    aliases: &Aliases,
    vocab: &ArticleVocabulary,
) -> Vec<OrgMention> {
    orgs_of(toks, text, aliases, vocab, is_all_caps(toks, text), false)
}

/// Whether a document's first sentence reads as its title: it ends with
/// no full stop, question or exclamation mark.
fn is_title_line(toks: &[Token]) -> bool {
    toks.last()
        .is_some_and(|t| !(t.is_punct('.') || t.is_punct('?') || t.is_punct('!')))
}

/// [`find_orgs`], told whether the sentence is written in capitals.
fn orgs_of(
    toks: &[Token],
    text: &str,
    aliases: &Aliases,
    vocab: &ArticleVocabulary,
    shouting: bool,
    title_line: bool,
) -> Vec<OrgMention> {
    let mut out = Vec::new();
    let headline = !shouting && is_headline(toks, title_line);
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let upper = t.is_capitalized()
            || runs::ordinal_opening(toks, i)
            || runs::numbered_opening(toks, i)
            || aliases.is_lowercase_alias(&t.norm);
        if !upper {
            i += 1;
            continue;
        }
        if let Some((len, canonical)) = aliases.match_at(toks, i) {
            // A known name written in capitals, not itself a common word at the
            // start of a sentence ("Orange", "Free" need a capital inside one).
            let common = i == 0 && len == 1 && vocab.lowercase.contains(&t.norm);
            if !common && !vocab.vehicles.contains(&t.norm) {
                let end = extend_suffix(toks, i + len);
                // A known name that the text goes on writing names something
                // of its own: "Siemens Energy", "BlackRock Real Assets". Two
                // known names side by side are two names ("OpenAI SoftBank" in
                // a caption that lost its full stop), unless a name of
                // neither goes on after them: "Sony Honda Mobility" is the
                // venture of both.
                let named_after_both = || {
                    aliases.match_at(toks, end).is_none_or(|(len2, _)| {
                        toks.get(end + len2).is_some_and(Token::is_capitalized)
                            && aliases.match_at(toks, end + len2).is_none()
                    })
                };
                if !shouting
                    && named_after_both()
                    && let Some(m) = subsidiary(toks, text, i, end, canonical, headline, vocab)
                {
                    i = m.last;
                    out.push(m);
                    continue;
                }
                out.push(OrgMention {
                    first: i,
                    last: end,
                    surface: as_written(&text[t.start..toks[i + len - 1].end]),
                    known: Some(canonical.to_string()),
                });
                i = end;
                continue;
            }
        }
        if is_ticker(toks, i) {
            i += 1;
            continue;
        }
        if !shouting && let Some(m) = runs::angled_name(toks, text, i) {
            i = m.last;
            out.push(m);
            continue;
        }
        // A title is not a name ("CEO", "Président"), and neither is the
        // person after it (see `unknown_org`).
        // "Prince Co Inc", "Chancellor Media Corp": a title followed by a
        // legal form or a company's head word names a company.
        let company_next = toks.get(i + 1).is_some_and(|n| {
            n.is_capitalized()
                && (dealwire_core::names::LEGAL_SUFFIXES.contains(&n.norm.as_str())
                    || lexicon::is_org_head(&n.norm))
        });
        if lexicon::is_title(&t.norm) && !t.norm.contains('.') && !company_next {
            i += 1;
            continue;
        }
        // In a headline written in capitals, a word belongs to a name only
        // if the story writes it with a capital inside a sentence and never
        // in lowercase ("ACME TO BUY GLOBEX UNIT" gives Acme and Globex).
        if shouting {
            let body_name = |t: &Token| {
                vocab.capitalized_inside.contains(&t.norm) && !vocab.lowercase.contains(&t.norm)
            };
            if !body_name(t) {
                i += 1;
                continue;
            }
            let mut run_end = i + 1;
            while toks
                .get(run_end)
                .is_some_and(|n| n.kind == Kind::Word && body_name(n))
            {
                run_end += 1;
            }
            if let Some(m) = unknown_org(toks, text, i, run_end, vocab) {
                out.push(m);
            }
            i = run_end;
            continue;
        }
        // "Banque publique d'investissement": French writes an
        // institution's name on in lowercase after its head word. The
        // article before it ("La Banque ...") is no part of the name.
        let lowercase_after = |k: usize| toks.get(k + 1).is_some_and(|n| !n.is_capitalized());
        if !headline
            && lexicon::is(&lexicon::STOP_CAPS, &t.norm)
            && toks.get(i + 1).is_some_and(Token::is_capitalized)
            && lowercase_after(i + 1)
            && institution_run(toks, i + 1).is_some()
        {
            i += 1;
            continue;
        }
        if !headline
            && lowercase_after(i)
            && let Some(end) = institution_run(toks, i)
        {
            // "le Conseil d'administration": a body every company has.
            let words: Vec<&str> = toks[i..end].iter().map(|t| t.norm.as_str()).collect();
            if lexicon::not_org(&words.join(" ")) {
                i = end;
                continue;
            }
            out.push(OrgMention {
                first: i,
                last: end,
                surface: as_written(&text[t.start..toks[end - 1].end]),
                known: None,
            });
            i = end;
            continue;
        }
        // "Shares of Charles Schwab": an opener before "of" starts no name,
        // so the name after it is read on its own (a known one included).
        if (lexicon::is(&lexicon::STOP_CAPS, &t.norm) || lexicon::not_org(&t.norm))
            && toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.norm.as_str(), "of" | "de" | "du" | "des"))
        {
            i += 1;
            continue;
        }
        if headline && headline_break(&t.norm, vocab) {
            i += 1;
            continue;
        }
        // "SoftBank-owned Arm", "Amazon-backed Anthropic": the adjective
        // opens no name; the name after it is read on its own (a known one
        // included).
        if candidate::compound_adjective(t, text)
            && toks.get(i + 1).is_some_and(Token::is_capitalized)
        {
            i += 1;
            continue;
        }
        // "Airbus A321neo": the model's code after its maker names no
        // company ("G42" alone is one); nor after a count ("ordered 12
        // A350-1000 jets").
        if i > 0
            && (toks[i - 1].is_capitalized() || toks[i - 1].kind == Kind::Number)
            && runs::model_code(t.text(text))
        {
            i += 1;
            continue;
        }
        let mut run_end = capital_run(toks, text, i);
        if headline {
            run_end = headline_run_end(toks, i, run_end, vocab);
            // "Form Joint Venture for Hydrogen Trucks", "Partner on Battery
            // Recycling": what a tie-up is for, in goods or an activity,
            // is no partner.
            if tie_up_purpose(toks, i, run_end) {
                i = run_end;
                continue;
            }
            if run_end == i + 1 && lone_headline_word(toks, i, vocab) {
                i += 1;
                continue;
            }
        }
        if let Some(m) = unknown_org(toks, text, i, run_end, vocab) {
            out.push(m);
        }
        i = run_end.max(i + 1);
    }
    if out.len() >= 2 && !shouting {
        listed::listed_names(toks, text, &mut out);
    }
    // "7-Eleven", "23andMe", "10T Holdings": a number written against a
    // name, or joined to it by a hyphen, opens it.
    for m in out.iter_mut().filter(|m| m.known.is_none()) {
        let start = runs::glued_number_start(toks, m.first);
        if start < m.first && (m.last - m.first >= 2 || toks[m.first].norm.chars().count() >= 2) {
            m.first = start;
            m.surface = as_written(&text[toks[start].start..toks[m.last - 1].end]);
        }
    }
    out
}

/// Whether the run of capitals `i..run_end` in a headline is what a tie-up
/// is for, in goods or an activity ("Form Joint Venture for Hydrogen
/// Trucks", "Partner on Battery Recycling"), no partner.
fn tie_up_purpose(toks: &[Token], i: usize, run_end: usize) -> bool {
    let tie_up_for = i >= 2
        && matches!(toks[i - 1].norm.as_str(), "for" | "on" | "in")
        && matches!(
            toks[i - 2].norm.as_str(),
            "venture" | "partnership" | "alliance" | "partner" | "up" | "pact" | "jv"
        );
    tie_up_for
        && toks[i..run_end].last().is_some_and(|last| {
            lexicon::is(&lexicon::GOODS, &last.norm)
                || (last.norm.ends_with("ing") && last.norm.len() > 5)
        })
}

/// Whether the capitalised word at `i`, alone in its run in a headline, is
/// a common word the headline capitalises, no name.
fn lone_headline_word(toks: &[Token], i: usize, vocab: &ArticleVocabulary) -> bool {
    let t = &toks[i];
    let prev = |back: usize| (i >= back).then(|| toks[i - back].norm.as_str());
    let unit_after = toks
        .get(i + 1)
        .is_some_and(|n| lexicon::is(&lexicon::UNIT_NOUNS, &n.norm));
    let selling = |w: Option<&str>| w.is_some_and(|w| lexicon::is(&lexicon::SELLING_VERBS, w));
    // "... To Supply Batteries": goods a headline capitalises.
    lexicon::is(&lexicon::GOODS, &t.norm)
        // "... To Grow Its Fleet", "To Expand The Fleet": a word after
        // "To" and before a determiner is the headline's verb ("Sells
        // Unit To Orvane For $3 Million" names the buyer).
        || (prev(1) == Some("to")
            && toks.get(i + 1).is_some_and(|n| {
                matches!(
                    n.norm.as_str(),
                    "its" | "their" | "his" | "her" | "the" | "a" | "an"
                )
            }))
        // "Varnell to Sell Consumer Unit to Y", "Agrees Sale of Chip
        // Division": one word before a unit's noun, after a verb or noun of
        // selling, is the trade of the seller's own unit ("to Buy Varnell
        // Unit" names the owner).
        || (unit_after
            && (selling(prev(1))
                || (prev(1) == Some("of")
                    && matches!(prev(2), Some("sale" | "spinoff" | "spin-off")))
                || (prev(1) == Some("off") && selling(prev(2)))))
        // "Invests in Quantum Start-Up Harvane", "AI Firm Tessel": one word
        // before a description's noun the name follows is the description's
        // trade.
        || (toks
            .get(i + 1)
            .is_some_and(|n| lexicon::is(&lexicon::HEADLINE_NOUNS, &n.norm))
            && toks
                .get(i + 2)
                .is_some_and(|n| n.is_capitalized() && n.kind == Kind::Word)
            && !headline_break(&toks[i + 2].norm, vocab))
        // "Buys Varnell's Chip Division", "Sells Its Lighting Arm": one word
        // between a possessive and a unit's noun is the unit's trade, its
        // owner named by the possessive.
        || (unit_after && matches!(prev(1), Some("'s" | "its" | "their")))
        // "To Grow Its Fleet" when the story writes "its fleet": a common
        // noun a headline capitalises after a possessive.
        || (matches!(prev(1), Some("its" | "their" | "his" | "her"))
            && vocab.lowercase.contains(t.norm.as_str()))
}

#[cfg(test)]
mod tests;
