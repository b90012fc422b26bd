//! The flat text form of a batch parse, for callers that cross a language
//! boundary (the Wasm module's `parseHostnamesFlat`): one line in per
//! hostname, one line out, tab-separated fields. Crossing once with a string
//! costs far less than building a JS object per item (docs/performance.md).
//!
//! Output, per input line:
//! - accepted: `1 \t ascii \t unicode \t registrableDomain \t publicSuffix \t
//!   suffixKind \t warningCodes` (codes comma-separated, possibly empty);
//! - refused: `0 \t code \t message` (tabs and line breaks in the message
//!   replaced by spaces).

use std::fmt::Write as _;

use super::{Error, Hostname, HostnameWarning, ParseOptions};

/// Parses each `\n`-separated line of `lines` (a trailing `\r` is kept: it is
/// part of what was pasted, and refused as such) and returns one output line
/// per input line, joined with `\n`.
pub fn parse_lines(lines: &str, options: &ParseOptions) -> String {
    let mut out = String::with_capacity(lines.len() * 3);
    for (i, input) in lines.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        push_line(&mut out, input, options);
    }
    out
}

fn push_line(out: &mut String, input: &str, options: &ParseOptions) {
    match parse(input, options) {
        Ok((h, warnings)) => {
            for field in [
                "1",
                h.ascii(),
                h.unicode(),
                h.registrable_domain(),
                h.public_suffix(),
                h.suffix_kind().as_str(),
            ] {
                out.push_str(field);
                out.push('\t');
            }
            for (i, w) in warnings.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(w.code());
            }
        }
        Err(e) => {
            out.push_str("0\t");
            out.push_str(e.kind().code());
            out.push('\t');
            let start = out.len();
            // Writing to a String cannot fail.
            let _ = write!(out, "{e}");
            if out
                .get(start..)
                .is_some_and(|m| m.contains(['\t', '\n', '\r']))
            {
                let message = out.split_off(start).replace(['\t', '\n', '\r'], " ");
                out.push_str(&message);
            }
        }
    }
}

/// Record separator of [`parse_records`] (ASCII RS).
pub const RECORD_SEPARATOR: char = '\u{1e}';
/// Field separator of [`parse_records`] (ASCII US).
pub const FIELD_SEPARATOR: char = '\u{1f}';

/// The full results (every field of [`super::HostnameInfo`] and the
/// messages), for a JS caller that builds the result objects itself:
/// `inputs` separated by [`RECORD_SEPARATOR`], one record out per input,
/// fields separated by [`FIELD_SEPARATOR`]:
/// - accepted: `1`, ascii, unicode, registrableDomain, publicSuffix,
///   subdomain, suffixKind, then per warning its code, its message and its
///   `data` as JSON text (empty when it has none);
/// - refused: `0`, code, message.
///
/// Returns `None` when an input holds a separator (the caller then takes a
/// slower path that cannot be confused by them).
pub fn parse_records(inputs: &str, options: &ParseOptions) -> Option<String> {
    if inputs.contains(FIELD_SEPARATOR) {
        return None;
    }
    let mut out = String::with_capacity(inputs.len() * 4);
    for (i, input) in inputs.split(RECORD_SEPARATOR).enumerate() {
        if i > 0 {
            out.push(RECORD_SEPARATOR);
        }
        push_any_record(&mut out, input, options);
    }
    Some(out)
}

/// Bits of the first word of a name in [`parse_columns`].
pub mod column {
    /// The name was accepted.
    pub const OK: u32 = 1;
    /// Accepted by the plain-name path (`hostname::parse_plain`): every field is a slice of
    /// the input; the second word holds the lengths.
    pub const PLAIN: u32 = 1 << 1;
    /// `*.` first.
    pub const WILDCARD: u32 = 1 << 2;
    /// Shift of the suffix kind (2 bits: 0 icann, 1 private, 2 unknown).
    pub const KIND_SHIFT: u32 = 3;
    /// The name is its zone's apex.
    pub const APEX: u32 = 1 << 5;
}

/// The column form of a batch, for a caller that builds result objects
/// lazily (the Wasm module's `parseHostnames` and `parseHostnameColumns`):
/// `inputs` separated by [`RECORD_SEPARATOR`], two words per name appended
/// to `words`:
/// - a plain name (`hostname::parse_plain`, most names): `OK | PLAIN |
///   WILDCARD? | kind << KIND_SHIFT | APEX?`, then `registrable_len |
///   suffix_len << 16` (bytes from the end of the input, which is the ASCII
///   and Unicode form): nothing else is written;
/// - any other name: `OK` or `0`, then the index of its record (the
///   [`parse_records`] form) among the records appended to `records`,
///   separated by [`RECORD_SEPARATOR`].
///
/// Returns `false` (and writes nothing usable) when an input holds
/// [`FIELD_SEPARATOR`], like [`parse_records`].
pub fn parse_columns(
    inputs: &str,
    options: &ParseOptions,
    words: &mut Vec<u32>,
    records: &mut String,
) -> bool {
    if inputs.contains(FIELD_SEPARATOR) {
        return false;
    }
    let mut slow = 0u32;
    for input in inputs.split(RECORD_SEPARATOR) {
        let (first, second) = match super::parse_plain(input, options) {
            Some(plain) => plain_words(input, &plain),
            None => {
                if slow > 0 {
                    records.push(RECORD_SEPARATOR);
                }
                let ok = push_any_record(records, input, options);
                slow += 1;
                (u32::from(ok), slow - 1)
            }
        };
        words.push(first);
        words.push(second);
    }
    true
}

/// The two words of a plain name (see [`parse_columns`]).
pub(crate) fn plain_words(input: &str, plain: &super::Plain) -> (u32, u32) {
    let kind = match plain.split.kind {
        super::SuffixKind::Icann => 0,
        super::SuffixKind::Private => 1,
        super::SuffixKind::Unknown => 2,
    };
    let mut first = column::OK | column::PLAIN | (kind << column::KIND_SHIFT);
    if plain.wildcard {
        first |= column::WILDCARD;
    }
    if plain.is_apex(input) {
        first |= column::APEX;
    }
    // Both lengths are at most MAX_NAME_LEN (253): they fit in 16 bits.
    let len = |n: usize| u32::try_from(n).unwrap_or(u32::MAX) & 0xffff;
    (
        first,
        len(plain.split.registrable_len) | (len(plain.split.suffix_len) << 16),
    )
}

/// Appends the [`parse_records`] record of one input; `true` if accepted.
pub fn push_any_record(out: &mut String, input: &str, options: &ParseOptions) -> bool {
    match parse(input, options) {
        Ok((hostname, warnings)) => {
            push_record(out, &hostname, &warnings);
            true
        }
        Err(e) => {
            out.push('0');
            out.push(FIELD_SEPARATOR);
            out.push_str(e.kind().code());
            out.push(FIELD_SEPARATOR);
            // Writing to a String cannot fail.
            let _ = write!(out, "{e}");
            false
        }
    }
}

/// What the JS side needs to write each warning a plain name can get
/// without the module writing one per name, in the order `private_suffix`,
/// `unknown_suffix`, `apex`, separated by [`RECORD_SEPARATOR`]: the name of
/// the warning's one `data` field, [`FIELD_SEPARATOR`], then its message
/// with [`FIELD_SEPARATOR`] where the value goes.
pub fn plain_warning_templates() -> String {
    let hole = FIELD_SEPARATOR.to_string();
    [
        HostnameWarning::PrivateSuffix {
            suffix: hole.clone(),
        },
        HostnameWarning::UnknownSuffix {
            suffix: hole.clone(),
        },
        HostnameWarning::Apex { domain: hole },
    ]
    .iter()
    .map(|w| {
        let key = w
            .data()
            .and_then(|d| d.as_object().and_then(|o| o.keys().next().cloned()))
            .unwrap_or_default();
        format!("{key}{FIELD_SEPARATOR}{w}")
    })
    .collect::<Vec<_>>()
    .join(&RECORD_SEPARATOR.to_string())
}

/// [`Hostname::parse`] with the warnings not yet turned into
/// [`Warning`](crate::diagnostic::Warning)s: the records write them straight out.
pub fn parse(
    input: &str,
    options: &ParseOptions,
) -> Result<(Hostname, Vec<HostnameWarning>), Error> {
    super::parse_raw(input, options).map_err(|kind| Error::new(kind, input))
}

/// Appends the record of an accepted name (see [`parse_records`]).
pub fn push_record(out: &mut String, h: &Hostname, warnings: &[HostnameWarning]) {
    let us = FIELD_SEPARATOR;
    // push_str rather than `write!`: the formatting machinery was a tenth
    // of the batch's time in Wasm (docs/performance.md).
    out.push('1');
    for field in [
        h.ascii(),
        h.unicode(),
        h.registrable_domain(),
        h.public_suffix(),
        h.subdomain(),
        h.suffix_kind().as_str(),
    ] {
        out.push(us);
        out.push_str(field);
    }
    for w in warnings {
        out.push(us);
        out.push_str(w.code());
        out.push(us);
        // Writing to a String cannot fail.
        let _ = write!(out, "{w}");
        // The warning's `data` as JSON text (which escapes both separators),
        // or nothing.
        out.push(us);
        if let Some(data) = w.data() {
            let _ = write!(out, "{data}");
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::diagnostic::ErrorInfo;
    use crate::hostname::HostnameInfo;

    /// Every field of the flat form equals the object form's.
    #[test]
    fn matches_the_object_form() {
        let inputs = [
            "https://Bücher.Example.co.uk:443/x",
            "me.github.io",
            "bad..name",
            "*.customer.com",
            "a\tb.com",
            "",
            "shop.unknowntld",
            "пример.рф",
        ];
        let options = ParseOptions::default();
        let out = parse_lines(&inputs.join("\n"), &options);
        let lines: Vec<&str> = out.split('\n').collect();
        assert_eq!(lines.len(), inputs.len());
        for (input, line) in inputs.iter().zip(lines) {
            let f: Vec<&str> = line.split('\t').collect();
            match Hostname::parse(input, &options) {
                Ok(p) => {
                    let info = HostnameInfo::new(input, p);
                    let codes: Vec<&str> = info.warnings.iter().map(|w| w.code.as_str()).collect();
                    let kind = serde_json::to_value(info.suffix_kind).unwrap();
                    assert_eq!(
                        f,
                        [
                            "1",
                            &info.ascii,
                            &info.unicode,
                            &info.registrable_domain,
                            &info.public_suffix,
                            kind.as_str().unwrap(),
                            &codes.join(","),
                        ],
                        "{input:?}"
                    );
                }
                Err(e) => {
                    let info = ErrorInfo::from_error(&e, Some(input));
                    let message = info.message.replace(['\t', '\n', '\r'], " ");
                    assert_eq!(f, ["0", info.code.as_str(), &message], "{input:?}");
                }
            }
        }
    }
}
