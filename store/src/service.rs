//! DealStoreService handlers: validate, delegate to the store, convert.

use std::pin::Pin;

use dealwire_core::convert::money_in_minor_units;
use dealwire_core::model::{Deal, DealType, Status};
use dealwire_proto::v1 as pb;
use dealwire_proto::v1::deal_store_service_server::DealStoreService;
use futures::{Stream, StreamExt};
use tokio::sync::broadcast::error::RecvError;
use tonic::{Request, Response, Status as GrpcStatus, Streaming};

use crate::aggregate::{Converted, Order, Ranking, Totals};
use crate::config::Limits;
use crate::error::Error;
use crate::filter::{self, DealFilter};
use crate::profile::PageRequest;
use crate::repo::{ChangeKind, Store, StoredDeal};

/// Most deals of one Ingest stream queued for commit at once: two of the
/// writer's largest groups, so the stream fills the next group while the
/// writer commits one, whatever size its messages are.
const INGEST_AHEAD: usize = 2 * crate::repo::GROUP_MAX;

/// The gRPC face of a [`Store`].
#[derive(Clone, Debug)]
pub struct StoreService {
    store: Store,
    limits: Limits,
}

impl StoreService {
    /// Serves `store` within `limits`.
    pub fn new(store: Store, limits: Limits) -> Self {
        StoreService { store, limits }
    }
}

fn to_pb(d: &StoredDeal) -> pb::Deal {
    let mut p = pb::Deal::from(&d.deal);
    p.create_time = Some(prost_types::Timestamp {
        seconds: d.create_time,
        nanos: 0,
    });
    p.update_time = Some(prost_types::Timestamp {
        seconds: d.update_time,
        nanos: 0,
    });
    p
}

fn totals_pb(t: &Totals) -> Vec<pb::CurrencyTotal> {
    t.iter()
        .map(|(c, t)| pb::CurrencyTotal {
            currency_code: c.clone(),
            low: Some(money_in_minor_units(c, t.low)),
            high: Some(money_in_minor_units(c, t.high)),
            deal_count: t.deals,
        })
        .collect()
}

fn status_pb(v: &[(Status, i64)]) -> Vec<pb::StatusCount> {
    v.iter()
        .map(|(s, n)| pb::StatusCount {
            status: pb::DealStatus::from(*s).into(),
            deal_count: *n,
        })
        .collect()
}

fn converted_pb(c: &Converted) -> pb::CurrencyTotal {
    pb::CurrencyTotal {
        currency_code: c.currency.clone(),
        low: Some(money_in_minor_units(&c.currency, c.total.low)),
        high: Some(money_in_minor_units(&c.currency, c.total.high)),
        deal_count: c.total.deals,
    }
}

/// A currency code from a request: empty stays empty, anything else must be
/// three letters the exchange-rate table knows.
fn currency_arg(
    field: &str,
    code: &str,
    rates: &crate::rates::ExchangeRates,
    need_rate: bool,
) -> Result<Option<String>, Error> {
    let c = code.trim().to_ascii_uppercase();
    if c.is_empty() {
        return Ok(None);
    }
    if c.len() != 3 || !c.chars().all(|x| x.is_ascii_alphabetic()) {
        return Err(Error::InvalidArgument(format!(
            "{field} {code:?} is not a three-letter ISO 4217 code"
        )));
    }
    if need_rate && !rates.knows(&c) {
        return Err(Error::InvalidArgument(format!(
            "{field} {c} is not in the store's exchange-rate table (dated {}); use one of {}",
            rates.date,
            rates.rates.keys().cloned().collect::<Vec<_>>().join(", ")
        )));
    }
    Ok(Some(c))
}

impl StoreService {
    /// The filter and reporting currency both profile RPCs take.
    fn profile_args(
        &self,
        f: Option<&pb::DealFilter>,
        reporting: &str,
    ) -> Result<(DealFilter, Option<String>), Error> {
        let f = DealFilter::from_pb(f, self.store.aliases())?;
        let reporting = currency_arg(
            "reporting_currency_code",
            reporting,
            self.store.rates(),
            true,
        )?;
        Ok((f, reporting))
    }
}

fn required_name(name: &str) -> Result<&str, Error> {
    let n = name.trim();
    if n.is_empty() {
        return Err(Error::InvalidArgument("name is required".into()));
    }
    Ok(n)
}

type WatchStream = Pin<Box<dyn Stream<Item = Result<pb::WatchDealsResponse, GrpcStatus>> + Send>>;

#[tonic::async_trait]
impl DealStoreService for StoreService {
    async fn ingest(
        &self,
        request: Request<Streaming<pb::DealStoreServiceIngestRequest>>,
    ) -> Result<Response<pb::DealStoreServiceIngestResponse>, GrpcStatus> {
        let mut stream = request.into_inner();
        let mut total = crate::repo::IngestSummary::default();
        let mut message = 0usize;
        // Batches are queued as soon as they are decoded, so the writer
        // commits several together while the next ones are read. Each is
        // counted only once committed, and the answer waits for all.
        let mut in_flight = futures::stream::FuturesOrdered::new();
        let mut ahead = 0usize;
        let failed = |total: crate::repo::IngestSummary, e: GrpcStatus| {
            GrpcStatus::new(
                e.code(),
                format!(
                    "{}; {} deals of earlier messages were committed, and re-sending the whole stream is safe (ingest is idempotent)",
                    e.message(),
                    total.received
                ),
            )
        };
        // A message the store refuses ends the stream; the batches already
        // queued are still waited for, so the answer says what was committed.
        let mut refused = None;
        while let Some(batch) = stream.message().await? {
            message += 1;
            let max = self.limits.max_batch_deals;
            if batch.deals.len() > max {
                refused = Some(GrpcStatus::resource_exhausted(format!(
                    "message {message} carries {} deals; send at most {max} per message (the store's --max-batch-deals)",
                    batch.deals.len()
                )));
                break;
            }
            let deals = batch
                .deals
                .into_iter()
                .enumerate()
                .map(|(k, d)| {
                    // Messages and deals are both counted from 1.
                    Deal::try_from(d).map_err(|e| {
                        GrpcStatus::invalid_argument(format!(
                            "message {message}, deal {}: {e}",
                            k + 1
                        ))
                    })
                })
                .collect::<Result<Vec<_>, _>>();
            let deals = match deals {
                Ok(d) => d,
                Err(e) => {
                    refused = Some(e);
                    break;
                }
            };
            let n = deals.len();
            let queued = match self.store.queue(deals).await {
                Ok(q) => q,
                Err(e) => {
                    refused = Some(e.into());
                    break;
                }
            };
            ahead += n;
            in_flight.push_back(async move { (n, queued.committed().await) });
            while ahead >= INGEST_AHEAD
                && let Some((n, r)) = in_flight.next().await
            {
                ahead -= n;
                total += r.map_err(|e| failed(total, e.into()))?;
            }
        }
        while let Some((_, r)) = in_flight.next().await {
            total += r.map_err(|e| failed(total, e.into()))?;
        }
        if let Some(e) = refused {
            return Err(failed(total, e));
        }
        metrics::counter!("dealwire_store_deals_received_total").increment(total.received as u64);
        metrics::counter!("dealwire_store_deals_created_total").increment(total.created as u64);
        metrics::gauge!("dealwire_store_deals").set(self.store.deal_count() as f64);
        Ok(Response::new(pb::DealStoreServiceIngestResponse {
            deals_received: total.received,
            deals_created: total.created,
            deals_merged: total.merged,
        }))
    }

    async fn get_deal(
        &self,
        request: Request<pb::GetDealRequest>,
    ) -> Result<Response<pb::GetDealResponse>, GrpcStatus> {
        let d = self.store.get(&request.get_ref().id).await?;
        Ok(Response::new(pb::GetDealResponse {
            deal: Some(to_pb(&d)),
        }))
    }

    async fn list_deals(
        &self,
        request: Request<pb::ListDealsRequest>,
    ) -> Result<Response<pb::ListDealsResponse>, GrpcStatus> {
        let r = request.get_ref();
        let f = DealFilter::from_pb(r.filter.as_ref(), self.store.aliases())?;
        let size = filter::page_size("page_size", r.page_size, 50, 1000)?;
        let (deals, next) = self.store.list(&f, size, &r.page_token).await?;
        Ok(Response::new(pb::ListDealsResponse {
            deals: deals.iter().map(to_pb).collect(),
            next_page_token: next,
        }))
    }

    async fn top_investors(
        &self,
        request: Request<pb::TopInvestorsRequest>,
    ) -> Result<Response<pb::TopInvestorsResponse>, GrpcStatus> {
        let r = request.get_ref();
        let f = DealFilter::from_pb(r.filter.as_ref(), self.store.aliases())?;
        let order = match pb::InvestorOrder::try_from(r.order_by) {
            Ok(pb::InvestorOrder::DealCount) => Order::Count,
            Ok(_) => Order::Amount,
            Err(_) => {
                return Err(GrpcStatus::invalid_argument(format!(
                    "order_by {} is not a known INVESTOR_ORDER_* value",
                    r.order_by
                )));
            }
        };
        let rates = self.store.rates();
        let currency = currency_arg("currency_code", &r.currency_code, rates, false)?
            .unwrap_or_else(|| "USD".into());
        let reporting = currency_arg(
            "reporting_currency_code",
            &r.reporting_currency_code,
            rates,
            true,
        )?;
        let ranking = match &reporting {
            Some(c) => Ranking::Reporting(c),
            None => Ranking::Currency(&currency),
        };
        let size = filter::page_size("page_size", r.page_size, 10, 1000)?;
        let (ranks, next) = self
            .store
            .top_investors(&f, order, ranking, size, &r.page_token)?;
        Ok(Response::new(pb::TopInvestorsResponse {
            investors: ranks
                .iter()
                .map(|x| pb::InvestorSummary {
                    name: x.name.clone(),
                    deal_count: x.deals,
                    totals: totals_pb(&x.totals),
                    reporting_total: x.reporting.as_ref().map(converted_pb),
                    unconverted_currencies: x
                        .reporting
                        .as_ref()
                        .map(|c| c.unconverted.clone())
                        .unwrap_or_default(),
                })
                .collect(),
            next_page_token: next,
            exchange_rates_date: if reporting.is_some() {
                rates.date.clone()
            } else {
                String::new()
            },
        }))
    }

    async fn investor_profile(
        &self,
        request: Request<pb::InvestorProfileRequest>,
    ) -> Result<Response<pb::InvestorProfileResponse>, GrpcStatus> {
        let r = request.get_ref();
        let name = required_name(&r.name)?;
        let (f, reporting) = self.profile_args(r.filter.as_ref(), &r.reporting_currency_code)?;
        let page = PageRequest {
            size: filter::page_size("page_size", r.page_size, 100, 1000)?,
            token: &r.page_token,
            reporting: reporting.as_deref(),
        };
        let p = self.store.investor_profile(name, &f, &page)?;
        Ok(Response::new(pb::InvestorProfileResponse {
            name: p.name,
            portfolio: p
                .portfolio
                .entries
                .iter()
                .map(|e| pb::PortfolioEntry {
                    deal_id: e.deal_id.clone(),
                    target: e.counterparty.clone(),
                    amount: e.amount.as_ref().map(pb::Amount::from),
                    status: pb::DealStatus::from(e.status).into(),
                    date: e.date.map(pb::Date::from),
                })
                .collect(),
            next_page_token: p.portfolio.next,
            deal_count: p.deals,
            reporting_total: p.reporting.as_ref().map(converted_pb),
            co_investors: p
                .co_investors
                .into_iter()
                .map(|c| pb::CoInvestor {
                    name: c.name,
                    shared_targets: c.shared_targets,
                    shared_target_count: c.shared_count,
                })
                .collect(),
            deals_by_status: status_pb(&p.by_status),
            totals: totals_pb(&p.totals),
        }))
    }

    async fn company_profile(
        &self,
        request: Request<pb::CompanyProfileRequest>,
    ) -> Result<Response<pb::CompanyProfileResponse>, GrpcStatus> {
        let r = request.get_ref();
        let name = required_name(&r.name)?;
        let (f, reporting) = self.profile_args(r.filter.as_ref(), &r.reporting_currency_code)?;
        let page = PageRequest {
            size: filter::page_size("page_size", r.page_size, 100, 1000)?,
            token: &r.page_token,
            reporting: reporting.as_deref(),
        };
        let p = self.store.company_profile(name, &f, &page)?;
        let types = |t: &std::collections::BTreeSet<DealType>| {
            t.iter().map(|x| pb::DealType::from(*x).into()).collect()
        };
        Ok(Response::new(pb::CompanyProfileResponse {
            name: p.name,
            backers: p
                .backers
                .iter()
                .map(|(name, n, t)| pb::Backer {
                    name: name.clone(),
                    deal_count: *n,
                    totals: totals_pb(t),
                })
                .collect(),
            funding_totals: totals_pb(&p.funding),
            acquisitions: p
                .acquisitions
                .entries
                .iter()
                .map(|e| pb::AcquisitionEntry {
                    deal_id: e.deal_id.clone(),
                    counterparty: e.counterparty.clone(),
                    role: pb::PartyRole::from(e.role).into(),
                    amount: e.amount.as_ref().map(pb::Amount::from),
                    status: pb::DealStatus::from(e.status).into(),
                    date: e.date.map(pb::Date::from),
                    sold: e.sold.clone().unwrap_or_default(),
                })
                .collect(),
            next_page_token: p.acquisitions.next,
            backer_count: p.backer_count,
            partner_count: p.partner_count,
            reporting_funding_total: p.reporting.as_ref().map(converted_pb),
            partners: p
                .partners
                .iter()
                .map(|(name, n, t)| pb::Partner {
                    name: name.clone(),
                    deal_count: *n,
                    types: types(t),
                })
                .collect(),
            deals_by_status: status_pb(&p.by_status),
        }))
    }

    async fn partnership_graph(
        &self,
        request: Request<pb::PartnershipGraphRequest>,
    ) -> Result<Response<pb::PartnershipGraphResponse>, GrpcStatus> {
        let r = request.get_ref();
        let f = DealFilter::from_pb(r.filter.as_ref(), self.store.aliases())?;
        let max = filter::page_size("max_edges", r.max_edges, 100, 10_000)?;
        let company = (!r.company.trim().is_empty()).then(|| r.company.trim());
        let edges = self
            .store
            .graph(company, usize::try_from(max).unwrap_or(100), &f)?;
        let mut nodes: Vec<String> = edges
            .iter()
            .flat_map(|e| [e.source.clone(), e.target.clone()])
            .collect();
        nodes.sort();
        nodes.dedup();
        Ok(Response::new(pb::PartnershipGraphResponse {
            nodes,
            edges: edges
                .into_iter()
                .map(|e| pb::GraphEdge {
                    source: e.source,
                    target: e.target,
                    deal_count: e.deals,
                    types: e
                        .types
                        .iter()
                        .map(|t| pb::DealType::from(*t).into())
                        .collect(),
                })
                .collect(),
        }))
    }

    type WatchDealsStream = WatchStream;

    async fn watch_deals(
        &self,
        request: Request<pb::WatchDealsRequest>,
    ) -> Result<Response<Self::WatchDealsStream>, GrpcStatus> {
        let f = DealFilter::from_pb(request.get_ref().filter.as_ref(), self.store.aliases())?;
        let rx = self.store.subscribe();
        let stream = futures::stream::unfold((rx, false), |(mut rx, done)| async move {
            if done {
                return None;
            }
            match rx.recv().await {
                Ok(change) => Some((Ok(change), (rx, false))),
                Err(RecvError::Lagged(n)) => {
                    // A slow watcher never slows ingestion: it is told and cut off.
                    let e = Error::Lagged(format!("this watcher fell {n} changes behind the feed; reconnect and catch up with ListDeals"));
                    Some((Err(GrpcStatus::from(e)), (rx, true)))
                }
                Err(RecvError::Closed) => None,
            }
        })
        .filter_map(move |item| {
            let keep = match &item {
                Ok(change) => matches_filter(&f, &change.deal.deal),
                Err(_) => true,
            };
            async move {
                keep.then(|| {
                    item.map(|c| pb::WatchDealsResponse {
                        change_type: match c.kind {
                            ChangeKind::Created => pb::ChangeType::Created,
                            ChangeKind::Updated => pb::ChangeType::Updated,
                        }
                        .into(),
                        deal: Some(to_pb(&c.deal)),
                    })
                })
            }
        });
        Ok(Response::new(Box::pin(stream)))
    }
}

fn matches_filter(f: &DealFilter, d: &Deal) -> bool {
    let date = d.date.map(|x| x.ordinal());
    (f.types.is_empty() || f.types.contains(&d.deal_type))
        && (f.statuses.is_empty() || f.statuses.contains(&d.status))
        && f.party
            .as_ref()
            .is_none_or(|p| d.parties.iter().any(|x| &x.name.to_lowercase() == p))
        && f.start.is_none_or(|s| date.is_some_and(|x| x >= s))
        && f.end.is_none_or(|e| date.is_some_and(|x| x <= e))
}
