//! Writes the wallet format test vectors under `test-vectors/wallet/`.
//!
//! Run once when a format changes on purpose: `cargo run -p wallet-core --example make_vectors`
//! (the wallet-file vectors come out different on every run and need not be rewritten; the skeleton
//! vector must come out unchanged).
//! The committed files are the reference; `tests/vectors.rs` checks the code against them.
//! All keys and passphrases here are labelled test fixtures, never used for real wallets.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use wallet_core::crypto::{Argon2Params, SecretKey};
use wallet_core::document::*;
use wallet_core::keys::RootSecret;
use wallet_core::wire::{attachment, keystore, wallet_file};

const FIXTURE: &str = "TEST FIXTURE: this key material is public; never use it for a real wallet.";

fn root() -> RootSecret {
    let mut bytes = [0u8; 32];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = i as u8;
    }
    RootSecret::from_bytes(bytes)
}

fn write(dir: &Path, name: &str, value: Value) {
    let text = serde_json::to_string_pretty(&value).unwrap() + "\n";
    std::fs::write(dir.join(name), text).unwrap();
    println!("wrote {name}");
}

fn flip(bytes: &[u8], at: usize) -> Vec<u8> {
    let mut b = bytes.to_vec();
    b[at] ^= 0x01;
    b
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/wallet");
    std::fs::create_dir_all(&dir).unwrap();
    let root = root();
    let keys = root.derive();
    let code = root.recovery_code();

    write(
        &dir,
        "keys-derivation.json",
        json!({
            "kind": "keys",
            "description": "Root secret 00 01 .. 1f: the derived public keys, document key, fingerprint and recovery code. Derived keys cross-checked with Python `cryptography` (HKDF, Ed25519, X25519).",
            "note": FIXTURE,
            "inputs": { "root_secret": hex::encode(root.expose()) },
            "expected": {
                "identity_public": hex::encode(keys.identity().public()),
                "agreement_public": hex::encode(keys.agreement().public()),
                "document_key": hex::encode(keys.document_key().expose()),
                "fingerprint": keys.public_identity().fingerprint(),
                "recovery_code": code.as_str(),
            }
        }),
    );

    let sloppy = code.as_str().to_lowercase().replace('-', " ").replace('0', "o").replace('1', "l");
    write(
        &dir,
        "recovery-code-sloppy.json",
        json!({
            "kind": "recovery_code",
            "description": "The fixture's recovery code typed sloppily: lower case, spaces instead of hyphens, letter o for zero and l for one. Must give the root secret.",
            "note": FIXTURE,
            "inputs": { "recovery_code": sloppy },
            "expected": { "root_secret": hex::encode(root.expose()) }
        }),
    );
    let mut typo: Vec<char> = code.as_str().chars().collect();
    typo[10] = if typo[10] == 'A' { 'B' } else { 'A' };
    write(
        &dir,
        "recovery-code-mistyped.json",
        json!({
            "kind": "recovery_code",
            "description": "The fixture's recovery code with one character in group 3 changed: the checksum catches it as a typo.",
            "inputs": { "recovery_code": typo.into_iter().collect::<String>() },
            "expected_error": "recovery_code_mistyped"
        }),
    );
    let mut bad_char = code.as_str().to_string();
    bad_char.replace_range(0..1, "U");
    write(
        &dir,
        "recovery-code-invalid-character.json",
        json!({
            "kind": "recovery_code",
            "description": "A `U` (not in Crockford's alphabet) in group 1.",
            "inputs": { "recovery_code": bad_char },
            "expected_error": "recovery_code_invalid_character"
        }),
    );
    write(
        &dir,
        "recovery-code-wrong-length.json",
        json!({
            "kind": "recovery_code",
            "description": "The fixture's recovery code with its last group missing.",
            "inputs": { "recovery_code": &code.as_str()[..code.as_str().len() - 5] },
            "expected_error": "recovery_code_wrong_length"
        }),
    );

    let small = Argon2Params { m_cost: 256, t_cost: 1, p_cost: 1 };
    let ks_small = keystore::seal_with(&root, "correct horse battery staple", small, &[0x11; 16], &[0x22; 24]).unwrap();
    let ks_default =
        keystore::seal_with(&root, "correct horse battery staple", Argon2Params::DEFAULT, &[0x33; 16], &[0x44; 24])
            .unwrap();
    for (name, bytes, params, what) in [
        (
            "keystore-open-small-params.json",
            &ks_small,
            small,
            "Argon2id m=256 KiB, t=1, p=1 (small, so the test is quick)",
        ),
        (
            "keystore-open-default-params.json",
            &ks_default,
            Argon2Params::DEFAULT,
            "the default Argon2id parameters m=47104 KiB, t=1, p=1",
        ),
    ] {
        write(
            &dir,
            name,
            json!({
                "kind": "keystore",
                "description": format!("A keystore sealed with {what}, salt and nonce fixed. The passphrase opens it to the fixture's root secret."),
                "note": FIXTURE,
                "inputs": { "keystore": hex::encode(bytes), "passphrase": "correct horse battery staple" },
                "expected": {
                    "root_secret": hex::encode(root.expose()),
                    "identity_public": hex::encode(keys.identity().public()),
                    "argon2": { "m_cost": params.m_cost, "t_cost": params.t_cost, "p_cost": params.p_cost }
                }
            }),
        );
    }
    write(
        &dir,
        "keystore-wrong-passphrase.json",
        json!({
            "kind": "keystore",
            "description": "The small-params keystore opened with another passphrase.",
            "inputs": { "keystore": hex::encode(&ks_small), "passphrase": "correct horse battery stapler" },
            "expected_error": "wrong_passphrase"
        }),
    );
    write(
        &dir,
        "keystore-flipped-byte.json",
        json!({
            "kind": "keystore",
            "description": "The small-params keystore with one bit of the sealed secret (offset 100) flipped: the checksum reports damage, not a wrong passphrase.",
            "inputs": { "keystore": hex::encode(flip(&ks_small, 100)), "passphrase": "correct horse battery staple" },
            "expected_error": "integrity"
        }),
    );
    write(
        &dir,
        "keystore-truncated.json",
        json!({
            "kind": "keystore",
            "description": "The small-params keystore cut after 120 bytes.",
            "inputs": { "keystore": hex::encode(&ks_small[..120]), "passphrase": "correct horse battery staple" },
            "expected_error": "truncated"
        }),
    );

    // A small wallet with one of everything.
    let mut doc = WalletDoc::new().unwrap();
    doc.set_profile_text(ProfileField::GivenNames, Some("Amal")).unwrap();
    doc.set_profile_text(ProfileField::FamilyName, Some("Al-Khatib")).unwrap();
    doc.set_aliases(&["Alkhatib".into()]).unwrap();
    doc.set_profile_text(ProfileField::BirthDate, Some("1994-03-17")).unwrap();
    doc.set_languages(&[LanguageSkill { language: "Deutsch".into(), level: "B1".into() }]).unwrap();
    doc.add_cv(&CvEntry {
        kind: CvKind::Work,
        title: "Pharmacy assistant".into(),
        organisation: Some("Eczane Şifa".into()),
        place: Some("Gaziantep".into()),
        from: Some("2017-09".into()),
        to: Some("2021-06".into()),
        description: None,
    })
    .unwrap();
    doc.add_certificate(&Certificate {
        kind: CertificateKind::Language,
        title: "Deutsch B1".into(),
        issuer: Some("telc gGmbH".into()),
        issued_on: Some("2023-01-20".into()),
        cefr_level: Some("B1".into()),
        exam: None,
        attachment: None,
    })
    .unwrap();
    doc.add_residence(&ResidencePaper {
        kind: ResidenceKind::Aufenthaltserlaubnis,
        number: None,
        issued_on: Some("2024-03-01".into()),
        valid_until: Some("2027-02-28".into()),
        authority: Some("Ausländerbehörde Musterstadt".into()),
        attachment: None,
        legal_basis: None,
        work: None,
        conditions: None,
    })
    .unwrap();
    let expected_json: Value =
        serde_json::to_value(WalletJson::from_doc(&doc, Some(keys.public_identity())).unwrap()).unwrap();
    let wallet = wallet_file::seal_with(&keys, &doc.save(), &[0x55; 24]);
    write(
        &dir,
        "wallet-open.json",
        json!({
            "kind": "wallet_file",
            "description": "A wallet file of the fixture's wallet (nonce fixed). Opened with the keys of the root secret it gives exactly this JSON export.",
            "note": FIXTURE,
            "inputs": { "root_secret": hex::encode(root.expose()), "wallet_file": hex::encode(&wallet) },
            "expected": { "json": expected_json }
        }),
    );
    let mut newer = wallet.clone();
    newer[5] = 2;
    let mut not_mappe = wallet.clone();
    not_mappe[0] = b'Z';
    for (name, bytes, what, err) in [
        ("wallet-truncated.json", wallet[..40].to_vec(), "cut after 40 bytes (inside the header)", "truncated"),
        (
            "wallet-truncated-body.json",
            wallet[..wallet.len() - 20].to_vec(),
            "with its last 20 bytes missing (tag cut)",
            "integrity",
        ),
        ("wallet-unknown-version.json", newer, "with format version byte 2", "unsupported_version"),
        (
            "wallet-flipped-tag.json",
            flip(&wallet, wallet.len() - 1),
            "with the last bit of the tag flipped",
            "integrity",
        ),
        (
            "wallet-flipped-header-key.json",
            flip(&wallet, 20),
            "with one bit of the public key in the header flipped (bound as AAD)",
            "integrity",
        ),
        ("wallet-not-mappe.json", not_mappe, "whose magic starts with Z instead of M", "not_mappe_file"),
    ] {
        write(
            &dir,
            name,
            json!({
                "kind": "wallet_file",
                "description": format!("The wallet-open.json file {what}."),
                "inputs": { "root_secret": hex::encode(root.expose()), "wallet_file": hex::encode(&bytes) },
                "expected_error": err
            }),
        );
    }

    let key = SecretKey::from_bytes([0x66; 32]);
    let plain: Vec<u8> = (0..70_000u32).map(|i| (i % 251) as u8).collect();
    let mut enc = Vec::new();
    let digest =
        attachment::encrypt_with(&key, &[0x77; 19], &mut plain.as_slice(), &mut enc, u64::MAX).map_err(|_| ()).unwrap();
    write(
        &dir,
        "attachment-open.json",
        json!({
            "kind": "attachment",
            "description": "70000 bytes (byte i = i mod 251) encrypted as an attachment: two chunks (65536 + 4464 bytes), key 66.., nonce prefix 77...",
            "note": FIXTURE,
            "inputs": { "key": hex::encode(key.expose()), "attachment_file": hex::encode(&enc) },
            "expected": { "plaintext_pattern": "i mod 251", "size": digest.size, "sha256": hex::encode(digest.sha256) }
        }),
    );
    let first_chunk_end = 30 + 65536 + 16;
    for (name, bytes, what) in [
        (
            "attachment-final-chunk-dropped.json",
            enc[..first_chunk_end].to_vec(),
            "with its final chunk removed (the first chunk is not marked last)",
        ),
        ("attachment-flipped-byte.json", flip(&enc, 1000), "with one bit of the first chunk flipped"),
        ("attachment-flipped-header.json", flip(&enc, 15), "with one bit of the nonce prefix in the header flipped"),
    ] {
        write(
            &dir,
            name,
            json!({
                "kind": "attachment",
                "description": format!("The attachment-open.json file {what}."),
                "inputs": { "key": hex::encode(key.expose()), "attachment_file": hex::encode(&bytes) },
                "expected_error": "integrity"
            }),
        );
    }

    // The skeleton change every new document starts from (wallet-v1 section 9.3). It must never
    // change: wallets made by two versions would no longer merge key by key.
    let mut doc = WalletDoc::new().unwrap();
    write(
        &dir,
        "skeleton.json",
        json!({
            "kind": "wallet_skeleton",
            "description": "The skeleton change every new wallet document starts from (docs/spec/wallet-v1.md section 9.3): actor `mappe/v1/skeleton`, time 0, ROOT.schema = 1 and the maps and lists profile, profile.aliases, profile.languages, profile.contact, cv, certificates, residence, attachments, shares. A new document must have exactly this one change (these bytes, this hash); otherwise wallets made by two versions of Mappe hold different container objects and no longer merge key by key.",
            "source": "docs/spec/wallet-v1.md#93-the-skeleton-change",
            "inputs": {},
            "expected": { "heads": doc.heads(), "changes": hex::encode(doc.changes_since(&[]).unwrap()) }
        }),
    );
}
