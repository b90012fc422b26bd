//! When to try again: exponential back-off with full jitter, `Retry-After`
//! honoured, bounded in attempts and in total time.
//!
//! Cloudflare limits the API to 1,200 requests per 5 minutes per user and
//! answers 429 with `retry-after` (`spec/cloudflare-for-saas.md` §7.5); 5xx
//! and network failures are transient. Full jitter (a uniform delay between
//! zero and the exponential cap) spreads retrying clients apart.

use serde::{Deserialize, Serialize};

/// Retry bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 = never retry).
    pub max_attempts: u32,
    /// First back-off cap, milliseconds; doubles each attempt.
    pub base_delay_ms: u32,
    /// Largest single wait, milliseconds.
    pub max_delay_ms: u32,
    /// Give up when the next wait would pass this much time since the first attempt.
    pub max_total_ms: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 5,
            base_delay_ms: 250,
            max_delay_ms: 10_000,
            max_total_ms: 30_000,
        }
    }
}

impl RetryPolicy {
    /// The wait before attempt `attempt + 1` (`attempt` ≥ 1 failed so far),
    /// given a `Retry-After` value and a uniform `random` in `[0, 1)`.
    /// At least the `Retry-After` seconds; otherwise full jitter.
    pub fn delay_ms(&self, attempt: u32, retry_after: Option<&str>, random: f64) -> u32 {
        let exp = self.base_delay_ms.saturating_mul(
            1u32.checked_shl(attempt.saturating_sub(1).min(20))
                .unwrap_or(u32::MAX),
        );
        let cap = exp.min(self.max_delay_ms);
        let jitter = (f64::from(cap) * random.clamp(0.0, 1.0)) as u32;
        match retry_after.and_then(parse_retry_after) {
            Some(seconds) => seconds.saturating_mul(1000).max(jitter),
            None => jitter,
        }
    }
}

/// `Retry-After` in seconds (RFC 9110 §10.2.3 delay-seconds; the HTTP-date
/// form is not used by Cloudflare and is ignored).
pub fn parse_retry_after(value: &str) -> Option<u32> {
    value.trim().parse::<u32>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_jitter_within_the_exponential_cap() {
        let p = RetryPolicy::default();
        assert_eq!(p.delay_ms(1, None, 0.0), 0);
        assert_eq!(p.delay_ms(1, None, 0.999_999), 249);
        assert_eq!(p.delay_ms(3, None, 0.5), 500); // cap 1000
        assert_eq!(p.delay_ms(30, None, 0.5), 5000); // cap max_delay 10 s
    }

    #[test]
    fn retry_after_is_a_floor() {
        let p = RetryPolicy::default();
        assert_eq!(p.delay_ms(1, Some("3"), 0.1), 3000);
        assert_eq!(p.delay_ms(1, Some(" 0 "), 0.0), 0);
        assert_eq!(p.delay_ms(1, Some("Wed, 21 Oct 2015 07:28:00 GMT"), 0.0), 0);
        assert_eq!(p.delay_ms(1, Some("99999999999"), 0.0), 0);
    }
}
