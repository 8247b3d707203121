//! Relay operations (share, shares, revoke, sync) for the browser: wallet-core's
//! `client` module driven through a JavaScript host object (`docs/wasm-api.md`).
//!
//! An operation takes the wallet by value for as long as it runs and hands it back in its result
//! (`{ wallet, result }`) or on its error (`error.wallet`): nothing else can touch the document
//! between two awaits, and JavaScript cannot call into a wallet that is mid-operation (its old
//! handle is spent). `session.js` in the app does this dance in one place.

use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};
use zeroize::Zeroizing;

use wallet_core::WalletDoc;
use wallet_core::client::shares;
use wallet_core::client::sync::{SyncState, sync};
use wallet_core::client::{ClientError, Host, HttpRequest, HttpResponse};
use wallet_core::document::ItemId;
use wallet_core::keys::WalletKeys;
use wallet_core::wire::wallet_file;

use crate::error::{MappeError, Result};
use crate::js;
use crate::share::{ShareOptions, core_options};
use crate::wallet::Wallet;

/// The host object's methods, as promises.
pub(crate) struct JsHost<'a> {
    obj: JsValue,
    keys: &'a WalletKeys,
}

fn host_error(what: &str, e: &JsValue) -> ClientError {
    let detail = e
        .as_string()
        .or_else(|| Reflect::get(e, &JsValue::from_str("message")).ok().and_then(|m| m.as_string()))
        .unwrap_or_else(|| "no message".into());
    ClientError::Host(format!("the app's {what} failed: {detail}"))
}

impl<'a> JsHost<'a> {
    /// The host object `obj` acting for the wallet or office with `keys`.
    pub(crate) fn new(obj: JsValue, keys: &'a WalletKeys) -> Self {
        Self { obj, keys }
    }

    async fn call(&self, name: &str, args: &[JsValue]) -> std::result::Result<JsValue, JsValue> {
        let f: Function = Reflect::get(&self.obj, &JsValue::from_str(name))?
            .dyn_into()
            .map_err(|_| JsValue::from_str(&format!("the host has no function {name}")))?;
        let value = f.apply(&self.obj, &args.iter().collect::<Array>())?;
        JsFuture::from(Promise::resolve(&value)).await
    }

    fn has(&self, name: &str) -> bool {
        Reflect::get(&self.obj, &JsValue::from_str(name)).is_ok_and(|f| f.is_function())
    }
}

fn bytes_of(value: &JsValue) -> Option<Vec<u8>> {
    value.dyn_ref::<Uint8Array>().map(Uint8Array::to_vec)
}

impl Host for JsHost<'_> {
    async fn fetch(&mut self, request: HttpRequest) -> std::result::Result<HttpResponse, ClientError> {
        let base: String = request.url.split('/').take(3).collect::<Vec<_>>().join("/");
        let headers: Array =
            request.headers.iter().map(|(k, v)| JsValue::from(Array::of2(&k.into(), &v.into()))).collect();
        let body = if request.body.is_empty() { JsValue::NULL } else { Uint8Array::from(&request.body[..]).into() };
        let req = js::object(&[
            ("method", JsValue::from_str(request.method)),
            ("url", JsValue::from_str(&request.url)),
            ("headers", headers.into()),
            ("body", body),
        ]);
        let answer = self.call("fetch", &[req]).await.map_err(|e| {
            let detail = host_error("fetch", &e).to_string();
            ClientError::Unreachable { relay: base.clone(), detail }
        })?;
        let malformed = |what: &str| ClientError::Malformed { relay: base.clone(), what: what.into() };
        let status = Reflect::get(&answer, &JsValue::from_str("status"))
            .ok()
            .and_then(|s| s.as_f64())
            .filter(|s| (100.0..600.0).contains(s))
            .ok_or_else(|| malformed("no HTTP status"))? as u16;
        let body =
            Reflect::get(&answer, &JsValue::from_str("body")).ok().and_then(|b| bytes_of(&b)).unwrap_or_default();
        if body.len() as u64 > request.limit {
            return Err(malformed("an answer larger than allowed"));
        }
        Ok(HttpResponse { status, body })
    }

    async fn has_attachment(&mut self, id: &ItemId) -> std::result::Result<bool, ClientError> {
        if self.has("hasAttachment") {
            let v = self.call("hasAttachment", &[JsValue::from_str(id.as_str())]).await;
            return v.map(|v| v.is_truthy()).map_err(|e| host_error("hasAttachment", &e));
        }
        Ok(self.read_attachment(id).await?.is_some())
    }

    async fn read_attachment(&mut self, id: &ItemId) -> std::result::Result<Option<Vec<u8>>, ClientError> {
        let v = self
            .call("readAttachment", &[JsValue::from_str(id.as_str())])
            .await
            .map_err(|e| host_error("readAttachment", &e))?;
        Ok(bytes_of(&v))
    }

    async fn write_attachment(&mut self, id: &ItemId, bytes: &[u8]) -> std::result::Result<(), ClientError> {
        self.call("writeAttachment", &[JsValue::from_str(id.as_str()), Uint8Array::from(bytes).into()])
            .await
            .map_err(|e| host_error("writeAttachment", &e))?;
        Ok(())
    }

    async fn save_wallet(&mut self, doc: &mut WalletDoc) -> std::result::Result<(), ClientError> {
        // Merge what another tab saved meanwhile, then hand over the sealed bytes.
        if self.has("readWallet") {
            let stored = self.call("readWallet", &[]).await.map_err(|e| host_error("readWallet", &e))?;
            if let Some(bytes) = bytes_of(&stored) {
                let plain = wallet_file::open(self.keys, &bytes)?;
                doc.merge(&mut WalletDoc::load(&plain)?)?;
            }
        }
        let plain = Zeroizing::new(doc.save());
        let sealed = wallet_file::seal(self.keys, &plain)?;
        self.call("saveWallet", &[Uint8Array::from(&sealed[..]).into()])
            .await
            .map_err(|e| host_error("saveWallet", &e))?;
        Ok(())
    }

    async fn save_sync_state(&mut self, state: &SyncState) -> std::result::Result<(), ClientError> {
        if self.has("saveSyncState") {
            let text = serde_json::to_string(state).map_err(|e| ClientError::Host(e.to_string()))?;
            self.call("saveSyncState", &[JsValue::from_str(&text)])
                .await
                .map_err(|e| host_error("saveSyncState", &e))?;
        }
        Ok(())
    }
}

fn done(wallet: Wallet, result: Result<JsValue>) -> std::result::Result<JsValue, JsValue> {
    match result {
        Ok(value) => Ok(js::object(&[("wallet", wallet.into()), ("result", value)])),
        Err(e) => {
            let error: JsValue = e.into();
            let _ = Reflect::set(&error, &JsValue::from_str("wallet"), &wallet.into());
            Err(error)
        }
    }
}

fn now_of(now: f64) -> Result<u64> {
    js::unix_seconds(now, "now")
}

/// Creates and uploads a share; resolves to `{ wallet, result: { shareId, url, qrSvg } }`.
#[wasm_bindgen(js_name = shareOp)]
pub fn share_op(mut wallet: Wallet, host: JsValue, options: JsValue, now: f64) -> Promise {
    future_to_promise(async move {
        let result = async {
            let now = now_of(now)?;
            let o: ShareOptions = js::from_js(&options, "the share options")?;
            let options = core_options(&o, None)?;
            let (keys, doc) = wallet.parts_mut();
            let prepared = shares::prepare(doc, options, now)?;
            let mut h = JsHost { obj: host, keys };
            let created = shares::create(&mut h, keys, doc, prepared, now).await?;
            let url = created.link.to_url();
            let svg = crate::qr::svg(&url)?;
            Ok(js::object(&[
                ("shareId", JsValue::from_str(&created.id.to_string())),
                ("url", JsValue::from_str(&url)),
                ("qrSvg", JsValue::from_str(&svg)),
            ]))
        }
        .await;
        done(wallet, result)
    })
}

/// The person's shares with what their relays say; resolves to `{ wallet, result: [...] }`.
#[wasm_bindgen(js_name = sharesOp)]
pub fn shares_op(wallet: Wallet, host: JsValue, now: f64) -> Promise {
    future_to_promise(async move {
        let result = async {
            let now = now_of(now)?;
            let mut h = JsHost { obj: host, keys: wallet.keys() };
            let list = shares::status(&mut h, wallet.keys(), wallet.doc(), now).await?;
            let out: Vec<serde_json::Value> = list.iter().map(status_json).collect();
            js::to_js(&out)
        }
        .await;
        done(wallet, result)
    })
}

fn status_json(s: &shares::ShareStatus) -> serde_json::Value {
    let r = &s.record;
    serde_json::json!({
        "shareId": r.share_id,
        "relay": r.relay,
        "audience": r.audience.as_ref().map(|a| serde_json::json!({"name": a.name, "kind": a.kind, "fingerprint": a.fingerprint()})),
        "fields": r.fields,
        "expiresAt": r.expires_at,
        "maxOpens": r.max_opens,
        "live": r.live,
        "revision": r.revision,
        "status": s.status,
        "opens": s.opens,
        "log": s.log,
        "earlier": s.earlier,
        "stoppedFollowing": r.stopped_following,
        "relayError": s.relay_error,
    })
}

/// Revokes a share; resolves to `{ wallet, result: null }`.
#[wasm_bindgen(js_name = revokeOp)]
pub fn revoke_op(mut wallet: Wallet, host: JsValue, share_id: String, now: f64) -> Promise {
    future_to_promise(async move {
        let result = async {
            let now = now_of(now)?;
            let (keys, doc) = wallet.parts_mut();
            let mut h = JsHost { obj: host, keys };
            shares::revoke(&mut h, keys, doc, &share_id, now).await?;
            Ok(JsValue::NULL)
        }
        .await;
        done(wallet, result)
    })
}

/// Syncs with `relay`; resolves to `{ wallet, result: { report, syncState } }`.
#[wasm_bindgen(js_name = syncOp)]
pub fn sync_op(mut wallet: Wallet, host: JsValue, relay: String, sync_state: Option<String>, now: f64) -> Promise {
    future_to_promise(async move {
        let result = async {
            let now = now_of(now)?;
            let saved: Option<SyncState> = match sync_state.as_deref() {
                Some(text) if !text.is_empty() => Some(js::from_json(text, "the sync state")?),
                _ => None,
            };
            let mut state = SyncState::for_relay(saved, &relay);
            let (keys, doc) = wallet.parts_mut();
            let mut h = JsHost { obj: host, keys };
            let report = sync(&mut h, keys, doc, &mut state, now).await?;
            let state_text = serde_json::to_string(&state)
                .map_err(|e| MappeError::new(crate::error::Code::Internal, e.to_string()))?;
            Ok(js::object(&[("report", js::to_js(&report)?), ("syncState", JsValue::from_str(&state_text))]))
        }
        .await;
        done(wallet, result)
    })
}
