//! `CloudflareClient`: the API client over `fetch`, for Workers and backends.
//! Never construct it in a browser: the API token would be readable by anyone
//! who opens the page. Every method returns a Promise; failures reject with a
//! `CustomHostnamesError` whose `data` holds `{ retryable, attempts,
//! httpStatus?, errors? }`.

use std::rc::Rc;

use js_sys::{Object, Promise, Reflect};
use serde::Deserialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use super::convert;
use super::error::BoundaryError;
use super::fetch::FetchTransport;
use crate::api::request::{
    BASE_URL, HostnameRef, ListHostnames, Operation, UpdateFallbackOrigin, ZoneRef,
};
use crate::client::{Client, ClientConfig, ClientError, DEFAULT_TIMEOUT_MS, Outcome, RetryPolicy};

/// Options of `new CloudflareClient(...)`.
#[derive(Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ClientOptions {
    /// API token with "SSL and Certificates Write" on the zone. Keep it server-side.
    pub api_token: String,
    /// The SaaS zone id (32 hex characters).
    pub zone_id: String,
    /// API base URL (default `https://api.cloudflare.com/client/v4`; a simulator's in tests).
    #[serde(default)]
    #[tsify(optional)]
    pub base_url: Option<String>,
    /// Per-attempt timeout in milliseconds (default 15000).
    #[serde(default)]
    #[tsify(optional)]
    pub timeout_ms: Option<u32>,
    /// Retry bounds.
    #[serde(default)]
    #[tsify(optional)]
    pub retry: Option<RetryPolicy>,
}

/// The Cloudflare custom-hostname API client.
#[wasm_bindgen]
pub struct CloudflareClient {
    inner: Rc<Client<FetchTransport>>,
    zone_id: String,
}

fn client_error(e: &ClientError) -> JsValue {
    let data = Object::new();
    let _ = Reflect::set(&data, &"retryable".into(), &e.retryable().into());
    let _ = Reflect::set(&data, &"attempts".into(), &e.attempts().into());
    if let ClientError::Api { error, .. } = e {
        if let Some(status) = error.http_status {
            let _ = Reflect::set(&data, &"httpStatus".into(), &status.into());
        }
        if let Ok(errors) = convert::to_js(&error.errors) {
            let _ = Reflect::set(&data, &"errors".into(), &errors);
        }
    }
    BoundaryError::from_coded(e, None)
        .with_data(data.into())
        .into()
}

/// Runs `operation` and resolves to its encoded [`Outcome`].
fn spawn<F>(future: F) -> Promise
where
    F: std::future::Future<Output = Result<Outcome, ClientError>> + 'static,
{
    future_to_promise(async move {
        let outcome = future.await.map_err(|e| client_error(&e))?;
        Ok(convert::to_js(&outcome)?)
    })
}

impl CloudflareClient {
    /// Decodes an operation object from JS (`call`, or the params of
    /// `create` / `list` / `edit` with their `op` and ids added): `zoneId`
    /// defaults to the client's. The caller's object is JSON data, so it is
    /// decoded through the one tagged decoder (`Operation::from_json_value`).
    fn decode(
        &self,
        value: JsValue,
        name: &str,
        tag: Option<&str>,
        id: Option<String>,
    ) -> Result<Operation, JsValue> {
        let mut value: Value = if value.is_undefined() || value.is_null() {
            Value::Object(serde_json::Map::new())
        } else {
            convert::decode(value, name, |e| {
                BoundaryError::invalid_argument(name, &format!("expected an object: {e}"))
            })?
        };
        if let Some(obj) = value.as_object_mut() {
            if let Some(tag) = tag {
                obj.insert("op".into(), Value::String(tag.into()));
            }
            if let Some(id) = id {
                obj.insert("customHostnameId".into(), Value::String(id));
            }
            if !obj.contains_key("zoneId") && !obj.contains_key("zone_id") {
                obj.insert("zoneId".into(), Value::String(self.zone_id.clone()));
            }
        }
        Operation::from_json_value(&value).map_err(|e| BoundaryError::from_coded(&e, None).into())
    }

    /// An operation on one custom hostname of the client's zone.
    fn hostname_ref(&self, id: &JsValue) -> Result<HostnameRef, JsValue> {
        Ok(HostnameRef {
            zone_id: self.zone_id.clone(),
            custom_hostname_id: string_arg(id, "id")?,
        })
    }

    /// The client's zone.
    fn zone(&self) -> ZoneRef {
        ZoneRef {
            zone_id: self.zone_id.clone(),
        }
    }

    /// Sends the operation, or rejects with the error that prevented it.
    fn send(&self, operation: Result<Operation, JsValue>) -> Promise {
        match operation {
            Ok(op) => {
                let inner = Rc::clone(&self.inner);
                spawn(async move { inner.call(&op).await })
            }
            Err(e) => Promise::reject(&e),
        }
    }
}

/// A string argument, checked here rather than by wasm-bindgen's glue (whose
/// `String` decoding throws a bare `TypeError` for `null`, and for an object
/// with a huge `length` asks the allocator for that many bytes and aborts).
fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    Ok(convert::string(value, name)?)
}

#[wasm_bindgen]
impl CloudflareClient {
    /// A client for one zone. Throws `invalid_argument` on bad options.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "ClientOptions")] options: JsValue,
    ) -> Result<CloudflareClient, JsValue> {
        let o: ClientOptions = convert::decode(options, "options", |e| {
            BoundaryError::invalid_argument("options", &format!("{e}"))
        })?;
        let config = ClientConfig {
            api_token: o.api_token,
            base_url: o.base_url.unwrap_or_else(|| BASE_URL.to_owned()),
            timeout_ms: o.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS),
            retry: o.retry.unwrap_or_default(),
        };
        Ok(CloudflareClient {
            inner: Rc::new(Client::new(FetchTransport, config)),
            zone_id: o.zone_id,
        })
    }

    /// Sends any operation (`{ op: "create", hostname, ... }`, as for
    /// `buildRequest`); `zoneId` defaults to the client's.
    #[wasm_bindgen(unchecked_return_type = "Promise<CallOutcome>")]
    pub fn call(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ClientOperation")] operation: JsValue,
    ) -> Promise {
        self.send(self.decode(operation, "operation", None, None))
    }

    /// Creates a custom hostname (`{ hostname, ssl?, customMetadata?, ... }`).
    /// A create that may have reached Cloudflare is resolved by looking the
    /// hostname up: the outcome's `recovered` says so.
    #[wasm_bindgen(unchecked_return_type = "Promise<CallOutcome>")]
    pub fn create(
        &self,
        #[wasm_bindgen(unchecked_param_type = "WithoutZone<CreateHostname>")] params: JsValue,
    ) -> Promise {
        self.send(self.decode(params, "params", Some("create"), None))
    }

    /// Fetches one custom hostname.
    #[wasm_bindgen(unchecked_return_type = "Promise<CallOutcome>")]
    pub fn get(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> Promise {
        self.send(self.hostname_ref(&id).map(Operation::Get))
    }

    /// One page of the list (`{ page?, perPage?, hostname?, ... }`).
    #[wasm_bindgen(unchecked_return_type = "Promise<CallOutcome>")]
    pub fn list(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "WithoutZone<ListHostnames>")]
        filters: JsValue,
    ) -> Promise {
        self.send(self.decode(filters, "filters", Some("list"), None))
    }

    /// Edits a custom hostname (`{ ssl?, customMetadata?, customOriginServer?, customOriginSni? }`).
    #[wasm_bindgen(unchecked_return_type = "Promise<CallOutcome>")]
    pub fn edit(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
        #[wasm_bindgen(
            unchecked_param_type = "Omit<WithoutZone<EditHostname>, \"customHostnameId\">"
        )]
        params: JsValue,
    ) -> Promise {
        self.send(
            string_arg(&id, "id")
                .and_then(|id| self.decode(params, "params", Some("edit"), Some(id))),
        )
    }

    /// Deletes a custom hostname and its certificates.
    #[wasm_bindgen(unchecked_return_type = "Promise<CallOutcome>")]
    pub fn delete(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> Promise {
        self.send(self.hostname_ref(&id).map(Operation::Delete))
    }

    /// Asks Cloudflare to re-check now: fetches the hostname and PATCHes its
    /// current DCV method and type again.
    #[wasm_bindgen(unchecked_return_type = "Promise<CallOutcome>")]
    pub fn refresh(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> Promise {
        let id = match string_arg(&id, "id") {
            Ok(id) => id,
            Err(e) => return Promise::reject(&e),
        };
        let inner = Rc::clone(&self.inner);
        let zone = self.zone_id.clone();
        spawn(async move { inner.refresh(&zone, &id).await })
    }

    /// The zone's fallback origin.
    #[wasm_bindgen(js_name = getFallbackOrigin, unchecked_return_type = "Promise<CallOutcome>")]
    pub fn get_fallback_origin(&self) -> Promise {
        self.send(Ok(Operation::GetFallbackOrigin(self.zone())))
    }

    /// Sets the fallback origin (a proxied A/AAAA/CNAME record name in the zone).
    #[wasm_bindgen(js_name = updateFallbackOrigin, unchecked_return_type = "Promise<CallOutcome>")]
    pub fn update_fallback_origin(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] origin: JsValue,
    ) -> Promise {
        self.send(string_arg(&origin, "origin").map(|origin| {
            Operation::UpdateFallbackOrigin(UpdateFallbackOrigin {
                zone_id: self.zone_id.clone(),
                origin,
            })
        }))
    }

    /// Removes the fallback origin.
    #[wasm_bindgen(js_name = deleteFallbackOrigin, unchecked_return_type = "Promise<CallOutcome>")]
    pub fn delete_fallback_origin(&self) -> Promise {
        self.send(Ok(Operation::DeleteFallbackOrigin(self.zone())))
    }

    /// The custom hostname quota.
    #[wasm_bindgen(unchecked_return_type = "Promise<CallOutcome>")]
    pub fn quota(&self) -> Promise {
        self.send(Ok(Operation::GetQuota(self.zone())))
    }

    /// The zone's DCV delegation uuid (for `_acme-challenge` CNAME targets).
    #[wasm_bindgen(js_name = dcvDelegationUuid, unchecked_return_type = "Promise<CallOutcome>")]
    pub fn dcv_delegation_uuid(&self) -> Promise {
        self.send(Ok(Operation::GetDcvDelegationUuid(self.zone())))
    }

    /// Every custom hostname matching `filters`, page after page, as an async
    /// iterable: `for await (const h of client.listAll({ perPage: 50 })) ...`.
    #[wasm_bindgen(js_name = listAll, unchecked_return_type = "AsyncIterableIterator<CustomHostname>")]
    pub fn list_all(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "WithoutZone<ListHostnames>")]
        filters: JsValue,
    ) -> Result<JsValue, JsValue> {
        let Operation::List(filters) = self.decode(filters, "filters", Some("list"), None)? else {
            return Err(
                BoundaryError::internal("listAll built a non-list operation".into()).into(),
            );
        };
        Ok(super::pages::iterator(Rc::clone(&self.inner), filters))
    }
}

/// Keeps `ListHostnames` nameable from `pages.rs`.
pub(crate) type Filters = ListHostnames;
