//! `attention::notices`: what needs the person's attention, most urgent first (issue 13).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use wallet_core::WalletDoc;
use wallet_core::attention::{NoticeKind, Opens, Urgency, ended_entries, notices, notices_with_opens};
use wallet_core::crypto::SecretKey;
use wallet_core::document::{ResidenceKind, ResidencePaper, ShareRecord};
use wallet_core::time::{date_of, unix_of_date};

const DAY: u64 = 86_400;

fn paper(kind: ResidenceKind, until: &str) -> ResidencePaper {
    ResidencePaper {
        kind,
        number: None,
        issued_on: None,
        valid_until: Some(until.into()),
        authority: None,
        attachment: None,
        legal_basis: None,
        work: None,
        conditions: None,
    }
}

#[test]
fn a_permit_ending_in_45_days_comes_before_an_expired_duldung_which_is_marked_expired() {
    let now = unix_of_date("2026-12-01").unwrap() + 10 * 3600;
    let mut doc = WalletDoc::new().unwrap();
    let duldung = doc.add_residence(&paper(ResidenceKind::Duldung, "2025-06-30")).unwrap();
    let permit = doc.add_residence(&paper(ResidenceKind::Aufenthaltserlaubnis, &date_of(now + 45 * DAY))).unwrap();
    let list = notices(&doc, now).unwrap();
    assert_eq!(list.len(), 2, "{list:?}");
    assert_eq!(list[0].subject, format!("residence/{permit}"));
    assert_eq!((list[0].kind, list[0].urgency), (NoticeKind::ResidenceExpiring, Urgency::Within90Days));
    assert_eq!(list[0].days_left, Some(45));
    assert_eq!(list[0].advice, Some("advice-residence-extend"));
    assert_eq!(list[1].subject, format!("residence/{duldung}"));
    assert_eq!((list[1].kind, list[1].urgency), (NoticeKind::ResidenceSuperseded, Urgency::Info));
    assert!(list[1].days_left.unwrap() < 0);

    // 30 days ahead it is urgent; after it ends, with no other valid paper, it is expired and first.
    let soon = notices(&doc, now + 20 * DAY).unwrap();
    assert_eq!(soon[0].urgency, Urgency::Within30Days);
    let after = notices(&doc, now + 46 * DAY).unwrap();
    assert_eq!((after[0].kind, after[0].urgency), (NoticeKind::ResidenceExpired, Urgency::Expired));
    assert_eq!(after[0].subject, format!("residence/{permit}"));
    assert_eq!(after[0].advice, Some("advice-residence-expired"));
    assert_eq!(after[1].kind, NoticeKind::ResidenceSuperseded);

    // More than 90 days ahead: nothing to say about it.
    let early = notices(&doc, now - 60 * DAY).unwrap();
    assert!(early.iter().all(|n| n.subject != format!("residence/{permit}")), "{early:?}");
}

#[test]
fn a_paper_without_an_end_date_needs_no_attention() {
    let now = unix_of_date("2026-12-01").unwrap();
    let mut doc = WalletDoc::new().unwrap();
    doc.add_residence(&ResidencePaper { valid_until: None, ..paper(ResidenceKind::Niederlassungserlaubnis, "x") })
        .unwrap();
    doc.add_residence(&paper(ResidenceKind::Visa, "2026-12")).unwrap();
    let list = notices(&doc, now).unwrap();
    // The visa ends 2026-12-31 but the settlement permit is the current paper: the visa is only
    // noticed once it has ended.
    assert!(list.is_empty(), "{list:?}");
}

#[test]
fn every_ended_paper_is_listed_as_ended_whether_current_or_not() {
    let now = unix_of_date("2026-12-01").unwrap() + 10 * 3600;
    let mut doc = WalletDoc::new().unwrap();
    let duldung = doc.add_residence(&paper(ResidenceKind::Duldung, "2025-06-30")).unwrap();
    let permit = doc.add_residence(&paper(ResidenceKind::Aufenthaltserlaubnis, &date_of(now + 45 * DAY))).unwrap();
    doc.add_residence(&ResidencePaper { valid_until: None, ..paper(ResidenceKind::Niederlassungserlaubnis, "x") })
        .unwrap();
    assert_eq!(ended_entries(&doc, now).unwrap(), vec![format!("residence/{duldung}")]);
    let later = ended_entries(&doc, now + 46 * DAY).unwrap();
    assert_eq!(later.len(), 2, "{later:?}");
    assert!(later.contains(&format!("residence/{permit}")));
    // The permit's last day is still valid.
    assert_eq!(ended_entries(&doc, now + 45 * DAY).unwrap().len(), 1);
}

fn share(id: &str, created_at: u64, revoked: bool) -> ShareRecord {
    ShareRecord {
        share_id: id.into(),
        relay: "http://127.0.0.1:1".into(),
        key: SecretKey::from_bytes([7; 32]),
        audience: None,
        fields: vec!["profile.name".into()],
        purpose: Some("Jobcenter".into()),
        lang: "de".into(),
        created_at,
        expires_at: created_at + 60 * DAY,
        max_opens: None,
        live: false,
        revision: 0,
        revoked_at: revoked.then_some(created_at + DAY),
        consent_text: None,
        content_hash: None,
        stopped_following: None,
        forgotten_at: None,
        attest: Vec::new(),
    }
}

#[test]
fn a_share_nobody_opened_for_three_days_is_named_once_a_relay_said_so() {
    let now = unix_of_date("2026-12-01").unwrap() + 10 * 3600;
    let mut doc = WalletDoc::new().unwrap();
    doc.put_share_record(&share("old-unopened", now - 4 * DAY, false)).unwrap();
    doc.put_share_record(&share("fresh-unopened", now - 2 * DAY, false)).unwrap();
    doc.put_share_record(&share("old-opened", now - 10 * DAY, false)).unwrap();
    doc.put_share_record(&share("revoked-unopened", now - 10 * DAY, true)).unwrap();
    doc.put_share_record(&share("not-asked", now - 10 * DAY, false)).unwrap();
    let opens: Opens = [("old-unopened", 0), ("fresh-unopened", 0), ("old-opened", 2), ("revoked-unopened", 0)]
        .into_iter()
        .map(|(id, n)| (id.to_string(), n))
        .collect();

    let list = notices_with_opens(&doc, now, &opens).unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0].subject, "old-unopened");
    assert_eq!((list[0].kind, list[0].urgency), (NoticeKind::ShareNeverOpened, Urgency::Info));
    assert_eq!(list[0].label, "Jobcenter");
    assert_eq!(list[0].date.as_deref(), Some("2026-11-27"), "the day it was shared");
    assert_eq!(list[0].advice, Some("advice-share-unopened"));

    // Without the relay's counts nothing is claimed about opens.
    assert!(notices(&doc, now).unwrap().is_empty());
    // The fresh one is named once it, too, has waited three days.
    let later = notices_with_opens(&doc, now + DAY, &opens).unwrap();
    let mut named: Vec<&str> = later.iter().map(|n| n.subject.as_str()).collect();
    named.sort_unstable();
    assert_eq!(named, ["fresh-unopened", "old-unopened"]);
}
