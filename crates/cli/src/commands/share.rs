//! `mappe share`, `mappe shares`, `mappe revoke`: the holder's side of sharing.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde_json::{Value, json};
use wallet_core::Wallet;
use wallet_core::document::{ShareAudience, ShareRecord};
use wallet_core::share::agency::{AgencyCard, audience_from_key_string};
use wallet_core::share::consent::{self, ConsentInput, Lang};
use wallet_core::share::{
    AttachmentRef, Audience, ConsentText, Manifest, Selection, ShareId, ShareKey, ShareLink, SharedBlob,
    check_relay_url, date_of, datetime_of, now, seal_share, select,
};

use crate::bad_input;
use crate::context::Context;
use crate::qr;
use crate::relay::{Relay, b64};

/// Longest share lifetime.
const MAX_DAYS: u64 = 366;

/// Everything `mappe share` was asked to do, checked before any I/O.
pub struct ShareOptions {
    /// Paths to share.
    pub fields: Vec<String>,
    /// Relay URL given on the command line.
    pub relay: Option<String>,
    /// Agency card file or key string.
    pub to: Option<String>,
    /// Lifetime text.
    pub expires: String,
    /// Open limit.
    pub max_opens: Option<u32>,
    /// Purpose.
    pub purpose: Option<String>,
    /// Consent language.
    pub lang: String,
    /// Where to write a PNG of the QR code.
    pub png: Option<PathBuf>,
    /// Where to write an SVG of the QR code.
    pub svg: Option<PathBuf>,
    /// Agree without asking.
    pub yes: bool,
    /// Follow later corrections (new revisions on every change).
    pub live: bool,
}

/// Parses `30d`, `12h`, `2w` or a date `YYYY-MM-DD` (end of that day, UTC) into an expiry time.
pub fn parse_expiry(text: &str, now: u64) -> anyhow::Result<u64> {
    let t = text.trim();
    let unit = |s: &str, secs: u64| -> Option<u64> { s.parse::<u64>().ok().filter(|n| *n > 0).map(|n| n * secs) };
    let secs = if let Some(n) = t.strip_suffix('d') {
        unit(n, 86_400)
    } else if let Some(n) = t.strip_suffix('h') {
        unit(n, 3_600)
    } else if let Some(n) = t.strip_suffix('w') {
        unit(n, 7 * 86_400)
    } else if let Some(n) = t.strip_suffix('s') {
        unit(n, 1)
    } else if wallet_core::document::check_date("expires", t).is_ok() && t.len() == 10 {
        let end = date_to_unix(t) + 86_400;
        if end <= now {
            bad_input!("--expires {t} is in the past");
        }
        Some(end - now)
    } else {
        None
    };
    match secs {
        Some(s) if s <= MAX_DAYS * 86_400 => Ok(now + s),
        Some(_) => bad_input!("a share can last at most {MAX_DAYS} days"),
        None => {
            bad_input!("--expires takes a duration like 30d, 12h, 2w or a date like 2027-01-31")
        }
    }
}

fn date_to_unix(date: &str) -> u64 {
    let y: i64 = date[0..4].parse().unwrap_or(1970);
    let m: i64 = date[5..7].parse().unwrap_or(1);
    let d: i64 = date[8..10].parse().unwrap_or(1);
    // Days from civil (Howard Hinnant).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u64::try_from(days * 86_400).unwrap_or(0)
}

fn resolve_audience(to: &str) -> anyhow::Result<Audience> {
    if to.starts_with("agency:") {
        return Ok(audience_from_key_string(to)?);
    }
    let path = Path::new(to);
    let bytes = match wallet_core::store::fsutil::read_limited(path, 16 * 1024, "the agency card") {
        Ok(b) => b,
        Err(e) => bad_input!("--to {to}: {e}"),
    };
    Ok(AgencyCard::parse(&bytes)?.audience())
}

/// The relay to use: `--relay`, else the one remembered for this wallet.
pub fn relay_url(ctx: &Context, given: Option<&str>) -> anyhow::Result<String> {
    let url = match given {
        Some(u) => u.trim_end_matches('/').to_string(),
        None => match crate::config::load(ctx.dir.path())?.relay {
            Some(u) => u,
            None => bad_input!("no relay chosen yet; give one with --relay https://… (it is remembered afterwards)"),
        },
    };
    if let Err(why) = check_relay_url(&url) {
        bad_input!("--relay {url}: {why}");
    }
    Ok(url)
}

/// Asks for a yes at the terminal; refuses without one unless `--yes`.
fn confirm(question: &str, yes: bool) -> anyhow::Result<bool> {
    if yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        bad_input!("not at a terminal, so nobody can agree: add --yes to agree to what is shown above");
    }
    eprint!("{question} [y/N] ");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(matches!(line.trim().to_lowercase().as_str(), "y" | "yes" | "j" | "ja"))
}

/// What `mappe share` made.
pub struct ShareOutcome {
    /// The share id.
    pub id: ShareId,
    /// The link in the QR code (with the key, for a bearer share).
    pub url: zeroize::Zeroizing<String>,
}

/// `mappe share`; `Ok(None)` when the holder did not agree.
pub fn share(ctx: &Context, o: ShareOptions) -> anyhow::Result<Option<ShareOutcome>> {
    let lang = match Lang::parse(if o.lang.trim().is_empty() { "en" } else { o.lang.trim() }) {
        Some(l) => l,
        None => bad_input!("--lang {}: use one of de, en, ar, uk, fa, tr", o.lang),
    };
    if o.fields.is_empty() {
        bad_input!("choose what to share with --fields, e.g. --fields profile.family_name,certificates/<id>/scan");
    }
    if o.max_opens == Some(0) {
        bad_input!("--max-opens must be at least 1");
    }
    let created_at = now();
    let expires_at = parse_expiry(&o.expires, created_at)?;
    let audience = o.to.as_deref().map(resolve_audience).transpose()?;
    if let Some(p) = &o.purpose
        && (p.trim().is_empty() || p.len() > 500)
    {
        bad_input!("--purpose is 1 to 500 characters");
    }
    let relay_base = relay_url(ctx, o.relay.as_deref())?;

    let mut wallet = ctx.unlock()?;
    let today = date_of(created_at);
    let selection = select(wallet.doc(), &o.fields, &today)?;
    let text = consent::render(
        lang,
        &ConsentInput {
            audience: audience.as_ref().map(|a| a.name.as_str()),
            items: &selection.described,
            purpose: o.purpose.as_deref(),
            expires_at,
            max_opens: o.max_opens,
            live: o.live,
        },
    );
    println!("{text}");
    if let Some(a) = &audience {
        let fp = hex::decode(&a.ed25519)
            .ok()
            .and_then(|k| <[u8; 32]>::try_from(k).ok())
            .map(|k| wallet_core::keys::PublicIdentity(k).fingerprint())
            .unwrap_or_default();
        println!("Office key fingerprint (compare it aloud with the office): {fp}");
    }
    println!();
    if !confirm("Share this?", o.yes)? {
        println!("Nothing was shared.");
        return Ok(None);
    }

    let id = ShareId::random()?;
    let key = ShareKey::random()?;
    let manifest = Manifest {
        v: wallet_core::share::MANIFEST_VERSION,
        share_id: id.to_string(),
        holder: wallet.keys().public_identity().to_hex(),
        audience: audience.clone(),
        fields: selection.paths.clone(),
        purpose: o.purpose.clone(),
        consent: ConsentText { lang: lang.code().into(), text: text.clone() },
        created_at,
        expires_at,
        max_opens: o.max_opens,
        revision: 1,
        live: o.live,
        revised_at: None,
        content: selection.content.clone(),
        attachments: Vec::new(),
    };
    let manifest = publish(&wallet, ctx.dir.path(), &relay_base, &id, &key, manifest, &selection)?;
    record(&mut wallet, &manifest, &relay_base, &key, content_hash(&selection))?;
    crate::config::remember_relay(ctx.dir.path(), &relay_base)?;

    let link = ShareLink { relay: relay_base, id, key: audience.is_none().then(|| key.clone()) };
    let url = link.to_url();
    let code = qr::encode(&url)?;
    println!("{}", qr::terminal(&code));
    println!("Link: {}", url.as_str());
    println!("Share id: {id}");
    if audience.is_some() {
        println!("Only that office can open it, with its own Mappe key. The QR code alone reveals nothing.");
    } else {
        println!("Anyone who has this code or link can open it until it expires: show it only to the office.");
    }
    println!("{}", consent::revoke_warning(lang));
    if let Some(p) = &o.png {
        qr::write_png(&code, p)?;
        println!("QR code written to {}.", p.display());
    }
    if let Some(p) = &o.svg {
        qr::write_svg(&code, p)?;
        println!("QR code written to {}.", p.display());
    }
    Ok(Some(ShareOutcome { id, url }))
}

/// Fingerprint of what a share shows, to notice when a live share must follow an edit.
pub fn content_hash(selection: &Selection) -> String {
    let mut bytes = serde_json::to_vec(&selection.content).unwrap_or_default();
    for (item, _, meta) in &selection.attachments {
        bytes.extend_from_slice(item.as_bytes());
        bytes.extend_from_slice(meta.sha256.as_bytes());
    }
    hex::encode(wallet_core::crypto::sha256(&bytes))
}

/// Re-encrypts the chosen scans, seals `manifest` (filling in its attachments) and uploads the
/// share and its scans to the relay. Returns the manifest as uploaded.
pub fn publish(
    wallet: &Wallet,
    wallet_dir: &Path,
    relay_base: &str,
    id: &ShareId,
    key: &ShareKey,
    mut manifest: Manifest,
    selection: &Selection,
) -> anyhow::Result<Manifest> {
    // Scans: re-encrypted under fresh keys into temporary files (ciphertext only) for upload.
    let tmp = tempfile::Builder::new()
        .prefix(".share-upload-")
        .tempdir_in(wallet_dir)
        .context("cannot create a temporary folder in the wallet")?;
    let mut refs = Vec::new();
    let mut blobs = Vec::new();
    let mut files = Vec::new();
    for (n, (item, att_id, meta)) in selection.attachments.iter().enumerate() {
        let path = tmp.path().join(format!("{n}.blob"));
        let mut file = std::fs::File::create(&path).with_context(|| format!("cannot write {}", path.display()))?;
        let (blob_key, digest, blob) = wallet.reencrypt_attachment(att_id, &mut file)?;
        file.flush()?;
        refs.push(AttachmentRef {
            blob: n as u32,
            item: item.clone(),
            name: meta.name.clone(),
            media_type: meta.media_type.clone(),
            size: digest.size,
            sha256: hex::encode(digest.sha256),
            key: b64(blob_key.expose()),
        });
        blobs.push(blob);
        files.push(path);
    }
    manifest.attachments = refs;
    let sealed = seal_share(wallet.keys(), &manifest, id, key, &blobs)?;
    let relay = Relay::new(relay_base);
    relay.put_share(id, &upload_body(&manifest, &sealed, &blobs), wallet.keys().identity())?;
    upload_blobs(&relay, id, &files, &blobs, wallet.keys().identity())?;
    Ok(manifest)
}

/// Brings every live share up to date with the wallet: a share whose chosen fields changed gets
/// a new revision under the same key. Revoked and expired shares are left alone.
/// Returns (share id, new revision) for each share updated.
pub fn refresh_live(wallet: &mut Wallet, wallet_dir: &Path) -> anyhow::Result<Vec<(String, u32)>> {
    let mut updated = Vec::new();
    let mut changed = false;
    let now_t = now();
    for mut r in wallet.doc().share_records()? {
        if !r.live || r.revoked_at.is_some() || now_t >= r.expires_at {
            continue;
        }
        let selection = match select(wallet.doc(), &r.fields, &date_of(now_t)) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("warning: live share {} no longer matches the wallet ({e}); it was not updated", r.share_id);
                continue;
            }
        };
        let hash = content_hash(&selection);
        if r.content_hash.as_deref() == Some(hash.as_str()) {
            continue;
        }
        let id = ShareId::parse(&r.share_id)?;
        let key = ShareKey(r.key.clone());
        let manifest = Manifest {
            v: wallet_core::share::MANIFEST_VERSION,
            share_id: r.share_id.clone(),
            holder: wallet.keys().public_identity().to_hex(),
            audience: r.audience.as_ref().map(|a| Audience {
                name: a.name.clone(),
                kind: a.kind.clone(),
                ed25519: a.ed25519.clone(),
                x25519: a.x25519.clone(),
            }),
            fields: r.fields.clone(),
            purpose: r.purpose.clone(),
            consent: ConsentText { lang: r.lang.clone(), text: r.consent_text.clone().unwrap_or_default() },
            created_at: r.created_at,
            expires_at: r.expires_at,
            max_opens: r.max_opens,
            revision: r.revision + 1,
            live: true,
            revised_at: Some(now_t),
            content: selection.content.clone(),
            attachments: Vec::new(),
        };
        match publish(wallet, wallet_dir, &r.relay, &id, &key, manifest, &selection) {
            Ok(m) => {
                r.revision = m.revision;
                r.content_hash = Some(hash);
                wallet.doc_mut().put_share_record(&r)?;
                updated.push((r.share_id.clone(), r.revision));
            }
            Err(e) => match e.downcast_ref::<crate::relay::RelayRefused>() {
                // Revoked elsewhere (another device): remember it and stop following.
                Some(refused) if refused.code == "revoked" => {
                    r.revoked_at = Some(now_t);
                    wallet.doc_mut().put_share_record(&r)?;
                    changed = true;
                }
                _ => return Err(e.context(format!("live share {} could not be updated", r.share_id))),
            },
        }
    }
    if changed || !updated.is_empty() {
        wallet.save()?;
    }
    Ok(updated)
}

/// The JSON body of `PUT /v1/shares/{id}`.
fn upload_body(m: &Manifest, sealed: &wallet_core::share::EncryptedShare, blobs: &[SharedBlob]) -> Value {
    json!({
        "v": 1,
        "holder": m.holder,
        "revision": m.revision,
        "expires_at": m.expires_at,
        "max_opens": m.max_opens,
        "audience": m.audience.as_ref().map(|a| a.ed25519.clone()),
        "ciphertext": b64(&sealed.ciphertext),
        "wrapped_key": sealed.wrapped_key.as_deref().map(b64),
        "blobs": blobs.iter().map(|b| json!({"size": b.size, "sha256": hex::encode(b.sha256)})).collect::<Vec<_>>(),
        "owner_sig": b64(&sealed.owner_sig),
    })
}

/// Uploads re-encrypted scans with a progress bar.
fn upload_blobs(
    relay: &Relay,
    id: &ShareId,
    files: &[PathBuf],
    blobs: &[SharedBlob],
    identity: &wallet_core::crypto::IdentitySecret,
) -> anyhow::Result<()> {
    if files.is_empty() {
        return Ok(());
    }
    let total: u64 = blobs.iter().map(|b| b.size).sum();
    let bar = indicatif::ProgressBar::new(total);
    bar.set_style(
        indicatif::ProgressStyle::with_template("Uploading scans {bar:30} {bytes}/{total_bytes}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    if !std::io::stderr().is_terminal() {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    for (n, (path, blob)) in files.iter().zip(blobs).enumerate() {
        let mut reader = bar.wrap_read(std::fs::File::open(path)?);
        relay.put_blob(id, n as u32, &mut reader, &blob.sha256, identity)?;
    }
    bar.finish_and_clear();
    Ok(())
}

fn record(wallet: &mut Wallet, m: &Manifest, relay: &str, key: &ShareKey, content_hash: String) -> anyhow::Result<()> {
    let record = ShareRecord {
        share_id: m.share_id.clone(),
        relay: relay.to_string(),
        key: key.0.clone(),
        audience: m.audience.as_ref().map(|a| ShareAudience {
            name: a.name.clone(),
            kind: a.kind.clone(),
            ed25519: a.ed25519.clone(),
            x25519: a.x25519.clone(),
        }),
        fields: m.fields.clone(),
        purpose: m.purpose.clone(),
        lang: m.consent.lang.clone(),
        created_at: m.created_at,
        expires_at: m.expires_at,
        max_opens: m.max_opens,
        live: m.live,
        revision: m.revision,
        revoked_at: None,
        consent_text: Some(m.consent.text.clone()),
        content_hash: Some(content_hash),
    };
    wallet.doc_mut().put_share_record(&record)?;
    wallet.save().with_context(|| {
        format!(
            "share {} is on the relay, but this wallet could not record it; it expires on {}",
            m.share_id,
            date_of(m.expires_at)
        )
    })
}

/// `mappe shares`
pub fn list(ctx: &Context, log: bool, as_json: bool) -> anyhow::Result<()> {
    let wallet = ctx.unlock()?;
    let records = wallet.doc().share_records()?;
    let mut out = Vec::new();
    for r in &records {
        let id = ShareId::parse(&r.share_id)?;
        let remote = Relay::new(&r.relay).log(&id, wallet.keys().identity());
        let (status, opens, entries, note) = match &remote {
            Ok(v) => (
                v["status"].as_str().unwrap_or("unknown").to_string(),
                v["opens"].as_u64(),
                v["log"].as_array().cloned().unwrap_or_default(),
                None,
            ),
            Err(e) => {
                let local = if r.revoked_at.is_some() {
                    "revoked"
                } else if now() >= r.expires_at {
                    "expired"
                } else {
                    "unknown"
                };
                (local.to_string(), None, Vec::new(), Some(e.to_string()))
            }
        };
        out.push((r, status, opens, entries, note));
    }
    if as_json {
        let list: Vec<Value> = out
            .iter()
            .map(|(r, status, opens, entries, note)| {
                json!({
                    "share_id": r.share_id,
                    "relay": r.relay,
                    "audience": r.audience.as_ref().map(|a| json!({"name": a.name, "kind": a.kind, "ed25519": a.ed25519})),
                    "fields": r.fields,
                    "purpose": r.purpose,
                    "created_at": r.created_at,
                    "expires_at": r.expires_at,
                    "max_opens": r.max_opens,
                    "revision": r.revision,
                    "status": status,
                    "opens": opens,
                    "log": if log { Value::Array(entries.clone()) } else { Value::Null },
                    "relay_error": note,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    if out.is_empty() {
        println!("No shares yet. Create one with `mappe share --fields …`.");
        return Ok(());
    }
    for (r, status, opens, entries, note) in &out {
        let who = r.audience.as_ref().map_or("anyone with the code".to_string(), |a| crate::output::clean(&a.name));
        let limit = r.max_opens.map_or("no limit".to_string(), |m| format!("of {m}"));
        println!("{}  {status}", r.share_id);
        println!("    for:     {who}");
        println!("    fields:  {}", r.fields.join(", "));
        println!("    until:   {}", date_of(r.expires_at));
        match opens {
            Some(n) => println!("    opened:  {n} times ({limit})"),
            None => println!("    opened:  unknown ({limit})"),
        }
        if let Some(n) = note {
            println!("    note:    {n}");
        }
        if log {
            if entries.is_empty() {
                println!("    log:     no opens");
            }
            for e in entries {
                let at = e["at"].as_u64().map(datetime_of).unwrap_or_default();
                let by = agency_name(r, e["agency"].as_str());
                println!("    opened   {at}  {by}");
            }
        }
    }
    Ok(())
}

fn agency_name(r: &ShareRecord, key: Option<&str>) -> String {
    match (key, &r.audience) {
        (Some(k), Some(a)) if a.ed25519 == k => format!("by {}", a.name),
        (Some(k), _) => format!("by agency key {k}"),
        (None, _) => "by someone holding the code".to_string(),
    }
}

/// `mappe revoke`
pub fn revoke(ctx: &Context, share: &str, yes: bool) -> anyhow::Result<()> {
    let mut wallet = ctx.unlock()?;
    let mut record = wallet.doc().share_record(share)?;
    let lang = Lang::parse(&record.lang).unwrap_or(Lang::En);
    println!("Revoking share {} ({}).", record.share_id, record.fields.join(", "));
    println!("{}", consent::revoke_warning(lang));
    if !confirm("Revoke it now?", yes)? {
        println!("Nothing was revoked.");
        return Ok(());
    }
    let id = ShareId::parse(&record.share_id)?;
    Relay::new(&record.relay).revoke(&id, wallet.keys().identity())?;
    record.revoked_at = Some(now());
    wallet.doc_mut().put_share_record(&record)?;
    wallet.save()?;
    println!("Revoked. The relay deleted the encrypted share; anyone opening it now is refused.");
    println!("What was already opened stays with whoever opened it: revocation cannot take that back.");
    Ok(())
}
