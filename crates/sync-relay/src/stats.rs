//! Aggregate counts for monitoring without personal data (`GET /v1/stats`, `mappe-relay
//! --stats`): shares created, first opened and revoked, by kind of receiving office and month.
//!
//! The store keeps one counter per (month, kind, event) and nothing else: no share id, no key,
//! no address, no time finer than the month (`docs/statistics.md`). This module turns those
//! counters into what is published: completed months only, and every count below the
//! threshold suppressed (`null`, `<5` in the table), zero included, with no totals from which a
//! suppressed count could be recomputed.

use serde::Serialize;
use wallet_core::share::agency::AGENCY_KINDS;

use crate::store::ShareCount;

/// Format version of the report.
pub const STATS_VERSION: u64 = 1;
/// Default of the `stats_threshold` setting.
pub const DEFAULT_THRESHOLD: u32 = 5;
/// Lowest threshold the relay accepts: below it a count would come too close to a person.
pub const MIN_THRESHOLD: u32 = 3;
/// Most months in one report (the newest completed ones): ten years.
pub const MAX_MONTHS: usize = 120;
/// The kind counted for a share for anyone holding the link (no audience).
pub const KIND_LINK: &str = "link";
/// The kind counted for an addressed share whose upload named no kind (an older client).
pub const KIND_UNSPECIFIED: &str = "unspecified";

/// What happened to a share, as counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// A new share was uploaded (later revisions are not counted).
    Created,
    /// A share was opened for the first time (later opens are not counted, so that one
    /// share opened many times cannot fill a cell on its own).
    Opened,
    /// The holder revoked a share.
    Revoked,
}

impl Event {
    /// Every event, in report order.
    pub const ALL: [Self; 3] = [Self::Created, Self::Opened, Self::Revoked];

    /// The name stored and published.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::Opened => "opened",
            Self::Revoked => "revoked",
        }
    }
}

/// Every kind a report lists, in order: the agency kinds, then [`KIND_LINK`] and
/// [`KIND_UNSPECIFIED`]. Each month lists all of them, so a row's presence says nothing.
pub fn kinds() -> impl Iterator<Item = &'static str> {
    AGENCY_KINDS.iter().copied().chain([KIND_LINK, KIND_UNSPECIFIED])
}

/// The kind a new share is counted under: its declared agency kind, [`KIND_LINK`] without an
/// audience, [`KIND_UNSPECIFIED`] for an addressed share that declared none.
pub fn kind_of(addressed: bool, recipient_kind: Option<&str>) -> &str {
    match (addressed, recipient_kind) {
        (_, Some(kind)) => kind,
        (false, None) => KIND_LINK,
        (true, None) => KIND_UNSPECIFIED,
    }
}

/// The month (`YYYY-MM`, UTC) of a Unix time.
pub fn month_of(unix: u64) -> String {
    let date = wallet_core::share::date_of(unix);
    match date.rsplit_once('-') {
        Some((month, _)) => month.to_string(),
        None => date,
    }
}

/// `YYYY-MM` as a month number (year × 12 + month − 1).
fn month_index(text: &str) -> Option<i64> {
    let (y, m) = text.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let (y, m): (i64, i64) = (y.parse().ok()?, m.parse().ok()?);
    (1..=12).contains(&m).then_some(y * 12 + m - 1)
}

fn month_text(index: i64) -> String {
    format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1)
}

/// The published figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatsReport {
    /// Format version ([`STATS_VERSION`]).
    pub v: u64,
    /// Counts below this are never published.
    pub threshold: u32,
    /// Completed months, oldest first, from the first counted one (at most [`MAX_MONTHS`]).
    pub months: Vec<MonthStats>,
}

/// One month's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthStats {
    /// `YYYY-MM` (UTC).
    pub month: String,
    /// One row per kind of [`kinds`], always all of them.
    pub kinds: Vec<KindStats>,
}

/// One kind's figures in a month; `None` (JSON `null`) is a count below the threshold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KindStats {
    /// The kind of receiving office (or [`KIND_LINK`], [`KIND_UNSPECIFIED`]).
    pub kind: String,
    /// Shares created.
    pub created: Option<u64>,
    /// Shares opened for the first time.
    pub opened: Option<u64>,
    /// Shares revoked.
    pub revoked: Option<u64>,
}

/// Builds the report at `now` from the stored counters: the running month and anything later
/// is left out, and every count below `threshold` (at least [`MIN_THRESHOLD`]) becomes `None`.
pub fn report(counts: &[ShareCount], now: u64, threshold: u32) -> StatsReport {
    let threshold = threshold.max(MIN_THRESHOLD);
    let last = month_index(&month_of(now)).map(|running| running - 1);
    let first = counts.iter().filter_map(|c| month_index(&c.month)).min();
    let months = match (first, last) {
        (Some(first), Some(last)) if first <= last => {
            let first = first.max(last - (MAX_MONTHS as i64 - 1));
            (first..=last).map(|m| month_stats(counts, &month_text(m), threshold)).collect()
        }
        _ => Vec::new(),
    };
    StatsReport { v: STATS_VERSION, threshold, months }
}

fn month_stats(counts: &[ShareCount], month: &str, threshold: u32) -> MonthStats {
    let cell = |kind: &str, event: Event| {
        let n: u64 = counts
            .iter()
            .filter(|c| c.month == month && c.kind == kind && c.event == event.as_str())
            .map(|c| c.n)
            .sum();
        (n >= u64::from(threshold)).then_some(n)
    };
    MonthStats {
        month: month.to_string(),
        kinds: kinds()
            .map(|kind| KindStats {
                kind: kind.to_string(),
                created: cell(kind, Event::Created),
                opened: cell(kind, Event::Opened),
                revoked: cell(kind, Event::Revoked),
            })
            .collect(),
    }
}

/// The report as a text table for `mappe-relay --stats`: a suppressed count shows as
/// `<threshold`, and there is no total row or column.
pub fn table(report: &StatsReport) -> String {
    let below = format!("<{}", report.threshold);
    let show = |n: Option<u64>| n.map_or_else(|| below.clone(), |n| n.to_string());
    let mut out = format!(
        "Shares by month (UTC) and kind of receiving office; completed months only. A count below {} \
         shows as {below}; there are no totals (docs/statistics.md).\n",
        report.threshold
    );
    if report.months.is_empty() {
        out.push_str("No completed month has been counted yet.\n");
        return out;
    }
    out.push_str(&format!("{:<8} {:<19} {:>8} {:>8} {:>8}\n", "month", "kind", "created", "opened", "revoked"));
    for m in &report.months {
        for k in &m.kinds {
            out.push_str(&format!(
                "{:<8} {:<19} {:>8} {:>8} {:>8}\n",
                m.month,
                k.kind,
                show(k.created),
                show(k.opened),
                show(k.revoked)
            ));
        }
    }
    out
}

/// Why `mappe-relay --stats` could not read the counters.
#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    /// The SQLite file named by `db` does not exist (it would be created empty).
    #[error("no database at {0}; give the relay's `db` setting")]
    NoDatabase(String),
    /// The database could not be opened or read.
    #[error("cannot read the counts from {path}: {reason}")]
    Store {
        /// The database (a URL without its password).
        path: String,
        /// What went wrong.
        reason: String,
    },
}

/// Reads the counters of the database `config` names and builds the report at `now` (for
/// `mappe-relay --stats`, which runs beside or without a serving relay).
pub async fn read(config: &crate::Config, now: u64) -> Result<StatsReport, StatsError> {
    use crate::config::Database;
    use crate::store::Store as _;
    let database = config.database();
    let failed =
        |e: crate::store::StoreError| StatsError::Store { path: database.display_name(), reason: e.to_string() };
    let before = month_of(now);
    let counts = match &database {
        Database::Sqlite(path) => {
            if !path.exists() {
                return Err(StatsError::NoDatabase(path.display().to_string()));
            }
            crate::store::sqlite::SqliteStore::open(path).map_err(failed)?.share_counts(before).await
        }
        Database::Postgres(url) => {
            crate::store::postgres::PostgresStore::open(url).map_err(failed)?.share_counts(before).await
        }
    }
    .map_err(failed)?;
    Ok(report(&counts, now, config.stats_threshold))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn count(month: &str, kind: &str, event: Event, n: u64) -> ShareCount {
        ShareCount { month: month.into(), kind: kind.into(), event: event.as_str().into(), n }
    }

    /// 2027-01-15 08:00 UTC.
    const JAN_2027: u64 = 1_800_000_000;

    #[test]
    fn months_are_utc_calendar_months() {
        assert_eq!(month_of(JAN_2027), "2027-01");
        assert_eq!(month_of(0), "1970-01");
        assert_eq!(month_of(1_798_761_599), "2026-12");
        assert_eq!(month_of(1_798_761_600), "2027-01");
        assert_eq!(month_text(month_index("2026-12").unwrap() + 1), "2027-01");
        assert_eq!(month_index("2026-13"), None);
        assert_eq!(month_index("26-01"), None);
    }

    #[test]
    fn a_count_below_the_threshold_is_never_published_and_zero_neither() {
        let counts = [
            count("2026-12", "jobcenter", Event::Created, 7),
            count("2026-12", "jobcenter", Event::Opened, 4),
            count("2026-12", "sozialamt", Event::Created, 2),
            count("2027-01", "jobcenter", Event::Created, 50),
        ];
        let r = report(&counts, JAN_2027, 5);
        assert_eq!(r.months.len(), 1, "only the completed month");
        let m = &r.months[0];
        assert_eq!(m.month, "2026-12");
        assert_eq!(m.kinds.len(), AGENCY_KINDS.len() + 2, "every kind, always");
        let row = |k: &str| m.kinds.iter().find(|r| r.kind == k).unwrap();
        assert_eq!((row("jobcenter").created, row("jobcenter").opened), (Some(7), None));
        assert_eq!(row("sozialamt").created, None);
        assert_eq!(row("employer").created, None);
        let json = serde_json::to_string(&r).unwrap();
        assert!(!json.contains(":2,") && !json.contains(":4,") && !json.contains(":0"), "{json}");
        let text = table(&r);
        assert!(text.contains("jobcenter") && text.contains(" 7 "), "{text}");
        assert!(!text.split_whitespace().any(|w| w == "2" || w == "4" || w == "0" || w == "50"), "{text}");
    }

    #[test]
    fn the_threshold_never_goes_below_three() {
        let counts = [count("2026-12", "jobcenter", Event::Created, 2)];
        let r = report(&counts, JAN_2027, 1);
        assert_eq!(r.threshold, MIN_THRESHOLD);
        assert_eq!(r.months[0].kinds[0].created, None);
    }

    #[test]
    fn months_run_without_gaps_from_the_first_counted_to_the_last_completed_and_at_most_ten_years() {
        let counts = [count("2026-10", "jobcenter", Event::Created, 9)];
        let r = report(&counts, JAN_2027, 5);
        let months: Vec<&str> = r.months.iter().map(|m| m.month.as_str()).collect();
        assert_eq!(months, ["2026-10", "2026-11", "2026-12"]);
        let old = [count("1990-01", "jobcenter", Event::Created, 9)];
        let r = report(&old, JAN_2027, 5);
        assert_eq!(r.months.len(), MAX_MONTHS);
        assert_eq!(r.months.last().unwrap().month, "2026-12");
        assert!(report(&[], JAN_2027, 5).months.is_empty());
    }
}
