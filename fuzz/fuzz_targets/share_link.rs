#![no_main]
//! `wallet_core::fuzz::share_link` (corpus: `fuzz/corpus/share_link/`).

libfuzzer_sys::fuzz_target!(|data: &[u8]| wallet_core::fuzz::share_link(data));
