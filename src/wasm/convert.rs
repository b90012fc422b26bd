//! Decode and encode: JS values ⇄ core data, with one serializer
//! configuration for the whole boundary.

use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::error::BoundaryError;
use crate::api::{MAX_JSON_DEPTH, ParseError};

/// Longest JSON text a JS argument may serialize to, in UTF-16 units (64 Mi):
/// room for the largest batch, `interpretMany` of 10 000 custom hostnames
/// (about 20 Mi; the performance goal), and no more. Bounds what
/// is copied into Wasm memory.
pub(crate) const MAX_JS_JSON_UNITS: usize = 64 << 20;

#[wasm_bindgen]
extern "C" {
    /// The host's `JSON.stringify`; its exceptions (cycles, BigInt, a getter
    /// that throws, the engine's own depth and length limits) come back as
    /// values instead of unwinding through the Wasm frames.
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = stringify)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;

    /// The host's `JSON.parse` (see [`to_js`]).
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;

    /// The host's `TextEncoder` (WHATWG Encoding: Node, browsers, workerd).
    type TextEncoder;
    #[wasm_bindgen(catch, constructor)]
    fn new() -> Result<TextEncoder, JsValue>;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &js_sys::JsString) -> js_sys::Uint8Array;
}

/// From this many UTF-16 units on, [`copy_string`] copies a string through the
/// host's `TextEncoder`.
const LONG_TEXT_UNITS: u32 = 4096;

/// A JS string as UTF-8 in Wasm memory. wasm-bindgen's own copy writes
/// ASCII one character at a time from JS (25 ms for 8 MB in Node 20); a long
/// string goes through `TextEncoder.encode` (native, ~2–5 ms) and one block
/// copy instead. The same UTF-8 either way: both end in the host's encoder,
/// which turns a lone surrogate into U+FFFD.
pub(crate) fn copy_string(js: &js_sys::JsString) -> String {
    if js.length() < LONG_TEXT_UNITS {
        return String::from(js);
    }
    match TextEncoder::new() {
        Ok(encoder) => {
            let bytes = encoder.encode(js).to_vec();
            String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
        Err(_) => String::from(js),
    }
}

/// [`copy_string`] for a value that may not be a string.
pub(crate) fn copy_if_string(value: &JsValue) -> Option<String> {
    value.dyn_ref::<js_sys::JsString>().map(copy_string)
}

/// Encodes a core value as a JS value: `serde_json` text in Wasm, then the
/// host's `JSON.parse`, instead of `serde_wasm_bindgen`'s one boundary
/// crossing (`Reflect.set`) per field. Measured (docs/performance.md): no
/// faster for `interpretMany`, 2 KB smaller after brotli; the reason to keep
/// it is that `JSON.parse` makes a `"__proto__"` key in data an own property,
/// where a `Reflect.set` would have set the object's prototype. JSON
/// semantics, as before (`json_compatible`): maps as plain objects, `None` as
/// `null`, numbers as doubles.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, BoundaryError> {
    let text = serde_json::to_string(value)
        .map_err(|e| BoundaryError::internal(format!("could not encode the result: {e}")))?;
    json_parse(&text).map_err(|_| {
        BoundaryError::internal("could not encode the result: JSON.parse threw".to_owned())
    })
}

/// Decodes an optional options object: `undefined`/`null` gives the default.
pub(crate) fn options<T: DeserializeOwned + Default>(
    value: JsValue,
    name: &str,
) -> Result<T, BoundaryError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    decode(value, name, |e| {
        BoundaryError::invalid_argument(name, &format!("not valid options: {e}"))
    })
}

/// Decodes a required string argument (a short one: one crossing, see
/// [`long_string`]).
pub(crate) fn string(value: &JsValue, name: &str) -> Result<String, BoundaryError> {
    value.as_string().ok_or_else(|| not_a_string(value, name))
}

/// Decodes a required string argument that may be long (a whole batch):
/// [`copy_string`], at the price of one more crossing to read its length.
pub(crate) fn long_string(value: &JsValue, name: &str) -> Result<String, BoundaryError> {
    copy_if_string(value).ok_or_else(|| not_a_string(value, name))
}

fn not_a_string(value: &JsValue, name: &str) -> BoundaryError {
    BoundaryError::invalid_argument(
        name,
        &format!("expected a string, got {}", type_name(value)),
    )
}

/// Decodes an array of strings; a non-string item is reported by index.
pub(crate) fn strings(value: &JsValue, name: &str) -> Result<Vec<String>, BoundaryError> {
    if !js_sys::Array::is_array(value) {
        return Err(BoundaryError::invalid_argument(
            name,
            &format!("expected an array of strings, got {}", type_name(value)),
        ));
    }
    let array: js_sys::Array = value.clone().unchecked_into();
    let mut units = 0usize;
    let mut out = Vec::new();
    for i in 0..array.length() {
        // Reflect::get catches a throwing index getter.
        let item = js_sys::Reflect::get_u32(&array, i).map_err(|_| {
            BoundaryError::invalid_argument(name, &format!("reading {name}[{i}] threw"))
        })?;
        if let Some(text) = item.dyn_ref::<js_sys::JsString>() {
            units = units.saturating_add(text.length() as usize);
            if units > MAX_JS_JSON_UNITS {
                return Err(too_large(name, units));
            }
        }
        out.push(string(&item, &format!("{name}[{i}]"))?);
    }
    Ok(out)
}

/// `typeof`-like name for error messages.
pub(crate) fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_owned()
    } else if js_sys::Array::is_array(value) {
        "an array".to_owned()
    } else {
        value
            .js_typeof()
            .as_string()
            .unwrap_or_else(|| "unknown".to_owned())
    }
}

/// Decodes a JS argument as JSON data: the host's `JSON.stringify`, then
/// serde_json, instead of walking the object field by field
/// (`serde_wasm_bindgen`). Why: the field-by-field decoder recursed once per
/// level with no limit (a 10 000-deep object overflowed the Wasm stack and
/// corrupted the instance for every later call), let exceptions from
/// getters and exotic prototypes unwind through the Wasm frames, and crossed
/// the boundary once per value. Here nesting is bounded by serde_json's
/// recursion limit ([`MAX_JSON_DEPTH`], `input_too_deep`), the text by
/// [`MAX_JS_JSON_UNITS`] (`input_too_large`), and anything `JSON.stringify`
/// refuses is `invalid_argument` (or a limit code for the engine's own
/// depth and string-length limits). JSON semantics apply: `undefined`
/// fields are absent, `Date`s are ISO strings, `NaN` is `null`.
pub(crate) fn decode<T: DeserializeOwned>(
    value: JsValue,
    name: &str,
    on_error: impl FnOnce(serde_json::Error) -> BoundaryError,
) -> Result<T, BoundaryError> {
    // `undefined`, a function or a symbol: no JSON at all.
    let text = json_text(&value, name)?.unwrap_or_else(|| "null".to_owned());
    from_json_text(&text, on_error)
}

/// The JSON text of a JS argument (the host's `JSON.stringify`, with the
/// limits of [`decode`]), or `None` when the value has no JSON form
/// (`undefined`, a function, a symbol). For decoders that read the text
/// themselves (typed, item by item: `interpretMany`).
pub(crate) fn json_text(value: &JsValue, name: &str) -> Result<Option<String>, BoundaryError> {
    let text = match json_stringify(value) {
        Ok(text) => text,
        Err(thrown) => return Err(stringify_error(&thrown, name)),
    };
    let Some(js_text) = text.dyn_ref::<js_sys::JsString>() else {
        return Ok(None);
    };
    let units = js_text.length() as usize;
    if units > MAX_JS_JSON_UNITS {
        return Err(too_large(name, units));
    }
    Ok(Some(copy_string(js_text)))
}

/// Deserializes a JSON text as [`decode`] does (nesting over the limit is
/// `input_too_deep`, anything else `on_error`).
pub(crate) fn from_json_text<T: DeserializeOwned>(
    text: &str,
    on_error: impl FnOnce(serde_json::Error) -> BoundaryError,
) -> Result<T, BoundaryError> {
    serde_json::from_str(text).map_err(|e| {
        if e.to_string().starts_with("recursion limit exceeded") {
            too_deep()
        } else {
            on_error(e)
        }
    })
}

fn too_large(name: &str, size: usize) -> BoundaryError {
    BoundaryError::from_coded(
        &ParseError::TooLarge {
            what: "JSON text of the argument (UTF-16 units)",
            size,
            limit: MAX_JS_JSON_UNITS,
        },
        None,
    )
    .with_data(to_js(&serde_json::json!({ "field": name })).unwrap_or(JsValue::UNDEFINED))
}

fn too_deep() -> BoundaryError {
    BoundaryError::from_coded(
        &ParseError::TooDeep {
            limit: MAX_JSON_DEPTH,
        },
        None,
    )
}

/// What `JSON.stringify` threw, as a coded error: the engine's stack limit
/// (V8 "Maximum call stack size exceeded", Firefox "too much recursion")
/// is nesting, its string-length limit is size, the rest (cycles, BigInt,
/// throwing getters) is a bad argument.
fn stringify_error(thrown: &JsValue, name: &str) -> BoundaryError {
    let message = thrown
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "a non-Error value was thrown".to_owned());
    if thrown.is_instance_of::<js_sys::RangeError>() {
        let lower = message.to_ascii_lowercase();
        if lower.contains("stack") || lower.contains("recursion") {
            return too_deep();
        }
        return too_large(name, MAX_JS_JSON_UNITS.saturating_add(1));
    }
    BoundaryError::invalid_argument(name, &format!("not JSON data: {message}"))
}
