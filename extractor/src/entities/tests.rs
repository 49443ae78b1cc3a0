use super::*;
use dealwire_core::tokens::tokenize;

fn names(sentence: &str) -> Vec<String> {
    let toks = tokenize(sentence);
    let mut vocab = ArticleVocabulary::default();
    vocab.observe(&toks);
    vocab.finish([toks.as_slice()]);
    let aliases = Aliases::default();
    find_orgs(&toks, sentence, &aliases, &vocab)
        .into_iter()
        .map(|m| m.known.unwrap_or(m.surface))
        .collect()
}

#[test]
fn known_names_resolve_through_aliases() {
    assert_eq!(
        names("Un accord entre SoftBank et Open AI a été signé."),
        ["SoftBank", "OpenAI"]
    );
    assert_eq!(
        names("La division Amazon Web Services fournit le calcul."),
        ["Amazon"]
    );
}

#[test]
fn unknown_names_are_found_from_capitals() {
    assert_eq!(
        names("La startup Cooptalis lève 20 millions auprès de Finorpa et de Breed Reply."),
        ["Cooptalis", "Finorpa", "Breed Reply"]
    );
    assert_eq!(
        names("Medical supplier Becton Dickinson & Co has agreed to buy CareFusion Corp, a maker."),
        ["Becton Dickinson", "CareFusion"]
    );
}

#[test]
fn people_places_and_openers_are_not_organisations() {
    assert!(names("Selon Donald Trump, le Texas et Paris attirent des capitaux.").is_empty());
    assert!(names("Le PDG Sam Altman a parlé lundi.").is_empty());
    assert_eq!(
        names("German manufacturer Knauf will buy Chicago-based USG."),
        ["Knauf", "USG"]
    );
}

/// The organisations of each sentence of a document, as written.
fn document(sentences: &[&str]) -> Vec<Vec<String>> {
    let toks: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(s)).collect();
    document_orgs(
        sentences.iter().zip(&toks).map(|(s, t)| (*s, t.as_slice())),
        &Aliases::default(),
        false,
    )
    .into_iter()
    .map(|n| {
        n.orgs
            .into_iter()
            .map(|m| m.known.unwrap_or(m.surface))
            .collect()
    })
    .collect()
}

#[test]
fn places_and_nationalities_are_not_organisations() {
    assert_eq!(
        names("Japanese group Vantora and British rival Kelmix met in Mexico."),
        ["Vantora", "Kelmix"]
    );
    assert!(names("Talks between the Soviet Union and the U.K. resumed.").is_empty());
    assert!(names("Les Allemands et la Chine négocient avec le Royaume-Uni.").is_empty());
}

#[test]
fn a_town_named_like_a_company_is_a_place_only_after_a_locative() {
    assert_eq!(names("Shares of Orange rose."), ["Orange"]);
    assert_eq!(
        names("A plant built by Vantora opened in Santander."),
        ["Vantora"]
    );
}

#[test]
fn and_joins_two_runs_into_one_name_that_ends_like_an_organisations() {
    assert_eq!(
        names("A filing by Vantora told the Securities and Exchange Commission of the sale."),
        ["Vantora", "Securities and Exchange Commission"]
    );
    assert_eq!(
        names("Kelmix bought Corroon and Black Corp last year."),
        ["Kelmix", "Corroon and Black"]
    );
    assert_eq!(names("Kelmix and Vantora signed."), ["Kelmix", "Vantora"]);
}

#[test]
fn a_title_ends_a_company_name_and_the_person_after_it_is_no_company() {
    assert_eq!(
        names("Shares of Vantora CEO Jane Doe were sold to Kelmix."),
        ["Vantora", "Kelmix"]
    );
    assert_eq!(
        names("The fund of billionaire Asher Mott bought Kelmix."),
        ["Kelmix"]
    );
}

#[test]
fn a_known_name_written_on_names_a_company_of_its_own() {
    assert_eq!(
        names("Shares of Siemens Energy rose while Vodafone Group sold Microsoft France."),
        ["Siemens Energy", "Vodafone", "Microsoft"]
    );
    // Two known names side by side stay two names.
    assert_eq!(names("Photo : OpenAI SoftBank"), ["OpenAI", "SoftBank"]);
    // A title after the known name ends it.
    assert_eq!(names("Microsoft CEO Satya Nadella spoke."), ["Microsoft"]);
}

#[test]
fn a_french_possessive_after_a_name_is_no_legal_form() {
    let text = "Airbus sa filiale vend Kelmix SA.";
    let toks = tokenize(text);
    let vocab = ArticleVocabulary::default();
    let orgs = find_orgs(&toks, text, &Aliases::default(), &vocab);
    assert_eq!(orgs[0].last, 1);
    // The form keeps the dot written against it.
    assert_eq!(legal_form_end(&toks, orgs[1].last), toks.len());
}

#[test]
fn a_legal_form_after_a_comma_closes_the_name() {
    let toks = tokenize("bought by Jaadhu Holdings, LLC.");
    assert_eq!(legal_form_end(&toks, 4), toks.len());
    let toks = tokenize("Kelmix, Inc. and Vantora signed");
    assert_eq!(legal_form_end(&toks, 1), 4);
    // A word after the form says the comma was a list's.
    let toks = tokenize("Kelmix, SE Asia buyers");
    assert_eq!(legal_form_end(&toks, 1), 1);
}

#[test]
fn people_are_told_by_given_names_of_many_countries_unless_the_name_ends_like_a_company() {
    assert_eq!(
        names("Katja Weller met Slawomir Kowal at Talen Energy on Monday."),
        ["Talen Energy"]
    );
}

#[test]
fn a_surname_alone_after_the_full_name_is_still_the_person() {
    let orgs = document(&[
        "Kelmix chief Katja Quarry spoke on Monday.",
        "On Tuesday, Quarry said she would stay at Kelmix.",
    ]);
    assert_eq!(orgs[1], ["Kelmix"]);
}

#[test]
fn a_surname_after_a_title_and_an_unlisted_given_name_is_still_the_person() {
    let orgs = document(&[
        "Union president Jorvak Quelland met Kelmix on Monday.",
        "Quelland said Kelmix would sign with Orvane.",
    ]);
    assert_eq!(orgs[1], ["Kelmix", "Orvane"]);
    let orgs = document(&[
        "President Reagan met Kelmix on Monday.",
        "Reagan said Kelmix would sign with Orvane.",
    ]);
    assert_eq!(orgs[1], ["Kelmix", "Orvane"]);
}

#[test]
fn a_surname_after_a_middle_initial_is_still_the_person() {
    let orgs = document(&[
        "Kelmix was founded by Delwyn J. Quarrant in 1980.",
        "Quarrant said Kelmix would sign with Orvane.",
    ]);
    assert_eq!(orgs[1], ["Kelmix", "Orvane"]);
}

#[test]
fn a_military_rank_opens_a_persons_name_and_general_does_before_a_given_name() {
    assert_eq!(names("Colonel Jesse Quarrant visited Kelmix."), ["Kelmix"]);
    assert_eq!(names("General Manuel Quarrant visited Kelmix."), ["Kelmix"]);
    assert_eq!(
        names("General Kelmix Corp bought Orvane."),
        ["General Kelmix", "Orvane"]
    );
    let orgs = document(&[
        "Troops led by General Manuel Quarrant took the town.",
        "Quarrant said Kelmix would sign with Orvane.",
    ]);
    assert_eq!(orgs[1], ["Kelmix", "Orvane"]);
}

#[test]
fn a_day_in_words_after_its_month_or_a_span_of_months_is_no_organisation() {
    assert_eq!(
        names("On December Four, Kelmix rejected the offer."),
        ["Kelmix"]
    );
    assert_eq!(
        names("Kelmix expects growth in the April-June quarter."),
        ["Kelmix"]
    );
}

#[test]
fn medicines_laws_fairs_and_services_named_with_capitals_are_no_organisations() {
    assert_eq!(
        names("Kelmix said sales of Keytruda and Mounjaro rose."),
        ["Kelmix"]
    );
    assert_eq!(
        names("Kelmix a annoncé à Choose France un investissement soumis au RGPD."),
        ["Kelmix"]
    );
}

#[test]
fn a_name_placed_near_or_some_kilometres_from_is_a_place() {
    assert_eq!(
        names("Kelmix a construit une usine près de Quarrville, à 10 km de Norbourg."),
        ["Kelmix"]
    );
}

#[test]
fn a_name_set_off_by_commas_after_a_is_where_the_company_is() {
    assert_eq!(
        names("Orvane a racheté la maison Kelmix, à Quarrville, puis la société Pivex."),
        ["Orvane", "Kelmix", "Pivex"]
    );
}

#[test]
fn nationalities_joined_by_a_capitalised_and_name_no_one() {
    assert_eq!(
        names("Kelmix and its American And Japanese partners bid for Orvane."),
        ["Kelmix", "Orvane"]
    );
}

#[test]
fn events_named_for_a_competition_or_a_holiday_are_not_organisations() {
    assert_eq!(
        names("Kelmix sponsored the Hong Kong Open and the Fed Cup before Labor Day."),
        ["Kelmix"]
    );
}

#[test]
fn a_datelines_place_in_capitals_before_its_date_is_no_organisation() {
    assert_eq!(
        names("KELMOR, Aug 31 - Orvane said it would buy Tessera."),
        ["Orvane", "Tessera"]
    );
    assert_eq!(
        names("KELMOR 1996-08-31 Orvane said it would buy Tessera."),
        ["Orvane", "Tessera"]
    );
}

#[test]
fn french_departments_and_regions_are_places() {
    assert!(names("Le site de Pas-de-Calais et celui des Yvelines ferment.").is_empty());
}

#[test]
fn a_french_institution_written_on_in_lowercase_is_one_name() {
    assert_eq!(
        names("La Banque publique d'investissement et la Commission européenne aident Kelmix."),
        [
            "Banque publique d'investissement",
            "Commission européenne",
            "Kelmix"
        ]
    );
    assert_eq!(
        names("L'Autorité des marchés financiers a validé l'offre de Vantora."),
        ["Autorité des marchés financiers", "Vantora"]
    );
    // A complement with no adjective is no part of the name.
    assert_eq!(names("La Banque de Vantora prête."), ["Banque de Vantora"]);
    assert!(names("Une Banque de dépôt prête.").is_empty());
    // Inside a sentence, after a definite article, the capital names it.
    assert_eq!(
        names("Ynsect a levé des fonds auprès de la Caisse des dépôts."),
        ["Ynsect", "Caisse des dépôts"]
    );
}

#[test]
fn a_word_in_brackets_inside_a_name_belongs_to_it_but_an_acronym_does_not() {
    assert_eq!(
        names("Shares of Kelmix Equity (Pacific) Ltd rose."),
        ["Kelmix Equity (Pacific)"]
    );
    assert_eq!(
        names("Shares of Affiliated Kelmix Services (AKS) rose."),
        ["Affiliated Kelmix Services", "AKS"]
    );
}

#[test]
fn initials_with_their_dot_stay_in_the_name() {
    assert_eq!(
        names("A unit of Kelmix hired E.F. Hutton to sell it."),
        ["Kelmix", "E.F. Hutton"]
    );
}

#[test]
fn a_headline_in_capitals_keeps_only_the_names_the_story_writes() {
    let orgs = document(&[
        "VANTORA <VNT> COMPLETES ACQUISITION OF KELMIX",
        "Shares of Vantora rose after it bought Kelmix.",
    ]);
    assert_eq!(orgs[0], ["VANTORA", "KELMIX"]);
}

#[test]
fn names_broken_over_lines_read_as_written_and_tickers_are_no_names() {
    assert_eq!(
        names("Shares of Vantora <VNT.PA> rose after it bought Golden\nNugget Casino Hotel."),
        ["Vantora", "Golden Nugget Casino Hotel"]
    );
}

#[test]
fn a_symbol_with_its_market_code_in_angle_brackets_is_no_name_but_a_bracketed_name_is() {
    assert_eq!(
        names("Tessova Kelmora AB <TKAB ST> agreed to buy Quellin AB <QLN B>."),
        ["Tessova Kelmora", "Quellin"]
    );
    // Newswires bracket names too: a legal suffix or a longer word is a
    // name's.
    assert_eq!(
        names("Vantora said it would sell the unit to <Dravik PLC> and <Orvane Cable>."),
        ["Vantora", "Dravik", "Orvane Cable"]
    );
}

#[test]
fn a_series_letter_before_a_relative_names_nothing() {
    assert_eq!(
        names(
            "Tarrin Ventures led Kelmix's $30 million Series B, which also included Corlith Partners."
        ),
        ["Tarrin Ventures", "Kelmix", "Corlith Partners"]
    );
}

#[test]
fn a_name_after_the_and_a_lowercase_compass_word_is_a_region() {
    assert_eq!(
        names("Kelmix Resources sold its fishing fleet off the western Tasman to Dravik Corp."),
        ["Kelmix Resources", "Dravik"]
    );
}

#[test]
fn companies_named_after_their_founders_are_companies() {
    assert_eq!(
        names("Shares of Charles Schwab rose while Eli Lilly and Philip Morris fell."),
        ["Charles Schwab", "Eli Lilly", "Philip Morris"]
    );
    // A person of the same family name stays a person.
    assert_eq!(
        names("Arnaud Lagardère said Lagardère would sell."),
        ["Lagardère"]
    );
}

#[test]
fn a_number_written_against_a_name_opens_it() {
    assert_eq!(
        names("Shares of 7-Eleven rose after 10T Holdings bought a stake in 23andMe."),
        ["7-Eleven", "10T Holdings", "23andMe"]
    );
    assert_eq!(
        names("Kelmix raised 10M from Vantora."),
        ["Kelmix", "Vantora"]
    );
}

#[test]
fn stock_symbols_in_brackets_are_no_names() {
    assert_eq!(
        names("Vantora Corp. (VNT-T) and Kelmix Inc (NYSE: KLX) signed a deal."),
        ["Vantora", "Kelmix"]
    );
    assert_eq!(
        names("Vantora Minerals Corp. (TSXV: VMC) and Kelmix Ltd (ASX: KLX) signed a deal."),
        ["Vantora Minerals", "Kelmix"]
    );
    // An exchange's short name after the hyphen, two listings in one bracket.
    assert_eq!(
        names("Vantora Corp. (VNT-TSXV) and Kelmix Inc. (KLX-T; KLX-N) signed a deal."),
        ["Vantora", "Kelmix"]
    );
}

#[test]
fn products_indices_and_laws_are_not_organisations() {
    assert_eq!(
        names("Shares of Vantora fell as the CAC 40 slipped and the Chips Act passed."),
        ["Vantora"]
    );
}

#[test]
fn a_title_case_headline_is_not_read_as_one_name() {
    let orgs = document(&[
        "Vantora Agrees To Buy Kelmix Unit",
        "Vantora said it agrees to buy a unit of Kelmix for $20 million.",
    ]);
    assert_eq!(orgs[0], ["Vantora", "Kelmix"]);
}

#[test]
fn an_article_title_may_leave_its_short_words_in_lowercase() {
    let orgs = document(&[
        "Kelmix Sold to Orvane for $2 Billion",
        "The sale closed on Monday.",
    ]);
    assert_eq!(orgs[0], ["Kelmix", "Orvane"]);
    let orgs = document(&["Dravena Shares Jump on Takeover Talk", "Trading was heavy."]);
    assert_eq!(orgs[0], ["Dravena"]);
}

#[test]
fn a_title_word_the_story_never_capitalises_names_nothing() {
    let orgs = document(&[
        "Varnell Nears Deal to Buy Scoria in Bet on Surgical Robots",
        "The talks between Varnell Inc and Scoria Corp are advanced.",
    ]);
    assert_eq!(orgs[0], ["Varnell", "Scoria"]);
}

#[test]
fn a_three_word_headline_around_its_verb_names_two_companies() {
    let orgs = document(&[
        "Dravena Buys Quarrant",
        "Dravena bought Quarrant on Monday.",
    ]);
    assert_eq!(orgs[0], ["Dravena", "Quarrant"]);
    assert_eq!(names("Bank Of America"), ["Bank Of America"]);
}

#[test]
fn a_headline_verb_after_to_and_before_a_determiner_is_no_name() {
    let orgs = document(&[
        "Halvern Raises $40 Million To Grow Its Fleet",
        "Halvern has raised $40 million from Quell to grow its fleet.",
    ]);
    assert_eq!(orgs[0], ["Halvern"]);
    let orgs = document(&[
        "Halvern Sells Unit To Orvane For $3 Million",
        "Halvern sold its unit to Orvane.",
    ]);
    assert!(orgs[0].contains(&"Orvane".to_string()), "{:?}", orgs[0]);
}

#[test]
fn projects_in_quotes_are_not_parties() {
    assert_eq!(
        names("SoftBank et OpenAI sont associés au sein de «Stargate», un projet."),
        ["SoftBank", "OpenAI"]
    );
}

#[test]
fn short_forms_and_acronyms_resolve_to_the_long_name() {
    let text = "Xerox will buy Affiliated Computer Services (ACS) now";
    let toks = tokenize(text);
    let vocab = ArticleVocabulary::default();
    let orgs = find_orgs(&toks, text, &Aliases::default(), &vocab);
    let acr = acronyms(&toks, text, &orgs);
    let short = OrgMention {
        first: 0,
        last: 1,
        surface: "ACS".into(),
        known: None,
    };
    let table = EntityTable::build(&[orgs, vec![short.clone()]].concat(), &acr, &[], &[]);
    assert_eq!(table.resolve(&short), "Affiliated Computer Services");
    let m = OrgMention {
        first: 0,
        last: 1,
        surface: "Cabot".into(),
        known: None,
    };
    let long = OrgMention {
        first: 0,
        last: 2,
        surface: "Cabot Microelectronics".into(),
        known: None,
    };
    let table = EntityTable::build(&[m.clone(), long.clone()], &[], &[], &[]);
    assert_eq!(table.resolve(&m), "Cabot Microelectronics");
    let vehicle = ["cabot microelectronics".to_string()];
    let table = EntityTable::build(&[m.clone(), long], &[], &[], &vehicle);
    assert_eq!(table.resolve(&m), "Cabot");
}

#[test]
fn a_place_of_several_words_after_de_says_where_a_fund_is_from() {
    assert_eq!(
        names("Le fonds souverain d'Abou Dhabi Vantora investit."),
        ["Vantora"]
    );
    // A company's own name may open with a place ("New York Times").
    assert_eq!(
        names("The New York Times Company said."),
        ["New York Times Company"]
    );
}

#[test]
fn a_french_head_keeps_an_article_inside_its_name() {
    assert_eq!(
        names("Vantora a racheté les Chantiers de l'Atlantique en 2019."),
        ["Vantora", "Chantiers de l'Atlantique"]
    );
    assert_eq!(
        names("Vantora s'allie à la Compagnie de la Baie."),
        ["Vantora", "Compagnie de la Baie"]
    );
}

#[test]
fn a_unit_named_after_a_possessive_is_no_person() {
    assert_eq!(
        names("Vantora sold its Elida Beauty unit to Kolvane Partners."),
        ["Vantora", "Elida Beauty", "Kolvane Partners"]
    );
    assert_eq!(
        names("Vantora a cédé sa filiale Marie Claire à Kolvane."),
        ["Vantora", "Marie Claire", "Kolvane"]
    );
}

#[test]
fn a_relation_noun_after_a_hyphen_makes_an_adjective_before_the_name() {
    assert_eq!(
        names("Orbelle-rival Tessera invested in Kestane."),
        ["Tessera", "Kestane"]
    );
    assert_eq!(
        names("Vantora-parent Kolvane Group agreed to sell a stake."),
        ["Kolvane Group"]
    );
}

#[test]
fn a_lone_word_before_a_short_lowercase_aside_and_a_verb_is_a_subject() {
    assert_eq!(
        names("Vantora, en redressement judiciaire, sera reprise par Kolvane."),
        ["Vantora", "Kolvane"]
    );
    assert_eq!(
        names("Vantora, in difficulty, will be sold to Kolvane."),
        ["Vantora", "Kolvane"]
    );
    assert_eq!(
        names("Meanwhile, in a statement, Kolvane said it would grow."),
        ["Kolvane"]
    );
}

#[test]
fn units_of_energy_written_with_capitals_are_no_names() {
    assert_eq!(
        names("Dravelle will buy 300 GWh a year and 40 MW of capacity from Pivex."),
        ["Dravelle", "Pivex"]
    );
}

#[test]
fn a_nordic_legal_form_with_a_slash_is_no_part_of_the_name() {
    assert_eq!(
        names("Danish shipper Norvik A/S agreed to buy Kelmix Holding A/S on Monday."),
        ["Norvik", "Kelmix Holding"]
    );
}

#[test]
fn a_trade_acronym_after_its_description_is_no_part_of_the_name() {
    assert_eq!(
        names("Le géant du BTP Vendôme Construction rachète l'allemand Baustahl."),
        ["Vendôme Construction", "Baustahl"]
    );
    assert_eq!(
        names("Le leader du SaaS RH Kelmix lève 10 millions d'euros."),
        ["Kelmix"]
    );
}

#[test]
fn a_name_found_elsewhere_in_the_article_is_found_where_it_opens_a_sentence() {
    let found = document(&[
        "Paylane raised $10 million from Orvane.",
        "Paylane operates in Germany.",
    ]);
    assert_eq!(found[1], ["Paylane"]);
}

#[test]
fn an_insurers_life_ends_a_name_and_goes_on_after_and() {
    assert_eq!(
        names("Crestline Partners made a bid for Harlow Life on Monday."),
        ["Crestline Partners", "Harlow Life"]
    );
    assert_eq!(
        names("Norvane Life and Casualty Co said it would sell the unit."),
        ["Norvane Life and Casualty"]
    );
}

#[test]
fn acronyms_in_the_plural_are_things_not_organisations() {
    assert_eq!(
        names("The chips pair Kelmix GPUs with Orvane's CPUs and NGOs."),
        ["Kelmix", "Orvane"]
    );
}

#[test]
fn surnames_joined_by_an_ampersand_name_a_firm_but_two_people_stay_people() {
    assert_eq!(
        names("Opella was sold to Clayton Dravel & Rice."),
        ["Opella", "Clayton Dravel & Rice"]
    );
    assert!(names("The show is hosted by Karen Lodd & Harvey Dane.").is_empty());
}

#[test]
fn a_place_closing_a_subsidiarys_name_is_part_of_it() {
    assert_eq!(
        names("EDF a cédé 50 % de sa filiale EDF Renewables UK à Kelmix."),
        ["EDF", "EDF Renewables UK", "Kelmix"]
    );
}

#[test]
fn a_country_opening_its_own_service_is_part_of_the_name() {
    assert_eq!(
        names("Varnell won a contract from the U.S. Army and the British Navy."),
        ["Varnell", "U.S. Army", "British Navy"]
    );
    // A service before a title names a person's office, no party.
    assert!(
        !names("He met U.S. Treasury Secretary Ann Pell.").contains(&"U.S. Treasury".to_string())
    );
}

#[test]
fn a_country_opening_a_groups_name_of_three_words_is_part_of_it() {
    assert_eq!(
        names("Pellow was bought by China Kelmix Group."),
        ["Pellow", "China Kelmix Group"]
    );
    assert_eq!(
        names("Japan Orvane Holdings bought Tessmere."),
        ["Japan Orvane Holdings", "Tessmere"]
    );
    // A country's companies in the plural name no group.
    assert!(
        !names("Blue Kelmix will buy a group of U.S. Companies.")
            .iter()
            .any(|n| n.contains("U.S."))
    );
}

#[test]
fn two_trade_words_joined_by_and_after_a_name_close_it() {
    assert_eq!(
        names("Scoria Petroleum agreed to acquire Norlac Oil and Gas."),
        ["Scoria Petroleum", "Norlac Oil and Gas"]
    );
    // Two names of their own stay two.
    assert_eq!(
        names("Orvane Bank and Kelmix Capital invested in Tessova."),
        ["Orvane Bank", "Kelmix Capital", "Tessova"]
    );
}

#[test]
fn a_pension_plan_or_an_endowment_before_and_is_a_name_of_its_own() {
    assert_eq!(
        names("Dolvane raised money from Orvane Pension Plan and Kelmix Retirement Fund."),
        ["Dolvane", "Orvane Pension Plan", "Kelmix Retirement Fund"]
    );
    assert_eq!(
        names("Tessova is backed by the Ostrel Endowment and Brannock Capital."),
        ["Tessova", "Ostrel Endowment", "Brannock Capital"]
    );
}

#[test]
fn the_of_after_a_merger_names_two_companies_joined_by_and() {
    assert_eq!(
        names("Tessova was formed through the merger of Orvane Savings and Kelmix Trust."),
        ["Tessova", "Orvane Savings", "Kelmix Trust"]
    );
    assert_eq!(
        names("La fusion de Orvane Assurances et Kelmix Vie a été finalisée."),
        ["Orvane Assurances", "Kelmix Vie"]
    );
}

#[test]
fn holders_opening_a_sentence_name_no_company() {
    assert_eq!(
        names("Holders of Tessova approved the sale to Orvane."),
        ["Tessova", "Orvane"]
    );
}

#[test]
fn a_single_word_opening_a_sentence_is_a_name_when_a_share_held_and_its_owner_describe_it() {
    assert_eq!(
        names("Pellow, 45% owned by Ternway, will buy Scoria."),
        ["Pellow", "Ternway", "Scoria"]
    );
    assert_eq!(
        names("Pellow, 60 percent owned by Ternway, cut jobs."),
        ["Pellow", "Ternway"]
    );
    assert_eq!(
        names("Pellow, a 30%-owned affiliate of Ternway, cut jobs."),
        ["Pellow", "Ternway"]
    );
    assert_eq!(
        names("Pellow, une filiale à 80 % de Ternway, supprime des emplois."),
        ["Pellow", "Ternway"]
    );
    // A share closing the text reads nothing past its end.
    for text in [
        "Ternway owns Pellow, 45%",
        "Ternway owns Pellow, 30 per cent",
    ] {
        assert!(!names(text).is_empty(), "{text}");
    }
}

#[test]
fn the_name_after_a_smelter_a_mill_or_a_steelworks_is_a_place() {
    assert_eq!(
        names("Pellow will sell its smelter in Kelbridge to Ternway."),
        ["Pellow", "Ternway"]
    );
    assert_eq!(
        names("Pellow a cédé son aciérie de Kelbridge à Ternway."),
        ["Pellow", "Ternway"]
    );
}

#[test]
fn a_name_written_in_lowercase_only_inside_a_web_or_mail_address_stays_a_name() {
    assert_eq!(
        names("Pellow also signed a deal with Ternway, see www.pellow.com or press@pellow.com."),
        ["Pellow", "Ternway"]
    );
}

#[test]
fn a_model_code_with_a_hyphen_after_its_makers_name_is_no_part_of_the_name() {
    assert_eq!(
        names("Harvane Air ordered 40 Dravik A-220 jets and 12 Kelmix K-900 trucks."),
        ["Harvane Air", "Dravik", "Kelmix"]
    );
}

#[test]
fn a_family_firm_named_after_a_founder_stays_a_company_after_a_companys_noun() {
    let text = "Le joaillier milanais Corvelli a été racheté. Son président, Marco Corvelli, reste. \
                The Italian jeweller Corvelli agreed. The company said Corvelli would stay.";
    let found = names(text);
    assert_eq!(
        found.iter().filter(|n| *n == "Corvelli").count(),
        2,
        "{found:?}"
    );
}

#[test]
fn a_single_word_before_a_relative_whose_subject_is_a_name_is_a_name() {
    assert_eq!(
        names("Velmora, que Tessaro a rachetée en 2021, fabrique des vannes."),
        ["Velmora", "Tessaro"]
    );
    assert_eq!(
        names("Velmora, qu'Orvane a rachetée en 2021, fabrique des vannes."),
        ["Velmora", "Orvane"]
    );
}

#[test]
fn a_name_followed_by_a_lowercase_feature_of_the_land_is_a_place() {
    assert_eq!(
        names("Ostrel will buy wells in the Varrow basin from Kelvane Gas Partners."),
        ["Ostrel", "Kelvane Gas Partners"]
    );
    assert_eq!(
        names("Dorvane Resources owns farms in the Tessel valley and the Corrin region."),
        ["Dorvane Resources"]
    );
    // A company's own name keeps its legal form or its head.
    assert_eq!(
        names("Varrow Basin Energy Inc sold its pipelines to Ostrel."),
        ["Varrow Basin Energy", "Ostrel"]
    );
}

#[test]
fn an_oil_or_gas_field_named_in_capitals_is_a_site() {
    assert_eq!(
        names("Ostrel bought a 40 pct interest in the Varrow Gas Field from Kelvane Oil Co."),
        ["Ostrel", "Kelvane Oil"]
    );
    assert_eq!(
        names("Dorvane will drill two wells in the Tessel Oil Fields."),
        ["Dorvane"]
    );
    // A company's own name keeps its legal form.
    assert_eq!(
        names("Varrow Gas Field Services Inc sold its rigs to Ostrel."),
        ["Varrow Gas Field Services", "Ostrel"]
    );
}

#[test]
fn a_name_between_an_owners_possessive_and_a_sites_noun_is_the_site() {
    assert_eq!(
        names("Ostrel sold its Varrow offshore gas field to Kelvane."),
        ["Ostrel", "Kelvane"]
    );
    assert_eq!(
        names("Kelvane bought a stake in Ostrel's Tarn copper mine."),
        ["Kelvane", "Ostrel"]
    );
    // A company with its legal form stays one; a unit is no site.
    assert_eq!(
        names("Ostrel sold its Varrow Mining Ltd copper mine to Kelvane."),
        ["Ostrel", "Varrow Mining", "Kelvane"]
    );
    assert_eq!(
        names("Ostrel sold its Varrow unit to Kelvane."),
        ["Ostrel", "Varrow", "Kelvane"]
    );
}

#[test]
fn a_french_trade_closing_a_first_name_makes_a_company() {
    assert_eq!(
        names("Gaspard Immobilier a racheté Kelvane."),
        ["Gaspard Immobilier", "Kelvane"]
    );
    assert_eq!(
        names("Morel Participations a cédé ses parts à Ostrel."),
        ["Morel Participations", "Ostrel"]
    );
}

#[test]
fn a_demonym_before_a_companys_description_is_no_name() {
    assert_eq!(
        names("Ostrel bought Tasmanian cheese maker Kelvane."),
        ["Ostrel", "Kelvane"]
    );
    // A name with that ending, followed by no description, stays.
    assert_eq!(
        names("Meridian said it sold Kelvane."),
        ["Meridian", "Kelvane"]
    );
}

#[test]
fn the_european_currency_unit_is_no_name() {
    assert_eq!(
        names("Orvane Trust lent Tessel 40 million ECU over five years."),
        ["Orvane Trust", "Tessel"]
    );
}

#[test]
fn a_countrys_initials_before_a_body_joined_by_and_open_no_name_of_their_own() {
    assert_eq!(
        names("Orvane filed papers with the U.S. Securities and Exchange Commission."),
        ["Orvane", "Securities and Exchange Commission"]
    );
    // Initials of a person's or a firm's name still make a name whole.
    assert_eq!(
        names("J.P. Morgan and Orvane Capital invested in Tessel."),
        ["JPMorgan", "Orvane Capital", "Tessel"]
    );
}

#[test]
fn a_french_institution_goes_on_with_the_place_it_serves_after_an_adjective() {
    assert_eq!(
        names("Les Hospices civils de Lyon ont choisi Tessel."),
        ["Hospices civils de Lyon", "Tessel"]
    );
    assert_eq!(
        names("La Caisse régionale de Normandie a racheté Tessel."),
        ["Caisse régionale de Normandie", "Tessel"]
    );
    // With no adjective, a place after "de" stays out ("la Banque de
    // Vantora" names a company by its own name).
    assert_eq!(names("La Banque de Vantora prête."), ["Banque de Vantora"]);
}

#[test]
fn a_french_units_parent_after_de_is_a_name_of_its_own() {
    assert_eq!(
        names("Vantora reprend la branche Daxter d'Orvane."),
        ["Vantora", "Daxter", "Orvane"]
    );
    // A body's head word keeps its place in the unit's name.
    assert_eq!(
        names("Vantora reprend la filiale Banque de Kinloch."),
        ["Vantora", "Banque de Kinloch"]
    );
}

#[test]
fn a_name_around_a_settlements_noun_and_its_of_is_a_place() {
    assert_eq!(
        names("Tessel will build a plant in the Arctic town of Varnholm."),
        ["Tessel"]
    );
    assert_eq!(
        names("Tessel a racheté une usine dans la ville de Varnholm."),
        ["Tessel"]
    );
    // A port's own authority, written in capitals, stays a name.
    assert_eq!(
        names("The Port of Varnholm signed a deal with Tessel."),
        ["Port of Varnholm", "Tessel"]
    );
}

#[test]
fn a_parent_by_its_common_noun_is_no_name() {
    let text = "Group sales 410 mln euros vs 380 mln\n    \
                Parent company sales 120 mln vs 118 mln\n    \
                Parent co operating profit 14 mln vs 12 mln";
    assert!(!names(text).iter().any(|n| n.starts_with("Parent")));
}

#[test]
fn a_metal_closing_a_run_after_a_given_name_names_a_miner() {
    assert_eq!(
        names("Kinloch bought the 40% of Delmar Gold it did not own."),
        ["Kinloch", "Delmar Gold"]
    );
    assert_eq!(
        names("Orvane holds 25 percent of Trent Copper."),
        ["Orvane", "Trent Copper"]
    );
}

#[test]
fn a_trade_closing_a_run_after_a_given_name_names_a_firm() {
    assert_eq!(
        names("Dravik is a takeover target of Brenton Auto."),
        ["Dravik", "Brenton Auto"]
    );
    assert_eq!(
        names("Kinloch holds 20% of Gordon Drilling."),
        ["Kinloch", "Gordon Drilling"]
    );
}

#[test]
fn one_word_before_and_with_a_trade_closing_the_next_run_is_a_name_of_its_own() {
    assert_eq!(
        names("Kelmix signed contracts with Orvane and Tessera Software."),
        ["Kelmix", "Orvane", "Tessera Software"]
    );
}
