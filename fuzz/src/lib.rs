//! Invariants shared by the fuzz targets: what must hold of any output the
//! library produces from untrusted input (besides "does not panic", which
//! libFuzzer checks by itself). A broken invariant panics, which libFuzzer
//! reports as a crash with the input that caused it.

use std::net::{Ipv4Addr, Ipv6Addr};

use custom_hostnames::dns::{Instructions, RecordType};
use custom_hostnames::status::Context;

/// Fixed interpretation context: a known `now` (2026-11-27T06:00:00Z), the
/// provider's CNAME target, no DNS observation.
pub fn fixed_context() -> Context {
    Context {
        now: Some(1_795_759_200),
        cname_target: Some("customers.saasprovider.com".to_owned()),
        ..Context::default()
    }
}

/// Whether `fqdn` (lower case, no trailing dot) is `zone` or below it.
pub fn is_within(fqdn: &str, zone: &str) -> bool {
    let fqdn = fqdn.trim_end_matches('.');
    fqdn.eq_ignore_ascii_case(zone)
        || (fqdn.len() > zone.len()
            && fqdn
                .get(fqdn.len() - zone.len() - 1..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(&format!(".{zone}"))))
}

/// Every DNS record of the instructions is owned by a name inside the
/// customer's zone (RFC 1035 §5: a zone file can only hold those).
pub fn assert_names_in_zone(instr: &Instructions) {
    for record in &instr.records {
        if record.record_type.is_dns() {
            assert!(
                is_within(&record.fqdn, &instr.zone),
                "record {} {:?} is outside the zone {}",
                record.fqdn,
                record.record_type,
                instr.zone
            );
        }
    }
}

/// Structure of a rendered zone file (RFC 1035 §5.1): every line is a
/// comment, `$ORIGIN <zone>.`, `$TTL`, or `owner ttl IN TYPE rdata` with an
/// owner inside the zone and rdata that cannot spill into another field,
/// line or comment.
pub fn assert_zonefile_structure(zone: &str, text: &str) {
    assert!(text.ends_with('\n') || text.is_empty(), "no final newline");
    for line in text.lines() {
        assert!(!line.contains('\r'), "carriage return in {line:?}");
        if line.starts_with(';') {
            continue;
        }
        if let Some(origin) = line.strip_prefix("$ORIGIN ") {
            assert_eq!(origin, format!("{zone}."), "wrong $ORIGIN");
            continue;
        }
        if line.starts_with("$TTL ") {
            continue;
        }
        record_line(zone, line);
    }
}

fn record_line(zone: &str, line: &str) {
    let mut fields = line.splitn(5, ' ');
    let (Some(owner), Some(ttl), Some(class), Some(rtype), Some(rdata)) = (
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
    ) else {
        panic!("not a record line: {line:?}");
    };
    assert!(
        !owner.is_empty()
            && owner
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '*' | '@')),
        "bad owner in {line:?}"
    );
    if owner.ends_with('.') {
        assert!(
            is_within(owner, zone),
            "absolute owner outside zone: {line:?}"
        );
    }
    assert!(ttl.parse::<u32>().is_ok(), "bad TTL in {line:?}");
    assert_eq!(class, "IN", "bad class in {line:?}");
    match rtype {
        "A" => assert!(rdata.parse::<Ipv4Addr>().is_ok(), "bad A rdata {line:?}"),
        "AAAA" => assert!(rdata.parse::<Ipv6Addr>().is_ok(), "bad AAAA rdata {line:?}"),
        "CNAME" => assert!(
            rdata.ends_with('.') && plain_token(rdata),
            "bad CNAME rdata {line:?}"
        ),
        "TXT" => txt_strings(rdata, line),
        "CAA" => {
            let mut parts = rdata.splitn(3, ' ');
            let (Some(flags), Some(tag), Some(value)) = (parts.next(), parts.next(), parts.next())
            else {
                panic!("bad CAA rdata {line:?}");
            };
            assert!(flags.parse::<u8>().is_ok(), "bad CAA flags {line:?}");
            assert!(plain_token(tag), "bad CAA tag {line:?}");
            txt_strings(value, line);
        }
        other => panic!("unexpected record type {other} in {line:?}"),
    }
}

/// A token with no space, quote, comment or parenthesis in it.
fn plain_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b';' | b'"' | b'(' | b')' | b'\\'))
}

/// Quoted character-strings separated by single spaces; inside, printable
/// ASCII only, `\"`, `\\` and `\DDD` escapes; at most 255 bytes each.
fn txt_strings(rdata: &str, line: &str) {
    let bytes = rdata.as_bytes();
    let mut i = 0;
    let mut strings = 0;
    while i < bytes.len() {
        if strings > 0 {
            assert_eq!(
                bytes.get(i),
                Some(&b' '),
                "strings not separated in {line:?}"
            );
            i += 1;
        }
        assert_eq!(bytes.get(i), Some(&b'"'), "unquoted TXT data in {line:?}");
        i += 1;
        let mut len = 0usize;
        loop {
            match bytes.get(i) {
                None => panic!("unterminated string in {line:?}"),
                Some(b'"') => break,
                Some(b'\\') => match bytes.get(i + 1) {
                    Some(b'"' | b'\\') => i += 2,
                    Some(d) if d.is_ascii_digit() => {
                        let digits = rdata.get(i + 1..i + 4).unwrap_or("");
                        assert!(
                            digits.len() == 3 && digits.parse::<u8>().is_ok(),
                            "bad \\DDD escape in {line:?}"
                        );
                        i += 4;
                    }
                    _ => panic!("bad escape in {line:?}"),
                },
                Some(b) => {
                    assert!((0x20..0x7f).contains(b), "raw byte {b:#x} in {line:?}");
                    i += 1;
                }
            }
            len += 1;
        }
        assert!(len <= 255, "character-string of {len} bytes in {line:?}");
        i += 1;
        strings += 1;
    }
    assert!(strings > 0, "empty TXT rdata in {line:?}");
}

/// The record types a zone file can hold as records.
pub fn in_zone_file(t: RecordType) -> bool {
    t.is_dns() && t != RecordType::Alias
}
