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
//! sentence before a name the article names without it, and `pairs` splits
//! "A and B" read as one name when the article names A and B alone; `table` resolves
//! the mentions of one organisation to one name.

use dealwire_core::names::Aliases;
use dealwire_core::tokens::{Kind, Token};

use crate::lexicon::{self, PERSON_CUES};
use crate::ner::{self, Label, features::Prepared};

mod apposition;
mod candidate;
mod listed;
mod mention;
mod openers;
mod pairs;
mod runs;
mod sources;
mod table;
mod vocabulary;

use candidate::{subsidiary, unknown_org};
pub use mention::OrgMention;
pub use runs::legal_form_end;
use runs::{
    as_written, capital_run, extend_suffix, headline_break, headline_run_end, institution_run,
    is_all_caps, is_headline, is_ticker,
};
pub use sources::quoted_as_source;
pub use table::{EntityTable, acronyms, vehicle_names};
pub use vocabulary::ArticleVocabulary;

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
    let mut names: Vec<SentenceNames> = sentences
        .clone()
        .zip(shouting)
        .map(|((text, toks), caps)| SentenceNames {
            orgs: orgs_of(toks, text, aliases, &vocab, caps),
            labels: if with_labels {
                let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
                let prepared = Prepared::new(words, &|w| vocab.lowercase.contains(w));
                ner::shipped_model().label(&prepared)
            } else {
                Vec::new()
            },
        })
        .collect();
    openers::drop_common_openers(sentences.clone(), &mut names, &vocab);
    pairs::split_named_pairs(sentences, &mut names);
    names
}

/// Finds the organisations named in one sentence.
pub fn find_orgs(
    toks: &[Token],
    text: &str,
    aliases: &Aliases,
    vocab: &ArticleVocabulary,
) -> Vec<OrgMention> {
    orgs_of(toks, text, aliases, vocab, is_all_caps(toks, text))
}

/// [`find_orgs`], told whether the sentence is written in capitals.
fn orgs_of(
    toks: &[Token],
    text: &str,
    aliases: &Aliases,
    vocab: &ArticleVocabulary,
    shouting: bool,
) -> Vec<OrgMention> {
    let mut out = Vec::new();
    let headline = !shouting && is_headline(toks);
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
                // a caption that lost its full stop).
                if !shouting
                    && aliases.match_at(toks, end).is_none()
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
        if lexicon::is(&PERSON_CUES, t.norm.trim_end_matches('.'))
            && !t.norm.contains('.')
            && !company_next
        {
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
        let mut run_end = capital_run(toks, text, i);
        if headline {
            run_end = headline_run_end(toks, i, run_end, vocab);
        }
        if let Some(m) = unknown_org(toks, text, i, run_end, vocab) {
            out.push(m);
        }
        i = run_end.max(i + 1);
    }
    if out.len() >= 2 && !shouting {
        listed::listed_names(toks, text, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_core::tokens::tokenize;

    fn names(sentence: &str) -> Vec<String> {
        let toks = tokenize(sentence);
        let mut vocab = ArticleVocabulary::default();
        vocab.observe(&toks);
        vocab.finish([toks.as_slice()]);
        let aliases = Aliases::default();
        find_orgs(&toks, sentence, &aliases, &vocab)
            .into_iter()
            .map(|m| m.known.unwrap_or(m.surface))
            .collect()
    }

    #[test]
    fn known_names_resolve_through_aliases() {
        assert_eq!(
            names("Un accord entre SoftBank et Open AI a été signé."),
            ["SoftBank", "OpenAI"]
        );
        assert_eq!(
            names("La division Amazon Web Services fournit le calcul."),
            ["Amazon"]
        );
    }

    #[test]
    fn unknown_names_are_found_from_capitals() {
        assert_eq!(
            names("La startup Cooptalis lève 20 millions auprès de Finorpa et de Breed Reply."),
            ["Cooptalis", "Finorpa", "Breed Reply"]
        );
        assert_eq!(
            names(
                "Medical supplier Becton Dickinson & Co has agreed to buy CareFusion Corp, a maker."
            ),
            ["Becton Dickinson", "CareFusion"]
        );
    }

    #[test]
    fn people_places_and_openers_are_not_organisations() {
        assert!(names("Selon Donald Trump, le Texas et Paris attirent des capitaux.").is_empty());
        assert!(names("Le PDG Sam Altman a parlé lundi.").is_empty());
        assert_eq!(
            names("German manufacturer Knauf will buy Chicago-based USG."),
            ["Knauf", "USG"]
        );
    }

    /// The organisations of each sentence of a document, as written.
    fn document(sentences: &[&str]) -> Vec<Vec<String>> {
        let toks: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(s)).collect();
        document_orgs(
            sentences.iter().zip(&toks).map(|(s, t)| (*s, t.as_slice())),
            &Aliases::default(),
            false,
        )
        .into_iter()
        .map(|n| {
            n.orgs
                .into_iter()
                .map(|m| m.known.unwrap_or(m.surface))
                .collect()
        })
        .collect()
    }

    #[test]
    fn places_and_nationalities_are_not_organisations() {
        assert_eq!(
            names("Japanese group Vantora and British rival Kelmix met in Mexico."),
            ["Vantora", "Kelmix"]
        );
        assert!(names("Talks between the Soviet Union and the U.K. resumed.").is_empty());
        assert!(names("Les Allemands et la Chine négocient avec le Royaume-Uni.").is_empty());
    }

    #[test]
    fn a_town_named_like_a_company_is_a_place_only_after_a_locative() {
        assert_eq!(names("Shares of Orange rose."), ["Orange"]);
        assert_eq!(
            names("A plant built by Vantora opened in Santander."),
            ["Vantora"]
        );
    }

    #[test]
    fn and_joins_two_runs_into_one_name_that_ends_like_an_organisations() {
        assert_eq!(
            names("A filing by Vantora told the Securities and Exchange Commission of the sale."),
            ["Vantora", "Securities and Exchange Commission"]
        );
        assert_eq!(
            names("Kelmix bought Corroon and Black Corp last year."),
            ["Kelmix", "Corroon and Black"]
        );
        assert_eq!(names("Kelmix and Vantora signed."), ["Kelmix", "Vantora"]);
    }

    #[test]
    fn a_title_ends_a_company_name_and_the_person_after_it_is_no_company() {
        assert_eq!(
            names("Shares of Vantora CEO Jane Doe were sold to Kelmix."),
            ["Vantora", "Kelmix"]
        );
        assert_eq!(
            names("The fund of billionaire Asher Mott bought Kelmix."),
            ["Kelmix"]
        );
    }

    #[test]
    fn a_known_name_written_on_names_a_company_of_its_own() {
        assert_eq!(
            names("Shares of Siemens Energy rose while Vodafone Group sold Microsoft France."),
            ["Siemens Energy", "Vodafone", "Microsoft"]
        );
        // Two known names side by side stay two names.
        assert_eq!(names("Photo : OpenAI SoftBank"), ["OpenAI", "SoftBank"]);
        // A title after the known name ends it.
        assert_eq!(names("Microsoft CEO Satya Nadella spoke."), ["Microsoft"]);
    }

    #[test]
    fn a_french_possessive_after_a_name_is_no_legal_form() {
        let text = "Airbus sa filiale vend Kelmix SA.";
        let toks = tokenize(text);
        let vocab = ArticleVocabulary::default();
        let orgs = find_orgs(&toks, text, &Aliases::default(), &vocab);
        assert_eq!(orgs[0].last, 1);
        // The form keeps the dot written against it.
        assert_eq!(legal_form_end(&toks, orgs[1].last), toks.len());
    }

    #[test]
    fn a_legal_form_after_a_comma_closes_the_name() {
        let toks = tokenize("bought by Jaadhu Holdings, LLC.");
        assert_eq!(legal_form_end(&toks, 4), toks.len());
        let toks = tokenize("Kelmix, Inc. and Vantora signed");
        assert_eq!(legal_form_end(&toks, 1), 4);
        // A word after the form says the comma was a list's.
        let toks = tokenize("Kelmix, SE Asia buyers");
        assert_eq!(legal_form_end(&toks, 1), 1);
    }

    #[test]
    fn people_are_told_by_given_names_of_many_countries_unless_the_name_ends_like_a_company() {
        assert_eq!(
            names("Katja Weller met Slawomir Kowal at Talen Energy on Monday."),
            ["Talen Energy"]
        );
    }

    #[test]
    fn a_surname_alone_after_the_full_name_is_still_the_person() {
        let orgs = document(&[
            "Kelmix chief Katja Quarry spoke on Monday.",
            "On Tuesday, Quarry said she would stay at Kelmix.",
        ]);
        assert_eq!(orgs[1], ["Kelmix"]);
    }

    #[test]
    fn french_departments_and_regions_are_places() {
        assert!(names("Le site de Pas-de-Calais et celui des Yvelines ferment.").is_empty());
    }

    #[test]
    fn a_french_institution_written_on_in_lowercase_is_one_name() {
        assert_eq!(
            names("La Banque publique d'investissement et la Commission européenne aident Kelmix."),
            [
                "Banque publique d'investissement",
                "Commission européenne",
                "Kelmix"
            ]
        );
        assert_eq!(
            names("L'Autorité des marchés financiers a validé l'offre de Vantora."),
            ["Autorité des marchés financiers", "Vantora"]
        );
        // A complement with no adjective is no part of the name.
        assert_eq!(names("La Banque de Vantora prête."), ["Banque de Vantora"]);
        assert!(names("Une Banque de dépôt prête.").is_empty());
        // Inside a sentence, after a definite article, the capital names it.
        assert_eq!(
            names("Ynsect a levé des fonds auprès de la Caisse des dépôts."),
            ["Ynsect", "Caisse des dépôts"]
        );
    }

    #[test]
    fn a_word_in_brackets_inside_a_name_belongs_to_it_but_an_acronym_does_not() {
        assert_eq!(
            names("Shares of Kelmix Equity (Pacific) Ltd rose."),
            ["Kelmix Equity (Pacific)"]
        );
        assert_eq!(
            names("Shares of Affiliated Kelmix Services (AKS) rose."),
            ["Affiliated Kelmix Services", "AKS"]
        );
    }

    #[test]
    fn initials_with_their_dot_stay_in_the_name() {
        assert_eq!(
            names("A unit of Kelmix hired E.F. Hutton to sell it."),
            ["Kelmix", "E.F. Hutton"]
        );
    }

    #[test]
    fn a_headline_in_capitals_keeps_only_the_names_the_story_writes() {
        let orgs = document(&[
            "VANTORA <VNT> COMPLETES ACQUISITION OF KELMIX",
            "Shares of Vantora rose after it bought Kelmix.",
        ]);
        assert_eq!(orgs[0], ["VANTORA", "KELMIX"]);
    }

    #[test]
    fn names_broken_over_lines_read_as_written_and_tickers_are_no_names() {
        assert_eq!(
            names("Shares of Vantora <VNT.PA> rose after it bought Golden\nNugget Casino Hotel."),
            ["Vantora", "Golden Nugget Casino Hotel"]
        );
    }

    #[test]
    fn companies_named_after_their_founders_are_companies() {
        assert_eq!(
            names("Shares of Charles Schwab rose while Eli Lilly and Philip Morris fell."),
            ["Charles Schwab", "Eli Lilly", "Philip Morris"]
        );
        // A person of the same family name stays a person.
        assert_eq!(
            names("Arnaud Lagardère said Lagardère would sell."),
            ["Lagardère"]
        );
    }

    #[test]
    fn stock_symbols_in_brackets_are_no_names() {
        assert_eq!(
            names("Vantora Corp. (VNT-T) and Kelmix Inc (NYSE: KLX) signed a deal."),
            ["Vantora", "Kelmix"]
        );
    }

    #[test]
    fn products_indices_and_laws_are_not_organisations() {
        assert_eq!(
            names("Shares of Vantora fell as the CAC 40 slipped and the Chips Act passed."),
            ["Vantora"]
        );
    }

    #[test]
    fn a_title_case_headline_is_not_read_as_one_name() {
        let orgs = document(&[
            "Vantora Agrees To Buy Kelmix Unit",
            "Vantora said it agrees to buy a unit of Kelmix for $20 million.",
        ]);
        assert_eq!(orgs[0], ["Vantora", "Kelmix"]);
    }

    #[test]
    fn projects_in_quotes_are_not_parties() {
        assert_eq!(
            names("SoftBank et OpenAI sont associés au sein de «Stargate», un projet."),
            ["SoftBank", "OpenAI"]
        );
    }

    #[test]
    fn short_forms_and_acronyms_resolve_to_the_long_name() {
        let text = "Xerox will buy Affiliated Computer Services (ACS) now";
        let toks = tokenize(text);
        let vocab = ArticleVocabulary::default();
        let orgs = find_orgs(&toks, text, &Aliases::default(), &vocab);
        let acr = acronyms(&toks, text, &orgs);
        let short = OrgMention {
            first: 0,
            last: 1,
            surface: "ACS".into(),
            known: None,
        };
        let table = EntityTable::build(&[orgs, vec![short.clone()]].concat(), &acr, &[], &[]);
        assert_eq!(table.resolve(&short), "Affiliated Computer Services");
        let m = OrgMention {
            first: 0,
            last: 1,
            surface: "Cabot".into(),
            known: None,
        };
        let long = OrgMention {
            first: 0,
            last: 2,
            surface: "Cabot Microelectronics".into(),
            known: None,
        };
        let table = EntityTable::build(&[m.clone(), long.clone()], &[], &[], &[]);
        assert_eq!(table.resolve(&m), "Cabot Microelectronics");
        let vehicle = ["cabot microelectronics".to_string()];
        let table = EntityTable::build(&[m.clone(), long], &[], &[], &vehicle);
        assert_eq!(table.resolve(&m), "Cabot");
    }
}
