//! Storage behind one trait: SQLite ([`sqlite`], one process, the default) and PostgreSQL
//! ([`postgres`], several relay instances on one database).
//!
//! Every method takes owned arguments and returns a `'static` future, so handlers can await
//! it without holding locks and a backend can do its blocking work on its own threads. A
//! write future resolves only after the write is durable.

pub mod postgres;
pub mod sqlite;

use std::future::Future;
use std::pin::Pin;

use wallet_core::share::SharedBlob;

/// How long a blob token stays valid after an open, in seconds.
pub const BLOB_TOKEN_TTL: u64 = 600;
/// How long the ciphertext of a used-up share is kept after its last open, in seconds, so
/// the last opener can still fetch its blobs.
pub const USED_UP_GRACE: u64 = 600;

/// The future every [`Store`] method returns.
pub type StoreFuture<T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'static>>;

/// Where a share is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Uploaded, but not every declared blob has arrived yet; invisible to openers.
    Pending,
    /// Can be opened.
    Active,
    /// Revoked by its holder; only a tombstone remains.
    Revoked,
    /// Past its expiry; only a tombstone remains (after a sweep).
    Expired,
    /// Opened as often as allowed; only a tombstone remains (after a sweep).
    UsedUp,
}

impl Status {
    /// The name used in the database and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Active => "active",
            Self::Revoked => "revoked",
            Self::Expired => "expired",
            Self::UsedUp => "used_up",
        }
    }

    /// Parses [`Status::as_str`].
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "pending" => Self::Pending,
            "active" => Self::Active,
            "revoked" => Self::Revoked,
            "expired" => Self::Expired,
            "used_up" => Self::UsedUp,
            _ => return None,
        })
    }

    /// Whether only a tombstone is left (the id can never be used again).
    pub fn is_tombstone(self) -> bool {
        matches!(self, Self::Revoked | Self::Expired | Self::UsedUp)
    }
}

/// A share as uploaded by its holder (one revision).
#[derive(Debug, Clone)]
pub struct NewShare {
    /// The share id.
    pub id: [u8; 16],
    /// The holder's Ed25519 key.
    pub holder: [u8; 32],
    /// The agency's Ed25519 key for an addressed share.
    pub audience: Option<[u8; 32]>,
    /// The revision.
    pub revision: u32,
    /// Unix time after which the share cannot be opened.
    pub expires_at: u64,
    /// Most opens allowed.
    pub max_opens: Option<u32>,
    /// The encrypted share.
    pub ciphertext: Vec<u8>,
    /// The share key wrapped to the audience.
    pub wrapped_key: Option<Vec<u8>>,
    /// The holder's owner signature.
    pub owner_sig: [u8; 64],
    /// The declared blobs.
    pub blobs: Vec<SharedBlob>,
    /// The kind the share is counted under if it is new ([`crate::stats::kind_of`]); kept on
    /// the share's row so that its first open and its revocation count under the same kind.
    pub count_kind: String,
}

/// One stored counter of the aggregate figures ([`crate::stats`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareCount {
    /// `YYYY-MM` (UTC).
    pub month: String,
    /// The kind of receiving office ([`crate::stats::kinds`]).
    pub kind: String,
    /// `created`, `opened` or `revoked` ([`crate::stats::Event`]).
    pub event: String,
    /// How many.
    pub n: u64,
}

/// What a share upload did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PutOutcome {
    /// A new share (`true`) or a new revision of an existing one.
    pub created: bool,
    /// The status after the upload.
    pub status: Status,
}

/// A share's metadata (no ciphertext).
#[derive(Debug, Clone)]
pub struct ShareRecord {
    /// The share id.
    pub id: [u8; 16],
    /// The holder's key.
    pub holder: [u8; 32],
    /// The audience's key, if addressed.
    pub audience: Option<[u8; 32]>,
    /// The current revision.
    pub revision: u32,
    /// Expiry (Unix seconds).
    pub expires_at: u64,
    /// Most opens allowed.
    pub max_opens: Option<u32>,
    /// Opens so far.
    pub opens: u32,
    /// The status as stored.
    pub status: Status,
    /// The declared blobs (empty once the share is a tombstone).
    pub blobs: Vec<SharedBlob>,
}

impl ShareRecord {
    /// Whether an open signed by `signer` (if signed) may count at `now`, the same for every
    /// backend: pending (`NotFound`), the audience (`AudienceRequired`, `NotAudience`), then
    /// revocation, expiry and the open limit (`Gone`). The agency key to log, if addressed.
    pub fn check_open(&self, signer: Option<[u8; 32]>, now: u64) -> Result<Option<[u8; 32]>, StoreError> {
        if self.status == Status::Pending {
            return Err(StoreError::NotFound);
        }
        let agency = match (self.audience, signer) {
            (None, _) => None,
            (Some(_), None) => return Err(StoreError::AudienceRequired),
            (Some(aud), Some(signer)) if aud == signer => Some(aud),
            (Some(_), Some(_)) => return Err(StoreError::NotAudience),
        };
        if let Some(reason) = self.closed_reason(now) {
            return Err(StoreError::Gone(reason));
        }
        Ok(agency)
    }

    /// Why the share cannot be opened at `now`, if it cannot (after the pending check).
    pub fn closed_reason(&self, now: u64) -> Option<Status> {
        if self.status.is_tombstone() {
            return Some(self.status);
        }
        if now >= self.expires_at {
            return Some(Status::Expired);
        }
        if self.max_opens.is_some_and(|m| self.opens >= m) {
            return Some(Status::UsedUp);
        }
        None
    }
}

/// A share's metadata and content.
#[derive(Debug, Clone)]
pub struct ShareContent {
    /// The metadata.
    pub record: ShareRecord,
    /// The ciphertext (`None` for a tombstone).
    pub ciphertext: Option<Vec<u8>>,
    /// The wrapped key.
    pub wrapped_key: Option<Vec<u8>>,
}

/// One open to record.
#[derive(Debug, Clone)]
pub struct Open {
    /// The share.
    pub id: [u8; 16],
    /// The key that signed the request, if it was signed.
    pub signer: Option<[u8; 32]>,
    /// The time of the open.
    pub now: u64,
    /// SHA-256 of a new blob token, stored (valid for [`BLOB_TOKEN_TTL`]) only if the share
    /// has blobs.
    pub token_hash: [u8; 32],
}

/// A counted open: the share as it was opened.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The metadata, with `opens` including this open.
    pub record: ShareRecord,
    /// The ciphertext.
    pub ciphertext: Vec<u8>,
    /// The wrapped key.
    pub wrapped_key: Option<Vec<u8>>,
}

/// Most access-log rows kept per share: beyond it the oldest go (the open count stays exact),
/// so anyone who knows a bearer share's id cannot grow its log without bound.
pub const MAX_LOG_ROWS: u32 = 1000;
/// Most access-log rows in one answer: the newest; the rest are counted, not listed.
pub const LOG_ROWS_SHOWN: u32 = 100;

/// One row of a share's access log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogEntry {
    /// When (Unix seconds).
    pub at: u64,
    /// The agency key of an addressed open.
    pub agency: Option<[u8; 32]>,
}

/// What a sweep removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SweepReport {
    /// Shares turned into `expired` tombstones.
    pub expired: u64,
    /// Shares turned into `used_up` tombstones.
    pub used_up: u64,
    /// Blob tokens deleted.
    pub tokens: u64,
    /// Another relay instance held the sweeper lease, so this sweep did nothing (PostgreSQL).
    pub skipped: bool,
    /// Whether a category hit [`SWEEP_BATCH`] and more is left: sweep again.
    pub more: bool,
    /// Tombstones deleted after the retention period.
    pub tombstones: u64,
    /// Access-log rows deleted after the retention period.
    pub log_rows: u64,
}

/// What forgetting a holder deleted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ForgetReport {
    /// Counts by kind.
    pub deleted: wallet_core::forget::Deleted,
    /// The ids of the shares deleted (tombstones included), in id order.
    pub share_ids: Vec<[u8; 16]>,
}

/// Most shares ended (and most tokens deleted) by one sweep write, so a sweep of a large
/// backlog never holds the writer (and the opens queued behind it) for long.
pub const SWEEP_BATCH: u32 = 500;

/// One signed entry of a holder's sync log, as stored (opaque bytes; the relay checked the
/// header and the signature before storing it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncEntry {
    /// Sequence number (for a snapshot: the last sequence number it replaces).
    pub seq: u64,
    /// The sealed entry.
    pub entry: Vec<u8>,
    /// The holder's signature over the entry.
    pub sig: [u8; 64],
}

/// What an append to a sync log did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppendOutcome {
    /// Stored; the log's last sequence number is now this entry's.
    Appended {
        /// The new last sequence number.
        last_seq: u64,
    },
    /// The sequence number is not `last_seq + 1`; nothing stored.
    Conflict {
        /// The log's last sequence number.
        last_seq: u64,
    },
    /// The holder's stored bytes would exceed the quota; nothing stored.
    OverQuota,
}

/// What storing a sync log snapshot did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SnapshotOutcome {
    /// Stored; entries up to its sequence number are deleted.
    Stored {
        /// The log's last sequence number (unchanged).
        last_seq: u64,
    },
    /// The snapshot's sequence number is 0, beyond `last_seq`, or not beyond the current
    /// snapshot; nothing stored.
    Conflict {
        /// The log's last sequence number.
        last_seq: u64,
        /// The current snapshot's sequence number (0: none).
        snapshot_seq: u64,
    },
    /// The holder's stored bytes would exceed the quota; nothing stored.
    OverQuota,
}

/// What storing a sync log blob did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogBlobOutcome {
    /// Stored (replacing any blob of that name).
    Stored,
    /// The holder's stored bytes would exceed the quota; nothing stored.
    OverQuota,
}

/// One answer page of a sync log read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogPage {
    /// The highest sequence number ever appended.
    pub last_seq: u64,
    /// The snapshot, when the read started before it.
    pub snapshot: Option<SyncEntry>,
    /// Entries after `max(after, snapshot seq)`, in order.
    pub entries: Vec<SyncEntry>,
    /// Whether entries were left out for the page size; ask again after the last one.
    pub more: bool,
}

/// What storing an office's status list did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PutStatusOutcome {
    /// Stored: the first list of this issuer, or one newer than the stored one.
    Stored,
    /// The stored list's `iat` is the same or later; nothing stored.
    NotNewer,
}

/// What the store holds, for `/metrics`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoreStats {
    /// Shares (tombstones included) by status.
    pub shares: Vec<(Status, u64)>,
    /// Bytes the database uses.
    pub stored_bytes: u64,
}

/// Why a store operation did not happen.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// No share with this id (or the blob is not there).
    #[error("no such share")]
    NotFound,
    /// The share has ended (revoked, expired, used up).
    #[error("the share has ended: {}", .0.as_str())]
    Gone(Status),
    /// The id belongs to a tombstone and can never be used again.
    #[error("the share id is a tombstone")]
    Tombstoned,
    /// The signer is not the share's holder.
    #[error("not the holder")]
    NotHolder,
    /// The uploaded revision is not newer than the stored one.
    #[error("revision {given} is not newer than the stored revision {stored}")]
    NotNewer {
        /// Stored revision.
        stored: u32,
        /// Uploaded revision.
        given: u32,
    },
    /// The holder has reached the share limit.
    #[error("too many shares")]
    TooManyShares,
    /// A blob token is missing, wrong or expired.
    #[error("bad blob token")]
    BadToken,
    /// An addressed share was opened without a signed request.
    #[error("the audience must sign")]
    AudienceRequired,
    /// An addressed share was opened with a request signed by another key.
    #[error("not the audience")]
    NotAudience,
    /// The share changed between the read and the write; try again.
    #[error("the share changed meanwhile")]
    Changed,
    /// The database failed.
    #[error("database: {0}")]
    Db(String),
    /// The store's threads have stopped.
    #[error("the store has shut down")]
    Closed,
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Db(e.to_string())
    }
}

/// The relay's storage.
pub trait Store: Send + Sync + 'static {
    /// Creates a share or replaces it with a newer revision (old blobs and tokens deleted).
    /// Refuses a tombstoned id, another holder's id, an old revision, and a new share beyond
    /// `max_shares` pending or active shares of the holder. A new share adds to the month's
    /// `created` counter in the same write.
    fn put_share(&self, share: NewShare, now: u64, max_shares: u32) -> StoreFuture<PutOutcome>;

    /// Stores blob `n` of a share whose declared blob `n` is `declared` (checked by the
    /// caller against `data`); the share becomes active once every blob is there.
    fn put_blob(
        &self,
        id: [u8; 16],
        holder: [u8; 32],
        n: u32,
        declared: SharedBlob,
        data: Vec<u8>,
        now: u64,
    ) -> StoreFuture<Status>;

    /// A share's metadata.
    fn share(&self, id: [u8; 16]) -> StoreFuture<Option<ShareRecord>>;

    /// A share's metadata and content.
    fn share_content(&self, id: [u8; 16]) -> StoreFuture<Option<ShareContent>>;

    /// Opens a share: checks pending (`NotFound`), the audience (`AudienceRequired`,
    /// `NotAudience`), revocation, expiry and the open limit (`Gone`), then counts the open,
    /// appends the access-log row, stores the blob token and, on the first open, adds to the
    /// month's `opened` counter — all in one durable write.
    fn open_share(&self, open: Open) -> StoreFuture<Opened>;

    /// Blob `n` of a live share, if `token_hash` matches an unexpired token of that share.
    fn blob(&self, id: [u8; 16], n: u32, token_hash: [u8; 32], now: u64) -> StoreFuture<Vec<u8>>;

    /// Revokes a share signed for by `holder`: deletes ciphertext, wrapped key, blobs and
    /// tokens, keeps a tombstone and the access log, and adds to the month's `revoked`
    /// counter in the same write. Revoking a tombstone again succeeds (and counts nothing).
    fn revoke(&self, id: [u8; 16], holder: [u8; 32], now: u64) -> StoreFuture<()>;

    /// A share's metadata and access log.
    /// The share and the newest [`LOG_ROWS_SHOWN`] rows of its access log, oldest first.
    fn access_log(&self, id: [u8; 16]) -> StoreFuture<Option<(ShareRecord, Vec<LogEntry>)>>;

    /// Deletes the content of expired shares, of used-up shares whose last open is older
    /// than [`USED_UP_GRACE`], and expired blob tokens: at most [`SWEEP_BATCH`] of each per
    /// call (`more` says whether to call again), each found through an index; deletes
    /// tombstones whose end (revocation, expiry or last open) is `retention` seconds old or
    /// older, and access-log rows as old.
    fn sweep(&self, now: u64, retention: u64) -> StoreFuture<SweepReport>;

    /// Deletes everything of `holder` in one durable write: every share row of the holder
    /// (tombstones included) with its content, blobs, blob tokens and access log, and the
    /// holder's sync log (entries, snapshot, blobs, state). Deleted bytes are overwritten, not
    /// left in free space or a write-ahead log. A holder with nothing stored gets an empty
    /// report.
    fn forget_holder(&self, holder: [u8; 32]) -> StoreFuture<ForgetReport>;

    /// Appends `entry` as number `entry.seq` of `holder`'s sync log (the caller checked the
    /// header and signature): refused unless `entry.seq` is the last sequence number + 1 and
    /// the holder's stored bytes (entries, snapshot, blobs) stay within `max_bytes`.
    fn log_append(&self, holder: [u8; 32], entry: SyncEntry, max_bytes: u64, now: u64) -> StoreFuture<AppendOutcome>;

    /// Reads `holder`'s sync log after sequence number `after`: the snapshot if
    /// `after < snapshot seq`, then entries in order until about `page_bytes` entry bytes.
    /// `None` when the holder has no log (nothing was ever appended).
    fn log_read(&self, holder: [u8; 32], after: u64, page_bytes: usize) -> StoreFuture<Option<LogPage>>;

    /// Stores `snapshot` (replacing the older one) and deletes the entries it replaces, in
    /// one transaction; refused unless `1 <= seq <= last_seq`, `seq` is beyond the current
    /// snapshot and the quota holds afterwards.
    fn log_snapshot(
        &self,
        holder: [u8; 32],
        snapshot: SyncEntry,
        max_bytes: u64,
        now: u64,
    ) -> StoreFuture<SnapshotOutcome>;

    /// Stores or replaces blob `name` of `holder`'s sync log within the quota.
    fn log_put_blob(
        &self,
        holder: [u8; 32],
        name: String,
        data: Vec<u8>,
        max_bytes: u64,
        now: u64,
    ) -> StoreFuture<LogBlobOutcome>;

    /// Blob `name` of `holder`'s sync log.
    fn log_blob(&self, holder: [u8; 32], name: String) -> StoreFuture<Option<Vec<u8>>>;

    /// Stores `token`, the status list of the office with key `issuer` signed at `iat` (the
    /// caller verified it), unless the stored one's `iat` is the same or later. One atomic
    /// compare-and-replace, so relays sharing a database never go back to an older list.
    fn put_status_list(&self, issuer: [u8; 32], iat: u64, token: Vec<u8>) -> StoreFuture<PutStatusOutcome>;

    /// The stored status list of the office with key `issuer`, as uploaded.
    fn status_list(&self, issuer: [u8; 32]) -> StoreFuture<Option<Vec<u8>>>;

    /// Shares by status and the bytes in use (may take a while with many shares: for
    /// `/metrics`, not for every request).
    fn stats(&self) -> StoreFuture<StoreStats>;

    /// Every aggregate counter of a month before `before_month` (`YYYY-MM`): the running
    /// month never leaves the database.
    fn share_counts(&self, before_month: String) -> StoreFuture<Vec<ShareCount>>;

    /// The bytes the database uses; cheap, asked before every upload when the relay has a
    /// storage cap (`max_storage_bytes`).
    fn stored_bytes(&self) -> StoreFuture<u64>;
}
