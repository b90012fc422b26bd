//! The customer catalogue, one table per [`Locale`]. English is the
//! reference: every key exists there, and a test holds every other locale
//! to the same keys and the same placeholders.
//!
//! Key families: `summary.*` (one line per verdict), `step.*` (what the
//! customer does, or that there is nothing to do), `deadline.*` (with an
//! absolute date), `dns.*` (the live check in one line), `check.*` (one
//! record's live state), `error.*` (a Cloudflare or CA message in plain
//! words), `record.*` / `order.*` / `note.*` / `render.*` (the DNS
//! instructions and their documents), `warning.*` (what was done to the
//! name typed), `date.*` / `month.*` (dates). Counted sentences have
//! `.one` and `.other` forms ([`super::counted`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::Locale;

mod de;
mod en;
mod es;
mod fr;
mod ja;
mod pt_br;

fn entries(locale: Locale) -> &'static [(&'static str, &'static str)] {
    match locale {
        Locale::En => en::ENTRIES,
        Locale::De => de::ENTRIES,
        Locale::Fr => fr::ENTRIES,
        Locale::Es => es::ENTRIES,
        Locale::Ja => ja::ENTRIES,
        Locale::PtBr => pt_br::ENTRIES,
    }
}

/// Every key of `locale`'s table, in table order (tests check coverage).
pub fn keys(locale: Locale) -> impl Iterator<Item = &'static str> {
    entries(locale).iter().map(|(key, _)| *key)
}

/// The raw template for `key` in `locale`, if that table has it (a hash map
/// per locale, built on first use: lookups happen for every sentence).
pub fn template(locale: Locale, key: &str) -> Option<&'static str> {
    static INDEX: OnceLock<HashMap<(Locale, &'static str), &'static str>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            Locale::ALL
                .iter()
                .flat_map(|locale| {
                    entries(*locale)
                        .iter()
                        .map(move |(key, template)| ((*locale, *key), *template))
                })
                .collect()
        })
        .get(&(locale, key))
        .copied()
}
