//! Shapes of phrase around a trigger that change how it is read: a company
//! selling its own shares, the organisation a pronoun stands for, a joint
//! venture's name.

use dealwire_core::model::{DealType, Role};

use super::sentence::{GOODS, Item, Sentence};
use crate::coref::Reference;
use crate::lexicon::{self, WordSet};
use crate::triggers::CONTRACT_WORDS;

/// What a sale's shape makes of it, when not a plain acquisition of its
/// target, with the parties' roles changed to match:
/// - "Acme sold 4 mln dlrs of its stock to Orbis", "Acme cède 10 % de son
///   capital à Orbis": a company selling its own shares takes the buyers'
///   money in; that is an investment in it;
/// - "Acme agreed to sell its Asian life business to Orbis", "explore a
///   sale to Orbis": a sale that names a buyer and no company sold sells
///   the seller, or a part of it the article does not name.
pub(super) fn sale_reading(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
    parties: &mut [(String, Role)],
) -> Option<DealType> {
    // What is sold runs up to the buyer's "to".
    let to = (t_end..right_bound).find(|&k| s.is_word(k, &["to", "à", "au", "aux"]));
    // ("the sale by Tessel of its heating unit to Y", "la vente par Tessel
    // de sa branche à Y": past the seller named as the noun's agent.)
    let from = if t_end + 2 < right_bound
        && s.is_word(t_end, &["by", "par"])
        && matches!(s.items[t_end + 1].2, Item::Ref(Reference::Org(_)))
    {
        t_end + 2
    } else {
        t_end
    };
    // ... and no further than the company named: "its stake in Quilltech,
    // a maker of accounting software, to Bexley" sells no software.
    // ("sold the Halvern copper mine to Z": a name before an asset's noun
    // names the asset, as for a purchase in `trigger`, and no company.)
    let end = to.unwrap_or(right_bound);
    let named = (from..end).find(|&k| {
        matches!(s.items[k].2, Item::Ref(Reference::Org(_)))
            && !(k + 1 < end && s.items[k + 1].2 == Item::Word && GOODS.contains(s.norm(k + 1)))
    });
    let sold_end = named.or(to).unwrap_or(right_bound);
    let sold = s.words(from, sold_end);
    // "sold 2 mln of its shares to investors": buyers described, not named.
    let described = to.is_some() && buyer_described(s, t_end, right_bound, true);
    // ("est en négociations avec Y en vue de la cession de 60 % de son
    // capital": or a buyer named before the sale's noun, in talks with it.)
    let buyer_before = to.is_none() && parties.iter().any(|p| p.1 == Role::Acquirer);
    if (to.is_some() || buyer_before) && sells_own_shares(sold, parties, described) {
        // ("la cession de 60 % de son capital à Y", "a majority stake to
        // Y": control of itself sold is the company bought.)
        let control = (from..sold_end)
            .find(|&k| {
                s.is_in(k, &lexicon::STAKE_WORDS)
                    || s.is_word(
                        k,
                        &["capital", "shares", "stock", "actions", "titres", "equity"],
                    )
            })
            .is_some_and(|k| controlling_stake(s, k, k + 1, from, sold_end));
        if control && !described {
            seller_as_target(parties);
            return Some(DealType::Acquisition);
        }
        for p in parties.iter_mut() {
            p.1 = match p.1 {
                Role::Seller => Role::Target,
                Role::Acquirer => Role::Investor,
                r => r,
            };
        }
        return Some(DealType::Investment);
    }
    // "sell its 30% stake in Y to Z", "sell its stake in Y to Z": a share
    // of Y changes hands; short of control (a majority, 50% or more), Z
    // invests in Y, and the seller takes no part.
    // "3 % du capital de Y", "20 pct of Y's shares": a share of stated size
    // is a stake too.
    let sized = sold.iter().any(|w| percent_unit(w));
    // "va céder à Kelmix sa participation de 25 % dans Y", "sold to
    // Kelmix its stake in Y": the buyer named first, then the stake.
    let buyer_first = to
        .filter(|&k| k == t_end)
        .and_then(|k| (k + 1..right_bound).find(|&j| matches!(s.items[j].2, Item::Ref(_))))
        .filter(|&b| (t_end + 1..b).all(|j| s.items[j].2 == Item::Word));
    let (stake_from, stake_to, sized) = match buyer_first {
        Some(b) => {
            let end = (b + 1..right_bound)
                .find(|&k| matches!(s.items[k].2, Item::Ref(Reference::Org(_))))
                .unwrap_or(right_bound);
            (
                b + 1,
                end,
                s.words(b + 1, end).iter().any(|w| percent_unit(w)),
            )
        }
        None => (t_end, to.unwrap_or(t_end), sized),
    };
    // A percentage right before the preposition at `k` (one of `preps`).
    let percent_then = |k: usize, preps: &[&str]| {
        sized && k >= 1 && percent_unit(s.norm(k - 1)) && s.is_word(k, preps)
    };
    if to.is_some()
        && let Some(k) = (stake_from..stake_to).find(|&k| {
            s.is_in(k, &lexicon::STAKE_WORDS)
                || (sized && s.is_word(k, &["capital", "shares", "stock", "actions"]))
                // "céder 20 % de Kelmix à Tessera", "cède ses 35 % dans
                // Kelmix": the percentage of a company named right after it.
                || percent_then(k, &["de", "d'", "du", "of", "dans", "in"])
        })
        && parties.iter().any(|p| p.1 == Role::Target)
        && parties.iter().any(|p| p.1 == Role::Acquirer)
        && !controlling_stake(s, k, k + 1, stake_from, stake_to)
    {
        return Some(buyers_invest(parties));
    }
    // A part of the company ("its Asian life business"), the company itself
    // or nothing at all ("a sale to Orbis") sells the seller; goods, oil or
    // shares sell none.
    // ("the sale of the company to Orbis": a description of the company
    // is no word of what is sold, only its "of" stays.)
    // ("sell power from the farm to Z", "l'électricité produite par son
    // parc": the site goods come from, named after them, is not sold.)
    let source = sold
        .iter()
        .position(|w| GOODS.contains(w))
        .map_or(sold.len(), |g| source_after_goods(sold, g));
    // ("vendra à Corlith l'électricité produite par son parc": the buyer
    // named first, then goods, sells no company.)
    let goods_after_buyer = buyer_first.is_some_and(|b| goods_sold_at(s, b + 1, right_bound));
    if (sold
        .iter()
        .all(|w| matches!(*w, "of" | "de" | "d'" | "du" | "des"))
        && !goods_after_buyer)
        || business_part(&sold[..source])
    {
        seller_as_target(parties);
        // "sold a 49% stake in its solar portfolio to Z", "sells a minority
        // stake in its fibre network to Z": short of control, a share of a
        // business of the seller's own is an investment in the seller.
        if to.is_some()
            && business_part(sold)
            // ("sold interests in two North Sea blocks", "its working
            // interest in its properties", "its stakes in five oil fields":
            // interests and stakes in several, unsized, are assets.)
            && let Some(k) = (stake_from..stake_to).find(|&k| {
                (s.is_in(k, &lexicon::STAKE_WORDS)
                    && (!s.is_word(k, &["interest", "interests", "stakes"])
                        || (sized && !s.is_word(k - 1, &["working"]))))
                    // ("sold 49% of its wind farms", "cède 49 % de ses
                    // parcs": the percentage before the part's "of".)
                    || percent_then(k, &["de", "d'", "du", "des", "of"])
            })
            && parties.iter().any(|p| p.1 == Role::Target)
            && !controlling_stake(s, k, k + 1, stake_from, stake_to)
        {
            return Some(buyers_invest(parties));
        }
    }
    None
}

/// Whether the words from item `k` (a few, up to the next name) are goods
/// sold, not a part of a business: goods first, and no business's part
/// before the words saying where they come from ("l'électricité produite
/// par son parc éolien").
fn goods_sold_at(s: &Sentence<'_>, k: usize, right_bound: usize) -> bool {
    let end = (k..right_bound.min(k + 9))
        .find(|&j| matches!(s.items[j].2, Item::Ref(_)))
        .unwrap_or(right_bound.min(k + 9));
    let words = s.words(k.min(end), end);
    let Some(g) = words.iter().position(|w| GOODS.contains(w)) else {
        return false;
    };
    let source = source_after_goods(words, g);
    !words.iter().any(|w| lexicon::is(&lexicon::STAKE_WORDS, w)) && !business_part(&words[..source])
}

/// Where the words saying where goods come from start, after the goods at
/// `g` ("power generated at its wind farm", "l'électricité produite par son
/// parc", "power from the farm"): the site named there is not what changes
/// hands. `words.len()` when none.
pub(super) fn source_after_goods(words: &[&str], g: usize) -> usize {
    (g + 1..words.len())
        .find(|&i| {
            matches!(
                words[i],
                "from"
                    | "produced"
                    | "generated"
                    | "produite"
                    | "produit"
                    | "issue"
                    | "issu"
                    | "par"
                    | "by"
                    | "at"
            )
        })
        .unwrap_or(words.len())
}

/// "Callone has found a buyer for its mills: the Finnish group Talvane",
/// "a trouvé un repreneur pour Kessling : le groupe Orbeck": the buyer a
/// sale's trigger at `t..t_end` names as a noun, named after a colon in its
/// clause (or right at its end, `right_bound`) or after "en la personne
/// du", past a short description.
pub(super) fn buyer_named_after(
    s: &Sentence<'_>,
    (t, t_end): (usize, usize),
    right_bound: usize,
) -> Option<usize> {
    let buyer_noun = (t..t_end).any(|k| {
        s.is_word(
            k,
            &[
                "buyer",
                "buyers",
                "purchaser",
                "repreneur",
                "acquéreur",
                "preneur",
            ],
        )
    });
    if !buyer_noun {
        return None;
    }
    // (French sets its colon apart, which ends the clause; English writes
    // it against the word before.)
    // ("en la personne du groupe X": so does the French phrase naming who
    // a buyer is, past a description.)
    let n = s.items.len();
    let mark = (t_end..n.min(right_bound + 1)).find(|&k| {
        s.norm(k) == ":"
            || (k + 3 < n
                && s.is_word(k, &["en"])
                && s.is_word(k + 1, &["la"])
                && s.is_word(k + 2, &["personne"])
                && s.is_word(k + 3, &["du", "des"]))
    })?;
    let opens = if s.norm(mark) == ":" { mark } else { mark + 3 };
    let name = (opens + 1..n.min(opens + 7)).find(|&k| s.items[k].2 != Item::Word)?;
    (matches!(s.items[name].2, Item::Ref(Reference::Org(_)))
        && (opens + 1..name).all(|k| {
            !s.input.toks[s.items[k].0].is_capitalized()
                || s.is_word(k, &["the", "le", "la", "l'"])
                || lexicon::is_place_or_demonym(s.norm(k))
        }))
    .then_some(name)
}

/// A share short of control changes hands: its buyers invest.
fn buyers_invest(parties: &mut [(String, Role)]) -> DealType {
    for p in parties.iter_mut() {
        if p.1 == Role::Acquirer {
            p.1 = Role::Investor;
        }
    }
    DealType::Investment
}

/// Buyers a sale describes without naming: see
/// `data/words/unnamed_buyers.txt`.
static UNNAMED_BUYERS: WordSet = WordSet::new(include_str!("../../data/words/unnamed_buyers.txt"));

/// "sold its Kelmix unit to a group of investors headed by its managers",
/// "a cédé Kelmix à ses dirigeants", "Kelmix was bought by a private
/// investor": a sale of a named company whose buyer the text describes
/// without naming it. Such a sale is still the acquisition of that company,
/// with no acquirer to report. `sale` says the trigger sells (its buyer
/// comes after "to"); otherwise it is a passive purchase (after "by").
pub(super) fn unnamed_buyer(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
    parties: &[(String, Role)],
    sale: bool,
) -> bool {
    let has = |r: Role| parties.iter().any(|p| p.1 == r);
    if has(Role::Acquirer) || !has(Role::Target) || (sale && !has(Role::Seller)) {
        return false;
    }
    // "sold its 15 pct stake in Y to institutional investors": a share
    // short of control sold to buyers unnamed takes Y over for no one.
    if sale {
        let to = (t_end..right_bound)
            .find(|&k| s.is_word(k, &["to", "à", "au", "aux"]))
            .unwrap_or(right_bound);
        // (A stake of no stated size may be all the seller had.)
        let sized = s
            .words(t_end, to)
            .iter()
            .any(|w| percent_unit(w) || matches!(*w, "minority" | "minoritaire"));
        if sized
            && let Some(k) = (t_end..to).find(|&k| s.is_in(k, &lexicon::STAKE_WORDS))
            && !controlling_stake(s, k, k + 1, t_end, to)
        {
            return false;
        }
        // ("a cédé 5 % du capital de Y à des investisseurs": a share told
        // by its percentage alone, short of half.)
        let words = s.words(t_end, to);
        if words.windows(2).any(|w| {
            percent_unit(w[1])
                && w[0]
                    .replace(',', ".")
                    .parse::<f64>()
                    .is_ok_and(|v| v < 50.0)
        }) && !words
            .iter()
            .any(|w| matches!(*w, "remaining" | "restants" | "reste" | "rest"))
        {
            return false;
        }
    }
    buyer_described(s, t_end, right_bound, sale)
}

/// "An investor group agreed to buy Y", "la direction va racheter Y": a
/// buyer described, not named, as the subject before the trigger at `t`.
pub(super) fn unnamed_subject(s: &Sentence<'_>, left_bound: usize, t: usize) -> bool {
    let start = (left_bound..t)
        .rev()
        .find(|&k| s.items[k].2 != Item::Word)
        .map_or(left_bound, |k| k + 1);
    // A group that buys; "buyers receive bonuses on the purchase of" are
    // customers.
    (start..t).any(|k| {
        UNNAMED_BUYERS.contains(s.norm(k))
            && !matches!(
                s.norm(k),
                "buyer" | "buyers" | "purchaser" | "new" | "private" | "privately-held"
            )
    })
}

/// Whether the buyer's preposition ("to" for a sale, "by" for a passive
/// purchase) introduces a description of a buyer rather than a name.
pub(super) fn buyer_described(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
    sale: bool,
) -> bool {
    let preps: &[&str] = if sale {
        &["to", "à", "au", "aux"]
    } else {
        &["by", "par"]
    };
    let Some(to) = (t_end..right_bound).find(|&k| s.is_word(k, preps)) else {
        return false;
    };
    (to + 1..right_bound.min(to + 8))
        .take_while(|&k| s.items[k].2 == Item::Word)
        .any(|k| UNNAMED_BUYERS.contains(s.norm(k)))
}

/// Words of a part of a business with no name of its own: see
/// `data/words/business_assets.txt`.
pub(super) static BUSINESS_ASSETS: WordSet =
    WordSet::new(include_str!("../../data/words/business_assets.txt"));

/// Whether `words` name a part of a company: a unit, stores, assets.
pub(super) fn business_part(words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| lexicon::is(&lexicon::UNIT_NOUNS, w) || BUSINESS_ASSETS.contains(w))
}

/// "Acme sold its stores to Orbis", "Orbis bought two stations from Acme":
/// with no company named as sold, the seller stands as the target.
pub(super) fn seller_as_target(parties: &mut [(String, Role)]) {
    let has = |r: Role| parties.iter().any(|p| p.1 == r);
    if !has(Role::Target) && has(Role::Acquirer) && has(Role::Seller) {
        for p in parties.iter_mut() {
            if p.1 == Role::Seller {
                p.1 = Role::Target;
            }
        }
    }
}

/// Whether what a sale sells (`object`, the words up to the buyer's "to")
/// is the seller's own shares: a share word ("shares", "stock", "capital")
/// and no organisation before the buyer, and no holding ("its stake", "its
/// interest") of the seller in another one.
fn sells_own_shares(object: &[&str], parties: &[(String, Role)], described: bool) -> bool {
    let has = |r: Role| parties.iter().any(|p| p.1 == r);
    if has(Role::Target) || !has(Role::Seller) || !(has(Role::Acquirer) || described) {
        return false;
    }
    let holding = |w: &&str| {
        matches!(
            *w,
            "stake" | "holding" | "holdings" | "interest" | "participation"
        )
    };
    // "its stake", "sa participation", "a stake in Y" are holdings in
    // another company; "sold a 12.5 pct stake to Z" is one in itself.
    let held_elsewhere = object.iter().any(|w| {
        matches!(
            *w,
            "its" | "their" | "sa" | "son" | "ses" | "leur" | "in" | "dans"
        )
    });
    (object.iter().any(|w| OWN_SHARE_WORDS.contains(w)) && !object.iter().any(holding))
        || (object.iter().any(holding) && !held_elsewhere)
}

/// What a company sells of itself: see `sells_own_shares`.
const OWN_SHARE_WORDS: &[&str] = &[
    "shares",
    "stock",
    "equity",
    "actions",
    "titres",
    "capital",
    "preferred",
];

/// Whether the name at item `j` grants a permission: after "from", "by",
/// "de" or "par" right after a permission's noun ("approval from the
/// European Commission", "le feu vert de Bruxelles", "l'autorisation de
/// l'Autorité de la concurrence"); "approval of Kelmix's purchase" names
/// what is approved.
pub(super) fn granting_authority(s: &Sentence<'_>, j: usize) -> bool {
    let prep = if j >= 1 && s.is_word(j - 1, &["the", "l'", "la", "le"]) {
        j.checked_sub(2)
    } else {
        j.checked_sub(1)
    };
    prep.is_some_and(|p| {
        p >= 1
            && s.is_word(p, &["from", "by", "de", "d'", "du", "par"])
            && (p.saturating_sub(2)..p).any(|q| s.is_in(q, &crate::status::APPROVAL_NOUNS))
    })
}

/// Prepositions before a name that make it a deal's other side (its seller,
/// its buyer, its partner), never the object a pronoun or clitic after
/// the deal's verb stands for: "bought Kelmix from Orbelle and sold it",
/// "a racheté Kelmix à Orbelle et l'a revendu".
pub(super) const OBLIQUE_PREPOSITIONS: &[&str] = &[
    "from", "to", "by", "with", "à", "au", "aux", "par", "avec", "auprès", "de", "d'",
];

/// The organisation named last before `k`, as what a pronoun may stand
/// for, passing over the names at the items `skip` turns away; one in a
/// complement ("the provider of Acme chips said it") is not the one that
/// speaks or acts.
pub(super) fn nearest_org_before_but(
    s: &Sentence<'_>,
    k: usize,
    skip: impl Fn(usize) -> bool,
) -> Option<String> {
    (0..k)
        .rev()
        .filter(|&j| !skip(j))
        .find_map(|j| match &s.items[j].2 {
            // "un concurrent du nom de Rivian" names it outright.
            // "Shares of Acme rose after ... said it": the company whose shares
            // move is the one the sentence is about.
            // ("fournit les moteurs LEAP via sa coentreprise": a name right
            // after goods is their brand, not who the possessive points at.)
            // ("won European Union approval for its acquisition": a name
            // before a permission's noun grants it, and is no one "its"
            // points at.)
            Item::Ref(Reference::Org(o))
                if !in_complement(s, j) && !after_goods(s, j) && !grants_permission(s, j) =>
            {
                Some(o.clone())
            }
            _ => None,
        })
}

/// Whether the name at `j` stands right before a permission's noun
/// ("European Union approval"): it grants the permission.
fn grants_permission(s: &Sentence<'_>, j: usize) -> bool {
    j + 1 < s.items.len()
        && s.items[j + 1].2 == Item::Word
        && crate::status::APPROVAL_NOUNS.contains(s.norm(j + 1))
}

/// Whether the name at `j` completes a noun ("the provider of Acme"), not
/// one that names it outright ("du nom de Rivian", "shares of Acme").
fn in_complement(s: &Sentence<'_>, j: usize) -> bool {
    j > 1
        && s.is_word(j - 1, &["of", "de", "du", "d'"])
        && !s.is_word(
            j - 2,
            &["nom", "name", "shares", "stock", "actions", "titre"],
        )
}

/// Whether the name at `j` comes right after goods ("les moteurs LEAP").
fn after_goods(s: &Sentence<'_>, j: usize) -> bool {
    j > 0 && s.is_in(j - 1, &GOODS)
}

/// A capitalised project name near the trigger: «Stargate», "projet Stargate".
pub(super) fn vehicle_near(s: &Sentence<'_>, trigger_tok: usize) -> Option<String> {
    const REACH: usize = 12;
    // ("une coentreprise détenue à 60 % par A et à 40 % par B, baptisée
    // Kesfon": a naming participle may come after the venture's holdings,
    // further than the other cues reach.)
    const NAMED_REACH: usize = 30;
    let toks = s.input.toks;
    (trigger_tok.saturating_sub(REACH)..(trigger_tok + NAMED_REACH).min(toks.len())).find_map(|k| {
        let prev = k.checked_sub(1).map(|p| toks[p].norm.as_str());
        if k >= trigger_tok + REACH
            && !matches!(
                prev,
                Some("baptisée" | "baptisé" | "named" | "called" | "dubbed" | "appelée" | "nommée")
            )
        {
            return None;
        }
        let org = s.input.orgs.iter().find(|(f, _, _)| *f == k);
        let end = org.map_or(k + 1, |(_, last, _)| *last);
        // « Projet Bromo »: a name in quotes, of one word or more.
        let quoted = matches!(prev, Some("«" | "\"" | "“"))
            && toks
                .get(end)
                .is_some_and(|n| matches!(n.norm.as_str(), "»" | "\"" | "”"));
        let project = matches!(
            prev,
            Some(
                "projet"
                    | "project"
                    | "venture"
                    | "coentreprise"
                    | "joint-venture"
                    | "baptisée"
                    | "named"
                    | "called"
                    | "appelée"
                    | "nommée"
            )
        );
        // ("leur coentreprise chinoise Lumina Beauty": a French adjective of
        // nationality may stand between the noun and the name; "leur
        // filiale commune Tessova": so does a joint company's adjective.)
        let project = project
            || (k >= 2
                && prev == Some("commune")
                && matches!(
                    toks[k - 2].norm.as_str(),
                    "filiale" | "société" | "entreprise"
                ))
            || (k >= 2
                && matches!(toks[k - 2].norm.as_str(), "coentreprise" | "joint-venture")
                && prev.is_some_and(|p| crate::lexicon::DEMONYMS.contains_key(p)));
        // "l'alliance Kelmix", "le consortium Kelmix": a name right after a
        // venture's noun and its article is the venture's.
        let titled = matches!(prev, Some("alliance" | "consortium" | "coalition"))
            && k >= 2
            && matches!(toks[k - 2].norm.as_str(), "l'" | "la" | "le" | "the");
        // "formed a joint venture, VK Mobility", "set up a joint fund,
        // Kelmix Capital": the name in apposition after the venture is the
        // venture's.
        // ("create a joint company, KM Energy", "pool their assets in a
        // new company, Ventora", "une société commune, Ventora": a company
        // told joint or new is the venture.)
        let venture_word = |j: usize| {
            let before = |words: &[&str]| j >= 1 && words.contains(&toks[j - 1].norm.as_str());
            matches!(
                toks[j].norm.as_str(),
                "venture" | "coentreprise" | "joint-venture" | "fund" | "fonds"
            ) || (matches!(toks[j].norm.as_str(), "company" | "entity")
                && before(&["joint", "new"]))
                || (toks[j].norm == "commune" && before(&["société", "entreprise", "filiale"]))
                || (matches!(toks[j].norm.as_str(), "société" | "entité" | "entreprise")
                    && before(&["nouvelle"]))
        };
        // ("une coentreprise chinoise, Lumina Beauty": past an adjective of
        // nationality.)
        let apposed = prev == Some(",")
            && k >= 2
            && (venture_word(k - 2)
                || (k >= 3
                    && crate::lexicon::DEMONYMS.contains_key(toks[k - 2].norm.as_str())
                    && venture_word(k - 3)))
            // ("hold 51% of the venture, Halvern 29%", "Halvern the
            // remaining 49%", "Halvern les 49 % restants": an owner with
            // its share, in a gapped clause.)
            && !toks
                .get(end)
                .is_some_and(|t| t.norm.starts_with(|c: char| c.is_ascii_digit()))
            && !(toks
                .get(end)
                .is_some_and(|t| matches!(t.norm.as_str(), "the" | "les" | "le" | "la"))
                && toks.get(end + 1).is_some_and(|t| {
                    t.norm.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(t.norm.as_str(), "remaining" | "rest" | "reste" | "solde")
                }));
        // ("Form Joint Venture Called Trivane": a headline's capitalised
        // naming word is no name.)
        if !toks[k].is_capitalized()
            || matches!(toks[k].norm.as_str(), "called" | "named" | "dubbed")
        {
            return None;
        }
        // "Venture Global": a word inside a name is no vehicle, whatever
        // word of the name stands before it.
        if org.is_none() && s.input.orgs.iter().any(|(f, last, _)| *f < k && k < *last) {
            return None;
        }
        let is_venture =
            |t: &dealwire_core::tokens::Token| crate::lexicon::VENTURE_NOUNS.contains(&t.norm);
        // "the Helios project", "Helios, a $500 billion venture to build",
        // "Helios, un projet de 500 milliards": the name a venture word
        // follows or describes in apposition.
        // ("Helios is a joint venture of A and B", "Helios est une
        // coentreprise entre A et B": a copula says what the name is.)
        let copula = toks
            .get(end)
            .is_some_and(|t| matches!(t.norm.as_str(), "is" | "was" | "est" | "était"))
            && toks[end + 1..toks.len().min(end + 5)]
                .iter()
                .take_while(|t| {
                    matches!(
                        t.norm.as_str(),
                        "a" | "an"
                            | "the"
                            | "une"
                            | "un"
                            | "la"
                            | "le"
                            | "joint"
                            | "new"
                            | "nouvelle"
                    ) || is_venture(t)
                })
                .any(is_venture);
        // ("Form Battery Joint Venture": in a headline, a word of goods
        // before the venture says what it makes.)
        let goods = || end == k + 1 && goods_noun(&toks[k].norm);
        // ("the 1.2 GW Baltic Crest offshore wind project": a few lowercase
        // words of trade may stand between the name and "project".)
        // (Nouns of trade only: no preposition, article, possessive or verb
        // in -s, -ed, -ing: "Dravena on the project", "Kolvane's data centre
        // project", "Quell invests in a project".)
        let trade_word = |t: &dealwire_core::tokens::Token| {
            t.kind == dealwire_core::tokens::Kind::Word
                && !t.is_capitalized()
                && t.norm.chars().all(char::is_alphabetic)
                && !(t.norm.ends_with('s') || t.norm.ends_with("ed") || t.norm.ends_with("ing"))
                && !matches!(
                    t.norm.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "on"
                        | "in"
                        | "of"
                        | "for"
                        | "to"
                        | "with"
                        | "and"
                        | "or"
                        | "will"
                        | "would"
                        | "has"
                        | "had"
                        | "new"
                )
        };
        let project_after = (1..=3).any(|len| {
            toks.get(end + len).is_some_and(|t| t.norm == "project")
                && toks[end..end + len].iter().all(trade_word)
        });
        let named_before = (toks.get(end).is_some_and(is_venture)
            || project_after
            || copula
            || (toks.get(end).is_some_and(|t| t.norm == "joint")
                && toks.get(end + 1).is_some_and(is_venture)))
            && !goods();
        // ("partnering with A, B and C on the project": a list of names
        // holds no apposition; one describing A names no other company and
        // joins nothing before its head.)
        // ("Orvane, filiale de Halvern, ont créé une coentreprise": the
        // apposition opens on a determiner; a verb after the comma closes
        // one set off before it.)
        let described = toks.get(end).is_some_and(|t| t.is_punct(','))
            && toks.get(end + 1).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "a" | "an" | "the" | "un" | "une" | "le" | "la" | "l'" | "its" | "sa" | "son"
                )
            })
            && toks[end + 1..toks.len().min(end + 7)]
                .iter()
                .enumerate()
                .take_while(|(i, t)| {
                    !t.is_punct(',')
                        && !matches!(t.norm.as_str(), "and" | "et" | "&")
                        && !s.input.orgs.iter().any(|(f, _, _)| *f == end + 1 + i)
                })
                .any(|(_, t)| is_venture(t));
        match org {
            // A name the finder took for an organisation is the vehicle only
            // where the sentence says so.
            Some((_, _, name))
                if project || titled || apposed || named_before || described || quoted =>
            {
                Some(name.clone())
            }
            // ("JOINT VENTURE TALKS": in a headline set in capitals the word
            // after "venture" is no more a name than the venture word is.)
            None if quoted || (project && !shouted(s, k - 1)) => {
                Some(toks[k].text(s.input.text).to_string())
            }
            _ => None,
        }
    })
}

/// Whether `w` names goods or services, in the singular or the plural
/// ("battery", "chips"): see `data/words/goods.txt` and
/// `data/words/service_words.txt`.
fn goods_noun(w: &str) -> bool {
    let listed =
        |w: &str| crate::lexicon::GOODS.contains(w) || crate::triggers::SERVICE_WORDS.contains(w);
    listed(w)
        || listed(&format!("{w}s"))
        || w.strip_suffix('y')
            .is_some_and(|stem| listed(&format!("{stem}ies")))
}

/// Whether the word at token `k` is written in capitals, as the words of
/// a headline set in capitals are.
fn shouted(s: &Sentence<'_>, k: usize) -> bool {
    let text = s.input.toks[k].text(s.input.text);
    text.chars().count() > 1 && text.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// A word that makes the number before it a percentage ("pct", "%", "per"
/// of "per cent").
pub(super) fn percent_unit(word: &str) -> bool {
    matches!(word, "pct" | "percent" | "%" | "per")
}

/// Whether the stake a stake noun names gives control: "a majority stake",
/// "a controlling interest", "une participation majoritaire", "a 51%
/// stake", "une participation de 60 % dans", "the remaining 40 pct" (what
/// is left makes the whole). Such a stake bought is an acquisition.
pub(super) fn controlling_stake(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    left_bound: usize,
    right_bound: usize,
) -> bool {
    const CONTROL: &[&str] = &[
        "majority",
        "controlling",
        "remaining",
        "majoritaire",
        "contrôle",
        "restant",
        "restante",
        "restants",
        "restantes",
        "reste",
    ];
    // The stake's own phrase: a few words before the noun, and after it up
    // to the company ("in", "dans") or the clause's end.
    let before = s.words(left_bound.max(t.saturating_sub(5)), t);
    let after_end = (t_end..right_bound.min(t_end + 5))
        .find(|&k| s.is_word(k, &["in", "dans", "of", "du", "en"]))
        .unwrap_or(right_bound.min(t_end + 5));
    let after = s.words(t_end, after_end);
    // "raised its stake in Y to 60%", "a porté sa participation dans Y à
    // 51 %": the size an owned stake is brought to, after its company.
    let reached = if before
        .iter()
        .any(|w| super::sentence::POSSESSIVES.contains(w))
        && s.is_word(after_end, &["in", "dans"])
    {
        (after_end + 2..right_bound.min(after_end + 5))
            .find(|&k| s.is_word(k, &["to", "à"]))
            .map_or(&[][..], |k| s.words(k + 1, right_bound.min(k + 4)))
    } else {
        &[]
    };
    // ("which together hold 62% of the capital", "qui détiennent ensemble
    // 62 %": several holders' shares added up give none of them control.)
    if before.iter().chain(after).any(|w| {
        matches!(
            *w,
            "together" | "combined" | "collectively" | "ensemble" | "cumulé" | "cumulée"
        )
    }) {
        return false;
    }
    let words: Vec<&str> = before.iter().chain(after).chain(reached).copied().collect();
    words.iter().any(|w| CONTROL.contains(w))
        || words.windows(2).any(|w| {
            percent_unit(w[1])
                && w[0]
                    .replace(',', ".")
                    .parse::<f64>()
                    .is_ok_and(|v| (50.0..=100.0).contains(&v))
        })
}

/// "closed a Tessera-led $50 million round": a name written into a "-led"
/// adjective before a round noun at `t` leads that round. The investor is
/// the sentence's organisation of that name when there is one.
pub(super) fn led_compound(s: &Sentence<'_>, t: usize, left_bound: usize) -> Option<String> {
    (t.saturating_sub(6).max(left_bound)..t).find_map(|k| adjective_name(s, k, &["-led"]))
}

/// The company named in the adjective at item `k` that ends with one of
/// `suffixes` ("Tessera-led", "Halvern-backed"): the sentence's
/// organisation of that name when there is one, else the name as written;
/// none for a person's given name or a place.
pub(super) fn adjective_name(s: &Sentence<'_>, k: usize, suffixes: &[&str]) -> Option<String> {
    if s.items[k].2 != Item::Word {
        return None;
    }
    let tok = &s.input.toks[s.items[k].0];
    let written = tok.text(s.input.text);
    let suffix = suffixes.iter().find(|x| tok.norm.ends_with(*x))?;
    let prefix = written.get(..written.len().checked_sub(suffix.len())?)?;
    if !prefix.chars().next().is_some_and(char::is_uppercase)
        || lexicon::is_given_name(&prefix.to_lowercase())
        || lexicon::is_place_or_demonym(&prefix.to_lowercase())
    {
        return None;
    }
    let known = s.items.iter().find_map(|(_, _, it)| match it {
        Item::Ref(Reference::Org(o)) if o.starts_with(prefix) => Some(o.clone()),
        _ => None,
    });
    Some(known.unwrap_or_else(|| prefix.to_string()))
}

/// "Kestane, a unit of Orvane,", "Kestane, Orvane's software unit,",
/// "Kestane, the Orvane subsidiary,", "Kestane, filiale d'Orvane": an
/// apposition calling an organisation a unit of another names its owner.
/// Gives (owner, unit) pairs.
pub(super) fn unit_owners(s: &Sentence<'_>) -> Vec<(String, String)> {
    let n = s.items.len();
    let mut out = Vec::new();
    for k in 0..n.saturating_sub(3) {
        let Some(unit) = s.org_at(k) else { continue };
        if !(s.items[k + 1].2 == Item::Punct && s.norm(k + 1) == ",") {
            continue;
        }
        // The apposition's words up to its unit noun, a few at most.
        let Some(noun) = (k + 2..n.min(k + 7))
            .take_while(|&j| s.items[j].2 != Item::Punct)
            .find(|&j| s.is_in(j, &lexicon::UNIT_NOUNS))
        else {
            continue;
        };
        // "a unit of Orvane", "filiale d'Orvane" (French adjectives between:
        // "la filiale logicielle d'Orvane").
        let of = (noun + 1..n.min(noun + 4))
            .take_while(|&j| s.items[j].2 == Item::Word)
            .find(|&j| s.is_word(j, &["of", "de", "d'", "du"]));
        let mut owners: Vec<&str> = Vec::new();
        if let Some(of) = of {
            // ("the venture of Norlac and Kestane": owners listed.)
            let mut j = of + 1;
            while let Some(owner) = s.org_at(j) {
                owners.push(owner);
                if !(j + 2 < n && (s.is_word(j + 1, &["and", "et"]) || s.norm(j + 1) == ",")) {
                    break;
                }
                j += 2;
            }
        } else if let Some(owner) = (k + 2..noun).find_map(|j| s.org_at(j)) {
            // "Orvane's software unit", "the Orvane subsidiary".
            owners.push(owner);
        }
        // ("Kestane and Pivex, two units of Orvane,": a noun in the plural
        // describes each name listed before it.)
        let mut units = vec![unit];
        if s.norm(noun).ends_with('s') {
            let mut j = k;
            while j >= 2
                && (s.is_word(j - 1, &["and", "et"]) || s.norm(j - 1) == ",")
                && let Some(before) = s.org_at(j - 2)
            {
                units.push(before);
                j -= 2;
            }
        }
        for owner in owners {
            for &unit in &units {
                if owner != unit {
                    out.push((owner.to_string(), unit.to_string()));
                }
            }
        }
    }
    out
}

/// The names written into adjectives before an organisation, as (name,
/// organisation) pairs: "Nvidia-backed Lumora", "SoftBank-funded Corvex"
/// give its investor (`backed`); "Orvane-owned Kestane", "Orvane-controlled
/// Kestane" its owner (`owned`). The name is the sentence's organisation of
/// that name when there is one, else the name as written.
#[derive(Default)]
pub(super) struct NamedCompounds {
    pub backed: Vec<(String, String)>,
    pub owned: Vec<(String, String)>,
}

/// Reads the sentence's `NamedCompounds`, in one pass over its words.
pub(super) fn named_compounds(s: &Sentence<'_>) -> NamedCompounds {
    const BACKED: &[&str] = &["-backed", "-funded", "-financed"];
    const OWNED: &[&str] = &["-owned", "-controlled"];
    let mut out = NamedCompounds::default();
    for k in 0..s.items.len().saturating_sub(1) {
        if s.items[k].2 != Item::Word {
            continue;
        }
        let tok = &s.input.toks[s.items[k].0];
        // Asked of every word: the shared ending first, the cheapest test.
        if !tok.norm.ends_with("ed") {
            continue;
        }
        let written = tok.text(s.input.text);
        // The suffix is ASCII, so it is as long in the text as in the
        // lowercase form; `get` keeps an odd letter that lowercases to
        // ASCII from cutting a character.
        let Some((prefix, owned)) = BACKED
            .iter()
            .map(|end| (end, false))
            .chain(OWNED.iter().map(|end| (end, true)))
            .find_map(|(end, owned)| {
                tok.norm
                    .ends_with(end)
                    .then(|| written.len().checked_sub(end.len()))
                    .flatten()
                    .and_then(|n| written.get(..n))
                    .map(|prefix| (prefix, owned))
            })
        else {
            continue;
        };
        // "Halvern Capital-backed Norlac": the name may run over the
        // capitalised words written just before the compound.
        let mut first = k;
        while first > 0 && k - first < 2 && s.items[first - 1].2 == Item::Word {
            let before = &s.input.toks[s.items[first - 1].0];
            let here = &s.input.toks[s.items[first].0];
            if !before.is_capitalized()
                || before.end + 1 != here.start
                || lexicon::STOP_CAPS.contains(&before.norm)
                || lexicon::is_place_or_demonym(&before.norm)
            {
                break;
            }
            first -= 1;
        }
        let prefix = if first < k {
            let start = s.input.toks[s.items[first].0].start;
            &s.input.text[start..tok.start + prefix.len()]
        } else {
            prefix
        };
        // "Microsoft-backed rival Dravena", "SoftBank-backed start-up
        // Kelmix": a rival's or a kind's noun may stand before the name.
        let named = (k + 1..s.items.len().min(k + 4))
            .find(|&j| {
                !(s.is_in(j, &lexicon::RIVAL_NOUNS) || s.is_in(j, &lexicon::DESCRIPTION_HEADS))
            })
            .unwrap_or(k + 1);
        let Item::Ref(Reference::Org(target)) = &s.items[named].2 else {
            continue;
        };
        // A person backing a company is no party ("Jane-backed" is rare,
        // but a given name says so).
        if !prefix.chars().next().is_some_and(char::is_uppercase)
            || lexicon::is_given_name(&prefix.to_lowercase())
            || lexicon::is_place_or_demonym(&prefix.to_lowercase())
        {
            continue;
        }
        let known = s.items.iter().find_map(|(_, _, it)| match it {
            Item::Ref(Reference::Org(o)) if o.starts_with(prefix) => Some(o.clone()),
            _ => None,
        });
        let name = known.unwrap_or_else(|| prefix.to_string());
        if &name != target {
            let list = if owned {
                &mut out.owned
            } else {
                &mut out.backed
            };
            list.push((name, target.clone()));
        }
    }
    out
}

/// "to buy 1 million tonnes per annum of LNG from Y for 10 years": goods
/// bought at a yearly rate or over years are supplied under a contract,
/// named or not; a cargo bought once is trade.
fn supplied_over_time(s: &Sentence<'_>) -> bool {
    let n = s.items.len();
    let word = |k: usize| s.items[k].2 == Item::Word;
    // "per annum", "a year", "par an".
    let rate = |k: usize| {
        word(k)
            && (matches!(s.norm(k), "annum" | "annually" | "yearly")
                || (matches!(s.norm(k), "year" | "an")
                    && k > 0
                    && s.is_word(k - 1, &["a", "per", "par"])))
    };
    // "for 10 years", "pendant 15 ans".
    let span = |k: usize| {
        k + 2 < n
            && s.is_word(k, &["for", "over", "pendant", "sur"])
            && matches!(s.items[k + 1].2, Item::Amount(_) | Item::Word)
            && s.is_word(k + 2, &["years", "ans", "années"])
    };
    (0..n).any(|k| rate(k) || span(k))
}

/// "agreed to buy lithium from Y under a five-year supply deal": goods
/// bought from a named seller, with a contract or agreement named in the
/// sentence, are a commercial deal, the buyer its customer and the seller
/// its provider. Goods bought with no contract named ("bought 200,000
/// tonnes of wheat from X") stay trade, not a deal. Returns whether it
/// turned `parties` into those roles.
pub(super) fn goods_under_contract(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
    parties: &mut [(String, Role)],
) -> bool {
    let has = |r: Role| parties.iter().any(|p| p.1 == r);
    if has(Role::Target) || !has(Role::Acquirer) || !has(Role::Seller) {
        return false;
    }
    // "to buy 1 million tonnes a year of LNG from Y": a quantity with no
    // currency is part of what is bought.
    let quantity =
        |k: usize| matches!(s.items[k].2, Item::Amount(a) if s.input.amounts[a].currency.is_none());
    let what_end = (t_end..right_bound)
        .find(|&k| {
            (s.items[k].2 != Item::Word && !quantity(k)) || s.is_word(k, &["from", "auprès"])
        })
        .unwrap_or(right_bound);
    // ("vendra à Y l'électricité de son parc dans le cadre d'un contrat":
    // the buyer named first, the goods after it.)
    let goods = (t_end..what_end).any(|k| GOODS.contains(s.norm(k)))
        || (s.is_word(t_end, &["to", "à", "au", "aux"])
            && matches!(s.items.get(t_end + 1).map(|i| &i.2), Some(Item::Ref(_)))
            && goods_sold_at(s, t_end + 2, right_bound));
    let contract = (0..s.items.len()).any(|k| {
        s.items[k].2 == Item::Word
            && (CONTRACT_WORDS.contains(s.norm(k))
                || matches!(s.norm(k), "agreement" | "accord" | "deal" | "pact"))
    }) || supplied_over_time(s);
    if !(goods && contract) {
        return false;
    }
    for p in parties.iter_mut() {
        p.1 = match p.1 {
            Role::Acquirer => Role::Customer,
            Role::Seller => Role::Provider,
            r => r,
        };
    }
    true
}
