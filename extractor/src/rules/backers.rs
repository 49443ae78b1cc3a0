//! Investor nouns and the lists of backers they open: "Investors include A,
//! B and C", "Parmi les investisseurs de cette levée figurent A et B",
//! "Investisseurs : A, B, C", and the nouns that name no investment ("Acme's
//! investors said", "the Japanese investor SoftBank"), and backers told in
//! an aside on the company ("Wiz, founded in 2020 and backed by A,").

use dealwire_core::model::Role;

use super::amounts::VALUATION_WORDS;
use super::lists::list_from;
use super::sentence::{HOLDER_HEADS, Item, Sentence, Slot, prep_slot};
use super::shapes::led_compound;
use crate::coref::{Context, Reference};
use crate::lexicon::{ROUND_JOINERS, WordSet};
use crate::triggers::Frame;

/// Words that open a list right after a trigger: see
/// `data/words/listing_words.txt`.
pub(super) static LISTING_WORDS: WordSet =
    WordSet::new(include_str!("../../data/words/listing_words.txt"));

/// Whether a verb of taking part governs the round noun at items
/// `t..t_end`: "took part in the round", a phrase that takes part itself
/// ("d'y participer"), "joins AI coding start-up's round" (past a longer
/// description of the company), or a verb that names co-investors first
/// (see [`co_investors`]).
pub(super) fn joins_round(s: &Sentence<'_>, t: usize, t_end: usize) -> bool {
    // ("which led the previous round", "le tour précédent": an earlier
    // round, not the one told.)
    if earlier_round_within(s, t.saturating_sub(2), t_end + 1) {
        return false;
    }
    // ("subscribed for $2 million of Kelmix's placement": past the
    // possessor naming whose round it is.)
    let past_possessor = (t >= 2 && s.is_word(t - 1, &["'s"]) && s.org_at(t - 2).is_some())
        .then(|| words_back(s, t - 2).any(|k| s.is_in(k, &ROUND_JOINERS)));
    (t.saturating_sub(4)..t_end).any(|k| s.is_in(k, &ROUND_JOINERS))
        || words_back(s, t).any(|k| s.is_in(k, &ROUND_JOINERS))
        || past_possessor == Some(true)
        || co_investors(s, t).is_some()
}

/// The items right before `from`, nearest first, up to the first name.
fn words_back<'s>(s: &'s Sentence<'_>, from: usize) -> impl Iterator<Item = usize> + 's {
    (from.saturating_sub(7)..from)
        .rev()
        .take_while(|&k| matches!(s.items[k].2, Item::Word | Item::Punct | Item::Amount(_)))
}

/// "A joined B in the round", "A is joined by B and C in the round", "A a
/// rejoint B dans ce tour": a verb of taking part that names co-investors
/// before the round noun at `t`. Returns the verb's item and the names.
pub(super) fn co_investors(s: &Sentence<'_>, t: usize) -> Option<(usize, Vec<usize>)> {
    let prep = words_back(s, t).find(|&k| s.is_word(k, &["in", "dans", "à", "au"]))?;
    let mut k = names_start(s, prep);
    let names: Vec<usize> = (k..prep)
        .filter(|&q| matches!(s.items[q].2, Item::Ref(Reference::Org(_))))
        .collect();
    if names.is_empty() || k == 0 {
        return None;
    }
    if s.is_word(k - 1, &["by", "par"]) {
        k -= 1;
    }
    (k > 0 && s.is_in(k - 1, &ROUND_JOINERS)).then(|| (k - 1, names))
}

/// "A joined B in the round for Y", "A is joined by B in the round": who
/// joins and who is joined both invest in the round noun at `t`; rewrites
/// the role groups of their names.
pub(super) fn joiners_invest(
    s: &Sentence<'_>,
    t: usize,
    left_bound: usize,
    groups: &mut Vec<(Vec<usize>, Role)>,
) {
    let Some((verb, names)) = co_investors(s, t) else {
        return;
    };
    let joiner = super::subject::left_slots(s, verb, left_bound).0;
    groups.retain(|(g, _)| !g.iter().any(|k| names.contains(k) || joiner.contains(k)));
    groups.push((names, Role::Investor));
    if !joiner.is_empty() {
        groups.push((joiner, Role::Investor));
    }
}

/// "Backing the company are A and B", "Backing Kelmix is Orvane": the noun
/// of backing opening its sentence, then a copula, names the company backed
/// before the copula and its backers after; rewrites the role groups.
pub(super) fn inverted_backing(
    s: &Sentence<'_>,
    frame: Frame,
    (t, t_end, right_bound): (usize, usize, usize),
    groups: &mut Vec<(Vec<usize>, Role)>,
) {
    if frame != Frame::InvestNoun || !s.is_word(t, &["backing"]) {
        return;
    }
    let Some(copula) = backing_copula(s, t, t_end, right_bound) else {
        return;
    };
    let is_ref = |k: usize| matches!(s.items[k].2, Item::Ref(_));
    let backed: Vec<usize> = (t_end..copula).filter(|&k| is_ref(k)).collect();
    let backers: Vec<usize> = (copula + 1..right_bound)
        .take_while(|&k| is_ref(k) || matches!(s.norm(k), "," | "and" | "&"))
        .filter(|&k| is_ref(k))
        .collect();
    if backed.len() == 1 && !backers.is_empty() {
        *groups = vec![(backed, Role::Target), (backers, Role::Investor)];
    }
}

/// The copula after "Backing" opening its sentence ("Backing the company
/// are A and B"), within a few items of the noun and before `bound`.
pub(super) fn backing_copula(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    bound: usize,
) -> Option<usize> {
    if t != 0 {
        return None;
    }
    (t_end..bound.min(t_end + 6)).find(|&k| s.is_word(k, &["are", "is", "were", "was"]))
}

/// Adverbs of addition that may stand between a list word and its names
/// ("the round also drew", "réunit également A et B").
const ADDITION_ADVERBS: [&str; 5] = ["also", "too", "aussi", "également", "notamment"];

/// Where the list of backers a trigger opens starts, if any.
pub(super) struct Listing {
    /// "parmi"/"among" stands right before the trigger.
    pub among: bool,
    /// The item that opens the list: a list word, a label's colon, a
    /// copula after "among", the noun itself, or a verb of counting before
    /// the list and "among".
    pub at: Option<usize>,
    /// "Korvex counts A and B among its investors": the verb of counting
    /// the list follows, whose subject is the company they own.
    pub counted: Option<usize>,
}

/// Verbs that count names among a company's investors ("Korvex counts A
/// among its backers", "Kelmix compte A et B parmi ses actionnaires").
const COUNTING_VERBS: [&str; 10] = [
    "counts", "count", "counted", "includes", "included", "compte", "comptent", "comptait",
    "inclut", "incluait",
];

/// Verbs of where money comes from ("the funding came from A and B", "le
/// financement provient de A").
const COMING_VERBS: [&str; 9] = [
    "came",
    "comes",
    "come",
    "provient",
    "proviennent",
    "provenait",
    "vient",
    "viennent",
    "venait",
];

/// Where the run of names and their separators ("A, B and C") that ends
/// right before item `at` starts; `at` itself when none stands there.
fn names_start(s: &Sentence<'_>, at: usize) -> usize {
    let mut k = at;
    while k > 0
        && (matches!(s.items[k - 1].2, Item::Ref(Reference::Org(_)))
            || matches!(s.norm(k - 1), "," | "and" | "et" | "&"))
    {
        k -= 1;
    }
    k
}

/// "Korvex counts A, B and C among its investors": the verb of counting
/// before the names that stand right before "among" at `among_at`.
fn counting_verb(s: &Sentence<'_>, among_at: usize) -> Option<usize> {
    let k = names_start(s, among_at);
    (k < among_at
        && k > 0
        && s.is_word(k - 1, &COUNTING_VERBS)
        && matches!(s.items[k].2, Item::Ref(Reference::Org(_))))
    .then(|| k - 1)
}

/// The list a trigger at items `t..t_end` opens.
pub(super) fn listing(s: &Sentence<'_>, frame: Frame, t: usize, t_end: usize) -> Listing {
    let n = s.items.len();
    // "Parmi les investisseurs de cette levée figurent A et B", "Among
    // the backers of the round are A and B": after "parmi"/"among" the list
    // may come after a longer complement.
    let among_at = (t.saturating_sub(2)..t).find(|&k| s.is_word(k, &["parmi", "among"]));
    let among = among_at.is_some();
    let counted = among_at.and_then(|a| counting_verb(s, a));
    // ("Kelmix's new shareholders are A and B": the company owning them may
    // open the sentence, in the possessive.)
    let owner =
        if t >= 2 && matches!(s.items[0].2, Item::Ref(Reference::Org(_))) && s.norm(1) == "'s" {
            2
        } else {
            0
        };
    // ("The investors in Kelmix's $60 million round are A and B": a round
    // in the complement of an investor noun opening the sentence is where
    // its list is told.)
    let in_investors_complement = frame == Frame::RaiseNoun
        && t <= 10
        && (0..3.min(t)).any(|k| {
            s.frame_at(k) == Some(Frame::InvestorNoun)
                && s.is_word(k + 1, &["in", "of", "dans", "de", "du"])
                && (k + 1..t).all(|j| s.items[j].2 != Item::Punct)
        });
    let opens_sentence = (t <= 4 + owner && (owner..t).all(|k| s.items[k].2 == Item::Word))
        || in_investors_complement;
    // "Le tour de table, d'un montant de 1,1 milliard d'euros, réunit A et
    // B": an aside between commas is read past.
    // ("Le tour de table de Kovalt, d'un montant de ...,": the company the
    // round is of may come first.)
    let of_company = t_end + 1 < n
        && s.is_word(t_end, &["of", "de", "d'", "du"])
        && matches!(s.items[t_end + 1].2, Item::Ref(Reference::Org(_)));
    let after_noun = if of_company { t_end + 2 } else { t_end };
    let past_aside = (after_noun < n && s.norm(after_noun) == ",")
        .then(|| (after_noun + 1..n.min(after_noun + 12)).find(|&k| s.norm(k) == ","))
        .flatten()
        .map_or(after_noun, |k| k + 1);
    let at = counted
        .or_else(|| {
            // ("un tour de table de 12 millions d'euros qui réunit A": past
            // the round's sum and a relative pronoun.)
            (t_end..(t_end + 5).min(n))
                .chain(past_aside..(past_aside + 2).min(n))
                .find(|&k| s.is_in(k, &LISTING_WORDS))
        })
        // "The funding came from A, B and C", "Le financement provient de
        // A et B": a round's noun opening its sentence, and whence it came.
        .or_else(|| {
            (opens_sentence && matches!(frame, Frame::InvestNoun | Frame::RaiseNoun))
                .then(|| {
                    (t_end..(t_end + 3).min(n.saturating_sub(1))).find(|&k| {
                        s.is_word(k, &COMING_VERBS)
                            && s.is_word(k + 1, &["from", "de", "d'", "du", "des"])
                    })
                })
                .flatten()
                .map(|k| k + 1)
        })
        // "Its Series B was led by A and included B and C": a list
        // coordinated after the round's first backers.
        .or_else(|| {
            (t_end..n.min(t_end + 12)).find(|&k| {
                k >= 2
                    && s.is_in(k, &LISTING_WORDS)
                    && s.is_word(k - 1, &["and", "et"])
                    && matches!(s.items[k - 2].2, Item::Ref(Reference::Org(_)))
                    && matches!(s.items.get(k + 1).map(|i| &i.2), Some(Item::Ref(_)))
            })
        })
        // "Investors: A, B and C", "Investisseurs : A, B, C": a label.
        // ("les investisseurs suivants :", "the investors below:".)
        .or_else(|| {
            let colon = if s.is_word(t_end, &["suivants", "suivantes", "below", "ci-dessous"]) {
                t_end + 1
            } else {
                t_end
            };
            (frame == Frame::InvestorNoun && colon < n && s.norm(colon) == ":").then_some(colon)
        })
        // "Kyrelle compte parmi ses actionnaires Google et Nvidia": the
        // names follow the noun itself.
        .or_else(|| {
            (among && t_end < n && matches!(s.items[t_end].2, Item::Ref(Reference::Org(_))))
                .then(|| t_end - 1)
        })
        // "The initial funders of Helios are A, B and C", "Les actionnaires
        // de Kelmix sont A et B": a noun opening its sentence, and a copula.
        .or_else(|| {
            (among || opens_sentence)
                .then(|| {
                    (t_end..n.min(t_end + 14)).find(|&k| {
                        s.is_in(k, &LISTING_WORDS) || s.is_word(k, &["are", "were", "sont"])
                    })
                })
                .flatten()
                // ... whose list of names follows right after it ("The
                // shareholders ... are to invest" lists none), or after a
                // colon ("The other investors are:\n- A\n- B").
                .map(|k| {
                    if k + 1 < n && s.norm(k + 1) == ":" {
                        k + 1
                    } else {
                        k
                    }
                })
                .filter(|&k| {
                    among
                        || (k + 1 < n && matches!(s.items[k + 1].2, Item::Ref(_)))
                        || (s.norm(k) == ":" && bulleted_name(s, k + 1))
                })
        });
    Listing { among, at, counted }
}

/// "Acme shareholders will receive", "Acme's investors": the name before
/// the noun at `t` is the company they own; with no list of them after it
/// ("Acme's investors include A") the sentence names no investment.
pub(super) fn owner_before(s: &Sentence<'_>, t: usize) -> bool {
    t > 0 && (matches!(s.items[t - 1].2, Item::Ref(Reference::Org(_))) || s.norm(t - 1) == "'s")
}

/// Whether the investor noun at `t..t_end` names no company invested in: a
/// title before a name ("l'investisseur technologique japonais SoftBank",
/// "investor Orvane"), or no company right after it when it opens no list
/// ("an investor in Y" and "actionnaire de Y" name one; "shareholders
/// approved its merger into Y" names none).
pub(super) fn names_no_company(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    listing: bool,
    right: &[(Slot, Vec<usize>)],
) -> bool {
    let n = s.items.len();
    let title = s.is_word(
        t,
        &[
            "investor",
            "investisseur",
            "shareholder",
            "actionnaire",
            "backer",
        ],
    ) && (t_end..(t_end + 4).min(n))
        .take_while(|&k| s.items[k].2 != Item::Punct)
        .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
        .is_some_and(|k| {
            (t_end..k).all(|j| s.items[j].2 == Item::Word && prep_slot(s.norm(j)).is_none())
        });
    // "Investors sued Kestane", "Shareholders approved Kestane's offer":
    // the plural noun as the subject of a verb before the name, a
    // company's holders at large, counts no company; "The investors are A
    // and B" does.
    let subject_of_verb = !listing
        && s.is_word(
            t,
            &[
                "investors",
                "investisseurs",
                "shareholders",
                "actionnaires",
                "backers",
                "stockholders",
            ],
        )
        && t_end < n
        && s.items[t_end].2 == Item::Word
        && !s.is_word(
            t_end,
            &[
                "are", "were", "will", "would", "now", "also", "sont", "seront", "étaient",
                "restent", "remain", "and", "et", "or", "ou",
            ],
        )
        && (t_end..(t_end + 4).min(n))
            .take_while(|&k| s.items[k].2 != Item::Punct)
            .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
            .is_some_and(|k| {
                (t_end..k).all(|j| s.items[j].2 == Item::Word && prep_slot(s.norm(j)).is_none())
            });
    // "actionnaire à 30 % de Y", "shareholder with 12 pct of Y": the share
    // held may stand between the noun and the company.
    let share_between = |k: usize| {
        k <= t_end + 7
            && s.is_word(t_end, &["à", "with", "avec"])
            && (t_end..k).any(|j| super::shapes::percent_unit(s.norm(j)))
            && (t_end..k).all(|j| {
                matches!(s.items[j].2, Item::Word | Item::Amount(_))
                    || super::shapes::percent_unit(s.norm(j))
            })
    };
    let no_company = !listing
        && right.first().is_none_or(|(_, g)| {
            g.first()
                .is_none_or(|&k| k > t_end + 3 && !share_between(k))
        });
    title || subject_of_verb || no_company
}

/// Whether item `k` is a name, or a bullet before one ("- Orvane").
fn bulleted_name(s: &Sentence<'_>, k: usize) -> bool {
    let k = if k < s.items.len() && matches!(s.norm(k), "-" | "•" | "*" | "–" | "—") {
        k + 1
    } else {
        k
    };
    matches!(s.items.get(k).map(|i| &i.2), Some(Item::Ref(_)))
}

/// "Investors in the round include A, B and C": the names the list at item
/// `list` opens are the ones the noun counts, whatever preposition came
/// before; they become the trigger's object.
pub(super) fn listed_slots(s: &Sentence<'_>, list: usize, right: &mut Vec<(Slot, Vec<usize>)>) {
    let n = s.items.len();
    for (slot, group) in right.iter_mut() {
        if group.first().is_some_and(|&k| k > list) && matches!(slot, Slot::In | Slot::Of) {
            *slot = Slot::Object;
        }
    }
    // "Investisseurs : A, B, C": after a label's colon the list runs to
    // the line's end, commas alone between its names.
    // ("Investors include:\n- A\n- B": a colon after the listing word, and
    // the list's bullets.)
    let colon = if s.norm(list) == ":" {
        Some(list)
    } else {
        (list + 1 < n && s.norm(list + 1) == ":").then_some(list + 1)
    };
    if let Some(list) = colon {
        let members: Vec<usize> = (list + 1..n)
            .filter(|&k| matches!(s.items[k].2, Item::Ref(_)))
            .collect();
        let bare = (list + 1..n).all(|k| {
            matches!(s.items[k].2, Item::Ref(_))
                || matches!(
                    s.norm(k),
                    "," | "et" | "and" | "&" | "." | ";" | "-" | "•" | "*" | "–" | "—"
                )
        });
        if bare && members.len() >= 2 {
            right.retain(|(_, g)| g.first().is_none_or(|&k| k < list));
            right.push((Slot::Object, members));
        }
    }
    // "Among the backers of the round are A and B": a copula stops the
    // slots; the names after it are the list.
    // ("Le tour de table réunit également A et B": an adverb of addition
    // may stand before the names.)
    let first = if s.is_word(list + 1, &ADDITION_ADVERBS) {
        list + 2
    } else {
        list + 1
    };
    if !right
        .iter()
        .any(|(_, g)| g.first().is_some_and(|&k| k > list))
        && first < n
        && matches!(s.items[first].2, Item::Ref(_))
    {
        let group = list_from(s, first, n);
        right.push((Slot::Object, group));
    }
}

/// What a trigger's reading tells of a round, for [`complete_round`].
pub(super) struct RoundCues<'a> {
    pub frame: Frame,
    pub t: usize,
    pub t_end: usize,
    pub left_bound: usize,
    /// The trigger opens a list of backers.
    pub listing: bool,
    /// "also", "too", "également" right before the trigger.
    pub also: bool,
    /// The company whose round the article told in the last two sentences.
    pub recent_round: Option<&'a String>,
}

/// Completes the parties of a round: the lead a "-led" adjective names,
/// the company a round values, or, with investors and no company raising,
/// the company the article was just about. Returns whether the investors
/// join a round told before ("Its investors joined the round", "A, B and C
/// also took part").
pub(super) fn complete_round(
    s: &Sentence<'_>,
    cues: RoundCues<'_>,
    ctx: &Context,
    parties: &mut Vec<(String, Role)>,
) -> bool {
    let RoundCues {
        frame,
        t,
        t_end,
        left_bound,
        listing,
        also,
        recent_round,
    } = cues;
    let n = s.items.len();
    // "Kelmix closed a Tessera-led $50 million round".
    if frame == Frame::RaiseNoun
        && let Some(lead) = led_compound(s, t, left_bound)
        && !parties.iter().any(|p| p.0 == lead)
    {
        parties.push((lead, Role::Investor));
    }
    // "are among the investors in the round, which values Figura at $2.6
    // billion": the company a round values is the one raising.
    if frame.is_round()
        && parties.iter().any(|p| p.1 == Role::Investor)
        && !parties.iter().any(|p| p.1 == Role::Target)
        && let Some(valued) = (t_end..n.saturating_sub(1))
            .find(|&k| s.is_in(k, &VALUATION_WORDS))
            .and_then(|k| s.org_at(k + 1))
        && !parties.iter().any(|p| p.0 == valued)
    {
        parties.push((valued.to_string(), Role::Target));
    }
    // "The funding round, Kelmix's third, was led by A", "A led the round,
    // which brings Kelmix's total funding to $90 million": a company owning
    // a round noun is the one raising.
    if frame.is_round()
        && parties.iter().any(|p| p.1 == Role::Investor)
        && !parties.iter().any(|p| p.1 == Role::Target)
        && let Some(owner) = round_owner(s)
        && !parties.iter().any(|p| p.0 == owner)
    {
        parties.push((owner.to_string(), Role::Target));
    }
    // "Investors in the round include A and B, Ordana said": the company
    // telling of its round at the sentence's end.
    let reporter = s.trailing_reporter();
    // "Ordana said A and B invested in the round": a company telling of its
    // round at the sentence's start, when no round was told just before
    // ("Kestane raised $10m. Tessera said A and B took part in the round":
    // the round is Kestane's, whoever tells of it).
    let opening_reporter = s.leading_reporter();
    // "Norlac a également participé au tour de table", "B also took part
    // in the round": a round noun with a definite article is the round the
    // article told, however many sentences back.
    let told_round = (frame == Frame::RaiseNoun
        && t > 0
        && s.is_word(
            t - 1,
            &[
                "the", "this", "that", "le", "la", "l'", "au", "du", "ce", "cette",
            ],
        ))
    .then(|| ctx.last_round())
    .flatten();
    // "Its investors joined the round": a round with investors and no
    // company raising is the round of the company the article was just
    // about.
    if (matches!(frame, Frame::RaiseNoun | Frame::RaiseVerb)
        || (matches!(frame, Frame::InvestorNoun | Frame::InvestNoun) && listing)
        || (matches!(frame, Frame::LeadVerb | Frame::JoinRound)
            && (recent_round.is_some() || reporter.is_some() || opening_reporter.is_some()))
        || (frame == Frame::InvestVerb && also && recent_round.is_some()))
        && parties.iter().any(|p| p.1 == Role::Investor)
        && !parties.iter().any(|p| p.1 == Role::Target)
        && let Some(subject) = reporter
            .map(str::to_string)
            // ("Dolvane raised $4 billion from A. Kelmix was founded in
            // 2021. Its backers include B and C": a company's own backers,
            // by a possessive determiner, are those of the company the
            // last sentence was about, whatever round was told before.)
            .or_else(|| {
                (frame == Frame::InvestorNoun
                    && listing
                    && (t.saturating_sub(3)..t)
                        .take_while(|&k| s.items[k].2 == Item::Word)
                        .any(|k| s.is_word(k, super::sentence::POSSESSIVES)))
                .then(|| ctx.recent_subject())
                .flatten()
            })
            .or_else(|| recent_round.cloned())
            .or_else(|| opening_reporter.map(str::to_string))
            .or_else(|| told_round.clone())
            // ("Selvane put the unit up for sale under pressure from
            // shareholders including Quibble": holders listed with no
            // company are those of the company the sentence opens on.)
            .or_else(|| {
                (frame == Frame::InvestorNoun)
                    .then(|| s.opening_name(t))
                    .flatten()
                    .and_then(|k| s.org_at(k))
                    .filter(|o| !parties.iter().any(|p| p.0 == *o))
                    .map(str::to_string)
            })
            .or_else(|| ctx.recent_subject())
        && !parties.iter().any(|p| p.0 == subject)
    {
        // Investors listed for the round told just before take part in it.
        // ("The round was led by A and co-led by B and C": so do its leads.)
        // ("Orvane, which led the previous round, ...", "qui avait mené le
        // tour précédent": a round told as an earlier one is not the one
        // just told; its backer stays a deal of its own.)
        let earlier_round = earlier_round_within(s, t.saturating_sub(3).max(left_bound), t_end + 4);
        let joins = (listing || matches!(frame, Frame::JoinRound | Frame::LeadVerb) || also)
            && !earlier_round
            && (recent_round == Some(&subject) || told_round.as_ref() == Some(&subject));
        parties.push((subject, Role::Target));
        return joins;
    }
    false
}

/// Adjectives that tell a round as an earlier one than the round just
/// told ("the previous round", "le tour précédent").
const EARLIER_ROUND: &[&str] = &[
    "previous",
    "prior",
    "earlier",
    "précédent",
    "précédente",
    "antérieur",
    "antérieure",
];

/// Whether an adjective of an earlier round stands among the items
/// `from..to` (cut at the sentence's end).
fn earlier_round_within(s: &Sentence<'_>, from: usize, to: usize) -> bool {
    (from..to.min(s.items.len())).any(|k| s.is_word(k, EARLIER_ROUND))
}

/// Nouns of a round after a possessive: see
/// `data/words/owned_round_nouns.txt`.
static OWNED_ROUND_NOUNS: WordSet =
    WordSet::new(include_str!("../../data/words/owned_round_nouns.txt"));
/// Ordinals standing for a noun left out: see `data/words/ordinal_words.txt`.
static ORDINAL_WORDS: WordSet = WordSet::new(include_str!("../../data/words/ordinal_words.txt"));

/// The company whose possessive governs a round noun in the sentence
/// ("Kelmix's $80 million Series B", "Kelmix's total funding"), or an
/// ordinal standing for one ("the round, Kelmix's third,").
fn round_owner<'s>(s: &'s Sentence<'_>) -> Option<&'s str> {
    let n = s.items.len();
    (0..n.saturating_sub(2)).find_map(|k| {
        let owner = s.org_at(k)?;
        if !s.is_word(k + 1, &["'s", "'"]) {
            return None;
        }
        let phrase: Vec<usize> = (k + 2..(k + 7).min(n))
            .take_while(|&j| s.items[j].2 != Item::Punct && s.org_at(j).is_none())
            .collect();
        let owned = phrase.iter().any(|&j| s.is_in(j, &OWNED_ROUND_NOUNS))
            || (phrase.len() == 1
                && phrase[0] + 1 < n
                && s.items[phrase[0] + 1].2 == Item::Punct
                && s.is_in(phrase[0], &ORDINAL_WORDS));
        owned.then_some(owner)
    })
}

/// "Wiz, founded in 2020 and backed by A, B and C, had rejected a $23
/// billion offer": backers told by a passive investing verb at `t` in an
/// aside on the company are a past fact of it, with neither the main
/// clause's amount nor its status.
pub(super) fn told_in_aside(s: &Sentence<'_>, frame: Frame, t: usize, left_bound: usize) -> bool {
    frame == Frame::InvestVerb
        && (left_bound..t)
            .rev()
            .find(|&k| s.items[k].2 != Item::Word)
            .is_some_and(|c| {
                s.norm(c) == ","
                    && c >= 1
                    && matches!(s.items[c - 1].2, Item::Ref(Reference::Org(_)))
            })
}

/// "Orvane, the new owner of Kelmix,", "Orvane, Kelmix's new owner,",
/// "Orvane, nouveau propriétaire de Kelmix,": the company the apposition
/// between items `k + 2` and `close` names as bought by its new owner.
fn new_owner_of<'s>(s: &'s Sentence<'_>, k: usize, close: usize) -> Option<&'s str> {
    let owner = |w: &[&str]| matches!(w, ["new", "owner"] | ["nouveau", "propriétaire"]);
    // "the new owner of Kelmix", "nouveau propriétaire de Kelmix".
    let named_after = (k + 2..close).find(|&j| {
        s.is_word(j, &["of", "de", "d'", "du"]) && owner(s.words(j.saturating_sub(2), j))
    });
    if let Some(j) = named_after.filter(|&j| j + 2 == close) {
        return s.org_at(j + 1);
    }
    // "Kelmix's new owner".
    let words = s.words(k + 2, close);
    (words.len() == 3 && words[0] == "'s" && owner(&words[1..]))
        .then(|| s.org_at(k + 2))
        .flatten()
}

/// What a sentence's appositions tell in passing: (investor, company)
/// pairs of holdings and (buyer, company) pairs of companies bought.
pub(super) struct ToldInPassing {
    pub holdings: Vec<(String, String)>,
    pub bought: Vec<(String, String)>,
}

/// "Microsoft, OpenAI's largest investor,", "Microsoft, the largest
/// investor in OpenAI,", "Vivendi, premier actionnaire de Lagardère,": a
/// company described between commas as another's investor holds a stake
/// in it; one described as its new owner has bought it (see
/// [`new_owner_of`]). One pass over the sentence gives both.
pub(super) fn told_in_appositions(s: &Sentence<'_>) -> ToldInPassing {
    let n = s.items.len();
    let holder = |k: usize| match &s.items[k].2 {
        Item::Word => HOLDER_HEADS.contains(&s.norm(k)),
        // ("actionnaire minoritaire": the head may come before its
        // adjective.)
        Item::Ref(Reference::Description(words)) => words
            .iter()
            .rev()
            .take(2)
            .any(|w| HOLDER_HEADS.contains(&w.as_str())),
        _ => false,
    };
    let mut out = ToldInPassing {
        holdings: Vec::new(),
        bought: Vec::new(),
    };
    for k in 0..n.saturating_sub(3) {
        let Some(investor) = s.org_at(k) else {
            continue;
        };
        if s.norm(k + 1) != "," {
            continue;
        }
        // The apposition runs to the next comma or the sentence's end
        // (a possessive's "'s" inside it).
        let close = (k + 2..n)
            .find(|&j| s.items[j].2 == Item::Punct && s.norm(j) != "'s")
            .unwrap_or(n);
        if close > k + 8 || (close < n && s.norm(close) != ",") {
            continue;
        }
        if let Some(target) = new_owner_of(s, k, close)
            && target != investor
        {
            out.bought.push((investor.to_string(), target.to_string()));
            continue;
        }
        let inside = k + 2..close;
        // ("Dravik, the majority shareholder of Kelmora,": a holder of
        // control, which its noun's own reading tells as a purchase.)
        if inside
            .clone()
            .any(|j| s.is_word(j, &["majority", "controlling", "majoritaire"]))
        {
            continue;
        }
        // "OpenAI's largest investor".
        let possessed = s.org_at(k + 2).filter(|_| {
            k + 3 < close
                && s.norm(k + 3) == "'s"
                && (k + 4..close).any(holder)
                && (k + 4..close).all(|j| s.items[j].2 == Item::Word || holder(j))
        });
        // "the largest investor in OpenAI", "premier actionnaire de Lagardère".
        // ("actionnaire minoritaire de Pivéa": an adjective may follow the
        // holder's noun.)
        let named_after = inside.clone().find(|&j| holder(j)).and_then(|h| {
            let prep = (h + 1..(h + 3).min(close))
                .find(|&j| s.is_word(j, &["in", "of", "dans", "de", "d'", "du"]))?;
            ((h + 1..prep).all(|j| s.items[j].2 == Item::Word) && prep + 2 == close)
                .then(|| s.org_at(prep + 1))
                .flatten()
        });
        // "John Doe, Kelmix's largest shareholder": a person is no party
        // (known by a given name; a name the lists miss stays a company).
        let person = investor
            .split(' ')
            .next()
            .is_some_and(|w| crate::lexicon::is_given_name(&w.to_lowercase()));
        if let Some(target) = possessed.or(named_after)
            && target != investor
            && !person
        {
            out.holdings
                .push((investor.to_string(), target.to_string()));
        }
    }
    out
}

/// Investors a relative clause on the round adds after its arguments: "led
/// the round in Kelmix, which also included A, B and C", "le tour de table,
/// qui comprenait aussi A et B". The members of the list, if one follows.
pub(super) fn included_in_round(s: &Sentence<'_>, t_end: usize) -> Option<Vec<usize>> {
    let n = s.items.len();
    // "led by A and B, and including C", "mené par A, y compris B": the
    // participle alone may add members.
    if let Some(including) = (t_end..n.saturating_sub(2)).find(|&k| {
        s.norm(k) == ","
            && (s.is_word(k + 1, &["including"])
                || (s.is_word(k + 1, &["and", "et"]) && s.is_word(k + 2, &["including"])))
    }) {
        let first = if s.is_word(including + 1, &["including"]) {
            including + 2
        } else {
            including + 3
        };
        if first < n && matches!(s.items[first].2, Item::Ref(Reference::Org(_))) {
            let group = list_from(s, first, n);
            return Some(group);
        }
    }
    // ("led by A that also included B": with no comma, right after the
    // lead's name.)
    let which = (t_end..n.saturating_sub(2)).find(|&k| {
        (s.norm(k) == "," || matches!(s.items[k].2, Item::Ref(Reference::Org(_))))
            && s.is_word(k + 1, &["which", "that", "qui"])
    })?;
    let mut k = which + 2;
    if s.is_word(k, &["also", "aussi", "également"]) {
        k += 1;
    }
    // "qui était accompagné de B", "which was joined by B": the lead's
    // companions.
    if s.is_word(k, &["was", "were", "était", "étaient"])
        && (super::lists::joins_beside(s, k + 1, n) || s.is_word(k + 1, &["accompanied"]))
    {
        let first = k + 3;
        if !s.is_word(k + 2, &["by", "de", "d'", "du", "par"])
            || first >= n
            || !matches!(s.items[first].2, Item::Ref(Reference::Org(_)))
        {
            return None;
        }
        let group = list_from(s, first, n);
        return Some(group);
    }
    let verb = s.is_word(
        k,
        &[
            "included",
            "includes",
            "include",
            "drew",
            "attracted",
            "comprenait",
            "comprend",
            "incluait",
            "inclut",
            "réunissait",
            "réunit",
        ],
    );
    // ("qui comprenait aussi A": the adverb after a French verb.)
    let mut first = k + 1;
    if verb && s.is_word(first, &["also", "aussi", "également"]) {
        first += 1;
    }
    if !verb || first >= n || !matches!(s.items[first].2, Item::Ref(Reference::Org(_))) {
        return None;
    }
    let group = list_from(s, first, n);
    Some(group)
}

/// Whether the investor noun at items `t..t_end` names backers a verb of
/// joining before it joins, the names right after it: "A and B joined
/// existing backers C and D", "rejoignent les investisseurs historiques C
/// et D".
pub(super) fn joins_existing_backers(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    left_bound: usize,
) -> bool {
    let n = s.items.len();
    (t_end..(t_end + 3).min(n))
        .take_while(|&k| s.items[k].2 != Item::Punct)
        .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
        .is_some_and(|k| s.org_at(k).is_some())
        && (t.saturating_sub(3).max(left_bound)..t).any(|k| {
            s.is_word(
                k,
                &[
                    "joined",
                    "joins",
                    "join",
                    "joining",
                    "rejoint",
                    "rejoignent",
                    "rejoindre",
                ],
            )
        })
}
