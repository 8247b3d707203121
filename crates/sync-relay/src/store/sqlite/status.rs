//! Offices' status lists: one row per issuer, replaced only by a token with a later `iat`.

use rusqlite::{Connection, OptionalExtension};

use crate::store::{PutStatusOutcome, StoreError};

/// Stores `token` unless the stored list of `issuer` is as new or newer: one upsert whose
/// `WHERE` compares the `iat`s, so the check and the write cannot be split.
pub(super) fn put_status_list_tx(
    conn: &Connection,
    issuer: &[u8; 32],
    iat: u64,
    token: &[u8],
) -> Result<PutStatusOutcome, StoreError> {
    let iat = i64::try_from(iat).map_err(|_| StoreError::Db(format!("iat {iat} does not fit the database")))?;
    let changed = conn
        .prepare_cached(
            "INSERT INTO status_lists (issuer, iat, token) VALUES (?1, ?2, ?3)
             ON CONFLICT (issuer) DO UPDATE SET iat = excluded.iat, token = excluded.token
             WHERE status_lists.iat < excluded.iat",
        )?
        .execute(rusqlite::params![&issuer[..], iat, token])?;
    Ok(if changed == 1 { PutStatusOutcome::Stored } else { PutStatusOutcome::NotNewer })
}

/// The stored token of `issuer`.
pub(super) fn status_list_read(conn: &Connection, issuer: &[u8; 32]) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT token FROM status_lists WHERE issuer = ?1")?
        .query_row([&issuer[..]], |r| r.get(0))
        .optional()?)
}
