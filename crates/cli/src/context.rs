//! Where the wallet is and how to get the passphrase: settled once, before any command runs.

use std::io::{BufRead, IsTerminal, Read as _};
use std::path::PathBuf;

use anyhow::Context as _;
use wallet_core::keys::RECOVERY_CODE_CHARS;
use wallet_core::{Wallet, WalletDir};
use zeroize::Zeroizing;

use crate::bad_input;

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
                .context("cannot find a data folder for the wallet; use --wallet DIR or set MAPPE_HOME")?,
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
                    bad_input!("the passphrase file {} is larger than {MAX_PASSPHRASE_FILE} bytes", path.display())
                }
                Err(e) => bad_input!("cannot read the passphrase file: {e}"),
            };
            let text = match std::str::from_utf8(&bytes) {
                Ok(t) => Zeroizing::new(t.to_string()),
                Err(_) => bad_input!("the passphrase file {} is not UTF-8 text", path.display()),
            };
            return Ok(Zeroizing::new(text.lines().next().unwrap_or("").to_string()));
        }
        if let Some(p) = std::env::var_os("MAPPE_PASSPHRASE") {
            return match p.into_string() {
                Ok(p) => Ok(Zeroizing::new(p)),
                Err(_) => bad_input!("MAPPE_PASSPHRASE is not valid UTF-8 text"),
            };
        }
        if !std::io::stdin().is_terminal() {
            bad_input!("no passphrase given: type it at a terminal, set MAPPE_PASSPHRASE, or use --passphrase-file");
        }
        Ok(Zeroizing::new(rpassword::prompt_password(prompt).context("cannot read the passphrase")?))
    }

    /// A new passphrase, asked twice when typed, at least 8 characters.
    pub fn new_passphrase(&self) -> anyhow::Result<Zeroizing<String>> {
        let typed = !self.passphrase_given();
        let first = self.passphrase("Choose a passphrase for this wallet: ")?;
        if first.chars().count() < MIN_PASSPHRASE {
            bad_input!("the passphrase is too short; use at least {MIN_PASSPHRASE} characters");
        }
        if typed {
            let again = self.passphrase("Type it again: ")?;
            if *again != *first {
                bad_input!("the two passphrases differ; nothing was created");
            }
        }
        Ok(first)
    }

    /// Unlocks the wallet with the passphrase.
    pub fn unlock(&self) -> anyhow::Result<Wallet> {
        // Say "no wallet" before asking for a passphrase that cannot help.
        self.dir.public_identity()?;
        let pass = self.passphrase("Passphrase: ")?;
        Ok(self.dir.unlock(&pass)?)
    }
}

/// Reads a recovery code from standard input: lines until it has all its characters, an empty
/// line, or the end of input, so the code can be typed or pasted as printed (two lines).
pub fn read_recovery_code() -> anyhow::Result<Zeroizing<String>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("Type your recovery code (groups of four, as written down), then press Enter:");
    }
    let mut code = Zeroizing::new(String::new());
    let mut handle = stdin.lock().take(4096);
    loop {
        let mut line = Zeroizing::new(String::new());
        let n = handle.read_line(&mut line).context("cannot read from standard input")?;
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
