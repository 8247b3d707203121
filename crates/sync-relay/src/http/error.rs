//! One error type for every handler, rendered as `{"error": code, "message": sentence}`.
//!
//! Internal details (database errors) are logged, never sent.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use wallet_core::api::code;

use crate::store::{Status, StoreError};

/// An error answer of the relay API. Each variant is one `error` code of
/// `docs/spec/relay-api-v1.md`.
#[derive(Debug, thiserror::Error)]
pub(crate) enum AppError {
    /// 400 `bad_request`: the request is malformed or breaks a rule.
    #[error("{0}")]
    BadRequest(String),
    /// 401 `unauthorized`: the request signature is missing, malformed or does not verify, or
    /// a blob token is missing or wrong.
    #[error("{0}")]
    Unauthorized(String),
    /// 401 `stale_request`: the signed time is outside the clock-skew window.
    #[error("the request time is too far from the relay's clock; check the device's clock")]
    StaleRequest,
    /// 409 `replayed`: this exact signed request was seen before.
    #[error("this signed request was already used; sign a new one")]
    Replayed,
    /// 403 `forbidden`: a valid signature by the wrong key.
    #[error("{0}")]
    Forbidden(String),
    /// 401 `audience_required`: an addressed share needs a request signed by its audience.
    #[error("this share is addressed to an agency; the request must be signed by that agency's key")]
    AudienceRequired,
    /// 404 `not_found`.
    #[error("{0}")]
    NotFound(String),
    /// 405 `method_not_allowed`.
    #[error("this method is not allowed on this path")]
    MethodNotAllowed,
    /// 409 `conflict`: the revision is not newer than the stored one.
    #[error("{0}")]
    Conflict(String),
    /// 410 `revoked`.
    #[error("{0}")]
    Revoked(String),
    /// 410 `expired`.
    #[error("this share has expired")]
    Expired,
    /// 410 `used_up`.
    #[error("this share has been opened as many times as its holder allowed")]
    UsedUp,
    /// 413 `too_large`.
    #[error("{0}")]
    TooLarge(String),
    /// 429 `too_many_shares`.
    #[error("this holder key has reached the relay's limit of active shares; revoke some first")]
    TooManyShares,
    /// 408 `timeout`: the body stopped arriving.
    #[error("the request body stopped arriving; send it again")]
    Timeout,
    /// 503 `busy`: the relay holds as many request bodies as it takes at once.
    #[error("the relay is taking in too many uploads at once; try again in a moment")]
    Busy,
    /// 429 `rate_limited`: over a rate limit; retry after this many seconds.
    #[error("{what}; try again in {retry_after} seconds")]
    RateLimited {
        /// Which limit, as a phrase for people.
        what: &'static str,
        /// Seconds until a retry can succeed (also sent as `Retry-After`).
        retry_after: u64,
    },
    /// 507 `storage_full`: the relay holds `max_storage_bytes`.
    #[error("this relay's storage is full; it cannot take new uploads until space is freed")]
    StorageFull,
    /// 500 `internal`: logged in full, answered with a fixed sentence.
    #[error("internal error")]
    Internal(String),
}

impl AppError {
    /// The HTTP status and the `error` code.
    pub(crate) fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            Self::BadRequest(_) => (StatusCode::BAD_REQUEST, code::BAD_REQUEST),
            Self::Unauthorized(_) => (StatusCode::UNAUTHORIZED, code::UNAUTHORIZED),
            Self::StaleRequest => (StatusCode::UNAUTHORIZED, code::STALE_REQUEST),
            Self::Replayed => (StatusCode::CONFLICT, code::REPLAYED),
            Self::Forbidden(_) => (StatusCode::FORBIDDEN, code::FORBIDDEN),
            Self::AudienceRequired => (StatusCode::UNAUTHORIZED, code::AUDIENCE_REQUIRED),
            Self::NotFound(_) => (StatusCode::NOT_FOUND, code::NOT_FOUND),
            Self::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, code::METHOD_NOT_ALLOWED),
            Self::Conflict(_) => (StatusCode::CONFLICT, code::CONFLICT),
            Self::Revoked(_) => (StatusCode::GONE, code::REVOKED),
            Self::Expired => (StatusCode::GONE, code::EXPIRED),
            Self::UsedUp => (StatusCode::GONE, code::USED_UP),
            Self::TooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, code::TOO_LARGE),
            Self::TooManyShares => (StatusCode::TOO_MANY_REQUESTS, code::TOO_MANY_SHARES),
            Self::Timeout => (StatusCode::REQUEST_TIMEOUT, code::TIMEOUT),
            Self::Busy => (StatusCode::SERVICE_UNAVAILABLE, code::BUSY),
            Self::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, code::RATE_LIMITED),
            Self::StorageFull => (StatusCode::INSUFFICIENT_STORAGE, code::STORAGE_FULL),
            Self::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, code::INTERNAL),
        }
    }

    /// `404 not_found` for a share.
    pub(crate) fn share_not_found() -> Self {
        Self::NotFound("no share with this id is available on this relay".into())
    }

    /// `410 revoked` for a share.
    pub(crate) fn share_revoked() -> Self {
        Self::Revoked("this share has been revoked by its holder".into())
    }

    /// `403 forbidden`: signed, but not by the share's holder.
    pub(crate) fn not_holder() -> Self {
        Self::Forbidden("the request is signed by a key that is not this share's holder".into())
    }

    /// `413 too_large` for a body.
    pub(crate) fn body_too_large() -> Self {
        Self::TooLarge("the request body is larger than this relay accepts".into())
    }

    /// The answer a status without a handler-made body gets (404 route, 405, 413 by a layer).
    pub(crate) fn for_bare_status(status: StatusCode) -> Self {
        match status {
            StatusCode::NOT_FOUND => Self::NotFound("there is nothing at this path".into()),
            StatusCode::METHOD_NOT_ALLOWED => Self::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => Self::body_too_large(),
            StatusCode::REQUEST_TIMEOUT => Self::Timeout,
            s if s.is_server_error() => Self::Internal(format!("bare status {s}")),
            _ => Self::BadRequest("the request could not be understood".into()),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Self::share_not_found(),
            StoreError::Gone(Status::Revoked) => Self::share_revoked(),
            StoreError::Gone(Status::Expired) => Self::Expired,
            StoreError::Gone(Status::UsedUp) => Self::UsedUp,
            StoreError::Gone(Status::Pending | Status::Active) => Self::share_not_found(),
            StoreError::Tombstoned => {
                Self::Revoked("this share id was revoked or has ended and can never be used again".into())
            }
            StoreError::NotHolder => Self::not_holder(),
            StoreError::NotNewer { stored, given } => {
                Self::Conflict(format!("revision {given} is not newer than the stored revision {stored}"))
            }
            StoreError::TooManyShares => Self::TooManyShares,
            StoreError::BadToken => {
                Self::Unauthorized("the blob token is missing, wrong or expired; open the share again".into())
            }
            StoreError::AudienceRequired => Self::AudienceRequired,
            StoreError::NotAudience => Self::Forbidden("this share is addressed to another agency".into()),
            StoreError::Changed => Self::Conflict("the share changed meanwhile; try again".into()),
            e @ (StoreError::Db(_) | StoreError::Closed) => Self::Internal(e.to_string()),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let message = match &self {
            Self::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                "the relay could not complete this request; try again later".to_string()
            }
            other => other.to_string(),
        };
        let body = wallet_core::api::ErrorBody { error: code.into(), message, last_seq: None, snapshot_seq: None };
        let mut res = (status, Json(body)).into_response();
        res.headers_mut().insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
        if let Self::RateLimited { retry_after, .. } = &self {
            res.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from(*retry_after));
        }
        res
    }
}
