//! Co-investors: the other investors that backed some of the companies one
//! investor backed, ranked by how many such companies they share.
//!
//! A large fund's companies include the busiest ones, so the work is the sum
//! of their backers: hundreds of thousands at a million deals. Two things
//! keep it in milliseconds. Without a status, date or party condition the
//! read model's per-company backer lists are read (contiguous, one entry per
//! investor) instead of every deal of every company. And shared companies are
//! counted in one dense array indexed by investor, each company's investors
//! once, so no pair is stored, sorted or hashed.

use std::cell::RefCell;

use dealwire_core::model::Role;

use crate::aggregate::{CoInvestor, has, top_related, with_party};
use crate::filter::DealFilter;
use crate::index::{Index, NameId};

/// Most shared companies listed by name for one co-investor; the count
/// covers them all.
pub const MAX_SHARED_NAMES: usize = 20;

/// Reads each company's investors, once per company.
struct Backers<'a> {
    ix: &'a Index,
    filter: &'a DealFilter,
    party: Option<NameId>,
    /// The backer lists hold exactly the investors the filter keeps.
    listed: bool,
}

impl Backers<'_> {
    /// Calls `f` once with the place among the index's investors of each
    /// investor of `target` that the filter keeps. `scratch` is reused from
    /// call to call.
    fn each(&self, target: NameId, scratch: &mut Vec<u32>, mut f: impl FnMut(u32)) {
        if self.listed {
            // A backer list holds each investor once.
            self.ix.backers(target).iter().for_each(|&(o, _)| f(o));
            return;
        }
        scratch.clear();
        for &p in self.ix.postings(target) {
            let s = self.ix.slot(p);
            if !s.counted_investment()
                || !self.filter.matches(s)
                || !has(self.ix, s, target, Role::Target)
                || !with_party(self.ix, s, self.party)
            {
                continue;
            }
            for &(n, r) in self.ix.parties(s) {
                if r == Role::Investor
                    && let Some(o) = self.ix.investor_ordinal(n)
                {
                    scratch.push(u32::try_from(o).unwrap_or(u32::MAX));
                }
            }
        }
        // An investor in several of the company's rounds counts once.
        scratch.sort_unstable();
        scratch.dedup();
        scratch.iter().for_each(|&o| f(o));
    }
}

/// The co-investors of `me` over `targets` (the companies `me` backed in
/// deals the filter keeps, each once), most shared first, ties by name; at
/// most `limit`.
pub(crate) fn co_investors(
    ix: &Index,
    me: NameId,
    targets: &[NameId],
    filter: &DealFilter,
    party: Option<NameId>,
    limit: usize,
) -> Vec<CoInvestor> {
    let backers = Backers {
        ix,
        filter,
        party,
        listed: filter.keeps_every_investment(),
    };
    let Some(me) = ix.investor_ordinal(me) else {
        return Vec::new();
    };
    let me = u32::try_from(me).unwrap_or(u32::MAX);
    MARKS.with_borrow_mut(|marks| {
        if marks.len() < ix.investor_count() {
            marks.resize(ix.investor_count(), 0);
        }
        let top = rank(ix, me, targets, &backers, marks, limit);
        debug_assert!(marks.iter().all(|&m| m == 0));
        top
    })
}

thread_local! {
    /// Per investor (by place in the index's list of investors, so the
    /// array stays small enough for the processor's caches): a count, then
    /// a place in the ranking. Kept per thread and left all zero after each
    /// use, so a query need not allocate and clear one.
    static MARKS: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
}

fn rank(
    ix: &Index,
    me: u32,
    targets: &[NameId],
    backers: &Backers<'_>,
    marks: &mut [u32],
    limit: usize,
) -> Vec<CoInvestor> {
    // Each target once, each of its investors once: a count per investor
    // is the number of companies it shares with `me`. This loop is most of
    // a large fund's profile, so it does no more than count.
    let mut scratch: Vec<u32> = Vec::new();
    for &t in targets {
        backers.each(t, &mut scratch, |n| {
            if n == me {
                return;
            }
            if let Some(m) = marks.get_mut(n as usize) {
                *m += 1;
            }
        });
    }
    // Gathered afterwards: the array is small enough to read through, and
    // noting each newly met investor in the loop cost more.
    let touched: Vec<u32> = marks
        .iter()
        .enumerate()
        .filter(|&(_, &m)| m != 0)
        .map(|(n, _)| u32::try_from(n).unwrap_or(u32::MAX))
        .collect();
    let counted = touched.iter().map(|&o| {
        (
            ix.investor_at(o as usize),
            (i64::from(marks[o as usize]), o),
        )
    });
    let (mut top, _) = top_related(ix, counted, |&(c, _)| c);
    top.truncate(limit);
    // Second pass for the names, only for the listed co-investors:
    // marks[n] becomes 1 + n's place in `top`, 0 for everyone else.
    for &n in &touched {
        marks[n as usize] = 0;
    }
    for (i, &(_, (_, o))) in top.iter().enumerate() {
        marks[o as usize] = u32::try_from(i + 1).unwrap_or(u32::MAX);
    }
    // Companies are visited in name order, so each co-investor's list
    // fills in the order it is shown and stops at its first names; the walk
    // ends once every list is full, which for a large fund is long before
    // its last company.
    let want: Vec<usize> = top
        .iter()
        .map(|&(_, (count, _))| usize::try_from(count).unwrap_or(0).min(MAX_SHARED_NAMES))
        .collect();
    let mut unfilled = want.iter().filter(|&&w| w > 0).count();
    let mut shared: Vec<Vec<NameId>> = want.iter().map(|&w| Vec::with_capacity(w)).collect();
    for t in by_name(targets, |t| ix.name(t)) {
        if unfilled == 0 {
            break;
        }
        backers.each(t, &mut scratch, |n| {
            let Some(&m) = marks.get(n as usize).filter(|&&m| m != 0) else {
                return;
            };
            let i = m as usize - 1;
            if shared[i].len() < want[i] {
                shared[i].push(t);
                if shared[i].len() == want[i] {
                    unfilled -= 1;
                }
            }
        });
    }
    for &(_, (_, o)) in &top {
        marks[o as usize] = 0;
    }
    top.into_iter()
        .zip(shared)
        .map(|((n, (count, _)), names)| CoInvestor {
            name: ix.name(n).to_string(),
            shared_count: count,
            shared_targets: names.iter().map(|&t| ix.name(t).to_string()).collect(),
        })
        .collect()
}

/// `targets` sorted by name. Names are compared by their first 16 bytes
/// packed into one integer, and in full only where those are equal: the
/// sort then mostly compares integers in one array instead of chasing
/// strings.
fn by_name<'a>(targets: &[NameId], name: impl Fn(NameId) -> &'a str) -> Vec<NameId> {
    let head = |name: &str| {
        let mut b = [0u8; 16];
        let n = name.len().min(16);
        b[..n].copy_from_slice(&name.as_bytes()[..n]);
        u128::from_be_bytes(b)
    };
    let mut keyed: Vec<(u128, NameId)> = targets.iter().map(|&t| (head(name(t)), t)).collect();
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| name(a.1).cmp(name(b.1))));
    keyed.into_iter().map(|(_, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use dealwire_core::model::{DealType, Status};
    use proptest::prelude::*;

    use super::*;
    use crate::index::DealState;

    fn round(id: u64, investors: &[&str], target: &str, status: Status) -> DealState {
        let mut parties: Vec<(String, String, Role)> = investors
            .iter()
            .map(|n| (n.to_string(), n.to_lowercase(), Role::Investor))
            .collect();
        parties.push((target.into(), target.to_lowercase(), Role::Target));
        DealState {
            id,
            seq: id as i64,
            deal_type: DealType::Investment,
            status,
            amount: None,
            date: None,
            parties,
        }
    }

    fn id(ix: &Index, name: &str) -> NameId {
        ix.name_id(&name.to_lowercase()).unwrap_or(NameId::MAX)
    }

    fn targets_of(ix: &Index, me: NameId) -> Vec<NameId> {
        let mut t: Vec<NameId> = ix
            .postings(me)
            .iter()
            .flat_map(|&p| ix.parties(ix.slot(p)))
            .filter(|&&(_, r)| r == Role::Target)
            .map(|&(n, _)| n)
            .collect();
        t.sort_unstable();
        t.dedup();
        t
    }

    /// An index where Acme shares 25 companies with Bolt (two rounds in
    /// some), 3 with Cato, and Cato's last round is rumored.
    fn sample() -> Index {
        let mut ix = Index::default();
        let mut next = 0;
        let mut add = |ix: &mut Index, inv: &[&str], t: &str, s: Status| {
            next += 1;
            ix.upsert(&round(next, inv, t, s));
        };
        for i in (0..25).rev() {
            add(
                &mut ix,
                &["Acme", "Bolt"],
                &format!("Co{i:02}"),
                Status::Announced,
            );
            if i % 5 == 0 {
                add(&mut ix, &["Bolt"], &format!("Co{i:02}"), Status::Completed);
            }
        }
        add(&mut ix, &["Cato"], "Co01", Status::Announced);
        add(&mut ix, &["Cato"], "Co02", Status::Announced);
        add(&mut ix, &["Cato", "Dune"], "Co03", Status::Rumored);
        add(&mut ix, &["Dune"], "Elsewhere", Status::Announced);
        ix
    }

    #[test]
    fn co_investors_count_every_shared_company_and_name_the_first_twenty() {
        let ix = sample();
        let acme = id(&ix, "Acme");
        let co = co_investors(
            &ix,
            acme,
            &targets_of(&ix, acme),
            &DealFilter::default(),
            None,
            10,
        );
        let summary: Vec<(&str, i64, usize)> = co
            .iter()
            .map(|c| (c.name.as_str(), c.shared_count, c.shared_targets.len()))
            .collect();
        assert_eq!(summary, [("Bolt", 25, 20), ("Cato", 3, 3), ("Dune", 1, 1)]);
        let expected: Vec<String> = (0..20).map(|i| format!("Co{i:02}")).collect();
        assert_eq!(co[0].shared_targets, expected);
        let top1 = co_investors(
            &ix,
            acme,
            &targets_of(&ix, acme),
            &DealFilter::default(),
            None,
            1,
        );
        assert_eq!(top1.len(), 1);
    }

    #[test]
    fn reading_deals_one_by_one_agrees_with_the_kept_backer_lists() {
        let ix = sample();
        let acme = id(&ix, "Acme");
        let targets = targets_of(&ix, acme);
        let every_status = DealFilter {
            statuses: vec![Status::Rumored, Status::Announced, Status::Completed],
            ..Default::default()
        };
        assert!(!every_status.keeps_every_investment());
        let listed = co_investors(&ix, acme, &targets, &DealFilter::default(), None, 100);
        let walked = co_investors(&ix, acme, &targets, &every_status, None, 100);
        assert_eq!(listed, walked);
        let announced = DealFilter {
            statuses: vec![Status::Announced],
            ..Default::default()
        };
        let walked = co_investors(&ix, acme, &targets, &announced, None, 100);
        let names: Vec<(&str, i64)> = walked
            .iter()
            .map(|c| (c.name.as_str(), c.shared_count))
            .collect();
        assert_eq!(
            names,
            [("Bolt", 25), ("Cato", 2)],
            "the rumored round is left out"
        );
    }

    #[test]
    fn backer_lists_follow_replaced_and_removed_rounds() {
        let mut ix = sample();
        let co03 = id(&ix, "Co03");
        let mut backers: Vec<NameId> = ix
            .backers(co03)
            .iter()
            .map(|b| ix.investor_at(b.0 as usize))
            .collect();
        backers.sort_unstable();
        let mut expected = vec![
            id(&ix, "Acme"),
            id(&ix, "Bolt"),
            id(&ix, "Cato"),
            id(&ix, "Dune"),
        ];
        expected.sort_unstable();
        assert_eq!(backers, expected);
        // Round 33 is Cato and Dune in Co03: once an acquisition, they no
        // longer back it; removed, neither does anyone from that round.
        let mut r = round(33, &["Cato", "Dune"], "Co03", Status::Rumored);
        assert!(ix.postings(id(&ix, "Dune")).len() == 2);
        r.deal_type = DealType::Acquisition;
        ix.upsert(&r);
        assert_eq!(ix.backers(co03).len(), 2);
        r.deal_type = DealType::Investment;
        ix.upsert(&r);
        assert_eq!(ix.backers(co03).len(), 4);
        ix.remove(33);
        assert_eq!(ix.backers(co03).len(), 2);
    }

    proptest! {
        #[test]
        fn names_sort_by_their_first_bytes_as_by_the_whole_name(
            // Few letters, so names often share their first 16 bytes;
            // NUL and multibyte characters test the padding and the bytes.
            names in prop::collection::vec("[ab\\x00é]{0,20}", 0..40)
        ) {
            let ids: Vec<NameId> = (0..names.len() as NameId).collect();
            let got: Vec<&str> = by_name(&ids, |t| names[t as usize].as_str())
                .into_iter()
                .map(|t| names[t as usize].as_str())
                .collect();
            let mut want: Vec<&str> = names.iter().map(String::as_str).collect();
            want.sort();
            prop_assert_eq!(got, want);
        }
    }
}
