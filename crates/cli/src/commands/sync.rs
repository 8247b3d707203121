//! `mappe sync`: drives wallet-core's sync (`wallet_core::client::sync`) against the relay.

use wallet_core::Wallet;
use wallet_core::client::ClientError;
use wallet_core::client::shares::RefreshReport;
use wallet_core::client::sync::{SyncReport, SyncState, sync};
use wallet_core::time::now;

use crate::context::Context;
use crate::relay::{CliHost, block_on};
use crate::t;

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
            let text = t!("sync-withheld", detail = detail.as_str());
            Err(anyhow::Error::from(ClientError::Withheld(detail)).context(text))
        }
        Err(e) => Err(e.into()),
    }
}

/// Tells the person what happened to live shares: updates, and once, a share that stopped.
pub fn print_live(report: &RefreshReport) {
    for (id, rev) in &report.updated {
        println!("{}", t!("live-updated", id = id.to_string(), revision = *rev));
    }
    for id in &report.revoked_elsewhere {
        println!("{}", t!("live-revoked-elsewhere", id = id.to_string()));
    }
    for (id, why) in &report.stopped {
        println!("{}", t!("live-stopped", id = id.to_string(), why = why.to_string()));
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
    let (url, merged, seq) = (relay_url.as_str(), report.pulled, report.last_seq);
    println!(
        "{}",
        if report.pushed {
            t!("sync-done-sent", url = url, merged = merged, seq = seq)
        } else {
            t!("sync-done-nothing", url = url, merged = merged, seq = seq)
        }
    );
    if report.blobs_down + report.blobs_up > 0 {
        println!("{}", t!("sync-scans", down = report.blobs_down, up = report.blobs_up));
    }
    for name in &report.blobs_missing {
        println!("{}", t!("sync-scan-missing", name = name));
    }
    print_live(&report.live);
    Ok(())
}
