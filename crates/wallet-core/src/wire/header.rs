//! The 7-byte header every Mappe file starts with.
//!
//! ```text
//! offset  len  field
//! 0       5    magic "MAPPE"
//! 5       1    format version (1)
//! 6       1    kind: 0x01 keystore, 0x02 wallet document, 0x03 attachment, 0x04 share,
//!              0x05 sync log entry
//! ```

use crate::error::Error;

/// The five bytes every Mappe file starts with.
pub const MAGIC: &[u8; 5] = b"MAPPE";
/// The file format version this build writes and reads.
pub const FORMAT_VERSION: u8 = 1;
/// Length of the common header.
pub const HEADER_LEN: usize = 7;

/// What a Mappe file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// The passphrase-sealed root secret.
    Keystore,
    /// The encrypted wallet document.
    Wallet,
    /// An encrypted attachment (a scan of a paper).
    Attachment,
    /// An encrypted share, as stored on a relay.
    Share,
    /// An encrypted sync log entry (Automerge changes or a snapshot).
    SyncEntry,
}

impl FileKind {
    /// The kind byte in the header.
    pub fn byte(self) -> u8 {
        match self {
            Self::Keystore => 0x01,
            Self::Wallet => 0x02,
            Self::Attachment => 0x03,
            Self::Share => 0x04,
            Self::SyncEntry => 0x05,
        }
    }

    fn from_byte(b: u8) -> Option<Self> {
        match b {
            0x01 => Some(Self::Keystore),
            0x02 => Some(Self::Wallet),
            0x03 => Some(Self::Attachment),
            0x04 => Some(Self::Share),
            0x05 => Some(Self::SyncEntry),
            _ => None,
        }
    }
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Keystore => "keystore",
            Self::Wallet => "wallet file",
            Self::Attachment => "attachment file",
            Self::Share => "share",
            Self::SyncEntry => "sync log entry",
        })
    }
}

/// A parsed common header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// The kind of file.
    pub kind: FileKind,
}

impl Header {
    /// The header bytes for a file of `kind` in the current format version.
    pub fn encode(kind: FileKind) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        out[..5].copy_from_slice(MAGIC);
        out[5] = FORMAT_VERSION;
        out[6] = kind.byte();
        out
    }

    /// Checks magic, version and kind at the start of `bytes`, expecting a file of `kind`.
    pub fn decode(bytes: &[u8], kind: FileKind) -> Result<Self, Error> {
        if bytes.len() < HEADER_LEN {
            return Err(Error::Truncated { what: kind });
        }
        if &bytes[..5] != MAGIC {
            return Err(Error::NotMappeFile { what: kind });
        }
        if bytes[5] != FORMAT_VERSION {
            return Err(Error::UnsupportedVersion { what: kind, found: bytes[5], supported: FORMAT_VERSION });
        }
        match FileKind::from_byte(bytes[6]) {
            Some(found) if found == kind => Ok(Self { kind }),
            _ => Err(Error::WrongKind { expected: kind, found: bytes[6] }),
        }
    }
}
