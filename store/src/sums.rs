//! Every investor's sums for one ranking query whose dates or statuses the
//! precomputed standings do not answer: whole months from the periods, the
//! months a date bound cuts through deal by deal.

use dealwire_core::model::{Role, Status};

use crate::cents::{Cents, CurrencySum};
use crate::filter::DealFilter;
use crate::index::{Index, Slot};
use crate::periods::UNDATED;

/// Every investor's deal count and sums per currency, in flat arrays
/// indexed by the investor's ordinal in the read model: a ranking touches
/// tens of thousands of investors, and a map or an allocation per investor
/// was most of its time.
pub(crate) struct Sums {
    currencies: usize,
    pub(crate) deals: Vec<i64>,
    per: Vec<CurrencySum>,
}

impl Sums {
    pub(crate) fn new(ix: &Index) -> Self {
        let (investors, currencies) = (ix.investor_count(), ix.currency_count());
        Sums {
            currencies,
            deals: vec![0; investors],
            per: vec![CurrencySum::default(); investors * currencies],
        }
    }

    pub(crate) fn sum(&self, k: usize, currency: u16) -> CurrencySum {
        self.per
            .get(k * self.currencies + usize::from(currency))
            .copied()
            .unwrap_or_default()
    }

    fn add(&mut self, k: usize, currency: u16, count: i64, low: Cents, high: Cents) {
        self.deals[k] += count;
        if currency != 0 {
            self.per[k * self.currencies + usize::from(currency)].add(1, count, low, high);
        }
    }

    pub(crate) fn add_deal(&mut self, ix: &Index, s: &Slot) {
        let (low, high) = s.cents();
        for &(n, r) in ix.parties(s) {
            if r == Role::Investor
                && let Some(k) = ix.investor_ordinal(n)
            {
                self.add(k, s.currency, 1, low, high);
            }
        }
    }

    /// Sums over every investor: whole months come from the rows the index
    /// files by month; the months a date bound cuts through are read deal by
    /// deal.
    pub(crate) fn of_investors(ix: &Index, filter: &DealFilter) -> Self {
        let mut sums = Sums::new(ix);
        let status_ok = |s: Status| filter.statuses.is_empty() || filter.statuses.contains(&s);
        if filter.start.is_none() && filter.end.is_none() {
            // No dates, several statuses: add up their per-status sums
            // (each status once, however often the filter names it).
            let statuses: Vec<Status> = [Status::Rumored, Status::Announced, Status::Completed]
                .into_iter()
                .filter(|&s| status_ok(s))
                .collect();
            for &st in &statuses {
                for c in 0..sums.currencies {
                    let c = u16::try_from(c).unwrap_or(u16::MAX);
                    let column = ix.standings().column(Some(st), c);
                    for (k, t) in column.iter().enumerate() {
                        if t.count != 0 {
                            sums.add(k, c, t.count, t.low, t.high);
                        }
                    }
                }
            }
            return sums;
        }
        let mut partial: Vec<i32> = Vec::new();
        for (month, rows) in ix.periods().months() {
            let whole = if month == UNDATED {
                filter.start.is_none() && filter.end.is_none()
            } else if filter.covers_month(month) {
                true
            } else {
                if !filter.misses_month(month) {
                    partial.push(month);
                }
                false
            };
            if whole {
                for r in rows.iter().filter(|r| status_ok(r.status)) {
                    let k = r.ordinal as usize;
                    sums.add(k, r.currency, i64::from(r.count), r.low, r.high);
                }
            }
        }
        // A month a bound cuts through is read deal by deal.
        for m in partial {
            for &pos in ix.investments_in(m) {
                let s = ix.slot(pos);
                if filter.matches(s) {
                    sums.add_deal(ix, s);
                }
            }
        }
        sums
    }
}

#[cfg(test)]
mod tests {
    use dealwire_core::model::{Amount, Date, DealType, Qualifier};
    use proptest::prelude::*;

    use super::*;
    use crate::index::DealState;

    const STATUSES: [Status; 3] = [Status::Rumored, Status::Announced, Status::Completed];

    /// (investor numbers, status, date as (year, month, day) or none, value).
    type Spec = (Vec<u8>, usize, Option<(i32, u8, u8)>, u32);

    fn deal(id: u64, (investors, status, date, value): &Spec) -> DealState {
        let mut parties: Vec<(String, String, Role)> = investors
            .iter()
            .map(|n| (format!("Fund {n}"), format!("fund {n}"), Role::Investor))
            .collect();
        parties.push((format!("Co {id}"), format!("co {id}"), Role::Target));
        DealState {
            id,
            seq: id as i64,
            deal_type: DealType::Investment,
            status: STATUSES[*status],
            amount: (*value > 0).then(|| Amount {
                currency: if value % 2 == 0 { "USD" } else { "EUR" }.into(),
                value: f64::from(*value),
                qualifier: Qualifier::Exact,
                min: None,
                max: None,
                per_year: false,
                alternatives: Vec::new(),
            }),
            date: date.map(|(year, month, day)| Date { year, month, day }),
            parties,
        }
    }

    fn date() -> impl Strategy<Value = Option<(i32, u8, u8)>> {
        proptest::option::of((2022..2025i32, 0..13u8, 0..29u8).prop_map(|(y, m, d)| {
            // A day needs a month.
            (y, m, if m == 0 { 0 } else { d })
        }))
    }

    proptest! {
        /// Sums over a date range read from the monthly rows, with the
        /// months a bound cuts through read deal by deal, equal sums taken
        /// deal by deal over the whole store, whatever the bounds.
        #[test]
        fn ranking_sums_with_dates_equal_a_walk_over_every_deal(
            specs in proptest::collection::vec(
                (proptest::collection::vec(0..6u8, 1..3), 0..3usize, date(), 0..50u32),
                1..60,
            ),
            removed in proptest::collection::vec(any::<proptest::sample::Index>(), 0..10),
            start in date(),
            end in date(),
            statuses in proptest::sample::subsequence(vec![0usize, 1, 2], 0..=3),
        ) {
            let mut ix = Index::default();
            for (i, spec) in specs.iter().enumerate() {
                ix.upsert(&deal(i as u64, spec));
            }
            for r in &removed {
                ix.remove(r.index(specs.len()) as u64);
            }
            let ord = |d: Option<(i32, u8, u8)>| d.map(|(year, month, day)| Date { year, month, day }.ordinal());
            let filter = DealFilter {
                statuses: statuses.iter().map(|&s| STATUSES[s]).collect(),
                start: ord(start),
                end: ord(end),
                ..Default::default()
            };
            let fast = Sums::of_investors(&ix, &filter);
            let mut slow = Sums::new(&ix);
            for pos in ix.all() {
                let s = ix.slot(pos);
                if filter.matches(s) {
                    slow.add_deal(&ix, s);
                }
            }
            prop_assert_eq!(&fast.deals, &slow.deals);
            let cents = |s: &Sums| s.per.iter().map(|c| (c.count, c.low, c.high)).collect::<Vec<_>>();
            prop_assert_eq!(cents(&fast), cents(&slow));
        }
    }
}
