#![no_main]
//! The CLI's QR decoder on any bytes as a picture (corpus: `fuzz/corpus/qr_picture/`): it must
//! answer with a text or an error, never panic, hang or run out of memory.

#[path = "../../crates/cli/src/qr.rs"]
#[allow(dead_code)]
mod qr;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = qr::decode_picture(data, "fuzz input");
});
