//! `mappe agency init`: an office's own Mappe identity, and the card holders share to.

use wallet_core::crypto::Argon2Params;
use wallet_core::share::agency::AgencyCard;

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
    let qr = crate::qr::encode(&serde_json::to_string(&card)?)?;
    let qr_path = ctx.dir.path().join(CARD_QR_FILE);
    crate::qr::write_png(&qr, &qr_path)?;
    println!("The card as a QR code, for people to scan with the Mappe app (also in {}):", qr_path.display());
    println!("{}", crate::qr::terminal(&qr));
    println!();
    super::wallet::print_recovery_code(code.as_str());
    Ok(())
}
