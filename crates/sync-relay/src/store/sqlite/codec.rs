//! How stored rows turn into the store's types and back: blob lists, keys, times, records.

use rusqlite::{Connection, OptionalExtension};
use wallet_core::share::SharedBlob;

use crate::store::{ShareRecord, Status, StoreError, SyncEntry};

pub(crate) fn encode_blobs(blobs: &[SharedBlob]) -> Vec<u8> {
    let mut out = Vec::with_capacity(blobs.len() * 40);
    for b in blobs {
        out.extend_from_slice(&b.size.to_be_bytes());
        out.extend_from_slice(&b.sha256);
    }
    out
}

pub(crate) fn decode_blobs(bytes: Option<Vec<u8>>) -> Vec<SharedBlob> {
    let Some(bytes) = bytes else {
        return Vec::new();
    };
    bytes
        .chunks_exact(40)
        .map(|c| {
            let mut size = [0u8; 8];
            size.copy_from_slice(&c[..8]);
            let mut sha256 = [0u8; 32];
            sha256.copy_from_slice(&c[8..]);
            SharedBlob { size: u64::from_be_bytes(size), sha256 }
        })
        .collect()
}

pub(super) fn key32(bytes: Option<Vec<u8>>) -> Option<[u8; 32]> {
    bytes.and_then(|b| b.try_into().ok())
}

pub(super) const RECORD_COLUMNS: &str =
    "id, holder, audience, revision, expires_at, max_opens, opens, status, blob_list";

pub(super) fn record_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ShareRecord> {
    let id: Vec<u8> = row.get(0)?;
    let holder: Vec<u8> = row.get(1)?;
    let status: String = row.get(7)?;
    let bad = |what: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Blob,
            format!("stored {what} is malformed").into(),
        )
    };
    Ok(ShareRecord {
        id: id.try_into().map_err(|_| bad("id"))?,
        holder: holder.try_into().map_err(|_| bad("holder"))?,
        audience: key32(row.get(2)?),
        revision: row.get(3)?,
        expires_at: row.get::<_, i64>(4)? as u64,
        max_opens: row.get(5)?,
        opens: row.get(6)?,
        status: Status::parse(&status).ok_or_else(|| bad("status"))?,
        blobs: decode_blobs(row.get(8)?),
    })
}

pub(super) fn load_record(conn: &Connection, id: &[u8; 16]) -> Result<Option<ShareRecord>, StoreError> {
    Ok(conn
        .prepare_cached(&format!("SELECT {RECORD_COLUMNS} FROM shares WHERE id = ?1"))?
        .query_row([&id[..]], record_from_row)
        .optional()?)
}

/// Unix seconds as SQLite's signed integer (saturating; times come from a sane clock).
pub(super) fn t(secs: u64) -> i64 {
    i64::try_from(secs).unwrap_or(i64::MAX)
}

/// A sequence number or byte count as SQLite's signed integer.
pub(super) fn n64(value: u64) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| StoreError::Db(format!("{value} does not fit the database")))
}

pub(super) fn sync_entry_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<SyncEntry> {
    let sig: Vec<u8> = row.get(2)?;
    Ok(SyncEntry {
        seq: row.get::<_, i64>(0)? as u64,
        entry: row.get(1)?,
        sig: sig.try_into().map_err(|_| {
            rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Blob, "stored sig is malformed".into())
        })?,
    })
}
