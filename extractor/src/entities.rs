//! Organisations: known ones through the alias table, unknown ones from the
//! text itself (runs of capitalised words that are not places, people or
//! sentence openers), and the article-level table that makes every mention
//! of one organisation resolve to one canonical name ("Acacia" and "Acacia
//! Communications Inc", "ACS" after "Affiliated Computer Services (ACS)").

use compact_str::CompactString;
use dealwire_core::names::{Aliases, LEGAL_SUFFIXES};
use dealwire_core::tokens::{Kind, Token};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::lexicon::{self, PERSON_CUES, STOP_CAPS};
use crate::ner::{self, Label, features::Prepared};

/// An organisation named in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgMention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The name as written, legal suffix removed.
    pub surface: String,
    /// Canonical name from the alias table, when known.
    pub known: Option<String>,
}

/// What the whole article says about names, gathered before sentences are
/// read one by one: [`ArticleVocabulary::observe`] every sentence, then
/// [`ArticleVocabulary::finish`] once.
#[derive(Default, Debug)]
pub struct ArticleVocabulary {
    /// Words the article writes in lowercase somewhere, among those it also
    /// capitalises (only those are ever asked about).
    pub lowercase: HashSet<CompactString>,
    /// Words the article capitalises somewhere other than a sentence start.
    pub capitalized_inside: HashSet<CompactString>,
    /// Names of projects and vehicles ("le projet Stargate", «Cristal»), which
    /// are not parties.
    pub vehicles: HashSet<CompactString>,
    /// Every word the article capitalises.
    capitalized: HashSet<CompactString>,
}

impl ArticleVocabulary {
    /// Learns from one tokenized sentence.
    pub fn observe(&mut self, toks: &[Token]) {
        for (k, t) in toks.iter().enumerate() {
            if !t.is_capitalized() {
                continue;
            }
            // Look before inserting: most words repeat, and a clone per
            // token was a large share of the pipeline's allocations.
            if !self.capitalized.contains(&t.norm) {
                self.capitalized.insert(t.norm.clone());
            }
            let prev = k.checked_sub(1).map(|p| &toks[p]);
            if prev.is_some_and(|p| !p.is_punct('«') && !p.is_punct('"'))
                && !self.capitalized_inside.contains(&t.norm)
            {
                self.capitalized_inside.insert(t.norm.clone());
            }
            if prev.is_some_and(|p| {
                matches!(
                    p.norm.as_str(),
                    "projet" | "project" | "programme" | "program" | "initiative"
                )
            }) {
                self.vehicles.insert(t.norm.clone());
            }
            // A single capitalised word in quotes: «Stargate», «Cristal».
            if prev.is_some_and(|p| p.is_punct('«') || p.is_punct('"') || p.is_punct('“'))
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_punct('»') || n.is_punct('"') || n.is_punct('”'))
            {
                self.vehicles.insert(t.norm.clone());
            }
        }
    }

    /// Learns which capitalised words the article also writes in lowercase,
    /// once every sentence is observed. Only the few capitalised words are
    /// kept, rather than every lowercase word of the article.
    pub fn finish<'t>(&mut self, sentences: impl IntoIterator<Item = &'t [Token]>) {
        for toks in sentences {
            for t in toks {
                if t.kind == Kind::Word
                    && !t.is_capitalized()
                    && self.capitalized.contains(&t.norm)
                    && !self.lowercase.contains(&t.norm)
                {
                    self.lowercase.insert(t.norm.clone());
                }
            }
        }
    }
}

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
    for (text, toks) in sentences.clone() {
        // A sentence in capitals says nothing of how words are written.
        if !is_all_caps(toks, text) {
            vocab.observe(toks);
        }
    }
    vocab.finish(sentences.clone().map(|(_, toks)| toks));
    sentences
        .map(|(text, toks)| SentenceNames {
            orgs: find_orgs(toks, text, aliases, &vocab),
            labels: if with_labels {
                let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
                let prepared = Prepared::new(words, &|w| vocab.lowercase.contains(w));
                ner::shipped_model().label(&prepared)
            } else {
                Vec::new()
            },
        })
        .collect()
}

/// Finds the organisations named in one sentence.
pub fn find_orgs(
    toks: &[Token],
    text: &str,
    aliases: &Aliases,
    vocab: &ArticleVocabulary,
) -> Vec<OrgMention> {
    let mut out = Vec::new();
    let headline = is_headline(toks);
    let shouting = is_all_caps(toks, text);
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let upper = t.is_capitalized();
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
        // A title is not a name ("CEO", "Président"), and neither is the
        // person after it (see `unknown_org`).
        if lexicon::is(&PERSON_CUES, t.norm.trim_end_matches('.')) && !t.norm.contains('.') {
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
        if headline && headline_break(&t.norm, vocab) {
            i += 1;
            continue;
        }
        let mut run_end = capital_run(toks, i);
        if headline {
            run_end = headline_run_end(toks, i, run_end, vocab);
        }
        if let Some(m) = unknown_org(toks, text, i, run_end, vocab) {
            out.push(m);
        }
        i = run_end.max(i + 1);
    }
    out
}

/// A name as a reader writes it: a line break or a run of spaces inside it
/// (hard-wrapped newswire) becomes one space.
fn as_written(span: &str) -> String {
    span.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether token `i` is ticker markup: a word directly inside angle brackets
/// ("<FEBC>", "<FRMS.ST>"), which newswires put after a company's name.
fn is_ticker(toks: &[Token], i: usize) -> bool {
    i > 0
        && toks[i - 1].is_punct('<')
        && toks[i - 1].end == toks[i].start
        && toks
            .get(i + 1)
            .is_some_and(|c| c.is_punct('>') && c.start == toks[i].end)
}

/// Whether a sentence is written in capitals ("ACME TO BUY GLOBEX UNIT"):
/// at least three words of two letters or more, four in five of them with
/// no small letter.
fn is_all_caps(toks: &[Token], text: &str) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for t in toks.iter().filter(|t| t.kind == Kind::Word) {
        let w = t.text(text);
        if w.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            continue;
        }
        words += 1;
        if !w.chars().any(char::is_lowercase) {
            caps += 1;
        }
    }
    words >= 3 && caps * 5 >= words * 4
}

/// Whether a sentence is a headline in Title Case ("Acme Agrees To Buy
/// Globex Unit"): most of its words, short ones included, start with a
/// capital. There capitals do not mark names, so runs are cut shorter.
fn is_headline(toks: &[Token]) -> bool {
    let words: Vec<&Token> = toks
        .iter()
        .filter(|t| t.kind == Kind::Word && t.norm.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let capitalized = words.iter().filter(|t| t.is_capitalized()).count();
    let short_capitalized = words
        .iter()
        .skip(1)
        .any(|t| t.is_capitalized() && lexicon::is(&lexicon::HEADLINE_BREAKS, &t.norm));
    words.len() >= 4 && capitalized * 10 >= words.len() * 7 && short_capitalized
}

/// Where a name starting at `i` ends in a headline: at the first short word
/// ("To", "In") or the first word the article also writes in lowercase
/// ("Agrees", "Buy"), within the run of capitals ending at `run_end`.
fn headline_run_end(toks: &[Token], i: usize, run_end: usize, vocab: &ArticleVocabulary) -> usize {
    (i + 1..run_end)
        .find(|&j| toks[j].is_capitalized() && headline_break(&toks[j].norm, vocab))
        .unwrap_or(run_end)
}

/// A headline word that is not part of a name: a short word, or one the
/// article also writes in lowercase.
fn headline_break(word: &str, vocab: &ArticleVocabulary) -> bool {
    lexicon::is(&lexicon::HEADLINE_BREAKS, word) || vocab.lowercase.contains(word)
}

/// Legal suffixes after a known name belong to it: "Xerox Corp.".
fn extend_suffix(toks: &[Token], mut end: usize) -> usize {
    while let Some(t) = toks.get(end) {
        if LEGAL_SUFFIXES.contains(&t.norm.as_str()) && t.norm != "&" {
            end += 1;
            if toks
                .get(end)
                .is_some_and(|n| n.is_punct('.') && toks.get(end + 1).is_some())
            {
                // "Corp." inside a sentence: the dot is the abbreviation's.
                end += 1;
            }
        } else {
            break;
        }
    }
    end
}

/// Where a name ends once the legal form that follows it is counted in
/// ("Becton Dickinson & Co", "Acme Corp."): the finder leaves the form out
/// of the name it reports, but a reader counts it as part of the name. A
/// dot belongs to the form only when written against it.
pub fn legal_form_end(toks: &[Token], mut end: usize) -> usize {
    let is_form = |t: &Token| LEGAL_SUFFIXES.contains(&t.norm.as_str()) && t.norm != "&";
    loop {
        match toks.get(end) {
            Some(t) if is_form(t) => end += 1,
            Some(t) if t.norm == "&" && toks.get(end + 1).is_some_and(is_form) => end += 2,
            _ => break,
        }
        if let (Some(dot), Some(form)) = (toks.get(end), toks.get(end - 1))
            && dot.is_punct('.')
            && dot.start == form.end
        {
            end += 1;
        }
    }
    end
}

/// End of a run of capitalised words, joined by "&" or by "de/des/du" between
/// two capitalised words ("Caisse des Dépôts").
fn capital_run(toks: &[Token], i: usize) -> usize {
    let mut j = i;
    while j < toks.len() {
        let t = &toks[j];
        let cap = t.is_capitalized()
            || (t.kind == Kind::Word && t.norm.chars().any(|c| c.is_ascii_digit()) && j > i);
        // "E.F. Hutton", "J.P. Morgan": initials keep their closing dot and
        // the name goes on.
        if cap
            && t.norm.contains('.')
            && t.norm.chars().all(|c| c == '.' || c.is_alphabetic())
            && toks
                .get(j + 1)
                .is_some_and(|d| d.is_punct('.') && d.start == t.end)
            && toks.get(j + 2).is_some_and(Token::is_capitalized)
        {
            j += 2;
            continue;
        }
        if cap && j > i && lexicon::is(&PERSON_CUES, t.norm.trim_end_matches('.')) {
            // "Acme CEO Jane Doe": a title ends the company's name, and
            // what follows it is a person.
            break;
        } else if cap {
            j += 1;
        } else if j > i
            && (t.norm == "&" || matches!(t.norm.as_str(), "de" | "des" | "du" | "for" | "of"))
            && toks.get(j + 1).is_some_and(|n| n.is_capitalized())
            && !matches!(
                toks[j + 1].norm.as_str(),
                "la" | "le" | "les" | "l'" | "the"
            )
        {
            j += 2;
        } else if j > i
            && matches!(t.norm.as_str(), "and" | "et")
            && toks.get(j + 1).is_some_and(Token::is_capitalized)
        {
            // "Securities and Exchange Commission", "Corroon and Black Corp":
            // "and" joins two runs when the name it makes ends the way an
            // organisation's does; otherwise it lists two names.
            let end = capital_run(toks, j + 1);
            let head = &toks[end - 1].norm;
            if lexicon::is(&lexicon::ORG_HEADS, head) || LEGAL_SUFFIXES.contains(&head.as_str()) {
                j = end;
            }
            break;
        } else {
            break;
        }
    }
    j
}

fn unknown_org(
    toks: &[Token],
    text: &str,
    i: usize,
    end: usize,
    vocab: &ArticleVocabulary,
) -> Option<OrgMention> {
    let mut first = i;
    // Sentence openers and determiners are not part of the name.
    while first < end
        && (lexicon::is(&STOP_CAPS, &toks[first].norm)
            || lexicon::not_org(&toks[first].norm)
            || toks[first].norm.ends_with("-based"))
    {
        // "Les Docks Numériques" inside a sentence keeps its article.
        if first > 0
            && matches!(toks[first].norm.as_str(), "les" | "la" | "le")
            && first + 1 < end
            && first == i
        {
            break;
        }
        first += 1;
    }
    // What the openers leave behind may start with a dot ("U.S. Treasury").
    while first < end && toks[first].kind == Kind::Punct {
        first += 1;
    }
    let mut last = end;
    while last > first
        && (toks[last - 1].norm.ends_with("-based")
            || toks[last - 1].norm.ends_with("-headquartered"))
    {
        last -= 1;
    }
    let before_suffix = last;
    while last > first && LEGAL_SUFFIXES.contains(&toks[last - 1].norm.as_str()) {
        last -= 1;
    }
    // "Telmira Inc", "Velmor SA": a legal form says it is a company.
    let legal = last < before_suffix;
    if first >= last {
        return None;
    }
    let words: Vec<&str> = toks[first..last].iter().map(|t| t.norm.as_str()).collect();
    let joined = words.join(" ");
    if lexicon::not_org(&joined)
        || words
            .iter()
            .all(|w| lexicon::not_org(w) || lexicon::is(&STOP_CAPS, w))
    {
        return None;
    }
    if words.iter().any(|w| w.ends_with("-based")) || vocab.vehicles.contains(words[0]) {
        return None;
    }
    // A head word alone ("Commission", "Institute", "Group") names nothing.
    if last - first == 1 && lexicon::is(&lexicon::ORG_HEADS, words[0]) {
        return None;
    }
    // Places and nationalities ("Mexico", "Soviet Union", "Japanese"); a town
    // that is also a company's name only after "in", "à"...
    let name = &toks[first..last];
    if lexicon::PLACES.contains_tokens(name)
        || lexicon::DEMONYMS.contains_tokens(name)
        || (lexicon::TOWNS.contains_tokens(name)
            && first > 0
            && lexicon::is(&lexicon::LOCATIVES, &toks[first - 1].norm))
    {
        return None;
    }
    // People: a first name opens the run, or a title stands before it.
    if lexicon::is_first_name(words[0]) && (words.len() >= 2 || first > 0) {
        return None;
    }
    if first > 0 && lexicon::is(&PERSON_CUES, toks[first - 1].norm.trim_end_matches('.')) {
        return None;
    }
    if first > 0
        && toks[first - 1].is_punct('.')
        && first > 1
        && matches!(toks[first - 2].norm.as_str(), "m" | "mr" | "dr")
    {
        return None;
    }
    // Quoted single words are products or projects («Cristal»).
    if first > 0
        && (toks[first - 1].is_punct('«') || toks[first - 1].is_punct('“'))
        && last - first == 1
    {
        return None;
    }
    // A lone capitalised word must look like a name: not a common word the
    // article writes in lowercase elsewhere, and at a sentence start, written
    // with a capital elsewhere too or shaped like a name (OpenAI, IBM).
    if last - first == 1 && !legal && !appositive(toks, last) {
        let t = &toks[first];
        let word = t.text(text);
        let shaped = word.chars().skip(1).any(char::is_uppercase)
            || word.chars().any(|c| c.is_ascii_digit());
        if vocab.lowercase.contains(&t.norm) && !shaped {
            return None;
        }
        // At a sentence start, a common word is capitalised too; the article
        // writing it in lowercase elsewhere, or it being a function word,
        // tells them apart (checked above and below).
        let next = toks.get(last).map_or("", |n| n.norm.as_str());
        let subject = lexicon::is(&SUBJECT_FOLLOWERS, next);
        if first == 0 && !shaped && !vocab.capitalized_inside.contains(&t.norm) && !subject {
            return None;
        }
        if word.chars().count() < 2 {
            return None;
        }
    }
    let surface = as_written(&text[toks[first].start..toks[last - 1].end]);
    Some(OrgMention {
        first,
        last,
        surface,
        known: None,
    })
}

/// "Orbitek, une start-up de Lausanne", "Velmor, a Paris-based maker": a
/// description in apposition says the name before it is an organisation.
fn appositive(toks: &[Token], after: usize) -> bool {
    if !toks.get(after).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    let det = toks.get(after + 1).map_or("", |t| t.norm.as_str());
    if !matches!(det, "un" | "une" | "le" | "la" | "l'" | "a" | "an" | "the") {
        return false;
    }
    toks[after + 2..toks.len().min(after + 5)].iter().any(|t| {
        lexicon::is(&lexicon::DESCRIPTION_HEADS, &t.norm)
            || t.norm.ends_with("-based")
            || t.norm.ends_with("-headquartered")
    })
}

/// Words that follow a subject: a capitalised word before them at a sentence
/// start names who acts ("Globex has agreed", "Quantix lève").
static SUBJECT_FOLLOWERS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../data/words/subject_followers.txt"));

/// Resolves every mention of an article to one canonical name per
/// organisation.
#[derive(Debug, Default)]
pub struct EntityTable {
    canonical: HashMap<String, String>,
}

impl EntityTable {
    /// Builds the table from all the mentions of an article.
    pub fn build(mentions: &[OrgMention], acronyms: &[(String, String)]) -> Self {
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
            v.into_iter().map(|s| (s.to_lowercase(), s)).collect()
        };
        let mut longer: HashMap<&str, String> = HashMap::default();
        for m in mentions {
            let key = m.surface.to_lowercase();
            let name = match &m.known {
                Some(k) => k.clone(),
                None => longer
                    .entry(m.surface.as_str())
                    .or_insert_with(|| {
                        longer_form(&key, &unknown)
                            .unwrap_or(&m.surface)
                            .to_string()
                    })
                    .clone(),
            };
            canonical.insert(key, name);
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
}

/// The one longer name that starts with `short` ("Rivian" for "Rivian
/// Automotive"); `short` and the names' first halves are lowercase.
fn longer_form<'a>(short: &str, names: &[(String, &'a str)]) -> Option<&'a str> {
    let mut hits = names.iter().filter(|(lower, _)| {
        lower.len() > short.len()
            && lower.starts_with(short)
            && lower.as_bytes()[short.len()] == b' '
    });
    let first = hits.next()?;
    hits.next().is_none().then_some(first.1)
}

/// Pairs `(ACRONYM, long name)` written as "Long Name (ACRONYM)".
pub fn acronyms(toks: &[Token], text: &str, orgs: &[OrgMention]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for m in orgs {
        let (Some(open), Some(word), Some(close)) =
            (toks.get(m.last), toks.get(m.last + 1), toks.get(m.last + 2))
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
        let table = EntityTable::build(&[orgs, vec![short.clone()]].concat(), &acr);
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
        let table = EntityTable::build(&[m.clone(), long], &[]);
        assert_eq!(table.resolve(&m), "Cabot Microelectronics");
    }
}
