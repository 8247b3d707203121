//! The wallet lifecycle: create, unlock, recover, edit, save and merge, attachments. The host
//! stores the wallet-v1 bytes (keystore, wallet file, attachment files); this module never
//! keeps them anywhere but in memory.

use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

use wallet_core::crypto::{Argon2Params, SecretKey};
use wallet_core::document::{
    AttachmentMeta, Certificate, CvEntry, ItemId, LanguageSkill, ProfileField, ResidencePaper, Section, WalletJson,
};
use wallet_core::keys::{RecoveryCode, RootSecret, WalletKeys};
use wallet_core::wire::attachment::{self, StreamFailure};
use wallet_core::wire::{FileKind, keystore, wallet_file};
use wallet_core::{Error, WalletDoc};

use crate::error::{MappeError, Result};
use crate::js;

/// Largest scan accepted (32 MiB), the same limit as the CLI's wallet folder.
pub const MAX_ATTACHMENT: u64 = 32 * 1024 * 1024;

/// An unlocked wallet: keys and document in memory. Free it with `free()` on lock.
#[wasm_bindgen]
pub struct Wallet {
    keys: WalletKeys,
    doc: WalletDoc,
}

/// A wallet's sections that hold entries, as JavaScript names them.
fn section(name: &str) -> Result<Section> {
    match name {
        "cv" => Ok(Section::Cv),
        "certificates" => Ok(Section::Certificates),
        "residence" => Ok(Section::Residence),
        other => Err(MappeError::bad_input(format!("`{other}` is not a section; use cv, certificates or residence"))),
    }
}

impl Wallet {
    /// A wallet from its root secret and, if there is one, a stored wallet file.
    pub fn from_root(root: &RootSecret, wallet_file: Option<&[u8]>) -> Result<Self> {
        let keys = root.derive();
        let doc = match wallet_file {
            Some(bytes) => WalletDoc::load(&wallet_file::open(&keys, bytes)?)?,
            None => WalletDoc::new()?,
        };
        Ok(Self { keys, doc })
    }

    /// The keys.
    pub fn keys(&self) -> &WalletKeys {
        &self.keys
    }

    /// The document.
    pub fn doc(&self) -> &WalletDoc {
        &self.doc
    }

    /// The document, for editing.
    pub fn doc_mut(&mut self) -> &mut WalletDoc {
        &mut self.doc
    }

    /// The keys and the document at once, for operations that read one and edit the other.
    pub fn parts_mut(&mut self) -> (&WalletKeys, &mut WalletDoc) {
        (&self.keys, &mut self.doc)
    }

    /// The wallet-v1 file bytes.
    pub fn save_bytes(&mut self) -> Result<Vec<u8>> {
        let plain = Zeroizing::new(self.doc.save());
        Ok(wallet_file::seal(&self.keys, &plain)?)
    }

    /// Merges another stored copy of this wallet.
    pub fn merge_bytes(&mut self, wallet_file: &[u8]) -> Result<()> {
        let plain = wallet_file::open(&self.keys, wallet_file)?;
        let mut other = WalletDoc::load(&plain)?;
        self.doc.merge(&mut other)?;
        Ok(())
    }

    /// The wallet-json-v1 text.
    pub fn json_text(&self) -> Result<String> {
        Ok(WalletJson::from_doc(&self.doc, Some(self.keys.public_identity()))?.to_pretty())
    }

    /// Adds an entry given as wallet-json (without `id`).
    pub fn add_item_json(&mut self, section_name: &str, item: &str) -> Result<String> {
        let id = match section(section_name)? {
            Section::Cv => self.doc.add_cv(&js::from_json::<CvEntry>(item, "the CV entry")?)?,
            Section::Certificates => {
                self.doc.add_certificate(&js::from_json::<Certificate>(item, "the certificate")?)?
            }
            _ => self.doc.add_residence(&js::from_json::<ResidencePaper>(item, "the residence paper")?)?,
        };
        Ok(id.0)
    }

    /// Replaces an entry's fields, keeping its id.
    pub fn update_item_json(&mut self, section_name: &str, id: &str, item: &str) -> Result<()> {
        let id = ItemId(id.to_string());
        match section(section_name)? {
            Section::Cv => self.doc.update_cv(&id, &js::from_json(item, "the CV entry")?)?,
            Section::Certificates => self.doc.update_certificate(&id, &js::from_json(item, "the certificate")?)?,
            _ => self.doc.update_residence(&id, &js::from_json(item, "the residence paper")?)?,
        }
        Ok(())
    }

    /// The attachment an entry points at.
    fn attachment_of(&self, section: Section, id: &ItemId) -> Result<Option<ItemId>> {
        Ok(match section {
            Section::Certificates => {
                self.doc.certificates()?.into_iter().find(|c| c.id == *id).and_then(|c| c.value.attachment)
            }
            Section::Residence => {
                self.doc.residence()?.into_iter().find(|r| r.id == *id).and_then(|r| r.value.attachment)
            }
            _ => None,
        })
    }

    /// Removes an entry; returns the attachment ids no entry uses any more (their records are
    /// removed too, so the caller deletes those encrypted files).
    pub fn remove_item_id(&mut self, section_name: &str, id: &str) -> Result<Vec<String>> {
        let section = section(section_name)?;
        let id = self.doc.resolve(section, id)?;
        let attachment = self.attachment_of(section, &id)?;
        self.doc.remove(section, id.as_str())?;
        let mut unused = Vec::new();
        if let Some(att) = attachment
            && self.doc.attachment_users(&att)?.is_empty()
        {
            self.doc.remove(Section::Attachments, att.as_str())?;
            unused.push(att.0);
        }
        Ok(unused)
    }

    /// Encrypts a scan, records it and points the entry at it; returns the id and encrypted file.
    pub fn add_attachment_bytes(
        &mut self,
        section_name: &str,
        item_id: &str,
        bytes: &[u8],
        name: &str,
        media_type: &str,
    ) -> Result<(String, Vec<u8>)> {
        let section = section(section_name)?;
        if section == Section::Cv {
            return Err(MappeError::bad_input("only certificates and residence papers have scans"));
        }
        let item_id = self.doc.resolve(section, item_id)?;
        if bytes.len() as u64 > MAX_ATTACHMENT {
            return Err(
                Error::TooLarge { what: name.to_string(), size: bytes.len() as u64, limit: MAX_ATTACHMENT }.into()
            );
        }
        let id = ItemId::random()?;
        let key = SecretKey::random()?;
        let mut blob = Vec::with_capacity(bytes.len() + bytes.len() / 1024 + 64);
        let digest = attachment::encrypt(&key, &mut &bytes[..], &mut blob, MAX_ATTACHMENT).map_err(stream_error)?;
        let meta = AttachmentMeta {
            name: name.to_string(),
            media_type: media_type.to_string(),
            size: digest.size,
            sha256: hex::encode(digest.sha256),
            key,
        };
        // Check the entry first, so a refused scan leaves no record behind.
        match section {
            Section::Certificates => {
                let mut cert = self.item(self.doc.certificates()?, &item_id)?;
                cert.attachment = Some(id.clone());
                self.doc.add_attachment(&id, &meta)?;
                self.doc.update_certificate(&item_id, &cert)?;
            }
            _ => {
                let mut paper = self.item(self.doc.residence()?, &item_id)?;
                paper.attachment = Some(id.clone());
                self.doc.add_attachment(&id, &meta)?;
                self.doc.update_residence(&item_id, &paper)?;
            }
        }
        Ok((id.0, blob))
    }

    fn item<T>(&self, items: Vec<wallet_core::document::Item<T>>, id: &ItemId) -> Result<T> {
        items
            .into_iter()
            .find(|i| i.id == *id)
            .map(|i| i.value)
            .ok_or_else(|| Error::NotFound { list: "entry", id: id.to_string() }.into())
    }

    /// Decrypts an attachment file and checks it against the recorded size and SHA-256.
    pub fn read_attachment_bytes(&self, id: &str, blob: &[u8]) -> Result<Vec<u8>> {
        let id = ItemId(id.to_string());
        let meta = self.doc.attachment(&id)?.ok_or_else(|| Error::NotFound { list: "attachment", id: id.0.clone() })?;
        let mut plain = Vec::with_capacity(blob.len());
        let digest = attachment::decrypt(&meta.key, &mut &blob[..], &mut plain).map_err(stream_error)?;
        if digest.size != meta.size || hex::encode(digest.sha256) != meta.sha256 {
            return Err(Error::Integrity { what: FileKind::Attachment }.into());
        }
        Ok(plain)
    }
}

fn stream_error(f: StreamFailure) -> MappeError {
    match f {
        StreamFailure::Format(e) => e.into(),
        // Reading from and writing to memory does not fail; a short read is a cut-off file.
        StreamFailure::Read(_) | StreamFailure::Write(_) => Error::Truncated { what: FileKind::Attachment }.into(),
    }
}

#[wasm_bindgen]
impl Wallet {
    /// The wallet-v1 file bytes to store.
    pub fn save(&mut self) -> Result<Vec<u8>, JsValue> {
        Ok(self.save_bytes()?)
    }

    /// Decrypts another stored copy of this wallet and merges it in.
    pub fn merge(&mut self, wallet_file: &[u8]) -> Result<(), JsValue> {
        Ok(self.merge_bytes(wallet_file)?)
    }

    /// wallet-json-v1 text, as `mappe show --json` prints it.
    pub fn json(&self) -> Result<String, JsValue> {
        Ok(self.json_text()?)
    }

    /// The person's key fingerprint.
    pub fn fingerprint(&self) -> String {
        self.keys.public_identity().fingerprint()
    }

    /// Sets or (with `null`) clears a profile text field.
    #[wasm_bindgen(js_name = setProfile)]
    pub fn set_profile(&mut self, field: &str, value: Option<String>) -> Result<(), JsValue> {
        let field = ProfileField::from_name(field).map_err(MappeError::from)?;
        self.doc.set_profile_text(field, value.as_deref()).map_err(MappeError::from)?;
        Ok(())
    }

    /// Replaces the aliases.
    #[wasm_bindgen(js_name = setAliases)]
    pub fn set_aliases(&mut self, list: Vec<String>) -> Result<(), JsValue> {
        self.doc.set_aliases(&list).map_err(MappeError::from)?;
        Ok(())
    }

    /// Replaces the languages, each written `Language:level`.
    #[wasm_bindgen(js_name = setLanguages)]
    pub fn set_languages(&mut self, list: Vec<String>) -> Result<(), JsValue> {
        let skills = list.iter().map(|l| LanguageSkill::parse(l)).collect::<Result<Vec<_>, _>>();
        self.doc.set_languages(&skills.map_err(MappeError::from)?).map_err(MappeError::from)?;
        Ok(())
    }

    /// Adds an entry to `cv`, `certificates` or `residence`; returns its id.
    #[wasm_bindgen(js_name = addItem)]
    pub fn add_item(&mut self, section: &str, item: JsValue) -> Result<String, JsValue> {
        let text = js_sys::JSON::stringify(&item).ok().and_then(|s| s.as_string()).unwrap_or_default();
        Ok(self.add_item_json(section, &text)?)
    }

    /// Replaces an entry's fields; its id stays, so shares naming it keep following it.
    #[wasm_bindgen(js_name = updateItem)]
    pub fn update_item(&mut self, section: &str, id: &str, item: JsValue) -> Result<(), JsValue> {
        let text = js_sys::JSON::stringify(&item).ok().and_then(|s| s.as_string()).unwrap_or_default();
        Ok(self.update_item_json(section, id, &text)?)
    }

    /// Removes an entry; returns the ids of attachments no longer used.
    #[wasm_bindgen(js_name = removeItem)]
    pub fn remove_item(&mut self, section: &str, id: &str) -> Result<Vec<String>, JsValue> {
        Ok(self.remove_item_id(section, id)?)
    }

    /// Encrypts a scan for an entry: `{ id, blob }`, `blob` being the file to store under `id`.
    #[wasm_bindgen(js_name = addAttachment)]
    pub fn add_attachment(
        &mut self,
        section: &str,
        item_id: &str,
        bytes: &[u8],
        name: &str,
        media_type: &str,
    ) -> Result<JsValue, JsValue> {
        let (id, blob) = self.add_attachment_bytes(section, item_id, bytes, name, media_type)?;
        Ok(js::object(&[("id", JsValue::from_str(&id)), ("blob", js_sys::Uint8Array::from(&blob[..]).into())]))
    }

    /// Decrypts an attachment file, checked against its recorded size and SHA-256.
    #[wasm_bindgen(js_name = readAttachment)]
    pub fn read_attachment(&self, id: &str, blob: &[u8]) -> Result<Vec<u8>, JsValue> {
        Ok(self.read_attachment_bytes(id, blob)?)
    }
}

/// Creates a wallet: `{ wallet, recoveryCode, keystore }`.
#[wasm_bindgen(js_name = createWallet)]
pub fn create_wallet(passphrase: String) -> Result<JsValue, JsValue> {
    let passphrase = Zeroizing::new(passphrase);
    check_passphrase(&passphrase)?;
    let root = RootSecret::generate().map_err(MappeError::from)?;
    let code = root.recovery_code();
    let keystore = keystore::seal(&root, &passphrase, Argon2Params::DEFAULT).map_err(MappeError::from)?;
    let wallet = Wallet::from_root(&root, None)?;
    Ok(js::object(&[
        ("wallet", wallet.into()),
        ("recoveryCode", JsValue::from_str(code.as_str())),
        ("keystore", js_sys::Uint8Array::from(&keystore[..]).into()),
    ]))
}

fn check_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.is_empty() {
        return Err(MappeError::bad_input("the passphrase is empty"));
    }
    Ok(())
}

/// Opens the keystore with the passphrase (Argon2id with the keystore's own parameters) and
/// decrypts the wallet file.
#[wasm_bindgen(js_name = unlockWallet)]
pub fn unlock_wallet(keystore: &[u8], wallet_file: &[u8], passphrase: String) -> Result<Wallet, JsValue> {
    let passphrase = Zeroizing::new(passphrase);
    let root = keystore::open(keystore, &passphrase).map_err(MappeError::from)?;
    Ok(Wallet::from_root(&root, Some(wallet_file))?)
}

/// A new keystore from the recovery code: `{ wallet, keystore }` with an empty document until
/// the wallet is synced.
#[wasm_bindgen(js_name = recoverWallet)]
pub fn recover_wallet(recovery_code: String, passphrase: String) -> Result<JsValue, JsValue> {
    let (code, passphrase) = (Zeroizing::new(recovery_code), Zeroizing::new(passphrase));
    check_passphrase(&passphrase)?;
    let root = RecoveryCode::parse(&code).map_err(MappeError::from)?;
    let keystore = keystore::seal(&root, &passphrase, Argon2Params::DEFAULT).map_err(MappeError::from)?;
    let wallet = Wallet::from_root(&root, None)?;
    Ok(js::object(&[("wallet", wallet.into()), ("keystore", js_sys::Uint8Array::from(&keystore[..]).into())]))
}

/// `true` if the recovery code reads correctly; else throws `recovery_code`.
#[wasm_bindgen(js_name = checkRecoveryCode)]
pub fn check_recovery_code(text: String) -> Result<bool, JsValue> {
    let text = Zeroizing::new(text);
    RecoveryCode::parse(&text).map_err(MappeError::from)?;
    Ok(true)
}

/// The public fingerprint recorded in a keystore; no passphrase needed.
#[wasm_bindgen(js_name = keystoreFingerprint)]
pub fn keystore_fingerprint(keystore: &[u8]) -> Result<String, JsValue> {
    Ok(keystore::public_identity(keystore).map_err(MappeError::from)?.fingerprint())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Code;

    fn wallet() -> Wallet {
        Wallet::from_root(&RootSecret::from_bytes([7; 32]), None).unwrap()
    }

    #[test]
    fn save_merge_keeps_both_edits_and_damage_is_integrity() {
        let mut a = wallet();
        let id = a.add_item_json("cv", r#"{"kind":"work","title":"Maurer"}"#).unwrap();
        let base = a.save_bytes().unwrap();
        let mut b = Wallet::from_root(&RootSecret::from_bytes([7; 32]), Some(&base)).unwrap();
        a.update_item_json("cv", &id, r#"{"kind":"work","title":"Polier"}"#).unwrap();
        b.add_item_json("certificates", r#"{"kind":"language","title":"Deutsch B1","cefr_level":"B1"}"#).unwrap();
        a.merge_bytes(&b.save_bytes().unwrap()).unwrap();
        let json: serde_json::Value = serde_json::from_str(&a.json_text().unwrap()).unwrap();
        assert_eq!(json["cv"][0]["title"], "Polier");
        assert_eq!(json["cv"][0]["id"], id.as_str());
        assert_eq!(json["certificates"][0]["title"], "Deutsch B1");
        let mut damaged = a.save_bytes().unwrap();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        assert_eq!(a.merge_bytes(&damaged).unwrap_err().code, Code::Integrity);
        let other = Wallet::from_root(&RootSecret::from_bytes([8; 32]), None).unwrap().save_bytes();
        assert_eq!(a.merge_bytes(&other.unwrap()).unwrap_err().code, Code::Integrity, "another wallet's file");
    }

    #[test]
    fn attachments_round_trip_and_removal_reports_unused_scans() {
        let mut w = wallet();
        let cert = w.add_item_json("certificates", r#"{"kind":"language","title":"Deutsch B1"}"#).unwrap();
        let scan: Vec<u8> = (0..70_000u32).map(|i| (i % 251) as u8).collect();
        let (att, blob) = w.add_attachment_bytes("certificates", &cert, &scan, "b1.pdf", "application/pdf").unwrap();
        assert_eq!(w.read_attachment_bytes(&att, &blob).unwrap(), scan);
        let mut bad = blob.clone();
        bad[40] ^= 1;
        assert_eq!(w.read_attachment_bytes(&att, &bad).unwrap_err().code, Code::Integrity);
        assert_eq!(w.read_attachment_bytes("nosuchid", &blob).unwrap_err().code, Code::NotFound);
        let cv = w.add_item_json("cv", r#"{"kind":"work","title":"Maurer"}"#).unwrap();
        let err = w.add_attachment_bytes("cv", &cv, b"x", "x.txt", "text/plain").unwrap_err();
        assert_eq!(err.code, Code::BadInput);
        assert_eq!(w.remove_item_id("certificates", &cert).unwrap(), vec![att]);
        assert_eq!(w.remove_item_id("cv", &cv).unwrap(), Vec::<String>::new());
    }

    #[test]
    fn bad_items_are_bad_input() {
        let mut w = wallet();
        for (section, item) in [
            ("cv", r#"{"kind":"work"}"#),
            ("cv", r#"{"kind":"astronaut","title":"x"}"#),
            ("cv", r#"{"kind":"work","title":"x","from":"1.1.2000"}"#),
            ("pets", r#"{"kind":"work","title":"x"}"#),
        ] {
            assert_eq!(w.add_item_json(section, item).unwrap_err().code, Code::BadInput, "{section} {item}");
        }
    }
}
