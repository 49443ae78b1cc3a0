//! What a whole article says about how it writes words, gathered before its
//! sentences are read: which capitalised words it also writes in lowercase,
//! which it capitalises inside sentences, and which name projects.

use compact_str::CompactString;
use dealwire_core::names::LEGAL_SUFFIXES;
use dealwire_core::tokens::{Kind, Token};

use crate::lexicon;
use rustc_hash::FxHashSet as HashSet;

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
    /// Surnames of the people the article names in full ("Quinn" after
    /// "Noel Quinn"): alone later, they still name the person.
    pub surnames: HashSet<CompactString>,
    /// First words of the two-word company names the article writes
    /// ("Harlan" of "Harlan Group", "Harlan Corp"): alone later, they still
    /// name the company, even when they are given names too.
    pub company_first_words: HashSet<CompactString>,
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
            if let Some(surname) = surname_after(toks, k) {
                self.surnames.insert(surname.clone());
            }
            let opens = k == 0 || !toks[k - 1].is_capitalized();
            // ("Taft Broadcasting Co": a legal form may close it.)
            let closes = toks.get(k + 2).is_none_or(|n| {
                !n.is_capitalized()
                    || (LEGAL_SUFFIXES.contains(&n.norm.trim_end_matches('.'))
                        && toks.get(k + 3).is_none_or(|m| !m.is_capitalized()))
            });
            if opens
                && closes
                && t.kind == Kind::Word
                && toks.get(k + 1).is_some_and(|n| {
                    n.is_capitalized()
                        && (lexicon::is_org_head(&n.norm)
                            || LEGAL_SUFFIXES.contains(&n.norm.trim_end_matches('.')))
                })
                && !self.company_first_words.contains(&t.norm)
            {
                self.company_first_words.insert(t.norm.clone());
            }
            // Look before inserting: most words repeat, and a clone per
            // token was a large share of the pipeline's allocations.
            if !self.capitalized.contains(&t.norm) {
                self.capitalized.insert(t.norm.clone());
            }
            let prev = k.checked_sub(1).map(|p| &toks[p]);
            // (Nor after a dateline's dash: "LONDON, Feb 2 - Private equity
            // firms" opens its sentence there.)
            if prev.is_some_and(|p| !p.is_punct('«') && !p.is_punct('"'))
                && !after_dateline(toks, k)
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
            // ("Brightwell Energy, Inc. ("Brightwell"), ...": in brackets,
            // the short name a press release defines for the company.)
            if prev.is_some_and(|p| p.is_punct('«') || p.is_punct('"') || p.is_punct('“'))
                && !(k >= 3
                    && toks[k - 2].is_punct('(')
                    && (toks[k - 3].is_capitalized() || toks[k - 3].is_punct('.')))
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
            for (k, t) in toks.iter().enumerate() {
                if t.kind == Kind::Word
                    && !t.is_capitalized()
                    && self.capitalized.contains(&t.norm)
                    && !self.lowercase.contains(&t.norm)
                    && !in_address(toks, k)
                {
                    self.lowercase.insert(t.norm.clone());
                }
            }
        }
    }
}

/// Whether the word at token `k` is part of a web or mail address
/// ("www.kelmix.com", "press@kelmix.com"): glued to a dot or an "@" with
/// more of the address on the other side. A company writes its name in
/// lowercase there, which says nothing of its name being a common word.
fn in_address(toks: &[Token], k: usize) -> bool {
    let glued = |a: &Token, b: &Token| a.end == b.start;
    let joint = |t: &Token| t.is_punct('.') || t.is_punct('@');
    let before = k >= 2
        && joint(&toks[k - 1])
        && glued(&toks[k - 1], &toks[k])
        && glued(&toks[k - 2], &toks[k - 1]);
    let after = toks.get(k + 2).is_some_and(|next| {
        joint(&toks[k + 1]) && glued(&toks[k], &toks[k + 1]) && glued(&toks[k + 1], next)
    });
    before || after
}

/// Whether token `first` comes right after a dateline's dash ("LONDON, Feb
/// 2 - ", "PARIS, March 3 (Newswire) - "): a place in capitals opening the
/// text, then a date, within a dozen tokens.
pub(super) fn after_dateline(toks: &[Token], first: usize) -> bool {
    (3..=14).contains(&first)
        && matches!(toks[first - 1].norm.as_str(), "-" | "–" | "—")
        && toks[0].kind == Kind::Word
        && toks[0].is_capitalized()
        // (The place's comma or bracket: "Shares of 7-Eleven" is no
        // dateline.)
        && (toks[1].is_punct(',') || toks[1].is_punct('('))
        && toks[1..first - 1].iter().any(|t| {
            t.kind == Kind::Number
                || lexicon::MONTHS.contains(t.norm.trim_end_matches('.'))
                || lexicon::is(&lexicon::MONTH_ABBREVIATIONS, t.norm.trim_end_matches('.'))
        })
}

/// The surname of a person named from token `k` on: a given name, then one
/// or two capitalised words ("Noel Quinn", "Margherita Della Valle"), the
/// last of which does not end a company's name; or, after a title, one
/// word alone ("President Reagan").
fn surname_after(toks: &[Token], k: usize) -> Option<&CompactString> {
    let given = &toks[k].norm;
    // After a title ("President Reagan", "Commerce Secretary Malcolm
    // Baldrige") the name may be a surname alone.
    // "la famille Ambrosi" names people, but a family's name is often its
    // company's too: it makes no surname to rule out elsewhere.
    let title = k > 0
        && lexicon::is(
            &lexicon::PERSON_CUES,
            toks[k - 1].norm.trim_end_matches('.'),
        )
        && !matches!(toks[k - 1].norm.as_str(), "famille" | "family")
        // ("$50M From Norlac": a sum's "M" is no "M." before a name.)
        && !(k > 1 && matches!(toks[k - 2].kind, Kind::Number | Kind::Currency));
    // ("General Manuel Belgrano": a rank that opens company names too,
    // before a given name.)
    let rank = k > 0 && lexicon::rank_before_given_name(&toks[k - 1].norm, given);
    if k > 0 && toks[k - 1].is_capitalized() && !title && !rank {
        return None;
    }
    // ("dévoilé à Paris Helion, une coentreprise", "unveiled in
    // Washington Helion, a joint venture": a place after its preposition,
    // though a given name too, opens no person's name before the comma of
    // an apposition.)
    if k > 0
        && toks.get(k + 2).is_some_and(|c| c.is_punct(','))
        && lexicon::is(&lexicon::LOCATIVES, &toks[k - 1].norm)
        && lexicon::is_place_or_demonym(given)
    {
        return None;
    }
    let initial = |j: usize| middle_initial(toks, j);
    // ("IBC president Jorio Dauster": after a title, a given name the
    // lists lack; "President Reagan": a surname that is a given name too;
    // "Delwyn J. Langejans": a middle initial says a given name opens.)
    if !title && !lexicon::is_given_name(given) && !initial(k + 1) {
        return None;
    }
    let mut end = k + 1;
    let mut words = 1;
    while end < toks.len() && words < 4 {
        if initial(end) {
            end += 2;
        } else if toks[end].is_capitalized() {
            end += 1;
            words += 1;
        } else {
            break;
        }
    }
    if words == 4 || (end == k + 1 && !title) {
        return None;
    }
    let last = &toks[end - 1].norm;
    let company = lexicon::is_org_head(last)
        || LEGAL_SUFFIXES.contains(&last.as_str())
        || lexicon::PLACES.contains_key(last);
    (!company && toks[end - 1].kind == Kind::Word).then_some(last)
}

/// Whether token `j` opens a middle initial inside a person's name, a
/// capital letter and its full stop before a capitalised word ("David W.
/// Snoke").
pub fn middle_initial(toks: &[Token], j: usize) -> bool {
    toks.get(j)
        .is_some_and(|t| t.kind == Kind::Word && t.norm.len() == 1 && t.is_capitalized())
        && toks.get(j + 1).is_some_and(|t| t.is_punct('.'))
        && toks
            .get(j + 2)
            .is_some_and(|t| t.is_capitalized() && t.kind == Kind::Word)
}
