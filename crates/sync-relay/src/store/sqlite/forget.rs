//! Forgetting a holder: every row that names the holder or one of the holder's shares goes in
//! one transaction, with `secure_delete` on and the WAL checkpointed after the commit.

use rusqlite::{Connection, params};
use wallet_core::forget::Deleted;

use super::shares::zeroing;
use super::writer::BatchFlags;
use crate::store::{ForgetReport, StoreError};

pub(super) fn forget_holder_tx(
    conn: &Connection,
    holder: &[u8; 32],
    flags: &mut BatchFlags,
) -> Result<ForgetReport, StoreError> {
    let share_ids: Vec<[u8; 16]> = conn
        .prepare_cached("SELECT id FROM shares WHERE holder = ?1 ORDER BY id")?
        .query_map([&holder[..]], |r| r.get::<_, Vec<u8>>(0))?
        .filter_map(|id| match id {
            Ok(bytes) => bytes.try_into().ok().map(Ok),
            Err(e) => Some(Err(e)),
        })
        .collect::<Result<_, _>>()?;
    let mut deleted = Deleted::default();
    zeroing(conn, || {
        for id in &share_ids {
            let id = &id[..];
            deleted.share_blobs += conn.prepare_cached("DELETE FROM blobs WHERE share_id = ?1")?.execute([id])? as u64;
            deleted.access_log +=
                conn.prepare_cached("DELETE FROM access_log WHERE share_id = ?1")?.execute([id])? as u64;
            for sql in ["DELETE FROM share_content WHERE share_id = ?1", "DELETE FROM blob_tokens WHERE share_id = ?1"]
            {
                conn.prepare_cached(sql)?.execute([id])?;
            }
        }
        deleted.shares = conn.prepare_cached("DELETE FROM shares WHERE holder = ?1")?.execute([&holder[..]])? as u64;
        deleted.log_entries =
            conn.prepare_cached("DELETE FROM sync_entries WHERE holder = ?1")?.execute([&holder[..]])? as u64;
        deleted.log_entries +=
            conn.prepare_cached("DELETE FROM sync_snapshots WHERE holder = ?1")?.execute(params![&holder[..]])? as u64;
        deleted.log_blobs =
            conn.prepare_cached("DELETE FROM sync_blobs WHERE holder = ?1")?.execute([&holder[..]])? as u64;
        let state = conn.prepare_cached("DELETE FROM sync_logs WHERE holder = ?1")?.execute([&holder[..]])? as u64;
        if state + deleted.shares > 0 {
            flags.checkpoint = true;
        }
        Ok(())
    })?;
    Ok(ForgetReport { deleted, share_ids })
}
