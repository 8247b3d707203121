//! Relay settings: a TOML file (`--config`), overridden by `MAPPE_RELAY_*` environment
//! variables, overridden by flags; then validated into the [`Config`] the server runs with.
//!
//! Every setting is declared once, in the `settings!` macro below, with its default; the flag, the
//! environment variable and the file key are derived from its name (`max_body` →
//! `--max-body`, `MAPPE_RELAY_MAX_BODY`, `max_body = …`). `docs/operations.md` lists them all
//! and `mappe-relay.example.toml` spells out every default (a test keeps both in step).

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

/// One mebibyte.
const MIB: u64 = 1024 * 1024;
/// Default days tombstones and access-log rows are kept (above the longest share lifetime).
pub const DEFAULT_RETENTION_DAYS: u64 = 400;
/// Largest configuration file read, in bytes.
const MAX_CONFIG_FILE: u64 = 1024 * 1024;

/// Declares every setting once: the validated [`Config`] field, the flag (with its
/// environment variable) and the configuration-file key.
macro_rules! settings {
    (
        required { $( $(#[doc = $doc:literal])* $name:ident : $ty:ty = $default:expr, $env:literal; )* }
        optional { $( $(#[doc = $odoc:literal])* $oname:ident : $oty:ty, $oenv:literal; )* }
    ) => {
        /// The relay's settings after validation.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Config {
            $( $(#[doc = $doc])* pub $name: $ty, )*
            $( $(#[doc = $odoc])* pub $oname: Option<$oty>, )*
        }

        impl Config {
            /// The defaults, with the database at `db` and a free port on 127.0.0.1 (for tests
            /// and embedding).
            pub fn new(db: impl Into<PathBuf>) -> Self {
                let mut config = Self {
                    $( $name: $default, )*
                    $( $oname: None, )*
                };
                config.db = db.into();
                config.listen = SocketAddr::from(([127, 0, 0, 1], 0));
                config
            }

            /// The settings as `key = value` lines, in the configuration file's syntax.
            pub fn to_toml(&self) -> String {
                let mut table = toml::Table::new();
                $( table.insert(stringify!($name).into(), toml::Value::try_from(&self.$name).unwrap_or_else(|_| toml::Value::String(format!("{:?}", self.$name)))); )*
                $( if let Some(v) = &self.$oname {
                    table.insert(stringify!($oname).into(), toml::Value::try_from(v).unwrap_or_else(|_| toml::Value::String(format!("{v:?}"))));
                } )*
                toml::to_string(&table).unwrap_or_default()
            }
        }

        /// The relay's command line. Every setting can also come from the environment
        /// (`MAPPE_RELAY_<NAME>`) or the configuration file; a flag wins over the environment,
        /// the environment over the file, the file over the default.
        #[derive(Debug, Clone, Default, clap::Parser)]
        #[command(name = "mappe-relay", version, about = "Mappe relay: stores and forwards encrypted shares",
            after_help = "Every setting, its default and its file key: docs/operations.md.")]
        pub struct Args {
            /// Read settings from this TOML file (keys are the flag names with `_`).
            #[arg(long, env = "MAPPE_RELAY_CONFIG")]
            pub config: Option<PathBuf>,
            /// Check the settings (file, environment, flags), print them and exit.
            #[arg(long)]
            pub check_config: bool,
            /// Write a consistent copy of the database `db` to FILE (new) while the relay may
            /// be running, then exit.
            #[arg(long, value_name = "FILE", conflicts_with_all = ["restore_from", "check_config"])]
            pub backup_to: Option<PathBuf>,
            /// Create the database `db` (which must not exist yet) from the backup FILE, then
            /// exit; start the relay afterwards.
            #[arg(long, value_name = "FILE", conflicts_with = "check_config")]
            pub restore_from: Option<PathBuf>,
            /// Print the aggregate counts of the database `db` (completed months, counts below
            /// `stats_threshold` suppressed; as `GET /v1/stats`) as a table, then exit.
            #[arg(long, conflicts_with_all = ["backup_to", "restore_from", "check_config"])]
            pub stats: bool,
            $( $(#[doc = $doc])* #[arg(long, env = $env)] pub $name: Option<$ty>, )*
            $( $(#[doc = $odoc])* #[arg(long, env = $oenv)] pub $oname: Option<$oty>, )*
        }

        /// The configuration file: every key optional, unknown keys refused.
        #[derive(Debug, Default, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct FileSettings {
            $( $name: Option<$ty>, )*
            $( $oname: Option<$oty>, )*
        }

        impl Args {
            /// Flags and environment over the file over the defaults; not yet validated.
            fn merge(self, file: FileSettings) -> Config {
                let defaults = Config::default_for_server();
                Config {
                    $( $name: self.$name.or(file.$name).unwrap_or(defaults.$name), )*
                    $( $oname: self.$oname.or(file.$oname), )*
                }
            }
        }
    };
}

settings! {
    required {
        /// Address and port to listen on; port 0 picks a free port [default: 127.0.0.1:8787].
        listen: SocketAddr = SocketAddr::from(([127, 0, 0, 1], 8787)), "MAPPE_RELAY_LISTEN";
        /// The database: a SQLite file, created if missing, or a PostgreSQL URL
        /// (`postgres://user@host:port/dbname`) for several relay instances on one database
        /// [default: ./mappe-relay.sqlite].
        db: PathBuf = PathBuf::from("./mappe-relay.sqlite"), "MAPPE_RELAY_DB";
        /// Largest share upload body, in bytes [default: 1 MiB].
        max_body: usize = MIB as usize, "MAPPE_RELAY_MAX_BODY";
        /// Largest blob (a scan of a share), in bytes [default: 40 MiB].
        max_blob: u64 = 40 * MIB, "MAPPE_RELAY_MAX_BLOB";
        /// Most pending or active shares one holder key may have [default: 500].
        max_shares_per_holder: u32 = 500, "MAPPE_RELAY_MAX_SHARES_PER_HOLDER";
        /// Longest lifetime of a share, in days [default: 366].
        max_expiry_days: u64 = 366, "MAPPE_RELAY_MAX_EXPIRY_DAYS";
        /// Accepted distance between a signed request's time and the relay's clock, in
        /// seconds [default: 300].
        clock_skew: u64 = 300, "MAPPE_RELAY_CLOCK_SKEW";
        /// Seconds between sweeps of expired data [default: 60].
        sweep_interval: u64 = 60, "MAPPE_RELAY_SWEEP_INTERVAL";
        /// Largest body of a sync log append or snapshot, in bytes [default: 12 MiB].
        max_log_body: usize = 12 * MIB as usize, "MAPPE_RELAY_MAX_LOG_BODY";
        /// Most bytes (entries, snapshot, blobs) one holder's sync log may store [default: 256 MiB].
        max_log_bytes: u64 = 256 * MIB, "MAPPE_RELAY_MAX_LOG_BYTES";
        /// About how many entry bytes one sync log read answers with; always at least one
        /// entry [default: 16 MiB].
        max_log_page: usize = 16 * MIB as usize, "MAPPE_RELAY_MAX_LOG_PAGE";
        /// Seconds a connection may take to send a request's headers, idle keep-alive
        /// connections included, before it is closed [default: 10].
        header_timeout: u64 = 10, "MAPPE_RELAY_HEADER_TIMEOUT";
        /// Seconds a request body may pause before the request is answered 408 [default: 30].
        body_timeout: u64 = 30, "MAPPE_RELAY_BODY_TIMEOUT";
        /// Most bytes of request bodies taken in at once over all clients; beyond it uploads are
        /// answered 503 `busy` [default: 256 MiB].
        max_body_memory: u64 = 256 * MIB, "MAPPE_RELAY_MAX_BODY_MEMORY";
        /// Most bytes the database may hold; uploads beyond it are answered 507
        /// `storage_full`, opens and deletions go on; 0 = no limit [default: 0].
        max_storage_bytes: u64 = 0, "MAPPE_RELAY_MAX_STORAGE_BYTES";
        /// API requests (`/v1/…`) per minute one client address may make (a burst of a tenth of it at
        /// once); beyond it 429 `rate_limited`; 0 = no limit [default: 600].
        rate_limit_per_minute: u32 = 600, "MAPPE_RELAY_RATE_LIMIT_PER_MINUTE";
        /// Opens per minute of one share, whoever asks (a burst of 3); beyond it 429
        /// `rate_limited`, so a share's opens cannot be used up in milliseconds; 0 = no limit
        /// [default: 10].
        share_opens_per_minute: u32 = 10, "MAPPE_RELAY_SHARE_OPENS_PER_MINUTE";
        /// Addresses of reverse proxies whose `X-Forwarded-For` header names the client
        /// (comma-separated on the command line) [default: none: the socket's address counts].
        trusted_proxies: ProxyList = ProxyList::default(), "MAPPE_RELAY_TRUSTED_PROXIES";
        /// Serve Prometheus metrics at `/metrics` [default: true].
        metrics: bool = true, "MAPPE_RELAY_METRICS";
        /// Days a tombstone (counted from the share's end) and an access-log row are kept
        /// before the sweeper deletes them; at least `max_expiry_days`, so a tombstone outlives
        /// any share that could still carry its id [default: 400].
        retention_days: u64 = DEFAULT_RETENTION_DAYS, "MAPPE_RELAY_RETENTION_DAYS";
        /// Smallest count published in the aggregate figures (`GET /v1/stats`, `--stats`);
        /// every count below it, zero included, is suppressed; at least 3 [default: 5].
        stats_threshold: u32 = crate::stats::DEFAULT_THRESHOLD, "MAPPE_RELAY_STATS_THRESHOLD";
    }
    optional {
        /// Public URL of this relay [default: http:// and the listen address].
        public_url: String, "MAPPE_RELAY_PUBLIC_URL";
        /// Append one line per request (method, path, headers, sizes, status) to this file
        /// [default: none].
        request_log: PathBuf, "MAPPE_RELAY_REQUEST_LOG";
        /// TLS certificate chain (PEM) to serve HTTPS directly; needs `tls_key` [default: none:
        /// plain HTTP, for a reverse proxy in front].
        tls_cert: PathBuf, "MAPPE_RELAY_TLS_CERT";
        /// TLS private key (PEM, PKCS#8, SEC1 or PKCS#1) for `tls_cert` [default: none].
        tls_key: PathBuf, "MAPPE_RELAY_TLS_KEY";
        /// File with the relay's receipt-signing key, created (0600) if missing [default: the
        /// database path + `.relay-key`].
        relay_key: PathBuf, "MAPPE_RELAY_KEY";
        /// Trust list to publish at `GET /v1/directory`: a JSON file of offices
        /// (`{"publisher", "agencies": [{"name", "kind", "ed25519"}]}`), signed with the relay
        /// key at start, or a trust list token signed elsewhere, served as it is [default:
        /// none: `/v1/directory` answers 404].
        directory: PathBuf, "MAPPE_RELAY_DIRECTORY";
    }
}

/// Addresses of trusted reverse proxies: `10.0.0.1,::1` on the command line, an array in
/// the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct ProxyList(pub Vec<IpAddr>);

impl ProxyList {
    /// Whether `addr` is one of the proxies.
    pub fn contains(&self, addr: &IpAddr) -> bool {
        self.0.contains(addr)
    }
}

impl std::str::FromStr for ProxyList {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.split(',')
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(|part| part.parse::<IpAddr>().map_err(|_| format!("{part:?} is not an IP address")))
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }
}

impl Config {
    /// The defaults of the `mappe-relay` binary (listening on 127.0.0.1:8787).
    fn default_for_server() -> Self {
        let mut config = Self::new("./mappe-relay.sqlite");
        config.listen = SocketAddr::from(([127, 0, 0, 1], 8787));
        config
    }

    /// Which store `db` names: a `postgres://` or `postgresql://` URL selects PostgreSQL,
    /// anything else is the path of a SQLite file.
    pub fn database(&self) -> Database {
        match self.db.to_str() {
            Some(url) if is_postgres_url(url) => Database::Postgres(url.to_string()),
            _ => Database::Sqlite(self.db.clone()),
        }
    }

    /// The relay key file: `relay_key`, else the database path with `.relay-key` appended.
    pub fn relay_key_path(&self) -> PathBuf {
        self.relay_key.clone().unwrap_or_else(|| {
            if let Database::Postgres(_) = self.database() {
                // Not beside a URL: every instance on one database must use the same key file.
                return PathBuf::from("./mappe-relay.relay-key");
            }
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

    /// Checks that the settings can work together.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |name, reason| Err(ConfigError::Invalid { name, reason });
        if self.max_body < 1024 {
            return bad("max_body", "must be at least 1024 bytes");
        }
        if self.max_blob == 0 {
            return bad("max_blob", "must be at least 1 byte");
        }
        if self.max_expiry_days == 0 {
            return bad("max_expiry_days", "must be at least 1 day");
        }
        if self.max_log_body < 1024 {
            return bad("max_log_body", "must be at least 1024 bytes");
        }
        if self.max_log_page == 0 {
            return bad("max_log_page", "must be at least 1 byte");
        }
        if self.header_timeout == 0 || self.body_timeout == 0 {
            return bad("header_timeout/body_timeout", "must be at least 1 second");
        }
        if self.max_body_memory < self.max_blob.max(self.max_body as u64).max(self.max_log_body as u64) {
            return bad("max_body_memory", "must be at least the largest single body (max_blob, max_log_body)");
        }
        if self.retention_days < self.max_expiry_days {
            return bad(
                "retention_days",
                "must be at least max_expiry_days: a tombstone must outlive any share that could carry its id",
            );
        }
        if self.stats_threshold < crate::stats::MIN_THRESHOLD {
            return bad("stats_threshold", "must be at least 3: smaller counts come too close to single persons");
        }
        if self.sweep_interval == 0 {
            return bad("sweep_interval", "must be at least 1 second");
        }
        if let Some(url) = &self.public_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            return bad("public_url", "must start with http:// or https://");
        }
        if self.tls_cert.is_some() != self.tls_key.is_some() {
            return bad("tls_cert/tls_key", "give both the certificate and the key, or neither");
        }
        // Read here too, not only at start, so that `--check-config` finds a bad file.
        if let Some(path) = &self.directory {
            crate::directory::Directory::read(path)?;
        }
        Ok(())
    }
}

/// The store a relay runs on, as named by the `db` setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    /// A SQLite file (the default): one relay process.
    Sqlite(PathBuf),
    /// A PostgreSQL URL: any number of relay instances sharing one database.
    Postgres(String),
}

impl Database {
    /// The database for messages: the file, or the URL without its password.
    pub fn display_name(&self) -> String {
        match self {
            Self::Sqlite(path) => path.display().to_string(),
            Self::Postgres(url) => redact_url(url),
        }
    }
}

/// Whether `db` is a PostgreSQL URL rather than a file path.
pub fn is_postgres_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// `url` with the password (between `user:` and `@`) replaced by `***`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, tail) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    match authority.rsplit_once('@') {
        Some((user, host)) if user.contains(':') => {
            let name = user.split(':').next().unwrap_or_default();
            format!("{scheme}://{name}:***@{host}{tail}")
        }
        _ => url.to_string(),
    }
}

/// A setting that cannot work, or a configuration file that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A value that cannot work.
    #[error("invalid setting {name}: {reason}")]
    Invalid {
        /// The setting's file key (the flag is the same with `--` and `-`).
        name: &'static str,
        /// Why it was refused.
        reason: &'static str,
    },
    /// The configuration file could not be read.
    #[error("cannot read the configuration file {path}: {reason}")]
    File {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// The trust list file (`directory`) cannot be published.
    #[error(transparent)]
    Directory(#[from] crate::directory::DirectoryError),
    /// The configuration file is not valid TOML or has an unknown key or a wrong type.
    #[error("the configuration file {path} is not valid: {reason}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// The parser's message (line, column, key).
        reason: String,
    },
}

/// Reads a configuration file: a regular file of at most [`MAX_CONFIG_FILE`] bytes.
fn read_file(path: &Path) -> Result<FileSettings, ConfigError> {
    let file_error = |reason: String| ConfigError::File { path: path.to_path_buf(), reason };
    let meta = std::fs::metadata(path).map_err(|e| file_error(e.to_string()))?;
    if !meta.is_file() {
        return Err(file_error("not a regular file".into()));
    }
    if meta.len() > MAX_CONFIG_FILE {
        return Err(file_error(format!("larger than {MAX_CONFIG_FILE} bytes")));
    }
    let text = std::fs::read_to_string(path).map_err(|e| file_error(e.to_string()))?;
    toml::from_str(&text).map_err(|e| ConfigError::Syntax { path: path.to_path_buf(), reason: e.message().to_string() })
}

impl Args {
    /// Reads the configuration file (if any), applies the environment and flags over it, and
    /// validates the result.
    pub fn into_config(self) -> Result<Config, ConfigError> {
        let file = match &self.config {
            Some(path) => read_file(path)?,
            None => FileSettings::default(),
        };
        let config = self.merge(file);
        config.validate()?;
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn args(list: &[&str]) -> Args {
        <Args as clap::Parser>::try_parse_from(std::iter::once("mappe-relay").chain(list.iter().copied())).unwrap()
    }

    #[test]
    fn a_flag_wins_over_the_file_and_the_file_over_the_default() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("relay.toml");
        std::fs::write(&file, "max_body = 4096\nmax_blob = 9999\ntrusted_proxies = [\"10.0.0.1\"]\n").unwrap();
        let config = args(&["--config", file.to_str().unwrap(), "--max-body", "2048"]).into_config().unwrap();
        assert_eq!(config.max_body, 2048);
        assert_eq!(config.max_blob, 9999);
        assert_eq!(config.trusted_proxies, ProxyList(vec!["10.0.0.1".parse::<IpAddr>().unwrap()]));
        assert_eq!(config.max_shares_per_holder, 500);
        assert_eq!(config.listen, SocketAddr::from(([127, 0, 0, 1], 8787)));
    }

    #[test]
    fn an_unknown_key_or_a_wrong_type_is_refused_with_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("relay.toml");
        std::fs::write(&file, "max_bodyy = 4096\n").unwrap();
        let err = args(&["--config", file.to_str().unwrap()]).into_config().unwrap_err().to_string();
        assert!(err.contains("max_bodyy"), "{err}");
        std::fs::write(&file, "max_body = \"big\"\n").unwrap();
        let err = args(&["--config", file.to_str().unwrap()]).into_config().unwrap_err().to_string();
        assert!(err.contains("relay.toml") && err.contains("invalid type"), "{err}");
    }

    #[test]
    fn a_config_path_that_is_not_a_regular_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = args(&["--config", dir.path().to_str().unwrap()]).into_config().unwrap_err().to_string();
        assert!(err.contains("not a regular file"), "{err}");
    }

    #[test]
    fn a_postgres_url_selects_postgres_and_anything_else_is_a_sqlite_file() {
        assert_eq!(Config::new("relay.sqlite").database(), Database::Sqlite(PathBuf::from("relay.sqlite")));
        let config = args(&["--db", "postgresql://relay:secret@10.0.0.5:5432/mappe"]).into_config().unwrap();
        assert_eq!(config.database(), Database::Postgres("postgresql://relay:secret@10.0.0.5:5432/mappe".into()));
        assert_eq!(config.database().display_name(), "postgresql://relay:***@10.0.0.5:5432/mappe");
        assert_eq!(Config::new("postgres://h/db").database(), Database::Postgres("postgres://h/db".into()));
        assert_eq!(Config::new("./postgres:/x").database(), Database::Sqlite(PathBuf::from("./postgres:/x")));
    }

    #[test]
    fn a_certificate_without_a_key_is_refused() {
        let err = args(&["--tls-cert", "cert.pem"]).into_config().unwrap_err().to_string();
        assert!(err.contains("tls_cert/tls_key"), "{err}");
    }

    #[test]
    fn the_example_file_states_every_default() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/mappe-relay.example.toml");
        let config = args(&["--config", path]).into_config().unwrap();
        assert_eq!(config, Config::default_for_server(), "mappe-relay.example.toml and the defaults differ");
        let text = std::fs::read_to_string(path).unwrap();
        let listed: toml::Table = toml::from_str(&text).unwrap();
        let all: toml::Table = toml::from_str(&Config::default_for_server().to_toml()).unwrap();
        for key in all.keys() {
            assert!(listed.contains_key(key), "mappe-relay.example.toml does not list {key}");
        }
        for key in ["public_url", "request_log", "tls_cert", "tls_key", "relay_key", "directory"] {
            assert!(text.contains(&format!("# {key} = ")), "mappe-relay.example.toml does not mention {key}");
        }
    }

    #[test]
    fn operations_md_documents_every_setting() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/operations.md");
        let doc = std::fs::read_to_string(path).unwrap();
        let mut keys: Vec<String> =
            toml::from_str::<toml::Table>(&Config::default_for_server().to_toml()).unwrap().keys().cloned().collect();
        keys.extend(["public_url", "request_log", "tls_cert", "tls_key", "relay_key", "directory"].map(String::from));
        for key in keys {
            assert!(doc.contains(&format!("`{key}`")), "docs/operations.md does not document {key}");
        }
    }
}
