//! Where a deal read at a trigger stands: its status, read from the
//! nearest scope that has a cue (the trigger's segment between commas, its
//! clause, the sentence), its date, and whether it fell through.

use dealwire_core::model::{Date, DealType, Status};

use super::sentence::{Item, Sentence};
use crate::coref::Reference;
use crate::lexicon::{ACQUISITION_NOUNS, TRANSFER_NOUNS, WordSet};
use crate::status;
use crate::triggers::Frame;

/// Verbs that keep a buyer from a deal ("barred X from acquiring Y"): see
/// `data/words/keeping_from_verbs.txt`.
static KEEPING_FROM_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/keeping_from_verbs.txt"));

/// Participles that open a speaker's view after a comma: see
/// `data/words/view_participles.txt`.
static VIEW_PARTICIPLES: WordSet =
    WordSet::new(include_str!("../../data/words/view_participles.txt"));

/// Words before "to" or "pour" that make the infinitive after them a
/// complement, not a purpose: see `data/words/purpose_blockers.txt`.
static PURPOSE_BLOCKERS: crate::lexicon::WordSet =
    crate::lexicon::WordSet::new(include_str!("../../data/words/purpose_blockers.txt"));

/// The status, date and cancellation of the deal read at a trigger.
pub(super) struct Standing {
    /// The status and whether a cue decided it.
    pub status: (Status, bool),
    /// The year (and month) the clause or the sentence dates it with.
    pub date: Option<Date>,
    /// Whether the deal fell through.
    pub cancelled: bool,
    /// Whether it fell through outright, not only as one side's refusal.
    pub cancelled_outright: bool,
}

/// Reads the standing of the deal whose trigger spans items `t..t_end`, in
/// the clause `left_bound..right_bound`. `backers_aside` says the backers
/// are told in a participial aside (a past fact); `abandoned`, that a verb
/// of giving up stands before the trigger.
pub(super) fn standing(
    s: &Sentence<'_>,
    (left_bound, t, t_end, right_bound): (usize, usize, usize, usize),
    deal_type: DealType,
    backers_aside: bool,
    abandoned: bool,
) -> Standing {
    let n = s.items.len();
    let comma = |k: usize| s.items[k].2 == Item::Punct && s.norm(k) == ",";
    // ("..., saying the deal could hurt competition", "..., estimant que
    // l'opération pourrait nuire": a speaker's view after a comma tells
    // what the deal may do, not how it stands.)
    let view = |k: usize| comma(k) && k + 1 < right_bound && s.is_in(k + 1, &VIEW_PARTICIPLES);
    // ("Varnix raises $120 million, eyes acquisitions": in a headline, a
    // verb in the present after a comma opens the next thing the headline
    // tells, whose mood is its own.)
    let headline = s.input.index == 0 && n > 0 && !matches!(s.norm(n - 1), "." | "?" | "!");
    let headline_verb = |k: usize| {
        headline
            && comma(k)
            && k + 2 < n
            && s.items[k + 1].2 == Item::Word
            && {
                let w = s.norm(k + 1);
                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
            }
            && matches!(s.items[k + 2].2, Item::Word | Item::Ref(_))
            // ("..., sources say": a noun before a verb of saying tells
            // who speaks, of the same deal.)
            && !s.is_in(k + 2, &crate::lexicon::REPORTING_VERBS)
            && !s.is_word(k + 2, &["say", "report", "believe", "tell"])
    };
    let view_at = (t_end..right_bound).find(|&k| view(k) || headline_verb(k));
    let clause = s.words(left_bound, view_at.unwrap_or(right_bound));
    let sentence_words = s.words(0, view_at.unwrap_or(n));
    // "bought Ferrant in 2023 and agreed in May to sell its unit": a verb
    // coordinated after the trigger tells its own deal's status.
    let coordinated = |k: usize| {
        s.is_word(k, &["and", "et"])
            && s.input
                .toks
                .get(s.items[k].0 + 1)
                .is_some_and(|w| !w.is_capitalized())
            && (k + 1..right_bound.min(k + 7)).any(|j| s.frame_at(j).is_some())
    };
    // ... and the status of a deal after such an "and", told with a verb of
    // its own, is its own ("completed its purchase of Y and agreed to sell
    // its unit to Z"; "would like to buy Y and then sell Z" is one plan).
    // ("... et cédera son activité à Z": the trigger's own future tense.)
    let own_verb = |k: usize| {
        s.words(k + 1, t).iter().any(|w| {
            w.ends_with("ed")
                || w.ends_with('é')
                || crate::lexicon::is_french_future(w)
                || matches!(
                    *w,
                    "will" | "has" | "have" | "is" | "was" | "ont" | "va" | "vont"
                )
        }) || s
            .words(t, t_end)
            .iter()
            .any(|w| crate::lexicon::is_french_future(w))
    };
    // "the deal would be its biggest since it paid $4.2 billion for Y in
    // 2022": a subordinate clause of time or cause tells its own deal's
    // tense.
    let subordinate = |k: usize| {
        s.is_word(
            k,
            &["since", "when", "because", "lorsque", "quand", "puisque"],
        ) && k + 1 < t
            && matches!(s.items[k + 1].2, Item::Ref(_))
    };
    let local_start = (left_bound..t)
        .rev()
        .find(|&k| comma(k) || (k + 7 > t && coordinated(k) && own_verb(k)) || subordinate(k))
        .map_or(left_bound, |k| k + 1);
    // "bought Y last year and is building a plant": "and" before an
    // auxiliary opens the subject's next clause, whose tense is its own.
    // ("raised its stake to 12.5 pct and may seek control": a modal too.)
    let next_clause = |k: usize| {
        s.is_word(k, &["and", "et"])
            && s.is_word(
                k + 1,
                &[
                    "is",
                    "are",
                    "was",
                    "were",
                    "has",
                    "have",
                    "had",
                    "will",
                    "est",
                    "va",
                    "may",
                    "might",
                    "could",
                    "would",
                    "pourrait",
                    "pourraient",
                ],
            )
    };
    // ("bought Kelmix a year after the collapse of its talks with Y": a
    // phrase of time after the trigger tells an event before it.)
    // ("its biggest acquisition since the takeover of Y": "since" reaches
    // back to a deal done, which the noun before it may read; it is kept.)
    let time_word = |k: usize| {
        s.items[k].2 == Item::Word
            && !s.is_word(k, &["since", "depuis"])
            && s.is_in(k, &super::sentence::TIME_CONJUNCTIONS)
    };
    let local_end = (t_end..right_bound)
        .find(|&k| comma(k) || coordinated(k) || next_clause(k) || time_word(k))
        .unwrap_or(right_bound);
    let local = s.words(local_start, local_end);
    // The trigger word itself is an offer word, so an accepted offer
    // ("agreed to Cisco's offer") is not one any more. An offer told after
    // a comma in a phrase of time is the step before ("avait pris le
    // contrôle de Y, après une offre publique": control taken).
    let offer_told_before = (local_end..right_bound)
        .find(|&k| comma(k))
        .is_some_and(|c| {
            s.is_word(c + 1, &["after", "après", "following", "suite"])
                && !status::is_offer(s.words(left_bound, c))
        });
    // "Tessera gave up its bid for Y, which was bought by Orvane", "Orvane
    // bought Y, which had rejected a bid from Tessera": a relative clause
    // on a company, between commas, tells a deal of its own; the words of
    // giving up or bidding on the far side of it are the other deal's. (On a
    // deal's noun, "the deal, which was called off", it tells the deal.)
    let relative = |k: usize| k > 0 && s.relative_after(k - 1) && s.org_at(k - 1).is_some();
    // "After its bid for Y failed, Orvane bought Kelmix", "Après l'échec
    // de son offre sur Y, X a racheté Z": a clause of time set before the
    // main clause tells its own event, not whether the main clause's deal
    // fell through or is an offer.
    let fronted_end = s
        .is_word(0, super::sentence::FRONTED_OPENERS)
        .then(|| (1..t).find(|&k| comma(k)))
        .flatten();
    // ("had abandoned its bid for Y after Y's board backed a higher offer
    // from Z", "walks away from Y after rival bid": a deal told after a
    // word of time is the event the main clause's giving up follows, not
    // what it gives up.)
    let time_before = (left_bound..t).rev().find(|&k| time_word(k));
    let own_start = (left_bound..t)
        .rev()
        .find(|&k| relative(k))
        .map_or(left_bound, |k| k + 1)
        .max(fronted_end.map_or(0, |c| c + 1))
        .max(time_before.map_or(0, |k| k + 1));
    // ("made an approach for Kelmix, which rebuffed it", "une offre sur
    // Kelmix, qui l'a rejetée": a relative with no deal of its own whose
    // pronoun takes the deal back tells the deal's fate.)
    // Where the relative opened at `k` ends: its closing comma, or the
    // clause's end.
    let relative_end = |k: usize| {
        (k + 2..right_bound)
            .find(|&j| comma(j))
            .unwrap_or(right_bound)
    };
    let answers_deal = |k: usize| {
        let end = relative_end(k);
        (k + 2..end).all(|j| s.frame_at(j).is_none())
            && (k + 2..end).any(|j| matches!(s.norm(j), "it" | "them" | "l'" | "les"))
            && status::cancelled(s.words(k + 2, end))
    };
    // ("bought Tessera a year after it rejected a bid from Quarrant": so
    // does a clause of time after the trigger, of an event before it.)
    let own_end = (t_end..right_bound)
        .find(|&k| (relative(k) && !answers_deal(k)) || time_word(k) || view(k))
        .unwrap_or(right_bound);
    let own_clause = s.words(own_start, own_end);
    // ("an offer for 24 pct of Y": a bid for a minority share, read from
    // the offer's own noun, is an offer too.)
    let offer = (deal_type == DealType::Acquisition && status::is_offer(own_clause)
        || deal_type == DealType::Investment && status::is_offer(s.words(t, t_end)))
        && !offer_told_before;
    // ("Tessova, qui a racheté Pellow en 2023, cherche à acquérir
    // Kelmix": a relative clause between commas before the trigger tells
    // its own deal's tense, not the main clause's.)
    // ("Kelmix, bought by Orvane last year, has signed", "Kelmix, une
    // société fondée en 2019, a signé": so does a participle's aside set
    // off after a name.)
    let relative_before = (left_bound..t)
        .find(|&o| {
            comma(o)
                && (s.is_word(o + 1, &["which", "who", "qui", "dont"]) || participle_aside(s, o, t))
        })
        .and_then(|o| (o + 2..t).find(|&c| comma(c)).map(|c| (o, c)));
    // ("a signé un accord pour acquérir Y auprès du fonds Z, qui était
    // entré au capital en 2019": so does one on a company after the
    // trigger, up to its closing comma, when it tells a deal of its own;
    // "a bid for Y, which was sweetened before its successful conclusion"
    // tells the bid's.)
    let relative_after = (t_end..right_bound)
        .find(|&k| relative(k) && !answers_deal(k))
        .and_then(|k| {
            let close = relative_end(k);
            (k + 2..close)
                .any(|j| s.frame_at(j).is_some())
                .then(|| (k, close.saturating_sub(1)))
        });
    let (outside_clause, outside_sentence): (Vec<&str>, Vec<&str>);
    let (clause_scope, sentence_scope) = match relative_before.or(relative_after) {
        Some((o, c)) => {
            outside_clause = [s.words(left_bound, o), s.words(c + 1, right_bound)].concat();
            outside_sentence = [s.words(0, o), s.words(c + 1, n)].concat();
            (&outside_clause[..], &outside_sentence[..])
        }
        None => (clause, sentence_words),
    };
    let scope = status::Scope {
        local,
        clause: clause_scope,
        sentence: sentence_scope,
    };
    // "Tessel's $5 billion bid for Kelmix": an offer that is a company's
    // own has been made.
    // ("the offer from Tessel values Kelmix at", "l'offre de Tessel
    // valorise Kelmix": so is one whose maker follows it and that values
    // the company in the present.)
    let owned_offer = offer
        && ((t.saturating_sub(4).max(left_bound)..t)
            .any(|k| s.is_word(k, &["'s"]) && k > 0 && s.org_at(k - 1).is_some())
            || (s.is_word(t_end, &["from", "by", "de", "d'"])
                && s.org_at(t_end + 1).is_some()
                && (s.is_word(t_end + 2, &["values", "valorise"])
                    // ("the offer from Tessel for Kelmix may face", "l'offre
                    // de Tessel sur Kelmix pourrait": the definite offer of
                    // a maker named is one made.)
                    || (t > 0 && s.is_word(t - 1, &["the", "l'"]) && t_end == t + 1))));
    // "A sale would follow Dravena's $1.2 billion disposal of its unit",
    // "comes after its purchase of Y": a deal's noun that another event
    // follows was done before it, whatever that event's tense.
    let followed = s.items[t].2 == Item::Word
        && (ACQUISITION_NOUNS.contains(s.norm(t))
            || TRANSFER_NOUNS.contains(s.norm(t))
            // ("follows Orvane's $13 billion investment in Y".)
            || s.frame_at(t) == Some(Frame::InvestNoun))
        && (t.saturating_sub(6).max(left_bound)..t).any(|k| {
            s.is_word(k, &["follow", "follows", "followed", "following", "after", "après"])
                // (its object right after it: "after Burlington agreed to
                // a buyout" follows the agreeing, not a buyout done.)
                && (k + 1..t).all(|j| {
                    matches!(s.items[j].2, Item::Ref(_) | Item::Amount(_))
                        || s.is_word(
                            j,
                            &[
                                "the", "a", "an", "its", "their", "'s", "recent", "earlier", "le",
                                "la", "l'", "son", "sa", "leur",
                            ],
                        )
                })
        });
    // "Orvane bid 703 mln francs for Kelmix": "bid" right after its
    // bidder's name is the verb, and the bid was made.
    let bid_made =
        s.is_word(t, &["bid"]) && t > 0 && matches!(s.items[t - 1].2, Item::Ref(Reference::Org(_)));
    // "Okabe to buy Rinkai in $310 million tender offer": a headline's
    // infinitive right after the sentence's opening names tells a plan its
    // maker made known, whatever the offer's noun says.
    let headline_plan = offer
        && t >= 2
        && s.is_word(t - 1, &["to"])
        && matches!(s.items[t - 2].2, Item::Ref(Reference::Org(_)))
        && (0..t - 1).all(|k| {
            matches!(s.items[k].2, Item::Ref(Reference::Org(_)))
                || matches!(s.norm(k), "," | "and" | "&")
        });
    // "attracted takeover interest from X": interest shown in buying a
    // company is talk of a bid, not one made.
    let interest_shown = deal_type == DealType::Acquisition
        && t_end >= t + 2
        && s.is_word(t_end - 1, &["interest"])
        && s.is_word(t_end - 2, &["takeover", "buyout", "acquisition"]);
    // ("valued at $90 billion in its last funding round", "lors de sa
    // dernière levée de fonds": a round told as the last one was done.)
    let last_round = s.frame_at(t).is_some_and(Frame::is_round)
        && (t.saturating_sub(2).max(left_bound)..t).any(|k| {
            s.is_word(
                k,
                &[
                    "last",
                    "latest",
                    "previous",
                    "dernière",
                    "dernier",
                    "précédente",
                    "précédent",
                ],
            )
        });
    let status = if backers_aside || followed || last_round {
        (Status::Completed, true)
    } else if interest_shown {
        (Status::Rumored, true)
    } else if (owned_offer || bid_made || headline_plan)
        && !(if owned_offer {
            status::told_as_rumour(&without_modals(clause))
        } else {
            status::told_as_rumour(clause)
        })
    {
        // ("L'OPA de Halvern sur Kelmix a été un succès": made, and
        // carried through.)
        match status::status_of(scope, deal_type, offer) {
            done @ (Status::Completed, true) => done,
            _ => (Status::Announced, true),
        }
    } else {
        let told = status::status_of(scope, deal_type, offer);
        // "has made three acquisitions, including Y", "ses acquisitions
        // passées, dont Y", "a multiplié les rachats, avec notamment celui
        // de Y": deals told as a series in the plural, with no word of
        // their own status, were done.
        // ("The acquisitions include Y": the deal just told, named again by
        // its article, is as that deal stands.)
        const SERIES_OPENERS: &[&str] = &[
            "its",
            "their",
            "his",
            "her",
            "ses",
            "leurs",
            "previous",
            "past",
            "recent",
            "earlier",
            "prior",
            "several",
            "multiple",
            "numerous",
            "made",
            "two",
            "three",
            "four",
            "five",
            "précédentes",
            "récentes",
            "passées",
            "plusieurs",
            "multiplié",
            "enchaîné",
            "deux",
            "trois",
            "quatre",
            "cinq",
        ];
        let series = deal_type == DealType::Acquisition
            && (left_bound..=t).any(|k| {
                s.is_word(
                    k,
                    &[
                        "acquisitions",
                        "takeovers",
                        "buyouts",
                        "rachats",
                        "purchases",
                    ],
                ) && (k.saturating_sub(2)..k).any(|j| s.is_word(j, SERIES_OPENERS))
            });
        // ("Proxa est actionnaire majoritaire de Varnell", "is now the
        // majority shareholder of Y": a holding told by its holder's noun,
        // with no word of its own status, is held.)
        // ("Harwell, a customer of Corlith": so is a custom, and a new
        // owner's purchase.)
        let holder_told = matches!(
            s.frame_at(t),
            Some(Frame::InvestorNoun | Frame::CustomerNoun | Frame::NewOwner)
        );
        // ("Kelmix's new owner, Orvane, plans cuts": a new owner has
        // bought, whatever the clause goes on to plan.)
        let new_owner = s.frame_at(t) == Some(Frame::NewOwner) && told.0 != Status::Rumored;
        // ("Kelmix is 30% owned by Orvane", "est détenue à 30 % par
        // Orvane": a share held now, as "owns" is.)
        let new_owner =
            new_owner || (told.0 != Status::Rumored && super::holders::share_held_by(s, t));
        if (!told.1 && (series || holder_told)) || new_owner {
            (Status::Completed, true)
        } else {
            told
        }
    };
    // "raised $2 billion to buy Y", "a constitué un consortium pour
    // racheter Y": an infinitive of purpose after the main verb's object
    // tells a deal still to come, whatever the main verb did ("agreed to
    // buy", "a deal to buy", "used the proceeds to buy" are read as told).
    // ("persuaded Tarrin to lead the round": a verb before its object
    // may take the infinitive too.)
    let purpose = t >= 2
        && s.is_word(t - 1, &["to", "pour"])
        && matches!(
            s.items[t - 2].2,
            Item::Ref(_) | Item::Amount(_) | Item::Word
        )
        && !(t.saturating_sub(10).max(left_bound)..t - 1).any(|k| s.is_in(k, &PURPOSE_BLOCKERS));
    let status = if purpose
        && status.0 == Status::Completed
        && status::year_in(local).is_none()
        && !status::year_in(clause).is_some_and(|_| status::past_tense(clause))
    {
        (Status::Announced, true)
    } else {
        status
    };
    let date = status::year_in(clause_scope).or_else(|| status::year_in(sentence_scope));
    // "..., mais les négociations ont échoué": the next clause may say the
    // talks fell through.
    let after = s.words(right_bound.min(n), n);
    let after = &after[after.iter().take_while(|w| **w == ",").count()..];
    // "..., avant que les négociations n'échouent": "que" opens the next
    // clause, its conjunction closes this one.
    let talks_failed = status::talks_failed(after)
        || (matches!(clause.last(), Some(&("avant" | "jusqu'")))
            && matches!(after.first(), Some(&("que" | "qu'")))
            && status::talks_failed(&[&["avant"], &after[1..]].concat()));
    // ("Kelmora, which agreed to buy Y, abandoned the deal": the main
    // clause may give up the deal a relative told.)
    let talks_failed = talks_failed || status::main_clause_cancels(scope);
    // ("barred Kelmix from acquiring Y", "a ruling that blocks Kelmix from
    // buying Y": a deal its buyer is kept from; "filed suit to block
    // Kelmix from buying Y" only aims at it.)
    let kept_from = t >= 2
        && s.is_word(t - 1, &["from"])
        && (t.saturating_sub(6).max(left_bound)..t - 1)
            .any(|k| !(k >= 1 && s.is_word(k - 1, &["to"])) && s.is_in(k, &KEEPING_FROM_VERBS));
    let abandoned = abandoned || kept_from;
    let cancelled = !backers_aside && (abandoned || status::cancelled(own_clause) || talks_failed);
    Standing {
        status,
        date,
        cancelled,
        cancelled_outright: cancelled
            && (abandoned || status::cancelled_outright(own_clause) || talks_failed),
    }
}

/// The clause's words past its modals, for an offer that is a company's
/// own: "Why Orvane's bid for Kelmix may face a fight", "l'offre de Tessel
/// pourrait se heurter à Bruxelles" tell what may befall a bid made, not a
/// bid that may be made.
fn without_modals<'w>(clause: &[&'w str]) -> Vec<&'w str> {
    clause
        .iter()
        .copied()
        .filter(|w| !status::is_modal(w))
        .collect()
}

/// Whether the comma at `open`, right after a company's name and before
/// the trigger at `t`, opens an aside whose participle describes the
/// company ("Kelmix, bought by Orvane in 2019,", "Kelmix, a company
/// founded in 2021,", "Kelmix, une société rachetée en 2019,"): a few
/// lowercase words of description, then the participle.
fn participle_aside(s: &Sentence<'_>, open: usize, t: usize) -> bool {
    if open == 0 || s.org_at(open - 1).is_none() {
        return false;
    }
    let participle = |w: &str| {
        w.ends_with("ed")
            || ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e))
            || matches!(
                w,
                "bought" | "sold" | "taken" | "held" | "acquise" | "acquis"
            )
    };
    (open + 1..t.min(open + 5))
        .take_while(|&k| s.items[k].2 == Item::Word && !s.input.toks[s.items[k].0].is_capitalized())
        .any(|k| participle(s.norm(k)))
}
