//! Two copies of one wallet, edited independently through the typed API, converge when merged
//! in either order; and fields written by a newer version survive edits by this one.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use automerge::ReadDoc;
use automerge::transaction::Transactable;
use proptest::prelude::*;
use wallet_core::document::*;

#[derive(Debug, Clone)]
enum Op {
    SetText(usize, usize),
    ClearText(usize),
    SetAliases(Vec<usize>),
    SetLanguages(Vec<(usize, usize)>),
    AddCv(usize),
    RemoveCv(usize),
    AddCert(usize),
    RemoveCert(usize),
    AddResidence(usize),
}

const TEXT_FIELDS: [ProfileField; 8] = [
    ProfileField::GivenNames,
    ProfileField::FamilyName,
    ProfileField::BirthDate,
    ProfileField::BirthPlace,
    ProfileField::Nationality,
    ProfileField::Phone,
    ProfileField::Email,
    ProfileField::Address,
];
const WORDS: [&str; 6] = ["Amal", "Al-Khatib", "Alkhatib", "Ali", "Ahmad", "Mansour"];
const DATES: [&str; 6] = ["1990-01-01", "1994-03-17", "2001", "1988-12", "1975-06-30", "2000-02-29"];
const LANGS: [&str; 4] = ["Arabic", "Deutsch", "English", "Tigrinya"];
const LEVELS: [&str; 4] = ["native", "A2", "B1", "C1"];

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..8usize, 0..6usize).prop_map(|(f, v)| Op::SetText(f, v)),
        (0..8usize).prop_map(Op::ClearText),
        proptest::collection::vec(0..6usize, 0..4).prop_map(Op::SetAliases),
        proptest::collection::vec((0..4usize, 0..4usize), 0..4).prop_map(Op::SetLanguages),
        (0..6usize).prop_map(Op::AddCv),
        (0..8usize).prop_map(Op::RemoveCv),
        (0..6usize).prop_map(Op::AddCert),
        (0..8usize).prop_map(Op::RemoveCert),
        (0..6usize).prop_map(Op::AddResidence),
    ]
}

fn apply(doc: &mut WalletDoc, op: &Op) {
    match op {
        Op::SetText(f, v) => {
            let field = TEXT_FIELDS[*f];
            let value = if field == ProfileField::BirthDate { DATES[*v] } else { WORDS[*v] };
            doc.set_profile_text(field, Some(value)).unwrap();
        }
        Op::ClearText(f) => doc.set_profile_text(TEXT_FIELDS[*f], None).unwrap(),
        Op::SetAliases(list) => {
            let mut aliases: Vec<String> = list.iter().map(|i| WORDS[*i].to_string()).collect();
            aliases.dedup();
            doc.set_aliases(&aliases).unwrap();
        }
        Op::SetLanguages(list) => {
            let mut langs: Vec<LanguageSkill> = Vec::new();
            for (l, v) in list {
                langs.retain(|x| x.language != LANGS[*l]);
                langs.push(LanguageSkill { language: LANGS[*l].into(), level: LEVELS[*v].into() });
            }
            doc.set_languages(&langs).unwrap();
        }
        Op::AddCv(i) => {
            doc.add_cv(&CvEntry {
                kind: CvKind::ALL[i % 3],
                title: WORDS[*i].into(),
                organisation: None,
                place: None,
                from: Some(DATES[*i].into()),
                to: None,
                description: None,
            })
            .unwrap();
        }
        Op::RemoveCv(i) => {
            let items = doc.cv().unwrap();
            if !items.is_empty() {
                doc.remove(Section::Cv, items[i % items.len()].id.as_str()).unwrap();
            }
        }
        Op::AddCert(i) => {
            doc.add_certificate(&Certificate {
                kind: CertificateKind::Language,
                title: format!("Deutsch {}", LEVELS[i % 4]),
                issuer: None,
                issued_on: Some(DATES[*i].into()),
                cefr_level: None,
                exam: None,
                attachment: None,
            })
            .unwrap();
        }
        Op::RemoveCert(i) => {
            let items = doc.certificates().unwrap();
            if !items.is_empty() {
                doc.remove(Section::Certificates, items[i % items.len()].id.as_str()).unwrap();
            }
        }
        Op::AddResidence(i) => {
            doc.add_residence(&ResidencePaper {
                kind: ResidenceKind::ALL[i % ResidenceKind::ALL.len()],
                number: None,
                issued_on: Some(DATES[*i].into()),
                valid_until: None,
                authority: None,
                attachment: None,
                legal_basis: None,
                work: None,
                conditions: None,
            })
            .unwrap();
        }
    }
}

fn json(doc: &WalletDoc) -> serde_json::Value {
    serde_json::to_value(WalletJson::from_doc(doc, None).unwrap()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn independent_edits_converge_in_both_orders(
        base in proptest::collection::vec(op(), 0..6),
        ops_a in proptest::collection::vec(op(), 0..12),
        ops_b in proptest::collection::vec(op(), 0..12),
    ) {
        let mut origin = WalletDoc::new().unwrap();
        for o in &base { apply(&mut origin, o); }
        // Copy A and copy B start from the same saved bytes, as two devices would.
        let saved = origin.save();
        let mut a = WalletDoc::load(&saved).unwrap();
        let mut b = WalletDoc::load(&saved).unwrap();
        for o in &ops_a { apply(&mut a, o); }
        for o in &ops_b { apply(&mut b, o); }
        let ids_added_a: Vec<ItemId> = a.cv().unwrap().into_iter().map(|i| i.id).collect();

        let mut ab = a.fork().unwrap();
        let mut b2 = b.fork().unwrap();
        ab.merge(&mut b2).unwrap();
        let mut ba = b.fork().unwrap();
        let mut a2 = a.fork().unwrap();
        ba.merge(&mut a2).unwrap();

        prop_assert_eq!(json(&ab), json(&ba));
        prop_assert_eq!(ab.heads(), ba.heads());
        // Merging is idempotent: merging the same changes again changes nothing.
        let before = ab.heads();
        ab.merge(&mut ba).unwrap();
        prop_assert_eq!(ab.heads(), before);
        // An entry A added and B never saw survives unless A itself removed it.
        let merged_ids: Vec<ItemId> = ab.cv().unwrap().into_iter().map(|i| i.id).collect();
        let base_ids: Vec<ItemId> = WalletDoc::load(&saved).unwrap().cv().unwrap().into_iter().map(|i| i.id).collect();
        for id in ids_added_a.iter().filter(|id| !base_ids.contains(id)) {
            prop_assert!(merged_ids.contains(id), "entry {} added on A was lost", id);
        }
        // The merged document survives a save/load round trip unchanged.
        let reloaded = WalletDoc::load(&ab.save()).unwrap();
        prop_assert_eq!(json(&reloaded), json(&ab));
    }
}

#[test]
fn two_fresh_wallets_share_their_skeleton() {
    // Recovery on a new device starts from an empty document; its containers must be the same
    // objects as the original's, or the first merge would hide one side's profile.
    let mut a = WalletDoc::new().unwrap();
    let mut b = WalletDoc::new().unwrap();
    a.set_profile_text(ProfileField::FamilyName, Some("Al-Khatib")).unwrap();
    b.set_profile_text(ProfileField::GivenNames, Some("Amal")).unwrap();
    a.merge(&mut b).unwrap();
    let p = a.profile().unwrap();
    assert_eq!(p.family_name.as_deref(), Some("Al-Khatib"));
    assert_eq!(p.given_names.as_deref(), Some("Amal"));
}

#[test]
fn fields_from_a_newer_version_survive_edits_and_saves() {
    let mut doc = WalletDoc::new().unwrap();
    doc.set_profile_text(ProfileField::FamilyName, Some("Alkhatib")).unwrap();
    let keep = doc
        .add_cv(&CvEntry {
            kind: CvKind::Work,
            title: "Nurse".into(),
            organisation: None,
            place: None,
            from: None,
            to: None,
            description: None,
        })
        .unwrap();
    // A newer version adds a profile field, a field inside a CV entry and a whole section.
    {
        let am = doc.automerge();
        let (_, profile) = am.get(automerge::ROOT, "profile").unwrap().unwrap();
        am.put(&profile, "religion_optional", "not stated").unwrap();
        let (_, cv) = am.get(automerge::ROOT, "cv").unwrap().unwrap();
        let (_, entry) = am.get(&cv, keep.as_str()).unwrap().unwrap();
        am.put(&entry, "hours_per_week", 30_i64).unwrap();
        let section = am.put_object(automerge::ROOT, "driving_licences", automerge::ObjType::Map).unwrap();
        am.put(&section, "b", "2015-04-01").unwrap();
    }
    let mut doc = WalletDoc::load(&doc.save()).unwrap();
    // This version edits around them.
    doc.set_profile_text(ProfileField::FamilyName, Some("Al-Khatib")).unwrap();
    doc.set_aliases(&["Alkhatib".into()]).unwrap();
    doc.add_cv(&CvEntry {
        kind: CvKind::Training,
        title: "Course".into(),
        organisation: None,
        place: None,
        from: None,
        to: None,
        description: None,
    })
    .unwrap();
    let mut doc = WalletDoc::load(&doc.save()).unwrap();
    let am = doc.automerge();
    let (_, profile) = am.get(automerge::ROOT, "profile").unwrap().unwrap();
    let (v, _) = am.get(&profile, "religion_optional").unwrap().unwrap();
    assert_eq!(v.to_string(), "\"not stated\"");
    let (_, cv) = am.get(automerge::ROOT, "cv").unwrap().unwrap();
    let (_, entry) = am.get(&cv, keep.as_str()).unwrap().unwrap();
    assert!(am.get(&entry, "hours_per_week").unwrap().is_some());
    let (_, section) = am.get(automerge::ROOT, "driving_licences").unwrap().unwrap();
    assert!(am.get(&section, "b").unwrap().is_some());
    assert_eq!(doc.profile().unwrap().family_name.as_deref(), Some("Al-Khatib"));
}
