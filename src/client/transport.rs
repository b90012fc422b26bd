//! What the client and the DNS check runner ([`crate::check::run`]) need
//! from their environment: send an HTTP request, sleep, a random number, the
//! time. The Wasm runtime implements it with `fetch` and `setTimeout`
//! (`src/wasm/fetch.rs`); tests implement it with scripted fakes.

use std::future::Future;

/// An HTTP request, authentication included (the client adds it).
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    /// `GET`, `POST`...
    pub method: &'static str,
    /// Full URL.
    pub url: String,
    /// Headers, `Authorization` among them.
    pub headers: Vec<(String, String)>,
    /// The body: JSON text for the API, a DNS message for DoH POST.
    pub body: Option<Vec<u8>>,
    /// Abort the request after this many milliseconds.
    pub timeout_ms: u32,
}

impl std::fmt::Debug for HttpRequest {
    /// Never prints header values: one of them is the API token.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field(
                "headers",
                &self.headers.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            )
            .field("body", &self.body.as_ref().map(Vec::len))
            .finish()
    }
}

/// An HTTP response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// Status code.
    pub status: u16,
    /// The `Retry-After` header, when present.
    pub retry_after: Option<String>,
    /// The body as received (JSON text, or a DNS message).
    pub body: Vec<u8>,
}

/// A request that got no response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    /// Connection refused or dropped, DNS failure, CORS... (the message must
    /// not contain the token; transports only pass the platform's message).
    Network(String),
    /// No response within the timeout.
    Timeout,
}

/// The environment of the client.
pub trait Transport {
    /// Sends one request.
    fn send(
        &self,
        request: &HttpRequest,
    ) -> impl Future<Output = Result<HttpResponse, TransportError>>;
    /// Waits `ms` milliseconds.
    fn sleep(&self, ms: u32) -> impl Future<Output = ()>;
    /// A uniform random number in `[0, 1)` (for back-off jitter).
    fn random(&self) -> f64;
    /// Milliseconds since the Unix epoch (the total retry budget; the time a
    /// DNS check was made).
    fn now_ms(&self) -> f64;
}
