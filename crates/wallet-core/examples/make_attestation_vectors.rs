//! Writes `test-vectors/attestation/*.json`: presentations of Mappe attestations with the
//! verdict each must get. Salts are random, so the files are made once and committed; run again
//! only when the format changes: `cargo run -p wallet-core --example make_attestation_vectors`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use serde_json::{Value, json};
use wallet_core::attest::sdjwt::{Disclosure, SdJwt, key_binding};
use wallet_core::attest::{
    AttestKind, IssueRequest, PresentationContext, StatusList, StatusRef, TrustList, TrustedAgency,
    audience_for_agency, audience_for_share, issue, present, verify_presentation,
};
use wallet_core::crypto::{IdentitySecret, SecretKey};

const NOW: u64 = 1_790_000_000;
const DAY: u64 = 86_400;
const SHARE: &str = "AAAAAAAAAAAAAAAAAAAAAA";

fn key(seed: u8) -> IdentitySecret {
    IdentitySecret::from_seed(&SecretKey::from_bytes([seed; 32]))
}

fn permit(issuer: &IdentitySecret, holder: &IdentitySecret, uri: &str, idx: u64, number: &str) -> String {
    issue(
        issuer,
        &IssueRequest {
            kind: AttestKind::Residence,
            holder: holder.public(),
            claims: vec![
                ("kind".into(), "aufenthaltserlaubnis".into()),
                ("number".into(), number.into()),
                ("valid_from".into(), "2025-07-01".into()),
                ("valid_until".into(), "2027-12-31".into()),
                ("legal_basis".into(), "§ 18a AufenthG".into()),
                ("work_permitted".into(), "yes".into()),
            ],
            issued_at: NOW - 10 * DAY,
            expires_at: NOW + 300 * DAY,
            status: StatusRef { uri: uri.into(), idx },
            issuer_name: "Ausländerbehörde Musterstadt".into(),
        },
    )
    .unwrap()
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/attestation");
    std::fs::create_dir_all(&dir).unwrap();
    let issuer = key(1);
    let holder = key(2);
    let publisher = key(9);
    let uri = format!("https://relay.example.org/v1/status/{}", hex::encode(issuer.public()));
    let trust_token = TrustList::sign(
        &publisher,
        "Stadt Musterstadt",
        vec![TrustedAgency {
            name: "Ausländerbehörde Musterstadt".into(),
            kind: "auslaenderbehoerde".into(),
            ed25519: hex::encode(issuer.public()),
        }],
        NOW - DAY,
    );
    let status_token = StatusList::sign(&issuer, &uri, 8, &[2], NOW - 60).unwrap();
    let aud = audience_for_share(SHARE);
    let chosen: Vec<String> = vec!["kind".into(), "valid_until".into()];
    let good_issued = permit(&issuer, &holder, &uri, 0, "Y7F3K9L2M");
    let good = present(&good_issued, &chosen, &holder, SHARE, &aud, NOW).unwrap();
    let sd = SdJwt::parse(&good).unwrap();

    let mut forged = sd.clone();
    let d = forged.disclosures.iter().position(|d| d.name.as_deref() == Some("valid_until")).unwrap();
    forged.disclosures[d] =
        Disclosure::new(&forged.disclosures[d].salt.clone(), Some("valid_until"), json!("2099-12-31"));
    let changed = format!("{}{}", forged.issued_part(), key_binding(&holder, &forged, SHARE, &aud, NOW));

    let other = permit(&issuer, &holder, &uri, 1, "OTHER0001");
    let number = SdJwt::parse(&other).unwrap().disclosures.into_iter().find(|d| d.name.as_deref() == Some("number"));
    let mut mixed = sd.clone();
    mixed.disclosures.push(number.unwrap());
    let mixed = format!("{}{}", mixed.issued_part(), key_binding(&holder, &mixed, SHARE, &aud, NOW));

    let stranger = key(3);
    let mut theirs = SdJwt::parse(&permit(&issuer, &stranger, &uri, 3, "Z1Z1Z1Z1Z")).unwrap();
    theirs.disclosures.retain(|d| d.name.as_deref() == Some("kind"));
    let borrowed = format!("{}{}", theirs.issued_part(), key_binding(&holder, &theirs, SHARE, &aud, NOW));

    let other_share = present(&good_issued, &chosen, &holder, "BBBBBBBBBBBBBBBBBBBBBB", &aud, NOW).unwrap();
    let other_aud =
        present(&good_issued, &chosen, &holder, SHARE, &audience_for_agency(&"ab".repeat(32)), NOW).unwrap();
    let withdrawn =
        present(&permit(&issuer, &holder, &uri, 2, "WWWWWWWWW"), &chosen, &holder, SHARE, &aud, NOW).unwrap();
    let unlisted = present(&permit(&key(7), &holder, &uri, 0, "X"), &chosen, &holder, SHARE, &aud, NOW).unwrap();
    let beyond = present(&permit(&issuer, &holder, &uri, 40, "B"), &chosen, &holder, SHARE, &aud, NOW).unwrap();

    let (jwt, rest) = good.split_once('~').unwrap();
    let mut parts: Vec<&str> = jwt.split('.').collect();
    let payload = {
        use base64::Engine as _;
        let b = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let mut p: Value = serde_json::from_slice(&b.decode(parts[1]).unwrap()).unwrap();
        p["exp"] = json!(NOW + 9000 * DAY);
        b.encode(serde_json::to_vec(&p).unwrap())
    };
    parts[1] = &payload;
    let altered = format!("{}~{rest}", parts.join("."));

    let cases: Vec<(&str, &str, String, u64)> = vec![
        (
            "confirmed",
            "Kind and valid-until of a permit, bound to the share, issuer listed, not withdrawn.",
            good.clone(),
            NOW,
        ),
        ("changed-fact", "valid_until changed to 2099-12-31 after issuing (digest not signed).", changed, NOW),
        (
            "foreign-disclosure",
            "The number disclosure of another attestation of the same person and office added.",
            mixed,
            NOW,
        ),
        ("other-holder", "Another person's attestation, bound with this holder's key.", borrowed, NOW),
        ("other-share", "Bound to another share id (nonce).", other_share, NOW),
        ("other-audience", "Bound to another receiver (aud).", other_aud, NOW),
        ("altered-jwt", "The issuer-signed JWT's exp changed (signature no longer matches).", altered, NOW),
        ("expired", "The confirmed presentation, judged after exp.", good.clone(), NOW + 301 * DAY),
        ("withdrawn", "Index 2, set in the issuer's status list.", withdrawn, NOW),
        ("untrusted-issuer", "Signed by an office that is not on the trust list.", unlisted, NOW),
        ("status-unknown", "Index 40, beyond the status list's length.", beyond, NOW),
    ];
    for (name, description, presentation, now) in cases {
        let statuses = std::collections::HashMap::from([(uri.clone(), status_token.clone())]);
        let trust = TrustList::verify(&trust_token, &publisher.public()).unwrap();
        let ctx = PresentationContext {
            holder: holder.public(),
            share_id: SHARE,
            aud: &aud,
            now,
            trust: Some(&trust),
            statuses: &statuses,
        };
        let verdict = verify_presentation(&presentation, &ctx);
        let value = json!({
            "kind": "mappe_attestation_presentation",
            "description": description,
            "spec": "docs/spec/attestation-v1.md",
            "inputs": {
                "presentation": presentation,
                "holder": hex::encode(holder.public()),
                "share_id": SHARE,
                "aud": aud,
                "now": now,
                "trust_list": trust_token,
                "trust_key": hex::encode(publisher.public()),
                "status_lists": { uri.clone(): status_token },
            },
            "expected": verdict,
        });
        let file = dir.join(format!("{name}.json"));
        std::fs::write(&file, serde_json::to_string_pretty(&value).unwrap() + "\n").unwrap();
        println!("wrote {}", file.display());
    }
}
