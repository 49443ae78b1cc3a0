//! Query filters and page tokens: validated once at the edge, then turned
//! into SQL conditions or checked against the read model.

use dealwire_core::model::{Date, DealType, Status};
use dealwire_core::names::Aliases;
use dealwire_proto::v1 as pb;
use sha2::{Digest, Sha256};

use crate::db::Sql;
use crate::error::Error;
use crate::index::{Index, NameId, Slot};

/// Which deals a query considers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DealFilter {
    /// Deal types to keep; empty keeps all.
    pub types: Vec<DealType>,
    /// Statuses to keep; empty keeps all.
    pub statuses: Vec<Status>,
    /// Lowercase canonical name of a party the deal must have.
    pub party: Option<String>,
    /// Earliest date, as YYYYMMDD.
    pub start: Option<i64>,
    /// Latest date, as YYYYMMDD.
    pub end: Option<i64>,
}

/// Lowercase canonical key of an organisation name, as the store indexes it.
pub fn name_key(aliases: &Aliases, name: &str) -> String {
    aliases.canonical(name).to_lowercase()
}

impl DealFilter {
    /// Validates a filter from the wire.
    pub fn from_pb(f: Option<&pb::DealFilter>, aliases: &Aliases) -> Result<Self, Error> {
        let Some(f) = f else {
            return Ok(DealFilter::default());
        };
        let types = f
            .types
            .iter()
            .enumerate()
            .map(|(k, &t)| {
                DealType::try_from(t).map_err(|e| e.in_field(&format!("filter.types[{k}]")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let statuses = f
            .statuses
            .iter()
            .enumerate()
            .map(|(k, &s)| {
                Status::try_from(s).map_err(|e| e.in_field(&format!("filter.statuses[{k}]")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let party = (!f.party.trim().is_empty()).then(|| name_key(aliases, &f.party));
        // A start bound covers its whole period: 2023 starts at 2023-00-00.
        let start = f
            .start_date
            .as_ref()
            .map(Date::try_from)
            .transpose()
            .map_err(|e| e.in_field("filter.start_date"))?
            .map(Date::ordinal);
        // An end bound covers its whole period too: 2023 ends at 2023-99-99.
        let end = f
            .end_date
            .as_ref()
            .map(Date::try_from)
            .transpose()
            .map_err(|e| e.in_field("filter.end_date"))?
            .map(|d| {
                d.ordinal()
                    + if d.month == 0 {
                        9999
                    } else if d.day == 0 {
                        99
                    } else {
                        0
                    }
            });
        if let (Some(s), Some(e)) = (start, end)
            && s > e
        {
            return Err(Error::InvalidArgument(
                "filter.start_date is after filter.end_date".into(),
            ));
        }
        Ok(DealFilter {
            types,
            statuses,
            party,
            start,
            end,
        })
    }

    /// Appends ` AND ...` conditions on the deals table aliased `d` for
    /// all but the party, which the read model resolves.
    pub fn push_sql(&self, q: &mut Sql<'_>) {
        if !self.types.is_empty() {
            q.push(" AND d.deal_type IN ")
                .bind_list(self.types.iter().map(|t| t.as_str()));
        }
        if !self.statuses.is_empty() {
            q.push(" AND d.status IN ")
                .bind_list(self.statuses.iter().map(|s| s.as_str()));
        }
        if let Some(s) = self.start {
            q.push(" AND d.date_ord >= ").bind(s);
        }
        if let Some(e) = self.end {
            q.push(" AND d.date_ord <= ").bind(e);
        }
    }

    /// Whether a date ordinal (0: undated) passes the date bounds. Undated
    /// deals pass only when no bound is set.
    pub fn date_ok(&self, ord: i64) -> bool {
        if ord == 0 {
            return self.start.is_none() && self.end.is_none();
        }
        self.start.is_none_or(|s| ord >= s) && self.end.is_none_or(|e| ord <= e)
    }

    /// Whether a whole month (YYYYMM; MM 0 for dates that give only the
    /// year) passes the date bounds.
    pub fn covers_month(&self, month: i32) -> bool {
        let m = i64::from(month) * 100;
        self.start.is_none_or(|s| s <= m) && self.end.is_none_or(|e| e >= m + 99)
    }

    /// Whether the bounds leave out all of a month.
    pub fn misses_month(&self, month: i32) -> bool {
        let m = i64::from(month) * 100;
        self.start.is_some_and(|s| s > m + 99) || self.end.is_some_and(|e| e < m)
    }

    /// Whether a deal in the read model passes the type, status and date
    /// conditions. The party condition is resolved with [`Self::party_id`].
    pub fn matches(&self, s: &Slot) -> bool {
        (self.types.is_empty() || self.types.contains(&s.deal_type))
            && (self.statuses.is_empty() || self.statuses.contains(&s.status))
            && self.date_ok(s.date_ord())
    }

    /// Whether a deal in the read model is listed: it passes
    /// [`Self::matches`], and, if cancelled, the filter asks for cancelled
    /// deals. Totals and rankings never count a cancelled deal.
    pub fn lists(&self, s: &Slot) -> bool {
        self.matches(s) && (s.status != Status::Cancelled || self.statuses.contains(&s.status))
    }

    /// Whether every investment deal passes: no status, date or party
    /// condition, and the types (if any) include investments. Such queries
    /// may read sums and lists the read model keeps up to date.
    pub fn keeps_every_investment(&self) -> bool {
        self.statuses.is_empty()
            && self.party.is_none()
            && self.start.is_none()
            && self.end.is_none()
            && (self.types.is_empty() || self.types.contains(&DealType::Investment))
    }

    /// The filter's party in the read model: `Some(None)` when the filter
    /// names none, `None` when it names one no deal has (nothing matches).
    pub fn party_id(&self, index: &Index) -> Option<Option<NameId>> {
        match &self.party {
            None => Some(None),
            Some(p) => index.name_id(p).map(Some),
        }
    }

    /// A short fingerprint, so a page token is only used with its filter.
    pub fn fingerprint(&self, extra: &str) -> String {
        let text = format!("{self:?}|{extra}");
        Sha256::digest(text.as_bytes())
            .iter()
            .take(4)
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// What a caller is told about a token that is not one the query returned.
pub const BAD_TOKEN: &str = "page_token is not a token this query returned; start again without it";

/// A page token holding a cursor (no `.` in it) for keyset pagination.
pub fn encode_key(key: &str, fingerprint: &str) -> String {
    format!("{key}.{fingerprint}")
}

/// Reads a token made by [`encode_key`] for this fingerprint.
pub fn decode_key(token: &str, fingerprint: &str) -> Result<Option<String>, Error> {
    if token.is_empty() {
        return Ok(None);
    }
    match token.rsplit_once('.') {
        Some((key, fp)) if fp == fingerprint && !key.is_empty() => Ok(Some(key.to_string())),
        _ => Err(Error::InvalidArgument(BAD_TOKEN.into())),
    }
}

/// A page token: a position and the fingerprint of the query it belongs to.
pub fn encode_token(position: i64, fingerprint: &str) -> String {
    format!("{position}.{fingerprint}")
}

/// Reads a page token; a token from another query or a tampered one is an
/// invalid argument.
pub fn decode_token(token: &str, fingerprint: &str) -> Result<Option<i64>, Error> {
    if token.is_empty() {
        return Ok(None);
    }
    let bad = || Error::InvalidArgument(BAD_TOKEN.into());
    let (pos, fp) = token.split_once('.').ok_or_else(bad)?;
    let pos: i64 = pos.parse().map_err(|_| bad())?;
    if fp != fingerprint || pos < 0 {
        return Err(bad());
    }
    Ok(Some(pos))
}

/// Clamps a requested page size: 0 gives the default, above the maximum gives
/// the maximum, below 0 is an error.
pub fn page_size(field: &str, requested: i32, default: i64, max: i64) -> Result<i64, Error> {
    match requested {
        n if n < 0 => Err(Error::InvalidArgument(format!(
            "{field} must not be negative"
        ))),
        0 => Ok(default),
        n => Ok(i64::from(n).min(max)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_only_work_for_their_query() {
        let t = encode_token(42, "abcd");
        assert_eq!(decode_token(&t, "abcd").ok().flatten(), Some(42));
        assert!(decode_token(&t, "ffff").is_err());
        assert!(decode_token("garbage", "abcd").is_err());
        assert!(decode_token("-1.abcd", "abcd").is_err());
    }

    #[test]
    fn filters_canonicalise_names_and_check_dates() {
        let aliases = Aliases::default();
        let f = pb::DealFilter {
            party: "AWS".into(),
            ..Default::default()
        };
        assert_eq!(
            DealFilter::from_pb(Some(&f), &aliases)
                .ok()
                .and_then(|f| f.party),
            Some("amazon".into())
        );
        let f = pb::DealFilter {
            types: vec![99],
            ..Default::default()
        };
        assert!(DealFilter::from_pb(Some(&f), &aliases).is_err());
        let f = pb::DealFilter {
            start_date: Some(pb::Date {
                year: 2024,
                month: 0,
                day: 0,
            }),
            end_date: Some(pb::Date {
                year: 2023,
                month: 0,
                day: 0,
            }),
            ..Default::default()
        };
        assert!(DealFilter::from_pb(Some(&f), &aliases).is_err());
    }

    #[test]
    fn page_sizes_clamp() {
        assert_eq!(page_size("page_size", 0, 50, 1000).ok(), Some(50));
        assert_eq!(page_size("page_size", 5000, 50, 1000).ok(), Some(1000));
        assert!(page_size("max_edges", -1, 50, 1000).is_err());
    }
}
