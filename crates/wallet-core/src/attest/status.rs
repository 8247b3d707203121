//! Withdrawal: the issuer publishes which of its attestations it withdrew, as a Token Status
//! List (draft-ietf-oauth-status-list): a JWT (`typ: "statuslist+jwt"`) whose `status_list`
//! holds one bit per attestation, zlib-compressed (RFC 1950), base64url. Bit `idx` is bit
//! `idx % 8` (least significant first) of byte `idx / 8`; 1 means withdrawn.

use std::io::{Read as _, Write as _};

use serde_json::{Map, Value};

use super::AttestError;
use super::jws::{self, Jws, b64, b64e};
use crate::crypto::IdentitySecret;

/// The JWS `typ` of a status list token.
pub const STATUS_LIST_TYP: &str = "statuslist+jwt";
/// Largest status list token accepted, in bytes.
pub const MAX_STATUS_TOKEN: usize = 256 * 1024;
/// Largest decompressed list (8 M attestations).
const MAX_BITS_BYTES: u64 = 1024 * 1024;

/// Where an attestation's status is kept: the `status.status_list` claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusRef {
    /// The list's URL (`https://relay/v1/status/<issuer hex>`).
    pub uri: String,
    /// This attestation's index in it.
    pub idx: u64,
}

impl StatusRef {
    /// The claim value `{"status_list":{"idx":…,"uri":…}}`.
    pub fn to_claim(&self) -> Value {
        serde_json::json!({"status_list": {"idx": self.idx, "uri": self.uri}})
    }

    /// Reads the claim value.
    pub fn from_claim(v: &Value) -> Option<Self> {
        let l = v.get("status_list")?;
        Some(Self { uri: l.get("uri")?.as_str()?.to_string(), idx: l.get("idx")?.as_u64()? })
    }
}

/// A verified status list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusList {
    /// The issuer whose key signed it.
    pub issuer: [u8; 32],
    /// Its URL (`sub`).
    pub uri: String,
    /// When it was signed.
    pub iat: u64,
    bits: Vec<u8>,
}

impl StatusList {
    /// Signs a list of `len` attestations of which `withdrawn` are withdrawn.
    pub fn sign(key: &IdentitySecret, uri: &str, len: u64, withdrawn: &[u64], iat: u64) -> Result<String, AttestError> {
        let size = len.div_ceil(8).max(1);
        if size > MAX_BITS_BYTES {
            return Err(AttestError::StatusList("too many attestations for one list"));
        }
        let mut bits = vec![0u8; size as usize];
        for &i in withdrawn {
            if i >= len {
                return Err(AttestError::StatusList("an index beyond the list"));
            }
            bits[(i / 8) as usize] |= 1 << (i % 8);
        }
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&bits).map_err(|_| AttestError::StatusList("cannot compress"))?;
        let lst = z.finish().map_err(|_| AttestError::StatusList("cannot compress"))?;
        let mut payload = Map::new();
        payload.insert("sub".into(), uri.into());
        payload.insert("iat".into(), iat.into());
        payload.insert("status_list".into(), serde_json::json!({"bits": 1, "lst": b64e(&lst)}));
        Ok(Jws::sign(key, &jws::header(STATUS_LIST_TYP), &payload))
    }

    /// Checks a token: signed by `issuer`, for `uri` (when given), and readable.
    pub fn verify(token: &str, issuer: &[u8; 32], uri: Option<&str>) -> Result<Self, AttestError> {
        if token.len() > MAX_STATUS_TOKEN {
            return Err(AttestError::StatusList("larger than 256 KiB"));
        }
        let jws = Jws::parse(token.trim()).map_err(|_| AttestError::StatusList("not a signed status list"))?;
        if jws.typ() != Some(STATUS_LIST_TYP) {
            return Err(AttestError::StatusList("not a status list (typ)"));
        }
        jws.verify_ed25519(issuer).map_err(|_| AttestError::StatusList("not signed by the issuing office"))?;
        let sub = jws.payload.get("sub").and_then(Value::as_str).ok_or(AttestError::StatusList("no sub"))?;
        if uri.is_some_and(|u| u != sub) {
            return Err(AttestError::StatusList("a list for another address"));
        }
        let iat = jws.payload.get("iat").and_then(Value::as_u64).ok_or(AttestError::StatusList("no iat"))?;
        let list = jws.payload.get("status_list").ok_or(AttestError::StatusList("no status_list"))?;
        if list.get("bits").and_then(Value::as_u64) != Some(1) {
            return Err(AttestError::StatusList("only one bit per attestation is read"));
        }
        let lst = list.get("lst").and_then(Value::as_str).ok_or(AttestError::StatusList("no lst"))?;
        let compressed = b64(lst).map_err(|_| AttestError::StatusList("lst is not base64url"))?;
        let mut bits = Vec::new();
        flate2::read::ZlibDecoder::new(compressed.as_slice())
            .take(MAX_BITS_BYTES + 1)
            .read_to_end(&mut bits)
            .map_err(|_| AttestError::StatusList("lst is not zlib"))?;
        if bits.len() as u64 > MAX_BITS_BYTES {
            return Err(AttestError::StatusList("the list is too long"));
        }
        Ok(Self { issuer: *issuer, uri: sub.to_string(), iat, bits })
    }

    /// Whether attestation `idx` is withdrawn; `None` when the list does not reach it.
    pub fn is_withdrawn(&self, idx: u64) -> Option<bool> {
        let byte = self.bits.get(usize::try_from(idx / 8).ok()?)?;
        Some(byte >> (idx % 8) & 1 == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::SecretKey;

    #[test]
    fn withdrawn_bits_are_read_back_and_a_foreign_signature_is_refused() {
        let k = IdentitySecret::from_seed(&SecretKey::from_bytes([7; 32]));
        let token = StatusList::sign(&k, "https://r/v1/status/x", 20, &[0, 9, 19], 100).unwrap();
        let list = StatusList::verify(&token, &k.public(), Some("https://r/v1/status/x")).unwrap();
        let got: Vec<bool> = (0..20).map(|i| list.is_withdrawn(i).unwrap()).collect();
        assert!(got[0] && got[9] && got[19]);
        assert_eq!(got.iter().filter(|b| **b).count(), 3);
        assert_eq!(list.is_withdrawn(24), None);
        let other = IdentitySecret::from_seed(&SecretKey::from_bytes([8; 32]));
        assert!(StatusList::verify(&token, &other.public(), None).is_err());
        assert!(StatusList::verify(&token, &k.public(), Some("https://r/v1/status/y")).is_err());
    }

    #[test]
    fn the_draft_example_list_reads_as_the_draft_says() {
        // draft-ietf-oauth-status-list §4.1, 1-bit example: status[0]=1, [1]=0, [2]=0, [3]=1,
        // [4]=1, [5]=1, [6]=0, [7]=1, [8]=1, [9]=1, [10]=0, [11]=0, [12]=0, [13]=1, [14]=0, [15]=1.
        let compressed = b64("eNrbuRgAAhcBXQ").unwrap();
        let mut bits = Vec::new();
        flate2::read::ZlibDecoder::new(compressed.as_slice()).read_to_end(&mut bits).unwrap();
        let list = StatusList { issuer: [0; 32], uri: String::new(), iat: 0, bits };
        let expect = [1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1];
        for (i, e) in expect.iter().enumerate() {
            assert_eq!(list.is_withdrawn(i as u64), Some(*e == 1), "index {i}");
        }
    }
}
