//! The wallet file: the Automerge document encrypted under the document key.
//!
//! ```text
//! offset  len  field
//! 0       7    header: "MAPPE", version 0x01, kind 0x02
//! 7       32   Ed25519 identity public key of the wallet that wrote it
//! 39      24   XChaCha20-Poly1305 nonce (random per save)
//! 63      n+16 ciphertext of automerge::save() ‖ tag; AAD = bytes 0..63
//! ```

use zeroize::Zeroizing;

use super::header::{FileKind, Header};
use crate::crypto::{self, NONCE_LEN, TAG_LEN};
use crate::error::{Error, Result};
use crate::keys::WalletKeys;

const AAD_END: usize = 63;
/// Largest wallet file this build opens (attachments live in their own files).
pub const MAX_WALLET_FILE: usize = 64 * 1024 * 1024;

/// Encrypts document bytes with a fresh random nonce.
pub fn seal(keys: &WalletKeys, document: &[u8]) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_LEN];
    crypto::fill_random(&mut nonce)?;
    Ok(seal_with(keys, document, &nonce))
}

/// Encrypts with a given nonce; for test vectors only.
pub fn seal_with(keys: &WalletKeys, document: &[u8], nonce: &[u8; NONCE_LEN]) -> Vec<u8> {
    let mut out = Vec::with_capacity(AAD_END + document.len() + TAG_LEN);
    out.extend_from_slice(&Header::encode(FileKind::Wallet));
    out.extend_from_slice(&keys.public_identity().0);
    out.extend_from_slice(nonce);
    let sealed = crypto::seal(keys.document_key(), nonce, &out, document);
    out.extend_from_slice(&sealed);
    out
}

/// Authenticates and decrypts a wallet file, returning the Automerge bytes.
pub fn open(keys: &WalletKeys, bytes: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    let what = FileKind::Wallet;
    Header::decode(bytes, what)?;
    if bytes.len() < AAD_END + TAG_LEN {
        return Err(Error::Truncated { what });
    }
    if bytes.len() > MAX_WALLET_FILE {
        return Err(Error::TooLarge {
            what: "the wallet file".into(),
            size: bytes.len() as u64,
            limit: MAX_WALLET_FILE as u64,
        });
    }
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&bytes[39..AAD_END]);
    // The public key in the header is bound by the tag; it is not compared separately, so any
    // change to any byte, including that key, is reported the same way: as damage.
    crypto::open(keys.document_key(), &nonce, &bytes[..AAD_END], &bytes[AAD_END..])
        .map(Zeroizing::new)
        .ok_or(Error::Integrity { what })
}
