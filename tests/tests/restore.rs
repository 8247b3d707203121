//! A relay restored from an honest backup must not bring revoked shares back: the wallet
//! remembers what it revoked and says it again, and the relay keeps a revocation of an id it
//! does not know as a tombstone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::Path;

use mappe_e2e::{RelayProcess, mappe, ok};
use serde_json::Value;

const PASS: &str = "restore test passphrase";

fn copy_db(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for name in ["relay.sqlite", "relay.sqlite-wal", "relay.sqlite-shm"] {
        let _ = std::fs::remove_file(to.join(name));
        if from.join(name).exists() {
            std::fs::copy(from.join(name), to.join(name)).unwrap();
        }
    }
}

fn status_of(holder: &Path, id: &str) -> Value {
    let list: Value = serde_json::from_str(&ok(mappe(holder, PASS).args(["shares", "--json"]))).unwrap();
    list.as_array().unwrap().iter().find(|s| s["share_id"] == id).unwrap().clone()
}

#[test]
fn revoked_shares_stay_revoked_after_the_relay_is_restored_from_a_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let relay_dir = tmp.path().join("relay");
    std::fs::create_dir_all(&relay_dir).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let listen = format!("127.0.0.1:{port}");
    let holder = tmp.path().join("holder");
    ok(mappe(&holder, PASS).arg("init"));
    ok(mappe(&holder, PASS).args(["profile", "set", "family_name", "Haddad"]));

    let mut relay = RelayProcess::start_at(&relay_dir, &listen, &[]);
    let share = |relay: &RelayProcess| {
        let out = ok(mappe(&holder, PASS).args(["share", "--relay", &relay.url, "--yes", "--fields", "profile"]));
        let link = out.lines().find_map(|l| l.strip_prefix("Link: ")).unwrap().trim().to_string();
        let id = out.lines().find_map(|l| l.strip_prefix("Share id: ")).unwrap().trim().to_string();
        (link, id)
    };
    let (old_link, old_id) = share(&relay);
    // The night's backup, then a share made after it.
    relay.stop();
    copy_db(&relay_dir, &tmp.path().join("backup"));
    relay = RelayProcess::start_at(&relay_dir, &listen, &[]);
    let (new_link, new_id) = share(&relay);
    ok(mappe(&holder, PASS).args(["revoke", &old_id, "--yes"]));
    ok(mappe(&holder, PASS).args(["revoke", &new_id, "--yes"]));
    let caseworker = tmp.path().join("caseworker");
    assert_eq!(mappe(&caseworker, "x").args(["open", &old_link]).output().unwrap().status.code(), Some(7));

    // The disk fails; the relay comes back from the backup.
    relay.stop();
    copy_db(&tmp.path().join("backup"), &relay_dir);
    let _relay = RelayProcess::start_at(&relay_dir, &listen, &[]);

    // The holder looks at their shares: both are revoked, and the relay now agrees.
    assert_eq!(status_of(&holder, &old_id)["status"], "revoked");
    assert_eq!(status_of(&holder, &new_id)["status"], "revoked");
    for link in [&old_link, &new_link] {
        let out = mappe(&caseworker, "x").args(["open", link]).output().unwrap();
        assert_eq!(out.status.code(), Some(7), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stderr).contains("revoked"), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn a_device_that_synced_after_the_backup_is_told_how_to_give_the_relay_its_changes_again() {
    let tmp = tempfile::tempdir().unwrap();
    let relay_dir = tmp.path().join("relay");
    std::fs::create_dir_all(&relay_dir).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let listen = format!("127.0.0.1:{port}");
    let holder = tmp.path().join("holder");
    let init = ok(mappe(&holder, PASS).arg("init"));
    let code: String = init.lines().filter(|l| l.starts_with("    ")).map(str::trim).collect::<Vec<_>>().join("-");
    let mut relay = RelayProcess::start_at(&relay_dir, &listen, &[]);
    ok(mappe(&holder, PASS).args(["profile", "set", "family_name", "Haddad"]));
    ok(mappe(&holder, PASS).args(["sync", "--relay", &relay.url]));
    relay.stop();
    copy_db(&relay_dir, &tmp.path().join("backup"));
    relay = RelayProcess::start_at(&relay_dir, &listen, &[]);
    ok(mappe(&holder, PASS).args(["profile", "set", "birth_place", "Aleppo"]));
    ok(mappe(&holder, PASS).arg("sync"));
    relay.stop();
    copy_db(&tmp.path().join("backup"), &relay_dir);
    let relay = RelayProcess::start_at(&relay_dir, &listen, &[]);

    let out = mappe(&holder, PASS).arg("sync").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(9), "{err}");
    assert!(err.contains("mappe sync --resend"), "no hint how to recover: {err}");
    // Following the hint gives the relay this device's changes again; a new device gets them all.
    ok(mappe(&holder, PASS).args(["sync", "--resend"]));
    let phone = tmp.path().join("phone");
    ok(mappe(&phone, PASS).args(["recover", "--relay", &relay.url]).write_stdin(format!("{code}\n")));
    let show: Value = serde_json::from_str(&ok(mappe(&phone, PASS).args(["show", "--json"]))).unwrap();
    assert_eq!(show["profile"]["family_name"], "Haddad");
    assert_eq!(show["profile"]["birth_place"], "Aleppo");
}
