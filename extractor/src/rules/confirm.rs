//! Whether a trigger's sentence confirms its frame: words a frame needs
//! nearby ("raise" needs money, "supply" must be a verb, a bid needs a price,
//! a company or takeover words) or that rule it out (a stake sold, the deal
//! a purchase was made in), and trigger words used in another sense.

use super::Mention;
use super::buying::{
    bought_before_a_name, counted, counted_goods_from, maker_goods, paid_for_work,
    seller_then_goods, services_bought, stated_share,
};
use super::founding::founded_venture;
use super::raising::SECURING_VERBS;
use super::sentence::{Item, Sentence, prep_slot};
use super::{bids, raising};
use crate::coref::Reference;
use crate::lexicon::{self, COMMISSIONED_WORK, WordSet};
use crate::triggers::{CONTRACT_WORDS, Frame, SERVICE_WORDS};

/// What one backs without investing ("backed Spotify's complaint"): see
/// `data/words/supported_things.txt`.
static SUPPORTED_THINGS: WordSet =
    WordSet::new(include_str!("../../data/words/supported_things.txt"));

/// Words before "supply" that make it a verb: "to supply", "will supply".
const SUPPLY_VERB_OPENERS: &[&str] = &[
    "to",
    "will",
    "would",
    "shall",
    "could",
    "can",
    "may",
    "might",
    "must",
    "also",
    "and",
    "which",
    "that",
    "who",
    "jointly",
    "further",
    "currently",
    "already",
];

/// What an award may give that buys nothing: money given, a prize, a loan.
const AWARDS_GIVEN: &[&str] = &[
    "grant",
    "grants",
    "subsidy",
    "subsidies",
    "prize",
    "loan",
    "loans",
    "scholarship",
    "subvention",
    "subventions",
    "prix",
    "prêt",
    "bourse",
];

/// Verbs of awarding a contract: their active subject is the customer.
const AWARDING: &[&str] = &[
    "awarded",
    "awards",
    "award",
    "attribué",
    "attribue",
    "attribuera",
    "attribuent",
    "attribuait",
    "attribuer",
    "octroyé",
    "octroie",
    "promis",
    "promet",
    "promised",
    "promises",
];

/// Auxiliaries before an awarding verb that make it passive ("s'est vu
/// attribuer un contrat par Y": the French passive of receiving).
const AWARD_PASSIVE: &[&str] = &[
    "was", "were", "been", "is", "are", "be", "being", "été", "est", "sont", "fut", "vu", "vue",
];

/// Verbs before a stake noun that say it is sold or kept, not taken: see
/// `data/words/stake_not_taken.txt`.
static STAKE_NOT_TAKEN: WordSet =
    WordSet::new(include_str!("../../data/words/stake_not_taken.txt"));

/// Nouns of lenders: see `data/words/lender_nouns.txt`.
static LENDER_NOUNS: WordSet = WordSet::new(include_str!("../../data/words/lender_nouns.txt"));

/// What a funding round is "of": see `data/words/round_money.txt`.
static ROUND_MONEY: WordSet = WordSet::new(include_str!("../../data/words/round_money.txt"));

/// An adviser's work around a deal: see `data/words/advisory_work.txt`.
static ADVISORY_WORK: WordSet = WordSet::new(include_str!("../../data/words/advisory_work.txt"));

/// What an adviser is worked with on: see `data/words/deal_work.txt`.
static DEAL_WORK: WordSet = WordSet::new(include_str!("../../data/words/deal_work.txt"));

/// Verbs that make a bare contract a deal: see
/// `data/words/signing_verbs.txt`.
static SIGNING_VERBS: WordSet = WordSet::new(include_str!("../../data/words/signing_verbs.txt"));

/// Words that give an agreement another sense than a deal: see
/// `data/words/agreement_other_senses.txt`.
static OTHER_SENSES: WordSet =
    WordSet::new(include_str!("../../data/words/agreement_other_senses.txt"));

/// "L'opération a aussi vu la participation de A", "the operation saw
/// the arrival of A": backers seen taking part, told after the
/// operation's noun ending at `t_end`.
fn backers_seen(s: &Sentence<'_>, t_end: usize) -> bool {
    let n = s.items.len();
    (t_end..(t_end + 4).min(n)).any(|k| {
        s.is_word(k, &["vu", "voit", "saw", "sees"])
            && (k + 1..(k + 4).min(n)).any(|j| {
                s.is_word(
                    j,
                    &["participation", "arrivée", "entrée", "arrival", "entry"],
                )
            })
    })
}

/// Words that make a noun of funding a company's means or needs: see
/// `data/words/funding_other_senses.txt`.
static FUNDING_OTHER_SENSES: WordSet =
    WordSet::new(include_str!("../../data/words/funding_other_senses.txt"));

/// Whether item `k` is a price or a lowercase word that is no supported
/// thing: what stands between a possessive and the thing backed ("Orbis's
/// sweetened $12 billion offer").
fn price_or_adjective(s: &Sentence<'_>, k: usize) -> bool {
    matches!(s.items[k].2, Item::Amount(_))
        || (s.items[k].2 == Item::Word
            && !s.is_in(k, &SUPPORTED_THINGS)
            && !s.input.toks[s.items[k].0].is_capitalized())
}

/// What was read before a trigger: the sentence's deals so far, and whether
/// the article just told of a funding round.
pub(super) struct Before<'a> {
    pub earlier: &'a [Mention],
    pub recent_round: bool,
    /// The venture the article told last, if any.
    pub recent_venture: Option<&'a str>,
    /// Whether the article just told a company for sale.
    pub recent_sale: bool,
}

/// Words before deals in the plural that leave them unnamed: see
/// `data/words/deals_in_general.txt`.
static DEALS_IN_GENERAL: WordSet =
    WordSet::new(include_str!("../../data/words/deals_in_general.txt"));

/// Whether the deal noun at `t` is in the plural after a word that leaves
/// the deals unnamed ("looking for acquisitions", "de nouvelles
/// acquisitions") and nothing after it names them ("of A and B", ",
/// including A", "such as A").
fn deals_in_general(s: &Sentence<'_>, t: usize, t_end: usize) -> bool {
    t_end == t + 1
        && t > 0
        && s.is_word(
            t,
            &[
                "acquisitions",
                "takeovers",
                "buyouts",
                "mergers",
                "rachats",
                "fusions",
            ],
        )
        && s.is_in(t - 1, &DEALS_IN_GENERAL)
        && !(t_end < s.items.len()
            && s.is_word(
                t_end,
                &[
                    "of",
                    "de",
                    "d'",
                    "des",
                    "du",
                    "including",
                    "notamment",
                    "dont",
                    "such",
                    "like",
                    "comme",
                    ":",
                    ",",
                    "(",
                ],
            ))
}

/// What a company uses of another's that is bought from it: see
/// `data/words/technology_used.txt`.
static TECHNOLOGY_USED: WordSet =
    WordSet::new(include_str!("../../data/words/technology_used.txt"));

/// Whether `verb` is one of using and `right` names a technology used.
fn technology_used(verb: &str, right: &[&str]) -> bool {
    matches!(
        verb,
        "use"
            | "uses"
            | "using"
            | "utilise"
            | "utilisera"
            | "utilisent"
            | "utiliseront"
            | "utiliser"
    ) && right.iter().any(|w| TECHNOLOGY_USED.contains(w))
}

/// Nouns of a buyer to come, before examples of it: see
/// `data/words/prospective_buyers.txt`.
static PROSPECTIVE_BUYERS: WordSet =
    WordSet::new(include_str!("../../data/words/prospective_buyers.txt"));

/// Words that say a tie has ended: see `data/words/former_ties.txt`.
static FORMER_TIES: WordSet = WordSet::new(include_str!("../../data/words/former_ties.txt"));

/// The frame the trigger at items `t..t_end` reads its sentence with, once
/// the words around it confirm it (a purchase of services is a commercial
/// deal); `None` when they rule it out.
pub(super) fn confirm(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    left_bound: usize,
    right_bound: usize,
    mut frame: Frame,
    before: Before<'_>,
) -> Option<Frame> {
    let Before {
        earlier,
        recent_round,
        recent_venture,
        recent_sale,
    } = before;
    let n = s.items.len();
    let right_words = s.words(t_end, right_bound.min(t_end + 8));
    // ... and further on, for what may come past an apposition, a sum or a
    // span ("picked Y, a Swedish software firm, to upgrade", "will spend
    // $10 billion over five years on Y's data centres").
    let further_words = s.words(t_end, right_bound.min(t_end + 12));
    // "will take Vireo private", "to take private Vireo": taking a company
    // private buys it.
    if frame == Frame::StakeNoun
        && t_end == t + 1
        && s.is_word(t, &["take", "takes", "took", "taking", "taken"])
    {
        let private_at = |k: usize| k < n && s.is_word(k, &["private"]);
        // ("to take Canadian software maker Vireo private": past the
        // words describing the object.)
        let object = (t_end..n.min(t_end + 6))
            .take_while(|&k| matches!(s.items[k].2, Item::Ref(_) | Item::Word) && !private_at(k))
            .find(|&k| matches!(s.items[k].2, Item::Ref(_)));
        if private_at(t_end) || object.is_some_and(|k| private_at(k + 1)) {
            frame = Frame::Acquire;
        }
    }
    // "The Pentagon awarded Lockwell a contract", "Orbis a attribué à
    // Kelmix un contrat": who awards is the customer; "Lockwell was awarded
    // a contract", "un contrat a été attribué à Kelmix" keep the winner's
    // frame.
    let awarded_by_subject = frame == Frame::WinContract
        && s.is_word(t, AWARDING)
        && !(t > 0 && s.is_word(t - 1, AWARD_PASSIVE));
    if awarded_by_subject {
        // ("awarded Tessel a $30 million grant", "a attribué une subvention
        // à Y": money given, a prize or a loan buy nothing.)
        let given = (t_end..n.min(t_end + 8))
            .take_while(|&k| !s.is_boundary(k))
            .any(|k| s.is_word(k, AWARDS_GIVEN));
        return (!given).then_some(Frame::Select);
    }
    // "will pay Kelmix $900 million to run its data centres": paying a
    // company for a supplier's job chooses it as the supplier.
    if frame == Frame::Pay && paid_for_work(s, t_end, right_bound) {
        frame = Frame::Select;
    }
    match frame {
        // "licensed Turkish Petroleum to explore": licensing a company to do
        // something is a permit; a licence sold names its licensee after
        // "to" ("will license its technology to Y").
        Frame::Supply
            if s.is_word(
                t,
                &[
                    "license",
                    "licenses",
                    "licensed",
                    "licensing",
                    "licence",
                    "licences",
                    "licenced",
                ],
            ) && !(t_end..n.min(t_end + 9))
                .find(|&k| s.is_word(k, &["to"]))
                .is_some_and(|k| {
                    matches!(s.items.get(k + 1).map(|i| &i.2), Some(Item::Ref(_)))
                        // ("to Swiss group Tessel": past its description.)
                        || (k + 1 < n && s.described_name(k + 1, n).is_some())
                }) =>
        {
            return None;
        }
        // "committed to spend $30 billion on Y's cloud", "pledged to buy":
        // a promise of another act, which that act's own word reads (money
        // promised is still put in: "committed to provide $200 million in
        // Y equity").
        // ("s'est engagé à acheter pour 2 milliards de puces": the French
        // promise takes "à" and an infinitive.)
        Frame::InvestAmountVerb
            if (s.is_word(t_end, &["to"])
                && t_end + 1 < n
                && s.items[t_end + 1].2 == Item::Word
                && !s.is_word(
                    t_end + 1,
                    &[
                        "the",
                        "a",
                        "an",
                        "its",
                        "their",
                        "provide",
                        "contribute",
                        "put",
                        "inject",
                    ],
                ))
                || (s.is_word(t_end, &["à"])
                    && t_end + 1 < n
                    && s.items[t_end + 1].2 == Item::Word
                    && s.norm(t_end + 1).ends_with(['r', 'e'])
                    && !s.is_word(
                        t_end + 1,
                        &[
                            "apporter", "injecter", "mettre", "fournir", "verser", "hauteur",
                        ],
                    )) =>
        {
            return None;
        }
        // "Kelmix raised $40 billion. Orvane invested $30 billion.": right
        // after a round, a sum invested in nothing named is a share of it.
        Frame::InvestVerb | Frame::InvestAmountVerb
            if recent_round && raising::share_of_round(s, t, t_end, right_bound) =>
        {
            frame = Frame::JoinRound;
        }
        // "sold Kelmix to fund its acquisition of Y", "pour financer son
        // rachat de Y": money put into a deal of one's own is no investment
        // in a company.
        Frame::InvestVerb | Frame::InvestAmountVerb
            if t_end + 1 < n
                && matches!(
                    s.norm(t_end),
                    "its" | "their" | "son" | "sa" | "leur" | "the" | "le" | "la" | "l'"
                )
                && s.frame_at(t_end + 1).is_some_and(|f| {
                    matches!(
                        f,
                        Frame::Acquire | Frame::Sell | Frame::Offer | Frame::Merge
                    )
                }) =>
        {
            return None;
        }
        // "Deezer had backed Spotify's complaint", "Elliott backed Kelmix's
        // bid": backing a company's plan or claim supports it, and puts no
        // money in the company.
        Frame::InvestVerb
            if s.is_word(
                t,
                &[
                    "back", "backs", "backed", "backing", "soutenu", "soutenue", "soutenus",
                    "soutenues",
                ],
            )
                && t_end + 1 < n
                // ("backed Varrow's stance", "backed the plan": a place's or
                // a determiner's thing too.)
                && (s.org_at(t_end).is_some() || s.items[t_end].2 == Item::Word)
                // "backs Veltora bid": a name before the thing, no
                // possessive.
                && (s.is_in(t_end + 1, &SUPPORTED_THINGS)
                    || (s.is_word(t_end + 1, &["'s", "'"])
                        // "backed Kelmix's $5 billion bid", "backs Orbis's
                        // sweetened offer": past its price and adjectives.
                        && (t_end + 2..n.min(t_end + 6))
                            .find(|&k| !price_or_adjective(s, k))
                            .is_some_and(|k| s.is_in(k, &SUPPORTED_THINGS)))) =>
        {
            return None;
        }
        // "Orvane is betting on Kelmix's new drug": a bet with no sum on
        // what a company makes is a view of it, and puts no money in the
        // company ("Orvane bets big on Kelmix" still invests in it).
        Frame::InvestVerb
            if s.is_word(t, &["bet", "bets", "betting", "wager", "wagers"])
                && t_end < n
                && matches!(s.items[t_end].2, Item::Ref(_))
                && s.is_word(t_end + 1, &["'s", "'"]) =>
        {
            return None;
        }
        // "a target for rivals like Norlac", "une cible pour des
        // concurrents comme Norlac": buyers given as examples of a kind
        // are no bidder.
        Frame::AcquiredBy
            if (t_end..n.min(t_end + 5))
                .take_while(|&k| s.items[k].2 == Item::Word)
                .any(|k| {
                    s.is_word(k, &["like", "comme", "tels", "telles"]) && s.org_at(k + 1).is_some()
                }) =>
        {
            return None;
        }
        // "une dizaine d'acquisitions, dont celle de Y": the pronoun takes
        // up a plural noun of acquisition told just before ("plusieurs
        // offres, dont celle de Norlac" names a bidder, no company bought).
        Frame::Acquire
            if s.is_word(t, &["dont", "notamment"])
                && !(t.saturating_sub(12).max(left_bound)..t).any(|k| {
                    s.is_word(
                        k,
                        &[
                            "acquisitions",
                            "rachats",
                            "purchases",
                            "takeovers",
                            "achats",
                        ],
                    )
                }) =>
        {
            return None;
        }
        // "sa deuxième acquisition de l'année, après celle de Y": the
        // pronoun takes up a noun of acquisition told just before, in the
        // singular too.
        Frame::Acquire
            if s.is_word(t, &["après"])
                && !(t.saturating_sub(12).max(left_bound)..t).any(|k| {
                    s.is_word(k, &["acquisition", "rachat", "acquisitions", "rachats"])
                }) =>
        {
            return None;
        }
        // "could be sold to a buyer such as Halvern or Pivane", "à un
        // repreneur comme Y": buyers given as examples of a buyer to come
        // are no party.
        Frame::Sell | Frame::Acquire
            if (t_end..right_bound.min(t_end + 8))
                .find(|&k| s.org_at(k).is_some())
                .is_some_and(|k| {
                    let example = if s.is_word(k - 1, &["like", "comme"]) {
                        k - 1
                    } else if k >= 2
                        && s.is_word(k - 1, &["as", "que", "qu'"])
                        && s.is_word(k - 2, &["such", "tel", "tels", "telle", "telles"])
                    {
                        k - 2
                    } else {
                        return false;
                    };
                    example >= 1 && s.is_in(example - 1, &PROSPECTIVE_BUYERS)
                }) =>
        {
            return None;
        }
        // "for use in gasoline", "the use of Y's network": "use" after a
        // preposition or a determiner is a noun, no purchase.
        Frame::BuyServices
            if s.is_word(t, &["use"])
                && t > 0
                && s.is_word(
                    t - 1,
                    &[
                        "for", "of", "in", "the", "a", "its", "their", "no", "any", "into",
                    ],
                ) =>
        {
            return None;
        }
        // "s'appuiera sur Y pour ses serveurs": relying on a company buys
        // from it only when services or goods are named ("s'appuie sur Y
        // pour conquérir l'Asie" is no purchase).
        Frame::BuyServices
            if s.words(t, t_end).iter().any(|w| w.starts_with("appui"))
                && !right_words
                    .iter()
                    .any(|w| SERVICE_WORDS.contains(w) || lexicon::GOODS.contains(w)) =>
        {
            return None;
        }
        // ("British outsourcing company Quellin", "an outsourcing firm": a
        // verb's gerund before a company's noun names its trade.)
        Frame::BuyServices
            if t_end - t == 1
                && s.norm(t).ends_with("ing")
                && s.is_in(t_end, &lexicon::DESCRIPTION_HEADS) =>
        {
            return None;
        }
        // A spending verb buys services only when they are named; a phrase
        // ("contrat d'approvisionnement") names the purchase itself.
        Frame::BuyServices
            if t_end - t == 1
                // ("outsource", "externaliser": the verb names services.)
                && !s.norm(t).starts_with("outsourc")
                && !s.norm(t).starts_with("externalis")
                // ("ordered them from Y", "les trains, qu'elle a commandés à
                // Y", "the trains ordered by X from Y": goods an order names
                // by a pronoun, or follows as a participle, were told before.)
                && !goods_ordered_before(s, t, t_end)
                // ("will license Y's drug": licensing names the right
                // bought.)
                && !s.norm(t).starts_with("licen")
                // ("will spend $10 billion over five years on Y's data
                // centres": after a verb of spending, the services may come
                // past a sum and a span.)
                && !(if s.norm(t).starts_with("spen") || s.norm(t).starts_with("dépens") {
                    further_words
                } else {
                    right_words
                })
                .iter()
                .any(|w| SERVICE_WORDS.contains(w))
                // ("will use Kelmix's technology": a thing used names the
                // purchase after a verb of using.)
                && !technology_used(s.norm(t), right_words)
                // "a commandé 30 Airbus A350": a maker's model is goods.
                && maker_goods(s, t_end, right_bound).is_none()
                // "ordered 15 TGV M from Y": what is counted is goods, named
                // or not.
                && !counted(s, t_end, right_bound) =>
        {
            return None;
        }
        // "has been looking for acquisitions since it sold ...", "growth
        // through takeovers": deals in the plural, named by nothing after
        // them, are deals in general.
        Frame::Acquire | Frame::Merge if deals_in_general(s, t, t_end) => return None,
        // ("a power purchase agreement to supply electricity to Y": the
        // purchase names the agreement's kind, read by the agreement.)
        Frame::Acquire | Frame::BuyServices
            if s.is_word(t_end - 1, &["purchase", "offtake"])
                && super::purpose::supplying_purchase_agreement(s, t_end, right_bound) =>
        {
            return None;
        }
        // "buy Y's cloud business": a business bought is a company's part,
        // whatever its trade.
        // ("for its business jets": a unit's noun qualifying goods names
        // a kind of the goods.)
        Frame::Acquire
            if right_words.iter().enumerate().any(|(j, w)| {
                lexicon::is(&lexicon::UNIT_NOUNS, w)
                    && !right_words
                        .get(j + 1)
                        .is_some_and(|next| super::sentence::GOODS.contains(next))
            }) => {}
        // ("achètera pendant cinq ans une partie de la production de Y": past
        // a duration right after the verb.)
        Frame::Acquire
            if buys_plainly(s.norm(t))
                && let object = s.past_duration(t_end, right_bound)
                && (services_bought(bought_before_a_name(s, object, right_bound))
                    || maker_goods(s, object, right_bound).is_some()
                    || counted_goods_from(s, object, right_bound)
                    || seller_then_goods(s, object, right_bound)) =>
        {
            frame = Frame::BuyServices;
        }
        // "will sell 12 satellites to Y": goods sold are supplied.
        Frame::Sell if super::buying::counted_goods_sold(s, t_end, right_bound) => {
            frame = Frame::Supply;
        }
        // "acquired the rights to Tarrin's drug", "a acquis auprès de Tarrin
        // les droits de son médicament": rights bought are a licence, bought
        // from their owner.
        Frame::Acquire if rights_bought(s, t_end, right_bound) => {
            frame = Frame::BuyServices;
        }
        // "holds 9.8 pct of Y's common stock, which it bought for
        // investment", "les actions qu'il a achetées": a relative on shares
        // or a stake tells how the holding was bought, which the stake's
        // own trigger reads; it buys no company.
        Frame::Acquire if relative_on_shares(s, t, left_bound) => return None,
        // "sold the rights to its drug to Tarrin", "a cédé à Tarrin les
        // droits de son médicament": rights sold are a licence supplied.
        Frame::Sell if rights_bought(s, t_end, right_bound) => {
            frame = Frame::Supply;
        }
        // "Dravelle, qui achètera 30 appareils", "will buy up to 200 buses":
        // things counted and bought from no one named are goods, no
        // company bought.
        Frame::Acquire
            if buys_plainly(s.norm(t)) && counted_goods_unsold(s, t_end, right_bound) =>
        {
            return None;
        }
        // "ont remporté l'appel d'offres pour la reprise de Kelmix", "won
        // the tender for the purchase of Kelmix": a tender for a purchase
        // is that purchase, which its own trigger reads.
        Frame::WinContract
            if super::purpose::deal_complement_start(s, (t_end, t_end + 6), right_bound)
                .is_some_and(|c| {
                    (c + 1..(c + 4).min(right_bound))
                        .any(|j| matches!(s.frame_at(j), Some(Frame::Acquire | Frame::Sell)))
                }) =>
        {
            return None;
        }
        // "A contract was awarded to Y", "un contrat a été attribué à Y":
        // the contract may be the passive's subject.
        Frame::WinContract
            if !right_words.iter().any(|w| CONTRACT_WORDS.contains(w))
                // ("received an order": the phrase names it.)
                && !s.words(t, t_end).iter().any(|w| CONTRACT_WORDS.contains(w))
                && !s
                    .words(t.saturating_sub(8), t)
                    .iter()
                    .any(|w| CONTRACT_WORDS.contains(w)) =>
        {
            return None;
        }
        // "has chosen Y as its technology partner", "a choisi Y comme
        // partenaire": choosing a partner makes a partnership.
        Frame::Select
            if (t_end..right_bound.min(t_end + 8)).any(|k| {
                s.is_word(k, &["as", "comme"])
                    && (k + 1..right_bound.min(k + 5))
                        .any(|j| s.is_word(j, &["partner", "partenaire"]))
            }) =>
        {
            frame = Frame::Partner;
        }
        // "picked Y to supply radio equipment", "a choisi Y pour construire",
        // "selected by X as its supplier": choosing is a contract only for
        // a job a supplier does ("hired Y to advise" is no supply, nor is
        // "hired Y to run an auction").
        // ("tapped Y for cloud services", "a choisi Y pour ses serveurs":
        // chosen for a service or goods is a supplier too.)
        // ("chose Y as the supplier of its engines": the job may be a
        // description's head, read on the tokens.)
        // ("picked Y, a Swedish software firm, to upgrade its systems": the
        // job may follow an apposition on the one chosen.)
        // ("retenu par Orvane Mobilités, l'autorité des transports de la
        // région, pour fournir 60 rames": or a long apposition on the one
        // choosing.)
        Frame::Select
            if !(further_words.iter().any(|w| COMMISSIONED_WORK.contains(w))
                || (t_end..right_bound.min(t_end + 4))
                    .find(|&k| s.is_comma(k))
                    .and_then(|open| {
                        (open + 1..right_bound.min(open + 12)).find(|&k| s.is_comma(k))
                    })
                    .is_some_and(|close| {
                        s.words(close + 1, right_bound.min(close + 5))
                            .iter()
                            .any(|w| COMMISSIONED_WORK.contains(w))
                    })
                || right_tokens(s, t_end, right_bound.min(t_end + 8))
                    .any(|w| COMMISSIONED_WORK.contains(w))
                || right_words
                    .iter()
                    .skip_while(|w| !matches!(**w, "for" | "pour"))
                    .take(5)
                    .any(|w| crate::triggers::SERVICE_WORDS.contains(w)))
                || right_words.iter().any(|w| ADVISORY_WORK.contains(w))
                // ("hired Harvane to run the process", "to manage the sale
                // process": the process a deal goes through; "to process
                // payments" is a service.)
                || right_words
                    .windows(2)
                    .any(|w| matches!(w, ["the" | "sale" | "bidding", "process"]))
                // ("hired investment bank Harvane to run the process": a
                // bank or a law firm hired works on a deal, as an adviser.)
                || right_tokens(s, t_end, right_bound.min(t_end + 6)).any(|w| {
                    matches!(w, "bank" | "banks" | "banque" | "banques" | "lawyers" | "avocats")
                }) =>
        {
            return None;
        }
        // ("tendered its shares in Y to Harvane's offer": the verb of
        // tendering reads the bid.)
        Frame::Offer if super::bids::tendered_into(s, t, left_bound) => return None,
        // "agreed to tender their shares to the offer", "se sont engagés à
        // apporter leurs titres à l'offre": holders selling into an offer
        // told before make no bid of their own.
        // ("d'apporter ses actions à son offre": so to the offer of the one
        // they committed to, by its possessive.)
        Frame::Offer
            if t >= 2
                // (A possessive determiner is read as a reference: its
                // word is asked for.)
                && matches!(
                    s.norm(t - 1),
                    "the" | "l'" | "cette" | "this" | "its" | "their" | "son" | "sa" | "leur"
                )
                && s.is_word(t - 2, &["to", "à", "into"])
                // (The verb of tendering may open a clause of its own
                // before the trigger's.)
                && (t.saturating_sub(8)..t - 2).any(|k| {
                    s.is_word(
                        k,
                        &[
                            "tender",
                            "tendered",
                            "tendering",
                            "tenders",
                            "apporter",
                            "apporté",
                            "apportent",
                            "apporteront",
                            "apportera",
                        ],
                    )
                }) =>
        {
            return None;
        }
        // A customer's noun tells a custom only with the company it buys
        // from: a possessive right before it, past adjectives ("Corlith's
        // largest customer"), or "of"/"de" right after it ("a customer of
        // Corlith", "client de Corlith"); "wrote to its customers", "won
        // new clients" name none. ("Orvane's biggest Kelmix-brand
        // customers": a name inside the noun's phrase is no customer
        // either.) A customer bought, sold or invested in ("bought its
        // largest customer, Pivane") is that deal's object.
        Frame::CustomerNoun
            if deal_told_before(s, left_bound, t)
                || !((t.saturating_sub(5).max(left_bound)..t).any(|k| {
                    k > 0
                        && s.is_word(k, &["'s", "'"])
                        && matches!(s.items[k - 1].2, Item::Ref(Reference::Org(_)))
                        && (k + 1..t).all(|j| s.items[j].2 == Item::Word)
                }) || (s.is_word(t_end, &["of", "de", "d'", "du"])
                    && t_end + 1 < n
                    && matches!(s.items[t_end + 1].2, Item::Ref(_))))
                // ("Tessel sold its old plant to a customer of Orvane": a
                // customer governed by a preposition is no predicate of
                // the name before it.)
                || (t.saturating_sub(3).max(left_bound)..t).any(|k| {
                    s.is_word(
                        k,
                        &["to", "for", "with", "from", "by", "à", "pour", "avec", "par", "aux"],
                    )
                }) =>
        {
            return None;
        }
        // "Y's new owner, X,", "X, the new owner of Y", "X is the new owner
        // of Y": a new owner is a name set off after the noun, or the
        // subject of a copula or of an apposition; "Tarrin hopes to find a
        // new owner for the site soon" names none.
        Frame::NewOwner if !(owner_set_off(s, t_end) || owner_before(s, left_bound, t)) => {
            return None;
        }
        // "bought Kelmix's main supplier, Pivane", "a racheté son
        // fournisseur Pivex": a supplier bought, sold or invested in is the
        // object of that deal, no supply of its own; nor is the noun
        // describing a company named right after it ("formed a venture
        // with Korean supplier Hanjo", "avec le fournisseur Pivex",
        // "interest from buyout firm A and aerospace supplier B").
        Frame::Supply
            if s.is_word(t, super::buying::SUPPLIER_NOUNS)
                && (deal_told_before(s, left_bound, t)
                    || s.org_at(t_end).is_some()
                    // ("le rachat de son fournisseur de pales Pellow": past
                    // what it supplies.)
                    || (t_end..(t_end + 4).min(right_bound))
                        .find(|&k| s.org_at(k).is_some())
                        .is_some_and(|k| {
                            // ("le fournisseur exclusif de Y" supplies Y.)
                            k > t_end
                                && !s.is_word(k - 1, &["de", "d'", "des", "du", "of"])
                                && (t_end..k).all(|j| {
                                s.items[j].2 == Item::Word
                                    && !s.input.toks[s.items[j].0].is_capitalized()
                                    && prep_slot(s.norm(j)).is_none_or(|_| s.is_word(j, &["de", "d'", "des", "of"]))
                            })
                        })) =>
        {
            return None;
        }
        // "is working with Goldwin on the sale", "will work with Y on a
        // review of its options": an adviser worked with on a deal's own
        // process is no partner.
        // ("working with a Kelmix employee on a plan": a company's name
        // before a common noun names no partner.)
        Frame::Partner
            if (t..t_end).any(|k| s.is_word(k, super::acting::WORK_FORMS))
                && (right_words
                    .iter()
                    .skip_while(|w| !matches!(**w, "on" | "sur"))
                    .take(5)
                    .any(|w| DEAL_WORK.contains(w) || ADVISORY_WORK.contains(w))
                    || (t_end..right_bound.min(t_end + 8))
                        .find(|&k| s.is_word(k, &["on", "sur"]))
                        .is_some_and(|on| {
                            s.items[on - 1].2 == Item::Word
                                && !s.input.toks[s.items[on - 1].0].is_capitalized()
                        })) =>
        {
            return None;
        }
        // "racheté par ses dirigeants, associés à X", "Orvane, associé à
        // X, rachète Y": a participle in apposition says who acts beside
        // whom in another deal, not a partnership of its own.
        Frame::Partner
            if t > 0 && s.norm(t - 1) == "," && s.is_in(t, &lexicon::COMPANION_PARTICIPLES) =>
        {
            return None;
        }
        // "will combine its three affiliates into one", "fusionne ses
        // filiales": a company merging what it owns reorganises itself.
        // ("will merge its cable unit with Kelmix", "fusionner sa filiale
        // avec Kelmix": pooling a part of itself with another company is a
        // venture of the two.)
        Frame::Merge if s.is_word(t_end.min(n - 1), &["its", "sa", "son", "ses"]) => {
            let with_company = (t_end..right_bound.min(n)).any(|k| {
                s.is_word(k, &["with", "avec"])
                    // ("with its Kelmix subsidiary": itself still.)
                    && !s.is_word(k + 1, &["its", "sa", "son", "ses"])
                    && (k + 1..(k + 4).min(right_bound.min(n))).any(|j| s.org_at(j).is_some())
            });
            if !with_company {
                return None;
            }
            frame = Frame::JointVenture;
        }
        // "A and B will merge their satellite businesses", "fusionner leurs
        // activités": partners pooling parts of themselves form a venture.
        // ("combine their operations in a merger of equals": the companies
        // themselves merge.)
        // ("le rapprochement de leurs activités", "the combination of their
        // chip units": the noun's "of" before the possessive.)
        // ("to combine wealth units in $6 billion deal": a headline's bare
        // plural of units, one word of trade before it.)
        // ("to combine their regional airlines", "fusionner leurs banques":
        // what they merge is the companies themselves, counted in the
        // plural.)
        Frame::Merge
            if ((s.is_word(t_end.min(n - 1), &["their", "leurs", "leur"])
                && !(t_end + 1..(t_end + 4).min(right_bound.min(n)))
                    .take_while(|&k| s.items[k].2 == Item::Word)
                    .any(|k| s.is_in(k, &super::buying::COMPANIES_COUNTED)))
                || (t_end + 1 < n
                    && s.items[t_end].2 == Item::Word
                    && s.is_word(t_end + 1, &["units", "businesses", "divisions", "arms"]))
                || (s.is_word(t_end.min(n - 1), &["of", "de", "d'"])
                    && s.is_word(t_end + 1, &["their", "leurs", "leur"])
                    // ("a merger of their companies": the companies.)
                    && (t_end + 2..(t_end + 6).min(n))
                        .any(|k| s.is_in(k, &crate::lexicon::UNIT_NOUNS))))
                && !(0..n).any(|k| {
                    k != t && s.is_word(k, &["merger", "fusion", "all-stock", "all-share"])
                }) =>
        {
            frame = Frame::JointVenture;
        }
        // "le groupe regroupe trois marques": what a group comprises.
        Frame::Merge if s.norm(t).starts_with("regroup") => return None,
        // "vont rapprocher leurs activités de semi-conducteurs au sein d'une
        // nouvelle entité": partners pooling their own businesses in a new
        // entity form a venture.
        Frame::Partner
            if s.is_word(t_end.min(n - 1), &["their", "leurs", "leur"])
                && s.words(t_end, right_bound.min(n)).windows(2).any(|w| {
                    matches!(w[0], "new" | "nouvelle" | "nouvel" | "nouveau")
                        && matches!(
                            w[1],
                            "company" | "entity" | "venture" | "entité" | "société" | "structure"
                        )
                }) =>
        {
            frame = Frame::JointVenture;
        }
        // "X will supply Y", "a contract to supply": the verb; "money
        // supply rose", "Total supply of orange juice" use the noun.
        Frame::Supply
            if matches!(s.norm(t), "supply" | "supplies")
                && !(t > 0
                    && (matches!(s.items[t - 1].2, Item::Ref(_))
                        || s.is_word(t - 1, SUPPLY_VERB_OPENERS))) =>
        {
            return None;
        }
        // "Kelmix leased 20 jets to Y", "has leased", "will lease": the
        // lessor's verb after its subject or an auxiliary; "at leased
        // facilities", "a deepwater lease that" use the adjective or the
        // noun.
        Frame::Supply
            if matches!(s.norm(t), "lease" | "leases" | "leased" | "leasing")
                && !(t > 0
                    && (matches!(s.items[t - 1].2, Item::Ref(_))
                        || s.is_word(t - 1, SUPPLY_VERB_OPENERS)
                        || s.is_word(
                            t - 1,
                            &[
                                "has", "have", "had", "is", "are", "was", "were", "been", "be",
                            ],
                        ))) =>
        {
            return None;
        }
        // "51% owned by A and 49% by B", "détenue à 60 % par A et à 40 % par
        // B": shares split between owners make a venture.
        Frame::StakeNoun | Frame::JointVenture
            if super::founding::owned_in_shares(s, t, right_bound) =>
        {
            frame = Frame::JointVenture;
        }
        // "Pivane shareholders will receive Tessel shares, giving them a
        // 12% stake in the enlarged company": a stake a merger's price
        // gives the holders is no company's investment.
        Frame::StakeNoun
            if (t.saturating_sub(6)..t).any(|k| {
                s.is_word(
                    k,
                    &["giving", "give", "gives", "leaving", "leave", "leaves"],
                ) && matches!(
                    s.norm(k + 1),
                    "them" | "shareholders" | "holders" | "stockholders" | "investors"
                )
            }) =>
        {
            return None;
        }
        // "Les actionnaires de Kelmix détiendront 45 % du nouvel ensemble",
        // "Kelmix shareholders will own 45% of the combined group": what a
        // company's holders hold is their share of a merger, no deal of
        // the company's.
        // (Holders left with a majority of the other company took it over:
        // "Kelmix shareholders will hold 80% of Tessel".)
        Frame::StakeNoun
            if held_by_holders(s, t, left_bound)
                && stated_share(s.words(t, right_bound.min(t + 6))).is_none_or(|v| v < 50.0) =>
        {
            return None;
        }
        // "A and B will each own 50% of the new venture": owners of a
        // venture named by its noun are its partners.
        Frame::StakeNoun if super::founding::owns_venture(s, t, t_end, right_bound) => {
            frame = Frame::JointVenture;
        }
        // ("Kelmix, détenue à 30 % par Orbis": one owner's share is a
        // holding, told in passing; "Kelmix est détenue à 30 % par Orbis"
        // tells it as a stake.)
        Frame::JointVenture if t_end - t == 2 && s.is_word(t + 1, &["à"]) => {
            if !super::holders::share_held_by(s, t) {
                return None;
            }
            frame = Frame::StakeNoun;
        }
        Frame::JointVenture if !super::facilities::built_by_partners(s, t, t_end, left_bound) => {
            // ("Orvane will build a plant for Y under a $300 million
            // contract": one company building for a customer sells it
            // the works.)
            let build = (t..t_end).find(|&k| s.is_word(k, super::buying::BUILD_VERBS));
            if !build.is_some_and(|b| {
                super::buying::made_for_customer(s, b, b + 1, right_bound)
            }) {
                return None;
            }
            frame = Frame::MakeFor;
        }
        // "0.25 Kelmora shares for each share held", "pour chaque action
        // détenue": a share counted one by one is the unit of a price, no
        // stake.
        // ("for each share they own", "pour chaque action qu'ils
        // détiennent": a pronoun and a relative may stand between.)
        Frame::StakeNoun
            if (t.saturating_sub(4).max(left_bound)..t).any(|k| {
                s.is_word(k, &["each", "every", "per", "chaque"])
                    && s.is_word(k + 1, &["share", "action", "titre", "unit"])
                    && (k + 1..t).all(|j| s.items[j].2 == Item::Word)
            }) =>
        {
            return None;
        }
        // "formed a consortium to make an offer for Y", "ont constitué un
        // consortium pour racheter Y": a consortium formed to buy a company
        // is its bidders acting together, whose bid is the deal. (One formed
        // "to bid for the Helios project", naming no company, is their
        // venture.)
        Frame::JointVenture
            if s.words(t, t_end).contains(&"consortium")
                && (t_end..right_bound.min(t_end + 8)).any(|k| {
                    matches!(s.frame_at(k), Some(Frame::Acquire | Frame::Offer))
                        && (t_end..k).any(|j| s.is_word(j, &["to", "pour", "afin"]))
                        && (k + 1..right_bound.min(k + 8))
                            .any(|j| matches!(s.items[j].2, Item::Ref(_)))
                }) =>
        {
            return None;
        }
        // "proposed a merger with Y to form a new company": the company a
        // merger forms is the merged one, no venture beside it.
        Frame::JointVenture
            if s.words(t, t_end)
                .iter()
                .any(|w| matches!(*w, "company" | "société" | "entreprise" | "entité"))
                && (left_bound..t).any(|k| s.frame_at(k) == Some(Frame::Merge)) =>
        {
            return None;
        }
        // "secured backing from A and B": backing is money only received
        // ("gives backing to a bid", "cut its backing" support or end it).
        // "Orvane is backing Selvane with $50 million": after an
        // auxiliary, the verb's form, money backing a company (backing it
        // in talks supports it). ("has been backing Selvane since 2019":
        // backing it for years is holding it.)
        // "joined Orvane in backing Selvane's round": the gerund after
        // "joined ... in" is the verb's form too.
        Frame::InvestNoun
            if s.is_word(t, &["backing"])
                && t > 0
                && (s.is_word(t - 1, &["is", "are", "was", "were", "been"])
                    || (s.is_word(t - 1, &["in"])
                        && (t.saturating_sub(4).max(left_bound)..t - 1)
                            .any(|k| s.is_word(k, &["joined", "joins", "join"]))))
                && t_end + 2 < n
                && matches!(s.items[t_end].2, Item::Ref(_))
                && ((s.is_word(t_end + 1, &["with"])
                    && matches!(s.items[t_end + 2].2, Item::Amount(_)))
                    // "is backing Selvane's $30 million round": a round.
                    || (s.is_word(t_end + 1, &["'s"])
                        && (t_end + 2..(t_end + 6).min(n))
                            .any(|k| s.frame_at(k) == Some(Frame::RaiseNoun)))
                    || (s.is_word(t - 1, &["been"])
                        && s.is_word(t_end + 1, &["since", "for"]))) =>
        {
            frame = Frame::InvestVerb;
        }
        // "Menhir apportera ses capacités de financement", "its funding
        // needs": a company's means or needs of funding are no deal.
        Frame::InvestNoun
            if s.is_word(t, &["financing", "funding", "financement", "financements"])
                && ((t >= 2
                    && s.is_word(t - 1, &["de", "d'"])
                    && s.is_in(t - 2, &FUNDING_OTHER_SENSES))
                    || (t_end < n && s.is_in(t_end, &FUNDING_OTHER_SENSES))) =>
        {
            return None;
        }
        // ("Backing the company are A and B": opening its sentence before
        // a copula, it lists who backs it.)
        Frame::InvestNoun
            if s.is_word(t, &["backing"])
                && !(t.saturating_sub(4).max(left_bound)..t).any(|k| {
                    s.is_in(k, &super::acting::RECEIVE_VERBS) || s.is_in(k, &SECURING_VERBS)
                })
                && super::backers::backing_copula(s, t, t_end, n).is_none() =>
        {
            return None;
        }
        // "will provide processors for Quantix", "livrera des turbines pour
        // Y": goods supplied for a customer named after "for", none after
        // "to", are made for it (the verb's noun, "supplier of software for
        // Y's computers", describes a trade, and "provides for" stipulates).
        Frame::Supply
            if !s.is_word(t, &["supplier", "fournisseur"])
                && !(t_end..right_bound).any(|k| s.is_word(k, &["to", "à", "au", "aux"]))
                && s.org_at(t_end).is_none()
                && super::buying::made_for_customer(s, t, t_end, right_bound) =>
        {
            frame = Frame::MakeFor;
        }
        // "will design custom chips for Y": making goods for a customer.
        Frame::MakeFor if !super::buying::made_for_customer(s, t, t_end, right_bound) => {
            return None;
        }
        // "backed the $2 billion capital increase of Y": backing a round
        // told by its noun takes part in it; the round's noun reads the deal.
        Frame::InvestVerb
            if s.is_word(t, &["backed", "backs", "backing", "soutenu", "soutient"])
                && (t_end..(t_end + 7).min(right_bound).min(n))
                    .take_while(|&k| !matches!(s.items[k].2, Item::Ref(_)))
                    .any(|k| s.frame_at(k) == Some(Frame::RaiseNoun)) =>
        {
            return None;
        }
        // "raised its offer to 310 pence, topping Tarrin's 290 pence bid",
        // "dépassant l'offre de Tarrin": a rival's bid a company tops is for
        // the same target, not for that company; the sentence tells the
        // topping bid.
        Frame::Offer
            if s.is_word(t, &["bid", "bids", "offer", "offers", "offre", "proposal", "approach"])
                && (t.saturating_sub(6).max(left_bound)..t).any(|k| {
                    s.is_word(
                        k,
                        &[
                            "topping", "tops", "topped", "beating", "trumping", "trumps",
                            "trumped", "outbidding", "outbid", "surpassing", "matching",
                            "matched", "dépassant", "surpassant", "surenchérissant",
                        ],
                    )
                    // ("above a recommended offer from Z", "supérieure à
                    // l'offre de Z": a bid told by comparison, a few words
                    // before its noun; "above 7 dlrs since the Z bid" is
                    // a price.)
                    || (k + 4 >= t
                        && s.is_word(
                            k,
                            &["above", "exceeding", "exceeds", "supérieure", "supérieur"],
                        )
                        && (k + 1..t).all(|j| {
                            s.items[j].2 == Item::Word
                                && !s.norm(j).starts_with(|c: char| c.is_ascii_digit())
                        }))
                })
                // (Not when the sentence names the target: "made a counterbid
                // for Y, topping an agreed offer from Z" is Z's bid for Y.)
                && !(0..n).any(|k| {
                    s.is_word(k, &["for", "pour", "sur", "on"])
                        && (k + 1..(k + 4).min(n)).any(|j| s.org_at(j).is_some())
                }) =>
        {
            return None;
        }
        // "will buy back shares", "racheter ses propres actions", "un
        // programme de rachat d'actions": a company buying its own shares
        // makes no deal with another.
        Frame::Acquire
            if (t_end..(t_end + 4).min(n)).any(|k| {
                s.is_word(k, &["shares", "stock", "actions", "titres"])
            }) && (s.is_word(t_end.min(n - 1), &["back"])
                || (t_end..(t_end + 3).min(n)).any(|k| s.is_word(k, &["ses", "propres", "own"]))
                || (s.is_word(t_end.min(n - 1), &["d'"]) && s.is_word((t_end + 1).min(n - 1), &["actions"]))) =>
        {
            return None;
        }
        // "sold its outsourcing division to Y", "sa division d'infogérance":
        // a service's noun naming a company's part is a line of business,
        // not a service bought.
        Frame::BuyServices | Frame::Supply
            if (t_end < n && s.is_in(t_end, &lexicon::UNIT_NOUNS) && s.items[t_end].2 == Item::Word)
                || (t >= 2
                    && s.is_word(t - 1, &["de", "d'", "des"])
                    && s.is_in(t - 2, &lexicon::UNIT_NOUNS)) =>
        {
            return None;
        }
        // "Le tour de table associe A et B": a round's noun bringing its
        // backers in together names the round's investors (backers.rs),
        // not partners.
        Frame::Partner
            if s.is_in(t, &super::backers::LISTING_WORDS)
                && (left_bound..t).any(|k| s.frame_at(k) == Some(Frame::RaiseNoun)) =>
        {
            return None;
        }
        // "its former supplier Castor", "son ancien fournisseur": a tie
        // that has ended is no deal.
        // ("son ancien partenaire Selvane": so is a former partner.)
        Frame::Supply | Frame::Partner if t > 0 && s.is_in(t - 1, &FORMER_TIES) => {
            return None;
        }
        // "an eight pct interest in Y": a share of a company, not a rate.
        Frame::StakeNoun
            if matches!(s.norm(t), "interest" | "holding" | "ownership")
                // "majority ownership of Y": ownership takes "of" too.
                // ("the 50 pct interest of Y held by Z": so does a stake
                // whose holder is named after it.)
                // ("raise its holding to 30%": the holding told before.)
                && !((s.is_word(t_end.min(n - 1), &["in"])
                    || super::stakes::raises_own_stake(s, t)
                    || (s.is_word(t_end.min(n - 1), &["of"])
                        && (s.norm(t) == "ownership"
                            || (t_end + 1..right_bound.min(t_end + 8)).any(|k| {
                                s.is_word(k, &["held", "owned"])
                                    && s.is_word(k + 1, &["by"])
                            }))))
                    && ((t.saturating_sub(3)..t).any(|k| {
                        matches!(s.items[k].2, Item::Amount(_))
                            || s.norm(k) == "%"
                            || s.is_word(k, &["pct", "percent", "equity", "minority", "majority", "controlling"])
                    })
                        // "raised its holding in Y to 12 pct": the share
                        // the holding now has.
                        || (t_end..right_bound.min(t_end + 8)).any(|k| {
                            s.is_word(k, &["to"])
                                && (k + 1..right_bound.min(k + 4))
                                    .any(|j| s.is_word(j, &["pct", "percent"]) || s.norm(j) == "%")
                        }))
                    // A "working interest" is a share of an oil or gas field.
                    && !s.is_word(t.saturating_sub(1), &["working"])) =>
        {
            return None;
        }
        // "would give X control of Y": the buyer stands in the gap ("was
        // forced to give up control of the company" hands control away).
        Frame::AcquiredBy
            if s.is_word(t, &["give", "gives", "gave", "giving"])
                && !(t + 1..=t_end.min(n - 1)).any(|k| s.org_at(k).is_some()) =>
        {
            return None;
        }
        // "a mené à bien l'acquisition de Y": to carry through is to
        // complete, no round led.
        Frame::LeadVerb
            if s.is_word(t_end.min(n - 1), &["à"])
                && s.is_word((t_end + 1).min(n - 1), &["bien"]) =>
        {
            return None;
        }
        // French "part" is a share of a company only as an object: "pour sa
        // part" (for its part), "de la part de Y" (from Y), "la part du
        // lion", "une part de marché", "une part importante de" are not.
        Frame::StakeNoun
            if s.norm(t_end - 1) == "part"
                && ((t > 0 && s.is_word(t - 1, &["pour", "de", "d'"]))
                    || s.is_word(t_end.min(n - 1), &["du", "des", "importante", "croissante"])
                    || (s.is_word(t_end.min(n - 1), &["de"])
                        && s.is_word((t_end + 1).min(n - 1), &["marché", "marchés"]))) =>
        {
            return None;
        }
        // "Acme owns 9.9 pct of Y", "Acme détient 49 % de Y": owning is a
        // stake when a share follows.
        // ("has taken a minority position in Y": a share's size in words.)
        // ("Kelmix is 30% owned by Orvane": or a share held, told from the
        // company held.)
        // ("prend pied au capital de Y": a phrase of entering the capital
        // opened by a verb of taking needs no share.)
        Frame::StakeNoun
            if lexicon::OWNING_VERBS.contains(s.norm(t))
                && !s.words(t, t_end).contains(&"capital")
                && !super::holders::share_held_by(s, t)
                && !(t_end..(t_end + 4).min(right_bound)).any(|k| {
                    s.is_word(k, &["pct", "percent", "%", "cent"])
                        || s.norm(k) == "%"
                        || (s.is_word(k, &["minority", "majority", "controlling"])
                            && s.is_word(k + 1, &["position", "stake", "interest", "holding"]))
                }) =>
        {
            return None;
        }
        // "received $2 million worth of Y products": what is received is a
        // stake only when it is shares.
        Frame::StakeNoun
            if s.norm(t).starts_with("receiv")
                && !(t..(t + 10).min(right_bound))
                    .any(|k| s.is_word(k, &["shares", "stock", "equity"])) =>
        {
            return None;
        }
        // "controls 35% of the cement market": control of a share is a
        // stake only in a company named right after its "of".
        Frame::StakeNoun
            if s.is_word(t, &["controls", "controlled", "contrôle", "contrôlait", "contrôlent"])
                && !(t_end..(t_end + 5).min(right_bound)).any(|k| {
                    s.is_word(k, &["of", "de", "d'", "du"])
                        && (s.org_at(k + 1).is_some()
                            || (s.is_word(k + 1, &["the"]) && s.org_at(k + 2).is_some()))
                }) =>
        {
            return None;
        }
        // "signed a contract to provide computing capacity to Y": providing
        // or delivering is a supply deal under a contract the sentence names,
        // or of services, compute or chips.
        Frame::Supply
            if matches!(
                s.norm(t),
                "provide" | "provides" | "providing" | "deliver" | "delivers"
            ) && !names_agreement(s.words(0, n))
                && !right_words.iter().any(|w| SERVICE_WORDS.contains(w)) =>
        {
            return None;
        }
        // "paid $900 million for a licence to its drug", "paid $5 million
        // in settlement": a sum paid for rights, fees or damages buys no
        // company. (A sale's proceeds stay: "paid $2 billion for the sale
        // of its unit" may still tell a purchase.)
        Frame::Pay
            if (t_end..right_bound.min(t_end + 8))
                .take_while(|&k| !matches!(s.items[k].2, Item::Ref(_)))
                .any(|k| {
                    s.is_in(k, &raising::PAYMENT_PURPOSES)
                        && !s.is_word(
                            k,
                            &[
                                "sale", "sales", "proceeds", "vente", "ventes", "cession",
                                "produit",
                            ],
                        )
                }) =>
        {
            return None;
        }
        // "took a 30% stake in Y, paying $90 million for it": what a
        // participle of paying pays for, as a pronoun, is the stake told
        // before, whose price it gives; it buys no company.
        Frame::Pay
            if t > 0
                && s.norm(t - 1) == ","
                && (t_end..right_bound).any(|k| {
                    s.is_word(k, &["for"])
                        && k + 1 < n
                        && matches!(s.items[k + 1].2, Item::Ref(Reference::Pronoun))
                })
                && (left_bound..t).any(|k| s.frame_at(k) == Some(Frame::StakeNoun)) =>
        {
            return None;
        }
        // "raised $20 million", "lève 10 millions": the money is what is
        // raised; "raised tariffs", "raised its forecast" raise none.
        Frame::RaiseVerb if !raising::raises_money(s, (left_bound, t, t_end, right_bound)) => {
            return None;
        }
        // "raised $500 million by selling its stake in Y to Z", "a levé des
        // fonds en cédant sa filiale": money raised by a sale is its price,
        // which the sale's own trigger reads.
        Frame::RaiseVerb
            if (t_end..right_bound.min(t_end + 8)).any(|k| {
                (s.is_word(k, &["by", "en"])
                    && s.is_word(
                        k + 1,
                        &["selling", "cédant", "vendant", "divesting", "disposing"],
                    ))
                    || (s.is_word(k, &["through", "from", "via"])
                        && s.is_word(k + 1, &["the", "a", "la", "sa", "its"])
                        && s.is_word(k + 2, &["sale", "disposal", "divestment", "cession", "vente"])
                        // ("through the sale of 2.3 mln shares": selling
                        // its own shares is raising.)
                        && !(k + 3..(k + 9).min(right_bound)).any(|j| {
                            s.is_word(
                                j,
                                &["shares", "stock", "equity", "notes", "bonds", "actions", "titres"],
                            )
                        }))
            }) =>
        {
            return None;
        }
        // "the private placement of 71 mln dlrs of senior notes": debt.
        Frame::RaiseNoun if raising::placed_debt(s, t, t_end, right_bound) => {
            return None;
        }
        // "a signé avec l'Agence un contrat", "signed with Y a contract": a
        // bare contract, or agreements in the plural, are a deal only under
        // a signing verb.
        // "a $300 billion cloud contract with Y" says what it buys.
        Frame::Agreement
            if t_end - t == 1
                && s.is_word(
                    t,
                    &["contract", "contracts", "contrat", "contrats", "agreements"],
                )
                && !(left_bound.max(t.saturating_sub(8))..t).any(|k| {
                    s.is_in(k, &SIGNING_VERBS)
                        // ("has agreed supply contracts with A": a contract
                        // agreed, the verb's own object; "agreed to end the
                        // contract" is another verb's.)
                        || (s.is_word(k, &["agreed", "agrees"])
                            && !(k + 1..t).any(|j| s.is_word(j, &["to"])))
                })
                && !(t > 0 && s.is_in(t - 1, &SERVICE_WORDS))
                && !(t + 1 < n && s.is_in(t + 1, &SERVICE_WORDS)) =>
        {
            return None;
        }
        // "signed a memorandum of understanding for the sale of Y", "un
        // protocole d'accord en vue de la cession de Y": an agreement whose
        // complement names the money deal it is for is that deal, which its
        // own trigger reads.
        Frame::Agreement
            if super::purpose::deal_complement_start(s, (t_end, t_end + 3), right_bound)
                .is_some() =>
        {
            return None;
        }
        // "received a binding offer from X for the purchase of Y", "une
        // offre ferme de X pour le rachat de Y": so is an offer whose
        // complement names the purchase (who received it sells).
        // (Only where that purchase names its company right after its "of":
        // "pour le rachat de sa filiale Kelmix" is read by the offer, whose
        // receiver sells the unit; "en vue d'un rapprochement" names none.)
        // ("won the tender for the acquisition of Y": the trigger's own
        // "for" may open the complement.)
        Frame::Offer
            if super::purpose::deal_complement_start(s, (t_end, t_end + 5), right_bound)
                .or_else(|| s.is_word(t_end - 1, &["for", "pour"]).then(|| t_end - 1))
                .is_some_and(|c| {
                    (c + 1..(c + 4).min(right_bound)).any(|j| {
                        s.frame_at(j).is_some()
                            && s.is_word(j + 1, &["of", "de", "d'", "du"])
                            && s.org_at(j + 2).is_some()
                    })
                }) =>
        {
            return None;
        }
        // "signed a share purchase agreement with Y": the purchase of
        // shares it frames is told by its own words (who buys which shares),
        // not by the agreement's, which names no side.
        Frame::Agreement
            if t >= 2
                && s.is_word(t - 1, &["purchase", "sale", "subscription"])
                && s.is_word(t - 2, &["share", "shares", "stock", "equity", "asset", "assets"]) =>
        {
            return None;
        }
        // "a collective agreement", "trade agreements", "un accord
        // salarial": labour, trade and legal settlements are no deal.
        Frame::Agreement
            if (t.saturating_sub(2).max(left_bound)..t)
                .chain(t_end..(t_end + 2).min(right_bound))
                .any(|k| s.is_in(k, &OTHER_SENSES)) =>
        {
            return None;
        }
        // "The deal gives Velora access to Nvidia chips": a definite
        // agreement with no counterpart named is a deal told before.
        // ("The deal follows X's purchase of Y and a licensing agreement
        // with Z": a counterpart after another deal's word is that one's.)
        Frame::Agreement
            if t > 0
                && s.is_word(t - 1, &["the", "this", "that", "l'", "cet", "cette", "ce"])
                && !(t_end..right_bound)
                    .take_while(|&k| k == t_end || s.frame_at(k).is_none())
                    .any(|k| s.is_word(k, &["with", "between", "avec", "entre"])) =>
        {
            return None;
        }
        // "acquired Y in a deal with Z", "under the agreement": the deal of
        // a trigger read before in the sentence, not another one.
        Frame::Agreement
            if earlier
                .iter()
                .any(|m| m.sentence == s.input.index && !m.generic)
                && (t.saturating_sub(3)..t).any(|k| {
                    s.is_word(
                        k,
                        &["in", "under", "through", "via", "dans", "par", "selon"],
                    )
                }) =>
        {
            return None;
        }
        // "took a 50% stake in the venture", "une participation de 51 %
        // dans la coentreprise": a partner's share of a venture is part of
        // the venture's deal, not a stake in a company (its owners "will
        // hold" one are read as partners above).
        // ("a racheté la part de Quell dans leur coentreprise Halvern": a
        // partner's share of a named venture bought or sold is a deal of
        // its own.)
        Frame::StakeNoun
            if (t_end..(t_end + 6).min(n)).any(|k| {
                s.is_word(k, &["of", "in", "de", "dans"])
                    && (k + 1..(k + 3).min(n))
                        .take_while(|&j| s.items[j].2 == Item::Word)
                        .any(|j| {
                            s.is_in(j, &crate::lexicon::VENTURE_NOUNS)
                                && !s.is_word(j, &["project", "projet"])
                                // ("dans leur coentreprise chinoise Y": an
                                // adjective may stand before the name.)
                                && !((j + 1..(j + 4).min(n))
                                    .find(|&v| s.items[v].2 != Item::Word)
                                    .is_some_and(|v| s.org_at(v).is_some())
                                    && (t.saturating_sub(4)..t).any(|v| s.deal_verb_at(v)))
                        })
            }) =>
        {
            return None;
        }
        // "wins arbitration over Hess's Guyana stake", "a dispute over its
        // stake": a stake a dispute is about is no stake taken ("took over
        // Y's stake" takes it).
        Frame::StakeNoun
            if (t.saturating_sub(6).max(left_bound)..t).any(|k| {
                s.is_word(k, &["over"])
                    && !(k > 0 && s.is_word(k - 1, &["took", "take", "takes", "taking", "taken"]))
                    && (k + 1..t).all(|j| s.items[j].2 != Item::Punct || s.norm(j) == "%")
            }) =>
        {
            return None;
        }
        // "SoftBank a cédé sa participation dans Nvidia", "sold its stake in
        // Y", "will keep a 30% stake": a stake sold or kept is no investment
        // of its holder's ("sold its investment in Y", "exited its
        // investment": nor is an investment).
        Frame::InvestNoun
            if t >= 1
                && s.is_word(t - 1, super::sentence::POSSESSIVES)
                && s.words(left_bound.max(t.saturating_sub(4)), t)
                    .iter()
                    .any(|w| STAKE_NOT_TAKEN.contains(w)) =>
        {
            return None;
        }
        // "Orbis's stake in Y was cut to 5%": the verb may follow, passive.
        // ("is to sell to the public its 47 pct stake": the buyer may stand
        // between; another verb after "and" starts anew.)
        Frame::StakeNoun
            if s.words(
                (left_bound.max(t.saturating_sub(9))..t)
                    .rev()
                    .find(|&k| s.is_word(k, &["and", "et"]))
                    .map_or(left_bound.max(t.saturating_sub(9)), |k| k + 1),
                t,
            )
            .iter()
            .any(|w| STAKE_NOT_TAKEN.contains(w))
                || (t_end..right_bound.min(t_end + 6)).any(|k| {
                    s.is_word(k, &["was", "were", "been", "été", "est"])
                        && k + 1 < right_bound
                        && s.is_in(k + 1, &STAKE_NOT_TAKEN)
                })
                // ("Hires Banks for Y Stake Sale": a sale's noun right
                // after the stake sells it.)
                || (t_end < right_bound
                    && s.is_word(t_end, &["sale", "sell-off", "disposal", "divestment"])) =>
        {
            return None;
        }
        // "Syntony arrive juste derrière avec une opération de 15 millions
        // d'euros": in a review of rounds, an operation of a stated amount
        // is the round of the sentence's company; elsewhere it is any deal.
        // ("Norlac a investi 1,3 milliard dans l'opération", "en y
        // participant": the operation a backer takes part in, right after
        // a round, is that round.)
        Frame::RaiseNoun
            if s.is_word(t, &["opération", "operation"])
                && !(recent_round
                    && ((t_end + 1 < n
                        && s.is_word(t_end, &["de", "d'"])
                        && matches!(s.items[t_end + 1].2, Item::Amount(_)))
                        || super::backers::joins_round(s, t, t_end)
                        // ("L'opération a rassemblé A, B et C": the round
                        // told before, listing its backers.)
                        || (t >= 1
                            && s.is_word(t - 1, &["l'", "cette", "the", "this"])
                            && ((t_end..(t_end + 3).min(n))
                                .any(|k| s.is_in(k, &super::backers::LISTING_WORDS))
                                || backers_seen(s, t_end))))) =>
        {
            return None;
        }
        // "a massive round of closures", "a new round of price cuts": a
        // round "of" something is a funding round only when that something
        // is money.
        Frame::RaiseNoun
            if s.is_word(t_end - 1, &["round", "rounds"])
                && t_end + 1 < n
                && s.is_word(t_end, &["of"])
                && !(t_end + 1..(t_end + 3).min(n)).any(|k| s.is_in(k, &ROUND_MONEY)) =>
        {
            return None;
        }
        // "launched the AI Infrastructure Partnership": founding counts
        // only for a venture named as one right after the verb.
        Frame::Found | Frame::JoinVenture => {
            let named = founded_venture(
                s,
                t,
                t_end,
                right_bound,
                frame == Frame::JoinVenture,
                recent_venture,
            );
            // "A, B et C lancent un projet de 100 milliards de dollars":
            // a project several companies launch together is their venture,
            // unnamed.
            if named.is_none() {
                if frame == Frame::Found
                    && super::facilities::joint_project(s, t, t_end, left_bound, right_bound)
                {
                    frame = Frame::JointVenture;
                } else {
                    return None;
                }
            }
        }
        // "A and B also took part": in a round told just before, or in the
        // round or company named after it; "took part in the talks" is no
        // investment.
        Frame::JoinRound if !raising::joins_a_round(s, t_end, right_bound, recent_round) => {
            // "A and B launched the Kelmix Alliance. C and D have also
            // joined": with no round told, joining with nothing after it
            // joins the venture told last.
            if recent_venture.is_some()
                && super::founding::joined_without_object(s, t_end, right_bound)
            {
                frame = Frame::JoinVenture;
            } else {
                return None;
            }
        }
        Frame::LeadVerb if !raising::leads_a_round(s, recent_round) => return None,
        // "financing provided by a group of banks led by Y", "un pool de
        // banques mené par Y": lenders led lend; no round.
        Frame::LeadVerb
            if (t.saturating_sub(2).max(left_bound)..t).any(|k| s.is_in(k, &LENDER_NOUNS)) =>
        {
            return None;
        }
        Frame::Offer
            if t_end == t + 1
                && s.is_word(t, &["approach", "overture", "overtures"])
                && !bids::answered_approach(s, t, t_end, left_bound, right_bound) =>
        {
            return None;
        }
        // "had agreed to provide financing for the tender offer", "le
        // financement de l'offre": money lent for a bid makes no bidder.
        Frame::Offer
            if (t.saturating_sub(5).max(left_bound)..t).any(|k| {
                s.is_word(
                    k,
                    &["financing", "loans", "financement", "financements"],
                )
            }) =>
        {
            return None;
        }
        // ("Kelmix put Norlac up for sale. Scoria made a bid of 1.5
        // billion euros": a bid naming no company, right after a company
        // was told for sale, is for it; `later_buyer` names it.)
        Frame::Offer
            if !(bids::takeover_bid(s, t, t_end, right_bound)
                || (recent_sale
                    && (super::later_buyer::new_bid_for_sale(
                        s,
                        (t, t_end),
                        (left_bound, right_bound),
                        earlier,
                    ) || super::later_buyer::bids_received_for_sale(s, t, t_end)))) =>
        {
            return None;
        }
        _ => {}
    }
    Some(frame)
}

/// Whether the verb of ordering at `t..t_end` orders goods told before
/// it: what a pronoun stands for ("ordered them from Y", "les a commandés à
/// Y", "les trains, qu'elle a commandés à Y") or the goods its participle
/// follows ("the trains ordered by X from Y").
fn goods_ordered_before(s: &Sentence<'_>, t: usize, t_end: usize) -> bool {
    let ordering =
        matches!(s.norm(t), "ordered" | "order" | "orders") || s.norm(t).starts_with("command");
    // (A clitic or a relative pronoun, then only the subject and an
    // auxiliary before the verb.)
    let told_before = (t.saturating_sub(4)..t).any(|j| {
        s.is_word(j, &["les", "la", "le", "l'", "que", "qu'"])
            && (j + 1..t).all(|q| {
                matches!(s.items[q].2, Item::Ref(_))
                    || s.is_word(q, &["a", "ont", "avait", "avaient"])
            })
    });
    // ("the trains ordered by Kelmix from Y", "les rames commandées par
    // Kelmix à Y", "were ordered by": a participle right after the goods,
    // or their auxiliary, then its buyer.)
    let goods_at = (0..t).rev().take(3).find(|&k| {
        !s.is_word(
            k,
            &[
                "were", "was", "are", "is", "been", "being", "ont", "a", "été", "sont", "seront",
                "be", "will", "have", "has", "had",
            ],
        )
    });
    let after_goods = goods_at.is_some_and(|k| super::sentence::GOODS.contains(s.norm(k)))
        && s.is_word(t_end, &["by", "par"])
        && matches!(
            s.items.get(t_end + 1).map(|i| &i.2),
            Some(Item::Ref(Reference::Org(_)))
        );
    ordering && (s.is_word(t_end, &["them", "it"]) || told_before || after_goods)
}

/// Whether the subject right before a stake's trigger at `t` is a
/// company's holders ("les actionnaires de Kelmix", "Kelmix's
/// shareholders", "Kelmix shareholders"), past an auxiliary or a word of
/// time.
fn held_by_holders(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    const HOLDERS: &[&str] = &["shareholders", "stockholders", "actionnaires"];
    let subject = (left_bound..t).rev().take(4).find(|&k| {
        !s.is_word(
            k,
            &[
                "will", "would", "shall", "then", "together", "also", "each", "alone",
            ],
        )
    });
    subject.is_some_and(|k| {
        s.is_word(k, HOLDERS)
            || (matches!(s.items[k].2, Item::Ref(Reference::Org(_)))
                && k >= left_bound + 2
                && s.is_word(k - 1, &["de", "d'", "du", "of"])
                && s.is_word(k - 2, HOLDERS))
    })
}

/// The words of the tokens of items `from..to`, descriptions' own words
/// included (`Sentence::words` leaves references out).
fn right_tokens<'s>(s: &'s Sentence<'_>, from: usize, to: usize) -> impl Iterator<Item = &'s str> {
    let toks = s.input.toks;
    let at = |k: usize| s.items.get(k).map_or(toks.len(), |i| i.0);
    toks[at(from)..at(to).max(at(from))]
        .iter()
        .map(|t| t.norm.as_str())
}

/// Whether the rights to a product are what the buying or selling verb
/// ending at `t_end` takes: "the (exclusive) rights to", "les droits
/// (mondiaux) de", past a seller or a buyer named first ("auprès de Tarrin
/// les droits de", "a cédé à Tarrin les droits de").
fn rights_bought(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    let end = right_bound.min(t_end + 8);
    let mut k = t_end;
    if s.is_word(k, &["from", "auprès", "à", "au", "to"]) {
        k += usize::from(s.is_word(k + 1, &["de", "d'", "du"])) + 1;
        if k >= end || s.org_at(k).is_none() {
            return false;
        }
        k += 1;
    }
    (k..end)
        .take_while(|&j| s.items[j].2 == Item::Word)
        .find(|&j| {
            !s.is_word(
                j,
                &[
                    "the",
                    "les",
                    "exclusive",
                    "global",
                    "worldwide",
                    "exclusifs",
                ],
            )
        })
        .is_some_and(|j| {
            s.is_word(j, &["rights", "droits"]) && s.is_word(j + 1, &["to", "of", "de", "d'", "du"])
        })
}

/// Whether the buying verb at `t` stands in a relative clause whose
/// antecedent is shares or a stake: "stock, which it bought", "the shares
/// that it acquired", "les actions qu'il a achetées".
fn relative_on_shares(s: &Sentence<'_>, t: usize, left_bound: usize) -> bool {
    const SHARES: &[&str] = &[
        "stock",
        "shares",
        "stake",
        "stakes",
        "interest",
        "holding",
        "actions",
        "titres",
        "participation",
        "parts",
    ];
    (left_bound.max(t.saturating_sub(5))..t)
        .find(|&k| s.is_word(k, &["which", "that", "que", "qu'"]))
        .is_some_and(|k| {
            let before = if k >= 1 && s.is_comma(k - 1) {
                k.checked_sub(2)
            } else {
                k.checked_sub(1)
            };
            // ("des actions de Daxter, qu'il a achetées": past the company
            // the shares are of.)
            let noun = |b: usize| {
                s.is_word(b, SHARES)
                    || (b >= 2
                        && s.org_at(b).is_some()
                        && s.is_word(b - 1, &["de", "d'", "du", "of"])
                        && s.is_word(b - 2, SHARES))
            };
            before.is_some_and(noun)
                && (k + 1..t)
                    .all(|j| matches!(s.items[j].2, Item::Ref(Reference::Pronoun) | Item::Word))
        })
}

/// Whether `word` is a plain verb of buying ("buy", "purchase",
/// "acheter"), which takes goods as readily as companies; "acquire",
/// "racheter" take companies.
fn buys_plainly(word: &str) -> bool {
    matches!(
        word,
        "acheter"
            | "achat"
            | "achète"
            | "achètera"
            | "achèterait"
            | "acheté"
            | "buy"
            | "buys"
            | "bought"
            | "buying"
            | "purchase"
            | "purchases"
            | "purchased"
            | "purchasing"
    )
}

/// Whether a buying verb ending at item `t_end` takes things counted
/// ("30 appareils", "up to 200 buses") with no name in its clause after
/// them: goods bought from no one named, not shares, a stake, a commodity's
/// measure or a part of a business.
fn counted_goods_unsold(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    let start = (t_end..right_bound.min(t_end + 3))
        .find(|&k| {
            !s.is_word(
                k,
                &[
                    "up", "to", "jusqu'à", "jusqu'", "à", "about", "some", "around", "environ",
                ],
            )
        })
        .unwrap_or(right_bound);
    if !super::buying::counted(s, start, right_bound) {
        return false;
    }
    let what = s.words(start, right_bound.min(start + 6));
    !(start..right_bound).any(|k| matches!(s.items[k].2, Item::Ref(_)))
        && what.iter().any(|w| super::sentence::GOODS.contains(w))
}

/// Whether a name is set off after a new owner's noun ending at `t_end`
/// ("Y's new owner, X,", "le nouveau propriétaire de Y, le groupe X,").
fn owner_set_off(s: &Sentence<'_>, t_end: usize) -> bool {
    let n = s.items.len();
    (t_end + 1 < n && s.norm(t_end) == "," && matches!(s.items[t_end + 1].2, Item::Ref(_)))
        || (t_end + 3 < n
            && s.is_word(t_end, &["of", "de", "d'", "du"])
            && s.norm(t_end + 2) == ",")
}

/// Whether the new owner's noun at `t`, past its determiner or possessive,
/// follows a copula ("X is the new owner of Y", "X est devenu le nouveau
/// propriétaire de Y") or a name it stands in apposition to ("X, the new
/// owner of Y").
fn owner_before(s: &Sentence<'_>, left_bound: usize, t: usize) -> bool {
    let mut j = t;
    while j > left_bound
        && (matches!(s.items[j - 1].2, Item::Ref(_))
            || s.is_word(
                j - 1,
                &[
                    "the", "its", "their", "'s", "'", "le", "la", "l'", "son", "sa", "leur",
                ],
            ))
    {
        j -= 1;
    }
    j > 0
        && ((j >= 2 && s.norm(j - 1) == "," && s.org_at(j - 2).is_some())
            || s.is_word(
                j - 1,
                &[
                    "is",
                    "was",
                    "became",
                    "becomes",
                    "become",
                    "est",
                    "devient",
                    "deviendra",
                    "sera",
                    "devenu",
                    "devenue",
                ],
            ))
}

/// Whether a deal's verb or an acquisition's noun stands in the five items
/// before the noun at `t` ("bought its largest customer", "a racheté son
/// fournisseur"): the company the noun describes is that deal's object.
fn deal_told_before(s: &Sentence<'_>, left_bound: usize, t: usize) -> bool {
    (t.saturating_sub(5).max(left_bound)..t).any(|k| s.deal_verb_at(k) || s.acquisition_noun_at(k))
}

/// Whether `words` name a contract or an agreement of trade: not one that
/// only keeps what is shared secret or bars a holder from buying ("subject
/// to a confidentiality agreement", "un accord de confidentialité", "a
/// standstill agreement").
fn names_agreement(words: &[&str]) -> bool {
    const GUARDING: &[&str] = &[
        "confidentiality",
        "non-disclosure",
        "nondisclosure",
        "standstill",
        "confidentialité",
    ];
    words.iter().enumerate().any(|(k, w)| {
        (CONTRACT_WORDS.contains(w) || matches!(*w, "agreement" | "accord" | "deal"))
            && !(k >= 1 && GUARDING.contains(&words[k - 1]))
            && !(k + 2 < words.len() && words[k + 1] == "de" && GUARDING.contains(&words[k + 2]))
    })
}
