//! The customer catalogue, one table per [`Locale`], kept as data:
//! `data/messages/<tag>.json` (an object of key → template). English is the
//! reference: every key exists there, and a test holds every other locale
//! to the same keys and the same placeholders.
//!
//! Key families: `summary.*` (one line per verdict), `step.*` (what the
//! customer does, or that there is nothing to do), `deadline.*` (with an
//! absolute date), `dns.*` (the live check in one line), `check.*` (one
//! record's live state), `error.*` (a Cloudflare or CA message in plain
//! words), `record.*` / `order.*` / `note.*` / `render.*` (the DNS
//! instructions and their documents), `warning.*` (what was done to the
//! name typed), `page.*` (the onboarding page's own words), `date.*` /
//! `month.*` (dates). Counted sentences have `.one` and `.other` forms
//! ([`super::counted`]).
//!
//! With the `embedded-locales` feature (the default, and the full package
//! entry) all six tables are compiled in. Without it (the page entry, which
//! ships to browsers and counts its bytes) only English is; a page loads the
//! one other locale it needs from the package's `locales/<tag>.json` and
//! hands it over with [`register`]. Until then that locale falls back to
//! English, sentence by sentence.

use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

use super::{Locale, placeholders};

/// One locale's table: key → template.
type Table = HashMap<&'static str, &'static str>;

/// The JSON text of a locale compiled into this build, if any.
fn embedded(locale: Locale) -> Option<&'static str> {
    match locale {
        Locale::En => Some(include_str!("../../../data/messages/en.json")),
        #[cfg(feature = "embedded-locales")]
        Locale::De => Some(include_str!("../../../data/messages/de.json")),
        #[cfg(feature = "embedded-locales")]
        Locale::Fr => Some(include_str!("../../../data/messages/fr.json")),
        #[cfg(feature = "embedded-locales")]
        Locale::Es => Some(include_str!("../../../data/messages/es.json")),
        #[cfg(feature = "embedded-locales")]
        Locale::Ja => Some(include_str!("../../../data/messages/ja.json")),
        #[cfg(feature = "embedded-locales")]
        Locale::PtBr => Some(include_str!("../../../data/messages/pt-BR.json")),
        #[cfg(not(feature = "embedded-locales"))]
        _ => None,
    }
}

/// Reads a table's JSON text (nothing kept yet).
fn read(json: &str) -> Result<HashMap<String, String>, RegisterError> {
    serde_json::from_str(json).map_err(|e| RegisterError::Invalid(e.to_string()))
}

/// Keeps a table for the rest of the program: templates are handed out as
/// `&'static str`. Called once per embedded locale and once per accepted
/// registration, so what is kept stays bounded by what the caller loads.
fn keep(owned: HashMap<String, String>) -> &'static Table {
    let table: Table = owned
        .into_iter()
        .map(|(k, v)| {
            let k: &'static str = Box::leak(k.into_boxed_str());
            let v: &'static str = Box::leak(v.into_boxed_str());
            (k, v)
        })
        .collect();
    Box::leak(Box::new(table))
}

/// The tables in use, by locale: an embedded one is parsed at its first
/// use (an English-only caller never parses the other five), a registered
/// one is added by [`register`].
fn tables() -> &'static RwLock<HashMap<Locale, &'static Table>> {
    static TABLES: OnceLock<RwLock<HashMap<Locale, &'static Table>>> = OnceLock::new();
    TABLES.get_or_init(|| RwLock::new(HashMap::new()))
}

fn table(locale: Locale) -> Option<&'static Table> {
    if let Some(table) = tables().read().ok()?.get(&locale).copied() {
        return Some(table);
    }
    let mut tables = tables().write().ok()?;
    if let Some(table) = tables.get(&locale).copied() {
        return Some(table);
    }
    // The embedded files are checked by the tests; a broken one falls back
    // to English rather than failing at run time.
    let table = keep(read(embedded(locale)?).ok()?);
    tables.insert(locale, table);
    Some(table)
}

/// Every key of `locale`'s table (empty when the locale is neither embedded
/// nor registered). Order is not meaningful.
pub fn keys(locale: Locale) -> impl Iterator<Item = &'static str> {
    table(locale).into_iter().flat_map(|t| t.keys().copied())
}

/// The raw template for `key` in `locale`, if that table has it.
pub fn template(locale: Locale, key: &str) -> Option<&'static str> {
    table(locale)?.get(key).copied()
}

/// Whether `locale`'s table is available (embedded or registered).
pub fn is_loaded(locale: Locale) -> bool {
    table(locale).is_some()
}

/// Why a locale table could not be registered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RegisterError {
    /// Not a JSON object of strings.
    #[error("the locale table is not a JSON object of strings: {0}")]
    Invalid(String),
    /// A key the English table does not have, or a template whose
    /// placeholders differ from the English one's.
    #[error("the locale table does not match the English one: {0}")]
    Mismatch(String),
}

impl crate::diagnostic::Coded for RegisterError {
    fn code(&self) -> &'static str {
        crate::error_codes::ErrorCode::InvalidLocaleTable.as_str()
    }
}

/// Registers `locale`'s table from its JSON text (the package's
/// `locales/<tag>.json`). Every key must be an English key with the same
/// placeholders, so a table from another version of the package cannot
/// put an unfilled `{name}` in front of a customer; keys it lacks fall back
/// to English. Registering English or an embedded locale again replaces it.
///
/// # Errors
/// [`RegisterError`] when the text is not a table or does not match English.
pub fn register(locale: Locale, json: &str) -> Result<(), RegisterError> {
    let new = read(json)?;
    if locale != Locale::En {
        let english = table(Locale::En)
            .ok_or_else(|| RegisterError::Mismatch("English table missing".to_owned()))?;
        for (key, template) in &new {
            let Some(reference) = english.get(key.as_str()) else {
                return Err(RegisterError::Mismatch(format!("unknown key `{key}`")));
            };
            let mut want = placeholders(reference);
            let mut got = placeholders(template);
            want.sort_unstable();
            got.sort_unstable();
            if want != got {
                return Err(RegisterError::Mismatch(format!(
                    "`{key}` has placeholders {got:?}, English has {want:?}"
                )));
            }
        }
    }
    // Only an accepted table is kept.
    let new = keep(new);
    if let Ok(mut tables) = tables().write() {
        tables.insert(locale, new);
    }
    Ok(())
}
