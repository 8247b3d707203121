#![no_main]
//! `wallet_core::fuzz::signed_request` (corpus: `fuzz/corpus/signed_request/`).

libfuzzer_sys::fuzz_target!(|data: &[u8]| wallet_core::fuzz::signed_request(data));
