//! The [`Transport`] of the API client and of the DNS check runner over the
//! global `fetch(url, init)`, with an `AbortController` per request for the
//! timeout. No `Request` object is built: in Node (undici) constructing one
//! cost ~40 us per call, more than the rest of the transport (measured,
//! docs/performance.md "Worker").

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestCache, RequestInit, Response};

#[wasm_bindgen]
extern "C" {
    /// The global `fetch` (browsers, Node 18+, workerd; never `window.fetch`).
    #[wasm_bindgen(catch, js_name = fetch)]
    fn global_fetch(url: &str, init: &RequestInit) -> Result<js_sys::Promise, JsValue>;
}

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

impl Transport for FetchTransport {
    /// Sends a request with a deadline; the body is read under the same
    /// deadline. Errors say "network" or "timeout", nothing more (the
    /// platform's message, never the request's headers).
    async fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        let controller = AbortController::new()
            .map_err(|_| TransportError::Network("AbortController is unavailable".into()))?;
        let _deadline = Deadline::arm(&controller, request.timeout_ms);
        let signal = controller.signal();
        let init = RequestInit::new();
        init.set_method(request.method);
        init.set_signal(Some(&signal));
        // In a browser, `no-store`: a DNS answer cached by the HTTP cache would
        // hide the record the customer just added (DoH answers carry
        // `cache-control: max-age=<TTL>`, 300 s for "no such record"). Node's fetch
        // has no HTTP cache, and workerd refuses the `cache` option without a
        // compatibility flag, so it is only set where a document exists.
        if js::in_browser() {
            init.set_cache(RequestCache::NoStore);
        }
        // Headers as `[name, value]` pairs, which fetch takes as they are.
        let headers = js_sys::Array::new();
        for (k, v) in &request.headers {
            headers.push(&js_sys::Array::of2(&k.into(), &v.into()));
        }
        init.set_headers(&headers);
        if let Some(body) = &request.body {
            init.set_body(&js_sys::Uint8Array::from(body.as_slice()));
        }
        let failed = |e: JsValue| {
            if signal.aborted() {
                TransportError::Timeout
            } else {
                TransportError::Network(describe(&e))
            }
        };
        let promise = global_fetch(&request.url, &init).map_err(&failed)?;
        let response: Response = JsFuture::from(promise)
            .await
            .and_then(JsCast::dyn_into)
            .map_err(&failed)?;
        let status = response.status();
        let retry_after = response.headers().get("retry-after").ok().flatten();
        let buffer = response.array_buffer().map_err(&failed)?;
        let body = JsFuture::from(buffer).await.map_err(&failed)?;
        Ok(HttpResponse {
            status,
            retry_after,
            body: js_sys::Uint8Array::new(&body).to_vec(),
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

/// The platform's own words for a failed fetch (`TypeError: fetch failed`),
/// never the request's headers.
fn describe(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(error) => format!(
            "{}: {}",
            String::from(error.name()),
            String::from(error.message())
        ),
        None => "fetch failed".to_owned(),
    }
}
