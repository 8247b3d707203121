//! `mappe cv export` end to end: a wallet built with the real `mappe`, its Lebenslauf printed to
//! PDF by the real headless Chromium and read back with poppler's `pdftotext` and `pdffonts`; the
//! first page rendered to a PNG (`target/cv-screenshots/`, or `$MAPPE_CV_SCREENSHOTS`) for a
//! person to look at; and the Europass XML parsed with a real XML parser.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine as _;
use mappe_e2e::{mappe, ok};

const PASS: &str = "cv export test passphrase";
const ARABIC_NAME: &str = "محمد الأحمد";
/// A 30×40 PNG (a pale face on blue-grey), so the photo path is exercised with a real picture.
const PHOTO_PNG: &str = "iVBORw0KGgoAAAANSUhEUgAAAB4AAAAoCAIAAABmcd1FAAAAZElEQVR42mM4cekhjRDDqNGDy+h7O6ZhIkqNxmookRYwUGIuftMZKDQXj+l0N5okc3GZTl+jyTAXq+mjRo8aPWr0IDZ6aBZPQ7YqoG3dSNsanbbtkBHY5rNxy6MRGjV61Gj8CADvHuHxB0XOAAAAAABJRU5ErkJggg==";

fn have(tool: &str) -> bool {
    Command::new(tool).arg("-v").output().is_ok()
}

fn chromium_present() -> bool {
    std::env::var_os("MAPPE_CHROMIUM").is_some()
        || Path::new("/usr/bin/chromium").is_file()
        || std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("chromium").is_file()))
}

/// A wallet of a person with a Latin passport name and an Arabic-script spelling, three kinds of
/// CV entry (and one more), two certificates and a residence paper that must stay off the CV.
fn person(dir: &Path) {
    ok(mappe(dir, PASS).arg("init"));
    for (field, values) in [
        ("given_names", vec!["Mohammed"]),
        ("family_name", vec!["Al-Ahmad"]),
        ("aliases", vec![ARABIC_NAME, "Muhammad Alahmad"]),
        ("birth_date", vec!["15.04.1991"]),
        ("birth_place", vec!["Aleppo"]),
        ("nationality", vec!["syrisch"]),
        ("languages", vec!["Arabisch:native", "Deutsch:B2", "Englisch:B1"]),
        ("contact.phone", vec!["+49 151 2345678"]),
        ("contact.email", vec!["m.alahmad@example.org"]),
    ] {
        ok(mappe(dir, PASS).args(["profile", "set", field]).args(values));
    }
    for args in [
        &[
            "--kind",
            "work",
            "--title",
            "Maurer",
            "--organisation",
            "Al-Bina",
            "--place",
            "Aleppo, Syrien",
            "--from",
            "2012-03",
            "--to",
            "2015-08",
        ][..],
        &[
            "--kind",
            "work",
            "--title",
            "Bauhelfer",
            "--organisation",
            "Bau GmbH",
            "--place",
            "Berlin",
            "--from",
            "2023-09",
            "--description",
            "Trockenbau und Fliesen",
        ],
        &[
            "--kind",
            "education",
            "--title",
            "Abitur",
            "--organisation",
            "Gymnasium Aleppo",
            "--from",
            "2003",
            "--to",
            "2009",
        ],
        &[
            "--kind",
            "training",
            "--title",
            "Integrationskurs",
            "--organisation",
            "VHS Berlin",
            "--from",
            "2016-01",
            "--to",
            "2016-12",
        ],
        &[
            "--kind",
            "other",
            "--title",
            "Dolmetscher (ehrenamtlich)",
            "--organisation",
            "Willkommen e.V.",
            "--from",
            "2017",
        ],
    ] {
        ok(mappe(dir, PASS).args(["cv", "add"]).args(args));
    }
    ok(mappe(dir, PASS).args([
        "cert",
        "add",
        "--kind",
        "language",
        "--title",
        "Deutsch B2",
        "--issuer",
        "telc gGmbH",
        "--issued-on",
        "2019-06-20",
        "--level",
        "B2",
        "--exam",
        "telc Deutsch B2",
    ]));
    ok(mappe(dir, PASS).args([
        "cert",
        "add",
        "--kind",
        "recognition",
        "--title",
        "Anerkennung Maurer",
        "--issuer",
        "HWK Berlin",
        "--issued-on",
        "2020-02",
    ]));
    ok(mappe(dir, PASS).args([
        "residence",
        "add",
        "--kind",
        "aufenthaltserlaubnis",
        "--number",
        "Y0RESIDENCE42",
        "--authority",
        "LEA Berlin",
    ]));
}

/// Text extracted from the PDF by poppler.
fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext").arg("-enc").arg("UTF-8").arg(pdf).arg("-").output().unwrap();
    assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Whether Arabic (or any) text is in the extracted text. Poppler reads the lam-alef ligature
/// (one glyph for لأ, لا …) of right-to-left text back as alef then lam, so "الأحمد" comes out as
/// "األحمد": that form is accepted too, and nothing looser.
fn in_pdf(text: &str, expected: &str) -> bool {
    let chars: Vec<char> = expected.chars().collect();
    let mut poppler = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == 'ل' && chars.get(i + 1).is_some_and(|c| matches!(c, 'ا' | 'أ' | 'إ' | 'آ')) {
            poppler.push(chars[i + 1]);
            poppler.push('ل');
            i += 2;
        } else {
            poppler.push(chars[i]);
            i += 1;
        }
    }
    text.contains(expected) || text.contains(&poppler)
}

/// The `emb` column of `pdffonts`, one entry per font, read by the column positions of the
/// dashed line under the header (font types such as "CID TrueType" contain spaces).
fn embedded_column(pdf: &Path) -> Vec<(String, String)> {
    let out = Command::new("pdffonts").arg(pdf).output().unwrap();
    assert!(out.status.success(), "pdffonts: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.contains("emb"), "{text}");
    let dashes = lines.next().unwrap();
    let mut columns = Vec::new();
    let mut start = None;
    for (i, c) in dashes.char_indices().chain([(dashes.len(), ' ')]) {
        match (c, start) {
            ('-', None) => start = Some(i),
            (' ', Some(s)) => {
                columns.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    let (es, ee) = columns[3];
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            (l[..columns[0].1.min(l.len())].trim().to_string(), l[es.min(l.len())..ee.min(l.len())].trim().to_string())
        })
        .collect()
}

fn screenshots() -> PathBuf {
    std::env::var_os("MAPPE_CV_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/cv-screenshots"))
}

#[test]
fn the_lebenslauf_pdf_shows_every_section_both_spellings_and_embeds_its_fonts() {
    if !chromium_present() || !have("pdftotext") || !have("pdffonts") || !have("pdftoppm") {
        eprintln!("SKIPPED: the CV PDF test needs chromium and poppler-utils (pdftotext, pdffonts, pdftoppm)");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("wallet");
    person(&dir);
    let photo = tmp.path().join("foto.png");
    std::fs::write(&photo, base64::engine::general_purpose::STANDARD.decode(PHOTO_PNG).unwrap()).unwrap();

    for (lang, headings) in [
        (
            "de",
            &[
                "Lebenslauf",
                "Persönliche Daten",
                "Berufserfahrung",
                "Ausbildung und Schulbildung",
                "Weiterbildung",
                "Sonstige Erfahrungen",
                "Sprachkenntnisse",
                "Zertifikate und Qualifikationen",
            ][..],
        ),
        ("ar", &["السيرة الذاتية", "البيانات الشخصية", "الخبرة المهنية", "اللغات", "الشهادات والمؤهلات"][..]),
    ] {
        let pdf = tmp.path().join(format!("Lebenslauf {lang}.pdf"));
        let stdout = ok(mappe(&dir, PASS)
            .args(["cv", "export", "--format", "pdf", "--cv-lang", lang, "--place", "Berlin", "--photo"])
            .arg(&photo)
            .arg("--out")
            .arg(&pdf));
        assert!(stdout.contains("Wrote your Lebenslauf (PDF)"), "{stdout}");
        let bytes = std::fs::read(&pdf).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));

        let text = pdf_text(&pdf);
        for heading in headings {
            assert!(in_pdf(&text, heading), "{lang}: heading {heading} missing from the PDF text:\n{text}");
        }
        assert!(text.contains("Mohammed Al-Ahmad"), "{lang}: Latin name missing:\n{text}");
        assert!(in_pdf(&text, ARABIC_NAME), "{lang}: Arabic spelling missing:\n{text}");
        assert!(!in_pdf(&text, "الأحمد محمد"), "{lang}: the Arabic words came out in the wrong order");
        for value in
            ["Maurer", "Bauhelfer", "Abitur", "Integrationskurs", "Dolmetscher", "Deutsch B2", "Anerkennung Maurer"]
        {
            assert!(text.contains(value), "{lang}: {value} missing:\n{text}");
        }
        assert!(!text.contains("Y0RESIDENCE42") && !text.contains("LEA Berlin"), "a residence paper reached the CV");

        let fonts = embedded_column(&pdf);
        assert!(!fonts.is_empty(), "{lang}: no fonts listed");
        for (name, emb) in &fonts {
            assert_eq!(emb, "yes", "{lang}: font {name} is not embedded");
        }

        let shots = screenshots();
        std::fs::create_dir_all(&shots).unwrap();
        let prefix = shots.join(format!("lebenslauf-{lang}"));
        let out = Command::new("pdftoppm")
            .args(["-png", "-r", "70", "-f", "1", "-l", "1"])
            .arg(&pdf)
            .arg(&prefix)
            .output()
            .unwrap();
        assert!(out.status.success(), "pdftoppm: {}", String::from_utf8_lossy(&out.stderr));
        let page = std::fs::read_dir(&shots)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(&format!("lebenslauf-{lang}-")))
            .expect("first page rendered");
        assert!(std::fs::read(&page).unwrap().starts_with(b"\x89PNG"));
        eprintln!("first page of the {lang} Lebenslauf: {}", page.display());
    }
    // No temporary folder is left beside the output.
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".mappe-cv-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn the_europass_xml_parses_and_carries_every_entry() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("wallet");
    person(&dir);
    let out = tmp.path().join("europass.xml");
    ok(mappe(&dir, PASS).args(["cv", "export", "--format", "europass", "--out"]).arg(&out));
    let xml = std::fs::read_to_string(&out).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    assert!(doc.root_element().has_tag_name(("http://www.europass.eu/1.0", "Candidate")));
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    let cv: serde_json::Value = serde_json::from_str(&ok(mappe(&dir, PASS).args(["cv", "list", "--json"]))).unwrap();
    let cv = cv.as_array().unwrap();
    assert_eq!(cv.len(), 5);
    for entry in cv {
        for key in ["title", "organisation"] {
            let v = entry[key].as_str().unwrap();
            assert!(texts.contains(&v), "{key} {v} missing from the Europass XML");
        }
    }
    for v in ["Deutsch B2", "Anerkennung Maurer", "Mohammed", "Al-Ahmad", "1991-04-15", "ger", "eng", "ara"] {
        assert!(texts.contains(&v), "{v} missing from the Europass XML");
    }
    assert!(!xml.contains("Y0RESIDENCE42"));
}

#[test]
fn wrong_flags_are_refused_before_the_passphrase_and_a_missing_chromium_is_one_plain_sentence() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("wallet");
    ok(mappe(&dir, PASS).arg("init"));
    let out_file = tmp.path().join("cv.pdf");
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = mappe(&dir, PASS);
        cmd.args(["cv", "export", "--out"]).arg(&out_file).args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    };
    for (args, says) in [
        (&["--format", "docx"][..], "--format docx: use pdf, html or europass"),
        (&["--cv-lang", "xx"], "--cv-lang xx"),
        (&["--format", "europass", "--place", "Berlin"], "--photo and --place are for"),
    ] {
        let out = run(args, &[]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(says), "{stderr}");
    }
    let not_a_photo = tmp.path().join("foto.jpg");
    std::fs::write(&not_a_photo, b"<svg/>").unwrap();
    let out = run(&["--format", "html", "--photo", not_a_photo.to_str().unwrap()], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a JPEG or PNG"));

    let out = run(&["--format", "pdf"], &[("MAPPE_CHROMIUM", "/nonexistent/chromium")]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("install it") && stderr.contains("--format html"), "{stderr}");
    assert!(!out_file.exists());
}
