//! Custom certificate checks without the `certificate-checks` feature
//! (smaller Wasm): only the PEM framing is checked, with the labels of
//! spec §3.3, and a warning says the certificate itself was not read.
//! Same interface as `certificate.rs`.

use super::error::{ValidationError, ValidationErrorKind as Kind, invalid};
use super::pem_text::{has_escaped_newlines, without_ec_parameters};
use crate::diagnostic::Warning;

/// The kind of key (never known here; kept for the shared interface).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // constructed only by the parsing checker
pub(crate) enum KeyType {
    Rsa,
    Ec,
}

impl KeyType {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Rsa => "RSA",
            Self::Ec => "ECDSA",
        }
    }
}

/// What little is known about the certificate.
#[derive(Debug, Clone)]
pub(crate) struct Leaf;

impl Leaf {
    /// Unknown without parsing.
    pub(crate) fn key_type(&self) -> Option<KeyType> {
        None
    }
}

fn labels(text: &str) -> Vec<&str> {
    text.split("-----BEGIN ")
        .skip(1)
        .filter_map(|rest| rest.split_once("-----").map(|(label, _)| label))
        .collect()
}

/// Checks the PEM framing of a certificate chain and warns that it was not parsed.
pub(crate) fn check_certificate(
    field: &str,
    text: &str,
    _hostname: Option<&str>,
) -> Result<Leaf, ValidationError> {
    let bad = |reason: &str| {
        invalid(
            field,
            Kind::InvalidCertificate {
                reason: reason.to_owned(),
            },
        )
    };
    if text.trim().is_empty() {
        return Err(bad("it is empty"));
    }
    if has_escaped_newlines(text) {
        return Err(bad(
            "it holds literal \\n sequences instead of line breaks (unescape it once)",
        ));
    }
    let found = labels(text);
    if found.is_empty() {
        return Err(bad("no -----BEGIN ...----- block found"));
    }
    if let Some(other) = found.iter().find(|label| **label != "CERTIFICATE") {
        return Err(bad(&format!("it holds a `{other}` block")));
    }
    Ok(Leaf)
}

/// Checks the PEM framing of a key; drops `EC PARAMETERS` blocks.
pub(crate) fn check_key(
    field: &str,
    text: &str,
    _leaf: &Leaf,
    warnings: &mut Vec<Warning>,
) -> Result<String, ValidationError> {
    let bad = |reason: String| invalid(field, Kind::InvalidPrivateKey { reason });
    if has_escaped_newlines(text) {
        return Err(bad(
            "it holds literal \\n sequences instead of line breaks (unescape it once)".to_owned(),
        ));
    }
    let found = labels(text);
    let keys: Vec<&&str> = found.iter().filter(|l| **l != "EC PARAMETERS").collect();
    match keys.as_slice() {
        [label] if ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"].contains(label) => {}
        [label] if **label == "ENCRYPTED PRIVATE KEY" => {
            return Err(bad(
                "it is encrypted; Cloudflare needs the unencrypted key".to_owned()
            ));
        }
        [] => return Err(bad("no private key block found".to_owned())),
        [label] => return Err(bad(format!("it holds a `{label}` block"))),
        _ => return Err(bad("it holds more than one private key".to_owned())),
    }
    warnings.push(Warning::new(
        "certificate_not_checked",
        format!("{field}: built without certificate checks; only the PEM framing was checked"),
    ));
    if found.contains(&"EC PARAMETERS") {
        warnings.push(Warning::new(
            "ec_parameters_removed",
            format!(
                "{field}: the `EC PARAMETERS` block was removed (Cloudflare wants the key alone)"
            ),
        ));
        return Ok(without_ec_parameters(text));
    }
    Ok(text.to_owned())
}
