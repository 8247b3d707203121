//! `mappe sync`: push this device's changes to the relay's encrypted log and merge the others'.
//!
//! Each device remembers (in `sync-state.json` in the wallet folder) the last sequence number of
//! the log it has seen and the document heads that log content reached. A relay that later
//! serves fewer entries, an older snapshot, or a gap is reported, and nothing is merged.

use std::path::Path;

use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use wallet_core::Wallet;
use wallet_core::sync::{EntryType, open_entry, seal_entry};
use wallet_core::wire::attachment;

use crate::context::Context;
use crate::relay::{Relay, RelayRefused, b64_field};

const STATE_FILE: &str = "sync-state.json";
/// Entries since the last snapshot after which a device writes a new snapshot.
const COMPACT_AFTER: u64 = 200;

/// What a device remembers about the relay's log.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct SyncState {
    /// The relay this state is about.
    pub relay: String,
    /// Highest sequence number seen.
    pub last_seq: u64,
    /// Heads (hex) of the document made of every entry up to `last_seq`.
    pub log_heads: Vec<String>,
    /// Attachment files already on the relay.
    pub uploaded_blobs: Vec<String>,
}

/// The relay serves less than this device has already seen.
#[derive(Debug)]
pub struct RelayWithheld(pub String);

impl std::fmt::Display for RelayWithheld {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the relay is missing changes this device has seen ({}); nothing was merged", self.0)
    }
}

impl std::error::Error for RelayWithheld {}

fn load_state(dir: &Path, relay: &str) -> anyhow::Result<SyncState> {
    let path = dir.join(STATE_FILE);
    if !path.exists() {
        return Ok(SyncState { relay: relay.to_string(), ..SyncState::default() });
    }
    let bytes = wallet_core::store::fsutil::read_limited(&path, 1024 * 1024, "the sync state")?;
    let state: SyncState = serde_json::from_slice(&bytes).with_context(|| format!("{} is damaged", path.display()))?;
    if state.relay != relay {
        // Another relay: its log is another log.
        return Ok(SyncState { relay: relay.to_string(), ..SyncState::default() });
    }
    Ok(state)
}

fn save_state(dir: &Path, state: &SyncState) -> anyhow::Result<()> {
    let text = serde_json::to_string_pretty(state)? + "\n";
    wallet_core::store::fsutil::write_atomic(&dir.join(STATE_FILE), text.as_bytes())?;
    Ok(())
}

/// What one sync did.
#[derive(Debug, Default)]
pub struct SyncReport {
    /// Entries merged from the relay.
    pub pulled: usize,
    /// Whether this device's changes were appended.
    pub pushed: bool,
    /// Scans downloaded.
    pub blobs_down: usize,
    /// Scans uploaded.
    pub blobs_up: usize,
    /// Live shares brought up to date: (id, revision).
    pub live_updated: Vec<(String, u32)>,
    /// Sequence number of the log after the sync.
    pub last_seq: u64,
    /// Scans the relay does not have yet (another device has not synced them).
    pub blobs_missing: Vec<String>,
}

fn sig64(value: &Value, key: &str) -> anyhow::Result<[u8; 64]> {
    b64_field(value, key)?
        .and_then(|s| s.try_into().ok())
        .with_context(|| format!("the relay sent a malformed `{key}`"))
}

/// Pulls new entries into `wallet` and returns the log's heads and last sequence number.
fn pull(
    wallet: &mut Wallet,
    relay: &Relay,
    state: &SyncState,
    report: &mut SyncReport,
) -> anyhow::Result<(Vec<String>, u64)> {
    let mut after = state.last_seq;
    let mut log_doc = wallet.doc_mut().state_at(&state.log_heads)?;
    let mut pending: Vec<zeroize::Zeroizing<Vec<u8>>> = Vec::new();
    let mut last_seq;
    loop {
        let answer = relay.log_read(wallet.keys().identity(), after)?;
        let Some(answer) = answer else {
            if state.last_seq > 0 {
                return Err(RelayWithheld(format!("it has no log, this device saw entry {}", state.last_seq)).into());
            }
            return Ok((state.log_heads.clone(), 0));
        };
        last_seq = answer["last_seq"].as_u64().context("the relay sent no last_seq")?;
        if last_seq < state.last_seq {
            return Err(RelayWithheld(format!("it has {last_seq} entries, this device saw {}", state.last_seq)).into());
        }
        let mut expected = after + 1;
        if let Some(snap) = answer.get("snapshot").filter(|s| !s.is_null()) {
            let seq = snap["seq"].as_u64().context("bad snapshot")?;
            if seq <= after {
                return Err(RelayWithheld(format!("it served an old snapshot up to entry {seq}")).into());
            }
            let entry = b64_field(snap, "entry")?.context("bad snapshot")?;
            let bytes = open_entry(wallet.keys(), EntryType::Snapshot, seq, &entry, &sig64(snap, "sig")?)?;
            pending.push(bytes);
            expected = seq + 1;
        }
        let entries = answer["entries"].as_array().cloned().unwrap_or_default();
        for e in &entries {
            let seq = e["seq"].as_u64().context("bad entry")?;
            if seq != expected {
                return Err(RelayWithheld(format!("entry {expected} is missing from the log")).into());
            }
            let entry = b64_field(e, "entry")?.context("bad entry")?;
            pending.push(open_entry(wallet.keys(), EntryType::Changes, seq, &entry, &sig64(e, "sig")?)?);
            expected += 1;
        }
        let progressed = expected - 1 > after;
        after = expected - 1;
        if answer["more"].as_bool() == Some(true) && !progressed {
            return Err(RelayWithheld("it says more entries follow but sends none".into()).into());
        }
        if answer["more"].as_bool() != Some(true) {
            if after != last_seq {
                return Err(RelayWithheld(format!("it says the log has {last_seq} entries but served {after}")).into());
            }
            break;
        }
    }
    // Every entry verified and decrypted: only now merge anything.
    for bytes in &pending {
        wallet.doc_mut().apply(bytes)?;
        log_doc.apply(bytes)?;
    }
    report.pulled += pending.len();
    Ok((log_doc.heads(), last_seq))
}

/// Downloads scans the document names but this device does not have.
fn fetch_blobs(wallet: &Wallet, relay: &Relay, report: &mut SyncReport) -> anyhow::Result<()> {
    for item in wallet.doc().attachments()? {
        let path = wallet.attachment_path(&item.id);
        if path.exists() {
            continue;
        }
        let Some(bytes) = relay.log_blob(wallet.keys().identity(), item.id.as_str())? else {
            report.blobs_missing.push(item.value.name.clone());
            continue;
        };
        // A damaged or substituted copy is an integrity failure (exit code 5), and nothing is kept.
        let damaged = || wallet_core::Error::Integrity { what: wallet_core::wire::FileKind::Attachment };
        let digest =
            attachment::decrypt(&item.value.key, &mut bytes.as_slice(), &mut std::io::sink()).map_err(|_| damaged())?;
        if hex::encode(digest.sha256) != item.value.sha256 || digest.size != item.value.size {
            return Err(damaged().into());
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        wallet_core::store::fsutil::write_atomic(&path, &bytes)?;
        report.blobs_down += 1;
    }
    Ok(())
}

fn push_blobs(wallet: &Wallet, relay: &Relay, state: &mut SyncState, report: &mut SyncReport) -> anyhow::Result<()> {
    for item in wallet.doc().attachments()? {
        let name = item.id.to_string();
        let path = wallet.attachment_path(&item.id);
        if state.uploaded_blobs.contains(&name) || !path.exists() {
            continue;
        }
        relay.log_put_blob(wallet.keys().identity(), &name, &path)?;
        state.uploaded_blobs.push(name);
        report.blobs_up += 1;
    }
    Ok(())
}

/// Synchronises the wallet in `ctx` with the relay at `relay_url`.
pub fn sync_wallet(ctx: &Context, wallet: &mut Wallet, relay_url: &str) -> anyhow::Result<SyncReport> {
    let relay = Relay::new(relay_url);
    let mut state = load_state(ctx.dir.path(), relay_url)?;
    let mut report = SyncReport::default();
    let seq_before = state.last_seq;
    let mut settled = false;
    for _attempt in 0..5 {
        let (log_heads, last_seq) = pull(wallet, &relay, &state, &mut report)?;
        state.last_seq = last_seq;
        state.log_heads = log_heads;
        // Keep what was merged even if the push below fails.
        wallet.save()?;
        save_state(ctx.dir.path(), &state)?;
        fetch_blobs(wallet, &relay, &mut report)?;
        push_blobs(wallet, &relay, &mut state, &mut report)?;
        save_state(ctx.dir.path(), &state)?;

        let changes = wallet.doc_mut().changes_since(&state.log_heads)?;
        if changes.is_empty() {
            report.last_seq = state.last_seq;
            settled = true;
            break;
        }
        let seq = state.last_seq + 1;
        let (entry, sig) = seal_entry(wallet.keys(), EntryType::Changes, seq, &changes)?;
        match relay.log_write(wallet.keys().identity(), false, seq, &entry, &sig) {
            Ok(_) => {
                state.last_seq = seq;
                state.log_heads = wallet.doc_mut().heads();
                save_state(ctx.dir.path(), &state)?;
                report.pushed = true;
                report.last_seq = seq;
                settled = true;
                break;
            }
            // Another device appended first: pull its entries and try again.
            Err(e) if e.downcast_ref::<RelayRefused>().is_some_and(|r| r.code == "conflict") => continue,
            Err(e) => return Err(e),
        }
    }
    if !settled {
        anyhow::bail!("other devices kept writing to the relay while this one tried; run `mappe sync` again");
    }
    maybe_compact(wallet, &relay, &state, seq_before);
    report.live_updated = super::share::refresh_live(wallet, ctx.dir.path())?;
    Ok(report)
}

/// Replaces a long log by a snapshot of the whole document. Compaction is an optimisation: any
/// failure (someone else compacted, the document is too large for one entry) leaves the log.
fn maybe_compact(wallet: &mut Wallet, relay: &Relay, state: &SyncState, seq_before: u64) {
    // Once each time the log passes a multiple of COMPACT_AFTER, whichever device passes it.
    if state.last_seq / COMPACT_AFTER <= seq_before / COMPACT_AFTER {
        return;
    }
    let Ok(mut log_doc) = wallet.doc_mut().state_at(&state.log_heads) else { return };
    let bytes = log_doc.save();
    if let Ok((entry, sig)) = seal_entry(wallet.keys(), EntryType::Snapshot, state.last_seq, &bytes) {
        let _ = relay.log_write(wallet.keys().identity(), true, state.last_seq, &entry, &sig);
    }
}

/// `mappe sync`
pub fn run(ctx: &Context, relay_flag: Option<&str>) -> anyhow::Result<()> {
    let relay_url = super::share::relay_url(ctx, relay_flag)?;
    let mut wallet = ctx.unlock()?;
    let report = sync_wallet(ctx, &mut wallet, &relay_url)?;
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
    for (id, rev) in &report.live_updated {
        println!("Live share {id} updated to revision {rev}.");
    }
    Ok(())
}
