//! The Lebenslauf as one self-contained HTML page with a print stylesheet (A4).
//!
//! Every value from the wallet is HTML-escaped and wrapped in `<bdi>`, so a Latin-script title
//! inside an Arabic page (or an Arabic name inside a German one) keeps its own direction and
//! cannot reorder the text around it. Arabic-script spellings are marked `lang="ar" dir="rtl"`
//! so the browser picks a font that shapes and joins them.

use std::fmt::Write as _;

use super::{CvOptions, CvSource, Labels, day_month_year, month_year, newest_first};
use crate::document::{Certificate, CertificateKind, CvEntry, CvKind};

/// The print stylesheet: A4 with 20 mm margins, a date column on the start side, no entry split
/// across pages, and a font stack that covers Latin and Arabic script.
const STYLE: &str = r#"
@page { size: A4; margin: 20mm; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif; font-size: 10.5pt; color: #111; }
body { margin: 0; line-height: 1.4; }
main { max-width: 170mm; margin: 0 auto; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8mm; margin-bottom: 6mm; }
h1 { font-size: 20pt; margin: 0 0 2mm; font-weight: 600; }
.name { font-size: 14pt; margin: 0; }
.alias { margin-inline-start: 3mm; color: #333; }
.alias bdi { white-space: nowrap; }
.photo { width: 35mm; max-height: 45mm; object-fit: cover; border: 0.3mm solid #999; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 0.4mm solid #444; break-after: avoid; page-break-after: avoid; }
.row { display: grid; grid-template-columns: 44mm 1fr; column-gap: 5mm; margin: 0 0 2.5mm; break-inside: avoid; page-break-inside: avoid; }
.when { color: #333; }
.what p { margin: 0; }
.title { font-weight: 600; }
.desc { white-space: pre-line; color: #222; }
.place-date { margin-top: 12mm; }
@media screen { body { background: #eee; } main { background: #fff; padding: 20mm; margin: 10mm auto; max-width: 210mm; } }
"#;

/// Escapes text for HTML element content and attribute values; control characters (other than
/// line breaks) become spaces.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push('\n'),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Whether the text holds Arabic-script letters (Arabic, Persian, Urdu, Kurdish Sorani …).
fn is_arabic_script(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

/// A value from the wallet, escaped and isolated.
fn value(text: &str) -> String {
    if is_arabic_script(text) {
        format!(r#"<bdi lang="ar" dir="rtl">{}</bdi>"#, escape(text))
    } else {
        format!("<bdi>{}</bdi>", escape(text))
    }
}

/// A value that is always left to right (dates, phone numbers, email addresses).
fn ltr(text: &str) -> String {
    format!(r#"<bdi dir="ltr">{}</bdi>"#, escape(text))
}

impl Labels {
    /// A label as HTML: the translated text escaped, each argument an HTML fragment placed as is.
    fn html(&self, id: &str, args: &[(&str, String)]) -> String {
        // Placeholders survive escaping (private-use characters), then become the fragments.
        let marks: Vec<String> = (0..args.len()).map(|i| format!("\u{E000}{i}\u{E001}")).collect();
        let plain: Vec<(&str, &str)> = args.iter().zip(&marks).map(|((n, _), m)| (*n, m.as_str())).collect();
        let mut out = escape(&self.get(id, &plain));
        for ((_, fragment), mark) in args.iter().zip(&marks) {
            out = out.replace(mark.as_str(), fragment);
        }
        out
    }

    fn text(&self, id: &str) -> String {
        escape(&self.get(id, &[]))
    }
}

/// The period column: `03/2019 – 05/2021`, `seit 03/2019`, `bis 05/2021`.
fn period(labels: &Labels, from: Option<&str>, to: Option<&str>) -> String {
    match (from, to) {
        (Some(f), Some(t)) if f == t => ltr(&month_year(f)),
        (Some(f), Some(t)) => ltr(&format!("{} – {}", month_year(f), month_year(t))),
        (Some(f), None) => labels.html("cv-since", &[("from", ltr(&month_year(f)))]),
        (None, Some(t)) => labels.html("cv-until", &[("to", ltr(&month_year(t)))]),
        (None, None) => String::new(),
    }
}

fn row(out: &mut String, left: &str, right: &str) {
    let _ = writeln!(out, "<div class=\"row\"><div class=\"when\">{left}</div><div class=\"what\">{right}</div></div>");
}

fn cv_section(out: &mut String, labels: &Labels, heading: &str, class: &str, entries: &[&CvEntry], comma: &str) {
    if entries.is_empty() {
        return;
    }
    let mut sorted: Vec<(Option<&str>, Option<&str>, &CvEntry)> =
        entries.iter().map(|e| (e.from.as_deref(), e.to.as_deref(), *e)).collect();
    newest_first(&mut sorted);
    let _ = writeln!(out, "<section class=\"{class}\">\n<h2>{}</h2>", labels.text(heading));
    for (from, to, e) in sorted {
        let mut right = format!("<p class=\"title\">{}</p>", value(&e.title));
        let at: Vec<String> = [&e.organisation, &e.place].into_iter().flatten().map(|v| value(v)).collect();
        if !at.is_empty() {
            let _ = write!(right, "<p>{}</p>", at.join(comma));
        }
        if let Some(d) = &e.description {
            let _ = write!(right, "<p class=\"desc\">{}</p>", value(d));
        }
        row(out, &period(labels, from, to), &right);
    }
    out.push_str("</section>\n");
}

fn cert_kind(kind: CertificateKind) -> &'static str {
    match kind {
        CertificateKind::Language => "cv-cert-language",
        CertificateKind::Qualification => "cv-cert-qualification",
        CertificateKind::Recognition => "cv-cert-recognition",
        CertificateKind::Other => "cv-cert-other",
    }
}

fn certificates(out: &mut String, labels: &Labels, certs: &[&Certificate]) {
    if certs.is_empty() {
        return;
    }
    let mut sorted: Vec<(Option<&str>, Option<&str>, &Certificate)> =
        certs.iter().map(|c| (c.issued_on.as_deref(), None, *c)).collect();
    newest_first(&mut sorted);
    let _ = writeln!(out, "<section class=\"certificates\">\n<h2>{}</h2>", labels.text("cv-certificates"));
    for (issued, _, c) in sorted {
        let mut right = format!("<p class=\"title\">{}</p>", value(&c.title));
        let mut facts = vec![labels.text(cert_kind(c.kind))];
        if let Some(level) = &c.cefr_level {
            facts.push(labels.html("cv-level", &[("level", ltr(level))]));
        }
        let _ = write!(right, "<p>{}</p>", facts.join(" · "));
        if let Some(exam) = &c.exam {
            let _ = write!(right, "<p>{}: {}</p>", labels.text("cv-exam"), value(exam));
        }
        if let Some(issuer) = &c.issuer {
            let _ = write!(right, "<p>{}: {}</p>", labels.text("cv-issuer"), value(issuer));
        }
        row(out, &issued.map(|d| ltr(&month_year(d))).unwrap_or_default(), &right);
    }
    out.push_str("</section>\n");
}

/// The whole Lebenslauf as one HTML page (UTF-8, no outside resources: the photo is a `data:` URI).
///
/// Sections, each left out when empty: personal details (name, other spellings, birth,
/// nationality, contact), work experience, education, further training, other experience,
/// languages with their CEFR level, certificates; then the place and date line. Entries are
/// newest first with their period in the left column.
pub fn lebenslauf_html(source: CvSource<'_>, options: &CvOptions) -> String {
    let labels = Labels::new(options.lang);
    let p = source.profile;
    let name: Vec<&str> = [&p.given_names, &p.family_name].into_iter().flatten().map(String::as_str).collect();
    let name = name.join(" ");
    let title = labels.get("cv-title", &[]);
    let dir = if options.lang.is_rtl() { "rtl" } else { "ltr" };

    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<header>\n<div>\n<h1>{}</h1>",
        options.lang.code(),
        escape(&if name.is_empty() { title.clone() } else { format!("{title} – {name}") }),
        escape(&title),
    );
    if !name.is_empty() || !p.aliases.is_empty() {
        let aliases: Vec<String> = p.aliases.iter().map(|a| value(a)).collect();
        let main = if name.is_empty() { String::new() } else { value(&name) };
        let alias = if aliases.is_empty() {
            String::new()
        } else {
            format!("<span class=\"alias\">{}</span>", aliases.join(" · "))
        };
        let _ = writeln!(out, "<p class=\"name\">{main}{alias}</p>");
    }
    out.push_str("</div>\n");
    if let Some(photo) = &options.photo {
        let _ = writeln!(out, "<img class=\"photo\" src=\"{}\" alt=\"{}\">", photo.data_uri(), labels.text("cv-photo"));
    }
    out.push_str("</header>\n");

    // Personal details.
    let mut personal = String::new();
    if !name.is_empty() {
        row(&mut personal, &labels.text("cv-name"), &value(&name));
    }
    if !p.aliases.is_empty() {
        let aliases: Vec<String> = p.aliases.iter().map(|a| value(a)).collect();
        row(&mut personal, &labels.text("cv-also-written"), &aliases.join("<br>"));
    }
    match (&p.birth_date, &p.birth_place) {
        (Some(d), Some(place)) => row(
            &mut personal,
            &labels.text("cv-birth"),
            &labels.html("cv-born-in", &[("date", ltr(&day_month_year(d))), ("place", value(place))]),
        ),
        (Some(d), None) => row(&mut personal, &labels.text("cv-birth-date"), &ltr(&day_month_year(d))),
        (None, Some(place)) => row(&mut personal, &labels.text("cv-birth-place-only"), &value(place)),
        (None, None) => {}
    }
    if let Some(n) = &p.nationality {
        row(&mut personal, &labels.text("cv-nationality"), &value(n));
    }
    if let Some(a) = &p.contact.address {
        row(&mut personal, &labels.text("cv-address"), &format!("<span class=\"desc\">{}</span>", value(a)));
    }
    if let Some(t) = &p.contact.phone {
        row(&mut personal, &labels.text("cv-phone"), &ltr(t));
    }
    if let Some(e) = &p.contact.email {
        row(&mut personal, &labels.text("cv-email"), &ltr(e));
    }
    if !personal.is_empty() {
        let _ = writeln!(
            out,
            "<section class=\"personal\">\n<h2>{}</h2>\n{personal}</section>",
            labels.text("cv-personal")
        );
    }

    let of =
        |kind: CvKind| -> Vec<&CvEntry> { source.cv.iter().map(|i| &i.value).filter(|e| e.kind == kind).collect() };
    // Arabic and Persian separate list items with the Arabic comma.
    let comma = if options.lang.is_rtl() { "\u{060C} " } else { ", " };
    cv_section(&mut out, &labels, "cv-work", "work", &of(CvKind::Work), comma);
    cv_section(&mut out, &labels, "cv-education", "education", &of(CvKind::Education), comma);
    cv_section(&mut out, &labels, "cv-training", "training", &of(CvKind::Training), comma);
    cv_section(&mut out, &labels, "cv-other", "other", &of(CvKind::Other), comma);

    if !p.languages.is_empty() {
        let _ = writeln!(out, "<section class=\"languages\">\n<h2>{}</h2>", labels.text("cv-languages"));
        // Mother tongues first, then from the best level down, as German CVs list them.
        let mut langs: Vec<_> = p.languages.iter().collect();
        langs.sort_by(|a, b| (a.level != "native").cmp(&(b.level != "native")).then(b.level.cmp(&a.level)));
        for l in langs {
            let level = if l.level == "native" {
                labels.text("cv-native")
            } else {
                labels.html("cv-level", &[("level", ltr(&l.level))])
            };
            row(&mut out, &value(&l.language), &level);
        }
        out.push_str("</section>\n");
    }

    let certs: Vec<&Certificate> = source.certificates.iter().map(|i| &i.value).collect();
    certificates(&mut out, &labels, &certs);

    if let Some(date) = &options.date {
        let date = ltr(&day_month_year(date));
        let line = match &options.place {
            Some(place) => labels.html("cv-place-date", &[("place", value(place)), ("date", date)]),
            None => date,
        };
        let _ = writeln!(out, "<p class=\"place-date\">{line}</p>");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
