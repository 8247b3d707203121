//! Field selection vectors (`test-vectors/selection/`, `docs/spec/share-v1.md` sections 3, 3.1 and
//! 3.2): a wallet document, a day and a list of paths; expected are the canonical paths (id
//! prefixes expanded, `residence/current` kept), the projected content and the scans, or the
//! error a bad path gives. The wasm core runs the same files (crates/wallet-wasm/test/vectors.test.mjs).
//!
//! Each file carries its wallet as saved Automerge bytes (so the item ids are fixed) and, for
//! reading, the wallet's JSON export, which the runner checks against the bytes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::PathBuf;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Value, json};
use wallet_core::crypto::SecretKey;
use wallet_core::document::{
    AttachmentMeta, Certificate, CertificateKind, CvEntry, CvKind, ItemId, LanguageSkill, ProfileField, ResidenceKind,
    ResidencePaper, WalletDoc, WalletJson,
};
use wallet_core::share::select;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/selection")
}

/// What `select` gave, in the vectors' JSON shape.
fn outcome(doc: &WalletDoc, paths: &[String], today: &str) -> Result<Value, String> {
    let s = select(doc, paths, today).map_err(|e| e.code().to_string())?;
    let attachments: Vec<Value> = s
        .attachments
        .iter()
        .map(|(owner, id, m)| {
            json!({ "owner": owner, "id": id, "name": m.name, "media_type": m.media_type, "size": m.size, "sha256": m.sha256 })
        })
        .collect();
    Ok(json!({ "paths": s.paths, "content": s.content, "attachments": attachments }))
}

fn load_doc(inputs: &Value) -> WalletDoc {
    WalletDoc::load(&B64.decode(inputs["wallet"]["automerge_b64"].as_str().unwrap()).unwrap()).unwrap()
}

#[test]
fn every_selection_vector_holds() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir()).unwrap().map(|e| e.unwrap().path()).collect();
    names.retain(|p| p.extension().is_some_and(|e| e == "json"));
    names.sort();
    let (mut good, mut bad) = (0, 0);
    for path in &names {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(v["description"].is_string(), "{name}");
        assert_eq!(v["kind"], "selection", "{name}");
        let i = &v["inputs"];
        let doc = load_doc(i);
        let export = serde_json::to_value(WalletJson::from_doc(&doc, None).unwrap()).unwrap();
        assert_eq!(export, i["wallet"]["json"], "{name}: the JSON copy does not match the Automerge bytes");
        let paths: Vec<String> = serde_json::from_value(i["paths"].clone()).unwrap();
        match (outcome(&doc, &paths, i["today"].as_str().unwrap()), v["expected_error"].as_str()) {
            (Ok(got), None) => {
                assert_eq!(got, v["expected"], "{name}");
                good += 1;
            }
            (Err(code), Some(want)) => {
                assert_eq!(code, want, "{name}");
                bad += 1;
            }
            (got, want) => panic!("{name}: got {got:?}, expected error {want:?}"),
        }
    }
    assert!(good >= 10 && bad >= 8, "good {good}, bad {bad}");
}

// ---- the generator -------------------------------------------------------------------------

fn s(text: &str) -> Option<String> {
    Some(text.to_string())
}

fn scan(doc: &mut WalletDoc, id: &str, name: &str, fill: u8) -> ItemId {
    let id = ItemId(id.to_string());
    let meta = AttachmentMeta {
        name: name.into(),
        media_type: "application/pdf".into(),
        size: 1000 + u64::from(fill),
        sha256: hex::encode([fill; 32]),
        key: SecretKey::from_bytes([fill; 32]),
    };
    doc.add_attachment(&id, &meta).unwrap();
    id
}

fn paper(
    kind: ResidenceKind,
    number: &str,
    issued_on: &str,
    valid_until: Option<&str>,
    attachment: Option<ItemId>,
) -> ResidencePaper {
    ResidencePaper {
        kind,
        number: s(number),
        issued_on: s(issued_on),
        valid_until: valid_until.map(str::to_string),
        authority: s("Ausländerbehörde Musterstadt"),
        attachment,
        legal_basis: None,
        work: None,
        conditions: None,
    }
}

/// The main wallet: a full profile, two CV entries, three certificates (the first two with ids
/// that share their first character, the third with a scan) and four residence papers: R1 valid
/// through "2026", R2 through 2026-12-31 and issued later than R1 (with a scan), R3 through
/// "2026-02", R4 expired 2025-12-31.
struct Main {
    doc: WalletDoc,
    cv: Vec<ItemId>,
    certs: Vec<ItemId>,
    papers: Vec<ItemId>,
}

fn main_wallet() -> Main {
    loop {
        let mut doc = WalletDoc::new().unwrap();
        doc.set_profile_text(ProfileField::GivenNames, Some("Rania")).unwrap();
        doc.set_profile_text(ProfileField::FamilyName, Some("Al-Khatib")).unwrap();
        doc.set_aliases(&["Rania Alkhatib".into()]).unwrap();
        doc.set_profile_text(ProfileField::BirthDate, Some("1990-04")).unwrap();
        doc.set_profile_text(ProfileField::BirthPlace, Some("Aleppo")).unwrap();
        doc.set_profile_text(ProfileField::Nationality, Some("SY")).unwrap();
        doc.set_languages(&[
            LanguageSkill { language: "Arabic".into(), level: "native".into() },
            LanguageSkill { language: "Deutsch".into(), level: "B1".into() },
        ])
        .unwrap();
        doc.set_profile_text(ProfileField::Phone, Some("+49 151 2345678")).unwrap();
        doc.set_profile_text(ProfileField::Email, Some("rania@example.org")).unwrap();
        doc.set_profile_text(ProfileField::Address, Some("Lindenstraße 5, 12345 Musterstadt")).unwrap();
        let cv = vec![
            doc.add_cv(&CvEntry {
                kind: CvKind::Work,
                title: "Maurerin".into(),
                organisation: s("Bauhof Aleppo"),
                place: s("Aleppo"),
                from: s("2012-03"),
                to: s("2015-12"),
                description: s("Mauerwerk, Schalung"),
            })
            .unwrap(),
            doc.add_cv(&CvEntry {
                kind: CvKind::Training,
                title: "Integrationskurs".into(),
                organisation: s("VHS Musterstadt"),
                place: None,
                from: s("2023"),
                to: None,
                description: None,
            })
            .unwrap(),
        ];
        let cert = |title: &str, level: Option<&str>, attachment: Option<ItemId>| Certificate {
            kind: CertificateKind::Language,
            title: title.into(),
            issuer: s("telc gGmbH"),
            issued_on: s("2024-06-14"),
            cefr_level: level.map(str::to_string),
            exam: None,
            attachment,
        };
        let a1 = scan(&mut doc, "a1a1a1a1", "telc-b1.pdf", 0x11);
        let certs = vec![
            doc.add_certificate(&cert("Deutsch A2", Some("A2"), None)).unwrap(),
            doc.add_certificate(&cert("Deutsch B1 Beruf", Some("B1"), None)).unwrap(),
            doc.add_certificate(&cert("Deutsch B1", Some("B1"), Some(a1))).unwrap(),
        ];
        let first = |i: usize| certs[i].as_str().chars().next().unwrap();
        // Certificates 1 and 2 share a first character (an ambiguous prefix); 3 does not.
        if first(0) != first(1) || first(2) == first(0) {
            continue;
        }
        let a2 = scan(&mut doc, "a2a2a2a2", "aufenthaltstitel.pdf", 0x22);
        use ResidenceKind::Aufenthaltserlaubnis as Permit;
        let papers = vec![
            doc.add_residence(&paper(Permit, "R1", "2024-01-10", Some("2026"), None)).unwrap(),
            doc.add_residence(&paper(Permit, "R2", "2025-06-01", Some("2026-12-31"), Some(a2))).unwrap(),
            doc.add_residence(&paper(ResidenceKind::Fiktionsbescheinigung, "R3", "2025-09-01", Some("2026-02"), None))
                .unwrap(),
            doc.add_residence(&paper(Permit, "R4", "2023-01-01", Some("2025-12-31"), None)).unwrap(),
        ];
        return Main { doc, cv, certs, papers };
    }
}

/// Writes the vectors (run by hand: `cargo test -p wallet-core --test selection_vectors -- --ignored`).
#[test]
#[ignore = "writes test-vectors/selection/"]
fn write_selection_vectors() {
    let _ = std::fs::remove_dir_all(dir());
    std::fs::create_dir_all(dir()).unwrap();
    let write = |file: &str, description: &str, doc: &mut WalletDoc, today: &str, paths: &[&str]| {
        let paths: Vec<String> = paths.iter().map(|p| p.to_string()).collect();
        let export = serde_json::to_value(WalletJson::from_doc(doc, None).unwrap()).unwrap();
        let mut v = json!({
            "description": description,
            "kind": "selection",
            "inputs": {
                "wallet": { "automerge_b64": B64.encode(doc.save()), "json": export },
                "today": today,
                "paths": paths,
            },
        });
        match outcome(doc, &paths, today) {
            Ok(expected) => v["expected"] = expected,
            Err(code) => v["expected_error"] = json!(code),
        }
        std::fs::write(dir().join(file), serde_json::to_string_pretty(&v).unwrap() + "\n").unwrap();
    };

    let Main { mut doc, cv, certs, papers } = main_wallet();
    let d = &mut doc;
    let today = "2026-01-15";
    write(
        "profile-whole.json",
        "`profile`: the whole profile, every field as in the JSON export.",
        d,
        today,
        &["profile"],
    );
    write(
        "profile-fields.json",
        "Single profile fields, including one contact field and a list: only those keys appear, nested as in the export.",
        d,
        today,
        &["profile.family_name", "profile.contact.email", "profile.languages"],
    );
    write(
        "profile-contact.json",
        "`profile.contact` shares every contact field (phone, email, address).",
        d,
        today,
        &["profile.contact"],
    );
    write(
        "sections-whole.json",
        "Whole lists: every CV entry, certificate and residence paper (expired ones too), oldest first, without the `attachment` key and without scans.",
        d,
        today,
        &["cv", "certificates", "residence"],
    );
    let prefix = certs[2].as_str()[..3].to_ascii_uppercase();
    write(
        "certificate-prefix-scan.json",
        "A certificate named by a unique id prefix in upper case, with its scan: the canonical path has the full lower-case id and `/scan`; the scan is listed with its owner.",
        d,
        today,
        &[&format!("certificates/{prefix}/scan")],
    );
    write(
        "item-and-section-merged.json",
        "One CV entry by its full id and then the whole CV: each path is kept, the entry appears once in the content.",
        d,
        today,
        &[&format!("cv/{}", cv[1]), "cv"],
    );
    write(
        "whitespace-trimmed.json",
        "Paths with spaces around them are trimmed: the canonical paths have none.",
        d,
        today,
        &[" profile.family_name ", "\tcv "],
    );
    write(
        "scan-twice.json",
        "The same scan asked for twice (by full id and by prefix): two canonical paths, one attachment.",
        d,
        today,
        &[&format!("certificates/{}/scan", certs[2]), &format!("certificates/{}/scan", &certs[2].as_str()[..4])],
    );
    write(
        "residence-current-tie.json",
        "residence/current on 2026-01-15: R1 (valid_until \"2026\", read as 2026-12-31) and R2 (2026-12-31) end on the same day; R2 was issued later and wins. R3 (\"2026-02\") ends earlier, R4 has expired. The path stays `residence/current`.",
        d,
        today,
        &["residence/current"],
    );
    write(
        "residence-current-last-day.json",
        "residence/current on 2026-12-31, the last day of R1 and R2: a paper is valid through its valid_until day, so R2 is still current.",
        d,
        "2026-12-31",
        &["residence/current"],
    );
    write(
        "residence-current-scan.json",
        "residence/current/scan: the current paper (R2) with its scan; the attachment's owner names the paper's full id.",
        d,
        today,
        &["residence/current/scan"],
    );
    write(
        "residence-current-none.json",
        "residence/current on 2027-01-01: every paper has expired, so there is no current paper: not_found.",
        d,
        "2027-01-01",
        &["residence/current"],
    );
    write("empty.json", "No paths at all: invalid_value (choose at least one field).", d, today, &[]);
    write(
        "unknown-profile-field.json",
        "`profile.shoe_size` is not a profile field: invalid_value.",
        d,
        today,
        &["profile.shoe_size"],
    );
    write("unknown-section.json", "`passport` is not a section: invalid_value.", d, today, &["passport"]);
    write(
        "cv-scan.json",
        "CV entries have no scans: `cv/<id>/scan` is invalid_value.",
        d,
        today,
        &[&format!("cv/{}/scan", cv[0])],
    );
    write("missing-id.json", "`cv/` with nothing after the slash: invalid_value.", d, today, &["cv/"]);
    write(
        "too-many-parts.json",
        "`residence/current/scan/front`: too many parts, invalid_value.",
        d,
        today,
        &["residence/current/scan/front"],
    );
    let shared = certs[0].as_str()[..1].to_string();
    write(
        "ambiguous-prefix.json",
        "A one-character prefix that two certificate ids start with: ambiguous_id.",
        d,
        today,
        &[&format!("certificates/{shared}")],
    );
    write(
        "unknown-id.json",
        "`certificates/uuuu`: no id starts with it (u is not in the id alphabet): not_found.",
        d,
        today,
        &["certificates/uuuu"],
    );
    write(
        "residence-no-scan.json",
        "The scan of a residence paper that has none (R1): invalid_value.",
        d,
        today,
        &[&format!("residence/{}/scan", papers[0])],
    );
    write(
        "one-bad-path-spoils-all.json",
        "A good path followed by a bad one: the whole selection fails with the bad path's error (invalid_value).",
        d,
        today,
        &["profile", "profile.shoe_size"],
    );

    // Partial months: "2026-02" is valid through the end of February.
    let mut doc = WalletDoc::new().unwrap();
    doc.set_profile_text(ProfileField::FamilyName, Some("Haddad")).unwrap();
    use ResidenceKind::Aufenthaltserlaubnis as Permit;
    doc.add_residence(&paper(Permit, "M1", "2025-01-01", Some("2026-02"), None)).unwrap();
    doc.add_residence(&paper(Permit, "M2", "2025-05-01", Some("2026-02-27"), None)).unwrap();
    write(
        "residence-current-month-end.json",
        "residence/current on 2026-02-28: M1 (valid_until \"2026-02\") is still valid, M2 (2026-02-27) has expired, so M1 is current.",
        &mut doc,
        "2026-02-28",
        &["residence/current"],
    );
    write(
        "residence-current-month-longer.json",
        "residence/current on 2026-02-10: M1 (\"2026-02\", valid to the end of February) outlasts M2 (2026-02-27) although M2 was issued later.",
        &mut doc,
        "2026-02-10",
        &["residence/current"],
    );
    write(
        "section-empty.json",
        "`cv` on a wallet without CV entries: the path is kept, the content has no `cv` key at all.",
        &mut doc,
        "2026-02-10",
        &["cv"],
    );
    write(
        "profile-unset-field.json",
        "A profile field that is not filled in (birth_place) is shared as null.",
        &mut doc,
        "2026-02-10",
        &["profile.birth_place"],
    );

    // A settlement permit has no end date and counts as valid longest.
    let mut doc = WalletDoc::new().unwrap();
    doc.set_profile_text(ProfileField::FamilyName, Some("Karimi")).unwrap();
    doc.add_residence(&paper(Permit, "S1", "2025-01-01", Some("2030"), None)).unwrap();
    doc.add_residence(&paper(ResidenceKind::Niederlassungserlaubnis, "S2", "2020-05-05", None, None)).unwrap();
    write(
        "residence-current-unlimited.json",
        "residence/current: S2 has no valid_until (a settlement permit) and is current, ahead of S1 valid through \"2030\".",
        &mut doc,
        "2026-01-15",
        &["residence/current"],
    );
    // A complete tie (same valid_until, same issued_on): the paper listed last, the one with the
    // greater id, wins.
    let mut tie = WalletDoc::new().unwrap();
    let t1 = tie.add_residence(&paper(Permit, "T1", "2025-03-03", Some("2027-06"), None)).unwrap();
    let t2 = tie.add_residence(&paper(Permit, "T2", "2025-03-03", Some("2027-06"), None)).unwrap();
    let last = if t1 > t2 { "T1" } else { "T2" };
    write(
        "residence-current-complete-tie.json",
        &format!(
            "residence/current with two papers equal in valid_until (\"2027-06\") and issued_on: the one listed last (greater id, here {last}) wins."
        ),
        &mut tie,
        "2026-01-15",
        &["residence/current"],
    );
    write(
        "residence-current-no-scan.json",
        "residence/current/scan when the current paper (S2) has no scan: invalid_value.",
        &mut doc,
        "2026-01-15",
        &["residence/current/scan"],
    );
}
