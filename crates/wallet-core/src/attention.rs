//! What needs the person's attention, most urgent first: the residence paper they live on
//! running out (90 and 30 days ahead, or expired), older papers marked expired, office
//! attestations ending, shares about to end, live shares that stopped following, shares the
//! office has not opened days after they were made.
//!
//! Sans-IO and offline: it reads the wallet and takes the time, and, for shares never opened,
//! the open counts a relay last reported ([`Opens`]; the front end asks, or passes what it
//! learned last). Front ends render each notice from its `kind` in the person's language;
//! `advice` names what to do as a message id.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::attest::Held;
use crate::document::{Section, ShareRecord, WalletDoc};
use crate::error::Result;
use crate::time::{date_of, unix_of_date};

const DAY: u64 = 86_400;

/// How long a share may wait for its first open before the person is told: an office that
/// got a link by mail or a QR code at the desk usually opens it within a working day or two.
pub const UNOPENED_AFTER_DAYS: u64 = 3;

/// Open counts by share id, as the relays last reported them (`mappe shares`); a share not in
/// it is not known to be unopened and gets no notice.
pub type Opens = BTreeMap<String, u32>;

/// How urgent a notice is; the list is sorted by this, then by date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// The paper the person lives on has expired.
    Expired,
    /// Within 30 days.
    #[serde(rename = "within_30_days")]
    Within30Days,
    /// Within 90 days.
    #[serde(rename = "within_90_days")]
    Within90Days,
    /// Worth knowing, nothing to do now (an older paper that expired, a live share that stopped).
    Info,
}

/// What a notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// The current residence paper ends soon.
    ResidenceExpiring,
    /// The current residence paper has ended (no valid paper is left).
    ResidenceExpired,
    /// An older residence paper has ended (a newer one is valid): marked, nothing to do.
    ResidenceSuperseded,
    /// An office's attestation of an entry ends soon or has ended.
    AttestationExpiring,
    /// An office's attestation has ended.
    AttestationExpired,
    /// A share ends within 7 days.
    ShareExpiring,
    /// A live share stopped following the wallet.
    LiveShareStopped,
    /// A share nobody has opened, [`UNOPENED_AFTER_DAYS`] or more after it was made.
    ShareNeverOpened,
}

/// One thing that needs attention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// How urgent.
    pub urgency: Urgency,
    /// What about.
    pub kind: NoticeKind,
    /// The entry (`residence/<id>`) or share id it concerns.
    pub subject: String,
    /// A short name of the subject as stored ("aufenthaltserlaubnis", the share's purpose).
    pub label: String,
    /// The last valid day (YYYY-MM-DD), when there is one.
    pub date: Option<String>,
    /// Days from today to that day (negative: ended that many days ago).
    pub days_left: Option<i64>,
    /// What to do, as a message id (`advice-residence-extend`, …), when there is something.
    pub advice: Option<&'static str>,
}

/// The last day a date given as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` covers, as the start of that
/// day in Unix seconds.
fn last_day(date: &str) -> Option<u64> {
    match date.len() {
        10 => unix_of_date(date),
        7 => {
            let (y, m): (u32, u32) = (date[..4].parse().ok()?, date[5..].parse().ok()?);
            let next = if m == 12 { format!("{}-01-01", y + 1) } else { format!("{y}-{:02}-01", m + 1) };
            unix_of_date(&next).map(|t| t - DAY)
        }
        4 => unix_of_date(&format!("{date}-12-31")),
        _ => None,
    }
}

fn days_between(today: u64, day: u64) -> i64 {
    (day as i64 - (today - today % DAY) as i64).div_euclid(DAY as i64)
}

fn urgency(days_left: i64) -> Option<Urgency> {
    match days_left {
        d if d < 0 => Some(Urgency::Expired),
        d if d <= 30 => Some(Urgency::Within30Days),
        d if d <= 90 => Some(Urgency::Within90Days),
        _ => None,
    }
}

/// Whether a paper valid until `valid_until` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) has ended at
/// `now`: the last day it covers is over. A date that cannot be read is not called expired.
pub fn has_ended(valid_until: &str, now: u64) -> bool {
    last_day(valid_until).is_some_and(|day| days_between(now, day) < 0)
}

/// The residence papers that have ended at `now`, as `residence/<id>`: front ends mark these
/// "expired" wherever they show them, current or not.
pub fn ended_entries(doc: &WalletDoc, now: u64) -> Result<Vec<String>> {
    Ok(doc
        .residence()?
        .into_iter()
        .filter(|p| p.value.valid_until.as_deref().is_some_and(|d| has_ended(d, now)))
        .map(|p| format!("residence/{}", p.id))
        .collect())
}

/// Whether a share's open count could make a notice: still running and followed, not revoked,
/// and made [`UNOPENED_AFTER_DAYS`] or more ago. Front ends ask the relays about these only.
pub fn waits_for_first_open(r: &ShareRecord, now: u64) -> bool {
    r.revoked_at.is_none()
        && r.forgotten_at.is_none()
        && r.stopped_following.is_none()
        && now < r.expires_at
        && now.saturating_sub(r.created_at) >= UNOPENED_AFTER_DAYS * DAY
}

/// Everything that needs attention at `now`, most urgent first, without asking any relay
/// (so without shares never opened: see [`notices_with_opens`]).
pub fn notices(doc: &WalletDoc, now: u64) -> Result<Vec<Notice>> {
    notices_with_opens(doc, now, &Opens::new())
}

/// Everything that needs attention at `now`, most urgent first; `opens` are the open counts
/// the relays reported, so that a share still unopened after [`UNOPENED_AFTER_DAYS`] is named.
pub fn notices_with_opens(doc: &WalletDoc, now: u64, opens: &Opens) -> Result<Vec<Notice>> {
    let today = date_of(now);
    let mut out = Vec::new();
    let current = crate::share::paths::current_residence(doc, &today)?;
    let papers = doc.residence()?;
    // With no valid paper left, the one that ended last is the one the person lived on.
    let lived_on = current.clone().or_else(|| {
        papers
            .iter()
            .filter_map(|p| Some((last_day(p.value.valid_until.as_deref()?)?, p.id.clone())))
            .max()
            .map(|(_, id)| id)
    });
    for p in &papers {
        let Some(until) = p.value.valid_until.as_deref() else { continue };
        let Some(day) = last_day(until) else { continue };
        let left = days_between(now, day);
        let is_current = lived_on.as_ref() == Some(&p.id);
        let (kind, urgency, advice) = match (is_current, urgency(left)) {
            (true, Some(Urgency::Expired)) => {
                (NoticeKind::ResidenceExpired, Urgency::Expired, Some("advice-residence-expired"))
            }
            (true, Some(u)) => (NoticeKind::ResidenceExpiring, u, Some("advice-residence-extend")),
            (false, Some(Urgency::Expired)) => (NoticeKind::ResidenceSuperseded, Urgency::Info, None),
            _ => continue,
        };
        out.push(Notice {
            urgency,
            kind,
            subject: format!("residence/{}", p.id),
            label: p.value.kind.as_str().to_string(),
            date: Some(until.to_string()),
            days_left: Some(left),
            advice,
        });
    }
    let entries = papers
        .iter()
        .map(|p| (Section::Residence, p.id.clone()))
        .chain(doc.certificates()?.into_iter().map(|c| (Section::Certificates, c.id)));
    for (section, id) in entries {
        let Some(held) = doc.attestation(section, id.as_str())?.and_then(|t| Held::read(&t).ok()) else { continue };
        let left = days_between(now, held.expires_at.saturating_sub(1));
        let (kind, urgency) = match urgency(left) {
            Some(Urgency::Expired) => (NoticeKind::AttestationExpired, Urgency::Info),
            Some(u) => (NoticeKind::AttestationExpiring, u),
            None => continue,
        };
        out.push(Notice {
            urgency,
            kind,
            subject: format!("{}/{id}", section.key()),
            label: held.issuer_name.unwrap_or_default(),
            date: Some(crate::time::last_valid_date(held.expires_at)),
            days_left: Some(left),
            advice: Some("advice-attestation-renew"),
        });
    }
    for r in doc.share_records()? {
        if r.revoked_at.is_some() || r.forgotten_at.is_some() || now >= r.expires_at {
            continue;
        }
        let label = r.audience.as_ref().map(|a| a.name.clone()).or(r.purpose.clone()).unwrap_or_default();
        if let Some(why) = &r.stopped_following {
            out.push(Notice {
                urgency: Urgency::Info,
                kind: NoticeKind::LiveShareStopped,
                subject: r.share_id.clone(),
                label: format!("{label}: {why}"),
                date: None,
                days_left: None,
                advice: Some("advice-share-again"),
            });
        } else if r.expires_at - now <= 7 * DAY {
            let left = days_between(now, r.expires_at.saturating_sub(1));
            out.push(Notice {
                urgency: Urgency::Within30Days,
                kind: NoticeKind::ShareExpiring,
                subject: r.share_id.clone(),
                label,
                date: Some(crate::time::last_valid_date(r.expires_at)),
                days_left: Some(left),
                advice: None,
            });
        } else if opens.get(&r.share_id) == Some(&0) && waits_for_first_open(&r, now) {
            out.push(Notice {
                urgency: Urgency::Info,
                kind: NoticeKind::ShareNeverOpened,
                subject: r.share_id.clone(),
                label,
                // The day it was made: "not opened since you shared it on …".
                date: Some(date_of(r.created_at)),
                days_left: None,
                advice: Some("advice-share-unopened"),
            });
        }
    }
    out.sort_by_key(|n| (n.urgency, n.days_left));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_mean_the_last_day_they_cover() {
        assert_eq!(last_day("2026-02").map(date_of).as_deref(), Some("2026-02-28"));
        assert_eq!(last_day("2024-02").map(date_of).as_deref(), Some("2024-02-29"));
        assert_eq!(last_day("2026-12").map(date_of).as_deref(), Some("2026-12-31"));
        assert_eq!(last_day("2026").map(date_of).as_deref(), Some("2026-12-31"));
        assert_eq!(last_day("2026-03-05").map(date_of).as_deref(), Some("2026-03-05"));
    }

    #[test]
    fn a_paper_ends_after_its_last_day_not_on_it() {
        let last = unix_of_date("2026-03-31").unwrap_or_default();
        assert!(!has_ended("2026-03-31", last + DAY - 1));
        assert!(has_ended("2026-03-31", last + DAY));
        assert!(!has_ended("2026-03", last + DAY - 1));
        assert!(has_ended("2026-03", last + DAY));
        assert!(!has_ended("not a date", last + 1000 * DAY));
    }
}
