//! Conversion of simulated records to DNS wire records (hickory-proto).
//! CAA is written as raw RDATA (flags, tag length, tag, value; RFC 8659
//! §4.1.1) so the bytes are exactly what the admin gave.

use std::str::FromStr;

use hickory_proto::rr::rdata::{A, AAAA, CNAME, MX, NS, NULL, SOA, TXT};
use hickory_proto::rr::{Name, RData, Record, RecordType};

use super::{Rec, RecData};

/// Build a wire record; `None` if a name does not encode.
pub fn to_record(owner: &str, rec: &Rec) -> Option<Record> {
    let name = fqdn(owner)?;
    let rdata = match &rec.data {
        RecData::A(a) => RData::A(A(*a)),
        RecData::Aaaa(a) => RData::AAAA(AAAA(*a)),
        RecData::Cname(t) => RData::CNAME(CNAME(fqdn(t)?)),
        RecData::Ns(t) => RData::NS(NS(fqdn(t)?)),
        RecData::Mx(p, t) => RData::MX(MX::new(*p, fqdn(t)?)),
        RecData::Txt(parts) => RData::TXT(TXT::new(parts.clone())),
        RecData::Caa { flags, tag, value } => {
            let mut raw = vec![*flags, u8::try_from(tag.len()).ok()?];
            raw.extend_from_slice(tag.as_bytes());
            raw.extend_from_slice(value.as_bytes());
            RData::Unknown {
                code: RecordType::CAA,
                rdata: NULL::with(raw),
            }
        }
        RecData::Soa {
            mname,
            rname,
            serial,
            refresh,
            retry,
            expire,
            minimum,
        } => RData::SOA(SOA::new(
            fqdn(mname)?,
            fqdn(rname)?,
            *serial,
            *refresh,
            *retry,
            *expire,
            *minimum,
        )),
    };
    Some(Record::from_rdata(name, rec.ttl, rdata))
}

/// Absolute name from a normalized one.
pub fn fqdn(name: &str) -> Option<Name> {
    let mut n = Name::from_str(&format!("{}.", name.trim_end_matches('.'))).ok()?;
    n.set_fqdn(true);
    Some(n)
}

/// Type mnemonic or number (`TXT`, `16`, `TYPE16`) to a mnemonic understood by
/// the resolver; unknown numbers keep their `TYPEn` form.
pub fn type_name(t: &str) -> Option<String> {
    let t = t.trim().to_ascii_uppercase();
    let num = t.strip_prefix("TYPE").unwrap_or(&t).parse::<u16>().ok();
    let rt = match num {
        Some(n) => RecordType::from(n),
        None => RecordType::from_str(&t).ok()?,
    };
    Some(rt.to_string())
}

/// Numeric type code of a mnemonic.
pub fn type_code(t: &str) -> u16 {
    RecordType::from_str(t).map(u16::from).unwrap_or(0)
}
