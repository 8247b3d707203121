//! `mappe status`: what needs attention, most urgent first (`wallet_core::attention`).

use std::fmt::Write as _;

use wallet_core::attention::{Notice, NoticeKind, Urgency, notices};
use wallet_core::document::ResidenceKind;
use wallet_core::share::now;

use crate::context::Context;
use crate::t;

/// What to do, for an advice id of the core (the ids are message ids of the CLI's catalog).
fn advice(id: &str) -> String {
    crate::i18n::text(id, &[])
}

/// The short name of a notice's subject: a residence paper's kind by its name, else as stored.
fn subject_name(n: &Notice) -> String {
    match ResidenceKind::parse(&n.label) {
        Some(kind) => crate::output::residence_kind(kind),
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
    }
}

/// `mappe status`
pub fn status(ctx: &Context, as_json: bool) -> anyhow::Result<()> {
    let wallet = ctx.unlock()?;
    let list = notices(wallet.doc(), now())?;
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
