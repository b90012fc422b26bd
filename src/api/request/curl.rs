//! A `curl` command line for a built request, for docs, support tickets and
//! "try it" buttons. Everything is single-quoted for POSIX shells; the
//! token appears only as `$VAR`, never as a value.

use super::{ApiRequest, BASE_URL};

/// Token variable used when the given name is not a shell identifier.
pub const DEFAULT_TOKEN_VAR: &str = "CLOUDFLARE_API_TOKEN";

/// Single-quotes `text` for a POSIX shell (`'` becomes `'\''`).
fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

fn is_shell_identifier(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Renders `request` as a `curl` command against [`BASE_URL`], with the
/// bearer token read from `$token_var` (falls back to
/// [`DEFAULT_TOKEN_VAR`] when `token_var` is not a shell identifier, so no
/// input can inject shell syntax).
pub fn to_curl(request: &ApiRequest, token_var: &str) -> String {
    let var = if is_shell_identifier(token_var) {
        token_var
    } else {
        DEFAULT_TOKEN_VAR
    };
    let mut parts = vec![
        "curl --silent --show-error".to_owned(),
        format!("--request {}", request.method.as_str()),
        quote(&request.url(BASE_URL)),
        // Double quotes so the shell expands the variable; `var` is an identifier.
        format!("--header \"Authorization: Bearer ${var}\""),
    ];
    for (name, value) in &request.headers {
        parts.push(format!("--header {}", quote(&format!("{name}: {value}"))));
    }
    if let Some(body) = &request.body {
        parts.push(format!("--data {}", quote(&body.to_string())));
    }
    parts.join(" \\\n  ")
}
