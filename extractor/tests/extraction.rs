//! Sentence-level behaviour of the extractor, on short texts written for
//! these tests (the evaluation corpus is never copied here). Each case reads
//! like the kind of sentence news uses, with invented or well-known names.

mod common;

use common::{read, read_html};
use dealwire_core::names::Aliases;
use dealwire_extractor::pipeline::{ArticleInput, Extractor};

#[test]
fn an_abbreviation_with_a_full_stop_does_not_end_the_clause() {
    assert_eq!(
        read("Norvane Holdings Corp. agreed to acquire Telmira Inc. for $2.3 billion in cash."),
        ["acquisition[Norvane Holdings:acquirer,Telmira:target] 2300000000USD announced"]
    );
}

#[test]
fn an_accepted_offer_names_bidder_and_target_and_is_announced() {
    assert_eq!(
        read("Telmira Inc on Monday agreed to Norvane Corp's sweetened offer of $3 billion."),
        ["acquisition[Norvane:acquirer,Telmira:target] 3000000000USD announced"]
    );
}

#[test]
fn a_short_parenthesis_does_not_cut_the_sentence() {
    assert_eq!(
        read(
            "Le groupe Ardalis a lancé officiellement une offre publique d'achat (OPA) \
             pour acquérir le groupe allemand Velmor."
        ),
        ["acquisition[Ardalis:acquirer,Velmor:target] - announced"]
    );
}

#[test]
fn the_status_comes_from_the_segment_around_the_trigger() {
    let deals = read(
        "Si l'accord se concrétise, Brevia deviendra le premier actionnaire de Quanta, \
         devant Holtz, qui a investi dans l'entreprise en 2019.",
    );
    assert!(
        deals
            .iter()
            .any(|d| d == "investment[Holtz:investor,Quanta:target] - completed"),
        "{deals:?}"
    );
}

#[test]
fn a_round_without_amount_takes_the_amount_of_the_next_sentence() {
    let deals = read(
        "La société Velmor a confirmé qu'elle avait réalisé un nouveau tour de table. \
         L'opération a atteint 40 millions d'euros.",
    );
    assert_eq!(deals, ["investment[Velmor:target] 40000000EUR completed"]);
}

#[test]
fn a_round_with_neither_investor_nor_amount_is_not_a_deal() {
    assert!(read("La société Velmor prépare un nouveau tour de table.").is_empty());
}

#[test]
fn a_bid_amount_goes_to_that_bidders_acquisition() {
    let deals = read(
        "Ardalis veut racheter Velmor. Brenco aussi veut racheter Velmor. \
         De son côté, Brenco a proposé 4,2 milliards d'euros.",
    );
    assert!(
        deals
            .iter()
            .any(|d| d == "acquisition[Brenco:acquirer,Velmor:target] 4200000000EUR rumored"),
        "{deals:?}"
    );
}

#[test]
fn a_seller_introduced_by_par_is_not_the_acquirer() {
    let deals = read(
        "Ardalis veut racheter Velmor depuis l'annonce de sa mise en vente par le groupe Brenco.",
    );
    assert_eq!(
        deals,
        ["acquisition[Ardalis:acquirer,Velmor:target] - rumored"]
    );
}

#[test]
fn an_opening_description_is_the_previous_subject() {
    let deals = read(
        "Orbitek, une start-up de Lausanne, prépare une mission. La start-up a remporté \
         l'appel d'offres de Spationa.",
    );
    assert_eq!(
        deals,
        ["commercial[Orbitek:provider,Spationa:customer] - completed"]
    );
}

#[test]
fn a_regulator_named_as_a_cause_is_not_a_party() {
    let deals = read(
        "Des doutes subsistent sur le rachat de Velmor par Ardalis, notamment à cause de la \
         Commission fédérale.",
    );
    assert_eq!(
        deals,
        ["acquisition[Ardalis:acquirer,Velmor:target] - announced"]
    );
}

#[test]
fn the_items_of_an_html_list_after_a_colon_are_the_backers_it_announces() {
    let deals = read_html(
        "<h1>Selvane raises $70 million</h1>\n<p>Selvane raised $70 million in a round led by \
         Varling. The other investors are:</p>\n<ul>\n <li>Pivex</li>\n <li>Norlac</li>\n</ul>",
    );
    assert_eq!(
        deals,
        [
            "investment[Norlac:investor,Pivex:investor,Selvane:target,Varling:investor] 70000000USD completed"
        ]
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn extract(text: String, html: bool) -> dealwire_extractor::pipeline::Extraction {
        Extractor::new(Aliases::default()).extract(&ArticleInput {
            id: "p".into(),
            text,
            html,
            ..ArticleInput::default()
        })
    }

    /// Text made of the pieces deals are made of, so generated inputs reach
    /// the triggers, amounts and names rather than only the tokenizer.
    fn dealish() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("Norvane".to_string()),
            Just("Telmira Inc.".to_string()),
            Just("la start-up".to_string()),
            Just("investit".to_string()),
            Just("acquire".to_string()),
            Just("jusqu'à".to_string()),
            Just("25 milliards de dollars".to_string()),
            Just("$1.6 billion".to_string()),
            Just("entre 3 et".to_string()),
            Just("(OPA)".to_string()),
            Just(", qui".to_string()),
            // Lists and arguments cut off anywhere ("raised $30 million from
            // A, B," ending a text once made a rule read past the last item).
            Just("raised".to_string()),
            Just("from".to_string()),
            Just(",".to_string()),
            Just("and".to_string()),
            Just("Orvane Ventures".to_string()),
            Just("a joint venture between".to_string()),
            Just("to sell".to_string()),
            Just("accompagné".to_string()),
            Just(".".to_string()),
            Just("\n\n".to_string()),
            Just("<p>".to_string()),
            Just("&amp;".to_string()),
            "\\PC{0,12}",
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
    }

    proptest! {
        #[test]
        fn any_text_is_read_without_panicking_and_evidence_points_into_it(text in "\\PC{0,400}") {
            let x = extract(text, false);
            for d in &x.deals {
                for s in &d.sources {
                    let (a, b) = (s.evidence.start as usize, s.evidence.end as usize);
                    prop_assert!(a <= b && b <= x.text.len());
                    prop_assert!(x.text.is_char_boundary(a) && x.text.is_char_boundary(b));
                    prop_assert_eq!(&x.text[a..b], s.evidence.sentence.as_str());
                }
            }
        }

        #[test]
        fn deal_shaped_text_and_html_yield_well_formed_deals(text in dealish(), html in any::<bool>()) {
            let x = extract(text, html);
            for d in &x.deals {
                prop_assert!(!d.parties.is_empty());
                prop_assert!(d.confidence > 0.0 && d.confidence <= 1.0);
                if let Some(a) = &d.amount {
                    prop_assert!(a.value.is_finite() && a.value >= 0.0);
                }
                let s = &d.sources[0];
                prop_assert_eq!(
                    &x.text[s.evidence.start as usize..s.evidence.end as usize],
                    s.evidence.sentence.as_str()
                );
            }
        }
    }
}

#[test]
fn a_regulator_or_a_court_is_never_a_party() {
    for text in [
        "Vantora said it agreed with the Securities and Exchange Commission to buy Kelmix.",
        "The Federal Trade Commission will review how Vantora acquires Kelmix.",
    ] {
        for deal in read(text) {
            assert!(!deal.contains("Commission"), "{text:?} gave {deal:?}");
        }
    }
    for deal in read("The District Court said Vantora invested $5 million in Kelmix.") {
        assert!(!deal.contains("Court"), "{deal:?}");
    }
}

#[test]
fn places_and_nationalities_are_never_parties() {
    for deal in read("German group Vantora acquired the Mexican unit of Kelmix in Brazil.") {
        for word in ["German", "Mexican", "Brazil"] {
            assert!(!deal.contains(word), "{deal:?}");
        }
    }
}

#[test]
fn francs_take_the_currency_of_the_country_the_article_speaks_of() {
    let swiss = read("Swiss group Vantora agreed to buy Kelmix for 703 mln francs.");
    assert!(swiss.iter().any(|d| d.contains("CHF")), "{swiss:?}");
    let french = read("French group Vantora agreed to buy Kelmix for 703 mln francs in Paris.");
    assert!(french.iter().any(|d| d.contains("FRF")), "{french:?}");
}

#[test]
fn a_news_agency_named_as_the_source_is_no_party() {
    assert_eq!(
        read("Norvane Corp agreed to buy Telmira Inc for $40 million, Reuters reported."),
        ["acquisition[Norvane:acquirer,Telmira:target] 40000000USD announced"]
    );
}

#[test]
fn raising_money_is_a_funding_round_but_raising_prices_or_forecasts_is_not() {
    assert_eq!(
        read("Telmira Inc raised about $40 million from Norvane Capital."),
        ["investment[Norvane Capital:investor,Telmira:target] 40000000USD completed"]
    );
    assert!(read("Telmira Inc raised its crude oil prices by 50 cts a barrel.").is_empty());
    assert!(read("Norvane Corp raised tariffs of as much as $300 million on imports.").is_empty());
}

#[test]
fn buying_goods_or_securities_is_no_acquisition_of_the_seller() {
    assert!(
        read("Last year Kelmix Trading bought 120,000 tonnes Norvane Blend through Vantora.")
            .is_empty()
    );
    assert!(read("Kelmix Trading said it bought wheat Norvane Grain had stored.").is_empty());
    assert_eq!(
        read("Vantora Shipping agreed to buy Telmira Inc for $30 million."),
        ["acquisition[Telmira:target,Vantora Shipping:acquirer] 30000000USD announced"]
    );
}

#[test]
fn supply_as_a_noun_is_no_supply_contract() {
    assert!(read("Kelmix Bank said the money supply of Norvane rose 2 pct in May.").is_empty());
}

#[test]
fn a_name_and_its_acronym_after_the_legal_form_are_one_party() {
    assert!(
        read("The Vantora Trading Corporation (VTC) bought three cargoes of palm olein, traders said.")
            .is_empty()
    );
}

#[test]
fn a_treaty_named_after_a_place_is_no_party() {
    assert!(
        read("Norvane said cooperation to implement the Louvre accord might be fraying.")
            .is_empty()
    );
}

#[test]
fn a_sale_told_from_the_sellers_side_names_buyer_target_and_seller() {
    assert_eq!(
        read("Vantora agreed to sell its chip unit Kelmix to Norvane for $2 billion."),
        ["acquisition[Kelmix:target,Norvane:acquirer,Vantora:seller] 2000000000USD announced"]
    );
    assert_eq!(
        read("Vantora va céder sa filiale Kelmix à Norvane pour 300 millions d'euros."),
        ["acquisition[Kelmix:target,Norvane:acquirer,Vantora:seller] 300000000EUR announced"]
    );
    assert_eq!(
        read("The sale of Kelmix to Norvane by Vantora closed on Monday."),
        ["acquisition[Kelmix:target,Norvane:acquirer,Vantora:seller] - completed"]
    );
    assert_eq!(
        read("Kelmix was sold to Norvane last year."),
        ["acquisition[Kelmix:target,Norvane:acquirer] - completed"]
    );
    // A minority stake changes hands: its buyer invests, as one who buys
    // "a 20 pct stake in Kelmix from Vantora" does.
    assert_eq!(
        read("Vantora sold its 20 pct stake in Kelmix to Norvane."),
        ["investment[Kelmix:target,Norvane:investor] - completed"]
    );
    assert_eq!(
        read("Vantora sold its 60 pct stake in Kelmix to Norvane."),
        ["acquisition[Kelmix:target,Norvane:acquirer,Vantora:seller] - completed"]
    );
}

#[test]
fn selling_goods_or_shares_to_someone_is_no_sale_of_a_company() {
    assert!(read("Vantora will sell its chips to Norvane in Japan.").is_empty());
    assert!(read("Vantora sold 5 million shares to investors.").is_empty());
}

#[test]
fn a_withdrawn_or_rejected_bid_is_reported_as_cancelled() {
    assert_eq!(
        read("Norvane Corp withdrew its $3 billion bid for Kelmix Inc on Monday."),
        ["acquisition[Kelmix:target,Norvane:acquirer] 3000000000USD cancelled"]
    );
}

/// The vehicles of the joint ventures `text` gives.
fn venture_vehicles(text: &str) -> Vec<Option<String>> {
    Extractor::new(Aliases::default())
        .extract(&ArticleInput {
            id: "t".into(),
            text: text.into(),
            ..ArticleInput::default()
        })
        .deals
        .into_iter()
        .map(|d| d.vehicle)
        .collect()
}

#[test]
fn a_ventures_name_after_its_holdings_is_its_vehicle() {
    assert_eq!(
        venture_vehicles(
            "Fontelli et Kestane ont annoncé la création d'une coentreprise détenue à 60 % par \
             Fontelli et à 40 % par Kestane, baptisée Kesfon Power, pour produire des puces."
        ),
        [Some("Kesfon Power".to_string())]
    );
    assert_eq!(
        venture_vehicles(
            "Fontelli and Kestane said they would form a joint venture, 60% owned by Fontelli \
             and 40% by Kestane, to be called Kesfon Power."
        ),
        [Some("Kesfon Power".to_string())]
    );
}

#[test]
fn a_new_company_named_in_the_next_sentence_is_the_ventures_vehicle() {
    assert_eq!(
        venture_vehicles(
            "Kolvane and Dravena said they would form a joint venture to build batteries. \
             The new company, owned equally by the two groups, will be named Norvolt."
        ),
        [Some("Norvolt".to_string())]
    );
    assert_eq!(
        venture_vehicles(
            "Kolvane et Dravena vont créer une coentreprise. La nouvelle société sera baptisée Norvolt."
        ),
        [Some("Norvolt".to_string())]
    );
    // "La société commune": an adjective after the head makes it joint.
    assert_eq!(
        venture_vehicles(
            "Kolvane et Dravena vont créer une coentreprise. La société commune, baptisée Norvolt, sera détenue à parts égales."
        ),
        [Some("Norvolt".to_string())]
    );
    // The name may open the sentence, before the description it names.
    assert_eq!(
        venture_vehicles(
            "Kolvane et Dravena ont créé une coentreprise. Baptisée Norvolt, la nouvelle société produira des batteries."
        ),
        [Some("Norvolt".to_string())]
    );
    assert_eq!(
        venture_vehicles(
            "Kolvane and Dravena formed a joint venture. Called Norvolt, the new company will make batteries."
        ),
        [Some("Norvolt".to_string())]
    );
    // ... and then the company described after it is the new one, "new"
    // or not.
    assert_eq!(
        venture_vehicles(
            "Kestane et Norlac vont créer une coentreprise détenue à parts égales. Baptisée Velyra, la société construira une usine de batteries."
        ),
        [Some("Velyra".to_string())]
    );
    assert_eq!(
        venture_vehicles(
            "Kestane and Norlac will form a joint venture. Called Velyra, the company will build a battery plant."
        ),
        [Some("Velyra".to_string())]
    );
    // Past a day and a place, the name its apposition calls a venture.
    assert_eq!(
        venture_vehicles(
            "Kolvane, Dravena et Orbelle ont dévoilé mardi à Paris Norvolt, une coentreprise."
        ),
        [Some("Norvolt".to_string())]
    );
    // A company named after a deal with a buyer is no venture.
    assert_eq!(
        venture_vehicles("Kolvane bought Dravena. The new company will be named Norvolt."),
        [None]
    );
}

#[test]
fn a_ventures_vehicle_is_the_name_the_sentence_gives_it_and_no_partners_parent() {
    let cases: [(&str, Option<&str>); 6] = [
        // A parent named in a partner's apposition is no vehicle.
        (
            "Tessera et Orvane Capital, filiale de Halvern, ont créé une coentreprise.",
            None,
        ),
        (
            "Tessera and Halvern's Orvane Capital formed the Pivex Partnership.",
            Some("Pivex Partnership"),
        ),
        // The name in apposition after a fund set up together.
        (
            "Tessera and Halvern set up a joint fund, Kelmix Capital, to back start-ups.",
            Some("Kelmix Capital"),
        ),
        // What partners own together is their venture.
        (
            "Tessera et Halvern détiennent conjointement Kelmix.",
            Some("Kelmix"),
        ),
        // The name a venture's apposition describes.
        (
            "Dravena, a joint venture between Tessera and Halvern, said on Monday.",
            Some("Dravena"),
        ),
        (
            "Dravena, une coentreprise de Tessera et Halvern, a annoncé lundi.",
            Some("Dravena"),
        ),
    ];
    for (text, vehicle) in cases {
        assert_eq!(
            venture_vehicles(text),
            [vehicle.map(str::to_string)],
            "{text}"
        );
    }
}

#[test]
fn a_word_of_goods_before_a_headlines_joint_venture_names_no_vehicle() {
    assert_eq!(
        venture_vehicles("Norlac, Kelmix Form Battery Joint Venture"),
        [None]
    );
    assert_eq!(
        venture_vehicles("Norlac and Kelmix form Voltra joint venture"),
        [Some("Voltra".to_string())]
    );
}

#[test]
fn a_wires_update_number_is_no_part_of_the_headlines_first_name() {
    let deals = Extractor::new(Aliases::default())
        .extract(&ArticleInput {
            id: "t".into(),
            text: "UPDATE 2-Norlac to buy Kelmix for $2 bln".into(),
            ..ArticleInput::default()
        })
        .deals;
    let names: Vec<&str> = deals
        .iter()
        .flat_map(|d| d.parties.iter().map(|p| p.name.as_str()))
        .collect();
    assert!(names.contains(&"Norlac"), "{names:?}");
}

#[test]
fn the_name_after_a_company_told_joint_or_new_is_the_ventures_vehicle() {
    assert_eq!(
        venture_vehicles("Kolvane has teamed up with Dravena to create a joint company, Norvolt."),
        [Some("Norvolt".to_string())]
    );
    assert_eq!(
        venture_vehicles(
            "Kolvane et Dravena ont créé une société commune, Norvolt, pour produire de l'hydrogène."
        ),
        [Some("Norvolt".to_string())]
    );
    assert_eq!(
        venture_vehicles("Kolvane et Dravena vont créer une nouvelle société, Norvolt."),
        [Some("Norvolt".to_string())]
    );
    // Named after one of its partners, set off by a comma after "a new
    // company": the venture, no longer form of that partner's name.
    assert_eq!(
        venture_vehicles(
            "Orvane and Dorvane will combine their tower assets in a new company, Dorvane Towers Europe, owned equally."
        ),
        [Some("Dorvane Towers Europe".to_string())]
    );
}
