//! Choosing what to share by readable paths, and the projection of the wallet they select.
//!
//! ```text
//! profile                      the whole profile
//! profile.<field>              one field: given_names, family_name, aliases, birth_date,
//!                              birth_place, nationality, languages, contact, contact.phone,
//!                              contact.email, contact.address
//! cv | certificates | residence            every entry of the list (no scans)
//! cv/<id> | certificates/<id> | residence/<id>   one entry (id or unique id prefix)
//! residence/current            the residence paper valid longest from today
//! certificates/<id>/scan | residence/<id>/scan | residence/current/scan
//!                              the entry together with its attached scan
//! ```

use serde_json::{Map, Value};

use crate::document::{AttachmentMeta, Item, ItemId, ProfileField, Section, WalletDoc};
use crate::error::{Error, Result};

/// One parsed path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldPath {
    /// The whole profile.
    Profile,
    /// One profile field (`contact` means all contact fields).
    ProfileField(String),
    /// Every entry of a list.
    Section(Section),
    /// One entry, optionally with its scan.
    Item {
        /// Which list.
        section: Section,
        /// The entry (`None` with `Residence` = the current residence paper).
        id: Option<String>,
        /// Whether the scan is shared too.
        scan: bool,
    },
}

/// What a selection contains, for the consent text (in the holder's language) and the viewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Described {
    /// The whole profile.
    WholeProfile,
    /// One profile field, by JSON name (`family_name`, `contact.phone`, `contact`, …).
    ProfileField(String),
    /// Every CV entry / certificate / residence paper.
    WholeSection(Section),
    /// One entry with its title as written in the wallet.
    Item {
        /// Which list.
        section: Section,
        /// The entry's title ("Deutsch B1", "Aufenthaltserlaubnis").
        title: String,
    },
    /// The scan attached to an entry.
    Scan {
        /// Which list.
        section: Section,
        /// The entry's title.
        title: String,
        /// The scan's file name.
        file: String,
    },
}

/// A resolved selection: the projected content, the scans to re-encrypt, and what to tell the holder.
#[derive(Debug)]
pub struct Selection {
    /// The paths with id prefixes expanded to full ids (`residence/current` stays as it is, so a
    /// live share follows the current paper); what the manifest and the share record name.
    pub paths: Vec<String>,
    /// The projection, as JSON (a subset of the wallet's JSON export without attachment ids).
    pub content: Value,
    /// Scans to include: which entry they belong to (`certificates/<id>`), and their record.
    pub attachments: Vec<(String, ItemId, AttachmentMeta)>,
    /// What is shared, for the consent summary.
    pub described: Vec<Described>,
}

impl FieldPath {
    /// Parses one path.
    pub fn parse(text: &str) -> Result<Self> {
        let bad = |why: &str| Error::InvalidValue { field: "fields".into(), reason: format!("`{text}`: {why}") };
        let text = text.trim();
        if text == "profile" {
            return Ok(Self::Profile);
        }
        if let Some(field) = text.strip_prefix("profile.") {
            // Every field `mappe profile set` knows, and `contact` for all contact fields at once.
            if field == "contact" || ProfileField::from_name(field).is_ok() {
                return Ok(Self::ProfileField(field.to_string()));
            }
            let names: Vec<&str> = ProfileField::ALL.iter().map(|f| f.name()).chain(["contact"]).collect();
            return Err(bad(&format!("unknown profile field; use one of {}", names.join(", "))));
        }
        let mut parts = text.split('/');
        let section = match parts.next() {
            Some("cv") => Section::Cv,
            Some("certificates") => Section::Certificates,
            Some("residence") => Section::Residence,
            _ => {
                return Err(bad(
                    "a path starts with profile, cv, certificates or residence (see `mappe share --help`)",
                ));
            }
        };
        let id = parts.next();
        let rest = parts.next();
        if parts.next().is_some() {
            return Err(bad("too many parts"));
        }
        match (id, rest) {
            (None, _) => Ok(Self::Section(section)),
            (Some(""), _) => Err(bad("an id is missing after the `/`")),
            (Some(id), scan) => {
                let scan = match scan {
                    None => false,
                    Some("scan") if section != Section::Cv => true,
                    Some(_) => {
                        return Err(bad("only certificates and residence papers have a `/scan`"));
                    }
                };
                let id = if section == Section::Residence && id == "current" { None } else { Some(id.to_string()) };
                Ok(Self::Item { section, id, scan })
            }
        }
    }
}

fn strip_attachment(mut v: Value) -> Value {
    if let Value::Object(map) = &mut v {
        map.remove("attachment");
    }
    v
}

fn to_value<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// The residence paper that is valid longest, among those not expired at `today` (YYYY-MM-DD).
pub(crate) fn current_residence(doc: &WalletDoc, today: &str) -> Result<Option<ItemId>> {
    let papers = doc.residence()?;
    // A partial date means the end of that year or month ("2026" is valid through 2026-12-31).
    let end = |d: &str| match d.len() {
        4 => format!("{d}-12-31"),
        7 => format!("{d}-31"),
        _ => d.to_string(),
    };
    // No expiry date (a settlement permit) counts as valid longest.
    let best = papers
        .iter()
        .filter(|p| p.value.valid_until.as_deref().is_none_or(|d| end(d).as_str() >= today))
        .max_by(|a, b| {
            let key = |p: &Item<crate::document::ResidencePaper>| {
                (p.value.valid_until.is_none(), p.value.valid_until.as_deref().map(end), p.value.issued_on.clone())
            };
            key(a).cmp(&key(b))
        });
    Ok(best.map(|p| p.id.clone()))
}

/// Resolves `paths` against the document at date `today` (YYYY-MM-DD).
pub fn select(doc: &WalletDoc, paths: &[String], today: &str) -> Result<Selection> {
    if paths.is_empty() {
        return Err(Error::InvalidValue {
            field: "fields".into(),
            reason: "choose at least one field to share".into(),
        });
    }
    let parsed: Vec<FieldPath> = paths.iter().map(|p| FieldPath::parse(p)).collect::<Result<_>>()?;
    let profile = doc.profile()?;
    let profile_json = to_value(&profile);
    let mut content = Map::new();
    let mut described = Vec::new();
    let mut canonical: Vec<String> = Vec::new();
    let mut attachments: Vec<(String, ItemId, AttachmentMeta)> = Vec::new();
    let mut sections: Vec<(Section, Vec<Value>)> = Vec::new();
    let push_item = |sections: &mut Vec<(Section, Vec<Value>)>, section: Section, v: Value| match sections
        .iter_mut()
        .find(|(s, _)| *s == section)
    {
        Some((_, list)) => {
            if !list.contains(&v) {
                list.push(v);
            }
        }
        None => sections.push((section, vec![v])),
    };

    for path in &parsed {
        match path {
            FieldPath::Profile => {
                canonical.push("profile".into());
                content.insert("profile".into(), profile_json.clone());
                described.push(Described::WholeProfile);
            }
            FieldPath::ProfileField(field) => {
                canonical.push(format!("profile.{field}"));
                let entry = content.entry("profile").or_insert_with(|| Value::Object(Map::new()));
                if let (Value::Object(out), Value::Object(all)) = (entry, &profile_json) {
                    match field.split_once('.') {
                        Some(("contact", sub)) => {
                            let contact = out.entry("contact").or_insert_with(|| Value::Object(Map::new()));
                            if let Value::Object(c) = contact {
                                c.insert(sub.into(), all["contact"][sub].clone());
                            }
                        }
                        _ => {
                            out.insert(field.clone(), all[field.as_str()].clone());
                        }
                    }
                }
                described.push(Described::ProfileField(field.clone()));
            }
            FieldPath::Section(section) => {
                canonical.push(section.key().to_string());
                let items: Vec<Value> = match section {
                    Section::Cv => doc.cv()?.iter().map(to_value).collect(),
                    Section::Certificates => doc.certificates()?.iter().map(to_value).collect(),
                    Section::Residence => doc.residence()?.iter().map(to_value).collect(),
                    Section::Attachments => Vec::new(),
                };
                for v in items {
                    push_item(&mut sections, *section, strip_attachment(v));
                }
                described.push(Described::WholeSection(*section));
            }
            FieldPath::Item { section, id, scan } => {
                let suffix = if *scan { "/scan" } else { "" };
                let id = match id {
                    Some(prefix) => {
                        let full = doc.resolve(*section, prefix)?;
                        canonical.push(format!("{}/{full}{suffix}", section.key()));
                        full
                    }
                    None => {
                        canonical.push(format!("residence/current{suffix}"));
                        current_residence(doc, today)?.ok_or_else(|| Error::NotFound {
                            list: "residence paper",
                            id: "current (none is valid today)".into(),
                        })?
                    }
                };
                let (value, title, attachment) = match section {
                    Section::Cv => {
                        let item = doc.cv()?.into_iter().find(|i| i.id == id);
                        let item = item.ok_or_else(|| Error::NotFound { list: "CV", id: id.to_string() })?;
                        let title = item.value.title.clone();
                        (to_value(&item), title, None)
                    }
                    Section::Certificates => {
                        let item = doc.certificates()?.into_iter().find(|i| i.id == id);
                        let item = item.ok_or_else(|| Error::NotFound { list: "certificate", id: id.to_string() })?;
                        let title = item.value.title.clone();
                        let att = item.value.attachment.clone();
                        (to_value(&item), title, att)
                    }
                    _ => {
                        let item = doc.residence()?.into_iter().find(|i| i.id == id);
                        let item =
                            item.ok_or_else(|| Error::NotFound { list: "residence paper", id: id.to_string() })?;
                        let title = item.value.kind.official_name().to_string();
                        let att = item.value.attachment.clone();
                        (to_value(&item), title, att)
                    }
                };
                push_item(&mut sections, *section, strip_attachment(value));
                described.push(Described::Item { section: *section, title: title.clone() });
                if *scan {
                    let att_id = attachment.ok_or_else(|| Error::InvalidValue {
                        field: "fields".into(),
                        reason: format!("{}/{id} has no scan attached", section.key()),
                    })?;
                    let meta = doc
                        .attachment(&att_id)?
                        .ok_or_else(|| Error::NotFound { list: "attachment", id: att_id.to_string() })?;
                    let owner = format!("{}/{id}", section.key());
                    if !attachments.iter().any(|(_, a, _)| *a == att_id) {
                        described.push(Described::Scan { section: *section, title, file: meta.name.clone() });
                        attachments.push((owner, att_id, meta));
                    }
                }
            }
        }
    }
    for (section, list) in sections {
        content.insert(section.key().into(), Value::Array(list));
    }
    Ok(Selection { paths: canonical, content: Value::Object(content), attachments, described })
}
