//! The only module that touches cryptographic primitive crates.
//!
//! Everything else in wallet-core calls these functions, so the choice of
//! primitives (and their versions) is visible in one place and the rest of
//! the code speaks in terms of Mappe's own types.

mod aead;
mod kdf;
mod sign;
mod stream;
mod wrap;

pub use aead::{AEAD_KEY_LEN, NONCE_LEN, TAG_LEN, open, seal};
pub use kdf::{Argon2Params, hkdf_sha256, passphrase_key};
pub use sign::{
    AgreementSecret, Domain, IdentitySecret, SIGNATURE_LEN, agreement_public, identity_public, verify, verify_jws,
};
pub use stream::{STREAM_NONCE_PREFIX_LEN, StreamDecryptor, StreamEncryptor, StreamError};
pub use wrap::{WRAPPED_KEY_LEN, wrap_key};

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

/// Known-answer tests from the RFCs, read from `test-vectors/rfc/`.
#[cfg(test)]
mod rfc_vectors {
    use super::*;
    use serde_json::Value;

    fn load(name: &str) -> Value {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/rfc").join(name);
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
    }

    fn hexv(v: &Value, key: &str) -> Vec<u8> {
        hex::decode(v[key].as_str().unwrap()).unwrap()
    }

    fn key32(bytes: &[u8]) -> SecretKey {
        SecretKey::from_bytes(bytes.try_into().unwrap())
    }

    #[test]
    fn hkdf_rfc5869() {
        let v = load("hkdf-sha256-rfc5869.json");
        let okm = hkdf_sha256(&hexv(&v["inputs"], "ikm"), &hexv(&v["inputs"], "info"));
        assert_eq!(okm.expose().to_vec(), hexv(&v["expected"], "okm"));
    }

    #[test]
    fn ed25519_rfc8032() {
        let v = load("ed25519-rfc8032.json");
        let seed = key32(&hexv(&v["inputs"], "seed"));
        assert_eq!(identity_public(&seed).to_vec(), hexv(&v["expected"], "public"));
    }

    #[test]
    fn x25519_rfc7748() {
        let v = load("x25519-rfc7748.json");
        let private = key32(&hexv(&v["inputs"], "private"));
        assert_eq!(agreement_public(&private).to_vec(), hexv(&v["expected"], "public"));
    }

    #[test]
    fn xchacha20poly1305_draft() {
        let v = load("xchacha20poly1305-draft-a3.json");
        let i = &v["inputs"];
        let key = key32(&hexv(i, "key"));
        let nonce: [u8; NONCE_LEN] = hexv(i, "nonce").try_into().unwrap();
        let sealed = seal(&key, &nonce, &hexv(i, "aad"), &hexv(i, "plaintext"));
        assert_eq!(sealed, hexv(&v["expected"], "sealed"));
        assert_eq!(open(&key, &nonce, &hexv(i, "aad"), &sealed).unwrap(), hexv(i, "plaintext"));
        let mut bad = sealed.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert!(open(&key, &nonce, &hexv(i, "aad"), &bad).is_none());
        assert!(open(&key, &nonce, b"other aad", &sealed).is_none());
    }

    #[test]
    fn argon2id_rfc9106() {
        use argon2::{Algorithm, Argon2, AssociatedData, ParamsBuilder, Version};
        let v = load("argon2id-rfc9106.json");
        let i = &v["inputs"];
        let ad = hexv(i, "ad");
        let secret = hexv(i, "secret");
        let params = ParamsBuilder::new()
            .m_cost(i["m_cost"].as_u64().unwrap() as u32)
            .t_cost(i["t_cost"].as_u64().unwrap() as u32)
            .p_cost(i["p_cost"].as_u64().unwrap() as u32)
            .data(AssociatedData::new(&ad).unwrap())
            .output_len(32)
            .build()
            .unwrap();
        let argon = Argon2::new_with_secret(&secret, Algorithm::Argon2id, Version::V0x13, params).unwrap();
        let mut out = [0u8; 32];
        argon.hash_password_into(&hexv(i, "password"), &hexv(i, "salt"), &mut out).unwrap();
        assert_eq!(out.to_vec(), hexv(&v["expected"], "tag"));
    }
}
