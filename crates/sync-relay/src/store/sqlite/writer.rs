//! The writer thread's group commit (jobs batched into one transaction, each in a savepoint,
//! answered after the commit) and the pool of read connections.

use std::path::PathBuf;
use std::sync::Mutex;

use rusqlite::Connection;
use tokio::sync::{mpsc, oneshot};

use super::schema::open_reader;
use super::{MAX_BATCH, READERS};
use crate::store::StoreError;

/// Flags a job can raise for the whole batch.
#[derive(Default)]
pub(super) struct BatchFlags {
    /// Checkpoint and truncate the WAL after the commit (content was deleted).
    pub(super) checkpoint: bool,
}

pub(super) type Finish = Box<dyn FnOnce(Result<(), String>) + Send>;

/// One unit of work for the writer thread.
pub(super) trait WriteJob: Send {
    /// Runs inside the batch transaction; returns whether it succeeded (else its savepoint
    /// is rolled back) and what to do once the batch is committed or failed.
    fn run(self: Box<Self>, conn: &Connection, flags: &mut BatchFlags) -> (bool, Finish);
    /// Answers without running (the transaction could not start).
    fn fail(self: Box<Self>, err: String);
}

pub(super) struct TypedJob<F, T> {
    pub(super) f: F,
    pub(super) reply: oneshot::Sender<Result<T, StoreError>>,
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
pub(super) struct ReadPool {
    pub(super) path: PathBuf,
    pub(super) idle: Mutex<Vec<Connection>>,
    pub(super) permits: tokio::sync::Semaphore,
}

impl ReadPool {
    pub(super) fn take(&self) -> Result<Connection, StoreError> {
        let pooled = match self.idle.lock() {
            Ok(mut idle) => idle.pop(),
            Err(_) => None,
        };
        match pooled {
            Some(c) => Ok(c),
            None => open_reader(&self.path),
        }
    }

    pub(super) fn give_back(&self, conn: Connection) {
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < READERS
        {
            idle.push(conn);
        }
    }
}

pub(super) fn writer_loop(conn: Connection, mut rx: mpsc::Receiver<Box<dyn WriteJob>>) {
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

pub(super) fn exec_cached(conn: &Connection, sql: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(sql)?.execute([]).map(|_| ())
}

pub(super) fn run_batch(conn: &Connection, batch: &mut Vec<Box<dyn WriteJob>>) {
    if let Err(e) = exec_cached(conn, "BEGIN IMMEDIATE") {
        let msg = format!("cannot begin a transaction: {e}");
        for job in batch.drain(..) {
            job.fail(msg.clone());
        }
        return;
    }
    let started = std::time::Instant::now();
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
    crate::metrics::db_commit(finishers.len(), started.elapsed().as_secs_f64());
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
