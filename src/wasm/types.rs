//! TypeScript for the shapes no derive can express: the error thrown by
//! every function and the batch result union. The `ErrorCode` union is
//! checked against the Rust enums by `tests/boundary_types.rs`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Every error code the library can throw or return. */
export type ErrorCode =
  | "invalid_argument" | "internal_error"
  // building requests (src/api/request) and Cloudflare's answers
  | "cert_bundle_same_key_type" | "cert_bundle_size" | "certificate_hostname_mismatch" | "certificate_key_pair_incomplete"
  | "ciphers_with_tls_1_3" | "cloudflare_api_error" | "cloudflare_branding_required" | "cname_dcv_not_sendable"
  | "conflicting_filters" | "custom_metadata_not_flat" | "custom_metadata_too_large" | "custom_origin_sni_on_wildcard"
  | "duplicate_cipher" | "empty_value" | "google_does_not_support_idn" | "http_dcv_not_allowed_for_wildcard"
  | "invalid_certificate" | "invalid_cipher" | "invalid_filter_text" | "invalid_filter_value"
  | "invalid_id_filter" | "invalid_identifier" | "invalid_min_tls_version" | "invalid_on_off"
  | "invalid_private_key" | "invalid_zone_id" | "key_and_csr_id_conflict" | "key_certificate_mismatch"
  | "malformed_operation" | "multiple_leaf_certificates" | "no_leaf_certificate" | "nothing_to_edit"
  | "out_of_range" | "refresh_needs_id" | "refresh_needs_method" | "self_signed_certificate"
  | "ssl_method_and_type_required" | "tls_settings_on_wildcard" | "too_long" | "unknown_bundle_method"
  | "unknown_certificate_authority" | "unsupported_dcv_method" | "unsupported_signature_algorithm" | "unsupported_validation_type"
  // the client's transport (src/client)
  | "network_error" | "timeout"
  | "empty" | "input_too_long" | "hostname_too_long" | "empty_label" | "label_too_long"
  | "invalid_character" | "label_starts_with_hyphen" | "label_ends_with_hyphen" | "invalid_idn"
  | "invalid_punycode" | "ip_address" | "single_label" | "numeric_tld" | "invalid_port"
  | "special_use_name" | "misplaced_wildcard" | "wildcard_not_allowed"
  | "wildcard_over_public_suffix" | "public_suffix"
  | "invalid_json" | "not_an_object" | "unexpected_shape" | "missing_result"
  | "input_too_large" | "input_too_deep"
  | "invalid_timestamp" | "invalid_time"
  | "invalid_target" | "hostname_in_provider_zone" | "invalid_zone" | "invalid_custom_hostname"
  | "custom_hostname_mismatch" | "invalid_apex_ip" | "invalid_dcv_delegation_uuid"
  | "dcv_delegation_unavailable" | "provider_table_invalid" | "domain_connect_unavailable";

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

#[cfg(feature = "api")]
#[wasm_bindgen(typescript_custom_section)]
const TS_CLIENT_TYPES: &'static str = r#"
/** What every `CloudflareClient` call resolves to: the operation's result
 * (tagged by `kind`) plus how it was obtained. */
export type CallOutcome = OperationResult & {
  /** Warnings from validating the request. */
  warnings: Warning[];
  /** Attempts made (1 = first try). */
  attempts: number;
  /** Set when a create was resolved by looking the hostname up. */
  recovered?: Recovery;
};

/** `T` with `zoneId` optional: the client fills in its own zone. */
export type WithoutZone<T> = Omit<T, "zoneId"> & { zoneId?: string };

/** Any operation, with `zoneId` optional (distributes over the union). */
export type ClientOperation = Operation extends infer O ? (O extends unknown ? WithoutZone<O> : never) : never;
"#;
