//! `mappe open`: the caseworker's side. Fetch, verify, and show exactly what was shared —
//! or, on any failure, nothing but the reason.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use wallet_core::WalletDir;
use wallet_core::attest::{Standing, Verdict};
use wallet_core::client::open::{Opening, TrustPin, fetch_scan, judge_attestations, open_link};
use wallet_core::share::agency::AgencyCard;
use wallet_core::share::seen::Changes;
use wallet_core::share::seen::MAX_RECORD;
use wallet_core::share::{AttachmentRef, ShareError, ShareLink, date_of, last_valid_date, now};
use wallet_core::store::fsutil::{self, TempFile};

use crate::context::Context;
use crate::relay::{CliHost, block_on};
use crate::{output, t};
use wallet_core::share::consent;

/// A scan that was fetched and verified.
struct SavedScan {
    name: String,
    media_type: String,
    size: u64,
    sha256: String,
    saved_to: Option<PathBuf>,
}

/// `--trust-key` / `--trust-list` as the core's pin.
pub fn trust_pin(key: Option<&str>, list: Option<&str>) -> anyhow::Result<Option<TrustPin>> {
    let Some(key) = key else { return Ok(None) };
    let Some(key) = hex::decode(key.trim()).ok().and_then(|k| <[u8; 32]>::try_from(k).ok()) else {
        crate::bad_input!("open-trust-key-form");
    };
    if let Some(url) = list {
        let base = url.find("://").and_then(|i| url[i + 3..].find('/').map(|j| &url[..i + 3 + j]));
        if base.is_none_or(|b| wallet_core::share::check_relay_url(b).is_err()) {
            crate::bad_input!("open-trust-list-form", url = url);
        }
    }
    Ok(Some(TrustPin { url: list.map(str::to_string), key }))
}

/// `mappe open`
pub fn open(
    ctx: &Context,
    target: &str,
    as_agency: Option<&Path>,
    as_json: bool,
    save_to: Option<&Path>,
    trust: Option<&TrustPin>,
) -> anyhow::Result<()> {
    let url = if Path::new(target).is_file() { crate::qr::decode_file(Path::new(target))? } else { target.to_string() };
    let link = ShareLink::parse(&url)?;
    if let Some(dir) = save_to
        && !dir.is_dir()
    {
        crate::bad_input!("open-save-not-folder", dir = dir.display().to_string());
    }
    if link.key.is_none() && as_agency.is_none() {
        return Err(ShareError::NeedsAgencyKey(t!("open-needs-agency-key")).into());
    }
    let agency = match as_agency {
        Some(dir) => {
            let dir = WalletDir::new(dir);
            dir.public_identity()?;
            let pass = ctx.passphrase(&format!("{} ", t!("open-office-passphrase-prompt")))?;
            Some(dir.unlock(&pass)?)
        }
        None => None,
    };
    let mut host = CliHost::http_only();
    // An office remembers what it saw, so the next open of a live share shows what changed and
    // a relay serving an older revision than the office already saw is caught.
    let seen_file = agency.as_ref().zip(as_agency).map(|(_, dir)| seen_path(dir, &link.id.to_string()));
    let seen = seen_file.as_ref().and_then(|p| fsutil::read_limited(p, MAX_RECORD as u64, "a seen record").ok());
    let mut opening = block_on(open_link(&mut host, &link, agency.as_ref().map(|a| a.keys()), seen.as_deref(), now()))?;
    let trust_problem = block_on(judge_attestations(&mut host, &link, &mut opening, trust, now()));
    let scans = fetch_scans(&mut host, &link, &opening, save_to)?;
    if let (Some(path), Some(record)) = (&seen_file, &opening.seen) {
        if let Some(parent) = path.parent() {
            fsutil::create_private_dir(parent)?;
        }
        fsutil::write_atomic(path, record)?;
    }
    let card =
        as_agency.and_then(|dir| fsutil::read_limited(&dir.join(super::agency::CARD_FILE), 64 * 1024, "the card").ok());
    let card = card.and_then(|bytes| AgencyCard::parse(&bytes).ok());
    let (opened, changes) = (&opening.opened, &opening.changes);

    let m = &opened.manifest;
    if as_json {
        let mut value = opening.view(card.as_ref(), now());
        value["trust_problem"] = json!(trust_problem.as_ref().map(|p| p.0.clone()));
        value["attachments"] = Value::Array(
            scans
                .iter()
                .map(|s| {
                    json!({
                        "name": s.name, "media_type": s.media_type, "size": s.size, "sha256": s.sha256,
                        "saved_to": s.saved_to.as_ref().map(|p| p.display().to_string()),
                    })
                })
                .collect(),
        );
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(());
    }
    let mut out = String::new();
    let _ = writeln!(out, "{}", t!("open-stated-by-person", fingerprint = opened.holder.fingerprint().to_string()));
    let _ = writeln!(out, "{}", t!("open-stated-meaning"));
    out.push('\n');
    let who = m.audience.as_ref().map_or_else(|| t!("open-anyone-with-code"), |a| a.name.clone());
    output::labelled_at(&mut out, 17, &t!("open-label-shared-with"), &who);
    if let Some(p) = &m.purpose {
        output::labelled_at(&mut out, 17, &t!("open-label-purpose"), p);
    }
    output::labelled_at(
        &mut out,
        17,
        &t!("open-label-valid-until"),
        &crate::i18n::date(&last_valid_date(m.expires_at)),
    );
    let opens = u64::from(opening.reply.opens);
    let opened_text = match m.max_opens {
        Some(max) => t!("open-opened-of", opens = opens, max = max),
        None => t!("open-opened-times", opens = opens),
    };
    output::labelled_at(&mut out, 17, &t!("open-label-opened"), &opened_text);
    if m.live {
        let text = match m.revised_at {
            Some(t) => t!("open-live-revision-corrected", revision = m.revision, date = crate::i18n::date(&date_of(t))),
            None => t!("open-live-revision", revision = m.revision),
        };
        output::labelled_at(&mut out, 17, &t!("open-label-live"), &text);
    }
    out.push('\n');
    if let Some(Changes { since_revision: from, fields: list }) = changes {
        if list.is_empty() {
            let _ = writeln!(out, "{}", t!("open-no-changes", revision = *from));
        } else {
            let head = match m.revised_at {
                Some(t) => {
                    t!("open-changed-on", from = *from, to = m.revision, date = crate::i18n::date(&date_of(t)))
                }
                None => t!("open-changed", from = *from, to = m.revision),
            };
            let _ = writeln!(out, "{head}");
            for c in list {
                let _ = writeln!(
                    out,
                    "  {}: {} → {}",
                    c.field,
                    c.from.clone().unwrap_or_else(|| t!("open-change-none")),
                    c.to.clone().unwrap_or_else(|| t!("open-change-removed"))
                );
            }
        }
        out.push('\n');
    }
    out.push_str(&output::content(&m.content));
    if !opening.attestations.is_empty() {
        let _ = writeln!(out, "{}", t!("open-attestations-heading"));
        if let Some(p) = &trust_problem {
            let _ = writeln!(out, "  {}", t!("open-trust-list-not-used", why = p.0.as_str()));
        } else if trust.is_none() {
            let _ = writeln!(out, "  {}", t!("open-no-trust-list"));
        }
        for a in &opening.attestations {
            attestation_lines(&mut out, &a.item, &a.verdict);
        }
        out.push('\n');
    }
    if !scans.is_empty() {
        let _ = writeln!(out, "{}", t!("open-scans-heading"));
        for s in &scans {
            let (name, media_type, size) = (s.name.as_str(), s.media_type.as_str(), output::size(s.size));
            let line = match &s.saved_to {
                Some(p) => t!(
                    "open-scan-saved",
                    name = name,
                    media_type = media_type,
                    size = size,
                    file = p.display().to_string()
                ),
                None => t!("open-scan-listed", name = name, media_type = media_type, size = size),
            };
            let _ = writeln!(out, "  {line}");
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}", t!("open-consent-heading", lang = m.consent.lang.as_str()));
    for line in m.consent.text.lines() {
        let _ = writeln!(out, "  {line}");
    }
    // Everything above comes from the share: strip anything that could steer the terminal.
    print!("{}", output::clean(&out));
    Ok(())
}

/// One attestation's verdict: a headline that never says "confirmed" unless it is, then the
/// facts (none when it failed a check).
fn attestation_lines(out: &mut String, item: &str, v: &Verdict) {
    let lang = crate::i18n::lang();
    let kind = v.kind.map_or_else(|| t!("open-attestation-paper"), |k| consent::Catalog::new(lang).paper_label(k));
    let office = v.issuer_name.clone().unwrap_or_else(|| t!("open-attestation-an-office"));
    let when = crate::i18n::date(&v.issued_at.map(date_of).unwrap_or_default());
    let head = match v.standing {
        Standing::Confirmed => t!("open-attestation-confirmed", office = office, date = when),
        Standing::UntrustedIssuer => t!("open-attestation-untrusted"),
        Standing::StatusUnknown => t!("open-attestation-status-unknown", office = office, date = when),
        Standing::Withdrawn => t!("open-attestation-withdrawn", office = office),
        Standing::Expired => t!(
            "open-attestation-expired",
            date = crate::i18n::date(&v.expires_at.map(last_valid_date).unwrap_or_default())
        ),
        Standing::Invalid => t!("open-attestation-invalid", why = v.message.clone().unwrap_or_default()),
    };
    let _ = writeln!(out, "  {kind} ({item}): {head}");
    let catalog = consent::Catalog::new(lang);
    for (k, value) in &v.claims {
        let shown = match value {
            Value::String(s) => crate::i18n::date(s),
            Value::Bool(true) => t!("word-yes"),
            Value::Bool(false) => t!("word-no"),
            other => other.to_string(),
        };
        let _ = writeln!(out, "    {:<16} {shown}", catalog.claim_label(k));
    }
    if let (Standing::Confirmed, Some(t)) = (v.standing, v.status_as_of) {
        let _ = writeln!(out, "    {}", t!("open-attestation-list-of", time = wallet_core::share::datetime_of(t)));
    }
}

/// Downloads, decrypts and checks every scan when asked to save them; else only lists them.
fn fetch_scans(
    host: &mut CliHost<'_>,
    link: &ShareLink,
    opening: &Opening,
    save_to: Option<&Path>,
) -> anyhow::Result<Vec<SavedScan>> {
    let refs = &opening.opened.manifest.attachments;
    let listed = |r: &AttachmentRef, saved_to| SavedScan {
        name: r.name.clone(),
        media_type: r.media_type.clone(),
        size: r.size,
        sha256: r.sha256.clone(),
        saved_to,
    };
    let Some(dir) = save_to else {
        return Ok(refs.iter().map(|r| listed(r, None)).collect());
    };
    // Download and verify everything into temporary files first; keep them only if all pass.
    let mut pending: Vec<(TempFile, PathBuf, &AttachmentRef)> = Vec::new();
    for r in refs {
        let plain = zeroize::Zeroizing::new(block_on(fetch_scan(host, link, opening, r))?);
        let target = unique_path(dir, &r.name, &pending);
        let mut tmp = TempFile::beside(&target)?;
        tmp.file().write_all(&plain)?;
        pending.push((tmp, target, r));
    }
    let mut saved = Vec::new();
    for (tmp, target, r) in pending {
        tmp.commit()?;
        saved.push(listed(r, Some(target)));
    }
    Ok(saved)
}

/// A file name inside `dir` taken from the shared name (no folders, no hidden files), not yet used.
fn unique_path(dir: &Path, name: &str, taken: &[(TempFile, PathBuf, &AttachmentRef)]) -> PathBuf {
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

/// Where an office keeps what it saw of a share (sealed under its own key, `docs/spec/office-v1.md`).
fn seen_path(dir: &Path, share_id: &str) -> PathBuf {
    dir.join("seen").join(format!("{share_id}.seen"))
}
