//! Key derivation: HKDF-SHA256 (RFC 5869) and Argon2id (RFC 9106).

use argon2::{Algorithm, Argon2, Params, Version};
use hkdf::Hkdf;
use sha2::Sha256;

use super::SecretKey;

/// HKDF-SHA256 with an empty salt: derives a 32-byte key from `ikm` for the purpose named by `info`.
pub fn hkdf_sha256(ikm: &[u8], info: &[u8]) -> SecretKey {
    let hk = Hkdf::<Sha256>::new(None, ikm);
    let mut out = [0u8; 32];
    // 32 bytes is far below HKDF-SHA256's limit of 255 * 32 bytes.
    let _ = hk.expand(info, &mut out);
    SecretKey::from_bytes(out)
}

/// Argon2id cost parameters, stored in a keystore's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Argon2Params {
    /// Memory in KiB.
    pub m_cost: u32,
    /// Number of passes.
    pub t_cost: u32,
    /// Degree of parallelism.
    pub p_cost: u32,
}

impl Argon2Params {
    /// The parameters new keystores use: 46 MiB, 1 pass, 1 lane (OWASP's Argon2id baseline),
    /// chosen so a mid-range phone unlocks in well under a second.
    pub const DEFAULT: Self = Self { m_cost: 47_104, t_cost: 1, p_cost: 1 };

    /// Largest memory cost a keystore may ask for (1 GiB), so a hostile file cannot exhaust memory.
    pub const MAX_M_COST: u32 = 1 << 20;
    /// Largest number of passes a keystore may ask for.
    pub const MAX_T_COST: u32 = 64;
    /// Largest parallelism a keystore may ask for.
    pub const MAX_P_COST: u32 = 16;

    /// Whether these parameters are within the limits this version accepts.
    pub fn is_acceptable(&self) -> bool {
        (8..=Self::MAX_M_COST).contains(&self.m_cost)
            && (1..=Self::MAX_T_COST).contains(&self.t_cost)
            && (1..=Self::MAX_P_COST).contains(&self.p_cost)
            && self.m_cost >= 8 * self.p_cost
    }
}

/// Stretches a passphrase into a 32-byte key with Argon2id v1.3; `None` for unusable parameters.
pub fn passphrase_key(passphrase: &[u8], salt: &[u8], params: Argon2Params) -> Option<SecretKey> {
    if !params.is_acceptable() {
        return None;
    }
    let params = Params::new(params.m_cost, params.t_cost, params.p_cost, Some(32)).ok()?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = [0u8; 32];
    argon.hash_password_into(passphrase, salt, &mut out).ok()?;
    Some(SecretKey::from_bytes(out))
}
