#!/usr/bin/env python3
"""Folds `target/golden-{cloudflare,cases}.json` (written by
`UPDATE_GOLDEN=1 cargo test --test integration -- status::golden --test-threads=1`)
into tests/fixtures/status/golden.json, keeping its compact hand layout so
that the diff shows exactly which expectations changed. Review that diff:
the golden file is reasoned, not recorded."""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
golden_path = root / "tests" / "fixtures" / "status" / "golden.json"
golden = json.loads(golden_path.read_text())
# The updates come back with sorted keys: take their values, keep the
# golden file's own order of names, variants and fields.
for part in ("cloudflare", "cases"):
    update = root / "target" / f"golden-{part}.json"
    if not update.exists():
        continue
    new = json.loads(update.read_text())
    for name, entry in golden[part].items():
        if not isinstance(entry, list):
            continue
        for i, variant in enumerate(entry):
            for key in variant:
                if new[name][i][key] != variant[key]:
                    variant[key] = new[name][i][key]

LINES = [
    ["context"],
    ["phase", "actor", "ready", "hostname", "certificate"],
    ["errors"],
    ["steps"],
]


def dump(value):
    return json.dumps(value, ensure_ascii=False)


def variant(entry):
    keys = list(entry)
    groups = []
    for line in LINES:
        present = [k for k in line if k in entry]
        if present:
            groups.append(present)
    rest = [k for k in keys if not any(k in g for g in groups)]
    if rest:
        groups.append(rest)
    text = ",\n        ".join(", ".join(f"{dump(k)}: {dump(entry[k])}" for k in g) for g in groups)
    return "{ " + text + " }"


out = ["{", f'  "_comment": {dump(golden["_comment"])},']
parts = ["cloudflare", "cases"]
for p, part in enumerate(parts):
    out.append(f'  "{part}": {{')
    names = list(golden[part])
    for n, name in enumerate(names):
        entry = golden[part][name]
        comma = "," if n + 1 < len(names) else ""
        if isinstance(entry, dict):
            out.append(f"    {dump(name)}: {dump(entry).replace('{', '{ ', 1)[:-1]} }}{comma}")
            continue
        out.append(f"    {dump(name)}: [")
        for v, item in enumerate(entry):
            out.append("      " + variant(item) + ("," if v + 1 < len(entry) else ""))
        out.append(f"    ]{comma}")
    out.append("  }" + ("," if p + 1 < len(parts) else ""))
out.append("}")
golden_path.write_text("\n".join(out) + "\n")
