//! Response objects of the custom hostname API (spec §4), parsed leniently.

mod custom_hostname;
mod fallback_origin;
mod small;
mod ssl;
mod validation;
mod webhook;

pub use custom_hostname::CustomHostname;
pub use fallback_origin::{FallbackOrigin, FallbackOriginError};
pub use small::{DcvDelegationUuid, DeletedId, Quota};
pub use ssl::{Ssl, SslSettings};
pub use validation::{
    OwnershipVerification, OwnershipVerificationHttp, ValidationError, ValidationRecord,
    VerificationError,
};
pub use webhook::{IdOnly, WebhookEvent, WebhookMetadata, WebhookPayload};
