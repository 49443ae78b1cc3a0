//! What the article has said so far about its organisations, so that "the
//! two companies", "ce dernier", "l'entreprise" or "le géant du BTP" can be
//! read as the organisations they stand for.

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::{self, GENERIC_DESCRIPTION_WORDS};
use dealwire_core::model::{DealType, Role, Status};

/// Nouns of a young company ("start-up", "jeune pousse", "pépite"): see
/// `data/words/startup_words.txt`.
static STARTUP_WORDS: lexicon::WordSet =
    lexicon::WordSet::new(include_str!("../data/words/startup_words.txt"));

/// For each last word of a name, the kinds of company it makes ("airways":
/// airline, carrier): see `data/words/kind_name_words.txt`, parsed once.
fn kinds_of_name_word(word: &str) -> &'static [String] {
    static TABLE: std::sync::OnceLock<HashMap<String, Vec<String>>> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut by_word: HashMap<String, Vec<String>> = HashMap::default();
            for line in lexicon::data_lines(include_str!("../data/words/kind_name_words.txt")) {
                let Some((kind, words)) = line.split_once('=') else {
                    continue;
                };
                for w in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                    by_word
                        .entry(w.to_string())
                        .or_default()
                        .push(kind.trim().to_string());
                }
            }
            by_word
        })
        .get(word)
        .map_or(&[], Vec::as_slice)
}

/// A reference to organisations that is not a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reference {
    /// A named organisation (canonical name).
    Org(String),
    /// "les deux entreprises", "the two companies".
    Pair,
    /// "il", "it": the subject named last.
    Pronoun,
    /// "ce dernier", "the latter".
    Latter,
    /// "they", "ils" after "A and B said": the organisations coordinated
    /// before it in the same sentence.
    Group(Vec<String>),
    /// "ces groupes", "these companies": the last list of organisations
    /// named.
    Plural,
    /// "les trois partenaires", "the three companies": the parties of the
    /// last deal of that many, else the last list.
    Counted(usize),
    /// A description: "l'entreprise", "le géant du BTP"; its distinctive words.
    Description(Vec<String>),
    /// A description opening its sentence ("La startup est arrivée à..."):
    /// with no telling word, the subject of the sentence before.
    OpeningDescription(Vec<String>),
}

/// Article-level memory, updated sentence by sentence.
#[derive(Debug, Default)]
pub struct Context {
    mentions: HashMap<String, usize>,
    recent: Vec<String>,
    /// Every organisation in the order the article first named it.
    named: Vec<String>,
    pairs: HashMap<(String, String), usize>,
    targets: HashMap<String, usize>,
    last_pair: Option<(String, String)>,
    descriptors: HashMap<String, String>,
    /// The organisations each kind's noun described ("le fonds Halvern",
    /// "the chipmaker Kestane"), the latest last.
    kinds: HashMap<String, Vec<String>>,
    /// Of those, the organisations a description told of that kind (not
    /// only a name's last word: "Indian lender Proxa" against "Orvane
    /// Bank"), the latest last.
    told_kinds: HashMap<String, Vec<String>>,
    /// The organisation a generic head last described right before its
    /// name ("le groupe industriel Kolvane", "the company Tessera"): a
    /// later bare "le groupe" that nothing else decides stands for it; or
    /// that a deal read as it ("a stake in the company"), when it says so.
    generic_heads: HashMap<String, (String, Learned)>,
    /// Every organisation a generic head described right before its name
    /// ("le groupe industriel Kelmora", then "le groupe américain
    /// Varnell"): a bare "le groupe" opening the sentence after one of them
    /// was its subject stands for that one.
    head_described: HashMap<String, Vec<String>>,
    subject: Option<String>,
    /// Sentences read since the one that named `subject`.
    subject_age: usize,
    /// Whether the sentence that named `subject` named no other
    /// organisation.
    subject_alone: bool,
    /// The last list of organisations a sentence coordinated.
    last_list: Vec<String>,
    /// The buyer of the last acquisition read.
    last_acquirer: Option<String>,
    /// The buyer and the company of the last acquisition read that named
    /// both.
    last_takeover: Option<(String, String)>,
    /// The seller of the last sale read.
    last_seller: Option<String>,
    /// Whether a deal was read in the sentence being read, and how many
    /// sentences were read since the last one that told a deal.
    deal_in_sentence: bool,
    sentences_since_deal: usize,
    /// The parties of the last deal read.
    last_parties: Vec<String>,
    /// The company whose funding round was read last, and the sentences
    /// read since.
    last_round: Option<(String, usize)>,
    /// A group that acts in a deal before its members are named ("A and a
    /// consortium of Japanese companies will buy B"), and the sentences
    /// read since.
    last_group: Option<(DescribedGroup, usize)>,
    /// The last venture a deal named ("Helios", "the Kelmix Alliance").
    last_venture: Option<String>,
    /// The companies a deal read so far showed selling services or goods.
    providers: Vec<String>,
    /// The partners of the last deal read with partners only, and the
    /// sentences read since.
    last_partners: Option<(Vec<String>, usize)>,
    /// Whether that deal was a joint venture.
    partners_venture: bool,
    /// The last stake told ("its 25% stake in Kelmix"): what "the stake"
    /// later stands in.
    last_stake: Option<StakeTold>,
    /// A company told sold or for sale with no buyer named ("Kelmix put
    /// Norlac up for sale", "Pellow a cédé sa filiale Ternway").
    on_sale: Option<ForSale>,
    /// A buyer told buying companies it counted but did not name ("bought
    /// three regional banks"), the purchase's status, and the sentences
    /// read since.
    counted_purchase: Option<(String, (Status, bool), usize)>,
}

/// A stake a sentence told: its company, and its holder when the clause
/// named one.
#[derive(Debug, Clone)]
struct StakeTold {
    company: String,
    holder: Option<String>,
}

/// A company a sentence told sold or for sale with no buyer named.
#[derive(Debug, Clone)]
struct ForSale {
    company: String,
    seller: Option<String>,
    /// The sale's status and whether a cue decided it.
    status: (Status, bool),
    /// Sentences read since.
    age: usize,
}

/// How the article taught what a generic head stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Learned {
    /// Told right before the name ("the company Tessera").
    BeforeName,
    /// Read by a deal ("a stake in the company").
    Read,
}

/// A party told as a group whose members the article has not named yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DescribedGroup {
    /// The group's noun ("consortium", "groupement").
    pub head: String,
    /// The deal it takes part in.
    pub deal_type: DealType,
    /// The role its members will take.
    pub role: Role,
    /// That deal's target, if it has one.
    pub target: Option<String>,
    /// That deal's status.
    pub status: Status,
}

impl Context {
    /// Records the organisations a sentence named, in order.
    pub fn saw_sentence(&mut self, orgs: &[String]) {
        for o in orgs {
            if !self.mentions.contains_key(o) {
                self.named.push(o.clone());
            }
            *self.mentions.entry(o.clone()).or_default() += 1;
            self.recent.retain(|r| r != o);
            self.recent.push(o.clone());
        }
        if let Some(round) = &mut self.last_round {
            round.1 += 1;
        }
        if let Some(group) = &mut self.last_group {
            group.1 += 1;
        }
        if let Some(partners) = &mut self.last_partners {
            partners.1 += 1;
        }
        if let Some(sale) = &mut self.on_sale {
            sale.age += 1;
        }
        if let Some(counted) = &mut self.counted_purchase {
            counted.2 += 1;
        }
        self.sentences_since_deal = if self.deal_in_sentence {
            0
        } else {
            self.sentences_since_deal.saturating_add(1)
        };
        self.deal_in_sentence = false;
        if let Some(first) = orgs.first() {
            self.subject = Some(first.clone());
            self.subject_age = 0;
            self.subject_alone = orgs.iter().all(|o| o == first);
        } else {
            self.subject_age += 1;
        }
    }

    /// Records a company told sold or for sale with no buyer named, its
    /// seller and the sale's status.
    pub fn saw_for_sale(&mut self, company: &str, seller: Option<&str>, status: (Status, bool)) {
        self.on_sale = Some(ForSale {
            company: company.to_string(),
            seller: seller.map(str::to_string),
            status,
            age: 0,
        });
    }

    /// The company told sold or for sale, with no buyer, in one of the two
    /// sentences before, its seller and the sale's status: what "the
    /// buyer, X," buys, and what "it" stands for when bought from its
    /// seller.
    pub fn recent_for_sale(&self) -> Option<(&str, Option<&str>, (Status, bool))> {
        self.on_sale
            .as_ref()
            .filter(|sale| sale.age <= 2)
            .map(|sale| (sale.company.as_str(), sale.seller.as_deref(), sale.status))
    }

    /// Records a buyer told buying companies it counted but did not name
    /// ("agreed to buy two software companies"), and the purchase's status.
    pub fn saw_counted_purchase(&mut self, buyer: &str, status: (Status, bool)) {
        self.counted_purchase = Some((buyer.to_string(), status, 0));
    }

    /// The buyer of companies counted in the sentence before, and the
    /// purchase's status: what "The companies are A and B" names. Told
    /// once.
    pub fn take_counted_purchase(&mut self) -> Option<(String, (Status, bool))> {
        self.counted_purchase
            .take()
            .filter(|c| c.2 <= 1)
            .map(|(buyer, status, _)| (buyer, status))
    }

    /// The buyer of the last acquisition the article told: who "the
    /// acquisition of X" with no buyer named refers to.
    pub fn last_acquirer(&self) -> Option<String> {
        self.last_acquirer.clone()
    }

    /// The buyer and the company of the last acquisition the article told
    /// with both named: the bid "the bid" of a partner teamed up with names.
    pub fn last_takeover(&self) -> Option<&(String, String)> {
        self.last_takeover.as_ref()
    }

    /// The company `buyer` bought in the last acquisition the article told
    /// with both named: what "il l'a revendu" or "it sold it" stands for
    /// after it.
    pub fn last_bought_by(&self, buyer: &str) -> Option<&str> {
        self.last_takeover
            .as_ref()
            .filter(|(b, _)| b == buyer)
            .map(|(_, target)| target.as_str())
    }

    /// Whether the article told a deal between `name` and another party
    /// before.
    pub fn dealt_before(&self, name: &str) -> bool {
        self.pairs.keys().any(|(a, b)| a == name || b == name)
    }

    /// The seller of the last sale the article told: whose "proceeds" fund
    /// a deal told after.
    pub fn last_seller(&self) -> Option<String> {
        self.last_seller.clone()
    }

    /// Records a list of organisations the sentence coordinated ("A, B et
    /// C"), for "ces groupes" to find.
    pub fn saw_list(&mut self, orgs: Vec<String>) {
        if orgs.len() >= 2 {
            self.last_list = orgs;
        }
    }

    /// The subject a pronoun or an opening description may stand for: the
    /// first organisation of the sentence before, or of the one before that
    /// when a sentence naming none stands between ("elle a levé" three
    /// paragraphs on names something else).
    pub fn recent_subject(&self) -> Option<String> {
        self.subject.clone().filter(|_| self.subject_age <= 1)
    }

    /// Records the company of a stake a sentence told, and its holder if
    /// named.
    pub fn saw_stake(&mut self, company: &str, holder: Option<&str>) {
        self.last_stake = Some(StakeTold {
            company: company.to_string(),
            holder: holder.map(str::to_string),
        });
    }

    /// Who held the last stake the article told, if its clause named the
    /// holder: whose "its stake" raised later is that stake.
    pub fn stake_holder(&self) -> Option<&str> {
        self.last_stake.as_ref()?.holder.as_deref()
    }

    /// The company of the last stake the article told: what "the stake",
    /// "cette participation" is in.
    pub fn last_stake(&self) -> Option<String> {
        self.last_stake.as_ref().map(|st| st.company.clone())
    }

    /// Records the company raising the round a sentence told.
    pub fn saw_round(&mut self, company: &str) {
        self.last_round = Some((company.to_string(), 0));
    }

    /// The company whose round the last two sentences told: who investors
    /// listed with no company invest in ("The round was led by A. Other
    /// backers include B").
    pub fn recent_round(&self) -> Option<String> {
        self.last_round
            .as_ref()
            .filter(|r| r.1 <= 2)
            .map(|r| r.0.clone())
    }

    /// The company whose round the article told last, however long ago:
    /// what a round named again with a definite article ("the round", "le
    /// tour de table") is.
    pub fn last_round(&self) -> Option<String> {
        self.last_round.as_ref().map(|r| r.0.clone())
    }

    /// The partners of the deal with partners only that the last two
    /// sentences told: who "the new company" a sentence names belongs to.
    pub fn recent_partners(&self) -> Option<Vec<String>> {
        self.last_partners
            .as_ref()
            .filter(|p| p.1 <= 2)
            .map(|p| p.0.clone())
    }

    /// Marks the deal with partners only just recorded as a joint venture.
    pub fn saw_joint_venture(&mut self) {
        self.partners_venture = self.last_partners.is_some();
    }

    /// The partners of a joint venture the last two sentences told, when
    /// no other deal with partners only came after it.
    pub fn recent_venture_partners(&self) -> Option<Vec<String>> {
        self.recent_partners().filter(|_| self.partners_venture)
    }

    /// Records a group that takes part in a deal with its members unnamed.
    pub fn saw_group(&mut self, group: DescribedGroup) {
        self.last_group = Some((group, 0));
    }

    /// The group told in the last two sentences, whose members a sentence
    /// may now name ("The consortium comprises A, B and C").
    pub fn recent_group(&self) -> Option<&DescribedGroup> {
        self.last_group.as_ref().filter(|g| g.1 <= 2).map(|g| &g.0)
    }

    /// Records the venture a deal named, for "joined the partnership".
    pub fn saw_venture(&mut self, vehicle: &str) {
        self.last_venture = Some(vehicle.to_string());
    }

    /// The last venture a deal of the article named.
    pub fn last_venture(&self) -> Option<String> {
        self.last_venture.clone()
    }

    /// Whether a deal read so far showed `name` selling services or goods.
    pub fn is_provider(&self, name: &str) -> bool {
        self.providers.iter().any(|p| p == name)
    }

    /// Records the parties of a deal, so "the two companies" can find them.
    pub fn saw_deal(&mut self, parties: &[(String, Role)]) {
        self.deal_in_sentence = true;
        self.last_parties = parties.iter().map(|p| p.0.clone()).collect();
        self.last_parties.dedup();
        if parties.len() >= 2 && parties.iter().all(|p| p.1 == Role::Partner) {
            self.last_partners = Some((self.last_parties.clone(), 0));
            self.partners_venture = false;
        }
        if let Some((name, _)) = parties.iter().find(|p| p.1 == Role::Seller) {
            self.last_seller = Some(name.clone());
        }
        if let Some((name, _)) = parties.iter().find(|p| p.1 == Role::Acquirer) {
            self.last_acquirer = Some(name.clone());
            if let Some((target, _)) = parties.iter().find(|p| p.1 == Role::Target) {
                self.last_takeover = Some((name.clone(), target.clone()));
            }
            // A company for sale whose buyer is told is sold.
            if self.on_sale.as_ref().is_some_and(|sale| {
                parties
                    .iter()
                    .any(|p| p.1 == Role::Target && p.0 == sale.company)
            }) {
                self.on_sale = None;
            }
        }
        for (name, role) in parties {
            if matches!(role, Role::Target | Role::Customer) {
                *self.targets.entry(name.clone()).or_default() += 1;
            }
            if *role == Role::Provider && !self.providers.contains(name) {
                self.providers.push(name.clone());
            }
        }
        let mut names: Vec<&String> = parties.iter().map(|p| &p.0).collect();
        names.sort();
        names.dedup();
        if let [a, b] = names.as_slice() {
            let key = ((*a).clone(), (*b).clone());
            *self.pairs.entry(key.clone()).or_default() += 1;
            self.last_pair = Some(key);
        }
    }

    /// Learns what a description says of an organisation ("la société
    /// américaine OpenAI" teaches that "américain" may mean OpenAI).
    pub fn learn_description(&mut self, words: &[String], org: &str) {
        self.learn(words, org, Learned::BeforeName);
    }

    /// Learns what a description a deal read as `org` says of it, as
    /// `learn_description` does, noting that its generic head was read, not
    /// told before the name.
    pub fn learn_resolved(&mut self, words: &[String], org: &str) {
        self.learn(words, org, Learned::Read);
    }

    fn learn(&mut self, words: &[String], org: &str, how: Learned) {
        for w in distinctive(words) {
            self.descriptors.entry(w).or_insert_with(|| org.to_string());
        }
        for w in words.iter().filter(|w| is_kind(w)) {
            for table in [&mut self.kinds, &mut self.told_kinds] {
                let orgs = table.entry(w.clone()).or_default();
                orgs.retain(|o| o != org);
                orgs.push(org.to_string());
            }
        }
        for w in words.iter().filter(|w| is_generic_head(w)) {
            self.generic_heads.insert(w.clone(), (org.to_string(), how));
            if how == Learned::BeforeName {
                let orgs = self.head_described.entry(w.clone()).or_default();
                if !orgs.iter().any(|o| o == org) {
                    orgs.push(org.to_string());
                }
            }
        }
    }

    /// The organisation a bare generic head stands for, when the article
    /// described one so right before its name or a deal read it so.
    fn by_generic_head(&self, words: &[String], exclude: &[String]) -> Option<String> {
        self.generic_head(words, exclude).map(|(o, _)| o)
    }

    /// The organisation a bare generic head stands for, and how it was
    /// learned.
    fn generic_head(&self, words: &[String], exclude: &[String]) -> Option<(String, Learned)> {
        words
            .iter()
            .find_map(|w| self.generic_heads.get(w))
            .filter(|(o, _)| !exclude.contains(o))
            .cloned()
    }

    /// Learns the kind each organisation's name ends with ("Public
    /// Investment Fund" is a fund), for the whole article at once: a
    /// description may come before the name ("Saudi Arabia's sovereign
    /// wealth fund ... the Public Investment Fund").
    pub fn learn_name_kinds<'n>(&mut self, names: impl IntoIterator<Item = &'n str>) {
        for name in names {
            let (Some((first, _)), Some((_, last))) = (name.split_once(' '), name.rsplit_once(' '))
            else {
                continue;
            };
            let last = last.to_lowercase();
            // ("Kelmix Airways" is an airline, "Orvane Pharmaceuticals" a
            // drugmaker: the kinds its last word makes; "FC Dravik" a club,
            // "Air Kelmix" an airline: so does its first.)
            let first = first.to_lowercase();
            let made = kinds_of_name_word(&last)
                .iter()
                .chain(kinds_of_name_word(&first))
                .map(String::as_str);
            for kind in std::iter::once(last.as_str())
                .filter(|k| is_kind(k))
                .chain(made)
            {
                let orgs = self.kinds.entry(kind.to_string()).or_default();
                if !orgs.iter().any(|o| o == name) {
                    orgs.push(name.to_string());
                }
            }
        }
    }

    /// The organisations the article described with a kind noun of `words`
    /// ("the startup" after "Altera, the startup behind Sage"); empty when
    /// the words name no kind the article used.
    pub fn described_kind(&self, words: &[String]) -> &[String] {
        words
            .iter()
            .filter(|w| is_kind(w))
            .find_map(|w| self.kinds.get(w))
            .map_or(&[], Vec::as_slice)
    }

    /// The organisation a description's kind noun stands for ("le fonds"
    /// after "le fonds Halvern"): of `orgs`, those the article described
    /// so, the one named nearest before it in its sentence, else the one
    /// named last that `keep` lets through.
    fn by_kind(
        &self,
        orgs: &[String],
        nearest_before: Option<&str>,
        keep: impl Fn(&String) -> bool,
    ) -> Option<String> {
        if let Some(o) = nearest_before.filter(|o| orgs.iter().any(|k| k == o)) {
            return Some(o.to_string()).filter(&keep);
        }
        // (The latest of its kind the sentence does not name otherwise.)
        self.recent
            .iter()
            .rev()
            .find(|r| orgs.contains(r) && keep(r))
            .or(orgs.iter().rev().find(|o| keep(o)))
            .cloned()
    }

    /// What a description's own words decide, before any salience: the
    /// organisation its telling words or its kind noun stand for, or none at
    /// all for one opened by a nationality; `None` when they decide nothing.
    fn by_description(
        &self,
        words: &[String],
        nearest_before: Option<&str>,
        exclude: &[String],
    ) -> Option<Vec<String>> {
        let keep = |o: &String| !exclude.contains(o);
        // The organisations the article described by the description's kind
        // noun ("fonds", "chipmaker"), if it has one.
        let kind = words.iter().find_map(|w| self.kinds.get(w));
        // ("the lender" after "Indian lender Proxa": a company a
        // description told of the kind comes before one whose name only
        // ends in a word of it, unless the sentence names one right before.)
        let told = words
            .iter()
            .find_map(|w| self.told_kinds.get(w))
            .filter(|_| {
                nearest_before.is_none_or(|o| !kind.is_some_and(|k| k.iter().any(|n| n == o)))
            });
        if let Some(o) = self
            .by_word(words)
            .filter(keep)
            .or_else(|| told.and_then(|orgs| self.by_kind(orgs, None, keep)))
            .or_else(|| kind.and_then(|orgs| self.by_kind(orgs, nearest_before, keep)))
        {
            return Some(vec![o]);
        }
        // ("Le fonds s'est associé à Y aux côtés d'Arvelle": a kind noun
        // whose known members the sentence names otherwise stands for no
        // company of another kind.)
        let kind_known = kind.is_some_and(|orgs| !orgs.is_empty());
        (kind_known || national_description(words)).then(Vec::new)
    }

    fn by_word(&self, words: &[String]) -> Option<String> {
        distinctive(words)
            .into_iter()
            .find_map(|w| self.descriptors.get(&w).cloned())
    }

    /// The organisations a reference stands for, leaving out `exclude`.
    pub fn resolve(
        &self,
        r: &Reference,
        nearest_before: Option<&str>,
        exclude: &[String],
    ) -> Vec<String> {
        let keep = |o: &String| !exclude.contains(o);
        match r {
            Reference::Org(o) => vec![o.clone()],
            Reference::Group(names) => names.iter().filter(|o| keep(o)).cloned().collect(),
            Reference::Plural => self.last_list.iter().filter(|o| keep(o)).cloned().collect(),
            Reference::Counted(n) => {
                // ("these six companies": a count past five must be the
                // list's own; "the three partners" may round a list told
                // loosely.)
                let names: &[String] = if self.last_parties.len() == *n {
                    &self.last_parties
                } else if *n <= 5 || self.last_list.len() == *n {
                    &self.last_list
                } else {
                    &[]
                };
                names.iter().filter(|o| keep(o)).cloned().collect()
            }
            // "Kolvane formed a joint venture with Tessel. The venture will
            // be owned by the two companies": right after a venture, its
            // two partners, however often another pair was named.
            Reference::Pair => {
                if let Some(partners) = self.recent_venture_partners().filter(|p| p.len() == 2) {
                    return partners.into_iter().filter(keep).collect();
                }
                let best = self
                    .pairs
                    .iter()
                    .max_by(|a, b| {
                        a.1.cmp(b.1).then_with(|| {
                            (Some(a.0) == self.last_pair.as_ref())
                                .cmp(&(Some(b.0) == self.last_pair.as_ref()))
                        })
                    })
                    .map(|(k, _)| k.clone());
                match best {
                    // (In the order the article first named them: the
                    // pair's key is sorted to count it either way round.)
                    Some((a, b)) => {
                        let first = |o: &String| self.named.iter().position(|n| n == o);
                        if first(&b) < first(&a) {
                            vec![b, a]
                        } else {
                            vec![a, b]
                        }
                    }
                    // (The two named last, in the order the text named
                    // them: "Selvane and Norlac are rivals. The two
                    // companies agreed to merge" merges Norlac into Selvane.)
                    None => self.recent[self.recent.len().saturating_sub(2)..].to_vec(),
                }
            }
            Reference::Pronoun => nearest_before
                .map(str::to_string)
                .or_else(|| self.recent_subject())
                .into_iter()
                .filter(keep)
                .collect(),
            Reference::Latter => nearest_before
                .map(str::to_string)
                .or_else(|| self.recent.last().cloned())
                .into_iter()
                .filter(keep)
                .collect(),
            Reference::OpeningDescription(words) => {
                if let Some(found) = self.by_description(words, nearest_before, exclude) {
                    return found;
                }
                // ("Rendell built a stake in the company. Brisant will fund
                // the purchase. The company last year bought Z": a head a
                // deal read gives way to the subject of the sentence right
                // before.)
                let subject_before = self.subject.as_ref().filter(|_| self.subject_age == 0);
                // ("Le groupe industriel Kelmora cède sa division au groupe
                // américain Varnell ... a précisé Kelmora. Le groupe a déjà
                // racheté": of the companies the head described, the one
                // the sentence before was about.)
                if let Some(o) = subject_before.filter(|o| {
                    keep(o)
                        && words.iter().any(|w| {
                            self.head_described
                                .get(w)
                                .is_some_and(|orgs| orgs.len() > 1 && orgs.contains(o))
                        })
                }) {
                    return vec![o.clone()];
                }
                if let Some((o, how)) = self.generic_head(words, exclude)
                    && (how == Learned::BeforeName || subject_before.is_none_or(|s| *s == o))
                {
                    return vec![o];
                }
                // "La jeune pousse a aussi noué un partenariat", "The
                // startup also signed": a young company is the one whose
                // round the article told, not the fund that led it.
                if words.iter().any(|w| lexicon::is(&STARTUP_WORDS, w))
                    && let Some((o, _)) = self.last_round.as_ref().filter(|r| keep(&r.0))
                {
                    return vec![o.clone()];
                }
                // "Les investisseurs historiques, dont A, ont participé. La
                // société a par ailleurs conclu...": the opening "la
                // société" is the company the deals are about, named more
                // often than the sentence before's subject, when that
                // subject is no such company.
                // ("Par ailleurs, le groupe a signé": a group is the larger
                // company, the one the sentence before was about.)
                let group = words
                    .iter()
                    .any(|w| matches!(w.as_str(), "groupe" | "group"));
                let mentions = |o: &String| self.mentions.get(o).copied().unwrap_or(0);
                if let Some(o) = self.recent_subject().filter(keep) {
                    // ("Corlith shares rose 3%. The company last month
                    // agreed to buy Y": right after a sentence that told no
                    // deal and named its subject alone, a company with no
                    // deal of its own in the article, the head is that
                    // subject.)
                    let told_alone = self.subject_age == 0
                        && self.subject_alone
                        && !self.deal_in_sentence
                        && !self.dealt_before(&o)
                        && !self.targets.contains_key(&o);
                    if group || told_alone {
                        return vec![o];
                    }
                    let topic = self
                        .targets
                        .keys()
                        .filter(|o| keep(o))
                        .max_by(|a, b| mentions(a).cmp(&mentions(b)).then_with(|| b.cmp(a)));
                    // ("Orvane shares jumped. The company has signed
                    // similar contracts": a company shown selling its own
                    // services is one the deals are about too, and so is
                    // the buyer of the last sale told, in a sentence of its
                    // own that tells no deal: "Orvane agreed to buy Y's
                    // unit ... Orvane shares rose. The company bought Z in
                    // 2022". (Right after a sentence of its bid, "The
                    // company's board approved" may be its target's.)
                    let own_deals = self.targets.contains_key(&o)
                        || self.providers.contains(&o)
                        || (self.last_acquirer.as_ref() == Some(&o)
                            && self.sentences_since_deal > 0);
                    return match topic {
                        Some(t) if !own_deals && mentions(t) > mentions(&o) => {
                            vec![t.clone()]
                        }
                        _ => vec![o],
                    };
                }
                self.resolve(&Reference::Description(words.clone()), None, exclude)
            }
            Reference::Description(words) => {
                if let Some(found) = self.by_description(words, nearest_before, exclude) {
                    return found;
                }
                if let Some(o) = self.by_generic_head(words, exclude) {
                    return vec![o];
                }
                // A bare "l'entreprise": the company deals are about, else the
                // organisation the article names most.
                let target = self
                    .targets
                    .iter()
                    .filter(|(o, _)| keep(o))
                    .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)));
                if let Some((o, _)) = target {
                    return vec![o.clone()];
                }
                self.mentions
                    .iter()
                    .filter(|(o, _)| keep(o))
                    .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                    .map(|(o, _)| vec![o.clone()])
                    .unwrap_or_default()
            }
        }
    }
}

/// Whether a description's words open with a nationality rather than an
/// article ("Saudi Arabia's sovereign wealth fund", "Saudi wealth fund"):
/// such a description names the organisation of that kind the article
/// names, or none, never merely the most salient one.
fn national_description(words: &[String]) -> bool {
    words
        .first()
        .is_some_and(|w| w == "'s" || lexicon::DEMONYMS.contains_key(w))
}

/// Whether a description's word is a head that names any company
/// ("groupe", "company", "société"), not a determiner or an adjective: the
/// heads `is_kind` leaves out.
fn is_generic_head(word: &str) -> bool {
    lexicon::is(&lexicon::DESCRIPTION_HEADS, word) && lexicon::is(&GENERIC_DESCRIPTION_WORDS, word)
}

/// Whether a description's word names a kind of organisation that tells it
/// apart ("fonds", "chipmaker", "assureur"), not any company ("société",
/// "group").
fn is_kind(word: &str) -> bool {
    lexicon::is(&lexicon::DESCRIPTION_HEADS, word) && !lexicon::is(&GENERIC_DESCRIPTION_WORDS, word)
}

/// Words of a description that can tell organisations apart, reduced to a
/// stem so "japonais" and "japonaise" agree.
fn distinctive(words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|w| {
            w.chars().count() >= 3
                && !lexicon::is(&GENERIC_DESCRIPTION_WORDS, w)
                && !lexicon::is(&lexicon::DESCRIPTION_HEADS, w)
        })
        .map(|w| w.trim_end_matches(['s', 'e']).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn the_two_companies_are_the_pair_seen_most() {
        let mut c = Context::default();
        let p = |a: &str, b: &str| {
            vec![
                (a.to_string(), Role::Investor),
                (b.to_string(), Role::Target),
            ]
        };
        c.saw_deal(&p("SoftBank", "OpenAI"));
        c.saw_deal(&p("SoftBank", "OpenAI"));
        c.saw_deal(&p("Microsoft", "OpenAI"));
        let mut got = c.resolve(&Reference::Pair, None, &[]);
        got.sort();
        assert_eq!(got, ["OpenAI", "SoftBank"]);
    }

    #[test]
    fn the_company_after_a_sentence_about_the_buyer_alone_is_the_buyer() {
        let mut c = Context::default();
        let sale = [
            ("Orvane".to_string(), Role::Acquirer),
            ("Pellow".to_string(), Role::Target),
        ];
        let company = Reference::OpeningDescription(s(&["the", "company"]));
        c.saw_deal(&sale);
        c.saw_sentence(&s(&["Orvane", "Pellow"]));
        c.saw_sentence(&s(&["Pellow"]));
        c.saw_sentence(&s(&["Pellow"]));
        c.saw_sentence(&s(&["Orvane"]));
        assert_eq!(c.resolve(&company, None, &[]), ["Orvane"]);
        // Right after the sentence of its bid, the company most named of
        // the deals stays the one meant.
        c.saw_deal(&sale);
        c.saw_sentence(&s(&["Orvane", "Pellow"]));
        assert_eq!(c.resolve(&company, None, &[]), ["Pellow"]);
    }

    #[test]
    fn a_pronoun_stands_for_a_recent_subject_only() {
        let mut c = Context::default();
        c.saw_sentence(&s(&["Kelmix"]));
        c.saw_sentence(&[]);
        assert_eq!(c.resolve(&Reference::Pronoun, None, &[]), ["Kelmix"]);
        c.saw_sentence(&[]);
        assert!(c.resolve(&Reference::Pronoun, None, &[]).is_empty());
    }

    #[test]
    fn a_kind_noun_stands_for_the_company_so_described_named_nearest() {
        let mut c = Context::default();
        c.learn_description(&s(&["le", "fonds"]), "Halvern");
        c.saw_sentence(&s(&["Halvern", "Norlac"]));
        c.learn_description(&s(&["au", "fonds"]), "Brightpath");
        c.saw_sentence(&s(&["Norlac", "Brightpath"]));
        let fund = Reference::Description(s(&["le", "fonds"]));
        assert_eq!(c.resolve(&fund, Some("Halvern"), &[]), ["Halvern"]);
        assert_eq!(c.resolve(&fund, None, &[]), ["Brightpath"]);
        // "la société" names no kind: the company the article is about.
        c.saw_sentence(&s(&["Norlac"]));
        let company = Reference::Description(s(&["la", "société"]));
        assert_eq!(c.resolve(&company, Some("Halvern"), &[]), ["Norlac"]);
    }

    #[test]
    fn descriptions_resolve_by_learned_words_then_salience() {
        let mut c = Context::default();
        c.saw_sentence(&s(&["Bouygues", "SFR"]));
        c.saw_sentence(&s(&["SFR"]));
        c.learn_description(&s(&["le", "géant", "du", "btp"]), "Bouygues");
        assert_eq!(
            c.resolve(
                &Reference::Description(s(&["le", "groupe", "de", "btp"])),
                None,
                &[]
            ),
            ["Bouygues"]
        );
        assert_eq!(
            c.resolve(&Reference::Description(s(&["l'", "entreprise"])), None, &[]),
            ["SFR"]
        );
        assert_eq!(
            c.resolve(
                &Reference::Description(s(&["l'", "entreprise"])),
                None,
                &s(&["SFR"])
            ),
            ["Bouygues"]
        );
    }

    #[test]
    fn a_generic_head_a_deal_read_gives_way_to_the_subject_just_named() {
        let mut c = Context::default();
        c.saw_sentence(&s(&["Scoria", "Ternway"]));
        c.learn_resolved(&s(&["the", "company"]), "Scoria");
        c.saw_sentence(&s(&["Varnell"]));
        let opening = Reference::OpeningDescription(s(&["the", "company"]));
        assert_eq!(c.resolve(&opening, None, &[]), ["Varnell"]);
        // Told before the name, the head holds.
        c.learn_description(&s(&["the", "company"]), "Scoria");
        assert_eq!(c.resolve(&opening, None, &[]), ["Scoria"]);
    }

    #[test]
    fn a_bare_generic_head_stands_for_the_company_it_described_before_its_name() {
        let mut c = Context::default();
        c.saw_sentence(&s(&["Kolvane", "Pivea"]));
        c.learn_description(&s(&["le", "groupe", "industriel"]), "Kolvane");
        c.saw_sentence(&s(&["Pivea"]));
        assert_eq!(
            c.resolve(
                &Reference::OpeningDescription(s(&["le", "groupe"])),
                None,
                &[]
            ),
            ["Kolvane"]
        );
        // Another head still goes by salience.
        assert_eq!(
            c.resolve(
                &Reference::OpeningDescription(s(&["la", "société"])),
                None,
                &[]
            ),
            ["Pivea"]
        );
    }

    #[test]
    fn companies_counted_by_a_buyer_are_named_by_the_next_sentence_only_once() {
        let done = (Status::Completed, true);
        let mut c = Context::default();
        c.saw_counted_purchase("Varnell", done);
        c.saw_sentence(&s(&["Varnell"]));
        assert_eq!(
            c.take_counted_purchase(),
            Some(("Varnell".to_string(), done))
        );
        assert_eq!(c.take_counted_purchase(), None);
        // Two sentences on, the count is forgotten.
        c.saw_counted_purchase("Varnell", done);
        c.saw_sentence(&s(&["Varnell"]));
        c.saw_sentence(&[]);
        assert_eq!(c.take_counted_purchase(), None);
    }

    #[test]
    fn a_company_for_sale_is_remembered_two_sentences_and_until_its_buyer_is_told() {
        let announced = (Status::Announced, false);
        let mut c = Context::default();
        c.saw_for_sale("Ternway", Some("Pellow"), announced);
        c.saw_sentence(&s(&["Pellow", "Ternway"]));
        assert_eq!(
            c.recent_for_sale(),
            Some(("Ternway", Some("Pellow"), announced))
        );
        c.saw_sentence(&[]);
        assert!(c.recent_for_sale().is_some());
        c.saw_sentence(&[]);
        assert_eq!(c.recent_for_sale(), None);
        // A deal that names its buyer sells it.
        c.saw_for_sale("Ternway", None, announced);
        c.saw_deal(&[
            ("Ostrov".to_string(), Role::Acquirer),
            ("Ternway".to_string(), Role::Target),
        ]);
        assert_eq!(c.recent_for_sale(), None);
    }
}
