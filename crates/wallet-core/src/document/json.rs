//! The stable JSON export (`mappe show --json`), specified in `docs/spec/wallet-json-v1.md`.

use serde::Serialize;

use super::doc::WalletDoc;
use super::model::*;
use crate::error::Result;
use crate::keys::PublicIdentity;

/// The value of the `format` key; changes only when the shape changes incompatibly.
pub const JSON_FORMAT: &str = "mappe-wallet-json/1";

/// The whole wallet as JSON. Attachment keys are never part of it.
#[derive(Debug, Serialize)]
pub struct WalletJson {
    /// Always [`JSON_FORMAT`].
    pub format: &'static str,
    /// The wallet's public identity, when known.
    pub identity: Option<IdentityJson>,
    /// The profile.
    pub profile: Profile,
    /// CV entries, oldest first.
    pub cv: Vec<Item<CvEntry>>,
    /// Certificates, oldest first.
    pub certificates: Vec<Item<Certificate>>,
    /// Residence papers, oldest first.
    pub residence: Vec<Item<ResidencePaper>>,
    /// Attachment records (no keys).
    pub attachments: Vec<Item<AttachmentMeta>>,
}

/// The public key and its fingerprint.
#[derive(Debug, Serialize)]
pub struct IdentityJson {
    /// Ed25519 public key, hex.
    pub public_key: String,
    /// Short fingerprint for comparing aloud.
    pub fingerprint: String,
}

impl WalletJson {
    /// Builds the export from a document.
    pub fn from_doc(doc: &WalletDoc, identity: Option<PublicIdentity>) -> Result<Self> {
        Ok(Self {
            format: JSON_FORMAT,
            identity: identity.map(|id| IdentityJson { public_key: id.to_hex(), fingerprint: id.fingerprint() }),
            profile: doc.profile()?,
            cv: doc.cv()?,
            certificates: doc.certificates()?,
            residence: doc.residence()?,
            attachments: doc.attachments()?,
        })
    }

    /// Pretty-printed JSON with a stable key order.
    pub fn to_pretty(&self) -> String {
        // Serializing plain structs of strings and numbers cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
