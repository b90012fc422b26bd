//! Checks of uploaded custom certificates and keys before they are sent
//! (spec §3.3 `custom_certificate`, `custom_key`, `custom_cert_bundle`;
//! §3.5; API errors 1426–1429, 1441, 1444–1447 of §7.2).
//!
//! Certificates are read with `x509-parser` (its PEM reader and DER
//! parser); private keys with RustCrypto's `pkcs8`, `pkcs1` and `sec1`, so
//! the key's public half can be compared with the certificate's: RSA by
//! modulus, EC by public point when the key carries it (else by curve).
//! No clock is read (validity dates are not checked: the library must run
//! in Wasm without a time source).

use x509_parser::certificate::X509Certificate;
use x509_parser::pem::Pem;
use x509_parser::prelude::{FromDer, GeneralName};
use x509_parser::public_key::PublicKey;

use super::error::{ValidationError, ValidationErrorKind as Kind, invalid};
use crate::diagnostic::Warning;

/// Signature algorithms Cloudflare accepts (spec §3.3, error 1447).
const SHA256_WITH_RSA: &str = "1.2.840.113549.1.1.11";
const SHA1_WITH_RSA: &str = "1.2.840.113549.1.1.5";
const ECDSA_WITH_SHA256: &str = "1.2.840.10045.4.3.2";
const RSA_ENCRYPTION: &str = "1.2.840.113549.1.1.1";
const EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";

/// The kind of key, for bundle and matching rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// The public half of a key, as far as it can be read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PublicHalf {
    key_type: KeyType,
    /// RSA modulus without leading zero bytes.
    rsa_modulus: Option<Vec<u8>>,
    /// EC public point (SEC1 encoding).
    ec_point: Option<Vec<u8>>,
    /// EC curve OID, dotted.
    curve: Option<String>,
}

/// What the certificate check found about the leaf.
#[derive(Debug, Clone)]
pub(crate) struct Leaf {
    key: PublicHalf,
}

impl Leaf {
    /// RSA or EC (always known when certificates are parsed).
    pub(crate) fn key_type(&self) -> Option<KeyType> {
        Some(self.key.key_type)
    }
}

fn strip_zeros(bytes: &[u8]) -> Vec<u8> {
    let start = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len());
    bytes.get(start..).unwrap_or_default().to_vec()
}

/// Splits a PEM text into blocks; explains the common JSON-escaping mistake.
fn pem_blocks(field: &str, text: &str, what: &str) -> Result<Vec<Pem>, ValidationError> {
    let bad = |reason: String| {
        invalid(
            field,
            if what == "certificate" {
                Kind::InvalidCertificate { reason }
            } else {
                Kind::InvalidPrivateKey { reason }
            },
        )
    };
    if text.trim().is_empty() {
        return Err(bad("it is empty".to_owned()));
    }
    if super::pem_text::has_escaped_newlines(text) {
        return Err(bad(
            "it holds literal \\n sequences instead of line breaks (unescape it once)".to_owned(),
        ));
    }
    let mut blocks = Vec::new();
    for block in Pem::iter_from_buffer(text.as_bytes()) {
        blocks.push(block.map_err(|error| bad(format!("PEM decoding failed: {error}")))?);
    }
    if blocks.is_empty() {
        return Err(bad("no -----BEGIN ...----- block found".to_owned()));
    }
    Ok(blocks)
}

fn public_half_of(field: &str, cert: &X509Certificate<'_>) -> Result<PublicHalf, ValidationError> {
    let spki = cert.public_key();
    let unsupported = |what: &str| {
        invalid(
            field,
            Kind::InvalidCertificate {
                reason: format!("its public key is {what}; only RSA and ECDSA are accepted"),
            },
        )
    };
    match spki.parsed() {
        Ok(PublicKey::RSA(rsa)) => Ok(PublicHalf {
            key_type: KeyType::Rsa,
            rsa_modulus: Some(strip_zeros(rsa.modulus)),
            ec_point: None,
            curve: None,
        }),
        Ok(PublicKey::EC(point)) => Ok(PublicHalf {
            key_type: KeyType::Ec,
            rsa_modulus: None,
            ec_point: Some(point.data().to_vec()),
            curve: spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|oid| oid.to_id_string()),
        }),
        Ok(_) => Err(unsupported(&format!(
            "of type {}",
            spki.algorithm.algorithm.to_id_string()
        ))),
        Err(error) => Err(unsupported(&format!("unreadable ({error})"))),
    }
}

/// The DNS names a certificate is valid for: SAN dNSNames, else the CN.
fn names_of(cert: &X509Certificate<'_>) -> Vec<String> {
    let clean = |name: &str| name.trim_end_matches('.').to_ascii_lowercase();
    let mut names: Vec<String> = match cert.subject_alternative_name() {
        Ok(Some(san)) => san
            .value
            .general_names
            .iter()
            .filter_map(|name| match name {
                GeneralName::DNSName(dns) => Some(clean(dns)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    if names.is_empty() {
        names = cert
            .subject()
            .iter_common_name()
            .filter_map(|cn| cn.as_str().ok())
            .map(clean)
            .collect();
    }
    names
}

/// Whether certificate name `name` covers `hostname` (RFC 6125 §6.4.3: a
/// `*` matches exactly one whole left-most label).
fn covers(name: &str, hostname: &str) -> bool {
    if name == hostname {
        return true;
    }
    match (name.strip_prefix("*."), hostname.split_once('.')) {
        (Some(parent), Some((first, rest))) => first != "*" && rest == parent,
        _ => false,
    }
}

/// Checks a PEM certificate (leaf first, intermediates may follow): PEM of
/// certificates only, exactly one leaf, not self-signed, an accepted
/// signature algorithm, and (when `hostname` is known) a name covering it.
pub(crate) fn check_certificate(
    field: &str,
    text: &str,
    hostname: Option<&str>,
) -> Result<Leaf, ValidationError> {
    let blocks = pem_blocks(field, text, "certificate")?;
    let mut leaves = Vec::new();
    let mut parsed = Vec::new();
    for block in &blocks {
        if block.label != "CERTIFICATE" {
            return Err(invalid(
                field,
                Kind::InvalidCertificate {
                    reason: format!("it holds a `{}` block", block.label),
                },
            ));
        }
        let (_, cert) = X509Certificate::from_der(&block.contents).map_err(|error| {
            invalid(
                field,
                Kind::InvalidCertificate {
                    reason: format!("DER parsing failed: {error}"),
                },
            )
        })?;
        parsed.push(cert);
    }
    for cert in &parsed {
        let is_ca = matches!(cert.basic_constraints(), Ok(Some(bc)) if bc.value.ca);
        if !is_ca {
            leaves.push(cert);
        }
    }
    let leaf = match leaves.as_slice() {
        [leaf] => *leaf,
        [] => return Err(invalid(field, Kind::NoLeafCertificate)),
        many => {
            return Err(invalid(
                field,
                Kind::MultipleLeafCertificates { count: many.len() },
            ));
        }
    };
    if leaf.issuer().as_raw() == leaf.subject().as_raw() {
        return Err(invalid(field, Kind::SelfSignedCertificate));
    }
    let oid = leaf.signature_algorithm.algorithm.to_id_string();
    if ![SHA256_WITH_RSA, SHA1_WITH_RSA, ECDSA_WITH_SHA256].contains(&oid.as_str()) {
        return Err(invalid(field, Kind::UnsupportedSignatureAlgorithm { oid }));
    }
    if let Some(hostname) = hostname {
        let names = names_of(leaf);
        if !names.iter().any(|name| covers(name, hostname)) {
            return Err(invalid(
                field,
                Kind::CertificateHostnameMismatch {
                    hostname: hostname.to_owned(),
                    names: names.join(", "),
                },
            ));
        }
    }
    Ok(Leaf {
        key: public_half_of(field, leaf)?,
    })
}

fn key_error(field: &str, reason: impl Into<String>) -> ValidationError {
    invalid(
        field,
        Kind::InvalidPrivateKey {
            reason: reason.into(),
        },
    )
}

fn rsa_half(field: &str, der: &[u8]) -> Result<PublicHalf, ValidationError> {
    let key = pkcs1::RsaPrivateKey::try_from(der)
        .map_err(|error| key_error(field, format!("RSA key parsing failed: {error}")))?;
    Ok(PublicHalf {
        key_type: KeyType::Rsa,
        rsa_modulus: Some(strip_zeros(key.modulus.as_bytes())),
        ec_point: None,
        curve: None,
    })
}

fn ec_half(field: &str, der: &[u8], curve: Option<String>) -> Result<PublicHalf, ValidationError> {
    let key = sec1::EcPrivateKey::try_from(der)
        .map_err(|error| key_error(field, format!("EC key parsing failed: {error}")))?;
    let own_curve = key
        .parameters
        .and_then(|p| p.named_curve())
        .map(|oid| oid.to_string());
    Ok(PublicHalf {
        key_type: KeyType::Ec,
        rsa_modulus: None,
        ec_point: key.public_key.map(<[u8]>::to_vec),
        curve: own_curve.or(curve),
    })
}

fn pkcs8_half(field: &str, der: &[u8]) -> Result<PublicHalf, ValidationError> {
    let info = pkcs8::PrivateKeyInfo::try_from(der)
        .map_err(|error| key_error(field, format!("PKCS#8 parsing failed: {error}")))?;
    match info.algorithm.oid.to_string().as_str() {
        RSA_ENCRYPTION => rsa_half(field, info.private_key),
        EC_PUBLIC_KEY => {
            let curve = info
                .algorithm
                .parameters_oid()
                .ok()
                .map(|oid| oid.to_string());
            ec_half(field, info.private_key, curve)
        }
        other => Err(key_error(
            field,
            format!("key algorithm {other} is not RSA or ECDSA"),
        )),
    }
}

/// Checks a PEM private key against the certificate's leaf and returns the
/// key text to send: an OpenSSL `EC PARAMETERS` block is dropped (spec §3.3
/// says to strip it), with a warning.
pub(crate) fn check_key(
    field: &str,
    text: &str,
    leaf: &Leaf,
    warnings: &mut Vec<Warning>,
) -> Result<String, ValidationError> {
    let blocks = pem_blocks(field, text, "key")?;
    let mut keys = Vec::new();
    let mut dropped_parameters = false;
    for block in &blocks {
        match block.label.as_str() {
            "EC PARAMETERS" => dropped_parameters = true,
            "PRIVATE KEY" => keys.push((block, pkcs8_half(field, &block.contents)?)),
            "RSA PRIVATE KEY" => keys.push((block, rsa_half(field, &block.contents)?)),
            "EC PRIVATE KEY" => keys.push((block, ec_half(field, &block.contents, None)?)),
            "ENCRYPTED PRIVATE KEY" => {
                return Err(key_error(
                    field,
                    "it is encrypted; Cloudflare needs the unencrypted key",
                ));
            }
            other => return Err(key_error(field, format!("it holds a `{other}` block"))),
        }
    }
    let (_, half) = match keys.as_slice() {
        [one] => one,
        [] => return Err(key_error(field, "no private key block found")),
        _ => return Err(key_error(field, "it holds more than one private key")),
    };
    let mismatch = |detail: String| invalid(field, Kind::KeyCertificateMismatch { detail });
    let cert = &leaf.key;
    if half.key_type != cert.key_type {
        return Err(mismatch(format!(
            "the certificate has an {} key, the private key is {}",
            cert.key_type.name(),
            half.key_type.name()
        )));
    }
    if let (Some(a), Some(b)) = (&half.rsa_modulus, &cert.rsa_modulus) {
        if a != b {
            return Err(mismatch("the RSA moduli differ".to_owned()));
        }
    }
    if let (Some(a), Some(b)) = (&half.ec_point, &cert.ec_point) {
        if a != b {
            return Err(mismatch("the EC public points differ".to_owned()));
        }
    }
    if let (Some(a), Some(b)) = (&half.curve, &cert.curve) {
        if a != b {
            return Err(mismatch(format!("curve {a} versus {b}")));
        }
    }
    if dropped_parameters {
        warnings.push(Warning::new(
            "ec_parameters_removed",
            format!(
                "{field}: the `EC PARAMETERS` block was removed (Cloudflare wants the key alone)"
            ),
        ));
        return Ok(super::pem_text::without_ec_parameters(text));
    }
    Ok(text.to_owned())
}
