//! The hand-written TypeScript `ErrorCode` union (src/wasm/types.rs) must list
//! every code the Rust enums can produce, and nothing else.

// Also built alone as a test target by cargo's autotests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

/// Codes in the `export type ErrorCode = ...;` declaration.
fn union_codes() -> BTreeSet<String> {
    let src =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/wasm/types.rs")).unwrap();
    let start = src
        .find("export type ErrorCode =")
        .expect("ErrorCode union");
    let decl = &src[start..start + src[start..].find(';').unwrap()];
    let codes: Vec<String> = decl
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    let set: BTreeSet<String> = codes.iter().cloned().collect();
    assert_eq!(
        set.len(),
        codes.len(),
        "duplicate code in the ErrorCode union"
    );
    set
}

/// Codes the Rust side can throw across the boundary.
fn rust_codes() -> BTreeSet<String> {
    let mut codes: BTreeSet<String> = ["invalid_argument", "internal_error"]
        .map(str::to_owned)
        .into();
    codes.extend(
        custom_hostnames::hostname::ErrorKind::CODES
            .iter()
            .map(|c| (*c).to_owned()),
    );
    // DNS instructions (src/wasm/dns.rs).
    codes.extend(
        custom_hostnames::dns::Error::CODES
            .iter()
            .chain(custom_hostnames::dns::RenderError::CODES)
            .map(|c| (*c).to_owned()),
    );
    // Thrown by the status boundary (src/wasm/status.rs): reading the object
    // and the context.
    codes.extend(
        custom_hostnames::api::ParseError::CODES
            .iter()
            .chain(custom_hostnames::status::ContextError::CODES)
            .map(|c| (*c).to_owned()),
    );
    // Thrown by the API boundary (src/wasm/api.rs): refused operations and
    // Cloudflare failure envelopes.
    codes.extend(
        custom_hostnames::api::request::ValidationErrorKind::CODES
            .iter()
            .chain(&["cloudflare_api_error"])
            .map(|c| (*c).to_owned()),
    );
    codes
}

#[test]
fn error_code_union_matches_the_rust_enums() {
    let union = union_codes();
    let rust = rust_codes();
    let missing: Vec<_> = rust.difference(&union).collect();
    let extra: Vec<_> = union.difference(&rust).collect();
    assert!(
        missing.is_empty(),
        "codes missing from the TypeScript ErrorCode union: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "codes in the ErrorCode union that no Rust enum produces: {extra:?}"
    );
}
