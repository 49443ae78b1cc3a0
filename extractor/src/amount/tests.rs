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
        ("for NT$10 billion", "TWD"),
        ("for R$2 billion", "BRL"),
        ("for MX$3 billion", "MXN"),
        ("for ₹5,000 crore", "INR"),
        ("for ₩1.2 trillion", "KRW"),
    ] {
        assert_eq!(one(text, Lang::En).currency, Some(code), "{text}");
    }
}

#[test]
fn the_rands_sign_glued_to_a_sum_reads_the_whole_figure_in_rand() {
    for (text, value) in [
        ("it paid R2.3 billion", 2.3e9),
        ("a R500m offer", 500e6),
        ("pour R1,2 milliard", 1.2e9),
    ] {
        let found = one(text, Lang::En);
        assert_eq!(found.currency, Some("ZAR"), "{text}");
        assert!(
            found.value.is_some_and(|v| close(v, value)),
            "{text}: {found:?}"
        );
    }
    // A model's code is no sum.
    assert!(find_amounts(&tokenize("the R2 rifle"), Lang::En).is_empty());
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
fn an_iso_code_rs_or_sfr_before_the_number_names_the_currency() {
    assert_eq!(one("pour SEK 400 millions", Lang::En).currency, Some("SEK"));
    let a = one("will invest Rs 500 crore in", Lang::En);
    assert!(close(a.value.unwrap_or(0.0), 5e9));
    assert_eq!(a.currency, Some("INR"));
    assert_eq!(one("invest Rs. 20 lakh", Lang::En).currency, Some("INR"));
    assert_eq!(one("for SFr 300 million", Lang::En).currency, Some("CHF"));
}

#[test]
fn francs_wait_for_the_article_to_say_whose_they_are() {
    assert_eq!(one("for 703 mln francs", Lang::En).currency, Some(FRANC));
}

#[test]
fn a_currency_after_its_countrys_adjective_is_that_countrys() {
    for (text, code) in [
        ("for 300 million Brazilian reais", "BRL"),
        ("worth 2 billion Chilean pesos", "CLP"),
        ("for 40 million Tunisian dinars", "TND"),
        ("paid 1.5 billion Egyptian pounds", "EGP"),
        ("valued at 90 mln Norwegian crowns", "NOK"),
    ] {
        assert_eq!(one(text, Lang::En).currency, Some(code), "{text}");
    }
    // An adjective of no country leaves a shared name to the article.
    assert_eq!(
        one("for 703 mln new francs", Lang::En).currency,
        Some(FRANC)
    );
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
fn a_scale_hyphened_to_its_number_after_a_currency_symbol_counts() {
    let a = one("raising C$165-million of subscription receipts", Lang::En);
    assert!(close(a.value.unwrap_or(0.0), 165e6));
    assert_eq!(a.currency, Some("CAD"));
    let a = one("valued at $2.5-billion", Lang::En);
    assert!(close(a.value.unwrap_or(0.0), 2.5e9));
}

#[test]
fn a_crore_scaled_again_multiplies_its_scale() {
    let a = one("worth 5 lakh crore rupees", Lang::En);
    assert!(close(a.value.unwrap_or(0.0), 5e12));
    assert_eq!(a.currency, Some("INR"));
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
fn half_a_scale_after_it_adds_half_of_it() {
    let a = one("a payé un milliard et demi d'euros", Lang::Fr);
    assert_eq!(a.value, Some(1.5e9));
    assert_eq!(a.currency, Some("EUR"));
    let b = one("pour deux milliards et demi de dollars", Lang::Fr);
    assert_eq!(b.value, Some(2.5e9));
    let c = one("paid a billion and a half dollars", Lang::En);
    assert_eq!(c.value, Some(1.5e9));
    let d = one("paid one and a half billion dollars", Lang::En);
    assert_eq!(d.value, Some(1.5e9));
    assert_eq!(d.currency, Some("USD"));
}

#[test]
fn half_a_scale_is_half_of_it() {
    let a = one("paid nearly half a billion dollars", Lang::En);
    assert!(close(a.value.unwrap_or(0.0), 5e8));
    let a = one("a quarter of a billion dollars", Lang::En);
    assert!(close(a.value.unwrap_or(0.0), 2.5e8));
    let a = one("a payé un demi-milliard d'euros", Lang::Fr);
    assert!(close(a.value.unwrap_or(0.0), 5e8));
    let a = one("a billion dollars", Lang::En);
    assert!(close(a.value.unwrap_or(0.0), 1e9));
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

#[test]
fn a_decimal_times_its_scale_is_exact_to_the_cent() {
    for (text, value) in [
        ("a $16.4 billion deal", 16_400_000_000.0),
        ("pour 1,7 milliard d'euros", 1_700_000_000.0),
        ("for 2.3 mln dlrs", 2_300_000.0),
    ] {
        let lang = if text.starts_with("pour") {
            Lang::Fr
        } else {
            Lang::En
        };
        assert_eq!(one(text, lang).value, Some(value), "{text}");
    }
}
