//! Attestations in the browser: the person keeps an office's attestation with a paper and lists
//! what they hold; the office desk issues and withdraws. The checks and formats are
//! wallet-core's (`wallet_core::attest`); sharing presents them through `ShareOptions.attest`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use wallet_core::attest::registry::{Issued, Registry};
use wallet_core::attest::{AttestError, AttestKind, Held, IssueRequest};
use wallet_core::document::Section;

use crate::error::{Code, MappeError, Result};
use crate::js;
use crate::office::Office;
use crate::wallet::Wallet;

impl From<AttestError> for MappeError {
    fn from(e: AttestError) -> Self {
        let code = match e {
            AttestError::Signature | AttestError::Disclosure(_) | AttestError::KeyBinding(_) => Code::Integrity,
            AttestError::Expired(_) => Code::Expired,
            AttestError::Random => Code::Internal,
            _ => Code::BadInput,
        };
        Self { code, detail: e.code().to_string(), message: e.to_string(), status: None }
    }
}

/// One attestation the person holds, as the app lists it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HeldView {
    entry: String,
    kind: AttestKind,
    issuer_name: Option<String>,
    issuer: String,
    issued_at: u64,
    expires_at: u64,
    expired: bool,
    claims: serde_json::Map<String, serde_json::Value>,
}

fn held_view(entry: String, h: Held, now: u64) -> HeldView {
    HeldView {
        entry,
        kind: h.kind,
        issuer_name: h.issuer_name,
        issuer: h.issuer,
        issued_at: h.issued_at,
        expires_at: h.expires_at,
        expired: now >= h.expires_at,
        claims: h.claims,
    }
}

/// `residence/<id>` or `certificates/<id>`.
fn entry(text: &str) -> Result<(Section, &str)> {
    wallet_core::attest::entry_of(text)
        .ok_or_else(|| MappeError::bad_input("entry: residence/<id> or certificates/<id>"))
}

#[wasm_bindgen]
impl Wallet {
    /// The person's Ed25519 key (hex), for an office that confirms one of their papers.
    #[wasm_bindgen(js_name = publicKey)]
    pub fn public_key(&self) -> String {
        self.keys().public_identity().to_hex()
    }

    /// Checks an office's attestation (its signature, that it is about this person's key and
    /// still valid) and keeps it with the paper `entry` names; resolves to what it confirms.
    #[wasm_bindgen(js_name = importAttestation)]
    pub fn import_attestation(&mut self, text: &str, entry_path: &str, now: f64) -> Result<JsValue, JsValue> {
        let now = js::unix_seconds(now, "now")?;
        let (section, id) = entry(entry_path.trim())?;
        let (held, issued) = Held::import(text, &self.keys().public_identity().0, now).map_err(MappeError::from)?;
        if held.kind.section() != section {
            return Err(MappeError::bad_input(format!(
                "this attestation confirms a {} paper; keep it with a matching entry",
                held.kind.as_str()
            ))
            .into());
        }
        let full = self.doc_mut().set_attestation(section, id, &issued).map_err(MappeError::from)?;
        Ok(js::to_js(&held_view(format!("{}/{full}", section.key()), held, now))?)
    }

    /// Every attestation the wallet holds, by entry.
    pub fn attestations(&self, now: f64) -> Result<JsValue, JsValue> {
        let now = js::unix_seconds(now, "now")?;
        let doc = self.doc();
        let mut out = Vec::new();
        let ids =
            doc.residence().map_err(MappeError::from)?.into_iter().map(|i| (Section::Residence, i.id)).chain(
                doc.certificates().map_err(MappeError::from)?.into_iter().map(|i| (Section::Certificates, i.id)),
            );
        for (section, id) in ids {
            if let Some(text) = doc.attestation(section, id.as_str()).map_err(MappeError::from)?
                && let Ok(h) = Held::read(&text)
            {
                out.push(held_view(format!("{}/{id}", section.key()), h, now));
            }
        }
        Ok(js::to_js(&out)?)
    }
}

/// What issuing gives the desk: the attestation for the person, the registry to keep and the
/// status list to publish (`PUT statusUrl` with `statusToken` as the body).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Issuing {
    sd_jwt: String,
    number: u64,
    registry: String,
    status_url: String,
    status_token: String,
}

/// What the desk asks to attest.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct AttestRequest {
    kind: String,
    holder: String,
    claims: std::collections::BTreeMap<String, String>,
    expires_at: f64,
    relay: Option<String>,
}

#[wasm_bindgen]
impl Office {
    /// Issues an attestation: `request` is `{kind, holder, claims, expiresAt, relay}` with the
    /// person's key `holder` (hex) and `claims` an object of texts (`{kind:
    /// "aufenthaltserlaubnis", valid_until: "2027-12-31", work_permitted: "yes"}`). `registry` is
    /// what this returned last time (null the first time, when `relay` names where withdrawals
    /// are published).
    pub fn attest(&self, request: JsValue, registry: Option<String>, now: f64) -> Result<JsValue, JsValue> {
        let now = js::unix_seconds(now, "now")?;
        let AttestRequest { kind, holder, claims, expires_at, relay } = js::from_js(&request, "request")?;
        let expires_at = js::unix_seconds(expires_at, "expiresAt")?;
        let kind = AttestKind::parse(&kind)
            .ok_or_else(|| MappeError::bad_input("kind: residence, certificate or recognition"))?;
        let holder: [u8; 32] = hex::decode(holder.trim())
            .ok()
            .and_then(|k| k.try_into().ok())
            .ok_or_else(|| MappeError::bad_input("holder: the person's key, 64 hex characters"))?;
        let mut registry = match (registry, relay) {
            (Some(r), _) => Registry::parse(r.as_bytes()).map_err(MappeError::from)?,
            (None, Some(relay)) => {
                wallet_core::share::check_relay_url(relay.trim_end_matches('/')).map_err(MappeError::bad_input)?;
                Registry::new(&relay)
            }
            (None, None) => return Err(MappeError::bad_input("relay: where this office publishes withdrawals").into()),
        };
        let identity = self.keys().identity();
        let status = registry.next(&identity.public());
        let req = IssueRequest {
            kind,
            holder,
            claims: claims.into_iter().collect(),
            issued_at: now,
            expires_at,
            status: status.clone(),
            issuer_name: self.name(),
        };
        let sd_jwt = wallet_core::attest::issue(identity, &req).map_err(MappeError::from)?;
        registry.issued.push(Issued {
            idx: status.idx,
            kind,
            holder: hex::encode(holder),
            issued_at: now,
            expires_at,
            withdrawn_at: None,
        });
        let status_token = registry.status_token(identity, now).map_err(MappeError::from)?;
        let out = Issuing {
            sd_jwt,
            number: status.idx,
            registry: serde_json::to_string(&registry).map_err(|e| MappeError::new(Code::Internal, e.to_string()))?,
            status_url: status.uri,
            status_token,
        };
        Ok(js::to_js(&out)?)
    }

    /// Withdraws attestation `number`; resolves to `{registry, statusUrl, statusToken}` to keep
    /// and publish.
    pub fn withdraw(&self, registry: &str, number: f64, now: f64) -> Result<JsValue, JsValue> {
        let now = js::unix_seconds(now, "now")?;
        let number = js::unix_seconds(number, "number")?;
        let mut registry = Registry::parse(registry.as_bytes()).map_err(MappeError::from)?;
        registry.withdraw(number, now).map_err(MappeError::from)?;
        let identity = self.keys().identity();
        let status_token = registry.status_token(identity, now).map_err(MappeError::from)?;
        let status_url = registry.status_uri(&identity.public());
        let registry = serde_json::to_string(&registry).map_err(|e| MappeError::new(Code::Internal, e.to_string()))?;
        Ok(js::object(&[
            ("registry", JsValue::from_str(&registry)),
            ("statusUrl", JsValue::from_str(&status_url)),
            ("statusToken", JsValue::from_str(&status_token)),
        ]))
    }
}
