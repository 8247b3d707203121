//! Shares: chosen fields of the wallet as a signed, encrypted, expiring, revocable capability.
//!
//! A share is a *projection* of chosen fields and entries (and chosen scans, re-encrypted for
//! the share) inside a *manifest* signed by the holder's identity key, encrypted under a fresh
//! share key and stored on a relay. A bearer share's key travels in the URL fragment; an
//! addressed share's key is wrapped to an agency's X25519 key with HPKE. Byte layouts are in
//! `docs/spec/share-v1.md`.

pub mod agency;
pub mod consent;
mod format;
mod paths;
pub mod request;
mod url;

pub use format::{
    AttachmentRef, Audience, ConsentText, EncryptedShare, MANIFEST_VERSION, MAX_MANIFEST, Manifest, OpenedShare,
    ShareError, ShareId, ShareKey, SharedBlob, VerifyOptions, WRAP_INFO, open_share, owner_message, seal_share,
    seal_share_with,
};
pub use paths::{Described, FieldPath, Selection, select};
pub use url::{ShareLink, check_relay_url};

/// Seconds since the Unix epoch, from the system clock.
#[cfg(not(target_arch = "wasm32"))]
pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
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

/// A Unix time as `YYYY-MM-DD HH:MM` (UTC).
pub fn datetime_of(unix: u64) -> String {
    let secs = unix % 86_400;
    format!("{} {:02}:{:02} UTC", date_of(unix), secs / 3600, (secs % 3600) / 60)
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
    }
}
