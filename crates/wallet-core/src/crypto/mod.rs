//! The only module that touches cryptographic primitive crates.
//!
//! Everything else in wallet-core calls these functions, so the choice of
//! primitives (and their versions) is visible in one place and the rest of
//! the code speaks in terms of Mappe's own types.

mod aead;
mod kdf;
mod sign;
mod stream;

pub use aead::{AEAD_KEY_LEN, NONCE_LEN, TAG_LEN, open, seal};
pub use kdf::{Argon2Params, hkdf_sha256, passphrase_key};
pub use sign::{AgreementSecret, IdentitySecret, agreement_public, identity_public};
pub use stream::{STREAM_NONCE_PREFIX_LEN, StreamDecryptor, StreamEncryptor};

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// A 32-byte symmetric key, wiped from memory when dropped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SecretKey(Box<[u8; 32]>);

impl SecretKey {
    /// Wraps raw key bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        let mut boxed = Box::new([0u8; 32]);
        boxed.copy_from_slice(&bytes);
        let mut bytes = bytes;
        bytes.zeroize();
        Self(boxed)
    }

    /// A fresh random key from the operating system's generator.
    pub fn random() -> Result<Self, RngError> {
        let mut boxed = Box::new([0u8; 32]);
        fill_random(boxed.as_mut_slice())?;
        Ok(Self(boxed))
    }

    /// The raw key bytes; callers must not copy them into long-lived memory.
    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }
}

impl PartialEq for SecretKey {
    fn eq(&self, other: &Self) -> bool {
        ct_eq(self.0.as_slice(), other.0.as_slice())
    }
}

impl Eq for SecretKey {}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey([redacted])")
    }
}

/// The operating system's random generator failed.
#[derive(Debug, thiserror::Error)]
#[error("the operating system's random number generator failed")]
pub struct RngError;

/// Fills `buf` from the operating system's random generator.
pub fn fill_random(buf: &mut [u8]) -> Result<(), RngError> {
    getrandom::fill(buf).map_err(|_| RngError)
}

/// SHA-256 of `data`.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// SHA-256 computed over data that arrives in pieces.
#[derive(Default, Clone)]
pub struct Sha256Stream(Sha256);

impl Sha256Stream {
    /// Starts an empty hash.
    pub fn new() -> Self {
        Self(Sha256::new())
    }

    /// Feeds more data.
    pub fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    /// The digest of everything fed so far.
    pub fn finish(self) -> [u8; 32] {
        self.0.finalize().into()
    }
}

/// Constant-time equality for MACs, checksums and tokens.
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}
