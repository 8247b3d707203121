//! Saving merges what another writer saved meanwhile, under the folder's lock, and never
//! overwrites a wallet file it cannot open.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::time::Duration;

use wallet_core::crypto::Argon2Params;
use wallet_core::document::{CvEntry, CvKind, ProfileField};
use wallet_core::keys::{RecoveryCode, RootSecret};
use wallet_core::store::{LOCK_FILE, save_document};
use wallet_core::{Error, WalletDir, WalletDoc};

const FAST: Argon2Params = Argon2Params { m_cost: 64, t_cost: 1, p_cost: 1 };

fn job(title: &str) -> CvEntry {
    CvEntry {
        kind: CvKind::Work,
        title: title.into(),
        organisation: None,
        place: None,
        from: None,
        to: None,
        description: None,
    }
}

#[test]
fn two_copies_loaded_before_either_saved_both_keep_their_edits() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = WalletDir::new(tmp.path().join("w"));
    let (_, code) = dir.create("passphrase", FAST).unwrap();
    let root = RecoveryCode::parse(code.as_str()).unwrap();
    let keys = root.derive();
    let mut first = dir.open_with_keys(root.derive()).unwrap();
    let mut second = dir.open_with_keys(root.derive()).unwrap();

    first.doc_mut().set_profile_text(ProfileField::FamilyName, Some("Al-Khatib")).unwrap();
    first.doc_mut().add_cv(&job("Nurse")).unwrap();
    first.save().unwrap();
    // `second` never saw the first save; a plain write of its copy would erase it.
    second.doc_mut().set_profile_text(ProfileField::BirthPlace, Some("Aleppo")).unwrap();
    second.doc_mut().add_cv(&job("Pharmacy assistant")).unwrap();
    save_document(dir.path(), &keys, second.doc_mut()).unwrap();

    let back = dir.open_with_keys(keys).unwrap();
    let profile = back.doc().profile().unwrap();
    assert_eq!(profile.family_name.as_deref(), Some("Al-Khatib"));
    assert_eq!(profile.birth_place.as_deref(), Some("Aleppo"));
    let mut titles: Vec<String> = back.doc().cv().unwrap().into_iter().map(|i| i.value.title).collect();
    titles.sort();
    assert_eq!(titles, ["Nurse", "Pharmacy assistant"]);
    // The saving copy now holds the other's edit too.
    assert_eq!(second.doc().profile().unwrap().family_name.as_deref(), Some("Al-Khatib"));
}

#[test]
fn a_fresh_folder_without_a_wallet_file_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = WalletDir::new(tmp.path());
    let keys = RootSecret::generate().unwrap().derive();
    let mut doc = WalletDoc::new().unwrap();
    doc.add_cv(&job("Cook")).unwrap();
    save_document(dir.path(), &keys, &mut doc).unwrap();
    let back = dir.open_with_keys(keys).unwrap();
    assert_eq!(back.doc().cv().unwrap().len(), 1);
    assert!(dir.path().join(LOCK_FILE).is_file(), "the lock file stays");
}

#[test]
fn a_damaged_wallet_file_is_refused_and_left_as_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = WalletDir::new(tmp.path().join("w"));
    let (mut wallet, _) = dir.create("passphrase", FAST).unwrap();
    let path = dir.wallet_path();
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x01;
    std::fs::write(&path, &bytes).unwrap();

    wallet.doc_mut().add_cv(&job("Nurse")).unwrap();
    let err = wallet.save().expect_err("a damaged file must not be overwritten");
    assert!(matches!(err, Error::Integrity { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the damaged file was changed");
}

#[test]
fn another_wallets_file_is_not_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = WalletDir::new(tmp.path().join("w"));
    dir.create("passphrase", FAST).unwrap();
    let before = std::fs::read(dir.wallet_path()).unwrap();
    let other = RootSecret::generate().unwrap().derive();
    let err = save_document(dir.path(), &other, &mut WalletDoc::new().unwrap()).unwrap_err();
    assert!(matches!(err, Error::Integrity { .. }), "{err:?}");
    assert_eq!(std::fs::read(dir.wallet_path()).unwrap(), before);
}

#[test]
fn a_save_waits_while_another_writer_holds_the_lock() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = WalletDir::new(tmp.path().join("w"));
    let (mut wallet, _) = dir.create("passphrase", FAST).unwrap();
    let before = std::fs::read(dir.wallet_path()).unwrap();
    // Another writer: a separate open of the lock file conflicts like another process would.
    let held = std::fs::File::options().write(true).open(dir.path().join(LOCK_FILE)).unwrap();
    held.lock().unwrap();

    wallet.doc_mut().add_cv(&job("Nurse")).unwrap();
    let saver = std::thread::spawn(move || wallet.save());
    std::thread::sleep(Duration::from_millis(300));
    assert!(!saver.is_finished(), "the save did not wait for the lock");
    assert_eq!(std::fs::read(dir.wallet_path()).unwrap(), before, "written without the lock");
    held.unlock().unwrap();
    saver.join().unwrap().unwrap();
    assert_ne!(std::fs::read(dir.wallet_path()).unwrap(), before);
}

#[test]
fn two_inits_at_once_leave_one_wallet_whose_keystore_opens_its_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = WalletDir::new(tmp.path().join("w"));
    let results: Vec<_> = (0..4)
        .map(|_| {
            let dir = dir.clone();
            std::thread::spawn(move || dir.create("passphrase", FAST).map(|_| ()))
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    let created = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(created, 1, "{results:?}");
    for r in results.into_iter().filter_map(Result::err) {
        assert!(matches!(r, Error::WalletExists { .. }), "{r:?}");
    }
    dir.unlock("passphrase").unwrap();
}
