//! Decode and encode: JS values ⇄ core data, with one serializer
//! configuration for the whole boundary.

use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

use super::error::BoundaryError;

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
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| BoundaryError::invalid_argument(name, &format!("not valid options: {e}")))
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
    let array = js_sys::Array::from(value);
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
