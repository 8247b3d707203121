//! An office's attestation kept beside the paper it confirms: the issued SD-JWT (every
//! disclosure) under the entry's `attestation` key. Shares never project this key; a share
//! carries a presentation with only the chosen claims instead.

use automerge::{ObjId, ObjType, ROOT, ReadDoc, Value};

use super::doc::{Section, WalletDoc, doc_err};
use super::model::ItemId;
use crate::error::{Error, Result};

/// The key under which an entry keeps its attestation.
const KEY: &str = "attestation";

impl WalletDoc {
    fn entry(&self, section: Section, id: &str) -> Result<(ItemId, ObjId)> {
        if !matches!(section, Section::Residence | Section::Certificates) {
            return Err(Error::InvalidValue {
                field: section.key().into(),
                reason: "only residence papers and certificates can be confirmed by an office".into(),
            });
        }
        let id = self.resolve(section, id)?;
        let list = self.map(&ROOT, section.key())?;
        match self.doc.get(&list, id.as_str()).map_err(doc_err)? {
            Some((Value::Object(ObjType::Map), obj)) => Ok((id, obj)),
            _ => Err(Error::Document(format!("{}/{id} is not an entry", section.key()))),
        }
    }

    /// Keeps `text` (an issued SD-JWT, checked by the caller) as the attestation of an entry,
    /// replacing an earlier one; gives the entry's full id.
    pub fn set_attestation(&mut self, section: Section, id: &str, text: &str) -> Result<ItemId> {
        let (id, obj) = self.entry(section, id)?;
        self.put_opt(&obj, KEY, Some(text))?;
        self.doc.commit();
        Ok(id)
    }

    /// Removes an entry's attestation.
    pub fn remove_attestation(&mut self, section: Section, id: &str) -> Result<ItemId> {
        let (id, obj) = self.entry(section, id)?;
        self.put_opt(&obj, KEY, None)?;
        self.doc.commit();
        Ok(id)
    }

    /// The attestation kept with an entry, if any.
    pub fn attestation(&self, section: Section, id: &str) -> Result<Option<String>> {
        let (_, obj) = self.entry(section, id)?;
        Ok(self.text(&obj, KEY))
    }
}
