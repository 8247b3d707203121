//! Forgetting (`DELETE /v1/holders/{holder}`): who may ask, the signed receipt, and that the
//! database files afterwards hold no byte of the holder's key or share ids; the retention
//! sweep of old tombstones and access-log rows.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::body::Body;
use axum::http::Request;
use clap::Parser as _;
use common::{Relay, Upload, b64, blob_of, id, keys};
use serde_json::json;
use wallet_core::crypto::sha256;
use wallet_core::forget::{DeletionReceipt, RelayKeyDoc};
use wallet_core::keys::WalletKeys;
use wallet_core::share::ShareId;
use wallet_core::share::request::sign_request;
use wallet_core::sync::{EntryType, seal_entry};

const DAY: u64 = 86_400;

fn forget_path(keys: &WalletKeys) -> String {
    format!("/v1/holders/{}", b64(&keys.identity().public()))
}

fn entry_body(keys: &WalletKeys, kind: EntryType, seq: u64, payload: &[u8]) -> Vec<u8> {
    let (entry, sig) = seal_entry(keys, kind, seq, payload).unwrap();
    serde_json::to_vec(&json!({"seq": seq, "entry": b64(&entry), "sig": b64(&sig)})).unwrap()
}

/// A holder with a sync log (entries, snapshot, blob) and shares: one with a scan, opened
/// twice; one revoked after an open (a tombstone with an access log).
async fn fill(r: &Relay, k: &WalletKeys, first: u8) -> Vec<ShareId> {
    let log = format!("/v1/logs/{}", b64(&k.identity().public()));
    for seq in 1..=3 {
        let res = r.send("POST", &log, entry_body(k, EntryType::Changes, seq, b"change"), Some(k)).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    }
    let res = r.send("PUT", &format!("{log}/snapshot"), entry_body(k, EntryType::Snapshot, 2, b"s"), Some(k)).await;
    assert!(res.status.is_success(), "{}", String::from_utf8_lossy(&res.body));
    let res = r.send("PUT", &format!("{log}/blobs/scan1"), b"SYNC-BLOB".to_vec(), Some(k)).await;
    assert!(res.status.is_success(), "{}", String::from_utf8_lossy(&res.body));

    let (a, b) = (id(first), id(first + 1));
    let scan = b"SCAN-BYTES-of-a-shared-attachment".to_vec();
    let mut up = Upload::new(r.now());
    up.blobs = vec![blob_of(&scan)];
    assert_eq!(r.put_share(k, &a, &up.body(k, &a)).await.status, 201);
    assert!(r.send("PUT", &format!("/v1/shares/{a}/blobs/0"), scan, Some(k)).await.status.is_success());
    let up = Upload::new(r.now());
    assert_eq!(r.put_share(k, &b, &up.body(k, &b)).await.status, 201);
    for _ in 0..2 {
        assert_eq!(r.get(&format!("/v1/shares/{a}")).await.status, 200);
    }
    assert_eq!(r.get(&format!("/v1/shares/{b}")).await.status, 200);
    assert_eq!(r.send("POST", &format!("/v1/shares/{b}/revoke"), b"{}".to_vec(), Some(k)).await.status, 200);
    vec![a, b]
}

fn db_files(r: &Relay) -> Vec<(String, Vec<u8>)> {
    ["", "-wal"]
        .iter()
        .map(|suffix| {
            let mut name = r.db.clone().into_os_string();
            name.push(suffix);
            (format!("relay.sqlite{suffix}"), std::fs::read(&name).unwrap_or_default())
        })
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn forgetting_leaves_no_byte_of_the_holder_in_the_database_files() {
    let r = Relay::new();
    let (alice, bob) = (keys(1), keys(2));
    let alice_shares = fill(&r, &alice, 10).await;
    let bob_shares = fill(&r, &bob, 20).await;
    let path = forget_path(&alice);

    // Unsigned, signed by someone else, a malformed holder: refused, nothing deleted.
    r.send("DELETE", &path, Vec::new(), None).await.assert_error(401, "unauthorized");
    r.send("DELETE", &path, Vec::new(), Some(&bob)).await.assert_error(403, "forbidden");
    r.send("DELETE", "/v1/holders/short", Vec::new(), Some(&alice)).await.assert_error(400, "bad_request");
    r.send("DELETE", &path, b"{}".to_vec(), Some(&alice)).await.assert_error(400, "bad_request");
    assert_eq!(r.get(&format!("/v1/shares/{}", alice_shares[0])).await.status, 200);

    // The holder's own signed request; the very same request again is a replay.
    let h = sign_request(alice.identity(), "DELETE", &path, r.now(), &sha256(b""));
    let request = || {
        Request::builder()
            .method("DELETE")
            .uri(&path)
            .header("mappe-key", &h.key)
            .header("mappe-time", &h.time)
            .header("mappe-nonce", &h.nonce)
            .header("mappe-signature", &h.signature)
            .body(Body::empty())
            .unwrap()
    };
    let res = r.raw(request()).await;
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.headers["cache-control"], "no-store");
    r.raw(request()).await.assert_error(409, "replayed");

    // The receipt verifies against the published key and names what was deleted.
    let doc = RelayKeyDoc::parse(&r.get("/.well-known/mappe-relay.json").await.body).unwrap();
    assert_eq!(doc.key_bytes().unwrap(), r.state.relay_key.public());
    let receipt = DeletionReceipt::parse(&res.body).unwrap();
    receipt.verify(&doc.key_bytes().unwrap(), &alice.identity().public()).unwrap();
    assert!(receipt.verify(&doc.key_bytes().unwrap(), &bob.identity().public()).is_err());
    assert_eq!(receipt.deleted_at, r.now());
    let d = receipt.deleted;
    assert_eq!((d.shares, d.share_blobs, d.access_log, d.log_entries, d.log_blobs), (2, 1, 4, 2, 1));
    let mut ids: Vec<String> = alice_shares.iter().map(ToString::to_string).collect();
    ids.sort_by_key(|s| ShareId::parse(s).unwrap().0);
    assert_eq!(receipt.share_ids, ids);

    // Byte-wise: neither database file holds Alice's key (raw or hex) or her share ids; Bob's
    // data is still there (the search does find what is present). SQLite only: PostgreSQL keeps
    // deleted rows in its data files until VACUUM reuses the space (docs/threat-model.md).
    if r.is_postgres() {
        // Row-wise instead: nothing of Alice in any table, Bob's rows still there.
        let of = |table: &str, who: &wallet_core::keys::WalletKeys| {
            let key = hex::encode(who.identity().public());
            r.count(&format!("SELECT COUNT(*) FROM {table} WHERE holder = decode('{key}', 'hex')"))
        };
        for table in ["shares", "sync_logs", "sync_entries", "sync_snapshots", "sync_blobs"] {
            assert_eq!(of(table, &alice), 0, "{table} holds Alice's rows");
        }
        assert!(of("shares", &bob) > 0);
    }
    let files =
        if r.is_postgres() { vec![(String::new(), Vec::new()), (String::new(), Vec::new())] } else { db_files(&r) };
    let alice_key = alice.identity().public();
    for (name, bytes) in &files {
        assert!(!contains(bytes, &alice_key), "{name} holds the holder key");
        assert!(!contains(bytes, hex::encode(alice_key).as_bytes()), "{name} holds the holder key in hex");
        for s in &alice_shares {
            assert!(!contains(bytes, &s.0), "{name} holds share id {s}");
        }
    }
    let all: Vec<u8> = files.iter().flat_map(|(_, b)| b.clone()).collect();
    if !r.is_postgres() {
        assert!(contains(&all, &bob.identity().public()));
        assert!(contains(&all, &bob_shares[0].0));
    }
    assert_eq!(files[1].1.len(), 0, "the WAL was checkpointed and truncated");

    // Alice's shares and log are gone; Bob's work.
    for s in &alice_shares {
        r.get(&format!("/v1/shares/{s}")).await.assert_error(404, "not_found");
    }
    let log = format!("/v1/logs/{}", b64(&alice_key));
    r.send("GET", &log, Vec::new(), Some(&alice)).await.assert_error(404, "not_found");
    assert_eq!(r.get(&format!("/v1/shares/{}", bob_shares[0])).await.status, 200);

    // Asking again: a receipt with nothing deleted.
    r.advance(1);
    let again = r.send("DELETE", &path, Vec::new(), Some(&alice)).await;
    assert_eq!(again.status, 200);
    let again = DeletionReceipt::parse(&again.body).unwrap();
    again.verify(&doc.key_bytes().unwrap(), &alice_key).unwrap();
    assert_eq!(again.deleted, Default::default());
    assert!(again.share_ids.is_empty());
}

#[tokio::test]
async fn the_relay_key_is_kept_in_a_private_file_beside_the_database() {
    let r = Relay::new();
    let mut key_path = r.db.clone().into_os_string();
    key_path.push(".relay-key");
    let seed = std::fs::read(&key_path).unwrap();
    assert_eq!(seed.len(), 32);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&key_path).unwrap().permissions().mode() & 0o777, 0o600);
    }
    assert_eq!(
        sync_relay::relay_key::RelayKey::from_seed(seed.try_into().unwrap()).public(),
        r.state.relay_key.public()
    );
    // Reopening reads the same key; the published document and the debug form never show the seed.
    let again = sync_relay::relay_key::RelayKey::load_or_create(std::path::Path::new(&key_path)).unwrap();
    assert_eq!(again.public(), r.state.relay_key.public());
    let doc = r.get("/.well-known/mappe-relay.json").await.json();
    assert_eq!(doc["v"], 1);
    assert_eq!(doc["fingerprint"], r.state.relay_key.fingerprint());
    let seed_hex = hex::encode(std::fs::read(&key_path).unwrap());
    assert!(!doc.to_string().contains(&seed_hex));
    assert!(!format!("{again:?}").contains(&seed_hex));
}

#[tokio::test]
async fn tombstones_and_access_log_rows_go_after_the_retention_period() {
    let r = Relay::new();
    let retention = r.state.config.retention_days * DAY;
    assert_eq!(r.state.config.retention_days, 400);
    let k = keys(3);
    let (revoked, expired) = (id(1), id(2));
    let up = Upload::new(r.now());
    assert_eq!(r.put_share(&k, &revoked, &up.body(&k, &revoked)).await.status, 201);
    assert_eq!(r.put_share(&k, &expired, &up.body(&k, &expired)).await.status, 201);
    assert_eq!(r.get(&format!("/v1/shares/{revoked}")).await.status, 200);
    assert_eq!(r.get(&format!("/v1/shares/{expired}")).await.status, 200);
    assert_eq!(r.send("POST", &format!("/v1/shares/{revoked}/revoke"), b"{}".to_vec(), Some(&k)).await.status, 200);
    let count = |table: &str| -> i64 { r.count(&format!("SELECT COUNT(*) FROM {table}")) };

    // A second before the period ends: everything kept.
    r.advance(retention - 1);
    let report = sync_relay::sweeper::sweep_once(&r.state).await.unwrap();
    assert_eq!((report.tombstones, report.log_rows), (0, 0));
    assert_eq!(count("access_log"), 2);

    // The opens are now as old as the period: their rows go. The tombstones stay until the
    // period has passed since the later of revocation and expiry (a day after the upload), and
    // the ids still cannot be used again.
    r.advance(1);
    let report = sync_relay::sweeper::sweep_once(&r.state).await.unwrap();
    assert_eq!((report.tombstones, report.log_rows), (0, 2));
    assert_eq!(count("shares"), 2);
    assert_eq!(count("access_log"), 0);
    r.put_share(&k, &revoked, &Upload::new(r.now()).body(&k, &revoked)).await.assert_error(410, "revoked");

    // Past it: the tombstones are deleted.
    r.advance(DAY);
    let report = sync_relay::sweeper::sweep_once(&r.state).await.unwrap();
    assert_eq!((report.tombstones, report.log_rows), (2, 0));
    assert_eq!(count("shares"), 0);
}

#[test]
fn a_retention_shorter_than_the_longest_share_is_refused() {
    let parse = |extra: &[&str]| {
        let mut args = vec!["mappe-relay"];
        args.extend_from_slice(extra);
        sync_relay::Args::try_parse_from(args).unwrap().into_config()
    };
    assert_eq!(parse(&[]).unwrap().retention_days, 400);
    let err = parse(&["--retention-days", "365"]).unwrap_err();
    assert!(matches!(err, sync_relay::ConfigError::Invalid { name: "retention_days", .. }), "{err}");
    assert!(parse(&["--retention-days", "30", "--max-expiry-days", "30"]).is_ok());
}
