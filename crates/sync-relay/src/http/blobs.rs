//! `/v1/shares/{id}/blobs/{n}`: encrypted attachments of a share.

use axum::Json;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use wallet_core::crypto::sha256;
use wallet_core::share::ShareId;

use super::auth::Signed;
use super::error::AppError;
use super::{no_store, parse_share_id, query_param};
use crate::state::AppState;

fn parse_path(path: Result<Path<(String, String)>, PathRejection>) -> Result<(ShareId, u32), AppError> {
    let Path((id, n)) = path.map_err(|_| AppError::BadRequest("the path is malformed".into()))?;
    let id = parse_share_id(&id)?;
    if n.is_empty() || n.len() > 2 || !n.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::BadRequest("the blob number must be a small decimal number".into()));
    }
    let n = n.parse().map_err(|_| AppError::BadRequest("the blob number is not a number".into()))?;
    Ok((id, n))
}

/// `PUT /v1/shares/{id}/blobs/{n}`: uploads declared blob `n` (holder-signed).
pub(crate) async fn put_blob(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    signed: Signed,
) -> Result<Response, AppError> {
    let (id, n) = parse_path(path)?;
    let rec = state.store.share(id.0).await?.ok_or_else(AppError::share_not_found)?;
    if rec.holder != signed.key {
        return Err(AppError::not_holder());
    }
    if rec.status.is_tombstone() {
        return Err(AppError::share_revoked());
    }
    let declared = *rec.blobs.get(n as usize).ok_or_else(|| {
        AppError::BadRequest(format!("the share declares {} blobs; there is no blob {n}", rec.blobs.len()))
    })?;
    let data = signed.body;
    if data.len() as u64 != declared.size {
        return Err(AppError::BadRequest(format!(
            "blob {n} is {} bytes, but the share declares {} bytes",
            data.len(),
            declared.size
        )));
    }
    // Hashing up to the blob limit takes a while; keep it off the async workers.
    let (data, digest) = tokio::task::spawn_blocking(move || {
        let digest = sha256(&data);
        (data, digest)
    })
    .await
    .map_err(|e| AppError::Internal(format!("hash task failed: {e}")))?;
    if digest != declared.sha256 {
        return Err(AppError::BadRequest(format!("blob {n} does not match the SHA-256 the share declares")));
    }
    let status = state.store.put_blob(id.0, signed.key, n, declared, Vec::from(data), state.now()).await?;
    Ok((
        StatusCode::CREATED,
        Json(wallet_core::api::PutBlobReply { share_id: id.to_string(), blob: n, status: status.as_str().into() }),
    )
        .into_response())
}

/// `GET /v1/shares/{id}/blobs/{n}?token=...`: the blob's bytes for whoever opened the share.
pub(crate) async fn get_blob(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    uri: Uri,
) -> Result<Response, AppError> {
    let (id, n) = parse_path(path)?;
    let bad_token = || AppError::Unauthorized("a valid blob token is needed; open the share again".into());
    let token = uri.query().and_then(|q| query_param(q, "token")).ok_or_else(bad_token)?;
    if token.len() != 43 {
        return Err(bad_token());
    }
    let token: [u8; 32] = B64.decode(token.as_bytes()).ok().and_then(|t| t.try_into().ok()).ok_or_else(bad_token)?;
    let data = state.store.blob(id.0, n, sha256(&token), state.now()).await?;
    let mut res = no_store(data.into_response());
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/octet-stream"));
    Ok(res)
}
