#![no_main]
//! `wallet_core::fuzz::recovery_code` (corpus: `fuzz/corpus/recovery_code/`).

libfuzzer_sys::fuzz_target!(|data: &[u8]| wallet_core::fuzz::recovery_code(data));
