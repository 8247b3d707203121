//! The share transactions: upload, blobs, open, revoke, sweep, blob reads.

use rusqlite::{Connection, OptionalExtension, params};
use wallet_core::crypto::ct_eq;
use wallet_core::share::SharedBlob;

use super::codec::{RECORD_COLUMNS, encode_blobs, load_record, record_from_row, t};
use super::writer::BatchFlags;
use crate::stats::{Event, month_of};
use crate::store::{
    BLOB_TOKEN_TTL, NewShare, Open, Opened, PutOutcome, SWEEP_BATCH, Status, StoreError, SweepReport, USED_UP_GRACE,
};

pub(super) const TOMBSTONE_CLEAR: &str = "blob_list = NULL";

/// Runs `f` with `secure_delete` on, so the ciphertext it deletes or replaces is zeroed.
pub(super) fn zeroing<T>(conn: &Connection, f: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
    conn.execute_batch("PRAGMA secure_delete = ON")?;
    let result = f();
    conn.execute_batch("PRAGMA secure_delete = OFF")?;
    result
}

pub(super) fn put_content(conn: &Connection, s: &NewShare) -> Result<(), StoreError> {
    zeroing(conn, || {
        conn.prepare_cached(
            "INSERT OR REPLACE INTO share_content (share_id, ciphertext, wrapped_key, owner_sig)
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![&s.id[..], &s.ciphertext, s.wrapped_key.as_deref(), &s.owner_sig[..]])?;
        Ok(())
    })
}

/// Deletes a share's ciphertext, wrapped key, owner signature, blobs and blob tokens.
pub(super) fn delete_content(conn: &Connection, id: &[u8; 16]) -> Result<(), StoreError> {
    zeroing(conn, || {
        for sql in [
            "DELETE FROM share_content WHERE share_id = ?1",
            "DELETE FROM blobs WHERE share_id = ?1",
            "DELETE FROM blob_tokens WHERE share_id = ?1",
        ] {
            conn.prepare_cached(sql)?.execute([&id[..]])?;
        }
        Ok(())
    })
}

/// Adds one to the month's counter of `event` for `kind` (in the caller's transaction).
pub(super) fn count(conn: &Connection, now: u64, kind: &str, event: Event) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO share_counts (month, kind, event, n) VALUES (?1, ?2, ?3, 1)
         ON CONFLICT (month, kind, event) DO UPDATE SET n = n + 1",
    )?
    .execute(params![month_of(now), kind, event.as_str()])?;
    Ok(())
}

/// Adds one to `event`'s counter for the kind share `id` is counted under, if it is counted.
fn count_share(conn: &Connection, id: &[u8; 16], now: u64, event: Event) -> Result<(), StoreError> {
    let kind: Option<String> = conn
        .prepare_cached("SELECT count_kind FROM shares WHERE id = ?1")?
        .query_row([&id[..]], |r| r.get(0))
        .optional()?
        .flatten();
    match kind {
        Some(kind) => count(conn, now, &kind, event),
        None => Ok(()),
    }
}

pub(super) fn put_share_tx(
    conn: &Connection,
    s: &NewShare,
    now: u64,
    max_shares: u32,
) -> Result<PutOutcome, StoreError> {
    let status = if s.blobs.is_empty() { Status::Active } else { Status::Pending };
    let existing = load_record(conn, &s.id)?;
    let blob_list = encode_blobs(&s.blobs);
    match existing {
        Some(old) => {
            if old.status.is_tombstone() || now >= old.expires_at {
                return Err(StoreError::Tombstoned);
            }
            if old.holder != s.holder {
                return Err(StoreError::NotHolder);
            }
            if s.revision <= old.revision {
                return Err(StoreError::NotNewer { stored: old.revision, given: s.revision });
            }
            conn.prepare_cached(
                "UPDATE shares SET audience = ?2, revision = ?3, expires_at = ?4, max_opens = ?5,
                 blob_list = ?6, status = ?7, updated_at = ?8 WHERE id = ?1",
            )?
            .execute(params![
                &s.id[..],
                s.audience.as_ref().map(|a| &a[..]),
                s.revision,
                t(s.expires_at),
                s.max_opens,
                &blob_list,
                status.as_str(),
                t(now),
            ])?;
            delete_content(conn, &s.id)?;
            put_content(conn, s)?;
            Ok(PutOutcome { created: false, status })
        }
        None => {
            let live: u32 = conn
                .prepare_cached(
                    "SELECT COUNT(*) FROM shares WHERE holder = ?1
                     AND status IN ('pending', 'active') AND expires_at > ?2",
                )?
                .query_row(params![&s.holder[..], t(now)], |r| r.get(0))?;
            if live >= max_shares {
                return Err(StoreError::TooManyShares);
            }
            conn.prepare_cached(
                "INSERT INTO shares (id, holder, audience, revision, expires_at, max_opens, opens,
                 status, blob_list, created_at, updated_at, count_kind)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9, ?9, ?10)",
            )?
            .execute(params![
                &s.id[..],
                &s.holder[..],
                s.audience.as_ref().map(|a| &a[..]),
                s.revision,
                t(s.expires_at),
                s.max_opens,
                status.as_str(),
                &blob_list,
                t(now),
                &s.count_kind,
            ])?;
            put_content(conn, s)?;
            count(conn, now, &s.count_kind, Event::Created)?;
            Ok(PutOutcome { created: true, status })
        }
    }
}

pub(super) fn put_blob_tx(
    conn: &Connection,
    id: [u8; 16],
    holder: [u8; 32],
    n: u32,
    declared: SharedBlob,
    data: &[u8],
    now: u64,
) -> Result<Status, StoreError> {
    let rec = load_record(conn, &id)?.ok_or(StoreError::NotFound)?;
    if rec.holder != holder {
        return Err(StoreError::NotHolder);
    }
    if rec.status.is_tombstone() {
        return Err(StoreError::Tombstoned);
    }
    if rec.blobs.get(n as usize) != Some(&declared) {
        // A new revision replaced the blob list between the check and this write.
        return Err(StoreError::Changed);
    }
    conn.prepare_cached("INSERT OR REPLACE INTO blobs (share_id, n, data) VALUES (?1, ?2, ?3)")?.execute(params![
        &id[..],
        n,
        data
    ])?;
    let have: i64 =
        conn.prepare_cached("SELECT COUNT(*) FROM blobs WHERE share_id = ?1")?.query_row([&id[..]], |r| r.get(0))?;
    if rec.status == Status::Pending && have == rec.blobs.len() as i64 {
        conn.prepare_cached("UPDATE shares SET status = 'active', updated_at = ?2 WHERE id = ?1")?
            .execute(params![&id[..], t(now)])?;
        return Ok(Status::Active);
    }
    Ok(rec.status)
}

pub(super) fn open_share_tx(conn: &Connection, o: &Open) -> Result<Opened, StoreError> {
    let row = conn
        .prepare_cached(&format!(
            "SELECT {RECORD_COLUMNS}, c.ciphertext, c.wrapped_key FROM shares \
             LEFT JOIN share_content c ON c.share_id = shares.id WHERE id = ?1"
        ))?
        .query_row([&o.id[..]], |row| {
            Ok((record_from_row(row)?, row.get::<_, Option<Vec<u8>>>(9)?, row.get::<_, Option<Vec<u8>>>(10)?))
        })
        .optional()?;
    let (mut record, ciphertext, wrapped_key) = row.ok_or(StoreError::NotFound)?;
    let agency = record.check_open(o.signer, o.now)?;
    let ciphertext = ciphertext.ok_or(StoreError::NotFound)?;
    conn.prepare_cached("UPDATE shares SET opens = opens + 1, last_open_at = ?2 WHERE id = ?1")?
        .execute(params![&o.id[..], t(o.now)])?;
    record.opens = record.opens.saturating_add(1);
    if record.opens == 1 {
        count_share(conn, &o.id, o.now, Event::Opened)?;
    }
    conn.prepare_cached("INSERT INTO access_log (share_id, at, agency) VALUES (?1, ?2, ?3)")?.execute(params![
        &o.id[..],
        t(o.now),
        agency.as_ref().map(|a| &a[..])
    ])?;
    if record.opens > crate::store::MAX_LOG_ROWS {
        // Keep the newest MAX_LOG_ROWS rows: one open in, the oldest row out. The oldest is
        // the first entry of the (share_id, at) index, so this costs the same at any count
        // (walking past the newest MAX_LOG_ROWS rows cost a thousand index steps per open).
        conn.prepare_cached(OLDEST_LOG_ROW_DELETE)?.execute(params![&o.id[..]])?;
    }
    if !record.blobs.is_empty() {
        conn.prepare_cached("INSERT INTO blob_tokens (token_hash, share_id, expires_at) VALUES (?1, ?2, ?3)")?
            .execute(params![&o.token_hash[..], &o.id[..], t(o.now.saturating_add(BLOB_TOKEN_TTL))])?;
    }
    Ok(Opened { record, ciphertext, wrapped_key })
}

pub(super) fn revoke_tx(
    conn: &Connection,
    id: [u8; 16],
    holder: [u8; 32],
    now: u64,
    flags: &mut BatchFlags,
) -> Result<(), StoreError> {
    let Some(rec) = load_record(conn, &id)? else {
        // An id this relay does not know: restored from a backup made before the share, or the
        // upload never arrived. The revocation is kept as a tombstone, so the id can never be
        // used here (an upload from an older copy of the wallet included).
        conn.prepare_cached(
            "INSERT INTO shares (id, holder, audience, revision, expires_at, max_opens, opens, status,
             blob_list, created_at, updated_at, revoked_at)
             VALUES (?1, ?2, NULL, 0, ?3, NULL, 0, 'revoked', NULL, ?3, ?3, ?3)",
        )?
        .execute(params![&id[..], &holder[..], t(now)])?;
        return Ok(());
    };
    if !ct_eq(&rec.holder, &holder) {
        return Err(StoreError::NotHolder);
    }
    if rec.status != Status::Revoked {
        // Only the revocation of a share that could still be opened counts: revoking one that
        // has already ended withdraws nothing.
        let live = rec.closed_reason(now).is_none();
        conn.prepare_cached(&format!(
            "UPDATE shares SET status = 'revoked', revoked_at = ?2, updated_at = ?2,
             {TOMBSTONE_CLEAR} WHERE id = ?1"
        ))?
        .execute(params![&id[..], t(now)])?;
        if live {
            count_share(conn, &id, now, Event::Revoked)?;
        }
    }
    delete_content(conn, &id)?;
    flags.checkpoint = true;
    Ok(())
}

/// Live shares past their expiry (index `shares_status_expiry`).
const EXPIRED_DUE: &str = "SELECT id FROM shares WHERE status IN ('pending', 'active') AND expires_at <= ?1 LIMIT ?2";
/// Used-up shares whose last open is older than the grace (partial index `shares_used_up`,
/// named: without statistics SQLite would walk every active share by `status` instead).
const USED_UP_DUE: &str = "SELECT id FROM shares INDEXED BY shares_used_up WHERE status = 'active' AND max_opens IS NOT NULL \
     AND opens >= max_opens AND last_open_at <= ?1 LIMIT ?2";
/// Expired blob tokens (index `blob_tokens_expiry`).
const TOKENS_DUE: &str =
    "DELETE FROM blob_tokens WHERE rowid IN (SELECT rowid FROM blob_tokens WHERE expires_at <= ?1 LIMIT ?2)";
/// Tombstones past the retention period, counted from the latest of revocation, last open
/// and expiry (index `shares_status_expiry`: the end is never before `expires_at`).
const TOMBSTONES_DUE: &str = "SELECT id FROM shares WHERE status IN ('revoked', 'expired', 'used_up') \
     AND expires_at <= ?1 AND MAX(COALESCE(revoked_at, 0), COALESCE(last_open_at, 0), expires_at) <= ?1 LIMIT ?2";
/// Access-log rows past the retention period (index `access_log_at`).
const LOG_ROWS_DUE: &str =
    "DELETE FROM access_log WHERE rowid IN (SELECT rowid FROM access_log WHERE at <= ?1 LIMIT ?2)";
/// A share's oldest access-log row (index `access_log_share`).
const OLDEST_LOG_ROW_DELETE: &str = "DELETE FROM access_log WHERE rowid = \
     (SELECT rowid FROM access_log WHERE share_id = ?1 ORDER BY at ASC, rowid ASC LIMIT 1)";

pub(super) fn sweep_tx(
    conn: &Connection,
    now: u64,
    retention: u64,
    flags: &mut BatchFlags,
) -> Result<SweepReport, StoreError> {
    let ids = |sql: &str, args: &[&dyn rusqlite::ToSql]| -> Result<Vec<Vec<u8>>, StoreError> {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map(args, |r| r.get::<_, Vec<u8>>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    };
    // Both lookups walk an index (shares_status_expiry, the partial shares_used_up), never the
    // table: their cost follows what is due, not how many shares are stored.
    let expired = ids(EXPIRED_DUE, &[&t(now), &SWEEP_BATCH])?;
    let used_up = ids(USED_UP_DUE, &[&t(now.saturating_sub(USED_UP_GRACE)), &SWEEP_BATCH])?;
    for (list, status) in [(&expired, Status::Expired), (&used_up, Status::UsedUp)] {
        for id in list {
            conn.prepare_cached(&format!(
                "UPDATE shares SET status = ?2, updated_at = ?3, {TOMBSTONE_CLEAR} WHERE id = ?1"
            ))?
            .execute(params![id, status.as_str(), t(now)])?;
            zeroing(conn, || {
                for table in ["blobs", "share_content", "blob_tokens"] {
                    conn.prepare_cached(&format!("DELETE FROM {table} WHERE share_id = ?1"))?.execute([id])?;
                }
                Ok(())
            })?;
        }
    }
    let tokens = conn.prepare_cached(TOKENS_DUE)?.execute(params![t(now), SWEEP_BATCH])? as u64;
    // Past the retention period: tombstones with their access logs, then any older log rows.
    let cutoff = t(now.saturating_sub(retention));
    let old = ids(TOMBSTONES_DUE, &[&cutoff, &SWEEP_BATCH])?;
    let (tombstones, log_rows) = zeroing(conn, || {
        let mut log_rows = 0;
        for id in &old {
            log_rows += conn.prepare_cached("DELETE FROM access_log WHERE share_id = ?1")?.execute([id])? as u64;
            conn.prepare_cached("DELETE FROM shares WHERE id = ?1")?.execute([id])?;
        }
        let aged = conn.prepare_cached(LOG_ROWS_DUE)?.execute(params![cutoff, SWEEP_BATCH])? as u64;
        Ok((old.len() as u64, log_rows + aged))
    })?;
    if !expired.is_empty() || !used_up.is_empty() || tombstones + log_rows > 0 {
        flags.checkpoint = true;
    }
    let full = |n: u64| n >= u64::from(SWEEP_BATCH);
    Ok(SweepReport {
        expired: expired.len() as u64,
        used_up: used_up.len() as u64,
        tokens,
        tombstones,
        log_rows,
        more: full(expired.len() as u64)
            || full(used_up.len() as u64)
            || full(tokens)
            || full(tombstones)
            || full(log_rows),
        skipped: false,
    })
}

pub(super) fn blob_read(
    conn: &Connection,
    id: [u8; 16],
    n: u32,
    token_hash: [u8; 32],
    now: u64,
) -> Result<Vec<u8>, StoreError> {
    let tx = conn.unchecked_transaction()?;
    let rec = load_record(&tx, &id)?.ok_or(StoreError::NotFound)?;
    if rec.status == Status::Pending {
        return Err(StoreError::NotFound);
    }
    if rec.status.is_tombstone() {
        return Err(StoreError::Gone(rec.status));
    }
    if now >= rec.expires_at {
        return Err(StoreError::Gone(Status::Expired));
    }
    let mut matched = false;
    {
        let mut stmt =
            tx.prepare_cached("SELECT token_hash FROM blob_tokens WHERE share_id = ?1 AND expires_at > ?2")?;
        let mut rows = stmt.query(params![&id[..], t(now)])?;
        while let Some(row) = rows.next()? {
            let stored: Vec<u8> = row.get(0)?;
            // Constant time, and no early exit, so timing says nothing about the token.
            matched |= ct_eq(&stored, &token_hash);
        }
    }
    if !matched {
        return Err(StoreError::BadToken);
    }
    let data: Option<Vec<u8>> = tx
        .prepare_cached("SELECT data FROM blobs WHERE share_id = ?1 AND n = ?2")?
        .query_row(params![&id[..], n], |r| r.get(0))
        .optional()?;
    data.ok_or(StoreError::NotFound)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// SQLite's plan for `sql`, one line per step.
    fn plan(conn: &Connection, sql: &str) -> String {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(3)).unwrap();
        rows.map(Result::unwrap).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn the_sweep_and_the_log_cap_use_indexes_and_never_scan_the_shares() {
        let dir = tempfile::tempdir().unwrap();
        let conn = super::super::schema::open_writer(&dir.path().join("relay.sqlite")).unwrap();
        for (sql, index) in [
            (EXPIRED_DUE, "shares_status_expiry"),
            (USED_UP_DUE, "shares_used_up"),
            (TOKENS_DUE, "blob_tokens_expiry"),
            (OLDEST_LOG_ROW_DELETE, "access_log_share"),
            (TOMBSTONES_DUE, "shares_status_expiry"),
            (LOG_ROWS_DUE, "access_log_at"),
        ] {
            let sql = sql.replace("?1", "0").replace("?2", "500");
            let plan = plan(&conn, &sql);
            assert!(plan.contains(index), "{sql}\n{plan}");
            assert!(!plan.contains("SCAN shares") && !plan.contains("SCAN access_log"), "{sql}\n{plan}");
        }
    }
}
