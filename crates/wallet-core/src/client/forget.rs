//! Asking a relay to forget this wallet (`DELETE /v1/holders/{holder}`): the relay deletes the
//! sync log, the shares (tombstones included), their scans and access logs, and answers with a
//! receipt signed by its own key, checked here against the key it publishes.

use serde::Serialize;

use super::sync::SyncState;
use super::{ClientError, Host, MAX_JSON, Relay, holder_segment};
use crate::document::{ShareRecord, WalletDoc};
use crate::forget::{DeletionReceipt, RelayKeyDoc, WELL_KNOWN_PATH};
use crate::keys::WalletKeys;

/// What forgetting did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Forgotten {
    /// The verified receipt.
    pub receipt: DeletionReceipt,
    /// Shares of this wallet on that relay now recorded as revoked (ids).
    pub revoked: Vec<String>,
    /// Whether the device's sync position for that relay was reset.
    pub sync_reset: bool,
}

/// The wallet's shares on `relay` that still work (not revoked, not expired at `now`): the ones
/// forgetting will stop.
pub fn live_shares_on(doc: &WalletDoc, relay: &str, now: u64) -> Result<Vec<ShareRecord>, ClientError> {
    let relay = Relay::new(relay);
    Ok(doc
        .share_records()?
        .into_iter()
        .filter(|r| Relay::new(&r.relay) == relay && r.revoked_at.is_none() && now < r.expires_at)
        .collect())
}

/// Fetches the relay's receipt key from its well-known document.
pub async fn relay_key<H: Host>(host: &mut H, relay: &Relay) -> Result<RelayKeyDoc, ClientError> {
    let response = host.fetch(relay.request("GET", WELL_KNOWN_PATH, Vec::new(), MAX_JSON)).await?;
    if let Some(refused) = relay.refusal(&response) {
        return Err(refused);
    }
    Ok(RelayKeyDoc::parse(&response.body)?)
}

/// Asks the relay at `relay_url` to delete everything of this wallet, verifies the receipt
/// (the relay's published key, this holder), then records every share of the wallet on that
/// relay as revoked and forgotten (so the revocation is not repeated there, which would store
/// the id again) and, if `state` is about that relay, resets it so the next sync starts
/// a new log instead of reporting the deleted one as withheld.
pub async fn forget<H: Host>(
    host: &mut H,
    keys: &WalletKeys,
    doc: &mut WalletDoc,
    state: &mut SyncState,
    relay_url: &str,
    now: u64,
) -> Result<Forgotten, ClientError> {
    let relay = Relay::new(relay_url);
    let key_doc = relay_key(host, &relay).await?;
    let relay_key = key_doc.key_bytes()?;
    let path = format!("/v1/holders/{}", holder_segment(keys.identity()));
    let request = relay.signed(keys.identity(), "DELETE", &path, Vec::new(), MAX_JSON, now);
    let response = host.fetch(request).await?;
    if let Some(refused) = relay.refusal(&response) {
        return Err(refused);
    }
    let receipt = DeletionReceipt::parse(&response.body)?;
    receipt.verify(&relay_key, &keys.identity().public())?;

    let mut revoked = Vec::new();
    let mut changed = false;
    for mut r in doc.share_records()? {
        if Relay::new(&r.relay) != relay {
            continue;
        }
        if r.revoked_at.is_none() {
            r.revoked_at = Some(now);
            revoked.push(r.share_id.clone());
        }
        r.forgotten_at = Some(now);
        doc.put_share_record(&r)?;
        changed = true;
    }
    if changed {
        host.save_wallet(doc).await?;
    }
    let fresh = SyncState::for_relay(None, relay.base());
    let sync_reset = state.relay == relay.base() && *state != fresh;
    if sync_reset {
        *state = fresh;
        host.save_sync_state(state).await?;
    }
    Ok(Forgotten { receipt, revoked, sync_reset })
}
