//! `mappe agency init|export|import`: an office's own Mappe identity, the card holders share
//! to, and moving both to another computer of the same office.

use std::path::Path;

use wallet_core::crypto::Argon2Params;
use wallet_core::share::agency::{AgencyCard, MAX_OFFICE_EXPORT, OfficeExport};
use wallet_core::store::fsutil;
use wallet_core::wire::keystore;

use crate::context::Context;
use crate::{bad_input, t};

/// File name of the public card inside the agency folder.
pub const CARD_FILE: &str = "agency.json";
/// File name of the card's QR code (PNG) inside the agency folder, for a counter poster.
pub const CARD_QR_FILE: &str = "agency-card.png";

/// `mappe agency init`
pub fn init(ctx: &Context, name: &str, kind: &str) -> anyhow::Result<()> {
    if ctx.dir.exists() {
        bad_input!("agency-folder-taken", dir = ctx.dir.path().display().to_string());
    }
    let name = name.trim();
    if name.is_empty() || name.len() > 200 || name.chars().any(char::is_control) {
        bad_input!("agency-name-form");
    }
    if !wallet_core::share::agency::AGENCY_KINDS.contains(&kind) {
        bad_input!("agency-kind-unknown", given = kind, kinds = wallet_core::share::agency::AGENCY_KINDS.join(", "));
    }
    let pass = ctx.new_passphrase()?;
    let (wallet, code) = ctx.dir.create(&pass, Argon2Params::DEFAULT)?;
    let card = AgencyCard::new(wallet.keys(), name, kind)?;
    let card_path = ctx.dir.path().join(CARD_FILE);
    wallet_core::store::fsutil::write_atomic(&card_path, (card.to_json() + "\n").as_bytes())?;
    let dir = ctx.dir.path().display().to_string();
    println!("{}", t!("agency-created", name = &card.name, kind = kind, dir = dir));
    println!("{}", t!("agency-fingerprint", fingerprint = card.fingerprint().to_string()));
    println!("{}", t!("agency-card-file", file = card_path.display().to_string()));
    println!("{}", t!("agency-key-string", key = card.key_string()));
    // The card itself (compact JSON, signed) in a QR code: a person's phone app scans it to
    // address a share to this office, name included.
    let qr = crate::qr::encode(&card.to_compact())?;
    let qr_path = ctx.dir.path().join(CARD_QR_FILE);
    crate::qr::write_png(&qr, &qr_path)?;
    println!("{}", t!("agency-card-qr", file = qr_path.display().to_string()));
    println!("{}", crate::qr::terminal(&qr));
    println!();
    super::wallet::print_recovery_code(code.as_str());
    Ok(())
}

/// `mappe agency export`: the office's key (still locked by its passphrase) and card as one file.
pub fn export(ctx: &Context, out: &Path) -> anyhow::Result<()> {
    ctx.dir.public_identity()?;
    let keystore = fsutil::read_limited(&ctx.dir.keystore_path(), 4096, "the keystore")?;
    let card_path = ctx.dir.path().join(CARD_FILE);
    let card = match fsutil::read_limited(&card_path, MAX_OFFICE_EXPORT as u64, "the card") {
        Ok(bytes) => AgencyCard::parse(&bytes)?,
        Err(_) => bad_input!("agency-no-card", dir = ctx.dir.path().display().to_string(), file = CARD_FILE),
    };
    let export = OfficeExport::new(keystore, card)?;
    if out.exists() {
        bad_input!("file-exists", file = out.display().to_string());
    }
    fsutil::write_atomic(out, &export.to_bytes())?;
    println!("{}", t!("agency-exported", name = &export.card.name, file = out.display().to_string()));
    println!("{}", t!("agency-exported-how", fingerprint = export.card.fingerprint().to_string()));
    Ok(())
}

/// `mappe agency import`: sets up an office folder from an export file.
pub fn import(ctx: &Context, file: &Path) -> anyhow::Result<()> {
    if ctx.dir.exists() {
        bad_input!("agency-folder-taken", dir = ctx.dir.path().display().to_string());
    }
    let bytes = match fsutil::read_limited(file, MAX_OFFICE_EXPORT as u64, "the export file") {
        Ok(b) => b,
        Err(wallet_core::Error::TooLarge { .. }) => {
            bad_input!("agency-export-too-large", file = file.display().to_string())
        }
        Err(e) => return Err(e.into()),
    };
    let export = OfficeExport::parse(&bytes)?;
    let pass = ctx.passphrase(&format!("{} ", t!("open-office-passphrase-prompt")))?;
    let root = keystore::open(&export.keystore, &pass)?;
    ctx.dir.recover(&root, &pass, keystore::params(&export.keystore)?)?;
    let card_path = ctx.dir.path().join(CARD_FILE);
    fsutil::write_atomic(&card_path, (export.card.to_json() + "\n").as_bytes())?;
    let dir = ctx.dir.path().display().to_string();
    println!("{}", t!("agency-imported", name = &export.card.name, kind = &export.card.kind, dir = dir));
    println!("{}", t!("agency-imported-fingerprint", fingerprint = export.card.fingerprint().to_string()));
    Ok(())
}
