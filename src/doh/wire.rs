//! RFC 1035 messages through `simple-dns`.

use simple_dns::rdata::RData;
use simple_dns::{CLASS, Name, Packet, PacketFlag, QCLASS, QTYPE, Question, TYPE};

use super::answer::{DnsAnswer, Rcode, RecordData, ResourceRecord, normalize};
use super::{DohError, MAX_RESPONSE_BYTES, RecordType};

/// A recursive query (RD set, id 0) for `name`/`rtype`.
///
/// # Errors
/// [`DohError::InvalidName`] when `name` is not a valid DNS name.
pub fn encode_query(name: &str, rtype: RecordType) -> Result<Vec<u8>, DohError> {
    let bad = || DohError::InvalidName(name.chars().take(300).collect());
    let trimmed = name.trim_end_matches('.');
    if trimmed.is_empty() || trimmed.len() > 253 || !trimmed.is_ascii() {
        return Err(bad());
    }
    let qname = Name::new(trimmed).map_err(|_| bad())?;
    let mut packet = Packet::new_query(0);
    packet.set_flags(PacketFlag::RECURSION_DESIRED);
    packet.questions.push(Question::new(
        qname,
        QTYPE::TYPE(TYPE::from(rtype.code())),
        QCLASS::CLASS(CLASS::IN),
        false,
    ));
    packet.build_bytes_vec().map_err(|_| bad())
}

/// Decodes an `application/dns-message` answer.
///
/// # Errors
/// [`DohError::Malformed`] or [`DohError::TooLarge`].
pub fn parse_wire(bytes: &[u8]) -> Result<DnsAnswer, DohError> {
    if bytes.len() > MAX_RESPONSE_BYTES {
        return Err(DohError::TooLarge(bytes.len()));
    }
    let packet = Packet::parse(bytes).map_err(|e| DohError::Malformed(e.to_string()))?;
    Ok(DnsAnswer {
        rcode: Rcode::from_code(packet.rcode() as u16),
        truncated: packet.has_flags(PacketFlag::TRUNCATION),
        answers: packet.answers.iter().map(record).collect(),
        authority: packet.name_servers.iter().map(record).collect(),
    })
}

fn record(rr: &simple_dns::ResourceRecord<'_>) -> ResourceRecord {
    let data = match &rr.rdata {
        RData::A(a) => RecordData::A(std::net::Ipv4Addr::from(a.address)),
        RData::AAAA(a) => RecordData::Aaaa(std::net::Ipv6Addr::from(a.address)),
        RData::CNAME(c) => RecordData::Cname(normalize(&c.0.to_string())),
        RData::NS(n) => RecordData::Ns(normalize(&n.0.to_string())),
        RData::SOA(s) => RecordData::Soa(normalize(&s.mname.to_string())),
        RData::TXT(t) => RecordData::Txt(txt_strings(t)),
        RData::CAA(c) => RecordData::Caa {
            flags: c.flag,
            tag: String::try_from(c.tag.clone())
                .unwrap_or_default()
                .to_ascii_lowercase(),
            value: String::from_utf8_lossy(&c.value).into_owned(),
        },
        other => RecordData::Other(format!("{other:?}").chars().take(512).collect()),
    };
    ResourceRecord {
        name: normalize(&rr.name.to_string()),
        rtype: rr.rdata.type_code().into(),
        ttl: rr.ttl,
        data,
    }
}

/// The character-strings of a TXT record, each decoded lossily as UTF-8.
fn txt_strings(t: &simple_dns::rdata::TXT<'_>) -> Vec<String> {
    // `iter_raw` splits each string at its first `=`; put it back together.
    t.iter_raw()
        .map(|(k, v)| {
            let mut s = String::from_utf8_lossy(k).into_owned();
            if let Some(v) = v {
                s.push('=');
                s.push_str(&String::from_utf8_lossy(v));
            }
            s
        })
        .collect()
}
