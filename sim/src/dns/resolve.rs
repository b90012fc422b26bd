//! Recursive-resolver view of the simulated DNS: CNAME chains are followed
//! and returned in the answer (RFC 1034 §3.6.2, §4.3.2), a name with no record
//! of the asked type is NOERROR/no-data when it (or a name below it) exists,
//! NXDOMAIN otherwise, and both negative answers carry the closest SOA in the
//! authority section (RFC 2308 §2).

use std::collections::{BTreeMap, HashSet};

use super::{DnsStore, Rec, RecData};

/// Longest CNAME chain followed before answering SERVFAIL.
const MAX_CHAIN: usize = 16;

/// Response code of a resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rcode {
    /// NOERROR (0).
    NoError,
    /// SERVFAIL (2): CNAME loop or chain too long.
    ServFail,
    /// NXDOMAIN (3).
    NxDomain,
}

impl Rcode {
    /// Numeric code (RFC 1035 §4.1.1).
    pub fn code(self) -> u16 {
        match self {
            Rcode::NoError => 0,
            Rcode::ServFail => 2,
            Rcode::NxDomain => 3,
        }
    }
}

/// Result of resolving one question.
#[derive(Debug, Clone)]
pub struct Resolution {
    /// Response code.
    pub rcode: Rcode,
    /// Answer section: (owner, record), CNAMEs first in chain order.
    pub answers: Vec<(String, Rec)>,
    /// Authority section (SOA for negative answers).
    pub authority: Vec<(String, Rec)>,
}

impl Resolution {
    /// Data of answers of the final type (not the CNAMEs of the chain).
    pub fn final_data(&self, rtype: &str) -> Vec<&RecData> {
        self.answers
            .iter()
            .filter(|(_, r)| r.data.rtype() == rtype)
            .map(|(_, r)| &r.data)
            .collect()
    }

    /// Every owner name traversed (the query name and each CNAME target).
    pub fn chain_names(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (owner, r) in &self.answers {
            if !out.contains(owner) {
                out.push(owner.clone());
            }
            if let RecData::Cname(t) = &r.data {
                out.push(t.clone());
            }
        }
        out
    }
}

/// The store plus records the simulator publishes itself (DCV delegation
/// tokens under `dcv.cloudflare.com`, §8.6).
pub struct DnsView<'a> {
    /// Records added through the admin API and the seed.
    pub store: &'a DnsStore,
    /// Records published by the simulated Cloudflare.
    pub dynamic: &'a BTreeMap<String, Vec<Rec>>,
}

impl DnsView<'_> {
    fn at(&self, name: &str) -> Vec<Rec> {
        let v = self.exact(name);
        if !v.is_empty() || name.starts_with("*.") {
            return v;
        }
        // RFC 4592 wildcard, one level: `*.<parent>` answers for a name that
        // does not exist (the SaaS zone's `*.<cname target>` record). The
        // cheap map lookup first: the descendant scan only when one exists.
        let Some((_, parent)) = name.split_once('.') else {
            return v;
        };
        let wildcard = self.exact(&format!("*.{parent}"));
        if wildcard.is_empty() || self.has_descendant(name) {
            return v;
        }
        wildcard
    }

    fn exact(&self, name: &str) -> Vec<Rec> {
        let mut v = self.store.at(name).to_vec();
        if let Some(d) = self.dynamic.get(name) {
            v.extend(d.iter().cloned());
        }
        v
    }

    /// Whether some record (stored or dynamic) exists strictly below `name`.
    fn has_descendant(&self, name: &str) -> bool {
        if self.store.has_descendant(name) {
            return true;
        }
        let suffix = format!(".{name}");
        self.dynamic.keys().any(|k| k.ends_with(&suffix))
    }

    fn exists(&self, name: &str) -> bool {
        !self.at(name).is_empty() || self.has_descendant(name)
    }

    /// Closest enclosing SOA; if no zone declares one, a synthetic SOA at the
    /// registrable domain (every real domain has one).
    fn soa_for(&self, name: &str) -> Option<(String, Rec)> {
        let mut cur = name.to_string();
        loop {
            if let Some(r) = self
                .at(&cur)
                .into_iter()
                .find(|r| matches!(r.data, RecData::Soa { .. }))
            {
                return Some((cur, r));
            }
            match cur.split_once('.') {
                Some((_, parent)) if !parent.is_empty() => cur = parent.to_string(),
                _ => break,
            }
        }
        let domain = psl::domain_str(name)?.to_string();
        Some((
            domain.clone(),
            Rec {
                ttl: 3600,
                data: RecData::Soa {
                    mname: format!("ns1.{domain}"),
                    rname: format!("hostmaster.{domain}"),
                    serial: 1,
                    refresh: 7200,
                    retry: 3600,
                    expire: 1_209_600,
                    minimum: 300,
                },
            },
        ))
    }
}

/// Resolve `qname`/`qtype` (type mnemonic, e.g. `TXT`) like a recursive resolver.
pub fn resolve(view: &DnsView<'_>, qname: &str, qtype: &str) -> Resolution {
    let qtype = qtype.to_ascii_uppercase();
    let mut name = super::normalize(qname);
    let mut answers = Vec::new();
    let mut seen = HashSet::new();
    for _ in 0..MAX_CHAIN {
        if !seen.insert(name.clone()) {
            break;
        }
        let recs = view.at(&name);
        let matching: Vec<Rec> = recs
            .iter()
            .filter(|r| r.data.rtype() == qtype || qtype == "ANY")
            .cloned()
            .collect();
        if !matching.is_empty() {
            answers.extend(matching.into_iter().map(|r| (name.clone(), r)));
            return Resolution {
                rcode: Rcode::NoError,
                answers,
                authority: Vec::new(),
            };
        }
        if let Some(c) = recs.iter().find(|r| matches!(r.data, RecData::Cname(_))) {
            answers.push((name.clone(), c.clone()));
            if let RecData::Cname(t) = &c.data {
                name = t.clone();
            }
            continue;
        }
        let rcode = if view.exists(&name) {
            Rcode::NoError
        } else {
            Rcode::NxDomain
        };
        let authority = view.soa_for(&name).into_iter().collect();
        return Resolution {
            rcode,
            answers,
            authority,
        };
    }
    Resolution {
        rcode: Rcode::ServFail,
        answers: Vec::new(),
        authority: Vec::new(),
    }
}
