//! Word lists the stages share: words that are capitalised without naming an
//! organisation, places, people's titles and first names, and the cues that
//! mark a description of an organisation. Every list is lowercase.

use dealwire_core::tokens::{Kind, Token, tokenize};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// Capitalised words that never start an organisation's name: determiners,
/// pronouns, prepositions and other words that open sentences and titles.
pub static STOP_CAPS: WordSet = WordSet::new(include_str!("../data/words/stop_caps.txt"));

/// Acronyms and capitalised words that are not organisations.
pub static NOT_ORGS: WordSet = WordSet::new(include_str!("../data/words/not_orgs.txt"));

/// Words after which a capitalised name is a person: titles and honorifics.
pub static PERSON_CUES: WordSet = WordSet::new(include_str!("../data/words/person_cues.txt"));

/// Whether `word` is a title or honorific (see [`PERSON_CUES`]), written
/// with or without its abbreviation's full stop ("Mr", "Mr.").
pub fn is_title(word: &str) -> bool {
    PERSON_CUES.contains(word.trim_end_matches('.'))
}

/// Whether a lowercase word is shaped like a past participle that takes an
/// agent ("backed", "owned", "détenue", "soutenu", "held", "run"): an
/// apposition "X, owned by Y," describes X.
pub fn is_participle(word: &str) -> bool {
    word.ends_with("ed")
        || ["é", "ée", "és", "ées", "u", "ue", "us", "ues"]
            .iter()
            .any(|e| word.ends_with(e))
        // Irregular participles of the trade: "Kelmix, bought by Orvane",
        // "Kelmix, acquise par Orvane".
        || matches!(
            word,
            "held" | "run" | "bought" | "sold" | "taken" | "led" | "built" | "won" | "acquis" | "acquise"
        )
}

/// Lowercase particles inside a person's name ("bin", "van").
pub static NAME_PARTICLES: WordSet = WordSet::new(include_str!("../data/words/name_particles.txt"));

/// Adverbs between a subject and its verb, or a verb and its object ("Orbis
/// already controls", "prend désormais le contrôle"): see
/// `data/words/preverbal_adverbs.txt`.
pub static PREVERBAL_ADVERBS: WordSet =
    WordSet::new(include_str!("../data/words/preverbal_adverbs.txt"));

/// French organisation heads whose name goes on past "de la"/"de l'":
/// see `data/words/article_name_heads.txt`.
pub static ARTICLE_NAME_HEADS: WordSet =
    WordSet::new(include_str!("../data/words/article_name_heads.txt"));

/// Common first names: a capitalised pair that starts with one is a person.
pub static FIRST_NAMES: WordSet = WordSet::new(include_str!("../data/words/first_names.txt"));

/// First names taken from the person names of openly licensed NER corpora
/// (see `data/names/first_names_corpora.txt`).
pub static CORPUS_FIRST_NAMES: WordSet =
    WordSet::new(include_str!("../data/names/first_names_corpora.txt"));

/// Given names of many countries (Faker's person lists, less common English
/// words; see `data/names/given_names.txt`): broader than the lists above,
/// so only a name of two words or more that opens with one is a person.
pub static GIVEN_NAMES: WordSet = WordSet::new(include_str!("../data/names/given_names.txt"));

/// Whether `word` (lowercase) is a first name of either list.
pub fn is_first_name(word: &str) -> bool {
    FIRST_NAMES.contains(word) || CORPUS_FIRST_NAMES.contains(word)
}

/// Whether `word` (lowercase) is a given name of any list, the broad
/// [`GIVEN_NAMES`] included: enough to open a person's name of two words.
pub fn is_given_name(word: &str) -> bool {
    is_first_name(word) || GIVEN_NAMES.contains(word)
}

/// Whether `rank` (lowercase) is a military rank that also opens company
/// names ("General Electric", "Major League") and opens a person's name
/// before the given name `given`: "General Manuel Belgrano".
pub fn rank_before_given_name(rank: &str, given: &str) -> bool {
    matches!(rank, "general" | "major" | "général") && is_given_name(given)
}

/// Whether `word` (lowercase) is a French verb in the future's third person
/// ("entrera", "investiront", "prendra", "acquerra"), told by its ending
/// rather than listed verb by verb and tense by tense: after a capitalised
/// word opening a sentence it says the word is a subject, and in a deal's
/// clause that the deal is to come. Six letters at least, so that "sera",
/// "era" and "extra" are left to the word lists.
pub fn is_french_future(word: &str) -> bool {
    word.chars().count() >= 6
        && ["ront", "era", "ira", "dra", "rra", "vra"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// Plural nouns of organisations whose members a list names ("venture
/// firms A and B", "des investisseurs historiques A et B"): see
/// `data/words/plural_kinds.txt`.
pub static PLURAL_KINDS: WordSet = WordSet::new(include_str!("../data/words/plural_kinds.txt"));

/// French object clitics, which stand between a subject or a verb and what
/// opens it ("pour lui vendre", "ne la cédera pas", "Norlac la rachète").
pub const CLITICS: &[&str] = &["lui", "leur", "les", "la", "le", "l'", "en", "y"];

/// Nouns that name a takeover: see `data/words/acquisition_nouns.txt`.
pub static ACQUISITION_NOUNS: WordSet =
    WordSet::new(include_str!("../data/words/acquisition_nouns.txt"));

/// Nouns of a venture ("coentreprise", "joint venture"): see
/// `data/words/venture_nouns.txt`.
pub static VENTURE_NOUNS: WordSet = WordSet::new(include_str!("../data/words/venture_nouns.txt"));

/// Nouns by which "with" brings more backers into a round ("with
/// participation from", "with additional backing from", "avec le soutien
/// de"): see `data/words/joining_nouns.txt`.
pub static JOINING_NOUNS: WordSet = WordSet::new(include_str!("../data/words/joining_nouns.txt"));

/// Nouns for a company's tie to another that open an apposition ("X,
/// partenaire historique de Y,"): see `data/words/relation_nouns.txt`.
pub static RELATION_NOUNS: WordSet = WordSet::new(include_str!("../data/words/relation_nouns.txt"));

/// Adverbs of time that may open an apposition ("Orvane, already
/// Selvane's largest shareholder,", "Orvane, déjà actionnaire de Selvane,",
/// "Kelmix, once owned by Orbelle,"), for the name finder and the subject
/// reader alike.
pub const APPOSITION_ADVERBS: [&str; 15] = [
    "already",
    "now",
    "currently",
    "still",
    "once",
    "long",
    "formerly",
    "previously",
    "déjà",
    "désormais",
    "toujours",
    "jadis",
    "autrefois",
    "longtemps",
    "anciennement",
];

/// French participles that set off a companion acting beside a name
/// ("associé à", "allié à"): see `data/words/companion_participles.txt`.
pub static COMPANION_PARTICIPLES: WordSet =
    WordSet::new(include_str!("../data/words/companion_participles.txt"));

/// Nouns for a share of a company: see `data/words/stake_words.txt`.
pub static STAKE_WORDS: WordSet = WordSet::new(include_str!("../data/words/stake_words.txt"));

/// Words that open a clause or phrase of time ("after", "since",
/// "depuis"): see `data/words/time_conjunctions.txt`.
pub static TIME_CONJUNCTIONS: WordSet =
    WordSet::new(include_str!("../data/words/time_conjunctions.txt"));

/// Verbs of telling a company's news ("said", "announced", "indique"):
/// see `data/words/reporting_verbs.txt`.
pub static REPORTING_VERBS: WordSet =
    WordSet::new(include_str!("../data/words/reporting_verbs.txt"));

/// Deal nouns in the plural, one deal per counterpart ("signed agreements
/// with A and B"): see `data/words/plural_deal_nouns.txt`.
pub static PLURAL_DEALS: WordSet =
    WordSet::new(include_str!("../data/words/plural_deal_nouns.txt"));

/// Other nouns of a change of owner ("la cession de Y", "the disposal of
/// Y"): see `data/words/transfer_nouns.txt`.
pub static TRANSFER_NOUNS: WordSet = WordSet::new(include_str!("../data/words/transfer_nouns.txt"));

/// Verbs of owning or taking: a stake when a percentage follows, a venture
/// for what partners own together: see `data/words/owning_verbs.txt`.
pub static OWNING_VERBS: WordSet = WordSet::new(include_str!("../data/words/owning_verbs.txt"));

/// Plural nouns of people ("founders", "angel investors", "dirigeants"):
/// see `data/words/person_groups.txt`.
pub static PERSON_GROUPS: WordSet = WordSet::new(include_str!("../data/words/person_groups.txt"));

/// French words of selling, whose "à" names the buyer: see
/// `data/words/selling_words.txt`.
pub static SELLING_WORDS: WordSet = WordSet::new(include_str!("../data/words/selling_words.txt"));

/// Titles of a company's officers: see `data/words/job_titles.txt`.
pub static JOB_TITLES: WordSet = WordSet::new(include_str!("../data/words/job_titles.txt"));

/// Plural nouns of a company's own people and holders ("Kelmix
/// shareholders approved"): see `data/words/company_people.txt`.
pub static COMPANY_PEOPLE: WordSet = WordSet::new(include_str!("../data/words/company_people.txt"));

/// Words that qualify holders or people at a sentence start ("Minority
/// shareholders"): see `data/words/holder_qualifiers.txt`.
pub static HOLDER_QUALIFIERS: WordSet =
    WordSet::new(include_str!("../data/words/holder_qualifiers.txt"));

/// Months as newswires shorten them: see
/// `data/words/month_abbreviations.txt`.
pub static MONTH_ABBREVIATIONS: WordSet =
    WordSet::new(include_str!("../data/words/month_abbreviations.txt"));
/// Words of a dispute before the courts or a regulator: see
/// `data/words/dispute_words.txt`.
pub static DISPUTE_WORDS: WordSet = WordSet::new(include_str!("../data/words/dispute_words.txt"));
/// French adjectives between an offer's noun and its maker's "de": see
/// `data/words/bid_qualifiers.txt`.
pub static BID_QUALIFIERS: WordSet = WordSet::new(include_str!("../data/words/bid_qualifiers.txt"));
/// Words that set a sum against another deal: see
/// `data/words/comparison_words.txt`.
pub static COMPARISON_WORDS: WordSet =
    WordSet::new(include_str!("../data/words/comparison_words.txt"));
/// English verbs of selling, right before what is sold: see
/// `data/words/selling_verbs.txt`.
pub static SELLING_VERBS: WordSet = WordSet::new(include_str!("../data/words/selling_verbs.txt"));

/// Nouns of the one who bought a company told sold before ("The buyer, X,
/// paid", "L'acquéreur a déboursé"): see `data/words/buyer_nouns.txt`.
pub static BUYER_NOUNS: WordSet = WordSet::new(include_str!("../data/words/buyer_nouns.txt"));

/// Words naming a deal's kind before its noun: see
/// `data/words/agreement_kinds.txt`.
pub static AGREEMENT_KINDS: WordSet =
    WordSet::new(include_str!("../data/words/agreement_kinds.txt"));

/// Words that follow a subject: a capitalised word before them at a
/// sentence start names who acts ("Globex has agreed", "Quantix lève"); see
/// `data/words/subject_followers.txt`.
pub static SUBJECT_FOLLOWERS: WordSet =
    WordSet::new(include_str!("../data/words/subject_followers.txt"));

/// Nouns that refer back to a deal ("la transaction", "the deal").
pub static DEAL_NOUNS: WordSet = WordSet::new(include_str!("../data/words/deal_nouns.txt"));

/// The jobs a chosen supplier is picked or paid for: see
/// `data/words/commissioned_work.txt`.
pub static COMMISSIONED_WORK: WordSet =
    WordSet::new(include_str!("../data/words/commissioned_work.txt"));

/// Words that open a company's former name after its name ("formerly",
/// "anciennement"): see `data/words/former_name_markers.txt`.
pub static FORMER_NAME_MARKERS: WordSet =
    WordSet::new(include_str!("../data/words/former_name_markers.txt"));

/// Function words that may stand between a former name's marker and the
/// name ("formerly known as", "connu sous le nom de").
pub const FORMER_NAME_FILLERS: &[&str] = &[
    "known", "as", "called", "named", "connu", "connue", "sous", "le", "nom", "de", "d'", "-",
];

/// Plural nouns of deals or things sold, a sum's total of many: see
/// `data/words/many_deals.txt`.
pub static MANY_DEALS: WordSet = WordSet::new(include_str!("../data/words/many_deals.txt"));

/// Verbs of taking part in a round: see `data/words/round_joiners.txt`.
pub static ROUND_JOINERS: WordSet = WordSet::new(include_str!("../data/words/round_joiners.txt"));

/// Nouns of a company's rival: see `data/words/rival_nouns.txt`.
pub static RIVAL_NOUNS: WordSet = WordSet::new(include_str!("../data/words/rival_nouns.txt"));

/// Parts of a company: see `data/words/unit_nouns.txt`.
pub static UNIT_NOUNS: WordSet = WordSet::new(include_str!("../data/words/unit_nouns.txt"));

/// Heads of descriptions that stand for an organisation ("le géant japonais",
/// "the ChatGPT maker", "la start-up").
pub static DESCRIPTION_HEADS: WordSet =
    WordSet::new(include_str!("../data/words/description_heads.txt"));

/// Words of a description that say nothing of which organisation it is.
pub static GENERIC_DESCRIPTION_WORDS: WordSet =
    WordSet::new(include_str!("../data/words/generic_description_words.txt"));

/// Month names, French then English, in calendar order: dates read them, and
/// a capitalised month is never an organisation.
pub static MONTHS: WordSet = WordSet::new(include_str!("../data/words/months.txt"));

/// Places wherever they stand: countries, continents, US states, regions
/// and large cities, in English and French.
pub static PLACES: NameSet = NameSet::new(&[
    include_str!("../data/names/places.txt"),
    include_str!("../data/names/places_fr.txt"),
]);

/// Short words a Title-Case headline capitalises, which end a name there.
pub static HEADLINE_BREAKS: WordSet =
    WordSet::new(include_str!("../data/words/headline_breaks.txt"));

/// Deal nouns and description heads that end a name in a Title Case
/// headline without making a sentence one: see
/// `data/words/headline_nouns.txt`.
pub static HEADLINE_NOUNS: WordSet = WordSet::new(include_str!("../data/words/headline_nouns.txt"));

/// Words that end an organisation's name and say it is one.
pub static ORG_HEADS: WordSet = WordSet::new(include_str!("../data/words/org_heads.txt"));

/// Words that end many companies' names and say what trade they are in
/// ("Energy", "Capital", "Minerals").
pub static COMPANY_HEADS: WordSet = WordSet::new(include_str!("../data/words/company_heads.txt"));

/// Whether `word` ends names the way an organisation's does: an
/// institution's head ("Commission", "Group") or a trade ("Energy").
pub fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(word) || COMPANY_HEADS.contains(word)
}

/// Whether `word` has the ending of a noun of the one who works in a trade
/// ("producer", "farmer", "distributor"): right before a name, it describes
/// the company named.
pub fn is_agent_noun(word: &str) -> bool {
    word.ends_with("er") || word.ends_with("or")
}

/// French nouns that open an institution's name written on in lowercase
/// ("Banque publique d'investissement", "Commission européenne").
pub static INSTITUTION_HEADS: WordSet =
    WordSet::new(include_str!("../data/words/institution_heads.txt"));

/// French adjectives written in lowercase in institutions' names
/// ("publique", "nationale"); nationality adjectives are in [`DEMONYMS`].
pub static INSTITUTION_ADJECTIVES: WordSet =
    WordSet::new(include_str!("../data/words/institution_adjectives.txt"));

/// Words that, written after a known company's name, still name that
/// company ("Vodafone Group", "Bolloré Holding").
pub static PARENT_HEADS: WordSet = WordSet::new(include_str!("../data/words/parent_heads.txt"));

/// Verbs of becoming ("became Kelmix's largest shareholder", "devient
/// actionnaire"): see `data/words/becoming_verbs.txt`.
pub static BECOMING_VERBS: WordSet = WordSet::new(include_str!("../data/words/becoming_verbs.txt"));

/// Prepositions after which a town's name is a place.
pub static LOCATIVES: WordSet = WordSet::new(include_str!("../data/words/locatives.txt"));

/// Cities that share their name with companies often enough ("Orange",
/// "Santander") to be places only after a locative preposition.
pub static TOWNS: NameSet = NameSet::new(&[include_str!("../data/names/towns.txt")]);

/// Public authorities that regulate, judge or set policy: named in deal
/// news, never a party to a deal.
pub static AUTHORITIES: NameSet = NameSet::new(&[include_str!("../data/names/authorities.txt")]);

/// News organisations: organisations, but the source of deal news, never a
/// party to a deal.
pub static MEDIA: NameSet = NameSet::new(&[include_str!("../data/names/media.txt")]);

/// Goods, commodities and securities: see `data/words/goods.txt`. What a
/// deal buys when no company is named; in a Title Case headline, a word of
/// these alone names none ("To Supply Batteries").
pub static GOODS: WordSet = WordSet::new(include_str!("../data/words/goods.txt"));

/// Products, indices, events and laws: other names, not organisations.
pub static PRODUCTS: NameSet = NameSet::new(&[include_str!("../data/names/products.txt")]);

/// Nationality and regional adjectives and nouns, English and French.
pub static DEMONYMS: NameSet = NameSet::new(&[include_str!("../data/names/demonyms.txt")]);

/// Whether the name with key `key` (see [`name_key`]) is a place wherever it
/// stands, or a nationality.
pub fn is_place_or_demonym(key: &str) -> bool {
    PLACES.contains_key(key)
        || DEMONYMS.contains_key(key)
        // "Italians", "Allemands": a nationality's plural.
        || key
            .strip_suffix('s')
            .is_some_and(|one| one.len() >= 4 && DEMONYMS.contains_key(one))
}

/// A list of phrases kept as a text file under `data/words/` (one phrase a
/// line, `#` comments), each as the tokenizer writes its words, parsed on
/// first use.
pub struct PhraseList {
    text: &'static str,
    parsed: OnceLock<ParsedPhrases>,
}

/// The phrases of a [`PhraseList`], and for each first word the phrases it
/// opens: most words open none, and are turned away with one lookup.
struct ParsedPhrases {
    all: Vec<Vec<String>>,
    by_first: HashMap<String, Vec<usize>>,
}

impl PhraseList {
    /// The list written in `text`.
    pub const fn new(text: &'static str) -> Self {
        PhraseList {
            text,
            parsed: OnceLock::new(),
        }
    }

    fn parsed(&self) -> &ParsedPhrases {
        self.parsed.get_or_init(|| {
            let all: Vec<Vec<String>> = data_lines(self.text)
                .map(|l| {
                    tokenize(l)
                        .into_iter()
                        .map(|t| t.norm.to_string())
                        .collect()
                })
                .filter(|words: &Vec<String>| !words.is_empty())
                .collect();
            let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
            for (i, words) in all.iter().enumerate() {
                by_first.entry(words[0].clone()).or_default().push(i);
            }
            ParsedPhrases { all, by_first }
        })
    }

    /// The phrases, each as its words.
    pub fn phrases(&self) -> &[Vec<String>] {
        &self.parsed().all
    }

    /// The number of words of the longest phrase written at `toks[k..]`.
    pub fn len_at(&self, toks: &[Token], k: usize) -> Option<usize> {
        let parsed = self.parsed();
        let first = toks.get(k).filter(|t| t.kind == Kind::Word)?;
        parsed
            .by_first
            .get(first.norm.as_str())?
            .iter()
            .map(|&i| &parsed.all[i])
            .filter(|words| {
                words.iter().enumerate().skip(1).all(|(n, w)| {
                    toks.get(k + n)
                        .is_some_and(|t| t.kind == Kind::Word && t.norm == *w)
                })
            })
            .map(Vec::len)
            .max()
    }
}

/// Phrases that open, between commas after a name, a companion who acts
/// with it ("X, together with Y,", "X, aux côtés de Y,"): see
/// `data/words/companion_phrases.txt`.
pub static COMPANION_PHRASES: PhraseList =
    PhraseList::new(include_str!("../data/words/companion_phrases.txt"));

/// Asides set between commas after a subject that say how its act stands
/// to what came before ("Orvane, for its part, bought", "Orvane, de son
/// côté, a racheté"): see `data/words/interjections.txt`.
pub static INTERJECTIONS: PhraseList =
    PhraseList::new(include_str!("../data/words/interjections.txt"));

/// Phrases that close, after a comma, a list written with commas only
/// ("from A, B, C, among others", "auprès de A, B, C, entre autres"): see
/// `data/words/list_closers.txt`.
pub static LIST_CLOSERS: PhraseList =
    PhraseList::new(include_str!("../data/words/list_closers.txt"));

/// Whether a token is a year written in four digits, 19xx or 20xx ("in
/// 2019"), as a phrase of time or a list member's date writes it.
pub fn written_year(t: &Token) -> bool {
    t.kind == Kind::Number && t.norm.len() == 4 && matches!(t.norm.get(..2), Some("19" | "20"))
}

/// Words of a short phrase of time ("last year", "l'an dernier", "two
/// years ago", "on Monday"): see `data/words/time_words.txt`.
pub static TIME_WORDS: WordSet = WordSet::new(include_str!("../data/words/time_words.txt"));

/// Phrases that tell a party as funds or affiliates an organisation
/// manages ("funds managed by", "an affiliate of", "fonds gérés par"): the
/// organisation after stands for the party. See
/// `data/words/managing_phrases.txt`.
pub static MANAGING_PHRASES: PhraseList =
    PhraseList::new(include_str!("../data/words/managing_phrases.txt"));

/// What follows an impersonal "il" ("il s'agit de", "il y a", "il faut"):
/// see `data/words/impersonal_phrases.txt`.
pub static IMPERSONAL_PHRASES: PhraseList =
    PhraseList::new(include_str!("../data/words/impersonal_phrases.txt"));

/// Words and phrases that are capitalised but never an organisation.
pub fn not_org(word: &str) -> bool {
    NOT_ORGS.contains(word)
        || MONTHS.contains(word)
        // "the April-June quarter": a span of months.
        || word
            .split_once('-')
            .is_some_and(|(a, b)| MONTHS.contains(a) && MONTHS.contains(b))
}

/// Whether `word` is in `list`.
pub fn is(list: &WordSet, word: &str) -> bool {
    list.contains(word)
}

/// The entries of a data file: its lines, trimmed, less blank lines and `#`
/// comments. Every list and table under `data/` is read through it.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A table of "word CODE" lines kept as a text file under `data/words/`
/// (currencies and their ISO codes), parsed on first use.
pub struct CodeTable {
    text: &'static str,
    map: OnceLock<HashMap<&'static str, &'static str>>,
}

impl CodeTable {
    /// The table written in `text`.
    pub const fn new(text: &'static str) -> Self {
        CodeTable {
            text,
            map: OnceLock::new(),
        }
    }

    /// The code of `word`, if the table lists it.
    pub fn get(&self, word: &str) -> Option<&'static str> {
        self.map
            .get_or_init(|| {
                // The code is the last word; what stands before it may be a
                // phrase ("swiss francs CHF").
                data_lines(self.text)
                    .filter_map(|l| l.rsplit_once(' '))
                    .map(|(w, c)| (w.trim(), c.trim()))
                    .collect()
            })
            .get(word)
            .copied()
    }
}

/// A word list kept as a text file under `data/words/` (one word or phrase
/// a line, `#` comments), compiled into the binary and parsed on first use.
/// Lookups go through a hash set: the lists are read for every token, and a
/// linear scan of hundreds of words was the pipeline's largest cost.
pub struct WordSet {
    text: &'static str,
    parsed: OnceLock<Parsed>,
}

struct Parsed {
    words: Vec<&'static str>,
    set: HashSet<&'static str>,
    /// A word's length (up to 63 bytes, longer ones share the last bit) and
    /// first and last bytes, one bit each for the words of the set: most
    /// words looked up are in no list, and these turn most of them away
    /// before any hashing.
    sieve: Sieve,
    lasts: [u64; 4],
    /// The two-word phrases, as pairs, looked up without building a string.
    pairs: HashSet<(&'static str, &'static str)>,
    /// The same sieve for the first words of the pairs: most pairs of words
    /// looked up open with no such word.
    pair_sieve: Sieve,
    /// The three-word phrases, as triples ("à l' eau").
    triples: HashSet<(&'static str, &'static str, &'static str)>,
    /// The same sieve for the last words of the triples.
    triple_sieve: Sieve,
}

/// Length and first-byte bits of a list's words: a cheap test that turns
/// most words away before any hashing.
#[derive(Default)]
struct Sieve {
    lengths: u64,
    firsts: [u64; 4],
}

impl Sieve {
    fn mark(&mut self, word: &str) {
        let (first, _) = ends(word);
        self.lengths |= length_bit(word);
        self.firsts[usize::from(first >> 6)] |= 1 << (first & 63);
    }

    /// Whether `word` may be one of the words marked.
    #[inline]
    fn admits(&self, word: &str) -> bool {
        let (first, _) = ends(word);
        self.lengths & length_bit(word) != 0
            && self.firsts[usize::from(first >> 6)] & (1 << (first & 63)) != 0
    }
}

impl WordSet {
    /// The list written in `text`.
    pub const fn new(text: &'static str) -> Self {
        WordSet {
            text,
            parsed: OnceLock::new(),
        }
    }

    fn parsed(&self) -> &Parsed {
        self.parsed.get_or_init(|| {
            let words: Vec<&'static str> = data_lines(self.text).collect();
            let set = words.iter().copied().collect();
            let pairs = words
                .iter()
                .filter_map(|w| w.split_once(' '))
                .filter(|(_, second)| !second.contains(' '))
                .collect();
            let mut sieve = Sieve::default();
            let mut lasts = [0u64; 4];
            for w in &words {
                let (_, last) = ends(w);
                sieve.mark(w);
                lasts[usize::from(last >> 6)] |= 1 << (last & 63);
            }
            let triples: HashSet<(&str, &str, &str)> = words
                .iter()
                .filter_map(|w| {
                    let mut parts = w.split(' ');
                    match (parts.next(), parts.next(), parts.next(), parts.next()) {
                        (Some(a), Some(b), Some(c), None) => Some((a, b, c)),
                        _ => None,
                    }
                })
                .collect();
            let mut triple_sieve = Sieve::default();
            for &(_, _, c) in &triples {
                triple_sieve.mark(c);
            }
            let mut pair_sieve = Sieve::default();
            for &(w, _) in &pairs {
                pair_sieve.mark(w);
            }
            Parsed {
                words,
                set,
                sieve,
                lasts,
                pairs,
                pair_sieve,
                triples,
                triple_sieve,
            }
        })
    }

    /// Whether the set holds `word`.
    pub fn contains(&self, word: &str) -> bool {
        let p = self.parsed();
        let (_, last) = ends(word);
        p.sieve.admits(word)
            && p.lasts[usize::from(last >> 6)] & (1 << (last & 63)) != 0
            && p.set.contains(word)
    }

    /// Whether the set holds the two-word phrase `first second` ("called
    /// off", "stake in"). Read on hot paths, so no string is built.
    pub fn contains_pair(&self, first: &str, second: &str) -> bool {
        // The set's pairs are `'static`; a shorter-lived view of it looks up
        // borrowed words.
        let p = self.parsed();
        if !p.pair_sieve.admits(first) {
            return false;
        }
        let pairs: &HashSet<(&str, &str)> = &p.pairs;
        pairs.contains(&(first, second))
    }

    /// Whether the set holds the three-word phrase `a b c` ("à l' eau").
    pub fn contains_triple(&self, a: &str, b: &str, c: &str) -> bool {
        let p = self.parsed();
        if !p.triple_sieve.admits(c) {
            return false;
        }
        let triples: &HashSet<(&str, &str, &str)> = &p.triples;
        triples.contains(&(a, b, c))
    }

    /// Whether one of `words`, or two of them side by side, is in the set
    /// ("ipo", "public offering").
    pub fn found_in(&self, words: &[&str]) -> bool {
        self.position_in(words).is_some()
    }

    /// Where the first of `words` in the set, alone or opening a pair of
    /// the set with the word after it, stands.
    pub fn position_in(&self, words: &[&str]) -> Option<usize> {
        (0..words.len()).find(|&i| {
            self.contains(words[i])
                || words
                    .get(i + 1)
                    .is_some_and(|next| self.contains_pair(words[i], next))
        })
    }

    /// The words, in the order written.
    pub fn words(&self) -> &[&'static str] {
        &self.parsed().words
    }
}

/// The first and last bytes of a word (0 for the empty word).
fn ends(word: &str) -> (u8, u8) {
    let b = word.as_bytes();
    (
        b.first().copied().unwrap_or(0),
        b.last().copied().unwrap_or(0),
    )
}

/// The bit of a word's length in byte, longer words sharing the last one.
fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

/// A list of names kept as text files under `data/names/` (one name a
/// line, `#` comments), compared by their words: "U.S." and "u.s" are one
/// name, "Royaume-Uni" and "royaume-uni" too.
pub struct NameSet {
    texts: &'static [&'static str],
    set: OnceLock<HashSet<String>>,
}

impl NameSet {
    /// The names written in `texts`.
    pub const fn new(texts: &'static [&'static str]) -> Self {
        NameSet {
            texts,
            set: OnceLock::new(),
        }
    }

    /// Whether the set holds the name whose key (see [`name_key`]) is `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.set
            .get_or_init(|| {
                self.texts
                    .iter()
                    .flat_map(|t| data_lines(t))
                    .map(|l| name_key(&tokenize(l)))
                    .filter(|k| !k.is_empty())
                    .collect()
            })
            .contains(key)
    }

    /// Whether the set holds the name whose words are `words` (lowercase
    /// token forms, as the tokenizer gives them).
    pub fn contains_words<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> bool {
        self.contains_key(&words.into_iter().collect::<Vec<_>>().join(" "))
    }

    /// Whether the set holds the name written by `toks`.
    pub fn contains_tokens(&self, toks: &[Token]) -> bool {
        self.contains_key(&name_key(toks))
    }
}

/// The key [`NameSet`]s compare names by: the name's words, punctuation and
/// abbreviation dots left out, joined by spaces ("U.S." and "U.S" give
/// "u.s"). Worked out once when one name is looked up in several sets.
pub fn name_key(toks: &[Token]) -> String {
    toks.iter()
        .filter(|t| t.kind != Kind::Punct)
        .map(|t| t.norm.trim_end_matches('.'))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_word_phrases_are_found_by_their_words() {
        static SET: WordSet = WordSet::new("# comment\ncalled off\nfell\nend of talks\n");
        assert!(SET.contains_pair("called", "off"));
        assert!(!SET.contains_pair("off", "called"));
        assert!(!SET.contains_pair("end", "of"));
        assert!(SET.contains("fell"));
    }

    #[test]
    fn every_shipped_list_loads_lowercase_words() {
        for list in [
            &STOP_CAPS,
            &NOT_ORGS,
            &PERSON_CUES,
            &FIRST_NAMES,
            &DESCRIPTION_HEADS,
            &GENERIC_DESCRIPTION_WORDS,
            &MONTHS,
            &CORPUS_FIRST_NAMES,
            &GIVEN_NAMES,
            &LOCATIVES,
            &ORG_HEADS,
            &PARENT_HEADS,
            &INSTITUTION_HEADS,
            &INSTITUTION_ADJECTIVES,
            &COMPANY_HEADS,
            &HEADLINE_BREAKS,
            &HEADLINE_NOUNS,
        ] {
            assert!(!list.words().is_empty());
            for w in list.words() {
                assert_eq!(*w, w.to_lowercase(), "{w:?} is not lowercase");
            }
        }
    }

    #[test]
    fn comments_and_blank_lines_are_not_words() {
        let set = WordSet::new("# a comment\n\nalpha\n  beta  \n");
        assert_eq!(set.words(), ["alpha", "beta"]);
        assert!(set.contains("beta") && !set.contains("# a comment"));
    }

    #[test]
    fn places_and_demonyms_are_matched_by_their_words() {
        let has = |set: &NameSet, name: &str| set.contains_tokens(&tokenize(name));
        assert!(has(&PLACES, "U.S."));
        assert!(has(&PLACES, "U.S"));
        assert!(has(&PLACES, "Royaume-Uni"));
        assert!(has(&PLACES, "Soviet Union"));
        assert!(has(&PLACES, "Germany"));
        assert!(has(&TOWNS, "Orange"));
        assert!(!has(&PLACES, "Orange"));
        assert!(has(&DEMONYMS, "Japanese"));
        assert!(has(&DEMONYMS, "allemande"));
        assert!(!has(&PLACES, "Acme Robotics"));
        assert!(has(&AUTHORITIES, "Securities and Exchange Commission"));
        assert!(has(&AUTHORITIES, "Autorité de la concurrence"));
        assert!(!has(&AUTHORITIES, "Bpifrance"));
    }

    #[test]
    fn plurals_of_nationalities_faiths_and_former_countries_are_no_organisations() {
        for key in [
            "italians",
            "allemands",
            "jewish",
            "musulmans",
            "zaire",
            "west germany",
        ] {
            assert!(is_place_or_demonym(key), "{key}");
        }
        // A plural needs a nationality of four letters or more behind it.
        assert!(!is_place_or_demonym("thales"));
        assert!(!is_place_or_demonym("bus"));
    }

    #[test]
    fn months_keep_their_calendar_order() {
        assert_eq!(MONTHS.words()[0], "janvier");
        assert_eq!(MONTHS.words()[12], "january");
        assert_eq!(MONTHS.words().len(), 24);
    }
}
