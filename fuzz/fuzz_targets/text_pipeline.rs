//! The whole extraction pipeline on arbitrary input, as plain text and as
//! HTML: it must neither panic nor hang, and every evidence offset it reports
//! must point into the text it reports.
#![no_main]

use dealwire_extractor::pipeline::{ArticleInput, Extractor};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest).into_owned();
    let article = ArticleInput {
        id: "fuzz".into(),
        text,
        html: flags & 1 == 1,
        ..ArticleInput::default()
    };
    let out = Extractor::default().extract(&article);
    for deal in &out.deals {
        for s in &deal.sources {
            let (start, end) = (s.evidence.start as usize, s.evidence.end as usize);
            assert!(
                start <= end && end <= out.text.len(),
                "evidence offsets out of the text"
            );
            assert_eq!(
                &out.text[start..end],
                s.evidence.sentence,
                "evidence is not the text at its offsets"
            );
        }
    }
});
