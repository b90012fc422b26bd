//! DNS rules on the ASCII form of a hostname.
//!
//! RFC 1035 §2.3.4: labels of 1–63 octets, names of at most 253 characters in
//! text form (255 octets on the wire); RFC 1123 §2.1: letters, digits and
//! hyphens, no hyphen at either end of a label, a first character that may be
//! a digit; RFC 3696 §2: the top-level label is not all-numeric. A name that
//! reads as an IPv4 address the way the WHATWG URL parser would read it
//! ("ends in a number") is refused as an address.

use super::error::ErrorKind;
use super::idn::is_ldh;

/// Longest hostname in text form (RFC 1035 §2.3.4, without the root dot).
pub const MAX_NAME_LEN: usize = 253;
/// Longest label (RFC 1035 §2.3.4).
pub const MAX_LABEL_LEN: usize = 63;

/// Checks the ASCII name without its wildcard label; `wildcard` adds the `*`
/// label to the length and label count (`*.com` has two labels and is refused
/// later, as a wildcard over a public suffix).
pub(crate) fn check(ascii: &str, wildcard: bool) -> Result<(), ErrorKind> {
    // No `Vec` of labels: this runs for every name (docs/performance.md).
    let mut count = 0;
    for (i, label) in ascii.split('.').enumerate() {
        if label.is_empty() {
            return Err(ErrorKind::EmptyLabel { position: i + 1 });
        }
        count += 1;
    }
    let last = ascii.rsplit('.').next().unwrap_or(ascii);
    if is_ipv4_part(last) {
        return Err(if ascii.split('.').all(is_ipv4_part) {
            ErrorKind::IpAddress {
                address: ascii.to_owned(),
            }
        } else {
            ErrorKind::NumericTld {
                tld: last.to_owned(),
            }
        });
    }
    for label in ascii.split('.') {
        if let Some(c) = label.chars().find(|c| !is_ldh(*c)) {
            return Err(ErrorKind::InvalidCharacter {
                character: c,
                label: label.to_owned(),
            });
        }
        if label.len() > MAX_LABEL_LEN {
            return Err(ErrorKind::LabelTooLong {
                label: label.to_owned(),
                len: label.len(),
            });
        }
        if label.starts_with('-') {
            return Err(ErrorKind::LeadingHyphen {
                label: label.to_owned(),
            });
        }
        if label.ends_with('-') {
            return Err(ErrorKind::TrailingHyphen {
                label: label.to_owned(),
            });
        }
    }
    let len = ascii.len() + if wildcard { 2 } else { 0 };
    if len > MAX_NAME_LEN {
        return Err(ErrorKind::TooLong { len });
    }
    if count + usize::from(wildcard) < 2 {
        return Err(ErrorKind::SingleLabel {
            name: ascii.to_owned(),
        });
    }
    Ok(())
}

fn is_ipv4_part(label: &str) -> bool {
    if let Some(hex) = label
        .strip_prefix("0x")
        .or_else(|| label.strip_prefix("0X"))
    {
        return hex.bytes().all(|b| b.is_ascii_hexdigit());
    }
    !label.is_empty() && label.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> &'static str {
        check(s, false).err().map_or("ok", |e| e.code())
    }

    #[test]
    fn label_and_name_limits() {
        let l63 = "a".repeat(63);
        assert_eq!(code(&format!("{l63}.com")), "ok");
        assert_eq!(code(&format!("{l63}a.com")), "label_too_long");
        // 4 × 63 + 3 dots = 255 > 253
        assert_eq!(code(&[l63.as_str(); 4].join(".")), "hostname_too_long");
    }

    #[test]
    fn addresses_and_numbers() {
        assert_eq!(code("192.168.0.1"), "ip_address");
        assert_eq!(code("0x7f.0.0.1"), "ip_address");
        assert_eq!(code("example.123"), "numeric_tld");
        assert_eq!(code("123.example"), "ok");
        assert_eq!(code("3com.com"), "ok");
    }

    #[test]
    fn ldh() {
        assert_eq!(code("-a.com"), "label_starts_with_hyphen");
        assert_eq!(code("a-.com"), "label_ends_with_hyphen");
        assert_eq!(code("a_b.com"), "invalid_character");
        assert_eq!(code("a..com"), "empty_label");
        assert_eq!(code("com"), "single_label");
        assert_eq!(code("r3---sn-abc.googlevideo.com"), "ok");
    }
}
