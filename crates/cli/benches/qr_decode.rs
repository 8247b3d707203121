//! QR decoding from photos (issue 9): the decoder `mappe open IMAGE` uses (rxing, with its
//! retries) against the old one (rqrr) on `test-vectors/qr-photos/`, in a release build.
//!
//! Prints each decoder's rate and mean time per picture over the whole set, then times single
//! pictures with criterion: a clean render, a plain photo, a small code, a hard mixed photo and a
//! photo with no code (the worst case: every retry runs and fails).
//!
//! Run: `cargo bench -p mappe-cli --bench qr_decode`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};

// The binary's own module, so the bench measures exactly what `mappe open` runs.
#[allow(dead_code, unreachable_pub, unused_imports)]
#[path = "../src/qr.rs"]
mod qr;

fn set_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/qr-photos")
}

/// The old decoder, its panics caught.
fn rqrr_decode(bytes: &[u8]) -> Option<String> {
    let luma = image::load_from_memory(bytes).ok()?.to_luma8();
    std::panic::catch_unwind(move || {
        let mut prepared = rqrr::PreparedImage::prepare(luma);
        prepared.detect_grids().iter().find_map(|g| g.decode().ok().map(|(_, text)| text))
    })
    .ok()
    .flatten()
}

/// Rate and mean time of both decoders over every positive.
fn whole_set() {
    let mut positives = Vec::new();
    for entry in std::fs::read_dir(set_dir()).unwrap() {
        let path = entry.unwrap().path();
        if let Ok(text) = std::fs::read_to_string(path.with_extension("txt"))
            && matches!(path.extension().and_then(|e| e.to_str()), Some("jpg" | "png"))
        {
            positives.push((std::fs::read(&path).unwrap(), text));
        }
    }
    let n = positives.len();
    let (mut new_ok, mut old_ok) = (0, 0);
    let (mut new_time, mut old_time) = (Duration::ZERO, Duration::ZERO);
    for (bytes, expected) in &positives {
        let start = Instant::now();
        let got = qr::decode_picture(bytes, "bench");
        new_time += start.elapsed();
        new_ok += usize::from(got.ok().as_deref() == Some(expected.as_str()));
        let start = Instant::now();
        let got = rqrr_decode(bytes);
        old_time += start.elapsed();
        old_ok += usize::from(got.as_deref() == Some(expected.as_str()));
    }
    let pct = |k: usize| 100.0 * k as f64 / n as f64;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0 / n as f64;
    println!(
        "qr photo set: {new_ok}/{n} decoded ({:.1} %) with rxing, {:.1} ms mean per picture",
        pct(new_ok),
        ms(new_time)
    );
    println!(
        "qr photo set: {old_ok}/{n} decoded ({:.1} %) with rqrr (old), {:.1} ms mean per picture",
        pct(old_ok),
        ms(old_time)
    );
}

fn bench(c: &mut Criterion) {
    whole_set();
    let mut group = c.benchmark_group("qr_decode");
    group.sample_size(10).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500));
    for name in ["render-01.png", "plain-01.jpg", "small-01.jpg", "mixed-02.jpg", "no-code-01.jpg"] {
        let bytes = std::fs::read(set_dir().join(name)).unwrap();
        group.bench_function(format!("rxing/{name}"), |b| b.iter(|| qr::decode_picture(&bytes, name)));
        group.bench_function(format!("rqrr/{name}"), |b| b.iter(|| rqrr_decode(&bytes)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
