//! Customer catalogue: ja (translation pending; English is used meanwhile).

pub(super) static ENTRIES: &[(&str, &str)] = &[];
