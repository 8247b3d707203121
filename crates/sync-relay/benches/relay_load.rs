//! Load benchmark: `GET /v1/shares/{id}` on the real relay (every GET is a durable write:
//! open count + access-log row, group-committed) against a bare axum app answering the same
//! bytes from memory. 64 keep-alive HTTP/1.1 connections, 1 s warm-up, 5 s measured.
//!
//! With `MAPPE_TEST_PG` set (`./scripts/with-postgres cargo bench -p sync-relay --bench
//! relay_load`) the same load then runs on the relay over PostgreSQL (a fresh database on that
//! server), printed side by side with SQLite.
//!
//! Run: `cargo bench -p sync-relay --bench relay_load`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde_json::json;
use wallet_core::crypto::{Domain, sha256};
use wallet_core::keys::RootSecret;
use wallet_core::share::request::sign_request;
use wallet_core::share::{ShareId, owner_message};

mod common;

use common::{CONNECTIONS, Conn, MEASURE, get_request, load};

/// Uploads the bench's one bearer share (no max_opens, no blobs, ~2 KB ciphertext) to the relay
/// at `relay_addr`; its path and one answer to `GET` it.
async fn put_share(relay_addr: std::net::SocketAddr) -> (String, Vec<u8>) {
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
    (path, sample)
}

/// The same load on the relay over a fresh PostgreSQL database on `server`.
async fn postgres_result(server: &str) -> common::Result {
    let name = format!("bench_{}", std::process::id());
    let url = sync_relay::store::postgres::create_database(server, &name).unwrap();
    let mut config = sync_relay::Config::new(url);
    config.share_opens_per_minute = 0;
    config.rate_limit_per_minute = 0;
    let server_handle = sync_relay::Server::bind(config).await.unwrap();
    let relay_addr = server_handle.local_addr();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let relay = tokio::spawn(server_handle.run(async {
        let _ = stop_rx.await;
    }));
    let (path, _) = put_share(relay_addr).await;
    let result = load(relay_addr, move |_| path.clone()).await;
    let _ = stop_tx.send(());
    let _ = relay.await;
    let _ = sync_relay::store::postgres::drop_database(server, &name);
    result
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        // The real relay on a SQLite file.
        let dir = tempfile::tempdir().unwrap();
        let mut config = sync_relay::Config::new(dir.path().join("relay.sqlite"));
        // One share opened thousands of times a second from one address is exactly what the
        // rate limits refuse; the bench measures the cost of a durable open, so they are off.
        config.share_opens_per_minute = 0;
        config.rate_limit_per_minute = 0;
        let server = sync_relay::Server::bind(config).await.unwrap();
        let relay_addr = server.local_addr();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let relay = tokio::spawn(server.run(async {
            let _ = stop_rx.await;
        }));

        let (path, sample) = put_share(relay_addr).await;

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

        let bare_result = load(bare_addr, {
            let p = path.clone();
            move |_| p.clone()
        })
        .await;
        let relay_result = load(relay_addr, {
            let p = path.clone();
            move |_| p.clone()
        })
        .await;

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

        // Every open was counted durably.
        let db = rusqlite::Connection::open(dir.path().join("relay.sqlite")).unwrap();
        let opens: i64 = db.query_row("SELECT opens FROM shares", [], |r| r.get(0)).unwrap();
        let rows: i64 = db.query_row("SELECT COUNT(*) FROM access_log", [], |r| r.get(0)).unwrap();
        println!("relay opens recorded: {opens} (access-log rows: {rows})");

        // Why: how many opens each group commit carried, and how long a commit (fsync) took.
        let mut conn = Conn::open(relay_addr).await;
        let (_, text) = conn.roundtrip(&get_request(relay_addr, "/metrics")).await;
        let text = String::from_utf8_lossy(&text);
        let value = |name: &str| -> f64 {
            text.lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.rsplit(' ').next())
                .map_or(0.0, |v| v.parse().unwrap())
        };
        let commits = value("mappe_db_commit_seconds_count");
        println!(
            "WRITER {commits:.0} group commits, {:.1} jobs each on average, {:.2} ms per commit on average",
            value("mappe_db_batch_size_sum") / commits.max(1.0),
            value("mappe_db_commit_seconds_sum") * 1000.0 / commits.max(1.0)
        );

        let _ = stop_tx.send(());
        bare_task.abort();
        let _ = relay.await;

        // The same load on PostgreSQL, side by side, when a server is given.
        let Some(server) = std::env::var("MAPPE_TEST_PG").ok().filter(|v| !v.is_empty()) else {
            println!("(set MAPPE_TEST_PG, e.g. with ./scripts/with-postgres, to compare with PostgreSQL)");
            return;
        };
        let pg = postgres_result(&server).await;
        println!(
            "BACKENDS GET /v1/shares/{{id}}: SQLite {:.0} req/s (p50 {:.2} ms, p99 {:.2} ms) | PostgreSQL {:.0} req/s \
             (p50 {:.2} ms, p99 {:.2} ms) = {:.2}x of SQLite",
            relay_result.rps,
            relay_result.p50_ms,
            relay_result.p99_ms,
            pg.rps,
            pg.p50_ms,
            pg.p99_ms,
            pg.rps / relay_result.rps
        );
    });
}
