//! Organisation names: the canonical form of a name (legal-form suffixes
//! dropped), the name key two spellings of one name share, and the alias
//! table that maps the names and products of known organisations to one
//! canonical name. The extractor reads names through it; the store keys and
//! filters parties by it.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;

use crate::error::Error;
use crate::tokens::{Kind, Token, name_cased, tokenize};

/// The default alias table shipped with the extractor.
const DEFAULT_ALIASES: &str = include_str!("../data/aliases.txt");

/// Legal-form suffixes dropped from names.
pub const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "co",
    "ltd",
    "llc",
    "plc",
    "sa",
    "sas",
    "sarl",
    "ag",
    "gmbh",
    "nv",
    "bv",
    "spa",
    "lp",
    "l.p",
    // Forms written with dots, as the tokenizer keeps them ("S.A.", "N.V.").
    "s.a",
    "s.a.s",
    "n.v",
    "b.v",
    "a.g",
    "limited",
    "incorporated",
    "llp",
    "pte",
    "pty",
    "bhd",
    "se",
    "srl",
    "kgaa",
    // German limited partnership, often after "GmbH & Co.".
    "kg",
    "asa",
    "oyj",
    "pbc",
    "ab",
    "oy",
    "ltda",
    "jsc",
    "pjsc",
    "ojsc",
    "tbk",
    "kk",
    "&",
];

/// Known organisations: canonical names and the aliases that stand for them.
#[derive(Clone, Debug)]
pub struct Aliases {
    by_key: HashMap<String, String>,
    /// For each word that opens a key, the most words of a key it opens:
    /// most capitalised words of a text open none, and are turned away with
    /// one lookup and no key built.
    firsts: HashMap<String, usize>,
    /// Aliases of one word that the table writes in lowercase ("a16z"):
    /// a name finder that starts names at capitals asks for them.
    lowercase: HashSet<String>,
}

impl Default for Aliases {
    fn default() -> Self {
        let mut a = Aliases {
            by_key: HashMap::default(),
            firsts: HashMap::default(),
            lowercase: HashSet::default(),
        };
        // The shipped table is part of the binary and covered by tests.
        a.extend_from_str(DEFAULT_ALIASES, "built-in aliases")
            .unwrap_or_default();
        a
    }
}

/// Lowercase token key of a name: "Open AI" and "open  ai" give "open ai".
pub fn name_key(name: &str) -> String {
    tokenize(name)
        .iter()
        .map(|t| t.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Aliases {
    /// The default table extended with the entries of `path`.
    pub fn with_file(path: &Path) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Aliases(format!("{}: {e}", path.display())))?;
        let mut a = Aliases::default();
        a.extend_from_str(&text, &path.display().to_string())?;
        Ok(a)
    }

    /// The default table, extended with `path` when one is given.
    pub fn load(path: Option<&Path>) -> Result<Self, Error> {
        path.map_or_else(|| Ok(Aliases::default()), Aliases::with_file)
    }

    /// Adds entries written as `Canonical = alias, alias` lines.
    pub fn extend_from_str(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (canonical, rest) = line.split_once('=').unwrap_or((line, ""));
            let canonical = canonical.trim();
            if canonical.is_empty() {
                return Err(Error::Aliases(format!(
                    "{origin}:{}: a line needs a name before '='",
                    n + 1
                )));
            }
            for alias in std::iter::once(canonical)
                .chain(rest.split(',').map(str::trim).filter(|s| !s.is_empty()))
            {
                let key = name_key(alias);
                if !key.contains(' ') && !name_cased(alias) {
                    self.lowercase.insert(key.clone());
                }
                let words = key.split(' ').count();
                let first = key.split(' ').next().unwrap_or_default().to_string();
                let longest = self.firsts.entry(first).or_insert(0);
                *longest = (*longest).max(words);
                self.by_key.insert(key, canonical.to_string());
            }
        }
        Ok(())
    }

    /// The canonical name for `name`, when the table knows it.
    pub fn lookup(&self, name: &str) -> Option<&str> {
        self.by_key.get(&name_key(name)).map(String::as_str)
    }

    /// Whether `norm` is a one-word alias that the table writes in
    /// lowercase ("a16z"), so a name may start there without a capital.
    pub fn is_lowercase_alias(&self, norm: &str) -> bool {
        self.lowercase.contains(norm)
    }

    /// The canonical form of any organisation name: the table's name when it
    /// knows it, otherwise the name without its legal-form suffix.
    pub fn canonical(&self, name: &str) -> String {
        match self.lookup(name) {
            Some(c) => c.to_string(),
            None => strip_suffixes(name.trim()).to_string(),
        }
    }

    /// The longest run of tokens from `toks[i]` that the table knows, as its
    /// length in tokens and the canonical name.
    pub fn match_at(&self, toks: &[Token], i: usize) -> Option<(usize, &str)> {
        let first = toks.get(i)?;
        let longest = *self.firsts.get(first.norm.as_str())?;
        let max = longest.min(toks.len() - i);
        let mut best = self
            .by_key
            .get(first.norm.as_str())
            .map(|c| (1, c.as_str()));
        if max == 1 {
            return best;
        }
        let mut key = String::with_capacity(48);
        key.push_str(&first.norm);
        for len in 2..=max {
            let t = &toks[i + len - 1];
            if t.kind == Kind::Punct && !matches!(t.norm.as_str(), "." | "-" | "&") {
                break;
            }
            key.push(' ');
            key.push_str(&t.norm);
            if let Some(c) = self.by_key.get(&key) {
                best = Some((len, c.as_str()));
            }
        }
        best
    }
}

/// Drops legal-form suffixes: "Cisco Systems Inc" gives "Cisco Systems".
pub fn strip_suffixes(name: &str) -> &str {
    let mut s = name.trim_end_matches(['.', ',', ' ']);
    loop {
        let Some((head, last)) = s.rsplit_once([' ', '\u{a0}']) else {
            return s;
        };
        // ("Kelmix S.A.", "Orvane S.p.A.", "Tessel N.V.": a form written
        // with dots is the same form.)
        if LEGAL_SUFFIXES.contains(&last.replace('.', "").to_lowercase().as_str()) {
            s = head.trim_end_matches([',', ' ', '&']);
        } else {
            return s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_are_stripped() {
        assert_eq!(strip_suffixes("Cisco Systems Inc."), "Cisco Systems");
        assert_eq!(strip_suffixes("Becton Dickinson & Co"), "Becton Dickinson");
        assert_eq!(strip_suffixes("Kelmix S.A."), "Kelmix");
        assert_eq!(strip_suffixes("Orvane S.p.A"), "Orvane");
        assert_eq!(strip_suffixes("Tessel N.V."), "Tessel");
        assert_eq!(Aliases::default().canonical("aws"), "Amazon");
    }

    #[test]
    fn alias_files_extend_the_defaults() {
        let mut a = Aliases::default();
        a.extend_from_str("# comment\nAcme Corp = Acme, ACME Holdings\n", "test")
            .unwrap_or_default();
        assert_eq!(a.lookup("acme holdings"), Some("Acme Corp"));
        assert_eq!(a.lookup("OpenAI"), Some("OpenAI"));
        assert!(a.extend_from_str(" = nothing", "test").is_err());
    }

    #[test]
    fn spellings_of_one_name_share_a_key() {
        assert_eq!(name_key("Open  AI"), name_key("open ai"));
    }

    #[test]
    fn the_longest_known_run_matches() {
        let toks = tokenize("Amazon Web Services signs");
        assert_eq!(Aliases::default().match_at(&toks, 0), Some((3, "Amazon")));
    }
}
