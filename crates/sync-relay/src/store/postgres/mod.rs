//! The PostgreSQL store: the scale-out backend. Any number of relay instances may share one
//! database and behave as one relay.
//!
//! - Every method runs one transaction on a connection from a bounded pool
//!   ([`POOL_SIZE`] per instance) and answers after `COMMIT` returns; with PostgreSQL's
//!   default `synchronous_commit = on` that means the write is in the server's WAL on disk.
//! - Open limits hold across instances: an open locks the share's row (`SELECT … FOR UPDATE`)
//!   before it checks and counts, so concurrent opens on any instance count one after the
//!   other. Writes to one holder's data (share count, sync log) take the holder's advisory
//!   lock first.
//! - One sweeper at a time: a sweep runs only if it gets the sweeper lease, a
//!   transaction-scoped advisory lock (`pg_try_advisory_xact_lock`); otherwise it does nothing.
//! - The replay cache is the `seen_requests` table ([`PostgresReplay`]): a signature inserted
//!   by one instance is refused by every other, and the sweeper deletes stale ones.
//! - No TLS to the database: run PostgreSQL on the same host or a private network.
//! - PostgreSQL has no `secure_delete`: deleted rows stay in the data files (and the WAL)
//!   until VACUUM reuses the space (see `docs/threat-model.md`).

use std::time::Duration;

use deadpool_postgres::{GenericClient, Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use tokio_postgres::types::ToSql;
use tokio_postgres::{NoTls, Row};
use wallet_core::share::SharedBlob;

mod codec;
mod logs;
mod schema;
mod shares;
mod status;

use codec::{RECORD_COLUMNS, db, key32, n64, record_from_row, u64_of};
pub use schema::SCHEMA_VERSION;

use super::{
    AppendOutcome, ForgetReport, LogBlobOutcome, LogEntry, LogPage, NewShare, Open, Opened, PutOutcome,
    PutStatusOutcome, ShareContent, ShareCount, ShareRecord, SnapshotOutcome, Status, Store, StoreError, StoreFuture,
    StoreStats, SweepReport, SyncEntry,
};

/// Connections one relay instance keeps to the database at most.
pub const POOL_SIZE: usize = 16;
/// How long a request waits for a free connection before it fails.
const POOL_WAIT: Duration = Duration::from_secs(30);
/// How long connecting to the database may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Tries of a transaction that PostgreSQL aborted for a deadlock or a serialization failure.
const TRIES: usize = 3;

/// First key of every advisory lock the relay takes ("mapp").
pub(super) const LOCK_CLASS: i32 = 0x6d61_7070;
/// Second key of the migration lock.
pub(super) const LOCK_MIGRATE: i32 = 1;
/// Second key of the sweeper lease.
pub(super) const LOCK_SWEEP: i32 = 2;
/// First key of the per-holder locks (the second is taken from the holder's key).
const LOCK_HOLDER_CLASS: i32 = 0x6d61_7071;

/// The PostgreSQL [`Store`].
#[derive(Clone)]
pub struct PostgresStore {
    pool: Pool,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore").field("pool", &self.pool.status()).finish()
    }
}

fn pool_err(e: deadpool_postgres::PoolError) -> StoreError {
    StoreError::Db(format!("no database connection: {e}"))
}

/// Runs `$body` (which uses the transaction `$tx`) and commits; rolls back on an error and
/// tries again when PostgreSQL aborted the transaction for a deadlock or serialization failure.
macro_rules! in_tx {
    ($pool:expr, |$tx:ident| $body:expr) => {{
        let pool = $pool.clone();
        Box::pin(async move {
            let mut client = pool.get().await.map_err(pool_err)?;
            let mut tries = 0;
            loop {
                tries += 1;
                let $tx = client.transaction().await.map_err(db)?;
                let result = $body;
                let result = match result {
                    Ok(value) => $tx.commit().await.map_err(db).map(|()| value),
                    Err(e) => {
                        let _ = $tx.rollback().await;
                        Err(e)
                    }
                };
                match result {
                    Err(StoreError::Db(msg))
                        if tries < TRIES && (msg.contains("(40P01)") || msg.contains("(40001)")) =>
                    {
                        continue;
                    }
                    other => break other,
                }
            }
        })
    }};
}

/// Runs `$body` in a read-only `REPEATABLE READ` transaction (one consistent snapshot).
macro_rules! in_read_tx {
    ($pool:expr, |$tx:ident| $body:expr) => {{
        let pool = $pool.clone();
        Box::pin(async move {
            let mut client = pool.get().await.map_err(pool_err)?;
            let $tx = client
                .build_transaction()
                .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
                .read_only(true)
                .start()
                .await
                .map_err(db)?;
            let result = $body;
            let _ = $tx.rollback().await;
            result
        })
    }};
}

pub(super) async fn exec(c: &impl GenericClient, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64, StoreError> {
    let stmt = c.prepare_cached(sql).await.map_err(db)?;
    c.execute(&stmt, params).await.map_err(db)
}

pub(super) async fn rows(
    c: &impl GenericClient,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<Vec<Row>, StoreError> {
    let stmt = c.prepare_cached(sql).await.map_err(db)?;
    c.query(&stmt, params).await.map_err(db)
}

pub(super) async fn row_opt(
    c: &impl GenericClient,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<Option<Row>, StoreError> {
    let stmt = c.prepare_cached(sql).await.map_err(db)?;
    c.query_opt(&stmt, params).await.map_err(db)
}

/// Takes the holder's transaction-scoped advisory lock: writes that count or sequence a
/// holder's data (share limit, sync log) run one at a time across instances.
pub(super) async fn lock_holder(c: &impl GenericClient, holder: &[u8; 32]) -> Result<(), StoreError> {
    let key = i32::from_be_bytes([holder[0], holder[1], holder[2], holder[3]]);
    exec(c, "SELECT pg_advisory_xact_lock($1, $2)", &[&LOCK_HOLDER_CLASS, &key]).await?;
    Ok(())
}

/// Runs `work` on a runtime of its own on a thread of its own, so the synchronous callers
/// (opening the store, test helpers) work inside and outside an async runtime.
fn block_on_own_runtime<T: Send>(
    work: impl std::future::Future<Output = Result<T, StoreError>> + Send,
) -> Result<T, StoreError> {
    std::thread::scope(|s| {
        s.spawn(|| {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| StoreError::Db(format!("cannot start a runtime: {e}")))?
                .block_on(work)
        })
        .join()
        .unwrap_or_else(|_| Err(StoreError::Db("the database thread panicked".into())))
    })
}

fn parse_url(url: &str) -> Result<tokio_postgres::Config, StoreError> {
    let mut config: tokio_postgres::Config = url
        .parse()
        .map_err(|e| StoreError::Db(format!("not a valid PostgreSQL URL ({}): {e}", crate::config::redact_url(url))))?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    Ok(config)
}

/// One connection outside the pool, on the caller's runtime.
async fn connect(config: &tokio_postgres::Config) -> Result<tokio_postgres::Client, StoreError> {
    let (client, connection) = config.connect(NoTls).await.map_err(db)?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            tracing::debug!(error = %e, "database connection ended");
        }
    });
    Ok(client)
}

impl PostgresStore {
    /// Connects to the database at `url` (`postgres://user@host:port/dbname`), migrates it and
    /// builds the connection pool (connections are made on demand, at most [`POOL_SIZE`]).
    pub fn open(url: &str) -> Result<Self, StoreError> {
        let config = parse_url(url)?;
        let migrate_with = config.clone();
        block_on_own_runtime(async move {
            let mut client = connect(&migrate_with).await?;
            schema::migrate(&mut client).await
        })?;
        let manager = Manager::from_config(config, NoTls, ManagerConfig { recycling_method: RecyclingMethod::Fast });
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(POOL_WAIT))
            .create_timeout(Some(CONNECT_TIMEOUT))
            .build()
            .map_err(|e| StoreError::Db(format!("cannot build the connection pool: {e}")))?;
        Ok(Self { pool })
    }

    /// The replay cache shared by every instance on this database, for a skew window of
    /// `skew` seconds either side.
    pub fn replay_guard(&self, skew: u64) -> PostgresReplay {
        PostgresReplay { pool: self.pool.clone(), skew }
    }
}

/// Creates database `name` on the server of `admin_url` and returns the URL of the new
/// database (for tests and first setup; `name` must be a plain identifier).
pub fn create_database(admin_url: &str, name: &str) -> Result<String, StoreError> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(StoreError::Db(format!("{name:?} is not a plain database name")));
    }
    let config = parse_url(admin_url)?;
    let sql = format!("CREATE DATABASE {name}");
    block_on_own_runtime(async move { connect(&config).await?.batch_execute(&sql).await.map_err(db) })?;
    Ok(with_database(admin_url, name))
}

/// Drops database `name` (closing its connections) on the server of `admin_url`.
pub fn drop_database(admin_url: &str, name: &str) -> Result<(), StoreError> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(StoreError::Db(format!("{name:?} is not a plain database name")));
    }
    let config = parse_url(admin_url)?;
    let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    block_on_own_runtime(async move { connect(&config).await?.batch_execute(&sql).await.map_err(db) })
}

/// `url` naming database `name` instead of its own.
pub fn with_database(url: &str, name: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("postgres", url));
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, format!("?{q}")),
        None => (rest, String::new()),
    };
    let authority = rest.split('/').next().unwrap_or_default();
    format!("{scheme}://{authority}/{name}{query}")
}

/// Runs `sql` (statements without results) on the database at `url`: for tests that inspect
/// or tamper with the stored rows.
pub fn query_rows(url: &str, sql: &str) -> Result<Vec<Row>, StoreError> {
    let config = parse_url(url)?;
    let sql = sql.to_string();
    block_on_own_runtime(async move { connect(&config).await?.query(&sql, &[]).await.map_err(db) })
}

/// The replay cache in the database: the `seen_requests` table.
#[derive(Clone)]
pub struct PostgresReplay {
    pool: Pool,
    skew: u64,
}

impl std::fmt::Debug for PostgresReplay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PostgresReplay")
    }
}

impl crate::replay::ReplayGuard for PostgresReplay {
    fn first_use(&self, signature: [u8; 64], signed_time: u64, _now: u64) -> StoreFuture<bool> {
        let pool = self.pool.clone();
        let until = signed_time.saturating_add(self.skew);
        Box::pin(async move {
            let client = pool.get().await.map_err(pool_err)?;
            let inserted = exec(
                &client,
                "INSERT INTO seen_requests (signature, until) VALUES ($1, $2) ON CONFLICT (signature) DO NOTHING",
                &[&&signature[..], &n64(until)?],
            )
            .await?;
            Ok(inserted == 1)
        })
    }

    fn prune(&self, _now: u64) {
        // The store's sweep deletes stale rows, under the sweeper lease.
    }
}

impl Store for PostgresStore {
    fn put_share(&self, share: NewShare, now: u64, max_shares: u32) -> StoreFuture<PutOutcome> {
        in_tx!(self.pool, |tx| shares::put_share_tx(&tx, &share, now, max_shares).await)
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
        in_tx!(self.pool, |tx| shares::put_blob_tx(&tx, id, holder, n, declared, &data, now).await)
    }

    fn share(&self, id: [u8; 16]) -> StoreFuture<Option<ShareRecord>> {
        let pool = self.pool.clone();
        Box::pin(async move {
            let client = pool.get().await.map_err(pool_err)?;
            shares::load_record(&client, &id).await
        })
    }

    fn share_content(&self, id: [u8; 16]) -> StoreFuture<Option<ShareContent>> {
        let pool = self.pool.clone();
        Box::pin(async move {
            let client = pool.get().await.map_err(pool_err)?;
            let sql = format!(
                "SELECT {RECORD_COLUMNS}, c.ciphertext, c.wrapped_key FROM shares
                 LEFT JOIN share_content c ON c.share_id = shares.id WHERE shares.id = $1"
            );
            match row_opt(&client, &sql, &[&&id[..]]).await? {
                Some(row) => Ok(Some(ShareContent {
                    record: record_from_row(&row)?,
                    ciphertext: row.try_get(9).map_err(db)?,
                    wrapped_key: row.try_get(10).map_err(db)?,
                })),
                None => Ok(None),
            }
        })
    }

    fn open_share(&self, open: Open) -> StoreFuture<Opened> {
        in_tx!(self.pool, |tx| shares::open_share_tx(&tx, &open).await)
    }

    fn blob(&self, id: [u8; 16], n: u32, token_hash: [u8; 32], now: u64) -> StoreFuture<Vec<u8>> {
        in_read_tx!(self.pool, |tx| shares::blob_read(&tx, id, n, token_hash, now).await)
    }

    fn revoke(&self, id: [u8; 16], holder: [u8; 32], now: u64) -> StoreFuture<()> {
        in_tx!(self.pool, |tx| shares::revoke_tx(&tx, id, holder, now).await)
    }

    fn access_log(&self, id: [u8; 16]) -> StoreFuture<Option<(ShareRecord, Vec<LogEntry>)>> {
        in_read_tx!(self.pool, |tx| {
            async {
                let Some(rec) = shares::load_record(&tx, &id).await? else {
                    return Ok(None);
                };
                let mut log = rows(
                    &tx,
                    "SELECT at, agency FROM access_log WHERE share_id = $1 ORDER BY at DESC, row_id DESC LIMIT $2",
                    &[&&id[..], &i64::from(crate::store::LOG_ROWS_SHOWN)],
                )
                .await?
                .iter()
                .map(|r| {
                    Ok(LogEntry { at: u64_of(r.try_get(0).map_err(db)?), agency: key32(r.try_get(1).map_err(db)?) })
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
                log.reverse();
                Ok(Some((rec, log)))
            }
            .await
        })
    }

    fn sweep(&self, now: u64, retention: u64) -> StoreFuture<SweepReport> {
        in_tx!(self.pool, |tx| shares::sweep_tx(&tx, now, retention).await)
    }

    fn forget_holder(&self, holder: [u8; 32]) -> StoreFuture<ForgetReport> {
        in_tx!(self.pool, |tx| shares::forget_holder_tx(&tx, &holder).await)
    }

    fn log_append(&self, holder: [u8; 32], entry: SyncEntry, max_bytes: u64, now: u64) -> StoreFuture<AppendOutcome> {
        in_tx!(self.pool, |tx| logs::log_append_tx(&tx, &holder, &entry, max_bytes, now).await)
    }

    fn log_read(&self, holder: [u8; 32], after: u64, page_bytes: usize) -> StoreFuture<Option<LogPage>> {
        in_read_tx!(self.pool, |tx| logs::log_read(&tx, &holder, after, page_bytes).await)
    }

    fn log_snapshot(
        &self,
        holder: [u8; 32],
        snapshot: SyncEntry,
        max_bytes: u64,
        now: u64,
    ) -> StoreFuture<SnapshotOutcome> {
        in_tx!(self.pool, |tx| logs::log_snapshot_tx(&tx, &holder, &snapshot, max_bytes, now).await)
    }

    fn log_put_blob(
        &self,
        holder: [u8; 32],
        name: String,
        data: Vec<u8>,
        max_bytes: u64,
        now: u64,
    ) -> StoreFuture<LogBlobOutcome> {
        in_tx!(self.pool, |tx| logs::log_put_blob_tx(&tx, &holder, &name, &data, max_bytes, now).await)
    }

    fn log_blob(&self, holder: [u8; 32], name: String) -> StoreFuture<Option<Vec<u8>>> {
        let pool = self.pool.clone();
        Box::pin(async move {
            let client = pool.get().await.map_err(pool_err)?;
            let row =
                row_opt(&client, "SELECT data FROM sync_blobs WHERE holder = $1 AND name = $2", &[&&holder[..], &name])
                    .await?;
            row.map(|r| r.try_get(0).map_err(db)).transpose()
        })
    }

    fn put_status_list(&self, issuer: [u8; 32], iat: u64, token: Vec<u8>) -> StoreFuture<PutStatusOutcome> {
        let pool = self.pool.clone();
        Box::pin(async move {
            let client = pool.get().await.map_err(pool_err)?;
            status::put_status_list(&client, &issuer, iat, &token).await
        })
    }

    fn status_list(&self, issuer: [u8; 32]) -> StoreFuture<Option<Vec<u8>>> {
        let pool = self.pool.clone();
        Box::pin(async move {
            let client = pool.get().await.map_err(pool_err)?;
            status::status_list(&client, &issuer).await
        })
    }

    fn stats(&self) -> StoreFuture<StoreStats> {
        let pool = self.pool.clone();
        Box::pin(async move {
            let client = pool.get().await.map_err(pool_err)?;
            let mut shares = Vec::new();
            for row in rows(&client, "SELECT status, COUNT(*) FROM shares GROUP BY status", &[]).await? {
                let status: String = row.try_get(0).map_err(db)?;
                if let Some(status) = Status::parse(&status) {
                    shares.push((status, u64_of(row.try_get(1).map_err(db)?)));
                }
            }
            Ok(StoreStats { shares, stored_bytes: database_bytes(&client).await? })
        })
    }

    fn share_counts(&self, before_month: String) -> StoreFuture<Vec<ShareCount>> {
        in_read_tx!(self.pool, |tx| {
            let found = rows(
                &tx,
                "SELECT month, kind, event, n FROM share_counts WHERE month < $1 ORDER BY month, kind, event",
                &[&before_month],
            )
            .await?;
            found
                .iter()
                .map(|r| {
                    Ok(ShareCount {
                        month: r.try_get(0).map_err(db)?,
                        kind: r.try_get(1).map_err(db)?,
                        event: r.try_get(2).map_err(db)?,
                        n: u64_of(r.try_get(3).map_err(db)?),
                    })
                })
                .collect::<Result<Vec<_>, StoreError>>()
        })
    }

    fn stored_bytes(&self) -> StoreFuture<u64> {
        let pool = self.pool.clone();
        Box::pin(async move {
            let client = pool.get().await.map_err(pool_err)?;
            database_bytes(&client).await
        })
    }
}

/// The bytes the relay's database takes on disk (tables, indexes, TOAST, free space VACUUM has
/// not given back).
async fn database_bytes(c: &impl GenericClient) -> Result<u64, StoreError> {
    Ok(rows(c, "SELECT pg_database_size(current_database())", &[]).await?.first().map_or(0, |r| u64_of(r.get(0))))
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn with_database_replaces_only_the_database_name() {
        assert_eq!(with_database("postgres://u@127.0.0.1:5432/postgres", "t1"), "postgres://u@127.0.0.1:5432/t1");
        assert_eq!(
            with_database("postgresql://u:p@h:1/x?sslmode=disable", "t2"),
            "postgresql://u:p@h:1/t2?sslmode=disable"
        );
        assert_eq!(with_database("postgres://h", "t3"), "postgres://h/t3");
    }
}
