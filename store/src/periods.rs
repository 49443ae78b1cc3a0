//! Per-investor sums filed by month, for rankings over a date range.
//!
//! A ranking with dates must add up, for every investor, the deals in the
//! range. Filed per investor, that meant visiting tens of thousands of small
//! lists scattered over the heap for every query. Filed by month instead,
//! a query reads, one after the other, the rows of the months the range
//! covers, and only the month a bound cuts through is read deal by deal.
//! Each row is one investor's sums for one (status, currency) in that month;
//! a hash table of row numbers finds it when a deal comes or goes.

use std::hash::BuildHasher;

use dealwire_core::model::Status;
use hashbrown::HashTable;
use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::cents::Cents;

/// The month of undated deals.
pub const UNDATED: i32 = i32::MIN;

/// The month of a date ordinal (YYYYMMDD, 0 when undated): YYYYMM, with
/// MM 0 for a date that gives only the year.
pub fn month_of(date_ord: i64) -> i32 {
    if date_ord == 0 {
        UNDATED
    } else {
        i32::try_from(date_ord / 100).unwrap_or(UNDATED)
    }
}

/// One investor's deals of one status and currency in one month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    /// The investor's place in the read model's list of investors.
    pub ordinal: u32,
    /// Currency number, 0 for deals without an amount.
    pub currency: u16,
    /// Status.
    pub status: Status,
    /// Deals.
    pub count: u32,
    /// Certain part.
    pub low: Cents,
    /// Headline values.
    pub high: Cents,
}

impl Row {
    fn key(&self) -> (u32, u16, Status) {
        (self.ordinal, self.currency, self.status)
    }
}

fn hash(key: (u32, u16, Status)) -> u64 {
    FxBuildHasher.hash_one(key)
}

#[derive(Debug, Default)]
struct Month {
    rows: Vec<Row>,
    at: HashTable<u32>,
}

impl Month {
    fn add(&mut self, key: (u32, u16, Status), sign: i64, low: Cents, high: Cents) {
        let rows = &self.rows;
        let found = self
            .at
            .find(hash(key), |&i| rows[i as usize].key() == key)
            .map(|&i| i as usize);
        let i = match found {
            Some(i) => i,
            None if sign > 0 => {
                let i = self.rows.len();
                self.rows.push(Row {
                    ordinal: key.0,
                    currency: key.1,
                    status: key.2,
                    count: 0,
                    low: 0,
                    high: 0,
                });
                let rows = &self.rows;
                let n = u32::try_from(i).unwrap_or(u32::MAX);
                self.at
                    .insert_unique(hash(key), n, |&j| hash(rows[j as usize].key()));
                i
            }
            None => return,
        };
        let r = &mut self.rows[i];
        r.count = if sign > 0 {
            r.count.saturating_add(1)
        } else {
            r.count.saturating_sub(1)
        };
        r.low = r.low.saturating_add(sign * low);
        r.high = r.high.saturating_add(sign * high);
        if r.count == 0 {
            self.drop_row(i);
        }
    }

    /// Removes row `i`, moving the last row into its place.
    fn drop_row(&mut self, i: usize) {
        let key = self.rows[i].key();
        let n = u32::try_from(i).unwrap_or(u32::MAX);
        if let Ok(e) = self.at.find_entry(hash(key), |&j| j == n) {
            e.remove();
        }
        self.rows.swap_remove(i);
        if let Some(moved) = self.rows.get(i) {
            let last = u32::try_from(self.rows.len()).unwrap_or(u32::MAX);
            if let Some(j) = self.at.find_mut(hash(moved.key()), |&j| j == last) {
                *j = n;
            }
        }
    }
}

/// Every investor's sums, filed by month.
#[derive(Debug, Default)]
pub struct Periods {
    months: FxHashMap<i32, Month>,
}

impl Periods {
    /// Adds (sign 1) or takes away (sign -1) one deal of an investor.
    #[allow(clippy::too_many_arguments)]
    pub fn add(
        &mut self,
        month: i32,
        ordinal: u32,
        status: Status,
        currency: u16,
        sign: i64,
        low: Cents,
        high: Cents,
    ) {
        let m = self.months.entry(month).or_default();
        m.add((ordinal, currency, status), sign, low, high);
        if m.rows.is_empty() {
            self.months.remove(&month);
        }
    }

    /// Every month that has deals, with its rows (in no particular order).
    pub fn months(&self) -> impl Iterator<Item = (i32, &[Row])> {
        self.months
            .iter()
            .map(|(&m, rows)| (m, rows.rows.as_slice()))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn months_come_from_date_ordinals() {
        assert_eq!(month_of(20_230_415), 202_304);
        assert_eq!(month_of(20_230_000), 202_300);
        assert_eq!(month_of(0), UNDATED);
    }

    proptest! {
        /// Rows always equal the sums of the deals added and not taken
        /// away, however adds and removals interleave.
        #[test]
        fn rows_equal_the_deals_still_counted(ops in proptest::collection::vec((0u32..6, 0u16..3, 0usize..3, 1i64..1000, any::<bool>()), 0..300)) {
            const ST: [Status; 3] = [Status::Rumored, Status::Announced, Status::Completed];
            let mut periods = Periods::default();
            let mut live: Vec<(u32, u16, Status, i64)> = Vec::new();
            for (ordinal, currency, st, v, remove) in ops {
                let status = ST[st];
                let deal = (ordinal, currency, status, v);
                if remove {
                    if let Some(i) = live.iter().position(|d| *d == deal) {
                        live.swap_remove(i);
                        periods.add(202_401, ordinal, status, currency, -1, v, v);
                    }
                } else {
                    live.push(deal);
                    periods.add(202_401, ordinal, status, currency, 1, v, v);
                }
            }
            let mut expected: Vec<(u32, u16, Status, u32, i64)> = Vec::new();
            for &(o, c, s, v) in &live {
                match expected.iter_mut().find(|e| (e.0, e.1, e.2) == (o, c, s)) {
                    Some(e) => { e.3 += 1; e.4 += v; }
                    None => expected.push((o, c, s, 1, v)),
                }
            }
            let mut got: Vec<(u32, u16, Status, u32, i64)> = periods
                .months()
                .flat_map(|(_, rows)| rows.iter().map(|r| (r.ordinal, r.currency, r.status, r.count, r.high)))
                .collect();
            got.sort_by_key(|r| (r.0, r.1, r.2));
            expected.sort_by_key(|r| (r.0, r.1, r.2));
            prop_assert_eq!(got, expected);
        }
    }
}
