//! The schema, its migrations, and opening connections (the writer's pragmas: WAL,
//! `synchronous=FULL`; files created private).

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::store::StoreError;

/// Schema migrations; migration `i` brings `user_version` from `i` to `i + 1`.
pub(super) const MIGRATIONS: &[&str] = &[
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
    // 3: the sweeper finds what to end or delete through indexes instead of walking every
    // live share, every tombstone or the whole access log.
    "CREATE INDEX shares_used_up ON shares(last_open_at)
        WHERE status = 'active' AND max_opens IS NOT NULL AND opens >= max_opens;
    CREATE INDEX blob_tokens_expiry ON blob_tokens(expires_at);
    CREATE INDEX access_log_at ON access_log(at);",
    // 4: the newest status list (Token Status List) of each issuing office; a token is replaced
    // only by one with a later iat. Offices' data, not a person's: forgetting a holder keeps it.
    "CREATE TABLE status_lists (
        issuer BLOB PRIMARY KEY NOT NULL,         -- the office's Ed25519 key, 32 bytes
        iat    INTEGER NOT NULL,                  -- the token's iat (Unix seconds)
        token  BLOB NOT NULL                      -- the signed token as uploaded
    );",
    // 5: aggregate counts for monitoring (docs/statistics.md): one counter per month, kind and
    // event, and nothing that links a count to a share, a key or a time finer than the month.
    // A share keeps the kind it is counted under, so its first open and its revocation count
    // under the same kind; shares from before this migration (NULL) are not counted.
    "ALTER TABLE shares ADD COLUMN count_kind TEXT;
    CREATE TABLE share_counts (
        month TEXT NOT NULL,                      -- YYYY-MM, UTC
        kind  TEXT NOT NULL,                      -- an agency kind, 'link' or 'unspecified'
        event TEXT NOT NULL,                      -- created|opened|revoked
        n     INTEGER NOT NULL,
        PRIMARY KEY (month, kind, event)
    ) WITHOUT ROWID;",
];

/// The schema version this code writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

pub(super) fn open_reader(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

pub(super) fn open_writer(path: &Path) -> Result<Connection, StoreError> {
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
pub(super) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
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
