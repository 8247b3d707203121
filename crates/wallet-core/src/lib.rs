//! wallet-core: everything in Mappe that touches plaintext or keys.
//!
//! A person's wallet is a folder holding a passphrase-sealed keystore, the encrypted
//! Automerge wallet document and encrypted attachment files. The `mappe` CLI and (for
//! wire types) the sync relay depend on this crate; it depends on neither.
//! Byte layouts are specified in `docs/spec/wallet-v1.md`.

pub mod api;
pub mod attention;
pub mod attest;
pub mod client;
pub mod crypto;
pub mod cv_export;
pub mod document;
pub mod error;
pub mod forget;
#[doc(hidden)]
pub mod fuzz;
pub mod i18n;
pub mod keys;
pub mod share;
pub mod wire;

pub use error::{Error, RecoveryCodeError, Result};
#[cfg(feature = "fs")]
pub mod store;
pub mod sync;
pub mod time;

pub use document::WalletDoc;
#[cfg(feature = "fs")]
pub use store::{Wallet, WalletDir};
