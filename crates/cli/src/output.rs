//! Human-readable display of a wallet, grouped the way a caseworker's form is.

use std::fmt::Write as _;

use wallet_core::document::{AttachmentMeta, Certificate, CvEntry, Item, Profile, ResidencePaper, WalletJson};

fn line(out: &mut String, label: &str, value: Option<&str>) {
    if let Some(v) = value {
        let _ = writeln!(out, "  {label:<16} {v}");
    }
}

fn span(from: &Option<String>, to: &Option<String>) -> Option<String> {
    match (from, to) {
        (None, None) => None,
        (Some(f), None) => Some(format!("since {f}")),
        (None, Some(t)) => Some(format!("until {t}")),
        (Some(f), Some(t)) => Some(format!("{f} – {t}")),
    }
}

/// The profile as labelled lines.
pub fn profile(p: &Profile) -> String {
    let mut out = String::new();
    line(&mut out, "Given names", p.given_names.as_deref());
    line(&mut out, "Family name", p.family_name.as_deref());
    if !p.aliases.is_empty() {
        line(&mut out, "Also written", Some(&p.aliases.join("; ")));
    }
    line(&mut out, "Born", p.birth_date.as_deref());
    line(&mut out, "Birth place", p.birth_place.as_deref());
    line(&mut out, "Nationality", p.nationality.as_deref());
    if !p.languages.is_empty() {
        let langs: Vec<String> = p.languages.iter().map(|l| format!("{} ({})", l.language, l.level)).collect();
        line(&mut out, "Languages", Some(&langs.join(", ")));
    }
    line(&mut out, "Phone", p.contact.phone.as_deref());
    line(&mut out, "Email", p.contact.email.as_deref());
    line(&mut out, "Address", p.contact.address.as_deref());
    if out.is_empty() {
        out.push_str("  (nothing yet — `mappe profile set family_name …`)\n");
    }
    out
}

/// CV entries, one block each.
pub fn cv(items: &[Item<CvEntry>]) -> String {
    let mut out = String::new();
    for item in items {
        let e = &item.value;
        let _ = writeln!(out, "  [{}] {}: {}", item.id, e.kind.label(), e.title);
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
        let _ = writeln!(out, "  [{}] {}: {}", item.id, c.kind.label(), c.title);
        let mut details = Vec::new();
        if let Some(l) = &c.cefr_level {
            details.push(format!("level {l}"));
        }
        if let Some(e) = &c.exam {
            details.push(e.clone());
        }
        if let Some(i) = &c.issuer {
            details.push(i.clone());
        }
        if let Some(d) = &c.issued_on {
            details.push(format!("issued {d}"));
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
        let _ = writeln!(out, "  [{}] {}", item.id, r.kind.label());
        let mut details = Vec::new();
        if let Some(n) = &r.number {
            details.push(format!("no. {n}"));
        }
        if let Some(a) = &r.authority {
            details.push(a.clone());
        }
        if let Some(d) = &r.issued_on {
            details.push(format!("issued {d}"));
        }
        if let Some(d) = &r.valid_until {
            details.push(format!("valid until {d}"));
        }
        details.extend(r.legal_basis.clone());
        details.extend(r.work.map(|w| w.label().to_string()));
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
        out.push_str("  (none)\n");
    }
    out
}

fn attachment_line(out: &mut String, id: &Option<wallet_core::document::ItemId>, all: &[Item<AttachmentMeta>]) {
    if let Some(id) = id {
        match all.iter().find(|a| &a.id == id) {
            Some(a) => {
                let _ =
                    writeln!(out, "             scan: {} ({}), attachment {}", a.value.name, size(a.value.size), a.id);
            }
            None => {
                let _ = writeln!(out, "             scan: {id} (missing)");
            }
        }
    }
}

fn empty_hint(mut out: String, cmd: &str) -> String {
    if out.is_empty() {
        let _ = writeln!(out, "  (none yet — `{cmd}`)");
    }
    out
}

/// A byte count in readable units.
pub fn size(n: u64) -> String {
    if n >= 1024 * 1024 {
        format!("{:.1} MB", n as f64 / (1024.0 * 1024.0))
    } else if n >= 1024 {
        format!("{:.0} KB", n as f64 / 1024.0)
    } else {
        format!("{n} bytes")
    }
}

/// The whole wallet.
pub fn wallet(w: &WalletJson) -> String {
    let mut out = String::new();
    if let Some(id) = &w.identity {
        let _ = writeln!(out, "Wallet fingerprint: {}\n", id.fingerprint);
    }
    let _ = writeln!(out, "PROFILE\n{}", profile(&w.profile));
    let _ = writeln!(out, "CV\n{}", cv(&w.cv));
    let _ = writeln!(out, "CERTIFICATES\n{}", certificates(&w.certificates, &w.attachments));
    let _ = writeln!(out, "RESIDENCE PAPERS\n{}", residence(&w.residence, &w.attachments));
    out
}

fn label(key: &str) -> String {
    match key {
        "cefr_level" => return "CEFR level".into(),
        "given_names" => return "Given names".into(),
        _ => {}
    }
    let text = key.replace('_', " ");
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => text,
    }
}

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
                o.iter().filter_map(|(k, v)| scalar(v).map(|s| format!("{}: {s}", label(k)))).collect();
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        other => Some(other.to_string()),
    }
}

/// The projected content of a share, grouped like `mappe show`.
pub fn content(c: &serde_json::Value) -> String {
    let mut out = String::new();
    if let Some(serde_json::Value::Object(p)) = c.get("profile") {
        let _ = writeln!(out, "PROFILE");
        for (k, v) in p {
            let _ = writeln!(out, "  {:<16} {}", label(k), scalar(v).unwrap_or_else(|| "—".into()));
        }
        out.push('\n');
    }
    for (key, title) in [("cv", "CV"), ("certificates", "CERTIFICATES"), ("residence", "RESIDENCE PAPERS")] {
        if let Some(serde_json::Value::Array(items)) = c.get(key) {
            let _ = writeln!(out, "{title}");
            for item in items {
                if let serde_json::Value::Object(o) = item {
                    let head = match (o.get("title").and_then(scalar), o.get("kind").and_then(scalar)) {
                        (Some(t), _) => t,
                        (None, Some(k)) => {
                            wallet_core::document::ResidenceKind::parse(&k).map_or(k.clone(), |r| r.label().to_string())
                        }
                        (None, None) => String::new(),
                    };
                    let _ = writeln!(out, "  [{}] {head}", o.get("id").and_then(scalar).unwrap_or_default());
                    for (k, v) in o {
                        if k == "id" || k == "title" {
                            continue;
                        }
                        if let Some(s) = scalar(v) {
                            let _ = writeln!(out, "      {:<14} {s}", label(k));
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
