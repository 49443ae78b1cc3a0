//! One fixture sentence or more for each construction the deal lexicon
//! covers, in English and French, with the deal it must give: a table test.
//! The table is `fixtures/constructions.txt` (its header gives the format);
//! its sentences are written for these tests (invented companies), never
//! taken from the evaluation corpus.

mod common;

use common::read;

/// One row of the table: where it stands, its construction, its sentence
/// and the deals it must give.
struct Case {
    line: usize,
    construction: String,
    sentence: String,
    deals: Vec<String>,
}

/// Reads the table; a malformed row fails the test with its line.
fn cases() -> Vec<Case> {
    let text = include_str!("fixtures/constructions.txt");
    let mut out: Vec<Case> = Vec::new();
    let mut construction = String::new();
    for (k, line) in text.lines().enumerate() {
        let line_no = k + 1;
        let line = line.trim();
        if let Some(name) = line.strip_prefix("## ") {
            construction = name.trim().to_string();
        } else if line.is_empty() || line.starts_with('#') {
            continue;
        } else if let Some(deal) = line.strip_prefix("=>") {
            let case = out
                .last_mut()
                .unwrap_or_else(|| panic!("line {line_no}: a deal before any sentence"));
            let deal = deal.trim();
            if deal != "none" {
                case.deals.push(deal.to_string());
            }
        } else {
            assert!(
                !construction.is_empty(),
                "line {line_no}: a sentence before any `## construction`"
            );
            out.push(Case {
                line: line_no,
                construction: construction.clone(),
                // "\n" in a row stands for a line break (a list's bullets).
                sentence: line.replace("\\n", "\n"),
                deals: Vec::new(),
            });
        }
    }
    out
}

#[test]
fn every_construction_gives_its_deal_in_both_languages() {
    let cases = cases();
    assert!(cases.len() > 100, "the table reads {} cases", cases.len());
    let mut wrong = Vec::new();
    for case in &cases {
        let got = read(&case.sentence);
        if got != case.deals {
            wrong.push(format!(
                "line {} ({}): {}\n   want {:?}\n   got  {:?}",
                case.line, case.construction, case.sentence, case.deals, got
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
