//! Every investor's sums over all dates, by status and currency, for
//! rankings without dates.
//!
//! A ranking reads one number per investor for tens of thousands of
//! investors. Laid out investor by investor, that read walked a row of every
//! status and currency per investor and spent its time waiting on memory.
//! Here the sums are filed in columns, one per (status, currency), each
//! indexed by the investor's ordinal, plus one column of deal counts per
//! status: a ranking in one currency reads two arrays front to back. A new
//! currency adds columns and moves nothing.

use dealwire_core::model::Status;

use crate::cents::{Cents, CurrencySum};

/// Columns per currency: one per status and one for all statuses together.
/// Cancelled deals are never added (they count in no total), so their row
/// stays empty and a ranking of cancelled deals is empty.
const STATUS_ROWS: usize = 5;

fn status_row(s: Option<Status>) -> usize {
    match s {
        Some(Status::Rumored) => 0,
        Some(Status::Announced) => 1,
        Some(Status::Completed) => 2,
        None => 3,
        Some(Status::Cancelled) => 4,
    }
}

/// Per-investor sums by status and currency (see the module docs).
#[derive(Debug, Default)]
pub struct Standings {
    /// Column `currency * STATUS_ROWS + status_row`, indexed by ordinal;
    /// shorter than the investor count where the tail is all zero.
    sums: Vec<Vec<CurrencySum>>,
    /// Deals per investor in each status row, amount or not.
    deals: [Vec<i64>; STATUS_ROWS],
}

impl Standings {
    /// Adds (sign 1) or takes away (sign -1) one deal of an investor, in
    /// its status's column and in the all-statuses column. Currency 0 is a
    /// deal without an amount.
    pub fn add(
        &mut self,
        ordinal: usize,
        status: Status,
        currency: u16,
        sign: i64,
        low: Cents,
        high: Cents,
    ) {
        for row in [status_row(Some(status)), status_row(None)] {
            let deals = &mut self.deals[row];
            if deals.len() <= ordinal {
                deals.resize(ordinal + 1, 0);
            }
            deals[ordinal] += sign;
            let c = usize::from(currency) * STATUS_ROWS + row;
            if self.sums.len() <= c {
                self.sums.resize_with(c + 1, Vec::new);
            }
            let column = &mut self.sums[c];
            if column.len() <= ordinal {
                column.resize(ordinal + 1, CurrencySum::default());
            }
            column[ordinal].add(sign, 1, low, high);
        }
    }

    /// An investor's sums in one currency and status (`None`: any status).
    pub fn sum(&self, ordinal: usize, status: Option<Status>, currency: u16) -> CurrencySum {
        self.column(status, currency)
            .get(ordinal)
            .copied()
            .unwrap_or_default()
    }

    /// An investor's deals in a status (`None`: any status).
    pub fn deals(&self, ordinal: usize, status: Option<Status>) -> i64 {
        self.deal_column(status).get(ordinal).copied().unwrap_or(0)
    }

    /// Every investor's sums in one currency and status, by ordinal; may be
    /// shorter than the investor count (the rest are zero).
    pub fn column(&self, status: Option<Status>, currency: u16) -> &[CurrencySum] {
        self.sums
            .get(usize::from(currency) * STATUS_ROWS + status_row(status))
            .map_or(&[], |c| c)
    }

    /// Every investor's deal count in a status, by ordinal; may be shorter
    /// than the investor count (the rest are zero).
    pub fn deal_column(&self, status: Option<Status>) -> &[i64] {
        &self.deals[status_row(status)]
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const STATUSES: [Status; 3] = [Status::Rumored, Status::Announced, Status::Completed];

    proptest! {
        #[test]
        fn columns_equal_sums_over_the_deals_added_and_taken_away(
            ops in prop::collection::vec((0usize..6, 0usize..3, 0u16..4, any::<bool>(), 0i64..1000), 0..80)
        ) {
            let mut st = Standings::default();
            // (ordinal, status, currency, low, high) of each deal still in.
            let mut live: Vec<(usize, Status, u16, Cents, Cents)> = Vec::new();
            for (ord, s, cur, remove, v) in ops {
                let status = STATUSES[s];
                if remove && let Some(at) = live.iter().position(|d| d.0 == ord && d.1 == status) {
                    let (o, s, c, lo, hi) = live.swap_remove(at);
                    st.add(o, s, c, -1, lo, hi);
                } else {
                    st.add(ord, status, cur, 1, v / 2, v);
                    live.push((ord, status, cur, v / 2, v));
                }
            }
            for ord in 0..6 {
                for status in [None, Some(Status::Rumored), Some(Status::Announced), Some(Status::Completed)] {
                    let mine = || live.iter().filter(|d| d.0 == ord && status.is_none_or(|s| s == d.1));
                    prop_assert_eq!(st.deals(ord, status), mine().count() as i64);
                    for cur in 0..4u16 {
                        let got = st.sum(ord, status, cur);
                        let want = mine().filter(|d| d.2 == cur);
                        let (n, lo, hi) = want.fold((0, 0, 0), |(n, lo, hi), d| (n + 1, lo + d.3, hi + d.4));
                        prop_assert_eq!((got.count, got.low, got.high), (n, lo, hi));
                    }
                }
            }
        }
    }
}
