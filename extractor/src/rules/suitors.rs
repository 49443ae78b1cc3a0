//! Suitors named for a company told for sale just before: "Quellin is
//! exploring a sale of its Asian unit. Dolvane and Norlac are among the
//! suitors", "... have expressed interest", "Les fonds Dolvane et Norlac
//! seraient sur les rangs". Each suitor is a rumoured buyer of that
//! company; the company told for sale is remembered by the article's
//! context (see `Context::recent_for_sale`). Suitors listed after a noun of
//! bidders with its company ("Bidders for Y include A and B", "Parmi les
//! candidats au rachat de Y figurent A et B") are read here too.

use dealwire_core::model::{DealType, Role, Status};

use super::Mention;
use super::sentence::{Item, Sentence};
use crate::coref::{Context, Reference};
use crate::lexicon::PhraseList;

/// Phrases that make the companies before them suitors: see
/// `data/words/suitor_cues.txt`.
static SUITOR_CUES: PhraseList = PhraseList::new(include_str!("../../data/words/suitor_cues.txt"));

/// Words that join the suitors a sentence lists.
const JOINERS: &[&str] = &["and", "et", "or", "ou"];

/// The rumoured purchases a sentence tells by naming suitors, the names
/// right before a cue, for the company told for sale just before, with no
/// company named after the cue in its clause ("among the suitors for Y" is
/// read by the offer's own trigger).
pub(super) fn suitors_told(s: &Sentence<'_>, ctx: &Context) -> Vec<Mention> {
    let Some((company, seller, _)) = ctx.recent_for_sale() else {
        return Vec::new();
    };
    let n = s.items.len();
    let Some((cue, len)) = (1..n).find_map(|k| {
        (s.items[k].2 == Item::Word)
            .then(|| SUITOR_CUES.len_at(s.input.toks, s.items[k].0))
            .flatten()
            .map(|len| (k, len))
    }) else {
        return Vec::new();
    };
    // A company named after the cue, in its clause, is what the suitors
    // are for ("among the suitors for Y"); one after a comma tells the news
    // ("..., Tessmere said"). (The cue's words end where the item whose
    // token follows them starts.)
    let cue_end_tok = s.items[cue].0 + len;
    if (cue..n)
        .skip_while(|&k| s.items[k].0 < cue_end_tok)
        .take_while(|&k| s.items[k].2 != Item::Punct)
        .any(|k| matches!(s.items[k].2, Item::Ref(_)))
    {
        return Vec::new();
    }
    // The suitors: the names right before the cue, joined by commas and
    // "and" ("Buyout firms Dolvane and Norlac are among the suitors").
    let mut suitors: Vec<String> = Vec::new();
    let mut k = cue;
    while k > 0 {
        k -= 1;
        match &s.items[k].2 {
            Item::Ref(Reference::Org(name)) => suitors.push(name.clone()),
            _ if s.is_word(k, JOINERS) || s.norm(k) == "," => {}
            _ => break,
        }
    }
    suitors.reverse();
    suitors.retain(|o| o != company && Some(o.as_str()) != seller);
    suitors.dedup();
    suitors
        .into_iter()
        .map(|suitor| {
            let mut parties = vec![
                (suitor, Role::Acquirer),
                (company.to_string(), Role::Target),
            ];
            if let Some(seller) = seller {
                parties.push((seller.to_string(), Role::Seller));
            }
            Mention::told(
                s.input.index,
                DealType::Acquisition,
                parties,
                (Status::Rumored, true),
            )
        })
        .collect()
}

/// Nouns of those who bid for a company; "buyers" only with a word of
/// prospect before it ("potential buyers for Y include A", as "buyers for
/// its products" are customers).
const BIDDER_NOUNS: &[&str] = &[
    "bidders",
    "suitors",
    "prétendants",
    "candidats",
    "repreneurs",
    "acquéreurs",
];
const PROSPECT_WORDS: &[&str] = &[
    "potential",
    "possible",
    "prospective",
    "interested",
    "potentiels",
    "éventuels",
];
/// Verbs that open the list of suitors after the company they bid for.
const LISTING_VERBS: &[&str] = &[
    "include",
    "includes",
    "included",
    "are",
    "were",
    "figurent",
    "sont",
    "comprennent",
    "incluent",
];

/// The rumoured purchases a sentence lists by a noun of bidders with the
/// company they bid for: "Bidders for Y include A and B", "Among the
/// suitors for Y are A and B", "Parmi les candidats au rachat de Y
/// figurent A et B", "Les prétendants de Y sont A et B".
pub(super) fn suitors_listed(s: &Sentence<'_>) -> Vec<Mention> {
    let n = s.items.len();
    let Some(noun) = (0..n.min(8)).find(|&k| {
        s.is_word(k, BIDDER_NOUNS)
            || (s.is_word(k, &["buyers", "acheteurs"])
                && k >= 1
                && s.is_word(k - 1, PROSPECT_WORDS))
    }) else {
        return Vec::new();
    };
    // The company bid for, a few words on, past "for", "de", "au rachat
    // de", "à la reprise de" and a word of prospect.
    let Some((target, company)) = (noun + 1..n.min(noun + 7))
        .take_while(|&k| s.items[k].2 == Item::Word || s.org_at(k).is_some())
        .find_map(|k| s.org_at(k).map(|name| (k, name)))
        .filter(|&(k, _)| {
            s.is_word(k - 1, &["for", "de", "d'", "du"])
                && (noun + 1..k).all(|j| {
                    s.is_word(
                        j,
                        &[
                            "for",
                            "de",
                            "d'",
                            "du",
                            "au",
                            "à",
                            "la",
                            "rachat",
                            "reprise",
                            "potentiels",
                            "éventuels",
                        ],
                    )
                })
        })
    else {
        return Vec::new();
    };
    if !s.is_word(target + 1, LISTING_VERBS) {
        return Vec::new();
    }
    let Some(first) = (target + 2..n.min(target + 5)).find(|&k| s.org_at(k).is_some()) else {
        return Vec::new();
    };
    let mut suitors: Vec<String> = super::lists::list_from(s, first, n)
        .into_iter()
        .filter_map(|k| s.org_at(k).map(str::to_string))
        .filter(|o| o != company)
        .collect();
    suitors.dedup();
    suitors
        .into_iter()
        .map(|suitor| {
            Mention::told(
                s.input.index,
                DealType::Acquisition,
                vec![
                    (suitor, Role::Acquirer),
                    (company.to_string(), Role::Target),
                ],
                (Status::Rumored, true),
            )
        })
        .collect()
}
