//! Homograph checks on the Unicode form of a hostname (UTS #39).
//!
//! Two signals, both warnings (a legitimate name may trip them; a customer
//! onboarding page should show them, not refuse):
//! - a label that is not single-script in the UTS #39 sense (Latin mixed with
//!   Cyrillic or Greek; the augmented script sets accept Han with Kana);
//! - a non-ASCII label whose confusable skeleton is plain ASCII, i.e. a whole
//!   word in Cyrillic or Greek that reads as a Latin one (`аррӏе` → `apple`).
//!
//! Implemented with unicode-rs's `unicode-security`.

use unicode_security::{MixedScript, skeleton};

use super::warning::HostnameWarning;

/// Warnings for each suspicious label of `unicode` (labels separated by `.`).
pub(crate) fn check(unicode: &str) -> Vec<HostnameWarning> {
    let mut warnings = Vec::new();
    for label in unicode.split('.').filter(|l| !l.is_ascii()) {
        if !label.is_single_script() {
            warnings.push(HostnameWarning::MixedScript {
                label: label.to_owned(),
            });
            continue;
        }
        let looks_like: String = skeleton(label).collect();
        if looks_like.is_ascii() {
            warnings.push(HostnameWarning::Confusable {
                label: label.to_owned(),
                looks_like,
            });
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(s: &str) -> Vec<&'static str> {
        check(s).iter().map(HostnameWarning::code).collect()
    }

    #[test]
    fn flags_homographs_only() {
        assert_eq!(codes("pаypal.com"), ["mixed_script"]); // Cyrillic а
        assert_eq!(codes("аррӏе.com"), ["confusable"]);
        assert!(codes("bücher.de").is_empty());
        assert!(codes("東京タワー.jp").is_empty());
        assert!(codes("пример.рф").is_empty());
    }
}
