//! Turns what people paste into a form field into a bare host.
//!
//! Customers paste `https://Shop.Example.com:443/cart?x=1`, `user@host`,
//! `example.com.` or a name with a stray space. The host part is cut out the
//! way a URL parser finds the authority (RFC 3986 §3.2: scheme `://`,
//! userinfo `@`, port `:`, then `/`, `?` or `#`), and every cut is reported as
//! a [`HostnameWarning`]. What remains is checked by the other modules.

use super::error::ErrorKind;
use super::warning::HostnameWarning;

/// Longest raw input read at all (a URL with a long query string still fits).
pub const MAX_INPUT_CHARS: usize = 4096;

/// The host cut out of the input, and what was removed around it.
#[derive(Debug)]
pub(crate) struct Cleaned<'a> {
    pub host: &'a str,
    pub warnings: Vec<HostnameWarning>,
}

/// Zero-width characters that copy-paste carries along: zero-width space,
/// non-joiner, joiner and word joiner.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}')
}

/// The byte-order mark (U+FEFF), left at the start of text copied from
/// some editors and spreadsheets.
const BYTE_ORDER_MARK: char = '\u{feff}';

/// Characters removed from both ends: Unicode whitespace, joiners and the
/// byte-order mark.
fn is_invisible(c: char) -> bool {
    c.is_whitespace() || is_joiner(c) || c == BYTE_ORDER_MARK
}

/// One warning per kind of character that was trimmed, so a form can say
/// exactly what it removed.
fn trimmed_warnings(input: &str, kept: &str, warnings: &mut Vec<HostnameWarning>) {
    if kept.len() == input.len() {
        return;
    }
    let start = input.find(kept).unwrap_or_default();
    let removed = input
        .get(..start)
        .unwrap_or_default()
        .chars()
        .chain(input.get(start + kept.len()..).unwrap_or_default().chars());
    let (mut space, mut joiner, mut bom) = (false, false, false);
    for c in removed {
        if c == BYTE_ORDER_MARK {
            bom = true;
        } else if is_joiner(c) {
            joiner = true;
        } else {
            space = true;
        }
    }
    if space {
        warnings.push(HostnameWarning::TrimmedWhitespace);
    }
    if joiner {
        warnings.push(HostnameWarning::TrimmedJoiner);
    }
    if bom {
        warnings.push(HostnameWarning::TrimmedByteOrderMark);
    }
}

pub(crate) fn clean(input: &str) -> Result<Cleaned<'_>, ErrorKind> {
    // Most inputs are already a bare name: bytes that cannot start a scheme,
    // path, query, fragment, userinfo, port, bracket or invisible character.
    // For them only the trailing dot below can need cutting.
    let bare = input.len() <= MAX_INPUT_CHARS
        && input
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'*' | b'_'));
    let (mut s, mut warnings) = if bare {
        (input, Vec::new())
    } else {
        cut_url_parts(input)?
    };

    // One trailing dot is the DNS root and may be dropped; a second one is an
    // empty label, reported by the label rules.
    if let Some(rest) = s.strip_suffix('.') {
        s = rest;
        warnings.push(HostnameWarning::RemovedTrailingDot);
    }
    if s.is_empty() {
        return Err(ErrorKind::Empty);
    }
    Ok(Cleaned { host: s, warnings })
}

/// Cuts what surrounds the host in a pasted URL (whitespace, scheme, path,
/// query, fragment, userinfo, port), each cut a warning; refuses IP
/// literals and bad ports. The trailing dot is left to [`clean`].
fn cut_url_parts(input: &str) -> Result<(&str, Vec<HostnameWarning>), ErrorKind> {
    let len = input.chars().count();
    if len > MAX_INPUT_CHARS {
        return Err(ErrorKind::InputTooLong {
            len,
            max: MAX_INPUT_CHARS,
        });
    }
    let mut warnings = Vec::new();
    let mut s = input.trim_matches(is_invisible);
    trimmed_warnings(input, s, &mut warnings);

    if let Some((scheme, rest)) = split_scheme(s) {
        warnings.push(HostnameWarning::RemovedScheme(scheme.to_ascii_lowercase()));
        s = rest;
    } else if let Some(rest) = s.strip_prefix("//") {
        s = rest;
    }

    // The authority ends at the first path, query or fragment delimiter
    // (a backslash counts as a path separator, as browsers treat it).
    if let Some(end) = s.find(['/', '\\', '?', '#']) {
        let tail = s.get(end..).unwrap_or_default();
        s = s.get(..end).unwrap_or_default();
        let path_end = tail.find(['?', '#']).unwrap_or(tail.len());
        if path_end > 0 {
            warnings.push(HostnameWarning::RemovedPath);
        }
        let after_path = tail.get(path_end..).unwrap_or_default();
        if after_path.starts_with('?') {
            warnings.push(HostnameWarning::RemovedQuery);
        }
        if after_path.contains('#') {
            warnings.push(HostnameWarning::RemovedFragment);
        }
    }

    if let Some(at) = s.rfind('@') {
        s = s.get(at + 1..).unwrap_or_default();
        warnings.push(HostnameWarning::RemovedUserinfo);
    }

    if let Some(rest) = s.strip_prefix('[') {
        let address = rest.split(']').next().unwrap_or(rest);
        return Err(ErrorKind::IpAddress {
            address: address.to_owned(),
        });
    }

    if let Some(colon) = s.rfind(':') {
        let host = s.get(..colon).unwrap_or_default();
        let port = s.get(colon + 1..).unwrap_or_default();
        if host.contains(':') {
            // `2001:db8::1` or `::1`: a bare IPv6 address.
            return Err(ErrorKind::IpAddress {
                address: s.to_owned(),
            });
        }
        if !port.is_empty() {
            if !port.bytes().all(|b| b.is_ascii_digit()) || port.parse::<u16>().is_err() {
                return Err(ErrorKind::InvalidPort {
                    port: port.to_owned(),
                });
            }
            warnings.push(HostnameWarning::RemovedPort(port.to_owned()));
        }
        s = host;
    }
    Ok((s, warnings))
}

/// `https://rest` → `("https", "rest")`. A scheme is a letter followed by
/// letters, digits, `+`, `-` or `.` (RFC 3986 §3.1), then `://`.
fn split_scheme(s: &str) -> Option<(&str, &str)> {
    let idx = s.find("://")?;
    let scheme = s.get(..idx)?;
    let mut chars = scheme.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if first_ok && rest_ok {
        Some((scheme, s.get(idx + 3..)?))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(s: &str) -> String {
        clean(s)
            .map(|c| c.host.to_owned())
            .unwrap_or_else(|e| format!("ERR {}", e.code()))
    }

    #[test]
    fn strips_url_parts() {
        assert_eq!(
            host("https://user:pw@Example.com:8443/a/b?c=d#e"),
            "Example.com"
        );
        assert_eq!(host("  example.com.  "), "example.com");
        assert_eq!(host("//example.com/"), "example.com");
        assert_eq!(host("example.com\\path"), "example.com");
        assert_eq!(host("example.com:"), "example.com");
    }

    #[test]
    fn refuses_what_cannot_be_a_host() {
        assert_eq!(host("[::1]:80"), "ERR ip_address");
        assert_eq!(host("2001:db8::1"), "ERR ip_address");
        assert_eq!(host("example.com:http"), "ERR invalid_port");
        assert_eq!(host("example.com:70000"), "ERR invalid_port");
        assert_eq!(host("https://"), "ERR empty");
        assert_eq!(host("."), "ERR empty");
        assert_eq!(host(&"a".repeat(MAX_INPUT_CHARS + 1)), "ERR input_too_long");
    }

    #[test]
    fn reports_each_cleanup() {
        let c = clean("https://u@h.example.com:443/p?q#f")
            .map(|c| c.warnings)
            .unwrap_or_default();
        let codes: Vec<_> = c.iter().map(HostnameWarning::code).collect();
        assert_eq!(
            codes,
            [
                "removed_scheme",
                "removed_path",
                "removed_query",
                "removed_fragment",
                "removed_userinfo",
                "removed_port"
            ]
        );
    }
}
