//! Signed requests to the relay.
//!
//! A signed request carries four headers: `Mappe-Key` (the Ed25519 public key, base64url),
//! `Mappe-Time` (Unix seconds), `Mappe-Nonce` (16 random bytes, base64url) and
//! `Mappe-Signature` (base64url). The signature, domain "mappe/v1/sig/request", covers
//! `METHOD "\n" PATH_AND_QUERY "\n" TIME "\n" NONCE "\n" hex(SHA-256(body))`.
//! The relay accepts a time within its clock-skew window and each signature only once; the nonce
//! makes two honest requests in the same second differ (Ed25519 signatures are deterministic).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;

use crate::crypto::{self, Domain, IdentitySecret, SIGNATURE_LEN};

/// Header with the signer's public key.
pub const HEADER_KEY: &str = "mappe-key";
/// Header with the signing time.
pub const HEADER_TIME: &str = "mappe-time";
/// Header with the random nonce.
pub const HEADER_NONCE: &str = "mappe-nonce";
/// Header with the signature.
pub const HEADER_SIGNATURE: &str = "mappe-signature";

/// The three header values of a signed request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedHeaders {
    /// `Mappe-Key`.
    pub key: String,
    /// `Mappe-Time`.
    pub time: String,
    /// `Mappe-Nonce`.
    pub nonce: String,
    /// `Mappe-Signature`.
    pub signature: String,
}

/// Why a signed request was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    /// A header is missing or not well-formed.
    #[error("the request signature headers are missing or malformed")]
    Malformed,
    /// The time is outside the clock-skew window.
    #[error("the request time is too far from the relay's clock")]
    Stale,
    /// The signature does not verify.
    #[error("the request signature does not verify")]
    BadSignature,
}

/// The exact bytes a request signature covers (before the domain tag).
pub fn request_message(method: &str, path_and_query: &str, time: u64, nonce: &str, body_sha256: &[u8; 32]) -> Vec<u8> {
    format!("{method}\n{path_and_query}\n{time}\n{nonce}\n{}", hex::encode(body_sha256)).into_bytes()
}

/// Signs a request with a fresh random nonce.
pub fn sign_request(
    identity: &IdentitySecret,
    method: &str,
    path_and_query: &str,
    time: u64,
    body_sha256: &[u8; 32],
) -> SignedHeaders {
    let mut nonce = [0u8; 16];
    // Without the OS generator the nonce is all zeros: requests still verify, and at worst the
    // relay refuses an identical second request in the same second as a replay.
    let _ = crypto::fill_random(&mut nonce);
    sign_request_with_nonce(identity, method, path_and_query, time, &B64.encode(nonce), body_sha256)
}

/// Signs a request with a given nonce (test vectors).
pub fn sign_request_with_nonce(
    identity: &IdentitySecret,
    method: &str,
    path_and_query: &str,
    time: u64,
    nonce: &str,
    body_sha256: &[u8; 32],
) -> SignedHeaders {
    let msg = request_message(method, path_and_query, time, nonce, body_sha256);
    SignedHeaders {
        key: B64.encode(identity.public()),
        time: time.to_string(),
        nonce: nonce.to_string(),
        signature: B64.encode(identity.sign(Domain::Request, &msg)),
    }
}

/// A verified request: who signed it, and the signature (for the replay cache).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedRequest {
    /// The signer's Ed25519 key.
    pub key: [u8; 32],
    /// The signature bytes.
    pub signature: [u8; SIGNATURE_LEN],
    /// The signed time.
    pub time: u64,
}

/// Verifies a signed request at time `now` with a window of `skew` seconds either side.
#[allow(clippy::too_many_arguments)]
pub fn verify_request(
    key: &str,
    time: &str,
    nonce: &str,
    signature: &str,
    method: &str,
    path_and_query: &str,
    body_sha256: &[u8; 32],
    now: u64,
    skew: u64,
) -> Result<VerifiedRequest, RequestError> {
    let key: [u8; 32] =
        B64.decode(key.as_bytes()).ok().and_then(|k| k.try_into().ok()).ok_or(RequestError::Malformed)?;
    let signature: [u8; SIGNATURE_LEN] =
        B64.decode(signature.as_bytes()).ok().and_then(|s| s.try_into().ok()).ok_or(RequestError::Malformed)?;
    if time.len() > 20 || !time.bytes().all(|b| b.is_ascii_digit()) {
        return Err(RequestError::Malformed);
    }
    let t: u64 = time.parse().map_err(|_| RequestError::Malformed)?;
    if nonce.is_empty()
        || nonce.len() > 64
        || !nonce.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(RequestError::Malformed);
    }
    if t.abs_diff(now) > skew {
        return Err(RequestError::Stale);
    }
    let msg = request_message(method, path_and_query, t, nonce, body_sha256);
    if !crypto::verify(&key, Domain::Request, &msg, &signature) {
        return Err(RequestError::BadSignature);
    }
    Ok(VerifiedRequest { key, signature, time: t })
}

/// Decodes a base64url Ed25519 public key (as in `Mappe-Key`).
pub fn decode_key(text: &str) -> Option<[u8; 32]> {
    B64.decode(text.as_bytes()).ok()?.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::SecretKey;

    #[test]
    fn verifies_and_refuses() {
        let id = IdentitySecret::from_seed(&SecretKey::from_bytes([4; 32]));
        let body = crypto::sha256(b"{}");
        let path = "/v1/shares/x/revoke";
        let h = sign_request(&id, "POST", path, 1000, &body);
        let v = |nonce: &str, sig: &str, path: &str, body: &[u8; 32], now: u64| {
            verify_request(&h.key, &h.time, nonce, sig, "POST", path, body, now, 300)
        };
        assert_eq!(v(&h.nonce, &h.signature, path, &body, 1010).unwrap().key, id.public());
        assert_eq!(v(&h.nonce, &h.signature, path, &body, 2000), Err(RequestError::Stale));
        assert_eq!(v(&h.nonce, &h.signature, "/v1/shares/y/revoke", &body, 1000), Err(RequestError::BadSignature));
        assert_eq!(v(&h.nonce, &h.signature, path, &[0; 32], 1000), Err(RequestError::BadSignature));
        assert_eq!(v("AAAAAAAAAAAAAAAAAAAAAA", &h.signature, path, &body, 1000), Err(RequestError::BadSignature));
        // Two requests with the same content in the same second still differ.
        let again = sign_request(&id, "POST", path, 1000, &body);
        assert_ne!(again.signature, h.signature);
        // A manifest signature over the same bytes does not pass as a request signature.
        let msg = request_message("POST", path, 1000, &h.nonce, &body);
        let manifest_sig = B64.encode(id.sign(Domain::ShareManifest, &msg));
        assert_eq!(v(&h.nonce, &manifest_sig, path, &body, 1000), Err(RequestError::BadSignature));
    }
}
