//! Compiles the vendored public suffix list (`data/public_suffix_list.dat`,
//! <https://publicsuffix.org/list/>) into the compact rule table that
//! `src/hostname/psl/` searches at run time.
//!
//! The table is text, one entry per line, sorted by reversed labels so that
//! rules under one TLD sit together (that is what makes it compress to a few
//! tens of KB): a flag character, then the name in ASCII (A-labels). One
//! entry per distinct name, holding every rule on that name and a
//! "has longer rules below" bit; names that are no rule but sit between a TLD
//! and a longer rule get an entry with only that bit, so the run-time walk
//! (right to left, one label at a time) can stop at the first miss.
//!
//! The flag bits are shared with `src/hostname/psl/table.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

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
    for (_, name, f) in &entries {
        table.push(char::from(FLAG_BASE + f));
        table.push_str(name);
        table.push('\n');
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
