//! Deal triggers: the predicate lexicon (`data/predicates/en.txt` and
//! `fr.txt`, extendable with a user file) maps the words and phrases that
//! say a deal happens to the frame (`role_map`) that reads its parties'
//! roles from the sentence.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;

use dealwire_core::tokens::{Token, tokenize};

use crate::error::Error;
use crate::lexicon::WordSet;
pub use crate::role_map::Frame;
use crate::role_map::{FRAMES, RoleMap};

/// The lexicons shipped in the binary, English then French.
const SHIPPED: &[(&str, &str)] = &[
    (
        "data/predicates/en.txt",
        include_str!("../data/predicates/en.txt"),
    ),
    (
        "data/predicates/fr.txt",
        include_str!("../data/predicates/fr.txt"),
    ),
    (
        "data/predicates/roles.txt",
        include_str!("../data/predicates/roles.txt"),
    ),
];

/// The most words a gap (`*` in a predicate) may span: room for a name and
/// a short description ("accueille le fonds lyonnais Halvern à son capital").
const MAX_GAP: usize = 8;

/// What may start at a word: the phrases it opens, longest first, the
/// phrases with a gap ("accueille * à son capital": the words before the
/// gap are the trigger, the gap holds its object, the words after must
/// follow it), and its own single-word frame.
#[derive(Clone, Default, Debug)]
struct Entry {
    phrases: Vec<(Vec<CompactString>, Frame)>,
    gapped: Vec<(Vec<Vec<CompactString>>, Frame)>,
    single: Option<Frame>,
}

/// The predicate lexicon, keyed by first word: one hash lookup per token.
#[derive(Clone, Debug)]
pub struct Predicates {
    index: Arc<HashMap<CompactString, Entry>>,
    roles: Arc<RoleMap>,
}

impl Default for Predicates {
    /// The shipped lexicon, parsed once per process.
    fn default() -> Self {
        static SHIPPED_INDEX: OnceLock<Predicates> = OnceLock::new();
        SHIPPED_INDEX
            .get_or_init(|| {
                let mut p = Predicates::empty();
                for (source, text) in SHIPPED {
                    // The shipped files are tested to parse (see the tests).
                    if let Err(e) = p.extend_from_str(text, source) {
                        tracing::error!(error = %e, "shipped predicate lexicon");
                    }
                }
                p
            })
            .clone()
    }
}

impl Predicates {
    fn empty() -> Self {
        Predicates {
            index: Arc::new(HashMap::default()),
            roles: Arc::new(RoleMap::default()),
        }
    }

    /// The role maps: each frame's deal type and which argument takes which
    /// role.
    pub fn roles(&self) -> &RoleMap {
        &self.roles
    }

    /// The shipped lexicon, extended with a user file when one is given.
    pub fn load(path: Option<&Path>) -> Result<Self, Error> {
        let mut p = Predicates::default();
        if let Some(path) = path {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Error::Predicates(format!("cannot read {}: {e}", path.display())))?;
            p.extend_from_str(&text, &path.display().to_string())?;
        }
        Ok(p)
    }

    /// Adds the predicates of lexicon text (`frame = predicate, ...` lines)
    /// and its role maps (`type` and `roles` lines, see
    /// `data/predicates/roles.txt`); a predicate listed again takes its new
    /// frame, and role rules added go before the earlier ones. `source`
    /// names the text in errors.
    pub fn extend_from_str(&mut self, text: &str, source: &str) -> Result<(), Error> {
        let index = Arc::make_mut(&mut self.index);
        let roles = Arc::make_mut(&mut self.roles);
        let mut added = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let at = || format!("{source}, line {}", n + 1);
            let (frame, predicates) = line.split_once('=').ok_or_else(|| {
                Error::Predicates(format!(
                    "{}: expected `frame = predicate, predicate, ...`, got {line:?}",
                    at()
                ))
            })?;
            let frame = frame.trim();
            if let Some((keyword, head)) = frame
                .split_once(' ')
                .filter(|(k, _)| matches!(*k, "type" | "roles"))
            {
                roles.read_line(keyword, head, predicates, &at(), &mut added)?;
                continue;
            }
            let frame = Frame::from_name(frame).ok_or_else(|| {
                let known: Vec<&str> = FRAMES.iter().map(|(n, _)| *n).collect();
                Error::Predicates(format!(
                    "{}: unknown frame {frame:?}; the frames are {}",
                    at(),
                    known.join(", ")
                ))
            })?;
            for predicate in predicates
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
            {
                // The words as the tokenizer writes them ("d'accord" is
                // "d'" then "accord").
                let words: Vec<CompactString> =
                    tokenize(predicate).into_iter().map(|t| t.norm).collect();
                let Some(first) = words.first().cloned() else {
                    continue;
                };
                if words.iter().any(|w| w == "*") {
                    let segments: Vec<Vec<CompactString>> = words
                        .split(|w| w == "*")
                        .map(<[CompactString]>::to_vec)
                        .collect();
                    if segments.iter().any(Vec::is_empty) {
                        return Err(Error::Predicates(format!(
                            "{}: a gap `*` stands between words, as in \
                             `accueille * à son capital`; got {predicate:?}",
                            at()
                        )));
                    }
                    let entry = index.entry(first).or_default();
                    entry.gapped.retain(|(w, _)| *w != segments);
                    entry.gapped.push((segments, frame));
                    continue;
                }
                let entry = index.entry(first).or_default();
                if words.len() == 1 {
                    entry.single = Some(frame);
                } else {
                    entry.phrases.retain(|(w, _)| *w != words);
                    entry.phrases.push((words, frame));
                    entry
                        .phrases
                        .sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
                }
            }
        }
        roles.prepend(added);
        Ok(())
    }

    /// The trigger starting at token `i`: its frame and how many tokens it
    /// spans.
    /// A phrase with a gap spans only its words before the gap.
    pub fn trigger_at(&self, toks: &[Token], i: usize) -> Option<(Frame, usize)> {
        let entry = self.index.get(toks.get(i)?.norm.as_str())?;
        // Adverbs right after the first word, counted once for every
        // phrase: "prend désormais le contrôle".
        let mut skipped: Option<usize> = None;
        for (words, frame) in &entry.phrases {
            if matches_at(toks, i, words) {
                // "joins the Kelmix group": a gapped phrase that opens with
                // the same words and matches to its end says more.
                if let Some((segments, gapped)) = entry.gapped.iter().find(|(segments, _)| {
                    segments[0].len() >= words.len() && gapped_at(toks, i, segments)
                }) {
                    return Some((*gapped, segments[0].len()));
                }
                return Some((*frame, words.len()));
            }
            let skip = *skipped.get_or_insert_with(|| adverbs_after(toks, i));
            if skip > 0 && matches_at(toks, i + 1 + skip, &words[1..]) {
                return Some((*frame, words.len() + skip));
            }
        }
        for (segments, frame) in &entry.gapped {
            if gapped_at(toks, i, segments) {
                return Some((*frame, segments[0].len()));
            }
        }
        entry.single.map(|f| (f, 1))
    }

    /// Every frame the lexicon uses.
    pub fn frames(&self) -> Vec<Frame> {
        let mut frames: Vec<Frame> = self
            .index
            .values()
            .flat_map(|e| {
                e.single
                    .into_iter()
                    .chain(e.phrases.iter().map(|p| p.1))
                    .chain(e.gapped.iter().map(|p| p.1))
            })
            .collect();
        frames.sort_by_key(|f| f.name());
        frames.dedup();
        frames
    }
}

/// Whether `words` stand in `toks` from `i` on.
fn matches_at(toks: &[Token], i: usize, words: &[CompactString]) -> bool {
    toks.len() >= i + words.len()
        && words
            .iter()
            .enumerate()
            .all(|(k, w)| toks[i + k].norm == *w)
}

/// How many adverbs (one or two) stand right after the word at `i`: a deal
/// phrase may hold them after its verb ("prend désormais le contrôle").
fn adverbs_after(toks: &[Token], i: usize) -> usize {
    (i + 1..toks.len().min(i + 3))
        .take_while(|&k| crate::lexicon::is(&crate::lexicon::PREVERBAL_ADVERBS, &toks[k].norm))
        .count()
}

/// Whether the segments of a gapped phrase stand in `toks` from `i` on,
/// each gap one to [`MAX_GAP`] tokens long, within the sentence and
/// naming no source ("from"; "a décroché auprès de Y un contrat" names
/// its customer in the gap).
fn gapped_at(toks: &[Token], i: usize, segments: &[Vec<CompactString>]) -> bool {
    let Some((first, rest)) = segments.split_first() else {
        return false;
    };
    if !matches_at(toks, i, first) {
        return false;
    }
    let mut at = i + first.len();
    for segment in rest {
        let found = (at + 1..=(at + MAX_GAP).min(toks.len()))
            // ("leased 20 jets from Kelmix to expand": a source named in
            // the gap says the phrase's last word belongs to another one.)
            .take_while(|&k| !matches!(toks[k - 1].norm.as_str(), "." | ";" | "?" | "!" | "from"))
            // ("licensed the rights to Y's drug": a "to" that a noun of
            // rights governs is that noun's, not the phrase's.)
            .find(|&k| {
                matches_at(toks, k, segment)
                    && !(segment.first().is_some_and(|w| w == "to")
                        && matches!(toks[k - 1].norm.as_str(), "rights" | "right" | "access"))
            });
        match found {
            Some(k) => at = k + segment.len(),
            None => return false,
        }
    }
    true
}

/// Words that name the thing a commercial deal buys.
pub static SERVICE_WORDS: WordSet = WordSet::new(include_str!("../data/words/service_words.txt"));

/// Words that name a contract won.
pub static CONTRACT_WORDS: WordSet = WordSet::new(include_str!("../data/words/contract_words.txt"));

pub use crate::lexicon::DEAL_NOUNS;

#[cfg(test)]
mod tests {
    use super::*;

    fn frame_of(p: &Predicates, text: &str) -> Option<(Frame, usize)> {
        p.trigger_at(&tokenize(text), 0)
    }

    #[test]
    fn the_shipped_lexicons_parse_and_use_every_frame() {
        for (source, text) in SHIPPED {
            let mut p = Predicates::empty();
            assert!(p.extend_from_str(text, source).is_ok(), "{source}");
        }
        let p = Predicates::default();
        assert_eq!(p.frames().len(), FRAMES.len());
        for (name, frame) in FRAMES {
            assert!(p.roles().covers(*frame), "no type or roles for {name}");
        }
    }

    #[test]
    fn phrases_win_over_their_first_word_and_forms_are_matched_as_written() {
        let p = Predicates::default();
        assert_eq!(
            frame_of(&p, "joint venture"),
            Some((Frame::JointVenture, 2))
        );
        assert_eq!(
            frame_of(&p, "protocole d'accord"),
            Some((Frame::Agreement, 3))
        );
        assert_eq!(frame_of(&p, "rachète"), Some((Frame::Acquire, 1)));
        assert_eq!(frame_of(&p, "Acquires"), Some((Frame::Acquire, 1)));
        assert_eq!(frame_of(&p, "table"), None);
    }

    #[test]
    fn a_gapped_phrase_spans_its_words_before_the_gap_when_the_rest_follows() {
        let p = Predicates::default();
        assert_eq!(
            frame_of(&p, "accueille le fonds Norlac à son capital"),
            Some((Frame::Welcome, 1))
        );
        assert_eq!(
            frame_of(&p, "fait entrer Norlac au capital de Pivéa"),
            Some((Frame::Welcome, 2))
        );
        // Nothing in the gap, the rest missing, or the rest too far.
        assert_eq!(frame_of(&p, "accueille à son capital"), None);
        assert_eq!(frame_of(&p, "accueille des visiteurs à son siège"), None);
        assert_eq!(
            frame_of(&p, "accueille a b c d e f g h i à son capital"),
            None
        );
        // Nor past the end of a sentence.
        assert_eq!(frame_of(&p, "accueille Norlac. À son capital"), None);
    }

    #[test]
    fn a_gapped_phrase_that_matches_wins_over_a_phrase_of_its_opening_words() {
        let p = Predicates::default();
        assert_eq!(
            frame_of(&p, "joins the Kelmix group"),
            Some((Frame::AcquiredBy, 2))
        );
        assert_eq!(
            frame_of(&p, "joins the consortium"),
            Some((Frame::JoinVenture, 2))
        );
    }

    #[test]
    fn a_gap_must_stand_between_words() {
        let mut p = Predicates::default();
        let e = p
            .extend_from_str("welcome = * à son capital\n", "mine.txt")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("mine.txt, line 1") && e.contains("gap"), "{e}");
        assert!(
            p.extend_from_str("welcome = hosts * as an investor\n", "mine.txt")
                .is_ok()
        );
        assert_eq!(
            frame_of(&p, "hosts Norlac as an investor"),
            Some((Frame::Welcome, 1))
        );
    }

    #[test]
    fn a_user_file_adds_predicates_and_may_change_a_frame() {
        let mut p = Predicates::default();
        let added = p.extend_from_str(
            "# mine\nacquire = hoover up, hoovered up\nsupply = deal\n",
            "mine",
        );
        assert!(added.is_ok());
        assert_eq!(frame_of(&p, "hoovered up"), Some((Frame::Acquire, 2)));
        assert_eq!(frame_of(&Predicates::default(), "hoovered up"), None);
        assert_eq!(frame_of(&p, "deal"), Some((Frame::Supply, 1)));
        // The shipped lexicon itself is unchanged.
        assert_eq!(
            frame_of(&Predicates::default(), "deal"),
            Some((Frame::Agreement, 1))
        );
    }

    #[test]
    fn a_bad_line_is_named_with_what_to_fix() {
        let mut p = Predicates::default();
        let e = p
            .extend_from_str("acquire = buy\npurchase = snap up\n", "mine.txt")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.contains("mine.txt, line 2") && e.contains("unknown frame \"purchase\""),
            "{e}"
        );
        assert!(e.contains("acquire, sell"), "{e}");
        let e = p
            .extend_from_str("snap up\n", "mine.txt")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("expected `frame = predicate"), "{e}");
    }
}
