//! `mappe demo --relay URL` runs the whole flow against a real `mappe-relay` process, which is
//! how a `mappe` built without the relay inside (the default) runs the demo.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use mappe_e2e::{RelayProcess, bin};

#[test]
fn demo_against_a_running_relay_ends_with_the_revoked_share_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let relay = RelayProcess::start(tmp.path(), &[]);
    let out = assert_cmd::Command::new(bin("mappe"))
        .env_remove("MAPPE_HOME")
        .env_remove("MAPPE_PASSPHRASE")
        .args(["demo", "--relay", &format!("{}/", relay.url)])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    let using = format!("Using the relay at {}. It will only ever see encrypted bytes.", relay.url);
    for expected in [
        using.as_str(),
        "RESIDENCE PAPERS",
        "Who can open it: only Jobcenter Musterstadt",
        "refused: this share is for a specific office",
        "STATED BY THE PERSON, UNCHANGED SINCE SHARED: signed by the wallet with fingerprint",
        "The saved scan is byte-identical to Amal's original: yes",
        "by Jobcenter Musterstadt",
        "cannot take that back",
        "refused: this share was revoked",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in\n{stdout}");
    }
    let last = stdout.trim_end().lines().last().unwrap();
    assert!(last.contains("the revoked share was refused"), "{last}");
    // The share went through this relay: it is the one that saw the upload, opens and revocation.
    let log = relay.request_log();
    assert!(log.contains("/v1/shares"), "the relay saw no share requests:\n{log}");
}
