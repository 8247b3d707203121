//! JWS compact serialization (RFC 7515 §7.1) with Ed25519 (RFC 9864 `alg: "Ed25519"`).
//!
//! Only what SD-JWT needs: parse the three parts, keep the exact signing input, sign and verify
//! with Ed25519. Other algorithms are parsed (their signature can be checked by a caller that has
//! the primitive, as the RFC 9901 tests do for ES256) but never accepted by Mappe's own checks.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde_json::{Map, Value};

use super::AttestError;
use crate::crypto::{self, IdentitySecret};

/// The JWS algorithm Mappe signs and accepts (RFC 9864 deprecates the polymorphic `EdDSA`).
pub const ALG: &str = "Ed25519";

/// A parsed compact JWS; the signature is not checked yet.
#[derive(Debug, Clone)]
pub struct Jws {
    /// The protected header.
    pub header: Map<String, Value>,
    /// The payload (always a JSON object here).
    pub payload: Map<String, Value>,
    /// `BASE64URL(header) . BASE64URL(payload)`, the bytes that were signed.
    pub signing_input: String,
    /// The raw signature.
    pub signature: Vec<u8>,
}

/// Decodes unpadded base64url, refusing padding and other alphabets.
pub(crate) fn b64(part: &str) -> Result<Vec<u8>, AttestError> {
    B64.decode(part.as_bytes()).map_err(|_| AttestError::Malformed("a part is not base64url"))
}

/// Encodes unpadded base64url.
pub(crate) fn b64e(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

fn object(bytes: &[u8]) -> Result<Map<String, Value>, AttestError> {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(m)) => Ok(m),
        _ => Err(AttestError::Malformed("a JWT part is not a JSON object")),
    }
}

impl Jws {
    /// Splits and decodes a compact JWS.
    pub fn parse(compact: &str) -> Result<Self, AttestError> {
        let mut parts = compact.split('.');
        let (Some(h), Some(p), Some(s), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(AttestError::Malformed("a JWT has three parts separated by dots"));
        };
        let header = object(&b64(h)?)?;
        let payload = object(&b64(p)?)?;
        Ok(Self { header, payload, signing_input: format!("{h}.{p}"), signature: b64(s)? })
    }

    /// The header's `alg`.
    pub fn alg(&self) -> Option<&str> {
        self.header.get("alg").and_then(Value::as_str)
    }

    /// The header's `typ`.
    pub fn typ(&self) -> Option<&str> {
        self.header.get("typ").and_then(Value::as_str)
    }

    /// Checks an Ed25519 signature by `key` (and that the header says `Ed25519`).
    pub fn verify_ed25519(&self, key: &[u8; 32]) -> Result<(), AttestError> {
        if self.alg() != Some(ALG) {
            return Err(AttestError::Algorithm(self.alg().unwrap_or("none").to_string()));
        }
        if crypto::verify_jws(key, self.signing_input.as_bytes(), &self.signature) {
            Ok(())
        } else {
            Err(AttestError::Signature)
        }
    }

    /// Signs `header` and `payload` with Ed25519 and gives the compact form.
    pub fn sign(key: &IdentitySecret, header: &Map<String, Value>, payload: &Map<String, Value>) -> String {
        let input = format!(
            "{}.{}",
            b64e(&serde_json::to_vec(header).unwrap_or_default()),
            b64e(&serde_json::to_vec(payload).unwrap_or_default())
        );
        let sig = key.sign_jws(input.as_bytes());
        format!("{input}.{}", b64e(&sig))
    }
}

/// A header `{"alg":"Ed25519","typ":typ}`.
pub fn header(typ: &str) -> Map<String, Value> {
    let mut h = Map::new();
    h.insert("alg".into(), ALG.into());
    h.insert("typ".into(), typ.into());
    h
}
