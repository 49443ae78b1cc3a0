//! How amounts are written, word by word: numbers with their separators
//! ("2,5", "40 000", "1.2"), number words ("dix", "twelve"), scale words
//! ("milliards", "bn", "mln") and currencies by name, code or symbol.

use super::Lang;
use std::sync::OnceLock;

use crate::lexicon::CodeTable;

/// Largest value accepted; beyond it a number is a typo or junk, not money.
pub(super) const MAX_VALUE: f64 = 1e16;

pub(super) fn scale_of(word: &str, lang: Lang) -> Option<f64> {
    Some(match word {
        "k" | "mille" | "thousand" | "thousands" => 1e3,
        "m" | "mn" | "mio" | "mln" | "million" | "millions" => 1e6,
        "md" | "mds" | "mrd" | "mrds" | "milliard" | "milliards" | "bn" | "bln" | "b" => 1e9,
        "billion" | "billions" => match lang {
            Lang::En => 1e9,
            Lang::Fr => 1e12,
        },
        "trillion" | "trillions" | "tn" => 1e12,
        // "un demi-milliard d'euros": half the scale, written as one word.
        "demi-million" => 5e5,
        "demi-milliard" => 5e8,
        // Indian numbering: a lakh is a hundred thousand, a crore ten million.
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

pub(super) fn currency_word(word: &str) -> Option<&'static str> {
    CURRENCY_WORDS.get(word)
}

/// Currencies named by a word.
static CURRENCY_WORDS: CodeTable = CodeTable::new(include_str!("../../data/words/currencies.txt"));

/// Words that tell which country an article speaks of, with that country's
/// currency: what a shared currency name ("francs", "pesos") means there.
pub static CURRENCY_COUNTRIES: CodeTable =
    CodeTable::new(include_str!("../../data/words/currency_countries.txt"));

/// The code `currency_word` gives a franc before the article tells which.
pub const FRANC: &str = "FRANC";

/// Currency names several countries share, with the codes each may stand
/// for, the default first: see `data/words/currency_families.txt`.
static FAMILIES: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();

/// The codes the shared currency name `family` ("FRANC", "PESO") may stand
/// for, the one to take when the article names no country first; `None`
/// for a currency of one country.
pub fn family_codes(family: &str) -> Option<&'static [&'static str]> {
    FAMILIES
        .get_or_init(|| {
            crate::lexicon::data_lines(include_str!("../../data/words/currency_families.txt"))
                .filter_map(|l| {
                    let mut words = l.split_whitespace();
                    Some((words.next()?, words.collect()))
                })
                .collect()
        })
        .iter()
        .find(|(name, _)| *name == family)
        .map(|(_, codes)| codes.as_slice())
}

pub(super) fn currency_symbol(sym: &str, prefix: Option<&str>) -> &'static str {
    match (sym, prefix) {
        ("$", Some("c" | "ca" | "can")) => "CAD",
        ("$", Some("a" | "au")) => "AUD",
        ("$", Some("hk")) => "HKD",
        ("$", Some("s")) => "SGD",
        ("$", Some("nz")) => "NZD",
        ("$", Some("nt")) => "TWD",
        ("$", Some("r")) => "BRL",
        ("$", Some("mx")) => "MXN",
        ("$", _) => "USD",
        ("€", _) => "EUR",
        ("£", _) => "GBP",
        ("₹", _) => "INR",
        ("₩", _) => "KRW",
        _ => "JPY",
    }
}

pub fn number_word(word: &str) -> Option<f64> {
    Some(match word {
        "un" | "une" | "one" | "a" | "an" => 1.0,
        "deux" | "two" => 2.0,
        "trois" | "three" => 3.0,
        "quatre" | "four" => 4.0,
        "cinq" | "five" => 5.0,
        "six" => 6.0,
        "sept" | "seven" => 7.0,
        "huit" | "eight" => 8.0,
        "neuf" | "nine" => 9.0,
        "dix" | "ten" => 10.0,
        "onze" | "eleven" => 11.0,
        "douze" | "twelve" => 12.0,
        "quinze" | "fifteen" => 15.0,
        "vingt" | "twenty" => 20.0,
        "trente" | "thirty" => 30.0,
        "quarante" | "forty" => 40.0,
        "cinquante" | "fifty" => 50.0,
        "cent" | "hundred" => 100.0,
        _ => return None,
    })
}

/// Words that make a scale vague: "des dizaines de milliards", "several billion".
pub(super) fn vague_word(word: &str) -> bool {
    matches!(
        word,
        "dizaines"
            | "centaines"
            | "plusieurs"
            | "quelques"
            | "des"
            | "several"
            | "tens"
            | "hundreds"
            | "multiple"
            | "many"
            | "few"
    )
}

/// Parses digits as written, with the decimal mark the language uses.
/// French: "2,5" is 2.5, "9.888" is 9888, "40 000" is 40000.
/// English: "1,600" is 1600, "2.84" is 2.84.
pub fn parse_number(raw: &str, lang: Lang) -> Option<f64> {
    let digits: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let groups: Vec<&str> = digits.split([',', '.']).collect();
    let seps: Vec<char> = digits.chars().filter(|c| matches!(c, ',' | '.')).collect();
    let thousands = |sep: char| match lang {
        Lang::Fr => sep == '.',
        Lang::En => sep == ',',
    };
    let mut int = String::new();
    let mut frac = String::new();
    for (k, group) in groups.iter().enumerate() {
        if k == 0 {
            int.push_str(group);
            continue;
        }
        let sep = seps[k - 1];
        let is_last = k == groups.len() - 1;
        // A separator before exactly three digits that are not the last group
        // after another kind of mark is a thousands separator when the language
        // uses it that way, or when it repeats ("1.000.000").
        let repeated = seps.iter().filter(|&&s| s == sep).count() > 1;
        if group.len() == 3 && (thousands(sep) || repeated) && frac.is_empty() {
            int.push_str(group);
        } else if is_last && frac.is_empty() {
            frac.push_str(group);
        } else {
            return None;
        }
    }
    let s = if frac.is_empty() {
        int
    } else {
        format!("{int}.{frac}")
    };
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}
