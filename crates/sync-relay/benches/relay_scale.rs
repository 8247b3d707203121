//! Scale benchmark: open latency with 10 k stored shares against 1 M, on SQLite. Shares are
//! cloned into the database with SQL (each a one-field share of 180 bytes of ciphertext, no
//! expiry within the run), then 64 keep-alive connections open random shares for 5 s while
//! the sweeper runs every second (with many shares a sweep that walks them all stalls every
//! open queued behind it).
//!
//! Run: `cargo bench -p sync-relay --bench relay_scale` (about 2 GB of disk for the 1 M run;
//! `MAPPE_BENCH_SCALE_LARGE=200000` for a smaller second point).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::load;

/// Stored shares for the small point.
const SMALL: u64 = 10_000;
/// Stored shares for the large point (overridable).
const LARGE: u64 = 1_000_000;

/// The 16-byte id of share `i`, as the SQL below makes it.
fn share_id(i: u64) -> wallet_core::share::ShareId {
    wallet_core::share::ShareId(u128::from(i).to_be_bytes())
}

/// Fills the relay's database with `n` active bearer shares.
fn seed(db: &std::path::Path, n: u64, now: u64) {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.busy_timeout(std::time::Duration::from_secs(30)).unwrap();
    conn.execute_batch("PRAGMA synchronous = OFF").unwrap();
    let tx = conn.unchecked_transaction().unwrap();
    tx.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
         INSERT INTO shares (id, holder, audience, revision, expires_at, max_opens, opens, status, blob_list,
                             created_at, updated_at)
         SELECT unhex(printf('%032x', i)), zeroblob(32), NULL, 1, ?2, NULL, 0, 'active', NULL, ?3, ?3 FROM n",
        rusqlite::params![n as i64, (now + 30 * 86_400) as i64, now as i64],
    )
    .unwrap();
    tx.execute(
        "INSERT INTO share_content (share_id, ciphertext, wrapped_key, owner_sig)
         SELECT id, randomblob(180), NULL, zeroblob(64) FROM shares",
        [],
    )
    .unwrap();
    tx.commit().unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
}

struct Point {
    shares: u64,
    p50_ms: f64,
    p99_ms: f64,
    rps: f64,
    bytes: u64,
}

async fn run(shares: u64) -> Point {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("relay.sqlite");
    let mut config = sync_relay::Config::new(&db);
    config.share_opens_per_minute = 0;
    config.rate_limit_per_minute = 0;
    config.sweep_interval = 1;
    let server = sync_relay::Server::bind(config).await.unwrap();
    let started = std::time::Instant::now();
    seed(&db, shares, wallet_core::share::now());
    eprintln!("seeded {shares} shares in {:.1} s", started.elapsed().as_secs_f64());
    let addr = server.local_addr();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let relay = tokio::spawn(server.run(async {
        let _ = stop_rx.await;
    }));
    // Every request opens another share, spread over all of them.
    let result =
        load(addr, move |i| format!("/v1/shares/{}", share_id(1 + (i.wrapping_mul(2_654_435_761)) % shares))).await;
    let _ = stop_tx.send(());
    let _ = relay.await;
    let bytes = std::fs::metadata(&db).unwrap().len();
    Point { shares, p50_ms: result.p50_ms, p99_ms: result.p99_ms, rps: result.rps, bytes }
}

fn main() {
    let large = std::env::var("MAPPE_BENCH_SCALE_LARGE").ok().and_then(|v| v.parse().ok()).unwrap_or(LARGE);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let small = run(SMALL).await;
        let big = run(large).await;
        for p in [&small, &big] {
            println!(
                "SQLITE {} shares: p50={:.2} ms p99={:.2} ms, {:.0} opens/s, database {:.1} MB ({:.0} bytes per share)",
                p.shares,
                p.p50_ms,
                p.p99_ms,
                p.rps,
                p.bytes as f64 / 1e6,
                p.bytes as f64 / p.shares as f64
            );
        }
        println!(
            "RATIO open latency {} shares / {} shares: p50 {:.2}x, p99 {:.2}x (goal p99 <= 1.5x); throughput {:.2}x",
            big.shares,
            small.shares,
            big.p50_ms / small.p50_ms,
            big.p99_ms / small.p99_ms,
            big.rps / small.rps
        );
        println!("SIZE {:.2} GB per 1 M shares", big.bytes as f64 / big.shares as f64 * 1e6 / 1e9);
    });
}
