//! What an issuing office remembers of the attestations it issued: the next status index, and
//! which ones it withdrew, so that it can publish its status list again at any time.

use serde::{Deserialize, Serialize};

use super::AttestError;
use super::credential::AttestKind;
use super::status::{StatusList, StatusRef};
use crate::crypto::IdentitySecret;

/// Largest registry file read.
pub const MAX_REGISTRY: usize = 8 * 1024 * 1024;

/// One issued attestation (no claim values: the office's own files keep those).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issued {
    /// Its index in the status list.
    pub idx: u64,
    /// The kind.
    pub kind: AttestKind,
    /// The holder's key, hex.
    pub holder: String,
    /// Issued (Unix seconds).
    pub issued_at: u64,
    /// Ends (Unix seconds).
    pub expires_at: u64,
    /// When the office withdrew it.
    pub withdrawn_at: Option<u64>,
}

/// The office's registry (`attestations.json` in the office folder).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registry {
    /// Format version.
    pub v: u8,
    /// The relay where the status list is published.
    pub relay: String,
    /// Everything issued, by index.
    pub issued: Vec<Issued>,
    /// The `iat` of the last status list signed: the next one is later, as the relay keeps
    /// only a newer list.
    #[serde(default)]
    pub last_iat: u64,
}

impl Registry {
    /// An empty registry publishing at `relay`.
    pub fn new(relay: &str) -> Self {
        Self { v: 1, relay: relay.trim_end_matches('/').to_string(), issued: Vec::new(), last_iat: 0 }
    }

    /// Reads a registry file.
    pub fn parse(bytes: &[u8]) -> Result<Self, AttestError> {
        let r: Self =
            serde_json::from_slice(bytes).map_err(|_| AttestError::Malformed("the registry is not readable"))?;
        if r.v != 1 {
            return Err(AttestError::Malformed("the registry has a newer format"));
        }
        Ok(r)
    }

    /// The status list URL of `issuer` at this registry's relay.
    pub fn status_uri(&self, issuer: &[u8; 32]) -> String {
        format!("{}/v1/status/{}", self.relay, hex::encode(issuer))
    }

    /// Reserves the next index for a new attestation.
    pub fn next(&self, issuer: &[u8; 32]) -> StatusRef {
        StatusRef { uri: self.status_uri(issuer), idx: self.issued.len() as u64 }
    }

    /// Marks attestation `idx` withdrawn; an unknown index is an error.
    pub fn withdraw(&mut self, idx: u64, now: u64) -> Result<&Issued, AttestError> {
        let i = self
            .issued
            .iter_mut()
            .find(|i| i.idx == idx)
            .ok_or_else(|| AttestError::Claim(format!("this office issued no attestation number {idx}")))?;
        i.withdrawn_at.get_or_insert(now);
        Ok(i)
    }

    /// The signed status list of everything issued so far, dated after the last one (two lists
    /// in the same second would otherwise not replace each other on the relay).
    pub fn status_token(&mut self, issuer: &IdentitySecret, now: u64) -> Result<String, AttestError> {
        let withdrawn: Vec<u64> = self.issued.iter().filter(|i| i.withdrawn_at.is_some()).map(|i| i.idx).collect();
        let iat = now.max(self.last_iat + 1);
        let token =
            StatusList::sign(issuer, &self.status_uri(&issuer.public()), self.issued.len() as u64, &withdrawn, iat)?;
        self.last_iat = iat;
        Ok(token)
    }
}
