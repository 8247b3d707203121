//! The holder's side of the relay protocol, written sans-IO: the decisions of sharing, live
//! shares, revocation, the access-log view, sync and recovery live here; the front end only
//! moves bytes.
//!
//! Each operation is an `async fn` over a [`Host`] the front end implements: the host performs
//! the HTTP requests the core builds ([`HttpRequest`]) and hands back the answers
//! ([`HttpResponse`]), and keeps the encrypted files. The core never opens a socket, reads a
//! clock (the time is an argument) or starts a thread. The CLI drives these futures with a
//! blocking HTTP client (every await is ready at once); the browser drives them with `fetch`.

pub mod attest;
pub mod forget;
pub mod open;
pub mod shares;
pub mod sync;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde::de::DeserializeOwned;

use crate::api::{self, ErrorBody};
use crate::crypto::{self, IdentitySecret};
use crate::document::{ItemId, WalletDoc};
use crate::share::ShareError;
use crate::share::request::{HEADER_KEY, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIME, sign_request};
use crate::sync::EntryError;

/// Largest JSON answer the core accepts from a relay (besides sync log pages).
pub const MAX_JSON: u64 = 4 * 1024 * 1024;
/// Largest sync log page accepted.
pub const MAX_LOG_PAGE: u64 = 64 * 1024 * 1024;
/// Largest blob accepted from a relay (a little above the largest attachment).
pub const MAX_BLOB: u64 = 40 * 1024 * 1024;

/// An HTTP request for the host to make.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    /// `GET`, `PUT`, `POST` or `DELETE`.
    pub method: &'static str,
    /// The whole URL.
    pub url: String,
    /// Headers to send, besides the host's own.
    pub headers: Vec<(String, String)>,
    /// The body (empty for `GET`).
    pub body: Vec<u8>,
    /// Most answer bytes the core accepts: the host stops reading and fails beyond this.
    pub limit: u64,
}

impl std::fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The path may hold a blob token: show the method and size only.
        f.debug_struct("HttpRequest").field("method", &self.method).field("body_len", &self.body.len()).finish()
    }
}

/// The answer to an [`HttpRequest`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// HTTP status.
    pub status: u16,
    /// The body, at most the request's `limit` bytes.
    pub body: Vec<u8>,
}

/// What a front end provides to the core's relay operations.
#[allow(async_fn_in_trait)]
pub trait Host {
    /// Makes one HTTP request; fails with [`ClientError::Unreachable`] when no answer came.
    async fn fetch(&mut self, request: HttpRequest) -> Result<HttpResponse, ClientError>;
    /// Whether the encrypted file of an attachment is kept on this device.
    async fn has_attachment(&mut self, id: &ItemId) -> Result<bool, ClientError>;
    /// The encrypted file of an attachment, if kept on this device.
    async fn read_attachment(&mut self, id: &ItemId) -> Result<Option<Vec<u8>>, ClientError>;
    /// Keeps a verified encrypted attachment file.
    async fn write_attachment(&mut self, id: &ItemId, bytes: &[u8]) -> Result<(), ClientError>;
    /// Saves the document (merging what other writers saved meanwhile): a checkpoint, so what
    /// is already done is not lost if a later step fails.
    async fn save_wallet(&mut self, doc: &mut WalletDoc) -> Result<(), ClientError>;
    /// Saves the device's sync state.
    async fn save_sync_state(&mut self, state: &sync::SyncState) -> Result<(), ClientError>;
}

/// Why a relay operation failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// No answer from the relay.
    #[error("cannot reach the relay at {relay}: {detail}")]
    Unreachable {
        /// The relay's base URL.
        relay: String,
        /// What the transport said.
        detail: String,
    },
    /// The relay answered with an error.
    #[error("{}", refused_text(*status, code, message))]
    Refused {
        /// HTTP status.
        status: u16,
        /// The relay's error code ([`api::code`]).
        code: String,
        /// The relay's sentence.
        message: String,
    },
    /// The relay's answer is not what the API promises.
    #[error("the relay at {relay} sent an answer this version cannot read ({what})")]
    Malformed {
        /// The relay's base URL.
        relay: String,
        /// What was wrong.
        what: String,
    },
    /// The relay serves less than this device has already seen: a withheld or rolled-back log.
    #[error("the relay is missing changes this device has seen ({0}); nothing was merged")]
    Withheld(String),
    /// Other devices kept appending while this one tried.
    #[error("other devices kept writing to the relay while this one tried; run the sync again")]
    Busy,
    /// A scan a share or sync needs is not on this device.
    #[error("the scan {0} is not on this device yet; sync the device that added it first")]
    MissingScan(String),
    /// The wallet or a file failed.
    #[error(transparent)]
    Wallet(#[from] crate::Error),
    /// A sync log entry failed its checks.
    #[error(transparent)]
    Entry(#[from] EntryError),
    /// A share failed to seal or open.
    #[error(transparent)]
    Share(#[from] ShareError),
    /// The share options are not usable.
    #[error(transparent)]
    Options(#[from] shares::OptionsError),
    /// A relay's deletion receipt or key document failed its checks.
    #[error(transparent)]
    Receipt(#[from] crate::forget::ReceiptError),
    /// The host's own storage failed.
    #[error("{0}")]
    Host(String),
}

impl ClientError {
    /// The relay's error code, when the relay refused.
    pub fn relay_code(&self) -> Option<&str> {
        match self {
            Self::Refused { code, .. } => Some(code),
            _ => None,
        }
    }
}

fn refused_text(status: u16, code: &str, message: &str) -> String {
    let text = match code {
        api::code::REVOKED => "this share was revoked by the person who made it; nothing can be shown",
        api::code::EXPIRED => "this share has expired; nothing can be shown",
        api::code::USED_UP => "this share has been opened as many times as the person allowed; nothing can be shown",
        api::code::NOT_FOUND => "the relay does not know this share (wrong link, or it no longer exists)",
        api::code::AUDIENCE_REQUIRED => {
            "the relay refused: this share is for a specific office, open it with that office's key (--as)"
        }
        api::code::FORBIDDEN => {
            "the relay refused: this key is not allowed to do that (not the share's owner or its office)"
        }
        _ => "",
    };
    if text.is_empty() {
        format!("the relay refused the request ({status} {code}): {message}")
    } else {
        text.to_string()
    }
}

/// One relay, by base URL: builds its requests and reads its answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relay {
    base: String,
}

impl Relay {
    /// The relay at `base` (e.g. `https://relay.example.org`).
    pub fn new(base: &str) -> Self {
        Self { base: base.trim_end_matches('/').to_string() }
    }

    /// The base URL.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// An unsigned request.
    pub fn request(&self, method: &'static str, path: &str, body: Vec<u8>, limit: u64) -> HttpRequest {
        let mut headers = Vec::new();
        if !body.is_empty() {
            headers.push(("content-type".to_string(), content_type(path).to_string()));
        }
        HttpRequest { method, url: format!("{}{path}", self.base), headers, body, limit }
    }

    /// A request signed by `identity` at time `now` (`docs/spec/relay-api-v1.md`, signed requests).
    pub fn signed(
        &self,
        identity: &IdentitySecret,
        method: &'static str,
        path: &str,
        body: Vec<u8>,
        limit: u64,
        now: u64,
    ) -> HttpRequest {
        let h = sign_request(identity, method, path, now, &crypto::sha256(&body));
        let mut req = self.request(method, path, body, limit);
        req.headers.extend([
            (HEADER_KEY.to_string(), h.key),
            (HEADER_TIME.to_string(), h.time),
            (HEADER_NONCE.to_string(), h.nonce),
            (HEADER_SIGNATURE.to_string(), h.signature),
        ]);
        req
    }

    /// The refusal in an error answer (status ≥ 400), else `None`.
    pub fn refusal(&self, response: &HttpResponse) -> Option<ClientError> {
        if response.status < 400 {
            return None;
        }
        let body: Option<ErrorBody> = serde_json::from_slice(&response.body).ok();
        Some(ClientError::Refused {
            status: response.status,
            code: body.as_ref().map_or("unknown", |b| b.error.as_str()).to_string(),
            message: body.map_or_else(|| "no message".to_string(), |b| b.message),
        })
    }

    /// Reads a JSON answer of type `T`, or the relay's refusal.
    pub fn json<T: DeserializeOwned>(&self, response: &HttpResponse) -> Result<T, ClientError> {
        if let Some(refused) = self.refusal(response) {
            return Err(refused);
        }
        serde_json::from_slice(&response.body)
            .map_err(|e| ClientError::Malformed { relay: self.base.clone(), what: e.to_string() })
    }

    /// A malformed-answer error.
    pub fn malformed(&self, what: impl Into<String>) -> ClientError {
        ClientError::Malformed { relay: self.base.clone(), what: what.into() }
    }

    /// Decodes a base64url field of an answer.
    pub fn b64(&self, text: &str, what: &str) -> Result<Vec<u8>, ClientError> {
        B64.decode(text.as_bytes()).map_err(|_| self.malformed(format!("`{what}` is not base64url")))
    }
}

fn content_type(path: &str) -> &'static str {
    if path.contains("/blobs/") { "application/octet-stream" } else { "application/json" }
}

/// Base64url without padding, as the relay API writes bytes.
pub fn b64(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

/// The holder part of sync log paths: base64url of the identity key.
pub fn holder_segment(identity: &IdentitySecret) -> String {
    B64.encode(identity.public())
}
