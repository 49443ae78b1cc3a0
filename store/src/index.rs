//! The in-memory read model that aggregations run on.
//!
//! The database is the source of truth; this is a compact copy of every
//! deal's type, status, date, amount and parties (about 150 bytes a deal),
//! with postings per organisation, backer lists per company, and per-investor
//! totals by status and currency, overall and filed by month ([`Periods`]).
//! Rankings read the totals, profiles walk one name's postings, so neither
//! scans a million deals. The writer task is its only
//! mutator and applies changes in revision order (see `repo`).

use dealwire_core::model::{Amount, Qualifier, Role};
use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::chunked::Chunked;
pub use crate::names::NameId;
use crate::names::Names;
use crate::periods::Periods;
pub use crate::slot::{DealState, Slot};
use crate::slot::{LIVE, PER_YEAR};
use crate::standings::Standings;

const NOT_LISTED: u32 = u32::MAX;

fn id_hash(id: u64) -> u64 {
    FxBuildHasher.hash_one(id)
}

/// The read model.
#[derive(Debug, Default)]
pub struct Index {
    /// Deals by position; chunked, so growing never copies it.
    slots: Chunked<Slot>,
    free: Vec<u32>,
    /// Positions of live deals, found by the id their slot holds (a map
    /// from ids would keep every id twice).
    by_id: HashTable<u32>,
    arena: Vec<(NameId, Role)>,
    names: Names,
    postings: Vec<Vec<u32>>,
    /// Per company, the investors of its live investment deals, by their
    /// place in `investors`, each with the number of such deals
    /// (co-investor rankings read these).
    backers: Vec<Vec<(u32, u32)>>,
    /// Per-investor sums filed by month, for rankings with dates.
    periods: Periods,
    investors: Vec<NameId>,
    /// Each name's place in `investors`, [`NOT_LISTED`] for names that never
    /// invested.
    investor_ordinals: Vec<u32>,
    /// Each investor's sums over all dates, by status and currency.
    standings: Standings,
    investment_months: FxHashMap<i32, Vec<u32>>,
    currencies: Vec<Box<str>>,
    currency_ids: FxHashMap<Box<str>, u16>,
    /// Highest revision applied.
    pub revision: i64,
    live: usize,
}

impl Index {
    /// A slot's amount, when the deal has one.
    pub fn amount_of(&self, s: &Slot) -> Option<Amount> {
        (s.currency != 0).then(|| Amount {
            currency: self.currency_code(s.currency).to_string(),
            value: s.value,
            qualifier: s.qualifier,
            min: (!s.min.is_nan()).then_some(s.min),
            max: (!s.max.is_nan()).then_some(s.max),
            per_year: s.per_year(),
            // The read model keeps what aggregates need, not conversions.
            alternatives: Vec::new(),
        })
    }

    /// Deals held.
    pub fn len(&self) -> usize {
        self.live
    }

    /// Whether no deal is held.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The number of a lowercase name key, if any deal names it.
    pub fn name_id(&self, key: &str) -> Option<NameId> {
        self.names
            .get(key)
            .filter(|&n| !self.postings[n as usize].is_empty())
    }

    /// Display name of an organisation.
    pub fn name(&self, id: NameId) -> &str {
        self.names.display(id)
    }

    /// Code of a currency number.
    pub fn currency_code(&self, c: u16) -> &str {
        if c == 0 {
            return "";
        }
        self.currencies.get(usize::from(c) - 1).map_or("", |c| c)
    }

    /// The slot of a position.
    pub fn slot(&self, pos: u32) -> &Slot {
        &self.slots[pos as usize]
    }

    /// The parties of a slot.
    pub fn parties(&self, s: &Slot) -> &[(NameId, Role)] {
        let at = s.parties_at as usize;
        &self.arena[at..at + usize::from(s.parties_len)]
    }

    /// Positions of the live deals an organisation takes part in.
    pub fn postings(&self, name: NameId) -> &[u32] {
        self.postings.get(name as usize).map_or(&[], |p| p)
    }

    /// The investors of a company's live investment deals, each once, by
    /// their place in the list of investors (see [`Self::investor_at`]),
    /// with how many of them it took part in.
    pub fn backers(&self, company: NameId) -> &[(u32, u32)] {
        self.backers.get(company as usize).map_or(&[], |b| b)
    }

    /// Every investor's sums, filed by month.
    pub fn periods(&self) -> &Periods {
        &self.periods
    }

    /// Investors ever listed, each with a place (0, 1, ...) in the order
    /// they first invested.
    pub fn investor_count(&self) -> usize {
        self.investors.len()
    }

    /// The investor at a place in the list of investors.
    pub fn investor_at(&self, ordinal: usize) -> NameId {
        self.investors[ordinal]
    }

    /// An investor's place in the list of investors.
    pub fn investor_ordinal(&self, name: NameId) -> Option<usize> {
        self.investor_ordinals
            .get(name as usize)
            .filter(|&&o| o != NOT_LISTED)
            .map(|&o| o as usize)
    }

    /// Every investor's sums over all dates, by status and currency (see
    /// [`Self::currency_count`]; currency 0 counts the deals without an
    /// amount).
    pub fn standings(&self) -> &Standings {
        &self.standings
    }

    /// Currency numbers in use, counting 0 (no amount).
    pub fn currency_count(&self) -> usize {
        self.currencies.len() + 1
    }

    /// Positions of live investment deals dated in a month (see
    /// [`month_of`](crate::periods::month_of)).
    pub fn investments_in(&self, month: i32) -> &[u32] {
        self.investment_months.get(&month).map_or(&[], |v| v)
    }

    /// Positions of every live deal.
    pub fn all(&self) -> impl Iterator<Item = u32> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.live())
            .map(|(i, _)| i as u32)
    }

    fn intern(&mut self, name: &str, key: &str) -> NameId {
        let (n, new) = self.names.intern(name, key);
        if new {
            self.postings.push(Vec::new());
            self.backers.push(Vec::new());
            self.investor_ordinals.push(NOT_LISTED);
        }
        n
    }

    /// The position of a live deal.
    fn position(&self, id: u64) -> Option<u32> {
        let slots = &self.slots;
        self.by_id
            .find(id_hash(id), |&p| slots[p as usize].id == id)
            .copied()
    }

    fn currency(&mut self, code: &str) -> u16 {
        if let Some(&c) = self.currency_ids.get(code) {
            return c;
        }
        self.currencies.push(code.into());
        let c = u16::try_from(self.currencies.len()).unwrap_or(u16::MAX);
        self.currency_ids.insert(code.into(), c);
        c
    }

    /// Inserts or replaces a deal.
    pub fn upsert(&mut self, d: &DealState) {
        let mut names: Vec<(NameId, Role)> = d
            .parties
            .iter()
            .map(|(name, key, role)| (self.intern(name, key), *role))
            .collect();
        names.sort_unstable();
        names.dedup();
        if let Some(pos) = self.position(d.id)
            && self.parties(&self.slots[pos as usize]) == names.as_slice()
        {
            // A deal that gained a report keeps its parties: update it in
            // place, which spares walking the postings of busy names (a
            // large fund's run into the tens of thousands).
            self.update_in_place(pos, d);
            return;
        }
        self.remove(d.id);
        let parties_at = u32::try_from(self.arena.len()).unwrap_or(u32::MAX);
        self.arena.extend_from_slice(&names);
        let parties_len = u16::try_from(names.len()).unwrap_or(u16::MAX);
        let slot = self.slot_of(d, parties_at, parties_len);
        let pos = match self.free.pop() {
            Some(p) => {
                self.slots[p as usize] = slot;
                p
            }
            None => {
                self.slots.push(slot);
                (self.slots.len() - 1) as u32
            }
        };
        let slots = &self.slots;
        self.by_id
            .insert_unique(id_hash(d.id), pos, |&p| id_hash(slots[p as usize].id));
        self.live += 1;
        let mut last = None;
        for &(n, _) in &names {
            if last != Some(n) {
                self.postings[n as usize].push(pos);
                last = Some(n);
            }
        }
        if slot.counted_investment() {
            self.investment_months
                .entry(slot.month())
                .or_default()
                .push(pos);
            self.add_to_investors(&slot, 1);
            self.link_backers(&slot, 1);
        }
    }

    /// Replaces the state of the deal at `pos`, whose parties are unchanged.
    fn update_in_place(&mut self, pos: u32, d: &DealState) {
        let old = self.slots[pos as usize];
        let new = self.slot_of(d, old.parties_at, old.parties_len);
        if old.counted_investment() {
            self.add_to_investors(&old, -1);
        }
        let was = old.counted_investment().then(|| old.month());
        let is = new.counted_investment().then(|| new.month());
        if was != is {
            if let Some(y) = was {
                self.unlist(y, pos);
            }
            if let Some(y) = is {
                self.investment_months.entry(y).or_default().push(pos);
            }
        }
        self.slots[pos as usize] = new;
        if new.counted_investment() {
            self.add_to_investors(&new, 1);
        }
        if was.is_some() != is.is_some() {
            // Parties are unchanged, so backers change only when the deal
            // stops or starts being an investment (after its investors have
            // their places in the list of investors).
            let linked = if is.is_some() { new } else { old };
            self.link_backers(&linked, if is.is_some() { 1 } else { -1 });
        }
    }

    fn unlist(&mut self, month: i32, pos: u32) {
        if let Some(v) = self.investment_months.get_mut(&month)
            && let Some(i) = v.iter().position(|&x| x == pos)
        {
            v.swap_remove(i);
        }
    }

    fn add_to_investors(&mut self, slot: &Slot, sign: i64) {
        let at = slot.parties_at as usize;
        for k in at..at + usize::from(slot.parties_len) {
            let (n, role) = self.arena[k];
            if role == Role::Investor {
                self.add_to_bucket(n, slot, sign);
            }
        }
    }

    /// Counts (sign 1) or uncounts (sign -1) an investment deal's investors
    /// in its targets' backer lists. Investors are listed by their place in
    /// `investors`, a dense number a query can index small arrays with.
    fn link_backers(&mut self, slot: &Slot, sign: i64) {
        let at = slot.parties_at as usize;
        let parties = &self.arena[at..at + usize::from(slot.parties_len)];
        for &(t, tr) in parties {
            if tr != Role::Target {
                continue;
            }
            let list = &mut self.backers[t as usize];
            for &(n, r) in parties {
                let ordinal = self.investor_ordinals[n as usize];
                if r != Role::Investor || ordinal == NOT_LISTED {
                    continue;
                }
                match list.iter().position(|b| b.0 == ordinal) {
                    Some(i) if sign < 0 => {
                        list[i].1 -= 1;
                        if list[i].1 == 0 {
                            list.swap_remove(i);
                        }
                    }
                    Some(i) => list[i].1 += 1,
                    None if sign > 0 => list.push((ordinal, 1)),
                    None => {}
                }
            }
        }
    }

    /// The slot for a deal's state, its parties already in the arena.
    fn slot_of(&mut self, d: &DealState, parties_at: u32, parties_len: u16) -> Slot {
        let (currency, value, min, max, qualifier, per_year) = match &d.amount {
            Some(a) => (
                self.currency(&a.currency),
                a.value,
                a.min.unwrap_or(f64::NAN),
                a.max.unwrap_or(f64::NAN),
                a.qualifier,
                a.per_year,
            ),
            None => (0, f64::NAN, f64::NAN, f64::NAN, Qualifier::Exact, false),
        };
        Slot {
            id: d.id,
            seq: d.seq,
            value,
            min,
            max,
            // Dates are validated to four-digit years, so this fits.
            date_ord: d
                .date
                .map_or(0, |d| i32::try_from(d.ordinal()).unwrap_or(0)),
            parties_at,
            parties_len,
            currency,
            deal_type: d.deal_type,
            status: d.status,
            qualifier,
            flags: LIVE | if per_year { PER_YEAR } else { 0 },
        }
    }

    /// Removes a deal, if held.
    pub fn remove(&mut self, id: u64) {
        let slots = &self.slots;
        let Ok(entry) = self
            .by_id
            .find_entry(id_hash(id), |&p| slots[p as usize].id == id)
        else {
            return;
        };
        let (pos, _) = entry.remove();
        let slot = self.slots[pos as usize];
        let names: Vec<(NameId, Role)> = self.parties(&slot).to_vec();
        for &(n, _) in &names {
            let p = &mut self.postings[n as usize];
            if let Some(i) = p.iter().position(|&x| x == pos) {
                p.swap_remove(i);
            }
        }
        if slot.counted_investment() {
            self.unlist(slot.month(), pos);
            self.add_to_investors(&slot, -1);
            self.link_backers(&slot, -1);
        }
        self.slots[pos as usize].flags &= !LIVE;
        self.free.push(pos);
        self.live -= 1;
    }

    fn add_to_bucket(&mut self, investor: NameId, s: &Slot, sign: i64) {
        if sign > 0 && self.investor_ordinals[investor as usize] == NOT_LISTED {
            self.investor_ordinals[investor as usize] =
                u32::try_from(self.investors.len()).unwrap_or(NOT_LISTED);
            self.investors.push(investor);
        }
        let (low, high) = s.cents();
        if let Some(ord) = self.investor_ordinal(investor) {
            self.standings
                .add(ord, s.status, s.currency, sign, low, high);
            let ordinal = u32::try_from(ord).unwrap_or(u32::MAX);
            self.periods
                .add(s.month(), ordinal, s.status, s.currency, sign, low, high);
        }
    }
}

#[cfg(test)]
mod tests {
    use dealwire_core::model::{Date, DealType, Status};

    use super::*;
    use crate::cents::Cents;

    fn deal(id: u64, investors: &[&str], target: &str, usd: Option<f64>, year: i32) -> DealState {
        let mut parties: Vec<(String, String, Role)> = investors
            .iter()
            .map(|n| (n.to_string(), n.to_lowercase(), Role::Investor))
            .collect();
        parties.push((target.into(), target.to_lowercase(), Role::Target));
        DealState {
            id,
            seq: id as i64,
            deal_type: DealType::Investment,
            status: Status::Announced,
            amount: usd.map(|value| Amount {
                currency: "USD".into(),
                value,
                qualifier: Qualifier::Exact,
                min: None,
                max: None,
                per_year: false,
                alternatives: Vec::new(),
            }),
            date: Some(Date {
                year,
                month: 3,
                day: 0,
            }),
            parties,
        }
    }

    #[test]
    fn replacing_and_removing_deals_keeps_postings_and_buckets_exact() {
        let mut ix = Index::default();
        ix.upsert(&deal(1, &["Acme"], "Zeta", Some(10.5), 2023));
        ix.upsert(&deal(2, &["Acme", "Bolt"], "Yon", Some(2.25), 2023));
        let acme = ix.name_id("acme").unwrap_or(u32::MAX);
        assert_eq!(ix.postings(acme).len(), 2);
        let ord = ix.investor_ordinal(acme).unwrap_or(usize::MAX);
        let high = |ix: &Index| -> Cents {
            (0..ix.currency_count() as u16)
                .map(|c| ix.standings().sum(ord, None, c).high)
                .sum()
        };
        assert_eq!(high(&ix), 1275);
        // A merge rewrites deal 2 with a new amount; deal 1 is split away.
        ix.upsert(&deal(2, &["Acme", "Bolt"], "Yon", Some(3.0), 2024));
        ix.remove(1);
        assert_eq!(ix.len(), 1);
        assert_eq!(ix.postings(acme).len(), 1);
        assert_eq!(high(&ix), 300);
        let rows: Vec<(i32, u32, Cents)> = ix
            .periods()
            .months()
            .flat_map(|(m, rows)| rows.iter().map(move |r| (m, r.count, r.high)))
            .collect();
        assert_eq!(rows.len(), 2, "Acme and Bolt in March 2024 only: {rows:?}");
        assert!(rows.iter().all(|&(m, n, h)| (m, n, h) == (202_403, 1, 300)));
        let usd = ix.currency_ids.get("USD").copied().unwrap_or(0);
        assert_eq!(ix.standings().sum(ord, None, usd).high, 300);
        let sum = ix.standings().sum(ord, Some(Status::Announced), usd);
        assert_eq!((sum.count, sum.high), (1, 300));
        assert!(ix.name_id("zeta").is_none(), "no live deal names Zeta now");
        assert_eq!(ix.investments_in(202_303).len(), 0);
        assert_eq!(ix.investments_in(202_403).len(), 1);
    }

    #[test]
    fn a_new_currency_adds_sums_without_moving_earlier_ones() {
        let mut ix = Index::default();
        ix.upsert(&deal(1, &["Acme"], "Zeta", Some(10.0), 2023));
        ix.upsert(&deal(2, &["Bolt"], "Yon", Some(4.0), 2023));
        let mut eur = deal(3, &["Acme"], "Xeno", Some(7.0), 2024);
        if let Some(a) = eur.amount.as_mut() {
            a.currency = "EUR".into();
        }
        ix.upsert(&eur);
        let row = |ix: &Index, name: &str| {
            let n = ix.name_id(name).unwrap_or(u32::MAX);
            let ord = ix.investor_ordinal(n).unwrap_or(usize::MAX);
            (0..ix.currency_count() as u16)
                .map(|c| ix.standings().sum(ord, Some(Status::Announced), c))
                .map(|c| (c.count, c.high))
                .collect::<Vec<_>>()
        };
        assert_eq!(row(&ix, "acme"), [(0, 0), (1, 1000), (1, 700)]);
        assert_eq!(row(&ix, "bolt"), [(0, 0), (1, 400), (0, 0)]);
    }
}
