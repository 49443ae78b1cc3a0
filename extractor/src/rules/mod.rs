//! Reads one sentence into deal mentions. Organisations, amounts and
//! references become items; each trigger word looks left for its subject and
//! right for the organisations its prepositions introduce ("dans", "auprès
//! de", "by", "with"); its frame turns those slots into roles.
//!
//! In the order a sentence goes through them: `items` lays it out as
//! items, `sentence` holds them with their clause boundaries; `trigger`
//! reads each trigger word in the clause `bounds` gives it, once `confirm`
//! has checked its frame and `modifiers` that it is no modifier ("investment
//! banking", "buyout firm") (`buying` saying what a buying verb buys,
//! `founding` which venture a founding verb names, `facilities` when a
//! plant or project several companies build or invest in is their venture,
//! `raising` whether money
//! is raised or a round led or joined, `bids` whether an offer is a
//! takeover bid, `relatives` what a relative clause opened by a preposition
//! makes of the name before it), taking its subject from `subject`, its
//! other arguments from `slots` (lists of names from `lists`, and what a
//! bid's and a stake's prepositions name from `bid_slots`), whether that
//! subject acts in its deal from `acting` (who takes, sells or is meant by
//! a stake the noun's slots leave open from `stakes`), their roles from
//! `roles`, the
//! organisations its pronouns and descriptions stand for from `resolve`,
//! the parties its clause leaves implicit from `implicit`, and the phrase
//! shapes that change a reading from `shapes`, what a person bidding or
//! buying leaves of a deal from `people`, and the company holders
//! named as such sell from `holders`; `typing` turns the frame's
//! deal type by what the roles say, and `standing` reads the deal's
//! status, date and whether it fell through; `amounts` says which figures a
//! deal may take (`sizes` telling a company's size apart from a price),
//! picks a trigger's, and hands the ones no trigger took to a nearby deal;
//! `owners` moves to a party's slot the owner of what a deal is for
//! ("to maintain Corvia's fleet", "the stores run by Corvia");
//! `gapping` reads the further deals a verb told once gives ("bought A for
//! $2 billion and B for $1 billion"); `naming` the venture a sentence of
//! its own names ("The new company will be named Helion"); `adjuncts` the
//! phrases that set a deal's noun in an adjunct ("after the tender offer",
//! "as part of a partnership with Y"); `sequel` what a sentence that names
//! a deal told before by its noun alone says of where it stands ("The
//! acquisition was completed in March"); `later_buyer` the buyer a
//! sentence names for a company told sold or for sale just before ("The
//! buyer, Ostrov Capital, paid $300 million"), `suitors` the rumoured
//! buyers it names for one ("Dolvane and Norlac are among the suitors"),
//! and `cobidders` the partner a buyer teams up with for the bid told
//! before ("has teamed up with Linhai for the bid").

use dealwire_core::model::{Amount, Date, DealType, Role, Status};
use dealwire_core::tokens::Token;

use crate::amount::AmountMention;
use crate::coref::{Context, Reference};
use crate::triggers::{Frame, Predicates};
use amounts::{Use, amount_uses, orphan_amounts};
use items::build_items;
use sentence::{Item, Sentence};
pub use sequel::Sequel;
use trigger::read_trigger;

mod acting;
mod adjuncts;
mod amounts;
mod backers;
mod bid_slots;
mod bids;
mod bounds;
mod buying;
mod cobidders;
mod confirm;
mod counted;
mod facilities;
mod founding;
mod gapping;
mod groups;
mod holders;
mod implicit;
mod items;
mod later_buyer;
mod lists;
mod modifiers;
mod naming;
mod owners;
mod people;
mod purpose;
mod raising;
mod relatives;
mod remainder;
mod resolve;
mod roles;
mod sentence;
mod sequel;
mod series;
mod shapes;
mod sizes;
mod slots;
mod stakes;
mod standing;
mod subject;
mod suitors;
mod trigger;
mod typing;

/// A deal as one sentence states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Index of the sentence in the article.
    pub sentence: usize,
    /// Kind.
    pub deal_type: DealType,
    /// Canonical names with roles.
    pub parties: Vec<(String, Role)>,
    /// Amount, when the sentence gives one for this deal.
    pub amount: Option<Amount>,
    /// The sentence gives only a vague amount for this deal.
    pub vague_amount: bool,
    /// Status and whether a cue decided it.
    pub status: (Status, bool),
    /// Date the sentence gives.
    pub date: Option<Date>,
    /// Joint-venture vehicle.
    pub vehicle: Option<String>,
    /// How sure the reading is.
    pub confidence: f32,
    /// A bare "agreement with": absorbed by a more specific deal between the
    /// same parties.
    pub generic: bool,
    /// The clause says the deal fell through.
    pub cancelled: bool,
    /// ... and not only that one side rejected it: "withdrew", "called
    /// off", "abandoned", not "rejected" (a hostile bid rejected by its
    /// target may still go on).
    pub cancelled_outright: bool,
    /// A round with a target but neither investor nor amount ("il avait
    /// réalisé un nouveau tour de table"): kept only if a nearby sentence
    /// gives its amount.
    pub needs_amount: bool,
    /// Investors said to take part in a round told before ("Existing
    /// investors A and B also took part"): they join that round.
    pub joined: bool,
    /// A sale to a buyer the text describes without naming it ("to a group
    /// of investors"): an acquisition with no acquirer, kept.
    pub buyer_unnamed: bool,
    /// A bare agreement said to be like another ("signed a similar deal
    /// with Y"): it takes the kind of the last deal told of its subject.
    pub similar: bool,
    /// Told as coming after the events before it ("Microsoft later took a
    /// stake", "a ensuite pris"): a deal of its own, not a share of the
    /// round told just before.
    pub sequel: bool,
    /// Which side buys is a guess: a merger's ("A and B agreed to merge")
    /// names two equals.
    pub guessed_direction: bool,
    /// A holding told in a relative clause on a company ("Kelmix, in which
    /// Orvane holds a stake, raised"): no backer of the deal its sentence's
    /// main clause tells.
    pub aside: bool,
}

impl Mention {
    /// A deal read by a rule of its own rather than from a trigger's slots
    /// (a holding told in passing, a consortium's venture): its type,
    /// parties and status, nothing else told.
    fn told(
        sentence: usize,
        deal_type: DealType,
        parties: Vec<(String, Role)>,
        status: (Status, bool),
    ) -> Self {
        Mention {
            sentence,
            deal_type,
            parties,
            amount: None,
            vague_amount: false,
            status,
            date: None,
            vehicle: None,
            confidence: 0.6,
            generic: false,
            cancelled: false,
            cancelled_outright: false,
            needs_amount: false,
            joined: false,
            buyer_unnamed: false,
            similar: false,
            sequel: false,
            guessed_direction: false,
            aside: false,
        }
    }

    /// The names of the parties in any of `roles`, in the order read.
    fn names_in(&self, roles: &[Role]) -> Vec<&String> {
        self.parties
            .iter()
            .filter(|p| roles.contains(&p.1))
            .map(|p| &p.0)
            .collect()
    }
}

/// An amount a sentence gives for a deal it does not name ("la transaction
/// s'élève à 3,9 milliards d'euros").
#[derive(Clone, Debug, PartialEq)]
pub struct OrphanAmount {
    /// Sentence index.
    pub sentence: usize,
    /// The amount.
    pub amount: Amount,
    /// The kind of deal the sentence talks about, when it says.
    pub hint: Option<DealType>,
    /// The company valued ("Acme was valued at N"): the amount goes to its
    /// acquisition.
    pub target: Option<String>,
    /// The bidder whose offer this is ("Numericable a proposé 11,75
    /// milliards"): the amount goes to that bidder's acquisition.
    pub bidder: Option<String>,
    /// The deal noun is definite ("The deal, worth $30 billion"): it
    /// refers back, so the amount goes to a deal told before or with it.
    pub refers_back: bool,
    /// The organisations the sentence names outright: a deal told after
    /// the sum is priced by it only if they are its parties.
    pub names: Vec<String>,
}

/// What one sentence tells.
#[derive(Debug, Default)]
pub struct Reading {
    /// The deals it states.
    pub mentions: Vec<Mention>,
    /// Amounts it gives for a deal it does not name.
    pub orphans: Vec<OrphanAmount>,
    /// What it says of where a deal told before stands.
    pub sequel: Option<Sequel>,
}

/// What the pipeline knows about a sentence before reading it.
pub struct SentenceInput<'a> {
    /// Index in the article.
    pub index: usize,
    /// The sentence's text; token offsets are relative to it.
    pub text: &'a str,
    /// Tokens.
    pub toks: &'a [Token],
    /// Organisations: (first token, last token, canonical name).
    pub orgs: &'a [(usize, usize, String)],
    /// Amounts.
    pub amounts: &'a [AmountMention],
    /// Currency to assume when an amount states none.
    pub default_currency: &'a str,
    /// The predicate lexicon.
    pub predicates: &'a Predicates,
}

/// The longest run of organisations the sentence coordinates ("A, B et
/// C"), by name.
fn longest_list(s: &Sentence<'_>) -> Vec<String> {
    let mut best: Vec<usize> = Vec::new();
    let mut k = 0;
    while k < s.items.len() {
        if matches!(s.items[k].2, Item::Ref(Reference::Org(_))) {
            let mut group = vec![k];
            let end = lists::extend_right(s, k, s.items.len(), &mut group);
            if group.len() > best.len() {
                best = group;
            }
            k = end.max(k + 1);
        } else {
            k += 1;
        }
    }
    let mut names: Vec<String> = Vec::new();
    for k in best {
        if let Item::Ref(Reference::Org(o)) = &s.items[k].2
            && !names.contains(o)
        {
            names.push(o.clone());
        }
    }
    names
}

/// The names of a mention's parties, sorted: what two readings of one deal
/// have in common.
fn sorted_names(m: &Mention) -> Vec<&String> {
    let mut names: Vec<&String> = m.parties.iter().map(|p| &p.0).collect();
    names.sort();
    names
}

/// Whether items `a` and `b` stand in one clause: no clause break between
/// them (see `Sentence::clause_break`).
fn same_clause(s: &Sentence<'_>, a: usize, b: usize) -> bool {
    // "Ynsect, qui a levé 50 millions, signe un accord avec Nestlé": a
    // relative clause is a clause of its own.
    let (first, last) = (a.min(b), a.max(b));
    let relative = s
        .relative_clause(0, first, first + 1, s.items.len())
        .is_some_and(|(_, close)| close < last);
    !relative && !(first..last).any(|k| s.clause_break(k))
}

/// The organisations a sentence names outright, in order (references
/// resolved later are not among them).
fn named_outright(s: &Sentence<'_>) -> Vec<String> {
    s.items
        .iter()
        .filter_map(|(_, _, it)| match it {
            Item::Ref(Reference::Org(o)) => Some(o.clone()),
            _ => None,
        })
        .collect()
}

/// Reads a sentence.
pub fn read_sentence(input: &SentenceInput<'_>, ctx: &mut Context) -> Reading {
    let s = Sentence::new(input, build_items(input, ctx));
    let uses: Vec<Use> = amount_uses(input.toks, input.amounts, input.orgs);
    // "The consortium comprises A, B and C": the members of a group told
    // just before, named now.
    let named_group = ctx.recent_group().cloned().and_then(|g| {
        let members = groups::members(&s, &g);
        (!members.is_empty()).then_some((g, members))
    });
    let mut mentions = Vec::new();
    // The item each mention's trigger stands at.
    let mut at: Vec<usize> = Vec::new();
    let mut used_amounts = vec![false; input.amounts.len()];
    // "A and B are both bidding for Z": bidders in competition.
    let words = s.words(0, s.items.len());
    let rivals = words.iter().enumerate().any(|(k, w)| {
        (matches!(*w, "vie" | "vies") && crate::status::vies_for(words, k))
            || matches!(
            *w,
            "both" | "rival" | "rivals" | "competing" | "separately" | "rivaux" | "concurrentes"
                // Suitors court a company each on its own.
                | "courted" | "wooed" | "suitors" | "prétendants"
                // Vying for a company is competing with the other bidders.
                | "vying" | "vied" | "compete" | "competes" | "competed"
                | "disputent" | "disputer" | "disputaient"
                // "sont en lice pour racheter Y": in the running.
                | "lice"
        )
    })
        // "attracted takeover interest from A and B": each bidder's own;
        // "A and B are locked in a bidding war for Y": bidders against
        // each other.
        || words.windows(2).any(|w| {
            (matches!(w[0], "takeover" | "buyout" | "acquisition") && w[1] == "interest")
                || matches!(w, ["bidding", "war" | "contest"])
        })
        // "A and B are among the bidders for Y", "font partie des candidats
        // à la reprise de Y": bidders in a field of several.
        || words.windows(3).any(|w| {
            matches!(
                w,
                ["among", "the", "bidders" | "contenders" | "finalists"]
                    | ["partie" | "parmi", "des" | "les", "candidats" | "enchérisseurs"]
            )
        });
    // Every deal names or points at a party: without one, no trigger can
    // yield a mention, so none is read.
    let has_ref = s.items.iter().any(|(_, _, it)| matches!(it, Item::Ref(_)));
    // Whether a sale's word was read: a sale with no buyer named reads no
    // deal, and its price goes to no other.
    let mut sale_told = false;
    let mut k = if has_ref { 0 } else { s.items.len() };
    while k < s.items.len() {
        if !matches!(s.items[k].2, Item::Word) {
            k += 1;
            continue;
        }
        let Some((frame, len)) = input.predicates.trigger_at(input.toks, s.items[k].0) else {
            k += 1;
            continue;
        };
        sale_told |= frame == Frame::Sell;
        let end = (k + len).min(s.items.len());
        let read = read_trigger(&s, k, end, frame, &uses, &mentions, ctx);
        tracing::trace!(
            sentence = input.index,
            token = s.items[k].0,
            ?frame,
            parties = ?read.as_ref().map(|(m, _)| &m.parties),
            "trigger read"
        );
        // "A will invest $5 billion and B $10 billion in Y": one verb for
        // two investors, each with its sum, read apart.
        let gapped = if matches!(frame, Frame::InvestVerb | Frame::InvestAmountVerb) {
            gapping::gapped_investors(&s, k, end)
        } else {
            Vec::new()
        };
        if !gapped.is_empty() {
            for m in gapped {
                ctx.saw_deal(&m.parties);
                mentions.push(m);
                at.push(k);
            }
            k = end;
            continue;
        }
        if let Some((mut m, amount_idx)) = read {
            if let Some(a) = amount_idx {
                used_amounts[a] = true;
            }
            // "attracted Acme to lead the round — a $16 million Series A":
            // a lone party already read in another role of the same kind of
            // deal in this sentence is that deal's, not a deal of its own.
            let conflicting = m.parties.len() == 1
                && mentions.iter().any(|e: &Mention| {
                    e.sentence == m.sentence
                        && e.deal_type == m.deal_type
                        && e.parties
                            .iter()
                            .any(|p| p.0 == m.parties[0].0 && p.1 != m.parties[0].1)
                });
            // "Kappa approached Sarn about a possible takeover": the same
            // parties read again by a later trigger of the same kind of deal
            // are that deal, in the roles the first reading gave them.
            let names = sorted_names(&m);
            // "joined the partnership": the tie a venture's reading gave
            // them is the one its noun names again.
            let same = |e: &Mention| {
                e.sentence == m.sentence
                    && (e.deal_type == m.deal_type
                        || (e.deal_type == DealType::JointVenture
                            && m.deal_type == DealType::Partnership))
                    && sorted_names(e) == names
            };
            let repeated = names.len() >= 2 && mentions.iter().any(same);
            // "signed an agreement to buy LNG from Y": a surer reading
            // (the verb's) that gives the roles a bare agreement gave
            // vouches for them.
            if repeated
                && let Some(e) = mentions.iter_mut().find(|e: &&mut Mention| {
                    same(e)
                        && e.confidence < m.confidence
                        && m.parties.iter().all(|p| e.parties.contains(p))
                })
            {
                e.confidence = m.confidence;
            }
            // "was backed by A and B, which led its $12 million Series A":
            // the later reading may give the amount the first one lacked.
            if repeated
                && m.amount.is_some()
                && let Some(e) = mentions
                    .iter_mut()
                    .find(|e: &&mut Mention| same(e) && e.amount.is_none() && !e.vague_amount)
            {
                e.amount = m.amount.clone();
            }
            // "Les investisseurs existants, dont A et B, ont également
            // participé": a later reading that says they joined a round
            // told before says it of the first one too.
            if repeated
                && m.joined
                && let Some(e) = mentions.iter_mut().find(|e: &&mut Mention| same(e))
            {
                e.joined = true;
            }
            // "à laquelle Y, qui détient 18 % du capital, s'est engagé à
            // souscrire": a holder a relative told aside, read again outside
            // it, is a party of its sentence's deal, not only of the aside.
            if repeated
                && !m.aside
                && let Some(e) = mentions
                    .iter_mut()
                    .find(|e: &&mut Mention| same(e) && e.aside)
            {
                e.aside = false;
            }
            // "un accord de partenariat avec Y": the bare agreement read
            // first is the partnership the noun after it names.
            if repeated
                && !m.generic
                && let Some(e) = mentions
                    .iter_mut()
                    .find(|e: &&mut Mention| same(e) && e.generic)
            {
                e.generic = false;
            }
            // "agreed to be bought by a group of investors including A and
            // B": the investors a purchase names are its buyers, not
            // investors in a deal of their own.
            let buyers_described = m.deal_type == DealType::Investment
                && mentions.iter().any(|e: &Mention| {
                    e.sentence == m.sentence
                        && e.deal_type == DealType::Acquisition
                        && sorted_names(e) == names
                });
            if conflicting
                || repeated
                || buyers_described
                || (frame == Frame::LeadVerb && raising::join_co_leads(&s, k, &m, &mut mentions))
            {
                k = end;
                continue;
            }
            ctx.saw_deal(&m.parties);
            if m.deal_type == DealType::JointVenture {
                ctx.saw_joint_venture();
            }
            if let Some(v) = &m.vehicle {
                ctx.saw_venture(v);
            }
            if m.deal_type == DealType::Investment
                && let Some(target) = m.parties.iter().find(|p| p.1 == Role::Target)
            {
                ctx.saw_round(&target.0);
            }
            // "bought Slack for $27.7 billion and Tableau for $15.7
            // billion": one deal per object and price.
            let gapped = if matches!(
                frame,
                Frame::Acquire | Frame::InvestVerb | Frame::InvestAmountVerb
            ) {
                let mut gapped = gapping::gapped_deals(&s, end, &m);
                // "invested $1 billion in Y, $300 million in Z and ...".
                if frame != Frame::Acquire {
                    gapped.extend(gapping::sums_in_each(&s, end, &mut m));
                }
                gapped
            } else {
                Vec::new()
            };
            // "signed similar agreements with A and B": one deal each.
            // ("a noué des partenariats avec A, B et C": the noun may
            // follow the verb that triggered.)
            let several = (k..(k + 3).min(s.items.len()))
                .take_while(|&j| s.items[j].2 == Item::Word)
                .any(|j| s.is_in(j, &crate::lexicon::PLURAL_DEALS));
            // ("worth $1 billion each": one sum for every one of them; asked
            // only of deals in the plural, the only ones split.)
            let each = several
                && s.words(0, s.items.len())
                    .iter()
                    .any(|w| matches!(*w, "each" | "apiece" | "chacun" | "chacune"));
            // ("A and B have made offers for Y", "ont déposé des offres sur
            // Y": offers in the plural, one each.)
            let plural_offers = frame == Frame::Offer
                && (k..end).any(|j| s.is_word(j, &["offers", "bids", "offres"]));
            // "raised $8 billion from A and $3 billion from B": one deal each.
            let each_sum = if frame == Frame::RaiseVerb {
                gapping::sums_from_each(&s, end, m)
            } else if frame == Frame::Sell {
                // "sold Kelmix to Tessera and Pivex to Halvern": one sale
                // each.
                gapping::sales_to_each(&s, end, m)
            } else if frame == Frame::Acquire {
                // "bought Kelmix from Tessera and Pivex from Halvern".
                gapping::purchases_from_each(&s, end, m)
            } else {
                vec![m]
            };
            for m in each_sum
                .into_iter()
                .flat_map(|m| roles::split_counterparts(m, several, each))
                .flat_map(|m| roles::split_respectively(&s, m, k))
            {
                for m in roles::split_targets(m, |name| amounts::own_sum(&s, name)) {
                    for m in roles::split_rivals(m, rivals || plural_offers) {
                        mentions.push(m);
                        at.push(k);
                    }
                }
            }
            for g in gapped {
                mentions.push(g);
                at.push(k);
            }
        }
        k = end;
    }
    // "Stellantis s'associe à Leapmotor dans une coentreprise", "teamed up
    // with Y in a joint venture": partners whose tie-up takes the form of a
    // venture form that venture.
    for (m, &k) in mentions.iter_mut().zip(&at) {
        if m.deal_type == DealType::Partnership
            && let Some(v) = (k + 1..s.items.len().min(k + 8)).find(|&j| {
                s.items[j].2 == Item::Word
                    && matches!(
                        input.predicates.trigger_at(input.toks, s.items[j].0),
                        Some((Frame::JointVenture, _))
                    )
            })
            && (k + 1..v).any(|j| s.is_word(j, &["dans", "in", "through", "via", "into"]))
            && same_clause(&s, k, v)
        {
            m.deal_type = DealType::JointVenture;
        }
    }
    // "Orvane s'associe à Tessera pour racheter Kelmix": partners who team
    // up to buy are the buyers of one deal, not a partnership beside it.
    let buyers: Vec<Vec<&String>> = mentions
        .iter()
        .filter(|m| matches!(m.deal_type, DealType::Acquisition | DealType::Investment))
        .map(|m| {
            let mut v = m.names_in(&[Role::Acquirer, Role::Investor]);
            v.sort();
            v
        })
        .filter(|v| v.len() >= 2)
        .collect();
    let teamed: Vec<bool> = mentions
        .iter()
        .map(|m| m.deal_type == DealType::Partnership && buyers.contains(&sorted_names(m)))
        .collect();
    let (kept, kept_at): (Vec<Mention>, Vec<usize>) = mentions
        .into_iter()
        .zip(at)
        .zip(teamed)
        .filter(|(_, teamed)| !teamed)
        .map(|(pair, _)| pair)
        .unzip();
    let (mut mentions, mut at) = (kept, kept_at);
    // "acquérir Datix auprès du fonds Ardent, qui en détenait 70 %": what
    // a seller held of the company it sells is no deal of its own.
    let sold: Vec<(String, String)> = mentions
        .iter()
        .flat_map(|m| {
            let targets = m.names_in(&[Role::Target]);
            m.names_in(&[Role::Seller])
                .into_iter()
                .flat_map(move |seller| {
                    targets
                        .clone()
                        .into_iter()
                        .map(|t| (seller.clone(), t.clone()))
                })
        })
        .collect();
    if !sold.is_empty() {
        let held_by_seller = |m: &Mention| {
            let buyers = m.names_in(&[Role::Acquirer, Role::Investor]);
            let targets = m.names_in(&[Role::Target]);
            matches!((buyers.as_slice(), targets.as_slice()), ([b], [t]) if sold.iter().any(|(x, y)| x == *b && y == *t))
        };
        // ("Orvane, which acquired Kelmix in 2018, sold it to Tessera": a
        // purchase told by a buying verb is the seller's own earlier deal;
        // "Tarrin sold Kelmix to Orvane, which sold it to Tessera two years
        // later": so is one told by a selling verb.)
        retain_mentions(&mut mentions, &mut at, |m, k| {
            !held_by_seller(m) || matches!(s.frame_at(k), Some(Frame::Acquire | Frame::Sell))
        });
    }
    if let Some((group, members)) = named_group {
        // What the members are said to do here ("will own 5.8% in total")
        // is their part in the group's deal, not a deal of its own.
        let acting = |m: &Mention| {
            let mut acting = m
                .parties
                .iter()
                .filter(|p| matches!(p.1, Role::Acquirer | Role::Investor | Role::Partner))
                .peekable();
            acting.peek().is_some() && acting.all(|p| members.contains(&p.0))
        };
        retain_mentions(&mut mentions, &mut at, |m, _| !acting(m));
        mentions.push(groups::members_deal(input.index, &group, members));
        at.push(0);
    }
    // "The new company will be named Helion": the venture the partners
    // told just before form.
    // ("The new company, owned equally by the two groups, will be named
    // Helion": a venture read in it without its name takes the name.)
    let unnamed_venture =
        |m: &Mention| m.deal_type == DealType::JointVenture && m.vehicle.is_none();
    if mentions.iter().all(unnamed_venture)
        && let Some(m) = naming::venture_named(&s, ctx)
    {
        if mentions.is_empty() {
            mentions.push(m);
            at.push(0);
        } else {
            for v in &mut mentions {
                v.vehicle.clone_from(&m.vehicle);
            }
        }
    }
    // "The alliance also includes A, B and C": members of the venture told
    // last, unless the sentence tells their part otherwise.
    // ("The alliance also includes A and B" reads the alliance's noun as a
    // partnership of its members: that reading goes.)
    // ("The Helios Partnership, formed by A and B, has been joined by C":
    // the venture this sentence tells comes first.)
    let told_venture = || {
        mentions
            .iter()
            .find(|m| m.deal_type == DealType::JointVenture)
            .and_then(|m| m.vehicle.clone())
    };
    if let Some(venture) = told_venture()
        .or_else(|| ctx.last_venture())
        .or_else(|| groups::venture_opening(&s))
        && let Some(m) = groups::venture_members(&s, input.index, &venture)
    {
        let member = |name: &String| m.parties.iter().any(|q| &q.0 == name);
        let tie = |o: &Mention| {
            matches!(o.deal_type, DealType::Partnership | DealType::JointVenture)
                && o.parties.iter().all(|p| member(&p.0))
        };
        retain_mentions(&mut mentions, &mut at, |o, _| !tie(o));
        if !mentions
            .iter()
            .any(|o| o.parties.iter().any(|p| member(&p.0)))
        {
            mentions.push(m);
            at.push(0);
        }
    }
    // "A consortium of A, B and C will build a $30 billion campus": a
    // group formed for a project of its own, when nothing else is told.
    if mentions.is_empty()
        && let Some(m) = groups::consortium_venture(&s, input.index)
    {
        mentions.push(m);
        at.push(0);
    }
    // "A signed an agreement with B to buy C": a bare agreement whose
    // party makes a more specific deal in the same sentence is that deal's.
    // Only within one clause: "X turned to B for computing power, and Y
    // signed an agreement with B" tells two deals.
    let specific: Vec<(usize, Vec<String>)> = mentions
        .iter()
        .zip(&at)
        .filter(|(m, _)| !m.generic)
        .map(|(m, &k)| (k, m.parties.iter().map(|p| p.0.clone()).collect()))
        .collect();
    let keep: Vec<bool> = mentions
        .iter()
        .zip(&at)
        .map(|(m, &k)| {
            // The specific deal is told before the agreement ("acquired Y
            // in a deal with Z") or as its purpose ("an agreement with B to
            // buy C"); "an agreement with Oracle and a partnership with
            // Broadcom" are two deals.
            !m.generic
                || !specific.iter().any(|(j, names)| {
                    same_clause(&s, k, *j)
                        // ("X, already a shareholder of Y, signed a deal
                        // with Z": a holding in an aside is no deal the
                        // agreement is part of.)
                        // ("bought Y and signed a licensing agreement
                        // with Z", "X's purchase of Y and a licensing
                        // agreement with Z": an agreement coordinated after
                        // the deal is one of its own.)
                        && ((*j < k
                            && !(s.frame_at(*j) == Some(Frame::InvestorNoun)
                                && (*j..k).any(|c| s.norm(c) == ","))
                            && !(*j..k).any(|c| s.is_word(c, &["and", "et"])))
                            || purpose_verb_at(&s, *j))
                        && m.parties.iter().any(|p| names.contains(&p.0))
                })
        })
        .collect();
    let mut keep = keep.into_iter();
    mentions.retain(|_| keep.next().unwrap_or(true));
    // "Naspers-backed Prosus", "Microsoft, OpenAI's largest investor,":
    // a holding told in passing (after the step above: a holding is no
    // deal a bare agreement of its holder's would be part of).
    let told = backers::told_in_appositions(&s);
    let compounds = shapes::named_compounds(&s);
    let told_in_passing = compounds.backed.into_iter().chain(told.holdings);
    for (investor, target) in told_in_passing {
        mentions.push(Mention::told(
            input.index,
            DealType::Investment,
            vec![(investor, Role::Investor), (target, Role::Target)],
            (Status::Completed, false),
        ));
    }
    // "Orvane-owned Kestane was sold to Pivex": the owner written into the
    // adjective sells.
    // ("Kestane, a unit of Orvane, was sold": so does a unit's owner named
    // in apposition.)
    let owners: Vec<(String, String)> = compounds
        .owned
        .into_iter()
        .chain(shapes::unit_owners(&s))
        .collect();
    if !owners.is_empty() {
        for m in mentions.iter_mut().filter(|m| {
            m.deal_type == DealType::Acquisition && !m.parties.iter().any(|p| p.1 == Role::Seller)
        }) {
            let sellers: Vec<String> = owners
                .iter()
                .filter(|(owner, owned)| {
                    m.parties
                        .iter()
                        .any(|p| p.1 == Role::Target && p.0 == *owned)
                        && !m.parties.iter().any(|p| p.0 == *owner)
                })
                .map(|(owner, _)| owner.clone())
                .collect();
            m.parties
                .extend(sellers.into_iter().map(|o| (o, Role::Seller)));
        }
    }
    // "bought a majority stake in Quibble from Norlac and Tessel, which
    // together held 70%": the holding its sellers had is the stake sold,
    // none of theirs any more.
    let sold_holdings: Vec<(Vec<String>, String)> = mentions
        .iter()
        .filter(|m| m.deal_type == DealType::Acquisition)
        .filter_map(|m| {
            let target = m.parties.iter().find(|p| p.1 == Role::Target)?.0.clone();
            let sellers: Vec<String> = m.names_in(&[Role::Seller]).into_iter().cloned().collect();
            (!sellers.is_empty()).then_some((sellers, target))
        })
        .collect();
    if !sold_holdings.is_empty() {
        mentions.retain(|m| {
            !(m.deal_type == DealType::Investment
                && m.aside
                && sold_holdings.iter().any(|(sellers, target)| {
                    m.parties
                        .iter()
                        .any(|p| p.1 == Role::Target && p.0 == *target)
                        && m.parties
                            .iter()
                            .filter(|p| p.1 == Role::Investor)
                            .all(|p| sellers.contains(&p.0))
                }))
        });
    }
    for (buyer, target) in told.bought {
        mentions.push(Mention::told(
            input.index,
            DealType::Acquisition,
            vec![(buyer, Role::Acquirer), (target, Role::Target)],
            (Status::Completed, false),
        ));
    }
    // "Kelmora agreed to buy two software companies. The companies are A
    // and B": the companies a buyer counted just before, named.
    if mentions.is_empty() {
        for m in counted::named_after(&s, ctx) {
            ctx.saw_deal(&m.parties);
            mentions.push(m);
        }
    }
    // "Pellow sold its Ternway unit. The buyer, Ostrov Capital, paid $300
    // million": the buyer of a company told sold or for sale just before.
    if mentions.is_empty()
        && let Some((m, sum)) = later_buyer::buyer_told(&s, ctx)
    {
        if let Some(a) = sum {
            used_amounts[a] = true;
        }
        ctx.saw_deal(&m.parties);
        mentions.push(m);
    }
    // "Quellin is exploring a sale of its unit. Dolvane and Norlac are
    // among the suitors": the rumoured buyers of a company told for sale
    // just before.
    // ("Bidders for Y include A and B": so are those a noun of bidders
    // lists with the company they bid for.)
    if mentions.is_empty() {
        let listed = suitors::suitors_listed(&s);
        let told = if listed.is_empty() {
            suitors::suitors_told(&s, ctx)
        } else {
            listed
        };
        for m in told {
            ctx.saw_deal(&m.parties);
            mentions.push(m);
        }
    }
    // "Kinloch is bidding for Daxter. It has teamed up with Linhai for the
    // bid": the partner bids with the buyer.
    if let Some(m) = cobidders::teamed_for_bid(&s, &mentions, ctx) {
        ctx.saw_deal(&m.parties);
        mentions = vec![m];
    }
    let mut named = named_outright(&s);
    // "In January it agreed to acquire Pylon. It also partnered with
    // Verity": a sentence whose subject is a pronoun keeps the subject the
    // pronoun stood for, for the next sentence's pronoun.
    // "The San Francisco-based firm plans ... Last year it bought Y": so
    // does a sentence opening with a description, for what it stood for.
    // ("The group, Cyacq Acquisition Corp, said": a name in apposition
    // says itself what the description stands for.)
    // "Fondée en 2019 par deux anciens de Thales, la start-up compte...":
    // a participle opening the sentence fronts a phrase of its own; the
    // subject comes after its comma.
    // (An apposition on the founder may follow before the subject:
    // "Fondée par June Paik, un ancien de Samsung, FuriosaAI a levé".)
    let fronted = s.participle_phrase_end().map_or(0, |comma| comma + 1);
    // "In a filing with the SEC, Louart said", "Dans un communiqué à
    // l'AMF, Kelmix a...": a name right after a fronted phrase's comma is
    // the subject, not one inside the phrase.
    let fronted = if fronted == 0 && s.is_word(0, &["in", "dans", "under", "according", "selon"]) {
        (1..s.items.len().min(16))
            .find(|&k| s.norm(k) == ",")
            .filter(|&c| s.org_at(c + 1).is_some())
            .map_or(0, |c| c + 1)
    } else {
        fronted
    };
    let first_ref = s
        .items
        .iter()
        .enumerate()
        .skip(fronted)
        .find_map(|(k, (_, _, it))| match it {
            Item::Ref(r) => Some((k, r)),
            _ => None,
        });
    // "Its clients include Pivane. It signed ...", "Ses clients sont A et
    // B": a sentence opening with a possessive is about the subject told
    // before, whoever it names.
    let opens_possessive = fronted < s.items.len()
        && s.items[fronted].2 == Item::Word
        && s.is_word(fronted, sentence::POSSESSIVES);
    let subject = match first_ref {
        _ if opens_possessive => ctx.recent_subject(),
        Some((_, Reference::Pronoun)) => ctx.recent_subject(),
        // "Other investors included A, B, C and D": a list of three or more
        // after a word that introduces members is no antecedent of a later
        // "it"; the subject told before stays. ("The firm of Spear, Leeds
        // and Kellogg said it" names one firm.)
        Some((k, Reference::Org(_)))
            if k > 0 && s.is_word(k - 1, MEMBER_OPENERS) && {
                let mut group = vec![k];
                lists::extend_right(&s, k, s.items.len(), &mut group);
                group.len() >= 3
            } =>
        {
            ctx.recent_subject()
        }
        // "Fondée par June Paik, un ancien de Samsung, FuriosaAI a levé":
        // the name after a fronted participle's phrase is the subject.
        Some((_, Reference::Org(o))) if fronted > 0 => Some(o.clone()),
        // "L'opération, qui doit recevoir le feu vert de l'Autorité de la
        // concurrence, ...": a first name inside a relative clause on
        // words that name none is no subject; the one told before stays.
        Some((k, Reference::Org(_))) if in_opening_relative(&s, k) => ctx.recent_subject(),
        // "Ce contrat, le plus important de l'histoire du groupe, conforte
        // ...": a description inside an aside on an opening noun that
        // names none is no subject either.
        Some((k, Reference::Description(_))) if in_opening_aside(&s, k) => ctx.recent_subject(),
        Some((k, d @ (Reference::Description(_) | Reference::OpeningDescription(_))))
            if !(k + 2 < s.items.len()
                && s.norm(k + 1) == ","
                && matches!(s.items[k + 2].2, Item::Ref(Reference::Org(_)))) =>
        {
            ctx.resolve(d, None, &[]).into_iter().next()
        }
        _ => None,
    };
    if let Some(subject) = subject {
        named.retain(|o| *o != subject);
        named.insert(0, subject);
    }
    ctx.saw_sentence(&named);
    ctx.saw_list(longest_list(&s));
    let orphans = if mentions.is_empty() && sale_told {
        Vec::new()
    } else {
        let mut orphans = orphan_amounts(&s, &uses, &used_amounts);
        if !orphans.is_empty() {
            let names = named_outright(&s);
            for o in &mut orphans {
                o.names.clone_from(&names);
            }
        }
        orphans
    };
    let sequel = if mentions.is_empty() {
        sequel::sequel(&s)
    } else {
        None
    };
    Reading {
        mentions,
        orphans,
        sequel,
    }
}

/// Words after which a list names members, not a subject: "included A, B
/// and C", "from A, B and C", "parmi A, B et C".
const MEMBER_OPENERS: &[&str] = &[
    "included",
    "include",
    "includes",
    "including",
    "from",
    "with",
    "by",
    "alongside",
    "among",
    "as",
    "are",
    "were",
    "dont",
    "notamment",
    "parmi",
    "auprès",
];

/// French object clitics (see `lexicon::CLITICS`).
pub(super) use crate::lexicon::CLITICS;

/// Whether the trigger at item `j` is the verb of a purpose clause: "to
/// buy", "pour racheter", "pour lui vendre" (a clitic pronoun may stand
/// between).
fn purpose_verb_at(s: &Sentence<'_>, j: usize) -> bool {
    const OPENERS: &[&str] = &["to", "pour", "de", "d'"];
    let opens = |v: usize| {
        (v > 0 && s.is_word(v - 1, OPENERS))
            || (v > 1 && s.is_word(v - 1, CLITICS) && s.is_word(v - 2, OPENERS))
    };
    // ("pour lui racheter sa participation": a stake read by its own noun,
    // bought by a verb of purpose just before.)
    opens(j)
        || (s.frame_at(j) == Some(Frame::StakeNoun)
            && (j.saturating_sub(4)..j).any(|v| s.frame_at(v) == Some(Frame::Acquire) && opens(v)))
}

/// Keeps the mentions `keep` accepts, given each with the item its trigger
/// was read at, and keeps those positions beside them.
fn retain_mentions(
    mentions: &mut Vec<Mention>,
    at: &mut Vec<usize>,
    keep: impl Fn(&Mention, usize) -> bool,
) {
    let (kept, kept_at): (Vec<Mention>, Vec<usize>) = std::mem::take(mentions)
        .into_iter()
        .zip(std::mem::take(at))
        .filter(|(m, k)| keep(m, *k))
        .unzip();
    *mentions = kept;
    *at = kept_at;
}

/// Whether the item at `k` sits inside an aside set off by commas on the
/// noun phrase opening the sentence, which names no organisation ("Ce
/// contrat, le plus important de l'histoire du groupe, conforte", "The
/// deal, the largest in the group's history, gives").
fn in_opening_aside(s: &Sentence<'_>, k: usize) -> bool {
    let Some(open) = (1..k).find(|&j| s.norm(j) == ",") else {
        return false;
    };
    s.is_word(0, &["ce", "cet", "cette", "the", "this", "le", "la", "l'"])
        && (0..k).all(|j| matches!(s.items[j].2, Item::Word | Item::Punct))
        && (1..open).all(|j| s.items[j].2 == Item::Word)
        && (k + 1..s.items.len()).any(|j| s.norm(j) == ",")
}

/// Whether the sentence's first name, at item `k`, stands inside a relative
/// clause set off by commas on words that name no organisation ("L'opération,
/// qui doit recevoir le feu vert de l'Autorité, devrait ...").
fn in_opening_relative(s: &Sentence<'_>, k: usize) -> bool {
    let Some(open) = (1..k).find(|&j| s.norm(j) == ",") else {
        return false;
    };
    s.is_word(open + 1, &["qui", "which", "who", "that", "dont"])
        && (open + 2..k).all(|j| matches!(s.items[j].2, Item::Word))
        && (k + 1..s.items.len()).any(|j| s.norm(j) == ",")
}
