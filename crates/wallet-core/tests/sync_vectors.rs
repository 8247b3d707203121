//! Sync-log entry vectors (`test-vectors/sync/`, `docs/spec/sync-v1.md`): a changes entry and a
//! snapshot that open, and each refusal a device (and, for the header and signature, the relay)
//! must make. The wasm core runs the same files (crates/wallet-wasm/test/vectors.test.mjs).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::PathBuf;

use serde_json::{Value, json};
use wallet_core::crypto::{Domain, SIGNATURE_LEN};
use wallet_core::keys::RootSecret;
use wallet_core::sync::{EntryType, open_entry, seal_entry};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/sync")
}

fn hexv(v: &Value, key: &str) -> Vec<u8> {
    hex::decode(v[key].as_str().unwrap()).unwrap()
}

#[test]
fn every_sync_entry_vector_holds() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir()).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    let (mut good, mut bad) = (0, 0);
    for path in names.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert!(v["description"].is_string(), "{}", path.display());
        let i = &v["inputs"];
        let keys = RootSecret::from_bytes(hexv(i, "root_secret").try_into().unwrap()).derive();
        let kind = if i["kind"] == "snapshot" { EntryType::Snapshot } else { EntryType::Changes };
        let sig: [u8; SIGNATURE_LEN] = hexv(i, "signature").try_into().unwrap();
        let outcome = open_entry(&keys, kind, i["seq"].as_u64().unwrap(), &hexv(i, "entry"), &sig);
        match (outcome, v["expected_error"].as_str()) {
            (Ok(plain), None) => {
                assert_eq!(hex::encode(&*plain), v["expected"]["automerge"], "{}", path.display());
                good += 1;
            }
            (Err(e), Some(code)) => {
                assert_eq!(e.code(), code, "{}", path.display());
                bad += 1;
            }
            (got, want) => panic!("{}: got {got:?}, expected error {want:?}", path.display()),
        }
    }
    assert!(good >= 2 && bad >= 7, "good {good}, bad {bad}");
}

/// Writes the vectors (run by hand: `cargo test -p wallet-core --test sync_vectors -- --ignored`).
#[test]
#[ignore = "writes test-vectors/sync/"]
fn write_sync_vectors() {
    let root = [0x31; 32];
    let keys = RootSecret::from_bytes(root).derive();
    let other = RootSecret::from_bytes([0x32; 32]).derive();
    let sign = |entry: &[u8]| keys.identity().sign(Domain::SyncEntry, entry);
    let write = |file: &str,
                 description: &str,
                 kind: &str,
                 seq: u64,
                 entry: &[u8],
                 sig: &[u8],
                 result: Result<&[u8], &str>| {
        let mut v = json!({
            "description": description,
            "kind": "sync_entry",
            "inputs": { "root_secret": hex::encode(root), "kind": kind, "seq": seq, "entry": hex::encode(entry), "signature": hex::encode(sig) },
        });
        match result {
            Ok(plain) => v["expected"] = json!({ "automerge": hex::encode(plain) }),
            Err(code) => v["expected_error"] = json!(code),
        }
        std::fs::create_dir_all(dir()).unwrap();
        std::fs::write(dir().join(file), serde_json::to_string_pretty(&v).unwrap() + "\n").unwrap();
    };
    let changes = b"automerge change bytes for entry 1";
    let (entry, sig) = seal_entry(&keys, EntryType::Changes, 1, changes).unwrap();
    write(
        "changes-open.json",
        "Entry 1 of the log, type changes: verifies under the holder key and decrypts under the document key.",
        "changes",
        1,
        &entry,
        &sig,
        Ok(changes),
    );
    let snapshot = [7u8; 200];
    let (snap, snap_sig) = seal_entry(&keys, EntryType::Snapshot, 9, &snapshot).unwrap();
    write(
        "snapshot-open.json",
        "A snapshot replacing entries up to 9.",
        "snapshot",
        9,
        &snap,
        &snap_sig,
        Ok(&snapshot),
    );
    let mut flipped = entry.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    write(
        "flipped-tag.json",
        "The tag's last bit flipped, signature unchanged: the signature (over the whole entry) fails first.",
        "changes",
        1,
        &flipped,
        &sig,
        Err("bad_signature"),
    );
    write(
        "flipped-tag-resigned.json",
        "The tag's last bit flipped and the entry signed again by the holder: the signature holds, decryption fails.",
        "changes",
        1,
        &flipped,
        &sign(&flipped),
        Err("integrity"),
    );
    write("wrong-seq.json", "Entry 1 served where entry 2 is expected.", "changes", 2, &entry, &sig, Err("misplaced"));
    write(
        "wrong-kind.json",
        "A changes entry served where a snapshot is expected.",
        "snapshot",
        1,
        &entry,
        &sig,
        Err("misplaced"),
    );
    let (foreign, foreign_sig) = seal_entry(&other, EntryType::Changes, 1, changes).unwrap();
    write(
        "other-holder.json",
        "Entry 1 of another wallet's log, validly signed by that wallet: not this wallet's.",
        "changes",
        1,
        &foreign,
        &foreign_sig,
        Err("misplaced"),
    );
    let mut unknown_type = entry.clone();
    unknown_type[7] = 0x03;
    write(
        "unknown-entry-type.json",
        "Entry type byte 0x03 (neither changes 0x01 nor snapshot 0x02), signed again.",
        "changes",
        1,
        &unknown_type,
        &sign(&unknown_type),
        Err("format"),
    );
    let mut newer = entry.clone();
    newer[5] = 0x02;
    write(
        "newer-version.json",
        "Format version byte 2 in the header, signed again: not an entry of a known version.",
        "changes",
        1,
        &newer,
        &sign(&newer),
        Err("format"),
    );
    let short = &entry[..60];
    write(
        "truncated.json",
        "Cut off after 60 bytes (shorter than header and tag).",
        "changes",
        1,
        short,
        &sign(short),
        Err("format"),
    );
    write(
        "share-signature.json",
        "Signed by the holder, but in the share-manifest domain: not a sync signature.",
        "changes",
        1,
        &entry,
        &keys.identity().sign(Domain::ShareManifest, &entry),
        Err("bad_signature"),
    );
}
