//! Word lists the stages share: words that are capitalised without naming an
//! organisation, places, people's titles and first names, and the cues that
//! mark a description of an organisation. Every list is lowercase.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// Capitalised words that never start an organisation's name: determiners,
/// pronouns, prepositions and other words that open sentences and titles.
pub static STOP_CAPS: WordSet = WordSet::new(include_str!("../data/words/stop_caps.txt"));

/// Acronyms and capitalised words that are not organisations.
pub static NOT_ORGS: WordSet = WordSet::new(include_str!("../data/words/not_orgs.txt"));

/// Words after which a capitalised name is a person: titles and honorifics.
pub static PERSON_CUES: WordSet = WordSet::new(include_str!("../data/words/person_cues.txt"));

/// Common first names: a capitalised pair that starts with one is a person.
pub static FIRST_NAMES: WordSet = WordSet::new(include_str!("../data/words/first_names.txt"));

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

/// Words and phrases that are capitalised but never an organisation.
pub fn not_org(word: &str) -> bool {
    NOT_ORGS.contains(word) || MONTHS.contains(word)
}

/// Whether `word` is in `list`.
pub fn is(list: &WordSet, word: &str) -> bool {
    list.contains(word)
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
            let words: Vec<&'static str> = self
                .text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
            let set = words.iter().copied().collect();
            Parsed { words, set }
        })
    }

    /// Whether the set holds `word`.
    pub fn contains(&self, word: &str) -> bool {
        self.parsed().set.contains(word)
    }

    /// The words, in the order written.
    pub fn words(&self) -> &[&'static str] {
        &self.parsed().words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn months_keep_their_calendar_order() {
        assert_eq!(MONTHS.words()[0], "janvier");
        assert_eq!(MONTHS.words()[12], "january");
        assert_eq!(MONTHS.words().len(), 24);
    }
}
