//! Signed requests: the extractor that checks `mappe-key`, `mappe-time` and
//! `mappe-signature` (replays are caught by [`crate::replay::ReplayGuard`]).
//!
//! The signature (made with `wallet_core::share::request::sign_request`) covers the method,
//! the path and query exactly as received, the signed time and the SHA-256 of the body. A
//! time outside the clock-skew window is refused as stale; a signature seen before (while
//! its time is still inside the window) is refused as replayed. With SQLite the cache lives in
//! memory (a restart forgets it, and the skew window bounds what that exposes); with
//! PostgreSQL it is a table every instance shares.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::HeaderMap;
use wallet_core::crypto::sha256;
use wallet_core::share::request::{
    HEADER_KEY, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIME, RequestError, verify_request,
};

use super::error::AppError;
use crate::state::AppState;

/// Longest accepted header value of a signed request (a signature is 86 characters).
const MAX_HEADER_VALUE: usize = 128;

/// A request whose signature verified: the signer's key and the body.
#[derive(Debug, Clone)]
pub(crate) struct Signed {
    /// The signer's Ed25519 key.
    pub(crate) key: [u8; 32],
    /// The request body (already checked against the size limit).
    pub(crate) body: Bytes,
}

/// A request that may be signed: `None` when it carries none of the three headers.
#[derive(Debug, Clone)]
pub(crate) struct MaybeSigned(pub Option<Signed>);

fn has_any_signature_header(headers: &HeaderMap) -> bool {
    [HEADER_KEY, HEADER_TIME, HEADER_NONCE, HEADER_SIGNATURE].iter().any(|h| headers.contains_key(*h))
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Result<&'a str, AppError> {
    let value = headers.get(name).ok_or_else(|| AppError::Unauthorized(format!("the request has no {name} header")))?;
    if value.len() > MAX_HEADER_VALUE {
        return Err(AppError::Unauthorized(format!("the {name} header is too long")));
    }
    value.to_str().map_err(|_| AppError::Unauthorized(format!("the {name} header is not text")))
}

/// Reads the body within the route's limit; 413 with our JSON when it is over.
pub(crate) async fn read_body(req: Request, state: &AppState) -> Result<Bytes, AppError> {
    Bytes::from_request(req, state).await.map_err(|rejection| {
        use std::error::Error as _;
        if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            return AppError::body_too_large();
        }
        // The body-timeout layer's error, somewhere in the chain: a client that stopped sending.
        let mut source = rejection.source();
        while let Some(e) = source {
            if e.is::<tower_http::timeout::TimeoutError>() {
                return AppError::Timeout;
            }
            source = e.source();
        }
        AppError::BadRequest("the request body could not be read".into())
    })
}

async fn verify(req: Request, state: &AppState) -> Result<Signed, AppError> {
    let method = req.method().as_str().to_owned();
    let path_and_query =
        req.uri().path_and_query().map(|pq| pq.as_str().to_owned()).unwrap_or_else(|| req.uri().path().to_owned());
    let headers = req.headers().clone();
    // The headers before the body: an unsigned or stale request is refused without reading up
    // to 40 MiB of it. The signature itself covers the body's hash, so it is checked after.
    if !has_any_signature_header(&headers) {
        return Err(AppError::Unauthorized(
            "this request must be signed (mappe-key, mappe-time, mappe-nonce, mappe-signature)".into(),
        ));
    }
    let key = header(&headers, HEADER_KEY)?;
    let time = header(&headers, HEADER_TIME)?;
    let nonce = header(&headers, HEADER_NONCE)?;
    let signature = header(&headers, HEADER_SIGNATURE)?;
    let now = state.now();
    match time.parse::<u64>() {
        Ok(t) if t.abs_diff(now) > state.config.clock_skew => return Err(AppError::StaleRequest),
        Ok(_) => {}
        Err(_) => return Err(AppError::Unauthorized("the request signature headers are malformed".into())),
    }
    let body = read_body(req, state).await?;
    let verified = verify_request(
        key,
        time,
        nonce,
        signature,
        &method,
        &path_and_query,
        &sha256(&body),
        now,
        state.config.clock_skew,
    )
    .map_err(|e| match e {
        RequestError::Malformed => AppError::Unauthorized("the request signature headers are malformed".into()),
        RequestError::Stale => AppError::StaleRequest,
        RequestError::BadSignature => AppError::Unauthorized("the request signature does not verify".into()),
    })?;
    if !state.replay.first_use(verified.signature, verified.time, now).await? {
        return Err(AppError::Replayed);
    }
    Ok(Signed { key: verified.key, body })
}

impl FromRequest<AppState> for Signed {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        verify(req, state).await
    }
}

impl FromRequest<AppState> for MaybeSigned {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if !has_any_signature_header(req.headers()) {
            return Ok(Self(None));
        }
        verify(req, state).await.map(|s| Self(Some(s)))
    }
}
