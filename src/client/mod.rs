//! Sending API requests well: authentication, timeouts, retries, pages, and
//! creates that are never doubled nor lost.
//!
//! [`Client`] is generic over its [`Transport`], so every rule here is tested
//! natively with a scripted transport; the Wasm runtime gives it `fetch`.
//! - Requests are built and validated by [`crate::api::request::build`] first.
//! - 429, 5xx, network failures, timeouts and unreadable bodies are retried
//!   with [`RetryPolicy`] (full jitter, `Retry-After` honoured, bounded).
//! - A create (POST) is not idempotent: when an attempt may have reached
//!   Cloudflare (5xx, dropped connection, timeout, unreadable success), the
//!   client looks the hostname up before trying again, and a "duplicate
//!   custom hostname" (1406) answer is resolved by fetching the existing one.
//!   Either way the result is flagged ([`Recovery`]): nothing is created
//!   twice, nothing is lost.
//! - The API token is only ever put in the `Authorization` header; it is
//!   never formatted into an error or a debug string.

mod retry;
mod transport;

use crate::error_codes::ErrorCode;
use serde::Serialize;
use serde_json::Value;

pub use retry::{RetryPolicy, parse_retry_after};
pub use transport::{HttpRequest, HttpResponse, Transport, TransportError};

use crate::api::request::{
    ApiRequest, HostnameRef, ListHostnames, Operation, RefreshHostname, ValidationError, build,
};
use crate::api::{
    ApiError, CloudflareErrorCode, OperationResult, ParseError, ResponseError,
    parse_operation_response,
};
use crate::diagnostic::{Coded, Warning};

/// How to reach the API.
#[derive(Clone)]
pub struct ClientConfig {
    /// An API token with "SSL and Certificates Write" on the zone.
    pub api_token: String,
    /// Base URL, default [`crate::api::request::BASE_URL`]; a simulator's otherwise.
    pub base_url: String,
    /// Per-attempt timeout, milliseconds.
    pub timeout_ms: u32,
    /// Retry bounds.
    pub retry: RetryPolicy,
}

impl std::fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientConfig")
            .field("api_token", &"[redacted]")
            .field("base_url", &self.base_url)
            .field("timeout_ms", &self.timeout_ms)
            .field("retry", &self.retry)
            .finish()
    }
}

/// Default per-attempt timeout.
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// How a create's result was obtained when it was not a plain success.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Recovery {
    /// Cloudflare said the hostname already exists (1406); this is the existing one.
    ExistingAfterDuplicate,
    /// An attempt may have reached Cloudflare; the hostname was found by looking it up.
    FoundAfterUncertainCreate,
}

/// A successful call.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// What the API returned (its fields appear beside the others, tagged by `kind`).
    #[serde(flatten)]
    pub result: OperationResult,
    /// Warnings from validating the request.
    pub warnings: Vec<Warning>,
    /// Attempts made (1 = first try).
    pub attempts: u32,
    /// Set when a create was resolved by looking the hostname up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recovered: Option<Recovery>,
}

/// A failed call. Every variant has a stable code; [`ClientError::retryable`]
/// says whether trying later may succeed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ClientError {
    /// The request was refused before sending.
    #[error(transparent)]
    Validation(#[from] ValidationError),
    /// Cloudflare answered with an error envelope (after retries, if retryable).
    #[error("{error} (after {attempts} attempt(s))")]
    Api {
        /// The error.
        error: ApiError,
        /// Attempts made.
        attempts: u32,
    },
    /// No response (connection refused or dropped).
    #[error("network error: {message} (after {attempts} attempt(s))")]
    Network {
        /// The platform's message.
        message: String,
        /// Attempts made.
        attempts: u32,
    },
    /// No response within the timeout.
    #[error("no response within {timeout_ms} ms (after {attempts} attempt(s))")]
    Timeout {
        /// The per-attempt timeout.
        timeout_ms: u32,
        /// Attempts made.
        attempts: u32,
    },
    /// A response that is not what the endpoint returns.
    #[error("{error} (after {attempts} attempt(s))")]
    Malformed {
        /// What was wrong.
        error: ParseError,
        /// Attempts made.
        attempts: u32,
    },
}

impl Coded for ClientError {
    fn code(&self) -> &'static str {
        match self {
            Self::Validation(e) => e.code(),
            Self::Api { error, .. } => error.code(),
            Self::Network { .. } => ErrorCode::NetworkError.as_str(),
            Self::Timeout { .. } => ErrorCode::Timeout.as_str(),
            Self::Malformed { error, .. } => error.code(),
        }
    }
}

impl ClientError {
    /// Whether the same call may succeed later (rate limit, outage, network).
    pub fn retryable(&self) -> bool {
        match self {
            Self::Validation(_) => false,
            Self::Api { error, .. } => error.is_retryable(),
            Self::Network { .. } | Self::Timeout { .. } | Self::Malformed { .. } => true,
        }
    }

    /// Attempts made before giving up (0 when refused before sending).
    pub fn attempts(&self) -> u32 {
        match self {
            Self::Validation(_) => 0,
            Self::Api { attempts, .. }
            | Self::Network { attempts, .. }
            | Self::Timeout { attempts, .. }
            | Self::Malformed { attempts, .. } => *attempts,
        }
    }
}

/// One attempt's failure, before the retry decision.
enum Failure {
    Api(ApiError),
    Network(String),
    Timeout,
    Malformed(ParseError),
}

impl Failure {
    fn retryable(&self) -> bool {
        match self {
            Self::Api(e) => e.is_retryable(),
            _ => true,
        }
    }

    /// Whether the request may have been processed although it failed:
    /// everything but a rate limit (429 means "not processed").
    fn maybe_processed(&self) -> bool {
        !matches!(self, Self::Api(e) if e.http_status == Some(429))
    }

    fn into_error(self, attempts: u32, timeout_ms: u32) -> ClientError {
        match self {
            Self::Api(error) => ClientError::Api { error, attempts },
            Self::Network(message) => ClientError::Network { message, attempts },
            Self::Timeout => ClientError::Timeout {
                timeout_ms,
                attempts,
            },
            Self::Malformed(error) => ClientError::Malformed { error, attempts },
        }
    }
}

/// The API client.
#[derive(Debug, Clone)]
pub struct Client<T> {
    transport: T,
    config: ClientConfig,
}

impl<T: Transport> Client<T> {
    /// A client over `transport`.
    pub fn new(transport: T, config: ClientConfig) -> Self {
        Self { transport, config }
    }

    /// The configuration (the token is redacted in its `Debug` form).
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// Validates, sends (with retries) and parses one operation.
    ///
    /// # Errors
    /// A [`ClientError`]; see its variants.
    pub async fn call(&self, operation: &Operation) -> Result<Outcome, ClientError> {
        let built = build(operation)?;
        let is_create = matches!(operation, Operation::Create(_));
        let http = self.http_request(&built.request);
        let started = self.transport.now_ms();
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let (failure, retry_after) = match self.attempt(operation, &http).await {
                Ok(result) => {
                    return Ok(Outcome {
                        result,
                        warnings: built.warnings,
                        attempts: attempt,
                        recovered: None,
                    });
                }
                Err((failure, retry_after)) => (failure, retry_after),
            };
            if is_create {
                if let Failure::Api(e) = &failure {
                    if e.has(CloudflareErrorCode::DuplicateCustomHostname) {
                        return self
                            .find_created(
                                &built.request,
                                attempt,
                                Recovery::ExistingAfterDuplicate,
                                failure,
                            )
                            .await;
                    }
                }
            }
            let delay = self.config.retry.delay_ms(
                attempt,
                retry_after.as_deref(),
                self.transport.random(),
            );
            let elapsed = self.transport.now_ms() - started;
            let out_of_budget = attempt >= self.config.retry.max_attempts
                || elapsed + f64::from(delay) > f64::from(self.config.retry.max_total_ms);
            if !failure.retryable() || out_of_budget {
                if is_create && failure.retryable() && failure.maybe_processed() {
                    // Last chance: it may exist although every answer was lost.
                    return self
                        .find_created(
                            &built.request,
                            attempt,
                            Recovery::FoundAfterUncertainCreate,
                            failure,
                        )
                        .await;
                }
                return Err(failure.into_error(attempt, self.config.timeout_ms));
            }
            if is_create && failure.maybe_processed() {
                if let Ok(Some(found)) = self.lookup_created(&built.request).await {
                    return Ok(Outcome {
                        result: found,
                        warnings: built.warnings,
                        attempts: attempt,
                        recovered: Some(Recovery::FoundAfterUncertainCreate),
                    });
                }
            }
            self.transport.sleep(delay).await;
        }
    }

    /// The refresh PATCH for hostname `id`: fetches it, then repeats its
    /// current DCV method and type (spec §3.2, §9: there is no refresh endpoint).
    ///
    /// # Errors
    /// As [`Client::call`], for either request.
    pub async fn refresh(&self, zone_id: &str, id: &str) -> Result<Outcome, ClientError> {
        let current = self
            .call(&Operation::Get(HostnameRef {
                zone_id: zone_id.to_owned(),
                custom_hostname_id: id.to_owned(),
            }))
            .await?;
        let custom_hostname = match current.result {
            OperationResult::CustomHostname {
                custom_hostname, ..
            } => Some(custom_hostname),
            _ => None,
        };
        self.call(&Operation::Refresh(RefreshHostname {
            zone_id: zone_id.to_owned(),
            custom_hostname_id: Some(id.to_owned()),
            custom_hostname,
            ..RefreshHostname::default()
        }))
        .await
    }

    /// One page of a list (`page` overrides the filter's page).
    ///
    /// # Errors
    /// As [`Client::call`].
    pub async fn list_page(
        &self,
        filters: &ListHostnames,
        page: u64,
    ) -> Result<Outcome, ClientError> {
        let mut f = filters.clone();
        f.page = Some(page);
        self.call(&Operation::List(f)).await
    }

    /// One attempt: send and parse. Failures carry the `Retry-After` header.
    async fn attempt(
        &self,
        operation: &Operation,
        http: &HttpRequest,
    ) -> Result<OperationResult, (Failure, Option<String>)> {
        let response = match self.transport.send(http).await {
            Ok(r) => r,
            Err(TransportError::Network(m)) => return Err((Failure::Network(m), None)),
            Err(TransportError::Timeout) => return Err((Failure::Timeout, None)),
        };
        let body = String::from_utf8_lossy(&response.body);
        match parse_operation_response(operation, Some(response.status), &body) {
            Ok(result) => Ok(result),
            Err(ResponseError::Api(e)) => Err((Failure::Api(e), response.retry_after)),
            Err(ResponseError::Malformed(e)) => Err((Failure::Malformed(e), response.retry_after)),
        }
    }

    /// Resolves a create whose outcome is unknown (or a duplicate) by
    /// looking the hostname up; returns `failure` as the error if not found.
    async fn find_created(
        &self,
        request: &ApiRequest,
        attempts: u32,
        how: Recovery,
        failure: Failure,
    ) -> Result<Outcome, ClientError> {
        match self.lookup_created(request).await {
            Ok(Some(result)) => Ok(Outcome {
                result,
                warnings: Vec::new(),
                attempts,
                recovered: Some(how),
            }),
            _ => Err(failure.into_error(attempts, self.config.timeout_ms)),
        }
    }

    /// `GET ...custom_hostnames?hostname=<the created name>`; the one with
    /// exactly that name, if any.
    async fn lookup_created(
        &self,
        create: &ApiRequest,
    ) -> Result<Option<OperationResult>, ClientError> {
        let Some(hostname) = create
            .body
            .as_ref()
            .and_then(|b| b.get("hostname"))
            .and_then(Value::as_str)
        else {
            return Ok(None);
        };
        let zone_id = create.path.split('/').nth(2).unwrap_or_default().to_owned();
        let list = Operation::List(ListHostnames {
            zone_id,
            hostname: Some(hostname.to_owned()),
            ..ListHostnames::default()
        });
        let built = build(&list)?;
        let http = self.http_request(&built.request);
        let result = self
            .attempt(&list, &http)
            .await
            .map_err(|(f, _)| f.into_error(1, self.config.timeout_ms))?;
        Ok(match result {
            OperationResult::CustomHostnames {
                custom_hostnames, ..
            } => custom_hostnames
                .into_iter()
                .find(|h| h.hostname.eq_ignore_ascii_case(hostname))
                .map(|h| OperationResult::CustomHostname {
                    custom_hostname: Box::new(h),
                    messages: Vec::new(),
                }),
            _ => None,
        })
    }

    fn http_request(&self, request: &ApiRequest) -> HttpRequest {
        let mut headers: Vec<(String, String)> = request.headers.clone();
        headers.push((
            "authorization".to_owned(),
            format!("Bearer {}", self.config.api_token),
        ));
        headers.push(("accept".to_owned(), "application/json".to_owned()));
        HttpRequest {
            method: request.method.as_str(),
            url: request.url(&self.config.base_url),
            headers,
            body: request.body.as_ref().map(|b| b.to_string().into_bytes()),
            timeout_ms: self.config.timeout_ms,
        }
    }
}
