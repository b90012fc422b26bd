//! Compiles the vendored public suffix list (`data/public_suffix_list.dat`,
//! <https://publicsuffix.org/list/>) into the compact rule table that
//! `src/hostname/psl/` searches at run time.
//!
//! The table is text, one entry per line, sorted by reversed labels so that
//! rules under one TLD sit together, and front-coded (that is what makes it
//! compress to ~32 KB): a flag character, a digit saying how many of the
//! previous line's labels (from the right) this name shares, then its other
//! labels, right to left, in ASCII (A-labels). One
//! entry per distinct name, holding every rule on that name and a
//! "has longer rules below" bit; names that are no rule but sit between a TLD
//! and a longer rule get an entry with only that bit, so the run-time walk
//! (right to left, one label at a time) can stop at the first miss.
//!
//! The flag bits are shared with `src/hostname/psl/table.rs`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// A normal rule (`co.uk`).
const RULE: u8 = 1;
/// A wildcard rule on this name (`*.ck` is stored on `ck`).
const WILDCARD: u8 = 2;
/// An exception rule (`!www.ck`).
const EXCEPTION: u8 = 4;
/// The rule(s) on this name come from the PRIVATE section.
const PRIVATE: u8 = 8;
/// Some longer rule ends with `.name`.
const HAS_CHILDREN: u8 = 16;
/// Added to the flags to make a printable character (`@` .. `_`).
const FLAG_BASE: u8 = b'@';

fn main() {
    public_suffix_table();
    confusable_prototypes();
}

fn public_suffix_table() {
    let source = "data/public_suffix_list.dat";
    println!("cargo::rerun-if-changed={source}");
    println!("cargo::rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(source).expect("read the public suffix list");

    let mut flags: BTreeMap<String, u8> = BTreeMap::new();
    let mut private = false;
    let mut rules = 0usize;
    for line in text.lines() {
        let line = line.trim();
        if line.contains("===BEGIN PRIVATE DOMAINS===") {
            private = true;
        }
        // The list's format: a rule is the first whitespace-free run of a line.
        let Some(rule) = line.split_whitespace().next() else {
            continue;
        };
        if rule.starts_with("//") {
            continue;
        }
        let (kind, name) = if let Some(n) = rule.strip_prefix("*.") {
            (WILDCARD, n)
        } else if let Some(n) = rule.strip_prefix('!') {
            (EXCEPTION, n)
        } else {
            (RULE, rule)
        };
        assert!(!name.contains('*'), "unsupported wildcard position: {rule}");
        // Rules are written in Unicode; names arrive as A-labels.
        let ascii = idna::domain_to_ascii(name)
            .unwrap_or_else(|e| panic!("rule {rule:?} is not a valid domain: {e:?}"));
        let entry = flags.entry(ascii.clone()).or_default();
        let section = if private { PRIVATE } else { 0 };
        if *entry & (RULE | WILDCARD | EXCEPTION) != 0 {
            assert_eq!(
                *entry & PRIVATE,
                section,
                "{rule}: rules on one name in both sections"
            );
        }
        *entry |= kind | section;
        rules += 1;
        // Every proper suffix of the name leads to this rule.
        let mut rest = ascii.as_str();
        while let Some((_, parent)) = rest.split_once('.') {
            *flags.entry(parent.to_owned()).or_default() |= HAS_CHILDREN;
            rest = parent;
        }
    }
    assert!(rules > 5000, "only {rules} rules read from {source}");

    let mut entries: Vec<(String, String, u8)> = flags
        .into_iter()
        .map(|(name, f)| {
            let reversed = name.split('.').rev().collect::<Vec<_>>().join(".");
            (reversed, name, f)
        })
        .collect();
    entries.sort();
    let mut table = String::new();
    // Front coding on reversed labels: each line says how many leading
    // (rightmost) labels it shares with the line before, then the rest.
    let mut previous: Vec<&str> = Vec::new();
    for (reversed, _, f) in &entries {
        let labels: Vec<&str> = reversed.split('.').collect();
        let shared = previous
            .iter()
            .zip(&labels)
            .take_while(|(a, b)| a == b)
            .count()
            .min(labels.len() - 1);
        assert!(shared < 10, "{reversed}: too deep for one digit");
        table.push(char::from(FLAG_BASE + f));
        table.push(char::from(b'0' + u8::try_from(shared).expect("one digit")));
        table.push_str(&labels[shared..].join("."));
        table.push('\n');
        previous = labels;
    }
    let version = text
        .lines()
        .find_map(|l| l.strip_prefix("// VERSION: "))
        .unwrap_or("unknown");

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("psl_table.txt"), &table).expect("write the table");
    let mut meta = String::new();
    writeln!(
        meta,
        "/// Version line of the vendored list.\npub const LIST_VERSION: &str = {version:?};\n\
         /// Rules read from the list.\n#[allow(dead_code)] // read by tests\npub(crate) const RULE_COUNT: usize = {rules};\n\
         /// Entries (lines) in the table.\npub(crate) const ENTRY_COUNT: usize = {};",
        entries.len()
    )
    .expect("format");
    std::fs::write(out.join("psl_meta.rs"), meta).expect("write the metadata");
}

/// Writes `confusables.rs`: every character whose UTS #39 skeleton, on its
/// own, is ASCII (possibly empty), with that skeleton, sorted by character.
///
/// The data is `unicode-security`'s (the confusables table and NFD of
/// unicode-rs), so the module ships only the part a homograph warning needs
/// instead of the whole confusables table and NFD data (measured: ~65 KB
/// after brotli). A label's skeleton is ASCII exactly when each of its
/// characters' is (their decompositions hold no combining mark, checked
/// here, except for a few marks listed with their combining class so that
/// the run-time code reorders them as NFD would) and is then their concatenation;
/// `src/hostname/confusables.rs` tests this against `unicode-security` itself.
fn confusable_prototypes() {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::canonical_combining_class;
    use unicode_security::skeleton;

    let mut out = String::from(
        "/// Characters whose UTS #39 skeleton is ASCII, with it; sorted.\n\
         pub(crate) static ASCII_PROTOTYPES: &[(char, &str)] = &[\n",
    );
    let mut marks = String::from(
        "/// The combining marks among them, with their canonical combining class.\n\
         pub(crate) static ASCII_PROTOTYPE_MARKS: &[(char, u8)] = &[\n",
    );
    let mut count = 0usize;
    // ASCII characters whose skeleton is not ASCII (`%`).
    let mut ascii_without = String::new();
    // Characters whose skeleton is empty (default-ignorable), as ranges.
    let mut ignored: Vec<(char, char)> = Vec::new();
    for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
        let s: String = skeleton(&c.to_string()).collect();
        if !s.is_ascii() && c.is_ascii() {
            ascii_without.push(c);
        }
        if !s.is_ascii() || (c.is_ascii() && s.len() == 1 && s.starts_with(c)) {
            continue;
        }
        let nfd: Vec<char> = c.to_string().nfd().collect();
        if nfd.iter().any(|&d| canonical_combining_class(d) != 0) {
            // Only a mark that is its own decomposition can be handled by
            // reordering marks at run time, as NFD does.
            assert_eq!(nfd, [c], "{c:?} decomposes to combining marks");
            writeln!(marks, "    ({c:?}, {}),", canonical_combining_class(c)).expect("format");
        }
        if s.is_empty() {
            match ignored.last_mut() {
                Some((_, end)) if u32::from(*end) + 1 == u32::from(c) => *end = c,
                _ => ignored.push((c, c)),
            }
            continue;
        }
        writeln!(out, "    ({c:?}, {s:?}),").expect("format");
        count += 1;
    }
    out.push_str("];\n");
    marks.push_str("];\n");
    out.push_str(&marks);
    out.push_str(
        "/// Ranges of characters whose skeleton is empty (default-ignorable).\n\
         pub(crate) static IGNORED: &[(char, char)] = &[\n",
    );
    for (a, b) in ignored {
        writeln!(out, "    ({a:?}, {b:?}),").expect("format");
    }
    out.push_str("];\n");
    writeln!(
        out,
        "/// ASCII characters whose skeleton is not ASCII.\n\
         pub(crate) const ASCII_WITHOUT: &str = {ascii_without:?};"
    )
    .expect("format");
    assert!(count > 500, "only {count} confusable prototypes");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out_dir.join("confusables.rs"), out).expect("write confusables.rs");
}
