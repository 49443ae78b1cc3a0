//! A batch as the writer takes it: the deals, and each of their reports with
//! its merge key and source id.
//!
//! Working those out needs no database, so the Ingest call that queues the
//! batch does it on its own task, while the writer's transaction for the
//! previous group runs; the writer only numbers the reports of a group.

use std::collections::HashMap;

use dealwire_core::model::{Deal, Role, Source};
use dealwire_core::names::Aliases;
use rustc_hash::FxHashMap;

use crate::filter::name_key;
use crate::merge::{self, Observation};
use crate::parties::StoredParty;

/// One report of a batch's deal.
#[derive(Debug)]
pub(crate) struct Report {
    /// Its deal's place in the batch.
    pub(crate) at: usize,
    /// Its place among the deal's sources; `None` for a deal sent without
    /// sources, stored with an empty one.
    pub(crate) source: Option<usize>,
    /// What the merge reads of it.
    pub(crate) obs: Observation,
}

/// Deals ready for the writer (see the module docs). Of each deal only its
/// sources are kept (the writer stores their text); everything else it
/// needs is in the reports and the parties, so a queued batch holds less.
#[derive(Debug, Default)]
pub struct Batch {
    /// Each deal's sources, by the deal's place in the batch.
    pub(crate) sources: Vec<Vec<Source>>,
    pub(crate) reports: Vec<Report>,
    /// Each merge key's parties, as the batch's first deal under it names
    /// them.
    pub(crate) parties: HashMap<i64, Vec<StoredParty>>,
}

impl Batch {
    /// Works out every report's merge key and source id.
    pub fn prepare(aliases: &Aliases, deals: Vec<Deal>) -> Batch {
        let mut reports = Vec::with_capacity(deals.len());
        let mut sources = Vec::with_capacity(deals.len());
        let mut parties: HashMap<i64, Vec<StoredParty>> = HashMap::new();
        // Each name as given, with its canonical form and lookup key. A
        // batch names the same busy organisations over and over, and
        // resolving a name (tokenizing it, looking up aliases) was most of
        // the time spent preparing a batch.
        let mut names: FxHashMap<String, (String, String)> = FxHashMap::default();
        let empty = Source::default();
        for (at, deal) in deals.into_iter().enumerate() {
            for p in &deal.parties {
                if !names.contains_key(p.name.as_str()) {
                    let canonical = aliases.canonical(&p.name);
                    let key = name_key(aliases, &canonical);
                    names.insert(p.name.clone(), (canonical, key));
                }
            }
            let named: Vec<(&str, &str, Role)> = deal
                .parties
                .iter()
                .filter_map(|p| {
                    let (name, key) = names.get(p.name.as_str())?;
                    Some((name.as_str(), key.as_str(), p.role))
                })
                .collect();
            let key = merge::merge_key(
                deal.deal_type,
                named.iter().map(|&(_, k, r)| (k, r)),
                deal.vehicle.as_deref(),
            );
            parties.entry(key).or_insert_with(|| {
                named
                    .iter()
                    .map(|&(n, k, r)| (n.to_string(), k.to_string(), r))
                    .collect()
            });
            let count = deal.sources.len().max(1);
            for k in 0..count {
                let s = deal.sources.get(k).unwrap_or(&empty);
                reports.push(Report {
                    at,
                    source: (!deal.sources.is_empty()).then_some(k),
                    obs: Observation {
                        source_id: merge::source_id(&deal.id, count, key, s),
                        merge_key: key,
                        deal_type: deal.deal_type,
                        status: s.status.unwrap_or(deal.status).max(deal.status),
                        vehicle: deal.vehicle.clone(),
                        amount: deal.amount.clone(),
                        date: deal.date,
                        confidence: deal.confidence,
                        publish_time: s.publish_time,
                    },
                });
            }
            sources.push(deal.sources);
        }
        Batch {
            sources,
            reports,
            parties,
        }
    }

    /// Deals in the batch.
    pub fn len(&self) -> usize {
        self.sources.len()
    }

    /// Whether the batch has no deals.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use dealwire_core::model::{DealType, Party, Status};

    use super::*;

    fn deal(id: &str, names: &[(&str, Role)]) -> Deal {
        Deal {
            id: id.into(),
            deal_type: DealType::Investment,
            parties: names
                .iter()
                .map(|&(n, role)| Party {
                    name: n.into(),
                    role,
                    mention: String::new(),
                })
                .collect(),
            amount: None,
            status: Status::Announced,
            vehicle: None,
            date: None,
            sources: Vec::new(),
            confidence: 0.5,
        }
    }

    #[test]
    fn a_batch_keys_each_deal_as_the_deal_alone_would_be_keyed() {
        let aliases = Aliases::default();
        let deals = vec![
            deal(
                "a",
                &[
                    ("Orbis Capital Inc.", Role::Investor),
                    ("Nimbus", Role::Target),
                ],
            ),
            deal(
                "b",
                &[("orbis capital", Role::Investor), ("Nimbus", Role::Target)],
            ),
            deal(
                "c",
                &[
                    ("Nimbus", Role::Investor),
                    ("Orbis Capital Inc.", Role::Target),
                ],
            ),
            deal(
                "d",
                &[
                    ("Orbis Capital Inc.", Role::Investor),
                    ("Nimbus", Role::Target),
                ],
            ),
        ];
        let batch = Batch::prepare(&aliases, deals.clone());
        for (d, r) in deals.iter().zip(&batch.reports) {
            // Each name resolved afresh, without the batch's memo.
            let expected: Vec<StoredParty> = d
                .parties
                .iter()
                .map(|p| {
                    let canonical = aliases.canonical(&p.name);
                    let key = name_key(&aliases, &canonical);
                    (canonical, key, p.role)
                })
                .collect();
            let key = merge::merge_key(
                d.deal_type,
                expected.iter().map(|(_, k, r)| (k.as_str(), *r)),
                d.vehicle.as_deref(),
            );
            assert_eq!(r.obs.merge_key, key, "{}", d.id);
            // The first deal under a key names its parties.
            if d.id != "b" {
                assert_eq!(&batch.parties[&key], &expected, "{}", d.id);
            }
        }
        assert_ne!(
            batch.reports[0].obs.merge_key,
            batch.reports[2].obs.merge_key
        );
        assert_eq!(
            batch.reports[0].obs.merge_key,
            batch.reports[3].obs.merge_key
        );
    }
}
