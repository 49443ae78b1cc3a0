//! Where a trigger's clause runs: between the sentence's clause breaks,
//! inside a relative clause or a holder's apposition the trigger stands in,
//! and up to the next clause of the same subject (", and in June agreed",
//! "and licensed a pill") or a framing phrase ("under an agreement with
//! Z"). What lies past the right bound is another deal's.

use super::adjuncts;
use super::sentence::{Item, Sentence};
use crate::coref::Reference;
use crate::lexicon::WordSet;
use crate::triggers::Frame;

/// Verbs whose subject is a deal told by its noun: see
/// `data/words/deal_noun_verbs.txt`.
static DEAL_NOUN_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/deal_noun_verbs.txt"));

/// A trigger's clause, items `left..right`.
pub(super) struct Bounds {
    /// The first item of the clause.
    pub left: usize,
    /// The item past the clause's last.
    pub right: usize,
    /// The relative clause the trigger stands in, if any (opening and
    /// closing items).
    pub relative: Option<(usize, usize)>,
    /// Where the apposition describing a holder ends, when the trigger is
    /// a holder's noun in one ("Orvane, the largest shareholder of Kelmix,").
    pub described_holder: Option<usize>,
}

/// The clause of the trigger at items `t..t_end` of frame `frame`.
pub(super) fn clause_bounds(s: &Sentence<'_>, t: usize, t_end: usize, frame: Frame) -> Bounds {
    let n = s.items.len();
    let left_bound = (0..t)
        .rev()
        .find(|&k| s.is_boundary(k))
        .map_or(0, |k| k + 1);
    let right_bound = (t_end..n).find(|&k| s.is_boundary(k)).unwrap_or(n);
    // "... sold the warehouse for cash, said Anne Kelvin, a partner in the
    // Orvane office", "..., a précisé le groupe": the attribution
    // after a comma tells who speaks, no argument of the deal. ("Y, said
    // to be worth $2 billion," describes a name.)
    // (The speaker after the verb: in "Kelmix, the Orvane unit, said it
    // had sold Y", "said" is the main clause's verb, whose subject went
    // before.)
    let speaker = |j: usize| {
        j < n
            && (matches!(
                s.items[j].2,
                Item::Ref(Reference::Org(_) | Reference::Description(_))
            ) || s.input.toks[s.items[j].0].is_capitalized()
                || s.is_word(
                    j,
                    &["the", "le", "la", "l'", "les", "its", "son", "sa", "ses"],
                ))
            // ("The largest shareholder of Y, X, said the price was too
            // low": a clause after the verb is what is said; the speaker's
            // words run to a comma or the end.)
            && (j..n)
                .take_while(|&k| s.items[k].2 != Item::Punct)
                .all(|k| k < j + 6 && !s.is_in(k, &crate::lexicon::SUBJECT_FOLLOWERS))
    };
    let right_bound = (t_end..right_bound.saturating_sub(1))
        .find(|&k| {
            s.items[k].2 == Item::Punct
                && s.norm(k) == ","
                // (A tensed verb of saying only: "un tour de table,
                // annoncé jeudi et mené par Y, de 235 millions" goes on.)
                && ((s.is_word(k + 1, &["said", "says", "told", "added"]) && speaker(k + 2))
                    || (s.is_word(k + 1, &["a", "ont"])
                        && s.is_in(k + 2, &crate::lexicon::REPORTING_VERBS)
                        && speaker(k + 3)))
        })
        .unwrap_or(right_bound);
    // "Ynsect, qui a levé 50 millions d'euros, signe un accord avec Nestlé":
    // a trigger inside a relative clause reads its arguments there.
    let relative = s.relative_clause(left_bound, t, t_end, right_bound);
    let right_bound = relative.map_or(right_bound, |(_, close)| close);
    // "Orvane, the largest shareholder of Kelmix, agreed to buy Y for $2
    // billion": a holder described in apposition keeps to the apposition;
    // the sum and the agreeing are the main clause's.
    let described_holder = if frame == Frame::InvestorNoun {
        s.description_apposition(left_bound, t, t_end, right_bound)
    } else {
        None
    };
    let right_bound = described_holder.unwrap_or(right_bound);
    // "bought Ardent Bio for $4 billion and licensed a pill from Hengrui":
    // a second verb of the same subject, no deal's, opens its own clause.
    // "rents capacity from A and B, and in June agreed to invest $14
    // billion in Y": a comma and "and" before a verb open the subject's
    // next clause, with its own arguments and sum.
    let right_bound = (t_end..right_bound.saturating_sub(2))
        .find(|&k| {
            s.items[k].2 == Item::Punct
                && s.norm(k) == ","
                && s.is_word(k + 1, &["and", "et"])
                && (k + 2..(k + 6).min(right_bound))
                    .take_while(|&j| s.items[j].2 == Item::Word)
                    .any(|j| {
                        (lowercase_past(s, j) && !participle_modifier(s, j))
                            || s.is_word(j, &["will", "has", "had", "plans", "va", "avait", "a"])
                            || (j == k + 2 && present_verb(s, j))
                    })
        })
        .unwrap_or(right_bound);
    // "sold its oil assets to Y for $2 billion, and in 2024 it agreed to
    // merge with Z", "et l'an dernier il a cédé": "and" before a subject of
    // its own and its verb (after a phrase of time) opens a new clause,
    // whose sum and standing are its own.
    let right_bound = (t_end..right_bound.saturating_sub(2))
        .find(|&k| {
            s.is_word(k, &["and", "et"])
                && k > t_end
                && (new_subject_clause(s, k, right_bound)
                    || unnamed_subject_clause(s, k, right_bound))
        })
        .unwrap_or(right_bound);
    // "Founded in 2021 by former Google engineers, the startup counts Y
    // among its customers": a participle phrase fronted at the sentence's
    // start is no part of the main clause's subject.
    let left_bound = match s.participle_phrase_end() {
        Some(c) if left_bound == 0 && c + 1 < t => c + 1,
        _ => left_bound,
    };
    // (... and the deal told after it keeps to that clause.)
    let left_bound = (left_bound..t)
        .rev()
        .find(|&k| s.is_word(k, &["and", "et"]) && new_subject_clause(s, k, t + 1))
        .map_or(left_bound, |k| k + 1);
    // "Selvane, valued at $3 billion in its last round, was bought by
    // Orvane": a trigger in an aside set off after the subject keeps to the
    // aside; the verb after its closing comma is the main clause's. (A
    // noun of a round or a stake only: a verb in an aside, "set on
    // acquiring Y, is believed to be preparing an offer", shares the main
    // clause's mood.)
    let right_bound = if relative.is_none()
        && (frame.is_round()
            || matches!(
                frame,
                Frame::StakeNoun | Frame::InvestNoun | Frame::InvestorNoun | Frame::JointVenture
            ))
        && (left_bound..t).any(|k| s.items[k].2 == Item::Punct && s.norm(k) == ",")
    {
        (t_end..right_bound)
            .find(|&k| {
                s.items[k].2 == Item::Punct
                    && s.norm(k) == ","
                    && (s.is_in(k + 1, &super::sentence::AUXILIARIES)
                        // ("Selvane, valued at $3 billion in its last round,
                        // signed a deal with Y": a verb in the past, or in
                        // the present before its object, after the closing
                        // comma.)
                        || (frame.is_round()
                            && k + 2 < right_bound
                            && (lowercase_past(s, k + 1) || present_verb(s, k + 1)))
                        // ("Kestane, jointly owned by A and B, raised $50
                        // million": a venture's owning participle keeps
                        // to its aside before the main clause's deal verb.)
                        || (frame == Frame::JointVenture && s.frame_at(k + 1).is_some()))
            })
            .unwrap_or(right_bound)
    } else if relative.is_none() {
        agent_aside(s, left_bound, (t, t_end), right_bound).unwrap_or(right_bound)
    } else {
        right_bound
    };
    // "..., the Daily Courier said": who reports the deal is no party to it.
    let right_bound = s
        .trailing_report()
        .map(|(comma, _)| comma)
        .filter(|&comma| comma >= t_end)
        .map_or(right_bound, |comma| comma.min(right_bound));
    // "will supply chips to Y under an agreement with Z": a framing phrase
    // ends another deal's arguments.
    let right_bound = if matches!(
        frame,
        Frame::Partner | Frame::Agreement | Frame::JointVenture
    ) {
        right_bound
    } else {
        // (A framing phrase names its party after "with": looked for only
        // where one stands.)
        (t_end..right_bound)
            .any(|k| s.is_word(k, &["with", "avec"]))
            .then(|| (t_end..right_bound).find(|&k| adjuncts::framing_party_at(s, k)))
            .flatten()
            .unwrap_or(right_bound)
    };
    let right_bound = (t_end..right_bound)
        .find(|&k| {
            s.is_word(k, &["and", "et"])
                && k + 2 < right_bound
                && s.items[k + 1].2 == Item::Word
                && s.norm(k + 1).ends_with("ed")
                && s.frame_at(k + 1).is_none()
                // ("and completed its purchase of Z": a possessive pronoun
                // is read as a reference, not a word.)
                && matches!(
                    s.norm(k + 2),
                    "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "these"
                )
        })
        .unwrap_or(right_bound);
    // "will buy 12 of the jets and lease them back to Skylane": a second
    // verb that takes what the first one's object was, as a pronoun, has
    // arguments of its own.
    let right_bound = (t_end + 1..right_bound.saturating_sub(2))
        .find(|&k| {
            s.is_word(k, &["and"])
                && s.items[k + 1].2 == Item::Word
                && (s.is_word(k + 2, &["them"])
                    || (s.norm(k + 2) == "it"
                        && matches!(s.items[k + 2].2, Item::Ref(Reference::Pronoun))))
        })
        .unwrap_or(right_bound);
    // "The sale follows Orvane's purchase of Kelmix in 2024 and comes amid
    // pressure from Tarrin", "et s'inscrit dans": a verb whose subject is
    // the sentence's deal noun, after "and", opens that subject's next
    // predicate.
    let right_bound = (t_end + 1..right_bound.saturating_sub(1))
        .find(|&k| {
            s.is_word(k, &["and", "et"]) && {
                let v = if s.is_word(k + 1, &["s'", "se"]) {
                    k + 2
                } else {
                    k + 1
                };
                v < right_bound && s.is_in(v, &DEAL_NOUN_VERBS)
            }
        })
        .unwrap_or(right_bound);
    // "signed a contract with the army and a partnership with Y", "a
    // conclu un contrat avec l'armée et un partenariat avec Y": a second
    // deal's noun, coordinated past the first one's own complement, takes
    // its own arguments.
    // (Looked for only past the first one's "with".)
    let right_bound = (t_end..right_bound.saturating_sub(3))
        .find(|&j| s.is_word(j, &["with", "avec"]))
        .and_then(|with| {
            (with + 1..right_bound.saturating_sub(2)).find(|&k| {
                s.is_word(k, &["and", "et"])
                    && s.is_word(k + 1, &["a", "an", "un", "une"])
                    && (k + 2..(k + 4).min(right_bound)).any(|j| s.frame_at(j).is_some())
            })
        })
        .unwrap_or(right_bound);
    // "withdrew its offer for Y, days after rival Norlac made a higher
    // bid": a clause of time whose own subject follows its conjunction is
    // a clause of its own, with its own sum and standing.
    let starts = s.time_clause_starts();
    let left_bound = starts
        .iter()
        .rev()
        .find(|&&(k, subject)| k >= left_bound && subject < t)
        .map_or(left_bound, |&(k, _)| k + 1);
    let right_bound = starts
        .iter()
        .find(|&&(k, subject)| k >= t_end && subject < right_bound)
        .map_or(right_bound, |&(k, _)| k);
    Bounds {
        left: left_bound,
        right: right_bound,
        relative,
        described_holder,
    }
}

/// Whether "and" at item `k` opens a clause with a subject of its own:
/// ", and in 2024 it agreed", ", and Kelmix later sold", "et il a cédé".
/// A name needs the comma before "and" ("sold Y to A and B for $2 billion"
/// lists buyers) and a verb told before it; a pronoun does not. A verb of joining or leading a round
/// ("and B participated") stays in the round's clause.
fn new_subject_clause(s: &Sentence<'_>, k: usize, right_bound: usize) -> bool {
    let comma_before = k > 0 && s.items[k - 1].2 == Item::Punct && s.norm(k - 1) == ",";
    let Some(subject) = (k + 1..(k + 6).min(right_bound)).find(|&j| s.items[j].2 != Item::Word)
    else {
        return false;
    };
    let named = match &s.items[subject].2 {
        Item::Ref(Reference::Org(_)) => true,
        Item::Ref(Reference::Pronoun) => false,
        _ => return false,
    };
    // ("Orvane, Tessera, and Vantora joined the round": a name after a
    // serial comma ends a list of subjects unless a verb was told before
    // it.)
    let verb_before = || {
        (0..k).any(|j| s.deal_verb_at(j) || (s.items[j].2 == Item::Word && lowercase_past(s, j)))
    };
    // ("a 20% interest in the unit and POSCO will take the rest": with no
    // comma, a modal right after the name still opens its clause.)
    let modal_after = named
        && s.is_word(
            subject + 1,
            &[
                "will", "would", "has", "had", "va", "vont", "devrait", "prendra",
            ],
        );
    if named && !((comma_before || modal_after) && verb_before()) {
        return false;
    }
    // ("Norlac, which led the round, and Orvane invested": the verb before
    // is a relative's on the list's first name, whose comma closes it.)
    if named
        && comma_before
        && (1..k - 1)
            .rev()
            .take_while(|&j| s.norm(j) != ",")
            .last()
            .is_some_and(|first| {
                first >= 2 && s.relative_after(first - 2) && s.org_at(first - 2).is_some()
            })
    {
        return false;
    }
    // (The words before the subject are a phrase of time or an adverb,
    // none a deal's word, a name's or a verb of saying: "and in March",
    // "et l'an dernier", not "Sturm, Ruger and Co Inc said it".)
    // ("a consortium led by A and including B will buy Y": a word of
    // listing opens a second member, no clause.)
    if (k + 1..subject).any(|j| {
        s.frame_at(j).is_some()
            || s.input.toks[s.items[j].0].is_capitalized()
            || s.is_in(j, &crate::lexicon::REPORTING_VERBS)
            || s.is_word(
                j,
                &[
                    "including",
                    "comprising",
                    "comprenant",
                    "incluant",
                    "with",
                    "avec",
                ],
            )
    }) {
        return false;
    }
    let Some(verb) = (subject + 1..(subject + 4).min(right_bound)).find(|&j| {
        !s.is_in(j, &crate::lexicon::PREVERBAL_ADVERBS) && !s.is_word(j, &["also", "aussi"])
    }) else {
        return false;
    };
    if s.items[verb].2 != Item::Word
        || matches!(s.frame_at(verb), Some(Frame::JoinRound | Frame::LeadVerb))
    {
        return false;
    }
    let w = s.norm(verb);
    lowercase_past(s, verb)
        || s.is_in(verb, &super::sentence::AUXILIARIES)
        || s.deal_verb_at(verb)
        || matches!(
            w,
            "will" | "would" | "could" | "may" | "might" | "plans" | "a" | "avait" | "va" | "ont"
        )
}

/// Whether the word item at `j`, right after ", and", reads as an English
/// verb in the present with its object after it: "..., and follows
/// Kelmix's investment", "..., and owns the rest" (not ", and shares of").
fn present_verb(s: &Sentence<'_>, j: usize) -> bool {
    let w = s.norm(j);
    w.len() > 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !s.input.toks[s.items[j].0].is_capitalized()
        && s.items.get(j + 1).is_some_and(|next| {
            matches!(next.2, Item::Ref(Reference::Org(_)))
                || s.is_word(j + 1, &["the", "a", "an", "its", "their"])
        })
}

/// Whether the past form at item `j` modifies the one noun after it, which
/// ends a coordinated phrase: "its oil unit, Kelmix, and affiliated
/// partnerships, for $38 million" (not ", and acquired assets from").
fn participle_modifier(s: &Sentence<'_>, j: usize) -> bool {
    j + 2 < s.items.len()
        && s.items[j + 1].2 == Item::Word
        && !s.input.toks[s.items[j + 1].0].is_capitalized()
        && s.items[j + 2].2 == Item::Punct
}

/// Whether the word item at `k` reads as an English past form in
/// lowercase ("agreed", "sold"; not "Ted" or "Red" opening a name).
fn lowercase_past(s: &Sentence<'_>, k: usize) -> bool {
    s.norm(k).ends_with("ed") && !s.input.toks[s.items[k].0].is_capitalized()
}

/// "Kelmix, a company acquired by Orvane in 2019, raised $10 million",
/// "Kelmix, rachetée par Orvane en 2019, a signé": a participle with its
/// agent in an aside set off after a name tells a deal of its own, done
/// before; the comma closing the aside ends it when a verb follows, and
/// the main clause's sum and standing are another deal's. The closing
/// comma, if so.
fn agent_aside(
    s: &Sentence<'_>,
    left_bound: usize,
    (t, t_end): (usize, usize),
    right_bound: usize,
) -> Option<usize> {
    let comma = |k: usize| s.items[k].2 == Item::Punct && s.norm(k) == ",";
    let open = (left_bound.max(t.saturating_sub(4))..t)
        .rev()
        .find(|&k| comma(k))?;
    // After a name, only lowercase words of a description before the
    // participle ("a company", "une société", none).
    let described = open > 0
        && matches!(s.items[open - 1].2, Item::Ref(Reference::Org(_)))
        && (open + 1..t)
            .all(|k| s.items[k].2 == Item::Word && !s.input.toks[s.items[k].0].is_capitalized());
    if !described || !s.is_word(t_end, &["by", "par"]) {
        return None;
    }
    // ("acquired by A, B and C, ...": a comma before a name goes on with
    // the agents' list.)
    let close = (t_end + 1..right_bound.min(t_end + 12))
        .find(|&k| comma(k) && !matches!(s.items.get(k + 1).map(|i| &i.2), Some(Item::Ref(_))))?;
    let verb_follows = close + 1 < right_bound
        && (s.is_in(close + 1, &super::sentence::AUXILIARIES)
            || s.is_word(
                close + 1,
                &["a", "ont", "va", "vont", "avait", "can", "could", "may"],
            )
            || s.frame_at(close + 1).is_some());
    verb_follows.then_some(close)
}

/// "cleared Orvane's purchase of Y and Brussels forced Z to abandon": after
/// a trigger's arguments, "and" then a capitalised word that names no
/// company (a place, an authority) with a verb in the past right after it
/// opens a clause of its own.
fn unnamed_subject_clause(s: &Sentence<'_>, k: usize, right_bound: usize) -> bool {
    k + 2 < right_bound
        && s.items[k + 1].2 == Item::Word
        && s.input.toks[s.items[k + 1].0].is_capitalized()
        && s.items[k + 2].2 == Item::Word
        && (lowercase_past(s, k + 2)
            || s.is_word(k + 2, &["sold", "bought", "took", "made", "won", "gave"]))
}
