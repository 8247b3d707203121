//! Several relay instances on one PostgreSQL database behave as one relay: open limits hold
//! across instances, a signed request replayed to another instance is refused, and one
//! sweeper runs at a time. These need `MAPPE_TEST_PG` (`./scripts/with-postgres`); without it
//! they say so and pass (SQLite is one process).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use axum::body::Body;
use axum::http::Request;
use common::*;
use tower::ServiceExt as _;

fn pg_relay(adjust: impl FnOnce(&mut sync_relay::Config)) -> Option<Relay> {
    if test_pg().is_none() {
        eprintln!("MAPPE_TEST_PG is not set: the multi-instance tests run only on PostgreSQL");
        return None;
    }
    let r = Relay::with(|c| {
        // The rate limits are per instance and would answer 429 long before the open limit.
        c.share_opens_per_minute = 0;
        c.rate_limit_per_minute = 0;
        adjust(c);
    });
    assert!(r.is_postgres());
    Some(r)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn max_opens_holds_across_two_instances_in_a_64_way_race() {
    let Some(r) = pg_relay(|_| {}) else { return };
    let (_state_b, app_b) = r.twin();
    let holder = keys(1);
    let sid = id(1);
    let mut up = Upload::new(r.now());
    up.max_opens = Some(3);
    assert_eq!(r.put_share(&holder, &sid, &up.body(&holder, &sid)).await.status, 201);
    let path = format!("/v1/shares/{sid}");
    let mut tasks = Vec::new();
    for i in 0..64 {
        let app = if i % 2 == 0 { r.app.clone() } else { app_b.clone() };
        let req = Request::builder().uri(&path).body(Body::empty()).unwrap();
        tasks.push(tokio::spawn(async move {
            let res = app.oneshot(req).await.unwrap();
            let status = res.status().as_u16();
            let body = http_body_util::BodyExt::collect(res.into_body()).await.unwrap().to_bytes();
            (i % 2, status, body)
        }));
    }
    let (mut ok, mut used_up, mut ok_per_instance) = (0, 0, [0, 0]);
    for t in tasks {
        let (instance, status, body) = t.await.unwrap();
        match status {
            200 => {
                ok += 1;
                ok_per_instance[instance] += 1;
            }
            410 => {
                let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
                assert_eq!(v["error"], "used_up", "{v}");
                used_up += 1;
            }
            other => panic!("unexpected {other}: {}", String::from_utf8_lossy(&body)),
        }
    }
    assert_eq!((ok, used_up), (3, 61), "opens per instance: {ok_per_instance:?}");
    assert_eq!(r.count("SELECT opens FROM shares"), 3);
    assert_eq!(r.count("SELECT COUNT(*) FROM access_log"), 3);
}

#[tokio::test]
async fn a_signed_request_replayed_to_another_instance_is_refused() {
    let Some(r) = pg_relay(|_| {}) else { return };
    let (_state_b, app_b) = r.twin();
    let holder = keys(1);
    let sid = id(2);
    assert_eq!(r.put_share(&holder, &sid, &Upload::new(r.now()).body(&holder, &sid)).await.status, 201);
    let path = format!("/v1/shares/{sid}/revoke");
    let (parts, _) = signed_request("POST", &path, b"{}".to_vec(), Some(&holder), r.now()).into_parts();
    let copy = || {
        let mut req = Request::builder().method("POST").uri(&path);
        for (name, value) in &parts.headers {
            req = req.header(name, value);
        }
        req.body(Body::from(b"{}".to_vec())).unwrap()
    };
    assert_eq!(r.raw(copy()).await.status, 200);
    // The same bytes to the second instance, which has never seen them itself.
    let res = app_b.clone().oneshot(copy()).await.unwrap();
    assert_eq!(res.status().as_u16(), 409);
    let body = http_body_util::BodyExt::collect(res.into_body()).await.unwrap().to_bytes();
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["error"], "replayed", "{v}");
    // Both signed requests (the upload, the revoke) are in the shared table.
    assert_eq!(r.count("SELECT COUNT(*) FROM seen_requests"), 2);
    // The sweeper forgets signatures once their time has left the skew window.
    r.advance(r.state.config.clock_skew + 1);
    let report = sync_relay::sweeper::sweep_once(&r.state).await.unwrap();
    assert!(!report.skipped);
    assert_eq!(r.count("SELECT COUNT(*) FROM seen_requests"), 0);
}

#[tokio::test]
async fn only_one_of_two_sweepers_runs_at_a_time() {
    let Some(r) = pg_relay(|_| {}) else { return };
    let (state_b, _app_b) = r.twin();
    let holder = keys(1);
    let n = 20u8;
    for i in 0..n {
        let mut up = Upload::new(r.now());
        up.expires_at = r.now() + 60;
        assert_eq!(r.put_share(&holder, &id(i), &up.body(&holder, &id(i))).await.status, 201);
    }
    r.advance(61);
    // A third party holds the sweeper lease (as a sweep in progress on a third instance would):
    // neither instance sweeps.
    let url = r.pg.as_ref().unwrap().2.clone();
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    client.execute("SELECT pg_advisory_lock($1, $2)", &[&0x6d61_7070_i32, &2_i32]).await.unwrap();
    let (a, b) = tokio::join!(sync_relay::sweeper::sweep_once(&r.state), sync_relay::sweeper::sweep_once(&state_b));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert!(a.skipped && b.skipped, "{a:?} {b:?}");
    assert_eq!(r.count("SELECT COUNT(*) FROM shares WHERE status = 'active'"), i64::from(n));
    assert_eq!(r.count("SELECT COUNT(*) FROM share_content"), i64::from(n));
    client.execute("SELECT pg_advisory_unlock($1, $2)", &[&0x6d61_7070_i32, &2_i32]).await.unwrap();
    // Released: two sweeps at once expire every share exactly once between them.
    let (a, b) = tokio::join!(sync_relay::sweeper::sweep_once(&r.state), sync_relay::sweeper::sweep_once(&state_b));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert!(!(a.skipped && b.skipped), "{a:?} {b:?}");
    assert_eq!(a.expired + b.expired, u64::from(n), "{a:?} {b:?}");
    assert_eq!(r.count("SELECT COUNT(*) FROM shares WHERE status = 'expired'"), i64::from(n));
    assert_eq!(r.count("SELECT COUNT(*) FROM share_content"), 0);
}
