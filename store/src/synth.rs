//! Synthetic deals for benchmarks and load tests, with a realistic spread:
//! investors and companies are drawn from a Zipf-Mandelbrot law, so a few
//! funds and companies take part in many deals and most in one or two; and,
//! as in the news, one real-world deal is often reported by two or three
//! articles a little apart, with slightly different figures, so the store has
//! merging to do. Seeded, so runs are repeatable.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use dealwire_core::convert::money;
use dealwire_proto::v1 as pb;

/// Zipf-Mandelbrot offsets: rank k is drawn about as often as 1/(k + q). An
/// offset flattens the head, so the busiest fund takes part in about 2% of
/// rounds and the busiest company in a fraction of a percent of deals, as in
/// real deal flow (a plain Zipf law would put one company in 5% of them).
const INVESTOR_OFFSET: f64 = 5.0;
const COMPANY_OFFSET: f64 = 50.0;

/// A later article's report of a deal already drawn.
struct Pending {
    due: u64,
    seq: u64,
    deal: pb::Deal,
}

impl PartialEq for Pending {
    fn eq(&self, o: &Self) -> bool {
        (self.due, self.seq) == (o.due, o.seq)
    }
}
impl Eq for Pending {}
impl PartialOrd for Pending {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Pending {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.due, self.seq).cmp(&(o.due, o.seq))
    }
}

/// Draws synthetic deals.
pub struct Generator {
    rng: fastrand::Rng,
    investors: u64,
    companies: u64,
    next: u64,
    pending: BinaryHeap<Reverse<Pending>>,
}

impl Generator {
    /// A generator over `investors` funds and `companies` companies.
    pub fn new(seed: u64, investors: u64, companies: u64) -> Self {
        Generator {
            rng: fastrand::Rng::with_seed(seed),
            investors: investors.max(2),
            companies: companies.max(2),
            next: 0,
            pending: BinaryHeap::new(),
        }
    }

    /// A rank from 1 to `n`, drawn so that rank k comes up about as often
    /// as 1/(k + q): the inverse of the law's continuous distribution
    /// function at u uniform in [0, 1).
    fn zipf(&mut self, n: u64, q: f64) -> u64 {
        let span = (n as f64 + 1.0 + q) / (1.0 + q);
        let r = ((1.0 + q) * span.powf(self.rng.f64()) - q) as u64;
        r.clamp(1, n)
    }

    fn investor_rank(&mut self) -> u64 {
        self.zipf(self.investors, INVESTOR_OFFSET)
    }

    fn company_rank(&mut self, n: u64) -> u64 {
        self.zipf(n, COMPANY_OFFSET)
    }

    /// The name of investor `rank`.
    pub fn investor(rank: u64) -> String {
        format!("Fund {rank}")
    }

    /// The name of company `rank`.
    pub fn company(rank: u64) -> String {
        format!("Company {rank}")
    }

    fn party(name: String, role: pb::PartyRole) -> pb::Party {
        pb::Party {
            name,
            role: role.into(),
            mention: String::new(),
        }
    }

    fn amount(&mut self) -> Option<pb::Amount> {
        if self.rng.u8(0..10) < 2 {
            return None;
        }
        let code = match self.rng.u8(0..20) {
            0..=11 => "USD",
            12..=17 => "EUR",
            18 => "GBP",
            _ => "JPY",
        };
        // Log-uniform between 100 thousand and 10 billion, rounded to a
        // hundred thousand as news rounds.
        let v = (10f64.powf(5.0 + 5.0 * self.rng.f64()) / 1e5).round() * 1e5;
        let (qualifier, min) = match self.rng.u8(0..10) {
            0 => (pb::AmountQualifier::UpTo, None),
            1 => (pb::AmountQualifier::MoreThan, None),
            2 => (pb::AmountQualifier::Range, Some(v * 0.6)),
            _ => (pb::AmountQualifier::Exact, None),
        };
        Some(pb::Amount {
            value: Some(money(code, v)),
            qualifier: qualifier.into(),
            min: min.map(|m| money(code, m)),
            max: min.map(|_| money(code, v)),
            per_year: false,
            alternatives: Vec::new(),
        })
    }

    /// The next report, with one source of its own: a new deal, or another
    /// article's report of a deal drawn a little earlier.
    pub fn deal(&mut self) -> pb::Deal {
        self.next += 1;
        let n = self.next;
        if self.pending.peek().is_some_and(|Reverse(p)| p.due <= n)
            && let Some(Reverse(p)) = self.pending.pop()
        {
            return self.report_again(p.deal, n);
        }
        let deal = self.new_deal(n);
        // 60% of deals are reported once, 25% twice, 15% three times, by
        // articles published over the next few thousand reports.
        let again = match self.rng.u8(0..20) {
            0..=11 => 0,
            12..=16 => 1,
            _ => 2,
        };
        for _ in 0..again {
            let due = n + self.rng.u64(1..5_000);
            self.pending.push(Reverse(Pending {
                due,
                seq: n,
                deal: deal.clone(),
            }));
        }
        deal
    }

    /// Another article's report of `deal`: its own source, an amount rounded
    /// or converted a little differently or left out, a status that may have
    /// moved on.
    fn report_again(&mut self, mut deal: pb::Deal, n: u64) -> pb::Deal {
        deal.id = format!("synth-{n}");
        if self.rng.u8(0..5) == 0 {
            deal.amount = None;
        } else if let Some(a) = deal.amount.as_mut()
            && let Some(v) = a.value.as_mut()
            && a.qualifier == i32::from(pb::AmountQualifier::Exact)
        {
            let code = v.currency_code.clone();
            let x = dealwire_core::convert::money_value(v) * (0.98 + 0.04 * self.rng.f64());
            *v = money(&code, (x / 1e5).round() * 1e5);
        }
        if self.rng.bool() {
            deal.status = i32::from(pb::DealStatus::Completed);
        }
        if let Some(s) = deal.sources.first_mut() {
            *s = self.source(n, deal.status);
        }
        deal
    }

    fn source(&mut self, n: u64, status: i32) -> pb::Source {
        let published = 1_420_070_400 + i64::try_from(n).unwrap_or(0) * 300;
        pb::Source {
            article_id: format!("article-{n}"),
            url: format!("https://news.example/{n}"),
            evidence: Some(pb::Evidence {
                sentence: format!("Synthetic report number {n} of a deal."),
                start_offset: 0,
                end_offset: 40,
            }),
            publish_time: Some(prost_types::Timestamp {
                seconds: published,
                nanos: 0,
            }),
            status,
        }
    }

    fn new_deal(&mut self, n: u64) -> pb::Deal {
        let kind = self.rng.u8(0..20);
        let (deal_type, parties) = match kind {
            0..=11 => {
                let mut parties = Vec::new();
                for _ in 0..self.rng.u8(1..4) {
                    let r = self.investor_rank();
                    parties.push(Self::party(Self::investor(r), pb::PartyRole::Investor));
                }
                let c = self.company_rank(self.companies);
                parties.push(Self::party(Self::company(c), pb::PartyRole::Target));
                (pb::DealType::Investment, parties)
            }
            12..=14 => {
                let a = self.company_rank(self.companies);
                let t = self.company_rank(self.companies);
                (
                    pb::DealType::Acquisition,
                    vec![
                        Self::party(Self::company(a), pb::PartyRole::Acquirer),
                        Self::party(Self::company(t + 1), pb::PartyRole::Target),
                    ],
                )
            }
            15..=17 => {
                let a = self.company_rank(self.companies);
                let b = self.company_rank(self.companies);
                (
                    if kind == 15 {
                        pb::DealType::JointVenture
                    } else {
                        pb::DealType::Partnership
                    },
                    vec![
                        Self::party(Self::company(a), pb::PartyRole::Partner),
                        Self::party(Self::company(b + 1), pb::PartyRole::Partner),
                    ],
                )
            }
            _ => {
                let a = self.company_rank(self.companies);
                let b = self.company_rank(self.companies / 10 + 2);
                (
                    pb::DealType::Commercial,
                    vec![
                        Self::party(Self::company(a), pb::PartyRole::Customer),
                        Self::party(Self::company(b), pb::PartyRole::Provider),
                    ],
                )
            }
        };
        let status = match self.rng.u8(0..10) {
            0..=2 => pb::DealStatus::Rumored,
            3..=6 => pb::DealStatus::Announced,
            _ => pb::DealStatus::Completed,
        };
        let date = (self.rng.u8(0..10) > 0).then(|| pb::Date {
            year: self.rng.i32(2015..2027),
            month: self.rng.i32(1..13),
            day: self.rng.i32(1..29),
        });
        let source = self.source(n, status.into());
        pb::Deal {
            id: format!("synth-{n}"),
            r#type: deal_type.into(),
            parties,
            amount: self.amount(),
            status: status.into(),
            vehicle: String::new(),
            date,
            sources: vec![source],
            confidence: 0.8,
            create_time: None,
            update_time: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(d: &pb::Deal) -> Vec<String> {
        d.parties.iter().map(|p| p.name.clone()).collect()
    }

    #[test]
    fn the_spread_is_skewed_and_repeatable() {
        let mut a = Generator::new(7, 1000, 1000);
        let mut b = Generator::new(7, 1000, 1000);
        let (mut top, mut middle) = (0, 0);
        for _ in 0..4000 {
            let (x, y) = (a.deal(), b.deal());
            assert_eq!(x, y);
            let n = names(&x);
            top += usize::from(n.iter().any(|p| p == "Fund 1"));
            middle += usize::from(n.iter().any(|p| p == "Fund 500"));
        }
        assert!(
            top > 60 && top > 10 * middle.max(1),
            "the busiest fund shows up far more than a middling one: {top} against {middle}"
        );
    }

    #[test]
    fn many_deals_are_reported_again_by_later_articles() {
        let mut g = Generator::new(3, 50_000, 300_000);
        let mut seen = std::collections::HashSet::new();
        let mut again = 0;
        for _ in 0..10_000 {
            let d = g.deal();
            let source = &d.sources[0];
            assert!(
                source
                    .article_id
                    .ends_with(d.id.trim_start_matches("synth-")),
                "every report has an article of its own"
            );
            if !seen.insert((d.r#type, names(&d), d.date)) {
                again += 1;
            }
        }
        assert!(
            (2_000..5_000).contains(&again),
            "about a third of reports repeat an earlier deal: {again}"
        );
    }
}
