//! Reads one sentence into deal mentions. Organisations, amounts and
//! references become items; each trigger word looks left for its subject and
//! right for the organisations its prepositions introduce ("dans", "auprès
//! de", "by", "with"); its frame turns those slots into roles.

use std::cell::OnceCell;

use crate::amount::AmountMention;
use crate::coref::{Context, Reference};
use crate::lexicon::{self, DESCRIPTION_HEADS};
use crate::model::{Amount, Date, DealType, Qualifier, Role, Status};
use crate::status;
use crate::tokens::{Kind, Token};
use crate::triggers::{self, CONTRACT_WORDS, DEAL_NOUNS, Frame, SERVICE_WORDS};

/// A deal as one sentence states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Index of the sentence in the article.
    pub sentence: usize,
    /// Kind.
    pub deal_type: DealType,
    /// Canonical names with roles.
    pub parties: Vec<(String, Role)>,
    /// Amount, when the sentence gives one for this deal.
    pub amount: Option<Amount>,
    /// The sentence gives only a vague amount for this deal.
    pub vague_amount: bool,
    /// Status and whether a cue decided it.
    pub status: (Status, bool),
    /// Date the sentence gives.
    pub date: Option<Date>,
    /// Joint-venture vehicle.
    pub vehicle: Option<String>,
    /// How sure the reading is.
    pub confidence: f32,
    /// A bare "agreement with": absorbed by a more specific deal between the
    /// same parties.
    pub generic: bool,
    /// The clause says the deal fell through.
    pub cancelled: bool,
    /// A round with a target but neither investor nor amount ("il avait
    /// réalisé un nouveau tour de table"): kept only if a nearby sentence
    /// gives its amount.
    pub needs_amount: bool,
}

/// An amount a sentence gives for a deal it does not name ("la transaction
/// s'élève à 3,9 milliards d'euros").
#[derive(Clone, Debug, PartialEq)]
pub struct OrphanAmount {
    /// Sentence index.
    pub sentence: usize,
    /// The amount.
    pub amount: Amount,
    /// The kind of deal the sentence talks about, when it says.
    pub hint: Option<DealType>,
    /// The bidder whose offer this is ("Numericable a proposé 11,75
    /// milliards"): the amount goes to that bidder's acquisition.
    pub bidder: Option<String>,
}

/// What the pipeline knows about a sentence before reading it.
pub struct SentenceInput<'a> {
    /// Index in the article.
    pub index: usize,
    /// The sentence's text; token offsets are relative to it.
    pub text: &'a str,
    /// Tokens.
    pub toks: &'a [Token],
    /// Organisations: (first token, last token, canonical name).
    pub orgs: &'a [(usize, usize, String)],
    /// Amounts.
    pub amounts: &'a [AmountMention],
    /// Currency to assume when an amount states none.
    pub default_currency: &'a str,
}

#[derive(Clone, Debug, PartialEq)]
enum Item {
    Ref(Reference),
    Amount(usize),
    Word,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Obj,
    In,
    For,
    By,
    With,
    Of,
    Between,
    On,
    To,
}

struct Sentence<'a> {
    input: &'a SentenceInput<'a>,
    items: Vec<(usize, usize, Item)>,
    /// The norms of the items that are not references, in order: any run
    /// of items' words is a slice of it, so reading a clause allocates nothing.
    plain: Vec<&'a str>,
    /// For each item, where its words start in `plain`; one more at the end.
    plain_at: Vec<usize>,
    /// For each item, whether it ends a clause. Every trigger scans both
    /// ways for one, so it is worked out once, when first asked.
    boundary: OnceCell<Vec<bool>>,
}

impl<'a> Sentence<'a> {
    fn new(input: &'a SentenceInput<'a>, items: Vec<(usize, usize, Item)>) -> Self {
        let mut plain = Vec::with_capacity(items.len());
        let mut plain_at = Vec::with_capacity(items.len() + 1);
        for (first, _, item) in &items {
            plain_at.push(plain.len());
            if !matches!(item, Item::Ref(_)) {
                plain.push(input.toks[*first].norm.as_str());
            }
        }
        plain_at.push(plain.len());
        Sentence {
            input,
            items,
            plain,
            plain_at,
            boundary: OnceCell::new(),
        }
    }

    fn norm(&self, k: usize) -> &str {
        &self.input.toks[self.items[k].0].norm
    }

    fn is_word(&self, k: usize, words: &[&str]) -> bool {
        matches!(self.items[k].2, Item::Word) && words.contains(&self.norm(k))
    }

    fn is_boundary(&self, k: usize) -> bool {
        self.boundary
            .get_or_init(|| (0..self.items.len()).map(|j| self.ends_clause(j)).collect())[k]
    }

    fn ends_clause(&self, k: usize) -> bool {
        match self.items[k].2 {
            Item::Punct => match self.norm(k) {
                // A short parenthesis is an aside ("(OPA)", "(ESA)"), not a clause.
                "(" | ")" => !self.is_short_paren(k),
                // A full stop inside a sentence ends an abbreviation ("Corp.",
                // "Inc."), not a clause: the sentence splitter already cut at real ones.
                p => matches!(p, ";" | ":" | "[" | "]" | "—" | "–" | "!" | "?" | "•" | "|"),
            },
            Item::Word => match self.norm(k) {
                "que" | "that" => {
                    k > 0 && self.is_word(k - 1, &["après", "avant", "after", "before"])
                }
                w => matches!(
                    w,
                    "mais"
                        | "but"
                        | "alors"
                        | "tandis"
                        | "while"
                        | "whereas"
                        | "cependant"
                        | "however"
                        | "although"
                        | "bien"
                ),
            },
            _ => false,
        }
    }

    fn is_short_paren(&self, k: usize) -> bool {
        const SHORT: usize = 4;
        let punct = |j: usize, p: &str| self.items[j].2 == Item::Punct && self.norm(j) == p;
        if punct(k, "(") {
            (k + 1..self.items.len().min(k + 2 + SHORT)).any(|j| punct(j, ")"))
        } else if punct(k, ")") {
            (k.saturating_sub(SHORT + 1)..k).any(|j| punct(j, "("))
        } else {
            false
        }
    }

    /// The words of items `from..to`, references left out.
    fn words(&self, from: usize, to: usize) -> &[&'a str] {
        &self.plain[self.plain_at[from]..self.plain_at[to.max(from)]]
    }
}

fn prep_slot(word: &str) -> Option<Slot> {
    Some(match word {
        "dans" | "in" | "into" | "envers" | "chez" => Slot::In,
        "pour" | "for" => Slot::For,
        "par" | "by" | "auprès" | "from" => Slot::By,
        "avec" | "with" | "alongside" => Slot::With,
        "de" | "d'" | "du" | "des" | "of" => Slot::Of,
        "entre" | "between" | "among" => Slot::Between,
        "sur" | "on" => Slot::On,
        "à" | "au" | "aux" | "to" => Slot::To,
        _ => return None,
    })
}

/// Words that end the right-hand scan: a new clause or a contrast.
const RIGHT_STOPS: &[&str] = &[
    "qui",
    "which",
    "who",
    "dont",
    "lorsque",
    "quand",
    "when",
    "afin",
    "selon",
    "détriment",
    "face",
    "contre",
    "against",
    "versus",
    "vs",
    "rather",
    "plutôt",
    "instead",
    "where",
    "après",
    "after",
    "before",
    "avant",
    "tandis",
    "while",
    "dépassant",
    "surpassing",
    "ahead",
    // Causes and obstacles name regulators and rivals, not parties.
    "cause",
    "because",
    "malgré",
    "despite",
];

/// Reads a sentence.
pub fn read_sentence(
    input: &SentenceInput<'_>,
    ctx: &mut Context,
) -> (Vec<Mention>, Vec<OrphanAmount>) {
    let s = Sentence::new(input, build_items(input, ctx));
    let excluded: Vec<bool> = input
        .amounts
        .iter()
        .map(|a| excluded_amount(input.toks, a))
        .collect();
    let mut mentions = Vec::new();
    let mut used_amounts = vec![false; input.amounts.len()];
    // Every deal names or points at a party: without one, no trigger can
    // yield a mention, so none is read.
    let has_ref = s.items.iter().any(|(_, _, it)| matches!(it, Item::Ref(_)));
    let mut k = if has_ref { 0 } else { s.items.len() };
    while k < s.items.len() {
        if !matches!(s.items[k].2, Item::Word) {
            k += 1;
            continue;
        }
        let Some((frame, len)) = triggers::trigger_at(input.toks, s.items[k].0) else {
            k += 1;
            continue;
        };
        let end = (k + len).min(s.items.len());
        if let Some((m, amount_idx)) = read_trigger(&s, k, end, frame, &excluded, &mentions, ctx) {
            if let Some(a) = amount_idx {
                used_amounts[a] = true;
            }
            ctx.saw_deal(&m.parties);
            mentions.push(m);
        }
        k = end;
    }
    let named: Vec<String> = s
        .items
        .iter()
        .filter_map(|(_, _, it)| match it {
            Item::Ref(Reference::Org(o)) => Some(o.clone()),
            _ => None,
        })
        .collect();
    ctx.saw_sentence(&named);
    let orphans = orphan_amounts(&s, &excluded, &used_amounts, &mentions);
    (mentions, orphans)
}

fn build_items(input: &SentenceInput<'_>, ctx: &mut Context) -> Vec<(usize, usize, Item)> {
    let toks = input.toks;
    let mut items = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        if let Some((_, last, name)) = input.orgs.iter().find(|(f, _, _)| *f == i) {
            items.push((i, *last, Item::Ref(Reference::Org(name.clone()))));
            i = *last;
            continue;
        }
        if let Some(k) = input.amounts.iter().position(|a| a.first == i) {
            items.push((i, input.amounts[k].last, Item::Amount(k)));
            i = input.amounts[k].last;
            continue;
        }
        let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
        // "les deux entreprises", "the two companies", "both companies".
        if (matches!(w(i), "les" | "the" | "des")
            && matches!(w(i + 1), "deux" | "two")
            && pair_head(w(i + 2)))
            || (w(i) == "both" && pair_head(w(i + 1)))
        {
            let len = if w(i) == "both" { 2 } else { 3 };
            items.push((i, i + len, Item::Ref(Reference::Pair)));
            i += len;
            continue;
        }
        if (matches!(w(i), "ce" | "cette") && matches!(w(i + 1), "dernier" | "dernière"))
            || (w(i) == "the" && w(i + 1) == "latter")
            || (matches!(w(i), "le" | "du" | "au") && w(i + 1) == "second")
        {
            items.push((i, i + 2, Item::Ref(Reference::Latter)));
            i += 2;
            continue;
        }
        if matches!(w(i), "il" | "elle" | "it") {
            items.push((i, i + 1, Item::Ref(Reference::Pronoun)));
            i += 1;
            continue;
        }
        if let Some(end) = description_end(toks, i) {
            // A description never swallows a name: "le concepteur de ChatGPT"
            // ends before the name, which stands for the organisation.
            let end = input
                .orgs
                .iter()
                .map(|(f, _, _)| *f)
                .filter(|&f| f > i && f < end)
                .min()
                .map_or(end, |f| {
                    if matches!(w(f - 1), "de" | "d'" | "du" | "of") {
                        f - 1
                    } else {
                        f
                    }
                });
            let words: Vec<String> = toks[i..end].iter().map(|t| t.norm.to_string()).collect();
            // "la société américaine OpenAI": the name follows; learn the words.
            let next_org = input.orgs.iter().find(|(f, _, _)| {
                *f == end || (*f == end + 1 && matches!(w(end), "de" | "d'" | "du" | "of"))
            });
            match next_org {
                Some((_, _, name)) => {
                    ctx.learn_description(&words, name);
                    for k in i..end {
                        items.push((k, k + 1, Item::Word));
                    }
                }
                None => {
                    let opening = items.iter().all(|(_, _, it)| matches!(it, Item::Punct));
                    let r = if opening {
                        Reference::OpeningDescription(words)
                    } else {
                        Reference::Description(words)
                    };
                    items.push((i, end, Item::Ref(r)));
                }
            }
            i = end;
            continue;
        }
        let kind = if toks[i].kind == Kind::Punct {
            Item::Punct
        } else {
            Item::Word
        };
        items.push((i, i + 1, kind));
        i += 1;
    }
    items
}

fn pair_head(w: &str) -> bool {
    matches!(
        w,
        "entreprises"
            | "sociétés"
            | "groupes"
            | "firmes"
            | "géants"
            | "partenaires"
            | "parties"
            | "companies"
            | "firms"
            | "groups"
            | "partners"
            | "sides"
    )
}

/// A definite description: determiner, up to two words, a description head,
/// and an optional complement ("le géant du BTP", "la startup d'IA").
fn description_end(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks[i].norm.as_str(),
        "le" | "la" | "l'" | "the" | "cette" | "ce" | "this"
    ) {
        return None;
    }
    let head = (i + 1..(i + 4).min(toks.len()))
        .find(|&k| lexicon::is(&DESCRIPTION_HEADS, &toks[k].norm))?;
    if (i + 1..head).any(|k| toks[k].kind != Kind::Word) {
        return None;
    }
    let mut end = head + 1;
    // An adjective after the head: "la société américaine", "le géant japonais".
    if toks.get(end).is_some_and(|t| {
        t.kind == Kind::Word
            && (t.norm.ends_with("ais")
                || t.norm.ends_with("aise")
                || t.norm.ends_with("ain")
                || t.norm.ends_with("aine")
                || t.norm.ends_with("ique")
                || t.norm.ends_with("ien")
                || t.norm.ends_with("ienne")
                || t.norm.ends_with("and")
                || t.norm.ends_with("ande"))
    }) {
        end += 1;
    }
    if toks
        .get(end)
        .is_some_and(|t| matches!(t.norm.as_str(), "de" | "d'" | "du" | "of"))
        && toks
            .get(end + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.norm.chars().count() >= 2)
    {
        end += 2;
    }
    Some(end)
}

/// Per-share prices, valuations, revenues, losses, debts and premiums are not
/// what a deal commits.
fn excluded_amount(toks: &[Token], a: &AmountMention) -> bool {
    if !a.scaled && a.value.is_some() {
        return true;
    }
    let before: Vec<&str> = toks[a.first.saturating_sub(4)..a.first]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let after: Vec<&str> = toks[a.last..(a.last + 3).min(toks.len())]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let bad_before = before.iter().any(|w| {
        matches!(
            *w,
            "valorisation"
                | "valorisée"
                | "valorisé"
                | "valuation"
                | "estimée"
                | "estimé"
                | "chiffre"
                | "revenue"
                | "revenues"
                | "revenus"
                | "sales"
                | "ventes"
                | "perte"
                | "pertes"
                | "loss"
                | "losses"
                | "perdu"
                | "lost"
                | "dette"
                | "debt"
                | "prime"
                | "premium"
                | "synergies"
                | "dédommagements"
                | "porte"
                | "portant"
                | "bringing"
                | "capitalisation"
                | "market"
        )
    });
    let bad_after = matches!(
        after.as_slice(),
        ["per", "share", ..]
            | ["a", "share", ..]
            | ["par", "action", ..]
            | ["business", ..]
            | ["firm", ..]
            | ["company", ..]
            | ["en", "une", "journée", ..]
    );
    bad_before || bad_after
}

#[allow(clippy::too_many_arguments)]
fn read_trigger(
    s: &Sentence<'_>,
    t: usize,
    t_end: usize,
    mut frame: Frame,
    excluded: &[bool],
    earlier: &[Mention],
    ctx: &mut Context,
) -> Option<(Mention, Option<usize>)> {
    let toks = s.input.toks;
    let n = s.items.len();
    let left_bound = (0..t)
        .rev()
        .find(|&k| s.is_boundary(k))
        .map_or(0, |k| k + 1);
    let right_bound = (t_end..n).find(|&k| s.is_boundary(k)).unwrap_or(n);
    let clause = s.words(left_bound, right_bound);
    let before = s.words(left_bound.max(t.saturating_sub(10)), t);
    if status::negated(before) {
        return None;
    }
    // Frames that need a confirming word nearby.
    let right_words = s.words(t_end, right_bound.min(t_end + 8));
    match frame {
        Frame::BuyServices if !right_words.iter().any(|w| SERVICE_WORDS.contains(w)) => {
            return None;
        }
        Frame::Acquire
            if matches!(
                s.norm(t),
                "acheter"
                    | "achète"
                    | "achètera"
                    | "achèterait"
                    | "acheté"
                    | "buy"
                    | "buys"
                    | "bought"
                    | "purchase"
                    | "purchases"
                    | "purchased"
            ) && right_words.iter().any(|w| SERVICE_WORDS.contains(w)) =>
        {
            frame = Frame::BuyServices;
        }
        Frame::WinContract if !right_words.iter().any(|w| CONTRACT_WORDS.contains(w)) => {
            return None;
        }
        Frame::LeadVerb => {
            let sentence = s.words(0, n);
            if !sentence.iter().any(|w| {
                matches!(
                    *w,
                    "round" | "tour" | "levée" | "series" | "série" | "financing" | "funding"
                )
            }) {
                return None;
            }
        }
        Frame::Offer => {
            let sentence = s.words(0, n);
            // "Cisco's offer", "Cisco's increased offer".
            let poss = (t.saturating_sub(3)..t).any(|k| s.norm(k) == "'s");
            let context = sentence.iter().any(|w| {
                matches!(
                    *w,
                    "rachat"
                        | "racheter"
                        | "acquérir"
                        | "acquire"
                        | "acquisition"
                        | "takeover"
                        | "opa"
                        | "achat"
                        | "share"
                        | "action"
                        | "rachète"
                )
            });
            if !poss && !context {
                return None;
            }
        }
        _ => {}
    }
    // Amount: nearest after the trigger in the clause, else nearest before.
    let amount_items: Vec<(usize, usize)> = (left_bound..right_bound)
        .filter_map(|k| match s.items[k].2 {
            Item::Amount(a) if !excluded[a] => Some((k, a)),
            _ => None,
        })
        .collect();
    let amount_pick = amount_items
        .iter()
        .find(|(k, _)| *k >= t_end)
        .or_else(|| amount_items.iter().rev().find(|(k, _)| *k < t))
        .map(|&(_, a)| a);
    if frame == Frame::InvestAmountVerb {
        let close = amount_items
            .iter()
            .any(|(k, _)| *k >= t_end && *k <= t_end + 3);
        if !close {
            return None;
        }
    }
    let passive = t >= 1
        && (t.saturating_sub(2)..t)
            .any(|k| s.is_word(k, &["été", "was", "were", "been", "being", "is", "are"]))
        && (s.norm(t).ends_with('é')
            || s.norm(t).ends_with("ée")
            || s.norm(t).ends_with("ed")
            || s.norm(t).ends_with("is")
            || s.norm(t).ends_with("ise"));
    let joint = (t_end..(t_end + 2).min(n))
        .any(|k| s.is_word(k, &["conjoint", "joint", "commun", "commune"]));
    let (subj, poss) = left_slots(s, t, left_bound);
    let right = right_slots(s, t_end, right_bound);
    let vehicle = vehicle_near(s, s.items[t].0);
    let noun = matches!(
        s.norm(t),
        "rachat" | "acquisition" | "takeover" | "buyout" | "purchase"
    );
    let groups = assign_roles(frame, noun, passive, joint, subj, poss, &right);
    // Resolve references to names.
    // A description never stands for an organisation its own sentence
    // names outright ("le groupe de BTP ... pour acquérir SFR ... à Vivendi").
    let named: Vec<String> = (0..n)
        .filter_map(|k| match &s.items[k].2 {
            Item::Ref(Reference::Org(o)) => Some(o.clone()),
            _ => None,
        })
        .collect();
    let mut parties: Vec<(String, Role)> = Vec::new();
    let mut learned = Vec::new();
    for (items, role) in &groups {
        for &k in items {
            let Item::Ref(r) = &s.items[k].2 else {
                continue;
            };
            let nearest = nearest_org_before(s, k);
            let descriptive = matches!(
                r,
                Reference::Description(_) | Reference::OpeningDescription(_)
            );
            let exclude: Vec<String> = parties
                .iter()
                .map(|p| p.0.clone())
                .chain(named.iter().filter(|_| descriptive).cloned())
                .collect();
            let resolved = ctx.resolve(r, nearest.as_deref(), &exclude);
            if let (Reference::Description(words) | Reference::OpeningDescription(words), [name]) =
                (r, resolved.as_slice())
            {
                // "le géant du BTP" read once as Bouygues is Bouygues when
                // "le groupe de BTP" comes back.
                learned.push((words.clone(), name.clone()));
            }
            for name in resolved {
                if !parties.iter().any(|p| p.0 == name) {
                    parties.push((name, *role));
                }
            }
        }
    }
    let mut deal_type = frame_type(frame, joint);
    if vehicle.is_some()
        && matches!(
            frame,
            Frame::Partner | Frame::Agreement | Frame::JointVenture
        )
    {
        deal_type = DealType::JointVenture;
    }
    fill_missing(s, t, deal_type, &mut parties, earlier);
    let raise = matches!(frame, Frame::RaiseVerb | Frame::RaiseNoun);
    let needs_amount = raise
        && amount_pick.is_none()
        && !parties.iter().any(|p| p.1 == Role::Investor)
        && parties.iter().filter(|p| p.1 == Role::Target).count() == 1;
    if !needs_amount && !valid(deal_type, &parties, amount_pick.is_some(), frame) {
        return None;
    }
    for (words, name) in learned {
        ctx.learn_description(&words, &name);
    }
    let amount = amount_pick.and_then(|a| to_amount(&s.input.amounts[a], s.input.default_currency));
    let vague_amount = amount_pick.is_some_and(|a| s.input.amounts[a].value.is_none());
    let sentence_words = s.words(0, n);
    // The trigger word itself is an offer word, so an accepted offer
    // ("agreed to Cisco's offer") is not one any more.
    let offer = deal_type == DealType::Acquisition && status::is_offer(clause);
    let comma = |k: usize| s.items[k].2 == Item::Punct && s.norm(k) == ",";
    let local_start = (left_bound..t)
        .rev()
        .find(|&k| comma(k))
        .map_or(left_bound, |k| k + 1);
    let local_end = (t_end..right_bound)
        .find(|&k| comma(k))
        .unwrap_or(right_bound);
    let local = s.words(local_start, local_end);
    let scope = status::Scope {
        local,
        clause,
        sentence: sentence_words,
    };
    let status = status::status_of(scope, deal_type, offer);
    let date = status::year_in(clause).or_else(|| status::year_in(sentence_words));
    let generic = frame == Frame::Agreement && deal_type == DealType::Partnership;
    let confidence = confidence_of(frame, &parties, amount.is_some(), generic);
    let cancelled = status::cancelled(clause);
    let _ = toks;
    Some((
        Mention {
            sentence: s.input.index,
            deal_type,
            parties,
            amount,
            vague_amount,
            status,
            date,
            vehicle: if deal_type == DealType::JointVenture {
                vehicle
            } else {
                None
            },
            confidence,
            generic,
            cancelled,
            needs_amount,
        },
        amount_pick,
    ))
}

fn nearest_org_before(s: &Sentence<'_>, k: usize) -> Option<String> {
    (0..k).rev().find_map(|j| match &s.items[j].2 {
        Item::Ref(Reference::Org(o)) => Some(o.clone()),
        _ => None,
    })
}

/// The subject: the nearest reference left of the trigger with the ones
/// coordinated to it ("SoftBank et OpenAI"), and a possessive ("Cisco's").
fn left_slots(s: &Sentence<'_>, t: usize, left_bound: usize) -> (Vec<usize>, Vec<usize>) {
    let mut poss = Vec::new();
    let mut k = t;
    while k > left_bound {
        k -= 1;
        if let Item::Ref(_) = s.items[k].2 {
            if k + 1 < t && s.norm(k + 1) == "'s" && t - k <= 4 {
                poss.push(k);
                continue;
            }
            let mut group = vec![k];
            extend_left(s, k, left_bound, &mut group);
            return (group, poss);
        }
    }
    (Vec::new(), poss)
}

fn extend_left(s: &Sentence<'_>, mut k: usize, left_bound: usize, group: &mut Vec<usize>) {
    // Read right to left, "A, B et C" meets "et" before any comma.
    let mut seen_and = false;
    loop {
        // Up to three description words, then "et"/"and"/",", then a reference.
        let mut j = k;
        let mut skipped = 0;
        while j > left_bound
            && matches!(s.items[j - 1].2, Item::Word)
            && !s.is_word(j - 1, &["et", "and"])
            && skipped < 3
        {
            j -= 1;
            skipped += 1;
        }
        if j <= left_bound + 1 {
            return;
        }
        let and = s.is_word(j - 1, &["et", "and"]);
        let comma =
            s.items[j - 1].2 == Item::Punct && s.norm(j - 1) == "," && seen_and && skipped == 0;
        if !(and || comma) {
            return;
        }
        seen_and |= and;
        let mut r = j - 1;
        while r > left_bound
            && matches!(s.items[r - 1].2, Item::Word)
            && s.is_word(r - 1, &["d'", "de", "l'", "la", "le"])
        {
            r -= 1;
        }
        if r == 0 || !matches!(s.items[r - 1].2, Item::Ref(_)) {
            return;
        }
        k = r - 1;
        group.push(k);
    }
}

/// The references right of the trigger, each group with the preposition that
/// introduces it.
fn right_slots(s: &Sentence<'_>, from: usize, to: usize) -> Vec<(Slot, Vec<usize>)> {
    let mut out: Vec<(Slot, Vec<usize>)> = Vec::new();
    let mut prep: Option<Slot> = Some(Slot::Obj);
    let mut since_prep = 0;
    let mut person_np = false;
    let mut k = from;
    while k < to && k < from + 30 {
        match &s.items[k].2 {
            Item::Punct if s.norm(k) == "," && !out.is_empty() => {
                break;
            }
            Item::Word => {
                let w = s.norm(k);
                if RIGHT_STOPS.contains(&w) {
                    break;
                }
                if let Some(slot) = prep_slot(w) {
                    let compound = slot == Slot::Of
                        && k > from
                        && s.is_word(k - 1, &["auprès", "part", "côtés", "sein", "travers"]);
                    if slot != Slot::Of {
                        person_np = false;
                    }
                    if person_np {
                        // "à l'ancien directeur du design d'Apple": the person's
                        // employer is not the counterpart.
                    } else if !compound {
                        prep = Some(slot);
                    }
                    if s.is_word(k, &["led", "backed"]) {
                        prep = Some(Slot::By);
                    }
                    since_prep = 0;
                } else if matches!(w, "led" | "backed" | "menée" | "mené") {
                    prep = Some(Slot::By);
                    since_prep = 0;
                } else if lexicon::is(&lexicon::PERSON_CUES, w) {
                    prep = None;
                    person_np = true;
                } else if !matches!(
                    w,
                    "comme" | "tels" | "telles" | "que" | "such" | "as" | "notamment" | "including"
                ) {
                    since_prep += 1;
                    if since_prep > 6 {
                        prep = None;
                    }
                }
            }
            Item::Ref(_) => {
                let mut group = vec![k];
                let end = extend_right(s, k, to, &mut group);
                if let Some(slot) = prep {
                    out.push((slot, group));
                }
                prep = None;
                k = end;
                continue;
            }
            _ => {}
        }
        k += 1;
    }
    out
}

/// "A, B, C et D": commas continue a list only when "et"/"and" closes it.
fn extend_right(s: &Sentence<'_>, k: usize, to: usize, group: &mut Vec<usize>) -> usize {
    let mut cand = Vec::new();
    let mut seps = Vec::new();
    let mut j = k + 1;
    loop {
        if j >= to {
            break;
        }
        let sep = if s.is_word(j, &["et", "and", "&"])
            || (s.items[j].2 == Item::Punct && s.norm(j) == ",")
        {
            s.norm(j).to_string()
        } else if s.is_word(j, &["ainsi"]) && j + 1 < to && s.is_word(j + 1, &["que"]) {
            j += 1;
            "et".to_string()
        } else {
            break;
        };
        let mut r = j + 1;
        while r < to
            && s.is_word(
                r,
                &[
                    "d'", "de", "l'", "la", "le", "les", "à", "au", "aux", "the", "des", "du",
                ],
            )
        {
            r += 1;
        }
        if r < to && matches!(s.items[r].2, Item::Ref(_)) {
            seps.push(sep);
            cand.push(r);
            j = r + 1;
        } else {
            break;
        }
    }
    if seps.iter().any(|x| x == ",") && seps.last().is_none_or(|x| x == ",") {
        let cut = seps.iter().position(|x| x == ",").unwrap_or(0);
        cand.truncate(cut);
    }
    let end = cand.last().map_or(k + 1, |&r| r + 1);
    group.extend(cand);
    end
}

fn frame_type(frame: Frame, joint: bool) -> DealType {
    match frame {
        Frame::InvestVerb
        | Frame::InvestAmountVerb
        | Frame::InvestNoun
        | Frame::InvestorNoun
        | Frame::StakeNoun
        | Frame::RaiseVerb
        | Frame::RaiseNoun
        | Frame::LeadVerb => {
            if joint {
                DealType::JointVenture
            } else {
                DealType::Investment
            }
        }
        Frame::Acquire | Frame::Offer => DealType::Acquisition,
        Frame::JointVenture => DealType::JointVenture,
        Frame::Partner | Frame::Agreement => DealType::Partnership,
        Frame::BuyServices | Frame::WinContract | Frame::Supply => DealType::Commercial,
    }
}

/// Maps slots to roles for a frame.
fn assign_roles(
    frame: Frame,
    noun: bool,
    passive: bool,
    joint: bool,
    subj: Vec<usize>,
    poss: Vec<usize>,
    right: &[(Slot, Vec<usize>)],
) -> Vec<(Vec<usize>, Role)> {
    use Slot::*;
    let mut out = Vec::new();
    let mut put = |items: &[usize], role: Role| {
        if !items.is_empty() {
            out.push((items.to_vec(), role));
        }
    };
    let right_with = |slots: &[Slot]| -> Vec<usize> {
        right
            .iter()
            .filter(|(s, _)| slots.contains(s))
            .flat_map(|(_, g)| g.clone())
            .collect()
    };
    if joint {
        put(&subj, Role::Partner);
        put(&poss, Role::Partner);
        put(&right_with(&[For, With, Between]), Role::Partner);
        return out;
    }
    match frame {
        Frame::InvestVerb | Frame::InvestAmountVerb => {
            if passive {
                put(&subj, Role::Target);
                put(&right_with(&[By]), Role::Investor);
            } else {
                put(&subj, Role::Investor);
                put(&right_with(&[In, For, Obj, To]), Role::Target);
                put(&right_with(&[By]), Role::Investor);
            }
        }
        Frame::InvestNoun | Frame::StakeNoun => {
            put(&subj, Role::Investor);
            put(&poss, Role::Investor);
            put(&right_with(&[By]), Role::Investor);
            let targets = right_with(&[In, For, To]);
            if targets.is_empty() {
                put(
                    &right_with(&[Of]),
                    if frame == Frame::StakeNoun {
                        Role::Target
                    } else {
                        Role::Investor
                    },
                );
            } else {
                put(&right_with(&[Of]), Role::Investor);
                put(&targets, Role::Target);
            }
        }
        Frame::InvestorNoun => {
            let targets = right_with(&[Of, In]);
            if !targets.is_empty() {
                put(&subj, Role::Investor);
                put(&targets, Role::Target);
            }
        }
        Frame::RaiseVerb | Frame::RaiseNoun => {
            put(&subj, Role::Target);
            put(&poss, Role::Target);
            put(&right_with(&[By, With]), Role::Investor);
        }
        Frame::LeadVerb => {
            if passive || subj.is_empty() {
                put(&subj, Role::Target);
                put(&right_with(&[By]), Role::Investor);
            } else {
                put(&subj, Role::Investor);
                put(&poss, Role::Target);
                put(&right_with(&[Of, In, Obj]), Role::Target);
                put(&right_with(&[By]), Role::Investor);
            }
        }
        Frame::Acquire => {
            if passive {
                put(&subj, Role::Target);
                put(&right_with(&[By]), Role::Acquirer);
            } else {
                put(&subj, Role::Acquirer);
                put(&poss, Role::Acquirer);
                // "the acquisition of X by Y"; after an active verb, "by"
                // belongs to another noun ("racheter SFR depuis l'annonce de
                // sa vente par Vivendi" names the seller).
                if noun {
                    put(&right_with(&[By]), Role::Acquirer);
                }
                put(&right_with(&[Obj, Of, On]), Role::Target);
            }
        }
        Frame::Offer => {
            let by = right_with(&[By]);
            if poss.is_empty() && by.is_empty() {
                put(&subj, Role::Acquirer);
            } else {
                put(&subj, Role::Target);
                put(&poss, Role::Acquirer);
                put(&by, Role::Acquirer);
            }
            put(&right_with(&[Of, For, On]), Role::Target);
        }
        Frame::JointVenture | Frame::Partner | Frame::Agreement => {
            put(&subj, Role::Partner);
            put(&poss, Role::Partner);
            put(&right_with(&[With, Between, To, Obj, Of]), Role::Partner);
        }
        Frame::BuyServices => {
            put(&subj, Role::Customer);
            put(&right_with(&[Of, By, To, Obj, With]), Role::Provider);
        }
        Frame::WinContract => {
            put(&subj, Role::Provider);
            put(&right_with(&[Of, By, With, Obj]), Role::Customer);
        }
        Frame::Supply => {
            put(&subj, Role::Provider);
            put(&right_with(&[To, Obj, Of]), Role::Customer);
        }
    }
    out
}

/// Fills a missing counterpart from the sentence: "Nvidia, qui investit 100
/// milliards" invests in the sentence's main organisation; "(Amazon avait
/// avancé 4 milliards)" in the target of the deal just before.
fn fill_missing(
    s: &Sentence<'_>,
    t: usize,
    deal_type: DealType,
    parties: &mut Vec<(String, Role)>,
    earlier: &[Mention],
) {
    let (have, want) = match deal_type {
        DealType::Investment => (Role::Investor, Role::Target),
        DealType::Acquisition => (Role::Acquirer, Role::Target),
        _ => return,
    };
    if !parties.iter().any(|p| p.1 == have) || parties.iter().any(|p| p.1 == want) {
        return;
    }
    let previous = earlier
        .iter()
        .rev()
        .find(|m| m.sentence == s.input.index && m.deal_type == deal_type);
    let from_previous = previous
        .and_then(|m| m.parties.iter().find(|p| p.1 == want))
        .map(|p| p.0.clone());
    let first_org = (0..t).find_map(|k| match &s.items[k].2 {
        Item::Ref(Reference::Org(o)) if !parties.iter().any(|p| &p.0 == o) => Some(o.clone()),
        _ => None,
    });
    if let Some(name) = from_previous.or(first_org)
        && !parties.iter().any(|p| p.0 == name)
    {
        parties.push((name, want));
    }
}

fn valid(deal_type: DealType, parties: &[(String, Role)], has_amount: bool, frame: Frame) -> bool {
    let count = |r: Role| parties.iter().filter(|p| p.1 == r).count();
    match deal_type {
        DealType::Investment => {
            count(Role::Target) == 1
                && (count(Role::Investor) >= 1
                    || (has_amount && matches!(frame, Frame::RaiseVerb | Frame::RaiseNoun)))
        }
        DealType::Acquisition => count(Role::Acquirer) >= 1 && count(Role::Target) == 1,
        DealType::JointVenture | DealType::Partnership => count(Role::Partner) >= 2,
        DealType::Commercial => count(Role::Customer) >= 1 && count(Role::Provider) >= 1,
    }
}

fn confidence_of(frame: Frame, parties: &[(String, Role)], has_amount: bool, generic: bool) -> f32 {
    let base = match frame {
        Frame::Agreement => 0.45,
        Frame::Offer | Frame::Supply | Frame::WinContract | Frame::InvestorNoun => 0.6,
        Frame::Partner | Frame::InvestNoun | Frame::StakeNoun | Frame::LeadVerb => 0.7,
        _ => 0.8,
    };
    let extra = if has_amount { 0.1 } else { 0.0 } + if parties.len() >= 2 { 0.05 } else { 0.0 };
    let penalty = if generic { 0.1 } else { 0.0 };
    (base + extra - penalty as f32).clamp(0.05, 0.99)
}

/// A capitalised project name near the trigger: «Stargate», "projet Stargate".
fn vehicle_near(s: &Sentence<'_>, trigger_tok: usize) -> Option<String> {
    const REACH: usize = 10;
    let toks = s.input.toks;
    (trigger_tok.saturating_sub(REACH)..(trigger_tok + REACH).min(toks.len())).find_map(|k| {
        let prev = k.checked_sub(1).map(|p| toks[p].norm.as_str());
        let quoted = matches!(prev, Some("«" | "\"" | "“"))
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.norm.as_str(), "»" | "\"" | "”"));
        let project = matches!(
            prev,
            Some(
                "projet"
                    | "project"
                    | "venture"
                    | "baptisée"
                    | "named"
                    | "called"
                    | "appelée"
                    | "nommée"
            )
        );
        (toks[k].is_capitalized()
            && (quoted || project)
            && !s.input.orgs.iter().any(|(f, _, _)| *f == k))
        .then(|| toks[k].text(s.input.text).to_string())
    })
}

/// "X a proposé 11,75 milliards", "X offered $2bn": the organisation right
/// before an offering verb that directly precedes the amount.
fn bidder_before(s: &Sentence<'_>, k: usize) -> Option<String> {
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
    let verb = (k.saturating_sub(2)..k).find(|&j| s.is_word(j, OFFERING))?;
    (verb.saturating_sub(3)..verb)
        .rev()
        .find_map(|j| match &s.items[j].2 {
            Item::Ref(Reference::Org(o)) => Some(o.clone()),
            _ => None,
        })
}

fn to_amount(a: &AmountMention, default_currency: &str) -> Option<Amount> {
    let value = a.value?;
    Some(Amount {
        currency: a.currency.unwrap_or(default_currency).to_string(),
        value,
        qualifier: a.qualifier,
        min: a.min,
        max: (a.qualifier == Qualifier::Range).then_some(value),
        per_year: a.per_year,
    })
}

/// Amounts no deal took that a deal noun introduces with no organisation in
/// between: "la transaction s'élève à 3,9 milliards", "le projet pourrait lever
/// jusqu'à 500 milliards". They go to a nearby deal that lacks an amount.
fn orphan_amounts(
    s: &Sentence<'_>,
    excluded: &[bool],
    used: &[bool],
    mentions: &[Mention],
) -> Vec<OrphanAmount> {
    const REACH: usize = 8;
    let _ = mentions;
    let mut out = Vec::new();
    for (k, (_, _, item)) in s.items.iter().enumerate() {
        let Item::Amount(a) = item else { continue };
        if excluded[*a] || used[*a] || s.input.amounts[*a].value.is_none() {
            continue;
        }
        if let Some(bidder) = bidder_before(s, k)
            && let Some(amount) = to_amount(&s.input.amounts[*a], s.input.default_currency)
        {
            out.push(OrphanAmount {
                sentence: s.input.index,
                amount,
                hint: Some(DealType::Acquisition),
                bidder: Some(bidder),
            });
            continue;
        }
        let mut hint = None;
        let mut found = false;
        for j in (k.saturating_sub(REACH)..k).rev() {
            match &s.items[j].2 {
                Item::Ref(_) => break,
                _ if s.is_boundary(j) => break,
                Item::Word if DEAL_NOUNS.contains(&s.norm(j)) => {
                    found = true;
                    hint = match s.norm(j) {
                        "investissement" | "investment" | "levée" | "tour" | "round" => {
                            Some(DealType::Investment)
                        }
                        "rachat" | "acquisition" | "offre" | "offer" => Some(DealType::Acquisition),
                        "projet" | "project" | "coentreprise" | "venture" => {
                            Some(DealType::JointVenture)
                        }
                        _ => None,
                    };
                    break;
                }
                _ => {}
            }
        }
        if found && let Some(amount) = to_amount(&s.input.amounts[*a], s.input.default_currency) {
            out.push(OrphanAmount {
                sentence: s.input.index,
                amount,
                hint,
                bidder: None,
            });
        }
    }
    out
}
