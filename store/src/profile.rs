//! Profiles and the partnership graph: what one organisation did, and who
//! did deals with whom. Each walks one organisation's postings in the read
//! model, never the whole store (except the unfiltered top-N graph).

use std::collections::BTreeSet;

use dealwire_core::model::{DealType, Role, Status};
use rustc_hash::FxHashMap;

use crate::aggregate::{
    Acc, CompanyProfile, Edge, EntryKey, InvestorProfile, MAX_RELATED, convert, count_status,
    entry_key, has, page_of, top_related, with_party,
};
use crate::coinvestors::co_investors;
use crate::error::Error;
use crate::filter::DealFilter;
use crate::index::NameId;

/// The counterparty of an acquisition whose buyer goes unnamed: no
/// organisation has this number, so its name reads as "".
const UNNAMED: NameId = NameId::MAX;
use crate::repo::Store;

/// Which page of a profile's list to return.
#[derive(Clone, Debug)]
pub struct PageRequest<'a> {
    /// Entries per page.
    pub size: i64,
    /// Token from the previous page.
    pub token: &'a str,
    /// Currency to convert totals into.
    pub reporting: Option<&'a str>,
}

impl Store {
    /// One investor's portfolio, co-investors, statuses and totals.
    pub fn investor_profile(
        &self,
        name: &str,
        filter: &DealFilter,
        page: &PageRequest<'_>,
    ) -> Result<InvestorProfile, Error> {
        let ix = self.index();
        let me = self.known(&ix, name)?;
        let party = filter.party_id(&ix);
        let mut profile = InvestorProfile {
            name: ix.name(me).to_string(),
            ..Default::default()
        };
        let Some(party) = party else {
            return Ok(profile);
        };
        let mine: Vec<u32> = ix
            .postings(me)
            .iter()
            .copied()
            .filter(|&p| {
                let s = ix.slot(p);
                s.deal_type == DealType::Investment
                    && filter.lists(s)
                    && has(&ix, s, me, Role::Investor)
                    && with_party(&ix, s, party)
            })
            .collect();
        let mut acc = Acc::default();
        let mut targets: Vec<NameId> = Vec::new();
        let mut keyed: Vec<(EntryKey, u32, Role)> = Vec::new();
        for &p in &mine {
            let s = ix.slot(p);
            // A cancelled investment is listed when asked for, never summed.
            let counted = s.counted_investment();
            if counted {
                acc.add_slot(s);
            }
            for &(t, r) in ix.parties(s) {
                if r == Role::Target {
                    if counted {
                        targets.push(t);
                    }
                    keyed.push((entry_key(s, t), p, Role::Investor));
                }
            }
        }
        let fp = filter.fingerprint(&format!("investor|{me}"));
        profile.portfolio = page_of(&ix, keyed, page.size, page.token, &fp)?;
        profile.deals = acc.deals;
        profile.totals = acc.totals(&ix);
        profile.reporting = page
            .reporting
            .map(|c| convert(&profile.totals, c, self.rates()));
        profile.by_status = count_status(&ix, &mine);
        targets.sort_unstable();
        targets.dedup();
        profile.co_investors = co_investors(&ix, me, &targets, filter, party, MAX_RELATED);
        Ok(profile)
    }

    /// One company's backers, funding, acquisitions, partners and statuses.
    pub fn company_profile(
        &self,
        name: &str,
        filter: &DealFilter,
        page: &PageRequest<'_>,
    ) -> Result<CompanyProfile, Error> {
        let ix = self.index();
        let me = self.known(&ix, name)?;
        let mut p = CompanyProfile {
            name: ix.name(me).to_string(),
            ..Default::default()
        };
        let Some(party) = filter.party_id(&ix) else {
            return Ok(p);
        };
        let mine: Vec<u32> = ix
            .postings(me)
            .iter()
            .copied()
            .filter(|&pos| {
                let s = ix.slot(pos);
                filter.lists(s) && with_party(&ix, s, party)
            })
            .collect();
        let mut funding = Acc::default();
        let mut backers: FxHashMap<NameId, Acc> = FxHashMap::default();
        let mut partners: FxHashMap<NameId, (i64, BTreeSet<DealType>)> = FxHashMap::default();
        let mut keyed: Vec<(EntryKey, u32, Role)> = Vec::new();
        for &pos in &mine {
            let s = ix.slot(pos);
            let cancelled = s.status == Status::Cancelled;
            match s.deal_type {
                DealType::Investment if !cancelled && has(&ix, s, me, Role::Target) => {
                    funding.add_slot(s);
                    for &(n, r) in ix.parties(s) {
                        if r == Role::Investor {
                            backers.entry(n).or_default().add_slot(s);
                        }
                    }
                }
                DealType::Acquisition => {
                    // As buyer the other side is the target; as target or
                    // seller, the buyer (a seller's entry also names what
                    // it sold, see `AcquisitionEntry::sold`).
                    let mine = [Role::Acquirer, Role::Seller, Role::Target]
                        .into_iter()
                        .find(|&r| has(&ix, s, me, r))
                        .unwrap_or(Role::Target);
                    let other = if mine == Role::Acquirer {
                        Role::Target
                    } else {
                        Role::Acquirer
                    };
                    let mut named = false;
                    for &(n, r) in ix.parties(s) {
                        if r == other {
                            keyed.push((entry_key(s, n), pos, mine));
                            named = true;
                        }
                    }
                    // "sold its unit to a group of investors": a buyer the
                    // report does not name is listed with no name.
                    if !named && mine != Role::Acquirer {
                        keyed.push((entry_key(s, UNNAMED), pos, mine));
                    }
                }
                DealType::JointVenture | DealType::Partnership | DealType::Commercial
                    if cancelled => {}
                DealType::JointVenture | DealType::Partnership | DealType::Commercial => {
                    for &(n, _) in ix.parties(s) {
                        if n != me {
                            let e = partners.entry(n).or_default();
                            e.0 += 1;
                            e.1.insert(s.deal_type);
                        }
                    }
                }
                DealType::Investment => {}
            }
        }
        let fp = filter.fingerprint(&format!("company|{me}"));
        p.acquisitions = page_of(&ix, keyed, page.size, page.token, &fp)?;
        p.funding = funding.totals(&ix);
        p.reporting = page.reporting.map(|c| convert(&p.funding, c, self.rates()));
        let (top, count) = top_related(&ix, backers, |a| a.deals);
        p.backer_count = count;
        p.backers = top
            .into_iter()
            .map(|(n, a)| (ix.name(n).to_string(), a.deals, a.totals(&ix)))
            .collect();
        let (top, count) = top_related(&ix, partners, |e| e.0);
        p.partner_count = count;
        p.partners = top
            .into_iter()
            .map(|(n, (deals, types))| (ix.name(n).to_string(), deals, types))
            .collect();
        p.by_status = count_status(&ix, &mine);
        Ok(p)
    }

    /// Edges between organisations that did deals together: around one
    /// company, or the strongest of the whole store.
    pub fn graph(
        &self,
        company: Option<&str>,
        max_edges: usize,
        filter: &DealFilter,
    ) -> Result<Vec<Edge>, Error> {
        let ix = self.index();
        let centre = company.map(|c| self.known(&ix, c)).transpose()?;
        let Some(party) = filter.party_id(&ix) else {
            return Ok(Vec::new());
        };
        let positions: Vec<u32> = match centre.or(party) {
            Some(n) => ix.postings(n).to_vec(),
            None => ix.all().collect(),
        };
        let mut edges: FxHashMap<(NameId, NameId), (i64, BTreeSet<DealType>)> =
            FxHashMap::default();
        for pos in positions {
            let s = ix.slot(pos);
            if !filter.matches(s) || !with_party(&ix, s, party) {
                continue;
            }
            let mut names: Vec<NameId> = ix.parties(s).iter().map(|p| p.0).collect();
            names.sort_unstable();
            names.dedup();
            for i in 0..names.len() {
                for j in i + 1..names.len() {
                    if centre.is_some_and(|c| names[i] != c && names[j] != c) {
                        continue;
                    }
                    let e = edges.entry((names[i], names[j])).or_default();
                    e.0 += 1;
                    e.1.insert(s.deal_type);
                }
            }
        }
        let mut out: Vec<Edge> = edges
            .into_iter()
            .map(|((a, b), (deals, types))| {
                let (a, b) = (ix.name(a).to_string(), ix.name(b).to_string());
                let (source, target) = if a <= b { (a, b) } else { (b, a) };
                Edge {
                    source,
                    target,
                    deals,
                    types,
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.deals
                .cmp(&a.deals)
                .then_with(|| (&a.source, &a.target).cmp(&(&b.source, &b.target)))
        });
        out.truncate(max_edges);
        Ok(out)
    }
}
