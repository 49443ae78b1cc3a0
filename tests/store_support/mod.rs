//! Store tests' vocabulary: a store server on a fresh database, deals built
//! the way an extractor reports them, and a macro that runs a test once per
//! backend. Shared by `store.rs` and `store_queries.rs`, each of which uses
//! only part of it.

#![allow(dead_code)]

use dealwire_proto::v1 as pb;
use dealwire_proto::v1::deal_store_service_client::DealStoreServiceClient;
use tokio::sync::oneshot;
use tonic::transport::Channel;

use crate::common::{Backend, TestDb, spawn_store, test_db};

/// A store server on a fresh database.
pub struct StoreApp {
    pub client: DealStoreServiceClient<Channel>,
    pub addr: String,
    pub db: TestDb,
    _stop: oneshot::Sender<()>,
}

pub async fn spawn(backend: Backend) -> StoreApp {
    let db = test_db(backend).await;
    let (addr, stop) = spawn_store(&db.url).await;
    let client = DealStoreServiceClient::connect(addr.clone())
        .await
        .expect("store client");
    StoreApp {
        client,
        addr,
        db,
        _stop: stop,
    }
}

pub fn party(name: &str, role: pb::PartyRole) -> pb::Party {
    pb::Party {
        name: name.into(),
        role: role.into(),
        ..Default::default()
    }
}

pub fn money(code: &str, v: f64) -> pb::Money {
    dealwire_core::convert::money(code, v)
}

/// Builds deals the way an extractor reports them: one source each.
#[derive(Clone)]
pub struct D(pub pb::Deal);

impl D {
    pub fn investment(investors: &[&str], target: &str) -> Self {
        let mut parties: Vec<pb::Party> = investors
            .iter()
            .map(|n| party(n, pb::PartyRole::Investor))
            .collect();
        parties.push(party(target, pb::PartyRole::Target));
        D(pb::Deal {
            r#type: pb::DealType::Investment.into(),
            status: pb::DealStatus::Announced.into(),
            parties,
            confidence: 0.8,
            ..Default::default()
        })
    }
    pub fn acquisition(acquirer: &str, target: &str) -> Self {
        D(pb::Deal {
            r#type: pb::DealType::Acquisition.into(),
            status: pb::DealStatus::Announced.into(),
            parties: vec![
                party(acquirer, pb::PartyRole::Acquirer),
                party(target, pb::PartyRole::Target),
            ],
            confidence: 0.8,
            ..Default::default()
        })
    }
    /// An acquisition told from the seller's side: `seller` sells `target`
    /// to `acquirer`.
    pub fn sale(acquirer: &str, target: &str, seller: &str) -> Self {
        let mut d = Self::acquisition(acquirer, target);
        d.0.parties.push(party(seller, pb::PartyRole::Seller));
        d
    }
    /// A sale to a buyer the report does not name.
    pub fn sale_to_unnamed(target: &str, seller: &str) -> Self {
        let mut d = Self::acquisition("", target);
        d.0.parties
            .retain(|p| p.role != i32::from(pb::PartyRole::Acquirer));
        d.0.parties.push(party(seller, pb::PartyRole::Seller));
        d
    }
    pub fn partnership(a: &str, b: &str, t: pb::DealType) -> Self {
        D(pb::Deal {
            r#type: t.into(),
            status: pb::DealStatus::Announced.into(),
            parties: vec![
                party(a, pb::PartyRole::Partner),
                party(b, pb::PartyRole::Partner),
            ],
            confidence: 0.8,
            ..Default::default()
        })
    }
    pub fn commercial(customer: &str, provider: &str) -> Self {
        D(pb::Deal {
            r#type: pb::DealType::Commercial.into(),
            status: pb::DealStatus::Announced.into(),
            parties: vec![
                party(customer, pb::PartyRole::Customer),
                party(provider, pb::PartyRole::Provider),
            ],
            confidence: 0.8,
            ..Default::default()
        })
    }
    pub fn amount(mut self, code: &str, v: f64, q: pb::AmountQualifier) -> Self {
        self.0.amount = Some(pb::Amount {
            value: Some(money(code, v)),
            qualifier: q.into(),
            ..Default::default()
        });
        self
    }
    pub fn usd(self, v: f64) -> Self {
        self.amount("USD", v, pb::AmountQualifier::Exact)
    }
    pub fn status(mut self, s: pb::DealStatus) -> Self {
        self.0.status = s.into();
        self
    }
    pub fn year(mut self, year: i32) -> Self {
        self.0.date = Some(pb::Date {
            year,
            month: 0,
            day: 0,
        });
        self
    }
    pub fn date(mut self, year: i32, month: i32, day: i32) -> Self {
        self.0.date = Some(pb::Date { year, month, day });
        self
    }
    pub fn from(mut self, article: &str, published: i64) -> Self {
        self.0.id = format!("{article}-{}", self.0.parties.len());
        self.0.sources = vec![pb::Source {
            article_id: article.into(),
            url: format!("https://news.example/{article}"),
            evidence: Some(pb::Evidence {
                sentence: format!("Sentence of {article}."),
                start_offset: 0,
                end_offset: 20,
            }),
            publish_time: Some(prost_types::Timestamp {
                seconds: published,
                nanos: 0,
            }),
            status: self.0.status,
        }];
        self
    }
}

pub async fn ingest(
    client: &mut DealStoreServiceClient<Channel>,
    deals: Vec<D>,
) -> pb::DealStoreServiceIngestResponse {
    let batch = pb::DealStoreServiceIngestRequest {
        deals: deals.into_iter().map(|d| d.0).collect(),
    };
    client
        .ingest(tokio_stream::iter(vec![batch]))
        .await
        .expect("ingest")
        .into_inner()
}

pub async fn all_deals(client: &mut DealStoreServiceClient<Channel>) -> Vec<pb::Deal> {
    let mut out = Vec::new();
    let mut token = String::new();
    loop {
        let r = client
            .list_deals(pb::ListDealsRequest {
                page_size: 7,
                page_token: token.clone(),
                ..Default::default()
            })
            .await
            .expect("list")
            .into_inner();
        out.extend(r.deals);
        if r.next_page_token.is_empty() {
            return out;
        }
        token = r.next_page_token;
    }
}

/// A deal reduced to what must not depend on arrival order.
pub fn essence(d: &pb::Deal) -> String {
    let mut sources: Vec<String> = d.sources.iter().map(|s| s.article_id.clone()).collect();
    sources.sort();
    format!(
        "{} {:?} {:?} {:?} {:?} {:?}",
        d.id, d.r#type, d.status, d.amount, d.date, sources
    )
}

/// Runs each test once per backend, as `sqlite::name` and `postgres::name`;
/// the PostgreSQL runs are ignored unless DEALWIRE_TEST_DATABASE_URL was set
/// when the tests were built (see `build.rs`).
macro_rules! on_both_backends {
    ($(async fn $name:ident($app:ident) $body:block)*) => {
        mod sqlite {
            use super::*;
            $(#[tokio::test]
            async fn $name() {
                let mut $app = spawn(Backend::Sqlite).await;
                $body
            })*
        }
        mod postgres {
            use super::*;
            $(#[tokio::test]
            #[cfg_attr(
                not(dealwire_postgres),
                ignore = "set DEALWIRE_TEST_DATABASE_URL to run the PostgreSQL tests"
            )]
            async fn $name() {
                let mut $app = spawn(Backend::Postgres).await;
                $body
            })*
        }
    };
}

pub(crate) use on_both_backends;
