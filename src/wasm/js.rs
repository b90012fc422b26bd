//! Every JavaScript import of the crate, in one place. Only globals that
//! browsers, Node and workerd all have (`setTimeout`, `clearTimeout`);
//! `fetch` is bound in `fetch.rs` (the global one, never `window`).

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `globalThis.setTimeout(callback, ms)`.
    #[wasm_bindgen(js_name = setTimeout)]
    pub(crate) fn set_timeout(callback: &js_sys::Function, ms: i32) -> JsValue;

    /// `globalThis.clearTimeout(handle)`.
    #[wasm_bindgen(js_name = clearTimeout)]
    pub(crate) fn clear_timeout(handle: &JsValue);
}

/// Resolves after `ms` milliseconds.
pub(crate) async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        set_timeout(&resolve, i32::try_from(ms).unwrap_or(i32::MAX));
    });
    // A timer promise never rejects.
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether the module runs in a browser page (a global `document` exists).
pub(crate) fn in_browser() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &"document".into()).unwrap_or(false)
}
