//! The store over gRPC, on SQLite and on PostgreSQL: ingesting, merging,
//! reading deals back, paging, watching and sharing a database. Every test
//! below runs once per backend (`sqlite::name` and `postgres::name`); the
//! PostgreSQL runs need DEALWIRE_TEST_DATABASE_URL when the tests are built,
//! and show as ignored without it. The aggregation RPCs are tested in `store_queries.rs`.

mod common;
mod store_support;

use common::{Backend, TestDb, assert_each_once, spawn_store, test_db};
use dealwire_proto::v1 as pb;
use dealwire_proto::v1::deal_store_service_client::DealStoreServiceClient;
use store_support::{D, all_deals, essence, ingest, on_both_backends, spawn};

fn reports_of_one_funding_round() -> Vec<D> {
    let base = || D::investment(&["Orbis Capital", "Kestrel"], "Nimbus Labs");
    vec![
        base()
            .status(pb::DealStatus::Rumored)
            .amount("USD", 400e6, pb::AmountQualifier::UpTo)
            .from("a1", 100),
        base().usd(350e6).year(2025).from("a2", 200),
        base().status(pb::DealStatus::Completed).from("a3", 300),
        // Same parties, a different round: another amount and year.
        base().usd(40e6).year(2021).from("a4", 50),
    ]
}

on_both_backends! {
    async fn reports_of_one_deal_merge_and_different_rounds_stay_apart(app) {
        let ack = ingest(&mut app.client, reports_of_one_funding_round()).await;
        assert_eq!((ack.deals_received, ack.deals_created, ack.deals_merged), (4, 2, 2));
        let deals = all_deals(&mut app.client).await;
        assert_eq!(deals.len(), 2, "{deals:#?}");
        let round = deals.iter().find(|d| d.sources.len() == 3).expect("merged round");
        assert_eq!(round.status, i32::from(pb::DealStatus::Completed));
        let amount = round.amount.as_ref().and_then(|a| a.value.as_ref()).map(|m| m.units);
        assert_eq!(amount, Some(350_000_000), "the exact amount beats the up-to one");
        assert_eq!(round.date.as_ref().map(|d| d.year), Some(2025));
        let older = deals.iter().find(|d| d.sources.len() == 1).expect("older round");
        assert_eq!(older.date.as_ref().map(|d| d.year), Some(2021));
    }


    async fn ingest_order_does_not_change_the_deals_and_reingesting_changes_nothing(app) {
        let reports = reports_of_one_funding_round();
        for d in reports.iter().rev() {
            ingest(&mut app.client, vec![d.clone()]).await;
        }
        let backwards: Vec<String> = {
            let mut v: Vec<String> = all_deals(&mut app.client).await.iter().map(essence).collect();
            v.sort();
            v
        };
        let mut other = spawn(if app.db.url.starts_with("sqlite") { Backend::Sqlite } else { Backend::Postgres }).await;
        ingest(&mut other.client, reports.clone()).await;
        let again = ingest(&mut other.client, reports).await;
        assert_eq!((again.deals_created, again.deals_merged), (0, 4));
        let mut forwards: Vec<String> = all_deals(&mut other.client).await.iter().map(essence).collect();
        forwards.sort();
        assert_eq!(backwards, forwards);
    }


    async fn get_deal_finds_deals_by_store_id_and_by_source_id(app) {
        ingest(&mut app.client, vec![D::acquisition("Globex", "Initech").usd(2.5e9).from("g1", 10)]).await;
        let deals = all_deals(&mut app.client).await;
        let id = deals[0].id.clone();
        for key in [id.clone(), "g1-2".to_string()] {
            let got = app.client.get_deal(pb::GetDealRequest { id: key }).await.expect("found").into_inner();
            assert_eq!(got.deal.map(|d| d.id), Some(id.clone()));
        }
        let e = app.client.get_deal(pb::GetDealRequest { id: "0000".into() }).await.expect_err("unknown");
        assert_eq!(e.code(), tonic::Code::NotFound);
        let e = app.client.get_deal(pb::GetDealRequest { id: " ".into() }).await.expect_err("empty");
        assert_eq!(e.code(), tonic::Code::InvalidArgument);
    }


    async fn an_amounts_conversions_come_back_from_the_store_as_they_were_sent(app) {
        let mut sent = D::acquisition("Carlyle", "Chimney").amount("JPY", 19.4e9, pb::AmountQualifier::Exact).from("c1", 1);
        if let Some(a) = sent.0.amount.as_mut() {
            a.alternatives = vec![pb::Money { currency_code: "USD".into(), units: 228_000_000, nanos: 0 }];
        }
        ingest(&mut app.client, vec![sent]).await;
        let deals = all_deals(&mut app.client).await;
        let alternatives = |d: &pb::Deal| -> Vec<(String, i64)> {
            d.amount.iter().flat_map(|a| a.alternatives.iter().map(|m| (m.currency_code.clone(), m.units))).collect()
        };
        assert_eq!(alternatives(&deals[0]), [("USD".to_string(), 228_000_000)]);
        let got = app.client.get_deal(pb::GetDealRequest { id: deals[0].id.clone() }).await.expect("found").into_inner();
        assert_eq!(got.deal.as_ref().map(alternatives), Some(vec![("USD".to_string(), 228_000_000)]));
        // A report without conversions merges and keeps them.
        ingest(&mut app.client, vec![
            D::acquisition("Carlyle", "Chimney").amount("JPY", 19.4e9, pb::AmountQualifier::Exact).from("c2", 2),
        ]).await;
        let deals = all_deals(&mut app.client).await;
        assert_eq!(deals.len(), 1);
        assert_eq!(alternatives(&deals[0]), [("USD".to_string(), 228_000_000)]);
    }


    async fn list_deals_filters_and_pages_without_repeats_or_skips_while_deals_arrive(app) {
        let first: Vec<D> = (0..30)
            .map(|i| D::investment(&["Fund A"], &format!("Target {i}")).usd(1e6).year(2020 + i % 5).from(&format!("l{i}"), i64::from(i)))
            .collect();
        ingest(&mut app.client, first).await;
        let mut seen = Vec::new();
        let mut token = String::new();
        let mut arrivals = 0;
        loop {
            let page = app.client.list_deals(pb::ListDealsRequest {
                page_size: 4,
                page_token: token.clone(),
                ..Default::default()
            }).await.expect("page").into_inner();
            seen.extend(page.deals.iter().map(|d| d.id.clone()));
            // New deals land between pages.
            arrivals += 1;
            ingest(&mut app.client, vec![D::investment(&["Fund B"], &format!("New {arrivals}")).from(&format!("n{arrivals}"), 1000)]).await;
            if page.next_page_token.is_empty() {
                break;
            }
            token = page.next_page_token;
        }
        assert_each_once(&seen);
        assert_eq!(seen.len(), 30, "every deal that was there when paging began, once");
        let filtered = app.client.list_deals(pb::ListDealsRequest {
            filter: Some(pb::DealFilter {
                party: "fund a".into(),
                start_date: Some(pb::Date { year: 2023, month: 0, day: 0 }),
                ..Default::default()
            }),
            page_size: 100,
            ..Default::default()
        }).await.expect("filtered").into_inner();
        assert_eq!(filtered.deals.len(), 12, "2023 and 2024, six each");
        let e = app.client.list_deals(pb::ListDealsRequest {
            page_token: "7.beef".into(),
            ..Default::default()
        }).await.expect_err("tampered");
        assert_eq!(e.code(), tonic::Code::InvalidArgument);
    }


    async fn paging_by_party_and_status_neither_repeats_nor_skips_while_the_party_gains_deals(app) {
        // Every third of the party's deals is completed; the rest are rumored.
        let first: Vec<D> = (0..20)
            .map(|i| {
                let status = if i % 3 == 0 { pb::DealStatus::Completed } else { pb::DealStatus::Rumored };
                D::investment(&["Fund P"], &format!("Co {i}")).status(status).from(&format!("p{i}"), i64::from(i))
            })
            .collect();
        ingest(&mut app.client, first).await;
        let mut seen = Vec::new();
        let mut token = String::new();
        for arrival in 0.. {
            let page = app.client.list_deals(pb::ListDealsRequest {
                filter: Some(pb::DealFilter {
                    party: "FUND P".into(),
                    statuses: vec![pb::DealStatus::Completed.into()],
                    ..Default::default()
                }),
                page_size: 2,
                page_token: token.clone(),
            }).await.expect("page").into_inner();
            // Pages are full until the last.
            if page.next_page_token.is_empty() {
                assert!(page.deals.len() <= 2);
            } else {
                assert_eq!(page.deals.len(), 2);
            }
            for d in &page.deals {
                assert_eq!(d.status, i32::from(pb::DealStatus::Completed));
                assert!(d.parties.iter().any(|p| p.name == "Fund P"));
            }
            seen.extend(page.deals.iter().map(|d| d.id.clone()));
            // The party gains a completed deal between pages: newer than the
            // pages already read, so no later page shows it.
            ingest(&mut app.client, vec![D::investment(&["Fund P"], &format!("Late {arrival}"))
                .status(pb::DealStatus::Completed)
                .from(&format!("late{arrival}"), 1000)]).await;
            if page.next_page_token.is_empty() {
                break;
            }
            token = page.next_page_token;
        }
        assert_each_once(&seen);
        assert_eq!(seen.len(), 7, "the seven completed deals there when paging began: 0, 3, ..., 18");
    }


    async fn a_page_of_deals_carries_each_deals_own_parties_and_sources(app) {
        ingest(&mut app.client, vec![
            D::investment(&["Orbis"], "Nimbus").usd(1e6).from("p1", 1),
            D::acquisition("Xeno", "Yarrow").from("p2", 2),
            D::investment(&["Quill", "Orbis"], "Lumen").from("p3", 3),
            D::investment(&["Quill", "Orbis"], "Lumen").from("p4", 4),
        ]).await;
        let summary = |deals: &[pb::Deal]| {
            let mut seen: Vec<(Vec<String>, Vec<String>)> = deals.iter().map(|d| {
                let mut names: Vec<String> = d.parties.iter().map(|p| p.name.clone()).collect();
                names.sort();
                let mut articles: Vec<String> = d.sources.iter().map(|s| s.article_id.clone()).collect();
                articles.sort();
                (names, articles)
            }).collect();
            seen.sort();
            seen
        };
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let all = app.client.list_deals(pb::ListDealsRequest::default()).await.expect("list").into_inner();
        assert_eq!(summary(&all.deals), [
            (strings(&["Lumen", "Orbis", "Quill"]), strings(&["p3", "p4"])),
            (strings(&["Nimbus", "Orbis"]), strings(&["p1"])),
            (strings(&["Xeno", "Yarrow"]), strings(&["p2"])),
        ]);
        let orbis = app.client.list_deals(pb::ListDealsRequest {
            filter: Some(pb::DealFilter { party: "ORBIS".into(), ..Default::default() }),
            ..Default::default()
        }).await.expect("orbis").into_inner();
        assert_eq!(summary(&orbis.deals), [
            (strings(&["Lumen", "Orbis", "Quill"]), strings(&["p3", "p4"])),
            (strings(&["Nimbus", "Orbis"]), strings(&["p1"])),
        ]);
        // Pages of one by party hold the same two, each once.
        let mut paged = Vec::new();
        let mut token = String::new();
        loop {
            let page = app.client.list_deals(pb::ListDealsRequest {
                filter: Some(pb::DealFilter { party: "orbis".into(), ..Default::default() }),
                page_size: 1,
                page_token: token,
            }).await.expect("page").into_inner();
            assert!(page.deals.len() <= 1);
            paged.extend(page.deals);
            if page.next_page_token.is_empty() {
                break;
            }
            token = page.next_page_token;
        }
        assert_eq!(summary(&paged), summary(&orbis.deals));
    }


    async fn watchers_hear_of_created_then_updated_deals(app) {
        let mut watch = app.client.watch_deals(pb::WatchDealsRequest {
            filter: Some(pb::DealFilter { party: "Nimbus Labs".into(), ..Default::default() }),
        }).await.expect("watch").into_inner();
        let rounds = reports_of_one_funding_round();
        ingest(&mut app.client, vec![D::acquisition("X", "Y").from("w0", 1)]).await;
        ingest(&mut app.client, vec![rounds[0].clone()]).await;
        ingest(&mut app.client, vec![rounds[1].clone()]).await;
        let first = watch.message().await.expect("stream").expect("created");
        assert_eq!(first.change_type, i32::from(pb::ChangeType::Created));
        let second = watch.message().await.expect("stream").expect("updated");
        assert_eq!(second.change_type, i32::from(pb::ChangeType::Updated));
        let watched = second.deal.expect("the event carries the deal");
        assert_eq!(watched.sources.len(), 2);
        // An event carries the same deal GetDeal returns, times included.
        let got = app.client.get_deal(pb::GetDealRequest { id: watched.id.clone() })
            .await.expect("get").into_inner().deal.expect("deal");
        assert!(watched.create_time.is_some() && watched.update_time.is_some(), "{watched:?}");
        assert_eq!((watched.create_time, watched.update_time), (got.create_time, got.update_time));
        assert!(first.deal.is_some_and(|d| d.create_time.is_some() && d.update_time.is_some()));
    }

    async fn a_watcher_that_falls_behind_is_told_so_and_never_holds_up_ingestion(app) {
        // This watcher reads nothing until ingestion is over, on a stream
        // whose HTTP/2 window holds 64 KB: with the feed's 4,096 changes and
        // the server's send buffer, far fewer than the 12,000 new deals fit,
        // so it falls behind. (A 64 KB connection window as well made the
        // server's HTTP/2 layer sometimes reset the connection with
        // ENHANCE_YOUR_CALM, which tonic also reads as RESOURCE_EXHAUSTED
        // but without the store's message.)
        let channel = tonic::transport::Endpoint::from_shared(app.addr.clone())
            .expect("address")
            .initial_stream_window_size(Some(64 * 1024))
            .connect()
            .await
            .expect("watcher connects");
        let mut watch = DealStoreServiceClient::new(channel)
            .watch_deals(pb::WatchDealsRequest::default())
            .await.expect("watch").into_inner();
        let messages: Vec<pb::DealStoreServiceIngestRequest> = (0..2)
            .map(|m| pb::DealStoreServiceIngestRequest {
                deals: (0..6_000)
                    .map(|i| {
                        let n = m * 6_000 + i;
                        D::acquisition(&format!("Buyer {n}"), &format!("Target {n}"))
                            .from(&format!("lag{n}"), n)
                            .0
                    })
                    .collect(),
            })
            .collect();
        let ack = app.client.ingest(tokio_stream::iter(messages)).await.expect("ingest").into_inner();
        assert_eq!(ack.deals_created, 12_000);
        let mut heard = 0;
        let status = loop {
            match watch.message().await {
                Ok(Some(_)) => heard += 1,
                Ok(None) => panic!("the feed ended after {heard} changes without saying the watcher fell behind"),
                Err(status) => break status,
            }
        };
        assert!(heard < 12_000, "heard {heard}");
        assert_eq!(status.code(), tonic::Code::ResourceExhausted, "{status:?} {:?}", std::error::Error::source(&status));
        assert!(status.message().contains("behind"), "{}", status.message());
    }


    async fn two_store_instances_on_one_database_see_each_others_deals(app) {
        let (addr, _stop) = spawn_store(&app.db.url).await;
        let mut second = DealStoreServiceClient::connect(addr).await.expect("second");
        ingest(&mut app.client, vec![D::investment(&["Orbis"], "Nimbus").usd(1e6).from("s1", 1)]).await;
        // The second instance merges this into what the first wrote, which
        // also brings its read model up to date.
        let ack = ingest(&mut second, vec![D::investment(&["Orbis"], "Nimbus").usd(1e6).from("s2", 2)]).await;
        assert_eq!((ack.deals_created, ack.deals_merged), (0, 1));
        let top = second.top_investors(pb::TopInvestorsRequest::default()).await.expect("top").into_inner();
        assert_eq!(top.investors.len(), 1);
        assert_eq!(top.investors[0].deal_count, 1);
        let p = second.company_profile(pb::CompanyProfileRequest { name: "Nimbus".into(), ..Default::default() }).await.expect("profile").into_inner();
        assert_eq!(p.backers.len(), 1);
    }
}

/// A database as a store from before parties moved into the deals table
/// left it: the first migration only, with one deal, its parties in their
/// own table, and its source.
async fn database_of_the_first_schema(backend: Backend) -> TestDb {
    let db = test_db(backend).await;
    sqlx::any::install_default_drivers();
    let url = match backend {
        Backend::Sqlite => format!("{}?mode=rwc", db.url),
        Backend::Postgres => db.url.clone(),
    };
    let pool = sqlx::AnyPool::connect(&url).await.expect("connect");
    let mut first = match backend {
        Backend::Sqlite => sqlx::migrate!("store/migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("store/migrations/postgres"),
    };
    first.migrations = std::borrow::Cow::Owned(first.migrations[..1].to_vec());
    first.run(&pool).await.expect("first migration");
    for sql in [
        "UPDATE store_meta SET revision = 1",
        "INSERT INTO deals (id, merge_key, deal_type, status, per_year, confidence, source_count, \
         create_time, update_time, revision) \
         VALUES ('00000000000000aa', 7, 'investment', 'announced', 0, 0.9, 1, 1, 1, 1)",
        "INSERT INTO key_parties (merge_key, name, name_key, role) VALUES \
         (7, 'Orbis Capital', 'orbis capital', 'investor'), (7, 'Nimbus', 'nimbus', 'target')",
        "INSERT INTO sources (source_id, merge_key, deal_id, article_id, url, sentence, start_offset, \
         end_offset, deal_type, status, per_year, confidence) \
         VALUES ('s1', 7, '00000000000000aa', 'a1', '', 'Orbis backs Nimbus.', 0, 19, 'investment', \
         'announced', 0, 0.9)",
    ] {
        sqlx::query(sql).execute(&pool).await.expect(sql);
    }
    pool.close().await;
    db
}

async fn parties_written_before_the_second_migration_are_kept(backend: Backend) {
    let db = database_of_the_first_schema(backend).await;
    let (addr, _stop) = spawn_store(&db.url).await;
    let mut client = DealStoreServiceClient::connect(addr).await.expect("client");
    let deal = client
        .get_deal(pb::GetDealRequest {
            id: "00000000000000aa".into(),
        })
        .await
        .expect("found")
        .into_inner()
        .deal
        .expect("deal");
    let parties: Vec<(String, i32)> = deal
        .parties
        .iter()
        .map(|p| (p.name.clone(), p.role))
        .collect();
    assert_eq!(
        parties,
        [
            (
                "Orbis Capital".to_string(),
                i32::from(pb::PartyRole::Investor)
            ),
            ("Nimbus".to_string(), i32::from(pb::PartyRole::Target)),
        ]
    );
    // The read model, loaded from the migrated rows, answers by party.
    let listed = client
        .list_deals(pb::ListDealsRequest {
            filter: Some(pb::DealFilter {
                party: "ORBIS CAPITAL".into(),
                ..Default::default()
            }),
            ..Default::default()
        })
        .await
        .expect("listed")
        .into_inner();
    assert_eq!(listed.deals.len(), 1);
    let profile = client
        .company_profile(pb::CompanyProfileRequest {
            name: "Nimbus".into(),
            ..Default::default()
        })
        .await
        .expect("profile")
        .into_inner();
    assert_eq!(profile.backers.len(), 1);
}

#[tokio::test]
async fn sqlite_parties_written_before_the_second_migration_are_kept() {
    parties_written_before_the_second_migration_are_kept(Backend::Sqlite).await;
}

#[tokio::test]
#[cfg_attr(
    not(dealwire_postgres),
    ignore = "set DEALWIRE_TEST_DATABASE_URL to run the PostgreSQL tests"
)]
async fn postgres_parties_written_before_the_second_migration_are_kept() {
    parties_written_before_the_second_migration_are_kept(Backend::Postgres).await;
}
