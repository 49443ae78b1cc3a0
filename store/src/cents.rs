//! Money summed exactly: amounts in hundredths of a unit, and the per
//! currency sums rankings add and take away.

/// Sum of amounts kept exactly, in hundredths of a unit, so removing a deal
/// subtracts exactly what adding it added.
pub type Cents = i64;

/// Converts a value to cents, saturating on absurd values.
pub fn cents(v: f64) -> Cents {
    (v * 100.0).round() as i64
}

/// Sums of one investor's deals in one currency.
#[derive(Clone, Copy, Debug, Default)]
pub struct CurrencySum {
    /// Deals.
    pub count: i64,
    /// Certain part.
    pub low: Cents,
    /// Headline values.
    pub high: Cents,
}

impl CurrencySum {
    /// Adds (sign 1) or takes away (sign -1) `count` deals.
    pub fn add(&mut self, sign: i64, count: i64, low: Cents, high: Cents) {
        self.count += sign * count;
        self.low = self.low.saturating_add(sign * low);
        self.high = self.high.saturating_add(sign * high);
    }
}
