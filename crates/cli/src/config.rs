//! Per-wallet settings the CLI remembers (`config.json` in the wallet folder): the relay URL.

use std::path::Path;

use serde::{Deserialize, Serialize};

/// Settings file name.
const FILE: &str = "config.json";

/// What is remembered.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Config {
    /// The relay used last.
    pub relay: Option<String>,
}

/// Reads the settings; a missing file means defaults.
pub fn load(dir: &Path) -> anyhow::Result<Config> {
    let path = dir.join(FILE);
    if !path.exists() {
        return Ok(Config::default());
    }
    let bytes = wallet_core::store::fsutil::read_limited(&path, 64 * 1024, "the settings file")?;
    serde_json::from_slice(&bytes).map_err(|e| anyhow::anyhow!("{} is not valid settings JSON: {e}", path.display()))
}

/// Remembers the relay URL (atomically).
pub fn remember_relay(dir: &Path, relay: &str) -> anyhow::Result<()> {
    let mut config = load(dir)?;
    if config.relay.as_deref() == Some(relay) {
        return Ok(());
    }
    config.relay = Some(relay.to_string());
    let text = serde_json::to_string_pretty(&config)? + "\n";
    wallet_core::store::fsutil::write_atomic(&dir.join(FILE), text.as_bytes())?;
    Ok(())
}
