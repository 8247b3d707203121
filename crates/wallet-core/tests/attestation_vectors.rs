//! Runs `test-vectors/attestation/*.json`: each presentation must get exactly the verdict the
//! file gives (the same files are run by the share viewer's JavaScript).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;
use wallet_core::attest::{PresentationContext, TrustList, verify_presentation};

#[test]
fn every_attestation_vector_gets_its_verdict() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-vectors/attestation");
    let mut run = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let i = &v["inputs"];
        let s = |k: &str| i[k].as_str().unwrap().to_string();
        let pinned: [u8; 32] = hex::decode(s("trust_key")).unwrap().try_into().unwrap();
        let trust = TrustList::verify(&s("trust_list"), &pinned).unwrap();
        let statuses: HashMap<String, String> = i["status_lists"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
            .collect();
        let holder: [u8; 32] = hex::decode(s("holder")).unwrap().try_into().unwrap();
        let (share_id, aud) = (s("share_id"), s("aud"));
        let ctx = PresentationContext {
            holder,
            share_id: &share_id,
            aud: &aud,
            now: i["now"].as_u64().unwrap(),
            trust: Some(&trust),
            statuses: &statuses,
        };
        let verdict = serde_json::to_value(verify_presentation(&s("presentation"), &ctx)).unwrap();
        assert_eq!(verdict, v["expected"], "{}", path.display());
        run += 1;
    }
    assert!(run >= 11, "only {run} vectors ran");
}
