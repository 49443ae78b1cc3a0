//! Stakes beyond the stake noun's own slots: who takes a stake no subject
//! stands before ("Tessera's purchase of a 49% stake", "Halvern, entré au
//! capital de Norlac,"), money talked of for the subject's own business, a
//! sale told as the means of leaving a company, a stake bought "auprès de"
//! its seller, "the stake" told again after the article named it, and a
//! claim converted into a stake.

use dealwire_core::model::Role;

use super::sentence::{Item, Sentence, Slot};
use crate::coref::{Context, Reference};
use crate::lexicon::WordSet;
use crate::triggers::Frame;

/// "Dravena is in talks with Pivex about an investment in its charging
/// unit", "en discussions avec Pivex pour une prise de participation dans
/// sa filiale": money put into what is the subject's own comes from the
/// company it talks with. Rewrites `subj` and `right` for an investment or
/// stake noun at items `t..t_end`: the counterpart invests, the subject is
/// invested in.
pub(super) fn talks_over_own_stake(
    s: &Sentence<'_>,
    frame: Frame,
    (t, t_end): (usize, usize),
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    if !matches!(frame, Frame::InvestNoun | Frame::StakeNoun) || subj.is_empty() {
        return;
    }
    let into_own = (t_end..s.items.len().min(t_end + 3)).any(|k| {
        s.is_word(k, &["in", "into", "dans"])
            && s.is_word(
                k + 1,
                &["its", "their", "sa", "son", "ses", "leur", "leurs"],
            )
    });
    if !into_own || right.iter().any(|(slot, _)| *slot == Slot::In) {
        return;
    }
    // ("avec le chinois Pivex": a description may stand between.)
    let counterpart = (left_bound..t).find(|&k| super::acting::talked_with(s, k, left_bound, true));
    if let Some(counterpart) = counterpart {
        right.retain(|(_, g)| !g.contains(&counterpart));
        right.push((Slot::In, std::mem::take(subj)));
        *subj = vec![counterpart];
    }
}

/// "after it bought Corlith in February and a majority stake in Harvane",
/// "Dravik said Kelmix bought Corlith and a 30% stake in Harvane": a stake
/// coordinated after the object of a verb of buying is that verb's second
/// object, taken by its subject (the name or pronoun right before it, past
/// "to" or an adverb), not by the sentence's. Returns that subject's item.
pub(super) fn second_object_of_purchase(
    s: &Sentence<'_>,
    t: usize,
    left_bound: usize,
) -> Option<usize> {
    let and = (t.saturating_sub(6).max(left_bound)..t)
        .rev()
        .take_while(|&k| matches!(s.items[k].2, Item::Word | Item::Amount(_)) || s.norm(k) == "%")
        .find(|&k| s.is_word(k, &["and", "et"]))?;
    let verb = (and.saturating_sub(12).max(left_bound)..and)
        .rev()
        .take_while(|&k| !s.is_boundary(k) || s.norm(k) == ",")
        .find(|&k| s.frame_at(k) == Some(Frame::Acquire))?;
    (verb.saturating_sub(3).max(left_bound)..verb)
        .rev()
        .take_while(|&k| s.items[k].2 == Item::Word || matches!(s.items[k].2, Item::Ref(_)))
        .find(|&k| {
            matches!(
                s.items[k].2,
                Item::Ref(Reference::Org(_) | Reference::Pronoun)
            )
        })
}

/// Who takes the stake at item `t` when no subject stands before it:
/// "Halvern, entré au capital de Norlac en 2018, ...", a participle of
/// entering a company's capital set off after a name, is that name's;
/// "Tessera's purchase of a 49% stake in Kelmix", "Orbelle's acquisition of
/// 20 pct of Kelmix": the possessor of a buying noun governing the stake
/// (past its determiner, share and adjectives) buys it.
pub(super) fn stake_taker_before(s: &Sentence<'_>, t: usize, left_bound: usize) -> Option<usize> {
    let participle = |w: &str| w.ends_with('é') || w.ends_with("ée") || w.ends_with("és");
    if t >= 2
        && s.norm(t - 1) == ","
        && matches!(s.items[t - 2].2, Item::Ref(Reference::Org(_)))
        && participle(s.norm(t))
    {
        return Some(t - 2);
    }
    let of = (t.saturating_sub(5).max(left_bound)..t)
        .rev()
        .take_while(|&k| matches!(s.items[k].2, Item::Word | Item::Amount(_)) || s.norm(k) == "%")
        .find(|&k| s.is_word(k, &["of"]))?;
    (of >= left_bound + 3
        && s.is_in(of - 1, &crate::lexicon::ACQUISITION_NOUNS)
        && s.is_word(of - 2, &["'s"])
        && matches!(s.items[of - 3].2, Item::Ref(Reference::Org(_))))
    .then(|| of - 3)
}

/// Whether a stake noun's reading names no company after "in": the rules
/// below look for the company elsewhere in the clause.
fn stake_without_company(frame: Frame, right: &[(Slot, Vec<usize>)]) -> bool {
    frame == Frame::StakeNoun && !right.iter().any(|(slot, _)| *slot == Slot::In)
}

/// "Orvane controls Kelmix through a 55% stake", "contrôle Kelmix via une
/// participation de 55 %": a stake told as the means of the main verb is
/// the subject's in that verb's object, not the object's. Rewrites `subj`
/// and `right` for a stake noun at item `t`.
pub(super) fn stake_as_means(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    if !stake_without_company(frame, right) {
        return;
    }
    let org = |k: usize| matches!(s.items[k].2, Item::Ref(Reference::Org(_)));
    let Some(means) = (t.saturating_sub(5).max(left_bound + 2)..t)
        .find(|&k| s.is_word(k, &["through", "via", "thanks"]))
    else {
        return;
    };
    let object = means - 1;
    if !org(object)
        || s.items[object - 1].2 != Item::Word
        || !(means + 1..t).all(|k| matches!(s.items[k].2, Item::Word | Item::Punct))
    {
        return;
    }
    let Some(subject) = (left_bound..object - 1).rev().find(|&k| org(k)) else {
        return;
    };
    subj.clear();
    subj.push(subject);
    right.push((Slot::In, vec![object]));
}

/// "bought a 30% stake in Y, with an option to acquire the rest", "avec
/// une option pour acquérir le solde": an option told after a stake bought
/// in the same sentence is its buyer's, on the rest of the same company.
/// The purchase's parties when the buying verb at item `t` is that
/// option's and its object is the rest or a pronoun.
pub(super) fn option_on_the_rest(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    groups: &[(Vec<usize>, Role)],
    earlier: &[super::Mention],
) -> Option<Vec<(String, Role)>> {
    if frame != Frame::Acquire
        || t < 2
        || !s.is_word(t - 1, &["to", "pour", "d'", "de"])
        || !s.is_word(t - 2, &["option", "options", "right", "rights", "droit"])
    {
        return None;
    }
    let rest_bought = groups.iter().any(|(g, role)| {
        *role == Role::Target
            && g.iter().any(|&k| match &s.items[k].2 {
                Item::Ref(Reference::Pronoun) => true,
                Item::Ref(r) => super::remainder::is_remainder(r),
                _ => false,
            })
    });
    if !rest_bought {
        return None;
    }
    let stake = earlier.iter().rev().find(|m| {
        m.sentence == s.input.index && m.deal_type == dealwire_core::model::DealType::Investment
    })?;
    let investor = stake.parties.iter().find(|p| p.1 == Role::Investor)?;
    let company = stake.parties.iter().find(|p| p.1 == Role::Target)?;
    Some(vec![
        (investor.0.clone(), Role::Acquirer),
        (company.0.clone(), Role::Target),
    ])
}

/// Verbs of leaving a company one holds shares in: see
/// `data/words/exit_verbs.txt`.
static EXIT_VERBS: WordSet = WordSet::new(include_str!("../../data/words/exit_verbs.txt"));

/// "Orbelle will exit Kelmix by selling its stake to Tessera", "Orbelle va
/// se désengager de Kelmix en vendant sa participation à Tessera": a sale
/// told as the means of leaving a company sells the stake held in it; the
/// company left is what is sold, the main clause's subject the seller.
/// Rewrites `subj` and `right` for a selling verb at item `t`.
pub(super) fn sold_to_exit(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    // ("exited Kelmix, selling its stake to Tessera": a participle after
    // the clause tells the means too.)
    let means = |t: usize| {
        s.is_word(t - 1, &["by", "en"])
            || (s.norm(t - 1) == "," && (s.norm(t).ends_with("ing") || s.norm(t).ends_with("ant")))
    };
    // ("exit its 20% stake in Kelmix by selling it to Tessera": the
    // pronoun object stands for the stake left.)
    let pronoun_object = |g: &[usize]| {
        g.len() == 1 && matches!(s.items[g[0]].2, Item::Ref(Reference::Pronoun)) && g[0] == t + 1
    };
    if frame != Frame::Sell
        || t < left_bound + 3
        || !means(t)
        || right.iter().any(|(slot, g)| {
            matches!(slot, Slot::In | Slot::Object | Slot::Of)
                && !g.is_empty()
                && !(*slot == Slot::Object && pronoun_object(g))
        })
    {
        return;
    }
    let Some(exit) = (t.saturating_sub(8).max(left_bound)..t - 1)
        .rev()
        .find(|&k| s.is_in(k, &EXIT_VERBS))
    else {
        return;
    };
    // ("exit Kelmix", "se désengager de Kelmix", "sortir du capital de
    // Kelmix": the company left right after, past its prepositions.)
    // ("exit its 20% stake in Kelmix", "sortir de sa participation dans
    // Kelmix": past the stake left too.)
    let Some(left) = (exit + 1..t - 1)
        .take_while(|&k| {
            s.org_at(k).is_some()
                || s.is_word(
                    k,
                    &[
                        "de", "du", "d'", "capital", "from", "of", "the", "out", "in", "dans",
                    ],
                )
                || s.is_word(k, super::sentence::POSSESSIVES)
                || s.is_in(k, &crate::lexicon::STAKE_WORDS)
                || matches!(s.items[k].2, Item::Amount(_))
                || super::shapes::percent_unit(s.norm(k))
                || s.norm(k).chars().all(|c| c.is_ascii_digit())
        })
        .find(|&k| s.org_at(k).is_some())
    else {
        return;
    };
    let seller = super::subject::left_slots(s, exit, left_bound).0;
    if seller.is_empty() {
        return;
    }
    *subj = seller;
    right.retain(|(slot, g)| !(*slot == Slot::Object && pronoun_object(g)));
    right.push((Slot::In, vec![left]));
}

/// Records the company of a stake the trigger ending at item `t_end` tells
/// ("sell its 25% stake in Kelmix", "a stake in Kelmix"), for "the stake"
/// told later to stand in.
pub(super) fn remember_stake(
    s: &Sentence<'_>,
    frame: Frame,
    t_end: usize,
    subj: &[usize],
    right: &[(Slot, Vec<usize>)],
    ctx: &mut Context,
) {
    let stake = frame == Frame::StakeNoun
        || (frame == Frame::Sell
            && (t_end..s.items.len().min(t_end + 5))
                .any(|k| s.is_in(k, &crate::lexicon::STAKE_WORDS)));
    if !stake {
        return;
    }
    if let Some(name) = right
        .iter()
        .find(|(slot, _)| *slot == Slot::In)
        // ("owns 12% of Kelmix", "a pris 12 % de Kelmix".)
        .or_else(|| {
            right
                .iter()
                .find(|(slot, _)| *slot == Slot::Of && frame == Frame::StakeNoun)
        })
        .and_then(|(_, g)| g.first())
        .and_then(|&k| s.org_at(k))
    {
        ctx.saw_stake(name, subj.first().and_then(|&k| s.org_at(k)));
    }
}

/// The company of the stake the article told a seller holds, when the
/// selling verb ending at `t_end` sells "its stake" and names none: "Norlac
/// owns 20% of Kelmix. It agreed to sell its stake to Tessel".
pub(super) fn own_stake_sold(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
    parties: &[(String, Role)],
    ctx: &Context,
) -> Option<String> {
    // (A possessive determiner may be read as a reference: its word is
    // asked for.)
    let own = (t_end..right_bound.min(t_end + 3)).any(|k| {
        super::sentence::POSSESSIVES.contains(&s.norm(k))
            && (k + 1..right_bound.min(k + 4)).any(|j| s.is_in(j, &crate::lexicon::STAKE_WORDS))
    });
    if !own {
        return None;
    }
    // "Fontelli's largest shareholder, Ardonne, agreed to sell its stake to
    // Y", "Fontelli's founding family agreed to sell its stake": a seller
    // told as the holder of a company, by an apposition or as a
    // possessive's family, founders or holders, sells its stake in it.
    let seller = parties
        .iter()
        .find(|p| p.1 == Role::Seller)
        .map(|p| p.0.as_str());
    if let Some(seller) = seller
        && let Some(k) = (0..t_end).find(|&k| s.org_at(k) == Some(seller))
    {
        let holders_of = s.is_word(k + 1, &["'s"])
            && (k + 2..(k + 5).min(t_end)).any(|j| {
                s.is_word(
                    j,
                    &[
                        "family",
                        "founders",
                        "founder",
                        "shareholders",
                        "owners",
                        "famille",
                        "fondateurs",
                        "actionnaires",
                    ],
                )
            });
        let company = if holders_of {
            Some(seller.to_string())
        } else {
            super::bids::held_by(s, k, t_end)
                .and_then(|c| s.org_at(c))
                .map(str::to_string)
        };
        if let Some(company) = company
            && !parties
                .iter()
                .any(|p| p.0 == company && p.1 != Role::Seller)
        {
            return Some(company);
        }
    }
    // "exited its investment in Kelmix by selling its stake to Y", "a
    // soldé sa participation dans Kelmix en cédant ses parts à Y": the
    // holding the sentence told before the verb, its own.
    let told_here = (1..t_end.saturating_sub(2))
        .find(|&k| {
            s.is_word(k - 1, super::sentence::POSSESSIVES)
                && (s.is_in(k, &crate::lexicon::STAKE_WORDS)
                    || s.is_word(k, &["investment", "investissement"]))
                && s.is_word(k + 1, &["in", "dans"])
        })
        .and_then(|k| s.org_at(k + 2));
    if let Some(company) = told_here {
        return (!parties.iter().any(|p| p.0 == company)).then(|| company.to_string());
    }
    let holder = ctx.stake_holder()?;
    if !parties.iter().any(|p| p.1 == Role::Seller && p.0 == holder) {
        return None;
    }
    ctx.last_stake()
        .filter(|company| !parties.iter().any(|p| p.0 == *company))
}

/// Verbs that raise a holding one has: see
/// `data/words/stake_raising_verbs.txt`.
static STAKE_RAISING_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/stake_raising_verbs.txt"));

/// Whether the stake noun at item `t` is the subject's own, raised: "to
/// raise its holding", "a porté sa participation".
pub(super) fn raises_own_stake(s: &Sentence<'_>, t: usize) -> bool {
    t >= 2 && s.is_word(t - 1, super::sentence::POSSESSIVES) && s.is_in(t - 2, &STAKE_RAISING_VERBS)
}

/// "Dravena bought the stake in 2017 from Pivex": a stake named with a
/// definite article and no company is the one the article told last.
/// Returns that company for a stake noun at item `t` whose clause names
/// none.
pub(super) fn the_stake_told(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    right: &[(Slot, Vec<usize>)],
    parties: &[(String, Role)],
    ctx: &Context,
) -> Option<String> {
    // "Norlac, which owns 12% of Kelmix, plans to raise its holding to
    // 30%", "a porté sa participation à 30 %": a holding one raises is
    // the one told, its owner the subject.
    let raised = raises_own_stake(s, t);
    if frame != Frame::StakeNoun
        || t < 2
        || !(raised || s.is_word(t - 1, &["the", "this", "that", "la", "cette"]))
        || right
            .iter()
            .any(|(slot, g)| matches!(slot, Slot::In | Slot::Of) && !g.is_empty())
    {
        return None;
    }
    // (Taken by a verb of buying whose subject stands right before it:
    // "Dravena bought the stake", "it originally bought the stake"; "70,000
    // shares of the stake are held" takes none.)
    let verb = t - 2;
    let buying = s.frame_at(verb) == Some(Frame::Acquire)
        || s.is_word(verb, &["took", "taken", "pris", "acquis"]);
    let subject_near = (verb.saturating_sub(2)..verb).any(|k| {
        matches!(
            s.items[k].2,
            Item::Ref(Reference::Org(_) | Reference::Pronoun)
        )
    });
    if !(raised || (buying && subject_near)) {
        return None;
    }
    // (One raised is its holder's, who must be the investor named: "might
    // increase its stake" with no subject read, or another company's,
    // names no deal.)
    if raised
        && !parties
            .iter()
            .any(|p| p.1 == Role::Investor && Some(p.0.as_str()) == ctx.stake_holder())
    {
        return None;
    }
    ctx.last_stake()
}

/// "Dravena avait acquis cette participation auprès de Pivex", "a racheté
/// 20 % de Kelmix auprès de Pivex": a stake bought by a subject "auprès
/// de" a company is bought from it, the seller, not raised from an
/// investor. Rewrites `right` for a stake noun at item `t`.
pub(super) fn stake_bought_from(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    left_bound: usize,
    subj: &[usize],
    right: &mut [(Slot, Vec<usize>)],
) {
    if frame != Frame::StakeNoun || subj.is_empty() {
        return;
    }
    let bought = (t.saturating_sub(4).max(left_bound)..t).any(|k| {
        s.frame_at(k) == Some(Frame::Acquire) || s.is_word(k, &["acquis", "pris", "repris"])
    });
    if !bought {
        return;
    }
    // ("bought the 50 pct interest of Y held by Z", "les 50 % de Y
    // détenus par Z": who held the stake bought sells it, and the company
    // named after "of" is the one it is in.)
    let mut held = false;
    for (slot, g) in right.iter_mut() {
        let after_aupres = g
            .first()
            .is_some_and(|&k| (k.saturating_sub(3)..k).any(|j| s.is_word(j, &["auprès"])));
        // ("held by <Fothergill and Harvey PLC>": past a newswire's bracket.)
        let holder = g.first().is_some_and(|&k| {
            let k = if k >= 1 && s.norm(k - 1) == "<" {
                k - 1
            } else {
                k
            };
            k >= 2 && s.is_word(k - 1, &["by", "par"]) && s.is_word(k - 2, super::founding::OWNED)
        });
        if *slot == Slot::By && (after_aupres || holder) {
            *slot = Slot::From;
            held |= holder;
        }
    }
    if held {
        for (slot, _) in right.iter_mut() {
            if *slot == Slot::Of {
                *slot = Slot::In;
            }
        }
    }
}

/// "a racheté les 50 % de Quell dans Halvern", "bought Quell's 50% in
/// Halvern": a holder's share in a company, told with its percentage and
/// no stake noun, is bought from the holder; the company it is in is what
/// is bought. Rewrites `right` for a buying or selling verb.
pub(super) fn holder_share_in(s: &Sentence<'_>, frame: Frame, right: &mut [(Slot, Vec<usize>)]) {
    if !matches!(frame, Frame::Acquire | Frame::Sell) {
        return;
    }
    // ("50 per cent in": the last word of the unit.)
    let share = |k: usize| super::shapes::percent_unit(s.norm(k)) || s.norm(k) == "cent";
    let Some(in_at) = right
        .iter()
        .position(|(slot, g)| *slot == Slot::In && g.len() == 1)
    else {
        return;
    };
    let b = right[in_at].1[0];
    let holder_at = right.iter().position(|(slot, g)| {
        let Some(&a) = g.last() else {
            return false;
        };
        a + 2 <= b
            && match slot {
                // "les 50 % de Quell dans Halvern", "... dans leur
                // coentreprise Halvern".
                Slot::Of => {
                    b <= a + 5
                        && a >= 2
                        && s.is_word(a + 1, &["dans", "in"])
                        && (a + 2..b).all(|j| s.items[j].2 == Item::Word)
                        && share(a - 2)
                }
                // "Quell's 50% in Halvern".
                Slot::Object => {
                    b >= a + 4
                        && s.norm(a + 1) == "'s"
                        && share(b - 2)
                        && s.is_word(b - 1, &["in", "dans"])
                        && (a + 2..b - 2).all(|j| s.items[j].2 != Item::Punct || share(j))
                }
                _ => false,
            }
    });
    if let Some(h) = holder_at {
        right[h].0 = Slot::From;
        right[in_at].0 = Slot::Object;
    }
}

/// Verbs of converting a claim into shares: see
/// `data/words/conversion_verbs.txt`.
static CONVERSION_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/conversion_verbs.txt"));

/// "Orbelle converted its loan to Kelmix into a 20% stake", "a converti sa
/// créance sur Kelmix en une participation", "swapped its debt in Kelmix
/// for a stake": the stake at item `t`, after "into", "for", "en" or
/// "contre", is the converting verb's subject's, in the company its claim
/// was on ("to", "in", "sur", "dans", "de" before it). Rewrites `subj` and
/// `right`.
pub(super) fn converted_claim(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    left_bound: usize,
    subj: &mut Vec<usize>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) {
    if !stake_without_company(frame, right) {
        return;
    }
    let Some(into) = (t.saturating_sub(5).max(left_bound)..t)
        .rev()
        .find(|&k| s.is_word(k, &["into", "for", "en", "contre"]))
    else {
        return;
    };
    let Some(verb) = (into.saturating_sub(8).max(left_bound)..into)
        .rev()
        .find(|&k| s.is_in(k, &CONVERSION_VERBS))
    else {
        return;
    };
    let Some(company) = (verb + 1..into).find(|&k| {
        k > 0
            && matches!(s.items[k].2, Item::Ref(Reference::Org(_)))
            && s.is_word(k - 1, &["to", "in", "on", "sur", "dans", "de", "d'"])
    }) else {
        return;
    };
    let holder = super::subject::left_slots(s, verb, left_bound).0;
    if holder.is_empty() {
        return;
    }
    *subj = holder;
    right.push((Slot::In, vec![company]));
}

/// "acquired a 47 pct working interest in the Broussard oil field from Z":
/// a stake in a part of a business with no name of its own, bought from
/// its owner, is a stake in the owner. Rewrites the seller of `parties`
/// as the target when no company is the stake's.
pub(super) fn stake_in_asset_of_seller(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
    parties: &mut [(String, Role)],
) {
    if parties.iter().any(|p| p.1 == Role::Target)
        || !parties.iter().any(|p| p.1 == Role::Seller)
        || !stake_in_asset(s, t_end, right_bound)
    {
        return;
    }
    for p in parties.iter_mut().filter(|p| p.1 == Role::Seller) {
        p.1 = Role::Target;
    }
}

/// Whether the stake ending at `t_end` is in a part of a business with no
/// name of its own ("in the Broussard oil field", "in its Red Lake
/// project", "dans le gisement"): its words up to the seller's "from".
fn stake_in_asset(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    let Some(inside) = (t_end..right_bound.min(t_end + 4)).find(|&k| s.is_word(k, &["in", "dans"]))
    else {
        return false;
    };
    let end = (inside + 1..right_bound)
        .find(|&k| s.is_word(k, &["from", "auprès"]) || s.items[k].2 == Item::Punct)
        .unwrap_or(right_bound);
    let words = s.words(inside + 1, end);
    super::shapes::business_part(words) || words.iter().any(|w| super::sentence::GOODS.contains(w))
}

/// "signed an agreement with Solvane to acquire a majority stake", "en
/// négociations exclusives avec Solvane en vue d'une prise de participation
/// majoritaire": a stake naming no company, after talks or an agreement
/// with a company, is in that company. Returns its item.
pub(super) fn stake_in_counterpart(s: &Sentence<'_>, t: usize, left_bound: usize) -> Option<usize> {
    const TALKS: &[&str] = &[
        "agreement",
        "agreements",
        "memorandum",
        "talks",
        "negotiations",
        "discussions",
        "deal",
        "accord",
        "protocole",
        "négociations",
        "pourparlers",
    ];
    let with = (left_bound..t)
        .rev()
        .find(|&k| s.is_word(k, &["with", "avec"]) && s.org_at(k + 1).is_some())?;
    let counterpart = with + 1;
    let told = (with.saturating_sub(6).max(left_bound)..with).any(|k| s.is_word(k, TALKS));
    let alone = (counterpart + 1..t).all(|k| s.org_at(k).is_none());
    (told && alone).then_some(counterpart)
}

/// "agreed to pay $200 million to Pellow for a 10% stake", "versera 200
/// millions d'euros à Pellow pour une participation de 10 %": a stake paid
/// for with no company named after it is in the company paid. Returns that
/// company's item.
pub(super) fn paid_for_stake(s: &Sentence<'_>, t: usize, left_bound: usize) -> Option<usize> {
    let purpose = (t.saturating_sub(5).max(left_bound)..t)
        .rev()
        .find(|&k| s.is_word(k, &["for", "pour"]))?;
    let paid = purpose.checked_sub(1)?;
    (paid >= 2
        && s.org_at(paid).is_some()
        && s.is_word(paid - 1, &["to", "à"])
        && (paid.saturating_sub(5).max(left_bound)..paid - 1)
            .any(|v| s.frame_at(v) == Some(Frame::Pay)))
    .then_some(paid)
}

/// "Pivane annonce l'entrée du fonds Halvern à son capital", "a annoncé
/// l'arrivée de Halvern au capital de Quibble": a noun of entering at `t`
/// that names its entrant after "de", right after it or after "à son
/// capital", makes the entrant the investor; the
/// company is the one "au capital de" names, else, for "son capital" or a
/// bare "au capital", the subject whose capital it is. A subject the noun does not name only
/// tells of the entry.
pub(super) fn entry_named_by_its_noun(
    s: &Sentence<'_>,
    (t, right_bound): (usize, usize),
    args: &super::roles::Arguments<'_>,
    groups: &mut Vec<(Vec<usize>, Role)>,
) {
    if !s.is_word(t, &["entrée", "arrivée", "montée"]) || args.subj.is_empty() {
        return;
    }
    let Some((_, entrant)) = args.right.iter().find(|(slot, g)| {
        *slot == Slot::Of
            && g.first().is_some_and(|&k| {
                // ... or after its own capital ("annonce l'entrée à son
                // capital du fonds Halvern").
                k <= t + 4
                    || (t + 3..k).any(|p| {
                        k - p <= 4
                            && s.is_word(p, &["de", "d'", "du", "des"])
                            && s.is_word(p - 1, &["capital"])
                            && s.is_word(p - 2, &["son", "sa", "leur"])
                    })
            })
    }) else {
        return;
    };
    // ("a validé l'entrée de Halvern au capital": a capital no company
    // follows is the subject's too.)
    let own = (t + 1..right_bound.saturating_sub(1)).any(|k| {
        s.is_word(k + 1, &["capital"])
            && (s.is_word(k, &["son", "sa", "leur"])
                || (s.is_word(k, &["au"])
                    && !(k + 2 < s.items.len() && s.is_word(k + 2, &["de", "d'", "du", "des"]))))
    });
    let company = args.right.iter().any(|(slot, _)| *slot == Slot::To);
    if !own && !company {
        return;
    }
    groups.retain(|(g, _)| *g != args.subj && g != entrant);
    groups.push((entrant.clone(), Role::Investor));
    if own && !company {
        groups.push((args.subj.clone(), Role::Target));
    }
}

/// Words between a stake's noun and the buying verb that describes it: a
/// pronoun or relative standing for its buyer, and auxiliaries ("a stake it
/// had acquired", "une participation qu'il a acquise").
const DESCRIBING_FILLERS: &[&str] = &[
    "it", "they", "that", "which", "he", "she", "we", "had", "has", "have", "was", "were", "been",
    "qu'il", "qu'elle", "qu'ils", "qu'elles", "que", "qu'", "il", "elle", "ils", "a", "avait",
    "ont", "avaient", "été",
];

/// Whether the buying verb at item `t` describes a stake named right
/// before it ("12% of Y, a stake acquired last year", "a holding it bought
/// in 2019", "une participation acquise en 2020", "sa part rachetée"): the
/// stake was bought, which the holding's own reading tells, and no company.
pub(super) fn describes_a_stake(s: &Sentence<'_>, frame: Frame, t: usize) -> bool {
    if frame != Frame::Acquire {
        return false;
    }
    let mut k = t;
    while k > 0
        && t - k < 4
        && (matches!(
            s.items[k - 1].2,
            Item::Ref(Reference::Pronoun | Reference::Group(_))
        ) || (s.items[k - 1].2 == Item::Word && s.is_word(k - 1, DESCRIBING_FILLERS)))
    {
        k -= 1;
    }
    let Some(noun) = k.checked_sub(1) else {
        return false;
    };
    if s.items[noun].2 != Item::Word {
        return false;
    }
    let before = |w: &[&str]| noun > 0 && s.is_word(noun - 1, w);
    // (French "une holding rachetée" is a company; "sa part", "une part"
    // is a stake where English "part" is a piece of a business.)
    match s.norm(noun) {
        "holding" => !before(&["une", "la", "cette"]),
        "part" | "parts" => before(&["une", "la", "sa", "leur", "ses", "leurs", "des", "les"]),
        _ => s.is_in(noun, &crate::lexicon::STAKE_WORDS),
    }
}

/// "Orvane, which owns 20% of Kelmix, said it would sell the stake to
/// Dravik", "compte céder cette participation à Dravik": a stake sold right
/// after a selling verb at `t_end`, named by its article or its seller's
/// possessive with no company, is the one the article told its seller
/// holds; its company, not the seller, is invested in.
pub(super) fn stake_told_sold(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
    right: &[(Slot, Vec<usize>)],
    parties: &mut [(String, Role)],
    ctx: &Context,
) {
    let told = t_end + 1 < right_bound
        && s.is_word(t_end, &["the", "its", "this", "that", "la", "sa", "cette"])
        && s.is_in(t_end + 1, &crate::lexicon::STAKE_WORDS)
        && !right
            .iter()
            .any(|(slot, g)| matches!(slot, Slot::In | Slot::Of) && !g.is_empty());
    if !told {
        return;
    }
    let (Some(holder), Some(company)) = (ctx.stake_holder(), ctx.last_stake()) else {
        return;
    };
    if parties.iter().any(|p| p.0 == company) {
        return;
    }
    if let Some(p) = parties
        .iter_mut()
        .find(|p| p.1 == Role::Target && p.0 == holder)
    {
        p.0 = company;
    }
}
