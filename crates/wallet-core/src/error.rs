//! The errors wallet-core reports; each names what went wrong in words a user can act on.

use std::path::PathBuf;

use crate::wire::FileKind;

/// Everything that can go wrong keeping a wallet.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The passphrase does not open the keystore (the keystore itself is intact).
    #[error("wrong passphrase")]
    WrongPassphrase,

    /// A file's authentication tag or checksum does not match: it was damaged or altered.
    #[error("integrity check failed: the {what} is damaged or was altered; nothing was changed")]
    Integrity {
        /// Which file.
        what: FileKind,
    },

    /// A file is too short to hold even its header and tag.
    #[error("the {what} is truncated (too short to be valid); nothing was changed")]
    Truncated {
        /// Which file.
        what: FileKind,
    },

    /// The file does not start with Mappe's magic bytes.
    #[error("the {what} is not a Mappe file (or its first bytes are damaged)")]
    NotMappeFile {
        /// Which file was expected.
        what: FileKind,
    },

    /// The file was written in a format version this build cannot read.
    #[error("{}", version_message(*what, *found, *supported))]
    UnsupportedVersion {
        /// Which file.
        what: FileKind,
        /// The version byte found.
        found: u8,
        /// The version this build reads.
        supported: u8,
    },

    /// The header names another kind of file than the one expected.
    #[error("expected a {expected} but the file says it is of kind {found:#04x}")]
    WrongKind {
        /// The kind expected.
        expected: FileKind,
        /// The kind byte found.
        found: u8,
    },

    /// The keystore asks for Argon2 parameters outside what this build accepts.
    #[error("the keystore asks for unusable key-stretching parameters; it is damaged or hostile")]
    UnusableKdfParams,

    /// A recovery code could not be read.
    #[error(transparent)]
    RecoveryCode(#[from] RecoveryCodeError),

    /// No wallet in this folder yet.
    #[error("there is no wallet in {} yet; run `mappe init` to create one", dir.display())]
    NoWallet {
        /// The folder looked in.
        dir: PathBuf,
    },

    /// A wallet file without its keystore: an interrupted `init`, or a lost keystore.
    #[error(
        "{} holds a wallet file but no keystore (an interrupted `mappe init`, or a lost keystore); \
         run `mappe recover` with your recovery code, or move wallet.mappe away to start a new wallet",
        dir.display()
    )]
    KeystoreMissing {
        /// The folder.
        dir: PathBuf,
    },

    /// A wallet already exists where a new one was to be created.
    #[error("a wallet already exists in {}; it was left as it is", dir.display())]
    WalletExists {
        /// The folder.
        dir: PathBuf,
    },

    /// No item with this id (or id prefix) in the named list.
    #[error("no {list} entry with id `{id}`")]
    NotFound {
        /// Which list.
        list: &'static str,
        /// The id asked for.
        id: String,
    },

    /// An id prefix matches more than one item.
    #[error("`{id}` matches more than one {list} entry; give more characters of the id")]
    AmbiguousId {
        /// Which list.
        list: &'static str,
        /// The prefix given.
        id: String,
    },

    /// A field name the wallet does not know.
    #[error("unknown field `{0}`")]
    UnknownField(String),

    /// A value that does not fit its field.
    #[error("invalid {field}: {reason}")]
    InvalidValue {
        /// The field.
        field: String,
        /// Why the value does not fit.
        reason: String,
    },

    /// An input is larger than this build accepts.
    #[error("{what} is too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge {
        /// What was too large.
        what: String,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },

    /// An attachment file named by the user cannot be read.
    #[error("cannot read {}: {source}", path.display())]
    UnreadableInput {
        /// The path given.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },

    /// A path names something other than a regular file (a folder, device, FIFO or socket).
    #[error("{} is not a regular file", path.display())]
    NotAFile {
        /// The path given.
        path: PathBuf,
    },

    /// A file operation failed.
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        /// What was being done ("read", "write", …).
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },

    /// The document decrypted but Automerge could not load or apply it.
    #[error("the wallet document cannot be read: {0}")]
    Document(String),

    /// The operating system's random generator failed.
    #[error(transparent)]
    Rng(#[from] crate::crypto::RngError),
}

impl Error {
    /// A stable machine-readable name for the error (used in test vectors and JSON errors).
    pub fn code(&self) -> &'static str {
        match self {
            Self::WrongPassphrase => "wrong_passphrase",
            Self::Integrity { .. } => "integrity",
            Self::Truncated { .. } => "truncated",
            Self::NotMappeFile { .. } => "not_mappe_file",
            Self::UnsupportedVersion { .. } => "unsupported_version",
            Self::WrongKind { .. } => "wrong_kind",
            Self::UnusableKdfParams => "unusable_kdf_params",
            Self::RecoveryCode(e) => e.code(),
            Self::NoWallet { .. } => "no_wallet",
            Self::WalletExists { .. } => "wallet_exists",
            Self::KeystoreMissing { .. } => "keystore_missing",
            Self::NotFound { .. } => "not_found",
            Self::AmbiguousId { .. } => "ambiguous_id",
            Self::UnknownField(_) => "unknown_field",
            Self::InvalidValue { .. } => "invalid_value",
            Self::TooLarge { .. } => "too_large",
            Self::UnreadableInput { .. } => "unreadable_input",
            Self::NotAFile { .. } => "not_a_file",
            Self::Io { .. } => "io",
            Self::Document(_) => "document",
            Self::Rng(_) => "rng",
        }
    }
}

impl RecoveryCodeError {
    /// A stable machine-readable name for the error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidCharacter { .. } => "recovery_code_invalid_character",
            Self::WrongLength { .. } => "recovery_code_wrong_length",
            Self::Mistyped => "recovery_code_mistyped",
        }
    }
}

fn version_message(what: FileKind, found: u8, supported: u8) -> String {
    if found > supported {
        format!(
            "the {what} was written by a newer version of Mappe (format version {found}); \
             this version reads format version {supported}: please update Mappe"
        )
    } else {
        format!("the {what} has unknown format version {found}; this version reads format version {supported}")
    }
}

/// Why a recovery code was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecoveryCodeError {
    /// A character outside the code's alphabet.
    #[error("the recovery code contains `{ch}` in group {group}, which is not a code character")]
    InvalidCharacter {
        /// The character.
        ch: char,
        /// Which group of four (1-based).
        group: usize,
    },
    /// Too few or too many characters.
    #[error("the recovery code has {found} characters but needs {expected}; check for a missing or extra group")]
    WrongLength {
        /// Characters needed.
        expected: usize,
        /// Characters given.
        found: usize,
    },
    /// The checksum does not match: at least one character was mistyped.
    #[error("the recovery code's checksum does not match: a character was mistyped; check each group again")]
    Mistyped,
}

/// Shorthand for wallet-core results.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Maps an I/O error on `path` to [`Error::Io`].
#[cfg_attr(not(feature = "fs"), allow(dead_code))]
pub(crate) fn io_err<'a>(action: &'static str, path: &'a std::path::Path) -> impl FnOnce(std::io::Error) -> Error + 'a {
    move |source| Error::Io { action, path: path.to_path_buf(), source }
}
