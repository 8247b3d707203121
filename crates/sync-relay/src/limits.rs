//! Rate limits: requests per client address, and opens per share, each a GCRA bucket
//! (`governor`) kept in memory.
//!
//! The client's address is the socket's peer, or, when the peer is a trusted reverse proxy,
//! the right-most address of `X-Forwarded-For` that is not itself a trusted proxy (the left
//! part of that header is whatever the client chose to send). With several relay instances
//! each counts on its own, so the limits add up across instances.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use axum::http::HeaderMap;
use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::config::{Config, ProxyList};

/// Most requests one client address may send at once before the per-minute rate applies:
/// a tenth of the rate.
const CLIENT_BURST_DIVISOR: u32 = 10;
/// Opens of one share that may come at once before the per-minute rate applies.
const SHARE_BURST: u32 = 3;

/// The relay's rate limiters.
pub(crate) struct Limits {
    client: Option<DefaultKeyedRateLimiter<IpAddr>>,
    share_opens: Option<DefaultKeyedRateLimiter<[u8; 16]>>,
    trusted: ProxyList,
    clock: DefaultClock,
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limits")
            .field("client", &self.client.is_some())
            .field("share_opens", &self.share_opens.is_some())
            .finish_non_exhaustive()
    }
}

/// A quota of `per_minute` with bursts of `burst` (both at least 1); `None` for 0 (no limit).
fn quota(per_minute: u32, burst: u32) -> Option<Quota> {
    let rate = NonZeroU32::new(per_minute)?;
    let burst = NonZeroU32::new(burst.clamp(1, per_minute)).unwrap_or(NonZeroU32::MIN);
    Some(Quota::per_minute(rate).allow_burst(burst))
}

impl Limits {
    /// The limiters `config` asks for.
    pub(crate) fn new(config: &Config) -> Self {
        let per_client = config.rate_limit_per_minute;
        Self {
            client: quota(per_client, per_client / CLIENT_BURST_DIVISOR).map(RateLimiter::keyed),
            share_opens: quota(config.share_opens_per_minute, SHARE_BURST).map(RateLimiter::keyed),
            trusted: config.trusted_proxies.clone(),
            clock: DefaultClock::default(),
        }
    }

    /// The address a request comes from: the peer, or the client a trusted proxy names.
    pub(crate) fn client_address(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.trusted.contains(&peer) {
            return peer;
        }
        let mut chain = Vec::new();
        for value in headers.get_all("x-forwarded-for") {
            let Ok(text) = value.to_str() else { return peer };
            for part in text.split(',') {
                match part.trim().parse::<IpAddr>() {
                    Ok(addr) => chain.push(addr),
                    Err(_) => return peer,
                }
            }
        }
        // Right to left: the last hop not added by one of our proxies is the client.
        chain.into_iter().rev().find(|addr| !self.trusted.contains(addr)).unwrap_or(peer)
    }

    /// `Err(wait)` if `client` is over its rate.
    pub(crate) fn check_client(&self, client: IpAddr) -> Result<(), Duration> {
        match &self.client {
            Some(limiter) => limiter.check_key(&client).map_err(|n| n.wait_time_from(self.clock.now())),
            None => Ok(()),
        }
    }

    /// `Err(wait)` if share `id` is opened faster than its rate.
    pub(crate) fn check_share_open(&self, id: [u8; 16]) -> Result<(), Duration> {
        match &self.share_opens {
            Some(limiter) => limiter.check_key(&id).map_err(|n| n.wait_time_from(self.clock.now())),
            None => Ok(()),
        }
    }

    /// Forgets buckets that are full again, so memory follows recent clients only.
    pub(crate) fn prune(&self) {
        if let Some(l) = &self.client {
            l.retain_recent();
            l.shrink_to_fit();
        }
        if let Some(l) = &self.share_opens {
            l.retain_recent();
            l.shrink_to_fit();
        }
    }
}

/// Whole seconds to wait, at least 1.
pub(crate) fn retry_after_secs(wait: Duration) -> u64 {
    u64::try_from(wait.as_millis().div_ceil(1000)).unwrap_or(u64::MAX).max(1)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn limits(trusted: &str) -> Limits {
        let mut config = Config::new("x.sqlite");
        config.trusted_proxies = trusted.parse().unwrap();
        Limits::new(&config)
    }

    fn xff(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().unwrap());
        }
        h
    }

    #[test]
    fn a_forwarded_for_header_counts_only_from_a_trusted_proxy() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let l = limits("127.0.0.1");
        assert_eq!(l.client_address(ip("203.0.113.9"), &xff(&["198.51.100.1"])), ip("203.0.113.9"));
        assert_eq!(l.client_address(ip("127.0.0.1"), &xff(&["198.51.100.1"])), ip("198.51.100.1"));
        // A client that forges the left part does not choose its address.
        assert_eq!(l.client_address(ip("127.0.0.1"), &xff(&["6.6.6.6, 198.51.100.1"])), ip("198.51.100.1"));
        assert_eq!(l.client_address(ip("127.0.0.1"), &xff(&["6.6.6.6", "198.51.100.1"])), ip("198.51.100.1"));
        // Two proxies in a row.
        let l = limits("127.0.0.1,10.0.0.2");
        assert_eq!(l.client_address(ip("127.0.0.1"), &xff(&["198.51.100.1, 10.0.0.2"])), ip("198.51.100.1"));
        // No header or garbage: the proxy itself.
        assert_eq!(l.client_address(ip("127.0.0.1"), &HeaderMap::new()), ip("127.0.0.1"));
        assert_eq!(l.client_address(ip("127.0.0.1"), &xff(&["not-an-ip"])), ip("127.0.0.1"));
    }

    #[test]
    fn a_share_takes_three_opens_at_once_then_waits() {
        let l = limits("");
        let id = [7u8; 16];
        for _ in 0..3 {
            assert!(l.check_share_open(id).is_ok());
        }
        let wait = l.check_share_open(id).unwrap_err();
        assert!(wait > Duration::from_secs(1) && wait <= Duration::from_secs(6), "{wait:?}");
        assert!(l.check_share_open([8u8; 16]).is_ok(), "another share has its own bucket");
        assert_eq!(retry_after_secs(wait), wait.as_secs() + 1);
    }
}
