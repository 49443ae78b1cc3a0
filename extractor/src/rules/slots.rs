//! A trigger's arguments to its right: the groups of organisations its
//! prepositions introduce, read past appositions and asides (the subject
//! to its left is `subject`'s).

use super::groups::MEMBER_GROUPS;
use super::items::{description_end, fused_description_end};
use super::lists::{
    beside_after, extend_right, gapped_share, investors_named_before, joins_beside, more_investors,
    person_member, relative_participants, second_investor_list,
};
use super::sentence::{
    AUXILIARIES, GOODS, Item, POSSESSIVES, RIGHT_STOPS, Sentence, Slot, prep_slot,
};
use super::shapes::business_part;
use crate::coref::Reference;
use crate::lexicon::{self, UNIT_NOUNS, WordSet};
use crate::triggers::Frame;

/// Participles that name who stands behind a buyer's vehicle: see
/// `data/words/buyer_vehicle_verbs.txt`.
pub(super) static BUYER_VEHICLE_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/buyer_vehicle_verbs.txt"));

/// Nouns of the deal itself heading a phrase: see
/// `data/words/deal_phrase_heads.txt`.
static DEAL_PHRASE_HEADS: WordSet =
    WordSet::new(include_str!("../../data/words/deal_phrase_heads.txt"));

/// Participles that say where something stands ("situés à", "located
/// in"): see `data/words/located.txt`.
static LOCATED: WordSet = WordSet::new(include_str!("../../data/words/located.txt"));

/// Words that open a descriptive aside after what is sold ("Varling,
/// spécialisée dans les emballages, à Halvern"): see
/// `data/words/aside_openers.txt`.
static ASIDE_OPENERS: WordSet = WordSet::new(include_str!("../../data/words/aside_openers.txt"));

/// Nouns that tie a possessor to a name it does not own ("Hill's rival
/// Nutro"): see `data/words/unowned_relations.txt`.
static UNOWNED_RELATIONS: WordSet =
    WordSet::new(include_str!("../../data/words/unowned_relations.txt"));

/// Verbs that open a purpose clause after "to": see
/// `data/words/purpose_verbs.txt`.
pub(super) static PURPOSE_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/purpose_verbs.txt"));

/// Whether `word` is a French present participle after "en" ("en
/// rachetant", "en prenant"), not a word that merely ends alike ("en
/// avant", "en tant que").
fn gerund(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ant") && !matches!(word, "avant" | "cependant" | "maintenant")
}

/// Whether `word` is a form of "provenir" or "venir" ("les fonds
/// proviennent de X"), whose "de" says where something comes from.
fn comes_from(word: &str) -> bool {
    word.starts_with("provien")
        || word.starts_with("proven")
        || matches!(
            word,
            "vient" | "viennent" | "venaient" | "venait" | "viendront"
        )
}

/// Verbs that list a group's members after it ("a syndicate that
/// includes A and B", "un consortium qui comprend A et B").
const INCLUDING_VERBS: &[&str] = &[
    "include",
    "includes",
    "included",
    "comprend",
    "comprennent",
    "inclut",
    "incluent",
];

/// The name in apposition after the comma at `k`, before `to`: right
/// after it, or after a description with no preposition in it ("la
/// holding familiale Pellow", "the family holding Pellow"; not "the owner
/// of Pellow").
fn described_apposition(s: &Sentence<'_>, k: usize, to: usize) -> Option<usize> {
    if k + 1 >= to {
        return None;
    }
    if matches!(s.items[k + 1].2, Item::Ref(_)) {
        return Some(k + 1);
    }
    if !s.is_word(k + 1, &["the", "its", "le", "la", "l'", "sa", "son"]) {
        return None;
    }
    (k + 2..(k + 6).min(to))
        .take_while(|&j| {
            s.items[j].2 == Item::Word
                && !s.input.toks[s.items[j].0].is_capitalized()
                && prep_slot(s.norm(j)).is_none()
                && !s.is_word(j, &["de", "d'", "du", "des", "of", "and", "et"])
        })
        .last()
        .map(|j| j + 1)
        .filter(|&j| j < to && matches!(s.items[j].2, Item::Ref(Reference::Org(_))))
}

/// The references right of the trigger, each group with the preposition that
/// introduces it.
///
/// `sale` is for buying and selling triggers, whose price and buyer may
/// come after an apposition that describes what is sold; `round` for
/// funding triggers, whose investors may go on after a comma ("led by A,
/// with participation from B and C").
pub(super) fn right_slots(
    s: &Sentence<'_>,
    from: usize,
    to: usize,
    sale: bool,
    round: bool,
) -> Vec<(Slot, Vec<usize>)> {
    // ("achètera pendant cinq ans une partie de la production de Y": a
    // duration right after the verb comes before its object.)
    let from = s.past_duration(from, to);
    // ("formed a joint venture, Voltaro, with Y": a name in apposition right
    // after the trigger names what it forms; its partner follows.)
    let from = if from + 3 < to
        && s.norm(from) == ","
        && matches!(s.items[from + 1].2, Item::Ref(Reference::Org(_)))
        && s.norm(from + 2) == ","
        && s.is_word(from + 3, &["with", "avec", "between", "entre"])
    {
        from + 3
    } else {
        from
    };
    let mut out: Vec<(Slot, Vec<usize>)> = Vec::new();
    let mut prep: Option<Slot> = Some(Slot::Object);
    let mut since_prep = 0;
    let mut person_np = false;
    let mut goods = false;
    let mut joining = false;
    // The party preposition ("to", "by", "from", "with") still waiting for
    // its name, past the words of a description ("to its partner in the
    // venture, Toyobo Co").
    let mut waiting: Option<Slot> = None;
    let mut k = from;
    while k < to && k < from + 30 {
        if matches!(prep, Some(Slot::To | Slot::By | Slot::From | Slot::With)) {
            waiting = prep;
        }
        match &s.items[k].2 {
            // "Qualicaps (Nara, Japan) to Mitsubishi": a short aside in
            // brackets is read past, its commas included.
            Item::Punct if s.norm(k) == "(" => {
                // "from seven investors (A, B and C)", "auprès de trois
                // banques (A, B et C)": the members of a kind in the plural,
                // named in brackets, are what the preposition introduces.
                if waiting.is_some() && k + 1 < to && s.names_members(k) {
                    prep = waiting;
                    k += 1;
                    continue;
                }
                if let Some(close) = (k + 1..to.min(k + 12)).find(|&j| s.norm(j) == ")") {
                    // "acquired (Cafe Acme Inc), a cafe chain": a name alone
                    // in brackets is read as if they were not there.
                    // After a name, it is an aside about that name.
                    // "to Montreal-based (Taurus Inc)": where a company is
                    // based, then its name.
                    let name_alone = close == k + 2
                        && matches!(s.items[k + 1].2, Item::Ref(_))
                        && (k == from
                            || (k > 0
                                && s.items[k - 1].2 == Item::Word
                                && s.norm(k - 1).ends_with("-based")
                                && matches!(prep, Some(p) if p != Slot::Object))
                            || (k > 0
                                && s.items[k - 1].2 == Item::Word
                                && prep_slot(s.norm(k - 1)).is_some()));
                    k = if name_alone { k + 1 } else { close + 1 };
                    continue;
                }
            }
            // "to its partner in the venture, Toyobo Co": the name in
            // apposition is what the preposition introduces.
            // "avec Bpifrance et ses investisseurs historiques, A et B":
            // in a round, names after a description of investors invest.
            // ("par son actionnaire de référence, la holding familiale
            // Pellow, et par Bpifrance": the apposition may describe the
            // name before giving it.)
            Item::Punct
                if s.norm(k) == ","
                    && (waiting.is_some() || (round && investors_named_before(s, k)))
                    && since_prep <= 6
                    && let Some(name) = described_apposition(s, k, to)
                    // "..., Alusuisse had": a name that goes on with a verb
                    // is a new clause's subject, not an apposition.
                    && (name + 1 >= s.items.len()
                        || s.items[name + 1].2 == Item::Punct
                        || s.is_word(name + 1, &["and", "et", "for", "pour"])) =>
            {
                prep = waiting.or(Some(Slot::With));
                k = name;
                continue;
            }
            // "a racheté, via sa filiale Kelmix, la société Tessera",
            // "bought, through its Kelmix unit, Tessera": the means set off
            // by commas names who acts for the subject, not what is bought.
            Item::Punct
                if out.is_empty()
                    && s.norm(k) == ","
                    && (s.is_word(k + 1, &["via", "through", "thru"])
                        || (s.is_word(k + 1, &["par"])
                            && s.is_word(k + 2, &["l'", "le"])
                            && s.is_word(k + 3, &["intermédiaire", "biais"])))
                    && let Some(close) = (k + 2..to.min(k + 10)).find(|&j| s.norm(j) == ",") =>
            {
                k = close + 1;
                continue;
            }
            // "sa levée de fonds, d'un montant de 5 millions d'euros,
            // auprès d'Orvane", "its round, worth $5 million, with Orvane":
            // the sum set off by commas is read past.
            Item::Punct
                if out.is_empty()
                    && let Some(next) = amount_aside(s, k, to) =>
            {
                k = next;
                continue;
            }
            // "la vente par Tessel, l'an dernier, de sa branche à Y", "the
            // sale by Tessel, last year, of its unit": a time set off by
            // commas is read past.
            Item::Punct if let Some(next) = time_aside(s, k, to) => {
                k = next;
                continue;
            }
            // "a racheté trois sociétés pour 420 millions d'euros : A, B et
            // C": the names after a colon that goes on with the clause are
            // what the trigger's first phrase counted, whatever preposition
            // came between.
            Item::Punct if out.is_empty() && s.norm(k) == ":" && !s.ends_clause(k) => {
                prep = Some(if s.is_word(from, &["of", "de", "d'", "du", "des"]) {
                    Slot::Of
                } else {
                    Slot::Object
                });
                k += 1;
                continue;
            }
            // "led the round, which also saw participation from C": the
            // investors a relative on the round brings.
            Item::Punct | Item::Word
                if round && let Some(first) = relative_participants(s, k, to) =>
            {
                prep = Some(Slot::With);
                k = first;
                continue;
            }
            // "Amazon had put in $4bn, and Google committed $2bn": a new
            // clause begins.
            Item::Punct
                if out.is_empty()
                    && k + 1 < to
                    && s.clause_break(k)
                    && !(round && more_investors(s, k, to))
                    && !beside_after(s, k, to) =>
            {
                break;
            }
            // "had made the offer, beating a rival approach from Orvane": a
            // participle set off by a comma opens a clause of its own ("...,
            // valuing Kelmix at $2 billion" names what is valued).
            Item::Punct
                if out.is_empty()
                    && s.norm(k) == ","
                    && k + 1 < to
                    && s.opens_time_clause(k + 1)
                    && !s.is_in(k + 1, &super::amounts::VALUATION_WORDS)
                    // ("to sell seven systems, representing 5,000
                    // subscribers, to Eagle": an aside before the buyer.)
                    && !(sale && apposition_past(s, k, to).is_some()) =>
            {
                break;
            }
            Item::Punct if s.norm(k) == "," && !out.is_empty() => {
                // "Le premier actionnaire de Kelmix, Orvane, s'oppose", "the
                // largest shareholder of Kelmix, Orvane, said": the name set
                // off after a holder's noun and what it holds is the holder.
                // (One name alone: "the shareholders of A, B and C" is a
                // list of what is held.)
                // ("..., le fonds Orvane, ...": past a description of it.)
                // ("le premier client de Kelmix, la banque Orvane,": so is
                // the name after a customer's noun.)
                if from >= 1
                    && (matches!(
                        s.frame_at(from - 1),
                        Some(Frame::InvestorNoun | Frame::CustomerNoun | Frame::NewOwner)
                    ) || s.is_word(from - 1, &["supplier", "fournisseur"])
                        // (A noun of two words: "nouveau propriétaire".)
                        || (from >= 2 && s.frame_at(from - 2) == Some(Frame::NewOwner)))
                    && matches!(out.as_slice(), [(Slot::Of, _)])
                    && let Some(holder) = described_apposition(s, k, to)
                    && matches!(s.items[holder].2, Item::Ref(Reference::Org(_)))
                    && holder + 1 < to
                    && s.norm(holder + 1) == ","
                {
                    out.push((Slot::Object, vec![holder]));
                    break;
                }
                // "a cédé à Z sa filiale de réseaux, Kelmix.": a unit the
                // seller owns, described in words after the buyer, takes
                // its name in apposition.
                if sale && let Some(name) = possessed_unit_named(s, from, k, to) {
                    out.push((Slot::Object, vec![name]));
                    k = name + 1;
                    prep = None;
                    continue;
                }
                // "sell PCR Inc, a chemicals unit, for $6 million to Z",
                // "sell its business, Acme Pty Ltd, to Z": an apposition
                // after the object is read past, and the sale's price and
                // buyer after it are still the trigger's.
                // "from new investors A and B, and existing investors C
                // and D": a second list, described, in the same slot.
                if round
                    && let Some(first) =
                        second_investor_list(s, k, to).or_else(|| investor_after_aside(s, k, to))
                {
                    prep = out.last().map(|(slot, _)| *slot);
                    k = first;
                    continue;
                }
                // "took a stake in Y, alongside Z": Z acts beside the
                // subject, whatever the deal.
                if (round && more_investors(s, k, to)) || beside_after(s, k, to) {
                    k += 1;
                    prep = None;
                    continue;
                }
                // "agreements with Tessera in March, and with Halvern in
                // June", "avec Tessera en mars, puis avec Halvern": the
                // preposition of a slot already read, said again after the
                // comma, goes on with that slot.
                // ("détenue à 40 % par Orvane, et à 30 % par Kestane": past
                // the share the next holder has.)
                let again = (k + 1..to.min(k + 3))
                    .find(|&j| !s.is_word(j, &["and", "et", "puis", "then"]))
                    .filter(|&j| j > k + 1)
                    .map(|j| {
                        if s.is_word(j, &["à"]) && gapped_share(s, j + 1) {
                            let past = j + 3;
                            if s.is_word(past, &["chacun", "chacune", "each"]) {
                                past + 1
                            } else {
                                past
                            }
                        } else {
                            j
                        }
                    })
                    .filter(|&j| j < to)
                    .and_then(|j| prep_slot(s.norm(j)).map(|p| (j, p)))
                    .filter(|(_, p)| *p != Slot::Object && out.iter().any(|(slot, _)| slot == p));
                if let Some((j, _)) = again {
                    k = j;
                    continue;
                }
                match apposition_past(s, k, to).filter(|_| sale) {
                    Some(next) => {
                        k = next;
                        prep = None;
                        continue;
                    }
                    None => break,
                }
            }
            // ("several carmakers, among them Orvane and Dravik", "parmi
            // eux": a list's opening, whose members keep the slot.)
            Item::Word
                if k > from
                    && s.is_word(k, &["among", "parmi"])
                    && s.is_word(k + 1, &["them", "eux", "elles", "lesquels", "lesquelles"]) =>
            {
                k += 2;
                continue;
            }
            Item::Word => {
                let w = s.norm(k);
                // "la participation que détient Tessera dans Kelmix": the
                // stake's holder, who sells it, is read past (it is no bidder
                // of "an offer for the 24 pct of Y held by Z"); the company
                // the stake is in follows.
                if let Some(next) = super::holders::holder_relative(s, from, k, to) {
                    prep = None;
                    k = next;
                    continue;
                }
                // "auprès de Xavier Niel, du fonds Ardelis et de Halvern",
                // "from Jane Doe and Orbis": a person or a family opening
                // a list of backers is read past; the list goes on.
                if round
                    && matches!(prep, Some(Slot::By | Slot::From | Slot::With))
                    && since_prep <= 1
                    && let Some(past) = person_member(s, k, to)
                    && (s.norm(past) == "," || s.is_word(past, &["et", "and"]))
                    // The first item past the next member's words.
                    && let limit = to.min(past + 6)
                    && let next = (past + 1..limit)
                        .find(|&j| s.items[j].2 != Item::Word)
                        .unwrap_or(limit)
                    && next < to
                    && matches!(s.items[next].2, Item::Ref(Reference::Org(_)))
                {
                    // The next member's own "de"/"du" and description stay
                    // the list's, not a new preposition's.
                    k = next;
                    continue;
                }
                // "obtient 10 millions d'euros de Bpifrance": in a round,
                // "de" right after the sum names whom it comes from (after
                // a noun's sum, "au tour de 40 millions d'euros de Kelmix",
                // whose round it is).
                if round
                    && matches!(w, "de" | "d'" | "du")
                    && k >= 2
                    && k > from
                    && k + 1 < to
                    && matches!(s.items[k + 1].2, Item::Ref(Reference::Org(_)))
                    && matches!(s.items[k - 1].2, Item::Amount(_))
                    && !s.is_word(k - 2, &["de", "d'"])
                {
                    prep = Some(Slot::From);
                    since_prep = 0;
                    k += 1;
                    continue;
                }
                // "une offre de la part d'Orvane", "de la part du fonds
                // Kelmix": from whom, as "from".
                if w == "de"
                    && k + 4 <= to
                    && s.is_word(k + 1, &["la"])
                    && s.is_word(k + 2, &["part"])
                    && s.is_word(k + 3, &["de", "d'", "du", "des"])
                {
                    prep = Some(Slot::From);
                    since_prep = 0;
                    k += 4;
                    continue;
                }
                // "in the French maker of industrial equipment Fives", "dans
                // le groupe d'ingénierie industrielle Fives": a description
                // the name closes is read past whole, its "of" and its
                // goods words included.
                if let Some(end) = description_end(s.input.toks, s.items[k].0)
                    .or_else(|| fused_description_end(s.input.toks, s.items[k].0))
                    && let Some(name) = (k + 1..to.min(k + 12)).find(|&j| {
                        s.items[j].0 == end && matches!(s.items[j].2, Item::Ref(Reference::Org(_)))
                    })
                {
                    k = name;
                    continue;
                }
                // "to buy ZT Systems for $4.9 billion to challenge Nvidia":
                // a purpose clause ends the trigger's arguments.
                if w == "to"
                    && k + 1 < to
                    && s.is_in(k + 1, &PURPOSE_VERBS)
                    // ("sold its stake to fund manager Y": a noun's.)
                    && !s.is_word(
                        k + 2,
                        &["manager", "managers", "firm", "group", "house", "company"],
                    )
                    // ("sold its unit to rival Y": after a sale, a rival
                    // named is the buyer, no verb of competing.)
                    && !(s.is_word(k + 1, &["rival", "rivals"])
                        && s.org_at(k + 2).is_some()
                        && (from.saturating_sub(4)..from)
                            .any(|j| s.frame_at(j) == Some(crate::triggers::Frame::Sell)))
                {
                    break;
                }
                // "bought Kelmix in 2017 as part of its acquisition of
                // Halvern", "dans le cadre du rachat de Y": a phrase that
                // frames the deal in another names that other's parties.
                if k > from
                    && let Some(len) = s.part_of_at(k)
                    && (k + len..to.min(k + len + 5))
                        // ("as part of its $9 billion acquisition of Y":
                        // the other deal's sum may come first.)
                        .take_while(|&j| {
                            matches!(
                                s.items[j].2,
                                Item::Word | Item::Ref(Reference::Pronoun) | Item::Amount(_)
                            )
                        })
                        .any(|j| s.frame_at(j).is_some())
                {
                    break;
                }
                // "rafle Kelmix au nez et à la barbe de Tessel", "snatched
                // Kelmix from under the nose of Tessel": the rival beaten is
                // no party.
                if (w == "nez" && k > from && s.is_word(k - 1, &["au"]))
                    || (w == "nose" && k > from && s.is_word(k - 1, &["the"]))
                {
                    break;
                }
                // "devient actionnaire de Y en rachetant la participation
                // de Z": a gerund opens a clause of its own.
                if w == "en" && k + 1 < to && gerund(s.norm(k + 1)) {
                    break;
                }
                // "fournit les moteurs via sa coentreprise CFM avec GE",
                // "through its joint venture with Y": the means is a venture
                // of its own, whose partners are no party to the trigger.
                if matches!(w, "via" | "through" | "travers")
                    && (k + 1..to.min(k + 4))
                        .take_while(|&j| s.items[j].2 == Item::Word)
                        .any(|j| s.is_in(j, &lexicon::VENTURE_NOUNS) || s.is_word(j, &["joint"]))
                {
                    break;
                }
                // "to Bexley in a deal that values the company at $2bn": a
                // phrase on the deal itself introduces no party.
                if matches!(prep, Some(Slot::In | Slot::With | Slot::For))
                    && DEAL_PHRASE_HEADS.contains(w)
                {
                    break;
                }
                // "won a bidding war against Quarrant for Kestane": a rival
                // the deal was won against is no party to it; what the deal
                // is for may follow it. (Otherwise "against" ends the
                // arguments, below.)
                if matches!(w, "against" | "contre") {
                    let mut j = k + 1;
                    while j < to
                        && (matches!(s.items[j].2, Item::Ref(_))
                            || s.is_word(j, &["and", "et", "rival", "rivals", "rivaux"]))
                    {
                        j += 1;
                    }
                    if j > k + 1
                        && s.is_word(j, &["for", "pour"])
                        && matches!(s.items.get(j + 1).map(|i| &i.2), Some(Item::Ref(_)))
                    {
                        k = j;
                        continue;
                    }
                }
                // "bought back the stake in Kelmix that it sold to Tessel":
                // a relative whose subject is a pronoun is a clause of its
                // own, whose arguments are its verb's ("for $1.5 billion as
                // it shifts toward wind power": so is a clause of cause or
                // time).
                // ("une part qu'il a rachetée à Orvane": so is a French
                // relative whose subject is a pronoun, right after the
                // trigger too, when a deal's verb of its own follows; "la
                // coentreprise qu'il forme avec Y" goes on.)
                if (matches!(w, "that" | "as" | "because" | "while") && k > from
                    || (matches!(w, "que" | "qu'")
                        && (k + 2..to.min(k + 5)).any(|j| {
                            s.frame_at(j).is_some() && !s.is_in(j, &lexicon::OWNING_VERBS)
                        })))
                    && matches!(
                        s.items.get(k + 1).map(|i| &i.2),
                        Some(Item::Ref(Reference::Pronoun))
                    )
                    && matches!(
                        s.norm(k + 1),
                        "it" | "they" | "il" | "elle" | "ils" | "elles"
                    )
                {
                    break;
                }
                // "fournira les trains, qu'elle a commandés à Alstara": an
                // object's relative after a comma is a clause of its own.
                if matches!(w, "que" | "qu'") && k > from && s.norm(k - 1) == "," {
                    break;
                }
                // "dont le siège est à Paris" opens a clause; "des
                // investisseurs dont Norvane et Orbis" lists them.
                // ("from a group which included A and B", "un consortium
                // qui comprend A et B": a relative that lists the members.)
                // ("trois concurrents, dont le néerlandais Halvern": a
                // member's nationality may come first.)
                let listing = (w == "dont"
                    && (matches!(s.items.get(k + 1).map(|i| &i.2), Some(Item::Ref(_)))
                        || (s.is_word(k + 1, &["le", "la", "l'", "les"])
                            && (k + 2..to.min(k + 5))
                                .find(|&j| s.items[j].2 != Item::Word)
                                .is_some_and(|j| {
                                    matches!(s.items[j].2, Item::Ref(Reference::Org(_)))
                                        && (k + 2..j).all(|q| {
                                            !s.input.toks[s.items[q].0].is_capitalized()
                                                && lexicon::is_place_or_demonym(s.norm(q))
                                        })
                                }))))
                    || ((sale || round)
                        && matches!(w, "which" | "that" | "qui")
                        && s.is_word(k + 1, INCLUDING_VERBS)
                        && matches!(s.items.get(k + 2).map(|i| &i.2), Some(Item::Ref(_))));
                if RIGHT_STOPS.contains(w) && !listing {
                    // "sold three units which served the rail industry to
                    // Z": a sale's buyer may follow a relative clause on
                    // what is sold.
                    let buyer = (sale && matches!(w, "which" | "that" | "qui"))
                        .then(|| {
                            (k + 1..to.min(k + 12))
                                .take_while(|&j| s.items[j].2 == Item::Word)
                                .find(|&j| {
                                    s.is_word(j, &["to", "à", "au", "aux"])
                                        && matches!(
                                            s.items.get(j + 1).map(|i| &i.2),
                                            Some(Item::Ref(_))
                                        )
                                })
                        })
                        .flatten();
                    match buyer {
                        Some(j) => {
                            k = j;
                            continue;
                        }
                        None => break,
                    }
                }
                // "an agreement with Oracle and a partnership with Broadcom",
                // "took a stake in Albion and invested $500 million in
                // Flicker": a second deal or verb is coordinated after the
                // arguments, with arguments of its own.
                let trigger = |j: usize| j < to && s.frame_at(j).is_some();
                let determiner = |j: usize| {
                    s.is_word(
                        j.min(to - 1),
                        &[
                            "a", "an", "the", "un", "une", "le", "la", "its", "son", "sa",
                        ],
                    )
                };
                // "bought Ferrant in 2023 and agreed in May to sell its unit
                // to Halden": a verb a few plain words after "and" too.
                let verb_soon = || {
                    (k + 1..(k + 7).min(to))
                        .take_while(|&j| s.items[j].2 == Item::Word)
                        .any(|j| s.deal_verb_at(j))
                };
                // ("took a stake in Intel and SoftBank invested in it": a
                // name and its deal's verb after "and" start a clause.)
                // "led the round and Halvern participated": so does a
                // name and its verb of taking part in a round.
                // "et Halvern y a participé", "and B has also joined": its
                // auxiliaries and adverbs before it.
                let subject_and_verb = || {
                    k + 2 < to
                        && matches!(s.items[k + 1].2, Item::Ref(Reference::Org(_)))
                        && (s.deal_verb_at(k + 2) || {
                            let verb = (k + 2..to.min(k + 5))
                                .find(|&j| {
                                    !(AUXILIARIES.contains(s.norm(j))
                                        || s.is_word(
                                            j,
                                            &["y", "a", "ont", "also", "aussi", "également"],
                                        ))
                                })
                                .unwrap_or(to);
                            verb < to
                                && matches!(
                                    s.frame_at(verb),
                                    Some(Frame::JoinRound | Frame::LeadVerb)
                                )
                        })
                };
                // "swallowed its pride and sold Y to Z": after an object
                // that names no party, a deal's verb still opens its own
                // clause ("buy and merge with Y" shares the object).
                // ("raised $2 billion and partnered with Kelvane", "lève 2
                // milliards et s'allie avec Kelvane": so does a verb of
                // partnering, a reflexive pronoun before it.)
                let partner_verb = |j: usize| j < to && s.frame_at(j) == Some(Frame::Partner);
                if out.is_empty()
                    && matches!(w, "and" | "et")
                    && ((k > from + 1 && s.deal_verb_at(k + 1))
                        || (k > from
                            && (partner_verb(k + 1)
                                || (s.is_word(k + 1, &["s'", "se"]) && partner_verb(k + 2))
                                // ("apporte 1,3 milliard et devient le
                                // premier actionnaire de Y": a verb of
                                // becoming opens its own clause.)
                                || s.is_in(k + 1, &lexicon::BECOMING_VERBS)))
                        || subject_and_verb())
                {
                    break;
                }
                if !out.is_empty()
                    && matches!(w, "and" | "et")
                    && (trigger(k + 1)
                        || (determiner(k + 1) && trigger(k + 2))
                        || verb_soon()
                        || subject_and_verb())
                {
                    break;
                }
                // "the buyout of Y by X was approved by Y's shareholders":
                // an auxiliary after the arguments starts the clause's own
                // verb, whose arguments are not the trigger's.
                if !out.is_empty() && AUXILIARIES.contains(w) {
                    break;
                }
                // "les offres étaient étudiées, c'est Numericable qui": a
                // verb after the trigger opens a clause, and whatever
                // follows it is no object.
                if prep == Some(Slot::Object) && AUXILIARIES.contains(w) {
                    prep = None;
                }
                // "accompagné par X", "joined by X": X takes part too.
                let alongside = joins_beside(s, k, to);
                // ("ont participé au tour, tout comme le groupe X", "de même
                // que X": X did as the subject did.)
                // ("took part, as did X", "as have A and B": an auxiliary
                // standing for the verb.)
                let as_did = w == "as"
                    && s.is_word(k + 1, &["did", "does", "do", "has", "have", "had", "will"]);
                let likewise = (w == "comme" && k > 0 && s.is_word(k - 1, &["tout"]))
                    || (w == "que"
                        && k > 1
                        && s.is_word(k - 1, &["même"])
                        && s.is_word(k - 2, &["de"]))
                    || as_did;
                if w == "côtés"
                    || alongside
                    || likewise
                    || (lexicon::JOINING_NOUNS.contains(w)
                        && (prep == Some(Slot::With) || super::modifiers::use_told_before(s, k)))
                {
                    // "aux côtés de X": alongside X; "with participation
                    // from X", "avec la participation de X", "a vu la
                    // participation de X" (a joining use in
                    // `modifier_heads.txt`): X joins.
                    // "racheté par ses dirigeants, associés à X": beside a
                    // passive's agent, X is an agent too.
                    let beside_agent = alongside
                        && (waiting == Some(Slot::By)
                            || out.last().is_some_and(|(slot, _)| *slot == Slot::By));
                    prep = Some(if beside_agent { Slot::By } else { Slot::With });
                    since_prep = 0;
                    joining = true;
                    // "associés à X": the companion's own preposition
                    // introduces no other slot.
                    if (alongside && k + 1 < to && s.is_word(k + 1, &["à", "au", "aux"])) || as_did
                    {
                        k += 1;
                    }
                } else if k >= from + 2
                    && matches!(w, "de" | "du" | "des" | "d'")
                    && s.is_word(k - 1, &["profit"])
                    && s.is_word(k - 2, &["au"])
                {
                    // "au profit du fonds Tessel": for whom, the buyer.
                    prep = Some(Slot::To);
                    since_prep = 0;
                } else if k >= from + 3
                    && matches!(w, "de" | "du" | "des" | "d'")
                    && s.on_behalf_before(k)
                {
                    // "fabriquera le vaccin pour le compte d'Orvane": on
                    // whose behalf, as "for" names it.
                    prep = Some(Slot::For);
                    since_prep = 0;
                } else if matches!(w, "for" | "pour")
                    && (k == from || (k == from + 1 && s.norm(from) == ","))
                    && let Some(end) = price_phrase_end(s, k + 1, to)
                {
                    // "agreed to buy for undisclosed terms Kestane Ltd": a
                    // price told before the object leaves the object next.
                    k = end;
                    continue;
                } else if k > from
                    && prep_slot(w).is_some()
                    && s.items[k - 1].2 == Item::Word
                    && LOCATED.contains(s.norm(k - 1))
                {
                    // "trois immeubles situés à La Défense", "a plant
                    // located in Lyon": where something stands is no party.
                    prep = None;
                } else if k > from
                    && matches!(w, "du" | "de" | "des" | "d'")
                    && s.is_word(k - 1, &["et", "and"])
                    && matches!(waiting, Some(Slot::By | Slot::From | Slot::With))
                {
                    // "auprès de business angels et du fonds X": after
                    // unnamed members, the list goes on under its preposition.
                    prep = waiting;
                    since_prep = 0;
                } else if w == "à"
                    && k > from
                    && k + 1 < to
                    && s.is_in(k - 1, &lexicon::DESCRIPTION_HEADS)
                    && s.items[k + 1].2 == Item::Word
                    && !s.input.toks[s.items[k + 1].0].is_capitalized()
                    && !s.is_word(
                        k + 1,
                        &[
                            "la", "le", "l'", "les", "un", "une", "des", "ce", "cette", "son",
                            "sa", "ses", "leur", "leurs",
                        ],
                    )
                {
                    // "aux côtés du fonds à impact Helvia", "une société à
                    // responsabilité limitée": "à" and a bare noun after a
                    // description's head make a compound noun, not a
                    // complement; the slot read goes on.
                } else if let Some(slot) = prep_slot(w) {
                    // "racheter Y auprès de Z": in a purchase, who one buys
                    // from; in a round, who one raises from (the investors).
                    // "les fonds proviennent de X": what money comes from
                    // is who gives it (the forms of "provenir" and "venir").
                    let slot = if (sale && w == "auprès")
                        || (slot == Slot::Of && k == from && k > 0 && comes_from(s.norm(k - 1)))
                    {
                        Slot::From
                    } else {
                        slot
                    };
                    // "the Kelmix division of Orbis": in a sale, the parent
                    // a unit is bought from.
                    let unit_at = |j: usize| {
                        j >= from && s.items[j].2 == Item::Word && UNIT_NOUNS.contains(s.norm(j))
                    };
                    // "the Kelmix division of", "la filiale Kelmix du".
                    let unit_before = k > from
                        && (unit_at(k - 1)
                            || (k >= 2
                                && matches!(s.items[k - 1].2, Item::Ref(_))
                                && unit_at(k - 2)));
                    // "to an affiliate of X": X stands behind the buyer.
                    let affiliate_of_buyer =
                        sale && slot == Slot::Of && prep == Some(Slot::To) && unit_at(k - 1);
                    // ("cédé à Z sa filiale de réseaux, Kelmix": after a
                    // possessive the unit's parent is told, "de" describes.)
                    let possessed_unit =
                        k >= 2 && unit_at(k - 1) && s.is_word(k - 2, super::sentence::POSSESSIVES);
                    let slot = if sale
                        && slot == Slot::Of
                        && unit_before
                        && !possessed_unit
                        && !out.is_empty()
                        && !affiliate_of_buyer
                    {
                        Slot::From
                    } else {
                        slot
                    };
                    // "investira 50 millions dans le capital de Y", "au
                    // capital de Y": the capital is Y's, the money goes in Y.
                    let slot = match prep {
                        Some(p @ (Slot::To | Slot::In))
                            if slot == Slot::Of
                                && k > from
                                && s.is_word(k - 1, &["capital", "capitaux"]) =>
                        {
                            p
                        }
                        // "dans plusieurs start-up d'IA, dont A et B": a
                        // complement of a plural noun after "in", before
                        // any name, keeps the slot ("dans le fonds de Y"
                        // goes on to Y's fund).
                        Some(Slot::In)
                            if slot == Slot::Of
                                && since_prep > 0
                                && !out.iter().any(|(slot, _)| *slot == Slot::In)
                                && (from..k).any(|j| {
                                    s.is_word(
                                        j,
                                        &["plusieurs", "des", "quelques", "nombreuses", "nombreux"],
                                    )
                                }) =>
                        {
                            Slot::In
                        }
                        // "acquired by a unit of X", "merged into a
                        // subsidiary of X": an unnamed unit stands for its
                        // owner, under the preposition before it.
                        Some(p @ (Slot::By | Slot::With | Slot::In))
                            if slot == Slot::Of
                                && k >= from + 2
                                && unit_at(k - 1)
                                && s.is_word(k - 2, &["a", "an", "un", "une"])
                                && !out.iter().any(|(done, _)| *done == p) =>
                        {
                            p
                        }
                        // "raised $60 million from the venture arm of X",
                        // "joined by the investment arm of X": so does a
                        // definite arm an investor or an agent is told by,
                        // past a word or two of its trade.
                        Some(p @ (Slot::By | Slot::With | Slot::From))
                            if slot == Slot::Of
                                && k >= from + 3
                                && unit_at(k - 1)
                                && (k.saturating_sub(4).max(from)..k - 1).any(|d| {
                                    s.is_word(d, &["the", "its", "their"])
                                        && (d + 1..k - 1).all(|j| {
                                            s.items[j].2 == Item::Word
                                                && !s.input.toks[s.items[j].0].is_capitalized()
                                        })
                                })
                                // ("the investment arm of Dravena, Kelvane":
                                // an arm named after its owner is itself.)
                                && (k + 1..to.min(k + 4))
                                    .find(|&j| s.org_at(j).is_some())
                                    .is_none_or(|o| apposed_name(s, o, to).is_none())
                                && !out.iter().any(|(done, _)| *done == p) =>
                        {
                            p
                        }
                        _ => slot,
                    };
                    // "sold Y to a company formed by X": X stands for the
                    // buyer it formed or leads.
                    let buyer_behind = slot == Slot::By
                        && ((sale && prep == Some(Slot::To)) || prep == Some(Slot::By))
                        && k > from
                        && s.items[k - 1].2 == Item::Word
                        && BUYER_VEHICLE_VERBS.contains(s.norm(k - 1));
                    // "acquired by a consortium of A, B and C": the
                    // members stand for the group.
                    // ("a group made up of A and B", "un consortium composé
                    // de A et B": past the participle that says so.)
                    let made_of = k > from + 1
                        && s.is_word(
                            k - 1,
                            &[
                                "up",
                                "composed",
                                "comprised",
                                "composé",
                                "composée",
                                "formé",
                                "formée",
                                "constitué",
                                "constituée",
                            ],
                        )
                        && (k.saturating_sub(4).max(from)..k - 1)
                            .any(|g| s.is_in(g, &MEMBER_GROUPS));
                    let members = slot == Slot::Of
                        && matches!(prep, Some(Slot::By | Slot::To | Slot::With | Slot::From))
                        && k > from
                        && s.items[k - 1].2 == Item::Word
                        && (MEMBER_GROUPS.contains(s.norm(k - 1)) || made_of);
                    let buyer_behind = buyer_behind || affiliate_of_buyer || members;
                    // "auprès notamment de", "auprès, entre autres, de".
                    let hedged = k > from + 1
                        && s.is_word(
                            k - 1,
                            &["notamment", "principalement", "surtout", "essentiellement"],
                        );
                    let head = if hedged { k - 2 } else { k - 1 };
                    let compound = (slot == Slot::Of
                        && k > from
                        && s.is_word(head, &["auprès", "part", "côtés", "sein", "travers"]))
                        || (joining && matches!(slot, Slot::Of | Slot::From | Slot::By))
                        || buyer_behind;
                    joining = false;
                    if slot != Slot::Of {
                        person_np = false;
                    }
                    // "raised $6 billion, as the start-up founded by X
                    // grows", "bought Y, a firm set up by X": who founded
                    // a company described on the way is no party to a
                    // round or a sale (a venture's founders are read by
                    // the founding verb itself).
                    let founders = slot == Slot::By
                        && (round || sale)
                        && !buyer_behind
                        && (k > from + 1 && s.frame_at(k - 1) == Some(Frame::Found)
                            || k > from + 2 && s.frame_at(k - 2) == Some(Frame::Found));
                    if founders {
                        prep = None;
                    } else if person_np {
                        // "à l'ancien directeur du design d'Apple": the person's
                        // employer is not the counterpart.
                    } else if !compound {
                        prep = Some(slot);
                    }
                    // "an agreement with X to buy Y": "to" before a deal
                    // verb marks an infinitive, and what it buys is the
                    // verb's own argument.
                    // ("to buyout firm Halvern": a trigger word used as a
                    // modifier is no verb.)
                    if slot == Slot::To
                        && k + 1 < to
                        && s.frame_at(k + 1).is_some()
                        && !super::modifiers::modifier_use(s, k + 1)
                    {
                        prep = None;
                    }
                    if s.is_word(k, &["led", "backed"]) {
                        prep = Some(Slot::By);
                    }
                    since_prep = 0;
                } else if round
                    // ("invested in start-ups including A and B": what one
                    // invests in, named by its members, stays in its slot;
                    // so do those it came from, "from a syndicate that
                    // includes A and B"; "to lead the round, with existing
                    // investors including A and B set to join": so do those
                    // joining it.)
                    && !matches!(prep, Some(Slot::In | Slot::From | Slot::By | Slot::With))
                    && (s.is_word(k, INCLUDING_VERBS)
                        || matches!(w, "including" | "figurent" | "comptent"))
                {
                    // "parmi les actionnaires de Y figurent A et B": who is
                    // listed after the verb.
                    prep = Some(Slot::Object);
                    since_prep = 0;
                } else if matches!(
                    w,
                    "led" | "backed" | "headed" | "menée" | "mené" | "emmené" | "emmenée"
                ) && !(sale && prep == Some(Slot::To))
                {
                    prep = Some(Slot::By);
                    since_prep = 0;
                } else if lexicon::is(&lexicon::PERSON_CUES, w)
                    // "to Clayton and Dubilier and senior management of the
                    // group": a company's people, whose company named after
                    // "of" is no other party ("members of senior management
                    // and TCI" goes on with TCI).
                    || (matches!(
                        w,
                        "management" | "managers" | "executives" | "employees" | "staff"
                            | "dirigeants" | "salariés" | "cadres"
                    ) && (s.is_word((k + 1).min(to - 1), &["of", "de", "du", "des", "d'"])
                        // "a senior management group of Allegheny".
                        || (s.is_word((k + 1).min(to - 1), &["group", "team"])
                            && s.is_word((k + 2).min(to - 1), &["of"]))))
                {
                    prep = None;
                    person_np = true;
                } else if matches!(prep, Some(Slot::Object | Slot::Of))
                    && GOODS.contains(w)
                    // "équipera les trains d'Orbis", "will equip the trains
                    // of Y": goods equipped are their owner's, who buys.
                    && !(from >= 1 && (s.norm(from - 1).starts_with("équip")
                        || s.norm(from - 1).starts_with("equip")))
                    // "the assets and liabilities of Y": a business bought
                    // whole with its debts; "the aluminum capacitor business
                    // of Y": goods naming a business's trade.
                    && !business_part(s.words(from, k))
                    && !business_part(s.words(k + 1, (k + 5).min(to)))
                    // ("the Canadian claims software maker Pelham": goods
                    // naming a maker's trade in a description of the name.)
                    && !describes_named_maker(s, k, to)
                {
                    // "bought three cargoes of palm olein from X", "to buy
                    // wheat": goods are bought, not the organisation after,
                    // nor any later in the same object ("and 6,000 tonnes
                    // of Acme palm oil").
                    prep = None;
                    goods = true;
                } else if !matches!(
                    w,
                    "comme"
                        | "tels"
                        | "telles"
                        | "que"
                        | "such"
                        | "as"
                        | "notamment"
                        | "including"
                        | "dont"
                        | "among"
                        | "parmi"
                        | "lesquels"
                ) {
                    since_prep += 1;
                    // ("sell its Nigerian onshore oil and gas subsidiary,
                    // SPDC, to Z": an object the seller owns may run on.)
                    let owned_object = prep == Some(Slot::Object) && s.is_word(from, POSSESSIVES);
                    if since_prep > if owned_object { 8 } else { 6 } {
                        prep = None;
                    }
                }
            }
            // "the Deka property", "the Cannon mine": a name before an
            // asset's noun names the asset, not a party.
            // ("Y's Clinton nuclear plant": past one or two lowercase words.)
            // ("in a new Tessova packaging plant": after "a", no asset's own
            // name but its owner's.)
            Item::Ref(_)
                if k + 1 < to
                    && s.items[k + 1].2 == Item::Word
                    && (GOODS.contains(s.norm(k + 1))
                        || (asset_after_words(s, k + 1, to) && !indefinite_before(s, k))) =>
            {
                prep = None;
            }
            // "a racheté pour 30 millions d'euros la société Kelvo": a price
            // told first, then what is bought after its determiner.
            Item::Amount(a)
                if prep == Some(Slot::For)
                    && since_prep <= 2
                    && s.input.amounts[*a].currency.is_some()
                    && k + 1 < to
                    && s.is_word(k + 1, &["la", "le", "l'", "les", "the"]) =>
            {
                prep = Some(Slot::Object);
                since_prep = 0;
            }
            // "bought four billion dlrs during the period": money as the
            // object is what is bought; a name after it is not.
            // ("wins $500 million Orvane contract": a name before a contract's
            // noun still names its counterpart.)
            Item::Amount(a)
                if prep == Some(Slot::Object)
                    && since_prep <= 2
                    && s.input.amounts[*a].currency.is_some()
                    && !(k + 2 < to
                        && matches!(s.items[k + 1].2, Item::Ref(Reference::Org(_)))
                        && s.items[k + 2].2 == Item::Word
                        && crate::triggers::CONTRACT_WORDS.contains(s.norm(k + 2))) =>
            {
                prep = None;
            }
            // "to acquire Tessera's Kelmix unit": what the possessive names
            // is the argument; its owner sells it.
            // ("Teck Resources' coal business, Elk Valley": a name ending
            // in "s" takes the apostrophe alone.)
            Item::Ref(_)
                if prep.is_some()
                    && (s.is_word((k + 1).min(to - 1), &["'s"])
                        || (s.norm((k + 1).min(to - 1)) == "'"
                            && s.input.toks[s.items[k].1 - 1].norm.ends_with('s')))
                    // "sell Tessera's plant unit to Kelmix": the buyer after
                    // the preposition is no part the owner has.
                    && let Some(owned) = (k + 2..to.min(k + 6))
                        .take_while(|&j| {
                            s.items[j].2 != Item::Punct
                                && !(s.items[j].2 == Item::Word && prep_slot(s.norm(j)).is_some())
                        })
                        .find(|&j| matches!(s.items[j].2, Item::Ref(Reference::Org(_))))
                        .or_else(|| unit_named_after(s, k + 2, to))
                        .or_else(|| {
                            (prep == Some(Slot::Object))
                                .then(|| named_in_apposition(s, k + 2, to))
                                .flatten()
                        }) =>
            {
                // "bought Hill's rival Nutro", "VMware's former parent EMC":
                // a rival or a parent is no part it owns.
                let rival = (k + 2..owned).any(|j| s.is_in(j, &UNOWNED_RELATIONS));
                if sale && !rival {
                    out.push((Slot::From, vec![k]));
                }
                k = owned;
                continue;
            }
            // "a stake in Formula One owner's media arm": a name before
            // "owner's" only says whose owner; the owner is unnamed.
            Item::Ref(_)
                if k + 2 < to
                    && s.is_word(
                        k + 1,
                        &["owner", "parent", "operator", "backer", "shareholder"],
                    )
                    && s.is_word(k + 2, &["'s", "'"]) =>
            {
                k += 3;
                continue;
            }
            // "backed OpenAI rival Anthropic": the name before "rival"
            // only says whose rival the next one is.
            // ("Pringles maker Kellanova", "Gucci owner Kering": a brand
            // before its maker's noun names the maker that follows.)
            Item::Ref(_)
                if k + 2 < to
                    && s.is_word(
                        k + 1,
                        &[
                            "rival",
                            "competitor",
                            "concurrent",
                            "maker",
                            "owner",
                            "parent",
                            "producer",
                            "operator",
                        ],
                    )
                    && matches!(s.items[k + 2].2, Item::Ref(Reference::Org(_))) =>
            {
                k += 2;
                continue;
            }
            // "with a loan from HSBC", "grâce à un prêt de BNP Paribas":
            // who lends the money is no party to the deal it pays for.
            // ("un prêt de la banque Norbank": a description may stand
            // between.)
            Item::Ref(_)
                if matches!(prep, Some(Slot::From | Slot::Of | Slot::By)) && lent_by(s, k) =>
            {
                let mut group = vec![k];
                k = extend_right(s, k, to, &mut group);
                prep = None;
                continue;
            }
            // "hold 51% of the venture, Norlac 29%": a name followed by a
            // share opens a gapped clause of its own.
            // ("acquérir auprès de Tessera 9,9 % du capital de Y": after
            // its preposition, a seller named before the share bought;
            // "auprès du fonds Tessera 30 % de Y": past a description.)
            Item::Ref(_)
                if gapped_share(s, k + 1)
                    && !(from.max(k.saturating_sub(4))..k)
                        .rev()
                        .take_while(|&j| {
                            s.items[j].2 == Item::Word
                                && !s.input.toks[s.items[j].0].is_capitalized()
                        })
                        .any(|j| prep_slot(s.norm(j)).is_some()) =>
            {
                break;
            }
            // "along with the sovereign wealth fund of Singapore, GIC",
            // "with the investment arm of Dravena, Kelvane": a description
            // whose name follows it in apposition stands for that name.
            // ("bought the Dutch testing specialist, Sondex, for $300
            // million": so does an object's.)
            Item::Ref(Reference::Description(_))
                if matches!(
                    prep,
                    Some(Slot::With | Slot::From | Slot::By | Slot::To | Slot::Object)
                ) && let Some(name) = apposed_name(s, k, to) =>
            {
                k = name;
                continue;
            }
            // "bought the Italian unit of Dravena, Kelvane": the unit named
            // in apposition after its owner is what is bought; its owner
            // sells it.
            Item::Ref(Reference::Org(_))
                if prep == Some(Slot::Of)
                    && waiting.is_none()
                    && k >= 2
                    && (k.saturating_sub(4)..k - 1).all(|j| s.items[j].2 == Item::Word)
                    && (k.saturating_sub(4)..k - 1).any(|j| UNIT_NOUNS.contains(s.norm(j)))
                    && let Some(name) = apposed_name(s, k, to) =>
            {
                if sale {
                    out.push((Slot::From, vec![k]));
                }
                prep = Some(Slot::Object);
                k = name;
                continue;
            }
            // "from the investment arm of Dravena, Kelvane Ventures": the
            // owner of a described party is none; the name in apposition
            // after it is the party.
            Item::Ref(Reference::Org(_))
                if prep == Some(Slot::Of)
                    && waiting.is_some()
                    && k >= 1
                    && s.items[k - 1].2 == Item::Word
                    && let Some(name) = apposed_name(s, k, to) =>
            {
                prep = waiting;
                k = name;
                continue;
            }
            Item::Ref(_) => {
                let mut group = vec![k];
                let mut end = extend_right(s, k, to, &mut group);
                // "from a group of investors led by A that included B and
                // C": members the group is said to include join it.
                // "un consortium emmené par A et comprenant B et C", "a group
                // led by A and including B": the same, in any deal, and so
                // is "a consortium led by A that includes B and C".
                let led = k >= 2
                    && s.is_word(k - 1, &["by", "par"])
                    && s.is_word(
                        k - 2,
                        &[
                            "led", "headed", "mené", "menée", "emmené", "emmenée", "conduit",
                        ],
                    );
                let members: [(&[&str], &[&str], bool); 2] = [
                    (
                        // (", comprenant notamment B et C": after a comma too.)
                        &["and", "et", ","],
                        &[
                            "including",
                            "comprising",
                            "comprenant",
                            "incluant",
                            "réunissant",
                        ],
                        true,
                    ),
                    (
                        &["that", "which", "qui"],
                        &[
                            "included",
                            "includes",
                            "include",
                            "comprenait",
                            "comprend",
                            "inclut",
                        ],
                        round || led,
                    ),
                ];
                for (links, verbs, applies) in members {
                    if end + 2 >= to {
                        break;
                    }
                    // ("including notably B", "comprenant notamment B".)
                    let first = if s.is_word(end + 2, &["notamment", "notably", "especially"]) {
                        end + 3
                    } else {
                        end + 2
                    };
                    // (After a comma only for a group led or a round's
                    // backers: "sold its units to Tessel, including
                    // Pivex" lists what was sold.)
                    let comma_ok = s.norm(end) != "," || round || led;
                    if applies
                        && comma_ok
                        && first < to
                        && links.contains(&s.norm(end))
                        && s.is_word(end + 1, verbs)
                        && matches!(s.items[first].2, Item::Ref(Reference::Org(_)))
                    {
                        group.push(first);
                        end = extend_right(s, first, to, &mut group);
                    }
                }
                // "an agreement for Fujitsu to buy": the subject of an
                // infinitive is no argument of "for"; a bid's or a
                // purchase's is what is bought ("a tender offer for Kelmix
                // to take control").
                let not_for = prep == Some(Slot::For)
                    && !sale
                    && end + 1 < to
                    && s.is_word(end, &["to"])
                    && s.items[end + 1].2 == Item::Word
                    && !s.input.toks[s.items[end + 1].0].is_capitalized();
                if let Some(slot) =
                    prep.filter(|&p| !(not_for || goods && matches!(p, Slot::Object | Slot::Of)))
                {
                    out.push((slot, group));
                }
                // "buy from Tessera its Kestane unit", "racheter à Tessera
                // sa filiale Kestane": the seller named first, what is
                // bought after it, its determiner first.
                let seller_first = sale
                    && out.len() == 1
                    && matches!(out[0].0, Slot::From | Slot::To)
                    && s.is_word(from, &["from", "to", "auprès", "à", "au"])
                    && k == from + 1 + usize::from(s.is_word(from, &["auprès"]))
                    && s.is_word(
                        end,
                        &[
                            "its", "sa", "son", "ses", "the", "a", "an", "le", "la", "l'", "un",
                            "une",
                        ],
                    );
                prep = seller_first.then_some(Slot::Object);
                waiting = None;
                k = end;
                continue;
            }
            _ => {}
        }
        k += 1;
    }
    out
}

/// After the comma at `k` that follows an argument: where reading goes on
/// when what comes is an apposition ("a chemicals unit," / "Acme Pty Ltd,")
/// or directly the price or the buyer ("for", "to"); `None` when a new
/// clause begins.
fn apposition_past(s: &Sentence<'_>, k: usize, to: usize) -> Option<usize> {
    // The preposition of a price, a buyer or a seller: "to", "for", "au".
    let goes_on = |j: usize| {
        j < to
            && s.items[j].2 == Item::Word
            && (matches!(
                prep_slot(s.norm(j)),
                Some(Slot::To | Slot::For | Slot::From)
            ) || s.norm(j) == "auprès")
            && (j + 1..to.min(j + 10))
                .any(|r| matches!(s.items[r].2, Item::Ref(_) | Item::Amount(_)))
    };
    // "racheté par ses dirigeants, associés à X": a companion of the agent.
    if goes_on(k + 1) || joins_beside(s, k + 1, to) {
        return Some(k + 1);
    }
    // "its oil unit, Kelmix, and affiliated partnerships, for $38 million
    // to Z", "Kelmix, and its stores to Z": more of what is sold, in words,
    // then the price or the buyer.
    if s.is_word(k + 1, &["and", "et"]) {
        let j = (k + 2..to.min(k + 10)).find(|&j| s.items[j].2 != Item::Word || goes_on(j))?;
        return if goes_on(j) {
            Some(j)
        } else if s.norm(j) == "," && goes_on(j + 1) {
            Some(j + 1)
        } else {
            None
        };
    }
    // "Varling, spécialisée dans les emballages, à Halvern", "Varling,
    // which makes packaging, to Halvern": a participle that describes the
    // company, or a relative, opens an aside of any words; the buyer or the
    // price after it is still the sale's.
    if let Some(close) = aside_close(s, k, to)
        && goes_on(close + 1)
    {
        return Some(close + 1);
    }
    let close =
        (k + 1..to.min(k + 10)).find(|&j| s.items[j].2 == Item::Punct && s.norm(j) == ",")?;
    // "its plant in Lyon, France, to Orvane", "in Irvine, Calif., to Z": the
    // region or country of a place told after "in" is read past.
    let capitalized = |j: usize| s.input.toks[s.items[j].0].is_capitalized();
    let place_aside = k >= 2
        && close <= k + 4
        && capitalized(k - 1)
        && (k.saturating_sub(4)..k - 1).any(|j| s.is_word(j, &["in", "near", "à", "en", "près"]))
        && (k + 1..close).all(|j| match s.items[j].2 {
            Item::Word => capitalized(j),
            Item::Punct => s.norm(j) == ".",
            _ => false,
        });
    if place_aside && goes_on(close + 1) {
        return Some(close + 1);
    }
    let determined = s.is_word(
        k + 1,
        &[
            "a", "an", "the", "its", "their", "un", "une", "le", "la", "l'", "sa", "son", "ses",
        ],
    );
    // ("Kelmix, éditeur de logiciels, au groupe Tessel": French sets a
    // description off with no article.)
    let bare_head = k + 1 < to
        && s.items[k + 1].2 == Item::Word
        && !s.input.toks[s.items[k + 1].0].is_capitalized()
        && (s.is_in(k + 1, &lexicon::DESCRIPTION_HEADS) || lexicon::is_org_head(s.norm(k + 1)));
    let determined = determined || bare_head;
    let name = close == k + 2 && matches!(s.items[k + 1].2, Item::Ref(_));
    // ("Pellow Health, a U.S. clinic operator, from Y": the dots of an
    // abbreviation stay inside the apposition.)
    let plain = (k + 1..close).all(|j| match s.items[j].2 {
        Item::Punct => s.norm(j) == ".",
        Item::Word => !RIGHT_STOPS.contains(s.norm(j)),
        _ => true,
    });
    if !((determined || name) && plain) {
        return None;
    }
    if goes_on(close + 1) {
        return Some(close + 1);
    }
    // "sell X, its banking unit, and its card operations to Z": more of
    // what is sold, then the buyer.
    if s.is_word(close + 1, &["and", "et"]) {
        return (close + 2..to.min(close + 10))
            .take_while(|&j| s.items[j].2 == Item::Word)
            .find(|&j| goes_on(j));
    }
    None
}

/// After the comma at `k` that follows an investor: the next investor of the
/// list, named past an aside on the first ("auprès du fonds Dravelle, qui
/// mène l'opération, et de Kolvane", "from Dravelle, which led the round,
/// and Kolvane").
fn investor_after_aside(s: &Sentence<'_>, k: usize, to: usize) -> Option<usize> {
    let close = aside_close(s, k, to)?;
    // (", ainsi que de Tessel", ", as well as Tessel": so do the longer
    // conjunctions.)
    let start = if s.is_word(close + 1, &["and", "et"]) {
        close + 2
    } else if s.is_word(close + 1, &["ainsi"]) && s.is_word(close + 2, &["que"]) {
        close + 3
    } else if s.is_word(close + 1, &["as"])
        && s.is_word(close + 2, &["well"])
        && s.is_word(close + 3, &["as"])
    {
        close + 4
    } else {
        return None;
    };
    // ("et de Kolvane", "et du fonds Kolvane": a preposition and a short
    // description may stand before the name; "et de ses investisseurs
    // historiques Kolvane": four words.)
    (start..to.min(start + 5))
        .take_while(|&j| s.items[j].2 == Item::Word || matches!(s.items[j].2, Item::Ref(_)))
        .find(|&j| matches!(s.items[j].2, Item::Ref(Reference::Org(_))))
        .filter(|&j| (start..j).all(|w| !s.input.toks[s.items[w].0].is_capitalized()))
}

/// The comma that closes a descriptive aside opened right after the comma
/// at `k`: by a participle that describes a company ("spécialisée dans",
/// "based in", "employing"), or a relative ("which makes", "qui mène").
fn aside_close(s: &Sentence<'_>, k: usize, to: usize) -> Option<usize> {
    let opens = k + 1 < to
        && s.items[k + 1].2 == Item::Word
        && (s.is_in(k + 1, &ASIDE_OPENERS)
            || s.is_in(k + 1, &LOCATED)
            || s.opens_time_clause(k + 1)
            // ("Kelmix, of which it owned 60 pct, to Norlac", ", in which
            // it had invested,": a relative opened by a preposition.)
            || (s.is_word(k + 1, &["of", "in", "dans"])
                && s.is_word(k + 2, super::sentence::PREPOSITION_RELATIVES)));
    if !opens {
        return None;
    }
    (k + 2..to.min(k + 16))
        .take_while(|&j| s.items[j].2 != Item::Punct || matches!(s.norm(j), "," | "%" | "-" | "'"))
        .find(|&j| s.norm(j) == ",")
}

/// "Norlac's consumer unit, Kelmix": after a possessive, lowercase words
/// ending with a unit's noun, then the unit's name set off by a comma; the
/// item of that name.
fn unit_named_after(s: &Sentence<'_>, from: usize, to: usize) -> Option<usize> {
    let unit = (from..to.min(from + 4))
        .take_while(|&j| {
            s.items[j].2 == Item::Word
                // ("Dravena's Italian unit, Kelvane": a nationality may
                // stand before the unit's noun.)
                && (!s.input.toks[s.items[j].0].is_capitalized()
                    || lexicon::is_place_or_demonym(s.norm(j)))
        })
        // ("Kelmix's new venture, Dravik Energy": a venture it set up is
        // named as a unit is.)
        .find(|&j| {
            UNIT_NOUNS.contains(s.norm(j)) || s.is_word(j, &["venture", "coentreprise", "spin-off"])
        })?;
    (unit + 2 < to && s.norm(unit + 1) == "," && s.org_at(unit + 2).is_some()).then_some(unit + 2)
}

/// Whether an indefinite article stands right before item `k`, or before
/// "new" right before it: "a Tessova plant", "a new Tessova plant".
fn indefinite_before(s: &Sentence<'_>, k: usize) -> bool {
    let det = if k >= 1 && s.is_word(k - 1, &["new"]) {
        k.checked_sub(2)
    } else {
        k.checked_sub(1)
    };
    det.is_some_and(|d| s.is_word(d, &["a", "an"]))
}

/// Whether one or two lowercase words from `k` lead to the noun of a site
/// or an asset ("nuclear plant", "gas field"): the name before them names
/// the asset.
fn asset_after_words(s: &Sentence<'_>, k: usize, to: usize) -> bool {
    let lower = |j: usize| {
        j < to
            && s.items[j].2 == Item::Word
            && !s.input.toks[s.items[j].0].is_capitalized()
            && s.norm(j).chars().all(|c| c.is_alphabetic() || c == '-')
            && s.norm(j).len() >= 3
            && prep_slot(s.norm(j)).is_none()
            // ("commandera à Dolvane douze satellites": a count opens the
            // object, not the name of an asset.)
            && crate::amount::number_word(s.norm(j)).is_none()
            // Function words: "fournira Kelmix en batteries", "selected by
            // Orbis as its equipment supplier".
            && !s.is_word(
                j,
                &[
                    "and", "et", "or", "ou", "the", "les", "its", "their", "his", "her", "ses",
                    "son", "leur", "leurs", "une", "des", "as", "en", "comme", "pour",
                ],
            )
    };
    let asset = |j: usize| {
        j < to
            && s.items[j].2 == Item::Word
            && (GOODS.contains(s.norm(j))
                || s.is_word(j, &["plant", "plants", "factory", "facility", "station"]))
    };
    lower(k) && (asset(k + 1) || (lower(k + 1) && asset(k + 2)))
}

/// Whether the name at `k` follows a loan's preposition ("a loan from",
/// "un prêt de", past a determiner and a description: "un prêt de la
/// banque Norbank"): it names who lends.
fn lent_by(s: &Sentence<'_>, k: usize) -> bool {
    let described = |j: usize| {
        s.items[j].2 == Item::Word
            && (s.is_word(
                j,
                &[
                    "the", "a", "la", "le", "l'", "bank", "banque", "banks", "banques",
                ],
            ) || lexicon::is(&lexicon::DESCRIPTION_HEADS, s.norm(j)))
    };
    let mut j = k;
    while j > 0 && k - j < 3 && described(j - 1) {
        j -= 1;
    }
    j >= 2
        && s.is_word(j - 1, &["from", "de", "d'", "du", "by", "par", "auprès"])
        && s.is_word(
            j - 2,
            &[
                "loan",
                "loans",
                "prêt",
                "prêts",
                "emprunt",
                "financing",
                "financement",
            ],
        )
        // ("an equity financing from X", "a venture financing from X",
        // "$40 million in Series B financing from X": money put in, not
        // lent.)
        && !(j >= 3
            && s.is_word(j - 2, &["financing", "financement"])
            && (s.is_word(j - 3, &["equity", "venture", "growth", "seed", "pre-seed"])
                || (j >= 4 && s.is_word(j - 4, &["series", "série"]))))
}

/// Words of a price told without a figure: see
/// `data/words/price_phrase_words.txt`.
static PRICE_PHRASE_WORDS: WordSet =
    WordSet::new(include_str!("../../data/words/price_phrase_words.txt"));

/// Where a price phrase starting at item `k` ends, past a comma after it:
/// "undisclosed terms", "an undisclosed sum", "un montant non divulgué".
fn price_phrase_end(s: &Sentence<'_>, k: usize, to: usize) -> Option<usize> {
    let end = (k..to.min(k + 5))
        .take_while(|&j| s.is_in(j, &PRICE_PHRASE_WORDS))
        .last()?
        + 1;
    let head =
        (k..end).any(|j| s.is_word(j, &["terms", "sum", "amount", "price", "montant", "somme"]));
    if !head {
        return None;
    }
    Some(if end < to && s.norm(end) == "," {
        end + 1
    } else {
        end
    })
}

/// Past a sum set off by commas at `k` (", d'un montant de 5 millions
/// d'euros,", ", worth $5 million,"): the item after the closing comma,
/// when only words and a sum stand between.
fn amount_aside(s: &Sentence<'_>, k: usize, to: usize) -> Option<usize> {
    if s.norm(k) != "," {
        return None;
    }
    let close = (k + 1..to.min(k + 10)).find(|&j| s.items[j].2 == Item::Punct)?;
    let between = k + 1..close;
    (s.norm(close) == ","
        && close + 1 < to
        && between
            .clone()
            .any(|j| matches!(s.items[j].2, Item::Amount(_)))
        && between
            .clone()
            .all(|j| matches!(s.items[j].2, Item::Word | Item::Amount(_))))
    .then_some(close + 1)
}

/// Past a short phrase of time set off by commas from the comma at `k`
/// (", l'an dernier,", ", in 2019,", ", on Monday,").
fn time_aside(s: &Sentence<'_>, k: usize, to: usize) -> Option<usize> {
    if s.norm(k) != "," {
        return None;
    }
    let close = (k + 1..to.min(k + 6)).find(|&j| s.items[j].2 == Item::Punct)?;
    (s.norm(close) == ","
        && close > k + 1
        && close + 1 < to
        && (k + 1..close).all(|j| s.items[j].2 == Item::Word && s.time_word_at(j)))
    .then_some(close + 1)
}

/// The name in apposition after the description at `k`, past an owner or
/// a place after "of"/"de": "the sovereign wealth fund of Singapore, GIC",
/// "the investment arm of Dravena, Kelvane" (the name closing its phrase).
fn apposed_name(s: &Sentence<'_>, k: usize, to: usize) -> Option<usize> {
    let mut c = k + 1;
    if c + 1 < to && s.is_word(c, &["of", "de", "d'", "du"]) {
        c = (c + 1..to.min(c + 4)).find(|&j| s.items[j].2 == Item::Punct)?;
    } else if let Some(comma) = (c..to.min(c + 3)).find(|&j| s.items[j].2 != Item::Word)
        && (c..comma)
            .all(|j| !s.input.toks[s.items[j].0].is_capitalized() && prep_slot(s.norm(j)).is_none())
    {
        // ("the maker of testing equipment, Sondex": the description's
        // complement may run on past its end in lowercase words.)
        c = comma;
    }
    let name = c + 1;
    (name < to
        && s.items[c].2 == Item::Punct
        && s.norm(c) == ","
        && s.org_at(name).is_some()
        && (name + 1 >= s.items.len()
            || s.items[name + 1].2 == Item::Punct
            // ("Holt, Rinehart and Winston Inc": a name of several, or a
            // list, is no apposition.)
            || s.is_word(name + 1, &["for", "pour"])))
    .then_some(name)
}

/// The name set off after the comma at `k` when the words before it, from
/// `from`, are a unit the subject owns ("sa filiale de réseaux de chaleur,
/// Kelmix", "its heating unit, Kelmix"): the name closes the sentence or
/// comes before the price ("pour", "for").
fn possessed_unit_named(s: &Sentence<'_>, from: usize, k: usize, to: usize) -> Option<usize> {
    let name = k + 1;
    let unit = (from.max(k.saturating_sub(8))..k).find(|&j| {
        j >= 1
            && s.items[j].2 == Item::Word
            && UNIT_NOUNS.contains(s.norm(j))
            && s.is_word(j - 1, super::sentence::POSSESSIVES)
    })?;
    ((unit..k).all(|j| s.items[j].2 == Item::Word)
        && name < to
        && matches!(s.items[name].2, Item::Ref(Reference::Org(_)))
        && s.items.get(name + 1).is_none_or(|i| {
            i.2 == Item::Punct || (i.2 == Item::Word && s.is_word(name + 1, &["for", "pour"]))
        }))
    .then_some(name)
}

/// "bought Kelmix's rival, Pivane Health, from Y": after a possessive's
/// noun of a few words from `from`, the name set off by commas is the
/// verb's object.
fn named_in_apposition(s: &Sentence<'_>, from: usize, to: usize) -> Option<usize> {
    let comma = (from + 1..to.min(from + 4)).find(|&j| s.items[j].2 != Item::Word)?;
    let name = comma + 1;
    (s.norm(comma) == ","
        && name < to
        && matches!(s.items[name].2, Item::Ref(Reference::Org(_)))
        && s.items.get(name + 1).is_none_or(|i| i.2 == Item::Punct))
    .then_some(name)
}

/// Whether the goods word at `k` qualifies a description's head that a name
/// closes ("claims software maker Pelham"): lowercase words, a head among
/// them, then the name.
fn describes_named_maker(s: &Sentence<'_>, k: usize, to: usize) -> bool {
    let end = (k + 1..to.min(k + 5))
        .find(|&j| s.items[j].2 != Item::Word)
        .unwrap_or(to);
    end < to
        && matches!(s.items[end].2, Item::Ref(Reference::Org(_)))
        && (k + 1..end).any(|j| {
            // ("olive oil producer Kelmix", "salmon farmer Kelmix": a noun of
            // the one who works in the trade.)
            s.is_in(j, &lexicon::DESCRIPTION_HEADS)
                || (j + 1 == end && lexicon::is_agent_noun(s.norm(j)))
        })
}
