//! The office desk (`/office/`): an office's own key and card, moving them between computers,
//! and opening shares with the same checks and verdicts as `mappe open --as`. The page keeps the
//! keystore, the card and the sealed records this module hands it; nothing here is stored.

use std::rc::Rc;

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;
use zeroize::Zeroizing;

use wallet_core::client::open::{TrustPin, fetch_scan, judge_attestations, open_link};
use wallet_core::crypto::Argon2Params;
use wallet_core::keys::{RootSecret, WalletKeys};
use wallet_core::share::ShareLink;
use wallet_core::share::agency::{AGENCY_KINDS, AgencyCard, OfficeExport};
use wallet_core::share::seen;
use wallet_core::wire::keystore;

use crate::error::{Code, MappeError, Result};
use crate::js;
use crate::ops::JsHost;

/// An unlocked office: its keys and card. Free it with `free()` on lock.
#[wasm_bindgen]
pub struct Office {
    keys: Rc<WalletKeys>,
    card: AgencyCard,
}

impl Office {
    /// The office's keys.
    pub(crate) fn keys(&self) -> &WalletKeys {
        &self.keys
    }

    /// The office whose root and card these are; the card must name this root's keys.
    pub fn from_root(root: &RootSecret, card: AgencyCard) -> Result<Self> {
        let keys = root.derive();
        if hex::encode(keys.identity().public()) != card.ed25519
            || hex::encode(keys.agreement().public()) != card.x25519
        {
            return Err(MappeError::bad_input("the card belongs to another office than the key"));
        }
        Ok(Self { keys: Rc::new(keys), card })
    }
}

fn bytes(b: &[u8]) -> JsValue {
    Uint8Array::from(b).into()
}

fn card_of(text: &str) -> Result<AgencyCard> {
    Ok(AgencyCard::parse(text.as_bytes())?)
}

/// Creates an office's key and card: `{ office, keystore, card, recoveryCode }`.
#[wasm_bindgen(js_name = createOffice)]
pub fn create_office(name: &str, kind: &str, passphrase: String) -> Result<JsValue, JsValue> {
    let passphrase = Zeroizing::new(passphrase);
    if passphrase.is_empty() {
        return Err(MappeError::bad_input("the passphrase is empty").into());
    }
    let root = RootSecret::generate().map_err(MappeError::from)?;
    let card = AgencyCard::new(&root.derive(), name, kind).map_err(MappeError::from)?;
    let code = root.recovery_code();
    let keystore = keystore::seal(&root, &passphrase, Argon2Params::DEFAULT).map_err(MappeError::from)?;
    let card_text = card.to_compact();
    let office = Office::from_root(&root, card)?;
    Ok(js::object(&[
        ("office", office.into()),
        ("keystore", bytes(&keystore)),
        ("card", JsValue::from_str(&card_text)),
        ("recoveryCode", JsValue::from_str(code.as_str())),
    ]))
}

/// Opens the office's keystore with its passphrase; `card` must be this office's.
#[wasm_bindgen(js_name = unlockOffice)]
pub fn unlock_office(keystore: &[u8], card: &str, passphrase: String) -> Result<Office, JsValue> {
    let passphrase = Zeroizing::new(passphrase);
    let card = card_of(card)?;
    let root = keystore::open(keystore, &passphrase).map_err(MappeError::from)?;
    Ok(Office::from_root(&root, card)?)
}

/// Reads picked files: one office export file, or `keystore.mappe` and `agency.json` of a
/// `mappe agency init` folder. `files` is `[{ name, bytes }]`; returns `{ keystore, card, name,
/// kind, fingerprint }` (the key stays locked until `unlockOffice`).
#[wasm_bindgen(js_name = readOfficeFiles)]
pub fn read_office_files(files: Array) -> Result<JsValue, JsValue> {
    let mut contents = Vec::new();
    for file in files.iter() {
        let b = js_sys::Reflect::get(&file, &JsValue::from_str("bytes")).unwrap_or(JsValue::UNDEFINED);
        let b = b.dyn_into::<Uint8Array>().map_err(|_| MappeError::bad_input("each file needs its bytes"))?;
        if b.length() as usize > wallet_core::share::agency::MAX_OFFICE_EXPORT {
            return Err(MappeError::new(Code::TooLarge, "this file is too large to be an office file").into());
        }
        contents.push(b.to_vec());
    }
    let refs: Vec<&[u8]> = contents.iter().map(Vec::as_slice).collect();
    let export = OfficeExport::from_files(&refs).map_err(MappeError::from)?;
    Ok(js::object(&[
        ("keystore", bytes(&export.keystore)),
        ("card", JsValue::from_str(&export.card.to_compact())),
        ("name", JsValue::from_str(&export.card.name)),
        ("kind", JsValue::from_str(&export.card.kind)),
        ("fingerprint", JsValue::from_str(&export.card.fingerprint())),
    ]))
}

/// The office export file of a keystore and its card (still locked by the passphrase).
#[wasm_bindgen(js_name = exportOffice)]
pub fn export_office(keystore: &[u8], card: &str) -> Result<Vec<u8>, JsValue> {
    let export = OfficeExport::new(keystore.to_vec(), card_of(card)?).map_err(MappeError::from)?;
    Ok(export.to_bytes())
}

/// The kinds of office a card may name.
#[wasm_bindgen(js_name = agencyKinds)]
pub fn agency_kinds() -> Vec<String> {
    AGENCY_KINDS.iter().map(|k| (*k).to_string()).collect()
}

#[wasm_bindgen]
impl Office {
    /// The card as compact JSON: exactly the text of its QR code.
    pub fn card(&self) -> String {
        self.card.to_compact()
    }

    /// The office's name.
    pub fn name(&self) -> String {
        self.card.name.clone()
    }

    /// The office's kind.
    pub fn kind(&self) -> String {
        self.card.kind.clone()
    }

    /// The fingerprint to compare aloud.
    pub fn fingerprint(&self) -> String {
        self.card.fingerprint()
    }

    /// Seals bytes under the office's key, bound to `label` (for the page's own storage).
    pub fn seal(&self, label: &str, plain: &[u8]) -> Result<Vec<u8>, JsValue> {
        Ok(seen::seal_labelled(&self.keys, label, plain).map_err(MappeError::from)?)
    }

    /// Opens what `seal` sealed with the same label; throws `integrity` otherwise.
    pub fn unseal(&self, label: &str, sealed: &[u8]) -> Result<Vec<u8>, JsValue> {
        seen::open_labelled(&self.keys, label, sealed)
            .ok_or_else(|| MappeError::new(Code::Integrity, "this record was altered or is not this office's").into())
    }

    /// Opens the share `link` names, as `mappe open --as` does, and downloads and checks its
    /// scans. `seen` is what this returned last time for the share (or null). Resolves to
    /// `{ view, seen, scans: [{ name, mediaType, size, sha256, bytes }] }`; every call counts as
    /// one open on the relay. `trust_key` (hex) pins the key the trust list of offices
    /// (`/v1/directory` of the share's relay) must be signed with; without it no office's
    /// attestation counts as confirmed.
    #[wasm_bindgen(js_name = openOp)]
    pub fn open_op(
        &self,
        host: JsValue,
        link: String,
        seen: Option<Vec<u8>>,
        now: f64,
        trust_key: Option<String>,
    ) -> Promise {
        let keys = Rc::clone(&self.keys);
        let card = self.card.clone();
        future_to_promise(async move {
            let result: Result<JsValue> = async {
                let now = js::unix_seconds(now, "now")?;
                let link = ShareLink::parse(link.trim())?;
                let pin = match trust_key.as_deref().map(str::trim).filter(|k| !k.is_empty()) {
                    None => None,
                    Some(k) => Some(TrustPin {
                        url: None,
                        key: hex::decode(k)
                            .ok()
                            .and_then(|k| <[u8; 32]>::try_from(k).ok())
                            .ok_or_else(|| MappeError::bad_input("trustKey: 64 hex characters"))?,
                    }),
                };
                let mut h = JsHost::new(host, &keys);
                let mut opening = open_link(&mut h, &link, Some(&keys), seen.as_deref(), now).await?;
                let problem = judge_attestations(&mut h, &link, &mut opening, pin.as_ref(), now).await;
                let scans = Array::new();
                for r in &opening.opened.manifest.attachments {
                    let plain = fetch_scan(&mut h, &link, &opening, r).await?;
                    scans.push(&js::object(&[
                        ("name", JsValue::from_str(&r.name)),
                        ("mediaType", JsValue::from_str(&r.media_type)),
                        ("size", JsValue::from(r.size as f64)),
                        ("sha256", JsValue::from_str(&r.sha256)),
                        ("bytes", bytes(&plain)),
                    ]));
                }
                Ok(js::object(&[
                    ("view", js::to_js(&opening.view(Some(&card), now))?),
                    ("trustProblem", problem.map_or(JsValue::NULL, |p| JsValue::from_str(&p.0))),
                    ("seen", opening.seen.as_deref().map_or(JsValue::NULL, bytes)),
                    ("scans", scans.into()),
                ]))
            }
            .await;
            result.map_err(JsValue::from)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_office_needs_its_own_card() {
        let root = RootSecret::from_bytes([5; 32]);
        let card = AgencyCard::new(&root.derive(), "Ausländerbehörde Musterstadt", "auslaenderbehoerde").unwrap();
        let office = Office::from_root(&root, card.clone()).unwrap();
        assert_eq!(office.name(), "Ausländerbehörde Musterstadt");
        assert_eq!(AgencyCard::parse(office.card().as_bytes()).unwrap(), card);
        assert!(!office.card().contains('\n'), "compact, for the QR");
        let other = RootSecret::from_bytes([6; 32]);
        assert_eq!(Office::from_root(&other, card).err().map(|e| e.code), Some(Code::BadInput));
    }
}
