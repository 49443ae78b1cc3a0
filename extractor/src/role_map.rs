//! Frames and their role maps: the frames a predicate may read its sentence
//! with and, for each, the deal type it gives and which argument of the
//! sentence takes which role, per form of the trigger (active, passive,
//! nominal) and under conditions. The maps are data
//! (`data/predicates/roles.txt`, format described there), read with the
//! predicates by `triggers` and extendable by the same user file;
//! `rules::roles` applies them.

use dealwire_core::model::{DealType, Role};

use crate::error::Error;

/// How a trigger's sentence maps onto parties and roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// "X investit N dans Y", "X invests in Y", "X backs Y".
    InvestVerb,
    /// Same, but only with an amount: "X a avancé 4 milliards", "X put $4bn".
    InvestAmountVerb,
    /// "un investissement de X dans Y", "X's investment in Y".
    InvestNoun,
    /// "X, investisseur de Y", "X is an investor in Y".
    InvestorNoun,
    /// "une participation de X dans Y", "X's stake in Y".
    StakeNoun,
    /// "Y lève N auprès de X", "Y raises N from X".
    RaiseVerb,
    /// "Y accueille X à son capital", "Y fait entrer X au capital de Z",
    /// "Y welcomed X as a shareholder": a company bringing an investor
    /// into its capital, the investor its object.
    Welcome,
    /// "une levée de N (auprès de X)", "a round led by X".
    RaiseNoun,
    /// "X led the round", "X mène le tour".
    LeadVerb,
    /// "A and B also took part", "A a participé à l'opération": investors
    /// taking part in a round the article has just told.
    JoinRound,
    /// "X rachète Y", "X acquires Y", "le rachat de Y par X".
    Acquire,
    /// "X sells Y to Z", "X cède Y à Z", "the sale of Y to Z": Z acquires
    /// Y, and X is the seller.
    Sell,
    /// "Y became a subsidiary of X", "Y passe sous le contrôle de X": told
    /// from the target's side.
    AcquiredBy,
    /// "X paid $2 billion for Y", "X a déboursé 2 milliards pour Y": a
    /// price paid for a company buys it. Only with an amount.
    Pay,
    /// "l'offre de X sur Y", "Cisco's offer for Acacia".
    Offer,
    /// "X and Y agreed to merge", "X will merge with Y", "la fusion entre X
    /// et Y": the first named takes over the other.
    Merge,
    /// "X et Y créent une coentreprise", "a joint venture".
    JointVenture,
    /// "A, B and C launched the Kelmix Alliance": founding a venture named
    /// as one, its founders its partners. Only with such a name after it.
    Found,
    /// "A and B joined the Kelmix Alliance", "Nvidia has since joined the
    /// partnership": new partners of a venture named, or told just before.
    JoinVenture,
    /// "X s'associe à Y", "X partners with Y", "un partenariat avec".
    Partner,
    /// "un accord entre X et Y": a deal of unknown kind.
    Agreement,
    /// "X achète N de services à Y", "X will spend N on Y's chips".
    BuyServices,
    /// "X remporte le contrat de Y", "X wins a contract from Y".
    WinContract,
    /// "X picked Y to supply radio equipment", "Y was selected by X as its
    /// supplier", "X a confié à Y la construction de": choosing a supplier
    /// for a stated job. Only with that job.
    Select,
    /// "X fournira Y", "X, fournisseur de Y".
    Supply,
    /// "X, a customer of Y", "Y's largest customer, X,", "X, client de Y":
    /// a company told as another's customer buys from it.
    CustomerNoun,
    /// "Y's new owner, X,", "X, the new owner of Y", "le nouveau
    /// propriétaire de Y, X,": a company told as another's new owner has
    /// bought it.
    NewOwner,
    /// "X will design custom chips for Y", "X fabriquera des batteries pour
    /// Y": making goods for a customer, only under a deal (see
    /// `rules::buying::made_for_customer`).
    MakeFor,
}

/// Every frame with its name in the lexicon files.
pub(crate) const FRAMES: &[(&str, Frame)] = &[
    ("invest", Frame::InvestVerb),
    ("invest-amount", Frame::InvestAmountVerb),
    ("investment", Frame::InvestNoun),
    ("investor", Frame::InvestorNoun),
    ("stake", Frame::StakeNoun),
    ("raise", Frame::RaiseVerb),
    ("welcome", Frame::Welcome),
    ("round", Frame::RaiseNoun),
    ("lead", Frame::LeadVerb),
    ("join-round", Frame::JoinRound),
    ("acquire", Frame::Acquire),
    ("sell", Frame::Sell),
    ("acquired-by", Frame::AcquiredBy),
    ("pay", Frame::Pay),
    ("offer", Frame::Offer),
    ("merge", Frame::Merge),
    ("joint-venture", Frame::JointVenture),
    ("found", Frame::Found),
    ("join-venture", Frame::JoinVenture),
    ("partner", Frame::Partner),
    ("agreement", Frame::Agreement),
    ("buy-services", Frame::BuyServices),
    ("win-contract", Frame::WinContract),
    ("supply", Frame::Supply),
    ("customer", Frame::CustomerNoun),
    ("new-owner", Frame::NewOwner),
    ("make-for", Frame::MakeFor),
    ("select", Frame::Select),
];

impl Frame {
    /// The frame a lexicon file names.
    pub fn from_name(name: &str) -> Option<Frame> {
        FRAMES.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
    }

    /// The frame's name in the lexicon files.
    pub fn name(self) -> &'static str {
        FRAMES
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("", |(n, _)| n)
    }

    /// Whether the frame tells a funding round or a part in one: its
    /// investors may go on after a comma, and a round with no company
    /// raising may be the one the article just told.
    pub fn is_round(self) -> bool {
        matches!(
            self,
            Frame::RaiseNoun
                | Frame::RaiseVerb
                | Frame::LeadVerb
                | Frame::JoinRound
                | Frame::InvestNoun
                | Frame::InvestorNoun
        )
    }
}

/// Where an organisation stands relative to the trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Argument {
    /// The nearest organisation to the left, with those coordinated to it.
    Subject,
    /// A possessive on the trigger: "Acme's acquisition".
    Possessor,
    /// Right after a verb.
    Object,
    /// After "in", "dans", "into", "chez".
    In,
    /// After "for", "pour".
    For,
    /// After "by", "par", "auprès de", "led by".
    By,
    /// After "from".
    From,
    /// After "with", "avec", "aux côtés de", "alongside".
    With,
    /// After "of", "de", "du", "des".
    Of,
    /// After "between", "entre", "among".
    Between,
    /// After "on", "sur".
    On,
    /// After "to", "à", "au", "aux".
    To,
}

const ARGUMENTS: &[(&str, Argument)] = &[
    ("subject", Argument::Subject),
    ("possessor", Argument::Possessor),
    ("object", Argument::Object),
    ("in", Argument::In),
    ("for", Argument::For),
    ("by", Argument::By),
    ("from", Argument::From),
    ("with", Argument::With),
    ("of", Argument::Of),
    ("between", Argument::Between),
    ("on", Argument::On),
    ("to", Argument::To),
];

/// How the trigger stands in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A verb, or a noun other than an acquisition or sale noun.
    Active,
    /// A participle after an auxiliary: "was acquired by".
    Passive,
    /// An acquisition or sale noun: "the acquisition of Y by X".
    Nominal,
}

/// What a rule gives an argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Give {
    /// This role.
    Role(Role),
    /// A share in a merger: the first named takes the others over.
    Merging,
}

/// What must hold for a rule to apply.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Condition {
    /// One of these arguments names an organisation.
    Has(Vec<Argument>),
    /// None of these does.
    HasNot(Vec<Argument>),
    /// One of these arguments names two organisations or more outright.
    Several(Vec<Argument>),
    /// "joint" right after the trigger.
    Joint,
    /// A verb of taking part before it.
    Joined,
    /// A list follows it: "include", "including", "dont", "parmi".
    Listing,
    /// A verb of receiving precedes it: "secured funding from".
    Received,
    /// A verb of striking a deal precedes it: "clinches $35 billion deal".
    Struck,
    /// A verb of becoming precedes it: "became Kelmix's largest
    /// shareholder".
    Becoming,
    /// What it is for is services or goods: "pay Y $50m a year for cloud
    /// services".
    Services,
}

/// One `roles` line.
#[derive(Clone, Debug)]
pub(crate) struct Rule {
    /// `None` for `*`: every frame.
    frame: Option<Frame>,
    /// `None` for `any`.
    form: Option<Form>,
    conditions: Vec<Condition>,
    gives: Vec<(Argument, Give)>,
}

/// The words around a trigger that the conditions name.
#[derive(Clone, Copy, Debug, Default)]
pub struct Cues {
    /// "joint" follows it.
    pub joint: bool,
    /// A verb of taking part precedes it.
    pub joined: bool,
    /// A list follows it ("investors include A and B").
    pub listing: bool,
    /// A verb of receiving precedes it ("received an investment from").
    pub received: bool,
    /// A verb of striking a deal precedes it ("clinches a deal for Y").
    pub struck: bool,
    /// A verb of becoming precedes it ("became Y's largest
    /// shareholder").
    pub becoming: bool,
    /// "for"/"pour" after it introduces services or goods.
    pub services: bool,
}

/// What the sentence says around one trigger, as the conditions read it.
#[derive(Clone, Copy)]
pub struct Construction<'a> {
    /// The trigger's frame.
    pub frame: Frame,
    /// Its form.
    pub form: Form,
    /// The cue words around it.
    pub cues: Cues,
    /// How many references (names, pronouns, descriptions) an argument holds.
    pub count: &'a dyn Fn(Argument) -> usize,
    /// How many of them are organisations named outright.
    pub named: &'a dyn Fn(Argument) -> usize,
}

/// Every frame's deal type and role rules.
#[derive(Clone, Debug, Default)]
pub struct RoleMap {
    rules: Vec<Rule>,
    types: Vec<(Frame, DealType)>,
}

impl RoleMap {
    /// The deal type a frame gives.
    pub fn deal_type(&self, frame: Frame) -> Option<DealType> {
        self.types
            .iter()
            .find(|(f, _)| *f == frame)
            .map(|(_, t)| *t)
    }

    /// What the first rule that applies to `c` gives each argument; empty
    /// when none applies.
    pub fn gives(&self, c: &Construction<'_>) -> &[(Argument, Give)] {
        self.rules
            .iter()
            .find(|r| {
                r.frame.is_none_or(|f| f == c.frame)
                    && r.form.is_none_or(|f| f == c.form)
                    && r.conditions.iter().all(|cond| match cond {
                        Condition::Has(args) => args.iter().any(|a| (c.count)(*a) > 0),
                        Condition::HasNot(args) => !args.iter().any(|a| (c.count)(*a) > 0),
                        Condition::Several(args) => args.iter().any(|a| (c.named)(*a) > 1),
                        Condition::Joint => c.cues.joint,
                        Condition::Joined => c.cues.joined,
                        Condition::Listing => c.cues.listing,
                        Condition::Received => c.cues.received,
                        Condition::Struck => c.cues.struck,
                        Condition::Becoming => c.cues.becoming,
                        Condition::Services => c.cues.services,
                    })
            })
            .map_or(&[], |r| r.gives.as_slice())
    }

    /// Whether every frame has a deal type and a rule.
    pub fn covers(&self, frame: Frame) -> bool {
        self.deal_type(frame).is_some() && self.rules.iter().any(|r| r.frame == Some(frame))
    }

    /// Reads a `type` or `roles` line (without its keyword). The rules of
    /// one text go before those read earlier, so a user's lines win; `at`
    /// names the line in errors.
    pub(crate) fn read_line(
        &mut self,
        keyword: &str,
        head: &str,
        body: &str,
        at: &str,
        added: &mut Vec<Rule>,
    ) -> Result<(), Error> {
        let bad = |what: String| Error::Predicates(format!("{at}: {what}"));
        let mut words = head.split_whitespace();
        let frame_name = words.next().unwrap_or_default();
        let frame = if frame_name == "*" && keyword == "roles" {
            None
        } else {
            Some(frame_by_name(frame_name).map_err(bad)?)
        };
        if keyword == "type" {
            let deal_type = deal_type_by_name(body.trim()).map_err(bad)?;
            let frame = frame.ok_or_else(|| bad("`type *` names no frame".into()))?;
            self.types.retain(|(f, _)| *f != frame);
            self.types.push((frame, deal_type));
            return Ok(());
        }
        let form = match words.next() {
            Some("any") => None,
            Some("active") => Some(Form::Active),
            Some("passive") => Some(Form::Passive),
            Some("nominal") => Some(Form::Nominal),
            other => {
                return Err(bad(format!(
                    "expected a form (active, passive, nominal or any) after the frame, got {:?}",
                    other.unwrap_or_default()
                )));
            }
        };
        let mut conditions = Vec::new();
        let rest: Vec<&str> = words.collect();
        if let Some((&first, rest)) = rest.split_first() {
            if first != "if" {
                return Err(bad(format!(
                    "expected `if` or `=` after the form, got {first:?}"
                )));
            }
            let mut k = 0;
            while k < rest.len() {
                let cond = match rest[k] {
                    "joint" => Condition::Joint,
                    "joined" => Condition::Joined,
                    "listing" => Condition::Listing,
                    "received" => Condition::Received,
                    "struck" => Condition::Struck,
                    "becoming" => Condition::Becoming,
                    "services" => Condition::Services,
                    "and" => {
                        k += 1;
                        continue;
                    }
                    word @ ("no" | "several") => {
                        k += 1;
                        let args = rest
                            .get(k)
                            .ok_or_else(|| bad(format!("`{word}` names no argument")))?;
                        let args = arguments(args).map_err(bad)?;
                        if word == "no" {
                            Condition::HasNot(args)
                        } else {
                            Condition::Several(args)
                        }
                    }
                    args => Condition::Has(arguments(args).map_err(bad)?),
                };
                conditions.push(cond);
                k += 1;
            }
        }
        let mut gives = Vec::new();
        for pair in body.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (arg, role) = pair
                .split_once(':')
                .ok_or_else(|| bad(format!("expected `argument:role`, got {pair:?}")))?;
            let arg = argument_by_name(arg.trim()).map_err(bad)?;
            let give = match role.trim() {
                "merging" => Give::Merging,
                r => Give::Role(role_by_name(r).map_err(bad)?),
            };
            gives.push((arg, give));
        }
        added.push(Rule {
            frame,
            form,
            conditions,
            gives,
        });
        Ok(())
    }

    /// Puts the rules one text added before the earlier ones.
    pub(crate) fn prepend(&mut self, added: Vec<Rule>) {
        let earlier = std::mem::take(&mut self.rules);
        self.rules = added;
        self.rules.extend(earlier);
    }
}

fn frame_by_name(name: &str) -> Result<Frame, String> {
    Frame::from_name(name).ok_or_else(|| format!("unknown frame {name:?}"))
}

fn argument_by_name(name: &str) -> Result<Argument, String> {
    ARGUMENTS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, a)| *a)
        .ok_or_else(|| {
            let known: Vec<&str> = ARGUMENTS.iter().map(|(n, _)| *n).collect();
            format!(
                "unknown argument {name:?}; the arguments are {}",
                known.join(", ")
            )
        })
}

fn arguments(names: &str) -> Result<Vec<Argument>, String> {
    names.split('|').map(argument_by_name).collect()
}

fn role_by_name(name: &str) -> Result<Role, String> {
    Ok(match name {
        "investor" => Role::Investor,
        "target" => Role::Target,
        "acquirer" => Role::Acquirer,
        "seller" => Role::Seller,
        "partner" => Role::Partner,
        "customer" => Role::Customer,
        "provider" => Role::Provider,
        _ => {
            return Err(format!(
                "unknown role {name:?}; the roles are investor, target, acquirer, seller, \
                 partner, customer, provider and merging"
            ));
        }
    })
}

fn deal_type_by_name(name: &str) -> Result<DealType, String> {
    Ok(match name {
        "investment" => DealType::Investment,
        "acquisition" => DealType::Acquisition,
        "joint_venture" => DealType::JointVenture,
        "partnership" => DealType::Partnership,
        "commercial" => DealType::Commercial,
        _ => {
            return Err(format!(
                "unknown deal type {name:?}; the types are investment, acquisition, \
                 joint_venture, partnership and commercial"
            ));
        }
    })
}

#[cfg(test)]
mod tests;
