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
