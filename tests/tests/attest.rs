//! Attestations end to end with the real `mappe` and `mappe-relay` on 127.0.0.1: the
//! Ausländerbehörde confirms a permit, the person keeps it and shows only kind and valid-until to
//! the Jobcenter, which sees "confirmed by Ausländerbehörde Musterstadt" and nothing else of it;
//! then the office withdraws it and the Jobcenter sees that instead.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use mappe_e2e::{RelayProcess, http, mappe, ok};
use serde_json::Value;

const PERSON: &str = "person passphrase 1";
const ABH: &str = "abh passphrase 1";
const JC: &str = "jobcenter passphrase 1";
/// The permit's number and legal basis: confirmed by the office, never shown to the Jobcenter.
const NUMBER: &str = "Y7F3K9L2M";
const BASIS: &str = "§ 18a AufenthG";

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// Every base64url part of an SD-JWT, decoded, joined: what a receiver could read from it.
fn decoded(sd_jwt: &str) -> String {
    sd_jwt
        .split(['~', '.'])
        .filter_map(|p| B64.decode(p).ok())
        .map(|b| String::from_utf8_lossy(&b).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_confirmed_permit_reaches_the_jobcenter_with_only_the_chosen_facts_and_its_withdrawal_too() {
    let tmp = tempfile::tempdir().unwrap();
    let (abh, jc, person) = (tmp.path().join("abh"), tmp.path().join("jc"), tmp.path().join("person"));
    ok(mappe(&abh, ABH).args([
        "agency",
        "init",
        "--name",
        "Ausländerbehörde Musterstadt",
        "--kind",
        "auslaenderbehoerde",
    ]));
    ok(mappe(&jc, JC).args(["agency", "init", "--name", "Jobcenter Musterstadt", "--kind", "jobcenter"]));
    let abh_key =
        json(&std::fs::read_to_string(abh.join("agency.json")).unwrap())["ed25519"].as_str().unwrap().to_string();
    let directory = tmp.path().join("directory.json");
    std::fs::write(
        &directory,
        serde_json::json!({"publisher": "Stadt Musterstadt", "agencies": [
            {"name": "Ausländerbehörde Musterstadt", "kind": "auslaenderbehoerde", "ed25519": abh_key}
        ]})
        .to_string(),
    )
    .unwrap();
    let relay_dir = tmp.path().join("relay");
    std::fs::create_dir_all(&relay_dir).unwrap();
    let relay = RelayProcess::start(&relay_dir, &["--directory", directory.to_str().unwrap()]);
    let (status, body) = http("GET", &format!("{}/.well-known/mappe-relay.json", relay.url), &[], b"");
    assert_eq!(status, 200);
    let trust_key = json(std::str::from_utf8(&body).unwrap())["key"].as_str().unwrap().to_string();

    ok(mappe(&person, PERSON).arg("init"));
    ok(mappe(&person, PERSON).args(["profile", "set", "family_name", "Al-Khatib"]));
    ok(mappe(&person, PERSON).args([
        "residence",
        "add",
        "--kind",
        "aufenthaltserlaubnis",
        "--number",
        NUMBER,
        "--valid-until",
        "2027-12-31",
    ]));
    let paper =
        json(&ok(mappe(&person, PERSON).args(["residence", "list", "--json"])))[0]["id"].as_str().unwrap().to_string();
    let key_line = ok(mappe(&person, PERSON).args(["attestation", "key"]));
    let holder = key_line.split_whitespace().find(|w| w.len() == 64).unwrap().to_string();

    // The Ausländerbehörde confirms the permit.
    let file = tmp.path().join("permit.sdjwt");
    let issued = ok(mappe(&abh, ABH).args([
        "agency",
        "attest",
        "--kind",
        "residence",
        "--holder",
        &holder,
        "--claim",
        "kind=aufenthaltserlaubnis",
        "--claim",
        &format!("number={NUMBER}"),
        "--claim",
        "valid_from=2025-07-01",
        "--claim",
        "valid_until=31.12.2027",
        "--claim",
        &format!("legal_basis={BASIS}"),
        "--claim",
        "work_permitted=yes",
        "--expires",
        "365d",
        "--relay",
        &relay.url,
        "--out",
        file.to_str().unwrap(),
    ]));
    assert!(issued.contains("attestation number 0"), "{issued}");

    // The person keeps it with the paper; a second person cannot.
    let kept = ok(mappe(&person, PERSON).args([
        "attestation",
        "import",
        file.to_str().unwrap(),
        "--to",
        &format!("residence/{}", &paper[..6]),
    ]));
    assert!(kept.contains("Ausländerbehörde Musterstadt"), "{kept}");
    let stranger = tmp.path().join("stranger");
    ok(mappe(&stranger, PERSON).arg("init"));
    ok(mappe(&stranger, PERSON).args(["residence", "add", "--kind", "duldung"]));
    let theirs = json(&ok(mappe(&stranger, PERSON).args(["residence", "list", "--json"])))[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = mappe(&stranger, PERSON)
        .args(["attestation", "import", file.to_str().unwrap(), "--to", &format!("residence/{theirs}")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("another person's key"));

    // Shared to the Jobcenter with two of the six facts; the consent names them.
    let shared = ok(mappe(&person, PERSON).args([
        "share",
        "--fields",
        "profile.family_name,residence/current",
        "--attest",
        &format!("residence/{paper}:kind,valid_until"),
        "--to",
        jc.join("agency.json").to_str().unwrap(),
        "--relay",
        &relay.url,
        "--yes",
        "--lang",
        "de",
    ]));
    assert!(shared.contains("Von einem Amt bestätigt"), "{shared}");
    assert!(shared.contains("Aufenthaltspapier von Ausländerbehörde Musterstadt: Art, Gültig bis"), "{shared}");
    let link = shared.lines().find_map(|l| l.strip_prefix("Link: ")).unwrap().to_string();

    let open = |json_out: bool| {
        let mut cmd = mappe(&jc, JC);
        cmd.args(["open", &link, "--as", jc.to_str().unwrap(), "--trust-key", &trust_key]);
        if json_out {
            cmd.arg("--json");
        }
        ok(&mut cmd)
    };
    let view = json(&open(true));
    let a = &view["attestations"][0];
    assert_eq!(a["standing"], "confirmed", "{a}");
    assert_eq!(a["issuer_name"], "Ausländerbehörde Musterstadt");
    assert_eq!(a["kind"], "residence");
    assert_eq!(a["claims"], serde_json::json!({"kind": "aufenthaltserlaubnis", "valid_until": "2027-12-31"}));
    // What the person stated is apart from what the office confirmed.
    assert_eq!(view["stated_by"], "holder");
    assert_eq!(view["content"]["profile"]["family_name"], "Al-Khatib");
    // Nothing of the other four facts can be recovered from what the Jobcenter received.
    let presentation = a["sd_jwt"].as_str().unwrap();
    let everything = format!("{} {}", presentation, decoded(presentation));
    // Whole values only: three characters like "18a" turn up by chance in the base64 of digests.
    for hidden in ["number", NUMBER, BASIS, "18a AufenthG", "legal_basis", "2025-07-01", "work_permitted"] {
        assert!(!everything.contains(hidden), "{hidden} can be read from the presentation");
    }
    let human = open(false);
    assert!(human.contains("STATED BY THE PERSON, UNCHANGED SINCE SHARED"), "{human}");
    assert!(human.contains("CONFIRMED by Ausländerbehörde Musterstadt on"), "{human}");

    // Without the pinned key, the same attestation is not "confirmed".
    let unpinned = json(&ok(mappe(&jc, JC).args(["open", &link, "--as", jc.to_str().unwrap(), "--json"])));
    assert_eq!(unpinned["attestations"][0]["standing"], "untrusted_issuer");
    // Pinned to the wrong key: the trust list does not verify, so no office is trusted.
    let wrong =
        json(&ok(mappe(&jc, JC).args(["open", &link, "--as", jc.to_str().unwrap(), "--json", "--trust-key", &holder])));
    assert_eq!(wrong["attestations"][0]["standing"], "untrusted_issuer");
    assert!(wrong["trust_problem"].as_str().unwrap().contains("pinned key"), "{wrong}");

    // The office withdraws it (the permit was revoked): the next open says so.
    let withdrawn = ok(mappe(&abh, ABH).args(["agency", "withdraw", "0"]));
    assert!(withdrawn.contains("Withdrew attestation 0"), "{withdrawn}");
    let view = json(&open(true));
    assert_eq!(view["attestations"][0]["standing"], "withdrawn", "{view}");
    let human = open(false);
    assert!(human.contains("WITHDRAWN by Ausländerbehörde Musterstadt") && !human.contains("CONFIRMED by"), "{human}");
    // Withdrawing a number it never issued is refused and changes nothing.
    let out = mappe(&abh, ABH).args(["agency", "withdraw", "7"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
}
