#![no_main]
//! `wallet_core::fuzz::attachment_stream` (corpus: `fuzz/corpus/attachment/`).

libfuzzer_sys::fuzz_target!(|data: &[u8]| wallet_core::fuzz::attachment_stream(data));
