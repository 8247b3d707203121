//! Editing an entry in place. The entry keeps its id, so a share that names it keeps following
//! it, and only keys whose value changes are written: keys a newer version added stay, and an edit
//! on another device to a different field of the same entry survives the merge.

use automerge::transaction::Transactable;
use automerge::{ObjType, ROOT, ReadDoc, Value};

use super::doc::{Section, WalletDoc, doc_err};
use super::model::*;
use crate::error::{Error, Result};

impl WalletDoc {
    /// Replaces a CV entry's fields, keeping its id.
    pub fn update_cv(&mut self, id: &ItemId, entry: &CvEntry) -> Result<()> {
        let fields = self.cv_fields(entry)?;
        self.update_item(Section::Cv, id, &fields, |k| CvKind::parse(k).is_some())
    }

    /// Replaces a certificate's fields, keeping its id.
    pub fn update_certificate(&mut self, id: &ItemId, cert: &Certificate) -> Result<()> {
        let fields = self.certificate_fields(cert)?;
        self.update_item(Section::Certificates, id, &fields, |k| CertificateKind::parse(k).is_some())
    }

    /// Replaces a residence paper's fields, keeping its id.
    pub fn update_residence(&mut self, id: &ItemId, paper: &ResidencePaper) -> Result<()> {
        let fields = self.residence_fields(paper)?;
        self.update_item(Section::Residence, id, &fields, |k| ResidenceKind::parse(k).is_some())
    }

    /// Writes `fields` into the entry `id` of `section`: a changed value is put, a `None` deletes
    /// the key, an unchanged value is not touched.
    fn update_item(
        &mut self,
        section: Section,
        id: &ItemId,
        fields: &[(&str, Option<&str>)],
        known_kind: fn(&str) -> bool,
    ) -> Result<()> {
        // `resolve` gives the same not-found error (and id-prefix rule) as `remove`.
        let id = self.resolve(section, id.as_str())?;
        let doc = self.automerge();
        let list = match doc.get(ROOT, section.key()).map_err(doc_err)? {
            Some((Value::Object(ObjType::Map), obj)) => obj,
            _ => return Err(Error::Document(format!("the document has no `{}` map", section.key()))),
        };
        let item = match doc.get(&list, id.as_str()).map_err(doc_err)? {
            Some((Value::Object(ObjType::Map), obj)) => obj,
            _ => return Err(Error::Document(format!("{}/{id} is not an entry", section.key()))),
        };
        for (key, value) in fields {
            let stored = doc.get(&item, *key).map_err(doc_err)?;
            let stored_text = stored.as_ref().and_then(|(v, _)| v.as_str()).map(str::to_string);
            match value {
                Some(v) if stored_text.as_deref() == Some(*v) => {}
                // A kind this version does not know reads as `other`; writing `other` back would
                // erase what a newer version recorded.
                Some("other") if *key == "kind" && stored_text.as_deref().is_some_and(|k| !known_kind(k)) => {}
                Some(v) => doc.put(&item, *key, *v).map_err(doc_err)?,
                // Likewise a way of working this version does not know reads as not recorded.
                None if *key == "work"
                    && stored_text.as_deref().is_some_and(|w| WorkPermission::parse(w).is_none()) => {}
                None if stored.is_some() => doc.delete(&item, *key).map_err(doc_err)?,
                None => {}
            }
        }
        doc.commit();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cv(title: &str) -> CvEntry {
        CvEntry {
            kind: CvKind::Work,
            title: title.into(),
            organisation: Some("Bauhof Aleppo".into()),
            place: Some("Aleppo".into()),
            from: Some("2015-03".into()),
            to: None,
            description: None,
        }
    }

    fn paper() -> ResidencePaper {
        ResidencePaper {
            kind: ResidenceKind::Aufenthaltserlaubnis,
            number: Some("Y1234567".into()),
            issued_on: Some("2025-03-01".into()),
            valid_until: Some("2027-02-28".into()),
            authority: None,
            attachment: None,
            legal_basis: Some("§ 16a AufenthG".into()),
            work: Some(WorkPermission::PermittedWithApproval),
            conditions: Some("Wohnsitzauflage: Musterstadt".into()),
        }
    }

    fn item_map(doc: &mut WalletDoc, section: &str, id: &ItemId) -> automerge::ObjId {
        let am = doc.automerge();
        let Some((_, list)) = am.get(ROOT, section).unwrap() else { panic!("no {section}") };
        let Some((_, item)) = am.get(&list, id.as_str()).unwrap() else { panic!("no {id}") };
        item
    }

    #[test]
    fn update_keeps_the_id_and_replaces_the_fields() {
        let mut doc = WalletDoc::new().unwrap();
        let id = doc.add_cv(&cv("Maurer")).unwrap();
        let mut changed = cv("Polier");
        changed.place = None;
        changed.to = Some("2019-12".into());
        doc.update_cv(&id, &changed).unwrap();
        let all = doc.cv().unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].id, id);
        assert_eq!(all[0].value, changed);
    }

    #[test]
    fn keys_of_newer_versions_and_unknown_kinds_survive() {
        let mut doc = WalletDoc::new().unwrap();
        let id = doc.add_residence(&paper()).unwrap();
        let item = item_map(&mut doc, "residence", &id);
        doc.automerge().put(&item, "kind", "blue_card_plus").unwrap();
        doc.automerge().put(&item, "future_field", "kept").unwrap();
        doc.automerge().put(&item, "work", "self_employed_only").unwrap();
        doc.automerge().commit();
        let read = doc.residence().unwrap()[0].value.clone();
        assert_eq!(read.kind, ResidenceKind::Other);
        assert_eq!(read.work, None);
        let mut edited = read;
        edited.number = Some("Y7654321".into());
        doc.update_residence(&id, &edited).unwrap();
        let item = item_map(&mut doc, "residence", &id);
        let text = |doc: &mut WalletDoc, key: &str| {
            doc.automerge().get(&item, key).unwrap().and_then(|(v, _)| v.as_str().map(str::to_string))
        };
        assert_eq!(text(&mut doc, "future_field").as_deref(), Some("kept"));
        assert_eq!(text(&mut doc, "kind").as_deref(), Some("blue_card_plus"));
        assert_eq!(text(&mut doc, "work").as_deref(), Some("self_employed_only"));
        assert_eq!(text(&mut doc, "number").as_deref(), Some("Y7654321"));
        // A deliberate change of kind is still written.
        edited.kind = ResidenceKind::Duldung;
        doc.update_residence(&id, &edited).unwrap();
        assert_eq!(text(&mut doc, "kind").as_deref(), Some("duldung"));
    }

    #[test]
    fn edits_of_different_fields_on_two_copies_both_survive_a_merge() {
        let mut a = WalletDoc::new().unwrap();
        let id = a.add_cv(&cv("Maurer")).unwrap();
        let mut b = a.fork().unwrap();
        a.update_cv(&id, &cv("Polier")).unwrap();
        let mut moved = cv("Maurer");
        moved.place = Some("Gaziantep".into());
        b.update_cv(&id, &moved).unwrap();
        a.merge(&mut b).unwrap();
        let merged = &a.cv().unwrap()[0].value;
        assert_eq!(merged.title, "Polier");
        assert_eq!(merged.place.as_deref(), Some("Gaziantep"));
    }

    #[test]
    fn refuses_what_add_refuses_and_unknown_ids() {
        let mut doc = WalletDoc::new().unwrap();
        let id = doc.add_cv(&cv("Maurer")).unwrap();
        let err = doc.update_cv(&id, &cv(" ")).unwrap_err();
        assert!(matches!(err, Error::InvalidValue { ref field, .. } if field == "title"), "{err}");
        let mut bad_date = cv("Maurer");
        bad_date.from = Some("2015-13".into());
        assert!(matches!(doc.update_cv(&id, &bad_date), Err(Error::InvalidValue { .. })));
        let missing = ItemId("zzzzzzzz".into());
        assert!(matches!(doc.update_cv(&missing, &cv("x")), Err(Error::NotFound { .. })));
        let pid = doc.add_residence(&paper()).unwrap();
        let mut with_scan = paper();
        with_scan.attachment = Some(ItemId("aaaaaaaa".into()));
        let err = doc.update_residence(&pid, &with_scan).unwrap_err();
        assert!(matches!(err, Error::NotFound { list: "attachment", .. }), "{err}");
        assert_eq!(doc.residence().unwrap()[0].value, paper(), "a refused update changes nothing");
        let cert = Certificate {
            kind: CertificateKind::Language,
            title: "Deutsch B1".into(),
            issuer: None,
            issued_on: None,
            cefr_level: Some("B3".into()),
            exam: None,
            attachment: None,
        };
        let mut ok = cert.clone();
        ok.cefr_level = Some("B1".into());
        let cid = doc.add_certificate(&ok).unwrap();
        assert!(matches!(doc.update_certificate(&cid, &cert), Err(Error::InvalidValue { .. })));
        // An id from another list is not found in this one.
        assert!(matches!(doc.update_cv(&cid, &cv("x")), Err(Error::NotFound { .. })));
    }
}
