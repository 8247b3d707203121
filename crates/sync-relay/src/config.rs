//! Relay settings: the command line (clap, with `MAPPE_RELAY_*` environment variables) and the
//! validated [`Config`] the server runs with.

use std::net::SocketAddr;
use std::path::PathBuf;

/// One mebibyte.
const MIB: u64 = 1024 * 1024;
/// Default days tombstones and access-log rows are kept (above the longest share lifetime).
pub const DEFAULT_RETENTION_DAYS: u64 = 400;

/// The relay's settings after validation.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on; port 0 picks a free port.
    pub listen: SocketAddr,
    /// The SQLite database file.
    pub db: PathBuf,
    /// The URL clients reach this relay at; `None` means `http://<listen address>`.
    pub public_url: Option<String>,
    /// Largest JSON body accepted (share upload), in bytes.
    pub max_body: usize,
    /// Largest blob accepted, in bytes.
    pub max_blob: u64,
    /// Most pending or active shares one holder key may have.
    pub max_shares_per_holder: u32,
    /// Longest lifetime of a share, in days.
    pub max_expiry_days: u64,
    /// Accepted distance between a signed request's time and the relay's clock, in seconds.
    pub clock_skew: u64,
    /// Seconds between sweeps of expired data.
    pub sweep_interval: u64,
    /// File that receives one line per request, if set.
    pub request_log: Option<PathBuf>,
    /// Largest body of a sync log append or snapshot, in bytes.
    pub max_log_body: usize,
    /// Most bytes (entries, snapshot, blobs) one holder's sync log may store.
    pub max_log_bytes: u64,
    /// About how many entry bytes one sync log read answers with (at least one entry).
    pub max_log_page: usize,
    /// Seconds a connection may take to send a request's headers (idle keep-alive connections
    /// included) before it is closed.
    pub header_timeout: u64,
    /// Seconds a request body may pause between two pieces before the request is answered 408.
    pub body_timeout: u64,
    /// Most bytes of request bodies the relay takes in at once, over all connections; beyond
    /// it uploads are answered 503 `busy`.
    pub max_body_memory: u64,
    /// The file holding the relay's receipt-signing key; `None` means `<db>.relay-key`.
    pub relay_key: Option<PathBuf>,
    /// Days a tombstone (counted from the share's end) and an access-log row are kept before
    /// the sweeper deletes them; at least `max_expiry_days`, so a tombstone outlives any
    /// share that could still carry its id.
    pub retention_days: u64,
}

impl Config {
    /// The defaults, with the database at `db` and a free port on 127.0.0.1 (for tests and
    /// embedding).
    pub fn new(db: impl Into<PathBuf>) -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            db: db.into(),
            public_url: None,
            max_body: MIB as usize,
            max_blob: 40 * MIB,
            max_shares_per_holder: 500,
            max_expiry_days: 366,
            clock_skew: 300,
            sweep_interval: 60,
            request_log: None,
            max_log_body: 12 * MIB as usize,
            max_log_bytes: 256 * MIB,
            max_log_page: 16 * MIB as usize,
            header_timeout: 10,
            body_timeout: 30,
            max_body_memory: 256 * MIB,
            relay_key: None,
            retention_days: DEFAULT_RETENTION_DAYS,
        }
    }

    /// The relay key file: `relay_key`, else the database path with `.relay-key` appended.
    pub fn relay_key_path(&self) -> PathBuf {
        self.relay_key.clone().unwrap_or_else(|| {
            let mut name = self.db.clone().into_os_string();
            name.push(".relay-key");
            PathBuf::from(name)
        })
    }

    /// How long tombstones and access-log rows are kept, in seconds.
    pub fn retention_secs(&self) -> u64 {
        self.retention_days.saturating_mul(86_400)
    }

    /// The longest accepted lifetime of a share, in seconds.
    pub fn max_expiry_secs(&self) -> u64 {
        self.max_expiry_days.saturating_mul(86_400)
    }
}

/// The relay's command line.
#[derive(Debug, Clone, clap::Parser)]
#[command(name = "mappe-relay", version, about = "Mappe relay: stores and forwards encrypted shares")]
pub struct Args {
    /// Address and port to listen on (port 0 picks a free port).
    #[arg(long, env = "MAPPE_RELAY_LISTEN", default_value = "127.0.0.1:8787")]
    pub listen: SocketAddr,
    /// SQLite database file (created if missing).
    #[arg(long, env = "MAPPE_RELAY_DB", default_value = "./mappe-relay.sqlite")]
    pub db: PathBuf,
    /// Public URL of this relay (default: `http://<listen>`).
    #[arg(long, env = "MAPPE_RELAY_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Largest share upload body in bytes.
    #[arg(long, env = "MAPPE_RELAY_MAX_BODY", default_value_t = MIB as usize)]
    pub max_body: usize,
    /// Largest blob in bytes.
    #[arg(long, env = "MAPPE_RELAY_MAX_BLOB", default_value_t = 40 * MIB)]
    pub max_blob: u64,
    /// Most pending or active shares per holder key.
    #[arg(long, env = "MAPPE_RELAY_MAX_SHARES_PER_HOLDER", default_value_t = 500)]
    pub max_shares_per_holder: u32,
    /// Longest share lifetime in days.
    #[arg(long, env = "MAPPE_RELAY_MAX_EXPIRY_DAYS", default_value_t = 366)]
    pub max_expiry_days: u64,
    /// Accepted clock difference for signed requests, in seconds.
    #[arg(long, env = "MAPPE_RELAY_CLOCK_SKEW", default_value_t = 300)]
    pub clock_skew: u64,
    /// Seconds between sweeps of expired data.
    #[arg(long, env = "MAPPE_RELAY_SWEEP_INTERVAL", default_value_t = 60)]
    pub sweep_interval: u64,
    /// Append one line per request (method, path, headers, sizes, status) to this file.
    #[arg(long, env = "MAPPE_RELAY_REQUEST_LOG")]
    pub request_log: Option<PathBuf>,
    /// Largest body of a sync log append or snapshot in bytes.
    #[arg(long, env = "MAPPE_RELAY_MAX_LOG_BODY", default_value_t = 12 * MIB as usize)]
    pub max_log_body: usize,
    /// Most bytes (entries, snapshot, blobs) stored per holder's sync log.
    #[arg(long, env = "MAPPE_RELAY_MAX_LOG_BYTES", default_value_t = 256 * MIB)]
    pub max_log_bytes: u64,
    /// About how many entry bytes one sync log read returns (always at least one entry).
    #[arg(long, env = "MAPPE_RELAY_MAX_LOG_PAGE", default_value_t = 16 * MIB as usize)]
    pub max_log_page: usize,
    /// Seconds a client may take to send a request's headers (also how long an idle
    /// connection stays open).
    #[arg(long, env = "MAPPE_RELAY_HEADER_TIMEOUT", default_value_t = 10)]
    pub header_timeout: u64,
    /// Seconds a request body may stall before the request is refused (408).
    #[arg(long, env = "MAPPE_RELAY_BODY_TIMEOUT", default_value_t = 30)]
    pub body_timeout: u64,
    /// Most bytes of request bodies held at once over all clients; more uploads wait their turn
    /// (503 busy).
    #[arg(long, env = "MAPPE_RELAY_MAX_BODY_MEMORY", default_value_t = 256 * MIB)]
    pub max_body_memory: u64,
    /// File with the relay's receipt-signing key, created (0600) if missing
    /// (default: the database path + `.relay-key`).
    #[arg(long, env = "MAPPE_RELAY_KEY")]
    pub relay_key: Option<PathBuf>,
    /// Days tombstones and access-log rows are kept before they are deleted; at least
    /// --max-expiry-days.
    #[arg(long, env = "MAPPE_RELAY_RETENTION_DAYS", default_value_t = DEFAULT_RETENTION_DAYS)]
    pub retention_days: u64,
}

/// A setting that cannot work.
#[derive(Debug, thiserror::Error)]
#[error("invalid setting {name}: {reason}")]
pub struct ConfigError {
    /// The flag.
    pub name: &'static str,
    /// Why it was refused.
    pub reason: &'static str,
}

impl Args {
    /// Checks the arguments and turns them into a [`Config`].
    pub fn into_config(self) -> Result<Config, ConfigError> {
        let bad = |name, reason| Err(ConfigError { name, reason });
        if self.max_body < 1024 {
            return bad("--max-body", "must be at least 1024 bytes");
        }
        if self.max_blob == 0 {
            return bad("--max-blob", "must be at least 1 byte");
        }
        if self.max_expiry_days == 0 {
            return bad("--max-expiry-days", "must be at least 1 day");
        }
        if self.max_log_body < 1024 {
            return bad("--max-log-body", "must be at least 1024 bytes");
        }
        if self.max_log_page == 0 {
            return bad("--max-log-page", "must be at least 1 byte");
        }
        if self.header_timeout == 0 || self.body_timeout == 0 {
            return bad("--header-timeout/--body-timeout", "must be at least 1 second");
        }
        if self.max_body_memory < self.max_blob.max(self.max_body as u64).max(self.max_log_body as u64) {
            return bad("--max-body-memory", "must be at least the largest single body (--max-blob, --max-log-body)");
        }
        if self.retention_days < self.max_expiry_days {
            return bad(
                "--retention-days",
                "must be at least --max-expiry-days: a tombstone must outlive any share that could carry its id",
            );
        }
        if self.sweep_interval == 0 {
            return bad("--sweep-interval", "must be at least 1 second");
        }
        if let Some(url) = &self.public_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            return bad("--public-url", "must start with http:// or https://");
        }
        Ok(Config {
            listen: self.listen,
            db: self.db,
            public_url: self.public_url,
            max_body: self.max_body,
            max_blob: self.max_blob,
            max_shares_per_holder: self.max_shares_per_holder,
            max_expiry_days: self.max_expiry_days,
            clock_skew: self.clock_skew,
            sweep_interval: self.sweep_interval,
            request_log: self.request_log,
            max_log_body: self.max_log_body,
            max_log_bytes: self.max_log_bytes,
            max_log_page: self.max_log_page,
            header_timeout: self.header_timeout,
            body_timeout: self.body_timeout,
            max_body_memory: self.max_body_memory,
            relay_key: self.relay_key,
            retention_days: self.retention_days,
        })
    }
}
