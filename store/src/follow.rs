//! Keeping the read model in step with the database: loading it at
//! start-up, and applying what other store instances committed, read by the
//! revision each write transaction stamps on the deals it writes.

use dealwire_core::model::{DealType, Status};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::db::Sql;
use crate::error::Error;
use crate::index::{DealState, Index};
use crate::rows;
use crate::shared::Shared;

/// Deals read per page when loading the read model.
const LOAD_PAGE: i64 = 20_000;

/// The revision of the last committed write transaction.
pub(crate) async fn latest_revision(conn: &mut AnyConnection) -> Result<i64, Error> {
    Sql::new("SELECT revision FROM store_meta WHERE id = 1")
        .fetch_optional(conn)
        .await?
        .map_or(Ok(0), |r| r.try_get(0))
        .map_err(Error::from)
}

/// Deals written and removed by transactions with a revision in
/// `(after, before)`.
pub(crate) struct Changes {
    removed: Vec<String>,
    deals: Vec<DealState>,
}

pub(crate) fn apply(ix: &mut Index, c: Changes) {
    // The deals table holds each deal's latest state, so removals go first
    // and a deal removed then made again ends up present.
    for id in &c.removed {
        ix.remove(id_number(id));
    }
    for d in &c.deals {
        ix.upsert(d);
    }
}

const STATE_COLUMNS: &str = "seq, id, merge_key, deal_type, status, currency, value, qualifier, min_value, \
     max_value, per_year, date_year, date_month, date_day, parties";

pub(crate) async fn read_changes(
    conn: &mut AnyConnection,
    after: i64,
    before: Option<i64>,
) -> Result<Changes, Error> {
    let bound = |q: &mut Sql<'_>| {
        q.bind(after);
        if let Some(b) = before {
            q.push(" AND revision < ").bind(b);
        }
    };
    let mut q = Sql::new("SELECT id FROM deal_removals WHERE revision > ");
    bound(&mut q);
    let removed = q
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<Vec<String>, _>>()?;
    let mut q = Sql::new(&format!(
        "SELECT {STATE_COLUMNS} FROM deals WHERE revision > "
    ));
    bound(&mut q);
    let rows = q.fetch_all(&mut *conn).await?;
    let deals = states_of(&rows)?;
    Ok(Changes { removed, deals })
}

fn states_of(rows: &[AnyRow]) -> Result<Vec<DealState>, Error> {
    rows.iter()
        .map(|r| {
            Ok(DealState {
                id: id_number(&r.try_get::<String, _>("id")?),
                seq: r.try_get("seq")?,
                deal_type: DealType::parse(&r.try_get::<String, _>("deal_type")?)
                    .unwrap_or(DealType::Partnership),
                status: Status::parse(&r.try_get::<String, _>("status")?)
                    .unwrap_or(Status::Rumored),
                amount: rows::amount_of(r)?,
                date: rows::date_of(r)?,
                parties: crate::parties::decode(&r.try_get::<String, _>("parties")?)?,
            })
        })
        .collect()
}

/// What other store instances committed after revision `seen`, with the
/// latest revision, if there is anything new.
pub(crate) async fn poll_others(
    shared: &Shared,
    seen: i64,
) -> Result<Option<(Changes, i64)>, Error> {
    let mut conn = shared.pool.acquire().await?;
    let latest = latest_revision(&mut conn).await?;
    if latest <= seen {
        return Ok(None);
    }
    let changes = read_changes(&mut conn, seen, Some(latest + 1)).await?;
    Ok(Some((changes, latest)))
}

/// Loads the whole read model at start-up, a page at a time.
pub(crate) async fn load_all(shared: &Shared) -> Result<(), Error> {
    let mut conn = shared.pool.acquire().await?;
    let latest = latest_revision(&mut conn).await?;
    let mut after = 0i64;
    loop {
        let mut q = Sql::new(&format!("SELECT {STATE_COLUMNS} FROM deals WHERE seq > "));
        q.bind(after).push(" ORDER BY seq LIMIT ").bind(LOAD_PAGE);
        let rows = q.fetch_all(&mut *conn).await?;
        let Some(last) = rows.last() else { break };
        after = last.try_get("seq")?;
        let states = states_of(&rows)?;
        let mut ix = shared.write_index();
        for s in &states {
            ix.upsert(s);
        }
    }
    shared.write_index().revision = latest;
    tracing::info!(
        deals = shared.read_index().len(),
        revision = latest,
        "read model loaded"
    );
    Ok(())
}

/// A deal's store id (16 hex digits) as the read model's number.
pub(crate) fn id_number(id: &str) -> u64 {
    u64::from_str_radix(id, 16).unwrap_or(0)
}
