//! Test helper: opens a wallet with keys from a recovery code and saves edits in a loop,
//! printing the number of each completed save, until it is killed.

#![allow(missing_docs)]

use std::io::Write;

use anyhow::Context;
use wallet_core::WalletDir;
use wallet_core::document::{CvEntry, CvKind, ProfileField};
use wallet_core::keys::RecoveryCode;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = WalletDir::new(args.next().context("usage: save_loop DIR RECOVERY_CODE")?);
    let root = RecoveryCode::parse(&args.next().context("usage: save_loop DIR RECOVERY_CODE")?)?;
    let mut wallet = dir.open_with_keys(root.derive())?;
    let mut out = std::io::stdout();
    for i in 1u64.. {
        wallet.doc_mut().set_profile_text(ProfileField::GivenNames, Some(&format!("n{i}")))?;
        // Grow the document too, so saves differ in size and take measurable time.
        wallet.doc_mut().add_cv(&CvEntry {
            kind: CvKind::Work,
            title: format!("job {i}"),
            organisation: Some("x".repeat(200)),
            place: None,
            from: None,
            to: None,
            description: None,
        })?;
        wallet.save()?;
        writeln!(out, "{i}")?;
        out.flush()?;
    }
    Ok(())
}
