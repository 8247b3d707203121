//! The wallet document on Automerge, behind a typed API.
//!
//! Layout (all maps unless noted):
//! ```text
//! ROOT
//!  ├─ schema: 1
//!  ├─ profile: { given_names, family_name, birth_date, birth_place, nationality,
//!  │             aliases: [text], languages: { <language>: <level> },
//!  │             contact: { phone, email, address } }
//!  ├─ cv:           { <item id>: { kind, title, organisation, place, from, to, description } }
//!  ├─ certificates: { <item id>: { kind, title, issuer, issued_on, cefr_level, exam, attachment } }
//!  ├─ residence:    { <item id>: { kind, number, issued_on, valid_until, authority, attachment,
//!  │                 legal_basis, work, conditions } }
//!  └─ attachments:  { <item id>: { name, media_type, size, sha256, key } }
//! ```
//! Lists of entries are maps keyed by random ids, so entries added on two devices never collide
//! and a share can name an entry. Edits write only the keys they change, so keys written by a
//! newer version survive every save. The skeleton above is written by one fixed change (fixed
//! actor, time 0) so that every wallet's containers are the same objects and any two copies merge.
//!
//! This file holds that plumbing; each part of the document has its typed API in a file of its
//! own beside it (`profile.rs`, `items.rs`, `attachments.rs`, `shares.rs`), so one part can be
//! read and changed without the others.

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, AutoCommit, ObjId, ObjType, ROOT, ReadDoc, ScalarValue, Value};

use super::model::*;
use crate::crypto;
use crate::error::{Error, Result};

const SKELETON_ACTOR: &[u8] = b"mappe/v1/skeleton";
const SCHEMA: u64 = 1;
/// Root key of the records of shares this wallet created.
pub(super) const SHARES: &str = "shares";

/// A list section of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// `cv`
    Cv,
    /// `certificates`
    Certificates,
    /// `residence`
    Residence,
    /// `attachments`
    Attachments,
}

impl Section {
    /// The key under the document root.
    pub fn key(self) -> &'static str {
        match self {
            Self::Cv => "cv",
            Self::Certificates => "certificates",
            Self::Residence => "residence",
            Self::Attachments => "attachments",
        }
    }

    pub(super) fn noun(self) -> &'static str {
        match self {
            Self::Cv => "CV",
            Self::Certificates => "certificate",
            Self::Residence => "residence paper",
            Self::Attachments => "attachment",
        }
    }
}

/// The wallet document.
pub struct WalletDoc {
    pub(super) doc: AutoCommit,
}

impl std::fmt::Debug for WalletDoc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The document holds attachment keys and personal data: never print it.
        f.write_str("WalletDoc([redacted])")
    }
}

fn parse_heads(heads: &[String]) -> Result<Vec<automerge::ChangeHash>> {
    heads
        .iter()
        .map(|h| h.parse::<automerge::ChangeHash>().map_err(|_| Error::Document(format!("`{h}` is not a change hash"))))
        .collect()
}

/// Sort key: dated entries oldest first, undated ones after them, ties by id.
pub(super) fn date_key<'a>(date: &'a Option<String>, id: &'a ItemId) -> (bool, &'a Option<String>, &'a ItemId) {
    (date.is_none(), date, id)
}

pub(super) fn doc_err(e: impl std::fmt::Display) -> Error {
    Error::Document(e.to_string())
}

fn random_actor() -> Result<ActorId> {
    let mut bytes = [0u8; 16];
    crypto::fill_random(&mut bytes)?;
    Ok(ActorId::from(bytes.as_slice()))
}

impl WalletDoc {
    /// A new, empty wallet document.
    pub fn new() -> Result<Self> {
        let mut doc = AutoCommit::new().with_actor(ActorId::from(SKELETON_ACTOR));
        doc.put(ROOT, "schema", SCHEMA).map_err(doc_err)?;
        let profile = doc.put_object(ROOT, "profile", ObjType::Map).map_err(doc_err)?;
        doc.put_object(&profile, "aliases", ObjType::List).map_err(doc_err)?;
        doc.put_object(&profile, "languages", ObjType::Map).map_err(doc_err)?;
        doc.put_object(&profile, "contact", ObjType::Map).map_err(doc_err)?;
        for section in [Section::Cv, Section::Certificates, Section::Residence, Section::Attachments] {
            doc.put_object(ROOT, section.key(), ObjType::Map).map_err(doc_err)?;
        }
        doc.put_object(ROOT, SHARES, ObjType::Map).map_err(doc_err)?;
        doc.commit_with(CommitOptions::default().with_time(0));
        doc.set_actor(random_actor()?);
        Ok(Self { doc })
    }

    /// Loads a document saved with [`WalletDoc::save`].
    pub fn load(bytes: &[u8]) -> Result<Self> {
        let mut doc = AutoCommit::load(bytes).map_err(doc_err)?;
        doc.set_actor(random_actor()?);
        let this = Self { doc };
        // A document without our skeleton is not a wallet; a higher schema number marks a change
        // this version cannot interpret (new fields alone never raise it).
        match this.scalar(&ROOT, "schema") {
            Some(ScalarValue::Uint(n)) if n <= SCHEMA => {}
            Some(ScalarValue::Uint(n)) => {
                return Err(Error::UnsupportedVersion {
                    what: crate::wire::FileKind::Wallet,
                    found: u8::try_from(n).unwrap_or(u8::MAX),
                    supported: SCHEMA as u8,
                });
            }
            _ => return Err(Error::Document("it has no schema number".into())),
        }
        this.map(&ROOT, "profile")?;
        Ok(this)
    }

    /// The document in Automerge's compressed save format.
    pub fn save(&mut self) -> Vec<u8> {
        self.doc.save()
    }

    /// A copy that can be edited independently and merged back.
    pub fn fork(&mut self) -> Result<Self> {
        let mut doc = self.doc.fork();
        doc.set_actor(random_actor()?);
        Ok(Self { doc })
    }

    /// Merges every change of `other` into this document.
    pub fn merge(&mut self, other: &mut WalletDoc) -> Result<()> {
        self.doc.merge(&mut other.doc).map_err(doc_err)?;
        Ok(())
    }

    /// The hashes of the newest changes, hex, sorted: equal heads mean equal documents.
    pub fn heads(&mut self) -> Vec<String> {
        let mut heads: Vec<String> = self.doc.get_heads().iter().map(|h| h.to_string()).collect();
        heads.sort();
        heads
    }

    /// Automerge bytes of every change not covered by `heads` (hex change hashes); empty when none.
    pub fn changes_since(&mut self, heads: &[String]) -> Result<Vec<u8>> {
        let heads = parse_heads(heads)?;
        if heads.iter().any(|h| self.doc.get_change_by_hash(h).is_none()) {
            return Err(Error::Document("the synced state names changes this document does not have".into()));
        }
        Ok(self.doc.save_after(&heads))
    }

    /// Merges Automerge bytes (changes or a whole saved document) into this document.
    pub fn apply(&mut self, bytes: &[u8]) -> Result<()> {
        self.doc.load_incremental(bytes).map_err(doc_err)?;
        Ok(())
    }

    /// A copy of this document as it was at `heads` (hex change hashes).
    pub fn state_at(&mut self, heads: &[String]) -> Result<WalletDoc> {
        let heads = parse_heads(heads)?;
        let mut doc = self.doc.fork_at(&heads).map_err(doc_err)?;
        doc.set_actor(random_actor()?);
        Ok(Self { doc })
    }

    /// Direct access to the Automerge document, for tests and tools that check the layout.
    pub fn automerge(&mut self) -> &mut AutoCommit {
        &mut self.doc
    }

    // ---- reading helpers -------------------------------------------------------------

    pub(super) fn map(&self, parent: &ObjId, key: &str) -> Result<ObjId> {
        match self.doc.get(parent, key).map_err(doc_err)? {
            Some((Value::Object(ObjType::Map), id)) => Ok(id),
            _ => Err(Error::Document(format!("the document has no `{key}` map"))),
        }
    }

    pub(super) fn list(&self, parent: &ObjId, key: &str) -> Result<ObjId> {
        match self.doc.get(parent, key).map_err(doc_err)? {
            Some((Value::Object(ObjType::List), id)) => Ok(id),
            _ => Err(Error::Document(format!("the document has no `{key}` list"))),
        }
    }

    pub(super) fn text(&self, obj: &ObjId, key: &str) -> Option<String> {
        match self.doc.get(obj, key) {
            Ok(Some((value, _))) => value.as_str().map(str::to_string),
            _ => None,
        }
    }

    pub(super) fn scalar(&self, obj: &ObjId, key: &str) -> Option<ScalarValue> {
        match self.doc.get(obj, key) {
            Ok(Some((Value::Scalar(s), _))) => Some(s.into_owned()),
            _ => None,
        }
    }

    pub(super) fn put_opt(&mut self, obj: &ObjId, key: &str, value: Option<&str>) -> Result<()> {
        match value {
            Some(v) => self.doc.put(obj, key, v).map_err(doc_err),
            None if self.doc.get(obj, key).map_err(doc_err)?.is_some() => self.doc.delete(obj, key).map_err(doc_err),
            None => Ok(()),
        }
    }
}
