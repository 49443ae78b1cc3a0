//! The parties column: a deal's parties kept in its own row, as a JSON array
//! of `[role, name key, name]` triples.
//!
//! A deal's parties are fixed by its merge key, so they are written once with
//! the deal and read with it. Keeping them in a table of their own cost two
//! random-key index inserts per party on every new deal, about half of what
//! ingesting took; lookups by party are served from the read model instead.

use dealwire_core::model::Role;

use crate::error::Error;

/// A party as stored: display name, lowercase name key, role.
pub type StoredParty = (String, String, Role);

/// The column text for `parties`: one entry per name key and role, ordered
/// by role and then name, so every reader sees them in one order.
pub fn encode(parties: &[StoredParty]) -> String {
    let mut rows: Vec<(&str, &str, &str)> = parties
        .iter()
        .map(|(name, key, role)| (role.as_str(), key.as_str(), name.as_str()))
        .collect();
    rows.sort_unstable_by(|a, b| (a.0, a.2, a.1).cmp(&(b.0, b.2, b.1)));
    // A deal has a handful of parties: a scan beats hashing them.
    let mut kept: Vec<(&str, &str, &str)> = Vec::with_capacity(rows.len());
    for r in rows {
        if !kept.iter().any(|k| (k.0, k.1) == (r.0, r.1)) {
            kept.push(r);
        }
    }
    serde_json::to_string(&kept).unwrap_or_else(|_| "[]".into())
}

/// The parties a column holds. Entries with a role this version does not
/// know are skipped, as the old parties table's readers did.
pub fn decode(text: &str) -> Result<Vec<StoredParty>, Error> {
    let rows: Vec<(String, String, String)> = serde_json::from_str(text)
        .map_err(|e| Error::Database(sqlx::Error::Decode(Box::new(e))))?;
    Ok(rows
        .into_iter()
        .filter_map(|(role, key, name)| Role::parse(&role).map(|r| (name, key, r)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn party(name: &str, role: Role) -> StoredParty {
        (name.to_string(), name.to_lowercase(), role)
    }

    #[test]
    fn parties_come_back_by_role_then_name_each_once() {
        let text = encode(&[
            party("Zeta Capital", Role::Investor),
            party("Acme", Role::Target),
            party("Alpha Fund", Role::Investor),
            party("ZETA CAPITAL", Role::Investor),
        ]);
        let back = decode(&text).expect("decodes");
        let names: Vec<&str> = back.iter().map(|p| p.0.as_str()).collect();
        // Of two spellings of one key, the first in byte order stays.
        assert_eq!(names, ["Alpha Fund", "ZETA CAPITAL", "Acme"]);
    }

    #[test]
    fn a_column_that_is_not_json_is_a_database_error() {
        assert!(matches!(decode("softbank"), Err(Error::Database(_))));
    }

    proptest! {
        #[test]
        fn any_names_survive_the_round_trip(
            names in proptest::collection::vec(("\\PC{0,12}", 0usize..3), 0..6)
        ) {
            let roles = [Role::Investor, Role::Target, Role::Partner];
            let parties: Vec<StoredParty> = names
                .iter()
                .enumerate()
                // Distinct keys, so none is dropped as a repeat.
                .map(|(i, (n, r))| (n.clone(), format!("{i}:{n}"), roles[*r]))
                .collect();
            let mut back = decode(&encode(&parties)).expect("decodes");
            let mut want = parties.clone();
            back.sort_by(|a, b| a.1.cmp(&b.1));
            want.sort_by(|a, b| a.1.cmp(&b.1));
            prop_assert_eq!(back, want);
        }
    }
}
