//! Turns an article into the text the extractor reads and splits it into
//! sentences with byte offsets into that text.
//!
//! Newlines end a sentence (titles and captions have no full stop), except in
//! hard-wrapped text, where most lines stop mid-sentence; there only blank
//! lines and sentence punctuation do.

use dealwire_core::tokens::name_cased;

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "st", "inc", "corp", "co", "ltd",
    "jr", "sr", "no", "vs", "etc", "cf", "p", "env", "jan", "feb", "fév", "mar", "apr", "avr",
    "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov", "dec", "déc", "u.s", "u.k", "e.g",
    "i.e", "gen", "gov", "sen", "rep", "approx",
];

/// A sentence: a byte range of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
}

/// Whether most lines of `text` stop mid-sentence, as in hard-wrapped wire copy.
fn is_hard_wrapped(text: &str) -> bool {
    let (mut lines, mut open, mut short) = (0usize, 0usize, 0usize);
    for l in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        open += usize::from(!l.ends_with(['.', '!', '?', ':', '»', '"', '”', ')']));
        // Counting chars only when the bytes could exceed 80.
        short += usize::from(l.len() <= 80 || l.chars().count() <= 80);
    }
    lines >= 5 && open * 2 > lines && short * 10 >= lines * 9
}

/// Bytes that may end a sentence: a newline, `.`, `!`, `?`, and the first
/// byte of `…`. Everything else is skipped without decoding, one table load
/// per byte.
static MAY_END: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE2] = true;
    t
};

/// Openers of a line that links to another story: see
/// `data/words/teaser_openers.txt`.
static TEASER_OPENERS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    include_str!("../data/words/teaser_openers.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
});

/// Whether a sentence is a link to another story ("À lire aussi : ...",
/// "Read more: ..."), whose headline tells that story's deals, not this
/// one's.
pub fn is_teaser(sentence: &str) -> bool {
    // Asked of every sentence: one whose first letter opens no teaser is
    // turned away before any lowercase copy is made.
    let Some(first) = sentence
        .chars()
        .next()
        .and_then(|c| c.to_lowercase().next())
    else {
        return false;
    };
    if !TEASER_OPENERS.iter().any(|o| o.starts_with(first)) {
        return false;
    }
    let head: String = sentence.chars().take(24).collect::<String>().to_lowercase();
    let head = head.replace('\u{2019}', "'");
    TEASER_OPENERS.iter().any(|o| head.starts_with(o.as_str()))
}

/// Splits `text` into sentences.
pub fn sentences(text: &str) -> Vec<Span> {
    let wrapped = is_hard_wrapped(text);
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    // Inside a list a line ending in a colon opens ("Investors include:\n-
    // A\n- B"): its items stay in that sentence.
    let mut in_list = false;
    while i < bytes.len() {
        if !MAY_END[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
        let boundary_end = match bytes[i] {
            b'\n' => {
                // Only the next line is looked at: scanning the whole rest
                // of the text at every newline made long articles quadratic.
                let rest = &text[i + 1..];
                let blank = rest
                    .find('\n')
                    .is_some_and(|p| rest[..p].chars().all(char::is_whitespace));
                let item_next = next_line_is_list(rest);
                in_list = item_next && (in_list || text[start..i].trim_end().ends_with(':'));
                (!in_list && (!wrapped || blank || item_next)).then_some(i)
            }
            0xE2 if !text[i..].starts_with('…') => None,
            b => {
                let stop = if b == 0xE2 { '…' } else { char::from(b) };
                let mut end = i + stop.len_utf8();
                // Closing quotes and brackets belong to the sentence they close.
                for n in text[end..].chars() {
                    if matches!(n, '»' | '"' | '”' | '\'' | ')' | '’') {
                        end += n.len_utf8();
                    } else {
                        break;
                    }
                }
                let next = text[end..].trim_start();
                let spaced = end < text.len() && next.len() < text.len() - end;
                let starts_new = next.chars().next().is_some_and(|n| {
                    n.is_uppercase()
                        // "eBay bought it": a brand in camel case.
                        || next.split(' ').next().is_some_and(name_cased)
                        || n.is_ascii_digit()
                        || matches!(n, '«' | '"' | '“' | '(' | '[' | '-' | '—' | '\n' | '\r')
                });
                // "... bought Orbis Ltd. The deal ...", "... in the U.S. It
                // said": after a company's abbreviation or initials, a word
                // that opens sentences starts a new one.
                // "... to its partner, Toyobo Co.\n Reuter": a text's last
                // word alone after a name's abbreviation is a sign-off
                // (looked at only there: every full stop passes here).
                // A sign-off stands on a line of its own: "U.S. Steel." ending
                // a sentence is a name.
                let sign_off = || {
                    let rest = next.trim_end();
                    let on_new_line = text[end..text.len() - next.len()].contains('\n');
                    on_new_line && !rest.is_empty() && !rest.contains(char::is_whitespace)
                };
                // "... McDermott International Inc.\n    Among the ...": a
                // new paragraph (a blank line or an indented line) after a
                // name's abbreviation starts a new sentence.
                let paragraph = || {
                    let gap = &text[end..text.len() - next.len()];
                    gap.contains("\n\n") || gap.contains("\n  ") || gap.contains("\n\t")
                };
                let abbreviated = b == b'.' && {
                    let word = word_before(&text[start..i]);
                    let closes_name = ends_name(word) || model_letter(&text[start..i], word);
                    is_abbreviation(word)
                        && !(closes_name && (opens_sentence(next) || sign_off() || paragraph()))
                        && !series_letter(&text[start..i], word)
                };
                let ends = spaced && starts_new && !abbreviated;
                // The closing quotes are part of this sentence either way.
                let boundary = ends.then_some(end);
                i = end - 1;
                boundary
            }
        };
        if let Some(end) = boundary_end {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
        i += 1;
    }
    push_trimmed(text, start, bytes.len(), &mut out);
    out
}

/// The word a full stop follows, its inner dots included ("U.S", "Ltd").
fn word_before(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(before.len(), |(k, _)| k);
    &before[start..]
}

/// Whether the abbreviation `word` before a full stop can end a sentence: a
/// company's legal form or initials, not a title ("Mr.", "Dr.").
fn ends_name(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "inc" | "corp" | "co" | "ltd")
        || (word.contains('.') && word.split('.').all(|p| p.chars().count() == 1))
}

/// Whether `next` starts with a word that opens sentences, never a name:
/// "The", "It", "Le", "Il".
fn opens_sentence(next: &str) -> bool {
    const OPENERS: &[&str] = &[
        "The", "It", "Its", "He", "She", "They", "This", "That", "These", "Those", "In", "On", "A",
        "An", "But", "However", "Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Ce", "Cette",
        "Ces", "Dans", "En", "Un", "Une", "Mais",
    ];
    let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    OPENERS.contains(&word.as_str())
}

/// Whether the single capital `word` that ends `before` is the letter of a
/// funding series or a class ("closed a $20 million Series A. Investors
/// include ..."): a letter, not an initial, so its full stop ends the
/// sentence.
fn series_letter(before: &str, word: &str) -> bool {
    word_before_letter(before, word).is_some_and(|w| is_series_word(&w.to_lowercase()))
}

/// Whether the lowercase `word` is one a letter follows to name a funding
/// series, a class of shares or a stage ("Series A", "classe B").
pub(crate) fn is_series_word(word: &str) -> bool {
    const SERIES: &[&str] = &[
        "series", "série", "séries", "round", "class", "classe", "phase", "tranche", "stage",
    ];
    SERIES.contains(&word)
}

/// Whether the single capital `word` that ends `before` closes a name after
/// a word in capitals ("la livraison de TGV M. Le groupe ..."): a model's
/// letter, not a person's initial, which follows a given name or a
/// lowercase word ("selon M. Le Maire").
fn model_letter(before: &str, word: &str) -> bool {
    word_before_letter(before, word).is_some_and(|w| {
        w.chars().count() >= 2
            && w.chars().all(char::is_alphanumeric)
            && w.chars().filter(|c| c.is_uppercase()).count() >= 2
    })
}

/// The word before the single letter `word` that ends `before` ("Series"
/// in "Series A", "TGV" in "TGV M"), if `word` is one letter.
fn word_before_letter<'a>(before: &'a str, word: &str) -> Option<&'a str> {
    if word.chars().count() != 1 {
        return None;
    }
    before[..before.len() - word.len()]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
}

fn next_line_is_list(rest: &str) -> bool {
    rest.trim_start_matches([' ', '\t'])
        .starts_with(['-', '•', '*', '—'])
}

fn is_abbreviation(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // Initials: "E.F. Hutton", "J.P. Morgan", "U.S. Steel".
    let initials = word
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    // (No abbreviation is longer than seven bytes: a longer word is none,
    // without a lowercase copy.)
    single_capital
        || initials
        || (word.len() <= 7 && ABBREVIATIONS.contains(&word.to_lowercase().as_str()))
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span {
            start: start + lead,
            end: end - trail,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_link_to_another_story_is_a_teaser() {
        assert!(is_teaser("À lire aussi : Kelmix rachète Orvane"));
        assert!(is_teaser("A lire aussiKelmix lève 10 millions"));
        assert!(is_teaser("Read more: Orvane to buy Kelmix"));
        assert!(!is_teaser(
            "Lire la suite de l'accord entre Orvane et Kelmix"
        ));
        assert!(!is_teaser("Orvane rachète Kelmix."));
    }

    #[test]
    fn a_sign_off_after_a_companys_abbreviation_is_a_sentence_of_its_own() {
        // Hard-wrapped: five lines or more, most open.
        let wrapped = "Orvane said it is selling\nits stake in Kelmix Ltd\nof Belgium to its partner\nin the venture, the Dutch\ngroup Tessel Co.\n Reuter\n";
        assert_eq!(
            split(wrapped),
            [
                "Orvane said it is selling\nits stake in Kelmix Ltd\nof Belgium to its partner\nin the venture, the Dutch\ngroup Tessel Co.",
                "Reuter"
            ]
        );
    }

    #[test]
    fn a_name_after_initials_at_the_end_of_a_text_is_no_sign_off() {
        assert_eq!(
            split("Orvane offered $2 billion for U.S. Kelmix."),
            ["Orvane offered $2 billion for U.S. Kelmix."]
        );
    }

    #[test]
    fn no_abbreviation_is_longer_than_seven_bytes() {
        // `is_abbreviation` turns longer words away before lowercasing them.
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 7));
    }

    #[test]
    fn a_list_a_colon_opens_stays_in_its_sentence() {
        assert_eq!(
            split("Investors include:\n- Orbis\n- Kelmix\nThe round closed."),
            ["Investors include:\n- Orbis\n- Kelmix", "The round closed."]
        );
        assert_eq!(
            split("Key points\n- Orbis buys Kelmix\n- Tessel sells"),
            ["Key points", "- Orbis buys Kelmix", "- Tessel sells"]
        );
    }

    #[test]
    fn full_stops_and_newlines_end_sentences() {
        assert_eq!(
            split("Titre sans point\nPremière phrase. Deuxième phrase !"),
            ["Titre sans point", "Première phrase.", "Deuxième phrase !"]
        );
    }

    #[test]
    fn initials_do_not_end_a_sentence() {
        let text = "Kelmix hired E.F. Hutton to advise it. The sale closed.";
        let spans = sentences(text);
        assert_eq!(spans.len(), 2, "{spans:?}");
    }

    #[test]
    fn the_letter_of_a_funding_series_ends_a_sentence() {
        assert_eq!(
            split("Kelmix closed a $20 million Series A. Joining the round were Orbis and Tessel."),
            [
                "Kelmix closed a $20 million Series A.",
                "Joining the round were Orbis and Tessel."
            ]
        );
        assert_eq!(split("Kelmix hired J. Smith.").len(), 1);
    }

    #[test]
    fn a_model_letter_after_a_name_in_capitals_ends_a_sentence_but_a_title_does_not() {
        assert_eq!(
            split("Kelmix livrera des TGV M. Le groupe a aussi vendu Orbis."),
            [
                "Kelmix livrera des TGV M.",
                "Le groupe a aussi vendu Orbis."
            ]
        );
        assert_eq!(split("Selon M. Le Maire, Kelmix a vendu Orbis.").len(), 1);
    }

    #[test]
    fn a_brand_in_camel_case_opens_a_sentence() {
        assert_eq!(
            split("It was founded by Jane Roe. eBay bought it."),
            ["It was founded by Jane Roe.", "eBay bought it."]
        );
    }

    #[test]
    fn abbreviations_and_decimals_do_not() {
        assert_eq!(
            split("Cabot Corp. agreed to buy KMG Inc. for $1.6 billion. M. Son a parlé."),
            [
                "Cabot Corp. agreed to buy KMG Inc. for $1.6 billion.",
                "M. Son a parlé."
            ]
        );
    }

    #[test]
    fn a_company_abbreviation_ends_a_sentence_before_a_new_paragraph() {
        assert_eq!(
            split("Buyers include Halvern and Quibble Inc.\n    Among the others is Tessel."),
            [
                "Buyers include Halvern and Quibble Inc.",
                "Among the others is Tessel."
            ]
        );
        assert_eq!(
            split("It sold Quibble Inc.\n\nNorlac Corp. bought it."),
            ["It sold Quibble Inc.", "Norlac Corp. bought it."]
        );
        // Within a paragraph's line the name goes on.
        assert_eq!(
            split("It sold Quibble Inc. Norlac unit to Tessel."),
            ["It sold Quibble Inc. Norlac unit to Tessel."]
        );
    }

    #[test]
    fn a_company_abbreviation_or_initials_end_a_sentence_before_a_word_that_opens_one() {
        assert_eq!(
            split("Acme agreed to buy Orbis Ltd. The deal closes in May. Mr. The Smith spoke."),
            [
                "Acme agreed to buy Orbis Ltd.",
                "The deal closes in May.",
                "Mr. The Smith spoke."
            ]
        );
        assert_eq!(
            split("It sells in the U.S. It also sells in Japan. J.P. Morgan advised."),
            [
                "It sells in the U.S.",
                "It also sells in Japan.",
                "J.P. Morgan advised."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("Il a dit «oui.» Puis il est parti."),
            ["Il a dit «oui.»", "Puis il est parti."]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "Oct 5 Medical supplier Alpha\nBeta has agreed to buy Gamma Corp\n, a maker of pumps,\nfor $1 billion in cash and stock, marking the latest\ndeal in the sector.\nAlpha said on Sunday it would pay\n$58 a share.";
        let got = split(text);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    proptest! {
        #[test]
        fn spans_are_ordered_trimmed_char_boundaries(s in "\\PC{0,300}") {
            let mut last = 0;
            for sp in sentences(&s) {
                prop_assert!(sp.start >= last && sp.start < sp.end && sp.end <= s.len());
                prop_assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end));
                last = sp.end;
            }
        }
    }
}
