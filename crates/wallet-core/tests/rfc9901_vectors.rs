//! RFC 9901 (SD-JWT) known answers (`test-vectors/sd-jwt/rfc9901/`, format in
//! `test-vectors/sd-jwt/README.md`): the RFC's own examples (sections 4.2, 5, 6, Appendix A) and
//! cases derived from them. The RFC signs with ES256, which Mappe never accepts, so the issuer and
//! key-binding signatures are checked here with p256 over `Jws::signing_input`; everything else
//! (disclosures, digests, processing, `sd_hash`) is Mappe's own `attest::sdjwt` code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use p256::ecdsa::signature::Verifier as _;
use p256::ecdsa::{Signature, VerifyingKey};
use serde_json::{Map, Value};
use wallet_core::attest::jws::Jws;
use wallet_core::attest::sdjwt::{Disclosure, KB_TYP, SdJwt};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/sd-jwt/rfc9901")
}

fn p256_key(jwk: &Value) -> VerifyingKey {
    assert_eq!(jwk["kty"], "EC");
    assert_eq!(jwk["crv"], "P-256");
    let coord = |k: &str| {
        let b = URL_SAFE_NO_PAD.decode(jwk[k].as_str().unwrap()).unwrap();
        assert_eq!(b.len(), 32, "{k}");
        b
    };
    let mut sec1 = vec![0x04];
    sec1.extend(coord("x"));
    sec1.extend(coord("y"));
    VerifyingKey::from_sec1_bytes(&sec1).unwrap()
}

/// JWS ES256 (RFC 7518 §3.4): the signature is r || s, 64 bytes, over the ASCII signing input.
fn es256_ok(jws: &Jws, jwk: &Value) -> bool {
    assert_eq!(jws.alg(), Some("ES256"));
    let Ok(sig) = Signature::from_slice(&jws.signature) else { return false };
    p256_key(jwk).verify(jws.signing_input.as_bytes(), &sig).is_ok()
}

/// A good signature must verify and the same signature with one bit flipped must not, so a
/// verifier that accepts everything cannot pass.
fn assert_es256(jws: &Jws, jwk: &Value, what: &str) {
    assert!(es256_ok(jws, jwk), "{what}: ES256 signature does not verify");
    let mut bad = jws.clone();
    let last = bad.signature.len() - 1;
    bad.signature[last] ^= 1;
    assert!(!es256_ok(&bad, jwk), "{what}: a flipped signature still verifies");
}

fn check_disclosure(at: &str, got: &Disclosure, want: &Value) {
    assert_eq!(got.encoded, want["encoded"], "{at}");
    assert_eq!(got.salt, want["salt"], "{at}");
    assert!(want.get("name").is_some(), "{at}: name must be given (null for an array element)");
    assert_eq!(got.name.as_deref(), want["name"].as_str(), "{at}");
    assert_eq!(got.value, want["value"], "{at}");
    if let Some(digest) = want.get("digest") {
        assert_eq!(got.digest(), *digest, "{at}");
    }
}

fn check_disclosures(at: &str, got: &[Disclosure], want: &Value) {
    let want = want.as_array().unwrap();
    assert_eq!(got.len(), want.len(), "{at}: number of disclosures");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        check_disclosure(&format!("{at} disclosure {i}"), g, w);
    }
}

/// Every digest the signed payload embeds (`_sd` entries and `{"...": digest}`), not those
/// inside disclosures.
fn embedded_digests(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("_sd", Value::Array(a)) => out.extend(a.iter().filter_map(Value::as_str).map(str::to_string)),
                    ("...", Value::String(s)) => out.push(s.clone()),
                    _ => embedded_digests(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| embedded_digests(x, out)),
        _ => {}
    }
}

#[derive(Default)]
struct Count {
    files: usize,
    examples: usize,
    derived: usize,
    issuer_signatures: usize,
    key_bindings: usize,
    processed: usize,
    refused: usize,
}

fn run(path: &Path, v: &Value, n: &mut Count) {
    let at = path.file_name().unwrap().to_string_lossy().to_string();
    let description = v["description"].as_str().unwrap_or_default();
    assert!(!description.is_empty(), "{at}: description");
    assert!(v["source"].as_str().is_some_and(|s| s.starts_with("RFC 9901")), "{at}: source");
    match v["kind"].as_str() {
        Some("rfc9901_example") => n.examples += 1,
        Some("rfc9901_derived") => {
            assert!(description.starts_with("Derived from RFC 9901"), "{at}: a derived case says so");
            n.derived += 1;
        }
        other => panic!("{at}: unknown kind {other:?}"),
    }
    let inputs = &v["inputs"];
    let expected = &v["expected"];
    let error = expected.get("error");
    let error_stage = error.map(|e| e["stage"].as_str().unwrap());

    let sd = if let Some(text) = inputs["sd_jwt"].as_str() {
        let sd = SdJwt::parse(text).unwrap_or_else(|e| panic!("{at}: {e}"));
        // sd_hash is computed over issued_part(), so it must give back the presented text exactly.
        assert_eq!(format!("{}{}", sd.issued_part(), sd.kb_text.as_deref().unwrap_or_default()), text, "{at}");
        assert_es256(&sd.jwt, &inputs["issuer_jwk"], &format!("{at}: issuer"));
        assert_eq!(sd.jwt.typ(), expected["typ"].as_str(), "{at}: typ");
        n.issuer_signatures += 1;
        sd
    } else if let Some(payload) = inputs["payload"].as_object() {
        // The RFC prints these payloads but no JWT signed over them: process them unsigned.
        let jwt =
            Jws { header: Map::new(), payload: payload.clone(), signing_input: String::new(), signature: Vec::new() };
        let disclosures = inputs["disclosures"].as_array().unwrap();
        let disclosures = disclosures.iter().map(|d| Disclosure::parse(d.as_str().unwrap()).unwrap()).collect();
        SdJwt { jwt_text: String::new(), jwt, disclosures, kb_text: None }
    } else {
        let got: Vec<Disclosure> = inputs["disclosures"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| Disclosure::parse(d.as_str().unwrap()).unwrap())
            .collect();
        check_disclosures(&at, &got, &expected["disclosures"]);
        assert!(expected.get("claims").is_none() && error.is_none(), "{at}: disclosures only");
        return;
    };

    check_disclosures(&at, &sd.disclosures, &expected["disclosures"]);
    let mut listed = sd.disclosures.clone();
    if let Some(others) = expected.get("other_disclosures") {
        for (i, w) in others.as_array().unwrap().iter().enumerate() {
            let d = Disclosure::parse(w["encoded"].as_str().unwrap()).unwrap();
            check_disclosure(&format!("{at} other disclosure {i}"), &d, w);
            listed.push(d);
        }
    }
    if let Some(decoys) = expected.get("decoy_digests") {
        let mut embedded = Vec::new();
        embedded_digests(&Value::Object(sd.jwt.payload.clone()), &mut embedded);
        for decoy in decoys.as_array().unwrap() {
            let decoy = decoy.as_str().unwrap();
            assert!(embedded.iter().any(|e| e == decoy), "{at}: decoy {decoy} is not in the signed payload");
            assert!(listed.iter().all(|d| d.digest() != decoy), "{at}: decoy {decoy} matches a disclosure");
        }
    }

    match (sd.claims(), error_stage) {
        (Ok(claims), None | Some("key_binding")) => {
            assert_eq!(Value::Object(claims), expected["claims"], "{at}: processed payload");
            n.processed += 1;
        }
        (Err(e), Some("claims")) => {
            assert_eq!(e.code(), error.unwrap()["code"], "{at}: {e}");
            n.refused += 1;
            return;
        }
        (got, want) => panic!("{at}: claims() gave {got:?}, expected error stage {want:?}"),
    }

    let Some(kb_in) = inputs.get("kb") else {
        assert!(sd.kb_text.is_none(), "{at}: a key-binding JWT that the vector does not expect");
        assert!(error.is_none(), "{at}: an expected error that never came");
        return;
    };
    let kb = Jws::parse(sd.kb_text.as_deref().expect("a key-binding JWT")).unwrap();
    assert_eq!(kb.typ(), Some(KB_TYP), "{at}");
    // RFC 9901 §4.3.2: the key-binding key is the one the issuer put in cnf.
    assert_eq!(sd.jwt.payload["cnf"]["jwk"], kb_in["holder_jwk"], "{at}: holder key");
    assert_es256(&kb, &kb_in["holder_jwk"], &format!("{at}: key binding"));
    assert_eq!(kb.payload["nonce"], kb_in["nonce"], "{at}");
    assert_eq!(kb.payload["aud"], kb_in["aud"], "{at}");
    assert_eq!(kb.payload["iat"], expected["kb"]["iat"], "{at}");
    assert_eq!(kb.payload["sd_hash"], expected["kb"]["sd_hash"], "{at}");
    let ours = sd.sd_hash();
    match error {
        None => assert_eq!(ours, expected["kb"]["sd_hash"], "{at}: sd_hash"),
        Some(e) => {
            assert_eq!(e["code"], "sd_hash_mismatch", "{at}");
            assert_ne!(ours, expected["kb"]["sd_hash"], "{at}: sd_hash should not match");
            n.refused += 1;
        }
    }
    n.key_bindings += 1;
}

#[test]
fn every_rfc9901_vector_holds() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir()).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let mut n = Count::default();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        run(path, &v, &mut n);
        n.files += 1;
    }
    // Lower bounds, so that losing files or skipping a branch fails instead of passing quietly.
    assert!(n.files >= 23, "only {} vector files", n.files);
    assert!(n.examples >= 15 && n.derived >= 8, "{} examples, {} derived", n.examples, n.derived);
    assert!(n.issuer_signatures >= 14, "{} issuer signatures", n.issuer_signatures);
    assert!(n.key_bindings >= 5, "{} key bindings", n.key_bindings);
    assert!(n.processed >= 16 && n.refused >= 7, "{} processed, {} refused", n.processed, n.refused);
}
