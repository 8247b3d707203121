//! Sync benchmarks (issue 4), printing the ratios asked for:
//! - 1,000 small edits from device A through a real relay to device B (`mappe sync` on each,
//!   real processes, HTTP, SQLite with synchronous=FULL) vs Automerge merging the same changes
//!   in memory;
//! - recovery of a 50-item wallet with two 1 MB scans on a new device (`mappe recover --relay`).
//!
//! Run: `cargo build --release --workspace --bins && cargo bench -p mappe-e2e --bench sync`.
//! The wallets use small Argon2 parameters so the figures measure sync, not passphrase
//! stretching; the recovery figure includes one Argon2id run with the default parameters
//! (the new keystore).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use mappe_e2e::{RelayProcess, bin, pdf};
use wallet_core::WalletDir;
use wallet_core::crypto::Argon2Params;
use wallet_core::document::*;
use wallet_core::keys::RootSecret;

const PASS: &str = "bench passphrase";
const FAST: Argon2Params = Argon2Params { m_cost: 64, t_cost: 1, p_cost: 1 };

fn mappe(dir: &Path, args: &[&str], stdin: Option<&str>) -> Duration {
    use std::io::Write;
    let start = Instant::now();
    let mut child = Command::new(bin("mappe"))
        .env("MAPPE_PASSPHRASE", PASS)
        .env_remove("MAPPE_HOME")
        .arg("--wallet")
        .arg(dir)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(text) = stdin {
        child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "mappe {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    start.elapsed()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let rounds = 5;
    let mut through_relay = Vec::new();
    let mut in_memory = Vec::new();
    for round in 0..rounds {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tmp.path().join("relay")).unwrap();
        let relay = RelayProcess::start(&tmp.path().join("relay"), &[]);
        let root = RootSecret::from_bytes([round as u8 + 1; 32]);
        let a_dir = WalletDir::new(tmp.path().join("a"));
        let b_dir = WalletDir::new(tmp.path().join("b"));
        let mut b = b_dir.recover(&root, PASS, FAST).unwrap();
        let mut a = a_dir.recover(&root, PASS, FAST).unwrap();
        // Both devices first agree on the empty wallet through the relay.
        mappe(a_dir.path(), &["sync", "--relay", &relay.url], None);
        mappe(b_dir.path(), &["sync", "--relay", &relay.url], None);
        a = a_dir.open_with_keys(root.derive()).unwrap_or(a);
        b = b_dir.open_with_keys(root.derive()).unwrap_or(b);
        let before_a = a.doc_mut().heads();
        for i in 0..1000 {
            let field = if i % 2 == 0 { ProfileField::GivenNames } else { ProfileField::BirthPlace };
            a.doc_mut().set_profile_text(field, Some(&format!("edit {i}"))).unwrap();
        }
        a.save().unwrap();
        // In memory: B merges exactly A's new changes.
        let changes = a.doc_mut().changes_since(&before_a).unwrap();
        let mut mem = Vec::new();
        for _ in 0..20 {
            let mut copy = b.doc_mut().fork().unwrap();
            let start = Instant::now();
            copy.apply(&changes).unwrap();
            mem.push(start.elapsed().as_secs_f64());
        }
        in_memory.push(median(mem));
        // Through the relay: A pushes, B pulls and merges, each a `mappe sync`.
        let t = mappe(a_dir.path(), &["sync"], None) + mappe(b_dir.path(), &["sync"], None);
        through_relay.push(t.as_secs_f64());
        let b_after = b_dir.open_with_keys(root.derive()).unwrap();
        assert_eq!(b_after.doc().profile().unwrap().given_names.as_deref(), Some("edit 998"));
        drop(relay);
    }
    let (relay_t, mem_t) = (median(through_relay), median(in_memory));
    println!(
        "RATIO sync of 1000 edits A -> relay -> B / in-memory automerge merge = {:.0}x  ({:.1} ms vs {:.2} ms)",
        relay_t / mem_t,
        relay_t * 1e3,
        mem_t * 1e3
    );

    // Recovery of a 50-item wallet with two 1 MB scans.
    let mut recover_times = Vec::new();
    for round in 0..3 {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tmp.path().join("relay")).unwrap();
        let relay = RelayProcess::start(&tmp.path().join("relay"), &[]);
        let root = RootSecret::from_bytes([0x40 + round as u8; 32]);
        let dir = WalletDir::new(tmp.path().join("old-phone"));
        let mut w = dir.recover(&root, PASS, FAST).unwrap();
        for i in 0..2 {
            let scan = tmp.path().join(format!("scan{i}.pdf"));
            std::fs::write(&scan, pdf(1024 * 1024, "scan")).unwrap();
            let att = w.add_attachment(&scan, None).unwrap();
            w.doc_mut()
                .add_certificate(&Certificate {
                    kind: CertificateKind::Qualification,
                    title: format!("Certificate with scan {i}"),
                    issuer: None,
                    issued_on: None,
                    cefr_level: None,
                    exam: None,
                    attachment: Some(att),
                })
                .unwrap();
        }
        for i in 0..48 {
            w.doc_mut()
                .add_cv(&CvEntry {
                    kind: CvKind::Work,
                    title: format!("Position {i}"),
                    organisation: Some("Employer".into()),
                    place: Some("Gaziantep".into()),
                    from: Some("2015".into()),
                    to: Some("2016".into()),
                    description: Some("Dispensing, stock keeping, advising customers.".into()),
                })
                .unwrap();
        }
        w.save().unwrap();
        mappe(dir.path(), &["sync", "--relay", &relay.url], None);
        let code = root.recovery_code().as_str().to_string();
        let t = mappe(&tmp.path().join("new-phone"), &["recover", "--relay", &relay.url], Some(&format!("{code}\n")));
        recover_times.push(t.as_secs_f64());
        let back = WalletDir::new(tmp.path().join("new-phone")).open_with_keys(root.derive()).unwrap();
        assert_eq!(back.doc().cv().unwrap().len() + back.doc().certificates().unwrap().len(), 50);
        drop(relay);
    }
    println!(
        "RECOVERY of a 50-item wallet with two 1 MB scans (mappe recover --relay, incl. Argon2id for the new keystore) = {:.0} ms",
        median(recover_times) * 1e3
    );
}
