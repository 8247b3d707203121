//! Records of the shares this wallet created, kept inside the encrypted document with their keys.

use automerge::transaction::Transactable;
use automerge::{ObjId, ObjType, ROOT, ReadDoc, ScalarValue, Value};

use super::doc::{SHARES, WalletDoc, doc_err};
use super::model::*;
use crate::crypto::SecretKey;
use crate::error::Result;

impl WalletDoc {
    fn shares_map(&mut self) -> Result<ObjId> {
        match self.doc.get(ROOT, SHARES).map_err(doc_err)? {
            Some((Value::Object(ObjType::Map), id)) => Ok(id),
            // Wallets made before shares existed lack the map in their skeleton.
            _ => self.doc.put_object(ROOT, SHARES, ObjType::Map).map_err(doc_err),
        }
    }

    /// Records a share this wallet created (its key stays inside the encrypted document).
    pub fn put_share_record(&mut self, record: &ShareRecord) -> Result<()> {
        let shares = self.shares_map()?;
        let obj = match self.doc.get(&shares, record.share_id.as_str()).map_err(doc_err)? {
            Some((Value::Object(ObjType::Map), id)) => id,
            _ => self.doc.put_object(&shares, record.share_id.as_str(), ObjType::Map).map_err(doc_err)?,
        };
        let fields = serde_json::to_string(&record.fields).map_err(doc_err)?;
        let audience = match &record.audience {
            Some(a) => Some(serde_json::to_string(a).map_err(doc_err)?),
            None => None,
        };
        self.doc.put(&obj, "relay", record.relay.as_str()).map_err(doc_err)?;
        self.doc.put(&obj, "key", ScalarValue::Bytes(record.key.expose().to_vec())).map_err(doc_err)?;
        self.put_opt(&obj, "audience", audience.as_deref())?;
        self.doc.put(&obj, "fields", fields.as_str()).map_err(doc_err)?;
        self.put_opt(&obj, "purpose", record.purpose.as_deref())?;
        self.doc.put(&obj, "lang", record.lang.as_str()).map_err(doc_err)?;
        self.doc.put(&obj, "created_at", record.created_at).map_err(doc_err)?;
        self.doc.put(&obj, "expires_at", record.expires_at).map_err(doc_err)?;
        match record.max_opens {
            Some(n) => self.doc.put(&obj, "max_opens", u64::from(n)).map_err(doc_err)?,
            None => self.put_opt(&obj, "max_opens", None)?,
        }
        self.doc.put(&obj, "live", record.live).map_err(doc_err)?;
        self.doc.put(&obj, "revision", u64::from(record.revision)).map_err(doc_err)?;
        match record.revoked_at {
            Some(t) => self.doc.put(&obj, "revoked_at", t).map_err(doc_err)?,
            None => self.put_opt(&obj, "revoked_at", None)?,
        }
        self.put_opt(&obj, "consent_text", record.consent_text.as_deref())?;
        self.put_opt(&obj, "content_hash", record.content_hash.as_deref())?;
        self.put_opt(&obj, "stopped_following", record.stopped_following.as_deref())?;
        match record.forgotten_at {
            Some(t) => self.doc.put(&obj, "forgotten_at", t).map_err(doc_err)?,
            None => self.put_opt(&obj, "forgotten_at", None)?,
        }
        let attest = (!record.attest.is_empty()).then(|| serde_json::to_string(&record.attest).unwrap_or_default());
        self.put_opt(&obj, "attest", attest.as_deref())?;
        self.doc.commit();
        Ok(())
    }

    fn uint(&self, obj: &ObjId, key: &str) -> Option<u64> {
        match self.scalar(obj, key)? {
            ScalarValue::Uint(n) => Some(n),
            ScalarValue::Int(n) => u64::try_from(n).ok(),
            _ => None,
        }
    }

    /// The shares this wallet created, newest first.
    pub fn share_records(&self) -> Result<Vec<ShareRecord>> {
        let Some((Value::Object(ObjType::Map), shares)) = self.doc.get(ROOT, SHARES).map_err(doc_err)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for id in self.doc.keys(&shares) {
            let Ok(Some((Value::Object(ObjType::Map), o))) = self.doc.get(&shares, id.as_str()) else {
                continue;
            };
            let key = match self.scalar(&o, "key") {
                Some(ScalarValue::Bytes(b)) if b.len() == 32 => {
                    let mut k = [0u8; 32];
                    k.copy_from_slice(&b);
                    SecretKey::from_bytes(k)
                }
                _ => continue,
            };
            let record = (|| {
                Some(ShareRecord {
                    share_id: id.clone(),
                    relay: self.text(&o, "relay")?,
                    key,
                    audience: self.text(&o, "audience").and_then(|a| serde_json::from_str(&a).ok()),
                    fields: serde_json::from_str(&self.text(&o, "fields")?).ok()?,
                    purpose: self.text(&o, "purpose"),
                    lang: self.text(&o, "lang")?,
                    created_at: self.uint(&o, "created_at")?,
                    expires_at: self.uint(&o, "expires_at")?,
                    max_opens: self.uint(&o, "max_opens").and_then(|n| u32::try_from(n).ok()),
                    live: matches!(self.scalar(&o, "live"), Some(ScalarValue::Boolean(true))),
                    revision: u32::try_from(self.uint(&o, "revision")?).ok()?,
                    revoked_at: self.uint(&o, "revoked_at"),
                    consent_text: self.text(&o, "consent_text"),
                    content_hash: self.text(&o, "content_hash"),
                    stopped_following: self.text(&o, "stopped_following"),
                    forgotten_at: self.uint(&o, "forgotten_at"),
                    attest: self.text(&o, "attest").and_then(|a| serde_json::from_str(&a).ok()).unwrap_or_default(),
                })
            })();
            if let Some(r) = record {
                out.push(r);
            }
        }
        out.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(a.share_id.cmp(&b.share_id)));
        Ok(out)
    }

    /// Finds a share record by id or unique id prefix.
    pub fn share_record(&self, prefix: &str) -> Result<ShareRecord> {
        let all = self.share_records()?;
        super::prefix::resolve(&all, share_id_of, prefix, false, "share").cloned()
    }
}

fn share_id_of(record: &ShareRecord) -> &str {
    &record.share_id
}
