//! Time: Cloudflare's retry back-off, when to poll, and the deadlines of a
//! custom hostname (`spec/cloudflare-for-saas.md` §9, §8.3, §10).
//!
//! Time is always an input (`now` in Unix seconds); nothing here reads a
//! clock.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::model::Deadline;
use crate::api::CertificateAuthority;
use crate::messages::{Locale, customer, customer_text, format_date};

/// One day in seconds.
pub const DAY: i64 = 86_400;
/// The back-off cap: 4 hours (§9).
pub const MAX_DELAY: u64 = 14_400;
/// Hostname validation gives up after 7 days (§9: 75 retries over ~7 days).
pub const VALIDATION_WINDOW: i64 = 7 * DAY;
/// A `moved` hostname is deleted after 7 days (§9).
pub const MOVED_TO_DELETED: i64 = 7 * DAY;
/// Renewal opens 30 days before expiry (§9), for 90-day and for 200-day
/// certificates alike (§11.1); shorter certificates get a third of their
/// lifetime ([`renewal_window`]).
pub const RENEWAL_WINDOW: i64 = 30 * DAY;
/// Number of hostname validation retries (§9).
pub const RETRIES: u32 = 75;
/// Shortest poll interval returned, so that a page asking right at a check
/// boundary does not spin.
pub const MIN_POLL: u64 = 10;

/// Delay before check `n + 1`: `min(floor(60·1.05ⁿ), 4 h)` for `n < 10`,
/// `min(floor(60·1.15ⁿ), 4 h)` afterwards (§9, `backoff-schedule.mdx`).
pub fn backoff_delay(n: u32) -> u64 {
    let base: f64 = if n < 10 { 1.05 } else { 1.15 };
    // Past n = 40 the value is capped anyway; clamping the exponent keeps
    // the float finite for any n.
    let exponent = i32::try_from(n.min(200)).unwrap_or(200);
    let delay = (60.0 * base.powi(exponent)).floor();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    // `delay` is finite, ≥ 60 and compared with the cap before the cast.
    let delay = if delay >= MAX_DELAY as f64 {
        MAX_DELAY
    } else {
        delay as u64
    };
    delay
}

/// Seconds from `elapsed` (since creation, when check 0 ran) to Cloudflare's
/// next scheduled check; past the last retry, the cap.
pub fn seconds_to_next_check(elapsed: i64) -> u64 {
    let Ok(elapsed) = u64::try_from(elapsed) else {
        return backoff_delay(0);
    };
    let mut at: u64 = 0;
    for n in 0..RETRIES {
        at += backoff_delay(n);
        if at > elapsed {
            return (at - elapsed).max(MIN_POLL);
        }
    }
    MAX_DELAY
}

/// The back-off interval now in force (the `n` estimated from the time
/// since creation), used to judge whether waiting for Cloudflare is slow.
pub fn current_interval(elapsed: i64) -> u64 {
    let Ok(elapsed) = u64::try_from(elapsed) else {
        return backoff_delay(0);
    };
    let mut at: u64 = 0;
    for n in 0..RETRIES {
        let delay = backoff_delay(n);
        at += delay;
        if at > elapsed {
            return delay;
        }
    }
    MAX_DELAY
}

/// DCV token lifetime in days per CA (§8.3, §9): Let's Encrypt 7, Google
/// Trust Services 14, SSL.com 14, DigiCert 30. For the default CA
/// (Cloudflare picks, usually GTS or Let's Encrypt) or an unknown one, the
/// shortest (7) is assumed and the deadline is marked estimated.
pub fn token_lifetime_days(ca: Option<&CertificateAuthority>) -> (i64, bool) {
    match ca {
        Some(CertificateAuthority::LetsEncrypt) => (7, false),
        Some(CertificateAuthority::Google | CertificateAuthority::SslCom) => (14, false),
        Some(CertificateAuthority::Digicert) => (30, false),
        _ => (7, true),
    }
}

/// The renewal window of a certificate expiring at `expires` and issued no
/// earlier than `issued` (its upload time, or the hostname's creation for a
/// first certificate): 30 days (§9), or a third of the lifetime when that
/// is shorter, so that a 14- or 30-day certificate (GTS and SSL.com offer
/// them, §9) is not "in its renewal window" from the day it is issued.
/// Cloudflare's exact rule for short lifetimes is not published: the third
/// follows the CAs' own advice to renew at two thirds of the lifetime.
pub fn renewal_window(expires: i64, issued: Option<i64>) -> i64 {
    match issued.filter(|issued| *issued < expires) {
        Some(issued) => ((expires - issued) / 3).clamp(DAY, RENEWAL_WINDOW),
        None => RENEWAL_WINDOW,
    }
}

/// Formats Unix seconds as RFC 3339 UTC.
pub fn to_rfc3339(at: i64) -> Option<String> {
    OffsetDateTime::from_unix_timestamp(at)
        .ok()?
        .format(&Rfc3339)
        .ok()
}

/// Builds one deadline; its customer sentence names the date when `at` is
/// known (`deadline.<code>`), else uses the undated form
/// (`deadline.<code>.undated`) where the catalogue has one.
pub fn deadline(
    code: &str,
    at: Option<i64>,
    now: Option<i64>,
    estimated: bool,
    params: &[(&str, &str)],
    locale: Locale,
) -> Deadline {
    let date = at.map(|at| format_date(locale, at)).unwrap_or_default();
    let mut all: Vec<(&str, &str)> = params.to_vec();
    all.push(("date", &date));
    let dated = format!("deadline.{code}");
    let undated = format!("deadline.{code}.undated");
    let key = if at.is_none() && customer::template(Locale::En, &undated).is_some() {
        undated
    } else {
        dated
    };
    Deadline {
        code: code.to_owned(),
        at,
        at_rfc3339: at.and_then(to_rfc3339),
        seconds_left: at.zip(now).map(|(at, now)| at.saturating_sub(now)),
        estimated,
        text: customer_text(locale, &key, &all),
    }
}
