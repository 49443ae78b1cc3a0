//! Whether an offer is a takeover bid: one made by a company named with a
//! possessive, for a named organisation, priced, or in a sentence about
//! buying shares or a company; a bid for goods is a trade.

use super::sentence::{GOODS, Item, POSSESSIVES, Sentence};
use crate::coref::Reference;
use crate::lexicon::WordSet;
use dealwire_core::model::Role;

/// Words of what a public buyer puts out to tender: see
/// `data/words/tendered_things.txt`.
static TENDERED_THINGS: WordSet =
    WordSet::new(include_str!("../../data/words/tendered_things.txt"));

/// Whether the bid ending at `t_end` is for a contract, a licence or a
/// concession, named after "for"/"pour" by a few words of their own: "beat
/// Y in the tender for the metro contract", "a bid for the mobile licence",
/// "l'appel d'offres pour le marché des bus". Such a tender buys no company.
fn for_a_contract(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    let end = right_bound.min(s.items.len());
    // ("tender for": the phrase may end on its preposition.)
    let from = if t_end >= 1 && s.is_word(t_end - 1, &["for", "pour"]) {
        t_end - 1
    } else {
        t_end
    };
    // ("a bid for Kelmix's contract business": a company named right after
    // the preposition is what is bid for; "the Tessova licence", a name
    // then the thing tendered, is its licence.)
    (from..end.min(from + 3))
        .find(|&k| s.is_word(k, &["for", "pour"]))
        .is_some_and(|k| {
            (k + 1..end.min(k + 7))
                .take_while(|&j| {
                    s.items[j].2 == Item::Word
                        || (matches!(s.items[j].2, Item::Ref(_))
                            && j + 1 < end
                            && s.items[j + 1].2 == Item::Word
                            && s.is_in(j + 1, &TENDERED_THINGS))
                })
                .any(|j| s.items[j].2 == Item::Word && s.is_in(j, &TENDERED_THINGS))
        })
}

/// Whether the offer at `t..t_end` is a bid for a company.
pub(super) fn takeover_bid(s: &Sentence<'_>, t: usize, t_end: usize, right_bound: usize) -> bool {
    let n = s.items.len();
    if for_a_contract(s, t_end, right_bound) {
        return false;
    }
    let sentence = s.words(0, n);
    // "Cisco's offer", "Cisco's increased offer".
    // ("Cisco's unsolicited $40-a-share offer": a few words of price and
    // manner, whose compound's hyphens are no words of their own.)
    let poss = (t.saturating_sub(3)..t).any(|k| s.norm(k) == "'s")
        || (t.saturating_sub(9)..t.saturating_sub(3)).any(|k| {
            s.norm(k) == "'s"
                && (k + 1..t).all(|j| s.hyphen_inside(j) || s.items[j].2 != Item::Punct)
                && s.span_without_hyphens(k, t) <= 6
        });
    // "its pursuit of Kelmix": a company's own bid, told with a
    // possessive determiner, is for what "of" names.
    let own_bid = (t.saturating_sub(3)..t).any(|k| matches!(s.norm(k), "its" | "their"));
    let context = sentence.iter().any(|w| {
        matches!(
            *w,
            "rachat"
                | "racheter"
                | "acquérir"
                | "acquire"
                | "acquisition"
                | "takeover"
                | "merger"
                | "buyout"
                | "fusion"
                | "rapprochement"
                | "combination"
                | "opa"
                | "achat"
                | "share"
                | "shares"
                | "stock"
                | "tender"
                | "action"
                | "actions"
                | "titres"
                | "rachète"
                // "a hostile bid by Y", "une offre inamicale": only a
                // takeover bid is hostile.
                | "hostile"
                | "unsolicited"
                | "inamicale"
        )
    });
    // "a $3 billion bid", "its bid for Acme": a priced bid, or one
    // for a named organisation, is a takeover bid.
    // "a $3 billion bid", "an offer worth 94 mln stg".
    let priced_at =
        |k: usize| matches!(s.items[k].2, Item::Amount(a) if s.input.amounts[a].currency.is_some());
    let priced = (t.saturating_sub(2)..t).any(priced_at)
        || (t_end..(t_end + 4).min(right_bound)).any(|k| {
            priced_at(k)
                && k > t_end
                && (t_end..k).all(|j| {
                    s.is_word(
                        j,
                        &["worth", "valued", "at", "of", "around", "about", "d'", "de"],
                    )
                })
        });
    // "its bid for Acme", "son offre sur Acme", "an offer from
    // Acme", "l'offre de Acme": an organisation bid for or bidding.
    // "an offer for chemical maker Nouryon": a description may
    // stand before the name; its words are no goods bid for.
    let mut described = None;
    // "son offre sur le sud-africain MultiChoice": an article and
    // lowercase words of description may stand before the name.
    // ("on the Western Alliance's flank": a possessive names no target.)
    // ("sur le fabricant de câbles Scoria": a noun's complement may
    // stand in the description.)
    // (The name's item, whose description's words are no goods bid for.)
    let described_org = |k: usize| {
        if !s.is_word(k, &["for", "pour", "sur"]) {
            return None;
        }
        (k + 2..(k + 7).min(n)).find(|&j| {
            matches!(s.items[j].2, Item::Ref(Reference::Org(_)))
                && !s.is_word((j + 1).min(n - 1), &["'s", "'"])
                && s.is_word(k + 1, &["the", "le", "la", "l'", "les"])
                && (k + 2..j).all(|w| {
                    s.items[w].2 == Item::Word && !s.input.toks[s.items[w].0].is_capitalized()
                })
        })
    };
    // ("made a $5 billion approach to Kelmix": what an approach is made
    // to; an offer "to" its holders or "to buy" says no such thing.)
    let approach = super::bid_slots::is_approach(s, t, t_end);
    let for_org = (t_end..(t_end + 8).min(right_bound)).any(|k| {
        (s.is_word(k, &["for", "pour", "on", "sur", "from"]) || (approach && s.is_word(k, &["to"])))
            && k + 1 < n
            && (matches!(s.items[k + 1].2, Item::Ref(_))
                // "for its Kelmix unit", "pour sa filiale Kelmix".
                || (k + 3 < n
                    && s.is_word(k + 1, &["its", "their", "sa", "son", "leur"])
                    && (k + 2..k + 4).any(|j| matches!(s.items[j].2, Item::Ref(Reference::Org(_)))))
                || s.described_name(k + 1, right_bound).is_some_and(|name| {
                    described = Some((k + 1, name));
                    true
                })
                || described_org(k).is_some_and(|name| {
                    described = Some((k + 1, name));
                    true
                })
                || share_of_named(s, k, right_bound))
    }) || (t_end..(t_end + 3).min(n.saturating_sub(1))).any(|k| {
        // "une offre ferme de Kelmix": an adjective may stand between.
        (s.is_word(k, &["de", "d'", "du"]) || (own_bid && s.is_word(k, &["of"])))
            && matches!(s.items[k + 1].2, Item::Ref(_))
            && (t_end..k)
                .all(|j| s.items[j].2 == Item::Word && !s.input.toks[s.items[j].0].is_capitalized())
    });
    let compound = named_compound(s, t, 0);
    // "an approach from Orbis", "an approach by Orbis": the trigger's own
    // "from" or "by" names the bidder.
    let from_org = t_end < n
        && s.is_word(t_end - 1, &["from", "by"])
        && matches!(s.items[t_end].2, Item::Ref(_));
    // "Kelmix was approached by Orbis", "a été approché par Orbis":
    // a company approached by another is bid for.
    let approached_by = s.is_word(
        t,
        &[
            "approached",
            "approché",
            "approchée",
            "approchés",
            "approchées",
        ],
    ) && t_end + 1 < n
        && s.is_word(t_end, &["by", "par"])
        && matches!(s.items[t_end + 1].2, Item::Ref(_));
    // "has approached Kelmix about a possible deal": a company approached
    // over a deal or a merger is bid for.
    let approached_about = s.is_word(t, &["approached", "approaches", "approach"])
        && s.org_at(t_end).is_some()
        && (t_end + 1..(t_end + 4).min(right_bound)).any(|k| {
            s.is_word(k, &["about", "over", "regarding", "concerning"])
                && (k + 1..(k + 5).min(right_bound)).any(|j| {
                    s.is_word(
                        j,
                        &[
                            "deal",
                            "merger",
                            "combination",
                            "tie-up",
                            "takeover",
                            "acquisition",
                            "sale",
                            "buyout",
                            "transaction",
                        ],
                    )
                })
        });
    // "a potential offer that could value Pivex at $15 billion", "an offer
    // valuing Pivex at": the company an offer values is bid for.
    let values_org = (t_end..(t_end + 5).min(right_bound)).any(|k| {
        s.is_word(
            k,
            &[
                "value",
                "values",
                "valuing",
                "valorise",
                "valorisant",
                "valoriserait",
            ],
        ) && s.org_at(k + 1).is_some()
    });
    // "are vying for Kelmix", "se disputent Kelmix": a phrase of rivalry
    // that ends on its preposition or takes its object bare names the
    // company bid for right after it.
    // ("vie for control of Kelmix": the control of a company named.)
    let control_of = t_end + 2 < n
        && s.is_word(t_end, &["control"])
        && s.is_word(t_end + 1, &["of"])
        && matches!(s.items[t_end + 2].2, Item::Ref(_));
    let rivals_for = t_end < n
        && (matches!(s.items[t_end].2, Item::Ref(_)) || control_of)
        && (s.is_word(t_end - 1, &["for"])
            || (s.is_word(t, &["se"]) && s.norm(t + 1).starts_with("disput")));
    if !poss
        && !rivals_for
        && !of_takeover(s, t_end)
        && !context
        && !priced
        && !for_org
        && !compound
        && !from_org
        && !approached_by
        && !values_org
        && !approached_about
    {
        return false;
    }
    // "an offer for Kelmix, a maker of sensors": goods in an apposition on
    // the company bid for describe it. ("are vying for Kelmix, a maker of
    // pumps": the trigger's own "for" may name it.)
    let described_after = (t_end - 1..(t_end + 8).min(right_bound))
        .filter(|&k| s.is_word(k, &["for", "pour", "sur"]))
        .map(|k| {
            if s.is_word(k + 1, &["control"]) && s.is_word(k + 2, &["of"]) {
                k + 3
            } else {
                k + 1
            }
        })
        .find(|&j| {
            j + 1 < n
                && matches!(s.items[j].2, Item::Ref(Reference::Org(_)))
                && s.items[j + 1].2 == Item::Punct
                && s.norm(j + 1) == ","
        })
        .map(|j| j + 1);
    // "accepted one bid from Cam USA on a sale of 18,000 tonnes of
    // wheat": a bid for goods is a trade, not a takeover.
    if (t_end..right_bound.min(t_end + 12)).any(|k| {
        !described.is_some_and(|(from, name)| (from..name).contains(&k))
            && described_after.is_none_or(|comma| k <= comma)
            && s.is_in(k, &GOODS)
            && !matches!(
                s.norm(k),
                "dollars" | "dlrs" | "yen" | "marks" | "currency" | "currencies"
            )
    }) {
        return false;
    }
    true
}

/// "Norlac launches $2 billion Kelmix bid", "drops Kelmix bid", "rejects
/// Norlac bid": a name right before the bid noun at `t`, past a verb and
/// the subject before it (items from `left_bound`), a headline's compound.
pub(super) fn named_compound(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    t > left_bound + 1
        && s.is_word(t, &["bid", "offer", "approach", "counterbid"])
        && matches!(s.items[t - 1].2, Item::Ref(Reference::Org(_)))
        && (s.items[t - 2].2 == Item::Word || matches!(s.items[t - 2].2, Item::Amount(_)))
        && !s.is_word(
            t - 2,
            &[
                "'s", "and", "et", "of", "by", "from", "the", "a", "an", "its", "their", "on",
                "for", "in", "about", "over", "to", "with", "at", "after", "before", "against",
                "into", "per", "share", "sur", "pour", "dans", "avec", "après", "contre",
                // ("shares slump as Norlac bid hopes fade": a conjunction
                // opens a clause the name is the subject of.)
                "as", "amid", "while", "when", "if", "but",
            ],
        )
        // ("Tessel says Norlac bid too low": a reported clause's subject.)
        && !s.is_in(t - 2, &crate::lexicon::REPORTING_VERBS)
        && (left_bound..t - 2).any(|k| s.org_at(k).is_some())
        && (left_bound + 1..t - 1).any(|k| s.items[k].2 == Item::Word)
}

/// Verbs of weighing or turning down a merger put to one: see
/// `data/words/merger_weighing_verbs.txt`.
static MERGER_WEIGHING_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/merger_weighing_verbs.txt"));

/// "Kelmix is studying a proposed merger with Norlac", "a rejeté la
/// proposition de fusion de Norlac": whether the merger noun at items
/// `t..t_end` is proposed to the clause's subject, who receives, weighs or
/// turns it down, by the company named after "with" or "de" (which then
/// takes the subject over).
pub(super) fn merger_proposed_to_subject(
    s: &Sentence<'_>,
    (t, t_end): (usize, usize),
    (left_bound, right_bound): (usize, usize),
) -> bool {
    (t.saturating_sub(3).max(left_bound)..(t_end + 2).min(right_bound)).any(|k| {
        s.is_word(
            k,
            &["proposed", "proposal", "proposé", "proposée", "proposition"],
        )
    }) && (left_bound..t)
        .any(|k| s.is_in(k, &super::acting::RECEIVE_VERBS) || s.is_in(k, &MERGER_WEIGHING_VERBS))
        && (t_end..right_bound).any(|k| {
            s.is_word(k, &["with", "avec"])
                // ("la proposition de fusion de Norlac": its maker.)
                || (s.is_word(k, &["de", "d'"]) && s.org_at(k + 1).is_some())
        })
}

/// Whether what "for" at `k` bids for is a share of a named company: "a
/// bid for the 45 pct of Kelmix", "for the 45 pct it does not already hold
/// in Kelmix", "une offre pour les 40 % de Kelmix", "for a majority of
/// Kelmix".
fn share_of_named(s: &Sentence<'_>, k: usize, right_bound: usize) -> bool {
    let end = (k + 12).min(right_bound).min(s.items.len());
    let mut share = false;
    for j in k + 1..end {
        match &s.items[j].2 {
            Item::Word | Item::Punct if super::shapes::percent_unit(s.norm(j)) => share = true,
            // "for a majority of Kelmix", "pour la majorité du capital de
            // Kelmix", "for the rest of Kelmix": a share told in words.
            Item::Word
                if s.is_word(j, &["majority", "majorité", "control", "contrôle"])
                    || super::remainder::is_remainder_word(s.norm(j)) =>
            {
                share = true
            }
            // ("du capital de Kelmix": the capital is the company's.)
            Item::Word
                if share
                    && s.is_word(j, &["of", "de", "du"])
                    && s.is_word(j + 1, &["capital", "share", "shares"]) => {}
            // "would consider any bid for its 20 pct of Kelmix": its holder
            // sells, whoever bids.
            Item::Word if !share && s.is_word(j, POSSESSIVES) => {
                return false;
            }
            Item::Word if s.is_word(j, &["of", "in", "de", "du", "d'", "dans"]) => {
                return share
                    && matches!(
                        s.items.get(j + 1),
                        Some((_, _, Item::Ref(Reference::Org(_))))
                    );
            }
            // ("it does not already hold": the bidder's own pronoun.)
            Item::Word | Item::Amount(_) | Item::Ref(Reference::Pronoun) => {}
            _ => return false,
        }
    }
    false
}

/// "Kelmix rejected Orvane's approach", "Orvane's $3 billion approach to
/// Kelmix was rebuffed": an approach or an overture alone at `t` is a bid
/// only when a company's possessive names who made it and the clause
/// answers it or names the company it was made to ("Orvane's approach to
/// AI" is a method).
pub(super) fn answered_approach(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    left_bound: usize,
    right_bound: usize,
) -> bool {
    use super::acting::{OFFER_RESPONSES, RECEIVE_VERBS};
    let made_by = (t.saturating_sub(5).max(left_bound + 1)..t)
        .any(|k| s.norm(k) == "'s" && matches!(s.items[k - 1].2, Item::Ref(Reference::Org(_))));
    // ("turned down Orvane's approach": a phrasal answer.)
    let answered = |k: usize| {
        s.is_in(k, &OFFER_RESPONSES)
            || s.is_in(k, &RECEIVE_VERBS)
            || (k >= 1
                && s.is_word(k, &["down"])
                && s.is_word(k - 1, &["turned", "turns", "turning"]))
    };
    // ("welcomed Orvane's approach to sustainability": made to no company.)
    // ("rejected Orvane's approach on Monday": a time after "on" is no
    // complement.)
    let to_other = t_end + 1 < right_bound
        && s.is_word(t_end, &["to", "on", "toward", "towards", "for"])
        && s.org_at(t_end + 1).is_none()
        && !(s.is_word(t_end, &["on"]) && s.is_in(t_end + 1, &crate::lexicon::TIME_WORDS));
    made_by
        && !to_other
        && ((t.saturating_sub(8).max(left_bound)..t).any(answered)
            || (t_end + 1 < right_bound
                && s.is_word(t_end, &["to", "for"])
                && s.org_at(t_end + 1).is_some())
            || (t_end..right_bound).any(|k| {
                answered(k) && k > t_end && s.is_word(k - 1, &["was", "were", "been", "is"])
            }))
}

/// "une offre de reprise", "une offre de rachat": a bid's noun whose own
/// complement, at item `t_end`, says it is a takeover bid.
pub(super) fn of_takeover(s: &Sentence<'_>, t_end: usize) -> bool {
    s.is_word(t_end, &["de", "d'"]) && s.is_word(t_end + 1, &["reprise", "rachat", "reprises"])
}

/// "Norlac agreed to go public through a merger with Halvern Acquisition
/// Corp, a special purpose acquisition company": in a merger with a
/// blank-check company, named as such by an apposition, or by its name's
/// last word in a sentence that tells of going public, the blank-check
/// company buys the other. The party so named, when one of the merger's
/// parties is.
pub(super) fn blank_check_party<'p>(
    s: &Sentence<'_>,
    parties: &'p [(String, Role)],
) -> Option<&'p str> {
    let n = s.items.len();
    let described = |name: &str| {
        (0..n).filter(|&k| s.org_at(k) == Some(name)).any(|k| {
            // ("merge with SPAC Tessel Acquisition": or a noun before it.)
            (k >= 1 && s.is_word(k - 1, &["spac"]))
                || k + 2 < n
                    && s.norm(k + 1) == ","
                    && s.words(k + 2, (k + 9).min(n)).windows(2).any(|w| {
                        matches!(
                            w,
                            ["purpose", "acquisition"]
                                | ["blank-check", _]
                                | ["blank", "check"]
                                | ["a" | "une", "spac"]
                                | ["acquisition", "à"]
                        )
                    })
        })
    };
    // (A name alone says so only where the sentence tells of going public:
    // "a merger of Resorts with RI Acquisition Co", a bidder's vehicle,
    // names a buyer the sentence may have read apart.)
    let listing = s.words(0, n).windows(2).any(|w| {
        matches!(
            w,
            ["go" | "goes" | "going" | "went", "public"]
                | ["public", "listing"]
                | ["to", "list"]
                | ["en", "bourse"]
        )
    });
    let mut spacs = parties.iter().map(|p| p.0.as_str()).filter(|name| {
        (listing
            && name
                .rsplit(' ')
                .next()
                .is_some_and(|last| last.eq_ignore_ascii_case("acquisition")))
            || described(name)
    });
    let first = spacs.next()?;
    spacs.next().is_none().then_some(first)
}

/// "Pivane said 2 mln Quibble shares have been tendered in response to
/// Pivane's offer", "Kelmix said 85% of Tessel's shares were validly
/// tendered": shares of a company tendered, in the passive, tell a tender
/// offer for it by the company whose offer they answer, else the one that
/// says so. The role groups for the verb at item `t`, when it reads so.
pub(super) fn shares_tendered(s: &Sentence<'_>, t: usize) -> Option<Vec<(Vec<usize>, Role)>> {
    let passive =
        (t.saturating_sub(3)..t).any(|k| s.is_word(k, &["were", "was", "been", "be", "are", "is"]));
    if !passive {
        return holder_tendered(s, t);
    }
    if !s.is_word(t, &["tendered"]) {
        return None;
    }
    // The company whose shares: "shares of Y", "shares in Y", "Y shares",
    // "Y's shares", "Y common shares".
    let shares = |k: usize| s.is_word(k, &["shares", "stock"]);
    let target = (t.saturating_sub(14)..t).find(|&k| {
        s.org_at(k).is_some()
            && ((k >= 2 && s.is_word(k - 1, &["of", "in"]) && shares(k - 2))
                || shares(k + 1)
                || (s.is_word(k + 1, &["common", "ordinary", "'s"]) && shares(k + 2)))
    })?;
    // The bidder: a possessive before the offer answered after the verb,
    // else the company telling of it before the shares.
    let n = s.items.len();
    let answered = (t + 1..n.min(t + 8)).find(|&k| {
        s.org_at(k).is_some()
            && s.is_word(k + 1, &["'s"])
            && (k + 2..n.min(k + 5)).any(|j| s.is_word(j, &["offer", "bid", "tender"]))
    });
    let teller = || {
        (0..target).find(|&k| {
            s.org_at(k).is_some()
                && (k + 1..target).any(|j| s.is_in(j, &crate::lexicon::REPORTING_VERBS))
        })
    };
    let bidder = answered.or_else(teller)?;
    (s.org_at(bidder) != s.org_at(target))
        .then(|| vec![(vec![bidder], Role::Acquirer), (vec![target], Role::Target)])
}

/// Words of what a holder tenders into an offer.
const TENDERED_HOLDINGS: &[&str] = &[
    "shares",
    "stock",
    "stake",
    "interest",
    "holding",
    "titres",
    "actions",
    "participation",
];

/// The end of a holder's own shares right after a verb of tendering at
/// item `t` ("tendered its shares in Y", "will tender its 20% stake in Y",
/// "a apporté ses titres Y"): the item after the holding's word, if the
/// holding is the holder's (a possessive opens it).
fn holding_after(s: &Sentence<'_>, t: usize) -> Option<usize> {
    if !s.is_word(
        t + 1,
        &["its", "their", "his", "her", "ses", "sa", "son", "leurs"],
    ) {
        return None;
    }
    (t + 2..s.items.len().min(t + 6))
        .find(|&k| s.is_word(k, TENDERED_HOLDINGS))
        .map(|k| k + 1)
}

/// "Solvane tendered its shares in Proxa to Harvane's offer", "will tender
/// its Proxa shares to the offer from Harvane": a holder tendering its
/// shares sells them into another's bid, for the company whose shares they
/// are; the holder is neither. The role groups for the verb at item `t`:
/// the bid's maker (a possessive before the offer, or its "from"/"by"/"de")
/// and the company of the shares.
fn holder_tendered(s: &Sentence<'_>, t: usize) -> Option<Vec<(Vec<usize>, Role)>> {
    let end = holding_after(s, t)?;
    let n = s.items.len();
    // "its shares in Y", "its Y shares", "ses titres Y".
    let target = (t + 2..n.min(end + 2)).find(|&k| {
        s.org_at(k).is_some()
            && (k + 1 == end
                || s.is_word(k - 1, &["in", "of", "dans", "de"])
                || s.is_word(k - 1, TENDERED_HOLDINGS))
    })?;
    let offer = (end..n.min(end + 8))
        .find(|&k| s.is_word(k, &["offer", "bid", "tender", "offre", "opa"]))?;
    let bidder = (end..offer)
        .find(|&k| s.org_at(k).is_some() && s.is_word(k + 1, &["'s"]))
        .or_else(|| {
            (offer + 1..n.min(offer + 4)).find(|&k| {
                s.org_at(k).is_some() && s.is_word(k - 1, &["from", "by", "de", "d'", "du"])
            })
        })?;
    (s.org_at(bidder) != s.org_at(target))
        .then(|| vec![(vec![bidder], Role::Acquirer), (vec![target], Role::Target)])
}

/// Whether the offer's noun at item `t` is the bid a holder tendered its
/// shares into, told by the verb of tendering before it ("tendered its
/// shares in Y to Harvane's offer"): that verb reads the deal, when it
/// names the company of the shares.
pub(super) fn tendered_into(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    (t.saturating_sub(12).max(left_bound)..t).any(|k| {
        s.frame_at(k) == Some(crate::triggers::Frame::Offer)
            && s.is_word(k, &["tendered", "tender", "tenders", "tendering"])
            && holding_after(s, k).is_some_and(|end| end < t)
            && holder_tendered(s, k).is_some()
    })
}

/// "Proxa, the largest shareholder in Varnell, backed Scoria's offer",
/// "Varnell's biggest shareholder Proxa", "Proxa, which owns 20% of
/// Varnell,": the company the one at item `holder` is told to hold, between
/// it and the trigger at `t` or by a possessive just before it. An offer
/// such a holder answers, naming no target, is for that company.
pub(super) fn held_by(s: &Sentence<'_>, holder: usize, t: usize) -> Option<usize> {
    let holding = |j: usize| {
        s.is_word(
            j,
            &[
                "shareholder",
                "stockholder",
                "investor",
                "owner",
                "backer",
                "actionnaire",
                "investisseur",
                "propriétaire",
            ],
        ) || s.is_in(j, &crate::lexicon::OWNING_VERBS)
    };
    // (After it, only in an aside its comma opens: "told shareholders not
    // to accept Z's bid" names no holding of the subject's.)
    let aside = s.norm(holder + 1) == ",";
    let after = (holder + 1..t.min(holder + 10))
        .take_while(|&k| !matches!(s.items[k].2, Item::Ref(_)) || s.org_at(k).is_some())
        .find(|&k| s.org_at(k).is_some())
        // ("Proxa, Varnell's largest shareholder,": the company's
        // possessive before the holding's noun.)
        .filter(|&k| {
            aside
                && ((holder + 1..k).any(holding)
                    || (s.norm(k + 1) == "'s" && (k + 2..t.min(k + 6)).any(holding)))
        });
    let before = (holder.saturating_sub(6)..holder)
        .find(|&k| s.org_at(k).is_some() && s.norm(k + 1) == "'s" && (k + 2..holder).any(holding));
    after.or(before)
}
