//! The trust list: which offices' attestations a verifier accepts, signed by whoever publishes
//! it (the relay operator or a municipality) and pinned by that key in the verifier.
//!
//! A compact JWS (`alg: "Ed25519"`, `typ: "mappe-trust-list+jwt"`) whose payload is
//! `{"v":1,"publisher":…,"iat":…,"agencies":[{"name":…,"kind":…,"ed25519":<hex>}]}`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::AttestError;
use super::jws::{self, Jws};
use crate::crypto::IdentitySecret;

/// The JWS `typ` of a trust list.
pub const TRUST_LIST_TYP: &str = "mappe-trust-list+jwt";
/// Largest trust list accepted, in bytes.
pub const MAX_TRUST_LIST: usize = 1024 * 1024;
/// Most offices one list may name.
pub const MAX_AGENCIES: usize = 10_000;

/// One office on the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedAgency {
    /// The name shown: "confirmed by" this name.
    pub name: String,
    /// Its kind (`auslaenderbehoerde`, `language_school`, …).
    pub kind: String,
    /// Its Ed25519 key, hex.
    pub ed25519: String,
}

/// A verified trust list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustList {
    /// Format version.
    pub v: u8,
    /// Who publishes it.
    pub publisher: String,
    /// When it was signed (Unix seconds).
    pub iat: u64,
    /// The offices.
    pub agencies: Vec<TrustedAgency>,
}

impl TrustList {
    /// Signs a list with the publisher's key.
    pub fn sign(key: &IdentitySecret, publisher: &str, agencies: Vec<TrustedAgency>, iat: u64) -> String {
        let list = Self { v: 1, publisher: publisher.to_string(), iat, agencies };
        let payload = match serde_json::to_value(&list) {
            Ok(Value::Object(m)) => m,
            _ => Map::new(),
        };
        Jws::sign(key, &jws::header(TRUST_LIST_TYP), &payload)
    }

    /// Checks the signature against the pinned key and reads the list.
    pub fn verify(token: &str, pinned: &[u8; 32]) -> Result<Self, AttestError> {
        if token.len() > MAX_TRUST_LIST {
            return Err(AttestError::TrustList("larger than 1 MiB"));
        }
        let jws = Jws::parse(token.trim()).map_err(|_| AttestError::TrustList("not a signed trust list"))?;
        if jws.typ() != Some(TRUST_LIST_TYP) {
            return Err(AttestError::TrustList("not a trust list (typ)"));
        }
        jws.verify_ed25519(pinned).map_err(|_| AttestError::TrustList("not signed by the pinned key"))?;
        let list: Self = serde_json::from_value(Value::Object(jws.payload))
            .map_err(|_| AttestError::TrustList("not the expected JSON"))?;
        if list.v != 1 {
            return Err(AttestError::TrustList("a newer format than this build reads"));
        }
        if list.agencies.len() > MAX_AGENCIES {
            return Err(AttestError::TrustList("too many offices"));
        }
        Ok(list)
    }

    /// The office with this Ed25519 key, if listed.
    pub fn find(&self, ed25519: &[u8; 32]) -> Option<&TrustedAgency> {
        let key = hex::encode(ed25519);
        self.agencies.iter().find(|a| a.ed25519.eq_ignore_ascii_case(&key))
    }
}
