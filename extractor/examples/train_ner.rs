//! Trains the name model the extractor ships (`data/ner/model.bin.gz`) from
//! annotated CoNLL files. Run from the repository root:
//!
//! ```sh
//! cargo run --release -p dealwire-extractor --example train_ner -- \
//!     extractor/data/ner/model.bin.gz \
//!     ../shared/ner/en-wikigold-test.conll.gz ../shared/ner/fr-europeana-train.conll.gz
//! ```
//!
//! Only corpora whose licence allows training what ships may be given (see
//! `extractor/data/ner/README.md`). Consecutive runs of 20 sentences stand
//! for documents, for the features that look at the whole document.

use std::collections::HashSet;
use std::path::PathBuf;

use dealwire_extractor::ner::features::Prepared;
use dealwire_extractor::ner::model::{Example, train};
use dealwire_extractor::ner::{Label, conll};

/// Sentences read together as one document.
const DOCUMENT: usize = 20;
const EPOCHS: usize = 8;
const SEED: u64 = 2026;
const MIN_COUNT: u32 = 2;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let out = args
        .next()
        .ok_or("usage: train_ner OUT.bin.gz CORPUS.conll[.gz]...")?;
    let mut sentences = Vec::new();
    for path in args {
        let read = conll::read_tagged_file(&path)?;
        eprintln!("{}: {} sentences", path.display(), read.len());
        sentences.extend(read);
    }
    let mut examples: Vec<Example<'_>> = Vec::with_capacity(sentences.len());
    for doc in sentences.chunks(DOCUMENT) {
        let lowercase: HashSet<&str> = doc
            .iter()
            .flatten()
            .map(|(w, _)| w.as_str())
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .collect();
        for s in doc {
            let words: Vec<&str> = s.iter().map(|(w, _)| w.as_str()).collect();
            let labels: Vec<Label> = s.iter().map(|(_, t)| Label::parse(t)).collect();
            examples.push((Prepared::new(words, &|w| lowercase.contains(w)), labels));
        }
    }
    let model = train(&examples, EPOCHS, SEED, MIN_COUNT);
    eprintln!("{} features kept", model.len());
    model.write(std::fs::File::create(&out)?)?;
    eprintln!("written to {}", out.display());
    Ok(())
}
