//! Where a name runs: capitalised words joined by "&", "of", "de" or, before
//! an organisation's head word, "and"; legal forms and initials; headlines
//! in Title Case or in capitals, where capitals mark no names; tickers.

use dealwire_core::names::LEGAL_SUFFIXES;
use dealwire_core::tokens::{Kind, Token};

use crate::lexicon::{self, WordSet};

use super::mention::OrgMention;
pub(super) use super::mention::as_written;
use super::vocabulary::ArticleVocabulary;

/// Nouns after which a name goes on with "for": see
/// `data/words/purpose_name_heads.txt`.
static PURPOSE_NAME_HEADS: WordSet =
    WordSet::new(include_str!("../../data/words/purpose_name_heads.txt"));

/// "<Systems 4 Inc>", "<Dixons Group PLC>": a newswire's angle brackets
/// round a company's whole name, figures and commas included. The mention spans the
/// brackets' inside; its surface leaves the legal form out.
pub(super) fn angled_name(toks: &[Token], text: &str, i: usize) -> Option<OrgMention> {
    if i == 0 || !toks[i - 1].is_punct('<') || !toks[i].is_capitalized() {
        return None;
    }
    let close = (i + 2..toks.len().min(i + 10)).find(|&c| toks[c].is_punct('>'))?;
    let inside_name = toks[i..close].iter().all(|t| {
        matches!(t.kind, Kind::Word | Kind::Number)
            || t.is_punct('&')
            || t.is_punct('.')
            || t.is_punct('-')
            // "<Nolan, Norton and Co>", "<Dillard's Inc>".
            || t.is_punct(',')
            || t.norm == "'s"
    });
    if !inside_name {
        return None;
    }
    let mut last = close;
    // "<MTS Acquisition Corp's> offer": a possessive closing the brackets
    // is the sentence's, not the name's.
    if last > i + 1 && toks[last - 1].norm == "'s" {
        last -= 1;
    }
    while last > i + 1 && (is_legal_form(&toks[last - 1]) || toks[last - 1].is_punct('.')) {
        last -= 1;
    }
    // ("<W. Damm, M. Frank and Co>": no "and" left hanging.)
    while last > i + 1
        && (toks[last - 1].is_punct(',')
            || toks[last - 1].is_punct('&')
            || toks[last - 1].norm == "and")
    {
        last -= 1;
    }
    Some(OrgMention {
        first: i,
        last: close,
        surface: as_written(&text[toks[i].start..toks[last - 1].end]),
        known: None,
    })
}

/// Whether token `i` is ticker markup: a word directly inside angle brackets
/// ("<FEBC>", "<FRMS.ST>"), which newswires put after a company's name.
pub(super) fn is_ticker(toks: &[Token], i: usize) -> bool {
    let angled = i > 0
        && toks[i - 1].is_punct('<')
        && toks[i - 1].end == toks[i].start
        && toks
            .get(i + 1)
            .is_some_and(|c| c.is_punct('>') && c.start == toks[i].end);
    // "(PLC-T)", "(WED-X)": a symbol with its exchange's letter, in
    // brackets after the name; "(NYSE: ACME)", "(TSX: PLC)".
    // ("(TMQ-T; TMQ-N)": two listings in one bracket.)
    let bracketed = i > 0
        && (toks[i - 1].is_punct('(') || toks[i - 1].is_punct(';'))
        && toks
            .get(i + 1)
            .is_some_and(|c| c.is_punct(')') || c.is_punct(';'))
        && toks[i]
            .norm
            .rsplit_once('-')
            // ("(NLR-TSXV)", "(KMC-CSE)": the exchange's short name.)
            .map(|(symbol, exchange)| (symbol, exchange, 4))
            // "(TSL.PA)", "(KLM.N)": a symbol with its market's suffix, as
            // newswires write them.
            .or_else(|| {
                toks[i]
                    .norm
                    .rsplit_once('.')
                    .filter(|(symbol, _)| symbol.len() >= 2)
                    .map(|(symbol, exchange)| (symbol, exchange, 2))
            })
            .is_some_and(|(symbol, exchange, longest)| {
                !symbol.is_empty()
                    && symbol.len() <= 6
                    && (1..=longest).contains(&exchange.len())
                    && exchange.chars().all(|c| c.is_ascii_alphabetic())
            });
    // ("(Euronext Paris : VST)", "(Nasdaq Stockholm: KLMX)": a market
    // named by its operator and its city.)
    let listed = i >= 3
        && toks[i - 1].is_punct(':')
        && ((toks[i - 3].is_punct('(') && is_market(&toks[i - 2].norm))
            || (i >= 4
                && toks[i - 4].is_punct('(')
                && is_market(&toks[i - 3].norm)
                && toks[i - 2].is_capitalized()));
    // ... and the market itself, before its colon: "(TSXV: KMC)".
    // ("(Euronext Paris : VST)": its city too.)
    let market = i > 0
        && toks[i - 1].is_punct('(')
        && toks.get(i).is_some_and(|t| is_market(&t.norm))
        && (toks.get(i + 1).is_some_and(|c| c.is_punct(':'))
            || (toks.get(i + 1).is_some_and(Token::is_capitalized)
                && toks.get(i + 2).is_some_and(|c| c.is_punct(':'))));
    // "<KLMX ST>", "<ORVN B>": a symbol and its market's code of one or
    // two letters, spaced, in angle brackets; both words are markup.
    // ("<Kelmix PLC>", "<Dravik AB>", "<Orvane Cable>": newswires bracket
    // names too; a legal suffix or a longer word is a name's.)
    let symbol = |t: &Token| {
        t.end - t.start <= 6
            && t.norm.chars().all(|c| c.is_ascii_alphanumeric())
            && t.is_capitalized()
    };
    let market_code = |t: &Token| {
        t.end - t.start <= 2
            && t.norm.chars().all(|c| c.is_ascii_alphabetic())
            && t.is_capitalized()
            && !LEGAL_SUFFIXES.contains(&t.norm.as_str())
    };
    let spaced = (i > 0
        && toks[i - 1].is_punct('<')
        && toks[i - 1].end == toks[i].start
        && symbol(&toks[i])
        && toks.get(i + 1).is_some_and(market_code)
        && toks
            .get(i + 2)
            .is_some_and(|c| c.is_punct('>') && c.start == toks[i + 1].end))
        || (i > 1
            && toks[i - 2].is_punct('<')
            && symbol(&toks[i - 1])
            && market_code(&toks[i])
            && toks
                .get(i + 1)
                .is_some_and(|c| c.is_punct('>') && c.start == toks[i].end));
    angled || bracketed || listed || market || spaced
}

/// Stock markets as a listing names them before a symbol ("NYSE: ACME").
fn is_market(word: &str) -> bool {
    matches!(
        word,
        "nyse"
            | "nasdaq"
            | "tsx"
            | "tsxv"
            | "tsx-v"
            | "cse"
            | "lse"
            | "aim"
            | "asx"
            | "nzx"
            | "euronext"
            | "otc"
            | "otcqb"
            | "otcqx"
            | "amex"
            | "hkex"
            | "sgx"
            | "bse"
            | "nse"
            | "six"
            | "xetra"
    )
}

/// Whether a sentence is written in capitals ("ACME TO BUY GLOBEX UNIT"):
/// at least three words of two letters or more, four in five of them with
/// no small letter.
pub(super) fn is_all_caps(toks: &[Token], text: &str) -> bool {
    // Asked of every sentence: the usual one, with small letters in most of
    // its words, is let go as soon as that cannot add up to four in five.
    let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
    let (mut counted, mut caps) = (0usize, 0usize);
    for t in toks.iter().filter(|t| t.kind == Kind::Word) {
        let w = t.text(text);
        // Words of one character ("a", "I") say nothing either way.
        if w.chars().nth(1).is_none() {
            continue;
        }
        counted += 1;
        // A word with a small letter is not written in capitals.
        if w.chars().any(char::is_lowercase) {
            if (counted - caps) * 5 > words {
                return false;
            }
        } else {
            caps += 1;
        }
    }
    counted >= 3 && caps * 5 >= counted * 4
}

/// Whether a sentence is a headline in Title Case ("Acme Agrees To Buy
/// Globex Unit"): most of its words, short ones included, start with a
/// capital. There capitals do not mark names, so runs are cut shorter.
/// An article's title line (`title_line`: its first, with no full stop)
/// may leave its short words in lowercase ("Kelmix Sold to Orvane for $2
/// Billion"); in a body sentence so many small words say it is one.
pub(super) fn is_headline(toks: &[Token], title_line: bool) -> bool {
    let is_word =
        |t: &&Token| t.kind == Kind::Word && t.norm.chars().next().is_some_and(char::is_alphabetic);
    let words = toks.iter().filter(is_word).count();
    let (mut lower, mut short_capitalized, mut verb_inside) = (0usize, false, false);
    for (k, t) in toks.iter().filter(is_word).enumerate() {
        if !t.is_capitalized() {
            if title_line && lexicon::is(&lexicon::HEADLINE_BREAKS, &t.norm) {
                continue;
            }
            lower += 1;
            // Asked of every sentence: most are let go at once.
            if lower * 10 > words * 3 {
                return false;
            }
        } else if k > 0 && lexicon::is(&lexicon::HEADLINE_BREAKS, &t.norm) {
            short_capitalized = true;
            // "Orvane Buys Kestane": three words around a verb of the
            // headline's ("Bank Of America", "Moët Et Chandon" are names).
            verb_inside |= k + 1 < words && t.norm.len() > 3 && !t.norm.ends_with('\'');
        }
    }
    (words >= 4 && short_capitalized) || (words == 3 && verb_inside && lower == 0)
}

/// Where a name starting at `i` ends in a headline: at the first short word
/// ("To", "In") or the first word the article also writes in lowercase
/// ("Agrees", "Buy"), within the run of capitals ending at `run_end`.
pub(super) fn headline_run_end(
    toks: &[Token],
    i: usize,
    run_end: usize,
    vocab: &ArticleVocabulary,
) -> usize {
    (i + 1..run_end)
        .find(|&j| {
            toks[j].is_capitalized()
                && (headline_break(&toks[j].norm, vocab)
                    // "Orvane Partners With Kelmix": a firm's word used as
                    // the headline's verb before "With".
                    // ("A and B Partner on Battery Recycling", "Team Up
                    // to Build": so is its plural subject's form.)
                    || (matches!(toks[j].norm.as_str(), "partners" | "teams" | "partner" | "team")
                        && toks
                            .get(j + 1)
                            .is_some_and(|w| matches!(w.norm.as_str(), "with" | "on" | "up"))))
        })
        .unwrap_or(run_end)
}

/// A headline word that is not part of a name: a short word, or one the
/// article also writes in lowercase.
pub(super) fn headline_break(word: &str, vocab: &ArticleVocabulary) -> bool {
    lexicon::is(&lexicon::HEADLINE_BREAKS, word)
        || lexicon::is(&lexicon::HEADLINE_NOUNS, word)
        || vocab.lowercase.contains(word)
}

/// A legal form as a company writes it after its name: "Inc", "SA", "SE",
/// with a capital ("sa" and "se" in lowercase are French words).
pub(super) fn is_legal_form(t: &Token) -> bool {
    t.norm != "&" && t.is_capitalized() && LEGAL_SUFFIXES.contains(&t.norm.as_str())
}

/// Legal suffixes after a known name belong to it: "Xerox Corp.".
pub(super) fn extend_suffix(toks: &[Token], mut end: usize) -> usize {
    // "Intel Corp. (INTC), Nvidia": a known name that ends with its legal
    // form takes the abbreviation's dot too.
    if end > 0
        && is_legal_form(&toks[end - 1])
        && toks
            .get(end)
            .is_some_and(|n| n.is_punct('.') && n.start == toks[end - 1].end)
        && toks.get(end + 1).is_some()
    {
        end += 1;
    }
    while let Some(t) = toks.get(end) {
        if is_legal_form(t) {
            end += 1;
            if toks
                .get(end)
                .is_some_and(|n| n.is_punct('.') && toks.get(end + 1).is_some())
            {
                // "Corp." inside a sentence: the dot is the abbreviation's.
                end += 1;
            }
        } else {
            break;
        }
    }
    end
}

/// Where a name ends once the legal form that follows it is counted in
/// ("Becton Dickinson & Co", "Acme Corp."): the finder leaves the form out
/// of the name it reports, but a reader counts it as part of the name. A
/// dot belongs to the form only when written against it.
pub fn legal_form_end(toks: &[Token], mut end: usize) -> usize {
    loop {
        match toks.get(end) {
            Some(t) if is_legal_form(t) => end += 1,
            Some(t) if t.norm == "&" && toks.get(end + 1).is_some_and(is_legal_form) => end += 2,
            // "Acme Holdings, LLC", "Acme, Inc.": a comma may stand before
            // the form when nothing but punctuation or the end follows it.
            Some(t)
                if t.is_punct(',')
                    && toks.get(end + 1).is_some_and(is_legal_form)
                    && toks.get(end + 2).is_none_or(|n| n.kind == Kind::Punct) =>
            {
                end += 2
            }
            _ => break,
        }
        if let (Some(dot), Some(form)) = (toks.get(end), toks.get(end - 1))
            && dot.is_punct('.')
            && dot.start == form.end
        {
            end += 1;
        }
    }
    end
}

/// "1st Source Bank", "21st Century Fox": an ordinal before a capitalised
/// word opens a name.
/// The tokenizer writes "1st" as the number and its suffix.
pub(super) fn ordinal_opening(toks: &[Token], i: usize) -> bool {
    toks[i].kind == Kind::Number
        && toks[i].norm.chars().all(|c| c.is_ascii_digit())
        && toks.get(i + 1).is_some_and(|s| {
            s.start == toks[i].end && matches!(s.norm.as_str(), "st" | "nd" | "rd" | "th")
        })
        && toks
            .get(i + 2)
            .is_some_and(|n| n.is_capitalized() && !lexicon::is(&lexicon::MONTHS, &n.norm))
}

/// "420 Capital", "360 Ventures": a whole number opening a fund's name, one
/// capitalised word of the trade after it.
pub(super) fn numbered_opening(toks: &[Token], i: usize) -> bool {
    toks[i].kind == Kind::Number
        && toks[i].norm.chars().all(|c| c.is_ascii_digit())
        && (i == 0 || toks[i - 1].kind != Kind::Currency)
        && toks.get(i + 1).is_some_and(|n| {
            n.is_capitalized()
                && matches!(
                    n.norm.as_str(),
                    "capital"
                        | "ventures"
                        | "partners"
                        | "equity"
                        | "investments"
                        | "global"
                        | "startups"
                )
        })
        && toks.get(i + 2).is_none_or(|n| !n.is_capitalized())
}

/// A product model's code: one or two capitals, a hyphen or none, then two
/// digits or more, then digits, letters or a hyphen ("A321neo", "E195-E2",
/// "XC90", "A-220"; not "O2" nor "K2", names of their own, which have a
/// single digit).
pub fn model_code(word: &str) -> bool {
    let caps = word.chars().take_while(char::is_ascii_uppercase).count();
    // ("Dravik A-220", "Kelmix K-900": a hyphen may join the capitals to
    // the digits.)
    let hyphen = usize::from(word[caps..].starts_with('-'));
    let digits = word
        .chars()
        .skip(caps + hyphen)
        .take_while(char::is_ascii_digit)
        .count();
    (1..=2).contains(&caps) && digits >= 2
}

/// Whether a word names a kind of company in the plural ("chipmakers",
/// "lenders", "investors"), not one that opens names of its own
/// ("Partners Group", "Funds").
pub(super) fn plural_kind_word(w: &str) -> bool {
    !matches!(
        w,
        "partners" | "partenaires" | "funds" | "fonds" | "groups" | "groupes"
    ) && (lexicon::is(&lexicon::PLURAL_KINDS, w)
        || w.strip_suffix('s')
            .is_some_and(|one| lexicon::is(&lexicon::DESCRIPTION_HEADS, one)))
}

/// Whether a word is an acronym in the plural: two to five capitals and a
/// final "s" ("GPUs", "SUVs", "EVs").
pub fn plural_acronym(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(acronym_shaped)
}

/// Whether a word is written as an acronym: two to five capitals ("GV",
/// "KKR", "GIP").
pub(super) fn acronym_shaped(word: &str) -> bool {
    (2..=5).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether the run `toks[i..j]` before "and" is a person's name: a title
/// opens it or stands before it, a particle stands before it, or a given name opens it and one to three
/// more words follow without an organisation's head word ("Jane Roe",
/// not "Morgan Creek Partners").
fn person_before_and(toks: &[Token], i: usize, j: usize) -> bool {
    let cue = |t: &Token| lexicon::is_title(&t.norm);
    cue(&toks[i])
        || (i >= 1 && cue(&toks[i - 1]))
        // "bin Rashid and Tessel Partners": a surname after a particle.
        || (i >= 2
            && lexicon::is(&lexicon::NAME_PARTICLES, &toks[i - 1].norm)
            && toks[i - 2].is_capitalized())
        || ((i + 2..=i + 4).contains(&j)
            && lexicon::is_given_name(&toks[i].norm)
            && !toks[i + 1..j]
                .iter()
                .any(|t| lexicon::is_org_head(&t.norm) || is_legal_form(t)))
}

/// End of a run of capitalised words, joined by "&" or by "de/des/du" between
/// two capitalised words ("Caisse des Dépôts").
pub(super) fn capital_run(toks: &[Token], text: &str, i: usize) -> usize {
    let mut j = i;
    while j < toks.len() {
        let t = &toks[j];
        if j == i && ordinal_opening(toks, i) {
            j += 2;
            continue;
        }
        if j == i && numbered_opening(toks, i) {
            j += 1;
            continue;
        }
        // "Airbus A321neo jets", "Embraer E195-E2": a model's code (a capital,
        // then digits) after a maker's name is its product, not its name's.
        if j > i && model_code(t.text(text)) && toks.get(j + 1).is_none_or(|n| !is_legal_form(n)) {
            break;
        }
        // "Kelmix Tuesday said": a day of the week after a name, a verb
        // after it, is when it acted (the days are time words ending in
        // "day"; "for Sheffield Wednesday." is a club's name).
        if j > i
            && t.norm.ends_with("day")
            && lexicon::is(&lexicon::TIME_WORDS, &t.norm)
            && toks
                .get(j + 1)
                .is_some_and(|n| n.kind == Kind::Word && !n.is_capitalized())
        {
            break;
        }
        // "Kelmix GPUs", "Orvane SUVs": an acronym in the plural after a
        // maker's name is what it makes.
        if j > i
            && plural_acronym(t.text(text))
            && toks.get(j + 1).is_none_or(|n| !is_legal_form(n))
        {
            break;
        }
        // "dévoilé à Paris Helion, une coentreprise", "unveiled in
        // Washington Helion, a joint venture": a place after its
        // preposition, then a name its apposition describes, are two.
        if j == i + 1
            && i >= 1
            && matches!(toks[i - 1].norm.as_str(), "à" | "in" | "at")
            && lexicon::is_place_or_demonym(&toks[i].norm)
            && t.is_capitalized()
            && toks.get(j + 1).is_some_and(|c| c.is_punct(','))
            && toks.get(j + 2).is_some_and(|d| {
                matches!(
                    d.norm.as_str(),
                    "a" | "an" | "the" | "un" | "une" | "la" | "le" | "l'"
                )
            })
            && (j + 3..toks.len().min(j + 6)).any(|h| {
                lexicon::is(&lexicon::DESCRIPTION_HEADS, &toks[h].norm)
                    || matches!(toks[h].norm.as_str(), "venture" | "coentreprise")
            })
        {
            break;
        }
        let cap = t.is_capitalized()
            || (t.kind == Kind::Word && t.norm.chars().any(|c| c.is_ascii_digit()) && j > i);
        // "E.F. Hutton", "J.P. Morgan": initials keep their closing dot and
        // the name goes on.
        if cap
            && t.norm.contains('.')
            && t.norm.chars().all(|c| c == '.' || c.is_alphabetic())
            && toks
                .get(j + 1)
                .is_some_and(|d| d.is_punct('.') && d.start == t.end)
            && toks.get(j + 2).is_some_and(Token::is_capitalized)
        {
            j += 2;
            continue;
        }
        // "Alfred P. Sloan Foundation", "Michael J. Fox Foundation": a
        // middle initial and its dot inside a name that ends as an
        // institution's does (a person's, "Asher B. Edelman", stops there).
        if j > i
            && t.kind == Kind::Word
            && t.text(text).len() == 1
            && t.text(text).chars().all(|c| c.is_ascii_uppercase())
            && toks
                .get(j + 1)
                .is_some_and(|d| d.is_punct('.') && d.start == t.end)
            && toks.get(j + 2).is_some_and(Token::is_capitalized)
            && toks[j + 2..]
                .iter()
                .take(4)
                .take_while(|w| w.is_capitalized())
                .any(|w| lexicon::is_org_head(&w.norm) || is_legal_form(w))
        {
            j += 2;
            continue;
        }
        // "Industrial Equity (Pacific) Ltd": a word in brackets inside a
        // company's name (a legal form after it, or a trade word before),
        // that is no acronym (those name the whole, see `acronyms`),
        // belongs to it; after a person's name it is a country or a team.
        if j > i
            && t.is_punct('(')
            && toks.get(j + 1).is_some_and(|w| {
                w.is_capitalized()
                    && w.kind == Kind::Word
                    && w.text(text).chars().any(char::is_lowercase)
            })
            && toks.get(j + 2).is_some_and(|c| c.is_punct(')'))
            && (toks.get(j + 3).is_some_and(is_legal_form)
                || lexicon::is_org_head(&toks[j - 1].norm))
        {
            j += 3;
            continue;
        }
        // "Ontario Teachers' Pension Plan", "Public Employees' Retirement
        // System": a plural possessive of people inside a name goes on to the
        // next capital ("National Amusements' Arsenal unit" names a company's
        // own).
        let people = |w: &str| {
            ["ers", "ees", "ians", "ists", "ors"]
                .iter()
                .any(|e| w.ends_with(e))
                && w != "brothers"
        };
        if j > i
            && t.kind == Kind::Punct
            && matches!(t.text(text), "'" | "’")
            && t.start == toks[j - 1].end
            && people(&toks[j - 1].norm)
            && toks[j - 1].is_capitalized()
            && toks
                .get(j + 1)
                .is_some_and(|n| n.is_capitalized() && n.start > t.end)
        {
            j += 1;
            continue;
        }
        if cap && j > i && lexicon::is_title(&t.norm) {
            // "Acme CEO Jane Doe": a title ends the company's name, and
            // what follows it is a person.
            break;
        } else if cap {
            j += 1;
        } else if j > i
            && matches!(t.norm.as_str(), "of" | "de")
            && is_legal_form(&toks[j - 1])
            && !matches!(
                toks[j - 1].norm.as_str(),
                "co" | "corp" | "company" | "corporation" | "cie" | "compagnie"
            )
        {
            // "Acme Foods Inc of Pompano Beach": after its legal form the
            // company's name is whole; "of" gives where it is based. Forms
            // that are nouns go on ("Aluminum Co of America").
            break;
        } else if j > i
            && (t.norm == "&" || matches!(t.norm.as_str(), "de" | "des" | "du" | "d'" | "for" | "of"))
            && toks.get(j + 1).is_some_and(|n| n.is_capitalized())
            // "Center for Strategic Studies": "for" goes on only after a
            // body's noun; "a bid from Brenwick Industries for Pinecrest",
            // "a deal with Kestane for LNG" tell what the deal is for.
            && (t.norm != "for" || PURPOSE_NAME_HEADS.contains(&toks[j - 1].norm))
            // "Kelmix for A$ 300 million", "Kelmix for EUR 1.2bn": a
            // currency before its amount is no name.
            && !toks
                .get(j + 2)
                .is_some_and(|c| {
                    (c.kind == Kind::Currency && c.start == toks[j + 1].end)
                        || c.kind == Kind::Number
                })
            && !matches!(
                toks[j + 1].norm.as_str(),
                "la" | "le" | "les" | "l'" | "the"
            )
            // "l'usine Kestane de Belfort", "le site Orvane de Vitry": after
            // a production site's noun, "de" gives the site's town.
            && !(t.norm == "de"
                && i >= 1
                && matches!(
                    toks[i - 1].norm.as_str(),
                    "usine" | "usines" | "site" | "sites" | "raffinerie" | "centrale"
                ))
            // "la division Kelmix d'Orvane", "la filiale Kelmix du groupe
            // Orvane": after a unit's noun, "de" gives the unit's parent
            // ("la filiale Banque de Savoie": unless the name opens with
            // a body's head word).
            && !(matches!(t.norm.as_str(), "de" | "d'" | "du")
                && i >= 1
                && lexicon::is(&lexicon::UNIT_NOUNS, &toks[i - 1].norm)
                && !lexicon::is_org_head(&toks[j - 1].norm))
            // "le rachat par Norlac de Kelmix": after a takeover's noun and
            // "par", the buyer's name ends before the "de" of what it buys;
            // ("la vente par Tessel de Kelmix": so does the seller's after
            // a sale's noun.)
            && !(matches!(t.norm.as_str(), "de" | "d'" | "du")
                && i >= 2
                && toks[i - 1].norm == "par"
                && (lexicon::is(&lexicon::ACQUISITION_NOUNS, &toks[i - 2].norm)
                    || lexicon::is(&lexicon::SELLING_WORDS, &toks[i - 2].norm)))
        {
            j += 2;
        } else if j == i + 1
            && t.norm == "de"
            && lexicon::is(&lexicon::ARTICLE_NAME_HEADS, &toks[i].norm)
            && toks
                .get(j + 1)
                .is_some_and(|a| matches!(a.norm.as_str(), "la" | "l'"))
            && toks.get(j + 2).is_some_and(Token::is_capitalized)
        {
            // "Chantiers de l'Atlantique": a head that takes an article
            // inside its name.
            j += 3;
        } else if j > i
            && matches!(t.norm.as_str(), "and" | "et")
            && toks.get(j + 1).is_some_and(Token::is_capitalized)
        {
            // "Securities and Exchange Commission", "Corroon and Black Corp":
            // "and" joins two runs when the name it makes ends the way an
            // organisation's does; otherwise it lists two names.
            let end = capital_run(toks, text, j + 1);
            let head = &toks[end - 1].norm;
            // ... unless the first run is a company's whole name already
            // ("Acme Corp and Globex Inc", "Orbis Ventures and Kelmix
            // Partners" list two).
            let left = &toks[j - 1];
            // "Texas Oil and Gas Corp", "Light and Power Co": a trade word
            // alone with its legal form after "and" goes on the name.
            let mut bare = end;
            while bare > j + 1 && is_legal_form(&toks[bare - 1]) {
                bare -= 1;
            }
            // ("Norlac Oil and Gas": so does one after a name, with no
            // legal form.)
            let trade_pair = bare == j + 2
                && (bare < end || j >= i + 2)
                && lexicon::COMPANY_HEADS.contains(&toks[j + 1].norm)
                && lexicon::COMPANY_HEADS.contains(&left.norm);
            // ("Aetna Life and Casualty Co", "Universal Life and General
            // Insurance": an insurer's "Life" goes on after "and".)
            let whole = !trade_pair
                && (is_legal_form(left)
                || (lexicon::COMPANY_HEADS.contains(&left.norm) && left.norm != "life")
                || lexicon::is(&lexicon::PARENT_HEADS, &left.norm)
                // ("Orvane Pension Plan and Kelmix Capital": a pension
                // plan or an endowment invests as a fund does.)
                || matches!(left.norm.as_str(), "partners" | "fund" | "bank" | "plan" | "endowment")
                // "Quorra Systems and Delphin Networks": two runs of two
                // words or more, the first already ending as an
                // institution's name does, are two names ("U.S. Securities
                // and Exchange Commission" and "Environmental Systems and
                // Services" go on with a head word).
                || (j >= i + 2
                    && end >= j + 3
                    && lexicon::is(&lexicon::ORG_HEADS, &left.norm)
                    && !lexicon::is_org_head(&toks[j + 1].norm))
                // "OrbiMed and RA Capital": a brand written in camel case
                // or a run opening with initials is a name of its own.
                || camel_case(left.text(text))
                // "GV and Index Ventures", "KKR and Blackstone Group": an
                // acronym alone before "and" is a name of its own when a
                // name of two words or more follows.
                // (After a comma, capitals may be a legal form: "Signature
                // Investments, LCC and Citadel Management".)
                || (j == i + 1
                    && end >= j + 3
                    && !(i >= 1 && toks[i - 1].is_punct(','))
                    && acronym_shaped(left.text(text)))
                || (end > j + 2 && initials(toks[j + 1].text(text)))
                // "Halvern and Pivex Ventures", "Accel and Index Ventures":
                // a run of two words or more ending as an investment firm's
                // name lists its firm after a one-word name ("MacAndrews and
                // Forbes Group", "Hambrecht and Quist Group" end otherwise).
                || (j == i + 1
                    && bare >= j + 3
                    && matches!(toks[bare - 1].norm.as_str(), "ventures" | "capital" | "partners"))
                // "J.P. Morgan and Orbis Capital": a name opening with
                // initials is whole ("J.P. Morgan and Co" takes its legal
                // form).
                // ("U.S. Securities and Exchange Commission": a country's
                // initials open no person's or firm's name.)
                || (toks[i].norm.contains('.')
                    && !lexicon::is_place_or_demonym(&toks[i].norm)
                    && j >= i + 3
                    && !(end == j + 2 && LEGAL_SUFFIXES.contains(&head.as_str())))
                // "Ivanhoé Cambridge et Crédit Agricole Assurances", "Daphni
                // et Kima Ventures": French joins no name of two words or
                // more to another with "et".
                || (t.norm == "et" && end >= j + 3 && !lexicon::is(&lexicon::ORG_HEADS, &toks[j + 1].norm))
                // "venture firms Tallwood Ridge and Ostrander Capital": after
                // a plural kind, "and" lists the kind's members
                // ("Chipmakers Pivex and Halvern": so it does when the kind
                // opens a sentence with its capital).
                || (i >= 1 && lexicon::is(&lexicon::PLURAL_KINDS, &toks[i - 1].norm))
                || (j >= i + 2
                    && (i == 0 || toks[i - 1].is_punct('.'))
                    && plural_kind_word(&toks[i].norm))
                // "Jane Roe and Kelmix Partners", "Prince Alwaleed bin
                // Talal and Kingdom Holding": a person's name is whole.
                || person_before_and(toks, i, j)
                // "la fusion entre Harlan et Brisk Logistics": between two.
                || (i >= 1 && matches!(toks[i - 1].norm.as_str(), "entre" | "between"))
                // ("through the merger of Pellow Savings and Quellin Trust",
                // "la fusion de A et B": a merger's "of" names two.)
                || (i >= 2
                    && matches!(toks[i - 1].norm.as_str(), "of" | "de" | "d'")
                    && matches!(
                        toks[i - 2].norm.as_str(),
                        "merger" | "mergers" | "combination" | "fusion" | "rapprochement"
                    ))
                // "of Orbis, Tessel and Kelmix Partners": the last two of a
                // list after a comma are two names.
                // (Initials there may be a legal form: "Investments, LLC".)
                || (i >= 2
                    && toks[i - 1].is_punct(',')
                    && toks[i - 2].is_capitalized()
                    && !initials(toks[i].text(text)))
                // "A, B, as well as C and D Fund", "ainsi que C et D Capital":
                // a list's tail after its joining phrase.
                || (i >= 3
                    && matches!(
                        (toks[i - 3].norm.as_str(), toks[i - 2].norm.as_str(), toks[i - 1].norm.as_str()),
                        ("as", "well", "as") | (_, "ainsi", "que") | (_, "along", "with")
                    )));
            // "Johnson and Johnson": a name that repeats its word is one.
            let repeated = j == i + 1 && end == j + 2 && toks[i].norm == toks[j + 1].norm;
            // "British firm Cable and Wireless", "retailer Marks and
            // Spencer": after a singular kind, two single words joined by
            // "and" are one firm's name (a plural kind lists two, above).
            let kind_named = j == i + 1
                && end == j + 2
                && i >= 1
                && !toks[i - 1].norm.ends_with('s')
                && lexicon::is(&lexicon::DESCRIPTION_HEADS, &toks[i - 1].norm)
                // ("group Vantora and British rival Kelmix": a nationality
                // opens the next member's description.)
                && !lexicon::is_place_or_demonym(&toks[j + 1].norm);
            if repeated
                || (kind_named && !whole)
                || !whole
                    && (lexicon::is(&lexicon::ORG_HEADS, head)
                    // "Signature Funeral and Cemetery Investments"; but
                    // "Taft and Narragansett Capital Inc" lists a person and
                    // a company whole with its legal form.
                    || (lexicon::COMPANY_HEADS.contains(head)
                        && !toks.get(end).is_some_and(is_legal_form)
                        // ("contracts with Orvane and Tessera Cloud": one
                        // word alone before "and" is a name of its own
                        // when a trade closes the run after it.)
                        && j >= i + 2)
                    || LEGAL_SUFFIXES.contains(&head.as_str()))
            {
                j = end;
            }
            break;
        } else {
            break;
        }
    }
    j
}

/// End of a French institution's name opening at `i` with a capitalised
/// head word and going on in lowercase, as French writes such names:
/// "Commission européenne", "Banque publique d'investissement", "Autorité
/// des marchés financiers". After the head come adjectives, then at most
/// one complement ("de/des/du/d'" and a noun, with its adjectives); a
/// complement with no adjective before or after it is no part of the name
/// ("la Banque de Paul" stops at "Banque").
pub(super) fn institution_run(toks: &[Token], i: usize) -> Option<usize> {
    if !lexicon::is(&lexicon::INSTITUTION_HEADS, &toks[i].norm) {
        return None;
    }
    let adjective = |t: &Token| {
        !t.is_capitalized()
            && (lexicon::is(&lexicon::INSTITUTION_ADJECTIVES, &t.norm)
                || lexicon::DEMONYMS.contains_key(&t.norm))
    };
    let mut end = i + 1;
    while toks.get(end).is_some_and(adjective) {
        end += 1;
    }
    let before = end;
    // "Autorité de la concurrence", "Ministère de l'économie": the
    // complement's article is read past.
    let article = usize::from(
        toks.get(end).is_some_and(|t| t.norm == "de")
            && toks
                .get(end + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "la" | "l'")),
    );
    if toks
        .get(end)
        .is_some_and(|t| matches!(t.norm.as_str(), "de" | "des" | "du" | "d'"))
        && toks
            .get(end + 1 + article)
            .is_some_and(|n| n.kind == Kind::Word && !n.is_capitalized())
    {
        let mut after = end + 2 + article;
        while toks.get(after).is_some_and(adjective) {
            after += 1;
        }
        // Inside a sentence, after a definite article or none, the capital
        // itself says the head names an institution ("la Caisse des
        // dépôts"); at its start or after "une", a complement needs an
        // adjective ("Société de gestion", "une Banque de dépôt").
        let named = i > 0 && !matches!(toks[i - 1].norm.as_str(), "un" | "une" | "des");
        if before > i + 1 || after > end + 2 + article || named {
            end = after;
        }
    } else if before > i + 1
        && toks
            .get(end)
            .is_some_and(|t| matches!(t.norm.as_str(), "de" | "du" | "d'"))
        && toks
            .get(end + 1)
            .is_some_and(|n| n.is_capitalized() && lexicon::is_place_or_demonym(&n.norm))
    {
        // "Compagnie nationale du Rhône", "Hospices civils de Lyon": after
        // an adjective, a place the institution serves is its name's.
        end += 2;
    }
    (end > i + 1).then_some(end)
}

/// "OrbiMed", "BlackRock": a capital after a lowercase letter inside a word.
fn camel_case(word: &str) -> bool {
    word.chars()
        .zip(word.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// "RA", "KKR": a word of two to four capital letters.
fn initials(word: &str) -> bool {
    (2..=4).contains(&word.chars().count()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Where a name starting at token `first` starts once a number written
/// against it, or joined to it by a hyphen, is counted in ("7-Eleven",
/// "23andMe", "10T Holdings"): `first` when there is none.
pub(super) fn glued_number_start(toks: &[Token], first: usize) -> usize {
    let number =
        |k: usize| toks[k].kind == Kind::Number && toks[k].norm.chars().all(|c| c.is_ascii_digit());
    let glued = |a: usize, b: usize| toks[a].end == toks[b].start;
    if first >= 1 && number(first - 1) && glued(first - 1, first) {
        return first - 1;
    }
    // ("UPDATE 2-Norlac to buy Kelmix": the number of a wire's update,
    // joined to the headline, is none of its first name.)
    let update = first >= 3 && matches!(toks[first - 3].norm.as_str(), "update" | "wrapup");
    if first >= 2
        && toks[first - 1].is_punct('-')
        && glued(first - 1, first)
        && number(first - 2)
        && glued(first - 2, first - 1)
        && !update
    {
        return first - 2;
    }
    first
}
