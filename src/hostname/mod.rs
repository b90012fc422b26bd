//! The hostname model: from what a customer typed to what Cloudflare accepts.
//!
//! [`Hostname::parse`] runs one pipeline:
//! 1. `clean`: cut the host out of a pasted URL (scheme, userinfo, port,
//!    path, query, fragment, trailing dot), each cut reported as a warning;
//! 2. wildcard: `*` only as the whole leftmost label;
//! 3. `idn`: UTS #46 to ASCII (non-transitional, WHATWG URL flavour);
//! 4. `rules`: DNS label and length rules, no IP addresses;
//! 5. `special`: no special-use names (RFC 6761 and the IANA registry);
//! 6. `suffix`: the public suffix split that gives the customer's zone;
//! 7. `confusables`: homograph warnings on the Unicode form.
//!
//! Record owner names (`_acme-challenge.app.example.com`) follow other rules
//! and have their own type, [`DnsName`].

mod clean;
mod confusables;
mod dns_name;
mod error;
pub mod flat;
mod idn;
mod info;
pub mod lookalike;
mod psl;
mod rules;
mod special;
mod suffix;
mod warning;

use std::fmt;

pub use clean::MAX_INPUT_CHARS;
pub use dns_name::{DnsName, DnsNameError};
pub use error::{Error, ErrorKind};
pub use info::HostnameInfo;
pub use rules::{MAX_LABEL_LEN, MAX_NAME_LEN};
pub use suffix::{LIST_VERSION, SuffixKind};
pub use warning::HostnameWarning;

/// A name as people read it: A-labels decoded to Unicode, lower case
/// (`_acme-challenge.xn--bcher-kva.de` → `_acme-challenge.bücher.de`).
/// Labels that do not decode stay as they are; nothing is refused, so any
/// record name or API string can be shown.
pub fn display_name(name: &str) -> String {
    idn::to_unicode(name.trim_end_matches('.'))
}

use crate::diagnostic::Warning;

/// What [`Hostname::parse`] accepts beyond the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// Accept special-use names (`example.com`, `*.test`, `localhost`...).
    /// For tests and demos only: Cloudflare refuses them. Default `false`.
    pub allow_special_use: bool,
    /// Accept `*.example.com`. Default `true`.
    pub allow_wildcard: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        Self {
            allow_special_use: false,
            allow_wildcard: true,
        }
    }
}

/// A hostname accepted by [`Hostname::parse`], with what was said about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The hostname.
    pub hostname: Hostname,
    /// Cleanups made and things worth a second look, in pipeline order.
    pub warnings: Vec<Warning>,
}

/// A valid custom hostname: ASCII (A-label) and Unicode forms, wildcard flag
/// and the public suffix split.
///
/// Invariants: `ascii` is lower-case LDH labels (plus a leading `*` label
/// when wildcard), at most 253 characters, at least two labels, under a
/// registrable domain.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Hostname {
    ascii: String,
    unicode: String,
    wildcard: bool,
    split: suffix::Split,
}

impl Hostname {
    /// Parses what a customer typed or pasted. See the module docs for the
    /// pipeline; this is the function most callers want.
    ///
    /// # Errors
    /// An [`Error`] whose [`ErrorKind`] names the rule and the offending part.
    ///
    /// # Example
    /// ```
    /// use custom_hostnames::hostname::{Hostname, ParseOptions};
    /// let parsed = Hostname::parse("https://Bücher.Example.co.uk:443/x", &ParseOptions::default())?;
    /// let h = parsed.hostname;
    /// assert_eq!(h.ascii(), "xn--bcher-kva.example.co.uk");
    /// assert_eq!(h.unicode(), "bücher.example.co.uk");
    /// assert_eq!(h.registrable_domain(), "example.co.uk");
    /// assert_eq!(h.subdomain(), "xn--bcher-kva");
    /// assert_eq!(h.public_suffix(), "co.uk");
    /// # Ok::<(), custom_hostnames::hostname::Error>(())
    /// ```
    pub fn parse(input: &str, options: &ParseOptions) -> Result<Parsed, Error> {
        let (hostname, notes) =
            parse_raw(input, options).map_err(|kind| Error::new(kind, input))?;
        Ok(Parsed {
            hostname,
            warnings: notes.into_iter().map(Warning::from).collect(),
        })
    }

    /// The form Cloudflare's API receives: lower-case A-labels, `*.` first
    /// for a wildcard, no trailing dot.
    pub fn ascii(&self) -> &str {
        &self.ascii
    }

    /// The form people read (U-labels), from UTS #46 ToUnicode.
    pub fn unicode(&self) -> &str {
        &self.unicode
    }

    /// Whether the leftmost label is `*`.
    pub fn is_wildcard(&self) -> bool {
        self.wildcard
    }

    /// The name without its wildcard label (`shop.example.com` for
    /// `*.shop.example.com`; the name itself otherwise).
    pub fn base(&self) -> &str {
        if self.wildcard {
            self.ascii.get(2..).unwrap_or_default()
        } else {
            &self.ascii
        }
    }

    /// The public suffix (`co.uk`, `com`, `github.io`).
    pub fn public_suffix(&self) -> &str {
        self.tail(self.split.suffix_len)
    }

    /// The registrable domain: the customer's zone apex as far as the public
    /// suffix list can tell (`example.co.uk`). Called `root` in addr.
    pub fn registrable_domain(&self) -> &str {
        self.tail(self.split.registrable_len)
    }

    /// The labels left of the registrable domain (`app`, `*.shop`), empty at
    /// the apex.
    pub fn subdomain(&self) -> &str {
        let cut = self.ascii.len().saturating_sub(self.split.registrable_len);
        self.ascii.get(..cut.saturating_sub(1)).unwrap_or_default()
    }

    /// Whether the hostname is its zone's apex (no subdomain, not a wildcard).
    pub fn is_apex(&self) -> bool {
        self.subdomain().is_empty()
    }

    /// Which section of the public suffix list the suffix is from.
    pub fn suffix_kind(&self) -> SuffixKind {
        self.split.kind
    }

    /// Whether the suffix is in the ICANN section of the list.
    pub fn is_icann_suffix(&self) -> bool {
        self.split.kind == SuffixKind::Icann
    }

    fn tail(&self, len: usize) -> &str {
        self.ascii
            .get(self.ascii.len().saturating_sub(len)..)
            .unwrap_or_default()
    }
}

impl fmt::Display for Hostname {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.ascii)
    }
}

/// The pipeline, with the warnings still as [`HostnameWarning`]s: the flat
/// batch forms write codes and messages straight into their output instead of
/// building a [`Warning`] (two `String`s) per remark.
pub(crate) fn parse_raw(
    input: &str,
    options: &ParseOptions,
) -> Result<(Hostname, Vec<HostnameWarning>), ErrorKind> {
    if let Some(plain) = parse_plain(input, options) {
        let hostname = Hostname {
            ascii: input.to_owned(),
            unicode: input.to_owned(),
            wildcard: plain.wildcard,
            split: plain.split,
        };
        return Ok((hostname, plain_warnings(input, &plain)));
    }
    parse_full(input, options)
}

/// Every step of the pipeline, for any input ([`parse_raw`] without the
/// plain-name shortcut).
fn parse_full(
    input: &str,
    options: &ParseOptions,
) -> Result<(Hostname, Vec<HostnameWarning>), ErrorKind> {
    let cleaned = clean::clean(input)?;
    let mut notes = cleaned.warnings;
    let host = cleaned.host;

    let (wildcard, base) = match host.strip_prefix("*.") {
        Some(rest) => (true, rest),
        None => (false, host),
    };
    if base.contains('*') {
        return Err(ErrorKind::MisplacedWildcard);
    }
    if wildcard && !options.allow_wildcard {
        return Err(ErrorKind::WildcardNotAllowed);
    }

    let (ascii_base, unicode_base) = idn::to_ascii_and_unicode(base)?;
    // Special-use names first: "localhost" is better refused as special-use
    // than as a single label.
    if !options.allow_special_use {
        if let Some((name, reason)) = special::special_use(&ascii_base) {
            return Err(ErrorKind::SpecialUse {
                name: name.to_owned(),
                reason,
            });
        }
    }
    rules::check(&ascii_base, wildcard)?;
    let split = suffix::split(&ascii_base, wildcard)?;

    if base.bytes().any(|b| b.is_ascii_uppercase()) {
        notes.push(HostnameWarning::Lowercased);
    }
    let ascii = if wildcard {
        format!("*.{ascii_base}")
    } else {
        ascii_base.into_owned()
    };
    // A plain ASCII name (no A-label) is its own Unicode form.
    let unicode = match unicode_base {
        None => ascii.clone(),
        Some(u) if wildcard => format!("*.{u}"),
        Some(u) => u,
    };
    if !base.is_ascii() {
        notes.push(HostnameWarning::ConvertedToAscii {
            ascii: ascii.clone(),
        });
    }
    notes.extend(confusables::check(&unicode));

    let hostname = Hostname {
        ascii,
        unicode,
        wildcard,
        split,
    };
    match hostname.suffix_kind() {
        SuffixKind::Unknown => notes.push(HostnameWarning::UnknownSuffix {
            suffix: hostname.public_suffix().to_owned(),
        }),
        SuffixKind::Private => notes.push(HostnameWarning::PrivateSuffix {
            suffix: hostname.public_suffix().to_owned(),
        }),
        SuffixKind::Icann => {}
    }
    if hostname.is_apex() {
        notes.push(HostnameWarning::Apex {
            domain: hostname.ascii.clone(),
        });
    }
    Ok((hostname, notes))
}

/// What [`parse_plain`] found: everything about an accepted name whose
/// ASCII form is the input itself, as lengths into the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Plain {
    /// `*.` first.
    pub wildcard: bool,
    /// The public suffix split of the name without its wildcard label.
    pub split: suffix::Split,
}

impl Plain {
    /// Whether the name is its zone's apex ([`Hostname::is_apex`]).
    pub fn is_apex(&self, input: &str) -> bool {
        input.len() == self.split.registrable_len
    }
}

/// The fast path of [`parse_raw`] for the most common input, a name that
/// is already what Cloudflare receives: lower-case LDH labels (`a-z`,
/// `0-9`, `-`), none an A-label, optionally `*.` first, nothing to clean.
/// For such a name every step of the pipeline is the identity or a check,
/// and the result is the input plus a suffix split: no allocation. Returns
/// `None` for anything else *and* for any name a check refuses, so that
/// the full pipeline produces the error (and its wording) in one place.
/// The warnings of an accepted plain name are only the suffix-kind and
/// apex ones ([`Plain`] carries what they need). `tests::plain_path_agrees`
/// checks the equivalence.
pub(crate) fn parse_plain(input: &str, options: &ParseOptions) -> Option<Plain> {
    let (wildcard, base) = match input.strip_prefix("*.") {
        Some(rest) => (true, rest),
        None => (false, input),
    };
    if (wildcard && !options.allow_wildcard)
        || input.len() > MAX_INPUT_CHARS
        || base.ends_with('.')
        || base
            .bytes()
            .any(|b| !matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.'))
        || !idn::is_plain_ascii(base)
    {
        return None;
    }
    if !options.allow_special_use && special::special_use(base).is_some() {
        return None;
    }
    rules::check(base, wildcard).ok()?;
    let split = suffix::split(base, wildcard).ok()?;
    Some(Plain { wildcard, split })
}

/// The warnings [`parse_raw`] gives a name [`parse_plain`] accepted, in the
/// same order.
pub(crate) fn plain_warnings(input: &str, plain: &Plain) -> Vec<HostnameWarning> {
    let mut notes = Vec::new();
    let suffix = || {
        input
            .get(input.len().saturating_sub(plain.split.suffix_len)..)
            .unwrap_or_default()
            .to_owned()
    };
    match plain.split.kind {
        SuffixKind::Unknown => notes.push(HostnameWarning::UnknownSuffix { suffix: suffix() }),
        SuffixKind::Private => notes.push(HostnameWarning::PrivateSuffix { suffix: suffix() }),
        SuffixKind::Icann => {}
    }
    if plain.is_apex(input) {
        notes.push(HostnameWarning::Apex {
            domain: input.to_owned(),
        });
    }
    notes
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]
    use super::*;

    fn parse(s: &str) -> Result<Parsed, Error> {
        Hostname::parse(s, &ParseOptions::default())
    }

    #[test]
    fn issue_example() {
        let p = parse("https://Bücher.Example.co.uk:443/x").unwrap();
        let h = &p.hostname;
        assert_eq!(h.ascii(), "xn--bcher-kva.example.co.uk");
        assert_eq!(h.registrable_domain(), "example.co.uk");
        assert_eq!(h.subdomain(), "xn--bcher-kva");
        assert_eq!(h.public_suffix(), "co.uk");
        assert!(!h.is_apex());
        assert!(h.is_icann_suffix());
        let codes: Vec<_> = p.warnings.iter().map(|w| w.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "removed_scheme",
                "removed_path",
                "removed_port",
                "lowercased",
                "converted_to_ascii"
            ]
        );
    }

    #[test]
    fn wildcard_split() {
        let h = parse("*.shop.customer.com").unwrap().hostname;
        assert_eq!(h.subdomain(), "*.shop");
        assert_eq!(h.base(), "shop.customer.com");
        assert_eq!(h.registrable_domain(), "customer.com");
        let h = parse("*.customer.com").unwrap().hostname;
        assert_eq!(h.subdomain(), "*");
        assert!(!h.is_apex());
        assert_eq!(
            parse("*.co.uk").unwrap_err().code_str(),
            "wildcard_over_public_suffix"
        );
        assert_eq!(
            parse("*.github.io").unwrap_err().code_str(),
            "wildcard_over_public_suffix"
        );
        assert_eq!(
            parse("a.*.customer.com").unwrap_err().code_str(),
            "misplaced_wildcard"
        );
    }

    /// The plain-name shortcut gives exactly what the full pipeline gives,
    /// and takes every input it should (lower-case LDH names it accepts).
    #[test]
    fn plain_path_agrees() {
        let mut inputs: Vec<String> = [
            "shop.example.com",
            "example.com",
            "*.example.com",
            "*.shop.example.com",
            "me.github.io",
            "github.io",
            "a.b.c.d.co.uk",
            "co.uk",
            "*.co.uk",
            "*.github.io",
            "shop.unknowntld",
            "localhost",
            "example.com",
            "x.test",
            "1.2.3.4",
            "a..b.com",
            "-a.com",
            "a-.com",
            "xn--bcher-kva.com",
            "xn--a.com",
            "a.com.",
            ".a.com",
            "*",
            "*.",
            "a.*.com",
            "a_b.com",
            "ab--c.com",
            "123.com",
            "a.123",
            "a.b",
            "",
            "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.com",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        inputs.push(format!("{}.com", "a".repeat(63)));
        inputs.push(format!("{}.com", "a".repeat(64)));
        inputs.push(format!("{}.com", ["abcdefghi"; 26].join(".")));
        let alphabet = ["a", "b", "-", ".", "*", "0", "k", "io", "uk", "co"];
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    for d in alphabet {
                        inputs.push(format!("{a}{b}{c}{d}"));
                        inputs.push(format!("{a}{b}{c}{d}.com"));
                    }
                }
            }
        }
        let mut plain = 0;
        for options in [
            ParseOptions::default(),
            ParseOptions {
                allow_special_use: true,
                allow_wildcard: false,
            },
        ] {
            for input in &inputs {
                let full = parse_full(input, &options);
                match parse_plain(input, &options) {
                    Some(p) => {
                        plain += 1;
                        let (h, notes) = full.unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
                        assert_eq!(h.ascii, *input);
                        assert_eq!(h.unicode, *input);
                        assert_eq!((h.wildcard, h.split), (p.wildcard, p.split), "{input:?}");
                        assert_eq!(h.is_apex(), p.is_apex(input), "{input:?}");
                        assert_eq!(notes, plain_warnings(input, &p), "{input:?}");
                    }
                    None => {
                        // Refused, or not plain: the full pipeline decides.
                        if let Ok((h, notes)) = &full {
                            let is_plain = h.ascii == *input
                                && !input.ends_with('.')
                                && !input.split('.').any(|l| l.starts_with("xn--"))
                                && notes.iter().all(|n| {
                                    matches!(
                                        n,
                                        HostnameWarning::Apex { .. }
                                            | HostnameWarning::PrivateSuffix { .. }
                                            | HostnameWarning::UnknownSuffix { .. }
                                    )
                                });
                            assert!(!is_plain, "{input:?} should take the plain path");
                        }
                    }
                }
            }
        }
        assert!(plain > 1000, "only {plain} plain names");
    }

    impl Error {
        fn code_str(&self) -> &'static str {
            self.kind().code()
        }
    }
}
