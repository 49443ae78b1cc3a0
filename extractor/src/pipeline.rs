//! The extraction pipeline: text, sentences, tokens, amounts, organisations,
//! sentence reading, merging. [`Extractor::extract`] runs it on one article.

use std::collections::HashMap;
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::amount::{self, AmountMention, Lang};
use crate::coref::Context;
use crate::entities::{self, EntityTable, OrgMention};
use crate::html;
use crate::lexicon;
use crate::merge;
use crate::rules::{self, SentenceInput};
use crate::text::{self, Span};
use crate::triggers::Predicates;
use dealwire_core::model::{
    Deal, DealType, Evidence, Party, Role, Source, Status, round_confidence,
};
use dealwire_core::names::Aliases;
use dealwire_core::tokens::{self, Token};

/// An article to read.
#[derive(Clone, Debug, Default)]
pub struct ArticleInput {
    /// Caller's id; derived from the content when empty.
    pub id: String,
    /// Body, plain text or HTML.
    pub text: String,
    /// Title, read as the first sentence.
    pub title: String,
    /// URL.
    pub url: String,
    /// Publication time, seconds since the Unix epoch.
    pub publish_time: Option<i64>,
    /// Language, or `None` to detect it.
    pub lang: Option<Lang>,
    /// Whether `text` is HTML.
    pub html: bool,
}

/// What the extractor found in an article.
#[derive(Clone, Debug)]
pub struct Extraction {
    /// The article's id.
    pub article_id: String,
    /// The language read.
    pub lang: Lang,
    /// The text that evidence offsets refer to.
    pub text: String,
    /// Whether `text` differs from the text sent (HTML removed, title added).
    pub text_rewritten: bool,
    /// Deals, in the order the text first states them.
    pub deals: Vec<Deal>,
}

/// Reads articles into deals. Cheap to share between threads.
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    // Shared: servers clone the extractor into tasks.
    aliases: Arc<Aliases>,
    predicates: Predicates,
}

struct Prepared<'a> {
    span: Span,
    text: &'a str,
    toks: Vec<Token>,
    amounts: Vec<AmountMention>,
}

impl Extractor {
    /// An extractor with the given alias table.
    pub fn new(aliases: Aliases) -> Self {
        Extractor {
            aliases: Arc::new(aliases),
            predicates: Predicates::default(),
        }
    }

    /// The extractor reading deals with the given predicate lexicon instead
    /// of the shipped one (see [`Predicates::load`]).
    pub fn with_predicates(mut self, predicates: Predicates) -> Self {
        self.predicates = predicates;
        self
    }

    /// The alias table in use.
    pub fn aliases(&self) -> &Aliases {
        &self.aliases
    }

    /// Reads one article.
    pub fn extract(&self, article: &ArticleInput) -> Extraction {
        let body = if article.html {
            html::to_text(&article.text)
        } else {
            article.text.clone()
        };
        let title = article.title.trim();
        let text = if title.is_empty() || body.trim_start().starts_with(title) {
            body
        } else {
            format!("{title}\n\n{body}")
        };
        let text_rewritten = text != article.text;
        let article_id = if article.id.trim().is_empty() {
            content_id(&text)
        } else {
            article.id.trim().to_string()
        };

        let mut prepared: Vec<Prepared<'_>> = text::sentences(&text)
            .into_iter()
            // "À lire aussi : ..." links to another story.
            .filter(|span| !text::is_teaser(&text[span.start..span.end]))
            .map(|span| {
                let s = &text[span.start..span.end];
                Prepared {
                    span,
                    text: s,
                    toks: tokens::tokenize(s),
                    amounts: Vec::new(),
                }
            })
            .collect();
        // "the Orvane-Kelmix partnership": two companies a hyphen joins.
        if entities::may_hold_pairs(prepared.iter().map(|p| (p.toks.as_slice(), p.text))) {
            let alone = entities::words_alone(prepared.iter().map(|p| p.toks.as_slice()));
            for p in &mut prepared {
                if let Some(toks) = entities::split_pairs(&p.toks, p.text, &alone, &self.aliases) {
                    p.toks = toks;
                }
            }
        }
        let lang = article
            .lang
            .unwrap_or_else(|| detect_language(prepared.iter().flat_map(|p| &p.toks)));
        for p in &mut prepared {
            p.amounts = amount::find_amounts(&p.toks, lang);
        }
        resolve_shared_currencies(&mut prepared);
        let orgs: Vec<Vec<OrgMention>> = entities::document_orgs(
            prepared.iter().map(|p| (p.text, p.toks.as_slice())),
            &self.aliases,
            false,
        )
        .into_iter()
        .zip(&prepared)
        // A news organisation quoted as the story's source ("told
        // Reuters") is not one of the organisations it tells of; one that
        // takes part ("un partenariat avec l'AFP") is. Nor is a ranking a
        // magazine names ("a Fortune 500 retailer").
        .map(|(n, p)| {
            n.orgs
                .into_iter()
                .filter(|m| {
                    // ("Fortune Global 500": the magazine's name opens it.)
                    let ranking = || {
                        p.toks
                            .get(m.last)
                            .is_some_and(|t| t.norm.chars().all(|c| c.is_ascii_digit()))
                            && lexicon::MEDIA.contains_tokens(&p.toks[m.first..m.first + 1])
                    };
                    !((lexicon::MEDIA.contains_tokens(&p.toks[m.first..m.last])
                        && entities::quoted_as_source(p.text, &p.toks, m.first, m.last))
                        || ranking())
                })
                .collect()
        })
        .collect();
        let all: Vec<OrgMention> = orgs.iter().flatten().cloned().collect();
        let acronyms: Vec<(String, String)> = prepared
            .iter()
            .zip(&orgs)
            .flat_map(|(p, o)| entities::acronyms(&p.toks, p.text, o))
            .chain(entities::initial_acronyms(&all))
            .collect();
        let mut complete: Vec<String> = prepared
            .iter()
            .zip(&orgs)
            .flat_map(|(p, o)| {
                o.iter()
                    .filter(|m| {
                        m.known.is_none() && entities::legal_form_end(&p.toks, m.last) > m.last
                    })
                    .map(|m| m.surface.to_lowercase())
            })
            .chain(
                prepared
                    .iter()
                    .zip(&orgs)
                    .flat_map(|(p, o)| entities::named_beside_longer(&p.toks, o)),
            )
            .chain(entities::parents_named_before_units(
                &prepared
                    .iter()
                    .zip(&orgs)
                    .map(|(p, o)| (p.toks.as_slice(), o.as_slice()))
                    .collect::<Vec<_>>(),
            ))
            .collect();
        complete.sort_unstable();
        complete.dedup();
        let mut vehicles: Vec<String> = prepared
            .iter()
            .zip(&orgs)
            .flat_map(|(p, o)| entities::vehicle_names(&p.toks, o))
            .collect();
        vehicles.sort_unstable();
        vehicles.dedup();
        let table = EntityTable::build(&all, &acronyms, &complete, &vehicles);
        let currency = default_currency(&prepared, lang);

        // Each sentence's names, resolved once for the whole article: the
        // kinds their names end with are learnt before any sentence is read.
        let resolved: Vec<Vec<(usize, usize, String)>> = prepared
            .iter()
            .zip(&orgs)
            .map(|(p, o)| {
                o.iter()
                    // The legal form after a name is part of it when the
                    // sentence is read ("Acme Corp and Globex Inc agreed").
                    .map(|m| {
                        let end = entities::legal_form_end(&p.toks, m.last);
                        (m.first, end, table.resolve(m))
                    })
                    .collect()
            })
            .collect();
        let mut ctx = Context::default();
        ctx.learn_name_kinds(resolved.iter().flatten().map(|r| r.2.as_str()));
        let mut mentions = Vec::new();
        let mut orphans = Vec::new();
        let mut sequels = Vec::new();
        for (index, (p, resolved)) in prepared.iter().zip(&resolved).enumerate() {
            let input = SentenceInput {
                index,
                text: p.text,
                toks: &p.toks,
                orgs: resolved,
                amounts: &p.amounts,
                default_currency: currency,
                predicates: &self.predicates,
            };
            let rules::Reading {
                mentions: m,
                orphans: orph,
                sequel,
            } = rules::read_sentence(&input, &mut ctx);
            // `RUST_LOG=dealwire_extractor::pipeline=trace` shows how each
            // sentence was read, for users tuning their alias table.
            tracing::trace!(
                sentence = index,
                text = p.text,
                orgs = ?resolved.iter().map(|r| &r.2).collect::<Vec<_>>(),
                amounts = ?p.amounts.iter().map(|a| (a.value, a.currency)).collect::<Vec<_>>(),
                mentions = ?m.iter().map(|m| (m.deal_type, &m.parties)).collect::<Vec<_>>(),
                sequel = ?sequel.as_ref().map(|q| q.status),
                "sentence read"
            );
            mentions.extend(m);
            orphans.extend(orph);
            sequels.extend(sequel);
        }
        // "a Halvern-led round" in the headline, "Halvern Group" and
        // "Halvern" in the body: a name the rules read from inside a word
        // is the article's name for it.
        // (A name the article resolved as a mention stays as it is.)
        let named: rustc_hash::FxHashSet<&str> =
            resolved.iter().flatten().map(|r| r.2.as_str()).collect();
        // (Nor does a venture's owner named after it: "Kelmix Mobility,
        // 49% owned by Kelmix".)
        for m in &mut mentions {
            for p in &mut m.parties {
                if !named.contains(p.0.as_str())
                    && let Some(name) = table.canonical_of(&p.0)
                    && name != p.0
                    && m.vehicle.as_deref() != Some(name)
                {
                    p.0 = name.to_string();
                }
            }
        }
        // "Ostrel Corp (formerly Dolvane Systems)": deals told under a
        // company's former name are its own.
        let renamed: Vec<(String, String)> = prepared
            .iter()
            .zip(&resolved)
            .flat_map(|(p, r)| entities::former_names(&p.toks, r))
            .collect();
        if !renamed.is_empty() {
            for p in mentions.iter_mut().flat_map(|m| m.parties.iter_mut()) {
                if let Some((_, current)) = renamed.iter().find(|(former, _)| *former == p.0) {
                    p.0 = current.clone();
                }
            }
        }
        let deals = merge::merge(mentions, orphans, &sequels)
            .into_iter()
            .filter_map(|c| {
                let sentence = c.sentences[0];
                let span = prepared[sentence].span;
                let mut parties: Vec<Party> = c
                    .deal
                    .parties
                    .iter()
                    // A regulator, court or central bank is named, not a
                    // party; a deal left without its parties is dropped below.
                    .filter(|(name, _)| {
                        !lexicon::AUTHORITIES.contains_tokens(&tokens::tokenize(name))
                    })
                    .map(|(name, role)| Party {
                        name: name.clone(),
                        role: *role,
                        mention: String::new(),
                    })
                    .collect();
                parties.sort_by(|a, b| a.role.cmp(&b.role).then_with(|| a.name.cmp(&b.name)));
                // An acquisition goes without its buyer only when the text
                // describes one without naming it; one whose buyer was a
                // regulator or a person is no deal.
                if c.deal.deal_type == DealType::Acquisition
                    && !c.deal.buyer_unnamed
                    && !parties.iter().any(|p| p.role == Role::Acquirer)
                {
                    return None;
                }
                // Every report of it in the article says it fell through.
                let status = if c.cancelled {
                    Status::Cancelled
                } else {
                    c.deal.status.0
                };
                let mut deal = Deal {
                    id: String::new(),
                    deal_type: c.deal.deal_type,
                    parties,
                    amount: c.deal.amount,
                    status,
                    vehicle: c.deal.vehicle,
                    date: c.deal.date,
                    sources: vec![Source {
                        article_id: article_id.clone(),
                        url: article.url.clone(),
                        evidence: Evidence {
                            sentence: text[span.start..span.end].to_string(),
                            start: u32::try_from(span.start).unwrap_or(u32::MAX),
                            end: u32::try_from(span.end).unwrap_or(u32::MAX),
                        },
                        publish_time: article.publish_time,
                        status: Some(status),
                    }],
                    confidence: round_confidence(c.deal.confidence),
                };
                deal.id = deal_id(&article_id, &deal);
                Some(deal)
            })
            // The store refuses a deal whose roles contradict its type, and
            // such a reading is wrong anyway: it is dropped, not sent.
            .filter(|d| match d.role_problem() {
                None => true,
                Some(problem) => {
                    tracing::debug!(deal = %d.id, %problem, "deal dropped");
                    false
                }
            })
            .collect();
        Extraction {
            article_id,
            lang,
            text,
            text_rewritten,
            deals,
        }
    }
}

/// "703 mln francs", "3.8 billion pesos": a currency name several countries
/// share is read as the currency of the country of its family the article
/// names most often, or the family's default when it names none.
fn resolve_shared_currencies(prepared: &mut [Prepared<'_>]) {
    let mut families: Vec<&'static str> = prepared
        .iter()
        .flat_map(|p| &p.amounts)
        .filter_map(|a| a.currency)
        .filter(|c| amount::family_codes(c).is_some())
        .collect();
    families.sort_unstable();
    families.dedup();
    for family in families {
        let Some(codes) = amount::family_codes(family) else {
            continue;
        };
        let code = most_frequent(
            prepared
                .iter()
                .flat_map(|p| &p.toks)
                .filter_map(|t| amount::CURRENCY_COUNTRIES.get(&t.norm))
                .filter(|c| codes.contains(c)),
        )
        .or_else(|| codes.first().copied())
        .unwrap_or(family);
        for a in prepared.iter_mut().flat_map(|p| &mut p.amounts) {
            if a.currency == Some(family) {
                a.currency = Some(code);
            }
        }
    }
}

/// The currency most amounts of the article state; amounts that state none
/// ("2 milliards") are read in it.
fn default_currency(prepared: &[Prepared<'_>], lang: Lang) -> &'static str {
    most_frequent(
        prepared
            .iter()
            .flat_map(|p| &p.amounts)
            .filter_map(|a| a.currency),
    )
    .unwrap_or(match lang {
        Lang::Fr => "EUR",
        Lang::En => "USD",
    })
}

/// The code given most often, ties going to the first in alphabetical
/// order so the answer never depends on hashing.
fn most_frequent(codes: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    for c in codes {
        *counts.entry(c).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(c, _)| c)
}

/// French or English, by their most frequent function words among the
/// article's first tokens. Read from the tokens the pipeline makes anyway:
/// a separate scan of the text's bytes cost more than the tokenizing.
pub fn detect_language<'t>(toks: impl IntoIterator<Item = &'t Token>) -> Lang {
    let (mut fr, mut en, mut accents) = (0usize, 0usize, 0usize);
    // The opening couple of thousand words tell the language as well as
    // the whole text.
    for t in toks.into_iter().take(2_000) {
        match t.norm.as_str() {
            "le" | "la" | "les" | "des" | "du" | "et" | "est" | "une" | "dans" | "pour" | "qui"
            | "avec" | "sur" | "pas" | "au" | "aux" | "par" | "un" | "ont" | "sont" | "sa"
            | "son" | "ses" | "cette" | "l'" | "d'" | "s'" | "à" => fr += 1,
            "the" | "and" | "of" | "to" | "is" | "in" | "for" | "that" | "with" | "was" | "on"
            | "its" | "by" | "has" | "into" | "from" | "will" | "said" | "an" | "it" | "are"
            | "be" | "their" | "this" | "at" | "have" | "had" => en += 1,
            w if w.contains(['é', 'è', 'ê', 'à', 'ç', 'ù']) => accents += 1,
            _ => {}
        }
    }
    // A short text with as many of each (a headline, a sentence of names)
    // is French when it writes French accents.
    if en > fr || (en == fr && accents == 0 && en > 0) {
        Lang::En
    } else {
        Lang::Fr
    }
}

fn hex16(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// An article id derived from its text.
pub fn content_id(text: &str) -> String {
    format!("a-{}", hex16(text.as_bytes()))
}

/// A deal's id: its article, type, parties with roles and vehicle. Amount and
/// status are left out so a better reading of them keeps the id.
pub fn deal_id(article_id: &str, deal: &Deal) -> String {
    let mut key = format!("{article_id}\u{1f}{}", deal.deal_type.as_str());
    for p in &deal.parties {
        key.push('\u{1f}');
        key.push_str(&p.name.to_lowercase());
        key.push(':');
        key.push_str(p.role.as_str());
    }
    if let Some(v) = &deal.vehicle {
        key.push('\u{1f}');
        key.push_str(&v.to_lowercase());
    }
    hex16(key.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang_of(text: &str) -> Lang {
        detect_language(&tokens::tokenize(text))
    }

    #[test]
    fn language_is_read_from_function_words() {
        assert_eq!(
            lang_of("La société a levé des fonds pour son projet dans le cloud."),
            Lang::Fr
        );
        assert_eq!(
            lang_of("The company said it was in talks with a buyer for its unit."),
            Lang::En
        );
        // Names and numbers say nothing; a tie reads as French.
        assert_eq!(lang_of("OpenAI 2025 SoftBank"), Lang::Fr);
        // "a" is English and French; accents settle a short sentence.
        assert_eq!(lang_of("Orvex a racheté Stellane."), Lang::Fr);
        assert_eq!(
            lang_of("Rutherford Bank injected 2 billion euros into Galvani Energia."),
            Lang::En
        );
    }

    #[test]
    fn a_given_language_overrides_detection() {
        let article = ArticleInput {
            text: "The company said it was in talks with a buyer.".into(),
            lang: Some(Lang::Fr),
            ..ArticleInput::default()
        };
        assert_eq!(Extractor::default().extract(&article).lang, Lang::Fr);
    }
}
