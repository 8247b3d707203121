//! `GET /v1/directory`: the trust list of offices this relay's operator vouches for (setting
//! `directory`, read and signed at start by [`crate::directory`]).

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::error::AppError;
use crate::state::AppState;

/// The trust list route.
pub(crate) fn routes() -> Router<AppState> {
    Router::new().route("/v1/directory", get(directory))
}

/// `GET /v1/directory`: the token (`application/jwt`); 404 when the relay publishes none.
async fn directory(State(state): State<AppState>) -> Result<Response, AppError> {
    let token =
        state.directory.clone().ok_or_else(|| AppError::NotFound("this relay publishes no trust list".into()))?;
    let mut res = token.into_response();
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/jwt"));
    // The list changes only when the operator restarts the relay with a new file.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("max-age=300"));
    Ok(res)
}
