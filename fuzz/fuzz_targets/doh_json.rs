//! DNS JSON answers (application/dns-json, Google/Cloudflare style) from any
//! text.
#![no_main]

use custom_hostnames::doh::parse_json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(answer) = parse_json(text) {
        for record in answer.answers.iter().chain(&answer.authority) {
            let _ = record.data.to_presentation();
        }
        let _ = answer.cname_chain("app.customer.com");
    }
});
