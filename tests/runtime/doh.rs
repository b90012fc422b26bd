//! DNS-over-HTTPS requests and answers.

use custom_hostnames::doh::{
    DohFormat, Rcode, RecordData, RecordType, encode_query, parse_wire, request,
};

#[test]
fn rfc8484_get_example() {
    // RFC 8484 §4.1.1: "www.example.com" A, id 0, RD set.
    let r = request(
        "https://dnsserver.example.net/dns-query",
        "www.example.com",
        RecordType::A,
        DohFormat::WireGet,
    )
    .unwrap();
    assert_eq!(r.method, "GET");
    assert_eq!(
        r.url,
        "https://dnsserver.example.net/dns-query?dns=AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB"
    );
    assert_eq!(r.headers, [("accept", "application/dns-message")]);
}

#[test]
fn post_and_json_forms() {
    let r = request(
        "http://127.0.0.1:8053/dns-query",
        "_acme-challenge.app.customer.com.",
        RecordType::Txt,
        DohFormat::WirePost,
    )
    .unwrap();
    assert_eq!(r.method, "POST");
    assert_eq!(
        r.body.unwrap(),
        encode_query("_acme-challenge.app.customer.com", RecordType::Txt).unwrap()
    );
    let r = request(
        "https://dns.google/resolve",
        "customer.com",
        RecordType::Caa,
        DohFormat::Json,
    )
    .unwrap();
    assert_eq!(
        r.url,
        "https://dns.google/resolve?name=customer.com&type=CAA"
    );
    assert!(request("ftp://x", "a.com", RecordType::A, DohFormat::Json).is_err());
    assert!(
        request(
            "https://x/q",
            "bad name.com",
            RecordType::A,
            DohFormat::Json
        )
        .is_err()
    );
}

/// A response written out byte by byte (RFC 1035 §4.1), not with a DNS library:
/// `app.customer.com CNAME customers.saasprovider.com`, then its A record,
/// and a TXT with two character-strings.
#[test]
fn decodes_a_hand_written_response() {
    let mut m: Vec<u8> = vec![0, 0, 0x81, 0x80, 0, 1, 0, 3, 0, 0, 0, 0];
    let name = |labels: &[&str]| {
        let mut v = Vec::new();
        for l in labels {
            v.push(l.len() as u8);
            v.extend_from_slice(l.as_bytes());
        }
        v.push(0);
        v
    };
    m.extend(name(&["app", "customer", "com"]));
    m.extend([0, 1, 0, 1]); // A IN
    // answer 1: pointer to the question name (offset 12), CNAME
    let target = name(&["customers", "saasprovider", "com"]);
    m.extend([0xc0, 12, 0, 5, 0, 1, 0, 0, 1, 44, 0, target.len() as u8]);
    let target_offset = m.len();
    m.extend(&target);
    // answer 2: the target, A 192.0.2.10, TTL 60
    m.extend([
        0xc0,
        target_offset as u8,
        0,
        1,
        0,
        1,
        0,
        0,
        0,
        60,
        0,
        4,
        192,
        0,
        2,
        10,
    ]);
    // answer 3: TXT "ab" "cd" at the question name
    m.extend([
        0xc0, 12, 0, 16, 0, 1, 0, 0, 0, 30, 0, 6, 2, b'a', b'b', 2, b'c', b'd',
    ]);
    let a = parse_wire(&m).unwrap();
    assert_eq!(a.rcode, Rcode::NoError);
    assert_eq!(
        a.cname_chain("app.customer.com"),
        ["customers.saasprovider.com"]
    );
    assert_eq!(a.answers[0].ttl, 300);
    assert_eq!(
        a.answers[1].data,
        RecordData::A("192.0.2.10".parse().unwrap())
    );
    assert_eq!(
        a.answers[2].data,
        RecordData::Txt(vec!["ab".into(), "cd".into()])
    );
}

#[test]
fn truncated_or_garbage_wire_is_an_error_not_a_panic() {
    assert!(parse_wire(&[]).is_err());
    assert!(parse_wire(&[0, 0, 0x81]).is_err());
    assert!(parse_wire(&[0xff; 64]).is_err());
    assert!(parse_wire(&vec![0; 70_000]).is_err());
}
