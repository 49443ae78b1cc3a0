//! The exchange-rate table behind reporting currencies.
//!
//! Totals are kept per currency and never added across currencies. When a
//! caller asks for a reporting currency, totals are converted through this
//! table, and currencies it does not know are named, not guessed. The
//! default table ships with the binary; `--exchange-rates FILE` replaces it.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::Error;

const DEFAULT: &str = include_str!("../data/exchange_rates.json");

/// Rates of several currencies against one base.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ExchangeRates {
    /// The day the rates were read.
    pub date: String,
    /// The currency the rates are expressed in.
    pub base: String,
    /// Value of one unit of each currency, in the base currency.
    pub rates: BTreeMap<String, f64>,
}

impl Default for ExchangeRates {
    fn default() -> Self {
        // The shipped table is checked by a unit test, so it always parses.
        Self::parse(DEFAULT, "built-in table").unwrap_or(ExchangeRates {
            date: String::new(),
            base: "USD".into(),
            rates: BTreeMap::from([("USD".into(), 1.0)]),
        })
    }
}

impl ExchangeRates {
    /// Reads a table from JSON: `{"date": ..., "base": "USD", "rates": {"EUR": 1.16}}`.
    pub fn parse(json: &str, origin: &str) -> Result<Self, Error> {
        let mut t: ExchangeRates = serde_json::from_str(json)
            .map_err(|e| Error::Config(format!("exchange rates in {origin}: {e}")))?;
        t.base = t.base.to_ascii_uppercase();
        t.rates = t
            .rates
            .into_iter()
            .map(|(k, v)| (k.to_ascii_uppercase(), v))
            .collect();
        if let Some((code, _)) = t.rates.iter().find(|(_, v)| !v.is_finite() || **v <= 0.0) {
            return Err(Error::Config(format!(
                "exchange rates in {origin}: the rate of {code} must be a positive number"
            )));
        }
        t.rates.entry(t.base.clone()).or_insert(1.0);
        Ok(t)
    }

    /// Reads a table from a file.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::Config(format!(
                "cannot read exchange rates {}: {e}",
                path.display()
            ))
        })?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Whether the table can convert into `code`.
    pub fn knows(&self, code: &str) -> bool {
        self.rates.contains_key(code)
    }

    /// The rate of a currency against the table's base, if known.
    pub fn rate(&self, code: &str) -> Option<f64> {
        self.rates.get(code).copied()
    }

    /// Converts `value` from one currency to another, when both are known.
    pub fn convert(&self, value: f64, from: &str, to: &str) -> Option<f64> {
        if from == to {
            return Some(value);
        }
        Some(value * self.rates.get(from)? / self.rates.get(to)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_parses_and_converts_both_ways() {
        let t = ExchangeRates::parse(DEFAULT, "default");
        assert!(t.is_ok(), "{t:?}");
        let t = ExchangeRates::default();
        for code in ["USD", "EUR", "GBP", "JPY", "CHF", "CNY"] {
            assert!(t.knows(code), "{code}");
        }
        let eur = t.convert(100.0, "EUR", "USD").unwrap_or(0.0);
        let back = t.convert(eur, "USD", "EUR").unwrap_or(0.0);
        assert!((back - 100.0).abs() < 1e-9);
        assert_eq!(t.convert(1.0, "XYZ", "USD"), None);
    }

    #[test]
    fn a_table_with_a_bad_rate_is_refused_with_the_currency_named() {
        let e = ExchangeRates::parse(r#"{"date":"x","base":"usd","rates":{"EUR":-1}}"#, "f");
        assert!(matches!(e, Err(Error::Config(m)) if m.contains("EUR")));
    }
}
