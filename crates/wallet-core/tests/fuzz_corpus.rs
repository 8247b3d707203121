//! Replays the committed fuzz corpus (`fuzz/corpus/<target>/`, seeds and what long runs kept)
//! and every regression input (`fuzz/regressions/<target>/`) through the same functions the
//! cargo-fuzz targets call (`wallet_core::fuzz`). A panic here is a fuzz finding.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::{Path, PathBuf};

use wallet_core::fuzz::{NOW, TARGETS};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn the_committed_corpus_and_regressions_replay_without_a_panic() {
    let mut total = 0;
    for (name, target) in TARGETS {
        let seeds = files(&fuzz_dir().join("corpus").join(name));
        assert!(!seeds.is_empty(), "fuzz/corpus/{name} holds no inputs");
        let regressions = files(&fuzz_dir().join("regressions").join(name));
        for path in seeds.iter().chain(&regressions) {
            let data = std::fs::read(path).unwrap();
            target(&data);
            total += 1;
        }
    }
    println!("fuzz corpus: {total} inputs replayed over {} targets", TARGETS.len());
}

/// Writes the seed inputs: one valid example of each format made with the targets' fixed keys
/// (run with `cargo test -p wallet-core --test fuzz_corpus -- --ignored`).
#[test]
#[ignore = "writes fuzz/corpus/*/seed-*; run by hand when the formats change"]
fn write_seeds() {
    use wallet_core::crypto::{Argon2Params, SecretKey};
    use wallet_core::keys::RootSecret;
    use wallet_core::share::agency::{AgencyCard, OfficeExport};
    use wallet_core::share::seen::Seen;
    use wallet_core::sync::EntryType;
    use wallet_core::wire::{attachment, keystore, wallet_file};

    let root = RootSecret::from_bytes([7; 32]);
    let keys = root.derive();
    let write = |target: &str, n: usize, bytes: &[u8]| {
        let dir = fuzz_dir().join("corpus").join(target);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("seed-{n}")), bytes).unwrap();
    };
    let (entry, sig) = wallet_core::sync::seal_entry(&keys, EntryType::Changes, 1, b"automerge change bytes").unwrap();
    write("sync_entry", 1, &[&sig[..], &entry].concat());
    let (snap, sig) = wallet_core::sync::seal_entry(&keys, EntryType::Snapshot, 9, &[0u8; 300]).unwrap();
    write("sync_entry", 2, &[&sig[..], &snap].concat());
    for (n, file) in std::fs::read_dir(fuzz_dir().join("../test-vectors/share")).unwrap().enumerate() {
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(file.unwrap().path()).unwrap()).unwrap();
        if let Some(ct) = v.pointer("/inputs/ciphertext").and_then(|c| c.as_str()) {
            write("share_open", n + 1, &[&[0u8; 64][..], &hex::decode(ct).unwrap()].concat());
        }
    }
    write("share_open", 100, b"MAPPE\x01\x03");
    let small = Argon2Params { m_cost: 64, t_cost: 1, p_cost: 1 };
    let ks = keystore::seal(&root, "fuzz passphrase", small).unwrap();
    write("keystore", 1, &ks);
    write("wallet_file", 1, &wallet_file::seal(&keys, b"an automerge document").unwrap());
    let mut att = Vec::new();
    attachment::encrypt(&SecretKey::from_bytes([9; 32]), &mut &[1u8; 70_000][..], &mut att, 1 << 20).unwrap();
    write("attachment", 1, &att);
    write("share_link", 1, format!("https://relay.example.org/s/AAAAAAAAAAAAAAAAAAAAAA#{}", "A".repeat(43)).as_bytes());
    write("share_link", 2, b"http://127.0.0.1:8787/s/AAAAAAAAAAAAAAAAAAAAAA");
    let card = AgencyCard::new(&keys, "Ausländerbehörde Köln", "auslaenderbehoerde").unwrap();
    write("agency_card", 1, card.to_json().as_bytes());
    write("agency_card", 2, AgencyCard::new(&keys, "مكتب العمل", "jobcenter").unwrap().to_compact().as_bytes());
    write("recovery_code", 1, root.recovery_code().as_str().as_bytes());
    let h = wallet_core::share::request::sign_request(
        keys.identity(),
        "PUT",
        "/v1/shares/AAAAAAAAAAAAAAAAAAAAAA",
        NOW,
        &[0; 32],
    );
    write(
        "signed_request",
        1,
        [h.key, h.time, h.nonce, h.signature, "PUT".into(), "/v1/shares/AAAAAAAAAAAAAAAAAAAAAA".into()]
            .join("\n")
            .as_bytes(),
    );
    write("office_export", 1, &OfficeExport::new(ks, card).unwrap().to_bytes());
    let seen = Seen { revision: 2, content: serde_json::json!({"profile": {"family_name": "Haddad"}}) };
    write("seen_record", 1, &seen.seal(&keys, "AAAAAAAAAAAAAAAAAAAAAA").unwrap());
}
