//! The DNS-driven checks Cloudflare runs on a custom hostname (reference §8):
//! hostname ownership (§8.1, §8.2, messages of §7.4), certificate DCV
//! (§8.3 TXT, §8.4 HTTP, §8.6 delegation) and the CAA decision (§8.7,
//! RFC 8659 §3 "climbing" to the first name with a CAA RRset).

use std::net::IpAddr;

use crate::dns::RecData;
use crate::dns::resolve::{DnsView, resolve};
use crate::lifecycle::{
    ERR_A_NOT_OWNED, ERR_FALLBACK_STATUS, ERR_NO_CNAME, ERR_NO_FALLBACK, Env, covers_wildcard,
};
use crate::state::{Fallback, Hostname, Ssl, delegation_target};

/// CA → CAA issuer domain (§8.7).
pub fn ca_domain(ca: &str) -> &'static str {
    match ca {
        "google" => "pki.goog",
        "lets_encrypt" => "letsencrypt.org",
        "ssl_com" => "ssl.com",
        "digicert" => "digicert.com",
        _ => "",
    }
}

/// Traffic reaches the SaaS zone: CNAME chain through the target, or apex A/AAAA on an apex IP.
pub fn traffic_live(view: &DnsView<'_>, env: &Env, name: &str) -> bool {
    let a = resolve(view, name, "A");
    if a.chain_names().contains(&env.target) {
        return true;
    }
    if env.apex_ips.is_empty() {
        return false;
    }
    let aaaa = resolve(view, name, "AAAA");
    let direct = |r: &crate::dns::Resolution| {
        r.answers
            .iter()
            .all(|(_, rec)| !matches!(rec.data, RecData::Cname(_)))
    };
    let ips: Vec<IpAddr> = a
        .final_data("A")
        .into_iter()
        .chain(aaaa.final_data("AAAA"))
        .filter_map(|d| match d {
            RecData::A(ip) => Some(IpAddr::V4(*ip)),
            RecData::Aaaa(ip) => Some(IpAddr::V6(*ip)),
            _ => None,
        })
        .collect();
    direct(&a) && direct(&aaaa) && !ips.is_empty() && ips.iter().all(|ip| env.apex_ips.contains(ip))
}

fn txt_values(view: &DnsView<'_>, name: &str) -> Vec<String> {
    resolve(view, name, "TXT")
        .final_data("TXT")
        .into_iter()
        .filter_map(|d| match d {
            RecData::Txt(parts) => Some(parts.concat()),
            _ => None,
        })
        .collect()
}

/// Hostname (ownership) validation at one check (§8.1, §8.2, §7.4).
/// Returns whether the traffic record (CNAME or apex A/AAAA) was the evidence
/// (`true`) or only the ownership token (`false`).
pub fn check_ownership(
    view: &DnsView<'_>,
    env: &Env,
    h: &Hostname,
    fallback: Option<&Fallback>,
) -> Result<bool, Vec<String>> {
    let mut errs = Vec::new();
    let live = traffic_live(view, env, &h.hostname);
    let token = token_published(view, h);
    if !live && !token {
        let has_addr = !resolve(view, &h.hostname, "A").final_data("A").is_empty()
            || !resolve(view, &h.hostname, "AAAA")
                .final_data("AAAA")
                .is_empty();
        errs.push(
            if has_addr {
                ERR_A_NOT_OWNED
            } else {
                ERR_NO_CNAME
            }
            .to_string(),
        );
    }
    if h.custom_origin_server.is_none() {
        match fallback {
            None => errs.push(ERR_NO_FALLBACK.into()),
            Some(f) if f.status != "active" => errs.push(ERR_FALLBACK_STATUS.into()),
            Some(_) => {}
        }
    }
    if errs.is_empty() { Ok(live) } else { Err(errs) }
}

/// `_cf-custom-hostname.<host>` TXT holds the ownership token (§8.2).
pub fn token_published(view: &DnsView<'_>, h: &Hostname) -> bool {
    txt_values(view, &format!("_cf-custom-hostname.{}", h.base()))
        .iter()
        .any(|v| v.trim() == h.ownership_token)
}

/// `_acme-challenge.<host>` is a CNAME (chain) to the delegation target (§8.6).
pub fn delegated(view: &DnsView<'_>, h: &Hostname, uuid: &str) -> bool {
    let target = delegation_target(h.base(), uuid);
    resolve(view, &format!("_acme-challenge.{}", h.base()), "TXT")
        .chain_names()
        .contains(&target)
}

/// Certificate DCV at one check (§8.3–§8.6).
pub fn check_dcv(view: &DnsView<'_>, env: &Env, h: &Hostname, ssl: &Ssl, uuid: &str) -> bool {
    let auto_http = !covers_wildcard(h, ssl) && traffic_live(view, env, &h.hostname);
    match ssl.method.as_str() {
        "http" => auto_http,
        "txt" => {
            if delegated(view, h, uuid) || auto_http {
                return true;
            }
            let values = txt_values(view, &format!("_acme-challenge.{}", h.base()));
            ssl.txt_tokens
                .iter()
                .all(|t| values.iter().any(|v| v.trim() == t))
        }
        _ => false,
    }
}

/// CAA decision (RFC 8659 §3): the relevant RRset is the first non-empty
/// CAA answer climbing from the name to the root; returns the CA to use.
pub fn check_caa(view: &DnsView<'_>, h: &Hostname, ssl: &Ssl) -> Option<String> {
    let base = h.base();
    let mut set: Vec<(u8, String, String)> = Vec::new();
    let mut cur = base.to_string();
    loop {
        let found: Vec<(u8, String, String)> = resolve(view, &cur, "CAA")
            .final_data("CAA")
            .into_iter()
            .filter_map(|d| match d {
                RecData::Caa { flags, tag, value } => Some((*flags, tag.clone(), value.clone())),
                _ => None,
            })
            .collect();
        if !found.is_empty() {
            set = found;
            break;
        }
        match cur.split_once('.') {
            Some((_, p)) if !p.is_empty() => cur = p.to_string(),
            _ => break,
        }
    }
    let identifiers: Vec<bool> = if h.hostname.starts_with("*.") {
        vec![true]
    } else if ssl.wildcard {
        vec![false, true]
    } else {
        vec![false]
    };
    let candidates: Vec<String> = match &ssl.requested_ca {
        Some(ca) => vec![ca.clone()],
        None => vec!["google".into(), "lets_encrypt".into(), "ssl_com".into()],
    };
    candidates.into_iter().find(|ca| {
        identifiers
            .iter()
            .all(|wild| caa_permits(&set, ca_domain(ca), *wild))
    })
}

fn caa_permits(set: &[(u8, String, String)], domain: &str, wild: bool) -> bool {
    let known = ["issue", "issuewild", "iodef", "issuemail", "issuevmc"];
    if set
        .iter()
        .any(|(f, tag, _)| f & 0x80 != 0 && !known.contains(&tag.as_str()))
    {
        return false;
    }
    let pick = |t: &str| {
        set.iter()
            .filter(|(_, tag, _)| tag == t)
            .map(|(_, _, v)| v.as_str())
            .collect::<Vec<_>>()
    };
    let issuewild = pick("issuewild");
    let props = if wild && !issuewild.is_empty() {
        issuewild
    } else {
        pick("issue")
    };
    if props.is_empty() {
        return true;
    }
    props.iter().any(|v| {
        v.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .eq_ignore_ascii_case(domain)
    })
}
