//! `mappe demo`: an example person's wallet in a temporary folder, start to finish.

use anyhow::Context as _;
use wallet_core::WalletDir;
use wallet_core::crypto::{self, Argon2Params};
use wallet_core::document::{
    Certificate, CertificateKind, CvEntry, CvKind, LanguageSkill, ProfileField, ResidenceKind, ResidencePaper,
};

use super::share::ShareOptions;
use crate::context::Context;
use crate::{output, t};

fn step(n: u32, text: &str) {
    println!("\n── {}", t!("demo-step", number = n, text = text));
}

/// The relay the demo talks to.
enum DemoRelay {
    /// One already running, given with `--relay`.
    Running(String),
    /// One on this process's own thread, with its database in the demo's temporary folder.
    #[cfg(feature = "embedded-relay")]
    Inside(sync_relay::RunningRelay),
}

impl DemoRelay {
    fn start(given: Option<&str>, tmp: &std::path::Path) -> anyhow::Result<Self> {
        if let Some(url) = given {
            step(1, &t!("demo-step-1-given"));
            println!("{}", t!("demo-relay-given", url = url));
            return Ok(Self::Running(url.to_string()));
        }
        Self::inside(tmp)
    }

    #[cfg(feature = "embedded-relay")]
    fn inside(tmp: &std::path::Path) -> anyhow::Result<Self> {
        step(1, &t!("demo-step-1-inside"));
        let mut config = sync_relay::Config::new(tmp.join("relay.sqlite"));
        config.listen = "127.0.0.1:0".parse().context("bad listen address")?;
        let relay = sync_relay::start_in_thread(config).with_context(|| t!("demo-relay-failed"))?;
        println!("{}", t!("demo-relay-inside", url = relay.url()));
        Ok(Self::Inside(relay))
    }

    #[cfg(not(feature = "embedded-relay"))]
    fn inside(_tmp: &std::path::Path) -> anyhow::Result<Self> {
        crate::bad_input!("demo-no-relay-inside")
    }

    fn url(&self) -> String {
        match self {
            Self::Running(url) => url.clone(),
            #[cfg(feature = "embedded-relay")]
            Self::Inside(relay) => relay.url(),
        }
    }

    fn shutdown(self) {
        match self {
            Self::Running(_) => {}
            #[cfg(feature = "embedded-relay")]
            Self::Inside(relay) => relay.shutdown(),
        }
    }
}

/// Runs the demo against `relay`, or without it against a relay inside this process.
pub fn run(relay: Option<&str>) -> anyhow::Result<()> {
    let relay = relay.map(|url| url.trim_end_matches('/'));
    if let Some(url) = relay
        && let Err(why) = wallet_core::share::check_relay_url(url)
    {
        crate::bad_input!("relay-bad-url", url = url, why = why.to_string());
    }
    // Said before anything is created, so a plain `mappe demo` leaves nothing behind.
    #[cfg(not(feature = "embedded-relay"))]
    if relay.is_none() {
        crate::bad_input!("demo-no-relay-inside");
    }
    let tmp = tempfile::Builder::new().prefix("mappe-demo-").tempdir().with_context(|| t!("demo-no-temp-folder"))?;
    println!("{}", t!("demo-intro"));
    println!("  {}", tmp.path().display());

    let relay = DemoRelay::start(relay, tmp.path())?;
    let relay_url = relay.url();

    let holder_dir = tmp.path().join("amal");
    let holder_pass = "demo passphrase - never use this";
    fill_example_wallet(&holder_dir, holder_pass, tmp.path())?;
    let holder = Context::fixed(holder_dir.clone(), holder_pass);

    step(6, &t!("demo-step-6"));
    let agency_dir = tmp.path().join("jobcenter");
    let agency_pass = "jobcenter demo passphrase";
    let agency = Context::fixed(agency_dir.clone(), agency_pass);
    super::agency::init(&agency, "Jobcenter Musterstadt", "jobcenter")?;

    step(7, &t!("demo-step-7"));
    let wallet = WalletDir::new(&holder_dir).unlock(holder_pass)?;
    let cert = wallet.doc().certificates()?.into_iter().next().context("the example has a certificate")?;
    drop(wallet);
    let outcome = super::share::share(
        &holder,
        ShareOptions {
            fields: vec![
                "profile.given_names".into(),
                "profile.family_name".into(),
                format!("certificates/{}/scan", cert.id),
                "residence/current".into(),
            ],
            relay: Some(relay_url.clone()),
            to: Some(agency_dir.join(super::agency::CARD_FILE).display().to_string()),
            expires: "30d".into(),
            max_opens: Some(3),
            purpose: Some("Antrag auf Bürgergeld".into()),
            png: None,
            svg: None,
            yes: true,
            live: false,
            attest: Vec::new(),
        },
    )?
    .context("the demo share was not created")?;

    step(8, &t!("demo-step-8"));
    match super::open::open(&holder, &outcome.url, None, false, None, None) {
        Ok(()) => anyhow::bail!("a bystander could open an addressed share"),
        Err(e) => println!("  {}", t!("demo-refused", why = crate::sentence(&e))),
    }

    step(9, &t!("demo-step-9"));
    let inbox = tmp.path().join("caseworker-downloads");
    std::fs::create_dir_all(&inbox)?;
    super::open::open(&agency, &outcome.url, Some(&agency_dir), false, Some(&inbox), None)?;
    let saved = std::fs::read(inbox.join("telc-b1-scan.pdf")).with_context(|| t!("demo-scan-not-saved"))?;
    let same = crypto::sha256(&saved) == crypto::sha256(&example_pdf());
    println!("{}", if same { t!("demo-scan-identical") } else { t!("demo-scan-differs") });

    step(10, &t!("demo-step-10"));
    super::shares::list(&holder, true, false)?;

    step(11, &t!("demo-step-11"));
    super::shares::revoke(&holder, &outcome.id.to_string(), true)?;

    step(12, &t!("demo-step-12"));
    let refused = match super::open::open(&agency, &outcome.url, Some(&agency_dir), false, None, None) {
        Ok(()) => anyhow::bail!("the revoked share could still be opened"),
        Err(e) => crate::sentence(&e),
    };
    println!("  {}", t!("demo-refused", why = refused));
    relay.shutdown();
    if !same {
        anyhow::bail!(t!("demo-scan-differs"));
    }
    println!("\n{}", t!("demo-finished"));
    Ok(())
}

/// Steps 2–5: Amal's wallet with profile, CV, a certificate with its scan and a residence permit.
fn fill_example_wallet(dir: &std::path::Path, passphrase: &str, tmp: &std::path::Path) -> anyhow::Result<()> {
    step(2, &t!("demo-step-2"));
    let dir = WalletDir::new(dir);
    let (mut wallet, _code) = dir.create(passphrase, Argon2Params::DEFAULT)?;
    println!("{}", t!("demo-wallet-created", fingerprint = wallet.keys().public_identity().fingerprint().to_string()));
    let doc = wallet.doc_mut();
    doc.set_profile_text(ProfileField::GivenNames, Some("Amal"))?;
    doc.set_profile_text(ProfileField::FamilyName, Some("Al-Khatib"))?;
    doc.set_aliases(&["Alkhatib".into(), "Al Chatib".into()])?;
    doc.set_profile_text(ProfileField::BirthDate, Some("1994-03-17"))?;
    doc.set_profile_text(ProfileField::BirthPlace, Some("Aleppo, Syria"))?;
    doc.set_profile_text(ProfileField::Nationality, Some("Syrian"))?;
    doc.set_languages(&[
        LanguageSkill { language: "Arabic".into(), level: "native".into() },
        LanguageSkill { language: "English".into(), level: "B2".into() },
        LanguageSkill { language: "Deutsch".into(), level: "B1".into() },
    ])?;
    doc.set_profile_text(ProfileField::Phone, Some("+49 151 0000000"))?;
    doc.set_profile_text(ProfileField::Email, Some("amal.alkhatib@example.org"))?;

    step(3, &t!("demo-step-3"));
    doc.add_cv(&CvEntry {
        kind: CvKind::Education,
        title: "Bachelor of Pharmacy".into(),
        organisation: Some("University of Aleppo".into()),
        place: Some("Aleppo, Syria".into()),
        from: Some("2012-09".into()),
        to: Some("2017-07".into()),
        description: None,
    })?;
    doc.add_cv(&CvEntry {
        kind: CvKind::Work,
        title: "Pharmacy assistant".into(),
        organisation: Some("Eczane Şifa".into()),
        place: Some("Gaziantep, Türkiye".into()),
        from: Some("2017-09".into()),
        to: Some("2021-06".into()),
        description: Some("Dispensing, stock keeping, advising Arabic-speaking customers.".into()),
    })?;
    doc.add_cv(&CvEntry {
        kind: CvKind::Training,
        title: "Integrationskurs (600 hours)".into(),
        organisation: Some("VHS Musterstadt".into()),
        place: Some("Musterstadt".into()),
        from: Some("2022-01".into()),
        to: Some("2022-12".into()),
        description: None,
    })?;

    step(4, &t!("demo-step-4"));
    let scan = tmp.join("telc-b1-scan.pdf");
    std::fs::write(&scan, example_pdf()).with_context(|| t!("demo-no-example-scan"))?;
    let attachment = wallet.add_attachment(&scan, None)?;
    wallet.doc_mut().add_certificate(&Certificate {
        kind: CertificateKind::Language,
        title: "Deutsch B1".into(),
        issuer: Some("telc gGmbH".into()),
        issued_on: Some("2023-01-20".into()),
        cefr_level: Some("B1".into()),
        exam: Some("Deutsch-Test für Zuwanderer (DTZ)".into()),
        attachment: Some(attachment),
    })?;

    step(5, &t!("demo-step-5"));
    wallet.doc_mut().add_residence(&ResidencePaper {
        kind: ResidenceKind::Aufenthaltserlaubnis,
        number: Some("Y00000000".into()),
        issued_on: Some("2024-03-01".into()),
        valid_until: Some("2027-02-28".into()),
        authority: Some("Ausländerbehörde Musterstadt".into()),
        attachment: None,
        legal_basis: None,
        work: None,
        conditions: None,
    })?;
    wallet.save()?;
    print!("{}", output::wallet(&wallet.to_json()?));
    Ok(())
}

/// A small, valid one-page PDF standing in for a scanned certificate.
fn example_pdf() -> Vec<u8> {
    let text = "BT /F1 18 Tf 72 760 Td (Zertifikat Deutsch B1 - BEISPIEL / SAMPLE) Tj ET";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_string(),
        format!("<< /Length {} >>\nstream\n{text}\nendstream", text.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for off in offsets {
        pdf.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    pdf
}
