//! The relay API's bodies and error codes (`docs/spec/relay-api-v1.md`), one set of serde types
//! for the relay, the CLI and the WebAssembly build.
//!
//! Request bodies refuse unknown fields (the relay checks them); answers tolerate them, so an
//! older client keeps working against a newer relay.

use serde::{Deserialize, Serialize};

/// Version of the share upload body.
pub const SHARE_FORMAT_VERSION: u64 = 1;

/// The `error` codes of an error answer.
pub mod code {
    /// 400: malformed request or a broken rule.
    pub const BAD_REQUEST: &str = "bad_request";
    /// 401: signature missing or wrong, or a blob token missing or wrong.
    pub const UNAUTHORIZED: &str = "unauthorized";
    /// 401: the signed time is outside the clock-skew window.
    pub const STALE_REQUEST: &str = "stale_request";
    /// 409: this exact signed request was seen before.
    pub const REPLAYED: &str = "replayed";
    /// 403: a valid signature by the wrong key.
    pub const FORBIDDEN: &str = "forbidden";
    /// 401: an addressed share needs a request signed by its audience.
    pub const AUDIENCE_REQUIRED: &str = "audience_required";
    /// 404.
    pub const NOT_FOUND: &str = "not_found";
    /// 405.
    pub const METHOD_NOT_ALLOWED: &str = "method_not_allowed";
    /// 409: not newer than what is stored, or the log moved on.
    pub const CONFLICT: &str = "conflict";
    /// 410: the holder revoked the share.
    pub const REVOKED: &str = "revoked";
    /// 410: past its expiry.
    pub const EXPIRED: &str = "expired";
    /// 410: opened as often as allowed.
    pub const USED_UP: &str = "used_up";
    /// 413: a body or declared blob over a limit.
    pub const TOO_LARGE: &str = "too_large";
    /// 413: the holder's sync log is over its quota.
    pub const QUOTA_EXCEEDED: &str = "quota_exceeded";
    /// 429: too many active shares for one holder.
    pub const TOO_MANY_SHARES: &str = "too_many_shares";
    /// 500.
    pub const INTERNAL: &str = "internal";
    /// 408: the request body stalled.
    pub const TIMEOUT: &str = "timeout";
    /// 503: too many uploads at once; try again shortly.
    pub const BUSY: &str = "busy";
    /// 429: this client, or opens of this share, over the relay's rate limit; retry after
    /// the `Retry-After` seconds.
    pub const RATE_LIMITED: &str = "rate_limited";
    /// 507: the relay's storage is full; nothing new is taken until space is freed.
    pub const STORAGE_FULL: &str = "storage_full";

    /// Every code above: the relay API specification's error table must list exactly these.
    pub const ALL: &[&str] = &[
        BAD_REQUEST,
        UNAUTHORIZED,
        STALE_REQUEST,
        REPLAYED,
        FORBIDDEN,
        AUDIENCE_REQUIRED,
        NOT_FOUND,
        METHOD_NOT_ALLOWED,
        CONFLICT,
        REVOKED,
        EXPIRED,
        USED_UP,
        TOO_LARGE,
        QUOTA_EXCEEDED,
        TOO_MANY_SHARES,
        INTERNAL,
        TIMEOUT,
        BUSY,
        RATE_LIMITED,
        STORAGE_FULL,
    ];
}

/// Every error answer: `{"error": code, "message": sentence}`; a sync log conflict adds the
/// log's position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// One of [`code`].
    pub error: String,
    /// A sentence for people.
    pub message: String,
    /// The log's last sequence number (sync log conflicts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seq: Option<u64>,
    /// The current snapshot's sequence number (snapshot conflicts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_seq: Option<u64>,
}

/// The body of `PUT /v1/shares/{id}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PutShare {
    /// Format version; must be [`SHARE_FORMAT_VERSION`].
    pub v: u64,
    /// The holder's Ed25519 key, hex.
    pub holder: String,
    /// The revision.
    pub revision: u32,
    /// Expiry, Unix seconds.
    pub expires_at: u64,
    /// Most opens allowed.
    pub max_opens: Option<u32>,
    /// The agency's Ed25519 key, hex, for an addressed share.
    pub audience: Option<String>,
    /// The kind of office an addressed share goes to (one of
    /// [`crate::share::agency::AGENCY_KINDS`]), counted in the relay's aggregate figures;
    /// absent for a bearer share and left out of the body then, so older bodies keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_kind: Option<String>,
    /// The encrypted share, base64url.
    pub ciphertext: String,
    /// The wrapped share key, base64url.
    pub wrapped_key: Option<String>,
    /// The declared blobs.
    pub blobs: Vec<BlobDecl>,
    /// The owner signature, base64url.
    pub owner_sig: String,
}

/// One declared blob of a share upload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlobDecl {
    /// Size in bytes.
    pub size: u64,
    /// SHA-256, hex.
    pub sha256: String,
}

/// The answer to a share upload.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PutShareReply {
    /// The share id.
    pub share_id: String,
    /// The revision stored.
    pub revision: u32,
    /// `pending` until every declared blob is uploaded, then `active`.
    pub status: String,
}

/// The answer to a share blob upload.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PutBlobReply {
    /// The share id.
    pub share_id: String,
    /// The blob's number.
    pub blob: u32,
    /// The share's status afterwards.
    pub status: String,
}

/// One blob as an open describes it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BlobInfo {
    /// Its number.
    pub n: u32,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256, hex.
    pub sha256: String,
}

/// The answer to `GET /v1/shares/{id}` (an open).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OpenReply {
    /// The share id.
    pub share_id: String,
    /// The revision served.
    pub revision: u32,
    /// The encrypted share, base64url.
    pub ciphertext: String,
    /// The wrapped key of an addressed share, base64url.
    pub wrapped_key: Option<String>,
    /// The share's blobs.
    pub blobs: Vec<BlobInfo>,
    /// Token for downloading the blobs of this open, base64url.
    pub blob_token: Option<String>,
    /// Expiry, Unix seconds.
    pub expires_at: u64,
    /// Most opens allowed.
    pub max_opens: Option<u32>,
    /// Opens so far, this one included.
    pub opens: u32,
}

/// The answer to a revocation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RevokeReply {
    /// The share id.
    pub share_id: String,
    /// `revoked`.
    pub status: String,
}

/// The answer to `GET /v1/shares/{id}/log` (holder only).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccessLog {
    /// The share id.
    pub share_id: String,
    /// `active`, `pending`, `revoked`, `expired`, `used_up`.
    pub status: String,
    /// The revision stored.
    pub revision: u32,
    /// Expiry, Unix seconds.
    pub expires_at: u64,
    /// Most opens allowed.
    pub max_opens: Option<u32>,
    /// Opens so far.
    pub opens: u32,
    /// The newest opens (at most 100), oldest first.
    pub log: Vec<AccessLogRow>,
    /// Opens before those listed, counted but not listed.
    #[serde(default)]
    pub earlier: u32,
}

/// One open in an access log.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccessLogRow {
    /// When, Unix seconds.
    pub at: u64,
    /// The agency key (hex) that signed the open, if any.
    pub agency: Option<String>,
}

/// A sync log entry, as appended, uploaded as a snapshot, or served.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    /// Its sequence number.
    pub seq: u64,
    /// The sealed entry, base64url.
    pub entry: String,
    /// The holder's signature, base64url.
    pub sig: String,
}

/// The answer to an append.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AppendReply {
    /// The entry's sequence number.
    pub seq: u64,
    /// The log's last sequence number.
    pub last_seq: u64,
}

/// The answer to a snapshot upload.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SnapshotReply {
    /// The entries up to here are replaced.
    pub snapshot_seq: u64,
    /// The log's last sequence number.
    pub last_seq: u64,
}

/// One page of `GET /v1/logs/{holder}?after=SEQ`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LogPage {
    /// The log's last sequence number.
    pub last_seq: u64,
    /// The snapshot, when it lies after `SEQ`.
    pub snapshot: Option<LogEntry>,
    /// Entries after `SEQ` (or after the snapshot).
    pub entries: Vec<LogEntry>,
    /// Whether more entries follow.
    pub more: bool,
}

/// The answer to a sync log blob upload.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LogBlobReply {
    /// The blob's name.
    pub name: String,
    /// Its size.
    pub size: u64,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn upload(recipient_kind: Option<&str>) -> PutShare {
        PutShare {
            v: SHARE_FORMAT_VERSION,
            holder: "00".repeat(32),
            revision: 1,
            expires_at: 1_800_000_000,
            max_opens: None,
            audience: None,
            recipient_kind: recipient_kind.map(String::from),
            ciphertext: "AA".into(),
            wrapped_key: None,
            blobs: Vec::new(),
            owner_sig: "AA".into(),
        }
    }

    #[test]
    fn an_upload_without_a_recipient_kind_has_the_bytes_it_had_before_the_field() {
        let before = concat!(
            r#"{"v":1,"holder":"0000000000000000000000000000000000000000000000000000000000000000","#,
            r#""revision":1,"expires_at":1800000000,"max_opens":null,"audience":null,"ciphertext":"AA","#,
            r#""wrapped_key":null,"blobs":[],"owner_sig":"AA"}"#
        );
        assert_eq!(serde_json::to_string(&upload(None)).unwrap(), before);
        assert_eq!(serde_json::from_str::<PutShare>(before).unwrap().recipient_kind, None);
        let with = serde_json::to_string(&upload(Some("jobcenter"))).unwrap();
        assert!(with.contains(r#""audience":null,"recipient_kind":"jobcenter","ciphertext""#), "{with}");
        assert_eq!(serde_json::from_str::<PutShare>(&with).unwrap().recipient_kind.as_deref(), Some("jobcenter"));
    }
}
