//! A batch as the writer takes it: the deals, and each of their reports with
//! its merge key and source id.
//!
//! Working those out needs no database, so the Ingest call that queues the
//! batch does it on its own task, while the writer's transaction for the
//! previous group runs; the writer only numbers the reports of a group.

use std::collections::HashMap;

use dealwire_extractor::entities::Aliases;
use dealwire_extractor::model::{Deal, Party, Source};

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
        let empty = Source::default();
        for (at, deal) in deals.into_iter().enumerate() {
            // The merge key reads the parties under their canonical names.
            let head = Deal {
                id: String::new(),
                deal_type: deal.deal_type,
                parties: deal
                    .parties
                    .iter()
                    .map(|p| Party {
                        name: aliases.canonical(&p.name),
                        role: p.role,
                        mention: String::new(),
                    })
                    .collect(),
                amount: None,
                status: deal.status,
                vehicle: deal.vehicle.clone(),
                date: None,
                sources: Vec::new(),
                confidence: deal.confidence,
            };
            let key = merge::merge_key(&head, aliases);
            parties.entry(key).or_insert_with(|| {
                head.parties
                    .into_iter()
                    .map(|p| {
                        let k = name_key(aliases, &p.name);
                        (p.name, k, p.role)
                    })
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
