//! Reading deals back from the database: whole deals with their sources,
//! and the amount and date columns every reader of a deal row decodes.

use std::collections::HashMap;

use dealwire_core::model::{
    Amount, Date, Deal, DealType, Evidence, Party, Qualifier, Source, Status,
};
use sqlx::any::AnyRow;
use sqlx::{AnyPool, Row};

use crate::db::{Backend, Sql};
use crate::error::Error;

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
            // Rows read for the read model leave this column out.
            alternatives: r
                .try_get::<Option<String>, _>("alternatives")
                .ok()
                .flatten()
                .map(|text| decode_alternatives(&text))
                .unwrap_or_default(),
        }),
        _ => None,
    })
}

/// An amount's alternatives as stored: "CODE value" pairs separated by
/// ";", `None` when there are none.
pub(crate) fn encode_alternatives(alternatives: &[(String, f64)]) -> Option<String> {
    (!alternatives.is_empty()).then(|| {
        alternatives
            .iter()
            .map(|(currency, value)| format!("{currency} {value}"))
            .collect::<Vec<_>>()
            .join(";")
    })
}

/// The alternatives stored by [`encode_alternatives`]; a malformed pair is
/// left out.
pub(crate) fn decode_alternatives(text: &str) -> Vec<(String, f64)> {
    text.split(';')
        .filter_map(|pair| {
            let (currency, value) = pair.split_once(' ')?;
            Some((currency.to_string(), value.parse().ok()?))
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternatives_are_stored_as_text_and_read_back() {
        let alt = vec![("USD".to_string(), 228e6), ("EUR".to_string(), 0.5)];
        let text = encode_alternatives(&alt);
        assert_eq!(text.as_deref(), Some("USD 228000000;EUR 0.5"));
        assert_eq!(
            decode_alternatives(text.as_deref().unwrap_or_default()),
            alt
        );
        assert_eq!(encode_alternatives(&[]), None);
        assert_eq!(
            decode_alternatives("USD;EUR x;JPY 3"),
            [("JPY".to_string(), 3.0)]
        );
    }
}
