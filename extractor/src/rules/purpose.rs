//! What a bare agreement is for: "signed a $38 billion deal with Y to buy
//! cloud capacity", "an agreement to buy 1 mtpa of LNG from Y", "a deal to
//! supply chips to Y", "un contrat de fourniture": an agreement to buy or
//! to supply services or goods is a commercial deal, its subject the
//! customer or the provider (see `agreement_purpose`).

use dealwire_core::model::Role;

use super::sentence::{GOODS, Item, POSSESSIVES, Sentence};
use super::shapes::business_part;
use crate::lexicon::{PLURAL_DEALS, WordSet};
use crate::triggers::{CONTRACT_WORDS, Frame, SERVICE_WORDS};

/// Electricity producers: see `data/names/power_producers.txt`.
static POWER_PRODUCERS: WordSet =
    WordSet::new(include_str!("../../data/names/power_producers.txt"));

/// Words of electric power: see `data/words/power_words.txt`.
static POWER_WORDS: WordSet = WordSet::new(include_str!("../../data/words/power_words.txt"));

/// Words that, inside a company's name, mark a power producer: see
/// `data/words/power_name_words.txt`.
static PRODUCER_NAME_WORDS: WordSet =
    WordSet::new(include_str!("../../data/words/power_name_words.txt"));

/// Whether `name` (canonical) is a power producer's.
fn power_producer(name: &str) -> bool {
    let lower = name.to_lowercase();
    POWER_PRODUCERS.contains(&lower)
        || lower
            .split([' ', '-'])
            .skip(1)
            .any(|w| PRODUCER_NAME_WORDS.contains(w))
}

/// Companies that rent out computing: see `data/names/cloud_providers.txt`.
static CLOUD_PROVIDERS: WordSet =
    WordSet::new(include_str!("../../data/names/cloud_providers.txt"));

/// Words of rented computing: see `data/words/cloud_words.txt`.
static CLOUD_WORDS: WordSet = WordSet::new(include_str!("../../data/words/cloud_words.txt"));

/// Whether `name` (canonical) is a cloud provider's.
fn cloud_provider(name: &str) -> bool {
    CLOUD_PROVIDERS.contains(&name.to_lowercase())
}

/// "Engie a signé un contrat d'achat d'électricité avec Amazon", "EDF et
/// Amazon ont signé un contrat d'achat", "a power purchase agreement": in an
/// agreement to buy power between a producer and another company, the
/// producer sells, whichever is named first. "Oracle signed a cloud deal
/// with Kelmix": so does a cloud provider in an agreement named for
/// computing, unless the subject says it buys ("to buy", "to use"). Sets
/// the roles and returns whether it did.
fn known_seller(
    s: &Sentence<'_>,
    (t, t_end): (usize, usize),
    right_bound: usize,
    parties: &mut [(String, Role)],
) -> bool {
    if parties.len() < 2 {
        return false;
    }
    let near = |words: &WordSet| {
        (t.saturating_sub(3)..right_bound.min(t_end + 6))
            .any(|k| s.items[k].2 == Item::Word && words.contains(s.norm(k)))
    };
    let seller: fn(&str) -> bool = if near(&POWER_WORDS) {
        power_producer
    } else if near(&CLOUD_WORDS)
        && !(t_end.max(1)..right_bound.min(t_end + 12))
            .any(|k| s.is_word(k - 1, &["to", "pour"]) && s.is_word(k, BUYING))
    {
        cloud_provider
    } else {
        return false;
    };
    let sells: Vec<bool> = parties.iter().map(|p| seller(&p.0)).collect();
    if sells.iter().filter(|&&p| p).count() != 1 {
        return false;
    }
    for (p, sells) in parties.iter_mut().zip(sells) {
        p.1 = if sells {
            Role::Provider
        } else {
            Role::Customer
        };
    }
    true
}

/// Verbs of getting goods for oneself: see `data/words/procuring_verbs.txt`.
static PROCURING_VERBS: WordSet =
    WordSet::new(include_str!("../../data/words/procuring_verbs.txt"));

/// Work done for another under a contract: see `data/words/work_verbs.txt`.
static WORK_VERBS: WordSet = WordSet::new(include_str!("../../data/words/work_verbs.txt"));

/// Reads the agreement at items `t..t_end` as a commercial deal when it
/// says what it buys or supplies: sets the parties' roles, the subject's
/// (items `subj`) from the purpose and the others' opposite (finding the
/// counterpart after the purpose verb's "from" or "to" when the agreement
/// names none), and returns whether it did.
pub(super) fn commercial_reading(
    s: &Sentence<'_>,
    (t, t_end): (usize, usize),
    right_bound: usize,
    subj: &[usize],
    parties: &mut Vec<(String, Role)>,
) -> bool {
    // "signed cloud contracts with A and B": one subject and its
    // counterparts, one deal each.
    // ("a signé des contrats cloud avec A et B": the noun may close the
    // verb's phrase.)
    if parties.len() > 2 && !(t..t_end).any(|k| s.is_in(k, &PLURAL_DEALS)) {
        return false;
    }
    // "un accord de partenariat pour utiliser", "a partnership agreement
    // to use": an agreement named a partnership stays one.
    let partnership = (t.saturating_sub(1)..(t_end + 3).min(s.items.len()))
        .any(|k| k != t && s.frame_at(k) == Some(Frame::Partner));
    if partnership {
        return false;
    }
    // ("an agreement with Y, which will buy 30 aircraft": the relative on
    // the counterpart says what is bought, when the agreement does not.)
    // ("a manufacturing agreement with Y, which will produce the drug", "un
    // contrat avec Y, qui fabriquera": a relative on the counterpart that
    // has it make or supply the goods makes it the provider, whatever the
    // agreement's kind says.)
    let Some(mut subject_role) = counterpart_supplies(s, t_end)
        .then_some(Role::Customer)
        .or_else(|| agreement_purpose(s, t, t_end, right_bound))
        .or_else(|| counterpart_buys_goods(s, t_end).then_some(Role::Provider))
        // ("an agreement with Y so that Y buys": the clause on its terms,
        // read below, says who buys.)
        .or_else(|| purpose_clause(s, t_end).map(|_| Role::Provider))
        // ("a deal with Y, under which Y will operate its data centres":
        // so does a clause on its terms.)
        // (Only a clause right after the agreement and its counterpart, not
        // one on another arrangement told after it.)
        .or_else(|| {
            terms_open(s, t_end)
                .is_some_and(|open| {
                    open <= t_end + 8
                        && !(t_end..open).any(|k| {
                            s.frame_at(k) == Some(Frame::Agreement)
                                || s.is_word(k, &["and", "et", "but", "mais"])
                        })
                })
                .then(|| terms_clause(s, t_end).map(|_| Role::Provider))
                .flatten()
        })
    else {
        return false;
    };
    if subject_role == Role::Customer && known_seller(s, (t, t_end), right_bound, parties) {
        return true;
    }
    // The subject's names: parties come in no set order, so the subject is
    // found by name.
    let subject: Vec<&str> = subj.iter().filter_map(|&k| s.org_at(k)).collect();
    // "an agreement with Y, under which Y will buy 1 mtpa of LNG": the
    // clause on its terms says who buys.
    if let Some((buyer_side, name)) = terms_clause(s, t_end) {
        let subject_named = subject.contains(&name);
        subject_role = match (buyer_side, subject_named) {
            (true, true) | (false, false) => Role::Customer,
            _ => Role::Provider,
        };
    }
    // "a supply agreement with the Chilean producer Salar Andino", "avec le
    // producteur chilien Y": a counterpart the sentence calls a producer or
    // a supplier sells, whatever the agreement's kind says.
    // ("in talks with lithium producer Y about a supply deal": so does one
    // named before the agreement's noun.)
    else if (1..right_bound).any(|k| {
        s.org_at(k).is_some_and(|name| !subject.contains(&name))
            && (k.saturating_sub(5)..k).any(|j| {
                s.is_word(
                    j,
                    &[
                        "producer",
                        "miner",
                        "supplier",
                        "provider",
                        "prestataire",
                        "exporter",
                        "refiner",
                        "producteur",
                        "fournisseur",
                        "exportateur",
                        "raffineur",
                        // ("a supply agreement with drug distributor Y".)
                        "distributor",
                        "wholesaler",
                        "distributeur",
                        "grossiste",
                    ],
                ) && (j + 1..k).all(|w| s.items[w].2 == Item::Word)
                    && (j.saturating_sub(4)..j).any(|w| s.is_word(w, &["with", "avec"]))
            })
    }) {
        subject_role = Role::Customer;
    }
    // "signed a battery supply deal with Kelmix Batteries": the side whose
    // name says the goods supplied makes them.
    else if let Some(counterpart_makes) = goods_in_name(s, (t, t_end), &subject, parties) {
        subject_role = if counterpart_makes {
            Role::Customer
        } else {
            Role::Provider
        };
    }
    // "A and B signed letters of intent to supply memory chips for OpenAI's
    // Stargate project": with every party a subject, the counterpart may
    // follow the purpose verb.
    let all_subjects =
        !subject.is_empty() && parties.iter().all(|p| subject.contains(&p.0.as_str()));
    if parties.len() == 1 || all_subjects {
        let prep: &[&str] = if subject_role == Role::Customer {
            &["from", "auprès"]
        } else if all_subjects {
            &["to", "à", "au", "aux", "for", "pour"]
        } else {
            &["to", "à", "au", "aux"]
        };
        let other = (t_end + 1..right_bound)
            .filter(|&k| s.is_word(k - 1, prep))
            .find_map(|k| {
                s.org_at(k)
                    .filter(|name| !parties.iter().any(|p| p.0 == *name))
            });
        // ("signed an agreement under which Y will process its card
        // payments": or be named in the clause on its terms.)
        let other = other.or_else(|| {
            terms_clause(s, t_end)
                .map(|(_, name)| name)
                .filter(|name| !parties.iter().any(|p| p.0 == *name))
        });
        if let Some(name) = other {
            parties.push((name.to_string(), Role::Partner));
        }
    }
    if parties.len() < 2 {
        return false;
    }
    let other = if subject_role == Role::Customer {
        Role::Provider
    } else {
        Role::Customer
    };
    // The subject takes the purpose's role (the first party when no party
    // is named as the subject).
    let named = parties.iter().any(|p| subject.contains(&p.0.as_str()));
    // "A et B ont signé un accord pour ...": with every party a subject,
    // no one sells to another.
    if named && parties.iter().all(|p| subject.contains(&p.0.as_str())) {
        return false;
    }
    for (i, p) in parties.iter_mut().enumerate() {
        let is_subject = if named {
            subject.contains(&p.0.as_str())
        } else {
            i == 0
        };
        p.1 = if is_subject { subject_role } else { other };
    }
    true
}

/// The goods an agreement's noun at `t..t_end` says are supplied, when one
/// side's name says them too: "a battery supply deal with Kelmix
/// Batteries", "un contrat d'approvisionnement en lithium avec Kelmix
/// Lithium". Whether that side is the counterpart (else the subject), when
/// only one side's name says them.
fn goods_in_name(
    s: &Sentence<'_>,
    (t, t_end): (usize, usize),
    subject: &[&str],
    parties: &[(String, Role)],
) -> Option<bool> {
    let supply = |k: usize| {
        s.is_word(
            k,
            &[
                "supply",
                "offtake",
                "purchase",
                "approvisionnement",
                "fourniture",
            ],
        )
    };
    let n = s.items.len();
    let goods = (t.saturating_sub(3)..t_end.min(n))
        .find(|&k| supply(k))
        .and_then(|k| {
            // "battery supply deal", or "approvisionnement en batteries".
            if k >= 1 && s.items[k - 1].2 == Item::Word && !s.is_word(k - 1, &["a", "an", "the"]) {
                Some(s.norm(k - 1))
            } else if k + 2 < n
                && s.is_word(k + 1, &["en", "de", "d'"])
                && s.items[k + 2].2 == Item::Word
            {
                Some(s.norm(k + 2))
            } else {
                None
            }
        })?;
    let stem = |w: &str| -> String {
        let w = w.to_lowercase();
        if let Some(base) = w.strip_suffix("ies") {
            format!("{base}y")
        } else {
            w.strip_suffix('s').map_or(w.clone(), str::to_string)
        }
    };
    let goods = stem(goods);
    if goods.len() < 4 {
        return None;
    }
    let says = |name: &str| name.split([' ', '-']).any(|w| stem(w) == goods);
    let ours = |p: &&(String, Role)| subject.contains(&p.0.as_str());
    let subject_says = parties.iter().filter(ours).any(|p| says(&p.0));
    let counterpart_says = parties.iter().filter(|p| !ours(p)).any(|p| says(&p.0));
    let both_sides = parties.iter().any(|p| ours(&p)) && parties.iter().any(|p| !ours(&p));
    (subject_says != counterpart_says && both_sides).then_some(counterpart_says)
}

/// Whether the item at `k` is a verb opening a purpose, by its form: a
/// French infinitive or an English gerund with a determiner after it
/// ("pour intégrer ses cellules", "for developing its chips").
fn purpose_verb(s: &Sentence<'_>, k: usize) -> bool {
    let w = s.norm(k);
    (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re") || w.ends_with("ing"))
        && s.is_word(
            k + 1,
            &[
                "des", "les", "ses", "leurs", "la", "le", "l'", "un", "une", "sa", "son", "its",
                "their", "the", "a", "an", "new",
            ],
        )
}

/// The company a clause on an agreement's terms has buy or supply, and
/// whether it buys: "under which Y will buy", "aux termes duquel Y
/// fournira".
fn terms_clause<'s>(s: &'s Sentence<'_>, t_end: usize) -> Option<(bool, &'s str)> {
    let n = s.items.len();
    // "an agreement with Y, which will buy 30 aircraft", "un accord avec Y,
    // qui s'engage à acheter 30 appareils": a relative on the counterpart
    // named with "with" says what it does under the agreement.
    if let Some(org) = relative_counterpart(s, t_end)
        && let Some(found) = terms_verb(s, org, n.min(org + 8))
    {
        return Some(found);
    }
    if let Some(found) = purpose_clause(s, t_end) {
        return Some(found);
    }
    let open = terms_open(s, t_end)?;
    if let Some(org) = (open + 2..n.min(open + 5)).find(|&k| s.org_at(k).is_some()) {
        return terms_verb(s, org, n.min(org + 6));
    }
    // ("under which the unit will keep supplying flavours to Y's plants":
    // with no company its subject, the one supplied buys.)
    let verb = (open + 2..n.min(open + 10))
        .find(|&k| s.items[k].2 == Item::Word && supplying_verb(s.norm(k)))?;
    let to = (verb + 1..n.min(verb + 8)).find(|&k| s.is_word(k, &["to", "à", "au", "aux"]))?;
    Some((true, s.org_at(to + 1)?))
}

/// Where a clause on an agreement's terms opens after item `t_end`: "under
/// which", "in which", "aux termes duquel", "en vertu duquel", "selon
/// lequel".
fn terms_open(s: &Sentence<'_>, t_end: usize) -> Option<usize> {
    (t_end..s.items.len().saturating_sub(2)).find(|&k| {
        (s.is_word(k, &["under", "in", "by"]) && s.is_word(k + 1, &["which"]))
            || (s.is_word(k, &["aux", "en", "selon"])
                && s.is_word(k + 1, &["termes", "vertu", "lequel", "laquelle"]))
    })
}

/// "Kelmix will equip its 300 stores with Nuvio's software", "qui équipera
/// ses magasins du logiciel": a company equipping its own sites or fleet
/// buys what it fits them with, from the other party; read as the
/// provider, it is the customer.
pub(super) fn equips_own(s: &Sentence<'_>, t: usize, t_end: usize, parties: &mut [(String, Role)]) {
    let equipping = s.is_word(
        t,
        &[
            "equip",
            "equips",
            "équipera",
            "équiperont",
            "équiper",
            "équipe",
            "équipent",
        ],
    );
    if !(equipping
        && s.is_word(
            t_end,
            &["its", "their", "ses", "son", "sa", "leurs", "leur"],
        ))
    {
        return;
    }
    for p in parties.iter_mut() {
        p.1 = match p.1 {
            Role::Provider => Role::Customer,
            Role::Customer => Role::Provider,
            r => r,
        };
    }
}

/// Words that make a name a public body's: see
/// `data/words/public_body_words.txt`.
static PUBLIC_BODY_WORDS: WordSet =
    WordSet::new(include_str!("../../data/words/public_body_words.txt"));

/// "La métropole de Lyon a signé avec Kelmix un contrat de fourniture de
/// bus": a public body does not sell under a supply contract it signs; read
/// as the provider of a company, it is the customer.
pub(super) fn public_body_buys(parties: &mut [(String, Role)]) {
    let public = |name: &str| {
        name.split([' ', '\''])
            .any(|w| PUBLIC_BODY_WORDS.contains(&w.to_lowercase()))
    };
    let provider = parties.iter().filter(|p| p.1 == Role::Provider).count();
    let customer = parties.iter().filter(|p| p.1 == Role::Customer).count();
    let swap = provider == 1
        && customer == 1
        && parties
            .iter()
            .any(|p| p.1 == Role::Provider && public(&p.0))
        && !parties
            .iter()
            .any(|p| p.1 == Role::Customer && public(&p.0));
    if swap {
        for p in parties.iter_mut() {
            p.1 = if p.1 == Role::Provider {
                Role::Customer
            } else if p.1 == Role::Customer {
                Role::Provider
            } else {
                p.1
            };
        }
    }
}

/// Whether a clause of purpose opens with a conjunction at item `k`:
/// "pour que", "afin qu'", "so that".
pub(super) fn that_purpose_at(s: &Sentence<'_>, k: usize) -> bool {
    (s.is_word(k, &["pour", "afin"]) && s.is_word(k + 1, &["que", "qu'"]))
        || (s.is_word(k, &["so"]) && s.is_word(k + 1, &["that"]))
}

/// The company a clause of purpose right after an agreement has buy or
/// supply, and whether it buys: "un accord avec Y pour que celui-ci
/// achète", "so that Y buys".
fn purpose_clause<'s>(s: &'s Sentence<'_>, t_end: usize) -> Option<(bool, &'s str)> {
    let n = s.items.len();
    let open = (t_end..n.saturating_sub(2).min(t_end + 12)).find(|&k| that_purpose_at(s, k))?;
    // ("ce dernier", "celle-ci", "the latter": the one named last.)
    let org = if s.org_at(open + 2).is_some() {
        open + 2
    } else if matches!(
        s.items[open + 2].2,
        Item::Ref(crate::coref::Reference::Latter)
    ) {
        (t_end..open).rev().find(|&k| s.org_at(k).is_some())?
    } else {
        return None;
    };
    Some((verb_after(s, open + 2, n.min(open + 7))?, s.org_at(org)?))
}

/// Whether a relative on the counterpart named after the agreement has it
/// buy or supply goods or services ("with Y, which will buy up to 30
/// aircraft", "avec Y, qui fournira des turbines").
fn counterpart_buys_goods(s: &Sentence<'_>, t_end: usize) -> bool {
    let n = s.items.len();
    let Some(org) = relative_counterpart(s, t_end) else {
        return false;
    };
    (org + 1..n.min(org + 12)).any(|k| s.goods_at(k))
        && terms_verb(s, org, n.min(org + 8)).is_some()
}

/// Whether a relative clause on the counterpart of an agreement's noun
/// ending at item `t_end` opens on a verb of supplying or of making ("with
/// Y, which will produce the drug", "avec Y, qui fabriquera les cellules"):
/// the counterpart supplies.
fn counterpart_supplies(s: &Sentence<'_>, t_end: usize) -> bool {
    let n = s.items.len();
    relative_counterpart(s, t_end).is_some_and(|org| {
        // (The relative's verb comes first, past a modal or an auxiliary:
        // "which will also produce", "qui va fabriquer".)
        (org + 3..n.min(org + 6))
            .take_while(|&k| s.items[k].2 == Item::Word)
            .find(|&k| !s.is_in(k, &super::sentence::AUXILIARIES) && !s.is_word(k, MODALS))
            .is_some_and(|k| supplying_verb(s.norm(k)) && !buying_verb(s.norm(k)))
    })
}

/// Modals and adverbs that may stand before a relative's verb, besides the
/// clause auxiliaries ("will", "would": `AUXILIARIES`).
const MODALS: &[&str] = &[
    "shall",
    "also",
    "then",
    "va",
    "vont",
    "doit",
    "doivent",
    "également",
    "aussi",
];

/// Whether goods or services follow the verb at item `verb`, before item
/// `to` and before any name ("to buy cloud capacity", "pour acheter de
/// l'électricité").
fn goods_before_a_name(s: &Sentence<'_>, verb: usize, to: usize) -> bool {
    (verb + 1..to)
        .take_while(|&k| !matches!(s.items[k].2, Item::Ref(_)))
        .any(|k| s.goods_at(k))
}

/// The counterpart named right after "with"/"avec" near an agreement's
/// noun ending at item `t_end`, when a relative clause opens on it.
fn relative_counterpart(s: &Sentence<'_>, t_end: usize) -> Option<usize> {
    let n = s.items.len();
    // ("un contrat d'achat d'électricité de quinze ans avec le sidérurgiste
    // Varling, qui lui achètera": the agreement's words and a short
    // description of the counterpart may stand between.)
    (t_end..n.saturating_sub(3).min(t_end + 12)).find_map(|k| {
        if !s.is_word(k, &["with", "avec"]) {
            return None;
        }
        let org = (k + 1..n.min(k + 5)).find(|&j| s.items[j].2 != Item::Word)?;
        ((k + 1..org).all(|j| !s.input.toks[s.items[j].0].is_capitalized())
            && s.org_at(org).is_some()
            && org + 2 < n
            && s.norm(org + 1) == ","
            && s.is_word(org + 2, &["which", "qui"]))
        .then_some(org)
    })
}

/// The company at item `org` and whether the verb of buying or supplying
/// found after it, before item `to`, has it buy.
fn terms_verb<'s>(s: &'s Sentence<'_>, org: usize, to: usize) -> Option<(bool, &'s str)> {
    Some((verb_after(s, org, to)?, s.org_at(org)?))
}

/// Whether the first verb of buying or supplying after item `from`, before
/// item `to`, buys (`None` with neither).
fn verb_after(s: &Sentence<'_>, from: usize, to: usize) -> Option<bool> {
    let verb = (from + 1..to).find(|&k| {
        s.items[k].2 == Item::Word && (buying_verb(s.norm(k)) || supplying_verb(s.norm(k)))
    })?;
    Some(buying_verb(s.norm(verb)))
}

/// Whether `w` is a verb of buying in a clause on an agreement's terms.
fn buying_verb(w: &str) -> bool {
    BUYING.contains(&w)
        || matches!(
            w,
            "buys"
                | "achètera"
                | "achète"
                | "achètent"
                | "order"
                | "orders"
                | "commander"
                // ("which will deploy 500 of its robots": what a company
                // deploys under a deal, it buys.)
                | "deploy"
                | "deploys"
                | "déploiera"
        )
}

/// Whether `w` is a verb of supplying in a clause on an agreement's terms.
/// ("under which Y will maintain its fleet", "aux termes duquel Y assurera
/// la maintenance": the one doing the work supplies it.)
fn supplying_verb(w: &str) -> bool {
    SUPPLYING.contains(&w)
        || super::buying::names_work(w)
        || matches!(
            w,
            "supplies"
                | "provides"
                | "supplying"
                | "providing"
                | "fournira"
                | "fournit"
                | "fournisse"
                | "fournissent"
        )
}

/// Verbs of buying and of supplying after an agreement's "to".
const BUYING: &[&str] = &[
    "buy", "purchase", "rent", "lease", "use", "source", "procure", "acheter", "louer", "utiliser",
];
const SUPPLYING: &[&str] = &[
    "supply",
    "provide",
    "deliver",
    "sell",
    "fournir",
    "livrer",
    "vendre",
    "approvisionner",
];

/// What an agreement is for, when it says it buys or supplies services
/// ("to buy cloud computing capacity", "pour fournir des puces"): the
/// subject's role, customer or provider.
fn agreement_purpose(s: &Sentence<'_>, t: usize, t_end: usize, right_bound: usize) -> Option<Role> {
    // "a contract with Y to outsource its IT", "pour l'externalisation de son
    // informatique": who outsources its work buys it done.
    if (t_end..right_bound.min(t_end + 12)).any(|k| {
        s.is_word(
            k,
            &[
                "outsource",
                "outsourcing",
                "externaliser",
                "externalisation",
                "sous-traiter",
            ],
        ) && k >= 1
            && s.is_word(k - 1, &["to", "pour", "of", "the", "l'", "la", "d'"])
    }) {
        return Some(Role::Customer);
    }
    // "a supply agreement with Y to secure capacity", "un contrat de
    // fourniture avec Y pour sécuriser son approvisionnement": getting
    // goods is the purpose of the one who buys them, whatever the
    // agreement's kind says.
    let supplier = || {
        let procuring = (t_end..right_bound.saturating_sub(1)).any(|k| {
            s.is_word(k, &["to", "pour", "afin"])
                && (k + 1..(k + 3).min(right_bound))
                    .find(|&j| !s.is_word(j, &["de", "d'"]))
                    .is_some_and(|j| s.is_in(j, &PROCURING_VERBS))
        });
        if procuring {
            Role::Customer
        } else {
            Role::Provider
        }
    };
    // "a cloud agreement", "a power purchase agreement", "a supply deal":
    // what the agreement is for, named before it ("supply deals": or in the
    // trigger's own phrase).
    for k in (t.saturating_sub(3)..t.max(t_end.saturating_sub(1))).rev() {
        if s.items[k].2 != Item::Word {
            break;
        }
        let w = s.norm(k);
        // "a sale and purchase agreement with Y to supply LNG": the name
        // both sides give one contract; a purpose verb after it says which
        // side the subject is on (with none, the subject buys, as before).
        // ("a power purchase agreement to supply electricity to Y": so
        // does a purchase agreement's, the kind told from the buyer's side.)
        let supplies = || {
            (t_end.max(1)..right_bound.min(t_end + 12))
                .any(|j| s.is_word(j - 1, &["to"]) && s.is_word(j, SUPPLYING))
        };
        if matches!(w, "purchase" | "offtake") {
            return Some(if supplies() {
                Role::Provider
            } else {
                Role::Customer
            });
        }
        // "a commercial agreement with Y": the company telling it sells.
        if matches!(
            w,
            "supply" | "supplies" | "distribution" | "commercial" | "commerciale" | "commerciaux"
        ) {
            return Some(supplier());
        }
        if SERVICE_WORDS.contains(w) || w == "purchasing" {
            return Some(Role::Customer);
        }
    }
    // "un contrat d'approvisionnement", "un contrat de fourniture": what the
    // agreement is for, named right after it.
    for k in t_end..right_bound.min(t_end + 3) {
        // ("un contrat de location de capacités": the subject rents.)
        if s.is_word(k, &["approvisionnement", "achat", "location", "leasing"]) {
            return Some(Role::Customer);
        }
        // ("un accord commercial": the company telling it sells, as "a
        // commercial agreement" above.)
        if s.is_word(
            k,
            &[
                "fourniture",
                "livraison",
                "commercial",
                "commerciale",
                "commerciaux",
            ],
        ) {
            return Some(supplier());
        }
        // ("un contrat cloud", "un contrat de services cloud": French
        // names the services bought after the noun.)
        if SERVICE_WORDS.contains(s.norm(k)) {
            return Some(Role::Customer);
        }
        // ("un contrat de fabrication de ses puces", "un contrat de
        // maintenance des trains": the work named right after the
        // contract's "de", as `contract_work` reads it.)
        if k == t_end + 1
            && s.is_word(t_end, &["de", "d'"])
            && WORK_VERBS.contains(s.norm(k))
            && let Some(role) = contract_work(s, t, t_end, right_bound)
        {
            return Some(role);
        }
    }
    // "pour la fourniture de rames", "for the supply of": the job named
    // by a noun.
    for k in (t_end + 2)..right_bound.min(t_end + 14) {
        if s.is_word(k - 2, &["for", "pour"]) && s.is_word(k - 1, &["the", "la", "le", "l'"]) {
            if s.is_word(
                k,
                &["supply", "delivery", "provision", "fourniture", "livraison"],
            ) {
                return Some(Role::Provider);
            }
            if s.is_word(k, &["purchase", "achat"]) {
                return Some(Role::Customer);
            }
            // ("a contract with Y for the maintenance of wagons", "un
            // contrat avec Y pour la gestion du réseau": a contract's work
            // named by a noun is the subject's, as `contract_work` reads
            // it, unless done on something of its own: "of its fleet".)
            if s.items[k].2 == Item::Word
                && WORK_VERBS.contains(s.norm(k))
                && let Some(role) = contract_work(s, t, t_end, right_bound)
            {
                return Some(role);
            }
        }
    }
    // "a letter of intent with Y for its own chips", "un accord avec Y pour
    // des serveurs": services or goods the agreement is for are bought.
    for k in (t_end + 1)..right_bound.min(t_end + 14) {
        // ("pour fournir de l'électricité": a verb after "pour" says the
        // purpose itself, read below.)
        if s.is_word(k - 1, &["for", "pour"])
            && !s.is_word(k, SUPPLYING)
            && !s.is_word(k, BUYING)
            // ("pour lui fournir des batteries": a clitic opens the verb
            // read below.)
            && !s.is_word(k, &["lui", "leur", "se", "s'"])
            // ("pour intégrer ses cellules", "for developing its chips":
            // a verb of another purpose, its object after it, buys none.)
            && !purpose_verb(s, k)
            // ("pour coopérer dans l'hydrogène": a field worked in, past a
            // preposition, is nothing bought.)
            // ("for 200 million doses": past a count, not a sum.)
            && (k..right_bound.min(k + 4))
                .take_while(|&j| {
                    (s.items[j].2 == Item::Word
                        && !s.is_word(j, &["dans", "in", "into", "on", "sur", "en", "within"]))
                        || matches!(s.items[j].2, Item::Amount(a) if s.input.amounts[a].currency.is_none())
                })
                .any(|j| SERVICE_WORDS.contains(s.norm(j)) || GOODS.contains(s.norm(j)))
            && !(k..right_bound.min(k + 3)).any(|j| {
                s.is_word(
                    j,
                    &[
                        "sale",
                        "supply",
                        "delivery",
                        "vente",
                        "fourniture",
                        "livraison",
                    ],
                )
            })
        {
            return Some(Role::Customer);
        }
    }
    // "an agreement with Y to sell its station": a sale of a business, not
    // a supply of services.
    let sells_business = (t_end.max(1)..right_bound.min(t_end + 12)).any(|k| {
        s.is_word(k - 1, &["to", "pour"])
            && s.is_word(k, &["sell", "vendre", "céder"])
            && (business_part(s.words(k + 1, right_bound.min(k + 12)))
                // "to sell its Irvine Commercial Center": a named asset it
                // owns, not goods it supplies.
                || (s.is_word(k + 1, POSSESSIVES)
                    && k + 2 < right_bound
                    && s.items[k + 2].2 == Item::Word
                    && s.input.toks[s.items[k + 2].0].is_capitalized())
                || (k + 1..right_bound.min(k + 4)).any(|j| matches!(s.items[j].2, Item::Ref(_)))
                // "a deal to sell its 40% stake in Y to Z": a holding sold
                // is an investment read by the verb, no goods supplied.
                || (k + 1..right_bound.min(k + 6)).any(|j| s.frame_at(j) == Some(Frame::StakeNoun)))
    });
    // "an agreement with Y to purchase the Red Lake property", "to acquire
    // a 70% interest in its project": a purchase of a business's part, the
    // counterpart selling (see `agreed_seller`).
    let buys_business = (t_end.max(1)..right_bound.min(t_end + 12)).any(|k| {
        s.is_word(k - 1, &["to", "pour"])
            && s.frame_at(k) == Some(Frame::Acquire)
            // ("to buy power from its wind farms": the farms are where the
            // goods bought come from.)
            && business_part(super::buying::before_source(
                s.words(k + 1, right_bound.min(k + 12)),
            ))
    });
    if sells_business || buys_business {
        return None;
    }
    if made_under_priced_deal(s, t, t_end, right_bound) {
        return Some(Role::Customer);
    }
    // A French clitic may stand between "pour" and its verb: "pour lui
    // fournir des batteries" (the counterpart supplied, as "to supply it
    // with"), "pour se fournir en batteries" (the subject supplied: it buys).
    let opens = |k: usize| {
        s.is_word(k - 1, &["to", "pour"])
            || (k >= 2
                && s.is_word(k - 1, &["lui", "leur", "se", "s'"])
                && s.is_word(k - 2, &["pour"]))
    };
    // "signed an agreement with lithium producer Y to secure raw
    // materials", "afin de sécuriser son approvisionnement": getting goods
    // is the purpose of the one who buys them (money or a consent secured
    // buys nothing).
    let procures = (t_end.max(2)..right_bound.min(t_end + 12)).any(|k| {
        (opens(k) || (s.is_word(k - 1, &["de", "d'"]) && s.is_word(k - 2, &["afin"])))
            && s.is_word(
                k,
                &[
                    "secure",
                    "obtain",
                    "source",
                    "procure",
                    "sécuriser",
                    "obtenir",
                ],
            )
            && !(k + 1..right_bound.min(k + 5)).any(|j| {
                s.is_word(
                    j,
                    &[
                        "financing",
                        "funding",
                        "finance",
                        "funds",
                        "financement",
                        "financements",
                        "fonds",
                        "approval",
                        "approvals",
                        "loan",
                        "loans",
                        "prêt",
                        "prêts",
                        "credit",
                        "crédit",
                        "capital",
                        "investment",
                        "investissement",
                        "autorisation",
                        "autorisations",
                        "feu",
                    ],
                )
            })
    });
    if procures {
        return Some(Role::Customer);
    }
    let verb = (t_end.max(1)..right_bound.min(t_end + 12))
        .find(|&k| opens(k) && (s.is_word(k, BUYING) || s.is_word(k, SUPPLYING)));
    let Some(verb) = verb else {
        return contract_work(s, t, t_end, right_bound);
    };
    if s.is_word(verb - 1, &["se", "s'"]) && s.is_word(verb, &["fournir", "approvisionner"]) {
        return Some(Role::Customer);
    }
    // What is bought names services, and no company stands before them;
    // whatever is supplied makes a supply deal.
    // "to buy 1 million tonnes a year of LNG": goods bought under an
    // agreement are a supply deal too.
    let what = goods_before_a_name(s, verb, right_bound.min(verb + 10));
    if s.is_word(verb, BUYING) && !what {
        return None;
    }
    Some(if s.is_word(verb, BUYING) {
        Role::Customer
    } else {
        Role::Provider
    })
}

/// Whether the purchase noun at `t` names the kind of the agreement right
/// after it, and that agreement's purpose supplies goods: "a power purchase
/// agreement to supply electricity to Y" is the subject's sale, read by
/// the agreement (`agreement_purpose`), not its purchase.
pub(super) fn supplying_purchase_agreement(
    s: &Sentence<'_>,
    t_end: usize,
    right_bound: usize,
) -> bool {
    s.frame_at(t_end) == Some(Frame::Agreement)
        && (t_end + 2..right_bound.min(t_end + 6))
            .any(|j| s.is_word(j - 1, &["to"]) && s.is_word(j, SUPPLYING))
}

/// Whether an agreement with a price is for goods the other side makes: "a
/// $10 billion deal with Y to develop custom chips", "un accord de 2
/// milliards avec Y pour concevoir des puces". The sum buys the goods; made
/// together ("to jointly develop"), they are a partnership's.
fn made_under_priced_deal(s: &Sentence<'_>, t: usize, t_end: usize, right_bound: usize) -> bool {
    let priced = (t.saturating_sub(4)..t).any(|k| matches!(s.items[k].2, Item::Amount(_)))
        || (t_end..right_bound.min(t_end + 3)).any(|k| matches!(s.items[k].2, Item::Amount(_)));
    if !priced {
        return false;
    }
    let making = |k: usize| {
        s.is_word(k, &["develop", "développer"]) || s.frame_at(k) == Some(Frame::MakeFor)
    };
    (t_end.max(1)..right_bound.min(t_end + 12))
        .find(|&k| s.is_word(k - 1, &["to", "pour"]) && making(k))
        .is_some_and(|v| {
            (v + 1..right_bound.min(v + 6))
                .take_while(|&k| s.items[k].2 == Item::Word)
                .any(|k| GOODS.contains(s.norm(k)))
        })
}

/// What a contract (not an agreement: "a contract with Y", "un contrat
/// avec Y") is for when it names no goods: work one side does for the other
/// ("to maintain its trains", "pour la construction de l'usine"); the
/// subject does the work (provider) unless the work is on something of its
/// own ("its fleet": customer). A contract naming no work is a supply
/// contract told by its provider, as firms tell the contracts they win.
fn contract_work(s: &Sentence<'_>, t: usize, t_end: usize, right_bound: usize) -> Option<Role> {
    if !(t..t_end).any(|k| s.items[k].2 == Item::Word && CONTRACT_WORDS.contains(s.norm(k))) {
        return None;
    }
    let work = (t_end.max(1)..right_bound.min(t_end + 12)).find(|&k| {
        s.items[k].2 == Item::Word
            && WORK_VERBS.contains(s.norm(k))
            && (s.is_word(k - 1, &["to", "pour"])
                || (k == t_end + 1 && s.is_word(t_end, &["de", "d'"]))
                || (k >= 2
                    && s.is_word(k - 1, &["the", "la", "le", "l'"])
                    && s.is_word(k - 2, &["for", "pour"])))
    });
    let own = work.is_some_and(|k| {
        (k + 1..right_bound.min(k + 4))
            .any(|j| s.is_word(j, &["its", "their", "son", "sa", "ses", "leur", "leurs"]))
    });
    Some(if own { Role::Customer } else { Role::Provider })
}

/// Where a purpose clause opens after a partnership's partners ("teamed up
/// with Y to offer ...", "s'est associé à Y pour proposer les modèles de la
/// start-up"): "to"/"pour"/"afin de" before a verb, between `from` and `to`.
/// What the clause names is what the partners do, not another partner.
/// "signed a memorandum for the sale of Y to Z", "un protocole d'accord en
/// vue de la cession de Y", "un accord portant sur l'acquisition de Y":
/// where an agreement's complement names the money deal it is for, whose
/// own trigger reads the parties after it.
/// ("an agreement under which Orvane will acquire Y", "un accord aux
/// termes duquel Orvane rachètera Y": a relative clause says it too.)
/// Only openers at `from..within` are looked at.
pub(super) fn deal_complement_start(
    s: &Sentence<'_>,
    (from, within): (usize, usize),
    to: usize,
) -> Option<usize> {
    // ("pour acheter de l'électricité": a verb of buying whose object is
    // goods or services, no company, tells what the agreement buys.)
    let buys_goods = |j: usize| {
        s.frame_at(j) == Some(Frame::Acquire) && goods_before_a_name(s, j, to.min(j + 6))
    };
    let money_deal = |j: usize| {
        s.frame_at(j).is_some_and(|f| {
            matches!(
                f,
                Frame::Acquire | Frame::Sell | Frame::Merge | Frame::Offer
            )
        }) && !buys_goods(j)
    };
    (from..within.min(to.saturating_sub(1))).find(|&k| {
        if s.items[k].2 != Item::Word {
            return false;
        }
        // (One look at the word first: most words open nothing.)
        let (noun, relative) = match s.norm(k) {
            "for" | "on" | "over" | "covering" | "pour" | "sur" | "concernant" => (true, false),
            "vue" => (s.is_word(k + 1, &["de", "d'", "du"]), false),
            // ("un accord avec Y portant sur la cession de", "relatif à
            // l'acquisition de", "an agreement relating to the sale of".)
            "portant" => (s.is_word(k + 1, &["sur"]), false),
            "relatif" | "relative" | "relatifs" | "relatives" => {
                (s.is_word(k + 1, &["à", "au", "aux"]), false)
            }
            "relating" | "related" => (s.is_word(k + 1, &["to"]), false),
            "whereby" => (false, true),
            "under" | "by" | "par" | "selon" => {
                (false, s.is_word(k + 1, &["which", "lequel", "laquelle"]))
            }
            "termes" => (false, s.is_word(k + 1, &["duquel", "de"])),
            _ => return false,
        };
        (noun
            && (k + 1..to.min(k + 4))
                .take_while(|&j| s.items[j].2 == Item::Word)
                .any(money_deal))
            || (relative
                && (k + 1..to.min(k + 8))
                    .take_while(|&j| s.items[j].2 != Item::Punct)
                    .any(money_deal))
    })
}

pub(super) fn purpose_clause_start(s: &Sentence<'_>, from: usize, to: usize) -> Option<usize> {
    const NOT_VERBS: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "le",
        "la", "les", "l'", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce",
        "cette", "ces", "date",
    ];
    (from..to.saturating_sub(1)).find(|&k| {
        let after = k + 1;
        (s.is_word(k, &["to", "pour"])
            || (k > from && s.is_word(k, &["de", "d'"]) && s.is_word(k - 1, &["afin"])))
            && s.items[after].2 == Item::Word
            && !s.input.toks[s.items[after].0].is_capitalized()
            && !NOT_VERBS.contains(&s.norm(after))
            && s.norm(after).chars().all(char::is_alphabetic)
    })
}

/// The counterpart of an agreement that a purchase is its purpose, when
/// what is bought is a part of a business with no name ("signed an
/// agreement with Y to acquire a 70% interest in the Red Lake project",
/// "un accord avec Y pour racheter ses usines"): Y sells it. `t` is the
/// buying verb after "to"/"pour", or the stake noun it buys.
pub(super) fn agreed_seller(s: &Sentence<'_>, t: usize, left_bound: usize) -> Option<usize> {
    let t = (t.saturating_sub(5).max(left_bound + 1)..=t)
        .rev()
        .find(|&k| s.frame_at(k) == Some(Frame::Acquire) && s.is_word(k - 1, &["to", "pour"]))?;
    let agreement = (left_bound..t - 1)
        .rev()
        .find(|&k| s.frame_at(k) == Some(Frame::Agreement))?;
    let with = (agreement..t - 1).find(|&k| s.is_word(k, &["with", "avec"]))?;
    (with + 1..(with + 4).min(t - 1))
        .take_while(|&k| !(s.items[k].2 == Item::Punct && s.norm(k) != ","))
        .find(|&k| s.org_at(k).is_some())
}
