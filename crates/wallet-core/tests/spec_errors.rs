//! The relay API specification and the code name the same error codes, and error bodies with
//! fields a later version adds still parse (docs/spec/relay-api-v1.md section 1).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::collections::BTreeSet;

use wallet_core::api::{ErrorBody, code};

/// The codes in the first column of the spec's section-1 error table.
fn spec_codes() -> BTreeSet<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/spec/relay-api-v1.md");
    let spec = std::fs::read_to_string(path).expect("read the relay API spec");
    let section = spec.split("## 1. Errors").nth(1).expect("section 1").split("\n## ").next().unwrap();
    section
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn the_spec_error_table_lists_every_code_and_no_other() {
    let in_code: BTreeSet<String> = code::ALL.iter().map(|c| c.to_string()).collect();
    assert_eq!(in_code.len(), code::ALL.len(), "a code is listed twice in code::ALL");
    let in_spec = spec_codes();
    let missing: Vec<_> = in_code.difference(&in_spec).collect();
    let extra: Vec<_> = in_spec.difference(&in_code).collect();
    assert!(missing.is_empty(), "codes missing from the spec's error table: {missing:?}");
    assert!(extra.is_empty(), "codes in the spec's error table that the code does not know: {extra:?}");
}

#[test]
fn an_error_body_with_fields_from_a_later_version_still_parses() {
    let body: ErrorBody = serde_json::from_str(
        r#"{"error":"conflict","message":"moved on","last_seq":4,"retry_after":3,"hint":{"x":1}}"#,
    )
    .expect("unknown fields are ignored");
    assert_eq!(body.error, code::CONFLICT);
    assert_eq!(body.last_seq, Some(4));
    assert_eq!(body.snapshot_seq, None);
}

#[test]
fn an_error_body_without_a_code_is_refused() {
    assert!(serde_json::from_str::<ErrorBody>(r#"{"message":"no code"}"#).is_err());
}
