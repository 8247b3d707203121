//! `mappe status`: what needs attention, most urgent first (`wallet_core::attention`).

use std::fmt::Write as _;

use wallet_core::attention::{Notice, NoticeKind, Urgency, notices};
use wallet_core::share::now;

use crate::context::Context;

/// What to do, for an advice id of the core.
fn advice(id: &str) -> &'static str {
    match id {
        "advice-residence-extend" => {
            "Apply for an extension at the Ausländerbehörde in good time, before it ends. If it is not decided by then, you get a Fiktionsbescheinigung: keep it with your papers."
        }
        "advice-residence-expired" => {
            "Go to the Ausländerbehörde now. If you applied before it ended, ask for your Fiktionsbescheinigung; a migration counselling centre can help."
        }
        "advice-attestation-renew" => "Ask the office for a new confirmation if you still need it.",
        "advice-share-again" => "Revoke it and share again if the office still needs it.",
        _ => "",
    }
}

fn headline(n: &Notice) -> String {
    let days = n.days_left.unwrap_or_default();
    let date = n.date.clone().unwrap_or_default();
    match n.kind {
        NoticeKind::ResidenceExpiring => format!("Your {} ends in {days} days ({date}).", n.label),
        NoticeKind::ResidenceExpired => format!("EXPIRED: your {} ended on {date}.", n.label),
        NoticeKind::ResidenceSuperseded => format!("Expired: {} (ended {date}; a newer paper is valid).", n.label),
        NoticeKind::AttestationExpiring => format!("The confirmation by {} ends in {days} days ({date}).", n.label),
        NoticeKind::AttestationExpired => format!("The confirmation by {} ended on {date}.", n.label),
        NoticeKind::ShareExpiring => format!("Your share with {} ends in {days} days ({date}).", n.label),
        NoticeKind::LiveShareStopped => format!("A live share stopped following your changes: {}.", n.label),
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
        println!("Nothing needs your attention now.");
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
