//! Hostname parsing is idempotent: a parsed hostname's ASCII form parses to
//! the same hostname, and its Unicode form maps back to the same ASCII.

use custom_hostnames::hostname::{Hostname, ParseOptions};
use proptest::prelude::*;
use proptest::sample::select;

/// Pieces customers type or paste: letters (Latin, accented, Cyrillic,
/// CJK, full-width), digits, dots of several scripts, hyphens, punycode
/// prefixes, URL parts, whitespace and invisible characters.
fn messy_hostname() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-z0-9]{1,12}",
        2 => select(vec![
            "ü", "é", "ß", "ı", "İ", "а", "е", "о", "日本", "例え", "ｃｏｍ", "Ａ", "ﬀ", "ς",
            "xn--", "xn--bcher-kva", "-", "--", "_", "*", "*.", ".", "。", "．", "｡", "..",
            " ", "\t", "\u{200b}", "\u{00ad}", "\u{200d}", "https://", "http://", ":443",
            ":99999", "/path?q=1", "#frag", "user@", "[::1]", "1.2.3.4", "%41", "\u{0}",
            "🙂", "ǅ", "Ⅸ", "ℌ", "٣", "۳",
        ])
        .prop_map(str::to_owned),
    ];
    let tail = select(vec![
        ".com",
        ".co.uk",
        ".de",
        ".jp",
        ".github.io",
        ".com.",
        ".xn--p1ai",
        ".example",
        "",
    ]);
    (prop::collection::vec(piece, 1..8), tail).prop_map(|(v, t)| v.concat() + t)
}

const OPTIONS: [ParseOptions; 2] = [
    ParseOptions {
        allow_special_use: false,
        allow_wildcard: true,
    },
    ParseOptions {
        allow_special_use: true,
        allow_wildcard: true,
    },
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parsing_the_ascii_form_gives_the_same_hostname(input in messy_hostname()) {
        for options in &OPTIONS {
            if let Ok(parsed) = Hostname::parse(&input, options) {
                let h = parsed.hostname;
                let again = Hostname::parse(h.ascii(), options);
                prop_assert!(again.is_ok(), "{:?} -> {:?} does not re-parse: {:?}", input, h.ascii(), again);
                let again = again.unwrap().hostname;
                prop_assert_eq!(&again, &h, "input {:?}", input);
            }
        }
    }

    #[test]
    fn the_unicode_form_maps_back_to_the_same_ascii(input in messy_hostname()) {
        for options in &OPTIONS {
            if let Ok(parsed) = Hostname::parse(&input, options) {
                let h = parsed.hostname;
                let back = Hostname::parse(h.unicode(), options);
                prop_assert!(back.is_ok(), "{:?}: unicode {:?} refused: {:?}", input, h.unicode(), back);
                let back = back.unwrap().hostname;
                prop_assert_eq!(back.ascii(), h.ascii(), "input {:?}", input);
            }
        }
    }

    #[test]
    fn any_text_parses_or_fails_with_a_code(input in any::<String>()) {
        use custom_hostnames::diagnostic::Coded;
        for options in &OPTIONS {
            match Hostname::parse(&input, options) {
                Ok(p) => prop_assert!(p.hostname.ascii().len() <= 253),
                Err(e) => prop_assert!(!e.code().is_empty()),
            }
        }
    }
}
