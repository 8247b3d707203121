//! Human-readable display of a wallet, grouped the way a caseworker's form is.

use std::fmt::Write as _;

use wallet_core::document::{
    AttachmentMeta, Certificate, CertificateKind, CvEntry, CvKind, Item, Profile, ResidenceKind, ResidencePaper,
    WalletJson, WorkPermission,
};

use crate::i18n::date;
use crate::t;

/// One labelled line, the label padded to `width` characters (counted as characters, so Arabic
/// lines up too).
pub fn labelled_at(out: &mut String, width: usize, label: &str, value: &str) {
    let pad = width.saturating_sub(label.chars().count());
    let _ = writeln!(out, "  {label}{:pad$} {value}", "");
}

/// One labelled line of a wallet or share view.
pub fn labelled(out: &mut String, label: &str, value: &str) {
    labelled_at(out, 16, label, value);
}

fn line(out: &mut String, label: &str, value: Option<&str>) {
    if let Some(v) = value {
        labelled(out, label, v);
    }
}

fn span(from: &Option<String>, to: &Option<String>) -> Option<String> {
    match (from, to) {
        (None, None) => None,
        (Some(f), None) => Some(t!("span-since", from = date(f))),
        (None, Some(to)) => Some(t!("span-until", to = date(to))),
        (Some(f), Some(to)) => Some(format!("{} – {}", date(f), date(to))),
    }
}

/// The name of a kind of CV entry in the person's language.
pub fn cv_kind(kind: CvKind) -> String {
    match kind {
        CvKind::Education => t!("kind-cv-education"),
        CvKind::Work => t!("kind-cv-work"),
        CvKind::Training => t!("kind-cv-training"),
        CvKind::Other => t!("kind-cv-other"),
    }
}

/// The name of a kind of certificate in the person's language.
pub fn certificate_kind(kind: CertificateKind) -> String {
    match kind {
        CertificateKind::Language => t!("kind-cert-language"),
        CertificateKind::Qualification => t!("kind-cert-qualification"),
        CertificateKind::Recognition => t!("kind-cert-recognition"),
        CertificateKind::Other => t!("kind-cert-other"),
    }
}

/// The name of a kind of residence paper: the German legal term, explained in the person's
/// language (offices use the German word, so it stays).
pub fn residence_kind(kind: ResidenceKind) -> String {
    match kind {
        ResidenceKind::Aufenthaltserlaubnis => t!("kind-residence-aufenthaltserlaubnis"),
        ResidenceKind::Niederlassungserlaubnis => t!("kind-residence-niederlassungserlaubnis"),
        ResidenceKind::Aufenthaltsgestattung => t!("kind-residence-aufenthaltsgestattung"),
        ResidenceKind::Duldung => t!("kind-residence-duldung"),
        ResidenceKind::Fiktionsbescheinigung => t!("kind-residence-fiktionsbescheinigung"),
        ResidenceKind::Visa => t!("kind-residence-visa"),
        ResidenceKind::EuCitizen => t!("kind-residence-eu-citizen"),
        ResidenceKind::Other => t!("kind-residence-other"),
    }
}

/// A shared field path (`profile.given_names`, `certificates/ID/scan`, `residence/current`) in
/// words of the person's language; the ids stay, since they are what `mappe` commands take.
pub fn path_label(path: &str) -> String {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["profile"] => t!("path-profile"),
        ["cv"] => t!("heading-cv"),
        ["certificates"] => t!("heading-certificates"),
        ["residence"] => t!("heading-residence"),
        ["residence", "current"] => t!("path-residence-current"),
        ["cv", id] => t!("path-cv", id = *id),
        ["certificates", id] => t!("path-certificate", id = *id),
        ["residence", id] => t!("path-residence", id = *id),
        ["certificates", id, "scan"] => t!("path-certificate-scan", id = *id),
        ["residence", id, "scan"] => t!("path-residence-scan", id = *id),
        [single] => match single.strip_prefix("profile.") {
            Some(field) => label(field.rsplit('.').next().unwrap_or(field)),
            None => (*single).to_string(),
        },
        _ => path.to_string(),
    }
}

/// Several shared field paths in words, comma-separated.
pub fn path_labels(paths: &[String]) -> String {
    paths.iter().map(|p| path_label(p)).collect::<Vec<_>>().join(", ")
}

/// Whether and how a residence paper lets the person work, in the person's language.
pub fn work_permission(work: WorkPermission) -> String {
    match work {
        WorkPermission::Permitted => t!("work-permitted"),
        WorkPermission::PermittedWithApproval => t!("work-permitted-with-approval"),
        WorkPermission::NotPermitted => t!("work-not-permitted"),
    }
}

/// The profile as labelled lines.
pub fn profile(p: &Profile) -> String {
    let mut out = String::new();
    line(&mut out, &t!("label-given-names"), p.given_names.as_deref());
    line(&mut out, &t!("label-family-name"), p.family_name.as_deref());
    if !p.aliases.is_empty() {
        line(&mut out, &t!("label-aliases"), Some(&p.aliases.join("; ")));
    }
    line(&mut out, &t!("label-born"), p.birth_date.as_deref().map(date).as_deref());
    line(&mut out, &t!("label-birth-place"), p.birth_place.as_deref());
    line(&mut out, &t!("label-nationality"), p.nationality.as_deref());
    if !p.languages.is_empty() {
        let langs: Vec<String> = p.languages.iter().map(|l| format!("{} ({})", l.language, l.level)).collect();
        line(&mut out, &t!("label-languages"), Some(&langs.join(", ")));
    }
    line(&mut out, &t!("label-phone"), p.contact.phone.as_deref());
    line(&mut out, &t!("label-email"), p.contact.email.as_deref());
    line(&mut out, &t!("label-address"), p.contact.address.as_deref());
    if out.is_empty() {
        let _ = writeln!(out, "  {}", t!("profile-empty"));
    }
    out
}

/// CV entries, one block each.
pub fn cv(items: &[Item<CvEntry>]) -> String {
    let mut out = String::new();
    for item in items {
        let e = &item.value;
        let _ = writeln!(out, "  [{}] {}: {}", item.id, cv_kind(e.kind), e.title);
        let mut details = Vec::new();
        if let Some(o) = &e.organisation {
            details.push(o.clone());
        }
        if let Some(p) = &e.place {
            details.push(p.clone());
        }
        if let Some(s) = span(&e.from, &e.to) {
            details.push(s);
        }
        if !details.is_empty() {
            let _ = writeln!(out, "             {}", details.join(", "));
        }
        if let Some(d) = &e.description {
            let _ = writeln!(out, "             {d}");
        }
    }
    empty_hint(out, "mappe cv add")
}

/// Certificates, one block each.
pub fn certificates(items: &[Item<Certificate>], attachments: &[Item<AttachmentMeta>]) -> String {
    let mut out = String::new();
    for item in items {
        let c = &item.value;
        let _ = writeln!(out, "  [{}] {}: {}", item.id, certificate_kind(c.kind), c.title);
        let mut details = Vec::new();
        if let Some(l) = &c.cefr_level {
            details.push(t!("detail-level", level = l));
        }
        if let Some(e) = &c.exam {
            details.push(e.clone());
        }
        if let Some(i) = &c.issuer {
            details.push(i.clone());
        }
        if let Some(d) = &c.issued_on {
            details.push(t!("detail-issued", date = date(d)));
        }
        if !details.is_empty() {
            let _ = writeln!(out, "             {}", details.join(", "));
        }
        attachment_line(&mut out, &c.attachment, attachments);
    }
    empty_hint(out, "mappe cert add")
}

/// Residence papers, one block each.
pub fn residence(items: &[Item<ResidencePaper>], attachments: &[Item<AttachmentMeta>]) -> String {
    let mut out = String::new();
    for item in items {
        let r = &item.value;
        let _ = writeln!(out, "  [{}] {}", item.id, residence_kind(r.kind));
        let mut details = Vec::new();
        if let Some(n) = &r.number {
            details.push(t!("detail-number", number = n));
        }
        if let Some(a) = &r.authority {
            details.push(a.clone());
        }
        if let Some(d) = &r.issued_on {
            details.push(t!("detail-issued", date = date(d)));
        }
        if let Some(d) = &r.valid_until {
            // An ended paper is marked wherever it is shown (the core decides when it ended).
            if wallet_core::attention::has_ended(d, wallet_core::time::now()) {
                details.push(t!("detail-expired-on", date = date(d)));
            } else {
                details.push(t!("detail-valid-until", date = date(d)));
            }
        }
        details.extend(r.legal_basis.clone());
        details.extend(r.work.map(work_permission));
        details.extend(r.conditions.clone());
        if !details.is_empty() {
            let _ = writeln!(out, "             {}", details.join(", "));
        }
        attachment_line(&mut out, &r.attachment, attachments);
    }
    empty_hint(out, "mappe residence add")
}

/// Attachments, one line each.
pub fn attachments(items: &[Item<AttachmentMeta>]) -> String {
    let mut out = String::new();
    for a in items {
        let _ = writeln!(out, "  [{}] {} ({}, {})", a.id, a.value.name, a.value.media_type, size(a.value.size));
    }
    if out.is_empty() {
        let _ = writeln!(out, "  {}", t!("list-none"));
    }
    out
}

fn attachment_line(out: &mut String, id: &Option<wallet_core::document::ItemId>, all: &[Item<AttachmentMeta>]) {
    if let Some(id) = id {
        match all.iter().find(|a| &a.id == id) {
            Some(a) => {
                let text = t!("detail-scan", name = &a.value.name, size = size(a.value.size), id = a.id.to_string());
                let _ = writeln!(out, "             {text}");
            }
            None => {
                let _ = writeln!(out, "             {}", t!("detail-scan-missing", id = id.to_string()));
            }
        }
    }
}

fn empty_hint(mut out: String, cmd: &str) -> String {
    if out.is_empty() {
        let _ = writeln!(out, "  {}", t!("list-none-yet", command = cmd));
    }
    out
}

/// A byte count in readable units.
pub fn size(n: u64) -> String {
    if n >= 1024 * 1024 {
        t!("size-mb", size = format!("{:.1}", n as f64 / (1024.0 * 1024.0)))
    } else if n >= 1024 {
        t!("size-kb", size = format!("{:.0}", n as f64 / 1024.0))
    } else {
        t!("size-bytes", count = n)
    }
}

/// The whole wallet.
pub fn wallet(w: &WalletJson) -> String {
    let mut out = String::new();
    if let Some(id) = &w.identity {
        let _ = writeln!(out, "{}\n", t!("wallet-fingerprint", fingerprint = &id.fingerprint));
    }
    let _ = writeln!(out, "{}\n{}", t!("heading-profile"), profile(&w.profile));
    let _ = writeln!(out, "{}\n{}", t!("heading-cv"), cv(&w.cv));
    let _ = writeln!(out, "{}\n{}", t!("heading-certificates"), certificates(&w.certificates, &w.attachments));
    let _ = writeln!(out, "{}\n{}", t!("heading-residence"), residence(&w.residence, &w.attachments));
    out
}

/// The label of a shared field in the person's language; an unknown key is shown as written.
fn label(key: &str) -> String {
    match key {
        "given_names" => t!("label-given-names"),
        "family_name" => t!("label-family-name"),
        "aliases" => t!("label-aliases"),
        "birth_date" => t!("label-born"),
        "birth_place" => t!("label-birth-place"),
        "nationality" => t!("label-nationality"),
        "languages" => t!("label-languages"),
        "contact" => t!("label-contact"),
        "phone" => t!("label-phone"),
        "email" => t!("label-email"),
        "address" => t!("label-address"),
        "kind" => t!("label-kind"),
        "number" => t!("label-number"),
        "issued_on" => t!("label-issued-on"),
        "valid_until" => t!("label-valid-until"),
        "authority" => t!("label-authority"),
        "organisation" => t!("label-organisation"),
        "place" => t!("label-place"),
        "from" => t!("label-from"),
        "to" => t!("label-to"),
        "description" => t!("label-description"),
        "issuer" => t!("label-issuer"),
        "cefr_level" => t!("label-cefr-level"),
        "exam" => t!("label-exam"),
        "attachment" => t!("label-attachment"),
        "legal_basis" => t!("label-legal-basis"),
        "work" => t!("label-work"),
        "conditions" => t!("label-conditions"),
        _ => key.replace('_', " "),
    }
}

/// Keys whose values are dates, shown in the person's form.
const DATE_KEYS: [&str; 5] = ["birth_date", "issued_on", "valid_until", "from", "to"];

fn scalar(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Array(items) => {
            let parts: Vec<String> = items
                .iter()
                .filter_map(|i| match i {
                    serde_json::Value::Object(o) => match (o.get("language"), o.get("level")) {
                        (Some(l), Some(v)) => {
                            Some(format!("{} ({})", l.as_str().unwrap_or(""), v.as_str().unwrap_or("")))
                        }
                        _ => None,
                    },
                    other => scalar(other),
                })
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        serde_json::Value::Object(o) => {
            let parts: Vec<String> =
                o.iter().filter_map(|(k, v)| shown(k, v).map(|s| format!("{}: {s}", label(k)))).collect();
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        other => Some(other.to_string()),
    }
}

/// A field's value as shown: dates in the person's form, kinds by their name.
fn shown(key: &str, v: &serde_json::Value) -> Option<String> {
    let text = scalar(v)?;
    Some(if DATE_KEYS.contains(&key) {
        date(&text)
    } else if key == "kind" {
        kind_name(&text)
    } else if let Some(work) = (key == "work").then(|| WorkPermission::parse(&text)).flatten() {
        work_permission(work)
    } else {
        text
    })
}

/// A kind code from a share (`duldung`, `work`, `language`) by its name in the person's language.
fn kind_name(code: &str) -> String {
    if let Some(r) = ResidenceKind::parse(code) {
        return residence_kind(r);
    }
    match code {
        "education" => cv_kind(CvKind::Education),
        "work" => cv_kind(CvKind::Work),
        "training" => cv_kind(CvKind::Training),
        "language" => certificate_kind(CertificateKind::Language),
        "qualification" => certificate_kind(CertificateKind::Qualification),
        "recognition" => certificate_kind(CertificateKind::Recognition),
        other => other.to_string(),
    }
}

/// The projected content of a share, grouped like `mappe show`.
pub fn content(c: &serde_json::Value) -> String {
    let mut out = String::new();
    if let Some(serde_json::Value::Object(p)) = c.get("profile") {
        let _ = writeln!(out, "{}", t!("heading-profile"));
        for (k, v) in p {
            labelled(&mut out, &label(k), &shown(k, v).unwrap_or_else(|| "—".into()));
        }
        out.push('\n');
    }
    for (key, title) in
        [("cv", t!("heading-cv")), ("certificates", t!("heading-certificates")), ("residence", t!("heading-residence"))]
    {
        if let Some(serde_json::Value::Array(items)) = c.get(key) {
            let _ = writeln!(out, "{title}");
            for item in items {
                if let serde_json::Value::Object(o) = item {
                    let head = match (o.get("title").and_then(scalar), o.get("kind").and_then(scalar)) {
                        (Some(t), _) => t,
                        (None, Some(k)) => kind_name(&k),
                        (None, None) => String::new(),
                    };
                    let _ = writeln!(out, "  [{}] {head}", o.get("id").and_then(scalar).unwrap_or_default());
                    for (k, v) in o {
                        if k == "id" || k == "title" {
                            continue;
                        }
                        if let Some(s) = shown(k, v) {
                            let pad = 14usize.saturating_sub(label(k).chars().count());
                            let _ = writeln!(out, "      {}{:pad$} {s}", label(k), "");
                        }
                    }
                }
            }
            out.push('\n');
        }
    }
    out
}

/// Text from outside (a share, an agency card) made safe to print: control characters (other
/// than line breaks and tabs) and bidi overrides, which could rewrite or reorder what the
/// terminal shows, become U+FFFD. Bidi isolates (U+2066–U+2069) stay: RTL text needs them.
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            c if c.is_control() => '\u{FFFD}',
            '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' => '\u{FFFD}',
            c => c,
        })
        .collect()
}
