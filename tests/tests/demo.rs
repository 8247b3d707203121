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
        .env("MAPPE_LANG", "en")
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

/// The example person's own entries, which the demo shows as she typed them (names, places, her
/// studies, the German names of her papers and offices): data, not words of `mappe`.
const EXAMPLE_DATA: [&str; 27] = [
    "Dispensing, stock keeping, advising Arabic-speaking customers.",
    "Deutsch-Test für Zuwanderer (DTZ)",
    "Integrationskurs (600 hours)",
    "amal.alkhatib@example.org",
    "Ausländerbehörde Musterstadt",
    "Jobcenter Musterstadt",
    "Antrag auf Bürgergeld",
    "University of Aleppo",
    "Bachelor of Pharmacy",
    "Pharmacy assistant",
    "Aleppo, Syria",
    "Gaziantep, Türkiye",
    "VHS Musterstadt",
    "Eczane Şifa",
    "telc gGmbH",
    "telc-b1-scan.pdf",
    "Deutsch B1",
    "Al-Khatib",
    "Alkhatib",
    "Al Chatib",
    "Syrian",
    "Arabic (native)",
    "English (B2)",
    "Deutsch (B1)",
    "Musterstadt",
    "Amal",
    "jobcenter",
];

/// Words that are the same in every language: product and file-format names, the German names
/// of papers and offices (on the papers themselves), units, and what a person types (commands).
/// Compared without case. `mappe open LINK --as AGENCY_FOLDER` is typed as it is.
const SAME_IN_EVERY_LANGUAGE: [&str; 16] = [
    "Aufenthaltserlaubnis",
    "Mappe",
    "SQLite",
    "KiB",
    "PDF",
    "UTC",
    "Jobcenter",
    "CEFR",
    "agency",
    "json",
    "LINK",
    "folder",
    "open",
    "application",
    "http",
    "png",
];

/// Issue 13, must-show 4: the whole demo in Arabic leaves no English word of `mappe` in what it
/// prints. Everything the person's entries contain, links, ids, keys and paths are taken out
/// first; what is left must not hold a single Latin-script word of three or more letters other
/// than the few that are the same in every language, and none of the English catalog's sentences.
#[test]
fn the_whole_demo_in_arabic_says_nothing_in_english() {
    let tmp = tempfile::tempdir().unwrap();
    let relay = RelayProcess::start(tmp.path(), &[]);
    let out = assert_cmd::Command::new(bin("mappe"))
        .env_remove("MAPPE_HOME")
        .env_remove("MAPPE_PASSPHRASE")
        .env("MAPPE_LANG", "de")
        .args(["--lang", "ar", "demo", "--relay", &relay.url])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    // It really is the Arabic run: Arabic headings, Arabic consent, dates in the Arabic form.
    for arabic in ["الخطوة", "الملف الشخصي", "أوراق الإقامة", "رُفض", "17/03/1994"] {
        assert!(stdout.contains(arabic), "missing {arabic:?} in\n{stdout}");
    }
    let mut rest = stdout.clone();
    for value in EXAMPLE_DATA {
        rest = rest.replace(value, " ");
    }
    let english_sentences: Vec<String> = include_str!("../../crates/wallet-core/locales/cli/en.ftl")
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && !l.contains('{'))
        .filter_map(|l| l.split_once(" = ").map(|(_, text)| text.to_string()))
        .filter(|text| text.len() >= 12)
        .collect();
    assert!(english_sentences.len() > 100, "the English catalog was not read");
    for sentence in &english_sentences {
        assert!(!rest.contains(sentence.as_str()), "English left in the Arabic demo: {sentence:?}\n{stdout}");
    }
    // Every English word mappe knows (from its English catalog), against every word left. Runs
    // with a digit are ids, keys or fingerprints, never words.
    let vocabulary: std::collections::BTreeSet<String> = english_sentences_and_words()
        .into_iter()
        .map(|w| w.to_lowercase())
        .filter(|w| w.len() >= 3 && !SAME_IN_EVERY_LANGUAGE.iter().any(|same| same.eq_ignore_ascii_case(w)))
        .collect();
    let english_words: Vec<&str> = rest
        .split_whitespace()
        // Paths, links and keys (agency:…) are not words anyone reads; flags (--relay) are typed.
        .filter(|token| !(token.contains('/') || token.contains(':') && token.len() > 20))
        .filter(|token| !token.trim_start_matches('\u{2068}').starts_with("--"))
        .flat_map(|token| token.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| vocabulary.contains(&w.to_lowercase()))
        .collect();
    assert!(english_words.is_empty(), "Latin-script words left in the Arabic demo: {english_words:?}\n{stdout}");
}

/// The words of the English catalog's texts (variables and comments left out).
fn english_sentences_and_words() -> Vec<String> {
    include_str!("../../crates/wallet-core/locales/cli/en.ftl")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = ").map(|(_, text)| text).or(Some(l)))
        .flat_map(|text| {
            let mut words = Vec::new();
            let mut in_variable = false;
            for part in text.split(|c: char| !c.is_ascii_alphabetic() && c != '$') {
                if part.starts_with('$') {
                    in_variable = true;
                    continue;
                }
                if !in_variable && !part.is_empty() {
                    words.push(part.to_string());
                }
                in_variable = false;
            }
            words
        })
        .collect()
}
