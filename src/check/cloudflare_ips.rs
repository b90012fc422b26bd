//! Cloudflare's published IP ranges, to recognise a name that answers with
//! Cloudflare addresses without going through the provider's CNAME target:
//! the customer's own zone proxies it ("orange cloud"), which blocks the
//! provider's validation until the record is DNS-only or the two zones are
//! set up for Orange-to-Orange (`spec/cloudflare-for-saas.md` §8.1, §11.1).
//!
//! Source: <https://www.cloudflare.com/ips-v4> and
//! <https://www.cloudflare.com/ips-v6> (the same 15 + 7 ranges in every
//! copy found, 2022–2026). The list changes rarely; a stale entry only makes
//! the "proxied by its own zone" finding fall back to "points elsewhere".

use std::net::IpAddr;

/// IPv4 ranges: (network, prefix length).
const V4: [([u8; 4], u8); 15] = [
    ([173, 245, 48, 0], 20),
    ([103, 21, 244, 0], 22),
    ([103, 22, 200, 0], 22),
    ([103, 31, 4, 0], 22),
    ([141, 101, 64, 0], 18),
    ([108, 162, 192, 0], 18),
    ([190, 93, 240, 0], 20),
    ([188, 114, 96, 0], 20),
    ([197, 234, 240, 0], 22),
    ([198, 41, 128, 0], 17),
    ([162, 158, 0, 0], 15),
    ([104, 16, 0, 0], 13),
    ([104, 24, 0, 0], 14),
    ([172, 64, 0, 0], 13),
    ([131, 0, 72, 0], 22),
];

/// IPv6 ranges: (the first 32 bits of the network, prefix length ≤ 32).
const V6: [(u32, u8); 7] = [
    (0x2400_cb00, 32),
    (0x2606_4700, 32),
    (0x2803_f800, 32),
    (0x2405_b500, 32),
    (0x2405_8100, 32),
    (0x2a06_98c0, 29),
    (0x2c0f_f248, 32),
];

fn mask(prefix: u8) -> u32 {
    u32::MAX
        .checked_shl(32 - u32::from(prefix.min(32)))
        .unwrap_or(0)
}

/// Whether `address` (presentation form) is in one of Cloudflare's ranges.
pub fn is_cloudflare(address: &str) -> bool {
    match address.trim().parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => {
            let value = u32::from(v4);
            V4.iter().any(|(net, prefix)| {
                let m = mask(*prefix);
                value & m == u32::from_be_bytes(*net) & m
            })
        }
        Ok(IpAddr::V6(v6)) => {
            let top = u32::try_from(u128::from(v6) >> 96).unwrap_or_default();
            V6.iter()
                .any(|(net, prefix)| top & mask(*prefix) == net & mask(*prefix))
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_cloudflare;

    #[test]
    fn ranges() {
        for inside in [
            "104.16.0.1",
            "104.21.45.3",
            "172.67.180.2",
            "162.159.1.1",
            "2606:4700:3030::6815:1",
            "2a06:98c7::1",
        ] {
            assert!(is_cloudflare(inside), "{inside}");
        }
        for outside in [
            "192.0.2.1",
            "104.32.0.1",
            "8.8.8.8",
            "2001:db8::1",
            "2a06:98d0::1",
            "not an address",
        ] {
            assert!(!is_cloudflare(outside), "{outside}");
        }
    }
}
