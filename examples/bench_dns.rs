//! Native timing of the DNS-instructions workload of scripts/bench (issue 10):
//! `dns::instructions` + `dns::render(.., Zonefile)` for 10,000 hostnames,
//! to separate the core's cost from the Wasm boundary's.
//! Run: `cargo run --release --example bench_dns`.

// A benchmark: a failure is a bug to see at once.
#![allow(clippy::expect_used, clippy::indexing_slicing)]

use std::time::Instant;

use custom_hostnames::dns::{self, DnsRequest, Format, RenderOptions};

fn main() {
    let requests: Vec<DnsRequest> = (0..10_000)
        .map(|i| {
            serde_json::from_value(serde_json::json!({
                "hostname": format!("app-{i}.customer-{}.co.uk", i % 89),
                "cnameTarget": "customers.saasprovider.com",
            }))
            .expect("a valid request")
        })
        .collect();
    let mut build = Vec::new();
    let mut both = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let all: Vec<_> = requests
            .iter()
            .map(|r| dns::instructions(r).expect("instructions"))
            .collect();
        build.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let bytes: usize = all
            .iter()
            .map(|i| {
                dns::render(i, Format::Zonefile, &RenderOptions::default())
                    .expect("render")
                    .len()
            })
            .sum();
        both.push(t.elapsed().as_secs_f64() * 1e3);
        assert!(bytes > 0);
    }
    build.sort_by(f64::total_cmp);
    both.sort_by(f64::total_cmp);
    println!(
        "10000 hostnames: instructions {:.1} ms, zone file rendering {:.1} ms (medians of 7)",
        build[3], both[3]
    );
}
