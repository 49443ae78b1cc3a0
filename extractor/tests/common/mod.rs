//! What the extractor's sentence-level tests share: reading a text into one
//! line per deal.

use dealwire_core::names::Aliases;
use dealwire_extractor::pipeline::{ArticleInput, Extractor};

/// `type[name:role,...] value status` for each deal, parties sorted.
pub fn read(text: &str) -> Vec<String> {
    let extractor = Extractor::new(Aliases::default());
    let out = extractor.extract(&ArticleInput {
        id: "t".into(),
        text: text.into(),
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
            let amount = d
                .amount
                .as_ref()
                .map_or("-".to_string(), |a| format!("{}{}", a.value, a.currency));
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
