//! Wrapping a 32-byte key to an X25519 public key with HPKE (RFC 9180): base mode,
//! DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305.

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, OpModeR, OpModeS, Serializable};

use super::{AgreementSecret, SecretKey};

/// Length of a wrapped key: 32-byte encapsulated key ‖ 32-byte ciphertext ‖ 16-byte tag.
pub const WRAPPED_KEY_LEN: usize = 80;

type Kem = X25519HkdfSha256;

/// Wraps `key` so only the holder of the X25519 secret for `recipient` can unwrap it.
pub fn wrap_key(recipient: &[u8; 32], key: &SecretKey, info: &[u8], aad: &[u8]) -> Option<[u8; WRAPPED_KEY_LEN]> {
    let pk = <Kem as hpke::Kem>::PublicKey::from_bytes(recipient).ok()?;
    let (encapped, ct) =
        hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, Kem>(&OpModeS::Base, &pk, info, key.expose(), aad)
            .ok()?;
    let mut out = [0u8; WRAPPED_KEY_LEN];
    let enc = encapped.to_bytes();
    if enc.len() != 32 || ct.len() != 48 {
        return None;
    }
    out[..32].copy_from_slice(&enc);
    out[32..].copy_from_slice(&ct);
    Some(out)
}

impl AgreementSecret {
    /// Unwraps a key wrapped to this secret's public key; `None` if it was wrapped to another
    /// key, or `info`/`aad` differ, or the bytes were changed.
    pub fn unwrap_key(&self, wrapped: &[u8], info: &[u8], aad: &[u8]) -> Option<SecretKey> {
        if wrapped.len() != WRAPPED_KEY_LEN {
            return None;
        }
        let sk = <Kem as hpke::Kem>::PrivateKey::from_bytes(self.0.as_bytes()).ok()?;
        let encapped = <Kem as hpke::Kem>::EncappedKey::from_bytes(&wrapped[..32]).ok()?;
        let plain = zeroize::Zeroizing::new(
            hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
                &OpModeR::Base,
                &sk,
                &encapped,
                info,
                &wrapped[32..],
                aad,
            )
            .ok()?,
        );
        let bytes: [u8; 32] = plain.as_slice().try_into().ok()?;
        Some(SecretKey::from_bytes(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_to_the_right_key_only() {
        let alice = AgreementSecret::from_seed(&SecretKey::from_bytes([1; 32]));
        let bob = AgreementSecret::from_seed(&SecretKey::from_bytes([2; 32]));
        // HPKE's view of the public key matches X25519's.
        let sk = <Kem as hpke::Kem>::PrivateKey::from_bytes(alice.0.as_bytes()).unwrap();
        assert_eq!(<Kem as hpke::Kem>::sk_to_pk(&sk).to_bytes().as_slice(), alice.public().as_slice());
        let key = SecretKey::from_bytes([9; 32]);
        let wrapped = wrap_key(&alice.public(), &key, b"info", b"aad").unwrap();
        assert_eq!(alice.unwrap_key(&wrapped, b"info", b"aad").unwrap(), key);
        assert!(bob.unwrap_key(&wrapped, b"info", b"aad").is_none());
        assert!(alice.unwrap_key(&wrapped, b"info", b"other").is_none());
        let mut bad = wrapped;
        bad[40] ^= 1;
        assert!(alice.unwrap_key(&bad, b"info", b"aad").is_none());
    }
}
