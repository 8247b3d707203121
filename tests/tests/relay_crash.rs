//! A `mappe-relay` killed with SIGKILL in the middle of uploads, again and again: every upload
//! it acknowledged is intact after the restart, nothing is half visible (a share whose scan had
//! not arrived stays invisible), and the database checks clean. Runs on SQLite, or on
//! PostgreSQL with `MAPPE_TEST_PG` (`./scripts/with-postgres`). `MAPPE_CRASH_CYCLES` sets the
//! number of kills (default 20).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::io::{Read as _, Write as _};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use mappe_e2e::RelayProcess;
use wallet_core::crypto::{Domain, sha256};
use wallet_core::keys::{RootSecret, WalletKeys};
use wallet_core::share::request::sign_request;
use wallet_core::share::{ShareId, SharedBlob, owner_message};

const CLIENTS: u8 = 4;
const FLAGS: &[&str] =
    &["--rate-limit-per-minute", "0", "--share-opens-per-minute", "0", "--max-shares-per-holder", "1000000"];

/// One HTTP/1.1 request; `None` when the relay is gone (refused, reset, cut short).
fn try_http(url: &str, method: &str, path: &str, headers: &[(String, String)], body: &[u8]) -> Option<(u16, Vec<u8>)> {
    let host = url.strip_prefix("http://")?;
    let mut stream = std::net::TcpStream::connect(host).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    let mut req =
        format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    stream.write_all(req.as_bytes()).ok()?;
    stream.write_all(body).ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).ok()?;
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let status: u16 = head.split_whitespace().nth(1)?.parse().ok()?;
    let len: usize = head
        .lines()
        .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)))
        .unwrap_or(0);
    let body = raw[split + 4..].to_vec();
    (body.len() == len).then_some((status, body))
}

fn signed(keys: &WalletKeys, method: &str, path: &str, body: &[u8]) -> Vec<(String, String)> {
    let h = sign_request(keys.identity(), method, path, wallet_core::share::now(), &sha256(body));
    vec![
        ("mappe-key".into(), h.key),
        ("mappe-time".into(), h.time),
        ("mappe-nonce".into(), h.nonce),
        ("mappe-signature".into(), h.signature),
    ]
}

/// What one share is made of: its ciphertext and its one scan, both unique to it.
fn content(id: &ShareId) -> (Vec<u8>, Vec<u8>) {
    let mut ciphertext = format!("CIPHERTEXT-{id}-").into_bytes();
    ciphertext.resize(3_000, b'c');
    let mut blob = format!("SCAN-{id}-").into_bytes();
    blob.resize(20_000, b's');
    (ciphertext, blob)
}

fn share_body(keys: &WalletKeys, id: &ShareId, expires_at: u64) -> Vec<u8> {
    let (ciphertext, blob) = content(id);
    let blobs = [SharedBlob { size: blob.len() as u64, sha256: sha256(&blob) }];
    let msg = owner_message(id, 1, expires_at, None, &ciphertext, None, None, &blobs);
    serde_json::to_vec(&serde_json::json!({
        "v": 1, "holder": hex::encode(keys.identity().public()), "revision": 1,
        "expires_at": expires_at, "max_opens": null, "audience": null,
        "ciphertext": B64.encode(&ciphertext), "wrapped_key": null,
        "blobs": [{"size": blobs[0].size, "sha256": hex::encode(blobs[0].sha256)}],
        "owner_sig": B64.encode(keys.identity().sign(Domain::ShareOwner, &msg)),
    }))
    .unwrap()
}

/// How far an upload got, as the client saw it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Acked {
    /// Sent, no answer (or not yet).
    Nothing,
    /// The share was acknowledged (201, pending); its scan was not.
    Share,
    /// The scan was acknowledged too: the share is complete and must be served intact.
    Complete,
}

/// Uploads shares (then their scans) until `stop`; records how far each got.
fn upload_loop(url: String, client: u8, cycle: u32, stop: Arc<AtomicBool>, log: Arc<Mutex<Vec<(ShareId, Acked)>>>) {
    let keys = RootSecret::from_bytes([client + 1; 32]).derive();
    let expires_at = wallet_core::share::now() + 86_400;
    let mut n: u32 = 0;
    while !stop.load(Ordering::SeqCst) {
        let mut raw = [0u8; 16];
        raw[0] = client;
        raw[1..5].copy_from_slice(&cycle.to_be_bytes());
        raw[5..9].copy_from_slice(&n.to_be_bytes());
        n += 1;
        let id = ShareId(raw);
        let i = {
            let mut log = log.lock().unwrap();
            log.push((id, Acked::Nothing));
            log.len() - 1
        };
        let path = format!("/v1/shares/{id}");
        let body = share_body(&keys, &id, expires_at);
        match try_http(&url, "PUT", &path, &signed(&keys, "PUT", &path, &body), &body) {
            Some((201, _)) => log.lock().unwrap()[i].1 = Acked::Share,
            Some((status, body)) => panic!("upload answered {status}: {}", String::from_utf8_lossy(&body)),
            None => return,
        }
        let blob_path = format!("{path}/blobs/0");
        let (_, blob) = content(&id);
        match try_http(&url, "PUT", &blob_path, &signed(&keys, "PUT", &blob_path, &blob), &blob) {
            Some((201, _)) => log.lock().unwrap()[i].1 = Acked::Complete,
            Some((status, body)) => panic!("scan upload answered {status}: {}", String::from_utf8_lossy(&body)),
            None => return,
        }
    }
}

/// Checks one share after the restart: complete and intact, or (if its scan was not
/// acknowledged) possibly invisible; never visible with wrong bytes.
fn check_share(url: &str, id: &ShareId, acked: Acked) -> bool {
    let path = format!("/v1/shares/{id}");
    let (status, body) = try_http(url, "GET", &path, &[], &[]).unwrap();
    if status == 404 {
        assert_ne!(acked, Acked::Complete, "share {id}: acknowledged complete, gone after the kill");
        return false;
    }
    assert_eq!(status, 200, "share {id}: {}", String::from_utf8_lossy(&body));
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let (ciphertext, blob) = content(id);
    assert_eq!(B64.decode(v["ciphertext"].as_str().unwrap()).unwrap(), ciphertext, "share {id}: ciphertext");
    let token = v["blob_token"].as_str().unwrap();
    let (status, got) = try_http(url, "GET", &format!("{path}/blobs/0?token={token}"), &[], &[]).unwrap();
    assert_eq!(status, 200, "share {id}: its scan is missing though the share is visible");
    assert_eq!(got, blob, "share {id}: scan");
    true
}

/// The database is consistent: no visible share without its content or with missing scans.
fn check_database(relay: &RelayProcess) -> i64 {
    let checks = [
        // Active shares whose content or scans are missing.
        "SELECT COUNT(*) FROM shares s WHERE s.status = 'active' AND NOT EXISTS
         (SELECT 1 FROM share_content c WHERE c.share_id = s.id)",
        "SELECT COUNT(*) FROM shares s WHERE s.status = 'active' AND
         (SELECT COUNT(*) FROM blobs b WHERE b.share_id = s.id) <> 1",
        // Content or scans without a share.
        "SELECT COUNT(*) FROM share_content c WHERE NOT EXISTS (SELECT 1 FROM shares s WHERE s.id = c.share_id)",
        "SELECT COUNT(*) FROM blobs b WHERE NOT EXISTS (SELECT 1 FROM shares s WHERE s.id = b.share_id)",
    ];
    let active = "SELECT COUNT(*) FROM shares WHERE status = 'active'";
    match &relay.pg {
        Some(url) => {
            let count = |sql: &str| -> i64 { sync_relay::store::postgres::query_rows(url, sql).unwrap()[0].get(0) };
            for sql in checks {
                assert_eq!(count(sql), 0, "inconsistent: {sql}");
            }
            // amcheck (PostgreSQL's contrib) verifies every B-tree index against its table.
            if sync_relay::store::postgres::query_rows(url, "CREATE EXTENSION IF NOT EXISTS amcheck").is_ok() {
                let checked = count(
                    "SELECT COUNT(bt_index_check(c.oid, true)) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                     JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'btree'
                     AND c.relnamespace = 'public'::regnamespace",
                );
                assert!(checked >= 8, "amcheck checked only {checked} indexes");
            } else {
                eprintln!("amcheck is not available: consistency queries only");
            }
            count(active)
        }
        None => {
            let db = rusqlite::Connection::open(&relay.db).unwrap();
            let ok: String = db.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
            assert_eq!(ok, "ok");
            for sql in checks {
                let n: i64 = db.query_row(sql, [], |r| r.get(0)).unwrap();
                assert_eq!(n, 0, "inconsistent: {sql}");
            }
            db.query_row(active, [], |r| r.get(0)).unwrap()
        }
    }
}

#[test]
fn sigkill_during_uploads_loses_nothing_acknowledged() {
    let cycles: u32 = std::env::var("MAPPE_CRASH_CYCLES").ok().and_then(|v| v.parse().ok()).unwrap_or(20);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("relay");
    std::fs::create_dir_all(&dir).unwrap();
    let started = Instant::now();
    let mut everything: Vec<(ShareId, Acked)> = Vec::new();
    let (mut complete, mut visible) = (0usize, 0usize);
    for cycle in 0..cycles {
        let mut relay = RelayProcess::start(&dir, FLAGS);
        let stop = Arc::new(AtomicBool::new(false));
        let log = Arc::new(Mutex::new(Vec::new()));
        let clients: Vec<_> = (0..CLIENTS)
            .map(|c| {
                let (url, stop, log) = (relay.url.clone(), stop.clone(), log.clone());
                std::thread::spawn(move || upload_loop(url, c, cycle, stop, log))
            })
            .collect();
        // Kill at a varying moment while the uploads run.
        std::thread::sleep(Duration::from_millis(150 + u64::from(cycle * 37 % 200)));
        relay.stop(); // SIGKILL
        stop.store(true, Ordering::SeqCst);
        for c in clients {
            c.join().unwrap();
        }
        let log = std::mem::take(&mut *log.lock().unwrap());
        let relay = RelayProcess::start(&dir, FLAGS);
        for (id, acked) in &log {
            complete += usize::from(*acked == Acked::Complete);
            visible += usize::from(check_share(&relay.url, id, *acked));
        }
        everything.extend(log);
        check_database(&relay);
        drop(relay);
    }
    // At the end, everything acknowledged in any cycle is still there, and nothing else is.
    let relay = RelayProcess::start(&dir, FLAGS);
    let active = check_database(&relay);
    let mut still = 0;
    for (id, acked) in everything.iter().filter(|(_, a)| *a == Acked::Complete) {
        still += usize::from(check_share(&relay.url, id, *acked));
    }
    assert_eq!(still, complete);
    assert_eq!(usize::try_from(active).unwrap(), visible, "active shares in the database vs visible after the kills");
    assert!(complete >= cycles as usize, "too few uploads completed to test anything ({complete})");
    eprintln!(
        "{cycles} kills on {}: {complete} uploads acknowledged, {} sent, {:.2} s per cycle",
        if relay.is_sqlite() { "SQLite" } else { "PostgreSQL" },
        everything.len(),
        started.elapsed().as_secs_f64() / f64::from(cycles.max(1))
    );
}
