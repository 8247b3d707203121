//! The caseworker's side: fetching a share and its scans (each open counts on the relay).
//! Verification and decryption are [`crate::share::open_share`].

use super::{ClientError, Host, MAX_BLOB, MAX_JSON, Relay};
use crate::api;
use crate::crypto::IdentitySecret;
use crate::share::ShareId;

/// A share as the relay served it, decoded.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The relay's answer.
    pub reply: api::OpenReply,
    /// The encrypted share.
    pub ciphertext: Vec<u8>,
    /// The wrapped key of an addressed share.
    pub wrapped_key: Option<Vec<u8>>,
}

/// `GET /v1/shares/{id}`, signed by the office when it opens a share addressed to it.
pub async fn fetch_share<H: Host>(
    host: &mut H,
    relay: &Relay,
    id: &ShareId,
    signer: Option<&IdentitySecret>,
    now: u64,
) -> Result<Fetched, ClientError> {
    let path = format!("/v1/shares/{id}");
    let request = match signer {
        Some(identity) => relay.signed(identity, "GET", &path, Vec::new(), MAX_JSON, now),
        None => relay.request("GET", &path, Vec::new(), MAX_JSON),
    };
    let response = host.fetch(request).await?;
    let reply: api::OpenReply = relay.json(&response)?;
    let ciphertext = relay.b64(&reply.ciphertext, "ciphertext")?;
    let wrapped_key = reply.wrapped_key.as_deref().map(|w| relay.b64(w, "wrapped_key")).transpose()?;
    Ok(Fetched { reply, ciphertext, wrapped_key })
}

/// Blob `n` of an open, with the open's download token.
pub async fn fetch_blob<H: Host>(
    host: &mut H,
    relay: &Relay,
    id: &ShareId,
    n: u32,
    token: &str,
) -> Result<Vec<u8>, ClientError> {
    let path = format!("/v1/shares/{id}/blobs/{n}?token={token}");
    let response = host.fetch(relay.request("GET", &path, Vec::new(), MAX_BLOB)).await?;
    if let Some(refused) = relay.refusal(&response) {
        return Err(refused);
    }
    Ok(response.body)
}
