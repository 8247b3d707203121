//! The holder sync log in-process: append, read, paging, compaction, quota, blobs, and the
//! rule that a log path reveals nothing to anyone but its holder. Real sealed entries from
//! wallet-core, real signed requests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use axum::body::Body;
use axum::http::Request;
use common::*;
use serde_json::{Value, json};
use wallet_core::crypto::sha256;
use wallet_core::keys::WalletKeys;
use wallet_core::share::request::sign_request;
use wallet_core::sync::{EntryType, open_entry, seal_entry};

fn holder(keys: &WalletKeys) -> String {
    b64(&keys.identity().public())
}

fn log_path(keys: &WalletKeys) -> String {
    format!("/v1/logs/{}", holder(keys))
}

fn entry_body(keys: &WalletKeys, kind: EntryType, seq: u64, payload: &[u8]) -> Vec<u8> {
    let (entry, sig) = seal_entry(keys, kind, seq, payload).unwrap();
    serde_json::to_vec(&json!({"seq": seq, "entry": b64(&entry), "sig": b64(&sig)})).unwrap()
}

async fn append(r: &Relay, keys: &WalletKeys, seq: u64, payload: &[u8]) -> Reply {
    r.send("POST", &log_path(keys), entry_body(keys, EntryType::Changes, seq, payload), Some(keys)).await
}

async fn snapshot(r: &Relay, keys: &WalletKeys, upto: u64, payload: &[u8]) -> Reply {
    let path = format!("{}/snapshot", log_path(keys));
    r.send("PUT", &path, entry_body(keys, EntryType::Snapshot, upto, payload), Some(keys)).await
}

async fn read(r: &Relay, keys: &WalletKeys, after: Option<u64>) -> Reply {
    let path = match after {
        Some(a) => format!("{}?after={a}", log_path(keys)),
        None => log_path(keys),
    };
    r.send("GET", &path, Vec::new(), Some(keys)).await
}

/// Decrypts every entry of a read answer as the holder would, returning (seq, plaintext).
fn opened(keys: &WalletKeys, items: &Value, kind: EntryType) -> Vec<(u64, Vec<u8>)> {
    let one = |item: &Value| {
        let seq = item["seq"].as_u64().unwrap();
        let entry = unb64(item["entry"].as_str().unwrap());
        let sig: [u8; 64] = unb64(item["sig"].as_str().unwrap()).try_into().unwrap();
        (seq, open_entry(keys, kind, seq, &entry, &sig).unwrap().to_vec())
    };
    match items {
        Value::Array(list) => list.iter().map(one).collect(),
        Value::Null => Vec::new(),
        item => vec![one(item)],
    }
}

fn seqs(v: &Value) -> Vec<u64> {
    v["entries"].as_array().unwrap().iter().map(|e| e["seq"].as_u64().unwrap()).collect()
}

fn count(r: &Relay, table: &str) -> i64 {
    r.count(&format!("SELECT COUNT(*) FROM {table}"))
}

fn assert_conflict(res: &Reply, last_seq: u64) -> Value {
    assert_eq!(res.status, 409, "body: {}", String::from_utf8_lossy(&res.body));
    let v = res.json();
    assert_eq!(v["error"], "conflict");
    assert!(!v["message"].as_str().unwrap().is_empty());
    assert_eq!(v["last_seq"], last_seq);
    assert_eq!(res.headers["cache-control"], "no-store");
    v
}

#[tokio::test]
async fn append_and_read_after() {
    let r = Relay::new();
    let k = keys(1);
    for seq in 1..=3u64 {
        let res = append(&r, &k, seq, format!("change {seq}").as_bytes()).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(res.json(), json!({"seq": seq, "last_seq": seq}));
    }

    for (after, expect) in [(None, vec![1, 2, 3]), (Some(0), vec![1, 2, 3]), (Some(1), vec![2, 3]), (Some(3), vec![])] {
        let res = read(&r, &k, after).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(res.headers["cache-control"], "no-store");
        assert!(res.headers["content-type"].to_str().unwrap().starts_with("application/json"));
        let v = res.json();
        assert_eq!(v["last_seq"], 3);
        assert_eq!(v["snapshot"], Value::Null);
        assert_eq!(v["more"], false);
        assert_eq!(seqs(&v), expect);
        let plain = opened(&k, &v["entries"], EntryType::Changes);
        for (seq, text) in plain {
            assert_eq!(text, format!("change {seq}").as_bytes());
        }
    }
    // Past the end: nothing, but last_seq says where the log is.
    let v = read(&r, &k, Some(10)).await.json();
    assert_eq!((v["last_seq"].as_u64(), seqs(&v).len()), (Some(3), 0));
    // A malformed after (behind a valid holder signature) is a bad request.
    let res = r.send("GET", &format!("{}?after=x", log_path(&k)), vec![], Some(&k)).await;
    res.assert_error(400, "bad_request");
    // The relay stores ciphertext only.
    let stored = r.bytes("SELECT entry FROM sync_entries WHERE seq = 2").unwrap();
    assert!(!stored.windows(8).any(|w| w == b"change 2"));
}

#[tokio::test]
async fn wrong_seq_conflicts_with_last_seq() {
    let r = Relay::new();
    let k = keys(1);
    // The first entry must be 1.
    assert_conflict(&append(&r, &k, 2, b"x").await, 0);
    assert_eq!(append(&r, &k, 1, b"one").await.status, 201);
    assert_conflict(&append(&r, &k, 3, b"gap").await, 1);
    assert_conflict(&append(&r, &k, 1, b"again").await, 1);
    // The body's seq must match the entry's header.
    let (entry, sig) = seal_entry(&k, EntryType::Changes, 2, b"two").unwrap();
    let body = serde_json::to_vec(&json!({"seq": 3, "entry": b64(&entry), "sig": b64(&sig)})).unwrap();
    r.send("POST", &log_path(&k), body, Some(&k)).await.assert_error(400, "bad_request");
    assert_eq!(append(&r, &k, 2, b"two").await.json(), json!({"seq": 2, "last_seq": 2}));
    assert_eq!(count(&r, "sync_entries"), 2);
}

#[tokio::test]
async fn concurrent_appends_with_one_seq_give_one_201_and_one_409() {
    let r = Relay::new();
    let k = keys(1);
    let a = signed_request("POST", &log_path(&k), entry_body(&k, EntryType::Changes, 1, b"a"), Some(&k), r.now());
    let b = signed_request("POST", &log_path(&k), entry_body(&k, EntryType::Changes, 1, b"b"), Some(&k), r.now());
    let (ra, rb) = tokio::join!(r.raw(a), r.raw(b));
    let mut statuses = [ra.status.as_u16(), rb.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409]);
    let v = read(&r, &k, None).await.json();
    assert_eq!((v["last_seq"].as_u64(), seqs(&v)), (Some(1), vec![1]));
}

#[tokio::test]
async fn foreign_or_altered_entries_are_refused_and_nothing_is_stored() {
    let r = Relay::new();
    let k = keys(1);
    let path = log_path(&k);
    let message = |res: &Reply| res.json()["message"].as_str().unwrap().to_owned();

    // Another wallet's valid entry, posted (validly signed) into this holder's log.
    let res = r.send("POST", &path, entry_body(&keys(2), EntryType::Changes, 1, b"x"), Some(&k)).await;
    res.assert_error(400, "bad_request");

    // One flipped byte anywhere in the sealed entry: the signature no longer verifies.
    let (entry, sig) = seal_entry(&k, EntryType::Changes, 1, b"secret change").unwrap();
    for at in [0, 7, 20, 45, 60, entry.len() - 1] {
        let mut bad = entry.clone();
        bad[at] ^= 0x01;
        let body = serde_json::to_vec(&json!({"seq": 1, "entry": b64(&bad), "sig": b64(&sig)})).unwrap();
        let res = r.send("POST", &path, body, Some(&k)).await;
        res.assert_error(400, "bad_request");
        let msg = message(&res);
        assert!(msg == "the entry signature does not verify" || msg == "not a sync log entry", "byte {at}: {msg}");
    }
    let mut bad = entry.clone();
    bad[100] ^= 0x01;
    let body = serde_json::to_vec(&json!({"seq": 1, "entry": b64(&bad), "sig": b64(&sig)})).unwrap();
    assert_eq!(message(&r.send("POST", &path, body, Some(&k)).await), "the entry signature does not verify");
    // A flipped signature byte.
    let mut bad_sig = sig;
    bad_sig[3] ^= 0x80;
    let body = serde_json::to_vec(&json!({"seq": 1, "entry": b64(&entry), "sig": b64(&bad_sig)})).unwrap();
    r.send("POST", &path, body, Some(&k)).await.assert_error(400, "bad_request");
    // Not an entry at all; a snapshot where changes belong; malformed JSON.
    let body = serde_json::to_vec(&json!({"seq": 1, "entry": b64(b"just some bytes, not an entry at all, long enough to pass any length check of the header ......"), "sig": b64(&sig)})).unwrap();
    let res = r.send("POST", &path, body, Some(&k)).await;
    res.assert_error(400, "bad_request");
    assert_eq!(message(&res), "not a sync log entry");
    r.send("POST", &path, entry_body(&k, EntryType::Snapshot, 1, b"s"), Some(&k))
        .await
        .assert_error(400, "bad_request");
    r.send("POST", &path, b"{\"seq\":1}".to_vec(), Some(&k)).await.assert_error(400, "bad_request");

    assert_eq!(count(&r, "sync_entries"), 0);
    assert_eq!(count(&r, "sync_logs"), 0);
    read(&r, &k, None).await.assert_error(404, "not_found");
}

#[tokio::test]
async fn other_keys_and_unknown_holders_get_the_same_404() {
    let r = Relay::new();
    let (k, other) = (keys(1), keys(2));
    assert_eq!(append(&r, &k, 1, b"mine").await.status, 201);

    // A holder with no log, reading its own path: 404.
    let unknown = read(&r, &keys(3), None).await;
    unknown.assert_error(404, "not_found");
    let reference = unknown.body.clone();

    // Another key's valid signature on an existing log: the very same answer.
    let path = log_path(&k);
    let res = r.send("GET", &path, vec![], Some(&other)).await;
    assert_eq!((res.status.as_u16(), &res.body), (404, &reference));
    let res = r.send("GET", &format!("{path}?after=0"), vec![], Some(&other)).await;
    assert_eq!((res.status.as_u16(), &res.body), (404, &reference));
    let res = r.send("POST", &path, entry_body(&other, EntryType::Changes, 2, b"x"), Some(&other)).await;
    assert_eq!((res.status.as_u16(), &res.body), (404, &reference));
    let res = r
        .send("PUT", &format!("{path}/snapshot"), entry_body(&other, EntryType::Snapshot, 1, b"x"), Some(&other))
        .await;
    assert_eq!((res.status.as_u16(), &res.body), (404, &reference));
    let res = r.send("GET", &format!("{path}/blobs/a"), vec![], Some(&other)).await;
    assert_eq!((res.status.as_u16(), &res.body), (404, &reference));
    // Malformed holder segments: 404 as well, never 400.
    for bad in ["abc", &"A".repeat(43), &format!("{}x", holder(&k)), &holder(&k)[..42], "%2F%2F"] {
        let res = r.send("GET", &format!("/v1/logs/{bad}"), vec![], Some(&other)).await;
        assert_eq!((res.status.as_u16(), &res.body), (404, &reference), "{bad}");
    }
    // Unsigned, or signed but not verifying: 401 as everywhere.
    r.send("GET", &path, vec![], None).await.assert_error(401, "unauthorized");
    let mut req = signed_request("GET", &path, vec![], Some(&k), r.now());
    req.headers_mut().insert("mappe-time", (r.now() + 1).to_string().parse().unwrap());
    r.raw(req).await.assert_error(401, "unauthorized");
    // The owner still reads it.
    assert_eq!(seqs(&read(&r, &k, None).await.json()), vec![1]);
}

#[tokio::test]
async fn snapshot_replaces_entries_and_keeps_last_seq() {
    let r = Relay::new();
    let k = keys(1);
    for seq in 1..=5u64 {
        assert_eq!(append(&r, &k, seq, format!("c{seq}").as_bytes()).await.status, 201);
    }
    let res = snapshot(&r, &k, 3, b"whole document up to 3").await;
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.json(), json!({"snapshot_seq": 3, "last_seq": 5}));
    assert_eq!(count(&r, "sync_entries"), 2);

    for after in [0, 1, 2] {
        let v = read(&r, &k, Some(after)).await.json();
        assert_eq!(v["last_seq"], 5);
        assert_eq!(opened(&k, &v["snapshot"], EntryType::Snapshot), vec![(3, b"whole document up to 3".to_vec())]);
        assert_eq!(seqs(&v), vec![4, 5]);
    }
    let v = read(&r, &k, Some(3)).await.json();
    assert_eq!((v["snapshot"].clone(), seqs(&v)), (Value::Null, vec![4, 5]));
    let v = read(&r, &k, Some(4)).await.json();
    assert_eq!((v["snapshot"].clone(), seqs(&v)), (Value::Null, vec![5]));

    // Stale or premature snapshots conflict, with the log's position.
    for upto in [2, 3, 6] {
        let v = assert_conflict(&snapshot(&r, &k, upto, b"stale").await, 5);
        assert_eq!(v["snapshot_seq"], 3);
    }
    // A changes entry is not a snapshot.
    let path = format!("{}/snapshot", log_path(&k));
    r.send("PUT", &path, entry_body(&k, EntryType::Changes, 4, b"x"), Some(&k)).await.assert_error(400, "bad_request");

    // A snapshot of everything: no entries left, last_seq unchanged, appends go on at 6.
    assert_eq!(snapshot(&r, &k, 5, b"all").await.json(), json!({"snapshot_seq": 5, "last_seq": 5}));
    assert_eq!(count(&r, "sync_entries"), 0);
    assert_eq!(count(&r, "sync_snapshots"), 1);
    let v = read(&r, &k, None).await.json();
    assert_eq!((v["last_seq"].as_u64(), v["snapshot"]["seq"].as_u64(), seqs(&v)), (Some(5), Some(5), vec![]));
    assert_conflict(&append(&r, &k, 5, b"old").await, 5);
    assert_eq!(append(&r, &k, 6, b"c6").await.json(), json!({"seq": 6, "last_seq": 6}));
    let v = read(&r, &k, Some(0)).await.json();
    assert_eq!((v["last_seq"].as_u64(), v["snapshot"]["seq"].as_u64(), seqs(&v)), (Some(6), Some(5), vec![6]));
}

#[tokio::test]
async fn snapshot_without_a_log_conflicts() {
    let r = Relay::new();
    let k = keys(1);
    let v = assert_conflict(&snapshot(&r, &k, 1, b"x").await, 0);
    assert_eq!(v["snapshot_seq"], 0);
    read(&r, &k, None).await.assert_error(404, "not_found");
}

#[tokio::test]
async fn quota_counts_entries_snapshot_and_blobs() {
    // Each 200-byte change seals to 288 bytes.
    let r = Relay::with(|c| c.max_log_bytes = 1000);
    let k = keys(1);
    let payload = [7u8; 200];
    for seq in 1..=3 {
        assert_eq!(append(&r, &k, seq, &payload).await.status, 201);
    }
    let res = append(&r, &k, 4, &payload).await;
    res.assert_error(413, "quota_exceeded");
    assert_eq!(res.headers["cache-control"], "no-store");
    assert_eq!(count(&r, "sync_entries"), 3);
    let blob_path = format!("{}/blobs/scan1", log_path(&k));
    r.send("PUT", &blob_path, vec![1; 200], Some(&k)).await.assert_error(413, "quota_exceeded");
    assert_eq!(r.send("PUT", &blob_path, vec![1; 100], Some(&k)).await.status, 201);
    // A snapshot frees what it replaces: 3 x 288 + 100 → 88 + 100.
    assert_eq!(snapshot(&r, &k, 3, b"").await.status, 200);
    assert_eq!(append(&r, &k, 4, &payload).await.status, 201);
    assert_eq!(r.send("PUT", &blob_path, vec![1; 500], Some(&k)).await.status, 201);
    let bytes = r.count("SELECT bytes FROM sync_logs");
    assert_eq!(bytes, 88 + 288 + 500);
    r.send("PUT", &blob_path, vec![1; 700], Some(&k)).await.assert_error(413, "quota_exceeded");
}

#[tokio::test]
async fn log_body_limit() {
    let r = Relay::with(|c| c.max_log_body = 2048);
    let k = keys(1);
    append(&r, &k, 1, &[0u8; 4096]).await.assert_error(413, "too_large");
    assert_eq!(append(&r, &k, 1, &[0u8; 1000]).await.status, 201);
}

#[tokio::test]
async fn blobs_put_get_replace() {
    let r = Relay::with(|c| c.max_blob = 4096);
    let k = keys(1);
    let path = format!("{}/blobs/att0", log_path(&k));
    let res = r.send("PUT", &path, b"encrypted attachment".to_vec(), Some(&k)).await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.json(), json!({"name": "att0", "size": 20}));
    let res = r.send("GET", &path, vec![], Some(&k)).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.body, b"encrypted attachment");
    assert_eq!(res.headers["content-type"], "application/octet-stream");
    assert_eq!(res.headers["cache-control"], "no-store");
    // Replace.
    assert_eq!(r.send("PUT", &path, b"v2".to_vec(), Some(&k)).await.json(), json!({"name": "att0", "size": 2}));
    assert_eq!(r.send("GET", &path, vec![], Some(&k)).await.body, b"v2");
    assert_eq!(count(&r, "sync_blobs"), 1);
    // Blobs alone do not make a log to read.
    read(&r, &k, None).await.assert_error(404, "not_found");

    let not_found = r.send("GET", &format!("{}/blobs/missing", log_path(&k)), vec![], Some(&k)).await;
    not_found.assert_error(404, "not_found");
    for bad in ["Att0", "a-b", "a.b", &"a".repeat(33)] {
        let p = format!("{}/blobs/{bad}", log_path(&k));
        let res = r.send("PUT", &p, b"x".to_vec(), Some(&k)).await;
        assert_eq!((res.status.as_u16(), &res.body), (404, &not_found.body), "{bad}");
        let res = r.send("GET", &p, vec![], Some(&k)).await;
        assert_eq!((res.status.as_u16(), &res.body), (404, &not_found.body), "{bad}");
    }
    assert_eq!(
        r.send("PUT", &format!("{}/blobs/{}", log_path(&k), "z9".repeat(16)), b"x".to_vec(), Some(&k)).await.status,
        201
    );
    // Another key cannot read or overwrite it.
    let other = keys(2);
    let res = r.send("GET", &path, vec![], Some(&other)).await;
    assert_eq!((res.status.as_u16(), &res.body), (404, &not_found.body));
    let res = r.send("PUT", &path, b"evil".to_vec(), Some(&other)).await;
    assert_eq!((res.status.as_u16(), &res.body), (404, &not_found.body));
    assert_eq!(r.send("GET", &path, vec![], Some(&k)).await.body, b"v2");
    // Over --max-blob.
    r.send("PUT", &path, vec![0; 5000], Some(&k)).await.assert_error(413, "too_large");
    r.send("PUT", &path, vec![0; 10], None).await.assert_error(401, "unauthorized");
}

#[tokio::test]
async fn paging_with_more() {
    // Each 200-byte change seals to 288 bytes; a 600-byte page holds two.
    let r = Relay::with(|c| c.max_log_page = 600);
    let k = keys(1);
    for seq in 1..=5 {
        assert_eq!(append(&r, &k, seq, &[seq as u8; 200]).await.status, 201);
    }
    let mut after = 0;
    let mut pages = Vec::new();
    loop {
        let v = read(&r, &k, Some(after)).await.json();
        assert_eq!(v["last_seq"], 5);
        let got = seqs(&v);
        pages.push(got.clone());
        if v["more"] == false {
            break;
        }
        after = *got.last().unwrap();
    }
    assert_eq!(pages, vec![vec![1, 2], vec![3, 4], vec![5]]);

    // An entry larger than a page still comes, alone.
    let r = Relay::with(|c| c.max_log_page = 100);
    for seq in 1..=2 {
        assert_eq!(append(&r, &k, seq, &[0; 200]).await.status, 201);
    }
    let v = read(&r, &k, None).await.json();
    assert_eq!((seqs(&v), v["more"].as_bool()), (vec![1], Some(true)));
    let v = read(&r, &k, Some(1)).await.json();
    assert_eq!((seqs(&v), v["more"].as_bool()), (vec![2], Some(false)));
    // A snapshot counts toward the page: snapshot alone first, then the entries.
    assert_eq!(append(&r, &k, 3, &[0; 200]).await.status, 201);
    assert_eq!(snapshot(&r, &k, 2, &[0; 50]).await.status, 200);
    let v = read(&r, &k, None).await.json();
    assert_eq!((v["snapshot"]["seq"].as_u64(), seqs(&v), v["more"].as_bool()), (Some(2), vec![], Some(true)));
    let v = read(&r, &k, Some(2)).await.json();
    assert_eq!((v["snapshot"].clone(), seqs(&v), v["more"].as_bool()), (Value::Null, vec![3], Some(false)));
}

#[tokio::test]
async fn replayed_request_is_refused() {
    let r = Relay::new();
    let k = keys(1);
    let path = log_path(&k);
    let body = entry_body(&k, EntryType::Changes, 1, b"once");
    let h = sign_request(k.identity(), "POST", &path, r.now(), &sha256(&body));
    let build = || {
        Request::builder()
            .method("POST")
            .uri(&path)
            .header("mappe-key", &h.key)
            .header("mappe-time", &h.time)
            .header("mappe-nonce", &h.nonce)
            .header("mappe-signature", &h.signature)
            .body(Body::from(body.clone()))
            .unwrap()
    };
    assert_eq!(r.raw(build()).await.status, 201);
    r.raw(build()).await.assert_error(409, "replayed");
    // A replayed read too.
    let h = sign_request(k.identity(), "GET", &path, r.now(), &sha256(b""));
    let get = || {
        Request::builder()
            .method("GET")
            .uri(&path)
            .header("mappe-key", &h.key)
            .header("mappe-time", &h.time)
            .header("mappe-nonce", &h.nonce)
            .header("mappe-signature", &h.signature)
            .body(Body::empty())
            .unwrap()
    };
    assert_eq!(r.raw(get()).await.status, 200);
    r.raw(get()).await.assert_error(409, "replayed");
    assert_eq!(count(&r, "sync_entries"), 1);
}
