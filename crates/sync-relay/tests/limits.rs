//! Rate limits and `/metrics` on a real `mappe-relay` process over HTTP on 127.0.0.1: a client
//! over its limit gets 429 while others are served, a share's opens cannot be used up faster
//! than the per-share rate, and `/metrics` counts both without naming a share or a key.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::process::{Answer, agent, error_code, get, signed, start};
use common::{Upload, id, keys};

/// The value of one sample line of the Prometheus text (`name{labels} value`).
fn sample(metrics: &str, name_and_labels: &[&str]) -> f64 {
    metrics
        .lines()
        .filter(|l| !l.starts_with('#'))
        .find(|l| name_and_labels.iter().all(|part| l.contains(part)))
        .and_then(|l| l.rsplit(' ').next())
        .map_or(0.0, |v| v.parse().unwrap())
}

#[test]
fn a_client_over_its_limit_gets_429_and_others_are_still_served() {
    // 60 a minute with bursts of 6; behind a proxy on 127.0.0.1 that names the clients.
    let relay = start(&["--rate-limit-per-minute", "60", "--trusted-proxies", "127.0.0.1"]);
    // Ten different unknown shares, so the per-share limit does not come into it.
    let unknown = |n: u8| format!("/v1/shares/{}", id(100 + n));
    let statuses: Vec<u16> = (0..10).map(|n| get(&relay.url, Some("198.51.100.7"), None, &unknown(n)).status).collect();
    assert_eq!(&statuses[..6], &[404; 6], "{statuses:?}");
    assert_eq!(&statuses[6..], &[429; 4], "{statuses:?}");
    let refused = get(&relay.url, Some("198.51.100.7"), None, &unknown(10));
    assert_eq!(refused.status, 429);
    assert_eq!(error_code(&refused.body), "rate_limited");
    let wait: u64 = refused.retry_after.expect("Retry-After").parse().unwrap();
    assert!((1..=2).contains(&wait), "Retry-After {wait}");

    // Another client is served at once; the limited one still gets the web apps' files.
    assert_eq!(get(&relay.url, Some("198.51.100.8"), None, &unknown(11)).status, 404);
    assert_eq!(get(&relay.url, Some("198.51.100.7"), None, "/healthz").status, 200);
    assert_eq!(get(&relay.url, Some("198.51.100.7"), None, "/app/").status, 200);

    let metrics = get(&relay.url, Some("198.51.100.9"), None, "/metrics");
    assert_eq!(metrics.status, 200);
    assert_eq!(sample(&metrics.body, &["mappe_rate_limited_total{", "limit=\"client\""]), 5.0, "{}", metrics.body);
    assert_eq!(
        sample(&metrics.body, &["mappe_http_requests_total{", "route=\"/v1/shares/{id}\"", "status=\"429\""]),
        5.0,
        "{}",
        metrics.body
    );
    assert!(!metrics.body.contains("198.51.100"), "an address in the metrics");
}

#[test]
fn a_share_cannot_be_opened_faster_than_its_rate_and_metrics_say_so() {
    let relay = start(&["--share-opens-per-minute", "10"]);
    let holder = keys(3);
    let sid = id(9);
    let path = format!("/v1/shares/{sid}");
    let mut upload = Upload::new(wallet_core::share::now());
    upload.max_opens = Some(10);
    let body = serde_json::to_vec(&upload.body(&holder, &sid)).unwrap();
    let mut put = agent().put(format!("{}{path}", relay.url));
    for (k, v) in signed(&holder, "PUT", &path, &body) {
        put = put.header(k, v);
    }
    assert_eq!(put.send(&body[..]).unwrap().status().as_u16(), 201);

    // Twenty openers at once: the burst of three gets through, the rest wait.
    let openers: Vec<_> = (0..20)
        .map(|_| {
            let (url, path) = (relay.url.clone(), path.clone());
            std::thread::spawn(move || get(&url, None, None, &path))
        })
        .collect();
    let answers: Vec<Answer> = openers.into_iter().map(|t| t.join().unwrap()).collect();
    let opened = answers.iter().filter(|a| a.status == 200).count();
    let limited: Vec<&Answer> = answers.iter().filter(|a| a.status == 429).collect();
    assert_eq!(opened, 3, "{:?}", answers.iter().map(|a| a.status).collect::<Vec<_>>());
    assert_eq!(limited.len(), 17);
    assert!(limited.iter().all(|a| error_code(&a.body) == "rate_limited" && a.retry_after.is_some()));

    // The refused opens were not counted: the holder's log has three.
    let log = get(&relay.url, None, Some(&holder), &format!("{path}/log"));
    assert_eq!(log.status, 200, "{}", log.body);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&log.body).unwrap()["opens"], 3, "{}", log.body);

    let metrics = get(&relay.url, None, None, "/metrics").body;
    assert_eq!(sample(&metrics, &["mappe_rate_limited_total{", "limit=\"share_opens\""]), 17.0, "{metrics}");
    assert_eq!(sample(&metrics, &["mappe_share_opens_total{", "outcome=\"opened\""]), 3.0, "{metrics}");
    assert_eq!(sample(&metrics, &["mappe_shares{", "status=\"active\""]), 1.0, "{metrics}");
    assert!(sample(&metrics, &["mappe_stored_bytes"]) > 0.0, "{metrics}");
    // The upload and three opens were written, some of them in one group commit.
    assert!(sample(&metrics, &["mappe_db_batch_size_sum"]) >= 4.0, "{metrics}");
    assert!(sample(&metrics, &["mappe_db_commit_seconds_count"]) >= 1.0, "{metrics}");
    assert!(metrics.contains("route=\"/v1/shares/{id}\""), "{metrics}");
    assert!(!metrics.contains(&sid.to_string()), "a share id in the metrics");
    assert!(!metrics.contains(&hex::encode(holder.identity().public())), "a key in the metrics");
}

#[test]
fn uploads_stop_at_the_storage_cap_while_opens_and_revocations_go_on() {
    let relay = start(&["--max-storage-bytes", "1"]);
    let holder = keys(4);
    let sid = id(10);
    let path = format!("/v1/shares/{sid}");
    let body = serde_json::to_vec(&Upload::new(wallet_core::share::now()).body(&holder, &sid)).unwrap();
    let mut put = agent().put(format!("{}{path}", relay.url));
    for (k, v) in signed(&holder, "PUT", &path, &body) {
        put = put.header(k, v);
    }
    let mut res = put.send(&body[..]).unwrap();
    assert_eq!(res.status().as_u16(), 507);
    assert_eq!(error_code(&res.body_mut().read_to_string().unwrap()), "storage_full");
    // Nothing was stored, and the rest of the API still answers.
    assert_eq!(get(&relay.url, None, None, &path).status, 404);
    let revoke = format!("{path}/revoke");
    let mut post = agent().post(format!("{}{revoke}", relay.url));
    for (k, v) in signed(&holder, "POST", &revoke, b"") {
        post = post.header(k, v);
    }
    assert_eq!(post.send(&b""[..]).unwrap().status().as_u16(), 200, "a revocation is never refused for space");
}
