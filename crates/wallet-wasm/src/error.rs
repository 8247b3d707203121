//! The one error type JavaScript sees: an `Error` named `MappeError` with a stable `code`
//! (the table in `docs/wasm-api.md`), an English `message`, and `detail`, wallet-core's own finer
//! code (`bad_signature`, `recovery_code_mistyped`, …) for tests and logs.

use wallet_core::Error;
use wallet_core::share::ShareError;
use wasm_bindgen::JsValue;

/// The stable codes of `docs/wasm-api.md`; screens choose their sentence by these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// The keystore did not open with this passphrase.
    WrongPassphrase,
    /// Stored or received bytes were altered or damaged.
    Integrity,
    /// Not a Mappe file of a known version.
    Format,
    /// The recovery code is mistyped.
    RecoveryCode,
    /// A value the person typed is not accepted.
    BadInput,
    /// No item, attachment or share with that id.
    NotFound,
    /// Over a size limit.
    TooLarge,
    /// The share expired.
    Expired,
    /// The relay could not be reached.
    Unreachable,
    /// The relay refused; `status` and `relayCode` say how.
    Relay,
    /// The relay is missing changes this device has seen.
    Withheld,
    /// The share was revoked.
    Revoked,
    /// The share was opened as often as allowed.
    UsedUp,
    /// The share is addressed to another office (or needs an office's key).
    NotForThisOffice,
    /// The relay served an older revision of a live share than this office saw.
    OlderRevision,
    /// A bug.
    Internal,
}

impl Code {
    /// The code as JavaScript sees it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::WrongPassphrase => "wrong_passphrase",
            Self::Integrity => "integrity",
            Self::Format => "format",
            Self::RecoveryCode => "recovery_code",
            Self::BadInput => "bad_input",
            Self::NotFound => "not_found",
            Self::TooLarge => "too_large",
            Self::Expired => "expired",
            Self::Unreachable => "unreachable",
            Self::Relay => "relay",
            Self::Withheld => "withheld",
            Self::Revoked => "revoked",
            Self::UsedUp => "used_up",
            Self::NotForThisOffice => "not_for_this_office",
            Self::OlderRevision => "older_revision",
            Self::Internal => "internal",
        }
    }
}

/// A failure on its way to JavaScript.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct MappeError {
    /// The stable code.
    pub code: Code,
    /// wallet-core's own code, or the same as `code` when the failure arose here.
    pub detail: String,
    /// An English sentence for logs and developers.
    pub message: String,
    /// The HTTP status, when a relay refused.
    pub status: Option<u16>,
}

impl MappeError {
    /// A failure found in this crate (input checks), not in wallet-core.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self { code, detail: code.as_str().to_string(), message: message.into(), status: None }
    }

    /// A value from JavaScript that is not accepted.
    pub fn bad_input(message: impl Into<String>) -> Self {
        Self::new(Code::BadInput, message)
    }
}

/// The code of each wallet-core error; the one place that decides it.
fn code_of(e: &Error) -> Code {
    match e {
        Error::WrongPassphrase => Code::WrongPassphrase,
        // A keystore asking for absurd Argon2 parameters is damaged or hostile, like a bad tag.
        Error::Integrity { .. } | Error::Truncated { .. } | Error::UnusableKdfParams => Code::Integrity,
        Error::NotMappeFile { .. } | Error::UnsupportedVersion { .. } | Error::WrongKind { .. } => Code::Format,
        // Automerge refused bytes that decrypted fine: not a document this version can read.
        Error::Document(_) => Code::Format,
        Error::RecoveryCode(_) => Code::RecoveryCode,
        Error::NotFound { .. } => Code::NotFound,
        Error::AmbiguousId { .. } | Error::UnknownField(_) | Error::InvalidValue { .. } => Code::BadInput,
        Error::TooLarge { .. } => Code::TooLarge,
        // Files and folders do not exist in the browser build; reaching these is a bug.
        Error::NoWallet { .. }
        | Error::KeystoreMissing { .. }
        | Error::WalletExists { .. }
        | Error::UnreadableInput { .. }
        | Error::NotAFile { .. }
        | Error::Io { .. }
        | Error::Rng(_) => Code::Internal,
    }
}

fn share_code_of(e: &ShareError) -> Code {
    match e {
        ShareError::BadLink(_) | ShareError::Create(_) => Code::BadInput,
        ShareError::NeedsAgencyKey(_) => Code::NotForThisOffice,
        ShareError::OlderRevision { .. } => Code::OlderRevision,
        // A key that does not open the share cannot be told apart from a damaged wrapped key.
        ShareError::NotForThisKey | ShareError::Integrity | ShareError::BadSignature | ShareError::WrongShare => {
            Code::Integrity
        }
        ShareError::Expired(_) => Code::Expired,
        ShareError::UnsupportedVersion(_) => Code::Format,
    }
}

impl From<Error> for MappeError {
    fn from(e: Error) -> Self {
        Self { code: code_of(&e), detail: e.code().to_string(), message: e.to_string(), status: None }
    }
}

impl From<ShareError> for MappeError {
    fn from(e: ShareError) -> Self {
        Self { code: share_code_of(&e), detail: e.code().to_string(), message: e.to_string(), status: None }
    }
}

impl From<wallet_core::share::agency::OfficeFileError> for MappeError {
    fn from(e: wallet_core::share::agency::OfficeFileError) -> Self {
        use wallet_core::share::agency::OfficeFileError as O;
        let (code, detail) = match e {
            O::NotOfficeFiles(_) => (Code::BadInput, "not_office_files"),
            O::Mismatch => (Code::BadInput, "office_mismatch"),
            O::UnsupportedVersion(_) => (Code::Format, "unsupported_version"),
        };
        Self { code, detail: detail.to_string(), message: e.to_string(), status: None }
    }
}

impl From<wallet_core::RecoveryCodeError> for MappeError {
    fn from(e: wallet_core::RecoveryCodeError) -> Self {
        Error::from(e).into()
    }
}

impl From<wallet_core::crypto::RngError> for MappeError {
    fn from(e: wallet_core::crypto::RngError) -> Self {
        Error::from(e).into()
    }
}

impl From<wallet_core::client::ClientError> for MappeError {
    fn from(e: wallet_core::client::ClientError) -> Self {
        use wallet_core::client::ClientError as C;
        let message = e.to_string();
        match e {
            C::Wallet(e) => e.into(),
            C::Share(e) => e.into(),
            C::Refused { status, code, .. } => {
                let kind = match code.as_str() {
                    "revoked" => Code::Revoked,
                    "expired" => Code::Expired,
                    "used_up" => Code::UsedUp,
                    // The relay checks an addressed share's audience by the office's signature.
                    "audience_required" | "forbidden" => Code::NotForThisOffice,
                    _ => Code::Relay,
                };
                Self { code: kind, detail: code, message, status: Some(status) }
            }
            C::Unreachable { .. } => Self::new(Code::Unreachable, message),
            C::Withheld(_) => Self::new(Code::Withheld, message),
            C::Entry(_) => Self::new(Code::Integrity, message),
            C::Options(_) => Self::new(Code::BadInput, message),
            C::MissingScan(_) => Self::new(Code::NotFound, message),
            C::Malformed { .. } => Self::new(Code::Relay, message),
            C::Receipt(wallet_core::forget::ReceiptError::UnsupportedVersion { .. }) => {
                Self { code: Code::Format, detail: "unsupported_version".into(), message, status: None }
            }
            C::Receipt(_) => Self::new(Code::Integrity, message),
            C::Busy | C::Host(_) => Self::new(Code::Internal, message),
        }
    }
}

impl From<MappeError> for JsValue {
    fn from(e: MappeError) -> Self {
        let error = js_sys::Error::new(&e.message);
        error.set_name("MappeError");
        let set = |key: &str, value: &str| {
            // Setting a property on a fresh plain Error object cannot fail.
            let _ = js_sys::Reflect::set(&error, &JsValue::from_str(key), &JsValue::from_str(value));
        };
        set("code", e.code.as_str());
        set("detail", &e.detail);
        if let Some(status) = e.status {
            set("relayCode", &e.detail);
            // A number, as fetch gives it.
            let _ = js_sys::Reflect::set(&error, &JsValue::from_str("status"), &JsValue::from(status));
        }
        error.into()
    }
}

/// Shorthand for results on their way to JavaScript.
pub type Result<T, E = MappeError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use wallet_core::wire::FileKind;

    #[test]
    fn core_errors_map_to_the_documented_codes() {
        let cases = [
            (Error::WrongPassphrase, "wrong_passphrase", "wrong_passphrase"),
            (Error::Integrity { what: FileKind::Wallet }, "integrity", "integrity"),
            (Error::Truncated { what: FileKind::Keystore }, "integrity", "truncated"),
            (Error::NotMappeFile { what: FileKind::Wallet }, "format", "not_mappe_file"),
            (
                Error::UnsupportedVersion { what: FileKind::Wallet, found: 9, supported: 1 },
                "format",
                "unsupported_version",
            ),
            (Error::RecoveryCode(wallet_core::RecoveryCodeError::Mistyped), "recovery_code", "recovery_code_mistyped"),
            (Error::NotFound { list: "CV", id: "x".into() }, "not_found", "not_found"),
            (Error::UnknownField("age".into()), "bad_input", "unknown_field"),
            (Error::TooLarge { what: "scan".into(), size: 2, limit: 1 }, "too_large", "too_large"),
        ];
        for (e, code, detail) in cases {
            let m = MappeError::from(e);
            assert_eq!((m.code.as_str(), m.detail.as_str()), (code, detail), "{}", m.message);
        }
        let m = MappeError::from(ShareError::BadSignature);
        assert_eq!((m.code, m.detail.as_str()), (Code::Integrity, "bad_signature"));
        let m = MappeError::from(ShareError::OlderRevision { served: 2, seen: 3 });
        assert_eq!((m.code.as_str(), m.detail.as_str()), ("older_revision", "older_revision"));
        assert!(m.message.contains("revision 2") && m.message.contains("revision 3"), "{}", m.message);
        let m = MappeError::from(ShareError::Expired("2026-01-01".into()));
        assert_eq!((m.code, m.message.as_str()), (Code::Expired, "this share expired on 2026-01-01"));
    }
}
