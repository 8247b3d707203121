//! `/v1/shares/{id}`: upload, open, revoke, access log.
//!
//! Every handler checks the id, the size and the signature before it touches storage.

use axum::Json;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use wallet_core::api::{
    AccessLog, AccessLogRow, BlobInfo, OpenReply, PutShare, PutShareReply, RevokeReply, SHARE_FORMAT_VERSION,
};
use wallet_core::crypto::{Domain, fill_random, sha256, verify};
use wallet_core::share::agency::AGENCY_KINDS;
use wallet_core::share::{ShareId, SharedBlob, owner_message};

use super::auth::{MaybeSigned, Signed};
use super::error::AppError;
use super::{created_or_ok, no_store, parse_share_id};
use crate::state::AppState;
use crate::store::{NewShare, Open, Status, StoreError};

/// Most blobs a share may declare.
pub(crate) const MAX_BLOBS: usize = 16;
/// Largest wrapped key accepted, in bytes.
pub(crate) const MAX_WRAPPED_KEY: usize = 1024;

pub(crate) fn id_from_path(path: Result<Path<String>, PathRejection>) -> Result<ShareId, AppError> {
    let Path(text) = path.map_err(|_| AppError::BadRequest("the path is malformed".into()))?;
    parse_share_id(&text)
}

fn hex32(text: &str, what: &str) -> Result<[u8; 32], AppError> {
    if text.len() != 64 {
        return Err(AppError::BadRequest(format!("{what} must be 64 hex characters")));
    }
    hex::decode(text)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| AppError::BadRequest(format!("{what} is not valid hex")))
}

fn b64(text: &str, what: &str) -> Result<Vec<u8>, AppError> {
    B64.decode(text.as_bytes())
        .map_err(|_| AppError::BadRequest(format!("{what} is not valid base64url without padding")))
}

/// `PUT /v1/shares/{id}`: creates a share or uploads a newer revision.
pub(crate) async fn put_share(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    signed: Signed,
) -> Result<Response, AppError> {
    // relay-api-v1 §6 `PUT /v1/shares/{id}` step 1: the id; step 2 (size, signature, replay) is
    // the `Signed` extractor.
    let id = id_from_path(path)?;
    let body: PutShare = serde_json::from_slice(&signed.body)
        .map_err(|e| AppError::BadRequest(format!("the share upload is not valid JSON of the v1 shape: {e}")))?;
    let holder = hex32(&body.holder, "holder")?;
    if holder != signed.key {
        return Err(AppError::Forbidden("the request is signed by a key other than the share's holder".into()));
    }
    let audience = body.audience.as_deref().map(|a| hex32(a, "audience")).transpose()?;
    let ciphertext = b64(&body.ciphertext, "ciphertext")?;
    let wrapped_key = body.wrapped_key.as_deref().map(|w| b64(w, "wrapped_key")).transpose()?;
    let blobs = body
        .blobs
        .iter()
        .map(|b| Ok(SharedBlob { size: b.size, sha256: hex32(&b.sha256, "a blob's sha256")? }))
        .collect::<Result<Vec<_>, AppError>>()?;
    let owner_sig: [u8; 64] = b64(&body.owner_sig, "owner_sig")?
        .try_into()
        .map_err(|_| AppError::BadRequest("owner_sig must be 64 bytes".into()))?;
    let msg = owner_message(
        &id,
        body.revision,
        body.expires_at,
        body.max_opens,
        &ciphertext,
        audience.as_ref(),
        wrapped_key.as_deref(),
        &blobs,
    );
    // Step 3: the owner signature over everything stored.
    if !verify(&holder, Domain::ShareOwner, &msg, &owner_sig) {
        return Err(AppError::Forbidden("the owner signature does not verify for this share and holder".into()));
    }
    // Step 4: the upload's version.
    if body.v != SHARE_FORMAT_VERSION {
        return Err(AppError::BadRequest(format!(
            "unsupported share upload version: expected {SHARE_FORMAT_VERSION}, got {}",
            body.v
        )));
    }
    // Step 5: expiry and most opens.
    let now = state.now();
    if body.expires_at <= now {
        return Err(AppError::BadRequest("expires_at is in the past".into()));
    }
    if body.expires_at > now.saturating_add(state.config.max_expiry_secs()) {
        return Err(AppError::BadRequest(format!(
            "expires_at is more than {} days ahead",
            state.config.max_expiry_days
        )));
    }
    if body.max_opens == Some(0) {
        return Err(AppError::BadRequest("max_opens must be at least 1 (or null for no limit)".into()));
    }
    if ciphertext.is_empty() {
        return Err(AppError::BadRequest("ciphertext is empty".into()));
    }
    // Step 5b: the kind of receiving office, for the aggregate counts only.
    if let Some(kind) = &body.recipient_kind {
        if !AGENCY_KINDS.contains(&kind.as_str()) {
            return Err(AppError::BadRequest(format!("recipient_kind must be one of: {}", AGENCY_KINDS.join(", "))));
        }
        if audience.is_none() {
            return Err(AppError::BadRequest("recipient_kind is only for a share with an audience".into()));
        }
    }
    // Step 6: sizes.
    if wrapped_key.as_ref().is_some_and(|w| w.len() > MAX_WRAPPED_KEY) {
        return Err(AppError::TooLarge(format!("wrapped_key is longer than {MAX_WRAPPED_KEY} bytes")));
    }
    if blobs.len() > MAX_BLOBS {
        return Err(AppError::BadRequest(format!("a share may declare at most {MAX_BLOBS} blobs")));
    }
    if blobs.iter().any(|b| b.size > state.config.max_blob) {
        return Err(AppError::TooLarge(format!(
            "a declared blob is larger than this relay's limit of {} bytes",
            state.config.max_blob
        )));
    }
    let outcome = state
        .store
        .put_share(
            NewShare {
                id: id.0,
                holder,
                audience,
                revision: body.revision,
                expires_at: body.expires_at,
                max_opens: body.max_opens,
                ciphertext,
                wrapped_key,
                owner_sig,
                blobs,
                count_kind: crate::stats::kind_of(audience.is_some(), body.recipient_kind.as_deref()).to_string(),
            },
            now,
            state.config.max_shares_per_holder,
        )
        .await?;
    let reply =
        PutShareReply { share_id: id.to_string(), revision: body.revision, status: outcome.status.as_str().into() };
    Ok((created_or_ok(outcome.created), Json(reply)).into_response())
}

/// `GET /v1/shares/{id}`: the ciphertext; counts an open.
pub(crate) async fn get_share(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    signed: MaybeSigned,
) -> Result<Response, AppError> {
    let id = id_from_path(path)?;
    if let Err(wait) = state.limits.check_share_open(id.0) {
        crate::metrics::rate_limited("share_opens");
        crate::metrics::share_open("rate_limited");
        return Err(AppError::RateLimited {
            what: "this share is being opened faster than the relay allows",
            retry_after: crate::limits::retry_after_secs(wait),
        });
    }
    let mut token = [0u8; 32];
    fill_random(&mut token).map_err(|e| AppError::Internal(e.to_string()))?;
    // Every check and the counted open happen in one write job, so no open can slip past a
    // concurrent revoke, new revision or the open limit.
    let opened = state
        .store
        .open_share(Open { id: id.0, signer: signed.0.map(|s| s.key), now: state.now(), token_hash: sha256(&token) })
        .await
        .inspect_err(|e| crate::metrics::share_open(open_outcome(e)))?;
    crate::metrics::share_open("opened");
    let rec = &opened.record;
    let reply = OpenReply {
        share_id: id.to_string(),
        revision: rec.revision,
        ciphertext: B64.encode(&opened.ciphertext),
        wrapped_key: opened.wrapped_key.as_ref().map(|w| B64.encode(w)),
        blobs: rec
            .blobs
            .iter()
            .zip(0u32..)
            .map(|(b, n)| BlobInfo { n, size: b.size, sha256: hex::encode(b.sha256) })
            .collect(),
        blob_token: (!rec.blobs.is_empty()).then(|| B64.encode(token)),
        expires_at: rec.expires_at,
        max_opens: rec.max_opens,
        opens: rec.opens,
    };
    Ok(no_store(Json(reply).into_response()))
}

/// The `outcome` label of a refused open.
fn open_outcome(e: &StoreError) -> &'static str {
    match e {
        StoreError::NotFound => "not_found",
        StoreError::Gone(status) => status.as_str(),
        StoreError::AudienceRequired => "audience_required",
        StoreError::NotAudience => "not_audience",
        _ => "error",
    }
}

/// `POST /v1/shares/{id}/revoke`: deletes the content at once, keeps a tombstone.
pub(crate) async fn revoke(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    signed: Signed,
) -> Result<Response, AppError> {
    let id = id_from_path(path)?;
    let body_ok = signed.body.iter().all(u8::is_ascii_whitespace)
        || serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&signed.body)
            .is_ok_and(|m| m.is_empty());
    if !body_ok {
        return Err(AppError::BadRequest("the revoke body must be empty or {}".into()));
    }
    state.store.revoke(id.0, signed.key, state.now()).await?;
    Ok(Json(RevokeReply { share_id: id.to_string(), status: Status::Revoked.as_str().into() }).into_response())
}

/// `GET /v1/shares/{id}/log`: who opened the share and when (holder only).
pub(crate) async fn access_log(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    signed: Signed,
) -> Result<Response, AppError> {
    let id = id_from_path(path)?;
    let (rec, log) = state.store.access_log(id.0).await?.ok_or_else(AppError::share_not_found)?;
    if rec.holder != signed.key {
        return Err(AppError::not_holder());
    }
    let now = state.now();
    let status = match rec.status {
        Status::Active | Status::Pending => rec.closed_reason(now).unwrap_or(rec.status),
        s => s,
    };
    let reply = AccessLog {
        share_id: id.to_string(),
        status: status.as_str().into(),
        revision: rec.revision,
        expires_at: rec.expires_at,
        max_opens: rec.max_opens,
        opens: rec.opens,
        earlier: rec.opens.saturating_sub(log.len() as u32),
        log: log.into_iter().map(|e| AccessLogRow { at: e.at, agency: e.agency.map(hex::encode) }).collect(),
    };
    Ok(no_store(Json(reply).into_response()))
}
