//! Aggregations over stored deals: top investors, an investor's profile, a
//! company's profile and the partnership graph.
//!
//! Amounts in different currencies are never added together. Each total has a
//! low side (what is certain: exact, approximate, "at least" and "more than"
//! values, the bottom of ranges, nothing of "up to") and a high side (the
//! headline values).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use dealwire_extractor::model::{Amount, Date, DealType, Qualifier, Role, Status};
use sqlx::{QueryBuilder, Row, Sqlite};

use crate::error::Error;
use crate::filter::{self, DealFilter, name_key};
use crate::repo::Store;

/// A deal reduced to what aggregations need.
#[derive(Clone, Debug)]
pub struct DealRow {
    /// Store id.
    pub id: String,
    /// Type.
    pub deal_type: DealType,
    /// Status.
    pub status: Status,
    /// Amount.
    pub amount: Option<Amount>,
    /// Date.
    pub date: Option<Date>,
    /// (key, name, role).
    pub parties: Vec<(String, String, Role)>,
}

impl DealRow {
    fn with(&self, role: Role) -> impl Iterator<Item = &(String, String, Role)> {
        self.parties.iter().filter(move |p| p.2 == role)
    }
}

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

fn add(totals: &mut Totals, a: &Amount) {
    let t = totals.entry(a.currency.clone()).or_default();
    t.low += match a.qualifier {
        Qualifier::UpTo => a.min.unwrap_or(0.0),
        Qualifier::Range => a.min.unwrap_or(a.value),
        _ => a.value,
    };
    t.high += a.value;
    t.deals += 1;
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
}

/// How to rank investors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// By high total in a currency.
    Amount,
    /// By number of deals.
    Count,
}

/// An investor's profile.
#[derive(Clone, Debug, Default)]
pub struct InvestorProfile {
    /// Name.
    pub name: String,
    /// Investments, newest first.
    pub portfolio: Vec<(DealRow, String)>,
    /// Co-investors with shared targets.
    pub co_investors: Vec<(String, Vec<String>)>,
    /// Deals per status.
    pub by_status: Vec<(Status, i64)>,
    /// Totals.
    pub totals: Totals,
}

/// A company's profile.
#[derive(Clone, Debug, Default)]
pub struct CompanyProfile {
    /// Name.
    pub name: String,
    /// Backers: name, deals, totals.
    pub backers: Vec<(String, i64, Totals)>,
    /// Funding received.
    pub funding: Totals,
    /// Acquisitions: deal, counterparty, the company's role.
    pub acquisitions: Vec<(DealRow, String, Role)>,
    /// Partners: name, deals, types.
    pub partners: Vec<(String, i64, BTreeSet<DealType>)>,
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

fn count_status(rows: &[&DealRow]) -> Vec<(Status, i64)> {
    let mut m: BTreeMap<Status, i64> = BTreeMap::new();
    for r in rows {
        *m.entry(r.status).or_default() += 1;
    }
    m.into_iter().collect()
}

fn newest_first(a: &DealRow, b: &DealRow) -> std::cmp::Ordering {
    b.date
        .map(Date::ordinal)
        .cmp(&a.date.map(Date::ordinal))
        .then_with(|| a.id.cmp(&b.id))
}

impl Store {
    /// Deals matching `filter`, optionally only those where `key` plays a role.
    pub async fn rows(
        &self,
        filter: &DealFilter,
        types: &[DealType],
    ) -> Result<Vec<DealRow>, Error> {
        let mut q: QueryBuilder<'_, Sqlite> = QueryBuilder::new(
            "SELECT d.seq, d.id, d.deal_type, d.status, d.currency, d.value, d.qualifier, d.min_value, d.max_value, d.per_year, \
             d.date_year, d.date_month, d.date_day, p.name, p.name_key, p.role \
             FROM deals d JOIN deal_parties p ON p.deal_seq = d.seq WHERE 1 = 1",
        );
        filter.push_sql(&mut q);
        if !types.is_empty() {
            q.push(" AND d.deal_type IN (");
            let mut sep = q.separated(", ");
            for t in types {
                sep.push_bind(t.as_str());
            }
            q.push(")");
        }
        q.push(" ORDER BY d.seq");
        let mut out: Vec<DealRow> = Vec::new();
        let mut last_seq = None;
        for r in q.build().fetch_all(&self.pool).await? {
            let seq: i64 = r.get("seq");
            if last_seq != Some(seq) {
                last_seq = Some(seq);
                let amount = match (
                    r.get::<Option<String>, _>("currency"),
                    r.get::<Option<f64>, _>("value"),
                ) {
                    (Some(currency), Some(value)) => Some(Amount {
                        currency,
                        value,
                        qualifier: r
                            .get::<Option<String>, _>("qualifier")
                            .and_then(|q| Qualifier::parse(&q))
                            .unwrap_or(Qualifier::Exact),
                        min: r.get("min_value"),
                        max: r.get("max_value"),
                        per_year: r.get::<i64, _>("per_year") != 0,
                    }),
                    _ => None,
                };
                out.push(DealRow {
                    id: r.get("id"),
                    deal_type: DealType::parse(r.get::<String, _>("deal_type").as_str())
                        .unwrap_or(DealType::Partnership),
                    status: Status::parse(r.get::<String, _>("status").as_str())
                        .unwrap_or(Status::Rumored),
                    amount,
                    date: r.get::<Option<i32>, _>("date_year").map(|year| Date {
                        year,
                        month: u8::try_from(r.get::<Option<i64>, _>("date_month").unwrap_or(0))
                            .unwrap_or(0),
                        day: u8::try_from(r.get::<Option<i64>, _>("date_day").unwrap_or(0))
                            .unwrap_or(0),
                    }),
                    parties: Vec::new(),
                });
            }
            if let (Some(row), Some(role)) = (
                out.last_mut(),
                Role::parse(r.get::<String, _>("role").as_str()),
            ) {
                row.parties.push((r.get("name_key"), r.get("name"), role));
            }
        }
        Ok(out)
    }

    async fn require_known(&self, key: &str, name: &str) -> Result<String, Error> {
        let found: Option<String> =
            sqlx::query_scalar("SELECT name FROM deal_parties WHERE name_key = ? LIMIT 1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?;
        found.ok_or_else(|| {
            Error::NotFound(format!("no deal names an organisation called {name:?}"))
        })
    }

    /// Investors ranked by amount (in `currency`) or by deal count.
    pub async fn top_investors(
        &self,
        filter: &DealFilter,
        order: Order,
        currency: &str,
        page_size: i64,
        page_token: &str,
    ) -> Result<(Vec<InvestorRank>, String), Error> {
        let fp = filter.fingerprint(&format!("top|{order:?}|{currency}"));
        let offset = filter::decode_token(page_token, &fp)?.unwrap_or(0);
        let rows = self.rows(filter, &[DealType::Investment]).await?;
        let mut by: HashMap<String, InvestorRank> = HashMap::new();
        for r in &rows {
            for (key, name, _) in r.with(Role::Investor) {
                let e = by.entry(key.clone()).or_insert_with(|| InvestorRank {
                    name: name.clone(),
                    deals: 0,
                    totals: Totals::new(),
                });
                e.deals += 1;
                if let Some(a) = &r.amount {
                    add(&mut e.totals, a);
                }
            }
        }
        let mut ranked: Vec<InvestorRank> = by.into_values().collect();
        let high = |r: &InvestorRank| r.totals.get(currency).map_or(0.0, |t| t.high);
        ranked.sort_by(|a, b| {
            let primary = match order {
                Order::Amount => high(b).total_cmp(&high(a)).then(b.deals.cmp(&a.deals)),
                Order::Count => b.deals.cmp(&a.deals).then(high(b).total_cmp(&high(a))),
            };
            primary.then_with(|| a.name.cmp(&b.name))
        });
        let start = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(ranked.len());
        let end = start
            .saturating_add(usize::try_from(page_size).unwrap_or(0))
            .min(ranked.len());
        let token = if end < ranked.len() {
            filter::encode_token(end as i64, &fp)
        } else {
            String::new()
        };
        Ok((ranked.drain(start..end).collect(), token))
    }

    /// One investor's portfolio, co-investors, statuses and totals.
    pub async fn investor_profile(
        &self,
        name: &str,
        filter: &DealFilter,
    ) -> Result<InvestorProfile, Error> {
        let key = name_key(&self.aliases, name);
        let display = self.require_known(&key, name).await?;
        let rows = self.rows(filter, &[DealType::Investment]).await?;
        let mine: Vec<&DealRow> = rows
            .iter()
            .filter(|r| r.with(Role::Investor).any(|p| p.0 == key))
            .collect();
        let mut profile = InvestorProfile {
            name: display,
            ..Default::default()
        };
        let mut targets: BTreeSet<String> = BTreeSet::new();
        for r in &mine {
            for (tkey, tname, _) in r.with(Role::Target) {
                targets.insert(tkey.clone());
                profile.portfolio.push(((*r).clone(), tname.clone()));
            }
            if let Some(a) = &r.amount {
                add(&mut profile.totals, a);
            }
        }
        profile.portfolio.sort_by(|a, b| newest_first(&a.0, &b.0));
        let mut co: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
        for r in &rows {
            let shared: Vec<&(String, String, Role)> = r
                .with(Role::Target)
                .filter(|t| targets.contains(&t.0))
                .collect();
            if shared.is_empty() {
                continue;
            }
            for (ikey, iname, _) in r.with(Role::Investor).filter(|p| p.0 != key) {
                let e = co
                    .entry(ikey.clone())
                    .or_insert_with(|| (iname.clone(), BTreeSet::new()));
                e.1.extend(shared.iter().map(|t| t.1.clone()));
            }
        }
        let mut co: Vec<(String, Vec<String>)> = co
            .into_values()
            .map(|(n, t)| (n, t.into_iter().collect()))
            .collect();
        co.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
        profile.co_investors = co;
        profile.by_status = count_status(&mine);
        Ok(profile)
    }

    /// One company's backers, funding, acquisitions, partners and statuses.
    pub async fn company_profile(
        &self,
        name: &str,
        filter: &DealFilter,
    ) -> Result<CompanyProfile, Error> {
        let key = name_key(&self.aliases, name);
        let display = self.require_known(&key, name).await?;
        let mut f = filter.clone();
        f.party = Some(key.clone());
        let rows = self.rows(&f, &[]).await?;
        let mut p = CompanyProfile {
            name: display,
            ..Default::default()
        };
        let mut backers: BTreeMap<String, (String, i64, Totals)> = BTreeMap::new();
        let mut partners: BTreeMap<String, (String, i64, BTreeSet<DealType>)> = BTreeMap::new();
        for r in &rows {
            let role_of = |role: Role| r.with(role).any(|x| x.0 == key);
            match r.deal_type {
                DealType::Investment if role_of(Role::Target) => {
                    if let Some(a) = &r.amount {
                        add(&mut p.funding, a);
                    }
                    for (ikey, iname, _) in r.with(Role::Investor) {
                        let e = backers
                            .entry(ikey.clone())
                            .or_insert_with(|| (iname.clone(), 0, Totals::new()));
                        e.1 += 1;
                        if let Some(a) = &r.amount {
                            add(&mut e.2, a);
                        }
                    }
                }
                DealType::Acquisition => {
                    let (mine, other) = if role_of(Role::Acquirer) {
                        (Role::Acquirer, Role::Target)
                    } else {
                        (Role::Target, Role::Acquirer)
                    };
                    for (_, oname, _) in r.with(other) {
                        p.acquisitions.push((r.clone(), oname.clone(), mine));
                    }
                }
                DealType::JointVenture | DealType::Partnership | DealType::Commercial => {
                    for (okey, oname, _) in r.parties.iter().filter(|x| x.0 != key) {
                        let e = partners
                            .entry(okey.clone())
                            .or_insert_with(|| (oname.clone(), 0, BTreeSet::new()));
                        e.1 += 1;
                        e.2.insert(r.deal_type);
                    }
                }
                DealType::Investment => {}
            }
        }
        p.backers = backers.into_values().collect();
        p.backers
            .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        p.partners = partners.into_values().collect();
        p.partners
            .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        p.acquisitions.sort_by(|a, b| newest_first(&a.0, &b.0));
        p.by_status = count_status(&rows.iter().collect::<Vec<_>>());
        Ok(p)
    }

    /// Edges between organisations that did deals together.
    pub async fn graph(
        &self,
        company: Option<&str>,
        max_edges: i64,
        filter: &DealFilter,
    ) -> Result<Vec<Edge>, Error> {
        let mut f = filter.clone();
        if let Some(c) = company {
            let key = name_key(&self.aliases, c);
            self.require_known(&key, c).await?;
            f.party = Some(key);
        }
        let rows = self.rows(&f, &[]).await?;
        let mut edges: BTreeMap<(String, String), Edge> = BTreeMap::new();
        for r in &rows {
            let mut names: Vec<&String> = r.parties.iter().map(|p| &p.1).collect();
            names.sort();
            names.dedup();
            for i in 0..names.len() {
                for j in i + 1..names.len() {
                    if let Some(c) = f.party.as_deref()
                        && names[i].to_lowercase() != c
                        && names[j].to_lowercase() != c
                    {
                        continue;
                    }
                    let e = edges
                        .entry((names[i].clone(), names[j].clone()))
                        .or_insert_with(|| Edge {
                            source: names[i].clone(),
                            target: names[j].clone(),
                            deals: 0,
                            types: BTreeSet::new(),
                        });
                    e.deals += 1;
                    e.types.insert(r.deal_type);
                }
            }
        }
        let mut out: Vec<Edge> = edges.into_values().collect();
        out.sort_by(|a, b| {
            b.deals
                .cmp(&a.deals)
                .then_with(|| (&a.source, &a.target).cmp(&(&b.source, &b.target)))
        });
        out.truncate(usize::try_from(max_edges).unwrap_or(usize::MAX));
        Ok(out)
    }
}
