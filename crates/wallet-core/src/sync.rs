//! The encrypted sync log: Automerge changes of one wallet, sealed under the document key and
//! signed, as a relay stores them for the person's devices. Specified in `docs/spec/sync-v1.md`.
//!
//! ```text
//! offset  len  field
//! 0       7    header "MAPPE", version 0x01, kind 0x05
//! 7       1    entry type: 0x01 changes, 0x02 snapshot
//! 8       32   holder Ed25519 public key
//! 40      8    sequence number (u64 BE); for a snapshot, the last sequence it replaces
//! 48      24   XChaCha20-Poly1305 nonce
//! 72      ...  ciphertext of the Automerge bytes ‖ tag; AAD = bytes 0..72
//! ```
//! Every entry is signed (domain "mappe/v1/sig/sync-entry") over all its bytes by the holder's
//! identity key; the relay checks the signature before storing, devices before merging.

use crate::crypto::{self, Domain, NONCE_LEN, SIGNATURE_LEN, TAG_LEN};
use crate::keys::WalletKeys;
use crate::wire::{FileKind, Header};

/// Length of the entry header (the AAD).
pub const ENTRY_HEAD: usize = 72;
/// Largest entry a device writes or accepts (Automerge bytes; scans travel as blobs).
pub const MAX_ENTRY: usize = 8 * 1024 * 1024;

/// What an entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryType {
    /// Changes since the previous entries.
    Changes,
    /// A whole document replacing entries up to its sequence number.
    Snapshot,
}

impl EntryType {
    fn byte(self) -> u8 {
        match self {
            Self::Changes => 0x01,
            Self::Snapshot => 0x02,
        }
    }
}

/// Why an entry was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EntryError {
    /// Not a sync entry of this version, or too short.
    #[error("not a Mappe sync log entry of a known version")]
    Format,
    /// The header names another holder, sequence number or type than expected.
    #[error("the sync log entry is not the one expected at this place in the log")]
    Misplaced,
    /// The signature does not verify.
    #[error("the sync log entry's signature does not verify")]
    BadSignature,
    /// Decryption failed: altered or damaged.
    #[error("integrity check failed: a sync log entry was altered or damaged; nothing was merged")]
    Integrity,
    /// Larger than allowed.
    #[error("the sync log entry is too large")]
    TooLarge,
}

impl EntryError {
    /// A stable machine-readable name (test vectors, logs).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Format => "format",
            Self::Misplaced => "misplaced",
            Self::BadSignature => "bad_signature",
            Self::Integrity => "integrity",
            Self::TooLarge => "too_large",
        }
    }
}

/// The public header fields of an entry (readable without keys; the relay uses these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryHeader {
    /// Changes or snapshot.
    pub kind: EntryType,
    /// The holder's identity key.
    pub holder: [u8; 32],
    /// Sequence number.
    pub seq: u64,
}

/// Reads an entry's header without decrypting it.
pub fn entry_header(entry: &[u8]) -> Result<EntryHeader, EntryError> {
    if entry.len() < ENTRY_HEAD + TAG_LEN {
        return Err(EntryError::Format);
    }
    if entry.len() > MAX_ENTRY + ENTRY_HEAD + TAG_LEN {
        return Err(EntryError::TooLarge);
    }
    Header::decode(entry, FileKind::SyncEntry).map_err(|_| EntryError::Format)?;
    let kind = match entry[7] {
        0x01 => EntryType::Changes,
        0x02 => EntryType::Snapshot,
        _ => return Err(EntryError::Format),
    };
    let mut holder = [0u8; 32];
    holder.copy_from_slice(&entry[8..40]);
    let mut seq = [0u8; 8];
    seq.copy_from_slice(&entry[40..48]);
    Ok(EntryHeader { kind, holder, seq: u64::from_be_bytes(seq) })
}

/// Verifies an entry's signature by its holder.
pub fn verify_entry(entry: &[u8], signature: &[u8; SIGNATURE_LEN]) -> Result<EntryHeader, EntryError> {
    let header = entry_header(entry)?;
    if !crypto::verify(&header.holder, Domain::SyncEntry, entry, signature) {
        return Err(EntryError::BadSignature);
    }
    Ok(header)
}

/// Seals Automerge bytes as entry `seq` of this wallet's log and signs it.
pub fn seal_entry(
    keys: &WalletKeys,
    kind: EntryType,
    seq: u64,
    automerge: &[u8],
) -> Result<(Vec<u8>, [u8; SIGNATURE_LEN]), EntryError> {
    if automerge.len() > MAX_ENTRY {
        return Err(EntryError::TooLarge);
    }
    let mut nonce = [0u8; NONCE_LEN];
    crypto::fill_random(&mut nonce).map_err(|_| EntryError::Format)?;
    let mut out = Vec::with_capacity(ENTRY_HEAD + automerge.len() + TAG_LEN);
    out.extend_from_slice(&Header::encode(FileKind::SyncEntry));
    out.push(kind.byte());
    out.extend_from_slice(&keys.identity().public());
    out.extend_from_slice(&seq.to_be_bytes());
    out.extend_from_slice(&nonce);
    let sealed = crypto::seal(keys.document_key(), &nonce, &out, automerge);
    out.extend_from_slice(&sealed);
    let sig = keys.identity().sign(Domain::SyncEntry, &out);
    Ok((out, sig))
}

/// Verifies and decrypts an entry that must be of `kind` with sequence number `seq`.
pub fn open_entry(
    keys: &WalletKeys,
    kind: EntryType,
    seq: u64,
    entry: &[u8],
    signature: &[u8; SIGNATURE_LEN],
) -> Result<zeroize::Zeroizing<Vec<u8>>, EntryError> {
    let header = verify_entry(entry, signature)?;
    if header.holder != keys.identity().public() || header.seq != seq || header.kind != kind {
        return Err(EntryError::Misplaced);
    }
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&entry[48..ENTRY_HEAD]);
    crypto::open(keys.document_key(), &nonce, &entry[..ENTRY_HEAD], &entry[ENTRY_HEAD..])
        .map(zeroize::Zeroizing::new)
        .ok_or(EntryError::Integrity)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::RootSecret;

    #[test]
    fn seals_opens_and_refuses() {
        let keys = RootSecret::from_bytes([8; 32]).derive();
        let (entry, sig) = seal_entry(&keys, EntryType::Changes, 7, b"automerge bytes").unwrap();
        assert_eq!(
            entry_header(&entry).unwrap(),
            EntryHeader { kind: EntryType::Changes, holder: keys.identity().public(), seq: 7 }
        );
        assert_eq!(&open_entry(&keys, EntryType::Changes, 7, &entry, &sig).unwrap()[..], b"automerge bytes");
        assert_eq!(open_entry(&keys, EntryType::Changes, 8, &entry, &sig).unwrap_err(), EntryError::Misplaced);
        assert_eq!(open_entry(&keys, EntryType::Snapshot, 7, &entry, &sig).unwrap_err(), EntryError::Misplaced);
        for at in 0..entry.len() {
            let mut bad = entry.clone();
            bad[at] ^= 1;
            assert!(open_entry(&keys, EntryType::Changes, 7, &bad, &sig).is_err(), "byte {at}");
        }
        // A valid signature from another wallet does not make an entry this wallet's.
        let other = RootSecret::from_bytes([9; 32]).derive();
        let (foreign, fsig) = seal_entry(&other, EntryType::Changes, 7, b"x").unwrap();
        assert_eq!(open_entry(&keys, EntryType::Changes, 7, &foreign, &fsig).unwrap_err(), EntryError::Misplaced);
        // A share-manifest signature over the entry is not a sync signature.
        let wrong = keys.identity().sign(Domain::ShareManifest, &entry);
        assert_eq!(verify_entry(&entry, &wrong).unwrap_err(), EntryError::BadSignature);
    }
}
