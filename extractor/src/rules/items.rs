//! Lays a sentence out as items: the organisations the finder named, the
//! amounts, the references that stand for organisations (pronouns, "the
//! two companies", descriptions such as "le groupe de BTP"), words and
//! punctuation. [`build_items`] learns on the way the descriptions a name
//! follows ("la société américaine OpenAI"), so that a later "la société
//! américaine" resolves to it.

use dealwire_core::tokens::{Kind, Token};

use super::SentenceInput;
use super::sentence::{AUXILIARIES, Item, RIGHT_STOPS, prep_slot};
use crate::coref::{Context, Reference};
use crate::lexicon::{self, ACQUISITION_NOUNS, DESCRIPTION_HEADS, WordSet};
use crate::triggers::Frame;

/// Words that mark what a merger makes ("the combined company"): see
/// `data/words/combined_entity.txt`.
static COMBINED: WordSet = WordSet::new(include_str!("../../data/words/combined_entity.txt"));
/// Verbs after a headline's pair of subjects: see
/// `data/words/headline_pair_verbs.txt`.
static HEADLINE_PAIR_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/headline_pair_verbs.txt"));
/// Adjectives of a party left unnamed: see `data/words/unnamed_marks.txt`.
static UNNAMED_MARKS: WordSet = WordSet::new(include_str!("../../data/words/unnamed_marks.txt"));

/// "Orvex jette son dévolu sur Kelmix": a single capitalised word opening a
/// sentence right before a deal predicate is the name of who acts, when it
/// is no common opener, place, nationality, person or title. The name
/// finder, which does not know the predicates, leaves such a word out when
/// the article gives no other sign it is a name.
fn opening_name(input: &SentenceInput<'_>) -> Option<String> {
    let toks = input.toks;
    let first = toks.first()?;
    let word = first.norm.as_str();
    let plain = first.kind == Kind::Word
        && first.is_capitalized()
        && word.chars().count() >= 2
        && !word.contains('\'')
        && !lexicon::is(&lexicon::STOP_CAPS, word)
        && !lexicon::not_org(word)
        && !lexicon::is(&lexicon::PERSON_CUES, word)
        && !lexicon::is_given_name(word)
        && !lexicon::is_place_or_demonym(word)
        && !lexicon::is(&DESCRIPTION_HEADS, word);
    // "Orvex, a Danish insurer, and ...": an apposition that describes a
    // company names one.
    let described = toks.get(1).is_some_and(|t| t.is_punct(','))
        && toks.get(2).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "a" | "an" | "the" | "un" | "une" | "le" | "la" | "l'"
            )
        })
        && (3..toks.len().min(9))
            .take_while(|&k| toks[k].kind == Kind::Word)
            .any(|k| {
                toks.get(k + 1).is_some_and(|n| n.is_punct(','))
                    && (lexicon::is(&DESCRIPTION_HEADS, &toks[k].norm)
                        || lexicon::is_org_head(&toks[k].norm))
            });
    // "Kolvane, actionnaire minoritaire de Pivéa, ...", "Orvex, already a
    // shareholder of Kelmix, ...": a holder of another company's shares
    // named by no given name is a company.
    let holder = toks.get(1).is_some_and(|t| t.is_punct(','))
        && (2..toks.len().min(6))
            .take_while(|&k| toks[k].kind == Kind::Word && !toks[k].is_capitalized())
            .any(|k| {
                // ("actionnaire à 30 % de Pivéa": past the share held.)
                super::sentence::HOLDER_HEADS.contains(&toks[k].norm.as_str())
                    && (k + 1..toks.len().min(k + 7))
                        .take_while(|&j| toks[j].kind != Kind::Punct || toks[j].norm == "%")
                        .any(|j| {
                            matches!(
                                toks[j].norm.as_str(),
                                "de" | "d'" | "du" | "of" | "in" | "dans"
                            )
                        })
            });
    // "Orvex, Kelmix Agree to Merge", "Orvex, Kelmix in talks": a
    // headline's pair of subjects, a comma for "and", a plural verb after
    // the second name.
    let paired = toks.get(1).is_some_and(|t| t.is_punct(','))
        && input.orgs.iter().any(|(f, last, _)| {
            *f == 2
                && toks
                    .get(*last)
                    .is_some_and(|t| lexicon::is(&HEADLINE_PAIR_VERBS, &t.norm))
        });
    if plain && (described || holder || paired) && input.predicates.trigger_at(toks, 0).is_none() {
        return Some(first.text(input.text).to_string());
    }
    // A verb written in lowercase: a headline in capitals shows nothing.
    let verb_after = toks.get(1).is_some_and(|t| !t.is_capitalized());
    (plain
        && verb_after
        && input.predicates.trigger_at(toks, 0).is_none()
        // "New backers include", "Big stakes": a noun after the word
        // makes it an adjective, not a subject.
        && input.predicates.trigger_at(toks, 1).is_some_and(|(frame, _)| {
            !matches!(
                frame,
                Frame::InvestorNoun | Frame::RaiseNoun | Frame::InvestNoun | Frame::StakeNoun
            )
        }))
    .then(|| first.text(input.text).to_string())
}

pub(super) fn build_items(
    input: &SentenceInput<'_>,
    ctx: &mut Context,
) -> Vec<(usize, usize, Item)> {
    let toks = input.toks;
    // Where the first name strictly between tokens `from` and `to` starts.
    let name_between = |from: usize, to: usize| {
        input
            .orgs
            .iter()
            .map(|(f, _, _)| *f)
            .filter(|&f| f > from && f < to)
            .min()
    };
    let mut items = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        // "for HK$2 billion": an amount written with a currency is no name,
        // whatever the finder took its letters for.
        let priced = input
            .amounts
            .iter()
            .any(|a| a.first == i && a.currency.is_some());
        if !priced && let Some((_, last, name)) = input.orgs.iter().find(|(f, _, _)| *f == i) {
            items.push((i, *last, Item::Ref(Reference::Org(name.clone()))));
            i = *last;
            continue;
        }
        if let Some(k) = input.amounts.iter().position(|a| a.first == i) {
            items.push((i, input.amounts[k].last, Item::Amount(k)));
            i = input.amounts[k].last;
            continue;
        }
        // "acquired by funds managed by Tessel", "from an affiliate of
        // Halvern": the organisation that manages the funds stands for them.
        // ("par des fonds gérés par Ardian": the article goes with them.)
        if let Some((last, name)) = managed_party(input, i) {
            let first = match items.last() {
                Some(&(f, _, Item::Word))
                    if f + 1 == i && MANAGED_ARTICLES.contains(&toks[f].norm.as_str()) =>
                {
                    items.pop();
                    f
                }
                _ => i,
            };
            items.push((first, last, Item::Ref(Reference::Org(name))));
            i = last;
            continue;
        }
        if i == 0
            && let Some(name) = opening_name(input)
        {
            items.push((0, 1, Item::Ref(Reference::Org(name))));
            i = 1;
            continue;
        }
        let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
        // "les deux entreprises", "the two companies", "both companies".
        if (matches!(w(i), "les" | "the" | "des")
            && matches!(w(i + 1), "deux" | "two")
            && pair_head(w(i + 2)))
            || (w(i) == "both" && pair_head(w(i + 1)))
        {
            let len = if w(i) == "both" { 2 } else { 3 };
            items.push((i, i + len, Item::Ref(Reference::Pair)));
            i += len;
            continue;
        }
        // "The companies also signed ...", "Les deux sociétés" with no
        // number: the plural of any company opening a sentence, as its
        // subject, is the pair told before.
        if i == 0
            && matches!(w(i), "les" | "the")
            && matches!(
                w(i + 1),
                "companies" | "firms" | "groups" | "sociétés" | "entreprises" | "groupes"
            )
            && toks.get(i + 2).is_some_and(|t| {
                t.kind == Kind::Word
                    && lexicon::SUBJECT_FOLLOWERS.contains(&t.norm)
                    && !matches!(t.norm.as_str(), "'s" | "to" | "et" | "and" | "a")
                    // ("The companies are Dravik Labs and Quellin Data": a
                    // copula names them anew.)
                    && !COPULAS.contains(&t.norm.as_str())
                    && !matches!(
                        t.norm.as_str(),
                        "étaient" | "include" | "included" | "comprennent"
                    )
            })
        {
            items.push((i, i + 2, Item::Ref(Reference::Pair)));
            i += 2;
            continue;
        }
        // "les trois partenaires", "the three companies": the list named
        // before.
        // ("ces six groupes", "these seven companies": so does a
        // demonstrative.)
        if matches!(w(i), "les" | "the" | "ces" | "these" | "those")
            && let Some(n) = crate::amount::small_count(w(i + 1))
            && pair_head(w(i + 2))
        {
            items.push((i, i + 3, Item::Ref(Reference::Counted(n))));
            i += 3;
            continue;
        }
        // "ces groupes", "these companies": the list named before.
        if matches!(w(i), "ces" | "these" | "those") && plural_head(w(i + 1)) {
            items.push((i, i + 2, Item::Ref(Reference::Plural)));
            i += 2;
            continue;
        }
        // "sa dernière levée", "its latest round": the company whose round
        // it is, as a pronoun the round's subject.
        // "helped by its acquisition of Kelmix", "son offre sur Kelmix":
        // the company whose deal it is.
        // ("its $9 billion acquisition of Y": past the deal's sum; looked
        // for only after a possessive.)
        let possessive = matches!(w(i), "sa" | "son" | "its" | "their" | "leur" | "leurs");
        let after = if possessive {
            input
                .amounts
                .iter()
                .find(|a| a.first == i + 1)
                .map_or(i + 1, |a| a.last)
        } else {
            i + 1
        };
        if possessive
            && (after..(after + 2).min(toks.len())).any(|j| {
                matches!(
                    input.predicates.trigger_at(toks, j),
                    Some((Frame::RaiseNoun | Frame::Offer, _))
                ) || ACQUISITION_NOUNS.contains(&toks[j].norm)
            })
        {
            items.push((i, i + 1, Item::Ref(Reference::Pronoun)));
            i += 1;
            continue;
        }
        if (matches!(w(i), "ce" | "cette") && matches!(w(i + 1), "dernier" | "dernière"))
            || (w(i) == "the" && w(i + 1) == "latter")
            || (matches!(w(i), "le" | "du" | "au") && w(i + 1) == "second")
        {
            items.push((i, i + 2, Item::Ref(Reference::Latter)));
            i += 2;
            continue;
        }
        // "Celle-ci avait levé", "celui-ci": the one just named.
        if matches!(w(i), "celle-ci" | "celui-ci") {
            items.push((i, i + 1, Item::Ref(Reference::Latter)));
            i += 1;
            continue;
        }
        if matches!(w(i), "they" | "ils" | "elles")
            && let Some(group) = coordinated_before(toks, &items)
        {
            items.push((i, i + 1, Item::Ref(Reference::Group(group))));
            i += 1;
            continue;
        }
        // "the 45 pct it does not already hold in Kelmix": the holder's
        // pronoun, in a clause saying which share is bid for.
        if super::remainder::holder_pronoun(w(i))
            && let Some(end) = super::remainder::holder_clause_end(toks, i)
        {
            for k in i..end {
                items.push((k, k + 1, Item::Word));
            }
            i = end;
            continue;
        }
        // ("il s'agit de", "il y a deux ans": an impersonal "il" refers
        // to nothing.)
        if matches!(w(i), "il" | "elle" | "it")
            && !(w(i) == "il"
                && crate::lexicon::IMPERSONAL_PHRASES
                    .len_at(toks, i + 1)
                    .is_some())
        {
            items.push((i, i + 1, Item::Ref(Reference::Pronoun)));
            i += 1;
            continue;
        }
        // "offered to buy the remaining shares": the company they are of.
        // ("A will own 60% of Y and B the remaining 40%": after a name, the
        // share that name holds.)
        if super::remainder::opens_remainder(w(i))
            && !matches!(items.last(), Some((_, _, Item::Ref(Reference::Org(_)))))
            && let Some(end) = super::remainder::remainder_end(toks, i)
        {
            items.push((i, end, Item::Ref(super::remainder::reference())));
            i = end;
            continue;
        }
        // "a stake in Indian lender Proxa", "from German chipmaker Y": a
        // nationality and a kind's noun right before a name, with no
        // determiner, say what that name is, for "the lender" later (the
        // words stay words; without a name after, they refer to no one).
        if toks[i].is_capitalized()
            && lexicon::DEMONYMS.contains_key(&toks[i].norm)
            && i > 0
            && !toks[i - 1].is_capitalized()
            && let Some(head) = (i + 1..(i + 3).min(toks.len())).find(|&k| {
                !toks[k].is_capitalized() && lexicon::is(&DESCRIPTION_HEADS, &toks[k].norm)
            })
            && (i + 1..head).all(|k| toks[k].kind == Kind::Word && !toks[k].is_capitalized())
            && let Some((_, _, name)) = input.orgs.iter().find(|(f, _, _)| *f == head + 1)
        {
            let words: Vec<String> = toks[i..=head].iter().map(|t| t.norm.to_string()).collect();
            ctx.learn_description(&words, name);
            for k in i..=head {
                items.push((k, k + 1, Item::Word));
            }
            i = head + 1;
            continue;
        }
        if let Some(end) = description_end(toks, i) {
            // A description never swallows a name: "le concepteur de ChatGPT"
            // ends before the name, which stands for the organisation.
            let end = name_between(i, end).map_or(end, |f| {
                if matches!(w(f - 1), "de" | "d'" | "du" | "of") {
                    f - 1
                } else {
                    f
                }
            });
            let words: Vec<String> = toks[i..end].iter().map(|t| t.norm.to_string()).collect();
            // "la société américaine OpenAI": the name follows; learn the words.
            // "the brewing firm <San Miguel>": newswire brackets round it.
            let next_org = input.orgs.iter().find(|(f, _, _)| {
                *f == end || (*f == end + 1 && matches!(w(end), "de" | "d'" | "du" | "of" | "<"))
            });
            match next_org {
                Some((_, _, name)) => {
                    ctx.learn_description(&words, name);
                    for k in i..end {
                        items.push((k, k + 1, Item::Word));
                    }
                }
                None => {
                    // "Altera AI, the startup behind Sage,": a description
                    // set off by commas right after a name, in apposition,
                    // says what that name is ("..., the group said" opens a
                    // clause instead).
                    if let [
                        ..,
                        (_, _, Item::Ref(Reference::Org(name))),
                        (c, _, Item::Punct),
                    ] = items.as_slice()
                        && toks[*c].norm == ","
                        && closes_apposition(toks, end)
                    {
                        ctx.learn_description(&words, name);
                    }
                    // "Kelvane is buying Y, the Swedish group said": a
                    // description telling the sentence after a comma at its
                    // end is what the sentence's opening name is.
                    if let (
                        Some((_, _, Item::Ref(Reference::Org(name)))),
                        Some((c, _, Item::Punct)),
                    ) = (items.first(), items.last())
                        && toks[*c].norm == ","
                        && toks
                            .get(end)
                            .is_some_and(|t| lexicon::REPORTING_VERBS.contains(&t.norm))
                    {
                        ctx.learn_description(&words, name);
                    }
                    // "Par ailleurs, le groupe a conclu": a sentence adverb
                    // before the description still leaves it opening.
                    // ("Founded in 2021 by former Google engineers, the
                    // startup counts...": so does a participle phrase
                    // fronted before it.)
                    let after_participle = items.len() <= 16
                        && items.first().is_some_and(|(f, _, it)| {
                            *it == Item::Word && lexicon::is_participle(&toks[*f].norm)
                        })
                        && items
                            .last()
                            .is_some_and(|(c, _, it)| *it == Item::Punct && toks[*c].norm == ",")
                        && items[..items.len() - 1]
                            .iter()
                            .all(|(c, _, it)| !(*it == Item::Punct && toks[*c].norm == ","));
                    let opening = after_participle
                        || items.iter().all(|(f, _, it)| {
                            matches!(it, Item::Punct)
                                || lexicon::is(&SENTENCE_ADVERBS, &toks[*f].norm)
                        });
                    let r = if opening {
                        Reference::OpeningDescription(words)
                    } else {
                        Reference::Description(words)
                    };
                    items.push((i, end, Item::Ref(r)));
                }
            }
            i = end;
            continue;
        }
        // "auprès du fonds d'investissement Norlac Capital": a description
        // fused with its preposition, right before a name, says what that
        // name is, for "le fonds" later (the words stay words here).
        if matches!(w(i), "au" | "aux" | "du" | "des")
            && i + 1 < toks.len()
            && let Some(end) = fused_description_end(toks, i + 1)
        {
            let end = name_between(i + 1, end + 1).unwrap_or(end);
            if let Some((_, _, name)) = input.orgs.iter().find(|(f, _, _)| *f == end) {
                let words: Vec<String> = toks[i..end].iter().map(|t| t.norm.to_string()).collect();
                ctx.learn_description(&words, name);
            } else if w(i) == "du" && w(end) == "," && matches!(w(end + 1), "qui" | "dont") {
                // "le plan de recentrage du groupe, qui a déjà vendu": with
                // no name after it and a relative on it, the description
                // refers back as "le groupe" does.
                let words: Vec<String> = std::iter::once("le".to_string())
                    .chain(toks[i + 1..end].iter().map(|t| t.norm.to_string()))
                    .collect();
                items.push((i, i + 1, Item::Word));
                items.push((i + 1, end, Item::Ref(Reference::Description(words))));
                i = end;
                continue;
            }
        }
        let kind = if toks[i].kind == Kind::Punct {
            Item::Punct
        } else {
            Item::Word
        };
        items.push((i, i + 1, kind));
        i += 1;
    }
    items
}

/// The articles that may open a party told as managed funds ("an
/// affiliate of", "des fonds gérés par").
const MANAGED_ARTICLES: &[&str] = &[
    "a", "an", "certain", "certains", "des", "les", "the", "un", "une",
];

/// Where a party told as funds or affiliates an organisation manages
/// ("funds managed by Tessel", "fonds gérés par Norlac") opens at `i`: the
/// end of the organisation's name and the name. Only after a word that
/// governs a party ("by", "from", "and", "par", "de"...) or opening the
/// sentence, past one article: "Kelmix, an affiliate of Tessel," keeps
/// describing Kelmix.
fn managed_party(input: &SentenceInput<'_>, i: usize) -> Option<(usize, String)> {
    let toks = input.toks;
    let before = |k: usize| k.checked_sub(1).map(|p| toks[p].norm.as_str());
    let governs = |w: Option<&str>| {
        w.is_none_or(|w| {
            matches!(
                w,
                "by" | "from"
                    | "and"
                    | "with"
                    | "to"
                    | "including"
                    | "par"
                    | "de"
                    | "d'"
                    | "des"
                    | "du"
                    | "et"
                    | "avec"
                    | "à"
                    | "aux"
                    | "dont"
                    | "notamment"
            )
        })
    };
    let article = |w: Option<&str>| w.is_some_and(|w| MANAGED_ARTICLES.contains(&w));
    if !(governs(before(i)) || (article(before(i)) && governs(before(i - 1)))) {
        return None;
    }
    let len = lexicon::MANAGING_PHRASES.len_at(toks, i)?;
    input
        .orgs
        .iter()
        .find(|(f, _, _)| *f == i + len)
        .map(|(_, last, name)| (*last, name.clone()))
}

/// The organisations coordinated last in the items read so far ("A and
/// B", "A, B and C"), when there are two or more: what "they" stands for.
/// A bracketed ticker or a short description between them is read past.
fn coordinated_before(toks: &[Token], items: &[(usize, usize, Item)]) -> Option<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    let mut k = items.len();
    let mut gap = 0;
    let mut joined = true;
    while k > 0 {
        k -= 1;
        match &items[k].2 {
            Item::Ref(Reference::Org(o)) => {
                if !names.is_empty() && !joined {
                    break;
                }
                names.push(o.clone());
                gap = 0;
                joined = false;
            }
            Item::Word | Item::Punct if gap < 6 => {
                gap += 1;
                joined |= matches!(toks[items[k].0].norm.as_str(), "and" | "et" | ",");
            }
            _ => break,
        }
    }
    names.dedup();
    (names.len() >= 2).then(|| {
        names.reverse();
        names
    })
}

fn plural_head(w: &str) -> bool {
    pair_head(w)
        || matches!(
            w,
            "investisseurs"
                | "investors"
                | "acteurs"
                | "players"
                | "banques"
                | "banks"
                | "fonds"
                | "funds"
        )
}

pub(super) fn pair_head(w: &str) -> bool {
    matches!(
        w,
        "entreprises"
            | "sociétés"
            | "groupes"
            | "firmes"
            | "géants"
            | "partenaires"
            | "parties"
            | "companies"
            | "firms"
            | "groups"
            | "partners"
    )
        // "les deux industriels", "the two chipmakers": a company's trade
        // in the plural ("the two banks", "the two investors" may be a pair
        // other than the one the article told most; kinds listed as
        // `plural_kinds.txt` stay out).
        || (w.strip_suffix('s')
            .is_some_and(|one| crate::lexicon::is(&crate::lexicon::DESCRIPTION_HEADS, one))
            && !crate::lexicon::is(&crate::lexicon::PLURAL_KINDS, w))
}

/// Words of an adverb that opens a sentence: see
/// `data/words/sentence_adverbs.txt`.
static SENTENCE_ADVERBS: WordSet =
    WordSet::new(include_str!("../../data/words/sentence_adverbs.txt"));

/// Whether `toks[i]` opens a description by nationality: the "'s" after a
/// country ("Saudi Arabia's"), or a capitalised nationality that no article
/// or other word of a noun phrase stands before ("Saudi wealth fund";
/// not "a Saudi fund", "Saudi Aramco").
fn national_opening(toks: &[Token], i: usize) -> bool {
    if toks[i].norm == "'s" {
        return (i.saturating_sub(3)..i)
            .any(|f| lexicon::PLACES.contains_key(&lexicon::name_key(&toks[f..i])));
    }
    toks[i].is_capitalized()
        && toks.get(i + 1).is_some_and(|t| !t.is_capitalized())
        && !(i > 0 && toks[i - 1].kind == Kind::Word && !toks[i - 1].is_capitalized())
        && lexicon::DEMONYMS.contains_key(&toks[i].norm)
}

/// Whether a comma closes, within six tokens of `end`, the apposition a
/// description opened ("Altera AI, the startup behind the Sage chatbot,"),
/// no verb of its own before it ("..., the group of firms said", "...,
/// la start-up emploie 40 personnes.").
fn closes_apposition(toks: &[Token], end: usize) -> bool {
    toks[end.min(toks.len())..toks.len().min(end + 6)]
        .iter()
        .take_while(|t| !follows_subject(&t.norm))
        .any(|t| t.norm == ",")
}

/// Whether `word` is a verb that follows its subject, or one of telling
/// ("has", "bought", "said"): no word of a description.
fn follows_subject(word: &str) -> bool {
    lexicon::SUBJECT_FOLLOWERS.contains(word) || lexicon::REPORTING_VERBS.contains(word)
}

/// Verbs after which a noun phrase is predicative.
const COPULAS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "remains",
    "remained",
    "became",
    "becomes",
    "est",
    "était",
    "sont",
    "reste",
    "restait",
    "devient",
    "devenu",
    "demeure",
    // "will be", "will become", "sera le fournisseur exclusif de Y".
    "become",
    "remain",
    "sera",
    "seront",
    "serait",
    "seraient",
    "deviendra",
    "restera",
    "fut",
];

/// A definite description: determiner, up to two words, a description head,
/// and an optional complement ("le géant du BTP", "la startup d'IA"). A
/// country's possessive or a nationality may stand for the determiner
/// ("Saudi Arabia's sovereign wealth fund", "Saudi wealth fund to take...").
pub(super) fn description_end(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks[i].norm.as_str(),
        "le" | "la" | "l'" | "the" | "cette" | "ce" | "this"
    ) && !national_opening(toks, i)
    {
        return None;
    }
    // "Orbis is the lead investor in Y", "Orbis est le premier actionnaire
    // de Y": after a copula the noun phrase says what the subject is, and
    // refers to no one.
    if i > 0 && COPULAS.contains(&toks[i - 1].norm.as_str()) {
        return None;
    }
    // "L'américain avait aussi pris une participation", "le chinois a
    // racheté": French names a company by its nationality alone, a
    // lowercase adjective standing as the noun before its verb.
    if matches!(toks[i].norm.as_str(), "le" | "la" | "l'")
        && let Some(nation) = toks.get(i + 1)
        && nation.kind == Kind::Word
        && !nation.is_capitalized()
        && lexicon::DEMONYMS.contains_key(&nation.norm)
        && toks.get(i + 2).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.is_capitalized()
                // (A verb that follows a subject, or a clitic before one:
                // "l'américain l'a racheté", "le chinois en détient".)
                && (lexicon::SUBJECT_FOLLOWERS.contains(&t.norm)
                    || matches!(t.norm.as_str(), "l'" | "en" | "y"))
        })
    {
        return Some(i + 2);
    }
    // ("The proceeds will fund trials": a verb after the subject ends the
    // noun phrase; a head past it is that verb.)
    let head = (i + 1..(i + 4).min(toks.len()))
        .take_while(|&k| !lexicon::SUBJECT_FOLLOWERS.contains(&toks[k].norm))
        .find(|&k| lexicon::is(&DESCRIPTION_HEADS, &toks[k].norm))?;
    // ("la levée de fonds", "the sale of funds": a head in another noun's
    // complement describes no organisation.)
    if (i + 1..head).any(|k| matches!(toks[k].norm.as_str(), "de" | "d'" | "des" | "of")) {
        return None;
    }
    // ("the Varrow Club of lenders": a head written in capitals
    // after a word in capitals closes a name, no description.)
    if toks[head].is_capitalized() && (i + 1..head).any(|k| toks[k].is_capitalized()) {
        return None;
    }
    description_from(toks, i, head)
}

/// A description whose determiner is fused with its preposition ("au fonds
/// d'investissement Ardian", "du groupe suédois Hexatronic"), starting at
/// its head `i`, right after "au", "aux", "du" or "des".
pub(super) fn fused_description_end(toks: &[Token], i: usize) -> Option<usize> {
    let fused = i > 0
        && toks
            .get(i - 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "au" | "aux" | "du" | "des"));
    (fused
        && toks
            .get(i)
            .is_some_and(|t| lexicon::is(&DESCRIPTION_HEADS, &t.norm)))
    .then(|| description_from(toks, i, i))
    .flatten()
}

/// Where the description opened at `i` ends, its head at `head`: past the
/// head's adjectives and complement.
fn description_from(toks: &[Token], i: usize, head: usize) -> Option<usize> {
    if (i + 1..head).any(|k| toks[k].kind != Kind::Word) {
        return None;
    }
    // "the combined company", "le nouvel ensemble": what a merger makes is
    // no organisation named before.
    // ("the same unnamed distributor": a party the text does not name.)
    if (i + 1..=head + 1).any(|k| {
        toks.get(k)
            .is_some_and(|t| COMBINED.contains(&t.norm) || UNNAMED_MARKS.contains(&t.norm))
    }) {
        return None;
    }
    let mut end = head + 1;
    // A word in lowercase that can describe: no preposition, clause word,
    // auxiliary or verb after a subject ("The company bought Selvane").
    let plain = |t: &Token| {
        t.kind == Kind::Word
            && !t.is_capitalized()
            && t.norm.chars().all(char::is_alphabetic)
            && prep_slot(&t.norm).is_none()
            && !RIGHT_STOPS.contains(&t.norm)
            && !AUXILIARIES.contains(&t.norm)
            && !follows_subject(&t.norm)
    };
    // Up to two adjectives after the head: "la société américaine", "le
    // géant japonais", "le fonds souverain singapourien".
    let adjective = |end: usize| {
        toks.get(end).is_some_and(|t| {
            t.kind == Kind::Word
                && (t.norm.ends_with("ais")
                || t.norm.ends_with("aise")
                || t.norm.ends_with("ain")
                || t.norm.ends_with("aine")
                || t.norm.ends_with("ique")
                || t.norm.ends_with("ien")
                || t.norm.ends_with("ienne")
                || t.norm.ends_with("and")
                || t.norm.ends_with("ande")
                || t.norm.ends_with("ois")
                || t.norm.ends_with("oise")
                // "la société belge", "le groupe suisse".
                || lexicon::DEMONYMS.contains_key(t.norm.as_str())
                // "l'opérateur régional Netis": any adjective right before
                // the name the description introduces.
                || (toks.get(end + 1).is_some_and(Token::is_capitalized)
                    && t.norm.chars().count() >= 4
                    && plain(t)))
        })
    };
    for _ in 0..2 {
        if adjective(end) {
            end += 1;
        }
    }
    if toks
        .get(end)
        // ("le spécialiste des capteurs Sondex": "des", de + les, too.)
        .is_some_and(|t| matches!(t.norm.as_str(), "de" | "d'" | "du" | "des" | "of"))
        && toks
            .get(end + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.norm.chars().count() >= 2)
    {
        end += 2;
        // "le groupe d'ingénierie industrielle Fives", "the maker of
        // industrial equipment Fives": the complement's own adjectives.
        for _ in 0..2 {
            if adjective(end) {
                end += 1;
            }
        }
        // ("the Dutch maker of industrial testing gear Sondex", "le
        // spécialiste du contrôle non destructif Sondex": a longer
        // complement, of lowercase words only, that runs into the name.)
        if let Some(run) = (1..=3).find(|&len| {
            toks.get(end + len).is_some_and(Token::is_capitalized)
                && (end..end + len).all(|k| toks.get(k).is_some_and(plain))
        }) {
            end += run;
        }
    }
    Some(end)
}
