//! End to end: articles stream through the extractor into the store, and the
//! store's aggregations answer over gRPC.

mod common;

use common::{assert_each_once, shared_corpus, spawn_app};
use dealwire_proto::v1 as pb;

fn article(id: &str, text: &str) -> pb::ExtractorServiceIngestRequest {
    pb::ExtractorServiceIngestRequest {
        article: Some(pb::Article {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }),
    }
}

// Written for these tests; the shared corpus is evaluation data only.
const FUNDING: &str =
    "La start-up Quantix lève 12 millions d'euros auprès de Partech et de Kima Ventures.";
const ACQUISITION: &str = "Globex has agreed to acquire Initech for $2.5 billion in cash, the companies announced on Monday.";
const PARTNERSHIP: &str = "Globex et Quantix ont noué un partenariat pour développer des puces.";

#[tokio::test]
async fn extract_returns_deals_with_roles_amount_and_evidence() {
    let mut app = spawn_app().await;
    let r = app
        .extractor
        .extract(pb::ExtractRequest {
            article: Some(pb::Article {
                id: "a1".into(),
                text: FUNDING.into(),
                ..Default::default()
            }),
        })
        .await
        .expect("extract")
        .into_inner();
    assert_eq!(r.article_id, "a1");
    assert_eq!(r.language_code, "fr");
    assert_eq!(r.deals.len(), 1, "{:?}", r.deals);
    let d = &r.deals[0];
    assert_eq!(d.r#type(), pb::DealType::Investment);
    let role = |n: &str| d.parties.iter().find(|p| p.name == n).map(|p| p.role());
    assert_eq!(role("Quantix"), Some(pb::PartyRole::Target));
    assert_eq!(role("Partech"), Some(pb::PartyRole::Investor));
    assert_eq!(role("Kima Ventures"), Some(pb::PartyRole::Investor));
    let value = d
        .amount
        .as_ref()
        .and_then(|a| a.value.as_ref())
        .expect("amount");
    assert_eq!(
        (value.currency_code.as_str(), value.units),
        ("EUR", 12_000_000)
    );
    let ev = d.sources[0].evidence.as_ref().expect("evidence");
    assert_eq!(
        &FUNDING[ev.start_offset as usize..ev.end_offset as usize],
        ev.sentence
    );
    // Confidence carries two decimals, so JSON prints 0.95, not 0.95000005.
    assert!(d.confidence > 0.0);
    assert_eq!(d.confidence, (d.confidence * 100.0).round() / 100.0);
}

#[tokio::test]
async fn the_same_article_extracted_twice_gives_the_same_ids() {
    let mut app = spawn_app().await;
    let req = || pb::ExtractRequest {
        article: Some(pb::Article {
            id: "same".into(),
            text: ACQUISITION.into(),
            ..Default::default()
        }),
    };
    let a = app
        .extractor
        .extract(req())
        .await
        .expect("first")
        .into_inner();
    let b = app
        .extractor
        .extract(req())
        .await
        .expect("second")
        .into_inner();
    assert!(!a.deals.is_empty());
    assert_eq!(
        a.deals.iter().map(|d| &d.id).collect::<Vec<_>>(),
        b.deals.iter().map(|d| &d.id).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn an_empty_article_is_an_invalid_argument() {
    let mut app = spawn_app().await;
    let err = app
        .extractor
        .extract(pb::ExtractRequest {
            article: Some(pb::Article::default()),
        })
        .await
        .expect_err("empty text");
    assert_eq!(err.code(), tonic::Code::InvalidArgument);
    assert!(err.message().contains("article.text"), "{}", err.message());
    let err = app
        .extractor
        .extract(pb::ExtractRequest { article: None })
        .await
        .expect_err("no article");
    assert_eq!(err.code(), tonic::Code::InvalidArgument);
}

#[tokio::test]
async fn ingest_stores_deals_and_reingesting_is_idempotent() {
    let mut app = spawn_app().await;
    let send = || {
        tokio_stream::iter(vec![
            article("f", FUNDING),
            article("a", ACQUISITION),
            article("p", PARTNERSHIP),
        ])
    };
    let first = app
        .extractor
        .ingest(send())
        .await
        .expect("ingest")
        .into_inner();
    assert_eq!(first.articles_read, 3);
    assert_eq!(first.deals_extracted, 3);
    assert_eq!(first.deals_created, 3);
    let again = app
        .extractor
        .ingest(send())
        .await
        .expect("re-ingest")
        .into_inner();
    assert_eq!((again.deals_created, again.deals_merged), (0, 3));
    let list = app
        .store
        .list_deals(pb::ListDealsRequest::default())
        .await
        .expect("list")
        .into_inner();
    assert_eq!(list.deals.len(), 3);
    let got = app
        .store
        .get_deal(pb::GetDealRequest {
            id: list.deals[0].id.clone(),
        })
        .await
        .expect("get")
        .into_inner();
    assert_eq!(got.deal.map(|d| d.id), Some(list.deals[0].id.clone()));
    let missing = app
        .store
        .get_deal(pb::GetDealRequest { id: "nope".into() })
        .await
        .expect_err("unknown id");
    assert_eq!(missing.code(), tonic::Code::NotFound);
}

#[tokio::test]
async fn list_deals_pages_without_repeats_and_rejects_tampered_tokens() {
    let mut app = spawn_app().await;
    let texts: Vec<String> = (0..7)
        .map(|i| format!("Acme{i} has agreed to acquire Target{i} for ${i}.5 billion."))
        .collect();
    let reqs: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| article(&format!("x{i}"), t))
        .collect();
    app.extractor
        .ingest(tokio_stream::iter(reqs))
        .await
        .expect("ingest");
    let mut seen = Vec::new();
    let mut token = String::new();
    loop {
        let page = app
            .store
            .list_deals(pb::ListDealsRequest {
                page_size: 3,
                page_token: token.clone(),
                ..Default::default()
            })
            .await
            .expect("page")
            .into_inner();
        seen.extend(page.deals.into_iter().map(|d| d.id));
        if page.next_page_token.is_empty() {
            break;
        }
        token = page.next_page_token;
    }
    assert_each_once(&seen);
    assert_eq!(seen.len(), 7);
    let err = app
        .store
        .list_deals(pb::ListDealsRequest {
            page_token: "12.deadbeef".into(),
            ..Default::default()
        })
        .await
        .expect_err("tampered");
    assert_eq!(err.code(), tonic::Code::InvalidArgument);
}

#[tokio::test]
async fn aggregations_answer_on_ingested_articles() {
    let mut app = spawn_app().await;
    app.extractor
        .ingest(tokio_stream::iter(vec![
            article("f", FUNDING),
            article("a", ACQUISITION),
            article("p", PARTNERSHIP),
        ]))
        .await
        .expect("ingest");
    let top = app
        .store
        .top_investors(pb::TopInvestorsRequest {
            order_by: pb::InvestorOrder::DealCount.into(),
            ..Default::default()
        })
        .await
        .expect("top")
        .into_inner();
    let names: Vec<&str> = top.investors.iter().map(|i| i.name.as_str()).collect();
    assert!(
        names.contains(&"Partech") && names.contains(&"Kima Ventures"),
        "{names:?}"
    );
    let investor = app
        .store
        .investor_profile(pb::InvestorProfileRequest {
            name: "partech".into(),
            ..Default::default()
        })
        .await
        .expect("investor")
        .into_inner();
    assert_eq!(
        investor.portfolio.first().map(|p| p.target.as_str()),
        Some("Quantix")
    );
    assert_eq!(
        investor.co_investors.first().map(|c| c.name.as_str()),
        Some("Kima Ventures")
    );
    let company = app
        .store
        .company_profile(pb::CompanyProfileRequest {
            name: "Quantix".into(),
            ..Default::default()
        })
        .await
        .expect("company")
        .into_inner();
    assert_eq!(company.backers.len(), 2);
    assert_eq!(
        company.partners.first().map(|p| p.name.as_str()),
        Some("Globex")
    );
    let globex = app
        .store
        .company_profile(pb::CompanyProfileRequest {
            name: "globex".into(),
            ..Default::default()
        })
        .await
        .expect("globex")
        .into_inner();
    assert_eq!(
        globex.acquisitions.first().map(|a| a.counterparty.as_str()),
        Some("Initech")
    );
    let graph = app
        .store
        .partnership_graph(pb::PartnershipGraphRequest::default())
        .await
        .expect("graph")
        .into_inner();
    assert!(
        graph
            .edges
            .iter()
            .any(|e| e.source == "Globex" && e.target == "Quantix")
    );
    let unknown = app
        .store
        .company_profile(pb::CompanyProfileRequest {
            name: "Nobody".into(),
            ..Default::default()
        })
        .await
        .expect_err("unknown");
    assert_eq!(unknown.code(), tonic::Code::NotFound);
}

#[tokio::test]
async fn watchers_see_new_deals_as_they_are_committed() {
    let mut app = spawn_app().await;
    let mut feed = app
        .store
        .watch_deals(pb::WatchDealsRequest::default())
        .await
        .expect("watch")
        .into_inner();
    app.extractor
        .ingest(tokio_stream::iter(vec![article("a", ACQUISITION)]))
        .await
        .expect("ingest");
    let next = tokio::time::timeout(std::time::Duration::from_secs(10), feed.message());
    let first = next
        .await
        .expect("a change within 10 s")
        .expect("feed")
        .expect("a change");
    assert_eq!(first.change_type(), pb::ChangeType::Created);
    assert_eq!(
        first.deal.map(|d| d.r#type()),
        Some(pb::DealType::Acquisition)
    );
}

#[tokio::test]
async fn acknowledged_deals_survive_a_store_restart() {
    let db = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}", db.path().join("d.db").display());
    let (addr, stop) = common::spawn_store(&url).await;
    let mut client = pb::deal_store_service_client::DealStoreServiceClient::connect(addr)
        .await
        .expect("client");
    let deal = pb::Deal {
        id: "d1".into(),
        r#type: pb::DealType::Investment.into(),
        status: pb::DealStatus::Announced.into(),
        parties: vec![
            pb::Party {
                name: "Alpha".into(),
                role: pb::PartyRole::Investor.into(),
                ..Default::default()
            },
            pb::Party {
                name: "Beta".into(),
                role: pb::PartyRole::Target.into(),
                ..Default::default()
            },
        ],
        ..Default::default()
    };
    let ack = client
        .ingest(tokio_stream::iter(vec![
            pb::DealStoreServiceIngestRequest { deals: vec![deal] },
        ]))
        .await
        .expect("ack")
        .into_inner();
    assert_eq!(ack.deals_created, 1);
    let _ = stop.send(());
    let (addr, _stop) = common::spawn_store(&url).await;
    let mut client = pb::deal_store_service_client::DealStoreServiceClient::connect(addr)
        .await
        .expect("client");
    let got = client
        .get_deal(pb::GetDealRequest { id: "d1".into() })
        .await
        .expect("still there")
        .into_inner();
    assert_eq!(got.deal.map(|d| d.parties.len()), Some(2));
}

#[tokio::test]
async fn a_malformed_deal_is_rejected_with_the_field_named() {
    let app = spawn_app().await;
    let mut client = app.store.clone();
    let bad = pb::Deal {
        r#type: 77,
        parties: vec![pb::Party {
            name: "X".into(),
            role: 1,
            ..Default::default()
        }],
        status: 1,
        ..Default::default()
    };
    let err = client
        .ingest(tokio_stream::iter(vec![
            pb::DealStoreServiceIngestRequest { deals: vec![bad] },
        ]))
        .await
        .expect_err("bad type");
    assert_eq!(err.code(), tonic::Code::InvalidArgument);
    assert!(
        err.message().contains("deal.type: deal type 77"),
        "{}",
        err.message()
    );
}

#[tokio::test]
async fn seed_articles_stream_into_the_store_and_openai_has_its_backers() {
    let Some(corpus) = shared_corpus() else {
        return;
    };
    let mut app = spawn_app().await;
    let mut reqs = Vec::new();
    for entry in std::fs::read_dir(corpus.join("seeds")).expect("seeds") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read");
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        reqs.push(article(&id, &text));
    }
    let summary = app
        .extractor
        .ingest(tokio_stream::iter(reqs))
        .await
        .expect("ingest")
        .into_inner();
    assert_eq!(summary.articles_read, 5);
    let openai = app
        .store
        .company_profile(pb::CompanyProfileRequest {
            name: "openai".into(),
            ..Default::default()
        })
        .await
        .expect("profile")
        .into_inner();
    let backers: Vec<&str> = openai.backers.iter().map(|b| b.name.as_str()).collect();
    for want in ["SoftBank", "Amazon", "Nvidia", "Microsoft"] {
        assert!(backers.contains(&want), "{want} missing from {backers:?}");
    }
    let softbank = app
        .store
        .investor_profile(pb::InvestorProfileRequest {
            name: "SoftBank".into(),
            ..Default::default()
        })
        .await
        .expect("softbank")
        .into_inner();
    assert!(softbank.co_investors.iter().any(|c| c.name == "Microsoft"));
}
