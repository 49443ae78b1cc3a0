//! Parties a deal's clause leaves implicit, taken from around it: the
//! customer of a supplier told in a relative clause, the roles the sentence
//! fills for a frame that names too few, the company a sentence opens on
//! ("Pour Kestane, ...") and the buyer of the article's last acquisition
//! for an acquisition noun that names only what is bought.

use dealwire_core::model::{DealType, Role};

use super::Mention;
use super::roles::fill_missing;
use super::sentence::{Item, Sentence};
use crate::coref::Context;
use crate::lexicon::WordSet;
use crate::triggers::Frame;

/// What the trigger's reading says of its deal, for completing its parties.
pub(super) struct ImplicitCues {
    pub frame: Frame,
    pub deal_type: DealType,
    pub t: usize,
    pub t_end: usize,
    pub right_bound: usize,
    /// The relative clause the trigger stands in, if any.
    pub relative: Option<(usize, usize)>,
    /// Whether the trigger is an acquisition's noun ("the purchase of").
    pub acquisition_noun: bool,
    /// Whether the trigger is a noun that may leave its counterpart to the
    /// sentence's topic.
    pub noun_trigger: bool,
}

/// Adds to `parties` those the clause leaves implicit.
pub(super) fn complete_parties(
    s: &Sentence<'_>,
    cues: ImplicitCues,
    earlier: &[Mention],
    ctx: &Context,
    parties: &mut Vec<(String, Role)>,
) {
    // "Aerolis s'appuiera sur son partenaire Vellano, qui fournira les
    // moteurs": a supplier in a relative clause supplies the main clause's
    // subject when the clause names no customer.
    if cues.frame == Frame::Supply
        && !parties.iter().any(|p| p.1 == Role::Customer)
        && parties.iter().any(|p| p.1 == Role::Provider)
        && let Some((open, _)) = cues.relative
        && let Some(main) = (0..open.saturating_sub(1)).find_map(|k| s.org_at(k))
        && !parties.iter().any(|p| p.0 == main)
    {
        parties.push((main.to_string(), Role::Customer));
    }
    // "Kestane said Orbelle became a wholly-owned subsidiary", "... became
    // its subsidiary": a company told to have become a subsidiary, with no
    // parent named, is the teller's.
    if cues.frame == Frame::AcquiredBy
        && !parties.iter().any(|p| p.1 == Role::Acquirer)
        && let Some(teller) = s.leading_reporter()
        && !parties.iter().any(|p| p.0 == teller)
    {
        parties.push((teller.to_string(), Role::Acquirer));
    }
    // "signed an agreement with Halvern to merge", "a memorandum of
    // understanding with Y to explore a merger", "un protocole d'accord avec
    // Y en vue d'une fusion": a merger an agreement is for is between the
    // agreement's subject and the company it is signed with.
    if cues.frame == Frame::Merge
        && parties.len() < 2
        && let Some(j) = (0..cues.t)
            .rev()
            .find(|&j| s.frame_at(j) == Some(Frame::Agreement))
        && let Some(with) =
            (j + 1..cues.t).find(|&k| s.is_word(k - 1, &["with", "avec"]) && s.org_at(k).is_some())
        && (with + 1..cues.t).any(|k| s.is_word(k, &["to", "pour", "vue", "afin"]))
        && let (Some(subject), Some(other)) = ((0..j).find_map(|k| s.org_at(k)), s.org_at(with))
        && subject != other
    {
        for (name, role) in [(subject, Role::Acquirer), (other, Role::Target)] {
            if !parties.iter().any(|p| p.0 == name) {
                parties.push((name.to_string(), role));
            }
        }
    }
    // A sale names its own target; another organisation of the sentence is
    // no stand-in for it.
    if cues.frame != Frame::Sell {
        fill_missing(
            s,
            cues.t,
            cues.deal_type,
            parties,
            earlier,
            cues.noun_trigger,
        );
    }
    // "Ovalie a été placée en redressement judiciaire. Le groupe Tessier a
    // déposé une offre de reprise": a French bid "de reprise" that closes
    // its clause, with no company named in its sentence but its bidder,
    // is for the subject of the sentence before. (English "made a takeover
    // bid" as often tells a bid the story named long before.)
    let bare_french_bid = super::bids::of_takeover(s, cues.t_end)
        && s.items
            .get(cues.t_end + 2)
            .is_none_or(|i| i.2 == Item::Punct);
    if cues.frame == Frame::Offer
        && bare_french_bid
        && !parties.iter().any(|p| p.1 == Role::Target)
        && parties.iter().any(|p| p.1 == Role::Acquirer)
        && !(0..s.items.len()).any(|k| {
            matches!(s.items[k].2, Item::Ref(_))
                && s.org_at(k)
                    .is_none_or(|o| !parties.iter().any(|p| p.0 == o))
        })
        && let Some(subject) = ctx.recent_subject()
        && !parties.iter().any(|p| p.0 == subject)
    {
        parties.push((subject, Role::Target));
    }
    // "Kelmix raised $230 million from A. Existing shareholder B increased
    // its stake to 18%", "B a porté sa participation à 18 %": a holder's
    // own stake changed, no company named, right after a round, is in the
    // company that raised it.
    if cues.frame == Frame::StakeNoun
        && !parties.iter().any(|p| p.1 == Role::Target)
        && parties.iter().any(|p| p.1 == Role::Investor)
        && cues.t >= 2
        && s.is_word(cues.t - 1, &["its", "sa", "son"])
        && s.is_word(
            cues.t - 2,
            &[
                "increased",
                "raised",
                "lifted",
                "boosted",
                "upped",
                "porté",
                "relevé",
                "augmenté",
                "renforcé",
            ],
        )
        && !(cues.t_end..cues.right_bound).any(|k| matches!(s.items[k].2, Item::Ref(_)))
        && let Some(company) = ctx.recent_round()
        && !parties.iter().any(|p| p.0 == company)
    {
        parties.push((company, Role::Target));
    }
    // An acquisition's noun that names what is bought and no buyer: the
    // rules below look around it for the buyer; one named after "by" or
    // "par" is a person's ("le rachat de Twitter par Elon Musk").
    let buyer_wanted = |parties: &[(String, Role)]| {
        cues.frame == Frame::Acquire
            && cues.acquisition_noun
            && parties.iter().any(|p| p.1 == Role::Target)
            && !parties.iter().any(|p| p.1 == Role::Acquirer)
    };
    let agent_named = (cues.t_end..cues.right_bound).any(|k| s.is_word(k, &["by", "par"]));
    // "The acquisition of Kelmix gives Tessel a foothold in Asia", "Le
    // rachat de Kelmix permettra à Tessel de doubler de taille": the deal's
    // noun opening the sentence, what it brings goes to its buyer (read
    // as the seller "à" would name).
    if buyer_wanted(parties)
        && let Some(buyer) = brought_to(s, cues.t, cues.right_bound)
        && !parties.iter().any(|p| p.0 == buyer && p.1 == Role::Target)
    {
        parties.retain(|p| p.0 != buyer);
        parties.push((buyer.to_string(), Role::Acquirer));
    }
    // "Le PDG de Kestane, Jean Dupont, a annoncé le rachat de Pivex": the
    // company whose officer tells of a purchase with no buyer makes it.
    if buyer_wanted(parties)
        && !agent_named
        && let Some(company) = super::people::officer_company(s, cues.t)
        && !parties.iter().any(|p| p.0 == company)
    {
        parties.push((company.to_string(), Role::Acquirer));
    }
    // "Pour Kestane, il s'agit de la troisième acquisition, après le
    // rachat de Pivex", "For Kestane, the deal follows its purchase of
    // Pivex": the company a sentence opens on is the buyer its deal nouns
    // leave unnamed.
    if buyer_wanted(parties)
        && s.items.len() > 2
        && s.is_word(0, &["pour", "for"])
        && s.items[2].2 == Item::Punct
        && s.norm(2) == ","
        && let Some(topic) = s.org_at(1)
        && !parties.iter().any(|p| p.0 == topic)
    {
        parties.push((topic.to_string(), Role::Acquirer));
    }
    // "Après le rachat de Scoria l'an dernier, le groupe Varnell
    // s'apprête à ...", "After the purchase of Y, X plans ...": a purchase
    // told in a fronted phrase of time, with no buyer, is the main
    // clause's subject's.
    if buyer_wanted(parties)
        && !agent_named
        && let Some(subject) =
            fronted_time_subject(s, cues.t).or_else(|| trailing_time_subject(s, cues.t))
        && !parties.iter().any(|p| p.0 == subject)
    {
        parties.push((subject.to_string(), Role::Acquirer));
    }
    // "The proceeds will help fund the acquisition of Y", "le produit de
    // la vente servira à financer l'acquisition de Y": a sale's proceeds
    // fund a purchase of its seller's.
    if buyer_wanted(parties)
        && !agent_named
        // ("produit" only of a sale: "le produit de la cession"; a
        // product is another.)
        && (0..cues.t).any(|k| {
            s.is_word(k, &["proceeds"])
                || (s.is_word(k, &["produit"])
                    && (k + 1..cues.t.min(k + 4))
                        .any(|j| s.is_word(j, &["vente", "cession", "ventes", "cessions"])))
        })
        && let Some(seller) = ctx.last_seller()
        && !parties.iter().any(|p| p.0 == seller)
    {
        parties.push((seller, Role::Acquirer));
    }
    // "The acquisition of Citadel will be funded from cash": an acquisition
    // noun that names what is bought and no buyer refers back to the buyer
    // of the last acquisition the article told.
    if buyer_wanted(parties)
        && !agent_named
        && let Some(buyer) = ctx.last_acquirer()
        && !parties.iter().any(|p| p.0 == buyer)
    {
        parties.push((buyer, Role::Acquirer));
    }
}

/// The subject of the main clause after a fronted phrase of time that
/// holds the deal's noun at `t` ("Après le rachat de Y l'an dernier, le
/// groupe X ..."): the name right after the phrase's comma, or after a
/// short description there.
fn fronted_time_subject<'s>(s: &'s Sentence<'_>, t: usize) -> Option<&'s str> {
    if t > 3 || !s.is_word(0, &["après", "after", "following", "suite"]) {
        return None;
    }
    let n = s.items.len();
    let comma = (t + 1..n.min(t + 14)).find(|&k| s.is_comma(k))?;
    if (t + 1..comma).any(|k| matches!(s.items[k].2, Item::Ref(_)) && s.org_at(k).is_none()) {
        return None;
    }
    let name = if s.org_at(comma + 1).is_some() {
        comma + 1
    } else {
        s.described_name(comma + 1, n)?
    };
    s.org_at(name)
}

/// The subject a sentence opens with, when the deal's noun at `t` closes
/// its main clause in a phrase of time ("Brunel vise l'Espagne après le
/// rachat d'Ocelis", "Brunel is eyeing Spain after the purchase of
/// Ocelis"): no other name stands between them.
fn trailing_time_subject<'s>(s: &'s Sentence<'_>, t: usize) -> Option<&'s str> {
    if t < 4
        || !s.is_word(t - 1, &["the", "le", "la", "l'"])
        || !s.is_word(t - 2, &["après", "after", "following", "suite"])
    {
        return None;
    }
    // ("Le patron du groupe Brunel détaille sa stratégie après le
    // rachat d'Ocelis": the company whose officer opens the sentence.)
    let officer_of = || {
        let k = (0..t - 2).find(|&k| matches!(s.items[k].2, Item::Ref(_)))?;
        let title = (0..k).find(|&j| s.is_in(j, &crate::lexicon::JOB_TITLES))?;
        ((title + 1..k.min(title + 3)).any(|j| s.is_word(j, &["de", "d'", "du", "of"]))
            && (0..k).all(|j| s.items[j].2 == Item::Word))
        .then_some(k)
    };
    let name = if s.org_at(0).is_some() {
        0
    } else {
        s.described_name(0, t).or_else(officer_of)?
    };
    let clear = (name + 1..t - 2).all(|k| match s.items[k].2 {
        Item::Ref(_) => false,
        Item::Punct => s.norm(k) == "'",
        _ => true,
    });
    (clear && name + 1 < t - 2)
        .then(|| s.org_at(name))
        .flatten()
}

/// Verbs by which a deal brings something to its buyer: see
/// `data/words/gain_verbs.txt`.
static GAIN_VERBS: WordSet = WordSet::new(include_str!("../../data/words/gain_verbs.txt"));

/// The organisation a deal's noun at `t`, opening its sentence, brings
/// something to: the name right after a verb of `GAIN_VERBS` (past a modal
/// and "à" or "to") that follows the noun's first name.
fn brought_to<'s>(s: &'s Sentence<'_>, t: usize, right_bound: usize) -> Option<&'s str> {
    if t > 3 {
        return None;
    }
    let object = (t + 1..right_bound.min(t + 5)).find(|&k| s.org_at(k).is_some())?;
    let verb = (object + 1..right_bound.min(object + 4)).find(|&k| {
        !s.is_word(
            k,
            &[
                "will", "would", "could", "should", "va", "devrait", "pourrait", "doit",
            ],
        )
    })?;
    if !s.is_in(verb, &GAIN_VERBS) {
        return None;
    }
    let name = if s.is_word(verb + 1, &["à", "au", "to"]) {
        verb + 2
    } else {
        verb + 1
    };
    // ("brings Tessel's fleet to 200": a possessive names what grows.)
    if s.is_word(name + 1, &["'s", "'"]) {
        return None;
    }
    s.org_at(name)
}
