//! Writes the share format test vectors under `test-vectors/share/`.
//!
//! Run when the share format changes on purpose: `cargo run -p wallet-core --example make_share_vectors`.
//! `tests/share_vectors.rs` checks the code against the committed files. All keys here are
//! labelled test fixtures.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use serde_json::{Value, json};
use wallet_core::crypto::{self, Domain, SecretKey};
use wallet_core::keys::RootSecret;
use wallet_core::share::request::{request_message, sign_request_with_nonce};
use wallet_core::share::*;

const FIXTURE: &str = "TEST FIXTURE: this key material is public; never use it for a real wallet or office.";

fn write(dir: &Path, name: &str, value: Value) {
    std::fs::write(dir.join(name), serde_json::to_string_pretty(&value).unwrap() + "\n").unwrap();
    println!("wrote {name}");
}

fn manifest(id: &ShareId, holder: &str, audience: Option<Audience>, expires_at: u64) -> Manifest {
    Manifest {
        v: 1,
        share_id: id.to_string(),
        holder: holder.into(),
        audience,
        fields: vec!["profile.family_name".into(), "certificates/ab12cd34".into()],
        purpose: Some("Antrag auf Bürgergeld".into()),
        consent: ConsentText {
            lang: "en".into(),
            text: "Shared with: Jobcenter Musterstadt (test fixture text)".into(),
        },
        created_at: 1_795_564_800,
        expires_at,
        max_opens: Some(3),
        revision: 1,
        live: false,
        revised_at: None,
        content: json!({
            "profile": {"family_name": "Al-Khatib"},
            "certificates": [{"id": "ab12cd34", "kind": "language", "title": "Deutsch B1", "issuer": "telc gGmbH",
                "issued_on": "2023-01-20", "cefr_level": "B1", "exam": null}]
        }),
        attachments: vec![],
        attestations: vec![],
    }
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/share");
    std::fs::create_dir_all(&dir).unwrap();
    let holder = RootSecret::from_bytes([0x11; 32]).derive();
    let agency = RootSecret::from_bytes([0x22; 32]).derive();
    let other_agency = RootSecret::from_bytes([0x33; 32]).derive();
    let id = ShareId([0x44; 16]);
    let key = ShareKey(SecretKey::from_bytes([0x55; 32]));
    let nonce = [0x66; 24];
    let expires = 1_798_761_600; // 2027-01-01
    let now = 1_795_564_800; // 2026-11-25

    // Bearer share: fixed keys and nonce → fixed bytes.
    let m = manifest(&id, &holder.public_identity().to_hex(), None, expires);
    let blobs = [SharedBlob { size: 1234, sha256: [0x77; 32] }];
    let sealed = seal_share_with(&holder, &m, &id, &key, &blobs, &nonce).unwrap();
    let owner_msg = owner_message(&id, 1, expires, Some(3), &sealed.ciphertext, None, None, &blobs);
    write(
        &dir,
        "bearer-share.json",
        json!({
            "kind": "share_seal",
            "description": "A bearer share sealed with fixed holder key (root 11..), share id 44.., share key 55.., nonce 66... Sealing the manifest again gives exactly these bytes; opening them gives the manifest back. The owner message and signature are what the relay checks.",
            "note": FIXTURE,
            "inputs": {
                "holder_root_secret": hex::encode([0x11; 32]),
                "share_id": id.to_string(),
                "share_key": hex::encode(key.0.expose()),
                "nonce": hex::encode(nonce),
                "now": now,
                "manifest": serde_json::to_value(&m).unwrap(),
                "blobs": [{"size": 1234, "sha256": hex::encode([0x77; 32])}],
            },
            "expected": {
                "ciphertext": hex::encode(&sealed.ciphertext),
                "owner_message": hex::encode(&owner_msg),
                "owner_sig": hex::encode(sealed.owner_sig),
                "holder_fingerprint": holder.public_identity().fingerprint(),
                "link": ShareLink { relay: "https://relay.example.org".into(), id, key: Some(key.clone()) }.to_url().as_str(),
            }
        }),
    );

    let open_case = |name: &str,
                     what: &str,
                     ct: &[u8],
                     link_id: &ShareId,
                     revision: u32,
                     at: u64,
                     err: Option<&str>| {
        let mut v = json!({
            "kind": "share_open",
            "description": what,
            "inputs": {
                "share_id": link_id.to_string(),
                "share_key": hex::encode(key.0.expose()),
                "revision": revision,
                "now": at,
                "ciphertext": hex::encode(ct),
            },
        });
        match err {
            Some(e) => v["expected_error"] = json!(e),
            None => {
                v["expected"] =
                    json!({"manifest": serde_json::to_value(&m).unwrap(), "holder": holder.public_identity().to_hex()})
            }
        }
        write(&dir, name, v);
    };
    open_case(
        "bearer-open.json",
        "bearer-share.json's ciphertext opened with its link's key.",
        &sealed.ciphertext,
        &id,
        1,
        now,
        None,
    );
    let mut flipped = sealed.ciphertext.clone();
    flipped[200] ^= 1;
    open_case(
        "bearer-flipped-byte.json",
        "One bit of the ciphertext body flipped by the relay.",
        &flipped,
        &id,
        1,
        now,
        Some("integrity"),
    );
    let mut flipped_rev = sealed.ciphertext.clone();
    flipped_rev[26] ^= 1;
    open_case(
        "bearer-flipped-revision.json",
        "The revision in the header (bound as AAD) changed by the relay.",
        &flipped_rev,
        &id,
        1,
        now,
        Some("integrity"),
    );
    open_case(
        "bearer-wrong-link-id.json",
        "A genuine share served for another link's id.",
        &sealed.ciphertext,
        &ShareId([0x45; 16]),
        1,
        now,
        Some("wrong_share"),
    );
    open_case(
        "bearer-wrong-revision.json",
        "The relay says revision 2 but serves revision 1 (rollback).",
        &sealed.ciphertext,
        &id,
        2,
        now,
        Some("wrong_share"),
    );
    open_case(
        "bearer-expired.json",
        "Opened after the manifest's expiry, by a relay that keeps serving it.",
        &sealed.ciphertext,
        &id,
        1,
        expires,
        Some("expired"),
    );

    // A manifest whose signature was made by another key than the one in the envelope.
    let forged = {
        let json_bytes = serde_json::to_vec(&m).unwrap();
        let sig = other_agency.identity().sign(Domain::ShareManifest, &json_bytes);
        let mut env = vec![1u8];
        env.extend_from_slice(&holder.identity().public());
        env.extend_from_slice(&sig);
        env.extend_from_slice(&json_bytes);
        let mut out = Vec::new();
        out.extend_from_slice(b"MAPPE\x01\x04");
        out.extend_from_slice(&id.0);
        out.extend_from_slice(&1u32.to_be_bytes());
        out.extend_from_slice(&nonce);
        let sealed = crypto::seal(&key.0, &nonce, &out.clone(), &env);
        out.extend_from_slice(&sealed);
        out
    };
    open_case(
        "bearer-bad-signature.json",
        "Correctly encrypted under the share key, but the manifest signature was made by another key than the holder key in the envelope.",
        &forged,
        &id,
        1,
        now,
        Some("bad_signature"),
    );
    // A manifest signature used as if it were a request signature (domain separation).
    let nonce_text = "AAECAwQFBgcICQoLDA0ODw";
    let msg = request_message("POST", &format!("/v1/shares/{id}/revoke"), now, nonce_text, &crypto::sha256(b"{}"));
    let manifest_domain_sig = holder.identity().sign(Domain::ShareManifest, &msg);
    let good = sign_request_with_nonce(
        holder.identity(),
        "POST",
        &format!("/v1/shares/{id}/revoke"),
        now,
        nonce_text,
        &crypto::sha256(b"{}"),
    );
    write(
        &dir,
        "request-signature.json",
        json!({
            "kind": "request_signature",
            "description": "A revocation request signed by the holder (root 11..). `signature` verifies for the request domain; `manifest_domain_signature` is the same key's signature over the same bytes for the manifest domain and must be refused as a request signature.",
            "note": FIXTURE,
            "inputs": {"method": "POST", "path": format!("/v1/shares/{id}/revoke"), "time": now, "nonce": nonce_text, "body": "{}"},
            "expected": {
                "message": String::from_utf8(msg.clone()).unwrap(),
                "key": good.key,
                "signature": good.signature,
                "manifest_domain_signature": base64_url(&manifest_domain_sig),
            }
        }),
    );

    // Addressed share: key wrapped to the agency (HPKE output is random, so the bytes are stored).
    let card_aud = Audience {
        name: "Jobcenter Musterstadt".into(),
        kind: "jobcenter".into(),
        ed25519: hex::encode(agency.identity().public()),
        x25519: hex::encode(agency.agreement().public()),
    };
    let ma = manifest(&id, &holder.public_identity().to_hex(), Some(card_aud), expires);
    let sa = seal_share_with(&holder, &ma, &id, &key, &[], &nonce).unwrap();
    for (name, what, root, err) in [
        ("addressed-open.json", "An addressed share opened with the agency's key (root 22..).", [0x22u8; 32], None),
        (
            "addressed-other-agency.json",
            "The same share opened with another agency's key (root 33..).",
            [0x33u8; 32],
            Some("not_for_this_key"),
        ),
    ] {
        let mut v = json!({
            "kind": "share_open_addressed",
            "description": what,
            "note": FIXTURE,
            "inputs": {
                "share_id": id.to_string(),
                "agency_root_secret": hex::encode(root),
                "revision": 1,
                "now": now,
                "ciphertext": hex::encode(&sa.ciphertext),
                "wrapped_key": hex::encode(sa.wrapped_key.as_ref().unwrap()),
            },
        });
        match err {
            Some(e) => v["expected_error"] = json!(e),
            None => v["expected"] = json!({"manifest": serde_json::to_value(&ma).unwrap()}),
        }
        write(&dir, name, v);
    }
}

fn base64_url(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}
