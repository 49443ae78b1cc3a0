//! Whether a run of capitalised words names an organisation the alias table
//! does not know: not an opener, a place, a nationality, a person, a head
//! word alone or a common word at a sentence start.

use dealwire_core::names::LEGAL_SUFFIXES;
use dealwire_core::tokens::{Kind, Token};

use crate::lexicon::{self, PERSON_CUES, STOP_CAPS};

use super::apposition::appositive;
use super::mention::OrgMention;
use super::runs::{as_written, capital_run, headline_run_end, plural_acronym};
use super::vocabulary::ArticleVocabulary;

/// Deal nouns that open a headline before a preposition: see
/// `data/words/leading_deal_nouns.txt`.
static LEADING_DEAL_NOUNS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/leading_deal_nouns.txt"));

/// Participles that name who heads an organisation ("headed by", "dirigé
/// par"): see `data/words/leading_participles.txt`.
static LEADING_PARTICIPLES: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/leading_participles.txt"));

/// Words that end the name of a country's own service: see
/// `data/words/national_services.txt`.
static NATIONAL_SERVICES: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/national_services.txt"));

pub(super) fn unknown_org(
    toks: &[Token],
    text: &str,
    i: usize,
    end: usize,
    vocab: &ArticleVocabulary,
) -> Option<OrgMention> {
    let mut first = i;
    // "Texas Air Corp", "Canada Metal Co Ltd": with a legal form closing
    // the run, a place opening it is part of the company's name.
    let legal_close = end > i + 2 && LEGAL_SUFFIXES.contains(&toks[end - 1].norm.as_str());
    // "US Steel", "China Mobile", "Japan Industrial Partners": a country or
    // town opening a run that ends with a word of trade is the company's
    // own (a government body ends with "Ministry" or "Department", no trade).
    // ("Canada Pension Plan Investment Board", "London Stock Exchange
    // Group": a fund's, a group's or a market's head after two words or
    // more; a ministry or a commission is no company.)
    let trade_close = end > i + 1
        && (lexicon::COMPANY_HEADS.contains(&toks[end - 1].norm)
            || toks[end - 1].norm == "partners"
            // "London Stock Exchange": a market after two words.
            || (end >= i + 3 && toks[end - 1].norm == "exchange")
            || (end >= i + 4
                && matches!(
                    toks[end - 1].norm.as_str(),
                    "board" | "fund" | "trust" | "foundation" | "group"
                ))
            // ("China Kelmix Group", "Japan Orvane Holdings": a group's
            // or a holding's head after a name of its own.)
            || (end == i + 3
                && matches!(
                    toks[end - 1].norm.as_str(),
                    "group" | "groupe" | "holding" | "holdings"
                )
                && toks[i + 1].norm.chars().all(char::is_alphabetic)
                && !lexicon::is(&lexicon::PARENT_HEADS, &toks[i + 1].norm)
                && !lexicon::is_place_or_demonym(&toks[i + 1].norm)));
    // ("U.S. Army", "U.S. Treasury": a country's own service; see
    // `data/words/national_services.txt`. "U.S. Treasury Secretary X" is a
    // person's title.)
    let service_close = end > i + 1
        && NATIONAL_SERVICES.contains(&toks[end - 1].norm)
        && !toks.get(end).is_some_and(|t| lexicon::is_title(&t.norm));
    let place_of_trade = |k: usize| {
        (trade_close || service_close)
            && k + 1 < end
            && lexicon::PLACES.contains_key(&lexicon::name_key(std::slice::from_ref(&toks[k])))
    };
    // "the AI Infrastructure Partnership", "UK Power Networks": an acronym
    // that names no organisation alone opens one whose name ends with a
    // head word.
    let headed_name = end >= i + 3
        && (lexicon::is_org_head(&toks[end - 1].norm)
            || matches!(
                toks[end - 1].norm.as_str(),
                "partnership" | "alliance" | "consortium" | "coalition" | "initiative"
            ));
    let acronym_opening = |k: usize| {
        headed_name
            && k + 2 < end
            && toks[k].text(text).chars().count() <= 4
            && toks[k].text(text).chars().all(|c| c.is_ascii_uppercase())
            && !lexicon::is(&STOP_CAPS, &toks[k].norm)
            // ("le géant du BTP Vendôme Construction": a trade's acronym
            // after "du" is the description's, not the name's.)
            && !(k == i
                && k > 0
                && matches!(toks[k - 1].norm.as_str(), "du" | "de" | "d'" | "des"))
    };
    // Sentence openers and determiners are not part of the name.
    while first < end
        && !acronym_opening(first)
        && (lexicon::is(&STOP_CAPS, &toks[first].norm)
            || (lexicon::not_org(&toks[first].norm)
                && !place_of_trade(first)
                && !(legal_close
                    && first + 1 < end - 1
                    && !LEGAL_SUFFIXES.contains(&toks[first + 1].norm.as_str())
                    && lexicon::is_place_or_demonym(&toks[first].norm)))
            || compound_adjective(&toks[first], text)
            || plural_kind_opening(toks, first, end))
    {
        // "Les Docks Numériques" inside a sentence keeps its article.
        if first > 0
            && matches!(toks[first].norm.as_str(), "les" | "la" | "le")
            && first + 1 < end
            && first == i
        {
            break;
        }
        first += 1;
    }
    // "Kelmix's $30 million Series B, which ...": a series' letter left
    // alone names nothing.
    if first > 0
        && first + 1 == end
        && toks[first].norm.chars().count() <= 2
        && crate::text::is_series_word(&toks[first - 1].norm)
    {
        return None;
    }
    // "the Series C of Kelmix": the letter of a series or a class after
    // its word names nothing, nor does the "of" after it.
    if first > 0
        && first + 2 < end
        && toks[first].norm.chars().count() == 1
        && crate::text::is_series_word(&toks[first - 1].norm)
        && matches!(toks[first + 1].norm.as_str(), "of" | "de" | "du" | "d'")
    {
        first += 2;
    }
    // "le fonds souverain d'Abou Dhabi Mubadala": after "d'"/"de", a place of
    // several words opening the run says where the organisation is from,
    // unless the name is a trade's or closes with a legal form.
    if !trade_close
        && !legal_close
        && first == i
        && i > 0
        && matches!(toks[i - 1].norm.as_str(), "d'" | "de")
        && let Some(len) = (2..=3).rev().find(|&len| {
            first + len < end
                && lexicon::PLACES.contains_key(&lexicon::name_key(&toks[first..first + len]))
        })
    {
        first += len;
    }
    // "Hong Kong-based Industrial Equity": the name starts after the
    // adjective made with a place.
    if let Some(p) = (first..end.min(first + 4))
        .rev()
        .find(|&k| compound_adjective(&toks[k], text))
    {
        first = p + 1;
    }
    // "Rachat de Pivéa par Kolvane", "Merger of Kelmix and Orbis": a deal's
    // noun and its preposition opening a headline are no part of the name.
    if first == 0
        && first + 2 < end
        && lexicon::is(&LEADING_DEAL_NOUNS, &toks[first].norm)
        && matches!(
            toks[first + 1].norm.as_str(),
            "de" | "d'" | "du" | "des" | "of"
        )
    {
        first += 2;
    }
    // What the openers leave behind may start with a dot ("U.S. Treasury").
    while first < end && toks[first].kind == Kind::Punct {
        first += 1;
    }
    let mut last = end;
    while last > first
        && (toks[last - 1].norm.ends_with("-based")
            || toks[last - 1].norm.ends_with("-headquartered"))
    {
        last -= 1;
    }
    let before_suffix = last;
    // "Norvik A/S", "Kelmix K/S": a Nordic legal form, written with a
    // slash between two letters the tokenizer splits.
    if last == end
        && last > first + 1
        && toks[last - 1].norm.len() == 1
        && toks.get(end).is_some_and(|t| t.norm == "/")
        && toks
            .get(end + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.norm.len() == 1)
    {
        last -= 1;
    }
    while last > first && LEGAL_SUFFIXES.contains(&toks[last - 1].norm.as_str()) {
        last -= 1;
    }
    // "Carson Pirie Scott and Co", "Lazard Frères & Cie": the "and" before
    // the legal form goes with it.
    while last > first + 1 && matches!(toks[last - 1].norm.as_str(), "and" | "&" | "et") {
        last -= 1;
    }
    // "Telmira Inc", "Velmor SA": a legal form says it is a company.
    let legal = last < before_suffix;
    if first >= last {
        return None;
    }
    // "le ministère des Armées", "ministère de la Culture": French writes a
    // ministry's head in lowercase before its capitalised domain.
    if let Some(head) = ministry_head(toks, first) {
        first = head;
    }
    let words: Vec<&str> = toks[first..last].iter().map(|t| t.norm.as_str()).collect();
    // ("N.Z. Dlr": an abbreviation's closing dot is a token of its own.)
    let joined = if words.contains(&".") {
        words
            .iter()
            .filter(|w| **w != ".")
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        words.join(" ")
    };
    // Common words alone name nothing, unless a legal form closes them
    // ("Texas Oil and Gas Corp").
    if lexicon::not_org(&joined) || (only_common_words(&words) && !(legal && words.len() >= 2)) {
        return None;
    }
    // "Intel's CPUs", "ETFs", "IPOs": an acronym in the plural alone is a
    // kind of thing, not an organisation.
    if last == first + 1 && !legal && plural_acronym(toks[first].text(text)) {
        return None;
    }
    // "angel investors including Elad Gil and Naval Ravikant", "des
    // business angels, dont Xavier Niel": a name of two or three words
    // listed after a group of people names one of them.
    if (2..=3).contains(&words.len())
        && !legal
        && !words.iter().any(|w| lexicon::is_org_head(w))
        && person_listed(toks, first)
    {
        return None;
    }
    // "Economy and Finance Ministers": a run closed by people in the
    // plural names them.
    if words.last().is_some_and(|w| PEOPLE_PLURALS.contains(w)) {
        return None;
    }
    // "the Walton family", "the Agnelli family's holding": a family's name
    // before the word names people ("family office" is a firm).
    if toks
        .get(last)
        .is_some_and(|t| matches!(t.norm.as_str(), "family" | "families"))
        && toks.get(last + 1).is_none_or(|t| t.norm != "office")
    {
        return None;
    }
    if toks[first..last]
        .iter()
        .any(|t| compound_adjective(t, text))
        || vocab.vehicles.contains(words[0])
    {
        return None;
    }
    // "bid for the Helios project", "won the tender for the Helios wind
    // project": a name between "the" and a project's noun that a bid or a
    // tender is for names the project, no party. (A project bought, "will
    // acquire the Sable Creek project from Y", is a named asset.)
    let tendered = first >= 3
        && toks[first - 2].norm == "for"
        && toks[first.saturating_sub(5)..first - 2].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "bid" | "bids" | "bidding" | "tender" | "tenders" | "contract" | "contracts"
            )
        });
    let project = |t: &Token| {
        matches!(
            t.norm.as_str(),
            "project" | "projects" | "programme" | "program" | "scheme"
        )
    };
    if tendered
        && toks[first - 1].norm == "the"
        && (toks.get(last).is_some_and(project)
            || (toks
                .get(last)
                .is_some_and(|t| t.kind == Kind::Word && !t.is_capitalized())
                && toks.get(last + 1).is_some_and(project)))
        && !legal
    {
        return None;
    }
    // Products, indices and events ("iPhone", "CAC 40", "Davos"), and laws
    // ("Chips Act", "loi Pacte") are other names.
    // The name is looked up in several lists: its key is worked out once.
    let key = lexicon::name_key(&toks[first..last]);
    let with_number = (last < toks.len() && toks[last].kind == Kind::Number).then_some(last + 1);
    if lexicon::PRODUCTS.contains_key(&key)
        || with_number.is_some_and(|end| lexicon::PRODUCTS.contains_tokens(&toks[first..end]))
        || (words.len() >= 2 && matches!(words[words.len() - 1], "act" | "acts"))
        || (first > 0
            && matches!(
                toks[first - 1].norm.as_str(),
                "loi" | "directive" | "règlement"
            ))
    {
        return None;
    }
    // A head word alone ("Commission", "Institute", "Group") or a part of a
    // company ("Subsidiary", "Division") names nothing.
    if last - first == 1
        && (lexicon::is_org_head(words[0]) || lexicon::is(&lexicon::UNIT_NOUNS, words[0]))
    {
        return None;
    }
    // "Huron, South Dakota", "Gardena, California": a name the text places
    // in a state or country after a comma is a town.
    if !legal
        && words.len() <= 2
        && !words
            .iter()
            .any(|w| matches!(*w, "of" | "de" | "du") || lexicon::is_org_head(w))
        && town_in_region(toks, before_suffix)
    {
        return None;
    }
    // ("a working interest in the Varrow Gas Field": an oil or gas field
    // is a site, whatever its owner's heads.)
    if words.len() >= 3
        && !legal
        && matches!(words[words.len() - 1], "field" | "fields")
        && matches!(words[words.len() - 2], "gas" | "oil")
    {
        return None;
    }
    // Seas, rivers and regions: "Aegean Sea", "Gulf of Mexico", "West
    // Africa".
    // ("Citizens State Bank of Silver Lake" is a bank's name.)
    if words.len() >= 2
        && !legal
        && !words.iter().any(|w| lexicon::is_org_head(w))
        && (lexicon::is(&GEO_HEADS, words[words.len() - 1])
            || (lexicon::is(&GEO_HEADS, words[0])
                && matches!(words[1], "of" | "de" | "du" | "des"))
            || (lexicon::is(&COMPASS_WORDS, words[0])
                && lexicon::is_place_or_demonym(&words[1..].join(" "))))
    {
        return None;
    }
    // "assets in the Varrow basin", "the Lorne valley": a name
    // followed by a lowercase feature of the land is that feature's.
    if !legal
        && !words.iter().any(|w| lexicon::is_org_head(w))
        && toks.get(last).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.is_capitalized()
                && (lexicon::is(&GEO_HEADS, &t.norm)
                    || matches!(t.norm.as_str(), "region" | "shale" | "coast" | "oilfield"))
        })
    {
        return None;
    }
    // "in the Arctic town of Hammerfest", "the Alpine resort of Zermatt":
    // a name before a lowercase settlement's noun and its "of" is the
    // settlement's adjective; "the town of Hammerfest", "la ville de
    // Vierzon": the name after them is the settlement.
    let settlement = |t: &Token| {
        t.kind == Kind::Word
            && !t.is_capitalized()
            && matches!(
                t.norm.as_str(),
                "town"
                    | "city"
                    | "village"
                    | "port"
                    | "resort"
                    | "province"
                    | "county"
                    | "district"
                    | "ville"
                    | "commune"
                    | "station"
            )
    };
    let of = |t: &Token| matches!(t.norm.as_str(), "of" | "de" | "d'");
    if !legal
        && !words.iter().any(|w| lexicon::is_org_head(w))
        && ((toks.get(last).is_some_and(settlement) && toks.get(last + 1).is_some_and(of))
            || (first >= 2 && of(&toks[first - 1]) && settlement(&toks[first - 2])))
    {
        return None;
    }
    // "as non-Middle East supplies diminish": a point of the compass alone
    // is a region's part, no company.
    // (A headline's capitals may name a company by one such word:
    // "SOUTHWEST <SWF>".)
    if words.len() == 1
        && !legal
        && matches!(words[0], "east" | "west" | "north" | "south")
        && !toks[first].text(text).chars().all(|c| c.is_uppercase())
    {
        return None;
    }
    // "American And Japanese partners": nationalities joined by a
    // capitalised "and" name no one.
    if words.len() >= 2
        && !legal
        && words
            .iter()
            .all(|w| matches!(*w, "and" | "et") || lexicon::is_place_or_demonym(w))
    {
        return None;
    }
    // "BONN, Aug 31 (Reuter) -", "RIGA 1996-08-31": a dateline's place, in
    // capitals, opening the text before its date.
    let month = |t: &Token| {
        let w = t.norm.trim_end_matches('.');
        lexicon::MONTHS.contains(w) || lexicon::is(&lexicon::MONTH_ABBREVIATIONS, w)
    };
    let dateline = first == 0
        && !legal
        && toks[first..last]
            .iter()
            .all(|t| !t.text(text).chars().any(char::is_lowercase))
        && match (toks.get(last), toks.get(last + 1)) {
            (Some(comma), Some(next)) if comma.is_punct(',') => month(next),
            (Some(date), next) => {
                date.kind == Kind::Number
                    && (date.text(text).contains('-') || next.is_some_and(|d| d.norm == "-"))
                    && date.text(text).len() >= 4
            }
            _ => false,
        };
    if dateline {
        return None;
    }
    // "On December Four", "expire April Three": a day written in words
    // after its month, as newswires spell small numbers.
    if words.len() == 1
        && first > 0
        && month(&toks[first - 1])
        && matches!(
            words[0],
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
        )
    {
        return None;
    }
    // Events: "Hong Kong Open", "Fed Cup", "Labor Day".
    if words.len() >= 2
        && !legal
        && !words.iter().any(|w| lexicon::is_org_head(w))
        && lexicon::is(&EVENT_HEADS, words[words.len() - 1])
    {
        return None;
    }
    // Places and nationalities ("Mexico", "Soviet Union", "Japanese"); a town
    // that is also a company's name only after "in", "à"...
    if lexicon::is_place_or_demonym(&key)
        || (lexicon::TOWNS.contains_key(&key)
            && first > 0
            && (lexicon::is(&lexicon::LOCATIVES, &toks[first - 1].norm)
                // "Acme Foods Inc of Miami": where a company is based.
                // ("the NHS trust of Leeds", "le groupe hospitalier de
                // Lyon": so after a company's noun in lowercase.)
                || (matches!(toks[first - 1].norm.as_str(), "of" | "de")
                    && first > 1
                    && (super::runs::is_legal_form(&toks[first - 2])
                        || (!toks[first - 2].is_capitalized()
                            && (lexicon::is_org_head(&toks[first - 2].norm)
                                || lexicon::is(
                                    &lexicon::DESCRIPTION_HEADS,
                                    &toks[first - 2].norm,
                                )))))
                // "a Leeds startup", "a Toronto maker of chips": a town
                // between an article and a noun of a company says where
                // that company is.
                || (matches!(toks[first - 1].norm.as_str(), "a" | "an")
                    && toks.get(last).is_some_and(|t| {
                        !t.is_capitalized()
                            && (lexicon::is_org_head(&t.norm)
                                || lexicon::is(&lexicon::DESCRIPTION_HEADS, &t.norm))
                    }))))
    {
        return None;
    }
    // "près de Mulhouse", "à 10 km de Rodez", "dans la banlieue de Lyon":
    // a name placed by a word of nearness or of a place's parts is a place.
    if first >= 2
        && !legal
        && matches!(toks[first - 1].norm.as_str(), "de" | "d'" | "du")
        && (lexicon::is(&NEARNESS_WORDS, &toks[first - 2].norm)
            || (toks[first - 2].kind == Kind::Number && toks[first - 2].norm.ends_with("km")))
    {
        return None;
    }
    // "off the western Tasman", "in the northern Baltic": a name of one
    // word after "the" and a lowercase compass word is a region's.
    if first >= 2
        && words.len() == 1
        && !legal
        && lexicon::is(&COMPASS_WORDS, &toks[first - 1].norm)
        && !toks[first - 1].is_capitalized()
        && matches!(toks[first - 2].norm.as_str(), "the" | "le" | "la" | "l'")
    {
        return None;
    }
    // "east of Helsinki", "au nord de Lyon": a name placed by a compass
    // word is a place.
    if first >= 2
        && !legal
        && matches!(toks[first - 1].norm.as_str(), "of" | "de" | "d'")
        && lexicon::is(&COMPASS_WORDS, &toks[first - 2].norm)
        && !toks[first - 2].is_capitalized()
    {
        return None;
    }
    // "la maison Varling, à Cognac, puis": "à" and a name set off by
    // commas say where the company before them is ("céder sa filiale,
    // Kolvane, à Dravena": after a word of selling, the buyer).
    if first >= 2
        && words.len() <= 2
        && !legal
        && !words.iter().any(|w| lexicon::is_org_head(w))
        && toks[first - 1].norm == "à"
        && toks[first - 2].is_punct(',')
        // (The sale's object may carry an aside of its own: "a cédé
        // Orvane, sa filiale spécialisée dans les emballages, à Halvern".)
        && !toks[first.saturating_sub(20)..first]
            .iter()
            .rev()
            .take_while(|t| !t.is_punct('.') && !t.is_punct(';'))
            .any(|t| lexicon::is(&lexicon::SELLING_WORDS, &t.norm))
        && toks
            .get(last)
            .is_none_or(|t| matches!(t.norm.as_str(), "," | "." | ";" | "puis" | "et" | "où"))
    {
        return None;
    }
    // "l'usine de Dunkerque", "the port of Rotterdam", "a plant in Flins":
    // the name of a site's place; "une usine commune à Crolles", "a new
    // plant in Flins": past one lowercase word after the site.
    let site_at = |k: usize| lexicon::is(&SITE_NOUNS, &toks[k].norm);
    // (Asked last, past the cheaper tests below.)
    let site = || {
        if site_at(first - 2) {
            Some(first - 2)
        } else if first >= 3
            && toks[first - 2].kind == Kind::Word
            && !toks[first - 2].is_capitalized()
            && site_at(first - 3)
        {
            Some(first - 3)
        } else if first >= 3
            && toks[first - 1].norm == "de"
            && toks[first - 2].is_capitalized()
            && site_at(first - 3)
        {
            // "l'usine Kestane de Belfort": the site's owner between.
            Some(first - 3)
        } else {
            None
        }
    };
    // ("cède ses usines à Quell", "la vente de ses centrales à Quell": after
    // a word of selling, "à" names the buyer.)
    let sold_to = |site: usize| {
        toks[first - 1].norm == "à"
            && toks[site.saturating_sub(5)..site]
                .iter()
                .any(|t| lexicon::is(&lexicon::SELLING_WORDS, &t.norm))
    };
    if first >= 2
        && !legal
        && !words.iter().any(|w| lexicon::is_org_head(w))
        && matches!(
            toks[first - 1].norm.as_str(),
            "de" | "d'" | "du" | "of" | "in" | "at" | "à" | "near"
        )
        && site().is_some_and(|k| !sold_to(k))
    {
        return None;
    }
    // "Fusion entre A et B", "Merger of A and B": a deal's noun opening
    // a sentence before a preposition names no organisation.
    if words.len() == 1
        && first == 0
        && !legal
        && lexicon::is(&LEADING_DEAL_NOUNS, words[0])
        && toks.get(last).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "entre"
                    | "de"
                    | "d'"
                    | "du"
                    | "des"
                    | "avec"
                    | "of"
                    | "between"
                    | "with"
                    | "by"
                    | "par"
            )
        })
    {
        return None;
    }
    // "SHANGHAI TYRE FACTORY TO RAISE": a site's noun alone names no
    // organisation.
    if words.len() == 1 && !legal && lexicon::is(&SITE_NOUNS, words[0]) {
        return None;
    }
    // "bought Tasmanian cheese maker Kelmix", "Andalusian oil producer Kelmix":
    // a word of a people or a region (-ian, -ean, -ese) before a company's
    // description and its name is an adjective.
    if words.len() == 1 && !legal && demonym_before_description(toks, first, last) {
        return None;
    }
    // "sold a stake in its Skarn gas field", "their Tolva copper mine": a
    // name between an owner's possessive and the noun of a site names the
    // site, whose owner is the possessor.
    if !legal && !words.iter().any(|w| lexicon::is_org_head(w)) && owned_site(toks, first, last) {
        return None;
    }
    // People: a first name opens the run, or a title stands before it.
    // A person's surname, alone after the article gave the full name.
    // ("offered to acquire Taft", after "Dudley S. Taft" and "Taft
    // Broadcasting Co": where only a company fits, the article's company of
    // that first word.)
    // ("le joaillier milanais Corvelli" beside "Marco Corvelli": a family
    // firm named for its founder, a company's noun right before it.)
    if words.len() == 1
        && vocab.surnames.contains(words[0])
        && !legal
        && !(vocab.company_first_words.contains(words[0]) && company_object(toks, first, last))
        && !described_before(toks, first)
    {
        return None;
    }
    if lexicon::is_first_name(words[0])
        && words.len() == 1
        && first > 0
        && !company_object(toks, first, last)
        // "Harlan" after "Harlan Group": the article's short form.
        && !vocab.company_first_words.contains(words[0])
    {
        return None;
    }
    // A longer run opening with a given name is a person, unless it ends
    // the way a company's name does ("Morgan Creek Partners", "Ford Motor
    // Co").
    // "Aurora AI", "Mistral AI": a person's name does not end in capitals.
    let acronym_end = {
        let w = toks[last - 1].text(text);
        (2..=4).contains(&w.chars().count())
            && w.chars().all(|c| c.is_ascii_uppercase())
            && !matches!(w, "II" | "III" | "IV" | "JR" | "SR")
    };
    // "Johnson and Johnson" repeats a surname: a firm's name.
    let repeated = words.len() == 3 && matches!(words[1], "and" | "et") && words[0] == words[2];
    // "Warner Bros Discovery", "Lehman Brothers Holdings": brothers in a
    // name make a firm of it.
    let brothers = words[1..]
        .iter()
        .any(|w| matches!(*w, "bros" | "bros." | "brothers" | "frères"));
    // "Clayton Dubilier & Rice", "Sullivan & Cromwell": founders'
    // surnames joined by "&", one surname closing the run, make a firm's
    // name ("Jane Roe & John Doe" are two people).
    let ampersand = words.len() >= 3
        && words[words.len() - 2] == "&"
        && !lexicon::is_given_name(words[words.len() - 1]);
    if words.len() >= 2
        && lexicon::is_given_name(words[0])
        && !repeated
        && !brothers
        && !ampersand
        && !legal
        && !acronym_end
        && !lexicon::is_org_head(words[words.len() - 1])
        && !lexicon::is(&COMPANY_NAME_ENDS, words[words.len() - 1])
        && !company_object(toks, first, last)
    {
        return None;
    }
    if first > 0 && lexicon::is_title(&toks[first - 1].norm) {
        return None;
    }
    // "le groupe dirigé par Aiman Ezzat", "the firm headed by Jane Roe":
    // who heads an organisation is a person.
    if first >= 2
        && !legal
        && !acronym_end
        && !lexicon::is_org_head(words[words.len() - 1])
        && matches!(toks[first - 1].norm.as_str(), "by" | "par")
        && lexicon::is(&LEADING_PARTICIPLES, &toks[first - 2].norm)
        // ("funds managed by Ardelis", "investors headed by Kolvane",
        // "data centres run by Quellin Cloud": who manages money, leads
        // investors or runs facilities is a firm.)
        && !(first >= 3 && lexicon::is(&FIRM_RUN_THINGS, &toks[first - 3].norm))
    {
        return None;
    }
    // "Prince Alwaleed bin Talal", "Sheikh Tahnoun": a title opens a
    // person's name ("King Digital Entertainment" ends as a company's does).
    if words.len() >= 2
        && !legal
        && lexicon::is_title(words[0])
        && !lexicon::is_org_head(words[words.len() - 1])
    {
        return None;
    }
    // "General Manuel Belgrano", "Major John Roe": a rank that also opens
    // company names ("General Electric") opens a person's before a given
    // name.
    if words.len() >= 2
        && !legal
        && lexicon::rank_before_given_name(words[0], words[1])
        && !lexicon::is_org_head(words[words.len() - 1])
    {
        return None;
    }
    // "Alwaleed bin Talal": the rest of a person's name after a particle.
    if first > 1
        && !toks[first - 1].is_capitalized()
        && lexicon::is(&lexicon::NAME_PARTICLES, &toks[first - 1].norm)
        && toks[first - 2].is_capitalized()
    {
        return None;
    }
    // "British Prime Minister Jane Doe", "French Finance Minister": the
    // words before a minister's title qualify it; no company has ministers.
    if !legal
        && toks
            .get(before_suffix)
            .is_some_and(|t| matches!(t.norm.as_str(), "minister" | "ministers"))
    {
        return None;
    }
    // "Jane Doe, president of Acme,": a title in apposition after the name
    // says it is a person's.
    if !legal
        && !lexicon::is_org_head(words[words.len() - 1])
        && toks.get(before_suffix).is_some_and(|t| t.is_punct(','))
        && toks
            .get(before_suffix + 1)
            .is_some_and(|t| lexicon::is(&PERSON_CUES, &t.norm) && t.norm.chars().count() > 3)
        // ("Orvane, Prince Karim bin Talal and Pivex": a title before a
        // name opens the list's next member.)
        && !toks
            .get(before_suffix + 2)
            .is_some_and(|t| t.is_capitalized() && toks[before_suffix + 1].is_capitalized())
    {
        return None;
    }
    if first > 0
        && toks[first - 1].is_punct('.')
        && first > 1
        && matches!(toks[first - 2].norm.as_str(), "m" | "mr" | "dr")
    {
        return None;
    }
    // "the Louvre accord", "the Plaza pact": the name of a treaty between
    // states, not a party to it; "the Mercurio programme": a programme's
    // name, not one of the companies working on it.
    if first > 0
        && toks[first - 1].norm == "the"
        && toks.get(last).is_some_and(|n| {
            matches!(
                n.norm.as_str(),
                "accord" | "accords" | "pact" | "treaty" | "programme" | "program"
            )
        })
    {
        return None;
    }
    // "launched a new chip, the K9, with Pivex": a name in apposition after
    // a product's noun is the product's.
    let opener =
        if first >= 1 && matches!(toks[first - 1].norm.as_str(), "the" | "le" | "la" | "l'") {
            first - 1
        } else {
            first
        };
    // (The apposition closes right after the name: "foreign aircraft, the
    // Xinhua news agency said" ends a clause instead.)
    if opener >= 2
        && toks[opener - 1].is_punct(',')
        && lexicon::is(&PRODUCT_NOUNS, &toks[opener - 2].norm)
        && toks
            .get(last)
            .is_none_or(|t| t.is_punct(',') || t.is_punct('.') || t.is_punct(')'))
    {
        return None;
    }
    // Quoted single words are products or projects («Cristal»).
    if first > 0
        && (toks[first - 1].is_punct('«') || toks[first - 1].is_punct('“'))
        && last - first == 1
    {
        return None;
    }
    // A lone capitalised word must look like a name: not a common word the
    // article writes in lowercase elsewhere, and at a sentence start, written
    // with a capital elsewhere too or shaped like a name (OpenAI, IBM).
    if last - first == 1 && !legal && !appositive(toks, last) {
        let t = &toks[first];
        let word = t.text(text);
        let shaped = word.chars().skip(1).any(char::is_uppercase)
            || word.chars().any(|c| c.is_ascii_digit());
        if vocab.lowercase.contains(&t.norm) && !shaped {
            return None;
        }
        // At a sentence start, a common word is capitalised too; the article
        // writing it in lowercase elsewhere, or it being a function word,
        // tells them apart (checked above and below).
        // The word at a token, or nothing past the sentence's end.
        let norm_at = |k: usize| toks.get(k).map_or("", |n| n.norm.as_str());
        let next = norm_at(last);
        // "Orvane Chairman Tom Reed said": an officer's title after the
        // word makes it the company's name.
        // ("Orvane chief executive Tom Reed said": in lowercase, the
        // title runs to a capitalised name.)
        let officer = lexicon::is(&lexicon::JOB_TITLES, next)
            && (toks.get(last).is_some_and(Token::is_capitalized)
                || (last + 1..toks.len().min(last + 3))
                    .find(|&k| !lexicon::is(&lexicon::JOB_TITLES, &toks[k].norm))
                    .is_some_and(|k| toks[k].is_capitalized() && toks[k].kind == Kind::Word));
        // "Kelmix, 25 millions d'euros", "Kelmix – $12 million": a
        // round-up's heading gives a company and the sum it raised.
        let heading = first == 0
            && matches!(next, "," | "–" | "—" | "-")
            && toks
                .get(last + 1)
                .is_some_and(|n| n.kind == Kind::Number || n.kind == Kind::Currency)
            && toks.len() <= last + 7;
        // "Tessel (TSL.PA) agreed": a stock symbol in brackets after the
        // word says it names a listed company.
        let symbol = next == "("
            && (super::runs::is_ticker(toks, last + 1)
                || (last + 3 < toks.len() && super::runs::is_ticker(toks, last + 3)));
        // "Tessel in talks to buy": a follower of two words.
        let after_next = norm_at(last + 1);
        // The two words after a subject say it is one: "has agreed",
        // "in talks", "lèvera", "acquired Y".
        let followed = |word: &str, then: &str| {
            lexicon::is(&lexicon::SUBJECT_FOLLOWERS, word)
                || lexicon::SUBJECT_FOLLOWERS.contains_pair(word, then)
                // ("Kelmix in supply pact with Y", "in licensing deal": a
                // headline's deal named by its kind.)
                || (word == "in" && lexicon::is(&lexicon::AGREEMENT_KINDS, then))
                || lexicon::is_french_future(word)
                || english_past(word, then)
        };
        // "Orbis, for its part, bought", "Orbis, de son côté, a racheté":
        // an aside between commas, then the verb.
        // (Asked only at a sentence's start, where it decides.)
        // ("Kelmix, en redressement judiciaire, sera reprise", "Kelmix, in
        // difficulty, will be sold": so may a short aside in lowercase.)
        let aside = (first == 0 && next == ",")
            .then(|| {
                lexicon::INTERJECTIONS.len_at(toks, last + 1).or_else(|| {
                    // ("Harlow, known for his bold bets, bought": a
                    // person's pronoun says the name is a person's.)
                    (last + 1..toks.len().min(last + 7))
                        .take_while(|&k| toks[k].kind == Kind::Word && !toks[k].is_capitalized())
                        .last()
                        .filter(|&end| {
                            !(last + 1..=end).any(|k| {
                                matches!(
                                    toks[k].norm.as_str(),
                                    "his" | "her" | "he" | "she" | "him"
                                )
                            })
                        })
                        .map(|end| end + 1 - (last + 1))
                })
            })
            .flatten()
            .map(|len| last + 1 + len)
            .filter(|&comma| toks.get(comma).is_some_and(|t| t.norm == ","))
            .is_some_and(|comma| {
                let verb = norm_at(comma + 1);
                let then = norm_at(comma + 2);
                followed(verb, then) || (verb == "a" && lexicon::is_participle(then))
            });
        // "Kelmix last year bought", "Kelmix on Monday agreed", "Kelmix in
        // 2019 acquired": a short phrase of time between the name and the
        // words that follow a subject.
        let timed = first == 0 && {
            let time_word = |k: usize| {
                toks.get(k).is_some_and(|w| {
                    matches!(w.norm.as_str(), "on" | "l'")
                        || lexicon::is(&lexicon::TIME_WORDS, &w.norm)
                        // ("l'an dernier": the elided article kept on a
                        // lowercase word.)
                        || w.norm
                            .strip_prefix("l'")
                            .is_some_and(|r| lexicon::is(&lexicon::TIME_WORDS, r))
                        || lexicon::MONTHS.contains(&w.norm)
                        || lexicon::written_year(w)
                })
            };
            // ("Kelmix l'an dernier a racheté": a French perfect's "a" ends
            // the phrase of time, whose "il y a" it may also write.)
            let perfect = |k: usize| norm_at(k) == "a" && lexicon::is_participle(norm_at(k + 1));
            let end = (last..toks.len().min(last + 5))
                .find(|&k| !time_word(k) || perfect(k))
                .unwrap_or(last);
            end > last && (followed(norm_at(end), norm_at(end + 1)) || perfect(end))
        };
        // "Vestia (assurtech) lève", "Quantix (legaltech) raises": a
        // round-up's sector in brackets between the name and its verb.
        let bracketed = first == 0 && next == "(" && {
            let close = (last + 1..toks.len().min(last + 5)).find(|&k| toks[k].norm == ")");
            close.is_some_and(|c| {
                c > last + 1
                    && (last + 1..c)
                        .all(|k| toks[k].kind == Kind::Word && !toks[k].is_capitalized())
                    && followed(norm_at(c + 1), norm_at(c + 2))
            })
        };
        // "Corlith shareholders approved the sale": its holders or people,
        // then their verb.
        // ("Remaining shareholders would", "Minority investors have": a
        // qualifier is no name.)
        let people = first == 0
            && lexicon::is(&lexicon::COMPANY_PEOPLE, next)
            && !t.norm.ends_with("ing")
            && !t.norm.ends_with("ed")
            && !lexicon::is(&lexicon::HOLDER_QUALIFIERS, &t.norm)
            && followed(after_next, norm_at(last + 2));
        // "Norlac la rachète", "Norlac l'a cédée", "Norlac en détient 30 %":
        // a French object clitic between the subject and its verb.
        let clitic = lexicon::CLITICS.contains(&next) && followed(after_next, norm_at(last + 2));
        // "Orbis already controls": a follower after an adverb.
        let subject = aside
            || people
            || clitic
            || bracketed
            || timed
            || followed(next, after_next)
            || names_its_deal(toks, last)
            || (lexicon::is(&lexicon::PREVERBAL_ADVERBS, next)
                && lexicon::is(&lexicon::SUBJECT_FOLLOWERS, after_next))
            || officer
            || heading
            || symbol;
        // ("LONDON, Feb 2 - Private equity firms ...": the word after a
        // dateline's dash opens the story's first sentence.)
        let opens = first == 0 || super::vocabulary::after_dateline(toks, first);
        if opens && !shaped && !vocab.capitalized_inside.contains(&t.norm) && !subject {
            return None;
        }
        if word.chars().count() < 2 {
            return None;
        }
        // "Opening a conference, ...": a participle opening a sentence
        // ("Helsing a levé", "Helsing a déjà acquis": a French auxiliary
        // before a participle or an adverb is the name's verb).
        let french_perfect = next == "a"
            && (lexicon::is_participle(after_next)
                || ["i", "is", "it"].iter().any(|e| after_next.ends_with(e))
                || lexicon::is(&lexicon::PREVERBAL_ADVERBS, after_next));
        if first == 0
            && t.norm.ends_with("ing")
            && matches!(next, "a" | "an" | "the" | "its" | "their")
            && !french_perfect
        {
            return None;
        }
    }
    let surface = as_written(&text[toks[first].start..toks[last - 1].end]);
    Some(OrgMention {
        first,
        last,
        surface,
        known: None,
    })
}

/// Where "ministère" stands in "ministère des Armées", "ministère de la
/// Culture", "ministère de l'Economie", for the domain starting at `first`.
fn ministry_head(toks: &[Token], first: usize) -> Option<usize> {
    let word = |k: usize| toks[k].norm.as_str();
    let mut k = first.checked_sub(1)?;
    if matches!(word(k), "la" | "l'") {
        k = k.checked_sub(1)?;
    }
    if !matches!(word(k), "de" | "des" | "du" | "d'") {
        return None;
    }
    let head = k.checked_sub(1)?;
    (matches!(word(head), "ministère" | "secrétariat") && !toks[head].is_capitalized())
        .then_some(head)
}

/// Nouns of a product or a model: see `data/words/product_nouns.txt`.
static PRODUCT_NOUNS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/product_nouns.txt"));

/// Whether the one word at `first` has a demonym's ending and is followed
/// by one to four lowercase words describing a company ("cheese maker",
/// "oil producer", "bank") and then a capitalised name.
fn demonym_before_description(toks: &[Token], first: usize, last: usize) -> bool {
    let word = toks[first].norm.as_str();
    if !(word.ends_with("ian") || word.ends_with("ean") || word.ends_with("ese")) || word.len() < 6
    {
        return false;
    }
    let run = (last..(last + 4).min(toks.len()))
        .take_while(|&k| {
            toks[k].kind == Kind::Word
                && !toks[k].is_capitalized()
                && toks[k].norm.chars().all(char::is_alphabetic)
        })
        .count();
    let head = toks
        .get(last + run.max(1) - 1)
        .map_or("", |t| t.norm.as_str());
    run >= 1
        && toks.get(last + run).is_some_and(|t| t.is_capitalized())
        && (lexicon::is_agent_noun(head)
            || lexicon::is(&lexicon::DESCRIPTION_HEADS, head)
            || lexicon::is_org_head(head))
}

/// Whether the run from `first` to `last` (one past it) stands between a
/// possessive ("its", "their") and a site's noun after at most two more
/// lowercase words ("its Skarn offshore gas field").
fn owned_site(toks: &[Token], first: usize, last: usize) -> bool {
    first >= 1
        && matches!(
            toks[first - 1].norm.as_str(),
            "its" | "their" | "our" | "'s" | "’s"
        )
        && (last..(last + 3).min(toks.len()))
            .take_while(|&k| {
                toks[k].kind == Kind::Word
                    && !toks[k].is_capitalized()
                    && !matches!(toks[k].norm.as_str(), "in" | "of" | "and" | "or" | "the")
            })
            .any(|k| lexicon::is(&SITE_NOUNS, &toks[k].norm))
}

/// Nouns of a site whose place's name follows: see
/// `data/words/site_nouns.txt`.
pub(super) static SITE_NOUNS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/site_nouns.txt"));

/// Whether the run opening at `first` stands in a list of people: after a
/// group of people and "including", "such as", "dont", "notamment",
/// "comme", past only other names, commas and "and".
fn person_listed(toks: &[Token], first: usize) -> bool {
    let mut k = first;
    while k > 0 {
        k -= 1;
        let t = &toks[k];
        if t.is_capitalized() || t.is_punct(',') || matches!(t.norm.as_str(), "and" | "et") {
            continue;
        }
        let cue = matches!(
            t.norm.as_str(),
            "including" | "dont" | "notamment" | "comme"
        ) || (t.norm == "as" && k > 0 && toks[k - 1].norm == "such");
        let at = if t.norm == "as" {
            k.saturating_sub(1)
        } else {
            k
        };
        return cue
            && (at.saturating_sub(2)..at)
                .any(|j| lexicon::is(&lexicon::PERSON_GROUPS, &toks[j].norm));
    }
    false
}

/// Plural nouns of people that close a run naming them: see
/// `data/words/people_plurals.txt`.
static PEOPLE_PLURALS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/people_plurals.txt"));

/// What only a firm heads, manages or runs: see
/// `data/words/firm_run_things.txt`.
static FIRM_RUN_THINGS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/firm_run_things.txt"));

/// Words before a name that take a company: see
/// `data/words/company_object_cues.txt`.
static COMPANY_OBJECT_CUES: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/company_object_cues.txt"));

/// Whether the run `first..last` stands where only a company can: right
/// after a word that takes one ("buying Lindell Snacks", "a stake in Morgan
/// Foods"), and not as the owner of what follows ("invested in Jane Doe's
/// start-up").
fn company_object(toks: &[Token], first: usize, last: usize) -> bool {
    let word = |k: usize| toks[k].norm.as_str();
    let cue = (first >= 1 && COMPANY_OBJECT_CUES.contains(word(first - 1)))
        || (first >= 2 && COMPANY_OBJECT_CUES.contains_pair(word(first - 2), word(first - 1)));
    // "sold its Elida Beauty unit", "sa filiale Marie Claire": between a
    // possessive and a unit's noun, or after both, stands a company's part,
    // never a person.
    let possessive = |k: usize| matches!(word(k), "its" | "their" | "sa" | "son" | "ses" | "leur");
    let unit_noun = |t: &Token| lexicon::is(&lexicon::UNIT_NOUNS, &t.norm);
    let unit = (first >= 1 && possessive(first - 1) && toks.get(last).is_some_and(unit_noun))
        || (first >= 2 && unit_noun(&toks[first - 1]) && possessive(first - 2));
    unit || (cue
        && !toks
            .get(last)
            .is_some_and(|t| t.norm == "'s" || t.norm == "'"))
}

/// Whether a company's noun stands right before the name at `first`, past
/// a nationality or a place's adjective, after a determiner: "le joaillier
/// milanais Corvelli", "the Italian jeweller Corvelli".
fn described_before(toks: &[Token], first: usize) -> bool {
    let determiner = |k: usize| {
        matches!(
            toks[k].norm.as_str(),
            "the" | "le" | "la" | "l'" | "du" | "au" | "de" | "des"
        )
    };
    // (Only a nationality or a place's adjective, "milanais", "italien",
    // may stand between: "The company said Harlow" is no description.)
    let origin = |k: usize| {
        let w = toks[k].norm.as_str();
        toks[k].kind == Kind::Word
            && (lexicon::is_place_or_demonym(w)
                || (!toks[k].is_capitalized()
                    && ["ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine"]
                        .iter()
                        .any(|end| w.len() > end.len() + 2 && w.ends_with(end))))
    };
    let Some(head) = (first.saturating_sub(3)..first)
        .rev()
        .take_while(|&k| origin(k) || lexicon::is(&lexicon::DESCRIPTION_HEADS, &toks[k].norm))
        .find(|&k| lexicon::is(&lexicon::DESCRIPTION_HEADS, &toks[k].norm))
    else {
        return false;
    };
    // ("the Italian jeweller": the nationality may stand before the noun.)
    let open = if head >= 1 && origin(head - 1) {
        head - 1
    } else {
        head
    };
    open >= 1 && determiner(open - 1)
}

/// "Orbitek, une start-up de Lausanne", "Velmor, a Paris-based maker": a
/// description in apposition says the name before it is an organisation.
/// "Paris-based", "Canadian-led", "state-owned", "Amazon-rival": an
/// adjective made with a name describes an organisation and is no part of
/// its name.
pub(super) fn compound_adjective(tok: &Token, text: &str) -> bool {
    // "Paris-based", "Kelmix-backed"; "AI-accelerated", "AI-driven": a
    // participle in lowercase after the hyphen makes the whole an adjective
    // ("Owens-Corning", "Rolls-Royce" go on with a name).
    let Some((head, tail)) = tok.norm.rsplit_once('-') else {
        return false;
    };
    let lowercase_tail = tok
        .text(text)
        .rsplit_once('-')
        .is_some_and(|(_, t)| t.chars().next().is_some_and(char::is_lowercase));
    !head.is_empty()
        && ([
            "based",
            "led",
            "owned",
            "backed",
            "controlled",
            "run",
            "held",
            "language",
            "speaking",
            "listed",
            "made",
        ]
        .contains(&tail)
            || (lowercase_tail
                && ((tail.len() >= 4 && tail.ends_with("ed"))
                    || (tail.len() >= 5 && tail.ends_with("ing"))
                    || [
                        "native", "centric", "first", "scale", "friendly", "ready", "built",
                    ]
                    .contains(&tail)
                    // "Amazon-rival Tessera", "Orbelle-parent Kestane": a
                    // noun of a company's relation to another.
                    || lexicon::is(&lexicon::RIVAL_NOUNS, tail)
                    || matches!(
                        tail,
                        "owner" | "parent" | "partner" | "supplier" | "backer" | "affiliate"
                    ))))
}

/// Whether a comma at `after` is followed by a whole place name (one or
/// two words, not the opening of a longer name nor a possessive).
fn town_in_region(toks: &[Token], after: usize) -> bool {
    if !toks.get(after).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    (1..=2).any(|len| {
        let end = after + 1 + len;
        end <= toks.len()
            && toks[after + 1..end].iter().all(Token::is_capitalized)
            && lexicon::PLACES.contains_key(&lexicon::name_key(&toks[after + 1..end]))
            && !toks
                .get(end)
                .is_some_and(|t| t.is_capitalized() || t.norm == "'s" || t.norm == "-")
    })
}

/// Whether every word of a run is a common word or a sentence opener, which
/// alone name nothing ("Le Groupe", "Commission").
pub(super) fn only_common_words(words: &[&str]) -> bool {
    words
        .iter()
        .all(|w| lexicon::not_org(w) || lexicon::is(&STOP_CAPS, w))
}

/// Words that follow a subject: a capitalised word before them at a sentence
/// start names who acts ("Globex has agreed", "Quantix lève").
/// Heads of the names of seas, rivers and other features of the land: see
/// `data/words/geo_heads.txt`.
static GEO_HEADS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/geo_heads.txt"));

/// Plural nouns that end companies' names after a given name: see
/// `data/words/company_name_ends.txt`.
static COMPANY_NAME_ENDS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/company_name_ends.txt"));

/// Heads of events' names: see `data/words/event_heads.txt`.
static EVENT_HEADS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/event_heads.txt"));

/// Words of nearness before "de" and a place: see
/// `data/words/nearness_words.txt`.
static NEARNESS_WORDS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/nearness_words.txt"));

/// Compass words that open a region's name: see
/// `data/words/compass_words.txt`.
static COMPASS_WORDS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/compass_words.txt"));

/// Whether `next` reads as an English verb in the past tense ("emerged",
/// "acquired", "outbid"): a regular past of five letters or more, then a
/// word that may open its object or complement (`after`, lowercase or a
/// name, not "by", which makes it a participle: "Founded by ...").
fn english_past(next: &str, after: &str) -> bool {
    next.len() >= 5
        && next.ends_with("ed")
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(after, "by" | "in" | "on" | "at" | "," | "." | "")
}

/// Whether a verb, a determiner and a deal's noun follow the word before
/// `after` ("Norvane réalise une levée de fonds", "Kelmix completes its
/// acquisition of"): what opens such a sentence is the company acting,
/// whatever the verb, listed or not.
/// Nouns of rounds, ties and contracts: see
/// `data/words/opening_deal_nouns.txt`.
static OPENING_DEAL_NOUNS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../../data/words/opening_deal_nouns.txt"));

fn names_its_deal(toks: &[Token], after: usize) -> bool {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Word && !t.is_capitalized())
    };
    let deal_noun = |k: usize| {
        word(k).is_some_and(|t| {
            lexicon::is(&lexicon::DEAL_NOUNS, &t.norm)
                || lexicon::is(&lexicon::ACQUISITION_NOUNS, &t.norm)
                || lexicon::is(&lexicon::STAKE_WORDS, &t.norm)
                // "Kelmix réalise une augmentation de capital", "signs a
                // contract": the nouns of rounds, ties and contracts too.
                || lexicon::is(&OPENING_DEAL_NOUNS, &t.norm)
        })
    };
    // "Kelmix a bouclé un financement", "Kelmix has signed a contract":
    // an auxiliary, then the verb.
    let after = after
        + usize::from(
            word(after).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "a" | "has" | "have" | "had" | "avait" | "va" | "will" | "vient"
                )
            }) && word(after + 1).is_some(),
        );
    // ("Rappelons que le rachat": a function word is no verb.)
    let verb = word(after).filter(|t| !lexicon::is(&lexicon::STOP_CAPS, &t.norm));
    let determiner = word(after + 1).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "a" | "an" | "its" | "their" | "un" | "une" | "sa" | "son" | "leur" | "le" | "la"
        )
    });
    // "Halvern boosts stake in Kelmix": a headline drops the determiner
    // after a verb in the third person.
    verb.is_some_and(|v| {
        (determiner && deal_noun(after + 2)) || (v.norm.ends_with('s') && deal_noun(after + 1))
    })
}

/// A known name at `i..end` (its legal form counted in) that the text goes on
/// writing as one name ("Siemens Energy", "Goldman Sachs Group Inc"): the
/// whole run is the organisation, a subsidiary or vehicle of the known one.
/// A product after it ("Azure OpenAI") is no new name.
pub(super) fn subsidiary(
    toks: &[Token],
    text: &str,
    i: usize,
    end: usize,
    canonical: &str,
    headline: bool,
    vocab: &ArticleVocabulary,
) -> Option<OrgMention> {
    if !toks.get(end).is_some_and(Token::is_capitalized) {
        return None;
    }
    let mut run_end = capital_run(toks, text, i);
    if headline {
        run_end = headline_run_end(toks, i, run_end, vocab);
    }
    // The name without the legal form that closes it, as `unknown_org`
    // reports names.
    let mut last = run_end;
    while last > end && LEGAL_SUFFIXES.contains(&toks[last - 1].norm.as_str()) {
        last -= 1;
    }
    if last <= end {
        return None;
    }
    let tail = &toks[end..last];
    let surface = as_written(&text[toks[i].start..toks[last - 1].end]);
    let place =
        |t: &Token| lexicon::is_place_or_demonym(&lexicon::name_key(std::slice::from_ref(t)));
    // "Microsoft France": the national arm, named for the parent.
    if tail.iter().all(place) {
        return Some(OrgMention {
            first: i,
            last,
            surface,
            known: Some(canonical.to_string()),
        });
    }
    // ("EDF Renewables UK": a place closing the subsidiary's name is part
    // of it, not a word that names nothing.)
    let own = tail.len() - tail.iter().rev().take_while(|t| place(t)).count();
    if tail[..own].iter().any(|t| {
        lexicon::not_org(&t.norm) || lexicon::is(&STOP_CAPS, &t.norm) || lexicon::is_title(&t.norm)
    }) || lexicon::PRODUCTS.contains_tokens(tail)
    {
        return None;
    }
    // "Vodafone Group", "Goldman Sachs Group Inc" are the known company;
    // any other name written after it ("Siemens Energy") is a company of
    // its own.
    let same = tail
        .iter()
        .all(|t| lexicon::is(&lexicon::PARENT_HEADS, &t.norm));
    Some(OrgMention {
        first: i,
        last,
        surface,
        known: same.then(|| canonical.to_string()),
    })
}

/// "Chipmakers Pivex and Halvern", "Lenders Orvane and Tessera": a kind of
/// company in the plural, capitalised as a sentence opens, names no company
/// itself but the ones after it ("Partners Group", "Funds" of a name keep
/// their word).
fn plural_kind_opening(toks: &[Token], first: usize, end: usize) -> bool {
    let w = toks[first].norm.as_str();
    // Only where the sentence's capital explains it ("pour Entreprises
    // Occitanie" names a body).
    let opens_sentence = first == 0
        || ['.', '!', '?', ':', '«', '"', '“']
            .iter()
            .any(|&c| toks[first - 1].is_punct(c));
    opens_sentence
        && first + 1 < end
        && toks[first + 1].is_capitalized()
        && super::runs::plural_kind_word(w)
}
