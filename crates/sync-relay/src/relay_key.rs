//! The relay's own Ed25519 key, which signs deletion receipts: a 32-byte seed in a file
//! (`--relay-key`, default `<db>.relay-key`), created private (0600) on first start. The seed
//! is never logged; the public key and its fingerprint are published at
//! `/.well-known/mappe-relay.json` and printed at startup.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use wallet_core::crypto::{IdentitySecret, SecretKey};
use wallet_core::keys::PublicIdentity;
use zeroize::Zeroizing;

/// The relay's signing key (the seed is wiped on drop).
pub struct RelayKey {
    secret: IdentitySecret,
}

impl std::fmt::Debug for RelayKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RelayKey(public: {})", hex::encode(self.public()))
    }
}

/// Why the key file could not be used.
#[derive(Debug, thiserror::Error)]
#[error("cannot use the relay key file {path}: {reason}")]
pub struct RelayKeyError {
    /// The file.
    pub path: PathBuf,
    /// What went wrong.
    pub reason: String,
}

impl RelayKey {
    /// Reads the seed at `path`, or creates the file with a fresh random seed.
    pub fn load_or_create(path: &Path) -> Result<Self, RelayKeyError> {
        let fail = |reason: String| RelayKeyError { path: path.to_path_buf(), reason };
        let mut seed = Zeroizing::new([0u8; 32]);
        match std::fs::File::open(path) {
            Ok(mut file) => {
                let mut bytes = Zeroizing::new(Vec::with_capacity(33));
                (&mut file).take(33).read_to_end(&mut bytes).map_err(|e| fail(e.to_string()))?;
                if bytes.len() != 32 {
                    return Err(fail("it must hold exactly 32 bytes".into()));
                }
                seed.copy_from_slice(&bytes);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let fresh = SecretKey::random().map_err(|e| fail(e.to_string()))?;
                seed.copy_from_slice(fresh.expose());
                write_new(path, &seed[..]).map_err(|e| fail(e.to_string()))?;
                tracing::info!(path = %path.display(), "created a new relay key");
            }
            Err(e) => return Err(fail(e.to_string())),
        }
        Ok(Self { secret: IdentitySecret::from_seed(&SecretKey::from_bytes(*seed)) })
    }

    /// A key from a fixed seed (tests and test vectors).
    pub fn from_seed(seed: [u8; 32]) -> Self {
        Self { secret: IdentitySecret::from_seed(&SecretKey::from_bytes(seed)) }
    }

    /// The public key.
    pub fn public(&self) -> [u8; 32] {
        self.secret.public()
    }

    /// The public key's short fingerprint.
    pub fn fingerprint(&self) -> String {
        PublicIdentity(self.public()).fingerprint()
    }

    /// The signing key.
    pub(crate) fn secret(&self) -> &IdentitySecret {
        &self.secret
    }
}

/// Writes a new file, private from its first byte, durable before it is used.
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}
