//! Which amounts of a sentence a deal may take: per-share prices and other
//! figures that are not what a deal commits are left out, and amounts no
//! trigger took go to a nearby deal that lacks one.

use dealwire_core::model::{Amount, DealType, Qualifier, Role};
use dealwire_core::tokens::Token;

use super::sentence::{Item, Sentence, TIME_CONJUNCTIONS};
use super::{OrphanAmount, SentenceInput};
use crate::amount::AmountMention;
use crate::coref::Reference;
use crate::lexicon::WordSet;
use crate::triggers::{DEAL_NOUNS, Frame};

/// Whether a deal may take an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Use {
    /// Any deal may.
    Kept,
    /// A valuation ("valued at", "valorisée à"): the price of a company
    /// bought, but not what an investor puts in.
    Valuation,
    /// None may.
    Excluded,
}

/// Determiners by which a deal noun refers back to a deal told before
/// ("the deal", "cette opération").
pub(super) const DEFINITE: &[&str] = &[
    "the", "this", "that", "le", "la", "l'", "ce", "cet", "cette",
];

/// Verbs of spending an amount: see `data/words/spending_verbs.txt`.
static SPENDING_VERBS: WordSet = WordSet::new(include_str!("../../data/words/spending_verbs.txt"));

/// Nouns of a deal's value: see `data/words/value_nouns.txt`.
static VALUE_NOUNS: WordSet = WordSet::new(include_str!("../../data/words/value_nouns.txt"));

/// Words that make what follows a valuation: see
/// `data/words/valuation_words.txt`.
pub(super) static VALUATION_WORDS: WordSet =
    WordSet::new(include_str!("../../data/words/valuation_words.txt"));

/// Words that may open a conversion in brackets before its amount ("(about
/// $550 million)", "(soit environ 550 millions de dollars)").
const CONVERSION_WORDS: &[&str] = &[
    "about", "around", "roughly", "some", "or", "environ", "soit", "près", "de",
];

/// The uses of a sentence's amounts: each amount's own, but a conversion
/// in brackets right after another amount ("800 milliards de wons (environ
/// 550 millions de dollars)") is used as the amount it converts.
/// (`orgs` holds the token spans of the sentence's organisations: a word
/// inside a name, "Caisse des dépôts", says nothing of a sum.)
pub(super) fn amount_uses(
    toks: &[Token],
    amounts: &[AmountMention],
    orgs: &[(usize, usize, String)],
) -> Vec<Use> {
    let mut uses: Vec<Use> = amounts.iter().map(|a| amount_use(toks, a, orgs)).collect();
    for i in 1..amounts.len() {
        if converts_previous(toks, amounts, i) {
            uses[i] = uses[i - 1];
        }
    }
    uses
}

/// Whether amount `i` is a conversion in brackets of the amount before it.
fn converts_previous(toks: &[Token], amounts: &[AmountMention], i: usize) -> bool {
    i >= 1 && i < amounts.len() && {
        let between = &toks[amounts[i - 1].last.min(amounts[i].first)..amounts[i].first];
        between.first().is_some_and(|t| t.norm == "(")
            && between[1..]
                .iter()
                .all(|t| CONVERSION_WORDS.contains(&t.norm.as_str()))
    }
}

/// Per-share prices, revenues, losses, debts and premiums are not what a
/// deal commits; valuations are only what an acquisition pays.
fn amount_use(toks: &[Token], a: &AmountMention, orgs: &[(usize, usize, String)]) -> Use {
    // A bare figure is a price per share or a small sum, unless it runs to
    // six digits or more ("500 000 euros", "$750,000").
    if !a.scaled && a.value.is_some_and(|v| v < 100_000.0) {
        return Use::Excluded;
    }
    // "valuing the startup at more than $29 billion": the words that
    // qualify the figure are read past.
    let mut first = a.first;
    while first > 0
        && matches!(
            toks[first - 1].norm.as_str(),
            "more"
                | "than"
                | "about"
                | "around"
                | "nearly"
                | "almost"
                | "over"
                | "some"
                | "roughly"
                | "approximately"
                | "plus"
                | "près"
                | "environ"
                | "quelque"
        )
        && a.first - first < 3
    {
        first -= 1;
    }
    let before: Vec<&str> = toks[first.saturating_sub(4)..first]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let after: Vec<&str> = toks[a.last..(a.last + 3).min(toks.len())]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    // "bringing its total funding to $12 billion", "portant sa levée
    // totale à 2 milliards": a running total reaches the sum through "to"
    // or "à", the verb a few words further back.
    let total_to = first >= 1
        && matches!(toks[first - 1].norm.as_str(), "to" | "à")
        && toks[first.saturating_sub(7)..first - 1].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "bringing" | "brings" | "taking" | "portant" | "porte"
            )
        });
    // ("Back Market lève 276 millions": a capitalised word inside a
    // sentence is a name's, not a word of what the sum is.)
    let bad_before = super::sizes::tells_size(toks, first, a.last)
        || (first.saturating_sub(4)..first)
        .any(|k| {
            OTHER_SUMS.contains(&toks[k].norm)
                && !(k > 0 && toks[k].is_capitalized())
                && !orgs.iter().any(|(f, l, _)| (*f..*l).contains(&k))
        })
        || total_to
        // ("sues Quellin over failed merger, seeks $500 million", "réclame
        // 500 millions de dommages": what a party to a dispute seeks.)
        || (before
            .iter()
            .any(|w| matches!(*w, "seeks" | "seeking" | "sought" | "réclame" | "réclament" | "réclamant"))
            && toks.iter().any(|t| crate::lexicon::DISPUTE_WORDS.contains(&t.norm)))
        // ("une capacité d'acquisition de 500 millions", "investment
        // capacity of $2 billion": what may be spent on deals to come.)
        || (before.iter().any(|w| matches!(*w, "capacity" | "capacité" | "capacités"))
            && before.iter().any(|w| {
                matches!(
                    *w,
                    "acquisition" | "acquisitions" | "investment" | "investissement" | "m&a"
                )
            }));
    let bad_after = matches!(
        after.as_slice(),
        ["per", "share", ..]
            | ["a", "share", ..]
            | ["par", "action", ..]
            // "priced at $70 a barrel", "500 dollars la tonne": a price per
            // unit of goods.
            | ["a" | "per", "barrel" | "tonne" | "tonnes" | "ton" | "tons" | "ounce" | "bushel"
                | "pound" | "gallon" | "litre" | "liter" | "kilo" | "kg" | "unit", ..]
            | ["le" | "la" | "par", "baril" | "tonne" | "once" | "litre" | "kilo" | "unité", ..]
            | ["business", ..]
            | ["firm", ..]
            | ["company", ..]
            | ["en", "une", "journée", ..]
            // "the assumption of $200 million of debt", "200 millions de
            // dette": debt taken on is a part of the price, not the price.
            | ["of", "debt", ..]
            | ["in", "debt", ..]
            | ["de", "dette" | "dettes", ..]
            // "a $50 million termination fee", "would pay a $50 million fee
            // if the deal falls through", "une indemnité de rupture": what a
            // party pays if the deal fails is no price of it.
            | ["fee" | "fees", ..]
            | ["termination" | "break" | "break-up" | "breakup" | "reverse", "fee" | "fees", ..]
            // "earned $2 million operating profit", "$40 million in annual
            // sales", "300 millions de chiffre d'affaires": what a company
            // earns or sells, told after the figure.
            | ["profit" | "profits" | "pre-tax" | "pretax" | "turnover", ..]
            | ["operating", "profit" | "profits" | "income", ..]
            | ["in" | "of", "sales" | "revenue" | "revenues" | "profit" | "profits" | "turnover" | "earnings", ..]
            | ["in", "annual" | "yearly", "sales" | "revenue" | "revenues"]
            | ["de", "chiffre" | "bénéfice" | "bénéfices", ..]
            // "creating a $10 billion giant": the size of a company.
            | ["giant" | "giants" | "group" | "conglomerate" | "empire" | "powerhouse", ..]
    ) || (
        // "pour donner naissance à un géant de 10 milliards d'euros": the
        // size of the company a deal makes, told after its noun.
        before.len() >= 2
            && matches!(
                before[before.len() - 2..],
                [
                    "géant" | "mastodonte" | "champion" | "conglomérat" | "empire",
                    "de" | "d'"
                ]
            )
    ) || (
        // "sold $1 billion of bonds to fund the purchase", "1 milliard
        // d'obligations": borrowed money raised for a deal ("will convert
        // $40 million of bonds into a stake" pays with them).
        matches!(
            after.as_slice(),
            [
                "of",
                "bonds" | "notes" | "loans" | "borrowings" | "debentures",
                ..
            ] | ["d'", "obligations", ..]
        ) && !before.iter().any(|w| w.starts_with("conver"))
    ) || (
        // "a $2 billion bridge loan", "a $500 million credit facility":
        // money lent for a deal is no price of it.
        matches!(
            after.as_slice(),
            [
                "loan" | "loans" | "bond" | "bonds" | "notes" | "debt" | "borrowing" | "borrowings",
                ..
            ] | [
                "bridge" | "term" | "credit" | "revolving" | "syndicated",
                "loan" | "loans" | "facility" | "facilities" | "line",
                ..
            ]
        )
    ) || (
        // "funded by a $300 million rights issue", "financée par une
        // augmentation de capital de 150 millions", "will fund the deal
        // with $2 billion": the means of paying, told apart from the
        // price.
        before.iter().any(|w| {
            matches!(
                *w,
                "funded"
                    | "financed"
                    | "fund"
                    | "finance"
                    | "financé"
                    | "financée"
                    | "financés"
                    | "financées"
                    | "financera"
                    | "financer"
            )
        }) && before
            .iter()
            .any(|w| matches!(*w, "by" | "with" | "through" | "via" | "par" | "avec"))
    ) || (
        // "with cash and $3 billion of new debt", "3 milliards de nouvelle
        // dette": an adjective may stand between.
        matches!(after.first(), Some(&("of" | "in" | "de" | "d'")))
            && matches!(
                after.get(2),
                Some(&("debt" | "dette" | "dettes" | "loans" | "borrowings" | "bonds"))
            )
    );
    // "4.3 mln shares", "2.5 mln Kelmix shares", "2,5 millions d'actions":
    // a count, not money.
    // "up to one million of its TPU chips": goods counted a few words on.
    // ("300 millions auprès de Silver Lake": a capitalised word is a
    // name's, no goods.)
    let after_goods = toks[a.last..(a.last + 5).min(toks.len())]
        .iter()
        .any(|t| {
            super::sentence::GOODS.contains(&t.norm)
                // ("one million Google TPUs": an acronym in the plural is
                // written in capitals.)
                && (!t.is_capitalized() || (t.norm.ends_with('s') && (3..=6).contains(&t.norm.len())))
        });
    // ("4 mln freshly issued ordinary Kelmix shares": shares counted past a few
    // words that describe them; "5 mln in cash and shares" pays in them.)
    let shares_later = || {
        toks[a.last..(a.last + 6).min(toks.len())]
            .iter()
            .take_while(|t| {
                t.kind == dealwire_core::tokens::Kind::Word
                    && !matches!(t.norm.as_str(), "and" | "or" | "et" | "ou" | "in" | "en")
            })
            .any(|t| matches!(t.norm.as_str(), "shares" | "actions" | "titres"))
    };
    let counted = a.currency.is_none()
        && (after.iter().any(|w| COUNT_NOUNS.contains(w)) || after_goods || shares_later());
    // "which has $15 million in annual sales", "adds 15 mln dlrs to its
    // annual sales volume", "2 milliards de chiffre d'affaires": a
    // company's takings, named just after the sum.
    let takings_after = after
        .first()
        .is_some_and(|w| matches!(*w, "in" | "to" | "of" | "de" | "d'" | "en" | "annual" | "a"))
        && {
            // ("12 mln dlrs in cash and industrial revenue bonds" pays.)
            let window = &toks[a.last..(a.last + 6).min(toks.len())];
            window.iter().enumerate().any(|(j, t)| {
                matches!(
                    t.norm.as_str(),
                    "sales"
                        | "revenue"
                        | "revenues"
                        | "turnover"
                        | "ventes"
                        | "chiffre"
                        | "earnings"
                        // ("représentant 4 milliards d'euros d'encours", "a
                        // bank with $2 billion in deposits": a size held.)
                        | "encours"
                        | "deposits"
                        | "dépôts"
                        // ("6 milliards d'euros de cotisations", "$5 billion
                        // in premiums": an insurer's takings.)
                        | "cotisations"
                        | "premiums"
                        | "primes"
                ) && !window
                    .get(j + 1)
                    .is_some_and(|n| matches!(n.norm.as_str(), "bonds" | "bond" | "notes"))
            }) && !window.iter().any(|t| t.norm == "cash")
        }
        // ("a firm with $300 billion in client assets", "of assets under
        // management", "400 milliards d'actifs sous gestion": what a
        // manager holds for its clients.)
        || {
            let window = &toks[a.last..(a.last + 6).min(toks.len())];
            window.windows(2).any(|w| {
                matches!(
                    [w[0].norm.as_str(), w[1].norm.as_str()],
                    ["client" | "customer" | "clients", "assets"]
                        | ["under", "management"]
                        | ["sous", "gestion"]
                )
            }) || window.iter().any(|t| t.norm == "aum")
        };
    // "the agreement, valued at around $8 billion", "un contrat valorisé
    // à 2 milliards": what the deal itself is worth.
    let deal_valued = (first.saturating_sub(4)..first).any(|k| {
        // (A project "estimé à" a sum is what it costs, not what a party
        // commits.)
        // ("the deal valued Kelmix at $900 million": a company named after
        // the verb is what is valued, the deal's price read from it.)
        let deal_word = |j: usize| {
            matches!(
                toks[j].norm.as_str(),
                "deal" | "agreement" | "accord" | "transaction" | "opération"
            ) || crate::triggers::CONTRACT_WORDS.contains(&toks[j].norm)
        };
        // ("The transaction, which includes ..., is valued at $1.1
        // billion": the deal opening the sentence, past a relative, is
        // what a passive "is valued" prices.)
        let passive_of_opening = k >= 1
            && matches!(toks[k - 1].norm.as_str(), "is" | "was" | "be" | "est")
            && (0..k.min(3)).any(deal_word);
        matches!(toks[k].norm.as_str(), "valued" | "valorisé" | "valorisée")
            && toks.get(k + 1).is_some_and(|n| !n.is_capitalized())
            && ((k.saturating_sub(2)..k).any(deal_word) || passive_of_opening)
    });
    // "creating a company worth $20 billion", "un ensemble pesant 20
    // milliards": what a company is worth, not what a deal commits.
    let company_worth = first >= 2
        && matches!(
            toks[first - 1].norm.as_str(),
            "worth" | "valant" | "pesant" | "pèsera"
        )
        && matches!(
            toks[first - 2].norm.as_str(),
            "company"
                | "group"
                | "business"
                | "entity"
                | "firm"
                | "giant"
                | "champion"
                | "groupe"
                | "entreprise"
                | "ensemble"
                | "entité"
                | "géant"
        );
    if bad_before || bad_after || counted || takings_after || company_worth {
        Use::Excluded
    } else if deal_valued {
        Use::Kept
    } else if before.iter().any(|w| VALUATION_WORDS.contains(w))
        // "a round that values the artificial intelligence startup at $183
        // billion": the verb's object, a longer description, may stand
        // between it and "at".
        || (first >= 1
            && matches!(toks[first - 1].norm.as_str(), "at" | "à")
            && toks[first.saturating_sub(9)..first - 1]
                .iter()
                .rev()
                .take_while(|t| !t.is_punct(',') && !t.is_punct('.'))
                // ("would value it at $40bn": the verb's bare form, which
                // before "at" is no deal's value.)
                .any(|t| VALUATION_WORDS.contains(&t.norm) || t.norm == "value"))
        || matches!(
            after.as_slice(),
            ["valuation", ..] | ["de", "valorisation", ..]
        )
        // "valued at $60 billion, up from $25 billion", "valorisée 60
        // milliards, contre 25": the earlier valuation compared with.
        || (first >= 2
            && (matches!(toks[first - 1].norm.as_str(), "contre" | "versus" | "vs")
                || (toks[first - 1].norm == "from"
                    && matches!(toks[first - 2].norm.as_str(), "up" | "down"))
                || (matches!(toks[first - 1].norm.as_str(), "with" | "to")
                    && toks[first - 2].norm == "compared"))
            && toks[first.saturating_sub(16)..first]
                .iter()
                .any(|t| VALUATION_WORDS.contains(&t.norm)))
    {
        Use::Valuation
    } else {
        Use::Kept
    }
}

/// Whether amount `a`, a valuation, gives the worth of a party that is not
/// bought: "Selvane, valorisée un milliard de dollars, a racheté Y", "Kelmix,
/// valued at $2 billion, bought Y" tell what the buyer is worth, no price.
pub(super) fn values_a_buyer(
    s: &Sentence<'_>,
    uses: &[Use],
    a: usize,
    parties: &[(String, Role)],
) -> bool {
    // Only a participle set off by a comma after its name: "a proposal
    // from Kolvane valuing it at $3 billion" values the company "it" is.
    let apposed = |k: usize| {
        let word = (k.saturating_sub(4)..k)
            .rev()
            .find(|&j| s.is_in(j, &VALUATION_WORDS))?;
        (word >= 2 && s.is_comma(word - 1))
            .then(|| s.org_at(word - 2))
            .flatten()
    };
    uses[a] == Use::Valuation
        && s.items
            .iter()
            .position(|i| i.2 == Item::Amount(a))
            .and_then(apposed)
            .is_some_and(|o| parties.iter().any(|p| p.0 == o && p.1 != Role::Target))
}

/// "Acme was valued at $2 billion", "Acme, valorisée à 3 milliards": the
/// organisation whose valuation the amount at item `k` gives.
fn valued_org(s: &Sentence<'_>, k: usize) -> Option<String> {
    // ("values Kelmix at about $4.6 billion": a hedge may stand before the
    // sum.)
    let word = (k.saturating_sub(5)..k)
        .rev()
        .find(|&j| s.is_in(j, &VALUATION_WORDS))?;
    // "the deal values Kelmix at $2 billion", "l'opération valorise
    // Kelmix à 2 milliards": the company valued follows the verb.
    if let Some(o) = (word + 1..k).find_map(|j| s.org_at(j)) {
        return Some(o.to_string());
    }
    (word.saturating_sub(4)..word)
        .rev()
        .find_map(|j| match &s.items[j].2 {
            Item::Ref(Reference::Org(o)) => Some(o.clone()),
            Item::Word if s.is_word(j, &["was", "is", "été", "a", "est", ",", "being", "now"]) => {
                None
            }
            _ => None,
        })
}

/// An amount told in sentence `s` as the price of buying `target`.
fn price_of(s: &Sentence<'_>, amount: Amount, target: String) -> OrphanAmount {
    OrphanAmount {
        sentence: s.input.index,
        amount,
        hint: Some(DealType::Acquisition),
        bidder: None,
        target: Some(target),
        refers_back: false,
        names: Vec::new(),
    }
}

/// The company whose holders are paid a price per share, then the whole
/// as the amount at item `k`: "Kelmix shareholders will receive $25 per
/// share in cash, or about $1.2 billion", "les actionnaires de Kelmix
/// recevront 25 euros par action, soit 1,2 milliard".
fn holders_paid_total(s: &Sentence<'_>, k: usize, uses: &[Use]) -> Option<String> {
    let per_share = per_share_before_total(s, k, uses)?;
    let holders = (per_share.saturating_sub(6)..per_share).find(|&j| {
        s.is_word(
            j,
            &["shareholders", "stockholders", "holders", "actionnaires"],
        )
    })?;
    // "Kelmix shareholders", "Kelmix's shareholders", "les actionnaires de
    // Kelmix".
    let before = (holders >= 1).then(|| s.org_at(holders - 1)).flatten();
    let possessed = (holders >= 2 && s.is_word(holders - 1, &["'s"]))
        .then(|| s.org_at(holders - 2))
        .flatten();
    let after = s
        .is_word(holders + 1, &["de", "d'", "of"])
        .then(|| s.org_at(holders + 2))
        .flatten();
    before.or(possessed).or(after).map(str::to_string)
}

/// An amount that prices the acquisition the article told before, whoever
/// its parties ("the deal values the company at", "$30 a share, or $2
/// billion").
fn price_of_told_acquisition(s: &Sentence<'_>, amount: Amount) -> OrphanAmount {
    OrphanAmount {
        sentence: s.input.index,
        amount,
        hint: Some(DealType::Acquisition),
        bidder: None,
        target: None,
        refers_back: true,
        names: Vec::new(),
    }
}

/// Words of lending before a sum: see `data/words/lending_words.txt`.
static LENDING_WORDS: crate::lexicon::WordSet =
    crate::lexicon::WordSet::new(include_str!("../../data/words/lending_words.txt"));

/// Nouns of a company that, held "in common" ("la filiale commune", "la
/// société commune"), name the partners' venture.
const COMMON_HEADS: &[&str] = &["société", "filiale", "entité", "structure", "entreprise"];

/// The kind of deal a deal's noun names, when it names one: what an
/// amount told with the noun may price.
fn deal_noun_hint(noun: &str) -> Option<DealType> {
    match noun {
        "investissement" | "investment" | "levée" | "tour" | "round" | "stake"
        | "participation" => Some(DealType::Investment),
        "rachat" | "acquisition" | "offre" | "offer" | "bid" | "takeover" | "purchase"
        | "buyout" => Some(DealType::Acquisition),
        "projet" | "project" | "coentreprise" | "venture" => Some(DealType::JointVenture),
        // ("remporte un contrat de 2 milliards": a contract's sum prices
        // only a commercial deal, never a partnership told after it.)
        "contrat" | "contrats" | "contract" | "contracts" | "commande" | "order" => {
            Some(DealType::Commercial)
        }
        _ => None,
    }
}

/// "$30 a share, or $2 billion", "30 euros par action, soit 2 milliards":
/// the price per share a few items before the total at item `k`, told
/// after "or" / "soit".
fn per_share_before_total(s: &Sentence<'_>, k: usize, uses: &[Use]) -> Option<usize> {
    let or = (k.saturating_sub(3)..k).find(|&j| s.is_word(j, &["or", "soit", "ou"]))?;
    (or.saturating_sub(6)..or)
        .find(|&j| matches!(s.items[j].2, Item::Amount(b) if uses[b] == Use::Excluded))
}

/// Words before an amount that make it another sum than a deal's value:
/// see `data/words/other_sums.txt`.
static OTHER_SUMS: crate::lexicon::WordSet =
    crate::lexicon::WordSet::new(include_str!("../../data/words/other_sums.txt"));

/// What a number without a currency may count: see `data/words/count_nouns.txt`.
static COUNT_NOUNS: crate::lexicon::WordSet =
    crate::lexicon::WordSet::new(include_str!("../../data/words/count_nouns.txt"));

/// Verbs of paying a price: "Kestane avait alors déboursé 1,5 milliard",
/// "Orvane will pay $4.6 billion in cash".
const PAYING: &[&str] = &[
    "paid",
    "payé",
    "déboursé",
    "débourse",
    "spent",
    "dépensé",
    "pay",
    "pays",
    "paiera",
    "paieront",
    "déboursera",
    "débourser",
];

/// Whether the payment told by the verb at item `verb` names nothing after
/// it: no company it went to or anything it was for ("paid Southland 290
/// mln dlrs for half of Citgo", "paid Y $6 million" are payments of their
/// own).
fn paid_for_nothing_named(s: &Sentence<'_>, verb: usize) -> bool {
    !(verb + 1..s.items.len())
        .any(|j| matches!(s.items[j].2, Item::Ref(_)) || s.is_word(j, &["for", "pour", "on"]))
}

/// "X a proposé 11,75 milliards", "X offered $2bn": the organisation right
/// before an offering verb that directly precedes the amount.
pub(super) fn bidder_before(s: &Sentence<'_>, k: usize) -> Option<String> {
    const OFFERING: &[&str] = &[
        "proposé",
        "propose",
        "proposait",
        "offert",
        "offre",
        "offered",
        "offers",
        "bid",
        "bids",
    ];
    // "Kestane avait alors déboursé 1,5 milliard", "Kestane paid $1.5
    // billion at the time": a price paid, with nothing it was paid for in
    // the sentence, is that of the buyer's deal told before.
    // ("Orvane will pay $4.6 billion in cash", "paiera 2 milliards": so is
    // a price to be paid.)
    let verb =
        (k.saturating_sub(2)..k).find(|&j| s.is_word(j, OFFERING) || s.is_word(j, PAYING))?;
    if s.is_word(verb, PAYING) && !paid_for_nothing_named(s, verb) {
        return None;
    }
    (verb.saturating_sub(3)..verb)
        .rev()
        .find_map(|j| match &s.items[j].2 {
            Item::Ref(Reference::Org(o)) => Some(o.clone()),
            _ => None,
        })
}

/// "Corlith a racheté Harvane. Il a déboursé 90 millions d'euros", "Le
/// groupe a déboursé 90 millions d'euros": whether the amount at item `k`
/// is paid, with nothing named it was paid for or to, by a pronoun, a
/// description or the buyer's noun standing for a company told before.
/// Such a sum prices the deal told just before.
fn paid_by_reference(s: &Sentence<'_>, k: usize) -> bool {
    let Some(verb) = (k.saturating_sub(2)..k).find(|&j| s.is_word(j, PAYING)) else {
        return false;
    };
    let payer = (verb.saturating_sub(3)..verb)
        .rev()
        .find_map(|j| match &s.items[j].2 {
            Item::Ref(r) => Some(r),
            _ => None,
        });
    // ("The buyer paid 2 billion euros", "L'acquéreur a déboursé": the
    // one who bought, named by that role.)
    let buyer = (verb.saturating_sub(3)..verb).any(|j| {
        s.is_in(j, &crate::lexicon::BUYER_NOUNS)
            && j >= 1
            && s.is_word(j - 1, &["the", "this", "l'", "le", "ce", "cet"])
    });
    paid_for_nothing_named(s, verb)
        && (buyer
            || matches!(
                payer,
                Some(
                    Reference::Pronoun
                        | Reference::Description(_)
                        | Reference::OpeningDescription(_)
                        | Reference::Latter
                )
            ))
}

/// The deal amount of the sentence's amount `k`, with the conversions the
/// text gives in brackets right after it ("JPY 19.4 billion (USD 228
/// million)", "8 milliards d'euros (7,6 milliards de francs)").
pub(super) fn to_amount(input: &SentenceInput<'_>, k: usize) -> Option<Amount> {
    let a = &input.amounts[k];
    let value = a.value?;
    let currency = a.currency.unwrap_or(input.default_currency);
    let alternatives = input
        .amounts
        .iter()
        .skip(k + 1)
        .take_while(|b| b.first >= a.last)
        .take(2)
        .scan(a.last, |end, b| {
            // Each conversion stands alone in brackets, right after the
            // amount or the conversion before it.
            // ("(environ 550 millions de dollars)": words of approximation
            // may open it.)
            let opened = input.toks.get(*end).is_some_and(|t| t.is_punct('('))
                && b.first > *end
                && input.toks[*end + 1..b.first]
                    .iter()
                    .all(|t| CONVERSION_WORDS.contains(&t.norm.as_str()));
            let closed = input.toks.get(b.last).is_some_and(|t| t.is_punct(')'));
            *end = b.last + 1;
            (opened && closed).then_some(b)
        })
        .filter_map(|b| Some((b.currency?, b.value?)))
        .filter(|(code, _)| *code != currency)
        .map(|(code, v)| (code.to_string(), v))
        .collect();
    Some(Amount {
        currency: currency.to_string(),
        value,
        qualifier: a.qualifier,
        min: a.min,
        max: (a.qualifier == Qualifier::Range).then_some(value),
        per_year: a.per_year,
        alternatives,
    })
}

/// The sum told for the company `name` alone when a verb names several
/// ("$10 million in Kelmix", "Kelmix for $3 million"): the amount right
/// before its "in"/"dans", or right after its "for"/"pour".
pub(super) fn own_sum(s: &Sentence<'_>, name: &str) -> Option<Amount> {
    let j = (0..s.items.len()).find(|&k| s.org_at(k) == Some(name))?;
    let at = |k: usize| match s.items.get(k).map(|i| &i.2) {
        Some(Item::Amount(a)) => Some(*a),
        _ => None,
    };
    let before = (j >= 2 && s.is_word(j - 1, &["in", "into", "dans"]))
        .then(|| at(j - 2))
        .flatten();
    let after = s
        .is_word(j + 1, &["for", "pour"])
        .then(|| at(j + 2))
        .flatten();
    to_amount(s.input, before.or(after)?)
}

/// Whether the amount at item `k` is what a pair told before ("the two
/// companies", "les deux groupes") invests together: a verb of investing
/// right before it, past "a combined", "jointly" or "ensemble", the pair
/// its subject, and no organisation named after it in the clause.
fn pair_invests_jointly(s: &Sentence<'_>, k: usize) -> bool {
    let Some(verb) = (k.saturating_sub(4)..k).rev().find(|&v| {
        matches!(
            s.frame_at(v),
            Some(Frame::InvestVerb | Frame::InvestAmountVerb)
        )
    }) else {
        return false;
    };
    let between_ok = (verb + 1..k).all(|j| {
        s.is_word(
            j,
            &[
                "a",
                "combined",
                "jointly",
                "together",
                "ensemble",
                "conjointement",
                "total",
                "of",
                "up",
                "to",
                "jusqu'à",
            ],
        )
    });
    let pair_subject =
        (verb.saturating_sub(3)..verb).any(|j| matches!(s.items[j].2, Item::Ref(Reference::Pair)));
    let named_after = (k + 1..s.items.len())
        .take_while(|&j| !s.is_boundary(j))
        .any(|j| matches!(s.items[j].2, Item::Ref(Reference::Org(_))));
    between_ok && pair_subject && !named_after
}

/// Amounts no deal took that a deal noun introduces with no organisation in
/// between: "la transaction s'élève à 3,9 milliards", "le projet pourrait lever
/// jusqu'à 500 milliards". They go to a nearby deal that lacks an amount.
pub(super) fn orphan_amounts(s: &Sentence<'_>, uses: &[Use], used: &[bool]) -> Vec<OrphanAmount> {
    const REACH: usize = 8;
    let mut out = Vec::new();
    for (k, (_, _, item)) in s.items.iter().enumerate() {
        let Item::Amount(a) = item else { continue };
        if uses[*a] == Use::Excluded || used[*a] || s.input.amounts[*a].value.is_none() {
            continue;
        }
        if uses[*a] == Use::Valuation {
            // A company's valuation is the price of its acquisition, where
            // the article reports one without a price.
            if let Some(target) = valued_org(s, k) {
                if let Some(amount) = to_amount(s.input, *a) {
                    out.push(price_of(s, amount, target));
                }
                continue;
            }
            // "L'opération valorise la cible à 1,4 milliard", "the deal
            // values the company at $2 billion": a deal told before, named
            // by its definite noun, prices the company it is about.
            let described = (k.saturating_sub(REACH)..k)
                .find(|&v| s.is_word(v, &["values", "valorise"]))
                .filter(|&v| {
                    (v + 1..k).all(|j| !matches!(s.items[j].2, Item::Ref(Reference::Org(_))))
                        && (v + 1..k).any(|j| {
                            matches!(s.items[j].2, Item::Ref(Reference::Description(_)))
                                || s.is_word(
                                    j,
                                    &[
                                        "company",
                                        "target",
                                        "group",
                                        "firm",
                                        "business",
                                        "cible",
                                        "société",
                                        "entreprise",
                                        "groupe",
                                    ],
                                )
                        })
                })
                .is_some_and(|v| {
                    (1..v).any(|j| {
                        s.items[j].2 == Item::Word
                            && DEAL_NOUNS.contains(s.norm(j))
                            && s.is_word(j - 1, DEFINITE)
                    })
                });
            if described && let Some(amount) = to_amount(s.input, *a) {
                out.push(price_of_told_acquisition(s, amount));
                continue;
            }
            // "The transaction is valued at $5.4 billion": a deal valued is
            // its amount, read below like any amount a deal noun owns.
            // ("a round that values the startup at $183 billion": a deal
            // that values a company prices the company, not itself.)
            let values_company = (k.saturating_sub(REACH)..k).any(|v| {
                // (Any tense of the active verb: "sa dernière levée la
                // valorisait 400 millions d'euros".)
                s.is_word(
                    v,
                    &[
                        "values",
                        "valued",
                        "valuing",
                        "valorise",
                        "valorisant",
                        "valorisait",
                        "valorisaient",
                        // ("lors d'une opération qui avait valorisé le
                        // courtier 90 millions d'euros".)
                        "valorisé",
                        "valorisée",
                        "valorisera",
                        "valoriserait",
                        "valorisent",
                    ],
                ) && ((v + 1..k).any(|j| !s.is_word(j, &["at", "à", "about", "some", "environ"]))
                    // (Or a French clitic before it: "la valorisait".)
                    || (v >= 1 && s.is_word(v - 1, &["la", "le", "l'", "les"])))
            });
            if values_company
                || !(k.saturating_sub(REACH)..k)
                    .any(|j| s.items[j].2 == Item::Word && DEAL_NOUNS.contains(s.norm(j)))
            {
                continue;
            }
        }
        // "Kelmix shareholders will receive $25 per share, or about $1.2
        // billion": the whole paid for the company whose holders are paid.
        if let Some(target) = holders_paid_total(s, k, uses)
            && let Some(amount) = to_amount(s.input, *a)
        {
            out.push(price_of(s, amount, target));
            continue;
        }
        // "The buyer will pay $30 a share, or $2 billion": a total after a
        // price per share is an acquisition's, the one told before.
        // ("a 90.25 dlr or 384 mln dlr tender offer": a sum before its
        // deal's noun is that deal's, read with it.)
        if per_share_before_total(s, k, uses).is_some()
            && !(k + 1..(k + 4).min(s.items.len())).any(|j| s.is_in(j, &DEAL_NOUNS))
            && let Some(amount) = to_amount(s.input, *a)
        {
            out.push(price_of_told_acquisition(s, amount));
            continue;
        }
        if let Some(bidder) = bidder_before(s, k)
            && let Some(amount) = to_amount(s.input, *a)
        {
            out.push(OrphanAmount {
                sentence: s.input.index,
                amount,
                hint: Some(DealType::Acquisition),
                bidder: Some(bidder),
                target: None,
                refers_back: false,
                names: Vec::new(),
            });
            continue;
        }
        if paid_by_reference(s, k)
            && let Some(amount) = to_amount(s.input, *a)
        {
            out.push(price_of_told_acquisition(s, amount));
            continue;
        }
        let mut hint = None;
        let mut found = false;
        let mut refers_back = false;
        // "La société commune investira 800 millions d'euros", "la filiale
        // commune": a company the partners hold in common is their venture.
        let in_common = |j: usize| {
            (matches!(
                s.items[j].2,
                Item::Ref(Reference::Description(_) | Reference::OpeningDescription(_))
            ) || s.is_word(j, COMMON_HEADS))
                && s.is_word(j + 1, &["commune", "communes"])
        };
        for j in (k.saturating_sub(REACH)..k).rev() {
            match &s.items[j].2 {
                _ if in_common(j) => {
                    found = true;
                    refers_back = true;
                    hint = Some(DealType::JointVenture);
                    break;
                }
                Item::Ref(_) => break,
                _ if s.is_boundary(j) => break,
                // ("L'opération sera financée par un prêt de 2 milliards":
                // money lent for the deal is no price of it.)
                Item::Word
                    if LENDING_WORDS.contains(s.norm(j))
                        || s.is_word(
                            j,
                            &[
                                "credit", "debt", "facility", "crédit", "dette", "emprunt",
                                "relais", "bridge",
                            ],
                        ) =>
                {
                    break;
                }
                // ("Any deal above $5 billion takes two years", "toute
                // opération de plus de 1 milliard": a deal told in general,
                // by a quantifier, is none told before.)
                Item::Word
                    if DEAL_NOUNS.contains(s.norm(j))
                        && j >= 1
                        && s.is_word(
                            j - 1,
                            &[
                                "any", "every", "each", "no", "tout", "toute", "chaque", "aucun",
                                "aucune",
                            ],
                        ) =>
                {
                    break;
                }
                Item::Word if DEAL_NOUNS.contains(s.norm(j)) => {
                    found = true;
                    refers_back = j >= 1 && s.is_word(j - 1, DEFINITE);
                    // ("Le contrat, d'un montant de 2 milliards": a value's
                    // noun takes the kind of the deal noun it describes.)
                    hint = deal_noun_hint(s.norm(j)).or_else(|| {
                        s.is_word(j, &["montant", "amount", "value", "valeur"])
                            .then(|| {
                                (j.saturating_sub(REACH)..j)
                                    .rev()
                                    .take_while(|&c| !matches!(s.items[c].2, Item::Ref(_)))
                                    .find(|&c| s.is_in(c, &DEAL_NOUNS))
                                    .and_then(|c| deal_noun_hint(s.norm(c)))
                            })
                            .flatten()
                    });
                    break;
                }
                // ("people familiar with the matter put the price at about
                // $700 million", "le prix serait d'environ 700 millions":
                // the price told with its definite article is the deal's
                // told before.)
                Item::Word
                    if s.is_word(j, &["price", "prix"]) && j >= 1 && s.is_word(j - 1, DEFINITE) =>
                {
                    found = true;
                    refers_back = true;
                    break;
                }
                _ => {}
            }
        }
        // "Kelmix's board backed the $2 billion offer": a sum between a
        // definite article and a deal's noun prices the deal told before.
        if !found
            && k >= 1
            && s.is_word(k - 1, DEFINITE)
            && let Some(j) = (k + 1..(k + 3).min(s.items.len()))
                .take_while(|&j| s.items[j].2 == Item::Word)
                .find(|&j| s.is_in(j, &DEAL_NOUNS))
        {
            found = true;
            refers_back = true;
            hint = deal_noun_hint(s.norm(j));
        }
        // "paid about $200 million for the stake", "a payé 50 millions pour
        // cette participation": a sum paid for a deal told before by its
        // noun prices it.
        // (Not a sum lent for it: "will lend it $100 million for the
        // acquisition".)
        if !found
            && k + 3 < s.items.len()
            && s.is_word(k + 1, &["for", "pour"])
            && s.is_word(k + 2, DEFINITE)
            && s.is_in(k + 3, &DEAL_NOUNS)
            && !(k.saturating_sub(4)..k).any(|j| s.is_in(j, &LENDING_WORDS))
        {
            found = true;
            refers_back = true;
            hint = deal_noun_hint(s.norm(k + 3));
        }
        // "The two companies will invest a combined $600 million in the
        // project", "investiront ensemble 600 millions dans ce projet": a sum
        // put into a deal told before by its noun prices it.
        if !found
            && k + 3 < s.items.len()
            && s.is_word(k + 1, &["in", "into", "dans"])
            && s.is_word(k + 2, &["the", "this", "ce", "cette", "le", "la", "l'"])
            && s.is_in(k + 3, &DEAL_NOUNS)
        {
            found = true;
            refers_back = true;
            hint = deal_noun_hint(s.norm(k + 3));
        }
        // "The two companies will invest a combined $2 billion by 2030",
        // "Les deux groupes investiront ensemble 2 milliards d'euros": a sum
        // the pair told before invests together, in no company named, is
        // their venture's.
        if !found && pair_invests_jointly(s, k) {
            found = true;
            refers_back = true;
            hint = Some(DealType::JointVenture);
        }
        // "The deal, which runs from 2028, is worth about $8 billion",
        // "L'opération, annoncée mardi, s'élève à ...": a deal noun opening
        // the sentence, an aside between commas, then the amount.
        // ("La société commune, dont A détiendra 60 %, investira 800
        // millions": so does a company held in common.)
        if !found
            && let Some(j) = (0..3.min(k)).find_map(|j| {
                if s.is_in(j, &DEAL_NOUNS) && j >= 1 && s.is_word(j - 1, DEFINITE) {
                    Some(j)
                } else if in_common(j) {
                    Some(j + 1)
                } else {
                    None
                }
            })
            && s.norm(j + 1) == ","
            && let Some(close) = (j + 2..k).find(|&c| s.norm(c) == ",")
            && k - close <= REACH
            && !(close + 1..k).any(|c| matches!(s.items[c].2, Item::Ref(_)) || s.is_boundary(c))
        {
            found = true;
            refers_back = true;
            hint = deal_noun_hint(s.norm(j));
        }
        // "Le montant de la transaction n'a pas été dévoilé, mais il
        // s'élèverait à 700 millions", "The value of the deal was not
        // disclosed, but it is put at $700 million": a sentence about a
        // deal's value, told back by a pronoun, names its amount.
        if !found
            && let Some(j) = (1..6.min(k)).rev().find(|&j| s.is_in(j, &DEAL_NOUNS))
            && s.is_word(j - 1, DEFINITE)
            && (0..j).any(|v| s.is_in(v, &VALUE_NOUNS))
            && (j + 1..k)
                .all(|c| !matches!(s.items[c].2, Item::Ref(ref r) if *r != Reference::Pronoun))
        {
            found = true;
            refers_back = true;
            hint = deal_noun_hint(s.norm(j));
        }
        // "Le prix n'a pas été dévoilé, mais des sources l'évaluent à 250
        // millions", "The price was not disclosed, but it is put at $700
        // million": a sentence opening on a deal's value, with no deal's
        // noun, tells the value of the deal told before.
        if !found
            && k >= 2
            && s.is_word(0, DEFINITE)
            && s.is_in(1, &VALUE_NOUNS)
            && !s.is_word(2, &["of", "de", "du", "d'", "des"])
            && (2..k).all(|c| !matches!(s.items[c].2, Item::Ref(ref r) if *r != Reference::Pronoun))
        {
            found = true;
            refers_back = true;
        }
        // "Helios, a joint venture between A and B, will invest $500
        // billion": what a venture spends is its amount.
        // ("La nouvelle société investira 1,5 milliard", "The new company
        // will invest": the venture just told, named as the new company.)
        // (Read on the tokens: "the new company" may be a description's
        // reference item.)
        let toks = s.input.toks;
        let new_company = |j: usize| {
            toks.get(j)
                .is_some_and(|t| matches!(t.norm.as_str(), "nouvelle" | "new"))
                && toks.get(j + 1).is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "société" | "entité" | "structure" | "company" | "entity"
                    )
                })
        };
        let venture_spends = !found
            && k >= 1
            && (k.saturating_sub(3)..k).any(|j| s.is_in(j, &SPENDING_VERBS))
            && ((0..3).any(new_company)
                || (0..s.items.len()).any(|j| {
                    s.is_in(j, &crate::lexicon::VENTURE_NOUNS)
                        && !s.is_word(j, &["project", "projet"])
                }));
        if venture_spends {
            found = true;
            hint = Some(DealType::JointVenture);
        }
        if found && let Some(amount) = to_amount(s.input, *a) {
            out.push(OrphanAmount {
                sentence: s.input.index,
                amount,
                hint,
                bidder: None,
                target: None,
                refers_back,
                names: Vec::new(),
            });
        }
    }
    out
}

/// "The round was led by A, with B committing up to $1 billion", "avec B
/// qui apporte 10 millions": the amount at `k` is one backer's share, told
/// in a clause opened by "with" and a name after the trigger.
fn member_share(s: &Sentence<'_>, t_end: usize, k: usize) -> bool {
    (t_end.max(k.saturating_sub(6))..k).any(|w| {
        s.is_word(w, &["with", "avec"])
            && matches!(s.items.get(w + 1).map(|i| &i.2), Some(Item::Ref(_)))
            && (w + 2..k).any(|v| {
                s.items[v].2 == Item::Word
                    && (s.norm(v).ends_with("ing") || s.is_word(v, &["qui", "apportant"]))
            })
    })
}

/// The amount a trigger at items `t..t_end` takes, and whether one stands
/// right after it ("put $4bn into"): the nearest kept amount after the
/// trigger in its clause, else the nearest before. A valuation prices only
/// an acquisition; a noun's amount stops at a later deal verb, whose it is
/// ("the largest shareholder of Y, has invested $13 billion in Z").
#[allow(clippy::too_many_arguments)]
pub(super) fn pick_amount(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    left_bound: usize,
    right_bound: usize,
    uses: &[Use],
    acquisition: bool,
    frame: Frame,
) -> (Option<usize>, bool) {
    // A verb's amount is its own wherever it follows.
    let verb = matches!(
        frame,
        Frame::InvestVerb
            | Frame::InvestAmountVerb
            | Frame::Acquire
            | Frame::Sell
            | Frame::Pay
            | Frame::RaiseVerb
    );
    // "The start-up, whose backers include A, struck a $3bn deal": a
    // trigger inside a relative clause between commas takes no amount from
    // the main clause.
    let (left_bound, right_bound) = s
        .relative_clause(left_bound, t, t_end, right_bound)
        .unwrap_or((left_bound, right_bound));
    // ... and a trigger of the main clause none from a relative clause.
    let elsewhere = |k: usize| {
        s.relative_clause(0, k, k + 1, s.items.len())
            .is_some_and(|(open, close)| !(open..close).contains(&t))
    };
    let items: Vec<(usize, usize)> = (left_bound..right_bound)
        .filter_map(|k| match s.items[k].2 {
            Item::Amount(a)
                if uses[a] == Use::Kept || (uses[a] == Use::Valuation && acquisition) =>
            {
                Some((k, a))
            }
            _ => None,
        })
        // ("accepted Tessel's offer, which values the company at $2
        // billion", "l'offre de Tessel, qui valorise l'entreprise à": a
        // relative that values what is bought prices the deal.)
        .filter(|&(k, a)| {
            !elsewhere(k)
                || (acquisition
                    && uses[a] == Use::Valuation
                    && (k.saturating_sub(5)..k).any(|j| {
                        j >= 1
                            && s.is_in(j, &VALUATION_WORDS)
                            && s.is_word(j - 1, &["which", "that", "qui"])
                    }))
        })
        .filter(|&(k, _)| !(frame.is_round() && member_share(s, t_end, k)))
        // "signed cloud agreements with A and B, and struck a $14 billion
        // deal with C": an amount right before another agreement's noun,
        // in a clause coordinated after the trigger, is that agreement's.
        // ("and that its $500 million supply agreement with Z": past a
        // word of the agreement's kind.)
        .filter(|&(k, _)| {
            k < t_end
                || !(t_end..k).any(|j| s.is_word(j, &["and", "et"]))
                || (s.frame_at(k + 1) != Some(Frame::Agreement)
                    && s.frame_at(k + 2) != Some(Frame::Agreement))
        })
        .collect();
    // "signed a contract with Y to buy $30 billion of computing power": a
    // verb of purpose says what the deal is for, and its amount is the
    // deal's.
    // ("un accord avec Y pour que celui-ci achète pour 3 milliards", "so
    // that Y buys": so does a clause of purpose.)
    // ("clearing the way for Harvane to buy it for £1.9bn": an infinitive
    // with a subject of its own tells another's deal, no purpose.)
    let purpose = |j: usize| {
        j > 0
            && ((s.is_word(j - 1, &["to", "pour"])
                && !(j >= 3 && s.org_at(j - 2).is_some() && s.is_word(j - 3, &["for"])))
                || (j.saturating_sub(5)..j.saturating_sub(1))
                    .any(|a| super::purpose::that_purpose_at(s, a)))
    };
    // ("raised its stake in Y to 30%, paying $90 million": a participle of
    // paying set off after the deal tells its price.)
    let paid_aside =
        |j: usize| j > 0 && s.norm(j - 1) == "," && s.is_word(j, &["paying", "payant"]);
    let verb_between =
        |k: usize| (t_end..k).any(|j| s.deal_verb_at(j) && !purpose(j) && !paid_aside(j));
    // "bought Ferrant in 2023 and agreed to sell its unit for $400
    // million": a verb coordinated after it has its own amount.
    // ("s'offre Hoya et lève 173 millions": raising money is such a verb.)
    let coordinated_between = |k: usize| {
        (t_end..k).any(|j| {
            // ("and in 2023 it backed the $2 billion capital increase of Y":
            // so is taking part in a round.)
            (s.deal_verb_at(j)
                || s.frame_at(j) == Some(Frame::RaiseVerb)
                || s.is_in(j, &crate::lexicon::ROUND_JOINERS))
                && (j.saturating_sub(6).max(t_end)..j).any(|a| s.is_word(a, &["and", "et"]))
        })
    };
    // "bought Y as part of its $9 billion acquisition of Z", "avant son
    // rachat de Z pour 9 milliards": an amount after a phrase of framing or
    // of time that opens on another deal is that deal's.
    // ("va racheter Y dans le cadre d'une offre valorisant Y à 2 milliards":
    // a purchase framed by an offer is made through it, the same deal.)
    let framed_other = |k: usize| {
        (t_end..k).any(|j| {
            let part_of = s.part_of_at(j).is_some();
            (part_of || s.is_in(j, &TIME_CONJUNCTIONS))
                && (j + 1..(k + 2).min(s.items.len()))
                    .find_map(|f| s.frame_at(f))
                    .is_some_and(|g| !(part_of && g == Frame::Offer && frame == Frame::Acquire))
        })
    };
    let pick = items
        .iter()
        // ("formed a $2 billion venture": an amount inside a gapped
        // predicate's span follows its verb.)
        .find(|(k, _)| {
            *k > t
                && !framed_other(*k)
                && if verb {
                    !coordinated_between(*k)
                } else {
                    !verb_between(*k)
                }
        })
        // "will invest $5 billion in Y and the two will jointly develop":
        // an amount right after an earlier verb coordinated before is that
        // verb's.
        // ("would pay $3.5 billion in cash and shares to buy Y": what is
        // paid is the price of the purpose's deal, whatever "and" says.)
        // ("bought Y for $300 million before taking a stake in Z", "avant
        // de prendre": an amount before a clause of time is the main
        // clause's.)
        .or_else(|| {
            items.iter().rev().find(|(k, _)| {
                let paid_for_purpose = purpose(t)
                    && (k.saturating_sub(3).max(left_bound)..*k)
                        .any(|j| s.frame_at(j) == Some(Frame::Pay));
                // ("agreed to buy $30 billion of chips in a deal that also
                // gives it the right to acquire 10% of Y": nor one before
                // a relative clause that holds the trigger.)
                // ("bought Selvane, a German rival, for €900m and took a
                // stake": past an apposition on the verb's object.)
                // ("raised $2 billion and partnered with Y": so does
                // raising's.)
                // ("follows its purchase of Z for $1.1 billion last year and
                // the sale of its unit": so does a deal's noun.)
                let earlier_verbs = (k.saturating_sub(20).max(left_bound)..*k).any(|j| {
                    s.deal_verb_at(j)
                        || s.frame_at(j) == Some(Frame::RaiseVerb)
                        || s.acquisition_noun_at(j)
                }) && (*k..t)
                    .any(|j| s.is_word(j, &["and", "et", "that", "which", "qui"]));
                // ("deux ans après avoir racheté Z": the trigger may open
                // the clause itself; "two years after it bought Z", "its
                // largest deal since the purchase of Z", "depuis le rachat
                // de Z": a word of time just before it opens one too.)
                let time_clause_between = (*k..=t).any(|v| s.opens_time_clause(v))
                    || (t.saturating_sub(4).max(*k + 1)..t).any(|j| s.is_in(j, &TIME_CONJUNCTIONS));
                // ("Dravena's $2 billion investment in Selvane and a
                // partnership with Kestane": a sum right before another
                // deal's noun is that deal's.)
                // ("a $1.5 billion takeover bid": a compound of two deal
                // nouns is one deal.)
                let other_noun = *k + 1 < t
                    && s.items[*k + 1].2 == Item::Word
                    && s.frame_at(*k + 1).is_some_and(|f| f != Frame::Agreement)
                    && (*k + 2..t).any(|j| {
                        matches!(s.items[j].2, Item::Ref(_)) || s.is_word(j, &["and", "et"])
                    });
                // ("invest up to $100 billion in Y as part of a deal to
                // supply Y with chips": the framing deal has no sum of the
                // framed one.)
                let framed_after = (*k..t).any(|j| s.part_of_at(j).is_some());
                // ("a porté son offre à 2 milliards afin de contrer la
                // contre-offre de Y", "raised $50 million in order to fund
                // its purchase of Y": nor one before a clause of purpose
                // that holds the trigger.)
                let purpose_between = (*k..t).any(|j| {
                    s.is_word(j, &["afin"])
                        || (s.is_word(j, &["in", "so"])
                            && s.is_word(j + 1, &["order", "as"])
                            && s.is_word(j + 2, &["to"]))
                        || (s.is_word(j, &["en"]) && s.is_word(j + 1, &["vue"]))
                });
                // ("values Y at $2 billion, a 12% premium to Z's offer":
                // nor one before a word that sets it against the trigger's
                // deal, the yardstick.)
                let yardstick = (t.saturating_sub(5).max(*k + 1)..t)
                    .any(|j| s.is_in(j, &crate::lexicon::COMPARISON_WORDS));
                *k < t
                    && !other_noun
                    && !yardstick
                    && !framed_after
                    && !purpose_between
                    && (paid_for_purpose || !(earlier_verbs || time_clause_between))
            })
        })
        .map(|&(_, a)| a)
        // "4.1 billion euros ($4.3 billion)": a conversion picked stands
        // for the amount it converts, which keeps it as an alternative.
        .map(|a| {
            if converts_previous(s.input.toks, s.input.amounts, a) {
                a - 1
            } else {
                a
            }
        });
    // "pay $25 a share, or about $1.5 billion, for Y": a price per share
    // right after the verb, then the whole.
    let per_share_first = (t_end..(t_end + 4).min(s.items.len()))
        .any(|k| matches!(s.items[k].2, Item::Amount(a) if uses[a] == Use::Excluded));
    let close = items
        .iter()
        .any(|(k, _)| *k >= t_end && *k <= t_end + if per_share_first { 9 } else { 3 });
    // "will pay $31 a share for Y": a price per share right after "pay"
    // offers for the company even when no total is given.
    let per_share_price = frame == Frame::Pay
        && (t_end..(t_end + 2).min(s.items.len().saturating_sub(2))).any(|k| {
            matches!(s.items[k].2, Item::Amount(a) if uses[a] == Use::Excluded)
                && s.is_word(k + 1, &["a", "per", "par"])
                && s.is_word(k + 2, &["share", "action"])
        });
    (pick, close || per_share_price)
}

/// "has invested $3 billion in Indian infrastructure, including in Sagar
/// Highways", "... since 2019, including a stake in Y", "dont une
/// participation dans Y": a sum told before an object that names no company,
/// and an example opened after that object by "including" or "notamment",
/// is the total of many deals, not the example's price. Whether the amount
/// `a` is such a total for the trigger at items `t..t_end` (the example's
/// own trigger, or the one whose object the example follows).
pub(super) fn total_of_examples(
    s: &Sentence<'_>,
    (t, t_end): (usize, usize),
    right_bound: usize,
    a: usize,
) -> bool {
    let Some(at) = (0..s.items.len()).find(|&k| s.items[k].2 == Item::Amount(a)) else {
        return false;
    };
    let example_word = |k: usize| s.is_word(k, &["including", "notamment", "dont"]);
    let no_name =
        |from: usize, to: usize| (from..to).all(|k| !matches!(s.items[k].2, Item::Ref(_)));
    // ("sold assets worth $6 billion over two years, including its unit
    // sold to Y", "made acquisitions worth $3 billion, including the
    // purchase of Y": so is one told with a plural of deals or of things
    // sold and bought.)
    let general = |from: usize, to: usize| {
        (from..to).any(|k| {
            s.is_word(k, &["in", "into", "dans"]) || s.is_in(k, &crate::lexicon::MANY_DEALS)
        })
    };
    // The trigger's own object is the general one, its example after it.
    let after = (t_end.max(at)..right_bound)
        .find(|&k| example_word(k))
        .is_some_and(|example| {
            no_name(t_end, example)
                // ("made acquisitions worth $3 billion, including": the
                // trigger's own plural tells the total.)
                && general(t, example)
                && (example + 1..right_bound).any(|k| s.org_at(k).is_some())
        });
    // The trigger opens the example, the sum told before it.
    // ("including a data centre business sold to Y": the example's words
    // may stand before its trigger, none of them a name.)
    let before = at < t
        && (t.saturating_sub(6).max(at + 1)..t).any(|example| {
            example_word(example)
                && no_name(at, t)
                && (general(at, example) || general(at.saturating_sub(5), at))
        });
    after || before
}
