//! Two names joined by "and" that the name finder read as one ("Orvane and
//! Tessera Capital" could be one firm's name, as "Morgan and Banks Capital"
//! is), told apart once the whole article has been read: when the article
//! names each half on its own elsewhere, or the words after it treat it as
//! two ("... have agreed to merge", "... said they"), the run lists two
//! organisations; two names read apart across "and" that the article also
//! names as one firm ("Tate and Lyle") are joined.

use dealwire_core::names::strip_suffixes;
use dealwire_core::tokens::Token;
use rustc_hash::FxHashSet as HashSet;

use super::SentenceNames;
use super::mention::OrgMention;
use super::runs::{as_written, is_legal_form};
use crate::lexicon::WordSet;

/// Words after "A and B" that make it two parties: see
/// `data/words/two_party_cues.txt`.
static TWO_PARTY_CUES: WordSet = WordSet::new(include_str!("../../data/words/two_party_cues.txt"));

/// Ties two parties form, read a little further on: see
/// `data/words/two_party_ties.txt`.
static TWO_PARTY_TIES: WordSet = WordSet::new(include_str!("../../data/words/two_party_ties.txt"));

/// Plural auxiliaries: see `data/words/plural_auxiliaries.txt`.
static PLURAL_AUXILIARIES: WordSet =
    WordSet::new(include_str!("../../data/words/plural_auxiliaries.txt"));

/// Whether the words after a name ending before `end` treat it as two
/// parties: a plural auxiliary right after it, or within its clause's next
/// words a plural pronoun, or a verb or tie that needs two parties, not
/// followed by "with" ("agreed to merge", not "agreed to merge with Kelmix";
/// "agreed to set up a 50-50 joint venture").
fn told_as_two(toks: &[Token], first: usize, end: usize) -> bool {
    // "told the Securities and Exchange Commission they ...": a pair of
    // parties takes no article; "Acme and Cardinal Savings and Loan
    // jointly said": the words after a list speak of the whole list.
    if first > 0
        && matches!(
            toks[first - 1].norm.as_str(),
            "the" | "la" | "le" | "les" | "l'" | "and" | "et" | "," | "<" | "&"
        )
    {
        return false;
    }
    if toks
        .get(end)
        .is_some_and(|t| PLURAL_AUXILIARIES.contains(&t.norm))
    {
        return true;
    }
    let window = &toks[end.min(toks.len())..(end + 12).min(toks.len())];
    for (k, t) in window.iter().enumerate() {
        if matches!(t.norm.as_str(), "." | ";" | ":" | "with" | "avec") {
            return false;
        }
        // ("Cable and Wireless to join a joint venture": a tie one joins
        // is another's.)
        if matches!(
            t.norm.as_str(),
            "join" | "joins" | "joined" | "joining" | "rejoindre" | "rejoint"
        ) {
            return false;
        }
        if (k < 6 && TWO_PARTY_CUES.contains(&t.norm)) || TWO_PARTY_TIES.contains(&t.norm) {
            let next = window.get(k + 1).map(|t| t.norm.as_str());
            // (A French "a" written for "à"; after an English participle,
            // "negotiating a merger", it is the article.)
            let unaccented = next == Some("a") && !t.norm.ends_with("ing");
            return !(matches!(next, Some("with" | "avec" | "into" | "à")) || unaccented);
        }
    }
    false
}

/// Splits every unknown name "A and B" (or "A et B") whose halves the
/// article also names alone, or that the words after it treat as two
/// parties, into two mentions.
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
                let two =
                    (longer && named(&left) && named(&right)) || told_as_two(toks, m.first, m.last);
                if two && !legal && left != right {
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

/// Joins two names the name finder read apart across "and" ("Tate" and
/// "Lyle" in "Tate and Lyle is seeking approval") when the article also
/// names them as one firm ("Tate and Lyle PLC", whose legal form held the
/// pair together, or an alias "Tate & Lyle").
pub(super) fn join_named_pairs<'s>(
    sentences: impl Iterator<Item = (&'s str, &'s [Token])>,
    names: &mut [SentenceNames],
) {
    let whole: HashSet<String> = names
        .iter()
        .flat_map(|n| &n.orgs)
        .flat_map(|m| [Some(m.surface.as_str()), m.known.as_deref()])
        .flatten()
        .filter(|name| name.contains(" and ") || name.contains(" & ") || name.contains(" et "))
        .map(|name| {
            name.to_lowercase()
                .replace(" & ", " and ")
                .replace(" et ", " and ")
        })
        .collect();
    if whole.is_empty() {
        return;
    }
    for ((text, toks), n) in sentences.zip(names.iter_mut()) {
        let mut k = 0;
        while k + 1 < n.orgs.len() {
            let (a, b) = (&n.orgs[k], &n.orgs[k + 1]);
            let joined = b.first == a.last + 1
                && toks
                    .get(a.last)
                    .is_some_and(|t| matches!(t.norm.as_str(), "and" | "et" | "&"));
            if joined && whole.contains(&format!("{} and {}", a.surface, b.surface).to_lowercase())
            {
                let last = b.last;
                n.orgs[k] = OrgMention::written(toks, text, a.first, last);
                n.orgs.remove(k + 1);
            }
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_core::tokens::tokenize;

    #[test]
    fn a_pair_whose_halves_the_article_names_alone_is_two_names() {
        let a = "Orvane and Tessera Capital unveiled Helios.";
        let b = "Orvane will run it and Tessera Capital will finance it.";
        let (ta, tb) = (tokenize(a), tokenize(b));
        let mut names = vec![
            SentenceNames {
                orgs: vec![OrgMention::written(&ta, a, 0, 4)],
                labels: Vec::new(),
            },
            SentenceNames {
                orgs: vec![
                    OrgMention::written(&tb, b, 0, 1),
                    OrgMention::written(&tb, b, 5, 7),
                ],
                labels: Vec::new(),
            },
        ];
        split_named_pairs([(a, &ta[..]), (b, &tb[..])].into_iter(), &mut names);
        let first: Vec<&str> = names[0].orgs.iter().map(|m| m.surface.as_str()).collect();
        assert_eq!(first, ["Orvane", "Tessera Capital"]);
    }

    #[test]
    fn two_names_the_article_also_writes_as_one_firm_are_joined() {
        let a = "Kelmix signed a licence with Tate and Lyle PLC.";
        let b = "Tate and Lyle is seeking approval.";
        let (ta, tb) = (tokenize(a), tokenize(b));
        let mut names = vec![
            SentenceNames {
                orgs: vec![
                    OrgMention::written(&ta, a, 0, 1),
                    OrgMention::written(&ta, a, 5, 8),
                ],
                labels: Vec::new(),
            },
            SentenceNames {
                orgs: vec![
                    OrgMention::written(&tb, b, 0, 1),
                    OrgMention::written(&tb, b, 2, 3),
                ],
                labels: Vec::new(),
            },
        ];
        names[0].orgs[1].surface = "Tate and Lyle".to_string();
        join_named_pairs([(a, &ta[..]), (b, &tb[..])].into_iter(), &mut names);
        let second: Vec<&str> = names[1].orgs.iter().map(|m| m.surface.as_str()).collect();
        assert_eq!(second, ["Tate and Lyle"]);
    }

    #[test]
    fn a_pair_named_only_as_a_whole_stays_one_name() {
        let a = "Morgan and Banks Capital bought Kelmix.";
        let b = "Kelmix said Morgan and Banks Capital would keep its staff.";
        let (ta, tb) = (tokenize(a), tokenize(b));
        let mut names = vec![
            SentenceNames {
                orgs: vec![
                    OrgMention::written(&ta, a, 0, 4),
                    OrgMention::written(&ta, a, 5, 6),
                ],
                labels: Vec::new(),
            },
            SentenceNames {
                orgs: vec![
                    OrgMention::written(&tb, b, 0, 1),
                    OrgMention::written(&tb, b, 2, 6),
                ],
                labels: Vec::new(),
            },
        ];
        split_named_pairs([(a, &ta[..]), (b, &tb[..])].into_iter(), &mut names);
        assert_eq!(names[0].orgs[0].surface, "Morgan and Banks Capital");
        assert_eq!(names[1].orgs[1].surface, "Morgan and Banks Capital");
    }

    fn split_alone(text: &str, first: usize, last: usize) -> Vec<String> {
        let toks = tokenize(text);
        let mut names = vec![SentenceNames {
            orgs: vec![OrgMention::written(&toks, text, first, last)],
            labels: Vec::new(),
        }];
        split_named_pairs([(text, &toks[..])].into_iter(), &mut names);
        names[0].orgs.iter().map(|m| m.surface.clone()).collect()
    }

    #[test]
    fn a_pair_the_words_after_treat_as_two_is_two_names() {
        assert_eq!(
            split_alone("Orvane and Tessera Foods agreed to merge.", 0, 4),
            ["Orvane", "Tessera Foods"]
        );
        assert_eq!(
            split_alone("Orvane and Tessera Foods have signed.", 0, 4),
            ["Orvane", "Tessera Foods"]
        );
        assert_eq!(
            split_alone("Orvane et Tessera Foods vont fusionner.", 0, 4),
            ["Orvane", "Tessera Foods"]
        );
    }

    #[test]
    fn a_pair_merging_with_another_or_after_an_article_stays_one_name() {
        assert_eq!(
            split_alone("Morgan and Banks Capital will merge with Kelmix.", 0, 4),
            ["Morgan and Banks Capital"]
        );
        assert_eq!(
            split_alone(
                "It told the Securities and Exchange Commission they sold.",
                3,
                7
            ),
            ["Securities and Exchange Commission"]
        );
    }
}
