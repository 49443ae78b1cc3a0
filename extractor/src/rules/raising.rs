//! What makes a raising or a round trigger a deal: money raised, not a
//! loan, a grant, a market's money or a running total; a round led or joined
//! that the sentence or the article names.

use super::sentence::{Item, Sentence};
use crate::coref::Reference;
use crate::lexicon::{self, WordSet};
use crate::triggers::{CONTRACT_WORDS, DEAL_NOUNS};
use dealwire_core::model::Role;

/// Verbs of obtaining money that raise it only when it is not lent: see
/// `data/words/securing_verbs.txt`.
pub(super) static SECURING_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/securing_verbs.txt"));

/// What investors take part in: see `data/words/joined_deals.txt`.
pub(super) static JOINED_DEALS: WordSet =
    WordSet::new(include_str!("../../data/words/joined_deals.txt"));

/// Money lent or granted, not invested: see `data/words/borrowed_money.txt`.
static BORROWED_MONEY: WordSet = WordSet::new(include_str!("../../data/words/borrowed_money.txt"));

/// What is raised when money is: see `data/words/raise_objects.txt`.
static RAISE_OBJECTS: WordSet = WordSet::new(include_str!("../../data/words/raise_objects.txt"));

/// Limits and goals a sum may size: see `data/words/sum_limits.txt`.
static SUM_LIMITS: WordSet = WordSet::new(include_str!("../../data/words/sum_limits.txt"));

/// Words between "raise" and the money raised.
static RAISE_OPENERS: WordSet = WordSet::new(include_str!("../../data/words/raise_openers.txt"));

/// Verbs of receiving a sum: see `data/words/sum_receipts.txt`.
static SUM_RECEIPTS: WordSet = WordSet::new(include_str!("../../data/words/sum_receipts.txt"));

/// What a sum received may pay for: see `data/words/payment_purposes.txt`.
pub(super) static PAYMENT_PURPOSES: WordSet =
    WordSet::new(include_str!("../../data/words/payment_purposes.txt"));

/// Money raised from the market, not in a deal: see
/// `data/words/market_raises.txt`.
static MARKET_RAISES: WordSet = WordSet::new(include_str!("../../data/words/market_raises.txt"));

/// Words of a company's beginning after "since": see
/// `data/words/beginnings.txt`.
static BEGINNINGS: WordSet = WordSet::new(include_str!("../../data/words/beginnings.txt"));

/// Words of a company going public: see `data/words/going_public.txt`.
static GOING_PUBLIC: WordSet = WordSet::new(include_str!("../../data/words/going_public.txt"));

/// What makes money raised a running total: see
/// `data/words/running_totals.txt`.
static RUNNING_TOTALS: WordSet = WordSet::new(include_str!("../../data/words/running_totals.txt"));

/// "raised $20 million", "lève 10 millions": whether the raising verb at
/// `t..t_end` raises money in a deal ("raised tariffs", "raised its
/// forecast", "secured a loan" raise none).
pub(super) fn raises_money(
    s: &Sentence<'_>,
    (left_bound, t, t_end, right_bound): (usize, usize, usize, usize),
) -> bool {
    let n = s.items.len();
    // ("a levé l'an dernier 20 millions d'euros": past a time phrase.)
    let first = (s.past_time_phrase(t_end, right_bound)..right_bound)
        .find(|&k| !(s.items[k].2 == Item::Word && RAISE_OPENERS.contains(s.norm(k))));
    // "ouvre son capital à Orbis": a phrase that names the capital
    // raises money without a sum after it.
    // ("a levé ces fonds auprès de": "ces fonds" read as a reference to
    // funds named before is the money told before.)
    let funds_told = |k: usize| {
        let (first, end, _) = s.items[k];
        matches!(s.items[k].2, Item::Ref(_))
            && end == first + 2
            && matches!(
                s.input.toks[first].norm.as_str(),
                "ces" | "les" | "these" | "the"
            )
            && RAISE_OBJECTS.contains(&s.input.toks[first + 1].norm)
    };
    let money = first.is_some_and(|k| {
        matches!(s.items[k].2, Item::Amount(_))
            || (s.items[k].2 == Item::Word && RAISE_OBJECTS.contains(s.norm(k)))
            || funds_told(k)
    }) || (t..t_end).any(|k| s.is_word(k, &["capital"]));
    if !money {
        return false;
    }
    // "raise the 400-mln dlr ceiling", "raised its $5 billion target": the
    // sum sizes a limit or a goal.
    // ("its $5 billion sales target": past a word naming what is counted.)
    if first.is_some_and(|k| {
        matches!(s.items[k].2, Item::Amount(_))
            && (k + 1..n.min(k + 3))
                .take_while(|&j| s.items[j].2 == Item::Word)
                .any(|j| SUM_LIMITS.contains(s.norm(j)))
    }) {
        return false;
    }
    // "has received $8 billion from Orbis": a sum received is raised only
    // when it follows the verb straight, comes from a company named right
    // after it, and pays for nothing the clause names ("in settlement",
    // "from the sale of").
    if s.is_in(t, &SUM_RECEIPTS) && !received_from_company(s, t_end, right_bound) {
        return false;
    }
    // "landed a $1.2 billion deal to provide", "secured a $300
    // million contract": a priced deal won is no money raised.
    if first.is_some_and(|k| {
        matches!(s.items[k].2, Item::Amount(_))
            && k + 1 < n
            && s.items[k + 1].2 == Item::Word
            && (DEAL_NOUNS.contains(s.norm(k + 1)) || CONTRACT_WORDS.contains(s.norm(k + 1)))
    }) {
        return false;
    }
    // "attracted 2 million visitors": drawing a count is no money;
    // only a sum in a currency is raised.
    if s.is_word(t, &["attracted", "attracts", "attracting"])
        && !first.is_some_and(
            |k| matches!(s.items[k].2, Item::Amount(a) if s.input.amounts[a].currency.is_some()),
        )
    {
        return false;
    }
    // "secured a $1 billion loan", "obtained a grant": money lent
    // or granted is no investment; "raised" says equity unless told.
    let clause = s.words(left_bound, right_bound);
    if s.is_in(t, &SECURING_VERBS) && clause.iter().any(|w| BORROWED_MONEY.contains(w)) {
        return false;
    }
    // "raised $650 million in its initial public offering": money
    // raised from the market, not from investors in a deal.
    // "raised a $900 million fund", "has raised $2 billion for its fourth
    // buyout fund", "a levé un fonds de 900 millions": an investment firm's
    // fund raised from its backers is no round in the firm ("to fund" is a
    // verb; a fund named after "from" or "auprès de" is an investor).
    let fund_raised = (t_end..right_bound)
        .take_while(|&k| {
            !s.is_word(
                k,
                &[
                    "from", "auprès", "led", "mené", "menée", "by", "par", "with", "avec",
                ],
            )
        })
        .any(|k| {
            // (Its own fund, told by an article or a possessive: "au fonds
            // Orbis" names an investor, "de fonds propres" is equity.)
            s.items[k].2 == Item::Word
                && s.is_word(k, &["fund", "funds", "fonds"])
                && (k.saturating_sub(4).max(t_end)..k).any(|j| {
                    s.is_word(
                        j,
                        &["a", "an", "its", "their", "un", "son", "leur", "nouveau"],
                    )
                })
                && !s.is_word(k + 1, &["propres"])
                && !matches!(s.items.get(k + 1).map(|i| &i.2), Some(Item::Ref(_)))
        });
    if fund_raised {
        return false;
    }
    // ("raised $40 million from Kelmix ahead of its listing": money raised
    // before going to the market, from a company named, is a round.)
    if let Some(i) = MARKET_RAISES.position_in(clause) {
        let ahead = clause[i.saturating_sub(5)..i]
            .iter()
            .any(|w| matches!(*w, "ahead" | "before" | "prior" | "avant" | "pre"));
        let named =
            (t_end..right_bound).any(|k| matches!(s.items[k].2, Item::Ref(Reference::Org(_))));
        if !(ahead && named) {
            return false;
        }
    }
    // "has raised $300 million to date", "raised $1 billion as it went
    // public": a running total or the market's money, unless it says from
    // whom.
    // ("has raised $1 billion since it was founded", "depuis qu'elle a été
    // créée": all it raised since the company began.)
    let since_start = (t_end..right_bound).any(|k| {
        s.is_word(k, &["since", "depuis"])
            && s.words(k + 1, right_bound.min(k + 6))
                .iter()
                .any(|w| BEGINNINGS.contains(w))
    });
    if (RUNNING_TOTALS.found_in(clause) || GOING_PUBLIC.found_in(clause) || since_start)
        && !(t_end..right_bound).any(|k| matches!(s.items[k].2, Item::Ref(Reference::Org(_))))
    {
        return false;
    }
    true
}

/// Whether the placement at items `t..t_end` places debt: "the private
/// placement of 71 mln dlrs of senior notes" (a few words after it, up to
/// a name, name what is lent).
pub(super) fn placed_debt(s: &Sentence<'_>, t: usize, t_end: usize, right_bound: usize) -> bool {
    (t..t_end).any(|k| s.is_word(k, &["placement", "placements"]))
        && (t_end..right_bound.min(t_end + 8))
            .take_while(|&k| !matches!(s.items[k].2, Item::Ref(_)))
            .any(|k| s.items[k].2 == Item::Word && BORROWED_MONEY.contains(s.norm(k)))
}

/// Whether a sum stands right at `t_end` and comes "from" a company named
/// right after it, with no payment's purpose in the clause. (French names
/// the giver with "de", which the raise frame does not read as an
/// investor: a French sum received is no raise yet.)
fn received_from_company(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    if t_end + 2 >= right_bound || !matches!(s.items[t_end].2, Item::Amount(_)) {
        return false;
    }
    // ("empoche 5 millions d'euros auprès d'Orvane": "auprès de".)
    let (prep, name) =
        if s.is_word(t_end + 1, &["auprès"]) && s.is_word(t_end + 2, &["de", "d'", "du"]) {
            (t_end + 1, t_end + 3)
        } else {
            (t_end + 1, t_end + 2)
        };
    s.is_word(prep, &["from", "auprès"])
        && s.org_at(name).is_some()
        && !s
            .words(t_end, right_bound)
            .iter()
            .any(|w| PAYMENT_PURPOSES.contains(w))
}

/// "A and B also took part": whether the part taken is in a round told just
/// before, or in the round or company named after the trigger; "took part
/// in the talks" is no investment.
pub(super) fn joins_a_round(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
    recent_round: bool,
) -> bool {
    let n = s.items.len();
    let stop = right_bound.min(n);
    let prep = t_end < stop && s.is_word(t_end, &["in", "to", "à", "au", "aux", "dans"]);
    // ("a souscrit à l'augmentation de capital d'Orvane": after the
    // round's noun, the company may come a little further.)
    let phrase = (t_end + 1..stop.min(t_end + 8)).take_while(|&k| s.items[k].2 != Item::Punct);
    let names_org = prep
        && phrase.clone().any(|k| {
            matches!(s.items[k].2, Item::Ref(_))
                && (k < t_end + 6 || (t_end + 1..k).any(|j| s.is_in(j, &JOINED_DEALS)))
        });
    let names_round = prep && phrase.clone().any(|k| s.is_in(k, &JOINED_DEALS));
    // "..., Ordana said": the company telling of its round.
    let round_told = recent_round || s.trailing_reporter().is_some();
    if !(names_org || (round_told && (!prep || names_round))) {
        return false;
    }
    true
}

/// Whether a lead verb leads a round: the sentence names one, or names the
/// operation right after a round was told.
pub(super) fn leads_a_round(s: &Sentence<'_>, recent_round: bool) -> bool {
    let n = s.items.len();
    let sentence = s.words(0, n);
    // "L'opération est menée par X" right after a round was told:
    // the operation is that round.
    let round_before = recent_round
        && sentence.iter().any(|w| {
            matches!(
                *w,
                "opération"
                    | "operation"
                    | "transaction"
                    | "deal"
                    | "investment"
                    | "investissement"
            )
        });
    // "It was led by Halvern", "Elle a été menée par Halvern": a pronoun
    // opening the sentence right after a round stands for that round.
    // (A pronoun is a reference, which `words` leaves out.)
    // ("Y en prend la tête": so does "en" before the verb.)
    let pronoun_round = recent_round
        && ((n > 0
            && matches!(
                s.norm(0),
                "it" | "elle" | "il" | "this" | "celle-ci" | "celui-ci"
            ))
            || sentence.windows(2).any(|w| {
                w[0] == "en" && matches!(w[1], "prend" | "prennent" | "prendra" | "a" | "ont")
            }));
    // "Orvane led, with Dravik also participating", "Orvane co-led.": a
    // name leading with no object, right after a round, leads that round.
    let bare_lead = recent_round
        && (1..n).any(|k| {
            s.is_word(k, &["led", "co-led", "leads", "co-leads"])
                && s.org_at(k - 1).is_some()
                && (k + 1 >= n
                    || matches!(s.norm(k + 1), "," | "." | ";")
                    || s.is_word(k + 1, &["with", "alongside"]))
        });
    if !round_before
        && !pronoun_round
        && !bare_lead
        && !sentence.iter().any(|w| {
            matches!(
                *w,
                "round" | "tour" | "levée" | "series" | "série" | "financing" | "funding"
            )
        })
    {
        return false;
    }
    true
}

/// "a round led by A and co-led by B", "menée par A et co-menée par B":
/// the co-leads of a round read in this sentence join its investors
/// (taking its amount if it had none), as a deal of its own they would
/// split one round in two. Returns whether `m` was so joined.
pub(super) fn join_co_leads(
    s: &Sentence<'_>,
    t: usize,
    m: &super::Mention,
    mentions: &mut [super::Mention],
) -> bool {
    use dealwire_core::model::{DealType, Role};
    // ("co-led its Series A with B" names a round of its own.)
    let passive = s.is_word(t + 1, &["by", "par"]);
    if !(s.norm(t).starts_with("co") && passive && m.deal_type == DealType::Investment) {
        return false;
    }
    fn targets(x: &super::Mention) -> Vec<&String> {
        let mut names = x.names_in(&[Role::Target]);
        names.sort();
        names
    }
    let mine = targets(m);
    if mine.is_empty() {
        return false;
    }
    let Some(round) = mentions.iter_mut().rev().find(|e| {
        e.sentence == m.sentence && e.deal_type == DealType::Investment && targets(e) == mine
    }) else {
        return false;
    };
    for p in m.parties.iter().filter(|p| p.1 == Role::Investor) {
        if !round.parties.contains(p) {
            round.parties.push(p.clone());
        }
    }
    if round.amount.is_none() && !round.vague_amount {
        round.amount = m.amount.clone();
    }
    true
}

/// Whether an investing verb ending at item `t_end` names nothing it goes
/// into up to `right_bound`, only its sum and when ("Orvane invested $30
/// billion.", "Orvane a apporté 30 milliards en 2024"), or names the round
/// itself ("in the round"): right after a round was told, its investor's
/// share of that round.
pub(super) fn share_of_round(s: &Sentence<'_>, t: usize, t_end: usize, right_bound: usize) -> bool {
    // ("apporte 1,3 milliard et devient le premier actionnaire de la
    // start-up": a coordinated verb of becoming says the rest.)
    let stop = (t_end..right_bound.min(s.items.len()))
        .find(|&k| s.is_word(k, &["and", "et"]) && s.is_in(k + 1, &crate::lexicon::BECOMING_VERBS))
        .unwrap_or(right_bound.min(s.items.len()));
    let amount = (t_end..stop).any(|k| matches!(s.items[k].2, Item::Amount(_)));
    let into = |k: usize| {
        s.is_word(
            k,
            &[
                "in", "into", "dans", "à", "au", "aux", "on", "sur", "for", "pour", "to",
            ],
        )
    };
    let nothing_else = (t_end..stop).all(|k| match s.items[k].2 {
        Item::Ref(_) => false,
        Item::Amount(_) | Item::Punct => true,
        _ if into(k) => {
            // "in the round", "dans ce tour", "in 2024", "in March".
            (k + 1..stop.min(k + 4)).any(|j| {
                s.is_in(j, &JOINED_DEALS)
                    || s.is_in(j, &crate::lexicon::MONTHS)
                    || s.norm(j).chars().all(|c| c.is_ascii_digit())
            })
        }
        _ => true,
    });
    // The subject must be named before it: "Orvane invested", "Orvane, a
    // chip maker, invested" (past an apposition of words).
    let appositive = || {
        (t >= 3 && s.norm(t - 1) == ",")
            .then(|| {
                (t.saturating_sub(12)..t - 2).find(|&k| {
                    s.org_at(k).is_some()
                        && s.norm(k + 1) == ","
                        && (k + 2..t - 1).all(|j| s.items[j].2 == Item::Word)
                })
            })
            .flatten()
    };
    let subject = (t.saturating_sub(4)..t)
        .find(|&k| s.org_at(k).is_some())
        .or_else(appositive);
    // ("Halvix a convaincu Quell d'investir 8 millions": another company
    // named before the investor is the one it invests in.)
    let other_before = subject.is_some_and(|first| {
        let investor = s.org_at(first);
        (0..first).any(|k| s.org_at(k).is_some_and(|name| Some(name) != investor))
    });
    // ("invested another $20 million": a further sum is a deal of its own,
    // read by the trigger.)
    let further = further_sum(s, t_end, stop);
    amount && nothing_else && subject.is_some() && !other_before && !further
}

/// Whether one of the three items after a trigger ending at `t_end`, and
/// before `to`, tells a further sum ("invested another $20 million", "a
/// further", "an additional"): a deal of its own, not the one told before.
pub(super) fn further_sum(s: &Sentence<'_>, t_end: usize, to: usize) -> bool {
    (t_end..to.min(t_end + 3)).any(|k| s.is_word(k, &["another", "further", "additional"]))
}

/// The company named right after a noun of entering ("l'entrée de Tikehau",
/// "l'arrivée du fonds Tessel", "the entry of Tessel") opening the clause
/// before the trigger at `t`.
pub(super) fn entrant_named<'s>(
    s: &'s Sentence<'_>,
    left_bound: usize,
    t: usize,
) -> Option<&'s str> {
    let noun = (left_bound..t.min(left_bound + 3))
        .find(|&k| s.is_word(k, &["entrée", "arrivée", "entry", "arrival"]))?;
    (noun + 1..(noun + 4).min(t))
        .take_while(|&k| s.items[k].2 != Item::Punct)
        .find_map(|k| s.org_at(k))
        .filter(|_| s.is_word(noun + 1, &["de", "d'", "du", "of"]))
}

/// "Kelmix got $400 million from Dravik for its Orvane unit", "a obtenu
/// 400 millions d'euros de Dravik pour sa filiale Orvane": money received
/// for a unit of one's own is the price of selling it, not a round. Rewrites
/// the investor as the buyer and the company as the seller (the unit, when
/// named, as the target; else the seller stands for it) and tells whether
/// it did.
pub(super) fn received_for_unit(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
    parties: &mut Vec<(String, Role)>,
) -> bool {
    let Some(k) = (t_end..right_bound.saturating_sub(2)).find(|&k| {
        s.is_word(k, &["for", "pour"]) && s.is_word(k + 1, super::sentence::POSSESSIVES)
    }) else {
        return false;
    };
    let phrase: Vec<usize> = (k + 2..right_bound.min(k + 6))
        .take_while(|&j| matches!(s.items[j].2, Item::Word | Item::Ref(_)))
        .collect();
    let unit = phrase
        .iter()
        .any(|&j| s.items[j].2 == Item::Word && s.is_in(j, &lexicon::UNIT_NOUNS));
    let new = phrase
        .iter()
        .any(|&j| s.is_word(j, &["new", "nouvelle", "nouveau", "future", "futur"]));
    if !unit
        || new
        || !parties.iter().any(|p| p.1 == Role::Investor)
        || !parties.iter().any(|p| p.1 == Role::Target)
    {
        return false;
    }
    let named = phrase
        .iter()
        .find_map(|&j| s.org_at(j))
        .filter(|n| !parties.iter().any(|p| p.0 == *n))
        .map(str::to_string);
    for p in parties.iter_mut() {
        p.1 = match p.1 {
            Role::Investor => Role::Acquirer,
            Role::Target if named.is_some() => Role::Seller,
            other => other,
        };
    }
    if let Some(unit) = named {
        parties.push((unit, Role::Target));
    }
    true
}
