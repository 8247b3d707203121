//! The list sections: CV entries, certificates and residence papers, each a map keyed by item id.

use automerge::transaction::Transactable;
use automerge::{ObjId, ObjType, ROOT, ReadDoc, Value};

use super::doc::{Section, WalletDoc, date_key, doc_err};
use super::model::*;
use crate::error::{Error, Result};

impl WalletDoc {
    fn ids(&self, section: Section) -> Result<Vec<ItemId>> {
        let obj = self.map(&ROOT, section.key())?;
        Ok(self.doc.keys(&obj).map(ItemId).collect())
    }

    /// Finds the one id in `section` equal to, or starting with, `prefix`.
    pub fn resolve(&self, section: Section, prefix: &str) -> Result<ItemId> {
        let ids = self.ids(section)?;
        super::prefix::resolve(&ids, ItemId::as_str, prefix, true, section.noun()).cloned()
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

    pub(super) fn items<T>(&self, section: Section, read: impl Fn(&Self, &ObjId) -> Option<T>) -> Result<Vec<Item<T>>> {
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
        let id = self.new_item(Section::Cv, &self.cv_fields(entry)?)?;
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
        let id = self.new_item(Section::Certificates, &self.certificate_fields(cert)?)?;
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
        let id = self.new_item(Section::Residence, &self.residence_fields(paper)?)?;
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
                legal_basis: d.text(o, "legal_basis"),
                // A way of working this version does not know reads as not recorded.
                work: d.text(o, "work").and_then(|w| WorkPermission::parse(&w)),
                conditions: d.text(o, "conditions"),
            })
        })?;
        items.sort_by(|a, b| date_key(&a.value.issued_on, &a.id).cmp(&date_key(&b.value.issued_on, &b.id)));
        Ok(items)
    }

    fn check_attachment(&self, id: Option<&ItemId>) -> Result<()> {
        match id {
            Some(id) if self.attachment(id)?.is_none() => {
                Err(Error::NotFound { list: Section::Attachments.noun(), id: id.to_string() })
            }
            _ => Ok(()),
        }
    }

    /// Checks a CV entry and gives the keys it is stored under: what `add_cv` and `update_cv`
    /// write (`None`: the key is absent).
    pub(super) fn cv_fields<'a>(&self, entry: &'a CvEntry) -> Result<[(&'static str, Option<&'a str>); 7]> {
        entry.validate()?;
        Ok([
            ("kind", Some(entry.kind.as_str())),
            ("title", Some(&entry.title)),
            ("organisation", entry.organisation.as_deref()),
            ("place", entry.place.as_deref()),
            ("from", entry.from.as_deref()),
            ("to", entry.to.as_deref()),
            ("description", entry.description.as_deref()),
        ])
    }

    /// Checks a certificate (and that its scan exists) and gives the keys it is stored under.
    pub(super) fn certificate_fields<'a>(&self, cert: &'a Certificate) -> Result<[(&'static str, Option<&'a str>); 7]> {
        cert.validate()?;
        self.check_attachment(cert.attachment.as_ref())?;
        Ok([
            ("kind", Some(cert.kind.as_str())),
            ("title", Some(&cert.title)),
            ("issuer", cert.issuer.as_deref()),
            ("issued_on", cert.issued_on.as_deref()),
            ("cefr_level", cert.cefr_level.as_deref()),
            ("exam", cert.exam.as_deref()),
            ("attachment", cert.attachment.as_ref().map(ItemId::as_str)),
        ])
    }

    /// Checks a residence paper (and that its scan exists) and gives the keys it is stored under.
    pub(super) fn residence_fields<'a>(
        &self,
        paper: &'a ResidencePaper,
    ) -> Result<[(&'static str, Option<&'a str>); 9]> {
        paper.validate()?;
        self.check_attachment(paper.attachment.as_ref())?;
        Ok([
            ("kind", Some(paper.kind.as_str())),
            ("number", paper.number.as_deref()),
            ("issued_on", paper.issued_on.as_deref()),
            ("valid_until", paper.valid_until.as_deref()),
            ("authority", paper.authority.as_deref()),
            ("attachment", paper.attachment.as_ref().map(ItemId::as_str)),
            ("legal_basis", paper.legal_basis.as_deref()),
            ("work", paper.work.map(WorkPermission::as_str)),
            ("conditions", paper.conditions.as_deref()),
        ])
    }
}
