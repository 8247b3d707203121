#![no_main]
//! `wallet_core::fuzz::sync_entry` (corpus: `fuzz/corpus/sync_entry/`).

libfuzzer_sys::fuzz_target!(|data: &[u8]| wallet_core::fuzz::sync_entry(data));
