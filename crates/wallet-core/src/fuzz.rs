//! Entry points for fuzzing: every parser that takes bytes from outside, each behind one
//! `fn(&[u8])` that must return (with an error or not) and never panic. The cargo-fuzz targets in
//! `fuzz/` call these, and `tests/fuzz_corpus.rs` replays the committed corpus through the same
//! functions in every test run. Keys and times are fixed, so a finding replays exactly.

use crate::crypto::{SIGNATURE_LEN, SecretKey};
use crate::keys::{RecoveryCode, RootSecret, WalletKeys};
use crate::share::agency::{AgencyCard, OfficeExport};
use crate::share::seen::Seen;
use crate::share::{ShareId, ShareKey, ShareLink, VerifyOptions, open_share};
use crate::wire::{attachment, keystore, wallet_file};

/// The fixed time of every target (2026-11-25).
pub const NOW: u64 = 1_795_564_800;

/// A fuzz target: takes any bytes, never panics.
pub type Target = fn(&[u8]);

/// Every target, by the name of its corpus folder.
pub const TARGETS: [(&str, Target); 11] = [
    ("sync_entry", sync_entry),
    ("share_open", share_open),
    ("keystore", keystore_header),
    ("wallet_file", wallet_file_open),
    ("attachment", attachment_stream),
    ("share_link", share_link),
    ("agency_card", agency_card),
    ("recovery_code", recovery_code),
    ("signed_request", signed_request),
    ("office_export", office_export),
    ("seen_record", seen_record),
];

/// The fixed wallet and office keys, derived once (deriving costs more than most inputs).
fn keys() -> &'static WalletKeys {
    static KEYS: std::sync::OnceLock<WalletKeys> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| RootSecret::from_bytes([7; 32]).derive())
}

fn text(data: &[u8]) -> &str {
    std::str::from_utf8(data).unwrap_or("")
}

/// A sync-log entry as the relay parses it (header only) and checks it (signature in the
/// first 64 bytes, entry after), and as a device opens it.
pub fn sync_entry(data: &[u8]) {
    let _ = crate::sync::entry_header(data);
    if data.len() >= SIGNATURE_LEN {
        let (sig, entry) = data.split_at(SIGNATURE_LEN);
        let sig: [u8; SIGNATURE_LEN] = sig.try_into().unwrap_or([0; SIGNATURE_LEN]);
        let _ = crate::sync::verify_entry(entry, &sig);
    }
}

/// A share as a caseworker opens it: bearer with a fixed key, and addressed to a fixed office
/// (the first 32 bytes are taken as the wrapped key when there are enough).
pub fn share_open(data: &[u8]) {
    let id = ShareId([3; 16]);
    let bearer =
        VerifyOptions { id, key: Some(ShareKey(SecretKey::from_bytes([5; 32]))), agency: None, revision: 1, now: NOW };
    let _ = open_share(&bearer, data, None);
    let office = keys();
    let addressed = VerifyOptions { id, key: None, agency: Some(office.agreement()), revision: 1, now: NOW };
    if data.len() > 64 {
        let (wrapped, ciphertext) = data.split_at(64);
        let _ = open_share(&addressed, ciphertext, Some(wrapped));
    }
}

/// A keystore's header as read without the passphrase (opening it runs Argon2 with the
/// parameters it names, which the parser bounds; that cost is not fuzzed).
pub fn keystore_header(data: &[u8]) {
    let _ = keystore::public_identity(data);
    let _ = keystore::params(data);
}

/// A wallet file opened with the right keys.
pub fn wallet_file_open(data: &[u8]) {
    let _ = wallet_file::open(keys(), data);
}

/// An attachment stream decrypted with a fixed key.
pub fn attachment_stream(data: &[u8]) {
    let _ = attachment::decrypt(&SecretKey::from_bytes([9; 32]), &mut &data[..], &mut std::io::sink());
}

/// A share link as typed, pasted or read from a QR code.
pub fn share_link(data: &[u8]) {
    let _ = ShareLink::parse(text(data));
}

/// An office's card as a file or a QR code.
pub fn agency_card(data: &[u8]) {
    let _ = AgencyCard::parse(data);
}

/// A recovery code as typed.
pub fn recovery_code(data: &[u8]) {
    let _ = RecoveryCode::parse(text(data));
}

/// A signed request as the relay checks it: key, time, nonce, signature, method and path are
/// newline-separated fields of the input; the body's hash is fixed.
pub fn signed_request(data: &[u8]) {
    let mut f = text(data).splitn(6, '\n');
    let mut next = || f.next().unwrap_or("");
    let (key, time, nonce, signature, method, path) = (next(), next(), next(), next(), next(), next());
    let _ = crate::share::request::verify_request(key, time, nonce, signature, method, path, &[0; 32], NOW, 300);
}

/// An office export file.
pub fn office_export(data: &[u8]) {
    let _ = OfficeExport::parse(data);
    let _ = OfficeExport::from_files(&[data, data]);
}

/// What an office stored of a share.
pub fn seen_record(data: &[u8]) {
    let _ = Seen::open(keys(), "AAAAAAAAAAAAAAAAAAAAAA", data);
    let _ = crate::share::seen::open_labelled(keys(), "sitting", data);
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_target_takes_empty_and_short_input() {
        for (name, target) in super::TARGETS {
            for input in [&b""[..], b"\x00", b"\x01MAPPE", &[0xff; 200]] {
                target(input);
            }
            assert!(!name.is_empty());
        }
    }
}
