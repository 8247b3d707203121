//! The HTTP API (`docs/spec/relay-api-v1.md`): routes, limits and the request log.

pub(crate) mod app;
pub(crate) mod auth;
pub(crate) mod blobs;
pub(crate) mod directory;
pub(crate) mod error;
pub(crate) mod health;
pub(crate) mod holders;
pub(crate) mod logs;
pub(crate) mod office;
pub(crate) mod openapi;
pub(crate) mod shares;
pub(crate) mod stats;
pub(crate) mod status;
pub(crate) mod viewer;

use std::time::Instant;

use axum::Router;
use axum::body::HttpBody as _;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::TraceLayer;
use wallet_core::share::ShareId;

use crate::request_log::RequestLog;
use crate::state::AppState;
use error::AppError;

/// The relay's router with every route, limit and middleware.
pub fn create_app(state: AppState) -> Router {
    let max_body = state.config.max_body;
    let max_blob = usize::try_from(state.config.max_blob).unwrap_or(usize::MAX);
    let hard_cap = max_body.max(max_blob).max(state.config.max_log_body);
    let mut app = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/metrics", get(crate::metrics::render))
        .route("/s/{id}", get(viewer::page))
        .route("/viewer/app.js", get(viewer::script))
        .route("/viewer/app.css", get(viewer::style))
        .route("/v1/openapi.json", get(openapi::document))
        .route("/v1/shares/{id}", put(shares::put_share).get(shares::get_share))
        .route("/v1/shares/{id}/revoke", post(shares::revoke))
        .route("/v1/shares/{id}/log", get(shares::access_log))
        .route(
            "/v1/shares/{id}/blobs/{n}",
            put(blobs::put_blob).layer(DefaultBodyLimit::max(max_blob)).get(blobs::get_blob),
        )
        .merge(logs::routes(&state.config))
        .merge(holders::routes())
        .merge(app::routes())
        .merge(office::routes())
        .merge(directory::routes())
        .merge(status::routes())
        .merge(stats::routes())
        .fallback(fallback)
        .layer(DefaultBodyLimit::max(max_body))
        // Spans name the path only: a query may carry a blob token.
        .layer(TraceLayer::new_for_http().make_span_with(|req: &axum::http::Request<axum::body::Body>| {
            tracing::debug_span!("request", method = %req.method(), path = %req.uri().path())
        }))
        .layer(RequestBodyLimitLayer::new(hard_cap))
        // A body that pauses longer than this between two pieces is cut off (408).
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(std::time::Duration::from_secs(
            state.config.body_timeout,
        )))
        .layer(middleware::from_fn_with_state((state.clone(), hard_cap as u64), body_budget))
        .layer(middleware::from_fn_with_state(state.clone(), storage_cap))
        .layer(middleware::from_fn_with_state(state.clone(), client_rate_limit))
        .layer(middleware::from_fn(json_errors))
        .layer(middleware::from_fn(crate::metrics::record_request))
        .with_state(state.clone());
    if let Some(log) = state.request_log {
        app = app.layer(middleware::from_fn_with_state(log, log_request));
    }
    app
}

async fn fallback() -> AppError {
    AppError::NotFound("there is nothing at this path".into())
}

/// Turns every error answer not made by a handler (unknown method, a limit layer's 413)
/// into the JSON error shape. `HEAD` is refused on the API: axum would run the `GET` handler,
/// and a `HEAD` of a share would count as an open while showing nothing.
async fn json_errors(req: Request, next: Next) -> Response {
    if req.method() == axum::http::Method::HEAD && req.uri().path().starts_with("/v1/") {
        return AppError::for_bare_status(StatusCode::METHOD_NOT_ALLOWED).into_response();
    }
    let res = next.run(req).await;
    let status = res.status();
    let is_json =
        res.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if (status.is_client_error() || status.is_server_error()) && !is_json {
        return AppError::for_bare_status(status).into_response();
    }
    res
}

/// Holds a share of the relay's request-body memory for an upload while it is handled: the
/// declared length, or the largest body a route takes when none is declared. When uploads in
/// flight already hold it all, the request waits a moment, then is answered `503 busy`.
async fn body_budget(State((state, hard_cap)): State<(AppState, u64)>, req: Request, next: Next) -> Response {
    if !matches!(*req.method(), axum::http::Method::PUT | axum::http::Method::POST) {
        return next.run(req).await;
    }
    let declared =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    let kib = u32::try_from(declared.unwrap_or(hard_cap).min(hard_cap).div_ceil(1024)).unwrap_or(u32::MAX).max(1);
    let wait = state.body_budget.clone().acquire_many_owned(kib);
    match tokio::time::timeout(std::time::Duration::from_secs(5), wait).await {
        Ok(Ok(_permit)) => next.run(req).await,
        _ => AppError::Busy.into_response(),
    }
}

/// Refuses a client over `rate_limit_per_minute` on the API (429 with `Retry-After`). Requests
/// without a socket address (a relay embedded in-process) are not limited.
async fn client_rate_limit(State(state): State<AppState>, req: Request, next: Next) -> Response {
    // The web apps' files are served from memory and cost nothing worth limiting; a phone
    // loads a dozen of them at once, and many phones may share one address (a centre's Wi-Fi).
    let api = req.uri().path().starts_with("/v1/");
    if api && let Some(ConnectInfo(peer)) = req.extensions().get::<ConnectInfo<SocketAddr>>() {
        let client = state.limits.client_address(peer.ip(), req.headers());
        if let Err(wait) = state.limits.check_client(client) {
            crate::metrics::rate_limited("client");
            return AppError::RateLimited {
                what: "this address sends more requests than the relay takes",
                retry_after: crate::limits::retry_after_secs(wait),
            }
            .into_response();
        }
    }
    next.run(req).await
}

/// Refuses uploads (507 `storage_full`) while the database holds `max_storage_bytes`.
/// Snapshots are let through: they replace entries and so free space.
async fn storage_cap(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let cap = state.config.max_storage_bytes;
    let route = req.extensions().get::<MatchedPath>().map(MatchedPath::as_str);
    let upload = match *req.method() {
        axum::http::Method::PUT => route != Some("/v1/logs/{holder}/snapshot"),
        axum::http::Method::POST => route == Some("/v1/logs/{holder}"),
        _ => false,
    };
    if cap == 0 || !upload {
        return next.run(req).await;
    }
    let declared =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    match state.store.stored_bytes().await {
        Ok(used) if used.saturating_add(declared.unwrap_or(0)) > cap => AppError::StorageFull.into_response(),
        Ok(_) => next.run(req).await,
        Err(e) => AppError::from(e).into_response(),
    }
}

/// Parses a share id path segment: exactly 22 base64url characters for 16 bytes.
pub(crate) fn parse_share_id(text: &str) -> Result<ShareId, AppError> {
    if text.len() != 22 {
        return Err(AppError::BadRequest("a share id is 22 base64url characters".into()));
    }
    ShareId::parse(text).map_err(|_| AppError::BadRequest("the share id is not valid base64url of 16 bytes".into()))
}

/// `Cache-Control: no-store` on a response.
pub(crate) fn no_store(mut res: Response) -> Response {
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The value of query parameter `name` (literal key match, no percent-decoding).
pub(crate) fn query_param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then_some(v)
    })
}

/// The path and query with the value of every `token` parameter replaced by `[redacted]`.
pub fn redact_path(path_and_query: &str) -> String {
    let Some((path, query)) = path_and_query.split_once('?') else {
        return path_and_query.to_owned();
    };
    let redacted: Vec<String> = query
        .split('&')
        .map(|pair| {
            let key = pair.split_once('=').map_or(pair, |(k, _)| k);
            if key.eq_ignore_ascii_case("token") || key.to_ascii_lowercase().contains("%") {
                format!("{key}=[redacted]")
            } else {
                pair.to_owned()
            }
        })
        .collect();
    format!("{path}?{}", redacted.join("&"))
}

#[derive(serde::Serialize)]
struct RequestLine {
    at: u64,
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body_len: Option<u64>,
    status: u16,
    duration_us: u128,
}

async fn log_request(State(log): State<RequestLog>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().as_str().to_owned();
    let path = redact_path(req.uri().path_and_query().map_or_else(|| req.uri().path(), |pq| pq.as_str()));
    let headers = req
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect();
    let body_len = req
        .body()
        .size_hint()
        .exact()
        .or_else(|| req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse().ok()));
    let res = next.run(req).await;
    let line = RequestLine {
        at: wallet_core::share::now(),
        method,
        path,
        headers,
        body_len,
        status: res.status().as_u16(),
        duration_us: started.elapsed().as_micros(),
    };
    match serde_json::to_string(&line) {
        Ok(text) => log.write(text),
        Err(e) => tracing::error!(error = %e, "cannot format a request log line"),
    }
    res
}

/// Status for a created resource or an update.
pub(crate) fn created_or_ok(created: bool) -> StatusCode {
    if created { StatusCode::CREATED } else { StatusCode::OK }
}
