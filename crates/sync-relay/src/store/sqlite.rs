//! The SQLite store: one writer thread doing group commit, a few read connections.
//!
//! The database runs in WAL mode with `synchronous=FULL`, so a committed transaction
//! survives a power cut. Every write goes to one writer thread through a channel; the writer
//! takes one job, drains whatever else is queued (up to [`MAX_BATCH`]), runs each job in its
//! own `SAVEPOINT` inside one transaction, commits once and only then answers each job. So
//! concurrent opens share one fsync and every answer means "durable". Reads run on
//! `spawn_blocking` threads with connections from a small hand-made pool.
//! `secure_delete` is switched on around every statement that deletes or replaces ciphertext
//! (and off otherwise: zeroing on every counted open halved throughput), and the WAL is
//! checkpointed after a revocation, so revoked ciphertext does not linger in free pages or old
//! WAL frames.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use tokio::sync::{mpsc, oneshot};
use wallet_core::crypto::ct_eq;
use wallet_core::share::SharedBlob;

use super::{
    AppendOutcome, BLOB_TOKEN_TTL, LogBlobOutcome, LogEntry, LogPage, NewShare, Open, Opened, PutOutcome, ShareContent,
    ShareRecord, SnapshotOutcome, Status, Store, StoreError, StoreFuture, SweepReport, SyncEntry, USED_UP_GRACE,
};

/// Most jobs committed in one transaction.
pub const MAX_BATCH: usize = 256;
/// Read connections: at most this many reads run at once, each on a kept connection
/// (opening a connection per read would cost more than the read).
const READERS: usize = 4;
/// Jobs that may wait for the writer before senders wait too (back-pressure).
const WRITE_QUEUE: usize = 4096;

/// Schema migrations; migration `i` brings `user_version` from `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: shares, blobs, access log, blob tokens.
    "CREATE TABLE shares (
        id           BLOB PRIMARY KEY NOT NULL,   -- 16 bytes
        holder       BLOB NOT NULL,               -- Ed25519 key, 32 bytes
        audience     BLOB,                        -- agency Ed25519 key, or NULL (bearer)
        revision     INTEGER NOT NULL,
        expires_at   INTEGER NOT NULL,
        max_opens    INTEGER,
        opens        INTEGER NOT NULL DEFAULT 0,
        last_open_at INTEGER,
        status       TEXT NOT NULL,               -- pending|active|revoked|expired|used_up
        blob_list    BLOB,                        -- n x (size u64 BE || sha256); NULL once a tombstone
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL,
        revoked_at   INTEGER
    );
    CREATE INDEX shares_holder ON shares(holder, status);
    CREATE INDEX shares_status_expiry ON shares(status, expires_at);
    -- The content lives beside the share row, so counting an open rewrites a small row, not
    -- the ciphertext (which secure_delete would zero on every rewrite). Deleted on revoke,
    -- expiry and use-up.
    CREATE TABLE share_content (
        share_id    BLOB PRIMARY KEY NOT NULL,
        ciphertext  BLOB NOT NULL,
        wrapped_key BLOB,
        owner_sig   BLOB NOT NULL
    );
    CREATE TABLE blobs (
        share_id BLOB NOT NULL,
        n        INTEGER NOT NULL,
        data     BLOB NOT NULL,
        PRIMARY KEY (share_id, n)
    );
    CREATE TABLE access_log (
        share_id BLOB NOT NULL,
        at       INTEGER NOT NULL,
        agency   BLOB                             -- agency key of an addressed open; never an IP
    );
    CREATE INDEX access_log_share ON access_log(share_id, at);
    CREATE TABLE blob_tokens (
        token_hash BLOB PRIMARY KEY NOT NULL,     -- SHA-256 of the token; the token is not stored
        share_id   BLOB NOT NULL,
        expires_at INTEGER NOT NULL
    );
    CREATE INDEX blob_tokens_share ON blob_tokens(share_id);",
    // 2: holder sync logs (sealed entries, one snapshot, blobs) and their per-holder state.
    "CREATE TABLE sync_logs (
        holder       BLOB PRIMARY KEY NOT NULL,   -- Ed25519 key, 32 bytes
        last_seq     INTEGER NOT NULL,            -- highest sequence number ever appended (0: none)
        snapshot_seq INTEGER NOT NULL DEFAULT 0,  -- sequence number of the snapshot (0: none)
        bytes        INTEGER NOT NULL DEFAULT 0,  -- stored entry + snapshot + blob bytes (quota)
        updated_at   INTEGER NOT NULL
    );
    CREATE TABLE sync_entries (
        holder BLOB NOT NULL,
        seq    INTEGER NOT NULL,
        entry  BLOB NOT NULL,                     -- sealed sync entry, opaque to the relay
        sig    BLOB NOT NULL,                     -- 64 bytes
        PRIMARY KEY (holder, seq)
    );
    CREATE TABLE sync_snapshots (
        holder BLOB PRIMARY KEY NOT NULL,
        seq    INTEGER NOT NULL,
        entry  BLOB NOT NULL,
        sig    BLOB NOT NULL
    );
    CREATE TABLE sync_blobs (
        holder BLOB NOT NULL,
        name   TEXT NOT NULL,
        data   BLOB NOT NULL,
        PRIMARY KEY (holder, name)
    );",
];

/// The schema version this code writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

const TOMBSTONE_CLEAR: &str = "blob_list = NULL";

/// Flags a job can raise for the whole batch.
#[derive(Default)]
struct BatchFlags {
    /// Checkpoint and truncate the WAL after the commit (content was deleted).
    checkpoint: bool,
}

type Finish = Box<dyn FnOnce(Result<(), String>) + Send>;

/// One unit of work for the writer thread.
trait WriteJob: Send {
    /// Runs inside the batch transaction; returns whether it succeeded (else its savepoint
    /// is rolled back) and what to do once the batch is committed or failed.
    fn run(self: Box<Self>, conn: &Connection, flags: &mut BatchFlags) -> (bool, Finish);
    /// Answers without running (the transaction could not start).
    fn fail(self: Box<Self>, err: String);
}

struct TypedJob<F, T> {
    f: F,
    reply: oneshot::Sender<Result<T, StoreError>>,
}

impl<F, T> WriteJob for TypedJob<F, T>
where
    F: FnOnce(&Connection, &mut BatchFlags) -> Result<T, StoreError> + Send + 'static,
    T: Send + 'static,
{
    fn run(self: Box<Self>, conn: &Connection, flags: &mut BatchFlags) -> (bool, Finish) {
        let result = (self.f)(conn, flags);
        let ok = result.is_ok();
        let reply = self.reply;
        let finish: Finish = Box::new(move |commit| {
            let answer = match commit {
                Ok(()) => result,
                Err(e) => Err(StoreError::Db(e)),
            };
            // The requester may have gone away; nothing to do then.
            let _ = reply.send(answer);
        });
        (ok, finish)
    }

    fn fail(self: Box<Self>, err: String) {
        let _ = self.reply.send(Err(StoreError::Db(err)));
    }
}

/// Read connections, opened on demand; [`READERS`] permits bound how many exist.
struct ReadPool {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    permits: tokio::sync::Semaphore,
}

impl ReadPool {
    fn take(&self) -> Result<Connection, StoreError> {
        let pooled = match self.idle.lock() {
            Ok(mut idle) => idle.pop(),
            Err(_) => None,
        };
        match pooled {
            Some(c) => Ok(c),
            None => open_reader(&self.path),
        }
    }

    fn give_back(&self, conn: Connection) {
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < READERS
        {
            idle.push(conn);
        }
    }
}

/// The SQLite [`Store`].
#[derive(Clone)]
pub struct SqliteStore {
    writer: mpsc::Sender<Box<dyn WriteJob>>,
    readers: Arc<ReadPool>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").field("path", &self.readers.path).finish()
    }
}

fn open_reader(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

fn open_writer(path: &Path) -> Result<Connection, StoreError> {
    // Create the file private before SQLite does (it would use the umask, often 0644); SQLite
    // gives the WAL and shared-memory files the database file's permissions.
    #[cfg(unix)]
    if !path.exists() {
        use std::os::unix::fs::OpenOptionsExt as _;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .map_err(|e| StoreError::Db(format!("cannot create {}: {e}", path.display())))?;
    }
    let mut conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Db(format!("the database could not switch to WAL mode (got {mode})")));
    }
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA secure_delete = OFF;
         PRAGMA foreign_keys = OFF;",
    )?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// Brings the schema to [`SCHEMA_VERSION`]; refuses a database written by a newer relay.
fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::Db(format!(
            "the database has schema version {version}, newer than this relay's {SCHEMA_VERSION}; \
             run a newer mappe-relay"
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as u32 + 1)?;
        tx.commit()?;
        tracing::info!(version = i + 1, "database schema migrated");
    }
    Ok(())
}

impl SqliteStore {
    /// Opens (or creates) the database at `path`, migrates it and starts the writer thread.
    /// The thread ends when the last clone of the store is dropped.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let conn = open_writer(path)?;
        let (tx, rx) = mpsc::channel(WRITE_QUEUE);
        std::thread::Builder::new()
            .name("mappe-relay-writer".into())
            .spawn(move || writer_loop(conn, rx))
            .map_err(|e| StoreError::Db(format!("cannot start the writer thread: {e}")))?;
        Ok(Self {
            writer: tx,
            readers: Arc::new(ReadPool {
                path: path.to_path_buf(),
                idle: Mutex::new(Vec::new()),
                permits: tokio::sync::Semaphore::new(READERS),
            }),
        })
    }

    fn write<T, F>(&self, f: F) -> StoreFuture<T>
    where
        F: FnOnce(&Connection, &mut BatchFlags) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        let sender = self.writer.clone();
        Box::pin(async move {
            let (reply, answer) = oneshot::channel();
            let job: Box<dyn WriteJob> = Box::new(TypedJob { f, reply });
            sender.send(job).await.map_err(|_| StoreError::Closed)?;
            answer.await.map_err(|_| StoreError::Closed)?
        })
    }

    fn read<T, F>(&self, f: F) -> StoreFuture<T>
    where
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.readers.clone();
        Box::pin(async move {
            let _permit = pool.permits.acquire().await.map_err(|_| StoreError::Closed)?;
            let worker = pool.clone();
            tokio::task::spawn_blocking(move || {
                let conn = worker.take()?;
                let result = f(&conn);
                worker.give_back(conn);
                result
            })
            .await
            .map_err(|e| StoreError::Db(format!("read task failed: {e}")))?
        })
    }
}

fn writer_loop(conn: Connection, mut rx: mpsc::Receiver<Box<dyn WriteJob>>) {
    let mut batch: Vec<Box<dyn WriteJob>> = Vec::with_capacity(MAX_BATCH);
    while let Some(first) = rx.blocking_recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        run_batch(&conn, &mut batch);
    }
    tracing::debug!("writer thread stopped");
}

fn exec_cached(conn: &Connection, sql: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(sql)?.execute([]).map(|_| ())
}

fn run_batch(conn: &Connection, batch: &mut Vec<Box<dyn WriteJob>>) {
    if let Err(e) = exec_cached(conn, "BEGIN IMMEDIATE") {
        let msg = format!("cannot begin a transaction: {e}");
        for job in batch.drain(..) {
            job.fail(msg.clone());
        }
        return;
    }
    let mut flags = BatchFlags::default();
    let mut finishers = Vec::with_capacity(batch.len());
    for job in batch.drain(..) {
        if let Err(e) = exec_cached(conn, "SAVEPOINT job") {
            job.fail(format!("cannot open a savepoint: {e}"));
            continue;
        }
        let (ok, finish) = job.run(conn, &mut flags);
        if !ok && let Err(e) = exec_cached(conn, "ROLLBACK TO job") {
            tracing::error!(error = %e, "rollback to savepoint failed");
        }
        if let Err(e) = exec_cached(conn, "RELEASE job") {
            tracing::error!(error = %e, "release savepoint failed");
        }
        finishers.push(finish);
    }
    let commit = exec_cached(conn, "COMMIT").map_err(|e| {
        let _ = conn.execute_batch("ROLLBACK");
        format!("commit failed: {e}")
    });
    if let Err(e) = &commit {
        tracing::error!(error = %e, jobs = finishers.len(), "batch not committed");
    }
    if commit.is_ok() && flags.checkpoint {
        // Copy the new page images into the file and truncate the WAL, so deleted
        // ciphertext does not survive in old WAL frames. Best effort: a busy reader only
        // delays it to the next checkpoint.
        if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())) {
            tracing::warn!(error = %e, "WAL checkpoint failed");
        }
    }
    for finish in finishers {
        finish(commit.clone());
    }
}

fn encode_blobs(blobs: &[SharedBlob]) -> Vec<u8> {
    let mut out = Vec::with_capacity(blobs.len() * 40);
    for b in blobs {
        out.extend_from_slice(&b.size.to_be_bytes());
        out.extend_from_slice(&b.sha256);
    }
    out
}

fn decode_blobs(bytes: Option<Vec<u8>>) -> Vec<SharedBlob> {
    let Some(bytes) = bytes else {
        return Vec::new();
    };
    bytes
        .chunks_exact(40)
        .map(|c| {
            let mut size = [0u8; 8];
            size.copy_from_slice(&c[..8]);
            let mut sha256 = [0u8; 32];
            sha256.copy_from_slice(&c[8..]);
            SharedBlob { size: u64::from_be_bytes(size), sha256 }
        })
        .collect()
}

fn key32(bytes: Option<Vec<u8>>) -> Option<[u8; 32]> {
    bytes.and_then(|b| b.try_into().ok())
}

const RECORD_COLUMNS: &str = "id, holder, audience, revision, expires_at, max_opens, opens, status, blob_list";

fn record_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ShareRecord> {
    let id: Vec<u8> = row.get(0)?;
    let holder: Vec<u8> = row.get(1)?;
    let status: String = row.get(7)?;
    let bad = |what: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Blob,
            format!("stored {what} is malformed").into(),
        )
    };
    Ok(ShareRecord {
        id: id.try_into().map_err(|_| bad("id"))?,
        holder: holder.try_into().map_err(|_| bad("holder"))?,
        audience: key32(row.get(2)?),
        revision: row.get(3)?,
        expires_at: row.get::<_, i64>(4)? as u64,
        max_opens: row.get(5)?,
        opens: row.get(6)?,
        status: Status::parse(&status).ok_or_else(|| bad("status"))?,
        blobs: decode_blobs(row.get(8)?),
    })
}

fn load_record(conn: &Connection, id: &[u8; 16]) -> Result<Option<ShareRecord>, StoreError> {
    Ok(conn
        .prepare_cached(&format!("SELECT {RECORD_COLUMNS} FROM shares WHERE id = ?1"))?
        .query_row([&id[..]], record_from_row)
        .optional()?)
}

/// Unix seconds as SQLite's signed integer (saturating; times come from a sane clock).
fn t(secs: u64) -> i64 {
    i64::try_from(secs).unwrap_or(i64::MAX)
}

/// Runs `f` with `secure_delete` on, so the ciphertext it deletes or replaces is zeroed.
fn zeroing<T>(conn: &Connection, f: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
    conn.execute_batch("PRAGMA secure_delete = ON")?;
    let result = f();
    conn.execute_batch("PRAGMA secure_delete = OFF")?;
    result
}

fn put_content(conn: &Connection, s: &NewShare) -> Result<(), StoreError> {
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
fn delete_content(conn: &Connection, id: &[u8; 16]) -> Result<(), StoreError> {
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

fn put_share_tx(conn: &Connection, s: &NewShare, now: u64, max_shares: u32) -> Result<PutOutcome, StoreError> {
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
                 status, blob_list, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9, ?9)",
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
            ])?;
            put_content(conn, s)?;
            Ok(PutOutcome { created: true, status })
        }
    }
}

fn put_blob_tx(
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

fn open_share_tx(conn: &Connection, o: &Open) -> Result<Opened, StoreError> {
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
    if record.status == Status::Pending {
        return Err(StoreError::NotFound);
    }
    let agency = match (record.audience, o.signer) {
        (None, _) => None,
        (Some(_), None) => return Err(StoreError::AudienceRequired),
        (Some(aud), Some(signer)) if aud == signer => Some(aud),
        (Some(_), Some(_)) => return Err(StoreError::NotAudience),
    };
    if let Some(reason) = record.closed_reason(o.now) {
        return Err(StoreError::Gone(reason));
    }
    let ciphertext = ciphertext.ok_or(StoreError::NotFound)?;
    conn.prepare_cached("UPDATE shares SET opens = opens + 1, last_open_at = ?2 WHERE id = ?1")?
        .execute(params![&o.id[..], t(o.now)])?;
    record.opens = record.opens.saturating_add(1);
    conn.prepare_cached("INSERT INTO access_log (share_id, at, agency) VALUES (?1, ?2, ?3)")?.execute(params![
        &o.id[..],
        t(o.now),
        agency.as_ref().map(|a| &a[..])
    ])?;
    if record.opens > crate::store::MAX_LOG_ROWS {
        // Keep the newest MAX_LOG_ROWS rows: one open in, the oldest row out.
        conn.prepare_cached(
            "DELETE FROM access_log WHERE rowid IN
             (SELECT rowid FROM access_log WHERE share_id = ?1 ORDER BY at DESC, rowid DESC LIMIT -1 OFFSET ?2)",
        )?
        .execute(params![&o.id[..], crate::store::MAX_LOG_ROWS])?;
    }
    if !record.blobs.is_empty() {
        conn.prepare_cached("INSERT INTO blob_tokens (token_hash, share_id, expires_at) VALUES (?1, ?2, ?3)")?
            .execute(params![&o.token_hash[..], &o.id[..], t(o.now.saturating_add(BLOB_TOKEN_TTL))])?;
    }
    Ok(Opened { record, ciphertext, wrapped_key })
}

fn revoke_tx(
    conn: &Connection,
    id: [u8; 16],
    holder: [u8; 32],
    now: u64,
    flags: &mut BatchFlags,
) -> Result<(), StoreError> {
    let rec = load_record(conn, &id)?.ok_or(StoreError::NotFound)?;
    if !ct_eq(&rec.holder, &holder) {
        return Err(StoreError::NotHolder);
    }
    if rec.status != Status::Revoked {
        conn.prepare_cached(&format!(
            "UPDATE shares SET status = 'revoked', revoked_at = ?2, updated_at = ?2,
             {TOMBSTONE_CLEAR} WHERE id = ?1"
        ))?
        .execute(params![&id[..], t(now)])?;
    }
    delete_content(conn, &id)?;
    flags.checkpoint = true;
    Ok(())
}

fn sweep_tx(conn: &Connection, now: u64, flags: &mut BatchFlags) -> Result<SweepReport, StoreError> {
    let expired = conn.execute(
        &format!(
            "UPDATE shares SET status = 'expired', updated_at = ?1, {TOMBSTONE_CLEAR}
             WHERE status IN ('pending', 'active') AND expires_at <= ?1"
        ),
        [t(now)],
    )? as u64;
    let used_up = conn.execute(
        &format!(
            "UPDATE shares SET status = 'used_up', updated_at = ?1, {TOMBSTONE_CLEAR}
             WHERE status = 'active' AND max_opens IS NOT NULL AND opens >= max_opens
             AND last_open_at <= ?2"
        ),
        params![t(now), t(now.saturating_sub(USED_UP_GRACE))],
    )? as u64;
    let ended = "SELECT id FROM shares WHERE status IN ('revoked', 'expired', 'used_up')";
    let blobs = zeroing(conn, || {
        Ok(conn.execute(&format!("DELETE FROM blobs WHERE share_id IN ({ended})"), [])?
            + conn.execute(&format!("DELETE FROM share_content WHERE share_id IN ({ended})"), [])?)
    })?;
    let tokens = conn
        .execute(&format!("DELETE FROM blob_tokens WHERE expires_at <= ?1 OR share_id IN ({ended})"), [t(now)])?
        as u64;
    if expired + used_up > 0 || blobs > 0 {
        flags.checkpoint = true;
    }
    Ok(SweepReport { expired, used_up, tokens })
}

fn blob_read(conn: &Connection, id: [u8; 16], n: u32, token_hash: [u8; 32], now: u64) -> Result<Vec<u8>, StoreError> {
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

/// A sequence number or byte count as SQLite's signed integer.
fn n64(value: u64) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| StoreError::Db(format!("{value} does not fit the database")))
}

/// A holder's sync log state: (last_seq, snapshot_seq, bytes); zeros when there is none.
fn log_state(conn: &Connection, holder: &[u8; 32]) -> Result<(u64, u64, u64), StoreError> {
    Ok(conn
        .prepare_cached("SELECT last_seq, snapshot_seq, bytes FROM sync_logs WHERE holder = ?1")?
        .query_row([&holder[..]], |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64, r.get::<_, i64>(2)? as u64))
        })
        .optional()?
        .unwrap_or((0, 0, 0)))
}

/// Writes a holder's sync log state (creating the row on the first write).
fn set_log_state(
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

fn log_append_tx(
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

fn log_snapshot_tx(
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

fn log_put_blob_tx(
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

fn sync_entry_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<SyncEntry> {
    let sig: Vec<u8> = row.get(2)?;
    Ok(SyncEntry {
        seq: row.get::<_, i64>(0)? as u64,
        entry: row.get(1)?,
        sig: sig.try_into().map_err(|_| {
            rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Blob, "stored sig is malformed".into())
        })?,
    })
}

fn log_read(
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

impl Store for SqliteStore {
    fn put_share(&self, share: NewShare, now: u64, max_shares: u32) -> StoreFuture<PutOutcome> {
        self.write(move |conn, flags| {
            let outcome = put_share_tx(conn, &share, now, max_shares)?;
            // A new revision deleted the old one's content: clean it out of the WAL as a
            // revocation does.
            flags.checkpoint |= !outcome.created;
            Ok(outcome)
        })
    }

    fn put_blob(
        &self,
        id: [u8; 16],
        holder: [u8; 32],
        n: u32,
        declared: SharedBlob,
        data: Vec<u8>,
        now: u64,
    ) -> StoreFuture<Status> {
        self.write(move |conn, _| put_blob_tx(conn, id, holder, n, declared, &data, now))
    }

    fn share(&self, id: [u8; 16]) -> StoreFuture<Option<ShareRecord>> {
        self.read(move |conn| load_record(conn, &id))
    }

    fn share_content(&self, id: [u8; 16]) -> StoreFuture<Option<ShareContent>> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached(&format!(
                    "SELECT {RECORD_COLUMNS}, c.ciphertext, c.wrapped_key FROM shares \
             LEFT JOIN share_content c ON c.share_id = shares.id WHERE id = ?1"
                ))?
                .query_row([&id[..]], |row| {
                    Ok(ShareContent {
                        record: record_from_row(row)?,
                        ciphertext: row.get(9)?,
                        wrapped_key: row.get(10)?,
                    })
                })
                .optional()?)
        })
    }

    fn open_share(&self, open: Open) -> StoreFuture<Opened> {
        self.write(move |conn, _| open_share_tx(conn, &open))
    }

    fn blob(&self, id: [u8; 16], n: u32, token_hash: [u8; 32], now: u64) -> StoreFuture<Vec<u8>> {
        self.read(move |conn| blob_read(conn, id, n, token_hash, now))
    }

    fn revoke(&self, id: [u8; 16], holder: [u8; 32], now: u64) -> StoreFuture<()> {
        self.write(move |conn, flags| revoke_tx(conn, id, holder, now, flags))
    }

    fn access_log(&self, id: [u8; 16]) -> StoreFuture<Option<(ShareRecord, Vec<LogEntry>)>> {
        self.read(move |conn| {
            let tx = conn.unchecked_transaction()?;
            let Some(rec) = load_record(&tx, &id)? else {
                return Ok(None);
            };
            let mut stmt = tx.prepare_cached(
                "SELECT at, agency FROM access_log WHERE share_id = ?1 ORDER BY at DESC, rowid DESC LIMIT ?2",
            )?;
            let mut log = stmt
                .query_map(params![&id[..], crate::store::LOG_ROWS_SHOWN], |r| {
                    Ok(LogEntry { at: r.get::<_, i64>(0)? as u64, agency: key32(r.get(1)?) })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            log.reverse();
            Ok(Some((rec, log)))
        })
    }

    fn sweep(&self, now: u64) -> StoreFuture<SweepReport> {
        self.write(move |conn, flags| sweep_tx(conn, now, flags))
    }

    fn log_append(&self, holder: [u8; 32], entry: SyncEntry, max_bytes: u64, now: u64) -> StoreFuture<AppendOutcome> {
        self.write(move |conn, _| log_append_tx(conn, &holder, &entry, max_bytes, now))
    }

    fn log_read(&self, holder: [u8; 32], after: u64, page_bytes: usize) -> StoreFuture<Option<LogPage>> {
        self.read(move |conn| log_read(conn, &holder, after, page_bytes))
    }

    fn log_snapshot(
        &self,
        holder: [u8; 32],
        snapshot: SyncEntry,
        max_bytes: u64,
        now: u64,
    ) -> StoreFuture<SnapshotOutcome> {
        self.write(move |conn, _| log_snapshot_tx(conn, &holder, &snapshot, max_bytes, now))
    }

    fn log_put_blob(
        &self,
        holder: [u8; 32],
        name: String,
        data: Vec<u8>,
        max_bytes: u64,
        now: u64,
    ) -> StoreFuture<LogBlobOutcome> {
        self.write(move |conn, _| log_put_blob_tx(conn, &holder, &name, &data, max_bytes, now))
    }

    fn log_blob(&self, holder: [u8; 32], name: String) -> StoreFuture<Option<Vec<u8>>> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached("SELECT data FROM sync_blobs WHERE holder = ?1 AND name = ?2")?
                .query_row(params![&holder[..], name], |r| r.get(0))
                .optional()?)
        })
    }
}
