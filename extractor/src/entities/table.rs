//! The article's table of organisations: every mention of one organisation
//! resolves to one canonical name ("Acacia" and "Acacia Communications Inc",
//! "ACS" after "Affiliated Computer Services (ACS)").

use dealwire_core::tokens::Token;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use super::mention::OrgMention;
use crate::lexicon::{self, WordSet};

/// Countries in their own languages closing a subsidiary's name: see
/// `data/words/native_country_names.txt`.
static NATIVE_COUNTRY_NAMES: WordSet =
    WordSet::new(include_str!("../../data/words/native_country_names.txt"));

/// Words of a trade or a group opening a company's name: see
/// `data/words/leading_trades.txt`.
static LEADING_TRADES: WordSet = WordSet::new(include_str!("../../data/words/leading_trades.txt"));

/// Resolves every mention of an article to one canonical name per
/// organisation.
#[derive(Debug, Default)]
pub struct EntityTable {
    canonical: HashMap<String, String>,
}

impl EntityTable {
    /// Builds the table from all the mentions of an article. `complete`
    /// holds the names (lowercase) the article writes with a legal form
    /// somewhere ("Gelco Corp"): such a name is a company of its own, not a
    /// short form of a longer one ("Gelco Express Ltd", its unit). Sorted.
    /// `vehicles` holds the names (lowercase) the article gives a venture
    /// ("une coentreprise, Leapmotor International"): a venture named after
    /// a parent is no longer form of that parent's name.
    pub fn build(
        mentions: &[OrgMention],
        acronyms: &[(String, String)],
        complete: &[String],
        vehicles: &[String],
    ) -> Self {
        let mut canonical: HashMap<String, String> = HashMap::default();
        // Unknown names, each lowercased once: a long article repeats the
        // same few names thousands of times.
        let unknown: Vec<(String, &str)> = {
            let mut v: Vec<&str> = mentions
                .iter()
                .filter(|m| m.known.is_none())
                .map(|m| m.surface.as_str())
                .collect();
            v.sort_unstable();
            v.dedup();
            v.into_iter()
                .map(|s| (s.to_lowercase(), s))
                .filter(|(lower, _)| !vehicles.contains(lower))
                .collect()
        };
        // "Alvero and Dunmore Transport agreed to merge ... the new company
        // will be called Alvero Dunmore": a name of two words, each a
        // parent's that the article named before it, is the group they
        // form, no longer form of the first. (A name written first and
        // shortened after, "Fieldcrest Cannon" then "Fieldcrest", stays one.)
        // (Where a name is first written is asked only of the few names
        // whose two parents the article names at all.)
        let first_at = |lower: &str| {
            mentions
                .iter()
                .position(|m| m.known.is_none() && m.surface.eq_ignore_ascii_case(lower))
        };
        let formed: Vec<String> = unknown
            .iter()
            .filter_map(|(lower, _)| {
                let (a, b) = lower.split_once(' ')?;
                if b.contains(' ') || !unknown.iter().any(|(other, _)| other == a) {
                    return None;
                }
                // (The second parent by a longer name: "Spear, Leeds and
                // Kellogg" then "Spear Leeds" names one firm.)
                let parents_b: Vec<&str> = unknown
                    .iter()
                    .filter(|(other, _)| {
                        other
                            .strip_prefix(b)
                            .is_some_and(|rest| rest.starts_with(' '))
                    })
                    .map(|(other, _)| other.as_str())
                    .collect();
                if parents_b.is_empty() {
                    return None;
                }
                let at = first_at(lower)?;
                let before = |name: &str| first_at(name).is_some_and(|k| k < at);
                (before(a) && parents_b.iter().any(|other| before(other))).then(|| lower.clone())
            })
            .collect();
        let unknown: Vec<(String, &str)> = if formed.is_empty() {
            unknown
        } else {
            unknown
                .into_iter()
                .filter(|(lower, _)| !formed.contains(lower))
                .collect()
        };
        let mut longer: HashMap<&str, String> = HashMap::default();
        for m in mentions {
            let key = m.surface.to_lowercase();
            let name = match &m.known {
                Some(k) => k.clone(),
                None => longer
                    .entry(m.surface.as_str())
                    .or_insert_with(|| {
                        if complete.binary_search(&key).is_ok() {
                            return m.surface.clone();
                        }
                        longer_form(&key, &unknown)
                            .or_else(|| national_form(&key, &unknown))
                            .or_else(|| head_alone_form(&key, &unknown))
                            .or_else(|| trade_first_form(&key, &unknown))
                            .unwrap_or(&m.surface)
                            .to_string()
                    })
                    .clone(),
            };
            canonical.insert(key, name);
        }
        // "the Dutch state ... the Dutch government", "l'État français ...
        // le gouvernement français": one party, under the name the article
        // wrote first.
        let mut states: Vec<(String, String)> = Vec::new();
        for m in mentions.iter().filter(|m| m.known.is_none()) {
            let Some(country) = state_country(&m.surface) else {
                continue;
            };
            let lower = m.surface.to_lowercase();
            match states.iter().find(|(c, _)| *c == country) {
                Some((_, first)) => {
                    canonical.insert(lower, first.clone());
                }
                None => {
                    let name = canonical
                        .get(&lower)
                        .cloned()
                        .unwrap_or_else(|| m.surface.clone());
                    states.push((country, name));
                }
            }
        }
        // "Affiliated Computer Services (ACS)": the acronym is the long name.
        for (acronym, long) in acronyms {
            if let Some(name) = canonical.get(&long.to_lowercase()).cloned() {
                canonical.insert(acronym.to_lowercase(), name);
            }
        }
        EntityTable { canonical }
    }

    /// Canonical name of a mention.
    pub fn resolve(&self, m: &OrgMention) -> String {
        self.canonical
            .get(&m.surface.to_lowercase())
            .cloned()
            .unwrap_or_else(|| m.known.clone().unwrap_or_else(|| m.surface.clone()))
    }

    /// The canonical name of a name written elsewhere than as a mention
    /// ("Halvern" in "a Halvern-led round"), when the article wrote that
    /// name as a mention too, or else the one canonical name that goes on
    /// from it ("an Ostrov-led group" in a headline, "Ostrov Capital" in
    /// the body).
    pub fn canonical_of(&self, name: &str) -> Option<&str> {
        let lower = name.to_lowercase();
        if let Some(found) = self.canonical.get(&lower) {
            return Some(found);
        }
        let mut longer = self
            .canonical
            .values()
            .filter(|v| goes_on(&v.to_lowercase(), &lower));
        let first = longer.next()?;
        longer.all(|v| v == first).then_some(first.as_str())
    }
}

/// The country a government's name is of, lowercase, whatever its noun:
/// "dutch" for "Dutch state" and "Dutch government", "français" for "État
/// français" and "gouvernement français". (Asked of each mention: only a
/// name a government's noun ends or opens is lowercased.)
fn state_country(surface: &str) -> Option<String> {
    let ends = |end: &str| {
        surface.len() >= end.len()
            && surface.as_bytes()[surface.len() - end.len()..].eq_ignore_ascii_case(end.as_bytes())
    };
    let country = if ends(" state") {
        &surface[..surface.len() - " state".len()]
    } else if ends(" government") {
        &surface[..surface.len() - " government".len()]
    } else {
        let (first, rest) = surface.split_once(' ')?;
        let head = first.eq_ignore_ascii_case("etat")
            || first.eq_ignore_ascii_case("gouvernement")
            || matches!(first, "État" | "état" | "ÉTAT");
        head.then_some(rest)?
    };
    (!country.is_empty()).then(|| country.to_lowercase())
}

/// The one longer name that starts with `short` ("Rivian" for "Rivian
/// Automotive"), or the longest of longer names that each start with the
/// one before ("Nippon" for "Nippon Life" and "Nippon Life Insurance");
/// `short` and the names' first halves are lowercase.
pub(super) fn longer_form<'a>(short: &str, names: &[(String, &'a str)]) -> Option<&'a str> {
    // "sorei pharma" is a shorter form of "sorei pharmaceutical": a name of
    // two words or more whose last word is cut short (four letters kept);
    // "unibail" of "unibail-rodamco", a name that goes on after a hyphen.
    let starts = |lower: &str, prefix: &str| {
        lower.len() > prefix.len()
            && lower.starts_with(prefix)
            && (matches!(lower.as_bytes()[prefix.len()], b' ' | b'-')
                || prefix
                    .rsplit_once(' ')
                    .is_some_and(|(_, last)| last.chars().count() >= 4))
    };
    // "Merona Belgique", "Kelmix France": a country after the name makes a
    // national subsidiary, not a longer form of the parent's name.
    // ("L'État" after "l'État français", "the Government" after "the
    // French Government": a state's name is its country's, no subsidiary.)
    let state = matches!(
        short,
        "état" | "etat" | "gouvernement" | "government" | "state"
    );
    let national = |lower: &str| !state && national_unit(short, lower);
    // "Tomura Brandt Mobility" beside "Brandt": a name that goes on with
    // another name of the article is named after both (a joint venture after
    // its parents), not a longer form of either.
    // Only one-word names side by side in a name of three words or more
    // with no connector: "Kansas City Southern Industries" beside
    // "Southern", "Coast Savings and Loan Association" are one company.
    let joint = |lower: &str| {
        let words = lower.split(' ').count();
        !short.contains(' ')
            && words >= 3
            && !lower
                .split(' ')
                .any(|w| matches!(w, "and" | "et" | "&" | "of" | "de" | "du" | "des"))
            && lower
                .get(short.len()..)
                .map(str::trim_start)
                .is_some_and(|rest| {
                    names.iter().any(|(other, _)| {
                        other != short
                            && !other.contains(' ')
                            && rest.starts_with(other.as_str())
                            && rest[other.len()..].starts_with(' ')
                    })
                })
    };
    let mut hits: Vec<&(String, &'a str)> = names
        .iter()
        .filter(|(lower, _)| starts(lower, short) && !national(lower) && !joint(lower))
        .collect();
    // "MARCADE GROUP" in a headline and "Marcade Group Inc" in the body:
    // one name written in two cases is one hit, its mixed-case form kept.
    let all_caps = |surface: &str| !surface.chars().any(char::is_lowercase);
    hits.sort_by_key(|(lower, surface)| (lower.len(), all_caps(surface)));
    hits.dedup_by(|a, b| a.0 == b.0);
    let nested = hits.windows(2).all(|w| starts(&w[1].0, &w[0].0));
    nested.then(|| hits.last().map(|h| h.1)).flatten()
}

/// Whether the longer name `lower` is `short` and a country's or a
/// region's name ("kelmix france", "ostrel europe gmbh", past a legal form):
/// a national subsidiary's. Both lowercase.
fn national_unit(short: &str, lower: &str) -> bool {
    lower.get(short.len()..).map(str::trim).is_some_and(|rest| {
        let rest = rest
            .rsplit_once(' ')
            .filter(|(_, last)| {
                dealwire_core::names::LEGAL_SUFFIXES.contains(&last.trim_end_matches('.'))
            })
            .map_or(rest, |(place, _)| place);
        !rest.is_empty()
            && (crate::lexicon::is_place_or_demonym(rest) || NATIVE_COUNTRY_NAMES.contains(rest))
    })
}

/// The one longer name that ends with `short` when `short` is a company's
/// head alone ("INTERNATIONAL" in a headline whose first word the name
/// finder left out, "Kelmix International" in the body). `short` and the
/// names' first halves are lowercase.
fn head_alone_form<'a>(short: &str, names: &[(String, &'a str)]) -> Option<&'a str> {
    // (The words a company's name closes on that name no company alone.)
    let head = lexicon::is_org_head(short)
        || matches!(
            short,
            "international" | "industries" | "holdings" | "enterprises" | "resources"
        );
    if short.contains(' ') || !head {
        return None;
    }
    let hits = names.iter().filter(|(lower, _)| {
        lower
            .strip_suffix(short)
            .is_some_and(|rest| rest.ends_with(' ') && rest.len() > 1)
    });
    one_name(hits)
}

/// The one longer name that is `short` after a word of a trade or a group
/// ("Brasserie Tessel" for "Tessel", "Groupe Orvane" for "Orvane"): a
/// company named in full once and by the word it is known by after.
/// `short` and the names' first halves are lowercase.
fn trade_first_form<'a>(short: &str, names: &[(String, &'a str)]) -> Option<&'a str> {
    let hits = names.iter().filter(|(lower, _)| {
        lower
            .strip_suffix(short)
            .and_then(|rest| rest.strip_suffix(' '))
            .is_some_and(|trade| LEADING_TRADES.contains(trade))
    });
    one_name(hits)
}

/// The one name the longer names `hits` hold (lowercase first halves),
/// however often each is written; `None` for none or for two different.
fn one_name<'b, 'a: 'b>(mut hits: impl Iterator<Item = &'b (String, &'a str)>) -> Option<&'a str> {
    let first = hits.next()?;
    hits.all(|h| h.0 == first.0).then_some(first.1)
}

/// Nouns of a nation's own bodies: see `data/words/national_bodies.txt`.
/// (Read once: every name with no longer form asks.)
static NATIONAL_BODIES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::data_lines(include_str!("../../data/words/national_bodies.txt")).collect()
});

/// The one longer name that is `short` after a country's name or
/// adjective ("U.S. Navy" for "Navy", "British Army" for "Army"): a
/// national body named in full once and by its own noun after. `short`
/// and the names' first halves are lowercase.
fn national_form<'a>(short: &str, names: &[(String, &'a str)]) -> Option<&'a str> {
    // (The country is read from the name as written: "U.S." is an
    // abbreviation only in capitals.)
    if !NATIONAL_BODIES.contains(&short) {
        return None;
    }
    let hits = names.iter().filter(|(lower, surface)| {
        lower.ends_with(short)
            && lower.len() > short.len() + 1
            && surface
                .get(..surface.len() - short.len())
                .and_then(|rest| rest.strip_suffix(' '))
                .is_some_and(|country| {
                    crate::lexicon::is_place_or_demonym(&crate::lexicon::name_key(
                        &dealwire_core::tokens::tokenize(country),
                    ))
                })
    });
    one_name(hits)
}

/// Whether the longer name `long` goes on from `short` with a word of its
/// own ("orbis foods" from "orbis"); both lowercase.
fn goes_on(long: &str, short: &str) -> bool {
    long.strip_prefix(short)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// The names (lowercase) a sentence writes beside a longer name that starts
/// with them and that it calls a unit ("Nexans a cédé sa filiale allemande
/// Nexans Autoelectric", "Orbis sold its Orbis Foods unit"), that it tells
/// the sale of ("Le groupe Orbis a annoncé la vente d'Orbis Logistics"), or
/// beside a group ("the Orbis group"): there the shorter one is the parent,
/// a company of its own, not the unit's short form. The parent is named
/// first: a short form written after the long one abbreviates it ("its unit
/// Esso Exploration Inc said ... to Esso").
pub fn named_beside_longer(toks: &[Token], sentence: &[OrgMention]) -> Vec<String> {
    let is =
        |k: usize, set: &lexicon::WordSet| toks.get(k).is_some_and(|t| lexicon::is(set, &t.norm));
    let unit = |k: usize| is(k, &lexicon::UNIT_NOUNS);
    // "la vente de Y", "the sale of Y"; "agreed to sell Y", "va céder Y",
    // "sold its stake in Y" (past a possessive).
    let selling = |k: usize| is(k, &lexicon::SELLING_VERBS) || is(k, &lexicon::SELLING_WORDS);
    let sold = |first: usize| {
        (first >= 2
            && matches!(toks[first - 1].norm.as_str(), "of" | "de" | "d'")
            && is(first - 2, &lexicon::TRANSFER_NOUNS))
            || (first >= 1 && selling(first - 1))
            || (first >= 2
                && matches!(toks[first - 1].norm.as_str(), "its" | "sa" | "son")
                && selling(first - 2))
    };
    let group = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "group" | "groupe"))
    };
    // "sa filiale de tours télécoms, Veltia Towers,": the unit's noun and
    // its description, then the name set off by a comma.
    let described_unit = |from: usize, first: usize| {
        first >= 2
            && toks[first - 1].norm == ","
            && (from.max(first.saturating_sub(9))..first - 1)
                .rev()
                .take_while(|&k| toks[k].norm != ",")
                .any(unit)
    };
    // Each unknown name lowercased once, with its mention.
    let unknown: Vec<(&OrgMention, String)> = sentence
        .iter()
        .filter(|m| m.known.is_none())
        .map(|m| (m, m.surface.to_lowercase()))
        .collect();
    unknown
        .iter()
        .filter(|(m, short)| {
            unknown.iter().any(|(l, long)| {
                m.last <= l.first
                    && goes_on(long, short)
                    // (A national unit is never a longer form of the
                    // parent's name: the parent's may be short for another.)
                    && !national_unit(short, long)
                    && ((l.first >= 1 && unit(l.first - 1))
                        || (l.first >= 2 && unit(l.first - 2))
                        || unit(l.last)
                        || sold(l.first)
                        || described_unit(m.last, l.first)
                        || (m.first >= 1 && group(m.first - 1))
                        || group(m.last))
            }) || unknown.iter().any(|(l, long)| {
                // "Norlac Energy, the power unit of industrial conglomerate
                // Norlac": a parent named after its unit, in an apposition
                // that calls the longer one its unit.
                l.last <= m.first
                    && m.first - l.last <= 8
                    && goes_on(long, short)
                    && (l.last..m.first).any(|k| {
                        unit(k)
                            && toks.get(k + 1).is_some_and(|t| {
                                matches!(t.norm.as_str(), "of" | "de" | "du" | "d'")
                            })
                    })
            })
        })
        .map(|(_, short)| short.clone())
        .collect()
}

/// The names (lowercase) an article wrote before a longer name that starts
/// with them and that a later sentence calls a unit ("l'assureur Protéa"
/// then "la filiale Protéa Vie", "Orbis ... its unit Orbis Foods"): the
/// shorter one is the parent, a company of its own, as
/// [`named_beside_longer`] finds within one sentence.
pub fn parents_named_before_units(sentences: &[(&[Token], &[OrgMention])]) -> Vec<String> {
    // (Asked of every article: each name lowercased once, and only the
    // rare name after a unit's noun compared with them.)
    let mut seen: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
    let mut parents = Vec::new();
    let mut units_told: Vec<(String, Vec<String>)> = Vec::new();
    for (toks, orgs) in sentences {
        let unit = |k: usize| {
            toks.get(k)
                .is_some_and(|t| lexicon::is(&lexicon::UNIT_NOUNS, &t.norm))
        };
        // ("a subsidiary of Orbis Foods" names the parent: a word of
        // description may stand between, no preposition.)
        let between = |k: usize| {
            toks.get(k).is_some_and(|t| {
                !matches!(
                    t.norm.as_str(),
                    "of" | "de" | "du" | "d'" | "des" | "'s" | "to" | "à" | "au"
                )
            })
        };
        // ("dans Orbis Énergie, la filiale batteries du chimiste", "Orbis
        // Foods, a unit of the group,": an apposition whose noun is a
        // unit's calls the name before it one.)
        let det = |k: usize| {
            toks.get(k).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "la" | "le" | "l'" | "sa" | "son" | "une" | "un" | "a" | "the" | "its"
                )
            })
        };
        let unit_after = |m: &OrgMention| {
            toks.get(m.last).is_some_and(|t| t.norm == ",")
                && det(m.last + 1)
                && (unit(m.last + 2) || (unit(m.last + 3) && between(m.last + 2)))
        };
        // ("sa filiale de bus électriques, Orbis Bus,", "its electric bus
        // unit, Orbis Bus": a name in apposition after a unit's noun phrase,
        // its words of trade between, is that unit.)
        let unit_before = |m: &OrgMention| {
            m.first >= 3
                && toks[m.first - 1].norm == ","
                && (m.first.saturating_sub(8)..m.first - 1)
                    .find(|&k| unit(k))
                    .is_some_and(|k| {
                        k >= 1
                            && det(k - 1)
                            && toks[k + 1..m.first - 1]
                                .iter()
                                .all(|t| t.norm != "," && !t.is_capitalized())
                    })
        };
        for m in orgs.iter().filter(|m| m.known.is_none()) {
            if (m.first >= 1 && unit(m.first - 1))
                || (m.first >= 2 && unit(m.first - 2) && between(m.first - 1))
                || unit_after(m)
                || unit_before(m)
            {
                let lower = m.surface.to_lowercase();
                // (A national unit, "its German unit, Ostrel Europe", is
                // never a longer form of its parent's name: the parent's
                // may still be short for another.)
                parents.extend(
                    seen.iter()
                        .filter(|short| goes_on(&lower, short) && !national_unit(short, &lower))
                        .cloned(),
                );
            }
        }
        // "Kelmix's AI unit" then "Kelmix AI", "la branche énergie de
        // Kelmix" then "Kelmix Énergie": a unit told by its owner and the
        // words of its trade, then named by them, is the owner's unit.
        for m in orgs
            .iter()
            .filter(|m| m.known.is_none() && !units_told.is_empty())
        {
            let lower = m.surface.to_lowercase();
            if let Some((owner, _)) = units_told
                .iter()
                .filter(|(owner, _)| goes_on(&lower, owner))
                .find(|(owner, words)| {
                    lower[owner.len()..]
                        .split_whitespace()
                        .all(|w| words.iter().any(|x| x == w))
                })
            {
                parents.push(owner.clone());
            }
        }
        units_told.extend(told_units(toks, orgs));
        // (A headline in capitals may call the unit by its parent's name:
        // "ORBIS UNIT TO BID FOR Y" then "its unit Orbis Holdings".)
        seen.extend(
            orgs.iter()
                .filter(|m| m.known.is_none() && m.surface.chars().any(char::is_lowercase))
                .map(|m| m.surface.to_lowercase()),
        );
    }
    parents
}

/// The units a sentence tells by their owner and the words of their trade,
/// each as (owner, words), lowercase: "Kelmix's AI unit" (("kelmix",
/// ["ai"])), "la filiale chimie de Kelmix", "the cloud business of Kelmix".
fn told_units(toks: &[Token], orgs: &[OrgMention]) -> Vec<(String, Vec<String>)> {
    let unit = |k: usize| {
        toks.get(k)
            .is_some_and(|t| lexicon::is(&lexicon::UNIT_NOUNS, &t.norm))
    };
    let word = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.norm.chars().next().is_some_and(char::is_alphabetic))
    };
    let mut out = Vec::new();
    for m in orgs.iter().filter(|m| m.known.is_none()) {
        // "Kelmix's AI unit": a possessive, one to three words, the noun.
        if toks.get(m.last).is_some_and(|t| t.norm == "'s")
            && let Some(noun) = (m.last + 2..(m.last + 5).min(toks.len())).find(|&k| unit(k))
            && (m.last + 1..noun).all(word)
        {
            let words = (m.last + 1..noun)
                .map(|k| toks[k].norm.to_string())
                .collect();
            out.push((m.surface.to_lowercase(), words));
        }
        // "la filiale chimie de Kelmix", "the cloud business of Kelmix".
        if m.first >= 3 && matches!(toks[m.first - 1].norm.as_str(), "of" | "de" | "d'" | "du") {
            let before = m.first - 1;
            if let Some(noun) = (before.saturating_sub(4)..before).rev().find(|&k| unit(k)) {
                let words: Vec<String> = (noun.saturating_sub(3)..before)
                    .filter(|&k| k != noun && word(k))
                    .map(|k| toks[k].norm.to_string())
                    .collect();
                if !words.is_empty() {
                    out.push((m.surface.to_lowercase(), words));
                }
            }
        }
    }
    out
}

/// Words that name what a venture is called ("a joint venture called X",
/// "une coentreprise baptisée X").
const NAMING: [&str; 11] = [
    "called",
    "named",
    "dubbed",
    "known",
    "as",
    "baptisée",
    "baptisé",
    "appelée",
    "appelé",
    "nommée",
    "dénommée",
];

/// The names (lowercase) the sentence gives a venture: a name right after a
/// venture noun, past a comma or a naming word ("formed a joint venture,
/// Kelmix Mobility,", "une coentreprise baptisée Leapmotor International").
pub fn vehicle_names<'m>(
    toks: &'m [Token],
    orgs: &'m [OrgMention],
) -> impl Iterator<Item = String> + 'm {
    orgs.iter()
        .filter(move |m| {
            let mut k = m.first;
            let mut named = false;
            // ("The merged company will be called Pellow Tessova": past the
            // auxiliaries of the naming verb too.)
            while k > 0 {
                let word = toks[k - 1].norm.as_str();
                let naming = NAMING.contains(&word);
                if !(word == "," || naming || (named && NAMING_AUXILIARIES.contains(&word))) {
                    break;
                }
                named |= naming;
                k -= 1;
            }
            // ("the merged company", "le nouvel ensemble": a company two
            // others form is their venture's like.)
            let formed = k >= 2
                && FORMED_HEADS.contains(&toks[k - 1].norm.as_str())
                && FORMED_ADJECTIVES.contains(&toks[k - 2].norm.as_str());
            // ("combine their assets in a new company, Kelmix Towers,": a
            // new company set off by a comma, unnamed before, is one too.)
            let set_off_new =
                formed && k >= 3 && matches!(toks[k - 3].norm.as_str(), "a" | "an" | "une" | "un");
            k < m.first
                && k > 0
                && (crate::lexicon::VENTURE_NOUNS.contains(&toks[k - 1].norm)
                    || (named && formed)
                    || set_off_new)
        })
        .map(|m| m.surface.to_lowercase())
}

/// Auxiliaries of a naming verb ("will be called", "sera baptisée").
const NAMING_AUXILIARIES: &[&str] = &[
    "be", "will", "would", "to", "is", "was", "sera", "serait", "être", "va",
];

/// Nouns of the company a merger forms, after [`FORMED_ADJECTIVES`] ("the
/// merged company", "le nouvel ensemble").
const FORMED_HEADS: &[&str] = &[
    "company",
    "group",
    "entity",
    "société",
    "groupe",
    "entité",
    "ensemble",
];

/// Adjectives of a company two others form.
const FORMED_ADJECTIVES: &[&str] = &[
    "merged",
    "combined",
    "new",
    "nouveau",
    "nouvel",
    "nouvelle",
    "futur",
    "future",
    "fusionné",
    "fusionnée",
];

/// Pairs `(ACRONYM, long name)` written as "Long Name (ACRONYM)".
pub fn acronyms(toks: &[Token], text: &str, orgs: &[OrgMention]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for m in orgs {
        // "Indian State Trading Corporation (STC)": the legal form may
        // stand between the name and its acronym.
        let end = super::legal_form_end(toks, m.last);
        // "<Brierley Investments Ltd>, (BIL), said": a comma or a closing
        // angle bracket may stand before it too.
        let end = end
            + (end..(end + 2).min(toks.len()))
                .take_while(|&k| toks[k].is_punct(',') || toks[k].is_punct('>'))
                .count();
        let (Some(open), Some(word), Some(close)) =
            (toks.get(end), toks.get(end + 1), toks.get(end + 2))
        else {
            continue;
        };
        let w = word.text(text);
        if open.is_punct('(')
            && close.is_punct(')')
            && w.len() >= 2
            && w.chars().all(|c| c.is_uppercase() || c == '&')
        {
            let initials: String = m
                .surface
                .split_whitespace()
                .filter_map(|p| p.chars().next())
                .collect();
            if initials.eq_ignore_ascii_case(w) || m.surface.split_whitespace().count() >= 2 {
                out.push((w.to_string(), m.surface.clone()));
            }
        }
    }
    out
}

/// Pairs `(ACRONYM, long name)` for an acronym the article writes alone
/// whose letters are the initials of a name of two words or more it writes
/// too ("Global Infrastructure Partners" ... "GIP"), when one name only
/// fits. Small words ("of", "de", "and") give no letter.
pub fn initial_acronyms(orgs: &[OrgMention]) -> Vec<(String, String)> {
    let initials = |name: &str| -> String {
        name.split_whitespace()
            .filter(|w| !matches!(*w, "of" | "and" | "de" | "des" | "du" | "la" | "le" | "&"))
            .filter_map(|w| w.chars().next())
            .filter(char::is_ascii_uppercase)
            .collect()
    };
    let acronym = |m: &&OrgMention| m.known.is_none() && super::runs::acronym_shaped(&m.surface);
    if !orgs.iter().any(|m| acronym(&m)) {
        return Vec::new();
    }
    // Each longer name's initials, worked out once.
    let spelled: Vec<(String, &str)> = orgs
        .iter()
        .filter(|o| o.surface.split_whitespace().nth(1).is_some())
        .map(|o| (initials(&o.surface), o.surface.as_str()))
        .collect();
    let mut out = Vec::new();
    for m in orgs.iter().filter(acronym) {
        let w = m.surface.as_str();
        // ("Dravik Motors Corp" ... "DMC": the legal form the name
        // finder cut off may give the last letter, when no name's own
        // initials fit.)
        let exact = spelled.iter().any(|(i, _)| i == w);
        let mut fits = spelled
            .iter()
            .filter(|(i, _)| {
                i == w
                    || (!exact && w.len() >= 3 && w.strip_suffix('C').is_some_and(|head| head == i))
            })
            .map(|(_, long)| *long);
        if let Some(long) = fits.next()
            && fits.all(|o| o == long)
        {
            out.push((w.to_string(), long.to_string()));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&'static str]) -> Vec<(String, &'static str)> {
        list.iter().map(|s| (s.to_lowercase(), *s)).collect()
    }

    #[test]
    fn a_name_whose_last_word_is_cut_short_resolves_to_the_full_name() {
        let list = names(&["Sorei Pharma", "Sorei Pharmaceutical"]);
        assert_eq!(
            longer_form("sorei pharma", &list),
            Some("Sorei Pharmaceutical")
        );
        assert_eq!(longer_form("sorei", &list), Some("Sorei Pharmaceutical"));
        // One word cut short is no name of the other ("Alpha", "Alphabet").
        assert_eq!(longer_form("alpha", &names(&["Alphabet"])), None);
    }

    #[test]
    fn a_short_name_resolves_to_the_one_longer_name_or_to_the_longest_of_a_chain() {
        let one = names(&["Rivian Automotive", "Kelmix"]);
        assert_eq!(longer_form("rivian", &one), Some("Rivian Automotive"));
        let chain = names(&["Nippon Life", "Nippon Life Insurance", "Kelmix"]);
        assert_eq!(longer_form("nippon", &chain), Some("Nippon Life Insurance"));
        let two = names(&["Nippon Life", "Nippon Steel"]);
        assert_eq!(longer_form("nippon", &two), None);
        assert_eq!(longer_form("kelmix", &one), None);
    }

    #[test]
    fn a_longer_name_written_in_two_cases_is_one_longer_form_in_mixed_case() {
        let both = names(&["KELMAR GROUP", "Kelmar Group", "Tessera"]);
        assert_eq!(longer_form("kelmar", &both), Some("Kelmar Group"));
        let caps_only = names(&["KELMAR GROUP"]);
        assert_eq!(longer_form("kelmar", &caps_only), Some("KELMAR GROUP"));
    }

    #[test]
    fn a_name_after_a_word_of_its_trade_is_that_name_written_in_full() {
        let all = names(&["brasserie tessel", "groupe orvane", "kelmix"]);
        assert_eq!(trade_first_form("tessel", &all), Some("brasserie tessel"));
        assert_eq!(trade_first_form("orvane", &all), Some("groupe orvane"));
        // ("Kelmix" is no trade's name; "Dravik Tessel" would be a name of
        // its own, not a trade's.)
        assert_eq!(trade_first_form("kelmix", &all), None);
        let other = names(&["dravik tessel"]);
        assert_eq!(trade_first_form("tessel", &other), None);
    }

    #[test]
    fn a_national_body_named_by_its_own_noun_is_its_full_name() {
        let list = names(&["U.S. Navy", "Proxa Systems"]);
        assert_eq!(national_form("navy", &list), Some("U.S. Navy"));
        assert_eq!(national_form("systems", &list), None);
        let two = names(&["U.S. Navy", "French Navy"]);
        assert_eq!(national_form("navy", &two), None);
    }

    #[test]
    fn a_venture_named_after_two_companies_is_no_longer_form_of_either() {
        let list = names(&["Tomura", "Brandt", "Tomura Brandt Mobility"]);
        assert_eq!(longer_form("tomura", &list), None);
        let alone = names(&["Tomura", "Tomura Brandt Mobility"]);
        assert_eq!(
            longer_form("tomura", &alone),
            Some("Tomura Brandt Mobility")
        );
    }

    fn at(first: usize, last: usize, surface: &str) -> OrgMention {
        OrgMention {
            first,
            last,
            surface: surface.to_string(),
            known: None,
        }
    }

    #[test]
    fn a_name_told_before_a_unit_named_after_it_is_the_parent_of_its_own() {
        let one = dealwire_core::tokens::tokenize("L'assureur Protéa recule.");
        let two = dealwire_core::tokens::tokenize("Ils détiennent la filiale Protéa Vie.");
        let first = [at(1, 2, "Protéa")];
        let second = [at(4, 6, "Protéa Vie")];
        let sentences = [(one.as_slice(), &first[..]), (two.as_slice(), &second[..])];
        assert_eq!(parents_named_before_units(&sentences), ["protéa"]);
        // Told only after the unit, or as the unit's parent ("a subsidiary
        // of"), the short name is no parent of its own.
        let three = dealwire_core::tokens::tokenize("It is a subsidiary of Protéa Vie.");
        let parent = [at(5, 7, "Protéa Vie")];
        let after = [
            (three.as_slice(), &parent[..]),
            (one.as_slice(), &first[..]),
        ];
        assert!(parents_named_before_units(&after).is_empty());
        let before = [
            (one.as_slice(), &first[..]),
            (three.as_slice(), &parent[..]),
        ];
        assert!(parents_named_before_units(&before).is_empty());
    }

    fn mention(surface: &str) -> OrgMention {
        OrgMention {
            first: 0,
            last: 1,
            surface: surface.to_string(),
            known: None,
        }
    }

    #[test]
    fn an_acronym_alone_stands_for_the_one_name_whose_initials_it_spells() {
        let orgs = [
            mention("Global Infrastructure Partners"),
            mention("GIP"),
            mention("Bank of Orvane"),
            mention("BO"),
        ];
        assert_eq!(
            initial_acronyms(&orgs),
            [
                ("BO".to_string(), "Bank of Orvane".to_string()),
                (
                    "GIP".to_string(),
                    "Global Infrastructure Partners".to_string()
                ),
            ]
        );
        // Two names it could spell: neither.
        let two = [
            mention("Kelmix Partners"),
            mention("Kappa Power"),
            mention("KP"),
        ];
        assert!(initial_acronyms(&two).is_empty());
    }

    #[test]
    fn a_group_named_after_its_two_parents_is_no_longer_form_of_the_first() {
        let formed = [
            mention("Alvero"),
            mention("Dunmore Transport"),
            mention("Alvero Dunmore"),
            mention("Alvero"),
        ];
        let table = EntityTable::build(&formed, &[], &[], &[]);
        assert_eq!(table.resolve(&mention("Alvero")), "Alvero");
        // Written first and shortened after, it is one company's name.
        let shortened = [
            mention("Fieldcrest Cannon"),
            mention("Cannon Mills"),
            mention("Fieldcrest"),
        ];
        let table = EntityTable::build(&shortened, &[], &[], &[]);
        assert_eq!(table.resolve(&mention("Fieldcrest")), "Fieldcrest Cannon");
    }
}
