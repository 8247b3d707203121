//! wallet-wasm: wallet-core compiled to WebAssembly for Mappe's web apps (`docs/wasm-api.md`).
//!
//! JavaScript only moves bytes (IndexedDB, `fetch`) and draws screens; everything that touches
//! keys or plaintext happens here, in the same code the CLI runs. The host passes the time in:
//! this crate never reads a clock, opens a file or a socket, or starts a thread. Build it with
//! `scripts/build-wasm` (see `docs/wasm.md`); the built module is committed under
//! `crates/sync-relay/assets/app/pkg/`.

#![forbid(unsafe_code)]

pub mod attention;
pub mod attest;
pub mod cv;
pub mod error;
mod js;
pub mod office;
pub mod ops;
pub mod qr;
pub mod share;
pub mod testing;
pub mod wallet;

pub use error::{Code, MappeError};
pub use wallet::Wallet;
