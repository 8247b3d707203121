//! A process killed with SIGKILL in the middle of repeated saves always leaves a wallet that
//! opens, holding either the state before or after the save in flight.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use wallet_core::WalletDir;
use wallet_core::crypto::Argon2Params;
use wallet_core::keys::RecoveryCode;

#[test]
fn sigkill_during_saves_leaves_old_or_new_state() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = WalletDir::new(tmp.path().join("w"));
    let (_, code) = dir.create("passphrase", Argon2Params { m_cost: 64, t_cost: 1, p_cost: 1 }).unwrap();
    let code = code.as_str().to_string();
    let root = RecoveryCode::parse(&code).unwrap();

    let mut last_seen = 0u64;
    let mut last_name = String::new();
    let mut kills_mid_run = 0;
    for round in 0..40u64 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_save_loop"))
            .arg(dir.path())
            .arg(&code)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        // Read completed-save numbers on a thread; kill after a varying delay.
        let progress = Arc::new(AtomicU64::new(0));
        let seen = Arc::clone(&progress);
        let reader = std::thread::spawn(move || {
            let mut numbers = Vec::new();
            for line in BufReader::new(stdout).lines() {
                match line {
                    Ok(l) => {
                        let n = l.trim().parse::<u64>().unwrap();
                        seen.store(n, Ordering::SeqCst);
                        numbers.push(n);
                    }
                    Err(_) => break,
                }
            }
            numbers
        });
        // Most rounds first let the child finish a few saves (0 to 3), so the kill lands in a
        // save loop that is running whatever the machine's load; then a varying delay.
        let warm_up = round % 4;
        let waited = Instant::now();
        while progress.load(Ordering::SeqCst) < warm_up && waited.elapsed() < Duration::from_secs(30) {
            std::thread::sleep(Duration::from_micros(500));
        }
        let delay = Duration::from_micros(3_000 + (round * 7_919) % 40_000);
        let start = Instant::now();
        while start.elapsed() < delay {
            std::thread::sleep(Duration::from_micros(500));
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let done = reader.join().unwrap();
        if !done.is_empty() {
            kills_mid_run += 1;
        }

        let wallet = dir
            .open_with_keys(root.derive())
            .unwrap_or_else(|e| panic!("round {round}: the wallet does not open: {e}"));
        let name = wallet.doc().profile().unwrap().given_names.unwrap_or_default();
        let jobs = wallet.doc().cv().unwrap().len() as u64;
        // Save k of this child wrote name "n{k}" and the k-th new CV entry, in one file write.
        // The child printed k only after the rename, so the file holds save c or c+1.
        let c = done.last().copied().unwrap_or(0);
        let delta = jobs.checked_sub(last_seen).unwrap_or_else(|| panic!("round {round}: saves were lost"));
        assert!(delta == c || delta == c + 1, "round {round}: {delta} saves on disk, child reported {c}");
        if delta > 0 {
            assert_eq!(name, format!("n{delta}"), "round {round}: name and entries disagree");
        } else {
            assert_eq!(name, last_name, "round {round}: state changed without a save");
        }
        last_seen = jobs;
        last_name = name;
    }
    assert!(last_seen > 40, "the children saved too little to test anything ({last_seen} saves)");
    assert!(kills_mid_run >= 20, "too few kills hit a running save loop ({kills_mid_run})");
}
