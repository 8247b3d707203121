//! Signed requests to the relay.
//!
//! A signed request carries three headers: `Mappe-Key` (the Ed25519 public key, base64url),
//! `Mappe-Time` (Unix seconds) and `Mappe-Signature` (base64url). The signature, domain
//! "mappe/v1/sig/request", covers
//! `METHOD "\n" PATH_AND_QUERY "\n" TIME "\n" hex(SHA-256(body))`.
//! The relay accepts a time within its clock-skew window and each signature only once.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;

use crate::crypto::{self, Domain, IdentitySecret, SIGNATURE_LEN};

/// Header with the signer's public key.
pub const HEADER_KEY: &str = "mappe-key";
/// Header with the signing time.
pub const HEADER_TIME: &str = "mappe-time";
/// Header with the signature.
pub const HEADER_SIGNATURE: &str = "mappe-signature";

/// The three header values of a signed request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedHeaders {
    /// `Mappe-Key`.
    pub key: String,
    /// `Mappe-Time`.
    pub time: String,
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
pub fn request_message(
    method: &str,
    path_and_query: &str,
    time: u64,
    body_sha256: &[u8; 32],
) -> Vec<u8> {
    format!(
        "{method}\n{path_and_query}\n{time}\n{}",
        hex::encode(body_sha256)
    )
    .into_bytes()
}

/// Signs a request.
pub fn sign_request(
    identity: &IdentitySecret,
    method: &str,
    path_and_query: &str,
    time: u64,
    body_sha256: &[u8; 32],
) -> SignedHeaders {
    let msg = request_message(method, path_and_query, time, body_sha256);
    SignedHeaders {
        key: B64.encode(identity.public()),
        time: time.to_string(),
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
    signature: &str,
    method: &str,
    path_and_query: &str,
    body_sha256: &[u8; 32],
    now: u64,
    skew: u64,
) -> Result<VerifiedRequest, RequestError> {
    let key: [u8; 32] = B64
        .decode(key.as_bytes())
        .ok()
        .and_then(|k| k.try_into().ok())
        .ok_or(RequestError::Malformed)?;
    let signature: [u8; SIGNATURE_LEN] = B64
        .decode(signature.as_bytes())
        .ok()
        .and_then(|s| s.try_into().ok())
        .ok_or(RequestError::Malformed)?;
    if time.len() > 20 || !time.bytes().all(|b| b.is_ascii_digit()) {
        return Err(RequestError::Malformed);
    }
    let t: u64 = time.parse().map_err(|_| RequestError::Malformed)?;
    if t.abs_diff(now) > skew {
        return Err(RequestError::Stale);
    }
    let msg = request_message(method, path_and_query, t, body_sha256);
    if !crypto::verify(&key, Domain::Request, &msg, &signature) {
        return Err(RequestError::BadSignature);
    }
    Ok(VerifiedRequest {
        key,
        signature,
        time: t,
    })
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
        let h = sign_request(&id, "POST", "/v1/shares/x/revoke", 1000, &body);
        let ok = verify_request(
            &h.key,
            &h.time,
            &h.signature,
            "POST",
            "/v1/shares/x/revoke",
            &body,
            1010,
            300,
        );
        assert_eq!(ok.unwrap().key, id.public());
        let stale = verify_request(
            &h.key,
            &h.time,
            &h.signature,
            "POST",
            "/v1/shares/x/revoke",
            &body,
            2000,
            300,
        );
        assert_eq!(stale, Err(RequestError::Stale));
        let other_path = verify_request(
            &h.key,
            &h.time,
            &h.signature,
            "POST",
            "/v1/shares/y/revoke",
            &body,
            1000,
            300,
        );
        assert_eq!(other_path, Err(RequestError::BadSignature));
        let other_body = verify_request(
            &h.key,
            &h.time,
            &h.signature,
            "POST",
            "/v1/shares/x/revoke",
            &[0; 32],
            1000,
            300,
        );
        assert_eq!(other_body, Err(RequestError::BadSignature));
        // A manifest signature over the same bytes does not pass as a request signature.
        let msg = request_message("POST", "/v1/shares/x/revoke", 1000, &body);
        let manifest_sig = B64.encode(id.sign(Domain::ShareManifest, &msg));
        let cross = verify_request(
            &h.key,
            &h.time,
            &manifest_sig,
            "POST",
            "/v1/shares/x/revoke",
            &body,
            1000,
            300,
        );
        assert_eq!(cross, Err(RequestError::BadSignature));
    }
}
