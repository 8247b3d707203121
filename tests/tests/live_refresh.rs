//! A live share refresh cut off halfway, against the real `mappe-relay` over HTTP: wallet-core's
//! relay operations driven by a host whose connection drops on the first scan upload.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use mappe_e2e::{RelayProcess, mappe, ok, pdf};
use serde_json::Value;
use wallet_core::client::shares::{self, ShareOptions};
use wallet_core::client::sync::SyncState;
use wallet_core::client::{ClientError, Host, HttpRequest, HttpResponse};
use wallet_core::document::{ItemId, WalletDoc};
use wallet_core::keys::{RecoveryCode, WalletKeys};
use wallet_core::share::consent::Lang;
use wallet_core::store::{ATTACHMENTS_DIR, save_document};
use wallet_core::{WalletDir, time};

const PASS: &str = "holder passphrase 1";

/// Every await of the host below is ready at once (ureq blocks), as with the CLI's driver.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
    }
}

/// Real HTTP and the real wallet folder; the connection can be cut at the next scan upload.
struct CutHost<'a> {
    agent: ureq::Agent,
    dir: PathBuf,
    keys: &'a WalletKeys,
    /// Whether the next `PUT …/blobs/…` fails as if the connection dropped.
    cut_next_blob_put: bool,
    /// Share revisions PUT to the relay, in order.
    revisions_sent: Vec<u64>,
}

impl<'a> CutHost<'a> {
    fn new(dir: &Path, keys: &'a WalletKeys) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build();
        Self {
            agent: ureq::Agent::new_with_config(config),
            dir: dir.to_path_buf(),
            keys,
            cut_next_blob_put: false,
            revisions_sent: Vec::new(),
        }
    }
}

impl Host for CutHost<'_> {
    async fn fetch(&mut self, request: HttpRequest) -> Result<HttpResponse, ClientError> {
        if request.method == "PUT" && request.url.contains("/blobs/") && self.cut_next_blob_put {
            self.cut_next_blob_put = false;
            return Err(ClientError::Unreachable { relay: "test".into(), detail: "connection cut".into() });
        }
        if request.method == "PUT" && !request.url.contains("/blobs/") && request.url.contains("/v1/shares/") {
            let body: Value = serde_json::from_slice(&request.body).unwrap();
            self.revisions_sent.push(body["revision"].as_u64().unwrap());
        }
        let mut builder = ureq::http::Request::builder().method(request.method).uri(&request.url);
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        let mut response = self
            .agent
            .run(builder.body(request.body.clone()).unwrap())
            .map_err(|e| ClientError::Unreachable { relay: "test".into(), detail: e.to_string() })?;
        let status = response.status().as_u16();
        let body = response.body_mut().with_config().limit(request.limit).read_to_vec().unwrap();
        Ok(HttpResponse { status, body })
    }

    async fn has_attachment(&mut self, id: &ItemId) -> Result<bool, ClientError> {
        Ok(self.dir.join(ATTACHMENTS_DIR).join(format!("{id}.blob")).exists())
    }

    async fn read_attachment(&mut self, id: &ItemId) -> Result<Option<Vec<u8>>, ClientError> {
        Ok(std::fs::read(self.dir.join(ATTACHMENTS_DIR).join(format!("{id}.blob"))).ok())
    }

    async fn write_attachment(&mut self, _id: &ItemId, _bytes: &[u8]) -> Result<(), ClientError> {
        unreachable!("sharing never writes attachments")
    }

    async fn save_wallet(&mut self, doc: &mut WalletDoc) -> Result<(), ClientError> {
        save_document(&self.dir, self.keys, doc)?;
        Ok(())
    }

    async fn save_sync_state(&mut self, _state: &SyncState) -> Result<(), ClientError> {
        unreachable!("sharing never syncs")
    }
}

#[test]
fn a_live_share_refresh_cut_off_during_the_scan_upload_is_not_stuck() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("relay")).unwrap();
    let relay = RelayProcess::start(&tmp.path().join("relay"), &[]);
    let holder = tmp.path().join("holder");
    let init = ok(mappe(&holder, PASS).arg("init"));
    let code: String = init.lines().filter(|l| l.starts_with("    ")).map(str::trim).collect::<Vec<_>>().join("-");
    let scan = tmp.path().join("telc-b1.pdf");
    std::fs::write(&scan, pdf(200 * 1024, "CUT-SCAN")).unwrap();
    ok(mappe(&holder, PASS)
        .args(["cert", "add", "--kind", "language", "--title", "Deutsch B1", "--level", "B1", "--file"])
        .arg(&scan));

    let derive = || RecoveryCode::parse(&code).unwrap().derive();
    let mut wallet = WalletDir::new(&holder).open_with_keys(derive()).unwrap();
    let (keys, doc) = wallet.parts_mut();
    let cert = doc.certificates().unwrap().remove(0);
    let mut host = CutHost::new(&holder, keys);
    let now = time::now();
    let options = ShareOptions {
        relay: relay.url.clone(),
        fields: vec![format!("certificates/{}/scan", cert.id)],
        audience: None,
        expires_at: now + 7 * 86_400,
        max_opens: None,
        purpose: None,
        lang: Lang::En,
        live: true,
        attest: Vec::new(),
    };
    let prepared = shares::prepare(doc, options, now).unwrap();
    let created = block_on(shares::create(&mut host, keys, doc, prepared, now)).unwrap();
    let share_id = created.id.to_string();

    // The holder corrects the certificate; the refresh is cut off while its scan goes up, so the
    // relay now holds revision 2 without its scan.
    let mut edited = cert.value.clone();
    edited.title = "Deutsch B1 (telc)".into();
    doc.update_certificate(&cert.id, &edited).unwrap();
    save_document(&holder, keys, doc).unwrap();
    host.cut_next_blob_put = true;
    let err = block_on(shares::refresh_live(&mut host, keys, doc, now + 1)).unwrap_err();
    assert!(matches!(err, ClientError::Unreachable { .. }), "{err}");
    assert_eq!(host.revisions_sent, [1, 2]);

    // The next refresh (as `mappe sync` or the next edit would run it) is not refused: it
    // publishes after the relay's revision and uploads the scan.
    let report = block_on(shares::refresh_live(&mut host, keys, doc, now + 2)).unwrap();
    assert_eq!(report.updated, [(share_id.clone(), 3)]);
    assert!(report.stopped.is_empty() && report.revoked_elsewhere.is_empty(), "{report:?}");
    // And nothing is left to do afterwards.
    let again = block_on(shares::refresh_live(&mut host, keys, doc, now + 3)).unwrap();
    assert_eq!(again, shares::RefreshReport::default());
    let saved = WalletDir::new(&holder).open_with_keys(derive()).unwrap();
    assert_eq!(saved.doc().share_record(&share_id).unwrap().revision, 3, "the wallet on disk knows revision 3");

    // The office opening the link sees the correction and the scan, verified.
    let scans = tmp.path().join("scans");
    std::fs::create_dir_all(&scans).unwrap();
    let out = ok(mappe(&tmp.path().join("office"), "unused passphrase")
        .args(["open", &created.link.to_url(), "--json", "--save-attachments"])
        .arg(&scans));
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["verified"], true);
    assert_eq!(v["revision"], 3);
    assert_eq!(v["content"]["certificates"][0]["title"], "Deutsch B1 (telc)");
    let saved_to = v["attachments"][0]["saved_to"].as_str().unwrap();
    assert_eq!(std::fs::read(saved_to).unwrap(), std::fs::read(&scan).unwrap());
}
