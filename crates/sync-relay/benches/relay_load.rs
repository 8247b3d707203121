//! Load benchmark: `GET /v1/shares/{id}` on the real relay (every GET is a durable write:
//! open count + access-log row, group-committed) against a bare axum app answering the same
//! bytes from memory. 64 keep-alive HTTP/1.1 connections, 1 s warm-up, 5 s measured.
//!
//! With `MAPPE_TEST_PG` set (`./scripts/with-postgres cargo bench -p sync-relay --bench
//! relay_load`) the same load runs against the relay on PostgreSQL too (a fresh database on
//! that server), and both results are printed side by side.
//!
//! Run: `cargo bench -p sync-relay --bench relay_load`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde_json::json;
use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::net::TcpStream;
use wallet_core::crypto::{Domain, sha256};
use wallet_core::keys::RootSecret;
use wallet_core::share::request::sign_request;
use wallet_core::share::{ShareId, owner_message};

const CONNECTIONS: usize = 64;
const WARMUP: Duration = Duration::from_secs(1);
const MEASURE: Duration = Duration::from_secs(5);

/// A minimal keep-alive HTTP/1.1 client connection.
struct Conn {
    io: BufReader<TcpStream>,
    line: String,
}

impl Conn {
    async fn open(addr: SocketAddr) -> Self {
        let s = TcpStream::connect(addr).await.unwrap();
        s.set_nodelay(true).unwrap();
        Self { io: BufReader::new(s), line: String::new() }
    }

    /// Sends a prepared request and reads the answer; returns the status and body.
    async fn roundtrip(&mut self, request: &[u8]) -> (u16, Vec<u8>) {
        self.io.get_mut().write_all(request).await.unwrap();
        self.line.clear();
        self.io.read_line(&mut self.line).await.unwrap();
        let status: u16 = self.line.split_whitespace().nth(1).unwrap().parse().unwrap();
        let mut len = 0usize;
        loop {
            self.line.clear();
            self.io.read_line(&mut self.line).await.unwrap();
            let l = self.line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':')
                && k.eq_ignore_ascii_case("content-length")
            {
                len = v.trim().parse().unwrap();
            }
        }
        let mut body = vec![0u8; len];
        self.io.read_exact(&mut body).await.unwrap();
        (status, body)
    }
}

fn get_request(addr: SocketAddr, path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n").into_bytes()
}

struct Result {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
}

async fn load(addr: SocketAddr, path: &str) -> Result {
    let request = Arc::new(get_request(addr, path));
    let start = Instant::now();
    let measure_from = start + WARMUP;
    let end = measure_from + MEASURE;
    let mut tasks = Vec::new();
    for _ in 0..CONNECTIONS {
        let request = request.clone();
        tasks.push(tokio::spawn(async move {
            let mut conn = Conn::open(addr).await;
            let mut lat = Vec::with_capacity(100_000);
            loop {
                let t = Instant::now();
                if t >= end {
                    break;
                }
                let (status, _) = conn.roundtrip(&request).await;
                assert_eq!(status, 200);
                if t >= measure_from {
                    lat.push(t.elapsed().as_micros() as u32);
                }
            }
            lat
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all.sort_unstable();
    let pct = |p: f64| all[((all.len() as f64 * p) as usize).min(all.len() - 1)] as f64 / 1000.0;
    Result { rps: all.len() as f64 / MEASURE.as_secs_f64(), p50_ms: pct(0.50), p99_ms: pct(0.99) }
}

/// The relay on `config`'s store under the load: (result, opens recorded, access-log rows).
async fn relay_under_load(config: sync_relay::Config) -> (Result, i64, i64, String, Vec<u8>) {
    let server = sync_relay::Server::bind(config).await.unwrap();
    let relay_addr = server.local_addr();
    let state = server_state_store(&server);
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let relay = tokio::spawn(server.run(async {
        let _ = stop_rx.await;
    }));

    // One bearer share: no max_opens, no blobs, ~2 KB ciphertext.
    let keys = RootSecret::from_bytes([7; 32]).derive();
    let id = ShareId([9; 16]);
    let now = wallet_core::share::now();
    let ciphertext: Vec<u8> = (0..2048u32).map(|i| (i * 31 % 251) as u8).collect();
    let expires_at = now + 30 * 86_400;
    let msg = owner_message(&id, 1, expires_at, None, &ciphertext, None, None, &[]);
    let body = serde_json::to_vec(&json!({
        "v": 1, "holder": hex::encode(keys.identity().public()), "revision": 1,
        "expires_at": expires_at, "max_opens": null, "audience": null,
        "ciphertext": B64.encode(&ciphertext), "wrapped_key": null, "blobs": [],
        "owner_sig": B64.encode(keys.identity().sign(Domain::ShareOwner, &msg)),
    }))
    .unwrap();
    let path = format!("/v1/shares/{id}");
    let h = sign_request(keys.identity(), "PUT", &path, now, &sha256(&body));
    let put = format!(
        "PUT {path} HTTP/1.1\r\nHost: {relay_addr}\r\nContent-Type: application/json\r\n\
         mappe-key: {}\r\nmappe-time: {}\r\nmappe-nonce: {}\r\nmappe-signature: {}\r\nContent-Length: {}\r\n\r\n",
        h.key,
        h.time,
        h.nonce,
        h.signature,
        body.len()
    );
    let mut conn = Conn::open(relay_addr).await;
    let mut req = put.into_bytes();
    req.extend_from_slice(&body);
    let (status, answer) = conn.roundtrip(&req).await;
    assert_eq!(status, 201, "{}", String::from_utf8_lossy(&answer));
    let (status, sample) = conn.roundtrip(&get_request(relay_addr, &path)).await;
    assert_eq!(status, 200);
    drop(conn);

    let result = load(relay_addr, &path).await;
    // Every open was counted durably.
    let record = state.share(id.0).await.unwrap().unwrap();
    let log = state.access_log(id.0).await.unwrap().unwrap();
    let _ = stop_tx.send(());
    let _ = relay.await;
    (result, i64::from(record.opens), log.1.len() as i64, path, sample)
}

fn server_state_store(server: &sync_relay::Server) -> std::sync::Arc<dyn sync_relay::store::Store> {
    server.state().store.clone()
}

fn config_for(db: impl Into<std::path::PathBuf>) -> sync_relay::Config {
    let mut config = sync_relay::Config::new(db);
    // The load is 64 connections from one address on one share: no rate limits.
    config.rate_limit_per_minute = 0;
    config.share_opens_per_minute = 0;
    config
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        // The real relay on a SQLite file.
        let dir = tempfile::tempdir().unwrap();
        let (relay_result, opens, rows, path, sample) =
            relay_under_load(config_for(dir.path().join("relay.sqlite"))).await;

        // The bare app: same bytes from memory.
        let sample = axum::body::Bytes::from(sample);
        let bare = Router::new().route(
            "/v1/shares/{id}",
            get(move || {
                let sample = sample.clone();
                async move {
                    ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-store")], sample)
                        .into_response()
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let bare_addr = listener.local_addr().unwrap();
        let bare_task = tokio::spawn(async move { axum::serve(listener, bare).await });
        let bare_result = load(bare_addr, &path).await;
        bare_task.abort();

        println!(
            "relay GET /v1/shares/{{id}}: {:.0} req/s; bare axum: {:.0} req/s ({CONNECTIONS} connections, {} s)",
            relay_result.rps,
            bare_result.rps,
            MEASURE.as_secs()
        );
        println!(
            "RATIO relay GET /v1/shares/{{id}} throughput / bare axum = {:.2}x (goal >= 0.5)",
            relay_result.rps / bare_result.rps
        );
        println!(
            "LATENCY relay p50={:.2} p99={:.2} ms; bare p50={:.2} p99={:.2} ms",
            relay_result.p50_ms, relay_result.p99_ms, bare_result.p50_ms, bare_result.p99_ms
        );
        println!("relay opens recorded: {opens} (access-log rows shown: {rows})");

        // The same on PostgreSQL, when a server is given.
        let Some(server) = std::env::var("MAPPE_TEST_PG").ok().filter(|v| !v.is_empty()) else {
            println!("(set MAPPE_TEST_PG, e.g. with ./scripts/with-postgres, to compare with PostgreSQL)");
            return;
        };
        let name = format!("bench_{}", std::process::id());
        let url = sync_relay::store::postgres::create_database(&server, &name).unwrap();
        let (pg_result, pg_opens, _, _, _) = relay_under_load(config_for(url)).await;
        let _ = sync_relay::store::postgres::drop_database(&server, &name);
        println!(
            "BACKENDS GET /v1/shares/{{id}}: SQLite {:.0} req/s (p50 {:.2} ms, p99 {:.2} ms) | PostgreSQL {:.0} req/s \
             (p50 {:.2} ms, p99 {:.2} ms) = {:.2}x of SQLite; opens recorded on PostgreSQL: {pg_opens}",
            relay_result.rps,
            relay_result.p50_ms,
            relay_result.p99_ms,
            pg_result.rps,
            pg_result.p50_ms,
            pg_result.p99_ms,
            pg_result.rps / relay_result.rps
        );
    });
}
