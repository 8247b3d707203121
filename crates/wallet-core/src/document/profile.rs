//! The profile: names, birth, nationality, aliases, languages and contact.

use automerge::transaction::Transactable;
use automerge::{ROOT, ReadDoc};

use super::doc::{WalletDoc, doc_err};
use super::model::*;
use crate::error::{Error, Result};

impl WalletDoc {
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
}
