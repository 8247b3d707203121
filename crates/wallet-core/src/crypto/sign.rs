//! Ed25519 (RFC 8032) identity keys and X25519 (RFC 7748) agreement keys.

use ed25519_dalek::SigningKey;
use x25519_dalek::{PublicKey as XPublic, StaticSecret};

use super::SecretKey;

/// An Ed25519 signing key; signs shares, relay writes and revocations (wiped on drop by dalek).
pub struct IdentitySecret(Box<SigningKey>);

impl IdentitySecret {
    /// Builds the key from a 32-byte seed.
    pub fn from_seed(seed: &SecretKey) -> Self {
        Self(Box::new(SigningKey::from_bytes(seed.expose())))
    }

    /// The public verifying key.
    pub fn public(&self) -> [u8; 32] {
        self.0.verifying_key().to_bytes()
    }
}

impl std::fmt::Debug for IdentitySecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "IdentitySecret(public: {})", hex::encode(self.public()))
    }
}

/// An X25519 static secret; receives share keys wrapped to this wallet (wiped on drop by dalek).
pub struct AgreementSecret(Box<StaticSecret>);

impl AgreementSecret {
    /// Builds the key from 32 bytes (clamped by X25519 itself).
    pub fn from_seed(seed: &SecretKey) -> Self {
        Self(Box::new(StaticSecret::from(*seed.expose())))
    }

    /// The public key.
    pub fn public(&self) -> [u8; 32] {
        XPublic::from(&*self.0).to_bytes()
    }
}

impl std::fmt::Debug for AgreementSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AgreementSecret(public: {})", hex::encode(self.public()))
    }
}

/// The Ed25519 public key for a seed.
pub fn identity_public(seed: &SecretKey) -> [u8; 32] {
    IdentitySecret::from_seed(seed).public()
}

/// The X25519 public key for a seed.
pub fn agreement_public(seed: &SecretKey) -> [u8; 32] {
    AgreementSecret::from_seed(seed).public()
}
