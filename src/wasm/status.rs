//! `interpretCustomHostname`, `interpretMany`, `summarizeMany` and
//! `interpretWebhook`: the status interpreter (`crate::status`) for
//! JavaScript.

use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

use super::convert;
use super::error::BoundaryError;
use crate::api::{CustomHostname, ParseError, WebhookPayload, parse_json};
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
/// it with `shape`; a bad item becomes `{ ok: false, error }`.
fn batch<T>(
    list: JsValue,
    context: Option<JsValue>,
    shape: impl Fn(Assessment) -> T,
) -> Result<Vec<BatchItem<T>>, BoundaryError> {
    let value = json_value(list, "list")?;
    let context = self::context(context)?;
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
    if items.len() > MAX_BATCH_ITEMS {
        return Err(BoundaryError::from_coded(
            &ParseError::TooLarge {
                what: "list items",
                size: items.len(),
                limit: MAX_BATCH_ITEMS,
            },
            None,
        ));
    }
    Ok(items
        .iter()
        .map(|item| match CustomHostname::from_json_value(item) {
            Ok(object) => BatchItem::Ok {
                ok: true,
                value: shape(assess(&object, &context)),
            },
            Err(e) => BatchItem::Err {
                ok: false,
                error: ErrorInfo::from_error(&e, None),
            },
        })
        .collect())
}

/// Interprets a Cloudflare certificate notification (webhook) payload.
#[wasm_bindgen(js_name = interpretWebhook, unchecked_return_type = "WebhookAssessment")]
pub fn interpret_webhook_js(
    #[wasm_bindgen(unchecked_param_type = "object | string")] json: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ContextInput")] context: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let value = json_value(json, "json")?;
    let context = self::context(context)?;
    // Re-read through the model's own entry point: it checks the root is an
    // object and names the path of the first field that does not fit.
    let payload = WebhookPayload::from_json_str(&value.to_string())
        .map_err(|e| BoundaryError::from_coded(&e, None))?;
    Ok(convert::to_js(&interpret_webhook(&payload, &context))?)
}
