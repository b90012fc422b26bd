//! Golden outputs: every case × format is regenerated into a temporary
//! directory and compared with `tests/golden/dns/`. `UPDATE_GOLDEN=1`
//! rewrites the golden files instead (review them before committing).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use custom_hostnames::dns::render;

use super::cases::{self, extension, options};

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/dns")
}

fn generate(into: &Path) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for case in cases::all() {
        let instructions = case.instructions();
        for &format in &case.formats {
            let out = render(&instructions, format, &options())
                .unwrap_or_else(|e| panic!("case {} {format:?}: {e}", case.name));
            let name = format!("{}.{}", case.name, extension(format));
            fs::write(into.join(&name), out).unwrap();
            assert!(names.insert(name.clone()), "duplicate golden {name}");
        }
    }
    names
}

#[test]
fn golden_outputs_match() {
    let golden = golden_dir();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::create_dir_all(&golden).unwrap();
        for entry in fs::read_dir(&golden).unwrap() {
            fs::remove_file(entry.unwrap().path()).unwrap();
        }
        generate(&golden);
        return;
    }
    let tmp = std::env::temp_dir().join(format!("dns-golden-{}", std::process::id()));
    fs::create_dir_all(&tmp).unwrap();
    let names = generate(&tmp);
    let on_disk: BTreeSet<String> = fs::read_dir(&golden)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names, on_disk,
        "golden files differ from the cases (run with UPDATE_GOLDEN=1)"
    );
    let mut failures = Vec::new();
    for name in &names {
        let want = fs::read_to_string(golden.join(name)).unwrap();
        let got = fs::read_to_string(tmp.join(name)).unwrap();
        if want != got {
            let line = want
                .lines()
                .zip(got.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| want.lines().count().min(got.lines().count()));
            failures.push(format!(
                "{name}: first difference at line {}\n  golden: {:?}\n  now:    {:?}",
                line + 1,
                want.lines().nth(line),
                got.lines().nth(line)
            ));
        }
    }
    fs::remove_dir_all(&tmp).unwrap();
    assert!(
        failures.is_empty(),
        "{} golden file(s) differ (UPDATE_GOLDEN=1 rewrites):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
