#![no_main]
//! `wallet_core::fuzz::share_open` (corpus: `fuzz/corpus/share_open/`).

libfuzzer_sys::fuzz_target!(|data: &[u8]| wallet_core::fuzz::share_open(data));
