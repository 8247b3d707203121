//! Forgetting end to end: the real `mappe` and `mappe-relay` binaries. After `mappe forget`
//! the relay's database files hold no byte of the holder's key or share ids, the receipt
//! verifies against the key the relay publishes, the shares no longer open, and a later sync
//! starts a new copy on the relay.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use mappe_e2e::{RelayProcess, contains, http, mappe, ok, pdf};
use serde_json::Value;
use wallet_core::forget::{DeletionReceipt, RelayKeyDoc};
use wallet_core::keys::RecoveryCode;

const PASS: &str = "holder passphrase 1";

fn share(holder: &Path, relay: &str, extra: &[&str]) -> (String, String) {
    let out = ok(mappe(holder, PASS).args(["share", "--relay", relay, "--yes"]).args(extra));
    let link = out.lines().find_map(|l| l.strip_prefix("Link: ")).unwrap().trim().to_string();
    let id = out.lines().find_map(|l| l.strip_prefix("Share id: ")).unwrap().trim().to_string();
    (link, id)
}

fn db_files(db: &Path) -> Vec<(String, Vec<u8>)> {
    ["", "-wal"]
        .iter()
        .map(|suffix| {
            let mut name = db.as_os_str().to_owned();
            name.push(suffix);
            (format!("relay.sqlite{suffix}"), std::fs::read(&name).unwrap_or_default())
        })
        .collect()
}

#[test]
fn after_mappe_forget_the_relay_holds_nothing_of_the_person_and_the_receipt_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let relay_dir = tmp.path().join("relay");
    std::fs::create_dir_all(&relay_dir).unwrap();
    let relay = RelayProcess::start(&relay_dir, &["--sweep-interval", "3600"]);
    let holder = tmp.path().join("holder");
    let init = ok(mappe(&holder, PASS).arg("init"));
    let code: String = init.lines().filter(|l| l.starts_with("    ")).map(str::trim).collect::<Vec<_>>().join("-");
    let keys = RecoveryCode::parse(&code).unwrap().derive();
    let holder_key = keys.identity().public();
    ok(mappe(&holder, PASS).args(["profile", "set", "family_name", "Haddad"]));
    let scan = tmp.path().join("b1.pdf");
    std::fs::write(&scan, pdf(40 * 1024, "SCAN")).unwrap();
    ok(mappe(&holder, PASS)
        .args(["cert", "add", "--kind", "language", "--title", "Deutsch B1", "--level", "B1", "--file"])
        .arg(&scan));
    let show: Value = serde_json::from_str(&ok(mappe(&holder, PASS).args(["show", "--json"]))).unwrap();
    let cert = show["certificates"][0]["id"].as_str().unwrap().to_string();

    ok(mappe(&holder, PASS).args(["sync", "--relay", &relay.url]));
    let (link_a, id_a) = share(&holder, &relay.url, &["--fields", &format!("certificates/{cert}/scan")]);
    let (link_b, id_b) = share(&holder, &relay.url, &["--fields", "profile.family_name"]);
    let caseworker = || mappe(&tmp.path().join("nobody"), "unused passphrase");
    let opened = ok(caseworker().args(["open", &link_a]));
    assert!(opened.contains("Deutsch B1"), "{opened}");

    // Before: the relay holds the person's key and share ids (so the search below can find them).
    let before: Vec<u8> = db_files(&relay.db).into_iter().flat_map(|(_, b)| b).collect();
    assert!(contains(&before, &holder_key));

    // Without --yes and without a terminal: refused before anything is sent.
    let out = mappe(&holder, PASS).args(["forget", "--relay", &relay.url]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(http("GET", &format!("{}/v1/shares/{id_b}", relay.url), &[], b"").0, 200);

    let out = ok(mappe(&holder, PASS).args(["forget", "--relay", &relay.url, "--yes"]));
    assert!(out.contains("2 working shares on this relay stop working"), "{out}");
    assert!(out.contains("already opened stays with them"), "{out}");
    assert!(out.contains("receipt verified"), "{out}");

    // The receipt in the wallet folder: private, and it verifies against the published key.
    let receipts: Vec<_> = std::fs::read_dir(holder.join("receipts")).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(receipts.len(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&receipts[0]).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let receipt = DeletionReceipt::parse(&std::fs::read(&receipts[0]).unwrap()).unwrap();
    let (status, body) = http("GET", &format!("{}/.well-known/mappe-relay.json", relay.url), &[], b"");
    assert_eq!(status, 200);
    let relay_key = RelayKeyDoc::parse(&body).unwrap().key_bytes().unwrap();
    receipt.verify(&relay_key, &holder_key).unwrap();
    let mut ids = vec![id_a.clone(), id_b.clone()];
    ids.sort_by_key(|id| B64.decode(id).unwrap());
    assert_eq!(receipt.share_ids, ids);
    assert_eq!(receipt.deleted.shares, 2);
    assert!(receipt.deleted.share_blobs >= 1, "{:?}", receipt.deleted);
    assert!(receipt.deleted.access_log >= 1, "{:?}", receipt.deleted);
    assert!(receipt.deleted.log_entries >= 1 && receipt.deleted.log_blobs >= 1, "{:?}", receipt.deleted);

    // The database file and its WAL: no holder key (raw or hex), no share id.
    for (name, bytes) in db_files(&relay.db) {
        assert!(!contains(&bytes, &holder_key), "{name} still holds the holder key");
        assert!(!contains(&bytes, hex::encode(holder_key).as_bytes()), "{name} still holds the holder key in hex");
        for id in [&id_a, &id_b] {
            assert!(!contains(&bytes, &B64.decode(id).unwrap()), "{name} still holds share id {id}");
        }
    }

    // The shares are gone for everyone; the wallet records them as revoked.
    for link in [&link_a, &link_b] {
        let out = caseworker().args(["open", link]).output().unwrap();
        assert_eq!(out.status.code(), Some(7), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let shares: Value = serde_json::from_str(&ok(mappe(&holder, PASS).args(["shares", "--json"]))).unwrap();
    for s in shares.as_array().unwrap() {
        assert!(!s["revoked_at"].is_null() || s["status"] == "revoked", "{s}");
    }

    // `forget --show` lists the receipt, checked again.
    let shown = ok(mappe(&holder, PASS).args(["forget", "--show"]));
    assert!(shown.contains(&receipt.relay_fingerprint()), "{shown}");
    assert!(shown.contains(&id_a), "{shown}");

    // A sync afterwards starts a new copy on the relay instead of failing.
    ok(mappe(&holder, PASS).args(["sync", "--relay", &relay.url]));
    let after: Vec<u8> = db_files(&relay.db).into_iter().flat_map(|(_, b)| b).collect();
    assert!(contains(&after, &holder_key), "the new sync stored a new log");
    ok(mappe(&holder, PASS).arg("sync"));
}
