//! Synthetic deals for benchmarks and load tests, with a realistic spread:
//! investors and companies are drawn from a Zipf-like law, so a few funds
//! and companies take part in many deals and most in one or two. Seeded, so
//! runs are repeatable.

use dealwire_extractor::convert::money;
use dealwire_proto::v1 as pb;

/// Draws synthetic deals.
pub struct Generator {
    rng: fastrand::Rng,
    investors: u64,
    companies: u64,
    next: u64,
}

impl Generator {
    /// A generator over `investors` funds and `companies` companies.
    pub fn new(seed: u64, investors: u64, companies: u64) -> Self {
        Generator {
            rng: fastrand::Rng::with_seed(seed),
            investors: investors.max(2),
            companies: companies.max(2),
            next: 0,
        }
    }

    /// A rank from 1 to `n`, drawn so that rank k comes up about as often
    /// as 1/k (Zipf with exponent 1): `n^u` for u uniform in [0, 1).
    fn zipf(&mut self, n: u64) -> u64 {
        let r = (n as f64).powf(self.rng.f64()) as u64;
        r.clamp(1, n)
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
        })
    }

    /// The next deal, with one source of its own.
    pub fn deal(&mut self) -> pb::Deal {
        self.next += 1;
        let n = self.next;
        let kind = self.rng.u8(0..20);
        let (deal_type, parties) = match kind {
            0..=11 => {
                let mut parties = Vec::new();
                for _ in 0..self.rng.u8(1..4) {
                    let r = self.zipf(self.investors);
                    parties.push(Self::party(Self::investor(r), pb::PartyRole::Investor));
                }
                let c = self.zipf(self.companies);
                parties.push(Self::party(Self::company(c), pb::PartyRole::Target));
                (pb::DealType::Investment, parties)
            }
            12..=14 => {
                let a = self.zipf(self.companies);
                let t = self.zipf(self.companies);
                (
                    pb::DealType::Acquisition,
                    vec![
                        Self::party(Self::company(a), pb::PartyRole::Acquirer),
                        Self::party(Self::company(t + 1), pb::PartyRole::Target),
                    ],
                )
            }
            15..=17 => {
                let a = self.zipf(self.companies);
                let b = self.zipf(self.companies);
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
                let a = self.zipf(self.companies);
                let b = self.zipf(self.companies / 10 + 2);
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
        let published = 1_420_070_400 + i64::try_from(n).unwrap_or(0) * 300;
        pb::Deal {
            id: format!("synth-{n}"),
            r#type: deal_type.into(),
            parties,
            amount: self.amount(),
            status: status.into(),
            vehicle: String::new(),
            date,
            sources: vec![pb::Source {
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
                status: status.into(),
            }],
            confidence: 0.8,
            create_time: None,
            update_time: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spread_is_skewed_and_repeatable() {
        let mut a = Generator::new(7, 1000, 1000);
        let mut b = Generator::new(7, 1000, 1000);
        let mut top = 0;
        for _ in 0..2000 {
            let (x, y) = (a.deal(), b.deal());
            assert_eq!(x, y);
            if x.parties
                .iter()
                .any(|p| p.name == "Fund 1" || p.name == "Company 1")
            {
                top += 1;
            }
        }
        assert!(
            top > 50,
            "rank 1 shows up far more than 1/1000 of the time: {top}"
        );
    }
}
