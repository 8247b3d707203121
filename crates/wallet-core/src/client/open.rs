//! The caseworker's side: fetching a share and its scans (each open counts on the relay).
//! Verification and decryption are [`crate::share::open_share`]; what an office saw before is
//! [`crate::share::seen`].

use std::collections::HashMap;

use serde_json::{Value, json};

use super::{ClientError, Host, MAX_BLOB, MAX_JSON, Relay};
use crate::api;
use crate::attest::{self, PresentationContext, TrustList, Verdict};
use crate::crypto::IdentitySecret;
use crate::keys::WalletKeys;
use crate::share::agency::AgencyCard;
use crate::share::seen::{Changes, Seen};
use crate::share::{AttachmentRef, OpenedShare, ShareError, ShareId, ShareLink, VerifyOptions, open_share};
use crate::wire::attachment;

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

/// A share opened, checked and compared with what this office saw before.
#[derive(Debug, Clone)]
pub struct Opening {
    /// The relay's answer (opens so far, the scans' download token).
    pub reply: api::OpenReply,
    /// The verified share.
    pub opened: OpenedShare,
    /// What changed since this office's last open; `None` on its first (or without an office).
    pub changes: Option<Changes>,
    /// The record to keep for the next open (sealed under the office's key); `None` without an office.
    pub seen: Option<Vec<u8>>,
    /// The verdict on each office attestation the share presents, in manifest order (filled by
    /// [`judge_attestations`]; empty before).
    pub attestations: Vec<ItemVerdict>,
}

/// The verdict on one presented attestation and the entry it is about.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ItemVerdict {
    /// The entry (`residence/<id>`).
    pub item: String,
    /// The presentation as received, for the case file and other verifiers; left out when it
    /// failed its checks, so that nothing the verdict hides can be decoded from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sd_jwt: Option<String>,
    /// The verdict.
    #[serde(flatten)]
    pub verdict: Verdict,
}

/// Which offices a verifier trusts: a trust list at `url`, signed by the pinned `key`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustPin {
    /// Where the list is (`https://relay/v1/directory`); `None`: the share's relay.
    pub url: Option<String>,
    /// The publisher's Ed25519 key.
    pub key: [u8; 32],
}

/// What went wrong getting the trust list (the verdicts then say "not on your trust list").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustProblem(pub String);

/// Splits `https://host/path` into a relay base and a path, for URLs from outside (status list
/// URIs, the trust list's address).
fn split_url(url: &str) -> Option<(String, String)> {
    let scheme_end = url.find("://")? + 3;
    let slash = url[scheme_end..].find('/')? + scheme_end;
    let (base, path) = url.split_at(slash);
    crate::share::check_relay_url(base).ok()?;
    Some((base.to_string(), path.to_string()))
}

/// Judges the attestations of an opening: fetches the trust list (checked against the pinned
/// key) and each issuer's status list, then gives every attestation its verdict. A list that
/// cannot be fetched never makes an attestation "confirmed": without the trust list every
/// issuer is untrusted, without a status list the status is unknown.
pub async fn judge_attestations<H: Host>(
    host: &mut H,
    link: &ShareLink,
    opening: &mut Opening,
    trust: Option<&TrustPin>,
    now: u64,
) -> Option<TrustProblem> {
    let m = &opening.opened.manifest;
    if m.attestations.is_empty() {
        return None;
    }
    let mut problem = None;
    let trust_list = match trust {
        None => None,
        Some(pin) => {
            let url = pin.url.clone().unwrap_or_else(|| format!("{}/v1/directory", link.relay));
            match fetch_text(host, &url, attest::trust::MAX_TRUST_LIST as u64).await {
                Ok(text) => match TrustList::verify(&text, &pin.key) {
                    Ok(list) => Some(list),
                    Err(e) => {
                        problem = Some(TrustProblem(e.to_string()));
                        None
                    }
                },
                Err(e) => {
                    problem = Some(TrustProblem(format!("the trust list could not be fetched from {url}: {e}")));
                    None
                }
            }
        }
    };
    let texts: Vec<String> = m.attestations.iter().map(|a| a.sd_jwt.clone()).collect();
    let mut statuses = HashMap::new();
    for uri in attest::status_uris(&texts, trust_list.as_ref()) {
        if let Ok(text) = fetch_text(host, &uri, attest::status::MAX_STATUS_TOKEN as u64).await {
            statuses.insert(uri, text);
        }
    }
    let aud = match &m.audience {
        Some(a) => attest::audience_for_agency(&a.ed25519),
        None => attest::audience_for_share(&m.share_id),
    };
    let ctx = PresentationContext {
        holder: opening.opened.holder.0,
        share_id: &m.share_id,
        aud: &aud,
        now,
        trust: trust_list.as_ref(),
        statuses: &statuses,
    };
    opening.attestations = m
        .attestations
        .iter()
        .map(|a| {
            let verdict = attest::verify_presentation(&a.sd_jwt, &ctx);
            let sd_jwt = (verdict.standing != attest::Standing::Invalid).then(|| a.sd_jwt.clone());
            ItemVerdict { item: a.item.clone(), sd_jwt, verdict }
        })
        .collect();
    problem
}

async fn fetch_text<H: Host>(host: &mut H, url: &str, limit: u64) -> Result<String, ClientError> {
    let (base, path) = split_url(url)
        .ok_or_else(|| ClientError::Malformed { relay: url.to_string(), what: "not an https:// address".into() })?;
    let relay = Relay::new(&base);
    let response = host.fetch(relay.request("GET", &path, Vec::new(), limit)).await?;
    if let Some(refused) = relay.refusal(&response) {
        return Err(refused);
    }
    String::from_utf8(response.body).map_err(|_| relay.malformed("not text"))
}

/// Opens the share `link` names: fetch (signed by the office for an addressed share), verify,
/// and, for an office, compare with `seen` (what [`Opening::seen`] returned last time). A relay
/// serving an older revision than `seen` is refused with [`ShareError::OlderRevision`]. Every
/// call counts as one open on the relay.
pub async fn open_link<H: Host>(
    host: &mut H,
    link: &ShareLink,
    office: Option<&WalletKeys>,
    seen: Option<&[u8]>,
    now: u64,
) -> Result<Opening, ClientError> {
    if link.key.is_none() && office.is_none() {
        return Err(ShareError::NeedsAgencyKey("the link has no key; open it at that office".into()).into());
    }
    let relay = Relay::new(&link.relay);
    let signer = if link.key.is_none() { office.map(WalletKeys::identity) } else { None };
    let fetched = fetch_share(host, &relay, &link.id, signer, now).await?;
    let opened = open_share(
        &VerifyOptions {
            id: link.id,
            key: link.key.clone(),
            agency: office.map(WalletKeys::agreement),
            revision: fetched.reply.revision,
            now,
        },
        &fetched.ciphertext,
        fetched.wrapped_key.as_deref(),
    )?;
    let m = &opened.manifest;
    let (changes, seen) = match office {
        Some(keys) => {
            let previous = seen.and_then(|bytes| Seen::open(keys, &m.share_id, bytes));
            if let Some(prev) = &previous
                && prev.revision > m.revision
            {
                return Err(ShareError::OlderRevision { served: m.revision, seen: prev.revision }.into());
            }
            let record = Seen { revision: m.revision, content: m.content.clone() };
            let sealed = record.seal(keys, &m.share_id).map_err(|e| ClientError::Wallet(e.into()))?;
            (previous.map(|p| p.changes(&m.content)), Some(sealed))
        }
        None => (None, None),
    };
    Ok(Opening { reply: fetched.reply, opened, changes, seen, attestations: Vec::new() })
}

/// Downloads scan `r` of an opening and decrypts it; refused unless its size and SHA-256 are
/// the ones the holder signed.
pub async fn fetch_scan<H: Host>(
    host: &mut H,
    link: &ShareLink,
    opening: &Opening,
    r: &AttachmentRef,
) -> Result<Vec<u8>, ClientError> {
    let relay = Relay::new(&link.relay);
    let token = opening.reply.blob_token.as_deref().ok_or_else(|| ClientError::Malformed {
        relay: link.relay.clone(),
        what: "no download token for the scans".into(),
    })?;
    let bytes = fetch_blob(host, &relay, &link.id, r.blob, token).await?;
    let key = r.secret_key()?;
    let mut plain = Vec::with_capacity(bytes.len());
    let digest = attachment::decrypt(&key, &mut bytes.as_slice(), &mut plain).map_err(|_| ShareError::Integrity)?;
    if digest.size != r.size || hex::encode(digest.sha256) != r.sha256 {
        return Err(ShareError::Integrity.into());
    }
    Ok(plain)
}

impl Opening {
    /// What a caseworker is shown, as `mappe open --json` prints it: the verified manifest, the
    /// relay's count of opens, the changes since last time, who retrieved it and when.
    pub fn view(&self, office: Option<&AgencyCard>, retrieved_at: u64) -> Value {
        let m = &self.opened.manifest;
        json!({
            "verified": true,
            "stated_by": "holder",
            "share_id": m.share_id,
            "revision": m.revision,
            "holder": { "public_key": m.holder, "fingerprint": self.opened.holder.fingerprint() },
            "audience": m.audience,
            "purpose": m.purpose,
            "fields": m.fields,
            "content": m.content,
            "consent": m.consent,
            "created_at": m.created_at,
            "expires_at": m.expires_at,
            "max_opens": m.max_opens,
            "opens": self.reply.opens,
            "live": m.live,
            "revised_at": m.revised_at,
            "changes": self.changes,
            "attachments": m.attachments.iter().map(|a| json!({
                "name": a.name, "media_type": a.media_type, "size": a.size, "sha256": a.sha256,
            })).collect::<Vec<_>>(),
            "attestations": self.attestations,
            "retrieved_at": retrieved_at,
            "office": office.map(|c| json!({ "name": c.name, "kind": c.kind, "fingerprint": c.fingerprint() })),
        })
    }
}
