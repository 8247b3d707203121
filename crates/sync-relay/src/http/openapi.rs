//! `GET /v1/openapi.json`: the API described for tools (OpenAPI 3.1), kept in
//! `crates/sync-relay/openapi.json`; `tests/openapi.rs` checks it against the routes.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// The document, as committed.
pub(crate) const DOCUMENT: &str = include_str!("../../openapi.json");

/// Serves [`DOCUMENT`].
pub(crate) async fn document() -> Response {
    let mut res = DOCUMENT.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    res
}
