//! Attestations: an office confirms facts about a person's key as an SD-JWT (RFC 9901).
//!
//! - [`jws`] and [`sdjwt`]: the standard parts (compact JWS with Ed25519, disclosures, digests,
//!   key binding).
//! - [`credential`]: Mappe's three kinds of attestation (residence paper, certificate,
//!   recognition notice) with SD-JWT VC claim names: issuing, checking on import, presenting
//!   inside a share, and the verdict a verifier shows.
//! - [`trust`]: the signed list of offices a verifier trusts, pinned by its key.
//! - [`status`]: the issuer's list of withdrawn attestations (Token Status List).
//!
//! A share's own signature says "stated by the person, unchanged since shared"; an attestation
//! says "confirmed by this office". The verdict types keep the two apart. Formats are in
//! `docs/spec/attestation-v1.md`.

pub mod credential;
pub mod jws;
pub mod registry;
pub mod sdjwt;
pub mod status;
pub mod trust;

pub use credential::{
    AttestKind, Held, IssueRequest, PresentationContext, Standing, Verdict, audience_for_agency, audience_for_share,
    entry_of, issue, present, status_uris, verify_presentation,
};
pub use status::{StatusList, StatusRef};
pub use trust::{TrustList, TrustedAgency};

/// Why an attestation, a trust list or a status list was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttestError {
    /// Larger than the limits.
    #[error("the attestation is larger than Mappe accepts")]
    TooLarge,
    /// Not the expected structure.
    #[error("not a valid attestation: {0}")]
    Malformed(&'static str),
    /// A signing or digest algorithm Mappe does not accept.
    #[error("the algorithm {0} is not accepted (Mappe uses Ed25519 and sha-256)")]
    Algorithm(String),
    /// The issuer's signature does not verify.
    #[error("the office's signature does not match: the attestation was altered")]
    Signature,
    /// A disclosure is not covered by the signed digests, or is used wrongly.
    #[error("a disclosed fact was not signed by the office ({0})")]
    Disclosure(&'static str),
    /// The key-binding JWT is missing or does not fit this share.
    #[error("the attestation is not bound to this share ({0})")]
    KeyBinding(&'static str),
    /// The attestation names another person's key.
    #[error("this attestation was issued to another person's key")]
    OtherHolder,
    /// An attestation type (`vct`) this build does not know.
    #[error("unknown kind of attestation: {0}")]
    UnknownType(String),
    /// Bad input when issuing.
    #[error("{0}")]
    Claim(String),
    /// The attestation's validity ended.
    #[error("the attestation expired on {0}")]
    Expired(String),
    /// The attestation is not valid yet.
    #[error("the attestation is not valid before {0}")]
    NotYetValid(String),
    /// A trust list that does not verify.
    #[error("the trust list cannot be used: {0}")]
    TrustList(&'static str),
    /// A status list that does not verify.
    #[error("the status list cannot be used: {0}")]
    StatusList(&'static str),
    /// The random generator failed.
    #[error("the operating system's random number generator failed")]
    Random,
}

impl AttestError {
    /// A stable machine-readable name (verdicts in JSON, test vectors).
    pub fn code(&self) -> &'static str {
        match self {
            Self::TooLarge => "too_large",
            Self::Malformed(_) => "malformed",
            Self::Algorithm(_) => "algorithm",
            Self::Signature => "bad_signature",
            Self::Disclosure(_) => "bad_disclosure",
            Self::KeyBinding(_) => "bad_key_binding",
            Self::OtherHolder => "other_holder",
            Self::UnknownType(_) => "unknown_type",
            Self::Claim(_) => "bad_claim",
            Self::Expired(_) => "expired",
            Self::NotYetValid(_) => "not_yet_valid",
            Self::TrustList(_) => "bad_trust_list",
            Self::StatusList(_) => "bad_status_list",
            Self::Random => "random",
        }
    }
}
