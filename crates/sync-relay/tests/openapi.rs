//! The OpenAPI document at `/v1/openapi.json` describes exactly the relay's `/v1` routes and
//! methods, and names exactly the error codes the relay answers with.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use std::collections::BTreeSet;

use common::Relay;
use serde_json::Value;

const METHODS: [&str; 4] = ["get", "put", "post", "delete"];

/// Every `/v1/…` path given to `.route(` in the relay's HTTP sources.
fn routes_in_source() -> BTreeSet<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut files = vec![format!("{dir}/http.rs")];
    for entry in std::fs::read_dir(format!("{dir}/http")).unwrap() {
        files.push(entry.unwrap().path().to_string_lossy().into_owned());
    }
    let mut routes = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for part in text.split(".route(").skip(1) {
            let literal = part.trim_start().strip_prefix('"').and_then(|rest| rest.split('"').next());
            if let Some(path) = literal.filter(|p| p.starts_with("/v1/")) {
                routes.insert(path.to_owned());
            }
        }
    }
    routes
}

fn document() -> Value {
    serde_json::from_str(include_str!("../openapi.json")).unwrap()
}

/// A concrete request path for a route pattern.
fn concrete(pattern: &str) -> String {
    pattern
        .replace("{id}", "AAAAAAAAAAAAAAAAAAAAAA")
        .replace("{n}", "0")
        .replace("{holder}", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
        .replace("{name}", "scan1")
        .replace("{issuer}", &"0".repeat(64))
}

#[test]
fn the_document_lists_exactly_the_routes_in_the_code() {
    let doc = document();
    assert_eq!(doc["openapi"], "3.1.0");
    let documented: BTreeSet<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    let in_code = routes_in_source();
    assert!(in_code.len() >= 8, "the source scan found too little: {in_code:?}");
    assert_eq!(documented, in_code, "crates/sync-relay/openapi.json and the routes differ");
}

#[tokio::test]
async fn every_documented_method_is_routed_and_every_other_one_is_refused() {
    let relay = Relay::new();
    let doc = document();
    for (pattern, item) in doc["paths"].as_object().unwrap() {
        let path = concrete(pattern);
        for method in METHODS {
            let reply = relay.send(&method.to_uppercase(), &path, Vec::new(), None).await;
            if item.get(method).is_some() {
                assert_ne!(reply.status.as_u16(), 405, "{method} {pattern} is documented but not routed");
                let unmatched = reply.status.as_u16() == 404
                    && reply.json()["message"].as_str() == Some("there is nothing at this path");
                assert!(!unmatched, "{method} {pattern} is documented but falls through to 404");
                let responses = item[method]["responses"].as_object().unwrap();
                assert!(
                    responses.contains_key(reply.status.as_str()),
                    "{method} {pattern} answered {} without a body or signature, which the document does not list",
                    reply.status
                );
            } else {
                reply.assert_error(405, "method_not_allowed");
            }
        }
    }
}

#[tokio::test]
async fn the_relay_serves_the_committed_document_and_it_names_every_error_code() {
    let relay = Relay::new();
    let reply = relay.get("/v1/openapi.json").await;
    assert_eq!(reply.status.as_u16(), 200);
    assert_eq!(reply.headers["content-type"], "application/json");
    assert_eq!(reply.json(), document());
    let doc = document();
    let codes: BTreeSet<&str> = doc["components"]["schemas"]["Error"]["properties"]["error"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let known: BTreeSet<&str> = wallet_core::api::code::ALL.iter().copied().collect();
    assert_eq!(codes, known);
    // Every $ref points at a schema that exists.
    let text = reply.json().to_string();
    for part in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = part.split('"').next().unwrap();
        assert!(document()["components"]["schemas"].get(name).is_some(), "dangling $ref {name}");
    }
}
