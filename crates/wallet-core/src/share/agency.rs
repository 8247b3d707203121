//! Agency cards: an office's public keys and name, self-signed, as a file a holder shares to.
//!
//! ```json
//! {"v":1,"name":"Jobcenter Musterstadt","kind":"jobcenter","ed25519":"<hex>","x25519":"<hex>","sig":"<base64url>"}
//! ```
//! `sig` is the agency's Ed25519 signature (domain "mappe/v1/sig/agency-card") over the JSON of
//! the card without `sig`, keys in the order above. It proves the two keys and the name were put
//! together by the holder of the Ed25519 key; it does not prove the name is true (a directory
//! signed by the relay operator or a municipality will, later).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde::{Deserialize, Serialize};

use super::format::{Audience, ShareError};
use crate::crypto::{self, Domain};
use crate::keys::{PublicIdentity, WalletKeys};

/// Kinds of agency a card may name.
pub const AGENCY_KINDS: [&str; 7] =
    ["jobcenter", "auslaenderbehoerde", "sozialamt", "language_school", "counselling", "employer", "other"];

/// Longest agency name.
const MAX_NAME: usize = 200;

/// An agency's public card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyCard {
    /// Card format version.
    pub v: u8,
    /// Display name.
    pub name: String,
    /// Kind (one of [`AGENCY_KINDS`]).
    pub kind: String,
    /// Ed25519 key, hex.
    pub ed25519: String,
    /// X25519 key, hex.
    pub x25519: String,
    /// Self-signature, base64url.
    pub sig: String,
}

#[derive(Serialize)]
struct Unsigned<'a> {
    v: u8,
    name: &'a str,
    kind: &'a str,
    ed25519: &'a str,
    x25519: &'a str,
}

impl AgencyCard {
    /// Makes and signs a card for the agency whose keys these are.
    pub fn new(keys: &WalletKeys, name: &str, kind: &str) -> Result<Self, ShareError> {
        let name = name.trim();
        if name.is_empty() || name.len() > MAX_NAME || name.chars().any(char::is_control) {
            return Err(ShareError::Create(format!("an agency name is 1 to {MAX_NAME} characters of plain text")));
        }
        if !AGENCY_KINDS.contains(&kind) {
            return Err(ShareError::Create(format!("the agency kind is one of: {}", AGENCY_KINDS.join(", "))));
        }
        let ed25519 = hex::encode(keys.identity().public());
        let x25519 = hex::encode(keys.agreement().public());
        let unsigned = Unsigned { v: 1, name, kind, ed25519: &ed25519, x25519: &x25519 };
        let bytes = serde_json::to_vec(&unsigned).map_err(|e| ShareError::Create(e.to_string()))?;
        let sig = B64.encode(keys.identity().sign(Domain::AgencyCard, &bytes));
        Ok(Self { v: 1, name: name.to_string(), kind: kind.to_string(), ed25519, x25519, sig })
    }

    /// Parses and verifies a card.
    pub fn parse(json: &[u8]) -> Result<Self, ShareError> {
        let bad = |why: &str| ShareError::Create(format!("not a valid agency card: {why}"));
        if json.len() > 16 * 1024 {
            return Err(bad("too large"));
        }
        let card: Self = serde_json::from_slice(json).map_err(|_| bad("not the expected JSON"))?;
        if card.v != 1 {
            return Err(ShareError::UnsupportedVersion(card.v));
        }
        if card.name.trim().is_empty() || card.name.len() > MAX_NAME || card.name.chars().any(char::is_control) {
            return Err(bad("its name is empty, too long or has control characters"));
        }
        if !AGENCY_KINDS.contains(&card.kind.as_str()) {
            return Err(bad("unknown kind"));
        }
        let ed: [u8; 32] = hex::decode(&card.ed25519).ok().and_then(|k| k.try_into().ok()).ok_or(bad("bad key"))?;
        let _x: [u8; 32] = hex::decode(&card.x25519).ok().and_then(|k| k.try_into().ok()).ok_or(bad("bad key"))?;
        let sig: [u8; 64] =
            B64.decode(card.sig.as_bytes()).ok().and_then(|s| s.try_into().ok()).ok_or(bad("bad signature"))?;
        let unsigned =
            Unsigned { v: card.v, name: &card.name, kind: &card.kind, ed25519: &card.ed25519, x25519: &card.x25519 };
        let bytes = serde_json::to_vec(&unsigned).map_err(|_| bad("cannot re-encode"))?;
        if !crypto::verify(&ed, Domain::AgencyCard, &bytes, &sig) {
            return Err(bad("its signature does not verify"));
        }
        Ok(card)
    }

    /// The card as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The short fingerprint of the agency's identity key.
    pub fn fingerprint(&self) -> String {
        let ed: [u8; 32] = hex::decode(&self.ed25519).ok().and_then(|k| k.try_into().ok()).unwrap_or([0; 32]);
        PublicIdentity(ed).fingerprint()
    }

    /// The audience entry of a manifest addressed to this agency.
    pub fn audience(&self) -> Audience {
        Audience {
            name: self.name.clone(),
            kind: self.kind.clone(),
            ed25519: self.ed25519.clone(),
            x25519: self.x25519.clone(),
        }
    }

    /// The agency's keys in one string, for `--to` without the card file:
    /// `agency:` + base64url(Ed25519 key ‖ X25519 key).
    pub fn key_string(&self) -> String {
        let mut both = hex::decode(&self.ed25519).unwrap_or_default();
        both.extend(hex::decode(&self.x25519).unwrap_or_default());
        format!("agency:{}", B64.encode(both))
    }
}

impl Audience {
    /// The short fingerprint of the office's identity key, for comparing aloud; empty if the
    /// key is not valid hex of 32 bytes.
    pub fn fingerprint(&self) -> String {
        hex::decode(&self.ed25519)
            .ok()
            .and_then(|k| <[u8; 32]>::try_from(k).ok())
            .map(|k| PublicIdentity(k).fingerprint())
            .unwrap_or_default()
    }
}

/// Reads an `agency:…` key string into an audience named by its fingerprint.
pub fn audience_from_key_string(text: &str) -> Result<Audience, ShareError> {
    let bad = || ShareError::Create("an agency key looks like agency:… (as `mappe agency init` prints it)".into());
    let b64 = text.trim().strip_prefix("agency:").ok_or_else(bad)?;
    let both = B64.decode(b64.as_bytes()).map_err(|_| bad())?;
    if both.len() != 64 {
        return Err(bad());
    }
    let ed: [u8; 32] = both[..32].try_into().map_err(|_| bad())?;
    Ok(Audience {
        name: format!("office with key {}", PublicIdentity(ed).fingerprint()),
        kind: "other".into(),
        ed25519: hex::encode(&both[..32]),
        x25519: hex::encode(&both[32..]),
    })
}

/// Largest office export file read.
pub const MAX_OFFICE_EXPORT: usize = 64 * 1024;

/// An office's key on its way to a second machine of the same office: the keystore (still
/// locked by the office passphrase) and the card, as one file (`docs/spec/office-v1.md`):
///
/// ```json
/// {"mappe":"office-export","v":1,"card":{…},"keystore":"<base64url of keystore-v1>"}
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeExport {
    /// The keystore-v1 bytes.
    pub keystore: Vec<u8>,
    /// The office's card.
    pub card: AgencyCard,
}

#[derive(Serialize, Deserialize)]
struct ExportFile {
    mappe: String,
    v: u8,
    card: AgencyCard,
    keystore: String,
}

/// Why office files were not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OfficeFileError {
    /// Not an office export, keystore or card.
    #[error("{0}")]
    NotOfficeFiles(String),
    /// The card names other keys than the keystore holds.
    #[error("the card belongs to another office than the key; take both files from the same office folder")]
    Mismatch,
    /// Made by a newer Mappe.
    #[error("this office file was made by a newer version of Mappe (format {0}); please update Mappe")]
    UnsupportedVersion(u8),
}

impl OfficeExport {
    /// Pairs a keystore with a card, checking that the card is this keystore's.
    pub fn new(keystore: Vec<u8>, card: AgencyCard) -> Result<Self, OfficeFileError> {
        let identity = crate::wire::keystore::public_identity(&keystore)
            .map_err(|_| OfficeFileError::NotOfficeFiles("the key file is not a Mappe keystore".into()))?;
        if hex::encode(identity.0) != card.ed25519 {
            return Err(OfficeFileError::Mismatch);
        }
        Ok(Self { keystore, card })
    }

    /// The export file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let file = ExportFile {
            mappe: "office-export".into(),
            v: 1,
            card: self.card.clone(),
            keystore: B64.encode(&self.keystore),
        };
        let mut out = serde_json::to_vec_pretty(&file).unwrap_or_default();
        out.push(b'\n');
        out
    }

    /// Reads an export file.
    pub fn parse(bytes: &[u8]) -> Result<Self, OfficeFileError> {
        let not = || OfficeFileError::NotOfficeFiles("this is not a Mappe office export file".into());
        if bytes.len() > MAX_OFFICE_EXPORT {
            return Err(not());
        }
        let probe: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| not())?;
        if probe.get("mappe").and_then(|m| m.as_str()) != Some("office-export") {
            return Err(not());
        }
        match probe.get("v").and_then(serde_json::Value::as_u64) {
            Some(1) => {}
            Some(v) if v > 1 => return Err(OfficeFileError::UnsupportedVersion(u8::try_from(v).unwrap_or(u8::MAX))),
            _ => return Err(not()),
        }
        let file: ExportFile = serde_json::from_value(probe).map_err(|_| not())?;
        let card = AgencyCard::parse(&serde_json::to_vec(&file.card).map_err(|_| not())?)
            .map_err(|e| OfficeFileError::NotOfficeFiles(format!("its card is not valid: {e}")))?;
        let keystore = B64.decode(file.keystore.as_bytes()).map_err(|_| not())?;
        Self::new(keystore, card)
    }

    /// Reads what an office hands over: one export file, or the keystore and card
    /// (`keystore.mappe` and `agency.json`) of a `mappe agency init` folder, in any order.
    pub fn from_files(files: &[&[u8]]) -> Result<Self, OfficeFileError> {
        match files {
            [one] => Self::parse(one),
            [a, b] => {
                let (keystore, card) = if crate::wire::keystore::public_identity(a).is_ok() { (a, b) } else { (b, a) };
                if card.len() > MAX_OFFICE_EXPORT {
                    return Err(OfficeFileError::NotOfficeFiles("agency.json is too large to be a card".into()));
                }
                let card = AgencyCard::parse(card).map_err(|_| {
                    OfficeFileError::NotOfficeFiles(
                        "pick the two files keystore.mappe and agency.json of the office folder".into(),
                    )
                })?;
                Self::new(keystore.to_vec(), card)
            }
            _ => Err(OfficeFileError::NotOfficeFiles(
                "pick one office export file, or keystore.mappe and agency.json of the office folder".into(),
            )),
        }
    }
}

impl AgencyCard {
    /// The card as compact JSON: the text of its QR code.
    pub fn to_compact(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::Argon2Params;
    use crate::keys::RootSecret;

    fn office(n: u8) -> (Vec<u8>, AgencyCard) {
        let root = RootSecret::from_bytes([n; 32]);
        let keystore =
            crate::wire::keystore::seal(&root, "office pass", Argon2Params { m_cost: 64, t_cost: 1, p_cost: 1 })
                .unwrap();
        (keystore, AgencyCard::new(&root.derive(), "Jobcenter Musterstadt", "jobcenter").unwrap())
    }

    #[test]
    fn an_export_carries_keystore_and_card_and_nothing_else_reads_as_one() {
        let (keystore, card) = office(3);
        let export = OfficeExport::new(keystore.clone(), card.clone()).unwrap();
        let bytes = export.to_bytes();
        assert!(!String::from_utf8_lossy(&bytes).contains("office pass"));
        assert_eq!(OfficeExport::parse(&bytes).unwrap(), export);
        assert_eq!(OfficeExport::from_files(&[&bytes]).unwrap(), export);
        // The two files of an agency folder, in either order.
        let card_json = card.to_json();
        assert_eq!(OfficeExport::from_files(&[&keystore, card_json.as_bytes()]).unwrap(), export);
        assert_eq!(OfficeExport::from_files(&[card_json.as_bytes(), &keystore]).unwrap(), export);
        // Another office's card with this keystore.
        let (_, other_card) = office(4);
        assert_eq!(
            OfficeExport::from_files(&[&keystore, other_card.to_json().as_bytes()]),
            Err(OfficeFileError::Mismatch)
        );
        let newer = String::from_utf8(bytes.clone()).unwrap().replace("\"v\": 1", "\"v\": 2");
        assert_eq!(OfficeExport::parse(newer.as_bytes()), Err(OfficeFileError::UnsupportedVersion(2)));
        for bad in [&b""[..], b"{}", b"not json", &keystore, card_json.as_bytes()] {
            assert!(matches!(OfficeExport::parse(bad), Err(OfficeFileError::NotOfficeFiles(_))));
        }
        let tampered = String::from_utf8(bytes).unwrap().replace("Musterstadt", "Musterdorf");
        assert!(matches!(OfficeExport::parse(tampered.as_bytes()), Err(OfficeFileError::NotOfficeFiles(_))));
    }
}
