//! What an office saw of a share, kept by the office under its own key, so the next open of a
//! live share shows field by field what changed and a relay serving an older revision is caught.
//!
//! A record is `0x01 ‖ nonce (24) ‖ XChaCha20-Poly1305(document key, nonce, aad, JSON)` with
//! `aad = "mappe/v1/seen/" ‖ share id` (`docs/spec/office-v1.md`). The same sealing, with
//! `aad = "mappe/v1/office/" ‖ label`, keeps anything else an office front end stores.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::crypto::{self, NONCE_LEN, TAG_LEN};
use crate::keys::WalletKeys;

/// Version byte of a sealed office record.
pub const RECORD_VERSION: u8 = 1;
/// Largest sealed record opened (a share's content is at most a manifest, plus scans in a
/// sitting cache).
pub const MAX_RECORD: usize = 64 * 1024 * 1024;

/// What an office saw of one share last time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seen {
    /// The revision it saw.
    pub revision: u32,
    /// The content it saw (the manifest's `content`).
    pub content: Value,
}

/// One field that differs between two revisions, in readable words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The field, e.g. `family name` or `residence 3f2a valid until`.
    pub field: String,
    /// Its value before, if it had one.
    pub from: Option<String>,
    /// Its value now, if it still has one.
    pub to: Option<String>,
}

/// The changes since the revision an office saw last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changes {
    /// The revision seen last time.
    pub since_revision: u32,
    /// What differs (empty: nothing changed).
    pub fields: Vec<Change>,
}

fn seen_aad(share_id: &str) -> Vec<u8> {
    [b"mappe/v1/seen/".as_slice(), share_id.as_bytes()].concat()
}

fn label_aad(label: &str) -> Vec<u8> {
    [b"mappe/v1/office/".as_slice(), label.as_bytes()].concat()
}

impl Seen {
    /// Seals the record for `share_id` under the office's document key.
    pub fn seal(&self, keys: &WalletKeys, share_id: &str) -> Result<Vec<u8>, crypto::RngError> {
        let plain = zeroize::Zeroizing::new(serde_json::to_vec(self).unwrap_or_default());
        seal(keys, &seen_aad(share_id), &plain)
    }

    /// Opens a record sealed for `share_id`; `None` if it is not one (damaged, another share's,
    /// another office's, an unknown version): the open then counts as the first.
    pub fn open(keys: &WalletKeys, share_id: &str, bytes: &[u8]) -> Option<Self> {
        let plain = zeroize::Zeroizing::new(open(keys, &seen_aad(share_id), bytes)?);
        serde_json::from_slice(&plain).ok()
    }

    /// What differs between this record and `content` of `revision`.
    pub fn changes(&self, content: &Value) -> Changes {
        let old = flatten(&self.content);
        let new = flatten(content);
        let fields = old
            .keys()
            .chain(new.keys())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .filter(|f| old.get(*f) != new.get(*f))
            .map(|f| Change { field: f.clone(), from: old.get(f).cloned(), to: new.get(f).cloned() })
            .collect();
        Changes { since_revision: self.revision, fields }
    }
}

/// Seals `plain` for the office front end's own storage, bound to `label`.
pub fn seal_labelled(keys: &WalletKeys, label: &str, plain: &[u8]) -> Result<Vec<u8>, crypto::RngError> {
    seal(keys, &label_aad(label), plain)
}

/// Opens what [`seal_labelled`] sealed with the same label; `None` if altered or not this office's.
pub fn open_labelled(keys: &WalletKeys, label: &str, bytes: &[u8]) -> Option<Vec<u8>> {
    open(keys, &label_aad(label), bytes)
}

fn seal(keys: &WalletKeys, aad: &[u8], plain: &[u8]) -> Result<Vec<u8>, crypto::RngError> {
    let mut nonce = [0u8; NONCE_LEN];
    crypto::fill_random(&mut nonce)?;
    let mut out = Vec::with_capacity(1 + NONCE_LEN + plain.len() + TAG_LEN);
    out.push(RECORD_VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&crypto::seal(keys.document_key(), &nonce, aad, plain));
    Ok(out)
}

fn open(keys: &WalletKeys, aad: &[u8], bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.len() < 1 + NONCE_LEN + TAG_LEN || bytes.len() > MAX_RECORD || bytes[0] != RECORD_VERSION {
        return None;
    }
    let nonce: [u8; NONCE_LEN] = bytes[1..1 + NONCE_LEN].try_into().ok()?;
    crypto::open(keys.document_key(), &nonce, aad, &bytes[1 + NONCE_LEN..])
}

/// Flattens a share's content into readable field names and values.
fn flatten(content: &Value) -> BTreeMap<String, String> {
    fn text(v: &Value) -> Option<String> {
        match v {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            Value::Array(a) => Some(a.iter().filter_map(text).collect::<Vec<_>>().join(", ")),
            Value::Object(o) => {
                Some(o.iter().filter_map(|(k, v)| text(v).map(|t| format!("{k}: {t}"))).collect::<Vec<_>>().join("; "))
            }
            other => Some(other.to_string()),
        }
    }
    let mut out = BTreeMap::new();
    if let Some(Value::Object(p)) = content.get("profile") {
        for (k, v) in p {
            if let (Value::Object(inner), "contact") = (v, k.as_str()) {
                for (ck, cv) in inner {
                    if let Some(t) = text(cv) {
                        out.insert(format!("contact {ck}"), t);
                    }
                }
            } else if let Some(t) = text(v) {
                out.insert(k.replace('_', " "), t);
            }
        }
    }
    for section in ["cv", "certificates", "residence"] {
        if let Some(Value::Array(items)) = content.get(section) {
            for item in items {
                let id = item.get("id").and_then(Value::as_str).unwrap_or("?");
                if let Value::Object(o) = item {
                    for (k, v) in o.iter().filter(|(k, _)| *k != "id") {
                        if let Some(t) = text(v) {
                            out.insert(format!("{section} {id} {}", k.replace('_', " ")), t);
                        }
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::RootSecret;
    use serde_json::json;

    fn keys(n: u8) -> WalletKeys {
        RootSecret::from_bytes([n; 32]).derive()
    }

    #[test]
    fn a_record_opens_only_for_its_share_and_office() {
        let seen = Seen { revision: 2, content: json!({"profile": {"family_name": "Haddad"}}) };
        let sealed = seen.seal(&keys(1), "share-a").unwrap();
        assert_eq!(sealed[0], RECORD_VERSION);
        assert_eq!(Seen::open(&keys(1), "share-a", &sealed), Some(seen.clone()));
        assert_eq!(Seen::open(&keys(1), "share-b", &sealed), None, "bound to the share id");
        assert_eq!(Seen::open(&keys(2), "share-a", &sealed), None, "bound to the office");
        let mut flipped = sealed.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(Seen::open(&keys(1), "share-a", &flipped), None);
        let mut other_version = sealed;
        other_version[0] = 2;
        assert_eq!(Seen::open(&keys(1), "share-a", &other_version), None);
        // A label's record is not a seen record, even with the same text.
        let labelled = seal_labelled(&keys(1), "share-a", b"{}").unwrap();
        assert_eq!(Seen::open(&keys(1), "share-a", &labelled), None);
        assert_eq!(open_labelled(&keys(1), "share-a", &labelled).as_deref(), Some(b"{}".as_slice()));
        assert_eq!(open_labelled(&keys(1), "sitting", &labelled), None);
    }

    #[test]
    fn changes_name_each_field_that_differs() {
        let before = Seen {
            revision: 1,
            content: json!({
                "profile": {"family_name": "Haddad", "contact": {"phone": "0151"}},
                "residence": [{"id": "r1", "kind": "duldung", "valid_until": "2026-12-31"}],
            }),
        };
        let after = json!({
            "profile": {"family_name": "Al-Haddad", "contact": {"phone": "0151"}},
            "residence": [{"id": "r1", "kind": "duldung", "valid_until": "2027-06-30"}],
            "certificates": [{"id": "c1", "title": "B1"}],
        });
        let c = before.changes(&after);
        assert_eq!(c.since_revision, 1);
        let fields: Vec<(&str, Option<&str>, Option<&str>)> =
            c.fields.iter().map(|c| (c.field.as_str(), c.from.as_deref(), c.to.as_deref())).collect();
        assert_eq!(
            fields,
            [
                ("certificates c1 title", None, Some("B1")),
                ("family name", Some("Haddad"), Some("Al-Haddad")),
                ("residence r1 valid until", Some("2026-12-31"), Some("2027-06-30")),
            ]
        );
        assert!(before.changes(&before.content).fields.is_empty());
    }
}
