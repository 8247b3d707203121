//! Time as the core sees it: Unix seconds passed in by the caller, and calendar dates (UTC).
//!
//! Nothing in wallet-core reads the clock except [`now`], which front ends call and pass on;
//! it does not exist on wasm32, where the browser gives the time.

use thiserror::Error;

/// Longest share lifetime, in days.
pub const MAX_SHARE_DAYS: u64 = 366;

/// Seconds since the Unix epoch, from the system clock.
#[cfg(not(target_arch = "wasm32"))]
pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// The last day (UTC) on which something that expires at `expires_at` can still be used: an
/// expiry is the first second it is over, so `--expires 2027-01-10` (valid through that day)
/// is stored as 2027-01-11 00:00 and shown as 2027-01-10.
pub fn last_valid_date(expires_at: u64) -> String {
    date_of(expires_at.saturating_sub(1))
}

/// A Unix time as a calendar date `YYYY-MM-DD` (UTC).
pub fn date_of(unix: u64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = (unix / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A Unix time as `YYYY-MM-DD HH:MM UTC`.
pub fn datetime_of(unix: u64) -> String {
    let secs = unix % 86_400;
    format!("{} {:02}:{:02} UTC", date_of(unix), secs / 3600, (secs % 3600) / 60)
}

/// The start (00:00 UTC) of a checked `YYYY-MM-DD` date, in Unix seconds; `None` before 1970.
pub fn unix_of_date(date: &str) -> Option<u64> {
    crate::document::check_date("date", date).ok().filter(|_| date.len() == 10)?;
    let y: i64 = date[0..4].parse().ok()?;
    let m: i64 = date[5..7].parse().ok()?;
    let d: i64 = date[8..10].parse().ok()?;
    // Days from civil (Howard Hinnant).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u64::try_from(days * 86_400).ok()
}

/// Why a share lifetime was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ExpiryError {
    /// Not a duration or a date.
    #[error("give a duration like 30d, 12h, 2w or a date like 2027-01-31")]
    Unreadable,
    /// A date that has passed.
    #[error("{0} is in the past")]
    InThePast(String),
    /// Longer than a share may last.
    #[error("a share can last at most {MAX_SHARE_DAYS} days")]
    TooLong,
}

/// Parses `30d`, `12h`, `2w`, `90s` or a date `YYYY-MM-DD` (end of that day, UTC) into an
/// expiry time after `now`.
pub fn parse_expiry(text: &str, now: u64) -> Result<u64, ExpiryError> {
    let t = text.trim();
    let unit = |s: &str, secs: u64| -> Option<u64> { s.parse::<u64>().ok().filter(|n| *n > 0).map(|n| n * secs) };
    let secs = if let Some(n) = t.strip_suffix('d') {
        unit(n, 86_400)
    } else if let Some(n) = t.strip_suffix('h') {
        unit(n, 3_600)
    } else if let Some(n) = t.strip_suffix('w') {
        unit(n, 7 * 86_400)
    } else if let Some(n) = t.strip_suffix('s') {
        unit(n, 1)
    } else if let Some(start) = unix_of_date(&crate::document::normalize_date(t)) {
        let end = start + 86_400;
        if end <= now {
            return Err(ExpiryError::InThePast(t.to_string()));
        }
        Some(end - now)
    } else {
        None
    };
    match secs {
        Some(s) if s <= MAX_SHARE_DAYS * 86_400 => Ok(now + s),
        Some(_) => Err(ExpiryError::TooLong),
        None => Err(ExpiryError::Unreadable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(date_of(0), "1970-01-01");
        assert_eq!(date_of(951_782_400), "2000-02-29");
        assert_eq!(date_of(1_795_564_800), "2026-11-25");
        assert_eq!(datetime_of(1_795_564_800 + 3_600 * 13 + 60 * 5), "2026-11-25 13:05 UTC");
        assert_eq!(unix_of_date("2026-11-25"), Some(1_795_564_800));
        assert_eq!(unix_of_date("2000-02-29"), Some(951_782_400));
        assert_eq!(unix_of_date("2026-11"), None);
        // A date given as expiry is shown as that date, not the day after.
        let expires = parse_expiry("2027-01-10", 1_795_564_800).unwrap();
        assert_eq!(date_of(expires), "2027-01-11");
        assert_eq!(last_valid_date(expires), "2027-01-10");
    }

    #[test]
    fn expiry() {
        let now = 1_795_564_800;
        assert_eq!(parse_expiry("30d", now), Ok(now + 30 * 86_400));
        assert_eq!(parse_expiry(" 2w ", now), Ok(now + 14 * 86_400));
        assert_eq!(parse_expiry("12h", now), Ok(now + 12 * 3_600));
        assert_eq!(parse_expiry("2026-11-26", now), Ok(now + 2 * 86_400));
        assert_eq!(parse_expiry("2026-11-24", now), Err(ExpiryError::InThePast("2026-11-24".into())));
        assert_eq!(parse_expiry("367d", now), Err(ExpiryError::TooLong));
        assert_eq!(parse_expiry("0d", now), Err(ExpiryError::Unreadable));
        assert_eq!(parse_expiry("soon", now), Err(ExpiryError::Unreadable));
    }
}
