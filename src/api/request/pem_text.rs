//! Plain-text PEM helpers shared by both certificate checkers (with and
//! without the `certificate-checks` feature).

/// `true` when a PEM was JSON-escaped once too often: literal `\n`
/// sequences and no real line break (the SDK fixture's mistake).
pub(crate) fn has_escaped_newlines(text: &str) -> bool {
    text.contains("\\n") && !text.trim().contains('\n')
}

/// Removes every `EC PARAMETERS` block from a PEM text, keeping the rest
/// byte for byte.
pub(crate) fn without_ec_parameters(text: &str) -> String {
    const BEGIN: &str = "-----BEGIN EC PARAMETERS-----";
    const END: &str = "-----END EC PARAMETERS-----";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(BEGIN) {
        out.push_str(rest.get(..start).unwrap_or_default());
        let after = rest.get(start..).unwrap_or_default();
        match after.find(END) {
            Some(end) => {
                rest = after.get(end + END.len()..).unwrap_or_default();
                rest = rest.trim_start_matches(['\r', '\n']);
            }
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
