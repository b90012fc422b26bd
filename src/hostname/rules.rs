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
    if plainly_valid(ascii, wildcard) {
        return Ok(());
    }
    check_slowly(ascii, wildcard)
}

/// [`check`] without the shortcut: finds the first broken rule and names it.
fn check_slowly(ascii: &str, wildcard: bool) -> Result<(), ErrorKind> {
    // No `Vec` of labels: this runs for every name (docs/performance.md).
    let mut count = 0;
    for (i, label) in ascii.split('.').enumerate() {
        if label.is_empty() {
            return Err(ErrorKind::EmptyLabel { position: i + 1 });
        }
        count += 1;
    }
    if ends_in_a_number(ascii) {
        return Err(if ascii.split('.').all(is_ipv4_part) {
            ErrorKind::IpAddress {
                address: ascii.to_owned(),
            }
        } else {
            ErrorKind::NumericTld {
                tld: last_label(ascii).to_owned(),
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

/// One pass over the bytes that only says "nothing to report": every rule of
/// [`check`] holds. Any doubt returns `false` and [`check`] finds and names
/// the problem the slow way, so the errors and their order do not depend on
/// this shortcut (most names are valid, and this runs for every one).
fn plainly_valid(ascii: &str, wildcard: bool) -> bool {
    let bytes = ascii.as_bytes();
    if bytes.len() + if wildcard { 2 } else { 0 } > MAX_NAME_LEN {
        return false;
    }
    let mut labels = 0usize;
    let mut start = 0usize;
    for i in 0..=bytes.len() {
        let b = bytes.get(i).copied().unwrap_or(b'.');
        if b == b'.' {
            let len = i - start;
            if len == 0
                || len > MAX_LABEL_LEN
                || bytes.get(start) == Some(&b'-')
                || bytes.get(i - 1) == Some(&b'-')
            {
                return false;
            }
            labels += 1;
            start = i + 1;
        } else if !(b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
    }
    labels + usize::from(wildcard) >= 2 && !ends_in_a_number(ascii)
}

fn last_label(ascii: &str) -> &str {
    ascii.rsplit('.').next().unwrap_or(ascii)
}

/// WHATWG URL "ends in a number": the last label is decimal digits or `0x` hex.
fn ends_in_a_number(ascii: &str) -> bool {
    is_ipv4_part(last_label(ascii))
}

/// A part the WHATWG IPv4 parser accepts: decimal, octal (leading 0) or `0x` hex.
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

    /// The shortcut accepts exactly what the full check accepts: every
    /// string up to 6 characters over an alphabet that reaches each rule,
    /// plus long labels and names.
    #[test]
    fn shortcut_agrees_with_the_full_check() {
        let alphabet = ['a', '0', '-', '.', 'x', '_'];
        let mut names: Vec<String> = vec![String::new()];
        let mut frontier = names.clone();
        for _ in 0..6 {
            frontier = frontier
                .iter()
                .flat_map(|n| alphabet.iter().map(move |c| format!("{n}{c}")))
                .collect();
            names.extend(frontier.iter().cloned());
        }
        for len in [62, 63, 64] {
            names.push(format!("{}.com", "a".repeat(len)));
        }
        for len in [250, 251, 252, 253, 254] {
            let mut n = "a.".repeat(len / 2);
            n.truncate(len - 1);
            n.push('b');
            names.push(n);
        }
        names.extend(["0x1f", "a.0x", "a.0xg", "a.1", "1.2.3.4"].map(String::from));
        for name in &names {
            for wildcard in [false, true] {
                assert_eq!(
                    plainly_valid(name, wildcard),
                    check_slowly(name, wildcard).is_ok(),
                    "{name:?} wildcard={wildcard}"
                );
            }
        }
    }

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
