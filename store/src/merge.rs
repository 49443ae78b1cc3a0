//! Which reports describe the same real-world deal, and what that deal is.
//!
//! Every source the store receives is kept as an [`Observation`]. Reports
//! meet under a merge key (type family, parties with their roles, vehicle);
//! within a key, [`cluster`] splits reports whose amounts or years cannot
//! describe one deal ("$1.25bn in 2023" and "$2.75bn in 2024" between the
//! same two companies are two deals). The merged deal is then a pure
//! function of the set of its reports, so ingesting the same articles in any
//! order gives the same deals, and re-ingesting changes nothing.

use std::borrow::Borrow;

use dealwire_core::model::{Amount, Date, DealType, Qualifier, Role, Source, Status};
use sha2::{Digest, Sha256};

/// One article's report of a deal, as the store keeps it.
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    /// Unique per report: re-ingesting it is a no-op.
    pub source_id: String,
    /// The merge key it falls under.
    pub merge_key: i64,
    /// Type as reported.
    pub deal_type: DealType,
    /// Status as reported.
    pub status: Status,
    /// Joint-venture vehicle as written.
    pub vehicle: Option<String>,
    /// Amount as reported.
    pub amount: Option<Amount>,
    /// Date as reported.
    pub date: Option<Date>,
    /// Extractor confidence.
    pub confidence: f32,
    /// When the article was published.
    pub publish_time: Option<i64>,
}

/// A deal as merged from its reports.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// Store id, 16 hex digits.
    pub id: String,
    /// Most specific type reported.
    pub deal_type: DealType,
    /// Furthest status reported (rumored < announced < completed).
    pub status: Status,
    /// Most specific amount reported.
    pub amount: Option<Amount>,
    /// Most precise date reported.
    pub date: Option<Date>,
    /// Highest confidence reported.
    pub confidence: f32,
    /// Vehicle name.
    pub vehicle: Option<String>,
    /// Indices of its reports in the slice given to [`cluster`].
    pub members: Vec<usize>,
}

fn digest(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

/// First 16 hex digits of the SHA-256 of `text`.
pub fn hex16(text: &str) -> String {
    digest(text)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The merge key of a deal: the type family, the parties' name keys (see
/// [`crate::filter::name_key`]) with their roles, and the vehicle.
pub fn merge_key<'a>(
    deal_type: DealType,
    parties: impl IntoIterator<Item = (&'a str, Role)>,
    vehicle: Option<&str>,
) -> i64 {
    let mut parties: Vec<String> = parties
        .into_iter()
        .map(|(key, role)| format!("{key}:{}", role.as_str()))
        .collect();
    parties.sort();
    parties.dedup();
    let text = format!(
        "{}|{}|{}",
        deal_type.family(),
        parties.join(","),
        vehicle.unwrap_or("").trim().to_lowercase()
    );
    let d = digest(&text);
    i64::from_be_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
}

/// The id of a source: the extractor's deal id when it gave one for a single
/// source, else a digest of where the report sits.
pub fn source_id(deal_id: &str, sources: usize, key: i64, s: &Source) -> String {
    if !deal_id.trim().is_empty() && sources == 1 {
        return deal_id.trim().to_string();
    }
    hex16(&format!(
        "{key:x}|{}|{}|{}|{}|{}",
        s.article_id, s.url, s.evidence.start, s.evidence.end, s.evidence.sentence
    ))
}

/// The values an amount can stand for: a headline number is read as give or
/// take 5% (rounding in reports), "about" as 20%.
fn interval(a: &Amount) -> (f64, f64) {
    let v = a.value;
    match a.qualifier {
        Qualifier::Exact => (v * 0.95, v * 1.05),
        Qualifier::Approx => (v * 0.8, v * 1.2),
        Qualifier::UpTo => (0.0, v * 1.05),
        Qualifier::AtLeast | Qualifier::MoreThan => (v * 0.95, f64::INFINITY),
        Qualifier::Range => (a.min.unwrap_or(v) * 0.95, a.max.unwrap_or(v) * 1.05),
    }
}

/// Whether two reports can describe one deal: dated in the same year when
/// both are dated, and amounts in one currency that overlap. Amounts in two
/// currencies do not tell deals apart (articles convert), nor does a report
/// that gives no amount or no date.
pub fn compatible(a: &Observation, b: &Observation) -> bool {
    if let (Some(x), Some(y)) = (a.date, b.date)
        && x.year != y.year
    {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.amount, &b.amount)
        && x.currency == y.currency
        && x.per_year == y.per_year
    {
        let (alo, ahi) = interval(x);
        let (blo, bhi) = interval(y);
        if alo > bhi || blo > ahi {
            return false;
        }
    }
    true
}

fn specificity(q: Qualifier) -> u8 {
    match q {
        Qualifier::Exact => 5,
        Qualifier::Range => 4,
        Qualifier::Approx => 3,
        Qualifier::AtLeast | Qualifier::MoreThan => 2,
        Qualifier::UpTo => 1,
    }
}

fn precision(d: Date) -> u8 {
    u8::from(d.month > 0) + u8::from(d.day > 0)
}

/// How much a report says that can tell deals apart: an amount, a date.
fn informativeness(o: &Observation) -> u8 {
    u8::from(o.amount.is_some()) + u8::from(o.date.is_some())
}

/// How far a report's amount is from a deal's closest amount in the same
/// currency (difference of logarithms); 1.0 when nothing compares.
fn amount_distance(obs: &[&Observation], group: &[usize], o: &Observation) -> f64 {
    let Some(a) = &o.amount else { return 1.0 };
    group
        .iter()
        .filter_map(|&m| obs[m].amount.as_ref())
        .filter(|b| b.currency == a.currency && a.value > 0.0 && b.value > 0.0)
        .map(|b| (a.value.ln() - b.value.ln()).abs())
        .min_by(f64::total_cmp)
        .unwrap_or(1.0)
}

/// How far apart in publication time a report is from a deal's reports.
fn time_distance(obs: &[&Observation], group: &[usize], o: &Observation) -> i64 {
    let Some(t) = o.publish_time else {
        return i64::MAX;
    };
    group
        .iter()
        .filter_map(|&m| obs[m].publish_time)
        .map(|u| t.abs_diff(u).min(i64::MAX as u64) as i64)
        .min()
        .unwrap_or(i64::MAX)
}

/// Splits the reports of one merge key into deals and merges each.
///
/// Reports are taken in a canonical order: those that say most (amount and
/// date) first, then earliest published, then by source id. Each joins the
/// deal it is compatible with (with every report of it) whose amount is
/// closest, then whose reports were published closest in time; or starts a
/// new deal. Depending only on the set, never on arrival order, this makes
/// merging order-independent. The deal holding the canonically first report
/// is the key's primary deal, whose id is the key itself, so it stays put as
/// reports arrive; any other deal is named after its first report.
/// Reports are taken by value or by reference, so a caller need not copy
/// the reports it holds.
pub fn cluster<O: Borrow<Observation>>(obs: &[O]) -> Vec<Merged> {
    let obs: Vec<&Observation> = obs.iter().map(Borrow::borrow).collect();
    let obs = obs.as_slice();
    let mut order: Vec<usize> = (0..obs.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&obs[a], &obs[b]);
        informativeness(y)
            .cmp(&informativeness(x))
            .then_with(|| {
                x.publish_time
                    .unwrap_or(i64::MAX)
                    .cmp(&y.publish_time.unwrap_or(i64::MAX))
            })
            .then_with(|| x.source_id.cmp(&y.source_id))
    });
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in order {
        let o = &obs[i];
        let best = groups
            .iter()
            .enumerate()
            .filter(|(_, g)| g.iter().all(|&m| compatible(obs[m], o)))
            .min_by(|(ia, a), (ib, b)| {
                amount_distance(obs, a, o)
                    .total_cmp(&amount_distance(obs, b, o))
                    .then_with(|| time_distance(obs, a, o).cmp(&time_distance(obs, b, o)))
                    .then(ia.cmp(ib))
            })
            .map(|(k, _)| k);
        match best {
            Some(k) => groups[k].push(i),
            None => groups.push(vec![i]),
        }
    }
    groups
        .into_iter()
        .enumerate()
        .map(|(n, members)| merge(obs, members, n == 0))
        .collect()
}

fn merge(obs: &[&Observation], members: Vec<usize>, primary: bool) -> Merged {
    let first = &obs[members[0]];
    let id = if primary {
        format!("{:016x}", first.merge_key as u64)
    } else {
        hex16(&format!("{:x}|{}", first.merge_key, first.source_id))
    };
    let all = || members.iter().map(|&m| &obs[m]);
    // Ties are broken by publication time, then by the smaller source id, so
    // the choice never depends on arrival order.
    let amount = all()
        .filter_map(|o| o.amount.as_ref().map(|a| (o, a)))
        .max_by(|(o1, a1), (o2, a2)| {
            specificity(a1.qualifier)
                .cmp(&specificity(a2.qualifier))
                .then(o1.publish_time.cmp(&o2.publish_time))
                .then_with(|| o2.source_id.cmp(&o1.source_id))
        })
        .map(|(_, a)| a.clone())
        .map(|mut a| {
            // A report that states the same amount with its conversions
            // lends them to a chosen one that has none.
            if a.alternatives.is_empty() {
                a.alternatives = all()
                    .filter_map(|o| o.amount.as_ref())
                    .filter(|b| b.currency == a.currency && b.value == a.value)
                    .map(|b| &b.alternatives)
                    .find(|alt| !alt.is_empty())
                    .cloned()
                    .unwrap_or_default();
            }
            a
        });
    let date = all().filter_map(|o| o.date).max_by(|a, b| {
        precision(*a)
            .cmp(&precision(*b))
            .then(a.ordinal().cmp(&b.ordinal()))
    });
    Merged {
        id,
        // Within a family the more specific type sorts first (a joint venture
        // before a partnership).
        deal_type: all().map(|o| o.deal_type).min().unwrap_or(first.deal_type),
        status: all().map(|o| o.status).max().unwrap_or(first.status),
        amount,
        date,
        confidence: all().map(|o| o.confidence).fold(0.0, f32::max),
        vehicle: all().find_map(|o| o.vehicle.clone()),
        members,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usd(value: f64, qualifier: Qualifier) -> Amount {
        Amount {
            currency: "USD".into(),
            value,
            qualifier,
            min: None,
            max: None,
            per_year: false,
            alternatives: Vec::new(),
        }
    }

    fn obs(id: &str, amount: Option<f64>, year: Option<i32>, t: Option<i64>) -> Observation {
        Observation {
            source_id: id.into(),
            merge_key: 7,
            deal_type: DealType::Investment,
            status: Status::Announced,
            vehicle: None,
            amount: amount.map(|v| usd(v, Qualifier::Exact)),
            date: year.map(|year| Date {
                year,
                month: 0,
                day: 0,
            }),
            confidence: 0.8,
            publish_time: t,
        }
    }

    #[test]
    fn reports_of_one_deal_merge_into_the_most_specific_facts() {
        let mut a = obs("a", None, Some(2024), Some(1));
        a.status = Status::Rumored;
        let mut b = obs("b", Some(4e9), None, Some(2));
        b.amount = Some(usd(4e9, Qualifier::UpTo));
        let mut c = obs("c", Some(3.9e9), Some(2024), Some(3));
        c.status = Status::Completed;
        let deals = cluster(&[a, b, c]);
        assert_eq!(deals.len(), 1);
        let d = &deals[0];
        assert_eq!(d.id, format!("{:016x}", 7u64));
        assert_eq!(d.status, Status::Completed);
        assert_eq!(d.amount.as_ref().map(|a| a.value), Some(3.9e9));
        assert_eq!(d.members.len(), 3);
    }

    #[test]
    fn amounts_or_years_that_disagree_make_separate_deals() {
        let deals = cluster(&[
            obs("a", Some(1.25e9), Some(2023), Some(1)),
            obs("b", Some(2.75e9), Some(2024), Some(2)),
            obs("c", Some(1.25e9), None, Some(3)),
            obs("d", Some(1.25e9), Some(2025), Some(4)),
        ]);
        assert_eq!(deals.len(), 3);
        assert_eq!(deals[0].members, vec![0]);
        assert_eq!(deals[1].members, vec![1]);
        // The undated report matches both 1.25bn deals; it goes with the one
        // published closest to it.
        assert_eq!(deals[2].members, vec![3, 2]);
        assert_ne!(deals[1].id, deals[2].id);
    }

    #[test]
    fn an_up_to_amount_is_compatible_with_anything_below_it() {
        let a = obs("a", Some(25e9), None, None);
        let mut b = a.clone();
        b.amount = Some(usd(30e9, Qualifier::UpTo));
        assert!(compatible(&a, &b));
        b.amount = Some(usd(10e9, Qualifier::UpTo));
        assert!(!compatible(&a, &b));
        b.amount = Some(Amount {
            currency: "EUR".into(),
            ..usd(10e9, Qualifier::Exact)
        });
        assert!(compatible(&a, &b), "currencies alone never split deals");
    }

    fn arb_obs() -> impl Strategy<Value = Observation> {
        (
            "[a-f]{1,3}",
            proptest::option::of(prop_oneof![Just(1e9), Just(1.02e9), Just(2e9), Just(5e9)]),
            proptest::option::of(2022i32..2025),
            proptest::option::of(0i64..5),
            0usize..3,
        )
            .prop_map(|(id, v, y, t, s)| {
                let mut o = obs(&id, v, y, t);
                o.status = [Status::Rumored, Status::Announced, Status::Completed][s];
                o
            })
    }

    proptest! {
        #[test]
        fn merging_does_not_depend_on_arrival_order(
            mut set in proptest::collection::vec(arb_obs(), 1..12),
            seed in any::<u64>(),
        ) {
            set.sort_by(|a, b| a.source_id.cmp(&b.source_id));
            set.dedup_by(|a, b| a.source_id == b.source_id);
            let canon = |v: &[Observation]| {
                let mut out: Vec<(String, Status, Option<String>, Vec<String>)> = cluster(v)
                    .into_iter()
                    .map(|m| {
                        let mut ids: Vec<String> =
                            m.members.iter().map(|&i| v[i].source_id.clone()).collect();
                        ids.sort();
                        (m.id, m.status, m.amount.map(|a| format!("{a:?}")), ids)
                    })
                    .collect();
                out.sort();
                out
            };
            let before = canon(&set);
            let mut shuffled = set.clone();
            let n = shuffled.len();
            for i in 0..n {
                let j = (seed.wrapping_mul(i as u64 + 1) % n as u64) as usize;
                shuffled.swap(i, j);
            }
            prop_assert_eq!(&before, &canon(&shuffled));
            // Every report lands in exactly one deal.
            let count: usize = before.iter().map(|d| d.3.len()).sum();
            prop_assert_eq!(count, set.len());
        }
    }
}
