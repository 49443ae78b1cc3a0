//! Phrases that set a deal's noun in an adjunct of its clause rather than
//! tell a deal of their own: a phrase of time ("after the tender offer")
//! refers to a deal told already; a phrase of means ("through a tender
//! offer", shares issued "to complete the purchase") is how another deal is
//! done; a framing phrase ("as part of a partnership with Y", "dans le
//! cadre d'une alliance avec Y", "under an agreement with Y") ties the
//! clause's subject to Y and ends the arguments of the deal before it; a
//! participle of joining ("joined in the acquisition by Y") adds Y to a deal
//! told already; talks with Y ("in talks with Y about being acquired") make
//! Y the buyer a passive leaves unnamed.

use dealwire_core::model::Role;

use super::amounts::DEFINITE;
use super::sentence::{Item, Sentence, Slot};
use crate::coref::Reference;
use crate::lexicon::{self, WordSet};
use crate::triggers::Frame;

/// How a framing phrase opens, word by word, up to its article.
const FRAMING: &[&[&str]] = &[
    &["as", "part", "of"],
    &["part", "of"],
    &["under"],
    &["through"],
    &["via"],
    &["dans", "le", "cadre", "d'"],
    &["dans", "le", "cadre", "de"],
    &["cadre", "d'"],
    &["cadre", "de"],
];

/// Whether the words of `phrase` stand from item `k` on.
fn phrase_at(s: &Sentence<'_>, k: usize, phrase: &[&str]) -> bool {
    phrase
        .iter()
        .enumerate()
        .all(|(i, w)| s.is_word(k + i, &[w]))
}

/// Articles and adjectives that may stand between a framing phrase's
/// opening and its noun.
fn is_filler(s: &Sentence<'_>, k: usize) -> bool {
    s.items[k].2 == Item::Word && s.frame_at(k).is_none()
}

/// Whether a framing phrase opens at item `k` and names a tie within four
/// words: "under an agreement", "as part of a strategic partnership",
/// "dans le cadre d'une alliance".
pub(super) fn framing_phrase_at(s: &Sentence<'_>, k: usize) -> bool {
    let n = s.items.len();
    // Asked of every word after many triggers: the opening word first.
    if !(s.items[k].2 == Item::Word
        && matches!(
            s.norm(k),
            "as" | "part" | "under" | "through" | "via" | "dans" | "cadre"
        ))
    {
        return false;
    }
    FRAMING.iter().any(|phrase| {
        k + phrase.len() < n
            && phrase_at(s, k, phrase)
            && (k + phrase.len()..n.min(k + phrase.len() + 4))
                .take_while(|&j| s.items[j].2 == Item::Word)
                .find(|&j| !is_filler(s, j))
                .is_some_and(|j| {
                    matches!(
                        s.frame_at(j),
                        Some(Frame::Partner | Frame::Agreement | Frame::JointVenture)
                    )
                })
    })
}

/// Whether a framing phrase opens at item `k` and names another party with
/// "with"/"avec" ("under an agreement with Y"); one that names a sum only
/// ("under a contract valued at $6 billion") still tells the deal before.
pub(super) fn framing_party_at(s: &Sentence<'_>, k: usize) -> bool {
    let n = s.items.len();
    framing_phrase_at(s, k)
        && (k + 2..n.saturating_sub(1).min(k + 10))
            .any(|j| s.is_word(j, &["with", "avec"]) && matches!(s.items[j + 1].2, Item::Ref(_)))
}

/// How a phrase of means opens before a bid's noun: "through a tender
/// offer", "by way of a tender offer", "par le biais d'une OPA".
const MEANS: &[&[&str]] = &[
    &["through"],
    &["via"],
    &["by", "way", "of"],
    &["by", "means", "of"],
    &["par", "le", "biais", "d'"],
    &["par", "le", "biais", "de"],
    &["au", "moyen", "d'"],
    &["par", "voie", "d'"],
];

/// Whether the bid's noun at item `t` ends a phrase of means ("to acquire
/// Y through a tender offer") after another deal's word of its clause: the
/// bid is how that deal is done, not a deal of its own.
pub(super) fn bid_as_means(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    (t.saturating_sub(7).max(left_bound)..t).any(|k| {
        MEANS.iter().any(|phrase| {
            k + phrase.len() < t
                && phrase_at(s, k, phrase)
                && (k + phrase.len()..t).all(|j| s.items[j].2 == Item::Word)
        }) && (left_bound..k).any(|j| s.frame_at(j).is_some())
    })
}

/// Whether the acquisition noun at item `t` says how a sale told before it
/// in its clause was made ("sold Y in a management buyout"): the sale's,
/// not a purchase of its own.
pub(super) fn sale_by_way_of(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    (t.saturating_sub(6).max(left_bound)..t).any(|k| {
        s.is_word(k, &["in", "through"])
            && s.is_word(k + 1, &["a", "an"])
            && (k + 1..t).all(|j| matches!(s.items[j].2, Item::Word | Item::Amount(_)))
            && (left_bound..k).any(|j| s.frame_at(j) == Some(Frame::Sell))
    })
}

/// Whether the sale's verb at item `t` issues shares that pay for a
/// purchase told after it ("issued 23 mln shares to Preussag to complete
/// the purchase of a stake"): they are its price, not a sale of their own.
pub(super) fn shares_as_price(s: &Sentence<'_>, t: usize, t_end: usize) -> bool {
    let n = s.items.len();
    s.is_word(
        t,
        &[
            "issue", "issues", "issued", "issuing", "émettra", "émet", "émis",
        ],
    ) && (t_end..n.min(t_end + 16)).any(|k| {
        s.is_word(k, &["to", "pour", "afin"])
            && (k + 1..(k + 7).min(n))
                .any(|j| matches!(s.frame_at(j), Some(Frame::Acquire | Frame::StakeNoun)))
    })
}

/// Whether the tie's noun at item `t` ends a framing phrase that opens
/// after `left_bound`.
pub(super) fn framing_phrase_before(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    (t.saturating_sub(7).max(left_bound)..t)
        .any(|k| framing_phrase_at(s, k) && (k + 1..t).all(|j| s.items[j].2 == Item::Word))
}

/// Whether the deal noun at item `t` stands in a phrase of time after its
/// definite article and adjectives only ("after the tender offer", "après
/// l'offre publique", "until the merger").
pub(super) fn told_deal_in_time_phrase(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    const TIME: &[&str] = &[
        "after",
        "before",
        "following",
        "until",
        "during",
        "upon",
        "après",
        "avant",
        "pendant",
        "dès",
        "lors",
    ];
    phrase_before(s, t, left_bound, 4, TIME).is_some()
}

/// The word of `openers` that opens, within `reach` items before the
/// noun at `t`, a phrase of its article (or "de"/"du") and words only:
/// "after the tender offer", "lors de l'offre", "since the purchase".
fn phrase_before(
    s: &Sentence<'_>,
    t: usize,
    left_bound: usize,
    reach: usize,
    openers: &[&str],
) -> Option<usize> {
    (t.saturating_sub(reach).max(left_bound)..t).find(|&k| {
        s.is_word(k, openers)
            && k + 1 < t
            // ("lors de l'offre": the preposition's "de" may stand first.)
            && (s.is_word(k + 1, DEFINITE) || s.is_word(k + 1, &["de", "du"]))
            && (k + 1..t).all(|j| s.items[j].2 == Item::Word)
    })
}

/// The comma that opens an apposition ending right before item `before`,
/// past words only, within `reach` items and not before `from`.
fn apposition_comma(s: &Sentence<'_>, before: usize, from: usize, reach: usize) -> Option<usize> {
    (before.saturating_sub(reach).max(from)..before)
        .rev()
        .take_while(|&k| s.items[k].2 == Item::Word || s.norm(k) == ",")
        .find(|&k| s.norm(k) == ",")
}

/// The subject of the clause an apposition follows, when the deal noun at
/// item `t` stands after "since"/"depuis" and its article in that
/// apposition, opened by a possessive: "bought Kelmix, its largest deal
/// since the purchase of Pivex" (the first name of the sentence).
pub(super) fn earlier_deal_of_subject(
    s: &Sentence<'_>,
    t: usize,
    left_bound: usize,
) -> Option<usize> {
    let since = phrase_before(s, t, left_bound, 3, &["since", "depuis"])?;
    let comma = apposition_comma(s, since, 0, 8)?;
    if !s.is_word(comma + 1, &["its", "their", "sa", "son", "leur"]) {
        return None;
    }
    (0..comma).find(|&k| s.org_at(k).is_some())
}

/// Whether the acquisition noun at item `t` opens an apposition on the
/// clause before it, which told its deal with a verb: "will buy Selvane for
/// $1.4 billion, its biggest acquisition since 2021", "va racheter Selvane,
/// sa plus grosse acquisition depuis le rachat de Pivex". The noun names
/// that deal again; its possessive is the buyer, and what follows it is no
/// target.
pub(super) fn deal_named_again(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    const OPENERS: &[&str] = &["its", "their", "sa", "son", "leur", "the", "la", "le", "l'"];
    let Some(comma) = apposition_comma(s, t, left_bound, 5) else {
        return false;
    };
    comma + 1 < t
        && s.is_word(comma + 1, OPENERS)
        && (comma + 2..t).all(|k| !s.input.toks[s.items[k].0].is_capitalized())
        && (left_bound..comma).any(|j| s.deal_verb_at(j))
}

/// The buyer an apposition names on the deal noun at item `t` whose target
/// follows it: "the purchase of Kelmix, Orvane's third acquisition this
/// year, was completed", "le rachat de Kelmix, la troisième acquisition
/// d'Orvane, a été finalisé". The apposition names the same deal again,
/// by a possessive ("Orvane's") or by "de"/"of" after its own deal noun.
pub(super) fn buyer_in_apposition(s: &Sentence<'_>, t_end: usize) -> Option<usize> {
    let n = s.items.len();
    if !(t_end + 2 < n
        && s.is_word(t_end, &["of", "de", "d'", "du"])
        && s.org_at(t_end + 1).is_some()
        && s.norm(t_end + 2) == ",")
    {
        return None;
    }
    let open = t_end + 3;
    let close =
        (open..n.min(open + 9)).find(|&k| s.items[k].2 != Item::Word && s.org_at(k).is_none())?;
    if s.norm(close) != "," {
        return None;
    }
    let deal_noun =
        |k: usize| s.is_in(k, &lexicon::ACQUISITION_NOUNS) || s.is_word(k, &["deal", "opération"]);
    // "Orvane's third acquisition".
    if s.org_at(open).is_some()
        && s.is_word(open + 1, &["'s", "'"])
        && (open + 2..close).any(deal_noun)
    {
        return Some(open);
    }
    // "la troisième acquisition d'Orvane".
    (open + 1..close)
        .find(|&k| deal_noun(k))
        .filter(|&k| {
            s.is_word(open, &["the", "la", "le", "l'", "sa", "son"])
                && k + 2 < close
                && s.is_word(k + 1, &["of", "de", "d'", "du"])
                && s.org_at(k + 2).is_some()
                && (k + 3..close).all(|j| s.org_at(j).is_none())
        })
        .map(|k| k + 2)
}

/// Whether the deal noun at item `t` opens, past words only, an apposition
/// on a deal's noun and its target: "le rachat de Kelmix, la troisième
/// acquisition d'Orvane," names that deal again (its buyer is read by
/// `buyer_in_apposition`), not a deal of its own.
pub(super) fn names_deal_before(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    apposition_comma(s, t, left_bound, 5).is_some_and(|c| {
        c >= left_bound + 3
            && s.org_at(c - 1).is_some()
            && s.is_word(c - 2, &["of", "de", "d'", "du"])
            && s.is_in(c - 3, &lexicon::ACQUISITION_NOUNS)
    })
}

/// Whether the participle of giving at item `t`, written with no
/// auxiliary right after its subject, has its agent after the thing given:
/// "Kelmix awarded $300 million contract by Orvane" (a headline's passive;
/// "Orvane awarded Kelmix a contract" names no agent).
pub(super) fn agent_after_object(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    right_bound: usize,
) -> bool {
    let n = s.items.len();
    t >= 1
        && s.org_at(t - 1).is_some()
        && s.is_word(t, &["awarded", "granted", "handed", "given"])
        && (t_end..right_bound.min(n).min(t_end + 8))
            .find(|&k| s.is_word(k, &["by"]))
            .is_some_and(|k| {
                k > t_end
                    && k + 1 < n
                    && s.org_at(k + 1).is_some()
                    && (t_end..k).all(|j| !matches!(s.items[j].2, Item::Ref(_) | Item::Punct))
            })
}

/// Whether the deal noun at item `t`, named by its definite article and
/// words only, follows a word of dispute in its clause: "was sued by Y
/// over the failed merger", "poursuit Y à propos du rachat avorté". The
/// noun is the deal told already; who sues or is sued is no party to it.
/// A noun that names its own party ("over the merger with Y") is left to
/// its slots.
pub(super) fn disputed_deal(s: &Sentence<'_>, t: usize, t_end: usize, left_bound: usize) -> bool {
    if t_end + 1 < s.items.len()
        && s.is_word(
            t_end,
            &["with", "of", "between", "avec", "de", "d'", "entre"],
        )
        && s.org_at(t_end + 1).is_some()
    {
        return false;
    }
    let Some(article) = (t.saturating_sub(3).max(left_bound)..t)
        .rev()
        .take_while(|&k| s.items[k].2 == Item::Word)
        .find(|&k| s.is_word(k, DEFINITE) || s.is_word(k, &["du"]))
    else {
        return false;
    };
    (left_bound..article).any(|k| s.is_in(k, &lexicon::DISPUTE_WORDS))
}

/// Whether the deal noun at item `t` is where a participle of joining puts
/// its subject: "Orvane will be joined in the acquisition by Tessera",
/// "sera accompagné dans cette acquisition par Tessera". The agent joins the
/// deal told before; it is not the noun's buyer, nor the subject what is
/// bought.
pub(super) fn joined_in_deal(s: &Sentence<'_>, t: usize) -> bool {
    (t.saturating_sub(4)..t)
        .any(|k| k >= 1 && s.is_word(k, &["in", "dans"]) && s.is_in(k - 1, &JOINING_PARTICIPLES))
}

/// Words of talks with a counterpart: see `data/words/talk_words.txt`.
pub(super) static TALK_WORDS: WordSet =
    WordSet::new(include_str!("../../data/words/talk_words.txt"));

/// Participles of joining someone in a deal: see
/// `data/words/joining_participles.txt`.
static JOINING_PARTICIPLES: WordSet =
    WordSet::new(include_str!("../../data/words/joining_participles.txt"));

/// "Bellcor is in talks with Regalis about being acquired", "Bellcor est en
/// discussions avec Regalis en vue d'être racheté": a passive of buying at
/// item `t` with no agent, after talks with a company, is a purchase by that
/// company of the talks' subject. Rewrites the role groups.
pub(super) fn bought_by_talk_partner(
    s: &Sentence<'_>,
    t: usize,
    left_bound: usize,
    right: &[(Slot, Vec<usize>)],
    groups: &mut Vec<(Vec<usize>, Role)>,
) {
    if right.iter().any(|(slot, _)| *slot == Slot::By) {
        return;
    }
    // The partner: a name after "with"/"avec", with only words between it
    // and the trigger ("about being", "en vue d'être").
    let Some(mut partner) = (t.saturating_sub(7).max(left_bound)..t)
        .rev()
        .find(|&k| s.items[k].2 != Item::Word)
    else {
        return;
    };
    // ("with Regalis Inc <RGL> about being acquired": past a ticker.)
    if matches!(s.norm(partner), ">" | ")")
        && let Some(open) = (partner.saturating_sub(4)..partner)
            .rev()
            .find(|&k| matches!(s.norm(k), "<" | "("))
    {
        partner = open.saturating_sub(1);
    }
    if !matches!(s.items[partner].2, Item::Ref(Reference::Org(_))) {
        return;
    }
    if partner < 2 || !s.is_word(partner - 1, &["with", "avec"]) {
        return;
    }
    let Some(talk) = (partner.saturating_sub(4)..partner - 1).find(|&k| s.is_in(k, &TALK_WORDS))
    else {
        return;
    };
    let sold = super::subject::left_slots(s, talk, left_bound).0;
    if sold.is_empty() {
        return;
    }
    groups.retain(|(g, _)| !g.iter().any(|k| *k == partner || sold.contains(k)));
    groups.push((vec![partner], Role::Acquirer));
    groups.push((sold, Role::Target));
}

/// "Kelmix a publié un chiffre d'affaires porté par l'intégration de Tessel,
/// acquis en début d'année pour 380 millions", "Kelmix's sales rose, helped
/// by Tessel, acquired in January": a participle of buying set off by a
/// comma after a name, with no agent nor object, tells a purchase of that
/// name by the sentence's subject, its first name; a seller named after
/// it ("bought from Orbis") stays one. Rewrites the role
/// groups for a trigger at items `t..t_end`.
pub(super) fn bought_by_main_subject(
    s: &Sentence<'_>,
    (t, t_end): (usize, usize),
    right: &[(Slot, Vec<usize>)],
    groups: &mut Vec<(Vec<usize>, Role)>,
) {
    let participle = t_end == t + 1
        && (s.norm(t).ends_with("ed")
            || s.is_word(
                t,
                &[
                    "bought",
                    "acquis",
                    "acquise",
                    "racheté",
                    "rachetée",
                    "repris",
                    "reprise",
                ],
            ));
    if !participle {
        return;
    }
    // ("Kelmix owns Tessel, bought from Orbis in 2022", "rachetée à
    // Orbis": the seller may be named after the participle.)
    let sellers: Vec<(Vec<usize>, Role)> = groups
        .iter()
        .filter(|(_, r)| *r == Role::Seller)
        .cloned()
        .collect();
    // ("Kelmix owns Tessel, a software firm bought from Orbis": past an
    // apposition's determiner and words.)
    let named = if t >= 3 && s.is_comma(t - 1) {
        Some(t - 2)
    } else {
        (t.saturating_sub(6)..t)
            .find(|&d| {
                d >= 2
                    && s.is_word(d, &["a", "an", "une", "un"])
                    && s.is_comma(d - 1)
                    && (d + 1..t).all(|j| s.items[j].2 == Item::Word)
            })
            .map(|d| d - 2)
    };
    let Some(named) = named else {
        return;
    };
    if right.len() != sellers.len()
        || !matches!(&groups[..], [(g, r), ..] if g == &[named] && *r != Role::Seller)
        || groups.len() != sellers.len() + 1
    {
        return;
    }
    let Some(bought) = s.org_at(named) else {
        return;
    };
    // ("Il a indiqué que l'intégration de Tessel, acquis en début
    // d'année, ...": a pronoun or a description opening the sentence
    // stands for its subject.)
    let Some(subject) = s.opening_name(named).or_else(|| {
        matches!(
            s.items.first().map(|i| &i.2),
            Some(Item::Ref(
                Reference::Pronoun | Reference::OpeningDescription(_)
            ))
        )
        .then_some(0)
    }) else {
        return;
    };
    // ("Current figures include Kelmix, acquired in May": a word opening
    // the sentence in capitals is a subject only before a verb.)
    // ("Kelmix already owns Tessel, bought ...": past an adverb.)
    let adverb = usize::from(s.is_word(
        subject + 1,
        &[
            "already",
            "also",
            "now",
            "still",
            "déjà",
            "aussi",
            "également",
            "désormais",
        ],
    ));
    let w = s.norm(subject + 1 + adverb);
    let verb_after = lexicon::SUBJECT_FOLLOWERS.contains(w)
        || lexicon::REPORTING_VERBS.contains(w)
        || w.ends_with("ed");
    if !verb_after || s.org_at(subject) == Some(bought) {
        return;
    }
    *groups = vec![(vec![subject], Role::Acquirer), (vec![named], Role::Target)];
    groups.extend(sellers);
}

/// Whether a short phrase of time stands between a participle ending at
/// `t_end` and its agent's "by"/"par": "l'an dernier par", "last year by",
/// "two years ago by", "en mars 2021 par".
pub(super) fn agent_after_time_phrase(s: &Sentence<'_>, t_end: usize) -> bool {
    let n = s.items.len();
    let Some(by) = (t_end + 1..n.min(t_end + 6))
        .take_while(|&k| s.items[k].2 == Item::Word)
        .find(|&k| s.is_word(k, &["by", "par"]))
    else {
        return false;
    };
    (t_end..by).all(|k| {
        s.time_word_at(k)
            || s.norm(k).chars().all(|c| c.is_ascii_digit())
            || s.is_word(
                k,
                &[
                    "two", "three", "four", "five", "six", "deux", "trois", "quatre", "cinq",
                ],
            )
    })
}

/// "Orvane will acquire Kelmix alongside Halvern and Quell", "a racheté
/// Kelmix aux côtés de Halvern", "together with Halvern": companions named
/// after a purchase's object buy with its subject, or after a passive's
/// agent with the agent. (A plain "with" names as often the seller a deal
/// is struck with, and stays unread.)
pub(super) fn buy_alongside(
    s: &Sentence<'_>,
    frame: Frame,
    passive: bool,
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    if !matches!(frame, Frame::Acquire | Frame::Offer) {
        return;
    }
    // ("will be acquired by Orvane, alongside Halvern": beside a passive's
    // agent, agents too.)
    let agent = passive && right.iter().any(|(slot, _)| *slot == Slot::By);
    if !agent && (passive || subj.is_empty()) {
        return;
    }
    let beside = |first: usize| {
        (first.saturating_sub(4)..first).any(|k| {
            s.is_word(k, &["alongside", "côtés"])
                || (s.is_word(k, &["with"])
                    && k > 0
                    && s.is_word(k - 1, &["together", "jointly", "along"]))
                || (s.is_word(k, &["avec"]) && k > 0 && s.is_word(k - 1, &["conjointement"]))
        })
    };
    let companions = |(slot, group): &(Slot, Vec<usize>)| {
        *slot == Slot::With && group.first().is_some_and(|&first| beside(first))
    };
    if agent {
        for read in right.iter_mut().filter(|read| companions(read)) {
            read.0 = Slot::By;
        }
        return;
    }
    right.retain(|read| {
        let beside_subject = companions(read);
        if beside_subject {
            subj.extend(read.1.iter().copied());
        }
        !beside_subject
    });
}
