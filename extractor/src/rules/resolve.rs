//! The organisations a trigger's argument groups stand for: names taken
//! as they are, pronouns and descriptions resolved through the sentence
//! and the article's context, each with the role its group plays.

use dealwire_core::model::Role;

use super::remainder;
use super::sentence::{Item, POSSESSIVES, Sentence, TIME_CONJUNCTIONS};
use super::shapes::{granting_authority, nearest_org_before_but};
use crate::coref::{Context, Reference};
use crate::lexicon::{self, REPORTING_VERBS};
use crate::triggers::Frame;

/// Descriptions read as one organisation, to learn ("le géant du BTP" is
/// Bouygues when it comes back).
pub(super) type Learned = Vec<(Vec<String>, String)>;

/// The parties the argument `groups` of a trigger name, in order, and the
/// descriptions resolved on the way.
pub(super) fn resolve_groups(
    s: &Sentence<'_>,
    groups: &[(Vec<usize>, Role)],
    subject: &[usize],
    ctx: &Context,
) -> (Vec<(String, Role)>, Learned) {
    let n = s.items.len();
    // A description never stands for an organisation its own sentence
    // names after it ("le groupe de BTP ... pour acquérir SFR ... à
    // Vivendi"); one named before it may be what it refers back to
    // ("Varenne n'en est pas à son coup d'essai : le groupe avait racheté").
    let named: Vec<(usize, &String)> = (0..n)
        .filter_map(|j| match &s.items[j].2 {
            Item::Ref(Reference::Org(o)) => Some((j, o)),
            _ => None,
        })
        .collect();
    let in_groups: Vec<usize> = groups.iter().flat_map(|(g, _)| g.iter().copied()).collect();
    // Whether a reporting verb follows the sentence's first item within
    // `within` items, words only between ("Orvane said", "Orvane Chairman
    // Tom Reed said"): the name opening the sentence tells it.
    let first_name_tells = |within: usize| {
        (1..s.items.len().min(within))
            .take_while(|&j| s.items[j].2 == Item::Word)
            .any(|j| s.is_in(j, &REPORTING_VERBS))
            // "Selvane, a Lyon-based maker of sensors, said": past an
            // apposition set off by commas.
            || (s.items.len() > 2
                && s.items[1].2 == Item::Punct
                && s.norm(1) == ","
                && s.is_word(2, &["a", "an", "the", "un", "une", "le", "la", "l'"])
                && (3..s.items.len().min(30))
                    .find(|&j| s.items[j].2 == Item::Punct && s.norm(j) == ",")
                    .is_some_and(|c| {
                        s.is_in(c + 1, &REPORTING_VERBS)
                            || (s.is_word(c + 1, &["has", "had", "a", "avait"])
                                && s.is_in(c + 2, &REPORTING_VERBS))
                    }))
    };
    let mut parties: Vec<(String, Role)> = Vec::new();
    let mut learned = Vec::new();
    for (items, role) in groups {
        for &k in items {
            let Item::Ref(r) = &s.items[k].2 else {
                continue;
            };
            // "received a bid from X for the stock it does not own": the
            // remainder is of the company already read as what is bought.
            if remainder::is_remainder(r) && parties.iter().any(|p| p.1 == Role::Target) {
                continue;
            }
            // "In March it bought Lintel, and last year it took a stake in
            // Photra": a pronoun opening a coordinated clause is the same
            // subject as the first clause's, not the object named between.
            let first_ref = (0..k).find(|&j| matches!(s.items[j].2, Item::Ref(_)));
            // "It bought Ferrant in 2023 and agreed in May to sell its
            // pigments unit": a possessive in a verb phrase coordinated to
            // the first clause is its subject's too.
            let possessive_in_verb_phrase = k > 0
                && POSSESSIVES.contains(&s.input.toks[s.items[k].0].norm.as_str())
                && first_ref.is_some_and(|f| {
                    (f + 1..k.saturating_sub(2)).any(|a| {
                        s.is_word(a, &["and", "et"])
                            && (a + 1..k).all(|j| s.items[j].2 == Item::Word)
                    })
                });
            // "will bid for Kelmix to lift its stake to 51%", "pour porter
            // sa participation": a possessive in an infinitive of purpose
            // is the main clause's subject's.
            // "sold Kelmix to fund its acquisition of Y", "alongside its
            // purchase of Y", "before its takeover of Y": so is one before a
            // deal's noun in a phrase of purpose or of time.
            let possessive_in_purpose = k >= 2
                && POSSESSIVES.contains(&s.input.toks[s.items[k].0].norm.as_str())
                && s.frame_at(k + 1).is_some()
                && ((s.is_word(k - 2, &["to", "pour"])
                    && s.items[k - 1].2 == Item::Word
                    // (The purpose of a deal's own verb: "fined Orvane for
                    // failing to notify its purchase" is Orvane's.)
                    && (s.frame_at(k + 1) == Some(Frame::StakeNoun)
                        || (0..k - 2).any(|j| {
                            s.deal_verb_at(j) || s.frame_at(j) == Some(Frame::RaiseVerb)
                        })))
                    || s.is_word(
                        k - 1,
                        &[
                            "alongside",
                            "before",
                            "after",
                            "following",
                            "since",
                            "avant",
                            "après",
                            "depuis",
                        ],
                    ))
                // ("Kistler also said that the board's decision to keep its
                // merger proposal": not the teller's.)
                && first_ref.is_some_and(|f| {
                    f + 2 < k
                        && !(f + 1..(f + 4).min(k))
                            .take_while(|&j| s.items[j].2 == Item::Word)
                            .any(|j| s.is_in(j, &REPORTING_VERBS))
                });
            // "bought Kelmix in 2017 as part of its acquisition of
            // Halvern", "dans le cadre de son rachat de Y": a possessive in
            // a phrase that frames the clause is its subject's.
            let possessive_in_framing = POSSESSIVES
                .contains(&s.input.toks[s.items[k].0].norm.as_str())
                && s.part_of_before(k)
                && first_ref.is_some_and(|f| f + 3 < k);
            // "will buy Selvane, two years after it bought Pivex", "since
            // it acquired": a subject pronoun opening a clause of time
            // after the main clause is the main clause's subject, not its
            // object.
            let time_clause_subject = matches!(r, Reference::Pronoun)
                && k >= 1
                && s.is_in(k - 1, &TIME_CONJUNCTIONS)
                && first_ref.is_some_and(|f| f + 3 < k);
            // "will buy Selvane for $1.4 billion, its largest deal since the
            // purchase of Pivex", "sa plus grosse acquisition depuis": a
            // possessive opening an apposition on a clause that told a deal
            // with its verb is that clause's subject's.
            let possessive_in_apposition = k >= 2
                && POSSESSIVES.contains(&s.input.toks[s.items[k].0].norm.as_str())
                && s.norm(k - 1) == ","
                && (0..k - 1).any(|j| s.deal_verb_at(j))
                && first_ref.is_some_and(|f| f + 3 < k);
            // ("and sell it to Y": a pronoun right after a deal's verb is
            // its object, not the coordinated clause's subject.)
            let coordinated = matches!(r, Reference::Pronoun)
                && !(k >= 1 && s.frame_at(k - 1).is_some())
                && ((k.saturating_sub(5)..k).any(|j| {
                    // ("agreed to buy Y; last year it paid": a semicolon
                    // coordinates as "and" does.)
                    (s.is_word(j, &["and", "et", "but", "mais", "while", "tandis"])
                        || (s.items[j].2 == Item::Punct && s.norm(j) == ";"))
                        // ("et l'an dernier il a racheté": a phrase of
                        // time of plain words may stand between.)
                        // (", l'an dernier, il": set off by commas too.)
                        && (j + 3 >= k
                            || (j + 1..k).all(|i| s.items[i].2 == Item::Word || s.norm(i) == ","))
                }) || possessive_in_verb_phrase
                    || possessive_in_purpose
                    || possessive_in_framing
                    || possessive_in_apposition
                    || time_clause_subject);
            // "The Kelmix Alliance, which A and B joined, said it would
            // buy Y": a pronoun right after the main clause's reporting verb
            // is its subject, past the asides between commas.
            // ("said on Monday it would": a time may stand between.)
            let reporting_at = (k.saturating_sub(4)..k)
                .rev()
                .take_while(|&j| s.items[j].2 == Item::Word)
                .find(|&j| s.is_in(j, &REPORTING_VERBS));
            let reported = matches!(r, Reference::Pronoun)
                && reporting_at.is_some_and(|v| v >= 1 && s.norm(v - 1) == ",")
                && first_ref.is_some_and(|f| {
                    (0..f).all(|j| s.items[j].2 == Item::Word)
                        && f + 1 < s.items.len()
                        && s.norm(f + 1) == ","
                });
            // ("Kelmix told the Securities and Exchange Commission it has
            // acquired 5% of Y", "told regulators that it": the subject of
            // the telling verb, not whom it told.)
            let told_addressee = matches!(r, Reference::Pronoun) && {
                let addressee = if k >= 1 && s.is_word(k - 1, &["that"]) {
                    k - 1
                } else {
                    k
                };
                let telling = |j: usize| s.is_word(j, &["told", "tells", "informed", "notified"]);
                addressee >= 2
                    && matches!(s.items[addressee - 1].2, Item::Ref(_))
                    && (telling(addressee - 2)
                        || (addressee >= 3
                            && s.is_word(addressee - 2, &["the"])
                            && telling(addressee - 3)))
            };
            // "It will expand with Halvern, with which it signed a supply
            // agreement": the subject pronoun of a relative clause opened
            // by a preposition is not the name the clause follows (that
            // one stands in the preposition's slot) but the main clause's
            // subject.
            let relative_subject = matches!(r, Reference::Pronoun)
                && k >= 2
                && s.norm(k) != "its"
                && (s.is_word(k - 1, super::sentence::PREPOSITION_RELATIVES)
                    || super::sentence::FUSED_RELATIVES
                        .iter()
                        .any(|(w, _)| s.is_word(k - 1, &[w])))
                && first_ref.is_some_and(|f| f + 3 < k);
            // ("Its clients include Halvern, with which it signed", "La
            // société compte parmi ses clients Halvern, avec lequel elle a
            // signé": a main clause opening with a possessive, or with a
            // description of the subject told before, is about that
            // subject.)
            let about_recent_subject = || {
                (s.items[0].2 == Item::Word && s.is_word(0, POSSESSIVES))
                    || match &s.items[0].2 {
                        Item::Ref(d @ Reference::Description(_))
                        | Item::Ref(d @ Reference::OpeningDescription(_)) => {
                            let recent = ctx.recent_subject();
                            recent.is_some() && ctx.resolve(d, None, &[]).first() == recent.as_ref()
                        }
                        _ => false,
                    }
            };
            let nearest = match first_ref.map(|j| &s.items[j].2) {
                _ if relative_subject && about_recent_subject() => ctx.recent_subject(),
                Some(Item::Ref(Reference::Org(o))) if coordinated || reported || told_addressee => {
                    Some(o.clone())
                }
                Some(Item::Ref(Reference::Pronoun)) if coordinated || relative_subject => {
                    ctx.recent_subject()
                }
                // "La société a conclu un accord avec Orvia, et elle
                // achètera ...": the description the first clause opened with.
                Some(Item::Ref(
                    d @ (Reference::Description(_) | Reference::OpeningDescription(_)),
                )) if coordinated => ctx.resolve(d, None, &[]).into_iter().next(),
                // "bought Kelmix from Orbelle and sold it to Y": a pronoun
                // object of a deal's verb stands for what the clause
                // before bought or named, not its seller or buyer after a
                // preposition.
                // ("sold Orbelle to Halvern, which already owned 20% of
                // it": so does one after "of" in a stake.)
                // ("sold it an option": a pronoun before the thing given is
                // its receiver; "the stock it holds": a noun's relative.)
                // ("Pivane invested $40 million in it": so is one after
                // the "in" of money put into a company; "has a 39 pct
                // interest in it" is as often a well or a mine.)
                _ if matches!(r, Reference::Pronoun)
                    && k >= 1
                    && (matches!(
                        s.frame_at(k - 1),
                        Some(Frame::Acquire | Frame::Sell | Frame::InvestVerb)
                    ) || (s.norm(k) == "it" && s.is_word(k - 1, &["of"]))
                        || put_into(s, k))
                    && !s.is_word(k + 1, &["a", "an", "the", "its", "un", "une"]) =>
                {
                    // ("Kelmix's parent Orvane agreed to sell it": nor the
                    // deal's own subject.)
                    nearest_org_before_but(s, k, |j| {
                        (j >= 1 && s.is_word(j - 1, super::shapes::OBLIQUE_PREPOSITIONS))
                            || subject.contains(&j)
                    })
                    // ("Kestane makes pumps. Orvane bought it": else the
                    // subject told last, in an earlier sentence.)
                    .or_else(|| ctx.recent_subject())
                }
                // ("C'est la deuxième incursion de Halvern dans les médias :
                // le fonds avait racheté": a kind noun takes the name of
                // that kind named nearest before, even in a complement.)
                _ if matches!(
                    r,
                    Reference::Description(_) | Reference::OpeningDescription(_)
                ) =>
                {
                    // ("Skylane will lease jets from Meridian, which will
                    // lease them back to the airline": the nearest one of
                    // the kind the article told, past names of other kinds.)
                    let kind = match r {
                        Reference::Description(w) | Reference::OpeningDescription(w) => {
                            ctx.described_kind(w)
                        }
                        _ => &[],
                    };
                    let named = |j: usize| s.org_at(j).map(str::to_string);
                    (0..k)
                        .rev()
                        .filter_map(named)
                        .find(|o| kind.contains(o))
                        .or_else(|| (0..k).rev().find_map(named))
                }
                // ("The Swedish company has been on a spree: it bought Y": a
                // pronoun with no name before it, in a sentence opened by a
                // description with a word of its own, is what the
                // description stands for; a bare "the company" is left to
                // the subject told before.)
                // ("Kelmix received approval from the European Commission
                // for its purchase of Y": the authority that grants a
                // permission is not whose deal it is.)
                // ("Caseari, controlled by Tiberina since 2020, has been
                // busy: it bought Y", "Kelmix, a unit of Orvane, said it":
                // a name inside an aside set off by commas after another
                // name is no antecedent past the aside.)
                _ => nearest_org_before_but(s, k, |j| {
                    granting_authority(s, j) || inside_aside(s, j, k)
                })
                .or_else(|| match &s.items[0].2 {
                    Item::Ref(
                        d @ (Reference::Description(words) | Reference::OpeningDescription(words)),
                    ) if matches!(r, Reference::Pronoun) && k > 0 && words.len() >= 3 => {
                        ctx.resolve(d, None, &[]).into_iter().next()
                    }
                    _ => None,
                }),
            };
            let descriptive = matches!(
                r,
                Reference::Description(_) | Reference::OpeningDescription(_)
            );
            let exclude: Vec<String> = parties
                .iter()
                .map(|p| p.0.clone())
                .chain(
                    named
                        .iter()
                        // A pronoun is no other party its trigger names
                        // after it either ("It raised $5 million in a round
                        // led by A": not A), unless the name was written
                        // before it too ("Viacom said it would merge
                        // Arsenal into Viacom").
                        .filter(|(j, o)| {
                            *j > k
                                && (descriptive
                                    || (matches!(r, Reference::Pronoun)
                                        && in_groups.contains(j)
                                        && !named.iter().any(|(b, p)| *b < k && p == o)))
                        })
                        .map(|(_, o)| (*o).clone()),
                )
                .collect();
            // "Carlyle sponsored Chimney's buyout and acquired 87% of the
            // company": a description as what is bought stands for the
            // organisation the sentence named last, when it is no party yet.
            let earlier_in_sentence = (*role == Role::Target
                && matches!(r, Reference::Description(_)))
            .then(|| {
                // Within the clause: "acheter à Oracle, et Microsoft a investi
                // dans la start-up" names OpenAI, the article's topic.
                // ("backed by Oracle and Carlyle, which together own 90% of
                // the company": a name listed with a party before the
                // relative pronoun is one of the owners, not what they own.)
                let party_at = |j: usize| {
                    s.org_at(j)
                        .is_some_and(|o| parties.iter().any(|p| p.0 == o))
                };
                let sold_remainder = |j: usize| remainder::is_remainder(r) && seller_listed(s, j);
                // ("signed a cloud contract with Oracle, and follows
                // Microsoft's investment in the startup": a kind the article
                // gave some companies is none of the others'.)
                let kind_orgs = match r {
                    Reference::Description(words) => ctx.described_kind(words),
                    _ => &[],
                };
                let other_kind = |o: &String| !kind_orgs.is_empty() && !kind_orgs.contains(o);
                // ("a round led by the fund Halvern, joined by the
                // company's early backers": a round's lead is an investor,
                // not the company it invests in.)
                let leads_round = |j: usize| {
                    (j.saturating_sub(5)..j).any(|p| {
                        s.frame_at(p) == Some(Frame::LeadVerb)
                            && (p + 1..j).all(|q| s.items[q].2 == Item::Word)
                            && (p + 1..j).any(|q| s.is_word(q, &["by", "par"]))
                    })
                };
                let listed_with_party = |j: usize| {
                    j + 4 < k
                        && s.is_word(j + 1, &["and", "et"])
                        && party_at(j + 2)
                        && s.norm(j + 3) == ","
                        && s.is_word(j + 4, &["which", "who", "qui", "that"])
                };
                // ("agreed to pay CoreWeave $11.9 billion, and took a stake
                // in the cloud provider": a second verb of the same subject
                // goes on the clause.)
                let mut crossed = false;
                // ("Founded by engineers from Tessel, the startup raised":
                // a participle phrase fronted before the main clause is
                // none of it.)
                let floor = s
                    .participle_phrase_end()
                    .filter(|&c| c < k)
                    .map_or(0, |c| c + 1);
                (floor..k)
                    .rev()
                    .take_while(|&j| {
                        if !s.clause_break(j) {
                            return true;
                        }
                        let goes_on = !crossed && same_subject_goes_on(s, j);
                        crossed = true;
                        goes_on
                    })
                    .find_map(|j| match &s.items[j].2 {
                        // ("bought 53% from A, B and C, and will bid for
                        // the remaining shares": the holders who sold are
                        // not whose shares remain.)
                        Item::Ref(Reference::Org(o))
                            if !parties.iter().any(|p| &p.0 == o)
                                && !listed_with_party(j)
                                && !sold_remainder(j)
                                && !other_kind(o)
                                && !leads_round(j) =>
                        {
                            Some(o.clone())
                        }
                        _ => None,
                    })
            })
            .flatten();
            // "Humana said a judge approved a proposal for the company to
            // buy Y": "the company" in a sentence a company tells is the
            // teller.
            let teller = match (r, s.items.first().map(|i| &i.2)) {
                (Reference::Description(words), Some(Item::Ref(Reference::Org(o))))
                    // "Orvane Chairman Tom Reed said the company would":
                    // its officer speaks for it.
                    if first_name_tells(6)
                        && words
                            .iter()
                            .any(|w| matches!(w.as_str(), "company" | "firm"))
                        && !parties.iter().any(|p| &p.0 == o) =>
                {
                    Some(o.clone())
                }
                // "... a minority stake in the company, Dayforce said": a
                // company telling the sentence after a comma at its end.
                (Reference::Description(words), _)
                    if words
                        .iter()
                        .any(|w| matches!(w.as_str(), "company" | "firm" | "société")) =>
                {
                    trailing_teller(s, k).filter(|o| !parties.iter().any(|p| &p.0 == o))
                }
                _ => None,
            };
            // "Varenne n'en est pas à son coup d'essai : le groupe avait
            // racheté Linea": a bare description ("le groupe", "the
            // company") later in a sentence whose subject is a name is that
            // name.
            let sentence_subject = match (r, s.items.first().map(|i| &i.2)) {
                (Reference::Description(words), Some(Item::Ref(Reference::Org(o))))
                    if k > 2
                        // In the subject's clause, no other name between:
                        // "Google has invested in Anthropic, while Amazon has
                        // committed $8 billion to the startup" is Anthropic.
                        && !(1..k).any(|j| {
                            s.clause_break(j) || matches!(s.items[j].2, Item::Ref(Reference::Org(_)))
                        })
                        && bare_description(words, true)
                        && !parties.iter().any(|p| &p.0 == o) =>
                {
                    Some(o.clone())
                }
                _ => None,
            };
            // "The order is the largest in Kelmix's history and comes after
            // the company agreed to supply Y": a bare description after the
            // one name the sentence gave before it, a possessive, is that
            // name (not the company the article's deals were about).
            let possessor_before = match r {
                Reference::Description(words) if k > 2 && bare_description(words, false) => {
                    let mut before = (0..k).filter(|&j| s.org_at(j).is_some());
                    match (before.next(), before.next()) {
                        (Some(j), None) if s.is_word(j + 1, &["'s", "'"]) => s
                            .org_at(j)
                            .filter(|o| !parties.iter().any(|p| p.0 == *o))
                            .map(str::to_string),
                        _ => None,
                    }
                }
                _ => None,
            };
            // "Kelmix said Tessel would acquire it": a pronoun object of the
            // reported clause, whose own subject is named, is the teller.
            let told_of = match (r, s.items.first().map(|i| &i.2)) {
                (Reference::Pronoun, Some(Item::Ref(Reference::Org(o))))
                    if matches!(s.norm(k), "it" | "them")
                        && first_name_tells(4)
                        && (2..k).any(|j| matches!(s.items[j].2, Item::Ref(Reference::Org(_))))
                        && s.items[k - 1].2 == Item::Word
                        && !s.is_in(k - 1, &REPORTING_VERBS)
                        && !parties.iter().any(|p| &p.0 == o) =>
                {
                    Some(o.clone())
                }
                _ => None,
            };
            // "After its acquisition of Selvane, Orvane became...", "Après
            // son rachat de Y, X a...": a possessive in a phrase fronted
            // before the main clause is the main clause's subject's.
            let fronted_owner = match r {
                Reference::Pronoun
                    if k >= 1
                        && POSSESSIVES.contains(&s.input.toks[s.items[k].0].norm.as_str())
                        && s.is_word(0, super::sentence::FRONTED_OPENERS)
                        && (1..k).all(|j| s.items[j].2 == Item::Word) =>
                {
                    (k + 1..n)
                        .find(|&j| s.items[j].2 == Item::Punct && s.norm(j) == ",")
                        .and_then(|c| s.org_at(c + 1))
                        .filter(|o| !parties.iter().any(|p| p.0 == *o))
                        .map(str::to_string)
                }
                _ => None,
            };
            // "Kelmix plans to open offices after Halvern led its $20
            // million round": a possessive naming what is invested in,
            // whose nearest name is its clause's own investor, is the
            // sentence's subject's.
            let subject_owner = match (r, s.items.first().map(|i| &i.2)) {
                (Reference::Pronoun, Some(Item::Ref(Reference::Org(o))))
                    if *role == Role::Target
                        && k > 2
                        && POSSESSIVES.contains(&s.input.toks[s.items[k].0].norm.as_str())
                        && nearest
                            .as_ref()
                            .is_some_and(|n| n != o && parties.iter().any(|p| &p.0 == n))
                        && !parties.iter().any(|p| &p.0 == o) =>
                {
                    Some(o.clone())
                }
                _ => None,
            };
            // "It is Norlac's largest acquisition since it took over Y":
            // the pronoun after "since" is the deal's possessor; so is one
            // after "after" ("Norlac's third acquisition this year, after
            // it bought Y").
            let possessor_since = match r {
                Reference::Pronoun if k >= 3 && s.is_word(k - 1, &["since", "depuis", "after"]) => {
                    (k.saturating_sub(8)..k - 1)
                        .rev()
                        .find(|&j| {
                            s.is_word(j, &["'s", "'"]) && j >= 1 && s.org_at(j - 1).is_some()
                        })
                        // ("Harvane's largest since it bought Y": the noun
                        // left out after a superlative.)
                        .filter(|&j| {
                            (j + 1..k - 1).any(|q| {
                                s.acquisition_noun_at(q)
                                    || s.is_word(q, &["deal", "deals", "opération"])
                                    || (q + 2 == k
                                        && s.items[q].2 == Item::Word
                                        && s.norm(q).ends_with("est"))
                            })
                        })
                        .and_then(|j| s.org_at(j - 1))
                        .filter(|o| !parties.iter().any(|p| p.0 == *o))
                        .map(str::to_string)
                }
                _ => None,
            };
            // "Azurel bought Ferlane in 2015. It sold it to Dravel": an
            // object pronoun on the clause whose other party bought a
            // company last is that company.
            let bought_before = match r {
                Reference::Pronoun
                    if *role == Role::Target
                        && matches!(s.norm(k), "it" | "them")
                        && !subject.contains(&k)
                        && k >= 1
                        && s.items[k - 1].2 == Item::Word
                        && !s.is_in(k - 1, &REPORTING_VERBS) =>
                {
                    parties
                        .iter()
                        .find_map(|p| ctx.last_bought_by(&p.0))
                        .filter(|target| !parties.iter().any(|p| p.0 == *target))
                        .map(str::to_string)
                }
                _ => None,
            };
            let resolved = match possessor_since
                .or(bought_before)
                .or(earlier_in_sentence)
                .or(teller)
                .or(sentence_subject)
                .or(possessor_before)
                .or(told_of)
                .or(fronted_owner)
                .or(subject_owner)
            {
                Some(o) => vec![o],
                None => ctx.resolve(r, nearest.as_deref(), &exclude),
            };
            if let (Reference::Description(words) | Reference::OpeningDescription(words), [name]) =
                (r, resolved.as_slice())
            {
                // "le géant du BTP" read once as Bouygues is Bouygues when
                // "le groupe de BTP" comes back.
                learned.push((words.clone(), name.clone()));
            }
            for name in resolved {
                match parties.iter().position(|p| p.0 == name) {
                    None => parties.push((name, *role)),
                    // "A and B signed a letter of intent covering the
                    // purchase of A's assets": one of several subjects
                    // named again as what is bought is the target, and the
                    // others buy.
                    Some(at)
                        if *role == Role::Target
                            && matches!(parties[at].1, Role::Acquirer | Role::Investor)
                            && parties.iter().filter(|p| p.1 == parties[at].1).count() >= 2 =>
                    {
                        parties[at].1 = Role::Target;
                    }
                    Some(_) => {}
                }
            }
        }
    }
    (parties, learned)
}

/// Whether the name at `j` stands inside an aside set off by commas right
/// after another name ("Kelmix, a unit of Orvane, said", "Caseari,
/// contrôlé par Tiberina, ..."), closed before item `k`.
fn inside_aside(s: &Sentence<'_>, j: usize, k: usize) -> bool {
    // (Asked of every item before the pronoun: names only.)
    if !matches!(s.items[j].2, Item::Ref(Reference::Org(_))) {
        return false;
    }
    let Some(open) = (0..j).rev().find(|&c| s.is_comma(c)) else {
        return false;
    };
    open >= 1
        && matches!(s.items[open - 1].2, Item::Ref(Reference::Org(_)))
        && s.items[open + 1].2 == Item::Word
        && (j + 1..k).any(|c| s.is_comma(c))
}

/// The organisation that tells a sentence in an attribution closing it
/// after item `k` (", Dayforce said.", ", a déclaré Kelmix"), if any.
fn trailing_teller(s: &Sentence<'_>, k: usize) -> Option<String> {
    let n = s.items.len();
    (k + 1..n).rev().find_map(|j| {
        let Item::Ref(Reference::Org(o)) = &s.items[j].2 else {
            return None;
        };
        let after_comma = s.norm(j - 1) == ",";
        let tells_after = j + 1 < n && s.is_in(j + 1, &REPORTING_VERBS);
        // French puts the verb first: ", a indiqué Kelmix".
        let tells_before = j >= 2 && s.is_in(j - 1, &REPORTING_VERBS) && {
            let open = (k + 1..j).rev().find(|&c| s.norm(c) == ",");
            open.is_some_and(|c| (c + 1..j).all(|w| s.items[w].2 == Item::Word))
        };
        let closes = (j + 1..n)
            .skip(usize::from(tells_after))
            .all(|w| s.items[w].2 == Item::Word || matches!(s.norm(w), "." | ";"));
        ((after_comma && tells_after) || tells_before)
            .then_some(())
            .filter(|_| closes)
            .map(|_| o.clone())
    })
}

/// Whether the name at item `j` is one of a list of sellers opened by
/// "from", "auprès de" or "à" ("from Impala, Cartusia and Orvane").
fn seller_listed(s: &Sentence<'_>, j: usize) -> bool {
    s.org_at(j).is_some()
        && (0..j)
            .rev()
            .find(|&i| {
                !(s.org_at(i).is_some()
                    || s.norm(i) == ","
                    || s.is_word(i, &["and", "et", "de", "du"]))
            })
            .is_some_and(|i| s.is_word(i, &["from", "auprès", "à"]))
}

/// Whether the clause break at `j` (", and", ", et") opens a second verb
/// of the same subject ("..., and took a stake in"), not a clause with a
/// subject of its own ("..., and Microsoft invested").
fn same_subject_goes_on(s: &Sentence<'_>, j: usize) -> bool {
    s.norm(j) == ","
        && s.is_word(j + 1, &["and", "et"])
        && s.items.get(j + 2).is_some_and(|i| i.2 == Item::Word)
        && !s.input.toks[s.items[j + 2].0].is_capitalized()
        && !s.is_word(j + 2, SUBJECT_OPENERS)
}

/// Words that open a clause's own subject after "and"/"et".
const SUBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "it", "its", "they", "their", "this", "that", "these", "those", "le", "la",
    "l'", "les", "un", "une", "il", "elle", "ils", "elles", "ce", "cette", "ces", "son", "sa",
    "ses", "leur", "leurs", "on",
];

/// Whether the pronoun at `k` follows the "in" of money put into a company
/// ("invested $40 million in it", "has invested in them").
fn put_into(s: &Sentence<'_>, k: usize) -> bool {
    matches!(s.norm(k), "it" | "them")
        && k >= 2
        && s.is_word(k - 1, &["in", "into"])
        && (k.saturating_sub(8)..k - 1).any(|j| {
            matches!(
                s.frame_at(j),
                Some(Frame::InvestVerb | Frame::InvestAmountVerb)
            )
        })
}

/// Whether a description's words are only a determiner and generic words
/// ("the company", "le groupe"), or with `heads` also the head nouns of
/// descriptions ("the startup", "la société").
fn bare_description(words: &[String], heads: bool) -> bool {
    words.iter().all(|w| {
        matches!(
            w.as_str(),
            "le" | "la" | "l'" | "the" | "ce" | "cette" | "this"
        ) || (heads && lexicon::is(&lexicon::DESCRIPTION_HEADS, w))
            || lexicon::is(&lexicon::GENERIC_DESCRIPTION_WORDS, w)
    })
}
