//! The CLI's driver for wallet-core's relay operations: a blocking HTTP client and the wallet
//! folder as storage. The decisions are in `wallet_core::client`; this only moves bytes.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::pin;
use std::task::{Context as TaskContext, Poll, Waker};
use std::time::Duration;

use wallet_core::client::sync::SyncState;
use wallet_core::client::{ClientError, Host, HttpRequest, HttpResponse};
use wallet_core::document::{ItemId, WalletDoc};
use wallet_core::keys::WalletKeys;
use wallet_core::store::{ATTACHMENTS_DIR, MAX_ATTACHMENT, fsutil};

/// Where a device keeps its sync state, in the wallet folder.
pub const SYNC_STATE_FILE: &str = "sync-state.json";
/// Largest sync state file read.
const MAX_SYNC_STATE: u64 = 1024 * 1024;

/// Runs a future of wallet-core's relay operations to its end. With [`CliHost`] every await is
/// ready at once (the HTTP client blocks), so this never waits on a waker.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = TaskContext::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
        std::thread::yield_now();
    }
}

/// The relay-facing host of one command: HTTP with ureq, files in the wallet folder.
pub struct CliHost<'a> {
    agent: ureq::Agent,
    /// The wallet folder and keys, for commands that keep files (not `mappe open`).
    wallet: Option<(PathBuf, &'a WalletKeys)>,
}

impl<'a> CliHost<'a> {
    /// A host that only talks HTTP (the caseworker's `mappe open`).
    pub fn http_only() -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(120)))
            .build();
        Self { agent: ureq::Agent::new_with_config(config), wallet: None }
    }

    /// A host that also keeps the wallet's files in `dir`.
    pub fn for_wallet(dir: &Path, keys: &'a WalletKeys) -> Self {
        Self { wallet: Some((dir.to_path_buf(), keys)), ..Self::http_only() }
    }

    fn dir(&self) -> Result<&Path, ClientError> {
        self.wallet.as_ref().map(|(d, _)| d.as_path()).ok_or_else(|| ClientError::Host("no wallet folder".into()))
    }

    fn attachment_path(&self, id: &ItemId) -> Result<PathBuf, ClientError> {
        Ok(self.dir()?.join(ATTACHMENTS_DIR).join(format!("{id}.blob")))
    }

    /// The sync state saved in `dir` for `relay`.
    pub fn load_sync_state(dir: &Path, relay: &str) -> anyhow::Result<SyncState> {
        let path = dir.join(SYNC_STATE_FILE);
        let saved = if path.exists() {
            let bytes = fsutil::read_limited(&path, MAX_SYNC_STATE, "the sync state")?;
            let state: SyncState = serde_json::from_slice(&bytes)
                .map_err(|_| anyhow::anyhow!("{} is damaged; delete it and sync again", path.display()))?;
            Some(state)
        } else {
            None
        };
        Ok(SyncState::for_relay(saved, relay))
    }
}

fn base_of(url: &str) -> String {
    // scheme://host[:port], never the path (it may hold a token).
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let end = url[after_scheme..].find('/').map_or(url.len(), |i| after_scheme + i);
    url[..end].to_string()
}

impl Host for CliHost<'_> {
    async fn fetch(&mut self, request: HttpRequest) -> Result<HttpResponse, ClientError> {
        let unreachable =
            |e: ureq::Error| ClientError::Unreachable { relay: base_of(&request.url), detail: e.to_string() };
        let mut builder = ureq::http::Request::builder().method(request.method).uri(&request.url);
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        let http_request = builder.body(request.body.clone()).map_err(|e| ClientError::Host(e.to_string()))?;
        let mut response = self.agent.run(http_request).map_err(unreachable)?;
        let status = response.status().as_u16();
        let body = response.body_mut().with_config().limit(request.limit).read_to_vec().map_err(unreachable)?;
        Ok(HttpResponse { status, body })
    }

    async fn has_attachment(&mut self, id: &ItemId) -> Result<bool, ClientError> {
        Ok(self.attachment_path(id)?.exists())
    }

    async fn read_attachment(&mut self, id: &ItemId) -> Result<Option<Vec<u8>>, ClientError> {
        let path = self.attachment_path(id)?;
        if !path.exists() {
            return Ok(None);
        }
        // The encrypted file is a little larger than the scan: a 30-byte header and a tag per chunk.
        let limit = MAX_ATTACHMENT + MAX_ATTACHMENT / 1024 + 4096;
        let bytes = fsutil::read_limited(&path, limit, "a scan file")?;
        Ok(Some(bytes))
    }

    async fn write_attachment(&mut self, id: &ItemId, bytes: &[u8]) -> Result<(), ClientError> {
        let path = self.attachment_path(id)?;
        if let Some(parent) = path.parent() {
            fsutil::create_private_dir(parent)?;
        }
        fsutil::write_atomic(&path, bytes)?;
        Ok(())
    }

    async fn save_wallet(&mut self, doc: &mut WalletDoc) -> Result<(), ClientError> {
        let (dir, keys) = self.wallet.as_ref().ok_or_else(|| ClientError::Host("no wallet folder".into()))?;
        wallet_core::store::save_document(dir, keys, doc)?;
        Ok(())
    }

    async fn save_sync_state(&mut self, state: &SyncState) -> Result<(), ClientError> {
        let text = serde_json::to_string_pretty(state).map_err(|e| ClientError::Host(e.to_string()))? + "\n";
        fsutil::write_atomic(&self.dir()?.join(SYNC_STATE_FILE), text.as_bytes())?;
        Ok(())
    }
}
