//! How PostgreSQL rows turn into the store's types and back: keys, times, counts, records.
//! Blob lists use the SQLite store's encoding (n × (size u64 BE ‖ SHA-256)).

use tokio_postgres::Row;

use crate::store::{ShareRecord, Status, StoreError, SyncEntry};

pub(super) use crate::store::sqlite::codec::{decode_blobs, encode_blobs};

/// The columns [`record_from_row`] reads, in its order.
pub(super) const RECORD_COLUMNS: &str = "shares.id, shares.holder, shares.audience, shares.revision, shares.expires_at, shares.max_opens, \
     shares.opens, shares.status, shares.blob_list";

pub(super) fn db(e: tokio_postgres::Error) -> StoreError {
    // The server's message (constraint, SQLSTATE) is more useful than the client's summary.
    match e.as_db_error() {
        Some(d) => StoreError::Db(format!("{} ({})", d.message(), d.code().code())),
        None => StoreError::Db(e.to_string()),
    }
}

fn bad(what: &str) -> StoreError {
    StoreError::Db(format!("stored {what} is malformed"))
}

pub(super) fn key32(bytes: Option<Vec<u8>>) -> Option<[u8; 32]> {
    bytes.and_then(|b| b.try_into().ok())
}

/// A `u64` (time, sequence number, byte count) as PostgreSQL's `BIGINT`.
pub(super) fn n64(value: u64) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| StoreError::Db(format!("{value} does not fit the database")))
}

/// Unix seconds as `BIGINT` (saturating; times come from a sane clock).
pub(super) fn t(secs: u64) -> i64 {
    i64::try_from(secs).unwrap_or(i64::MAX)
}

/// A stored `BIGINT` that must be a `u32` (revision, opens, max opens).
pub(super) fn u32_of(value: i64, what: &str) -> Result<u32, StoreError> {
    u32::try_from(value).map_err(|_| bad(what))
}

/// A stored `BIGINT` that must not be negative.
pub(super) fn u64_of(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

pub(super) fn record_from_row(row: &Row) -> Result<ShareRecord, StoreError> {
    let id: Vec<u8> = row.try_get(0).map_err(db)?;
    let holder: Vec<u8> = row.try_get(1).map_err(db)?;
    let status: String = row.try_get(7).map_err(db)?;
    let max_opens: Option<i64> = row.try_get(5).map_err(db)?;
    Ok(ShareRecord {
        id: id.try_into().map_err(|_| bad("id"))?,
        holder: holder.try_into().map_err(|_| bad("holder"))?,
        audience: key32(row.try_get(2).map_err(db)?),
        revision: u32_of(row.try_get(3).map_err(db)?, "revision")?,
        expires_at: u64_of(row.try_get(4).map_err(db)?),
        max_opens: max_opens.map(|m| u32_of(m, "max_opens")).transpose()?,
        opens: u32_of(row.try_get(6).map_err(db)?, "opens")?,
        status: Status::parse(&status).ok_or_else(|| bad("status"))?,
        blobs: decode_blobs(row.try_get(8).map_err(db)?),
    })
}

pub(super) fn sync_entry_from_row(row: &Row) -> Result<SyncEntry, StoreError> {
    let sig: Vec<u8> = row.try_get(2).map_err(db)?;
    Ok(SyncEntry {
        seq: u64_of(row.try_get(0).map_err(db)?),
        entry: row.try_get(1).map_err(db)?,
        sig: sig.try_into().map_err(|_| bad("sig"))?,
    })
}
