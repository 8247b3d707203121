//! The keystore: the root secret sealed under a passphrase.
//!
//! ```text
//! offset  len  field
//! 0       7    header: "MAPPE", version 0x01, kind 0x01
//! 7       4    Argon2id memory cost in KiB (u32, big-endian)
//! 11      4    Argon2id passes (u32, big-endian)
//! 15      4    Argon2id lanes (u32, big-endian)
//! 19      16   Argon2id salt
//! 35      24   XChaCha20-Poly1305 nonce
//! 59      32   Ed25519 identity public key (lets tools name the wallet without the passphrase)
//! 91      48   sealed root secret: ciphertext (32) ‖ tag (16); AAD = bytes 0..91
//! 139     32   SHA-256 of bytes 0..139: tells damage apart from a wrong passphrase
//! 171          end
//! ```

use zeroize::Zeroizing;

use super::header::{FileKind, HEADER_LEN, Header};
use crate::crypto::{self, Argon2Params, NONCE_LEN, SecretKey};
use crate::error::{Error, Result};
use crate::keys::{PublicIdentity, RootSecret};

/// Length of a salt.
pub const SALT_LEN: usize = 16;
/// Total length of a version 1 keystore.
pub const KEYSTORE_LEN: usize = 171;
const AAD_END: usize = 91;
const SEALED_END: usize = 139;

/// The passphrase as Argon2id sees it: Unicode NFC, so "ü" typed as one code point or as
/// "u" + combining diaeresis (keyboards differ) opens the same keystore.
fn normalize(passphrase: &str) -> Zeroizing<String> {
    use unicode_normalization::UnicodeNormalization;
    Zeroizing::new(passphrase.nfc().collect())
}

/// Seals `root` under `passphrase` with fresh random salt and nonce.
pub fn seal(root: &RootSecret, passphrase: &str, params: Argon2Params) -> Result<Vec<u8>> {
    let mut salt = [0u8; SALT_LEN];
    let mut nonce = [0u8; NONCE_LEN];
    crypto::fill_random(&mut salt)?;
    crypto::fill_random(&mut nonce)?;
    seal_with(root, passphrase, params, &salt, &nonce)
}

/// Seals with a given salt and nonce; for test vectors only, since both must be unique.
pub fn seal_with(
    root: &RootSecret,
    passphrase: &str,
    params: Argon2Params,
    salt: &[u8; SALT_LEN],
    nonce: &[u8; NONCE_LEN],
) -> Result<Vec<u8>> {
    let key = crypto::passphrase_key(normalize(passphrase).as_bytes(), salt, params).ok_or(Error::UnusableKdfParams)?;
    let public = root.derive().public_identity();
    let mut out = Vec::with_capacity(KEYSTORE_LEN);
    out.extend_from_slice(&Header::encode(FileKind::Keystore));
    out.extend_from_slice(&params.m_cost.to_be_bytes());
    out.extend_from_slice(&params.t_cost.to_be_bytes());
    out.extend_from_slice(&params.p_cost.to_be_bytes());
    out.extend_from_slice(salt);
    out.extend_from_slice(nonce);
    out.extend_from_slice(&public.0);
    let sealed = crypto::seal(&key, nonce, &out, root.expose());
    out.extend_from_slice(&sealed);
    let check = crypto::sha256(&out);
    out.extend_from_slice(&check);
    debug_assert_eq!(out.len(), KEYSTORE_LEN);
    Ok(out)
}

/// Parsed, checksum-verified keystore fields that need no passphrase.
struct Parsed<'a> {
    params: Argon2Params,
    salt: &'a [u8],
    nonce: [u8; NONCE_LEN],
    public: PublicIdentity,
}

fn parse(bytes: &[u8]) -> Result<Parsed<'_>> {
    let what = FileKind::Keystore;
    Header::decode(bytes, what)?;
    if bytes.len() < KEYSTORE_LEN {
        return Err(Error::Truncated { what });
    }
    if bytes.len() > KEYSTORE_LEN {
        return Err(Error::Integrity { what });
    }
    if !crypto::ct_eq(&crypto::sha256(&bytes[..SEALED_END]), &bytes[SEALED_END..]) {
        return Err(Error::Integrity { what });
    }
    let u32_at = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    let params =
        Argon2Params { m_cost: u32_at(HEADER_LEN), t_cost: u32_at(HEADER_LEN + 4), p_cost: u32_at(HEADER_LEN + 8) };
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&bytes[35..59]);
    let mut public = [0u8; 32];
    public.copy_from_slice(&bytes[59..AAD_END]);
    Ok(Parsed { params, salt: &bytes[19..35], nonce, public: PublicIdentity(public) })
}

/// The public identity recorded in a keystore, read without the passphrase.
pub fn public_identity(bytes: &[u8]) -> Result<PublicIdentity> {
    Ok(parse(bytes)?.public)
}

/// Opens a keystore with `passphrase`, returning the root secret.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<RootSecret> {
    let parsed = parse(bytes)?;
    let key: SecretKey = crypto::passphrase_key(normalize(passphrase).as_bytes(), parsed.salt, parsed.params)
        .ok_or(Error::UnusableKdfParams)?;
    let plain = Zeroizing::new(
        crypto::open(&key, &parsed.nonce, &bytes[..AAD_END], &bytes[AAD_END..SEALED_END])
            .ok_or(Error::WrongPassphrase)?,
    );
    let mut secret = [0u8; 32];
    if plain.len() != 32 {
        return Err(Error::Integrity { what: FileKind::Keystore });
    }
    secret.copy_from_slice(&plain);
    let root = RootSecret::from_bytes(secret);
    if root.derive().public_identity() != parsed.public {
        return Err(Error::Integrity { what: FileKind::Keystore });
    }
    Ok(root)
}

/// Parameters recorded in a keystore.
pub fn params(bytes: &[u8]) -> Result<Argon2Params> {
    Ok(parse(bytes)?.params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_and_decomposed_passphrases_open_the_same_keystore() {
        let root = RootSecret::from_bytes([5; 32]);
        let params = Argon2Params { m_cost: 64, t_cost: 1, p_cost: 1 };
        let sealed = seal(&root, "Gr\u{fc}\u{df}e aus K\u{f6}ln", params).unwrap();
        let opened = open(&sealed, "Gru\u{308}\u{df}e aus Ko\u{308}ln").unwrap();
        assert_eq!(opened, root);
        assert!(matches!(open(&sealed, "Grusse aus Koln"), Err(Error::WrongPassphrase)));
    }
}
