//! A sentence as the rules see it: a row of items (organisations and
//! references, amounts, words, punctuation), with the clause boundaries and
//! the prepositions that introduce a trigger's arguments.

use std::cell::OnceCell;

use super::SentenceInput;
use crate::coref::Reference;
use crate::lexicon::{self, ACQUISITION_NOUNS, WordSet};
use crate::triggers::Frame;

/// Relative pronouns after a preposition: ", in which", ", dans
/// laquelle", ", auprès duquel".
pub(super) const PREPOSITION_RELATIVES: &[&str] = &[
    "which",
    "whom",
    "laquelle",
    "lequel",
    "lesquels",
    "lesquelles",
    "duquel",
];

/// Nouns of a holder of shares, in an apposition that names whose
/// ("Microsoft, OpenAI's largest investor,", "X, actionnaire minoritaire de
/// Y,").
pub(super) const HOLDER_HEADS: &[&str] = &[
    "investor",
    "shareholder",
    "backer",
    "stockholder",
    "investisseur",
    "actionnaire",
];

/// Prepositions that may open a relative clause before its pronoun (",
/// from which", ", auprès duquel", ", of which"), besides "in", "into" and
/// "dans".
pub(super) const RELATIVE_PREPOSITIONS: &[&str] = &[
    "from", "to", "with", "avec", "auprès", "à", "chez", "for", "pour", "of",
];

/// Relative pronouns with a preposition fused in them, and that
/// preposition: "auquel" is "à" + "lequel", "duquel" "de" + "lequel".
pub(super) const FUSED_RELATIVES: &[(&str, &str)] = &[
    ("auquel", "à"),
    ("auxquels", "à"),
    ("auxquelles", "à"),
    ("duquel", "de"),
    ("desquels", "de"),
    ("desquelles", "de"),
];

/// French words that make a conjunction with "que": see
/// `data/words/que_conjunctions.txt`.
static QUE_CONJUNCTIONS: WordSet =
    WordSet::new(include_str!("../../data/words/que_conjunctions.txt"));

/// Words that open a clause or phrase set before the main clause ("After
/// its bid for Y failed, X bought Z", "Fort de son rachat de Y, X ..."):
/// what it tells is its own event, and its possessives are the main
/// clause's subject's.
pub(super) const FRONTED_OPENERS: &[&str] = &[
    "after",
    "following",
    "before",
    "when",
    "once",
    "since",
    "while",
    "with",
    "through",
    "upon",
    "thanks",
    "après",
    "avant",
    "lorsque",
    "quand",
    "depuis",
    "avec",
    "grâce",
    "suite",
    "fort",
    "forte",
];

/// Possessive determiners of a company, English and French: "its unit",
/// "sa filiale", "leurs actionnaires".
pub(super) const POSSESSIVES: &[&str] = &["its", "their", "son", "sa", "ses", "leur", "leurs"];

/// Goods, commodities and securities (kept in the lexicon, which the name
/// finder reads too).
pub(super) use crate::lexicon::GOODS;

/// Auxiliaries that open the clause's own verb: see
/// `data/words/clause_auxiliaries.txt`.
pub(super) static AUXILIARIES: WordSet =
    WordSet::new(include_str!("../../data/words/clause_auxiliaries.txt"));

/// Words that end the right-hand scan: see `data/words/right_stops.txt`.
pub(super) static RIGHT_STOPS: WordSet =
    WordSet::new(include_str!("../../data/words/right_stops.txt"));

pub(super) use crate::lexicon::TIME_CONJUNCTIONS;

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

/// Phrases that set one deal inside another (see `Sentence::part_of_at`).
const PART_OF: &[&[&str]] = &[
    &["as", "part", "of"],
    &["dans", "le", "cadre", "de"],
    &["dans", "le", "cadre", "d'"],
    &["dans", "le", "cadre", "du"],
];

pub(super) struct Sentence<'a> {
    pub(super) input: &'a SentenceInput<'a>,
    pub(super) items: Vec<(usize, usize, Item)>,
    /// The norms of the items that are not references, in order: any run
    /// of items' words is a slice of it, so reading a clause allocates nothing.
    pub(super) plain: Vec<&'a str>,
    /// For each item, where its words start in `plain`; one more at the end.
    pub(super) plain_at: Vec<usize>,
    /// Each item's norm, its first token's (a bare apostrophe standing for
    /// the possessive reads "'s", see [`bare_possessives`]): read by every
    /// rule, so looked up once.
    pub(super) norms: Vec<&'a str>,
    /// For each item, whether it ends a clause. Every trigger scans both
    /// ways for one, so it is worked out once, when first asked.
    pub(super) boundary: OnceCell<Vec<bool>>,
    /// Where clauses of time set off by a comma open, with their subjects
    /// (see `time_clause_starts`), worked out once, when first asked.
    pub(super) time_clauses: OnceCell<Vec<(usize, usize)>>,
    /// Where a participle phrase fronted at the sentence's start ends (see
    /// `participle_phrase_end`), worked out once, when first asked.
    pub(super) participle_end: OnceCell<Option<usize>>,
}

/// "Scoria Holdings' stake", "Siemens' unit": a bare apostrophe written
/// right after a name ending in "s", with a word after a space, is the
/// possessive "'s", read as such by every rule. (A closing quote has its
/// opening one before it in the sentence.)
fn bare_possessives(input: &SentenceInput<'_>, items: &[(usize, usize, Item)]) -> Vec<usize> {
    let toks = input.toks;
    let apostrophe = |k: usize| items[k].2 == Item::Punct && toks[items[k].0].norm == "'";
    (1..items.len())
        .filter(|&k| {
            let (first, end, _) = items[k];
            apostrophe(k)
                && matches!(items[k - 1].2, Item::Ref(Reference::Org(_)))
                && toks[first - 1].end == toks[first].start
                && toks[first - 1].norm.ends_with('s')
                && items.get(k + 1).is_some_and(|i| i.2 == Item::Word)
                && toks.get(end).is_some_and(|n| n.start > toks[first].end)
                && !(0..k - 1).any(apostrophe)
        })
        .collect()
}

/// How far an aside in brackets on a list's member may reach.
const ASIDE_REACH: usize = 14;

impl<'a> Sentence<'a> {
    pub(super) fn new(input: &'a SentenceInput<'a>, mut items: Vec<(usize, usize, Item)>) -> Self {
        let mut norms: Vec<&'a str> = items
            .iter()
            .map(|(first, _, _)| input.toks[*first].norm.as_str())
            .collect();
        for k in bare_possessives(input, &items) {
            items[k].2 = Item::Word;
            norms[k] = "'s";
        }
        let mut plain = Vec::with_capacity(items.len());
        let mut plain_at = Vec::with_capacity(items.len() + 1);
        for (k, (_, _, item)) in items.iter().enumerate() {
            plain_at.push(plain.len());
            if !matches!(item, Item::Ref(_)) {
                plain.push(norms[k]);
            }
        }
        plain_at.push(plain.len());
        Sentence {
            input,
            items,
            plain,
            plain_at,
            norms,
            boundary: OnceCell::new(),
            time_clauses: OnceCell::new(),
            participle_end: OnceCell::new(),
        }
    }

    /// The length of a phrase that sets one deal inside another, when one
    /// opens at item `k`: "bought Y as part of its acquisition of Z",
    /// "dans le cadre de son rachat de Z".
    pub(super) fn part_of_at(&self, k: usize) -> Option<usize> {
        PART_OF
            .iter()
            .find(|phrase| self.phrase_at(k, phrase))
            .map(|phrase| phrase.len())
    }

    /// Whether such a phrase ends right before item `k`.
    pub(super) fn part_of_before(&self, k: usize) -> bool {
        PART_OF
            .iter()
            .any(|phrase| k >= phrase.len() && self.phrase_at(k - phrase.len(), phrase))
    }

    /// Whether the words of `phrase` stand from item `k` on.
    fn phrase_at(&self, k: usize, phrase: &[&str]) -> bool {
        phrase
            .iter()
            .enumerate()
            .all(|(i, w)| self.is_word(k + i, &[w]))
    }

    /// The items that open a clause of time set off by a comma, each with
    /// the organisation within three words that is its subject: ", days
    /// after rival Norlac made", ", just before Tessera agreed".
    pub(super) fn time_clause_starts(&self) -> &[(usize, usize)] {
        const CONJUNCTIONS: &[&str] = &["after", "before", "while", "après", "avant"];
        const LEADS: &[&str] = &[
            "days", "weeks", "months", "hours", "shortly", "just", "jours", "semaines",
        ];
        self.time_clauses.get_or_init(|| {
            let n = self.items.len();
            (1..n)
                .filter(|&k| {
                    (self.is_word(k, CONJUNCTIONS)
                        // ("The deal would come weeks after Kestane
                        // signed ...": a measure of time before the
                        // conjunction opens the clause without a comma.)
                        && (self.norm(k - 1) == "," || self.is_word(k - 1, LEADS)))
                        // ("plans to grow after Pivane invested in it",
                        // "since Kelmix was bought": with no comma, a
                        // conjunction of time whose name is followed by
                        // its verb.)
                        || (self.is_in(k, &TIME_CONJUNCTIONS)
                            && self.org_at(k + 1).is_some()
                            && k + 2 < n
                            && self.items[k + 2].2 == Item::Word
                            && (self.is_in(k + 2, &AUXILIARIES)
                                || self.deal_verb_at(k + 2)
                                || (self.norm(k + 2).ends_with("ed")
                                    && !self.input.toks[self.items[k + 2].0].is_capitalized())))
                })
                .filter_map(|k| {
                    (k + 1..n.min(k + 4))
                        .take_while(|&j| self.items[j].2 == Item::Word || self.org_at(j).is_some())
                        .find(|&j| self.org_at(j).is_some())
                        .map(|subject| (k, subject))
                })
                .collect()
        })
    }

    /// Whether item `k` is a word naming goods or services ("chips",
    /// "cloud", "appareils"): see `data/words/goods.txt` and
    /// `data/words/service_words.txt`.
    pub(super) fn goods_at(&self, k: usize) -> bool {
        self.items.get(k).is_some_and(|i| i.2 == Item::Word)
            && (GOODS.contains(self.norm(k))
                || crate::triggers::SERVICE_WORDS.contains(self.norm(k)))
    }

    #[inline]
    pub(super) fn norm(&self, k: usize) -> &str {
        self.norms[k]
    }

    /// Whether the item at `k` is a hyphen written inside a compound, with
    /// no space on either side ("a $40-a-share offer", "all-cash"), not a
    /// dash between two phrases.
    pub(super) fn hyphen_inside(&self, k: usize) -> bool {
        let Some(&(first, end, Item::Punct)) = self.items.get(k) else {
            return false;
        };
        let toks = &self.input.toks;
        toks[first].norm == "-"
            && first > 0
            && end < toks.len()
            && toks[first - 1].end == toks[first].start
            && toks[end - 1].end == toks[end].start
    }

    /// How many items lie from `from` to `to`, the hyphens inside compounds
    /// not counted ("'s unsolicited $40-a-share offer" is five).
    pub(super) fn span_without_hyphens(&self, from: usize, to: usize) -> usize {
        to - from - (from + 1..to).filter(|&j| self.hyphen_inside(j)).count()
    }

    /// Whether the item at `k` is one of `words`; past the last item it is
    /// none ("A, B," may end a text, and rules look one item ahead).
    pub(super) fn is_word(&self, k: usize, words: &[&str]) -> bool {
        self.items.get(k).is_some_and(|i| matches!(i.2, Item::Word))
            && words.contains(&self.norm(k))
    }

    /// Whether "pour le compte" stands right before item `k` (whose "de"
    /// then names on whose behalf: "fabriquera le vaccin pour le compte
    /// d'Orvane").
    pub(super) fn on_behalf_before(&self, k: usize) -> bool {
        k >= 3
            && self.is_word(k - 1, &["compte"])
            && self.is_word(k - 2, &["le"])
            && self.is_word(k - 3, &["pour"])
    }

    /// Whether the item at `k` is a noun of acquisition ("acquisition",
    /// "rachat", "the purchase of"). "purchase" is a verb too: after "to"
    /// or a modal ("agreed to purchase a stake", "will purchase") it takes
    /// an object as "buy" does.
    pub(super) fn acquisition_noun_at(&self, k: usize) -> bool {
        // ("following the purchases of A and B", "ses rachats de A et B": a
        // plural after its article is the noun, not a verb.)
        let plural = k > 0
            && self.is_word(k + 1, &["of", "de", "d'", "du", "des"])
            && self.is_word(k - 1, &["the", "its", "their", "les", "ses", "leurs"])
            && self
                .norm(k)
                .strip_suffix('s')
                .is_some_and(|w| ACQUISITION_NOUNS.contains(w));
        // ("la prise de contrôle de Y par X": a noun of three words.)
        let taking_control = self.is_word(k, &["prise"])
            && self.is_word(k + 1, &["de"])
            && self.is_word(k + 2, &["contrôle"]);
        plural
            || taking_control
            || ACQUISITION_NOUNS.contains(self.norm(k))
                && !(self.norm(k) == "purchase"
                    && k > 0
                    && self.is_word(
                        k - 1,
                        &[
                            "to", "will", "would", "could", "can", "may", "might", "shall",
                            "should", "must",
                        ],
                    ))
    }

    /// Whether the verb at `v` opens a clause of time ("after buying",
    /// "before taking", "après avoir racheté", "avant de prendre") or a
    /// participle's clause after a comma (", making"), whose subject is the
    /// main clause's.
    pub(super) fn opens_time_clause(&self, v: usize) -> bool {
        if v < 2 {
            return false;
        }
        // "..., making Y a subsidiary": a participle set off after the main
        // clause has its subject too (prepositions in -ing excepted).
        let set_off = |v: usize| {
            self.norm(v - 1) == ","
                && self.items[v].2 == Item::Word
                && !self.input.toks[self.items[v].0].is_capitalized()
                && !matches!(
                    self.norm(v),
                    "including" | "excluding" | "according" | "during" | "notwithstanding"
                )
        };
        (self.norm(v).ends_with("ing")
            && (self.is_word(v - 1, &["after", "before", "since", "while", "without"])
                || set_off(v)))
            // (", donnant naissance au groupe Y", ", créant le numéro un":
            // French participles of what a deal brings about.)
            || (set_off(v)
                && self.is_word(
                    v,
                    &["donnant", "créant", "faisant", "permettant", "portant", "formant"],
                ))
            || (self.is_word(v - 1, &["avoir"]) && self.is_word(v - 2, &["après"]))
            || (self.is_word(v - 1, &["de", "d'"]) && self.is_word(v - 2, &["avant"]))
    }

    /// The organisation the item at `k` names outright, if it does.
    pub(super) fn org_at(&self, k: usize) -> Option<&str> {
        match &self.items.get(k)?.2 {
            Item::Ref(Reference::Org(name)) => Some(name),
            _ => None,
        }
    }

    /// The organisation a reporting clause closing the sentence names:
    /// "..., Ordana said.", "..., said Ordana.", "..., indique Ordana.".
    pub(super) fn trailing_reporter(&self) -> Option<&str> {
        self.trailing_report().and_then(|(_, org)| self.org_at(org))
    }

    /// Where a reporting clause closing the sentence opens, its comma, and
    /// the item of the organisation it names: ", Ordana said", ", said
    /// Ordana", ", the Daily Courier reported", ", indique Ordana".
    pub(super) fn trailing_report(&self) -> Option<(usize, usize)> {
        let mut end = self.items.len();
        while end > 0 && self.items[end - 1].2 == Item::Punct && self.norm(end - 1) != "," {
            end -= 1;
        }
        let reporting = |k: usize| self.is_in(k, &lexicon::REPORTING_VERBS);
        let (comma, org) = if end >= 3 && reporting(end - 1) {
            // (", the China Daily said": a few words may open the name; ",
            // Tessera and Halvern said": several may tell it.)
            let comma = (end.saturating_sub(6)..end - 2)
                .rev()
                .take_while(|&k| {
                    self.items[k].2 == Item::Word || self.norm(k) == "," || self.org_at(k).is_some()
                })
                .find(|&k| self.norm(k) == ",")?;
            (comma, end - 2)
        } else if end >= 3 && self.org_at(end - 1).is_some() {
            // ", indique Ordana", ", a annoncé le ministère des Armées",
            // ", said the Kelmix group": the verb, its auxiliary and the
            // name's determiner.
            let mut v = end - 2;
            if self.is_word(v, &["le", "la", "l'", "les", "the"]) && v > 0 {
                v -= 1;
            }
            if !reporting(v) || v == 0 {
                return None;
            }
            let mut comma = v - 1;
            if self.is_word(comma, &["a", "ont", "avait", "has", "have"]) && comma > 0 {
                comma -= 1;
            }
            (comma, end - 1)
        } else {
            return None;
        };
        (self.norm(comma) == "," && self.org_at(org).is_some()).then_some((comma, org))
    }

    /// The organisation a reporting clause opening the sentence names:
    /// "Ordana said A and B invested", "Ordana said on Tuesday that ...",
    /// "Ordana a indiqué que ...".
    pub(super) fn leading_reporter(&self) -> Option<&str> {
        let org = self.org_at(0)?;
        (1..self.items.len().min(4))
            .take_while(|&k| self.items[k].2 == Item::Word)
            .any(|k| self.is_in(k, &lexicon::REPORTING_VERBS))
            .then_some(org)
    }

    /// The item of the name the sentence opens on, before item `limit`, as
    /// a subject: past a determiner and a description ("Le groupe
    /// Kelmix"), only words before it, a word after it that neither owns
    /// nor coordinates ("Kelmix's rival", "Kelmix and Tessel").
    pub(super) fn opening_name(&self, limit: usize) -> Option<usize> {
        let k = (0..limit.min(4)).find(|&k| self.org_at(k).is_some())?;
        ((0..k).all(|j| self.items[j].2 == Item::Word)
            && self.items.get(k + 1).is_some_and(|i| i.2 == Item::Word)
            && !self.is_word(k + 1, &["'s", "and", "et"]))
        .then_some(k)
    }

    /// Whether the item at `k` is a comma.
    pub(super) fn is_comma(&self, k: usize) -> bool {
        self.items.get(k).is_some_and(|i| i.2 == Item::Punct) && self.norm(k) == ","
    }

    /// Whether the item at `k` is a word of a data word list.
    pub(super) fn is_in(&self, k: usize, words: &WordSet) -> bool {
        self.items.get(k).is_some_and(|i| matches!(i.2, Item::Word)) && words.contains(self.norm(k))
    }

    /// Whether the word at `k` is a French "que" that makes a conjunction
    /// with the word before it ("tandis que", "alors que"): it opens no
    /// relative clause.
    pub(super) fn conjunctive_que(&self, k: usize) -> bool {
        k > 0 && self.is_word(k, &["que", "qu'"]) && self.is_in(k - 1, &QUE_CONJUNCTIONS)
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

    /// "Founded in 2021 by former Google engineers, the startup ...": the
    /// comma that closes a participle phrase opening the sentence, within
    /// its first 16 items, or the one closing an apposition on the
    /// phrase's people right after it.
    pub(super) fn participle_phrase_end(&self) -> Option<usize> {
        *self
            .participle_end
            .get_or_init(|| self.find_participle_phrase_end())
    }

    fn find_participle_phrase_end(&self) -> Option<usize> {
        let n = self.items.len();
        let comma = |k: usize| self.items[k].2 == Item::Punct && self.norm(k) == ",";
        // ("Paris-based Selvane, which makes drones, raised": a compound
        // adjective right before a name is no phrase of its own.)
        let first = (n > 1
            && self.items[0].2 == Item::Word
            && crate::lexicon::is_participle(self.norm(0))
            && !matches!(self.items[1].2, Item::Ref(Reference::Org(_))))
        .then(|| (1..n.min(16)).find(|&k| comma(k)))
        .flatten()?;
        // "Fondée par June Paik, un ancien de Samsung, FuriosaAI a levé",
        // "Fondée par A et B, deux anciens ingénieurs de Tessel, la jeune
        // pousse": an apposition on the phrase's people, set off by its
        // own commas, is the phrase's too.
        let apposition_end = if self.is_word(first + 1, &["un", "une", "a", "an"]) {
            (first + 2..n.min(first + 16)).find(|&k| comma(k))
        } else {
            (first + 1..n.min(first + 12))
                .take_while(|&k| self.frame_at(k).is_none())
                .find(|&k| comma(k))
                .filter(|&c| {
                    (first + 1..c).any(|k| {
                        self.is_in(k, &crate::lexicon::PERSON_GROUPS)
                            || self.is_in(k, &crate::lexicon::JOB_TITLES)
                    })
                })
        };
        Some(apposition_end.unwrap_or(first))
    }

    /// The organisation the items from `from` (before `to`) name first,
    /// when only words in lowercase stand before it ("le laboratoire nantais
    /// Vetalys", "l'allemand Tiergesund").
    pub(super) fn org_after_lowercase(&self, from: usize, to: usize) -> Option<usize> {
        let j = (from..self.items.len().min(to)).find(|&j| self.items[j].2 != Item::Word)?;
        (matches!(self.items[j].2, Item::Ref(Reference::Org(_)))
            && (from..j).all(|w| !self.input.toks[self.items[w].0].is_capitalized()))
        .then_some(j)
    }

    /// Whether a relative opens right after the item at `k`: ", which",
    /// ", who", ", qui".
    pub(super) fn relative_after(&self, k: usize) -> bool {
        k + 2 < self.items.len()
            && self.norm(k + 1) == ","
            && self.is_word(k + 2, &["which", "who", "qui"])
    }

    /// Whether the word at `k` tells a time: a word of a short phrase of
    /// time ("last year", "l'an dernier"), a month or a year.
    pub(super) fn time_word_at(&self, k: usize) -> bool {
        self.is_in(k, &crate::lexicon::TIME_WORDS)
            || crate::lexicon::MONTHS.contains(self.norm(k))
            || crate::status::is_year(self.norm(k))
    }

    pub(super) fn is_boundary(&self, k: usize) -> bool {
        self.boundary
            .get_or_init(|| (0..self.items.len()).map(|j| self.ends_clause(j)).collect())[k]
    }

    /// The frame of the deal predicate a word item at `k` opens, if any.
    pub(super) fn frame_at(&self, k: usize) -> Option<Frame> {
        let (tok, _, item) = self.items.get(k)?;
        if *item != Item::Word {
            return None;
        }
        self.input
            .predicates
            .trigger_at(self.input.toks, *tok)
            .map(|(f, _)| f)
    }

    /// Whether item `j` is a verb of a money deal: investing, buying,
    /// selling or paying, its nouns ("acquisition") left out.
    pub(super) fn deal_verb_at(&self, j: usize) -> bool {
        self.frame_at(j).is_some_and(|f| {
            matches!(
                f,
                Frame::InvestVerb
                    | Frame::InvestAmountVerb
                    | Frame::Acquire
                    | Frame::Sell
                    | Frame::Pay
            ) && !ACQUISITION_NOUNS.contains(self.norm(j))
                // ("avec une mise de 1,3 milliard", "a bet of": after a
                // determiner a verb of staking money is a noun.)
                && !(f == Frame::InvestAmountVerb
                    && j > 0
                    && self.is_word(
                        j - 1,
                        &["a", "an", "the", "its", "une", "un", "la", "le", "sa", "son", "cette"],
                    ))
        })
    }

    pub(super) fn ends_clause(&self, k: usize) -> bool {
        match self.items[k].2 {
            Item::Punct => match self.norm(k) {
                // A short parenthesis is an aside ("(OPA)", "(ESA)"), not a clause.
                // "from seven investors (A, B and C)": a bracket that names
                // the members of a kind in the plural goes on with the
                // clause.
                "(" if self.names_members(k) => false,
                ")" if (k.saturating_sub(30)..k)
                    .rev()
                    .find(|&j| self.items[j].2 == Item::Punct && self.norm(j) == "(")
                    .is_some_and(|open| self.names_members(open)) =>
                {
                    false
                }
                // "from A (the venture arm of Dravena), B and C": an aside
                // on a list's member, however long, goes on with the list.
                "(" if self.member_aside(k).is_some() => false,
                ")" if (k.saturating_sub(ASIDE_REACH)..k)
                    .rev()
                    .find(|&j| self.items[j].2 == Item::Punct && self.norm(j) == "(")
                    .and_then(|open| self.member_aside(open))
                    == Some(k) =>
                {
                    false
                }
                "(" | ")" => !self.is_short_paren(k),
                // A full stop inside a sentence ends an abbreviation ("Corp.",
                // "Inc."), not a clause: the sentence splitter already cut at real ones.
                // "buying two businesses: A and B": a colon after a plural
                // noun, before a name, opens the list of what the clause
                // is about.
                // "(NYSE: TSL)": a market and its symbol in brackets.
                // ("(Euronext Paris : VST)": a market of two words.)
                ":" if k >= 2
                    && (self.norm(k - 2) == "(" || (k >= 3 && self.norm(k - 3) == "("))
                    && k + 2 < self.items.len()
                    && self.norm(k + 2) == ")" =>
                {
                    false
                }
                ":" => {
                    // ("n'exclut pas des acquisitions : elle a racheté Y",
                    // "deals: Kelmix has bought Y": a pronoun, or a name
                    // with its verb, after the colon is a clause's subject.)
                    // ("trois sociétés pour 420 millions d'euros : le
                    // laboratoire nantais Vetalys, l'allemand Y et Z": a sum
                    // may close the clause, and a description in lowercase
                    // open the first name.)
                    let first = self.org_after_lowercase(k + 1, k + 6);
                    let named_next = k > 0
                        && matches!(self.items[k - 1].2, Item::Word | Item::Amount(_))
                        && first.is_some_and(|j| {
                            !(self.is_in(j + 1, &AUXILIARIES)
                                || self.is_word(j + 1, &["a", "avait", "va", "vient"])
                                || self.deal_verb_at(j + 1)
                                // ("change de mains : Norlac le rachète à Tessel".)
                                || (self.is_word(j + 1, super::CLITICS)
                                    && self.deal_verb_at(j + 2)))
                        });
                    // "Ont participé à l'opération : A, B et C": before a
                    // list of names, whatever noun precedes.
                    // ("..., l'allemand Tiergesund et le belge Animedica": a
                    // description in lowercase may open each name.)
                    let list_next = || {
                        (k + 2..self.items.len().min(k + 10)).any(|j| {
                            (self.norm(j) == "," || self.is_word(j, &["and", "et"]))
                                && self.org_after_lowercase(j + 1, j + 5).is_some()
                        })
                    };
                    // "in three start-ups: $1 billion in A, $300 million in
                    // B", "dans trois start-up : 10 millions dans A": each
                    // one after its own sum.
                    let sum_then_name = k > 0
                        && k + 3 < self.items.len()
                        && self.items[k - 1].2 == Item::Word
                        && matches!(self.items[k + 1].2, Item::Amount(_))
                        && self.is_word(k + 2, &["in", "into", "dans"])
                        && matches!(self.items[k + 3].2, Item::Ref(Reference::Org(_)));
                    !(sum_then_name
                        || (named_next
                            && ((self.items[k - 1].2 == Item::Word
                                && self.norm(k - 1).ends_with('s'))
                                || list_next())))
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
                // ("Orbis, however, bought Y": an aside between commas
                // joins no clause to another.)
                "cependant" | "however" => {
                    !(k > 0
                        && self.norm(k - 1) == ","
                        && self.items.get(k + 1).is_some_and(|i| i.2 == Item::Punct)
                        && self.norm(k + 1) == ",")
                }
                // ("bien que", although; "mené à bien", carried through.)
                "bien" => self.is_word(k + 1, &["que", "qu'"]),
                // ("sold its stake in Y, as the conglomerate raises cash":
                // after a comma, "as" or "because" before a subject opens a
                // clause of its own; "as Kelmix's adviser" is a role.)
                "as" | "because" => {
                    k > 0
                        && self.norm(k - 1) == ","
                        && self
                            .items
                            .get(k + 1)
                            .is_some_and(|i| matches!(i.2, Item::Ref(_)))
                        && !self.is_word(k + 2, &["'s"])
                }
                w => matches!(
                    w,
                    "mais" | "but" | "alors" | "tandis" | "while" | "whereas" | "although"
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
        // "an arrangement under which Halvern supplies Y": a relative of
        // terms needs no comma; it runs to the clause's end.
        if let Some(open) = (left_bound.max(t.saturating_sub(6))..t).rev().find(|&k| {
            k >= 1
                && self.is_word(k, PREPOSITION_RELATIVES)
                && self.is_word(k - 1, &["under", "whereby", "through", "selon", "termes"])
        }) && (open + 1..t).all(|k| !comma(k))
        {
            return Some((open - 1, right_bound));
        }
        let open = (left_bound..t).rev().find(|&k| comma(k))?;
        const PRONOUNS: &[&str] = &[
            "whose", "which", "who", "qui", "que", "qu'", "dont", "lequel", "laquelle",
        ];
        // ", in which", ", dans laquelle", ", from which", ", auprès
        // duquel": a preposition may open it, or be fused in its pronoun
        // (", auquel").
        // ("duquel" needs a preposition before it: "auprès duquel".)
        let with_preposition = (open + 2 < t
            && (self.is_word(open + 1, &["in", "into", "dans"])
                || self.is_word(open + 1, RELATIVE_PREPOSITIONS))
            && self.is_word(open + 2, PREPOSITION_RELATIVES))
            || (open + 1 < t
                && FUSED_RELATIVES
                    .iter()
                    .any(|(w, p)| *p == "à" && self.is_word(open + 1, &[w])));
        if !with_preposition && !self.is_word((open + 1).min(t), PRONOUNS) {
            return None;
        }
        let ref_after =
            |k: usize| matches!(self.items.get(k + 1).map(|i| &i.2), Some(Item::Ref(_)));
        // ("which sold its unit, Tessel, to Harvane, said": the comma
        // closing a name's apposition, before the sale's preposition, goes
        // on with the clause.)
        let apposition_closed = |k: usize| {
            k >= 2
                && comma(k - 2)
                && ref_after(k - 2)
                && self.is_word(k + 1, &["to", "for", "from", "à", "au", "aux", "pour"])
        };
        // ("qui a levé 600 millions auprès de A, de B et de C, multiplie":
        // a list of names, each after its own "de", goes on.)
        let list_goes_on = |k: usize| {
            k >= 1
                && matches!(self.items[k - 1].2, Item::Ref(_))
                && self.is_word(k + 1, &["de", "d'", "du"])
                && ref_after(k + 1)
        };
        let close = (t_end..right_bound)
            .find(|&k| comma(k) && !ref_after(k) && !apposition_closed(k) && !list_goes_on(k))
            .unwrap_or(right_bound);
        Some((open + 1, close))
    }

    /// When the trigger at items `t..t_end` heads a short description set
    /// off by commas after a name ("Orvane, the largest shareholder of
    /// Kelmix, agreed", "Orvane, Kelmix's biggest investor, said"), the
    /// comma that closes it, if a clause goes on after it.
    pub(super) fn description_apposition(
        &self,
        left_bound: usize,
        t: usize,
        t_end: usize,
        right_bound: usize,
    ) -> Option<usize> {
        let comma = |k: usize| self.items[k].2 == Item::Punct && self.norm(k) == ",";
        let open = (left_bound.max(t.saturating_sub(6))..t)
            .rev()
            .find(|&k| comma(k))?;
        let named = open > 0 && matches!(self.items[open - 1].2, Item::Ref(Reference::Org(_)));
        const DETERMINERS: &[&str] = &[
            "the", "a", "an", "its", "le", "la", "l'", "un", "une", "son", "sa",
        ];
        // ("X, already a shareholder of Y,", "X, déjà actionnaire de Y,",
        // "X, actionnaire minoritaire de Y,": an adverb may open it, and a
        // holder's noun needs no determiner.)
        let adverb = self.is_in(open + 1, &crate::lexicon::PREVERBAL_ADVERBS);
        // ("X, premier actionnaire de Y,", "X, principal actionnaire de Y,":
        // or a holder's rank.)
        let ranked = self.is_word(
            open + 1,
            &[
                "premier",
                "principal",
                "deuxième",
                "second",
                "largest",
                "biggest",
                "top",
            ],
        ) && self.is_word(open + 2, HOLDER_HEADS);
        let opens_description = self.is_word(open + 1, DETERMINERS)
            || (adverb && self.is_word(open + 2, DETERMINERS))
            || ranked
            || self.is_word(open + 1, HOLDER_HEADS)
            || (adverb && self.is_word(open + 2, HOLDER_HEADS))
            || (matches!(self.items[open + 1].2, Item::Ref(Reference::Org(_)))
                && self.is_word(open + 2, &["'s", "'"]));
        if !named || !opens_description {
            return None;
        }
        let close = (t_end..right_bound.min(t_end + 10)).find(|&k| comma(k))?;
        (close + 1 < right_bound).then_some(close)
    }

    /// "chemical maker Nouryon", "Dutch company Nouryon", "the Dutch
    /// chemical group Nouryon", "rival Nouryon": the organisation a
    /// description opening at `k` (with or without a determiner, at most
    /// four words, the last a company's head word) leads to, before `to`.
    pub(super) fn described_name(&self, k: usize, to: usize) -> Option<usize> {
        let start = k + usize::from(self.is_word(k, &["the", "le", "la", "l'"]));
        (start..to.min(start + 4))
            .take_while(|&j| {
                self.items[j].2 == Item::Word
                    && (!self.input.toks[self.items[j].0].is_capitalized()
                        || lexicon::DEMONYMS.contains_key(self.norm(j)))
            })
            .find(|&j| {
                matches!(self.items.get(j + 1).map(|i| &i.2), Some(Item::Ref(Reference::Org(_))))
                    && (lexicon::is(&lexicon::DESCRIPTION_HEADS, self.norm(j))
                        || lexicon::is_org_head(self.norm(j))
                        // Not description heads elsewhere ("oil producer" is
                        // often a country), but right before a name they are.
                        || self.is_word(
                            j,
                            &["rival", "competitor", "peer", "concurrent", "producer", "producteur"],
                        ))
            })
            .map(|j| j + 1)
    }

    /// Whether the bracket opening at `k` names the members of the kind in
    /// the plural just before it: "three banks (A, B and C)", "sept
    /// investisseurs (A, B et C)".
    pub(super) fn names_members(&self, k: usize) -> bool {
        k > 0
            && self.is_in(k - 1, &lexicon::PLURAL_KINDS)
            && matches!(
                self.items.get(k + 1).map(|i| &i.2),
                Some(Item::Ref(Reference::Org(_)))
            )
    }

    /// The closing bracket of an aside opened at `k` on a list's member:
    /// after a name, closed within [`ASIDE_REACH`] items, and followed by
    /// the list going on ("A (the venture arm of Dravena), B and C").
    pub(super) fn member_aside(&self, k: usize) -> Option<usize> {
        let n = self.items.len();
        if k == 0 || self.org_at(k - 1).is_none() {
            return None;
        }
        let close = (k + 1..n.min(k + ASIDE_REACH))
            .take_while(|&j| !(self.items[j].2 == Item::Punct && self.norm(j) == "("))
            .find(|&j| self.items[j].2 == Item::Punct && self.norm(j) == ")")?;
        let next = close + 1;
        let goes_on = next + 1 < n
            && matches!(self.norm(next), "," | "and" | "et")
            && (next + 1..n.min(next + 3)).any(|j| self.org_at(j).is_some());
        goes_on.then_some(close)
    }

    /// Whether the bracket at `k` opens or closes a short aside: a few
    /// items ("(OPA)"), or the short names a press release defines in
    /// quotes (`("Brightwell" or "the Company")`).
    pub(super) fn is_short_paren(&self, k: usize) -> bool {
        const SHORT: usize = 4;
        const DEFINED: usize = 12;
        let punct = |j: usize, p: &str| self.items[j].2 == Item::Punct && self.norm(j) == p;
        let quote =
            |j: usize| self.items[j].2 == Item::Punct && matches!(self.norm(j), "\"" | "“" | "«");
        let n = self.items.len();
        if punct(k, "(") {
            (k + 1..n.min(k + 2 + SHORT)).any(|j| punct(j, ")"))
                || (k + 1 < n
                    && quote(k + 1)
                    && (k + 2..n.min(k + 2 + DEFINED)).any(|j| punct(j, ")")))
        } else if punct(k, ")") {
            (k.saturating_sub(SHORT + 1)..k).any(|j| punct(j, "("))
                || (k.saturating_sub(DEFINED + 1)..k)
                    .any(|j| punct(j, "(") && j + 1 < k && quote(j + 1))
        } else {
            false
        }
    }

    /// Where the object of a verb ending at `k` starts, past a duration
    /// set right after the verb ("achètera pendant cinq ans une partie de",
    /// "will buy for five years", "over the next 10 years") that ends
    /// before `to`; `k` when none does.
    pub(super) fn past_duration(&self, k: usize, to: usize) -> usize {
        if !self.is_word(k, &["pendant", "durant", "for", "over", "sur"]) {
            return k;
        }
        let number = k + 1 + usize::from(self.is_word(k + 1, &["les", "the", "next", "prochains"]));
        let counted = self.items.get(number).is_some_and(|i| i.2 == Item::Word)
            && (self.input.toks[self.items[number].0].kind == dealwire_core::tokens::Kind::Number
                || crate::amount::number_word(self.norm(number)).is_some_and(|n| n > 1.0));
        let unit = self.is_word(
            number + 1,
            &[
                "ans", "années", "mois", "years", "months", "year", "an", "month",
            ],
        );
        if counted && unit && number + 2 < to {
            number + 2
        } else {
            k
        }
    }

    /// Past a short phrase of time that opens at `k` ("l'an dernier", "en
    /// 2024", "last year", "mardi"), the item after it, when something of
    /// the clause (before `to`) follows; else `k`.
    pub(super) fn past_time_phrase(&self, k: usize, to: usize) -> usize {
        let end = (k..to.min(k + 5))
            .take_while(|&j| self.items[j].2 == Item::Word && self.time_word_at(j))
            .last()
            .map_or(k, |j| j + 1);
        // (A lone "in" or "en" opens a place or a field as often.)
        let told = (k..end).any(|j| {
            crate::lexicon::MONTHS.contains(self.norm(j))
                || crate::status::is_year(self.norm(j))
                || !self.is_word(
                    j,
                    &[
                        "in", "en", "l'", "this", "cette", "last", "earlier", "début", "fin", "il",
                        "y", "a",
                    ],
                )
        });
        if told && end < to { end } else { k }
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
