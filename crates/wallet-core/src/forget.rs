//! Forgetting: the deletion receipt a relay signs when it deleted everything of a holder, and
//! the well-known document that publishes the relay's receipt key
//! (`docs/spec/relay-api-v1.md` section 12).
//!
//! The receipt travels as JSON, but the signature covers a fixed text form of its fields, so
//! any implementation can rebuild the signed bytes without matching a JSON serialiser:
//!
//! ```text
//! Ed25519-Sign(relay key, "mappe/v1/sig/deletion-receipt" ‖ 0x00 ‖ message)
//! message = "v=1\n"
//!           "relay=" relay "\n"
//!           "relay_key=" hex(relay key) "\n"
//!           "holder=" hex(holder key) "\n"
//!           "deleted_at=" decimal "\n"
//!           "shares=" n "\n" "share_blobs=" n "\n" "access_log=" n "\n"
//!           "log_entries=" n "\n" "log_blobs=" n "\n"
//!           "share_ids=" id "," id "," … "\n"      (base64url ids, in the receipt's order)
//! ```

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde::{Deserialize, Serialize};

use crate::crypto::{self, Domain, IdentitySecret, SIGNATURE_LEN};
use crate::keys::PublicIdentity;
use crate::share::ShareId;

/// The receipt format version this code writes and reads.
pub const RECEIPT_VERSION: u32 = 1;
/// The well-known document's format version.
pub const RELAY_KEY_VERSION: u32 = 1;
/// Where a relay publishes its receipt key.
pub const WELL_KNOWN_PATH: &str = "/.well-known/mappe-relay.json";
/// Longest relay URL a receipt carries.
const MAX_RELAY_URL: usize = 2048;

/// Why a receipt or a relay key document was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptError {
    /// A format version this code does not read.
    #[error("the relay's receipt has format version {got}; this version of Mappe reads version {expected}")]
    UnsupportedVersion {
        /// The version this code reads.
        expected: u32,
        /// The version found.
        got: u64,
    },
    /// A field is missing or not of its form.
    #[error("the relay's receipt or key document is malformed ({0})")]
    Malformed(String),
    /// The receipt names another relay key than the one the relay publishes.
    #[error("the receipt is signed for another relay key than the relay publishes")]
    WrongKey,
    /// The receipt names another holder.
    #[error("the receipt is about another wallet than this one")]
    WrongHolder,
    /// The signature does not verify.
    #[error("the receipt's signature does not verify against the relay's key")]
    BadSignature,
}

/// `GET /.well-known/mappe-relay.json`: the relay's receipt key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelayKeyDoc {
    /// [`RELAY_KEY_VERSION`].
    pub v: u32,
    /// The relay's Ed25519 public key, hex.
    pub key: String,
    /// Its short fingerprint ([`PublicIdentity::fingerprint`]), for comparing aloud.
    pub fingerprint: String,
}

impl RelayKeyDoc {
    /// The document for `key`.
    pub fn new(key: &[u8; 32]) -> Self {
        Self { v: RELAY_KEY_VERSION, key: hex::encode(key), fingerprint: PublicIdentity(*key).fingerprint() }
    }

    /// Reads the document; checks its version and that the fingerprint is the key's.
    pub fn parse(bytes: &[u8]) -> Result<Self, ReceiptError> {
        check_version(bytes, RELAY_KEY_VERSION)?;
        let doc: Self = serde_json::from_slice(bytes).map_err(|e| ReceiptError::Malformed(e.to_string()))?;
        let key = doc.key_bytes()?;
        if PublicIdentity(key).fingerprint() != doc.fingerprint {
            return Err(ReceiptError::Malformed("the fingerprint is not the key's".into()));
        }
        Ok(doc)
    }

    /// The key's 32 bytes.
    pub fn key_bytes(&self) -> Result<[u8; 32], ReceiptError> {
        hex32(&self.key, "key")
    }
}

/// What the relay deleted, by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deleted {
    /// Share rows, tombstones included.
    pub shares: u64,
    /// Encrypted scans of shares.
    pub share_blobs: u64,
    /// Access-log rows of those shares.
    pub access_log: u64,
    /// Sync log entries, the snapshot included.
    pub log_entries: u64,
    /// Encrypted scans of the sync log.
    pub log_blobs: u64,
}

/// A relay's signed statement that it deleted everything it held of one holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeletionReceipt {
    /// [`RECEIPT_VERSION`].
    pub v: u32,
    /// The relay's URL, as the relay names itself.
    pub relay: String,
    /// The relay's receipt key (hex), as at [`WELL_KNOWN_PATH`].
    pub relay_key: String,
    /// The holder's identity key (hex).
    pub holder: String,
    /// When the deletion was committed (Unix seconds, relay clock).
    pub deleted_at: u64,
    /// How much was deleted.
    pub deleted: Deleted,
    /// The ids (base64url) of the shares deleted, tombstones included.
    pub share_ids: Vec<String>,
    /// The relay's Ed25519 signature (base64url) over [`DeletionReceipt::signed_message`].
    pub sig: String,
}

impl DeletionReceipt {
    /// Makes and signs a receipt (the relay's side).
    pub fn sign(
        relay_secret: &IdentitySecret,
        relay: &str,
        holder: &[u8; 32],
        deleted_at: u64,
        deleted: Deleted,
        share_ids: &[[u8; 16]],
    ) -> Result<Self, ReceiptError> {
        let mut receipt = Self {
            v: RECEIPT_VERSION,
            relay: relay.to_string(),
            relay_key: hex::encode(relay_secret.public()),
            holder: hex::encode(holder),
            deleted_at,
            deleted,
            share_ids: share_ids.iter().map(|id| ShareId(*id).to_string()).collect(),
            sig: String::new(),
        };
        let message = receipt.signed_message()?;
        receipt.sig = B64.encode(relay_secret.sign(Domain::DeletionReceipt, &message));
        Ok(receipt)
    }

    /// Reads a receipt: the version first (expected and got), then the fields.
    pub fn parse(bytes: &[u8]) -> Result<Self, ReceiptError> {
        check_version(bytes, RECEIPT_VERSION)?;
        let receipt: Self = serde_json::from_slice(bytes).map_err(|e| ReceiptError::Malformed(e.to_string()))?;
        receipt.signed_message()?;
        Ok(receipt)
    }

    /// The bytes the signature covers (layout in the module documentation).
    pub fn signed_message(&self) -> Result<Vec<u8>, ReceiptError> {
        if self.v != RECEIPT_VERSION {
            return Err(ReceiptError::UnsupportedVersion { expected: RECEIPT_VERSION, got: u64::from(self.v) });
        }
        if self.relay.is_empty() || self.relay.len() > MAX_RELAY_URL || self.relay.chars().any(char::is_control) {
            return Err(ReceiptError::Malformed("`relay` must be a URL without control characters".into()));
        }
        let relay_key = hex32(&self.relay_key, "relay_key")?;
        let holder = hex32(&self.holder, "holder")?;
        for id in &self.share_ids {
            if id.len() != 22 || ShareId::parse(id).is_err() {
                return Err(ReceiptError::Malformed("a share id is not 22 base64url characters".into()));
            }
        }
        let d = &self.deleted;
        let text = format!(
            "v={}\nrelay={}\nrelay_key={}\nholder={}\ndeleted_at={}\nshares={}\nshare_blobs={}\naccess_log={}\n\
             log_entries={}\nlog_blobs={}\nshare_ids={}\n",
            self.v,
            self.relay,
            hex::encode(relay_key),
            hex::encode(holder),
            self.deleted_at,
            d.shares,
            d.share_blobs,
            d.access_log,
            d.log_entries,
            d.log_blobs,
            self.share_ids.join(","),
        );
        Ok(text.into_bytes())
    }

    /// Checks the receipt against the key the relay publishes and the holder who asked: the
    /// receipt names that key and that holder, and its signature verifies.
    pub fn verify(&self, relay_key: &[u8; 32], holder: &[u8; 32]) -> Result<(), ReceiptError> {
        let message = self.signed_message()?;
        if !crypto::ct_eq(&hex32(&self.relay_key, "relay_key")?, relay_key) {
            return Err(ReceiptError::WrongKey);
        }
        if !crypto::ct_eq(&hex32(&self.holder, "holder")?, holder) {
            return Err(ReceiptError::WrongHolder);
        }
        let sig: [u8; SIGNATURE_LEN] = B64
            .decode(self.sig.as_bytes())
            .ok()
            .and_then(|s| s.try_into().ok())
            .ok_or_else(|| ReceiptError::Malformed("`sig` is not base64url of 64 bytes".into()))?;
        if !crypto::verify(relay_key, Domain::DeletionReceipt, &message, &sig) {
            return Err(ReceiptError::BadSignature);
        }
        Ok(())
    }

    /// The relay key's short fingerprint, empty if the key is not hex of 32 bytes.
    pub fn relay_fingerprint(&self) -> String {
        hex32(&self.relay_key, "relay_key").map(|k| PublicIdentity(k).fingerprint()).unwrap_or_default()
    }
}

fn check_version(bytes: &[u8], expected: u32) -> Result<(), ReceiptError> {
    #[derive(Deserialize)]
    struct Version {
        v: Option<serde_json::Value>,
    }
    let version: Version = serde_json::from_slice(bytes).map_err(|e| ReceiptError::Malformed(e.to_string()))?;
    match version.v.as_ref().and_then(serde_json::Value::as_u64) {
        Some(got) if got == u64::from(expected) => Ok(()),
        Some(got) => Err(ReceiptError::UnsupportedVersion { expected, got }),
        None => Err(ReceiptError::Malformed("`v` is missing or not a number".into())),
    }
}

fn hex32(text: &str, what: &str) -> Result<[u8; 32], ReceiptError> {
    let bytes = hex::decode(text).map_err(|_| ReceiptError::Malformed(format!("`{what}` is not hex")))?;
    // Lower-case only, so one key has one spelling in the signed text.
    if hex::encode(&bytes) != text {
        return Err(ReceiptError::Malformed(format!("`{what}` is not lower-case hex")));
    }
    bytes.try_into().map_err(|_| ReceiptError::Malformed(format!("`{what}` is not 32 bytes")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::SecretKey;

    fn receipt() -> (IdentitySecret, DeletionReceipt) {
        let relay = IdentitySecret::from_seed(&SecretKey::from_bytes([9; 32]));
        let deleted = Deleted { shares: 2, share_blobs: 1, access_log: 3, log_entries: 4, log_blobs: 1 };
        let r = DeletionReceipt::sign(
            &relay,
            "https://relay.example",
            &[7; 32],
            1_700_000_000,
            deleted,
            &[[1; 16], [2; 16]],
        )
        .unwrap();
        (relay, r)
    }

    #[test]
    fn a_signed_receipt_verifies_and_survives_json() {
        let (relay, r) = receipt();
        let back = DeletionReceipt::parse(serde_json::to_string(&r).unwrap().as_bytes()).unwrap();
        assert_eq!(back, r);
        assert_eq!(back.verify(&relay.public(), &[7; 32]), Ok(()));
        assert_eq!(back.verify(&relay.public(), &[8; 32]), Err(ReceiptError::WrongHolder));
        assert_eq!(back.verify(&[1; 32], &[7; 32]), Err(ReceiptError::WrongKey));
    }

    #[test]
    fn every_field_is_covered_by_the_signature() {
        let (relay, r) = receipt();
        let mut changed = Vec::new();
        let mut t = r.clone();
        t.relay.push('x');
        changed.push(t);
        let mut t = r.clone();
        t.deleted_at += 1;
        changed.push(t);
        let mut t = r.clone();
        t.deleted.access_log += 1;
        changed.push(t);
        let mut t = r.clone();
        t.share_ids.pop();
        changed.push(t);
        for t in changed {
            assert_eq!(t.verify(&relay.public(), &[7; 32]), Err(ReceiptError::BadSignature));
        }
    }

    #[test]
    fn another_version_is_named() {
        let (_, r) = receipt();
        let mut v = serde_json::to_value(&r).unwrap();
        v["v"] = 2.into();
        assert_eq!(
            DeletionReceipt::parse(v.to_string().as_bytes()),
            Err(ReceiptError::UnsupportedVersion { expected: 1, got: 2 })
        );
    }

    #[test]
    fn the_key_document_checks_its_fingerprint() {
        let doc = RelayKeyDoc::new(&[5; 32]);
        let json = serde_json::to_vec(&doc).unwrap();
        assert_eq!(RelayKeyDoc::parse(&json).unwrap().key_bytes().unwrap(), [5; 32]);
        let mut bad = doc.clone();
        bad.fingerprint = RelayKeyDoc::new(&[6; 32]).fingerprint;
        assert!(RelayKeyDoc::parse(&serde_json::to_vec(&bad).unwrap()).is_err());
    }
}
