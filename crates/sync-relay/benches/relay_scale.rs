//! Scale benchmark: open latency with 10 k stored shares against 1 M, on SQLite and (with
//! `MAPPE_TEST_PG`, e.g. under `./scripts/with-postgres`) on PostgreSQL. Shares are cloned into
//! the database with SQL (each a one-field share of 180 bytes of ciphertext, no
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

/// Fills a PostgreSQL relay database with `n` active bearer shares, ids as [`share_id`].
async fn seed_postgres(url: &str, n: u64, now: u64) {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    client
        .execute(
            "INSERT INTO shares (id, holder, audience, revision, expires_at, max_opens, opens, status, blob_list,
                                 created_at, updated_at)
             SELECT decode(lpad(to_hex(i), 32, '0'), 'hex'), decode(repeat('00', 32), 'hex'), NULL, 1, $1, NULL, 0,
                    'active', NULL, $2, $2
             FROM generate_series(1::bigint, $3::bigint) AS i",
            &[&((now + 30 * 86_400) as i64), &(now as i64), &(n as i64)],
        )
        .await
        .unwrap();
    client
        .execute(
            "INSERT INTO share_content (share_id, ciphertext, wrapped_key, owner_sig)
             SELECT id, decode(repeat('ab', 180), 'hex'), NULL, decode(repeat('00', 64), 'hex') FROM shares",
            &[],
        )
        .await
        .unwrap();
    // One statement each: VACUUM cannot run inside the implicit transaction of a batch.
    client.batch_execute("VACUUM ANALYZE shares").await.unwrap();
    client.batch_execute("VACUUM ANALYZE share_content").await.unwrap();
}

struct Point {
    shares: u64,
    p50_ms: f64,
    p99_ms: f64,
    rps: f64,
    bytes: u64,
}

async fn run(shares: u64, postgres: Option<&str>) -> Point {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("relay.sqlite");
    let name = format!("scale_{}_{shares}", std::process::id());
    let pg_url = postgres.map(|server| sync_relay::store::postgres::create_database(server, &name).unwrap());
    let mut config = sync_relay::Config::new(pg_url.clone().map_or_else(|| db.clone(), std::path::PathBuf::from));
    config.relay_key = Some(dir.path().join("relay.key"));
    config.share_opens_per_minute = 0;
    config.rate_limit_per_minute = 0;
    config.sweep_interval = 1;
    let server = sync_relay::Server::bind(config).await.unwrap();
    let started = std::time::Instant::now();
    match &pg_url {
        Some(url) => seed_postgres(url, shares, wallet_core::share::now()).await,
        None => seed(&db, shares, wallet_core::share::now()),
    }
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
    let bytes = match &pg_url {
        Some(url) => {
            let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
            tokio::spawn(connection);
            let row = client.query_one("SELECT pg_database_size(current_database())", &[]).await.unwrap();
            let size: i64 = row.get(0);
            drop(client);
            let _ = sync_relay::store::postgres::drop_database(postgres.unwrap_or_default(), &name);
            size as u64
        }
        None => std::fs::metadata(&db).unwrap().len(),
    };
    Point { shares, p50_ms: result.p50_ms, p99_ms: result.p99_ms, rps: result.rps, bytes }
}

fn main() {
    let large = std::env::var("MAPPE_BENCH_SCALE_LARGE").ok().and_then(|v| v.parse().ok()).unwrap_or(LARGE);
    let postgres = std::env::var("MAPPE_TEST_PG").ok().filter(|v| !v.is_empty());
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let mut backends: Vec<(&str, Option<&str>)> = vec![("SQLITE", None)];
        if let Some(server) = postgres.as_deref() {
            backends.push(("POSTGRES", Some(server)));
        } else {
            println!("(set MAPPE_TEST_PG, e.g. with ./scripts/with-postgres, to measure PostgreSQL too)");
        }
        for (label, server) in backends {
            let small = run(SMALL, server).await;
            let big = run(large, server).await;
            for p in [&small, &big] {
                println!(
                    "{label} {} shares: p50={:.2} ms p99={:.2} ms, {:.0} opens/s, database {:.1} MB ({:.0} bytes per share)",
                    p.shares,
                    p.p50_ms,
                    p.p99_ms,
                    p.rps,
                    p.bytes as f64 / 1e6,
                    p.bytes as f64 / p.shares as f64
                );
            }
            println!(
                "RATIO {label} open latency {} shares / {} shares: p50 {:.2}x, p99 {:.2}x (goal p99 <= 1.5x); throughput {:.2}x",
                big.shares,
                small.shares,
                big.p50_ms / small.p50_ms,
                big.p99_ms / small.p99_ms,
                big.rps / small.rps
            );
            println!("SIZE {label} {:.2} GB per 1 M shares", big.bytes as f64 / big.shares as f64 * 1e6 / 1e9);
        }
    });
}
