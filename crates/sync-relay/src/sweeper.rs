//! The background sweeper: deletes what may no longer be served, and tombstones and access-log
//! rows past the retention period.

use std::time::Duration;

use crate::state::AppState;
use crate::store::{StoreError, SweepReport};

/// One sweep at the state's current time: content of expired and used-up shares, expired
/// blob tokens, stale replay-cache entries. With PostgreSQL only one instance sweeps at a
/// time (the others' reports say `skipped`).
pub async fn sweep_once(state: &AppState) -> Result<SweepReport, StoreError> {
    let now = state.now();
    state.replay.prune(now);
    state.limits.prune();
    let mut report = SweepReport::default();
    // One bounded write per round, so opens queued behind the sweep wait for one round only.
    loop {
        let round = state.store.sweep(now, state.config.retention_secs()).await?;
        report.expired += round.expired;
        report.used_up += round.used_up;
        report.tokens += round.tokens;
        report.tombstones += round.tombstones;
        report.log_rows += round.log_rows;
        if round.skipped {
            // Another relay instance holds the sweeper lease (PostgreSQL): it sweeps.
            report.skipped = true;
            break;
        }
        if !round.more {
            break;
        }
    }
    metrics::counter!("mappe_sweeps_total").increment(1);
    metrics::counter!("mappe_swept_total", "what" => "expired").increment(report.expired);
    metrics::counter!("mappe_swept_total", "what" => "used_up").increment(report.used_up);
    metrics::counter!("mappe_swept_total", "what" => "tokens").increment(report.tokens);
    if report.skipped {
        tracing::debug!("another relay instance holds the sweeper lease; sweep skipped");
    } else if report != SweepReport::default() {
        tracing::info!(
            expired = report.expired,
            used_up = report.used_up,
            tokens = report.tokens,
            tombstones = report.tombstones,
            log_rows = report.log_rows,
            "sweep removed data"
        );
    }
    Ok(report)
}

/// Sweeps every `config.sweep_interval` seconds until the task is dropped or aborted.
pub async fn run(state: AppState) {
    let every = Duration::from_secs(state.config.sweep_interval.max(1));
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        if let Err(e) = sweep_once(&state).await {
            tracing::error!(error = %e, "sweep failed");
        }
    }
}
