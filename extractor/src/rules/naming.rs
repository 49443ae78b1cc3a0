//! A new company named in a sentence of its own ("The new company will be
//! named Helion", "La nouvelle société sera baptisée Helion"): the venture
//! the partners of the last deal form, under that name.

use std::sync::LazyLock;

use dealwire_core::model::{DealType, Role, Status};

use super::Mention;
use super::sentence::{Item, Sentence};
use crate::coref::{Context, Reference};

/// The words of `data/words/venture_naming.txt`, by kind.
struct Naming {
    heads: Vec<String>,
    new: Vec<String>,
    joint: Vec<String>,
    name: Vec<String>,
}

static NAMING: LazyLock<Naming> = LazyLock::new(|| {
    let mut naming = Naming {
        heads: Vec::new(),
        new: Vec::new(),
        joint: Vec::new(),
        name: Vec::new(),
    };
    let text = include_str!("../../data/words/venture_naming.txt");
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once(' ') {
            Some(("head", w)) => naming.heads.push(w.to_string()),
            Some(("new", w)) => naming.new.push(w.to_string()),
            Some(("joint", w)) => naming.joint.push(w.to_string()),
            Some(("name", w)) => naming.name.push(w.to_string()),
            _ => {}
        }
    }
    naming
});

/// Whether the name at item `k` is given to a new company right before it
/// ("merge with Y into a new company to be called Z", "une nouvelle
/// société baptisée Z"): the combined company, no party of its own.
pub(super) fn new_company_named(s: &Sentence<'_>, k: usize) -> bool {
    let naming = &*NAMING;
    let is_in = |j: usize, list: &[String]| list.iter().any(|w| s.is_word(j, &[w.as_str()]));
    let Some(named) = (k.saturating_sub(3)..k)
        .rev()
        .find(|&j| is_in(j, &naming.name))
    else {
        return false;
    };
    (named.saturating_sub(5)..named)
        .any(|h| is_in(h, &naming.heads) && (h.saturating_sub(2)..h).any(|a| is_in(a, &naming.new)))
}

/// Words that say a head is a venture by itself ("the venture", "la
/// coentreprise"), with no "new" before it.
const VENTURE_HEADS: &[&str] = &["venture", "coentreprise", "joint-venture"];

/// The venture the sentence names, as a deal of the partners the article
/// told last, when the sentence opens with a new company's description and
/// names it ("The new company, owned equally, will be named Helion").
pub(super) fn venture_named(s: &Sentence<'_>, ctx: &Context) -> Option<Mention> {
    let toks = s.input.toks;
    let naming = &*NAMING;
    let tok_is = |k: usize, list: &[String]| {
        toks.get(k)
            .is_some_and(|t| list.iter().any(|w| *w == t.norm))
    };
    // "Baptisée Helion, la nouvelle société...", "Called Helion, the new
    // company...": the name may open the sentence before the description,
    // after its naming word.
    let fronted = if tok_is(0, &naming.name) {
        let named = s.items.iter().find_map(|(first, last, item)| match item {
            Item::Ref(Reference::Org(o)) if *first == 1 => Some((o.clone(), *last)),
            _ => None,
        });
        match named {
            Some((name, last)) if toks.get(last).is_some_and(|t| t.is_punct(',')) => {
                Some((name, last + 1))
            }
            _ => return None,
        }
    } else {
        None
    };
    let start = fronted.as_ref().map_or(0, |f| f.1);
    // The description, read on the tokens (the items may hold it as one
    // reference): an article, maybe a new-making adjective, and the head
    // ("The new company", "La future entité", "The joint venture").
    if !toks.get(start).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "the" | "this" | "la" | "le" | "l'" | "cette" | "ce"
        )
    }) {
        return None;
    }
    let head = (start + 1..toks.len().min(start + 4)).find(|&k| tok_is(k, &naming.heads))?;
    // ("La société commune, baptisée Cathelia": an adjective after the
    // head makes a company held together.)
    let new = (start + 1..head).any(|j| tok_is(j, &naming.new)) || tok_is(head + 1, &naming.joint);
    // ("Baptisée Helion, la société investira": a name given up front
    // makes the company described after it the new one.)
    if !(new || fronted.is_some() || VENTURE_HEADS.contains(&toks[head].norm.as_str())) {
        return None;
    }
    // The name right after a naming word ("will be named Helion", "sera
    // baptisée Helion", "s'appellera Helion").
    let name = match fronted {
        Some((name, _)) => name,
        None => (0..s.items.len()).find_map(|k| match &s.items[k].2 {
            Item::Ref(Reference::Org(o))
                if s.items[k].0 > head + 1 && tok_is(s.items[k].0 - 1, &naming.name) =>
            {
                Some(o.clone())
            }
            _ => None,
        })?,
    };
    let partners = ctx.recent_partners()?;
    if partners.len() < 2 || partners.contains(&name) {
        return None;
    }
    let mut m = Mention::told(
        s.input.index,
        DealType::JointVenture,
        partners.into_iter().map(|p| (p, Role::Partner)).collect(),
        (Status::Announced, false),
    );
    m.vehicle = Some(name);
    Some(m)
}
