//! Forgetting: `DELETE /v1/holders/{holder}` (signed by that holder) deletes everything of the
//! holder and answers with a deletion receipt signed by the relay's key, which
//! `GET /.well-known/mappe-relay.json` publishes (`docs/spec/relay-api-v1.md` section 12).

use axum::Json;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get};
use wallet_core::forget::{DeletionReceipt, RelayKeyDoc, WELL_KNOWN_PATH};

use super::auth::Signed;
use super::error::AppError;
use super::logs::parse_holder;
use super::no_store;
use crate::state::AppState;

/// The forgetting routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new().route(WELL_KNOWN_PATH, get(well_known)).route("/v1/holders/{holder}", delete(forget))
}

/// `GET /.well-known/mappe-relay.json`: the receipt key and its fingerprint.
async fn well_known(State(state): State<AppState>) -> Response {
    Json(RelayKeyDoc::new(&state.relay_key.public())).into_response()
}

/// `DELETE /v1/holders/{holder}`: the signer must be the holder of the path; the body empty.
async fn forget(
    State(state): State<AppState>,
    Path(segment): Path<String>,
    headers: HeaderMap,
    signed: Signed,
) -> Result<Response, AppError> {
    let holder = parse_holder(&segment)
        .ok_or_else(|| AppError::BadRequest("the holder is 43 base64url characters of an Ed25519 key".into()))?;
    if !wallet_core::crypto::ct_eq(&holder, &signed.key) {
        return Err(AppError::Forbidden("only the holder can ask the relay to forget them".into()));
    }
    if !signed.body.is_empty() {
        return Err(AppError::BadRequest("the forget request has no body".into()));
    }
    let report = state.store.forget_holder(holder).await?;
    let now = state.now();
    let relay = relay_url(&state, &headers);
    let receipt =
        DeletionReceipt::sign(state.relay_key.secret(), &relay, &holder, now, report.deleted, &report.share_ids)
            .map_err(|e| AppError::Internal(format!("cannot sign the receipt: {e}")))?;
    tracing::info!(shares = report.deleted.shares, log_entries = report.deleted.log_entries, "a holder was forgotten");
    Ok(no_store(Json(receipt).into_response()))
}

/// The relay's own URL for the receipt: `public_url`, else `http://` (`https://` when the relay
/// serves TLS itself) and the request's host.
fn relay_url(state: &AppState, headers: &HeaderMap) -> String {
    if let Some(url) = &state.config.public_url {
        return url.trim_end_matches('/').to_string();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_graphic()))
        .unwrap_or("localhost");
    let scheme = if state.config.tls_cert.is_some() { "https" } else { "http" };
    format!("{scheme}://{host}")
}
