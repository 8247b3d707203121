//! The HTTP API in-process (`oneshot` on `create_app`), over a real SQLite file, with real
//! keys, signed requests and owner signatures from wallet-core.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use axum::body::Body;
use axum::http::Request;
use common::*;
use serde_json::json;
use wallet_core::crypto::{Domain, sha256};
use wallet_core::share::request::{request_message, sign_request};

#[tokio::test]
async fn healthz_and_unknown_routes() {
    let r = Relay::new();
    let res = r.get("/healthz").await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json(), json!({"status": "ok"}));
    r.get("/nope").await.assert_error(404, "not_found");
    r.send("DELETE", "/healthz", vec![], None).await.assert_error(405, "method_not_allowed");
}

#[tokio::test]
async fn create_open_update_bearer_share() {
    let r = Relay::new();
    let holder = keys(1);
    let sid = id(1);
    let up = Upload::new(r.now());
    let res = r.put_share(&holder, &sid, &up.body(&holder, &sid)).await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.json(), json!({"share_id": sid.to_string(), "revision": 1, "status": "active"}));

    let res = r.get(&format!("/v1/shares/{sid}")).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.headers["cache-control"], "no-store");
    let v = res.json();
    assert_eq!(unb64(v["ciphertext"].as_str().unwrap()), up.ciphertext);
    assert_eq!(v["share_id"], sid.to_string());
    assert_eq!(v["revision"], 1);
    assert_eq!(v["opens"], 1);
    assert_eq!(v["wrapped_key"], json!(null));
    assert_eq!(v["blob_token"], json!(null));
    assert_eq!(v["blobs"], json!([]));
    assert_eq!(v["max_opens"], json!(null));
    assert_eq!(v["expires_at"], up.expires_at);
    assert_eq!(r.get(&format!("/v1/shares/{sid}")).await.json()["opens"], 2);

    // A newer revision replaces the content (200), the same or older one conflicts.
    let mut up2 = up.clone();
    up2.revision = 2;
    up2.ciphertext = b"second revision".to_vec();
    let res = r.put_share(&holder, &sid, &up2.body(&holder, &sid)).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["revision"], 2);
    let v = r.get(&format!("/v1/shares/{sid}")).await.json();
    assert_eq!(unb64(v["ciphertext"].as_str().unwrap()), b"second revision");
    assert_eq!(v["revision"], 2);
    assert_eq!(v["opens"], 3);
    // (A new second, so the request signature is new and not a replay.)
    r.advance(1);
    r.put_share(&holder, &sid, &up2.body(&holder, &sid)).await.assert_error(409, "conflict");
    let mut old = up.clone();
    old.revision = 1;
    r.put_share(&holder, &sid, &old.body(&holder, &sid)).await.assert_error(409, "conflict");
}

#[tokio::test]
async fn share_ids_must_be_22_base64url_chars() {
    let r = Relay::new();
    r.get("/v1/shares/short").await.assert_error(400, "bad_request");
    r.get("/v1/shares/AAAAAAAAAAAAAAAAAAAAA*").await.assert_error(400, "bad_request");
    r.get("/v1/shares/AAAAAAAAAAAAAAAAAAAAAAAA").await.assert_error(400, "bad_request");
    let holder = keys(1);
    r.send("POST", "/v1/shares/xyz/revoke", vec![], Some(&holder)).await.assert_error(400, "bad_request");
    // Well-formed but unknown.
    r.get(&format!("/v1/shares/{}", id(9))).await.assert_error(404, "not_found");
}

#[tokio::test]
async fn upload_checks_signature_owner_signature_and_limits() {
    let r = Relay::new();
    let holder = keys(1);
    let other = keys(2);
    let sid = id(1);
    let path = format!("/v1/shares/{sid}");
    let up = Upload::new(r.now());
    let body = serde_json::to_vec(&up.body(&holder, &sid)).unwrap();

    // Unsigned.
    r.send("PUT", &path, body.clone(), None).await.assert_error(401, "unauthorized");
    // Signed by a key that is not the declared holder.
    r.send("PUT", &path, body.clone(), Some(&other)).await.assert_error(403, "forbidden");
    // Owner signature by another key (but request signed by the declared holder).
    let mut forged = up.body(&other, &sid);
    forged["holder"] = json!(hex::encode(holder.identity().public()));
    let res = r.put_share(&holder, &sid, &forged).await;
    res.assert_error(403, "forbidden");
    assert!(res.json()["message"].as_str().unwrap().contains("owner signature does not verify"));
    // Owner signature for another share id.
    r.put_share(&holder, &sid, &up.body(&holder, &id(2))).await.assert_error(403, "forbidden");
    // Tampered field after signing.
    let mut tampered = up.body(&holder, &sid);
    tampered["max_opens"] = json!(5);
    r.put_share(&holder, &sid, &tampered).await.assert_error(403, "forbidden");
    // Version.
    let mut v2 = up.body(&holder, &sid);
    v2["v"] = json!(2);
    r.put_share(&holder, &sid, &v2).await.assert_error(400, "bad_request");
    // Not JSON / wrong shape.
    r.send("PUT", &path, b"not json".to_vec(), Some(&holder)).await.assert_error(400, "bad_request");
    // Expiry in the past and too far ahead.
    let mut past = up.clone();
    past.expires_at = r.now();
    r.put_share(&holder, &sid, &past.body(&holder, &sid)).await.assert_error(400, "bad_request");
    let mut far = up.clone();
    far.expires_at = r.now() + 367 * 86_400;
    r.put_share(&holder, &sid, &far.body(&holder, &sid)).await.assert_error(400, "bad_request");
    // Too many blobs, a blob over the limit.
    let mut many = up.clone();
    many.blobs = (0..17u8).map(|i| blob_of(&[i])).collect();
    r.put_share(&holder, &sid, &many.body(&holder, &sid)).await.assert_error(400, "bad_request");
    let mut huge = up.clone();
    huge.blobs = vec![wallet_core::share::SharedBlob { size: 40 * 1024 * 1024 + 1, sha256: [0; 32] }];
    r.put_share(&holder, &sid, &huge.body(&holder, &sid)).await.assert_error(413, "too_large");
    // Nothing of the above created the share.
    r.get(&path).await.assert_error(404, "not_found");
    // Another holder cannot take over an existing id.
    assert_eq!(r.put_share(&holder, &sid, &up.body(&holder, &sid)).await.status, 201);
    let mut theirs = up.clone();
    theirs.revision = 5;
    r.put_share(&other, &sid, &theirs.body(&other, &sid)).await.assert_error(403, "forbidden");
}

#[tokio::test]
async fn stale_replayed_and_cross_domain_signatures_are_refused() {
    let r = Relay::new();
    let holder = keys(1);
    let sid = id(1);
    let path = format!("/v1/shares/{sid}");
    let body = serde_json::to_vec(&Upload::new(r.now()).body(&holder, &sid)).unwrap();

    // Signed 301 s in the past (skew 300).
    let req = signed_request("PUT", &path, body.clone(), Some(&holder), r.now() - 301);
    r.raw(req).await.assert_error(401, "stale_request");
    let req = signed_request("PUT", &path, body.clone(), Some(&holder), r.now() + 301);
    r.raw(req).await.assert_error(401, "stale_request");

    // A signature made for another purpose over the same message.
    let t = r.now();
    let msg = request_message("PUT", &path, t, "bm9uY2Vub25jZW5vbmNl", &sha256(&body));
    let manifest_sig = holder.identity().sign(Domain::ShareManifest, &msg);
    let req = Request::builder()
        .method("PUT")
        .uri(&path)
        .header("mappe-key", b64(&holder.identity().public()))
        .header("mappe-time", t.to_string())
        .header("mappe-nonce", "bm9uY2Vub25jZW5vbmNl")
        .header("mappe-signature", b64(&manifest_sig))
        .body(Body::from(body.clone()))
        .unwrap();
    r.raw(req).await.assert_error(401, "unauthorized");

    // Signed for another path or another body.
    let h = sign_request(holder.identity(), "PUT", "/v1/shares/other", t, &sha256(&body));
    let req = Request::builder()
        .method("PUT")
        .uri(&path)
        .header("mappe-key", h.key)
        .header("mappe-time", h.time)
        .header("mappe-nonce", h.nonce)
        .header("mappe-signature", h.signature)
        .body(Body::from(body.clone()))
        .unwrap();
    r.raw(req).await.assert_error(401, "unauthorized");
    // Malformed headers.
    let req = Request::builder()
        .method("PUT")
        .uri(&path)
        .header("mappe-key", "!!!")
        .header("mappe-time", "x")
        .header("mappe-signature", "y")
        .body(Body::from(body.clone()))
        .unwrap();
    r.raw(req).await.assert_error(401, "unauthorized");

    // The same signed request twice: the second is a replay, even though it is valid.
    let first = signed_request("PUT", &path, body.clone(), Some(&holder), r.now());
    let (parts, b) = first.into_parts();
    let mut again = Request::builder().method("PUT").uri(&path);
    for (k, v) in &parts.headers {
        again = again.header(k, v);
    }
    assert_eq!(r.raw(Request::from_parts(parts, b)).await.status, 201);
    r.raw(again.body(Body::from(body)).unwrap()).await.assert_error(409, "replayed");
}

#[tokio::test]
async fn oversized_bodies_get_413_with_json() {
    let r = Relay::with(|c| {
        c.max_body = 4096;
        c.max_blob = 8192;
    });
    let holder = keys(1);
    let sid = id(1);
    let big = vec![b'x'; 4097];
    r.send("PUT", &format!("/v1/shares/{sid}"), big, Some(&holder)).await.assert_error(413, "too_large");
    // Unsigned: refused on its headers, before a byte of the body is read.
    r.send("PUT", &format!("/v1/shares/{sid}"), vec![b'x'; 10_000], None).await.assert_error(401, "unauthorized");
    // Blob route: its own, larger limit.
    let data = vec![7u8; 8193];
    r.send("PUT", &format!("/v1/shares/{sid}/blobs/0"), data, Some(&holder)).await.assert_error(413, "too_large");
}

#[tokio::test]
async fn max_opens_reached_is_used_up() {
    let r = Relay::new();
    let holder = keys(1);
    let sid = id(1);
    let mut up = Upload::new(r.now());
    up.max_opens = Some(2);
    assert_eq!(r.put_share(&holder, &sid, &up.body(&holder, &sid)).await.status, 201);
    let path = format!("/v1/shares/{sid}");
    assert_eq!(r.get(&path).await.json()["opens"], 1);
    let v = r.get(&path).await.json();
    assert_eq!(v["opens"], 2);
    assert_eq!(v["max_opens"], 2);
    r.get(&path).await.assert_error(410, "used_up");
    // The refused open was not counted.
    let log = r.send("GET", &format!("{path}/log"), vec![], Some(&holder)).await.json();
    assert_eq!(log["opens"], 2);
    assert_eq!(log["log"].as_array().unwrap().len(), 2);
    // max_opens 0 is refused at upload (it would be ambiguous with "no limit").
    let mut zero = Upload::new(r.now());
    zero.max_opens = Some(0);
    r.put_share(&holder, &id(2), &zero.body(&holder, &id(2))).await.assert_error(400, "bad_request");
}

#[tokio::test]
async fn expired_share_is_gone_and_swept() {
    let r = Relay::new();
    let holder = keys(1);
    let sid = id(1);
    let mut up = Upload::new(r.now());
    up.expires_at = r.now() + 60;
    assert_eq!(r.put_share(&holder, &sid, &up.body(&holder, &sid)).await.status, 201);
    let path = format!("/v1/shares/{sid}");
    assert_eq!(r.get(&path).await.status, 200);
    r.advance(60);
    r.get(&path).await.assert_error(410, "expired");
    // Still in the database until the sweeper runs.
    let content = |r: &Relay| -> i64 { r.count("SELECT COUNT(*) FROM share_content") };
    assert_eq!(content(&r), 1);
    let report = sync_relay::sweeper::sweep_once(&r.state).await.unwrap();
    assert_eq!(report.expired, 1);
    let status = r.text("SELECT status FROM shares");
    assert_eq!(status, "expired");
    assert_eq!(content(&r), 0);
    r.get(&path).await.assert_error(410, "expired");
    // The log still works for the holder.
    let log = r.send("GET", &format!("{path}/log"), vec![], Some(&holder)).await;
    assert_eq!(log.status, 200);
    assert_eq!(log.json()["status"], "expired");
    assert_eq!(log.json()["opens"], 1);
    // The id can never be reused.
    let mut again = Upload::new(r.now());
    again.revision = 2;
    r.put_share(&holder, &sid, &again.body(&holder, &sid)).await.assert_error(410, "revoked");
}

#[tokio::test]
async fn used_up_share_is_swept_after_the_grace_period() {
    let r = Relay::new();
    let holder = keys(1);
    let sid = id(1);
    let mut up = Upload::new(r.now());
    up.max_opens = Some(1);
    r.put_share(&holder, &sid, &up.body(&holder, &sid)).await;
    assert_eq!(r.get(&format!("/v1/shares/{sid}")).await.status, 200);
    r.advance(599);
    assert_eq!(sync_relay::sweeper::sweep_once(&r.state).await.unwrap().used_up, 0);
    r.advance(2);
    assert_eq!(sync_relay::sweeper::sweep_once(&r.state).await.unwrap().used_up, 1);
    let n = r.count("SELECT COUNT(*) FROM share_content");
    assert_eq!(n, 0);
    r.get(&format!("/v1/shares/{sid}")).await.assert_error(410, "used_up");
}

fn file_contains(path: &std::path::Path, needle: &[u8]) -> bool {
    match std::fs::read(path) {
        Ok(bytes) => bytes.windows(needle.len()).any(|w| w == needle),
        Err(_) => false,
    }
}

#[tokio::test]
async fn revoke_deletes_content_keeps_tombstone() {
    let r = Relay::new();
    let holder = keys(1);
    let other = keys(2);
    let sid = id(1);
    let path = format!("/v1/shares/{sid}");
    let blob = b"BLOB-MARKER-abcdefghijklmnopqrstuvwxyz".to_vec();
    let mut up = Upload::new(r.now());
    up.blobs = vec![blob_of(&blob)];
    r.put_share(&holder, &sid, &up.body(&holder, &sid)).await;
    let res = r.send("PUT", &format!("{path}/blobs/0"), blob.clone(), Some(&holder)).await;
    assert_eq!(res.status, 201);
    let v = r.get(&path).await.json();
    let token = v["blob_token"].as_str().unwrap().to_owned();

    // Another key: 403, and nothing changes.
    r.send("POST", &format!("{path}/revoke"), vec![], Some(&other)).await.assert_error(403, "forbidden");
    assert_eq!(r.get(&path).await.status, 200);
    // Unsigned: 401.
    r.send("POST", &format!("{path}/revoke"), vec![], None).await.assert_error(401, "unauthorized");
    // Unknown id (a relay restored from an older backup): kept as a tombstone, so an upload of
    // that id from an older copy of the wallet is refused, and opening it says revoked.
    let unknown = format!("/v1/shares/{}", id(7));
    let res = r.send("POST", &format!("{unknown}/revoke"), b"{}".to_vec(), Some(&holder)).await;
    assert_eq!(res.status, 200);
    r.get(&unknown).await.assert_error(410, "revoked");
    r.put_share(&holder, &id(7), &Upload::new(r.now()).body(&holder, &id(7))).await.assert_error(410, "revoked");
    r.send("POST", &format!("{unknown}/revoke"), b"{}".to_vec(), Some(&other)).await.assert_error(403, "forbidden");
    // A body other than {} is refused.
    r.send("POST", &format!("{path}/revoke"), b"{\"x\":1}".to_vec(), Some(&holder))
        .await
        .assert_error(400, "bad_request");

    let res = r.send("POST", &format!("{path}/revoke"), b"{}".to_vec(), Some(&holder)).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json(), json!({"share_id": sid.to_string(), "status": "revoked"}));
    r.get(&path).await.assert_error(410, "revoked");
    r.get(&format!("{path}/blobs/0?token={token}")).await.assert_error(410, "revoked");

    // Gone from the database: columns, blob rows, tokens; the access log stays.
    assert_eq!(r.text("SELECT status FROM shares WHERE revision > 0"), "revoked");
    assert!(r.bytes("SELECT blob_list FROM shares WHERE revision > 0").is_none());
    assert_eq!(r.count("SELECT revoked_at FROM shares WHERE revision > 0"), r.now() as i64);
    assert_eq!(r.count("SELECT COUNT(*) FROM share_content"), 0);
    assert_eq!(r.count("SELECT COUNT(*) FROM blobs"), 0);
    assert_eq!(r.count("SELECT COUNT(*) FROM blob_tokens"), 0);
    assert_eq!(r.count("SELECT COUNT(*) FROM access_log"), 2);
    if r.is_postgres() {
        // PostgreSQL has no secure_delete: the deleted rows stay in its data files until VACUUM
        // reuses the space (docs/threat-model.md), so there are no files to check here.
        return;
    }
    // And the bytes are not left in free pages or old WAL frames.
    let wal = r.db.with_extension("sqlite-wal");
    for f in [&r.db, &wal] {
        assert!(!file_contains(f, &up.ciphertext), "ciphertext in {f:?}");
        assert!(!file_contains(f, &blob), "blob in {f:?}");
    }

    // Revoking again: 200. Re-uploading the id: 410 revoked, even with a newer revision.
    let res = r.send("POST", &format!("{path}/revoke"), vec![], Some(&holder)).await;
    assert_eq!(res.status, 200);
    let mut again = Upload::new(r.now());
    again.revision = 9;
    r.put_share(&holder, &sid, &again.body(&holder, &sid)).await.assert_error(410, "revoked");
    // The log still answers.
    let log = r.send("GET", &format!("{path}/log"), vec![], Some(&holder)).await.json();
    assert_eq!(log["status"], "revoked");
    assert_eq!(log["log"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn addressed_share_needs_the_audience_signature() {
    let r = Relay::new();
    let holder = keys(1);
    let agency = keys(3);
    let stranger = keys(4);
    let sid = id(1);
    let path = format!("/v1/shares/{sid}");
    let mut up = Upload::new(r.now());
    up.audience = Some(agency.identity().public());
    up.wrapped_key = Some(vec![0xAB; 80]);
    assert_eq!(r.put_share(&holder, &sid, &up.body(&holder, &sid)).await.status, 201);

    r.get(&path).await.assert_error(401, "audience_required");
    r.send("GET", &path, vec![], Some(&stranger)).await.assert_error(403, "forbidden");
    let res = r.send("GET", &path, vec![], Some(&agency)).await;
    assert_eq!(res.status, 200);
    let v = res.json();
    assert_eq!(unb64(v["wrapped_key"].as_str().unwrap()), vec![0xAB; 80]);
    assert_eq!(v["opens"], 1);

    r.advance(5);
    let res = r.send("GET", &path, vec![], Some(&agency)).await;
    assert_eq!(res.json()["opens"], 2);

    let log = r.send("GET", &format!("{path}/log"), vec![], Some(&holder)).await;
    assert_eq!(log.status, 200);
    let v = log.json();
    let agency_hex = hex::encode(agency.identity().public());
    assert_eq!(
        v["log"],
        json!([
            {"at": T0, "agency": agency_hex},
            {"at": T0 + 5, "agency": agency_hex},
        ])
    );
    assert_eq!(v["opens"], 2);
    assert_eq!(v["status"], "active");
}

#[tokio::test]
async fn access_log_lists_opens_for_the_holder_only() {
    let r = Relay::new();
    let holder = keys(1);
    let sid = id(1);
    let path = format!("/v1/shares/{sid}");
    let up = Upload::new(r.now());
    r.put_share(&holder, &sid, &up.body(&holder, &sid)).await;
    r.get(&path).await;
    r.advance(100);
    r.get(&path).await;
    let res = r.send("GET", &format!("{path}/log"), vec![], Some(&holder)).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.headers["cache-control"], "no-store");
    assert_eq!(
        res.json(),
        json!({
            "share_id": sid.to_string(),
            "status": "active",
            "revision": 1,
            "expires_at": up.expires_at,
            "max_opens": null,
            "opens": 2,
            "log": [{"at": T0, "agency": null}, {"at": T0 + 100, "agency": null}],
            "earlier": 0,
        })
    );
    r.send("GET", &format!("{path}/log"), vec![], Some(&keys(2))).await.assert_error(403, "forbidden");
    r.get(&format!("{path}/log")).await.assert_error(401, "unauthorized");
    r.send("GET", &format!("/v1/shares/{}/log", id(8)), vec![], Some(&holder)).await.assert_error(404, "not_found");
}

#[tokio::test]
async fn blobs_upload_checks_and_download_needs_token() {
    let r = Relay::new();
    let holder = keys(1);
    let sid = id(1);
    let path = format!("/v1/shares/{sid}");
    let b0 = vec![1u8; 3000];
    let b1 = vec![2u8; 10];
    let mut up = Upload::new(r.now());
    up.blobs = vec![blob_of(&b0), blob_of(&b1)];
    let res = r.put_share(&holder, &sid, &up.body(&holder, &sid)).await;
    assert_eq!(res.status, 201);
    assert_eq!(res.json()["status"], "pending");
    // Pending: not visible.
    r.get(&path).await.assert_error(404, "not_found");

    // Wrong hash, wrong size, no such blob, wrong key, unsigned.
    let mut wrong = b0.clone();
    wrong[0] = 9;
    let res = r.send("PUT", &format!("{path}/blobs/0"), wrong, Some(&holder)).await;
    res.assert_error(400, "bad_request");
    assert!(res.json()["message"].as_str().unwrap().contains("SHA-256"));
    r.send("PUT", &format!("{path}/blobs/0"), b1.clone(), Some(&holder)).await.assert_error(400, "bad_request");
    r.send("PUT", &format!("{path}/blobs/2"), b1.clone(), Some(&holder)).await.assert_error(400, "bad_request");
    r.send("PUT", &format!("{path}/blobs/x"), b1.clone(), Some(&holder)).await.assert_error(400, "bad_request");
    r.send("PUT", &format!("{path}/blobs/1"), b1.clone(), Some(&keys(2))).await.assert_error(403, "forbidden");
    r.send("PUT", &format!("{path}/blobs/1"), b1.clone(), None).await.assert_error(401, "unauthorized");

    let res = r.send("PUT", &format!("{path}/blobs/0"), b0.clone(), Some(&holder)).await;
    assert_eq!(res.status, 201);
    assert_eq!(res.json(), json!({"share_id": sid.to_string(), "blob": 0, "status": "pending"}));
    let res = r.send("PUT", &format!("{path}/blobs/1"), b1.clone(), Some(&holder)).await;
    assert_eq!(res.json()["status"], "active");

    let v = r.get(&path).await.json();
    assert_eq!(
        v["blobs"],
        json!([
            {"n": 0, "size": 3000, "sha256": hex::encode(sha256(&b0))},
            {"n": 1, "size": 10, "sha256": hex::encode(sha256(&b1))},
        ])
    );
    let token = v["blob_token"].as_str().unwrap().to_owned();
    assert_eq!(unb64(&token).len(), 32);
    // The token itself is not stored, only its hash.
    let stored = r.bytes("SELECT token_hash FROM blob_tokens").unwrap();
    assert_eq!(stored, sha256(&unb64(&token)));

    r.get(&format!("{path}/blobs/0")).await.assert_error(401, "unauthorized");
    r.get(&format!("{path}/blobs/0?token={}", b64(&[0u8; 32]))).await.assert_error(401, "unauthorized");
    r.get(&format!("{path}/blobs/0?token=short")).await.assert_error(401, "unauthorized");
    let res = r.get(&format!("{path}/blobs/0?token={token}")).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.headers["content-type"], "application/octet-stream");
    assert_eq!(res.headers["cache-control"], "no-store");
    assert_eq!(res.body, b0);
    let res = r.get(&format!("{path}/blobs/1?token={token}")).await;
    assert_eq!(res.body, b1);
    r.get(&format!("{path}/blobs/5?token={token}")).await.assert_error(404, "not_found");
    // Blob downloads do not count as opens.
    let log = r.send("GET", &format!("{path}/log"), vec![], Some(&holder)).await.json();
    assert_eq!(log["opens"], 1);
    // A token of another share does not work here.
    // Tokens expire after 10 minutes.
    r.advance(601);
    r.get(&format!("{path}/blobs/0?token={token}")).await.assert_error(401, "unauthorized");

    // A new revision replaces the blob list and deletes the old blobs.
    let mut up2 = up.clone();
    up2.revision = 2;
    up2.blobs = vec![blob_of(b"new")];
    let res = r.put_share(&holder, &sid, &up2.body(&holder, &sid)).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["status"], "pending");
    let n = r.count("SELECT COUNT(*) FROM blobs");
    assert_eq!(n, 0);
}

#[tokio::test]
async fn holder_share_limit() {
    let r = Relay::with(|c| c.max_shares_per_holder = 2);
    let holder = keys(1);
    for n in 1..=2 {
        let up = Upload::new(r.now());
        assert_eq!(r.put_share(&holder, &id(n), &up.body(&holder, &id(n))).await.status, 201);
    }
    let up = Upload::new(r.now());
    r.put_share(&holder, &id(3), &up.body(&holder, &id(3))).await.assert_error(429, "too_many_shares");
    // Another holder is not affected; revoking frees a place.
    let other = keys(2);
    assert_eq!(r.put_share(&other, &id(4), &up.body(&other, &id(4))).await.status, 201);
    r.send("POST", &format!("/v1/shares/{}/revoke", id(1)), vec![], Some(&holder)).await;
    r.advance(1);
    assert_eq!(r.put_share(&holder, &id(3), &up.body(&holder, &id(3))).await.status, 201);
}

#[tokio::test]
async fn request_log_has_headers_and_redacts_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("requests.log");
    let lp = log_path.clone();
    let r = Relay::with(move |c| c.request_log = Some(lp));
    let holder = keys(1);
    let sid = id(1);
    let mut up = Upload::new(r.now());
    up.blobs = vec![blob_of(b"abc")];
    r.put_share(&holder, &sid, &up.body(&holder, &sid)).await;
    r.send("PUT", &format!("/v1/shares/{sid}/blobs/0"), b"abc".to_vec(), Some(&holder)).await;
    let token = r.get(&format!("/v1/shares/{sid}")).await.json()["blob_token"].as_str().unwrap().to_owned();
    let res = r.get(&format!("/v1/shares/{sid}/blobs/0?token={token}&x=1")).await;
    assert_eq!(res.status, 200);

    let mut text = String::new();
    for _ in 0..100 {
        text = std::fs::read_to_string(&log_path).unwrap_or_default();
        if text.lines().count() >= 4 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(!text.contains(&token), "the token leaked into the request log");
    assert_eq!(lines[0]["method"], "PUT");
    assert_eq!(lines[0]["status"], 201);
    assert!(lines[0]["body_len"].as_u64().unwrap() > 100);
    let names: Vec<&str> = lines[0]["headers"].as_array().unwrap().iter().map(|h| h[0].as_str().unwrap()).collect();
    assert!(names.contains(&"mappe-signature"), "{names:?}");
    assert_eq!(lines[3]["path"], format!("/v1/shares/{sid}/blobs/0?token=[redacted]&x=1"));
    assert_eq!(lines[3]["status"], 200);
}

#[test]
fn redaction() {
    assert_eq!(sync_relay::http::redact_path("/a?token=abc"), "/a?token=[redacted]");
    assert_eq!(sync_relay::http::redact_path("/a"), "/a");
    assert_eq!(sync_relay::http::redact_path("/a?b=1&TOKEN=x&tok%65n=y"), "/a?b=1&TOKEN=[redacted]&tok%65n=[redacted]");
}

#[tokio::test]
async fn a_new_revision_leaves_no_trace_of_the_old_one_in_the_database_or_its_wal() {
    let r = Relay::new();
    let holder = keys(1);
    let sid = id(3);
    let path = format!("/v1/shares/{sid}");
    let old_blob = b"OLD-REVISION-BLOB-MARKER-0123456789abcdef".to_vec();
    let mut up = Upload::new(r.now());
    up.ciphertext = b"OLD-REVISION-CIPHERTEXT-MARKER-0123456789".to_vec();
    up.blobs = vec![blob_of(&old_blob)];
    r.put_share(&holder, &sid, &up.body(&holder, &sid)).await;
    assert_eq!(r.send("PUT", &format!("{path}/blobs/0"), old_blob.clone(), Some(&holder)).await.status, 201);
    let mut next = Upload::new(r.now());
    next.revision = 2;
    next.ciphertext = b"NEW-REVISION-CIPHERTEXT-MARKER-987654321".to_vec();
    assert_eq!(r.put_share(&holder, &sid, &next.body(&holder, &sid)).await.status, 200);
    assert_eq!(unb64(r.get(&path).await.json()["ciphertext"].as_str().unwrap()), next.ciphertext);
    let wal = r.db.with_extension("sqlite-wal");
    for f in [&r.db, &wal] {
        assert!(!file_contains(f, &up.ciphertext), "the old revision's ciphertext is still in {f:?}");
        assert!(!file_contains(f, &old_blob), "the old revision's scan is still in {f:?}");
    }
}

#[cfg(unix)]
#[tokio::test]
async fn the_database_is_readable_by_the_relay_user_only() {
    use std::os::unix::fs::PermissionsExt as _;
    let r = Relay::new();
    let holder = keys(1);
    r.put_share(&holder, &id(4), &Upload::new(r.now()).body(&holder, &id(4))).await;
    for f in [r.db.clone(), r.db.with_extension("sqlite-wal"), r.db.with_extension("sqlite-shm")] {
        if let Ok(meta) = std::fs::metadata(&f) {
            assert_eq!(meta.permissions().mode() & 0o077, 0, "{f:?} is readable by others");
        }
    }
}

#[tokio::test]
async fn head_is_refused_on_the_api_and_does_not_count_as_an_open() {
    let r = Relay::new();
    let holder = keys(1);
    let sid = id(5);
    let path = format!("/v1/shares/{sid}");
    let mut up = Upload::new(r.now());
    up.max_opens = Some(2);
    r.put_share(&holder, &sid, &up.body(&holder, &sid)).await;
    for _ in 0..3 {
        let res = r.send("HEAD", &path, vec![], None).await;
        assert_eq!(res.status, 405);
    }
    let v = r.get(&path).await.json();
    assert_eq!(v["opens"], 1, "HEAD requests were counted as opens");
}

#[tokio::test]
async fn a_flooded_access_log_stays_bounded_and_tells_the_holder_the_truth() {
    let r = Relay::new();
    let holder = keys(1);
    let sid = id(6);
    let path = format!("/v1/shares/{sid}");
    r.put_share(&holder, &sid, &Upload::new(r.now()).body(&holder, &sid)).await;
    let opens = 1_250u32;
    for _ in 0..opens {
        assert_eq!(r.get(&path).await.status, 200);
    }
    let res = r.send("GET", &format!("{path}/log"), vec![], Some(&holder)).await;
    assert_eq!(res.status, 200);
    assert!(res.body.len() < 16 * 1024, "the answer grows with the flood: {} bytes", res.body.len());
    let log = res.json();
    assert_eq!(log["status"], "active");
    assert_eq!(log["opens"], opens);
    assert_eq!(log["log"].as_array().unwrap().len(), 100);
    assert_eq!(log["earlier"], opens - 100);
    let kept = r.count("SELECT COUNT(*) FROM access_log");
    assert_eq!(kept, 1000, "the relay keeps at most 1000 rows per share");
}
