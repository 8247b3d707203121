//! What the CLI does with the files around it: it writes them private to the user, and it reads
//! regular files only (a link to a device or a FIFO must not make it read without end or hang).
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::os::unix::fs::PermissionsExt as _;
use std::time::Duration;

use mappe_e2e::{mappe, ok};

const PASS: &str = "files test passphrase";

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_wallet_folder_and_its_files_are_private_to_the_user() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("wallet");
    ok(mappe(&dir, PASS).arg("init"));
    let scan = tmp.path().join("scan.pdf");
    std::fs::write(&scan, b"%PDF-1.4 a scan").unwrap();
    ok(mappe(&dir, PASS).args(["cert", "add", "--kind", "language", "--title", "B1", "--file"]).arg(&scan));
    assert_eq!(mode(&dir), 0o700);
    for entry in walk(&dir) {
        let m = mode(&entry);
        if entry.is_dir() {
            assert_eq!(m, 0o700, "{entry:?}");
        } else {
            assert_eq!(m, 0o600, "{entry:?}");
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}

#[test]
fn a_wallet_file_or_passphrase_file_that_is_a_device_or_fifo_is_refused_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("wallet");
    ok(mappe(&dir, PASS).arg("init"));
    let wallet = dir.join("wallet.mappe");
    std::fs::remove_file(&wallet).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &wallet).unwrap();
    let out = mappe(&dir, PASS).arg("show").timeout(Duration::from_secs(20)).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("is not a regular file"), "{stderr}");

    let fifo = tmp.path().join("pass.fifo");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let out = mappe(&tmp.path().join("other"), PASS)
        .env_remove("MAPPE_PASSPHRASE")
        .arg("--passphrase-file")
        .arg(&fifo)
        .arg("init")
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
}
