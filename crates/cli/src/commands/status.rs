//! `mappe status`: what needs attention, most urgent first (`wallet_core::attention`).

use std::fmt::Write as _;

use wallet_core::attention::{Notice, NoticeKind, Opens, Urgency, notices_with_opens};
use wallet_core::client::shares;
use wallet_core::document::ResidenceKind;
use wallet_core::share::now;

use crate::context::Context;
use crate::relay::{CliHost, block_on};
use crate::t;

/// What to do, for an advice id of the core (the ids are message ids of the CLI's catalog).
fn advice(id: &str) -> String {
    crate::i18n::text(id, &[])
}

/// The short name of a notice's subject: a residence paper's kind by its name, a share made
/// for no office and without a purpose as "anyone with the code", else as stored.
fn subject_name(n: &Notice) -> String {
    match ResidenceKind::parse(&n.label) {
        Some(kind) => crate::output::residence_kind(kind),
        None if n.label.is_empty() && matches!(n.kind, NoticeKind::ShareExpiring | NoticeKind::ShareNeverOpened) => {
            t!("shares-anyone-with-code")
        }
        None => n.label.clone(),
    }
}

fn headline(n: &Notice) -> String {
    let days = n.days_left.unwrap_or_default();
    let date = crate::i18n::date(&n.date.clone().unwrap_or_default());
    let name = subject_name(n);
    match n.kind {
        NoticeKind::ResidenceExpiring => t!("status-residence-expiring", paper = name, days = days, date = date),
        NoticeKind::ResidenceExpired => t!("status-residence-expired", paper = name, date = date),
        NoticeKind::ResidenceSuperseded => t!("status-residence-superseded", paper = name, date = date),
        NoticeKind::AttestationExpiring => t!("status-attestation-expiring", office = name, days = days, date = date),
        NoticeKind::AttestationExpired => t!("status-attestation-expired", office = name, date = date),
        NoticeKind::ShareExpiring => t!("status-share-expiring", office = name, days = days, date = date),
        NoticeKind::LiveShareStopped => t!("status-live-stopped", office = name),
        NoticeKind::ShareNeverOpened => t!("status-share-unopened", office = name, date = date),
    }
}

/// `mappe status`
pub fn status(ctx: &Context, as_json: bool, offline: bool) -> anyhow::Result<()> {
    let wallet = ctx.unlock()?;
    let now = now();
    let opens = if offline {
        Opens::new()
    } else {
        let mut host = CliHost::for_wallet(ctx.dir.path(), wallet.keys());
        let (opens, error) = block_on(shares::open_counts(&mut host, wallet.keys(), wallet.doc(), now))?;
        // The papers do not depend on the relay: say it could not be asked, and go on.
        if let Some(e) = error {
            eprintln!("{}", t!("status-opens-unknown", why = crate::error::translated(&e)));
        }
        opens
    };
    let list = notices_with_opens(wallet.doc(), now, &opens)?;
    if as_json {
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    if list.is_empty() {
        println!("{}", t!("status-nothing"));
        return Ok(());
    }
    let mut out = String::new();
    for n in &list {
        let mark = match n.urgency {
            Urgency::Expired => "!!",
            Urgency::Within30Days => "! ",
            Urgency::Within90Days => "• ",
            Urgency::Info => "  ",
        };
        let _ = writeln!(out, "{mark} {}", headline(n));
        if let Some(a) = n.advice {
            let _ = writeln!(out, "   {}", advice(a));
        }
        let _ = writeln!(out, "   ({})", n.subject);
    }
    print!("{}", crate::output::clean(&out));
    Ok(())
}
