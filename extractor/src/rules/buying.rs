//! What a buying verb buys: services named before the first organisation
//! after it ("buy cloud services from Y"), or goods whose maker is named
//! beside them ("to buy Halcyon chips", "des avions Airbus", "a deal for
//! Qualcomm modems"), rather than a company.

use dealwire_core::model::Role;

use super::sentence::{GOODS, Item, POSSESSIVES, Sentence, prep_slot};
use crate::coref::Reference;
use crate::lexicon::{self, COMMISSIONED_WORK, WordSet};
use crate::lexicon::{STAKE_WORDS, UNIT_NOUNS};
use crate::role_map::Form;
use crate::triggers::{Frame, SERVICE_WORDS};

/// Words of a count told in words before goods: see
/// `data/words/counting_words.txt`.
static COUNTING_WORDS: WordSet = WordSet::new(include_str!("../../data/words/counting_words.txt"));

/// Measures of bulk goods, money and securities: see
/// `data/words/bulk_measures.txt`.
static BULK_MEASURES: WordSet = WordSet::new(include_str!("../../data/words/bulk_measures.txt"));

/// Companies counted in the plural ("three software companies", "deux
/// sociétés"): see `data/words/companies_counted.txt`.
pub(super) static COMPANIES_COUNTED: WordSet =
    WordSet::new(include_str!("../../data/words/companies_counted.txt"));

/// The words after a buying verb up to the first organisation it names:
/// what is bought ("bought software from Y"), not a description of a
/// company bought ("purchased Y, a software company").
pub(super) fn bought_before_a_name<'s>(
    s: &'s Sentence<'_>,
    t_end: usize,
    right_bound: usize,
) -> &'s [&'s str] {
    let end = (t_end..right_bound.min(t_end + 8))
        .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
        .unwrap_or(right_bound.min(t_end + 8));
    let words = s.words(t_end, end);
    // ("bought the maker of testing equipment Sondex", "a racheté le
    // fabricant de robots Sondex": a company's noun and its complement
    // right before the name describe the company bought.)
    // ("bought three software companies for $700 million: A, B and C": so
    // do companies counted, before any preposition.)
    // ("agreed to buy two software companies.": companies counted are no
    // goods, named after or not.)
    let described = (end < right_bound
        && matches!(words.first(), Some(&("the" | "le" | "la" | "l'")))
        && words.windows(2).any(|w| {
            lexicon::is(&lexicon::DESCRIPTION_HEADS, w[0])
                && matches!(w[1], "of" | "de" | "du" | "d'" | "des")
        }))
        || words
            .iter()
            .take_while(|w| prep_slot(w).is_none())
            .any(|w| COMPANIES_COUNTED.contains(w));
    if described { &[] } else { words }
}

/// Whether a count opens the object at `k` ("15 trains", "15 TGV M",
/// "twelve satellites", "douze satellites"): a number with no currency, or
/// a number's word above one, followed by a word that is no share ("15%",
/// "15 pct").
pub(super) fn counted(s: &Sentence<'_>, k: usize, right_bound: usize) -> bool {
    k + 1 < right_bound.min(s.items.len())
        && s.items[k].2 == Item::Word
        && (s.input.toks[s.items[k].0].kind == dealwire_core::tokens::Kind::Number
            || crate::amount::number_word(s.norm(k)).is_some_and(|v| v >= 2.0))
        && !s.is_word(k + 1, &["%", "pct", "percent", "per", "pour"])
}

/// "will sell 12 satellites to Kelmix", "vendra à Kelmix douze
/// satellites": goods counted and sold to a company named are supplied to
/// it; no company is sold (not shares, bulk or parts of a business).
pub(super) fn counted_goods_sold(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    let goods = |what: &[&str]| {
        what.iter().any(|w| GOODS.contains(w))
            && !what
                .iter()
                .any(|w| BULK_MEASURES.contains(w) || lexicon::is(&STAKE_WORDS, w))
            && !super::shapes::business_part(what)
    };
    let to = |w: &str| matches!(w, "to" | "à" | "au" | "aux");
    // The goods first, then the buyer.
    let goods_first = counted(s, t_end, right_bound) && {
        let what = bought_before_a_name(s, t_end, right_bound);
        what.last().is_some_and(|w| to(w)) && goods(what)
    };
    // The buyer first, then the goods.
    let buyer_first = t_end + 2 < right_bound
        && to(s.norm(t_end))
        && s.org_at(t_end + 1).is_some()
        && counted(s, t_end + 2, right_bound)
        && goods(s.words(t_end + 2, right_bound.min(t_end + 7)));
    goods_first || buyer_first
}

/// "will buy 200 electric buses from Kelmix", "achète 20 avions à Orvex":
/// things counted and bought from a named company are goods it sells, not
/// a company bought, unless they are commodities, shares or parts of a
/// business ("bought 4.3 mln shares from", "two hotels from").
pub(super) fn counted_goods_from(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    let what = bought_before_a_name(s, t_end, right_bound);
    counted(s, t_end, right_bound)
        && what
            .last()
            .is_some_and(|w| matches!(*w, "from" | "à" | "auprès" | "chez"))
        && !what
            .iter()
            .any(|w| BULK_MEASURES.contains(w) || lexicon::is(&STAKE_WORDS, w))
        && !super::shapes::business_part(what)
}

/// "achètera à Kelmix 2 millions de tonnes de GNL", "will buy from Kelmix
/// 40 locomotives": the seller named first, right after the buying verb
/// ending at `t_end`, then goods; they are bought from it, no company.
pub(super) fn seller_then_goods(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    let goods_from = if s.is_word(t_end, &["à", "from"]) && s.org_at(t_end + 1).is_some() {
        t_end + 2
    } else if s.is_word(t_end, &["auprès"])
        && s.is_word(t_end + 1, &["de", "d'", "du"])
        && s.org_at(t_end + 2).is_some()
    {
        t_end + 3
    } else {
        return false;
    };
    let words = s.words(goods_from.min(right_bound), right_bound.min(goods_from + 8));
    // ("l'électricité produite par son parc éolien", "power generated at
    // its wind farm": a site after the goods and a word of making or a
    // preposition is where they come from; "its gas power plant" is a
    // site bought.)
    let Some(first_goods) = words.iter().position(|w| GOODS.contains(w)) else {
        return false;
    };
    let source = super::shapes::source_after_goods(words, first_goods);
    !words.iter().any(|w| lexicon::is(&STAKE_WORDS, w))
        && !super::shapes::business_part(&words[..source])
}

/// Whether the words between a buying verb and the first name after it
/// name services ("buy cloud services from Y"), not the kind of company
/// bought ("buy software maker Kelmix": a description's head ends them,
/// with no "from" before it).
pub(super) fn services_bought(what: &[&str]) -> bool {
    let bought = before_source(what);
    let from = bought.len() < what.len();
    // ("will buy electrolysers from Y": goods bought from a company named
    // after "from" are its sales too; not a commodity's measure, which a
    // trade in grain or oil tells.)
    let goods = from
        && bought.iter().any(|w| GOODS.contains(w))
        && !bought.iter().any(|w| BULK_MEASURES.contains(w));
    let services = what.iter().any(|w| SERVICE_WORDS.contains(w)) || goods;
    let describes_company = what
        .last()
        .is_some_and(|w| lexicon::is(&lexicon::DESCRIPTION_HEADS, w));
    // "bought the power plant from Y": a plant, a station or a line is a
    // part of a business, whatever it makes; "buy power from the wind
    // farms of Y": the assets after "from" are where the goods come from.
    services && (from || !describes_company) && !super::shapes::business_part(bought)
}

/// The words of what is bought before the preposition naming where it
/// comes from ("power" in "power from the wind farms of Y").
pub(super) fn before_source<'a>(what: &'a [&'a str]) -> &'a [&'a str] {
    what.iter()
        .position(|w| matches!(*w, "from" | "auprès" | "chez"))
        .map_or(what, |k| &what[..k])
}

/// "to buy Halcyon chips", "acheter des avions Airbus", "des processeurs de
/// Calder": a maker's name right before or after the goods bought names the
/// seller of goods, not a company bought.
pub(super) fn maker_goods(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> Option<usize> {
    // Written in lowercase: in a headline, "Affiliated Computer Services"
    // may have lost its last word to the name finder.
    // ("Kelmix GPUs": an acronym in the plural is written in capitals.)
    let goods = |k: usize| {
        k < right_bound
            && s.items[k].2 == Item::Word
            && (!s.input.toks[s.items[k].0].is_capitalized()
                || crate::entities::plural_acronym(s.input.toks[s.items[k].0].text(s.input.text)))
            && (GOODS.contains(s.norm(k)) || SERVICE_WORDS.contains(s.norm(k)))
    };
    // "will invest $300 million in Lucid and buy 20,000 of its vehicles":
    // goods owned through a pronoun are the maker's named before the verb,
    // after the buyer.
    if let Some(p) = (t_end..right_bound.min(t_end + 4))
        .find(|&k| s.is_word(k, &["its", "their", "ses", "leurs", "son", "sa"]))
        && goods(p + 1)
        && let Some(owner) = (0..t_end).rev().find(|&k| s.org_at(k).is_some())
        && (0..owner).any(|k| s.org_at(k).is_some())
    {
        return Some(owner);
    }
    let name = (t_end..right_bound.min(t_end + 7))
        .find(|&k| matches!(s.items[k].2, Item::Ref(Reference::Org(_))))?;
    // The goods before the name only as French writes them, after their
    // determiner ("des avions Airbus"): "bought wheat Norvane had stored"
    // names who stored it.
    // ("40 bus électriques Kelmix": a count may stand for the determiner,
    // and an adjective after the goods.)
    // ("120,000 tonnes Norvane Blend": a measure counted names a grade,
    // no maker.)
    let opens_goods = |k: usize| {
        s.is_word(k, &["des", "les", "de", "d'", "ses", "leurs"])
            || (s.items[k].2 == Item::Word
                && s.input.toks[s.items[k].0].kind == dealwire_core::tokens::Kind::Number
                && !BULK_MEASURES.contains(s.norm(k + 1)))
    };
    // ("s'équipera d'avions Kelmix": the determiner may end the trigger.)
    let goods_before = (name > t_end && name >= 2 && goods(name - 1) && opens_goods(name - 2))
        || (name > t_end + 2
            && goods(name - 2)
            && s.items[name - 1].2 == Item::Word
            && !s.input.toks[s.items[name - 1].0].is_capitalized()
            && opens_goods(name - 3));
    // "des processeurs de Calder", "6 gigawatts of processors of Calder":
    // the maker after the goods.
    let goods_of =
        name > t_end + 1 && s.is_word(name - 1, &["de", "d'", "du", "of"]) && goods(name - 2);
    // "Kelmix's Blackwell chips", "AMD's Instinct graphics processors": the
    // goods the maker owns, a product's name between.
    let goods_owned = s.is_word((name + 1).min(right_bound.saturating_sub(1)), &["'s"])
        && (name + 2..(name + 5).min(right_bound))
            .take_while(|&k| {
                s.items[k].2 == Item::Word || matches!(s.items[k].2, Item::Ref(Reference::Org(_)))
            })
            .any(goods)
        // "CF Industries' oil and gas properties", "Cyclops's steel
        // operations": a part of the business, bought as a company.
        && !super::shapes::business_part(s.words(name + 2, (name + 8).min(right_bound)));
    // "50 Airbus A321neo jets", "30 Airbus A350": a model's code after the
    // maker names its goods.
    let model = |k: usize| {
        k < right_bound
            && s.items[k].2 == Item::Word
            && crate::entities::model_code(s.input.toks[s.items[k].0].text(s.input.text))
    };
    // "50 Boeing 737 MAX jets": a model written in numbers and capitals,
    // then the goods.
    // (Read over `name + 1..right_bound` only.)
    let designation = |k: usize| {
        let tok = &s.input.toks[s.items[k].0];
        match s.items[k].2 {
            Item::Word => tok.kind == dealwire_core::tokens::Kind::Number || tok.is_capitalized(),
            // ("737 MAX", "320 XR": letters in capitals the name
            // finder may have taken for a name.)
            Item::Ref(Reference::Org(_)) => {
                let text = tok.text(s.input.text);
                text.len() <= 4 && text.bytes().all(|b| b.is_ascii_uppercase())
            }
            _ => false,
        }
    };
    // ("four Boeing 787s": a model's number in the plural is the goods.)
    let plural_model = |k: usize| {
        s.norm(k) == "s"
            && s.input.toks[s.items[k].0].start == s.input.toks[s.items[k - 1].0].end
            && s.input.toks[s.items[k - 1].0].kind == dealwire_core::tokens::Kind::Number
    };
    let designated_goods = (name + 1..(name + 4).min(right_bound))
        .find(|&k| !designation(k))
        .is_some_and(|k| k > name + 1 && (goods(k) || plural_model(k)));
    // ("bought the Halvern copper mine from Y": goods' words closed by a
    // part of a business name an asset, bought as a company's part.)
    let asset_head = (name + 1..right_bound)
        .take_while(|&k| goods(k) || super::shapes::business_part(&[s.norm(k)]))
        .last()
        .is_some_and(|k| super::shapes::business_part(&[s.norm(k)]));
    let goods_after = (goods(name + 1) && !asset_head) || model(name + 1) || designated_goods;
    // ("buying tens of thousands of Kelmix chips": a count of words may
    // stand between.)
    // ("up to $2 billion worth of Kelmix chips": so may a sum with its
    // bound and "worth of".)
    let near = name <= t_end + 3
        || (t_end..name).all(|k| {
            (k + 1 == name && goods(k))
                || matches!(s.items[k].2, Item::Amount(_))
                || s.items[k].2 == Item::Word
                    && (s.input.toks[s.items[k].0].kind == dealwire_core::tokens::Kind::Number
                        || s.is_in(k, &COUNTING_WORDS)
                        || s.is_word(
                            k,
                            &[
                                "up", "to", "worth", "of", "about", "some", "nearly", "around",
                            ],
                        ))
        });
    ((near && (goods_after || goods_before || goods_owned)) || goods_of).then_some(name)
}

/// "Apple's deal for Qualcomm modems": goods named beside their maker are
/// bought from it, not the maker itself; an agreement's buyer and target
/// become its customer and provider.
pub(super) fn goods_from_maker(
    s: &Sentence<'_>,
    frame: Frame,
    t_end: usize,
    right_bound: usize,
    groups: &mut [(Vec<usize>, Role)],
) {
    if frame == Frame::Agreement
        && groups.iter().any(|(_, r)| *r == Role::Acquirer)
        && maker_goods(s, t_end, right_bound).is_some()
    {
        for (_, role) in groups.iter_mut() {
            *role = match *role {
                Role::Acquirer => Role::Customer,
                Role::Target => Role::Provider,
                r => r,
            };
        }
    }
}

/// "signed an agreement with Engie to acquire its German unit", "un accord
/// avec Engie en vue d'acquérir sa branche allemande": a unit bought with
/// no name, owned through a possessive, is its owner's: the company named
/// before the verb that is not the buyer, which stands as the target.
pub(super) fn owner_of_unit_bought(
    s: &Sentence<'_>,
    (left_bound, t, t_end): (usize, usize, usize),
    what: &[&str],
    parties: &mut Vec<(String, Role)>,
) {
    let has = |r: Role| parties.iter().any(|p| p.1 == r);
    if has(Role::Target) || !has(Role::Acquirer) {
        return;
    }
    // ("en vue de l'acquisition de sa division", "over the acquisition of
    // its unit": a noun's "of" comes before the possessive.)
    let what = match what {
        [of, rest @ ..] if matches!(*of, "of" | "de" | "d'" | "du") => rest,
        _ => what,
    };
    let owned =
        what.first().is_some_and(|w| POSSESSIVES.contains(w)) && super::shapes::business_part(what);
    if !owned || t_end <= t {
        return;
    }
    let owner = (left_bound..t).rev().find_map(|k| {
        s.org_at(k)
            .filter(|name| !parties.iter().any(|p| p.0 == *name))
    });
    if let Some(owner) = owner {
        parties.push((owner.to_string(), Role::Target));
    }
}

/// "a racheté la participation du fonds Amber", "bought Amber's stake":
/// a stake bought from the one who holds it names its seller, not the
/// company the stake is in, after "de"/"of" or in the possessive.
pub(super) fn stake_bought_from_holder(
    s: &Sentence<'_>,
    frame: Frame,
    (left_bound, t, t_end): (usize, usize, usize),
    args: &super::roles::Arguments<'_>,
    groups: &mut [(Vec<usize>, Role)],
) {
    if frame != Frame::StakeNoun {
        return;
    }
    // "racheté en 2022 la participation": a date may stand between; "buy
    // Kelmix's remaining 50% stake": so may a possessive and a share.
    // ("après le rachat des parts de Valmont": so may the noun of buying,
    // whose "des" is "de" and "les".)
    let bought_by_noun = |k: usize| {
        lexicon::ACQUISITION_NOUNS.contains(s.norm(k))
            && s.is_word(k + 1, &["des", "de", "du", "d'"])
            && k + 3 >= t
    };
    // ("bought out its partner Tessmere's 40% stake": past an apposition.)
    let bought = (t.saturating_sub(9).max(left_bound)..t).any(|k| {
        s.frame_at(k) == Some(Frame::Acquire)
            && (!lexicon::ACQUISITION_NOUNS.contains(s.norm(k)) || bought_by_noun(k))
    });
    if !bought {
        return;
    }
    // The holder right after the French noun ("la participation du fonds
    // Amber"), not a company named further on; English "a stake of X",
    // "majority ownership of X" names the company the stake is in.
    // ("les parts de Tessera": the noun may take its article in the trigger.)
    // ("la participation de 20 % de Tessera": past the share's size.)
    let sized = s.is_word(t_end, &["de"])
        && s.items.get(t_end + 1).is_some_and(|i| i.2 == Item::Word)
        && s.norm(t_end + 1).starts_with(|c: char| c.is_ascii_digit())
        && s.items.get(t_end + 2).is_some()
        && super::shapes::percent_unit(s.norm(t_end + 2));
    // (Sized, the holder reading needs the company the stake is in: "la
    // participation de 20 % de Kelmix" alone is a stake in Kelmix.)
    let sized = sized
        && args
            .right
            .iter()
            .any(|(slot, _)| *slot == super::sentence::Slot::In);
    let at = if sized { t_end + 3 } else { t_end };
    // ("racheté des parts de Y", "une participation de Y": an indefinite
    // share is one of the company named, not its holder's.)
    let contracted = |k: usize| {
        s.is_word(k, &["des"]) && k >= 1 && lexicon::ACQUISITION_NOUNS.contains(s.norm(k - 1))
    };
    let indefinite = (s.is_word(t, &["des", "une", "un"]) && !contracted(t))
        || (t >= 1 && s.is_word(t - 1, &["des", "une", "un"]) && !contracted(t - 1));
    let french_holder = !indefinite && s.is_word(at, &["de", "du", "des", "d'"]);
    let holders: Vec<usize> = args
        .right
        .iter()
        .filter(|(slot, g)| {
            french_holder
                && *slot == super::sentence::Slot::Of
                && g.first().is_some_and(|&k| k > at && k <= at + 3)
        })
        .flat_map(|(_, g)| g.iter().copied())
        .chain(args.poss.iter().copied())
        .collect();
    // "buy Kelmix's remaining stake from Tessera": with its seller named
    // and no company it is in, the possessive names that company.
    let sold_by_other = !args.poss.is_empty()
        && groups.iter().any(|(_, role)| *role == Role::Seller)
        && !groups.iter().any(|(_, role)| *role == Role::Target);
    for (items, role) in groups.iter_mut() {
        if sold_by_other && items.iter().any(|k| args.poss.contains(k)) {
            *role = Role::Target;
        } else if items.iter().any(|k| holders.contains(k)) {
            *role = Role::Seller;
        }
    }
}

/// What a buying trigger buys: the words up to the first organisation
/// after it, and whether they name a share of a company rather than the
/// whole of it.
pub(super) struct Bought<'a> {
    /// The words bought, before the first organisation.
    pub what: &'a [&'a str],
    /// "bought 2 mln shares in Y", "acquired 5.5 pct of Y": a minority
    /// share, an investment.
    pub minority: bool,
}

/// Offices and tasks taken over: see `data/words/office_nouns.txt`.
static OFFICE_NOUNS: WordSet = WordSet::new(include_str!("../../data/words/office_nouns.txt"));

/// "$50 million in new shares, bought by Kelmix", "new shares to be bought
/// by Kelmix": new shares told right before the passive buying verb ending
/// at `t_end` (past its auxiliaries) are a raise's, bought by investors.
fn new_shares_before(s: &Sentence<'_>, t_end: usize) -> bool {
    let Some(mut k) = t_end.checked_sub(1) else {
        return false;
    };
    while k > 0
        && (s.norm(k - 1) == ","
            || s.is_word(
                k - 1,
                &[
                    "be", "been", "being", "to", "were", "was", "are", "is", "will", "être", "été",
                ],
            ))
    {
        k -= 1;
    }
    let words: Vec<&str> = (k.saturating_sub(4)..k)
        .rev()
        .take_while(|&j| s.items[j].2 == Item::Word)
        .map(|j| s.norm(j))
        .collect();
    words
        .iter()
        .any(|w| matches!(*w, "shares" | "stock" | "actions" | "titres"))
        && words
            .iter()
            .any(|w| matches!(*w, "new" | "newly" | "fresh" | "nouvelles" | "nouveaux"))
}

/// Reads what the buying trigger ending at `t_end` buys in its clause
/// (`clause`, ending at `right_bound`); `None` when it buys a stake, which
/// the stake's own trigger reads.
pub(super) fn what_is_bought<'a>(
    s: &'a Sentence<'a>,
    frame: Frame,
    form: Form,
    (t_end, right_bound): (usize, usize),
    clause: &[&str],
) -> Option<Bought<'a>> {
    let first_ref = (t_end..right_bound)
        .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
        .unwrap_or(right_bound);
    let what = s.words(t_end, first_ref);
    // "acquire from Tessera a 9.9% stake in Y", "racheter à Tessera sa
    // participation": the seller named first, then the stake bought, which
    // the stake's own trigger reads.
    // ("a acquis auprès de la foncière Unitrex un portefeuille": past a
    // short description of the seller.)
    let preps = what
        .iter()
        .take_while(|w| matches!(**w, "from" | "auprès" | "de" | "d'" | "du" | "à" | "au"))
        .count();
    // ("auprès du fonds Unitrex": "du" holds the article.)
    let described_seller = || {
        let article = usize::from(matches!(what[preps], "the" | "la" | "le" | "l'"));
        what.len() <= preps + 4
            && (article == 1 || matches!(what[preps - 1], "du" | "au"))
            && what[preps + article..]
                .iter()
                .all(|w| w.chars().all(char::is_alphabetic))
    };
    let seller_first = frame == Frame::Acquire
        && form == Form::Active
        && preps > 0
        && (preps == what.len() || described_seller());
    if seller_first
        && (first_ref + 1..right_bound.min(first_ref + 6))
            // ("a pris le contrôle de Y en rachetant les parts de ses
            // fondateurs": a stake after a gerund is that verb's object.)
            .take_while(|&k| !matches!(s.items[k].2, Item::Ref(_)) && !s.is_word(k, &["en", "by"]))
            .any(|k| {
                s.items[k].2 == Item::Word
                    && STAKE_WORDS.contains(s.norm(k))
                    && !names_goods((k + 1 < right_bound).then(|| s.norm(k + 1)))
            })
    {
        return None;
    }
    // ("acquérir auprès de Tessera 9,9 % du capital de Y": what is bought
    // follows the seller.)
    // ("prend le contrôle de Y en rachetant 51 % de ses parts": not past a
    // gerund, whose own object it is.)
    let after_seller = (seller_first && first_ref < right_bound)
        .then(|| {
            let next = (first_ref + 1..right_bound)
                .find(|&k| matches!(s.items[k].2, Item::Ref(_)) || s.is_word(k, &["en", "by"]))
                .unwrap_or(right_bound);
            s.words(first_ref + 1, next)
        })
        // ("rachète à Orvane sa division éclairage", "buy from Orvane its
        // lighting division": so does a part of its business.)
        .filter(|words| {
            words.iter().any(|w| matches!(*w, "pct" | "percent" | "%"))
                || super::shapes::business_part(words)
        });
    let what = after_seller.unwrap_or(what);
    // "its purchase of a minority stake in Y": a noun's "of" says what is
    // bought as a verb's object does.
    // ("paid $300 million for 40% of Y": so does what a payment is for.)
    let bought: &[&str] = if (frame == Frame::Acquire
        && (form == Form::Active
            || (form == Form::Nominal
                && what
                    .first()
                    .is_some_and(|w| matches!(*w, "of" | "de" | "d'" | "du" | "des")))))
        || (frame == Frame::Pay && form == Form::Active)
    {
        what
    } else {
        &[]
    };
    // "to take over the mark's dominant role in the EMS", "reprend la
    // direction de Y": an office taken over is no company bought.
    if bought.iter().any(|w| OFFICE_NOUNS.contains(w)) {
        return None;
    }
    // "acquired a 20 pct stake in Y": the stake's own trigger reads it.
    // "the bedding interests of Y" with no share named are Y's businesses.
    let share_named = bought.iter().any(|w| matches!(*w, "pct" | "percent" | "%"));
    // ("des parts de Y" are shares; "parts of Y's business" are pieces of
    // it, bought as its units are.)
    if bought.iter().enumerate().any(|(i, w)| {
        (STAKE_WORDS.contains(w)
            && (*w != "interests" || share_named)
            && !(*w == "parts" && bought.get(i + 1) == Some(&"of"))
            && !names_goods(bought.get(i + 1).copied()))
            // French "la part de Y", "sa part dans Y": the singular with its
            // determiner (English "part of Y" is a piece of Y).
            || (*w == "part"
                && i > 0
                && matches!(bought[i - 1], "la" | "sa" | "leur" | "une"))
    }) {
        return None;
    }
    // "buys Kelmix stake from Y": a name then a stake is a stake in it,
    // read by the stake's own trigger.
    if frame == Frame::Acquire
        && form == Form::Active
        && first_ref + 1 < right_bound
        && s.is_word(first_ref + 1, &["stake", "holding"])
    {
        return None;
    }
    // "agreed to buy Halden's 40% stake in Ferrant": a stake named after
    // its holder's possessive is what is bought, and the stake's own
    // trigger reads it (the holder sells).
    if frame == Frame::Acquire
        && form == Form::Active
        && first_ref + 1 < right_bound
        && s.norm(first_ref + 1) == "'s"
        // (a ticker in angle brackets may follow the holder's name:
        // "Deluxe Inc's <DLX> 38 pct stake".)
        && (first_ref + 2..right_bound.min(first_ref + 9))
            .take_while(|&k| s.items[k].2 != Item::Punct || matches!(s.norm(k), "%" | "<" | ">"))
            .any(|k| {
                s.items[k].2 == Item::Word
                    && STAKE_WORDS.contains(s.norm(k))
                    && !names_goods((k + 1 < right_bound).then(|| s.norm(k + 1)))
            })
    {
        return None;
    }
    // "acquired 87.5% of Y" is control, and so are shares bought "giving
    // it 83 pct" later in the sentence.
    let control = bought
        .windows(2)
        .chain(s.words(first_ref, s.items.len()).windows(2))
        .any(|w| {
            matches!(w[1], "pct" | "percent" | "%")
                && w[0]
                    .replace(',', ".")
                    .parse::<f64>()
                    .is_ok_and(|v| v >= 50.0)
        });
    // ("buy $250 million of Y's new shares": the shares after the
    // issuer's possessive.)
    // ("all of Y's outstanding shares" are all of Y; "Y's shares in Z" are
    // a stake Y sells.)
    // ("purchase Y's shares", "half of Y's stock" buy Y: only a sum's
    // worth of them, told right before, is a part.)
    let possessed_shares = first_ref + 2 < right_bound
        && first_ref >= 2
        && s.is_word(first_ref - 1, &["of"])
        && matches!(s.items[first_ref - 2].2, Item::Amount(_))
        && s.norm(first_ref + 1) == "'s"
        && (first_ref + 2..right_bound.min(first_ref + 5))
            .take_while(|&k| s.items[k].2 == Item::Word)
            .find(|&k| s.is_word(k, &["shares", "stock"]))
            .is_some_and(|k| {
                !s.is_word((k + 1).min(right_bound - 1), &["in", "of"])
                    && !(first_ref + 2..k)
                        .any(|j| s.is_word(j, &["outstanding", "remaining", "issued", "entire"]))
                    && !bought.iter().any(|w| matches!(*w, "all" | "rest"))
            });
    // "bought 2 mln shares in Y", "acquired 5.5 pct of Y": a share of a
    // company, not the whole of it, is an investment in it.
    // ("buy a third of Y", "one-quarter of Y", "un tiers de Y": a fraction
    // short of half.)
    // ("pay a quarter of a billion dollars": a part of a sum, no share.)
    // (The sum is one item, written as its first word.)
    let sum_named = (t_end..first_ref)
        .any(|k| matches!(s.items[k].2, Item::Amount(a) if s.input.amounts[a].currency.is_some()));
    let of_a_sum = |i: usize| {
        sum_named
            && bought.get(i + 1) == Some(&"of")
            && bought.get(i + 2).is_some_and(|w| matches!(*w, "a" | "an"))
    };
    let minority = possessed_shares
        || bought.iter().enumerate().any(|(i, w)| {
        !of_a_sum(i) && matches!(
            *w,
            "shares"
                | "stock"
                | "pct"
                | "percent"
                | "%"
                | "actions"
                | "third"
                | "one-third"
                | "quarter"
                | "one-quarter"
                | "fifth"
                | "tenth"
                | "tiers"
                | "quart"
        )
    })
        && !bought.iter().any(|w| {
            matches!(
                *w,
                "all"
                    | "remaining"
                    | "restants"
                    | "restantes"
                    | "restant"
                    | "restante"
                    | "outstanding"
                    | "majority"
                    | "controlling"
                    | "toutes"
                    | "totalité"
                    | "entire"
                    | "circulation"
            )
        })
        // "buy the 40% of Y it does not already own", "the rest of Y":
        // what is left of a company makes the buyer its whole owner.
        && !clause.windows(2).any(|w| {
            matches!(w, ["not", "own" | "already"] | ["pas", "encore"] | ["the" | "le", "rest" | "reste" | "solde"])
        })
        // ("les 40 % de Y qu'il ne possède pas", "it does not hold": any
        // owning verb denied.)
        && !clause.windows(3).any(|w| {
            matches!(w[0], "ne" | "n'" | "not")
                && (lexicon::is(&lexicon::OWNING_VERBS, w[1]) || lexicon::is(&lexicon::OWNING_VERBS, w[2]))
        })
        && !control;
    // "will buy Intel common stock at $23.28 per share", "bought 2.5
    // million Selvane shares": the stock of a company named before it,
    // none of it said to be all, is a stake.
    let common_stock = form == Form::Active
        && frame == Frame::Acquire
        && first_ref + 1 < right_bound
        && s.org_at(first_ref).is_some()
        && (s.is_word(first_ref + 1, &["stock", "shares"])
            || (first_ref + 2 < right_bound
                && s.is_word(first_ref + 1, &["common", "ordinary"])
                && s.is_word(first_ref + 2, &["stock", "shares"])))
        && !clause
            .iter()
            .any(|w| matches!(*w, "all" | "outstanding" | "remaining" | "tender"));
    let issued = frame == Frame::Acquire && form == Form::Passive && new_shares_before(s, t_end);
    Some(Bought {
        what,
        minority: minority || (common_stock && !control) || issued,
    })
}

/// The company named after the goods an order counts, through "de" or
/// "of" and a few lowercase words: "une commande de 60 avions de la
/// compagnie Quibble", "an order for 40 locomotives of Y".
fn goods_for(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> Option<usize> {
    let name = (t_end..right_bound.min(t_end + 10)).find(|&k| s.org_at(k).is_some())?;
    let goods = (t_end..name).find(|&k| s.items[k].2 == Item::Word && GOODS.contains(s.norm(k)))?;
    (goods + 1 < name
        && s.is_word(goods + 1, &["de", "d'", "du", "of"])
        && (goods + 2..name).all(|k| {
            s.items[k].2 == Item::Word
                && !s.input.toks[s.items[k].0].is_capitalized()
                && prep_slot(s.norm(k)).is_none()
        }))
    .then_some(name)
}

/// "will buy 40 Boeing jets", "AMD's Instinct processors": the maker named
/// beside the goods a buying-services trigger (ending at `t_end`) buys
/// sells them, and a product the maker owns is no party.
pub(super) fn maker_provides(
    s: &Sentence<'_>,
    frame: Frame,
    t_end: usize,
    right_bound: usize,
    groups: &mut Vec<(Vec<usize>, Role)>,
) {
    // "a reçu une commande de 60 avions de Quibble Airways": the order a
    // maker wins names its goods, then whom they are for.
    if frame == Frame::WinContract
        && !groups.iter().any(|(_, r)| *r == Role::Customer)
        && let Some(buyer) = goods_for(s, t_end, right_bound)
        && !groups.iter().any(|(items, _)| items.contains(&buyer))
    {
        groups.push((vec![buyer], Role::Customer));
    }
    if frame == Frame::BuyServices
        && let Some(maker) = maker_goods(s, t_end, right_bound)
    {
        // "AMD's Instinct processors": the product the maker owns is no
        // party.
        if s.is_word(maker + 1, &["'s"]) && s.org_at(maker + 2).is_some() {
            for (items, _) in groups.iter_mut() {
                items.retain(|&k| k != maker + 2);
            }
            groups.retain(|(items, _)| !items.is_empty());
        }
        // "spend $40 billion on Nvidia chips to power OpenAI's data centre":
        // the object of a purpose's verb is no provider.
        let purpose_object = |k: usize| {
            k >= 2
                && k > maker
                && s.is_word(k - 2, &["to", "pour"])
                && s.items[k - 1].2 == Item::Word
                && !s.input.toks[s.items[k - 1].0].is_capitalized()
        };
        for (items, role) in groups.iter_mut() {
            if *role == Role::Provider {
                items.retain(|&k| !purpose_object(k));
            }
        }
        groups.retain(|(items, _)| !items.is_empty());
        // "lease four Boeing 787s from Air Lease": a seller named apart
        // from the maker provides the goods; the maker is no party.
        let seller_apart = groups
            .iter()
            .any(|(items, r)| *r == Role::Provider && !items.contains(&maker));
        if seller_apart {
            for (items, _) in groups.iter_mut() {
                items.retain(|&k| k != maker);
            }
            groups.retain(|(items, _)| !items.is_empty());
        } else if !groups.iter().any(|(_, r)| *r == Role::Provider) {
            groups.push((vec![maker], Role::Provider));
        }
    }
}

/// "agreed to spend $4 billion over four years on Tessera's cloud
/// services": the company whose services money is spent on provides them,
/// wherever the sum and its span put it. (Only a possessive after "on":
/// "a lease of transponders on the Galaxy III satellite" names a place.)
pub(super) fn spent_on_provider(
    s: &Sentence<'_>,
    frame: Frame,
    t_end: usize,
    right_bound: usize,
    groups: &mut Vec<(Vec<usize>, Role)>,
) {
    if frame != Frame::BuyServices || groups.iter().any(|(_, r)| *r == Role::Provider) {
        return;
    }
    let owner = (t_end + 1..right_bound.min(t_end + 10))
        .find(|&k| s.is_word(k - 1, &["on"]) && s.org_at(k).is_some() && s.is_word(k + 1, &["'s"]));
    if let Some(owner) = owner {
        groups.push((vec![owner], Role::Provider));
    }
}

/// "will pay Kelmix $900 million over seven years to run its data centres",
/// "versera 90 millions d'euros par an à Kelmix pour gérer ses centres":
/// money paid to a company for a job a supplier does
/// (`data/words/commissioned_work.txt`) buys its services. Whether the
/// verb of paying ending at `t_end` is so followed: the payee named right
/// after the verb, or after "to"/"à" past the sum, then the job's
/// infinitive, all in the clause. (A sum paid "for" services is read by
/// the paying frame itself.)
pub(super) fn paid_for_work(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    let end = right_bound.min(t_end + 16);
    let Some(payee) = (t_end..end)
        .take_while(|&k| !s.is_boundary(k))
        .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
    else {
        return false;
    };
    let sum_before = (t_end..payee).any(|k| matches!(s.items[k].2, Item::Amount(_)));
    let named_after = payee == t_end || (sum_before && s.is_word(payee - 1, &["to", "à"]));
    if !named_after {
        return false;
    }
    (payee + 1..end)
        .take_while(|&k| !s.is_boundary(k))
        .any(|k| {
            s.is_word(k, &["to", "pour"])
                && k + 1 < end
                && COMMISSIONED_WORK.contains(s.norm(k + 1))
        })
}

/// "investira 3 milliards de dollars par an dans les produits d'Orvane",
/// "will invest $3 billion in Orvane's products": money put into a
/// company's goods or services buys them. The owner's item, when the
/// investing verb at `t_end` is so followed.
pub(super) fn invested_in_goods(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
) -> Option<usize> {
    let into =
        (t_end..right_bound.min(t_end + 7)).find(|&k| s.is_word(k, &["in", "into", "dans"]))?;
    let goods = |k: usize| {
        k < right_bound
            && s.items[k].2 == Item::Word
            && (GOODS.contains(s.norm(k)) || SERVICE_WORDS.contains(s.norm(k)))
    };
    // "in Orvane's products".
    if s.org_at(into + 1).is_some() && s.is_word(into + 2, &["'s"]) && goods(into + 3) {
        return Some(into + 1);
    }
    // "dans les produits d'Orvane", "in the products of Orvane".
    let det = s.is_word(into + 1, &["les", "des", "ses", "the", "le", "la"]);
    (det && goods(into + 2) && s.is_word(into + 3, &["de", "d'", "du", "of"]))
        .then_some(into + 4)
        .filter(|&k| s.org_at(k).is_some())
}

/// "buy Norlac's 50% share of Helix", "buying out its partner Norlac's
/// share in Helix": the holder named right after the buying verb (its
/// words from `t_end` on, then the holder's possessive) and the company its
/// share is of, when "share" follows the possessive, past a percentage and
/// adjectives, and the company follows "of"/"in", or a company's noun set
/// off before its name ("share of their business, Helix"). ("Norlac's
/// share of the market" names no company.)
pub(super) fn holders_share(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
) -> Option<(usize, usize)> {
    let holder =
        (t_end..right_bound.min(t_end + 4)).find(|&k| matches!(s.items[k].2, Item::Ref(_)))?;
    if !(t_end..holder).all(|k| s.items[k].2 == Item::Word) || !s.is_word(holder + 1, &["'s", "'"])
    {
        return None;
    }
    let share = (holder + 2..right_bound.min(holder + 7))
        .take_while(|&k| {
            s.items[k].2 == Item::Word
                || matches!(s.items[k].2, Item::Amount(_))
                || s.norm(k) == "%"
        })
        .find(|&k| s.is_word(k, &["share"]))?;
    if !s.is_word(share + 1, &["of", "in"]) {
        return None;
    }
    // ("share of their joint venture, Helix": past the company's noun to
    // its name set off.)
    let company = if s.org_at(share + 2).is_some() {
        share + 2
    } else {
        let head = (share + 2..right_bound.min(share + 7))
            .take_while(|&k| s.items[k].2 == Item::Word)
            .last()?;
        if !(s.is_word(
            head,
            &[
                "venture",
                "company",
                "business",
                "unit",
                "subsidiary",
                "coentreprise",
                "filiale",
            ],
        ) && head + 1 < s.items.len()
            && s.norm(head + 1) == ",")
        {
            return None;
        }
        head + 2
    };
    (company < right_bound && s.org_at(company).is_some() && !s.is_word(company + 1, &["'s", "'"]))
        .then_some((holder, company))
}

/// Nouns of a supplier, the words a supply trigger names one by.
pub(super) const SUPPLIER_NOUNS: &[&str] =
    &["supplier", "suppliers", "fournisseur", "fournisseurs"];

/// "Dravik will supply the cathode materials under a separate contract,
/// Velmora said": a supply with no customer named, told by another company
/// right after the comma that closes the sentence, is to that company.
/// Not a supplier's noun ("Y is a supplier of X, Z said" tells what Y
/// does), nor analysts at a company ("..., analysts at Z said").
pub(super) fn customer_telling(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    parties: &[(String, Role)],
) -> Option<String> {
    if frame != Frame::Supply
        || s.is_word(t, SUPPLIER_NOUNS)
        || s.is_word(t, &["provider", "providers", "prestataire", "prestataires"])
        || (t > 0
            && s.is_word(
                t - 1,
                &[
                    "a", "an", "the", "its", "un", "une", "le", "la", "son", "sa",
                ],
            ))
        || !parties.iter().any(|p| p.1 == Role::Provider)
        || parties.iter().any(|p| p.1 == Role::Customer)
    {
        return None;
    }
    let (comma, org) = s.trailing_report()?;
    let reporter = s.org_at(org).filter(|_| org == comma + 1)?;
    (!parties.iter().any(|p| p.0 == reporter)).then(|| reporter.to_string())
}

/// "Kelmix signed with supplier Castor", "son fournisseur Castor": the name
/// right after the supplier noun at `t` is the supplier itself, and the
/// company the sentence is about its customer. So is the name set off
/// after it ("Kelmix's main supplier, Castor,", "le principal fournisseur
/// de Kelmix, le groupe Castor,"), and the possessive or the complement
/// names the customer.
pub(super) fn supplier_named(
    s: &Sentence<'_>,
    frame: Frame,
    t: usize,
    t_end: usize,
    poss: &[usize],
    groups: &mut Vec<(Vec<usize>, Role)>,
) {
    let n = s.items.len();
    if frame != Frame::Supply || !s.is_word(t, SUPPLIER_NOUNS) {
        return;
    }
    if t_end < n && matches!(s.items[t_end].2, Item::Ref(_)) {
        for (items, role) in groups.iter_mut() {
            *role = if items.first() == Some(&t_end) {
                Role::Provider
            } else {
                Role::Customer
            };
        }
        return;
    }
    // (Past a description of it: ", le groupe Castor,".)
    let set_off = |items: &Vec<usize>| {
        items.first().is_some_and(|&k| {
            let words = (t_end..k)
                .rev()
                .take_while(|&j| s.items[j].2 == Item::Word)
                .count();
            let comma = k - words;
            words <= 3
                && comma > t_end
                && s.norm(comma - 1) == ","
                && (t_end..comma - 1).all(|j| s.items[j].2 != Item::Punct)
        })
    };
    // (Just "supplier, X," with no customer named tells nothing.)
    let customer_named = !poss.is_empty() || groups.iter().any(|(g, _)| !set_off(g));
    if !customer_named || !groups.iter().any(|(g, _)| set_off(g)) {
        return;
    }
    for (items, role) in groups.iter_mut() {
        *role = if set_off(items) {
            Role::Provider
        } else {
            Role::Customer
        };
    }
    if !poss.is_empty() && !groups.iter().any(|(g, _)| g.as_slice() == poss) {
        groups.push((poss.to_vec(), Role::Customer));
    }
}

/// Verbs of building works for a customer ("will build a plant for Y",
/// "construira une usine pour Y").
pub(super) const BUILD_VERBS: &[&str] = &["build", "builds", "construire", "construira"];

/// Whether a making verb (frame `make-for`, the trigger at items `t..t_end`)
/// makes goods for a customer under a deal: goods or services after it,
/// then "for"/"pour" and a name, in a sentence that names a contract, a
/// deal or a sum, or after "will", "to" or "va" ("TSMC makes chips for
/// Apple" tells a standing trade; "make an offer for Y" makes nothing).
pub(super) fn made_for_customer(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    right_bound: usize,
) -> bool {
    // ("pour le compte d'Orvane": on whose behalf.)
    let on_behalf =
        |k: usize| k >= 1 && s.is_word(k - 1, &["de", "d'", "du"]) && s.on_behalf_before(k - 1);
    // ("will host Kelmix's data", "construira le siège de Kelmix": or the
    // owner of what the work is done on, right after the verb.)
    // (Work done on things, not goods made: "to make Kelmix's models
    // available" sells nothing to Kelmix.)
    let working = !s.is_word(
        t,
        &[
            "make",
            "makes",
            "design",
            "designs",
            "manufacture",
            "manufactures",
            "produce",
            "produces",
            "concevoir",
            "concevra",
            "conçoit",
            "fabriquer",
            "fabriquera",
            "fabrique",
            "produire",
            "produira",
        ],
    );
    let owner_of_object = || {
        (t_end..right_bound.min(t_end + 5))
            .filter(|_| working)
            .find(|&k| {
                s.org_at(k).is_some()
                    && ((k == t_end && s.is_word(k + 1, &["'s", "'"]))
                        || (k > t_end + 1
                            && s.is_word(k - 1, &["de", "d'", "du", "of"])
                            && (t_end..k - 1).all(|j| s.items[j].2 == Item::Word)))
            })
    };
    let Some(f) = (t_end + 1..right_bound.min(t_end + 12))
        .find(|&k| (s.is_word(k - 1, &["for", "pour"]) || on_behalf(k)) && s.org_at(k).is_some())
        .or_else(owner_of_object)
    else {
        return false;
    };
    // "won a contract to build a plant for Y", "construire une usine pour
    // Y": works built for a customer are sold to it.
    let n = s.items.len();
    let contract = (0..n).any(|k| {
        s.is_word(
            k,
            &[
                "contract",
                "contracts",
                "deal",
                "agreement",
                "contrat",
                "accord",
                "order",
                "commande",
            ],
        )
    });
    // ("won a contract to build a bridge for Y": under a contract, whatever
    // is built for Y is its works, a facility or not.)
    let works = s.is_word(t, BUILD_VERBS)
        && (contract || super::shapes::business_part(s.words(t_end, f - 1)));
    let goods = (t_end..f - 1).any(|k| s.goods_at(k));
    // "will process card payments for Y under a five-year agreement",
    // "gérera la maintenance des trains pour Y dans le cadre d'un contrat":
    // work done for a customer under a contract is a service sold to it,
    // when the verb or its object names such work.
    let service =
        // (The verb itself, when its object's owner follows it at once.)
        contract
            && (t..(f - 1).max(t + 1))
                .any(|k| s.items[k].2 == Item::Word && names_work(s.norm(k)));
    let deal = contract
        || (0..n).any(
            |k| matches!(s.items[k].2, Item::Amount(a) if s.input.amounts[a].currency.is_some()),
        );
    // "will make", "va fabriquer", or a French future ("fabriquera").
    let to_be = (t > 0 && s.is_word(t - 1, &["will", "to", "would", "va", "vont", "devrait"]))
        || s.norm(t).ends_with("ra")
        || s.norm(t).ends_with("ront");
    // (Works only under a contract or for a sum: "va construire une usine
    // pour Y" may be its own plant's site.)
    (goods && (deal || to_be)) || (works && deal) || service
}

/// Whether `w` names work a company is commissioned for
/// (`data/words/commissioned_work.txt`), as written or in a verb's third
/// person ("maintains", "processes") or French future ("exploitera",
/// "produira").
pub(super) fn names_work(w: &str) -> bool {
    COMMISSIONED_WORK.contains(w)
        || w.strip_suffix("es")
            .is_some_and(|b| COMMISSIONED_WORK.contains(b))
        || w.strip_suffix('s')
            .is_some_and(|b| COMMISSIONED_WORK.contains(b))
        || w.strip_suffix("era")
            .is_some_and(|b| COMMISSIONED_WORK.contains(&format!("{b}er")))
        // ("produira", "construira": the future of a verb in -ire.)
        || w.strip_suffix("ira")
            .is_some_and(|b| COMMISSIONED_WORK.contains(&format!("{b}ire")))
}

/// The share a phrase states by its percentage ("24 pct", "20 %", "30 per
/// cent"), if any.
pub(super) fn stated_share(words: &[&str]) -> Option<f64> {
    // ("28 dlrs per share" is a price: "per" only as "per cent".)
    (1..words.len()).find_map(|i| {
        (super::shapes::percent_unit(words[i])
            && (words[i] != "per" || words.get(i + 1) == Some(&"cent")))
        .then(|| words[i - 1].replace(',', ".").parse::<f64>().ok())
        .flatten()
    })
}

/// "pour lui céder une participation minoritaire dans Y", "to sell it a 20%
/// stake in Y", "lui céder 20 % de Y": a stake short of half, sold, is an
/// investment by its buyer. Reads what a selling verb ending at `t_end`
/// sells, up to the first name.
pub(super) fn minority_sold(
    s: &Sentence<'_>,
    frame: Frame,
    t_end: usize,
    right_bound: usize,
) -> bool {
    if frame != Frame::Sell {
        return false;
    }
    // ("to sell Halvern its 20% stake in Y": past the buyer named first.)
    let t_end = if s
        .items
        .get(t_end)
        .is_some_and(|i| matches!(i.2, Item::Ref(_)))
    {
        t_end + 1
    } else {
        t_end
    };
    let end = (t_end..right_bound)
        .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
        .unwrap_or(right_bound);
    let words = s.words(t_end, end);
    let share = stated_share(words);
    (share.is_some() || words.iter().any(|w| STAKE_WORDS.contains(w)))
        && (words
            .iter()
            .any(|w| matches!(*w, "minority" | "minoritaire"))
            || share.is_some_and(|v| v < 50.0))
        && !words.iter().any(|w| {
            matches!(
                *w,
                "majority" | "majoritaire" | "controlling" | "remaining" | "restante" | "reste"
            )
        })
}

/// "an offer for 24 pct of Y", "a bid for a 30% stake in Y", "une offre sur
/// 20 % de Y": a bid for a stated share short of half, not for what
/// remains of it, is a bid to invest. Reads from the trigger's end `t_end`
/// to the first organisation.
pub(super) fn minority_bid(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    if !s.is_word(t_end, &["for", "pour", "sur"]) {
        return false;
    }
    let end = (t_end..right_bound)
        .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
        .unwrap_or(right_bound);
    let words = s.words(t_end, end);
    let share = stated_share(words);
    // ("the 45 pct it does not already hold", "les 40 % qu'il ne détient
    // pas": what remains, control. Looser than the remainder reader's
    // holder clause, which a ticker after the company's name stops: "the
    // 45 pct of Standard Oil Co <SRD.N> it does not already own".)
    let tail = s.words(t_end, right_bound);
    let not_held = tail.iter().any(|w| matches!(*w, "not" | "pas" | "n't"))
        && tail.iter().any(|w| lexicon::OWNING_VERBS.contains(w));
    share.is_some_and(|v| v < 50.0)
        && !not_held
        && !words
            .iter()
            .any(|w| super::remainder::is_remainder_word(w) || *w == "outstanding")
}

/// "taking full control of Y by buying out its partner Z", "bought out its
/// fellow shareholders": a buy-out of a company named as a partner or a
/// holder buys its share, not the company; it is the seller.
pub(super) fn partner_bought_out(
    s: &Sentence<'_>,
    frame: Frame,
    (t, t_end): (usize, usize),
    groups: &mut [(Vec<usize>, Role)],
) {
    let out = (t..t_end + 1).any(|k| k < s.items.len() && s.is_word(k, &["out"]));
    if frame != Frame::Acquire || !out {
        return;
    }
    let holder_noun = |k: usize| {
        super::holders::holder_noun(s, k, &["partner", "co-owner", "partenaire", "associé"])
    };
    for (items, role) in groups.iter_mut() {
        if *role == Role::Target
            && items
                .first()
                .is_some_and(|&k| k >= 1 && (holder_noun(k - 1) || (k >= 2 && holder_noun(k - 2))))
        {
            *role = Role::Seller;
        }
    }
}

/// Whether what the buying verb ending at `t_end` buys is a sum's worth of
/// shares named by their article alone: "$250 million of the new shares",
/// "2 mln of the shares" (the ones a raise told before issues).
pub(super) fn issued_shares_bought(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    let end = right_bound.min(t_end + 6);
    t_end + 3 < end
        && matches!(s.items[t_end].2, Item::Amount(_))
        && s.is_word(t_end + 1, &["of"])
        && s.is_word(t_end + 2, &["the"])
        && (t_end + 3..end)
            .take_while(|&k| s.items[k].2 == Item::Word)
            .any(|k| s.is_word(k, &["shares", "stock"]))
}

/// The company raising money before item `t` in its sentence, by a verb or
/// noun of raising or of a share sale: "Vextra said it would raise $1
/// billion through a share sale, and that ...".
pub(super) fn issuer_before(s: &Sentence<'_>, t: usize) -> Option<String> {
    let raise = (0..t).find(|&k| {
        matches!(s.frame_at(k), Some(Frame::RaiseVerb | Frame::RaiseNoun))
            || s.is_word(k, &["offering", "placement"])
    })?;
    (0..raise)
        .rev()
        .find_map(|k| s.org_at(k).map(str::to_string))
}

/// "bought out Varnell from their joint venture", "bought Varnell out of
/// Scoria": a company bought out of another sells its share of it. The
/// item of the one bought out, and of the company it leaves when named,
/// for the buying verb at items `t..t_end`.
pub(super) fn bought_out_of(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    right_bound: usize,
) -> Option<(usize, Option<usize>)> {
    let n = right_bound.min(s.items.len());
    s.org_at(t_end)?;
    let from = if s.words(t, t_end).contains(&"out") && s.is_word(t_end + 1, &["from"]) {
        t_end + 2
    } else if s.is_word(t_end + 1, &["out"]) && s.is_word(t_end + 2, &["of"]) {
        t_end + 3
    } else {
        return None;
    };
    let left = (from..n.min(from + 4))
        .take_while(|&k| s.items[k].2 != Item::Punct)
        .find(|&k| s.org_at(k).is_some());
    Some((t_end, left))
}

/// Whether the word after a stake word shows it names goods, not a share:
/// "bought engine parts maker Y", "Y's parts unit" (the goods a company or
/// a unit is told by make no stake).
fn names_goods(next: Option<&str>) -> bool {
    next.is_some_and(|next| {
        lexicon::is(&lexicon::DESCRIPTION_HEADS, next) || UNIT_NOUNS.contains(next)
    })
}
