//! One deal as the read model holds it: [`DealState`], the deal as the
//! database gives it, and [`Slot`], its compact place in the index.

use dealwire_core::model::{Amount, Date, DealType, Qualifier, Role, Status};

use crate::cents::{Cents, cents};
use crate::periods::month_of;

/// A deal's state, as the database holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct DealState {
    /// Store id (16 hex digits, as a number).
    pub id: u64,
    /// Insertion sequence number in the deals table, which orders ListDeals.
    pub seq: i64,
    /// Type.
    pub deal_type: DealType,
    /// Status.
    pub status: Status,
    /// Amount.
    pub amount: Option<Amount>,
    /// Date.
    pub date: Option<Date>,
    /// Parties: display name, lowercase key, role.
    pub parties: Vec<(String, String, Role)>,
}

/// One deal in the index.
#[derive(Clone, Copy, Debug)]
pub struct Slot {
    /// Store id.
    pub id: u64,
    /// Insertion sequence number in the deals table.
    pub seq: i64,
    /// Headline value, NaN without an amount.
    pub value: f64,
    /// Range bounds, NaN when absent.
    pub min: f64,
    /// Range top, NaN when absent.
    pub max: f64,
    /// YYYYMMDD, 0 when undated (32 bits, so a slot fits in 56 bytes).
    pub(crate) date_ord: i32,
    pub(crate) parties_at: u32,
    pub(crate) parties_len: u16,
    /// Currency number (0: no amount).
    pub currency: u16,
    /// Type.
    pub deal_type: DealType,
    /// Status.
    pub status: Status,
    /// Qualifier of the amount.
    pub qualifier: Qualifier,
    /// [`PER_YEAR`] and [`LIVE`] bits.
    pub(crate) flags: u8,
}

/// Slot flag: the amount is per year.
pub(crate) const PER_YEAR: u8 = 1;
/// Slot flag: the slot holds a deal (not a freed place).
pub(crate) const LIVE: u8 = 2;

// A million deals take a million slots: each byte here is a megabyte.
const _: () = assert!(std::mem::size_of::<Slot>() == 56);

impl Slot {
    /// Whether the deal is an investment that counts in totals, rankings,
    /// backers and co-investors: a cancelled one does not (it is still
    /// listed, and counted by status).
    pub fn counted_investment(&self) -> bool {
        self.deal_type == DealType::Investment && self.status != Status::Cancelled
    }

    /// YYYYMMDD, 0 when undated.
    pub fn date_ord(&self) -> i64 {
        i64::from(self.date_ord)
    }

    /// Whether the amount is per year.
    pub fn per_year(&self) -> bool {
        self.flags & PER_YEAR != 0
    }

    pub(crate) fn live(&self) -> bool {
        self.flags & LIVE != 0
    }

    /// The certain part of the amount (see `aggregate`).
    pub fn low(&self) -> f64 {
        match self.qualifier {
            Qualifier::UpTo if self.min.is_nan() => 0.0,
            Qualifier::UpTo | Qualifier::Range if !self.min.is_nan() => self.min,
            _ => self.value,
        }
    }

    /// The certain part and the headline value in cents, as totals add
    /// them; zero for a deal without an amount.
    pub fn cents(&self) -> (Cents, Cents) {
        if self.currency == 0 {
            (0, 0)
        } else {
            (cents(self.low()), cents(self.value))
        }
    }

    /// The date, when the deal has one.
    pub fn date(&self) -> Option<Date> {
        (self.date_ord != 0).then(|| Date {
            year: self.date_ord / 10_000,
            month: u8::try_from(self.date_ord / 100 % 100).unwrap_or(0),
            day: u8::try_from(self.date_ord % 100).unwrap_or(0),
        })
    }

    pub(crate) fn month(&self) -> i32 {
        month_of(self.date_ord())
    }
}
