//! Who a trigger's subject and counterparts are once both sides of it are
//! read: French word orders that put the subject after the verb, whether
//! the clause's subject takes part in the deal at all (a reporting verb, a
//! possessive on the deal's noun or an offer's named maker can leave it
//! out), the counterparts named with "with" before the trigger, and the
//! names a clause around the trigger gives other parts: a company paid for
//! a stake, one invested in "in which", the object of a relative clause,
//! a buyer after a sale or an organ that approves.

use dealwire_core::model::Role;

use super::lists::list_from;
use super::sentence::{Item, Sentence, Slot, prep_slot};
use super::shapes::unnamed_subject;
use crate::coref::Reference;
use crate::lexicon::{self, REPORTING_VERBS, WordSet};
use crate::triggers::Frame;

/// Verbs of receiving money: see `data/words/receive_verbs.txt`.
pub(super) static RECEIVE_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/receive_verbs.txt"));

/// Verbs of striking a deal: see `data/words/striking_verbs.txt`.
pub(super) static STRIKING_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/striking_verbs.txt"));

/// Headline verbs of nearing or clinching a deal: see
/// `data/words/nearing_verbs.txt`.
static NEARING_VERBS: WordSet = WordSet::new(include_str!("../../data/words/nearing_verbs.txt"));

/// "Orvane nears $4 billion Kelmix deal", "closes in on Kelmix deal": a
/// headline's deal at `t` named by the company right before it, after a
/// verb of nearing or clinching it (past its sum and adjectives); that
/// company is what the deal buys.
pub(super) fn named_deal_compound(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    t > left_bound + 1
        && s.is_word(t, &["deal"])
        && matches!(s.items[t - 1].2, Item::Ref(Reference::Org(_)))
        && (t.saturating_sub(7).max(left_bound)..t - 1)
            .rev()
            .take_while(|&k| !matches!(s.items[k].2, Item::Ref(_)))
            .any(|k| {
                s.is_in(k, &NEARING_VERBS)
                    && (!s.is_word(k, &["closes", "closing"])
                        || crate::status::closing_in(s.words(k, (k + 3).min(s.items.len()))))
            })
}

pub(super) use crate::lexicon::BECOMING_VERBS;

/// Verbs by which a company answers an offer made for it: see
/// `data/words/offer_responses.txt`.
pub(super) static OFFER_RESPONSES: WordSet =
    WordSet::new(include_str!("../../data/words/offer_responses.txt"));

/// Whether the subject groups `subj` (items) act in the deal of the trigger
/// at items `t..t_end`, whose possessors are `poss` and whose arguments to
/// the right are `right`.
#[allow(clippy::too_many_arguments)]
pub(super) fn subject_acts(
    s: &Sentence<'_>,
    frame: Frame,
    (t, t_end): (usize, usize),
    left_bound: usize,
    acquisition_noun: bool,
    subj: &[usize],
    poss: &[usize],
    right: &[(Slot, Vec<usize>)],
) -> bool {
    let n = s.items.len();
    // "Acme said an investor group led by management has acquired Y": the
    // name before a reporting verb tells; the clause after it has a buyer
    // of its own, described and not named.
    // "Acme said it received a proposal from a third party to acquire the
    // company": the bid's maker, described after "from", is who buys.
    let told_by = subj.first().is_some_and(|&first| {
        (first + 1..t)
            .find(|&k| s.is_in(k, &REPORTING_VERBS) || s.is_word(k, &["from"]))
            .is_some_and(|said| unnamed_subject(s, said + 1, t))
    });
    // "A and B ended talks on B's purchase of Y": when the noun's possessor
    // is one of the subjects, it alone acts; the others are its
    // counterparts in the talks.
    let possessor_among = subj.len() >= 2
        && poss.first().is_some_and(|&p| {
            s.org_at(p)
                .is_some_and(|name| subj.iter().any(|&k| s.org_at(k) == Some(name)))
        });
    // "It follows Carrow's acquisition of Pinecrest": a possessive names
    // the buyer of a noun followed by what it buys; the clause's subject
    // takes no part.
    let possessive_buyer = frame == Frame::Acquire
        && acquisition_noun
        && !poss.is_empty()
        && t_end < n
        && s.is_word(t_end, &["of", "de", "du", "d'"]);
    // "Kelmix opposed Dravik's plan to buy Tarrin", "backed Dravik's offer
    // to acquire Tarrin": the possessor of the noun the
    // infinitive completes buys; the clause's subject does something else
    // with that plan.
    let possessed_plan =
        !poss.is_empty() && !acquisition_noun && t >= 2 && s.is_word(t - 1, &["to"]);
    // "topping a rival bid from Brenwick", "Harlan's offer compares with
    // Brenwick's proposal": an offer whose maker is named has its target
    // as the clause's subject only when that subject receives or answers it.
    // ("SFR fait l'objet d'une offre de Free", "is the target of a bid
    // from Free": the subject is what the offer is for.)
    let offer_of_another = frame == Frame::Offer
        && (!poss.is_empty() || right.iter().any(|(slot, _)| *slot == Slot::From))
        && !(left_bound..t).any(|k| offer_answered_at(s, k));
    // "The sale includes the Kelmix plant and a 40% interest in Norlac": a
    // stake coordinated with a name, as another object, has no subject.
    let coordinated_stake = frame == Frame::StakeNoun
        && subj.last().is_some_and(|&k| {
            const DETERMINERS: &[&str] = &[
                "a", "an", "the", "its", "un", "une", "le", "la", "l'", "sa", "son", "ses",
            ];
            // ("the Kelmix plant and": past the noun a name qualifies.)
            let and = (k + 1..t.min(k + 3))
                .take_while(|&j| s.items[j].2 == Item::Word)
                .find(|&j| s.is_word(j, &["and", "et"]));
            and.is_some_and(|a| {
                a + 1 < t
                    && t - a <= 5
                    && s.is_word(a + 1, DETERMINERS)
                    && (a + 2..t).all(|j| {
                        !s.is_word(j, DETERMINERS)
                            && matches!(s.items[j].2, Item::Word | Item::Punct | Item::Amount(_))
                    })
            })
        });
    // "The venture will group the units of the two companies, combining
    // A's unit with B's": a participle set off after a comma has the main
    // clause's subject, not the noun phrase closing the clause before it.
    let participle_aside = frame == Frame::Merge
        && t > 0
        && s.is_comma(t - 1)
        && s.norm(t).ends_with("ing")
        && !s.opening_name(t).is_some_and(|k| subj.contains(&k));
    // ("approval from regulators in A, B and C, where Tarrin's attempt to
    // buy Y was blocked": past a relative of place, the possessive before
    // the trigger names who acts, and the names before it do not.)
    let place_relative = !poss.is_empty()
        && subj.last().is_some_and(|&k| {
            (k + 1..t).any(|j| s.is_word(j, &["where", "où"]) && s.is_comma(j - 1))
        });
    !(told_by
        || possessor_among
        || possessive_buyer
        || possessed_plan
        || offer_of_another
        || coordinated_stake
        || participle_aside
        || place_relative)
}

/// Whether the word at item `k` says its clause's subject receives or
/// answers an offer: a verb of receiving ("received a bid from"), of
/// answering ("rejected"), "fait l'objet d'une offre de", or "the target
/// of", "cible d'une OPA de".
pub(super) fn offer_answered_at(s: &Sentence<'_>, k: usize) -> bool {
    s.is_in(k, &RECEIVE_VERBS)
        || s.is_in(k, &OFFER_RESPONSES)
        || (k > 0 && s.is_word(k, &["objet"]) && s.is_word(k - 1, &["l'"]))
        || (s.is_word(k, &["target", "cible"]) && s.is_word(k + 1, &["of", "de", "d'"]))
}

/// "Brisko agrees to Veltora takeover", "Brisko rejects Veltora
/// takeover": a name before a takeover noun that the clause answers (accepts,
/// backs, rejects, agrees to) is the bidder, and the subject is bid for.
/// Without such a verb the name is what is bought ("completes Kaiser
/// purchase").
pub(super) fn answered_compound(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    (left_bound..t.saturating_sub(1)).any(|k| {
        s.is_in(k, &OFFER_RESPONSES)
            || (s.is_word(k, &["agrees", "agreed", "agree", "consents", "consented"])
                && s.is_word(k + 1, &["to"]))
    })
}

/// Moves the subject French writes after the verb from `right` to `subj`:
/// after a relative pronoun that is the verb's complement ("un tour de
/// table mené par A, auquel ont participé B, C et D"), or after a verb
/// opening its sentence ("Participent à l'opération A, B et C"). Returns
/// whether the relative pronoun did, in which case they join the deal its
/// antecedent names.
pub(super) fn subject_after_verb(
    s: &Sentence<'_>,
    frame: Frame,
    (t, t_end): (usize, usize),
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) -> bool {
    let complement = (t.saturating_sub(3)..t).any(|k| {
        s.is_word(
            k,
            &[
                "auquel",
                "auxquels",
                "auxquelles",
                "laquelle",
                "lesquels",
                "lesquelles",
            ],
        )
    });
    // ("à laquelle participeront aussi le fonds Qatari Holdings et Y": an
    // adverb and a description in lowercase may come first.)
    let near = |k: usize| {
        k <= t_end + 4
            && (t_end..k)
                .all(|w| s.items[w].2 == Item::Word && !s.input.toks[s.items[w].0].is_capitalized())
    };
    if complement
        && let Some(pos) = right
            .iter()
            .position(|(slot, g)| *slot == Slot::Object && g.first().is_some_and(|&k| near(k)))
    {
        *subj = right.remove(pos).1;
        return true;
    }
    // ("Ont également participé à l'opération A et B": after an
    // auxiliary that opens the sentence.)
    let opens = (0..t).all(|k| {
        s.is_word(
            k,
            &[
                "ont",
                "a",
                "have",
                "has",
                "also",
                "également",
                "aussi",
                "en",
                "y",
            ],
        )
    });
    if frame == Frame::JoinRound && t <= 2 && opens && subj.is_empty() && !right.is_empty() {
        *subj = right.remove(0).1;
    }
    false
}

/// "the Orvane-Kelmix partnership", "le partenariat Orvane-Kelmix": two
/// companies a hyphen joins right before or after the trigger at items
/// `t..t_end` are the two sides of its deal, as "between" names them; the
/// subject read from the pair is no party of its own.
pub(super) fn hyphen_pair(
    s: &Sentence<'_>,
    (t, t_end): (usize, usize),
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    let org = |k: usize| s.org_at(k).is_some();
    let hyphen = |k: usize| s.items.get(k).is_some_and(|i| i.2 == Item::Punct) && s.norm(k) == "-";
    // ("the $10 billion Orvane-Kelmix deal": the pair right before the noun.)
    let pair = if t >= 3 && org(t - 1) && hyphen(t - 2) && org(t - 3) {
        Some([t - 3, t - 1])
    } else if org(t_end) && hyphen(t_end + 1) && org(t_end + 2) {
        Some([t_end, t_end + 2])
    } else {
        None
    };
    if let Some(pair) = pair {
        subj.retain(|k| !pair.contains(k));
        right.retain(|(_, g)| !g.iter().any(|k| pair.contains(k)));
        right.insert(0, (Slot::Between, pair.to_vec()));
    }
}

/// Adds to `right` the counterparts a sentence names with "with"/"avec"
/// before the trigger at items `t..t_end`.
pub(super) fn counterparts_before(
    s: &Sentence<'_>,
    frame: Frame,
    (t, t_end): (usize, usize),
    left_bound: usize,
    subj: &[usize],
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    // "Kelmix is in talks with Qaderi about raising money", "est en
    // discussions avec Qaderi pour une levée de fonds": who a company raising
    // money talks with is its investor. ("in talks with Y about an
    // investment" does not say who invests.) "confirms talks with Brisko
    // over a possible merger": who a company talks with of merging merges.
    let talks_with: Vec<usize> =
        if matches!(frame, Frame::RaiseVerb | Frame::RaiseNoun | Frame::Merge) {
            (left_bound..t)
                .filter(|&k| talked_with(s, k, left_bound, false))
                .collect()
        } else {
            Vec::new()
        };
    if let Some(&first) = talks_with.first() {
        let group = list_from(s, first, t);
        right.push((Slot::With, group));
    }
    // "X a signé avec Y un contrat de fourniture": who X signs with, named
    // before a contract's phrase, is its counterpart; "reached an agreement
    // with Y to sell its station": Y buys; "va créer avec Y une
    // coentreprise", "a noué avec Y un partenariat": Y is the partner.
    if (t_end - t > 1
        || matches!(
            frame,
            Frame::Sell | Frame::Agreement | Frame::JointVenture | Frame::Partner
        ))
        && let Some(&first) = subj.first()
    {
        let with: Vec<usize> = (first + 1..t)
            .filter(|&k| {
                matches!(s.items[k].2, Item::Ref(_))
                    && ((k.saturating_sub(4).max(first + 1)..k)
                        .any(|j| s.is_word(j, &["avec", "with"]))
                        // ("avec le fonds d'investissement Halvern": a
                        // longer description, of words only, before the name.)
                        || with_before(s, k, first + 1, 6).is_some())
                    // ("is working with Lazard on the sale of its unit": an
                    // adviser worked with.)
                    && !(k.saturating_sub(6).max(first + 1)..k).any(|j| {
                        s.is_word(j, &["with", "avec"]) && s.is_word(j - 1, WORK_FORMS)
                    })
            })
            .collect();
        if !with.is_empty() && !right.iter().any(|(slot, _)| *slot == Slot::With) {
            right.push((Slot::With, with));
        }
    }
}

/// Forms of working with someone: "working with Y on the sale" names an
/// adviser, no counterpart.
pub(super) const WORK_FORMS: &[&str] = &[
    "work",
    "works",
    "working",
    "worked",
    "travaille",
    "travaillent",
    "travaillé",
];

/// The "with"/"avec" that introduces the name at item `k` past a
/// description of words only ("avec le chinois Pivex", "with private equity
/// firm Halvern"), looked for among the `reach` items before it and not
/// before `from`.
fn with_before(s: &Sentence<'_>, k: usize, from: usize, reach: usize) -> Option<usize> {
    (k.saturating_sub(reach).max(from)..k)
        .rev()
        .take_while(|&j| s.items[j].2 == Item::Word)
        .find(|&j| s.is_word(j, &["with", "avec"]))
}

/// Whether the organisation at item `k` is the one a company talks with:
/// "in talks with Y", "discute avec Y d'une fusion" (a verb or noun of
/// talks a few words before the "with"). With `described`, a description
/// may stand between "with" and the name ("avec le chinois Pivex").
pub(super) fn talked_with(s: &Sentence<'_>, k: usize, left_bound: usize, described: bool) -> bool {
    if !matches!(s.items[k].2, Item::Ref(Reference::Org(_))) {
        return false;
    }
    let with = if described {
        with_before(s, k, left_bound, 3)
    } else {
        (k >= 2 && s.is_word(k - 1, &["with", "avec"])).then(|| k - 1)
    };
    with.is_some_and(|w| {
        (w.saturating_sub(4).max(left_bound)..w).any(|j| s.is_in(j, &super::adjuncts::TALK_WORDS))
    })
}

/// "Orbis paid Kelmix $2 billion for a 20% stake", "will pay Kelmix N for
/// a stake in Vireo": the company right after a verb of paying is paid, so
/// it is not who takes the stake; the payer is. What the payee gives is a
/// stake in itself, or, when the stake names its company, one it owned
/// (the payee sells it). Rewrites `subj` and `right` for a stake noun.
pub(super) fn paid_for_stake(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    if frame != Frame::StakeNoun {
        return;
    }
    let Some(&payee) = subj.first() else { return };
    let paid = payee > left_bound && s.frame_at(payee - 1) == Some(Frame::Pay);
    // The stake is what the money is for: "for"/"pour" stands between.
    if !paid || !(payee + 1..t).any(|k| s.is_word(k, &["for", "pour"])) {
        return;
    }
    let payer = super::subject::left_slots(s, payee - 1, left_bound).0;
    let named = right
        .iter()
        .any(|(slot, g)| matches!(slot, Slot::In | Slot::For | Slot::To) && !g.is_empty());
    right.retain(|(slot, _)| !(named && *slot == Slot::From));
    right.push((if named { Slot::From } else { Slot::In }, vec![payee]));
    *subj = payer;
}

/// Verbs of a view taken on a deal, for or against ("opposes the merger",
/// "soutient la fusion"): see `data/words/opinion_verbs.txt`.
pub(super) static OPINION_VERBS: crate::lexicon::WordSet =
    crate::lexicon::WordSet::new(include_str!("../../data/words/opinion_verbs.txt"));

/// "Owkin, in which it invested $180 million", "Owkin, dans laquelle
/// Sanofi a investi", "Kelmix, in which Orbis holds a 52 pct stake": the
/// name a relative clause opened by "in which" follows is what is invested
/// in, and the clause's own subject invests; a pronoun there is the main
/// clause's subject, not the name just before.
/// Rewrites `subj` and `right` for an investing verb or a stake at item `t`.
pub(super) fn invested_in_which(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    if !matches!(
        frame,
        Frame::InvestVerb | Frame::InvestAmountVerb | Frame::StakeNoun
    ) {
        return;
    }
    let Some(p) = (left_bound..t)
        .rev()
        .find(|&k| s.is_word(k, super::sentence::PREPOSITION_RELATIVES))
    else {
        return;
    };
    let org = |k: usize| matches!(s.items[k].2, Item::Ref(Reference::Org(_)));
    if p < left_bound + 3 || !s.is_word(p - 1, &["in", "into", "dans"]) || s.norm(p - 2) != "," {
        return;
    }
    // "Diamant Boart SA of Belgium, in which": where the company is based
    // may stand between.
    let Some(antecedent) = (p.saturating_sub(6).max(left_bound)..p - 2)
        .rev()
        .take_while(|&k| org(k) || s.items[k].2 == Item::Word)
        .find(|&k| org(k))
    else {
        return;
    };
    let Some(own) = (p + 1..t).find(|&k| matches!(s.items[k].2, Item::Ref(_))) else {
        return;
    };
    let investor = if matches!(s.items[own].2, Item::Ref(Reference::Pronoun)) {
        (left_bound..antecedent).find(|&k| org(k)).unwrap_or(own)
    } else {
        own
    };
    right.retain(|(slot, _)| *slot != Slot::In);
    right.push((Slot::In, vec![antecedent]));
    *subj = vec![investor];
}

/// Drops from `right` the names a preposition after the trigger at `t`
/// introduces that are no parties of its deal: after a verb of selling,
/// "to"/"à" names the buyer, no partner of the venture the stake is in ("sold
/// its stake in the joint venture Sunpower to Enphase", "a cédé sa
/// participation dans la coentreprise X à Y"); a company's organ that
/// approves is no party a "by" names ("subject to approval by Kelmix
/// shareholders").
pub(super) fn drop_non_parties(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    left_bound: usize,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    let n = s.items.len();
    if matches!(
        frame,
        Frame::JointVenture | Frame::Partner | Frame::Agreement
    ) && (left_bound..t).any(|j| s.frame_at(j) == Some(Frame::Sell))
    {
        right.retain(|(slot, _)| *slot != Slot::To);
    }
    right.retain(|(slot, g)| {
        !(*slot == Slot::By
            && g.last().is_some_and(|&k| {
                k + 1 < n
                    && s.is_word(
                        k + 1,
                        &[
                            "shareholders",
                            "stockholders",
                            "board",
                            "directors",
                            "actionnaires",
                        ],
                    )
            }))
    });
    // "a rights issue underwritten by A and B", "une augmentation de
    // capital garantie par A et B": the banks that underwrite or arrange
    // an issue are no investors in it.
    right.retain(|(slot, g)| {
        !(*slot == Slot::By
            && g.first().is_some_and(|&k| {
                // ("garantie par la banque Proxa": a bank's description may
                // stand between the agent's "par" and its name.)
                (k.saturating_sub(6)..k)
                    .rev()
                    .take_while(|&j| s.items[j].2 == Item::Word)
                    .any(|j| s.is_in(j, &UNDERWRITING_WORDS))
            }))
    });
}

/// Participles of underwriting an issue: see
/// `data/words/underwriting_words.txt`.
static UNDERWRITING_WORDS: WordSet =
    WordSet::new(include_str!("../../data/words/underwriting_words.txt"));

/// "Datafin, which Brenwick bought in January", "Datafin, que Brenwick a
/// rachetée": in the relative clause opened at `relative`, the relative
/// pronoun is the verb's object, and the name it follows is what the verb
/// takes; "SoftBank controls Arm, which it bought in 2016": a pronoun subject
/// of the clause is the main clause's subject, not the name the clause
/// follows.
pub(super) fn relative_object(
    s: &Sentence<'_>,
    relative: Option<(usize, usize)>,
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    let org = |k: usize| matches!(s.items[k].2, Item::Ref(Reference::Org(_)));
    let Some((p, _)) = relative else { return };
    // ("the Kelmix chain, which it bought for $350 million": past the noun
    // of what the name is.)
    let head = |k: usize| {
        s.items[k].2 == Item::Word
            && (s.is_in(k, &lexicon::UNIT_NOUNS)
                || s.is_in(k, &super::shapes::BUSINESS_ASSETS)
                || s.is_in(k, &lexicon::DESCRIPTION_HEADS)
                || lexicon::is_org_head(s.norm(k)))
    };
    let antecedent = if p >= 2 && org(p - 2) {
        Some(p - 2)
    } else if p >= 3 && head(p - 2) && org(p - 3) {
        Some(p - 3)
    } else {
        None
    };
    let Some(antecedent) = antecedent.filter(|_| {
        s.is_word(p, &["which", "que", "qu'"])
            && matches!(s.items.get(p + 1).map(|i| &i.2), Some(Item::Ref(_)))
            && !right
                .iter()
                .any(|(slot, _)| matches!(slot, Slot::Object | Slot::Of | Slot::In))
    }) else {
        return;
    };
    right.insert(0, (Slot::Object, vec![antecedent]));
    if matches!(s.items[p + 1].2, Item::Ref(Reference::Pronoun))
        && subj.first() == Some(&(p + 1))
        && let Some(main) = (left_bound..antecedent).find(|&k| org(k))
    {
        *subj = vec![main];
    }
}

/// "Kelmix passe sous pavillon américain : Brisk en prend le contrôle": the
/// French clitic "en" before the verb at `t` stands for the company the
/// sentence named before the subject `subj`, told in the clause before a
/// colon; it is the target.
///
/// Returns whether the clitic is left standing for a company told in an
/// earlier sentence ("Kestane est une start-up. Orvane en a pris le
/// contrôle"), which the caller takes from the article's context.
pub(super) fn clitic_target(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    subj: &[usize],
    groups: &mut Vec<(Vec<usize>, Role)>,
) -> bool {
    const AUXILIARY: &[&str] = &[
        "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient",
    ];
    // "Orvane, qui avait acquis Kelmix, l'a cédé à Tessera": so does an
    // object clitic before an auxiliary and a verb of buying or selling.
    // ("Norlac le rachète à Tessel": in a simple tense the clitic stands
    // right before the verb; "le rachat" is a noun's article.)
    let object_clitic = matches!(frame, Frame::Acquire | Frame::Sell)
        && ((t >= 2
            && s.is_word(t - 2, &["l'", "le", "la", "les"])
            && s.is_word(t - 1, AUXILIARY))
            || (t >= 2
                && s.is_word(t - 1, &["le", "la", "les"])
                && (matches!(s.items[t - 2].2, Item::Ref(_)) || s.is_word(t - 2, &["qui"]))
                && !s.acquisition_noun_at(t)));
    // ("en a racheté 40 %": "en" may stand before the auxiliary.)
    let en = matches!(frame, Frame::Acquire | Frame::StakeNoun)
        && ((t >= 1 && s.is_word(t - 1, &["en"]))
            || (t >= 2 && s.is_word(t - 2, &["en"]) && s.is_word(t - 1, AUXILIARY)));
    if !((en || object_clitic) && !groups.iter().any(|(_, r)| *r == Role::Target)) {
        return false;
    }
    let Some(&subject) = subj.first() else {
        return false;
    };
    let org = |k: usize| matches!(s.items[k].2, Item::Ref(Reference::Org(_)));
    // ... told in the clause before a colon ("qui en détenait 70 %"
    // refers within its own clause).
    let before_colon = (0..subject)
        .find(|&k| org(k))
        .filter(|&owned| (owned..subject).any(|k| matches!(s.norm(k), ":" | ";")));
    // "Kolvane, déjà actionnaire de Pivéa, en prend le contrôle": or in an
    // apposition on the subject, set off by commas.
    let in_apposition = (subject + 1 < t && s.norm(subject + 1) == ",")
        .then(|| (subject + 2..t).find(|&k| org(k)))
        .flatten()
        .filter(|&owned| (owned + 1..t).any(|k| s.norm(k) == ","));
    // "a racheté Kelmix à Orbelle en 2019 et l'a revendu à Tessera": in a
    // clause coordinated to the subject's, what the first clause bought
    // (not its seller or buyer after a preposition).
    let coordinated = (object_clitic && t >= 3 && s.is_word(t - 3, &["et"]))
        .then(|| {
            (subject + 1..t - 3)
                .rev()
                .find(|&k| org(k) && !s.is_word(k - 1, super::shapes::OBLIQUE_PREPOSITIONS))
        })
        .flatten();
    let clitic_at = if s.is_word(t - 1, AUXILIARY) {
        t - 2
    } else {
        t - 1
    };
    // The clitic stands in a relative on the subject: "Kolvane, qui l'avait
    // acquis", "Norlac, qui en détenait 40 %".
    let on_subject = clitic_at >= 1
        && s.is_word(clitic_at - 1, &["qui"])
        && clitic_at - 1 == subject + 2
        && s.norm(subject + 1) == ",";
    // The preposition that governs the subject, after the main clause's
    // verb, and the nearest name before it ("racheter Tarvel à Norlac").
    let governed = || {
        let g = (1..subject)
            .rev()
            .find(|&k| s.is_word(k, super::shapes::OBLIQUE_PREPOSITIONS))?;
        // ("Scoria était détenu par Tarrin, qui en avait pris le
        // contrôle": the name may open the sentence.)
        Some((g, (0..g).rev().find(|&k| org(k))))
    };
    // "Selvane était détenu par Kolvane, qui l'avait acquis en 2017": in a
    // relative on the subject, the clitic is the main clause's subject.
    let in_relative = (object_clitic && on_subject)
        // ("L'entreprise ... était détenue par Kolvane, qui l'avait
        // acquise": the main subject may be a description.)
        .then(|| {
            // ("a racheté Kelmix à Tarrin, qui l'avait acquis en 2015": on
            // a name a preposition governs after the main verb, the clitic
            // is what that verb took, as "en" is below.)
            if let Some((g, Some(taken))) = governed()
                && (g + 1..subject).all(|k| s.items[k].2 == Item::Word)
                && (1..taken).any(|k| s.frame_at(k).is_some())
            {
                return Some(taken);
            }
            (0..subject)
                .find(|&k| org(k) || k == 0)
                .filter(|&k| k == 0 && matches!(s.items[0].2, Item::Ref(_)))
        })
        .flatten();
    // "racheter Tarvel à Norlac, qui en détenait 40 %": "en" in a relative
    // on a name after the main clause's verb is what that clause took, the
    // nearest name before the preposition that governs the relative's name
    // (past the names listed with it: "auprès des fonds A et B, qui en
    // détenaient 65 %").
    let en_in_relative = (en && on_subject)
        .then(|| governed().and_then(|(_, taken)| taken))
        .flatten();
    if let Some(owned) = before_colon
        .or(in_apposition)
        .or(coordinated)
        .or(in_relative)
        .or(en_in_relative)
    {
        groups.push((vec![owned], Role::Target));
        return false;
    }
    // Nothing in the sentence: the clitic opens it after its subject.
    subject == 0 || (0..subject).all(|k| s.items[k].2 != Item::Punct || s.norm(k) != ",")
}

/// "en négociations exclusives avec Kelmix en vue de son rachat", "in talks
/// with Kelmix about its acquisition": a takeover noun at `t` whose
/// possessive (the subject read) names no buyer, with nothing bought after
/// it and no agent, has the possessive's company as what is bought and the
/// clause's subject as the buyer. Rewrites `subj` and `right`.
pub(super) fn takeover_of_possessor(
    s: &Sentence<'_>,
    (left_bound, t, t_end, right_bound): (usize, usize, usize, usize),
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    let n = s.items.len();
    if t > left_bound
        && *subj == [t - 1]
        && matches!(s.items[t - 1].2, Item::Ref(Reference::Pronoun))
        && matches!(s.norm(t - 1), "son" | "sa" | "its" | "their" | "leur")
        && (t_end >= n || s.items[t_end].2 == Item::Punct)
        && !(t_end..right_bound).any(|k| s.is_word(k, &["by", "par"]))
    {
        // Only when a company stands between the subject and the noun, the
        // one the possessive points at ("its takeover offer", "their
        // purchase" of others say nothing of it).
        let buyer = super::subject::left_slots(s, t - 1, left_bound).0;
        if let Some(&first) = buyer.first()
            && (first + 1..t - 1).any(|j| s.org_at(j).is_some())
        {
            *subj = buyer;
            right.insert(0, (Slot::Object, vec![t - 1]));
        }
    }
}

/// "Orbis doubled down on Kelmix with a fresh $1 billion investment": an
/// investment noun in a "with" phrase is the clause's own subject's, and the
/// company before "with", a preposition's object, is what it goes into (or,
/// for a bid, what it is for). Rewrites `subj` and `right` for an
/// investment, stake or offer noun at item `t`.
pub(super) fn investment_with(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    if !matches!(frame, Frame::InvestNoun | Frame::StakeNoun | Frame::Offer) {
        return;
    }
    let Some(with) = (t.saturating_sub(6).max(left_bound)..t)
        .rev()
        .find(|&k| s.is_word(k, &["with", "avec"]))
    else {
        return;
    };
    let phrase = (with + 1..t).all(|k| matches!(s.items[k].2, Item::Word | Item::Amount(_)));
    let Some(&object) = subj.first() else { return };
    // ("won the auction for Kelmix with a $2 billion bid": a bid's company
    // is what it is for.)
    let (slot, governing): (Slot, &[&str]) = if frame == Frame::Offer {
        (
            Slot::For,
            &["on", "in", "into", "dans", "sur", "chez", "for", "pour"],
        )
    } else {
        (Slot::In, &["on", "in", "into", "dans", "sur", "chez"])
    };
    let governed = object + 1 == with && object > left_bound && s.is_word(object - 1, governing);
    if !phrase || !governed || right.iter().any(|(sl, _)| *sl == slot) {
        return;
    }
    let actor = (left_bound..object - 1).find(|&k| {
        matches!(s.items[k].2, Item::Ref(Reference::Org(_)))
            && !(k > 0 && s.items[k - 1].2 == Item::Word && prep_slot(s.norm(k - 1)).is_some())
    });
    if let Some(actor) = actor {
        *subj = vec![actor];
        right.push((slot, vec![object]));
    }
}

/// "agreed to sell Halvern its 20% stake in Quibble", "to sell it a stake
/// in Y", "will sell Halvern its Quibble unit": an English verb of selling
/// may name whom it sells to first, then what it sells after a determiner.
/// Rewrites the object read right after the verb at `t_end` as the buyer,
/// and a name in the thing sold as what is sold.
pub(super) fn buyer_named_first(
    s: &Sentence<'_>,
    frame: Frame,
    t_end: usize,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    let Some((slot, group)) = right.first_mut() else {
        return;
    };
    if frame != Frame::Sell
        || *slot != Slot::Object
        || group.as_slice() != [t_end]
        || !matches!(
            s.items[t_end].2,
            Item::Ref(Reference::Org(_) | Reference::Pronoun)
        )
        || !s.is_word(t_end + 1, &["its", "their", "a", "an", "the"])
    {
        return;
    }
    // What is sold: a stake, a unit, the rest, or a name, a few words on.
    let n = s.items.len();
    let sold = (t_end + 2..n.min(t_end + 7))
        .take_while(|&k| s.items[k].2 != Item::Punct || s.norm(k) == "%")
        .any(|k| {
            s.is_in(k, &crate::lexicon::STAKE_WORDS)
                || s.is_in(k, &crate::lexicon::UNIT_NOUNS)
                || s.is_word(k, &["rest", "remainder", "business", "businesses"])
        });
    if !sold {
        return;
    }
    *slot = Slot::To;
    // ("its Quibble unit": the unit named before its noun is what is sold.)
    let unit = (t_end + 2..n.min(t_end + 5))
        .find(|&k| s.org_at(k).is_some() && s.is_in(k + 1, &crate::lexicon::UNIT_NOUNS));
    if let Some(unit) = unit
        && !right.iter().any(|(_, g)| g.contains(&unit))
    {
        right.push((Slot::Object, vec![unit]));
    }
}
