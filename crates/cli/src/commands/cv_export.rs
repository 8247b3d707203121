//! `mappe cv export`: the Lebenslauf as PDF (the core's HTML printed by headless Chromium) or
//! HTML, and the Europass XML. The core decides what goes on the CV; this file reads the photo,
//! finds Chromium and moves bytes into place atomically.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use wallet_core::cv_export::{CvOptions, CvSource, Lang, MAX_PHOTO_BYTES, Photo, europass_xml, lebenslauf_html};
use wallet_core::store::fsutil;

use crate::cli::CvExport;
use crate::context::Context;
use crate::error::BadInput;
use crate::{bad_input, t};

/// How long Chromium may take to print one CV before it is stopped.
const CHROMIUM_TIMEOUT: Duration = Duration::from_secs(120);
/// The largest PDF read back from Chromium (a CV with a 5 MiB photo is far below).
const MAX_PDF_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Pdf,
    Html,
    Europass,
}

/// `mappe cv export`
pub fn export(ctx: &Context, a: CvExport) -> anyhow::Result<()> {
    // Every flag is checked before the passphrase is asked for.
    let format = match a.format.as_str() {
        "pdf" => Format::Pdf,
        "html" => Format::Html,
        "europass" => Format::Europass,
        other => bad_input!("cv-format-unknown", given = other),
    };
    let Some(lang) = Lang::parse(&a.cv_lang) else {
        bad_input!("cv-lang-unknown", given = &a.cv_lang);
    };
    if format == Format::Europass && (a.photo.is_some() || a.place.is_some()) {
        bad_input!("cv-europass-no-photo");
    }
    let place = match a.place.as_deref().map(str::trim) {
        Some(p) if p.is_empty() || p.len() > 200 || p.chars().any(char::is_control) => {
            bad_input!("cv-place-form")
        }
        p => p.map(str::to_string),
    };
    let chromium = if format == Format::Pdf { Some(find_chromium()?) } else { None };
    let photo = match &a.photo {
        Some(path) => {
            let bytes = fsutil::read_limited(path, MAX_PHOTO_BYTES, "photo")?;
            // Not a picture is the person's input, exit code 2 like every other bad flag.
            let not_a_photo = |e: wallet_core::cv_export::CvError| {
                BadInput(t!("cv-photo-unusable", file = path.display().to_string(), why = e.to_string()))
            };
            Some(Photo::new(bytes).map_err(not_a_photo)?)
        }
        None => None,
    };

    let wallet = ctx.unlock()?;
    let doc = wallet.doc();
    let (profile, cv, certificates) = (doc.profile()?, doc.cv()?, doc.certificates()?);
    // Residence papers are not read: a CV does not need them (see wallet_core::cv_export).
    let source = CvSource { profile: &profile, cv: &cv, certificates: &certificates };
    let options = CvOptions { lang, photo, place, date: Some(wallet_core::time::date_of(wallet_core::time::now())) };

    match format {
        Format::Europass => fsutil::write_atomic(&a.out, europass_xml(source, lang)?.as_bytes())?,
        Format::Html => fsutil::write_atomic(&a.out, lebenslauf_html(source, &options).as_bytes())?,
        Format::Pdf => {
            let chromium = chromium.ok_or_else(|| anyhow::anyhow!(t!("cv-no-chromium")))?;
            let pdf = print_to_pdf(&chromium, &lebenslauf_html(source, &options), &a.out)?;
            fsutil::write_atomic(&a.out, &pdf)?;
        }
    }
    let file = a.out.display().to_string();
    println!(
        "{}",
        match format {
            Format::Pdf => t!("cv-written-pdf", file = file),
            Format::Html => t!("cv-written-html", file = file),
            Format::Europass => t!("cv-written-europass", file = file),
        }
    );
    Ok(())
}

/// `$MAPPE_CHROMIUM`, else Debian's `/usr/bin/chromium`, else `chromium` on `PATH`.
fn find_chromium() -> anyhow::Result<PathBuf> {
    if let Some(given) = std::env::var_os("MAPPE_CHROMIUM").filter(|v| !v.is_empty()) {
        let given = PathBuf::from(given);
        if given.is_file() {
            return Ok(given);
        }
        anyhow::bail!(t!(
            "cv-chromium-env-not-file",
            file = given.display().to_string(),
            advice = t!("cv-no-chromium")
        ));
    }
    let debian = Path::new("/usr/bin/chromium");
    if debian.is_file() {
        return Ok(debian.to_path_buf());
    }
    let on_path = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).map(|dir| dir.join("chromium")).find(|p| p.is_file()));
    on_path.flatten().ok_or_else(|| anyhow::anyhow!(t!("cv-no-chromium")))
}

/// Percent-encodes a path for a `file://` URL (everything but unreserved characters and `/`).
fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            url.push(char::from(b));
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}

/// Prints the HTML with headless Chromium in a private temporary folder beside `out` (so the
/// plaintext CV never lands in a shared temporary folder) and returns the PDF's bytes.
fn print_to_pdf(chromium: &Path, html: &str, out: &Path) -> anyhow::Result<Vec<u8>> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".mappe-cv-")
        .tempdir_in(&parent)
        .with_context(|| t!("cv-no-temp-folder", dir = parent.display().to_string()))?;
    let dir = tmp.path().canonicalize()?;
    let page = dir.join("cv.html");
    let pdf = dir.join("cv.pdf");
    std::fs::write(&page, html)?;
    let log = std::fs::File::create(dir.join("chromium.log"))?;

    let mut cmd = Command::new(chromium);
    cmd.arg("--headless")
        .arg("--disable-gpu")
        .arg("--no-pdf-header-footer")
        .arg("--no-first-run")
        .arg("--no-default-browser-check")
        .arg("--disable-extensions")
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()));
    if running_as_root(&dir) {
        // Chromium refuses to start its sandbox as root (CI and containers run as root).
        cmd.arg("--no-sandbox");
    }
    cmd.arg(file_url(&page)).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::from(log));
    let mut child = cmd.spawn().with_context(|| {
        t!("cv-chromium-not-started", file = chromium.display().to_string(), advice = t!("cv-no-chromium"))
    })?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > CHROMIUM_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            anyhow::bail!(t!("cv-chromium-timeout", seconds = CHROMIUM_TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let bytes = match fsutil::read_limited(&pdf, MAX_PDF_BYTES, "PDF") {
        Ok(bytes) if bytes.starts_with(b"%PDF-") => bytes,
        _ => {
            let mut tail = String::new();
            if let Ok(f) = std::fs::File::open(dir.join("chromium.log")) {
                let _ = f.take(100_000).read_to_string(&mut tail);
            }
            let last = tail.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").to_string();
            anyhow::bail!(t!("cv-chromium-failed", status = status.to_string(), said = last));
        }
    };
    Ok(bytes)
}

/// Whether this process runs as root, read from the owner of a folder it just created (no
/// system call wrapper needed).
#[cfg(unix)]
fn running_as_root(created: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    std::fs::metadata(created).map(|m| m.uid() == 0).unwrap_or(false)
}

#[cfg(not(unix))]
fn running_as_root(_created: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_are_percent_encoded() {
        assert_eq!(file_url(Path::new("/tmp/a b/Lebenslauf #1.html")), "file:///tmp/a%20b/Lebenslauf%20%231.html");
        assert_eq!(file_url(Path::new("/home/محمد/cv.html")), "file:///home/%D9%85%D8%AD%D9%85%D8%AF/cv.html");
    }
}
