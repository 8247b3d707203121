//! `mappe forget`: ask a relay to delete everything of this wallet, keep its signed receipt in
//! the wallet folder (`receipts/`), and list the receipts kept. The protocol and the receipt's
//! checks are in `wallet_core::client::forget` and `wallet_core::forget`.

use std::path::Path;

use wallet_core::client::forget::{self, Forgotten};
use wallet_core::forget::DeletionReceipt;
use wallet_core::store::fsutil;
use wallet_core::time::{datetime_of, now};

use super::share::{confirm, relay_url};
use crate::context::Context;
use crate::output::clean;
use crate::relay::{CliHost, block_on};
use crate::t;

/// The folder of the wallet folder that keeps deletion receipts.
pub const RECEIPTS_DIR: &str = "receipts";
/// Largest receipt file read.
const MAX_RECEIPT: u64 = 4 * 1024 * 1024;

/// `mappe forget [--relay URL] [--yes]`
pub fn forget(ctx: &Context, relay: Option<&str>, yes: bool) -> anyhow::Result<()> {
    let url = relay_url(ctx, relay)?;
    let mut wallet = ctx.unlock()?;
    let live = forget::live_shares_on(wallet.doc(), &url, now())?;
    println!("{}", t!("forget-asking", url = clean(&url)));
    println!("{}", t!("forget-what"));
    println!("{}", t!("forget-live-shares", count = live.len()));
    println!("{}", t!("forget-cannot-take-back"));
    println!("{}", t!("forget-device-kept"));
    if !confirm(&t!("forget-question"), yes)? {
        println!("{}", t!("forget-nothing-sent"));
        return Ok(());
    }
    let mut state = CliHost::load_sync_state(ctx.dir.path(), &url)?;
    let (keys, doc) = wallet.parts_mut();
    let mut host = CliHost::for_wallet(ctx.dir.path(), keys);
    let done = block_on(forget::forget(&mut host, keys, doc, &mut state, &url, now()))?;
    let path = store_receipt(ctx.dir.path(), &done.receipt)?;
    print_done(&done);
    println!("{}", t!("forget-receipt-kept", file = path.display().to_string()));
    Ok(())
}

/// Writes the receipt as `receipts/<time>-<relay fingerprint>.json` (atomically, private).
fn store_receipt(dir: &Path, receipt: &DeletionReceipt) -> anyhow::Result<std::path::PathBuf> {
    let folder = dir.join(RECEIPTS_DIR);
    fsutil::create_private_dir(&folder)?;
    let name = format!("{}-{}.json", receipt.deleted_at, receipt.relay_fingerprint());
    let path = folder.join(name);
    let text = serde_json::to_string_pretty(receipt)? + "\n";
    fsutil::write_atomic(&path, text.as_bytes())?;
    Ok(path)
}

fn print_done(done: &Forgotten) {
    println!("{}", t!("forget-done"));
    print_receipt(&done.receipt);
    if !done.revoked.is_empty() {
        println!("{}", t!("forget-revoked-here", count = done.revoked.len()));
    }
}

fn print_receipt(r: &DeletionReceipt) {
    let d = &r.deleted;
    let mut out = String::new();
    crate::output::labelled_at(&mut out, 13, &t!("receipt-label-relay"), &clean(&r.relay));
    crate::output::labelled_at(&mut out, 13, &t!("receipt-label-relay-key"), &r.relay_fingerprint().to_string());
    crate::output::labelled_at(&mut out, 13, &t!("receipt-label-deleted-at"), &datetime_of(r.deleted_at));
    let deleted = t!(
        "receipt-deleted-counts",
        shares = d.shares,
        share_scans = d.share_blobs,
        log_rows = d.access_log,
        sync_entries = d.log_entries,
        sync_scans = d.log_blobs
    );
    crate::output::labelled_at(&mut out, 13, &t!("receipt-label-deleted"), &deleted);
    for id in &r.share_ids {
        crate::output::labelled_at(&mut out, 13, &t!("receipt-label-share"), &clean(id));
    }
    print!("{out}");
}

/// `mappe forget --show`: the receipts kept in the wallet folder, oldest first. Each is checked
/// to be well formed and signed by the key it names (the relay's published key was checked
/// when it was received).
pub fn show(ctx: &Context) -> anyhow::Result<()> {
    let keys_public = ctx.dir.public_identity()?;
    let folder = ctx.dir.path().join(RECEIPTS_DIR);
    let mut paths: Vec<_> = match std::fs::read_dir(&folder) {
        Ok(entries) => {
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect()
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => {
            return Err(anyhow::anyhow!(t!(
                "folder-unreadable",
                dir = folder.display().to_string(),
                why = e.to_string()
            )));
        }
    };
    paths.sort();
    if paths.is_empty() {
        println!("{}", t!("forget-no-receipts"));
        return Ok(());
    }
    for path in paths {
        let bytes = fsutil::read_limited(&path, MAX_RECEIPT, "a deletion receipt")?;
        let receipt = DeletionReceipt::parse(&bytes)?;
        let key: [u8; 32] = hex::decode(&receipt.relay_key).ok().and_then(|k| k.try_into().ok()).unwrap_or([0; 32]);
        receipt.verify(&key, &keys_public.0)?;
        println!("{}:", path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
        print_receipt(&receipt);
    }
    Ok(())
}
