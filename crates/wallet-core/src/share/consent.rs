//! The consent summary shown before a share is created, in the holder's language.
//!
//! The texts live in Fluent files (`crates/wallet-core/locales/<code>.ftl`), one per language,
//! compiled into the binary. A message missing from a translation, or one that fails to format,
//! falls back to English; English is the reference and has every message (a unit test checks all
//! files). Arabic and Persian wrap every placeable (agency names, titles, file names, dates,
//! counts) in Unicode isolation marks (U+2068 FSI … U+2069 PDI) so that Latin-script values display
//! correctly inside right-to-left text; the left-to-right languages get plain text. Values from
//! outside (agency names, titles, file names, the purpose) are cleaned first: control characters
//! and line breaks become spaces and bidi control characters are removed, so a value can neither
//! add lines to the summary nor reorder it. See `docs/consent.md`.

use fluent::FluentArgs;

use super::paths::Described;
use crate::attest::AttestKind;
use crate::document::Section;

/// Languages the consent summary is available in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Deutsch
    De,
    /// English
    En,
    /// العربية
    Ar,
    /// Українська
    Uk,
    /// فارسی
    Fa,
    /// Türkçe
    Tr,
}

impl Lang {
    /// Every language.
    pub const ALL: [Self; 6] = [Self::De, Self::En, Self::Ar, Self::Uk, Self::Fa, Self::Tr];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Self::De => "de",
            Self::En => "en",
            Self::Ar => "ar",
            Self::Uk => "uk",
            Self::Fa => "fa",
            Self::Tr => "tr",
        }
    }

    /// Parses a code.
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Whether the script runs right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Self::Ar | Self::Fa)
    }

    /// The Fluent source of this language's messages.
    fn source(self) -> &'static str {
        match self {
            Self::De => include_str!("../../locales/de.ftl"),
            Self::En => include_str!("../../locales/en.ftl"),
            Self::Ar => include_str!("../../locales/ar.ftl"),
            Self::Uk => include_str!("../../locales/uk.ftl"),
            Self::Fa => include_str!("../../locales/fa.ftl"),
            Self::Tr => include_str!("../../locales/tr.ftl"),
        }
    }
}

/// The language's name in that language ("Deutsch", "العربية", …), for a language menu.
pub fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Deutsch",
        Lang::En => "English",
        Lang::Ar => "العربية",
        Lang::Uk => "Українська",
        Lang::Fa => "فارسی",
        Lang::Tr => "Türkçe",
    }
}

/// Every message id the code uses; each locale file has exactly these (checked by a unit test).
pub const MESSAGE_IDS: [&str; 53] = [
    "consent-title",
    "consent-who-agency",
    "consent-who-anyone",
    "consent-keep-code",
    "consent-what",
    "consent-purpose",
    "consent-until",
    "consent-opens",
    "consent-opens-unlimited",
    "consent-live-on",
    "consent-live-off",
    "consent-revoke",
    "revoke-warning",
    "field-whole-profile",
    "field-given-names",
    "field-family-name",
    "field-aliases",
    "field-birth-date",
    "field-birth-place",
    "field-nationality",
    "field-languages",
    "field-contact",
    "field-contact-phone",
    "field-contact-email",
    "field-contact-address",
    "field-other",
    "section-cv",
    "section-certificates",
    "section-residence",
    "section-attachments",
    "item-cv",
    "item-certificate",
    "item-residence",
    "item-attachment",
    "scan-certificate",
    "scan-residence",
    "scan-other",
    "consent-confirmed",
    "confirmed-item",
    "paper-residence",
    "paper-certificate",
    "paper-recognition",
    "claim-kind",
    "claim-number",
    "claim-valid_from",
    "claim-valid_until",
    "claim-legal_basis",
    "claim-work_permitted",
    "claim-level",
    "claim-issuer",
    "claim-date",
    "claim-degree",
    "claim-decision",
];

/// An office's attestation the share presents, as the consent summary names it.
#[derive(Debug, Clone)]
pub struct Confirmed<'a> {
    /// What kind of paper it confirms.
    pub kind: AttestKind,
    /// The office's name as the attestation gives it.
    pub issuer: &'a str,
    /// The claims shown.
    pub claims: &'a [String],
}

/// What the consent summary is about.
#[derive(Debug, Clone)]
pub struct ConsentInput<'a> {
    /// `None`: anyone holding the code; else the agency's name.
    pub audience: Option<&'a str>,
    /// What is shared.
    pub items: &'a [Described],
    /// Why, in the holder's words.
    pub purpose: Option<&'a str>,
    /// Expiry (Unix seconds).
    pub expires_at: u64,
    /// How often it may be opened.
    pub max_opens: Option<u32>,
    /// Whether later corrections reach the office too.
    pub live: bool,
    /// Offices' attestations shown with the share.
    pub confirmed: &'a [Confirmed<'a>],
}

use crate::i18n::{Bundle, bundle, format_in};

/// Makes an outside value safe to embed in one line of the summary: [`crate::i18n::clean`], and
/// line breaks become spaces too, so a value cannot add lines.
fn clean(value: &str) -> String {
    crate::i18n::clean(value).replace('\n', " ").trim().to_string()
}

/// The messages of one language, with English behind them.
pub struct Catalog {
    lang: Lang,
    bundle: Bundle,
    english: Bundle,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

impl Catalog {
    /// The built-in messages of `lang`.
    pub fn new(lang: Lang) -> Self {
        Self::from_source(lang, lang.source())
    }

    /// Messages of `lang` from Fluent source text, e.g. a draft translation being reviewed.
    /// Messages it lacks (or that fail to format) come from the built-in English file.
    pub fn from_source(lang: Lang, source: &str) -> Self {
        Self { lang, bundle: bundle(lang, source), english: bundle(Lang::En, Lang::En.source()) }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether this language's own messages (not the English fallback) have `id`.
    pub fn has_message(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// One message without variables; English if this language lacks it, `id` itself if English
    /// lacks it too.
    pub fn message(&self, id: &str) -> String {
        self.format(id, None)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        if let Some(text) = format_in(&self.bundle, id, args, true) {
            return text;
        }
        format_in(&self.english, id, args, false).unwrap_or_else(|| id.to_string())
    }

    fn format_with(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, clean(value));
        self.format(id, Some(&args))
    }

    /// One sentence: revoking stops further opens but cannot take back what was already opened,
    /// seen or saved.
    pub fn revoke_warning(&self) -> String {
        self.message("revoke-warning")
    }

    /// What one selected entry is, in words: "Family name", "Certificate: Deutsch B1",
    /// "Scan of the certificate “Deutsch B1”: telc-b1.pdf". Titles and file names stay as written.
    pub fn field_label(&self, item: &Described) -> String {
        match item {
            Described::WholeProfile => self.message("field-whole-profile"),
            Described::ProfileField(name) => match field_id(name) {
                Some(id) => self.message(id),
                None => self.format_with("field-other", "name", name),
            },
            Described::WholeSection(section) => self.message(match section {
                Section::Cv => "section-cv",
                Section::Certificates => "section-certificates",
                Section::Residence => "section-residence",
                Section::Attachments => "section-attachments",
            }),
            Described::Item { section, title } => {
                let id = match section {
                    Section::Cv => "item-cv",
                    Section::Certificates => "item-certificate",
                    Section::Residence => "item-residence",
                    Section::Attachments => "item-attachment",
                };
                self.format_with(id, "title", title)
            }
            Described::Scan { section, title, file } => {
                let id = match section {
                    Section::Certificates => "scan-certificate",
                    Section::Residence => "scan-residence",
                    Section::Cv | Section::Attachments => "scan-other",
                };
                let mut args = FluentArgs::new();
                args.set("title", clean(title));
                args.set("file", clean(file));
                self.format(id, Some(&args))
            }
        }
    }

    /// The label of an attestation claim ("Valid until"); an unknown name stays as it is.
    pub fn claim_label(&self, name: &str) -> String {
        let id = format!("claim-{name}");
        if MESSAGE_IDS.contains(&id.as_str()) { self.message(&id) } else { clean(name) }
    }

    /// The name of the kind of paper an attestation confirms.
    pub fn paper_label(&self, kind: AttestKind) -> String {
        self.message(paper_id(kind))
    }

    /// The whole summary: one fact per line, the shared entries as a bullet list. No trailing
    /// newline.
    pub fn render(&self, input: &ConsentInput<'_>) -> String {
        let mut lines = vec![self.message("consent-title"), String::new()];
        match input.audience {
            Some(agency) => lines.push(self.format_with("consent-who-agency", "agency", agency)),
            None => {
                lines.push(self.message("consent-who-anyone"));
                lines.push(self.message("consent-keep-code"));
            }
        }
        lines.push(self.message("consent-what"));
        for item in input.items {
            lines.push(format!("  • {}", self.field_label(item)));
        }
        if !input.confirmed.is_empty() {
            lines.push(self.message("consent-confirmed"));
            for c in input.confirmed {
                let claims: Vec<String> = c.claims.iter().map(|n| self.claim_label(n)).collect();
                let mut args = FluentArgs::new();
                args.set("paper", self.message(paper_id(c.kind)));
                args.set("issuer", clean(c.issuer));
                args.set("claims", claims.join(", "));
                lines.push(format!("  • {}", self.format("confirmed-item", Some(&args))));
            }
        }
        if let Some(purpose) = input.purpose.map(clean).filter(|p| !p.is_empty()) {
            lines.push(self.format_with("consent-purpose", "purpose", &purpose));
        }
        let until = crate::i18n::format_date(self.lang, &crate::time::last_valid_date(input.expires_at));
        lines.push(self.format_with("consent-until", "date", &until));
        lines.push(match input.max_opens {
            Some(count) => {
                let mut args = FluentArgs::new();
                args.set("count", count);
                self.format("consent-opens", Some(&args))
            }
            None => self.message("consent-opens-unlimited"),
        });
        lines.push(self.message(if input.live { "consent-live-on" } else { "consent-live-off" }));
        lines.push(self.message("consent-revoke"));
        lines.push(self.revoke_warning());
        lines.join("\n")
    }
}

fn paper_id(kind: AttestKind) -> &'static str {
    match kind {
        AttestKind::Residence => "paper-residence",
        AttestKind::Certificate => "paper-certificate",
        AttestKind::Recognition => "paper-recognition",
    }
}

/// The message id of a profile field's label (`Described::ProfileField` names, see `paths`).
fn field_id(name: &str) -> Option<&'static str> {
    Some(match name {
        "given_names" => "field-given-names",
        "family_name" => "field-family-name",
        "aliases" => "field-aliases",
        "birth_date" => "field-birth-date",
        "birth_place" => "field-birth-place",
        "nationality" => "field-nationality",
        "languages" => "field-languages",
        "contact" => "field-contact",
        "contact.phone" => "field-contact-phone",
        "contact.email" => "field-contact-email",
        "contact.address" => "field-contact-address",
        _ => return None,
    })
}

/// Renders the consent summary.
pub fn render(lang: Lang, input: &ConsentInput<'_>) -> String {
    Catalog::new(lang).render(input)
}

/// What one selected entry is, in the holder's language (see [`Catalog::field_label`]).
pub fn field_label(lang: Lang, item: &Described) -> String {
    Catalog::new(lang).field_label(item)
}

/// One sentence: revoking stops further opens but cannot take back what was already opened, seen
/// or saved. For the CLI to show before sharing and when revoking.
pub fn revoke_warning(lang: Lang) -> String {
    Catalog::new(lang).revoke_warning()
}

/// Whether an answer to "do you agree?" is a yes, in any of the six languages the consent
/// summary is shown in (a person reading Arabic answers `نعم`, not `y`).
pub fn is_yes(answer: &str) -> bool {
    const YES: [&str; 16] =
        ["y", "yes", "j", "ja", "نعم", "ن", "اي", "أجل", "так", "т", "بله", "آره", "بلی", "evet", "e", "да"];
    let a = answer.trim().trim_end_matches(['.', '!', '،']).to_lowercase();
    YES.contains(&a.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_files_parse_and_have_exactly_the_messages() {
        for lang in Lang::ALL {
            let source = lang.source();
            let mut ids = crate::i18n::message_ids(source).unwrap_or_else(|e| panic!("{}.ftl: {e}", lang.code()));
            let catalog = Catalog::new(lang);
            for id in MESSAGE_IDS {
                assert!(catalog.has_message(id), "{}.ftl lacks {id}", lang.code());
            }
            let n = ids.len();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), n, "{}.ftl defines an id twice", lang.code());
            for id in ids {
                assert!(MESSAGE_IDS.contains(&id.as_str()), "{}.ftl has unused {id}", lang.code());
            }
        }
    }

    /// Every message formats without errors with the variables the code passes, and every value
    /// that appears in the English text appears in the translation too.
    #[test]
    fn translations_use_the_same_variables_as_english() {
        let english = Catalog::new(Lang::En);
        for lang in Lang::ALL {
            let catalog = Catalog::new(lang);
            for count in [0_u32, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101] {
                for id in MESSAGE_IDS {
                    let mut args = FluentArgs::new();
                    args.set("agency", "AGENCY");
                    args.set("purpose", "PURPOSE");
                    args.set("date", "DATE");
                    args.set("name", "NAME");
                    args.set("title", "TITLE");
                    args.set("file", "FILE");
                    args.set("paper", "PAPER");
                    args.set("issuer", "ISSUER");
                    args.set("claims", "CLAIMS");
                    args.set("count", count);
                    let mut errors = Vec::new();
                    let text = catalog
                        .bundle
                        .get_message(id)
                        .and_then(|m| m.value())
                        .map(|p| catalog.bundle.format_pattern(p, Some(&args), &mut errors));
                    let Some(text) = text else {
                        panic!("{}: {id} missing", lang.code());
                    };
                    assert!(errors.is_empty(), "{}: {id}: {errors:?}", lang.code());
                    let reference = english.format(id, Some(&args));
                    for marker in ["AGENCY", "PURPOSE", "DATE", "NAME", "TITLE", "FILE", "PAPER", "ISSUER", "CLAIMS"] {
                        assert_eq!(
                            reference.contains(marker),
                            text.contains(marker),
                            "{}: {id} and English disagree on {marker}",
                            lang.code()
                        );
                    }
                    // Arabic says 2 as a word (the dual, مرتين).
                    if count > 2 && reference.contains(&count.to_string()) {
                        assert!(
                            text.contains(&count.to_string()),
                            "{}: {id} lacks the count {count}: {text}",
                            lang.code()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn plural_forms() {
        let opens = |lang: Lang, n: u32| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            Catalog::new(lang).format("consent-opens", Some(&args))
        };
        assert_eq!(opens(Lang::En, 1), "It can be opened only once.");
        assert_eq!(opens(Lang::En, 3), "It can be opened 3 times at most.");
        assert_eq!(opens(Lang::De, 3), "Die Freigabe kann höchstens 3-mal geöffnet werden.");
        assert!(opens(Lang::Uk, 3).ends_with("3 рази."));
        assert!(opens(Lang::Uk, 5).ends_with("5 разів."));
        assert!(opens(Lang::Uk, 21).ends_with("21 раз."));
        assert!(opens(Lang::Ar, 2).contains("مرتين"));
        assert!(opens(Lang::Ar, 3).contains("\u{2068}3\u{2069} مرات"));
        assert!(opens(Lang::Ar, 11).contains("\u{2068}11\u{2069} مرة"));
    }

    #[test]
    fn yes_in_each_language_and_nothing_else() {
        for yes in ["y", "Yes", "ja", "J", "نعم", " نعم\n", "так", "Так", "بله", "evet", "Evet!"] {
            assert!(is_yes(yes), "{yes}");
        }
        for no in ["", "n", "no", "nein", "لا", "ні", "نه", "hayır", "yes please", "jein"] {
            assert!(!is_yes(no), "{no}");
        }
    }

    #[test]
    fn clean_removes_controls_and_bidi_overrides() {
        assert_eq!(clean(" a\nb\tc\u{202E}d\u{2066}e\u{2069}\u{200F}\u{2028}f "), "a b cde f");
        assert_eq!(clean("Jobcenter Musterstadt"), "Jobcenter Musterstadt");
    }

    #[test]
    fn isolation_only_for_right_to_left() {
        for lang in Lang::ALL {
            let text = Catalog::new(lang).format_with("consent-until", "date", "2027-01-01");
            assert_eq!(text.contains('\u{2068}'), lang.is_rtl(), "{text}");
        }
    }
}
