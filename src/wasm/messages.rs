//! `customerMessages`, `customerWarning`: the customer catalogue's words for
//! pages that build their own screens (the onboarding page's `page.*` keys),
//! and a typed hostname's warnings in the customer's words (core:
//! `crate::messages`).

use std::collections::BTreeMap;

use wasm_bindgen::prelude::*;

use super::convert;
use super::error::BoundaryError;
use crate::diagnostic::Warning;
use crate::messages::{self, Locale, customer};

/// The locale of an optional BCP 47 tag argument (`undefined`, `null` or an
/// unshipped tag: English).
fn locale(tag: &JsValue) -> Result<Locale, BoundaryError> {
    if tag.is_undefined() || tag.is_null() {
        return Ok(Locale::En);
    }
    let tag = convert::string(tag, "locale")?;
    Ok(Locale::negotiate(Some(&tag)).0)
}

/// Every customer template whose key starts with `prefix`, as a plain object
/// of key → template (`{name}` placeholders unfilled), in `locale` (`en`,
/// `de`, `fr`, `es`, `ja`, `pt-BR`; English for any other tag, and for a key
/// a locale lacks).
#[wasm_bindgen(js_name = customerMessages, unchecked_return_type = "Record<string, string>")]
pub fn customer_messages(
    #[wasm_bindgen(unchecked_param_type = "string | undefined")] locale_tag: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] prefix: JsValue,
) -> Result<JsValue, JsValue> {
    let prefix = convert::string(&prefix, "prefix")?;
    let locale = locale(&locale_tag)?;
    let table: BTreeMap<&str, &str> = customer::keys(Locale::En)
        .filter(|key| key.starts_with(prefix.as_str()))
        .filter_map(|key| {
            customer::template(locale, key)
                .or_else(|| customer::template(Locale::En, key))
                .map(|template| (key, template))
        })
        .collect();
    Ok(convert::to_js(&table)?)
}

/// A warning of `parseHostname` (`removed_scheme`, `converted_to_ascii`...)
/// in the customer's words and `locale`, or `undefined` for warnings that are
/// for the SaaS provider rather than about the name the customer typed.
#[wasm_bindgen(js_name = customerWarning, unchecked_return_type = "string | undefined")]
pub fn customer_warning(
    #[wasm_bindgen(unchecked_param_type = "Warning")] warning: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | undefined")] locale_tag: JsValue,
) -> Result<JsValue, JsValue> {
    if warning.is_undefined() || warning.is_null() {
        return Err(
            BoundaryError::invalid_argument("warning", "expected an object, got nothing").into(),
        );
    }
    let warning: Warning = convert::decode(warning, "warning", |e| {
        BoundaryError::invalid_argument("warning", &e.to_string())
    })?;
    Ok(
        match messages::customer_warning(&warning, locale(&locale_tag)?) {
            Some(text) => JsValue::from(text),
            None => JsValue::UNDEFINED,
        },
    )
}

/// Registers a customer locale table from its JSON text: the package's
/// `locales/<tag>.json`, for builds that embed only English (the page
/// entry: `loadCustomerLocale(tag)` in its JS fetches the file and calls
/// this). Throws `invalid_locale_table` when the table does not match the
/// English one (unknown keys, other placeholders), `invalid_argument` for an
/// unshipped tag.
#[wasm_bindgen(js_name = registerCustomerLocale)]
pub fn register_customer_locale(
    #[wasm_bindgen(unchecked_param_type = "string")] locale_tag: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
) -> Result<(), JsValue> {
    let tag = convert::string(&locale_tag, "locale")?;
    let Some(locale) = Locale::from_tag(&tag) else {
        return Err(BoundaryError::invalid_argument("locale", "not a shipped locale").into());
    };
    let json = convert::string(&json, "json")?;
    customer::register(locale, &json).map_err(|e| BoundaryError::from_coded(&e, None))?;
    Ok(())
}

/// Whether the customer text of `locale` is available without loading
/// anything (English always; the others in builds that embed them, or once
/// registered).
#[wasm_bindgen(js_name = customerLocaleLoaded)]
pub fn customer_locale_loaded(
    #[wasm_bindgen(unchecked_param_type = "string")] locale_tag: JsValue,
) -> Result<bool, JsValue> {
    let tag = convert::string(&locale_tag, "locale")?;
    Ok(Locale::from_tag(&tag).is_some_and(customer::is_loaded))
}
