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
    /// Whether a word is written as a name: it starts with an uppercase
    /// letter, or is a brand written in camel case ("xAI", "eBay"); asked of
    /// every token several times, so read once here.
    capitalized: bool,
}

impl Token {
    /// The token's text in `src`.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }

    /// Whether the token is a word written as a name (see [`name_cased`]).
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
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
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₩')
}

/// The char at byte `i` of `text` and its length in bytes. ASCII, most of
/// any article, is read without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Tokenizes `text`. Offsets are relative to `text`.
///
/// A cursor walks the bytes rather than collecting `(offset, char)` pairs
/// first: that copy cost as much as the tokenizing itself.
/// Units written against their number, with a capital first and the rest
/// lowercase: not brands ("100Mbps").
const DIGIT_UNITS: &[&str] = &[
    "mbps", "gbps", "kbps", "tbps", "mbit", "gbit", "kbit", "tbit",
];

pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        let start = i;
        if c.is_whitespace() {
            i += len;
        } else if c.is_ascii_digit() {
            i = scan_number(text, i);
            // "83North", "1Password": digits written against a capitalised
            // word make a brand's name, unless the word is a unit ("100Mbps").
            if text[start..i].bytes().all(|b| b.is_ascii_digit())
                && let Some((n, nlen)) = char_at(text, i).filter(|&(n, _)| n.is_ascii_uppercase())
            {
                let word_end = scan_word(text, i, n, nlen);
                if digit_brand(&text[start..word_end]) {
                    let mut norm = CompactString::from(&text[start..word_end]);
                    norm.make_ascii_lowercase();
                    out.push(Token {
                        start,
                        end: word_end,
                        kind: Kind::Word,
                        norm,
                        capitalized: true,
                    });
                    i = word_end;
                    continue;
                }
            }
            push(&mut out, text, start, i, Kind::Number);
        } else if c.is_alphabetic() {
            // "R2.3 billion", "R500 million": the rand's sign glued to its
            // figure is a token of its own, so the figure reads whole.
            if c == 'R' && rand_figure(text, i + len) {
                push(&mut out, text, start, i + len, Kind::Word);
                i += len;
                continue;
            }
            let mut word_end = scan_word(text, i, c, len);
            // "O'Keefe", "O'Brien": an Irish name is one word.
            if &text[start..word_end] == "O"
                && let Some((_, alen)) = char_at(text, word_end).filter(|&(a, _)| is_apostrophe(a))
                && let Some((n, nlen)) = char_at(text, word_end + alen)
                && n.is_uppercase()
            {
                word_end = scan_word(text, word_end + alen, n, nlen);
            }
            // "Canal+", "Disney+": a plus closing a name is the name's.
            if word_end - start >= 3
                && c.is_uppercase()
                && text.as_bytes().get(word_end) == Some(&b'+')
                && char_at(text, word_end + 1).is_none_or(|(n, _)| !n.is_alphanumeric() && n != '+')
            {
                word_end += 1;
            }
            // "Nuvo.ai", "Booking.com": a capitalised name with a web
            // domain's ending is one word.
            if c.is_uppercase()
                && let Some(end) = domain_end(text, word_end)
            {
                word_end = end;
            }
            i = word_end;
            let word = &text[start..word_end];
            // "d'OpenAI": the elided article is a token of its own.
            if let Some((_, alen)) = char_at(text, word_end).filter(|&(a, _)| is_apostrophe(a))
                && word.len() <= 7
                && ELIDED.iter().any(|e| e.eq_ignore_ascii_case(word))
            {
                let mut norm = CompactString::from(word);
                norm.make_ascii_lowercase();
                norm.push('\'');
                i = word_end + alen;
                out.push(Token {
                    start,
                    end: i,
                    kind: Kind::Word,
                    norm,
                    capitalized: c.is_uppercase(),
                });
                continue;
            }
            push(&mut out, text, start, word_end, Kind::Word);
            // "Cisco's": the possessive is a token of its own.
            if let Some((_, alen)) = char_at(text, i).filter(|&(a, _)| is_apostrophe(a))
                && matches!(text.as_bytes().get(i + alen), Some(b's' | b'S'))
                && char_at(text, i + alen + 1).is_none_or(|(n, _)| !n.is_alphanumeric())
            {
                out.push(Token {
                    start: i,
                    end: i + alen + 1,
                    kind: Kind::Word,
                    norm: "'s".into(),
                    capitalized: false,
                });
                i += alen + 1;
            }
        } else if is_currency(c) {
            i += len;
            push(&mut out, text, start, i, Kind::Currency);
        } else {
            i += len;
            push(&mut out, text, start, i, Kind::Punct);
        }
    }
    out
}

fn push(out: &mut Vec<Token>, text: &str, start: usize, end: usize, kind: Kind) {
    let raw = &text[start..end];
    // Most words are ASCII and have no apostrophe: lowercased in place, and
    // inline up to 24 bytes, so no allocation.
    let norm = if raw.is_ascii() {
        let mut n = CompactString::from(raw);
        n.make_ascii_lowercase();
        n
    } else if raw.contains('\u{2019}') {
        CompactString::from(raw.to_lowercase().replace('\u{2019}', "'"))
    } else {
        CompactString::from(raw.to_lowercase())
    };
    let capitalized = kind == Kind::Word && name_cased(raw);
    out.push(Token {
        start,
        end,
        kind,
        norm,
        capitalized,
    });
}

/// Whether `word` is written as a name: it starts with an uppercase letter,
/// or it is a brand in camel case, a lowercase letter or prefix before a
/// capital ("xAI", "eBay", "iRobot", "bioMérieux"). The capital must come
/// before any hyphen ("pro-Trump", "non-US" are not names), and a word of
/// three letters needs two capitals, as units of measure have one ("kWh",
/// "mAh", "dB").
pub fn name_cased(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => return true,
        Some(c) if c.is_lowercase() => {}
        Some(c) if c.is_ascii_digit() => return digit_brand(word),
        _ => return false,
    }
    // Asked of every word: most are lowercase ASCII with no capital at all.
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return false;
    }
    // The letters before any hyphen, digit or dot.
    let (letters, capitals) = chars
        .take_while(|c| c.is_alphabetic())
        .fold((1, 0), |(l, c), ch| {
            (l + 1, c + usize::from(ch.is_uppercase()))
        });
    capitals > 0 && (letters > 3 || capitals >= 2)
}

/// Whether `word` is digits written against a capitalised word of four
/// letters or more in lowercase after its capital ("83North", "1Password"):
/// a brand's name, unless the word is a unit ("100Mbps"). The tokenizer makes
/// such a word one token and [`name_cased`] calls it a name, by this one test.
fn digit_brand(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &word[digits..];
    digits > 0
        && rest.len() >= 4
        && rest.starts_with(|c: char| c.is_ascii_uppercase())
        && rest[1..].bytes().all(|b| b.is_ascii_lowercase())
        && !DIGIT_UNITS.iter().any(|u| u.eq_ignore_ascii_case(rest))
}

/// A word runs over letters and digits, and over a hyphen, dot, ampersand or
/// apostrophe that joins two letters ("Saint-Gobain", "L.P.", "R&D").
/// `first` is the word's first char, `len` its length; returns the end.
/// Whether a sum in rand follows a capital "R" ending at `from`, preceded
/// by no letter: digits, maybe a decimal part, then a scale ("R2.3 billion",
/// "R500m", "R1,2 milliard"); a bare "R2" names a model or a road.
fn rand_figure(text: &str, from: usize) -> bool {
    let glued_to_word = text[..from - 1]
        .chars()
        .next_back()
        .is_some_and(|p| p.is_alphanumeric());
    let rest = &text[from..];
    if glued_to_word || !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let figure = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let after = rest[..figure].trim_end_matches(['.', ',']).len();
    let tail = &rest[after..];
    let scale = tail.trim_start_matches(' ');
    let word_end = scale
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(scale.len());
    matches!(
        scale[..word_end].to_ascii_lowercase().as_str(),
        "bn" | "billion"
            | "m"
            | "mn"
            | "mln"
            | "million"
            | "milliard"
            | "milliards"
            | "trillion"
            | "tn"
    ) && (tail.starts_with(' ') || word_end <= 2)
}

fn scan_word(text: &str, start: usize, first: char, len: usize) -> usize {
    let mut prev = first;
    let mut i = start + len;
    while let Some((c, clen)) = char_at(text, i) {
        if c.is_alphanumeric() {
            prev = c;
            i += clen;
        } else if matches!(c, '-' | '&' | '.')
            && (c != '.' || prev.is_uppercase())
            && let Some((n, nlen)) = char_at(text, i + 1).filter(|(n, _)| n.is_alphanumeric())
            && !(c == '-' && wire_tag(&text[start..i], text.get(i + 1..).unwrap_or("")))
        {
            prev = n;
            i += 1 + nlen;
        } else {
            break;
        }
    }
    i
}

/// Where a web domain's ending that starts with the dot at `dot` ends:
/// ".ai", ".io", ".com" and a few more, in lowercase, with no letter or
/// digit after them.
fn domain_end(text: &str, dot: usize) -> Option<usize> {
    const ENDINGS: &[&str] = &["ai", "io", "com", "co", "net", "app", "tech", "fr"];
    let rest = text.get(dot..)?.strip_prefix('.')?;
    let len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let after = rest[len..].chars().next();
    (ENDINGS.contains(&&rest[..len]) && after.is_none_or(|n| !n.is_alphanumeric()))
        .then_some(dot + 1 + len)
}

/// Whether a hyphen after `word` ends a newswire's tag before a headline
/// ("BRIEF-Kelmix says", "EXCLUSIVE-Orvane explores"): a word in capitals
/// of four letters or more, then a word in title case.
fn wire_tag(word: &str, rest: &str) -> bool {
    let mut next = rest.chars();
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
}

/// A number runs over digits and single separators between digit groups:
/// "2,5", "1,600.50", "40 000" (a space before exactly three digits),
/// "50:50".
fn scan_number(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let digit_at = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    // Digits in the group being read: a space groups thousands only after
    // one to three ("en 2023 100 % de Y" is a year, then a share).
    let mut group = 0;
    while let Some((c, clen)) = char_at(text, i) {
        // A digit, or a separator that another digit group follows.
        // ("50:50", a ratio or a time, is one number.)
        let joins = c.is_ascii_digit()
            || (matches!(c, ',' | '.' | ':') && digit_at(i + 1))
            || (matches!(c, ' ' | '\u{a0}' | '\u{202f}')
                && (1..=3).contains(&group)
                && three_digits_follow(bytes, i + clen));
        if !joins {
            break;
        }
        group = if c.is_ascii_digit() { group + 1 } else { 0 };
        i += clen;
    }
    i
}

fn three_digits_follow(bytes: &[u8], i: usize) -> bool {
    (0..3).all(|k| bytes.get(i + k).is_some_and(u8::is_ascii_digit))
        && bytes
            .get(i + 3)
            .is_none_or(|&c| !c.is_ascii_digit() && c != b',' && c != b'.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn norms(s: &str) -> Vec<String> {
        tokenize(s)
            .into_iter()
            .map(|t| t.norm.to_string())
            .collect()
    }

    #[test]
    fn an_irish_name_with_an_apostrophe_is_one_word() {
        let toks = tokenize("Carling O'Keefe Ltd");
        let words: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(words, ["carling", "o'keefe", "ltd"]);
    }

    #[test]
    fn elisions_and_possessives_split_from_names() {
        assert_eq!(
            norms("jusqu'à 25 d’OpenAI"),
            ["jusqu'", "à", "25", "d'", "openai"]
        );
        assert_eq!(norms("Cisco's offer"), ["cisco", "'s", "offer"]);
        assert_eq!(norms("Nuvo.ai raised"), ["nuvo.ai", "raised"]);
        assert_eq!(norms("at Booking.com."), ["at", "booking.com", "."]);
        assert_eq!(norms("Kelmix.Orvane"), ["kelmix", ".", "orvane"]);
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
    fn the_rands_sign_splits_from_a_sum_but_not_from_a_model_code() {
        assert_eq!(norms("R2.3 billion"), ["r", "2.3", "billion"]);
        assert_eq!(norms("R500m"), ["r", "500", "m"]);
        assert_eq!(norms("the R2 rifle"), ["the", "r2", "rifle"]);
        assert_eq!(norms("ABR2.3 billion"), ["abr2", ".", "3", "billion"]);
    }

    #[test]
    fn a_space_groups_thousands_only_after_one_to_three_digits() {
        assert_eq!(norms("1 250 000 euros"), ["1 250 000", "euros"]);
        assert_eq!(norms("en 2023 100 % de"), ["en", "2023", "100", "%", "de"]);
    }

    #[test]
    fn a_plus_closing_a_name_is_the_names() {
        assert_eq!(
            norms("Canal+ Poland and Disney+."),
            ["canal+", "poland", "and", "disney+", "."]
        );
        assert_eq!(
            norms("rated A+ by C++ fans"),
            ["rated", "a", "+", "by", "c", "+", "+", "fans"]
        );
    }

    #[test]
    fn digits_against_a_capitalised_word_make_a_brand_but_units_do_not() {
        assert_eq!(
            norms("backed by 83North and 1Password"),
            ["backed", "by", "83north", "and", "1password"]
        );
        assert!(
            tokenize("83North")
                .first()
                .is_some_and(Token::is_capitalized)
        );
        assert_eq!(norms("100Mbps links"), ["100", "mbps", "links"]);
        assert_eq!(norms("3M and 5G"), ["3", "m", "and", "5", "g"]);
        // The token and the word agree on being a name.
        assert!(name_cased("83North") && name_cased("0Aaaa"));
        assert!(!name_cased("100Mbps") && !name_cased("3M") && !name_cased("2025"));
    }

    #[test]
    fn a_wire_tag_in_capitals_is_apart_from_the_headline_it_opens() {
        assert_eq!(norms("BRIEF-Kelmix says"), ["brief", "-", "kelmix", "says"]);
        assert_eq!(norms("Saint-Gobain"), ["saint-gobain"]);
        assert_eq!(norms("COVID-19"), ["covid-19"]);
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
    fn brands_in_camel_case_are_written_as_names_but_units_and_prefixes_are_not() {
        for name in [
            "xAI",
            "eBay",
            "iRobot",
            "bioMérieux",
            "Nvidia",
            "eBay-owned",
        ] {
            assert!(name_cased(name), "{name}");
        }
        for word in [
            "kWh",
            "mAh",
            "dB",
            "pro-Trump",
            "non-US",
            "invest",
            "x86",
            "",
            "42",
        ] {
            assert!(!name_cased(word), "{word}");
        }
    }

    #[test]
    fn offsets_point_into_the_text() {
        let s = "Le géant «SoftBank»";
        for t in tokenize(s) {
            assert_eq!(t.norm, s[t.start..t.end].to_lowercase());
        }
    }

    /// What every tokenization keeps to: tokens in order on char boundaries,
    /// never opening on a space, lowercase norms, and a token and its text
    /// agreeing on being a name.
    fn assert_well_formed(s: &str) {
        let mut last = 0;
        for t in tokenize(s) {
            assert!(t.start >= last && t.start < t.end && t.end <= s.len());
            assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            let text = t.text(s);
            assert!(!text.starts_with(char::is_whitespace));
            if text.is_ascii() {
                assert_eq!(t.norm.as_str(), text.to_ascii_lowercase());
            }
            assert_eq!(t.is_capitalized(), t.kind == Kind::Word && name_cased(text));
            if t.kind == Kind::Word && text.starts_with(char::is_uppercase) {
                assert!(t.is_capitalized());
            }
            last = t.end;
        }
    }

    proptest! {
        #[test]
        fn tokens_are_ordered_char_boundaries_with_lowercase_norms(s in "\\PC{0,200}") {
            assert_well_formed(&s);
        }

        // Words built of digits, a capital and lowercase letters, so brands
        // ("83North"), units ("100Mbps") and joined words come up often.
        #[test]
        fn words_of_digits_and_capitals_tokenize_well_formed(
            words in proptest::collection::vec("[0-9]{0,3}[A-ZÉ]?[a-zé]{0,5}[.,'’&+-]?", 0..12)
        ) {
            assert_well_formed(&words.join(" "));
        }

        #[test]
        fn every_letter_and_digit_lands_in_a_token(s in "[a-zA-Zàéç0-9 ,.'’&$€-]{0,80}") {
            let toks = tokenize(&s);
            for (i, c) in s.char_indices().filter(|(_, c)| c.is_alphanumeric()) {
                prop_assert!(
                    toks.iter().any(|t| t.start <= i && i < t.end),
                    "{:?} at {} is in no token", c, i
                );
            }
        }
    }
}
