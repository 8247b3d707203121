//! `/v1/logs/{holder}`: a holder's encrypted sync log (append, read, compaction by snapshot)
//! and the log's blobs (encrypted attachments).
//!
//! Every route needs a request signed by the holder's own key. The relay checks entry headers
//! and signatures (`wallet_core::sync::verify_entry`) and never decrypts anything. A path that
//! is not a holder key, a request signed by another key, and a holder without a log all get
//! the same `404 not_found`, so a path reveals nothing about whether a log exists.

use axum::Json;
use axum::Router;
use axum::extract::rejection::PathRejection;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use wallet_core::api::{AppendReply, ErrorBody, LogBlobReply, LogEntry, LogPage as ApiLogPage, SnapshotReply, code};
use wallet_core::sync::{EntryError, EntryType, verify_entry};

use super::auth::Signed;
use super::error::AppError;
use super::{no_store, query_param};
use crate::config::Config;
use crate::state::AppState;
use crate::store::{AppendOutcome, LogBlobOutcome, LogPage, SnapshotOutcome, StoreError, SyncEntry};

/// Longest blob name.
pub(crate) const MAX_BLOB_NAME: usize = 32;

/// The one `not_found` sentence of every log route.
const NOT_FOUND: &str = "there is no such sync log or blob on this relay";

/// The sync log routes, with their body limits.
pub(crate) fn routes(config: &Config) -> Router<AppState> {
    let max_log_body = config.max_log_body;
    let max_blob = usize::try_from(config.max_blob).unwrap_or(usize::MAX);
    Router::new()
        .route("/v1/logs/{holder}", get(read).post(append).layer(DefaultBodyLimit::max(max_log_body)))
        .route("/v1/logs/{holder}/snapshot", put(put_snapshot).layer(DefaultBodyLimit::max(max_log_body)))
        .route("/v1/logs/{holder}/blobs/{name}", put(put_blob).get(get_blob).layer(DefaultBodyLimit::max(max_blob)))
}

/// An error answer of a log route: the common ones, plus the conflict that carries the log's
/// position and the quota.
#[derive(Debug)]
pub(crate) enum LogError {
    /// Any common error.
    App(AppError),
    /// 409 `conflict` with `last_seq` (and `snapshot_seq` for a snapshot).
    Conflict {
        /// The sentence.
        message: String,
        /// The log's last sequence number.
        last_seq: u64,
        /// The current snapshot's sequence number (snapshot uploads only).
        snapshot_seq: Option<u64>,
    },
    /// 413 `quota_exceeded`.
    QuotaExceeded,
}

impl From<AppError> for LogError {
    fn from(e: AppError) -> Self {
        Self::App(e)
    }
}

impl From<StoreError> for LogError {
    fn from(e: StoreError) -> Self {
        // The log methods fail only when the database does.
        Self::App(AppError::Internal(e.to_string()))
    }
}

impl IntoResponse for LogError {
    fn into_response(self) -> Response {
        match self {
            Self::App(e) => e.into_response(),
            Self::Conflict { message, last_seq, snapshot_seq } => no_store(
                (
                    StatusCode::CONFLICT,
                    Json(ErrorBody { error: code::CONFLICT.into(), message, last_seq: Some(last_seq), snapshot_seq }),
                )
                    .into_response(),
            ),
            Self::QuotaExceeded => no_store(
                (
                    StatusCode::PAYLOAD_TOO_LARGE,
                    Json(ErrorBody {
                        error: code::QUOTA_EXCEEDED.into(),
                        message: "this holder's sync log has reached the relay's storage quota; \
                                  compact it with a snapshot or delete attachments"
                            .into(),
                        last_seq: None,
                        snapshot_seq: None,
                    }),
                )
                    .into_response(),
            ),
        }
    }
}

fn not_found() -> LogError {
    LogError::App(AppError::NotFound(NOT_FOUND.into()))
}

/// The holder key of a path segment: 43 base64url characters for 32 bytes. `None` for
/// anything else.
pub(crate) fn parse_holder(text: &str) -> Option<[u8; 32]> {
    if text.len() != 43 {
        return None;
    }
    B64.decode(text.as_bytes()).ok()?.try_into().ok()
}

/// The holder of the path, if the request is signed by that holder; else 404.
fn own_holder(segment: &str, signed: &Signed) -> Result<[u8; 32], LogError> {
    match parse_holder(segment) {
        Some(holder) if wallet_core::crypto::ct_eq(&holder, &signed.key) => Ok(holder),
        _ => Err(not_found()),
    }
}

/// The holder and blob name of a blob route, answering 404 for anything but the holder's own
/// well-formed request.
fn blob_target(
    path: Result<Path<(String, String)>, PathRejection>,
    signed: &Signed,
) -> Result<([u8; 32], String), LogError> {
    let Ok(Path((segment, name))) = path else { return Err(not_found()) };
    let holder = own_holder(&segment, signed)?;
    if !valid_blob_name(&name) {
        return Err(not_found());
    }
    Ok((holder, name))
}

fn valid_blob_name(name: &str) -> bool {
    (1..=MAX_BLOB_NAME).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Parses and checks an entry body: JSON shape, signature, type, holder and sequence number.
fn check_entry(body: &[u8], holder: &[u8; 32], kind: EntryType) -> Result<SyncEntry, LogError> {
    let bad = |msg: &str| LogError::App(AppError::BadRequest(msg.into()));
    let parsed: LogEntry = serde_json::from_slice(body)
        .map_err(|_| bad("the body must be JSON {\"seq\": number, \"entry\": b64, \"sig\": b64}"))?;
    let entry = B64.decode(parsed.entry.as_bytes()).map_err(|_| bad("entry is not valid base64url"))?;
    let sig: [u8; 64] = B64
        .decode(parsed.sig.as_bytes())
        .ok()
        .and_then(|s| s.try_into().ok())
        .ok_or_else(|| bad("sig must be 64 bytes in base64url"))?;
    let header = verify_entry(&entry, &sig).map_err(|e| match e {
        EntryError::BadSignature => bad("the entry signature does not verify"),
        EntryError::TooLarge => LogError::App(AppError::TooLarge("the sync log entry is larger than allowed".into())),
        _ => bad("not a sync log entry"),
    })?;
    if header.kind != kind {
        return Err(bad(match kind {
            EntryType::Changes => "the entry is a snapshot; append takes changes",
            EntryType::Snapshot => "the entry holds changes; a snapshot upload takes a snapshot",
        }));
    }
    if header.holder != *holder {
        return Err(bad("the entry belongs to another holder's log"));
    }
    if header.seq != parsed.seq {
        return Err(bad("the entry's sequence number differs from seq in the body"));
    }
    Ok(SyncEntry { seq: parsed.seq, entry, sig })
}

/// [`check_entry`] off the async workers (decoding and hashing up to the body limit).
async fn check_entry_blocking(
    body: axum::body::Bytes,
    holder: [u8; 32],
    kind: EntryType,
) -> Result<SyncEntry, LogError> {
    tokio::task::spawn_blocking(move || check_entry(&body, &holder, kind))
        .await
        .map_err(|e| LogError::App(AppError::Internal(format!("entry check task failed: {e}"))))?
}

/// `POST /v1/logs/{holder}`: appends a `Changes` entry as number `last_seq + 1`.
pub(crate) async fn append(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    signed: Signed,
) -> Result<Response, LogError> {
    let Ok(Path(segment)) = path else { return Err(not_found()) };
    let holder = own_holder(&segment, &signed)?;
    let entry = check_entry_blocking(signed.body, holder, EntryType::Changes).await?;
    let seq = entry.seq;
    match state.store.log_append(holder, entry, state.config.max_log_bytes, state.now()).await? {
        AppendOutcome::Appended { last_seq } => {
            crate::metrics::sync_entry("append");
            Ok((StatusCode::CREATED, Json(AppendReply { seq, last_seq })).into_response())
        }
        AppendOutcome::Conflict { last_seq } => Err(LogError::Conflict {
            message: format!(
                "entry {seq} does not follow the log's last entry {last_seq}; pull the log and append as {}",
                last_seq.saturating_add(1)
            ),
            last_seq,
            snapshot_seq: None,
        }),
        AppendOutcome::OverQuota => Err(LogError::QuotaExceeded),
    }
}

fn entry_out(e: &SyncEntry) -> LogEntry {
    LogEntry { seq: e.seq, entry: B64.encode(&e.entry), sig: B64.encode(e.sig) }
}

fn render_page(page: &LogPage) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(&ApiLogPage {
        last_seq: page.last_seq,
        snapshot: page.snapshot.as_ref().map(entry_out),
        entries: page.entries.iter().map(entry_out).collect(),
        more: page.more,
    })
}

/// `GET /v1/logs/{holder}?after=SEQ`: the snapshot (if after it) and entries after `SEQ`.
pub(crate) async fn read(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    uri: Uri,
    signed: Signed,
) -> Result<Response, LogError> {
    let Ok(Path(segment)) = path else { return Err(not_found()) };
    let holder = own_holder(&segment, &signed)?;
    let after = match uri.query().and_then(|q| query_param(q, "after")) {
        None => 0,
        Some(text) if !text.is_empty() && text.len() <= 20 && text.bytes().all(|b| b.is_ascii_digit()) => {
            text.parse::<u64>().map_err(|_| AppError::BadRequest("after is not a sequence number".into()))?
        }
        Some(_) => return Err(AppError::BadRequest("after must be a decimal sequence number".into()).into()),
    };
    let page = state.store.log_read(holder, after, state.config.max_log_page).await?.ok_or_else(not_found)?;
    // Base64 and JSON of up to a page of entries: off the async workers.
    let body = tokio::task::spawn_blocking(move || render_page(&page))
        .await
        .map_err(|e| AppError::Internal(format!("render task failed: {e}")))?
        .map_err(|e| AppError::Internal(format!("render failed: {e}")))?;
    let mut res = no_store(body.into_response());
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(res)
}

/// `PUT /v1/logs/{holder}/snapshot`: stores a snapshot and deletes the entries it replaces.
pub(crate) async fn put_snapshot(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    signed: Signed,
) -> Result<Response, LogError> {
    let Ok(Path(segment)) = path else { return Err(not_found()) };
    let holder = own_holder(&segment, &signed)?;
    let snapshot = check_entry_blocking(signed.body, holder, EntryType::Snapshot).await?;
    let upto = snapshot.seq;
    match state.store.log_snapshot(holder, snapshot, state.config.max_log_bytes, state.now()).await? {
        SnapshotOutcome::Stored { last_seq } => {
            crate::metrics::sync_entry("snapshot");
            Ok(Json(SnapshotReply { snapshot_seq: upto, last_seq }).into_response())
        }
        SnapshotOutcome::Conflict { last_seq, snapshot_seq } => Err(LogError::Conflict {
            message: format!(
                "a snapshot up to {upto} must be beyond the current snapshot ({snapshot_seq}) \
                 and not beyond the last entry ({last_seq})"
            ),
            last_seq,
            snapshot_seq: Some(snapshot_seq),
        }),
        SnapshotOutcome::OverQuota => Err(LogError::QuotaExceeded),
    }
}

/// `PUT /v1/logs/{holder}/blobs/{name}`: stores or replaces an encrypted attachment.
pub(crate) async fn put_blob(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    signed: Signed,
) -> Result<Response, LogError> {
    let (holder, name) = blob_target(path, &signed)?;
    let size = signed.body.len();
    match state
        .store
        .log_put_blob(holder, name.clone(), Vec::from(signed.body), state.config.max_log_bytes, state.now())
        .await?
    {
        LogBlobOutcome::Stored => {
            Ok((StatusCode::CREATED, Json(LogBlobReply { name, size: size as u64 })).into_response())
        }
        LogBlobOutcome::OverQuota => Err(LogError::QuotaExceeded),
    }
}

/// `GET /v1/logs/{holder}/blobs/{name}`: the attachment's bytes.
pub(crate) async fn get_blob(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    signed: Signed,
) -> Result<Response, LogError> {
    let (holder, name) = blob_target(path, &signed)?;
    let data = state.store.log_blob(holder, name).await?.ok_or_else(not_found)?;
    let mut res = no_store(data.into_response());
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/octet-stream"));
    Ok(res)
}
