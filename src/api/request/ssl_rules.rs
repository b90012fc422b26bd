//! Rules for the `ssl` object of create and edit (spec §3.2–§3.4, §10):
//! method and type together, method × wildcard × certificate authority,
//! TLS settings, Cloudflare branding, and the custom certificate fields.

use serde_json::Value;

use super::certificate::{KeyType, check_certificate, check_key};
use super::error::{ValidationError, ValidationErrorKind as Kind, invalid};
use super::operation::{SslRequest, TlsSettingsRequest};
use super::validate::{Checker, identifier};
use crate::api::status::{
    BundleMethod, CertificateAuthority, DcvMethod, MinTlsVersion, OnOff, ValidationType,
};

/// What the rules need to know about the hostname the `ssl` is for.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct SslTarget<'a> {
    /// ASCII hostname, when known (create always; edit when given).
    pub(crate) hostname: Option<&'a str>,
}

impl SslTarget<'_> {
    fn is_wildcard_hostname(&self) -> bool {
        self.hostname.is_some_and(|h| h.starts_with("*."))
    }

    fn is_idn(&self) -> bool {
        self.hostname
            .is_some_and(|h| h.split('.').any(|label| label.starts_with("xn--")))
    }

    /// The first label in the reserved "R-LDH" form (`??--…`, hyphens in
    /// the third and fourth positions) that is not an IDN A-label: valid
    /// DNS, but Let's Encrypt's CA software (Boulder, `policy/pa.go`,
    /// "invalid reserved LDH label") refuses to issue for it.
    fn reserved_hyphen_label(&self) -> Option<&str> {
        self.hostname?.split('.').find(|label| {
            label.get(2..4) == Some("--") && !label.to_ascii_lowercase().starts_with("xn--")
        })
    }
}

/// Most labels in a name Let's Encrypt issues for (spec §10).
const LETS_ENCRYPT_MAX_LABELS: usize = 10;

/// Certificate authorities that issue for internationalized names (spec
/// §10: Google Trust Services does not).
pub(crate) const IDN_CAPABLE_CAS: [&str; 2] = ["lets_encrypt", "ssl_com"];

/// Longest name a certificate can carry without Cloudflare branding (1469).
const MAX_CN_LENGTH: usize = 64;

/// Checks `ssl` and returns the JSON to send (keys may be cleaned).
pub(crate) fn check_ssl(
    checker: &mut Checker<'_>,
    ssl: &SslRequest,
    target: SslTarget<'_>,
) -> Result<Value, ValidationError> {
    // §3.2: both, whenever ssl is sent (error 1440).
    let Some(method) = &ssl.method else {
        return Err(invalid("ssl.method", Kind::SslMethodAndTypeRequired));
    };
    let Some(validation_type) = &ssl.validation_type else {
        return Err(invalid("ssl.type", Kind::SslMethodAndTypeRequired));
    };
    match validation_type {
        ValidationType::Dv => {}
        other => {
            return Err(invalid(
                "ssl.type",
                Kind::UnsupportedValidationType {
                    value: other.as_str().to_owned(),
                },
            ));
        }
    }
    let wildcard = target.is_wildcard_hostname() || ssl.wildcard == Some(true);
    match method {
        DcvMethod::Http if wildcard => {
            return Err(invalid("ssl.method", Kind::HttpDcvNotAllowedForWildcard));
        }
        DcvMethod::Http | DcvMethod::Txt => {}
        DcvMethod::Email => checker.warn(
            "email_dcv_deprecated",
            "ssl.method \"email\" belongs to the retired DigiCert flow and is soon unsupported; prefer \"txt\" or \"http\"",
        ),
        DcvMethod::Cname => return Err(invalid("ssl.method", Kind::CnameDcvNotSendable)),
        other => {
            return Err(invalid(
                "ssl.method",
                Kind::UnsupportedDcvMethod {
                    value: other.as_str().to_owned(),
                },
            ));
        }
    }
    if let Some(ca) = &ssl.certificate_authority {
        check_certificate_authority(checker, ca, target)?;
    }
    name_rules_per_ca(checker, ssl.certificate_authority.as_ref(), target);
    if let Some(bundle) = &ssl.bundle_method {
        if !bundle.is_known() {
            return Err(invalid(
                "ssl.bundle_method",
                Kind::UnknownBundleMethod {
                    value: bundle.as_str().to_owned(),
                },
            ));
        }
        if *bundle != BundleMethod::Ubiquitous && !has_custom_certificate(ssl) {
            checker.warn(
                "bundle_method_without_custom_certificate",
                "ssl.bundle_method only matters for uploaded custom certificates",
            );
        }
    }
    if let Some(settings) = &ssl.settings {
        check_settings(settings, wildcard)?;
    }
    if let Some(hostname) = target.hostname {
        if hostname.len() > MAX_CN_LENGTH
            && ssl.cloudflare_branding != Some(true)
            && !has_custom_certificate(ssl)
        {
            return Err(invalid(
                "ssl.cloudflare_branding",
                Kind::CloudflareBrandingRequired {
                    hostname: hostname.to_owned(),
                },
            ));
        }
    }
    let mut out = ssl.clone();
    check_custom_certificates(checker, &mut out, target)?;
    serde_json::to_value(&out).map_err(|error| {
        invalid(
            "ssl",
            Kind::MalformedOperation {
                message: error.to_string(),
            },
        )
    })
}

fn has_custom_certificate(ssl: &SslRequest) -> bool {
    ssl.custom_certificate.is_some() || ssl.custom_cert_bundle.is_some()
}

fn check_certificate_authority(
    checker: &mut Checker<'_>,
    ca: &CertificateAuthority,
    target: SslTarget<'_>,
) -> Result<(), ValidationError> {
    match ca {
        CertificateAuthority::Default => checker.warn(
            "default_certificate_authority",
            "ssl.certificate_authority \"\" lets Cloudflare choose the CA (it checks CAA and prefers Google Trust Services, else Let's Encrypt)",
        ),
        CertificateAuthority::Digicert => checker.warn(
            "digicert_deprecated",
            "ssl.certificate_authority \"digicert\" is deprecated for custom hostnames; choose google, lets_encrypt or ssl_com",
        ),
        CertificateAuthority::Google if target.is_idn() => {
            return Err(invalid(
                "ssl.certificate_authority",
                Kind::GoogleDoesNotSupportIdn {
                    hostname: target.hostname.unwrap_or_default().to_owned(),
                },
            ));
        }
        CertificateAuthority::Google
        | CertificateAuthority::LetsEncrypt
        | CertificateAuthority::SslCom => {}
        other => {
            return Err(invalid(
                "ssl.certificate_authority",
                Kind::UnknownCertificateAuthority {
                    value: other.as_str().to_owned(),
                },
            ));
        }
    }
    Ok(())
}

/// Names a certificate authority may refuse although the API accepts them:
/// warned before the call, with the authorities that can issue in `data`.
fn name_rules_per_ca(
    checker: &mut Checker<'_>,
    ca: Option<&CertificateAuthority>,
    target: SslTarget<'_>,
) {
    let default_ca = matches!(ca, None | Some(CertificateAuthority::Default));
    if default_ca && target.is_idn() {
        checker.warn_with_data(
            "idn_certificate_authority",
            "an internationalized name with Cloudflare's default certificate authority: the default may be Google Trust Services, which does not issue for internationalized names (spec §10); choose lets_encrypt or ssl_com",
            serde_json::json!({ "certificateAuthorities": IDN_CAPABLE_CAS }),
        );
    }
    let lets_encrypt_possible = default_ca || matches!(ca, Some(CertificateAuthority::LetsEncrypt));
    // Boulder (`policy/pa.go`, maxLabels) refuses names of more than 10
    // labels (spec §10: "≤ 10 subdomain levels").
    let labels = target.hostname.map_or(0, |h| h.split('.').count());
    // The CAs to propose instead of Let's Encrypt (Google does not issue
    // for internationalized names, spec §10).
    let others: &[&str] = if target.is_idn() {
        &["ssl_com"]
    } else {
        &["google", "ssl_com"]
    };
    if lets_encrypt_possible && labels > LETS_ENCRYPT_MAX_LABELS {
        checker.warn_with_data(
            "too_many_labels_for_lets_encrypt",
            format!(
                "the name has {labels} labels: Let's Encrypt refuses names of more than {LETS_ENCRYPT_MAX_LABELS}, so issuance can fail with it; choose another certificate authority"
            ),
            serde_json::json!({
                "labels": labels,
                "refusedBy": ["lets_encrypt"],
                "certificateAuthorities": others,
            }),
        );
    }
    if let Some(label) = target
        .reserved_hyphen_label()
        .filter(|_| lets_encrypt_possible)
    {
        checker.warn_with_data(
            "reserved_hyphen_label",
            format!(
                "label `{label}` has hyphens in its third and fourth positions without being an xn-- label: Let's Encrypt refuses to issue for such names, so validation can pass and issuance then fail; choose another certificate authority"
            ),
            serde_json::json!({
                "label": label,
                "refusedBy": ["lets_encrypt"],
                "certificateAuthorities": others,
            }),
        );
    }
}

fn on_off(field: &str, value: Option<&OnOff>) -> Result<(), ValidationError> {
    match value {
        Some(value) if !value.is_known() => Err(invalid(
            field,
            Kind::InvalidOnOff {
                value: value.as_str().to_owned(),
            },
        )),
        _ => Ok(()),
    }
}

/// BoringSSL cipher names: upper-case letters, digits, `-` and `_`.
fn is_cipher_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn check_settings(settings: &TlsSettingsRequest, wildcard: bool) -> Result<(), ValidationError> {
    if wildcard && !settings.is_empty() {
        return Err(invalid("ssl.settings", Kind::TlsSettingsOnWildcard));
    }
    if let Some(version) = &settings.min_tls_version {
        if !version.is_known() {
            return Err(invalid(
                "ssl.settings.min_tls_version",
                Kind::InvalidMinTlsVersion {
                    value: version.as_str().to_owned(),
                },
            ));
        }
    }
    on_off("ssl.settings.http2", settings.http2.as_ref())?;
    on_off("ssl.settings.tls_1_3", settings.tls_1_3.as_ref())?;
    on_off("ssl.settings.early_hints", settings.early_hints.as_ref())?;
    if let Some(ciphers) = &settings.ciphers {
        for (index, cipher) in ciphers.iter().enumerate() {
            let field = format!("ssl.settings.ciphers[{index}]");
            if !is_cipher_name(cipher) {
                return Err(invalid(
                    field,
                    Kind::InvalidCipher {
                        value: cipher.clone(),
                    },
                ));
            }
            if ciphers
                .get(..index)
                .is_some_and(|before| before.contains(cipher))
            {
                return Err(invalid(
                    field,
                    Kind::DuplicateCipher {
                        value: cipher.clone(),
                    },
                ));
            }
        }
        if !ciphers.is_empty() && settings.min_tls_version == Some(MinTlsVersion::Tls1_3) {
            return Err(invalid("ssl.settings.ciphers", Kind::CiphersWithTls13));
        }
    }
    Ok(())
}

/// Custom certificate, key, CSR id and bundle (spec §3.3). Keys are
/// replaced by their cleaned form in `ssl`.
fn check_custom_certificates(
    checker: &mut Checker<'_>,
    ssl: &mut SslRequest,
    target: SslTarget<'_>,
) -> Result<(), ValidationError> {
    if ssl.custom_key.is_some() && ssl.custom_csr_id.is_some() {
        return Err(invalid("ssl.custom_csr_id", Kind::KeyAndCsrIdConflict));
    }
    if let Some(csr_id) = &ssl.custom_csr_id {
        identifier("ssl.custom_csr_id", csr_id)?;
    }
    // The certificate must name the base hostname (a wildcard hostname's
    // certificate names `*.base`, which `target.hostname` already is).
    let hostname = target.hostname;
    match (&ssl.custom_certificate, &ssl.custom_key) {
        (Some(certificate), key) => {
            let leaf = check_certificate("ssl.custom_certificate", certificate, hostname)?;
            match key {
                Some(key) => {
                    ssl.custom_key = Some(check_key(
                        "ssl.custom_key",
                        key,
                        &leaf,
                        &mut checker.warnings,
                    )?);
                }
                None if ssl.custom_csr_id.is_some() => {}
                None => {
                    return Err(invalid(
                        "ssl.custom_key",
                        Kind::CertificateKeyPairIncomplete {
                            missing: "ssl.custom_key",
                            present: "ssl.custom_certificate",
                        },
                    ));
                }
            }
        }
        (None, Some(_)) => {
            return Err(invalid(
                "ssl.custom_certificate",
                Kind::CertificateKeyPairIncomplete {
                    missing: "ssl.custom_certificate",
                    present: "ssl.custom_key",
                },
            ));
        }
        (None, None) => {}
    }
    if let Some(bundle) = &mut ssl.custom_cert_bundle {
        if !(1..=2).contains(&bundle.len()) {
            return Err(invalid(
                "ssl.custom_cert_bundle",
                Kind::CertBundleSize {
                    count: bundle.len(),
                },
            ));
        }
        let mut types: Vec<KeyType> = Vec::new();
        for (index, item) in bundle.iter_mut().enumerate() {
            let prefix = format!("ssl.custom_cert_bundle[{index}]");
            let leaf = check_certificate(
                &format!("{prefix}.custom_certificate"),
                &item.custom_certificate,
                hostname,
            )?;
            item.custom_key = check_key(
                &format!("{prefix}.custom_key"),
                &item.custom_key,
                &leaf,
                &mut checker.warnings,
            )?;
            // Key types are unknown without the `certificate-checks` feature.
            if let Some(key_type) = leaf.key_type() {
                if types.contains(&key_type) {
                    return Err(invalid(
                        "ssl.custom_cert_bundle",
                        Kind::CertBundleSameKeyType {
                            key_type: key_type.name(),
                        },
                    ));
                }
                types.push(key_type);
            }
        }
        if ssl.custom_certificate.is_some() {
            checker.warn(
                "certificate_and_bundle_both_set",
                "ssl.custom_certificate and ssl.custom_cert_bundle are both set; send one of them",
            );
        }
    }
    if has_custom_certificate(ssl) && hostname.is_none() {
        checker.warn(
            "certificate_hostname_unchecked",
            "the hostname is unknown here (give current_hostname), so the certificate's names were not checked",
        );
    }
    Ok(())
}
