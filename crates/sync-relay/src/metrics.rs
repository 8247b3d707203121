//! Prometheus metrics (`GET /metrics`): what an operator watches, and nothing that names a
//! person or a share. Labels are route patterns (`/v1/shares/{id}`, never a filled-in path),
//! methods, status codes and fixed outcome words.
//!
//! The recorder is process-wide (the `metrics` facade has one): relays embedded several times
//! in one process (tests) add to the same counters.

use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::http::error::AppError;
use crate::state::AppState;
use crate::store::Status;

/// Request durations, in seconds.
const LATENCY_BUCKETS: &[f64] = &[0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];
/// Jobs in one group commit.
const BATCH_BUCKETS: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0];
/// Time of one commit, fsync included, in seconds.
const COMMIT_BUCKETS: &[f64] = &[0.0001, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5];

static RECORDER: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// Installs the process's recorder once; `None` if another recorder was installed first.
pub(crate) fn install() -> Option<&'static PrometheusHandle> {
    RECORDER
        .get_or_init(|| {
            let builder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full("mappe_http_request_duration_seconds".into()), LATENCY_BUCKETS)
                .and_then(|b| b.set_buckets_for_metric(Matcher::Full("mappe_db_batch_size".into()), BATCH_BUCKETS))
                .and_then(|b| {
                    b.set_buckets_for_metric(Matcher::Full("mappe_db_commit_seconds".into()), COMMIT_BUCKETS)
                });
            match builder.and_then(PrometheusBuilder::install_recorder) {
                Ok(handle) => Some(handle),
                Err(e) => {
                    tracing::warn!(error = %e, "metrics are off: the recorder could not be installed");
                    None
                }
            }
        })
        .as_ref()
}

/// Counts every request by route pattern, method and status, and times it.
pub(crate) async fn record_request(req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map_or("unmatched", |p| p.as_str()).to_owned();
    let method: &'static str = match req.method().as_str() {
        "GET" => "GET",
        "PUT" => "PUT",
        "POST" => "POST",
        "DELETE" => "DELETE",
        "HEAD" => "HEAD",
        _ => "other",
    };
    let started = Instant::now();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    metrics::counter!("mappe_http_requests_total", "route" => route.clone(), "method" => method, "status" => status)
        .increment(1);
    metrics::histogram!("mappe_http_request_duration_seconds", "route" => route, "method" => method)
        .record(started.elapsed().as_secs_f64());
    res
}

/// The outcome of one share open, for `mappe_share_opens_total`.
pub(crate) fn share_open(outcome: &'static str) {
    metrics::counter!("mappe_share_opens_total", "outcome" => outcome).increment(1);
}

/// A request refused by a rate limit (`client` or `share_opens`).
pub(crate) fn rate_limited(limit: &'static str) {
    metrics::counter!("mappe_rate_limited_total", "limit" => limit).increment(1);
}

/// An entry stored in a sync log (`append` or `snapshot`).
pub(crate) fn sync_entry(kind: &'static str) {
    metrics::counter!("mappe_sync_entries_total", "kind" => kind).increment(1);
}

/// One group commit of the database writer: how many jobs, how long.
pub(crate) fn db_commit(jobs: usize, seconds: f64) {
    metrics::histogram!("mappe_db_batch_size").record(jobs as f64);
    metrics::histogram!("mappe_db_commit_seconds").record(seconds);
}

/// `GET /metrics`: the Prometheus text format, with the share and storage gauges read from
/// the store at that moment.
pub(crate) async fn render(State(state): State<AppState>) -> Response {
    let Some(handle) = install().filter(|_| state.config.metrics) else {
        return AppError::NotFound("metrics are switched off on this relay".into()).into_response();
    };
    match state.store.stats().await {
        Ok(stats) => {
            for status in [Status::Pending, Status::Active, Status::Revoked, Status::Expired, Status::UsedUp] {
                let n = stats.shares.iter().find(|(s, _)| *s == status).map_or(0, |(_, n)| *n);
                metrics::gauge!("mappe_shares", "status" => status.as_str()).set(n as f64);
            }
            metrics::gauge!("mappe_stored_bytes").set(stats.stored_bytes as f64);
        }
        Err(e) => tracing::warn!(error = %e, "cannot read store statistics for /metrics"),
    }
    handle.run_upkeep();
    let mut res = (StatusCode::OK, handle.render()).into_response();
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
