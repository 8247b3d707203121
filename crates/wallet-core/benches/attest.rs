//! Criterion bench for issue 12: opening and checking a share that presents 5 office
//! attestations vs the same share without them (decrypt, holder signature, then per attestation
//! the issuer signature, digests, key binding, trust list and status list). Prints the ratio.
//!
//! Run with `cargo bench -p wallet-core --bench attest`.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::HashMap;
use std::hint::black_box;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use criterion::Criterion;
use serde_json::json;
use wallet_core::attest::{
    AttestKind, IssueRequest, PresentationContext, Standing, StatusList, StatusRef, TrustList, TrustedAgency,
    audience_for_share, issue, present, verify_presentation,
};
use wallet_core::crypto::{IdentitySecret, SecretKey};
use wallet_core::keys::RootSecret;
use wallet_core::share::{
    ConsentText, MANIFEST_VERSION, Manifest, PresentedAttestation, ShareId, ShareKey, VerifyOptions, open_share,
    seal_share,
};

static TIMES: Mutex<Option<HashMap<&'static str, (Duration, u64)>>> = Mutex::new(None);

fn record(name: &'static str, elapsed: Duration, iters: u64) {
    let mut guard = TIMES.lock().unwrap();
    let entry = guard.get_or_insert_with(HashMap::new).entry(name).or_default();
    entry.0 += elapsed;
    entry.1 += iters;
}

fn mean(name: &str) -> f64 {
    let guard = TIMES.lock().unwrap();
    let (d, n) = guard.as_ref().unwrap()[name];
    d.as_secs_f64() / n as f64
}

const NOW: u64 = 1_790_000_000;

fn main() {
    let holder = RootSecret::from_bytes([2; 32]).derive();
    let issuer = IdentitySecret::from_seed(&SecretKey::from_bytes([1; 32]));
    let publisher = IdentitySecret::from_seed(&SecretKey::from_bytes([9; 32]));
    let uri = "https://relay.example.org/v1/status/issuer";
    let trust_token = TrustList::sign(
        &publisher,
        "Stadt Musterstadt",
        vec![TrustedAgency {
            name: "ABH".into(),
            kind: "auslaenderbehoerde".into(),
            ed25519: hex::encode(issuer.public()),
        }],
        NOW,
    );
    let statuses = HashMap::from([(uri.to_string(), StatusList::sign(&issuer, uri, 1024, &[7], NOW).unwrap())]);
    let id = ShareId([0x44; 16]);
    let aud = audience_for_share(&id.to_string());
    let attestations: Vec<PresentedAttestation> = (0..5)
        .map(|i| {
            let issued = issue(
                &issuer,
                &IssueRequest {
                    kind: AttestKind::Residence,
                    holder: holder.identity().public(),
                    claims: vec![
                        ("kind".into(), "aufenthaltserlaubnis".into()),
                        ("number".into(), format!("Y7F3K9L2{i}")),
                        ("valid_until".into(), "2027-12-31".into()),
                        ("legal_basis".into(), "§ 18a AufenthG".into()),
                        ("work_permitted".into(), "yes".into()),
                    ],
                    issued_at: NOW - 100,
                    expires_at: NOW + 86_400 * 365,
                    status: StatusRef { uri: uri.into(), idx: i },
                    issuer_name: "ABH".into(),
                },
            )
            .unwrap();
            let sd_jwt =
                present(&issued, &["kind".into(), "valid_until".into()], holder.identity(), &id.to_string(), &aud, NOW)
                    .unwrap();
            PresentedAttestation { item: format!("residence/{i}"), sd_jwt }
        })
        .collect();
    let manifest = |attestations: Vec<PresentedAttestation>| Manifest {
        v: MANIFEST_VERSION,
        share_id: id.to_string(),
        holder: holder.public_identity().to_hex(),
        audience: None,
        fields: vec!["profile".into(), "residence".into()],
        purpose: Some("Antrag auf Bürgergeld".into()),
        consent: ConsentText { lang: "de".into(), text: "x".repeat(900) },
        created_at: NOW,
        expires_at: NOW + 86_400 * 30,
        max_opens: None,
        revision: 1,
        live: false,
        revised_at: None,
        content: json!({"profile": {"family_name": "Al-Khatib", "given_names": "Amal"},
            "residence": (0..5).map(|i| json!({"id": i, "kind": "aufenthaltserlaubnis", "valid_until": "2027-12-31"})).collect::<Vec<_>>()}),
        attachments: Vec::new(),
        attestations,
    };
    let key = ShareKey::random().unwrap();
    let plain = seal_share(&holder, &manifest(Vec::new()), &id, &key, &[]).unwrap().ciphertext;
    let with = seal_share(&holder, &manifest(attestations), &id, &key, &[]).unwrap().ciphertext;
    let opts = || VerifyOptions { id, key: Some(key.clone()), agency: None, revision: 1, now: NOW };

    let mut c = Criterion::default().configure_from_args();
    let mut g = c.benchmark_group("share_check");
    g.bench_function("without_attestations", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                black_box(open_share(&opts(), &plain, None).unwrap());
            }
            let t = start.elapsed();
            record("without", t, iters);
            t
        })
    });
    g.bench_function("with_5_attestations", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                let opened = open_share(&opts(), &with, None).unwrap();
                let trust = TrustList::verify(&trust_token, &publisher.public()).unwrap();
                let ctx = PresentationContext {
                    holder: opened.holder.0,
                    share_id: &opened.manifest.share_id,
                    aud: &aud,
                    now: NOW,
                    trust: Some(&trust),
                    statuses: &statuses,
                };
                for a in &opened.manifest.attestations {
                    let v = verify_presentation(&a.sd_jwt, &ctx);
                    assert_eq!(v.standing, Standing::Confirmed);
                    black_box(v);
                }
            }
            let t = start.elapsed();
            record("with", t, iters);
            t
        })
    });
    g.finish();
    c.final_summary();
    if TIMES.lock().unwrap().as_ref().is_some_and(|m| m.contains_key("with") && m.contains_key("without")) {
        let (a, b) = (mean("without"), mean("with"));
        println!();
        println!(
            "RATIO share check with 5 attestations / without = {:.2}x  ({:.1} µs vs {:.1} µs; {:.1} µs per attestation)",
            b / a,
            b * 1e6,
            a * 1e6,
            (b - a) * 1e6 / 5.0
        );
    }
}
