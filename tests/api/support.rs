//! Shared helpers: fixture paths and loading.

use std::path::PathBuf;

/// `tests/fixtures/<sub>`.
pub fn fixtures(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(sub)
}

/// Reads `tests/fixtures/<sub>/<name>` as text.
pub fn read(sub: &str, name: &str) -> String {
    let path = fixtures(sub).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
