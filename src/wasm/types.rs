//! TypeScript for the shapes no derive can express: the error thrown by
//! every function and the batch result union. `ErrorCode` itself is
//! generated from the one list of codes (`crate::error_codes`, tsify).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
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

// The API's remote enums, as the core's types name them (every entry: the
// hostname and status types refer to them too). Unknown future values
// arrive as other strings.
#[wasm_bindgen(typescript_custom_section)]
const API_TS_TYPES: &'static str = r#"
/** Hostname (ownership) status; unknown future values arrive as other strings. */
export type HostnameStatus = "active" | "pending" | "active_redeploying" | "moved" | "pending_deletion" | "deleted" | "pending_blocked" | "pending_migration" | "pending_provisioned" | "test_pending" | "test_active" | "test_active_apex" | "test_blocked" | "test_failed" | "provisioned" | "blocked" | (string & {});
/** Certificate status (`ssl.status`). */
export type SslStatus = "initializing" | "pending_validation" | "deleted" | "pending_issuance" | "pending_deployment" | "pending_deletion" | "pending_expiration" | "expired" | "active" | "initializing_timed_out" | "validation_timed_out" | "issuance_timed_out" | "deployment_timed_out" | "deletion_timed_out" | "pending_cleanup" | "staging_deployment" | "staging_active" | "deactivating" | "inactive" | "backup_issued" | "holding_deployment" | (string & {});
/** Fallback origin status. */
export type FallbackOriginStatus = "initializing" | "pending_deployment" | "pending_deletion" | "active" | "deployment_timed_out" | "deletion_timed_out" | (string & {});
/** DCV method (`cname` appears in legacy responses only). */
export type DcvMethod = "http" | "txt" | "email" | "cname" | (string & {});
/** Certificate authority; "" lets Cloudflare choose. */
export type CertificateAuthority = "digicert" | "google" | "lets_encrypt" | "ssl_com" | "" | (string & {});
/** Validation type. */
export type ValidationType = "dv" | (string & {});
/** Chain-building strategy for custom certificates. */
export type BundleMethod = "ubiquitous" | "optimal" | "force" | (string & {});
/** Minimum TLS version. */
export type MinTlsVersion = "1.0" | "1.1" | "1.2" | "1.3" | (string & {});
/** An on/off TLS setting. */
export type OnOff = "on" | "off" | (string & {});
/** Ownership token type. */
export type OwnershipVerificationType = "txt" | (string & {});
/** List order. */
export type ListOrder = "ssl" | "ssl_status" | (string & {});
/** List direction. */
export type SortDirection = "asc" | "desc" | (string & {});
/** A Cloudflare API error number (1406 duplicate, 1405 quota exceeded, ...). */
export type CloudflareErrorCode = number;
"#;
