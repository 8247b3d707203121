//! XChaCha20-Poly1305 (RFC 8439 with the extended 192-bit nonce) for whole buffers.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

use super::SecretKey;

/// Key length of XChaCha20-Poly1305 in bytes.
pub const AEAD_KEY_LEN: usize = 32;
/// Nonce length of XChaCha20-Poly1305 in bytes; long enough to pick at random.
pub const NONCE_LEN: usize = 24;
/// Length of the Poly1305 tag appended to every ciphertext.
pub const TAG_LEN: usize = 16;

/// Encrypts `plaintext`, binding `aad`; returns ciphertext with the tag appended.
pub fn seal(key: &SecretKey, nonce: &[u8; NONCE_LEN], aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(key.expose().into());
    #[allow(clippy::expect_used)]
    cipher
        .encrypt(&XNonce::from(*nonce), Payload { msg: plaintext, aad })
        // Fails only for plaintexts beyond 256 GiB; every caller has a far smaller size limit.
        .expect("plaintext within XChaCha20-Poly1305's length limit")
}

/// Decrypts and authenticates; `None` when the key, nonce, AAD or ciphertext do not match.
pub fn open(key: &SecretKey, nonce: &[u8; NONCE_LEN], aad: &[u8], ciphertext: &[u8]) -> Option<Vec<u8>> {
    let cipher = XChaCha20Poly1305::new(key.expose().into());
    cipher.decrypt(&XNonce::from(*nonce), Payload { msg: ciphertext, aad }).ok()
}
