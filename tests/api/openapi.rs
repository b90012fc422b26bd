//! Checks a built request against the official OpenAPI subset
//! (`spec/custom-hostnames.openapi.json`) with the `jsonschema` crate:
//! the path must match one of the spec's templates for that method, each
//! path and query parameter must satisfy its schema, and the body the
//! operation's requestBody schema. `#/components/schemas/...` references
//! resolve because each schema is validated inside a document that
//! carries the spec's `components`.

use std::collections::HashMap;
use std::sync::OnceLock;

use custom_hostnames::api::request::ApiRequest;
use jsonschema::{Draft, Validator};
use serde_json::{Value, json};

struct Endpoint {
    method: String,
    template: Vec<String>,
    params: HashMap<String, (String, Validator, Value)>, // name -> (in, validator, schema)
    body: Option<Validator>,
    body_required: bool,
}

pub struct OpenApi {
    endpoints: Vec<Endpoint>,
}

fn compile(schema: &Value, components: &Value) -> Validator {
    let mut document = schema.clone();
    if let Some(object) = document.as_object_mut() {
        object.insert("components".to_owned(), components.clone());
    }
    // OpenAPI 3.0 schemas are a Draft 4 dialect (plus ignored keywords
    // such as `nullable` and `example`).
    jsonschema::options()
        .with_draft(Draft::Draft4)
        .build(&document)
        .unwrap_or_else(|e| panic!("schema does not compile: {e}\n{schema}"))
}

pub fn spec() -> &'static OpenApi {
    static SPEC: OnceLock<OpenApi> = OnceLock::new();
    SPEC.get_or_init(|| {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("spec/custom-hostnames.openapi.json"),
        )
        .unwrap();
        let doc: Value = serde_json::from_str(&text).unwrap();
        let components = doc["components"].clone();
        let mut endpoints = Vec::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                if method == "parameters" {
                    continue;
                }
                let mut params = HashMap::new();
                for p in operation["parameters"].as_array().into_iter().flatten() {
                    let mut schema = p["schema"].clone();
                    let name = p["name"].as_str().unwrap().to_owned();
                    // Spec §2: custom hostname (and pack/certificate) ids are
                    // 36-character UUIDs in practice although the shared
                    // `identifier` schema says maxLength 32; only zone_id keeps 32.
                    if p["in"] == "path" && name != "zone_id" {
                        schema = json!({"type": "string", "maxLength": 36});
                    }
                    // Spec §0/§11: the list `ssl` parameter has default "0"
                    // (a string) with an integer enum; drop the bad default.
                    if let Some(o) = schema.as_object_mut() {
                        o.remove("default");
                    }
                    let validator = compile(&schema, &components);
                    params.insert(
                        name,
                        (p["in"].as_str().unwrap().to_owned(), validator, schema),
                    );
                }
                let body_schema =
                    operation.pointer("/requestBody/content/application~1json/schema");
                endpoints.push(Endpoint {
                    method: method.to_uppercase(),
                    template: path.split('/').map(str::to_owned).collect(),
                    params,
                    body: body_schema.map(|s| compile(s, &components)),
                    body_required: operation.pointer("/requestBody/required") == Some(&json!(true)),
                });
            }
        }
        OpenApi { endpoints }
    })
}

/// Converts a query string value to the JSON type its schema expects.
fn typed(value: &str, schema: &Value) -> Value {
    match schema["type"].as_str() {
        Some("number") | Some("integer") => value
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| value.parse::<f64>().map(Value::from))
            .unwrap_or_else(|_| Value::String(value.to_owned())),
        Some("boolean") => match value {
            "true" => json!(true),
            "false" => json!(false),
            other => Value::String(other.to_owned()),
        },
        _ => Value::String(value.to_owned()),
    }
}

fn errors(validator: &Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

impl OpenApi {
    /// Checks `request`; returns every problem found (empty = conforms).
    pub fn check(&self, request: &ApiRequest) -> Result<(), Vec<String>> {
        let segments: Vec<String> = request.path.split('/').map(percent_decode).collect();
        // Literal segments beat `{param}` ones (`/quota` vs `/{custom_hostname_id}`).
        let mut best: Option<(&Endpoint, usize)> = None;
        for endpoint in &self.endpoints {
            if endpoint.method != request.method.as_str()
                || endpoint.template.len() != segments.len()
            {
                continue;
            }
            let mut literal = 0;
            let matches = endpoint.template.iter().zip(&segments).all(|(t, s)| {
                if t.starts_with('{') {
                    true
                } else {
                    literal += 1;
                    t == s
                }
            });
            if matches && best.is_none_or(|(_, l)| literal > l) {
                best = Some((endpoint, literal));
            }
        }
        let Some((endpoint, _)) = best else {
            return Err(vec![format!(
                "no {} {} in the spec",
                request.method.as_str(),
                request.path
            )]);
        };
        let mut problems = Vec::new();
        for (t, s) in endpoint.template.iter().zip(&segments) {
            if let Some(name) = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                let (_, validator, _) = &endpoint.params[name];
                problems.extend(
                    errors(validator, &json!(s))
                        .into_iter()
                        .map(|e| format!("path {name}: {e}")),
                );
            }
        }
        for (name, value) in &request.query {
            match endpoint.params.get(name) {
                Some((location, validator, schema)) if location == "query" => {
                    let instance = typed(value, schema);
                    problems.extend(
                        errors(validator, &instance)
                            .into_iter()
                            .map(|e| format!("query {name}: {e}")),
                    );
                }
                _ => problems.push(format!("query parameter {name} is not in the spec")),
            }
        }
        match (&endpoint.body, &request.body) {
            (Some(validator), Some(body)) => {
                problems.extend(
                    errors(validator, body)
                        .into_iter()
                        .map(|e| format!("body: {e}")),
                );
            }
            (None, Some(body)) if !endpoint.body_required && body != &json!({}) => {
                problems.push("a body was sent to an endpoint without one".to_owned());
            }
            (_, None) if endpoint.body_required => {
                problems.push("the required body is missing".to_owned())
            }
            _ => {}
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

fn percent_decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&segment[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}
