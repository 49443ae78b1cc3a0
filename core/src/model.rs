//! Plain Rust types for deals, independent of protobuf. The extractor builds
//! them and the store keeps them; `convert` maps them to and from the wire.

use std::fmt;

/// The kind of deal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DealType {
    /// An investor puts money into a target.
    Investment,
    /// An acquirer buys a target.
    Acquisition,
    /// Partners create or co-own an entity or project.
    JointVenture,
    /// Partners agree to work together.
    Partnership,
    /// A customer buys from a provider.
    Commercial,
}

impl DealType {
    /// Deals of one family describe the same kind of relation: a joint
    /// venture and a partnership between the same parties may be one deal.
    pub fn family(self) -> u8 {
        match self {
            DealType::Investment => 0,
            DealType::Acquisition => 1,
            DealType::JointVenture | DealType::Partnership => 2,
            DealType::Commercial => 3,
        }
    }

    /// Stable lowercase name, used in ids and storage.
    pub fn as_str(self) -> &'static str {
        match self {
            DealType::Investment => "investment",
            DealType::Acquisition => "acquisition",
            DealType::JointVenture => "joint_venture",
            DealType::Partnership => "partnership",
            DealType::Commercial => "commercial",
        }
    }

    /// Parses [`DealType::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "investment" => DealType::Investment,
            "acquisition" => DealType::Acquisition,
            "joint_venture" => DealType::JointVenture,
            "partnership" => DealType::Partnership,
            "commercial" => DealType::Commercial,
            _ => return None,
        })
    }
}

/// The part an organisation plays in a deal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Puts money in.
    Investor,
    /// Receives the money, or is bought.
    Target,
    /// Buys the target.
    Acquirer,
    /// Works with the other partners.
    Partner,
    /// Buys services or goods.
    Customer,
    /// Sells services or goods.
    Provider,
    /// Sells the target of an acquisition: the parent of a unit sold, a
    /// fund exiting.
    Seller,
}

impl Role {
    /// Stable lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Investor => "investor",
            Role::Target => "target",
            Role::Acquirer => "acquirer",
            Role::Partner => "partner",
            Role::Customer => "customer",
            Role::Provider => "provider",
            Role::Seller => "seller",
        }
    }

    /// Parses [`Role::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "investor" => Role::Investor,
            "target" => Role::Target,
            "acquirer" => Role::Acquirer,
            "partner" => Role::Partner,
            "customer" => Role::Customer,
            "provider" => Role::Provider,
            "seller" => Role::Seller,
            _ => return None,
        })
    }
}

/// How sure a deal is. Ordered as reports of one deal supersede each
/// other when merged (the greatest wins): talks, then an announcement, then
/// a cancellation, which wins over both, then a completion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Talks, "could", "considers".
    Rumored,
    /// Signed, agreed, announced.
    Announced,
    /// Withdrawn, rejected, blocked, called off: the deal fell through. Left
    /// out of totals and rankings.
    Cancelled,
    /// Closed, or done in the past.
    Completed,
}

impl Status {
    /// Stable lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Rumored => "rumored",
            Status::Announced => "announced",
            Status::Completed => "completed",
            Status::Cancelled => "cancelled",
        }
    }

    /// Parses [`Status::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "rumored" => Status::Rumored,
            "announced" => Status::Announced,
            "completed" => Status::Completed,
            "cancelled" => Status::Cancelled,
            _ => return None,
        })
    }
}

/// How the text qualifies an amount's number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// As written.
    Exact,
    /// "about".
    Approx,
    /// "up to".
    UpTo,
    /// "at least".
    AtLeast,
    /// "more than".
    MoreThan,
    /// "between X and Y".
    Range,
}

impl Qualifier {
    /// Stable lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::UpTo => "up_to",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::Range => "range",
        }
    }

    /// Parses [`Qualifier::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "exact" => Qualifier::Exact,
            "approx" => Qualifier::Approx,
            "up_to" => Qualifier::UpTo,
            "at_least" => Qualifier::AtLeast,
            "more_than" => Qualifier::MoreThan,
            "range" => Qualifier::Range,
            _ => return None,
        })
    }
}

/// The money a deal commits. Values are in whole currency units.
#[derive(Clone, Debug, PartialEq)]
pub struct Amount {
    /// ISO 4217 code.
    pub currency: String,
    /// Headline value: the number, or the top of an "up to" or a range.
    pub value: f64,
    /// How the text qualifies it.
    pub qualifier: Qualifier,
    /// Lower bound of a range.
    pub min: Option<f64>,
    /// Upper bound of a range.
    pub max: Option<f64>,
    /// "per year".
    pub per_year: bool,
    /// The value converted into other currencies as the text gives it in
    /// brackets ("JPY 19.4 billion (USD 228 million)"): ISO code and value.
    pub alternatives: Vec<(String, f64)>,
}

impl Amount {
    /// The part of the amount that is certain: nothing of an "up to", the
    /// lower bound of a range, the value otherwise.
    pub fn low(&self) -> f64 {
        match self.qualifier {
            Qualifier::UpTo => self.min.unwrap_or(0.0),
            Qualifier::Range => self.min.unwrap_or(self.value),
            _ => self.value,
        }
    }

    /// Whether two amounts can describe the same deal: same currency and
    /// period, and values that overlap within a few percent; or, in two
    /// currencies, one's conversion in brackets close to the other ("9,200
    /// crore rupees ($1.1 billion)" and "$1.1 billion").
    pub fn compatible(&self, other: &Amount) -> bool {
        if self.per_year != other.per_year {
            return false;
        }
        if self.currency != other.currency {
            let close = |a: f64, b: f64| (a - b).abs() <= 0.05 * a.max(b);
            let converts = |a: &Amount, b: &Amount| {
                a.alternatives
                    .iter()
                    .any(|(code, v)| *code == b.currency && close(*v, b.value))
            };
            return converts(self, other) || converts(other, self);
        }
        let (alo, ahi) = (self.low().min(self.value), self.value);
        let (blo, bhi) = (other.low().min(other.value), other.value);
        let tol = 0.05 * ahi.max(bhi);
        alo <= bhi + tol && blo <= ahi + tol
    }
}

/// A calendar date, possibly partial (month or day 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month 1-12, or 0.
    pub month: u8,
    /// Day 1-31, or 0.
    pub day: u8,
}

impl Date {
    /// A sortable integer, YYYYMMDD with zeros for missing parts.
    pub fn ordinal(self) -> i64 {
        i64::from(self.year) * 10_000 + i64::from(self.month) * 100 + i64::from(self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{m:02}", self.year),
            (m, d) => write!(f, "{:04}-{m:02}-{d:02}", self.year),
        }
    }
}

/// An organisation taking part in a deal.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Party {
    /// Canonical name.
    pub name: String,
    /// Its role.
    pub role: Role,
    /// The name as written, when it differs from `name`.
    pub mention: String,
}

/// The sentence that states a deal, with byte offsets into the text.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Evidence {
    /// The sentence.
    pub sentence: String,
    /// Start byte offset.
    pub start: u32,
    /// End byte offset (exclusive).
    pub end: u32,
}

/// An article that reports a deal.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Source {
    /// Article id.
    pub article_id: String,
    /// Article URL.
    pub url: String,
    /// Evidence sentence.
    pub evidence: Evidence,
    /// Publication time, seconds since the Unix epoch.
    pub publish_time: Option<i64>,
    /// The status as this source reports it.
    pub status: Option<Status>,
}

/// A confidence with the two decimals it means: scores are rough, and an
/// `f32` such as 0.95000005 printed in JSON claims more than is known.
pub fn round_confidence(c: f32) -> f32 {
    ((c * 100.0).round() / 100.0).clamp(0.0, 1.0)
}

/// A deal.
#[derive(Clone, Debug, PartialEq)]
pub struct Deal {
    /// Stable content-derived id.
    pub id: String,
    /// Kind.
    pub deal_type: DealType,
    /// Parties with roles, sorted by role then name.
    pub parties: Vec<Party>,
    /// Amount, when stated.
    pub amount: Option<Amount>,
    /// Status.
    pub status: Status,
    /// Joint-venture vehicle name.
    pub vehicle: Option<String>,
    /// Deal date, when stated.
    pub date: Option<Date>,
    /// Sources.
    pub sources: Vec<Source>,
    /// Confidence in [0, 1].
    pub confidence: f32,
}

impl DealType {
    /// The type in words, for messages: "an investment", "a joint venture".
    pub fn with_article(self) -> &'static str {
        match self {
            DealType::Investment => "an investment",
            DealType::Acquisition => "an acquisition",
            DealType::JointVenture => "a joint venture",
            DealType::Partnership => "a partnership",
            DealType::Commercial => "a commercial deal",
        }
    }

    /// The roles a party may play in a deal of this type.
    pub fn allowed_roles(self) -> &'static [Role] {
        match self {
            DealType::Investment => &[Role::Investor, Role::Target],
            DealType::Acquisition => &[Role::Acquirer, Role::Target, Role::Seller],
            DealType::JointVenture | DealType::Partnership => &[Role::Partner],
            DealType::Commercial => &[Role::Customer, Role::Provider],
        }
    }
}

impl Deal {
    /// What is wrong with the parties' roles for the deal's type, if
    /// anything: an investment needs a target (a round may name no
    /// investor); an acquisition a target (its buyer may go unnamed: "sold
    /// its unit to a group of investors"); a joint venture
    /// or a partnership two partners or more; a commercial deal a customer
    /// and a provider. No party may play a role its type does not have.
    pub fn role_problem(&self) -> Option<String> {
        let t = self.deal_type;
        let allowed = t.allowed_roles();
        if let Some(p) = self.parties.iter().find(|p| !allowed.contains(&p.role)) {
            let roles: Vec<&str> = allowed.iter().map(|r| r.as_str()).collect();
            return Some(format!(
                "{} has the role {}, which {} does not have (its roles: {})",
                p.name,
                p.role.as_str(),
                t.with_article(),
                roles.join(", ")
            ));
        }
        let count = |r: Role| self.parties.iter().filter(|p| p.role == r).count();
        let missing = match t {
            DealType::Investment => (count(Role::Target) == 0).then_some("a target"),
            // The buyer may go unnamed ("sold its unit to a group of
            // investors"), as a round's investors may.
            DealType::Acquisition => (count(Role::Target) == 0).then_some("a target"),
            DealType::JointVenture | DealType::Partnership => {
                (count(Role::Partner) < 2).then_some("two partners or more")
            }
            DealType::Commercial => match (count(Role::Customer), count(Role::Provider)) {
                (0, 0) => Some("a customer and a provider"),
                (0, _) => Some("a customer"),
                (_, 0) => Some("a provider"),
                _ => None,
            },
        };
        missing.map(|m| format!("{} needs {m}", t.with_article()))
    }

    /// Names of the parties with a given role.
    pub fn names_with(&self, role: Role) -> impl Iterator<Item = &str> {
        self.parties
            .iter()
            .filter(move |p| p.role == role)
            .map(|p| p.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deal(deal_type: DealType, parties: &[(&str, Role)]) -> Deal {
        Deal {
            id: String::new(),
            deal_type,
            parties: parties
                .iter()
                .map(|&(name, role)| Party {
                    name: name.into(),
                    role,
                    mention: String::new(),
                })
                .collect(),
            amount: None,
            status: Status::Announced,
            vehicle: None,
            date: None,
            sources: Vec::new(),
            confidence: 0.5,
        }
    }

    fn amount(currency: &str, value: f64, alternatives: &[(&str, f64)]) -> Amount {
        Amount {
            currency: currency.into(),
            value,
            qualifier: Qualifier::Exact,
            min: None,
            max: None,
            per_year: false,
            alternatives: alternatives
                .iter()
                .map(|&(c, v)| (c.to_string(), v))
                .collect(),
        }
    }

    #[test]
    fn an_amount_is_compatible_with_its_conversion_in_another_currency() {
        let rupees = amount("INR", 92e9, &[("USD", 1.1e9)]);
        assert!(rupees.compatible(&amount("USD", 1.1e9, &[])));
        assert!(amount("USD", 1.1e9, &[]).compatible(&rupees));
        assert!(!rupees.compatible(&amount("USD", 2e9, &[])));
        assert!(!rupees.compatible(&amount("EUR", 1.1e9, &[])));
    }

    #[test]
    fn confidence_keeps_two_decimals() {
        assert_eq!(round_confidence(0.9 + 0.05), 0.95);
        assert_eq!(round_confidence(0.986), 0.99);
        assert_eq!(round_confidence(1.2), 1.0);
        assert_eq!(format!("{}", round_confidence(0.950_000_05)), "0.95");
    }

    #[test]
    fn each_type_accepts_its_own_roles() {
        use DealType::*;
        use Role::*;
        for d in [
            deal(Investment, &[("Fund", Investor), ("Co", Target)]),
            deal(Investment, &[("Co", Target)]),
            deal(Acquisition, &[("Buyer", Acquirer), ("Co", Target)]),
            deal(JointVenture, &[("A", Partner), ("B", Partner)]),
            deal(
                Partnership,
                &[("A", Partner), ("B", Partner), ("C", Partner)],
            ),
            deal(Commercial, &[("Client", Customer), ("Vendor", Provider)]),
        ] {
            assert_eq!(d.role_problem(), None, "{d:?}");
        }
    }

    #[test]
    fn roles_that_contradict_the_type_or_miss_a_party_are_named() {
        use DealType::*;
        use Role::*;
        let problem = |d: Deal| d.role_problem().unwrap_or_default();
        assert_eq!(
            problem(deal(
                Investment,
                &[("Buyer", Acquirer), ("Vendor", Provider)]
            )),
            "Buyer has the role acquirer, which an investment does not have (its roles: investor, target)"
        );
        assert_eq!(
            problem(deal(Investment, &[("Fund", Investor)])),
            "an investment needs a target"
        );
        assert_eq!(
            problem(deal(Acquisition, &[("Parent", Seller)])),
            "an acquisition needs a target"
        );
        assert_eq!(problem(deal(Acquisition, &[("Co", Target)])), "");
        assert_eq!(
            problem(deal(Partnership, &[("A", Partner)])),
            "a partnership needs two partners or more"
        );
        assert_eq!(
            problem(deal(Commercial, &[("Vendor", Provider)])),
            "a commercial deal needs a customer"
        );
    }
}
