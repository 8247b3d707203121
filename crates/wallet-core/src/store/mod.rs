//! A wallet folder on disk and the operations that read and write it.
//!
//! ```text
//! <wallet>/keystore.mappe          root secret sealed by the passphrase
//! <wallet>/wallet.mappe            the encrypted wallet document
//! <wallet>/attachments/<id>.blob   one encrypted file per attachment
//! <wallet>/wallet.lock             empty; writers take turns holding a lock on it
//! ```
//!
//! Several processes may edit one wallet at once (two `mappe` commands, a sync beside an edit).
//! Each loaded the document earlier, so a plain write would let the last writer erase the others'
//! edits. [`save_document`] therefore merges the file on storage into the document under the
//! lock before replacing the file: the file only ever gains changes.

pub mod fsutil;

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::crypto::{Argon2Params, SecretKey};
use crate::document::{AttachmentMeta, ItemId, WalletDoc, WalletJson};
use crate::error::{Error, Result, io_err as io};
use crate::keys::{PublicIdentity, RecoveryCode, RootSecret, WalletKeys};
use crate::wire::attachment::{self, StreamFailure};
use crate::wire::{FileKind, keystore, wallet_file};
use fsutil::TempFile;

/// Name of the keystore file in a wallet folder.
pub const KEYSTORE_FILE: &str = "keystore.mappe";
/// Name of the wallet document file in a wallet folder.
pub const WALLET_FILE: &str = "wallet.mappe";
/// Name of the attachments folder in a wallet folder.
pub const ATTACHMENTS_DIR: &str = "attachments";
/// Name of the lock file in a wallet folder. It is never deleted: a writer that deleted it could
/// let the next writer lock a new file while a third still holds the old one.
pub const LOCK_FILE: &str = "wallet.lock";
/// Largest file accepted as an attachment (32 MiB).
pub const MAX_ATTACHMENT: u64 = 32 * 1024 * 1024;

/// A folder that holds (or will hold) a wallet.
#[derive(Debug, Clone)]
pub struct WalletDir {
    path: PathBuf,
}

/// An unlocked wallet: keys and document in memory.
pub struct Wallet {
    path: PathBuf,
    keys: WalletKeys,
    doc: WalletDoc,
}

impl std::fmt::Debug for Wallet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wallet").field("path", &self.path).field("keys", &self.keys).finish_non_exhaustive()
    }
}

impl WalletDir {
    /// Names a wallet folder; nothing is read yet.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The keystore file.
    pub fn keystore_path(&self) -> PathBuf {
        self.path.join(KEYSTORE_FILE)
    }

    /// The wallet document file.
    pub fn wallet_path(&self) -> PathBuf {
        self.path.join(WALLET_FILE)
    }

    /// Whether a keystore exists here.
    pub fn exists(&self) -> bool {
        self.keystore_path().exists()
    }

    /// Creates a new wallet with a fresh root secret; returns it and the recovery code to show once.
    pub fn create(&self, passphrase: &str, params: Argon2Params) -> Result<(Wallet, RecoveryCode)> {
        fsutil::create_private_dir(&self.path)?;
        // Checked under the lock: another `init` may be between writing the document and the keystore.
        let lock = WriteLock::take(&self.path)?;
        self.refuse_existing()?;
        let root = RootSecret::generate()?;
        let code = root.recovery_code();
        let wallet = self.install(&lock, &root, passphrase, params, WalletDoc::new()?)?;
        Ok((wallet, code))
    }

    fn refuse_existing(&self) -> Result<()> {
        if self.exists() {
            return Err(Error::WalletExists { dir: self.path.clone() });
        }
        if self.wallet_path().exists() {
            return Err(Error::KeystoreMissing { dir: self.path.clone() });
        }
        Ok(())
    }

    /// Rebuilds the keystore from a recovery code. An existing wallet file here is kept (and must
    /// open with the recovered keys); an existing keystore is replaced only if it holds the same
    /// identity, which lets a person who forgot the passphrase set a new one.
    pub fn recover(&self, root: &RootSecret, passphrase: &str, params: Argon2Params) -> Result<Wallet> {
        let keys = root.derive();
        fsutil::create_private_dir(&self.path)?;
        let lock = WriteLock::take(&self.path)?;
        if self.exists() {
            let bytes = self.read_keystore()?;
            if keystore::public_identity(&bytes)? != keys.public_identity() {
                return Err(Error::WalletExists { dir: self.path.clone() });
            }
        }
        let doc = if self.wallet_path().exists() { read_doc(&self.wallet_path(), &keys)? } else { WalletDoc::new()? };
        self.install(&lock, root, passphrase, params, doc)
    }

    /// Writes document and keystore while the caller holds the folder's lock, so no other writer
    /// sees a document without its keystore.
    fn install(
        &self,
        _lock: &WriteLock,
        root: &RootSecret,
        passphrase: &str,
        params: Argon2Params,
        doc: WalletDoc,
    ) -> Result<Wallet> {
        fsutil::create_private_dir(&self.path.join(ATTACHMENTS_DIR))?;
        let sealed = keystore::seal(root, passphrase, params)?;
        let mut wallet = Wallet { path: self.path.clone(), keys: root.derive(), doc };
        // Document first: a crash between the two leaves no keystore, so `init` can simply be run again.
        save_locked(&self.path, &wallet.keys, &mut wallet.doc)?;
        fsutil::write_atomic(&self.keystore_path(), &sealed)?;
        Ok(wallet)
    }

    /// The public identity recorded in the keystore (no passphrase needed).
    pub fn public_identity(&self) -> Result<PublicIdentity> {
        keystore::public_identity(&self.read_keystore()?)
    }

    fn read_keystore(&self) -> Result<Vec<u8>> {
        if !self.exists() {
            if self.wallet_path().exists() {
                return Err(Error::KeystoreMissing { dir: self.path.clone() });
            }
            return Err(Error::NoWallet { dir: self.path.clone() });
        }
        // A keystore has a fixed size; anything much larger is damage, not a big input.
        fsutil::read_limited(&self.keystore_path(), 4096, "the keystore").map_err(|e| match e {
            Error::TooLarge { .. } => Error::Integrity { what: FileKind::Keystore },
            other => other,
        })
    }

    /// Opens the keystore with the passphrase and loads the document.
    pub fn unlock(&self, passphrase: &str) -> Result<Wallet> {
        let root = keystore::open(&self.read_keystore()?, passphrase)?;
        self.open_with_keys(root.derive())
    }

    /// Loads the document with keys already derived (tests and benches skip Argon2 this way).
    pub fn open_with_keys(&self, keys: WalletKeys) -> Result<Wallet> {
        let path = self.wallet_path();
        if !path.exists() {
            return Err(Error::NoWallet { dir: self.path.clone() });
        }
        let doc = read_doc(&path, &keys)?;
        Ok(Wallet { path: self.path.clone(), keys, doc })
    }
}

/// Saves `doc` into the wallet folder `dir` without losing what other processes saved there since
/// `doc` was loaded: under the folder's exclusive lock, the wallet file on storage (if any) is
/// merged into `doc`, and the result is written atomically. A wallet file that does not open
/// with `keys` (damaged, altered, another wallet's) is refused with its error and left as it is.
pub fn save_document(dir: &Path, keys: &WalletKeys, doc: &mut WalletDoc) -> Result<()> {
    let _lock = WriteLock::take(dir)?;
    save_locked(dir, keys, doc)
}

fn save_locked(dir: &Path, keys: &WalletKeys, doc: &mut WalletDoc) -> Result<()> {
    let path = dir.join(WALLET_FILE);
    match read_doc(&path, keys) {
        Ok(mut stored) => doc.merge(&mut stored)?,
        // A fresh wallet has no file yet; writers replace it by rename, so it never goes missing later.
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let plain = zeroize::Zeroizing::new(doc.save());
    let sealed = wallet_file::seal(keys, &plain)?;
    fsutil::write_atomic(&path, &sealed)
}

/// An exclusive lock on a wallet folder's [`LOCK_FILE`], released on drop.
struct WriteLock {
    file: File,
}

impl WriteLock {
    /// Waits until no other writer holds the folder's lock, then holds it.
    fn take(dir: &Path) -> Result<Self> {
        let path = dir.join(LOCK_FILE);
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(&path).map_err(io("create", &path))?;
        file.lock().map_err(io("lock", &path))?;
        Ok(Self { file })
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        // Closing the file would release the lock too; unlocking first says so plainly.
        let _ = self.file.unlock();
    }
}

fn read_doc(path: &Path, keys: &WalletKeys) -> Result<WalletDoc> {
    let bytes = fsutil::read_limited(path, wallet_file::MAX_WALLET_FILE as u64, "the wallet file")?;
    let plain = wallet_file::open(keys, &bytes)?;
    WalletDoc::load(&plain)
}

impl Wallet {
    /// The wallet folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The keys.
    pub fn keys(&self) -> &WalletKeys {
        &self.keys
    }

    /// The document, for reading.
    pub fn doc(&self) -> &WalletDoc {
        &self.doc
    }

    /// The document, for editing; call [`Wallet::save`] afterwards.
    pub fn doc_mut(&mut self) -> &mut WalletDoc {
        &mut self.doc
    }

    /// The stable JSON export.
    pub fn to_json(&self) -> Result<WalletJson> {
        WalletJson::from_doc(&self.doc, Some(self.keys.public_identity()))
    }

    /// Merges what other processes saved meanwhile into the document, then encrypts and
    /// atomically writes it (see [`save_document`]).
    pub fn save(&mut self) -> Result<()> {
        save_document(&self.path, &self.keys, &mut self.doc)
    }

    /// The keys and the document at once, for operations that read one and edit the other.
    pub fn parts_mut(&mut self) -> (&WalletKeys, &mut WalletDoc) {
        (&self.keys, &mut self.doc)
    }

    /// The encrypted file of an attachment.
    pub fn attachment_path(&self, id: &ItemId) -> PathBuf {
        self.path.join(ATTACHMENTS_DIR).join(format!("{id}.blob"))
    }

    /// Encrypts the file at `source` into the wallet and records it; call [`Wallet::save`] afterwards.
    pub fn add_attachment(&mut self, source: &Path, media_type: Option<&str>) -> Result<ItemId> {
        let unreadable = |e: std::io::Error| Error::UnreadableInput { path: source.to_path_buf(), source: e };
        let meta = std::fs::metadata(source).map_err(unreadable)?;
        if !meta.is_file() {
            return Err(unreadable(std::io::Error::other("it is not a regular file")));
        }
        if meta.len() > MAX_ATTACHMENT {
            return Err(Error::TooLarge {
                what: source.display().to_string(),
                size: meta.len(),
                limit: MAX_ATTACHMENT,
            });
        }
        let name = source.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "attachment".into());
        let mut input = BufReader::new(File::open(source).map_err(unreadable)?);
        let media_type = match media_type {
            Some(m) => m.to_string(),
            None => sniff_media_type(source, &name),
        };
        fsutil::create_private_dir(&self.path.join(ATTACHMENTS_DIR))?;
        let id = ItemId::random()?;
        let key = SecretKey::random()?;
        let target = self.attachment_path(&id);
        let mut tmp = TempFile::beside(&target)?;
        let digest = {
            let mut out = BufWriter::new(tmp.file());
            let digest = attachment::encrypt(&key, &mut input, &mut out, MAX_ATTACHMENT).map_err(|f| match f {
                StreamFailure::Read(e) => unreadable(e),
                StreamFailure::Write(e) => Error::Io { action: "write", path: target.clone(), source: e },
                StreamFailure::Format(e) => e,
            })?;
            out.flush().map_err(io("write", &target))?;
            digest
        };
        tmp.commit()?;
        let meta = AttachmentMeta { name, media_type, size: digest.size, sha256: hex::encode(digest.sha256), key };
        if let Err(e) = self.doc.add_attachment(&id, &meta) {
            let _ = std::fs::remove_file(&target);
            return Err(e);
        }
        Ok(id)
    }

    /// Decrypts an attachment to `dest` atomically, checking its SHA-256 against the record.
    pub fn export_attachment(&self, id: &str, dest: &Path) -> Result<ItemId> {
        let id = self.doc.resolve(crate::document::Section::Attachments, id)?;
        let meta =
            self.doc.attachment(&id)?.ok_or_else(|| Error::NotFound { list: "attachment", id: id.to_string() })?;
        let source = self.attachment_path(&id);
        let mut input = BufReader::new(File::open(&source).map_err(io("read", &source))?);
        let mut tmp = TempFile::beside(dest)?;
        {
            let mut out = BufWriter::new(tmp.file());
            let digest = attachment::decrypt(&meta.key, &mut input, &mut out).map_err(|f| match f {
                StreamFailure::Read(e) => Error::Io { action: "read", path: source.clone(), source: e },
                StreamFailure::Write(e) => Error::Io { action: "write", path: dest.to_path_buf(), source: e },
                StreamFailure::Format(e) => e,
            })?;
            out.flush().map_err(io("write", dest))?;
            if hex::encode(digest.sha256) != meta.sha256 || digest.size != meta.size {
                return Err(Error::Integrity { what: FileKind::Attachment });
            }
        }
        tmp.commit()?;
        Ok(id)
    }

    /// Deletes attachment files no document entry refers to (after removals were saved).
    pub fn remove_orphan_blobs(&self) -> Result<usize> {
        let known: Vec<String> = self.doc.attachments()?.into_iter().map(|a| format!("{}.blob", a.id)).collect();
        let dir = self.path.join(ATTACHMENTS_DIR);
        let mut removed = 0;
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.ends_with(".blob") && !known.contains(&name) {
                    std::fs::remove_file(entry.path()).map_err(io("remove", &entry.path()))?;
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }
}

/// Guesses a media type from the first bytes, then the file name.
fn sniff_media_type(path: &Path, name: &str) -> String {
    let mut head = [0u8; 8];
    let n = File::open(path).and_then(|mut f| std::io::Read::read(&mut f, &mut head)).unwrap_or(0);
    let head = &head[..n];
    let by_magic = if head.starts_with(b"%PDF") {
        Some("application/pdf")
    } else if head.starts_with(b"\x89PNG") {
        Some("image/png")
    } else if head.starts_with(b"\xFF\xD8\xFF") {
        Some("image/jpeg")
    } else {
        None
    };
    let lower = name.to_ascii_lowercase();
    by_magic
        .or_else(|| lower.ends_with(".txt").then_some("text/plain"))
        .unwrap_or("application/octet-stream")
        .to_string()
}
