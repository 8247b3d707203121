//! `attention::notices`: what needs the person's attention, most urgent first (issue 13).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use wallet_core::WalletDoc;
use wallet_core::attention::{NoticeKind, Urgency, ended_entries, notices};
use wallet_core::document::{ResidenceKind, ResidencePaper};
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
