//! Errors the CLI itself finds in what the user typed (exit code 2).

/// Input that cannot be used as given; the message says what to do instead.
#[derive(Debug)]
pub struct BadInput(pub String);

impl std::fmt::Display for BadInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BadInput {}

/// Returns early with a [`BadInput`] error: a message of the CLI's catalog, like [`t!`](crate::t).
#[macro_export]
macro_rules! bad_input {
    ($($arg:tt)*) => {
        return Err(anyhow::Error::new($crate::error::BadInput($crate::t!($($arg)*))))
    };
}

/// The sentence of one error, in the person's language when the CLI knows the error's kind; the
/// library's English sentence otherwise (and for messages the CLI wrote itself, which are
/// already translated).
pub fn translated(err: &(dyn std::error::Error + 'static)) -> String {
    use wallet_core::Error as E;
    use wallet_core::client::ClientError as C;
    use wallet_core::share::ShareError as S;

    use crate::qr::PictureError as P;
    use crate::t;

    let path = |p: &std::path::Path| p.display().to_string();
    if let Some(e) = err.downcast_ref::<E>() {
        return match e {
            E::WrongPassphrase => t!("error-wrong-passphrase"),
            E::NoWallet { dir } => t!("error-no-wallet", dir = path(dir)),
            E::WalletExists { dir } => t!("error-wallet-exists", dir = path(dir)),
            E::NotFound { list, id } => t!("error-not-found", list = list_name(list), id = id.as_str()),
            E::AmbiguousId { list, id } => t!("error-ambiguous-id", list = list_name(list), id = id.as_str()),
            E::UnreadableInput { path: p, source } => {
                t!("error-unreadable-input", file = path(p), why = source.to_string())
            }
            other => other.to_string(),
        };
    }
    if let Some(e) = err.downcast_ref::<C>() {
        return match e {
            C::Unreachable { relay, detail } => {
                t!("error-relay-unreachable", url = relay.as_str(), why = detail.as_str())
            }
            C::Refused { code, .. } if code == "revoked" => t!("error-share-revoked"),
            C::Refused { code, .. } if code == "expired" => t!("error-share-expired"),
            C::Refused { code, .. } if code == "used_up" => t!("error-share-used-up"),
            C::Refused { code, .. } if code == "not_found" => t!("error-share-not-found"),
            C::Refused { code, .. } if code == "audience_required" => t!("error-needs-agency-key"),
            C::Busy => t!("error-sync-busy"),
            C::MissingScan(name) => t!("error-missing-scan", name = name.as_str()),
            C::Wallet(inner) => translated(inner),
            C::Share(inner) => translated(inner),
            other => other.to_string(),
        };
    }
    if let Some(e) = err.downcast_ref::<S>() {
        return match e {
            S::NeedsAgencyKey(_) => t!("error-needs-agency-key"),
            S::NotForThisKey => t!("error-not-for-this-key"),
            S::Integrity => t!("error-share-altered"),
            S::BadSignature => t!("error-share-bad-signature"),
            S::Expired(date) => t!("error-share-expired-on", date = crate::i18n::date(date)),
            S::UnsupportedVersion(v) => t!("error-share-newer-version", version = u32::from(*v)),
            other => other.to_string(),
        };
    }
    if let Some(e) = err.downcast_ref::<P>() {
        return match e {
            P::NotAPicture(p) => t!("error-not-a-picture", file = p.as_str()),
            P::TooLarge { path: p, width, height } => {
                t!("error-picture-too-large", file = p.as_str(), width = *width, height = *height)
            }
            P::NoCode(p) => t!("error-no-qr-code", file = p.as_str()),
            P::AgencyCard { path: p, name } => t!("error-qr-agency-card", file = p.as_str(), office = name.as_str()),
            P::NotAShareLink { path: p, shown } => t!("error-qr-not-share", file = p.as_str(), shown = shown.as_str()),
        };
    }
    err.to_string()
}

/// The name of a list the core names in English ("CV", "certificate", …).
fn list_name(list: &str) -> String {
    use crate::t;
    match list {
        "CV" | "cv" => t!("list-cv"),
        "certificate" | "certificates" => t!("list-certificate"),
        "residence paper" | "residence" => t!("list-residence"),
        "attachment" | "attachments" => t!("list-attachment"),
        "share" | "shares" => t!("list-share"),
        other => other.to_string(),
    }
}
