//! The one message catalogue: every human sentence the status interpreter
//! produces, keyed by a stable code.
//!
//! Keys: `phase.<phase>`, `hostname.<status>`, `certificate.<status>`,
//! `step.<code>`, `error.<code>.cause`, `error.<code>.fix`,
//! `deadline.<code>`, `dns.<summary>`, `webhook.<stage>.<outcome>`.
//! Templates may hold `{name}` placeholders filled by [`render`]. The logic
//! never assembles a sentence itself; a new locale is one more file like
//! `en.rs` and one more [`Locale`] variant, with no change to the logic.

mod en;

/// A language of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Locale {
    /// English (the reference catalogue: every key exists here).
    #[default]
    En,
}

impl Locale {
    /// The raw template for `key`, if this locale has it.
    pub fn template(self, key: &str) -> Option<&'static str> {
        match self {
            Self::En => en::template(key),
        }
    }
}

/// Every key of the English catalogue (used by tests to check coverage).
pub fn english_keys() -> impl Iterator<Item = &'static str> {
    en::keys()
}

/// Renders `key` in `locale`, substituting `{name}` placeholders from
/// `params`. A key missing from the locale falls back to English, then to
/// the key itself (never panics, never drops information).
pub fn render(locale: Locale, key: &str, params: &[(&str, &str)]) -> String {
    let Some(template) = locale.template(key).or_else(|| en::template(key)) else {
        return key.to_owned();
    };
    substitute(template, params)
}

/// Replaces each `{name}` with its value; unknown placeholders stay as they are.
fn substitute(template: &str, params: &[(&str, &str)]) -> String {
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

/// Placeholder names used by `template` (for tests).
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitutes_known_and_keeps_unknown() {
        assert_eq!(
            substitute("a {x} b {y} c", &[("x", "1")]),
            "a 1 b {y} c".to_owned()
        );
        assert_eq!(substitute("open {", &[]), "open {".to_owned());
    }

    #[test]
    fn missing_key_falls_back_to_key() {
        assert_eq!(render(Locale::En, "no.such.key", &[]), "no.such.key");
    }
}
