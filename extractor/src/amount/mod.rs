//! Finds amounts of money in a tokenized sentence: digits with either decimal
//! mark ("2,5", "1,600.5", "40 000"), number words ("dix", "two"), scales
//! ("milliards", "Md", "bn", "M€"), currencies by symbol, code and word, the
//! qualifiers around them ("jusqu'à", "more than", "entre X et Y") and "per
//! year". Vague amounts ("des dizaines de milliards") are found too, with no
//! value, so that a deal citing one is not given a number from elsewhere.
//!
//! `numbers` reads single words (numbers, scales, currencies); this module
//! reads how they combine into an amount.

use dealwire_core::model::Qualifier;
use dealwire_core::tokens::{Kind, Token};

mod numbers;

pub use numbers::{CURRENCY_COUNTRIES, FRANC, family_codes, number_word, parse_number};

/// How many things a word counts, spelt out or in digits ("six", "12"),
/// for counts of three to twenty: "these six companies".
pub fn small_count(word: &str) -> Option<usize> {
    let n = match word.parse::<usize>() {
        Ok(n) => n,
        Err(_) => numbers::number_word(word)? as usize,
    };
    (3..=20).contains(&n).then_some(n)
}
use numbers::{MAX_VALUE, currency_symbol, currency_word, scale_of, vague_word};

/// The language a text is written in; it decides decimal marks and what
/// "billion" means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

/// An amount found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct AmountMention {
    /// Index of the first token.
    pub first: usize,
    /// Index one past the last token.
    pub last: usize,
    /// Headline value; `None` for a vague amount.
    pub value: Option<f64>,
    /// Lower bound of a range.
    pub min: Option<f64>,
    /// Qualifier.
    pub qualifier: Qualifier,
    /// ISO code, when the text states a currency.
    pub currency: Option<&'static str>,
    /// "per year".
    pub per_year: bool,
    /// Whether the amount has a scale word ("milliards"); bare numbers with a
    /// currency ("95 dollars") are usually prices, not deal sizes.
    pub scaled: bool,
}

struct Core {
    first: usize,
    last: usize,
    value: Option<f64>,
    currency: Option<&'static str>,
    scaled: bool,
}

/// Finds every amount in `toks`.
pub fn find_amounts(toks: &[Token], lang: Lang) -> Vec<AmountMention> {
    let mut out = Vec::new();
    // Every amount holds a number in digits or a scale word ("dix
    // milliards", "several billion"): a sentence with neither needs no
    // closer look at its many "a", "un" and "au".
    if !toks.iter().any(|t| {
        t.kind == Kind::Number || (t.kind == Kind::Word && scale_of(&t.norm, lang).is_some())
    }) {
        return out;
    }
    let mut i = 0;
    while i < toks.len() {
        if !may_start(&toks[i]) {
            i += 1;
            continue;
        }
        // The low end of a range may be a bare number: "entre 15 et 25 milliards".
        let Some(core) = core_at(toks, i, lang, false).or_else(|| {
            core_at(toks, i, lang, true).filter(|c| range_after(toks, c, lang).is_some())
        }) else {
            i += 1;
            continue;
        };
        let mut mention = AmountMention {
            first: core.first,
            last: core.last,
            value: core.value,
            min: None,
            qualifier: Qualifier::Exact,
            currency: core.currency,
            per_year: false,
            scaled: core.scaled,
        };
        // A range: "entre 15 et 25 milliards", "from $300 million to $400 million".
        if let Some(joined) = range_after(toks, &core, lang) {
            mention.min = core.value.map(|v| {
                if joined.scaled && !core.scaled {
                    scaled_value(v, joined.scale)
                } else {
                    v
                }
            });
            mention.value = joined.core.value;
            mention.last = joined.core.last;
            mention.currency = joined.core.currency.or(core.currency);
            mention.scaled |= joined.core.scaled;
            mention.qualifier = Qualifier::Range;
            if mention
                .min
                .zip(mention.value)
                .is_some_and(|(lo, hi)| lo > hi)
            {
                mention.min = None;
                mention.qualifier = Qualifier::Exact;
            }
        }
        if mention.qualifier != Qualifier::Range {
            mention.qualifier = qualifier_before(toks, mention.first);
        }
        mention.per_year = per_year_after(toks, mention.last);
        i = mention.last.max(i + 1);
        out.push(mention);
    }
    out
}

/// What stands glued before "$" to say whose dollar it is: "US$", "C$",
/// "A$", "HK$", "S$", "NZ$", "NT$", "R$", "MX$" (see `currency_symbol`).
fn dollar_prefix(word: &str) -> bool {
    matches!(
        word,
        "us" | "c" | "ca" | "a" | "au" | "hk" | "s" | "nz" | "nt" | "r" | "mx"
    )
}

/// ISO codes written before the number ("EUR 1.2bn").
fn code_before_number(word: &str) -> bool {
    // An ISO code ("EUR 1.2bn", "SEK 400m"), the rupee's "Rs" or the Swiss
    // franc's "SFr".
    matches!(word, "rs" | "sfr")
        || (word.len() == 3 && currency_word(word).is_some_and(|c| c.eq_ignore_ascii_case(word)))
}

/// Whether an amount can start at `t`; most words cannot, and checking that
/// first keeps the amount reader off the rest of the text.
fn may_start(t: &Token) -> bool {
    match t.kind {
        Kind::Number | Kind::Currency => true,
        Kind::Word => {
            dollar_prefix(&t.norm)
                || code_before_number(&t.norm)
                || number_word(&t.norm).is_some()
                || vague_word(&t.norm)
        }
        _ => false,
    }
}

/// "[cur] N [scale] [cur]", "N [scale] de/d' dollars", number words, vague scales.
fn core_at(toks: &[Token], i: usize, lang: Lang, bare: bool) -> Option<Core> {
    // Callers probe past a range's "et" ("entre 3 et" at the end of a sentence).
    let t = toks.get(i)?;
    let mut j = i;
    let mut currency = None;
    // Currency before the number: "$16", "US$ 5", "€4bn".
    if t.kind == Kind::Word
        && dollar_prefix(&t.norm)
        && let Some(sym) = toks
            .get(i + 1)
            .filter(|n| n.kind == Kind::Currency && n.start == t.end)
    {
        currency = Some(currency_symbol(&sym.norm, Some(&t.norm)));
        j = i + 2;
    }
    // "R2.3 billion": the rand's sign, glued to its figure (the tokenizer
    // splits it off only before a sum with a scale).
    if currency.is_none()
        && t.kind == Kind::Word
        && t.norm == "r"
        && toks
            .get(i + 1)
            .is_some_and(|n| n.kind == Kind::Number && n.start == t.end)
    {
        currency = Some("ZAR");
        j = i + 1;
    }
    if currency.is_none() && t.kind == Kind::Currency {
        currency = Some(currency_symbol(&t.norm, None));
        j = i + 1;
    }
    if currency.is_none() && t.kind == Kind::Word && code_before_number(&t.norm) {
        // "Rs. 500 crore": a dot may close the abbreviation.
        let dot = toks.get(i + 1).is_some_and(|n| n.is_punct('.')) as usize;
        if toks
            .get(i + 1 + dot)
            .is_some_and(|n| n.kind == Kind::Number)
        {
            currency = currency_word(&t.norm);
            j = i + 1 + dot;
        }
    }
    let num_tok = toks.get(j)?;
    let (mut value, vague) = match num_tok.kind {
        Kind::Number => (Some(parse_number(&num_tok.norm, lang)?), false),
        Kind::Word if currency.is_none() && number_word(&num_tok.norm).is_some() => {
            // "one and a half billion": half more, told before the scale.
            let and_a_half = and_a_half_at(toks, j + 1);
            let number_end = if and_a_half { j + 3 } else { j };
            // Number words count only before a scale: "dix milliards", "two billion".
            let next = toks.get(number_end + 1)?;
            scale_of(&next.norm, lang).filter(|_| next.kind == Kind::Word)?;
            // "half a billion dollars", "a quarter of a billion": a part
            // of the scale.
            let before = |back: usize| j.checked_sub(back).map(|b| toks[b].norm.as_str());
            let part = match (num_tok.norm.as_str(), before(1), before(2)) {
                ("a" | "an", Some("half"), _) => 0.5,
                ("a" | "an", Some("of"), Some("quarter")) => 0.25,
                ("a" | "an", Some("of"), Some("third")) => 1.0 / 3.0,
                _ => 1.0,
            };
            let value =
                number_word(&num_tok.norm).map(|v| v * part + if and_a_half { 0.5 } else { 0.0 });
            j = number_end;
            (value, false)
        }
        Kind::Word if currency.is_none() && vague_word(&num_tok.norm) => {
            // "des dizaines de milliards", "several billion": no value.
            let mut k = j + 1;
            if toks
                .get(k)
                .is_some_and(|n| matches!(n.norm.as_str(), "de" | "d'" | "of"))
            {
                k += 1;
            }
            let next = toks.get(k)?;
            scale_of(&next.norm, lang).filter(|&s| s >= 1e6 && next.kind == Kind::Word)?;
            j = k - 1;
            (None, true)
        }
        _ => return None,
    };
    let mut k = j + 1;
    // "$48-million", "$2.5-billion": Canadian papers join the scale to the
    // number with a hyphen, after a currency symbol ("a 104-mln-U.S.-dlr
    // bid" is newswire's adjective, left unread).
    if let (Some(dash), Some(scale)) = (toks.get(k), toks.get(k + 1))
        && currency.is_some()
        && dash.is_punct('-')
        && dash.start == toks[j].end
        && scale.start == dash.end
        && scale.kind == Kind::Word
        && scale_of(&scale.norm, lang).is_some()
    {
        k += 1;
    }
    let mut scaled = false;
    // "$1 billion": a currency symbol before the number is the English way
    // of writing money, whose billion is a thousand million even in a text
    // read as French (a French "billion" follows its number with "d'euros").
    let scale_lang = if currency.is_some() { Lang::En } else { lang };
    // Scale, possibly glued to the number ("4.5bn") or to a currency ("M€").
    if let Some(s) = toks
        .get(k)
        .filter(|n| n.kind == Kind::Word)
        .and_then(|n| scale_of(&n.norm, scale_lang))
    {
        // A lone "m" or "b" only counts glued to the number or before a currency.
        let tok = &toks[k];
        let short = matches!(tok.norm.as_str(), "m" | "b" | "k");
        let glued = tok.start == toks[k - 1].end;
        let cur_next = toks
            .get(k + 1)
            .is_some_and(|n| n.kind == Kind::Currency || currency_word(&n.norm).is_some());
        if !short || glued || cur_next || currency.is_some() {
            value = value.map(|v| scaled_value(v, s));
            scaled = true;
            k += 1;
            // "5 lakh crore", "2 thousand crore": Indian writing scales a
            // crore again.
            if toks.get(k).is_some_and(|n| n.norm == "crore")
                && let Some(crore) = scale_of("crore", scale_lang)
            {
                value = value.map(|v| scaled_value(v, crore));
                k += 1;
            }
            // "un milliard et demi d'euros", "deux milliards et demi", "a
            // billion and a half": half the scale more.
            let half = match (toks.get(k), toks.get(k + 1)) {
                (Some(a), Some(b))
                    if a.norm == "et" && matches!(b.norm.as_str(), "demi" | "demie") =>
                {
                    2
                }
                _ if and_a_half_at(toks, k) => 3,
                _ => 0,
            };
            if half > 0 {
                value = value.map(|v| v + scaled_value(0.5, s));
                k += half;
            }
        }
    }
    if currency.is_none() {
        // "25 milliards de dollars", "7 M€", "20 millions d'euros", "Md$".
        let mut m = k;
        if toks
            .get(m)
            .is_some_and(|n| matches!(n.norm.as_str(), "de" | "d'" | "of"))
            && scaled
        {
            m += 1;
        }

        // "703 mln Swiss francs", "francs suisses", "Hong Kong dollars": a
        // currency named with its country.
        // ("120 mln U.S. dlrs", "N.Z. dlrs": an abbreviation's closing dot
        // is a token of its own, glued back to its word.)
        let (key, ends) = phrase_key(toks, m);
        let phrase = ends
            .iter()
            .rev()
            .filter(|&&(words, _, _)| words >= 2)
            .find_map(|&(_, bytes, used)| currency_word(&key[..bytes]).map(|c| (c, used)));
        if let Some((c, len)) = phrase {
            currency = Some(c);
            k = m + len;
        } else if let Some(n) = toks.get(m) {
            if n.kind == Kind::Currency {
                currency = Some(currency_symbol(&n.norm, None));
                k = m + 1;
            } else if let Some(c) = currency_word(&n.norm).filter(|_| n.kind == Kind::Word) {
                currency = Some(c);
                k = m + 1;
            } else if let Some(c) = after_country_word(toks, m) {
                currency = Some(c);
                k = m + 2;
            }
        }
    } else if toks
        .get(k)
        .is_some_and(|n| currency_word(&n.norm) == currency)
    {
        k += 1;
    }
    if !vague && !scaled && currency.is_none() && !bare {
        return None;
    }
    if value.is_some_and(|v| !(0.0..=MAX_VALUE).contains(&v)) {
        return None;
    }
    Some(Core {
        first: i,
        last: k,
        value,
        currency,
        scaled,
    })
}

/// "300 million Brazilian reais", "2 bln Chilean pesos": a currency word
/// after a word of its country the table has no phrase for. A name several
/// countries share takes the country's code when the word names one of
/// them, else stays the family's. Dollars and pounds are left out: the
/// table reads them as the US's and the UK's, which "NZ dlrs" or "Sudanese
/// pounds" are not.
fn after_country_word(toks: &[Token], m: usize) -> Option<&'static str> {
    let country = toks.get(m).filter(|t| t.kind == Kind::Word)?;
    let word = toks.get(m + 1).filter(|t| t.kind == Kind::Word)?;
    let code = currency_word(&word.norm).filter(|c| !matches!(*c, "USD" | "GBP"))?;
    let Some(codes) = family_codes(code) else {
        return Some(code);
    };
    Some(
        CURRENCY_COUNTRIES
            .get(&country.norm)
            .filter(|c| codes.contains(c))
            .unwrap_or(code),
    )
}

/// Whether "and a half" is written from token `k` on: "a billion and a
/// half", "one and a half billion".
fn and_a_half_at(toks: &[Token], k: usize) -> bool {
    matches!(
        (toks.get(k), toks.get(k + 1), toks.get(k + 2)),
        (Some(a), Some(b), Some(c)) if a.norm == "and" && b.norm == "a" && c.norm == "half"
    )
}

/// A number times its scale word, to the cent: "16.4 billion" is
/// 16,400,000,000, not the 16,399,999,999.999998 that binary floating point
/// makes of 16.4 x 1e9 (text never writes amounts finer than a hundredth).
fn scaled_value(v: f64, scale: f64) -> f64 {
    (v * scale * 100.0).round() / 100.0
}

struct Joined {
    core: Core,
    scale: f64,
    scaled: bool,
}

/// The upper end of a range that starts with `lo`: "X et/and/à/to Y" after
/// "entre/between/de/from", or "X to Y" / "X-Y".
fn range_after(toks: &[Token], lo: &Core, lang: Lang) -> Option<Joined> {
    let before = lo.first.checked_sub(1).map(|k| toks[k].norm.as_str());
    let link = toks.get(lo.last)?;
    let ok = match link.norm.as_str() {
        "et" | "and" => matches!(before, Some("entre" | "between")),
        "à" | "to" => {
            matches!(before, Some("de" | "from" | "d'")) || lo.scaled || lo.currency.is_some()
        }
        "-" | "–" => true,
        _ => false,
    };
    if !ok {
        return None;
    }
    let mut hi = core_at(toks, lo.last + 1, lang, false)?;
    hi.first = lo.first;
    let scale = hi_scale(toks, lo.last + 1, lang);
    Some(Joined {
        scaled: scale.is_some(),
        scale: scale.unwrap_or(1.0),
        core: hi,
    })
}

fn hi_scale(toks: &[Token], i: usize, lang: Lang) -> Option<f64> {
    (i..(i + 3).min(toks.len()))
        .find_map(|k| scale_of(&toks[k].norm, lang).filter(|_| toks[k].kind == Kind::Word))
}

/// Qualifier words in the few tokens before an amount.
fn qualifier_before(toks: &[Token], first: usize) -> Qualifier {
    let from = first.saturating_sub(5);
    let window: Vec<&str> = toks[from..first].iter().map(|t| t.norm.as_str()).collect();
    let has = |w: &str| window.contains(&w);
    let pair = |a: &str, b: &str| window.windows(2).any(|p| p[0] == a && p[1] == b);
    if pair("jusqu'", "à")
        || pair("up", "to")
        || has("maximale")
        || has("maximum")
        || pair("as", "much")
    {
        Qualifier::UpTo
    } else if pair("au", "moins") || pair("at", "least") || has("minimum") || pair("no", "less") {
        Qualifier::AtLeast
    } else if pair("plus", "de")
        || pair("more", "than")
        || has("over")
        || has("above")
        || has("exceeding")
        || has("au-delà")
        || window.iter().any(|w| {
            w.starts_with("dépass") || w.starts_with("exceed") || w.starts_with("supérieur")
        })
    {
        Qualifier::MoreThan
    } else if has("environ")
        || pair("près", "de")
        || has("about")
        || has("approximately")
        || has("around")
        || has("roughly")
        || has("nearly")
        || has("almost")
        || has("presque")
        || has("quelque")
        || has("approximativement")
        || has("some")
        || has("~")
    {
        Qualifier::Approx
    } else {
        Qualifier::Exact
    }
}

/// "par an", "per year", "a year", "annually", "chaque année".
fn per_year_after(toks: &[Token], last: usize) -> bool {
    let w: Vec<&str> = toks[last..(last + 3).min(toks.len())]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    matches!(
        w.as_slice(),
        ["par", "an" | "année", ..]
            | ["per", "year" | "annum", ..]
            | ["a", "year", ..]
            | ["annually", ..]
            | ["chaque", "année", ..]
            | ["each", "year", ..]
            | ["/", "an" | "year", ..]
    )
}

/// The phrase of up to four words from token `m` on, as the currency table
/// writes it ("u.s. dlrs"), and where each of its prefixes ends (a word
/// closed by a dot ends one with the dot and one without): the word count,
/// the key's length in bytes and the tokens taken.
fn phrase_key(toks: &[Token], m: usize) -> (String, Vec<(usize, usize, usize)>) {
    let mut key = String::with_capacity(32);
    let mut ends = Vec::with_capacity(4);
    let (mut count, mut k) = (0, m);
    while count < 4 {
        let Some(t) = toks.get(k) else { break };
        if t.norm == "." && count > 0 {
            // Both the word with its dot and without it are tried.
            key.push('.');
            ends.push((count, key.len(), k + 1 - m));
        } else {
            if count > 0 {
                key.push(' ');
            }
            key.push_str(&t.norm);
            count += 1;
            ends.push((count, key.len(), k + 1 - m));
        }
        k += 1;
    }
    (key, ends)
}

#[cfg(test)]
mod tests;
