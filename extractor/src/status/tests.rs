use super::*;

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

fn status_in(sentence: &str, deal_type: DealType) -> Status {
    let w = words(sentence);
    let scope = Scope {
        local: &w,
        clause: &w,
        sentence: &w,
    };
    status_of(scope, deal_type, false).0
}

#[test]
fn talks_said_to_fail_after_but_cancel_the_deal_before() {
    assert!(talks_failed(&words("mais les négociations ont échoué")));
    assert!(talks_failed(&words("but the talks collapsed in May")));
    assert!(talks_failed(&words(
        "avant que les négociations n' échouent sur le prix"
    )));
    assert!(talks_failed(&words(
        "before the talks broke down over price"
    )));
    assert!(!talks_failed(&words("but its shares were blocked")));
    assert!(!talks_failed(&words("and the talks collapsed")));
}

#[test]
fn a_deal_in_a_fronted_clause_of_time_takes_its_time_from_the_main_clause() {
    let fronted = |sentence: &str, local: usize| {
        let w = words(sentence);
        let scope = Scope {
            local: &w[..local],
            clause: &w[..local],
            sentence: &w,
        };
        status_of(scope, DealType::Acquisition, false).0
    };
    assert_eq!(
        fronted(
            "before selling kelmix to its managers orbis had 800 staff",
            5
        ),
        Status::Completed
    );
    assert_eq!(
        fronted(
            "before selling kelmix to its managers orbis will cut jobs",
            5
        ),
        Status::Announced
    );
    assert_eq!(
        fronted("after buying kelmix orbis will cut jobs", 3),
        Status::Completed
    );
}

#[test]
fn conditionals_are_rumored_and_past_is_completed() {
    assert_eq!(
        status_in(
            "softbank pourrait investir 25 milliards",
            DealType::Investment
        ),
        Status::Rumored
    );
    assert_eq!(
        status_in(
            "qui a investi pour la première fois en 2019",
            DealType::Investment
        ),
        Status::Completed
    );
    assert_eq!(
        status_in("has agreed to buy usg", DealType::Acquisition),
        Status::Announced
    );
}

#[test]
fn the_nearest_scope_with_a_cue_decides() {
    let sentence =
        words("si l' accord se concrétise softbank dépassera microsoft qui a investi en 2019");
    let local = words("qui a investi en 2019");
    let scope = Scope {
        local: &local,
        clause: &sentence,
        sentence: &sentence,
    };
    assert_eq!(
        status_of(scope, DealType::Investment, false).0,
        Status::Completed
    );
}

#[test]
fn future_markers_yield_to_past_tense() {
    assert_eq!(
        status_in("cabot to acquire kmg", DealType::Acquisition),
        Status::Announced
    );
    assert_eq!(
        status_in(
            "that attracted sequoia to lead the round",
            DealType::Investment
        ),
        Status::Completed
    );
    assert_eq!(
        status_in(
            "la startup signe une levée de 20 millions rassemblés auprès de",
            DealType::Investment
        ),
        Status::Completed
    );
}

#[test]
fn a_launched_offer_is_announced() {
    let w = words("a lancé officiellement une offre publique d' achat");
    let scope = Scope {
        local: &w,
        clause: &w,
        sentence: &w,
    };
    assert_eq!(
        status_of(scope, DealType::Acquisition, true).0,
        Status::Announced
    );
}

#[test]
fn offers_are_rumored_until_accepted() {
    assert!(is_offer(&words("prolonge son offre de rachat")));
    assert!(!is_offer(&words("acacia agrees to cisco 's offer")));
}

#[test]
fn years_need_a_preposition() {
    assert_eq!(
        year_in(&words("a investi en 2019")),
        Some(Date {
            year: 2019,
            month: 0,
            day: 0
        })
    );
    assert_eq!(
        year_in(&words("in march 2023 it")),
        Some(Date {
            year: 2023,
            month: 3,
            day: 0
        })
    );
    assert_eq!(year_in(&words("2019 was")), None);
}

#[test]
fn negation_and_cancellation() {
    assert!(negated(&words("amazon n' a pas confirmé d'")));
    assert!(negated(&words("partners will not")));
    assert!(!negated(&words("plus de")));
    assert!(cancelled(&words("the deal was called off")));
}

#[test]
fn a_completion_in_a_present_clause_of_time_tells_when_not_what_is_done() {
    assert!(!completed_cue(&words(
        "it would sell the unit after the deal closes"
    )));
    assert!(!completed_cue(&words("une fois l'opération finalisée")));
    assert!(completed_cue(&words(
        "debt incurred when the company purchased the unit"
    )));
}

#[test]
fn a_company_withdrawn_from_the_stock_market_is_no_deal_withdrawn() {
    assert!(!cancelled(&words(
        "qui l' avaient retirée de la cote en 2015"
    )));
    assert!(cancelled(&words("l' offre a été retirée")));
}
