//! The applier task: brings committed groups into the read model, in the
//! order they were committed, then tells the live feed and answers the
//! callers.
//!
//! It runs beside the writer, so the read model is updated for one group
//! while the writer's transaction for the next one runs: on two cores the
//! two overlap instead of taking turns. An Ingest call is still answered
//! only once its deals are committed and visible to queries.

use std::collections::HashMap;
use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};

use crate::error::Error;
use crate::follow::{Changes, apply, id_number};
use crate::index::DealState;
use crate::merge::Merged;
use crate::parties::StoredParty;
use crate::rows;
use crate::shared::{Change, ChangeKind, IngestSummary, Shared};

/// A deal a group wrote.
pub(crate) struct Written {
    pub(crate) key: i64,
    pub(crate) deal: Merged,
    /// Its insertion number, which orders ListDeals.
    pub(crate) seq: i64,
    /// Whether the store did not have it before.
    pub(crate) created: bool,
}

/// What one of this instance's transactions committed.
pub(crate) struct Committed {
    pub(crate) revision: i64,
    /// What other instances committed before it.
    pub(crate) others: Changes,
    /// Deals a merge or a split made obsolete.
    pub(crate) removed: Vec<String>,
    pub(crate) written: Vec<Written>,
    /// One per batch, in the order of the group's batches.
    pub(crate) summaries: Vec<IngestSummary>,
}

/// Who to answer once a group is applied.
pub(crate) type Caller = oneshot::Sender<Result<IngestSummary, Error>>;

/// Work for the applier, in revision order.
pub(crate) enum Update {
    /// What other store instances committed, found by a poll.
    Others { changes: Changes, revision: i64 },
    /// A group this instance committed, its merge keys' parties, and its
    /// callers, one per batch.
    Group {
        committed: Committed,
        parties: HashMap<i64, Vec<StoredParty>>,
        callers: Vec<Caller>,
    },
}

/// Runs until the writer drops its sender.
pub(crate) async fn run(shared: Arc<Shared>, mut updates: mpsc::Receiver<Update>) {
    while let Some(update) = updates.recv().await {
        match update {
            Update::Others { changes, revision } => {
                let mut ix = shared.write_index();
                apply(&mut ix, changes);
                ix.revision = ix.revision.max(revision);
            }
            Update::Group {
                committed,
                parties,
                callers,
            } => {
                let Committed {
                    revision,
                    others,
                    removed,
                    written,
                    summaries,
                } = committed;
                {
                    let mut ix = shared.write_index();
                    apply(&mut ix, others);
                    for id in &removed {
                        ix.remove(id_number(id));
                    }
                    for w in &written {
                        ix.upsert(&state_of(
                            &w.deal,
                            w.seq,
                            parties.get(&w.key).cloned().unwrap_or_default(),
                        ));
                    }
                    ix.revision = revision;
                }
                drop(parties);
                if let Err(e) = publish(&shared, &written).await {
                    tracing::warn!(error = %e, "cannot tell watchers of committed deals");
                }
                for (caller, s) in callers.into_iter().zip(summaries) {
                    let _ = caller.send(Ok(s));
                }
            }
        }
    }
}

/// Sends the written deals to the live feed, if anyone watches.
async fn publish(shared: &Shared, written: &[Written]) -> Result<(), Error> {
    if shared.feed.receiver_count() == 0 {
        return Ok(());
    }
    for w in written {
        if let Some(d) = rows::fetch_deal(&shared.pool, shared.backend, &w.deal.id).await? {
            let kind = if w.created {
                ChangeKind::Created
            } else {
                ChangeKind::Updated
            };
            let _ = shared.feed.send(Change { kind, deal: d });
        }
    }
    Ok(())
}

fn state_of(m: &Merged, seq: i64, parties: Vec<StoredParty>) -> DealState {
    DealState {
        id: id_number(&m.id),
        seq,
        deal_type: m.deal_type,
        status: m.status,
        amount: m.amount.clone(),
        date: m.date,
        parties,
    }
}
