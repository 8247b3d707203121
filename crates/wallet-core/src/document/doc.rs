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
//!  ├─ residence:    { <item id>: { kind, number, issued_on, valid_until, authority, attachment } }
//!  └─ attachments:  { <item id>: { name, media_type, size, sha256, key } }
//! ```
//! Lists of entries are maps keyed by random ids, so entries added on two devices never collide
//! and a share can name an entry. Edits write only the keys they change, so keys written by a
//! newer version survive every save. The skeleton above is written by one fixed change (fixed
//! actor, time 0) so that every wallet's containers are the same objects and any two copies merge.

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, AutoCommit, ObjId, ObjType, ROOT, ReadDoc, ScalarValue, Value};

use super::model::*;
use crate::crypto::{self, SecretKey};
use crate::error::{Error, Result};

const SKELETON_ACTOR: &[u8] = b"mappe/v1/skeleton";
const SCHEMA: u64 = 1;
/// Root key of the records of shares this wallet created.
const SHARES: &str = "shares";

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

    fn noun(self) -> &'static str {
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
    doc: AutoCommit,
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
fn date_key<'a>(date: &'a Option<String>, id: &'a ItemId) -> (bool, &'a Option<String>, &'a ItemId) {
    (date.is_none(), date, id)
}

fn doc_err(e: impl std::fmt::Display) -> Error {
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

    fn map(&self, parent: &ObjId, key: &str) -> Result<ObjId> {
        match self.doc.get(parent, key).map_err(doc_err)? {
            Some((Value::Object(ObjType::Map), id)) => Ok(id),
            _ => Err(Error::Document(format!("the document has no `{key}` map"))),
        }
    }

    fn list(&self, parent: &ObjId, key: &str) -> Result<ObjId> {
        match self.doc.get(parent, key).map_err(doc_err)? {
            Some((Value::Object(ObjType::List), id)) => Ok(id),
            _ => Err(Error::Document(format!("the document has no `{key}` list"))),
        }
    }

    fn text(&self, obj: &ObjId, key: &str) -> Option<String> {
        match self.doc.get(obj, key) {
            Ok(Some((value, _))) => value.as_str().map(str::to_string),
            _ => None,
        }
    }

    fn scalar(&self, obj: &ObjId, key: &str) -> Option<ScalarValue> {
        match self.doc.get(obj, key) {
            Ok(Some((Value::Scalar(s), _))) => Some(s.into_owned()),
            _ => None,
        }
    }

    fn put_opt(&mut self, obj: &ObjId, key: &str, value: Option<&str>) -> Result<()> {
        match value {
            Some(v) => self.doc.put(obj, key, v).map_err(doc_err),
            None if self.doc.get(obj, key).map_err(doc_err)?.is_some() => self.doc.delete(obj, key).map_err(doc_err),
            None => Ok(()),
        }
    }

    // ---- profile -----------------------------------------------------------------------

    /// The profile.
    pub fn profile(&self) -> Result<Profile> {
        let p = self.map(&ROOT, "profile")?;
        let contact = self.map(&p, "contact")?;
        let aliases_obj = self.list(&p, "aliases")?;
        let languages_obj = self.map(&p, "languages")?;
        let aliases = (0..self.doc.length(&aliases_obj))
            .filter_map(|i| match self.doc.get(&aliases_obj, i) {
                Ok(Some((v, _))) => v.as_str().map(str::to_string),
                _ => None,
            })
            .collect();
        let languages = self
            .doc
            .keys(&languages_obj)
            .filter_map(|lang| self.text(&languages_obj, &lang).map(|level| LanguageSkill { language: lang, level }))
            .collect();
        Ok(Profile {
            given_names: self.text(&p, "given_names"),
            family_name: self.text(&p, "family_name"),
            aliases,
            birth_date: self.text(&p, "birth_date"),
            birth_place: self.text(&p, "birth_place"),
            nationality: self.text(&p, "nationality"),
            languages,
            contact: Contact {
                phone: self.text(&contact, "phone"),
                email: self.text(&contact, "email"),
                address: self.text(&contact, "address"),
            },
        })
    }

    /// Sets (or with `None`, clears) a single-text profile field.
    pub fn set_profile_text(&mut self, field: ProfileField, value: Option<&str>) -> Result<()> {
        if field.is_list() {
            return Err(Error::InvalidValue {
                field: field.name().into(),
                reason: "it is a list; set it with a list of values".into(),
            });
        }
        if let Some(v) = value {
            field.validate(v)?;
        }
        let p = self.map(&ROOT, "profile")?;
        let (obj, key) = match field {
            ProfileField::Phone => (self.map(&p, "contact")?, "phone"),
            ProfileField::Email => (self.map(&p, "contact")?, "email"),
            ProfileField::Address => (self.map(&p, "contact")?, "address"),
            other => (p, other.name()),
        };
        self.put_opt(&obj, key, value)?;
        self.doc.commit();
        Ok(())
    }

    /// Replaces the aliases, touching only entries that change so concurrent edits merge.
    pub fn set_aliases(&mut self, aliases: &[String]) -> Result<()> {
        if aliases.len() > MAX_ITEMS {
            return Err(Error::InvalidValue { field: "aliases".into(), reason: "too many entries".into() });
        }
        let mut wanted: Vec<&str> = Vec::with_capacity(aliases.len());
        for a in aliases {
            check_text("aliases", a, MAX_SHORT_TEXT)?;
            if !wanted.contains(&a.as_str()) {
                wanted.push(a);
            }
        }
        let p = self.map(&ROOT, "profile")?;
        let list = self.list(&p, "aliases")?;
        // Delete what is no longer wanted and append what is new, so an edit on another device
        // that touched other aliases merges cleanly; rewrite the list only to change the order.
        let mut i = 0;
        while i < self.doc.length(&list) {
            let keep =
                matches!(self.doc.get(&list, i), Ok(Some((v, _))) if v.as_str().is_some_and(|s| wanted.contains(&s)));
            if keep {
                i += 1;
            } else {
                self.doc.delete(&list, i).map_err(doc_err)?;
            }
        }
        let present: Vec<String> = self.profile()?.aliases;
        for a in &wanted {
            if !present.iter().any(|p| p == a) {
                let end = self.doc.length(&list);
                self.doc.insert(&list, end, *a).map_err(doc_err)?;
            }
        }
        if self.profile()?.aliases != wanted {
            while self.doc.length(&list) > 0 {
                self.doc.delete(&list, 0).map_err(doc_err)?;
            }
            for (i, a) in wanted.iter().enumerate() {
                self.doc.insert(&list, i, *a).map_err(doc_err)?;
            }
        }
        self.doc.commit();
        Ok(())
    }

    /// Replaces the languages, touching only entries that change.
    pub fn set_languages(&mut self, languages: &[LanguageSkill]) -> Result<()> {
        if languages.len() > MAX_ITEMS {
            return Err(Error::InvalidValue { field: "languages".into(), reason: "too many entries".into() });
        }
        for l in languages {
            l.validate()?;
        }
        let p = self.map(&ROOT, "profile")?;
        let obj = self.map(&p, "languages")?;
        let existing: Vec<String> = self.doc.keys(&obj).collect();
        for lang in existing {
            if !languages.iter().any(|l| l.language == lang) {
                self.doc.delete(&obj, lang.as_str()).map_err(doc_err)?;
            }
        }
        for l in languages {
            if self.text(&obj, &l.language).as_deref() != Some(l.level.as_str()) {
                self.doc.put(&obj, l.language.as_str(), l.level.as_str()).map_err(doc_err)?;
            }
        }
        self.doc.commit();
        Ok(())
    }

    // ---- list sections -------------------------------------------------------------------

    fn ids(&self, section: Section) -> Result<Vec<ItemId>> {
        let obj = self.map(&ROOT, section.key())?;
        Ok(self.doc.keys(&obj).map(ItemId).collect())
    }

    /// Finds the one id in `section` equal to, or starting with, `prefix`.
    pub fn resolve(&self, section: Section, prefix: &str) -> Result<ItemId> {
        let ids = self.ids(section)?;
        if let Some(id) = ids.iter().find(|id| id.as_str() == prefix) {
            return Ok(id.clone());
        }
        let found: Vec<&ItemId> = if prefix.is_empty() {
            Vec::new()
        } else {
            ids.iter().filter(|id| id.as_str().starts_with(&prefix.to_ascii_lowercase())).collect()
        };
        match found.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(Error::NotFound { list: section.noun(), id: prefix.to_string() }),
            _ => Err(Error::AmbiguousId { list: section.noun(), id: prefix.to_string() }),
        }
    }

    fn new_item(&mut self, section: Section, fields: &[(&str, Option<&str>)]) -> Result<ItemId> {
        let obj = self.map(&ROOT, section.key())?;
        if self.doc.length(&obj) >= MAX_ITEMS {
            return Err(Error::InvalidValue {
                field: section.key().into(),
                reason: format!("the list already holds {MAX_ITEMS} entries"),
            });
        }
        let id = ItemId::random()?;
        let item = self.doc.put_object(&obj, id.as_str(), ObjType::Map).map_err(doc_err)?;
        for (key, value) in fields {
            if let Some(v) = value {
                self.doc.put(&item, *key, *v).map_err(doc_err)?;
            }
        }
        Ok(id)
    }

    /// Removes an entry by id or unique id prefix; returns the full id.
    pub fn remove(&mut self, section: Section, id: &str) -> Result<ItemId> {
        let id = self.resolve(section, id)?;
        let obj = self.map(&ROOT, section.key())?;
        self.doc.delete(&obj, id.as_str()).map_err(doc_err)?;
        self.doc.commit();
        Ok(id)
    }

    fn items<T>(&self, section: Section, read: impl Fn(&Self, &ObjId) -> Option<T>) -> Result<Vec<Item<T>>> {
        let obj = self.map(&ROOT, section.key())?;
        let mut out = Vec::new();
        for key in self.doc.keys(&obj) {
            if let Ok(Some((Value::Object(ObjType::Map), item))) = self.doc.get(&obj, key.as_str()) {
                // Entries this version cannot read (missing required fields) are skipped, not dropped.
                if let Some(value) = read(self, &item) {
                    out.push(Item { id: ItemId(key), value });
                }
            }
        }
        Ok(out)
    }

    /// Adds a CV entry.
    pub fn add_cv(&mut self, entry: &CvEntry) -> Result<ItemId> {
        entry.validate()?;
        let id = self.new_item(
            Section::Cv,
            &[
                ("kind", Some(entry.kind.as_str())),
                ("title", Some(&entry.title)),
                ("organisation", entry.organisation.as_deref()),
                ("place", entry.place.as_deref()),
                ("from", entry.from.as_deref()),
                ("to", entry.to.as_deref()),
                ("description", entry.description.as_deref()),
            ],
        )?;
        self.doc.commit();
        Ok(id)
    }

    /// The CV, oldest first.
    pub fn cv(&self) -> Result<Vec<Item<CvEntry>>> {
        let mut items = self.items(Section::Cv, |d, o| {
            Some(CvEntry {
                kind: CvKind::parse(&d.text(o, "kind")?).unwrap_or(CvKind::Other),
                title: d.text(o, "title")?,
                organisation: d.text(o, "organisation"),
                place: d.text(o, "place"),
                from: d.text(o, "from"),
                to: d.text(o, "to"),
                description: d.text(o, "description"),
            })
        })?;
        items.sort_by(|a, b| date_key(&a.value.from, &a.id).cmp(&date_key(&b.value.from, &b.id)));
        Ok(items)
    }

    /// Adds a certificate.
    pub fn add_certificate(&mut self, cert: &Certificate) -> Result<ItemId> {
        cert.validate()?;
        self.check_attachment(&cert.attachment)?;
        let id = self.new_item(
            Section::Certificates,
            &[
                ("kind", Some(cert.kind.as_str())),
                ("title", Some(&cert.title)),
                ("issuer", cert.issuer.as_deref()),
                ("issued_on", cert.issued_on.as_deref()),
                ("cefr_level", cert.cefr_level.as_deref()),
                ("exam", cert.exam.as_deref()),
                ("attachment", cert.attachment.as_ref().map(ItemId::as_str)),
            ],
        )?;
        self.doc.commit();
        Ok(id)
    }

    /// The certificates, oldest first.
    pub fn certificates(&self) -> Result<Vec<Item<Certificate>>> {
        let mut items = self.items(Section::Certificates, |d, o| {
            Some(Certificate {
                kind: CertificateKind::parse(&d.text(o, "kind")?).unwrap_or(CertificateKind::Other),
                title: d.text(o, "title")?,
                issuer: d.text(o, "issuer"),
                issued_on: d.text(o, "issued_on"),
                cefr_level: d.text(o, "cefr_level"),
                exam: d.text(o, "exam"),
                attachment: d.text(o, "attachment").map(ItemId),
            })
        })?;
        items.sort_by(|a, b| date_key(&a.value.issued_on, &a.id).cmp(&date_key(&b.value.issued_on, &b.id)));
        Ok(items)
    }

    /// Adds a residence paper.
    pub fn add_residence(&mut self, paper: &ResidencePaper) -> Result<ItemId> {
        paper.validate()?;
        self.check_attachment(&paper.attachment)?;
        let id = self.new_item(
            Section::Residence,
            &[
                ("kind", Some(paper.kind.as_str())),
                ("number", paper.number.as_deref()),
                ("issued_on", paper.issued_on.as_deref()),
                ("valid_until", paper.valid_until.as_deref()),
                ("authority", paper.authority.as_deref()),
                ("attachment", paper.attachment.as_ref().map(ItemId::as_str)),
            ],
        )?;
        self.doc.commit();
        Ok(id)
    }

    /// The residence papers, oldest first.
    pub fn residence(&self) -> Result<Vec<Item<ResidencePaper>>> {
        let mut items = self.items(Section::Residence, |d, o| {
            Some(ResidencePaper {
                kind: ResidenceKind::parse(&d.text(o, "kind")?).unwrap_or(ResidenceKind::Other),
                number: d.text(o, "number"),
                issued_on: d.text(o, "issued_on"),
                valid_until: d.text(o, "valid_until"),
                authority: d.text(o, "authority"),
                attachment: d.text(o, "attachment").map(ItemId),
            })
        })?;
        items.sort_by(|a, b| date_key(&a.value.issued_on, &a.id).cmp(&date_key(&b.value.issued_on, &b.id)));
        Ok(items)
    }

    fn check_attachment(&self, id: &Option<ItemId>) -> Result<()> {
        match id {
            Some(id) if self.attachment(id)?.is_none() => {
                Err(Error::NotFound { list: Section::Attachments.noun(), id: id.to_string() })
            }
            _ => Ok(()),
        }
    }

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

    // ---- share records ------------------------------------------------------------------

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
        let found: Vec<&ShareRecord> =
            all.iter().filter(|r| r.share_id.starts_with(prefix) && !prefix.is_empty()).collect();
        match found.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(Error::NotFound { list: "share", id: prefix.to_string() }),
            _ => match all.iter().find(|r| r.share_id == prefix) {
                Some(exact) => Ok(exact.clone()),
                None => Err(Error::AmbiguousId { list: "share", id: prefix.to_string() }),
            },
        }
    }
}
