//! The writer task: commits ingested deals and keeps the read model current.
//!
//! Batches from every Ingest stream queue here and are committed together
//! (group commit): one durable transaction for many batches, and each caller
//! is answered only once its batch is on disk. Every transaction first bumps
//! the store's revision, which serialises writers, including other store
//! instances on the same PostgreSQL; it then applies what those instances
//! wrote since, so the read model follows the database in revision order
//! (see `follow`). The statements that write a group are in `inserts`;
//! the read model takes each committed group from the writer in `apply`.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use dealwire_core::model::{DealType, Status};
use sqlx::Row;
use sqlx::any::AnyRow;
use tokio::sync::{mpsc, oneshot};

use crate::apply::{self, Committed, Update, Written};
use crate::batch::Batch;
use crate::db::Sql;
use crate::error::Error;
use crate::follow::{poll_others, read_changes};
use crate::inserts::{Incoming, write_deals, write_sources};
use crate::merge::{self, Merged, Observation};
use crate::parties::StoredParty;
use crate::rows;
use crate::shared::{IngestSummary, Shared};

/// Most deals committed in one transaction. A group dirties nearly every
/// page of the random-key indexes whatever its size, so bigger groups ingest
/// faster; but an Ingest stream keeps two groups' worth in flight, which is
/// what the store's memory peaks on. At 1M deals on a slower 2-core machine
/// (commit 77e000b), 20,000 gave 17.3k deals/s with a 252-267 MiB
/// peak, 30,000 gave 18.7-19.6k with 266-278 MiB, and 40,000 gave
/// 20.4-22.4k with 285-296 MiB, over the 300 MB budget.
pub(crate) const GROUP_MAX: usize = 30_000;

/// A batch waiting to be committed, and who to tell.
pub(crate) struct Job {
    pub(crate) batch: Batch,
    pub(crate) done: oneshot::Sender<Result<IngestSummary, Error>>,
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Runs until every `Store` handle is dropped.
pub(crate) async fn run(shared: Arc<Shared>, mut jobs: mpsc::Receiver<Job>, poll: Duration) {
    // One committed group may wait to be applied while the next one commits.
    let (updates, applying) = mpsc::channel(1);
    tokio::spawn(apply::run(shared.clone(), applying));
    // The revision through which this task has read the database. The read
    // model lags behind it by what the applier has yet to apply.
    let mut seen = shared.read_index().revision;
    let mut tick = tokio::time::interval(poll);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        tokio::select! {
            job = jobs.recv() => {
                let Some(job) = job else { break };
                let mut n = job.batch.len();
                let mut group = vec![job];
                while n < GROUP_MAX {
                    match jobs.try_recv() {
                        Ok(j) => {
                            n += j.batch.len();
                            group.push(j);
                        }
                        Err(_) => break,
                    }
                }
                commit_group(&shared, group, &mut seen, &updates).await;
            }
            _ = tick.tick() => {
                match poll_others(&shared, seen).await {
                    Ok(Some((changes, revision))) => {
                        seen = revision;
                        let _ = updates.send(Update::Others { changes, revision }).await;
                    }
                    Ok(None) => {}
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot read what other store instances wrote");
                    }
                }
            }
        }
    }
}

async fn commit_group(
    shared: &Shared,
    mut group: Vec<Job>,
    seen: &mut i64,
    updates: &mpsc::Sender<Update>,
) {
    let batches: Vec<Batch> = group
        .iter_mut()
        .map(|j| std::mem::take(&mut j.batch))
        .collect();
    match commit(shared, &batches, *seen).await {
        Ok(committed) => {
            let callers = group.into_iter().map(|j| j.done).collect();
            applied_later(seen, updates, committed, batches, callers).await;
        }
        Err(e) if group.len() > 1 => {
            // One caller's batch must not fail another's: retry them alone.
            tracing::warn!(error = %e, "group commit failed; committing its batches one by one");
            for (job, batch) in group.into_iter().zip(batches) {
                match commit(shared, std::slice::from_ref(&batch), *seen).await {
                    Ok(committed) => {
                        applied_later(seen, updates, committed, vec![batch], vec![job.done]).await;
                    }
                    Err(e) => {
                        let _ = job.done.send(Err(refused(e)));
                    }
                }
            }
        }
        Err(e) => {
            for job in group {
                let _ = job
                    .done
                    .send(Err(refused(Error::Unavailable(e.to_string()))));
            }
        }
    }
}

/// Hands a committed group to the applier, with its keys' parties (the
/// first batch to name a key wins, as in the transaction); the rest of the
/// batches, their text, is dropped here.
async fn applied_later(
    seen: &mut i64,
    updates: &mpsc::Sender<Update>,
    committed: Committed,
    batches: Vec<Batch>,
    callers: Vec<apply::Caller>,
) {
    *seen = committed.revision;
    let mut parties: HashMap<i64, Vec<StoredParty>> = HashMap::new();
    for b in batches {
        for (key, ps) in b.parties {
            parties.entry(key).or_insert(ps);
        }
    }
    // The applier lives as long as this task; were it gone, the callers,
    // dropped with the update, would hear that nothing was confirmed.
    let _ = updates
        .send(Update::Group {
            committed,
            parties,
            callers,
        })
        .await;
}

fn refused(e: Error) -> Error {
    tracing::error!(error = %e, "a batch was not committed");
    Error::Unavailable(
        "the batch could not be committed and nothing of it was stored; retry it".into(),
    )
}

/// Where a report under a touched merge key comes from.
enum Origin {
    /// Already stored, in the deal with this id.
    Stored(String),
    /// Arriving now: its position among the incoming reports.
    New(usize),
}

/// A group's reports, numbered, and every merge key's parties.
struct Prepared<'b> {
    summaries: Vec<IngestSummary>,
    incoming: Vec<Incoming<'b>>,
    /// Each merge key's parties, as the group's first deal under it names
    /// them.
    parties: HashMap<i64, &'b [StoredParty]>,
}

/// Numbers the reports of a group's batches.
fn number(batches: &[Batch]) -> Prepared<'_> {
    let mut summaries = Vec::with_capacity(batches.len());
    let mut incoming = Vec::with_capacity(batches.iter().map(|b| b.reports.len()).sum());
    let mut parties: HashMap<i64, &[StoredParty]> = HashMap::new();
    let mut first_deal = 0;
    for (job, b) in batches.iter().enumerate() {
        summaries.push(IngestSummary {
            received: i64::try_from(b.len()).unwrap_or(i64::MAX),
            ..IngestSummary::default()
        });
        for r in &b.reports {
            incoming.push(Incoming {
                job,
                deal: first_deal + r.at,
                at: r.at,
                source: r.source,
                obs: &r.obs,
            });
        }
        for (key, ps) in &b.parties {
            parties.entry(*key).or_insert(ps.as_slice());
        }
        first_deal += b.len();
    }
    Prepared {
        summaries,
        incoming,
        parties,
    }
}

/// Commits batches in one transaction, reading first what other instances
/// committed after revision `seen`.
async fn commit(shared: &Shared, batches: &[Batch], seen: i64) -> Result<Committed, Error> {
    let started = std::time::Instant::now();
    let Prepared {
        mut summaries,
        mut incoming,
        parties,
    } = number(batches);
    let mut tx = shared.pool.begin().await?;
    let rev: i64 =
        Sql::new("UPDATE store_meta SET revision = revision + 1 WHERE id = 1 RETURNING revision")
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| Error::Unavailable("store_meta has no row".into()))?
            .try_get(0)?;
    let others = read_changes(&mut tx, seen, Some(rev)).await?;

    // Reports already stored, or twice in this group, change nothing.
    let ids: Vec<String> = incoming.iter().map(|i| i.obs.source_id.clone()).collect();
    let mut stored: HashSet<String> = HashSet::new();
    for chunk in ids.chunks(shared.backend.max_binds()) {
        let mut q = Sql::on(
            shared.backend,
            "SELECT source_id FROM sources WHERE source_id IN ",
        );
        q.bind_list(chunk.iter().cloned());
        for r in q.fetch_all(&mut *tx).await? {
            stored.insert(r.try_get(0)?);
        }
    }
    {
        // The ids live in the batches, so the set can borrow them while
        // `incoming` is filtered.
        let mut seen: HashSet<&str> = stored.iter().map(String::as_str).collect();
        incoming.retain(|i| {
            let obs: &Observation = i.obs;
            seen.insert(obs.source_id.as_str())
        });
    }
    drop((ids, stored));

    // Every report under the touched keys, old and new, is merged afresh.
    let keys: Vec<i64> = {
        let mut k: Vec<i64> = incoming.iter().map(|i| i.obs.merge_key).collect();
        k.sort_unstable();
        k.dedup();
        k
    };
    // Gathered in one list ordered by key, stored reports before new ones,
    // so each key's reports are one slice (a list per key cost more memory
    // than the reports).
    let mut gathered: Vec<(Cow<'_, Observation>, Origin)> = Vec::new();
    for chunk in keys.chunks(shared.backend.max_binds()) {
        let mut q = Sql::on(
            shared.backend,
            "SELECT source_id, merge_key, deal_id, publish_time, deal_type, status, vehicle, currency, value, \
             qualifier, min_value, max_value, per_year, alternatives, date_year, date_month, date_day, confidence \
             FROM sources WHERE merge_key IN ",
        );
        q.bind_list(chunk.iter().copied());
        for r in q.fetch_all(&mut *tx).await? {
            let o = observation_of(&r)?;
            gathered.push((Cow::Owned(o), Origin::Stored(r.try_get("deal_id")?)));
        }
    }
    // A key's stored deals are the deals its stored reports belong to
    // (every deal has at least one), so they need no reading of their own;
    // and a stored deal keeps its create time, which the upsert never sets.
    let old_ids: HashSet<String> = gathered
        .iter()
        .filter_map(|(_, origin)| match origin {
            Origin::Stored(id) => Some(id.clone()),
            Origin::New(_) => None,
        })
        .collect();
    let stored_reports = gathered.len();
    for (n, i) in incoming.iter().enumerate() {
        gathered.push((Cow::Borrowed(i.obs), Origin::New(n)));
    }
    // Stable, so each key's reports keep the order they were gathered in.
    gathered.sort_by_key(|e| e.0.merge_key);
    let (all_obs, origins): (Vec<Cow<'_, Observation>>, Vec<Origin>) = gathered.into_iter().unzip();

    let read = started.elapsed();
    let t = now();
    let Plan {
        upserts,
        removed,
        moved,
        new_deal_of,
    } = plan(&all_obs, &origins);
    drop((all_obs, origins));

    let merged = started.elapsed();
    write_sources(&mut tx, shared.backend, &incoming, batches, &new_deal_of).await?;
    for (source_id, deal_id) in &moved {
        let mut q = Sql::new("UPDATE sources SET deal_id = ");
        q.bind(deal_id.clone())
            .push(" WHERE source_id = ")
            .bind(source_id.clone());
        q.execute(&mut *tx).await?;
    }
    for id in &removed {
        let mut q = Sql::new("DELETE FROM deals WHERE id = ");
        q.bind(id.clone());
        q.execute(&mut *tx).await?;
        let mut q = Sql::new("INSERT INTO deal_removals (id, revision) VALUES (");
        q.bind(id.clone()).push(", ").bind(rev).push(")");
        q.execute(&mut *tx).await?;
    }
    let seqs = write_deals(&mut tx, shared.backend, &upserts, &parties, t, rev).await?;
    let wrote = started.elapsed();
    tx.commit().await?;
    let committed = started.elapsed();
    // Committed. What follows is counted for the callers and handed to the
    // applier, which tells the read model and the feed.
    // An incoming deal counts as created when its first report made a deal
    // the store did not have (and no earlier deal of the group made it);
    // every other deal received, duplicates included, was merged.
    let mut claimed: HashSet<&str> = HashSet::new();
    let mut counted: HashSet<usize> = HashSet::new();
    for (n, i) in incoming.iter().enumerate() {
        if counted.insert(i.deal)
            && let Some(id) = new_deal_of.get(&n)
            && !old_ids.contains(id)
            && claimed.insert(id.as_str())
        {
            summaries[i.job].created += 1;
        }
    }
    for s in &mut summaries {
        s.merged = s.received - s.created;
    }
    let written: Vec<Written> = upserts
        .into_iter()
        .map(|(key, deal, _)| Written {
            key,
            seq: seqs.get(&deal.id).copied().unwrap_or_default(),
            created: !old_ids.contains(&deal.id),
            deal,
        })
        .collect();
    // `RUST_LOG=dealwire_store::writer=debug` shows where a commit's time
    // goes, for operators sizing a store.
    tracing::debug!(
        reports = incoming.len(),
        keys = keys.len(),
        stored_reports,
        deals_written = written.len(),
        read_ms = read.as_millis(),
        merge_ms = (merged - read).as_millis(),
        write_ms = (wrote - merged).as_millis(),
        commit_ms = (committed - wrote).as_millis(),
        "group committed"
    );
    Ok(Committed {
        revision: rev,
        others,
        removed,
        written,
        summaries,
    })
}

/// What a commit writes, worked out from every report under its keys.
struct Plan {
    /// Deals to write: merge key, state, source count.
    upserts: Vec<(i64, Merged, usize)>,
    /// Stored deals that a merge or a split made obsolete.
    removed: Vec<String>,
    /// Stored reports that now belong to another deal: (source, deal).
    moved: Vec<(String, String)>,
    /// The deal each new report (by position) joined.
    new_deal_of: HashMap<usize, String>,
}

/// Merges each key's reports afresh. `all_obs` and `origins` are parallel,
/// ordered by merge key; a key's stored deals are those its stored reports
/// belong to.
fn plan(all_obs: &[Cow<'_, Observation>], origins: &[Origin]) -> Plan {
    let mut upserts: Vec<(i64, Merged, usize)> = Vec::new();
    let mut removed: Vec<String> = Vec::new();
    let mut moved: Vec<(String, String)> = Vec::new();
    let mut new_deal_of: HashMap<usize, String> = HashMap::new();
    let mut start = 0;
    while start < all_obs.len() {
        let key = all_obs[start].merge_key;
        let end = start
            + all_obs[start..]
                .iter()
                .take_while(|o| o.merge_key == key)
                .count();
        let (obs, entries) = (&all_obs[start..end], &origins[start..end]);
        start = end;
        let merged = merge::cluster(obs);
        let mut old_sizes: HashMap<&str, usize> = HashMap::new();
        for e in entries {
            if let Origin::Stored(id) = e {
                *old_sizes.entry(id.as_str()).or_default() += 1;
            }
        }
        for m in &merged {
            // A deal that lost a report to another deal changes too.
            let mut touched = old_sizes.get(m.id.as_str()) != Some(&m.members.len());
            for &i in &m.members {
                match &entries[i] {
                    Origin::New(n) => {
                        touched = true;
                        new_deal_of.insert(*n, m.id.clone());
                    }
                    Origin::Stored(current) if *current != m.id => {
                        touched = true;
                        moved.push((obs[i].source_id.clone(), m.id.clone()));
                    }
                    Origin::Stored(_) => {}
                }
            }
            if touched {
                upserts.push((key, m.clone(), m.members.len()));
            }
        }
        let mut gone: Vec<&str> = old_sizes
            .keys()
            .copied()
            .filter(|id| !merged.iter().any(|m| m.id == *id))
            .collect();
        gone.sort_unstable();
        removed.extend(gone.into_iter().map(String::from));
    }
    Plan {
        upserts,
        removed,
        moved,
        new_deal_of,
    }
}

fn observation_of(r: &AnyRow) -> Result<Observation, Error> {
    Ok(Observation {
        source_id: r.try_get("source_id")?,
        merge_key: r.try_get("merge_key")?,
        deal_type: DealType::parse(&r.try_get::<String, _>("deal_type")?)
            .unwrap_or(DealType::Partnership),
        status: Status::parse(&r.try_get::<String, _>("status")?).unwrap_or(Status::Rumored),
        vehicle: r.try_get("vehicle")?,
        amount: rows::amount_of(r)?,
        date: rows::date_of(r)?,
        confidence: r.try_get::<f64, _>("confidence")? as f32,
        publish_time: r.try_get("publish_time")?,
    })
}
