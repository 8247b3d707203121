#![no_main]
//! `wallet_core::fuzz::office_export` (corpus: `fuzz/corpus/office_export/`).

libfuzzer_sys::fuzz_target!(|data: &[u8]| wallet_core::fuzz::office_export(data));
