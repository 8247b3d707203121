//! `mappe agency init|export|import`: an office's own Mappe identity, the card holders share
//! to, and moving both to another computer of the same office.

use std::path::Path;

use wallet_core::crypto::Argon2Params;
use wallet_core::share::agency::{AgencyCard, MAX_OFFICE_EXPORT, OfficeExport};
use wallet_core::store::fsutil;
use wallet_core::wire::keystore;

use crate::bad_input;
use crate::context::Context;

/// File name of the public card inside the agency folder.
pub const CARD_FILE: &str = "agency.json";
/// File name of the card's QR code (PNG) inside the agency folder, for a counter poster.
pub const CARD_QR_FILE: &str = "agency-card.png";

/// `mappe agency init`
pub fn init(ctx: &Context, name: &str, kind: &str) -> anyhow::Result<()> {
    if ctx.dir.exists() {
        bad_input!("{} already holds a Mappe identity; choose another folder with --wallet", ctx.dir.path().display());
    }
    let name = name.trim();
    if name.is_empty() || name.len() > 200 || name.chars().any(char::is_control) {
        bad_input!("--name: give the office's name, 1 to 200 characters of plain text");
    }
    if !wallet_core::share::agency::AGENCY_KINDS.contains(&kind) {
        bad_input!("--kind {kind}: use one of {}", wallet_core::share::agency::AGENCY_KINDS.join(", "));
    }
    let pass = ctx.new_passphrase()?;
    let (wallet, code) = ctx.dir.create(&pass, Argon2Params::DEFAULT)?;
    let card = AgencyCard::new(wallet.keys(), name, kind)?;
    let card_path = ctx.dir.path().join(CARD_FILE);
    wallet_core::store::fsutil::write_atomic(&card_path, (card.to_json() + "\n").as_bytes())?;
    println!("Created the Mappe identity of {} ({kind}) in {}.", card.name, ctx.dir.path().display());
    println!("Fingerprint (compare it aloud with people who share to you): {}", card.fingerprint());
    println!("Public card for people who share to this office: {}", card_path.display());
    println!("Or give them this key: {}", card.key_string());
    // The card itself (compact JSON, signed) in a QR code: a person's phone app scans it to
    // address a share to this office, name included.
    let qr = crate::qr::encode(&card.to_compact())?;
    let qr_path = ctx.dir.path().join(CARD_QR_FILE);
    crate::qr::write_png(&qr, &qr_path)?;
    println!("The card as a QR code, for people to scan with the Mappe app (also in {}):", qr_path.display());
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
        Err(_) => bad_input!(
            "{} has no office card ({CARD_FILE}); is it an office folder made by `mappe agency init`?",
            ctx.dir.path().display()
        ),
    };
    let export = OfficeExport::new(keystore, card)?;
    if out.exists() {
        bad_input!("{} already exists; choose another file", out.display());
    }
    fsutil::write_atomic(out, &export.to_bytes())?;
    println!("Wrote the key of {} to {}.", export.card.name, out.display());
    println!("It stays locked by the office passphrase: take it to the office's other computer and import it there");
    println!("(`mappe agency import` or the office desk in the browser). Fingerprint: {}", export.card.fingerprint());
    Ok(())
}

/// `mappe agency import`: sets up an office folder from an export file.
pub fn import(ctx: &Context, file: &Path) -> anyhow::Result<()> {
    if ctx.dir.exists() {
        bad_input!("{} already holds a Mappe identity; choose another folder with --wallet", ctx.dir.path().display());
    }
    let bytes = match fsutil::read_limited(file, MAX_OFFICE_EXPORT as u64, "the export file") {
        Ok(b) => b,
        Err(wallet_core::Error::TooLarge { .. }) => {
            bad_input!("{} is too large to be an office export file", file.display())
        }
        Err(e) => return Err(e.into()),
    };
    let export = OfficeExport::parse(&bytes)?;
    let pass = ctx.passphrase("Passphrase of the office's Mappe key: ")?;
    let root = keystore::open(&export.keystore, &pass)?;
    ctx.dir.recover(&root, &pass, keystore::params(&export.keystore)?)?;
    let card_path = ctx.dir.path().join(CARD_FILE);
    fsutil::write_atomic(&card_path, (export.card.to_json() + "\n").as_bytes())?;
    println!("Set up the Mappe key of {} ({}) in {}.", export.card.name, export.card.kind, ctx.dir.path().display());
    println!("Fingerprint (compare it with the office's other computers): {}", export.card.fingerprint());
    Ok(())
}
