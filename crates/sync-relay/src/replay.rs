//! The replay cache: signatures of signed requests seen within the clock-skew window.
//!
//! It lives in memory: a restart forgets it, and the skew window bounds what that exposes.

use std::collections::HashMap;
use std::sync::Mutex;

/// Signatures seen recently, each kept until its signed time leaves the skew window.
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

    /// Records `signature` (signed at `signed_time`); `false` if it was seen before.
    pub(crate) fn first_use(&self, signature: [u8; 64], signed_time: u64, now: u64) -> bool {
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

    /// Forgets signatures whose time has left the window.
    pub(crate) fn prune(&self, now: u64) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.seen.retain(|_, until| *until >= now);
        }
    }
}
