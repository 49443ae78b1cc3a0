//! The store's aggregation RPCs over gRPC, on SQLite and on PostgreSQL:
//! investor rankings, investor and company profiles and the partnership
//! graph. Every test runs once per backend, as in `store.rs`.

mod common;
mod store_support;

use common::Backend;
use dealwire_proto::v1 as pb;
use store_support::{D, ingest, on_both_backends, spawn};

on_both_backends! {

    async fn top_investors_keep_currencies_apart_and_convert_on_request(app) {
        ingest(&mut app.client, vec![
            D::investment(&["Alpha"], "T1").usd(100e6).from("t1", 1),
            D::investment(&["Alpha"], "T2").amount("USD", 50e6, pb::AmountQualifier::UpTo).from("t2", 2),
            D::investment(&["Alpha"], "T3").amount("EUR", 10e6, pb::AmountQualifier::Exact).from("t3", 3),
            D::investment(&["Beta", "Gamma"], "T4").usd(120e6).from("t4", 4),
            D::investment(&["Gamma"], "T5").from("t5", 5),
            D::investment(&["Gamma"], "T6").amount("XYZ", 5.0, pb::AmountQualifier::Exact).from("t6", 6),
        ]).await;
        let top = app.client.top_investors(pb::TopInvestorsRequest {
            order_by: pb::InvestorOrder::TotalAmount.into(),
            ..Default::default()
        }).await.expect("top").into_inner();
        let names: Vec<&str> = top.investors.iter().map(|i| i.name.as_str()).collect();
        // Alpha's headline USD is 150M; Beta and Gamma tie on 120M and Gamma
        // has more deals.
        assert_eq!(names, ["Alpha", "Gamma", "Beta"]);
        let alpha = &top.investors[0];
        assert_eq!(alpha.deal_count, 3);
        let usd = alpha.totals.iter().find(|t| t.currency_code == "USD").expect("usd");
        assert_eq!((usd.low.as_ref().map(|m| m.units), usd.high.as_ref().map(|m| m.units)), (Some(100_000_000), Some(150_000_000)));
        assert!(alpha.totals.iter().any(|t| t.currency_code == "EUR"), "EUR kept apart");
        assert!(alpha.reporting_total.is_none());
        let by_count = app.client.top_investors(pb::TopInvestorsRequest {
            order_by: pb::InvestorOrder::DealCount.into(),
            reporting_currency_code: "eur".into(),
            page_size: 2,
            ..Default::default()
        }).await.expect("by count").into_inner();
        assert_eq!(by_count.investors[0].name, "Alpha");
        assert_eq!(by_count.investors[1].name, "Gamma");
        assert!(!by_count.exchange_rates_date.is_empty());
        let gamma = &by_count.investors[1];
        assert_eq!(gamma.unconverted_currencies, ["XYZ"]);
        let rep = gamma.reporting_total.as_ref().expect("reporting total");
        assert_eq!(rep.currency_code, "EUR");
        assert!(rep.high.as_ref().is_some_and(|m| m.units > 90_000_000 && m.units < 120_000_000));
        // Converted money is rounded to the cent: 120M USD at 1.16 is
        // 103,448,275.86 EUR, not 103,448,275.862068966.
        let high = rep.high.as_ref().expect("high");
        assert_eq!((high.units, high.nanos), (103_448_275, 860_000_000));
        for t in by_count.investors.iter().flat_map(|i| i.totals.iter().chain(i.reporting_total.as_ref())) {
            for m in [&t.low, &t.high].into_iter().flatten() {
                assert_eq!(m.nanos % 10_000_000, 0, "{} has digits below the cent: {m:?}", t.currency_code);
            }
        }
        let rest = app.client.top_investors(pb::TopInvestorsRequest {
            order_by: pb::InvestorOrder::DealCount.into(),
            reporting_currency_code: "EUR".into(),
            page_size: 2,
            page_token: by_count.next_page_token.clone(),
            ..Default::default()
        }).await.expect("page 2").into_inner();
        assert_eq!(rest.investors.len(), 1);
        assert!(rest.next_page_token.is_empty());
        let e = app.client.top_investors(pb::TopInvestorsRequest {
            reporting_currency_code: "QQQ".into(),
            ..Default::default()
        }).await.expect_err("unknown currency");
        assert_eq!(e.code(), tonic::Code::InvalidArgument);
        assert!(e.message().contains("QQQ"));
        let dated = app.client.top_investors(pb::TopInvestorsRequest {
            filter: Some(pb::DealFilter { start_date: Some(pb::Date { year: 2024, month: 6, day: 1 }), ..Default::default() }),
            ..Default::default()
        }).await.expect("dated").into_inner();
        assert!(dated.investors.is_empty(), "undated deals are left out under a date bound");
        let by_status = |statuses: Vec<pb::DealStatus>| pb::TopInvestorsRequest {
            order_by: pb::InvestorOrder::DealCount.into(),
            filter: Some(pb::DealFilter { statuses: statuses.into_iter().map(i32::from).collect(), ..Default::default() }),
            ..Default::default()
        };
        let rumored = app.client.top_investors(by_status(vec![pb::DealStatus::Rumored])).await.expect("rumored").into_inner();
        assert!(rumored.investors.is_empty(), "every deal here is announced");
        // A status named twice counts once.
        let twice = app.client.top_investors(by_status(vec![pb::DealStatus::Announced, pb::DealStatus::Rumored, pb::DealStatus::Announced])).await.expect("twice").into_inner();
        let counts: Vec<(&str, i64)> = twice.investors.iter().map(|i| (i.name.as_str(), i.deal_count)).collect();
        assert_eq!(counts, [("Alpha", 3), ("Gamma", 3), ("Beta", 1)]);
        let announced = app.client.top_investors(by_status(vec![pb::DealStatus::Announced])).await.expect("announced").into_inner();
        let counts: Vec<(&str, i64)> = announced.investors.iter().map(|i| (i.name.as_str(), i.deal_count)).collect();
        assert_eq!(counts, [("Alpha", 3), ("Gamma", 3), ("Beta", 1)]);
    }


    async fn investor_profiles_page_the_portfolio_and_name_co_investors(app) {
        let mut deals: Vec<D> = (1..=5)
            .map(|i| D::investment(&["Orbis"], &format!("Co{i}")).usd(10e6).date(2024, i, 1).from(&format!("p{i}"), 1))
            .collect();
        deals.push(D::investment(&["Kestrel", "AWS"], "Co2").usd(5e6).year(2023).from("p6", 2));
        deals.push(D::investment(&["Kestrel"], "Co3").status(pb::DealStatus::Rumored).from("p7", 3));
        ingest(&mut app.client, deals).await;
        let first = app.client.investor_profile(pb::InvestorProfileRequest {
            name: "ORBIS".into(),
            page_size: 3,
            ..Default::default()
        }).await.expect("profile").into_inner();
        assert_eq!(first.name, "Orbis");
        assert_eq!(first.deal_count, 5);
        let targets: Vec<&str> = first.portfolio.iter().map(|e| e.target.as_str()).collect();
        assert_eq!(targets, ["Co5", "Co4", "Co3"], "newest first");
        let second = app.client.investor_profile(pb::InvestorProfileRequest {
            name: "orbis".into(),
            page_size: 3,
            page_token: first.next_page_token.clone(),
            ..Default::default()
        }).await.expect("page 2").into_inner();
        let targets: Vec<&str> = second.portfolio.iter().map(|e| e.target.as_str()).collect();
        assert_eq!(targets, ["Co2", "Co1"]);
        assert!(second.next_page_token.is_empty());
        let co: Vec<(&str, i64, Vec<&str>)> = first.co_investors.iter().map(|c| (c.name.as_str(), c.shared_target_count, c.shared_targets.iter().map(String::as_str).collect())).collect();
        assert_eq!(co, [("Kestrel", 2, vec!["Co2", "Co3"]), ("Amazon", 1, vec!["Co2"])], "aliases resolve: AWS is Amazon");
        // A status condition reads deals one by one instead of the kept
        // backer lists, and must agree with them on what it keeps.
        let announced = app.client.investor_profile(pb::InvestorProfileRequest {
            name: "Orbis".into(),
            filter: Some(pb::DealFilter { statuses: vec![pb::DealStatus::Announced.into()], ..Default::default() }),
            ..Default::default()
        }).await.expect("announced").into_inner();
        let co: Vec<(&str, i64)> = announced.co_investors.iter().map(|c| (c.name.as_str(), c.shared_target_count)).collect();
        assert_eq!(co, [("Amazon", 1), ("Kestrel", 1)], "Kestrel's rumored deal in Co3 is left out");
        let amazon = app.client.investor_profile(pb::InvestorProfileRequest {
            name: "Amazon Web Services".into(),
            ..Default::default()
        }).await.expect("alias").into_inner();
        assert_eq!(amazon.name, "Amazon");
        let k = app.client.investor_profile(pb::InvestorProfileRequest {
            name: "kestrel".into(),
            ..Default::default()
        }).await.expect("kestrel").into_inner();
        let statuses: Vec<(i32, i64)> = k.deals_by_status.iter().map(|s| (s.status, s.deal_count)).collect();
        assert_eq!(statuses, [(pb::DealStatus::Rumored.into(), 1), (pb::DealStatus::Announced.into(), 1)]);
        let e = app.client.investor_profile(pb::InvestorProfileRequest { name: "Nobody".into(), ..Default::default() }).await.expect_err("unknown");
        assert_eq!(e.code(), tonic::Code::NotFound);
        let e = app.client.investor_profile(pb::InvestorProfileRequest { name: "Orbis".into(), page_token: "x".into(), ..Default::default() }).await.expect_err("tampered");
        assert_eq!(e.code(), tonic::Code::InvalidArgument);
    }


    async fn company_profiles_show_backers_acquisitions_and_partners(app) {
        ingest(&mut app.client, vec![
            D::investment(&["Orbis", "Kestrel"], "Nimbus").amount("EUR", 20e6, pb::AmountQualifier::Exact).year(2024).from("c1", 1),
            D::investment(&["Orbis"], "Nimbus").amount("EUR", 5e6, pb::AmountQualifier::Exact).year(2022).from("c2", 2),
            D::acquisition("Nimbus", "Tinyware").year(2025).from("c3", 3),
            D::acquisition("Megacorp", "Nimbus").status(pb::DealStatus::Rumored).from("c4", 4),
            D::partnership("Nimbus", "Globex", pb::DealType::Partnership).from("c5", 5),
            D::commercial("Nimbus", "Globex").from("c6", 6),
        ]).await;
        let p = app.client.company_profile(pb::CompanyProfileRequest {
            name: "nimbus".into(),
            reporting_currency_code: "USD".into(),
            ..Default::default()
        }).await.expect("company").into_inner();
        let backers: Vec<(&str, i64)> = p.backers.iter().map(|b| (b.name.as_str(), b.deal_count)).collect();
        assert_eq!(backers, [("Orbis", 2), ("Kestrel", 1)]);
        assert_eq!(p.backer_count, 2);
        let eur = p.funding_totals.iter().find(|t| t.currency_code == "EUR").expect("eur");
        assert_eq!(eur.high.as_ref().map(|m| m.units), Some(25_000_000));
        assert!(p.reporting_funding_total.is_some_and(|t| t.currency_code == "USD"));
        let acq: Vec<(&str, i32)> = p.acquisitions.iter().map(|a| (a.counterparty.as_str(), a.role)).collect();
        assert_eq!(acq, [("Tinyware", pb::PartyRole::Acquirer.into()), ("Megacorp", pb::PartyRole::Target.into())]);
        assert_eq!(p.partners.len(), 1);
        assert_eq!(p.partners[0].deal_count, 2);
        assert_eq!(p.partners[0].types.len(), 2);
        let total: i64 = p.deals_by_status.iter().map(|s| s.deal_count).sum();
        assert_eq!(total, 6);
    }


    async fn a_seller_sees_what_it_sold_and_to_whom_and_cancelled_deals_leave_totals_and_rankings(app) {
        ingest(&mut app.client, vec![
            D::sale("Norvane", "Kelmix", "Vantora").usd(2e9).year(2025).from("s1", 1),
            D::investment(&["Orbis"], "Nimbus").usd(10e6).from("x1", 2),
            D::investment(&["Orbis"], "Vapor").usd(50e6).status(pb::DealStatus::Cancelled).from("x2", 3),
            D::investment(&["Ghost"], "Vapor").usd(70e6).status(pb::DealStatus::Cancelled).from("x3", 4),
        ]).await;
        let v = app.client.company_profile(pb::CompanyProfileRequest {
            name: "vantora".into(),
            ..Default::default()
        }).await.expect("seller").into_inner();
        let sold: Vec<(&str, i32, &str)> = v.acquisitions.iter().map(|a| (a.counterparty.as_str(), a.role, a.sold.as_str())).collect();
        assert_eq!(sold, [("Norvane", pb::PartyRole::Seller.into(), "Kelmix")]);
        // The buyer's entry is as before the seller role existed.
        let n = app.client.company_profile(pb::CompanyProfileRequest {
            name: "Norvane".into(),
            ..Default::default()
        }).await.expect("buyer").into_inner();
        let bought: Vec<(&str, i32, &str)> = n.acquisitions.iter().map(|a| (a.counterparty.as_str(), a.role, a.sold.as_str())).collect();
        assert_eq!(bought, [("Kelmix", pb::PartyRole::Acquirer.into(), "")]);
        // A sale to a buyer the report does not name is accepted, and the
        // seller's entry names what it sold, with no counterparty.
        ingest(&mut app.client, vec![D::sale_to_unnamed("Airloft", "Vantora").year(2024).from("s2", 6)]).await;
        let v = app.client.company_profile(pb::CompanyProfileRequest {
            name: "vantora".into(),
            ..Default::default()
        }).await.expect("seller").into_inner();
        let sold: Vec<(&str, i32, &str)> = v.acquisitions.iter().map(|a| (a.counterparty.as_str(), a.role, a.sold.as_str())).collect();
        assert_eq!(sold, [("Norvane", pb::PartyRole::Seller.into(), "Kelmix"), ("", pb::PartyRole::Seller.into(), "Airloft")]);

        let top = app.client.top_investors(pb::TopInvestorsRequest::default()).await.expect("top").into_inner();
        let names: Vec<(&str, i64)> = top.investors.iter().map(|i| (i.name.as_str(), i.deal_count)).collect();
        assert_eq!(names, [("Orbis", 1)], "cancelled rounds rank no one");
        let vapor = app.client.company_profile(pb::CompanyProfileRequest {
            name: "Vapor".into(),
            filter: Some(pb::DealFilter { statuses: vec![pb::DealStatus::Cancelled.into()], ..Default::default() }),
            ..Default::default()
        }).await.expect("vapor").into_inner();
        assert!(vapor.backers.is_empty() && vapor.funding_totals.is_empty(), "{vapor:?}");
        let statuses: Vec<(i32, i64)> = vapor.deals_by_status.iter().map(|s| (s.status, s.deal_count)).collect();
        assert_eq!(statuses, [(pb::DealStatus::Cancelled.into(), 2)]);
        let listed = app.client.list_deals(pb::ListDealsRequest {
            filter: Some(pb::DealFilter { statuses: vec![pb::DealStatus::Cancelled.into()], ..Default::default() }),
            ..Default::default()
        }).await.expect("list").into_inner();
        assert_eq!(listed.deals.len(), 2);

        // A later report that the round fell through wins over the
        // announcement, and takes it out of the ranking.
        ingest(&mut app.client, vec![
            D::investment(&["Orbis"], "Nimbus").usd(10e6).status(pb::DealStatus::Cancelled).from("x4", 5),
        ]).await;
        let nimbus = app.client.list_deals(pb::ListDealsRequest {
            filter: Some(pb::DealFilter { party: "Nimbus".into(), ..Default::default() }),
            ..Default::default()
        }).await.expect("nimbus").into_inner();
        assert_eq!(nimbus.deals.len(), 1);
        assert_eq!(nimbus.deals[0].status, i32::from(pb::DealStatus::Cancelled));
        assert_eq!(nimbus.deals[0].sources.len(), 2);
        let top = app.client.top_investors(pb::TopInvestorsRequest::default()).await.expect("top").into_inner();
        assert!(top.investors.is_empty(), "{:?}", top.investors);
    }


    async fn the_partnership_graph_has_edges_with_counts_and_types(app) {
        ingest(&mut app.client, vec![
            D::partnership("Alpha", "Beta", pb::DealType::Partnership).from("g1", 1),
            D::commercial("Alpha", "Beta").year(2023).from("g2", 2),
            // A joint venture between the same partners is the same deal as
            // their partnership (one family), so it adds a source, not a deal.
            D::partnership("Alpha", "Beta", pb::DealType::JointVenture).from("g4", 4),
            D::commercial("Beta", "Gamma").from("g3", 3),
        ]).await;
        let g = app.client.partnership_graph(pb::PartnershipGraphRequest::default()).await.expect("graph").into_inner();
        assert_eq!(g.nodes, ["Alpha", "Beta", "Gamma"]);
        assert_eq!((g.edges[0].source.as_str(), g.edges[0].target.as_str(), g.edges[0].deal_count), ("Alpha", "Beta", 2));
        let around = app.client.partnership_graph(pb::PartnershipGraphRequest {
            company: "gamma".into(),
            ..Default::default()
        }).await.expect("around").into_inner();
        assert_eq!(around.edges.len(), 1);
        let top1 = app.client.partnership_graph(pb::PartnershipGraphRequest { max_edges: 1, ..Default::default() }).await.expect("top").into_inner();
        assert_eq!(top1.edges.len(), 1);
    }
}
