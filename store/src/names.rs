//! The read model's table of organisation names: each gets a dense number
//! ([`NameId`]) for its display name and lowercase lookup key.
//!
//! A million deals name a few hundred thousand organisations. Kept as boxed
//! strings in a vector plus a map from boxed keys, each name cost three heap
//! allocations and about 150 bytes. Here every name's display form and key
//! sit back to back in one string, and the lookup table holds only numbers,
//! hashing the key where the string keeps it: about 40 bytes a name.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

/// An organisation's number in the index.
pub type NameId = u32;

/// Names by number, and numbers by lowercase key.
#[derive(Debug, Default)]
pub struct Names {
    /// Display name then key, for every name in order.
    text: String,
    /// Per name: where its display name starts, its length, the key's length.
    spans: Vec<[u32; 3]>,
    by_key: HashTable<NameId>,
}

fn hash(key: &str) -> u64 {
    FxBuildHasher.hash_one(key)
}

impl Names {
    /// Names held.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether no name is held.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    fn span(&self, id: NameId) -> Option<(usize, usize, usize)> {
        self.spans
            .get(id as usize)
            .map(|&[at, name, key]| (at as usize, name as usize, key as usize))
    }

    /// The display name of a number ("" for an unknown number).
    pub fn display(&self, id: NameId) -> &str {
        self.span(id)
            .and_then(|(at, name, _)| self.text.get(at..at + name))
            .unwrap_or("")
    }

    /// The lookup key of a number ("" for an unknown number).
    pub fn key(&self, id: NameId) -> &str {
        self.span(id)
            .and_then(|(at, name, key)| self.text.get(at + name..at + name + key))
            .unwrap_or("")
    }

    /// The number of a key, if held.
    pub fn get(&self, key: &str) -> Option<NameId> {
        self.by_key
            .find(hash(key), |&n| self.key(n) == key)
            .copied()
    }

    /// The number of a key, adding the name if it is new (the first display
    /// name seen for a key is kept). The second value says whether it was.
    pub fn intern(&mut self, name: &str, key: &str) -> (NameId, bool) {
        if let Some(n) = self.get(key) {
            return (n, false);
        }
        let n = NameId::try_from(self.spans.len()).unwrap_or(NameId::MAX);
        let at = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        let len = |s: &str| u32::try_from(s.len()).unwrap_or(u32::MAX);
        self.text.push_str(name);
        self.text.push_str(key);
        self.spans.push([at, len(name), len(key)]);
        let (text, spans) = (&self.text, &self.spans);
        self.by_key.insert_unique(hash(key), n, |&m| {
            let [at, name, key] = spans[m as usize];
            let at = (at + name) as usize;
            hash(text.get(at..at + key as usize).unwrap_or(""))
        });
        (n, true)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_key_keeps_its_number_and_first_display_name() {
        let mut names = Names::default();
        assert_eq!(names.intern("OpenAI", "openai"), (0, true));
        assert_eq!(names.intern("Mistral AI", "mistral ai"), (1, true));
        assert_eq!(names.intern("OPENAI", "openai"), (0, false));
        assert_eq!((names.display(0), names.key(0)), ("OpenAI", "openai"));
        assert_eq!(names.display(1), "Mistral AI");
        assert_eq!(names.get("mistral ai"), Some(1));
        assert_eq!(names.get("Mistral AI"), None, "keys are matched exactly");
        assert_eq!((names.display(7), names.key(7)), ("", ""));
        assert_eq!(names.len(), 2);
    }

    proptest! {
        #[test]
        fn every_interned_name_reads_back(keys in proptest::collection::vec("\\PC{0,12}", 0..200)) {
            let mut names = Names::default();
            let mut first: Vec<(String, NameId)> = Vec::new();
            for (i, k) in keys.iter().enumerate() {
                let display = format!("{k}#{i}");
                let (n, new) = names.intern(&display, k);
                match first.iter().find(|(seen, _)| seen == k) {
                    Some(&(_, m)) => prop_assert_eq!((n, new), (m, false)),
                    None => {
                        prop_assert!(new);
                        first.push((k.clone(), n));
                    }
                }
            }
            prop_assert_eq!(names.len(), first.len());
            for (k, n) in &first {
                prop_assert_eq!(names.get(k), Some(*n));
                prop_assert_eq!(names.key(*n), k.as_str());
                prop_assert!(names.display(*n).starts_with(k.as_str()));
            }
        }
    }
}
