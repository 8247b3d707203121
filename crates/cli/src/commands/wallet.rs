//! `mappe init`, `mappe recover`, `mappe show`.

use anyhow::Context as _;
use wallet_core::crypto::Argon2Params;
use wallet_core::keys::RecoveryCode;

use crate::context::{Context, read_recovery_code};
use crate::{output, t};

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
    println!("{}", t!("init-created", dir = ctx.dir.path().display().to_string()));
    println!("{}", t!("wallet-your-fingerprint", fingerprint = id.fingerprint().to_string()));
    println!();
    print_recovery_code(code.as_str());
    Ok(())
}

/// Prints the recovery code with the warning that goes with it.
pub fn print_recovery_code(code: &str) {
    println!("{}", t!("recovery-code-heading"));
    println!();
    for line in code.split('-').collect::<Vec<_>>().chunks(7) {
        println!("    {}", line.join("-"));
    }
    println!();
    println!("{}", t!("recovery-code-use"));
    println!("{}", t!("recovery-code-secret"));
}

/// `mappe recover`
pub fn recover(ctx: &Context, relay: Option<&str>) -> anyhow::Result<()> {
    if let Some(url) = relay
        && let Err(why) = wallet_core::share::check_relay_url(url.trim_end_matches('/'))
    {
        crate::bad_input!("relay-bad-url", url = url, why = why.to_string());
    }
    let line = read_recovery_code()?;
    // As a wallet-core error, so the exit code is 2 (bad input) like other input errors.
    let root = RecoveryCode::parse(&line).map_err(wallet_core::Error::from)?;
    let pass = ctx.new_passphrase()?;
    let had_document = ctx.dir.wallet_path().exists();
    let mut wallet = ctx.dir.recover(&root, &pass, Argon2Params::DEFAULT).map_err(|e| match e {
        wallet_core::Error::WalletExists { dir } => {
            anyhow::anyhow!(t!("recover-other-wallet", dir = dir.display().to_string()))
        }
        other => other.into(),
    })?;
    println!("{}", t!("recover-keys-back", dir = ctx.dir.path().display().to_string()));
    println!(
        "{}",
        t!("wallet-your-fingerprint", fingerprint = wallet.keys().public_identity().fingerprint().to_string())
    );
    if let Some(url) = relay {
        let url = url.trim_end_matches('/');
        let report = super::sync::sync_wallet(ctx, &mut wallet, url).with_context(|| t!("recover-fetch-failed"))?;
        crate::config::remember_relay(ctx.dir.path(), url)?;
        let json = wallet.to_json()?;
        println!(
            "{}",
            t!(
                "recover-fetched",
                url = url,
                cv = json.cv.len(),
                certificates = json.certificates.len(),
                residence = json.residence.len(),
                scans = json.attachments.len() - report.blobs_missing.len()
            )
        );
        for name in &report.blobs_missing {
            println!("{}", t!("sync-scan-missing", name = name));
        }
    } else if had_document {
        println!("{}", t!("recover-file-unchanged"));
    } else {
        println!("{}", t!("recover-empty"));
        println!("{}", t!("recover-give-relay"));
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
    wallet.save().with_context(|| t!("save-failed"))
}
