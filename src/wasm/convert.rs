//! Decode and encode: JS values ⇄ core data, with one serializer
//! configuration for the whole boundary.

use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

use super::error::BoundaryError;
use crate::api::{MAX_JSON_BYTES, MAX_JSON_DEPTH, MAX_JSON_VALUES, ParseError};

/// The one serializer: plain objects for maps (not `Map`), numbers for u64
/// that fit, `undefined` omitted fields (JSON-compatible output).
const SERIALIZER: serde_wasm_bindgen::Serializer =
    serde_wasm_bindgen::Serializer::json_compatible();

/// Encodes a core value as a JS value.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, BoundaryError> {
    value
        .serialize(&SERIALIZER)
        .map_err(|e| BoundaryError::internal(format!("could not encode the result: {e}")))
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

/// Decodes a required string argument.
pub(crate) fn string(value: &JsValue, name: &str) -> Result<String, BoundaryError> {
    value.as_string().ok_or_else(|| {
        BoundaryError::invalid_argument(
            name,
            &format!("expected a string, got {}", type_name(value)),
        )
    })
}

/// Decodes an array of strings; a non-string item is reported by index.
pub(crate) fn strings(value: &JsValue, name: &str) -> Result<Vec<String>, BoundaryError> {
    if !js_sys::Array::is_array(value) {
        return Err(BoundaryError::invalid_argument(
            name,
            &format!("expected an array of strings, got {}", type_name(value)),
        ));
    }
    guard(value, name)?;
    let array: js_sys::Array = value.clone().unchecked_into();
    let mut out = Vec::with_capacity(array.length() as usize);
    for (i, item) in array.iter().enumerate() {
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

/// Refuses a JS argument that is not JSON-like data of bounded size before
/// `serde_wasm_bindgen` decodes it: nesting deeper than [`MAX_JSON_DEPTH`]
/// (`input_too_deep`), more than [`MAX_JSON_VALUES`] values or more than
/// [`MAX_JSON_BYTES`] UTF-16 units of strings and keys (`input_too_large`),
/// objects other than plain ones and arrays, and properties whose getter
/// throws (`invalid_argument`). Why: the decoder recurses once per level (a
/// 10 000-deep object overflowed the Wasm stack and corrupted the instance
/// for every later call), copies each string it meets (one 1 MB string
/// listed 1000 times would ask for 1 GB), and lets exceptions from getters
/// and exotic prototypes (a `Uint8Array` prototype on a plain object) pass
/// through the Wasm frames. The walk is iterative; every read goes through
/// `Reflect`, whose exceptions come back here as values.
pub(crate) fn guard(value: &JsValue, name: &str) -> Result<(), BoundaryError> {
    use js_sys::{Array, JsString, Reflect};

    let too_large = |what: &'static str, size: usize, limit: usize| {
        BoundaryError::from_coded(&ParseError::TooLarge { what, size, limit }, None)
            .with_data(to_js(&serde_json::json!({ "field": name })).unwrap_or(JsValue::UNDEFINED))
    };
    let not_json = |detail: &str| {
        BoundaryError::invalid_argument(name, &format!("not JSON-like data: {detail}"))
    };
    let mut stack: Vec<(JsValue, usize)> = vec![(value.clone(), 1)];
    let mut values = 0usize;
    let mut units = 0usize;
    while let Some((item, depth)) = stack.pop() {
        values += 1;
        if values > MAX_JSON_VALUES {
            return Err(too_large("values", values, MAX_JSON_VALUES));
        }
        if let Some(text) = item.dyn_ref::<JsString>() {
            units = units.saturating_add(text.length() as usize);
            if units > MAX_JSON_BYTES {
                return Err(too_large("strings (UTF-16 units)", units, MAX_JSON_BYTES));
            }
            continue;
        }
        if !item.is_object() || item.is_function() {
            continue; // scalars; functions and symbols are refused by the decoder
        }
        if !Array::is_array(&item) {
            // Plain objects only: prototype null, or one whose own prototype
            // is null (Object.prototype of any realm).
            let proto =
                Reflect::get_prototype_of(&item).map_err(|_| not_json("unreadable prototype"))?;
            if !proto.is_null() {
                let above = Reflect::get_prototype_of(&proto)
                    .map_err(|_| not_json("unreadable prototype"))?;
                if !above.is_null() {
                    return Err(not_json("expected plain objects and arrays"));
                }
            }
        }
        let keys = Reflect::own_keys(&item).map_err(|_| not_json("unreadable keys"))?;
        if depth >= MAX_JSON_DEPTH && keys.length() > 0 && !keys_are_only_length(&item, &keys) {
            return Err(BoundaryError::from_coded(
                &ParseError::TooDeep {
                    limit: MAX_JSON_DEPTH,
                },
                None,
            ));
        }
        let total = values.saturating_add(keys.length() as usize);
        if total > MAX_JSON_VALUES {
            return Err(too_large("values", total, MAX_JSON_VALUES));
        }
        for key in keys.iter() {
            let Some(key_text) = key.dyn_ref::<JsString>() else {
                continue; // symbol keys are not data
            };
            units = units.saturating_add(key_text.length() as usize);
            let child = Reflect::get(&item, &key)
                .map_err(|_| not_json(&format!("reading `{}` threw", String::from(key_text))))?;
            stack.push((child, depth + 1));
        }
    }
    Ok(())
}

/// An empty array (its only own key is `length`).
fn keys_are_only_length(item: &JsValue, keys: &js_sys::Array) -> bool {
    js_sys::Array::is_array(item) && keys.length() == 1
}

/// [`guard`], then `serde_wasm_bindgen::from_value`; a decoding failure is
/// mapped by `on_error`.
pub(crate) fn decode<T: DeserializeOwned>(
    value: JsValue,
    name: &str,
    on_error: impl FnOnce(serde_wasm_bindgen::Error) -> BoundaryError,
) -> Result<T, BoundaryError> {
    guard(&value, name)?;
    serde_wasm_bindgen::from_value(value).map_err(on_error)
}
