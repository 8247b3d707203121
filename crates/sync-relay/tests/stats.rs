//! The aggregate counts (`GET /v1/stats`, `mappe-relay --stats`): shares created, first opened
//! and revoked per completed month and kind of office; a count below the threshold never
//! appears, the running month never appears, and nothing names a share or a key.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::process::relay_command;
use common::*;
use serde_json::Value;
use std::sync::atomic::Ordering;
use wallet_core::keys::WalletKeys;
use wallet_core::share::ShareId;

/// 2024-03-15 00:00 UTC: the month counted.
const MARCH: u64 = 1_710_460_800;
/// 2024-04-15 00:00 UTC: the running month when the figures are read.
const APRIL: u64 = 1_713_052_800;

struct World {
    r: Relay,
    holder: WalletKeys,
    jobcenter: WalletKeys,
    sozialamt: WalletKeys,
    counselling: WalletKeys,
    ids: Vec<ShareId>,
}

impl World {
    async fn create(&mut self, n: u8, to: Option<(&WalletKeys, Option<&str>)>) {
        let share = id(n);
        let mut up = Upload::new(self.r.now());
        // Still open in April.
        up.expires_at = self.r.now() + 60 * 86_400;
        up.audience = to.map(|(k, _)| k.identity().public());
        up.recipient_kind = to.and_then(|(_, kind)| kind.map(String::from));
        let res = self.r.put_share(&self.holder, &share, &up.body(&self.holder, &share)).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        self.ids.push(share);
    }

    async fn open(&self, n: u8, by: Option<&WalletKeys>) {
        let res = self.r.send("GET", &format!("/v1/shares/{}", id(n)), Vec::new(), by).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    }

    async fn revoke(&self, n: u8) {
        let res =
            self.r.send("POST", &format!("/v1/shares/{}/revoke", id(n)), b"{}".to_vec(), Some(&self.holder)).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    }

    /// Everything that must never appear in a published figure: share ids and keys.
    fn secrets(&self) -> Vec<String> {
        let mut out: Vec<String> = self.ids.iter().map(ToString::to_string).collect();
        for k in [&self.holder, &self.jobcenter, &self.sozialamt, &self.counselling] {
            out.push(hex::encode(k.identity().public()));
            out.push(b64(&k.identity().public()));
        }
        out
    }
}

/// March: 7 shares to the Jobcenter (6 opened, 2 revoked), 2 to the Sozialamt (both opened, 1
/// revoked), 5 bearer links (1 opened), 4 to a counselling service, 5 addressed without a kind;
/// plus what must not count. April (running): 6 more to the Jobcenter, a March share opened.
async fn world() -> World {
    let r = Relay::new();
    r.clock.store(MARCH, Ordering::SeqCst);
    let mut w =
        World { r, holder: keys(1), jobcenter: keys(50), sozialamt: keys(51), counselling: keys(52), ids: Vec::new() };
    let (jc, sa, co) = (keys(50), keys(51), keys(52));
    for n in 1..=7 {
        w.create(n, Some((&jc, Some("jobcenter")))).await;
    }
    for n in 8..=9 {
        w.create(n, Some((&sa, Some("sozialamt")))).await;
    }
    for n in 10..=14 {
        w.create(n, None).await;
    }
    for n in 15..=18 {
        w.create(n, Some((&co, Some("counselling")))).await;
    }
    for n in 19..=23 {
        w.create(n, Some((&jc, None))).await;
    }
    // A new revision is not a new share.
    let mut up = Upload::new(w.r.now());
    up.audience = Some(jc.identity().public());
    up.recipient_kind = Some("jobcenter".into());
    up.revision = 2;
    up.expires_at = w.r.now() + 60 * 86_400;
    assert_eq!(w.r.put_share(&w.holder, &id(1), &up.body(&w.holder, &id(1))).await.status, 200);
    // Opens: only the first open of each share counts.
    for n in 1..=6 {
        w.open(n, Some(&jc)).await;
    }
    for _ in 0..3 {
        w.open(1, Some(&jc)).await;
    }
    w.open(8, Some(&sa)).await;
    w.open(9, Some(&sa)).await;
    w.open(10, None).await;
    // Revocations: a repeated one counts once.
    w.revoke(6).await;
    w.revoke(7).await;
    w.revoke(7).await;
    w.revoke(9).await;
    // April, the running month.
    w.r.clock.store(APRIL, Ordering::SeqCst);
    for n in 30..=35 {
        w.create(n, Some((&jc, Some("jobcenter")))).await;
    }
    w.open(8, Some(&sa)).await;
    w
}

/// Every count cell of the report, as (month, kind, event, value).
fn cells(report: &Value) -> Vec<(String, String, &'static str, Value)> {
    let mut out = Vec::new();
    for m in report["months"].as_array().unwrap() {
        for k in m["kinds"].as_array().unwrap() {
            for event in ["created", "opened", "revoked"] {
                out.push((
                    m["month"].as_str().unwrap().to_owned(),
                    k["kind"].as_str().unwrap().to_owned(),
                    event,
                    k[event].clone(),
                ));
            }
        }
    }
    out
}

#[tokio::test]
async fn counts_below_the_threshold_never_appear_and_the_running_month_neither() {
    let w = world().await;
    let res = w.r.get("/v1/stats").await;
    assert_eq!(res.status, 200);
    assert_eq!(res.headers["cache-control"], "max-age=3600");
    let report = res.json();
    assert_eq!(report["v"], 1);
    assert_eq!(report["threshold"], 5);
    let months: Vec<&str> = report["months"].as_array().unwrap().iter().map(|m| m["month"].as_str().unwrap()).collect();
    assert_eq!(months, ["2024-03"], "completed months only: April is running");
    let kinds: Vec<&str> =
        report["months"][0]["kinds"].as_array().unwrap().iter().map(|k| k["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "jobcenter",
            "auslaenderbehoerde",
            "sozialamt",
            "language_school",
            "counselling",
            "employer",
            "other",
            "link",
            "unspecified"
        ]
    );
    let published: Vec<(String, &str, u64)> =
        cells(&report).into_iter().filter_map(|(_, kind, event, v)| v.as_u64().map(|n| (kind, event, n))).collect();
    assert_eq!(
        published,
        [
            ("jobcenter".to_owned(), "created", 7),
            ("jobcenter".to_owned(), "opened", 6),
            ("link".to_owned(), "created", 5),
            ("unspecified".to_owned(), "created", 5),
        ],
        "exactly the counts at or above 5; every other cell is null"
    );
    for (month, kind, event, v) in cells(&report) {
        assert!(v.is_null() || v.as_u64().is_some_and(|n| n >= 5), "{month} {kind} {event}: {v}");
    }
    // The store counted the small ones exactly; only the publication suppresses them.
    let stored = |kind: &str, event: &str| {
        w.r.count(&format!(
            "SELECT n FROM share_counts WHERE month = '2024-03' AND kind = '{kind}' AND event = '{event}'"
        ))
    };
    assert_eq!(stored("sozialamt", "created"), 2);
    assert_eq!(stored("sozialamt", "opened"), 2);
    assert_eq!(stored("sozialamt", "revoked"), 1);
    assert_eq!(stored("jobcenter", "revoked"), 2);
    assert_eq!(stored("counselling", "created"), 4);
    assert_eq!(stored("link", "opened"), 1);
    assert_eq!(
        w.r.count("SELECT n FROM share_counts WHERE month = '2024-04' AND kind = 'jobcenter' AND event = 'created'"),
        6
    );
    // Nothing in the answer names a share or a key, or the running month.
    let text = String::from_utf8(res.body.clone()).unwrap();
    for secret in w.secrets() {
        assert!(!text.contains(&secret), "{secret} in {text}");
    }
    assert!(!text.contains("2024-04"), "{text}");
    assert!(!text.contains("total"), "{text}");
}

#[tokio::test]
async fn the_table_of_mappe_relay_stats_suppresses_the_same_counts() {
    let w = world().await;
    let db = match &w.r.pg {
        Some((_, _, url)) => url.clone(),
        None => w.r.db.to_string_lossy().into_owned(),
    };
    // The binary reads by the system clock, so April 2024 is a completed month for it too.
    let out = relay_command().args(["--db", &db, "--stats"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let row = |month: &str, kind: &str| -> Vec<String> {
        let line = text
            .lines()
            .find(|l| l.split_whitespace().take(2).eq([month, kind]))
            .unwrap_or_else(|| panic!("no row {month} {kind} in\n{text}"));
        line.split_whitespace().skip(2).map(String::from).collect()
    };
    assert_eq!(row("2024-03", "jobcenter"), ["7", "6", "<5"]);
    assert_eq!(row("2024-03", "sozialamt"), ["<5", "<5", "<5"]);
    assert_eq!(row("2024-03", "counselling"), ["<5", "<5", "<5"]);
    assert_eq!(row("2024-03", "link"), ["5", "<5", "<5"]);
    assert_eq!(row("2024-04", "jobcenter"), ["6", "<5", "<5"]);
    assert_eq!(row("2024-04", "sozialamt"), ["<5", "<5", "<5"]);
    for word in text.split_whitespace() {
        assert!(!["0", "1", "2", "3", "4"].contains(&word), "a suppressed count {word} in\n{text}");
    }
    for secret in w.secrets() {
        assert!(!text.contains(&secret), "{secret} in\n{text}");
    }
    // The first line explains the table (and says there are no totals); no row is a total.
    assert!(text.lines().skip(1).all(|l| !l.to_lowercase().contains("total")), "{text}");
}

#[tokio::test]
async fn an_unknown_kind_or_a_kind_without_an_audience_is_refused_and_counts_nothing() {
    let r = Relay::new();
    let holder = keys(1);
    let office = keys(50);
    let mut up = Upload::new(r.now());
    up.audience = Some(office.identity().public());
    up.recipient_kind = Some("police".into());
    r.put_share(&holder, &id(1), &up.body(&holder, &id(1))).await.assert_error(400, "bad_request");
    let mut bearer = Upload::new(r.now());
    bearer.recipient_kind = Some("jobcenter".into());
    r.put_share(&holder, &id(2), &bearer.body(&holder, &id(2))).await.assert_error(400, "bad_request");
    assert_eq!(r.count("SELECT COUNT(*) FROM shares"), 0);
    assert_eq!(r.count("SELECT COUNT(*) FROM share_counts"), 0);
    // A known kind with an audience is taken, and the body without the field still is.
    up.recipient_kind = Some("jobcenter".into());
    assert_eq!(r.put_share(&holder, &id(1), &up.body(&holder, &id(1))).await.status, 201);
    assert_eq!(r.text("SELECT count_kind FROM shares"), "jobcenter");
}

#[test]
fn a_threshold_below_three_is_refused() {
    let args = |v: &str| <sync_relay::Args as clap::Parser>::try_parse_from(["mappe-relay", "--stats-threshold", v]);
    let err = args("2").unwrap().into_config().unwrap_err().to_string();
    assert!(err.contains("stats_threshold"), "{err}");
    assert_eq!(args("3").unwrap().into_config().unwrap().stats_threshold, 3);
}
