//! `mappe share`: the holder reads the consent summary, agrees, and gets a QR code. What a share
//! holds, its checks, sealing and upload are wallet-core's (`wallet_core::client::shares`).

use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};

use wallet_core::client::shares::{self, ShareOptions as CoreOptions};
use wallet_core::document::AttestChoice;
use wallet_core::share::agency::{AgencyCard, audience_from_key_string};
use wallet_core::share::consent;
use wallet_core::share::{Audience, ShareId, check_relay_url};
use wallet_core::time::{ExpiryError, now, parse_expiry};

use crate::context::Context;
use crate::qr;
use crate::relay::{CliHost, block_on};
use crate::{bad_input, t};

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
        _ => bad_input!("share-attest-form", given = text),
    }
}

/// `--expires` as an expiry time, or the sentence that says what to type instead.
fn expiry(text: &str, now: u64) -> anyhow::Result<u64> {
    // A date in the person's own form (15.04.2027) is read as the ISO date the core takes.
    let iso = wallet_core::i18n::parse_date(crate::i18n::lang(), text);
    match parse_expiry(iso.as_deref().unwrap_or(text), now) {
        Ok(t) => Ok(t),
        Err(ExpiryError::InThePast(t)) => bad_input!("share-expires-past", given = t),
        Err(ExpiryError::TooLong) => bad_input!("share-expires-too-long", days = wallet_core::time::MAX_SHARE_DAYS),
        Err(ExpiryError::Unreadable) => bad_input!("share-expires-form", example = crate::i18n::date("2027-01-31")),
    }
}

fn resolve_audience(to: &str) -> anyhow::Result<Audience> {
    if to.starts_with("agency:") {
        return Ok(audience_from_key_string(to)?);
    }
    let path = Path::new(to);
    let bytes = match wallet_core::store::fsutil::read_limited(path, 16 * 1024, "the agency card") {
        Ok(b) => b,
        Err(e) => bad_input!("share-to-unreadable", given = to, why = e.to_string()),
    };
    Ok(AgencyCard::parse(&bytes)?.audience())
}

/// The relay to use: `--relay`, else the one remembered for this wallet.
pub fn relay_url(ctx: &Context, given: Option<&str>) -> anyhow::Result<String> {
    let url = match given {
        Some(u) => u.trim_end_matches('/').to_string(),
        None => match crate::config::load(ctx.dir.path())?.relay {
            Some(u) => u,
            None => bad_input!("relay-none-chosen"),
        },
    };
    if let Err(why) = check_relay_url(&url) {
        bad_input!("relay-bad-url", url = url.as_str(), why = why.to_string());
    }
    Ok(url)
}

/// Asks for a yes at the terminal; refuses without one unless `--yes`.
pub fn confirm(question: &str, yes: bool) -> anyhow::Result<bool> {
    if yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        bad_input!("confirm-no-terminal");
    }
    eprint!("{question} {} ", t!("confirm-choices"));
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
    let lang = crate::i18n::lang();
    if o.fields.is_empty() {
        bad_input!("share-fields-missing");
    }
    if o.max_opens == Some(0) {
        bad_input!("share-max-opens-zero");
    }
    let created_at = now();
    let expires_at = expiry(&o.expires, created_at)?;
    let audience = o.to.as_deref().map(resolve_audience).transpose()?;
    if let Some(p) = &o.purpose
        && (p.trim().is_empty() || p.len() > shares::MAX_PURPOSE)
    {
        bad_input!("share-purpose-length", max = shares::MAX_PURPOSE);
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
        println!("{}", t!("share-office-fingerprint", fingerprint = a.fingerprint().to_string()));
    }
    println!();
    if !confirm(&t!("share-question"), o.yes)? {
        println!("{}", t!("share-nothing-shared"));
        return Ok(None);
    }

    let (keys, doc) = wallet.parts_mut();
    let mut host = CliHost::for_wallet(ctx.dir.path(), keys);
    let created = block_on(shares::create(&mut host, keys, doc, prepared, now()))?;
    crate::config::remember_relay(ctx.dir.path(), &relay_base)?;

    let url = created.link.to_url();
    let code = qr::encode(&url)?;
    println!("{}", qr::terminal(&code));
    println!("{}", t!("share-link", link = url.as_str()));
    println!("{}", t!("share-id", id = created.id.to_string()));
    if audience.is_some() {
        println!("{}", t!("share-only-office"));
    } else {
        println!("{}", t!("share-anyone-with-code"));
    }
    println!("{}", consent::revoke_warning(lang));
    if let Some(p) = &o.png {
        qr::write_png(&code, p)?;
        println!("{}", t!("share-qr-written", file = p.display().to_string()));
    }
    if let Some(p) = &o.svg {
        qr::write_svg(&code, p)?;
        println!("{}", t!("share-qr-written", file = p.display().to_string()));
    }
    Ok(Some(ShareOutcome { id: created.id, url }))
}
