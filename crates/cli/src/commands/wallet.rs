//! `mappe init`, `mappe recover`, `mappe show`.

use anyhow::Context as _;
use wallet_core::crypto::Argon2Params;
use wallet_core::keys::RecoveryCode;

use crate::context::{Context, read_recovery_code};
use crate::output;

/// `mappe init`
pub fn init(ctx: &Context) -> anyhow::Result<()> {
    if ctx.dir.exists() {
        return Err(wallet_core::Error::WalletExists { dir: ctx.dir.path().to_path_buf() }.into());
    }
    if ctx.dir.wallet_path().exists() {
        return Err(wallet_core::Error::KeystoreMissing { dir: ctx.dir.path().to_path_buf() }.into());
    }
    let pass = ctx.new_passphrase()?;
    let (wallet, code) = ctx.dir.create(&pass, Argon2Params::DEFAULT)?;
    let id = wallet.keys().public_identity();
    println!("Created a new wallet in {}.", ctx.dir.path().display());
    println!("Your wallet's fingerprint: {}", id.fingerprint());
    println!();
    print_recovery_code(code.as_str());
    Ok(())
}

/// Prints the recovery code with the warning that goes with it.
pub fn print_recovery_code(code: &str) {
    println!("YOUR RECOVERY CODE — write it on paper now. It is shown only this once.");
    println!();
    for line in code.split('-').collect::<Vec<_>>().chunks(7) {
        println!("    {}", line.join("-"));
    }
    println!();
    println!("If you lose this device or forget your passphrase, this code brings your wallet back.");
    println!("Anyone who has this code can open your wallet: do not photograph it, do not send it to anyone.");
}

/// `mappe recover`
pub fn recover(ctx: &Context, relay: Option<&str>) -> anyhow::Result<()> {
    if let Some(url) = relay
        && let Err(why) = wallet_core::share::check_relay_url(url.trim_end_matches('/'))
    {
        crate::bad_input!("--relay {url}: {why}");
    }
    let line = read_recovery_code()?;
    // As a wallet-core error, so the exit code is 2 (bad input) like other input errors.
    let root = RecoveryCode::parse(&line).map_err(wallet_core::Error::from)?;
    let pass = ctx.new_passphrase()?;
    let had_document = ctx.dir.wallet_path().exists();
    let mut wallet = ctx.dir.recover(&root, &pass, Argon2Params::DEFAULT).map_err(|e| match e {
        wallet_core::Error::WalletExists { dir } => {
            anyhow::anyhow!("a different wallet is already in {}; choose another folder with --wallet", dir.display())
        }
        other => other.into(),
    })?;
    println!("Recovered the wallet's keys in {}.", ctx.dir.path().display());
    println!("Your wallet's fingerprint: {}", wallet.keys().public_identity().fingerprint());
    if let Some(url) = relay {
        let url = url.trim_end_matches('/');
        let report = super::sync::sync_wallet(ctx, &mut wallet, url)
            .context("the keys are back, but the papers could not be fetched; run `mappe sync` to try again")?;
        crate::config::remember_relay(ctx.dir.path(), url)?;
        let json = wallet.to_json()?;
        println!(
            "Fetched the wallet from {url}: {} CV entries, {} certificates, {} residence papers, {} scans.",
            json.cv.len(),
            json.certificates.len(),
            json.residence.len(),
            json.attachments.len() - report.blobs_missing.len()
        );
        for name in &report.blobs_missing {
            println!("Scan {name} is not on the relay yet: sync the device that added it.");
        }
    } else if had_document {
        println!("The wallet file in this folder opened with these keys; its contents are unchanged.");
    } else {
        println!("The wallet on this device is empty: the recovery code brings back your keys, not your papers.");
        println!("Give --relay with the relay your other device synced with to fetch your papers.");
    }
    Ok(())
}

/// `mappe show`
pub fn show(ctx: &Context, json: bool) -> anyhow::Result<()> {
    let wallet = ctx.unlock()?;
    let export = wallet.to_json()?;
    if json {
        println!("{}", export.to_pretty());
    } else {
        print!("{}", output::wallet(&export));
    }
    Ok(())
}

/// Shared by commands that write: save and say so.
pub fn save(wallet: &mut wallet_core::Wallet) -> anyhow::Result<()> {
    wallet.save().context("the change could not be saved; the wallet file is unchanged")
}
