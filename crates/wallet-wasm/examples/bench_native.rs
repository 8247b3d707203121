//! The native half of `crates/wallet-wasm/bench/bench.mjs`: the same operations on the same
//! fixture, through the same Rust functions the WebAssembly exports wrap, including their JSON
//! steps (the manifest arrives as JSON text to seal, and leaves as JSON text when opened). Prints
//! JSON: the median milliseconds of each operation.
//!
//! Run: `cargo run --release --locked -p wallet-wasm --example bench_native`

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use wallet_core::keys::RootSecret;
use wallet_core::share::Manifest;
use wallet_core::wire::keystore;
use wallet_wasm::share::{OpenOptions, open};
use wallet_wasm::testing::{bench_fixture, bench_link, seal_share_fixed};
use wallet_wasm::wallet::Wallet;

/// Median milliseconds of `runs` calls after one warm-up call.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let vector: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../test-vectors/wallet/keystore-open-default-params.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let ks = hex::decode(vector["inputs"]["keystore"].as_str().unwrap()).unwrap();
    let pass = vector["inputs"]["passphrase"].as_str().unwrap().to_string();
    let f = bench_fixture(50).unwrap();
    let nonce = [0x55u8; 24];
    let bearer = seal_share_fixed(&f.holder_root, &f.bearer_manifest, &f.share_key, &[], &nonce).unwrap();
    let addressed = seal_share_fixed(&f.holder_root, &f.addressed_manifest, &f.share_key, &[], &nonce).unwrap();
    let office = Wallet::from_root(&RootSecret::from_bytes(f.office_root), None).unwrap();
    let bearer_open = OpenOptions {
        link: bench_link(&f, true),
        ciphertext: bearer.ciphertext.clone(),
        wrapped_key: None,
        revision: 1,
        now: 1_795_564_800,
    };
    let addressed_open = OpenOptions {
        link: bench_link(&f, false),
        ciphertext: addressed.ciphertext.clone(),
        wrapped_key: addressed.wrapped_key.clone(),
        revision: 1,
        now: 1_795_564_800,
    };
    let bearer_json = serde_json::to_string(&f.bearer_manifest).unwrap();
    let addressed_json = serde_json::to_string(&f.addressed_manifest).unwrap();
    let seal = |json: &str| {
        let manifest: Manifest = serde_json::from_str(json).unwrap();
        seal_share_fixed(&f.holder_root, &manifest, &f.share_key, &[], &nonce).unwrap();
    };
    let open_json =
        |o: &OpenOptions, office: Option<&Wallet>| serde_json::to_string(&open(o, office).unwrap().manifest).unwrap();
    let results = serde_json::json!({
        "keystore_open_argon2id": median_ms(7, || { keystore::open(&ks, &pass).unwrap(); }),
        "wallet_open": median_ms(51, || { Wallet::from_root(&RootSecret::from_bytes(f.holder_root), Some(&f.wallet_file)).unwrap(); }),
        "share_seal_bearer": median_ms(101, || seal(&bearer_json)),
        "share_seal_addressed": median_ms(101, || seal(&addressed_json)),
        "share_open_bearer": median_ms(101, || { open_json(&bearer_open, None); }),
        "share_open_addressed": median_ms(101, || { open_json(&addressed_open, Some(&office)); }),
    });
    println!("{results}");
}
