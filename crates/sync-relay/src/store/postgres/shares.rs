//! The share transactions on PostgreSQL: upload, blobs, open, revoke, sweep, blob reads.
//! Each mirrors its SQLite twin in `store/sqlite/shares.rs`; what differs is how concurrent
//! instances are kept apart: the share's row is locked (`FOR UPDATE`) before it is checked and
//! changed, and a holder's share count is taken under the holder's advisory lock.

use deadpool_postgres::{GenericClient, Transaction};
use wallet_core::crypto::ct_eq;
use wallet_core::share::SharedBlob;

use super::codec::{RECORD_COLUMNS, encode_blobs, n64, record_from_row, t};
use super::{LOCK_CLASS, LOCK_SWEEP, exec, lock_holder, row_opt, rows};
use wallet_core::forget::Deleted;

use crate::stats::{Event, month_of};
use crate::store::{
    BLOB_TOKEN_TTL, ForgetReport, MAX_LOG_ROWS, NewShare, Open, Opened, PutOutcome, SWEEP_BATCH, ShareRecord, Status,
    StoreError, SweepReport, USED_UP_GRACE,
};

/// The share's record, its row locked until the transaction ends.
async fn lock_record(tx: &Transaction<'_>, id: &[u8; 16]) -> Result<Option<ShareRecord>, StoreError> {
    let sql = format!("SELECT {RECORD_COLUMNS} FROM shares WHERE id = $1 FOR UPDATE");
    match row_opt(tx, &sql, &[&&id[..]]).await? {
        Some(row) => Ok(Some(record_from_row(&row)?)),
        None => Ok(None),
    }
}

pub(super) async fn load_record(c: &impl GenericClient, id: &[u8; 16]) -> Result<Option<ShareRecord>, StoreError> {
    let sql = format!("SELECT {RECORD_COLUMNS} FROM shares WHERE id = $1");
    match row_opt(c, &sql, &[&&id[..]]).await? {
        Some(row) => Ok(Some(record_from_row(&row)?)),
        None => Ok(None),
    }
}

async fn put_content(tx: &Transaction<'_>, s: &NewShare) -> Result<(), StoreError> {
    exec(
        tx,
        "INSERT INTO share_content (share_id, ciphertext, wrapped_key, owner_sig) VALUES ($1, $2, $3, $4)
         ON CONFLICT (share_id) DO UPDATE SET ciphertext = EXCLUDED.ciphertext,
         wrapped_key = EXCLUDED.wrapped_key, owner_sig = EXCLUDED.owner_sig",
        &[&&s.id[..], &s.ciphertext, &s.wrapped_key, &&s.owner_sig[..]],
    )
    .await?;
    Ok(())
}

/// Deletes a share's ciphertext, wrapped key, owner signature, blobs and blob tokens.
async fn delete_content(tx: &Transaction<'_>, id: &[u8; 16]) -> Result<(), StoreError> {
    for sql in [
        "DELETE FROM share_content WHERE share_id = $1",
        "DELETE FROM blobs WHERE share_id = $1",
        "DELETE FROM blob_tokens WHERE share_id = $1",
    ] {
        exec(tx, sql, &[&&id[..]]).await?;
    }
    Ok(())
}

/// Adds one to the month's counter of `event` for `kind` (in the caller's transaction).
async fn count(tx: &Transaction<'_>, now: u64, kind: &str, event: Event) -> Result<(), StoreError> {
    exec(
        tx,
        "INSERT INTO share_counts (month, kind, event, n) VALUES ($1, $2, $3, 1)
         ON CONFLICT (month, kind, event) DO UPDATE SET n = share_counts.n + 1",
        &[&month_of(now), &kind, &event.as_str()],
    )
    .await?;
    Ok(())
}

/// Adds one to `event`'s counter for the kind share `id` is counted under, if it is counted.
async fn count_share(tx: &Transaction<'_>, id: &[u8; 16], now: u64, event: Event) -> Result<(), StoreError> {
    let kind: Option<String> = match row_opt(tx, "SELECT count_kind FROM shares WHERE id = $1", &[&&id[..]]).await? {
        Some(row) => row.try_get(0).map_err(super::codec::db)?,
        None => None,
    };
    match kind {
        Some(kind) => count(tx, now, &kind, event).await,
        None => Ok(()),
    }
}

pub(super) async fn put_share_tx(
    tx: &Transaction<'_>,
    s: &NewShare,
    now: u64,
    max_shares: u32,
) -> Result<PutOutcome, StoreError> {
    // The holder's lock first: two instances creating shares for one holder at once count
    // one after the other, so `max_shares` holds across instances.
    lock_holder(tx, &s.holder).await?;
    let status = if s.blobs.is_empty() { Status::Active } else { Status::Pending };
    let blob_list = encode_blobs(&s.blobs);
    let revision = i64::from(s.revision);
    let max_opens = s.max_opens.map(i64::from);
    let audience = s.audience.map(|a| a.to_vec());
    match lock_record(tx, &s.id).await? {
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
            exec(
                tx,
                "UPDATE shares SET audience = $2, revision = $3, expires_at = $4, max_opens = $5,
                 blob_list = $6, status = $7, updated_at = $8 WHERE id = $1",
                &[
                    &&s.id[..],
                    &audience,
                    &revision,
                    &t(s.expires_at),
                    &max_opens,
                    &blob_list,
                    &status.as_str(),
                    &t(now),
                ],
            )
            .await?;
            delete_content(tx, &s.id).await?;
            put_content(tx, s).await?;
            Ok(PutOutcome { created: false, status })
        }
        None => {
            let live: i64 = rows(
                tx,
                "SELECT COUNT(*) FROM shares WHERE holder = $1 AND status IN ('pending', 'active') AND expires_at > $2",
                &[&&s.holder[..], &t(now)],
            )
            .await?
            .first()
            .map_or(0, |r| r.get(0));
            if live >= i64::from(max_shares) {
                return Err(StoreError::TooManyShares);
            }
            let inserted = exec(
                tx,
                "INSERT INTO shares (id, holder, audience, revision, expires_at, max_opens, opens,
                 status, blob_list, created_at, updated_at, count_kind)
                 VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9, $9, $10) ON CONFLICT (id) DO NOTHING",
                &[
                    &&s.id[..],
                    &&s.holder[..],
                    &audience,
                    &revision,
                    &t(s.expires_at),
                    &max_opens,
                    &status.as_str(),
                    &blob_list,
                    &t(now),
                    &s.count_kind,
                ],
            )
            .await?;
            if inserted == 0 {
                // Another holder created this id in the same instant.
                return Err(StoreError::Changed);
            }
            put_content(tx, s).await?;
            count(tx, now, &s.count_kind, Event::Created).await?;
            Ok(PutOutcome { created: true, status })
        }
    }
}

pub(super) async fn put_blob_tx(
    tx: &Transaction<'_>,
    id: [u8; 16],
    holder: [u8; 32],
    n: u32,
    declared: SharedBlob,
    data: &[u8],
    now: u64,
) -> Result<Status, StoreError> {
    let rec = lock_record(tx, &id).await?.ok_or(StoreError::NotFound)?;
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
    exec(
        tx,
        "INSERT INTO blobs (share_id, n, data) VALUES ($1, $2, $3)
         ON CONFLICT (share_id, n) DO UPDATE SET data = EXCLUDED.data",
        &[&&id[..], &i64::from(n), &data],
    )
    .await?;
    let have: i64 =
        rows(tx, "SELECT COUNT(*) FROM blobs WHERE share_id = $1", &[&&id[..]]).await?.first().map_or(0, |r| r.get(0));
    if rec.status == Status::Pending && have == rec.blobs.len() as i64 {
        exec(tx, "UPDATE shares SET status = 'active', updated_at = $2 WHERE id = $1", &[&&id[..], &t(now)]).await?;
        return Ok(Status::Active);
    }
    Ok(rec.status)
}

pub(super) async fn open_share_tx(tx: &Transaction<'_>, o: &Open) -> Result<Opened, StoreError> {
    // The row lock makes concurrent opens of one share, on any instance, count one after the
    // other: each sees the opens of those before it, so `max_opens` holds exactly.
    let sql = format!(
        "SELECT {RECORD_COLUMNS}, c.ciphertext, c.wrapped_key FROM shares
         LEFT JOIN share_content c ON c.share_id = shares.id WHERE shares.id = $1 FOR UPDATE OF shares"
    );
    let row = row_opt(tx, &sql, &[&&o.id[..]]).await?.ok_or(StoreError::NotFound)?;
    let mut record = record_from_row(&row)?;
    let ciphertext: Option<Vec<u8>> = row.try_get(9).map_err(super::codec::db)?;
    let wrapped_key: Option<Vec<u8>> = row.try_get(10).map_err(super::codec::db)?;
    let agency = record.check_open(o.signer, o.now)?;
    let ciphertext = ciphertext.ok_or(StoreError::NotFound)?;
    exec(tx, "UPDATE shares SET opens = opens + 1, last_open_at = $2 WHERE id = $1", &[&&o.id[..], &t(o.now)]).await?;
    record.opens = record.opens.saturating_add(1);
    if record.opens == 1 {
        count_share(tx, &o.id, o.now, Event::Opened).await?;
    }
    let agency = agency.map(|a| a.to_vec());
    exec(tx, "INSERT INTO access_log (share_id, at, agency) VALUES ($1, $2, $3)", &[&&o.id[..], &t(o.now), &agency])
        .await?;
    if record.opens > MAX_LOG_ROWS {
        // Keep the newest MAX_LOG_ROWS rows: one open in, the oldest row out (the first entry
        // of the (share_id, at) index).
        exec(
            tx,
            "DELETE FROM access_log WHERE row_id =
             (SELECT row_id FROM access_log WHERE share_id = $1 ORDER BY at ASC, row_id ASC LIMIT 1)",
            &[&&o.id[..]],
        )
        .await?;
    }
    if !record.blobs.is_empty() {
        exec(
            tx,
            "INSERT INTO blob_tokens (token_hash, share_id, expires_at) VALUES ($1, $2, $3)",
            &[&&o.token_hash[..], &&o.id[..], &t(o.now.saturating_add(BLOB_TOKEN_TTL))],
        )
        .await?;
    }
    Ok(Opened { record, ciphertext, wrapped_key })
}

pub(super) async fn revoke_tx(
    tx: &Transaction<'_>,
    id: [u8; 16],
    holder: [u8; 32],
    now: u64,
) -> Result<(), StoreError> {
    let Some(rec) = lock_record(tx, &id).await? else {
        // An id this relay does not know: kept as a revoked tombstone (see the SQLite store).
        let inserted = exec(
            tx,
            "INSERT INTO shares (id, holder, audience, revision, expires_at, max_opens, opens, status,
             blob_list, created_at, updated_at, revoked_at)
             VALUES ($1, $2, NULL, 0, $3, NULL, 0, 'revoked', NULL, $3, $3, $3) ON CONFLICT (id) DO NOTHING",
            &[&&id[..], &&holder[..], &t(now)],
        )
        .await?;
        if inserted == 0 {
            return Err(StoreError::Changed);
        }
        return Ok(());
    };
    if !ct_eq(&rec.holder, &holder) {
        return Err(StoreError::NotHolder);
    }
    if rec.status != Status::Revoked {
        exec(
            tx,
            "UPDATE shares SET status = 'revoked', revoked_at = $2, updated_at = $2, blob_list = NULL WHERE id = $1",
            &[&&id[..], &t(now)],
        )
        .await?;
        // As on SQLite: only the revocation of a share that could still be opened counts.
        if rec.closed_reason(now).is_none() {
            count_share(tx, &id, now, Event::Revoked).await?;
        }
    }
    delete_content(tx, &id).await
}

/// Sweeps under the sweeper lease (a transaction-scoped advisory lock): when another instance
/// is sweeping, this one does nothing and says so (`skipped`). Like the SQLite store, at most
/// [`SWEEP_BATCH`] shares of each kind and tokens per call, each found through an index.
pub(super) async fn sweep_tx(tx: &Transaction<'_>, now: u64, retention: u64) -> Result<SweepReport, StoreError> {
    let leased: bool = rows(tx, "SELECT pg_try_advisory_xact_lock($1, $2)", &[&LOCK_CLASS, &LOCK_SWEEP])
        .await?
        .first()
        .is_some_and(|r| r.get(0));
    if !leased {
        return Ok(SweepReport { skipped: true, ..SweepReport::default() });
    }
    let batch = i64::from(SWEEP_BATCH);
    let mut ended = [0u64; 2];
    for (i, (status, due, at)) in [
        ("expired", "status IN ('pending', 'active') AND expires_at <= $2", now),
        (
            "used_up",
            "status = 'active' AND max_opens IS NOT NULL AND opens >= max_opens AND last_open_at <= $2",
            now.saturating_sub(USED_UP_GRACE),
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let ids = rows(
            tx,
            &format!(
                "UPDATE shares SET status = '{status}', updated_at = $1, blob_list = NULL
                 WHERE id IN (SELECT id FROM shares WHERE {due} LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING id"
            ),
            &[&t(now), &t(at), &batch],
        )
        .await?;
        let ids: Vec<Vec<u8>> = ids.iter().map(|r| r.get(0)).collect();
        for table in ["blobs", "share_content", "blob_tokens"] {
            exec(tx, &format!("DELETE FROM {table} WHERE share_id = ANY($1)"), &[&ids]).await?;
        }
        ended[i] = ids.len() as u64;
    }
    let tokens = exec(
        tx,
        "DELETE FROM blob_tokens WHERE token_hash IN (SELECT token_hash FROM blob_tokens WHERE expires_at <= $1 LIMIT $2)",
        &[&t(now), &batch],
    )
    .await?;
    // Seen request signatures whose time has left the skew window (the shared replay cache).
    let seen = exec(
        tx,
        "DELETE FROM seen_requests WHERE signature IN (SELECT signature FROM seen_requests WHERE until < $1 LIMIT $2)",
        &[&n64(now)?, &batch],
    )
    .await?;
    // Past the retention period: tombstones with their access logs, then any older log rows.
    let cutoff = t(now.saturating_sub(retention));
    let old: Vec<Vec<u8>> = rows(
        tx,
        "DELETE FROM shares WHERE id IN (SELECT id FROM shares WHERE status IN ('revoked', 'expired', 'used_up')
         AND expires_at <= $1 AND GREATEST(COALESCE(revoked_at, 0), COALESCE(last_open_at, 0), expires_at) <= $1
         LIMIT $2) RETURNING id",
        &[&cutoff, &batch],
    )
    .await?
    .iter()
    .map(|r| r.get(0))
    .collect();
    let mut log_rows = exec(tx, "DELETE FROM access_log WHERE share_id = ANY($1)", &[&old]).await?;
    log_rows += exec(
        tx,
        "DELETE FROM access_log WHERE row_id IN (SELECT row_id FROM access_log WHERE at <= $1 LIMIT $2)",
        &[&cutoff, &batch],
    )
    .await?;
    let tombstones = old.len() as u64;
    let full = |n: u64| n >= u64::from(SWEEP_BATCH);
    Ok(SweepReport {
        expired: ended[0],
        used_up: ended[1],
        tokens,
        tombstones,
        log_rows,
        more: full(ended[0]) || full(ended[1]) || full(tokens) || full(seen) || full(tombstones) || full(log_rows),
        skipped: false,
    })
}

pub(super) async fn blob_read(
    tx: &Transaction<'_>,
    id: [u8; 16],
    n: u32,
    token_hash: [u8; 32],
    now: u64,
) -> Result<Vec<u8>, StoreError> {
    let rec = load_record(tx, &id).await?.ok_or(StoreError::NotFound)?;
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
    for row in
        rows(tx, "SELECT token_hash FROM blob_tokens WHERE share_id = $1 AND expires_at > $2", &[&&id[..], &t(now)])
            .await?
    {
        let stored: Vec<u8> = row.get(0);
        // Constant time, and no early exit, so timing says nothing about the token.
        matched |= ct_eq(&stored, &token_hash);
    }
    if !matched {
        return Err(StoreError::BadToken);
    }
    let data = row_opt(tx, "SELECT data FROM blobs WHERE share_id = $1 AND n = $2", &[&&id[..], &i64::from(n)]).await?;
    data.map(|r| r.get(0)).ok_or(StoreError::NotFound)
}

/// Deletes everything of `holder` (see [`crate::store::Store::forget_holder`]); the holder's
/// lock keeps a concurrent upload or append of the same holder out until it commits.
pub(super) async fn forget_holder_tx(tx: &Transaction<'_>, holder: &[u8; 32]) -> Result<ForgetReport, StoreError> {
    lock_holder(tx, holder).await?;
    let share_ids: Vec<[u8; 16]> =
        rows(tx, "SELECT id FROM shares WHERE holder = $1 ORDER BY id FOR UPDATE", &[&&holder[..]])
            .await?
            .iter()
            .filter_map(|r| r.get::<_, Vec<u8>>(0).try_into().ok())
            .collect();
    let ids: Vec<Vec<u8>> = share_ids.iter().map(|id| id.to_vec()).collect();
    let share_blobs = exec(tx, "DELETE FROM blobs WHERE share_id = ANY($1)", &[&ids]).await?;
    let access_log = exec(tx, "DELETE FROM access_log WHERE share_id = ANY($1)", &[&ids]).await?;
    exec(tx, "DELETE FROM share_content WHERE share_id = ANY($1)", &[&ids]).await?;
    exec(tx, "DELETE FROM blob_tokens WHERE share_id = ANY($1)", &[&ids]).await?;
    let h = &holder[..];
    let shares = exec(tx, "DELETE FROM shares WHERE holder = $1", &[&h]).await?;
    let log_entries = exec(tx, "DELETE FROM sync_entries WHERE holder = $1", &[&h]).await?
        + exec(tx, "DELETE FROM sync_snapshots WHERE holder = $1", &[&h]).await?;
    let log_blobs = exec(tx, "DELETE FROM sync_blobs WHERE holder = $1", &[&h]).await?;
    exec(tx, "DELETE FROM sync_logs WHERE holder = $1", &[&h]).await?;
    let deleted = Deleted { shares, share_blobs, access_log, log_entries, log_blobs };
    Ok(ForgetReport { deleted, share_ids })
}
