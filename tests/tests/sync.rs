//! Sync between a person's devices through the real relay, recovery on a new device, and live
//! shares that carry corrections to the office.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::{Path, PathBuf};

use mappe_e2e::{RelayProcess, all_files, contains, mappe, ok, pdf};
use serde_json::Value;
use wallet_core::WalletDir;
use wallet_core::keys::RecoveryCode;

const PASS: &str = "device passphrase 1";
const AGENCY_PASS: &str = "agency passphrase 1";

fn fails(cmd: &mut assert_cmd::Command, code: i32) -> String {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(code), "stderr: {stderr}\nstdout: {}", String::from_utf8_lossy(&out.stdout));
    stderr
}

fn init(dir: &Path) -> String {
    let out = ok(mappe(dir, PASS).arg("init"));
    out.lines().filter(|l| l.starts_with("    ")).map(str::trim).collect::<Vec<_>>().join("-")
}

fn show(dir: &Path) -> Value {
    let mut v: Value = serde_json::from_str(&ok(mappe(dir, PASS).args(["show", "--json"]))).unwrap();
    v.as_object_mut().unwrap().remove("format");
    v
}

fn heads(dir: &Path, code: &str) -> Vec<String> {
    let keys = RecoveryCode::parse(code).unwrap().derive();
    let mut wallet = WalletDir::new(dir).open_with_keys(keys).unwrap();
    wallet.doc_mut().heads()
}

fn file(dir: &Path) -> Vec<u8> {
    std::fs::read(dir.join("wallet.mappe")).unwrap()
}

#[test]
fn two_devices_edit_offline_converge_and_a_third_device_restores_everything() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("relay")).unwrap();
    let relay = RelayProcess::start(&tmp.path().join("relay"), &[]);
    let (a, b, c) = (tmp.path().join("phone"), tmp.path().join("centre-pc"), tmp.path().join("new-phone"));
    let code = init(&a);
    ok(mappe(&a, PASS).args(["profile", "set", "family_name", "SYNCMARKER-Alkhatib"]));
    let scan1 = tmp.path().join("telc.pdf");
    std::fs::write(&scan1, pdf(300 * 1024, "SYNCMARKER-SCAN1")).unwrap();
    ok(mappe(&a, PASS).args(["cert", "add", "--kind", "language", "--title", "Deutsch B1", "--file"]).arg(&scan1));
    ok(mappe(&a, PASS).args(["sync", "--relay", &relay.url]));

    // Device B: the counselling centre's PC, set up from the recovery code.
    let out = ok(mappe(&b, PASS).args(["recover", "--relay", &relay.url]).write_stdin(format!("{code}\n")));
    assert!(out.contains("1 certificates"), "{out}");
    assert_eq!(show(&a), show(&b));

    // Offline on both: different fields, and the same field.
    ok(mappe(&a, PASS).args(["profile", "set", "family_name", "SYNCMARKER-Al-Khatib"]));
    ok(mappe(&a, PASS).args(["cv", "add", "--kind", "work", "--title", "Pharmacy assistant"]));
    ok(mappe(&b, PASS).args(["profile", "set", "family_name", "SYNCMARKER-Al Khatib"]));
    ok(mappe(&b, PASS).args(["profile", "set", "birth_place", "SYNCMARKER-Aleppo"]));
    ok(mappe(&b, PASS).args(["cv", "add", "--kind", "training", "--title", "Integrationskurs"]));
    let scan2 = tmp.path().join("permit.pdf");
    std::fs::write(&scan2, pdf(120 * 1024, "SYNCMARKER-SCAN2")).unwrap();
    ok(mappe(&b, PASS).args(["residence", "add", "--kind", "aufenthaltserlaubnis", "--file"]).arg(&scan2));

    ok(mappe(&a, PASS).arg("sync"));
    ok(mappe(&b, PASS).arg("sync"));
    ok(mappe(&a, PASS).arg("sync"));
    let (ja, jb) = (show(&a), show(&b));
    assert_eq!(ja, jb, "the two devices differ after syncing");
    assert_eq!(heads(&a, &code), heads(&b, &code));
    assert_eq!(ja["cv"].as_array().unwrap().len(), 2, "both CV entries survive");
    assert_eq!(ja["profile"]["birth_place"], "SYNCMARKER-Aleppo");
    let name = ja["profile"]["family_name"].as_str().unwrap();
    assert!(name == "SYNCMARKER-Al-Khatib" || name == "SYNCMARKER-Al Khatib", "{name}");

    // Device C, restored from the recovery code alone: the identical wallet, scans included.
    let puts_before = blob_puts(&relay.request_log());
    ok(mappe(&c, PASS).args(["recover", "--relay", &relay.url]).write_stdin(format!("{code}\n")));
    assert_eq!(show(&c), ja);
    assert_eq!(heads(&c, &code), heads(&a, &code));
    for att in ja["attachments"].as_array().unwrap() {
        let id = att["id"].as_str().unwrap();
        let out = tmp.path().join(format!("restored-{id}.pdf"));
        ok(mappe(&c, PASS).args(["attachment", "export", id]).arg(&out));
        let original = if att["name"] == "telc.pdf" { &scan1 } else { &scan2 };
        assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(original).unwrap());
    }
    // Scans that came from the relay are not sent back to it: the new device uploads none.
    ok(mappe(&c, PASS).arg("sync"));
    assert_eq!(blob_puts(&relay.request_log()), puts_before, "a device uploaded scans it had downloaded");

    // The relay never held anything readable.
    for (path, bytes) in all_files(&tmp.path().join("relay")) {
        assert!(!contains(&bytes, b"SYNCMARKER"), "plaintext in {}", path.display());
    }
}

fn db(relay: &RelayProcess) -> rusqlite::Connection {
    rusqlite::Connection::open(&relay.db).unwrap()
}

#[test]
fn a_relay_that_withholds_or_rolls_back_or_alters_entries_is_caught() {
    if mappe_e2e::test_pg().is_some() {
        eprintln!("this test reads and alters the relay's SQLite file: SQLite only");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("relay")).unwrap();
    let relay = RelayProcess::start(&tmp.path().join("relay"), &[]);
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    let code = init(&a);
    for name in ["One", "Two", "Three"] {
        ok(mappe(&a, PASS).args(["profile", "set", "family_name", name]));
        ok(mappe(&a, PASS).args(["sync", "--relay", &relay.url]));
    }
    let holder = RecoveryCode::parse(&code).unwrap().derive().identity().public().to_vec();
    let last: i64 =
        db(&relay).query_row("SELECT last_seq FROM sync_logs WHERE holder = ?1", [&holder], |r| r.get(0)).unwrap();
    assert_eq!(last, 3);

    // B, a new device, fetches everything; then the relay is tampered with.
    ok(mappe(&b, PASS).args(["recover", "--relay", &relay.url]).write_stdin(format!("{code}\n")));

    // 1. The newest entry is withheld.
    db(&relay).execute("DELETE FROM sync_entries WHERE holder = ?1 AND seq = 3", [&holder]).unwrap();
    db(&relay).execute("UPDATE sync_logs SET last_seq = 2 WHERE holder = ?1", [&holder]).unwrap();
    let before = file(&a);
    let err = fails(mappe(&a, PASS).arg("sync"), 9);
    assert!(err.contains("the relay is missing changes this device has seen"), "{err}");
    assert_eq!(file(&a), before, "nothing may change when the relay misbehaves");

    // 2. Rolled back to the state after the first entry.
    db(&relay).execute("DELETE FROM sync_entries WHERE holder = ?1 AND seq = 2", [&holder]).unwrap();
    db(&relay).execute("UPDATE sync_logs SET last_seq = 1 WHERE holder = ?1", [&holder]).unwrap();
    let err = fails(mappe(&b, PASS).arg("sync"), 9);
    assert!(err.contains("missing changes"), "{err}");

    // 3. An entry with one flipped byte is refused and nothing is merged.
    let c = tmp.path().join("c");
    let fresh = tempfile::tempdir().unwrap();
    let relay2 = RelayProcess::start(fresh.path(), &[]);
    ok(mappe(&a, PASS).args(["sync", "--relay", &relay2.url]));
    ok(mappe(&c, PASS).args(["recover", "--relay", &relay2.url]).write_stdin(format!("{code}\n")));
    ok(mappe(&a, PASS).args(["profile", "set", "given_names", "Amal"]));
    ok(mappe(&a, PASS).arg("sync"));
    let seq: i64 =
        db(&relay2).query_row("SELECT MAX(seq) FROM sync_entries WHERE holder = ?1", [&holder], |r| r.get(0)).unwrap();
    let mut entry: Vec<u8> = db(&relay2)
        .query_row(
            "SELECT entry FROM sync_entries WHERE holder = ?1 AND seq = ?2",
            rusqlite::params![holder, seq],
            |r| r.get(0),
        )
        .unwrap();
    let at = entry.len() - 5;
    entry[at] ^= 0x01;
    db(&relay2)
        .execute(
            "UPDATE sync_entries SET entry = ?1 WHERE holder = ?2 AND seq = ?3",
            rusqlite::params![entry, holder, seq],
        )
        .unwrap();
    let before = file(&c);
    let err = fails(mappe(&c, PASS).arg("sync"), 5);
    assert!(err.contains("signature") || err.contains("integrity"), "{err}");
    assert_eq!(file(&c), before);
    assert!(show(&c)["profile"]["given_names"].is_null(), "nothing from the altered entry was merged");
}

#[test]
fn a_live_share_carries_a_correction_to_the_office_until_it_is_revoked() {
    if mappe_e2e::test_pg().is_some() {
        eprintln!("this test reads and alters the relay's SQLite file: SQLite only");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("relay")).unwrap();
    let relay = RelayProcess::start(&tmp.path().join("relay"), &[]);
    let holder = tmp.path().join("holder");
    let office: PathBuf = tmp.path().join("jobcenter");
    init(&holder);
    ok(mappe(&holder, PASS).args(["profile", "set", "family_name", "Alkhatib"]));
    ok(mappe(&office, AGENCY_PASS).args(["agency", "init", "--name", "Jobcenter Musterstadt", "--kind", "jobcenter"]));
    let out = ok(mappe(&holder, PASS).args(["share", "--relay", &relay.url, "--yes", "--live", "--fields"]).args([
        "profile.family_name",
        "--to",
        office.join("agency.json").to_str().unwrap(),
    ]));
    let link = out.lines().find_map(|l| l.strip_prefix("Link: ")).unwrap().trim().to_string();
    let id = out.lines().find_map(|l| l.strip_prefix("Share id: ")).unwrap().trim().to_string();
    let open = || -> Value {
        serde_json::from_str(&ok(mappe(&office, AGENCY_PASS).args(["open", &link, "--json", "--as"]).arg(&office)))
            .unwrap()
    };
    let first = open();
    assert_eq!(first["revision"], 1);
    assert_eq!(first["content"]["profile"]["family_name"], "Alkhatib");
    let raw_id = base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, &id).unwrap();
    let rev1: Vec<u8> = db(&relay)
        .query_row("SELECT ciphertext FROM share_content WHERE share_id = ?1", [&raw_id], |r| r.get(0))
        .unwrap();

    // The holder corrects the name; with a relay configured the live share follows at once.
    let edit = ok(mappe(&holder, PASS).args(["profile", "set", "family_name", "Al-Khatib"]));
    assert!(edit.contains(&format!("Live share {id} updated to revision 2")), "{edit}");
    ok(mappe(&holder, PASS).arg("sync"));
    let second = open();
    assert_eq!(second["revision"], 2);
    assert_eq!(second["content"]["profile"]["family_name"], "Al-Khatib");
    assert_eq!(second["changes"]["since_revision"], 1);
    assert_eq!(
        second["changes"]["fields"],
        serde_json::json!([{ "field": "family name", "from": "Alkhatib", "to": "Al-Khatib" }])
    );
    let human = ok(mappe(&office, AGENCY_PASS).args(["open", &link, "--as"]).arg(&office));
    assert!(human.contains("NO CHANGES since you last opened it"), "{human}");

    // A relay that rolls the share back to revision 1 is caught by the office that saw revision 2.
    let rev2: Vec<u8> = db(&relay)
        .query_row("SELECT ciphertext FROM share_content WHERE share_id = ?1", [&raw_id], |r| r.get(0))
        .unwrap();
    db(&relay)
        .execute("UPDATE share_content SET ciphertext = ?1 WHERE share_id = ?2", rusqlite::params![rev1, raw_id])
        .unwrap();
    db(&relay).execute("UPDATE shares SET revision = 1 WHERE id = ?1", [&raw_id]).unwrap();
    let err = fails(mappe(&office, AGENCY_PASS).args(["open", &link, "--as"]).arg(&office), 9);
    assert!(err.contains("older than revision 2"), "{err}");
    db(&relay)
        .execute("UPDATE share_content SET ciphertext = ?1 WHERE share_id = ?2", rusqlite::params![rev2, raw_id])
        .unwrap();
    db(&relay).execute("UPDATE shares SET revision = 2 WHERE id = ?1", [&raw_id]).unwrap();

    // Revoked: a further edit produces no new revision on the relay.
    ok(mappe(&holder, PASS).args(["revoke", &id, "--yes"]));
    let edit = ok(mappe(&holder, PASS).args(["profile", "set", "family_name", "Al Khatib"]));
    assert!(!edit.contains("Live share"), "{edit}");
    ok(mappe(&holder, PASS).arg("sync"));
    let rev: i64 = db(&relay)
        .query_row(
            "SELECT revision FROM shares WHERE id = ?1",
            [base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, &id).unwrap()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(rev, 2);
    let err = fails(mappe(&office, AGENCY_PASS).args(["open", &link, "--as"]).arg(&office), 7);
    assert!(err.contains("revoked"), "{err}");
}

#[test]
fn a_live_share_whose_entry_is_removed_stops_following_and_says_so_once() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("relay")).unwrap();
    let relay = RelayProcess::start(&tmp.path().join("relay"), &[]);
    let holder = tmp.path().join("holder");
    init(&holder);
    ok(mappe(&holder, PASS).args(["profile", "set", "family_name", "Alkhatib"]));
    ok(mappe(&holder, PASS).args(["cert", "add", "--kind", "language", "--title", "Deutsch B1", "--level", "B1"]));
    let cert = show(&holder)["certificates"][0]["id"].as_str().unwrap().to_string();
    let out = ok(mappe(&holder, PASS)
        .args(["share", "--relay", &relay.url, "--yes", "--live", "--fields"])
        .arg(format!("profile.family_name,certificates/{cert}")));
    let id = out.lines().find_map(|l| l.strip_prefix("Share id: ")).unwrap().trim().to_string();
    let sentence = format!("Live share {id} no longer follows your wallet");

    // Removing the entry the share names: told at once, and once.
    let removed = ok(mappe(&holder, PASS).args(["cert", "remove", &cert]));
    assert_eq!(removed.matches(&sentence).count(), 1, "{removed}");
    assert!(removed.contains(&format!("mappe revoke {id}")), "{removed}");

    // Later edits and syncs do not repeat it, and do not touch the share.
    for args in [&["profile", "set", "family_name", "Al-Khatib"][..], &["sync"], &["sync"]] {
        let later = ok(mappe(&holder, PASS).args(args));
        assert!(!later.contains("no longer follows"), "{args:?} said it again: {later}");
        assert!(!later.contains("Live share"), "{args:?}: {later}");
    }

    // `mappe shares` keeps showing it, with the reason.
    let text = ok(mappe(&holder, PASS).arg("shares"));
    assert!(text.contains("live:    stopped following your wallet ("), "{text}");
    let list: Value = serde_json::from_str(&ok(mappe(&holder, PASS).args(["shares", "--json"]))).unwrap();
    assert_eq!(list[0]["share_id"], id.as_str());
    assert_eq!(list[0]["revision"], 1, "the office keeps the last version");
    let why = list[0]["stopped_following"].as_str().expect("stopped_following is set");
    assert!(removed.contains(&format!("({why})")), "the reason recorded is the one printed: {why} / {removed}");
    assert!(text.contains(&format!("stopped following your wallet ({why})")), "{text}");
}

/// How many scan uploads (`PUT /v1/logs/…/blobs/…`) the relay's request log shows.
fn blob_puts(log: &str) -> usize {
    log.lines().filter(|l| l.contains("\"PUT\"") && l.contains("/blobs/")).count()
}
