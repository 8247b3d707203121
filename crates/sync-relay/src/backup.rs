//! Backups of the SQLite database while the relay runs, and restoring one into a new relay.
//!
//! A backup is SQLite's online backup of every page in one step, read inside one read
//! transaction: a consistent snapshot of everything committed before it started, taken
//! while the relay goes on writing (in WAL mode a reader does not block the writer). The copy
//! is written to a temporary file, checked (`PRAGMA integrity_check`), flushed to disk and only
//! then renamed into place, so a backup file is either complete or absent. A restore checks the
//! backup the same way and creates a database that did not exist before; it never overwrites.
//! PostgreSQL deployments back up with `pg_dump` instead (`docs/operations.md`).

use std::path::{Path, PathBuf};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use crate::store::sqlite::SCHEMA_VERSION;

/// Why a backup or restore did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The target exists; backups and restores never overwrite.
    #[error("{0} already exists; choose a new file name (nothing is ever overwritten)")]
    Exists(PathBuf),
    /// The source is missing or is not a relay database.
    #[error("cannot read {path}: {reason}")]
    Source {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// Writing the copy failed; nothing was left behind.
    #[error("cannot write {path}: {reason}")]
    Target {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
}

/// What a finished backup or restore holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupReport {
    /// Bytes of the written file.
    pub bytes: u64,
    /// Shares in it (tombstones included).
    pub shares: u64,
    /// Sync logs in it.
    pub sync_logs: u64,
}

/// Copies the relay database `db` to `to` (which must not exist) while the relay may run.
pub fn backup(db: &Path, to: &Path) -> Result<BackupReport, BackupError> {
    let source = open_source(db)?;
    copy(&source, to)
}

/// Creates the relay database `db` (which must not exist) from the backup `from`.
pub fn restore(from: &Path, db: &Path) -> Result<BackupReport, BackupError> {
    for existing in [db.to_path_buf(), sidecar(db, "-wal")] {
        if existing.exists() {
            return Err(BackupError::Exists(existing));
        }
    }
    let source = open_source(from)?;
    copy(&source, db)
}

/// `db` with `suffix` appended to its file name (`relay.sqlite-wal`).
fn sidecar(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Opens `path` read-only and checks that it is a relay database this relay can read.
fn open_source(path: &Path) -> Result<Connection, BackupError> {
    let bad = |reason: String| BackupError::Source { path: path.to_path_buf(), reason };
    let meta = std::fs::metadata(path).map_err(|e| bad(e.to_string()))?;
    if !meta.is_file() {
        return Err(bad("not a regular file".into()));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| bad(e.to_string()))?;
    conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(|e| bad(e.to_string()))?;
    let version: u32 =
        conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| bad(format!("not a database: {e}")))?;
    if version == 0 || version > SCHEMA_VERSION {
        return Err(bad(format!(
            "not a relay database this relay can read (schema version {version}, this relay writes {SCHEMA_VERSION})"
        )));
    }
    Ok(conn)
}

/// Copies every page of `source` into a new file `to`: temp file, integrity check, fsync,
/// rename, fsync of the directory.
fn copy(source: &Connection, to: &Path) -> Result<BackupReport, BackupError> {
    if to.exists() {
        return Err(BackupError::Exists(to.to_path_buf()));
    }
    let partial = sidecar(to, ".partial");
    let result = copy_via(source, &partial, to);
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}

fn copy_via(source: &Connection, partial: &Path, to: &Path) -> Result<BackupReport, BackupError> {
    let fail = |reason: String| BackupError::Target { path: to.to_path_buf(), reason };
    {
        // Private from the start, as the relay's own database.
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options.open(partial).map_err(|e| fail(e.to_string()))?;
    }
    let mut target = Connection::open(partial).map_err(|e| fail(e.to_string()))?;
    {
        let backup = Backup::new(source, &mut target).map_err(|e| fail(e.to_string()))?;
        // All pages in one step: one read transaction, so one consistent snapshot.
        loop {
            match backup.step(-1).map_err(|e| fail(e.to_string()))? {
                StepResult::Done => break,
                StepResult::More => {}
                StepResult::Busy | StepResult::Locked => std::thread::sleep(std::time::Duration::from_millis(50)),
                _ => std::thread::sleep(std::time::Duration::from_millis(50)),
            }
        }
    }
    let check: String =
        target.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(|e| fail(e.to_string()))?;
    if check != "ok" {
        return Err(fail(format!("the copy does not check clean: {check}")));
    }
    // A single file, no WAL beside it: the relay switches it back to WAL when it opens it.
    target.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(())).map_err(|e| fail(e.to_string()))?;
    let count = |sql: &str| -> Result<u64, BackupError> {
        target.query_row(sql, [], |r| r.get::<_, i64>(0)).map(|n| n.max(0) as u64).map_err(|e| fail(e.to_string()))
    };
    let shares = count("SELECT COUNT(*) FROM shares")?;
    let sync_logs = count("SELECT COUNT(*) FROM sync_logs")?;
    drop(target);
    let file = std::fs::File::open(partial).map_err(|e| fail(e.to_string()))?;
    file.sync_all().map_err(|e| fail(e.to_string()))?;
    let bytes = file.metadata().map_err(|e| fail(e.to_string()))?.len();
    drop(file);
    if to.exists() {
        return Err(BackupError::Exists(to.to_path_buf()));
    }
    std::fs::rename(partial, to).map_err(|e| fail(e.to_string()))?;
    if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::File::open(dir).and_then(|d| d.sync_all()).map_err(|e| fail(e.to_string()))?;
    }
    Ok(BackupReport { bytes, shares, sync_logs })
}
