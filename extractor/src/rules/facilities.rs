//! Facilities and projects several companies make together: a project
//! they launch ("A, B et C lancent un projet de 100 milliards"), a plant
//! they build ("A and B will build a plant"), a facility they invest in
//! ("A will invest $2 billion in a new refinery with B"). Each is the
//! companies' venture, unnamed; one company alone makes none.

use super::sentence::{Item, Sentence};
use crate::coref::Reference;
use crate::lexicon::WordSet;
use crate::triggers::Frame;

/// Nouns of a facility or project made or invested in: see
/// `data/words/facility_nouns.txt`.
static FACILITY_NOUNS: WordSet = WordSet::new(include_str!("../../data/words/facility_nouns.txt"));

/// "A, B et C lancent un projet d'infrastructures de 100 milliards", "A
/// and B launch $5 billion chip project": a project that a verb of
/// founding at `t..t_end` makes, with two organisations or more
/// coordinated as its subject, in the clause `left_bound..right_bound`.
pub(super) fn joint_project(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    left_bound: usize,
    right_bound: usize,
) -> bool {
    // ("ont annoncé leur projet de fusion", "a plan or project of
    // merger": a project of a deal is that deal, told by its own trigger.)
    let project = (t_end..right_bound.min(t_end + 7))
        .take_while(|&k| matches!(s.items[k].2, Item::Word | Item::Amount(_)))
        .any(|k| {
            s.is_word(k, &["project", "projet"])
                && !(s.is_word(k + 1, &["de", "d'", "of"])
                    && s.frame_at(k + 2).is_some_and(|f| {
                        matches!(
                            f,
                            Frame::Merge | Frame::Acquire | Frame::Sell | Frame::Offer
                        )
                    }))
        });
    let opens = s.is_word(
        t_end,
        &["a", "an", "the", "un", "une", "le", "its", "their", "leur"],
    ) || matches!(s.items.get(t_end).map(|i| &i.2), Some(Item::Amount(_)));
    if !(project && opens) {
        return false;
    }
    coordinated_subjects(s, left_bound, t)
}

/// The organisations named in the subject `left_bound..t`.
fn subject_orgs(s: &Sentence<'_>, left_bound: usize, t: usize) -> usize {
    (left_bound..t).filter(|&k| s.org_at(k).is_some()).count()
}

/// Whether two organisations or more are coordinated ("and", "et") in the
/// subject `left_bound..t`.
fn coordinated_subjects(s: &Sentence<'_>, left_bound: usize, t: usize) -> bool {
    subject_orgs(s, left_bound, t) >= 2 && (left_bound..t).any(|k| s.is_word(k, &["and", "et"]))
}

/// Whether a building predicate at items `t..t_end` that says nothing of
/// building together ("will build a", "vont construire une") has two
/// companies joined by "and" right before it as its subject ("A and B will
/// build a plant"): only then is the plant their venture. "The joint
/// venture will build a plant" or "Orvane will build a plant" founds none;
/// "jointly build", "construire ensemble", "va construire avec B" say it
/// themselves.
pub(super) fn built_by_partners(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    left_bound: usize,
) -> bool {
    // "Halvern is developing a wind farm with Pivane": a facility built
    // with a companion named after it is theirs too.
    let companion = || {
        (t_end..s.items.len().min(t_end + 5))
            .take_while(|&k| s.items[k].2 == Item::Word)
            .find(|&k| s.is_in(k, &FACILITY_NOUNS))
            .is_some_and(|noun| {
                (noun + 1..s.items.len().min(noun + 4))
                    .take_while(|&k| s.items[k].2 == Item::Word || s.org_at(k).is_some())
                    .any(|k| s.is_word(k, &["with", "avec"]) && s.org_at(k + 1).is_some())
            })
    };
    let words = s.words(t, t_end);
    let plain_building = words.iter().any(|w| {
        matches!(
            *w,
            "build"
                | "building"
                | "construire"
                | "construit"
                | "construira"
                | "develop"
                | "developing"
                | "développe"
                | "développera"
        )
    }) && !words.iter().any(|w| {
        matches!(
            *w,
            "jointly" | "together" | "ensemble" | "conjointement" | "with" | "avec"
        )
    });
    // ("A and B said they would build a refinery": "they" stands for both.)
    let group_before = t > left_bound
        && matches!(&s.items[t - 1].2, Item::Ref(Reference::Group(names)) if names.len() >= 2);
    !plain_building
        || group_before
        || companion()
        || (t >= left_bound + 3
            && s.org_at(t - 1).is_some()
            && s.is_word(t - 2, &["and", "et"])
            && s.org_at(t - 3).is_some())
}

/// "Aramco will invest 15 billion riyals in a new refinery with
/// TotalEnergies", "A et B vont investir 2 milliards dans une nouvelle
/// usine": an investing trigger ending at `t_end` whose money goes into a
/// facility (a determiner, then a facility's noun within four words, no
/// company named before it), with two companies coordinated as its subject
/// or a companion named after "with"/"avec"/"alongside" in the clause
/// `left_bound..right_bound`: the facility is their venture.
pub(super) fn invested_in_facility(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    left_bound: usize,
    right_bound: usize,
) -> bool {
    // ("will jointly invest $2 billion to build three solar farms", "pour
    // construire deux usines": the money's purpose names the facility as
    // its "in" would.)
    let Some(into) = (t_end..right_bound.min(t_end + 8))
        .take_while(|&k| matches!(s.items[k].2, Item::Word | Item::Amount(_)))
        .find(|&k| {
            s.is_word(k, &["in", "into", "dans"])
                || (s.is_word(k, &["to", "pour"])
                    && s.is_word(
                        k + 1,
                        &[
                            "build",
                            "construct",
                            "develop",
                            "construire",
                            "développer",
                            "bâtir",
                        ],
                    ))
        })
    else {
        return false;
    };
    // ("Kelmora to invest $2 billion in Texas solar with Dravik": a few
    // words of what the money goes into, no company among them, then a
    // companion named after "with" make a venture of the two.)
    let with_after_thing = s.is_word(into, &["in", "into", "dans"])
        && subject_orgs(s, left_bound, t) >= 1
        && (into + 1..right_bound.min(into + 6))
            .take_while(|&k| {
                s.items[k].2 == Item::Word
                    // ("in startups with Y": companies backed together
                    // are no venture.)
                    && !s.is_in(k, &super::buying::COMPANIES_COUNTED)
            })
            .skip(1)
            .find(|&k| s.is_word(k, &["with", "avec", "alongside"]))
            .is_some_and(|k| {
                s.org_at(k + 1).is_some()
                    && !s.is_word(
                        into + 1,
                        &["its", "their", "son", "sa", "ses", "leur", "leurs"],
                    )
            });
    if with_after_thing {
        return true;
    }
    let into = if s.is_word(into, &["to", "pour"]) {
        into + 1
    } else {
        into
    };
    // (A facility or several: "a new refinery", "three solar farms".)
    let opens = |k: usize| {
        s.is_word(
            k,
            &[
                "a",
                "an",
                "un",
                "une",
                "two",
                "three",
                "four",
                "five",
                "several",
                "deux",
                "trois",
                "quatre",
                "cinq",
                "plusieurs",
            ],
        ) || (s.items.get(k).is_some_and(|i| i.2 == Item::Word)
            && s.input.toks[s.items[k].0].kind == dealwire_core::tokens::Kind::Number)
    };
    if !opens(into + 1) {
        return false;
    }
    let Some(noun) = (into + 2..right_bound.min(into + 6))
        .take_while(|&k| matches!(s.items[k].2, Item::Word | Item::Amount(_)))
        .find(|&k| s.is_in(k, &FACILITY_NOUNS))
    else {
        return false;
    };
    let companion = subject_orgs(s, left_bound, t) >= 1
        && (noun + 1..right_bound.saturating_sub(1))
            .any(|k| s.is_word(k, &["with", "avec", "alongside"]) && s.org_at(k + 1).is_some());
    coordinated_subjects(s, left_bound, t) || companion
}
