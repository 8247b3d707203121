//! Many `mappe` processes editing one wallet at the same moment: every command that reports
//! success has its edit in the wallet afterwards, none is overwritten by a neighbour's save.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

use mappe_e2e::{bin, mappe, ok, pdf};
use wallet_core::WalletDir;
use wallet_core::crypto::Argon2Params;

const PASS: &str = "concurrent passphrase";
/// Cheap key stretching, so the processes spend their time loading and saving, not in Argon2.
const FAST: Argon2Params = Argon2Params { m_cost: 64, t_cost: 1, p_cost: 1 };
const ROUNDS: usize = 8;
/// Profile fields set in every round, one process each; they are distinct, so no two edits of a
/// round conflict and each must survive.
const FIELDS: [&str; 6] =
    ["given_names", "family_name", "birth_place", "nationality", "contact.email", "contact.phone"];

/// A `mappe` process for the wallet, started without waiting for it.
fn spawn(dir: &Path, args: &[String]) -> std::process::Child {
    Command::new(bin("mappe"))
        .env_remove("MAPPE_HOME")
        .env("MAPPE_LANG", "en")
        .env("MAPPE_PASSPHRASE", PASS)
        .arg("--wallet")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn args(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

#[test]
fn concurrent_commands_on_one_wallet_lose_no_edit() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("wallet");
    WalletDir::new(&dir).create(PASS, FAST).unwrap();
    let scan = tmp.path().join("scan.pdf");
    std::fs::write(&scan, pdf(20 * 1024, "CONCURRENT-SCAN")).unwrap();
    let scan = scan.to_string_lossy().into_owned();

    // Markers of list entries whose command succeeded, checked again at the end.
    let mut entries: Vec<String> = Vec::new();
    let mut scans = 0;
    let (mut edits, mut lost) = (0, Vec::new());
    for round in 0..ROUNDS {
        let mut jobs: Vec<(String, Vec<String>)> = Vec::new();
        for field in FIELDS {
            let value =
                if field == "contact.email" { format!("r{round}@example.org") } else { format!("R{round}-{field}") };
            jobs.push((value.clone(), args(&["profile", "set", field, &value])));
        }
        for n in 0..2 {
            let title = format!("R{round}-job{n}");
            jobs.push((title.clone(), args(&["cv", "add", "--kind", "work", "--title", &title])));
        }
        let title = format!("R{round}-cert");
        jobs.push((title.clone(), args(&["cert", "add", "--kind", "language", "--title", &title])));
        let title = format!("R{round}-cert-with-scan");
        jobs.push((
            title.clone(),
            args(&["cert", "add", "--kind", "language", "--title", &title, "--file", scan.as_str()]),
        ));

        let children: Vec<_> = jobs.iter().map(|(_, a)| spawn(&dir, a)).collect();
        let outputs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().unwrap()).collect();
        let shown = ok(mappe(&dir, PASS).args(["show", "--json"]));
        for ((marker, a), out) in jobs.iter().zip(&outputs) {
            assert!(
                out.status.success(),
                "round {round}: `mappe {}` failed ({:?}): {}",
                a.join(" "),
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            );
            edits += 1;
            if !shown.contains(&format!("\"{marker}\"")) {
                lost.push(format!("round {round}: mappe {}", a.join(" ")));
            }
            if a[0] != "profile" {
                entries.push(marker.clone());
            }
            if a.iter().any(|w| w == "--file") {
                scans += 1;
            }
        }
    }
    eprintln!("{ROUNDS} rounds, {edits} edits by concurrent processes, {} lost", lost.len());
    assert!(lost.is_empty(), "{} of {edits} successful edits were lost:\n{}", lost.len(), lost.join("\n"));

    let shown: serde_json::Value = serde_json::from_str(&ok(mappe(&dir, PASS).args(["show", "--json"]))).unwrap();
    let titles: Vec<&str> = ["cv", "certificates"]
        .iter()
        .flat_map(|list| shown[list].as_array().unwrap())
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    for marker in &entries {
        assert!(titles.contains(&marker.as_str()), "{marker} is missing at the end");
    }
    assert_eq!(titles.len(), entries.len(), "entries appeared that no command added");
    assert_eq!(shown["attachments"].as_array().unwrap().len(), scans, "a scan's record was lost");
    let blobs = std::fs::read_dir(dir.join("attachments")).unwrap().count();
    assert_eq!(blobs, scans, "every recorded scan has its encrypted file, and no other is left");
}
