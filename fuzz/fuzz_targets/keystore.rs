#![no_main]
//! `wallet_core::fuzz::keystore_header` (corpus: `fuzz/corpus/keystore/`).

libfuzzer_sys::fuzz_target!(|data: &[u8]| wallet_core::fuzz::keystore_header(data));
