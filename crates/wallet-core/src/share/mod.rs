//! Shares: chosen fields of the wallet as a signed, encrypted, expiring, revocable capability.
//!
//! A share is a *projection* of chosen fields and entries (and chosen scans, re-encrypted for
//! the share) inside a *manifest* signed by the holder's identity key, encrypted under a fresh
//! share key and stored on a relay. A bearer share's key travels in the URL fragment; an
//! addressed share's key is wrapped to an agency's X25519 key with HPKE. Byte layouts are in
//! `docs/spec/share-v1.md`.

pub mod agency;
pub mod consent;
mod format;
pub(crate) mod paths;
mod reencrypt;
pub mod request;
pub mod seen;
mod url;

pub use format::{
    AttachmentRef, Audience, ConsentText, EncryptedShare, MANIFEST_VERSION, MAX_MANIFEST, Manifest, OpenedShare,
    PresentedAttestation, ShareError, ShareId, ShareKey, SharedBlob, VerifyOptions, WRAP_INFO, open_share,
    owner_message, seal_share, seal_share_with,
};
pub use paths::{Described, FieldPath, Selection, select};
pub use reencrypt::{MAX_SHARED_SCAN, reencrypt};
pub use url::{ShareLink, check_relay_url};

#[cfg(not(target_arch = "wasm32"))]
pub use crate::time::now;
pub use crate::time::{date_of, datetime_of, last_valid_date};
