//! `mappe shares` and `mappe revoke`: the holder's view of their shares on the relays, and
//! taking one back. What the relay's answers mean is decided in `wallet_core::client::shares`.

use serde_json::json;
use wallet_core::client::shares::{self, Opener, ShareStatus};
use wallet_core::share::consent::{self, Lang};
use wallet_core::time::{datetime_of, last_valid_date, now};

use super::share::confirm;
use crate::context::Context;
use crate::output::clean;
use crate::relay::{CliHost, block_on};

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
        println!("No shares yet. Create one with `mappe share --fields …`.");
        return Ok(());
    }
    for s in &out {
        let r = &s.record;
        let who = r.audience.as_ref().map_or("anyone with the code".to_string(), |a| clean(&a.name));
        let limit = r.max_opens.map_or("no limit".to_string(), |m| format!("of {m}"));
        println!("{}  {}", r.share_id, clean(&s.status));
        println!("    for:     {who}");
        println!("    fields:  {}", r.fields.join(", "));
        println!("    until:   {}", last_valid_date(r.expires_at));
        match s.opens {
            Some(n) => println!("    opened:  {n} times ({limit})"),
            None => println!("    opened:  unknown ({limit})"),
        }
        if let Some(why) = &r.stopped_following {
            println!("    live:    stopped following your wallet ({}); the office sees the last version", clean(why));
        }
        if let Some(n) = &s.relay_error {
            println!("    note:    {}", clean(n));
        }
        if log {
            if s.log.is_empty() {
                println!("    log:     no opens");
            }
            if s.earlier > 0 {
                println!("    opened   {} more times before these (the relay lists only the newest)", s.earlier);
            }
            for e in &s.log {
                println!("    opened   {}  {}", datetime_of(e.at), opener_text(&e.by));
            }
        }
    }
    Ok(())
}

fn opener_text(by: &Opener) -> String {
    match by {
        Opener::Audience { name } => format!("by {}", clean(name)),
        Opener::Agency { key } => format!("by agency key {}", clean(key)),
        Opener::Bearer => "by someone holding the code".to_string(),
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
    let lang = Lang::parse(&record.lang).unwrap_or(Lang::En);
    println!("Revoking share {} ({}).", record.share_id, record.fields.join(", "));
    println!("{}", consent::revoke_warning(lang));
    if !confirm("Revoke it now?", yes)? {
        println!("Nothing was revoked.");
        return Ok(());
    }
    let (keys, doc) = wallet.parts_mut();
    let mut host = CliHost::for_wallet(ctx.dir.path(), keys);
    block_on(shares::revoke(&mut host, keys, doc, &record.share_id, now()))?;
    println!("Revoked. The relay deleted the encrypted share; anyone opening it now is refused.");
    println!("What was already opened stays with whoever opened it: revocation cannot take that back.");
    Ok(())
}
