//! The PostgreSQL schema and its migrations, applied under an advisory lock so relay instances
//! starting together migrate once.

use tokio_postgres::Client;

use super::codec::db;
use super::{LOCK_CLASS, LOCK_MIGRATE};
use crate::store::StoreError;

/// Schema migrations; migration `i` brings `mappe_schema.version` from `i` to `i + 1`. The
/// tables mirror the SQLite store's (`store/sqlite/schema.rs`), with `BIGINT` for every number
/// and `BYTEA` for every byte string.
pub(super) const MIGRATIONS: &[&str] = &[
    // 1: shares, blobs, access log, blob tokens, sync logs, seen request signatures.
    "CREATE TABLE shares (
        id           BYTEA PRIMARY KEY,           -- 16 bytes
        holder       BYTEA NOT NULL,              -- Ed25519 key, 32 bytes
        audience     BYTEA,                       -- agency Ed25519 key, or NULL (bearer)
        revision     BIGINT NOT NULL,
        expires_at   BIGINT NOT NULL,
        max_opens    BIGINT,
        opens        BIGINT NOT NULL DEFAULT 0,
        last_open_at BIGINT,
        status       TEXT NOT NULL,               -- pending|active|revoked|expired|used_up
        blob_list    BYTEA,                       -- n x (size u64 BE || sha256); NULL once a tombstone
        created_at   BIGINT NOT NULL,
        updated_at   BIGINT NOT NULL,
        revoked_at   BIGINT
    );
    CREATE INDEX shares_holder ON shares(holder, status);
    CREATE INDEX shares_status_expiry ON shares(status, expires_at);
    CREATE TABLE share_content (
        share_id    BYTEA PRIMARY KEY,
        ciphertext  BYTEA NOT NULL,
        wrapped_key BYTEA,
        owner_sig   BYTEA NOT NULL
    );
    CREATE TABLE blobs (
        share_id BYTEA NOT NULL,
        n        BIGINT NOT NULL,
        data     BYTEA NOT NULL,
        PRIMARY KEY (share_id, n)
    );
    CREATE TABLE access_log (
        row_id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        share_id BYTEA NOT NULL,
        at       BIGINT NOT NULL,
        agency   BYTEA                            -- agency key of an addressed open; never an IP
    );
    CREATE INDEX access_log_share ON access_log(share_id, at);
    CREATE TABLE blob_tokens (
        token_hash BYTEA PRIMARY KEY,             -- SHA-256 of the token; the token is not stored
        share_id   BYTEA NOT NULL,
        expires_at BIGINT NOT NULL
    );
    CREATE INDEX blob_tokens_share ON blob_tokens(share_id);
    CREATE TABLE sync_logs (
        holder       BYTEA PRIMARY KEY,
        last_seq     BIGINT NOT NULL,
        snapshot_seq BIGINT NOT NULL DEFAULT 0,
        bytes        BIGINT NOT NULL DEFAULT 0,
        updated_at   BIGINT NOT NULL
    );
    CREATE TABLE sync_entries (
        holder BYTEA NOT NULL,
        seq    BIGINT NOT NULL,
        entry  BYTEA NOT NULL,
        sig    BYTEA NOT NULL,
        PRIMARY KEY (holder, seq)
    );
    CREATE TABLE sync_snapshots (
        holder BYTEA PRIMARY KEY,
        seq    BIGINT NOT NULL,
        entry  BYTEA NOT NULL,
        sig    BYTEA NOT NULL
    );
    CREATE TABLE sync_blobs (
        holder BYTEA NOT NULL,
        name   TEXT NOT NULL,
        data   BYTEA NOT NULL,
        PRIMARY KEY (holder, name)
    );
    -- Signatures of signed requests seen by any instance, until their time leaves the skew
    -- window (then the sweeper deletes them): a request replayed to another instance is refused.
    CREATE TABLE seen_requests (
        signature BYTEA PRIMARY KEY,              -- 64 bytes
        until     BIGINT NOT NULL
    );
    CREATE INDEX seen_requests_until ON seen_requests(until);
    -- The sweeper finds what to end through indexes (as the SQLite store's migration 3).
    CREATE INDEX shares_used_up ON shares(last_open_at)
        WHERE status = 'active' AND max_opens IS NOT NULL AND opens >= max_opens;
    CREATE INDEX blob_tokens_expiry ON blob_tokens(expires_at);
    CREATE INDEX access_log_at ON access_log(at);",
    // 2: the newest status list of each issuing office (as the SQLite store's migration 4).
    "CREATE TABLE status_lists (
        issuer BYTEA PRIMARY KEY,                 -- the office's Ed25519 key, 32 bytes
        iat    BIGINT NOT NULL,                   -- the token's iat (Unix seconds)
        token  BYTEA NOT NULL                     -- the signed token as uploaded
    );",
    // 3: aggregate counts for monitoring (as the SQLite store's migration 5).
    "ALTER TABLE shares ADD COLUMN count_kind TEXT;
    CREATE TABLE share_counts (
        month TEXT NOT NULL,                      -- YYYY-MM, UTC
        kind  TEXT NOT NULL,                      -- an agency kind, 'link' or 'unspecified'
        event TEXT NOT NULL,                      -- created|opened|revoked
        n     BIGINT NOT NULL,
        PRIMARY KEY (month, kind, event)
    );",
];

/// The schema version this code writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Brings the schema to [`SCHEMA_VERSION`]; refuses a database written by a newer relay.
pub(super) async fn migrate(client: &mut Client) -> Result<(), StoreError> {
    let tx = client.transaction().await.map_err(db)?;
    // One instance migrates; the others wait here and then find the work done.
    tx.execute("SELECT pg_advisory_xact_lock($1, $2)", &[&LOCK_CLASS, &LOCK_MIGRATE]).await.map_err(db)?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS mappe_schema (version BIGINT NOT NULL)").await.map_err(db)?;
    let version: Option<i64> =
        tx.query_opt("SELECT version FROM mappe_schema", &[]).await.map_err(db)?.map(|r| r.get(0));
    let version = version.unwrap_or(0);
    if version > i64::from(SCHEMA_VERSION) {
        return Err(StoreError::Db(format!(
            "the database has schema version {version}, newer than this relay's {SCHEMA_VERSION}; \
             run a newer mappe-relay"
        )));
    }
    if version == 0 {
        tx.execute("INSERT INTO mappe_schema (version) VALUES (0)", &[]).await.map_err(db)?;
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(usize::try_from(version).unwrap_or(0)) {
        tx.batch_execute(sql).await.map_err(db)?;
        let next = i as i64 + 1;
        tx.execute("UPDATE mappe_schema SET version = $1", &[&next]).await.map_err(db)?;
        tracing::info!(version = next, "database schema migrated");
    }
    tx.commit().await.map_err(db)
}
