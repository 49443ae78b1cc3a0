//! News organisations quoted as sources. A news organisation is most often
//! the story's source ("told Reuters", "selon Les Echos", "Bloomberg
//! reported"), and then it is no party; but it can take part in a deal like
//! any company ("Mistral AI a noué un partenariat avec l'AFP", "LVMH a
//! racheté Les Echos"). A name of `data/names/media.txt` is read as a source
//! when a cue of `data/words/source_cues.txt` stands a few words before it
//! or right after it, when it stands in brackets (the wire dateline
//! "(Reuters)"), or when it closes the text on a line of its own (the wire
//! sign-off "Reuter").

use dealwire_core::tokens::{Kind, Token};

use crate::lexicon::{self, WordSet};

/// Cues of quoting: see `data/words/source_cues.txt`.
static SOURCE_CUES: WordSet = WordSet::new(include_str!("../../data/words/source_cues.txt"));

/// How many words before a name a cue may stand: "told the Financial
/// Times", "in an interview with Bloomberg", "a déclaré au Figaro".
const BEFORE: usize = 4;

/// Words that may stand between a name and a cue after it: auxiliaries
/// ("Reuters has learned", "l'AFP a appris") and the possessive ("Reuters'
/// calculations").
const AFTER_SKIP: [&str; 7] = ["has", "have", "had", "a", "avait", "'s", "'"];

/// Whether the news organisation named by `toks[first..last]` is quoted as
/// the story's source rather than named as a party; `toks` are the tokens
/// of `text`.
pub fn quoted_as_source(text: &str, toks: &[Token], first: usize, last: usize) -> bool {
    let bracketed =
        first > 0 && toks[first - 1].norm == "(" && toks.get(last).is_some_and(|t| t.norm == ")");
    let signed_off = first > 0
        && toks[last.min(toks.len())..]
            .iter()
            .all(|t| t.kind == Kind::Punct)
        && text
            .get(toks[first - 1].end..toks[first].start)
            .is_some_and(|gap| gap.contains('\n'));
    if bracketed || signed_off {
        return true;
    }
    let before = toks[first.saturating_sub(BEFORE)..first]
        .iter()
        .any(|t| lexicon::is(&SOURCE_CUES, &t.norm));
    // A cue after a comma tells of another subject ("avec l'AFP, a indiqué
    // le groupe").
    let after = toks[last.min(toks.len())..]
        .iter()
        .skip_while(|t| AFTER_SKIP.contains(&t.norm.as_str()))
        .take(1)
        .any(|t| lexicon::is(&SOURCE_CUES, &t.norm));
    before || after
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_core::tokens::tokenize;

    /// Whether `name`, as written in `text`, reads as quoted.
    fn quoted(text: &str, name: &str) -> bool {
        let toks = tokenize(text);
        let words = tokenize(name);
        let first = (0..toks.len())
            .find(|&i| toks[i..].iter().zip(&words).all(|(a, b)| a.norm == b.norm))
            .expect("name in text");
        quoted_as_source(text, &toks, first, first + words.len())
    }

    #[test]
    fn a_paper_told_or_cited_is_a_source() {
        assert!(quoted(
            "Two people told the Financial Times on Monday.",
            "Financial Times"
        ));
        assert!(quoted(
            "The talks are advanced, according to Bloomberg.",
            "Bloomberg"
        ));
        assert!(quoted("Selon Les Echos, le groupe négocie.", "Les Echos"));
        assert!(quoted("Il l'a confié au Figaro mardi.", "Figaro"));
        assert!(quoted(
            "In an interview with Reuters, she said so.",
            "Reuters"
        ));
    }

    #[test]
    fn a_paper_that_reports_or_learns_is_a_source() {
        assert!(quoted(
            "Reuters reported on Tuesday that talks stalled.",
            "Reuters"
        ));
        assert!(quoted("L'AFP a appris que la vente était signée.", "AFP"));
        assert!(quoted("Reuters' calculations show a premium.", "Reuters"));
        assert!(quoted("PARIS (AFP) Le groupe a signé.", "AFP"));
        assert!(quoted("The deal closed in May.\n Reuter", "Reuter"));
    }

    #[test]
    fn a_paper_bought_or_partnered_with_is_no_source() {
        assert!(!quoted(
            "Mistral AI a noué un partenariat avec l'AFP.",
            "AFP"
        ));
        assert!(!quoted("LVMH a racheté Les Echos en 2007.", "Les Echos"));
        assert!(!quoted("Un accord avec l'AFP, a indiqué le groupe.", "AFP"));
        assert!(!quoted(
            "OpenAI signed a licensing deal with the Financial Times.",
            "Financial Times"
        ));
    }
}
