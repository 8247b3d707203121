#![no_main]
//! `wallet_core::fuzz::wallet_file_open` (corpus: `fuzz/corpus/wallet_file/`).

libfuzzer_sys::fuzz_target!(|data: &[u8]| wallet_core::fuzz::wallet_file_open(data));
