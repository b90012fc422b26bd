//! Every error code of the library, in one list: the [`ErrorCode`] enum,
//! its code strings ([`ErrorCode::as_str`], what each error's
//! [`Coded::code`](crate::diagnostic::Coded::code) returns), the area of the
//! API it belongs to and its meaning. Everything else is generated from it:
//! the TypeScript `ErrorCode` union (tsify, on wasm32) and the error table of
//! `pkg/README.md` (`scripts/gen-error-table.mjs`, checked by
//! `tests/error_codes.rs`).
//!
//! Codes are public API: once released a code never changes meaning; new
//! ones are added to the area they belong to.

use serde::Serialize;

/// Declares [`Area`] and [`ErrorCode`] from one table: per area its title,
/// then per code its variant, string and meaning (one sentence).
macro_rules! error_codes {
    ($(
        $area:ident $title:literal { $( $variant:ident = $code:literal : $meaning:literal, )* }
    )*) => {
        /// The part of the API a code belongs to (one section of the README
        /// table each).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Area {
            $( #[doc = $title] $area, )*
        }

        impl Area {
            /// Every area, in the README's order.
            pub const ALL: &'static [Area] = &[$(Area::$area),*];

            /// The README section title.
            pub const fn title(self) -> &'static str {
                match self { $( Area::$area => $title, )* }
            }
        }

        /// A stable machine code: the `code` of every error the library
        /// returns or throws.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
        pub enum ErrorCode {
            $( $( #[doc = $meaning] #[serde(rename = $code)] $variant, )* )*
        }

        impl ErrorCode {
            /// Every code, area by area, in the README's order.
            pub const ALL: &'static [ErrorCode] = &[$( $( ErrorCode::$variant, )* )*];

            /// The code string, e.g. `"label_too_long"`.
            pub const fn as_str(self) -> &'static str {
                match self { $( $( ErrorCode::$variant => $code, )* )* }
            }

            /// What the code means, one sentence.
            pub const fn meaning(self) -> &'static str {
                match self { $( $( ErrorCode::$variant => $meaning, )* )* }
            }

            /// The part of the API the code belongs to.
            pub const fn area(self) -> Area {
                match self { $( $( ErrorCode::$variant => Area::$area, )* )* }
            }
        }
    };
}

error_codes! {
    Hostname "Hostnames (`parseHostname`, and every hostname argument)" {
        Empty = "empty": "Nothing left after removing whitespace, scheme, path, port and dots.",
        InputTooLong = "input_too_long": "The raw input is longer than any pasted URL could reasonably be.",
        HostnameTooLong = "hostname_too_long": "More than 253 characters once converted to ASCII.",
        EmptyLabel = "empty_label": "Two dots in a row, or a leading dot.",
        LabelTooLong = "label_too_long": "A label longer than 63 characters.",
        InvalidCharacter = "invalid_character": "A character that may not appear in a hostname.",
        LabelStartsWithHyphen = "label_starts_with_hyphen": "A label starting with `-`.",
        LabelEndsWithHyphen = "label_ends_with_hyphen": "A label ending with `-`.",
        InvalidIdn = "invalid_idn": "UTS #46 refused a label (disallowed code point, bidi or joiner rule).",
        InvalidPunycode = "invalid_punycode": "An `xn--` label that does not decode to a valid Unicode label.",
        IpAddress = "ip_address": "An IPv4 or IPv6 address rather than a name.",
        SingleLabel = "single_label": "A single label such as `localhost` or `intranet`.",
        NumericTld = "numeric_tld": "The top-level label is all digits.",
        InvalidPort = "invalid_port": "A port that is not a number.",
        SpecialUseName = "special_use_name": "A special-use name (RFC 6761 and the IANA registry) or one Cloudflare refuses.",
        MisplacedWildcard = "misplaced_wildcard": "A wildcard somewhere other than the whole leftmost label.",
        WildcardNotAllowed = "wildcard_not_allowed": "A wildcard when the caller disallowed them.",
        WildcardOverPublicSuffix = "wildcard_over_public_suffix": "`*.co.uk`: a wildcard directly over a public suffix.",
        PublicSuffix = "public_suffix": "The hostname is itself a public suffix (`co.uk`, `github.io`).",
    }
    Api "API requests and responses (`buildRequest`, `parseResponse`, `CloudflareClient`)" {
        CertBundleSameKeyType = "cert_bundle_same_key_type": "Two bundle items with the same key type (must be one RSA + one ECDSA).",
        CertBundleSize = "cert_bundle_size": "`custom_cert_bundle` with 0 or more than 2 items.",
        CertificateHostnameMismatch = "certificate_hostname_mismatch": "The certificate does not name the hostname (1446).",
        CertificateKeyPairIncomplete = "certificate_key_pair_incomplete": "A certificate without a key (or a key without a certificate).",
        CiphersWithTls13 = "ciphers_with_tls_1_3": "Ciphers with minimum TLS 1.3 (1443).",
        CloudflareApiError = "cloudflare_api_error": "A Cloudflare failure envelope (`success: false`, or a non-2xx status).",
        CloudflareBrandingRequired = "cloudflare_branding_required": "No name of 64 characters or fewer on the certificate (1469).",
        CnameDcvNotSendable = "cname_dcv_not_sendable": "`ssl.method: \"cname\"`: legacy DigiCert responses only, never accepted (1432).",
        ConflictingFilters = "conflicting_filters": "A list filter combined with `id` or another hostname filter (1438, spec §6).",
        CustomMetadataNotFlat = "custom_metadata_not_flat": "A custom_metadata value that is an object, array or null (1401).",
        CustomMetadataTooLarge = "custom_metadata_too_large": "custom_metadata over 4 KB once serialized (spec §3.1).",
        CustomOriginSniOnWildcard = "custom_origin_sni_on_wildcard": "`custom_origin_sni` on a wildcard hostname (spec §3.1).",
        DuplicateCipher = "duplicate_cipher": "The same cipher twice (`uniqueItems`).",
        EmptyValue = "empty_value": "An empty string where a value is needed.",
        GoogleDoesNotSupportIdn = "google_does_not_support_idn": "Google Trust Services does not issue for IDN (punycode) names (spec §10).",
        HttpDcvNotAllowedForWildcard = "http_dcv_not_allowed_for_wildcard": "HTTP DCV for a wildcard (hostname `*.` or `ssl.wildcard`), spec §3.3, §8.4.",
        InvalidCertificate = "invalid_certificate": "Not PEM, or a PEM block that is not a certificate (1426, 1427).",
        InvalidCipher = "invalid_cipher": "A cipher name that is empty or not a BoringSSL-style name (1442).",
        InvalidFilterText = "invalid_filter_text": "A filter string with control characters or whitespace.",
        InvalidFilterValue = "invalid_filter_value": "A list filter value outside the schema's enum.",
        InvalidIdFilter = "invalid_id_filter": "A list filter `id` that is not 36 characters (spec §6).",
        InvalidIdentifier = "invalid_identifier": "A custom hostname, certificate pack or certificate id that is empty, longer than 36 or holds other than letters, digits, `-`, `_` (1435).",
        InvalidMinTlsVersion = "invalid_min_tls_version": "`ssl.settings.min_tls_version` outside \"1.0\"..\"1.3\" (1425).",
        InvalidOnOff = "invalid_on_off": "An on/off setting with another value (1422, 1424).",
        InvalidPrivateKey = "invalid_private_key": "Not a PEM private key, or an unsupported kind (1428).",
        InvalidZoneId = "invalid_zone_id": "A zone id that is empty, longer than 32 or not alphanumeric (spec §2).",
        KeyAndCsrIdConflict = "key_and_csr_id_conflict": "Both `custom_key` and `custom_csr_id`: the CSR id replaces the key.",
        KeyCertificateMismatch = "key_certificate_mismatch": "Key and certificate do not belong together (1429).",
        MalformedOperation = "malformed_operation": "The operation JSON itself does not fit (unknown `op`, wrong type, unknown field); `field` is the path of the first problem.",
        MultipleLeafCertificates = "multiple_leaf_certificates": "More than one leaf (non-CA) certificate (1444).",
        NoLeafCertificate = "no_leaf_certificate": "Only CA certificates (1445).",
        NothingToEdit = "nothing_to_edit": "A PATCH with nothing in it.",
        EditedObjectMismatch = "edited_object_mismatch": "The fetched custom hostname given to an edit is another object than the one the edit is for.",
        OutOfRange = "out_of_range": "A number outside its range (`page` ≥ 1, `per_page` 5–1000).",
        RefreshNeedsId = "refresh_needs_id": "A refresh without the custom hostname id.",
        RefreshNeedsMethod = "refresh_needs_method": "A refresh with no DCV method to repeat (no `ssl` on the fetched hostname and no `method` given).",
        SelfSignedCertificate = "self_signed_certificate": "The leaf's issuer is its subject (spec §3.3: not self-signed, 1441).",
        SslMethodAndTypeRequired = "ssl_method_and_type_required": "`ssl` sent without `method` or without `type` (1440, spec §3.2).",
        TlsSettingsOnWildcard = "tls_settings_on_wildcard": "TLS settings on a wildcard hostname (spec §3.3, `create-custom-hostname-limitations`).",
        TooLong = "too_long": "A string longer than its limit.",
        UnknownBundleMethod = "unknown_bundle_method": "`ssl.bundle_method` outside ubiquitous/optimal/force (1449).",
        UnknownCertificateAuthority = "unknown_certificate_authority": "`ssl.certificate_authority` outside the schema enum and \"\".",
        UnsupportedDcvMethod = "unsupported_dcv_method": "`ssl.method` outside http/txt/email (1432).",
        UnsupportedSignatureAlgorithm = "unsupported_signature_algorithm": "Signature algorithm outside SHA256WithRSA, SHA1WithRSA, ECDSAWithSHA256 (1447).",
        UnsupportedValidationType = "unsupported_validation_type": "`ssl.type` other than `dv` (1433).",
        InvalidJson = "invalid_json": "Not JSON at all (or truncated).",
        NotAnObject = "not_an_object": "A JSON value where an object was required (e.g. `[]` or `\"x\"` as the body).",
        UnexpectedShape = "unexpected_shape": "Valid JSON whose shape does not fit (wrong type at some field).",
        MissingResult = "missing_result": "A successful envelope without the `result` the operation needs.",
        InputTooLarge = "input_too_large": "Input over a size bound (`MAX_JSON_BYTES` of JSON text, or as many values / list items): refused before it is decoded, so no input makes the library allocate without bound.",
        InputTooDeep = "input_too_deep": "Nesting deeper than `MAX_JSON_DEPTH` (serde_json's own limit for text); refused before decoding, which would otherwise recurse once per level and overflow the Wasm stack.",
    }
    Client "Client transport (`CloudflareClient`, `checkDns`)" {
        NetworkError = "network_error": "No response (connection refused or dropped).",
        Timeout = "timeout": "No response within the timeout.",
    }
    Status "Status (`interpretCustomHostname`, `interpretMany`, `summarizeMany`, `interpretWebhook`)" {
        InvalidTimestamp = "invalid_timestamp": "`now` is a string but not RFC 3339.",
        InvalidTime = "invalid_time": "`now` is a number that is not a finite time.",
    }
    Dns "DNS instructions (`dnsInstructions`, `renderInstructions`, `renderDnsInstructions`)" {
        InvalidTarget = "invalid_target": "The CNAME target is not a valid hostname.",
        HostnameInProviderZone = "hostname_in_provider_zone": "The hostname is the SaaS provider's own target, or in its zone.",
        InvalidZone = "invalid_zone": "The zone override does not contain the hostname, or is above its registrable domain.",
        InvalidCustomHostname = "invalid_custom_hostname": "`customHostname` is not a custom hostname object or envelope.",
        CustomHostnameMismatch = "custom_hostname_mismatch": "`customHostname.hostname` is another name.",
        InvalidApexIp = "invalid_apex_ip": "An apex IP is not an IP address.",
        InvalidDcvDelegationUuid = "invalid_dcv_delegation_uuid": "The delegation uuid is not a DNS label.",
        DcvDelegationUnavailable = "dcv_delegation_unavailable": "Delegation was asked for but nothing to build it from.",
        ProviderTableInvalid = "provider_table_invalid": "The provider table does not load (a packaging error).",
        DomainConnectUnavailable = "domain_connect_unavailable": "Domain Connect needs options the caller did not give.",
        EmptyRecordName = "empty_record_name": "A record owner name is empty.",
        RecordNameTooLong = "record_name_too_long": "A record owner name is longer than 253 characters.",
        EmptyRecordLabel = "empty_record_label": "A record owner name has an empty label (two dots in a row).",
        RecordLabelTooLong = "record_label_too_long": "A record owner name has a label longer than 63 characters.",
        InvalidRecordNameCharacter = "invalid_record_name_character": "A record owner name has a character other than letters, digits, `-` and `_`.",
    }
    Doh "DNS checks (`checkDns`; these appear in a record's `detail` when a question could not be asked or answered)" {
        DohInvalidName = "doh_invalid_name": "The name cannot be put in a DNS question.",
        DohMalformedAnswer = "doh_malformed_answer": "The resolver's answer is not a DNS message (or not the JSON form).",
        DohAnswerTooLarge = "doh_answer_too_large": "The resolver's answer is larger than a DNS message can be.",
        DohInvalidResolver = "doh_invalid_resolver": "The resolver URL is not an http(s) URL.",
    }
    Claim "Contested names (`claimChallenge`, `isClaimProven`)" {
        InvalidClaimToken = "invalid_claim_token": "The claim token is too short, too long, or not base64url characters.",
    }
    Messages "Customer text (`registerCustomerLocale`)" {
        InvalidLocaleTable = "invalid_locale_table": "A locale table that is not a JSON object of strings, or whose keys or placeholders differ from English.",
    }
    Boundary "Any function (the JavaScript boundary)" {
        InvalidArgument = "invalid_argument": "An argument has the wrong JavaScript type or shape (a number for a hostname, a missing field).",
        InternalError = "internal_error": "A bug in this library; please report it with the input.",
    }
}

impl ErrorCode {
    /// The code with this string, if any.
    pub fn parse(code: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.iter().copied().find(|c| c.as_str() == code)
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
