#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]
//! End-to-end tests of the `mappe` command: the real binary, a fresh wallet folder per test.
//!
//! Every command that opens a wallet runs Argon2 (~0.5 s in a debug build), so the tests group
//! related steps in one wallet instead of creating a wallet per assertion. Checks that fail before
//! the passphrase is needed are cheap and are used freely.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

/// The passphrase every test wallet is created with.
const PASS: &str = "correct horse battery staple";

/// The residence paper kinds `mappe residence add --help` lists.
const RESIDENCE_KINDS: [&str; 8] = [
    "aufenthaltserlaubnis",
    "niederlassungserlaubnis",
    "aufenthaltsgestattung",
    "duldung",
    "fiktionsbescheinigung",
    "visa",
    "eu_citizen",
    "other",
];

/// A recovery code: 14 groups of four Crockford base32 characters.
const RECOVERY_CODE_RE: &str = r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$";

// ── helpers ─────────────────────────────────────────────────────────────────────────────────

/// `mappe --wallet DIR` with neither MAPPE_HOME nor MAPPE_PASSPHRASE from the environment.
fn bare(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("mappe").unwrap();
    // English, whatever the developer's locale: the tests read what mappe says.
    cmd.env_remove("MAPPE_HOME").env_remove("MAPPE_PASSPHRASE").env("MAPPE_LANG", "en").arg("--wallet").arg(dir);
    cmd
}

/// `mappe --wallet DIR` with the test passphrase in MAPPE_PASSPHRASE.
fn mappe(dir: &Path) -> Command {
    mappe_with(dir, PASS)
}

/// `mappe --wallet DIR` with `passphrase` in MAPPE_PASSPHRASE.
fn mappe_with(dir: &Path, passphrase: &str) -> Command {
    let mut cmd = bare(dir);
    cmd.env("MAPPE_PASSPHRASE", passphrase);
    cmd
}

/// Runs a command that must succeed silently on stderr; returns its stdout.
#[track_caller]
fn ok(cmd: &mut Command) -> String {
    let assert = cmd.assert().success().stderr("");
    String::from_utf8(assert.get_output().stdout.clone()).unwrap()
}

/// Runs a command that must fail with `code`; checks the shape every error has (nothing on
/// stdout, one line on stderr: `error: ` and a sentence ending in `.`) and returns that line.
#[track_caller]
fn fails(cmd: &mut Command, code: i32) -> String {
    let assert = cmd.assert().failure().code(code).stdout("");
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.ends_with(".\n"), "error output should end with a full stop and a newline: {stderr:?}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "error output should be one line: {stderr:?}");
    assert!(lines[0].starts_with("error: "), "error output should start with `error: `: {stderr:?}");
    lines[0].to_string()
}

/// Creates a wallet in `dir` with [`PASS`]; returns its recovery code and fingerprint.
fn init_full(dir: &Path) -> (String, String) {
    let out = ok(mappe(dir).arg("init"));
    (recovery_code_of(&out), fingerprint_of(&out))
}

/// Creates a wallet in `dir` with [`PASS`]; returns its recovery code.
fn init(dir: &Path) -> String {
    init_full(dir).0
}

/// The recovery code in `mappe init` output, joined into one line.
fn recovery_code_of(init_output: &str) -> String {
    // The code is printed indented, seven groups per line.
    let groups: Vec<&str> = init_output.lines().filter(|l| l.starts_with("    ")).map(str::trim).collect();
    let code = groups.join("-");
    assert!(
        predicates::str::is_match(RECOVERY_CODE_RE).unwrap().eval(&code),
        "not a recovery code: {code:?} in\n{init_output}"
    );
    code
}

/// The fingerprint in `mappe init` or `mappe recover` output.
fn fingerprint_of(output: &str) -> String {
    output
        .lines()
        .find_map(|l| l.strip_prefix("Your wallet's fingerprint: "))
        .unwrap_or_else(|| panic!("no fingerprint in\n{output}"))
        .trim()
        .to_string()
}

/// `mappe show --json`, parsed.
fn show_json(dir: &Path) -> Value {
    let out = ok(mappe(dir).args(["show", "--json"]));
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("show --json is not JSON ({e}):\n{out}"))
}

/// Parses the JSON a command printed.
fn json_of(cmd: &mut Command) -> Value {
    let out = ok(cmd);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
}

/// The bytes of a file.
fn file_bytes(path: impl AsRef<Path>) -> Vec<u8> {
    let path = path.as_ref();
    std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Every file under `dir` (recursively) with its bytes, to prove nothing changed.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.insert(path.clone(), file_bytes(&path));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, &mut out);
    out
}

/// The names of the encrypted attachment files in a wallet folder.
fn blob_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("attachments"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A new temporary folder; the wallet goes into its `wallet` subfolder (not yet created).
fn temp() -> (TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("wallet");
    (tmp, dir)
}

/// Flips the bits of one byte of a file.
fn flip_byte(path: &Path, at: usize) {
    let mut bytes = file_bytes(path);
    bytes[at] ^= 0xFF;
    std::fs::write(path, bytes).unwrap();
}

/// `len` bytes that do not compress and do not start like a PDF, PNG or JPEG.
fn random_bytes(len: usize) -> Vec<u8> {
    use std::hash::{BuildHasher, Hasher};
    let mut x = std::collections::hash_map::RandomState::new().build_hasher().finish() | 1;
    let mut out: Vec<u8> = (0..len)
        .map(|_| {
            // xorshift64*
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8
        })
        .collect();
    out[0] = 0;
    out
}

/// The id after `prefix` on the line of `output` that starts with it, e.g. "Added CV entry ".
fn id_after(output: &str, prefix: &str) -> String {
    output
        .lines()
        .find_map(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("no line starting with {prefix:?} in\n{output}"))
        .trim_end_matches('.')
        .to_string()
}

/// The ids of a JSON list of items.
fn ids(list: &Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(|item| item["id"].as_str().unwrap().to_string()).collect()
}

/// The item with `id` in a JSON list.
fn by_id<'a>(list: &'a Value, id: &str) -> &'a Value {
    list.as_array().unwrap().iter().find(|item| item["id"] == id).unwrap_or_else(|| panic!("no item {id} in {list}"))
}

/// `v`, sorted.
fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// The shortest prefix of `id` that no other id in `all` starts with.
fn unique_prefix(id: &str, all: &[String]) -> String {
    (1..id.len())
        .map(|n| &id[..n])
        .find(|p| all.iter().filter(|other| other.starts_with(p)).count() == 1)
        .unwrap_or(id)
        .to_string()
}

// ── init ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn init_creates_wallet_and_prints_recovery_code_once() {
    let (_tmp, dir) = temp();
    let out = ok(mappe(&dir).arg("init"));
    recovery_code_of(&out);
    assert!(out.contains("write it on paper"), "{out}");
    assert!(out.contains("shown only this once"), "{out}");
    assert!(out.contains("Anyone who has this code can open your wallet"), "{out}");
    assert!(!fingerprint_of(&out).is_empty());
    assert!(dir.join("keystore.mappe").is_file());
    assert!(dir.join("wallet.mappe").is_file());
    assert!(dir.join("attachments").is_dir());

    // A second `init` refuses and leaves every byte as it was.
    let before = snapshot(&dir);
    let err = fails(mappe(&dir).arg("init"), 1);
    assert!(err.contains("a wallet already exists in"), "{err}");
    assert!(err.contains("it was left as it is"), "{err}");
    // It refuses before asking for a passphrase.
    let err = fails(bare(&dir).arg("init"), 1);
    assert!(err.contains("a wallet already exists in"), "{err}");
    assert_eq!(snapshot(&dir), before);
    show_json(&dir);
}

#[test]
fn init_with_short_passphrase_creates_nothing() {
    let (_tmp, dir) = temp();
    let err = fails(mappe_with(&dir, "short12").arg("init"), 2);
    assert!(err.contains("too short"), "{err}");
    assert!(err.contains("at least 8 characters"), "{err}");
    assert!(!dir.exists(), "init with a rejected passphrase created {}", dir.display());
}

// ── recover ─────────────────────────────────────────────────────────────────────────────────

#[test]
fn recover_into_new_folder_restores_identity() {
    let (tmp, original) = temp();
    let (code, fingerprint) = init_full(&original);
    let other = tmp.path().join("other-device");

    // `recover` reads the code typed on one line or pasted as printed on two.
    let out = ok(mappe(&other).arg("recover").write_stdin(format!("{code}\n")));
    assert_eq!(fingerprint_of(&out), fingerprint);
    assert!(out.contains("The wallet on this device is empty"), "{out}");
    assert!(other.join("keystore.mappe").is_file());
    assert!(other.join("wallet.mappe").is_file());

    let a = show_json(&original);
    let b = show_json(&other);
    assert_eq!(b["identity"]["public_key"], a["identity"]["public_key"]);
    assert_eq!(b["identity"]["fingerprint"].as_str(), Some(fingerprint.as_str()));
}

#[test]
fn recover_in_place_resets_the_passphrase_and_keeps_data() {
    let (_tmp, dir) = temp();
    let code = init(&dir);
    ok(mappe(&dir).args(["profile", "set", "family_name", "Al-Khatib"]));
    let before = show_json(&dir);

    // Typed sloppily: lower case, spaces instead of hyphens.
    let sloppy = code.to_lowercase().replace('-', " ");
    let new_pass = "a brand new passphrase";
    let out = ok(mappe_with(&dir, new_pass).arg("recover").write_stdin(format!("{sloppy}\n")));
    assert!(out.contains("opened with these keys"), "{out}");

    let err = fails(mappe(&dir).arg("show"), 4);
    assert!(err.to_lowercase().contains("wrong passphrase"), "{err}");
    let after = json_of(mappe_with(&dir, new_pass).args(["show", "--json"]));
    assert_eq!(after, before);
    assert_eq!(after["profile"]["family_name"], "Al-Khatib");
}

#[test]
fn recover_rejects_mistyped_and_short_codes() {
    let (tmp, dir) = temp();
    let code = init(&dir);
    let target = tmp.path().join("new-device");

    // One character replaced by another code character.
    let mut chars: Vec<char> = code.chars().collect();
    chars[7] = if chars[7] == 'X' { 'Y' } else { 'X' };
    let typo: String = chars.into_iter().collect();
    let err = fails(mappe(&target).arg("recover").write_stdin(format!("{typo}\n")), 2);
    assert!(err.contains("mistyped"), "{err}");

    // The first group left out.
    let err = fails(mappe(&target).arg("recover").write_stdin(format!("{}\n", &code[5..])), 2);
    assert!(err.contains("52 characters but needs 56"), "{err}");
    assert!(err.contains("missing or extra group"), "{err}");

    assert!(!target.exists(), "a rejected code created {}", target.display());
}

#[test]
fn recover_refuses_another_wallets_code() {
    let (tmp, dir) = temp();
    let code = init(&dir);
    let other = tmp.path().join("other-wallet");
    init(&other);
    ok(mappe(&other).args(["profile", "set", "given_names", "Someone Else"]));
    let before = snapshot(&other);

    let err = fails(mappe(&other).arg("recover").write_stdin(format!("{code}\n")), 1);
    assert!(err.contains("a different wallet is already in"), "{err}");
    assert_eq!(snapshot(&other), before);
    assert_eq!(show_json(&other)["profile"]["given_names"], "Someone Else");
}

// ── profile ─────────────────────────────────────────────────────────────────────────────────

#[test]
fn profile_set_every_field_then_show_and_clear() {
    let (_tmp, dir) = temp();
    init(&dir);
    let sets: [(&str, &[&str]); 10] = [
        ("given_names", &["Amal"]),
        ("family_name", &["Al-Khatib"]),
        ("aliases", &["Alkhatib", "Al Chatib", "Al-Hatib"]),
        ("birth_date", &["1994-03-17"]),
        ("birth_place", &["Aleppo, Syria"]),
        ("nationality", &["Syrian"]),
        ("languages", &["Arabic:native", "Deutsch:B1"]),
        ("contact.phone", &["+49 151 0000000"]),
        ("contact.email", &["amal@example.org"]),
        ("contact.address", &["Hauptstraße 1, 12345 Musterstadt"]),
    ];
    for (field, values) in sets {
        let out = ok(mappe(&dir).args(["profile", "set", field]).args(values));
        assert_eq!(out, format!("Saved {field}.\n"));
    }

    let expected = serde_json::json!({
        "given_names": "Amal",
        "family_name": "Al-Khatib",
        "aliases": ["Alkhatib", "Al Chatib", "Al-Hatib"],
        "birth_date": "1994-03-17",
        "birth_place": "Aleppo, Syria",
        "nationality": "Syrian",
        "languages": [
            {"language": "Arabic", "level": "native"},
            {"language": "Deutsch", "level": "B1"}
        ],
        "contact": {
            "phone": "+49 151 0000000",
            "email": "amal@example.org",
            "address": "Hauptstraße 1, 12345 Musterstadt"
        }
    });
    assert_eq!(json_of(mappe(&dir).args(["profile", "show", "--json"])), expected);
    assert_eq!(show_json(&dir)["profile"], expected);

    let human = ok(mappe(&dir).args(["profile", "show"]));
    for (label, value) in [
        ("Given names", "Amal"),
        ("Family name", "Al-Khatib"),
        ("Also written", "Alkhatib; Al Chatib; Al-Hatib"),
        ("Born", "1994-03-17"),
        ("Birth place", "Aleppo, Syria"),
        ("Nationality", "Syrian"),
        ("Languages", "Arabic (native), Deutsch (B1)"),
        ("Phone", "+49 151 0000000"),
        ("Email", "amal@example.org"),
        ("Address", "Hauptstraße 1, 12345 Musterstadt"),
    ] {
        assert!(
            human.lines().any(|l| l.trim_start().starts_with(label) && l.ends_with(value)),
            "no line `{label} … {value}` in\n{human}"
        );
    }

    // No value clears a field: a text field becomes null, a list becomes empty.
    for field in ["nationality", "aliases", "contact.email"] {
        let out = ok(mappe(&dir).args(["profile", "set", field]));
        assert_eq!(out, format!("Cleared {field}.\n"));
    }
    let profile = show_json(&dir)["profile"].clone();
    assert_eq!(profile["nationality"], Value::Null);
    assert_eq!(profile["aliases"], serde_json::json!([]));
    assert_eq!(profile["contact"]["email"], Value::Null);
    assert_eq!(profile["given_names"], "Amal");
    assert_eq!(profile["contact"]["phone"], "+49 151 0000000");
}

#[test]
fn profile_set_rejects_bad_input_and_changes_nothing() {
    let (_tmp, dir) = temp();
    init(&dir);
    let before = snapshot(&dir);

    let err = fails(mappe(&dir).args(["profile", "set", "shoe_size", "42"]), 2);
    assert!(err.contains("shoe_size"), "{err}");
    for field in [
        "given_names",
        "family_name",
        "aliases",
        "birth_date",
        "birth_place",
        "nationality",
        "languages",
        "contact.phone",
        "contact.email",
        "contact.address",
    ] {
        assert!(err.contains(field), "the valid field {field} is not listed: {err}");
    }

    let err = fails(mappe(&dir).args(["profile", "set", "birth_date", "1990-02-30"]), 2);
    assert!(err.contains("1990-02-30"), "{err}");
    assert!(err.contains("use YYYY-MM-DD"), "{err}");

    let err = fails(mappe(&dir).args(["profile", "set", "languages", "Arabic:native", "Deutsch:B3"]), 2);
    assert!(err.contains("B3"), "{err}");
    assert!(err.contains("A1, A2, B1, B2, C1, C2"), "{err}");

    assert_eq!(snapshot(&dir), before);
}

// ── cv ──────────────────────────────────────────────────────────────────────────────────────

#[test]
fn cv_add_list_remove() {
    let (_tmp, dir) = temp();
    init(&dir);
    // Added out of date order; lists show the oldest first.
    let mut added = Vec::new();
    for (kind, title, org, from, to) in [
        ("work", "Pharmacy assistant", "Eczane Şifa", "2017-09", "2021-06"),
        ("education", "Bachelor of Pharmacy", "University of Aleppo", "2012-09", "2017-07"),
        ("training", "Integrationskurs", "VHS Musterstadt", "2022-01", "2022-12"),
    ] {
        let out = ok(mappe(&dir)
            .args(["cv", "add", "--kind", kind, "--title", title])
            .args(["--organisation", org, "--place", "Aleppo, Syria"])
            .args(["--from", from, "--to", to, "--description", "Some details."]));
        added.push(id_after(&out, "Added CV entry "));
    }
    let (work, education, training) = (&added[0], &added[1], &added[2]);

    let list = json_of(mappe(&dir).args(["cv", "list", "--json"]));
    assert_eq!(ids(&list), [education.as_str(), work.as_str(), training.as_str()]);
    assert_eq!(
        list[1],
        serde_json::json!({
            "id": work,
            "kind": "work",
            "title": "Pharmacy assistant",
            "organisation": "Eczane Şifa",
            "place": "Aleppo, Syria",
            "from": "2017-09",
            "to": "2021-06",
            "description": "Some details."
        })
    );

    let human = ok(mappe(&dir).args(["cv", "list"]));
    for (id, line) in [
        (education, "Education: Bachelor of Pharmacy"),
        (work, "Work: Pharmacy assistant"),
        (training, "Training: Integrationskurs"),
    ] {
        assert!(human.contains(&format!("[{id}] {line}")), "{id} {line} in\n{human}");
    }
    assert!(human.contains("Eczane Şifa, Aleppo, Syria, 2017-09 – 2021-06"), "{human}");

    // Remove by full id, then by a unique prefix.
    let out = ok(mappe(&dir).args(["cv", "remove", education]));
    assert_eq!(out, format!("Removed CV entry {education}.\n"));
    let prefix = unique_prefix(training, &[work.clone(), training.clone()]);
    assert!(prefix.len() < training.len());
    let out = ok(mappe(&dir).args(["cv", "remove", &prefix]));
    assert_eq!(out, format!("Removed CV entry {training}.\n"));

    let before = file_bytes(dir.join("wallet.mappe"));
    let err = fails(mappe(&dir).args(["cv", "remove", "nonexistent"]), 2);
    assert!(err.contains("no CV entry with id `nonexistent`"), "{err}");
    assert_eq!(file_bytes(dir.join("wallet.mappe")), before);

    assert_eq!(ids(&show_json(&dir)["cv"]), [work.as_str()]);
}

#[test]
fn cv_add_rejects_bad_kind_and_date() {
    let (_tmp, dir) = temp();
    init(&dir);
    let before = snapshot(&dir);
    let err = fails(mappe(&dir).args(["cv", "add", "--kind", "hobby", "--title", "Chess"]), 2);
    assert!(err.contains("hobby"), "{err}");
    assert!(err.contains("education, work, training"), "{err}");
    let err = fails(mappe(&dir).args(["cv", "add", "--kind", "work", "--title", "Job", "--from", "09/2017"]), 2);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    assert_eq!(snapshot(&dir), before);
}

// ── certificates and attachments ────────────────────────────────────────────────────────────

#[test]
fn cert_with_scans_add_list_export_remove() {
    let (tmp, dir) = temp();
    init(&dir);
    let big = tmp.path().join("zeugnis-scan.bin");
    let big_bytes = random_bytes(300 * 1024);
    std::fs::write(&big, &big_bytes).unwrap();
    let pdf = tmp.path().join("telc-b1.pdf");
    let pdf_bytes = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nZertifikat Deutsch B1\n%%EOF\n";
    std::fs::write(&pdf, pdf_bytes).unwrap();

    let out = ok(mappe(&dir)
        .args(["cert", "add", "--kind", "qualification", "--title", "Abitur"])
        .args(["--issuer", "Ministry of Education", "--issued-on", "2012-06"])
        .arg("--file")
        .arg(&big));
    let cert_big = id_after(&out, "Added certificate ");
    let att_big = id_after(&out, "The scan is stored encrypted as attachment ");

    let out = ok(mappe(&dir)
        .args(["cert", "add", "--kind", "language", "--title", "Deutsch B1"])
        .args(["--level", "B1", "--exam", "DTZ", "--issued-on", "2023-01-20"])
        .arg("--file")
        .arg(&pdf));
    let cert_pdf = id_after(&out, "Added certificate ");
    let att_pdf = id_after(&out, "The scan is stored encrypted as attachment ");

    let out = ok(mappe(&dir).args([
        "cert",
        "add",
        "--kind",
        "recognition",
        "--title",
        "Anerkennung Apothekerin",
        "--issued-on",
        "2024-05",
    ]));
    let cert_plain = id_after(&out, "Added certificate ");
    assert!(!out.contains("attachment"), "{out}");

    // Lists.
    let certs = json_of(mappe(&dir).args(["cert", "list", "--json"]));
    assert_eq!(ids(&certs), [cert_big.as_str(), cert_pdf.as_str(), cert_plain.as_str()]);
    assert_eq!(certs[0]["attachment"].as_str(), Some(att_big.as_str()));
    assert_eq!(certs[1]["cefr_level"], "B1");
    assert_eq!(certs[1]["exam"], "DTZ");
    assert_eq!(certs[2]["attachment"], Value::Null);
    let human = ok(mappe(&dir).args(["cert", "list"]));
    assert!(human.contains(&format!("[{cert_pdf}] Language certificate: Deutsch B1")), "{human}");
    assert!(human.contains(&format!("scan: telc-b1.pdf ({} bytes), attachment {att_pdf}", pdf_bytes.len())), "{human}");

    let atts = json_of(mappe(&dir).args(["attachment", "list", "--json"]));
    assert_eq!(sorted(ids(&atts)), sorted(vec![att_big.clone(), att_pdf.clone()]));
    let a = by_id(&atts, &att_big);
    assert_eq!(a["name"], "zeugnis-scan.bin");
    assert_eq!(a["media_type"], "application/octet-stream");
    assert_eq!(a["size"], 300 * 1024);
    let a = by_id(&atts, &att_pdf);
    assert_eq!(a["name"], "telc-b1.pdf");
    assert_eq!(a["media_type"], "application/pdf");
    assert_eq!(a["size"], pdf_bytes.len());
    for a in atts.as_array().unwrap() {
        assert_eq!(a["sha256"].as_str().unwrap().len(), 64, "{a}");
        assert!(a.get("key").is_none(), "attachment key exported: {a}");
    }
    let human = ok(mappe(&dir).args(["attachment", "list"]));
    assert!(human.contains(&format!("[{att_big}] zeugnis-scan.bin (application/octet-stream, 300 KB)")), "{human}");
    assert!(human.contains(&format!("[{att_pdf}] telc-b1.pdf (application/pdf,")), "{human}");

    // On disk the scans are encrypted.
    assert_eq!(blob_names(&dir), sorted(vec![format!("{att_big}.blob"), format!("{att_pdf}.blob")]));
    let pdf_blob = file_bytes(dir.join("attachments").join(format!("{att_pdf}.blob")));
    assert!(!pdf_blob.windows(10).any(|w| w == b"Zertifikat"), "the scan is stored in clear");

    // Export gives back the same bytes.
    let out_big = tmp.path().join("exported.bin");
    let out = ok(mappe(&dir).args(["attachment", "export", &att_big]).arg(&out_big));
    assert!(out.starts_with(&format!("Wrote attachment {att_big} to ")), "{out}");
    assert!(file_bytes(&out_big) == big_bytes, "exported scan differs from the original");
    let out_pdf = tmp.path().join("exported.pdf");
    ok(mappe(&dir).args(["attachment", "export", &att_pdf]).arg(&out_pdf));
    assert_eq!(file_bytes(&out_pdf), pdf_bytes);

    // Removing a certificate removes its attachment record and its encrypted file.
    let out = ok(mappe(&dir).args(["cert", "remove", &cert_big]));
    assert_eq!(out, format!("Removed certificate {cert_big}.\n"));
    let after = show_json(&dir);
    assert_eq!(ids(&after["certificates"]), [cert_pdf.as_str(), cert_plain.as_str()]);
    assert_eq!(ids(&after["attachments"]), [att_pdf.as_str()]);
    assert_eq!(blob_names(&dir), [format!("{att_pdf}.blob")]);
    let err = fails(mappe(&dir).args(["attachment", "export", &att_big]).arg(tmp.path().join("gone.bin")), 2);
    assert!(err.contains("no attachment entry"), "{err}");
    assert!(!tmp.path().join("gone.bin").exists());
}

#[test]
fn cert_add_with_missing_file_or_bad_values_changes_nothing() {
    let (tmp, dir) = temp();
    init(&dir);
    let before = snapshot(&dir);
    let missing = tmp.path().join("no-such-scan.pdf");

    let err = fails(
        mappe(&dir).args(["cert", "add", "--kind", "language", "--title", "Deutsch B1", "--file"]).arg(&missing),
        2,
    );
    assert!(err.contains(&missing.display().to_string()), "{err}");

    // A folder is not a scan (found only after unlocking; still nothing is written).
    let err =
        fails(mappe(&dir).args(["cert", "add", "--kind", "other", "--title", "Folder", "--file"]).arg(tmp.path()), 2);
    assert!(err.contains("not a regular file"), "{err}");

    let err = fails(mappe(&dir).args(["cert", "add", "--kind", "language", "--title", "Deutsch", "--level", "B3"]), 2);
    assert!(err.contains("B3"), "{err}");

    let err = fails(mappe(&dir).args(["cert", "add", "--kind", "diploma", "--title", "X"]), 2);
    assert!(err.contains("language, qualification, recognition, other"), "{err}");

    let err = fails(mappe(&dir).args(["cert", "remove", "nonexistent"]), 2);
    assert!(err.contains("no certificate entry"), "{err}");

    assert_eq!(snapshot(&dir), before);
    assert!(blob_names(&dir).is_empty());
}

// ── residence papers ────────────────────────────────────────────────────────────────────────

#[test]
fn residence_every_kind_add_list_remove() {
    let (tmp, dir) = temp();
    init(&dir);
    let help = ok(bare(&dir).args(["residence", "add", "--help"]));
    for kind in RESIDENCE_KINDS {
        assert!(help.contains(kind), "{kind} not in help:\n{help}");
    }

    let scan = tmp.path().join("aufenthaltstitel.png");
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(random_bytes(2000));
    std::fs::write(&scan, &png).unwrap();

    // Issue dates rise with each paper, so the list (oldest first) keeps this order.
    let mut added = Vec::new();
    for (i, kind) in RESIDENCE_KINDS.into_iter().enumerate() {
        let mut cmd = mappe(&dir);
        cmd.args(["residence", "add", "--kind", kind, "--issued-on"]).arg(format!("{}-03-01", 2015 + i));
        if kind == "aufenthaltserlaubnis" {
            cmd.args(["--number", "Y00000000", "--valid-until", "2027-02-28"])
                .args(["--authority", "Ausländerbehörde Musterstadt", "--file"])
                .arg(&scan);
        }
        let out = ok(&mut cmd);
        added.push(id_after(&out, "Added residence paper "));
    }

    let list = json_of(mappe(&dir).args(["residence", "list", "--json"]));
    assert_eq!(ids(&list), added);
    let kinds: Vec<&str> = list.as_array().unwrap().iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, RESIDENCE_KINDS);
    assert_eq!(list[0]["number"], "Y00000000");
    assert_eq!(list[0]["issued_on"], "2015-03-01");
    assert_eq!(list[7]["issued_on"], "2022-03-01");
    assert_eq!(list[0]["valid_until"], "2027-02-28");
    assert_eq!(list[0]["authority"], "Ausländerbehörde Musterstadt");
    let att = list[0]["attachment"].as_str().unwrap().to_string();
    assert_eq!(show_json(&dir)["attachments"][0]["media_type"], "image/png");

    let human = ok(mappe(&dir).args(["residence", "list"]));
    assert!(human.contains(&format!("[{}] Aufenthaltserlaubnis", added[0])), "{human}");
    assert!(human.contains("no. Y00000000"), "{human}");
    assert!(human.contains("valid until 2027-02-28"), "{human}");
    assert!(human.contains(&format!("[{}] Duldung", added[3])), "{human}");
    assert!(human.contains(&format!("[{}] EU citizen", added[6])), "{human}");

    // Invalid kind: exit 2, the message lists the kinds, nothing changes.
    let before = snapshot(&dir);
    let err = fails(mappe(&dir).args(["residence", "add", "--kind", "passport"]), 2);
    assert!(err.contains("passport"), "{err}");
    assert!(err.contains(&RESIDENCE_KINDS.join(", ")), "{err}");
    assert_eq!(snapshot(&dir), before);

    // Removing the paper with the scan removes the scan too.
    ok(mappe(&dir).args(["residence", "remove", &added[0]]));
    ok(mappe(&dir).args(["residence", "remove", &added[3]]));
    let after = show_json(&dir);
    let left: Vec<String> =
        added.iter().enumerate().filter(|(i, _)| *i != 0 && *i != 3).map(|(_, id)| id.clone()).collect();
    assert_eq!(ids(&after["residence"]), left);
    assert_eq!(after["attachments"], serde_json::json!([]));
    assert!(blob_names(&dir).is_empty(), "blob of {att} left behind");
}

// ── show ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn show_groups_everything_and_json_has_no_keys() {
    let (tmp, dir) = temp();
    init(&dir);
    let scan = tmp.path().join("b1.pdf");
    std::fs::write(&scan, b"%PDF-1.7\nscan\n%%EOF\n").unwrap();
    ok(mappe(&dir).args(["profile", "set", "family_name", "Al-Khatib"]));
    ok(mappe(&dir).args(["cv", "add", "--kind", "work", "--title", "Pharmacy assistant"]));
    ok(mappe(&dir).args(["cert", "add", "--kind", "language", "--title", "Deutsch B1", "--file"]).arg(&scan));
    ok(mappe(&dir).args(["residence", "add", "--kind", "duldung", "--file"]).arg(&scan));

    let human = ok(mappe(&dir).arg("show"));
    let order = [
        "Wallet fingerprint: ",
        "\nPROFILE\n",
        "Al-Khatib",
        "\nCV\n",
        "Work: Pharmacy assistant",
        "\nCERTIFICATES\n",
        "Language certificate: Deutsch B1",
        "scan: b1.pdf",
        "\nRESIDENCE PAPERS\n",
        "Duldung (tolerated stay)",
        "scan: b1.pdf",
    ];
    let mut from = 0;
    for part in order {
        let at = human[from..].find(part).unwrap_or_else(|| panic!("{part:?} missing or out of order in\n{human}"));
        from += at + part.len();
    }

    let json = show_json(&dir);
    assert_eq!(json["format"], "mappe-wallet-json/1");
    assert_eq!(json["identity"]["public_key"].as_str().unwrap().len(), 64);
    let atts = json["attachments"].as_array().unwrap();
    assert_eq!(atts.len(), 2);
    for a in atts {
        let obj = a.as_object().unwrap();
        assert!(!obj.contains_key("key"), "attachment key exported: {a}");
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["id", "media_type", "name", "sha256", "size"]);
    }
}

// ── errors ──────────────────────────────────────────────────────────────────────────────────

#[test]
fn wrong_passphrase_is_exit_4_and_changes_nothing() {
    let (_tmp, dir) = temp();
    init(&dir);
    let before = snapshot(&dir);
    let err = fails(mappe_with(&dir, "not the passphrase").arg("show"), 4);
    assert!(err.to_lowercase().contains("wrong passphrase"), "{err}");
    let err = fails(mappe_with(&dir, "not the passphrase").args(["profile", "set", "family_name", "X"]), 4);
    assert!(err.to_lowercase().contains("wrong passphrase"), "{err}");
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn no_wallet_is_exit_3_without_asking_for_a_passphrase() {
    let (_tmp, dir) = temp();
    // No MAPPE_PASSPHRASE and stdin is not a terminal: still "no wallet", not "no passphrase".
    for args in
        [&["show"][..], &["profile", "set", "family_name", "Al-Khatib"], &["cv", "list"], &["attachment", "list"]]
    {
        let err = fails(bare(&dir).args(args), 3);
        assert!(err.contains("no wallet in"), "{err}");
        assert!(err.contains("run `mappe init`"), "{err}");
    }
    let err = fails(mappe(&dir).arg("show"), 3);
    assert!(err.contains("run `mappe init`"), "{err}");
    assert!(!dir.exists(), "a failed command created {}", dir.display());
}

#[test]
fn damaged_wallet_file_is_exit_5_and_left_alone() {
    let (_tmp, dir) = temp();
    init(&dir);
    ok(mappe(&dir).args(["profile", "set", "family_name", "Al-Khatib"]));
    let wallet = dir.join("wallet.mappe");
    let len = file_bytes(&wallet).len();
    flip_byte(&wallet, len / 2);
    let before = snapshot(&dir);

    let err = fails(mappe(&dir).arg("show"), 5);
    assert!(err.to_lowercase().contains("integrity check failed"), "{err}");
    assert!(err.contains("wallet file"), "{err}");
    let err = fails(mappe(&dir).args(["profile", "set", "family_name", "Other"]), 5);
    assert!(err.to_lowercase().contains("integrity check failed"), "{err}");
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn newer_wallet_format_is_exit_6() {
    let (_tmp, dir) = temp();
    init(&dir);
    let wallet = dir.join("wallet.mappe");
    let mut bytes = file_bytes(&wallet);
    assert_eq!(&bytes[..6], b"MAPPE\x01");
    bytes[5] = 2;
    std::fs::write(&wallet, &bytes).unwrap();

    let err = fails(mappe(&dir).arg("show"), 6);
    assert!(err.contains("written by a newer version of Mappe"), "{err}");
    assert!(err.contains("format version 2"), "{err}");
    assert_eq!(file_bytes(&wallet), bytes);
}

#[test]
fn damaged_keystore_is_exit_5_not_wrong_passphrase() {
    let (_tmp, dir) = temp();
    init(&dir);
    let keystore = dir.join("keystore.mappe");
    let len = file_bytes(&keystore).len();
    flip_byte(&keystore, len / 2);
    let before = snapshot(&dir);

    let err = fails(mappe(&dir).arg("show"), 5);
    assert!(err.to_lowercase().contains("integrity check failed"), "{err}");
    assert!(err.contains("keystore"), "{err}");
    assert!(!err.to_lowercase().contains("wrong passphrase"), "{err}");
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn no_passphrase_available_says_how_to_give_one() {
    let (_tmp, dir) = temp();
    // init: no env, no file, stdin not a terminal.
    let err = fails(bare(&dir).arg("init"), 2);
    assert!(err.contains("no passphrase given"), "{err}");
    assert!(err.contains("MAPPE_PASSPHRASE"), "{err}");
    assert!(err.contains("--passphrase-file"), "{err}");
    assert!(!dir.exists(), "init without a passphrase created {}", dir.display());

    // Opening an existing wallet.
    init(&dir);
    let before = snapshot(&dir);
    let err = fails(bare(&dir).args(["profile", "set", "family_name", "X"]), 2);
    assert!(err.contains("MAPPE_PASSPHRASE"), "{err}");
    assert!(err.contains("--passphrase-file"), "{err}");
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn passphrase_file_first_line_is_the_passphrase() {
    let (tmp, dir) = temp();
    let file = tmp.path().join("pass.txt");
    // Windows line endings; only the first line counts.
    std::fs::write(&file, "file passphrase 123\r\nsecond line is ignored\r\n").unwrap();

    let out = ok(bare(&dir).arg("--passphrase-file").arg(&file).arg("init"));
    recovery_code_of(&out);
    // The file wins over MAPPE_PASSPHRASE.
    ok(mappe_with(&dir, "something else").arg("--passphrase-file").arg(&file).args([
        "profile",
        "set",
        "given_names",
        "Amal",
    ]));
    // The passphrase is exactly the first line, without its line ending.
    let json = json_of(mappe_with(&dir, "file passphrase 123").args(["show", "--json"]));
    assert_eq!(json["profile"]["given_names"], "Amal");

    let wrong = tmp.path().join("wrong.txt");
    std::fs::write(&wrong, "file passphrase 12\nfile passphrase 123\n").unwrap();
    let err = fails(bare(&dir).arg("--passphrase-file").arg(&wrong).arg("show"), 4);
    assert!(err.to_lowercase().contains("wrong passphrase"), "{err}");

    let missing = tmp.path().join("missing.txt");
    let err = fails(bare(&dir).arg("--passphrase-file").arg(&missing).arg("show"), 2);
    assert!(err.contains("cannot read the passphrase file"), "{err}");
    assert!(err.contains(&missing.display().to_string()), "{err}");
}

// ── demo ────────────────────────────────────────────────────────────────────────────────────
// `mappe demo --relay URL` against a real `mappe-relay` process is tested in tests/tests/demo.rs.

#[cfg(feature = "embedded-relay")]
#[test]
fn demo_with_its_relay_inside_runs_the_whole_flow_and_ends_with_the_revoked_share_refused() {
    let mut cmd = Command::cargo_bin("mappe").unwrap();
    cmd.env_remove("MAPPE_HOME").env_remove("MAPPE_PASSPHRASE");
    let out = cmd.arg("demo").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    for expected in [
        "Relay listening at http://127.0.0.1:",
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
}

#[cfg(not(feature = "embedded-relay"))]
#[test]
fn demo_without_a_relay_inside_says_how_to_run_it_and_does_nothing() {
    let mut cmd = Command::cargo_bin("mappe").unwrap();
    let tmp = tempfile::tempdir().unwrap();
    cmd.env_remove("MAPPE_HOME").env_remove("MAPPE_PASSPHRASE").env("TMPDIR", tmp.path());
    let err = fails(cmd.arg("demo"), 2);
    assert!(err.contains("--features embedded-relay -- demo"), "{err}");
    assert!(err.contains("mappe demo --relay URL"), "{err}");
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0, "the demo created files");
}

#[test]
fn demo_refuses_a_relay_address_that_is_not_one() {
    let mut cmd = Command::cargo_bin("mappe").unwrap();
    cmd.env_remove("MAPPE_HOME").env_remove("MAPPE_PASSPHRASE");
    let err = fails(cmd.args(["demo", "--relay", "http://relay.example.org"]), 2);
    assert!(err.contains("--relay http://relay.example.org: a relay address must start with https://"), "{err}");
}

// ── recovery as printed, lost keystore, aliases ─────────────────────────────────────────────

#[test]
fn recover_accepts_the_code_pasted_as_printed_on_two_lines() {
    let (tmp, dir) = temp();
    let out = ok(mappe(&dir).arg("init"));
    let printed: Vec<&str> = out.lines().filter(|l| l.starts_with("    ")).collect();
    assert_eq!(printed.len(), 2, "the code is printed on two lines:\n{out}");
    let other = tmp.path().join("other");
    let restored = ok(mappe(&other).arg("recover").write_stdin(format!("{}\n{}\n", printed[0], printed[1])));
    assert_eq!(fingerprint_of(&restored), fingerprint_of(&out));
}

#[test]
fn a_lost_keystore_is_named_and_recover_brings_the_papers_back() {
    let (_tmp, dir) = temp();
    let code = init(&dir);
    ok(mappe(&dir).args(["profile", "set", "family_name", "Al-Khatib"]));
    std::fs::remove_file(dir.join("keystore.mappe")).unwrap();
    let before = snapshot(&dir);

    let err = fails(mappe(&dir).arg("show"), 3);
    assert!(err.contains("no keystore") && err.contains("mappe recover"), "{err}");
    let err = fails(mappe(&dir).arg("init"), 3);
    assert!(err.contains("no keystore"), "{err}");
    assert_eq!(snapshot(&dir), before, "a refused init must not touch the wallet file");

    ok(mappe(&dir).arg("recover").write_stdin(format!("{code}\n")));
    assert_eq!(show_json(&dir)["profile"]["family_name"], "Al-Khatib");
}

#[test]
fn aliases_keep_the_order_given_without_duplicates() {
    let (_tmp, dir) = temp();
    init(&dir);
    ok(mappe(&dir).args(["profile", "set", "aliases", "Alkhatib", "Al Chatib", "Alkhatib"]));
    assert_eq!(show_json(&dir)["profile"]["aliases"], serde_json::json!(["Alkhatib", "Al Chatib"]));
    ok(mappe(&dir).args(["profile", "set", "aliases", "Al Chatib", "Alkhatib"]));
    assert_eq!(show_json(&dir)["profile"]["aliases"], serde_json::json!(["Al Chatib", "Alkhatib"]));
}

#[test]
fn a_bad_media_type_is_refused_before_anything_is_written() {
    let (tmp, dir) = temp();
    init(&dir);
    let scan = tmp.path().join("scan.pdf");
    std::fs::write(&scan, b"%PDF-1.4 test").unwrap();
    let before = snapshot(&dir);
    let err = fails(
        mappe(&dir)
            .args(["cert", "add", "--kind", "language", "--title", "Deutsch B1", "--media-type", "pdf"])
            .arg("--file")
            .arg(&scan),
        2,
    );
    assert!(err.contains("media type"), "{err}");
    assert_eq!(snapshot(&dir), before);
}

/// `mappe agency init` writes the office card as a QR code too: decoded from the PNG, it is
/// exactly the signed card of agency.json (what the phone app reads when it scans it).
#[test]
fn agency_card_qr_decodes_to_the_card() {
    let (_tmp, dir) = temp();
    let office = dir.join("office");
    let out = ok(mappe(&office).args(["agency", "init", "--name", "Jobcenter Musterstadt", "--kind", "jobcenter"]));
    assert!(out.contains("agency-card.png"), "{out}");
    let img = image::open(office.join("agency-card.png")).unwrap().to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, text) = grids[0].decode().unwrap();
    let from_qr: Value = serde_json::from_str(&text).unwrap();
    let from_file: Value = serde_json::from_slice(&file_bytes(office.join("agency.json"))).unwrap();
    assert_eq!(from_qr, from_file);
}

#[test]
fn german_dates_are_read_and_a_cv_entry_cannot_end_before_it_starts() {
    let (_tmp, dir) = temp();
    init(&dir);
    ok(mappe(&dir).args(["profile", "set", "birth_date", "15.04.1991"]));
    ok(mappe(&dir).args(["cv", "add", "--kind", "work", "--title", "Maurer", "--from", "01.05.2019", "--to", "2020"]));
    let show = show_json(&dir);
    assert_eq!(show["profile"]["birth_date"], "1991-04-15");
    assert_eq!(show["cv"][0]["from"], "2019-05-01");
    let before = snapshot(&dir);
    let err = fails(
        mappe(&dir).args(["cv", "add", "--kind", "work", "--title", "X", "--from", "2021", "--to", "12.2020"]),
        2,
    );
    assert!(err.contains("ends (2020-12) before it starts (2021)"), "{err}");
    let err = fails(mappe(&dir).args(["cv", "add", "--kind", "work", "--title", "X", "--from", "31.02.2020"]), 2);
    assert!(err.contains("is not a date"), "{err}");
    assert_eq!(snapshot(&dir), before, "a refused entry changed the wallet");
}

/// Issue 13, must-show 1 (CLI part): a permit ending in 45 days is listed first with the advice
/// to apply for an extension; an expired Duldung is marked expired; `--json` for scripts.
#[test]
fn status_lists_the_permit_ending_soon_first_and_marks_the_expired_duldung() {
    let (_tmp, dir) = temp();
    init(&dir);
    let in_45_days = wallet_core::time::date_of(wallet_core::time::now() + 45 * 86_400);
    ok(mappe(&dir).args(["residence", "add", "--kind", "duldung", "--valid-until", "2025-06-30"]));
    ok(mappe(&dir).args(["residence", "add", "--kind", "aufenthaltserlaubnis", "--valid-until", &in_45_days]));
    let human = ok(mappe(&dir).arg("status"));
    let lines: Vec<&str> = human.lines().collect();
    assert!(lines[0].contains("Your Aufenthaltserlaubnis (residence permit) ends in 45 days"), "{human}");
    assert!(
        lines[1].contains("Apply for an extension at the Ausländerbehörde")
            && lines[1].contains("Fiktionsbescheinigung"),
        "{human}"
    );
    assert!(human.contains("Expired: Duldung (tolerated stay) (ended 2025-06-30"), "{human}");
    let json = json_of(mappe(&dir).args(["status", "--json"]));
    assert_eq!(json[0]["kind"], "residence_expiring");
    assert_eq!(json[0]["urgency"], "within_90_days");
    assert_eq!(json[0]["days_left"], 45);
    assert_eq!(json[1]["kind"], "residence_superseded");
    let empty = temp();
    init(&empty.1);
    assert_eq!(ok(mappe(&empty.1).arg("status")).trim(), "Nothing needs your attention now.");
}

/// Issue 13: a residence paper records what offices ask for (legal basis, work, conditions); an
/// unknown way of working is refused before anything is written.
#[test]
fn residence_add_records_legal_basis_work_and_conditions() {
    let (_tmp, dir) = temp();
    init(&dir);
    ok(mappe(&dir).args([
        "residence",
        "add",
        "--kind",
        "aufenthaltserlaubnis",
        "--legal-basis",
        "§ 16a AufenthG",
        "--work",
        "permitted_with_approval",
        "--conditions",
        "Wohnsitzauflage Musterstadt",
    ]));
    ok(mappe(&dir).args(["residence", "add", "--kind", "duldung"]));
    let list = json_of(mappe(&dir).args(["residence", "list", "--json"]));
    let permit = list.as_array().unwrap().iter().find(|r| r["kind"] == "aufenthaltserlaubnis").unwrap();
    assert_eq!(permit["legal_basis"], "§ 16a AufenthG");
    assert_eq!(permit["work"], "permitted_with_approval");
    assert_eq!(permit["conditions"], "Wohnsitzauflage Musterstadt");
    let duldung = list.as_array().unwrap().iter().find(|r| r["kind"] == "duldung").unwrap();
    assert!(duldung.get("work").is_none() && duldung.get("legal_basis").is_none(), "{duldung}");
    let before = snapshot(&dir);
    let err = fails(mappe(&dir).args(["residence", "add", "--kind", "visa", "--work", "sometimes"]), 2);
    assert!(err.contains("permitted_with_approval"), "{err}");
    assert_eq!(snapshot(&dir), before, "a refused paper changed the wallet");
}
