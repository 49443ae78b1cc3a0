//! The venture a founding or joining verb names: "launched the Kelmix
//! Alliance", "the Kelmix Alliance, which Nvidia later joined", "Nvidia has
//! since joined the partnership" (the venture the article told last), and
//! investing in a named venture with others ("invest in the Stargate
//! project with OpenAI and Oracle").

use dealwire_core::model::Role;

use super::sentence::{Item, Sentence, Slot};
use crate::coref::{Context, Reference};
use crate::lexicon::WordSet;

/// Last words of a venture's own name: see `data/words/venture_names.txt`.
pub(super) static VENTURE_NAMES: WordSet =
    WordSet::new(include_str!("../../data/words/venture_names.txt"));

/// Whether a name says it is a venture's by its own first or last word:
/// "the Kelmix Alliance", "l'Alliance Kelmix". (Asked of most sentences'
/// first names: no lowercased copy of the name is made.)
pub(super) fn venture_by_name(name: &str) -> bool {
    [name.split(' ').next(), name.rsplit(' ').next()]
        .into_iter()
        .flatten()
        .any(|w| {
            VENTURE_NAMES
                .words()
                .iter()
                .any(|v| v.eq_ignore_ascii_case(w))
        })
}

/// The venture a founding verb at items `t..t_end` founds: the name right
/// after it ("launched the Kelmix Alliance", "unveiled Helios, a venture
/// that will build data centres"), or, with its agent after it, the name
/// before it ("the Kelmix Alliance, which was launched by A and B"), when
/// that name is a venture's by its words or by what the sentence says of it.
///
/// Joining ("A and B joined the Kelmix Alliance") needs the name after the
/// verb, or a venture noun there for the venture the article told last
/// (`recent`: "Nvidia has since joined the partnership").
pub(super) fn founded_venture(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    right_bound: usize,
    joining: bool,
    recent: Option<&str>,
) -> Option<String> {
    let venture = |k: usize| {
        let name = s.org_at(k)?;
        let by_name = venture_by_name(name);
        // "l'alliance Kelmix", "le consortium Kelmix": a venture's noun,
        // with its article, right before the name.
        let titled = k >= 2
            && VENTURE_NAMES.contains(s.norm(k - 1))
            && s.is_word(k - 2, &["l'", "la", "le", "the"]);
        let described = || super::shapes::vehicle_near(s, s.items[k].0).as_deref() == Some(name);
        (by_name || titled || described()).then(|| name.to_string())
    };
    let after = (t_end..right_bound.min(t_end + 3)).find(|&k| matches!(s.items[k].2, Item::Ref(_)));
    if let Some(name) = after.and_then(venture) {
        return Some(name);
    }
    // ("ont dévoilé mardi à Washington Helion, une coentreprise", "unveiled
    // on Tuesday in Washington Helion, a joint venture": past a day and a
    // place, words only.)
    // (Only a name its apposition calls a venture, and no agent or
    // coordination between: "annoncé ce jeudi et mené par Salesforce
    // Ventures" names a round's lead.)
    let later = (t_end..right_bound.min(t_end + 6))
        .take_while(|&k| {
            (s.items[k].2 == Item::Word
                && !s.is_word(k, &["by", "par", "and", "et", "with", "avec"]))
                || matches!(s.items[k].2, Item::Ref(_))
        })
        .find(|&k| matches!(s.items[k].2, Item::Ref(_)))
        .filter(|&k| Some(k) != after)
        .filter(|&k| {
            k + 3 < s.items.len()
                && s.norm(k + 1) == ","
                && s.is_word(k + 2, &["a", "an", "une", "un"])
                && (k + 3..(k + 5).min(s.items.len())).any(|j| {
                    s.is_in(j, &crate::lexicon::VENTURE_NOUNS) || VENTURE_NAMES.contains(s.norm(j))
                })
        });
    if let Some(name) = later.and_then(|k| s.org_at(k)) {
        return Some(name.to_string());
    }
    // "A, B and C are the founding partners of Helios", "membres
    // fondateurs de Kelmix": the founders of whatever company is named
    // after, whatever its name's shape.
    let founders = (t..t_end).any(|k| s.norm(k) == "founding" || s.norm(k).starts_with("fondat"));
    if founders && let Some(name) = after.and_then(|k| s.org_at(k)) {
        return Some(name.to_string());
    }
    // "the Kelmix Alliance, which Nvidia and xAI later joined", "...,
    // and which Nvidia later joined", "the AI Infrastructure Partnership,
    // which A, B and C launched": the venture the relative pronoun stands
    // for.
    if let Some(which) = (t.saturating_sub(9)..t)
        .rev()
        .find(|&k| s.is_word(k, &["which", "que", "qu'"]))
    {
        let antecedent = if which >= 2 && s.norm(which - 1) == "," {
            Some(which - 2)
        } else if which >= 1 && s.is_word(which - 1, &["and", "et"]) {
            (0..which).find(|&k| matches!(s.items[k].2, Item::Ref(Reference::Org(_))))
        } else {
            None
        };
        if let Some(name) = antecedent.and_then(venture) {
            return Some(name);
        }
    }
    if joining {
        let noun = (t_end..right_bound.min(t_end + 3))
            .take_while(|&k| s.items[k].2 == Item::Word)
            .any(|k| {
                VENTURE_NAMES.contains(s.norm(k)) || s.is_in(k, &crate::lexicon::VENTURE_NOUNS)
            });
        return recent
            .filter(|_| noun || joined_without_object(s, t_end, right_bound))
            .map(str::to_string);
    }
    let agent = (t_end..right_bound.min(t_end + 3)).any(|k| s.is_word(k, &["by", "par"]));
    let before = (t.saturating_sub(8)..t)
        .rev()
        .find(|&k| matches!(s.items[k].2, Item::Ref(Reference::Org(_))));
    before.filter(|_| agent).and_then(venture)
}

/// "will invest in the Stargate project with OpenAI and Oracle": investing
/// in the venture `vehicle` with others named after "with" in `right`, or
/// beside other investors ("A, B and C will invest in the Stellar
/// project"), is taking part in it as their partner. Rewrites `parties`
/// (the investors and the others as partners, the venture left out) and
/// returns whether it did.
pub(super) fn invested_with_others(
    s: &Sentence<'_>,
    vehicle: Option<&str>,
    right: &[(Slot, Vec<usize>)],
    parties: &mut Vec<(String, Role)>,
) -> bool {
    let Some(v) = vehicle else { return false };
    if !parties.iter().any(|p| p.1 == Role::Target && p.0 == v) {
        return false;
    }
    let with: Vec<String> = right
        .iter()
        .filter(|(slot, _)| *slot == Slot::With)
        .flat_map(|(_, g)| g.iter().filter_map(|&k| s.org_at(k).map(str::to_string)))
        .collect();
    // ("A, B and C will invest $100 billion in Stellar, a joint venture":
    // several investors in a venture are its partners too.)
    let investors = parties.iter().filter(|p| p.1 == Role::Investor).count();
    if with.is_empty() && investors < 2 {
        return false;
    }
    parties.retain(|p| p.0 != v);
    for p in parties.iter_mut() {
        p.1 = Role::Partner;
    }
    for w in with {
        if !parties.iter().any(|p| p.0 == w) {
            parties.push((w, Role::Partner));
        }
    }
    true
}

/// Participles of owning: with shares split between two owners after them
/// they tell a venture ("owned 51% by A and 49% by B"); the holder they
/// name after a stake or an offer sells it (see `bid_slots`), and they end
/// a remainder (see `remainder`).
pub(super) const OWNED: &[&str] = &["owned", "held", "détenue", "détenu", "détenues", "détenus"];

/// Whether an owning participle at `t` splits what it owns between two
/// owners or more, each with a share ("51% owned by A and 49% by B",
/// "détenue à 60 % par A et à 40 % par B"): the owners are partners in a
/// venture, whatever the participle's own frame.
pub(super) fn owned_in_shares(s: &Sentence<'_>, t: usize, right_bound: usize) -> bool {
    share_owners(s, t, right_bound).len() >= 2
}

/// Whether the stake predicate ending at `t_end` holds a share of a
/// venture named by its noun: "will each own 50% of the new venture",
/// "détiendront chacun 50 % de la coentreprise". Its owners are partners.
/// ("bought Y's 50 pct holding in their joint venture", "took a stake in
/// the venture": a share bought is no owner's founding.)
pub(super) fn owns_venture(s: &Sentence<'_>, t: usize, t_end: usize, right_bound: usize) -> bool {
    const OWNING: &[&str] = &[
        "own",
        "owns",
        "co-own",
        "hold",
        "holds",
        "détiendront",
        "détiendra",
        "détiennent",
        "détient",
        "posséderont",
        "possédera",
    ];
    if !s.is_word(t, OWNING) {
        return false;
    }
    // ("will each own 33% of the new company": owners said to hold a share
    // each of a company new to the sentence found it together; "the
    // combined company" of a merger is no such one.)
    let each = (t.saturating_sub(1)..(t_end + 2).min(s.items.len()))
        .any(|k| s.is_word(k, &["each", "chacun", "chacune"]));
    // ("The joint venture, in which Orvane holds 60% and Kelmix 40%": the
    // venture named before a relative on it.)
    let relative_on_venture = (t.saturating_sub(5)..t).any(|w| {
        w >= 1
            && s.is_word(w, &["which", "laquelle", "lequel"])
            && s.is_word(w - 1, &["in", "of", "dans", "de"])
            && (w.saturating_sub(5)..w - 1).any(|j| s.is_in(j, &crate::lexicon::VENTURE_NOUNS))
    });
    if relative_on_venture {
        return true;
    }
    let end = right_bound.min(t_end + 9);
    (t_end..end).any(|k| {
        let of = s.is_word(k, &["of", "in", "de", "du", "dans"]);
        // (Read on the tokens: "the new company" may be read as a
        // description that refers back.)
        let new_company = || {
            let toks = &s.input.toks[s.items[k].0 + 1..];
            toks.iter().zip(toks.iter().skip(1)).take(3).any(|(a, b)| {
                matches!(a.norm.as_str(), "new" | "nouvelle")
                    && matches!(b.norm.as_str(), "company" | "entity" | "société" | "entité")
            })
        };
        of && ((k + 1..end.min(k + 5))
            .take_while(|&j| s.items[j].2 == Item::Word)
            .any(|j| s.is_in(j, &crate::lexicon::VENTURE_NOUNS))
            || (each && new_company()))
    })
}

/// The owners a gapped clause adds after a venture's first owner and its
/// share ("will own 60% of the joint venture and Quarrant the remaining
/// 40%", "détiendra 51 % de la coentreprise et Quarrant 49 %"): a name after
/// "and" or a comma followed by a share of its own.
pub(super) fn gapped_owners(s: &Sentence<'_>, t: usize, t_end: usize) -> Vec<usize> {
    let n = s.items.len();
    let share = |k: usize| {
        s.norm(k) == "%"
            || s.is_word(
                k,
                &[
                    "pct",
                    "percent",
                    "remaining",
                    "rest",
                    "reste",
                    "solde",
                    "restants",
                ],
            )
    };
    if !owns_venture(s, t, t_end, n) {
        return Vec::new();
    }
    (t_end + 2..n.min(t_end + 20))
        .filter(|&k| {
            s.org_at(k).is_some()
                && (s.is_word(k - 1, &["and", "et"]) || s.norm(k - 1) == ",")
                && (k + 1..n.min(k + 5)).any(share)
        })
        .collect()
}

/// The owners with a share after an owning participle at `t`, by item,
/// when their shares make the whole (a venture's owners hold all of it;
/// "50.23% owned by A, 16.43% by B" lists a listed company's holders).
fn share_owners(s: &Sentence<'_>, t: usize, right_bound: usize) -> Vec<usize> {
    if !s.is_word(t, OWNED) {
        return Vec::new();
    }
    let share = |k: usize| s.norm(k) == "%" || s.is_word(k, &["pct", "percent"]);
    // The number before a share's sign or word.
    let size = |k: usize| {
        (k > 0 && share(k))
            .then(|| s.norm(k - 1).replace(',', ".").parse::<f64>().ok())
            .flatten()
    };
    // "51% owned by A": the first share may stand before the participle;
    // a second participle tells of another company.
    let from = t.saturating_sub(3);
    let end = (t + 1..right_bound.min(t + 20))
        .find(|&k| s.is_word(k, OWNED))
        .unwrap_or(right_bound.min(t + 20));
    let mut total = 0.0;
    let owners: Vec<usize> = (t + 1..end)
        .filter(|&k| {
            s.is_word(k - 1, &["by", "par"]) && matches!(s.items[k].2, Item::Ref(Reference::Org(_)))
        })
        .filter_map(|k| {
            let sized = (from.max(k.saturating_sub(5))..k).rev().find_map(size)?;
            total += sized;
            Some(k)
        })
        .collect();
    if (99.0..=101.0).contains(&total) {
        owners
    } else {
        Vec::new()
    }
}

/// A venture read from its owners' shares: its vehicle, if named, and its
/// partners.
pub(super) type SharedVenture = (Option<String>, Vec<(String, Role)>);

/// The venture an owning participle at `t` splits between owners, and its
/// owners as partners: the company named before the participle ("Leapmotor
/// International, 51% owned by Stellantis and 49% by Leapmotor") is the
/// vehicle, not a partner. An owner the article's table reads as the
/// vehicle's short form (a venture named after one parent) is named as
/// written.
pub(super) fn venture_in_shares(
    s: &Sentence<'_>,
    t: usize,
    left_bound: usize,
    right_bound: usize,
) -> Option<SharedVenture> {
    let owners = share_owners(s, t, right_bound);
    if owners.len() < 2 {
        return None;
    }
    let vehicle = (left_bound..t)
        .rev()
        .take(5)
        .find_map(|k| s.org_at(k))
        .map(str::to_string);
    let partners = owners
        .iter()
        .filter_map(|&k| {
            let name = s.org_at(k)?;
            if vehicle.as_deref() == Some(name) {
                let (first, end, _) = s.items[k];
                let toks = s.input.toks;
                Some(s.input.text[toks[first].start..toks[end - 1].end].to_string())
            } else {
                Some(name.to_string())
            }
        })
        .map(|name| (name, Role::Partner))
        .collect();
    Some((vehicle, partners))
}

/// "A and B jointly own Kelmix", "A et B détiennent conjointement Kelmix",
/// "se partagent le capital de Kelmix": a company the partners own
/// together, named as an owning verb's object or as the company whose
/// capital it is, is their venture, not a partner. Takes it out of `right`
/// and gives its name.
pub(super) fn owned_together(
    s: &Sentence<'_>,
    right: &mut Vec<(Slot, Vec<usize>)>,
) -> Option<String> {
    let at = right.iter().position(|(slot, g)| {
        g.len() == 1
            && (*slot == Slot::Object
                || (*slot == Slot::Of
                    && g[0] >= 2
                    && s.is_word(g[0] - 1, &["de", "d'", "du", "of"])
                    && s.is_word(g[0] - 2, &["capital"])))
    })?;
    let name = s.org_at(right[at].1[0])?.to_string();
    right.remove(at);
    Some(name)
}

/// Whether nothing but adverbs and punctuation follows a joining verb
/// ending at item `t_end` in its clause ("D and E have also joined.",
/// "have since come on board", "l'ont rejointe depuis"): what they joined is
/// the venture told last.
pub(super) fn joined_without_object(s: &Sentence<'_>, t_end: usize, right_bound: usize) -> bool {
    (t_end..right_bound.min(s.items.len())).all(|k| {
        s.items[k].2 == Item::Punct
            || s.is_in(k, &crate::lexicon::PREVERBAL_ADVERBS)
            || s.is_word(
                k,
                &["since", "too", "depuis", "aussi", "également", "as", "well"],
            )
    })
}

/// "A and B will create a joint venture. A will hold 51% of the company",
/// "A détiendra 51 % de la société" (or "de la nouvelle société", the
/// venture named): a partner's share of a company told
/// by a description, when the partners of the deal told just before are
/// all the parties, is how the partners split their venture, no deal of
/// its own.
pub(super) fn venture_split(
    s: &Sentence<'_>,
    groups: &[(Vec<usize>, Role)],
    parties: &[(String, Role)],
    ctx: &Context,
) -> bool {
    // (Asked of every stake and purchase read: the cheap tests first, the
    // context's partners, a copy, last.)
    let described_target = groups.iter().any(|(g, role)| {
        *role == Role::Target
            && g.iter()
                .any(|&k| matches!(s.items[k].2, Item::Ref(Reference::Description(_))))
    });
    described_target
        && parties.len() >= 2
        && (0..s.items.len()).any(|k| matches!(s.norm(k), "%" | "pct" | "percent"))
        && ctx.recent_venture_partners().is_some_and(|partners| {
            // ("A détiendra 60 % de la nouvelle société": the description
            // may name the venture itself, its name told before.)
            let venture = ctx.last_venture();
            parties
                .iter()
                .all(|p| partners.contains(&p.0) || venture.as_deref() == Some(p.0.as_str()))
        })
}

/// "Helion, une coentreprise qui investira 100 milliards", "a joint
/// venture that will invest $100 billion": the venture a relative holding
/// an investing trigger at `t` follows acts, named in apposition before its
/// noun or not at all. The subject's items, when the trigger is so placed
/// and names no company after it (when it does, the venture's partners
/// invest through it, as read elsewhere).
pub(super) fn venture_investing(
    s: &Sentence<'_>,
    frame: crate::triggers::Frame,
    t: usize,
    right: &[(Slot, Vec<usize>)],
) -> Option<Vec<usize>> {
    use crate::triggers::Frame;
    if !matches!(frame, Frame::InvestVerb | Frame::InvestAmountVerb)
        || right
            .iter()
            .any(|(_, g)| g.iter().any(|&k| s.org_at(k).is_some()))
    {
        return None;
    }
    let noun = venture_relative(s, t)?;
    Some(
        (noun >= 3 && s.norm(noun - 2) == ",")
            .then(|| noun - 3)
            .filter(|&k| s.org_at(k).is_some())
            .into_iter()
            .collect(),
    )
}

/// The venture noun a relative clause holding the trigger at `t` follows
/// ("une coentreprise qui investira", "a joint venture that will invest"),
/// with the relative pronoun and at most an auxiliary between.
fn venture_relative(s: &Sentence<'_>, t: usize) -> Option<usize> {
    let pronoun = (t.saturating_sub(3)..t)
        .rev()
        .find(|&j| s.is_word(j, &["qui", "that", "which"]))?;
    let noun = pronoun.checked_sub(1)?;
    ((pronoun + 1..t).all(|j| s.items[j].2 == Item::Word)
        && s.items[noun].2 == Item::Word
        && s.is_in(noun, &crate::lexicon::VENTURE_NOUNS))
    .then_some(noun)
}
