//! Differential test: this matcher against the `psl` crate (addr-rs, a
//! dev-dependency) over every rule of the vendored list, names around each
//! rule (the rule itself, one and two labels below it, below a wildcard, an
//! exception's parent) and pseudo-random names, in both sections.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use super::{Match, public_suffix};
use crate::hostname::suffix::SuffixKind;

const LIST: &str = include_str!("../../../data/public_suffix_list.dat");

/// Where the `psl` crate's copy of the list and the vendored one differ
/// (a rule in one only): names under these are skipped. Update when either
/// list moves; `drift_is_real` checks each entry still differs.
const DRIFT: &[&str] = &["helsinki", "pagelemon.dev"];

fn theirs(name: &str) -> Match {
    let s = psl::suffix(name.as_bytes()).unwrap();
    let kind = match s.typ() {
        Some(psl::Type::Icann) => SuffixKind::Icann,
        Some(psl::Type::Private) => SuffixKind::Private,
        None => SuffixKind::Unknown,
    };
    Match {
        len: s.as_bytes().len(),
        kind,
    }
}

fn drifted(name: &str) -> bool {
    DRIFT
        .iter()
        .any(|d| name == *d || name.ends_with(&format!(".{d}")))
}

/// Rules as A-labels, with their raw form.
fn rules() -> Vec<(String, String)> {
    LIST.lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|r| !r.starts_with("//"))
        .map(|r| {
            let name = r.trim_start_matches("*.").trim_start_matches('!');
            (r.to_owned(), idna::domain_to_ascii(name).unwrap())
        })
        .collect()
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn label(&mut self) -> String {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789-";
        let len = 1 + (self.next() % 12) as usize;
        let mut s: String = (0..len)
            .map(|_| ALPHABET[(self.next() % 36) as usize] as char)
            .collect();
        if self.next() % 10 == 0 {
            s = format!("xn--{s}");
        }
        s
    }
}

#[test]
fn agrees_with_the_psl_crate() {
    let rules = rules();
    assert!(rules.len() > 9000);
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut names = Vec::new();
    let mut tlds = Vec::new();
    for (_, name) in &rules {
        names.push(name.clone());
        names.push(format!("www.{name}"));
        names.push(format!("a.b.{name}"));
        names.push(format!("{}.{name}", rng.label()));
        names.push(format!("{}.{}.{name}", rng.label(), rng.label()));
        // An exception's or wildcard's parent, and the parent's parent.
        if let Some((_, parent)) = name.split_once('.') {
            names.push(parent.to_owned());
            names.push(format!("{}.{parent}", rng.label()));
        }
        tlds.push(name.rsplit('.').next().unwrap().to_owned());
    }
    // Names made of random labels over known TLDs, and unknown TLDs.
    for i in 0..50_000 {
        let tld = if i % 5 == 0 {
            rng.label()
        } else {
            tlds[(rng.next() % tlds.len() as u64) as usize].clone()
        };
        let depth = 1 + rng.next() % 4;
        let mut name = tld;
        for _ in 0..depth {
            name = format!("{}.{name}", rng.label());
        }
        names.push(name);
    }
    let wildcard_bases: std::collections::HashSet<&str> = rules
        .iter()
        .filter(|(raw, _)| raw.starts_with("*."))
        .map(|(_, name)| name.as_str())
        .collect();
    let (mut checked, mut seen_kinds, mut failures) = (0, [0usize; 3], Vec::new());
    let mut psl_crate_deviations = 0;
    for name in names.iter().filter(|n| !drifted(n)) {
        let (ours, theirs) = (public_suffix(name), theirs(name));
        checked += 1;
        seen_kinds[ours.kind as usize] += 1;
        if ours == theirs {
            continue;
        }
        // Known `psl` crate deviation: with `*.base` and `*.x.base` both
        // rules, it does not let `*.base` match `x.base` itself. The list's
        // formal algorithm does (every label of the rule matches), and so do
        // tldts and Chromium: `x.base` is a public suffix.
        let parent = name.split_once('.').map_or("", |(_, p)| p);
        if wildcard_bases.contains(parent)
            && wildcard_bases.contains(name.as_str())
            && ours.len == name.len()
        {
            psl_crate_deviations += 1;
            continue;
        }
        failures.push(format!("{name}: ours {ours:?}, psl {theirs:?}"));
    }
    assert!(psl_crate_deviations > 0 && psl_crate_deviations < 100);
    assert!(checked > 100_000, "{checked}");
    assert!(seen_kinds.iter().all(|&n| n > 1000), "{seen_kinds:?}");
    assert!(
        failures.is_empty(),
        "{} of {checked} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}

#[test]
fn drift_is_real() {
    for d in DRIFT {
        let name = format!("shop.{d}");
        assert_ne!(public_suffix(&name), theirs(&name), "{d} no longer differs");
    }
}

#[test]
fn the_list_algorithm_cases() {
    let cases = [
        ("example.com", "com", SuffixKind::Icann),
        ("a.b.example.co.uk", "co.uk", SuffixKind::Icann),
        ("x.foo.ck", "foo.ck", SuffixKind::Icann), // *.ck
        ("www.ck", "ck", SuffixKind::Icann),       // !www.ck
        ("a.www.ck", "ck", SuffixKind::Icann),
        ("me.github.io", "github.io", SuffixKind::Private),
        ("a.b.unknowntld", "unknowntld", SuffixKind::Unknown),
        ("city.kobe.jp", "kobe.jp", SuffixKind::Icann), // !city.kobe.jp
        ("xn--55qx5d.cn", "xn--55qx5d.cn", SuffixKind::Icann), // 公司.cn
    ];
    for (name, suffix, kind) in cases {
        let m = public_suffix(name);
        assert_eq!(&name[name.len() - m.len..], suffix, "{name}");
        assert_eq!(m.kind, kind, "{name}");
    }
}
