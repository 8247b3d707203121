//! Criterion benches for issue 2, each printing the ratio the issue asks for:
//! - wallet open (decrypt + load) of a 50-item wallet vs raw `automerge::load` of the same bytes
//!   (goal ≤ 1.5×);
//! - attachment encryption of a 2 MB file vs the raw cipher on one buffer (goal ≥ 0.8× its MB/s).
//!
//! Run with `cargo bench -p wallet-core --bench wallet`.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::HashMap;
use std::hint::black_box;
use std::io::{BufReader, BufWriter, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use wallet_core::crypto::{self, SecretKey, StreamEncryptor};
use wallet_core::document::*;
use wallet_core::keys::RootSecret;
use wallet_core::wire::{attachment, wallet_file};

/// Total time and iterations per benchmark, accumulated over every criterion sample.
static TIMES: Mutex<Option<HashMap<&'static str, (Duration, u64)>>> = Mutex::new(None);

fn record(name: &'static str, elapsed: Duration, iters: u64) {
    let mut guard = TIMES.lock().unwrap();
    let entry = guard.get_or_insert_with(HashMap::new).entry(name).or_default();
    entry.0 += elapsed;
    entry.1 += iters;
}

fn mean(name: &str) -> f64 {
    let guard = TIMES.lock().unwrap();
    let (d, n) = guard.as_ref().unwrap()[name];
    d.as_secs_f64() / n as f64
}

fn fifty_item_doc() -> WalletDoc {
    let mut doc = WalletDoc::new().unwrap();
    doc.set_profile_text(ProfileField::GivenNames, Some("Amal")).unwrap();
    doc.set_profile_text(ProfileField::FamilyName, Some("Al-Khatib")).unwrap();
    doc.set_aliases(&["Alkhatib".into(), "Al Chatib".into()]).unwrap();
    doc.set_profile_text(ProfileField::BirthDate, Some("1994-03-17")).unwrap();
    for i in 0..20 {
        doc.add_cv(&CvEntry {
            kind: CvKind::Work,
            title: format!("Position {i}"),
            organisation: Some(format!("Employer number {i}")),
            place: Some("Gaziantep, Türkiye".into()),
            from: Some(format!("{}-01", 2000 + i)),
            to: Some(format!("{}-12", 2000 + i)),
            description: Some("Dispensing, stock keeping, advising customers in Arabic and Turkish.".into()),
        })
        .unwrap();
    }
    for i in 0..20 {
        doc.add_certificate(&Certificate {
            kind: CertificateKind::Qualification,
            title: format!("Certificate {i}"),
            issuer: Some("Chamber of Commerce".into()),
            issued_on: Some(format!("{}-06-01", 2000 + i)),
            cefr_level: None,
            exam: Some("Final examination".into()),
            attachment: None,
        })
        .unwrap();
    }
    for i in 0..10 {
        doc.add_residence(&ResidencePaper {
            kind: ResidenceKind::Aufenthaltserlaubnis,
            number: Some(format!("Y{i:08}")),
            issued_on: Some(format!("{}-03-01", 2015 + i)),
            valid_until: Some(format!("{}-02-28", 2017 + i)),
            authority: Some("Ausländerbehörde Musterstadt".into()),
            attachment: None,
            legal_basis: None,
            work: None,
            conditions: None,
        })
        .unwrap();
    }
    doc
}

fn bench_open(c: &mut Criterion) {
    let keys = RootSecret::from_bytes([7; 32]).derive();
    let mut doc = fifty_item_doc();
    let raw = doc.save();
    let file = wallet_file::seal(&keys, &raw).unwrap();
    let mut g = c.benchmark_group("wallet_open_50_items");
    g.bench_function("automerge_load", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                black_box(automerge::AutoCommit::load(black_box(&raw)).unwrap());
            }
            let e = start.elapsed();
            record("automerge_load", e, iters);
            e
        })
    });
    g.bench_function("decrypt_and_load", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                let plain = wallet_file::open(&keys, black_box(&file)).unwrap();
                black_box(WalletDoc::load(&plain).unwrap());
            }
            let e = start.elapsed();
            record("decrypt_and_load", e, iters);
            e
        })
    });
    g.finish();
    println!(
        "wallet file: {} bytes ciphertext, {} bytes Automerge, {} list items",
        file.len(),
        raw.len(),
        doc.cv().unwrap().len() + doc.certificates().unwrap().len() + doc.residence().unwrap().len()
    );
}

fn bench_attachment(c: &mut Criterion) {
    const SIZE: usize = 2 * 1024 * 1024;
    let key = SecretKey::from_bytes([9; 32]);
    let data: Vec<u8> = (0..SIZE).map(|i| (i * 31 % 251) as u8).collect();
    let tmp = tempfile::tempdir().unwrap();
    let src_path = tmp.path().join("scan.pdf");
    std::fs::write(&src_path, &data).unwrap();
    let dst_path = tmp.path().join("scan.blob");
    let nonce = [1u8; crypto::NONCE_LEN];

    let mut g = c.benchmark_group("attachment_2mb");
    g.throughput(Throughput::Bytes(SIZE as u64));
    g.bench_function("raw_xchacha20poly1305_one_buffer", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                black_box(crypto::seal(&key, &nonce, b"", black_box(&data)));
            }
            let e = start.elapsed();
            record("raw", e, iters);
            e
        })
    });
    g.bench_function("stream_chunks_in_memory", |b| {
        b.iter_custom(|iters| {
            let mut buf = Vec::with_capacity(attachment::CHUNK_SIZE + crypto::TAG_LEN);
            let start = Instant::now();
            for _ in 0..iters {
                let mut enc = StreamEncryptor::new(&key, &[3; crypto::STREAM_NONCE_PREFIX_LEN]);
                let mut chunks = data.chunks(attachment::CHUNK_SIZE).peekable();
                while let Some(chunk) = chunks.next() {
                    buf.clear();
                    buf.extend_from_slice(chunk);
                    if chunks.peek().is_some() {
                        enc.next(b"header", &mut buf).unwrap();
                    } else {
                        enc.last(b"header", &mut buf).unwrap();
                        break;
                    }
                    black_box(&buf);
                }
            }
            let e = start.elapsed();
            record("stream_chunks", e, iters);
            e
        })
    });
    g.bench_function("add_attachment_file_to_file", |b| {
        b.iter_custom(|iters| {
            // As in `Wallet::add_attachment`: read the scan from a file, write a new file, compute
            // the plaintext SHA-256. Removing the previous output is not timed.
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let _ = std::fs::remove_file(&dst_path);
                let start = Instant::now();
                let mut src = BufReader::new(std::fs::File::open(&src_path).unwrap());
                let mut dst = BufWriter::new(std::fs::File::create_new(&dst_path).unwrap());
                black_box(attachment::encrypt(&key, &mut src, &mut dst, u64::MAX).map_err(|_| ()).unwrap());
                dst.flush().unwrap();
                total += start.elapsed();
            }
            record("add_path", total, iters);
            total
        })
    });
    g.bench_function("one_buffer_file_to_file", |b| {
        b.iter_custom(|iters| {
            // The same job without streaming: whole file in memory, hash, seal, write (two copies).
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let _ = std::fs::remove_file(&dst_path);
                let start = Instant::now();
                let plain = std::fs::read(&src_path).unwrap();
                black_box(crypto::sha256(&plain));
                let sealed = crypto::seal(&key, &nonce, b"", &plain);
                let mut f = std::fs::File::create_new(&dst_path).unwrap();
                f.write_all(&sealed).unwrap();
                total += start.elapsed();
            }
            record("one_buffer_path", total, iters);
            total
        })
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench_open(&mut c);
    bench_attachment(&mut c);
    c.final_summary();
    if TIMES.lock().unwrap().is_none() {
        return; // filtered out or `--list`
    }
    let have = |k: &str| TIMES.lock().unwrap().as_ref().is_some_and(|m| m.contains_key(k));
    println!();
    if have("automerge_load") && have("decrypt_and_load") {
        let (a, b) = (mean("automerge_load"), mean("decrypt_and_load"));
        println!(
            "RATIO wallet open / automerge::load = {:.3}x  ({:.1} µs vs {:.1} µs; goal <= 1.5x)",
            b / a,
            b * 1e6,
            a * 1e6
        );
    }
    if have("raw") && have("stream_chunks") {
        let mb = 2.0;
        let raw = mb / mean("raw");
        let ratio = |k: &str| (mb / mean(k)) / raw;
        println!(
            "RATIO STREAM encryption (64 KiB chunks) MB/s / raw cipher on one buffer MB/s = {:.3}x  ({:.0} vs {raw:.0} MB/s; goal >= 0.8x)",
            ratio("stream_chunks"),
            mb / mean("stream_chunks")
        );
        if have("add_path") && have("one_buffer_path") {
            println!(
                "RATIO whole add-attachment path (file -> file, SHA-256) MB/s / raw cipher MB/s = {:.3}x  ({:.0} MB/s)",
                ratio("add_path"),
                mb / mean("add_path")
            );
            println!(
                "RATIO whole add-attachment path / the same job done on one buffer = {:.3}x  ({:.0} vs {:.0} MB/s)",
                mean("one_buffer_path") / mean("add_path"),
                mb / mean("add_path"),
                mb / mean("one_buffer_path")
            );
        }
    }
}
