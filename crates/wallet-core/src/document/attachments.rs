//! Attachment records: name, media type, size, SHA-256 and the key of each encrypted scan.

use automerge::transaction::Transactable;
use automerge::{ObjId, ObjType, ROOT, ReadDoc, ScalarValue, Value};

use super::doc::{Section, WalletDoc, doc_err};
use super::model::*;
use crate::crypto::SecretKey;
use crate::error::Result;

impl WalletDoc {
    /// Records an attachment whose encrypted file is already in place under `id`.
    pub fn add_attachment(&mut self, id: &ItemId, meta: &AttachmentMeta) -> Result<()> {
        check_text("name", &meta.name, MAX_SHORT_TEXT)?;
        check_media_type(&meta.media_type)?;
        let obj = self.map(&ROOT, Section::Attachments.key())?;
        let item = self.doc.put_object(&obj, id.as_str(), ObjType::Map).map_err(doc_err)?;
        self.doc.put(&item, "name", meta.name.as_str()).map_err(doc_err)?;
        self.doc.put(&item, "media_type", meta.media_type.as_str()).map_err(doc_err)?;
        self.doc.put(&item, "size", meta.size).map_err(doc_err)?;
        self.doc.put(&item, "sha256", meta.sha256.as_str()).map_err(doc_err)?;
        self.doc.put(&item, "key", ScalarValue::Bytes(meta.key.expose().to_vec())).map_err(doc_err)?;
        self.doc.commit();
        Ok(())
    }

    /// One attachment's record, if present.
    pub fn attachment(&self, id: &ItemId) -> Result<Option<AttachmentMeta>> {
        let obj = self.map(&ROOT, Section::Attachments.key())?;
        match self.doc.get(&obj, id.as_str()).map_err(doc_err)? {
            Some((Value::Object(ObjType::Map), item)) => Ok(self.read_attachment(&item)),
            _ => Ok(None),
        }
    }

    fn read_attachment(&self, o: &ObjId) -> Option<AttachmentMeta> {
        let key = match self.scalar(o, "key")? {
            ScalarValue::Bytes(b) if b.len() == 32 => {
                let mut k = [0u8; 32];
                k.copy_from_slice(&b);
                SecretKey::from_bytes(k)
            }
            _ => return None,
        };
        let size = match self.scalar(o, "size")? {
            ScalarValue::Uint(n) => n,
            ScalarValue::Int(n) => u64::try_from(n).ok()?,
            _ => return None,
        };
        Some(AttachmentMeta {
            name: self.text(o, "name")?,
            media_type: self.text(o, "media_type")?,
            size,
            sha256: self.text(o, "sha256")?,
            key,
        })
    }

    /// Every attachment, by id.
    pub fn attachments(&self) -> Result<Vec<Item<AttachmentMeta>>> {
        let mut items = self.items(Section::Attachments, |d, o| d.read_attachment(o))?;
        items.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(items)
    }

    /// Ids of entries (certificates, residence papers) that point at an attachment.
    pub fn attachment_users(&self, id: &ItemId) -> Result<Vec<ItemId>> {
        let mut users: Vec<ItemId> = self
            .certificates()?
            .into_iter()
            .filter(|c| c.value.attachment.as_ref() == Some(id))
            .map(|c| c.id)
            .collect();
        users.extend(self.residence()?.into_iter().filter(|r| r.value.attachment.as_ref() == Some(id)).map(|r| r.id));
        Ok(users)
    }
}
