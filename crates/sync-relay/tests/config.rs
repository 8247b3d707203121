//! `mappe-relay --check-config` as an operator runs it: file, environment and flags together.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::process::relay_command as relay;

#[test]
fn the_environment_wins_over_the_file_and_a_flag_over_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("relay.toml");
    std::fs::write(&file, "max_body = 4096\nmax_blob = 5000\nmax_log_page = 7\nmetrics = false\n").unwrap();
    let out = relay()
        .args(["--config", file.to_str().unwrap(), "--check-config", "--max-blob", "6000"])
        .env("MAPPE_RELAY_MAX_BLOB", "5500")
        .env("MAPPE_RELAY_MAX_LOG_PAGE", "8")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let body = text.split_once('\n').unwrap().1;
    let settings: toml::Table = toml::from_str(body).unwrap();
    assert_eq!(settings["max_body"].as_integer(), Some(4096), "from the file");
    assert_eq!(settings["max_blob"].as_integer(), Some(6000), "the flag over the environment over the file");
    assert_eq!(settings["max_log_page"].as_integer(), Some(8), "the environment over the file");
    assert_eq!(settings["metrics"].as_bool(), Some(false));
    assert_eq!(settings["max_shares_per_holder"].as_integer(), Some(500), "the default");
}

#[test]
fn a_bad_setting_exits_2_with_one_sentence_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("relay.toml");
    std::fs::write(&file, "max_body = 10\n").unwrap();
    let out = relay().args(["--config", file.to_str().unwrap(), "--check-config"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: invalid setting max_body"), "{err}");
    std::fs::write(&file, "listen = [1, 2]\n").unwrap();
    let out = relay().args(["--config", file.to_str().unwrap(), "--check-config"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("not valid") && err.contains("relay.toml"), "{err}");
}

#[test]
fn the_examples_in_docs_operations_are_the_files_in_docs_examples() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs");
    let doc = std::fs::read_to_string(format!("{root}/operations.md")).unwrap();
    for (fence, file) in [("ini", "mappe-relay.service"), ("caddyfile", "Caddyfile"), ("nginx", "nginx.conf")] {
        let start = doc.find(&format!("```{fence}\n")).unwrap() + fence.len() + 4;
        let block = &doc[start..start + doc[start..].find("```").unwrap()];
        let example = std::fs::read_to_string(format!("{root}/examples/{file}")).unwrap();
        assert_eq!(block, example, "docs/operations.md and docs/examples/{file} differ");
    }
}
