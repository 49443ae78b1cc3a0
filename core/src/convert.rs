//! Conversions between the plain deal types and the protobuf messages. Into
//! protobuf is infallible; out of it is `TryFrom`, which turns malformed input
//! into an [`Error::InvalidArgument`] naming the field.

use dealwire_proto::v1 as pb;

use crate::error::Error;
use crate::model::{
    Amount, Date, Deal, DealType, Evidence, Party, Qualifier, Role, Source, Status,
    round_confidence,
};

impl From<DealType> for pb::DealType {
    fn from(t: DealType) -> Self {
        match t {
            DealType::Investment => pb::DealType::Investment,
            DealType::Acquisition => pb::DealType::Acquisition,
            DealType::JointVenture => pb::DealType::JointVenture,
            DealType::Partnership => pb::DealType::Partnership,
            DealType::Commercial => pb::DealType::Commercial,
        }
    }
}

impl TryFrom<i32> for DealType {
    type Error = Error;
    fn try_from(v: i32) -> Result<Self, Error> {
        Ok(match pb::DealType::try_from(v) {
            Ok(pb::DealType::Investment) => DealType::Investment,
            Ok(pb::DealType::Acquisition) => DealType::Acquisition,
            Ok(pb::DealType::JointVenture) => DealType::JointVenture,
            Ok(pb::DealType::Partnership) => DealType::Partnership,
            Ok(pb::DealType::Commercial) => DealType::Commercial,
            _ => {
                return Err(Error::InvalidArgument(format!(
                    "deal type {v} is not one of DEAL_TYPE_INVESTMENT..DEAL_TYPE_COMMERCIAL (1-5)"
                )));
            }
        })
    }
}

impl From<Role> for pb::PartyRole {
    fn from(r: Role) -> Self {
        match r {
            Role::Investor => pb::PartyRole::Investor,
            Role::Target => pb::PartyRole::Target,
            Role::Acquirer => pb::PartyRole::Acquirer,
            Role::Partner => pb::PartyRole::Partner,
            Role::Customer => pb::PartyRole::Customer,
            Role::Provider => pb::PartyRole::Provider,
            Role::Seller => pb::PartyRole::Seller,
        }
    }
}

impl TryFrom<i32> for Role {
    type Error = Error;
    fn try_from(v: i32) -> Result<Self, Error> {
        Ok(match pb::PartyRole::try_from(v) {
            Ok(pb::PartyRole::Investor) => Role::Investor,
            Ok(pb::PartyRole::Target) => Role::Target,
            Ok(pb::PartyRole::Acquirer) => Role::Acquirer,
            Ok(pb::PartyRole::Partner) => Role::Partner,
            Ok(pb::PartyRole::Customer) => Role::Customer,
            Ok(pb::PartyRole::Provider) => Role::Provider,
            Ok(pb::PartyRole::Seller) => Role::Seller,
            _ => {
                return Err(Error::InvalidArgument(format!(
                    "party role {v} is not one of PARTY_ROLE_INVESTOR..PARTY_ROLE_SELLER (1-7)"
                )));
            }
        })
    }
}

impl From<Status> for pb::DealStatus {
    fn from(s: Status) -> Self {
        match s {
            Status::Rumored => pb::DealStatus::Rumored,
            Status::Announced => pb::DealStatus::Announced,
            Status::Completed => pb::DealStatus::Completed,
            Status::Cancelled => pb::DealStatus::Cancelled,
        }
    }
}

impl TryFrom<i32> for Status {
    type Error = Error;
    fn try_from(v: i32) -> Result<Self, Error> {
        Ok(match pb::DealStatus::try_from(v) {
            Ok(pb::DealStatus::Rumored) => Status::Rumored,
            Ok(pb::DealStatus::Announced) => Status::Announced,
            Ok(pb::DealStatus::Completed) => Status::Completed,
            Ok(pb::DealStatus::Cancelled) => Status::Cancelled,
            _ => {
                return Err(Error::InvalidArgument(format!(
                    "deal status {v} is not one of DEAL_STATUS_RUMORED..DEAL_STATUS_CANCELLED (1-4)"
                )));
            }
        })
    }
}

impl From<Qualifier> for pb::AmountQualifier {
    fn from(q: Qualifier) -> Self {
        match q {
            Qualifier::Exact => pb::AmountQualifier::Exact,
            Qualifier::Approx => pb::AmountQualifier::Approx,
            Qualifier::UpTo => pb::AmountQualifier::UpTo,
            Qualifier::AtLeast => pb::AmountQualifier::AtLeast,
            Qualifier::MoreThan => pb::AmountQualifier::MoreThan,
            Qualifier::Range => pb::AmountQualifier::Range,
        }
    }
}

fn qualifier_from(v: i32) -> Result<Qualifier, Error> {
    Ok(match pb::AmountQualifier::try_from(v) {
        Ok(pb::AmountQualifier::Exact | pb::AmountQualifier::Unspecified) => Qualifier::Exact,
        Ok(pb::AmountQualifier::Approx) => Qualifier::Approx,
        Ok(pb::AmountQualifier::UpTo) => Qualifier::UpTo,
        Ok(pb::AmountQualifier::AtLeast) => Qualifier::AtLeast,
        Ok(pb::AmountQualifier::MoreThan) => Qualifier::MoreThan,
        Ok(pb::AmountQualifier::Range) => Qualifier::Range,
        Err(_) => {
            return Err(Error::InvalidArgument(format!(
                "amount qualifier {v} is not a known AMOUNT_QUALIFIER_* value"
            )));
        }
    })
}

/// Money from a value in whole units, rounded to the nanounit.
pub fn money(currency: &str, value: f64) -> pb::Money {
    let units = value.trunc();
    let nanos = ((value - units) * 1e9).round();
    pb::Money {
        currency_code: currency.to_string(),
        // Values are bounded well inside i64 by the amount parser and by
        // validation on the way in.
        units: units as i64,
        nanos: nanos as i32,
    }
}

/// Currencies whose minor unit is not a hundredth (ISO 4217's exponent):
/// none for these...
const NO_MINOR_UNIT: &[&str] = &[
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
    "VUV", "XAF", "XOF", "XPF",
];
/// ...and a thousandth for these.
const THOUSANDTHS: &[&str] = &["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

/// How many decimals the currency's minor unit has: 2 for most, 0 for the
/// yen, 3 for the dinars of Bahrain, Kuwait and a few others.
pub fn minor_unit_digits(currency: &str) -> u32 {
    if NO_MINOR_UNIT.contains(&currency) {
        0
    } else if THOUSANDTHS.contains(&currency) {
        3
    } else {
        2
    }
}

/// Money from a value rounded to the currency's minor unit, with `nanos`
/// computed from the whole number of minor units so that no binary
/// fraction shows through ("12.34" gives 12 units and 340,000,000 nanos).
/// For sums and conversions, whose rates are known to a few digits only.
pub fn money_in_minor_units(currency: &str, value: f64) -> pb::Money {
    let scale = 10_i64.pow(minor_unit_digits(currency));
    // Values are bounded well inside i64 by validation on the way in.
    let minor = (value * scale as f64).round() as i64;
    pb::Money {
        currency_code: currency.to_string(),
        units: minor / scale,
        nanos: ((minor % scale) * (1_000_000_000 / scale)) as i32,
    }
}

/// A value in whole units from Money.
pub fn money_value(m: &pb::Money) -> f64 {
    m.units as f64 + f64::from(m.nanos) / 1e9
}

impl From<&Amount> for pb::Amount {
    fn from(a: &Amount) -> Self {
        pb::Amount {
            value: Some(money(&a.currency, a.value)),
            qualifier: pb::AmountQualifier::from(a.qualifier).into(),
            min: a.min.map(|v| money(&a.currency, v)),
            max: a.max.map(|v| money(&a.currency, v)),
            per_year: a.per_year,
            alternatives: a
                .alternatives
                .iter()
                .map(|(currency, value)| money(currency, *value))
                .collect(),
        }
    }
}

/// Largest amount accepted on the way in (ten quadrillion).
const MAX_AMOUNT: f64 = 1e16;

impl TryFrom<&pb::Amount> for Amount {
    type Error = Error;
    fn try_from(a: &pb::Amount) -> Result<Self, Error> {
        let value = a
            .value
            .as_ref()
            .ok_or_else(|| Error::InvalidArgument("value is required when amount is set".into()))?;
        let iso = |m: &pb::Money, field: &str| -> Result<String, Error> {
            let code = m.currency_code.trim().to_ascii_uppercase();
            if code.len() != 3 || !code.chars().all(|c| c.is_ascii_alphabetic()) {
                return Err(Error::InvalidArgument(format!(
                    "{field}.currency_code {:?} is not a three-letter ISO 4217 code",
                    m.currency_code
                )));
            }
            Ok(code)
        };
        let currency = iso(value, "value")?;
        let check = |m: &pb::Money, field: &str| -> Result<f64, Error> {
            if m.nanos.abs() >= 1_000_000_000
                || (m.units != 0 && m.nanos != 0 && (m.units < 0) != (m.nanos < 0))
            {
                return Err(Error::InvalidArgument(format!(
                    "{field}: nanos must be within ±999,999,999 with the sign of units"
                )));
            }
            let v = money_value(m);
            if !(0.0..=MAX_AMOUNT).contains(&v) {
                return Err(Error::InvalidArgument(format!(
                    "{field} must be between 0 and 1e16"
                )));
            }
            Ok(v)
        };
        Ok(Amount {
            currency,
            value: check(value, "value")?,
            qualifier: qualifier_from(a.qualifier)?,
            min: a.min.as_ref().map(|m| check(m, "min")).transpose()?,
            max: a.max.as_ref().map(|m| check(m, "max")).transpose()?,
            per_year: a.per_year,
            alternatives: a
                .alternatives
                .iter()
                .enumerate()
                .map(|(k, m)| {
                    let field = format!("alternatives[{k}]");
                    Ok((iso(m, &field)?, check(m, &field)?))
                })
                .collect::<Result<_, Error>>()?,
        })
    }
}

impl From<Date> for pb::Date {
    fn from(d: Date) -> Self {
        pb::Date {
            year: d.year,
            month: i32::from(d.month),
            day: i32::from(d.day),
        }
    }
}

impl TryFrom<&pb::Date> for Date {
    type Error = Error;
    fn try_from(d: &pb::Date) -> Result<Self, Error> {
        let ok = (1..=9999).contains(&d.year)
            && (0..=12).contains(&d.month)
            && (0..=31).contains(&d.day)
            && !(d.month == 0 && d.day != 0);
        if !ok {
            return Err(Error::InvalidArgument(format!(
                "date {}-{}-{} is not a valid year (1-9999), month (0-12) and day (0-31)",
                d.year, d.month, d.day
            )));
        }
        Ok(Date {
            year: d.year,
            month: d.month as u8,
            day: d.day as u8,
        })
    }
}

fn timestamp(secs: i64) -> prost_types::Timestamp {
    prost_types::Timestamp {
        seconds: secs,
        nanos: 0,
    }
}

impl From<&Deal> for pb::Deal {
    fn from(d: &Deal) -> Self {
        pb::Deal {
            id: d.id.clone(),
            r#type: pb::DealType::from(d.deal_type).into(),
            parties: d
                .parties
                .iter()
                .map(|p| pb::Party {
                    name: p.name.clone(),
                    role: pb::PartyRole::from(p.role).into(),
                    mention: p.mention.clone(),
                })
                .collect(),
            amount: d.amount.as_ref().map(pb::Amount::from),
            status: pb::DealStatus::from(d.status).into(),
            vehicle: d.vehicle.clone().unwrap_or_default(),
            date: d.date.map(pb::Date::from),
            sources: d
                .sources
                .iter()
                .map(|s| pb::Source {
                    article_id: s.article_id.clone(),
                    url: s.url.clone(),
                    evidence: Some(pb::Evidence {
                        sentence: s.evidence.sentence.clone(),
                        start_offset: s.evidence.start,
                        end_offset: s.evidence.end,
                    }),
                    publish_time: s.publish_time.map(timestamp),
                    status: s.status.map_or(0, |st| pb::DealStatus::from(st).into()),
                })
                .collect(),
            confidence: d.confidence,
            create_time: None,
            update_time: None,
        }
    }
}

/// Longest name accepted for a party, a vehicle or an id.
const MAX_NAME: usize = 512;

// By value, so the strings of a decoded message move into the deal instead
// of being copied: an Ingest message holds thousands of deals.
impl TryFrom<pb::Deal> for Deal {
    type Error = Error;
    /// A deal from the wire, or what is wrong with it; the message names
    /// the field, and the deal's id when it has one.
    fn try_from(mut d: pb::Deal) -> Result<Self, Error> {
        if d.id.len() > MAX_NAME {
            return Err(Error::InvalidArgument(format!(
                "deal.id is longer than {MAX_NAME} bytes"
            )));
        }
        let id = std::mem::take(&mut d.id);
        match deal_of(d) {
            Ok(deal) => Ok(Deal { id, ..deal }),
            Err(Error::InvalidArgument(m)) if !id.is_empty() => {
                Err(Error::InvalidArgument(format!("{m} (deal id {id:?})")))
            }
            Err(e) => Err(e),
        }
    }
}

/// The deal `d` describes, its id left empty.
fn deal_of(d: pb::Deal) -> Result<Deal, Error> {
    let bad = |m: String| Error::InvalidArgument(m);
    let deal_type = DealType::try_from(d.r#type).map_err(|e| e.in_field("deal.type"))?;
    if d.parties.is_empty() {
        return Err(bad(
            "deal.parties must name at least one organisation".into()
        ));
    }
    let mut parties = Vec::with_capacity(d.parties.len());
    for (k, p) in d.parties.into_iter().enumerate() {
        let name = p.name.trim();
        if name.is_empty() || name.len() > MAX_NAME {
            return Err(bad(format!(
                "deal.parties[{k}].name must be 1 to {MAX_NAME} bytes"
            )));
        }
        let name = if name.len() == p.name.len() {
            p.name
        } else {
            name.to_string()
        };
        parties.push(Party {
            name,
            role: Role::try_from(p.role)
                .map_err(|e| e.in_field(&format!("deal.parties[{k}].role")))?,
            mention: p.mention,
        });
    }
    let status = Status::try_from(d.status).map_err(|e| e.in_field("deal.status"))?;
    if d.vehicle.len() > MAX_NAME {
        return Err(bad(format!("deal.vehicle is longer than {MAX_NAME} bytes")));
    }
    if !(0.0..=1.0).contains(&d.confidence) {
        return Err(bad("deal.confidence must be between 0 and 1".into()));
    }
    let mut sources = Vec::with_capacity(d.sources.len());
    for (k, s) in d.sources.into_iter().enumerate() {
        if s.article_id.len() > MAX_NAME || s.url.len() > 4 * MAX_NAME {
            return Err(bad(format!(
                "deal.sources[{k}]: article_id or url is too long"
            )));
        }
        let ev = s.evidence.unwrap_or_default();
        if ev.start_offset > ev.end_offset {
            return Err(bad(format!(
                "deal.sources[{k}].evidence: start_offset is after end_offset"
            )));
        }
        sources.push(Source {
            article_id: s.article_id,
            url: s.url,
            evidence: Evidence {
                sentence: ev.sentence,
                start: ev.start_offset,
                end: ev.end_offset,
            },
            publish_time: s.publish_time.as_ref().map(|t| t.seconds),
            status: if s.status == 0 {
                None
            } else {
                Some(
                    Status::try_from(s.status)
                        .map_err(|e| e.in_field(&format!("deal.sources[{k}].status")))?,
                )
            },
        });
    }
    let deal = Deal {
        id: String::new(),
        deal_type,
        parties,
        amount: d
            .amount
            .as_ref()
            .map(Amount::try_from)
            .transpose()
            .map_err(|e| e.in_field("deal.amount"))?,
        status,
        vehicle: (!d.vehicle.trim().is_empty()).then(|| d.vehicle.trim().to_string()),
        date: d
            .date
            .as_ref()
            .map(Date::try_from)
            .transpose()
            .map_err(|e| e.in_field("deal.date"))?,
        sources,
        confidence: round_confidence(d.confidence),
    };
    match deal.role_problem() {
        Some(problem) => Err(bad(format!("deal.parties: {problem}"))),
        None => Ok(deal),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deal() -> Deal {
        Deal {
            id: "abc".into(),
            deal_type: DealType::Investment,
            parties: vec![
                Party {
                    name: "SoftBank".into(),
                    role: Role::Investor,
                    mention: String::new(),
                },
                Party {
                    name: "OpenAI".into(),
                    role: Role::Target,
                    mention: String::new(),
                },
            ],
            amount: Some(Amount {
                currency: "USD".into(),
                value: 25e9,
                qualifier: Qualifier::Range,
                min: Some(15e9),
                max: Some(25e9),
                per_year: false,
                alternatives: vec![("EUR".into(), 23e9)],
            }),
            status: Status::Rumored,
            vehicle: None,
            date: Some(Date {
                year: 2025,
                month: 1,
                day: 0,
            }),
            sources: vec![],
            confidence: 0.8,
        }
    }

    #[test]
    fn deals_round_trip_through_protobuf() {
        let d = deal();
        let back = Deal::try_from(pb::Deal::from(&d)).expect("valid");
        assert_eq!(back, d);
    }

    #[test]
    fn bad_enums_and_amounts_are_invalid_arguments() {
        let mut p = pb::Deal::from(&deal());
        p.r#type = 42;
        assert!(
            matches!(Deal::try_from(p), Err(Error::InvalidArgument(m)) if m.contains("deal type"))
        );
        let mut p = pb::Deal::from(&deal());
        if let Some(v) = p.amount.as_mut().and_then(|a| a.value.as_mut()) {
            v.currency_code = "dollars".into();
        }
        assert!(
            matches!(Deal::try_from(p), Err(Error::InvalidArgument(m)) if m.contains("currency_code"))
        );
        let mut p = pb::Deal::from(&deal());
        if let Some(alt) = p.amount.as_mut().and_then(|a| a.alternatives.first_mut()) {
            alt.currency_code = "euros".into();
        }
        assert!(
            matches!(Deal::try_from(p), Err(Error::InvalidArgument(m)) if m.contains("alternatives[0].currency_code"))
        );
        let mut p = pb::Deal::from(&deal());
        p.parties.clear();
        assert!(Deal::try_from(p).is_err());
    }

    #[test]
    fn money_keeps_fractions() {
        let m = money("USD", 2.84e9 + 0.5);
        assert_eq!((m.units, m.nanos), (2_840_000_000, 500_000_000));
        assert!((money_value(&m) - (2.84e9 + 0.5)).abs() < 1e-3);
    }

    #[test]
    fn sums_are_rounded_to_the_minor_unit_without_binary_fractions() {
        let m = money_in_minor_units("EUR", 300e9 / 1.16);
        assert_eq!((m.units, m.nanos), (258_620_689_655, 170_000_000));
        let m = money_in_minor_units("JPY", 1234.56);
        assert_eq!((m.units, m.nanos), (1235, 0));
        let m = money_in_minor_units("KWD", 1.23456);
        assert_eq!((m.units, m.nanos), (1, 235_000_000));
        let m = money_in_minor_units("USD", 0.004);
        assert_eq!((m.units, m.nanos), (0, 0));
    }
}
