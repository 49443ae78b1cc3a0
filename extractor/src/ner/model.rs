//! The name model: an averaged perceptron that labels tokens left to right
//! (organisation, person, place, other name, or none), each token from the
//! features of [`super::features`] and the label given to the token before.
//!
//! It is trained by [`train`] on annotated sentences and kept as a gzip
//! file of (feature hash, five weights) records; see `data/ner/README.md`
//! for what the shipped model was trained on and how to rebuild it.

use std::io::{Read, Write};

use rustc_hash::FxHashMap;

use super::Label;
use super::features::{Prepared, features};
use crate::error::Error;

/// Labels in weight order.
const LABELS: [Label; 5] = [
    Label::Outside,
    Label::Org,
    Label::Per,
    Label::Loc,
    Label::Misc,
];

/// The magic bytes and version that open a model file.
const MAGIC: &[u8; 8] = b"DWNER01\n";

/// Trained weights.
#[derive(Debug, Default)]
pub struct Model {
    weights: FxHashMap<u64, [f32; 5]>,
}

impl Model {
    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Labels every token of a sentence, left to right.
    pub fn label(&self, s: &Prepared<'_>) -> Vec<Label> {
        let mut out = Vec::with_capacity(s.len());
        let mut feats = Vec::with_capacity(48);
        let mut prev = Label::Outside;
        for i in 0..s.len() {
            features(s, i, prev, &mut feats);
            let scores = self.scores(&feats);
            prev = LABELS[argmax(&scores)];
            out.push(prev);
        }
        out
    }

    fn scores(&self, feats: &[u64]) -> [f32; 5] {
        let mut scores = [0.0f32; 5];
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for (s, w) in scores.iter_mut().zip(w) {
                    *s += w;
                }
            }
        }
        scores
    }

    /// Writes the model as gzip: the magic bytes, the record count, then
    /// each record's hash and weights, little-endian, sorted by hash so the
    /// same model always gives the same bytes.
    pub fn write(&self, out: impl Write) -> std::io::Result<()> {
        let mut gz = flate2::write::GzEncoder::new(out, flate2::Compression::best());
        gz.write_all(MAGIC)?;
        let mut keys: Vec<&u64> = self.weights.keys().collect();
        keys.sort_unstable();
        gz.write_all(&(keys.len() as u64).to_le_bytes())?;
        for k in keys {
            gz.write_all(&k.to_le_bytes())?;
            for w in &self.weights[k] {
                gz.write_all(&w.to_le_bytes())?;
            }
        }
        gz.finish()?;
        Ok(())
    }

    /// Reads a model written by [`Model::write`].
    pub fn read(input: impl Read) -> Result<Self, Error> {
        let format = || Error::NameModel("not a dealwire name model (version 1)".into());
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(input)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::NameModel(format!("cannot decompress: {e}")))?;
        let rest = bytes.strip_prefix(MAGIC.as_slice()).ok_or_else(format)?;
        let (count, mut rest) = rest.split_at_checked(8).ok_or_else(format)?;
        let count = u64::from_le_bytes(count.try_into().map_err(|_| format())?);
        let count = usize::try_from(count).map_err(|_| format())?;
        if rest.len() != count.checked_mul(8 + 5 * 4).ok_or_else(format)? {
            return Err(format());
        }
        let mut weights = FxHashMap::default();
        weights.reserve(count);
        while let Some((record, tail)) = rest.split_at_checked(8 + 5 * 4) {
            let mut k = [0u8; 8];
            k.copy_from_slice(&record[..8]);
            let mut w = [0.0f32; 5];
            for (n, chunk) in record[8..].chunks_exact(4).enumerate() {
                let mut b = [0u8; 4];
                b.copy_from_slice(chunk);
                w[n] = f32::from_le_bytes(b);
            }
            weights.insert(u64::from_le_bytes(k), w);
            rest = tail;
        }
        Ok(Model { weights })
    }
}

fn argmax(scores: &[f32; 5]) -> usize {
    // Ties go to the first label, "outside", so an unknown token is no name.
    let mut best = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[best] {
            best = i;
        }
    }
    best
}

/// One training sentence: tokens and their gold labels.
pub type Example<'a> = (Prepared<'a>, Vec<Label>);

/// Trains an averaged perceptron over `examples` for `epochs` passes, in an
/// order shuffled by `seed` (the same seed gives the same model). Features
/// seen fewer than `min_count` times in the training data are dropped
/// afterwards, which keeps the file small.
pub fn train(examples: &[Example<'_>], epochs: usize, seed: u64, min_count: u32) -> Model {
    let mut weights: FxHashMap<u64, [f32; 5]> = FxHashMap::default();
    // Sums for averaging, kept lazily: each weight's running total and the
    // step it was last brought up to date.
    let mut totals: FxHashMap<u64, ([f32; 5], [u64; 5])> = FxHashMap::default();
    let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
    let mut step: u64 = 0;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut feats = Vec::with_capacity(48);
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &e in &order {
            let (s, gold) = &examples[e];
            let mut prev = Label::Outside;
            for (i, &gold_label) in gold.iter().enumerate().take(s.len()) {
                features(s, i, prev, &mut feats);
                if epoch == 0 {
                    for f in &feats {
                        *counts.entry(*f).or_default() += 1;
                    }
                }
                let mut scores = [0.0f32; 5];
                for f in &feats {
                    if let Some(w) = weights.get(f) {
                        for (s, w) in scores.iter_mut().zip(w) {
                            *s += w;
                        }
                    }
                }
                let guess = argmax(&scores);
                let truth = gold_label.index();
                step += 1;
                if guess != truth {
                    for f in &feats {
                        let w = weights.entry(*f).or_insert([0.0; 5]);
                        let (total, stamp) = totals.entry(*f).or_insert(([0.0; 5], [0; 5]));
                        for (label, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                            total[label] += (step - stamp[label]) as f32 * w[label];
                            stamp[label] = step;
                            w[label] += delta;
                        }
                    }
                }
                // Teacher forcing: the next token sees the gold label.
                prev = gold_label;
            }
        }
    }
    let mut averaged = FxHashMap::default();
    for (f, w) in &weights {
        if counts.get(f).copied().unwrap_or(0) < min_count {
            continue;
        }
        let (total, stamp) = totals.get(f).copied().unwrap_or(([0.0; 5], [0; 5]));
        let mut avg = [0.0f32; 5];
        for label in 0..5 {
            let sum = total[label] + (step - stamp[label]) as f32 * w[label];
            avg[label] = sum / step.max(1) as f32;
        }
        if avg.iter().any(|v| v.abs() > 1e-6) {
            averaged.insert(*f, avg);
        }
    }
    Model { weights: averaged }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(text: &str) -> Example<'_> {
        let mut words = Vec::new();
        let mut labels = Vec::new();
        for pair in text.split(' ') {
            let (w, l) = pair.split_once('/').unwrap_or((pair, "O"));
            words.push(w);
            labels.push(Label::parse(l));
        }
        (Prepared::new(words, &|_| false), labels)
    }

    fn tiny_model() -> Model {
        let data = [
            "Vantora/ORG hired/O Jane/PER Doe/PER in/O Lyon/LOC ./O",
            "Kelmix/ORG Corp/ORG met/O John/PER Smith/PER in/O Berlin/LOC ./O",
            "Jane/PER Doe/PER left/O Kelmix/ORG ./O",
            "Shares/O of/O Vantora/ORG rose/O in/O Madrid/LOC ./O",
        ];
        let examples: Vec<Example<'_>> = data.iter().map(|t| example(t)).collect();
        train(&examples, 10, 7, 1)
    }

    #[test]
    fn a_trained_model_labels_the_sentences_it_learnt() {
        let m = tiny_model();
        let (s, gold) = example("Vantora/ORG hired/O Jane/PER Doe/PER in/O Lyon/LOC ./O");
        assert_eq!(m.label(&s), gold);
    }

    #[test]
    fn training_is_deterministic_and_a_model_survives_writing_and_reading() {
        let (a, b) = (tiny_model(), tiny_model());
        let (mut x, mut y) = (Vec::new(), Vec::new());
        a.write(&mut x).unwrap_or_default();
        b.write(&mut y).unwrap_or_default();
        assert_eq!(x, y);
        let back = Model::read(x.as_slice()).unwrap_or_default();
        assert_eq!(back.len(), a.len());
        let (s, _) = example("Kelmix met Jane Doe in Berlin .");
        assert_eq!(back.label(&s), a.label(&s));
    }

    #[test]
    fn a_file_that_is_no_model_is_refused() {
        assert!(Model::read(b"not gzip".as_slice()).is_err());
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"DWNER01\n\x05\0\0\0\0\0\0\0")
            .unwrap_or_default();
        let bytes = gz.finish().unwrap_or_default();
        assert!(
            matches!(Model::read(bytes.as_slice()), Err(Error::NameModel(m)) if m.contains("not a"))
        );
    }
}
