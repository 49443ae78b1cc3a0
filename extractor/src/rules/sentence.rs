//! A sentence as the rules see it: a row of items (organisations and
//! references, amounts, words, punctuation), with the clause boundaries and
//! the prepositions that introduce a trigger's arguments.

use std::cell::OnceCell;

use dealwire_core::tokens::{Kind, Token};

use super::SentenceInput;
use crate::coref::{Context, Reference};
use crate::lexicon::{self, ACQUISITION_NOUNS, DESCRIPTION_HEADS, WordSet};
use crate::triggers::Frame;

/// Goods, commodities and securities: see `data/words/goods.txt`.
pub(super) static GOODS: WordSet = WordSet::new(include_str!("../../data/words/goods.txt"));

/// Auxiliaries that open the clause's own verb: see
/// `data/words/clause_auxiliaries.txt`.
pub(super) static AUXILIARIES: WordSet =
    WordSet::new(include_str!("../../data/words/clause_auxiliaries.txt"));

/// Words that mark what a merger makes ("the combined company"): see
/// `data/words/combined_entity.txt`.
static COMBINED: WordSet = WordSet::new(include_str!("../../data/words/combined_entity.txt"));

/// Words that end the right-hand scan: see `data/words/right_stops.txt`.
pub(super) static RIGHT_STOPS: WordSet =
    WordSet::new(include_str!("../../data/words/right_stops.txt"));

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Item {
    Ref(Reference),
    Amount(usize),
    Word,
    Punct,
}

/// Where an argument stands: the role maps' arguments, of which the rules
/// read the ones right of a trigger as slots (the subject and the
/// possessor are read apart).
pub(super) use crate::role_map::Argument as Slot;

pub(super) struct Sentence<'a> {
    pub(super) input: &'a SentenceInput<'a>,
    pub(super) items: Vec<(usize, usize, Item)>,
    /// The norms of the items that are not references, in order: any run
    /// of items' words is a slice of it, so reading a clause allocates nothing.
    pub(super) plain: Vec<&'a str>,
    /// For each item, where its words start in `plain`; one more at the end.
    pub(super) plain_at: Vec<usize>,
    /// For each item, whether it ends a clause. Every trigger scans both
    /// ways for one, so it is worked out once, when first asked.
    pub(super) boundary: OnceCell<Vec<bool>>,
}

impl<'a> Sentence<'a> {
    pub(super) fn new(input: &'a SentenceInput<'a>, items: Vec<(usize, usize, Item)>) -> Self {
        let mut plain = Vec::with_capacity(items.len());
        let mut plain_at = Vec::with_capacity(items.len() + 1);
        for (first, _, item) in &items {
            plain_at.push(plain.len());
            if !matches!(item, Item::Ref(_)) {
                plain.push(input.toks[*first].norm.as_str());
            }
        }
        plain_at.push(plain.len());
        Sentence {
            input,
            items,
            plain,
            plain_at,
            boundary: OnceCell::new(),
        }
    }

    pub(super) fn norm(&self, k: usize) -> &str {
        &self.input.toks[self.items[k].0].norm
    }

    pub(super) fn is_word(&self, k: usize, words: &[&str]) -> bool {
        matches!(self.items[k].2, Item::Word) && words.contains(&self.norm(k))
    }

    /// The organisation the item at `k` names outright, if it does.
    pub(super) fn org_at(&self, k: usize) -> Option<&str> {
        match &self.items[k].2 {
            Item::Ref(Reference::Org(name)) => Some(name),
            _ => None,
        }
    }

    /// The organisation a reporting clause closing the sentence names:
    /// "..., Ordana said.", "..., said Ordana.", "..., indique Ordana.".
    pub(super) fn trailing_reporter(&self) -> Option<&str> {
        let mut end = self.items.len();
        while end > 0 && self.items[end - 1].2 == Item::Punct && self.norm(end - 1) != "," {
            end -= 1;
        }
        let reporting = |k: usize| self.is_in(k, &lexicon::REPORTING_VERBS);
        // ", Ordana said" or ", said Ordana" / ", indique Ordana".
        let (comma, org) = if end >= 3 && reporting(end - 1) {
            (end - 3, end - 2)
        } else if end >= 3 && reporting(end - 2) {
            (end - 3, end - 1)
        } else {
            return None;
        };
        (self.norm(comma) == ",")
            .then(|| self.org_at(org))
            .flatten()
    }

    /// Whether the item at `k` is a word of a data word list.
    pub(super) fn is_in(&self, k: usize, words: &WordSet) -> bool {
        matches!(self.items[k].2, Item::Word) && words.contains(self.norm(k))
    }

    /// Whether the item at `k` breaks a sentence into clauses that tell
    /// deals of their own: ";", or a comma before "and", "but", "while"
    /// (or their French).
    pub(super) fn clause_break(&self, k: usize) -> bool {
        self.items[k].2 == Item::Punct
            && (self.norm(k) == ";"
                || (self.norm(k) == ","
                    && k + 1 < self.items.len()
                    && self.is_word(
                        k + 1,
                        &["and", "but", "while", "whereas", "et", "mais", "tandis"],
                    )))
    }

    pub(super) fn is_boundary(&self, k: usize) -> bool {
        self.boundary
            .get_or_init(|| (0..self.items.len()).map(|j| self.ends_clause(j)).collect())[k]
    }

    /// Whether item `j` is a verb of a money deal: investing, buying,
    /// selling or paying, its nouns ("acquisition") left out.
    pub(super) fn deal_verb_at(&self, j: usize) -> bool {
        self.items[j].2 == Item::Word
            && self
                .input
                .predicates
                .trigger_at(self.input.toks, self.items[j].0)
                .is_some_and(|(f, _)| {
                    matches!(
                        f,
                        Frame::InvestVerb
                            | Frame::InvestAmountVerb
                            | Frame::Acquire
                            | Frame::Sell
                            | Frame::Pay
                    ) && !ACQUISITION_NOUNS.contains(self.norm(j))
                })
    }

    pub(super) fn ends_clause(&self, k: usize) -> bool {
        match self.items[k].2 {
            Item::Punct => match self.norm(k) {
                // A short parenthesis is an aside ("(OPA)", "(ESA)"), not a clause.
                "(" | ")" => !self.is_short_paren(k),
                // A full stop inside a sentence ends an abbreviation ("Corp.",
                // "Inc."), not a clause: the sentence splitter already cut at real ones.
                // "buying two businesses: A and B": a colon after a plural
                // noun, before a name, opens the list of what the clause
                // is about.
                ":" => {
                    !(k > 0
                        && k + 1 < self.items.len()
                        && self.items[k - 1].2 == Item::Word
                        && self.norm(k - 1).ends_with('s')
                        && matches!(self.items[k + 1].2, Item::Ref(_)))
                }
                // "led the round — a $16 million Series A": a dash before
                // a noun phrase sets off an apposition, not a clause.
                // "three of its operations - A, B and C": before a name, the
                // list that names them.
                "—" | "–" => {
                    !(k + 1 < self.items.len()
                        && (self.is_word(k + 1, &["a", "an", "un", "une", "the"])
                            // "Vantora — $12 million Series A — led by X".
                            || matches!(self.items[k + 1].2, Item::Amount(_))
                            || matches!(self.items[k + 1].2, Item::Ref(Reference::Org(_)))))
                }
                p => matches!(p, ";" | "[" | "]" | "!" | "?" | "•" | "|"),
            },
            Item::Word => match self.norm(k) {
                "que" | "that" => {
                    k > 0 && self.is_word(k - 1, &["après", "avant", "after", "before"])
                }
                w => matches!(
                    w,
                    "mais"
                        | "but"
                        | "alors"
                        | "tandis"
                        | "while"
                        | "whereas"
                        | "cependant"
                        | "however"
                        | "although"
                        | "bien"
                ),
            },
            _ => false,
        }
    }

    /// When the trigger at items `t..t_end` stands in a relative clause set
    /// off by commas ("Ynsect, qui a levé 50 millions, signe un accord"),
    /// the clause's span: from after its opening comma to its closing one,
    /// the first comma not followed by another name of a list.
    pub(super) fn relative_clause(
        &self,
        left_bound: usize,
        t: usize,
        t_end: usize,
        right_bound: usize,
    ) -> Option<(usize, usize)> {
        let comma = |k: usize| self.items[k].2 == Item::Punct && self.norm(k) == ",";
        let open = (left_bound..t).rev().find(|&k| comma(k))?;
        if !self.is_word(
            (open + 1).min(t),
            &[
                "whose", "which", "who", "qui", "que", "qu'", "dont", "lequel", "laquelle",
            ],
        ) {
            return None;
        }
        let close = (t_end..right_bound)
            .find(|&k| {
                comma(k) && !matches!(self.items.get(k + 1).map(|i| &i.2), Some(Item::Ref(_)))
            })
            .unwrap_or(right_bound);
        Some((open + 1, close))
    }

    pub(super) fn is_short_paren(&self, k: usize) -> bool {
        const SHORT: usize = 4;
        let punct = |j: usize, p: &str| self.items[j].2 == Item::Punct && self.norm(j) == p;
        if punct(k, "(") {
            (k + 1..self.items.len().min(k + 2 + SHORT)).any(|j| punct(j, ")"))
        } else if punct(k, ")") {
            (k.saturating_sub(SHORT + 1)..k).any(|j| punct(j, "("))
        } else {
            false
        }
    }

    /// The words of items `from..to`, references left out.
    pub(super) fn words(&self, from: usize, to: usize) -> &[&'a str] {
        &self.plain[self.plain_at[from]..self.plain_at[to.max(from)]]
    }
}

pub(super) fn prep_slot(word: &str) -> Option<Slot> {
    Some(match word {
        "dans" | "in" | "into" | "envers" | "chez" => Slot::In,
        "pour" | "for" => Slot::For,
        "par" | "by" | "auprès" => Slot::By,
        "from" => Slot::From,
        "avec" | "with" | "alongside" => Slot::With,
        "de" | "d'" | "du" | "des" | "of" => Slot::Of,
        "entre" | "between" | "among" => Slot::Between,
        "sur" | "on" => Slot::On,
        "à" | "au" | "aux" | "to" => Slot::To,
        _ => return None,
    })
}

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
        // "les trois partenaires", "the three companies": the list named
        // before.
        let counted = match w(i + 1) {
            "trois" | "three" => Some(3),
            "quatre" | "four" => Some(4),
            "cinq" | "five" => Some(5),
            _ => None,
        };
        if matches!(w(i), "les" | "the")
            && let Some(n) = counted
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
        if matches!(w(i), "sa" | "son" | "its" | "their" | "leur" | "leurs")
            && (i + 1..(i + 3).min(toks.len())).any(|j| {
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
        if matches!(w(i), "they" | "ils" | "elles")
            && let Some(group) = coordinated_before(toks, &items)
        {
            items.push((i, i + 1, Item::Ref(Reference::Group(group))));
            i += 1;
            continue;
        }
        if matches!(w(i), "il" | "elle" | "it") {
            items.push((i, i + 1, Item::Ref(Reference::Pronoun)));
            i += 1;
            continue;
        }
        if let Some(end) = description_end(toks, i) {
            // A description never swallows a name: "le concepteur de ChatGPT"
            // ends before the name, which stands for the organisation.
            let end = input
                .orgs
                .iter()
                .map(|(f, _, _)| *f)
                .filter(|&f| f > i && f < end)
                .min()
                .map_or(end, |f| {
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
                    // "Par ailleurs, le groupe a conclu": a sentence adverb
                    // before the description still leaves it opening.
                    let opening = items.iter().all(|(f, _, it)| {
                        matches!(it, Item::Punct) || lexicon::is(&SENTENCE_ADVERBS, &toks[*f].norm)
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
}

/// Words of an adverb that opens a sentence: see
/// `data/words/sentence_adverbs.txt`.
static SENTENCE_ADVERBS: WordSet =
    WordSet::new(include_str!("../../data/words/sentence_adverbs.txt"));

/// A definite description: determiner, up to two words, a description head,
/// and an optional complement ("le géant du BTP", "la startup d'IA").
pub(super) fn description_end(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks[i].norm.as_str(),
        "le" | "la" | "l'" | "the" | "cette" | "ce" | "this"
    ) {
        return None;
    }
    let head = (i + 1..(i + 4).min(toks.len()))
        .find(|&k| lexicon::is(&DESCRIPTION_HEADS, &toks[k].norm))?;
    if (i + 1..head).any(|k| toks[k].kind != Kind::Word) {
        return None;
    }
    // "the combined company", "le nouvel ensemble": what a merger makes is
    // no organisation named before.
    if (i + 1..=head + 1).any(|k| toks.get(k).is_some_and(|t| COMBINED.contains(&t.norm))) {
        return None;
    }
    let mut end = head + 1;
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
                    && !t.is_capitalized()
                    && t.norm.chars().count() >= 4
                    && t.norm.chars().all(char::is_alphabetic)
                    && prep_slot(&t.norm).is_none()
                    && !RIGHT_STOPS.contains(&t.norm)
                    && !AUXILIARIES.contains(&t.norm)))
        })
    };
    for _ in 0..2 {
        if adjective(end) {
            end += 1;
        }
    }
    if toks
        .get(end)
        .is_some_and(|t| matches!(t.norm.as_str(), "de" | "d'" | "du" | "of"))
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
    }
    Some(end)
}
