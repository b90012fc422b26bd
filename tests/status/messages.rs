//! The message catalogues: every key the library can ask for exists (the
//! provider catalogue in English, the customer catalogue in every shipped
//! locale, with the same placeholders as English), and customer templates
//! hold none of the provider's vocabulary.

use std::collections::BTreeSet;

use custom_hostnames::api::{HostnameStatus, SslStatus};
use custom_hostnames::messages::{Locale, customer, placeholders, provider};
use custom_hostnames::status::Phase;
use custom_hostnames::status::catalogue::CATALOGUE;

use super::customer_text::assert_customer_text;

fn provider_keys() -> Vec<String> {
    let mut keys: Vec<String> = Phase::ALL
        .iter()
        .map(|p| format!("phase.{}", p.as_str()))
        .collect();
    keys.extend(
        HostnameStatus::KNOWN
            .iter()
            .map(|s| format!("hostname.{}", s.as_str())),
    );
    keys.extend(
        SslStatus::KNOWN
            .iter()
            .map(|s| format!("certificate.{}", s.as_str())),
    );
    keys.extend(
        [
            "hostname.unknown",
            "hostname.unreported",
            "certificate.unknown",
            "certificate.unreported",
            "certificate.none",
            "phase.active.unchecked",
            "error.unrecognised.cause",
            "error.unrecognised.fix",
        ]
        .map(String::from),
    );
    for entry in CATALOGUE {
        keys.push(format!("error.{}.cause", entry.code));
        keys.push(format!("error.{}.fix", entry.code));
    }
    for stage in [
        "validation",
        "issuance",
        "deployment",
        "deletion",
        "renewal",
    ] {
        for outcome in ["succeeded", "failed"] {
            keys.push(format!("webhook.{stage}.{outcome}"));
        }
    }
    keys.push("webhook.renewal.upcoming_certificate_expiration_notification".to_owned());
    keys
}

fn customer_keys() -> Vec<String> {
    let mut keys: Vec<String> = Phase::ALL
        .iter()
        .map(|p| format!("summary.{}", p.as_str()))
        .collect();
    for code in [
        "hostname_validation_ends",
        "dcv_token_expires",
        "moved_hostname_deleted",
        "renewal_window_opens",
        "certificate_expires",
    ] {
        keys.push(format!("deadline.{code}"));
    }
    for entry in CATALOGUE {
        if let Some(step) = entry.customer_step {
            keys.push(format!("step.{step}"));
        }
    }
    keys.extend((1..=12).map(|m| format!("month.{m}")));
    keys.push("date.format".to_owned());
    keys
}

#[test]
fn every_provider_key_exists() {
    let have: BTreeSet<&str> = provider::keys().collect();
    for key in provider_keys() {
        assert!(
            have.contains(key.as_str()),
            "provider catalogue lacks {key}"
        );
    }
}

#[test]
fn every_customer_key_exists_in_english() {
    let have: BTreeSet<&str> = customer::keys(Locale::En).collect();
    for key in customer_keys() {
        assert!(
            have.contains(key.as_str()),
            "customer catalogue lacks {key}"
        );
    }
}

/// The catalogue files as written: a JSON object silently keeps the last
/// of two equal keys, so duplicates are looked for in the text.
#[test]
fn catalogue_files_repeat_no_key() {
    for locale in Locale::ALL {
        let path = format!(
            "{}/data/messages/{}.json",
            env!("CARGO_MANIFEST_DIR"),
            locale.tag()
        );
        let text = std::fs::read_to_string(&path).unwrap();
        let mut seen = BTreeSet::new();
        for line in text.lines() {
            if let Some(key) = line
                .trim_start()
                .strip_prefix('"')
                .and_then(|l| l.split_once("\": "))
            {
                assert!(seen.insert(key.0.to_owned()), "{path}: {} twice", key.0);
            }
        }
        assert_eq!(seen.len(), customer::keys(locale).count(), "{path}");
    }
}

#[test]
fn a_registered_table_must_match_english() {
    use custom_hostnames::messages::customer::{RegisterError, register};
    // Re-registering the shipped German table (what a page does with the
    // package's locales/de.json) is accepted and changes nothing.
    let german = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/messages/de.json"
    ))
    .unwrap();
    register(Locale::De, &german).unwrap();
    assert_eq!(customer::template(Locale::De, "month.12"), Some("Dezember"));
    let unknown = register(Locale::Fr, r#"{"no.such.key": "x"}"#).unwrap_err();
    assert!(matches!(unknown, RegisterError::Mismatch(_)), "{unknown}");
    let placeholder =
        register(Locale::Fr, r#"{"summary.active": "{hote} est connecté."}"#).unwrap_err();
    assert!(
        matches!(placeholder, RegisterError::Mismatch(_)),
        "{placeholder}"
    );
    let garbage = register(Locale::Fr, "[1, 2]").unwrap_err();
    assert!(matches!(garbage, RegisterError::Invalid(_)), "{garbage}");
    // A refused table leaves the one in use untouched.
    assert!(customer::template(Locale::Fr, "summary.active").is_some_and(|t| t.contains("{host}")));
}

#[test]
fn keys_are_unique_in_every_table() {
    let provider: Vec<&str> = provider::keys().collect();
    assert_eq!(
        provider.len(),
        provider.iter().collect::<BTreeSet<_>>().len()
    );
    for locale in Locale::ALL {
        let keys: Vec<&str> = customer::keys(locale).collect();
        let unique: BTreeSet<&str> = keys.iter().copied().collect();
        assert_eq!(keys.len(), unique.len(), "{locale:?} repeats a key");
    }
}

#[test]
fn every_locale_has_every_key_with_the_same_placeholders() {
    let english: BTreeSet<&str> = customer::keys(Locale::En).collect();
    let mut problems = Vec::new();
    for locale in Locale::ALL.into_iter().skip(1) {
        let keys: BTreeSet<&str> = customer::keys(locale).collect();
        for missing in english.difference(&keys) {
            problems.push(format!("{}: missing {missing}", locale.tag()));
        }
        for extra in keys.difference(&english) {
            problems.push(format!("{}: {extra} is not an English key", locale.tag()));
        }
        for key in english.intersection(&keys) {
            let mut want = placeholders(customer::template(Locale::En, key).unwrap());
            let mut got = placeholders(customer::template(locale, key).unwrap());
            want.sort_unstable();
            got.sort_unstable();
            if want != got {
                problems.push(format!(
                    "{}: {key} has placeholders {got:?}, English has {want:?}",
                    locale.tag()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn customer_templates_hold_no_provider_vocabulary() {
    for locale in Locale::ALL {
        for key in customer::keys(locale) {
            let template = customer::template(locale, key).unwrap();
            assert_customer_text(template, &format!("{} {key}", locale.tag()));
        }
    }
}

#[test]
fn placeholders_are_from_the_known_set() {
    let allowed = [
        "host",
        "status",
        "target",
        "name",
        "value",
        "url",
        "body",
        "count",
        "emails",
        "reason",
        "ca",
        "days",
        "type",
        "date",
        "day",
        "month",
        "year",
        "time",
        "expected",
        "found",
        "seconds",
        "at",
        "zone",
        "provider",
        "service",
        "ascii",
        "n",
        "action",
        "condition",
        "scheme",
        "port",
        "label",
        "lookalike",
        "suffix",
        "domain",
        "fix",
        "zone_id",
        // the edge observation (src/status/edge.rs):
        "issuer",
        "names",
    ];
    let provider_templates = provider::keys().map(|k| provider::template(k).unwrap());
    let customer_templates = Locale::ALL
        .into_iter()
        .flat_map(|l| customer::keys(l).map(move |k| customer::template(l, k).unwrap()));
    for template in provider_templates.chain(customer_templates) {
        for name in placeholders(template) {
            assert!(
                allowed.contains(&name),
                "{template}: unexpected placeholder {{{name}}}"
            );
        }
    }
}

#[test]
fn locale_tags_negotiate() {
    for (tag, locale) in [
        ("de-CH", Locale::De),
        ("pt", Locale::PtBr),
        ("pt-BR", Locale::PtBr),
        ("JA", Locale::Ja),
        ("es_MX", Locale::Es),
        ("fr", Locale::Fr),
        ("en-GB", Locale::En),
    ] {
        assert_eq!(Locale::negotiate(Some(tag)), (locale, None), "{tag}");
    }
    assert_eq!(Locale::negotiate(None), (Locale::En, None));
    let (locale, warning) = Locale::negotiate(Some("tlh"));
    assert_eq!(locale, Locale::En);
    let warning = warning.unwrap();
    assert_eq!(warning.code, "unknown_locale");
    assert_eq!(warning.data.unwrap()["requested"], "tlh");
}
