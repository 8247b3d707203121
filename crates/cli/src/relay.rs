//! A small synchronous client for the relay API (docs/spec/relay-api-v1.md).

use std::io::Read;
use std::time::Duration;

use anyhow::Context as _;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde_json::Value;
use wallet_core::crypto::{self, IdentitySecret};
use wallet_core::share::request::{HEADER_KEY, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIME, sign_request};
use wallet_core::share::{ShareId, now};

/// Largest JSON answer read from a relay.
const MAX_JSON: u64 = 4 * 1024 * 1024;
/// Largest blob read from a relay (a little above the largest attachment).
pub const MAX_BLOB: u64 = 40 * 1024 * 1024;

/// A relay's refusal, with its JSON error code.
#[derive(Debug)]
pub struct RelayRefused {
    /// HTTP status.
    pub status: u16,
    /// The relay's error code (`revoked`, `expired`, …).
    pub code: String,
    /// The relay's message.
    pub message: String,
}

impl std::fmt::Display for RelayRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self.code.as_str() {
            "revoked" => "this share was revoked by the person who made it; nothing can be shown",
            "expired" => "this share has expired; nothing can be shown",
            "used_up" => "this share has been opened as many times as the person allowed; nothing can be shown",
            "not_found" => "the relay does not know this share (wrong link, or it no longer exists)",
            "audience_required" => {
                "the relay refused: this share is for a specific office, open it with that office's key (--as)"
            }
            "forbidden" => {
                "the relay refused: this key is not allowed to do that (not the share's owner or its office)"
            }
            _ => "",
        };
        if text.is_empty() {
            write!(f, "the relay refused the request ({} {}): {}", self.status, self.code, self.message)
        } else {
            f.write_str(text)
        }
    }
}

impl std::error::Error for RelayRefused {}

/// A relay at one base URL.
pub struct Relay {
    base: String,
    agent: ureq::Agent,
}

impl Relay {
    /// A client for the relay at `base` (e.g. `https://relay.example.org`).
    pub fn new(base: &str) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(120)))
            .build();
        Self { base: base.trim_end_matches('/').to_string(), agent: ureq::Agent::new_with_config(config) }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn unreachable(&self, e: ureq::Error) -> anyhow::Error {
        anyhow::anyhow!("cannot reach the relay at {}: {e}", self.base)
    }

    fn finish(&self, mut resp: ureq::http::Response<ureq::Body>) -> anyhow::Result<Value> {
        let status = resp.status().as_u16();
        let body = resp.body_mut().with_config().limit(MAX_JSON).read_to_vec().map_err(|e| self.unreachable(e))?;
        let value: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        if status >= 400 {
            return Err(RelayRefused {
                status,
                code: value["error"].as_str().unwrap_or("unknown").to_string(),
                message: value["message"].as_str().unwrap_or("no message").to_string(),
            }
            .into());
        }
        if value.is_null() {
            anyhow::bail!("the relay at {} answered with something that is not JSON", self.base);
        }
        Ok(value)
    }

    /// Signed request headers for `method path` with a body whose SHA-256 is `body_sha`.
    fn headers(identity: &IdentitySecret, method: &str, path: &str, body_sha: &[u8; 32]) -> [(String, String); 4] {
        let h = sign_request(identity, method, path, now(), body_sha);
        [
            (HEADER_KEY.to_string(), h.key),
            (HEADER_TIME.to_string(), h.time),
            (HEADER_NONCE.to_string(), h.nonce),
            (HEADER_SIGNATURE.to_string(), h.signature),
        ]
    }

    /// `PUT /v1/shares/{id}` with a signed JSON body.
    pub fn put_share(&self, id: &ShareId, body: &Value, identity: &IdentitySecret) -> anyhow::Result<Value> {
        let path = format!("/v1/shares/{id}");
        let bytes = serde_json::to_vec(body)?;
        let mut req = self.agent.put(&self.url(&path)).header("content-type", "application/json");
        for (k, v) in Self::headers(identity, "PUT", &path, &crypto::sha256(&bytes)) {
            req = req.header(k, v);
        }
        let resp = req.send(&bytes[..]).map_err(|e| self.unreachable(e))?;
        self.finish(resp)
    }

    /// `PUT /v1/shares/{id}/blobs/{n}`, streaming `reader` (of `size` bytes, SHA-256 `sha`).
    pub fn put_blob(
        &self,
        id: &ShareId,
        n: u32,
        reader: &mut dyn Read,
        sha: &[u8; 32],
        identity: &IdentitySecret,
    ) -> anyhow::Result<Value> {
        let path = format!("/v1/shares/{id}/blobs/{n}");
        let mut req = self.agent.put(&self.url(&path)).header("content-type", "application/octet-stream");
        for (k, v) in Self::headers(identity, "PUT", &path, sha) {
            req = req.header(k, v);
        }
        let resp = req.send(ureq::SendBody::from_reader(reader)).map_err(|e| self.unreachable(e))?;
        self.finish(resp)
    }

    /// `GET /v1/shares/{id}`, signed when an agency opens an addressed share.
    pub fn get_share(&self, id: &ShareId, signer: Option<&IdentitySecret>) -> anyhow::Result<Value> {
        let path = format!("/v1/shares/{id}");
        let mut req = self.agent.get(&self.url(&path));
        if let Some(identity) = signer {
            for (k, v) in Self::headers(identity, "GET", &path, &crypto::sha256(b"")) {
                req = req.header(k, v);
            }
        }
        let resp = req.call().map_err(|e| self.unreachable(e))?;
        self.finish(resp)
    }

    /// `GET /v1/shares/{id}/blobs/{n}?token=…`, at most `limit` bytes.
    pub fn get_blob(&self, id: &ShareId, n: u64, token: &str, limit: u64) -> anyhow::Result<Vec<u8>> {
        let path = format!("/v1/shares/{id}/blobs/{n}?token={token}");
        let mut resp = self.agent.get(&self.url(&path)).call().map_err(|e| self.unreachable(e))?;
        if resp.status().as_u16() >= 400 {
            return self.finish(resp).map(|_| Vec::new());
        }
        resp.body_mut().with_config().limit(limit).read_to_vec().map_err(|e| self.unreachable(e))
    }

    /// `POST /v1/shares/{id}/revoke`, signed by the holder.
    pub fn revoke(&self, id: &ShareId, identity: &IdentitySecret) -> anyhow::Result<Value> {
        let path = format!("/v1/shares/{id}/revoke");
        let body = b"{}";
        let mut req = self.agent.post(&self.url(&path)).header("content-type", "application/json");
        for (k, v) in Self::headers(identity, "POST", &path, &crypto::sha256(body)) {
            req = req.header(k, v);
        }
        let resp = req.send(&body[..]).map_err(|e| self.unreachable(e))?;
        self.finish(resp)
    }

    /// `GET /v1/shares/{id}/log`, signed by the holder.
    pub fn log(&self, id: &ShareId, identity: &IdentitySecret) -> anyhow::Result<Value> {
        let path = format!("/v1/shares/{id}/log");
        let mut req = self.agent.get(&self.url(&path));
        for (k, v) in Self::headers(identity, "GET", &path, &crypto::sha256(b"")) {
            req = req.header(k, v);
        }
        let resp = req.call().map_err(|e| self.unreachable(e))?;
        self.finish(resp)
    }
}

/// The holder part of sync log paths: base64url of the identity key.
pub fn holder_path(identity: &IdentitySecret) -> String {
    B64.encode(identity.public())
}

impl Relay {
    /// `GET /v1/logs/{holder}?after=SEQ`; `None` when the relay has no log for this wallet.
    pub fn log_read(&self, identity: &IdentitySecret, after: u64) -> anyhow::Result<Option<Value>> {
        let path = format!("/v1/logs/{}?after={after}", holder_path(identity));
        let mut req = self.agent.get(&self.url(&path));
        for (k, v) in Self::headers(identity, "GET", &path, &crypto::sha256(b"")) {
            req = req.header(k, v);
        }
        let resp = req.call().map_err(|e| self.unreachable(e))?;
        if resp.status().as_u16() == 404 {
            return Ok(None);
        }
        let mut resp = resp;
        let status = resp.status().as_u16();
        let body =
            resp.body_mut().with_config().limit(64 * 1024 * 1024).read_to_vec().map_err(|e| self.unreachable(e))?;
        let value: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        if status >= 400 || value.is_null() {
            return Err(RelayRefused {
                status,
                code: value["error"].as_str().unwrap_or("unknown").to_string(),
                message: value["message"].as_str().unwrap_or("no message").to_string(),
            }
            .into());
        }
        Ok(Some(value))
    }

    /// `POST /v1/logs/{holder}` (append) or `PUT /v1/logs/{holder}/snapshot`.
    pub fn log_write(
        &self,
        identity: &IdentitySecret,
        snapshot: bool,
        seq: u64,
        entry: &[u8],
        sig: &[u8],
    ) -> anyhow::Result<Value> {
        let (method, path) = if snapshot {
            ("PUT", format!("/v1/logs/{}/snapshot", holder_path(identity)))
        } else {
            ("POST", format!("/v1/logs/{}", holder_path(identity)))
        };
        let bytes = serde_json::to_vec(&serde_json::json!({"seq": seq, "entry": b64(entry), "sig": b64(sig)}))?;
        let mut req = if snapshot { self.agent.put(&self.url(&path)) } else { self.agent.post(&self.url(&path)) }
            .header("content-type", "application/json");
        for (k, v) in Self::headers(identity, method, &path, &crypto::sha256(&bytes)) {
            req = req.header(k, v);
        }
        let resp = req.send(&bytes[..]).map_err(|e| self.unreachable(e))?;
        self.finish(resp)
    }

    /// `PUT /v1/logs/{holder}/blobs/{name}`, streaming an encrypted attachment file.
    pub fn log_put_blob(
        &self,
        identity: &IdentitySecret,
        name: &str,
        path_on_disk: &std::path::Path,
    ) -> anyhow::Result<()> {
        let sha = {
            let mut f = std::fs::File::open(path_on_disk)?;
            let mut h = crypto::Sha256Stream::new();
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let n = f.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                h.update(&buf[..n]);
            }
            h.finish()
        };
        let path = format!("/v1/logs/{}/blobs/{name}", holder_path(identity));
        let mut req = self.agent.put(&self.url(&path)).header("content-type", "application/octet-stream");
        for (k, v) in Self::headers(identity, "PUT", &path, &sha) {
            req = req.header(k, v);
        }
        let mut file = std::fs::File::open(path_on_disk)?;
        let resp = req.send(ureq::SendBody::from_reader(&mut file)).map_err(|e| self.unreachable(e))?;
        self.finish(resp).map(|_| ())
    }

    /// `GET /v1/logs/{holder}/blobs/{name}`; `None` if the relay does not have it.
    pub fn log_blob(&self, identity: &IdentitySecret, name: &str) -> anyhow::Result<Option<Vec<u8>>> {
        let path = format!("/v1/logs/{}/blobs/{name}", holder_path(identity));
        let mut req = self.agent.get(&self.url(&path));
        for (k, v) in Self::headers(identity, "GET", &path, &crypto::sha256(b"")) {
            req = req.header(k, v);
        }
        let mut resp = req.call().map_err(|e| self.unreachable(e))?;
        match resp.status().as_u16() {
            404 => Ok(None),
            s if s >= 400 => self.finish(resp).map(|_| None),
            _ => {
                Ok(Some(resp.body_mut().with_config().limit(MAX_BLOB).read_to_vec().map_err(|e| self.unreachable(e))?))
            }
        }
    }
}

/// Decodes a base64url field of a relay answer.
pub fn b64_field(value: &Value, key: &str) -> anyhow::Result<Option<Vec<u8>>> {
    match &value[key] {
        Value::Null => Ok(None),
        Value::String(s) => {
            Ok(Some(B64.decode(s.as_bytes()).with_context(|| format!("the relay sent a bad `{key}`"))?))
        }
        _ => anyhow::bail!("the relay sent a bad `{key}`"),
    }
}

/// Base64url without padding.
pub fn b64(bytes: &[u8]) -> String {
    B64.encode(bytes)
}
