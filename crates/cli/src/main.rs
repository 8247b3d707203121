//! `mappe`: keep a Mappe wallet from the command line.

// A binary: `pub` marks what modules offer each other, nothing is exported.
#![allow(unreachable_pub)]

mod cli;
mod commands;
mod config;
mod context;
mod error;
mod i18n;
mod output;
mod qr;
mod relay;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};
use error::BadInput;
use wallet_core::client::ClientError;

fn main() -> ExitCode {
    // `mappe show | head`: a closed pipe ends the output quietly instead of with a panic message.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let msg =
            payload.downcast_ref::<String>().map(String::as_str).or_else(|| payload.downcast_ref::<&str>().copied());
        if msg.is_some_and(|m| m.contains("Broken pipe")) {
            std::process::exit(0);
        }
        // A panic inside a third-party picture decoder is caught and reported as an ordinary error.
        if qr::in_guarded_call() {
            return;
        }
        default_hook(info);
    }));
    let cli = Cli::parse();
    match i18n::choose(cli.lang.as_deref()) {
        Ok(lang) => i18n::init(lang),
        Err(why) => {
            eprintln!("error: {why}.");
            return ExitCode::from(2);
        }
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{} {}", t!("error-prefix"), sentence(&err));
            ExitCode::from(exit_code(&err))
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let ctx = context::Context::new(cli.wallet, cli.passphrase_file)?;
    match cli.command {
        Command::Init => commands::wallet::init(&ctx),
        Command::Recover { relay } => commands::wallet::recover(&ctx, relay.as_deref()),
        Command::Sync { relay, resend } => commands::sync::run(&ctx, relay.as_deref(), resend),
        Command::Show { json } => commands::wallet::show(&ctx, json),
        Command::Status { json, offline } => commands::status::status(&ctx, json, offline),
        Command::Profile(cmd) => commands::items::profile(&ctx, cmd),
        Command::Cv(cmd) => commands::items::cv(&ctx, cmd),
        Command::Cert(cmd) => commands::items::cert(&ctx, cmd),
        Command::Residence(cmd) => commands::items::residence(&ctx, cmd),
        Command::Attachment(cmd) => commands::items::attachment(&ctx, cmd),
        Command::Share(a) => commands::share::share(
            &ctx,
            commands::share::ShareOptions {
                fields: a.fields,
                relay: a.relay,
                to: a.to,
                expires: a.expires,
                max_opens: a.max_opens,
                purpose: a.purpose,
                png: a.png,
                svg: a.svg,
                yes: a.yes,
                live: a.live,
                attest: a.attest,
            },
        )
        .map(|_| ()),
        Command::Shares { log, json } => commands::shares::list(&ctx, log, json),
        Command::Revoke { share, yes } => commands::shares::revoke(&ctx, &share, yes),
        Command::Forget { show: true, .. } => commands::forget::show(&ctx),
        Command::Forget { relay, yes, show: false } => commands::forget::forget(&ctx, relay.as_deref(), yes),
        Command::Agency(cli::AgencyCommand::Init { name, kind }) => commands::agency::init(&ctx, &name, &kind),
        Command::Agency(cli::AgencyCommand::Export { out }) => commands::agency::export(&ctx, &out),
        Command::Agency(cli::AgencyCommand::Import { file }) => commands::agency::import(&ctx, &file),
        Command::Agency(cli::AgencyCommand::Attest(a)) => commands::attest::issue(&ctx, a),
        Command::Agency(cli::AgencyCommand::Withdraw { number }) => commands::attest::withdraw(&ctx, number),
        Command::Attestation(cli::AttestationCommand::Key) => commands::attest::key(&ctx),
        Command::Attestation(cli::AttestationCommand::Import { file, to }) => {
            commands::attest::import(&ctx, &file, &to)
        }
        Command::Attestation(cli::AttestationCommand::List { json }) => commands::attest::list(&ctx, json),
        Command::Open { target, as_agency, json, save_attachments, trust_key, trust_list } => commands::open::open(
            &ctx,
            &target,
            as_agency.as_deref(),
            json,
            save_attachments.as_deref(),
            commands::open::trust_pin(trust_key.as_deref(), trust_list.as_deref())?.as_ref(),
        ),
        Command::Demo { relay } => commands::demo::run(relay.as_deref()),
    }
}

/// The message of the outermost error, as one sentence on one line, in the person's language.
pub fn sentence(err: &anyhow::Error) -> String {
    // Lower-case start, as after "error:" in most tools; field names like `given_names` stay as typed.
    // A relay's or a file's words can be part of it: nothing in it may steer the terminal.
    let outer = err.chain().next().map_or_else(|| err.to_string(), error::translated);
    let mut text = output::clean(&outer.replace(['\n', '\r', '\t'], " "));
    if !text.ends_with(['.', '?', '!', '。']) {
        text.push('.');
    }
    text
}

/// Stable exit codes, documented in docs/cli.md.
fn exit_code(err: &anyhow::Error) -> u8 {
    use wallet_core::Error as E;
    if err.downcast_ref::<BadInput>().is_some() {
        return 2;
    }
    if let Some(e) = err.downcast_ref::<ClientError>() {
        return client_exit_code(e);
    }
    if let Some(e) = err.downcast_ref::<qr::PictureError>() {
        return picture_exit_code(e);
    }
    if let Some(e) = err.downcast_ref::<wallet_core::share::agency::OfficeFileError>() {
        return if matches!(e, wallet_core::share::agency::OfficeFileError::UnsupportedVersion(_)) { 6 } else { 2 };
    }
    if let Some(e) = err.downcast_ref::<wallet_core::sync::EntryError>() {
        return entry_exit_code(e);
    }
    if let Some(e) = err.downcast_ref::<wallet_core::forget::ReceiptError>() {
        return receipt_exit_code(e);
    }
    if let Some(e) = err.downcast_ref::<wallet_core::share::ShareError>() {
        return share_exit_code(e);
    }
    if let Some(e) = err.downcast_ref::<wallet_core::attest::AttestError>() {
        return attest_exit_code(e);
    }
    match err.downcast_ref::<E>() {
        Some(e) => wallet_exit_code(e),
        None => 1,
    }
}

/// Exit codes of the relay operations (docs/cli.md).
fn client_exit_code(e: &ClientError) -> u8 {
    match e {
        ClientError::Refused { code, .. } => match code.as_str() {
            "revoked" | "expired" | "used_up" | "not_found" => 7,
            "audience_required" | "forbidden" => 8,
            _ => 1,
        },
        ClientError::Withheld(_) => 9,
        ClientError::Options(_) => 2,
        ClientError::Wallet(e) => wallet_exit_code(e),
        ClientError::Entry(e) => entry_exit_code(e),
        ClientError::Share(e) => share_exit_code(e),
        ClientError::Receipt(e) => receipt_exit_code(e),
        _ => 1,
    }
}

/// A deletion receipt of a newer format is 6; one that fails its checks is 5 (docs/cli.md).
fn receipt_exit_code(e: &wallet_core::forget::ReceiptError) -> u8 {
    if matches!(e, wallet_core::forget::ReceiptError::UnsupportedVersion { .. }) { 6 } else { 5 }
}

/// Exit codes of reading a share link from a picture (docs/cli.md): a picture that cannot be read
/// is 1 like before; a picture too large or a code that holds no share link is bad input, 2.
fn picture_exit_code(e: &qr::PictureError) -> u8 {
    use qr::PictureError as P;
    match e {
        P::NotAPicture(_) | P::NoCode(_) => 1,
        P::TooLarge { .. } | P::AgencyCard { .. } | P::NotAShareLink { .. } => 2,
    }
}

fn entry_exit_code(e: &wallet_core::sync::EntryError) -> u8 {
    use wallet_core::sync::EntryError as S;
    match e {
        S::Integrity | S::BadSignature | S::Misplaced | S::Format => 5,
        S::TooLarge => 1,
    }
}

/// An attestation altered or not matching its signatures is 5, like a share that fails its checks;
/// anything else about it (wrong person, expired, unknown facts) is the person's input, 2.
fn attest_exit_code(e: &wallet_core::attest::AttestError) -> u8 {
    use wallet_core::attest::AttestError as A;
    match e {
        A::Signature | A::Disclosure(_) | A::KeyBinding(_) => 5,
        A::Random => 1,
        _ => 2,
    }
}

fn share_exit_code(e: &wallet_core::share::ShareError) -> u8 {
    use wallet_core::share::ShareError as S;
    match e {
        S::Integrity | S::BadSignature | S::WrongShare => 5,
        S::UnsupportedVersion(_) => 6,
        S::Expired(_) => 7,
        S::NeedsAgencyKey(_) | S::NotForThisKey => 8,
        S::OlderRevision { .. } => 9,
        S::BadLink(_) | S::Create(_) => 2,
    }
}

fn wallet_exit_code(e: &wallet_core::Error) -> u8 {
    use wallet_core::Error as E;
    match e {
        E::NoWallet { .. } | E::KeystoreMissing { .. } => 3,
        E::WrongPassphrase => 4,
        E::Integrity { .. }
        | E::Truncated { .. }
        | E::NotMappeFile { .. }
        | E::WrongKind { .. }
        | E::UnusableKdfParams
        | E::Document(_) => 5,
        E::UnsupportedVersion { .. } => 6,
        E::InvalidValue { .. }
        | E::UnknownField(_)
        | E::NotFound { .. }
        | E::AmbiguousId { .. }
        | E::RecoveryCode(_)
        | E::UnreadableInput { .. }
        | E::NotAFile { .. }
        | E::TooLarge { .. } => 2,
        _ => 1,
    }
}
