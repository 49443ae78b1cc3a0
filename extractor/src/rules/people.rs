//! People as buyers. A person is no party of a deal ("a person is not a
//! party"), but the company a person bids for, buys a stake in or buys
//! from is still in a deal: "a proposal from chairman Philip D. Kaltenbacher
//! to acquire Seton" is Seton's takeover with no acquirer to report, as a
//! bid by buyers the text does not name is (`shapes::unnamed_buyer`).

use dealwire_core::model::Role;

use super::acting::RECEIVE_VERBS;
use super::sentence::{Item, Sentence, Slot};
use crate::coref::Reference;
use crate::entities::middle_initial;
use crate::lexicon;
use crate::triggers::Frame;

/// Whether the trigger's clause (items `left_bound..right_bound`, the
/// trigger ending at `t_end`) names a person as the one who bids, buys or
/// is sold to. When it does, the company its only party stands for, told
/// as the subject and again as what is bought ("Seton said it received a
/// proposal from chairman Philip D. Kaltenbacher to acquire Seton", "the
/// offer it received from", "an offer for all its common shares from"),
/// is made the target.
pub(super) fn person_bids(
    s: &Sentence<'_>,
    frame: Frame,
    (t_end, left_bound, right_bound): (usize, usize, usize),
    groups: &[(Vec<usize>, Role)],
    parties: &mut [(String, Role)],
) -> bool {
    if !matches!(
        frame,
        Frame::Acquire | Frame::Offer | Frame::Sell | Frame::StakeNoun | Frame::InvestVerb
    ) || !person_bidder(s, left_bound, right_bound)
    {
        return false;
    }
    // (Bought by the company itself, its own shares are a buyback.)
    let own_shares = || {
        frame == Frame::Offer
            && (t_end..right_bound.min(t_end + 6)).any(|k| {
                matches!(s.norm(k), "its" | "their" | "ses" | "leurs")
                    && (k + 1..right_bound.min(k + 4))
                        .any(|j| s.is_word(j, &["shares", "stock", "actions"]))
            })
    };
    if let [(name, role @ (Role::Acquirer | Role::Investor))] = parties
        && (own_shares()
            || groups.iter().any(|(g, r)| {
                *r == Role::Target
                    && !g.is_empty()
                    && g.iter().all(|&k| {
                        s.org_at(k) == Some(name.as_str())
                            // ("the offer it received from", "an offer for
                            // its shares from": the receiver, the holder.)
                            || (matches!(s.items[k].2, Item::Ref(Reference::Pronoun))
                                && (s.is_in(k + 1, &RECEIVE_VERBS)
                                    || matches!(
                                        s.norm(k),
                                        "its" | "their" | "sa" | "son" | "ses"
                                    )))
                    })
            }))
    {
        *role = Role::Target;
    }
    true
}

/// Whether items `from..to` name a person as the one a bid comes from, is
/// led by or a sale goes to: "from", "by", "to" a few words before a title and a
/// capitalised name ("from chairman Samuel Heyman"), or before a given
/// name, a middle initial and a surname ("from Charles R. Miller").
fn person_bidder(s: &Sentence<'_>, from: usize, to: usize) -> bool {
    let capital = |k: usize| {
        k < to && s.items[k].2 == Item::Word && s.input.toks[s.items[k].0].is_capitalized()
    };
    (from..to).any(|k| {
        capital(k)
            && ((k > from && !capital(k - 1) && lexicon::is_title(s.norm(k - 1)))
                || (capital(k + 1) && middle_initial(s.input.toks, s.items[k + 1].0)))
            && (k.saturating_sub(6).max(from)..k)
                .rev()
                .take_while(|&j| s.items[j].2 == Item::Word)
                .any(|j| {
                    s.is_word(j, &["from", "by", "par", "to", "à"])
                        // "TWA said chairman Carl C. Icahn has withdrawn
                        // his proposal": the reported clause's subject, an
                        // auxiliary after the name (not "said analyst Jane
                        // Roe of Kelmix", who speaks).
                        || (s.is_word(j, &["said", "says"])
                            && (k + 1..to.min(k + 6))
                                .find(|&e| !capital(e) && s.norm(e) != ".")
                                .is_some_and(|e| s.is_word(e, &["has", "had", "have", "is", "was"])))
                })
    })
}

/// "Le PDG de Kelmix, Jean Dupont, a annoncé le rachat de Y", "Kelmix chief
/// executive Jane Doe announced the purchase of Y": the company whose
/// officer opens the sentence and tells, before item `limit`, speaks through
/// that officer.
pub(super) fn officer_company<'s>(s: &'s Sentence<'_>, limit: usize) -> Option<&'s str> {
    let told = (0..limit).find(|&r| s.is_in(r, &lexicon::REPORTING_VERBS))?;
    let mut orgs = (0..told).filter(|&k| s.org_at(k).is_some());
    let k = orgs.next()?;
    if orgs.next().is_some() {
        return None;
    }
    let title = |j: usize| s.is_in(j, &lexicon::JOB_TITLES);
    // The title before the company, "de"/"of" between; or after it, words
    // only ("Kelmix chief executive").
    let before = k >= 2
        && s.is_word(k - 1, &["de", "d'", "du", "of"])
        && (k.saturating_sub(4)..k - 1).any(title);
    let after = (k + 1..told.min(k + 4))
        .take_while(|&j| s.items[j].2 == Item::Word)
        .any(title);
    (before || after).then(|| s.org_at(k)).flatten()
}

/// Nouns of a company's own people: see `data/words/insider_nouns.txt`.
static INSIDER_NOUNS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/insider_nouns.txt"));
/// Phrases naming a buyer's backer: see `data/words/backing_phrases.txt`.
static BACKING_PHRASES: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/backing_phrases.txt"));

/// The company whose own people open the clause before the buying verb at
/// `t`: "Kelmix's management", "les salariés de Kelmix".
fn insiders_company<'s>(s: &'s Sentence<'_>, left_bound: usize, t: usize) -> Option<&'s str> {
    (left_bound..t).find_map(|k| {
        if !s.is_in(k, &INSIDER_NOUNS) {
            return None;
        }
        // "Kelmix's management", "Kelmix's founders".
        if k >= 2 && s.is_word(k - 1, &["'s", "'"]) {
            return s.org_at(k - 2);
        }
        // "les salariés de Kelmix", "la direction de Kelmix".
        (k + 2 < t && s.is_word(k + 1, &["de", "d'", "du", "of"]))
            .then(|| s.org_at(k + 2))
            .flatten()
    })
}

/// "Kelmix's management has bought the company from Norlac with backing
/// from Pellow", "les salariés de Kelmix rachètent leur entreprise avec
/// l'appui du fonds Pellow": a company's own people buying it, a backer
/// named. The company is the target, the backer buys, a seller named stays;
/// the people are no party.
pub(super) fn insiders_buy(
    s: &Sentence<'_>,
    frame: Frame,
    (left_bound, t, t_end, right_bound): (usize, usize, usize, usize),
    right: &[(Slot, Vec<usize>)],
    parties: &mut Vec<(String, Role)>,
) {
    if frame != Frame::Acquire {
        return;
    }
    // ("Kelmix was bought out by its management with backing from Pellow",
    // "Kelmix a été rachetée par ses dirigeants avec le soutien de Pellow":
    // in the passive, the people are the agent, the company the subject
    // read as the target.)
    let by_own_people = || {
        (t_end..right_bound.min(t_end + 4)).any(|k| {
            s.is_word(k, &["by", "par"])
                && s.is_word(
                    k + 1,
                    &["its", "their", "ses", "sa", "son", "leur", "leurs"],
                )
                && s.is_in(k + 2, &INSIDER_NOUNS)
        })
    };
    let passive_company = || {
        by_own_people()
            .then(|| parties.iter().find(|p| p.1 == Role::Target))
            .flatten()
            .and_then(|p| (left_bound..t).find_map(|k| s.org_at(k).filter(|o| *o == p.0)))
    };
    let (company, passive) = match insiders_company(s, left_bound, t) {
        Some(c) => (c, false),
        None => match passive_company() {
            Some(c) => (c, true),
            None => return,
        },
    };
    // What is bought: the company itself, by name or as "the company",
    // "leur entreprise".
    let itself = passive
        || (t_end..right_bound.min(t_end + 4)).any(|k| {
            s.org_at(k) == Some(company)
                || matches!(&s.items[k].2, Item::Ref(Reference::Description(_)))
                || s.is_word(
                    k,
                    &[
                        "company",
                        "business",
                        "firm",
                        "entreprise",
                        "société",
                        "groupe",
                    ],
                )
        });
    if !itself {
        return;
    }
    let backer = (t_end..right_bound).find_map(|k| {
        (2..=5).find_map(|len| {
            let end = k + len;
            // (Words only: a name or a sum inside is no phrase of backing.)
            let words = s.words(k, end.min(right_bound));
            (end < right_bound && words.len() == len && BACKING_PHRASES.contains(&words.join(" ")))
                .then(|| {
                    (end..(end + 4).min(right_bound))
                        .take_while(|&j| s.items[j].2 == Item::Word || s.org_at(j).is_some())
                        .find_map(|j| s.org_at(j))
                })
                .flatten()
        })
    });
    let Some(backer) = backer.filter(|b| *b != company) else {
        return;
    };
    let sellers: Vec<(String, Role)> = right
        .iter()
        .filter(|(slot, _)| *slot == Slot::From)
        .flat_map(|(_, g)| g.iter().filter_map(|&k| s.org_at(k)))
        .filter(|o| *o != company && *o != backer)
        .map(|o| (o.to_string(), Role::Seller))
        .collect();
    parties.clear();
    parties.push((backer.to_string(), Role::Acquirer));
    parties.push((company.to_string(), Role::Target));
    parties.extend(sellers);
}
