//! Native benchmarks of the hostname hot path (divan): the whole
//! `Hostname::parse` pipeline over a mix like scripts/bench's, and its
//! stages on their own. Run: `cargo bench --bench hostname`.

// divan is a native-only dev-dependency: on wasm32 (clippy --all-targets)
// this target is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod benches {
    use custom_hostnames::hostname::{Hostname, ParseOptions};

    /// A fixed mix: gTLDs, ccTLD second levels, private suffixes, deep
    /// subdomains, IDN (Unicode and punycode), a pasted URL, invalid names.
    const MIX: &[&str] = &[
        "shop.acme.com",
        "acme42.co.uk",
        "api.eu.north.example-store.com.au",
        "me.github.io",
        "tenant42.myshopify.com",
        "bücher.de",
        "пример.рф",
        "xn--bcher-kva.example.ch",
        "https://WWW.Bakery.io/path",
        "*.portal.dev",
        "bad..name.com",
        "under_score.com",
        "status.cloud.vercel.app",
        "例え.jp",
        "a.b.c.d.e.hotel.org",
        "green-leaf.nl",
    ];

    #[divan::bench]
    fn parse_mix() -> usize {
        let options = ParseOptions::default();
        MIX.iter()
            .filter(|h| Hostname::parse(divan::black_box(h), &options).is_ok())
            .count()
    }

    #[divan::bench(args = ["shop.acme.com", "api.eu.north.example-store.com.au", "bücher.de", "tenant42.myshopify.com"])]
    fn parse_one(name: &str) -> bool {
        Hostname::parse(divan::black_box(name), &ParseOptions::default()).is_ok()
    }

    /// The flat batch form over a file of names, one per line, when
    /// `BENCH_NAMES_FILE` is set (scripts/bench writes the benchmark's names
    /// there with `--dump`); the fixed mix otherwise.
    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn flat_batch(bencher: divan::Bencher) {
        let lines = std::env::var("BENCH_NAMES_FILE")
            .ok()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .unwrap_or_else(|| MIX.join("\n"));
        let options = ParseOptions::default();
        bencher
            .counter(divan::counter::ItemsCount::new(lines.lines().count()))
            .bench(|| {
                custom_hostnames::hostname::flat::parse_lines(divan::black_box(&lines), &options)
            });
    }
}
