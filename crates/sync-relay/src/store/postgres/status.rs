//! Offices' status lists on PostgreSQL, mirroring `store/sqlite/status.rs`.

use deadpool_postgres::GenericClient;

use super::codec::{db, n64};
use super::{exec, row_opt};
use crate::store::{PutStatusOutcome, StoreError};

/// Stores `token` unless the stored list of `issuer` is as new or newer. One statement: the
/// row lock of `ON CONFLICT … DO UPDATE` orders concurrent uploads from any instance, and the
/// `WHERE` sees the latest committed `iat`, so the stored list never goes back in time.
pub(super) async fn put_status_list(
    c: &impl GenericClient,
    issuer: &[u8; 32],
    iat: u64,
    token: &[u8],
) -> Result<PutStatusOutcome, StoreError> {
    let changed = exec(
        c,
        "INSERT INTO status_lists (issuer, iat, token) VALUES ($1, $2, $3)
         ON CONFLICT (issuer) DO UPDATE SET iat = EXCLUDED.iat, token = EXCLUDED.token
         WHERE status_lists.iat < EXCLUDED.iat",
        &[&&issuer[..], &n64(iat)?, &token],
    )
    .await?;
    Ok(if changed == 1 { PutStatusOutcome::Stored } else { PutStatusOutcome::NotNewer })
}

/// The stored token of `issuer`.
pub(super) async fn status_list(c: &impl GenericClient, issuer: &[u8; 32]) -> Result<Option<Vec<u8>>, StoreError> {
    row_opt(c, "SELECT token FROM status_lists WHERE issuer = $1", &[&&issuer[..]])
        .await?
        .map(|r| r.try_get(0).map_err(db))
        .transpose()
}
