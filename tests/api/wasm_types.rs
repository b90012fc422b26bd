//! The hand-written TypeScript unions of the lenient enums
//! (`src/wasm/types.rs`) must list exactly the Rust `KNOWN` values, plus the
//! open-ended `(string & {})` that keeps unknown values typeable.

use custom_hostnames::api::request::{ListOrder, SortDirection};
use custom_hostnames::api::{
    BundleMethod, CertificateAuthority, DcvMethod, FallbackOriginStatus, HostnameStatus,
    MinTlsVersion, OnOff, OwnershipVerificationType, SslStatus, ValidationType,
};

fn union(name: &str) -> Vec<String> {
    let src =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/wasm/types.rs")).unwrap();
    let start = src
        .find(&format!("export type {name} ="))
        .unwrap_or_else(|| panic!("{name}"));
    let decl = &src[start..start + src[start..].find(';').unwrap()];
    assert!(
        decl.ends_with("| (string & {})"),
        "{name} must stay open-ended"
    );
    decl.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

macro_rules! check {
    ($($t:ident),+) => {$(
        let known: Vec<String> = $t::KNOWN.iter().map(|v| v.as_str().to_owned()).collect();
        assert_eq!(union(stringify!($t)), known, stringify!($t));
    )+};
}

#[test]
fn typescript_unions_match_the_rust_enums() {
    check!(
        HostnameStatus,
        SslStatus,
        FallbackOriginStatus,
        DcvMethod,
        CertificateAuthority,
        ValidationType,
        BundleMethod,
        MinTlsVersion,
        OnOff,
        OwnershipVerificationType,
        ListOrder,
        SortDirection
    );
}
