//! Chunked XChaCha20-Poly1305 with the STREAM construction (big-endian 32-bit counter).
//!
//! STREAM gives each chunk its own nonce (prefix ‖ counter ‖ last-flag), so chunks cannot be
//! reordered, dropped or the stream cut short without the tag check failing.

use aead_stream::{DecryptorBE32, EncryptorBE32};
use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::KeyInit;

use super::SecretKey;

/// Length of the random nonce prefix: 24-byte XChaCha nonce minus 4 counter bytes and 1 flag byte.
pub const STREAM_NONCE_PREFIX_LEN: usize = 19;

/// Encrypts a stream chunk by chunk; the caller keeps one chunk in memory at a time.
pub struct StreamEncryptor(EncryptorBE32<XChaCha20Poly1305>);

impl StreamEncryptor {
    /// Starts a stream under `key` with a random, never reused `nonce_prefix`.
    pub fn new(key: &SecretKey, nonce_prefix: &[u8; STREAM_NONCE_PREFIX_LEN]) -> Self {
        let aead = XChaCha20Poly1305::new(key.expose().into());
        Self(EncryptorBE32::from_aead(aead, nonce_prefix.into()))
    }

    /// Encrypts a chunk that is not the last one in place (the tag is appended to `buf`).
    pub fn next(&mut self, aad: &[u8], buf: &mut Vec<u8>) -> Result<(), StreamError> {
        self.0.encrypt_next_in_place(aad, buf).map_err(|_| StreamError)
    }

    /// Encrypts the final chunk in place and ends the stream.
    pub fn last(self, aad: &[u8], buf: &mut Vec<u8>) -> Result<(), StreamError> {
        self.0.encrypt_last_in_place(aad, buf).map_err(|_| StreamError)
    }
}

/// Decrypts a stream chunk by chunk.
pub struct StreamDecryptor(DecryptorBE32<XChaCha20Poly1305>);

impl StreamDecryptor {
    /// Starts decrypting a stream under `key` with the prefix stored in its header.
    pub fn new(key: &SecretKey, nonce_prefix: &[u8; STREAM_NONCE_PREFIX_LEN]) -> Self {
        let aead = XChaCha20Poly1305::new(key.expose().into());
        Self(DecryptorBE32::from_aead(aead, nonce_prefix.into()))
    }

    /// Authenticates and decrypts a chunk that is not the last one, in place.
    pub fn next(&mut self, aad: &[u8], buf: &mut Vec<u8>) -> Result<(), StreamError> {
        self.0.decrypt_next_in_place(aad, buf).map_err(|_| StreamError)
    }

    /// Authenticates and decrypts the final chunk, in place.
    pub fn last(self, aad: &[u8], buf: &mut Vec<u8>) -> Result<(), StreamError> {
        self.0.decrypt_last_in_place(aad, buf).map_err(|_| StreamError)
    }
}

/// A chunk failed authentication (or the stream's counter ran out).
#[derive(Debug, thiserror::Error)]
#[error("a chunk of the encrypted stream failed authentication")]
pub struct StreamError;
