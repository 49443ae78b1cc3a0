//! Two names joined by "and" that the name finder read as one ("Orvane and
//! Tessera Capital" could be one firm's name, as "Morgan and Banks Capital"
//! is), told apart once the whole article has been read: when the article
//! names each half on its own elsewhere, the run lists two organisations.

use dealwire_core::names::strip_suffixes;
use dealwire_core::tokens::Token;
use rustc_hash::FxHashSet as HashSet;

use super::SentenceNames;
use super::mention::OrgMention;
use super::runs::{as_written, is_legal_form};

/// Splits every unknown name "A and B" (or "A et B") whose halves the
/// article also names alone into two mentions.
pub(super) fn split_named_pairs<'s>(
    sentences: impl Iterator<Item = (&'s str, &'s [Token])>,
    names: &mut [SentenceNames],
) {
    let joined = |m: &OrgMention| {
        m.known.is_none() && (m.surface.contains(" and ") || m.surface.contains(" et "))
    };
    if !names.iter().flat_map(|n| &n.orgs).any(joined) {
        return;
    }
    // Names written alone, lowercase.
    let alone: HashSet<String> = names
        .iter()
        .flat_map(|n| &n.orgs)
        .filter(|m| !joined(m))
        .map(|m| m.known.as_deref().unwrap_or(&m.surface).to_lowercase())
        .collect();
    let named = |part: &str| alone.contains(&part.to_lowercase());
    for ((text, toks), n) in sentences.zip(names.iter_mut()) {
        if !n.orgs.iter().any(joined) {
            continue;
        }
        let mut out = Vec::with_capacity(n.orgs.len() + 1);
        for m in n.orgs.drain(..) {
            let and = joined(&m)
                .then(|| {
                    (m.first + 1..m.last.saturating_sub(1))
                        .find(|&k| matches!(toks[k].norm.as_str(), "and" | "et"))
                })
                .flatten();
            if let Some(k) = and {
                let left = as_written(&text[toks[m.first].start..toks[k - 1].end]);
                let right = as_written(&text[toks[k + 1].start..toks[m.last - 1].end]);
                let right = strip_suffixes(&right).to_string();
                // Firms named after their founders ("Saatchi and Saatchi",
                // "Clayton and Dubilier", "Cable and Wireless") are then
                // called by one of the names: two one-word halves stay one.
                let longer = left.contains(' ') || right.contains(' ');
                // "Mitsui and Co USA": a legal form after "and" is the name's.
                let legal = is_legal_form(&toks[k + 1]);
                if longer && !legal && left != right && named(&left) && named(&right) {
                    out.push(OrgMention {
                        first: m.first,
                        last: k,
                        surface: left,
                        known: None,
                    });
                    out.push(OrgMention {
                        first: k + 1,
                        last: m.last,
                        surface: right,
                        known: None,
                    });
                    continue;
                }
            }
            out.push(m);
        }
        n.orgs = out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_core::tokens::tokenize;

    fn mention(toks: &[Token], text: &str, first: usize, last: usize) -> OrgMention {
        OrgMention {
            first,
            last,
            surface: as_written(&text[toks[first].start..toks[last - 1].end]),
            known: None,
        }
    }

    #[test]
    fn a_pair_whose_halves_the_article_names_alone_is_two_names() {
        let a = "Orvane and Tessera Capital unveiled Helios.";
        let b = "Orvane will run it and Tessera Capital will finance it.";
        let (ta, tb) = (tokenize(a), tokenize(b));
        let mut names = vec![
            SentenceNames {
                orgs: vec![mention(&ta, a, 0, 4)],
                labels: Vec::new(),
            },
            SentenceNames {
                orgs: vec![mention(&tb, b, 0, 1), mention(&tb, b, 5, 7)],
                labels: Vec::new(),
            },
        ];
        split_named_pairs([(a, &ta[..]), (b, &tb[..])].into_iter(), &mut names);
        let first: Vec<&str> = names[0].orgs.iter().map(|m| m.surface.as_str()).collect();
        assert_eq!(first, ["Orvane", "Tessera Capital"]);
    }

    #[test]
    fn a_pair_named_only_as_a_whole_stays_one_name() {
        let a = "Morgan and Banks Capital bought Kelmix.";
        let b = "Kelmix said Morgan and Banks Capital would keep its staff.";
        let (ta, tb) = (tokenize(a), tokenize(b));
        let mut names = vec![
            SentenceNames {
                orgs: vec![mention(&ta, a, 0, 4), mention(&ta, a, 5, 6)],
                labels: Vec::new(),
            },
            SentenceNames {
                orgs: vec![mention(&tb, b, 0, 1), mention(&tb, b, 2, 6)],
                labels: Vec::new(),
            },
        ];
        split_named_pairs([(a, &ta[..]), (b, &tb[..])].into_iter(), &mut names);
        assert_eq!(names[0].orgs[0].surface, "Morgan and Banks Capital");
        assert_eq!(names[1].orgs[1].surface, "Morgan and Banks Capital");
    }
}
