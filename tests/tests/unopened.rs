//! "Nobody opened this share" (issue 13), against the real `mappe-relay` over HTTP: the core
//! asks the relay for the open counts of shares old enough to matter, and names the unopened
//! one until an office opens it. The relay accepts requests signed days ahead (a wide clock-skew
//! window), so the wallet can look at its shares as it will in four days.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use mappe_e2e::{RelayProcess, mappe, ok};
use wallet_core::attention::{NoticeKind, notices_with_opens};
use wallet_core::client::shares;
use wallet_core::client::sync::SyncState;
use wallet_core::client::{ClientError, Host, HttpRequest, HttpResponse};
use wallet_core::document::{ItemId, WalletDoc};
use wallet_core::{WalletDir, time};

const PASS: &str = "holder passphrase 1";
const DAY: u64 = 86_400;

fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
    }
}

/// Real HTTP; asking for open counts touches nothing else.
struct HttpHost(ureq::Agent);

impl Host for HttpHost {
    async fn fetch(&mut self, request: HttpRequest) -> Result<HttpResponse, ClientError> {
        let mut builder = ureq::http::Request::builder().method(request.method).uri(&request.url);
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        let mut response = self
            .0
            .run(builder.body(request.body.clone()).unwrap())
            .map_err(|e| ClientError::Unreachable { relay: request.url.clone(), detail: e.to_string() })?;
        let status = response.status().as_u16();
        let body = response.body_mut().with_config().limit(request.limit).read_to_vec().unwrap();
        Ok(HttpResponse { status, body })
    }

    async fn has_attachment(&mut self, _id: &ItemId) -> Result<bool, ClientError> {
        unreachable!("asking for opens reads no attachment")
    }

    async fn read_attachment(&mut self, _id: &ItemId) -> Result<Option<Vec<u8>>, ClientError> {
        unreachable!("asking for opens reads no attachment")
    }

    async fn write_attachment(&mut self, _id: &ItemId, _bytes: &[u8]) -> Result<(), ClientError> {
        unreachable!("asking for opens writes no attachment")
    }

    async fn save_wallet(&mut self, _doc: &mut WalletDoc) -> Result<(), ClientError> {
        unreachable!("asking for opens changes nothing in the wallet")
    }

    async fn save_sync_state(&mut self, _state: &SyncState) -> Result<(), ClientError> {
        unreachable!("asking for opens never syncs")
    }
}

#[test]
fn a_share_nobody_opened_for_days_is_named_until_the_office_opens_it() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("relay")).unwrap();
    let week = (7 * DAY).to_string();
    let mut relay = RelayProcess::start(&tmp.path().join("relay"), &["--clock-skew", &week]);
    let holder = tmp.path().join("holder");
    ok(mappe(&holder, PASS).arg("init"));
    ok(mappe(&holder, PASS).args(["profile", "set", "family_name", "Haddad"]));
    let share = || {
        let out = ok(mappe(&holder, PASS).args(["share", "--relay", &relay.url, "--yes", "--fields", "profile"]));
        let link = out.lines().find_map(|l| l.strip_prefix("Link: ")).unwrap().trim().to_string();
        let id = out.lines().find_map(|l| l.strip_prefix("Share id: ")).unwrap().trim().to_string();
        (link, id)
    };
    let (link, id) = share();
    let (_, revoked) = share();
    ok(mappe(&holder, PASS).args(["revoke", &revoked, "--yes"]));

    // Fresh shares are not asked about: the office may simply not have got to it yet.
    let status = ok(mappe(&holder, PASS).arg("status"));
    assert_eq!(status.trim(), "Nothing needs your attention now.");

    let wallet = WalletDir::new(&holder).unlock(PASS).unwrap();
    let config =
        ureq::Agent::config_builder().http_status_as_error(false).timeout_global(Some(Duration::from_secs(30))).build();
    let mut host = HttpHost(ureq::Agent::new_with_config(config));
    let in_four_days = time::now() + 4 * DAY;
    let ask =
        |host: &mut HttpHost| block_on(shares::open_counts(host, wallet.keys(), wallet.doc(), in_four_days)).unwrap();

    // Four days on, the relay says nobody opened it: the one unrevoked share is named, once.
    let (opens, error) = ask(&mut host);
    assert!(error.is_none(), "{error:?}");
    assert_eq!(opens.into_iter().collect::<Vec<_>>(), [(id.clone(), 0)], "only the active share is asked about");
    let (opens, _) = ask(&mut host);
    let list = notices_with_opens(wallet.doc(), in_four_days, &opens).unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!((list[0].kind, list[0].subject.as_str()), (NoticeKind::ShareNeverOpened, id.as_str()));
    assert_eq!(list[0].date.as_deref(), Some(time::date_of(time::now()).as_str()), "the day it was shared");

    // The caseworker opens it: nothing to say any more.
    ok(mappe(&tmp.path().join("caseworker"), "x").args(["open", &link]));
    let (opens, _) = ask(&mut host);
    assert_eq!(opens.get(&id), Some(&1));
    assert!(notices_with_opens(wallet.doc(), in_four_days, &opens).unwrap().is_empty());

    // A relay that cannot be asked leaves the counts empty and says why; `mappe status` still
    // answers about the papers (fresh shares: it does not even try the relay).
    relay.stop();
    let (opens, error) = ask(&mut host);
    assert!(opens.is_empty());
    assert!(matches!(error, Some(ClientError::Unreachable { .. })), "{error:?}");
    let out = mappe(&holder, PASS).arg("status").output().unwrap();
    assert!(out.status.success() && out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
