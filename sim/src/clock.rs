//! Simulated clock: wall-clock start + real elapsed time × `--speed` + time
//! added through `POST /__sim/clock`. Every back-off delay of the reference
//! (§9) is expressed in simulated seconds, so `--speed 1000` divides them.

use std::sync::Mutex;
use std::time::Instant;

use time::{Duration, OffsetDateTime};

/// A monotonic simulated clock.
#[derive(Debug)]
pub struct Clock {
    inner: Mutex<Inner>,
    speed: f64,
}

#[derive(Debug)]
struct Inner {
    base: OffsetDateTime,
    started: Instant,
    advanced: Duration,
}

impl Clock {
    /// A clock starting at `base` (simulated) and running `speed` times real time.
    pub fn new(base: OffsetDateTime, speed: f64) -> Self {
        let speed = if speed.is_finite() && speed > 0.0 {
            speed
        } else {
            1.0
        };
        Clock {
            inner: Mutex::new(Inner {
                base,
                started: Instant::now(),
                advanced: Duration::ZERO,
            }),
            speed,
        }
    }

    /// Current simulated time (microsecond precision, like Cloudflare timestamps).
    pub fn now(&self) -> OffsetDateTime {
        let g = match self.inner.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        let real = g.started.elapsed().as_secs_f64() * self.speed;
        let t = g.base + Duration::seconds_f64(real) + g.advanced;
        t.replace_nanosecond(t.nanosecond() / 1000 * 1000)
            .unwrap_or(t)
    }

    /// Seconds added by `advance` so far (used by the rate limiter, which runs
    /// on real time plus these jumps, not on `--speed`).
    pub fn advanced_seconds(&self) -> f64 {
        match self.inner.lock() {
            Ok(g) => g.advanced.as_seconds_f64(),
            Err(p) => p.into_inner().advanced.as_seconds_f64(),
        }
    }

    /// Jump forward by `seconds` (negative values are ignored: time is monotonic).
    pub fn advance(&self, seconds: f64) {
        if !(seconds.is_finite() && seconds > 0.0) {
            return;
        }
        let mut g = match self.inner.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        g.advanced += Duration::seconds_f64(seconds);
    }

    /// Restart from a saved simulated time (state file load).
    pub fn resume_at(&self, t: OffsetDateTime) {
        let mut g = match self.inner.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        g.base = t;
        g.started = Instant::now();
        g.advanced = Duration::ZERO;
    }

    /// The speed factor.
    pub fn speed(&self) -> f64 {
        self.speed
    }
}

/// Cloudflare's timestamp form: RFC 3339, UTC, microseconds, `Z`
/// (e.g. `2020-02-06T18:11:23.531995Z`, §4.1).
pub fn rfc3339(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.microsecond()
    )
}
