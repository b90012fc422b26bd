//! Many custom hostnames from one JSON text (an array of objects, or a list
//! envelope with a `result` array), decoded item by item straight from the
//! text into the typed model: no `serde_json::Value` tree and no path
//! tracking for items that fit, which is nearly all of them (measured:
//! docs/performance.md "Bulk"). An item that does not fit the fast way is
//! decoded again the careful way ([`CustomHostname::from_json_value`]),
//! which also names the path of the first bad field, so every item's result
//! (object or error) is exactly what the careful way gives.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{CustomHostname, ParseError, parse_json};

/// One item's outcome.
pub type Item = Result<CustomHostname, ParseError>;

/// A list envelope: its `result` array (the other fields are ignored).
#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(borrow)]
    result: Vec<&'a RawValue>,
}

/// The items of `text`, each as its slice of the text, or `None` when the
/// list itself is not one the fast way reads (not JSON, not an array or an
/// object with a `result` array, duplicate keys...): the caller then reads
/// it through a `Value` and reports what is wrong with it.
pub fn custom_hostnames_from_list_text(text: &str) -> Option<Vec<&RawValue>> {
    // `RawValue` cannot be read through serde's untagged buffering: the
    // first byte decides the shape.
    match text.trim_start().as_bytes().first()? {
        b'[' => serde_json::from_str(text).ok(),
        b'{' => serde_json::from_str::<Envelope<'_>>(text)
            .ok()
            .map(|e| e.result),
        _ => None,
    }
}

/// Decodes one item of [`custom_hostnames_from_list_text`].
pub fn decode_item(raw: &RawValue) -> Item {
    let text = raw.get();
    // The careful way treats an object with `result` or `success` as an
    // envelope, which a typed decode cannot see; such items (and any with
    // an escape that could spell those keys) take the careful way.
    let plain =
        !text.contains("\"result\"") && !text.contains("\"success\"") && !text.contains("\\u");
    if plain {
        if let Ok(object) = serde_json::from_str::<CustomHostname>(text) {
            return Ok(object);
        }
    }
    CustomHostname::from_json_value(&parse_json(text)?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    /// Each item gives what the careful way gives on the same item.
    fn agrees(list: &str) {
        let value: serde_json::Value = serde_json::from_str(list).unwrap();
        let items = match &value {
            serde_json::Value::Array(items) => items.clone(),
            other => other["result"].as_array().unwrap().clone(),
        };
        let raw = custom_hostnames_from_list_text(list).unwrap();
        assert_eq!(raw.len(), items.len());
        for (raw, item) in raw.iter().zip(&items) {
            assert_eq!(
                decode_item(raw),
                CustomHostname::from_json_value(item),
                "{}",
                raw.get()
            );
        }
    }

    #[test]
    fn items_decode_as_the_careful_way_does() {
        let ok = r#"{"id":"a","hostname":"app.customer.com","status":"active","ssl":{"status":"active","method":"txt","type":"dv"}}"#;
        agrees(&format!("[{ok},{ok}]"));
        agrees(&format!(
            r#"{{"success":true,"result":[{ok}],"result_info":{{"page":1}}}}"#
        ));
        for odd in [
            r#"{"id":"a","hostname":"x.com","hostname":"y.com"}"#,
            r#"{"id":"a","hostname":"x.com","result":{"id":"b","hostname":"z.com"}}"#,
            r#"{"success":true,"result":{"id":"b","hostname":"z.com"}}"#,
            r#"{"success":false,"errors":[]}"#,
            r#"{"id":"a","hostname":"x.com","ssl":{"status":7}}"#,
            r#"{"id":"a","hostname":"x.com","custom_metadata":{"k":"\u0072esult"}}"#,
            r#"{"id":"a","hostn\u0061me":"x.com"}"#,
            r#"{"id":"a"}"#,
            r#"[1]"#,
            r#""text""#,
            "null",
            "3",
            r#"{"id":"a","hostname":"x.com","created_at":"not a time"}"#,
        ] {
            agrees(&format!("[{ok},{odd}]"));
        }
    }

    #[test]
    fn lists_the_fast_way_cannot_read_are_left_to_the_caller() {
        for list in [
            "",
            "{",
            "3",
            r#"{"result":3}"#,
            r#"{"result":[],"result":[]}"#,
            r#"{"errors":[]}"#,
        ] {
            assert!(custom_hostnames_from_list_text(list).is_none(), "{list}");
        }
    }
}
