//! The wallet's keys: one root secret and the keys derived from it.
//!
//! ```text
//! root secret (32 bytes, OS RNG)
//!   ├─ HKDF-SHA256 info "mappe/v1/ed25519" → Ed25519 identity key
//!   ├─ HKDF-SHA256 info "mappe/v1/x25519"  → X25519 agreement key
//!   └─ HKDF-SHA256 info "mappe/v1/doc-key" → document key (XChaCha20-Poly1305)
//! ```

mod recovery;

pub use recovery::{RECOVERY_CODE_CHARS, RecoveryCode};

use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::crypto::{self, AgreementSecret, IdentitySecret, SecretKey};
use crate::error::Result;
use crate::wire::base32;

/// HKDF label for the Ed25519 identity key.
pub const LABEL_IDENTITY: &[u8] = b"mappe/v1/ed25519";
/// HKDF label for the X25519 agreement key.
pub const LABEL_AGREEMENT: &[u8] = b"mappe/v1/x25519";
/// HKDF label for the document key.
pub const LABEL_DOCUMENT: &[u8] = b"mappe/v1/doc-key";
/// Domain tag hashed in front of a public key to make its fingerprint.
pub const LABEL_FINGERPRINT: &[u8] = b"mappe/v1/fingerprint";

/// The 32-byte secret everything else derives from; wiped on drop, never printed.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct RootSecret(#[zeroize(skip)] SecretKey);

impl RootSecret {
    /// A new root secret from the operating system's random generator.
    pub fn generate() -> Result<Self> {
        Ok(Self(SecretKey::random()?))
    }

    /// Wraps known bytes (tests, recovery).
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(SecretKey::from_bytes(bytes))
    }

    /// The raw secret; only the keystore and recovery code need it.
    pub fn expose(&self) -> &[u8; 32] {
        self.0.expose()
    }

    /// The recovery code that writes this secret down.
    pub fn recovery_code(&self) -> RecoveryCode {
        RecoveryCode::from_secret(self)
    }

    /// Derives the wallet's keys.
    pub fn derive(&self) -> WalletKeys {
        let identity_seed = crypto::hkdf_sha256(self.expose(), LABEL_IDENTITY);
        let agreement_seed = crypto::hkdf_sha256(self.expose(), LABEL_AGREEMENT);
        WalletKeys {
            identity: IdentitySecret::from_seed(&identity_seed),
            agreement: AgreementSecret::from_seed(&agreement_seed),
            document: crypto::hkdf_sha256(self.expose(), LABEL_DOCUMENT),
        }
    }
}

impl std::fmt::Debug for RootSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RootSecret([redacted])")
    }
}

/// The keys derived from a root secret.
pub struct WalletKeys {
    identity: IdentitySecret,
    agreement: AgreementSecret,
    document: SecretKey,
}

impl WalletKeys {
    /// The Ed25519 identity key.
    pub fn identity(&self) -> &IdentitySecret {
        &self.identity
    }

    /// The X25519 agreement key.
    pub fn agreement(&self) -> &AgreementSecret {
        &self.agreement
    }

    /// The key that encrypts the wallet document.
    pub fn document_key(&self) -> &SecretKey {
        &self.document
    }

    /// The public half of the identity, as shown to people and written in headers.
    pub fn public_identity(&self) -> PublicIdentity {
        PublicIdentity(self.identity.public())
    }
}

impl std::fmt::Debug for WalletKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WalletKeys")
            .field("identity", &self.identity)
            .field("agreement", &self.agreement)
            .field("document", &self.document)
            .finish()
    }
}

/// An Ed25519 public key that names a wallet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicIdentity(pub [u8; 32]);

impl PublicIdentity {
    /// A short fingerprint for comparing aloud: 16 base32 characters in 4 groups
    /// (the first 80 bits of SHA-256("mappe/v1/fingerprint" ‖ key)).
    pub fn fingerprint(&self) -> String {
        let mut input = Vec::with_capacity(LABEL_FINGERPRINT.len() + 32);
        input.extend_from_slice(LABEL_FINGERPRINT);
        input.extend_from_slice(&self.0);
        let digest = crypto::sha256(&input);
        let text = base32::encode(&digest[..10]);
        text.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
    }

    /// Lower-case hex of the key.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_give_distinct_keys() {
        let root = RootSecret::from_bytes([7; 32]);
        let keys = root.derive();
        assert_ne!(keys.identity().public(), keys.agreement().public());
        assert_ne!(keys.document_key().expose(), root.expose());
    }

    #[test]
    fn debug_never_prints_secrets() {
        let root = RootSecret::from_bytes([0xAB; 32]);
        let keys = root.derive();
        let shown = format!("{root:?} {keys:?}");
        assert!(!shown.contains(&hex::encode(root.expose())));
        assert!(!shown.contains(&hex::encode(keys.document_key().expose())));
        assert!(shown.contains("redacted"));
        assert_eq!(format!("{root:?}"), "RootSecret([redacted])");
    }

    #[test]
    fn fingerprint_has_four_groups() {
        let fp = RootSecret::from_bytes([1; 32]).derive().public_identity().fingerprint();
        assert_eq!(fp.len(), 19);
        assert_eq!(fp.split('-').count(), 4);
    }
}
