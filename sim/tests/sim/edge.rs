//! The TLS edge: an active hostname's certificate, chained to cf-sim's test
//! root, agrees with what the API reports; other names get no certificate.

use std::sync::Arc;

use reqwest::Method;
use rustls::pki_types::ServerName;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::common::*;

async fn handshake(
    sim: &Sim,
    sni: &str,
) -> Result<(Vec<rustls::pki_types::CertificateDer<'static>>, String), String> {
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(sim.running.app.edge.root_der())
        .map_err(|e| e.to_string())?;
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = tokio::net::TcpStream::connect(sim.running.edge_addr().unwrap())
        .await
        .map_err(|e| e.to_string())?;
    let name = ServerName::try_from(sni.to_owned()).map_err(|e| e.to_string())?;
    let mut tls = connector
        .connect(name, tcp)
        .await
        .map_err(|e| e.to_string())?;
    let chain = tls.get_ref().1.peer_certificates().unwrap().to_vec();
    tls.write_all(format!("GET / HTTP/1.1\r\nhost: {sni}\r\n\r\n").as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    let mut body = String::new();
    let _ = tls.read_to_string(&mut body).await;
    Ok((chain, body))
}

#[tokio::test]
async fn an_active_hostname_is_served_with_the_certificate_the_api_reports() {
    let sim = start().await;
    let h = sim
        .create_ok(json!({ "hostname": "tls.edge-customer.io", "ssl": { "method": "http", "type": "dv", "certificate_authority": "lets_encrypt" } }))
        .await;
    let id = h["id"].as_str().unwrap().to_owned();
    // Not active yet: no certificate for the name.
    assert!(handshake(&sim, "tls.edge-customer.io").await.is_err());
    // Forced active at the simulator's present (speed 1, no clock jump), so
    // the certificate is valid by the real clock the client checks with.
    let (s, _) = sim
        .admin(
            Method::POST,
            &format!("/hostnames/{id}/status"),
            json!({ "status": "active", "sslStatus": "active" }),
        )
        .await;
    assert!(s.is_success());
    let api: Value = sim.get(&id).await;
    let ssl = &api["ssl"];
    let (chain, body) = handshake(&sim, "tls.edge-customer.io").await.unwrap();
    assert_eq!(chain.len(), 2, "leaf and the issuer's intermediate");
    assert!(body.starts_with("HTTP/1.1 200 OK"), "{body}");
    // The served leaf carries the API's serial number and names.
    let leaf = chain[0].as_ref();
    let serial = ssl["serial_number"].as_str().unwrap();
    let serial_bytes: Vec<u8> = (0..serial.len() / 2)
        .map(|i| u8::from_str_radix(&serial[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    assert!(
        leaf.windows(serial_bytes.len())
            .any(|w| w == serial_bytes.as_slice())
    );
    assert!(leaf.windows(20).any(|w| w == b"tls.edge-customer.io"));
    // The intermediate names the API's issuer.
    let issuer = ssl["issuer"].as_str().unwrap();
    assert_eq!(issuer, "LetsEncrypt");
    assert!(
        chain[1]
            .as_ref()
            .windows(issuer.len())
            .any(|w| w == issuer.as_bytes())
    );
    // Another name under no active hostname: refused.
    assert!(handshake(&sim, "other.edge-customer.io").await.is_err());
    let (status, info) = sim.admin(Method::GET, "/edge", json!({})).await;
    assert!(status.is_success());
    assert!(
        info["caPem"]
            .as_str()
            .unwrap()
            .starts_with("-----BEGIN CERTIFICATE-----")
    );
    assert_eq!(
        info["listen"],
        json!(sim.running.edge_addr().unwrap().to_string())
    );
    sim.stop().await;
}
