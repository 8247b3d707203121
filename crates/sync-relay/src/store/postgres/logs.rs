//! The sync-log transactions on PostgreSQL, mirroring `store/sqlite/logs.rs`. Every write
//! takes the holder's advisory lock first, so two instances appending to one log (or a
//! snapshot racing an append) run one after the other: sequence numbers and the quota hold.

use deadpool_postgres::{GenericClient, Transaction};

use super::codec::{n64, sync_entry_from_row, t, u64_of};
use super::{exec, lock_holder, row_opt, rows};
use crate::store::{AppendOutcome, LogBlobOutcome, LogPage, SnapshotOutcome, StoreError, SyncEntry};

/// A holder's sync log state: (last_seq, snapshot_seq, bytes); zeros when there is none.
async fn log_state(c: &impl GenericClient, holder: &[u8; 32]) -> Result<(u64, u64, u64), StoreError> {
    Ok(row_opt(c, "SELECT last_seq, snapshot_seq, bytes FROM sync_logs WHERE holder = $1", &[&&holder[..]])
        .await?
        .map_or((0, 0, 0), |r| (u64_of(r.get(0)), u64_of(r.get(1)), u64_of(r.get(2)))))
}

async fn set_log_state(
    tx: &Transaction<'_>,
    holder: &[u8; 32],
    last_seq: u64,
    snapshot_seq: u64,
    bytes: u64,
    now: u64,
) -> Result<(), StoreError> {
    exec(
        tx,
        "INSERT INTO sync_logs (holder, last_seq, snapshot_seq, bytes, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (holder) DO UPDATE SET last_seq = $2, snapshot_seq = $3, bytes = $4, updated_at = $5",
        &[&&holder[..], &n64(last_seq)?, &n64(snapshot_seq)?, &n64(bytes)?, &t(now)],
    )
    .await?;
    Ok(())
}

async fn sum(
    tx: &Transaction<'_>,
    sql: &str,
    params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
) -> Result<u64, StoreError> {
    Ok(rows(tx, sql, params).await?.first().map_or(0, |r| u64_of(r.get(0))))
}

pub(super) async fn log_append_tx(
    tx: &Transaction<'_>,
    holder: &[u8; 32],
    e: &SyncEntry,
    max_bytes: u64,
    now: u64,
) -> Result<AppendOutcome, StoreError> {
    lock_holder(tx, holder).await?;
    let (last_seq, snapshot_seq, bytes) = log_state(tx, holder).await?;
    if last_seq.checked_add(1) != Some(e.seq) {
        return Ok(AppendOutcome::Conflict { last_seq });
    }
    let new_bytes = bytes.saturating_add(e.entry.len() as u64);
    if new_bytes > max_bytes {
        return Ok(AppendOutcome::OverQuota);
    }
    exec(
        tx,
        "INSERT INTO sync_entries (holder, seq, entry, sig) VALUES ($1, $2, $3, $4)",
        &[&&holder[..], &n64(e.seq)?, &e.entry, &&e.sig[..]],
    )
    .await?;
    set_log_state(tx, holder, e.seq, snapshot_seq, new_bytes, now).await?;
    Ok(AppendOutcome::Appended { last_seq: e.seq })
}

pub(super) async fn log_snapshot_tx(
    tx: &Transaction<'_>,
    holder: &[u8; 32],
    snap: &SyncEntry,
    max_bytes: u64,
    now: u64,
) -> Result<SnapshotOutcome, StoreError> {
    lock_holder(tx, holder).await?;
    let (last_seq, snapshot_seq, bytes) = log_state(tx, holder).await?;
    if snap.seq == 0 || snap.seq > last_seq || snap.seq <= snapshot_seq {
        return Ok(SnapshotOutcome::Conflict { last_seq, snapshot_seq });
    }
    let seq = n64(snap.seq)?;
    let replaced = sum(
        tx,
        "SELECT COALESCE(SUM(octet_length(entry)), 0)::BIGINT FROM sync_entries WHERE holder = $1 AND seq <= $2",
        &[&&holder[..], &seq],
    )
    .await?;
    let old = sum(
        tx,
        "SELECT COALESCE(SUM(octet_length(entry)), 0)::BIGINT FROM sync_snapshots WHERE holder = $1",
        &[&&holder[..]],
    )
    .await?;
    let new_bytes = bytes.saturating_sub(replaced).saturating_sub(old).saturating_add(snap.entry.len() as u64);
    if new_bytes > max_bytes {
        return Ok(SnapshotOutcome::OverQuota);
    }
    exec(tx, "DELETE FROM sync_entries WHERE holder = $1 AND seq <= $2", &[&&holder[..], &seq]).await?;
    exec(
        tx,
        "INSERT INTO sync_snapshots (holder, seq, entry, sig) VALUES ($1, $2, $3, $4)
         ON CONFLICT (holder) DO UPDATE SET seq = EXCLUDED.seq, entry = EXCLUDED.entry, sig = EXCLUDED.sig",
        &[&&holder[..], &seq, &snap.entry, &&snap.sig[..]],
    )
    .await?;
    set_log_state(tx, holder, last_seq, snap.seq, new_bytes, now).await?;
    Ok(SnapshotOutcome::Stored { last_seq })
}

pub(super) async fn log_put_blob_tx(
    tx: &Transaction<'_>,
    holder: &[u8; 32],
    name: &str,
    data: &[u8],
    max_bytes: u64,
    now: u64,
) -> Result<LogBlobOutcome, StoreError> {
    lock_holder(tx, holder).await?;
    let (last_seq, snapshot_seq, bytes) = log_state(tx, holder).await?;
    let old = sum(
        tx,
        "SELECT COALESCE(SUM(octet_length(data)), 0)::BIGINT FROM sync_blobs WHERE holder = $1 AND name = $2",
        &[&&holder[..], &name],
    )
    .await?;
    let new_bytes = bytes.saturating_sub(old).saturating_add(data.len() as u64);
    if new_bytes > max_bytes {
        return Ok(LogBlobOutcome::OverQuota);
    }
    exec(
        tx,
        "INSERT INTO sync_blobs (holder, name, data) VALUES ($1, $2, $3)
         ON CONFLICT (holder, name) DO UPDATE SET data = EXCLUDED.data",
        &[&&holder[..], &name, &data],
    )
    .await?;
    set_log_state(tx, holder, last_seq, snapshot_seq, new_bytes, now).await?;
    Ok(LogBlobOutcome::Stored)
}

/// Reads a page; runs in a `REPEATABLE READ` transaction, so the state, the snapshot and the
/// entries agree.
pub(super) async fn log_read(
    tx: &Transaction<'_>,
    holder: &[u8; 32],
    after: u64,
    page_bytes: usize,
) -> Result<Option<LogPage>, StoreError> {
    let (last_seq, snapshot_seq, _) = log_state(tx, holder).await?;
    if last_seq == 0 {
        return Ok(None);
    }
    let snapshot = if after < snapshot_seq {
        match row_opt(tx, "SELECT seq, entry, sig FROM sync_snapshots WHERE holder = $1", &[&&holder[..]]).await? {
            Some(row) => Some(sync_entry_from_row(&row)?),
            None => None,
        }
    } else {
        None
    };
    let mut used = snapshot.as_ref().map_or(0, |s| s.entry.len());
    let from = after.max(snapshot_seq);
    let mut entries = Vec::new();
    let mut more = false;
    if from < last_seq {
        // Fetched in chunks, so a long log is not read whole for one page.
        let mut next = from;
        'pages: loop {
            let chunk = rows(
                tx,
                "SELECT seq, entry, sig FROM sync_entries WHERE holder = $1 AND seq > $2 ORDER BY seq LIMIT 64",
                &[&&holder[..], &n64(next)?],
            )
            .await?;
            if chunk.is_empty() {
                break;
            }
            for row in &chunk {
                let e = sync_entry_from_row(row)?;
                // Always at least one item per page, so a reader makes progress.
                let first = snapshot.is_none() && entries.is_empty();
                if !first && used.saturating_add(e.entry.len()) > page_bytes {
                    more = true;
                    break 'pages;
                }
                used = used.saturating_add(e.entry.len());
                next = e.seq;
                entries.push(e);
            }
        }
    }
    Ok(Some(LogPage { last_seq, snapshot, entries, more }))
}
