//! Runs every vector under `test-vectors/share/`, and flips every byte of a sealed share.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::PathBuf;

use serde_json::Value;
use wallet_core::crypto::{self, Domain, SecretKey};
use wallet_core::keys::RootSecret;
use wallet_core::share::request::{decode_key, verify_request};
use wallet_core::share::*;

fn hexv(v: &Value, key: &str) -> Vec<u8> {
    hex::decode(v[key].as_str().unwrap_or_else(|| panic!("missing {key}"))).unwrap()
}

fn root(v: &Value, key: &str) -> RootSecret {
    RootSecret::from_bytes(hexv(v, key).try_into().unwrap())
}

fn run(v: &Value) -> Result<(), String> {
    let i = &v["inputs"];
    let e = &v["expected"];
    let outcome: Result<(), String> = match v["kind"].as_str().unwrap() {
        "share_seal" => {
            let holder = root(i, "holder_root_secret").derive();
            let id = ShareId::parse(i["share_id"].as_str().unwrap()).unwrap();
            let key = ShareKey(SecretKey::from_bytes(hexv(i, "share_key").try_into().unwrap()));
            let nonce: [u8; 24] = hexv(i, "nonce").try_into().unwrap();
            let m: Manifest = serde_json::from_value(i["manifest"].clone()).unwrap();
            let blobs: Vec<SharedBlob> = i["blobs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|b| SharedBlob {
                    size: b["size"].as_u64().unwrap(),
                    sha256: hexv(b, "sha256").try_into().unwrap(),
                })
                .collect();
            let sealed = seal_share_with(&holder, &m, &id, &key, &blobs, &nonce).unwrap();
            assert_eq!(hex::encode(&sealed.ciphertext), e["ciphertext"].as_str().unwrap(), "fixed bytes changed");
            let msg = owner_message(&id, m.revision, m.expires_at, m.max_opens, &sealed.ciphertext, None, None, &blobs);
            assert_eq!(hex::encode(&msg), e["owner_message"].as_str().unwrap());
            assert_eq!(hex::encode(sealed.owner_sig), e["owner_sig"].as_str().unwrap());
            let holder_key = holder.identity().public();
            assert!(crypto::verify(&holder_key, Domain::ShareOwner, &msg, &sealed.owner_sig));
            assert!(!crypto::verify(&holder_key, Domain::ShareManifest, &msg, &sealed.owner_sig));
            assert_eq!(holder.public_identity().fingerprint(), e["holder_fingerprint"].as_str().unwrap());
            let link = ShareLink::parse(e["link"].as_str().unwrap()).unwrap();
            assert_eq!(link.id, id);
            assert_eq!(link.key, Some(key.clone()));
            let opened = open_share(
                &VerifyOptions { id, key: Some(key), agency: None, revision: 1, now: i["now"].as_u64().unwrap() },
                &sealed.ciphertext,
                None,
            )
            .unwrap();
            assert_eq!(opened.manifest, m);
            Ok(())
        }
        "share_open" => {
            let id = ShareId::parse(i["share_id"].as_str().unwrap()).unwrap();
            let key = ShareKey(SecretKey::from_bytes(hexv(i, "share_key").try_into().unwrap()));
            let opts = VerifyOptions {
                id,
                key: Some(key),
                agency: None,
                revision: i["revision"].as_u64().unwrap() as u32,
                now: i["now"].as_u64().unwrap(),
            };
            match open_share(&opts, &hexv(i, "ciphertext"), None) {
                Ok(o) => {
                    assert_eq!(serde_json::to_value(&o.manifest).unwrap(), e["manifest"]);
                    assert_eq!(o.holder.to_hex(), e["holder"].as_str().unwrap());
                    Ok(())
                }
                Err(err) => Err(err.code().to_string()),
            }
        }
        "share_open_addressed" => {
            let agency = root(i, "agency_root_secret").derive();
            let opts = VerifyOptions {
                id: ShareId::parse(i["share_id"].as_str().unwrap()).unwrap(),
                key: None,
                agency: Some(agency.agreement()),
                revision: i["revision"].as_u64().unwrap() as u32,
                now: i["now"].as_u64().unwrap(),
            };
            match open_share(&opts, &hexv(i, "ciphertext"), Some(&hexv(i, "wrapped_key"))) {
                Ok(o) => {
                    assert_eq!(serde_json::to_value(&o.manifest).unwrap(), e["manifest"]);
                    Ok(())
                }
                Err(err) => Err(err.code().to_string()),
            }
        }
        "request_signature" => {
            let body = i["body"].as_str().unwrap().as_bytes();
            let (method, path, time) =
                (i["method"].as_str().unwrap(), i["path"].as_str().unwrap(), i["time"].as_u64().unwrap());
            let key = e["key"].as_str().unwrap();
            let t = time.to_string();
            let nonce = i["nonce"].as_str().unwrap();
            let ok = verify_request(
                key,
                &t,
                nonce,
                e["signature"].as_str().unwrap(),
                method,
                path,
                &crypto::sha256(body),
                time,
                300,
            );
            assert_eq!(ok.unwrap().key, decode_key(key).unwrap());
            let cross = verify_request(
                key,
                &t,
                nonce,
                e["manifest_domain_signature"].as_str().unwrap(),
                method,
                path,
                &crypto::sha256(body),
                time,
                300,
            );
            assert!(cross.is_err(), "a manifest-domain signature passed as a request signature");
            assert_eq!(
                String::from_utf8(wallet_core::share::request::request_message(
                    method,
                    path,
                    time,
                    nonce,
                    &crypto::sha256(body)
                ))
                .unwrap(),
                e["message"].as_str().unwrap()
            );
            Ok(())
        }
        other => panic!("unknown kind {other}"),
    };
    match (outcome, v["expected_error"].as_str()) {
        (Ok(()), None) => Ok(()),
        (Ok(()), Some(c)) => Err(format!("succeeded but should fail with {c}")),
        (Err(g), Some(c)) if g == c => Ok(()),
        (Err(g), c) => Err(format!("failed with {g}, expected {c:?}")),
    }
}

fn vectors() -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/share");
    let mut out: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap(),
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_share_vector_holds() {
    let all = vectors();
    assert!(all.len() >= 11, "found {}", all.len());
    let failures: Vec<String> =
        all.iter().filter_map(|(name, v)| run(v).err().map(|why| format!("{name}: {why}"))).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_flipped_byte_of_a_share_is_refused_and_shows_nothing() {
    let (_, v) = vectors().into_iter().find(|(n, _)| n == "bearer-open.json").unwrap();
    let i = &v["inputs"];
    let ct = hexv(i, "ciphertext");
    let id = ShareId::parse(i["share_id"].as_str().unwrap()).unwrap();
    let key = ShareKey(SecretKey::from_bytes(hexv(i, "share_key").try_into().unwrap()));
    let opts = VerifyOptions { id, key: Some(key), agency: None, revision: 1, now: i["now"].as_u64().unwrap() };
    open_share(&opts, &ct, None).unwrap();
    for at in 0..ct.len() {
        let mut bad = ct.clone();
        bad[at] ^= 0x01;
        let err = open_share(&opts, &bad, None).expect_err("a flipped byte must be refused");
        assert_eq!(err, ShareError::Integrity, "byte {at}");
    }
}

#[test]
fn changing_the_consent_text_breaks_the_holder_signature() {
    // Someone who holds the share key (a caseworker, anyone with a bearer link) edits what the
    // person was shown and re-encrypts it under the same key: the signature no longer matches.
    let (_, v) = vectors().into_iter().find(|(n, _)| n == "bearer-share.json").unwrap();
    let i = &v["inputs"];
    let key = ShareKey(SecretKey::from_bytes(hexv(i, "share_key").try_into().unwrap()));
    let id = ShareId::parse(i["share_id"].as_str().unwrap()).unwrap();
    let ct = hex::decode(v["expected"]["ciphertext"].as_str().unwrap()).unwrap();
    let nonce: [u8; 24] = ct[27..51].try_into().unwrap();
    let envelope = crypto::open(&key.0, &nonce, &ct[..51], &ct[51..]).unwrap();
    let manifest_bytes = &envelope[97..];
    let text = std::str::from_utf8(manifest_bytes).unwrap();
    assert!(text.contains("Jobcenter Musterstadt (test fixture text)"));
    let edited = text.replace("Jobcenter Musterstadt (test fixture text)", "anyone at all (test fixture text)");
    let mut forged_env = envelope[..97].to_vec();
    forged_env.extend_from_slice(edited.as_bytes());
    let mut forged = ct[..51].to_vec();
    forged.extend_from_slice(&crypto::seal(&key.0, &nonce, &ct[..51], &forged_env));
    let opts = VerifyOptions { id, key: Some(key), agency: None, revision: 1, now: i["now"].as_u64().unwrap() };
    assert_eq!(open_share(&opts, &forged, None).unwrap_err(), ShareError::BadSignature);
    // The untouched share opens and carries the exact text.
    let opened = open_share(&opts, &ct, None).unwrap();
    assert_eq!(opened.manifest.consent.text, "Shared with: Jobcenter Musterstadt (test fixture text)");
}
