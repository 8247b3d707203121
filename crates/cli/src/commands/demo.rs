//! `mappe demo`: an example person's wallet in a temporary folder, start to finish.

use anyhow::Context as _;
use wallet_core::WalletDir;
use wallet_core::crypto::{self, Argon2Params};
use wallet_core::document::{
    Certificate, CertificateKind, CvEntry, CvKind, LanguageSkill, ProfileField, ResidenceKind,
    ResidencePaper,
};

use crate::output;

fn step(n: u32, text: &str) {
    println!("\n── Step {n}: {text}");
}

/// Runs the demo.
pub fn run() -> anyhow::Result<()> {
    let tmp = tempfile::Builder::new()
        .prefix("mappe-demo-")
        .tempdir()
        .context("cannot create a temporary folder")?;
    let dir = WalletDir::new(tmp.path().join("wallet"));
    println!("Mappe demo. Everything happens in a temporary folder that is deleted at the end:");
    println!("  {}", tmp.path().display());

    step(
        1,
        "Amal creates her wallet (passphrase chosen by her; here a demo passphrase).",
    );
    let passphrase = "demo passphrase - never use this";
    let (mut wallet, code) = dir.create(passphrase, Argon2Params::DEFAULT)?;
    println!(
        "Wallet created. Fingerprint: {}",
        wallet.keys().public_identity().fingerprint()
    );
    println!("Recovery code (in real use: written on paper, shown only once):");
    println!("    {}", code.as_str());

    step(2, "She fills in her profile.");
    let doc = wallet.doc_mut();
    doc.set_profile_text(ProfileField::GivenNames, Some("Amal"))?;
    doc.set_profile_text(ProfileField::FamilyName, Some("Al-Khatib"))?;
    doc.set_aliases(&["Alkhatib".into(), "Al Chatib".into()])?;
    doc.set_profile_text(ProfileField::BirthDate, Some("1994-03-17"))?;
    doc.set_profile_text(ProfileField::BirthPlace, Some("Aleppo, Syria"))?;
    doc.set_profile_text(ProfileField::Nationality, Some("Syrian"))?;
    doc.set_languages(&[
        LanguageSkill {
            language: "Arabic".into(),
            level: "native".into(),
        },
        LanguageSkill {
            language: "English".into(),
            level: "B2".into(),
        },
        LanguageSkill {
            language: "Deutsch".into(),
            level: "B1".into(),
        },
    ])?;
    doc.set_profile_text(ProfileField::Phone, Some("+49 151 0000000"))?;
    doc.set_profile_text(ProfileField::Email, Some("amal.alkhatib@example.org"))?;

    step(
        3,
        "She adds her CV: studies in Aleppo, work in Gaziantep, the integration course.",
    );
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

    step(
        4,
        "She scans her B1 certificate and adds it; the scan is encrypted in 64 KiB chunks.",
    );
    let scan = tmp.path().join("telc-b1-scan.pdf");
    std::fs::write(&scan, example_pdf()).context("cannot write the example scan")?;
    let attachment = wallet.add_attachment(&scan, None)?;
    wallet.doc_mut().add_certificate(&Certificate {
        kind: CertificateKind::Language,
        title: "Deutsch B1".into(),
        issuer: Some("telc gGmbH".into()),
        issued_on: Some("2023-01-20".into()),
        cefr_level: Some("B1".into()),
        exam: Some("Deutsch-Test für Zuwanderer (DTZ)".into()),
        attachment: Some(attachment.clone()),
    })?;

    step(5, "She adds her residence permit.");
    wallet.doc_mut().add_residence(&ResidencePaper {
        kind: ResidenceKind::Aufenthaltserlaubnis,
        number: Some("Y00000000".into()),
        issued_on: Some("2024-03-01".into()),
        valid_until: Some("2027-02-28".into()),
        authority: Some("Ausländerbehörde Musterstadt".into()),
        attachment: None,
    })?;
    wallet.save()?;
    println!("Saved. On disk everything is encrypted:");
    for name in ["keystore.mappe", "wallet.mappe"] {
        let len = std::fs::metadata(dir.path().join(name))
            .map(|m| m.len())
            .unwrap_or(0);
        println!("  {name:<16} {}", output::size(len));
    }

    step(
        6,
        "Later she opens the wallet again with her passphrase and looks at it.",
    );
    drop(wallet);
    let wallet = dir.unlock(passphrase)?;
    print!("{}", output::wallet(&wallet.to_json()?));

    step(
        7,
        "She takes the scan out again; its SHA-256 is checked against the record.",
    );
    let out = tmp.path().join("exported.pdf");
    wallet.export_attachment(attachment.as_str(), &out)?;
    let same = crypto::sha256(&std::fs::read(&out)?) == crypto::sha256(&example_pdf());
    println!(
        "Exported scan identical to the original: {}",
        if same { "yes" } else { "NO" }
    );

    println!(
        "\nNext (coming with sharing): choose fields, show a QR code at the office, revoke later."
    );
    println!("Demo finished; the temporary folder is removed now.");
    if !same {
        anyhow::bail!("the exported scan differs from the original");
    }
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
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        pdf.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}
