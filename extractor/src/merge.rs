//! Merges the mentions of one article into deals: the same deal stated in the
//! title, the lead and a quote becomes one deal, its amount taken from the
//! first mention that states one, its status from the first that has a cue.
//! Amounts stated in a sentence that names no deal ("the transaction is
//! valued at ...") go to the nearest deal that lacks one; what a later
//! sentence says of where a deal named by its noun stands ("The acquisition
//! was completed in March") goes to the nearest deal of its kind told
//! before it. `folds` then removes the deals told as parts of others.

use crate::rules::{Mention, OrphanAmount, Sequel};
use folds::{
    alliance_told_of_merger, fold, funds_own_venture, merger_told_of_venture,
    partners_with_own_venture, reversed_acquisition, sells_unnamed_unit,
};

mod folds;
use dealwire_core::model::{DealType, Role, Status};

/// The last sentence of an article's headline and lead (sentences 0 and 1).
const LEAD_SENTENCES: usize = 1;

/// Sentences an orphan amount may lie from the deal it completes.
const ORPHAN_REACH: usize = 2;

/// Sentences a sequel may lie after the last report of the deal it tells
/// of ("The deal closed in March").
const SEQUEL_REACH: usize = 3;

/// A merged deal with the mentions it came from.
#[derive(Clone, Debug)]
pub struct Cluster {
    /// The merged reading.
    pub deal: Mention,
    /// Sentence of each mention, in text order.
    pub sentences: Vec<usize>,
    /// Sentence whose mention gave the amount, if any.
    pub amount_sentence: Option<usize>,
    /// Whether the deal fell through: the headline or the lead says so, or
    /// every mention does.
    pub cancelled: bool,
    /// Whether the headline or the lead says the deal fell through.
    lead_cancelled: bool,
}

fn names_with(m: &Mention, role: Role) -> Vec<&str> {
    let mut v: Vec<&str> = m
        .parties
        .iter()
        .filter(|p| p.1 == role)
        .map(|p| p.0.as_str())
        .collect();
    v.sort_unstable();
    v
}

fn party_set(m: &Mention) -> Vec<&str> {
    let mut v: Vec<&str> = m.parties.iter().map(|p| p.0.as_str()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn subset(a: &[&str], b: &[&str]) -> bool {
    a.iter().all(|x| b.contains(x))
}

/// Whether mention `m` describes the deal `c` already holds, told last in
/// sentence `last`.
fn same_deal(c: &Mention, last: usize, m: &Mention) -> bool {
    if headline_stake_bought(c, m) {
        return true;
    }
    if c.deal_type.family() != m.deal_type.family() {
        return false;
    }
    match c.deal_type.family() {
        0 => {
            let (ct, mt) = (names_with(c, Role::Target), names_with(m, Role::Target));
            let (ci, mi) = (names_with(c, Role::Investor), names_with(m, Role::Investor));
            let amounts_fit = match (&c.amount, &m.amount) {
                (Some(a), Some(b)) => a.compatible(b),
                _ => true,
            };
            // "A a participé au tour de table de 20 millions d'euros de Y,
            // mené par B": backers of one round, sum and sentence alike,
            // read by two triggers.
            let same_round = c.sentence == m.sentence
                && match (&c.amount, &m.amount) {
                    (Some(a), Some(b)) => a == b,
                    _ => false,
                };
            let investors_fit = ci.is_empty()
                || mi.is_empty()
                || subset(&ci, &mi)
                || subset(&mi, &ci)
                || m.joined
                || same_round;
            let dates_fit = match (c.date, m.date) {
                (Some(a), Some(b)) => a.year == b.year,
                _ => true,
            };
            // "Kelmix, in which Orvane holds a stake, raised $50 million":
            // a holding told aside is no backer of its sentence's round.
            let aside_of_round =
                c.sentence == m.sentence && c.aside != m.aside && (ci.is_empty() || mi.is_empty());
            // "Meta agreed to invest $14 billion in Scale" and "Scale was
            // valued at $7 billion last year in a round led by Accel, with
            // Meta": backers named apart, one deal done and the other to
            // come, are two deals.
            let done = |m: &Mention| m.status.1 && m.status.0 == Status::Completed;
            let to_come = |m: &Mention| {
                m.status.1 && matches!(m.status.0, Status::Announced | Status::Rumored)
            };
            // ("Qorvath, which is backed by Tidewell, ... Qorvath is
            // seeking to raise $8 billion": a round to come with no backer
            // named, told apart from a backing done, is a deal of its own.)
            let round_to_come = c.sentence != m.sentence
                && ((ci.is_empty() && !mi.is_empty() && to_come(c) && done(m))
                    || (mi.is_empty() && !ci.is_empty() && to_come(m) && done(c)));
            let tenses_clash = ci != mi
                && !m.joined
                && !same_round
                && ((!ci.is_empty()
                    && !mi.is_empty()
                    && ((done(c) && to_come(m)) || (to_come(c) && done(m))))
                    || round_to_come);
            ct == mt
                && investors_fit
                && amounts_fit
                && dates_fit
                && !aside_of_round
                && !tenses_clash
        }
        1 => {
            let (ca, ma) = (names_with(c, Role::Acquirer), names_with(m, Role::Acquirer));
            // Members of a group named after the deal was told join it.
            // ("Le consortium mené par A rachète Y" in the headline, then
            // "un consortium formé par A, B et C" in the lead): a headline
            // may name some of the buyers the lead names in full.
            names_with(c, Role::Target) == names_with(m, Role::Target)
                && (ca == ma
                    || ca.is_empty()
                    || ma.is_empty()
                    || m.joined
                    || talks_pair_narrowed(c, m)
                    || (c.sentence == 0 && m.sentence <= LEAD_SENTENCES && subset(&ca, &ma)))
        }
        // "Stellis et Aubrac s'allient" then "créent une coentreprise,
        // HyMotion": an alliance of the venture's partners is the venture;
        // two ventures of the same partners stay apart.
        // A headline may name two partners of a three-way tie-up the body
        // tells in full.
        // Partners told apart of one venture named ("A and B launched
        // Helios"; "C joined Helios") are its partners together.
        2 => {
            let (cs, ms) = (party_set(c), party_set(m));
            let same_venture = c.vehicle.is_some() && c.vehicle == m.vehicle;
            same_venture
                || (cs == ms || (c.sentence == 0 && cs.len() >= 2 && subset(&cs, &ms)))
                    // ("créer une coentreprise", then, in the next
                    // sentence, "La nouvelle entité, baptisée X": a venture
                    // told unnamed, then named.)
                    // ("Halvern will own 60% of the joint venture": told
                    // again unnamed, the venture named before.)
                    && (c.vehicle == m.vehicle
                        || m.vehicle.is_none()
                        || (c.vehicle.is_none() && m.sentence == last + 1)
                        || c.deal_type == DealType::Partnership
                        || m.deal_type == DealType::Partnership)
        }
        _ => party_set(c) == party_set(m),
    }
}

/// "Brookfield agrees to buy Neoen stake from Impala" in the headline, then
/// "has agreed to buy a controlling stake in Neoen" in the lead: a stake
/// to come that the lead tells as a purchase of control is the same
/// purchase. (A holding told done, "Norlac owns 35% of Pivex", then a bid
/// for the rest, are two deals.)
fn headline_stake_bought(c: &Mention, m: &Mention) -> bool {
    // (The names are gathered only for a headline's investment and a lead's
    // acquisition: this is asked for every pair of mentions.)
    if !(c.sentence == 0
        && c.status.0 != Status::Completed
        && m.sentence > 0
        && m.sentence <= LEAD_SENTENCES
        && c.deal_type == DealType::Investment
        && m.deal_type == DealType::Acquisition)
    {
        return false;
    }
    let investors = names_with(c, Role::Investor);
    let targets = names_with(c, Role::Target);
    !investors.is_empty()
        && investors == names_with(m, Role::Acquirer)
        && !targets.is_empty()
        && targets == names_with(m, Role::Target)
}

/// "Mistral AI a bouclé une levée de 1,7 milliard d'euros. ASML a investi
/// 1,3 milliard d'euros": an investment smaller than a round of the same
/// company told just before, whose backers it had not named, is one
/// backer's part of that round.
fn share_of_round(c: &Cluster, m: &Mention) -> bool {
    let d = &c.deal;
    let (Some(round), Some(part)) = (&d.amount, &m.amount) else {
        return false;
    };
    d.deal_type == DealType::Investment
        && m.deal_type == DealType::Investment
        // ("Microsoft a ensuite pris une participation": a later deal.)
        && !m.sequel
        // (Its backers named already, a share told as one "in the round"
        // still is: "led by A. B invested $300 million in the round".)
        && (names_with(d, Role::Investor).is_empty() || m.joined)
        && !names_with(m, Role::Investor).is_empty()
        && !names_with(d, Role::Target).is_empty()
        && names_with(d, Role::Target) == names_with(m, Role::Target)
        && round.currency == part.currency
        && part.value < round.value
        && c.sentences.last().is_some_and(|&l| m.sentence <= l + 1)
        // ("lève 45 millions ... Elle avait bouclé un premier tour de 25
        // millions en 2022": a sum dated apart from an undated round is an
        // earlier deal.)
        && match (d.date, m.date) {
            (Some(a), Some(b)) => a.year == b.year,
            (None, Some(_)) => false,
            _ => true,
        }
}

/// "Kestane et Orvane en négociations pour le rachat de Pivex", then
/// "Kestane est en négociations avec Orvane pour lui racheter Pivex": a
/// headline's pair in talks over a purchase, of whom the body says one
/// buys.
fn talks_pair_narrowed(c: &Mention, m: &Mention) -> bool {
    let (ca, ma) = (names_with(c, Role::Acquirer), names_with(m, Role::Acquirer));
    c.sentence == 0
        && m.sentence > 0
        && c.status.0 == Status::Rumored
        && ca.len() == 2
        && ma.len() == 1
        && ca.contains(&ma[0])
}

/// Whether `arm` is `parent`'s investing arm, named after it ("Orvane
/// Ventures" for "Orvane", "Kelmix Capital" for "Kelmix").
fn investing_arm(parent: &str, arm: &str) -> bool {
    arm.strip_prefix(parent)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.split(' ').next())
        .is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "ventures" | "capital" | "investments" | "invest" | "fund" | "growth"
            )
        })
}

fn absorb(c: &mut Cluster, m: Mention) {
    // (The buyer the body names is the pair's only one.)
    if talks_pair_narrowed(&c.deal, &m) {
        let buyer = names_with(&m, Role::Acquirer)[0].to_string();
        c.deal
            .parties
            .retain(|p| p.1 != Role::Acquirer || p.0 == buyer);
    }
    let d = &mut c.deal;
    // "Oracle signs cloud deal with OpenAI" (a bare deal, whose direction
    // is a guess), then "OpenAI agreed to rent capacity from Oracle": the
    // surer reading says who buys from whom.
    if d.deal_type == DealType::Commercial
        && m.deal_type == DealType::Commercial
        && m.confidence > d.confidence
        && m.parties
            .iter()
            .any(|p| d.parties.iter().any(|q| q.0 == p.0 && q.1 != p.1))
    {
        for q in d.parties.iter_mut() {
            if let Some(p) = m.parties.iter().find(|p| p.0 == q.0) {
                q.1 = p.1;
            }
        }
    }
    for p in m.parties {
        // ("auprès de Kelmix et Orvane" in the headline, "Orvane
        // Ventures" in the body: one investor, by its parent's name and by
        // its investing arm's; the arm's is kept.)
        if p.1 == Role::Investor
            && let Some(q) = d
                .parties
                .iter_mut()
                .find(|q| q.1 == Role::Investor && investing_arm(&q.0, &p.0))
        {
            q.0 = p.0;
            continue;
        }
        if p.1 == Role::Investor
            && d.parties
                .iter()
                .any(|q| q.1 == Role::Investor && investing_arm(&p.0, &q.0))
        {
            continue;
        }
        if !d.parties.iter().any(|q| q.0 == p.0) {
            d.parties.push(p);
        }
    }
    // ("signed a cooperation agreement ... The two may later form a joint
    // venture": a venture only considered leaves the tie signed as it is.)
    let venture_considered = d.deal_type == DealType::Partnership
        && m.deal_type == DealType::JointVenture
        && m.status.0 == Status::Rumored
        && d.status.0 != Status::Rumored;
    if d.deal_type == DealType::Partnership
        && m.deal_type == DealType::JointVenture
        && !venture_considered
    {
        d.deal_type = DealType::JointVenture;
    }
    // (A headline's stake the lead tells as a purchase of control.)
    if d.deal_type == DealType::Investment && m.deal_type == DealType::Acquisition {
        d.deal_type = DealType::Acquisition;
        for p in d.parties.iter_mut() {
            if p.1 == Role::Investor {
                p.1 = Role::Acquirer;
            }
        }
    }
    d.needs_amount &= m.needs_amount;
    d.guessed_direction &= m.guessed_direction;
    d.buyer_unnamed |= m.buyer_unnamed;
    // "un accord de plusieurs milliards" in the headline, "8,5 milliards"
    // in the body: a vague amount in the headline gives way to the figure.
    let headline_vague = d.vague_amount && d.sentence == 0 && m.sentence > 0;
    if d.amount.is_none() && (!d.vague_amount || headline_vague) && m.amount.is_some() {
        d.amount = m.amount;
        d.vague_amount = false;
        c.amount_sentence = Some(m.sentence);
    }
    // A headline drops who told the news: "Nvidia to invest in Mistral",
    // then "..., people with knowledge of the deal said": the lead's rumour
    // is where the deal stands.
    let headline_rumour = d.sentence == 0
        && d.status.0 == Status::Announced
        && m.sentence <= LEAD_SENTENCES
        && m.status == (Status::Rumored, true);
    // "Kelmix Raises $85 Million", then "Kelmix has raised $85 million":
    // a headline's present tells news, and the lead says it is done.
    let headline_done = d.sentence == 0
        && d.status.0 == Status::Announced
        && m.sentence > 0
        && m.sentence <= LEAD_SENTENCES
        && m.status == (Status::Completed, true);
    if ((!d.status.1 && m.status.1) || headline_rumour || headline_done) && !venture_considered {
        d.status = m.status;
    }
    d.date = d.date.or(m.date);
    d.vehicle = d.vehicle.take().or(m.vehicle);
    d.confidence = (d.confidence.max(m.confidence) + 0.03).min(0.99);
    // The headline and the lead tell where a deal stands now: a
    // cancellation there wins over any other report, unless it only says
    // one side rejected the deal. Further down, an article recalls earlier
    // events ("had rejected an earlier offer"), so a cancellation there
    // decides only if every mention says so.
    if m.cancelled_outright && m.sentence <= LEAD_SENTENCES {
        c.lead_cancelled = true;
    }
    c.cancelled = c.lead_cancelled || (c.cancelled && m.cancelled);
    c.sentences.push(m.sentence);
}

/// "Corvane agreed to supply LNG to Halvard ... It signed a similar deal
/// with Kansai last year": a bare deal said to be like another takes the
/// kind of the last deal told before of a party it shares, that party
/// keeping its role there and the others taking the role opposite.
fn like_earlier(mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        if !mentions[i].similar {
            continue;
        }
        let (before, rest) = mentions.split_at_mut(i);
        let m = &mut rest[0];
        // ("signed a $3 billion supply pact ... will also invest $500
        // million in its plant ... a month after it signed a similar
        // agreement with Y": an agreement is like the last agreement, before
        // a stake or a round told since.)
        let like = |e: &&Mention, agreements_only: bool| {
            !e.generic
                && e.sentence < m.sentence
                && !(agreements_only && e.deal_type == DealType::Investment)
        };
        let shared = |e: &Mention| {
            e.parties
                .iter()
                .find(|(name, _)| m.parties.iter().any(|p| &p.0 == name))
                .map(|(name, role)| (e.deal_type, name.clone(), *role))
        };
        let earlier = before
            .iter()
            .rev()
            .filter(|e| like(e, true))
            .find_map(shared)
            .or_else(|| {
                before
                    .iter()
                    .rev()
                    .filter(|e| like(e, false))
                    .find_map(shared)
            });
        let Some((kind, shared, role)) = earlier else {
            continue;
        };
        let other = match role {
            Role::Customer => Role::Provider,
            Role::Provider => Role::Customer,
            Role::Acquirer => Role::Target,
            Role::Investor => Role::Target,
            // (Whom a seller sold to is no target: left as told.)
            Role::Seller => continue,
            Role::Target if kind == DealType::Investment => Role::Investor,
            Role::Target => Role::Acquirer,
            _ => role,
        };
        for p in m.parties.iter_mut() {
            p.1 = if p.0 == shared { role } else { other };
        }
        m.deal_type = kind;
        m.generic = false;
    }
}

/// Merges an article's mentions and orphan amounts into deals, in the order
/// the text first states them.
pub fn merge(
    mut mentions: Vec<Mention>,
    orphans: Vec<OrphanAmount>,
    sequels: &[Sequel],
) -> Vec<Cluster> {
    like_earlier(&mut mentions);
    // A bare "agreement" between parties that another deal of another kind
    // already links is that deal; one of the same kind merges with it, its
    // amount kept ("signed a $200 million agreement with Y ... The deal
    // expands an existing partnership between the two").
    // ("Orvane's $100 billion agreement with Halvern, which will invest in
    // Orvane": the bare agreement's sum goes to the deal it is, told in the
    // same sentence without one.)
    let sums: Vec<(usize, usize)> = (0..mentions.len())
        .filter(|&g| mentions[g].generic && mentions[g].amount.is_some())
        .filter_map(|g| {
            let parties = party_set(&mentions[g]);
            (0..mentions.len())
                .find(|&o| {
                    !mentions[o].generic
                        && mentions[o].sentence == mentions[g].sentence
                        && mentions[o].amount.is_none()
                        && mentions[o].deal_type != mentions[g].deal_type
                        && party_set(&mentions[o]) == parties
                })
                .map(|o| (g, o))
        })
        .collect();
    for (g, o) in sums {
        mentions[o].amount = mentions[g].amount.clone();
    }
    let specific: Vec<(Vec<&str>, DealType)> = mentions
        .iter()
        .filter(|m| !m.generic)
        .map(|m| (party_set(m), m.deal_type))
        .collect();
    // "auprès de A, B et de ses actionnaires, dont C et D": an investment
    // told in the same sentence as a round, with its backers among the
    // round's and its target one of them, read a possessive as that backer's;
    // the round already holds it.
    let misread_backers = |m: &Mention| {
        let (targets, investors) = (names_with(m, Role::Target), names_with(m, Role::Investor));
        m.deal_type == DealType::Investment
            && !investors.is_empty()
            && mentions.iter().any(|o| {
                let round = names_with(o, Role::Investor);
                o.sentence == m.sentence
                    && o.deal_type == DealType::Investment
                    && targets.iter().all(|t| round.contains(t))
                    && !targets.is_empty()
                    && subset(&investors, &round)
            })
    };
    // "A and B announced a partnership under which B will deploy A's
    // chips": a partnership told in the same sentence as a sale of goods
    // between the same two is that sale.
    // ("Orbelle and Tessera extend cloud partnership" over "Orbelle agreed
    // to spend $4 billion on Tessera's cloud services": a headline's or a
    // lead's partnership and a sale between the same two told anywhere in
    // the article are one deal.)
    let sale_told_as_partnership = |m: &Mention| {
        m.deal_type == DealType::Partnership
            && mentions.iter().any(|o| {
                (o.sentence == m.sentence || m.sentence <= LEAD_SENTENCES)
                    && o.deal_type == DealType::Commercial
                    && party_set(o) == party_set(m)
            })
    };
    let keep: Vec<bool> = mentions
        .iter()
        .map(|m| {
            let parties = party_set(m);
            let other_kind = specific
                .iter()
                .any(|(p, kind)| *p == parties && *kind != m.deal_type);
            let same_kind = specific
                .iter()
                .any(|(p, kind)| *p == parties && *kind == m.deal_type);
            (!m.generic || !other_kind || same_kind)
                && !misread_backers(m)
                && !sale_told_as_partnership(m)
        })
        .collect();
    let mut clusters: Vec<Cluster> = Vec::new();
    for (m, keep) in mentions.into_iter().zip(keep) {
        if !keep {
            continue;
        }
        let fits = |c: &Cluster| {
            let last = c.sentences.last().copied().unwrap_or(c.deal.sentence);
            same_deal(&c.deal, last, &m) || share_of_round(c, &m)
        };
        // ("Y a bouclé un tour mené par A, auquel ont participé B et C",
        // after another backer's deal in Y told earlier: backers joining a
        // round go to the deal of their own sentence first.)
        let own_sentence = clusters
            .iter()
            .position(|c| c.sentences.contains(&m.sentence) && fits(c));
        match own_sentence
            .or_else(|| clusters.iter().position(fits))
            .map(|i| &mut clusters[i])
        {
            Some(c) => absorb(c, m),
            None => clusters.push(Cluster {
                amount_sentence: m.amount.as_ref().map(|_| m.sentence),
                sentences: vec![m.sentence],
                cancelled: m.cancelled,
                lead_cancelled: m.cancelled_outright && m.sentence <= LEAD_SENTENCES,
                deal: m,
            }),
        }
    }
    for o in orphans {
        // A company's valuation prices its acquisition, and a bid's amount
        // belongs to that bidder's acquisition, wherever the article named
        // it.
        let named = o
            .target
            .as_ref()
            .map(|t| (t, Role::Target))
            .or(o.bidder.as_ref().map(|b| (b, Role::Acquirer)));
        if let Some((name, role)) = named {
            // ("Tessel will pay $1.1 billion upfront. ... It bought a mine
            // from Y in 2023": what a bidder pays is for a deal told by
            // then, not one the article tells after.)
            let told_by_then = |c: &Cluster| {
                role != Role::Acquirer || c.sentences.first().is_some_and(|&f| f <= o.sentence)
            };
            let deal = clusters.iter_mut().find(|c| {
                c.deal.deal_type == DealType::Acquisition
                    && c.deal.amount.is_none()
                    && c.deal.parties.iter().any(|p| &p.0 == name && p.1 == role)
                    && told_by_then(c)
            });
            if let Some(c) = deal {
                c.deal.amount = Some(o.amount);
                c.amount_sentence = Some(o.sentence);
            }
            continue;
        }
        let fits = |c: &Cluster| {
            c.deal.amount.is_none()
                && !(o.refers_back && c.sentences.first().is_some_and(|&f| f > o.sentence))
                && !c.deal.vague_amount
                && o.hint.is_none_or(|h| {
                    h.family() == c.deal.deal_type.family()
                        // ("A et B vont créer une coentreprise. Montant de
                        // l'investissement : 400 millions": what partners
                        // invest in their venture prices it.)
                        || (h == DealType::Investment
                            && c.deal.deal_type == DealType::JointVenture)
                })
        };
        let other_family = |c: &Cluster| {
            o.hint
                .is_some_and(|h| h.family() != c.deal.deal_type.family())
        };
        let distance = |c: &Cluster| {
            c.sentences
                .iter()
                .map(|&s| s.abs_diff(o.sentence))
                .min()
                .unwrap_or(usize::MAX)
        };
        let best = clusters
            .iter_mut()
            // (A deal told after the sum only from the next sentence: "Le
            // constructeur a remporté un appel d'offres de 32 millions" does
            // not price a contract two sentences on.)
            // ("Halvern agreed to take over a unit in a deal valued at $2
            // billion. Orvane is in talks to sell ...": a sum whose own
            // sentence names a company the later deal does not is that
            // company's, not the later deal's.)
            .filter(|c| {
                let later = c.sentences.iter().all(|&f| f > o.sentence);
                fits(c)
                    && distance(c) <= if later { 1 } else { ORPHAN_REACH }
                    && !(later
                        && o.names
                            .iter()
                            .any(|n| !c.deal.parties.iter().any(|p| &p.0 == n)))
            })
            // ("Norlac va racheter Pellow. ... Norlac avait absorbé en 2022
            // Ternway. L'opération sera financée par ...": a deal referred
            // back to is the one the article is about before a dated one
            // it recalls.)
            .min_by_key(|c| {
                (
                    o.refers_back && c.deal.date.is_some(),
                    other_family(c),
                    distance(c),
                    c.sentences.first().is_some_and(|&s| s > o.sentence),
                )
            });
        if let Some(c) = best {
            c.deal.amount = Some(o.amount);
            c.amount_sentence = Some(o.sentence);
        }
    }
    for q in sequels {
        settle(&mut clusters, q);
    }
    fold(&mut clusters, funds_own_venture, true);
    fold(&mut clusters, partners_with_own_venture, false);
    fold(&mut clusters, sells_unnamed_unit, false);
    fold(&mut clusters, reversed_acquisition, false);
    fold(&mut clusters, alliance_told_of_merger, false);
    fold(&mut clusters, merger_told_of_venture, false);
    // A bid or an investment that fell through is reported as cancelled;
    // other deals said to have fallen through are left out, as their cues
    // ("rejected", "renoncer") are as often about something else.
    clusters.retain(|c| {
        (!c.cancelled
            || matches!(
                c.deal.deal_type,
                DealType::Acquisition | DealType::Investment
            ))
            && (!c.deal.needs_amount || c.deal.amount.is_some())
            // One company joining a venture the article told no other
            // partner of.
            && (c.deal.deal_type.family() != 2 || c.deal.parties.len() >= 2)
    });
    clusters
}

/// Gives what a sequel says to the deal of its kind last reported before
/// it, within reach: a completion to a deal not yet done, a cancellation to
/// any ("Orvane agreed to buy Selvane in May. The deal collapsed in June").
fn settle(clusters: &mut [Cluster], q: &Sequel) {
    let last_before = |c: &Cluster| {
        c.sentences
            .iter()
            .copied()
            .filter(|&s| s < q.sentence)
            .max()
    };
    let nearest = clusters
        .iter_mut()
        // (A partnership or a contract said to end had been a deal: it
        // stays as told.)
        .filter(|c| {
            matches!(
                c.deal.deal_type,
                DealType::Acquisition | DealType::Investment
            ) && q
                .hint
                .is_none_or(|h| h.family() == c.deal.deal_type.family())
        })
        .filter_map(|c| {
            let last = last_before(c)?;
            (q.sentence - last <= SEQUEL_REACH).then_some((last, c))
        })
        .max_by_key(|(last, _)| *last);
    let Some((_, c)) = nearest else { return };
    match q.status {
        Status::Completed if !c.cancelled => c.deal.status = (Status::Completed, true),
        Status::Cancelled => c.cancelled = true,
        _ => {}
    }
}
