//! Robustness (issue 11): property tests of the parsers' invariants, the
//! input-size limits and their codes, and regression tests for what the
//! fuzz targets (fuzz/, scripts/fuzz) found. The zone-file round trip
//! through real parsers is in `tests/dns/zonefile.rs` (BIND read-back and
//! kzonecheck of random hostile records) and is not repeated here.

mod hostname;
mod limits;
mod order;
mod zone;

/// The fuzz targets' invariant checks, shared rather than rewritten.
#[allow(dead_code)]
#[path = "../../fuzz/src/lib.rs"]
mod invariants;
