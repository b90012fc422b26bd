//! Remarks about an accepted hostname: what was cleaned up, and what deserves a
//! second look (homographs, apex names, suffixes outside the ICANN section).
//!
//! They are data ([`Warning`]), never errors, so a form can show "we removed
//! `https://`" and carry on.

use std::fmt;

use crate::diagnostic::Warning;

/// One remark about how a hostname was read. Converted into the shared
/// [`Warning`] (stable `code` + English `message`) at the edge of the module.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum HostnameWarning {
    /// Leading or trailing whitespace (spaces, tabs, line breaks) was removed.
    TrimmedWhitespace,
    /// Leading or trailing zero-width characters (zero-width space,
    /// (non-)joiner, word joiner) were removed.
    TrimmedJoiner,
    /// A byte-order mark (U+FEFF) at either end was removed.
    TrimmedByteOrderMark,
    /// A URL scheme such as `https://` was removed.
    RemovedScheme(String),
    /// A `user:password@` part was removed.
    RemovedUserinfo,
    /// A `:port` was removed.
    RemovedPort(String),
    /// A `/path` was removed.
    RemovedPath,
    /// A `?query` was removed.
    RemovedQuery,
    /// A `#fragment` was removed.
    RemovedFragment,
    /// The trailing root dot (`example.com.`) was removed.
    RemovedTrailingDot,
    /// Upper-case letters were lowered (DNS names are case-insensitive).
    Lowercased,
    /// Unicode labels were converted to their ASCII (punycode) form for the API.
    ConvertedToAscii {
        /// The ASCII form the API will receive.
        ascii: String,
    },
    /// A label mixes scripts that do not belong together (Latin with Cyrillic...).
    MixedScript {
        /// The label, Unicode form.
        label: String,
    },
    /// A label is written in one non-Latin script but looks like a Latin word.
    Confusable {
        /// The label, Unicode form.
        label: String,
        /// The Latin string it can be mistaken for.
        looks_like: String,
    },
    /// The top-level domain is not in the public suffix list.
    UnknownSuffix {
        /// The last label.
        suffix: String,
    },
    /// The zone sits under a privately managed suffix (`github.io`, `herokuapp.com`).
    PrivateSuffix {
        /// The private suffix.
        suffix: String,
    },
    /// The hostname is the apex of the customer's zone: no CNAME can be put there
    /// at most DNS providers (see `spec/cloudflare-for-saas.md` §8.1).
    Apex {
        /// The zone apex.
        domain: String,
    },
}

impl HostnameWarning {
    /// Stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::TrimmedWhitespace => "trimmed_whitespace",
            Self::TrimmedJoiner => "trimmed_joiner",
            Self::TrimmedByteOrderMark => "trimmed_byte_order_mark",
            Self::RemovedScheme(_) => "removed_scheme",
            Self::RemovedUserinfo => "removed_userinfo",
            Self::RemovedPort(_) => "removed_port",
            Self::RemovedPath => "removed_path",
            Self::RemovedQuery => "removed_query",
            Self::RemovedFragment => "removed_fragment",
            Self::RemovedTrailingDot => "removed_trailing_dot",
            Self::Lowercased => "lowercased",
            Self::ConvertedToAscii { .. } => "converted_to_ascii",
            Self::MixedScript { .. } => "mixed_script",
            Self::Confusable { .. } => "confusable",
            Self::UnknownSuffix { .. } => "unknown_suffix",
            Self::PrivateSuffix { .. } => "private_suffix",
            Self::Apex { .. } => "apex",
        }
    }

    /// English sentence naming the value concerned (its [`fmt::Display`]).
    pub fn message(&self) -> String {
        self.to_string()
    }
}

/// The English message, written straight into a buffer (the flat batch
/// forms write it without an intermediate `String`).
impl fmt::Display for HostnameWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TrimmedWhitespace => f.write_str("removed surrounding spaces"),
            Self::TrimmedJoiner => {
                f.write_str("removed invisible zero-width characters around the name")
            }
            Self::TrimmedByteOrderMark => {
                f.write_str("removed an invisible byte-order mark (U+FEFF) around the name")
            }
            Self::RemovedScheme(s) => write!(f, "removed `{s}://`: only the hostname is needed"),
            Self::RemovedUserinfo => f.write_str("removed the `user@` part"),
            Self::RemovedPort(p) => write!(f, "removed the port `:{p}`"),
            Self::RemovedPath => f.write_str("removed the path after the hostname"),
            Self::RemovedQuery => f.write_str("removed the `?query` after the hostname"),
            Self::RemovedFragment => f.write_str("removed the `#fragment` after the hostname"),
            Self::RemovedTrailingDot => f.write_str("removed the trailing dot"),
            Self::Lowercased => f.write_str("converted to lower case"),
            Self::ConvertedToAscii { ascii } => {
                write!(
                    f,
                    "internationalized name; Cloudflare receives its ASCII form `{ascii}`"
                )
            }
            Self::MixedScript { label } => write!(
                f,
                "label `{label}` mixes writing systems (for example Latin and Cyrillic); check it is not a look-alike of another name"
            ),
            Self::Confusable { label, looks_like } => {
                write!(f, "label `{label}` can be mistaken for `{looks_like}`")
            }
            Self::UnknownSuffix { suffix } => {
                write!(
                    f,
                    "`{suffix}` is not a top-level domain in the public suffix list"
                )
            }
            Self::PrivateSuffix { suffix } => write!(
                f,
                "`{suffix}` is a privately managed suffix; its owner, not the customer, may control DNS above the customer's name"
            ),
            Self::Apex { domain } => write!(
                f,
                "`{domain}` is the apex of its zone: most DNS providers cannot put a CNAME there (use CNAME flattening/ALIAS or apex proxying)"
            ),
        }
    }
}

impl HostnameWarning {
    /// The values the message names, as `data` (the customer catalogue's
    /// `warning.<code>` templates use the same names); `None` when the code
    /// says everything.
    pub fn data(&self) -> Option<serde_json::Value> {
        use serde_json::json;
        match self {
            Self::RemovedScheme(scheme) => Some(json!({ "scheme": scheme })),
            Self::RemovedPort(port) => Some(json!({ "port": port })),
            Self::ConvertedToAscii { ascii } => Some(json!({ "ascii": ascii })),
            Self::MixedScript { label } => Some(json!({ "label": label })),
            Self::Confusable { label, looks_like } => {
                Some(json!({ "label": label, "lookalike": looks_like }))
            }
            Self::UnknownSuffix { suffix } | Self::PrivateSuffix { suffix } => {
                Some(json!({ "suffix": suffix }))
            }
            Self::Apex { domain } => Some(json!({ "domain": domain })),
            _ => None,
        }
    }
}

impl From<HostnameWarning> for Warning {
    fn from(w: HostnameWarning) -> Self {
        Warning {
            code: w.code().to_owned(),
            message: w.message(),
            data: w.data(),
        }
    }
}
