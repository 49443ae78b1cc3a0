//! Lists of organisations right of a trigger: "A, B et C", members with a
//! short description ("et de l'industriel allemand X", "and venture firm
//! Y") or a code in brackets, and the commas that carry a round's investor
//! list on ("led by A, with participation from B").

use super::sentence::{AUXILIARIES, Item, POSSESSIVES, RIGHT_STOPS, Sentence, prep_slot};
use crate::coref::Reference;
use crate::lexicon::{self, WordSet};

/// Words that open a list's last member when it has no name: see
/// `data/words/unnamed_members.txt`.
static UNNAMED_MEMBERS: WordSet =
    WordSet::new(include_str!("../../data/words/unnamed_members.txt"));

/// Whether the member at `k`, left of a trigger at `t`, is followed by a
/// last member with no name that closes the list: "A, B ainsi que des
/// business angels ont participé", "A, B and other investors invested".
pub(super) fn closed_by_unnamed(s: &Sentence<'_>, k: usize, t: usize) -> bool {
    let mut j = k + 1;
    if j < t && s.norm(j) == "," {
        j += 1;
    }
    if j + 1 < t && s.is_word(j, &["ainsi"]) && s.is_word(j + 1, &["que"]) {
        j += 2;
    } else if j < t && s.is_word(j, &["et", "and"]) {
        j += 1;
    } else {
        return false;
    }
    (j..t.min(j + 2)).any(|w| s.is_in(w, &UNNAMED_MEMBERS))
        && (j..t).all(|w| s.items[w].2 == Item::Word)
}

/// Whether a comma at `k` and a phrase that closes a list follow the last
/// member of a list written with commas only: "A, B, C, among others",
/// "A, B, C, entre autres".
pub(super) fn closed_by_phrase(s: &Sentence<'_>, k: usize) -> bool {
    k + 1 < s.items.len()
        && s.norm(k) == ","
        && s.items[k + 1].2 == Item::Word
        && lexicon::LIST_CLOSERS
            .len_at(s.input.toks, s.items[k + 1].0)
            .is_some()
}

/// "Orvane also invested, as did existing backers A and B", "..., tout
/// comme A et B": the names after a comparison that repeats the verb are
/// its subjects too. `from` is right after the trigger.
pub(super) fn as_did(s: &Sentence<'_>, from: usize) -> Vec<usize> {
    let n = s.items.len();
    let Some(comma) = (from..n.min(from + 4)).find(|&k| s.norm(k) == ",") else {
        return Vec::new();
    };
    let j = comma + 1;
    let repeats = j + 1 < n
        && ((s.is_word(j, &["as"])
            && s.is_word(
                j + 1,
                &[
                    "did", "do", "does", "has", "have", "had", "will", "was", "were",
                ],
            ))
            || (s.is_word(j, &["tout"]) && s.is_word(j + 1, &["comme"])));
    if !repeats {
        return Vec::new();
    }
    let opens = j + 2;
    let Some(first) = (opens..n.min(opens + 4)).find(|&k| s.items[k].2 != Item::Word) else {
        return Vec::new();
    };
    if !matches!(s.items[first].2, Item::Ref(Reference::Org(_)))
        || (opens..first).any(|k| s.input.toks[s.items[k].0].is_capitalized())
    {
        return Vec::new();
    }
    list_from(s, first, n)
}

/// Whether the words right before the comma at `k` name investors ("ses
/// investisseurs historiques", "its existing backers").
pub(super) fn investors_named_before(s: &Sentence<'_>, k: usize) -> bool {
    (k.saturating_sub(6)..k).any(|j| investors_word(s, j))
}

/// Whether the word at `j` names investors in the plural.
fn investors_word(s: &Sentence<'_>, j: usize) -> bool {
    s.is_word(
        j,
        &[
            "investors",
            "investisseurs",
            "backers",
            "shareholders",
            "actionnaires",
            "funds",
            "fonds",
            "entrants",
            "newcomers",
            "participants",
        ],
    )
}

/// Whether the comma at `k` goes on to more investors in the same round:
/// ", with participation from", ", avec la participation de", ",
/// alongside", ", aux côtés de", ", accompagné par", ", joined by".
pub(super) fn more_investors(s: &Sentence<'_>, k: usize, to: usize) -> bool {
    let word = |j: usize| j < to && s.items[j].2 == Item::Word;
    (word(k + 1) && s.is_word(k + 1, &["alongside"]))
        || joins_beside(s, k + 1, to)
        || (word(k + 2) && s.is_word(k + 1, &["aux"]) && s.is_word(k + 2, &["côtés"]))
        // "led by Solane Capital, with Kima Ventures": a name right after.
        || (word(k + 1)
            && s.is_word(k + 1, &["with", "avec"])
            && k + 2 < to
            && matches!(s.items[k + 2].2, Item::Ref(Reference::Org(_))))
        || (word(k + 1)
            && s.is_word(k + 1, &["with", "avec"])
            && (k + 2..(k + 8).min(to)).any(|j| {
                s.is_in(j, &lexicon::JOINING_NOUNS)
                    || s.is_word(j, &["participating", "investing", "joining", "participant"])
            }))
}

/// Where the investors a relative on a round brings start, after the comma
/// at `k`: "led the round, which also saw participation from C", "qui a
/// également vu la participation de C", "which included C"; or after the
/// relative pronoun at `k` itself ("a round which also saw participation
/// from C", "a round that drew C").
pub(super) fn relative_participants(s: &Sentence<'_>, k: usize, to: usize) -> Option<usize> {
    let after = if k + 1 < to && s.norm(k) == "," && s.is_word(k + 1, &["which", "qui"]) {
        k + 2
    } else if k + 1 < to && s.is_word(k, &["which", "that"]) {
        k + 1
    } else {
        return None;
    };
    let verb = (after..(after + 4).min(to)).find(|&j| {
        s.is_word(
            j,
            &[
                "saw",
                "sees",
                "drew",
                "attracted",
                "included",
                "includes",
                "vu",
                "inclut",
                "incluait",
                "attiré",
            ],
        )
    })?;
    if matches!(
        s.items.get(verb + 1).map(|i| &i.2),
        Some(Item::Ref(Reference::Org(_)))
    ) {
        return Some(verb + 1);
    }
    let noun = (verb + 1..(verb + 5).min(to)).find(|&j| s.is_in(j, &lexicon::JOINING_NOUNS))?;
    (noun + 1..(noun + 6).min(to))
        .take_while(|&j| s.items[j].2 != Item::Punct)
        .find(|&j| matches!(s.items[j].2, Item::Ref(Reference::Org(_))))
}

/// Whether the comma at `k` goes on to an organisation acting beside the
/// subject, in any deal: ", alongside Z", ", aux côtés du fonds Z" (not
/// ", alongside its purchase of Z": a deal's word comes first).
pub(super) fn beside_after(s: &Sentence<'_>, k: usize, to: usize) -> bool {
    let word = |j: usize| j < to && s.items[j].2 == Item::Word;
    let start = if word(k + 1) && s.is_word(k + 1, &["alongside"]) {
        k + 2
    } else if word(k + 2) && s.is_word(k + 1, &["aux"]) && s.is_word(k + 2, &["côtés"]) {
        k + 3
    } else {
        return false;
    };
    (start..to.min(start + 5))
        .take_while(|&j| s.items[j].2 != Item::Punct && s.frame_at(j).is_none())
        .any(|j| matches!(s.items[j].2, Item::Ref(Reference::Org(_))))
}

/// Where a second list of investors starts after the comma at `k`, when
/// its own description opens it: ", and existing investors C and D", ", et
/// les fonds C et D".
pub(super) fn second_investor_list(s: &Sentence<'_>, k: usize, to: usize) -> Option<usize> {
    if k + 2 >= to || !s.is_word(k + 1, &["and", "et"]) {
        return None;
    }
    // ("..., et de ses investisseurs historiques C et D": up to four words.)
    let first = (k + 2..to.min(k + 7)).find(|&j| s.items[j].2 != Item::Word)?;
    let described = (k + 2..first).all(|j| !s.input.toks[s.items[j].0].is_capitalized())
        && (k + 2..first).any(|j| investors_word(s, j));
    // "..., et de nouveaux entrants, C et D": the names may stand in
    // apposition to the description.
    let first = if s.norm(first) == "," && first + 1 < to {
        first + 1
    } else {
        first
    };
    (described && matches!(s.items[first].2, Item::Ref(Reference::Org(_)))).then_some(first)
}

/// Whether the words at `j` say that who follows takes part beside the
/// investors named: "accompagné par X", "joined by X", "rejoint par X".
pub(super) fn joins_beside(s: &Sentence<'_>, j: usize, to: usize) -> bool {
    j < to
        && (s.is_word(
            j,
            &["accompagné", "accompagnée", "accompagnés", "accompagnées"],
        ) || (j + 1 < to && s.is_word(j, &["joined"]) && s.is_word(j + 1, &["by"]))
            // "rejoint par X", "rejointe par X": joined by X.
            || (j + 1 < to
                && s.is_word(j, &["rejoint", "rejointe", "rejoints", "rejointes"])
                && s.is_word(j + 1, &["par"]))
            // "par ses dirigeants, associés à X".
            || (j + 1 < to
                && s.is_in(j, &lexicon::COMPANION_PARTICIPLES)
                && s.is_word(j + 1, &["à", "au", "aux"])))
}

/// The list that opens with the name at item `first`: it and the names
/// [`extend_right`] joins to it before item `to`.
pub(super) fn list_from(s: &Sentence<'_>, first: usize, to: usize) -> Vec<usize> {
    let mut group = vec![first];
    extend_right(s, first, to, &mut group);
    group
}

/// "A, B, C et D": commas continue a list only when "et"/"and" closes it.
pub(super) fn extend_right(s: &Sentence<'_>, k: usize, to: usize, group: &mut Vec<usize>) -> usize {
    // "de la société, Daphni et Kima": names after a comma that follows a
    // description stand in apposition to it; they are no list with it.
    if matches!(s.items[k].2, Item::Ref(Reference::Description(_)))
        && k + 1 < to
        && s.items[k + 1].2 == Item::Punct
        && s.norm(k + 1) == ","
    {
        return k + 1;
    }
    let mut cand = Vec::new();
    let mut seps = Vec::new();
    let mut closed = false;
    let mut named_after = None;
    let mut j = owned_unit_end(s, k, to);
    loop {
        // "Toyota Motor Corp. (7203), Nissan Motor Co. (7201) and ...": a
        // ticker or code in brackets after a member is read past, and so is
        // a short aside on it ("A (which led the round), B and C").
        if j < to
            && s.items[j].2 == Item::Punct
            && s.norm(j) == "("
            && let Some(close) = (j + 1..to.min(j + 8))
                .find(|&c| s.norm(c) == ")")
                .or_else(|| s.member_aside(j).filter(|&c| c < to))
        {
            j = close + 1;
        }
        if j >= to {
            break;
        }
        // "l'assureur Axa via sa branche Axa Venture Partners et C": the
        // means a member invests through, with no comma, is read past; the
        // member stays the party.
        if s.is_word(j, &["via", "through"])
            && let Some(unit) = (j + 1..to.min(j + 5))
                .take_while(|&q| s.items[q].2 == Item::Word || matches!(s.items[q].2, Item::Ref(_)))
                .find(|&q| matches!(s.items[q].2, Item::Ref(Reference::Org(_))))
            && (j + 1..unit).all(|q| !s.input.toks[s.items[q].0].is_capitalized())
            && s.items
                .get(unit + 1)
                .is_some_and(|i| i.2 == Item::Punct || s.is_word(unit + 1, &["et", "and"]))
        {
            j = unit + 1;
            if j >= to {
                break;
            }
        }
        // "aux côtés de Bpifrance, via son fonds InnoBio, et de Sofimed": an
        // aside on how a member invests is read past.
        // ("auprès de Bpifrance, via son fonds Large Venture, d'Eurazeo":
        // the list may go on with a comma.)
        // "BlackRock, MGX, the Abu Dhabi-backed investment firm, and GIP": a
        // description in apposition to a member is read past too.
        let member_after = |c: usize| {
            (c + 1..to.min(c + 4))
                .take_while(|&q| {
                    matches!(s.items[q].2, Item::Ref(_))
                        || s.is_word(
                            q,
                            &[
                                "et", "and", "de", "d'", "du", "des", "the", "le", "la", "l'",
                            ],
                        )
                })
                .any(|q| matches!(s.items[q].2, Item::Ref(Reference::Org(_))))
        };
        let via = j + 1 < to && s.is_word(j + 1, &["via", "through"]);
        if s.items[j].2 == Item::Punct
            && s.norm(j) == ","
            && j + 1 < to
            && (via
                || ((s.is_word(j + 1, &["the", "a", "an", "le", "la", "l'", "un", "une"])
                    // "A, B's venture arm, and C".
                    || (s.org_at(j + 1).is_some() && s.is_word(j + 2, &["'s", "'"])))
                    && matches!(s.items[j - 1].2, Item::Ref(Reference::Org(_)))))
            && let Some(close) = (j + 2..to.min(j + 10)).find(|&c| s.norm(c) == ",")
            // ("A, the venture arm of B, and C": a name that owns what the
            // description names belongs to it.)
            && (via
                || (j + 2..close).all(|q| {
                    !matches!(s.items[q].2, Item::Ref(Reference::Org(_)))
                        || s.is_word(q - 1, &["of", "de", "d'", "du"])
                }))
            && close + 1 < to
        {
            let and = s.is_word(close + 1, &["et", "and"]);
            // (", via son fonds X, ainsi que C", ", through its X fund, as
            // well as C": the phrase that closes a list may follow.)
            let closing_phrase = (s.is_word(close + 1, &["ainsi"])
                && s.is_word(close + 2, &["que"]))
                || (s.is_word(close + 1, &["as"]) && s.is_word(close + 2, &["well"]));
            if and || member_after(close) || (via && closing_phrase) {
                j = if and { close + 1 } else { close };
            }
        }
        // "bought A in 2019, B in 2021 and C in 2023": each member's year
        // is read past.
        if j + 2 < to
            && s.is_word(j, &["in", "en"])
            && s.items[j + 1].2 == Item::Word
            && lexicon::written_year(&s.input.toks[s.items[j + 1].0])
            && (s.norm(j + 2) == "," || s.is_word(j + 2, &["and", "et"]))
        {
            j += 2;
        }
        // "A, B, and C": a serial comma before the last member. French
        // writes none; its ", et" closes an apposition ("Microsoft, l'allié
        // d'OpenAI, et ...").
        if s.items[j].2 == Item::Punct
            && s.norm(j) == ","
            && j + 2 < to
            && (s.is_word(j + 1, &["and"])
                // ("sa filiale de logistique, A, et son activité de
                // maintenance, B": the comma closing a first member's own
                // apposition, before "et".)
                || (s.is_word(j + 1, &["et"])
                    && k >= 1
                    && s.norm(k - 1) == ","
                    && j == k + 1)
                // ", ainsi que", ", as well as": a comma before the
                // phrase that closes a list.
                || (s.is_word(j + 1, &["ainsi"]) && s.is_word(j + 2, &["que"]))
                || (s.is_word(j + 1, &["as"]) && s.is_word(j + 2, &["well"])))
        {
            j += 1;
        }
        let sep = if s.is_word(j, &["et", "and", "&", "puis"])
            || (s.items[j].2 == Item::Punct && s.norm(j) == ",")
        {
            s.norm(j).to_string()
        } else if s.is_word(j, &["ainsi"]) && j + 1 < to && s.is_word(j + 1, &["que"]) {
            j += 1;
            "et".to_string()
        } else if s.is_word(j, &["as"])
            && j + 2 < to
            && s.is_word(j + 1, &["well"])
            && s.is_word(j + 2, &["as"])
        {
            j += 2;
            "and".to_string()
        } else {
            break;
        };
        // "by A, B and C, Kelmix raised": once "and" has closed the list, a
        // comma ends it.
        // "dans Dravena, aux côtés de Norlac": a comma that goes on to
        // companions ends the list; they take their own slot.
        if sep == "," && (seps.iter().any(|x| x != ",") || more_investors(s, j, to)) {
            break;
        }
        let mut r = j + 1;
        // "stakes in A and in B", "investi dans A et dans B": the list's
        // preposition said again before a member ("in video game maker A
        // and in the platform B": past the first member's description).
        if r < to
            && s.items[r].2 == Item::Word
            && matches!(
                s.norm(r),
                "in" | "into" | "to" | "from" | "with" | "dans" | "avec"
            )
            && (k.saturating_sub(5)..k)
                .rev()
                .take_while(|&q| s.items[q].2 == Item::Word)
                .any(|q| s.norm(q) == s.norm(r))
        {
            r += 1;
        }
        while r < to
            && s.is_word(
                r,
                &[
                    "d'", "de", "l'", "la", "le", "les", "à", "au", "aux", "the", "des", "du",
                    "son", "sa", "ses", "its", "their", "leur", "leurs",
                ],
            )
        {
            r += 1;
        }
        // "and Saudi Arabia's Kingdom Holding", "and Japan's Kelmix": a
        // country's possessive before a member.
        if let Some(poss) = (r..(r + 3).min(to)).find(|&p| s.norm(p) == "'s")
            && poss > r
            && lexicon::is_place_or_demonym(&s.words(r, poss).join(" "))
        {
            r = poss + 1;
        } else if r < to
            && s.items[r].2 == Item::Word
            && s.input.toks[s.items[r].0].is_capitalized()
            && let Some(poss) = (r..(r + 6).min(to)).find(|&p| s.norm(p) == "'s")
            && poss >= r + 2
            && matches!(s.items.get(poss + 1).map(|i| &i.2), Some(Item::Ref(_)))
            && (r..poss).all(|w| {
                s.items[w].2 == Item::Word
                    && (s.input.toks[s.items[w].0].is_capitalized()
                        || lexicon::is(&lexicon::NAME_PARTICLES, s.norm(w)))
            })
        {
            // "and Prince Alwaleed bin Talal's Kingdom Holding": a person's
            // possessive before a member.
            r = poss + 1;
        }
        // "auprès d'Orvane, de Paul Marchand, fondateur de Datix, et de
        // Tessel": a person among the members, with a title in apposition,
        // is read past; the list goes on after.
        if let Some(past) = person_member(s, r, to) {
            j = past;
            continue;
        }
        // "a16z, e.ventures, 500 Global": a member the name finder missed,
        // one word shaped like a brand's (a dot, a digit or a capital
        // inside), between two commas of the list, is read past.
        if sep == ","
            && r == j + 1
            && let Some(c) = (r + 1..to.min(r + 5)).find(|&c| s.norm(c) == ",")
            && c + 1 < to
            && matches!(s.items[c + 1].2, Item::Ref(Reference::Org(_)))
            && (r..c).all(|q| matches!(s.items[q].2, Item::Word | Item::Punct))
            && {
                let toks = s.input.toks;
                let w = &s.input.text[toks[s.items[r].0].start..toks[s.items[c - 1].0].end];
                !w.contains(char::is_whitespace)
                    && w.chars()
                        .skip(1)
                        .any(|c| c == '.' || c.is_ascii_digit() || c.is_uppercase())
            }
        {
            j = c;
            continue;
        }
        // "sold its billing software arm, Dravik Ledger, and its hosting
        // unit, Tarrin Hosting, to Y": after a first member named in
        // apposition to its description, the next may be told the same
        // way, its name after the comma.
        if k >= 1
            && s.norm(k - 1) == ","
            && r > j + 1
            && r < to
            && s.items[r].2 == Item::Word
            && let Some(c) = (r + 1..to.min(r + 7)).find(|&q| s.items[q].2 != Item::Word)
            && s.norm(c) == ","
            && c + 1 < to
            && s.org_at(c + 1).is_some()
            // ("son activité de maintenance, B", "its cloud and hosting
            // arm, B": a complement or a coordination inside
            // the description.)
            && (r..c).all(|q| {
                !s.input.toks[s.items[q].0].is_capitalized()
                    && (super::sentence::prep_slot(s.norm(q)).is_none()
                        || s.is_word(q, &["of", "de", "d'", "du", "des"]))
            })
        {
            r = c + 1;
        }
        let opens = r;
        // "et du fonds Vantora", "and the investment firm Orbis": a short
        // description may stand before the name.
        // After a determiner the description may be any short noun phrase
        // ("et de l'industriel allemand Kessler", "and the German pension
        // investor Orbis"); without one, only words that describe a company.
        let determined = r > j + 1
            && s.is_word(
                r - 1,
                &[
                    "l'", "la", "le", "les", "the", "des", "du", "au", "aux", "son", "sa", "ses",
                    "its", "their", "leur", "leurs",
                ],
            );
        // "and venture firm Skylift", "and private equity group Orbis": with
        // no determiner, a few lowercase words may lead to a company's head
        // word right before the name.
        let headed = !determined
            && (r..(r + 4).min(to)).any(|h| {
                matches!(s.items.get(h + 1).map(|i| &i.2), Some(Item::Ref(_)))
                    && (lexicon::is(&lexicon::DESCRIPTION_HEADS, s.norm(h))
                        || lexicon::is_org_head(s.norm(h))
                        // "and existing investors Breega and Kima".
                        || s.is_in(h, &lexicon::PLURAL_KINDS))
                    && (r..=h).all(|w| {
                        s.items[w].2 == Item::Word
                            && (describes(s, w) || s.is_in(w, &lexicon::PLURAL_KINDS))
                    })
            });
        let mut described = 0;
        let mut kind = false;
        // A complement naming an owner: "of"/"de" and a reference.
        let owner_at = |r: usize| {
            r + 1 < to
                && matches!(s.norm(r), "of" | "de" | "d'" | "du" | "des")
                && matches!(s.items[r + 1].2, Item::Ref(_))
        };
        // ("and the Abu Dhabi investment firm Quarrant": a place of two
        // words may open a determined description.)
        // ("and the venture arm of memory maker Corvex": one word more for
        // an owner's complement.)
        let owned = (r..(r + 4).min(to)).any(|w| s.is_word(w, &["of", "de", "d'", "du"]));
        let limit = if determined {
            4 + usize::from(owned)
        } else if headed {
            3
        } else {
            2
        };
        while r < to
            && described < limit
            && s.items[r].2 == Item::Word
            // "Horse Powertrain, the engine venture of A and B": after a
            // comma, a description whose complement is a name describes the
            // member before it; that name owns it and is no member.
            // "et des investisseurs historiques de la société, A et B": a
            // kind's owner is no member either, named or described.
            && !((sep == "," && owner_at(r) && s.org_at(r + 1).is_some())
                || (kind && owner_at(r)))
            && (lexicon::is(&lexicon::DESCRIPTION_HEADS, s.norm(r))
                || lexicon::is(&lexicon::GENERIC_DESCRIPTION_WORDS, s.norm(r))
                || lexicon::is_org_head(s.norm(r))
                // "et des investisseurs historiques Sofimed".
                || ((determined || headed) && s.is_in(r, &lexicon::PLURAL_KINDS))
                || ((determined || headed) && describes(s, r)))
        {
            // (Its holders, not its funds: "des fonds de Tessera" are
            // Tessera's own.)
            kind |= (determined || headed)
                && s.is_in(r, &lexicon::PLURAL_KINDS)
                && s.frame_at(r) == Some(crate::triggers::Frame::InvestorNoun);
            r += 1;
            described += 1;
        }
        // "took a stake in Intel and SoftBank invested $2 billion": after
        // the company a deal is in, a name after "and" that a deal's verb
        // follows opens a clause of its own. (A list of buyers or backers
        // may be a subject's: "investors including A and B bought".)
        let opens_clause = |r: usize| {
            let after = owned_unit_end(s, r, to);
            sep != ","
                && k > 0
                && after < to
                && s.items[after].2 == Item::Word
                && (((s.is_word(k - 1, &["in", "into", "dans"]) || s.deal_verb_at(k - 1))
                    && (s.deal_verb_at(after) || s.is_in(after, &AUXILIARIES)))
                    // ("bought by A and B acquired C": after an agent,
                    // only a deal's verb opens the clause.)
                    || (s.is_word(k - 1, &["by", "par"]) && s.deal_verb_at(after)))
        };
        // ("led a round for Norlac, and it holds stakes in A": a pronoun
        // after "and" with a word after it is a new clause's subject.)
        let pronoun_subject = |r: usize| {
            matches!(s.items[r].2, Item::Ref(Reference::Pronoun))
                && r + 1 < to
                && s.items[r + 1].2 == Item::Word
        };
        let member_end = owned_unit_end(s, r, to);
        if r < to
            && matches!(s.items[r].2, Item::Ref(_))
            && !opens_clause(r)
            && !pronoun_subject(r)
            && !gapped_share(s, member_end)
        {
            seps.push(sep);
            // "bought Tessera and Halvern's Kelmix unit": a unit named
            // through its owner is the member, not the owner.
            let unit =
                member_end == r + 3 && member_end < to && s.is_in(member_end, &lexicon::UNIT_NOUNS);
            cand.push(if unit { r + 2 } else { r });
            j = member_end;
            // "SoftBank Vision Fund 2, ...": capitalised words or a number
            // the name finder left after a known name are the rest of that
            // member's name, when a separator follows them.
            let rest = (j..to.min(j + 4))
                .take_while(|&q| {
                    s.items[q].2 == Item::Word
                        && s.input.toks[s.items[q].0]
                            .text(s.input.text)
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                })
                .last();
            if let Some(last) = rest
                && last + 1 < to
                && (s.is_word(last + 1, &["and", "et"]) || s.norm(last + 1) == ",")
            {
                j = last + 1;
            }
        } else {
            // "A, B, C et de plusieurs business angels", "A, B and other
            // investors": members with no name close the list.
            // "et de ses actionnaires historiques", "and its shareholders":
            // a kind of member the possessive ties to the company is unnamed
            // too.
            let own_kind = opens > j + 1
                && s.is_word(opens - 1, POSSESSIVES)
                && s.is_in(opens, &lexicon::PLURAL_KINDS);
            // "A, B and former Norlac chief executive Paul Marchand": a
            // person, with a title, closes the list of companies.
            let person_last = (opens..to.min(opens + 7)).any(|p| {
                p + 1 < to
                    && s.items[p].2 == Item::Word
                    && s.items[p + 1].2 == Item::Word
                    && s.input.toks[s.items[p].0].is_capitalized()
                    && s.input.toks[s.items[p + 1].0].is_capitalized()
                    && lexicon::is_given_name(s.norm(p))
            });
            // ("..., de BNP Paribas et de la région Ile-de-France": any
            // member after the list's "and" closes it, named or not.)
            // "et des investisseurs historiques de la société, A et B": a
            // kind of member with its owner, named after.
            let kind_owned = kind && owner_at(r);
            closed = sep != ","
                && opens < to
                && (s.is_in(opens, &UNNAMED_MEMBERS)
                    || own_kind
                    || kind_owned
                    || person_last
                    // ("..., de Pivex et de la banque publique": so does a
                    // member described with no name.)
                    || (determined && described > 0)
                    || (s.items[opens..to.min(opens + 6)]
                        .iter()
                        .any(|i| i.2 == Item::Word && s.input.toks[i.0].is_capitalized())
                        // ("Scott, Foresman and Co", "Kidder, Peabody and
                        // Co Inc": one firm's name.)
                        && !s.is_word(opens, &["co", "company", "cie", "sons", "partners"])));
            // "ainsi que plusieurs investisseurs historiques, dont A et B",
            // "as well as new backers including A and B", "ainsi que de
            // nouveaux investisseurs comme A et B": the unnamed members are
            // then named; "ainsi que de nouveaux venus, A et B": named in
            // apposition, a list of two or more (", Kelmix said" names no
            // member).
            if closed {
                named_after = named_members(s, if kind_owned { r + 2 } else { opens }, to);
            }
            break;
        }
    }
    // "A, B and C, the company said": a description after the list's last
    // comma opens another clause and is no member of the list.
    while seps.last().is_some_and(|x| x == ",")
        && cand.last().is_some_and(|&r| s.org_at(r).is_none())
        && seps.iter().any(|x| x != ",")
    {
        seps.pop();
        cand.pop();
    }
    // "Kelmix lands $8 million from Orvane, Tessera": a headline writes its
    // list's "and" as a comma, the last member ending it with no stop.
    let headline_tail = seps.iter().all(|x| x == ",")
        && cand.last().is_some_and(|&r| r + 1 == s.items.len())
        && cand.iter().all(|&r| s.org_at(r).is_some());
    // "from A, B, C, among others", "auprès de A, B, C, entre autres": a
    // phrase after the last member's comma closes a list written with
    // commas only.
    let closer_after = seps.iter().all(|x| x == ",")
        && cand
            .last()
            .is_some_and(|&r| closed_by_phrase(s, owned_unit_end(s, r, to)));
    if !closed
        && !headline_tail
        && !closer_after
        && seps.iter().any(|x| x == ",")
        && seps.last().is_none_or(|x| x == ",")
    {
        let cut = seps.iter().position(|x| x == ",").unwrap_or(0);
        cand.truncate(cut);
    }
    let end = cand.last().map_or(k + 1, |&r| r + 1);
    group.extend(cand);
    match named_after {
        Some(first) => {
            group.push(first);
            extend_right(s, first, to, group)
        }
        None => end,
    }
}

/// Whether the items at `k` give a share, as a gapped clause does after
/// its subject: "Kelmix will own 60% of Orvane and Norlac the remaining
/// 40%", "Kelmix détiendra 51 %, Norlac 29 %" (the name before is a holder,
/// not a member of the list before it).
pub(super) fn gapped_share(s: &Sentence<'_>, k: usize) -> bool {
    let number = |q: usize| {
        s.items.get(q).is_some_and(|i| i.2 == Item::Word)
            && s.norm(q).chars().next().is_some_and(|c| c.is_ascii_digit())
    };
    (s.is_word(k, &["the", "le", "la", "les"])
        && s.is_word(
            k + 1,
            &["remaining", "rest", "reste", "restant", "restants"],
        ))
        || (number(k)
            && s.items
                .get(k + 1)
                .is_some_and(|i| matches!(i.2, Item::Word | Item::Punct))
            && super::shapes::percent_unit(s.norm(k + 1)))
}

/// Where a list's member at `r` ends: past the unit it owns when it is
/// named through it ("Microsoft, Amazon's Industrial Innovation Fund and
/// Intel Capital"), where the owner stands for its unit; else right after.
fn owned_unit_end(s: &Sentence<'_>, r: usize, to: usize) -> usize {
    let owned = r + 2 < to
        && s.org_at(r).is_some()
        && s.items[r + 1].2 == Item::Word
        && s.norm(r + 1) == "'s"
        && s.org_at(r + 2).is_some();
    if owned {
        return r + 3;
    }
    // "Varling, Orbelle's venture arm and Pivane": the owner stands for an
    // arm or a fund of its own named by a few words.
    if r + 2 < to && s.org_at(r).is_some() && s.is_word(r + 1, &["'s"]) {
        let words = (r + 2..to.min(r + 5)).take_while(|&k| {
            s.items[k].2 == Item::Word && !s.input.toks[s.items[k].0].is_capitalized()
        });
        if let Some(last) = words
            .filter(|&k| {
                // ("arm" is a unit noun; its plural and "fund" are not.)
                lexicon::is(&lexicon::UNIT_NOUNS, s.norm(k)) || s.is_word(k, &["arms", "fund"])
            })
            .last()
        {
            // ("Nvidia's venture arm NVentures": the arm's own name after
            // it is read past with it.)
            return if s.org_at(last + 1).is_some() && last + 2 <= to {
                last + 2
            } else {
                last + 1
            };
        }
    }
    r + 1
}

/// Where the list goes on past a person named as a member at `r` (a given
/// name or a title, a surname, and an apposition between commas) or a
/// family ("la famille Mulliez", "the Walton family"), when it does: at the
/// separator before the next member.
pub(super) fn person_member(s: &Sentence<'_>, r: usize, to: usize) -> Option<usize> {
    let cap = |k: usize| {
        k < to && s.items[k].2 == Item::Word && s.input.toks[s.items[k].0].is_capitalized()
    };
    if r >= to {
        return None;
    }
    // "former Google CEO Eric Schmidt", "Google's Eric Schmidt": a person
    // named after the post held, or the employer's possessive.
    let mut p = r;
    if s.is_word(p, &["former", "ex", "ancien", "ancienne", "late"]) {
        p += 1;
    }
    let employer = p < to && s.org_at(p).is_some();
    let possessive = employer && s.is_word((p + 1).min(to - 1), &["'s"]);
    if employer {
        p += if possessive { 2 } else { 1 };
    }
    let post = p;
    while p < to && s.items[p].2 == Item::Word && lexicon::is(&lexicon::JOB_TITLES, s.norm(p)) {
        p += 1;
    }
    if (p > post || possessive) && p > r && lexicon::is_given_name(s.norm(p.min(to - 1))) {
        return person_member(s, p, to);
    }
    let family = |k: usize| k < to && s.is_word(k, &["famille", "family", "familles"]);
    let mut k = if family(r) && cap(r + 1) {
        // "de la famille Mulliez": a family is people, not a company.
        r + 1
    } else if cap(r) && family(r + 1) {
        // "the Walton family".
        r + 2
    } else if cap(r) && cap(r + 1) {
        // A given name or a title opens it ("Prince Alwaleed bin Talal").
        let opens = lexicon::is_given_name(s.norm(r)) || lexicon::is_title(s.norm(r));
        if !opens {
            return None;
        }
        r + 1
    } else {
        return None;
    };
    while cap(k) || (s.is_in(k, &lexicon::NAME_PARTICLES) && cap(k + 1)) {
        k += 1;
    }
    let next_member = |c: usize| {
        c + 1 < to && s.norm(c) == "," && s.is_word(c + 1, &["et", "and", "ainsi", "as"])
    };
    let closes = |c: usize| k < to && (s.is_word(c, &["et", "and"]) || s.norm(c) == ",");
    if next_member(k) || (closes(k) && s.norm(k) != ",") {
        return Some(k);
    }
    // "Xavier Niel, Rodolphe Saadé et Eric Schmidt": another person after
    // the comma goes on with the list.
    if k + 1 < to
        && s.norm(k) == ","
        && let Some(past) = person_member(s, k + 1, to)
    {
        return Some(past);
    }
    // "..., Jane Doe, Orbis Capital and Kelmix": a comma and another
    // company's name go on with the list.
    // ("..., Jean Dupont, du fonds Ardelis et de Halvern": the next member
    // may come with its "de" and a short description.)
    let next_org = (k + 1..to.min(k + 6))
        .find(|&j| s.items[j].2 != Item::Word)
        .filter(|&j| s.org_at(j).is_some());
    if k + 1 < to
        && s.norm(k) == ","
        && let Some(j) = next_org
        && (j == k + 1
            || (k + 1..j).all(|q| {
                s.is_word(q, &["de", "du", "d'", "des", "the", "le", "la", "l'"])
                    || lexicon::is(&lexicon::DESCRIPTION_HEADS, s.norm(q))
            }))
        && !s.is_word((j + 1).min(to - 1), &["'s"])
    {
        return Some(k);
    }
    // ", fondateur de Datix,": an apposition up to the next comma.
    if k < to && s.norm(k) == "," {
        let close = (k + 1..to.min(k + 9)).find(|&c| s.norm(c) == ",")?;
        // French ", et" after an apposition closes it: the list goes on at
        // "et".
        let at = if s.is_word(close + 1, &["et"]) {
            close + 1
        } else {
            close
        };
        return next_member(close).then_some(at);
    }
    None
}

/// Whether the word at `k` can belong to a description between a list's
/// determiner and a member's name: a lowercase word, a nationality or a place, that
/// neither introduces an argument nor opens a clause ("l'industriel
/// allemand", "the German pension investor").
fn describes(s: &Sentence<'_>, k: usize) -> bool {
    let w = s.norm(k);
    let tok = &s.input.toks[s.items[k].0];
    w.chars().all(|c| c.is_alphabetic() || c == '-')
        && (!tok.is_capitalized()
            || lexicon::DEMONYMS.contains_key(w)
            // "and the Gulf fund Qaderi": where it is from.
            || lexicon::is_place_or_demonym(w)
            // "and the Abu Dhabi investment firm Quarrant": a place of two
            // words.
            || (k + 1 < s.items.len() && lexicon::is_place_or_demonym(&s.words(k, k + 2).join(" ")))
            || (k >= 1 && lexicon::is_place_or_demonym(&s.words(k - 1, k + 1).join(" "))))
        && prep_slot(w).is_none()
        && !RIGHT_STOPS.contains(w)
        && !AUXILIARIES.contains(w)
        && !lexicon::STOP_CAPS.contains(w)
}

/// Words that open the naming of the members of a kind told before them
/// ("dont A et B", "including A", "such as A", "tels que A", "comme A"),
/// and the words that may follow them before the names ("as", "que").
const NAMING_WORDS: &[&str] = &[
    "dont",
    "including",
    "notamment",
    "among",
    "parmi",
    "comme",
    "such",
    "tels",
    "telles",
];
const NAMING_LINKS: &[&str] = &["as", "que", "qu'"];

/// The first name of the members a list's unnamed last member (its words
/// from `opens`) goes on to name: after a comma and a naming word ("...,
/// dont A et B"), a naming word alone ("new backers including A and B"), or
/// a comma and a list of two or more names in apposition ("de nouveaux
/// venus, A et B").
fn named_members(s: &Sentence<'_>, opens: usize, to: usize) -> Option<usize> {
    let naming = |q: usize| s.is_word(q, NAMING_WORDS);
    let start = (opens..to.min(opens + 6))
        .take_while(|&q| s.items[q].2 == Item::Word || s.norm(q) == ",")
        .find(|&q| s.norm(q) == "," || naming(q))?;
    let comma = s.norm(start) == ",";
    let mut first = start + usize::from(comma);
    let named = first < to && naming(first);
    while first < to
        && s.items[first].2 == Item::Word
        && (s.is_word(first, NAMING_WORDS) || s.is_word(first, NAMING_LINKS))
    {
        first += 1;
    }
    // ("dont notamment A": a word may stand between.)
    let first = (first..to.min(first + 2)).find(|&q| matches!(s.items[q].2, Item::Ref(_)))?;
    let apposed_list = comma
        && first + 2 < to
        && (s.is_word(first + 1, &["et", "and"]) || s.norm(first + 1) == ",")
        && s.org_at(first + 2).is_some();
    (named || apposed_list).then_some(first)
}
