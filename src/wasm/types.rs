//! TypeScript for the shapes no derive can express: the error thrown by
//! every function and the batch result union. The `ErrorCode` union is
//! checked against the Rust enums by `tests/wasm_types.rs`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Every error code the library can throw or return. */
export type ErrorCode =
  | "invalid_argument" | "internal_error"
  | "empty" | "input_too_long" | "hostname_too_long" | "empty_label" | "label_too_long"
  | "invalid_character" | "label_starts_with_hyphen" | "label_ends_with_hyphen" | "invalid_idn"
  | "invalid_punycode" | "ip_address" | "single_label" | "numeric_tld" | "invalid_port"
  | "special_use_name" | "misplaced_wildcard" | "wildcard_not_allowed"
  | "wildcard_over_public_suffix" | "public_suffix"
  | "invalid_target" | "hostname_in_provider_zone" | "invalid_zone" | "invalid_custom_hostname"
  | "custom_hostname_mismatch" | "invalid_apex_ip" | "invalid_dcv_delegation_uuid"
  | "dcv_delegation_unavailable" | "provider_table_invalid" | "domain_connect_unavailable"
  | "invalid_json" | "not_an_object" | "unexpected_shape" | "missing_result"
  | "invalid_timestamp" | "invalid_time"
  | "malformed_operation" | "invalid_zone_id" | "invalid_identifier" | "nothing_to_edit"
  | "ssl_method_and_type_required" | "unsupported_dcv_method" | "cname_dcv_not_sendable"
  | "http_dcv_not_allowed_for_wildcard" | "unsupported_validation_type"
  | "unknown_certificate_authority" | "google_does_not_support_idn" | "unknown_bundle_method"
  | "invalid_min_tls_version" | "invalid_on_off" | "invalid_cipher" | "duplicate_cipher"
  | "ciphers_with_tls_1_3" | "tls_settings_on_wildcard" | "custom_origin_sni_on_wildcard"
  | "custom_metadata_not_flat" | "custom_metadata_too_large" | "cloudflare_branding_required"
  | "key_and_csr_id_conflict" | "certificate_key_pair_incomplete" | "cert_bundle_size"
  | "cert_bundle_same_key_type" | "invalid_certificate" | "multiple_leaf_certificates"
  | "no_leaf_certificate" | "self_signed_certificate" | "unsupported_signature_algorithm"
  | "certificate_hostname_mismatch" | "invalid_private_key" | "key_certificate_mismatch"
  | "conflicting_filters" | "out_of_range" | "too_long" | "empty_value" | "invalid_id_filter"
  | "invalid_filter_value" | "invalid_filter_text" | "refresh_needs_method" | "refresh_needs_id"
  | "cloudflare_api_error";

/** What every function throws: a real Error with a stable `code`. */
export interface CustomHostnamesError extends Error {
  name: "CustomHostnamesError";
  code: ErrorCode;
  /** The input concerned, when there is one. */
  input?: string;
  /** Structured details (API errors, field names), when there are some. */
  data?: unknown;
}

/** One item of `parseHostnames`. */
export type HostnameResult =
  | { ok: true; hostname: HostnameInfo }
  | { ok: false; error: ErrorInfo };
"#;
