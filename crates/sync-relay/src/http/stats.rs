//! `GET /v1/stats`: the aggregate counts for monitoring without personal data
//! ([`crate::stats`], `docs/statistics.md`).

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::error::AppError;
use crate::state::AppState;
use crate::stats::{month_of, report};

/// The statistics route.
pub(crate) fn routes() -> Router<AppState> {
    Router::new().route("/v1/stats", get(stats))
}

/// `GET /v1/stats`: completed months, counts below `stats_threshold` as `null`.
async fn stats(State(state): State<AppState>) -> Result<Response, AppError> {
    let now = state.now();
    // The running month is filtered in the database already: it never reaches this process.
    let counts = state.store.share_counts(month_of(now)).await?;
    let mut res = Json(report(&counts, now, state.config.stats_threshold)).into_response();
    // The figures change once a month; an hour's caching costs nothing.
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("max-age=3600"));
    Ok(res)
}
