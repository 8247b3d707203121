//! An issuing office publishing its status list (which attestations it withdrew) on its relay.

use super::{ClientError, Host, MAX_JSON, Relay};

/// `PUT /v1/status/{issuer}`: the token is signed by the office, which is what the relay checks.
pub async fn publish_status<H: Host>(
    host: &mut H,
    relay: &str,
    issuer: &[u8; 32],
    token: &str,
) -> Result<(), ClientError> {
    let relay = Relay::new(relay);
    let path = format!("/v1/status/{}", hex::encode(issuer));
    let response = host.fetch(relay.request("PUT", &path, token.as_bytes().to_vec(), MAX_JSON)).await?;
    relay.json::<serde_json::Value>(&response).map(|_| ())
}
