//! The recovery code: the root secret written as 56 Crockford base32 characters in 14 groups of
//! four. 52 characters carry the 256-bit secret (the last 4 bits are zero); 4 characters carry
//! a 20-bit checksum, the first 20 bits of SHA-256("mappe/v1/recovery-check" ‖ secret).
//! A mistyped character changes the secret or breaks the zero padding, so it is caught with
//! probability at least 1 − 2⁻²⁰ and reported as a typo, never as a wrong key.

use zeroize::Zeroizing;

use super::RootSecret;
use crate::crypto;
use crate::error::RecoveryCodeError;
use crate::wire::base32;

/// Domain tag for the recovery code checksum.
const LABEL_CHECK: &[u8] = b"mappe/v1/recovery-check";
/// Characters that carry the secret.
const SECRET_CHARS: usize = 52;
/// Characters that carry the checksum.
const CHECK_CHARS: usize = 4;
/// Characters in a recovery code, without separators.
pub const RECOVERY_CODE_CHARS: usize = SECRET_CHARS + CHECK_CHARS;

/// A recovery code as text, wiped from memory on drop.
pub struct RecoveryCode(Zeroizing<String>);

impl RecoveryCode {
    pub(super) fn from_secret(secret: &RootSecret) -> Self {
        let mut symbols = Zeroizing::new(base32::encode(secret.expose()));
        symbols.push_str(&check_symbols(secret.expose()));
        let mut text = Zeroizing::new(String::with_capacity(RECOVERY_CODE_CHARS + 14));
        for (i, c) in symbols.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                text.push('-');
            }
            text.push(c);
        }
        Self(text)
    }

    /// The code in groups of four separated by `-`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Reads a code as typed: case, spaces, hyphens and O/I/L confusions do not matter.
    pub fn parse(text: &str) -> Result<RootSecret, RecoveryCodeError> {
        let mut values = Zeroizing::new(Vec::with_capacity(RECOVERY_CODE_CHARS));
        for c in text.chars() {
            if c.is_whitespace() || c == '-' {
                continue;
            }
            match base32::symbol_value(c) {
                Some(v) => values.push(v),
                None => {
                    return Err(RecoveryCodeError::InvalidCharacter { ch: c, group: values.len() / 4 + 1 });
                }
            }
        }
        if values.len() != RECOVERY_CODE_CHARS {
            return Err(RecoveryCodeError::WrongLength { expected: RECOVERY_CODE_CHARS, found: values.len() });
        }
        let bytes =
            Zeroizing::new(base32::decode_values(&values[..SECRET_CHARS], 32).ok_or(RecoveryCodeError::Mistyped)?);
        let mut secret = [0u8; 32];
        secret.copy_from_slice(&bytes);
        let root = RootSecret::from_bytes(secret);
        let expected: Vec<u8> = check_symbols(root.expose()).chars().filter_map(base32::symbol_value).collect();
        if !crypto::ct_eq(&expected, &values[SECRET_CHARS..]) {
            return Err(RecoveryCodeError::Mistyped);
        }
        Ok(root)
    }
}

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode([redacted])")
    }
}

fn check_symbols(secret: &[u8; 32]) -> String {
    let mut input = Zeroizing::new(Vec::with_capacity(LABEL_CHECK.len() + 32));
    input.extend_from_slice(LABEL_CHECK);
    input.extend_from_slice(secret);
    let digest = crypto::sha256(&input);
    // 20 bits = 4 symbols: take 3 bytes (24 bits) and keep the first 4 symbols.
    base32::encode(&digest[..3])[..CHECK_CHARS].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let root = RootSecret::from_bytes([42; 32]);
        let code = root.recovery_code();
        assert_eq!(code.as_str().len(), RECOVERY_CODE_CHARS + 13);
        assert_eq!(RecoveryCode::parse(code.as_str()).unwrap(), root);
        let sloppy = code.as_str().to_lowercase().replace('-', " ");
        assert_eq!(RecoveryCode::parse(&sloppy).unwrap(), root);
    }

    #[test]
    fn every_single_substitution_is_caught_as_a_typo() {
        let root = RootSecret::from_bytes(*b"mappe recovery code test secret!");
        let code: Vec<char> = root.recovery_code().as_str().chars().collect();
        let mut tried = 0;
        for (i, &orig) in code.iter().enumerate() {
            if orig == '-' {
                continue;
            }
            for &sym in base32::ALPHABET {
                let sym = char::from(sym);
                if sym == orig {
                    continue;
                }
                let mut typo = code.clone();
                typo[i] = sym;
                let typo: String = typo.into_iter().collect();
                assert_eq!(RecoveryCode::parse(&typo), Err(RecoveryCodeError::Mistyped), "{typo}");
                tried += 1;
            }
        }
        assert_eq!(tried, RECOVERY_CODE_CHARS * 31);
    }

    #[test]
    fn swapped_neighbours_are_caught() {
        let root = RootSecret::from_bytes([0x5A; 32]);
        let code: Vec<char> = root.recovery_code().as_str().replace('-', "").chars().collect();
        for i in 0..code.len() - 1 {
            if code[i] == code[i + 1] {
                continue;
            }
            let mut typo = code.clone();
            typo.swap(i, i + 1);
            let typo: String = typo.into_iter().collect();
            assert!(RecoveryCode::parse(&typo).is_err());
        }
    }

    #[test]
    fn names_the_group_of_a_bad_character() {
        let root = RootSecret::from_bytes([1; 32]);
        let mut code = root.recovery_code().as_str().to_string();
        code.replace_range(6..7, "U");
        assert_eq!(RecoveryCode::parse(&code), Err(RecoveryCodeError::InvalidCharacter { ch: 'U', group: 2 }));
    }

    #[test]
    fn missing_group_is_a_length_error() {
        let root = RootSecret::from_bytes([1; 32]);
        let code = root.recovery_code().as_str()[5..].to_string();
        assert_eq!(RecoveryCode::parse(&code), Err(RecoveryCodeError::WrongLength { expected: 56, found: 52 }));
    }
}
