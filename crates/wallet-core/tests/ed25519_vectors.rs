//! Ed25519 strict-verification edge cases (`test-vectors/ed25519/`): small-order keys and R,
//! non-canonical encodings of the key, of R and of S, and a signature that holds only under the
//! cofactored equation. Every Mappe signature is checked with ed25519-dalek's `verify_strict`
//! (`crypto::verify`, `docs/spec/share-v1.md` section 14), and these vectors record its verdict
//! on raw messages (no domain tag). The viewer's own `verifyStrict` (viewer/src/share.js) must
//! give the same verdict on every one (viewer/test/unit/vectors.test.js).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::PathBuf;

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde_json::{Value, json};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/ed25519")
}

fn h32(text: &str) -> [u8; 32] {
    hex::decode(text).unwrap().try_into().unwrap()
}

fn h64(text: &str) -> [u8; 64] {
    hex::decode(text).unwrap().try_into().unwrap()
}

/// What `crypto::verify` does, without the domain tag.
fn verify_strict(public: &[u8; 32], msg: &[u8], sig: &[u8; 64]) -> bool {
    VerifyingKey::from_bytes(public).is_ok_and(|k| k.verify_strict(msg, &Signature::from_bytes(sig)).is_ok())
}

/// dalek's plain `verify` (cofactorless, but small-order points allowed), for the descriptions.
fn verify_plain(public: &[u8; 32], msg: &[u8], sig: &[u8; 64]) -> bool {
    VerifyingKey::from_bytes(public).is_ok_and(|k| k.verify(msg, &Signature::from_bytes(sig)).is_ok())
}

#[test]
fn every_ed25519_vector_holds() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir()).unwrap().map(|e| e.unwrap().path()).collect();
    names.retain(|p| p.extension().is_some_and(|e| e == "json"));
    names.sort();
    let (mut accepted, mut rejected) = (0, 0);
    for path in &names {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(v["description"].is_string(), "{name}");
        assert_eq!(v["kind"], "ed25519_verify_strict", "{name}");
        let i = &v["inputs"];
        let msg = hex::decode(i["message"].as_str().unwrap()).unwrap();
        let got = verify_strict(&h32(i["public_key"].as_str().unwrap()), &msg, &h64(i["signature"].as_str().unwrap()));
        assert_eq!(json!(got), v["expected"]["valid"], "{name}");
        if got {
            accepted += 1;
        } else {
            rejected += 1;
        }
    }
    assert!(accepted >= 3 && rejected >= 15, "accepted {accepted}, rejected {rejected}");
}

// ---- the generator -------------------------------------------------------------------------

/// The twelve cases of ed25519-speccheck (Chalkias, Garillot, Nikolaenko: "Taming the many
/// EdDSAs", 2020), `cases.txt` of github.com/novifinancial/ed25519-speccheck: message, key,
/// signature.
const SPECCHECK: [(&str, &str, &str); 12] = [
    (
        "8c93255d71dcab10e8f379c26200f3c7bd5f09d9bc3068d3ef4edeb4853022b6",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a0000000000000000000000000000000000000000000000000000000000000000",
    ),
    (
        "9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
        "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43a5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04",
    ),
    (
        "aebf3f2601a0c8c5d39cc7d8911642f740b78168218da8471772b35f9d35b9ab",
        "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa8c4bd45aecaca5b24fb97bc10ac27ac8751a7dfe1baff8b953ec9f5833ca260e",
    ),
    (
        "9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79",
        "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d",
        "9046a64750444938de19f227bb80485e92b83fdb4b6506c160484c016cc1852f87909e14428a7a1d62e9f22f3d3ad7802db02eb2e688b6c52fcd6648a98bd009",
    ),
    (
        "e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c",
        "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d",
        "160a1cb0dc9c0258cd0a7d23e94d8fa878bcb1925f2c64246b2dee1796bed5125ec6bc982a269b723e0668e540911a9a6a58921d6925e434ab10aa7940551a09",
    ),
    (
        "e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c",
        "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d",
        "21122a84e0b5fca4052f5b1235c80a537878b38f3142356b2c2384ebad4668b7e40bc836dac0f71076f9abe3a53f9c03c1ceeeddb658d0030494ace586687405",
    ),
    (
        "85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40",
        "442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623",
        "e96f66be976d82e60150baecff9906684aebb1ef181f67a7189ac78ea23b6c0e547f7690a0e2ddcd04d87dbc3490dc19b3b3052f7ff0538cb68afb369ba3a514",
    ),
    (
        "85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40",
        "442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623",
        "8ce5b96c8f26d0ab6c47958c9e68b937104cd36e13c33566acd2fe8d38aa19427e71f98a473474f2f13f06f97c20d58cc3f54b8bd0d272f42b695dd7e89a8c22",
    ),
    (
        "9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41",
        "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff03be9678ac102edcd92b0210bb34d7428d12ffc5df5f37e359941266a4e35f0f",
    ),
    (
        "9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41",
        "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffca8c5b64cd208982aa38d4936621a4775aa233aa0505711d8fdcfdaa943d4908",
    ),
    (
        "e96b7021eb39c1a163b6da4e3093dcd3f21387da4cc4572be588fafae23c155b",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dca5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04",
    ),
    (
        "39a591f5321bbe07fd5a23dc2f39d025d74526615746727ceefd6e82ae65c06f",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dca5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04",
    ),
];

/// The group order L, little-endian.
const L: [u8; 32] = [
    0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
];

fn less_than_l(s: &[u8]) -> bool {
    for i in (0..32).rev() {
        if s[i] != L[i] {
            return s[i] < L[i];
        }
    }
    false
}

/// `s + L`, little-endian (no overflow for s < L).
fn plus_l(s: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    let mut carry = 0u16;
    for i in 0..32 {
        let sum = u16::from(s[i]) + u16::from(L[i]) + carry;
        out[i] = sum as u8;
        carry = sum >> 8;
    }
    out
}

/// What a 32-byte point encoding is: small order, mixed order or in the prime-order subgroup,
/// canonical or not, or not a point.
fn point_facts(bytes: &[u8; 32]) -> String {
    let Ok(key) = VerifyingKey::from_bytes(bytes) else { return "not a curve point".into() };
    let p = key.to_edwards();
    let order = if p.is_small_order() {
        "small order"
    } else if p.is_torsion_free() {
        "prime order"
    } else {
        "mixed order"
    };
    let canonical = if p.compress().to_bytes() == *bytes { "canonical" } else { "non-canonical encoding" };
    format!("{order}, {canonical}")
}

/// Writes the vectors (run by hand: `cargo test -p wallet-core --test ed25519_vectors -- --ignored`).
#[test]
#[ignore = "writes test-vectors/ed25519/"]
fn write_ed25519_vectors() {
    let _ = std::fs::remove_dir_all(dir());
    std::fs::create_dir_all(dir()).unwrap();
    let write = |file: &str, what: &str, source: Option<&str>, public: &[u8; 32], msg: &[u8], sig: &[u8; 64]| {
        let valid = verify_strict(public, msg, sig);
        let facts = format!(
            "A: {}. R: {}. S {} L. dalek's plain verify: {}; verify_strict: {}.",
            point_facts(public),
            point_facts(&sig[..32].try_into().unwrap()),
            if less_than_l(&sig[32..]) { "<" } else { "≥" },
            if verify_plain(public, msg, sig) { "accepts" } else { "rejects" },
            if valid { "accepts" } else { "rejects" },
        );
        let mut v = json!({
            "kind": "ed25519_verify_strict",
            "description": format!("{what} {facts}"),
            "inputs": { "public_key": hex::encode(public), "message": hex::encode(msg), "signature": hex::encode(sig) },
            "expected": { "valid": valid },
        });
        if let Some(source) = source {
            v["source"] = json!(source);
        }
        std::fs::write(dir().join(file), serde_json::to_string_pretty(&v).unwrap() + "\n").unwrap();
    };

    let notes = [
        "S = 0 with a small-order key and a small-order R: the equation holds for this message, verify_strict refuses both points.",
        "A small-order key, R of mixed order, 0 < S < L: refused for the key.",
        "A key of mixed order, a small-order R, the equation holds: refused for R.",
        "Key and R of mixed order, the cofactorless equation holds: accepted (verify_strict does not ask for torsion-free points).",
        "Key and R of mixed order; only the cofactored equation [8][S]B = [8]R + [8][k]A holds: refused (verify_strict checks the cofactorless [S]B = R + [k]A).",
        "A key of mixed order; only the cofactored equation holds (the speccheck case for a cofactor applied after reducing k): refused.",
        "S ≥ L: refused as a non-canonical scalar.",
        "S much larger than L (top bits set): refused.",
        "A non-canonical encoding of a small-order R: refused.",
        "A non-canonical encoding of a small-order R (the other way of reducing before hashing): refused.",
        "A non-canonical encoding of a small-order key: refused.",
        "A non-canonical encoding of a small-order key (the other way of reducing before hashing): refused.",
    ];
    let source = "https://github.com/novifinancial/ed25519-speccheck (cases.txt); Chalkias, Garillot, Nikolaenko, \"Taming the many EdDSAs\", 2020";
    for (n, ((msg, public, sig), note)) in SPECCHECK.iter().zip(notes).enumerate() {
        write(
            &format!("speccheck-{n:02}.json"),
            &format!("ed25519-speccheck case {n}. {note}"),
            Some(source),
            &h32(public),
            &hex::decode(msg).unwrap(),
            &h64(sig),
        );
    }

    // RFC 8032 section 7.1, TEST 1 and TEST 2: ordinary signatures.
    let rfc = "https://www.rfc-editor.org/rfc/rfc8032#section-7.1";
    let key1 = SigningKey::from_bytes(&h32("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    let sig1 = key1.sign(b"").to_bytes();
    let pub1 = key1.verifying_key().to_bytes();
    write("rfc8032-test1.json", "RFC 8032 TEST 1, the empty message: accepted.", Some(rfc), &pub1, b"", &sig1);
    let key2 = SigningKey::from_bytes(&h32("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
    write(
        "rfc8032-test2.json",
        "RFC 8032 TEST 2, a one-byte message: accepted.",
        Some(rfc),
        &key2.verifying_key().to_bytes(),
        &[0x72],
        &key2.sign(&[0x72]).to_bytes(),
    );
    write(
        "rfc8032-test1-other-message.json",
        "RFC 8032 TEST 1's signature over another message (0x00): refused.",
        Some(rfc),
        &pub1,
        &[0],
        &sig1,
    );
    let mut malleated = sig1;
    malleated[32..].copy_from_slice(&plus_l(&sig1[32..]));
    write(
        "rfc8032-test1-s-plus-l.json",
        "RFC 8032 TEST 1's signature with S replaced by S + L (the same scalar mod L, a second encoding): refused.",
        Some(rfc),
        &pub1,
        b"",
        &malleated,
    );

    // Small-order keys with R = identity and S = 0: a signature anyone can make. For each key
    // the first message `forged-<n>` for which the cofactorless equation [0]B = R + [k]A holds
    // (always for the identity; for a key of order 2, 4 or 8 when k is a multiple of it).
    let mut identity_sig = [0u8; 64];
    identity_sig[0] = 1;
    let small = [
        ("identity", "0100000000000000000000000000000000000000000000000000000000000000"),
        ("order-2", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        ("order-4", "0000000000000000000000000000000000000000000000000000000000000000"),
        ("order-8", "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
        ("identity-noncanonical", "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    ];
    for (name, public) in small {
        let public = h32(public);
        let msg = (0..1000)
            .map(|n| format!("forged-{n}").into_bytes())
            .find(|m| verify_plain(&public, m, &identity_sig))
            .unwrap_or_else(|| b"forged-0".to_vec());
        write(
            &format!("small-key-{name}.json"),
            &format!(
                "A forged signature (R = identity, S = 0) under the {name} public key, message \"{}\".",
                String::from_utf8_lossy(&msg)
            ),
            None,
            &public,
            &msg,
            &identity_sig,
        );
    }
    // y = p decodes as y = 0, the order-4 point (sqrt(-1), 0), in a non-canonical encoding.
    write(
        "key-y-equals-p.json",
        "The key y = p (non-canonical: y must be below p = 2^255 - 19), RFC 8032 TEST 1's message and signature.",
        None,
        &h32("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        b"",
        &sig1,
    );
}
