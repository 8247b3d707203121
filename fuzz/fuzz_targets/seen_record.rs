#![no_main]
//! `wallet_core::fuzz::seen_record` (corpus: `fuzz/corpus/seen_record/`).

libfuzzer_sys::fuzz_target!(|data: &[u8]| wallet_core::fuzz::seen_record(data));
