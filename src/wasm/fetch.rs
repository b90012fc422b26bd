//! The [`Transport`] of the API client and of the DNS check runner over the
//! global `fetch` (gloo-net), with an `AbortController` per request for the
//! timeout.

use gloo_net::http::{Method, RequestBuilder};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::AbortController;
use web_sys::RequestCache;

use super::js;
use crate::client::{HttpRequest, HttpResponse, Transport, TransportError};

/// `fetch` with timeouts, `setTimeout`, `Math.random`, `Date.now`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FetchTransport;

/// Arms a timer that aborts `controller`; dropping the guard disarms it.
struct Deadline {
    handle: JsValue,
    _callback: Closure<dyn FnMut()>,
}

impl Deadline {
    fn arm(controller: &AbortController, ms: u32) -> Self {
        let c = controller.clone();
        let callback = Closure::<dyn FnMut()>::new(move || c.abort());
        let handle = js::set_timeout(
            callback.as_ref().unchecked_ref(),
            i32::try_from(ms).unwrap_or(i32::MAX),
        );
        Self {
            handle,
            _callback: callback,
        }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        js::clear_timeout(&self.handle);
    }
}

fn method(m: &str) -> Method {
    match m {
        "POST" => Method::POST,
        "PATCH" => Method::PATCH,
        "PUT" => Method::PUT,
        "DELETE" => Method::DELETE,
        _ => Method::GET,
    }
}

impl Transport for FetchTransport {
    /// Sends a request with a deadline; the body is read under the same
    /// deadline. Errors say "network" or "timeout", nothing more (the
    /// platform's message, never the request's headers).
    async fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        let controller = AbortController::new()
            .map_err(|_| TransportError::Network("AbortController is unavailable".into()))?;
        let _deadline = Deadline::arm(&controller, request.timeout_ms);
        let signal = controller.signal();
        let mut builder = RequestBuilder::new(&request.url)
            .method(method(request.method))
            .abort_signal(Some(&signal));
        // In a browser, `no-store`: a DNS answer cached by the HTTP cache would
        // hide the record the customer just added (DoH answers carry
        // `cache-control: max-age=<TTL>`, 300 s for "no such record"). Node's fetch
        // has no HTTP cache, and workerd refuses the `cache` option without a
        // compatibility flag, so it is only set where a document exists.
        if js::in_browser() {
            builder = builder.cache(RequestCache::NoStore);
        }
        for (k, v) in &request.headers {
            builder = builder.header(k, v);
        }
        let built = match &request.body {
            Some(b) => builder.body(JsValue::from(js_sys::Uint8Array::from(b.as_slice()))),
            None => builder.build(),
        }
        .map_err(|e| TransportError::Network(describe(&e)))?;
        let outcome = match built.send().await {
            Ok(response) => {
                let status = response.status();
                let retry_after = response.headers().get("retry-after");
                response.binary().await.map(|body| HttpResponse {
                    status,
                    retry_after,
                    body,
                })
            }
            Err(e) => Err(e),
        };
        outcome.map_err(|e| {
            if signal.aborted() {
                TransportError::Timeout
            } else {
                TransportError::Network(describe(&e))
            }
        })
    }

    async fn sleep(&self, ms: u32) {
        js::sleep(ms).await;
    }

    fn random(&self) -> f64 {
        js_sys::Math::random()
    }

    fn now_ms(&self) -> f64 {
        js_sys::Date::now()
    }
}

fn describe(e: &gloo_net::Error) -> String {
    match e {
        gloo_net::Error::JsError(j) => format!("{}: {}", j.name, j.message),
        other => other.to_string(),
    }
}
