//! SD-JWT (RFC 9901): disclosures, digests, the compact `~` form and key binding.
//!
//! The processing rules are RFC 9901 §7.1 (issuer-signed JWT and disclosures) and §7.3 (key
//! binding). The issuer signature is checked by the caller before [`SdJwt::claims`] is trusted,
//! because the key and algorithm depend on who is verifying (Mappe: Ed25519 from `iss`; the
//! RFC's own examples: ES256).

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::AttestError;
use super::jws::{Jws, b64, b64e};
use crate::crypto;

/// Largest SD-JWT or presentation accepted, in bytes.
pub const MAX_SD_JWT: usize = 64 * 1024;
/// Most disclosures one SD-JWT may carry.
pub const MAX_DISCLOSURES: usize = 256;
/// How deep nested objects and arrays may go.
const MAX_DEPTH: usize = 16;
/// The `typ` of a key-binding JWT (RFC 9901 §4.3).
pub const KB_TYP: &str = "kb+jwt";

/// One disclosure: `[salt, name, value]` for an object property or `[salt, value]` for an array
/// element, base64url-encoded JSON (RFC 9901 §4.2).
#[derive(Debug, Clone, PartialEq)]
pub struct Disclosure {
    /// The base64url text exactly as it appears in the SD-JWT (digests are over these bytes).
    pub encoded: String,
    /// The salt.
    pub salt: String,
    /// The claim name; `None` for an array element.
    pub name: Option<String>,
    /// The disclosed value.
    pub value: Value,
}

impl Disclosure {
    /// Makes a disclosure (the JSON array is written compactly).
    pub fn new(salt: &str, name: Option<&str>, value: Value) -> Self {
        let mut arr = vec![Value::String(salt.into())];
        if let Some(n) = name {
            arr.push(Value::String(n.into()));
        }
        arr.push(value.clone());
        let encoded = b64e(&serde_json::to_vec(&Value::Array(arr)).unwrap_or_default());
        Self { encoded, salt: salt.into(), name: name.map(str::to_string), value }
    }

    /// Decodes a disclosure as found in an SD-JWT.
    pub fn parse(encoded: &str) -> Result<Self, AttestError> {
        let bad = AttestError::Malformed("a disclosure is not [salt, name, value] or [salt, value]");
        let arr = match serde_json::from_slice::<Value>(&b64(encoded)?) {
            Ok(Value::Array(a)) => a,
            _ => return Err(bad),
        };
        let salt = arr.first().and_then(Value::as_str).ok_or_else(|| bad.clone())?.to_string();
        let (name, value) = match arr.as_slice() {
            [_, Value::String(n), v] => (Some(n.clone()), v.clone()),
            [_, v] => (None, v.clone()),
            _ => return Err(bad),
        };
        Ok(Self { encoded: encoded.to_string(), salt, name, value })
    }

    /// base64url(SHA-256(encoded disclosure)), the digest placed in `_sd` or `{"...": …}`.
    pub fn digest(&self) -> String {
        digest(self.encoded.as_bytes())
    }
}

/// base64url(SHA-256(bytes)).
pub fn digest(bytes: &[u8]) -> String {
    b64e(&crypto::sha256(bytes))
}

/// An SD-JWT as sent: the issuer-signed JWT, its disclosures, and maybe a key-binding JWT.
#[derive(Debug, Clone)]
pub struct SdJwt {
    /// The issuer-signed JWT, compact.
    pub jwt_text: String,
    /// The issuer-signed JWT, parsed.
    pub jwt: Jws,
    /// The disclosures, in order.
    pub disclosures: Vec<Disclosure>,
    /// The key-binding JWT, compact, if any.
    pub kb_text: Option<String>,
}

impl SdJwt {
    /// Parses `<JWT>~<D1>~…~<Dn>~[<KB-JWT>]` (RFC 9901 §4).
    pub fn parse(text: &str) -> Result<Self, AttestError> {
        if text.len() > MAX_SD_JWT {
            return Err(AttestError::TooLarge);
        }
        let Some((jwt_text, rest)) = text.split_once('~') else {
            return Err(AttestError::Malformed("an SD-JWT ends with `~` or a key-binding JWT"));
        };
        let mut parts: Vec<&str> = rest.split('~').collect();
        // The last part is empty (no key binding) or the KB-JWT.
        let last = parts.pop().unwrap_or_default();
        let kb_text = (!last.is_empty()).then(|| last.to_string());
        if parts.len() > MAX_DISCLOSURES {
            return Err(AttestError::TooLarge);
        }
        let disclosures =
            parts
                .iter()
                .map(|p| {
                    if p.is_empty() { Err(AttestError::Malformed("an empty disclosure")) } else { Disclosure::parse(p) }
                })
                .collect::<Result<Vec<_>, _>>()?;
        Ok(Self { jwt_text: jwt_text.to_string(), jwt: Jws::parse(jwt_text)?, disclosures, kb_text })
    }

    /// The compact form without a key-binding JWT: `<JWT>~<D1>~…~<Dn>~`.
    pub fn issued_part(&self) -> String {
        let mut s = self.jwt_text.clone();
        s.push('~');
        for d in &self.disclosures {
            s.push_str(&d.encoded);
            s.push('~');
        }
        s
    }

    /// The `sd_hash` a key-binding JWT must carry: the digest of [`SdJwt::issued_part`].
    pub fn sd_hash(&self) -> String {
        digest(self.issued_part().as_bytes())
    }

    /// The claims with every disclosure put in place (RFC 9901 §7.1 steps 3–5); the issuer
    /// signature must be checked separately.
    pub fn claims(&self) -> Result<Map<String, Value>, AttestError> {
        match self.jwt.payload.get("_sd_alg") {
            None => {}
            Some(Value::String(a)) if a == "sha-256" => {}
            Some(other) => return Err(AttestError::Algorithm(format!("_sd_alg {other}"))),
        }
        let mut by_digest: HashMap<String, &Disclosure> = HashMap::new();
        for d in &self.disclosures {
            if by_digest.insert(d.digest(), d).is_some() {
                return Err(AttestError::Disclosure("the same disclosure is sent twice"));
            }
        }
        let mut state = Resolve { by_digest, seen: HashSet::new(), used: 0 };
        let mut payload = self.jwt.payload.clone();
        payload.remove("_sd_alg");
        let out = state.object(payload, 0)?;
        // §7.1 step 4: every disclosure must be referenced by a digest in the signed payload.
        if state.used != self.disclosures.len() {
            return Err(AttestError::Disclosure("a disclosure is not in the issuer-signed digests"));
        }
        Ok(out)
    }

    /// Checks the key-binding JWT (RFC 9901 §7.3): `typ`, signature by `holder_key`, `sd_hash`,
    /// `nonce` and `aud`; gives its `iat`.
    pub fn verify_key_binding(&self, holder_key: &[u8; 32], nonce: &str, aud: &str) -> Result<u64, AttestError> {
        let text = self.kb_text.as_deref().ok_or(AttestError::KeyBinding("no key-binding JWT"))?;
        let kb = Jws::parse(text)?;
        if kb.typ() != Some(KB_TYP) {
            return Err(AttestError::KeyBinding("the key-binding JWT's typ is not kb+jwt"));
        }
        kb.verify_ed25519(holder_key).map_err(|_| AttestError::KeyBinding("not signed by the holder's key"))?;
        let s = |k: &str| kb.payload.get(k).and_then(Value::as_str);
        if !s("sd_hash").is_some_and(|h| crypto::ct_eq(h.as_bytes(), self.sd_hash().as_bytes())) {
            return Err(AttestError::KeyBinding("sd_hash does not match the presented disclosures"));
        }
        if s("nonce") != Some(nonce) {
            return Err(AttestError::KeyBinding("made for another share (nonce)"));
        }
        if s("aud") != Some(aud) {
            return Err(AttestError::KeyBinding("made for another receiver (aud)"));
        }
        kb.payload.get("iat").and_then(Value::as_u64).ok_or(AttestError::KeyBinding("no iat"))
    }
}

struct Resolve<'a> {
    by_digest: HashMap<String, &'a Disclosure>,
    seen: HashSet<String>,
    used: usize,
}

impl Resolve<'_> {
    /// The first time a digest appears; a digest seen twice is refused (§7.1 step 4).
    fn take(&mut self, digest: &str) -> Result<Option<Disclosure>, AttestError> {
        if !self.seen.insert(digest.to_string()) {
            return Err(AttestError::Disclosure("a digest appears more than once"));
        }
        Ok(self.by_digest.get(digest).map(|d| {
            self.used += 1;
            (*d).clone()
        }))
    }

    fn value(&mut self, v: Value, depth: usize) -> Result<Value, AttestError> {
        if depth > MAX_DEPTH {
            return Err(AttestError::Malformed("nested too deeply"));
        }
        Ok(match v {
            Value::Object(m) => Value::Object(self.object(m, depth + 1)?),
            Value::Array(a) => Value::Array(self.array(a, depth + 1)?),
            other => other,
        })
    }

    fn object(&mut self, mut m: Map<String, Value>, depth: usize) -> Result<Map<String, Value>, AttestError> {
        let sd = match m.remove("_sd") {
            None => Vec::new(),
            Some(Value::Array(a)) => a,
            Some(_) => return Err(AttestError::Malformed("_sd is not an array")),
        };
        let mut out = Map::new();
        for (k, v) in m {
            out.insert(k, self.value(v, depth)?);
        }
        for d in sd {
            let Value::String(d) = d else { return Err(AttestError::Malformed("a digest in _sd is not a string")) };
            let Some(disc) = self.take(&d)? else { continue }; // a decoy or an undisclosed claim
            let Some(name) = disc.name else {
                return Err(AttestError::Disclosure("an array-element disclosure is referenced from _sd"));
            };
            if name == "_sd" || name == "..." {
                return Err(AttestError::Disclosure("a disclosure names the claim _sd or ..."));
            }
            if out.contains_key(&name) {
                return Err(AttestError::Disclosure("a disclosure overwrites a claim that is already there"));
            }
            let value = self.value(disc.value, depth)?;
            out.insert(name, value);
        }
        Ok(out)
    }

    fn array(&mut self, a: Vec<Value>, depth: usize) -> Result<Vec<Value>, AttestError> {
        let mut out = Vec::with_capacity(a.len());
        for item in a {
            let reference = match &item {
                Value::Object(m) if m.contains_key("...") => {
                    if m.len() != 1 {
                        return Err(AttestError::Malformed("an array-element digest object has other keys"));
                    }
                    match m.get("...") {
                        Some(Value::String(d)) => Some(d.clone()),
                        _ => return Err(AttestError::Malformed("an array-element digest is not a string")),
                    }
                }
                _ => None,
            };
            match reference {
                None => out.push(self.value(item, depth)?),
                Some(d) => {
                    let Some(disc) = self.take(&d)? else { continue };
                    if disc.name.is_some() {
                        return Err(AttestError::Disclosure(
                            "an object-property disclosure is referenced as an array element",
                        ));
                    }
                    out.push(self.value(disc.value, depth)?);
                }
            }
        }
        Ok(out)
    }
}

/// The key-binding JWT for a presentation: header `{"alg":"Ed25519","typ":"kb+jwt"}`.
pub fn key_binding(holder: &crypto::IdentitySecret, presented: &SdJwt, nonce: &str, aud: &str, iat: u64) -> String {
    let mut payload = Map::new();
    payload.insert("iat".into(), iat.into());
    payload.insert("aud".into(), aud.into());
    payload.insert("nonce".into(), nonce.into());
    payload.insert("sd_hash".into(), presented.sd_hash().into());
    Jws::sign(holder, &super::jws::header(KB_TYP), &payload)
}
