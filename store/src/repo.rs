//! The store: the database, the in-memory read model over it, and the live
//! feed.
//!
//! Writes go through one writer task (see `writer`), which commits batches
//! from every Ingest stream together and is the only one to touch the read
//! model. Reads of whole deals (GetDeal, ListDeals) go to the database,
//! though ListDeals by party picks its page from the model's postings first;
//! aggregations read the model.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::Duration;

use dealwire_extractor::entities::Aliases;
use dealwire_extractor::model::{
    Amount, Date, Deal, DealType, Evidence, Party, Qualifier, Source, Status,
};
use sqlx::any::AnyRow;
use sqlx::{AnyPool, Row};
use tokio::sync::{broadcast, mpsc, oneshot};

use crate::batch::Batch;
use crate::db::{self, Backend, Sql};
use crate::error::Error;
use crate::filter::{self, DealFilter};
use crate::index::Index;
use crate::rates::ExchangeRates;
pub(crate) use crate::writer::GROUP_MAX;
use crate::writer::{self, Job};

/// Changes the feed keeps for slow watchers before they are cut off.
const FEED_CAPACITY: usize = 4096;

/// Batches waiting for the writer before Ingest calls wait their turn.
const WRITE_QUEUE: usize = 64;

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
    /// The deal as it now stands.
    pub deal: Deal,
}

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

/// A stored deal with its creation and update times.
#[derive(Clone, Debug)]
pub struct StoredDeal {
    /// The deal.
    pub deal: Deal,
    /// Insertion order, used for pagination.
    pub seq: i64,
    /// First seen, seconds since the epoch.
    pub create_time: i64,
    /// Last changed, seconds since the epoch.
    pub update_time: i64,
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

/// Whole deals for rows of the deals table, with their sources: one query
/// for all of them (per chunk of merge keys), rather than one per deal.
pub(crate) async fn load_rows(
    pool: &AnyPool,
    backend: Backend,
    rows: Vec<AnyRow>,
) -> Result<Vec<StoredDeal>, Error> {
    let keys = merge_keys_of(&rows)?;
    let mut sources: HashMap<String, Vec<Source>> = HashMap::new();
    for chunk in keys.chunks(backend.max_binds()) {
        let mut q = Sql::on(
            backend,
            "SELECT deal_id, article_id, url, sentence, start_offset, end_offset, publish_time, status \
             FROM sources WHERE merge_key IN ",
        );
        q.bind_list(chunk.iter().copied())
            .push(" ORDER BY deal_id, article_id, source_id");
        for r in q.fetch_all(pool).await? {
            sources
                .entry(r.try_get("deal_id")?)
                .or_default()
                .push(source_of(&r)?);
        }
    }
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let id: String = row.try_get("id")?;
        out.push(StoredDeal {
            deal: Deal {
                deal_type: DealType::parse(&row.try_get::<String, _>("deal_type")?)
                    .unwrap_or(DealType::Partnership),
                parties: crate::parties::decode(&row.try_get::<String, _>("parties")?)?
                    .into_iter()
                    .map(|(name, _, role)| Party {
                        name,
                        role,
                        mention: String::new(),
                    })
                    .collect(),
                amount: amount_of(&row)?,
                status: Status::parse(&row.try_get::<String, _>("status")?)
                    .unwrap_or(Status::Rumored),
                vehicle: row.try_get("vehicle")?,
                date: date_of(&row)?,
                sources: sources.remove(&id).unwrap_or_default(),
                confidence: row.try_get::<f64, _>("confidence")? as f32,
                id,
            },
            seq: row.try_get("seq")?,
            create_time: row.try_get("create_time")?,
            update_time: row.try_get("update_time")?,
        });
    }
    Ok(out)
}

/// The distinct merge keys of rows of the deals table, in order.
pub(crate) fn merge_keys_of(rows: &[AnyRow]) -> Result<Vec<i64>, Error> {
    let mut keys: Vec<i64> = rows
        .iter()
        .map(|r| r.try_get("merge_key"))
        .collect::<Result<_, _>>()?;
    keys.sort_unstable();
    keys.dedup();
    Ok(keys)
}

/// One whole deal by store id, if present.
pub(crate) async fn fetch_deal(
    pool: &AnyPool,
    backend: Backend,
    id: &str,
) -> Result<Option<StoredDeal>, Error> {
    let mut q = Sql::new("SELECT * FROM deals WHERE id = ");
    q.bind(id.to_string());
    match q.fetch_optional(pool).await? {
        Some(row) => Ok(load_rows(pool, backend, vec![row]).await?.pop()),
        None => Ok(None),
    }
}

fn source_of(r: &AnyRow) -> Result<Source, Error> {
    Ok(Source {
        article_id: r.try_get("article_id")?,
        url: r.try_get("url")?,
        evidence: Evidence {
            sentence: r.try_get("sentence")?,
            start: u32::try_from(r.try_get::<i64, _>("start_offset")?).unwrap_or(0),
            end: u32::try_from(r.try_get::<i64, _>("end_offset")?).unwrap_or(0),
        },
        publish_time: r.try_get("publish_time")?,
        status: Status::parse(&r.try_get::<String, _>("status")?),
    })
}

/// The amount stored in a row's amount columns.
pub(crate) fn amount_of(r: &AnyRow) -> Result<Option<Amount>, Error> {
    let currency: Option<String> = r.try_get("currency")?;
    let value: Option<f64> = r.try_get("value")?;
    Ok(match (currency, value) {
        (Some(currency), Some(value)) => Some(Amount {
            currency,
            value,
            qualifier: r
                .try_get::<Option<String>, _>("qualifier")?
                .and_then(|q| Qualifier::parse(&q))
                .unwrap_or(Qualifier::Exact),
            min: r.try_get("min_value")?,
            max: r.try_get("max_value")?,
            per_year: r.try_get::<i64, _>("per_year")? != 0,
        }),
        _ => None,
    })
}

/// The date stored in a row's date columns.
pub(crate) fn date_of(r: &AnyRow) -> Result<Option<Date>, Error> {
    let year: Option<i64> = r.try_get("date_year")?;
    Ok(year.map(|year| Date {
        year: i32::try_from(year).unwrap_or(0),
        month: u8::try_from(
            r.try_get::<Option<i64>, _>("date_month")
                .ok()
                .flatten()
                .unwrap_or(0),
        )
        .unwrap_or(0),
        day: u8::try_from(
            r.try_get::<Option<i64>, _>("date_day")
                .ok()
                .flatten()
                .unwrap_or(0),
        )
        .unwrap_or(0),
    }))
}
