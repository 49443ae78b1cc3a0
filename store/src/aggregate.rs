//! Aggregations over the read model: top investors, an investor's profile, a
//! company's profile and the partnership graph.
//!
//! Amounts in different currencies are never added together. Each total has
//! a low side (what is certain: exact, approximate, "at least" and "more
//! than" values, the bottom of ranges, nothing of "up to") and a high side
//! (the headline values). A reporting currency converts every total through
//! the exchange-rate table and names the currencies it could not convert.

use std::collections::{BTreeMap, BTreeSet};

use dealwire_core::model::{Amount, Date, DealType, Role, Status};

use crate::cents::{Cents, CurrencySum};
use crate::error::Error;
use crate::filter::{self, DealFilter, name_key};
use crate::index::{Index, NameId, Slot};
use crate::rates::ExchangeRates;
use crate::repo::Store;
use crate::standings::Standings;
use crate::sums::Sums;

/// Most co-investors, backers or partners a profile lists.
pub const MAX_RELATED: usize = 100;

/// Sum of amounts in one currency.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Total {
    /// Certain part.
    pub low: f64,
    /// Headline values.
    pub high: f64,
    /// Deals counted.
    pub deals: i64,
}

/// Totals per currency code.
pub type Totals = BTreeMap<String, Total>;

/// Totals converted into one reporting currency.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Converted {
    /// The reporting currency.
    pub currency: String,
    /// The converted total.
    pub total: Total,
    /// Currencies left out because the table cannot convert them.
    pub unconverted: Vec<String>,
}

/// Exact sums per currency number, turned into [`Totals`] at the end.
#[derive(Clone, Debug, Default)]
pub(crate) struct Acc {
    pub(crate) deals: i64,
    pub(crate) per: Vec<(u16, Cents, Cents, i64)>,
}

impl Acc {
    pub(crate) fn add(&mut self, currency: u16, low: Cents, high: Cents, count: i64) {
        if currency == 0 {
            return;
        }
        match self.per.iter_mut().find(|p| p.0 == currency) {
            Some(p) => {
                p.1 = p.1.saturating_add(low);
                p.2 = p.2.saturating_add(high);
                p.3 += count;
            }
            None => self.per.push((currency, low, high, count)),
        }
    }

    pub(crate) fn add_slot(&mut self, s: &Slot) {
        self.deals += 1;
        let (low, high) = s.cents();
        self.add(s.currency, low, high, 1);
    }

    pub(crate) fn totals(&self, ix: &Index) -> Totals {
        self.per
            .iter()
            .map(|&(c, low, high, n)| {
                (
                    ix.currency_code(c).to_string(),
                    Total {
                        low: low as f64 / 100.0,
                        high: high as f64 / 100.0,
                        deals: n,
                    },
                )
            })
            .collect()
    }
}

/// Converts totals into `currency`.
pub fn convert(totals: &Totals, currency: &str, rates: &ExchangeRates) -> Converted {
    let mut out = Converted {
        currency: currency.to_string(),
        ..Default::default()
    };
    for (code, t) in totals {
        match (
            rates.convert(t.low, code, currency),
            rates.convert(t.high, code, currency),
        ) {
            (Some(low), Some(high)) => {
                out.total.low += low;
                out.total.high += high;
                out.total.deals += t.deals;
            }
            _ => out.unconverted.push(code.clone()),
        }
    }
    out
}

/// An investor in a ranking.
#[derive(Clone, Debug)]
pub struct InvestorRank {
    /// Name.
    pub name: String,
    /// Investment deals.
    pub deals: i64,
    /// Totals.
    pub totals: Totals,
    /// Totals in the reporting currency, when asked for.
    pub reporting: Option<Converted>,
}

/// How to rank investors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// By high total in a currency.
    Amount,
    /// By number of deals.
    Count,
}

/// What a ranking by amount compares.
#[derive(Clone, Copy, Debug)]
pub enum Ranking<'a> {
    /// The high total in one currency.
    Currency(&'a str),
    /// The high total converted into a reporting currency.
    Reporting(&'a str),
}

/// A deal seen from one organisation: the other side and the facts.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Store id.
    pub deal_id: String,
    /// The other organisation.
    pub counterparty: String,
    /// The organisation's own role.
    pub role: Role,
    /// Amount.
    pub amount: Option<Amount>,
    /// Status.
    pub status: Status,
    /// Date.
    pub date: Option<Date>,
    /// What the organisation sold, when its role is seller (the target).
    pub sold: Option<String>,
}

/// One page of entries, newest first.
#[derive(Clone, Debug, Default)]
pub struct Page {
    /// The entries.
    pub entries: Vec<Entry>,
    /// Token for the next page; empty on the last.
    pub next: String,
}

/// An investor's profile.
#[derive(Clone, Debug, Default)]
pub struct InvestorProfile {
    /// Name.
    pub name: String,
    /// One page of investments.
    pub portfolio: Page,
    /// Investment deals in all.
    pub deals: i64,
    /// Co-investors, most shared targets first.
    pub co_investors: Vec<CoInvestor>,
    /// Deals per status.
    pub by_status: Vec<(Status, i64)>,
    /// Totals.
    pub totals: Totals,
    /// Totals in the reporting currency.
    pub reporting: Option<Converted>,
}

/// Another investor that backed some of the same companies.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CoInvestor {
    /// Name.
    pub name: String,
    /// Companies both backed.
    pub shared_count: i64,
    /// The first [`crate::coinvestors::MAX_SHARED_NAMES`] of them, by name.
    pub shared_targets: Vec<String>,
}

/// A company's profile.
#[derive(Clone, Debug, Default)]
pub struct CompanyProfile {
    /// Name.
    pub name: String,
    /// Backers: name, deals, totals; most deals first.
    pub backers: Vec<(String, i64, Totals)>,
    /// Backers in all.
    pub backer_count: i64,
    /// Funding received.
    pub funding: Totals,
    /// Funding in the reporting currency.
    pub reporting: Option<Converted>,
    /// One page of acquisitions.
    pub acquisitions: Page,
    /// Partners: name, deals, types; most deals first.
    pub partners: Vec<(String, i64, BTreeSet<DealType>)>,
    /// Partners in all.
    pub partner_count: i64,
    /// Deals per status.
    pub by_status: Vec<(Status, i64)>,
}

/// An edge of the partnership graph.
#[derive(Clone, Debug)]
pub struct Edge {
    /// Lesser name.
    pub source: String,
    /// Greater name.
    pub target: String,
    /// Deals.
    pub deals: i64,
    /// Types.
    pub types: BTreeSet<DealType>,
}

pub(crate) fn has(ix: &Index, s: &Slot, who: NameId, role: Role) -> bool {
    ix.parties(s).iter().any(|&(n, r)| n == who && r == role)
}

pub(crate) fn with_party(ix: &Index, s: &Slot, party: Option<NameId>) -> bool {
    party.is_none_or(|p| ix.parties(s).iter().any(|&(n, _)| n == p))
}

pub(crate) fn count_status(ix: &Index, positions: &[u32]) -> Vec<(Status, i64)> {
    const ALL: [Status; 4] = [
        Status::Rumored,
        Status::Announced,
        Status::Cancelled,
        Status::Completed,
    ];
    let mut n = [0i64; 4];
    for &p in positions {
        let s = ix.slot(p).status;
        n[ALL.iter().position(|&a| a == s).unwrap_or(0)] += 1;
    }
    ALL.into_iter().zip(n).filter(|&(_, c)| c > 0).collect()
}

/// Sort key of an entry: newest first, undated last, then by id and the
/// other side's name. Used as the keyset cursor too.
pub(crate) type EntryKey = (i64, u64, NameId);

pub(crate) fn entry_key(s: &Slot, other: NameId) -> EntryKey {
    (-s.date_ord(), s.id, other)
}

/// One page of entries after the token's cursor, so entries that arrive
/// while a client pages never repeat or shift what it has seen.
pub(crate) fn page_of(
    ix: &Index,
    mut keyed: Vec<(EntryKey, u32, Role)>,
    size: i64,
    token: &str,
    fp: &str,
) -> Result<Page, Error> {
    let size = usize::try_from(size).unwrap_or(0);
    let after = filter::decode_key(token, fp)?
        .map(|k| parse_cursor(&k))
        .transpose()?;
    if let Some(a) = after {
        keyed.retain(|e| e.0 > a);
    }
    let more = keyed.len() > size;
    if more {
        keyed.select_nth_unstable_by(size, |a, b| a.0.cmp(&b.0));
        keyed.truncate(size);
    }
    keyed.sort_unstable_by_key(|e| e.0);
    let next = match keyed.last() {
        Some(((d, id, n), _, _)) if more => filter::encode_key(&format!("{d}~{id:x}~{n}"), fp),
        _ => String::new(),
    };
    let entries = keyed
        .iter()
        .map(|&((_, _, other), pos, role)| {
            let s = ix.slot(pos);
            Entry {
                deal_id: format!("{:016x}", s.id),
                counterparty: ix.name(other).to_string(),
                role,
                amount: ix.amount_of(s),
                status: s.status,
                date: s.date(),
                sold: (role == Role::Seller)
                    .then(|| {
                        ix.parties(s)
                            .iter()
                            .find(|p| p.1 == Role::Target)
                            .map(|&(t, _)| ix.name(t).to_string())
                    })
                    .flatten(),
            }
        })
        .collect();
    Ok(Page { entries, next })
}

fn parse_cursor(k: &str) -> Result<EntryKey, Error> {
    let bad = || Error::InvalidArgument(filter::BAD_TOKEN.into());
    let mut it = k.split('~');
    let d = it.next().and_then(|x| x.parse().ok()).ok_or_else(bad)?;
    let id = it
        .next()
        .and_then(|x| u64::from_str_radix(x, 16).ok())
        .ok_or_else(bad)?;
    let n = it.next().and_then(|x| x.parse().ok()).ok_or_else(bad)?;
    Ok((d, id, n))
}

pub(crate) fn top_related<T>(
    ix: &Index,
    m: impl IntoIterator<Item = (NameId, T)>,
    weight: impl Fn(&T) -> i64,
) -> (Vec<(NameId, T)>, i64) {
    let mut v: Vec<(NameId, T)> = m.into_iter().collect();
    let total = v.len() as i64;
    let cmp = |a: &(NameId, T), b: &(NameId, T)| {
        weight(&b.1)
            .cmp(&weight(&a.1))
            .then_with(|| ix.name(a.0).cmp(ix.name(b.0)))
    };
    // Only the first MAX_RELATED are listed: select them, sort only them.
    // Weights alone settle all but the ties at the cut, so a first cut by
    // weight spares most name comparisons when thousands are related.
    if v.len() > MAX_RELATED {
        v.select_nth_unstable_by(MAX_RELATED - 1, |a, b| weight(&b.1).cmp(&weight(&a.1)));
        let cut = weight(&v[MAX_RELATED - 1].1);
        v.retain(|e| weight(&e.1) >= cut);
    }
    if v.len() > MAX_RELATED {
        v.select_nth_unstable_by(MAX_RELATED, cmp);
        v.truncate(MAX_RELATED);
    }
    v.sort_by(cmp);
    (v, total)
}

impl Store {
    pub(crate) fn known(&self, ix: &Index, name: &str) -> Result<NameId, Error> {
        ix.name_id(&name_key(self.aliases(), name)).ok_or_else(|| {
            Error::NotFound(format!("no deal names an organisation called {name:?}"))
        })
    }

    /// Investors ranked by amount or by deal count.
    pub fn top_investors(
        &self,
        filter: &DealFilter,
        order: Order,
        ranking: Ranking<'_>,
        page_size: i64,
        page_token: &str,
    ) -> Result<(Vec<InvestorRank>, String), Error> {
        let fp = filter.fingerprint(&format!("top|{order:?}|{ranking:?}"));
        let offset = filter::decode_token(page_token, &fp)?.unwrap_or(0);
        let ix = self.index();
        let investments = filter.types.is_empty() || filter.types.contains(&DealType::Investment);
        let sums = match filter.party_id(&ix) {
            _ if !investments => Rows::Sums(Sums::new(&ix)),
            None => Rows::Sums(Sums::new(&ix)),
            Some(Some(p)) => {
                let mut sums = Sums::new(&ix);
                for &pos in ix.postings(p) {
                    let s = ix.slot(pos);
                    if s.counted_investment() && filter.matches(s) {
                        sums.add_deal(&ix, s);
                    }
                }
                Rows::Sums(sums)
            }
            Some(None) => match filter.statuses.as_slice() {
                // No dates and at most one status: the index's per-status
                // sums are the rows, read in place.
                [] | [_] if filter.start.is_none() && filter.end.is_none() => Rows::Index {
                    standings: ix.standings(),
                    status: filter.statuses.first().copied(),
                },
                _ => Rows::Sums(Sums::of_investors(&ix, filter)),
            },
        };
        let rates = self.rates();
        // How each currency number counts towards the ranking, worked out
        // once per query rather than once per investor.
        // Only the currencies that count are read, so a ranking in one
        // currency reads one sum per investor.
        let worth: Vec<(u16, f64, f64)> = (1..ix.currency_count())
            .filter_map(|c| {
                let c = u16::try_from(c).ok()?;
                let code = ix.currency_code(c);
                let (from, to) = match ranking {
                    Ranking::Currency(cur) => (code == cur).then_some((1.0, 1.0))?,
                    Ranking::Reporting(cur) if code == cur => (1.0, 1.0),
                    Ranking::Reporting(cur) => (rates.rate(code)?, rates.rate(cur)?),
                };
                Some((c, from, to))
            })
            .collect();
        let mut ranked: Vec<(f64, i64, usize)> = (0..ix.investor_count())
            .filter_map(|k| {
                let deals = sums.deals(k);
                // The same arithmetic as `ExchangeRates::convert`, so ties
                // stay ties.
                (deals > 0).then(|| {
                    let score = worth
                        .iter()
                        .map(|&(c, from, to)| sums.sum(k, c).high as f64 * from / to)
                        .sum();
                    (score, deals, k)
                })
            })
            .collect();
        let cmp = |a: &(f64, i64, usize), b: &(f64, i64, usize)| {
            let primary = match order {
                Order::Amount => b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)),
                Order::Count => b.1.cmp(&a.1).then(b.0.total_cmp(&a.0)),
            };
            primary.then_with(|| {
                ix.name(ix.investor_at(a.2))
                    .cmp(ix.name(ix.investor_at(b.2)))
            })
        };
        let n = ranked.len();
        let start = usize::try_from(offset).unwrap_or(usize::MAX).min(n);
        let end = start
            .saturating_add(usize::try_from(page_size).unwrap_or(0))
            .min(n);
        if end < n {
            ranked.select_nth_unstable_by(end, cmp);
            ranked.truncate(end);
        }
        ranked.sort_unstable_by(cmp);
        let token = if end < n {
            filter::encode_token(end as i64, &fp)
        } else {
            String::new()
        };
        let page = ranked
            .drain(start..)
            .map(|(_, deals, k)| {
                let mut acc = Acc::default();
                for c in 0..ix.currency_count() {
                    let c = u16::try_from(c).unwrap_or(u16::MAX);
                    let t = sums.sum(k, c);
                    if t.count > 0 {
                        acc.add(c, t.low, t.high, t.count);
                    }
                }
                let totals = acc.totals(&ix);
                let reporting = match ranking {
                    Ranking::Reporting(cur) => Some(convert(&totals, cur, rates)),
                    Ranking::Currency(_) => None,
                };
                InvestorRank {
                    name: ix.name(ix.investor_at(k)).to_string(),
                    deals,
                    totals,
                    reporting,
                }
            })
            .collect();
        Ok((page, token))
    }
}

/// Where a ranking reads each investor's deal count and sums per currency.
enum Rows<'a> {
    /// The index's per-status sums (`None`: all statuses), read in place.
    Index {
        standings: &'a Standings,
        status: Option<Status>,
    },
    /// Sums worked out for the query.
    Sums(Sums),
}

impl Rows<'_> {
    fn sum(&self, k: usize, currency: u16) -> CurrencySum {
        match self {
            Rows::Index { standings, status } => standings.sum(k, *status, currency),
            Rows::Sums(s) => s.sum(k, currency),
        }
    }

    fn deals(&self, k: usize) -> i64 {
        match self {
            Rows::Index { standings, status } => standings.deals(k, *status),
            Rows::Sums(s) => s.deals[k],
        }
    }
}
