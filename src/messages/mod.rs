//! The message catalogues: every sentence the library writes for a person,
//! keyed by a stable code, for two audiences.
//!
//! - **Customer** text ([`customer`]) is what the owner of a custom hostname
//!   reads on an onboarding page, in an e-mail or in a DNS-instructions
//!   document: plain words in their language ([`Locale`]: English, German,
//!   French, Spanish, Japanese, Brazilian Portuguese), their hostname in
//!   Unicode, and never a spec section, an HTTP verb, an API field name, a
//!   raw Cloudflare status or an error code. Every locale has every key
//!   (a test fails otherwise, and on any placeholder mismatch).
//! - **Provider** text ([`provider`]) is for the SaaS provider's developers
//!   and operators: English, technical, may cite
//!   `spec/cloudflare-for-saas.md` sections and name API calls and fields.
//!
//! Templates hold `{name}` placeholders filled by the render functions. The
//! logic never assembles a sentence itself: a new locale is one more file
//! under `customer/` and one more [`Locale`] variant.

pub mod customer;
mod dates;
pub mod provider;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Warning;

pub use dates::format_date;

/// A language of the customer catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum Locale {
    /// English (the reference catalogue).
    #[default]
    #[serde(rename = "en")]
    En,
    /// German.
    #[serde(rename = "de")]
    De,
    /// French.
    #[serde(rename = "fr")]
    Fr,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
    /// Japanese.
    #[serde(rename = "ja")]
    Ja,
    /// Brazilian Portuguese.
    #[serde(rename = "pt-BR")]
    PtBr,
}

/// Who a text is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The owner of the custom hostname: plain words, their language.
    Customer,
    /// The SaaS provider's developers and operators: English, technical.
    Provider,
}

impl Locale {
    /// Every shipped locale, English first.
    pub const ALL: [Self; 6] = [Self::En, Self::De, Self::Fr, Self::Es, Self::Ja, Self::PtBr];

    /// The BCP 47 tag (`en`, `de`, `fr`, `es`, `ja`, `pt-BR`).
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::Ja => "ja",
            Self::PtBr => "pt-BR",
        }
    }

    /// The shipped locale for a BCP 47 tag, matched on its language subtag
    /// case-insensitively (`de-CH` → German, `pt` and `pt-PT` → Brazilian
    /// Portuguese, the only Portuguese shipped); `None` for any other.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let language = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Self::En),
            "de" => Some(Self::De),
            "fr" => Some(Self::Fr),
            "es" => Some(Self::Es),
            "ja" => Some(Self::Ja),
            "pt" => Some(Self::PtBr),
            _ => None,
        }
    }

    /// The locale for an optional caller-given tag: absent or empty means
    /// English; a tag no shipped locale serves also gives English, with a
    /// warning `unknown_locale` naming the tag and the shipped locales.
    pub fn negotiate(tag: Option<&str>) -> (Self, Option<Warning>) {
        let Some(tag) = tag.map(str::trim).filter(|t| !t.is_empty()) else {
            return (Self::En, None);
        };
        match Self::from_tag(tag) {
            Some(locale) => (locale, None),
            None => {
                let shipped: Vec<&str> = Self::ALL.iter().map(|l| l.tag()).collect();
                let shown: String = tag.chars().take(35).collect();
                let warning = Warning::new(
                    "unknown_locale",
                    format!(
                        "locale `{shown}` is not shipped; English is used (shipped: {})",
                        shipped.join(", ")
                    ),
                )
                .with_data(serde_json::json!({ "requested": shown, "shipped": shipped }));
                (Self::En, Some(warning))
            }
        }
    }
}

/// Renders a customer text: `key` in `locale`, falling back to English,
/// then to the key itself (never panics, never drops information).
pub fn customer_text(locale: Locale, key: &str, params: &[(&str, &str)]) -> String {
    match customer::template(locale, key).or_else(|| customer::template(Locale::En, key)) {
        Some(template) => substitute(template, params),
        None => {
            // Every key the library asks for is in the catalogue; a build
            // with debug assertions (the tests) stops at a missing one
            // instead of showing a customer the key.
            debug_assert!(false, "customer catalogue lacks {key}");
            key.to_owned()
        }
    }
}

/// Renders a provider text (English), or the key itself when unknown.
pub fn provider_text(key: &str, params: &[(&str, &str)]) -> String {
    match provider::template(key) {
        Some(template) => substitute(template, params),
        None => {
            debug_assert!(false, "provider catalogue lacks {key}");
            key.to_owned()
        }
    }
}

/// A warning about a typed hostname (`removed_scheme`, `apex`...) in the
/// customer's words: the customer catalogue's `warning.<code>`, its
/// placeholders filled from the warning's `data`. `None` for codes that are
/// not about the name the customer typed (those are for the provider).
pub fn customer_warning(warning: &Warning, locale: Locale) -> Option<String> {
    let key = format!("warning.{}", warning.code);
    customer::template(Locale::En, &key)?;
    let values: Vec<(String, String)> = warning
        .data
        .as_ref()
        .and_then(serde_json::Value::as_object)
        .map(|object| {
            object
                .iter()
                .filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_owned())))
                .collect()
        })
        .unwrap_or_default();
    let params: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    Some(customer_text(locale, &key, &params))
}

/// Renders `key` for `audience` (customer text in `locale`).
pub fn text(audience: Audience, locale: Locale, key: &str, params: &[(&str, &str)]) -> String {
    match audience {
        Audience::Customer => customer_text(locale, key, params),
        Audience::Provider => provider_text(key, params),
    }
}

/// Replaces each `{name}` with its value; unknown placeholders stay as they are.
pub fn substitute(template: &str, params: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let (before, after) = rest.split_at(start);
        out.push_str(before);
        let Some(end) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let name = after.get(1..end).unwrap_or_default();
        match params.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(after.get(..=end).unwrap_or_default()),
        }
        rest = after.get(end + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// Placeholder names used by `template`, in order (for tests).
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = rest.get(start + 1..).unwrap_or_default();
        let Some(end) = after.find('}') else { break };
        names.push(after.get(..end).unwrap_or_default());
        rest = after.get(end + 1..).unwrap_or_default();
    }
    names
}

/// Picks the `.one` or `.other` form of a counted key (`count` 1 → `.one`).
/// Every locale has both forms, even where the language does not inflect.
pub fn counted(key: &str, count: usize) -> String {
    if count == 1 {
        format!("{key}.one")
    } else {
        format!("{key}.other")
    }
}
