//! The trust list the relay publishes at `GET /v1/directory` (setting `directory`): the offices
//! whose attestations this relay's operator vouches for.
//!
//! The file is either a JSON list of offices, which the relay checks and signs with its own key
//! (the one at `/.well-known/mappe-relay.json`) when it starts, or a trust list token signed
//! elsewhere (a municipality's), which it checks for shape and serves byte for byte. It is read
//! by `--check-config` and at start, so a bad file stops the relay before it serves anything.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use wallet_core::attest::jws::{ALG, Jws};
use wallet_core::attest::trust::{MAX_AGENCIES, MAX_TRUST_LIST, TRUST_LIST_TYP};
use wallet_core::attest::{TrustList, TrustedAgency};
use wallet_core::crypto::{IdentitySecret, SecretKey};
use wallet_core::share::agency::AGENCY_KINDS;

/// Longest office or publisher name, in characters (as on an agency card).
pub const MAX_NAME: usize = 200;

/// Why the `directory` file cannot be published; one sentence naming the setting.
#[derive(Debug, thiserror::Error)]
#[error("invalid setting directory: {path}: {reason}")]
pub struct DirectoryError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong with it.
    pub reason: String,
}

/// What the `directory` file holds, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Directory {
    /// Offices the relay signs into a trust list itself.
    Agencies {
        /// Who publishes the list (shown to verifiers).
        publisher: String,
        /// The offices, keys in lower-case hex.
        agencies: Vec<TrustedAgency>,
    },
    /// A trust list token signed by someone else, served as it is in the file.
    Signed(String),
}

/// The JSON file of offices.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct AgencyFile {
    publisher: String,
    agencies: Vec<AgencyEntry>,
}

/// One office in the file; unknown fields are refused so that a misspelt key is noticed.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct AgencyEntry {
    name: String,
    kind: String,
    ed25519: String,
}

impl Directory {
    /// Reads and checks the file at `path`.
    pub fn read(path: &Path) -> Result<Self, DirectoryError> {
        let fail = |reason: String| DirectoryError { path: path.to_path_buf(), reason };
        let file = std::fs::File::open(path).map_err(|e| fail(format!("cannot be read ({e})")))?;
        let mut bytes = Vec::new();
        file.take(MAX_TRUST_LIST as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| fail(format!("cannot be read ({e})")))?;
        if bytes.len() > MAX_TRUST_LIST {
            return Err(fail(format!("is larger than {MAX_TRUST_LIST} bytes")));
        }
        let text = String::from_utf8(bytes).map_err(|_| fail("is not UTF-8 text".into()))?;
        let directory = if text.trim_start().starts_with('{') {
            Self::from_json(&text).map_err(fail)?
        } else {
            check_token(&text).map_err(fail)?;
            Self::Signed(text)
        };
        // Verifiers refuse a list over MAX_TRUST_LIST: measure what would be served. The
        // signature's length does not depend on the key, so a throwaway key tells the size.
        let size = directory.token(&IdentitySecret::from_seed(&SecretKey::from_bytes([0; 32])), u64::MAX).len();
        if size > MAX_TRUST_LIST {
            return Err(fail(format!(
                "signed, the list would be {size} bytes; verifiers take at most {MAX_TRUST_LIST}"
            )));
        }
        Ok(directory)
    }

    /// The token to serve: the file's own token, or the offices signed by `key` at `iat`.
    pub fn token(&self, key: &IdentitySecret, iat: u64) -> String {
        match self {
            Self::Agencies { publisher, agencies } => TrustList::sign(key, publisher, agencies.clone(), iat),
            Self::Signed(token) => token.clone(),
        }
    }

    /// Reads and checks the JSON list of offices.
    fn from_json(text: &str) -> Result<Self, String> {
        let file: AgencyFile = serde_json::from_str(text).map_err(|e| {
            format!("is not a list of offices {{\"publisher\": …, \"agencies\": [{{\"name\", \"kind\", \"ed25519\"}}]}} ({e})")
        })?;
        check_name(&file.publisher).map_err(|why| format!("the publisher {why}"))?;
        if file.agencies.len() > MAX_AGENCIES {
            return Err(format!("lists {} offices; a trust list holds at most {MAX_AGENCIES}", file.agencies.len()));
        }
        let mut agencies: Vec<TrustedAgency> = Vec::with_capacity(file.agencies.len());
        for (i, a) in file.agencies.into_iter().enumerate() {
            let n = i + 1;
            check_name(&a.name).map_err(|why| format!("the name of office {n} {why}"))?;
            if !AGENCY_KINDS.contains(&a.kind.as_str()) {
                return Err(format!(
                    "office {n} ({}) has the kind {:?}; the kinds are {}",
                    a.name,
                    a.kind,
                    AGENCY_KINDS.join(", ")
                ));
            }
            if a.ed25519.len() != 64 || !a.ed25519.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(format!("the ed25519 key of office {n} ({}) is not 64 hex characters", a.name));
            }
            let ed25519 = a.ed25519.to_ascii_lowercase();
            // Two entries for one key would make "confirmed by" depend on the list's order.
            if let Some(first) = agencies.iter().position(|b| b.ed25519 == ed25519) {
                return Err(format!("offices {} and {n} have the same ed25519 key", first + 1));
            }
            agencies.push(TrustedAgency { name: a.name, kind: a.kind, ed25519 });
        }
        Ok(Self::Agencies { publisher: file.publisher, agencies })
    }
}

/// A name is shown to people: 1 to [`MAX_NAME`] characters, not blank, no control characters.
fn check_name(name: &str) -> Result<(), String> {
    if name.trim().is_empty() || name.chars().count() > MAX_NAME || name.chars().any(char::is_control) {
        return Err(format!("must be 1 to {MAX_NAME} characters of plain text"));
    }
    Ok(())
}

/// A token signed elsewhere: a compact JWS with `typ` `mappe-trust-list+jwt`, Ed25519, and a
/// payload verifiers can read. Its signature is checked by the verifiers against the key they
/// pinned; the relay does not know that key.
fn check_token(text: &str) -> Result<(), String> {
    let not_a_list = "is neither a JSON list of offices nor a signed trust list (a compact JWS)";
    let jws = Jws::parse(text.trim()).map_err(|_| not_a_list.to_string())?;
    if jws.typ() != Some(TRUST_LIST_TYP) {
        return Err(format!("is a JWS whose typ is not {TRUST_LIST_TYP}"));
    }
    if jws.alg() != Some(ALG) {
        return Err(format!("is a trust list not signed with {ALG}"));
    }
    let list: TrustList = serde_json::from_value(serde_json::Value::Object(jws.payload))
        .map_err(|_| "is a trust list whose payload is not the expected JSON".to_string())?;
    if list.v != 1 {
        return Err(format!("is a trust list of format version {}; this relay serves version 1", list.v));
    }
    if list.agencies.len() > MAX_AGENCIES {
        return Err(format!("is a trust list of more than {MAX_AGENCIES} offices"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn read(text: &str) -> Result<Directory, String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("offices.json");
        std::fs::write(&path, text).unwrap();
        Directory::read(&path).map_err(|e| e.to_string())
    }

    const KEY: &str = "0101010101010101010101010101010101010101010101010101010101010101";

    #[test]
    fn a_list_of_offices_is_checked_and_keys_are_lower_cased() {
        let upper = KEY.replace('0', "A");
        let text = format!(
            r#"{{"publisher": "Stadt Musterstadt", "agencies": [{{"name": "ABH Musterstadt", "kind": "auslaenderbehoerde", "ed25519": "{upper}"}}]}}"#
        );
        let Directory::Agencies { publisher, agencies } = read(&text).unwrap() else { panic!("not agencies") };
        assert_eq!(publisher, "Stadt Musterstadt");
        assert_eq!(agencies[0].ed25519, upper.to_ascii_lowercase());
    }

    #[test]
    fn every_rule_of_the_office_list_names_the_setting_and_the_office() {
        let entry = |name: &str, kind: &str, key: &str| {
            format!(r#"{{"name": "{name}", "kind": "{kind}", "ed25519": "{key}"}}"#)
        };
        let list = |entries: &[String]| format!(r#"{{"publisher": "P", "agencies": [{}]}}"#, entries.join(","));
        for (text, needle) in [
            (list(&[entry("A", "embassy", KEY)]), "has the kind \"embassy\""),
            (list(&[entry("A", "jobcenter", &KEY[1..])]), "not 64 hex characters"),
            (list(&[entry("A", "jobcenter", &KEY.replace('0', "g"))]), "not 64 hex characters"),
            (list(&[entry("", "jobcenter", KEY)]), "the name of office 1"),
            (list(&[entry(&"x".repeat(201), "jobcenter", KEY)]), "1 to 200 characters"),
            (list(&[entry("A", "jobcenter", KEY), entry("B", "other", KEY)]), "offices 1 and 2 have the same"),
            (r#"{"publisher": "", "agencies": []}"#.to_string(), "the publisher must be"),
            (r#"{"publisher": "P", "agencies": [], "extra": 1}"#.to_string(), "not a list of offices"),
            ("not a token".to_string(), "neither a JSON list"),
        ] {
            let err = read(&text).unwrap_err();
            assert!(err.starts_with("invalid setting directory: ") && err.contains(needle), "{needle}: {err}");
            assert_eq!(err.lines().count(), 1, "{err}");
        }
        assert!(read(&list(&[entry(&"ü".repeat(200), "jobcenter", KEY)])).is_ok(), "200 characters, 400 bytes");
    }

    #[test]
    fn a_signed_list_is_kept_byte_for_byte_and_other_tokens_are_refused() {
        let key = IdentitySecret::from_seed(&SecretKey::from_bytes([9; 32]));
        let token = TrustList::sign(&key, "Stadt", Vec::new(), 1) + "\n";
        assert_eq!(read(&token).unwrap(), Directory::Signed(token.clone()));
        assert_eq!(read(&token).unwrap().token(&key, 5), token);
        let status = wallet_core::attest::StatusList::sign(&key, "https://r/v1/status/x", 8, &[], 1).unwrap();
        assert!(read(&status).unwrap_err().contains("typ is not mappe-trust-list+jwt"));
    }
}
