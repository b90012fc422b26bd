//! Native benchmarks (divan) of the two other hot paths of issue 10:
//! `status::assess` over the recorded Cloudflare objects, and
//! `dns::instructions` + the zone-file renderer. The 10,000-item figures of
//! the issue come from `scripts/bench/run` (Wasm, in Node) and from
//! `examples/bench_interpret.rs` / `examples/bench_dns.rs` (native); these
//! give per-item costs with divan's statistics.
//! Run: `cargo bench --bench workloads`.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod benches {
    // A benchmark: broken fixtures should stop it at once.
    #![allow(clippy::expect_used)]

    use custom_hostnames::api::CustomHostname;
    use custom_hostnames::dns::{self, DnsRequest, Format, RenderOptions};
    use custom_hostnames::status::{Context, assess};
    use serde_json::Value;

    /// Every custom hostname object in the recorded Cloudflare fixtures.
    fn objects() -> Vec<CustomHostname> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cloudflare");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("fixtures")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        paths
            .iter()
            .flat_map(|p| {
                let v: Value =
                    serde_json::from_str(&std::fs::read_to_string(p).expect("read")).expect("json");
                match v.get("result") {
                    Some(Value::Array(items)) => items.clone(),
                    Some(item) => vec![item.clone()],
                    None => vec![],
                }
            })
            .filter_map(|v| CustomHostname::from_json_value(&v).ok())
            .collect()
    }

    #[divan::bench]
    fn assess_fixture_objects(bencher: divan::Bencher) {
        let objects = objects();
        let context = Context {
            now: Some(1_790_000_000),
            cname_target: Some("customers.saasprovider.com".into()),
            ..Context::default()
        };
        bencher
            .counter(divan::counter::ItemsCount::new(objects.len()))
            .bench(|| {
                objects
                    .iter()
                    .map(|o| assess(divan::black_box(o), &context).ready)
                    .filter(|r| *r)
                    .count()
            });
    }

    fn request(i: usize) -> DnsRequest {
        serde_json::from_value(serde_json::json!({
            "hostname": format!("app-{i}.customer-{}.co.uk", i % 89),
            "cnameTarget": "customers.saasprovider.com",
        }))
        .expect("a valid request")
    }

    #[divan::bench]
    fn dns_instructions(bencher: divan::Bencher) {
        let requests: Vec<DnsRequest> = (0..100).map(request).collect();
        bencher
            .counter(divan::counter::ItemsCount::new(requests.len()))
            .bench(|| {
                requests
                    .iter()
                    .map(|r| dns::instructions(divan::black_box(r)).map_or(0, |i| i.records.len()))
                    .sum::<usize>()
            });
    }

    #[divan::bench]
    fn dns_instructions_and_zonefile(bencher: divan::Bencher) {
        let requests: Vec<DnsRequest> = (0..100).map(request).collect();
        let options = RenderOptions::default();
        bencher
            .counter(divan::counter::ItemsCount::new(requests.len()))
            .bench(|| {
                requests
                    .iter()
                    .filter_map(|r| dns::instructions(divan::black_box(r)).ok())
                    .filter_map(|i| dns::render(&i, Format::Zonefile, &options).ok())
                    .map(|z| z.len())
                    .sum::<usize>()
            });
    }
}
