//! The share link in the QR code: `https://RELAY/s/SHARE_ID#SHARE_KEY` for a bearer share,
//! `https://RELAY/s/SHARE_ID` for an addressed one. The fragment never reaches a server.

use super::format::{ShareError, ShareId, ShareKey};

/// A parsed share link.
#[derive(Debug, Clone)]
pub struct ShareLink {
    /// The relay's base URL, without a trailing slash (`https://relay.example.org`).
    pub relay: String,
    /// The share id.
    pub id: ShareId,
    /// The key, for a bearer share.
    pub key: Option<ShareKey>,
}

/// Longest link accepted.
const MAX_LINK: usize = 2048;

impl ShareLink {
    /// The link as text (contains the key for a bearer share: treat it as a secret).
    pub fn to_url(&self) -> zeroize::Zeroizing<String> {
        let mut s = format!("{}/s/{}", self.relay, self.id);
        if let Some(k) = &self.key {
            s.push('#');
            s.push_str(&k.to_b64());
        }
        zeroize::Zeroizing::new(s)
    }

    /// Parses a link; accepts `http` only for loopback relays (tests, the demo).
    pub fn parse(text: &str) -> Result<Self, ShareError> {
        let text = text.trim();
        if text.len() > MAX_LINK {
            return Err(ShareError::BadLink("too long".into()));
        }
        let (base, fragment) = match text.split_once('#') {
            Some((b, f)) => (b, Some(f)),
            None => (text, None),
        };
        let (relay, id) = base.rsplit_once("/s/").ok_or_else(|| ShareError::BadLink("no /s/ in the address".into()))?;
        check_relay_url(relay).map_err(ShareError::BadLink)?;
        let id = ShareId::parse(id)?;
        let key = match fragment {
            Some(f) if !f.is_empty() => Some(ShareKey::parse(f)?),
            _ => None,
        };
        Ok(Self { relay: relay.to_string(), id, key })
    }
}

/// Checks a relay base URL: `https://host[:port][/path]`, or `http://` to a loopback address.
pub fn check_relay_url(url: &str) -> Result<(), String> {
    let rest = if let Some(r) = url.strip_prefix("https://") {
        r
    } else if let Some(r) = url.strip_prefix("http://") {
        let host = if r.starts_with("[::1]") { "[::1]" } else { r.split(['/', ':']).next().unwrap_or("") };
        if !(host == "127.0.0.1" || host == "localhost" || host == "[::1]") {
            return Err("a relay address must start with https:// (http:// only for 127.0.0.1)".into());
        }
        r
    } else {
        return Err("a relay address must start with https://".into());
    };
    if rest.is_empty() || rest.ends_with('/') || rest.contains(['?', '#', ' ']) {
        return Err("a relay address is like https://relay.example.org (no trailing slash)".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects() {
        let link = ShareLink {
            relay: "https://relay.beratung-berlin.de".into(),
            id: ShareId([7; 16]),
            key: Some(ShareKey(crate::crypto::SecretKey::from_bytes([9; 32]))),
        };
        let url = link.to_url();
        assert_eq!(url.len(), 32 + 3 + 22 + 1 + 43);
        let back = ShareLink::parse(&url).unwrap();
        assert_eq!(back.id, link.id);
        assert_eq!(back.key, link.key);
        assert_eq!(back.relay, link.relay);
        assert!(ShareLink::parse("http://evil.example/s/AAAAAAAAAAAAAAAAAAAAAA").is_err());
        assert!(ShareLink::parse("https://x.example/s/short").is_err());
        assert!(ShareLink::parse("https://x.example/shares/AAAAAAAAAAAAAAAAAAAAAA").is_err());
        ShareLink::parse("http://127.0.0.1:8080/s/AAAAAAAAAAAAAAAAAAAAAA").unwrap();
    }
}
