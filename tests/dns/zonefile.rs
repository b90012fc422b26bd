//! The zone-file renderer against real parsers nobody here wrote:
//! `kzonecheck` (Knot DNS, Debian package knot-dnssecutils) must load every
//! rendered zone clean, and BIND's `named-checkzone -D` (bind9-utils) must
//! read back exactly the TXT bytes we meant, for random hostile values too.
//!
//! Why BIND for the read-back: kzonecheck validates but prints no values.
//! Hickory DNS's `Parser` (tried first) misreads `\DDD` escapes (it turned
//! `\010` into two bytes), so it cannot judge our escaping. BIND parses our
//! file and prints its canonical form, in which only `\"`, `\\` and
//! `\DDD` escapes occur; decoding that small form here checks what BIND
//! understood, byte for byte.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use custom_hostnames::dns::{
    Format, Instructions, RecordType, RenderOptions, Request, When, instructions, render,
};
use custom_hostnames::observation::RecordPurpose;
use proptest::prelude::*;
use serde_json::json;

use super::cases;

const KZONECHECK: &str = "kzonecheck";

/// Whether kzonecheck is installed (the project's test script installs it).
fn kzonecheck_available() -> bool {
    Command::new(KZONECHECK).arg("--version").output().is_ok()
}

/// SOA and NS lines so the zone is complete; then the rendered lines.
pub fn full_zone(zone: &str, rendered: &str) -> String {
    format!(
        "$ORIGIN {zone}.\n@ 3600 IN SOA ns1.dns-host.net. hostmaster.{zone}. 1 7200 3600 1209600 300\n@ 3600 IN NS ns1.dns-host.net.\n{rendered}"
    )
}

/// Runs kzonecheck on a rendered zone; `Err` carries its output.
pub fn kzonecheck(zone: &str, rendered: &str) -> Result<(), String> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "dns-kzc-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{zone}.zone"));
    std::fs::write(&path, full_zone(zone, rendered)).unwrap();
    let output = Command::new(KZONECHECK)
        .arg("-o")
        .arg(format!("{zone}."))
        .arg(&path)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
    if output.status.success() && !text.to_ascii_lowercase().contains("error") {
        Ok(())
    } else {
        Err(format!(
            "{}\n--- zone ---\n{}",
            text,
            full_zone(zone, rendered)
        ))
    }
}

fn skip_message() {
    // scripts/test installs the tools and sets this: there, a missing tool is a failure.
    if std::env::var_os("CUSTOM_HOSTNAMES_REQUIRE_TOOLS").is_some() {
        panic!(
            "`{KZONECHECK}` / named-checkzone missing although CUSTOM_HOSTNAMES_REQUIRE_TOOLS is set"
        );
    }
    eprintln!(
        "SKIPPED: `{KZONECHECK}` not found; install Debian's knot-dnssecutils (scripts/test does) to run the real zone-parser check"
    );
}

fn zonefile(instr: &Instructions) -> String {
    render(instr, Format::Zonefile, &RenderOptions::default()).unwrap()
}

#[test]
fn every_golden_zone_loads_in_kzonecheck() {
    if !kzonecheck_available() {
        skip_message();
        return;
    }
    let mut checked = 0;
    for case in cases::all() {
        let instr = case.instructions();
        if let Err(e) = kzonecheck(&instr.zone, &zonefile(&instr)) {
            panic!("case {}: kzonecheck failed:\n{e}", case.name);
        }
        checked += 1;
    }
    assert!(checked >= 10);
}

const NAMED_CHECKZONE: &str = "named-checkzone";

fn named_available() -> bool {
    Command::new(NAMED_CHECKZONE).arg("-v").output().is_ok()
}

/// TXT values as BIND reads them: (owner, bytes of the strings joined),
/// sorted. `None` when named-checkzone is not installed.
fn bind_txts(zone: &str, rendered: &str) -> Option<Vec<(String, Vec<u8>)>> {
    if !named_available() {
        if std::env::var_os("CUSTOM_HOSTNAMES_REQUIRE_TOOLS").is_some() {
            panic!("`{NAMED_CHECKZONE}` missing although CUSTOM_HOSTNAMES_REQUIRE_TOOLS is set");
        }
        eprintln!(
            "SKIPPED: `{NAMED_CHECKZONE}` not found; install Debian's bind9-utils (scripts/test does)"
        );
        return None;
    }
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "dns-named-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.zone");
    let output = dir.join("out.zone");
    std::fs::write(&input, full_zone(zone, rendered)).unwrap();
    let run = Command::new(NAMED_CHECKZONE)
        .args(["-q", "-D", "-o"])
        .arg(&output)
        .arg(zone)
        .arg(&input)
        .status()
        .unwrap();
    assert!(
        run.success(),
        "named-checkzone refused:\n{}",
        full_zone(zone, rendered)
    );
    let canonical = std::fs::read_to_string(&output).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let mut out = Vec::new();
    for line in canonical.lines() {
        let mut fields = line.split_whitespace();
        let (Some(owner), Some(_ttl), Some(_class), Some(rtype)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        if rtype != "TXT" {
            continue;
        }
        let rdata = line.split_once("TXT").unwrap().1;
        let strings = decode_strings(rdata);
        assert!(strings.iter().all(|s| s.len() <= 255), "{line}");
        out.push((owner.to_owned(), strings.concat()));
    }
    out.sort();
    Some(out)
}

/// Decodes BIND's canonical character-strings: `"..."` with `\"`, `\\`,
/// `\X` and `\DDD` escapes.
fn decode_strings(rdata: &str) -> Vec<Vec<u8>> {
    let bytes = rdata.as_bytes();
    let mut strings = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'"' {
            assert!(
                bytes[i].is_ascii_whitespace(),
                "unquoted TXT data in {rdata:?}"
            );
            i += 1;
            continue;
        }
        i += 1;
        let mut current = Vec::new();
        while bytes[i] != b'"' {
            if bytes[i] == b'\\' {
                if bytes[i + 1].is_ascii_digit() {
                    let digits = std::str::from_utf8(&bytes[i + 1..i + 4]).unwrap();
                    current.push(digits.parse::<u8>().unwrap());
                    i += 4;
                } else {
                    current.push(bytes[i + 1]);
                    i += 2;
                }
            } else {
                current.push(bytes[i]);
                i += 1;
            }
        }
        i += 1;
        strings.push(current);
    }
    strings
}

/// The TXT records the instructions ask to add now.
fn expected_txts(instr: &Instructions) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = instr
        .records
        .iter()
        .filter(|r| {
            r.record_type == RecordType::Txt
                && r.purpose != RecordPurpose::Remove
                && matches!(r.when, When::Now | When::Optional)
        })
        .map(|r| (format!("{}.", r.fqdn), r.value.as_bytes().to_vec()))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[test]
fn golden_zone_txt_values_read_back_exactly() {
    for case in cases::all() {
        let instr = case.instructions();
        let Some(read) = bind_txts(&instr.zone, &zonefile(&instr)) else {
            return;
        };
        assert_eq!(read, expected_txts(&instr), "case {}", case.name);
    }
}

fn hostile_request(ownership: &str, tokens: &[String]) -> Request {
    let records: Vec<_> = tokens
        .iter()
        .map(|t| json!({ "txt_name": "_acme-challenge.app.customer.com", "txt_value": t }))
        .collect();
    serde_json::from_value(json!({
        "hostname": "app.customer.com",
        "cnameTarget": "customers.saasprovider.com",
        "dcv": "txt",
        "live": true,
        "customHostname": {
            "hostname": "app.customer.com",
            "ownership_verification": { "type": "txt", "name": "_cf-custom-hostname.app.customer.com", "value": ownership },
            "ssl": { "method": "txt", "type": "dv", "validation_records": records }
        }
    }))
    .unwrap()
}

/// Hostile text: quotes, backslashes, semicolons, parentheses, `$`,
/// newlines and other controls, non-ASCII, and lengths past 255 bytes.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just(";".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("$ORIGIN ".to_owned()),
        Just("\n".to_owned()),
        Just("\r".to_owned()),
        Just("\t".to_owned()),
        Just("\u{0}".to_owned()),
        Just("é".to_owned()),
        Just("日本".to_owned()),
        Just("🙂".to_owned()),
        Just(" ".to_owned()),
        "[a-zA-Z0-9+/=_-]{1,40}",
        "[a-z]{200,300}",
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn hostile_txt_values_round_trip_through_bind(
        ownership in hostile_text(),
        tokens in prop::collection::vec(hostile_text(), 1..4),
    ) {
        let instr = instructions(&hostile_request(&ownership, &tokens)).unwrap();
        let rendered = zonefile(&instr);
        if let Some(read) = bind_txts(&instr.zone, &rendered) {
            prop_assert_eq!(read, expected_txts(&instr));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]
    #[test]
    fn hostile_txt_values_load_in_kzonecheck(
        ownership in hostile_text(),
        tokens in prop::collection::vec(hostile_text(), 1..3),
    ) {
        if !kzonecheck_available() {
            skip_message();
            return Ok(());
        }
        let instr = instructions(&hostile_request(&ownership, &tokens)).unwrap();
        let checked = kzonecheck(&instr.zone, &zonefile(&instr));
        prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
    }
}

#[test]
fn kzonecheck_rejects_a_broken_zone() {
    // The checker is real: an unterminated string must fail.
    if !kzonecheck_available() {
        skip_message();
        return;
    }
    assert!(kzonecheck("customer.com", "app 300 IN TXT \"unterminated\n").is_err());
    assert!(Path::new("/").exists());
}
