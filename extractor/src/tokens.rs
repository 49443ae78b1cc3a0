//! Splits a sentence into tokens with byte offsets: words, numbers,
//! currency symbols and punctuation. French elisions ("d'OpenAI") and English
//! possessives ("Cisco's") become two tokens, so names stand alone.

use compact_str::CompactString;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters, possibly with digits, inner hyphens, dots or ampersands.
    Word,
    /// Digits with their separators, as written ("2,5", "40 000").
    Number,
    /// A currency symbol: $ € £ ¥.
    Currency,
    /// Any other character.
    Punct,
}

/// One token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte, relative to the tokenized text.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// Lowercase form with typographic apostrophes made plain. Inline for
    /// words up to 24 bytes, so tokenizing allocates next to nothing.
    pub norm: CompactString,
}

impl Token {
    /// The token's text in `src`.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }

    /// Whether the token's text starts with an uppercase letter.
    pub fn is_capitalized(&self, src: &str) -> bool {
        self.kind == Kind::Word
            && self
                .text(src)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    /// Whether the token is a punctuation character equal to `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.norm.starts_with(c)
    }
}

const ELIDED: &[&str] = &[
    "d", "l", "qu", "s", "n", "j", "m", "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥')
}

/// Tokenizes `text`. Offsets are relative to `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    chars.extend(text.char_indices());
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let j = scan_number(&chars, i);
            push(&mut out, text, start, end_of(j), Kind::Number);
            i = j;
        } else if c.is_alphabetic() {
            let j = scan_word(&chars, i);
            let word_end = end_of(j);
            let word = &text[start..word_end];
            // "d'OpenAI": the elided article is a token of its own.
            if j < chars.len()
                && is_apostrophe(chars[j].1)
                && ELIDED.contains(&word.to_lowercase().as_str())
            {
                let after = end_of(j + 1);
                out.push(Token {
                    start,
                    end: after,
                    kind: Kind::Word,
                    norm: format!("{}'", word.to_lowercase()).into(),
                });
                i = j + 1;
                continue;
            }
            push(&mut out, text, start, word_end, Kind::Word);
            i = j;
            // "Cisco's": the possessive is a token of its own.
            if i + 1 < chars.len()
                && is_apostrophe(chars[i].1)
                && matches!(chars[i + 1].1, 's' | 'S')
                && chars.get(i + 2).is_none_or(|&(_, c)| !c.is_alphanumeric())
            {
                out.push(Token {
                    start: chars[i].0,
                    end: end_of(i + 2),
                    kind: Kind::Word,
                    norm: "'s".into(),
                });
                i += 2;
            }
        } else if is_currency(c) {
            push(&mut out, text, start, end_of(i + 1), Kind::Currency);
            i += 1;
        } else {
            push(&mut out, text, start, end_of(i + 1), Kind::Punct);
            i += 1;
        }
    }
    out
}

fn push(out: &mut Vec<Token>, text: &str, start: usize, end: usize, kind: Kind) {
    let raw = &text[start..end];
    // One allocation per token: most words are ASCII and have no apostrophe.
    let norm = if raw.is_ascii() {
        let mut n = CompactString::from(raw);
        n.make_ascii_lowercase();
        n
    } else if raw.contains('\u{2019}') {
        CompactString::from(raw.to_lowercase().replace('\u{2019}', "'"))
    } else {
        CompactString::from(raw.to_lowercase())
    };
    out.push(Token {
        start,
        end,
        kind,
        norm,
    });
}

/// A word runs over letters and digits, and over a hyphen, dot, ampersand or
/// apostrophe that joins two letters ("Saint-Gobain", "L.P.", "R&D").
fn scan_word(chars: &[(usize, char)], mut i: usize) -> usize {
    i += 1;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_alphanumeric() {
            i += 1;
        } else if matches!(c, '-' | '&' | '.')
            && chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphanumeric())
            && (c != '.' || chars[i - 1].1.is_uppercase())
        {
            i += 2;
        } else {
            break;
        }
    }
    i
}

/// A number runs over digits and single separators between digit groups:
/// "2,5", "1,600.50", "40 000" (a space before exactly three digits).
fn scan_number(chars: &[(usize, char)], mut i: usize) -> usize {
    while i < chars.len() {
        let c = chars[i].1;
        // A digit, or a separator that another digit group follows.
        let joins = c.is_ascii_digit()
            || (matches!(c, ',' | '.')
                && chars.get(i + 1).is_some_and(|&(_, n)| n.is_ascii_digit()))
            || (matches!(c, ' ' | '\u{a0}' | '\u{202f}') && three_digits_follow(chars, i + 1));
        if joins {
            i += 1;
        } else {
            break;
        }
    }
    i
}

fn three_digits_follow(chars: &[(usize, char)], i: usize) -> bool {
    (0..3).all(|k| chars.get(i + k).is_some_and(|&(_, c)| c.is_ascii_digit()))
        && chars
            .get(i + 3)
            .is_none_or(|&(_, c)| !c.is_ascii_digit() && c != ',' && c != '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        tokenize(s)
            .into_iter()
            .map(|t| t.norm.to_string())
            .collect()
    }

    #[test]
    fn elisions_and_possessives_split_from_names() {
        assert_eq!(
            norms("jusqu'à 25 d’OpenAI"),
            ["jusqu'", "à", "25", "d'", "openai"]
        );
        assert_eq!(norms("Cisco's offer"), ["cisco", "'s", "offer"]);
        assert_eq!(norms("aujourd'hui"), ["aujourd", "'", "hui"]);
    }

    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(norms("2,5 milliards"), ["2,5", "milliards"]);
        assert_eq!(norms("40 000 euros"), ["40 000", "euros"]);
        assert_eq!(norms("$4.5bn"), ["$", "4.5", "bn"]);
        assert_eq!(norms("en 2019 15 fois"), ["en", "2019", "15", "fois"]);
    }

    #[test]
    fn joined_words_stay_whole() {
        assert_eq!(
            norms("Saint-Gobain, R&D et L.P."),
            ["saint-gobain", ",", "r&d", "et", "l.p", "."]
        );
        assert_eq!(norms("7 M€"), ["7", "m", "€"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let s = "Le géant «SoftBank»";
        for t in tokenize(s) {
            assert_eq!(t.norm, s[t.start..t.end].to_lowercase());
        }
    }
}
