//! Where the wallet is and how to get the passphrase: settled once, before any command runs.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;

use anyhow::{Context as _, bail};
use wallet_core::{Wallet, WalletDir};
use zeroize::Zeroizing;

/// Shortest passphrase accepted for a new wallet.
const MIN_PASSPHRASE: usize = 8;
/// Longest passphrase file read.
const MAX_PASSPHRASE_FILE: u64 = 4096;

/// Settings shared by every command.
pub struct Context {
    /// The wallet folder.
    pub dir: WalletDir,
    passphrase_file: Option<PathBuf>,
}

impl Context {
    /// Resolves the wallet folder: `--wallet`/`MAPPE_HOME`, else the platform data folder.
    pub fn new(wallet: Option<PathBuf>, passphrase_file: Option<PathBuf>) -> anyhow::Result<Self> {
        let path = match wallet {
            Some(p) => p,
            None => directories::ProjectDirs::from("org", "Mappe", "mappe")
                .map(|d| d.data_dir().to_path_buf())
                .context(
                    "cannot find a data folder for the wallet; use --wallet DIR or set MAPPE_HOME",
                )?,
        };
        Ok(Self {
            dir: WalletDir::new(path),
            passphrase_file,
        })
    }

    /// The passphrase from `--passphrase-file`, `MAPPE_PASSPHRASE`, or a prompt.
    pub fn passphrase(&self, prompt: &str) -> anyhow::Result<Zeroizing<String>> {
        if let Some(path) = &self.passphrase_file {
            let meta = std::fs::metadata(path)
                .with_context(|| format!("cannot read the passphrase file {}", path.display()))?;
            if meta.len() > MAX_PASSPHRASE_FILE {
                bail!(
                    "the passphrase file {} is larger than {MAX_PASSPHRASE_FILE} bytes",
                    path.display()
                );
            }
            let text =
                Zeroizing::new(std::fs::read_to_string(path).with_context(|| {
                    format!("cannot read the passphrase file {}", path.display())
                })?);
            return Ok(Zeroizing::new(
                text.lines().next().unwrap_or("").to_string(),
            ));
        }
        if let Ok(p) = std::env::var("MAPPE_PASSPHRASE") {
            return Ok(Zeroizing::new(p));
        }
        if !std::io::stdin().is_terminal() {
            bail!(
                "no passphrase given: type it at a terminal, set MAPPE_PASSPHRASE, or use --passphrase-file"
            );
        }
        Ok(Zeroizing::new(
            rpassword::prompt_password(prompt).context("cannot read the passphrase")?,
        ))
    }

    /// A new passphrase, asked twice when typed, at least 8 characters.
    pub fn new_passphrase(&self) -> anyhow::Result<Zeroizing<String>> {
        let typed =
            self.passphrase_file.is_none() && std::env::var_os("MAPPE_PASSPHRASE").is_none();
        let first = self.passphrase("Choose a passphrase for this wallet: ")?;
        if first.chars().count() < MIN_PASSPHRASE {
            bail!("the passphrase is too short; use at least {MIN_PASSPHRASE} characters");
        }
        if typed {
            let again = self.passphrase("Type it again: ")?;
            if *again != *first {
                bail!("the two passphrases differ; nothing was created");
            }
        }
        Ok(first)
    }

    /// Unlocks the wallet with the passphrase.
    pub fn unlock(&self) -> anyhow::Result<Wallet> {
        if !self.dir.exists() {
            // Say "no wallet" before asking for a passphrase that cannot help.
            return Err(wallet_core::Error::NoWallet {
                dir: self.dir.path().to_path_buf(),
            }
            .into());
        }
        let pass = self.passphrase("Passphrase: ")?;
        Ok(self.dir.unlock(pass.as_bytes())?)
    }
}

/// Reads one line from standard input (the recovery code), prompting on a terminal.
pub fn read_line(prompt: &str) -> anyhow::Result<Zeroizing<String>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("{prompt}");
    }
    let mut line = Zeroizing::new(String::new());
    let mut handle = stdin.lock().take(4096);
    handle
        .read_line(&mut line)
        .context("cannot read from standard input")?;
    Ok(line)
}

use std::io::Read as _;
