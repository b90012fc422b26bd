//! Cloudflare's global API rate limit (reference §7.5): by default 1200
//! requests per 5 minutes per token; exceeding it answers 429 and blocks the
//! token for a whole window. Headers follow Cloudflare's API limits page:
//! `Ratelimit: "default";r=<remaining>;t=<seconds to reset>`,
//! `Ratelimit-Policy: "default";q=<limit>;w=<window>`, and `retry-after`.
//! Time here is real time plus `POST /__sim/clock` jumps (not `--speed`).

use std::collections::HashMap;

use axum::http::{HeaderMap, HeaderValue};

#[derive(Debug, Clone)]
struct Bucket {
    start: f64,
    count: u32,
    blocked_until: Option<f64>,
}

/// Per-token fixed-window counters.
#[derive(Debug, Clone)]
pub struct RateLimiter {
    /// Requests allowed per window.
    pub limit: u32,
    /// Window length in seconds.
    pub window: u64,
    buckets: HashMap<String, Bucket>,
}

/// Outcome of counting one request.
#[derive(Debug, Clone)]
pub struct Decision {
    limit: u32,
    window: u64,
    remaining: u32,
    reset: u64,
    /// `Some(seconds)` when the request must be refused.
    pub blocked_for: Option<u64>,
}

impl Decision {
    /// Add the rate-limit headers (and `retry-after` when refused).
    pub fn apply(&self, h: &mut HeaderMap, retry_after: Option<u64>) {
        let put = |h: &mut HeaderMap, k: &'static str, v: String| {
            if let Ok(v) = HeaderValue::from_str(&v) {
                h.insert(k, v);
            }
        };
        put(
            h,
            "ratelimit",
            format!("\"default\";r={};t={}", self.remaining, self.reset),
        );
        put(
            h,
            "ratelimit-policy",
            format!("\"default\";q={};w={}", self.limit, self.window),
        );
        if let Some(r) = retry_after {
            put(h, "retry-after", r.to_string());
        }
    }
}

impl RateLimiter {
    /// A limiter of `limit` requests per `window` seconds.
    pub fn new(limit: u32, window: u64) -> Self {
        RateLimiter {
            limit,
            window: window.max(1),
            buckets: HashMap::new(),
        }
    }

    /// Forget all counters.
    pub fn reset(&mut self) {
        self.buckets.clear();
    }

    /// Count one request of `token` at time `now` (seconds).
    pub fn check(&mut self, token: &str, now: f64) -> Decision {
        let window = self.window as f64;
        let b = self.buckets.entry(token.to_string()).or_insert(Bucket {
            start: now,
            count: 0,
            blocked_until: None,
        });
        if let Some(until) = b.blocked_until {
            if now < until {
                let secs = (until - now).ceil() as u64;
                return Decision {
                    limit: self.limit,
                    window: self.window,
                    remaining: 0,
                    reset: secs,
                    blocked_for: Some(secs.max(1)),
                };
            }
            *b = Bucket {
                start: now,
                count: 0,
                blocked_until: None,
            };
        }
        if now - b.start >= window {
            *b = Bucket {
                start: now,
                count: 0,
                blocked_until: None,
            };
        }
        b.count += 1;
        if b.count > self.limit {
            b.blocked_until = Some(now + window);
            return Decision {
                limit: self.limit,
                window: self.window,
                remaining: 0,
                reset: self.window,
                blocked_for: Some(self.window),
            };
        }
        let reset = (b.start + window - now).ceil().max(0.0) as u64;
        Decision {
            limit: self.limit,
            window: self.window,
            remaining: self.limit - b.count,
            reset,
            blocked_for: None,
        }
    }
}
