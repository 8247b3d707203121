//! Sync: push this device's changes to the relay's encrypted log and merge the others'
//! (`docs/spec/sync-v1.md`). Recovery on a new device is a sync from an empty state.
//!
//! Each device remembers the last sequence number of the log it has seen and the document
//! heads that log content reached. A relay that later serves fewer entries, an older
//! snapshot, or a gap is reported as [`ClientError::Withheld`], and nothing is merged.

use serde::{Deserialize, Serialize};

use super::{ClientError, Host, MAX_BLOB, MAX_JSON, MAX_LOG_PAGE, Relay, b64, holder_segment};
use crate::api;
use crate::document::WalletDoc;
use crate::keys::WalletKeys;
use crate::sync::{EntryType, open_entry, seal_entry};
use crate::wire::attachment;

/// Entries since the last snapshot after which a device writes a new snapshot.
pub const COMPACT_AFTER: u64 = 200;
/// Appends tried before giving up when other devices keep appending first.
const ATTEMPTS: usize = 5;

/// What a device remembers about one relay's log (`sync-state.json` on the CLI).
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

impl SyncState {
    /// The state to use with `relay`: the saved one if it is about that relay, else a fresh one
    /// (another relay's log is another log).
    pub fn for_relay(saved: Option<Self>, relay: &str) -> Self {
        let relay = relay.trim_end_matches('/');
        match saved {
            Some(s) if s.relay == relay => s,
            _ => Self { relay: relay.to_string(), ..Self::default() },
        }
    }
}

/// What one sync did.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// Entries merged from the relay.
    pub pulled: usize,
    /// Whether this device's changes were appended.
    pub pushed: bool,
    /// Scans downloaded.
    pub blobs_down: usize,
    /// Scans uploaded.
    pub blobs_up: usize,
    /// Sequence number of the log after the sync.
    pub last_seq: u64,
    /// Names of scans the relay does not have yet (another device has not synced them).
    pub blobs_missing: Vec<String>,
    /// What happened to live shares afterwards.
    pub live: super::shares::RefreshReport,
}

/// Synchronises `doc` with the relay named in `state` at time `now`; `state` is updated and
/// saved through the host as the sync goes.
pub async fn sync<H: Host>(
    host: &mut H,
    keys: &WalletKeys,
    doc: &mut WalletDoc,
    state: &mut SyncState,
    now: u64,
) -> Result<SyncReport, ClientError> {
    let relay = Relay::new(&state.relay);
    let mut report = SyncReport::default();
    let seq_before = state.last_seq;
    let mut settled = false;
    for _attempt in 0..ATTEMPTS {
        let (log_heads, last_seq) = pull(host, &relay, keys, doc, state, &mut report, now).await?;
        state.last_seq = last_seq;
        state.log_heads = log_heads;
        // Keep what was merged even if the push below fails.
        host.save_wallet(doc).await?;
        host.save_sync_state(state).await?;
        fetch_blobs(host, &relay, keys, doc, state, &mut report, now).await?;
        push_blobs(host, &relay, keys, doc, state, &mut report, now).await?;
        host.save_sync_state(state).await?;

        let changes = doc.changes_since(&state.log_heads)?;
        if changes.is_empty() {
            report.last_seq = state.last_seq;
            settled = true;
            break;
        }
        let seq = state.last_seq + 1;
        let (entry, sig) = seal_entry(keys, EntryType::Changes, seq, &changes)?;
        let request = log_write(&relay, keys, false, seq, &entry, &sig, now)?;
        let response = host.fetch(request).await?;
        match relay.json::<api::AppendReply>(&response) {
            Ok(_) => {
                state.last_seq = seq;
                state.log_heads = doc.heads();
                host.save_sync_state(state).await?;
                report.pushed = true;
                report.last_seq = seq;
                settled = true;
                break;
            }
            // Another device appended first: pull its entries and try again.
            Err(e) if e.relay_code() == Some(api::code::CONFLICT) => continue,
            Err(e) => return Err(e),
        }
    }
    if !settled {
        return Err(ClientError::Busy);
    }
    maybe_compact(host, &relay, keys, doc, state, seq_before, now).await;
    report.live = super::shares::refresh_live(host, keys, doc, now).await?;
    Ok(report)
}

fn log_write(
    relay: &Relay,
    keys: &WalletKeys,
    snapshot: bool,
    seq: u64,
    entry: &[u8],
    sig: &[u8],
    now: u64,
) -> Result<super::HttpRequest, ClientError> {
    let holder = holder_segment(keys.identity());
    let body = serde_json::to_vec(&api::LogEntry { seq, entry: b64(entry), sig: b64(sig) })
        .map_err(|e| ClientError::Host(e.to_string()))?;
    Ok(if snapshot {
        relay.signed(keys.identity(), "PUT", &format!("/v1/logs/{holder}/snapshot"), body, MAX_JSON, now)
    } else {
        relay.signed(keys.identity(), "POST", &format!("/v1/logs/{holder}"), body, MAX_JSON, now)
    })
}

fn signature(relay: &Relay, e: &api::LogEntry) -> Result<(Vec<u8>, [u8; 64]), ClientError> {
    let entry = relay.b64(&e.entry, "entry")?;
    let sig = relay.b64(&e.sig, "sig")?.try_into().map_err(|_| relay.malformed("`sig` is not 64 bytes"))?;
    Ok((entry, sig))
}

/// Pulls new entries into `doc`; returns the log's heads and last sequence number.
async fn pull<H: Host>(
    host: &mut H,
    relay: &Relay,
    keys: &WalletKeys,
    doc: &mut WalletDoc,
    state: &SyncState,
    report: &mut SyncReport,
    now: u64,
) -> Result<(Vec<String>, u64), ClientError> {
    let mut after = state.last_seq;
    let mut log_doc = doc.state_at(&state.log_heads)?;
    let mut pending: Vec<zeroize::Zeroizing<Vec<u8>>> = Vec::new();
    let holder = holder_segment(keys.identity());
    let mut last_seq;
    loop {
        let path = format!("/v1/logs/{holder}?after={after}");
        let response = host.fetch(relay.signed(keys.identity(), "GET", &path, Vec::new(), MAX_LOG_PAGE, now)).await?;
        if response.status == 404 {
            if state.last_seq > 0 {
                return Err(ClientError::Withheld(format!("it has no log, this device saw entry {}", state.last_seq)));
            }
            return Ok((state.log_heads.clone(), 0));
        }
        let page: api::LogPage = relay.json(&response)?;
        last_seq = page.last_seq;
        if last_seq < state.last_seq {
            return Err(ClientError::Withheld(format!(
                "it has {last_seq} entries, this device saw {}",
                state.last_seq
            )));
        }
        let mut expected = after + 1;
        if let Some(snap) = &page.snapshot {
            if snap.seq <= after {
                return Err(ClientError::Withheld(format!("it served an old snapshot up to entry {}", snap.seq)));
            }
            let (entry, sig) = signature(relay, snap)?;
            pending.push(open_entry(keys, EntryType::Snapshot, snap.seq, &entry, &sig)?);
            expected = snap.seq + 1;
        }
        for e in &page.entries {
            if e.seq != expected {
                return Err(ClientError::Withheld(format!("entry {expected} is missing from the log")));
            }
            let (entry, sig) = signature(relay, e)?;
            pending.push(open_entry(keys, EntryType::Changes, e.seq, &entry, &sig)?);
            expected += 1;
        }
        let progressed = expected - 1 > after;
        after = expected - 1;
        if page.more && !progressed {
            return Err(ClientError::Withheld("it says more entries follow but sends none".into()));
        }
        if !page.more {
            if after != last_seq {
                return Err(ClientError::Withheld(format!(
                    "it says the log has {last_seq} entries but served {after}"
                )));
            }
            break;
        }
    }
    // Every entry verified and decrypted: only now merge anything.
    for bytes in &pending {
        doc.apply(bytes)?;
        log_doc.apply(bytes)?;
    }
    report.pulled += pending.len();
    Ok((log_doc.heads(), last_seq))
}

/// Downloads scans the document names but this device does not have. What came from the relay
/// is on the relay: it is not uploaded again.
async fn fetch_blobs<H: Host>(
    host: &mut H,
    relay: &Relay,
    keys: &WalletKeys,
    doc: &WalletDoc,
    state: &mut SyncState,
    report: &mut SyncReport,
    now: u64,
) -> Result<(), ClientError> {
    let holder = holder_segment(keys.identity());
    for item in doc.attachments()? {
        if host.has_attachment(&item.id).await? {
            continue;
        }
        let path = format!("/v1/logs/{holder}/blobs/{}", item.id);
        let response = host.fetch(relay.signed(keys.identity(), "GET", &path, Vec::new(), MAX_BLOB, now)).await?;
        if response.status == 404 {
            report.blobs_missing.push(item.value.name.clone());
            continue;
        }
        if let Some(refused) = relay.refusal(&response) {
            return Err(refused);
        }
        // A damaged or substituted copy is an integrity failure, and nothing is kept.
        let damaged = || crate::Error::Integrity { what: crate::wire::FileKind::Attachment };
        let digest = attachment::decrypt(&item.value.key, &mut response.body.as_slice(), &mut std::io::sink())
            .map_err(|_| damaged())?;
        if hex::encode(digest.sha256) != item.value.sha256 || digest.size != item.value.size {
            return Err(damaged().into());
        }
        host.write_attachment(&item.id, &response.body).await?;
        report.blobs_down += 1;
        let name = item.id.to_string();
        if !state.uploaded_blobs.contains(&name) {
            state.uploaded_blobs.push(name);
        }
    }
    Ok(())
}

async fn push_blobs<H: Host>(
    host: &mut H,
    relay: &Relay,
    keys: &WalletKeys,
    doc: &WalletDoc,
    state: &mut SyncState,
    report: &mut SyncReport,
    now: u64,
) -> Result<(), ClientError> {
    let holder = holder_segment(keys.identity());
    for item in doc.attachments()? {
        let name = item.id.to_string();
        if state.uploaded_blobs.contains(&name) {
            continue;
        }
        let Some(bytes) = host.read_attachment(&item.id).await? else { continue };
        let path = format!("/v1/logs/{holder}/blobs/{name}");
        let response = host.fetch(relay.signed(keys.identity(), "PUT", &path, bytes, MAX_JSON, now)).await?;
        relay.json::<api::LogBlobReply>(&response)?;
        state.uploaded_blobs.push(name);
        report.blobs_up += 1;
    }
    Ok(())
}

/// Replaces a long log by a snapshot of the whole document. Compaction is an optimisation: any
/// failure (someone else compacted, the document is too large for one entry) leaves the log.
async fn maybe_compact<H: Host>(
    host: &mut H,
    relay: &Relay,
    keys: &WalletKeys,
    doc: &mut WalletDoc,
    state: &SyncState,
    seq_before: u64,
    now: u64,
) {
    // Once each time the log passes a multiple of COMPACT_AFTER, whichever device passes it.
    if state.last_seq / COMPACT_AFTER <= seq_before / COMPACT_AFTER {
        return;
    }
    let Ok(mut log_doc) = doc.state_at(&state.log_heads) else { return };
    let bytes = log_doc.save();
    let Ok((entry, sig)) = seal_entry(keys, EntryType::Snapshot, state.last_seq, &bytes) else { return };
    if let Ok(request) = log_write(relay, keys, true, state.last_seq, &entry, &sig, now) {
        let _ = host.fetch(request).await;
    }
}
