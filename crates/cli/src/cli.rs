//! Command-line arguments: every flag of `mappe` in one place.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Mappe keeps your papers — profile, CV, certificates, residence papers — encrypted on your
/// own device. You decide what to show to whom.
#[derive(Debug, Parser)]
#[command(name = "mappe", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// Wallet folder (default: $MAPPE_HOME, else your platform's data folder).
    #[arg(long, global = true, value_name = "DIR", env = "MAPPE_HOME", hide_env_values = true)]
    pub wallet: Option<PathBuf>,

    /// Read the passphrase from the first line of this file instead of asking
    /// (MAPPE_PASSPHRASE works too).
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// Language of everything mappe says: de, en, ar, uk, fa, tr (default: MAPPE_LANG, else the
    /// system locale, else English). Dates are shown and accepted in that language's form.
    #[arg(long, global = true, value_name = "CODE", env = "MAPPE_LANG")]
    pub lang: Option<String>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

const AFTER_HELP: &str = "\
Start with `mappe init`. Run `mappe demo` to see everything with an example person.
Dates are YYYY-MM-DD (or YYYY-MM, or YYYY when only the year is known), or the form of your
language: 15.04.1991 in German, Turkish and Ukrainian, 15/04/1991 in Arabic, 1991/04/15 in Persian.";

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new wallet and show its recovery code once.
    Init,
    /// Rebuild the wallet from its recovery code (new device, or forgotten passphrase); with
    /// --relay, the papers come back from the relay's encrypted copy too.
    Recover {
        /// The relay your other device synced with.
        #[arg(long)]
        relay: Option<String>,
    },
    /// Your personal details: names, birth, nationality, languages, contact.
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Your CV: education, work and training.
    #[command(subcommand)]
    Cv(CvCommand),
    /// Certificates: language certificates, qualifications, recognition notices.
    #[command(subcommand)]
    Cert(CertCommand),
    /// Residence papers (Aufenthaltstitel, Duldung, Gestattung, visa …).
    #[command(subcommand)]
    Residence(ResidenceCommand),
    /// Scanned files attached to certificates and residence papers.
    #[command(subcommand)]
    Attachment(AttachmentCommand),
    /// What needs your attention, most urgent first: papers running out, confirmations and
    /// shares ending, live shares that stopped following, shares nobody has opened for days
    /// (asked of the relay).
    Status {
        /// Print JSON (for scripts).
        #[arg(long)]
        json: bool,
        /// Do not ask the relay whether your shares were opened.
        #[arg(long)]
        offline: bool,
    },
    /// Show everything in the wallet.
    Show {
        /// Print the stable JSON form (see docs/spec/wallet-json-v1.md).
        #[arg(long)]
        json: bool,
    },
    /// Share chosen fields by QR code: shows what it means, asks, uploads, prints the QR code.
    Share(ShareArgs),
    /// List the shares you made: who, what, until when, how often opened.
    Shares {
        /// Also list every open with its time (and the office, for addressed shares).
        #[arg(long)]
        log: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Revoke a share: the relay deletes it and refuses every later open.
    Revoke {
        /// The share's id (or its first characters), as `mappe shares` lists it.
        // Base64url ids may begin with `-`: they are still the id, not a flag.
        #[arg(allow_hyphen_values = true)]
        share: String,
        /// Revoke without asking.
        #[arg(long)]
        yes: bool,
    },
    /// Ask a relay to delete everything of yours (copy of the wallet, shares, access logs); keeps
    /// the relay's signed receipt in the wallet folder.
    Forget {
        /// The relay (default: the one remembered for this wallet).
        #[arg(long, conflicts_with = "show")]
        relay: Option<String>,
        /// Ask the relay without asking you first.
        #[arg(long, conflicts_with = "show")]
        yes: bool,
        /// List the deletion receipts kept in the wallet folder instead.
        #[arg(long)]
        show: bool,
    },
    /// Send this device's changes to the relay and merge the changes of your other devices.
    Sync {
        /// The relay (https://…); remembered for this wallet after first use.
        #[arg(long)]
        relay: Option<String>,
        /// Forget what this device knew of the relay's log and send it this device's changes
        /// again: after the relay was restored from a backup (`mappe sync` then says so).
        #[arg(long)]
        resend: bool,
    },
    /// For offices: the office's own Mappe key.
    #[command(subcommand)]
    Agency(AgencyCommand),
    /// Confirmations of your papers by the office that issued them: your key for the office,
    /// importing what it gives you, listing what you hold.
    #[command(subcommand)]
    Attestation(AttestationCommand),
    /// Open a share from its link or a photo/scan of its QR code (PNG), verify it and show it.
    Open {
        /// The link (https://…/s/…#…) or a PNG image of the QR code.
        target: String,
        /// The office's Mappe folder, for shares addressed to an office.
        #[arg(long = "as", value_name = "AGENCY_DIR")]
        as_agency: Option<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Download the shared scans into this folder (checked against their SHA-256).
        #[arg(long, value_name = "DIR")]
        save_attachments: Option<PathBuf>,
        /// The key (64 hex characters) of whoever signs your trust list of offices: the relay
        /// operator's or your municipality's. Without it no office counts as trusted.
        #[arg(long, value_name = "HEX", env = "MAPPE_TRUST_KEY")]
        trust_key: Option<String>,
        /// Where the trust list is (default: /v1/directory on the share's relay).
        #[arg(long, value_name = "URL", env = "MAPPE_TRUST_LIST", requires = "trust_key")]
        trust_list: Option<String>,
    },
    /// Walk through everything with an example person: wallet, share to an office, open, revoke.
    Demo {
        /// A running relay to use (http://… or https://…); without it, a relay inside this
        /// process (only in a `mappe` built with the `embedded-relay` feature).
        #[arg(long, value_name = "URL")]
        relay: Option<String>,
    },
}

/// `mappe share …`
#[derive(Debug, Args)]
pub struct ShareArgs {
    /// What to share, comma-separated: profile, profile.family_name, profile.contact, cv,
    /// cv/ID, certificates/ID, certificates/ID/scan, residence/current, residence/ID/scan …
    #[arg(long, value_delimiter = ',', required = true)]
    pub fields: Vec<String>,
    /// The relay (https://…); remembered for this wallet after first use.
    #[arg(long)]
    pub relay: Option<String>,
    /// Share only with this office: its card file (agency.json) or its key (agency:…).
    #[arg(long, value_name = "AGENCY_FILE_OR_KEY")]
    pub to: Option<String>,
    /// How long it can be opened: 30d, 12h, 2w, or a date 2027-01-31.
    #[arg(long, default_value = "30d")]
    pub expires: String,
    /// How many times it can be opened (default: until it expires).
    #[arg(long)]
    pub max_opens: Option<u32>,
    /// Why you share it, in your words (shown to the office).
    #[arg(long)]
    pub purpose: Option<String>,
    /// Also write the QR code as a PNG image.
    #[arg(long, value_name = "FILE")]
    pub png: Option<PathBuf>,
    /// Also write the QR code as an SVG image.
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,
    /// Agree without being asked (the summary is still printed).
    #[arg(long)]
    pub yes: bool,
    /// Keep the share up to date: corrections you make later reach the office too.
    #[arg(long)]
    pub live: bool,
    /// Show an office's confirmation of an entry with only some of its facts, e.g.
    /// residence/ID:kind,valid_until (repeat for more; `mappe attestation list` shows them).
    #[arg(long, value_name = "ENTRY:FACTS")]
    pub attest: Vec<String>,
}

/// `mappe agency …`
#[derive(Debug, Subcommand)]
pub enum AgencyCommand {
    /// Create the office's Mappe key in --wallet DIR and write its public card (agency.json).
    Init {
        /// The office's name, e.g. "Jobcenter Musterstadt".
        #[arg(long)]
        name: String,
        /// jobcenter, auslaenderbehoerde, sozialamt, language_school, counselling, employer, other.
        #[arg(long)]
        kind: String,
    },
    /// Write the office's key and card (from --wallet DIR) into one file, for a second computer
    /// of the same office or the office desk in the browser (/office/). The key in it stays
    /// locked by the office passphrase.
    Export {
        /// The file to write, e.g. office.mappe-office.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Confirm a person's paper: sign an attestation about their key (SD-JWT) and write it to a
    /// file (and a QR code) to give them. Publishes the office's withdrawal list on the relay.
    Attest(AttestArgs),
    /// Withdraw an attestation this office issued (e.g. the permit was revoked) and publish it.
    Withdraw {
        /// The attestation's number, as `mappe agency attest` printed it.
        number: u64,
    },
    /// Set up the office's key in --wallet DIR from an export file (made by `mappe agency export`
    /// or by the office desk in the browser). Asks for the office passphrase.
    Import {
        /// The export file.
        file: PathBuf,
    },
}

/// `mappe agency attest …`
#[derive(Debug, Args)]
pub struct AttestArgs {
    /// residence (kind, number, valid_from, valid_until, legal_basis, work_permitted),
    /// certificate (kind, level, issuer, date) or recognition (degree, decision, date).
    #[arg(long)]
    pub kind: String,
    /// The person's key (64 hex characters), as `mappe attestation key` shows it.
    #[arg(long, value_name = "HEX")]
    pub holder: String,
    /// A fact, NAME=VALUE (repeat): --claim kind=aufenthaltserlaubnis --claim "legal_basis=§ 18a AufenthG".
    #[arg(long = "claim", value_name = "NAME=VALUE", required = true)]
    pub claims: Vec<String>,
    /// When the confirmation ends: a date (2027-06-30) or a duration (365d).
    #[arg(long)]
    pub expires: String,
    /// The relay where this office publishes withdrawals (remembered after first use).
    #[arg(long)]
    pub relay: Option<String>,
    /// The file to write for the person.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Also write it as a QR code (PNG) for the person's phone.
    #[arg(long, value_name = "FILE")]
    pub png: Option<PathBuf>,
}

/// `mappe attestation …`
#[derive(Debug, Subcommand)]
pub enum AttestationCommand {
    /// Show your key, for an office that confirms one of your papers.
    Key,
    /// Keep an office's attestation with the paper it confirms (checked first).
    Import {
        /// The file the office gave you.
        file: PathBuf,
        /// The entry it confirms: residence/ID or certificates/ID.
        #[arg(long, value_name = "ENTRY")]
        to: String,
    },
    /// List the attestations you hold, with their facts.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `mappe profile …`
#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Set one field. Fields: given_names, family_name, aliases, birth_date, birth_place,
    /// nationality, languages, contact.phone, contact.email, contact.address.
    ///
    /// `aliases` and `languages` take several values: `mappe profile set aliases Alkhatib "Al Chatib"`,
    /// `mappe profile set languages Arabic:native Deutsch:B1`. Give no value to clear a field.
    Set {
        /// The field name, as in `mappe show --json`.
        field: String,
        /// The new value (several for aliases and languages; none clears the field).
        values: Vec<String>,
    },
    /// Show the profile.
    Show {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `mappe cv …`
#[derive(Debug, Subcommand)]
pub enum CvCommand {
    /// Add a CV entry.
    Add(CvAdd),
    /// List CV entries with their ids.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Remove a CV entry by id (or the first characters of it).
    Remove {
        /// The entry's id.
        id: String,
    },
    /// Write your CV as a German Lebenslauf (PDF or HTML) or as Europass XML.
    Export(CvExport),
}

/// `mappe cv export`: see docs/cv-export.md.
#[derive(Debug, Args)]
pub struct CvExport {
    /// pdf, html or europass.
    #[arg(long, default_value = "pdf")]
    pub format: String,
    /// The file to write.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// A JPEG or PNG photo to show beside your details (at most 5 MiB).
    #[arg(long, value_name = "FILE")]
    pub photo: Option<PathBuf>,
    /// Language of the CV's headings: de (default: it is for German employers), en, ar, uk,
    /// fa, tr. (The global --lang is the language mappe speaks to you.)
    #[arg(long, value_name = "LANG", default_value = "de")]
    pub cv_lang: String,
    /// Your town for the line at the end ("Berlin, den 01.12.2026").
    #[arg(long)]
    pub place: Option<String>,
}

/// Fields of a new CV entry.
#[derive(Debug, Args)]
pub struct CvAdd {
    /// education, work, training or other.
    #[arg(long)]
    pub kind: String,
    /// Degree, job title or course.
    #[arg(long)]
    pub title: String,
    /// School, employer or course provider.
    #[arg(long)]
    pub organisation: Option<String>,
    /// Town and country.
    #[arg(long)]
    pub place: Option<String>,
    /// Start date: 2019-05-01, 01.05.2019, 2019-05 or 2019.
    #[arg(long)]
    pub from: Option<String>,
    /// End date (leave out if it continues), in the same forms.
    #[arg(long)]
    pub to: Option<String>,
    /// What you did there.
    #[arg(long)]
    pub description: Option<String>,
}

/// `mappe cert …`
#[derive(Debug, Subcommand)]
pub enum CertCommand {
    /// Add a certificate, optionally with a scan (--file).
    Add(CertAdd),
    /// List certificates with their ids.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Remove a certificate (and its scan) by id.
    Remove {
        /// The certificate's id.
        id: String,
    },
}

/// Fields of a new certificate.
#[derive(Debug, Args)]
pub struct CertAdd {
    /// language, qualification, recognition or other.
    #[arg(long)]
    pub kind: String,
    /// What it certifies, e.g. "Deutsch B1".
    #[arg(long)]
    pub title: String,
    /// Who issued it.
    #[arg(long)]
    pub issuer: Option<String>,
    /// Date of issue.
    #[arg(long)]
    pub issued_on: Option<String>,
    /// CEFR level (A1 … C2) for language certificates.
    #[arg(long)]
    pub level: Option<String>,
    /// The exam, e.g. "telc Deutsch B1" or "DTZ".
    #[arg(long)]
    pub exam: Option<String>,
    /// The scan to attach.
    #[command(flatten)]
    pub scan: ScanArgs,
}

/// `mappe residence …`
#[derive(Debug, Subcommand)]
pub enum ResidenceCommand {
    /// Add a residence paper, optionally with a scan (--file).
    Add(Box<ResidenceAdd>),
    /// List residence papers with their ids.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Remove a residence paper (and its scan) by id.
    Remove {
        /// The paper's id.
        id: String,
    },
}

/// Fields of a new residence paper.
#[derive(Debug, Args)]
pub struct ResidenceAdd {
    /// aufenthaltserlaubnis, niederlassungserlaubnis, aufenthaltsgestattung, duldung,
    /// fiktionsbescheinigung, visa, eu_citizen or other.
    #[arg(long)]
    pub kind: String,
    /// Document number.
    #[arg(long)]
    pub number: Option<String>,
    /// Date of issue.
    #[arg(long)]
    pub issued_on: Option<String>,
    /// Valid until.
    #[arg(long)]
    pub valid_until: Option<String>,
    /// Issuing authority, e.g. "Ausländerbehörde Musterstadt".
    #[arg(long)]
    pub authority: Option<String>,
    /// Legal basis, e.g. "§ 16a AufenthG".
    #[arg(long)]
    pub legal_basis: Option<String>,
    /// Whether work is permitted: permitted, permitted_with_approval or not_permitted.
    #[arg(long)]
    pub work: Option<String>,
    /// Conditions (Auflagen), e.g. "Wohnsitzauflage Musterstadt".
    #[arg(long)]
    pub conditions: Option<String>,
    /// The scan to attach.
    #[command(flatten)]
    pub scan: ScanArgs,
}

/// A scan given when adding a certificate or residence paper.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// A scan to attach (PDF, JPEG, PNG; up to 32 MiB).
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Media type of the scan, if it cannot be recognised.
    #[arg(long, requires = "file")]
    pub media_type: Option<String>,
}

/// `mappe attachment …`
#[derive(Debug, Subcommand)]
pub enum AttachmentCommand {
    /// List attached scans.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Decrypt a scan and write it to a file.
    Export {
        /// The attachment's id.
        id: String,
        /// Where to write it.
        path: PathBuf,
    },
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[test]
    fn a_share_id_starting_with_a_hyphen_is_an_id() {
        let cli = Cli::try_parse_from(["mappe", "revoke", "-YZWyCHGfgrCuey8Apdf3Q", "--yes"]).unwrap();
        match cli.command {
            Command::Revoke { share, yes } => {
                assert_eq!(share, "-YZWyCHGfgrCuey8Apdf3Q");
                assert!(yes);
            }
            other => panic!("parsed as {other:?}"),
        }
    }
}
