//! A group that acts before its members are named: "INCJ and a consortium
//! of Japanese companies will acquire Kelmix" names one buyer and describes
//! the others; "The consortium comprises A, B and C" or "the consortium of
//! A, B and C will own 5.8%" then names them, and they take the group's
//! part in the deal told before (the merge joins the two readings).

use dealwire_core::model::{DealType, Role, Status};

use super::Mention;
use super::lists::{extend_right, list_from};
use super::sentence::{Item, Sentence};
use crate::coref::{DescribedGroup, Reference};
use crate::lexicon::WordSet;
use crate::status;
use crate::triggers::Frame;

/// Nouns of a group whose members are the party: see
/// `data/words/member_groups.txt`.
pub(super) static MEMBER_GROUPS: WordSet =
    WordSet::new(include_str!("../../data/words/member_groups.txt"));

/// Words between a group's noun and its members: see
/// `data/words/member_links.txt`.
static MEMBER_LINKS: WordSet = WordSet::new(include_str!("../../data/words/member_links.txt"));

/// The noun of a group, with no name, coordinated with the subject left of
/// the trigger at `t`: "INCJ and the consortium of 8 companies will
/// acquire", "Orvane et un consortium d'investisseurs vont racheter".
pub(super) fn described_beside_subject(
    s: &Sentence<'_>,
    t: usize,
    left_bound: usize,
) -> Option<String> {
    let head = (left_bound + 2..t).find(|&k| {
        s.is_in(k, &MEMBER_GROUPS)
            && s.is_word(k - 1, &["a", "an", "the", "un", "une", "le", "la"])
            && s.is_word(k - 2, &["and", "et"])
            && matches!(
                s.items[k - 3..k - 2].first().map(|i| &i.2),
                Some(Item::Ref(_))
            )
    })?;
    // The members are not named here: no organisation between the noun and
    // the trigger.
    if (head + 1..t).any(|k| matches!(s.items[k].2, Item::Ref(_))) {
        return None;
    }
    Some(s.norm(head).to_string())
}

/// What the group told with `m` will take part as, if `m` is a deal such a
/// group can join.
pub(super) fn group_of(head: String, m: &Mention) -> Option<DescribedGroup> {
    let role = match m.deal_type {
        DealType::Acquisition => Role::Acquirer,
        DealType::Investment => Role::Investor,
        _ => return None,
    };
    let target = m.parties.iter().find(|p| p.1 == Role::Target)?.0.clone();
    Some(DescribedGroup {
        head,
        deal_type: m.deal_type,
        role,
        target: Some(target),
        status: m.status.0,
    })
}

/// The members a sentence names for `group`: "the consortium of A, B and
/// C", "The consortium comprises A, B and C", "le consortium réunit A, B
/// et C"; at least two.
pub(super) fn members(s: &Sentence<'_>, group: &DescribedGroup) -> Vec<String> {
    let n = s.items.len();
    const DETERMINERS: &[&str] = &["the", "this", "le", "la", "ce", "cette"];
    // ("The buyer group also includes C": the group named by its part in
    // the deal.)
    const PARTS: &[&str] = &["buyer", "buying", "investor", "acquiring", "bidding"];
    // (Read on the tokens: "the group" may be an item of its own, a
    // description.)
    let toks = s.input.toks;
    let tok_is = |i: usize, words: &[&str]| words.contains(&toks[i].norm.as_str());
    let Some(head) = (0..n).find(|&k| {
        let last = s.items[k].1 - 1;
        last >= 1
            && toks[last].norm == group.head
            && (tok_is(last - 1, DETERMINERS)
                || (last >= 2 && tok_is(last - 1, PARTS) && tok_is(last - 2, DETERMINERS)))
    }) else {
        return Vec::new();
    };
    let adverb = |k: usize| s.is_word(k, &["also", "aussi", "également", "now", "désormais"]);
    // ("The consortium, which also includes C and D, will pay": the link
    // may open a relative clause on the group.)
    let opens = if head + 2 < n && s.is_comma(head + 1) && s.is_word(head + 2, &["which", "qui"]) {
        head + 3
    } else {
        head + 1
    };
    let first = (opens..(opens + 4).min(n))
        .take_while(|&k| s.items[k].2 == Item::Word && (s.is_in(k, &MEMBER_LINKS) || adverb(k)))
        .last()
        .map_or(opens, |k| k + 1);
    if first == opens || first >= n || !matches!(s.items[first].2, Item::Ref(Reference::Org(_))) {
        return Vec::new();
    }
    // ("The consortium also includes C": one more member of a group whose
    // others were told.)
    let more = (opens..first).any(adverb);
    let mut group_items = vec![first];
    extend_right(s, first, n, &mut group_items);
    let names: Vec<String> = group_items
        .iter()
        .filter_map(|&k| s.org_at(k).map(str::to_string))
        .collect();
    if names.len() >= 2 || (more && !names.is_empty()) {
        names
    } else {
        Vec::new()
    }
}

/// The noun of a group that takes part in a deal under a leader, its other
/// members unnamed, in the clause `from..to`: "sell Kelmix to a group of
/// investors led by Halvern", "un consortium mené par Halvern".
pub(super) fn led_group(s: &Sentence<'_>, from: usize, to: usize) -> Option<String> {
    let toks = s.input.toks;
    let head = (from..to).find(|&k| {
        let last = s.items[k].1 - 1;
        last >= 1
            && MEMBER_GROUPS.contains(&toks[last].norm)
            && matches!(toks[last - 1].norm.as_str(), "a" | "an" | "un" | "une")
            && (k + 1..(k + 5).min(to)).any(|j| {
                s.is_word(
                    j,
                    &[
                        "led", "headed", "mené", "menée", "emmené", "emmenée", "conduit",
                    ],
                )
            })
    })?;
    Some(toks[s.items[head].1 - 1].norm.to_string())
}

/// The deal the members of `group` make: the group's deal, with them in its
/// role, joining the reading told before.
pub(super) fn members_deal(
    sentence: usize,
    group: &DescribedGroup,
    members: Vec<String>,
) -> Mention {
    let mut parties: Vec<(String, Role)> = members.into_iter().map(|m| (m, group.role)).collect();
    if let Some(target) = &group.target {
        parties.push((target.clone(), Role::Target));
    }
    Mention {
        sentence,
        deal_type: group.deal_type,
        parties,
        amount: None,
        vague_amount: false,
        status: (group.status, false),
        date: None,
        vehicle: None,
        confidence: 0.7,
        generic: false,
        cancelled: false,
        cancelled_outright: false,
        needs_amount: false,
        joined: true,
        buyer_unnamed: false,
        similar: false,
        sequel: false,
        guessed_direction: false,
        aside: false,
    }
}

/// Nouns of a group formed for a venture of its own: see
/// `data/words/venture_groups.txt`.
static VENTURE_GROUPS: WordSet = WordSet::new(include_str!("../../data/words/venture_groups.txt"));

/// A consortium of named members that commits to a project of its own when
/// the sentence tells no other deal: "A consortium of A, B and C will build
/// a $30 billion data centre campus", "Un consortium réunissant A et B va
/// investir 2 milliards d'euros". Its members are the partners of a joint
/// venture (the guide's "co-own a new entity or project"). What it does
/// must be money or a venture's work: an amount, or a verb of building,
/// founding or investing.
pub(super) fn consortium_venture(s: &Sentence<'_>, index: usize) -> Option<Mention> {
    let n = s.items.len();
    let head = (1..n).find(|&k| {
        s.is_in(k, &VENTURE_GROUPS)
            && s.is_word(
                k - 1,
                &["a", "an", "the", "un", "une", "le", "la", "this", "ce"],
            )
    })?;
    let first = (head + 1..(head + 5).min(n))
        .take_while(|&k| s.items[k].2 == Item::Word && s.is_in(k, &MEMBER_LINKS))
        .last()
        .map(|k| k + 1)?;
    if first >= n || !matches!(s.items[first].2, Item::Ref(Reference::Org(_))) {
        return None;
    }
    let mut group = vec![first];
    let end = extend_right(s, first, n, &mut group);
    let members: Vec<String> = group
        .iter()
        .filter_map(|&k| s.org_at(k).map(str::to_string))
        .collect();
    if members.len() < 2 {
        return None;
    }
    let clause_end = (end..n).find(|&k| s.ends_clause(k)).unwrap_or(n);
    let committing = (end..clause_end).any(|k| {
        matches!(s.items[k].2, Item::Amount(_))
            || matches!(
                s.frame_at(k),
                Some(
                    Frame::MakeFor
                        | Frame::Found
                        | Frame::InvestVerb
                        | Frame::InvestAmountVerb
                        | Frame::JointVenture
                )
            )
    });
    if !committing {
        return None;
    }
    // What it commits to spend is the venture's amount.
    let amount = (end..clause_end)
        .find_map(|k| match s.items[k].2 {
            Item::Amount(a) => Some(a),
            _ => None,
        })
        .and_then(|a| super::amounts::to_amount(s.input, a));
    let words = s.words(0, clause_end);
    let scope = status::Scope {
        local: words,
        clause: words,
        sentence: s.words(0, n),
    };
    let (status, cued) = status::status_of(scope, DealType::JointVenture, false);
    Some(Mention {
        amount,
        ..Mention::told(
            index,
            DealType::JointVenture,
            members.into_iter().map(|m| (m, Role::Partner)).collect(),
            (if cued { status } else { Status::Announced }, cued),
        )
    })
}

/// The leader of a group whose members a subject list names: "a consortium
/// led by A and including B and C", "A is leading a consortium that
/// includes B and C", "A a pris la tête d'un consortium comprenant B et C".
/// `first` is the first member named after the group's link word.
pub(super) fn group_leader(s: &Sentence<'_>, first: usize, left_bound: usize) -> Option<usize> {
    let org = |k: usize| matches!(s.items[k].2, Item::Ref(Reference::Org(_)));
    // The link before the members: "including", "that includes",
    // "comprenant", "qui réunit".
    let link = |k: usize| {
        s.is_in(k, &MEMBER_LINKS) || s.is_word(k, &["including", "comprenant", "incluant"])
    };
    let mut k = first.checked_sub(1)?;
    // "including Singapore's sovereign fund Quarrant": past the first
    // member's own description.
    let described = first.saturating_sub(6).max(left_bound);
    while k > described && !link(k) && s.items[k].2 == Item::Word {
        k -= 1;
    }
    if !link(k) {
        return None;
    }
    let link_at = k;
    while k > left_bound && s.items[k - 1].2 == Item::Word && !s.is_in(k - 1, &MEMBER_GROUPS) {
        k -= 1;
        if link_at - k > 3 {
            return None;
        }
    }
    // "led by A and including": the leader between the group and its link.
    let led = (k.saturating_sub(6).max(left_bound)..k).find(|&j| {
        org(j)
            && j >= 2
            && s.is_word(j - 1, &["by", "par"])
            && s.is_word(
                j - 2,
                &[
                    "led", "headed", "mené", "menée", "emmené", "emmenée", "conduit",
                ],
            )
    });
    if led.is_some() {
        return led;
    }
    // "A is leading a consortium that includes", "A a pris la tête d'un
    // consortium comprenant": the subject of leading the group.
    let group = (k.saturating_sub(3).max(left_bound)..k)
        .rev()
        .find(|&j| s.is_in(j, &MEMBER_GROUPS))?;
    let leads = (group.saturating_sub(5).max(left_bound)..group).any(|j| {
        s.is_word(
            j,
            &[
                "leading", "leads", "led", "heads", "heading", "mène", "mènera", "tête",
            ],
        )
    });
    if !leads {
        return None;
    }
    (left_bound..group).find(|&j| org(j))
}

/// Verbs of a relative clause that adds members to a group: see
/// `data/words/member_verbs.txt`.
static MEMBER_VERBS: WordSet = WordSet::new(include_str!("../../data/words/member_verbs.txt"));

/// The names a relative clause between commas adds to the group whose
/// named members run from item `first` to `last`, before the trigger at
/// `t`: "The consortium formed by A and B, which also includes C and D, is
/// buying", "formé par A et B, auquel participent aussi C et D, rachète",
/// "dont font aussi partie C et D". The group's noun must stand before its
/// members ("Kelmix, which counts Orvane among its investors, bought Y"
/// adds no buyer). Empty when no such clause stands there.
pub(super) fn relative_members(
    s: &Sentence<'_>,
    first: usize,
    last: usize,
    t: usize,
) -> Vec<usize> {
    let comma = |k: usize| s.items[k].2 == Item::Punct && s.norm(k) == ",";
    if last + 3 >= t || !comma(last + 1) {
        return Vec::new();
    }
    if !(first.saturating_sub(4)..first).any(|k| s.is_in(k, &MEMBER_GROUPS)) {
        return Vec::new();
    }
    let pronoun = last + 2;
    let relative = s.is_word(
        pronoun,
        &["which", "that", "qui", "dont", "auquel", "auxquels"],
    ) || (s.is_word(pronoun, &["à"])
        && s.is_word(
            pronoun + 1,
            &["laquelle", "lequel", "lesquels", "lesquelles"],
        ));
    let Some(close) = (pronoun + 1..t).find(|&k| comma(k)) else {
        return Vec::new();
    };
    members_told(s, pronoun, close, relative)
}

/// The names a relative clause adds to a group named after the trigger,
/// whose named members end at item `last`, the clause running to the next
/// comma or to `end`: "sold its stake to a consortium led by A, which also
/// includes B and C", "à un consortium emmené par A, qui comprend également
/// B et C". The group's noun must stand before its members.
pub(super) fn relative_members_after(
    s: &Sentence<'_>,
    first: usize,
    last: usize,
    end: usize,
) -> Vec<usize> {
    let comma = |k: usize| s.items[k].2 == Item::Punct && s.norm(k) == ",";
    if last + 3 >= end || !comma(last + 1) {
        return Vec::new();
    }
    if !(first.saturating_sub(8)..first).any(|k| s.is_in(k, &MEMBER_GROUPS)) {
        return Vec::new();
    }
    let pronoun = last + 2;
    let relative = s.is_word(pronoun, &["which", "that", "qui"]);
    let close = (pronoun + 1..end).find(|&k| comma(k)).unwrap_or(end);
    members_told(s, pronoun, close, relative)
}

/// The members a relative at `pronoun`, running to `close`, names with a
/// verb of membership ("includes", "comprend").
fn members_told(s: &Sentence<'_>, pronoun: usize, close: usize, relative: bool) -> Vec<usize> {
    if !relative || !(pronoun + 1..close).any(|k| s.is_in(k, &MEMBER_VERBS)) {
        return Vec::new();
    }
    (pronoun + 1..close)
        .filter(|&k| s.org_at(k).is_some())
        .collect()
}

/// A venture named as such opening the sentence, with no deal told of it
/// yet: "The Open Compute Alliance brings together A, B and C", "L'alliance
/// Kelmix réunit A et B" (its name's first or last word a venture's, or its
/// noun and article right before it).
pub(super) fn venture_opening(s: &Sentence<'_>) -> Option<String> {
    let k = (0..s.items.len().min(3)).find(|&k| s.org_at(k).is_some())?;
    if !(0..k).all(|j| s.is_word(j, &["the", "l'", "la", "le", "alliance", "consortium"])) {
        return None;
    }
    let name = s.org_at(k)?;
    let by_name = name.contains(' ') && super::founding::venture_by_name(name);
    let titled = k >= 1 && s.is_in(k - 1, &super::founding::VENTURE_NAMES);
    (by_name || titled).then(|| name.to_string())
}

/// Members a sentence adds to the venture told last, `venture`: "The
/// alliance also includes A, B and C", "The consortium, which also
/// comprises A and B, will invest", "Le consortium réunit également A et B",
/// "Other members include A and B", "It has since been joined by A and B".
/// They are its partners, joining its reading.
pub(super) fn venture_members(s: &Sentence<'_>, index: usize, venture: &str) -> Option<Mention> {
    let n = s.items.len();
    // The venture's noun after a determiner ("the alliance", "ce
    // consortium"), or its other members ("other members", "les autres
    // membres").
    // ("It has since been joined by A": the venture's pronoun opening the
    // sentence, for a join only.)
    let pronoun = n > 0 && matches!(s.norm(0), "it" | "elle");
    // ("The Helios Partnership, formed by A and B, has been joined by C":
    // the venture by its name, an apposition after it.)
    let named = (0..n.min(3)).find(|&k| s.org_at(k) == Some(venture));
    let head = if pronoun {
        0
    } else if let Some(k) = named {
        k
    } else {
        // (The determiner is asked first: it is cheaper than the lists.)
        (1..n.min(12)).find(|&k| {
            s.is_word(
                k - 1,
                &["the", "this", "its", "le", "la", "l'", "ce", "cette"],
            ) && (s.is_in(k, &super::founding::VENTURE_NAMES) || s.is_in(k, &MEMBER_GROUPS))
                || (s.is_word(k - 1, &["other", "autres"])
                    && s.is_word(k, &["members", "membres", "partners", "partenaires"]))
        })?
    };
    let mut k = head + 1;
    // ", which also includes": a relative between commas.
    if k + 1 < n && s.norm(k) == "," && s.is_word(k + 1, &["which", "qui"]) {
        k += 2;
    } else if named.is_some() && k < n && s.norm(k) == "," {
        // (Past an apposition set off by commas: to the comma after which
        // the joining or the members' verb comes.)
        k = (k + 1..n.min(k + 16)).find(|&j| {
            s.norm(j) == ","
                && (j + 1..n.min(j + 6)).any(|q| {
                    s.is_in(q, &MEMBER_VERBS) || s.is_word(q, &["joined", "rejoint", "rejointe"])
                })
        })? + 1;
    }
    // Adverbs and auxiliaries between the noun and its verb ("also", "has
    // since been").
    let filler = |k: usize| {
        s.is_word(
            k,
            &[
                "also",
                "now",
                "since",
                "aussi",
                "également",
                "désormais",
                "has",
                "have",
                "been",
                // ("brings together A, B and C".)
                "together",
                "ensemble",
            ],
        )
    };
    while k < n && filler(k) {
        k += 1;
    }
    let joined_by = k + 1 < n
        && s.is_word(k, &["joined", "rejoint", "rejointe"])
        && s.is_word(k + 1, &["by", "par"]);
    let mut first = if joined_by {
        k + 2
    } else if k < n && s.is_in(k, &MEMBER_VERBS) && !pronoun {
        k + 1
    } else {
        return None;
    };
    // ("réunit également A et B": the adverb after the verb.)
    while first < n && filler(first) {
        first += 1;
    }
    if first >= n || !matches!(s.items[first].2, Item::Ref(Reference::Org(_))) {
        return None;
    }
    let group = list_from(s, first, n);
    let members: Vec<(String, Role)> = group
        .iter()
        .filter_map(|&k| s.org_at(k).map(|name| (name.to_string(), Role::Partner)))
        .filter(|(name, _)| name != venture)
        .collect();
    if members.is_empty() {
        return None;
    }
    Some(Mention {
        vehicle: Some(venture.to_string()),
        joined: true,
        ..Mention::told(
            index,
            DealType::JointVenture,
            members,
            (Status::Announced, false),
        )
    })
}

/// "acquired by a Tessera-led consortium", "a Halvern-backed group agreed to
/// buy": a name written into a "-led" or "-backed" adjective before a
/// group's noun, in items `from..to`, is the group's leader, who buys.
pub(super) fn led_group_compound(s: &Sentence<'_>, from: usize, to: usize) -> Option<String> {
    (from..to.saturating_sub(1)).find_map(|k| {
        if !s.is_in(k + 1, &MEMBER_GROUPS) {
            return None;
        }
        super::shapes::adjective_name(s, k, &["-led", "-backed"])
    })
}

/// "Varling, which owns Dravena, plans to combine the two companies",
/// "prévoit de rapprocher les deux entreprises": a company that brings two
/// others together, told by a combining verb at `t..t_end` with "the two
/// companies" after it, is no party to their tie, and which two it means
/// is not told there. ("Orvane said it would merge the two companies", one
/// of them Orvane, is their merger.)
pub(super) fn outsider_combines_pair(
    s: &Sentence<'_>,
    (left_bound, t, t_end): (usize, usize, usize),
    ctx: &crate::coref::Context,
) -> bool {
    const COMBINING: &[&str] = &[
        "combine",
        "combining",
        "merge",
        "merging",
        "rapprocher",
        "fusionner",
    ];
    if !s.is_word(t, COMBINING)
        || t_end >= s.items.len()
        || !matches!(s.items[t_end].2, Item::Ref(Reference::Pair))
    {
        return false;
    }
    let pair = ctx.resolve(&Reference::Pair, None, &[]);
    // ("Le fonds entend rapprocher les deux sociétés": so does a subject a
    // description or a pronoun stands for.)
    (left_bound..t)
        .flat_map(|k| match &s.items[k].2 {
            Item::Ref(Reference::Org(o)) => vec![o.clone()],
            Item::Ref(
                r @ (Reference::Description(_)
                | Reference::OpeningDescription(_)
                | Reference::Pronoun),
            ) => ctx.resolve(r, None, &[]),
            _ => Vec::new(),
        })
        .any(|o| !pair.contains(&o))
}

/// "Orvane bought Dravena and merged it with its portfolio company Kelmix",
/// "a fusionné Dravena avec sa filiale Kelmix", "prévoit de la fusionner
/// avec Kelvex, une société de son portefeuille": a company that merges a
/// company it names (or a clitic before the verb stands for) with one its
/// possessive says it owns, before the name or in an apposition after it,
/// brings together what is already its own, and no deal is made. The
/// combining verb spans `t..t_end`, read by the lexicon as `frame`.
pub(super) fn owner_combines_own(
    s: &Sentence<'_>,
    frame: Frame,
    (t, t_end): (usize, usize),
    right_bound: usize,
) -> bool {
    if frame != Frame::Merge || t_end >= right_bound {
        return false;
    }
    let object_after = matches!(
        s.items[t_end].2,
        Item::Ref(Reference::Org(_) | Reference::Pronoun)
    );
    let clitic_before = t >= 1 && s.is_word(t - 1, &["la", "le", "l'", "les"]);
    let with = if object_after { t_end + 1 } else { t_end };
    if !(object_after || clitic_before)
        || with + 2 >= right_bound
        || !s.is_word(with, &["with", "into", "avec", "dans", "à"])
    {
        return false;
    }
    const OWN: &[&str] = &["its", "their", "sa", "son", "leur", "ses", "leurs"];
    if s.is_word(with + 1, OWN) {
        return (with + 2..right_bound.min(with + 7))
            .take_while(|&k| {
                s.items[k].2 == Item::Word || matches!(s.items[k].2, Item::Ref(Reference::Org(_)))
            })
            .any(|k| matches!(s.items[k].2, Item::Ref(Reference::Org(_))));
    }
    // ("avec Kelvex, une société de son portefeuille", "with Kelvex, one of
    // its portfolio companies".)
    matches!(s.items[with + 1].2, Item::Ref(Reference::Org(_)))
        && s.is_comma(with + 2)
        && (with + 3..right_bound.min(with + 10)).any(|k| {
            s.is_word(k, OWN)
                && s.is_word(
                    k + 1,
                    &[
                        "portefeuille",
                        "portfolio",
                        "filiale",
                        "filiales",
                        "subsidiary",
                        "subsidiaries",
                        "unit",
                        "units",
                    ],
                )
        })
}
