//! Ed25519 (RFC 8032) identity keys and X25519 (RFC 7748) agreement keys.

use ed25519_dalek::SigningKey;
use x25519_dalek::{PublicKey as XPublic, StaticSecret};

use super::SecretKey;

/// An Ed25519 signing key; signs shares, relay writes and revocations (wiped on drop by dalek).
pub struct IdentitySecret(pub(super) Box<SigningKey>);

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
pub struct AgreementSecret(pub(super) Box<StaticSecret>);

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

/// What a signature is for. Each kind signs `tag ‖ 0x00 ‖ message`, so a signature made for one
/// purpose never verifies as another (design: domain separation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Domain {
    /// The holder's signature on a share manifest.
    ShareManifest,
    /// The owner's signature on what the relay stores for a share.
    ShareOwner,
    /// A signed HTTP request to the relay (including revocations).
    Request,
    /// A device's signature on a sync log entry.
    SyncEntry,
    /// An agency's signature on its public agency card.
    AgencyCard,
    /// An issuer's attestation.
    Attestation,
    /// A relay's receipt that it deleted everything of a holder.
    DeletionReceipt,
}

impl Domain {
    /// The tag prefixed to every message of this kind.
    pub fn tag(self) -> &'static [u8] {
        match self {
            Self::ShareManifest => b"mappe/v1/sig/share-manifest",
            Self::ShareOwner => b"mappe/v1/sig/share-owner",
            Self::Request => b"mappe/v1/sig/request",
            Self::SyncEntry => b"mappe/v1/sig/sync-entry",
            Self::AgencyCard => b"mappe/v1/sig/agency-card",
            Self::Attestation => b"mappe/v1/sig/attestation",
            Self::DeletionReceipt => b"mappe/v1/sig/deletion-receipt",
        }
    }

    fn message(self, msg: &[u8]) -> Vec<u8> {
        let tag = self.tag();
        let mut m = Vec::with_capacity(tag.len() + 1 + msg.len());
        m.extend_from_slice(tag);
        m.push(0);
        m.extend_from_slice(msg);
        m
    }
}

/// Length of an Ed25519 signature.
pub const SIGNATURE_LEN: usize = 64;

impl IdentitySecret {
    /// Signs `msg` for the purpose `domain`.
    pub fn sign(&self, domain: Domain, msg: &[u8]) -> [u8; SIGNATURE_LEN] {
        use ed25519_dalek::Signer;
        self.0.sign(&domain.message(msg)).to_bytes()
    }
}

impl IdentitySecret {
    /// Signs `msg` as it is, without a domain tag: only for JWS (RFC 7515), whose signing input
    /// the standard fixes. It always begins with base64url of `{"` ("eyJ"), which no domain tag
    /// ("mappe/v1/…") does, so a JWS signature never verifies as a domain-separated one.
    pub fn sign_jws(&self, signing_input: &[u8]) -> [u8; SIGNATURE_LEN] {
        use ed25519_dalek::Signer;
        self.0.sign(signing_input).to_bytes()
    }
}

/// Verifies an Ed25519 JWS signature (RFC 8037 / RFC 9864 `alg: "Ed25519"`) with `verify_strict`.
pub fn verify_jws(public: &[u8; 32], signing_input: &[u8], signature: &[u8]) -> bool {
    let (Ok(key), Ok(sig)) =
        (ed25519_dalek::VerifyingKey::from_bytes(public), <[u8; SIGNATURE_LEN]>::try_from(signature))
    else {
        return false;
    };
    key.verify_strict(signing_input, &ed25519_dalek::Signature::from_bytes(&sig)).is_ok()
}

/// Verifies an Ed25519 signature made for `domain` with `verify_strict` (no malleable or
/// small-order encodings).
pub fn verify(public: &[u8; 32], domain: Domain, msg: &[u8], signature: &[u8; SIGNATURE_LEN]) -> bool {
    let Ok(key) = ed25519_dalek::VerifyingKey::from_bytes(public) else {
        return false;
    };
    let sig = ed25519_dalek::Signature::from_bytes(signature);
    key.verify_strict(&domain.message(msg), &sig).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_for_one_domain_fails_for_every_other() {
        let key = IdentitySecret::from_seed(&SecretKey::from_bytes([3; 32]));
        let all = [
            Domain::ShareManifest,
            Domain::ShareOwner,
            Domain::Request,
            Domain::SyncEntry,
            Domain::AgencyCard,
            Domain::Attestation,
            Domain::DeletionReceipt,
        ];
        for a in all {
            let sig = key.sign(a, b"same bytes");
            for b in all {
                assert_eq!(verify(&key.public(), b, b"same bytes", &sig), a == b, "{a:?} vs {b:?}");
            }
            assert!(!verify(&key.public(), a, b"other bytes", &sig));
        }
    }
}
