//! The JSON form of DoH (`application/dns-json`), as Google Public DNS and
//! Cloudflare's 1.1.1.1 serve it. Lenient: unknown fields ignored, the data
//! of each record parsed from its presentation form.

use serde::Deserialize;

use super::answer::{DnsAnswer, Rcode, RecordData, ResourceRecord, normalize};
use super::{DohError, MAX_RESPONSE_BYTES, RecordType};

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct JsonAnswer {
    status: u16,
    #[serde(default, rename = "TC")]
    tc: bool,
    #[serde(default)]
    answer: Vec<JsonRecord>,
    #[serde(default)]
    authority: Vec<JsonRecord>,
}

#[derive(Deserialize)]
struct JsonRecord {
    name: String,
    #[serde(rename = "type")]
    rtype: u16,
    #[serde(default, rename = "TTL")]
    ttl: u32,
    #[serde(default)]
    data: String,
}

/// Decodes an `application/dns-json` answer.
///
/// # Errors
/// [`DohError::Malformed`] or [`DohError::TooLarge`].
pub fn parse_json(body: &str) -> Result<DnsAnswer, DohError> {
    if body.len() > MAX_RESPONSE_BYTES * 4 {
        return Err(DohError::TooLarge(body.len()));
    }
    let a: JsonAnswer =
        serde_json::from_str(body).map_err(|e| DohError::Malformed(e.to_string()))?;
    Ok(DnsAnswer {
        rcode: Rcode::from_code(a.status),
        truncated: a.tc,
        answers: a.answer.into_iter().map(record).collect(),
        authority: a.authority.into_iter().map(record).collect(),
    })
}

fn record(r: JsonRecord) -> ResourceRecord {
    let data = match RecordType::from_code(r.rtype) {
        Some(RecordType::A) => r
            .data
            .parse()
            .map(RecordData::A)
            .unwrap_or(RecordData::Other(r.data)),
        Some(RecordType::Aaaa) => r
            .data
            .parse()
            .map(RecordData::Aaaa)
            .unwrap_or(RecordData::Other(r.data)),
        Some(RecordType::Cname) => RecordData::Cname(normalize(&r.data)),
        Some(RecordType::Ns) => RecordData::Ns(normalize(&r.data)),
        Some(RecordType::Soa) => RecordData::Soa(normalize(
            r.data.split_whitespace().next().unwrap_or_default(),
        )),
        Some(RecordType::Txt) => RecordData::Txt(presentation_strings(&r.data)),
        Some(RecordType::Caa) => caa(&r.data).unwrap_or(RecordData::Other(r.data)),
        None => RecordData::Other(r.data),
    };
    ResourceRecord {
        name: normalize(&r.name),
        rtype: r.rtype,
        ttl: r.ttl,
        data,
    }
}

/// TXT data in presentation form: one or more `"quoted"` strings with `\"`,
/// `\\` and `\DDD` escapes (RFC 1035 §5.1); unquoted data is one string.
fn presentation_strings(data: &str) -> Vec<String> {
    let data = data.trim();
    if !data.starts_with('"') {
        return vec![data.to_owned()];
    }
    let mut out = Vec::new();
    let mut bytes: Vec<u8> = Vec::new();
    let mut chars = data.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        match (in_string, c) {
            (false, '"') => in_string = true,
            (false, _) => {}
            (true, '"') => {
                in_string = false;
                out.push(String::from_utf8_lossy(&bytes).into_owned());
                bytes.clear();
            }
            (true, '\\') => {
                let digits: String = std::iter::from_fn(|| chars.next_if(char::is_ascii_digit))
                    .take(3)
                    .collect();
                if digits.len() == 3 {
                    bytes.push(
                        digits
                            .parse::<u16>()
                            .ok()
                            .and_then(|n| u8::try_from(n).ok())
                            .unwrap_or(b'?'),
                    );
                } else {
                    for d in digits.chars() {
                        push_char(&mut bytes, d);
                    }
                    if digits.is_empty() {
                        if let Some(n) = chars.next() {
                            push_char(&mut bytes, n);
                        }
                    }
                }
            }
            (true, other) => push_char(&mut bytes, other),
        }
    }
    if in_string {
        out.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    out
}

fn push_char(bytes: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// `0 issue "letsencrypt.org"`, or RFC 3597 generic `\# len hex`.
fn caa(data: &str) -> Option<RecordData> {
    let data = data.trim();
    if let Some(generic) = data.strip_prefix("\\#") {
        let hex: String = generic.split_whitespace().skip(1).collect();
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| {
                hex.get(i..i + 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
            })
            .collect::<Option<_>>()?;
        let (&flags, rest) = bytes.split_first()?;
        let (&tag_len, rest) = rest.split_first()?;
        let tag = rest.get(..usize::from(tag_len))?;
        let value = rest.get(usize::from(tag_len)..)?;
        return Some(RecordData::Caa {
            flags,
            tag: String::from_utf8_lossy(tag).to_ascii_lowercase(),
            value: String::from_utf8_lossy(value).into_owned(),
        });
    }
    let mut parts = data.splitn(3, ' ');
    let flags = parts.next()?.parse().ok()?;
    let tag = parts.next()?.to_ascii_lowercase();
    let value = presentation_strings(parts.next()?).concat();
    Some(RecordData::Caa { flags, tag, value })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn google_shape() {
        let body = r#"{"Status":0,"TC":false,"RD":true,"RA":true,"AD":false,"CD":false,
          "Question":[{"name":"app.customer.com.","type":1}],
          "Answer":[{"name":"app.customer.com.","type":5,"TTL":300,"data":"customers.saasprovider.com."},
                    {"name":"customers.saasprovider.com.","type":1,"TTL":60,"data":"192.0.2.10"}]}"#;
        let a = parse_json(body).unwrap();
        assert_eq!(a.rcode, Rcode::NoError);
        assert_eq!(
            a.cname_chain("app.customer.com."),
            ["customers.saasprovider.com"]
        );
        assert_eq!(
            a.answers[1].data,
            RecordData::A("192.0.2.10".parse().unwrap())
        );
    }

    #[test]
    fn txt_and_caa_presentation() {
        assert_eq!(
            presentation_strings(r#""a\"b" "c\\d" "\065""#),
            ["a\"b", "c\\d", "A"]
        );
        assert_eq!(presentation_strings("plain"), ["plain"]);
        assert_eq!(
            caa(r#"0 issue "letsencrypt.org""#),
            Some(RecordData::Caa {
                flags: 0,
                tag: "issue".into(),
                value: "letsencrypt.org".into()
            })
        );
        // \# 22 00 05 "issue" "pki.goog"... (RFC 3597 form some resolvers use)
        let generic = "\\# 15 00 05 69 73 73 75 65 70 6b 69 2e 67 6f 6f 67";
        assert_eq!(
            caa(generic),
            Some(RecordData::Caa {
                flags: 0,
                tag: "issue".into(),
                value: "pki.goog".into()
            })
        );
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(parse_json("not json").is_err());
        assert!(parse_json("[]").is_err());
    }
}
