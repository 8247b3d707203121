//! The holder's shares on a relay: creating one (scans re-encrypted for it), keeping live shares
//! in step with the wallet, revoking, and reading who opened what.

use serde::Serialize;

use super::{ClientError, Host, HttpRequest, MAX_JSON, Relay, b64};
use crate::api;
use crate::attention;
use crate::attest::{self, AttestError, Held};
use crate::document::{AttestChoice, ShareRecord, WalletDoc};
use crate::keys::WalletKeys;
use crate::share::PresentedAttestation;
use crate::share::consent::{self, ConsentInput, Lang};
use crate::share::{
    AttachmentRef, Audience, ConsentText, MANIFEST_VERSION, Manifest, Selection, ShareId, ShareKey, ShareLink,
    SharedBlob, check_relay_url, date_of, reencrypt, seal_share, select,
};
use crate::time::MAX_SHARE_DAYS;

/// Longest purpose text.
pub const MAX_PURPOSE: usize = 500;

/// What the person chose for a new share.
#[derive(Debug, Clone)]
pub struct ShareOptions {
    /// The relay's base URL.
    pub relay: String,
    /// Paths to share (`profile.family_name`, `certificates/<id>`, `residence/current`, …).
    pub fields: Vec<String>,
    /// The office it is addressed to; `None` for a bearer share.
    pub audience: Option<Audience>,
    /// Expiry, Unix seconds.
    pub expires_at: u64,
    /// Most opens allowed.
    pub max_opens: Option<u32>,
    /// Why it is shared, in the person's words.
    pub purpose: Option<String>,
    /// Language of the consent summary.
    pub lang: Lang,
    /// Whether it follows later corrections.
    pub live: bool,
    /// Offices' attestations to show with it, each with only the chosen claims.
    pub attest: Vec<AttestChoice>,
}

/// Why share options were refused (all are the person's input).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OptionsError {
    /// Nothing chosen.
    #[error("choose what to share")]
    NoFields,
    /// An open limit of zero.
    #[error("the most opens must be at least 1")]
    ZeroOpens,
    /// An empty or too long purpose.
    #[error("the purpose is 1 to {MAX_PURPOSE} characters")]
    Purpose,
    /// Expiry in the past or too far ahead.
    #[error("a share must expire in the future and within {MAX_SHARE_DAYS} days")]
    Expiry,
    /// Not a relay URL.
    #[error("{0}")]
    Relay(String),
    /// An attestation choice that does not fit the wallet.
    #[error("{0}")]
    Attest(String),
}

/// A share ready to be agreed to: what it holds and the consent text the person reads.
#[derive(Debug)]
pub struct Prepared {
    /// The options.
    pub options: ShareOptions,
    /// What the chosen paths hold now.
    pub selection: Selection,
    /// The consent summary in the person's language (signed into the manifest).
    pub consent_text: String,
    /// When it was prepared.
    pub created_at: u64,
}

/// Checks the options and renders the consent summary.
pub fn prepare(doc: &WalletDoc, options: ShareOptions, now: u64) -> Result<Prepared, ClientError> {
    if options.fields.is_empty() {
        return Err(OptionsError::NoFields.into());
    }
    if options.max_opens == Some(0) {
        return Err(OptionsError::ZeroOpens.into());
    }
    if options.purpose.as_ref().is_some_and(|p| p.trim().is_empty() || p.len() > MAX_PURPOSE) {
        return Err(OptionsError::Purpose.into());
    }
    if options.expires_at <= now || options.expires_at > now + MAX_SHARE_DAYS * 86_400 {
        return Err(OptionsError::Expiry.into());
    }
    let relay = options.relay.trim_end_matches('/').to_string();
    check_relay_url(&relay).map_err(OptionsError::Relay)?;
    let options = ShareOptions { relay, ..options };
    let selection = select(doc, &options.fields, &date_of(now))?;
    let mut attest = Vec::new();
    let mut held = Vec::new();
    for choice in &options.attest {
        let (item, h, _) = chosen_attestation(doc, choice)?;
        if now >= h.expires_at {
            return Err(OptionsError::Attest(format!(
                "the attestation of {item} expired on {}; ask the office for a new one",
                crate::time::last_valid_date(h.expires_at)
            ))
            .into());
        }
        attest.push(AttestChoice { item, claims: choice.claims.clone() });
        held.push(h);
    }
    let options = ShareOptions { attest, ..options };
    let confirmed: Vec<consent::Confirmed<'_>> = held
        .iter()
        .zip(&options.attest)
        .map(|(h, c)| consent::Confirmed {
            kind: h.kind,
            issuer: h.issuer_name.as_deref().unwrap_or("?"),
            claims: &c.claims,
        })
        .collect();
    let consent_text = consent::render(
        options.lang,
        &ConsentInput {
            audience: options.audience.as_ref().map(|a| a.name.as_str()),
            items: &selection.described,
            purpose: options.purpose.as_deref(),
            expires_at: options.expires_at,
            max_opens: options.max_opens,
            live: options.live,
            confirmed: &confirmed,
        },
    );
    drop(confirmed);
    Ok(Prepared { options, selection, consent_text, created_at: now })
}

/// Finds the entry a choice names and its attestation: the entry's full path, the checked
/// attestation and its text.
fn chosen_attestation(doc: &WalletDoc, choice: &AttestChoice) -> Result<(String, Held, String), ClientError> {
    let bad = |why: String| ClientError::from(OptionsError::Attest(why));
    let Some((section, id)) = attest::entry_of(&choice.item) else {
        return Err(bad(format!(
            "`{}` is not an entry an office can confirm; use residence/<id> or certificates/<id>",
            choice.item
        )));
    };
    let full = doc.resolve(section, id)?;
    let text = doc
        .attestation(section, full.as_str())?
        .ok_or_else(|| bad(format!("{}/{full} has no attestation from an office; import one first", section.key())))?;
    let held = Held::read(&text).map_err(|e| bad(e.to_string()))?;
    if choice.claims.is_empty() {
        return Err(bad("choose at least one confirmed fact to show".into()));
    }
    for c in &choice.claims {
        if !held.claims.contains_key(c) {
            return Err(bad(format!(
                "the attestation of {}/{full} has no `{c}`; it has: {}",
                section.key(),
                held.claims.keys().cloned().collect::<Vec<_>>().join(", ")
            )));
        }
    }
    Ok((format!("{}/{full}", section.key()), held, text))
}

/// The attestations a share presents, bound to it (nonce = share id, aud = office or share).
fn presentations(
    doc: &WalletDoc,
    keys: &WalletKeys,
    id: &ShareId,
    audience: Option<&Audience>,
    choices: &[AttestChoice],
    now: u64,
) -> Result<Vec<PresentedAttestation>, ClientError> {
    let aud = match audience {
        Some(a) => attest::audience_for_agency(&a.ed25519),
        None => attest::audience_for_share(&id.to_string()),
    };
    choices
        .iter()
        .map(|c| {
            let (_, _, text) = chosen_attestation(doc, c)?;
            let sd_jwt = attest::present(&text, &c.claims, keys.identity(), &id.to_string(), &aud, now)
                .map_err(|e: AttestError| ClientError::from(OptionsError::Attest(e.to_string())))?;
            Ok(PresentedAttestation { item: c.item.clone(), sd_jwt })
        })
        .collect()
}

/// A share made and uploaded.
#[derive(Debug, Clone)]
pub struct Created {
    /// Its id.
    pub id: ShareId,
    /// The link for the QR code (with the key in the fragment for a bearer share).
    pub link: ShareLink,
}

/// Creates the prepared share on its relay and records it in the wallet. The record is saved
/// as soon as the relay holds the share, so a share is never live on a relay without the
/// wallet knowing it (and being able to revoke it).
pub async fn create<H: Host>(
    host: &mut H,
    keys: &WalletKeys,
    doc: &mut WalletDoc,
    prepared: Prepared,
    now: u64,
) -> Result<Created, ClientError> {
    let Prepared { options: o, selection, consent_text, created_at } = prepared;
    let id = ShareId::random().map_err(crate::Error::from)?;
    let key = ShareKey::random().map_err(crate::Error::from)?;
    let manifest = Manifest {
        v: MANIFEST_VERSION,
        share_id: id.to_string(),
        holder: keys.public_identity().to_hex(),
        audience: o.audience.clone(),
        fields: selection.paths.clone(),
        purpose: o.purpose.clone(),
        consent: ConsentText { lang: o.lang.code().into(), text: consent_text },
        created_at,
        expires_at: o.expires_at,
        max_opens: o.max_opens,
        revision: 1,
        live: o.live,
        revised_at: None,
        content: selection.content.clone(),
        attachments: Vec::new(),
        attestations: presentations(doc, keys, &id, o.audience.as_ref(), &o.attest, now)?,
    };
    let relay = Relay::new(&o.relay);
    let sealed = seal(host, keys, &id, &key, manifest, &selection).await?;
    put(host, &relay, keys, &id, &sealed, now).await?;
    let mut record = ShareRecord {
        share_id: id.to_string(),
        relay: relay.base().to_string(),
        key: key.0.clone(),
        audience: o.audience.clone(),
        fields: sealed.manifest.fields.clone(),
        purpose: o.purpose.clone(),
        lang: o.lang.code().to_string(),
        created_at,
        expires_at: o.expires_at,
        max_opens: o.max_opens,
        live: o.live,
        revision: 1,
        revoked_at: None,
        consent_text: Some(sealed.manifest.consent.text.clone()),
        // Unset until every scan is up: a live share whose upload was cut off is published again.
        content_hash: None,
        stopped_following: None,
        forgotten_at: None,
        attest: o.attest.clone(),
    };
    doc.put_share_record(&record)?;
    host.save_wallet(doc).await?;
    upload_blobs(host, &relay, keys, &id, &sealed.blobs, now).await?;
    record.content_hash = Some(content_hash_with(&selection, &held_texts(doc, &o.attest)?));
    doc.put_share_record(&record)?;
    host.save_wallet(doc).await?;
    let link = ShareLink { relay: relay.base().to_string(), id, key: o.audience.is_none().then_some(key) };
    Ok(Created { id, link })
}

/// Fingerprint of what a share shows, to notice when a live share must follow an edit.
pub fn content_hash(selection: &Selection) -> String {
    content_hash_with(selection, &[])
}

/// [`content_hash`] covering the attestations a share presents too, so that a renewed
/// attestation reaches a live share; without attestations it is [`content_hash`].
fn content_hash_with(selection: &Selection, attestations: &[String]) -> String {
    let mut bytes = serde_json::to_vec(&selection.content).unwrap_or_default();
    for (item, _, meta) in &selection.attachments {
        bytes.extend_from_slice(item.as_bytes());
        bytes.extend_from_slice(meta.sha256.as_bytes());
    }
    for a in attestations {
        bytes.push(0);
        bytes.extend_from_slice(a.as_bytes());
    }
    hex::encode(crate::crypto::sha256(&bytes))
}

/// The attestation texts a share's choices present now, or why they cannot be presented.
fn held_texts(doc: &WalletDoc, choices: &[AttestChoice]) -> Result<Vec<String>, ClientError> {
    choices.iter().map(|c| chosen_attestation(doc, c).map(|(_, _, text)| text)).collect()
}

/// A sealed share ready to upload.
struct Sealed {
    manifest: Manifest,
    body: api::PutShare,
    blobs: Vec<Vec<u8>>,
}

/// Re-encrypts the chosen scans under fresh keys and seals `manifest` with them.
async fn seal<H: Host>(
    host: &mut H,
    keys: &WalletKeys,
    id: &ShareId,
    key: &ShareKey,
    mut manifest: Manifest,
    selection: &Selection,
) -> Result<Sealed, ClientError> {
    let mut refs = Vec::new();
    let mut shared = Vec::new();
    let mut blobs = Vec::new();
    for (n, (item, att_id, meta)) in selection.attachments.iter().enumerate() {
        let Some(encrypted) = host.read_attachment(att_id).await? else {
            return Err(ClientError::MissingScan(meta.name.clone()));
        };
        let mut out = Vec::with_capacity(encrypted.len());
        let (blob_key, digest, blob) = reencrypt(meta, &mut encrypted.as_slice(), &mut out)?;
        refs.push(AttachmentRef {
            blob: u32::try_from(n).unwrap_or(u32::MAX),
            item: item.clone(),
            name: meta.name.clone(),
            media_type: meta.media_type.clone(),
            size: digest.size,
            sha256: hex::encode(digest.sha256),
            key: b64(blob_key.expose()),
        });
        shared.push(blob);
        blobs.push(out);
    }
    manifest.attachments = refs;
    let sealed = seal_share(keys, &manifest, id, key, &shared)?;
    let body = api::PutShare {
        v: api::SHARE_FORMAT_VERSION,
        holder: manifest.holder.clone(),
        revision: manifest.revision,
        expires_at: manifest.expires_at,
        max_opens: manifest.max_opens,
        audience: manifest.audience.as_ref().map(|a| a.ed25519.clone()),
        // Only the kind, never the office's name: the relay's monthly counts need no more. A
        // kind the relay would refuse (a card from a newer version) is left out, not guessed.
        recipient_kind: manifest
            .audience
            .as_ref()
            .map(|a| a.kind.clone())
            .filter(|k| crate::share::agency::AGENCY_KINDS.contains(&k.as_str())),
        ciphertext: b64(&sealed.ciphertext),
        wrapped_key: sealed.wrapped_key.as_deref().map(b64),
        blobs: shared.iter().map(blob_decl).collect(),
        owner_sig: b64(&sealed.owner_sig),
    };
    Ok(Sealed { manifest, body, blobs })
}

fn blob_decl(b: &SharedBlob) -> api::BlobDecl {
    api::BlobDecl { size: b.size, sha256: hex::encode(b.sha256) }
}

async fn put<H: Host>(
    host: &mut H,
    relay: &Relay,
    keys: &WalletKeys,
    id: &ShareId,
    sealed: &Sealed,
    now: u64,
) -> Result<api::PutShareReply, ClientError> {
    let body = serde_json::to_vec(&sealed.body).map_err(|e| ClientError::Host(e.to_string()))?;
    let request = relay.signed(keys.identity(), "PUT", &format!("/v1/shares/{id}"), body, MAX_JSON, now);
    let response = host.fetch(request).await?;
    relay.json(&response)
}

async fn upload_blobs<H: Host>(
    host: &mut H,
    relay: &Relay,
    keys: &WalletKeys,
    id: &ShareId,
    blobs: &[Vec<u8>],
    now: u64,
) -> Result<(), ClientError> {
    for (n, blob) in blobs.iter().enumerate() {
        let path = format!("/v1/shares/{id}/blobs/{n}");
        let request = relay.signed(keys.identity(), "PUT", &path, blob.clone(), MAX_JSON, now);
        let response = host.fetch(request).await?;
        relay.json::<api::PutBlobReply>(&response)?;
    }
    Ok(())
}

/// What bringing live shares up to date did.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct RefreshReport {
    /// Shares given a new revision: (id, revision).
    pub updated: Vec<(String, u32)>,
    /// Shares found revoked on the relay (by another device) and now recorded as revoked.
    pub revoked_elsewhere: Vec<String>,
    /// Shares that stopped following just now: (id, why). The record keeps the reason, so the
    /// person is told once and `shares` shows it.
    pub stopped: Vec<(String, String)>,
}

/// Brings every live share up to date with the wallet: a share whose chosen fields changed gets
/// a new revision under the same key. Revoked, expired and stopped shares are left alone.
pub async fn refresh_live<H: Host>(
    host: &mut H,
    keys: &WalletKeys,
    doc: &mut WalletDoc,
    now: u64,
) -> Result<RefreshReport, ClientError> {
    let mut report = RefreshReport::default();
    for mut r in doc.share_records()? {
        if !r.live || r.revoked_at.is_some() || now >= r.expires_at || r.stopped_following.is_some() {
            continue;
        }
        let selection = match select(doc, &r.fields, &date_of(now)) {
            Ok(s) => s,
            Err(e) => {
                let why = e.to_string();
                r.stopped_following = Some(why.clone());
                doc.put_share_record(&r)?;
                host.save_wallet(doc).await?;
                report.stopped.push((r.share_id.clone(), why));
                continue;
            }
        };
        // An attestation the share presents that is gone (removed, or no longer readable) stops
        // the share from following, as a removed entry does.
        let texts = match held_texts(doc, &r.attest) {
            Ok(t) => t,
            Err(e) => {
                let why = e.to_string();
                r.stopped_following = Some(why.clone());
                doc.put_share_record(&r)?;
                host.save_wallet(doc).await?;
                report.stopped.push((r.share_id.clone(), why));
                continue;
            }
        };
        let hash = content_hash_with(&selection, &texts);
        if r.content_hash.as_deref() == Some(hash.as_str()) {
            continue;
        }
        match republish(host, keys, doc, &mut r, &selection, now).await {
            Ok(()) => {
                r.content_hash = Some(hash);
                doc.put_share_record(&r)?;
                host.save_wallet(doc).await?;
                report.updated.push((r.share_id.clone(), r.revision));
            }
            // Revoked elsewhere (another device): remember it and stop following.
            Err(e) if e.relay_code() == Some(api::code::REVOKED) => {
                r.revoked_at = Some(now);
                doc.put_share_record(&r)?;
                host.save_wallet(doc).await?;
                report.revoked_elsewhere.push(r.share_id.clone());
            }
            Err(e) => return Err(e),
        }
    }
    Ok(report)
}

/// Uploads a new revision of a live share. The new revision number is recorded as soon as the
/// relay holds it, before the scans go up: a refresh cut off halfway is simply done again
/// under the next number instead of being refused forever as "not newer".
async fn republish<H: Host>(
    host: &mut H,
    keys: &WalletKeys,
    doc: &mut WalletDoc,
    r: &mut ShareRecord,
    selection: &Selection,
    now: u64,
) -> Result<(), ClientError> {
    let id = ShareId::parse(&r.share_id)?;
    let key = ShareKey(r.key.clone());
    let relay = Relay::new(&r.relay);
    let mut revision = r.revision + 1;
    for attempt in 0..2 {
        let manifest = Manifest {
            v: MANIFEST_VERSION,
            share_id: r.share_id.clone(),
            holder: keys.public_identity().to_hex(),
            audience: r.audience.clone(),
            fields: r.fields.clone(),
            purpose: r.purpose.clone(),
            consent: ConsentText { lang: r.lang.clone(), text: r.consent_text.clone().unwrap_or_default() },
            created_at: r.created_at,
            expires_at: r.expires_at,
            max_opens: r.max_opens,
            revision,
            live: true,
            revised_at: Some(now),
            content: selection.content.clone(),
            attachments: Vec::new(),
            attestations: presentations(doc, keys, &id, r.audience.as_ref(), &r.attest, now)?,
        };
        let sealed = seal(host, keys, &id, &key, manifest, selection).await?;
        match put(host, &relay, keys, &id, &sealed, now).await {
            Ok(_) => {
                r.revision = revision;
                r.content_hash = None;
                doc.put_share_record(r)?;
                host.save_wallet(doc).await?;
                return upload_blobs(host, &relay, keys, &id, &sealed.blobs, now).await;
            }
            // The relay already holds this revision or a later one (an upload cut off before
            // it was recorded, or another device): continue after the relay's revision.
            Err(e) if e.relay_code() == Some(api::code::CONFLICT) && attempt == 0 => {
                let log = access_log(host, &relay, keys, &id, now).await?;
                revision = log.revision.max(revision) + 1;
            }
            Err(e) => return Err(e),
        }
    }
    Err(ClientError::Busy)
}

fn log_request(relay: &Relay, keys: &WalletKeys, id: &ShareId, now: u64) -> HttpRequest {
    relay.signed(keys.identity(), "GET", &format!("/v1/shares/{id}/log"), Vec::new(), MAX_JSON, now)
}

async fn access_log<H: Host>(
    host: &mut H,
    relay: &Relay,
    keys: &WalletKeys,
    id: &ShareId,
    now: u64,
) -> Result<api::AccessLog, ClientError> {
    let response = host.fetch(log_request(relay, keys, id, now)).await?;
    relay.json(&response)
}

/// Revokes a share (by id or unique prefix) and records it as revoked. A share the relay
/// already counts as revoked (by another device) is recorded the same way.
pub async fn revoke<H: Host>(
    host: &mut H,
    keys: &WalletKeys,
    doc: &mut WalletDoc,
    share: &str,
    now: u64,
) -> Result<ShareRecord, ClientError> {
    let mut record = doc.share_record(share)?;
    let id = ShareId::parse(&record.share_id)?;
    send_revoke(host, &Relay::new(&record.relay), keys, &id, now).await?;
    record.revoked_at = Some(now);
    doc.put_share_record(&record)?;
    host.save_wallet(doc).await?;
    Ok(record)
}

/// `POST /v1/shares/{id}/revoke`; a share the relay already holds as revoked counts as done.
async fn send_revoke<H: Host>(
    host: &mut H,
    relay: &Relay,
    keys: &WalletKeys,
    id: &ShareId,
    now: u64,
) -> Result<(), ClientError> {
    let request =
        relay.signed(keys.identity(), "POST", &format!("/v1/shares/{id}/revoke"), b"{}".to_vec(), MAX_JSON, now);
    let response = host.fetch(request).await?;
    match relay.json::<api::RevokeReply>(&response) {
        Ok(_) => Ok(()),
        Err(e) if e.relay_code() == Some(api::code::REVOKED) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Who opened a share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Opener {
    /// The office the share is addressed to.
    Audience {
        /// Its name.
        name: String,
    },
    /// Another office's key (hex).
    Agency {
        /// The key.
        key: String,
    },
    /// Someone holding the code (a bearer share).
    Bearer,
}

/// One open of a share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Opened {
    /// When, Unix seconds.
    pub at: u64,
    /// By whom.
    pub by: Opener,
}

/// What the holder sees of one share: the record, and what the relay says of it.
#[derive(Debug, Clone, Serialize)]
pub struct ShareStatus {
    /// The wallet's record.
    #[serde(flatten)]
    pub record: ShareRecord,
    /// `active`, `pending`, `revoked`, `expired`, `used_up`, or `unknown` when the relay could
    /// not be asked (then from the record).
    pub status: String,
    /// Opens so far, when the relay answered.
    pub opens: Option<u32>,
    /// The newest opens (at most 100), oldest first.
    pub log: Vec<Opened>,
    /// Opens before those listed: the relay counts them but lists only the newest.
    pub earlier: u32,
    /// Why the relay could not be asked.
    pub relay_error: Option<String>,
}

/// Asks each share's relay who opened it. A relay that cannot be asked does not hide the other
/// shares: that share's status then comes from the record.
pub async fn status<H: Host>(
    host: &mut H,
    keys: &WalletKeys,
    doc: &WalletDoc,
    now: u64,
) -> Result<Vec<ShareStatus>, ClientError> {
    let mut out = Vec::new();
    for record in doc.share_records()? {
        let id = ShareId::parse(&record.share_id)?;
        let relay = Relay::new(&record.relay);
        let mut answer = access_log(host, &relay, keys, &id, now).await;
        // This wallet revoked the share, but the relay serves it (or does not know it): a relay
        // restored from a backup made before the revocation. Revoke it again, then ask again.
        let forgotten = match &answer {
            Ok(log) => matches!(log.status.as_str(), "active" | "pending"),
            Err(e) => e.relay_code() == Some(api::code::NOT_FOUND),
        };
        // Not after the relay was asked to forget this wallet: it deleted the tombstone on purpose.
        if record.revoked_at.is_some()
            && record.forgotten_at.is_none()
            && forgotten
            && send_revoke(host, &relay, keys, &id, now).await.is_ok()
        {
            answer = access_log(host, &relay, keys, &id, now).await;
        }
        out.push(match answer {
            Ok(log) => ShareStatus {
                status: log.status,
                opens: Some(log.opens),
                log: log.log.into_iter().map(|row| Opened { at: row.at, by: opener(&record, row.agency) }).collect(),
                earlier: log.earlier,
                relay_error: None,
                record,
            },
            Err(e) => {
                let local = if record.revoked_at.is_some() {
                    "revoked"
                } else if now >= record.expires_at {
                    "expired"
                } else {
                    "unknown"
                };
                ShareStatus {
                    status: local.into(),
                    opens: None,
                    log: Vec::new(),
                    earlier: 0,
                    relay_error: Some(e.to_string()),
                    record,
                }
            }
        });
    }
    Ok(out)
}

/// The open counts of the shares that [`attention::waits_for_first_open`] names, as their
/// relays report them, for [`attention::notices_with_opens`]; a share its relay calls anything
/// but active is left out. A relay that cannot be asked leaves its shares out too, and the first
/// such error is returned beside the counts: the rest of the notices do not depend on it.
pub async fn open_counts<H: Host>(
    host: &mut H,
    keys: &WalletKeys,
    doc: &WalletDoc,
    now: u64,
) -> Result<(attention::Opens, Option<ClientError>), ClientError> {
    let mut opens = attention::Opens::new();
    let mut first_error = None;
    // A relay that did not answer is not asked again for its next share (each would wait).
    let mut unreachable = std::collections::BTreeSet::new();
    for record in doc.share_records()?.into_iter().filter(|r| attention::waits_for_first_open(r, now)) {
        if unreachable.contains(&record.relay) {
            continue;
        }
        let id = ShareId::parse(&record.share_id)?;
        match access_log(host, &Relay::new(&record.relay), keys, &id, now).await {
            Ok(log) if log.status == "active" => {
                opens.insert(record.share_id, log.opens);
            }
            Ok(_) => {}
            Err(e) => {
                if matches!(e, ClientError::Unreachable { .. }) {
                    unreachable.insert(record.relay);
                }
                first_error.get_or_insert(e);
            }
        }
    }
    Ok((opens, first_error))
}

fn opener(record: &ShareRecord, agency: Option<String>) -> Opener {
    match (agency, &record.audience) {
        (Some(k), Some(a)) if a.ed25519 == k => Opener::Audience { name: a.name.clone() },
        (Some(key), _) => Opener::Agency { key },
        (None, _) => Opener::Bearer,
    }
}
