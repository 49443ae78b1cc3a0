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

pub use numbers::{CURRENCY_COUNTRIES, FRANC, family_codes, parse_number};
use numbers::{MAX_VALUE, currency_symbol, currency_word, number_word, scale_of, vague_word};

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
                    v * joined.scale
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
/// "A$", "HK$", "S$", "NZ$" (see `currency_symbol`).
fn dollar_prefix(word: &str) -> bool {
    matches!(word, "us" | "c" | "ca" | "a" | "au" | "hk" | "s" | "nz")
}

/// ISO codes written before the number ("EUR 1.2bn").
fn code_before_number(word: &str) -> bool {
    // An ISO code ("EUR 1.2bn", "SEK 400m") or the rupee's "Rs".
    word == "rs"
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
            // Number words count only before a scale: "dix milliards", "two billion".
            let next = toks.get(j + 1)?;
            scale_of(&next.norm, lang).filter(|_| next.kind == Kind::Word)?;
            (number_word(&num_tok.norm), false)
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
            value = value.map(|v| v * s);
            scaled = true;
            k += 1;
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
        let phrase = [4usize, 3, 2].into_iter().find_map(|len| {
            let words = toks.get(m..m + len)?;
            let key: Vec<&str> = words.iter().map(|t| t.norm.as_str()).collect();
            currency_word(&key.join(" ")).map(|c| (c, len))
        });
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

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_core::tokens::tokenize;
    use proptest::prelude::*;

    fn one(text: &str, lang: Lang) -> AmountMention {
        let toks = tokenize(text);
        let mut found = find_amounts(&toks, lang);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.remove(0)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-6 * b.abs().max(1.0)
    }

    #[test]
    fn newswire_and_older_currencies_are_read_by_their_word() {
        for (text, value, code) in [
            ("it paid 12.2 bln pesetas for the stake", 12.2e9, "ESP"),
            ("a bid worth 40 mln dlrs in cash", 40e6, "USD"),
            ("the unit fetched 90 mln stg last year", 90e6, "GBP"),
            ("valued at 3.5 bln marks", 3.5e9, "DEM"),
            ("for 250 mln riyals", 250e6, "SAR"),
            ("a price of 500 crore rupees", 5e9, "INR"),
            ("raised 75 lakh rupees", 7.5e6, "INR"),
        ] {
            let a = one(text, Lang::En);
            assert!(a.value.is_some_and(|v| close(v, value)), "{text}: {a:?}");
            assert_eq!(a.currency, Some(code), "{text}");
        }
    }

    #[test]
    fn dollars_of_other_countries_are_read_by_their_prefix() {
        for (text, code) in [
            ("it paid A$200 mln", "AUD"),
            ("a C$1.5 bln offer", "CAD"),
            ("worth HK$3 bln", "HKD"),
            ("a S$40 mln round", "SGD"),
        ] {
            assert_eq!(one(text, Lang::En).currency, Some(code), "{text}");
        }
    }

    #[test]
    fn a_billion_after_a_currency_symbol_is_a_thousand_million_in_french_too() {
        assert!(
            one("Orbis remporte un contrat de $1 billion", Lang::Fr)
                .value
                .is_some_and(|v| close(v, 1e9))
        );
        assert!(
            one("un billion d'euros de dette", Lang::Fr)
                .value
                .is_some_and(|v| close(v, 1e12))
        );
    }

    #[test]
    fn an_iso_code_or_rs_before_the_number_names_the_currency() {
        assert_eq!(one("pour SEK 400 millions", Lang::En).currency, Some("SEK"));
        let a = one("will invest Rs 500 crore in", Lang::En);
        assert!(close(a.value.unwrap_or(0.0), 5e9));
        assert_eq!(a.currency, Some("INR"));
        assert_eq!(one("invest Rs. 20 lakh", Lang::En).currency, Some("INR"));
    }

    #[test]
    fn francs_wait_for_the_article_to_say_whose_they_are() {
        assert_eq!(one("for 703 mln francs", Lang::En).currency, Some(FRANC));
    }

    #[test]
    fn french_amounts_with_scales_and_currency_words() {
        let a = one(
            "pourrait investir jusqu'à 25 milliards de dollars dans",
            Lang::Fr,
        );
        assert!(close(a.value.unwrap_or(0.0), 25e9));
        assert_eq!((a.qualifier, a.currency), (Qualifier::UpTo, Some("USD")));
        let a = one("une levée de 2,5 milliards d'euros", Lang::Fr);
        assert!(close(a.value.unwrap_or(0.0), 2.5e9));
        assert_eq!(a.currency, Some("EUR"));
        let a = one("Synapse lève 7 M€ pour", Lang::Fr);
        assert!(close(a.value.unwrap_or(0.0), 7e6));
        assert_eq!(a.currency, Some("EUR"));
    }

    #[test]
    fn english_amounts_with_symbols_and_glued_scales() {
        let a = one("an increased offer of $4.5bn", Lang::En);
        assert!(close(a.value.unwrap_or(0.0), 4.5e9));
        assert_eq!(a.currency, Some("USD"));
        let a = one("for $12.2 billion in cash", Lang::En);
        assert!(close(a.value.unwrap_or(0.0), 12.2e9));
        let a = one("about £1,600 million", Lang::En);
        assert!(close(a.value.unwrap_or(0.0), 1.6e9));
        assert_eq!((a.qualifier, a.currency), (Qualifier::Approx, Some("GBP")));
    }

    #[test]
    fn a_range_cut_off_at_the_end_of_a_sentence_is_not_read_past_the_end() {
        // Found by the pipeline property test: "entre 3 et" then nothing.
        let found = find_amounts(&tokenize("entre 3 et"), Lang::Fr);
        assert!(found.iter().all(|a| a.last <= 3));
    }

    #[test]
    fn number_words_count_before_a_scale() {
        let a = one(
            "qui dépasserait largement dix milliards de dollars",
            Lang::Fr,
        );
        assert!(close(a.value.unwrap_or(0.0), 10e9));
        assert_eq!(a.qualifier, Qualifier::MoreThan);
        let a = one("two billion dollars", Lang::En);
        assert!(close(a.value.unwrap_or(0.0), 2e9));
        assert!(find_amounts(&tokenize("les deux entreprises"), Lang::Fr).is_empty());
    }

    #[test]
    fn ranges_give_min_and_top() {
        let a = one(
            "prêt à investir entre 15 et 25 milliards de dollars",
            Lang::Fr,
        );
        assert_eq!(a.qualifier, Qualifier::Range);
        assert!(close(a.min.unwrap_or(0.0), 15e9));
        assert!(close(a.value.unwrap_or(0.0), 25e9));
        let a = one("a range of $300 million to $400 million", Lang::En);
        assert!(close(a.min.unwrap_or(0.0), 300e6) && close(a.value.unwrap_or(0.0), 400e6));
    }

    #[test]
    fn per_year_and_at_least() {
        let a = one("dépensera 3 milliards de dollars par an pour", Lang::Fr);
        assert!(a.per_year);
        let a = one("d'au moins 500 milliards de dollars", Lang::Fr);
        assert_eq!(a.qualifier, Qualifier::AtLeast);
    }

    #[test]
    fn vague_amounts_have_no_value() {
        let a = one(
            "pourrait atteindre des dizaines de milliards de dollars",
            Lang::Fr,
        );
        assert_eq!(a.value, None);
        let a = one("worth several billion dollars", Lang::En);
        assert_eq!(a.value, None);
    }

    #[test]
    fn french_billion_is_a_thousand_milliards() {
        let a = one("un billion d'euros", Lang::Fr);
        assert!(close(a.value.unwrap_or(0.0), 1e12));
    }

    #[test]
    fn absurd_numbers_are_not_amounts() {
        assert!(
            find_amounts(&tokenize("1e308 milliards"), Lang::Fr)
                .iter()
                .all(|a| a.value.unwrap_or(0.0) <= MAX_VALUE)
        );
        assert!(
            find_amounts(
                &tokenize("99999999999999999999 milliards de dollars"),
                Lang::Fr
            )
            .is_empty()
        );
    }

    #[test]
    fn decimal_marks_follow_the_language() {
        assert_eq!(parse_number("2,5", Lang::Fr), Some(2.5));
        assert_eq!(parse_number("9.888", Lang::Fr), Some(9888.0));
        assert_eq!(parse_number("1,600", Lang::En), Some(1600.0));
        assert_eq!(parse_number("1,600.50", Lang::En), Some(1600.5));
        assert_eq!(parse_number("40 000", Lang::Fr), Some(40000.0));
        assert_eq!(parse_number("2.84", Lang::En), Some(2.84));
    }

    proptest! {
        #[test]
        fn any_text_parses_without_panicking(s in "\\PC{0,200}") {
            let toks = tokenize(&s);
            for lang in [Lang::Fr, Lang::En] {
                for a in find_amounts(&toks, lang) {
                    prop_assert!(a.first < a.last && a.last <= toks.len());
                    if let Some(v) = a.value { prop_assert!(v.is_finite() && v >= 0.0); }
                }
            }
        }

        #[test]
        fn written_millions_read_back(n in 1u32..1000, frac in 0u32..100) {
            let text = format!("{n},{frac:02} millions d'euros");
            let a = one(&text, Lang::Fr);
            let want = (f64::from(n) + f64::from(frac) / 100.0) * 1e6;
            prop_assert!(close(a.value.unwrap_or(0.0), want));
        }
    }
}
