//! Validation of requests and responses against the official OpenAPI subset
//! (`spec/custom-hostnames.openapi.json`, embedded at build time).
//!
//! Each validator is a JSON Schema document `{ "components": <the spec's
//! components>, "allOf": [<operation schema>] }` so every
//! `#/components/schemas/...` `$ref` resolves inside it. OpenAPI 3.0 specifics
//! are translated to JSON Schema (draft 7): `nullable: true` adds `"null"` to
//! `type`. Two upstream inconsistencies are corrected, and only these:
//! * `tls-certificates-and-hostnames_identifier` has `maxLength: 32`, but
//!   custom hostname ids are 36-char UUIDs (reference §2; the list filter `id`
//!   itself requires exactly 36), so its `maxLength` is raised to 36.
//! * every `4XX` schema of the custom-hostname operations is `allOf` a success
//!   envelope (`success: enum [true]`) and a failure envelope (`success: enum
//!   [false]`), which no document satisfies; failures are validated against
//!   the failure part alone (`api-response-common-failure`, or for quota the
//!   `custom_hostname_api_response_failure` it names).
//!
//! The DNS records routes (`spec/dns-records.openapi.json`, merged in) carry
//! two more corrections: `dns-record-response` requires `data` for every
//! record type, though A/AAAA/CNAME/TXT records have none (`data` is only
//! in the `*-with-data` types), so `data` leaves that `required` list; and an
//! absent `comment` is `null` in Cloudflare's answers while the schema types
//! it `string`, so `dns-records_comment` is made nullable.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use jsonschema::Validator;
use serde_json::{Value, json};

/// The embedded OpenAPI document.
pub const OPENAPI: &str = include_str!("../../spec/custom-hostnames.openapi.json");
/// The DNS records subset (the SaaS zone's own records).
pub const DNS_OPENAPI: &str = include_str!("../../spec/dns-records.openapi.json");

/// Documents the simulator validates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Doc {
    /// POST body.
    CreateBody,
    /// PATCH body.
    EditBody,
    /// Fallback origin PUT body.
    FallbackBody,
    /// List 200.
    ListOk,
    /// Create/get/edit 200.
    SingleOk,
    /// Delete 200 (bare `{id}`).
    DeleteOk,
    /// Fallback origin 200.
    FallbackOk,
    /// Quota 200.
    QuotaOk,
    /// DCV delegation uuid 200.
    DcvOk,
    /// Failure envelope of every operation except quota.
    Failure,
    /// Quota failure envelope.
    QuotaFailure,
    /// DNS record POST body.
    DnsRecordBody,
    /// DNS record PATCH body (checked merged with the record).
    DnsRecordPatchBody,
    /// DNS records list 200.
    DnsListOk,
    /// DNS record create/get/edit 200.
    DnsSingleOk,
    /// DNS record delete 200.
    DnsDeleteOk,
    /// DNS records failure envelope.
    DnsFailure,
}

const CH: &str = "/zones/{zone_id}/custom_hostnames";
const CH_ID: &str = "/zones/{zone_id}/custom_hostnames/{custom_hostname_id}";
const FB: &str = "/zones/{zone_id}/custom_hostnames/fallback_origin";
const DR: &str = "/zones/{zone_id}/dns_records";
const DR_ID: &str = "/zones/{zone_id}/dns_records/{dns_record_id}";

impl Doc {
    /// Every document, for building.
    pub const ALL: [Doc; 17] = [
        Doc::CreateBody,
        Doc::EditBody,
        Doc::FallbackBody,
        Doc::ListOk,
        Doc::SingleOk,
        Doc::DeleteOk,
        Doc::FallbackOk,
        Doc::QuotaOk,
        Doc::DcvOk,
        Doc::Failure,
        Doc::QuotaFailure,
        Doc::DnsRecordBody,
        Doc::DnsRecordPatchBody,
        Doc::DnsListOk,
        Doc::DnsSingleOk,
        Doc::DnsDeleteOk,
        Doc::DnsFailure,
    ];

    fn locate(self, spec: &Value) -> Option<Value> {
        let op = |path: &str, method: &str| spec.get("paths")?.get(path)?.get(method).cloned();
        let resp = |path: &str, method: &str, code: &str| {
            op(path, method)?
                .get("responses")?
                .get(code)?
                .get("content")?
                .get("application/json")?
                .get("schema")
                .cloned()
        };
        let body = |path: &str, method: &str| {
            op(path, method)?
                .get("requestBody")?
                .get("content")?
                .get("application/json")?
                .get("schema")
                .cloned()
        };
        let component = |name: &str| {
            Some(
                json!({ "$ref": format!("#/components/schemas/tls-certificates-and-hostnames_{name}") }),
            )
        };
        match self {
            Doc::CreateBody => body(CH, "post"),
            Doc::EditBody => body(CH_ID, "patch"),
            Doc::FallbackBody => body(FB, "put"),
            Doc::ListOk => resp(CH, "get", "200"),
            Doc::SingleOk => resp(CH_ID, "get", "200"),
            Doc::DeleteOk => resp(CH_ID, "delete", "200"),
            Doc::FallbackOk => resp(FB, "get", "200"),
            Doc::QuotaOk => resp("/zones/{zone_id}/custom_hostnames/quota", "get", "200"),
            Doc::DcvOk => resp("/zones/{zone_id}/dcv_delegation/uuid", "get", "200"),
            Doc::Failure => component("api-response-common-failure"),
            Doc::QuotaFailure => component("custom_hostname_api_response_failure"),
            Doc::DnsRecordBody => body(DR, "post"),
            Doc::DnsRecordPatchBody => body(DR_ID, "patch"),
            Doc::DnsListOk => resp(DR, "get", "200"),
            Doc::DnsSingleOk => resp(DR_ID, "get", "200"),
            Doc::DnsDeleteOk => resp(DR_ID, "delete", "200"),
            Doc::DnsFailure => Some(
                json!({ "$ref": "#/components/schemas/dns-records_api-response-common-failure" }),
            ),
        }
    }
}

/// One validation failure.
#[derive(Debug, Clone)]
pub struct Violation {
    /// JSON pointer into the instance.
    pub pointer: String,
    /// What is wrong.
    pub message: String,
}

/// Compiled validators.
pub struct Spec {
    docs: HashMap<Doc, Validator>,
    params: HashMap<String, (String, Validator)>,
    dns_params: HashMap<String, (String, Validator)>,
}

impl std::fmt::Debug for Spec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spec")
            .field("docs", &self.docs.len())
            .field("params", &self.params.len())
            .finish()
    }
}

/// OpenAPI 3.0 → JSON Schema: `nullable` becomes a `"null"` type, the id
/// length is corrected (see module doc).
fn translate(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if map.get("nullable") == Some(&Value::Bool(true))
                && let Some(Value::String(t)) = map.get("type").cloned()
            {
                map.insert("type".into(), json!([t, "null"]));
            }
            for child in map.values_mut() {
                translate(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(translate),
        _ => {}
    }
}

fn compile(components: &Value, schema: Value) -> Result<Validator, String> {
    let doc = json!({ "components": components, "allOf": [schema] });
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&doc)
        .map_err(|e| e.to_string())
}

impl Spec {
    /// The compiled validators, built once per process (several in-process
    /// servers, as in the tests, share them).
    pub fn shared() -> Result<Arc<Spec>, String> {
        static SHARED: OnceLock<Result<Arc<Spec>, String>> = OnceLock::new();
        SHARED.get_or_init(|| Spec::load().map(Arc::new)).clone()
    }

    /// Parse and compile the embedded document.
    pub fn load() -> Result<Spec, String> {
        let mut spec: Value = serde_json::from_str(OPENAPI).map_err(|e| e.to_string())?;
        let dns: Value = serde_json::from_str(DNS_OPENAPI).map_err(|e| e.to_string())?;
        for key in ["paths", "components"] {
            let inner = if key == "components" { "schemas" } else { "" };
            let from = if inner.is_empty() {
                dns.get(key)
            } else {
                dns.get(key).and_then(|c| c.get(inner))
            };
            let to = if inner.is_empty() {
                spec.get_mut(key)
            } else {
                spec.get_mut(key).and_then(|c| c.get_mut(inner))
            };
            if let (Some(Value::Object(from)), Some(Value::Object(to))) = (from, to) {
                to.extend(from.clone());
            }
        }
        if let Some(c) = spec.pointer_mut("/components/schemas/dns-records_comment") {
            c["nullable"] = json!(true);
        }
        if let Some(Value::Array(required)) =
            spec.pointer_mut("/components/schemas/dns-records_dns-record-response/required")
        {
            required.retain(|r| r != "data");
        }
        translate(&mut spec);
        if let Some(id) =
            spec.pointer_mut("/components/schemas/tls-certificates-and-hostnames_identifier")
        {
            id["maxLength"] = json!(36);
        }
        let components = spec.get("components").cloned().ok_or("no components")?;
        let mut docs = HashMap::new();
        for d in Doc::ALL {
            let schema = d
                .locate(&spec)
                .ok_or_else(|| format!("{d:?}: schema not found in the OpenAPI document"))?;
            docs.insert(d, compile(&components, schema)?);
        }
        let params = Self::params(&spec, &components, &[CH, CH_ID])?;
        let dns_params = Self::params(&spec, &components, &[DR])?;
        Ok(Spec {
            docs,
            params,
            dns_params,
        })
    }

    /// Query/path parameter validators of the operations under `paths`.
    fn params(
        spec: &Value,
        components: &Value,
        paths: &[&str],
    ) -> Result<HashMap<String, (String, Validator)>, String> {
        let mut params = HashMap::new();
        for path in paths.iter().copied() {
            let ops = spec
                .get("paths")
                .and_then(|p| p.get(path))
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            for (_, op) in ops {
                for p in op
                    .get("parameters")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default()
                {
                    let (Some(name), Some(schema)) =
                        (p.get("name").and_then(Value::as_str), p.get("schema"))
                    else {
                        continue;
                    };
                    // A `$ref` parameter (the DNS records list's) takes
                    // the type of the schema it names.
                    let named = schema
                        .get("$ref")
                        .and_then(Value::as_str)
                        .and_then(|r| r.strip_prefix("#/components/schemas/"))
                        .and_then(|n| components.get("schemas")?.get(n));
                    let ty = schema
                        .get("type")
                        .or_else(|| named?.get("type"))
                        .and_then(Value::as_str)
                        .unwrap_or("string")
                        .to_string();
                    params
                        .entry(name.to_string())
                        .or_insert((ty, compile(components, schema.clone())?));
                }
            }
        }
        Ok(params)
    }

    /// Validate `instance` against a document.
    pub fn check(&self, doc: Doc, instance: &Value) -> Result<(), Vec<Violation>> {
        let Some(v) = self.docs.get(&doc) else {
            return Ok(());
        };
        let errs: Vec<Violation> = v
            .iter_errors(instance)
            .map(|e| Violation {
                pointer: e.instance_path.to_string(),
                message: e.to_string(),
            })
            .collect();
        if errs.is_empty() { Ok(()) } else { Err(errs) }
    }

    /// Validate one path or query parameter given as text, coerced to its
    /// schema type (`number`, `integer`, `boolean`, `string`). Unknown names pass.
    pub fn check_param(&self, name: &str, raw: &str) -> Result<Value, String> {
        Self::check_in(&self.params, name, raw)
    }

    /// [`Self::check_param`] for the DNS records list.
    pub fn check_dns_param(&self, name: &str, raw: &str) -> Result<Value, String> {
        Self::check_in(&self.dns_params, name, raw)
    }

    fn check_in(
        params: &HashMap<String, (String, Validator)>,
        name: &str,
        raw: &str,
    ) -> Result<Value, String> {
        let Some((ty, v)) = params.get(name) else {
            return Ok(Value::String(raw.to_string()));
        };
        let value = match ty.as_str() {
            "number" => raw
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .map(|f| json!(f)),
            "integer" => raw.parse::<i64>().ok().map(|i| json!(i)),
            "boolean" => match raw {
                "true" => Some(json!(true)),
                "false" => Some(json!(false)),
                _ => None,
            },
            _ => Some(Value::String(raw.to_string())),
        }
        .ok_or_else(|| format!("'{name}' must be a {ty}, got {raw:?}"))?;
        let err = v
            .iter_errors(&value)
            .next()
            .map(|e| format!("'{name}': {e}"));
        match err {
            None => Ok(value),
            Some(e) => Err(e),
        }
    }
}
