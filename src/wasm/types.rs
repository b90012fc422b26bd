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
  | "invalid_json" | "not_an_object" | "unexpected_shape" | "missing_result"
  | "invalid_timestamp" | "invalid_time";

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
