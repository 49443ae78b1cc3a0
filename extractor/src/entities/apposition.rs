//! Whether the words after a name, set off by a comma, describe it: an
//! apposition ("Kelmix, a Paris start-up,"), a relative clause on its
//! holders, a participle and its agent, a companion acting with it, its
//! role towards another company or its place as another's unit. A single
//! capitalised word so described is a name even where it could be a common
//! word (see `candidate`).

use dealwire_core::tokens::{Kind, Token};

use crate::lexicon::{self, PERSON_CUES};

/// Whether the comma at `after`, right after a name, opens words that
/// describe that name.
pub(super) fn appositive(toks: &[Token], after: usize) -> bool {
    if !toks.get(after).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    // "Orvane, already Selvane's largest shareholder,", "Orvane, déjà
    // actionnaire de Selvane,": an adverb of time may open the apposition.
    let after = if toks
        .get(after + 1)
        .is_some_and(|t| lexicon::APPOSITION_ADVERBS.contains(&t.norm.as_str()))
    {
        after + 1
    } else {
        after
    };
    let det = toks.get(after + 1).map_or("", |t| t.norm.as_str());
    // "Velora, in which Tessaro holds a stake,", "Velora, dont Tessaro
    // détient 20 %,": a relative about the name's holders.
    let next = toks.get(after + 2).map_or("", |t| t.norm.as_str());
    if matches!(
        (det, next),
        ("in", "which")
            | ("of", "which")
            | ("which", _)
            | ("whose", _)
            | ("qui", _)
            | ("dont", _)
            | ("dans", "laquelle")
            | ("dans", "lequel")
    ) {
        return true;
    }
    // "Velora, que Tessaro a rachetée en 2021,": a relative whose subject
    // is a name tells what that name did to this one.
    if matches!(det, "que" | "qu'")
        && toks
            .get(after + 2)
            .is_some_and(|t| t.kind == Kind::Word && t.is_capitalized())
    {
        return true;
    }
    // "Kelmix, backed by Orvane,", "Kelmix, détenue par Orvane,": a
    // participle and its agent describe the name.
    // ("détenue jusqu'ici par Orvane", "owned since 2019 by Orvane": a
    // few words of time may stand between.)
    // ("Kelmix, majority owned by Orvane,": an adverb may stand before it.)
    // ("Kelmix, 45% owned by Orvane,", "Kelmix, 60 percent owned by
    // Orvane,": so may the share held.)
    // (Read from past the share for this test only.)
    let (p_det, p_next, p_after) = match share_end(toks, after + 1) {
        Some(end) => (
            toks.get(end).map_or("", |t| t.norm.as_str()),
            toks.get(end + 1).map_or("", |t| t.norm.as_str()),
            end - 1,
        ),
        None => (det, next, after),
    };
    let participle = lexicon::is_participle(p_det)
        || ((p_det.ends_with("ly") || p_det == "majority" || p_det.ends_with("ment"))
            && lexicon::is_participle(p_next));
    let agent = toks
        .iter()
        .skip(p_after + 2)
        .take(4)
        .take_while(|t| !t.is_punct(','))
        .any(|t| matches!(t.norm.as_str(), "by" | "par"));
    if participle && agent {
        return true;
    }
    // "Kelmix, founded in 2020,", "Kelmix, basée à Lyon,": when and where
    // a company was founded or is based describe it.
    if matches!(
        det,
        "founded"
            | "based"
            | "headquartered"
            | "established"
            | "fondée"
            | "fondé"
            | "créée"
            | "basée"
            | "basé"
            | "installée"
            | "implantée"
            // "Kelmix, valued at $3 billion,", "Kelmix, valorisée à 1
            // milliard,": what a company is worth describes it too.
            | "valued"
            | "valorisée"
            | "valorisé"
    ) && matches!(next, "in" | "by" | "at" | "en" | "par" | "à" | "dans")
    {
        return true;
    }
    // "Orbis, together with Tessel, invested", "Orbis, aux côtés de
    // Tessel, a investi", "Orbis, as well as Tessel, invested": a companion
    // acting with the name.
    // ("Orbis, associé à Tessel,": "associé" alone would be a person's
    // title, "partner at".)
    if matches!((det, next), ("as", "well") | ("ainsi", "que" | "qu'"))
        || lexicon::COMPANION_PHRASES.len_at(toks, after + 1).is_some()
    {
        return true;
    }
    // The possessor a few capitalised words may make ("South Korea's",
    // "Abu Dhabi's"): the "'s" ends it, at `poss`.
    let poss = (after + 2..toks.len().min(after + 5))
        .find(|&p| toks[p].norm == "'s" && toks[after + 1..p].iter().all(Token::is_capitalized));
    let at = poss.map_or(after, |p| p - 2);
    // "Tessaro, Velora's largest investor,": a company's role towards
    // another; "Orvane, Japan's biggest bank,": its rank in a place.
    if poss.is_some()
        && toks[at + 3..toks.len().min(at + 6)].iter().any(|t| {
            lexicon::is(&lexicon::DESCRIPTION_HEADS, &t.norm)
                || lexicon::is(&lexicon::RELATION_NOUNS, &t.norm)
                // "Kelmix, Orvane's former logistics arm,": its unit.
                || lexicon::is(&lexicon::UNIT_NOUNS, &t.norm)
                || t.norm == "bank"
        })
    {
        return true;
    }
    // "Pivex, Norway's largest fish farmer,", "Orvane, Japan's
    // second-biggest lender,": a rank among a place's or a trade's
    // companies, unless it ranks a person ("Japan's richest man").
    if poss.is_some() && toks.get(at + 3).is_some_and(|t| superlative(&t.norm)) {
        let words: Vec<&Token> = toks[at + 4..toks.len().min(at + 8)]
            .iter()
            .take_while(|t| t.kind == Kind::Word)
            .collect();
        let closed = toks
            .get(at + 4 + words.len())
            .is_some_and(|t| t.is_punct(','));
        let person = words.iter().any(|t| {
            lexicon::is(&PERSON_CUES, &t.norm)
                || matches!(
                    t.norm.as_str(),
                    "man" | "woman" | "person" | "people" | "men" | "women" | "family"
                )
        });
        if closed && !words.is_empty() && !person {
            return true;
        }
    }
    // "Orbis, Tessel agree to merge": two names a headline's comma joins,
    // then their verb in the plural ("Separately, Tessel said" is no pair).
    let headline = toks.last().is_some_and(|t| t.kind == Kind::Word);
    if headline
        && toks
            .get(after + 1)
            .is_some_and(|t| t.is_capitalized() && t.kind == Kind::Word)
    {
        let plural_verb = (after + 2..toks.len().min(after + 5))
            .find(|&j| !toks[j].is_capitalized())
            .is_some_and(|j| {
                let w = toks[j].norm.as_str();
                // ("Orbis, Tessel in merger talks".)
                let in_talks = w == "in"
                    && toks[j..].iter().any(|t| {
                        matches!(t.norm.as_str(), "talks" | "discussions" | "negotiations")
                    });
                in_talks
                    || (lexicon::is(&lexicon::SUBJECT_FOLLOWERS, w)
                        && !w.ends_with('s')
                        && !w.ends_with("ed")
                        && w != "said")
            });
        if plural_verb && !toks[after + 2..].iter().any(|t| t.is_punct(',')) {
            return true;
        }
    }
    // "Orbis, Tessel et Norvik ont investi": the first of a list of names.
    let capital = |t: &Token| t.is_capitalized() && t.kind == Kind::Word;
    // The last may come with a determiner and its kind ("and the
    // sovereign fund Meridia", "et le fonds Kima").
    let named_after = |j: usize| {
        (j + 1..toks.len().min(j + 5))
            .take_while(|&r| toks[r].kind == Kind::Word)
            .find(|&r| toks[r].is_capitalized())
            .is_some_and(|r| {
                r == j + 1
                    || matches!(
                        toks[j + 1].norm.as_str(),
                        "the" | "le" | "la" | "l'" | "les"
                    )
            })
    };
    // ("A, B, C, D, E, F and G agreed": a longer list, names and commas
    // alone up to its "and".)
    let list_and = || {
        (after + 1..toks.len())
            .find(|&j| !(capital(&toks[j]) || toks[j].is_punct(',')))
            .is_some_and(|j| matches!(toks[j].norm.as_str(), "et" | "and") && named_after(j))
    };
    if toks.get(after + 1).is_some_and(capital)
        && ((after + 2..toks.len().min(after + 8))
            .any(|j| matches!(toks[j].norm.as_str(), "et" | "and") && named_after(j))
            || list_and())
    {
        return true;
    }
    // "Stellane, filiale d'Orvex,", "Kelmix, a unit of Orbis,": a part of
    // a company is one.
    let unit = |w: &str| lexicon::is(&lexicon::UNIT_NOUNS, w);
    let of_at = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "of" | "de" | "d'" | "du"))
    };
    let of = of_at(after + 2);
    if (unit(det) && of)
        || (matches!(det, "a" | "an" | "the" | "une" | "la" | "le")
            && unit(next)
            && of_at(after + 3))
    {
        return true;
    }
    // "Orbis, propriétaire de Vantora,", "Orbis, owner of Vantora,": a
    // noun and its complement, unless it is a person's title.
    if of && lexicon::is(&lexicon::DESCRIPTION_HEADS, det) && !lexicon::is(&PERSON_CUES, det) {
        return true;
    }
    // "Orvane, actionnaire de Kelmix,", "Orvane, a partner of Kelmix,",
    // "Kelmix, the parent of Orvane,", "Kelmix, a rival of Orvane backed by
    // Tessera,": a company's tie to another, with or without an article.
    let tie = |w: &str| {
        matches!(
            w,
            "actionnaire"
                | "shareholder"
                | "partenaire"
                | "partner"
                | "client"
                | "customer"
                | "concurrent"
                | "concurrente"
                | "rival"
                | "rivale"
                | "competitor"
                | "challenger"
                | "maison"
                | "parent"
                | "owner"
                | "propriétaire"
                | "supplier"
                | "fournisseur"
        )
    };
    if (of && tie(det))
        || (matches!(det, "a" | "an" | "the" | "un" | "une" | "la" | "le" | "l'")
            && tie(next)
            && of_at(after + 3))
    {
        return true;
    }
    // The apposition's words up to its closing comma.
    let inside = || {
        toks[after + 1..toks.len().min(after + 10)]
            .iter()
            .take_while(|t| !t.is_punct(','))
    };
    let head = |w: &str| {
        lexicon::is(&lexicon::DESCRIPTION_HEADS, w)
            || w.strip_suffix('s')
                .is_some_and(|w| lexicon::is(&lexicon::DESCRIPTION_HEADS, w))
    };
    // "Kelmix, one of Europe's fastest-growing start-ups,", "Kelmix, l'une
    // des start-up": one of a kind of companies.
    if matches!(
        (det, next),
        ("one", "of") | ("l'une", "des") | ("l'un", "des")
    ) && inside().any(|t| head(&t.norm))
    {
        return true;
    }
    // "Kelmix, jeune pousse lyonnaise,", "Kelmix, start-up française
    // spécialisée dans l'IA,": French sets a description without an
    // article, its head first or after an adjective.
    if toks
        .get(after + 1)
        .is_some_and(|t| !t.is_capitalized() && t.kind == Kind::Word)
        && (head(det) || head(next))
        && inside().count() < 9
    {
        return true;
    }
    // "Kelmix, known for its chatbots,", "Kelmix, spécialisée dans l'IA,",
    // "Kelmix, créée il y a trois ans,": what a company is known for, does
    // or when it was made.
    // ("known for his", "connu pour": a person's, left out.)
    let its = toks.get(after + 3).is_some_and(|t| t.norm == "its");
    if (det == "known" && next == "for" && its)
        || matches!(
            (det, next),
            ("connue", "pour")
                | ("specialised" | "specialized", "in")
                | ("spécialisée" | "spécialisé", "dans")
                | (
                    "créée" | "créé" | "fondée" | "fondé" | "lancée" | "lancé",
                    "il" | "en"
                )
                | ("launched" | "set" | "spun", "in" | "up" | "off")
        )
    {
        return true;
    }
    if !matches!(det, "un" | "une" | "le" | "la" | "l'" | "a" | "an" | "the") {
        return false;
    }
    // "Orvane, the French utility, is weighing a bid": a short description
    // with its article, closed by a comma and then the name's verb, whatever
    // its head, unless it describes a person ("the group's chief, said").
    let start = (after + 2).min(toks.len());
    let len = toks[start..toks.len().min(after + 8)]
        .iter()
        .take_while(|t| t.kind == Kind::Word)
        .count();
    let words = &toks[start..start + len];
    let close = start + len;
    if !words.is_empty()
        && toks.get(close).is_some_and(|t| t.is_punct(','))
        && toks
            .get(close + 1)
            .is_some_and(|t| lexicon::is(&lexicon::SUBJECT_FOLLOWERS, &t.norm))
        && !words.iter().any(|t| lexicon::is(&PERSON_CUES, &t.norm))
    {
        return true;
    }
    // "Kelmix, a 30%-owned affiliate of Orbis,", "Kelmix, une filiale à
    // 80 % d'Orbis,": a part of a company after the share its parent holds.
    let span = toks[after + 2..toks.len().min(after + 9)]
        .iter()
        .take_while(|t| !t.is_punct(','))
        .count();
    if (after + 2..after + 2 + span).any(|j| {
        unit(&toks[j].norm) && {
            let k = if toks.get(j + 1).is_some_and(|t| t.norm == "à") {
                share_end(toks, j + 2).unwrap_or(j + 1)
            } else {
                j + 1
            };
            of_at(k)
        }
    }) {
        return true;
    }
    // "Kelmix, a Paris- and San Francisco-based start-up,": the head may
    // come after a longer modifier, within the apposition's commas.
    toks[after + 2..toks.len().min(after + 9)]
        .iter()
        .take_while(|t| !t.is_punct(','))
        .any(|t| {
            lexicon::is(&lexicon::DESCRIPTION_HEADS, &t.norm)
                // "Helios, a joint venture between A and B,", "Helios, une
                // coentreprise de A et B,": a venture is a company too.
                || lexicon::is(&lexicon::VENTURE_NOUNS, &t.norm)
                || t.norm.ends_with("-based")
                || t.norm.ends_with("-headquartered")
        })
}

/// Where the words after a share written at `k` start ("45% owned",
/// "60 percent owned", "30 per cent owned", "45%-owned"), when a share is
/// written there.
fn share_end(toks: &[Token], k: usize) -> Option<usize> {
    if toks.get(k)?.kind != Kind::Number {
        return None;
    }
    let end = match toks.get(k + 1)?.norm.as_str() {
        "%" | "pct" | "percent" => k + 2,
        "per" if toks.get(k + 2)?.norm == "cent" => k + 3,
        _ => return None,
    };
    Some(if toks.get(end).is_some_and(|t| t.is_punct('-')) {
        end + 1
    } else {
        end
    })
}

/// Whether `word` ranks its noun among others: "largest", "biggest",
/// "second-largest", "top", "leading".
fn superlative(word: &str) -> bool {
    let last = word.rsplit('-').next().unwrap_or(word);
    matches!(
        last,
        "largest" | "biggest" | "top" | "leading" | "oldest" | "main" | "richest" | "fastest"
    ) || (last.len() > 5 && last.ends_with("est") && !matches!(last, "interest" | "harvest"))
}
