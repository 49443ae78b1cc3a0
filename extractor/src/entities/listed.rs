//! Names in a list of organisations: "from Palmer Group, Edison Growth and
//! Tyburn Capital". A capitalised run that the candidate rules turned down
//! (here because "Edison" is a given name) is an organisation when it
//! stands between list separators with organisations on either side: a
//! list names things of one kind.

use dealwire_core::tokens::{Kind, Token};

use super::OrgMention;
use super::candidate::only_common_words;
use crate::lexicon::{self, PERSON_CUES};

/// Adds to `out` the unnamed members of lists whose neighbours are
/// organisations. `out` holds the sentence's mentions in text order.
pub(super) fn listed_names(toks: &[Token], text: &str, out: &mut Vec<OrgMention>) {
    let mut found = Vec::new();
    for pair in out.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        // One neighbour at least must be plainly a company's name (known, or
        // ending in a company's head word or legal form): a list of names
        // the rules merely guessed may be a list of people.
        if !company_like(toks, a) && !company_like(toks, b) {
            continue;
        }
        let mut k = a.last;
        let mut runs = Vec::new();
        let mut list = true;
        // The gap is separator, run, separator, run, ..., separator.
        loop {
            let Some(after_sep) = separator(toks, k, b.first) else {
                list = false;
                break;
            };
            if after_sep == b.first {
                break;
            }
            let end = (after_sep..b.first)
                .take_while(|&j| toks[j].kind == Kind::Word && toks[j].is_capitalized())
                .last()
                .map_or(after_sep, |j| j + 1);
            if end == after_sep || end - after_sep > 4 {
                list = false;
                break;
            }
            runs.push((after_sep, end));
            k = end;
        }
        if list {
            found.extend(runs.into_iter().filter(|&(f, l)| member(toks, f, l)));
        }
    }
    for (first, last) in found {
        out.push(OrgMention::written(toks, text, first, last));
    }
    out.sort_by_key(|m| m.first);
}

/// Whether a mention is plainly a company's name.
fn company_like(toks: &[Token], m: &OrgMention) -> bool {
    let last = &toks[(m.last - 1).max(m.first)].norm;
    m.known.is_some()
        || lexicon::is_org_head(last)
        || dealwire_core::names::LEGAL_SUFFIXES.contains(&last.as_str())
}

/// Past a list separator at `k` (",", "and", "et", ", and", with "de", "du",
/// "d'" or "the" after it): where the next member starts.
fn separator(toks: &[Token], k: usize, to: usize) -> Option<usize> {
    let mut j = k;
    let is = |j: usize, words: &[&str]| j < to && words.contains(&toks[j].norm.as_str());
    if j < to && toks[j].is_punct(',') {
        j += 1;
    }
    if is(j, &["and", "et"]) {
        j += 1;
    }
    if j == k {
        return None;
    }
    while is(j, &["de", "du", "d'", "the"]) {
        j += 1;
    }
    Some(j)
}

/// Whether the run `first..last` can be an organisation in a list: not a
/// person (a first name, a title before it), a place, or common words.
fn member(toks: &[Token], first: usize, last: usize) -> bool {
    let words: Vec<&str> = toks[first..last].iter().map(|t| t.norm.as_str()).collect();
    let key = lexicon::name_key(&toks[first..last]);
    // A title before the run or opening it ("Prince Alwaleed bin Talal").
    let person = lexicon::is_first_name(words[0])
        || (first > 0 && lexicon::is(&PERSON_CUES, &toks[first - 1].norm))
        || (words.len() >= 2 && lexicon::is(&PERSON_CUES, words[0]));
    let common = lexicon::not_org(&words.join(" ")) || only_common_words(&words);
    !(person || common || lexicon::is_place_or_demonym(&key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_core::tokens::tokenize;

    fn listed(sentence: &str, known: &[(usize, usize)]) -> Vec<String> {
        let toks = tokenize(sentence);
        let mut out: Vec<OrgMention> = known
            .iter()
            .map(|&(first, last)| OrgMention {
                first,
                last,
                surface: String::new(),
                known: Some(String::new()),
            })
            .collect();
        listed_names(&toks, sentence, &mut out);
        out.into_iter()
            .filter(|m| m.known.is_none())
            .map(|m| m.surface)
            .collect()
    }

    #[test]
    fn a_run_between_organisations_of_a_list_is_one() {
        // from(0) Palmer(1) Group(2) ,(3) Edison(4) Growth(5) and(6) Tyburn(7)
        let s = "from Palmer Group, Edison Growth and Tyburn Capital";
        assert_eq!(listed(s, &[(1, 3), (7, 9)]), ["Edison Growth"]);
    }

    #[test]
    fn people_and_places_in_a_list_stay_out() {
        let s = "from Palmer Group, Peter Thiel and Tyburn Capital";
        assert!(listed(s, &[(1, 3), (7, 9)]).is_empty());
        let s = "from Palmer Group, Mexico and Tyburn Capital";
        assert!(listed(s, &[(1, 3), (6, 8)]).is_empty());
    }

    #[test]
    fn words_that_are_no_list_add_nothing() {
        let s = "Palmer Group said Edison Growth and Tyburn Capital";
        assert!(listed(s, &[(0, 2), (6, 8)]).is_empty());
    }
}
