//! Why a hostname was refused: [`Error`] = [`ErrorKind`] + the input it came from.
//!
//! The shape follows addr's `Error { kind, input }`: the kind says what rule was
//! broken and names the offending part (label, character, length); the input is
//! kept verbatim so a UI can quote it back. Codes are stable (see [`Coded`]).

use crate::diagnostic::Coded;
use crate::error_codes::ErrorCode;

/// A hostname was refused. Carries the rule that was broken and the raw input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct Error {
    kind: ErrorKind,
    input: String,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, input: &str) -> Self {
        // Keep the quoted input bounded: errors are logged and sent to browsers.
        let input = match input.char_indices().nth(MAX_QUOTED_INPUT) {
            Some((cut, _)) => format!("{}…", input.get(..cut).unwrap_or_default()),
            None => input.to_owned(),
        };
        Self { kind, input }
    }

    /// What was wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The input as the caller gave it (cut after 300 characters).
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// Longest input quoted back in an error.
const MAX_QUOTED_INPUT: usize = 300;

impl Coded for Error {
    fn code(&self) -> &'static str {
        self.kind.code()
    }
}

/// The rule a hostname broke. Each variant names the part that broke it.
///
/// DNS rules: RFC 1035 §2.3.4 (lengths), RFC 1123 §2.1 (letters, digits,
/// hyphen), RFC 3696 §2 (a top-level label is not all digits); IDN: UTS #46;
/// special-use names: RFC 6761 and the IANA special-use domain registry;
/// Cloudflare's own refusals: `spec/cloudflare-for-saas.md` §3.1 (errors
/// 1407–1411).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Nothing left after removing whitespace, scheme, path, port and dots.
    #[error("the hostname is empty")]
    Empty,
    /// The raw input is longer than any pasted URL could reasonably be.
    #[error("the input is {len} characters long; at most {max} are read")]
    InputTooLong {
        /// Characters in the input.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// More than 253 characters once converted to ASCII.
    #[error("the hostname is {len} characters long in ASCII form; the limit is 253")]
    TooLong {
        /// Length of the ASCII form.
        len: usize,
    },
    /// Two dots in a row, or a leading dot.
    #[error("label {position} is empty (two dots in a row or a leading dot)")]
    EmptyLabel {
        /// 1-based position of the empty label, from the left.
        position: usize,
    },
    /// A label longer than 63 characters.
    #[error("label `{label}` is {len} characters long; the limit is 63")]
    LabelTooLong {
        /// The label (ASCII form).
        label: String,
        /// Its length.
        len: usize,
    },
    /// A character that may not appear in a hostname.
    #[error("character {} is not allowed in a hostname (label `{label}`)", describe_char(*character))]
    InvalidCharacter {
        /// The offending character.
        character: char,
        /// The label it appears in.
        label: String,
    },
    /// A label starting with `-`.
    #[error("label `{label}` starts with a hyphen")]
    LeadingHyphen {
        /// The label.
        label: String,
    },
    /// A label ending with `-`.
    #[error("label `{label}` ends with a hyphen")]
    TrailingHyphen {
        /// The label.
        label: String,
    },
    /// UTS #46 refused a label (disallowed code point, bidi or joiner rule).
    #[error("label `{label}` is not a valid internationalized label (UTS #46)")]
    InvalidIdn {
        /// The label as given.
        label: String,
    },
    /// An `xn--` label that does not decode to a valid Unicode label.
    #[error("label `{label}` starts with xn-- but is not valid punycode")]
    InvalidPunycode {
        /// The label.
        label: String,
    },
    /// An IPv4 or IPv6 address rather than a name.
    #[error("`{address}` is an IP address; a custom hostname must be a name")]
    IpAddress {
        /// The address as found.
        address: String,
    },
    /// A single label such as `localhost` or `intranet`.
    #[error("`{name}` has a single label; a hostname needs at least a name and a top-level domain")]
    SingleLabel {
        /// The name.
        name: String,
    },
    /// The top-level label is all digits.
    #[error("top-level label `{tld}` is all digits")]
    NumericTld {
        /// The top-level label.
        tld: String,
    },
    /// A port that is not a number.
    #[error("`{port}` is not a valid port")]
    InvalidPort {
        /// What followed the colon.
        port: String,
    },
    /// A special-use name (RFC 6761 and the IANA registry) or one Cloudflare refuses.
    #[error("`{name}` is a special-use name ({reason}) and cannot be a custom hostname")]
    SpecialUse {
        /// The special-use domain matched (e.g. `localhost`, `example.com`).
        name: String,
        /// Where it is reserved.
        reason: &'static str,
    },
    /// A wildcard somewhere other than the whole leftmost label.
    #[error("`*` is only allowed as the whole leftmost label (`*.example.com`)")]
    MisplacedWildcard,
    /// A wildcard when the caller disallowed them.
    #[error("wildcard hostnames are not accepted here")]
    WildcardNotAllowed,
    /// `*.co.uk`: a wildcard directly over a public suffix.
    #[error("`*.{suffix}` would cover every domain under the public suffix `{suffix}`")]
    WildcardOverPublicSuffix {
        /// The public suffix.
        suffix: String,
    },
    /// The hostname is itself a public suffix (`co.uk`, `github.io`).
    #[error("`{suffix}` is a public suffix, not a domain someone can own")]
    PublicSuffix {
        /// The public suffix.
        suffix: String,
    },
}

impl ErrorKind {
    /// Stable snake_case code of this kind.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => ErrorCode::Empty.as_str(),
            Self::InputTooLong { .. } => ErrorCode::InputTooLong.as_str(),
            Self::TooLong { .. } => ErrorCode::HostnameTooLong.as_str(),
            Self::EmptyLabel { .. } => ErrorCode::EmptyLabel.as_str(),
            Self::LabelTooLong { .. } => ErrorCode::LabelTooLong.as_str(),
            Self::InvalidCharacter { .. } => ErrorCode::InvalidCharacter.as_str(),
            Self::LeadingHyphen { .. } => ErrorCode::LabelStartsWithHyphen.as_str(),
            Self::TrailingHyphen { .. } => ErrorCode::LabelEndsWithHyphen.as_str(),
            Self::InvalidIdn { .. } => ErrorCode::InvalidIdn.as_str(),
            Self::InvalidPunycode { .. } => ErrorCode::InvalidPunycode.as_str(),
            Self::IpAddress { .. } => ErrorCode::IpAddress.as_str(),
            Self::SingleLabel { .. } => ErrorCode::SingleLabel.as_str(),
            Self::NumericTld { .. } => ErrorCode::NumericTld.as_str(),
            Self::InvalidPort { .. } => ErrorCode::InvalidPort.as_str(),
            Self::SpecialUse { .. } => ErrorCode::SpecialUseName.as_str(),
            Self::MisplacedWildcard => ErrorCode::MisplacedWildcard.as_str(),
            Self::WildcardNotAllowed => ErrorCode::WildcardNotAllowed.as_str(),
            Self::WildcardOverPublicSuffix { .. } => ErrorCode::WildcardOverPublicSuffix.as_str(),
            Self::PublicSuffix { .. } => ErrorCode::PublicSuffix.as_str(),
        }
    }

    /// Every code this enum can produce (for documentation and exhaustive tests).
    pub const CODES: &'static [ErrorCode] = &[
        ErrorCode::Empty,
        ErrorCode::InputTooLong,
        ErrorCode::HostnameTooLong,
        ErrorCode::EmptyLabel,
        ErrorCode::LabelTooLong,
        ErrorCode::InvalidCharacter,
        ErrorCode::LabelStartsWithHyphen,
        ErrorCode::LabelEndsWithHyphen,
        ErrorCode::InvalidIdn,
        ErrorCode::InvalidPunycode,
        ErrorCode::IpAddress,
        ErrorCode::SingleLabel,
        ErrorCode::NumericTld,
        ErrorCode::InvalidPort,
        ErrorCode::SpecialUseName,
        ErrorCode::MisplacedWildcard,
        ErrorCode::WildcardNotAllowed,
        ErrorCode::WildcardOverPublicSuffix,
        ErrorCode::PublicSuffix,
    ];
}

/// `'a'` for printable characters, `U+0000` for control and invisible ones.
fn describe_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{feff}') {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("`{c}` (U+{:04X})", u32::from(c))
    }
}
