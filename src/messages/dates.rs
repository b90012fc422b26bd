//! Absolute dates in customer text: "5 December 2026, 14:30 UTC" in the
//! customer's language, from the catalogue's `date.format` and `month.N`
//! templates (no locale database: six languages, twelve month names each).

use time::OffsetDateTime;

use super::{Locale, customer_text};

/// Unix seconds as a date and time in UTC, written for `locale`; the
/// RFC 3339 form when the instant is out of range.
pub fn format_date(locale: Locale, unix: i64) -> String {
    let Ok(at) = OffsetDateTime::from_unix_timestamp(unix) else {
        return unix.to_string();
    };
    let month = customer_text(locale, &format!("month.{}", u8::from(at.month())), &[]);
    let day = at.day().to_string();
    let year = at.year().to_string();
    let time = format!("{:02}:{:02}", at.hour(), at.minute());
    customer_text(
        locale,
        "date.format",
        &[
            ("day", &day),
            ("month", &month),
            ("year", &year),
            ("time", &time),
        ],
    )
}
