//! `mappe open`: the caseworker's side. Fetch, verify, and show exactly what was shared —
//! or, on any failure, nothing but the reason.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde_json::{Value, json};
use wallet_core::WalletDir;
use wallet_core::api::OpenReply;
use wallet_core::client::Relay;
use wallet_core::client::open::{fetch_blob, fetch_share};
use wallet_core::share::{OpenedShare, ShareError, ShareLink, VerifyOptions, date_of, now, open_share};
use wallet_core::store::fsutil::TempFile;
use wallet_core::wire::attachment;

use crate::context::Context;
use crate::output;
use crate::relay::{CliHost, block_on};

/// A scan that was fetched and verified.
struct SavedScan {
    name: String,
    media_type: String,
    size: u64,
    sha256: String,
    saved_to: Option<PathBuf>,
}

/// `mappe open`
pub fn open(
    ctx: &Context,
    target: &str,
    as_agency: Option<&Path>,
    as_json: bool,
    save_to: Option<&Path>,
) -> anyhow::Result<()> {
    let url = if Path::new(target).is_file() { crate::qr::decode_file(Path::new(target))? } else { target.to_string() };
    let link = ShareLink::parse(&url)?;
    if let Some(dir) = save_to
        && !dir.is_dir()
    {
        crate::bad_input!("--save-attachments {}: not a folder", dir.display());
    }
    if link.key.is_none() && as_agency.is_none() {
        return Err(ShareError::NeedsAgencyKey(
            "the link has no key; run `mappe open LINK --as AGENCY_FOLDER` at that office".into(),
        )
        .into());
    }
    let agency = match as_agency {
        Some(dir) => {
            let dir = WalletDir::new(dir);
            dir.public_identity()?;
            let pass = ctx.passphrase("Passphrase of the office's Mappe key: ")?;
            Some(dir.unlock(&pass)?)
        }
        None => None,
    };
    let relay = Relay::new(&link.relay);
    let signer = if link.key.is_none() { agency.as_ref().map(|a| a.keys().identity()) } else { None };
    let mut host = CliHost::http_only();
    let fetched = block_on(fetch_share(&mut host, &relay, &link.id, signer, now()))?;
    let (ciphertext, wrapped, revision) = (&fetched.ciphertext, fetched.wrapped_key.as_deref(), fetched.reply.revision);
    let opened = open_share(
        &VerifyOptions {
            id: link.id,
            key: link.key.clone(),
            agency: agency.as_ref().map(|a| a.keys().agreement()),
            revision,
            now: now(),
        },
        ciphertext,
        wrapped,
    )?;
    // An office remembers what it saw, so the next open of a live share shows what changed and
    // a relay serving an older revision than the office already saw is caught.
    let previous = match (&agency, as_agency) {
        (Some(a), Some(dir)) => load_seen(a, dir, &opened),
        _ => None,
    };
    if let Some(prev) = &previous
        && prev.revision > opened.manifest.revision
    {
        return Err(OlderRevision { served: opened.manifest.revision, seen: prev.revision }.into());
    }
    let scans = fetch_scans(&mut host, &relay, &link, &fetched.reply, &opened, save_to)?;
    let changes = match (&agency, as_agency) {
        (Some(a), Some(dir)) => remember(a, dir, &opened, previous)?,
        _ => None,
    };

    let m = &opened.manifest;
    if as_json {
        let value = json!({
            "verified": true,
            "share_id": m.share_id,
            "revision": m.revision,
            "holder": { "public_key": m.holder, "fingerprint": opened.holder.fingerprint() },
            "audience": m.audience,
            "purpose": m.purpose,
            "fields": m.fields,
            "content": m.content,
            "consent": m.consent,
            "created_at": m.created_at,
            "expires_at": m.expires_at,
            "max_opens": m.max_opens,
            "opens": fetched.reply.opens,
            "live": m.live,
            "revised_at": m.revised_at,
            "changes": changes.as_ref().map(|(from, list)| json!({
                "since_revision": from,
                "fields": list.iter().map(|c| json!({"field": c.field, "from": c.from, "to": c.to})).collect::<Vec<_>>(),
            })),
            "attachments": scans.iter().map(|s| json!({
                "name": s.name, "media_type": s.media_type, "size": s.size, "sha256": s.sha256,
                "saved_to": s.saved_to.as_ref().map(|p| p.display().to_string()),
            })).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(());
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "VERIFIED: signed by the wallet with fingerprint {}, unchanged since it was shared.",
        opened.holder.fingerprint()
    );
    out.push('\n');
    let who = m.audience.as_ref().map_or("anyone holding the code".to_string(), |a| a.name.clone());
    let _ = writeln!(out, "  Shared with       {who}");
    if let Some(p) = &m.purpose {
        let _ = writeln!(out, "  Purpose           {p}");
    }
    let _ = writeln!(out, "  Valid until       {}", date_of(m.expires_at));
    let opens = fetched.reply.opens;
    let _ = match m.max_opens {
        Some(max) => writeln!(out, "  Opened            {opens} of {max} times"),
        None => writeln!(out, "  Opened            {opens} times"),
    };
    if m.live {
        let when = m.revised_at.map(|t| format!(", last corrected {}", date_of(t))).unwrap_or_default();
        let _ = writeln!(out, "  Live share        revision {}{when}", m.revision);
    }
    out.push('\n');
    if let Some((from, list)) = &changes {
        if list.is_empty() {
            let _ = writeln!(out, "NO CHANGES since you last opened it (revision {from}).");
        } else {
            let when = m.revised_at.map(|t| format!(", corrected {}", date_of(t))).unwrap_or_default();
            let _ = writeln!(out, "CHANGED SINCE YOU LAST OPENED IT (revision {from} → {}{when}):", m.revision);
            for c in list {
                let _ = writeln!(
                    out,
                    "  {}: {} → {}",
                    c.field,
                    c.from.as_deref().unwrap_or("(none)"),
                    c.to.as_deref().unwrap_or("(removed)")
                );
            }
        }
        out.push('\n');
    }
    out.push_str(&output::content(&m.content));
    if !scans.is_empty() {
        let _ = writeln!(out, "SCANS");
        for s in &scans {
            let _ = match &s.saved_to {
                Some(p) => {
                    writeln!(out, "  {} ({}, {}) saved to {}", s.name, s.media_type, output::size(s.size), p.display())
                }
                None => writeln!(
                    out,
                    "  {} ({}, {}) — use --save-attachments DIR to download it",
                    s.name,
                    s.media_type,
                    output::size(s.size)
                ),
            };
        }
        out.push('\n');
    }
    let _ = writeln!(out, "WHAT THE PERSON WAS SHOWN AND AGREED TO ({}):", m.consent.lang);
    for line in m.consent.text.lines() {
        let _ = writeln!(out, "  {line}");
    }
    // Everything above comes from the share: strip anything that could steer the terminal.
    print!("{}", output::clean(&out));
    Ok(())
}

/// Downloads, decrypts and checks every scan when asked to save them; else only lists them.
fn fetch_scans(
    host: &mut CliHost<'_>,
    relay: &Relay,
    link: &ShareLink,
    answer: &OpenReply,
    opened: &OpenedShare,
    save_to: Option<&Path>,
) -> anyhow::Result<Vec<SavedScan>> {
    let refs = &opened.manifest.attachments;
    let Some(dir) = save_to else {
        return Ok(refs
            .iter()
            .map(|r| SavedScan {
                name: r.name.clone(),
                media_type: r.media_type.clone(),
                size: r.size,
                sha256: r.sha256.clone(),
                saved_to: None,
            })
            .collect());
    };
    let token = answer.blob_token.as_deref().context("the relay sent no download token for the scans")?;
    // Download and verify everything into temporary files first; keep them only if all pass.
    let mut pending = Vec::new();
    for r in refs {
        let bytes = block_on(fetch_blob(host, relay, &link.id, r.blob, token))?;
        let key = r.secret_key()?;
        let target = unique_path(dir, &r.name, &pending);
        let mut tmp = TempFile::beside(&target)?;
        let digest = {
            let mut out = std::io::BufWriter::new(tmp.file());
            let d = attachment::decrypt(&key, &mut bytes.as_slice(), &mut out).map_err(|_| ShareError::Integrity)?;
            out.flush()?;
            d
        };
        if hex::encode(digest.sha256) != r.sha256 || digest.size != r.size {
            return Err(ShareError::Integrity.into());
        }
        pending.push((tmp, target, r));
    }
    let mut saved = Vec::new();
    for (tmp, target, r) in pending {
        tmp.commit()?;
        saved.push(SavedScan {
            name: r.name.clone(),
            media_type: r.media_type.clone(),
            size: r.size,
            sha256: r.sha256.clone(),
            saved_to: Some(target),
        });
    }
    Ok(saved)
}

/// A file name inside `dir` taken from the shared name (no folders, no hidden files), not yet used.
fn unique_path(dir: &Path, name: &str, taken: &[(TempFile, PathBuf, &wallet_core::share::AttachmentRef)]) -> PathBuf {
    let base: String = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("scan")
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim_start_matches('.')
        .to_string();
    let base = if base.is_empty() { "scan".to_string() } else { base };
    let mut candidate = dir.join(&base);
    let mut n = 2;
    while candidate.exists() || taken.iter().any(|(_, p, _)| *p == candidate) {
        candidate = dir.join(format!("{n}-{base}"));
        n += 1;
    }
    candidate
}

/// One field that differs between two revisions.
struct Change {
    field: String,
    from: Option<String>,
    to: Option<String>,
}

/// Flattens projected content into readable field names and values.
fn flatten(content: &Value) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    fn text(v: &Value) -> Option<String> {
        match v {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            Value::Array(a) => Some(a.iter().filter_map(text).collect::<Vec<_>>().join(", ")),
            Value::Object(o) => {
                Some(o.iter().filter_map(|(k, v)| text(v).map(|t| format!("{k}: {t}"))).collect::<Vec<_>>().join("; "))
            }
            other => Some(other.to_string()),
        }
    }
    if let Some(Value::Object(p)) = content.get("profile") {
        for (k, v) in p {
            if let (Value::Object(inner), "contact") = (v, k.as_str()) {
                for (ck, cv) in inner {
                    if let Some(t) = text(cv) {
                        out.insert(format!("contact {ck}"), t);
                    }
                }
            } else if let Some(t) = text(v) {
                out.insert(k.replace('_', " "), t);
            }
        }
    }
    for section in ["cv", "certificates", "residence"] {
        if let Some(Value::Array(items)) = content.get(section) {
            for item in items {
                let id = item.get("id").and_then(Value::as_str).unwrap_or("?");
                if let Value::Object(o) = item {
                    for (k, v) in o {
                        if k == "id" {
                            continue;
                        }
                        if let Some(t) = text(v) {
                            out.insert(format!("{section} {id} {}", k.replace('_', " ")), t);
                        }
                    }
                }
            }
        }
    }
    out
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Seen {
    revision: u32,
    content: Value,
}

fn seen_path(dir: &Path, share_id: &str) -> (PathBuf, Vec<u8>) {
    (dir.join("seen").join(format!("{share_id}.seen")), [b"mappe/v1/seen/".as_slice(), share_id.as_bytes()].concat())
}

/// What this office saw of the share last time, if anything (decrypted with its own key).
fn load_seen(agency: &wallet_core::Wallet, dir: &Path, opened: &OpenedShare) -> Option<Seen> {
    use wallet_core::crypto;
    let (path, aad) = seen_path(dir, &opened.manifest.share_id);
    let bytes = std::fs::read(&path).ok().filter(|b| b.len() > crypto::NONCE_LEN)?;
    let nonce: [u8; crypto::NONCE_LEN] = bytes[..crypto::NONCE_LEN].try_into().ok()?;
    let plain = crypto::open(agency.keys().document_key(), &nonce, &aad, &bytes[crypto::NONCE_LEN..])?;
    serde_json::from_slice(&plain).ok()
}

/// The relay served an older revision of a live share than this office already saw.
#[derive(Debug)]
pub struct OlderRevision {
    served: u32,
    seen: u32,
}

impl std::fmt::Display for OlderRevision {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the relay served revision {} of this share, older than revision {} this office already saw; nothing is shown",
            self.served, self.seen
        )
    }
}

impl std::error::Error for OlderRevision {}

/// Compares with what this office saw last time, then remembers this revision, encrypted under
/// the office's own document key. Returns (previous revision, changes) when there was one.
fn remember(
    agency: &wallet_core::Wallet,
    dir: &Path,
    opened: &OpenedShare,
    previous: Option<Seen>,
) -> anyhow::Result<Option<(u32, Vec<Change>)>> {
    use wallet_core::crypto;
    let m = &opened.manifest;
    let (path, aad) = seen_path(dir, &m.share_id);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let key = agency.keys().document_key();
    let result = previous.map(|prev| {
        let old = flatten(&prev.content);
        let new = flatten(&m.content);
        let mut changes = Vec::new();
        for field in old.keys().chain(new.keys()).collect::<std::collections::BTreeSet<_>>() {
            let (a, b) = (old.get(field), new.get(field));
            if a != b {
                changes.push(Change { field: field.clone(), from: a.cloned(), to: b.cloned() });
            }
        }
        (prev.revision, changes)
    });
    let plain = serde_json::to_vec(&Seen { revision: m.revision, content: m.content.clone() })?;
    let mut nonce = [0u8; crypto::NONCE_LEN];
    crypto::fill_random(&mut nonce)?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&crypto::seal(key, &nonce, &aad, &plain));
    wallet_core::store::fsutil::write_atomic(&path, &out)?;
    Ok(result)
}
