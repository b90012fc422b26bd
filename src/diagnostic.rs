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
pub struct Warning {
    /// Stable snake_case code, e.g. `"removed_scheme"`.
    pub code: String,
    /// A human-readable English sentence naming the value concerned.
    pub message: String,
}

impl Warning {
    /// Builds a warning from a code and a message.
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Self {
            code: code.to_owned(),
            message: message.into(),
        }
    }
}
