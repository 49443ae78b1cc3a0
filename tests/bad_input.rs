//! Bad input, case by case: each gets the right status and a message that
//! says what to fix, and the servers stay healthy afterwards. The table in
//! `every_bad_input_gets_the_right_status_and_the_servers_stay_healthy` is
//! the list of cases.

mod common;

use common::{Settings, TestApp, spawn_app_with};
use dealwire_proto::v1 as pb;
use futures::future::BoxFuture;
use tonic::Code;

/// Lower limits than the defaults, so the tests send small messages.
const ARTICLE_LIMIT: usize = 64 * 1024;
const STORE_MESSAGE_LIMIT: usize = 64 * 1024;
const BATCH_LIMIT: usize = 10;

async fn app() -> TestApp {
    spawn_app_with(Settings {
        store_limits: dealwire_store::config::Limits {
            max_message_bytes: STORE_MESSAGE_LIMIT,
            max_batch_deals: BATCH_LIMIT,
        },
        max_article_bytes: Some(ARTICLE_LIMIT),
        ..Settings::default()
    })
    .await
}

/// Messages shaped like the contract's but with bytes where it has strings,
/// to send what a typed client cannot.
mod raw {
    #[derive(Clone, PartialEq, prost::Message)]
    pub struct Article {
        #[prost(bytes = "vec", tag = "2")]
        pub text: Vec<u8>,
    }
    #[derive(Clone, PartialEq, prost::Message)]
    pub struct ExtractRequest {
        #[prost(message, optional, tag = "1")]
        pub article: Option<Article>,
    }
    #[derive(Clone, PartialEq, prost::Message)]
    pub struct Junk {
        #[prost(bytes = "vec", tag = "1")]
        pub bytes: Vec<u8>,
    }
}

/// Sends `msg` to the extractor's Extract as if it were an ExtractRequest.
async fn raw_extract<M: prost::Message + Send + Sync + 'static>(
    app: &TestApp,
    msg: M,
) -> Result<(), tonic::Status> {
    let channel = tonic::transport::Endpoint::from_shared(app.extractor_addr.clone())
        .map_err(|e| tonic::Status::unknown(e.to_string()))?
        .connect()
        .await
        .map_err(|e| tonic::Status::unavailable(e.to_string()))?;
    let mut grpc = tonic::client::Grpc::new(channel);
    grpc.ready()
        .await
        .map_err(|e| tonic::Status::unavailable(e.to_string()))?;
    let codec = tonic_prost::ProstCodec::<M, pb::ExtractResponse>::default();
    let path = http::uri::PathAndQuery::from_static("/dealwire.v1.ExtractorService/Extract");
    grpc.unary(tonic::Request::new(msg), path, codec)
        .await
        .map(|_| ())
}

fn text(t: &str) -> pb::ExtractRequest {
    pb::ExtractRequest {
        article: Some(pb::Article {
            id: "bad".into(),
            text: t.into(),
            ..Default::default()
        }),
    }
}

fn investment(investor: &str, target: &str, usd: f64) -> pb::Deal {
    pb::Deal {
        r#type: pb::DealType::Investment.into(),
        status: pb::DealStatus::Announced.into(),
        parties: vec![
            pb::Party {
                name: investor.into(),
                role: pb::PartyRole::Investor.into(),
                ..Default::default()
            },
            pb::Party {
                name: target.into(),
                role: pb::PartyRole::Target.into(),
                ..Default::default()
            },
        ],
        amount: Some(pb::Amount {
            value: Some(pb::Money {
                currency_code: "USD".into(),
                units: usd as i64,
                nanos: 0,
            }),
            qualifier: pb::AmountQualifier::Exact.into(),
            ..Default::default()
        }),
        confidence: 0.8,
        ..Default::default()
    }
}

async fn ingest(app: &TestApp, batches: Vec<Vec<pb::Deal>>) -> Result<(), tonic::Status> {
    let batches: Vec<_> = batches
        .into_iter()
        .map(|deals| pb::DealStoreServiceIngestRequest { deals })
        .collect();
    app.store
        .clone()
        .ingest(tokio_stream::iter(batches))
        .await
        .map(|_| ())
}

type Call = for<'a> fn(&'a TestApp) -> BoxFuture<'a, Result<(), tonic::Status>>;

/// One bad input: what is sent, the code expected, and words the message
/// must contain (`None` for calls that must succeed).
struct Case {
    what: &'static str,
    call: Call,
    code: Code,
    says: &'static str,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            what: "Extract without an article",
            call: |a| {
                Box::pin(async move {
                    a.extractor
                        .clone()
                        .extract(pb::ExtractRequest { article: None })
                        .await
                        .map(|_| ())
                })
            },
            code: Code::InvalidArgument,
            says: "article is required",
        },
        Case {
            what: "Extract of an empty text",
            call: |a| {
                Box::pin(async move { a.extractor.clone().extract(text(" \n ")).await.map(|_| ()) })
            },
            code: Code::InvalidArgument,
            says: "empty",
        },
        Case {
            what: "Extract of an article over the article limit",
            call: |a| {
                Box::pin(async move {
                    let long = "Lorem ipsum. ".repeat(ARTICLE_LIMIT / 13 + 100);
                    a.extractor.clone().extract(text(&long)).await.map(|_| ())
                })
            },
            code: Code::ResourceExhausted,
            says: "--max-article-bytes",
        },
        Case {
            what: "Extract of a message over the message limit",
            call: |a| {
                Box::pin(async move {
                    let huge = "Lorem ipsum. ".repeat(4 * ARTICLE_LIMIT / 13);
                    a.extractor.clone().extract(text(&huge)).await.map(|_| ())
                })
            },
            code: Code::ResourceExhausted,
            says: "message length too large",
        },
        Case {
            what: "Extract of a text that is not UTF-8",
            call: |a| {
                Box::pin(raw_extract(
                    a,
                    raw::ExtractRequest {
                        article: Some(raw::Article {
                            text: vec![b'A', 0xff, 0xfe, b'B'],
                        }),
                    },
                ))
            },
            code: Code::InvalidArgument,
            says: "could not be decoded",
        },
        Case {
            what: "Extract of binary junk in place of the article",
            call: |a| {
                Box::pin(raw_extract(
                    a,
                    raw::Junk {
                        bytes: vec![0xff, 0x07, 0x00, 0x80, 0x80, 0x80],
                    },
                ))
            },
            code: Code::InvalidArgument,
            says: "could not be decoded",
        },
        Case {
            what: "Extract of control characters and NULs (valid UTF-8)",
            call: |a| {
                Box::pin(async move {
                    let junk: String = (0u32..2000)
                        .filter_map(|i| char::from_u32(i % 40))
                        .collect();
                    a.extractor.clone().extract(text(&junk)).await.map(|_| ())
                })
            },
            code: Code::Ok,
            says: "",
        },
        Case {
            what: "Extract of an absurd amount (1e308 milliards)",
            call: |a| {
                Box::pin(async move {
                    let r = a
                        .extractor
                        .clone()
                        .extract(text(
                            "La start-up Quantix lève 1e308 milliards d'euros auprès de Partech.",
                        ))
                        .await?
                        .into_inner();
                    // Whatever is read, no amount may be absurd.
                    for d in &r.deals {
                        if let Some(m) = d.amount.as_ref().and_then(|a| a.value.as_ref()) {
                            assert!(m.units < 10_000_000_000_000_000, "absurd amount {m:?}");
                        }
                    }
                    Ok(())
                })
            },
            code: Code::Ok,
            says: "",
        },
        Case {
            what: "Extract of deeply nested HTML",
            call: |a| {
                Box::pin(async move {
                    let mut req = text(&format!(
                        "{}Globex buys Initech.{}",
                        "<div>".repeat(5_000),
                        "</div>".repeat(5_000)
                    ));
                    if let Some(article) = req.article.as_mut() {
                        article.content_type = pb::ContentType::Html.into();
                    }
                    a.extractor.clone().extract(req).await.map(|_| ())
                })
            },
            code: Code::Ok,
            says: "",
        },
        Case {
            what: "Extract with an unknown content type",
            call: |a| {
                Box::pin(async move {
                    let mut req = text("Globex buys Initech.");
                    if let Some(article) = req.article.as_mut() {
                        article.content_type = 42;
                    }
                    a.extractor.clone().extract(req).await.map(|_| ())
                })
            },
            code: Code::InvalidArgument,
            says: "content_type",
        },
        Case {
            what: "Extract with an unsupported language",
            call: |a| {
                Box::pin(async move {
                    let mut req = text("Globex kauft Initech.");
                    if let Some(article) = req.article.as_mut() {
                        article.language_code = "de".into();
                    }
                    a.extractor.clone().extract(req).await.map(|_| ())
                })
            },
            code: Code::InvalidArgument,
            says: "language_code",
        },
        Case {
            what: "ListDeals with a tampered page token",
            call: |a| {
                Box::pin(async move {
                    a.store
                        .clone()
                        .list_deals(pb::ListDealsRequest {
                            page_token: "AAAA-not-a-token".into(),
                            ..Default::default()
                        })
                        .await
                        .map(|_| ())
                })
            },
            code: Code::InvalidArgument,
            says: "page_token",
        },
        Case {
            what: "ListDeals with an unknown deal type",
            call: |a| {
                Box::pin(async move {
                    a.store
                        .clone()
                        .list_deals(pb::ListDealsRequest {
                            filter: Some(pb::DealFilter {
                                types: vec![1, 99],
                                ..Default::default()
                            }),
                            ..Default::default()
                        })
                        .await
                        .map(|_| ())
                })
            },
            code: Code::InvalidArgument,
            says: "filter.types[1]: deal type 99",
        },
        Case {
            what: "PartnershipGraph with a negative max_edges",
            call: |a| {
                Box::pin(async move {
                    a.store
                        .clone()
                        .partnership_graph(pb::PartnershipGraphRequest {
                            max_edges: -3,
                            ..Default::default()
                        })
                        .await
                        .map(|_| ())
                })
            },
            code: Code::InvalidArgument,
            says: "max_edges must not be negative",
        },
        Case {
            what: "ListDeals with an impossible start date",
            call: |a| {
                Box::pin(async move {
                    a.store
                        .clone()
                        .list_deals(pb::ListDealsRequest {
                            filter: Some(pb::DealFilter {
                                start_date: Some(pb::Date {
                                    year: 2024,
                                    month: 13,
                                    day: 0,
                                }),
                                ..Default::default()
                            }),
                            ..Default::default()
                        })
                        .await
                        .map(|_| ())
                })
            },
            code: Code::InvalidArgument,
            says: "filter.start_date: date 2024-13-0",
        },
        Case {
            what: "TopInvestors with an unknown order",
            call: |a| {
                Box::pin(async move {
                    a.store
                        .clone()
                        .top_investors(pb::TopInvestorsRequest {
                            order_by: 42,
                            ..Default::default()
                        })
                        .await
                        .map(|_| ())
                })
            },
            code: Code::InvalidArgument,
            says: "order_by",
        },
        Case {
            what: "GetDeal of an unknown id",
            call: |a| {
                Box::pin(async move {
                    a.store
                        .clone()
                        .get_deal(pb::GetDealRequest {
                            id: "no-such-deal".into(),
                        })
                        .await
                        .map(|_| ())
                })
            },
            code: Code::NotFound,
            says: "no-such-deal",
        },
        Case {
            what: "InvestorProfile without a name",
            call: |a| {
                Box::pin(async move {
                    a.store
                        .clone()
                        .investor_profile(pb::InvestorProfileRequest::default())
                        .await
                        .map(|_| ())
                })
            },
            code: Code::InvalidArgument,
            says: "name",
        },
        Case {
            what: "Ingest of more deals in one message than the batch limit",
            call: |a| {
                Box::pin(ingest(
                    a,
                    vec![
                        (0..=BATCH_LIMIT)
                            .map(|i| investment("Fund", &format!("Co{i}"), 1e6))
                            .collect(),
                    ],
                ))
            },
            code: Code::ResourceExhausted,
            says: "--max-batch-deals",
        },
        Case {
            what: "Ingest of a message over the store's message limit",
            call: |a| {
                Box::pin(ingest(
                    a,
                    vec![vec![investment(
                        "Fund",
                        &"Big".repeat(STORE_MESSAGE_LIMIT / 3 + 10),
                        1e6,
                    )]],
                ))
            },
            code: Code::ResourceExhausted,
            says: "--max-message-bytes",
        },
        Case {
            what: "Ingest of a deal with an absurd amount",
            call: |a| Box::pin(ingest(a, vec![vec![investment("Fund", "Co", 9e18)]])),
            code: Code::InvalidArgument,
            says: "amount",
        },
        Case {
            what: "Ingest of a deal with an unknown status",
            call: |a| {
                Box::pin(async move {
                    let mut d = investment("Fund", "Co", 1e6);
                    d.status = 17;
                    ingest(a, vec![vec![d]]).await
                })
            },
            code: Code::InvalidArgument,
            says: "status",
        },
        Case {
            what: "Ingest of an investment whose parties are an acquirer and a provider",
            call: |a| {
                Box::pin(async move {
                    let mut d = investment("Fund", "Co", 1e6);
                    d.parties[0].role = pb::PartyRole::Acquirer.into();
                    d.parties[1].role = pb::PartyRole::Provider.into();
                    ingest(a, vec![vec![d]]).await
                })
            },
            code: Code::InvalidArgument,
            says: "message 1, deal 1: deal.parties: Fund has the role acquirer, which an investment does not have",
        },
        Case {
            what: "Ingest of an investment with an investor and no target, second deal of the second message",
            call: |a| {
                Box::pin(async move {
                    let mut d = investment("Fund", "Co", 1e6);
                    d.parties.truncate(1);
                    d.id = "no-target".into();
                    let ok = || investment("Fund", "Other", 1e6);
                    ingest(a, vec![vec![ok()], vec![ok(), d]]).await
                })
            },
            code: Code::InvalidArgument,
            says: "message 2, deal 2: deal.parties: an investment needs a target (deal id \"no-target\")",
        },
        Case {
            what: "Ingest of a partnership with one partner",
            call: |a| {
                Box::pin(async move {
                    let mut d = investment("Fund", "Co", 1e6);
                    d.r#type = pb::DealType::Partnership.into();
                    d.parties.truncate(1);
                    d.parties[0].role = pb::PartyRole::Partner.into();
                    ingest(a, vec![vec![d]]).await
                })
            },
            code: Code::InvalidArgument,
            says: "a partnership needs two partners or more",
        },
    ]
}

async fn healthy(app: &TestApp) {
    for url in [&app.extractor_addr, &app.store_addr] {
        let service = if url == &app.store_addr {
            "dealwire.v1.DealStoreService"
        } else {
            "dealwire.v1.ExtractorService"
        };
        dealwire_server::check_health(url, service)
            .await
            .unwrap_or_else(|e| panic!("unhealthy after a bad input: {e}"));
    }
}

#[tokio::test]
async fn every_bad_input_gets_the_right_status_and_the_servers_stay_healthy() {
    let app = app().await;
    let mut failures = Vec::new();
    for case in cases() {
        let result = (case.call)(&app).await;
        let (code, message) = match &result {
            Ok(()) => (Code::Ok, String::new()),
            Err(s) => (s.code(), s.message().to_string()),
        };
        if code != case.code || !message.contains(case.says) {
            failures.push(format!(
                "{}: expected {:?} saying {:?}, got {code:?}: {message}",
                case.what, case.code, case.says
            ));
        }
        healthy(&app).await;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn a_bad_message_loses_none_of_the_deals_committed_before_it() {
    let app = app().await;
    let good = investment("Northwind Capital", "Quantix", 5e6);
    let mut bad = investment("Fund", "Co", 1e6);
    bad.r#type = 77;
    let err = ingest(&app, vec![vec![good], vec![bad]])
        .await
        .expect_err("the second message is bad");
    assert_eq!(err.code(), Code::InvalidArgument);
    assert!(err.message().contains("message 2"), "{}", err.message());
    let page = app
        .store
        .clone()
        .list_deals(pb::ListDealsRequest::default())
        .await
        .expect("list")
        .into_inner();
    assert_eq!(page.deals.len(), 1, "the first message's deal is kept");
}
