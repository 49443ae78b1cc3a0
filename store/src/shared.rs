//! What the store's tasks share: the database pool, the read model behind
//! its lock, the live feed, and the changes and counts they report. It sits
//! below the writer, the applier and the follower, which all hold it.

use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use dealwire_core::names::Aliases;
use sqlx::AnyPool;
use tokio::sync::broadcast;

use crate::db::Backend;
use crate::index::Index;
use crate::rates::ExchangeRates;
use crate::rows::StoredDeal;

/// What happened to a deal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// First seen.
    Created,
    /// A new source merged in, or a merge rewrote it.
    Updated,
}

/// A change for the live feed.
#[derive(Clone, Debug)]
pub struct Change {
    /// What happened.
    pub kind: ChangeKind,
    /// The deal as it now stands, with its creation and update times.
    pub deal: StoredDeal,
}

/// Counts of one ingest call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IngestSummary {
    /// Deals received.
    pub received: i64,
    /// Deals that made a deal the store did not have.
    pub created: i64,
    /// Deals merged into a deal the store had, or already stored.
    pub merged: i64,
}

impl std::ops::AddAssign for IngestSummary {
    fn add_assign(&mut self, o: Self) {
        self.received += o.received;
        self.created += o.created;
        self.merged += o.merged;
    }
}

/// The state the store's handles and tasks hold in common.
pub(crate) struct Shared {
    pub(crate) pool: AnyPool,
    pub(crate) backend: Backend,
    pub(crate) aliases: Aliases,
    pub(crate) rates: ExchangeRates,
    pub(crate) index: RwLock<Index>,
    pub(crate) feed: broadcast::Sender<Change>,
}

impl Shared {
    /// Reads the model. A poisoned lock means a writer panicked mid-update;
    /// the model is still the best answer there is.
    pub(crate) fn read_index(&self) -> RwLockReadGuard<'_, Index> {
        self.index.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// Writes the model; only the writer task does.
    pub(crate) fn write_index(&self) -> RwLockWriteGuard<'_, Index> {
        self.index.write().unwrap_or_else(PoisonError::into_inner)
    }
}
