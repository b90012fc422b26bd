//! Customer catalogue: pt_br (translation pending; English is used meanwhile).

pub(super) static ENTRIES: &[(&str, &str)] = &[];
