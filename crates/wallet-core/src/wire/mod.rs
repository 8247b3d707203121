//! Byte formats: the common file header, the keystore, wallet and attachment layouts,
//! and the base32 alphabet used for codes and ids. Specified in `docs/spec/wallet-v1.md`.

pub mod attachment;
pub mod base32;
mod header;
pub mod keystore;
pub mod wallet_file;

pub use header::{FORMAT_VERSION, FileKind, HEADER_LEN, Header, MAGIC};
