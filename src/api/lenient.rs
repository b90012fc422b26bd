//! Small serde helpers for the lenient parsing rules of spec §12.9:
//! `null` where a list is expected, numbers sent as floats, and messages
//! that are sometimes strings and sometimes objects.

use serde::{Deserialize, Deserializer};

/// Deserializes `null` (or a missing field, with `#[serde(default)]`) as
/// `T::default()`.
pub(crate) fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// A JSON number that should be a non-negative integer; OpenAPI types the
/// pagination counters as `number`, so `20.0` must be accepted as `20`.
#[derive(Deserialize)]
#[serde(untagged)]
enum NumberRepr {
    Integer(u64),
    Float(f64),
}

/// Deserializes an optional non-negative integer that may arrive as a float.
/// Negative, fractional or non-finite values become `None` rather than an
/// error: a bad counter must not discard an otherwise good response.
pub(crate) fn lenient_count<'de, D>(deserializer: D) -> Result<Option<u64>, D::Error>
where
    D: Deserializer<'de>,
{
    Ok(match Option::<NumberRepr>::deserialize(deserializer)? {
        Some(NumberRepr::Integer(value)) => Some(value),
        Some(NumberRepr::Float(value))
            if value.is_finite() && value >= 0.0 && value.fract() == 0.0 && value < 1e15 =>
        {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            // Checked just above: finite, integral, non-negative and below 2^53.
            Some(value as u64)
        }
        Some(NumberRepr::Float(_)) | None => None,
    })
}

/// Either a bare string or an object with a `message` field; used by
/// `verification_errors` (strings in the schema) and `validation_errors`
/// (objects in the schema), which real data mixes up.
#[derive(Deserialize)]
#[serde(untagged)]
pub(crate) enum TextOrMessage {
    /// `"some text"`.
    Text(String),
    /// `{ "message": "some text", ... }`.
    Object {
        #[serde(default, deserialize_with = "null_as_default")]
        message: String,
    },
}

impl TextOrMessage {
    pub(crate) fn into_text(self) -> String {
        match self {
            Self::Text(text) | Self::Object { message: text } => text,
        }
    }
}
