//! Lenient wire enums for the values Cloudflare sends as strings.
//!
//! Every enum here keeps an `Unknown(String)` variant: Cloudflare adds
//! statuses without notice (spec §12.9), so a value this library does not
//! know is kept verbatim and serialized back unchanged instead of failing
//! the whole response. Known values use Cloudflare's snake_case wire names.
//!
//! Value lists follow `spec/cloudflare-for-saas.md`: hostname status §5.1
//! (OpenAPI `status-3`), certificate status §5.2 (`ssl.status`), fallback
//! origin status §5.3 (`status-4`), DCV methods §3.3, certificate
//! authorities §3.3 and §10, TLS settings §3.4.

/// Declares a string enum with an `Unknown(String)` fallback, its wire
/// names, `KNOWN` (every named variant, in schema order) and serde impls.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this library does not know (yet), kept verbatim.
            Unknown(String),
        }

        impl $name {
            /// Every value this library knows, in the order of the schema.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The exact string Cloudflare uses on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )+
                    Self::Unknown(other) => other,
                }
            }

            /// Maps a wire string to a variant; never fails.
            pub fn from_wire(value: &str) -> Self {
                match value {
                    $( $wire => Self::$variant, )+
                    other => Self::Unknown(other.to_owned()),
                }
            }

            /// `false` for [`Self::Unknown`].
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self::from_wire(value)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from_wire(&value))
            }
        }
    };
}

pub(crate) use wire_enum;

wire_enum! {
    /// Hostname (ownership) validation state, top-level `status` (spec §5.1).
    HostnameStatus {
        /// Validated; Cloudflare proxies traffic for it.
        Active = "active",
        /// Waiting for hostname validation (CNAME/A detection or token).
        Pending = "pending",
        /// Active while a change is being processed.
        ActiveRedeploying = "active_redeploying",
        /// Validation lapsed or the name stopped pointing at the SaaS target.
        Moved = "moved",
        /// Deletion in progress.
        PendingDeletion = "pending_deletion",
        /// Removed (automatically 7 days after `moved`).
        Deleted = "deleted",
        /// Undocumented: presumably a block in progress.
        PendingBlocked = "pending_blocked",
        /// Undocumented: presumably a v1→v2 migration in progress.
        PendingMigration = "pending_migration",
        /// Undocumented: presumably pre-provisioning in progress.
        PendingProvisioned = "pending_provisioned",
        /// v1→v2 pre-migration tool: re-queued.
        TestPending = "test_pending",
        /// v1→v2 pre-migration tool: passed the CNAME check.
        TestActive = "test_active",
        /// v1→v2 pre-migration tool: passed the apex-proxy check.
        TestActiveApex = "test_active_apex",
        /// v1→v2 pre-migration tool: banned zone.
        TestBlocked = "test_blocked",
        /// v1→v2 pre-migration tool: failed 25 times.
        TestFailed = "test_failed",
        /// Undocumented: pre-provisioned.
        Provisioned = "provisioned",
        /// Cannot be added (abuse flag, held zone); never retried automatically.
        Blocked = "blocked",
    }
}

wire_enum! {
    /// Certificate state, `ssl.status` (spec §5.2).
    SslStatus {
        /// Order being created.
        Initializing = "initializing",
        /// Waiting for domain control validation.
        PendingValidation = "pending_validation",
        /// Certificate removed.
        Deleted = "deleted",
        /// DCV passed, the CA is issuing.
        PendingIssuance = "pending_issuance",
        /// Issued, deploying to the edge.
        PendingDeployment = "pending_deployment",
        /// Removal in progress.
        PendingDeletion = "pending_deletion",
        /// Nearing expiry.
        PendingExpiration = "pending_expiration",
        /// Expired.
        Expired = "expired",
        /// Serving.
        Active = "active",
        /// Backoff exhausted while initializing.
        InitializingTimedOut = "initializing_timed_out",
        /// Backoff exhausted while validating.
        ValidationTimedOut = "validation_timed_out",
        /// Backoff exhausted while issuing.
        IssuanceTimedOut = "issuance_timed_out",
        /// Backoff exhausted while deploying.
        DeploymentTimedOut = "deployment_timed_out",
        /// Backoff exhausted while deleting.
        DeletionTimedOut = "deletion_timed_out",
        /// Undocumented cleanup state.
        PendingCleanup = "pending_cleanup",
        /// Staging-environment deployment.
        StagingDeployment = "staging_deployment",
        /// Staging-environment certificate active.
        StagingActive = "staging_active",
        /// Being deactivated.
        Deactivating = "deactivating",
        /// Deactivated.
        Inactive = "inactive",
        /// Undocumented: a backup certificate was issued.
        BackupIssued = "backup_issued",
        /// Custom certificate waiting for the zone to become active.
        HoldingDeployment = "holding_deployment",
    }
}

wire_enum! {
    /// Fallback origin state (spec §5.3, OpenAPI `status-4`).
    FallbackOriginStatus {
        /// Being set up.
        Initializing = "initializing",
        /// Deploying to the edge.
        PendingDeployment = "pending_deployment",
        /// Removal in progress.
        PendingDeletion = "pending_deletion",
        /// Ready to receive traffic.
        Active = "active",
        /// Deployment backoff exhausted.
        DeploymentTimedOut = "deployment_timed_out",
        /// Deletion backoff exhausted.
        DeletionTimedOut = "deletion_timed_out",
    }
}

wire_enum! {
    /// Domain control validation method, `ssl.method` (spec §3.3, §8.3–§8.5).
    DcvMethod {
        /// HTTP token (automatic once the CNAME is live); not for wildcards.
        Http = "http",
        /// `_acme-challenge` TXT record(s), or DCV delegation.
        Txt = "txt",
        /// E-mail to approver addresses (deprecated with DigiCert).
        Email = "email",
        /// Legacy DigiCert CNAME DCV: seen in responses, not accepted in requests.
        Cname = "cname",
    }
}

wire_enum! {
    /// Certificate authority, `ssl.certificate_authority` (spec §3.3, §10).
    CertificateAuthority {
        /// DigiCert: deprecated for custom hostnames, still in the schema enum.
        Digicert = "digicert",
        /// Google Trust Services; no IDN (punycode) hostnames.
        Google = "google",
        /// Let's Encrypt.
        LetsEncrypt = "lets_encrypt",
        /// SSL.com.
        SslCom = "ssl_com",
        /// The empty string: "let Cloudflare choose" (documented, not in the schema enum).
        Default = "",
    }
}

wire_enum! {
    /// Validation type, `ssl.type` (spec §3.3): only `dv` exists.
    ValidationType {
        /// Domain validation.
        Dv = "dv",
    }
}

wire_enum! {
    /// Chain-building strategy, `ssl.bundle_method` (spec §3.3).
    BundleMethod {
        /// Highest compatibility (the default).
        Ubiquitous = "ubiquitous",
        /// Shortest chain, newest intermediates.
        Optimal = "optimal",
        /// Verify the chain as uploaded.
        Force = "force",
    }
}

wire_enum! {
    /// Minimum TLS version, `ssl.settings.min_tls_version` (spec §3.4).
    MinTlsVersion {
        /// TLS 1.0.
        Tls1_0 = "1.0",
        /// TLS 1.1.
        Tls1_1 = "1.1",
        /// TLS 1.2.
        Tls1_2 = "1.2",
        /// TLS 1.3 (ciphers cannot be chosen then).
        Tls1_3 = "1.3",
    }
}

wire_enum! {
    /// An `on`/`off` switch in `ssl.settings` (spec §3.4).
    OnOff {
        /// Enabled.
        On = "on",
        /// Disabled.
        Off = "off",
    }
}

wire_enum! {
    /// Type of the TXT ownership token, `ownership_verification.type` (spec §4.1).
    OwnershipVerificationType {
        /// A TXT record.
        Txt = "txt",
    }
}
