//! Agency-card vectors (`test-vectors/agency/`): cards with non-ASCII names that verify, and
//! each way a card is refused. The wasm core runs the same files (crates/wallet-wasm/test/).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::PathBuf;

use serde_json::{Value, json};
use wallet_core::share::agency::AgencyCard;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/agency")
}

#[test]
fn every_agency_card_vector_holds() {
    let mut n = 0;
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir()).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for path in names.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert!(v["description"].is_string(), "{}", path.display());
        let card = v["inputs"]["card"].as_str().unwrap();
        match (AgencyCard::parse(card.as_bytes()), v["expected_error"].as_str()) {
            (Ok(c), None) => {
                assert_eq!(c.name, v["expected"]["name"], "{}", path.display());
                assert_eq!(c.kind, v["expected"]["kind"], "{}", path.display());
                assert_eq!(c.fingerprint(), v["expected"]["fingerprint"], "{}", path.display());
            }
            (Err(e), Some(code)) => assert_eq!(e.code(), code, "{}: {e}", path.display()),
            (got, want) => panic!("{}: got {got:?}, expected error {want:?}", path.display()),
        }
        n += 1;
    }
    assert!(n >= 8, "only {n} agency vectors");
}

/// Writes the vectors (run by hand: `cargo test -p wallet-core --test agency_vectors -- --ignored`).
#[test]
#[ignore = "writes test-vectors/agency/"]
fn write_agency_vectors() {
    let keys = wallet_core::keys::RootSecret::from_bytes([0x42; 32]).derive();
    let write = |file: &str, description: &str, card: &str, expected: Option<Value>, error: Option<&str>| {
        let mut v = json!({ "description": description, "kind": "agency_card", "inputs": { "root_secret": hex::encode([0x42; 32]), "card": card } });
        match (expected, error) {
            (Some(e), _) => v["expected"] = e,
            (_, Some(code)) => v["expected_error"] = json!(code),
            _ => unreachable!(),
        }
        std::fs::create_dir_all(dir()).unwrap();
        std::fs::write(dir().join(file), serde_json::to_string_pretty(&v).unwrap() + "\n").unwrap();
    };
    for (file, name, kind) in [
        ("card-german-umlauts.json", "Ausländerbehörde Köln – Team Süd", "auslaenderbehoerde"),
        ("card-arabic-name.json", "مكتب العمل في كولونيا", "jobcenter"),
        ("card-ukrainian-name.json", "Мовна школа «Світанок»", "language_school"),
    ] {
        let card = AgencyCard::new(&keys, name, kind).unwrap();
        let expected = json!({ "name": name, "kind": kind, "fingerprint": card.fingerprint() });
        write(
            file,
            &format!("A card named {name:?}: UTF-8 in the signed JSON as is (no escapes); it verifies."),
            &card.to_compact(),
            Some(expected),
            None,
        );
    }
    let good = AgencyCard::new(&keys, "Sozialamt Düsseldorf", "sozialamt").unwrap();
    let compact = good.to_compact();
    write(
        "card-pretty-printed.json",
        "The same card pretty-printed: the signature covers the fields re-encoded in order, not the file's bytes, so it verifies.",
        &good.to_json(),
        Some(json!({"name": good.name, "kind": good.kind, "fingerprint": good.fingerprint()})),
        None,
    );
    write(
        "card-name-changed.json",
        "The name changed after signing (ü → ue): the signature does not verify.",
        &compact.replace("Düsseldorf", "Duesseldorf"),
        None,
        Some("create"),
    );
    write(
        "card-kind-unknown.json",
        "A kind outside the list (embassy): refused before the signature.",
        &compact.replace("\"sozialamt\"", "\"embassy\""),
        None,
        Some("create"),
    );
    write(
        "card-newer-version.json",
        "Card format version 2: made by a newer Mappe.",
        &compact.replacen("\"v\":1", "\"v\":2", 1),
        None,
        Some("unsupported_version"),
    );
    write(
        "card-control-character.json",
        "A name with a line break: refused (names are shown in terminals and pages).",
        &compact.replace("Sozialamt D", "Sozialamt\\nD"),
        None,
        Some("create"),
    );
    write(
        "card-empty-name.json",
        "An empty name: refused.",
        &compact.replace("Sozialamt Düsseldorf", "  "),
        None,
        Some("create"),
    );
    write(
        "card-short-key.json",
        "An Ed25519 key of 31 bytes: refused.",
        &compact.replacen(&good.ed25519, &good.ed25519[..62], 1),
        None,
        Some("create"),
    );
    write("card-not-json.json", "Not JSON at all.", "agency:not-a-card", None, Some("create"));
}
