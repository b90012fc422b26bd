//! DNS wire-format answers (RFC 1035 / RFC 8484 bodies) from any bytes.
#![no_main]

use custom_hostnames::doh::parse_wire;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(answer) = parse_wire(data) {
        for record in answer.answers.iter().chain(&answer.authority) {
            let _ = record.data.to_presentation();
        }
        let _ = answer.cname_chain("app.customer.com");
    }
});
