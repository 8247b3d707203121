#![no_main]
//! `wallet_core::fuzz::agency_card` (corpus: `fuzz/corpus/agency_card/`).

libfuzzer_sys::fuzz_target!(|data: &[u8]| wallet_core::fuzz::agency_card(data));
