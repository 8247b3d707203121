//! The state every handler shares.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::config::Config;
use crate::config::Database;
use crate::directory::Directory;
use crate::limits::Limits;
use crate::relay_key::RelayKey;
use crate::replay::{ReplayCache, ReplayGuard};
use crate::request_log::RequestLog;
use crate::store::Store;
use crate::store::postgres::PostgresStore;
use crate::store::sqlite::SqliteStore;

/// The relay's notion of "now" in Unix seconds; settable in tests.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> u64 + Send + Sync>);

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self(Arc::new(wallet_core::share::now))
    }

    /// A clock that reads `time` (tests move it forward by storing into it).
    pub fn manual(time: Arc<AtomicU64>) -> Self {
        Self(Arc::new(move || time.load(Ordering::SeqCst)))
    }

    /// The current time.
    pub fn now(&self) -> u64 {
        (self.0)()
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Clock({})", self.now())
    }
}

/// What handlers share: settings, storage, clock, replay cache, request log.
#[derive(Clone)]
pub struct AppState {
    /// The settings.
    pub config: Arc<Config>,
    /// The storage.
    pub store: Arc<dyn Store>,
    /// The clock.
    pub clock: Clock,
    /// The key that signs deletion receipts.
    pub relay_key: Arc<RelayKey>,
    /// Signatures seen within the last 2 x clock skew (in memory with SQLite, in the database
    /// with PostgreSQL).
    pub(crate) replay: Arc<dyn ReplayGuard>,
    /// Where request lines go, if configured.
    pub(crate) request_log: Option<RequestLog>,
    /// Request-body memory still free, in KiB permits (`max_body_memory`).
    pub(crate) body_budget: Arc<tokio::sync::Semaphore>,
    /// Rate limits per client address and per share.
    pub(crate) limits: Arc<Limits>,
    /// The trust list served at `/v1/directory` (setting `directory`), signed at start.
    pub(crate) directory: Option<axum::body::Bytes>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState").field("config", &self.config).field("clock", &self.clock).finish_non_exhaustive()
    }
}

impl AppState {
    /// Opens the store named in `config` (a SQLite file, or PostgreSQL for a `postgres://`
    /// URL) and the request log, if any, and loads or
    /// creates the relay key, with the system clock.
    pub fn open(config: Config) -> Result<Self, crate::RelayError> {
        Self::open_with_clock(config, Clock::system())
    }

    /// [`AppState::open`] with a given clock.
    pub fn open_with_clock(config: Config, clock: Clock) -> Result<Self, crate::RelayError> {
        // The trust list file first: a bad one must not leave a new database behind.
        let directory = match &config.directory {
            Some(path) => Some((path.clone(), Directory::read(path)?)),
            None => None,
        };
        let database = config.database();
        let failed = |e: crate::store::StoreError| crate::RelayError::Store {
            path: database.display_name().into(),
            reason: e.to_string(),
        };
        let (store, replay): (Arc<dyn Store>, Arc<dyn ReplayGuard>) = match &database {
            Database::Sqlite(path) => {
                (Arc::new(SqliteStore::open(path).map_err(failed)?), Arc::new(ReplayCache::new(config.clock_skew)))
            }
            Database::Postgres(url) => {
                let store = PostgresStore::open(url).map_err(failed)?;
                let replay = Arc::new(store.replay_guard(config.clock_skew));
                (Arc::new(store), replay)
            }
        };
        let request_log = match &config.request_log {
            Some(path) => Some(
                RequestLog::open(path).map_err(|e| crate::RelayError::RequestLog { path: path.clone(), source: e })?,
            ),
            None => None,
        };
        if config.metrics {
            crate::metrics::install();
        }
        let relay_key = RelayKey::load_or_create(&config.relay_key_path())?;
        let directory = directory.map(|(path, list)| {
            tracing::info!(path = %path.display(), "publishing a trust list at /v1/directory");
            axum::body::Bytes::from(list.token(relay_key.secret(), clock.now()))
        });
        let budget_kib = usize::try_from(config.max_body_memory / 1024).unwrap_or(usize::MAX);
        Ok(Self {
            body_budget: Arc::new(tokio::sync::Semaphore::new(budget_kib.min(tokio::sync::Semaphore::MAX_PERMITS))),
            replay,
            limits: Arc::new(Limits::new(&config)),
            config: Arc::new(config),
            store,
            clock,
            relay_key: Arc::new(relay_key),
            request_log,
            directory,
        })
    }

    /// The current time by the state's clock.
    pub fn now(&self) -> u64 {
        self.clock.now()
    }
}
