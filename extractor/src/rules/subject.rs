//! A trigger's subject: the nearest organisation to its left with those
//! coordinated to it, past appositions, relatives, a person's title and a
//! rival named as another verb's object; for a fronted clause, the main
//! clause's subject.

use super::sentence::{Item, POSSESSIVES, Sentence};
use crate::coref::Reference;
use crate::lexicon::{self, UNIT_NOUNS, WordSet};
use crate::triggers::Frame;

/// Prepositions a French list may say again before each member ("aux côtés
/// de A et de B", "associé à A et à B").
const REPEATED_PREPOSITIONS: &[&str] = &["de", "d'", "du", "des", "à", "au", "aux"];

/// Words before a name that say it acts with the subject, not as it.
const WITH: &[&str] = &["avec", "with", "alongside", "côtés"];

/// Verbs of besting a rival, whose object is no party of the deal that
/// follows ("beat Ardelis to buy Y", "a devancé Ardelis pour remporter").
const BEATING_VERBS: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "outbid",
    "outbids",
    "outbidding",
    "devancé",
    "devance",
    "devançant",
    "évincé",
    "supplanté",
];

/// The subject: the nearest reference left of the trigger with the ones
/// coordinated to it ("SoftBank et OpenAI"), and a possessive ("Cisco's").
pub(super) fn left_slots(
    s: &Sentence<'_>,
    t: usize,
    left_bound: usize,
) -> (Vec<usize>, Vec<usize>) {
    let mut poss = Vec::new();
    let mut listed_before = false;
    // "Kelmix, a unit of Orbis, which bought it in 2019, raised": a
    // relative clause set off by commas and closed right before the
    // trigger is an aside; the subject stands before it.
    // ("Kelmix, qu'Orbis a rachetée, a levé": the main verb's auxiliary
    // may stand between.)
    // (Only a comma right before the trigger, past auxiliaries, can close
    // one: asked once here, as this loop runs for every trigger.)
    let comma_before = (left_bound..t)
        .rev()
        .find(|&j| !s.is_in(j, &super::sentence::AUXILIARIES))
        .is_some_and(|j| s.is_comma(j));
    let mut k = t;
    while k > left_bound {
        k -= 1;
        if comma_before
            && matches!(s.items[k].2, Item::Ref(_))
            && let Some((open, close)) = s.relative_clause(left_bound, k, k + 1, t)
            && close < t
            && (close + 1..t).all(|j| s.is_in(j, &super::sentence::AUXILIARIES))
            && open > left_bound
            && open < k
            // (Its antecedent a company's name: after a person's, "Kelmix
            // said its chairman Jane Pell, who also runs Orvane, plans to
            // buy shares", the subject is the person, no party.)
            // (`open` is the item after the opening comma.)
            && open >= 2
            && matches!(s.items[open - 2].2, Item::Ref(_))
        {
            k = open;
            continue;
        }
        // ("Kelmix a reçu l'autorisation de l'Autorité de la concurrence
        // pour le rachat de Y": the authority granting a permission is not
        // who acts.)
        if matches!(s.items[k].2, Item::Ref(_)) && super::shapes::granting_authority(s, k) {
            continue;
        }
        // ("Dravik was chosen by Kelmix to buy Orvane", "Dravik a été
        // retenu par Kelmix pour reprendre Orvane": who chose is the
        // agent of the choosing; the one chosen does what follows. An
        // adviser hired does it for its client, who is kept.)
        if matches!(s.items[k].2, Item::Ref(_))
            && k >= 2
            && s.is_word(k - 1, &["by", "par"])
            && s.frame_at(k - 2) == Some(crate::triggers::Frame::Select)
            && !s.is_word(k - 2, &["hired", "hires"])
            && t >= 1
            && s.is_word(t - 1, &["to", "pour"])
            && (k + 1..t - 1).all(|j| s.items[j].2 == Item::Word)
        {
            continue;
        }
        if let Item::Ref(r) = &s.items[k].2 {
            // "it's signed": a contraction, not a possessive.
            let contraction = matches!(r, Reference::Pronoun);
            // "Kelmix's board recommended Orbis's offer": a company's board
            // or shareholders speak for it.
            // ("Kelmix's venture arm led the round": so does its unit,
            // unnamed, right before the verb.)
            // ("will sell Tessmere's Belgian business, which will be taken
            // over by Z", "céder les activités de Kelmix en Italie, qui
            // seront reprises par Z": a relative on a company's unit or
            // assets tells of that company, which the unit stands for.)
            let organ_relative = owner_of_relative_antecedent(s, k, t);
            let organ = organ_relative
                || k + 2 < t
                    && (s.is_word(
                        k + 2,
                        &["board", "directors", "shareholders", "stockholders"],
                    ) || ((k + 2..t).all(|j| {
                        s.items[j].2 == Item::Word
                        // ("Orvane's U.S. arm": an abbreviation's stops.)
                        || (s.items[j].2 == Item::Punct && s.norm(j) == ".")
                    }) && t - k <= 7
                        && s.is_in(t - 1, &UNIT_NOUNS)));
            // "Acme's acquisition of": a possessive on the trigger's noun
            // phrase, not on another one before it ("Acme's buyout and
            // acquired"), nor on its board.
            if k + 1 < t
                && !contraction
                && !organ
                && poss.is_empty()
                && s.norm(k + 1) == "'s"
                // ("Acme's unsolicited $40-a-share offer": a compound's
                // hyphens are no words of their own, nor a break.)
                && s.span_without_hyphens(k, t)
                    - (k + 1..t).filter(|&j| s.norm(j) == ".").count()
                    <= 6
                // ("Acme's remaining 50% stake": a share's sign is no break.)
                && !(k + 2..t).any(|j| {
                    s.is_word(j, &["and", "et", ","])
                        || (s.items[j].2 == Item::Punct
                            && s.norm(j) != "%"
                            // ("Orvane's U.K. unit": an abbreviation's
                            // stops.)
                            && s.norm(j) != "."
                            && !s.hyphen_inside(j))
                        // ("buy Orvane's refinery through a joint venture": a
                        // means opens another noun phrase; "Orvane's offer
                        // to buy" keeps its possessive.)
                        || s.is_word(j, &["through", "via", "under"])
                })
            {
                poss.push(k);
                listed_before |= k > left_bound && s.is_word(k - 1, &["and", "et"]);
                continue;
            }
            // "Orbis backed Acme's management and acquired": a possessive
            // on another noun phrase names no subject.
            if k + 1 < t && s.norm(k + 1) == "'s" && !contraction && !organ {
                // "Nvidia, Intel and OpenAI's startup fund invested": the
                // possessive closes a list whose other members still act.
                listed_before |= k > left_bound && s.is_word(k - 1, &["and", "et"]);
                continue;
            }
            // "X beat out rival Y to acquire Z": a rival named as the
            // object of another verb is not who acts.
            // "Kelmix's rival Pellucid raised" names its subject.
            if k > left_bound + 1
                && s.is_in(k - 1, &lexicon::RIVAL_NOUNS)
                // ("Kelmix's larger rival Pellucid": past its adjectives.)
                && !(k.saturating_sub(4)..k - 1).any(|j| {
                    j >= 1
                        && s.norm(j) == "'s"
                        && (j + 1..k - 1).all(|a| {
                            s.items[a].2 == Item::Word && !s.input.toks[s.items[a].0].is_capitalized()
                        })
                })
                // ("lost Y to rival Z, which paid $3 billion": the rival
                // is a relative clause's subject.)
                && !(k + 2 < t && s.relative_after(k))
                && (left_bound..k - 1).any(|j| matches!(s.items[j].2, Item::Ref(_)))
                // ("days after rival Norlac made a higher bid": after a
                // word that opens a clause, the rival is its subject.)
                && !(k >= 2
                    && (s.opens_time_clause(k - 2)
                        || s.norm(k - 2) == ","
                        || s.is_word(
                            k - 2,
                            &["and", "but", "while", "as", "when", "after", "before", "since"],
                        )))
            {
                continue;
            }
            // ("Kelmix said its financial adviser, Tarrin Partners, had
            // received a proposal", "son conseil, la banque Tarrin, a
            // reçu": an adviser set off after its noun acts for the company
            // it advises, named further left.)
            if k >= 2
                && s.norm(k - 1) == ","
                && (k.saturating_sub(4).max(left_bound)..k - 1).any(|j| s.is_in(j, &ADVISER_NOUNS))
            {
                continue;
            }
            // "has hired Tessera to explore a bid for Y", "a mandaté la
            // banque Tessera pour étudier une offre": the adviser hired is
            // not who acts; the hiring subject stands further left.
            if hired_to_act(s, k, t) {
                continue;
            }
            // "Ostrel (formerly Dolvane Systems) acquired Y", "Ostrel,
            // anciennement Dolvane, a racheté Y": a former name is the
            // same company's; the name it follows acts.
            if former_name(s, k, left_bound) {
                continue;
            }
            // "acquire from Tessera a 9.9% stake in Y", "racheter à Tessera
            // sa participation": the seller named between the buying verb
            // and the stake is not who takes the stake.
            if s.frame_at(t) == Some(Frame::StakeNoun) && seller_before_stake(s, k) {
                continue;
            }
            // "including the former chief executive of Norlac", "dont
            // l'ancien patron de Norlac": the company a person's title
            // names is not who acts.
            if titled_employer(s, k, left_bound) {
                continue;
            }
            // "Jane Doe, president of the Acme Association, said": the
            // organisation a person's title names is not the subject.
            if let Some(open) = person_apposition(s, k, left_bound, t) {
                k = open;
                continue;
            }
            // "Shire, the maker of treatments for ADHD, has agreed a bid":
            // a name inside an apposition is not the subject; the name the
            // apposition describes is.
            // ("Brannock, owned since 2017 by Proxa, which bought it from
            // its founders,": the name a relative clause opens right after
            // is that clause's subject, inside an apposition or not.)
            // ("..., backed by Dolvane, which bought a 35% stake": so is
            // the subject of a stake's noun a few words into the relative.)
            let relative_subject = s.relative_after(k)
                && (k + 3 == t
                    || (t <= k + 9
                        && s.frame_at(t) == Some(Frame::StakeNoun)
                        && (k + 3..t).all(|j| {
                            matches!(s.items[j].2, Item::Word | Item::Amount(_))
                                || (s.items[j].2 == Item::Punct && s.norm(j) == "%")
                        })));
            let k = if relative_subject {
                k
            } else {
                apposition_head(s, k, left_bound, t).unwrap_or(k)
            };
            // "Kelmix, a rival of Orvane backed by Tessera,": what a rival's
            // noun names is no holder; the participle describes the name
            // the apposition opens with.
            let k = rival_apposition(s, k, left_bound).unwrap_or(k);
            // "Swisscom a signé avec Vodafone afin de racheter Y": who one
            // signs with is not who acts; the subject stands further left.
            // "avec les fonds KKR, Cinven et Providence pour racheter": the
            // "with" stands before the whole list.
            let head = list_head(s, k, left_bound);
            // ("X, associé à Y et à Z, rachète": a participle set off by a
            // comma; "X s'est allié à Y, Z pourrait" is X's own verb.)
            let with_word = |j: usize| {
                s.is_word(j, WITH)
                    || (j > 0
                        && s.norm(j - 1) == ","
                        && s.is_in(j, &lexicon::COMPANION_PARTICIPLES))
            };
            let with = (head.saturating_sub(6).max(left_bound)..head)
                .rev()
                .find(|&j| s.items[j].2 != Item::Word || with_word(j));
            // "... avec Nvidia, qui investit": a relative clause's subject is
            // the name it follows, wherever that stands.
            let relative = (k + 1..t).any(|j| s.is_word(j, &["qui", "which", "who", "that"]));
            // "issued shares to Y in order to acquire Z", "a cédé des titres
            // à Y afin de racheter Z": an infinitive of purpose has the main
            // clause's subject, not the object named before it.
            // "take control of Y by buying the rest", "en rachetant": so
            // has a gerund of means.
            // ("beat Ardelis to buy Y", "outbid Ardelis to win Y": the
            // rival beaten is no buyer.)
            // ("a devancé Ardelis pour remporter le contrat".)
            let beaten = k > left_bound && s.is_word(k - 1, BEATING_VERBS);
            // ("a obtenu le feu vert de l'Autorité de la concurrence pour
            // acquérir Y", "won clearance from the Commission to buy Y": who
            // grants a permission does not act on it.)
            let granter = t >= 1 && s.is_word(t - 1, &["to", "pour"]) && {
                // (An article may stand before the name.)
                let name = if k >= 1 && s.is_word(k - 1, &["the", "l'", "la", "le"]) {
                    k - 1
                } else {
                    k
                };
                name >= 1
                    && s.is_word(name - 1, &["de", "d'", "du", "from", "of", "by", "par"])
                    && (name.saturating_sub(5)..name)
                        .any(|j| crate::status::APPROVAL_NOUNS.contains(s.norm(j)))
            };
            let purpose = t >= 2
                && ((s.is_word(t - 1, &["to"]) && s.is_word(t - 2, &["order"]))
                    || (s.is_word(t - 1, &["to", "pour"]) && beaten)
                    // ("beating Ardelis with an offer of $1 billion": the
                    // means of besting is the winner's.)
                    || (beaten
                        && s.is_word(t - 1, &["a", "an", "its", "une", "un", "son", "sa"])
                        && s.is_word(t - 2, &["with", "avec"]))
                    || (s.is_word(t - 1, &["de", "d'"]) && s.is_word(t - 2, &["afin"]))
                    || (s.is_word(t - 1, &["by"]) && s.norm(t).ends_with("ing"))
                    // "an offer for Y to lift its stake", "pour porter sa
                    // participation": an infinitive on the subject's own
                    // holding.
                    || (t >= 3
                        && s.frame_at(t) == Some(Frame::StakeNoun)
                        && POSSESSIVES.contains(&s.norm(t - 1))
                        && s.items[t - 2].2 == Item::Word
                        && s.is_word(t - 3, &["to", "pour"]))
                    || (s.is_word(t - 1, &["en"]) && s.norm(t).ends_with("ant"))
                    || granter
                    // ("en rachetant les parts de ses fondateurs", "by
                    // buying the stakes of": the gerund's object is a
                    // deal's noun, a determiner or two between.)
                    || (t.saturating_sub(3).max(k + 2)..t).any(|g| {
                        ((s.is_word(g - 1, &["en"]) && s.norm(g).ends_with("ant"))
                            || (s.is_word(g - 1, &["by"]) && s.norm(g).ends_with("ing")))
                            && (g + 1..t).all(|j| s.items[j].2 == Item::Word)
                    })
                    // "issued shares to Y to complete the purchase of Z":
                    // a deal's noun after an infinitive of purpose.
                    || (t.saturating_sub(9).max(k + 1)..t).any(|j| {
                        s.is_word(j, &["to"])
                            && s.is_word(
                                j + 1,
                                &["complete", "finance", "fund", "close", "finalize", "finalise"],
                            )
                    }));
            // "sold Y to Z, months after buying W", "a cédé Y à Z, deux ans
            // après avoir racheté W": a trailing clause of time has the
            // main clause's subject, the sentence's first name that is no
            // verb's object.
            // ("before taking a minority stake in W", "avant de prendre une
            // participation dans W": the clause's verb may stand a few
            // words before a trigger that is its object's noun.)
            let time_clause = k + 1 < t
                && (t.saturating_sub(6).max(k + 2)..=t)
                    .rev()
                    .take_while(|&v| v == t || s.items[v].2 == Item::Word)
                    .any(|v| s.opens_time_clause(v));
            let object = |j: usize| {
                j > 0
                    && s.is_word(
                        j - 1,
                        &[
                            "avec", "with", "de", "of", "à", "to", "par", "by", "from", "auprès",
                            "dans", "in", "into",
                        ],
                    )
            };
            // ("an offer for Kelmix to lift its stake": the name after
            // "for" is the offer's object.)
            // ("sa participation dans le gestionnaire d'actifs Tessin ...
            // en rachetant des titres": a description may stand between
            // the preposition and the name.)
            let described_object = || {
                (k.saturating_sub(6).max(left_bound + 1)..k).rev().any(|p| {
                    object(p + 1)
                        && (p + 1..k).all(|j| s.items[j].2 == Item::Word)
                        && (p + 1..k).any(|j| s.is_in(j, &lexicon::DESCRIPTION_HEADS))
                })
            };
            let purpose_object = purpose
                && (object(k)
                    || beaten
                    || granter
                    || (k > 0 && s.is_word(k - 1, &["for"]))
                    || described_object());
            let with = if purpose_object { Some(k) } else { with };
            // ("sells its Nvidia stake to fund its OpenAI bet": money from
            // a sale, put into another deal by the seller.)
            // (The trigger may hold its "to": "to fund".)
            let to = if s.is_word(t, &["to", "pour"]) {
                t + 1
            } else {
                t
            };
            let sale_purpose = to >= 2
                && s.is_word(to - 1, &["to", "pour"])
                && to < s.items.len()
                && s.is_in(to, &super::slots::PURPOSE_VERBS)
                && (left_bound..to - 1).any(|j| s.deal_verb_at(j));
            let main_subject = (time_clause || sale_purpose)
                .then(|| {
                    (left_bound..k).find(|&j| {
                        matches!(
                            s.items[j].2,
                            Item::Ref(
                                Reference::Org(_)
                                    | Reference::Pronoun
                                    | Reference::Description(_)
                                    | Reference::OpeningDescription(_)
                            )
                        ) && !object(j)
                    })
                })
                .flatten();
            let k = main_subject.unwrap_or(k);
            // "with A and B also taking part": after "with", a participle
            // of the trigger's own has the names before it as subject.
            let verb_at = if s.is_word(t, &["also", "too"]) {
                t + 1
            } else {
                t
            };
            let absolute = verb_at < s.items.len()
                && s.norm(verb_at).ends_with("ing")
                && (k + 1..t).all(|j| {
                    s.is_word(j, &["also", "too"]) || s.is_in(j, &lexicon::PREVERBAL_ADVERBS)
                })
                && !purpose_object;
            let k = if let Some(w) = with
                .filter(|&j| !relative && !absolute && (with_word(j) || (purpose_object && j == k)))
            {
                // ("Kelmix, dont Orvane détient 11 % du capital, est en
                // discussions avec Norlac pour lui céder Y": a name inside a
                // relative closed before is not the subject.)
                let in_relative = |j: usize| {
                    s.relative_clause(left_bound, j, j + 1, w)
                        .is_some_and(|(_, close)| close < w)
                };
                // ("formed a joint venture, Voltaro, with Y": nor one in
                // apposition to a noun, which names that noun's thing.)
                let apposed = |j: usize| {
                    j >= 2
                        && s.is_comma(j - 1)
                        && j + 1 < w
                        && s.is_comma(j + 1)
                        && s.items[j - 2].2 == Item::Word
                };
                (left_bound..w)
                    .rev()
                    .find(|&j| {
                        matches!(s.items[j].2, Item::Ref(_))
                            && !(j > 0
                                && s.is_word(
                                    j - 1,
                                    &["avec", "with", "de", "of", "à", "to", "par", "by"],
                                ))
                            && !(in_relative(j) || apposed(j))
                    })
                    .unwrap_or(k)
            } else {
                k
            };
            // "Falcon took a stake in Albion and invested $500 million in
            // Flicker": a verb coordinated to an earlier one shares its
            // subject, not the object named in between.
            // "bought Ferrant in 2023 and agreed in May to sell": a few
            // words may stand between "and" and the verb.
            // ("controls Arm, which it bought in 2016, and has pledged to
            // invest": a relative clause on the object may stand between.)
            let after_object = if k + 2 < t
                && s.norm(k + 1) == ","
                && s.is_word(k + 2, &["which", "who", "qui", "que", "dont"])
            {
                (k + 3..t)
                    .find(|&j| s.items[j].2 == Item::Punct && s.norm(j) == ",")
                    .unwrap_or(k)
            } else if k + 3 < t
                && s.norm(k + 1) == ","
                && s.is_word(
                    k + 2,
                    &[
                        "a", "an", "the", "its", "un", "une", "le", "la", "l'", "son", "sa",
                    ],
                )
            {
                // ("bought Selvane, a German rival, for €900m and took a
                // stake": so may an apposition on it, of words only.)
                (k + 3..t.min(k + 12))
                    .take_while(|&j| s.items[j].2 == Item::Word || s.norm(j) == ",")
                    .find(|&j| s.norm(j) == ",")
                    .unwrap_or(k)
            } else {
                k
            };
            let k_object = k;
            let k = after_object;
            // ("racheté Varling en 2021, puis pris une participation": so
            // may "puis", "then".)
            let coordinated_verb = t > k + 1
                && (k + 1..t).any(|j| {
                    s.is_word(j, &["and", "et", "puis", "then"])
                        // "Warburg Pincus and Co Inc has agreed": the
                        // name's own "and".
                        && s.input.toks.get(s.items[j].0 + 1).is_some_and(|w| !w.is_capitalized())
                })
                // ("acquire Olo for $2 billion and sold": its price may
                // stand between.)
                // ("rents capacity from A and B, and in June agreed": a
                // comma may close the first clause before its "and".)
                && (k + 1..t).all(|j| {
                    matches!(s.items[j].2, Item::Word | Item::Amount(_))
                        || (s.norm(j) == "," && s.is_word(j + 1, &["and", "et", "puis", "then"]))
                        // ("a racheté Pivane, pour 700 millions de dollars,
                        // et a investi": or an aside of words and a sum
                        // set off by commas, the second before "and".)
                        || (s.is_comma(j)
                            && (j + 1..t.min(j + 10)).find(|&c| s.is_comma(c)).is_some_and(|c| {
                                s.is_word(c + 1, &["and", "et", "puis", "then"])
                                    && (j + 1..c).all(|i| {
                                        matches!(s.items[i].2, Item::Word | Item::Amount(_))
                                    })
                            }))
                        // ("and took a 30% stake": the stake's size.)
                        || s.norm(j) == "%"
                        // ("counts A and B among its customers, and last
                        // year signed a $500 million, five-year deal": a
                        // possessive determiner, and a comma between a sum
                        // and the words of the same noun phrase.)
                        || (matches!(s.items[j].2, Item::Ref(Reference::Pronoun))
                            && s.is_word(j, POSSESSIVES))
                        || (s.is_comma(j)
                            && j >= 1
                            && matches!(s.items[j - 1].2, Item::Amount(_))
                            && s.items.get(j + 1).is_some_and(|i| i.2 == Item::Word)
                            && s.norm(j + 1).contains('-'))
                        // ("from A and the firm's chief executive, and will
                        // then launch": a possessor inside the first verb's
                        // complement.)
                        || (matches!(s.items[j].2, Item::Ref(_)) && s.is_word(j + 1, &["'s"]))
                })
                && ((left_bound..k).any(|j| s.frame_at(j).is_some())
                    // ("beat Tessova and won the contract": a rival beaten
                    // is the first verb's object.)
                    || (k > left_bound && s.is_word(k - 1, BEATING_VERBS))
                    // ("Quibble was spun off from Orvane in 2019 and has
                    // since been acquired by Kelmix": a first verb in the
                    // passive, whatever it is, names its agent or source
                    // inside its complement.)
                    || (left_bound..k).any(|j| s.is_word(j, &["was", "were", "été"]))
                    // "to hive off its retail unit, Kelmix, and sell it":
                    // a name set off after a possessive's noun is the
                    // object it names, whatever the first verb.
                    || (k >= 2
                        && s.norm(k - 1) == ","
                        && (k.saturating_sub(6).max(left_bound)..k - 1)
                            .rev()
                            .take_while(|&j| s.items[j].2 == Item::Word)
                            .any(|j| s.is_word(j, &["its", "their", "sa", "son", "ses", "leur"])))
                    // "agreed to spin off Pellow and sell it", "va scinder
                    // Pellow puis la céder": a name right after an
                    // infinitive or a future's verb is its object.
                    || infinitive_object(s, left_bound, k)
                    // "which operates the Stabroek block and holds": a name
                    // modifying a noun after an article is inside the
                    // first verb's object.
                    || (k >= 1
                        && s.is_word(k - 1, &["the", "le", "la", "l'"])
                        && k + 2 < t
                        && s.items[k + 1].2 == Item::Word
                        && !s.is_word(k + 1, &["and", "et"])
                        && !s.input.toks[s.items[k + 1].0].is_capitalized()));
            // "purchases by Kestane, which bought A and acquired B": the
            // first verb's subject is a relative pronoun, and the name it
            // stands for is the coordinated verb's subject too.
            let antecedent = coordinated_verb
                .then(|| {
                    let w = (left_bound + 1..k_object)
                        .rev()
                        .find(|&j| s.is_word(j, &["which", "who", "qui"]))?;
                    let a = if s.norm(w - 1) == "," {
                        w.checked_sub(2)?
                    } else {
                        w - 1
                    };
                    (a >= left_bound && matches!(s.items[a].2, Item::Ref(Reference::Org(_))))
                        .then_some(a)
                })
                .flatten();
            // ("Le groupe, dont Bpifrance est le premier actionnaire, avait
            // racheté Tessel et noué un partenariat": a description that
            // opens the sentence is its subject too.)
            let first = (left_bound..k_object).find(|&j| {
                matches!(
                    s.items[j].2,
                    Item::Ref(Reference::Org(_) | Reference::Pronoun)
                ) || (j == left_bound
                    && matches!(
                        s.items[j].2,
                        Item::Ref(Reference::Description(_) | Reference::OpeningDescription(_))
                    ))
            });
            let k = match (antecedent, first) {
                (Some(a), _) => a,
                (None, Some(first)) if coordinated_verb && !object(first) => first,
                _ => k_object,
            };
            // "Orvane s'associe à Tessera pour racheter Kelmix", "teamed up
            // with Tessera to buy Kelmix": partners who team up to do a
            // deal both do it.
            // ("teamed up with A to launch a joint bid for Y": the
            // purpose's verb may come before the trigger, its noun's.)
            let to = (t.saturating_sub(5).max(left_bound)..t)
                .rev()
                .find(|&j| s.is_word(j, &["pour", "to"]))
                .filter(|&j| {
                    (j + 1..t).all(|i| {
                        s.items[i].2 == Item::Word && !s.input.toks[s.items[i].0].is_capitalized()
                    })
                });
            let teamed = to.and_then(|to| {
                let tie = (left_bound..to).find(|&j| s.frame_at(j) == Some(Frame::Partner))?;
                let org = |j: usize| matches!(s.items[j].2, Item::Ref(Reference::Org(_)));
                let lead = (left_bound..tie).rev().find(|&j| org(j))?;
                // ("teamed up with A, B and C to buy": every partner.)
                let partners: Vec<usize> = (tie..t).filter(|&j| org(j)).collect();
                // ("Orvane et Tessera s'allient à Halvern": the lead
                // may be a list.)
                let mut leads = vec![lead];
                extend_left(s, lead, left_bound, false, &mut leads);
                (!partners.is_empty()
                    && !(tie..t).any(|j| s.items[j].2 == Item::Punct && s.norm(j) != ","))
                .then(|| leads.into_iter().chain(partners).collect::<Vec<_>>())
            });
            let mut group = vec![k];
            let listed = listed_before
                || super::lists::closed_by_unnamed(s, k, t)
                || super::lists::closed_by_phrase(s, k + 1);
            extend_left(s, k, left_bound, listed, &mut group);
            // "rivals including A and B, which raised $10 billion": a
            // relative after a list of examples tells of its last member.
            if group.len() > 1
                && k + 2 < t
                && s.relative_after(k)
                && let Some(&first) = group.iter().min()
                && ((first >= 1
                    && (s.is_word(first - 1, &["including", "notamment", "dont", "comme"])
                        || (first >= 2
                            && s.is_word(first - 1, &["as", "que"])
                            && s.is_word(first - 2, &["such", "tels", "telles"]))))
                    // ("Pivex and chipmaker Halvern, which also agreed to
                    // supply": a last member with a description of its own.)
                    // (Within the relative: the main clause's verb after
                    // it has the whole list.)
                    || (k >= 2
                        && s.is_in(k - 1, &lexicon::DESCRIPTION_HEADS)
                        && s.is_word(k - 2, &["and", "et"])
                        && !(k + 3..t).any(|j| s.items[j].2 == Item::Punct && s.norm(j) == ","))
                    // ("competes with A and B, which signed a contract with
                    // Y", "behind A and B, which bought Y": a list after a
                    // preposition, whose relative's verb is not plural.)
                    // (The trigger inside the relative, not after it.)
                    || (first >= 1
                        && s.is_word(first - 1, LIST_PREPOSITIONS)
                        && !(k + 3..t).any(|j| s.is_comma(j))
                        && !(k + 3..=t).any(|j| {
                            s.is_word(j, PLURAL_CUES)
                                // ("qui détiennent": a French verb's plural.)
                                || (j == k + 3
                                    && s.items[j].2 == Item::Word
                                    && s.norm(j).len() > 4
                                    && s.norm(j).ends_with("ent"))
                        })
                        && !matches!(
                            s.frame_at(t),
                            Some(Frame::Partner | Frame::JointVenture | Frame::Merge)
                        )))
            {
                group = vec![k];
            }
            // "a consortium led by A and including B and C agreed": the
            // group's leader acts with its members.
            if let Some(&first) = group.iter().min()
                && let Some(leader) = super::groups::group_leader(s, first, left_bound)
                && !group.contains(&leader)
            {
                group.push(leader);
            }
            // "The consortium formed by A and B, which also includes C and
            // D, is buying": members a relative clause adds act too.
            if let (Some(&first), Some(&last)) = (group.iter().min(), group.iter().max()) {
                for j in super::groups::relative_members(s, first, last, t) {
                    if !group.contains(&j) {
                        group.push(j);
                    }
                }
            }
            for j in teamed.into_iter().flatten() {
                if !group.contains(&j) {
                    group.push(j);
                }
            }
            // "Silver Lake, together with Mubadala, will invest", "X, aux
            // côtés de Y, va investir": a companion set off by commas acts
            // with the subject.
            group.extend(companion(s, k, t));
            group.extend(joined_by(s, k, t, left_bound));
            return (group, poss);
        }
    }
    (Vec::new(), poss)
}

/// The references a subject at `k` is joined by in a parenthetical between
/// commas before the trigger at `t`: ", together with Y,", ", alongside Y,",
/// ", along with Y,", ", aux côtés de Y,", ", accompagné de Y et de Z,".
fn companion(s: &Sentence<'_>, k: usize, t: usize) -> Vec<usize> {
    let comma = |j: usize| j < t && s.items[j].2 == Item::Punct && s.norm(j) == ",";
    if !comma(k + 1) {
        return Vec::new();
    }
    let mut j = k + 2;
    let lead = lexicon::COMPANION_PHRASES.phrases();
    let Some(words) = lead.iter().find(|ws| {
        ws.iter()
            .enumerate()
            .all(|(n, w)| j + n < t && s.items[j + n].2 == Item::Word && s.norm(j + n) == w)
    }) else {
        return Vec::new();
    };
    j += words.len();
    // "aux côtés du fonds X": a determiner or a kind before the name.
    let Some(name) = (j..(j + 3).min(t)).find(|&r| s.org_at(r).is_some()) else {
        return Vec::new();
    };
    let mut group = vec![name];
    let end = super::lists::extend_right(s, name, t, &mut group);
    if (j..name).any(|r| s.items[r].2 != Item::Word) || !comma(end) {
        return Vec::new();
    }
    group
}

/// "Orvane joined Pivex in investing in Kestane", "Orvane s'est joint à
/// Pivex pour investir dans Kestane": who joins the subject at `k` of the
/// trigger at `t` in its act acts with it.
fn joined_by(s: &Sentence<'_>, k: usize, t: usize, left_bound: usize) -> Vec<usize> {
    if !(k + 2 == t && s.is_word(k + 1, &["in", "pour"])) || k < left_bound + 2 {
        return Vec::new();
    }
    let verb = if s.is_word(k - 1, &["joined", "joins", "join", "rejoint", "rejoignent"]) {
        k - 1
    } else if s.is_word(k - 1, &["à"])
        && s.is_word(k - 2, &["joint", "jointe", "joints", "jointes"])
    {
        k - 2
    } else {
        return Vec::new();
    };
    // ("s'est joint": past the reflexive and its auxiliary.)
    let before = (left_bound..verb)
        .rev()
        .take_while(|&j| s.items[j].2 == Item::Word || s.org_at(j).is_some())
        .find(|&j| s.org_at(j).is_some());
    before.into_iter().collect()
}

/// "After buying Tellwave in 2020, Garrick agreed to...", "Après avoir
/// racheté X, Y a...": a fronted clause's verb has the main clause's
/// subject, the first organisation after the comma that closes the clause.
pub(super) fn fronted_subject(s: &Sentence<'_>, t: usize) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "after",
        "before",
        "since",
        "following",
        "upon",
        "while",
        "après",
        "avant",
        "depuis",
    ];
    // "Backed by A, B and C, Kelmix has raised": a participle and its
    // agent opening the sentence describe the main clause's subject.
    if t == 0 && s.is_word(1.min(s.items.len() - 1), &["by", "par"]) {
        let first = 2;
        if first >= s.items.len() || !matches!(s.items[first].2, Item::Ref(_)) {
            return None;
        }
        let mut agents = vec![first];
        let end = super::lists::extend_right(s, first, s.items.len(), &mut agents);
        if end < s.items.len() && s.norm(end) == "," {
            return (end + 1..s.items.len().min(end + 4))
                .find(|&k| matches!(s.items[k].2, Item::Ref(_)));
        }
        return None;
    }
    let opener = (0..t.min(4)).find(|&k| s.is_word(k, OPENERS))?;
    if (opener + 1..t).any(|k| s.items[k].2 != Item::Word) {
        return None;
    }
    let comma = (t + 1..s.items.len()).find(|&k| s.items[k].2 == Item::Punct)?;
    if s.norm(comma) != "," {
        return None;
    }
    (comma + 1..s.items.len().min(comma + 4)).find(|&k| matches!(s.items[k].2, Item::Ref(_)))
}

/// Nouns of a company's advisers on a deal: see
/// `data/words/adviser_nouns.txt`.
static ADVISER_NOUNS: WordSet = WordSet::new(include_str!("../../data/words/adviser_nouns.txt"));

/// Verbs of hiring someone to act: see `data/words/hiring_verbs.txt`.
static HIRING_VERBS: WordSet = WordSet::new(include_str!("../../data/words/hiring_verbs.txt"));

/// Whether the reference at `k`, before the trigger at `t`, is the object
/// of a verb of hiring and the subject of the infinitive after it: "hired
/// Tessera to explore", "a mandaté la banque Tessera pour étudier", "a
/// demandé à Tessera de trouver". Between the verb and the name stand at
/// most three lowercase words of description ("investment bank").
fn hired_to_act(s: &Sentence<'_>, k: usize, t: usize) -> bool {
    if !(k + 1 < t && s.is_word(k + 1, &["to", "pour", "de", "d'"])) {
        return false;
    }
    (k.saturating_sub(4)..k).rev().any(|v| {
        s.is_in(v, &HIRING_VERBS)
            && (v + 1..k).all(|j| {
                s.items[j].2 == Item::Word
                    && !s.input.toks[s.items[j].0].is_capitalized()
                    && !s.is_word(
                        j,
                        &["of", "de", "d'", "du", "for", "pour", "with", "avec", "to"],
                    )
            })
    })
}

/// Whether the reference at `k` is who a buying verb right before buys
/// from: "from Tessera", "à Tessera", "auprès de Tessera".
fn seller_before_stake(s: &Sentence<'_>, k: usize) -> bool {
    // ("racheter au fonds Tessera sa participation", "buy from the fund
    // Tessera its stake": past a short description of the seller.)
    let k = (k.saturating_sub(4)..k)
        .rev()
        .take_while(|&j| {
            s.items[j].2 == Item::Word
                && !s.input.toks[s.items[j].0].is_capitalized()
                && !s.is_word(j, &["from", "à", "au", "de", "d'", "du"])
        })
        .last()
        .filter(|&j| {
            j >= 1
                && s.is_word(j - 1, &["from", "à", "au", "de", "d'", "du"])
                && (s.is_word(j, &["the", "la", "le", "l'"]) || s.is_word(j - 1, &["au", "du"]))
        })
        .unwrap_or(k);
    let bought_at = |v: usize| s.frame_at(v) == Some(Frame::Acquire);
    // ("agreed to pay $200 million to Pellow for a 10% stake": who is paid,
    // past the sum.)
    let paid_at = |v: usize| s.frame_at(v) == Some(Frame::Pay);
    (k >= 2 && s.is_word(k - 1, &["from", "à", "au"]) && bought_at(k - 2))
        || (k >= 2 && s.is_word(k - 1, &["to", "à"]) && (k.saturating_sub(4)..k - 1).any(paid_at))
        || (k >= 3
            && s.is_word(k - 1, &["de", "d'", "du"])
            && s.is_word(k - 2, &["auprès"])
            && bought_at(k - 3))
}

/// Where the apposition opens when the reference at `k` stands inside one
/// that gives a person's title after a name that is no organisation:
/// "Jane Doe, president of Acme, said".
fn person_apposition(s: &Sentence<'_>, k: usize, left_bound: usize, t: usize) -> Option<usize> {
    let comma = |j: usize| s.items[j].2 == Item::Punct && s.norm(j) == ",";
    let open = (left_bound + 1..k).rev().take(6).find(|&j| comma(j))?;
    let titled = (open + 1..(open + 4).min(k))
        .any(|j| s.items[j].2 == Item::Word && lexicon::is(&lexicon::PERSON_CUES, s.norm(j)));
    let closed = (k + 1..t).any(comma);
    let named_person = !matches!(s.items[open - 1].2, Item::Ref(_));
    (titled && closed && named_person).then_some(open)
}

/// The name an apposition "X, a rival of Y" describes, when the reference
/// at `k` is that rival's Y: "Kelmix, a rival of Orvane backed by Tessera".
fn rival_apposition(s: &Sentence<'_>, k: usize, left_bound: usize) -> Option<usize> {
    let of = k
        .checked_sub(1)
        .filter(|&j| s.is_word(j, &["of", "de", "d'", "du"]))?;
    let noun = (of.saturating_sub(3).max(left_bound)..of)
        .rev()
        .find(|&j| s.is_in(j, &lexicon::RIVAL_NOUNS))?;
    let open = noun.checked_sub(1).and_then(|j| {
        (j.saturating_sub(2).max(left_bound)..=j)
            .rev()
            .find(|&c| s.items[c].2 == Item::Punct && s.norm(c) == ",")
    })?;
    (open > left_bound && s.org_at(open - 1).is_some()).then_some(open - 1)
}

/// Whether the name at `k` is the employer a person's title names: a
/// title or a plural noun of people, then "of"/"de" and at most an article
/// before it ("the chief executive of Norlac", "l'ancien patron de Norlac",
/// "the founders of Norlac").
fn titled_employer(s: &Sentence<'_>, k: usize, left_bound: usize) -> bool {
    let mut j = k;
    if j > left_bound && s.is_word(j - 1, &["the", "la", "le", "l'"]) {
        j -= 1;
    }
    j >= left_bound + 2
        && s.is_word(j - 1, &["of", "de", "d'", "du"])
        && s.items[j - 2].2 == Item::Word
        // ("the founders of Tessel", "les dirigeants de Tessel": people in
        // the plural too.)
        && (lexicon::is(&lexicon::PERSON_CUES, s.norm(j - 2))
            || lexicon::is(&lexicon::PERSON_GROUPS, s.norm(j - 2)))
}

/// The first member of the list of names the name at `k` closes ("A, B
/// and C"), or `k` itself: names joined by commas or "and", back to
/// `left_bound`.
fn list_head(s: &Sentence<'_>, k: usize, left_bound: usize) -> usize {
    let sep = |j: usize| s.norm(j) == "," || s.is_word(j, &["and", "et"]);
    let mut first = k;
    loop {
        // "aux côtés de A et de B", "associé à A et à B": a French list
        // says its preposition again before each member.
        let at = if first >= left_bound + 3
            && s.is_word(first - 1, REPEATED_PREPOSITIONS)
            && sep(first - 2)
        {
            first - 3
        } else if first >= left_bound + 2 && sep(first - 1) {
            first - 2
        } else {
            break;
        };
        if !matches!(s.items[at].2, Item::Ref(Reference::Org(_))) {
            break;
        }
        first = at;
    }
    first
}

/// The organisation an apposition describes, when the reference at `k`
/// stands inside one: "X, the/a/une ... k ...," gives X.
fn apposition_head(s: &Sentence<'_>, k: usize, left_bound: usize, t: usize) -> Option<usize> {
    let comma = |j: usize| s.items[j].2 == Item::Punct && s.norm(j) == ",";
    // "Kelmix, which is backed by A, B and C, raised": the reference may
    // close a list; the apposition opens before its first member.
    let mut first = list_head(s, k, left_bound);
    // (The last member may be a name the finder missed: "..., Nvidia and
    // xAI, agreed".)
    if !(first..k).any(|j| s.is_word(j, &["and", "et"])) && !s.is_word(k + 1, &["and", "et"]) {
        first = k;
    }
    // The apposition closes with a comma between the reference and the
    // trigger side, which the caller has passed: look for its opening.
    let open = (left_bound + 1..first).rev().find(|&j| comma(j))?;
    // ("X, already a shareholder of Y,", "X, déjà actionnaire de Y,": an
    // adverb of time may open the apposition.)
    let o = if s.is_word(open + 1, &lexicon::APPOSITION_ADVERBS) {
        open + 1
    } else {
        open
    };
    // "X, which bought Y last year,", "X, qui a racheté Y,": a relative,
    // which a preposition may open ("X, in which Orbis holds a stake,").
    let relative = s.is_word(
        o + 1,
        &["which", "who", "whose", "qui", "dont", "lequel", "laquelle"],
    ) || (s.is_word(o + 1, &["in", "dans", "auprès", "à"])
        && s.is_word(o + 2, super::sentence::PREPOSITION_RELATIVES))
        // ("X, auquel participent aussi Y et Z,": a preposition fused in.)
        || super::sentence::FUSED_RELATIVES
            .iter()
            .any(|(w, _)| s.is_word(o + 1, &[w]));
    // The apposition opens with a determiner ("X, the maker of"), a
    // company's part or kind ("X, filiale d'Orbis,", "X, unit of Orbis,"),
    // or a participle and its agent ("X, advised by Orbis,").
    let det = s.is_word(
        o + 1,
        &["the", "a", "an", "le", "la", "l'", "un", "une", "les"],
    ) || matches!(
        s.items[o + 1].2,
        Item::Ref(Reference::Description(_) | Reference::OpeningDescription(_))
    ) || s.is_in(o + 1, &UNIT_NOUNS)
        // ("X, Japan's largest drugmaker,": a possessor opens it.)
        // ("X, Abu Dhabi's sovereign fund,": a possessor of a few words.)
        || (o + 2..(o + 5).min(k + 1)).any(|p| {
            (o + 1..p).all(|j| s.items[j].2 == Item::Word)
                && matches!(s.items[p].2, Item::Ref(Reference::Description(_)))
                && s.norm(p) == "'s"
        })
        || s.is_in(o + 1, &lexicon::DESCRIPTION_HEADS)
        // ("X, founded in 2020 and backed by A, B and C,": the agent may
        // come a few words on.)
        // ("X, majority owned by Orbis,": an adverb may open it.)
        // ("X, 45% owned by Orbis,": or the share held.)
        || (o + 2 < k
            && (o + 2..first.min(o + 8)).any(|j| s.is_word(j, &["by", "par"]))
            && {
                let p = past_share(s, o + 1);
                s.items[p].2 == Item::Word
                    && (lexicon::is_participle(s.norm(p))
                        || (s.items[p + 1].2 == Item::Word
                            && lexicon::is_participle(s.norm(p + 1))))
            })
        || relative
        // "X, owner of Y,", "X, propriétaire de Y,": a noun and its complement.
        || (o + 2 < k
            && s.items[o + 1].2 == Item::Word
            && s.is_word(o + 2, &["of", "de", "d'", "du", "des"]))
        // ("A and B, two units of Orbis,", "A et B, deux filiales d'Orbis,":
        // a count may open it.)
        || (o + 3 < k
            && matches!(
                s.norm(o + 1),
                "two" | "three" | "four" | "both" | "deux" | "trois" | "quatre"
            )
            && s.items[o + 2].2 == Item::Word
            && s.is_word(o + 3, &["of", "de", "d'", "du", "des"]))
        // ("X, actionnaire minoritaire de Y,", "X, already a shareholder
        // of Y,": a tie's noun with its adjectives, "X, allié historique de Y,".)
        // ("X, déjà actionnaire à 30 % de Y,": past the share held.)
        || (o + 2..(o + 7).min(k)).any(|p| {
            s.is_word(p, &["of", "de", "d'", "du", "in", "dans"])
                && (o + 1..p).all(|j| {
                    s.items[j].2 == Item::Word || super::shapes::percent_unit(s.norm(j))
                })
                && (o + 1..p).any(|j| s.is_in(j, &lexicon::RELATION_NOUNS))
        });
    // ... and closes before the trigger: "Datafin, which Brenwick bought,"
    // has its trigger inside, whose subject is Brenwick.
    let closed = (k + 1..t.min(s.items.len())).take(12).any(comma);
    // "Le Public Investment Fund (PIF), le fonds souverain ...,": a short
    // form in brackets may stand between the name and its apposition.
    let bracketed = open >= 4
        && s.norm(open - 1) == ")"
        && s.norm(open - 3) == "("
        && matches!(s.items[open - 4].2, Item::Ref(Reference::Org(_)));
    // "A, B, la Banque publique d'investissement et C,": after names
    // joined by commas, a determiner opens the list's next member, not an
    // apposition to the last one.
    let listed = !relative
        && open >= 3
        && matches!(s.items[open - 1].2, Item::Ref(Reference::Org(_)))
        && s.norm(open - 2) == ","
        && matches!(s.items[open - 3].2, Item::Ref(Reference::Org(_)))
        && (first..k).any(|j| s.is_word(j, &["and", "et"]));
    // "Les principaux actionnaires de Kelmix, le fonds Halvern et Quell,
    // qui détiennent": after a tie's noun and its company, the apposition
    // names those tied (the holders), not the company.
    let tied = open >= 3
        && s.is_word(open - 2, &["of", "in", "de", "d'", "du", "dans"])
        && s.items[open - 3].2 == Item::Word
        && {
            let w = s.norm(open - 3);
            lexicon::is(&lexicon::RELATION_NOUNS, w)
                || w.strip_suffix('s')
                    .is_some_and(|w| lexicon::is(&lexicon::RELATION_NOUNS, w))
        };
    // "<Quellin Optics Co Ltd>, a sister company of Y,", "Quellin Corp
    // <QLN>, a unit of Y,": a newswire's angle brackets round the
    // name or its ticker.
    let angled = (open >= 3
        && s.norm(open - 1) == ">"
        && s.norm(open - 3) == "<"
        && matches!(s.items[open - 2].2, Item::Ref(Reference::Org(_))))
    .then(|| open - 2)
    .or_else(|| {
        (open >= 1 && s.norm(open - 1) == ">")
            .then(|| {
                (open.saturating_sub(5)..open - 1)
                    .rev()
                    .find(|&j| s.norm(j) == "<")
            })
            .flatten()
            .filter(|&j| j >= 1 && matches!(s.items[j - 1].2, Item::Ref(Reference::Org(_))))
            .map(|j| j - 1)
    });
    match s.items[open - 1].2 {
        Item::Ref(_) if det && closed && !listed && !tied => Some(open - 1),
        Item::Punct if det && closed && bracketed => Some(open - 4),
        Item::Punct if det && closed && angled.is_some() => angled,
        // "Kelmix SA of Belgium, in which ...,": where the company is based
        // may stand between it and a relative's comma.
        _ if relative
            && closed
            && open >= 3
            && matches!(s.items[open - 3].2, Item::Ref(Reference::Org(_))) =>
        {
            Some(open - 3)
        }
        _ => None,
    }
}

/// Where the words after a share written at item `j` start ("45% owned",
/// "60 pct owned", "30 per cent owned"), or `j` when no share is written
/// there.
/// (The words after the share, and the one after them, always exist: the
/// caller reads both.)
fn past_share(s: &Sentence<'_>, j: usize) -> usize {
    let n = s.items.len();
    let numeric = s.norm(j).starts_with(|c: char| c.is_ascii_digit());
    if !numeric || j + 3 >= n || !super::shapes::percent_unit(s.norm(j + 1)) {
        return j;
    }
    let end = if s.norm(j + 1) == "per" { j + 3 } else { j + 2 };
    let end = if end < n && s.norm(end) == "-" {
        end + 1
    } else {
        end
    };
    if end + 1 < n { end } else { j }
}

pub(super) fn extend_left(
    s: &Sentence<'_>,
    mut k: usize,
    left_bound: usize,
    listed: bool,
    group: &mut Vec<usize>,
) {
    // Read right to left, "A, B et C" meets "et" before any comma; `listed`
    // says the "and" came after `k`, before a member that is no party.
    let mut seen_and = listed;
    loop {
        // Up to three description words, then "et"/"and"/",", then a reference.
        let mut j = k;
        // "and <Heller Overseas Corp>": a newswire's brackets round a name.
        if j > left_bound + 1 && s.items[j - 1].2 == Item::Punct && s.norm(j - 1) == "<" {
            j -= 1;
        }
        let mut skipped = 0;
        // ("and the venture arm of memory maker Corvex": one word more for
        // an owner's complement.)
        let mut owner_of = false;
        while j > left_bound
            && matches!(s.items[j - 1].2, Item::Word)
            && !s.is_word(j - 1, &["et", "and"])
            && skipped < 5 + usize::from(owner_of)
        {
            j -= 1;
            skipped += 1;
            owner_of |= s.is_word(j, &["of", "de", "d'", "du"]);
        }
        // "A and BlackRock's Global Infrastructure Partners": a member named
        // through its owner; the owner is no member of the list.
        let owner_possessive = skipped >= 1
            && j > left_bound + 2
            && s.norm(j) == "'s"
            && matches!(s.items[j - 1].2, Item::Ref(Reference::Org(_)))
            && (s.is_word(j - 2, &["et", "and"]) || s.norm(j - 2) == ",");
        if owner_possessive {
            j -= 1;
            skipped = 0;
        }
        // More than three words only after a determiner: "and the Dutch
        // shipping group Kelmix".
        if skipped > 3 && !s.is_word(j, &["the", "le", "la", "l'", "les"]) {
            return;
        }
        // "et l'opérateur ferroviaire Fretlink": a description standing
        // before the name belongs to it.
        if j > left_bound + 1 && matches!(s.items[j - 1].2, Item::Ref(Reference::Description(_))) {
            j -= 1;
        }
        let as_well_phrase = matches!(
            s.words(j, j + skipped),
            ["as", "well", "as"] | ["ainsi", "que"] | ["ainsi", "qu'"]
        );
        // ("Bpifrance ainsi que Tarrin participent": the phrase may follow a
        // name right away, with no comma.)
        let bare_as_well = as_well_phrase
            && j > left_bound
            && matches!(s.items[j - 1].2, Item::Ref(Reference::Org(_)));
        if j <= left_bound + 1 && !bare_as_well {
            return;
        }
        // "A and B, as well as C and D, invested", "A, ainsi que B, a
        // investi": the phrase that closes a list, after its comma.
        let as_well = bare_as_well
            || (as_well_phrase && s.items[j - 1].2 == Item::Punct && s.norm(j - 1) == ",");
        let and = s.is_word(j - 1, &["et", "and"]) || as_well;
        // "Enerzo, la Banque des Territoires et Meridiam": a determiner may
        // open a member after a comma.
        // ("composé d'Orvane, de Tessera et de Kelmix": a French list may
        // say its preposition again before each member.)
        let bare = (j..j + skipped).all(|w| s.is_word(w, &["la", "le", "l'", "les", "the"]))
            || (skipped == 1 && s.is_word(j, REPEATED_PREPOSITIONS));
        // "BlackRock, its infrastructure arm GIP, Abu Dhabi's MGX and
        // Nvidia": a member may be described through its owner or its
        // country.
        let place_possessive = skipped >= 2
            && s.norm(j + skipped - 1) == "'s"
            && lexicon::is_place_or_demonym(&s.words(j, j + skipped - 1).join(" "));
        let owned = skipped >= 2 && s.is_word(j, &["its", "their", "son", "sa", "leur"]);
        // "le fonds Orvane, l'assureur Tessera et le groupe Halvern": a
        // member after a comma may carry its description, article first.
        let described = skipped >= 2 && s.is_word(j, &["the", "le", "la", "l'", "les"]);
        // "Orvane, Kelmix agree to merge": a headline joins two names
        // opening it with a comma, and no full stop ends it.
        let headline_pair = skipped == 0
            && j == 2
            && left_bound == 0
            && matches!(s.items[0].2, Item::Ref(Reference::Org(_)))
            && s.items.last().is_some_and(|i| i.2 != Item::Punct);
        let comma = s.items[j - 1].2 == Item::Punct
            && s.norm(j - 1) == ","
            && ((seen_and && (bare || place_possessive || owned || owner_possessive || described))
                || headline_pair);
        if !(and || comma) {
            return;
        }
        seen_and |= and;
        // ("A, through its fund F, as well as B": the phrase's comma may
        // close an apposition on the member before it; keep the comma in
        // view for the apposition read below.)
        let mut r =
            if bare_as_well || (as_well && j >= 2 && !matches!(s.items[j - 2].2, Item::Ref(_))) {
                j
            } else {
                j - 1
            };
        // "A, B, and C": English may set a comma before the last "and" of a
        // list of three or more ("Kelmix, and last year it" lists nothing).
        if and
            && skipped == 0
            && s.is_word(j - 1, &["and"])
            && r > left_bound + 3
            && s.items[r - 1].2 == Item::Punct
            && s.norm(r - 1) == ","
            && matches!(s.items[r - 2].2, Item::Ref(Reference::Org(_)))
            && s.items[r - 3].2 == Item::Punct
            && s.norm(r - 3) == ","
        {
            r -= 1;
        }
        // "Orbis, a bank, and Kelmix, an insurer, agreed to merge": the
        // member before "and" may carry its own apposition.
        if and
            && r > left_bound + 2
            && s.items[r - 1].2 == Item::Punct
            && s.norm(r - 1) == ","
            && let Some(open) = (r.saturating_sub(10).max(left_bound + 1)..r - 1)
                .rev()
                .find(|&c| s.items[c].2 == Item::Punct)
                .filter(|&c| {
                    s.norm(c) == ","
                        && (s.is_word(c + 1, &["a", "an", "the", "un", "une", "le", "la", "l'"])
                            // ("Norlac, which led the round, and Orvane": a
                            // relative on it.)
                            || s.is_word(c + 1, &["which", "who", "qui"])
                            // ("Bpifrance, à travers son fonds Large
                            // Venture, ainsi que Tarrin": the vehicle it acts
                            // through.)
                            || s.is_word(c + 1, &["through", "via"])
                            || (s.is_word(c + 1, &["à"]) && s.is_word(c + 2, &["travers"]))
                            // ("Harlow, the German engineering group, and
                            // Tessant": a description read as one item.)
                            || matches!(s.items[c + 1].2, Item::Ref(Reference::Description(_))))
                        && matches!(s.items[c - 1].2, Item::Ref(Reference::Org(_)))
                })
        {
            r = open;
        }
        while r > left_bound
            && matches!(s.items[r - 1].2, Item::Word)
            && s.is_word(r - 1, &["d'", "de", "l'", "la", "le"])
        {
            r -= 1;
        }
        // "Acme Corp <ACME.N> and Globex", "Toyota Motor Corp. (7203),
        // Nissan": a ticker or code after a name.
        if r >= 2
            && s.items[r - 1].2 == Item::Punct
            && matches!(s.norm(r - 1), ">" | ")")
            && let Some(open) = (r.saturating_sub(6).max(left_bound)..r - 1)
                .rev()
                .find(|&j| {
                    s.items[j].2 == Item::Punct
                        && s.norm(j) == if s.norm(r - 1) == ">" { "<" } else { "(" }
                })
        {
            r = open;
        }
        if r == 0 || !matches!(s.items[r - 1].2, Item::Ref(_)) {
            return;
        }
        // "took a stake in Intel and SoftBank invested": a name a deal is
        // in belongs to the clause before, not to this verb's subjects.
        // ("bought Kelmix and Norvane bought Tessel": so is the object of a
        // deal's verb.)
        // ("A consortium formed by Orvane and Tessera is buying": after a
        // participle naming who stands behind a group, the agents are its
        // members, all of them.)
        let behind_group = r >= 3
            && s.is_word(r - 2, &["by", "par"])
            && super::slots::BUYER_VEHICLE_VERBS.contains(s.norm(r - 3));
        if and
            && r >= 2
            && r - 2 > left_bound
            && !behind_group
            && ((s.is_word(r - 2, &["in", "into", "dans", "by", "par"])
                && (left_bound..r - 2).any(|q| s.frame_at(q).is_some()))
                || s.deal_verb_at(r - 2))
        {
            return;
        }
        k = r - 1;
        group.push(k);
    }
}

/// Whether the name at item `k` is the object of a verb in the infinitive
/// or the future right before it ("agreed to spin off Pellow", "will carve
/// out Pellow", "va scinder Pellow"): "to" or an auxiliary of the future,
/// then one to three lowercase words, none a preposition.
fn infinitive_object(s: &Sentence<'_>, left_bound: usize, k: usize) -> bool {
    const OPENERS: &[&str] = &["to", "will", "would", "va", "vont", "allait"];
    const PREPOSITIONS: &[&str] = &[
        "with", "from", "to", "by", "for", "in", "into", "of", "avec", "de", "d'", "du", "des",
        "par", "pour", "à", "au", "aux", "dans", "sur", "auprès",
    ];
    (k.saturating_sub(4).max(left_bound)..k.saturating_sub(1))
        .rev()
        .find(|&j| s.is_word(j, OPENERS))
        .is_some_and(|j| {
            (j + 1..k).all(|i| {
                s.items[i].2 == Item::Word
                    && !s.input.toks[s.items[i].0].is_capitalized()
                    && s.norm(i).chars().all(char::is_alphabetic)
                    && !s.is_word(i, PREPOSITIONS)
            })
        })
}

/// The first verb's object that a verb coordinated after it acts on when
/// it names none of its own ("will split off Pellow and then sell the unit
/// to Z", "va scinder Pellow puis la céder à Z"): the name right before
/// "and"/"et"/"puis"/"then", itself the object of an infinitive or a
/// future before it, with at most a clitic or "then" between the
/// coordinator and the verb at `t`.
pub(super) fn coordinated_object(s: &Sentence<'_>, left_bound: usize, t: usize) -> Option<usize> {
    let mut j = t;
    while j > left_bound && s.is_word(j - 1, &["la", "le", "l'", "les", "then", "ensuite"]) {
        j -= 1;
    }
    let coordinator = j.checked_sub(1)?;
    if !s.is_word(coordinator, &["and", "et", "puis", "then"]) || coordinator <= left_bound {
        return None;
    }
    let k = coordinator - 1;
    (matches!(s.items[k].2, Item::Ref(Reference::Org(_))) && infinitive_object(s, left_bound, k))
        .then_some(k)
}

/// Whether the name at item `k` is a company's former name, after
/// "formerly", "previously", "anciennement" or "ex", with at most "known
/// as", "called" or "connu sous le nom de" between.
fn former_name(s: &Sentence<'_>, k: usize, left_bound: usize) -> bool {
    (k.saturating_sub(6).max(left_bound)..k)
        .rev()
        .find(|&j| s.items[j].2 != Item::Word || s.is_in(j, &lexicon::FORMER_NAME_MARKERS))
        .is_some_and(|j| {
            s.is_in(j, &lexicon::FORMER_NAME_MARKERS)
                && (j + 1..k).all(|i| s.is_word(i, lexicon::FORMER_NAME_FILLERS))
        })
}

/// Prepositions a list of companies may follow as a complement, and words
/// that list examples, whose relative clause then tells of its last member
/// ("behind A and B, which bought Y", "customers include A and B, which
/// signed").
const LIST_PREPOSITIONS: &[&str] = &[
    "behind",
    "from",
    "with",
    "than",
    "to",
    "by",
    "of",
    "against",
    "like",
    "over",
    "ahead",
    "derrière",
    "de",
    "des",
    "avec",
    "que",
    "contre",
    "face",
    "devant",
    // ("its customers include A and B, which signed a contract": after a
    // verb or a word that lists examples too.)
    "include",
    "includes",
    "included",
    "including",
    "as",
    "comprennent",
    "comprenaient",
    "comme",
    "notamment",
    "dont",
];

/// Words of a relative clause that tell of several subjects ("which have",
/// "qui ont", "which both").
const PLURAL_CUES: &[&str] = &[
    "have",
    "are",
    "were",
    "both",
    "together",
    "jointly",
    "ont",
    "sont",
    "étaient",
    "avaient",
    "ensemble",
    "conjointement",
];

/// Whether the organisation at `k`, possessor of a noun phrase ("Kelmix's
/// Belgian business") or complement of a unit's or assets' noun ("les
/// activités de Kelmix en Italie"), is the antecedent's owner of a relative
/// clause opened right after that phrase, in which the trigger at `t`
/// stands.
fn owner_of_relative_antecedent(s: &Sentence<'_>, k: usize, t: usize) -> bool {
    let owned = |j: usize| {
        s.items[j].2 == Item::Word
            && (s.is_in(j, &UNIT_NOUNS)
                || s.is_word(
                    j,
                    &[
                        "activités",
                        "actifs",
                        "usines",
                        "sites",
                        "magasins",
                        "assets",
                        "operations",
                        "business",
                        "businesses",
                        "plants",
                        "factories",
                        "stores",
                    ],
                ))
    };
    let possessor = k + 1 < t && s.norm(k + 1) == "'s";
    let complement = k >= 2 && s.is_word(k - 1, &["of", "de", "d'", "du"]) && owned(k - 2);
    if !(possessor || complement) {
        return false;
    }
    let from = if possessor { k + 2 } else { k + 1 };
    let Some(comma) = (from..t.min(from + 6)).find(|&j| s.is_comma(j)) else {
        return false;
    };
    (!possessor || (comma > from && owned(comma - 1)))
        && (from..comma).all(|j| {
            s.items[j].2 == Item::Word
                && (!s.input.toks[s.items[j].0].is_capitalized()
                    || lexicon::is_place_or_demonym(s.norm(j)))
        })
        && s.is_word(comma + 1, &["which", "that", "qui"])
        && (comma + 2..t).all(|j| !s.is_comma(j))
}
