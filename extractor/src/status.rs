//! Reads a deal's status, date and negation from the words around its
//! trigger: talks and conditionals are rumored, signatures and agreements
//! announced, things done in the past completed.

use crate::lexicon::{self, WordSet};
use dealwire_core::model::{Date, DealType, Status};

static RUMORED: WordSet = WordSet::new(include_str!("../data/words/status_rumored.txt"));
static ANNOUNCED: WordSet = WordSet::new(include_str!("../data/words/status_announced.txt"));
/// Future and infinitive markers: announced only when nothing else says more
/// ("Cabot to acquire KMG", "OpenAI will buy").
static WEAK_ANNOUNCED: WordSet =
    WordSet::new(include_str!("../data/words/status_weak_announced.txt"));
/// Raising words that say a round is done, whatever verb frames them ("signe
/// une levée de 20 M€ rassemblés auprès de...").
static RAISED: WordSet = WordSet::new(include_str!("../data/words/status_raised.txt"));
/// A formally launched offer is public, not a rumour.
static LAUNCHED: WordSet = WordSet::new(include_str!("../data/words/status_launched.txt"));
static COMPLETED: WordSet = WordSet::new(include_str!("../data/words/status_completed.txt"));
static OFFER_WORDS: WordSet = WordSet::new(include_str!("../data/words/status_offer_words.txt"));
static ACCEPT_WORDS: WordSet = WordSet::new(include_str!("../data/words/status_accept_words.txt"));
static CANCEL_WORDS: WordSet = WordSet::new(include_str!("../data/words/status_cancel_words.txt"));
/// Words a cancellation's pair is read across ("dropped its takeover
/// bid"): see `data/words/status_cancel_modifiers.txt`.
static CANCEL_MODIFIERS: WordSet =
    WordSet::new(include_str!("../data/words/status_cancel_modifiers.txt"));
/// Verbs that, negated, abandon a deal ("agreed not to pursue"): see
/// `data/words/status_abandon_verbs.txt`.
static ABANDON_VERBS: WordSet =
    WordSet::new(include_str!("../data/words/status_abandon_verbs.txt"));
/// Words of what is to come: a year in such a clause dates no completion.
static FUTURE_MARKERS: WordSet = WordSet::new(include_str!("../data/words/status_future.txt"));
/// Two-word attributions to unnamed sources ("people familiar").
static SOURCE_PAIRS: WordSet = WordSet::new(include_str!("../data/words/status_sources.txt"));
/// Nouns of a permission a deal needs: see `data/words/approval_nouns.txt`.
pub(crate) static APPROVAL_NOUNS: WordSet =
    WordSet::new(include_str!("../data/words/approval_nouns.txt"));
/// Times that may stand between "said" and "it would" ("said on Monday").
static TELLING_TIMES: WordSet = WordSet::new(include_str!("../data/words/telling_times.txt"));

/// Whether `words` tell of what is to come ("will", "sera", "expected").
pub fn future_told(words: &[&str]) -> bool {
    any(words, &FUTURE_MARKERS)
}

fn any(words: &[&str], list: &WordSet) -> bool {
    words.iter().any(|w| list.contains(w))
}

/// Whether a word of announcing is told, leaving out one denied by "non"
/// before it ("pour un montant non dévoilé", "un accord non signé"): that
/// word says what was kept quiet or not done, not a telling.
fn any_announced(words: &[&str]) -> bool {
    words
        .iter()
        .enumerate()
        .any(|(k, w)| ANNOUNCED.contains(w) && (k == 0 || words[k - 1] != "non"))
}

/// A short inline list, scanned.
fn any_of(words: &[&str], list: &[&str]) -> bool {
    words.iter().any(|w| list.contains(w))
}

/// Whether the clause reports a proposal rather than an agreement.
pub fn is_offer(clause: &[&str]) -> bool {
    // "Vantora s'offre Kelmix", "s'est offert Kelmix" buys it: the
    // reflexive verb is no offer.
    let reflexive = |k: usize| {
        (k > 0 && clause[k - 1] == "s'")
            || (k > 1 && clause[k - 2] == "s'" && matches!(clause[k - 1], "est" | "était" | "sont"))
    };
    let offered = clause
        .iter()
        .enumerate()
        .any(|(k, w)| OFFER_WORDS.contains(w) && !reflexive(k));
    // ("a proposal from Y, topping a recommended offer from Z": a rival
    // offer told by comparison is not the one accepted.)
    let compared = |k: usize| {
        clause[k.saturating_sub(3)..k].iter().any(|w| {
            matches!(
                *w,
                "topping"
                    | "tops"
                    | "trumping"
                    | "trumps"
                    | "beating"
                    | "above"
                    | "exceeding"
                    | "than"
                    | "surpassant"
                    | "dépassant"
                    | "supérieure"
            )
        })
    };
    let accepted = clause
        .iter()
        .enumerate()
        .any(|(k, w)| ACCEPT_WORDS.contains(w) && !compared(k));
    offered && !accepted
}

/// The words a status is read from, nearest first: the comma-delimited
/// segment holding the trigger ("..., qui a investi en 2019, ..."), its
/// clause, the whole sentence.
#[derive(Clone, Copy, Debug)]
pub struct Scope<'a> {
    /// The trigger's segment between commas.
    pub local: &'a [&'a str],
    /// The trigger's clause.
    pub clause: &'a [&'a str],
    /// The sentence.
    pub sentence: &'a [&'a str],
}

/// Status from the nearest scope that has a cue, else the default for the
/// deal type. The flag says whether a cue decided it.
pub fn status_of(scope: Scope<'_>, deal_type: DealType, offer: bool) -> (Status, bool) {
    // An offer made is announced; one only considered or talked of is a
    // rumour.
    // "will make a tender offer", "said it would take Y private through
    // a tender offer": a plan told by its maker is announced too.
    // An offer told on others' word ("people familiar with the matter
    // said") is a rumour wherever the attribution stands.
    // "L'OPA de X sur Y a été un succès", "the tender offer was
    // completed", "à l'issue de son offre", "au terme d'une OPA": an offer
    // that succeeded is done.
    if offer
        && (scope.clause.iter().any(|w| {
            matches!(
                *w,
                "succès" | "réussi" | "réussie" | "successful" | "succeeded" | "completed"
                    | "clôturée" | "finalisée"
                    // "Kelmix finalise son OPA sur Y", "completes its tender
                    // offer": the offer carried through.
                    | "finalise" | "finalisé" | "finalises" | "finalised" | "finalizes"
                    | "finalized" | "boucle" | "bouclé" | "bouclée" | "completes" | "closed"
            )
        }) || scope
            .clause
            .windows(2)
            .any(|w| w == ["l'", "issue"] || w == ["au", "terme"]))
        // ("if GAF's offer is successful": a condition, not an outcome.)
        && !scope
            .clause
            .iter()
            .any(|w| matches!(*w, "if" | "si" | "unless" | "would" | "could" | "pourrait"))
    {
        return (Status::Completed, true);
    }
    if offer {
        // ("Pivex has approached Halvern, Bloomberg reported": an offer
        // told on a newspaper's word is a rumour too.)
        // (One launched or filed is public whoever tells it.)
        let media = media_rumour(scope.sentence)
            && !any_of(
                scope.clause,
                &[
                    "launched",
                    "launches",
                    "filed",
                    "lodged",
                    "lancé",
                    "lancée",
                    "lance",
                    "déposé",
                    "dépose",
                    "formally",
                    "officially",
                    "officiellement",
                ],
            );
        return if sourced(scope.sentence) || media {
            (Status::Rumored, true)
        } else if (launched_in(scope.clause)
            // ("aurait déposé une offre": the press's conditional tells an
            // offer on others' word.)
            && !any_of(scope.clause, &["aurait", "auraient"]))
            || ((any_announced(scope.clause)
                || any(scope.clause, &FUTURE_MARKERS)
                || any(scope.clause, &crate::lexicon::REPORTING_VERBS)
                // "swooped on Y with a £2bn offer": an offer told in the
                // past tense was made.
                || past_tense(scope.local)
                // "Y holders reject X offer": an offer turned down was
                // made.
                || any(scope.clause, &REJECT_WORDS)
                // "OPA de X sur Y : ...", "X's tender offer for Y": a public
                // offer named is one filed.
                || any_of(scope.clause, &["opa", "ope", "opas", "tender"]))
                && !rumored_in(scope.clause))
        {
            (Status::Announced, true)
        } else {
            (Status::Rumored, true)
        };
    }
    // "sa deuxième acquisition, après celle de Kelmix": the one it follows
    // is done.
    if matches!(scope.local, ["après", "celle" | "celui", ..]) {
        return (Status::Completed, true);
    }
    // "After buying Kelmix, Orbis ...": a deal told in a fronted clause of
    // time was done before the main clause's event; "Before selling
    // Kelmix, Orbis had ...", before a past one.
    if std::ptr::eq(scope.local.as_ptr(), scope.sentence.as_ptr()) {
        match scope.local.first().copied() {
            Some("after" | "après" | "following") => return (Status::Completed, true),
            Some("before" | "avant")
                if past_tense(&scope.sentence[scope.local.len().min(scope.sentence.len())..]) =>
            {
                return (Status::Completed, true);
            }
            _ => {}
        }
    }
    // "according to people familiar with the matter", "sources said",
    // "selon des sources": a deal told on others' word is a rumour,
    // wherever in the sentence the attribution stands.
    // ("its biggest deal since the purchase of Y, people familiar said": a
    // purchase time is counted from is background, done.)
    // ("Marrow bought Y in 2017 for about $300 million, people familiar
    // said": a deal dated in the past in its own clause was done; the
    // sources vouch for its terms.)
    let dated_past = || {
        year_in(scope.local).is_some()
            && past_tense(scope.local)
            && !any(scope.local, &FUTURE_MARKERS)
            && !rumored_in(scope.local)
            // ("agreed in 2025 to buy Y, sources said": an agreement leaked
            // is still a rumour.)
            && !any_announced(scope.local)
    };
    if sourced(scope.sentence)
        && !rumour_told_after(scope, deal_type)
        && !since_the_purchase(scope.local)
        && !dated_past()
    {
        return (Status::Rumored, true);
    }
    // "according to Bloomberg", "selon Les Echos", "the Financial Times
    // reported": a deal to come told on a newspaper's word is a rumour (one
    // agreed, done or dated is reported as such: "X agreed to buy Y,
    // Reuters reported").
    if media_rumour(scope.sentence) && !completed_cue(scope.sentence) {
        return (Status::Rumored, true);
    }
    if main_clause_completes(scope) || told_deal_settled(scope) {
        return (Status::Completed, true);
    }
    for words in [scope.local, scope.clause, scope.sentence] {
        let negated_announce = words
            .windows(3)
            .any(|w| matches!(w[0], "pas" | "not") && ANNOUNCED.contains(w[1]));
        let rumored = rumored_in(words);
        // "is now buying", "are merging": a deal under way is announced.
        let progressive = words.windows(3).any(|w| {
            matches!(w[0], "is" | "are")
                && (w[1].ends_with("ing") || (w[1] == "now" && w[2].ends_with("ing")))
        });
        let announced = (any_announced(words) || progressive) && !negated_announce;
        // "will supply gas starting in 2028": a year in a future clause
        // dates what is to come.
        let future = any(words, &FUTURE_MARKERS) || reported_plan(words);
        let completed = completed_cue(words)
            || already_done(words)
            || concluded_purchase(words)
            || since_the_purchase(words)
            || made_deal(words)
            || passive_perfect(words)
            || perfect_means(words)
            || (!future && year_in(words).is_some_and(|_| past_tense(words)))
            || (!future && nominal_dated(words));
        // ("costs linked to last year's acquisition of Y would weigh": a
        // deal's noun dated in the past is done, whatever mood the clause
        // around it takes.)
        // ("serait la plus importante depuis le rachat de Y en 2019": nor
        // is a purchase time is counted from.)
        if rumored
            && (!announced_strong(words) || entered_talks(words))
            && (future || !nominal_dated(words))
            && !since_the_purchase(words)
        {
            return (Status::Rumored, true);
        }
        // ("En 2024, Payvia avait noué un partenariat avec Y": a year
        // fronted before the clause dates its signing too.)
        if announced && !completed_strong(words, deal_type) && !signed_dated(scope.sentence) {
            return (Status::Announced, true);
        }
        if completed {
            return (Status::Completed, true);
        }
        // ("L'entrée de Halvern au capital de Kelmix est prévue en mars": a
        // deal told to come, with no word of its own status.)
        if weak_announced(words) || future {
            return (Status::Announced, true);
        }
    }
    let default = match deal_type {
        DealType::Investment => Status::Completed,
        _ => Status::Announced,
    };
    (default, false)
}

/// "Orvane said last year it would buy Halvern", "a annoncé l'an dernier
/// qu'il rachèterait Halvern": a plan told in the past in reported speech
/// is still to come; the past dates the telling, not the deal.
fn reported_plan(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        crate::lexicon::REPORTING_VERBS.contains(w)
            && words[k + 1..words.len().min(k + 7)].iter().any(|v| {
                matches!(*v, "would" | "allait" | "allaient")
                    || ((v.ends_with("rait") || v.ends_with("raient")) && v.len() > 6)
            })
    })
}

/// Whether `words` hold a weak cue of a deal to come ("will", "Kelmix to
/// buy Orbis"), not counting the "to" of a purpose after a sum raised:
/// "raises $72 million to expand" tells what the money is for, not a plan
/// to raise it ("committed $2bn to Vantora" is a promise, and stays one).
fn weak_announced(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        (WEAK_ANNOUNCED.contains(w) || crate::lexicon::is_french_future(w))
            && !(*w == "to" && purpose_after_sum(words, k))
            // ("lifting its stake to 30%": a figure reached, no infinitive;
            // "contributed $10 million to Kelmix's round", "to the fund": a
            // preposition before a noun's determiner or a possessive, the
            // name between left out of the words.)
            && !(*w == "to"
                && words.get(k + 1).is_some_and(|n| {
                    n.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(*n, "'s" | "the" | "a" | "an" | "its" | "their")
                }))
    })
}

/// Whether the "to" at `k` opens the purpose of a sum raised: "raises $72
/// million to expand", "raises $30 million from Norlac to expand" (the sum
/// after a verb of raising, its backers between).
fn purpose_after_sum(words: &[&str], k: usize) -> bool {
    words[..k]
        .iter()
        .rposition(|v| RAISING.contains(v))
        .is_some_and(|r| (r + 1..k).any(|j| is_sum(words[j])))
}

/// Verbs of raising money, whose sum a purpose may follow: see
/// `data/words/raising_verbs.txt`.
static RAISING: WordSet = WordSet::new(include_str!("../data/words/raising_verbs.txt"));

/// Whether a word of a scope stands for a sum: an amount is one item there,
/// written as its first token ("$", "€", "72"), or a word closing one.
fn is_sum(word: &str) -> bool {
    opens_sum(word)
        || matches!(
            word,
            "million"
                | "millions"
                | "billion"
                | "billions"
                | "mln"
                | "bln"
                | "bn"
                | "dollars"
                | "euros"
                | "funding"
                | "financing"
        )
}

/// "It signed a contract with A in March, and it is in talks with B,
/// according to people familiar with the discussions": a clause of its own
/// after the trigger's, telling talks, is what the sources tell; the
/// trigger's clause, signed or done, is not theirs.
fn rumour_told_after(scope: Scope<'_>, deal_type: DealType) -> bool {
    let sentence = scope.sentence.as_ptr_range();
    let clause = scope.clause.as_ptr_range();
    if !(sentence.start <= clause.start && clause.end <= sentence.end) || clause.end == sentence.end
    {
        return false;
    }
    // (Both are slices of one sentence's words: the clause ends where the
    // tail begins.)
    let start = scope.sentence.len()
        - (sentence.end as usize - clause.end as usize) / std::mem::size_of::<&str>();
    let tail = &scope.sentence[start..];
    // ("sold its unit to Y in February, and it is also looking for a buyer
    // for its data centres, people familiar with the matter said": sources
    // named at the end of a clause coordinated after the trigger's tell
    // that clause.)
    let coordinated_sourced = matches!(
        tail.first(),
        Some(&("and" | "but" | "while" | "et" | "mais" | "tandis"))
    ) && sourced(tail);
    !sourced(scope.clause)
        && (rumored_in(tail) || coordinated_sourced)
        && (completed_strong(scope.clause, deal_type)
            || announced_strong(scope.clause)
            || past_tense(scope.clause))
}

/// Whether the sentence attributes what it tells to unnamed sources.
pub(crate) fn sourced(words: &[&str]) -> bool {
    words.windows(2).enumerate().any(|(i, w)| {
        SOURCE_PAIRS.contains_pair(w[0], w[1]) && !reports_past_or_confirmed(words, i)
    })
}

/// Whether the reports told at `i` came before the event the sentence
/// tells, or were confirmed by it ("confirmed on Tuesday, after press
/// reports of a possible deal", "confirming press reports"): no rumour.
fn reports_past_or_confirmed(words: &[&str], i: usize) -> bool {
    words[i.saturating_sub(2)..i].iter().any(|b| {
        matches!(
            *b,
            "after"
                | "following"
                | "après"
                | "confirming"
                | "confirmed"
                | "confirms"
                | "confirmant"
        )
    })
}

/// Whether a sentence tells what it tells on a newspaper's word with no
/// word of announcement and no year ("according to Bloomberg", "the
/// Financial Times reported"): a rumour, unless what is told was done.
fn media_rumour(sentence: &[&str]) -> bool {
    media_report(sentence) && !any_announced(sentence) && year_in(sentence).is_none()
}

/// Whether `words` attribute what they tell to a news organisation
/// (`data/names/media.txt`): "according to (the) X", "selon X", "d'après
/// X", "reported by X", or X right before "reported", "reports",
/// "rapporte", "révèle".
fn media_report(words: &[&str]) -> bool {
    let media_from = |k: usize| {
        (1..=3).any(|n| {
            k + n <= words.len()
                && crate::lexicon::MEDIA.contains_words(words[k..k + n].iter().copied())
        })
    };
    // "selon Les Echos": the article may be the name's own, or not ("the
    // Financial Times").
    let media_at = |k: usize| {
        media_from(k)
            || (words
                .get(k)
                .is_some_and(|w| matches!(*w, "the" | "le" | "la" | "l'" | "les"))
                && media_from(k + 1))
    };
    let media_before = |k: usize| {
        (1..=3).any(|n| {
            k >= n && crate::lexicon::MEDIA.contains_words(words[k - n..k].iter().copied())
        })
    };
    words.iter().enumerate().any(|(k, w)| match *w {
        "selon" | "d'après" => media_at(k + 1),
        "according" => words.get(k + 1) == Some(&"to") && media_at(k + 2),
        "by" => k >= 1 && matches!(words[k - 1], "reported" | "cited") && media_at(k + 1),
        "reported" | "reports" | "rapporte" | "révèle" | "writes" | "écrit" => media_before(k),
        _ => false,
    })
}

/// Whether `words` tell a rumour, by a word of talks or plans or by unnamed
/// sources.
pub fn told_as_rumour(words: &[&str]) -> bool {
    sourced(words) || rumored_in(words)
}

/// Whether `word` is a modal of possibility ("could", "may", "pourrait"):
/// what it qualifies may happen, not happened.
pub fn is_modal(word: &str) -> bool {
    matches!(
        word,
        "could" | "might" | "may" | "pourrait" | "pourraient" | "pourra" | "pourront"
    )
}

/// Whether an offer is told as launched ("launched", "a déposé"), not as
/// one a modal makes possible ("could launch a bid", "pourrait lancer une
/// OPA") or one only weighed ("envisagerait de lancer une OPA", "is
/// weighing whether to launch").
fn launched_in(words: &[&str]) -> bool {
    (0..words.len()).any(|j| {
        LAUNCHED.contains(words[j])
            && !words[j.saturating_sub(2)..j]
                .iter()
                .any(|w| is_modal(w) || RUMORED.contains(w))
    })
}

/// Whether `words` tell a rumour: a word of talks, conditions or plans not
/// yet told by their maker.
fn rumored_in(words: &[&str]) -> bool {
    // "said it would buy", "said its Acme unit would buy": a company telling
    // its own plan announces it.
    let told = |k: usize| {
        (1..=8).any(|back| {
            k >= back
                && crate::lexicon::REPORTING_VERBS.contains(words[k - back])
                && (back <= 2
                    || (back <= 6
                        && matches!(words[k - back + 1], "it" | "its" | "they" | "their"))
                    // "said the sale to Y would close in May": the deal
                    // told by its noun.
                    || (words[k - back + 1] == "the"
                        && (crate::lexicon::DEAL_NOUNS.contains(words[k - back + 2])
                            || matches!(words[k - back + 2], "sale" | "purchase")))
                    // "said on Monday it would buy", "said earlier this
                    // month that it would": a time between the telling and
                    // the plan's subject.
                    || words[k - back + 1..k]
                        .iter()
                        .all(|w| {
                            TELLING_TIMES.contains(w)
                                || crate::lexicon::MONTHS.contains(w)
                                || matches!(*w, "it" | "they")
                        }))
        })
    };
    // "said it would invest in Y and the two would jointly develop chips":
    // a plan coordinated after a told one is told too.
    let told_before =
        |k: usize| (0..k).any(|j| words[j] == "would" && told(j) && words[j..k].contains(&"and"));
    // ("Corlith Said to Explore Bid for Y", "is said to be weighing": a
    // deal told on unnamed others' word; "said to reporters" is a teller's.)
    let said_to = words.windows(3).any(|w| {
        w[0] == "said"
            && w[1] == "to"
            && !matches!(
                w[2],
                "reporters" | "analysts" | "investors" | "the" | "a" | "an" | "journalists"
            )
    });
    // ("has expressed interest in buying Y", "a manifesté son intérêt pour
    // Y": interest shown is no offer yet; "interest" alone may be a stake.)
    let interest_shown = words.windows(3).any(|w| {
        matches!(
            w[0],
            "expressed"
                | "expresses"
                | "shown"
                | "showed"
                | "shows"
                | "signalled"
                | "signaled"
                | "manifesté"
                | "manifeste"
                | "part"
        ) && (matches!(w[1], "interest" | "intérêt")
            || (matches!(
                w[1],
                "an" | "its" | "their" | "strong" | "son" | "leur" | "de"
            ) && matches!(w[2], "interest" | "intérêt")))
    }) || words.windows(4).any(|w| {
        w[0] == "part" && w[1] == "de" && matches!(w[2], "son" | "leur") && w[3] == "intérêt"
    });
    said_to
        || interest_shown
        || words.iter().enumerate().any(|(k, w)| {
        RUMORED.contains(w)
            // "raised $6 billion in May": the month, not the modal.
            && !(*w == "may" && month_may(words, k))
            // "vie for Y" is English for competing; "contrats vie",
            // "assurance vie" are French for life (insurance).
            && (!matches!(*w, "vie" | "vies") || vies_for(words, k))
            // "a deal that could bring it $10 billion", "un accord qui
            // pourrait rapporter": what the deal may bring, not whether it
            // is made.
            && !(k >= 2
                && matches!(words[k - 1], "that" | "which" | "qui")
                && crate::triggers::DEAL_NOUNS.contains(words[k - 2]))
            && !(*w == "would" && (told(k) || told_before(k)))
            // "bought Y after months of negotiations", "après des mois de
            // discussions": the talks that led to the deal are over.
            && !(matches!(
                *w,
                "talks" | "negotiations" | "discussions" | "négociations" | "pourparlers"
            ) && words[k.saturating_sub(4)..k]
                .iter()
                .any(|b| matches!(*b, "after" | "following" | "après")))
            // ("confirmed the approach after press reports of a possible
            // deal": a word of the reports the event came after.)
            && !words[k.saturating_sub(6)..k].windows(2).enumerate().any(|(j, w)| {
                SOURCE_PAIRS.contains_pair(w[0], w[1])
                    && reports_past_or_confirmed(words, k.saturating_sub(6) + j)
            })
            // ("approached Y about a possible takeover": an approach is a
            // bid made, whatever it calls the deal.)
            && !(matches!(*w, "possible" | "possibles")
                && words.iter().any(|a| a.starts_with("approach") || a.starts_with("approch")))
            // "acquired Y in 2005 reportedly for $300 million", "for a
            // reported $2 billion": a hedge on the price, not on the deal.
            && !(matches!(*w, "reportedly" | "reported")
                && (words.get(k + 1).is_some_and(|n| matches!(*n, "for" | "paying" | "at"))
                    || (k >= 2 && words[k - 1] == "a" && words[k - 2] == "for")))
    }) || (words.contains(&"si") && words.contains(&"concrétise"))
        // "is close to a deal for Y", "close to buying Y": near, not done.
        // "closes in on a deal for Y": nearing it.
        || words.windows(3).any(closing_in)
        // "is expected to announce a deal", "devrait officialiser le
        // rachat": an announcement still awaited tells of a deal not yet
        // made ("expected to be completed" is a deal agreed).
        || words.windows(3).any(|w| {
            matches!(w[0], "expected" | "set" | "due")
                && w[1] == "to"
                && matches!(w[2], "announce" | "unveil")
        })
        || words.windows(2).any(|w| {
            matches!(w[0], "devrait" | "devraient" | "doit" | "doivent")
                && matches!(w[1], "annoncer" | "officialiser" | "dévoiler")
        })
        || words.windows(3).any(|w| {
            matches!(w[0], "close" | "closer")
                && w[1] == "to"
                // ("close to completing" a deal agreed is no rumour.)
                && matches!(
                    w[2],
                    "a" | "an"
                        | "the"
                        | "deal"
                        | "agreement"
                        | "buying"
                        | "acquiring"
                        | "selling"
                        | "reaching"
                        | "striking"
                        | "sealing"
                        | "clinching"
                        | "signing"
                        | "agreeing"
                )
        })
}

/// "closes in on", "closing in on": three words of nearing, not of closing.
pub(crate) fn closing_in(w: &[&str]) -> bool {
    w.len() >= 3
        && matches!(w[0], "close" | "closes" | "closed" | "closing")
        && w[1] == "in"
        && w[2] == "on"
}

/// Whether "may" at `k` is the month: after a word that opens a date ("in
/// May", "since May", "early May") or before a day or a year ("May 5").
pub fn month_may(words: &[&str], k: usize) -> bool {
    (k > 0
        && matches!(
            words[k - 1],
            "in" | "since"
                | "until"
                | "by"
                | "early"
                | "late"
                | "mid"
                | "last"
                | "next"
                | "this"
                | "of"
                | "from"
                | "during"
                | "before"
                | "after"
        ))
        || words
            .get(k + 1)
            .is_some_and(|n| n.bytes().next().is_some_and(|b| b.is_ascii_digit()))
}

/// "a annoncé être entré en négociations exclusives", "announced it had
/// entered into exclusive talks", "announced it was in talks with Y", "a
/// annoncé être en discussions avec Y": talks entered or under way are
/// talks, whoever announces them.
fn entered_talks(words: &[&str]) -> bool {
    let talks = |w: &str| {
        matches!(
            w,
            "négociations" | "discussions" | "pourparlers" | "talks" | "negotiations"
        )
    };
    // ("is in advanced talks": an adjective of the talks may stand first.)
    let under_way = (0..words.len().saturating_sub(2)).any(|i| {
        matches!(
            words[i],
            "is" | "are" | "was" | "were" | "been" | "être" | "est" | "sont" | "était" | "étaient"
        ) && matches!(words[i + 1], "in" | "en")
            && (talks(words[i + 2])
                || (matches!(
                    words[i + 2],
                    "advanced" | "exclusive" | "preliminary" | "early" | "detailed" | "final"
                ) && words.get(i + 3).is_some_and(|w| talks(w))))
    });
    under_way
        || words.windows(3).any(|w| {
            matches!(
                w[0],
                "entré" | "entrée" | "entrés" | "entrées" | "entered" | "enter" | "enters"
            ) && matches!(w[1], "en" | "into")
                && (matches!(
                    w[2],
                    "négociations" | "discussions" | "talks" | "negotiations"
                ) || matches!(w[2], "exclusive" | "exclusives"))
        })
}

/// An announcement verb in the past outweighs a conditional: "a déclaré avoir
/// conclu un accord ... Microsoft détiendrait".
fn announced_strong(words: &[&str]) -> bool {
    any_of(
        words,
        &[
            "conclu",
            "signé",
            "signed",
            "agreed",
            "definitive",
            "noué",
            "annoncé",
            "announced",
            // "après des mois de négociations, ont trouvé un accord",
            // "reached an agreement after weeks of talks".
            "trouvé",
            "reached",
        ],
    )
}

/// "Kelmix annonce un tour de table de 12 millions d'euros", "announces a
/// $12 million Series A": a company that makes its round known tells money
/// raised; a round planned ("plans to announce", "prépare") is still to
/// come.
fn round_unveiled(words: &[&str]) -> bool {
    any_of(
        words,
        &[
            "annonce",
            "annoncé",
            "announces",
            "announced",
            "dévoile",
            "dévoilé",
            "unveils",
            "unveiled",
            "officialise",
            "officialisé",
            "reveals",
            "revealed",
            "signe",
            "signs",
        ],
    ) && any_of(
        words,
        &[
            "round",
            "tour",
            "series",
            "série",
            "seed",
            "levée",
            "financement",
            "funding",
            "financing",
        ],
    ) && !any(words, &FUTURE_MARKERS)
        && !any_of(
            words,
            &[
                "plans",
                "plan",
                "intends",
                "aims",
                "seeks",
                "seeking",
                "vise",
                "prévoit",
                "entend",
                "apprête",
                "prépare",
                "préparent",
                "preparing",
                "cherche",
            ],
        )
}

/// Completion stated outright outweighs an announcement.
fn completed_strong(words: &[&str], deal_type: DealType) -> bool {
    (any_of(
        words,
        &[
            "finalisé",
            "finalisée",
            "completed",
            "closed",
            "bouclé",
            "finalisation",
            "finalization",
        ],
    ) || (deal_type == DealType::Investment && (any(words, &RAISED) || round_unveiled(words)))
        || perfect_done(words)
        || concluded_purchase(words)
        || passive_perfect(words)
        || pluperfect_dated(words)
        || signed_dated(words)
        || completion_told(words))
        && !any_of(words, &["expected", "devrait", "expect", "prévu"])
}

/// "announced the completion of its acquisition of Y", "confirmed the
/// closing of", "announced the close of its investment in Y": a closing
/// made known is done ("expects the completion" is not), whatever the
/// announcing verb says.
fn completion_told(words: &[&str]) -> bool {
    words.windows(3).enumerate().any(|(i, w)| {
        matches!(w[0], "announced" | "announces" | "confirmed" | "confirms")
            && w[1] == "the"
            && (matches!(w[2], "completion" | "closing")
                || (w[2] == "close" && words.get(i + 3) == Some(&"of")))
    })
}

/// "Kelmora, which agreed in 2024 to buy Dravik, completed the deal last
/// month", "Solvane, qui avait annoncé le rachat de Tarrin, a finalisé
/// l'opération": a deal told in a relative clause and carried through by
/// the main clause, which refers back to it, is done.
fn main_clause_completes(scope: Scope<'_>) -> bool {
    main_clause_acts(scope, settles)
}

/// Nouns that name a deal told in the same sentence ("the deal", "the
/// acquisition", "l'opération").
fn names_deal(w: &str) -> bool {
    matches!(
        w,
        "deal"
            | "transaction"
            | "acquisition"
            | "purchase"
            | "takeover"
            | "merger"
            | "opération"
            | "rachat"
            | "fusion"
    )
}

/// Past forms by which a main clause says a deal closed.
fn settles(w: &str) -> bool {
    matches!(
        w,
        "completed" | "closed" | "finalised" | "finalized" | "finalisé" | "bouclé"
    )
}

/// "The deal, under which Orvane will pay $40 a share for Kelmix, closed on
/// Friday", "L'accord, aux termes duquel Orvane rachètera Kelmix, a été
/// finalisé": a deal's noun opening the sentence, its terms told in a
/// relative clause between commas, is done when the main clause says it
/// closed (not when it is expected to).
fn told_deal_settled(scope: Scope<'_>) -> bool {
    let (local, sentence) = (scope.local, scope.sentence);
    let opens_on_deal = sentence.len() > 2
        && matches!(sentence[0], "the" | "this" | "l'" | "le" | "la" | "cette")
        && (names_deal(sentence[1]) || matches!(sentence[1], "agreement" | "accord"))
        && sentence[2] == ",";
    let relative = local
        .iter()
        .take(4)
        .any(|w| matches!(*w, "which" | "whereby" | "duquel" | "lequel" | "laquelle"));
    opens_on_deal
        && relative
        && !std::ptr::eq(local.as_ptr(), sentence.as_ptr())
        // (A deal's feminine noun, "l'opération", takes the feminine.)
        && sentence
            .iter()
            .any(|w| (settles(w) || matches!(*w, "finalisée" | "bouclée")) && !local.contains(w))
        && !sentence.iter().any(|w| {
            matches!(
                *w,
                "expected" | "expects" | "once" | "until" | "devrait" | "doit" | "prévu" | "prévue"
            ) && !local.contains(w)
        })
}

/// "Kelmora, which agreed in 2024 to buy Dravik, abandoned the deal", "qui
/// avait annoncé le rachat de Tarrin, a renoncé à l'opération": a deal told
/// in a relative clause and given up by the main clause fell through.
pub fn main_clause_cancels(scope: Scope<'_>) -> bool {
    main_clause_acts(scope, |w| CANCEL_WORDS.contains(w))
}

/// Whether the trigger's segment is a relative clause ("which", "qui") and
/// the rest of the sentence has a verb `acts` says yes to with the deal's
/// noun, referring back to it, for object.
fn main_clause_acts(scope: Scope<'_>, acts: impl Fn(&str) -> bool) -> bool {
    let refers_back = |words: &[&str]| {
        (0..words.len()).any(|k| {
            // ("renoncé à l'opération": past the preposition.)
            let skip = usize::from(words.get(k + 1) == Some(&"à"));
            let at = |j: usize| words.get(k + j + skip).copied().unwrap_or("");
            let w = [words[k], at(1), at(2)];
            acts(w[0])
                && matches!(
                    w[1],
                    "the"
                        | "its"
                        | "this"
                        | "that"
                        | "l'"
                        | "le"
                        | "la"
                        | "cette"
                        | "cet"
                        | "son"
                        | "sa"
                )
                && (names_deal(w[2]) || matches!(w[2], "sale" | "cession"))
        })
    };
    matches!(scope.local.first().copied(), Some("which" | "qui"))
        && !std::ptr::eq(scope.local.as_ptr(), scope.sentence.as_ptr())
        && refers_back(scope.sentence)
        && !refers_back(scope.local)
}

/// "its largest deal since the purchase of Y", "depuis le rachat de Y": a
/// purchase a phrase of "since" reaches back to is done.
fn since_the_purchase(words: &[&str]) -> bool {
    word_before_purchase(
        words,
        &["since", "depuis"],
        &["the", "its", "le", "la", "l'", "son", "sa"],
    )
}

/// "a conclu l'acquisition de Y", "ont conclu le rachat": concluding a
/// purchase, unlike concluding an agreement, is doing it.
fn concluded_purchase(words: &[&str]) -> bool {
    word_before_purchase(
        words,
        &["conclu", "conclue"],
        &["l'", "le", "la", "son", "sa"],
    )
}

/// Whether one of `firsts`, then one of `determiners`, then an acquisition
/// noun stand in a row in `words`.
fn word_before_purchase(words: &[&str], firsts: &[&str], determiners: &[&str]) -> bool {
    words.windows(3).any(|w| {
        firsts.contains(&w[0])
            && determiners.contains(&w[1])
            && crate::lexicon::ACQUISITION_NOUNS.contains(w[2])
    })
}

/// A French passive in the perfect of changing hands: "a été reprise par",
/// "ont été rachetées", "a été cédée": done.
fn passive_perfect(words: &[&str]) -> bool {
    words.windows(3).any(|w| {
        matches!(w[0], "a" | "ont")
            && w[1] == "été"
            // Verbs of changing hands only ("a été validée", "a été
            // attribué" are approved or awarded, not done).
            && ["repris", "rachet", "cédé", "vendu", "absorb", "acquis", "fusionn"]
                .iter()
                .any(|stem| w[2].starts_with(stem))
    })
}

/// "has bolstered its software business with the purchase of Y", "a
/// renforcé sa présence avec le rachat de Y": a deal's noun as the means of
/// what the present perfect says was done is done too.
fn perfect_means(words: &[&str]) -> bool {
    let means = words.windows(3).position(|w| {
        matches!(w[0], "with" | "through" | "avec" | "grâce")
            && matches!(
                w[1],
                "the" | "its" | "le" | "la" | "l'" | "son" | "sa" | "au"
            )
            && crate::lexicon::ACQUISITION_NOUNS.contains(w[2])
    });
    means.is_some_and(|m| {
        words[..m].windows(2).any(|w| {
            (matches!(w[0], "has" | "have") && w[1].ends_with("ed"))
                || (matches!(w[0], "a" | "ont") && w[1].ends_with('é'))
        }) && !any_announced(&words[..m])
            && !any(words, &FUTURE_MARKERS)
    })
}

/// An agreement signed in a year or last year, told in the past: "signed a
/// similar deal with Y last year", "avait signé en 2019", "signed a supply
/// deal in 2023" is a past event, done, not one announced now.
fn signed_dated(words: &[&str]) -> bool {
    any_of(
        words,
        &[
            "signed", "inked", "struck", "sealed", "signé", "conclu", "noué", "nouée",
        ],
    ) && !any(words, &FUTURE_MARKERS)
        && (last_year(words)
            // ("à Y, qui en détenait 40 % depuis 2018": a year a holding
            // runs from dates no signing.)
            || (year_in(words).is_some()
                && words.iter().enumerate().any(|(k, w)| {
                    is_year(w) && !(k >= 1 && matches!(words[k - 1], "since" | "depuis"))
                })))
}

/// "last year", "l'an dernier", "l'année dernière" (the tokenizer may write
/// "l'" apart from "an").
fn last_year(words: &[&str]) -> bool {
    words.windows(2).any(|w| {
        matches!(
            w,
            ["last", "year"] | ["l'an", "dernier"] | ["l'année", "dernière"] | ["an", "dernier"]
        )
    })
}

/// A takeover named by its noun and dated by a year right after its
/// object: "its $12.5 billion purchase of Motorola in 2012", "le rachat de
/// Bioverativ en 2018". A deal dated so is a past one, done, whatever the
/// mood of the sentence that recalls it; a plan to buy in a year says so
/// with a verb ("expects to complete the purchase in 2026").
fn nominal_dated(words: &[&str]) -> bool {
    // ("after the 2022 merger of Kelmix with Tessel": a merger's noun too.)
    let deal_noun =
        |w: &str| crate::lexicon::ACQUISITION_NOUNS.contains(w) || matches!(w, "merger" | "fusion");
    words.iter().enumerate().any(|(k, w)| {
        if !(deal_noun(w)
            && words
                .get(k + 1)
                .is_some_and(|n| matches!(*n, "of" | "de" | "d'" | "du")))
        {
            return false;
        }
        // ("costs linked to last year's acquisition of Dorvex": a past
        // time owning the noun dates it, whatever comes before.)
        let last_years = k >= 3
            && words[k - 3] == "last"
            && matches!(words[k - 2], "year" | "month" | "week")
            && words[k - 1] == "'s";
        let after = |reach: usize| &words[k + 1..(k + reach).min(words.len())];
        last_years
            // "Allied's 1981 acquisition of Fisher": the year may come first.
            || (((k > 0 && is_year(words[k - 1]))
                // ("the purchase of Y in 2023", "... last month", "le rachat
                // de Y l'an dernier".)
                || after(8).windows(2).any(|p| {
                    (matches!(p[0], "in" | "en") && is_year(p[1]))
                        || matches!(
                            p,
                            ["last", "year" | "month" | "week"]
                                | ["an" | "mois", "dernier"]
                                | ["année", "dernière"]
                        )
                })
                // "the purchase of Halvern for $665 million earlier this
                // year": a time already past after its object.
                || after(12)
                    .windows(3)
                    .any(|p| matches!(p, ["earlier", "this", "year" | "month"])))
                && !words[..k]
                    .iter()
                    .any(|v| matches!(*v, "to" | "pour" | "expects" | "plans" | "prévoit")))
    })
}

/// A deal told in the pluperfect with its year, as background: "avait
/// conclu un accord similaire avec SFR en 2019", "had signed a deal with Y
/// in 2019" is a past event, done.
fn pluperfect_dated(words: &[&str]) -> bool {
    any_of(words, &["had", "avait", "avaient"]) && year_in(words).is_some()
}

/// "has already invested", "a déjà investi", "has already put $2 billion
/// into Y": a perfect whose adverb says the deal is behind it.
fn already_done(words: &[&str]) -> bool {
    words.windows(3).any(|w| {
        matches!(w[0], "had" | "has" | "have" | "a" | "avait")
            && matches!(w[1], "already" | "déjà" | "previously")
            // ("put" is a participle there.)
            && (COMPLETED.contains(w[2]) || w[2] == "put")
    })
}

/// "has made its first investment, acquiring a stake in Y", "made two
/// acquisitions last year": a deal's noun made (an offer made is read
/// apart) was done.
fn made_deal(words: &[&str]) -> bool {
    // ("a fait l'acquisition de Y", "a procédé au rachat de Y": a French
    // support verb in the perfect.)
    let support = words.windows(5).any(|w| {
        matches!(w[0], "a" | "avait" | "ont" | "avaient")
            && matches!(w[1], "fait" | "procédé")
            && w[2..].iter().any(|n| {
                matches!(
                    *n,
                    "acquisition" | "rachat" | "cession" | "vente" | "reprise"
                )
            })
    });
    support
        || words.iter().enumerate().any(|(k, w)| {
            matches!(*w, "made" | "making" | "effectué" | "effectuant")
                && words.get(k + 1).is_some_and(|d| {
                    matches!(
                        *d,
                        "its"
                            | "their"
                            | "his"
                            | "her"
                            | "a"
                            | "an"
                            | "two"
                            | "three"
                            | "several"
                            | "son"
                            | "sa"
                            | "ses"
                            | "leur"
                            | "un"
                            | "une"
                            | "deux"
                            | "trois"
                            | "plusieurs"
                    )
                })
                && words[k + 2..words.len().min(k + 4)].iter().any(|n| {
                    matches!(
                        *n,
                        "investment"
                            | "investments"
                            | "acquisition"
                            | "acquisitions"
                            | "purchase"
                            | "purchases"
                            | "investissement"
                            | "investissements"
                            | "rachat"
                            | "rachats"
                    )
                })
        })
}

/// A deal told in a perfect tense under an announcement: "announced it had
/// sold", "said it has acquired", "a annoncé avoir cédé". The deal's own
/// tense says it is done, whatever the verb that tells it.
fn perfect_done(words: &[&str]) -> bool {
    already_done(words)
        || words.windows(2).any(|w| {
            matches!(w[0], "had" | "has" | "have" | "avoir")
            && COMPLETED.contains(w[1])
            // Participles of other senses: "a mis en vente", "has led
            // talks", "had become".
            && !matches!(
                w[1],
                "had" | "avait" | "led" | "mis" | "pris" | "passé" | "passée" | "porté"
                    | "devenu" | "devenue" | "became" | "tombé" | "tombée" | "closes"
            )
        })
}

/// A completion word that is not a future or an infinitive passive: "was
/// acquired", "a été rachetée", not "to be acquired", "sera rachetée".
fn completed_cue(words: &[&str]) -> bool {
    // "its acquisition of Kelmix last year", "racheté l'an dernier" ("said
    // last year it would buy": the telling's date).
    let last = last_year(words) && !reported_plan(words);
    // "vient de racheter", "venait de céder": a deal just done.
    let just = words.windows(2).any(|w| {
        matches!(w[0], "vient" | "viennent" | "venait" | "venaient") && matches!(w[1], "de" | "d'")
    });
    last || just || completion_told(words)
        || words.iter().enumerate().any(|(k, w)| {
            // "a mené à bien le rachat": a phrase of two words.
            (k > 0 && COMPLETED.contains_pair(words[k - 1], w))
            || COMPLETED.contains(w)
            && !words.get(k..k + 3).is_some_and(closing_in)
            // "a group led by X": a participle that names who heads a
            // party, not a round that was led.
            && !(*w == "led"
                && words.get(k + 1).is_some_and(|n| *n == "by")
                && !(k > 0 && matches!(words[k - 1], "was" | "were" | "been" | "is")))
            && !word_before_adverbs(words, k).is_some_and(|b| {
                matches!(
                    b,
                    "be" | "sera" | "seront" | "serait" | "seraient" | "être" | "soit"
                )
            })
            // "will sell Y after the deal closes", "une fois l'opération
            // finalisée": a clause of time in the present tells when, not
            // what is done ("when it purchased Y" is past).
            && !(k > 0
                && (w.ends_with('s') || matches!(words[k - 1], "is" | "are" | "est" | "sont"))
                && words[k.saturating_sub(3)..k].iter().any(|b| {
                    matches!(
                        *b,
                        "after" | "once" | "when" | "until" | "upon" | "before" | "lorsque" | "quand"
                            | "dès"
                    )
                }))
            && !words[k.saturating_sub(3)..k].contains(&"fois")
            // "racheter les 30 % que Tessera détient", "the stake that
            // Tessera holds": a holding told in a relative clause is the
            // seller's, not the deal's outcome.
            // ("X, which holds 55 pct", a holding told as such, stays done.)
            && !(crate::lexicon::OWNING_VERBS.contains(w)
                && (k.saturating_sub(3)..k).any(|j| {
                    j >= 1
                        && matches!(words[j], "que" | "qu'" | "that")
                        && (matches!(words[j - 1], "%" | "pct" | "percent")
                            || crate::lexicon::STAKE_WORDS.contains(words[j - 1]))
                }))
            // ("les 55 % qu'il ne détient pas encore", "the shares it does
            // not own": owning denied tells nothing done.)
            && !(crate::lexicon::OWNING_VERBS.contains(w)
                && words[k.saturating_sub(2)..k]
                    .iter()
                    .any(|b| matches!(*b, "ne" | "n'" | "not" | "n't" | "doesn't" | "don't")))
            // "won EU approval for its purchase", "a décroché le feu vert":
            // a permission won, a step on the way.
            // ("had won approval", "a obtenu le feu vert": nor is the
            // auxiliary before it.)
            && !won_approval(words, k)
            && !(matches!(*w, "had" | "has" | "have" | "avait" | "a" | "ont")
                && won_approval(words, k + 1))
            // "la finalisation est attendue en juin": the noun names the
            // completion, done only when nothing says it is to come.
            && !(matches!(*w, "finalisation" | "finalization") && any(words, &FUTURE_MARKERS))
        })
}

/// Whether the word at `k` wins or receives a permission: "won EU
/// approval", "received regulatory clearance", "a obtenu le feu vert".
fn won_approval(words: &[&str], k: usize) -> bool {
    words.get(k).is_some_and(|w| {
        matches!(
            *w,
            "won"
                | "secured"
                | "landed"
                | "received"
                | "obtained"
                | "gained"
                | "got"
                | "remporté"
                | "décroché"
                | "obtenu"
                | "reçu"
        )
    }) && words[(k + 1).min(words.len())..(k + 4).min(words.len())]
        .iter()
        .any(|n| APPROVAL_NOUNS.contains(n))
}

/// The word before `k`, past the adverbs between ("will be fully
/// acquired", "sera bientôt finalisée").
fn word_before_adverbs<'w>(words: &[&'w str], k: usize) -> Option<&'w str> {
    words[..k].iter().rev().copied().find(|w| {
        !(crate::lexicon::PREVERBAL_ADVERBS.contains(w)
            || (w.len() > 4 && w.ends_with("ly"))
            || matches!(*w, "bientôt" | "entièrement" | "totalement" | "ensuite"))
    })
}

/// Whether `words` tell of something past: an auxiliary of a perfect or a
/// past tense, an imperfect, a participle in "-ed", or an opening "after".
pub fn past_tense(words: &[&str]) -> bool {
    // "After buying X in 2020": what came before is done.
    let after = words
        .first()
        .is_some_and(|w| matches!(*w, "after" | "après"));
    after
        || words.iter().any(|w| {
            matches!(*w, "a" | "avait" | "ont" | "had" | "was" | "were")
                || w.ends_with("ait")
                || w.ends_with("ed")
                // The irregular past of the verbs deals are told with.
                || matches!(
                    *w,
                    "sold" | "bought" | "took" | "paid" | "won" | "struck" | "led" | "made"
                )
        })
}

/// Whether a word is a year of the modern era ("2012").
pub fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && word
            .parse::<i32>()
            .is_ok_and(|y| (1950..=2100).contains(&y))
}

/// A year the clause dates the deal with: "en 2019", "in March 2023".
pub fn year_in(words: &[&str]) -> Option<Date> {
    for (k, w) in words.iter().enumerate() {
        if w.len() != 4 || !w.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let Ok(year) = w.parse::<i32>() else { continue };
        // ("HAMBURG, 14 May 2026 - Norvane ...": a dateline's date, before
        // its dash, dates the release, not the deal.)
        if !(1950..=2100).contains(&year)
            || k == 0
            || words
                .get(k + 1)
                .is_some_and(|n| matches!(*n, "-" | "—" | "–"))
        {
            continue;
        }
        let before = words[k - 1];
        if let Some(m) = lexicon::MONTHS.words().iter().position(|m| *m == before) {
            let month = u8::try_from(m % 12 + 1).unwrap_or(0);
            return Some(Date {
                year,
                month,
                day: 0,
            });
        }
        if matches!(
            before,
            "en" | "in"
                | "since"
                | "depuis"
                | "during"
                | "courant"
                | "fin"
                | "début"
                | "late"
                | "early"
        ) {
            return Some(Date {
                year,
                month: 0,
                day: 0,
            });
        }
    }
    None
}

/// Whether the words before a trigger negate it: "n'a pas annoncé de
/// financement", "will not invest".
pub fn negated(before: &[&str]) -> bool {
    let fr = before.iter().any(|w| matches!(*w, "ne" | "n'"))
        && before
            .iter()
            .any(|w| matches!(*w, "pas" | "plus" | "jamais" | "point"));
    let en = before.iter().any(|w| {
        matches!(
            *w,
            "not" | "never" | "n't" | "cannot" | "won't" | "didn't" | "doesn't"
        )
    });
    // "had no plans to invest", "n'a aucune intention de", "sans intention".
    let no_plan = before.windows(2).any(|w| {
        matches!(w[0], "no" | "aucune" | "aucun")
            && matches!(
                w[1],
                "plans" | "plan" | "intention" | "interest" | "intentions" | "projet"
            )
    });
    // ("has no intention of increasing its offer for Y", "ne relèvera pas
    // son offre": what is denied is a change to the deal, which stands.)
    // (A possessive may be read as a reference, which `before` leaves out.)
    let change = |w: &str| {
        matches!(
            w,
            "increasing"
                | "increase"
                | "raising"
                | "raise"
                | "sweetening"
                | "sweeten"
                | "improving"
                | "improve"
                | "extending"
                | "extend"
                | "relever"
                | "relèvera"
                | "relève"
                | "améliorer"
                | "améliorera"
                | "augmenter"
                | "augmentera"
                | "prolonger"
                | "prolongera"
        )
    };
    let changed = before.last().is_some_and(|w| change(w))
        || before.windows(2).any(|w| {
            change(w[0])
                && matches!(
                    w[1],
                    "its" | "their" | "son" | "sa" | "leur" | "pas" | "plus"
                )
        });
    (fr || en || no_plan) && !changed
}

/// "agreed not to pursue their talks on", "decided not to proceed with",
/// "ne pas donner suite à": a negation that abandons a deal under way,
/// which is a cancellation, not a denial.
pub fn abandoned(before: &[&str]) -> bool {
    // (The verb may be the last word before the deal's noun: "would not
    // renew its bid", its possessive read as a reference.)
    before.iter().enumerate().any(|(k, w)| {
        matches!(*w, "not" | "pas" | "plus")
            && before[k + 1..(k + 3).min(before.len())]
                .iter()
                .any(|v| ABANDON_VERBS.contains(v))
    })
}

/// Whether the clause says the deal fell through or was denied: a word of
/// `data/words/status_cancel_words.txt`, or one of its two-word phrases
/// ("called off", "ended its", "mis fin").
pub fn cancelled(clause: &[&str]) -> bool {
    cancel_cue(clause, false)
}

/// Whether `words` may hold a cancellation outright, looked for cheaply:
/// one of its words, or one of its phrasal pairs ("called off", "broke
/// down"). A sentence that reads no deal is asked this first; what it says
/// is then read by [`cancelled_outright`].
pub fn may_cancel(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        (CANCEL_WORDS.contains(w) && !REJECT_WORDS.contains(w))
            // (The pairs a later sentence tells a deal's end with close on
            // a particle: "called off", "fell through", "broke down",
            // "pulled out", "mis fin", "ended talks"; the pair is looked up
            // only then.)
            || words.get(i + 1).is_some_and(|n| {
                matches!(*n, "off" | "through" | "down" | "out" | "fin" | "talks")
                    && CANCEL_WORDS.contains_pair(w, n)
            })
    })
}

/// Things one rejects that are no deal: see
/// `data/words/rejected_non_deals.txt`.
static REJECTED_NON_DEALS: WordSet =
    WordSet::new(include_str!("../data/words/rejected_non_deals.txt"));

/// Cancellation words that say only that one side turned the deal down:
/// see `data/words/status_reject_words.txt`.
static REJECT_WORDS: WordSet = WordSet::new(include_str!("../data/words/status_reject_words.txt"));

/// Verbs of speaking one refuses or declines to do ("refused to comment"):
/// see `data/words/speaking_verbs.txt`.
static SPEAKING_VERBS: WordSet = WordSet::new(include_str!("../data/words/speaking_verbs.txt"));

/// Whether the clause says the deal fell through with more than a
/// rejection ("withdrew", "called off", not only "rejected").
pub fn cancelled_outright(clause: &[&str]) -> bool {
    cancel_cue(clause, true)
}

/// A cancellation word or two-word phrase in the clause; with `outright`,
/// a word that says only that one side rejected the deal does not count.
fn cancel_cue(clause: &[&str], outright: bool) -> bool {
    // "qui l'avaient retirée de la cote": a company withdrawn from the
    // stock market was taken private, a deal done.
    let delisted = |i: usize| clause.get(i + 1..i + 4) == Some(&["de", "la", "cote"][..]);
    // "un an après l'échec de ses discussions avec Y", "following the
    // collapse of talks": a failure in a phrase of time is another event's.
    let timed = |i: usize| {
        after_time_word(clause, i, &["the", "l'", "le", "la", "les"])
            // ("Après l'échec de son offre sur Pivex, Halvern...": the
            // phrase's own deal, named after the failure, did fail.)
            // ("a year after Tessera rejected an unsolicited $9 billion
            // bid": past a sum and an adjective.)
            && !clause
                .iter()
                .skip(i + 1)
                .take(5)
                .any(|w| {
                    crate::lexicon::DEAL_NOUNS.contains(w)
                        || matches!(*w, "bid" | "bids" | "approach" | "proposal")
                })
    };
    // ("they were denied bonuses owed after the merger": someone refused
    // something, not a deal denied.)
    let refused_to_someone =
        |i: usize| i > 0 && matches!(clause[i - 1], "were" | "was" | "been" | "being");
    // ("the merger could be called off", "may be blocked by regulators",
    // "if regulators block it": an end feared or put as a condition has not
    // come.)
    // (A modal right before the verb or its "be": "May Department Stores
    // won't buy" names a company, "since May" a month.)
    let hedged = |i: usize| {
        (i.saturating_sub(3)..i).any(|j| {
            matches!(
                clause[j],
                "could" | "may" | "might" | "risks" | "risk" | "pourrait" | "pourraient" | "risque"
            ) && (j + 1 == i
                || matches!(
                    clause[j + 1],
                    "be" | "being" | "être" | "still" | "yet" | "well"
                ))
        }) || clause[i.saturating_sub(5)..i]
            .iter()
            .any(|w| matches!(*w, "if" | "unless" | "si"))
    };
    // ("approved the sale, rejecting calls by an activist to hold out":
    // what is rejected, within an article and an adjective, is no deal.)
    let rejects_other = |i: usize| {
        REJECT_WORDS.contains(clause[i])
            && clause
                .iter()
                .skip(i + 1)
                .take(3)
                .any(|w| REJECTED_NON_DEALS.contains(w))
    };
    // ("créent une coentreprise pour mettre fin à leur dépendance", "to
    // end their reliance on imports": an end the deal is made for.)
    let purpose = |i: usize| {
        (i >= 1 && matches!(clause[i - 1], "pour" | "to"))
            || (i >= 2 && clause[i - 2] == "afin" && clause[i - 1] == "de")
    };
    // ("urged holders to reject the offer": a rejection asked for has not
    // been made.)
    let urged = |i: usize| i >= 1 && clause[i - 1] == "to" && REJECT_WORDS.contains(clause[i]);
    // ("refused to comment on the offer", "a refusé de commenter": one
    // refuses to speak of a deal, not the deal; "refused to sell" refuses
    // it.)
    let refused_to_speak = |i: usize| {
        REJECT_WORDS.contains(clause[i])
            && clause
                .get(i + 1)
                .is_some_and(|w| matches!(*w, "to" | "de" | "d'"))
            && clause
                .get(i + 2)
                .is_some_and(|w| SPEAKING_VERBS.contains(w))
    };
    // ("declined the offer", "declined Norlac's bid": a decline with its
    // object; "shares declined 5%" or "declined by a third" is a fall.)
    // (Names are left out of the clause's words: a possessive's "'s"
    // follows the verb.)
    let fell = |i: usize| {
        matches!(clause[i], "declined" | "declines")
            && !clause.get(i + 1).is_some_and(|w| {
                matches!(
                    *w,
                    "the" | "a" | "an" | "its" | "their" | "this" | "that" | "all" | "to" | "'s"
                )
            })
    };
    clause.iter().enumerate().any(|(i, w)| {
        let rejection_only = outright && REJECT_WORDS.contains(w);
        CANCEL_WORDS.contains(w)
            && !(rejection_only
                || fell(i)
                || urged(i)
                || refused_to_speak(i)
                || delisted(i)
                || timed(i)
                || hedged(i)
                || rejects_other(i)
                || (*w == "denied" && refused_to_someone(i)))
    }) || clause
        .windows(2)
        .enumerate()
        .any(|(i, w)| CANCEL_WORDS.contains_pair(w[0], w[1]) && !hedged(i) && !purpose(i))
        // ("le projet tombe à l'eau": a phrase of three words.)
        || clause
            .windows(3)
            .enumerate()
            .any(|(i, w)| CANCEL_WORDS.contains_triple(w[0], w[1], w[2]) && !hedged(i))
        // ("dropped its $2 billion bid": a sum, read as its first word,
        // may stand inside the pair; "dropped its takeover bid", so may
        // the deal's kind.)
        || clause.windows(3).enumerate().any(|(i, w)| {
            (opens_sum(w[1]) || w[1].ends_with('$') || CANCEL_MODIFIERS.contains(w[1]))
                && CANCEL_WORDS.contains_pair(w[0], w[2])
                && !hedged(i)
        })
}

/// Whether a word opens a sum with a figure or a currency's sign ("2",
/// "$", "€"); an amount stands in a scope as its first token.
fn opens_sum(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥'))
}

/// Whether the word at `i` opens right after a word of time ("after",
/// "depuis", "following"), one of `determiners` ("the", "l'") allowed
/// between: "un an après l'échec de", "following the collapse of".
pub fn after_time_word(words: &[&str], i: usize, determiners: &[&str]) -> bool {
    let time =
        |j: usize| crate::lexicon::TIME_CONJUNCTIONS.contains(words[j]) || words[j] == "following";
    (i >= 1 && time(i - 1)) || (i >= 2 && determiners.contains(&words[i - 1]) && time(i - 2))
}

/// Words that name the talks or the deal itself ("the talks", "les
/// négociations", "the deal"): see `data/words/deal_references.txt`.
static DEAL_REFERENCES: WordSet = WordSet::new(include_str!("../data/words/deal_references.txt"));

/// "was in talks to buy Y, but the negotiations failed": a clause after
/// "but"/"mais" or "before"/"avant" (`after`, the words from that
/// conjunction on) that says the talks or the deal fell through cancels the
/// deal told before it.
pub fn talks_failed(after: &[&str]) -> bool {
    // "..., before the talks collapsed", "avant que les négociations
    // n'échouent": a clause of time may tell it too.
    matches!(
        after.first(),
        Some(&("but" | "mais" | "however" | "toutefois" | "before" | "avant" | "until"))
    ) && after.iter().take(6).any(|w| DEAL_REFERENCES.contains(w))
        && cancelled(after)
}

/// Whether "vie"/"vies" at `k` is the English verb of competing ("vie for
/// Y", "vies with Z"), not the French noun for life ("assurance vie").
pub(crate) fn vies_for(words: &[&str], k: usize) -> bool {
    matches!(words.get(k + 1), Some(&("for" | "with" | "to" | "against")))
}

#[cfg(test)]
mod tests;
