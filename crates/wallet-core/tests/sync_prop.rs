//! Three replicas of one wallet exchange sealed sync entries through a relay that reorders,
//! duplicates, delays and drops deliveries; after full delivery all converge, and replaying an
//! old snapshot changes nothing.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use proptest::prelude::*;
use wallet_core::document::*;
use wallet_core::keys::{RootSecret, WalletKeys};
use wallet_core::sync::{EntryType, open_entry, seal_entry};

const NAMES: [&str; 5] = ["Alkhatib", "Al-Khatib", "Al Chatib", "Amal", "Mansour"];

#[derive(Debug, Clone)]
enum Op {
    Edit {
        replica: usize,
        what: u8,
        pick: usize,
    },
    /// The replica seals what it has not sent yet as one entry.
    Publish {
        replica: usize,
    },
    /// The relay delivers entry `entry` (modulo the number published) to a replica, maybe twice.
    Deliver {
        replica: usize,
        entry: usize,
        twice: bool,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..3usize, 0..4u8, 0..5usize).prop_map(|(replica, what, pick)| Op::Edit { replica, what, pick }),
        2 => (0..3usize).prop_map(|replica| Op::Publish { replica }),
        3 => (0..3usize, 0..64usize, any::<bool>()).prop_map(|(replica, entry, twice)| Op::Deliver { replica, entry, twice }),
    ]
}

fn edit(doc: &mut WalletDoc, what: u8, pick: usize) {
    match what {
        0 => doc.set_profile_text(ProfileField::FamilyName, Some(NAMES[pick])).unwrap(),
        1 => doc.set_profile_text(ProfileField::GivenNames, Some(NAMES[pick])).unwrap(),
        2 => {
            doc.add_cv(&CvEntry {
                kind: CvKind::Work,
                title: NAMES[pick].into(),
                organisation: None,
                place: None,
                from: None,
                to: None,
                description: None,
            })
            .unwrap();
        }
        _ => {
            let items = doc.cv().unwrap();
            if !items.is_empty() {
                doc.remove(Section::Cv, items[pick % items.len()].id.as_str()).unwrap();
            }
        }
    }
}

struct Replica {
    doc: WalletDoc,
    /// Heads already published by this replica.
    sent: Vec<String>,
}

fn deliver(keys: &WalletKeys, r: &mut Replica, log: &[(u64, Vec<u8>, [u8; 64])], i: usize) {
    let (seq, entry, sig) = &log[i];
    let bytes = open_entry(keys, EntryType::Changes, *seq, entry, sig).unwrap();
    r.doc.apply(&bytes).unwrap();
}

fn json(doc: &WalletDoc) -> serde_json::Value {
    serde_json::to_value(WalletJson::from_doc(doc, None).unwrap()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn replicas_converge_whatever_the_relay_does_in_between(ops in proptest::collection::vec(op(), 1..60)) {
        let keys = RootSecret::from_bytes([0x31; 32]).derive();
        let mut origin = WalletDoc::new().unwrap();
        let saved = origin.save();
        let mut replicas: Vec<Replica> = (0..3)
            .map(|_| Replica { doc: WalletDoc::load(&saved).unwrap(), sent: Vec::new() })
            .collect();
        let mut log: Vec<(u64, Vec<u8>, [u8; 64])> = Vec::new();
        for op in &ops {
            match op {
                Op::Edit { replica, what, pick } => edit(&mut replicas[*replica].doc, *what, *pick),
                Op::Publish { replica } => {
                    let r = &mut replicas[*replica];
                    let changes = r.doc.changes_since(&r.sent).unwrap();
                    if !changes.is_empty() {
                        let seq = log.len() as u64 + 1;
                        let (entry, sig) = seal_entry(&keys, EntryType::Changes, seq, &changes).unwrap();
                        log.push((seq, entry, sig));
                        r.sent = r.doc.heads();
                    }
                }
                Op::Deliver { replica, entry, twice } => {
                    if !log.is_empty() {
                        let i = entry % log.len();
                        deliver(&keys, &mut replicas[*replica], &log, i);
                        if *twice {
                            deliver(&keys, &mut replicas[*replica], &log, i);
                        }
                    }
                }
            }
        }
        // Everyone publishes what is left, then the relay delivers everything (in reverse order,
        // the worst case for missing dependencies) to everyone.
        for r in replicas.iter_mut() {
            let changes = r.doc.changes_since(&r.sent).unwrap();
            if !changes.is_empty() {
                let seq = log.len() as u64 + 1;
                let (entry, sig) = seal_entry(&keys, EntryType::Changes, seq, &changes).unwrap();
                log.push((seq, entry, sig));
                r.sent = r.doc.heads();
            }
        }
        for r in replicas.iter_mut() {
            for i in (0..log.len()).rev() {
                deliver(&keys, r, &log, i);
            }
        }
        let first = json(&replicas[0].doc);
        let heads = replicas[0].doc.heads();
        for r in replicas.iter_mut().skip(1) {
            prop_assert_eq!(json(&r.doc), first.clone());
            prop_assert_eq!(r.doc.heads(), heads.clone());
        }
        // A snapshot taken early and replayed now changes nothing.
        let (old_entry, old_sig) = seal_entry(&keys, EntryType::Snapshot, 1, &saved).unwrap();
        let old = open_entry(&keys, EntryType::Snapshot, 1, &old_entry, &old_sig).unwrap();
        replicas[1].doc.apply(&old).unwrap();
        prop_assert_eq!(json(&replicas[1].doc), first);
        prop_assert_eq!(replicas[1].doc.heads(), heads);
    }
}
