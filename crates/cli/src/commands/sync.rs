//! `mappe sync`: drives wallet-core's sync (`wallet_core::client::sync`) against the relay.

use wallet_core::Wallet;
use wallet_core::client::ClientError;
use wallet_core::client::shares::RefreshReport;
use wallet_core::client::sync::{SyncReport, SyncState, sync};
use wallet_core::time::now;

use crate::context::Context;
use crate::relay::{CliHost, block_on};

/// Synchronises the wallet in `ctx` with the relay at `relay_url`.
pub fn sync_wallet(ctx: &Context, wallet: &mut Wallet, relay_url: &str) -> anyhow::Result<SyncReport> {
    let state = CliHost::load_sync_state(ctx.dir.path(), relay_url)?;
    sync_from(ctx, wallet, state)
}

fn sync_from(ctx: &Context, wallet: &mut Wallet, mut state: SyncState) -> anyhow::Result<SyncReport> {
    let (keys, doc) = wallet.parts_mut();
    let mut host = CliHost::for_wallet(ctx.dir.path(), keys);
    match block_on(sync(&mut host, keys, doc, &mut state, now())) {
        Ok(report) => Ok(report),
        // The relay has less than this device saw. Said plainly, with the way out, because the
        // honest reason is common: the relay was restored from a backup.
        Err(ClientError::Withheld(detail)) => {
            let text = format!(
                "the relay is missing changes this device has seen ({detail}); nothing was merged. \
                 If the relay was restored from a backup, run `mappe sync --resend` to give it this device's \
                 changes again; if not, the relay may be withholding them: ask the counselling centre that runs it"
            );
            Err(anyhow::Error::from(ClientError::Withheld(detail)).context(text))
        }
        Err(e) => Err(e.into()),
    }
}

/// Tells the person what happened to live shares: updates, and once, a share that stopped.
pub fn print_live(report: &RefreshReport) {
    for (id, rev) in &report.updated {
        println!("Live share {id} updated to revision {rev}.");
    }
    for id in &report.revoked_elsewhere {
        println!("Live share {id} was revoked on another device; it is now recorded as revoked here too.");
    }
    for (id, why) in &report.stopped {
        println!(
            "Live share {id} no longer follows your wallet ({why}). The office keeps seeing the last version; \
             revoke it with `mappe revoke {id}` and share again if needed."
        );
    }
}

/// `mappe sync`
pub fn run(ctx: &Context, relay_flag: Option<&str>, resend: bool) -> anyhow::Result<()> {
    let relay_url = super::share::relay_url(ctx, relay_flag)?;
    let mut wallet = ctx.unlock()?;
    let report = if resend {
        // As if this device had never synced with the relay: read its whole log, merge, and
        // send every change of this device the relay does not have.
        sync_from(ctx, &mut wallet, SyncState::for_relay(None, &relay_url))?
    } else {
        sync_wallet(ctx, &mut wallet, &relay_url)?
    };
    crate::config::remember_relay(ctx.dir.path(), &relay_url)?;
    println!(
        "Synced with {relay_url}: merged {} entries from other devices, {}; log at entry {}.",
        report.pulled,
        if report.pushed { "sent this device's changes" } else { "nothing new to send" },
        report.last_seq
    );
    if report.blobs_down + report.blobs_up > 0 {
        println!("Scans: {} downloaded, {} uploaded.", report.blobs_down, report.blobs_up);
    }
    for name in &report.blobs_missing {
        println!("Scan {name} is not on the relay yet: sync the device that added it.");
    }
    print_live(&report.live);
    Ok(())
}
