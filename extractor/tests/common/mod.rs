//! What the extractor's sentence-level tests share: reading a text into one
//! line per deal.

use dealwire_core::names::Aliases;
use dealwire_extractor::pipeline::{ArticleInput, Extractor};

/// `type[name:role,...] value status` for each deal, parties sorted; the
/// value's conversions in brackets follow it ("300000000AUD(200000000USD)").
pub fn read(text: &str) -> Vec<String> {
    read_article(text, false)
}

/// As [`read`], for an article given as HTML.
#[allow(dead_code)] // Not every test binary that shares this module reads HTML.
pub fn read_html(html: &str) -> Vec<String> {
    read_article(html, true)
}

fn read_article(text: &str, html: bool) -> Vec<String> {
    let extractor = Extractor::new(Aliases::default());
    let out = extractor.extract(&ArticleInput {
        id: "t".into(),
        text: text.into(),
        html,
        ..ArticleInput::default()
    });
    out.deals
        .iter()
        .map(|d| {
            let mut parties: Vec<String> = d
                .parties
                .iter()
                .map(|p| format!("{}:{}", p.name, p.role.as_str()))
                .collect();
            parties.sort();
            let amount = d.amount.as_ref().map_or("-".to_string(), |a| {
                let alternatives: String = a
                    .alternatives
                    .iter()
                    .map(|(code, v)| format!("({v}{code})"))
                    .collect();
                format!("{}{}{alternatives}", a.value, a.currency)
            });
            format!(
                "{}[{}] {} {}",
                d.deal_type.as_str(),
                parties.join(","),
                amount,
                d.status.as_str()
            )
        })
        .collect()
}
