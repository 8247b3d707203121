//! Office attestations end to end inside the core: issue → import → present in a share → verdict,
//! and every way a presentation can be wrong, each with its own verdict and never "confirmed".
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashMap;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde_json::{Value, json};
use wallet_core::attest::sdjwt::{Disclosure, SdJwt, key_binding};
use wallet_core::attest::{
    AttestKind, Held, IssueRequest, PresentationContext, Standing, StatusList, StatusRef, TrustList, TrustedAgency,
    Verdict, audience_for_agency, audience_for_share, issue, present, verify_presentation,
};
use wallet_core::crypto::{IdentitySecret, SecretKey};

const NOW: u64 = 1_790_000_000;
const DAY: u64 = 86_400;
const URI: &str = "https://relay.example.org/v1/status/abc";
const SHARE: &str = "AAAAAAAAAAAAAAAAAAAAAA";

fn key(seed: u8) -> IdentitySecret {
    IdentitySecret::from_seed(&SecretKey::from_bytes([seed; 32]))
}

fn permit(issuer: &IdentitySecret, holder: &IdentitySecret, idx: u64, number: &str) -> String {
    let req = IssueRequest {
        kind: AttestKind::Residence,
        holder: holder.public(),
        claims: vec![
            ("kind".into(), "aufenthaltserlaubnis".into()),
            ("number".into(), number.into()),
            ("valid_from".into(), "2025-07-01".into()),
            ("valid_until".into(), "31.12.2027".into()),
            ("legal_basis".into(), "§ 18a AufenthG".into()),
            ("work_permitted".into(), "yes".into()),
        ],
        issued_at: NOW - 10 * DAY,
        expires_at: NOW + 300 * DAY,
        status: StatusRef { uri: URI.into(), idx },
        issuer_name: "Ausländerbehörde Musterstadt".into(),
    };
    issue(issuer, &req).unwrap()
}

struct World {
    issuer: IdentitySecret,
    holder: IdentitySecret,
    trust: TrustList,
    statuses: HashMap<String, String>,
}

fn world() -> World {
    let issuer = key(1);
    let publisher = key(9);
    let agencies = vec![TrustedAgency {
        name: "Ausländerbehörde Musterstadt".into(),
        kind: "auslaenderbehoerde".into(),
        ed25519: hex::encode(issuer.public()),
    }];
    let token = TrustList::sign(&publisher, "Stadt Musterstadt", agencies, NOW - DAY);
    let trust = TrustList::verify(&token, &publisher.public()).unwrap();
    let status = StatusList::sign(&issuer, URI, 8, &[2], NOW - 60).unwrap();
    World { issuer, holder: key(2), trust, statuses: HashMap::from([(URI.to_string(), status)]) }
}

fn judge(w: &World, text: &str, holder: &IdentitySecret, trust: Option<&TrustList>, now: u64) -> Verdict {
    let aud = audience_for_share(SHARE);
    let ctx =
        PresentationContext { holder: holder.public(), share_id: SHARE, aud: &aud, now, trust, statuses: &w.statuses };
    verify_presentation(text, &ctx)
}

fn chosen() -> Vec<String> {
    vec!["kind".into(), "valid_until".into()]
}

#[test]
fn a_permit_shown_with_two_facts_is_confirmed_with_only_those_and_the_rest_cannot_be_recovered() {
    let w = world();
    let issued = permit(&w.issuer, &w.holder, 0, "Y7F3K9L2M");
    let (held, kept) = Held::import(&issued, &w.holder.public(), NOW).unwrap();
    assert_eq!(held.claims.len(), 6);
    assert_eq!(held.claims["valid_until"], json!("2027-12-31"), "German dates are stored as ISO dates");
    assert_eq!(held.claims["work_permitted"], json!(true));
    let shown = present(&kept, &chosen(), &w.holder, SHARE, &audience_for_share(SHARE), NOW).unwrap();

    let v = judge(&w, &shown, &w.holder, Some(&w.trust), NOW);
    assert_eq!(v.standing, Standing::Confirmed, "{v:?}");
    assert_eq!(v.issuer_name.as_deref(), Some("Ausländerbehörde Musterstadt"));
    assert_eq!(v.claims.keys().cloned().collect::<Vec<_>>(), ["kind", "valid_until"]);
    assert_eq!(v.status_as_of, Some(NOW - 60));

    // Nothing of the other four facts travels: not in clear, not in any decoded part.
    let mut decoded = String::new();
    for part in shown.split(['~', '.']) {
        if let Ok(bytes) = B64.decode(part) {
            decoded.push_str(&String::from_utf8_lossy(&bytes));
        }
    }
    for secret in ["Y7F3K9L2M", "18a", "2025-07-01", "work_permitted", "number", "legal_basis"] {
        assert!(!shown.contains(secret) && !decoded.contains(secret), "{secret} leaked");
    }
    assert_eq!(SdJwt::parse(&shown).unwrap().disclosures.len(), 2);
}

#[test]
fn every_wrong_presentation_gets_its_own_verdict_and_never_confirmed() {
    let w = world();
    let issued = permit(&w.issuer, &w.holder, 0, "Y7F3K9L2M");
    let (_, kept) = Held::import(&issued, &w.holder.public(), NOW).unwrap();
    let aud = audience_for_share(SHARE);
    let good = present(&kept, &chosen(), &w.holder, SHARE, &aud, NOW).unwrap();
    let mut cases: Vec<(&str, Verdict, Standing, Option<&str>)> = Vec::new();

    // A fact changed after issuing: its digest is not among the signed ones.
    let sd = SdJwt::parse(&good).unwrap();
    let mut forged = sd.clone();
    let d = &forged.disclosures[0];
    let value = if d.name.as_deref() == Some("kind") { json!("niederlassungserlaubnis") } else { json!("2099-12-31") };
    forged.disclosures[0] = Disclosure::new(&d.salt, d.name.as_deref(), value);
    let changed = format!("{}{}", forged.issued_part(), key_binding(&w.holder, &forged, SHARE, &aud, NOW));
    cases.push((
        "changed fact",
        judge(&w, &changed, &w.holder, Some(&w.trust), NOW),
        Standing::Invalid,
        Some("bad_disclosure"),
    ));

    // A disclosure taken from another attestation of the same person and office.
    let other = permit(&w.issuer, &w.holder, 1, "OTHER0001");
    let other_number =
        SdJwt::parse(&other).unwrap().disclosures.into_iter().find(|d| d.name.as_deref() == Some("number")).unwrap();
    let mut mixed = sd.clone();
    mixed.disclosures.push(other_number);
    let mixed = format!("{}{}", mixed.issued_part(), key_binding(&w.holder, &mixed, SHARE, &aud, NOW));
    cases.push((
        "foreign disclosure",
        judge(&w, &mixed, &w.holder, Some(&w.trust), NOW),
        Standing::Invalid,
        Some("bad_disclosure"),
    ));

    // Another person's attestation presented by this holder (bound with this holder's key).
    let stranger = key(3);
    let theirs = permit(&w.issuer, &stranger, 3, "Z1Z1Z1Z1Z");
    let mut theirs_sd = SdJwt::parse(&theirs).unwrap();
    theirs_sd.disclosures.retain(|d| d.name.as_deref() == Some("kind"));
    let borrowed = format!("{}{}", theirs_sd.issued_part(), key_binding(&w.holder, &theirs_sd, SHARE, &aud, NOW));
    cases.push((
        "other person's key",
        judge(&w, &borrowed, &w.holder, Some(&w.trust), NOW),
        Standing::Invalid,
        Some("other_holder"),
    ));
    assert!(present(&theirs, &chosen(), &w.holder, SHARE, &aud, NOW).is_err(), "the core refuses to present it");

    // Bound to another share, or to another receiver.
    let replayed = present(&kept, &chosen(), &w.holder, "BBBBBBBBBBBBBBBBBBBBBB", &aud, NOW).unwrap();
    cases.push((
        "other share",
        judge(&w, &replayed, &w.holder, Some(&w.trust), NOW),
        Standing::Invalid,
        Some("bad_key_binding"),
    ));
    let elsewhere = present(&kept, &chosen(), &w.holder, SHARE, &audience_for_agency(&"ab".repeat(32)), NOW).unwrap();
    cases.push((
        "other receiver",
        judge(&w, &elsewhere, &w.holder, Some(&w.trust), NOW),
        Standing::Invalid,
        Some("bad_key_binding"),
    ));

    // The issuer-signed part altered.
    let (jwt, rest) = good.split_once('~').unwrap();
    let mut parts: Vec<String> = jwt.split('.').map(str::to_string).collect();
    let mut payload: Value = serde_json::from_slice(&B64.decode(&parts[1]).unwrap()).unwrap();
    payload["exp"] = json!(NOW + 9000 * DAY);
    parts[1] = B64.encode(serde_json::to_vec(&payload).unwrap());
    let resigned = format!("{}~{rest}", parts.join("."));
    cases.push((
        "altered JWT",
        judge(&w, &resigned, &w.holder, Some(&w.trust), NOW),
        Standing::Invalid,
        Some("bad_signature"),
    ));

    // Expired, withdrawn, untrusted, status unknown.
    cases.push(("expired", judge(&w, &good, &w.holder, Some(&w.trust), NOW + 301 * DAY), Standing::Expired, None));
    let withdrawn_issued = permit(&w.issuer, &w.holder, 2, "WWWWWWWWW");
    let withdrawn = present(&withdrawn_issued, &chosen(), &w.holder, SHARE, &aud, NOW).unwrap();
    cases.push(("withdrawn", judge(&w, &withdrawn, &w.holder, Some(&w.trust), NOW), Standing::Withdrawn, None));
    let unknown_issuer = key(7);
    let foreign = present(&permit(&unknown_issuer, &w.holder, 0, "X"), &chosen(), &w.holder, SHARE, &aud, NOW).unwrap();
    cases.push((
        "issuer not listed",
        judge(&w, &foreign, &w.holder, Some(&w.trust), NOW),
        Standing::UntrustedIssuer,
        None,
    ));
    cases.push(("no trust list", judge(&w, &good, &w.holder, None, NOW), Standing::UntrustedIssuer, None));
    let beyond = present(&permit(&w.issuer, &w.holder, 40, "B"), &chosen(), &w.holder, SHARE, &aud, NOW).unwrap();
    cases.push((
        "index beyond the list",
        judge(&w, &beyond, &w.holder, Some(&w.trust), NOW),
        Standing::StatusUnknown,
        None,
    ));
    let no_lists = World { statuses: HashMap::new(), ..world() };
    cases.push((
        "status list missing",
        judge(&no_lists, &good, &w.holder, Some(&w.trust), NOW),
        Standing::StatusUnknown,
        None,
    ));

    for (name, verdict, standing, reason) in &cases {
        assert_eq!(verdict.standing, *standing, "{name}: {verdict:?}");
        assert_eq!(verdict.reason.as_deref(), *reason, "{name}");
        if *standing == Standing::Invalid {
            assert!(verdict.claims.is_empty() && verdict.issuer_name.is_none(), "{name}: an invalid one shows nothing");
        }
    }
    assert_eq!(cases.len(), 12);
}

#[test]
fn import_refuses_another_persons_attestation_an_expired_one_and_a_presentation() {
    let w = world();
    let issued = permit(&w.issuer, &w.holder, 0, "N");
    assert_eq!(Held::import(&issued, &key(3).public(), NOW).unwrap_err().code(), "other_holder");
    assert_eq!(Held::import(&issued, &w.holder.public(), NOW + 400 * DAY).unwrap_err().code(), "expired");
    let shown = present(&issued, &chosen(), &w.holder, SHARE, "x", NOW).unwrap();
    assert_eq!(Held::import(&shown, &w.holder.public(), NOW).unwrap_err().code(), "malformed");
    let mut flipped = issued.clone().into_bytes();
    let i = flipped.iter().position(|b| *b == b'.').unwrap() + 5;
    flipped[i] = if flipped[i] == b'A' { b'B' } else { b'A' };
    assert!(Held::import(std::str::from_utf8(&flipped).unwrap(), &w.holder.public(), NOW).is_err());
}

#[test]
fn issuing_refuses_unknown_facts_missing_required_ones_and_bad_values() {
    let w = world();
    let base = IssueRequest {
        kind: AttestKind::Certificate,
        holder: w.holder.public(),
        claims: vec![("kind".into(), "telc Deutsch B1".into()), ("level".into(), "B1".into())],
        issued_at: NOW,
        expires_at: NOW + DAY,
        status: StatusRef { uri: URI.into(), idx: 0 },
        issuer_name: "Sprachschule".into(),
    };
    assert!(issue(&w.issuer, &base).is_ok());
    for (claims, why) in [
        (vec![("level".to_string(), "B1".to_string())], "needs `kind`"),
        (vec![("kind".into(), "x".into()), ("number".into(), "1".into())], "has no claim `number`"),
        (vec![("kind".into(), "x".into()), ("date".into(), "31.02.2020".into())], "not a date"),
        (vec![("kind".into(), "x".into()), ("kind".into(), "y".into())], "given twice"),
    ] {
        let err = issue(&w.issuer, &IssueRequest { claims, ..base.clone() }).unwrap_err().to_string();
        assert!(err.contains(why), "{err}");
    }
    let backwards = IssueRequest { expires_at: NOW, ..base };
    assert!(issue(&w.issuer, &backwards).is_err());
}
