//! `interpretCustomHostname`, `interpretMany`, `summarizeMany` and
//! `interpretWebhook`: the status interpreter (`crate::status`) for
//! JavaScript.

use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

use super::convert;
use super::error::BoundaryError;
use crate::api::batch::{custom_hostnames_from_list_text, decode_item};
use crate::api::{CustomHostname, MAX_JSON_BYTES, ParseError, WebhookPayload, parse_json};
use crate::diagnostic::ErrorInfo;
use crate::status::{
    Assessment, AssessmentSummary, Context, ContextInput, assess, interpret_webhook,
};

/// Most objects `interpretMany` and `summarizeMany` take at once: the
/// issue's batch size (10 000 custom hostnames), ten pages of the API's
/// largest list page.
pub const MAX_BATCH_ITEMS: usize = 10_000;

#[wasm_bindgen(typescript_custom_section)]
const TS_STATUS: &'static str = r#"
/** One item of `interpretMany`. */
export type InterpretResult =
  | { ok: true; assessment: Assessment }
  | { ok: false; error: ErrorInfo };
/** One item of `summarizeMany`. */
export type SummaryResult =
  | { ok: true; summary: AssessmentSummary }
  | { ok: false; error: ErrorInfo };
"#;

/// A JS object (or a JSON text) as a JSON value.
fn json_value(value: JsValue, name: &str) -> Result<Value, BoundaryError> {
    if let Some(text) = convert::copy_if_string(&value) {
        return parse_json(&text).map_err(|e| BoundaryError::from_coded(&e, None));
    }
    if value.is_undefined() || value.is_null() {
        return Err(BoundaryError::invalid_argument(
            name,
            "expected an object or a JSON string",
        ));
    }
    convert::decode(value, name, |e| {
        BoundaryError::invalid_argument(name, &format!("not JSON-like data: {e}"))
    })
}

/// Decodes the optional context (`now` as Unix seconds or RFC 3339).
fn context(value: Option<JsValue>) -> Result<Context, BoundaryError> {
    let input: ContextInput = convert::options(value.unwrap_or(JsValue::UNDEFINED), "context")?;
    Context::try_from(input).map_err(|e| BoundaryError::from_coded(&e, None))
}

/// Interprets one custom hostname (a bare object or an API envelope, as an
/// object or a JSON string): phase, actor, steps, errors, deadlines, polling.
#[wasm_bindgen(js_name = interpretCustomHostname, unchecked_return_type = "Assessment")]
pub fn interpret_custom_hostname(
    #[wasm_bindgen(unchecked_param_type = "object | string")] json: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ContextInput")] context: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let value = json_value(json, "json")?;
    let context = self::context(context)?;
    let object =
        CustomHostname::from_json_value(&value).map_err(|e| BoundaryError::from_coded(&e, None))?;
    Ok(convert::to_js(&assess(&object, &context))?)
}

/// One item of `interpretMany` (`T` = [`Assessment`]) or `summarizeMany`
/// (`T` = [`AssessmentSummary`]).
#[derive(Serialize)]
#[serde(untagged)]
enum BatchItem<T> {
    Ok {
        ok: bool,
        #[serde(flatten)]
        value: T,
    },
    Err {
        ok: bool,
        error: ErrorInfo,
    },
}

/// `{ "assessment": … }`: how `interpretMany` names its items' value.
#[derive(Serialize)]
struct Full {
    assessment: Box<Assessment>,
}

/// `{ "summary": … }`: how `summarizeMany` names its items' value.
#[derive(Serialize)]
struct Brief {
    summary: AssessmentSummary,
}

/// Interprets many custom hostnames with one context: an array of objects,
/// or a list response envelope (`result` array), as data or JSON text.
/// Never throws for a bad item (`{ ok: false, error }`), only for a bad argument.
#[wasm_bindgen(js_name = interpretMany, unchecked_return_type = "InterpretResult[]")]
pub fn interpret_many(
    #[wasm_bindgen(unchecked_param_type = "object[] | object | string")] list: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ContextInput")] context: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let results = batch(list, context, |a| Full {
        assessment: Box::new(a),
    })?;
    Ok(convert::to_js(&results)?)
}

/// [`interpret_many`] with each verdict reduced to one dashboard row
/// (`AssessmentSummary`: phase, actor, statuses, error codes, the next step
/// and deadline): a sixth of the data (measured over 10,000 objects), for
/// lists of thousands.
#[wasm_bindgen(js_name = summarizeMany, unchecked_return_type = "SummaryResult[]")]
pub fn summarize_many(
    #[wasm_bindgen(unchecked_param_type = "object[] | object | string")] list: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ContextInput")] context: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let results = batch(list, context, |a| Brief {
        summary: AssessmentSummary::from(a),
    })?;
    Ok(convert::to_js(&results)?)
}

/// Decodes the list and the context, then assesses every item and shapes
/// it with `shape`; a bad item becomes `{ ok: false, error }`. Items are
/// decoded straight from the list's JSON text into the typed model
/// (`crate::api::batch`); a list that way cannot read goes through a
/// `Value`, which says what is wrong with it.
fn batch<T>(
    list: JsValue,
    context: Option<JsValue>,
    shape: impl Fn(Assessment) -> T,
) -> Result<Vec<BatchItem<T>>, BoundaryError> {
    let context = self::context(context)?;
    let item = |decoded: Result<CustomHostname, ParseError>| match decoded {
        Ok(object) => BatchItem::Ok {
            ok: true,
            value: shape(assess(&object, &context)),
        },
        Err(e) => BatchItem::Err {
            ok: false,
            error: ErrorInfo::from_error(&e, None),
        },
    };
    let given = convert::copy_if_string(&list);
    let from_string = given.is_some();
    let text = match given {
        // parse_json's size bound applies to a text argument (as below).
        Some(text) if text.len() <= MAX_JSON_BYTES => Some(text),
        Some(_) => None,
        None if list.is_undefined() || list.is_null() => None,
        None => convert::json_text(&list, "list")?,
    };
    if let Some(raw) = text.as_deref().and_then(custom_hostnames_from_list_text) {
        within_batch_limit(raw.len())?;
        return Ok(raw.iter().map(|r| item(decode_item(r))).collect());
    }
    let value = match text {
        // A JSON text from the caller: its errors are JSON errors
        // (`invalid_json`), as for every other function taking one.
        Some(text) if from_string => {
            parse_json(&text).map_err(|e| BoundaryError::from_coded(&e, None))?
        }
        Some(text) => convert::from_json_text(&text, |e| {
            BoundaryError::invalid_argument("list", &format!("not JSON-like data: {e}"))
        })?,
        None => json_value(list, "list")?,
    };
    let items = match &value {
        Value::Array(items) => items,
        Value::Object(object) => match object.get("result") {
            Some(Value::Array(items)) => items,
            _ => {
                return Err(BoundaryError::invalid_argument(
                    "list",
                    "expected an array or a list envelope with a `result` array",
                ));
            }
        },
        _ => {
            return Err(BoundaryError::invalid_argument(
                "list",
                "expected an array or a list envelope",
            ));
        }
    };
    within_batch_limit(items.len())?;
    Ok(items
        .iter()
        .map(|value| item(CustomHostname::from_json_value(value)))
        .collect())
}

fn within_batch_limit(items: usize) -> Result<(), BoundaryError> {
    if items > MAX_BATCH_ITEMS {
        return Err(BoundaryError::from_coded(
            &ParseError::TooLarge {
                what: "list items",
                size: items,
                limit: MAX_BATCH_ITEMS,
            },
            None,
        ));
    }
    Ok(())
}

/// Interprets a Cloudflare certificate notification (webhook) payload.
#[wasm_bindgen(js_name = interpretWebhook, unchecked_return_type = "WebhookAssessment")]
pub fn interpret_webhook_js(
    #[wasm_bindgen(unchecked_param_type = "object | string")] json: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ContextInput")] context: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let value = json_value(json, "json")?;
    let context = self::context(context)?;
    let payload =
        WebhookPayload::from_json_value(&value).map_err(|e| BoundaryError::from_coded(&e, None))?;
    Ok(convert::to_js(&interpret_webhook(&payload, &context))?)
}
