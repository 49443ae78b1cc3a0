//! The writer's multi-row INSERTs: a group's new reports into `sources`
//! and its merged deals into `deals`, each split into statements within the
//! backend's bind limit, each built while the database runs the one before.

use std::collections::HashMap;
use std::future::Future;
use std::pin::pin;
use std::task::Poll;

use dealwire_core::model::{Amount, Source};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::batch::Batch;
use crate::db::{Backend, Sql};
use crate::error::Error;
use crate::merge::{Merged, Observation};
use crate::parties::StoredParty;

/// One incoming report of a group, numbered. Its text stays in the batch it
/// came in, so a group holds one copy of what it commits.
pub(crate) struct Incoming<'b> {
    pub(crate) job: usize,
    /// Its deal's place among all the group's deals.
    pub(crate) deal: usize,
    /// Its deal's place in its batch.
    pub(crate) at: usize,
    /// Its place among the deal's sources (see [`crate::batch::Report`]).
    pub(crate) source: Option<usize>,
    pub(crate) obs: &'b Observation,
}

impl Incoming<'_> {
    /// The report's source as it arrived.
    pub(crate) fn source<'s>(&self, batches: &'s [Batch], empty: &'s Source) -> &'s Source {
        self.source
            .and_then(|k| batches[self.job].sources[self.at].get(k))
            .unwrap_or(empty)
    }
}

/// Rows per multi-row INSERT, within the bind limit.
fn rows_per_statement(backend: Backend, columns: usize) -> usize {
    (backend.max_binds() / columns).max(1)
}

/// Splits `rows` into multi-row statements of `columns` values a row within
/// the backend's bind limit, each started with `head`. A chunk shorter than
/// the rest is a one-off text and is not kept prepared.
fn chunked<'r, T>(
    backend: Backend,
    head: &str,
    columns: usize,
    rows: &'r [T],
) -> impl Iterator<Item = (Sql<'static>, &'r [T])> {
    let per = rows_per_statement(backend, columns);
    rows.chunks(per).map(move |chunk| {
        let mut q = Sql::on(backend, head);
        if chunk.len() < per {
            q.once();
        }
        (q, chunk)
    })
}

/// Runs `statements` in order, building each one while the database runs
/// the one before. Binding a chunk's thousands of values is about as much
/// work as SQLite's running it, and SQLite runs on the driver's own thread,
/// so the two overlap on two cores instead of taking turns. `on_rows` gets
/// each statement's rows.
async fn pipelined<'q>(
    tx: &mut AnyConnection,
    mut statements: impl Iterator<Item = Sql<'q>>,
    mut on_rows: impl FnMut(Vec<AnyRow>) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut next = statements.next();
    while let Some(q) = next.take() {
        let mut running = pin!(q.fetch_all(&mut *tx));
        // The first poll hands the statement to the driver.
        let started = std::future::poll_fn(|cx| Poll::Ready(running.as_mut().poll(cx))).await;
        next = statements.next();
        let rows = match started {
            Poll::Ready(rows) => rows?,
            Poll::Pending => running.await?,
        };
        on_rows(rows)?;
    }
    Ok(())
}

pub(crate) async fn write_sources(
    tx: &mut AnyConnection,
    backend: Backend,
    incoming: &[Incoming<'_>],
    batches: &[Batch],
    deal_of: &HashMap<usize, String>,
) -> Result<(), Error> {
    let empty = Source::default();
    let mut numbered: Vec<(usize, &Incoming<'_>)> = incoming.iter().enumerate().collect();
    // In merge-key order, so the random-key index on it is walked once from
    // end to end instead of being hit at random (see `write_deals`).
    numbered.sort_by_key(|(_, i)| i.obs.merge_key);
    let head = "INSERT INTO sources (source_id, merge_key, deal_id, article_id, url, sentence, start_offset, end_offset, \
         publish_time, deal_type, status, vehicle, currency, value, qualifier, min_value, max_value, per_year, \
         alternatives, date_year, date_month, date_day, confidence) VALUES ";
    let statements = chunked(backend, head, 23, &numbered).map(|(mut q, chunk)| {
        for (k, (n, i)) in chunk.iter().enumerate() {
            let o = &i.obs;
            let a = o.amount.as_ref();
            q.push(if k == 0 { "(" } else { ", (" });
            q.bind(o.source_id.as_str()).push(", ");
            q.bind(o.merge_key).push(", ");
            q.bind(deal_of.get(n).map_or("", String::as_str)).push(", ");
            let source = i.source(batches, &empty);
            q.bind(source.article_id.as_str()).push(", ");
            q.bind(source.url.as_str()).push(", ");
            q.bind(source.evidence.sentence.as_str()).push(", ");
            q.bind(i64::from(source.evidence.start)).push(", ");
            q.bind(i64::from(source.evidence.end)).push(", ");
            q.bind(o.publish_time).push(", ");
            q.bind(o.deal_type.as_str()).push(", ");
            q.bind(o.status.as_str()).push(", ");
            q.bind(o.vehicle.as_deref()).push(", ");
            push_amount(&mut q, a);
            q.bind(o.date.map(|d| i64::from(d.year))).push(", ");
            q.bind(o.date.map(|d| i64::from(d.month))).push(", ");
            q.bind(o.date.map(|d| i64::from(d.day))).push(", ");
            q.bind(f64::from(o.confidence)).push(")");
        }
        q
    });
    pipelined(tx, statements, |_| Ok(())).await
}

fn push_amount<'q>(q: &mut Sql<'q>, a: Option<&'q Amount>) {
    q.bind(a.map(|a| a.currency.as_str())).push(", ");
    q.bind_opt_f64(a.map(|a| a.value)).push(", ");
    q.bind(a.map(|a| a.qualifier.as_str())).push(", ");
    q.bind_opt_f64(a.and_then(|a| a.min)).push(", ");
    q.bind_opt_f64(a.and_then(|a| a.max)).push(", ");
    q.bind(i64::from(a.is_some_and(|a| a.per_year))).push(", ");
    q.bind(a.and_then(|a| crate::rows::encode_alternatives(&a.alternatives)))
        .push(", ");
}

/// Writes merged deals (new ones with their parties) and returns the
/// insertion sequence number of each, which orders ListDeals.
pub(crate) async fn write_deals(
    tx: &mut AnyConnection,
    backend: Backend,
    upserts: &[(i64, Merged, usize)],
    parties: &HashMap<i64, &[StoredParty]>,
    t: i64,
    rev: i64,
) -> Result<HashMap<String, i64>, Error> {
    let head = "INSERT INTO deals (id, merge_key, deal_type, status, vehicle, currency, value, qualifier, min_value, \
         max_value, per_year, alternatives, date_year, date_month, date_day, date_ord, confidence, source_count, \
         create_time, update_time, revision, parties) VALUES ";
    // In id order: a group's ids are random, and visiting the id index's
    // pages in order reads and dirties each once, where random order misses
    // SQLite's small page cache on nearly every row (about a third of the
    // write time at a million deals).
    let mut ordered: Vec<&(i64, Merged, usize)> = upserts.iter().collect();
    ordered.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    let mut seqs = HashMap::with_capacity(upserts.len());
    let statements = chunked(backend, head, 22, &ordered).map(|(mut q, chunk)| {
        for (k, (key, m, sources)) in chunk.iter().copied().enumerate() {
            q.push(if k == 0 { "(" } else { ", (" });
            q.bind(m.id.as_str()).push(", ");
            q.bind(*key).push(", ");
            q.bind(m.deal_type.as_str()).push(", ");
            q.bind(m.status.as_str()).push(", ");
            q.bind(m.vehicle.as_deref()).push(", ");
            push_amount(&mut q, m.amount.as_ref());
            q.bind(m.date.map(|d| i64::from(d.year))).push(", ");
            q.bind(m.date.map(|d| i64::from(d.month))).push(", ");
            q.bind(m.date.map(|d| i64::from(d.day))).push(", ");
            q.bind(m.date.map(|d| d.ordinal())).push(", ");
            q.bind(f64::from(m.confidence)).push(", ");
            q.bind(i64::try_from(*sources).unwrap_or(i64::MAX))
                .push(", ");
            // Create and update time: a stored deal keeps its create time,
            // which the conflict clause leaves alone.
            q.bind(t).push(", ");
            q.bind(t).push(", ");
            q.bind(rev).push(", ");
            q.bind(crate::parties::encode(
                parties.get(key).copied().unwrap_or_default(),
            ))
            .push(")");
        }
        // A deal keeps the parties it was first written with: they are
        // fixed by its merge key.
        q.push(
            " ON CONFLICT (id) DO UPDATE SET deal_type = excluded.deal_type, status = excluded.status, \
             vehicle = excluded.vehicle, currency = excluded.currency, value = excluded.value, \
             qualifier = excluded.qualifier, min_value = excluded.min_value, max_value = excluded.max_value, \
             per_year = excluded.per_year, alternatives = excluded.alternatives, date_year = excluded.date_year, date_month = excluded.date_month, \
             date_day = excluded.date_day, date_ord = excluded.date_ord, confidence = excluded.confidence, \
             source_count = excluded.source_count, update_time = excluded.update_time, revision = excluded.revision \
             RETURNING id, seq",
        );
        q
    });
    pipelined(tx, statements, |rows| {
        for r in rows {
            seqs.insert(r.try_get("id")?, r.try_get("seq")?);
        }
        Ok(())
    })
    .await?;
    Ok(seqs)
}
