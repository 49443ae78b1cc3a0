//! The store's database: opening it, writing deals (merging the same deal
//! reported by several articles) and reading them back.

use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use dealwire_extractor::entities::Aliases;
use dealwire_extractor::model::{
    Amount, Date, Deal, DealType, Evidence, Party, Qualifier, Role, Source, Status,
};
use sha2::{Digest, Sha256};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{QueryBuilder, Row, Sqlite, SqlitePool, Transaction};
use tokio::sync::broadcast;

use crate::error::Error;
use crate::filter::{self, DealFilter, name_key};

/// Changes the feed keeps for slow watchers before they are cut off.
const FEED_CAPACITY: usize = 4096;

/// What happened to a deal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// First seen.
    Created,
    /// A new source merged in.
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

/// Counts of one ingest call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IngestSummary {
    /// Deals received.
    pub received: i64,
    /// New deals.
    pub created: i64,
    /// Deals merged into an existing deal, or already stored.
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

/// The deal store.
#[derive(Clone, Debug)]
pub struct Store {
    pub(crate) pool: SqlitePool,
    pub(crate) aliases: Aliases,
    feed: broadcast::Sender<Change>,
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

fn hex16(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The key under which reports of one real-world deal meet: the type family,
/// the parties with their roles, and the vehicle.
pub fn merge_key(deal: &Deal, aliases: &Aliases) -> String {
    let mut parties: Vec<String> = deal
        .parties
        .iter()
        .map(|p| format!("{}:{}", name_key(aliases, &p.name), p.role.as_str()))
        .collect();
    parties.sort();
    parties.dedup();
    format!(
        "{}|{}|{}",
        deal.deal_type.family(),
        parties.join(","),
        deal.vehicle.as_deref().unwrap_or("").to_lowercase()
    )
}

impl Store {
    /// Opens (creating if needed) the database at `url` and runs migrations.
    /// `sqlite://path` or `sqlite::memory:`.
    pub async fn open(url: &str, aliases: Aliases) -> Result<Self, Error> {
        if !url.starts_with("sqlite:") {
            return Err(Error::Config(format!(
                "database URL {url:?} is not supported; use sqlite://PATH"
            )));
        }
        let opts = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a commit is on disk before Ingest acknowledges it.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let memory = url.contains(":memory:");
        let pool = SqlitePoolOptions::new()
            // An in-memory database lives in one connection.
            .max_connections(if memory { 1 } else { 8 })
            .connect_with(opts)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        let (feed, _) = broadcast::channel(FEED_CAPACITY);
        Ok(Store {
            pool,
            aliases,
            feed,
        })
    }

    /// The alias table names are matched through.
    pub fn aliases(&self) -> &Aliases {
        &self.aliases
    }

    /// Subscribes to the live feed of created and updated deals.
    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.feed.subscribe()
    }

    /// Stores a batch of deals in one transaction, merging each into the deal
    /// it reports when the store has it. Returns once committed.
    pub async fn ingest(&self, deals: Vec<Deal>) -> Result<IngestSummary, Error> {
        let mut tx = self.pool.begin().await?;
        let mut summary = IngestSummary::default();
        let mut changes = Vec::new();
        for deal in deals {
            summary.received += 1;
            match self.ingest_one(&mut tx, deal).await? {
                Some((ChangeKind::Created, seq)) => {
                    summary.created += 1;
                    changes.push((ChangeKind::Created, seq));
                }
                Some((ChangeKind::Updated, seq)) => {
                    summary.merged += 1;
                    changes.push((ChangeKind::Updated, seq));
                }
                None => summary.merged += 1,
            }
        }
        tx.commit().await?;
        // Watchers hear of a deal only once it is committed.
        if self.feed.receiver_count() > 0 {
            for (kind, seq) in changes {
                if let Some(d) = self.load(seq).await? {
                    let _ = self.feed.send(Change { kind, deal: d.deal });
                }
            }
        }
        Ok(summary)
    }

    async fn ingest_one(
        &self,
        tx: &mut Transaction<'_, Sqlite>,
        mut deal: Deal,
    ) -> Result<Option<(ChangeKind, i64)>, Error> {
        for p in &mut deal.parties {
            p.name = self.aliases.canonical(&p.name);
        }
        let key = merge_key(&deal, &self.aliases);
        let id = hex16(&key);
        let source_id = if deal.id.is_empty() {
            hex16(&format!("{key}|{:?}", deal.sources))
        } else {
            deal.id.clone()
        };
        let seen: Option<i64> =
            sqlx::query_scalar("SELECT deal_seq FROM deal_sources WHERE source_id = ?")
                .bind(&source_id)
                .fetch_optional(&mut **tx)
                .await?;
        if seen.is_some() {
            return Ok(None);
        }
        let t = now();
        let existing = sqlx::query("SELECT seq, status, value FROM deals WHERE id = ?")
            .bind(&id)
            .fetch_optional(&mut **tx)
            .await?;
        let (seq, kind) = match existing {
            Some(row) => {
                let seq: i64 = row.get("seq");
                let status = Status::parse(row.get::<String, _>("status").as_str())
                    .unwrap_or(Status::Rumored);
                let has_amount = row.get::<Option<f64>, _>("value").is_some();
                // The most advanced status seen wins; a missing amount is filled in.
                let new_status = status.max(deal.status);
                sqlx::query("UPDATE deals SET status = ?, update_time = ?, confidence = MAX(confidence, ?) WHERE seq = ?")
                    .bind(new_status.as_str())
                    .bind(t)
                    .bind(f64::from(deal.confidence))
                    .bind(seq)
                    .execute(&mut **tx)
                    .await?;
                if !has_amount && let Some(a) = &deal.amount {
                    set_amount(tx, seq, a).await?;
                }
                if let Some(d) = deal.date {
                    sqlx::query("UPDATE deals SET date_year = ?, date_month = ?, date_day = ?, date_ord = ? WHERE seq = ? AND date_ord IS NULL")
                        .bind(d.year)
                        .bind(i64::from(d.month))
                        .bind(i64::from(d.day))
                        .bind(d.ordinal())
                        .bind(seq)
                        .execute(&mut **tx)
                        .await?;
                }
                (seq, ChangeKind::Updated)
            }
            None => {
                let seq: i64 = sqlx::query_scalar(
                    "INSERT INTO deals (id, deal_type, status, vehicle, per_year, date_year, date_month, date_day, date_ord, confidence, create_time, update_time) \
                     VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
                )
                .bind(&id)
                .bind(deal.deal_type.as_str())
                .bind(deal.status.as_str())
                .bind(&deal.vehicle)
                .bind(deal.date.map(|d| d.year))
                .bind(deal.date.map(|d| i64::from(d.month)))
                .bind(deal.date.map(|d| i64::from(d.day)))
                .bind(deal.date.map(Date::ordinal))
                .bind(f64::from(deal.confidence))
                .bind(t)
                .bind(t)
                .fetch_one(&mut **tx)
                .await?;
                if let Some(a) = &deal.amount {
                    set_amount(tx, seq, a).await?;
                }
                for p in &deal.parties {
                    sqlx::query("INSERT OR IGNORE INTO deal_parties (deal_seq, name, name_key, role) VALUES (?, ?, ?, ?)")
                        .bind(seq)
                        .bind(&p.name)
                        .bind(p.name.to_lowercase())
                        .bind(p.role.as_str())
                        .execute(&mut **tx)
                        .await?;
                }
                (seq, ChangeKind::Created)
            }
        };
        let src = deal.sources.first().cloned().unwrap_or_default();
        sqlx::query(
            "INSERT INTO deal_sources (source_id, deal_seq, article_id, url, sentence, start_offset, end_offset, publish_time, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&source_id)
        .bind(seq)
        .bind(&src.article_id)
        .bind(&src.url)
        .bind(&src.evidence.sentence)
        .bind(i64::from(src.evidence.start))
        .bind(i64::from(src.evidence.end))
        .bind(src.publish_time)
        .bind(src.status.or(Some(deal.status)).map(Status::as_str))
        .execute(&mut **tx)
        .await?;
        Ok(Some((kind, seq)))
    }

    /// One deal by the store's id, or by the id the extractor gave one of its
    /// sources.
    pub async fn get(&self, id: &str) -> Result<StoredDeal, Error> {
        let id = id.trim();
        if id.is_empty() {
            return Err(Error::InvalidArgument("id is required".into()));
        }
        let seq: Option<i64> = sqlx::query_scalar("SELECT seq FROM deals WHERE id = ? UNION ALL SELECT deal_seq FROM deal_sources WHERE source_id = ? LIMIT 1")
            .bind(id)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        match seq {
            Some(seq) => self
                .load(seq)
                .await?
                .ok_or_else(|| Error::NotFound(format!("no deal with id {id:?}"))),
            None => Err(Error::NotFound(format!("no deal with id {id:?}"))),
        }
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
        let mut q: QueryBuilder<'_, Sqlite> =
            QueryBuilder::new("SELECT d.seq FROM deals d WHERE 1 = 1");
        filter.push_sql(&mut q);
        if let Some(pos) = after {
            // Keyset pagination on the insertion order: deals that arrive
            // while a client pages are newer and never shift its pages.
            q.push(" AND d.seq < ");
            q.push_bind(pos);
        }
        q.push(" ORDER BY d.seq DESC LIMIT ");
        q.push_bind(page_size + 1);
        let mut seqs: Vec<i64> = q.build_query_scalar().fetch_all(&self.pool).await?;
        let more = seqs.len() as i64 > page_size;
        seqs.truncate(usize::try_from(page_size).unwrap_or(0));
        let mut out = Vec::with_capacity(seqs.len());
        for seq in &seqs {
            if let Some(d) = self.load(*seq).await? {
                out.push(d);
            }
        }
        let token = match seqs.last() {
            Some(last) if more => filter::encode_token(*last, &fp),
            _ => String::new(),
        };
        Ok((out, token))
    }

    /// Loads one deal with its parties and sources.
    pub(crate) async fn load(&self, seq: i64) -> Result<Option<StoredDeal>, Error> {
        let Some(row) = sqlx::query("SELECT * FROM deals WHERE seq = ?")
            .bind(seq)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let parties = sqlx::query(
            "SELECT name, role FROM deal_parties WHERE deal_seq = ? ORDER BY role, name",
        )
        .bind(seq)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .filter_map(|r| {
            Some(Party {
                name: r.get("name"),
                role: Role::parse(r.get::<String, _>("role").as_str())?,
                mention: String::new(),
            })
        })
        .collect();
        let sources = sqlx::query(
            "SELECT * FROM deal_sources WHERE deal_seq = ? ORDER BY article_id, source_id",
        )
        .bind(seq)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|r| Source {
            article_id: r.get("article_id"),
            url: r.get("url"),
            evidence: Evidence {
                sentence: r.get("sentence"),
                start: u32::try_from(r.get::<i64, _>("start_offset")).unwrap_or(0),
                end: u32::try_from(r.get::<i64, _>("end_offset")).unwrap_or(0),
            },
            publish_time: r.get("publish_time"),
            status: r
                .get::<Option<String>, _>("status")
                .and_then(|s| Status::parse(&s)),
        })
        .collect();
        let amount = match (
            row.get::<Option<String>, _>("currency"),
            row.get::<Option<f64>, _>("value"),
        ) {
            (Some(currency), Some(value)) => Some(Amount {
                currency,
                value,
                qualifier: row
                    .get::<Option<String>, _>("qualifier")
                    .and_then(|q| Qualifier::parse(&q))
                    .unwrap_or(Qualifier::Exact),
                min: row.get("min_value"),
                max: row.get("max_value"),
                per_year: row.get::<i64, _>("per_year") != 0,
            }),
            _ => None,
        };
        let date = row.get::<Option<i32>, _>("date_year").map(|year| Date {
            year,
            month: u8::try_from(row.get::<Option<i64>, _>("date_month").unwrap_or(0)).unwrap_or(0),
            day: u8::try_from(row.get::<Option<i64>, _>("date_day").unwrap_or(0)).unwrap_or(0),
        });
        let deal = Deal {
            id: row.get("id"),
            deal_type: DealType::parse(row.get::<String, _>("deal_type").as_str())
                .unwrap_or(DealType::Partnership),
            parties,
            amount,
            status: Status::parse(row.get::<String, _>("status").as_str())
                .unwrap_or(Status::Rumored),
            vehicle: row.get("vehicle"),
            date,
            sources,
            confidence: row.get::<f64, _>("confidence") as f32,
        };
        Ok(Some(StoredDeal {
            deal,
            seq,
            create_time: row.get("create_time"),
            update_time: row.get("update_time"),
        }))
    }
}

async fn set_amount(tx: &mut Transaction<'_, Sqlite>, seq: i64, a: &Amount) -> Result<(), Error> {
    sqlx::query("UPDATE deals SET currency = ?, value = ?, qualifier = ?, min_value = ?, max_value = ?, per_year = ? WHERE seq = ?")
        .bind(&a.currency)
        .bind(a.value)
        .bind(a.qualifier.as_str())
        .bind(a.min)
        .bind(a.max)
        .bind(i64::from(a.per_year))
        .bind(seq)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
