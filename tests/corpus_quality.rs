//! The extraction quality floors on ../shared/corpus, over seeds and dev and
//! over seeds, dev and dev2, scored by the corpus's own `score.py`. Skipped,
//! with a message, when the corpus or python3 is absent; CI has both, so CI
//! enforces the floors.

mod common;

use std::io::Write;
use std::process::Command;

use dealwire_core::names::Aliases;
use dealwire_extractor::cli;
use dealwire_extractor::pipeline::Extractor;

/// The floors: issue 3's on seeds + dev, and the deal-reading issue's, the
/// same figures, on seeds + dev + dev2.
const FLOORS: &[(&str, f64)] = &[
    ("deal", 0.85),
    ("typed", 0.75),
    ("amount_accuracy", 0.9),
    ("status_accuracy", 0.8),
];

#[test]
fn extraction_on_seeds_and_dev_meets_the_quality_floors() {
    check_floors(&["seeds", "dev"]);
}

#[test]
fn extraction_on_seeds_dev_and_dev2_meets_the_quality_floors() {
    check_floors(&["seeds", "dev", "dev2"]);
}

/// Extracts every article of `sets`, scores it with `score.py` against the
/// sets' answer keys and asserts each floor.
fn check_floors(sets: &[&str]) {
    let Some(corpus) = common::shared_corpus() else {
        return;
    };
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipping: python3 is not installed");
        return;
    }
    if let Some(missing) = sets.iter().find(|d| !corpus.join(d).is_dir()) {
        eprintln!("skipping: {} has no {missing} set", corpus.display());
        return;
    }
    let extractor = Extractor::new(Aliases::default());
    let mut files: Vec<_> = sets
        .iter()
        .flat_map(|d| std::fs::read_dir(corpus.join(d)).expect("corpus dir"))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "html"))
        .collect();
    files.sort();
    let mut pred = tempfile::NamedTempFile::new().expect("temp file");
    for f in &files {
        let article = cli::read_article(f).expect("article reads");
        writeln!(pred, "{}", cli::extract_line(&extractor, &article)).expect("write");
    }
    let out = Command::new("python3")
        .arg(corpus.join("../tools/score.py"))
        .args(sets.iter().map(|d| corpus.join(format!("gold/{d}.jsonl"))))
        .arg("--pred")
        .arg(pred.path())
        .arg("--json")
        .output()
        .expect("score.py runs");
    assert!(
        out.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let scores: serde_json::Value = serde_json::from_slice(&out.stdout).expect("score JSON");
    eprintln!("{}: {scores}", sets.join(" + "));
    for (metric, floor) in FLOORS {
        let value = match &scores[*metric] {
            serde_json::Value::Object(o) => o["f1"].as_f64(),
            v => v.as_f64(),
        }
        .unwrap_or(0.0);
        assert!(
            value >= *floor,
            "{metric} is {value:.3} on {}, below the floor {floor}",
            sets.join(" + ")
        );
    }
}
