//! The replay cache: signatures of signed requests seen within the clock-skew window.
//!
//! Behind [`ReplayGuard`], so each store brings the cache that fits it: with SQLite (one
//! relay process) the `ReplayCache` in memory, which a restart forgets (the skew window
//! bounds what that exposes); with PostgreSQL the `seen_requests` table
//! ([`crate::store::postgres::PostgresReplay`]), shared by every instance, so a request
//! replayed to another instance is refused too.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::store::StoreFuture;

/// Where seen signatures are kept.
pub trait ReplayGuard: Send + Sync + 'static {
    /// Records `signature` (signed at `signed_time`, checked at `now`); `false` if it was
    /// seen before. Each is kept until its signed time leaves the skew window.
    fn first_use(&self, signature: [u8; 64], signed_time: u64, now: u64) -> StoreFuture<bool>;

    /// Forgets signatures whose time has left the window (called by the sweeper).
    fn prune(&self, now: u64);
}

/// Signatures seen recently, in memory.
#[derive(Debug)]
pub(crate) struct ReplayCache {
    skew: u64,
    inner: Mutex<ReplayInner>,
}

#[derive(Debug, Default)]
struct ReplayInner {
    /// Signature → the Unix time after which it would be stale anyway.
    seen: HashMap<[u8; 64], u64>,
    /// Prune when the map reaches this size.
    prune_at: usize,
}

impl ReplayCache {
    /// A cache for a skew window of `skew` seconds either side.
    pub(crate) fn new(skew: u64) -> Self {
        Self { skew, inner: Mutex::new(ReplayInner { seen: HashMap::new(), prune_at: 1024 }) }
    }

    fn record(&self, signature: [u8; 64], signed_time: u64, now: u64) -> bool {
        let Ok(mut inner) = self.inner.lock() else {
            // A poisoned lock means a panic elsewhere; refuse rather than risk a replay.
            return false;
        };
        if inner.seen.len() >= inner.prune_at {
            inner.seen.retain(|_, until| *until >= now);
            inner.prune_at = (inner.seen.len() * 2).max(1024);
        }
        let until = signed_time.saturating_add(self.skew);
        inner.seen.insert(signature, until).is_none()
    }
}

impl ReplayGuard for ReplayCache {
    fn first_use(&self, signature: [u8; 64], signed_time: u64, now: u64) -> StoreFuture<bool> {
        let fresh = self.record(signature, signed_time, now);
        Box::pin(std::future::ready(Ok(fresh)))
    }

    fn prune(&self, now: u64) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.seen.retain(|_, until| *until >= now);
        }
    }
}
