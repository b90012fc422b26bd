//! Customer catalogue: fr (translation pending; English is used meanwhile).

pub(super) static ENTRIES: &[(&str, &str)] = &[];
