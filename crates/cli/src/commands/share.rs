//! `mappe share`: the holder reads the consent summary, agrees, and gets a QR code. What a share
//! holds, its checks, sealing and upload are wallet-core's (`wallet_core::client::shares`).

use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};

use wallet_core::client::shares::{self, ShareOptions as CoreOptions};
use wallet_core::document::AttestChoice;
use wallet_core::share::agency::{AgencyCard, audience_from_key_string};
use wallet_core::share::consent::{self, Lang};
use wallet_core::share::{Audience, ShareId, check_relay_url};
use wallet_core::time::{ExpiryError, now, parse_expiry};

use crate::bad_input;
use crate::context::Context;
use crate::qr;
use crate::relay::{CliHost, block_on};

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
    /// Attestations to show: `ENTRY:FACT,FACT`.
    pub attest: Vec<String>,
}

/// `--attest residence/ID:kind,valid_until` as the core's choice.
fn attest_choice(text: &str) -> anyhow::Result<AttestChoice> {
    match text.split_once(':') {
        Some((item, facts)) if !item.trim().is_empty() && !facts.trim().is_empty() => Ok(AttestChoice {
            item: item.trim().to_string(),
            claims: facts.split(',').map(|f| f.trim().to_string()).filter(|f| !f.is_empty()).collect(),
        }),
        _ => bad_input!("--attest {text}: write ENTRY:FACTS, e.g. --attest residence/ID:kind,valid_until"),
    }
}

/// `--expires` as an expiry time, or the sentence that says what to type instead.
fn expiry(text: &str, now: u64) -> anyhow::Result<u64> {
    match parse_expiry(text, now) {
        Ok(t) => Ok(t),
        Err(ExpiryError::InThePast(t)) => bad_input!("--expires {t} is in the past"),
        Err(e @ ExpiryError::TooLong) => bad_input!("{e}"),
        Err(ExpiryError::Unreadable) => {
            bad_input!("--expires takes a duration like 30d, 12h, 2w or a date like 2027-01-31")
        }
    }
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
pub fn confirm(question: &str, yes: bool) -> anyhow::Result<bool> {
    if yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        bad_input!("not at a terminal, so nobody can agree: add --yes to agree to what is shown above");
    }
    eprint!("{question} [y/N] ");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(wallet_core::share::consent::is_yes(&line))
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
    let expires_at = expiry(&o.expires, created_at)?;
    let audience = o.to.as_deref().map(resolve_audience).transpose()?;
    if let Some(p) = &o.purpose
        && (p.trim().is_empty() || p.len() > shares::MAX_PURPOSE)
    {
        bad_input!("--purpose is 1 to {} characters", shares::MAX_PURPOSE);
    }
    let relay_base = relay_url(ctx, o.relay.as_deref())?;
    let attest = o.attest.iter().map(|a| attest_choice(a)).collect::<anyhow::Result<Vec<_>>>()?;

    let mut wallet = ctx.unlock()?;
    let options = CoreOptions {
        relay: relay_base.clone(),
        fields: o.fields.clone(),
        audience: audience.clone(),
        expires_at,
        max_opens: o.max_opens,
        purpose: o.purpose.clone(),
        lang,
        live: o.live,
        attest,
    };
    let prepared = shares::prepare(wallet.doc(), options, created_at)?;
    println!("{}", prepared.consent_text);
    if let Some(a) = &audience {
        println!("Office key fingerprint (compare it aloud with the office): {}", a.fingerprint());
    }
    println!();
    if !confirm("Share this?", o.yes)? {
        println!("Nothing was shared.");
        return Ok(None);
    }

    let (keys, doc) = wallet.parts_mut();
    let mut host = CliHost::for_wallet(ctx.dir.path(), keys);
    let created = block_on(shares::create(&mut host, keys, doc, prepared, now()))?;
    crate::config::remember_relay(ctx.dir.path(), &relay_base)?;

    let url = created.link.to_url();
    let code = qr::encode(&url)?;
    println!("{}", qr::terminal(&code));
    println!("Link: {}", url.as_str());
    println!("Share id: {}", created.id);
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
    Ok(Some(ShareOutcome { id: created.id, url }))
}
