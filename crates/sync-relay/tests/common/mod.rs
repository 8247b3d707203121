//! Helpers shared by the relay tests: a relay over a SQLite file in a temp dir (or, when
//! `MAPPE_TEST_PG` names a PostgreSQL server, over a fresh database of its own there), real
//! keys, real signed requests and owner signatures.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, dead_code, unreachable_pub)]

pub mod process;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use http_body_util::BodyExt as _;
use serde_json::{Value, json};
use sync_relay::{AppState, Clock, Config, create_app};
use tower::ServiceExt as _;
use wallet_core::crypto::{Domain, sha256};
use wallet_core::keys::{RootSecret, WalletKeys};
use wallet_core::share::request::sign_request;
use wallet_core::share::{ShareId, SharedBlob, owner_message};

pub const T0: u64 = 1_800_000_000;

pub struct Relay {
    pub dir: tempfile::TempDir,
    /// The SQLite file (absent when the relay runs on PostgreSQL).
    pub db: PathBuf,
    pub state: AppState,
    pub app: Router,
    pub clock: Arc<AtomicU64>,
    /// The PostgreSQL database: (server URL, database name, database URL).
    pub pg: Option<(String, String, String)>,
}

/// The PostgreSQL server the tests run against (`MAPPE_TEST_PG`), if any.
pub fn test_pg() -> Option<String> {
    std::env::var("MAPPE_TEST_PG").ok().filter(|v| !v.is_empty())
}

/// A fresh database on the test server: (name, URL).
pub fn fresh_pg_database(server: &str) -> (String, String) {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    let name = format!("test_{}_{}_{nanos}", std::process::id(), NEXT.fetch_add(1, Ordering::SeqCst));
    let url = sync_relay::store::postgres::create_database(server, &name).unwrap();
    (name, url)
}

impl Drop for Relay {
    fn drop(&mut self) {
        if let Some((server, name, _)) = &self.pg {
            // Best effort: a failed test leaves its database for a look.
            if !std::thread::panicking() {
                let _ = sync_relay::store::postgres::drop_database(server, name);
            }
        }
    }
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    /// Asserts an error answer: status, code, and a one-sentence message.
    pub fn assert_error(&self, status: u16, code: &str) {
        assert_eq!(self.status.as_u16(), status, "body: {}", String::from_utf8_lossy(&self.body));
        let v = self.json();
        assert_eq!(v["error"], code, "body: {v}");
        let msg = v["message"].as_str().unwrap();
        assert!(!msg.is_empty() && !msg.contains('\n'), "message: {msg}");
        assert_eq!(v.as_object().unwrap().len(), 2, "only error and message: {v}");
    }
}

impl Relay {
    pub fn new() -> Self {
        Self::with(|_| {})
    }

    pub fn with(adjust: impl FnOnce(&mut Config)) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("relay.sqlite");
        let pg = test_pg().map(|server| {
            let (name, url) = fresh_pg_database(&server);
            (server, name, url)
        });
        let mut config = match &pg {
            Some((_, _, url)) => {
                let mut config = Config::new(url);
                // Where it would be beside a SQLite file (a URL has no "beside").
                config.relay_key = Some(dir.path().join("relay.sqlite.relay-key"));
                config
            }
            None => Config::new(&db),
        };
        // Tests open one share many times in a row; the per-share rate has its own tests.
        config.share_opens_per_minute = 0;
        adjust(&mut config);
        let clock = Arc::new(AtomicU64::new(T0));
        let state = AppState::open_with_clock(config, Clock::manual(clock.clone())).unwrap();
        let app = create_app(state.clone());
        Self { dir, db, state, app, clock, pg }
    }

    /// Whether this relay runs on PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.pg.is_some()
    }

    /// A second relay instance on the same database, settings and clock (PostgreSQL: what a
    /// load balancer would spread requests over).
    pub fn twin(&self) -> (AppState, Router) {
        let config = (*self.state.config).clone();
        let state = AppState::open_with_clock(config, Clock::manual(self.clock.clone())).unwrap();
        let app = create_app(state.clone());
        (state, app)
    }

    /// The first column of the first row of `sql`, on either backend.
    fn scalar<T>(
        &self,
        sql: &str,
        sqlite: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
        pg: impl Fn(&tokio_postgres::Row) -> T,
    ) -> T {
        match &self.pg {
            Some((_, _, url)) => {
                let rows = sync_relay::store::postgres::query_rows(url, sql).unwrap();
                pg(rows.first().unwrap_or_else(|| panic!("no row: {sql}")))
            }
            None => self.sqlite().query_row(sql, [], |row| sqlite(row)).unwrap(),
        }
    }

    /// An integer query (`SELECT COUNT(*) …`) on either backend.
    pub fn count(&self, sql: &str) -> i64 {
        self.scalar(sql, |r| r.get(0), |r| r.get(0))
    }

    /// A text query on either backend.
    pub fn text(&self, sql: &str) -> String {
        self.scalar(sql, |r| r.get(0), |r| r.get(0))
    }

    /// A byte-string query on either backend.
    pub fn bytes(&self, sql: &str) -> Option<Vec<u8>> {
        self.scalar(sql, |r| r.get(0), |r| r.get(0))
    }

    /// A statement without results on either backend (tests that tamper with stored rows).
    pub fn execute(&self, sql: &str) {
        match &self.pg {
            Some((_, _, url)) => {
                sync_relay::store::postgres::query_rows(url, sql).unwrap();
            }
            None => {
                self.sqlite().execute_batch(sql).unwrap();
            }
        }
    }

    pub fn now(&self) -> u64 {
        self.clock.load(Ordering::SeqCst)
    }

    pub fn advance(&self, secs: u64) {
        self.clock.fetch_add(secs, Ordering::SeqCst);
    }

    /// `GET path`, with `Accept-Encoding` when given (the web apps' files are gzipped on request).
    pub async fn get_encoded(&self, path: &str, accept_encoding: Option<&str>) -> Reply {
        let mut req = Request::builder().uri(path);
        if let Some(enc) = accept_encoding {
            req = req.header("accept-encoding", enc);
        }
        self.raw(req.body(Body::empty()).unwrap()).await
    }

    pub async fn raw(&self, req: Request<Body>) -> Reply {
        let res = self.app.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
        Reply { status, headers, body }
    }

    /// Sends a request, signed by `signer` at the relay's current time if given.
    pub async fn send(&self, method: &str, path: &str, body: Vec<u8>, signer: Option<&WalletKeys>) -> Reply {
        let req = signed_request(method, path, body, signer, self.now());
        self.raw(req).await
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.send("GET", path, Vec::new(), None).await
    }

    pub async fn put_share(&self, keys: &WalletKeys, id: &ShareId, body: &Value) -> Reply {
        self.send("PUT", &format!("/v1/shares/{id}"), serde_json::to_vec(body).unwrap(), Some(keys)).await
    }

    pub fn sqlite(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db).unwrap()
    }
}

pub fn signed_request(
    method: &str,
    path: &str,
    body: Vec<u8>,
    signer: Option<&WalletKeys>,
    time: u64,
) -> Request<Body> {
    let mut b = Request::builder().method(method).uri(path);
    if let Some(keys) = signer {
        let h = sign_request(keys.identity(), method, path, time, &sha256(&body));
        b = b
            .header("mappe-key", h.key)
            .header("mappe-time", h.time)
            .header("mappe-nonce", h.nonce)
            .header("mappe-signature", h.signature);
    }
    b.body(Body::from(body)).unwrap()
}

pub fn keys(seed: u8) -> WalletKeys {
    RootSecret::from_bytes([seed; 32]).derive()
}

pub fn id(n: u8) -> ShareId {
    ShareId([n; 16])
}

/// What a share upload declares; `body()` signs it.
#[derive(Clone)]
pub struct Upload {
    pub revision: u32,
    pub expires_at: u64,
    pub max_opens: Option<u32>,
    pub audience: Option<[u8; 32]>,
    pub ciphertext: Vec<u8>,
    pub wrapped_key: Option<Vec<u8>>,
    pub blobs: Vec<SharedBlob>,
    /// The kind of office (`recipient_kind`), sent only when set.
    pub recipient_kind: Option<String>,
}

impl Upload {
    pub fn new(now: u64) -> Self {
        Self {
            revision: 1,
            expires_at: now + 86_400,
            max_opens: None,
            audience: None,
            ciphertext: b"CIPHERTEXT-MARKER-0123456789-opaque-bytes".to_vec(),
            wrapped_key: None,
            blobs: Vec::new(),
            recipient_kind: None,
        }
    }

    pub fn body(&self, holder: &WalletKeys, id: &ShareId) -> Value {
        let msg = owner_message(
            id,
            self.revision,
            self.expires_at,
            self.max_opens,
            &self.ciphertext,
            self.audience.as_ref(),
            self.wrapped_key.as_deref(),
            &self.blobs,
        );
        let sig = holder.identity().sign(Domain::ShareOwner, &msg);
        let mut body = json!({
            "v": 1,
            "holder": hex::encode(holder.identity().public()),
            "revision": self.revision,
            "expires_at": self.expires_at,
            "max_opens": self.max_opens,
            "audience": self.audience.map(hex::encode),
            "ciphertext": B64.encode(&self.ciphertext),
            "wrapped_key": self.wrapped_key.as_ref().map(|w| B64.encode(w)),
            "blobs": self.blobs.iter().map(|b| json!({"size": b.size, "sha256": hex::encode(b.sha256)})).collect::<Vec<_>>(),
            "owner_sig": B64.encode(sig),
        });
        if let Some(kind) = &self.recipient_kind {
            body["recipient_kind"] = json!(kind);
        }
        body
    }
}

pub fn blob_of(data: &[u8]) -> SharedBlob {
    SharedBlob { size: data.len() as u64, sha256: sha256(data) }
}

pub fn b64(data: &[u8]) -> String {
    B64.encode(data)
}

pub fn unb64(text: &str) -> Vec<u8> {
    B64.decode(text).unwrap()
}
