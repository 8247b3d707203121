//! Where the wallet is and how to get the passphrase: settled once, before any command runs.

use std::io::{BufRead, IsTerminal, Read as _};
use std::path::PathBuf;

use anyhow::Context as _;
use wallet_core::keys::RECOVERY_CODE_CHARS;
use wallet_core::{Wallet, WalletDir};
use zeroize::Zeroizing;

use crate::{bad_input, t};

/// Shortest passphrase accepted for a new wallet.
const MIN_PASSPHRASE: usize = 8;
/// Longest passphrase file read.
const MAX_PASSPHRASE_FILE: u64 = 4096;

/// Settings shared by every command.
pub struct Context {
    /// The wallet folder.
    pub dir: WalletDir,
    passphrase_file: Option<PathBuf>,
    fixed_passphrase: Option<Zeroizing<String>>,
}

impl Context {
    /// Resolves the wallet folder: `--wallet`/`MAPPE_HOME`, else the platform data folder.
    pub fn new(wallet: Option<PathBuf>, passphrase_file: Option<PathBuf>) -> anyhow::Result<Self> {
        let path = match wallet {
            Some(p) => p,
            None => directories::ProjectDirs::from("org", "Mappe", "mappe")
                .map(|d| d.data_dir().to_path_buf())
                .with_context(|| t!("context-no-data-folder"))?,
        };
        Ok(Self { dir: WalletDir::new(path), passphrase_file, fixed_passphrase: None })
    }

    /// A context with a known passphrase (the demo's example people).
    pub fn fixed(dir: PathBuf, passphrase: &str) -> Self {
        Self {
            dir: WalletDir::new(dir),
            passphrase_file: None,
            fixed_passphrase: Some(Zeroizing::new(passphrase.into())),
        }
    }

    fn passphrase_given(&self) -> bool {
        self.fixed_passphrase.is_some()
            || self.passphrase_file.is_some()
            || std::env::var_os("MAPPE_PASSPHRASE").is_some()
    }

    /// The passphrase from `--passphrase-file`, `MAPPE_PASSPHRASE`, or a prompt.
    pub fn passphrase(&self, prompt: &str) -> anyhow::Result<Zeroizing<String>> {
        if let Some(p) = &self.fixed_passphrase {
            return Ok(p.clone());
        }
        if let Some(path) = &self.passphrase_file {
            let bytes = match wallet_core::store::fsutil::read_limited(path, MAX_PASSPHRASE_FILE, "the passphrase file")
            {
                Ok(b) => Zeroizing::new(b),
                Err(wallet_core::Error::TooLarge { .. }) => {
                    bad_input!(
                        "passphrase-file-too-large",
                        file = path.display().to_string(),
                        max = MAX_PASSPHRASE_FILE
                    )
                }
                Err(e) => bad_input!("passphrase-file-unreadable", why = e.to_string()),
            };
            let text = match std::str::from_utf8(&bytes) {
                Ok(t) => Zeroizing::new(t.to_string()),
                Err(_) => bad_input!("passphrase-file-not-text", file = path.display().to_string()),
            };
            return Ok(Zeroizing::new(text.lines().next().unwrap_or("").to_string()));
        }
        if let Some(p) = std::env::var_os("MAPPE_PASSPHRASE") {
            return match p.into_string() {
                Ok(p) => Ok(Zeroizing::new(p)),
                Err(_) => bad_input!("passphrase-env-not-text"),
            };
        }
        if !std::io::stdin().is_terminal() {
            bad_input!("passphrase-none-given");
        }
        Ok(Zeroizing::new(rpassword::prompt_password(prompt).with_context(|| t!("passphrase-unreadable"))?))
    }

    /// A new passphrase, asked twice when typed, at least 8 characters.
    pub fn new_passphrase(&self) -> anyhow::Result<Zeroizing<String>> {
        let typed = !self.passphrase_given();
        let first = self.passphrase(&format!("{} ", t!("passphrase-choose")))?;
        if first.chars().count() < MIN_PASSPHRASE {
            bad_input!("passphrase-too-short", min = MIN_PASSPHRASE);
        }
        if typed {
            let again = self.passphrase(&format!("{} ", t!("passphrase-again")))?;
            if *again != *first {
                bad_input!("passphrase-differ");
            }
        }
        Ok(first)
    }

    /// Unlocks the wallet with the passphrase.
    pub fn unlock(&self) -> anyhow::Result<Wallet> {
        // Say "no wallet" before asking for a passphrase that cannot help.
        self.dir.public_identity()?;
        let pass = self.passphrase(&format!("{} ", t!("passphrase-prompt")))?;
        Ok(self.dir.unlock(&pass)?)
    }
}

/// Reads a recovery code from standard input: lines until it has all its characters, an empty
/// line, or the end of input, so the code can be typed or pasted as printed (two lines).
pub fn read_recovery_code() -> anyhow::Result<Zeroizing<String>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("{}", t!("recovery-code-prompt"));
    }
    let mut code = Zeroizing::new(String::new());
    let mut handle = stdin.lock().take(4096);
    loop {
        let mut line = Zeroizing::new(String::new());
        let n = handle.read_line(&mut line).with_context(|| t!("stdin-unreadable"))?;
        if n == 0 || line.trim().is_empty() {
            break;
        }
        code.push_str(line.trim());
        code.push(' ');
        let symbols = code.chars().filter(|c| c.is_ascii_alphanumeric()).count();
        if symbols >= RECOVERY_CODE_CHARS {
            break;
        }
    }
    Ok(code)
}
