//! Hostname::parse on any text. Invariants: a successful parse re-parses
//! from its ASCII form to the same ASCII form, the Unicode form maps back to
//! the same ASCII form, and the split pieces fit together. The flat batch
//! forms (`flat`) give one line / record per input, whatever the input.
#![no_main]

use custom_hostnames::hostname::{Hostname, MAX_NAME_LEN, ParseOptions, flat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    for options in [
        ParseOptions::default(),
        ParseOptions {
            allow_special_use: true,
            allow_wildcard: true,
        },
    ] {
        let lines = flat::parse_lines(input, &options);
        assert_eq!(lines.split('\n').count(), input.split('\n').count());
        if let Some(records) = flat::parse_records(input, &options) {
            assert_eq!(
                records.split(flat::RECORD_SEPARATOR).count(),
                input.split(flat::RECORD_SEPARATOR).count()
            );
        }
        let Ok(parsed) = Hostname::parse(input, &options) else {
            continue;
        };
        let h = parsed.hostname;
        assert!(h.ascii().len() <= MAX_NAME_LEN, "too long: {}", h.ascii());
        assert!(h.ascii().is_ascii(), "non-ASCII ascii form {:?}", h.ascii());
        assert_eq!(h.ascii(), h.ascii().to_ascii_lowercase());
        assert!(h.ascii().ends_with(h.registrable_domain()));
        assert!(h.registrable_domain().ends_with(h.public_suffix()));
        let again = Hostname::parse(h.ascii(), &options)
            .unwrap_or_else(|e| panic!("{:?} does not re-parse: {e}", h.ascii()));
        assert_eq!(again.hostname, h, "re-parse of the ASCII form differs");
        let from_unicode = Hostname::parse(h.unicode(), &options)
            .unwrap_or_else(|e| panic!("unicode {:?} does not re-parse: {e}", h.unicode()));
        assert_eq!(
            from_unicode.hostname.ascii(),
            h.ascii(),
            "unicode round trip"
        );
    }
});
