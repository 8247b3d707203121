//! `mappe shares` and `mappe revoke`: the holder's view of their shares on the relays, and
//! taking one back. What the relay's answers mean is decided in `wallet_core::client::shares`.

use serde_json::json;
use wallet_core::client::shares::{self, Opener, ShareStatus};
use wallet_core::share::consent;
use wallet_core::time::{datetime_of, last_valid_date, now};

use super::share::confirm;
use crate::context::Context;
use crate::output::clean;
use crate::relay::{CliHost, block_on};
use crate::t;

/// `mappe shares`
pub fn list(ctx: &Context, log: bool, as_json: bool) -> anyhow::Result<()> {
    let wallet = ctx.unlock()?;
    let mut host = CliHost::for_wallet(ctx.dir.path(), wallet.keys());
    let out = block_on(shares::status(&mut host, wallet.keys(), wallet.doc(), now()))?;
    if as_json {
        let list: Vec<serde_json::Value> = out.iter().map(|s| to_json(s, log)).collect();
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    if out.is_empty() {
        println!("{}", t!("shares-none"));
        return Ok(());
    }
    for s in &out {
        let r = &s.record;
        let who = r.audience.as_ref().map_or_else(|| t!("shares-anyone-with-code"), |a| clean(&a.name));
        println!("{}  {}", r.share_id, status_text(&s.status));
        row(&t!("shares-label-for"), &who);
        row(&t!("shares-label-fields"), &crate::output::path_labels(&r.fields));
        row(&t!("shares-label-until"), &crate::i18n::date(&last_valid_date(r.expires_at)));
        let opened = match (s.opens, r.max_opens) {
            (Some(n), Some(m)) => t!("shares-opened-of", opens = n, max = m),
            (Some(n), None) => t!("shares-opened-no-limit", opens = n),
            (None, Some(m)) => t!("shares-opened-unknown-of", max = m),
            (None, None) => t!("shares-opened-unknown"),
        };
        row(&t!("shares-label-opened"), &opened);
        if let Some(why) = &r.stopped_following {
            row(&t!("shares-label-live"), &t!("shares-live-stopped", why = clean(why)));
        }
        if let Some(n) = &s.relay_error {
            row(&t!("shares-label-note"), &clean(n));
        }
        if log {
            if s.log.is_empty() {
                row(&t!("shares-label-log"), &t!("shares-log-no-opens"));
            }
            if s.earlier > 0 {
                println!("    {}", t!("shares-log-earlier", count = s.earlier));
            }
            for e in &s.log {
                println!("    {}", t!("shares-log-opened", time = datetime_of(e.at), by = opener_text(&e.by)));
            }
        }
    }
    Ok(())
}

/// One `label: value` line under a share, the labels lined up.
fn row(label: &str, value: &str) {
    let pad = 8usize.saturating_sub(label.chars().count());
    println!("    {label}{:pad$} {value}", "");
}

/// The relay's word for a share's state, in the person's language.
fn status_text(code: &str) -> String {
    match code {
        "active" => t!("share-status-active"),
        "pending" => t!("share-status-pending"),
        "revoked" => t!("share-status-revoked"),
        "expired" => t!("share-status-expired"),
        "used_up" => t!("share-status-used-up"),
        "unknown" => t!("share-status-unknown"),
        other => clean(other),
    }
}

fn opener_text(by: &Opener) -> String {
    match by {
        Opener::Audience { name } => t!("shares-by-office", office = clean(name)),
        Opener::Agency { key } => t!("shares-by-agency-key", key = clean(key)),
        Opener::Bearer => t!("shares-by-bearer"),
    }
}

fn to_json(s: &ShareStatus, log: bool) -> serde_json::Value {
    let r = &s.record;
    let entries: Vec<serde_json::Value> = s
        .log
        .iter()
        .map(|e| {
            let agency = match &e.by {
                Opener::Audience { .. } => r.audience.as_ref().map(|a| a.ed25519.clone()),
                Opener::Agency { key } => Some(key.clone()),
                Opener::Bearer => None,
            };
            json!({"at": e.at, "agency": agency})
        })
        .collect();
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
        "status": s.status,
        "opens": s.opens,
        "log": if log { serde_json::Value::Array(entries) } else { serde_json::Value::Null },
        "earlier": s.earlier,
        "relay_error": s.relay_error,
        "stopped_following": r.stopped_following,
    })
}

/// `mappe revoke`
pub fn revoke(ctx: &Context, share: &str, yes: bool) -> anyhow::Result<()> {
    let mut wallet = ctx.unlock()?;
    let record = wallet.doc().share_record(share)?;
    let lang = crate::i18n::lang();
    println!(
        "{}",
        t!("revoke-revoking", id = record.share_id.as_str(), fields = crate::output::path_labels(&record.fields))
    );
    println!("{}", consent::revoke_warning(lang));
    if !confirm(&t!("revoke-question"), yes)? {
        println!("{}", t!("revoke-nothing"));
        return Ok(());
    }
    let (keys, doc) = wallet.parts_mut();
    let mut host = CliHost::for_wallet(ctx.dir.path(), keys);
    block_on(shares::revoke(&mut host, keys, doc, &record.share_id, now()))?;
    println!("{}", t!("revoke-done"));
    println!("{}", t!("revoke-cannot-take-back"));
    Ok(())
}
