//! The simulated edge: a TLS listener (loopback, `--edge-listen`) that
//! answers a ClientHello whose SNI names an **active** custom hostname with
//! a certificate matching what the API reports for it (reference §4.2:
//! `ssl.hosts` as the names, `ssl.issuer` as the issuing CA's organization,
//! `ssl.serial_number`, `ssl.uploaded_on` … `ssl.expires_on` as the
//! validity), and closes the handshake for any other name.
//!
//! Certificates come from cf-sim's own test PKI, made at start with rcgen:
//! a root ("cf-sim Test Root CA", downloadable at `GET /__sim/edge/ca.pem`
//! so clients can verify the chain), one intermediate per issuer name the
//! API uses (`GoogleTrustServices`, `LetsEncrypt`, `SSLCorp`, `DigiCertInc`),
//! and a leaf per (hostname, serial), cached; a renewal (new serial) is
//! served at once. The PKI is not saved with `--state`: a restart makes new
//! keys. After the handshake the edge answers one plain HTTP request with a
//! short text, so `curl --resolve` shows something.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, IsCa, KeyPair, KeyUsagePurpose,
    SerialNumber,
};
use rustls::crypto::ring::sign::any_supported_type;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use serde_json::json;
use time::{Duration as TimeDuration, OffsetDateTime};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::server::App;
use crate::state::{Issued, World};

/// Organization of the root certificate.
pub const ROOT_NAME: &str = "cf-sim Test Root CA";

fn relock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

struct Ca {
    cert: rcgen::Certificate,
    key: KeyPair,
}

/// cf-sim's test PKI and the edge's address.
pub struct Authority {
    root: Ca,
    intermediates: Mutex<HashMap<String, Arc<Ca>>>,
    leaves: Mutex<HashMap<(String, String), Arc<CertifiedKey>>>,
    /// Where the edge listens, once bound.
    pub addr: OnceLock<SocketAddr>,
}

impl std::fmt::Debug for Authority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Authority")
            .field("addr", &self.addr.get())
            .finish_non_exhaustive()
    }
}

fn dn(pairs: &[(DnType, &str)]) -> DistinguishedName {
    let mut d = DistinguishedName::new();
    for (t, v) in pairs {
        d.push(t.clone(), *v);
    }
    d
}

fn ca_params(name: DistinguishedName, now: OffsetDateTime) -> Result<CertificateParams, String> {
    let mut p = CertificateParams::new(Vec::<String>::new()).map_err(|e| e.to_string())?;
    p.distinguished_name = name;
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    p.not_before = now - TimeDuration::days(1);
    p.not_after = now + TimeDuration::days(3650);
    Ok(p)
}

/// Hex (the API's `serial_number`) to bytes; anything else hashed to 16 bytes.
fn serial_bytes(serial: &str) -> Vec<u8> {
    let clean: String = serial.chars().filter(char::is_ascii_hexdigit).collect();
    let bytes: Vec<u8> = (0..clean.len() / 2)
        .filter_map(|i| clean.get(2 * i..2 * i + 2))
        .filter_map(|h| u8::from_str_radix(h, 16).ok())
        .collect();
    if !bytes.is_empty() && bytes.len() <= 20 {
        return bytes;
    }
    let mut h: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for b in serial.bytes() {
        h ^= u128::from(b);
        h = h.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
    }
    h.to_be_bytes().to_vec()
}

impl Authority {
    /// A fresh root (valid from yesterday for ten years of `now`).
    pub fn new(now: OffsetDateTime) -> Result<Authority, String> {
        let key = KeyPair::generate().map_err(|e| e.to_string())?;
        let params = ca_params(
            dn(&[
                (DnType::CommonName, ROOT_NAME),
                (DnType::OrganizationName, "cf-sim"),
            ]),
            now,
        )?;
        let cert = params.self_signed(&key).map_err(|e| e.to_string())?;
        Ok(Authority {
            root: Ca { cert, key },
            intermediates: Mutex::new(HashMap::new()),
            leaves: Mutex::new(HashMap::new()),
            addr: OnceLock::new(),
        })
    }

    /// The root certificate, PEM.
    pub fn root_pem(&self) -> String {
        self.root.cert.pem()
    }

    /// The root certificate, DER.
    pub fn root_der(&self) -> CertificateDer<'static> {
        self.root.cert.der().clone()
    }

    fn intermediate(&self, issuer: &str, now: OffsetDateTime) -> Result<Arc<Ca>, String> {
        let mut map = relock(&self.intermediates);
        if let Some(ca) = map.get(issuer) {
            return Ok(Arc::clone(ca));
        }
        let key = KeyPair::generate().map_err(|e| e.to_string())?;
        let cn = format!("{issuer} (cf-sim test)");
        let params = ca_params(
            dn(&[
                (DnType::CommonName, &cn),
                (DnType::OrganizationName, issuer),
            ]),
            now,
        )?;
        let cert = params
            .signed_by(&key, &self.root.cert, &self.root.key)
            .map_err(|e| e.to_string())?;
        let ca = Arc::new(Ca { cert, key });
        map.insert(issuer.to_owned(), Arc::clone(&ca));
        Ok(ca)
    }

    /// The certificate for `host` as the API describes it (cached per serial).
    fn leaf(&self, host: &str, issued: &Issued) -> Result<Arc<CertifiedKey>, String> {
        let cache_key = (host.to_owned(), issued.serial_number.clone());
        if let Some(k) = relock(&self.leaves).get(&cache_key) {
            return Ok(Arc::clone(k));
        }
        let ca = self.intermediate(&issued.issuer, issued.uploaded_on)?;
        let key = KeyPair::generate().map_err(|e| e.to_string())?;
        let mut params = CertificateParams::new(issued.hosts.clone()).map_err(|e| e.to_string())?;
        params.distinguished_name = dn(&[(DnType::CommonName, host)]);
        params.not_before = issued.uploaded_on;
        params.not_after = issued.expires_on;
        params.serial_number = Some(SerialNumber::from_slice(&serial_bytes(
            &issued.serial_number,
        )));
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
        params.use_authority_key_identifier_extension = true;
        let cert = params
            .signed_by(&key, &ca.cert, &ca.key)
            .map_err(|e| e.to_string())?;
        let der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let signing = any_supported_type(&der).map_err(|e| e.to_string())?;
        let chain: Vec<CertificateDer<'static>> = vec![cert.der().clone(), ca.cert.der().clone()];
        let certified = Arc::new(CertifiedKey::new(chain, signing));
        relock(&self.leaves).insert(cache_key, Arc::clone(&certified));
        Ok(certified)
    }
}

/// Whether a certificate name (`a.b.c` or `*.b.c`) covers `sni`
/// (RFC 6125 §6.4.3: the wildcard is the whole leftmost label, one level).
fn covers(name: &str, sni: &str) -> bool {
    if name.eq_ignore_ascii_case(sni) {
        return true;
    }
    match (name.strip_prefix("*."), sni.split_once('.')) {
        (Some(base), Some((label, rest))) => !label.is_empty() && base.eq_ignore_ascii_case(rest),
        _ => false,
    }
}

/// The issued certificate that answers for `sni`: an active hostname whose
/// active certificate lists a covering name.
fn issued_for(world: &World, sni: &str) -> Option<(String, Issued)> {
    world.zones.values().find_map(|z| {
        z.hostnames.iter().find_map(|h| {
            let ssl = h.ssl.as_ref()?;
            let issued = ssl.issued.as_ref()?;
            let live = h.status == "active" && ssl.status == "active";
            (live && issued.hosts.iter().any(|n| covers(n, sni)))
                .then(|| (h.hostname.clone(), issued.clone()))
        })
    })
}

/// Picks the certificate from the SNI (rustls' resolver hook).
struct Resolver {
    app: Weak<App>,
}

impl std::fmt::Debug for Resolver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Resolver")
    }
}

impl ResolvesServerCert for Resolver {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let sni = crate::dns::normalize(hello.server_name()?);
        let app = self.app.upgrade()?;
        let (host, issued) = {
            let (w, _) = app.sync();
            issued_for(&w, &sni)?
        };
        match app.edge.leaf(&host, &issued) {
            Ok(k) => Some(k),
            Err(e) => {
                eprintln!("cf-sim: edge certificate for {host}: {e}");
                None
            }
        }
    }
}

/// Binds the edge and serves it until the task is aborted.
pub async fn start(app: &Arc<App>, listen: SocketAddr) -> Result<JoinHandle<()>, String> {
    if !listen.ip().is_loopback() {
        return Err(format!(
            "refusing to serve the edge on {listen}: loopback addresses only"
        ));
    }
    // ring's provider is marked deprecated for lacking post-quantum key
    // exchange, which a loopback test edge does not need (see Cargo.toml).
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_no_client_auth()
        .with_cert_resolver(Arc::new(Resolver {
            app: Arc::downgrade(app),
        }));
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind(listen)
        .await
        .map_err(|e| format!("cannot listen on {listen} (edge): {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let _ = app.edge.addr.set(addr);
    let origin = Arc::downgrade(app);
    Ok(tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let acceptor = acceptor.clone();
            let app = origin.clone();
            tokio::spawn(async move {
                let handshake =
                    tokio::time::timeout(Duration::from_secs(10), acceptor.accept(stream)).await;
                let Ok(Ok(mut tls)) = handshake else { return };
                let sni = tls.get_ref().1.server_name().unwrap_or_default().to_owned();
                let mut buf = vec![0u8; 8192];
                let _ = tokio::time::timeout(Duration::from_secs(5), tls.read(&mut buf)).await;
                let fallback = app
                    .upgrade()
                    .and_then(|a| {
                        a.lock()
                            .zones
                            .values()
                            .find_map(|z| z.fallback.as_ref().map(|f| f.origin.clone()))
                    })
                    .unwrap_or_else(|| "(no fallback origin)".into());
                let body = format!("cf-sim edge: {sni} -> fallback origin {fallback}\n");
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    body.len()
                );
                let _ = tls.write_all(head.as_bytes()).await;
                let _ = tls.write_all(body.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    }))
}

async fn info(State(app): State<Arc<App>>) -> Response {
    let listen = app.edge.addr.get().map(ToString::to_string);
    (
        StatusCode::OK,
        axum::Json(json!({ "listen": listen, "caPem": app.edge.root_pem(), "root": ROOT_NAME })),
    )
        .into_response()
}

async fn ca_pem(State(app): State<Arc<App>>) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/x-pem-file")],
        app.edge.root_pem(),
    )
        .into_response()
}

/// `GET /__sim/edge` (`{listen, caPem, root}`) and `GET /__sim/edge/ca.pem`.
pub fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/__sim/edge", get(info))
        .route("/__sim/edge/ca.pem", get(ca_pem))
}

#[cfg(test)]
mod tests {
    use super::covers;

    #[test]
    fn wildcards_cover_one_label() {
        assert!(covers("shop.acme.io", "SHOP.acme.io"));
        assert!(covers("*.acme.io", "shop.acme.io"));
        assert!(!covers("*.acme.io", "acme.io"));
        assert!(!covers("*.acme.io", "a.shop.acme.io"));
        assert!(!covers("shop.acme.io", "www.acme.io"));
    }
}
