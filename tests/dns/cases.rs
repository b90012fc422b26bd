//! The golden cases of `tests/fixtures/dns/cases.json`, built into
//! instructions.

use custom_hostnames::dns::{Format, Instructions, RenderOptions, Request, instructions};
use serde::Deserialize;
use serde_json::Value;

use crate::common::fixture;

#[derive(Deserialize)]
struct File {
    cases: Vec<Case>,
}

/// One golden case.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Case {
    pub name: String,
    pub request: Value,
    #[serde(default)]
    pub custom_hostname_fixture: Option<String>,
    #[serde(default)]
    pub custom_hostname_pointer: Option<String>,
    pub formats: Vec<Format>,
}

impl Case {
    /// The request, with the fixture-backed custom hostname filled in.
    pub fn request(&self) -> Request {
        let mut request: Request = serde_json::from_value(self.request.clone())
            .unwrap_or_else(|e| panic!("case {}: request: {e}", self.name));
        if let Some(path) = &self.custom_hostname_fixture {
            let value: Value = serde_json::from_str(&fixture(path)).unwrap();
            let pointer = self.custom_hostname_pointer.as_deref().unwrap_or("");
            request.custom_hostname = Some(value.pointer(pointer).unwrap().clone());
        }
        request
    }

    /// The instructions (every golden case is a valid request).
    pub fn instructions(&self) -> Instructions {
        instructions(&self.request()).unwrap_or_else(|e| panic!("case {}: {e}", self.name))
    }
}

/// Every case.
pub fn all() -> Vec<Case> {
    let file: File = serde_json::from_str(&fixture("dns/cases.json")).unwrap();
    file.cases
}

/// Golden file extension of a format.
pub fn extension(format: Format) -> &'static str {
    match format {
        Format::Text => "txt",
        Format::Markdown => "md",
        Format::Html => "html",
        Format::Zonefile => "zone",
        Format::Json => "json",
        Format::DomainConnect => "domain-connect.json",
    }
}

/// Options used for every golden render.
pub fn options() -> RenderOptions {
    RenderOptions {
        service_name: Some("SaaS Provider".to_owned()),
        domain_connect: None,
    }
}
