//! Attestations: `mappe agency attest|withdraw` for an issuing office, `mappe attestation
//! key|import|list` for the person. Issuing, checking and the status list are wallet-core's
//! (`wallet_core::attest`); this module reads and writes the files.

use std::path::Path;

use serde_json::json;
use wallet_core::attest::registry::{Issued, MAX_REGISTRY, Registry};
use wallet_core::attest::sdjwt::MAX_SD_JWT;
use wallet_core::attest::{AttestKind, Held, IssueRequest};
use wallet_core::client::attest::publish_status;
use wallet_core::document::Section;
use wallet_core::share::agency::AgencyCard;
use wallet_core::share::consent;
use wallet_core::share::{last_valid_date, now};
use wallet_core::store::fsutil;

use super::wallet::save;
use crate::cli::AttestArgs;
use crate::context::Context;
use crate::relay::{CliHost, block_on};
use crate::{bad_input, t};

/// The office's registry of what it issued, in the office folder.
const REGISTRY_FILE: &str = "attestations.json";

/// `--expires`: a date (valid through that day) or a number of days.
fn expiry(text: &str, now: u64) -> anyhow::Result<u64> {
    let t = text.trim();
    if let Some(days) = t.strip_suffix('d').and_then(|d| d.parse::<u64>().ok())
        && (1..=3660).contains(&days)
    {
        return Ok(now + days * 86_400);
    }
    let date = wallet_core::i18n::parse_date(crate::i18n::lang(), t)
        .unwrap_or_else(|| wallet_core::document::normalize_date(t));
    match wallet_core::time::unix_of_date(&date) {
        Some(start) if start + 86_400 > now => Ok(start + 86_400),
        Some(_) => bad_input!("share-expires-past", given = t),
        None => bad_input!("attest-expires-form", example = crate::i18n::date("2027-06-30")),
    }
}

fn parse_key(text: &str, flag: &str) -> anyhow::Result<[u8; 32]> {
    match hex::decode(text.trim()).ok().and_then(|k| <[u8; 32]>::try_from(k).ok()) {
        Some(k) => Ok(k),
        None => bad_input!("attest-key-form", flag = flag),
    }
}

fn load_registry(dir: &Path) -> anyhow::Result<Option<Registry>> {
    let path = dir.join(REGISTRY_FILE);
    if !path.exists() {
        return Ok(None);
    }
    let bytes = fsutil::read_limited(&path, MAX_REGISTRY as u64, "the attestation registry")?;
    Ok(Some(Registry::parse(&bytes)?))
}

fn save_registry(dir: &Path, registry: &Registry) -> anyhow::Result<()> {
    let text = serde_json::to_string_pretty(registry)? + "\n";
    fsutil::write_atomic(&dir.join(REGISTRY_FILE), text.as_bytes())?;
    Ok(())
}

/// `mappe agency attest`
pub fn issue(ctx: &Context, a: AttestArgs) -> anyhow::Result<()> {
    let Some(kind) = AttestKind::parse(a.kind.trim()) else {
        bad_input!("attest-kind-unknown", given = &a.kind);
    };
    let holder = parse_key(&a.holder, "--holder")?;
    let mut claims = Vec::new();
    for c in &a.claims {
        match c.split_once('=') {
            Some((n, v)) => claims.push((n.trim().to_string(), v.to_string())),
            None => bad_input!("attest-claim-form", given = c),
        }
    }
    if a.out.exists() {
        bad_input!("file-exists", file = a.out.display().to_string());
    }
    let card_path = ctx.dir.path().join(super::agency::CARD_FILE);
    let card = match fsutil::read_limited(&card_path, 64 * 1024, "the card") {
        Ok(bytes) => AgencyCard::parse(&bytes)?,
        Err(_) => {
            bad_input!("agency-no-card", dir = ctx.dir.path().display().to_string(), file = super::agency::CARD_FILE)
        }
    };
    let issued_at = now();
    let expires_at = expiry(&a.expires, issued_at)?;
    let mut registry = match (load_registry(ctx.dir.path())?, &a.relay) {
        (Some(mut r), Some(given)) => {
            let url = super::share::relay_url(ctx, Some(given))?;
            if r.relay != url && !r.issued.is_empty() {
                bad_input!("attest-relay-fixed", url = &r.relay);
            }
            r.relay = url;
            r
        }
        (Some(r), None) => r,
        (None, given) => Registry::new(&super::share::relay_url(ctx, given.as_deref())?),
    };
    let wallet = ctx.unlock()?;
    let identity = wallet.keys().identity();
    let status = registry.next(&identity.public());
    let req = IssueRequest {
        kind,
        holder,
        claims,
        issued_at,
        expires_at,
        status: status.clone(),
        issuer_name: card.name.clone(),
    };
    let text = wallet_core::attest::issue(identity, &req)?;
    registry.issued.push(Issued {
        idx: status.idx,
        kind,
        holder: hex::encode(holder),
        issued_at,
        expires_at,
        withdrawn_at: None,
    });
    // The list must be on the relay before anyone checks this attestation; the registry is
    // saved first so that a failed upload is simply repeated by the next attest or withdraw.
    let token = registry.status_token(identity, now())?;
    save_registry(ctx.dir.path(), &registry)?;
    let mut host = CliHost::http_only();
    block_on(publish_status(&mut host, &registry.relay, &identity.public(), &token))?;
    fsutil::write_atomic(&a.out, (text.clone() + "\n").as_bytes())?;
    let paper = paper_name(kind);
    println!(
        "{}",
        t!("attest-issued", office = &card.name, paper = paper, key = hex::encode(holder), number = status.idx)
    );
    let until = crate::i18n::date(&last_valid_date(expires_at));
    println!("{}", t!("attest-written", date = until, file = a.out.display().to_string()));
    if let Some(png) = &a.png {
        let code = crate::qr::encode(&text).map_err(|_| anyhow::anyhow!(t!("attest-too-long-for-qr")))?;
        crate::qr::write_png(&code, png)?;
        println!("{}", t!("share-qr-written", file = png.display().to_string()));
    }
    println!("{}", t!("attest-how-to-withdraw", number = status.idx, url = &status.uri));
    Ok(())
}

/// `mappe agency withdraw`
pub fn withdraw(ctx: &Context, number: u64) -> anyhow::Result<()> {
    let Some(mut registry) = load_registry(ctx.dir.path())? else {
        bad_input!("attest-none-issued", file = REGISTRY_FILE, dir = ctx.dir.path().display().to_string());
    };
    let at = now();
    let issued = registry.withdraw(number, at)?.clone();
    let wallet = ctx.unlock()?;
    let identity = wallet.keys().identity();
    let token = registry.status_token(identity, now())?;
    save_registry(ctx.dir.path(), &registry)?;
    let mut host = CliHost::http_only();
    block_on(publish_status(&mut host, &registry.relay, &identity.public(), &token))?;
    let url = registry.status_uri(&identity.public());
    println!(
        "{}",
        t!("attest-withdrawn", number = number, paper = paper_name(issued.kind), key = &issued.holder, url = url)
    );
    println!("{}", t!("attest-withdrawn-cannot-take-back"));
    Ok(())
}

/// `mappe attestation key`
pub fn key(ctx: &Context) -> anyhow::Result<()> {
    let id = ctx.dir.public_identity()?;
    println!("{}", t!("attest-your-key", key = id.to_hex()));
    println!("{}", t!("attest-your-fingerprint", fingerprint = id.fingerprint().to_string()));
    Ok(())
}

fn entry(to: &str) -> anyhow::Result<(Section, &str)> {
    match wallet_core::attest::entry_of(to) {
        Some(e) => Ok(e),
        None => bad_input!("attest-entry-form", given = to),
    }
}

/// `mappe attestation import`
pub fn import(ctx: &Context, file: &Path, to: &str) -> anyhow::Result<()> {
    let (section, id) = entry(to)?;
    let bytes = match fsutil::read_limited(file, MAX_SD_JWT as u64 + 2, "the attestation") {
        Ok(b) => b,
        Err(wallet_core::Error::TooLarge { .. }) => {
            bad_input!("attest-file-too-large", file = file.display().to_string())
        }
        Err(e) => return Err(e.into()),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        bad_input!("attest-file-not-text", file = file.display().to_string());
    };
    let mut wallet = ctx.unlock()?;
    let (held, issued) = Held::import(&text, &wallet.keys().public_identity().0, now())?;
    if held.kind.section() != section {
        bad_input!("attest-wrong-section", paper = paper_name(held.kind), entry = to);
    }
    let full = wallet.doc_mut().set_attestation(section, id, &issued)?;
    save(&mut wallet)?;
    let catalog = consent::Catalog::new(crate::i18n::lang());
    let facts: Vec<String> =
        held.claims.iter().map(|(k, v)| format!("{}: {}", catalog.claim_label(k), plain(v))).collect();
    let office = held.issuer_name.clone().unwrap_or_else(|| t!("open-attestation-an-office"));
    let entry = format!("{}/{full}", section.key());
    let until = crate::i18n::date(&last_valid_date(held.expires_at));
    println!("{}", t!("attest-kept", office = office, entry = entry.as_str(), date = until));
    println!("{}", t!("attest-confirmed-facts", facts = facts.join("; ")));
    let names = held.claims.keys().cloned().collect::<Vec<_>>().join(",");
    println!("{}", t!("attest-share-hint", command = format!("mappe share --attest {entry}:{names} …")));
    Ok(())
}

fn plain(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => crate::i18n::date(s),
        serde_json::Value::Bool(true) => t!("word-yes"),
        serde_json::Value::Bool(false) => t!("word-no"),
        other => other.to_string(),
    }
}

/// The kind of paper an attestation confirms, in the person's language.
fn paper_name(kind: AttestKind) -> String {
    consent::Catalog::new(crate::i18n::lang()).paper_label(kind)
}

/// `mappe attestation list`
pub fn list(ctx: &Context, as_json: bool) -> anyhow::Result<()> {
    let wallet = ctx.unlock()?;
    let doc = wallet.doc();
    let mut rows = Vec::new();
    let entries = doc
        .residence()?
        .into_iter()
        .map(|i| (Section::Residence, i.id))
        .chain(doc.certificates()?.into_iter().map(|i| (Section::Certificates, i.id)));
    for (section, id) in entries {
        if let Some(text) = doc.attestation(section, id.as_str())? {
            let entry = format!("{}/{id}", section.key());
            match Held::read(&text) {
                Ok(h) => rows.push((entry, Some(h))),
                Err(_) => rows.push((entry, None)),
            }
        }
    }
    if as_json {
        let value: Vec<_> = rows
            .iter()
            .map(|(entry, h)| match h {
                Some(h) => json!({"entry": entry, "attestation": h, "expired": now() >= h.expires_at}),
                None => json!({"entry": entry, "attestation": null, "error": "unreadable"}),
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(());
    }
    if rows.is_empty() {
        println!("{}", t!("attest-list-none"));
        return Ok(());
    }
    let mut out = String::new();
    for (entry, h) in &rows {
        match h {
            Some(h) => {
                let office = h.issuer_name.clone().unwrap_or_else(|| t!("open-attestation-an-office"));
                let until = crate::i18n::date(&last_valid_date(h.expires_at));
                let (paper, entry) = (paper_name(h.kind), entry.as_str());
                let line = if now() >= h.expires_at {
                    t!("attest-list-expired", entry = entry, paper = paper, office = office, date = until)
                } else {
                    t!("attest-list-valid", entry = entry, paper = paper, office = office, date = until)
                };
                out.push_str(&line);
                out.push('\n');
                let catalog = consent::Catalog::new(crate::i18n::lang());
                for (k, v) in &h.claims {
                    out.push_str(&format!("    {}: {}\n", catalog.claim_label(k), plain(v)));
                }
            }
            None => {
                out.push_str(&t!("attest-list-unreadable", entry = entry.as_str()));
                out.push('\n');
            }
        }
    }
    print!("{}", crate::output::clean(&out));
    Ok(())
}
