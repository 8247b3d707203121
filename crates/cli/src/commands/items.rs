//! `mappe profile|cv|cert|residence|attachment …`: editing what the wallet holds.

use wallet_core::Wallet;
use wallet_core::client::shares::refresh_live;
use wallet_core::document::{
    Certificate, CertificateKind, CvEntry, CvKind, ItemId, LanguageSkill, ProfileField, ResidenceKind, ResidencePaper,
    Section, WorkPermission,
};
use wallet_core::time::now;

use super::wallet::save;
use crate::cli::{AttachmentCommand, CertCommand, CvCommand, ProfileCommand, ResidenceCommand, ScanArgs};
use crate::context::Context;
use crate::output;
use crate::relay::{CliHost, block_on};
use crate::{bad_input, t};

fn json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

/// `mappe profile …`
pub fn profile(ctx: &Context, cmd: ProfileCommand) -> anyhow::Result<()> {
    match cmd {
        ProfileCommand::Set { field, mut values } => {
            let field = ProfileField::from_name(&field).map_err(|e| {
                let names: Vec<&str> = ProfileField::ALL.iter().map(|f| f.name()).collect();
                // Keep the wallet-core error underneath so the exit code stays 2 (bad input).
                anyhow::Error::from(e).context(t!(
                    "profile-unknown-field",
                    given = field.as_str(),
                    fields = names.join(", ")
                ))
            })?;
            // Check the values before asking for the passphrase.
            let languages: Vec<LanguageSkill> = match field {
                // `Arabic:native Deutsch:B1` or `Arabic:native,Deutsch:B1`: both mean two languages.
                ProfileField::Languages => values
                    .iter()
                    .flat_map(|v| v.split(','))
                    .filter(|v| !v.trim().is_empty())
                    .map(LanguageSkill::parse)
                    .collect::<Result<_, _>>()?,
                _ => Vec::new(),
            };
            if field == ProfileField::BirthDate {
                values = values.iter().map(|v| local_date(v)).collect();
            }
            if !field.is_list() {
                if values.len() > 1 {
                    bad_input!("profile-one-value", field = field.name());
                }
                if let Some(v) = values.first() {
                    field.validate(v)?;
                }
            }
            let mut wallet = ctx.unlock()?;
            match field {
                ProfileField::Aliases => wallet.doc_mut().set_aliases(&values)?,
                ProfileField::Languages => wallet.doc_mut().set_languages(&languages)?,
                _ => wallet.doc_mut().set_profile_text(field, values.first().map(String::as_str))?,
            }
            save(&mut wallet)?;
            follow_live(ctx, &mut wallet);
            if values.is_empty() {
                println!("{}", t!("profile-cleared", field = field.name()));
            } else {
                println!("{}", t!("profile-saved", field = field.name()));
            }
            Ok(())
        }
        ProfileCommand::Show { json: as_json } => {
            let wallet = ctx.unlock()?;
            let p = wallet.doc().profile()?;
            if as_json {
                json(&p)
            } else {
                print!("{}", output::profile(&p));
                Ok(())
            }
        }
    }
}

fn parse_kind<T>(parse: impl Fn(&str) -> Option<T>, names: String, text: &str) -> anyhow::Result<T> {
    // A wallet-core error (not a bare anyhow message) so the exit code is 2 (bad input).
    parse(text).ok_or_else(|| {
        anyhow::Error::from(wallet_core::Error::InvalidValue {
            field: "kind".into(),
            reason: t!("kind-unknown", given = text, kinds = names),
        })
    })
}

/// `mappe cv …`
pub fn cv(ctx: &Context, cmd: CvCommand) -> anyhow::Result<()> {
    match cmd {
        CvCommand::Add(a) => {
            let entry = CvEntry {
                kind: parse_kind(CvKind::parse, CvKind::names(), &a.kind)?,
                title: a.title,
                organisation: a.organisation,
                place: a.place,
                from: date(a.from),
                to: date(a.to),
                description: a.description,
            };
            entry.validate()?;
            let mut wallet = ctx.unlock()?;
            let id = wallet.doc_mut().add_cv(&entry)?;
            save(&mut wallet)?;
            follow_live(ctx, &mut wallet);
            println!("{}", t!("added-cv", id = id.to_string()));
            Ok(())
        }
        CvCommand::List { json: as_json } => {
            let wallet = ctx.unlock()?;
            let items = wallet.doc().cv()?;
            if as_json { json(&items) } else { print_block(output::cv(&items)) }
        }
        CvCommand::Remove { id } => remove(ctx, Section::Cv, &id),
        CvCommand::Export(a) => super::cv_export::export(ctx, a),
    }
}

fn print_block(text: String) -> anyhow::Result<()> {
    print!("{text}");
    Ok(())
}

/// `mappe cert …`
pub fn cert(ctx: &Context, cmd: CertCommand) -> anyhow::Result<()> {
    match cmd {
        CertCommand::Add(a) => {
            let mut cert = Certificate {
                kind: parse_kind(CertificateKind::parse, CertificateKind::names(), &a.kind)?,
                title: a.title,
                issuer: a.issuer,
                issued_on: date(a.issued_on),
                cefr_level: a.level,
                exam: a.exam,
                attachment: None,
            };
            cert.validate()?;
            check_readable(&a.scan)?;
            let mut wallet = ctx.unlock()?;
            cert.attachment = attach(&mut wallet, &a.scan)?;
            let added = wallet.doc_mut().add_certificate(&cert);
            let id = finish_add(&mut wallet, added, &cert.attachment)?;
            follow_live(ctx, &mut wallet);
            println!("{}", t!("added-certificate", id = id.to_string()));
            if let Some(att) = cert.attachment {
                println!("{}", t!("added-scan", id = att.to_string()));
            }
            Ok(())
        }
        CertCommand::List { json: as_json } => {
            let wallet = ctx.unlock()?;
            let items = wallet.doc().certificates()?;
            if as_json { json(&items) } else { print_block(output::certificates(&items, &wallet.doc().attachments()?)) }
        }
        CertCommand::Remove { id } => remove(ctx, Section::Certificates, &id),
    }
}

/// `--work`: one of the stored forms, refused (exit 2) before the passphrase prompt otherwise.
fn parse_work(text: &str) -> Result<WorkPermission, wallet_core::Error> {
    WorkPermission::parse(text).ok_or_else(|| wallet_core::Error::InvalidValue {
        field: "work".into(),
        reason: t!("kind-unknown", given = text, kinds = WorkPermission::names()),
    })
}

/// `mappe residence …`
pub fn residence(ctx: &Context, cmd: ResidenceCommand) -> anyhow::Result<()> {
    match cmd {
        ResidenceCommand::Add(a) => {
            let mut paper = ResidencePaper {
                kind: parse_kind(ResidenceKind::parse, ResidenceKind::names(), &a.kind)?,
                number: a.number,
                issued_on: date(a.issued_on),
                valid_until: date(a.valid_until),
                authority: a.authority,
                attachment: None,
                legal_basis: a.legal_basis,
                work: a.work.as_deref().map(parse_work).transpose()?,
                conditions: a.conditions,
            };
            paper.validate()?;
            check_readable(&a.scan)?;
            let mut wallet = ctx.unlock()?;
            paper.attachment = attach(&mut wallet, &a.scan)?;
            let added = wallet.doc_mut().add_residence(&paper);
            let id = finish_add(&mut wallet, added, &paper.attachment)?;
            follow_live(ctx, &mut wallet);
            println!("{}", t!("added-residence", id = id.to_string()));
            if let Some(att) = paper.attachment {
                println!("{}", t!("added-scan", id = att.to_string()));
            }
            Ok(())
        }
        ResidenceCommand::List { json: as_json } => {
            let wallet = ctx.unlock()?;
            let items = wallet.doc().residence()?;
            if as_json { json(&items) } else { print_block(output::residence(&items, &wallet.doc().attachments()?)) }
        }
        ResidenceCommand::Remove { id } => remove(ctx, Section::Residence, &id),
    }
}

/// Fails early, before the passphrase prompt, when a scan to attach cannot be read.
fn check_readable(scan: &ScanArgs) -> anyhow::Result<()> {
    if let Some(path) = scan.file.as_deref() {
        let unreadable = |e| wallet_core::Error::UnreadableInput { path: path.to_path_buf(), source: e };
        let meta = std::fs::metadata(path).map_err(unreadable)?;
        if !meta.is_file() {
            return Err(unreadable(std::io::Error::other(t!("not-a-regular-file"))).into());
        }
        std::fs::File::open(path).map_err(unreadable)?;
    }
    if let Some(m) = &scan.media_type {
        wallet_core::document::check_media_type(m)?;
    }
    Ok(())
}

fn attach(wallet: &mut Wallet, scan: &ScanArgs) -> anyhow::Result<Option<ItemId>> {
    match scan.file.as_deref() {
        Some(path) => Ok(Some(wallet.add_attachment(path, scan.media_type.as_deref())?)),
        None => Ok(None),
    }
}

/// Saves after an add; on any failure removes the scan that was encrypted for it.
/// After an edit: live shares whose fields changed get a new revision at once (best effort; a
/// failure here leaves the edit saved and `mappe sync` retries).
fn follow_live(ctx: &Context, wallet: &mut Wallet) {
    let has_live = wallet
        .doc()
        .share_records()
        .map(|r| r.iter().any(|s| s.live && s.revoked_at.is_none() && s.stopped_following.is_none()))
        .unwrap_or(false);
    if !has_live {
        return;
    }
    let (keys, doc) = wallet.parts_mut();
    let mut host = CliHost::for_wallet(ctx.dir.path(), keys);
    match block_on(refresh_live(&mut host, keys, doc, now())) {
        Ok(report) => super::sync::print_live(&report),
        Err(e) => eprintln!("{}", t!("live-not-updated", why = e.to_string())),
    }
}

fn finish_add(
    wallet: &mut Wallet,
    added: wallet_core::Result<ItemId>,
    attachment: &Option<ItemId>,
) -> anyhow::Result<ItemId> {
    let result = added.map_err(anyhow::Error::from).and_then(|id| save(wallet).map(|()| id));
    if let (Err(_), Some(att)) = (&result, attachment) {
        let _ = std::fs::remove_file(wallet.attachment_path(att));
    }
    result
}

fn remove(ctx: &Context, section: Section, id: &str) -> anyhow::Result<()> {
    let mut wallet = ctx.unlock()?;
    let id = wallet.doc().resolve(section, id)?;
    let attachment = match section {
        Section::Certificates => {
            wallet.doc().certificates()?.into_iter().find(|c| c.id == id).and_then(|c| c.value.attachment)
        }
        Section::Residence => {
            wallet.doc().residence()?.into_iter().find(|r| r.id == id).and_then(|r| r.value.attachment)
        }
        _ => None,
    };
    wallet.doc_mut().remove(section, id.as_str())?;
    if let Some(att) = &attachment
        && wallet.doc().attachment_users(att)?.is_empty()
    {
        wallet.doc_mut().remove(Section::Attachments, att.as_str())?;
    }
    save(&mut wallet)?;
    follow_live(ctx, &mut wallet);
    // Only after the document no longer names them are scans deleted from disk.
    wallet.remove_orphan_blobs()?;
    let id = id.to_string();
    println!(
        "{}",
        match section {
            Section::Cv => t!("removed-cv", id = id),
            Section::Certificates => t!("removed-certificate", id = id),
            Section::Residence => t!("removed-residence", id = id),
            Section::Attachments => t!("removed-attachment", id = id),
        }
    );
    Ok(())
}

/// `mappe attachment …`
pub fn attachment(ctx: &Context, cmd: AttachmentCommand) -> anyhow::Result<()> {
    match cmd {
        AttachmentCommand::List { json: as_json } => {
            let wallet = ctx.unlock()?;
            let items = wallet.doc().attachments()?;
            if as_json { json(&items) } else { print_block(output::attachments(&items)) }
        }
        AttachmentCommand::Export { id, path } => {
            if path.is_dir() {
                bad_input!("path-is-folder", path = path.display().to_string());
            }
            let wallet = ctx.unlock()?;
            let id = wallet.export_attachment(&id, &path)?;
            println!("{}", t!("attachment-exported", id = id.to_string(), file = path.display().to_string()));
            Ok(())
        }
    }
}

/// A date argument as stored: the person's local form (`15.04.1991` in German, `15/04/1991` in
/// Arabic) becomes `1991-04-15`; anything else is left for the entry's own check to judge.
fn date(value: Option<String>) -> Option<String> {
    value.map(|v| local_date(&v))
}

fn local_date(value: &str) -> String {
    wallet_core::i18n::parse_date(crate::i18n::lang(), value)
        .unwrap_or_else(|| wallet_core::document::normalize_date(value))
}
