//! Every single-byte change of a small wallet file and of its keystore is refused with a named
//! error, and the refused open leaves the files exactly as they were.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use wallet_core::crypto::Argon2Params;
use wallet_core::document::{CvEntry, CvKind, ProfileField};
use wallet_core::wire::keystore;
use wallet_core::{Error, WalletDir};

const FAST: Argon2Params = Argon2Params { m_cost: 64, t_cost: 1, p_cost: 1 };

fn expect_refused(err: &Error, at: usize) {
    match (at, err) {
        (0..=4, Error::NotMappeFile { .. }) => {}
        (5, Error::UnsupportedVersion { .. }) => {}
        (6, Error::WrongKind { .. }) => {}
        (7.., Error::Integrity { .. }) => {}
        _ => panic!("byte {at}: unexpected error {err:?}"),
    }
}

fn no_temp_files(dir: &std::path::Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.ends_with(".tmp"), "left a temporary file {name}");
    }
}

#[test]
fn every_flipped_byte_of_the_wallet_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = WalletDir::new(tmp.path().join("w"));
    let (mut wallet, code) = dir.create("passphrase", FAST).unwrap();
    wallet.doc_mut().set_profile_text(ProfileField::FamilyName, Some("Al-Khatib")).unwrap();
    wallet
        .doc_mut()
        .add_cv(&CvEntry {
            kind: CvKind::Work,
            title: "Nurse".into(),
            organisation: None,
            place: None,
            from: Some("2019".into()),
            to: None,
            description: None,
        })
        .unwrap();
    wallet.save().unwrap();
    let root = wallet_core::keys::RecoveryCode::parse(code.as_str()).unwrap();
    let path = dir.wallet_path();
    let original = std::fs::read(&path).unwrap();
    assert!(original.len() > 200 && original.len() < 4096, "small file: {}", original.len());

    let mut refused = 0;
    for at in 0..original.len() {
        for mask in [0x01u8, 0x80, 0xFF] {
            let mut bytes = original.clone();
            bytes[at] ^= mask;
            std::fs::write(&path, &bytes).unwrap();
            let err = dir.open_with_keys(root.derive()).expect_err("a changed byte must be refused");
            expect_refused(&err, at);
            assert_eq!(std::fs::read(&path).unwrap(), bytes, "byte {at}: the refused file was changed");
            refused += 1;
        }
    }
    no_temp_files(dir.path());
    assert_eq!(refused, original.len() * 3);
    // The untouched file still opens.
    std::fs::write(&path, &original).unwrap();
    let back = dir.open_with_keys(root.derive()).unwrap();
    assert_eq!(back.doc().profile().unwrap().family_name.as_deref(), Some("Al-Khatib"));
}

#[test]
fn every_flipped_byte_of_the_keystore_is_damage_not_a_wrong_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = WalletDir::new(tmp.path().join("w"));
    dir.create("passphrase", FAST).unwrap();
    let path = dir.keystore_path();
    let original = std::fs::read(&path).unwrap();
    assert_eq!(original.len(), keystore::KEYSTORE_LEN);
    for at in 0..original.len() {
        let mut bytes = original.clone();
        bytes[at] ^= 0x01;
        std::fs::write(&path, &bytes).unwrap();
        let err = dir.unlock("passphrase").expect_err("a changed byte must be refused");
        expect_refused(&err, at);
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }
    std::fs::write(&path, &original).unwrap();
    assert!(matches!(dir.unlock("passphrase!").unwrap_err(), Error::WrongPassphrase));
    dir.unlock("passphrase").unwrap();
}

#[test]
fn truncations_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = WalletDir::new(tmp.path().join("w"));
    let (wallet, _) = dir.create("passphrase", FAST).unwrap();
    let keys_root = wallet.keys().public_identity();
    drop(wallet);
    let path = dir.wallet_path();
    let original = std::fs::read(&path).unwrap();
    for len in 0..original.len() {
        std::fs::write(&path, &original[..len]).unwrap();
        let err = dir.unlock("passphrase").expect_err("a cut file must be refused");
        assert!(matches!(err, Error::Truncated { .. } | Error::Integrity { .. }), "len {len}: {err:?}");
    }
    std::fs::write(&path, &original).unwrap();
    assert_eq!(dir.unlock("passphrase").unwrap().keys().public_identity(), keys_root);
}
