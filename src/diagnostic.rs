//! Machine-readable diagnostics shared by every part of the library.
//!
//! Two kinds of outcome are kept apart on purpose (as `url` keeps `ParseError`
//! apart from `SyntaxViolation`): an **error** means the input is refused, a
//! **warning** means it was accepted but someone should know something
//! (we removed `https://`, the hostname is an apex, a label mixes scripts...).
//! Errors are per-concern enums implementing [`Coded`]; warnings are plain
//! data so they can be shown, logged or ignored.

use serde::{Deserialize, Serialize};

/// Anything that carries a stable, snake_case machine code.
///
/// Codes are part of the public API: they never change meaning once released,
/// and the JavaScript boundary copies them onto the `code` property of the
/// `Error` objects it throws.
pub trait Coded {
    /// The stable machine code, e.g. `"label_too_long"`.
    fn code(&self) -> &'static str;
}

/// A non-fatal remark about an accepted input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Warning {
    /// Stable snake_case code, e.g. `"removed_scheme"`.
    pub code: String,
    /// A human-readable English sentence naming the value concerned.
    pub message: String,
    /// Machine-readable details a caller can act on (for example the
    /// certificate authorities that can issue for a name); absent when the
    /// code and message say everything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(optional, type = "Record<string, unknown>")
    )]
    pub data: Option<serde_json::Value>,
}

impl Warning {
    /// Builds a warning from a code and a message.
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Self {
            code: code.to_owned(),
            message: message.into(),
            data: None,
        }
    }

    /// The same warning carrying `data` (a JSON object).
    #[must_use]
    pub fn with_data(mut self, data: serde_json::Value) -> Self {
        self.data = Some(data);
        self
    }
}

/// An error as plain data: what batch results and JSON APIs carry where a
/// single call would throw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ErrorInfo {
    /// Stable snake_case code.
    pub code: String,
    /// English sentence naming the bad value.
    pub message: String,
    /// The input concerned, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub input: Option<String>,
}

impl ErrorInfo {
    /// Captures any coded error.
    pub fn from_error<E: Coded + std::fmt::Display>(error: &E, input: Option<&str>) -> Self {
        Self {
            code: error.code().to_owned(),
            message: error.to_string(),
            input: input.map(str::to_owned),
        }
    }
}
