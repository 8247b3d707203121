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

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension, params};
use tokio::sync::{mpsc, oneshot};
use wallet_core::share::SharedBlob;

pub(super) mod codec;
mod forget;
mod logs;
mod schema;
mod shares;
mod status;
mod writer;

use codec::{RECORD_COLUMNS, key32, load_record, record_from_row};
use forget::forget_holder_tx;
use logs::{log_append_tx, log_put_blob_tx, log_read, log_snapshot_tx};
pub use schema::SCHEMA_VERSION;
use schema::open_writer;
use shares::{blob_read, open_share_tx, put_blob_tx, put_share_tx, revoke_tx, sweep_tx};
use status::{put_status_list_tx, status_list_read};
use writer::{BatchFlags, ReadPool, TypedJob, WriteJob, writer_loop};

use super::{
    AppendOutcome, ForgetReport, LogBlobOutcome, LogEntry, LogPage, NewShare, Open, Opened, PutOutcome,
    PutStatusOutcome, ShareContent, ShareCount, ShareRecord, SnapshotOutcome, Status, Store, StoreError, StoreFuture,
    StoreStats, SweepReport, SyncEntry,
};

/// Most jobs committed in one transaction.
pub const MAX_BATCH: usize = 256;
/// Read connections: at most this many reads run at once, each on a kept connection
/// (opening a connection per read would cost more than the read).
const READERS: usize = 4;
/// Jobs that may wait for the writer before senders wait too (back-pressure).
const WRITE_QUEUE: usize = 4096;

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

    fn sweep(&self, now: u64, retention: u64) -> StoreFuture<SweepReport> {
        self.write(move |conn, flags| sweep_tx(conn, now, retention, flags))
    }

    fn forget_holder(&self, holder: [u8; 32]) -> StoreFuture<ForgetReport> {
        self.write(move |conn, flags| forget_holder_tx(conn, &holder, flags))
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

    fn put_status_list(&self, issuer: [u8; 32], iat: u64, token: Vec<u8>) -> StoreFuture<PutStatusOutcome> {
        self.write(move |conn, _| put_status_list_tx(conn, &issuer, iat, &token))
    }

    fn status_list(&self, issuer: [u8; 32]) -> StoreFuture<Option<Vec<u8>>> {
        self.read(move |conn| status_list_read(conn, &issuer))
    }

    fn stats(&self) -> StoreFuture<StoreStats> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached("SELECT status, COUNT(*) FROM shares GROUP BY status")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
            let mut shares = Vec::new();
            for row in rows {
                let (status, n) = row?;
                if let Some(status) = Status::parse(&status) {
                    shares.push((status, n.max(0) as u64));
                }
            }
            Ok(StoreStats { shares, stored_bytes: used_bytes(conn)? })
        })
    }

    fn share_counts(&self, before_month: String) -> StoreFuture<Vec<ShareCount>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT month, kind, event, n FROM share_counts WHERE month < ?1 ORDER BY month, kind, event",
            )?;
            let rows = stmt.query_map([before_month], |r| {
                Ok(ShareCount {
                    month: r.get(0)?,
                    kind: r.get(1)?,
                    event: r.get(2)?,
                    n: r.get::<_, i64>(3)?.max(0) as u64,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    fn stored_bytes(&self) -> StoreFuture<u64> {
        self.read(used_bytes)
    }
}

/// Pages in use (not on the free list) times the page size.
fn used_bytes(conn: &Connection) -> Result<u64, StoreError> {
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
    let free: i64 = conn.query_row("PRAGMA freelist_count", [], |r| r.get(0))?;
    let size: i64 = conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
    Ok((pages - free).max(0) as u64 * size.max(0) as u64)
}
