//! Office attestations on the relay: the trust list at `GET /v1/directory` (setting
//! `directory`) and offices' status lists at `/v1/status/{issuer}`, against a real `mappe-relay`
//! process over HTTP on 127.0.0.1 (on PostgreSQL too when `MAPPE_TEST_PG` is set), and the
//! store's status list methods on either backend.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::process::{RelayProcess, agent, relay_command, start, start_on};
use common::{Relay, fresh_pg_database, test_pg};
use sync_relay::store::PutStatusOutcome;
use wallet_core::attest::status::MAX_STATUS_TOKEN;
use wallet_core::attest::{StatusList, TrustList, TrustedAgency};
use wallet_core::crypto::{IdentitySecret, SecretKey};

/// A relay process on a fresh database: SQLite, or PostgreSQL when `MAPPE_TEST_PG` is set.
struct TestRelay {
    process: RelayProcess,
    /// (server URL, database name), dropped at the end.
    pg: Option<(String, String)>,
    _keys: tempfile::TempDir,
}

impl Drop for TestRelay {
    fn drop(&mut self) {
        if let Some((server, name)) = &self.pg {
            let _ = self.process.child.kill();
            let _ = self.process.child.wait();
            if !std::thread::panicking() {
                let _ = sync_relay::store::postgres::drop_database(server, name);
            }
        }
    }
}

fn relay(flags: &[&str]) -> TestRelay {
    let keys = tempfile::tempdir().unwrap();
    match test_pg() {
        Some(server) => {
            let (name, url) = fresh_pg_database(&server);
            let key = keys.path().join("relay.key");
            let mut all = flags.to_vec();
            all.extend(["--relay-key", key.to_str().unwrap()]);
            TestRelay { process: start_on(Path::new(&url), &all), pg: Some((server, name)), _keys: keys }
        }
        None => TestRelay { process: start(flags), pg: None, _keys: keys },
    }
}

struct Reply {
    status: u16,
    content_type: Option<String>,
    cache_control: Option<String>,
    body: String,
}

impl Reply {
    fn error(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    fn assert_error(&self, status: u16, code: &str) {
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(self.error()["error"], code, "{}", self.body);
        assert_eq!(self.content_type.as_deref(), Some("application/json"));
    }
}

fn call(method: &str, url: &str, body: Option<&[u8]>) -> Reply {
    let agent = agent();
    let mut res = match (method, body) {
        ("GET", None) => agent.get(url).call().unwrap(),
        ("PUT", Some(body)) => agent.put(url).send(body).unwrap(),
        other => panic!("call: {other:?}"),
    };
    let header = |name: &str| res.headers().get(name).map(|v| v.to_str().unwrap().to_owned());
    let (content_type, cache_control) = (header("content-type"), header("cache-control"));
    Reply { status: res.status().as_u16(), content_type, cache_control, body: res.body_mut().read_to_string().unwrap() }
}

fn identity(seed: u8) -> IdentitySecret {
    IdentitySecret::from_seed(&SecretKey::from_bytes([seed; 32]))
}

fn now() -> u64 {
    wallet_core::share::now()
}

/// The relay key as published at `/.well-known/mappe-relay.json`.
fn relay_key(url: &str) -> [u8; 32] {
    let doc: serde_json::Value =
        serde_json::from_str(&call("GET", &format!("{url}/.well-known/mappe-relay.json"), None).body).unwrap();
    hex::decode(doc["key"].as_str().unwrap()).unwrap().try_into().unwrap()
}

#[test]
fn without_the_setting_the_directory_is_404() {
    let r = relay(&[]);
    let reply = call("GET", &format!("{}/v1/directory", r.process.url), None);
    reply.assert_error(404, "not_found");
    assert_eq!(
        reply.error(),
        serde_json::json!({"error": "not_found", "message": "this relay publishes no trust list"})
    );
}

#[test]
fn a_list_of_offices_is_served_signed_by_the_relay_key() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("offices.json");
    let (abh, school) = (identity(31).public(), identity(32).public());
    let offices = serde_json::json!({
        "publisher": "Beratungszentrum Musterstadt",
        "agencies": [
            {"name": "Ausländerbehörde Musterstadt", "kind": "auslaenderbehoerde", "ed25519": hex::encode(abh)},
            // Upper-case hex is accepted and published in lower case.
            {"name": "Sprachschule Nord", "kind": "language_school", "ed25519": hex::encode_upper(school)},
        ],
    });
    std::fs::write(&file, serde_json::to_vec_pretty(&offices).unwrap()).unwrap();
    let before = now();
    let r = relay(&["--directory", file.to_str().unwrap()]);
    let reply = call("GET", &format!("{}/v1/directory", r.process.url), None);
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.content_type.as_deref(), Some("application/jwt"));
    assert_eq!(reply.cache_control.as_deref(), Some("max-age=300"));

    let list = TrustList::verify(&reply.body, &relay_key(&r.process.url)).unwrap();
    assert_eq!(list.publisher, "Beratungszentrum Musterstadt");
    assert_eq!(
        list.agencies,
        vec![
            TrustedAgency {
                name: "Ausländerbehörde Musterstadt".into(),
                kind: "auslaenderbehoerde".into(),
                ed25519: hex::encode(abh),
            },
            TrustedAgency {
                name: "Sprachschule Nord".into(),
                kind: "language_school".into(),
                ed25519: hex::encode(school)
            },
        ]
    );
    assert!(list.iat >= before && list.iat <= now(), "iat is the start time: {}", list.iat);
    assert!(list.find(&school).is_some());
    assert!(TrustList::verify(&reply.body, &identity(33).public()).is_err(), "another key must not verify it");
}

#[test]
fn a_trust_list_signed_elsewhere_is_served_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("trust-list.jwt");
    let city = identity(41);
    let agency =
        TrustedAgency { name: "Jobcenter Süd".into(), kind: "jobcenter".into(), ed25519: hex::encode([7; 32]) };
    let token = TrustList::sign(&city, "Stadt Musterstadt", vec![agency.clone()], 1_700_000_000);
    std::fs::write(&file, &token).unwrap();
    let r = relay(&["--directory", file.to_str().unwrap()]);
    let reply = call("GET", &format!("{}/v1/directory", r.process.url), None);
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.body, token);
    assert_eq!(reply.content_type.as_deref(), Some("application/jwt"));
    let list = TrustList::verify(&reply.body, &city.public()).unwrap();
    assert_eq!((list.publisher.as_str(), list.agencies), ("Stadt Musterstadt", vec![agency]));
}

/// Runs `mappe-relay` with `args` until it exits (at most 20 s): exit code and standard error.
fn run_until_exit(args: &[&str]) -> (Option<i32>, String) {
    let mut child = relay_command()
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the relay started with {args:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    (status.code(), err)
}

#[test]
fn a_bad_directory_file_stops_the_relay_with_one_sentence_naming_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("relay.sqlite");
    let file = dir.path().join("offices.json");
    let missing = dir.path().join("missing.json");
    let bad_kind = r#"{"publisher": "P", "agencies": [{"name": "A", "kind": "embassy", "ed25519": "0101010101010101010101010101010101010101010101010101010101010101"}]}"#;
    let short_key = r#"{"publisher": "P", "agencies": [{"name": "A", "kind": "other", "ed25519": "0101"}]}"#;
    for (content, needle) in [
        (Some(bad_kind), "embassy"),
        (Some(short_key), "not 64 hex characters"),
        (Some("eyJhbGciOiJFZDI1NTE5In0.e30.AAAA"), "typ is not"),
        (Some("hello"), "neither a JSON list"),
        (None, "cannot be read"),
    ] {
        let path = match content {
            Some(text) => {
                std::fs::write(&file, text).unwrap();
                &file
            }
            None => &missing,
        };
        for check in [false, true] {
            let mut args =
                vec!["--listen", "127.0.0.1:0", "--db", db.to_str().unwrap(), "--directory", path.to_str().unwrap()];
            if check {
                args.push("--check-config");
            }
            let (code, err) = run_until_exit(&args);
            assert_ne!(code, Some(0), "{needle}: {err}");
            assert_eq!(err.lines().count(), 1, "{needle}: {err}");
            assert!(err.starts_with("error: invalid setting directory: ") && err.contains(needle), "{needle}: {err}");
        }
    }
    assert!(!db.exists(), "the relay stopped before it opened the database");
}

fn status_path(issuer: &IdentitySecret) -> String {
    format!("/v1/status/{}", hex::encode(issuer.public()))
}

fn put_status(url: &str, issuer: &IdentitySecret, token: &str) -> Reply {
    call("PUT", &format!("{url}{}", status_path(issuer)), Some(token.as_bytes()))
}

fn get_status(url: &str, issuer: &IdentitySecret) -> Reply {
    call("GET", &format!("{url}{}", status_path(issuer)), None)
}

#[test]
fn a_status_list_signed_by_its_office_is_stored_and_only_a_newer_one_replaces_it() {
    let r = relay(&[]);
    let url = &r.process.url;
    let office = identity(51);
    let uri = format!("{url}{}", status_path(&office));
    let t0 = now();

    get_status(url, &office).assert_error(404, "not_found");
    let first = StatusList::sign(&office, &uri, 100, &[], t0 - 100).unwrap();
    let reply = put_status(url, &office, &first);
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.error(), serde_json::json!({"issuer": hex::encode(office.public()), "iat": t0 - 100}));
    let reply = get_status(url, &office);
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body, first);
    assert_eq!(reply.content_type.as_deref(), Some("application/statuslist+jwt"));
    assert_eq!(reply.cache_control.as_deref(), Some("max-age=60"));

    // A withdrawal: a newer list replaces the stored one.
    let second = StatusList::sign(&office, &uri, 100, &[7], t0 - 50).unwrap();
    assert_eq!(put_status(url, &office, &second).status, 200);
    let got = get_status(url, &office).body;
    assert_eq!(got, second);
    assert_eq!(StatusList::verify(&got, &office.public(), Some(&uri)).unwrap().is_withdrawn(7), Some(true));

    // The same list again, or an older one (a replay of the list before the withdrawal): 409.
    put_status(url, &office, &second).assert_error(409, "conflict");
    put_status(url, &office, &first).assert_error(409, "conflict");
    let older = StatusList::sign(&office, &uri, 100, &[], t0 - 60).unwrap();
    put_status(url, &office, &older).assert_error(409, "conflict");
    assert_eq!(get_status(url, &office).body, second, "unchanged after the refused uploads");

    // Dated beyond the clock skew: refused, or it would block every real update until then.
    let future = StatusList::sign(&office, &uri, 100, &[], t0 + 3600).unwrap();
    put_status(url, &office, &future).assert_error(400, "bad_request");
    assert_eq!(get_status(url, &office).body, second);

    // Another office's list at its own path is independent.
    let other = identity(52);
    get_status(url, &other).assert_error(404, "not_found");
}

#[test]
fn a_status_list_not_signed_by_the_office_of_the_path_is_refused() {
    let r = relay(&[]);
    let url = &r.process.url;
    let office = identity(61);
    let intruder = identity(62);
    let uri = format!("{url}{}", status_path(&office));
    let good = StatusList::sign(&office, &uri, 16, &[], now() - 10).unwrap();
    assert_eq!(put_status(url, &office, &good).status, 200);

    // Signed by another key, for the office's URL and newer: the signature is the authentication.
    let forged = StatusList::sign(&intruder, &uri, 16, &[], now()).unwrap();
    put_status(url, &office, &forged).assert_error(401, "unauthorized");
    // One altered byte of the payload of the office's own token.
    let mut parts: Vec<String> = good.split('.').map(str::to_owned).collect();
    let flipped = if parts[1].starts_with('e') { "f" } else { "e" };
    parts[1].replace_range(0..1, flipped);
    let reply = put_status(url, &office, &parts.join("."));
    assert!(matches!(reply.status, 400 | 401), "{}", reply.body);
    // The office's own list, uploaded at another office's path.
    let at_intruder = StatusList::sign(&office, &format!("{url}{}", status_path(&intruder)), 16, &[], now()).unwrap();
    put_status(url, &intruder, &at_intruder).assert_error(401, "unauthorized");
    get_status(url, &intruder).assert_error(404, "not_found");

    // Signed by the office, but its sub is another office's URL or not a status list URL.
    let wrong_sub = StatusList::sign(&office, &format!("{url}{}", status_path(&intruder)), 16, &[1], now()).unwrap();
    put_status(url, &office, &wrong_sub).assert_error(400, "bad_request");
    let other_host = StatusList::sign(&office, "https://relay.example.org/v1/status/00", 16, &[1], now()).unwrap();
    put_status(url, &office, &other_host).assert_error(400, "bad_request");

    // Not a status list at all, and a path that is not a lower-case key.
    put_status(url, &office, "not a token").assert_error(400, "bad_request");
    let trust_list = TrustList::sign(&office, "P", Vec::new(), now());
    put_status(url, &office, &trust_list).assert_error(400, "bad_request");
    let upper = format!("{url}/v1/status/{}", hex::encode_upper(office.public()));
    call("PUT", &upper, Some(good.as_bytes())).assert_error(400, "bad_request");
    call("GET", &upper, None).assert_error(400, "bad_request");

    assert_eq!(get_status(url, &office).body, good, "nothing refused was stored");
    let behind_proxy =
        StatusList::sign(&office, &format!("https://relay.example.org{}", status_path(&office)), 16, &[3], now())
            .unwrap();
    assert_eq!(put_status(url, &office, &behind_proxy).status, 200, "only the path of sub is compared");
}

#[test]
fn a_status_list_over_the_limit_is_413() {
    let r = relay(&[]);
    let url = &r.process.url;
    let office = identity(71);
    let uri = format!("{url}{}", status_path(&office));
    // A validly signed list whose bits do not compress (a pseudo-random half withdrawn).
    let len = 2_000_000u64;
    let mut x = 0x2545_f491_4f6c_dd1du64;
    let withdrawn: Vec<u64> = (0..len)
        .filter(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x & 1 == 1
        })
        .collect();
    let big = StatusList::sign(&office, &uri, len, &withdrawn, now()).unwrap();
    assert!(big.len() > MAX_STATUS_TOKEN, "{}", big.len());
    let reply = put_status(url, &office, &big);
    reply.assert_error(413, "too_large");
    get_status(url, &office).assert_error(404, "not_found");
    // Just at the limit in bytes is not refused for its size (it is simply not a token).
    put_status(url, &office, &"x".repeat(MAX_STATUS_TOKEN)).assert_error(400, "bad_request");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_store_keeps_only_the_newest_status_list_of_each_office() {
    let relay = Relay::new();
    let store = relay.state.store.clone();
    let (a, b) = ([1u8; 32], [2u8; 32]);
    assert_eq!(store.status_list(a).await.unwrap(), None);
    assert_eq!(store.put_status_list(a, 10, b"a10".to_vec()).await.unwrap(), PutStatusOutcome::Stored);
    assert_eq!(store.put_status_list(a, 10, b"a10bis".to_vec()).await.unwrap(), PutStatusOutcome::NotNewer);
    assert_eq!(store.put_status_list(a, 9, b"a9".to_vec()).await.unwrap(), PutStatusOutcome::NotNewer);
    assert_eq!(store.status_list(a).await.unwrap().as_deref(), Some(&b"a10"[..]));
    assert_eq!(store.put_status_list(a, 11, b"a11".to_vec()).await.unwrap(), PutStatusOutcome::Stored);
    assert_eq!(store.status_list(a).await.unwrap().as_deref(), Some(&b"a11"[..]));
    assert_eq!(store.status_list(b).await.unwrap(), None, "one list per office");

    // Concurrent uploads through two relay instances (one database on PostgreSQL): whatever the
    // order, the newest stays, and no upload older than the stored list was reported stored.
    // (SQLite: one relay process per database file, so one store.)
    let twin = if relay.is_postgres() { relay.twin().0.store } else { store.clone() };
    let mut tasks = tokio::task::JoinSet::new();
    for iat in (20..60u64).rev() {
        let store = if iat % 2 == 0 { store.clone() } else { twin.clone() };
        tasks.spawn(async move { (iat, store.put_status_list(b, iat, format!("b{iat}").into_bytes()).await.unwrap()) });
    }
    let mut stored = Vec::new();
    while let Some(done) = tasks.join_next().await {
        let (iat, outcome) = done.unwrap();
        if outcome == PutStatusOutcome::Stored {
            stored.push(iat);
        }
    }
    assert!(stored.contains(&59), "{stored:?}");
    assert_eq!(store.status_list(b).await.unwrap().as_deref(), Some(&b"b59"[..]));
    assert_eq!(relay.count("SELECT COUNT(*) FROM status_lists"), 2);

    // Offices' lists are not a person's data: forgetting a holder with that key keeps them.
    store.forget_holder(a).await.unwrap();
    assert_eq!(store.status_list(a).await.unwrap().as_deref(), Some(&b"a11"[..]));
}
