//! Lookalikes of a protected name (UTS #39 §4 confusable skeletons).
//!
//! A SaaS provider must not let a tenant claim a name that *reads* as the
//! provider's own zone (`ѕaasprovider.com` with a Cyrillic `ѕ`,
//! `saasprovider.corn`): the Worker refuses such names. Two names are
//! confusable when their skeletons are equal (UTS #39 §4); this module
//! compares the skeleton of the candidate's labels with the protected zone's,
//! label by label from the right, so `login.saasprovіder.com` (a lookalike
//! *parent*) is caught too. It reuses the skeleton data of
//! `confusables.rs` (the subset whose skeletons are ASCII, checked there
//! against `unicode-security`): a label whose skeleton is not ASCII cannot
//! equal the skeleton of an ASCII zone, so nothing is lost for ASCII zones.
//! An IDN zone is compared by its ASCII form only (documented limitation).

use super::confusables::ascii_skeleton;

/// Why a candidate reads as the protected zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookalike {
    /// The protected zone the candidate imitates (ASCII, as given).
    pub zone: String,
    /// The skeleton both share (what a reader sees).
    pub skeleton: String,
}

/// The skeleton of each label of `name` (Unicode or ASCII form, no
/// wildcard), right to left; `None` when a label has no ASCII skeleton.
fn label_skeletons(name: &str) -> Vec<Option<String>> {
    name.trim_end_matches('.')
        .rsplit('.')
        .map(|label| ascii_skeleton(&label.to_lowercase()))
        .collect()
}

/// `Some` when `candidate` (a hostname in Unicode form, `*.` allowed) is a
/// lookalike of `zone` or of a name below it, without being that zone or
/// below it; `None` otherwise. Both are compared case-insensitively.
pub fn lookalike_of(candidate: &str, zone: &str) -> Option<Lookalike> {
    let candidate = candidate.strip_prefix("*.").unwrap_or(candidate);
    let zone_labels: Vec<String> = zone
        .trim_end_matches('.')
        .rsplit('.')
        .map(str::to_lowercase)
        .collect();
    let candidate_labels: Vec<String> = candidate
        .trim_end_matches('.')
        .rsplit('.')
        .map(str::to_lowercase)
        .collect();
    if candidate_labels.len() < zone_labels.len() {
        return None;
    }
    // The zone itself or a name below it: not a lookalike (the caller
    // refuses those as the provider's own names).
    if candidate_labels
        .iter()
        .zip(&zone_labels)
        .all(|(a, b)| a == b)
    {
        return None;
    }
    let zone_skeletons = label_skeletons(zone);
    let candidate_skeletons = label_skeletons(candidate);
    let same = zone_skeletons
        .iter()
        .zip(&candidate_skeletons)
        .all(|(z, c)| matches!((z, c), (Some(z), Some(c)) if z == c));
    if !same {
        return None;
    }
    let skeleton: Vec<&str> = zone_skeletons
        .iter()
        .rev()
        .flatten()
        .map(String::as_str)
        .collect();
    Some(Lookalike {
        zone: zone.to_owned(),
        skeleton: skeleton.join("."),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_and_ascii_lookalikes_are_caught() {
        // U+0455 CYRILLIC SMALL LETTER DZE reads as `s`; `rn` reads as `m`.
        for name in [
            "\u{455}aasprovider.com",
            "saasprovider.corn",
            "shop.\u{455}aasprovider.com",
            "*.saasprovider.corn",
            "SAASPROVIDER.CORN",
        ] {
            let hit = lookalike_of(name, "saasprovider.com");
            assert!(hit.is_some(), "{name}");
        }
    }

    #[test]
    fn the_zone_itself_and_other_names_are_not_lookalikes() {
        for name in [
            "saasprovider.com",
            "app.saasprovider.com",
            "saasprovider.net",
            "acme-corp.io",
            "com",
            "\u{43f}\u{440}\u{438}\u{43c}\u{435}\u{440}.com",
        ] {
            assert_eq!(lookalike_of(name, "saasprovider.com"), None, "{name}");
        }
    }

    #[test]
    fn the_skeleton_is_reported() {
        let hit = lookalike_of("\u{455}aasprovider.com", "saasprovider.com");
        assert_eq!(
            hit.map(|h| h.skeleton),
            ascii_skeleton("saasprovider")
                .map(|s| format!("{s}.{}", ascii_skeleton("com").unwrap_or_default()))
        );
    }
}
