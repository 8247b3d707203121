//! Sharing end to end: the real `mappe` binary against the real `mappe-relay` binary on
//! 127.0.0.1, with a real SQLite file the tests inspect and tamper with like a hostile relay.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::PathBuf;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use mappe_e2e::{RelayProcess, all_files, contains, http, mappe, ok, pdf};
use serde_json::Value;
use tempfile::TempDir;
use wallet_core::crypto::{self, Domain};
use wallet_core::keys::{RecoveryCode, WalletKeys};
use wallet_core::share::request::{request_message, sign_request};

const HOLDER_PASS: &str = "holder passphrase 1";
const AGENCY_PASS: &str = "agency passphrase 1";
/// Planted in the wallet; must never appear on the relay in plaintext.
const MARKERS: [&str; 4] = ["MARKERFAMILY7Q", "MARKERGIVEN3Z", "MARKERCV9K", "MARKERPDF5W"];

struct World {
    tmp: TempDir,
    relay: RelayProcess,
    holder: PathBuf,
    keys: WalletKeys,
    cert_with_scan: String,
    other_cert: String,
    scan: PathBuf,
}

/// Runs a command that must fail with `code`, print nothing on stdout and one sentence on stderr.
fn refused(cmd: &mut assert_cmd::Command, code: i32) -> String {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(code), "stderr: {stderr}\nstdout: {}", String::from_utf8_lossy(&out.stdout));
    assert!(out.stdout.is_empty(), "a refused open printed: {}", String::from_utf8_lossy(&out.stdout));
    assert!(stderr.starts_with("error: "), "{stderr}");
    stderr
}

impl World {
    fn new(relay_flags: &[&str]) -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let relay_dir = tmp.path().join("relay");
        std::fs::create_dir_all(&relay_dir).unwrap();
        let relay = RelayProcess::start(&relay_dir, relay_flags);
        let holder = tmp.path().join("holder");
        let init = ok(mappe(&holder, HOLDER_PASS).arg("init"));
        let code: String = init.lines().filter(|l| l.starts_with("    ")).map(str::trim).collect::<Vec<_>>().join("-");
        let keys = RecoveryCode::parse(&code).unwrap().derive();
        ok(mappe(&holder, HOLDER_PASS).args(["profile", "set", "family_name", MARKERS[0]]));
        ok(mappe(&holder, HOLDER_PASS).args(["profile", "set", "given_names", MARKERS[1]]));
        ok(mappe(&holder, HOLDER_PASS).args(["profile", "set", "birth_date", "1994-03-17"]));
        ok(mappe(&holder, HOLDER_PASS).args([
            "cv",
            "add",
            "--kind",
            "work",
            "--title",
            "Pharmacy assistant",
            "--description",
            MARKERS[2],
        ]));
        let scan = tmp.path().join("telc-b1.pdf");
        std::fs::write(&scan, pdf(300 * 1024, MARKERS[3])).unwrap();
        let other_scan = tmp.path().join("diploma.pdf");
        std::fs::write(&other_scan, pdf(50 * 1024, "OTHER SCAN")).unwrap();
        ok(mappe(&holder, HOLDER_PASS)
            .args(["cert", "add", "--kind", "language", "--title", "Deutsch B1", "--level", "B1", "--file"])
            .arg(&scan));
        ok(mappe(&holder, HOLDER_PASS)
            .args(["cert", "add", "--kind", "qualification", "--title", "Bachelor of Pharmacy", "--file"])
            .arg(&other_scan));
        ok(mappe(&holder, HOLDER_PASS).args([
            "residence",
            "add",
            "--kind",
            "aufenthaltserlaubnis",
            "--valid-until",
            "2030-01-31",
        ]));
        let show: Value = serde_json::from_str(&ok(mappe(&holder, HOLDER_PASS).args(["show", "--json"]))).unwrap();
        let certs = show["certificates"].as_array().unwrap();
        let id_of =
            |title: &str| certs.iter().find(|c| c["title"] == title).unwrap()["id"].as_str().unwrap().to_string();
        let cert_with_scan = id_of("Deutsch B1");
        let other_cert = id_of("Bachelor of Pharmacy");
        Self { tmp, relay, holder, keys, cert_with_scan, other_cert, scan }
    }

    fn agency(&self, name: &str) -> PathBuf {
        let dir = self.tmp.path().join(name.replace(' ', "-"));
        ok(mappe(&dir, AGENCY_PASS).args(["agency", "init", "--name", name, "--kind", "jobcenter"]));
        dir
    }

    /// `mappe share … --yes`; returns the link and the share id.
    fn share(&self, extra: &[&str]) -> (String, String) {
        let out = ok(mappe(&self.holder, HOLDER_PASS).args(["share", "--relay", &self.relay.url, "--yes"]).args(extra));
        let link = out.lines().find_map(|l| l.strip_prefix("Link: ")).unwrap().trim().to_string();
        let id = out.lines().find_map(|l| l.strip_prefix("Share id: ")).unwrap().trim().to_string();
        (link, id)
    }

    /// A caseworker with no wallet of their own.
    fn caseworker(&self) -> assert_cmd::Command {
        mappe(&self.tmp.path().join("nobody"), "unused passphrase")
    }

    fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.relay.db).unwrap()
    }
}

fn share_id_bytes(id: &str) -> Vec<u8> {
    B64.decode(id).unwrap()
}

#[test]
fn a_bearer_share_shows_exactly_the_chosen_fields_and_its_qr_decodes_to_the_link() {
    let w = World::new(&[]);
    let png = w.tmp.path().join("qr.png");
    let shared_output = ok(mappe(&w.holder, HOLDER_PASS).args(["share", "--relay", &w.relay.url, "--yes"]).args([
        "--fields",
        &format!("profile.family_name,certificates/{}", w.cert_with_scan),
        "--png",
        png.to_str().unwrap(),
    ]));
    let link = shared_output.lines().find_map(|l| l.strip_prefix("Link: ")).unwrap().trim().to_string();
    let id = shared_output.lines().find_map(|l| l.strip_prefix("Share id: ")).unwrap().trim().to_string();
    assert!(link.contains('#'), "a bearer link carries its key in the fragment: {link}");
    let out = ok(w.caseworker().args(["open", &link, "--json"]));
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["verified"], true);
    assert_eq!(v["share_id"], id);
    assert_eq!(v["holder"]["public_key"], w.keys.public_identity().to_hex());
    let content = v["content"].as_object().unwrap();
    assert_eq!(content.keys().collect::<Vec<_>>(), ["certificates", "profile"]);
    assert_eq!(v["content"]["profile"], serde_json::json!({ "family_name": MARKERS[0] }));
    let certs = v["content"]["certificates"].as_array().unwrap();
    assert_eq!(certs.len(), 1);
    assert_eq!(certs[0]["id"], w.cert_with_scan.as_str());
    assert_eq!(certs[0]["title"], "Deutsch B1");
    assert!(certs[0].get("attachment").is_none(), "the scan was not chosen");
    assert_eq!(v["attachments"], serde_json::json!([]));
    for hidden in [MARKERS[1], MARKERS[2], "Bachelor of Pharmacy", "1994-03-17", "aufenthaltserlaubnis"] {
        assert!(!out.contains(hidden), "{hidden} was not chosen but was shown");
    }
    // The consent text the holder saw travels, exactly, inside the signed manifest.
    assert_eq!(v["consent"]["lang"], "en");
    let shown = v["consent"]["text"].as_str().unwrap();
    assert!(shown.contains("Deutsch B1"));
    assert!(shared_output.starts_with(shown), "the text shown at `mappe share` differs from the signed one");
    // The PNG written by `mappe share --png` decodes to the same link.
    let from_png: Value = serde_json::from_str(&ok(w.caseworker().arg("open").arg(&png).arg("--json"))).unwrap();
    assert_eq!(from_png["share_id"], id);
    // Human output says it is verified and shows the field.
    let human = ok(w.caseworker().args(["open", &link]));
    assert!(human.starts_with("STATED BY THE PERSON, UNCHANGED SINCE SHARED"), "{human}");
    assert!(human.contains(MARKERS[0]));
}

#[test]
fn an_addressed_share_opens_with_its_agency_key_only_and_its_qr_alone_reveals_nothing() {
    let w = World::new(&[]);
    let jobcenter = w.agency("Jobcenter Musterstadt");
    let other = w.agency("Sozialamt Nebenan");
    let card = jobcenter.join("agency.json");
    let (link, id) = w.share(&["--fields", "profile.family_name", "--to", card.to_str().unwrap()]);
    assert!(!link.contains('#'), "an addressed link has no key: {link}");

    // The QR alone: the CLI refuses without contacting the relay; the relay refuses unsigned GETs.
    let before = w.relay.request_log().lines().count();
    let err = refused(w.caseworker().args(["open", &link]), 8);
    assert!(err.contains("specific office"), "{err}");
    assert_eq!(w.relay.request_log().lines().count(), before, "an open without the key contacted the relay");
    let (status, body) = http("GET", &format!("{}/v1/shares/{id}", w.relay.url), &[], b"");
    assert_eq!(status, 401);
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["error"], "audience_required");
    assert!(body.get("ciphertext").is_none());

    // Another office's key cannot open it.
    let err = refused(mappe(&other, AGENCY_PASS).args(["open", &link, "--as"]).arg(&other), 8);
    assert!(err.contains("specific office") || err.contains("someone else") || err.contains("not allowed"), "{err}");

    // The right office opens it, twice.
    for _ in 0..2 {
        let out = ok(mappe(&jobcenter, AGENCY_PASS).args(["open", &link, "--json", "--as"]).arg(&jobcenter));
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["verified"], true);
        assert_eq!(v["audience"]["name"], "Jobcenter Musterstadt");
        assert_eq!(v["content"]["profile"]["family_name"], MARKERS[0]);
    }

    // The holder sees two opens, with times, by that office.
    let log = ok(mappe(&w.holder, HOLDER_PASS).args(["shares", "--log"]));
    let opens: Vec<&str> = log.lines().filter(|l| l.trim_start().starts_with("opened ")).collect();
    assert_eq!(opens.len(), 2, "{log}");
    for line in opens {
        assert!(line.contains("UTC"), "{line}");
        assert!(line.contains("by Jobcenter Musterstadt"), "{line}");
    }
    let json: Value =
        serde_json::from_str(&ok(mappe(&w.holder, HOLDER_PASS).args(["shares", "--log", "--json"]))).unwrap();
    let entry = json.as_array().unwrap().iter().find(|s| s["share_id"] == id).unwrap();
    assert_eq!(entry["opens"], 2);
    let card: Value = serde_json::from_slice(&std::fs::read(&card).unwrap()).unwrap();
    for e in entry["log"].as_array().unwrap() {
        assert_eq!(e["agency"], card["ed25519"]);
        assert!(e["at"].as_u64().unwrap() > 1_700_000_000);
    }

    // The aggregate counts: the CLI sent the card's kind, the relay counted the share once as
    // created and once as opened (two opens), under that kind and this month; the running
    // month is not published.
    if w.relay.is_sqlite() {
        let db = w.db();
        let month = sync_relay::stats::month_of(wallet_core::share::now());
        let kind: String =
            db.query_row("SELECT count_kind FROM shares WHERE id = ?1", [share_id_bytes(&id)], |r| r.get(0)).unwrap();
        assert_eq!(kind, "jobcenter");
        let counted = |event: &str| -> i64 {
            db.query_row(
                "SELECT n FROM share_counts WHERE month = ?1 AND kind = 'jobcenter' AND event = ?2",
                [&month, event],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert_eq!((counted("created"), counted("opened")), (1, 1));
    }
    let (status, body) = http("GET", &format!("{}/v1/stats", w.relay.url), &[], b"");
    assert_eq!(status, 200);
    let stats: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(stats["months"], serde_json::json!([]), "only the running month has counts: {stats}");
}

#[test]
fn revoked_expired_and_used_up_shares_are_refused() {
    if mappe_e2e::test_pg().is_some() {
        eprintln!("this test reads and alters the relay's SQLite file: SQLite only");
        return;
    }
    let w = World::new(&["--sweep-interval", "3600"]);
    // Revoked: refused, and the ciphertext and scans are gone from the relay at once.
    let (link, id) = w.share(&["--fields", &format!("certificates/{}/scan", w.cert_with_scan)]);
    ok(w.caseworker().args(["open", &link]));
    let out = ok(mappe(&w.holder, HOLDER_PASS).args(["revoke", &id, "--yes"]));
    assert!(out.contains("cannot take that back"), "{out}");
    let err = refused(w.caseworker().args(["open", &link]), 7);
    assert!(err.contains("revoked"), "{err}");
    let db = w.db();
    let ct: i64 = db
        .query_row("SELECT COUNT(*) FROM share_content WHERE share_id = ?1", [share_id_bytes(&id)], |r| r.get(0))
        .unwrap();
    assert_eq!(ct, 0, "revocation must delete the ciphertext");
    let blobs: i64 =
        db.query_row("SELECT COUNT(*) FROM blobs WHERE share_id = ?1", [share_id_bytes(&id)], |r| r.get(0)).unwrap();
    assert_eq!(blobs, 0, "revocation must delete the scans");

    // Used up.
    let (link, _) = w.share(&["--fields", "profile.family_name", "--max-opens", "2"]);
    ok(w.caseworker().args(["open", &link]));
    ok(w.caseworker().args(["open", &link]));
    let err = refused(w.caseworker().args(["open", &link]), 7);
    assert!(err.contains("as many times"), "{err}");

    // Expired: refused by the relay ...
    let (link, id) = w.share(&["--fields", "profile.family_name", "--expires", "2s"]);
    std::thread::sleep(std::time::Duration::from_millis(3200));
    let err = refused(w.caseworker().args(["open", &link]), 7);
    assert!(err.contains("expired"), "{err}");
    // ... and by the client when a relay is edited to keep serving it.
    w.db()
        .execute("UPDATE shares SET expires_at = 4102444800, status = 'active' WHERE id = ?1", [share_id_bytes(&id)])
        .unwrap();
    let err = refused(w.caseworker().args(["open", &link]), 7);
    assert!(err.contains("expired on"), "the client must check the manifest's own expiry: {err}");
}

#[test]
fn a_relay_that_changes_any_byte_of_a_share_shows_nothing_but_an_integrity_error() {
    if mappe_e2e::test_pg().is_some() {
        eprintln!("this test reads and alters the relay's SQLite file: SQLite only");
        return;
    }
    let w = World::new(&[]);
    let (link, id) = w.share(&["--fields", "profile.family_name,profile.given_names"]);
    let db = w.db();
    let original: Vec<u8> = db
        .query_row("SELECT ciphertext FROM share_content WHERE share_id = ?1", [share_id_bytes(&id)], |r| r.get(0))
        .unwrap();
    // Header, share id, revision, nonce, the start, middle and end of the ciphertext, the tag.
    let mut positions: Vec<usize> = (0..60).collect();
    positions.extend((60..original.len()).step_by(97));
    positions.extend(original.len() - 17..original.len());
    for at in positions {
        let mut bad = original.clone();
        bad[at] ^= 0x01;
        db.execute(
            "UPDATE share_content SET ciphertext = ?1 WHERE share_id = ?2",
            rusqlite::params![bad, share_id_bytes(&id)],
        )
        .unwrap();
        let err = refused(w.caseworker().args(["open", &link]), 5);
        assert!(err.contains("integrity check failed"), "byte {at}: {err}");
        assert!(!err.contains(MARKERS[0]));
    }
    db.execute(
        "UPDATE share_content SET ciphertext = ?1 WHERE share_id = ?2",
        rusqlite::params![original, share_id_bytes(&id)],
    )
    .unwrap();
    ok(w.caseworker().args(["open", &link]));
}

#[test]
fn the_relay_never_holds_plaintext_or_the_share_key_and_a_scan_arrives_byte_identical() {
    if mappe_e2e::test_pg().is_some() {
        eprintln!("this test reads and alters the relay's SQLite file: SQLite only");
        return;
    }
    let w = World::new(&[]);
    let jobcenter = w.agency("Jobcenter Musterstadt");
    let (bearer, bearer_id) =
        w.share(&["--fields", &format!("profile,cv,residence/current,certificates/{}/scan", w.cert_with_scan)]);
    let (addressed, _) = w.share(&[
        "--fields",
        &format!("profile,certificates/{}/scan", w.cert_with_scan),
        "--to",
        jobcenter.join("agency.json").to_str().unwrap(),
    ]);
    let inbox = w.tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let out = ok(w.caseworker().args(["open", &bearer, "--json", "--save-attachments"]).arg(&inbox));
    let v: Value = serde_json::from_str(&out).unwrap();
    let saved = PathBuf::from(v["attachments"][0]["saved_to"].as_str().unwrap());
    assert_eq!(crypto::sha256(&std::fs::read(&saved).unwrap()), crypto::sha256(&std::fs::read(&w.scan).unwrap()));
    assert_eq!(v["attachments"][0]["name"], "telc-b1.pdf");
    ok(mappe(&jobcenter, AGENCY_PASS).args(["open", &addressed, "--as"]).arg(&jobcenter));
    ok(mappe(&w.holder, HOLDER_PASS).args(["shares", "--log"]));

    // Only the chosen scan is on the relay for that share (the other certificate has one too).
    let blobs: Vec<i64> = {
        let db = w.db();
        let mut stmt = db.prepare("SELECT length(data) FROM blobs WHERE share_id = ?1").unwrap();
        stmt.query_map([share_id_bytes(&bearer_id)], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    assert_eq!(blobs.len(), 1, "only the chosen scan may be uploaded");
    let scan_len = std::fs::metadata(&w.scan).unwrap().len() as i64;
    assert!((scan_len..scan_len + 1024).contains(&blobs[0]), "{} vs {scan_len}", blobs[0]);
    let _ = &w.other_cert;

    // Nothing the relay stores or logs contains a planted marker or the bearer share key.
    let key_b64 = bearer.split_once('#').unwrap().1.to_string();
    let key_hex = hex::encode(B64.decode(&key_b64).unwrap());
    let files = all_files(&w.tmp.path().join("relay"));
    assert!(files.iter().any(|(p, _)| p.ends_with("relay.sqlite")));
    assert!(files.iter().any(|(p, _)| p.ends_with("requests.log")));
    for (path, bytes) in &files {
        for m in MARKERS {
            assert!(!contains(bytes, m.as_bytes()), "{m} found in {}", path.display());
        }
        assert!(!contains(bytes, key_b64.as_bytes()), "the share key is in {}", path.display());
        assert!(!contains(bytes, key_hex.as_bytes()), "the share key is in {}", path.display());
    }
    let log = w.relay.request_log();
    assert!(log.contains(&format!("/v1/shares/{bearer_id}")), "the request log records requests");
}

/// Sends a request signed with `keys` for `domain`, as a hostile client would.
fn send_signed(
    w: &World,
    keys: &WalletKeys,
    method: &str,
    path: &str,
    body: &[u8],
    domain: Domain,
    time: u64,
) -> (u16, Value, [(String, String); 4]) {
    let sha = crypto::sha256(body);
    let h = sign_request(keys.identity(), method, path, time, &sha);
    let sig = if domain == Domain::Request {
        h.signature.clone()
    } else {
        B64.encode(keys.identity().sign(domain, &request_message(method, path, time, &h.nonce, &sha)))
    };
    let headers = [
        ("mappe-key".to_string(), h.key.clone()),
        ("mappe-time".to_string(), h.time.clone()),
        ("mappe-nonce".to_string(), h.nonce.clone()),
        ("mappe-signature".to_string(), sig),
    ];
    let refs: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (status, answer) = http(method, &format!("{}{path}", w.relay.url), &refs, body);
    (status, serde_json::from_slice(&answer).unwrap_or(Value::Null), headers)
}

#[test]
fn the_relay_refuses_replays_wrong_purposes_foreign_revocations_and_oversized_bodies() {
    let w = World::new(&[]);
    let (link, id) = w.share(&["--fields", "profile.family_name"]);
    let now = wallet_core::share::now();
    let log_path = format!("/v1/shares/{id}/log");

    // A signed request is accepted once; the same bytes again are a replay.
    let (status, _, headers) = send_signed(&w, &w.keys, "GET", &log_path, b"", Domain::Request, now);
    assert_eq!(status, 200);
    let refs: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (status, body) = http("GET", &format!("{}{log_path}", w.relay.url), &refs, b"");
    assert_eq!(status, 409);
    assert_eq!(serde_json::from_slice::<Value>(&body).unwrap()["error"], "replayed");

    // The holder's own key, but a signature made for another purpose, cannot revoke.
    let revoke = format!("/v1/shares/{id}/revoke");
    for domain in [Domain::ShareManifest, Domain::ShareOwner, Domain::SyncEntry] {
        let (status, body, _) = send_signed(&w, &w.keys, "POST", &revoke, b"{}", domain, now);
        assert_eq!(status, 401, "{domain:?}: {body}");
        assert_eq!(body["error"], "unauthorized");
    }
    // Someone else's valid signature cannot revoke either.
    let stranger = wallet_core::keys::RootSecret::generate().unwrap().derive();
    let (status, body, _) = send_signed(&w, &stranger, "POST", &revoke, b"{}", Domain::Request, now);
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["error"], "forbidden");
    // A stale signature is refused.
    let (status, body, _) = send_signed(&w, &w.keys, "POST", &revoke, b"{}", Domain::Request, now - 3600);
    assert_eq!(status, 401, "{body}");
    // Nothing changed: the share still opens.
    ok(w.caseworker().args(["open", &link]));

    // A body over the limit gets 413 with the JSON error.
    let big = vec![b'x'; 2 * 1024 * 1024];
    let (status, body, _) = send_signed(&w, &w.keys, "PUT", &format!("/v1/shares/{id}"), &big, Domain::Request, now);
    assert_eq!(status, 413);
    assert_eq!(body["error"], "too_large", "{body}");
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
}

#[test]
fn an_office_key_moves_to_a_second_computer_through_its_export_file_only_with_the_passphrase() {
    let w = World::new(&[]);
    let jobcenter = w.agency("Jobcenter Musterstadt");
    let (link, _) =
        w.share(&["--fields", "profile.family_name", "--to", jobcenter.join("agency.json").to_str().unwrap()]);
    let export = w.tmp.path().join("office.mappe-office");
    let out = ok(mappe(&jobcenter, AGENCY_PASS).args(["agency", "export", "--out"]).arg(&export));
    assert!(out.contains("locked by the office passphrase"), "{out}");
    let text = std::fs::read_to_string(&export).unwrap();
    assert!(text.contains("\"office-export\"") && !text.contains(AGENCY_PASS), "{text}");
    // Written once: a second export does not overwrite it.
    refused(mappe(&jobcenter, AGENCY_PASS).args(["agency", "export", "--out"]).arg(&export), 2);

    // The wrong passphrase sets nothing up.
    let second = w.tmp.path().join("second-pc");
    refused(mappe(&second, "not the office passphrase").args(["agency", "import"]).arg(&export), 4);
    assert!(!second.join("keystore.mappe").exists());
    // Something else than an export file is refused in one sentence.
    let err = refused(mappe(&second, AGENCY_PASS).args(["agency", "import"]).arg(jobcenter.join("agency.json")), 2);
    assert!(err.contains("not a Mappe office export file"), "{err}");

    let out = ok(mappe(&second, AGENCY_PASS).args(["agency", "import"]).arg(&export));
    assert!(out.contains("Jobcenter Musterstadt"), "{out}");
    assert_eq!(
        std::fs::read(second.join("agency.json")).unwrap(),
        std::fs::read(jobcenter.join("agency.json")).unwrap()
    );
    let v: Value =
        serde_json::from_str(&ok(mappe(&second, AGENCY_PASS).args(["open", &link, "--json", "--as"]).arg(&second)))
            .unwrap();
    assert_eq!(v["content"]["profile"]["family_name"], MARKERS[0]);
    assert_eq!(v["office"]["name"], "Jobcenter Musterstadt");
    assert!(v["retrieved_at"].as_u64().unwrap() > 1_700_000_000);
    assert!(v["changes"].is_null(), "the second computer has not seen it before: {v}");
}
