//! `/v1/status/{issuer}`: the status list (Token Status List) of an issuing office, which says
//! which of its attestations it withdrew.
//!
//! The office uploads a token it signed; that signature, checked against the key in the path,
//! is the upload's authentication (no signed request headers). The relay keeps only the newest
//! token of each office, so a replayed older one cannot bring a withdrawn attestation back.

use axum::Json;
use axum::Router;
use axum::extract::rejection::PathRejection;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::put;
use serde_json::json;
use wallet_core::attest::jws::Jws;
use wallet_core::attest::status::{MAX_STATUS_TOKEN, STATUS_LIST_TYP};
use wallet_core::attest::{AttestError, StatusList};

use super::auth::read_body;
use super::error::AppError;
use super::no_store;
use crate::state::AppState;
use crate::store::PutStatusOutcome;

/// The status list routes, with their body limit.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/v1/status/{issuer}", put(put_status).get(get_status).layer(DefaultBodyLimit::max(MAX_STATUS_TOKEN)))
}

/// The office key of the path: exactly 64 lower-case hex characters (the form in every status
/// list URL, so one office has one URL).
fn parse_issuer(path: Result<Path<String>, PathRejection>) -> Result<([u8; 32], String), AppError> {
    let bad = || AppError::BadRequest("the issuer is the office's Ed25519 key in 64 lower-case hex characters".into());
    let Path(text) = path.map_err(|_| bad())?;
    if text.len() != 64 || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return Err(bad());
    }
    let key = hex::decode(&text).ok().and_then(|k| k.try_into().ok()).ok_or_else(bad)?;
    Ok((key, text))
}

/// `PUT /v1/status/{issuer}`: stores the token if the issuer signed it, it is for this path and
/// it is newer than the stored one.
async fn put_status(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    req: Request,
) -> Result<Response, AppError> {
    let (issuer, hex) = parse_issuer(path)?;
    let body = read_body(req, &state).await.map_err(|e| match e {
        AppError::TooLarge(_) => too_large(),
        other => other,
    })?;
    if body.len() > MAX_STATUS_TOKEN {
        return Err(too_large());
    }
    let text = std::str::from_utf8(&body)
        .map_err(|_| AppError::BadRequest("the body is not a status list token (UTF-8 text)".into()))?;
    // The signature first, on its own: a token the office did not sign is an authentication
    // failure (401), anything else wrong with a signed one is a bad request (400).
    let jws = Jws::parse(text.trim())
        .map_err(|_| AppError::BadRequest("the body is not a status list token (a compact JWS)".into()))?;
    if jws.typ() != Some(STATUS_LIST_TYP) {
        return Err(AppError::BadRequest(format!("the token's typ is not {STATUS_LIST_TYP}")));
    }
    match jws.verify_ed25519(&issuer) {
        Ok(()) => {}
        Err(AttestError::Signature) => {
            return Err(AppError::Unauthorized(
                "the status list is not signed by the office whose key is in the path".into(),
            ));
        }
        Err(e) => return Err(AppError::BadRequest(e.to_string())),
    }
    let list = StatusList::verify(text, &issuer, None).map_err(|e| AppError::BadRequest(e.to_string()))?;
    // Only the path is compared: behind a proxy the relay does not know the host verifiers use.
    let own_path = format!("/v1/status/{hex}");
    if !list.uri.ends_with(&own_path) {
        return Err(AppError::BadRequest(format!("the status list's sub must be the URL of this path ({own_path})")));
    }
    // A list dated far ahead would block every real update until that time.
    let now = state.now();
    if list.iat > now.saturating_add(state.config.clock_skew) {
        return Err(AppError::BadRequest(
            "the status list's iat is in the future; check the office computer's clock".into(),
        ));
    }
    match state.store.put_status_list(issuer, list.iat, body.to_vec()).await? {
        PutStatusOutcome::Stored => {
            tracing::debug!(iat = list.iat, "a status list was stored");
            Ok(no_store(Json(json!({"issuer": hex, "iat": list.iat})).into_response()))
        }
        PutStatusOutcome::NotNewer => Err(AppError::Conflict(format!(
            "the relay already holds a status list of this office signed at {} or later; sign a newer one",
            list.iat
        ))),
    }
}

/// `GET /v1/status/{issuer}`: the newest token (`application/statuslist+jwt`).
async fn get_status(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, AppError> {
    let (issuer, _) = parse_issuer(path)?;
    let token = state
        .store
        .status_list(issuer)
        .await?
        .ok_or_else(|| AppError::NotFound("this relay holds no status list of this office".into()))?;
    let mut res = token.into_response();
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/statuslist+jwt"));
    // Bounds how late a verifier that fetched through this relay learns of a withdrawal.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("max-age=60"));
    Ok(res)
}

fn too_large() -> AppError {
    AppError::TooLarge(format!("a status list token is at most {MAX_STATUS_TOKEN} bytes"))
}
