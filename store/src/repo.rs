//! The store's face: open, ingest, get, list, watch.
//!
//! Writes go through one writer task (see `writer`), which commits batches
//! from every Ingest stream together and is the only one to touch the read
//! model. Reads of whole deals (GetDeal, ListDeals) go to the database,
//! though ListDeals by party picks its page from the model's postings first;
//! aggregations read the model.

use std::sync::{Arc, RwLock, RwLockReadGuard};
use std::time::Duration;

use dealwire_core::model::Deal;
use dealwire_core::names::Aliases;
use sqlx::Row;
use tokio::sync::{broadcast, mpsc, oneshot};

use crate::batch::Batch;
use crate::db::{self, Backend, Sql};
use crate::error::Error;
use crate::filter::{self, DealFilter};
use crate::index::Index;
use crate::rates::ExchangeRates;
pub use crate::rows::StoredDeal;
use crate::rows::{fetch_deal, load_rows};
use crate::shared::Shared;
pub use crate::shared::{Change, ChangeKind, IngestSummary};
pub(crate) use crate::writer::GROUP_MAX;
use crate::writer::{self, Job};

/// Changes the feed keeps for slow watchers before they are cut off.
const FEED_CAPACITY: usize = 4096;

/// Batches waiting for the writer before Ingest calls wait their turn.
const WRITE_QUEUE: usize = 64;

/// A batch the writer has queued; [`Queued::committed`] waits for its commit.
pub struct Queued(oneshot::Receiver<Result<IngestSummary, Error>>);

impl Queued {
    /// What the batch did, once it is committed (or why it was not).
    pub async fn committed(self) -> Result<IngestSummary, Error> {
        self.0
            .await
            .map_err(|_| Error::Unavailable("the store's writer has stopped".into()))?
    }
}

/// How the store is set up.
#[derive(Clone, Debug)]
pub struct Options {
    /// Name matching.
    pub aliases: Aliases,
    /// Rates for reporting currencies.
    pub rates: ExchangeRates,
    /// How often to pick up what other store instances wrote.
    pub poll_interval: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            aliases: Aliases::default(),
            rates: ExchangeRates::default(),
            poll_interval: Duration::from_millis(500),
        }
    }
}

/// The deal store. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    pub(crate) shared: Arc<Shared>,
    writes: mpsc::Sender<Job>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.shared.backend)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `url`, runs migrations and
    /// loads the read model. `sqlite://PATH`, `sqlite::memory:` or
    /// `postgres://...`.
    pub async fn open(url: &str, options: Options) -> Result<Self, Error> {
        let (pool, backend) = db::open(url).await?;
        let (feed, _) = broadcast::channel(FEED_CAPACITY);
        let shared = Arc::new(Shared {
            pool,
            backend,
            aliases: options.aliases,
            rates: options.rates,
            index: RwLock::new(Index::default()),
            feed,
        });
        crate::follow::load_all(&shared).await?;
        let (writes, jobs) = mpsc::channel(WRITE_QUEUE);
        tokio::spawn(writer::run(shared.clone(), jobs, options.poll_interval));
        Ok(Store { shared, writes })
    }

    /// Which database the store runs on.
    pub fn backend(&self) -> Backend {
        self.shared.backend
    }

    /// The alias table names are matched through.
    pub fn aliases(&self) -> &Aliases {
        &self.shared.aliases
    }

    /// The exchange-rate table.
    pub fn rates(&self) -> &ExchangeRates {
        &self.shared.rates
    }

    /// Reads the model.
    pub(crate) fn index(&self) -> RwLockReadGuard<'_, Index> {
        self.shared.read_index()
    }

    /// Deals in the read model.
    pub fn deal_count(&self) -> usize {
        self.index().len()
    }

    /// Subscribes to the live feed of created and updated deals.
    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.shared.feed.subscribe()
    }

    /// Stores a batch of deals, merging each into the deal it reports.
    /// Returns once the batch is committed.
    pub async fn ingest(&self, deals: Vec<Deal>) -> Result<IngestSummary, Error> {
        self.queue(deals).await?.committed().await
    }

    /// Hands a batch to the writer and returns without waiting for its
    /// commit, so a stream can queue its next batches meanwhile and the
    /// writer commits them together. Waits only while the writer's queue is
    /// full.
    pub async fn queue(&self, deals: Vec<Deal>) -> Result<Queued, Error> {
        let batch = Batch::prepare(&self.shared.aliases, deals);
        let (done, result) = oneshot::channel();
        self.writes
            .send(Job { batch, done })
            .await
            .map_err(|_| Error::Unavailable("the store's writer has stopped".into()))?;
        Ok(Queued(result))
    }

    /// One deal by the store's id, or by the id the extractor gave one of its
    /// sources.
    pub async fn get(&self, id: &str) -> Result<StoredDeal, Error> {
        let id = id.trim();
        if id.is_empty() {
            return Err(Error::InvalidArgument("id is required".into()));
        }
        if let Some(d) = fetch_deal(&self.shared.pool, self.shared.backend, id).await? {
            return Ok(d);
        }
        // An id the extractor gave one of the deal's sources.
        let mut q = Sql::new("SELECT deal_id FROM sources WHERE source_id = ");
        q.bind(id.to_string());
        let deal_id: Option<String> = match q.fetch_optional(&self.shared.pool).await? {
            Some(row) => Some(row.try_get(0)?),
            None => None,
        };
        match deal_id {
            Some(d) => fetch_deal(&self.shared.pool, self.shared.backend, &d).await?,
            None => None,
        }
        .ok_or_else(|| Error::NotFound(format!("no deal with id {id:?}")))
    }

    /// Deals matching `filter`, newest first, after the token's position.
    pub async fn list(
        &self,
        filter: &DealFilter,
        page_size: i64,
        page_token: &str,
    ) -> Result<(Vec<StoredDeal>, String), Error> {
        let fp = filter.fingerprint("list");
        let after = filter::decode_token(page_token, &fp)?;
        let mut q = Sql::new("SELECT d.* FROM deals d WHERE 1 = 1");
        let mut more_in_index = false;
        if filter.party.is_some() {
            // The read model knows every party's deals: pick the page
            // there and read only its rows.
            let seqs = self.party_page(filter, page_size, after);
            if seqs.is_empty() {
                return Ok((Vec::new(), String::new()));
            }
            more_in_index = seqs.len() as i64 > page_size;
            q.push(" AND d.seq IN ").bind_list(seqs);
        } else {
            filter.push_sql(&mut q);
        }
        if let Some(pos) = after {
            // Keyset pagination on the insertion order: deals that arrive
            // while a client pages are newer and never shift its pages.
            q.push(" AND d.seq < ").bind(pos);
        }
        q.push(" ORDER BY d.seq DESC LIMIT ").bind(page_size + 1);
        let mut rows = q.fetch_all(&self.shared.pool).await?;
        let more = more_in_index || rows.len() as i64 > page_size;
        rows.truncate(usize::try_from(page_size).unwrap_or(0));
        let deals = load_rows(&self.shared.pool, self.shared.backend, rows).await?;
        let token = match deals.last() {
            Some(last) if more => filter::encode_token(last.seq, &fp),
            _ => String::new(),
        };
        Ok((deals, token))
    }

    /// The insertion numbers of up to `page_size + 1` deals of the filter's
    /// party that pass its other conditions, newest first, before `after`.
    fn party_page(&self, filter: &DealFilter, page_size: i64, after: Option<i64>) -> Vec<i64> {
        let ix = self.index();
        let Some(Some(name)) = filter.party_id(&ix) else {
            return Vec::new();
        };
        let mut seqs: Vec<i64> = ix
            .postings(name)
            .iter()
            .map(|&pos| ix.slot(pos))
            .filter(|s| filter.matches(s) && after.is_none_or(|a| s.seq < a))
            .map(|s| s.seq)
            .collect();
        drop(ix);
        let want = usize::try_from(page_size + 1).unwrap_or(usize::MAX).max(1);
        if seqs.len() > want {
            seqs.select_nth_unstable_by(want - 1, |a, b| b.cmp(a));
            seqs.truncate(want);
        }
        seqs
    }
}
