//! The sync-log transactions: append, snapshot, blobs, paged reads, within each holder's quota.

use rusqlite::{Connection, OptionalExtension, params};

use super::codec::{n64, sync_entry_from_row, t};
use crate::store::{AppendOutcome, LogBlobOutcome, LogPage, SnapshotOutcome, StoreError, SyncEntry};

/// A holder's sync log state: (last_seq, snapshot_seq, bytes); zeros when there is none.
pub(super) fn log_state(conn: &Connection, holder: &[u8; 32]) -> Result<(u64, u64, u64), StoreError> {
    Ok(conn
        .prepare_cached("SELECT last_seq, snapshot_seq, bytes FROM sync_logs WHERE holder = ?1")?
        .query_row([&holder[..]], |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64, r.get::<_, i64>(2)? as u64))
        })
        .optional()?
        .unwrap_or((0, 0, 0)))
}

/// Writes a holder's sync log state (creating the row on the first write).
pub(super) fn set_log_state(
    conn: &Connection,
    holder: &[u8; 32],
    last_seq: u64,
    snapshot_seq: u64,
    bytes: u64,
    now: u64,
) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO sync_logs (holder, last_seq, snapshot_seq, bytes, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (holder) DO UPDATE SET last_seq = ?2, snapshot_seq = ?3, bytes = ?4, updated_at = ?5",
    )?
    .execute(params![&holder[..], n64(last_seq)?, n64(snapshot_seq)?, n64(bytes)?, t(now)])?;
    Ok(())
}

pub(super) fn log_append_tx(
    conn: &Connection,
    holder: &[u8; 32],
    e: &SyncEntry,
    max_bytes: u64,
    now: u64,
) -> Result<AppendOutcome, StoreError> {
    let (last_seq, snapshot_seq, bytes) = log_state(conn, holder)?;
    if last_seq.checked_add(1) != Some(e.seq) {
        return Ok(AppendOutcome::Conflict { last_seq });
    }
    let new_bytes = bytes.saturating_add(e.entry.len() as u64);
    if new_bytes > max_bytes {
        return Ok(AppendOutcome::OverQuota);
    }
    conn.prepare_cached("INSERT INTO sync_entries (holder, seq, entry, sig) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![&holder[..], n64(e.seq)?, &e.entry, &e.sig[..]])?;
    set_log_state(conn, holder, e.seq, snapshot_seq, new_bytes, now)?;
    Ok(AppendOutcome::Appended { last_seq: e.seq })
}

pub(super) fn log_snapshot_tx(
    conn: &Connection,
    holder: &[u8; 32],
    snap: &SyncEntry,
    max_bytes: u64,
    now: u64,
) -> Result<SnapshotOutcome, StoreError> {
    let (last_seq, snapshot_seq, bytes) = log_state(conn, holder)?;
    if snap.seq == 0 || snap.seq > last_seq || snap.seq <= snapshot_seq {
        return Ok(SnapshotOutcome::Conflict { last_seq, snapshot_seq });
    }
    let replaced: i64 = conn
        .prepare_cached("SELECT COALESCE(SUM(length(entry)), 0) FROM sync_entries WHERE holder = ?1 AND seq <= ?2")?
        .query_row(params![&holder[..], n64(snap.seq)?], |r| r.get(0))?;
    let old: i64 = conn
        .prepare_cached("SELECT COALESCE(SUM(length(entry)), 0) FROM sync_snapshots WHERE holder = ?1")?
        .query_row([&holder[..]], |r| r.get(0))?;
    let new_bytes =
        bytes.saturating_sub(replaced as u64).saturating_sub(old as u64).saturating_add(snap.entry.len() as u64);
    if new_bytes > max_bytes {
        return Ok(SnapshotOutcome::OverQuota);
    }
    conn.prepare_cached("DELETE FROM sync_entries WHERE holder = ?1 AND seq <= ?2")?
        .execute(params![&holder[..], n64(snap.seq)?])?;
    conn.prepare_cached("INSERT OR REPLACE INTO sync_snapshots (holder, seq, entry, sig) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![&holder[..], n64(snap.seq)?, &snap.entry, &snap.sig[..]])?;
    set_log_state(conn, holder, last_seq, snap.seq, new_bytes, now)?;
    Ok(SnapshotOutcome::Stored { last_seq })
}

pub(super) fn log_put_blob_tx(
    conn: &Connection,
    holder: &[u8; 32],
    name: &str,
    data: &[u8],
    max_bytes: u64,
    now: u64,
) -> Result<LogBlobOutcome, StoreError> {
    let (last_seq, snapshot_seq, bytes) = log_state(conn, holder)?;
    let old: i64 = conn
        .prepare_cached("SELECT COALESCE(SUM(length(data)), 0) FROM sync_blobs WHERE holder = ?1 AND name = ?2")?
        .query_row(params![&holder[..], name], |r| r.get(0))?;
    let new_bytes = bytes.saturating_sub(old as u64).saturating_add(data.len() as u64);
    if new_bytes > max_bytes {
        return Ok(LogBlobOutcome::OverQuota);
    }
    conn.prepare_cached("INSERT OR REPLACE INTO sync_blobs (holder, name, data) VALUES (?1, ?2, ?3)")?
        .execute(params![&holder[..], name, data])?;
    set_log_state(conn, holder, last_seq, snapshot_seq, new_bytes, now)?;
    Ok(LogBlobOutcome::Stored)
}

pub(super) fn log_read(
    conn: &Connection,
    holder: &[u8; 32],
    after: u64,
    page_bytes: usize,
) -> Result<Option<LogPage>, StoreError> {
    // One read transaction, so the state, the snapshot and the entries agree.
    let tx = conn.unchecked_transaction()?;
    let (last_seq, snapshot_seq, _) = log_state(&tx, holder)?;
    if last_seq == 0 {
        return Ok(None);
    }
    let snapshot = if after < snapshot_seq {
        tx.prepare_cached("SELECT seq, entry, sig FROM sync_snapshots WHERE holder = ?1")?
            .query_row([&holder[..]], sync_entry_from_row)
            .optional()?
    } else {
        None
    };
    let mut used = snapshot.as_ref().map_or(0, |s| s.entry.len());
    let from = after.max(snapshot_seq);
    let mut entries = Vec::new();
    let mut more = false;
    if from < last_seq {
        let mut stmt =
            tx.prepare_cached("SELECT seq, entry, sig FROM sync_entries WHERE holder = ?1 AND seq > ?2 ORDER BY seq")?;
        let mut rows = stmt.query(params![&holder[..], n64(from)?])?;
        while let Some(row) = rows.next()? {
            let e = sync_entry_from_row(row)?;
            // Always at least one item per page, so a reader makes progress.
            let first = snapshot.is_none() && entries.is_empty();
            if !first && used.saturating_add(e.entry.len()) > page_bytes {
                more = true;
                break;
            }
            used = used.saturating_add(e.entry.len());
            entries.push(e);
        }
    }
    Ok(Some(LogPage { last_seq, snapshot, entries, more }))
}
