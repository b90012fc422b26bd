//! Operation JSON → validation → request. Invariants: no panic; a built
//! request has a path under /zones/, a URL on the base, and a JSON body.
#![no_main]

use custom_hostnames::api::request::{BASE_URL, Operation, build, to_curl};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let Ok(operation) = Operation::from_json_value(&value) else {
        return;
    };
    let _ = operation.result_kind();
    if let Ok(built) = build(&operation) {
        let path = built.request.path_and_query();
        assert!(path.starts_with("/zones/"), "path {path}");
        let url = built.request.url(BASE_URL);
        assert!(url.starts_with(BASE_URL), "url {url}");
        assert!(!url.contains(['\n', '\r', ' ']), "unencoded url {url:?}");
        let curl = to_curl(&built.request, "CLOUDFLARE_API_TOKEN");
        assert!(curl.contains("$CLOUDFLARE_API_TOKEN"));
    }
});
