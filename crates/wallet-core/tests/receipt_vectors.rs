//! Deletion-receipt vectors (`test-vectors/receipt/`, `docs/spec/relay-api-v1.md` section
//! 12.3): the exact text the relay signs, a receipt that verifies, and each refusal.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::PathBuf;

use serde_json::{Value, json};
use wallet_core::crypto::{IdentitySecret, SecretKey};
use wallet_core::forget::{Deleted, DeletionReceipt, ReceiptError};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/receipt")
}

fn unhex32(text: &str) -> [u8; 32] {
    hex::decode(text).unwrap().try_into().unwrap()
}

fn code(e: &ReceiptError) -> &'static str {
    match e {
        ReceiptError::UnsupportedVersion { .. } => "unsupported_version",
        ReceiptError::Malformed(_) => "malformed",
        ReceiptError::WrongKey => "wrong_key",
        ReceiptError::WrongHolder => "wrong_holder",
        ReceiptError::BadSignature => "bad_signature",
    }
}

#[test]
fn every_receipt_vector_holds() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir()).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    let mut n = 0;
    for path in names.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert!(v["description"].is_string(), "{}", path.display());
        let inputs = &v["inputs"];
        let receipt_bytes = serde_json::to_vec(&inputs["receipt"]).unwrap();
        let key = unhex32(inputs["verify_with_relay_key"].as_str().unwrap());
        let holder = unhex32(inputs["verify_with_holder"].as_str().unwrap());
        let outcome = DeletionReceipt::parse(&receipt_bytes).and_then(|r| r.verify(&key, &holder).map(|()| r));
        match (outcome, v["expected_error"].as_str()) {
            (Ok(r), None) => {
                let text = String::from_utf8(r.signed_message().unwrap()).unwrap();
                assert_eq!(text, v["expected"]["signed_text"], "{}", path.display());
                assert_eq!(r.relay_fingerprint(), v["expected"]["relay_fingerprint"], "{}", path.display());
            }
            (Err(e), Some(want)) => assert_eq!(code(&e), want, "{}: {e}", path.display()),
            (got, want) => panic!("{}: got {got:?}, expected error {want:?}", path.display()),
        }
        n += 1;
    }
    assert!(n >= 6, "only {n} receipt vectors");
}

/// Writes the vectors (run by hand: `cargo test -p wallet-core --test receipt_vectors -- --ignored`).
#[test]
#[ignore = "writes test-vectors/receipt/"]
fn write_receipt_vectors() {
    // Labelled test fixtures: this relay seed and holder key protect nothing.
    let seed = [0x52u8; 32];
    let relay = IdentitySecret::from_seed(&SecretKey::from_bytes(seed));
    let relay_key = hex::encode(relay.public());
    let holder = [0x48u8; 32];
    let other = [0x4fu8; 32];
    let deleted = Deleted { shares: 2, share_blobs: 1, access_log: 3, log_entries: 4, log_blobs: 1 };
    let receipt = DeletionReceipt::sign(
        &relay,
        "https://relay.example.org",
        &holder,
        1_800_000_000,
        deleted,
        &[[1u8; 16], [2u8; 16]],
    )
    .unwrap();
    let good = serde_json::to_value(&receipt).unwrap();
    let text = String::from_utf8(receipt.signed_message().unwrap()).unwrap();
    let fingerprint = receipt.relay_fingerprint();
    let write = |name: &str, description: &str, receipt: Value, key: &str, holder: &[u8; 32], expected: Value| {
        let mut v = json!({
            "description": description,
            "fixture": "relay_seed and holder are labelled test values, not secrets",
            "inputs": {
                "relay_seed": hex::encode(seed),
                "receipt": receipt,
                "verify_with_relay_key": key,
                "verify_with_holder": hex::encode(holder),
            },
        });
        match expected {
            Value::String(code) => v["expected_error"] = Value::String(code),
            other => v["expected"] = other,
        }
        let text = serde_json::to_string_pretty(&v).unwrap() + "\n";
        std::fs::create_dir_all(dir()).unwrap();
        std::fs::write(dir().join(format!("{name}.json")), text).unwrap();
    };
    write(
        "receipt-valid",
        "A receipt for two shares and a sync log, signed by the relay key derived from relay_seed: it verifies, and the signed text is exactly expected.signed_text (one key=value line each, share ids in byte order, joined by commas).",
        good.clone(),
        &relay_key,
        &holder,
        json!({"signed_text": text, "relay_fingerprint": fingerprint}),
    );
    let mut flipped = good.clone();
    flipped["deleted"]["shares"] = json!(1);
    write(
        "receipt-changed-count",
        "The same receipt with deleted.shares changed from 2 to 1 and the signature kept: the signature does not verify.",
        flipped,
        &relay_key,
        &holder,
        json!("bad_signature"),
    );
    let mut dropped = good.clone();
    dropped["share_ids"] = json!([good["share_ids"][0]]);
    write(
        "receipt-dropped-share-id",
        "The same receipt with the second share id removed and the signature kept: the signature does not verify.",
        dropped,
        &relay_key,
        &holder,
        json!("bad_signature"),
    );
    write(
        "receipt-other-holder",
        "A valid receipt checked by another wallet than the one it names: refused as about another wallet.",
        good.clone(),
        &relay_key,
        &other,
        json!("wrong_holder"),
    );
    write(
        "receipt-other-relay-key",
        "A valid receipt checked against another relay key than the one it names (the relay publishes a different key): refused.",
        good.clone(),
        &hex::encode(other),
        &holder,
        json!("wrong_key"),
    );
    let mut newer = good.clone();
    newer["v"] = json!(2);
    write(
        "receipt-newer-version",
        "A receipt of format version 2: refused with the expected and the found version, before anything else is read.",
        newer,
        &relay_key,
        &holder,
        json!("unsupported_version"),
    );
    let mut control = good;
    control["relay"] = json!("https://relay.example.org\u{1b}[2J");
    write(
        "receipt-control-character",
        "A receipt whose relay URL carries an escape sequence: refused as malformed before any signature check.",
        control,
        &relay_key,
        &holder,
        json!("malformed"),
    );
}
