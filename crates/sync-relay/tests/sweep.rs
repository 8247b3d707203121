//! The sweeper ends a large backlog in bounded rounds: more shares than one round takes
//! (`SWEEP_BATCH`) all end in one `sweep_once`, their content is gone, and shares that are
//! not due are left alone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::{Relay, Upload, keys};
use sync_relay::store::SWEEP_BATCH;
use wallet_core::share::ShareId;

#[tokio::test]
async fn a_backlog_larger_than_one_round_is_swept_completely_and_nothing_else() {
    let r = Relay::with(|c| c.max_shares_per_holder = 5000);
    let holder = keys(21);
    let due = SWEEP_BATCH as usize * 2 + 7;
    let mut short = Upload::new(r.now());
    short.expires_at = r.now() + 60;
    let long = Upload::new(r.now());
    for n in 0..due + 3 {
        let mut bytes = [0u8; 16];
        bytes[..4].copy_from_slice(&(n as u32).to_be_bytes());
        let sid = ShareId(bytes);
        let up = if n < due { &short } else { &long };
        assert_eq!(r.put_share(&holder, &sid, &up.body(&holder, &sid)).await.status, 201);
    }
    r.advance(61);
    let report = sync_relay::sweeper::sweep_once(&r.state).await.unwrap();
    assert_eq!(report.expired, due as u64);
    let count = |sql: &str| -> i64 { r.count(sql) };
    assert_eq!(count("SELECT COUNT(*) FROM shares WHERE status = 'expired'"), due as i64);
    assert_eq!(count("SELECT COUNT(*) FROM shares WHERE status = 'active'"), 3);
    assert_eq!(count("SELECT COUNT(*) FROM share_content"), 3, "only the live shares keep content");
    assert_eq!(sync_relay::sweeper::sweep_once(&r.state).await.unwrap().expired, 0, "nothing left to sweep");
}
