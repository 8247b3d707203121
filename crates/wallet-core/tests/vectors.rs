//! Runs every self-describing vector under `test-vectors/wallet/`: good ones must give their
//! expected outputs, bad ones must fail with their named error.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::PathBuf;

use serde_json::Value;
use wallet_core::crypto::SecretKey;
use wallet_core::document::{ProfileField, WalletDoc, WalletJson};
use wallet_core::keys::{RecoveryCode, RootSecret};
use wallet_core::wire::attachment::{self, StreamFailure};
use wallet_core::wire::{keystore, wallet_file};

fn hexv(v: &Value, key: &str) -> Vec<u8> {
    hex::decode(v[key].as_str().unwrap_or_else(|| panic!("missing {key}"))).unwrap()
}

fn root_of(v: &Value) -> RootSecret {
    RootSecret::from_bytes(hexv(v, "root_secret").try_into().unwrap())
}

/// Runs one vector; returns Ok(()) if it matched its expectation, else a description.
fn run(v: &Value) -> Result<(), String> {
    let inputs = &v["inputs"];
    let expected = &v["expected"];
    let want_error = v["expected_error"].as_str();
    let outcome: Result<(), String> = match v["kind"].as_str().unwrap() {
        "keys" => {
            let root = root_of(inputs);
            let keys = root.derive();
            assert_eq!(hex::encode(keys.identity().public()), expected["identity_public"].as_str().unwrap());
            assert_eq!(hex::encode(keys.agreement().public()), expected["agreement_public"].as_str().unwrap());
            assert_eq!(hex::encode(keys.document_key().expose()), expected["document_key"].as_str().unwrap());
            assert_eq!(keys.public_identity().fingerprint(), expected["fingerprint"].as_str().unwrap());
            assert_eq!(root.recovery_code().as_str(), expected["recovery_code"].as_str().unwrap());
            Ok(())
        }
        "recovery_code" => match RecoveryCode::parse(inputs["recovery_code"].as_str().unwrap()) {
            Ok(root) => {
                assert_eq!(hex::encode(root.expose()), expected["root_secret"].as_str().unwrap());
                Ok(())
            }
            Err(e) => Err(e.code().to_string()),
        },
        "keystore" => {
            let bytes = hexv(inputs, "keystore");
            match keystore::open(&bytes, inputs["passphrase"].as_str().unwrap()) {
                Ok(root) => {
                    assert_eq!(hex::encode(root.expose()), expected["root_secret"].as_str().unwrap());
                    let public = keystore::public_identity(&bytes).unwrap();
                    assert_eq!(public.to_hex(), expected["identity_public"].as_str().unwrap());
                    let p = keystore::params(&bytes).unwrap();
                    assert_eq!(u64::from(p.m_cost), expected["argon2"]["m_cost"].as_u64().unwrap());
                    assert_eq!(u64::from(p.t_cost), expected["argon2"]["t_cost"].as_u64().unwrap());
                    assert_eq!(u64::from(p.p_cost), expected["argon2"]["p_cost"].as_u64().unwrap());
                    Ok(())
                }
                Err(e) => Err(e.code().to_string()),
            }
        }
        "wallet_file" => {
            let keys = root_of(inputs).derive();
            match wallet_file::open(&keys, &hexv(inputs, "wallet_file")) {
                Ok(plain) => {
                    let doc = WalletDoc::load(&plain).map_err(|e| e.code().to_string())?;
                    let json = serde_json::to_value(WalletJson::from_doc(&doc, Some(keys.public_identity())).unwrap())
                        .unwrap();
                    assert_eq!(json, expected["json"]);
                    Ok(())
                }
                Err(e) => Err(e.code().to_string()),
            }
        }
        "attachment" => {
            let key = SecretKey::from_bytes(hexv(inputs, "key").try_into().unwrap());
            let file = hexv(inputs, "attachment_file");
            let mut out = Vec::new();
            match attachment::decrypt(&key, &mut file.as_slice(), &mut out) {
                Ok(digest) => {
                    assert_eq!(expected["plaintext_pattern"], "i mod 251");
                    let want: Vec<u8> = (0..out.len() as u32).map(|i| (i % 251) as u8).collect();
                    assert_eq!(out, want);
                    assert_eq!(digest.size, expected["size"].as_u64().unwrap());
                    assert_eq!(hex::encode(digest.sha256), expected["sha256"].as_str().unwrap());
                    Ok(())
                }
                Err(StreamFailure::Format(e)) => Err(e.code().to_string()),
                Err(other) => Err(format!("unexpected I/O failure {other:?}")),
            }
        }
        "wallet_skeleton" => {
            // Every new document is exactly the pinned skeleton change, in every build.
            let mut doc = WalletDoc::new().unwrap();
            assert_eq!(serde_json::json!(doc.heads()), expected["heads"]);
            assert_eq!(hex::encode(doc.changes_since(&[]).unwrap()), expected["changes"].as_str().unwrap());
            // The pinned bytes load as a wallet whose one change has the pinned hash.
            let mut pinned = WalletDoc::load(&hexv(expected, "changes")).unwrap();
            assert_eq!(serde_json::json!(pinned.heads()), expected["heads"]);
            // And two wallets created independently merge key by key into the same containers.
            let mut a = WalletDoc::new().unwrap();
            let mut b = WalletDoc::new().unwrap();
            a.set_profile_text(ProfileField::FamilyName, Some("Haddad")).unwrap();
            b.set_profile_text(ProfileField::GivenNames, Some("Amal")).unwrap();
            a.merge(&mut b).unwrap();
            let profile = a.profile().unwrap();
            assert_eq!(profile.family_name.as_deref(), Some("Haddad"));
            assert_eq!(profile.given_names.as_deref(), Some("Amal"));
            Ok(())
        }
        other => panic!("unknown vector kind {other}"),
    };
    match (outcome, want_error) {
        (Ok(()), None) => Ok(()),
        (Ok(()), Some(code)) => Err(format!("succeeded but should fail with {code}")),
        (Err(got), Some(code)) if got == code => Ok(()),
        (Err(got), Some(code)) => Err(format!("failed with {got}, expected {code}")),
        (Err(got), None) => Err(format!("failed with {got}, expected success")),
    }
}

#[test]
fn every_wallet_vector_holds() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/wallet");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.retain(|p| p.extension().is_some_and(|e| e == "json"));
    names.sort();
    assert!(names.len() >= 20, "expected the full vector set, found {}", names.len());
    let mut failures = Vec::new();
    let (mut good, mut bad) = (0, 0);
    for path in &names {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert!(v["description"].is_string(), "{} has no description", path.display());
        if v["expected_error"].is_string() {
            bad += 1;
        } else {
            good += 1;
        }
        if let Err(why) = run(&v) {
            failures.push(format!("{}: {why}", path.file_name().unwrap().to_string_lossy()));
        }
    }
    assert!(failures.is_empty(), "vectors failed:\n{}", failures.join("\n"));
    assert!(good >= 6 && bad >= 10, "good {good}, bad {bad}");
}
