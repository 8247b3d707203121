//! The typed view of the wallet document: what a person keeps about themselves.

use serde::{Deserialize, Serialize};

use crate::crypto;
use crate::error::{Error, Result};
use crate::wire::base32;

/// Longest text accepted for a short field (names, numbers, places).
pub const MAX_SHORT_TEXT: usize = 500;
/// Longest text accepted for a description.
pub const MAX_LONG_TEXT: usize = 4000;
/// Most entries a list (CV, certificates, residence papers, aliases, languages) may hold.
pub const MAX_ITEMS: usize = 1000;

/// A stable, short, random id naming one list item (8 lower-case base32 characters).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub String);

impl ItemId {
    /// A new random id.
    pub fn random() -> Result<Self> {
        let mut bytes = [0u8; 5];
        crypto::fill_random(&mut bytes)?;
        Ok(Self(base32::encode(&bytes).to_ascii_lowercase()))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ItemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One list entry with its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item<T> {
    /// The entry's stable id.
    pub id: ItemId,
    /// The entry.
    #[serde(flatten)]
    pub value: T,
}

/// The person: names, birth, nationality, languages, contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Given names as in the passport.
    pub given_names: Option<String>,
    /// Family name as in the passport.
    pub family_name: Option<String>,
    /// Earlier spellings and other names the person is known by.
    pub aliases: Vec<String>,
    /// Birth date: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where only that is known.
    pub birth_date: Option<String>,
    /// Place of birth.
    pub birth_place: Option<String>,
    /// Nationality (or "stateless", "unknown").
    pub nationality: Option<String>,
    /// Languages spoken, each with a CEFR level or "native".
    pub languages: Vec<LanguageSkill>,
    /// How to reach the person.
    pub contact: Contact,
}

/// A language and how well it is spoken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageSkill {
    /// The language, as the person names it.
    pub language: String,
    /// `A1`…`C2` or `native`.
    pub level: String,
}

/// Contact details.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Phone number.
    pub phone: Option<String>,
    /// Email address.
    pub email: Option<String>,
    /// Postal address.
    pub address: Option<String>,
}

/// A profile field that `set_profile_text` can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileField {
    /// `given_names`
    GivenNames,
    /// `family_name`
    FamilyName,
    /// `birth_date`
    BirthDate,
    /// `birth_place`
    BirthPlace,
    /// `nationality`
    Nationality,
    /// `contact.phone`
    Phone,
    /// `contact.email`
    Email,
    /// `contact.address`
    Address,
    /// `aliases` (a list)
    Aliases,
    /// `languages` (a list of `language:level`)
    Languages,
}

impl ProfileField {
    /// Every field, in display order.
    pub const ALL: [Self; 10] = [
        Self::GivenNames,
        Self::FamilyName,
        Self::Aliases,
        Self::BirthDate,
        Self::BirthPlace,
        Self::Nationality,
        Self::Languages,
        Self::Phone,
        Self::Email,
        Self::Address,
    ];

    /// The field's name as in the JSON export.
    pub fn name(self) -> &'static str {
        match self {
            Self::GivenNames => "given_names",
            Self::FamilyName => "family_name",
            Self::BirthDate => "birth_date",
            Self::BirthPlace => "birth_place",
            Self::Nationality => "nationality",
            Self::Phone => "contact.phone",
            Self::Email => "contact.email",
            Self::Address => "contact.address",
            Self::Aliases => "aliases",
            Self::Languages => "languages",
        }
    }

    /// Looks a field up by its JSON name.
    pub fn from_name(name: &str) -> Result<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name).ok_or_else(|| Error::UnknownField(name.to_string()))
    }

    /// Whether the field holds a list rather than one text.
    pub fn is_list(self) -> bool {
        matches!(self, Self::Aliases | Self::Languages)
    }

    /// Checks a value for this (text) field.
    pub fn validate(self, value: &str) -> Result<()> {
        check_text(self.name(), value, MAX_SHORT_TEXT)?;
        if self == Self::BirthDate {
            check_date(self.name(), value)?;
        }
        Ok(())
    }
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The value as stored and in JSON.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text,)+ }
            }

            /// A readable name.
            pub fn label(self) -> &'static str {
                match self { $(Self::$variant => $label,)+ }
            }

            /// Parses the stored form.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some(Self::$variant),)+ _ => None }
            }

            /// The stored forms, for error messages.
            pub fn names() -> String {
                [$($text),+].join(", ")
            }
        }
    };
}

string_enum!(
    /// What kind of CV entry.
    CvKind {
        /// School, university.
        Education => "education", "Education";
        /// Employment.
        Work => "work", "Work";
        /// Vocational training, courses.
        Training => "training", "Training";
        /// Volunteering, internships, anything else.
        Other => "other", "Other";
    }
);

string_enum!(
    /// What kind of certificate.
    CertificateKind {
        /// A language certificate (telc, Goethe, TestDaF…).
        Language => "language", "Language certificate";
        /// A school, vocational or university qualification.
        Qualification => "qualification", "Qualification";
        /// A recognition notice (Anerkennungsbescheid) for a foreign qualification.
        Recognition => "recognition", "Recognition notice";
        /// Anything else.
        Other => "other", "Certificate";
    }
);

string_enum!(
    /// The kind of residence paper (German law).
    ResidenceKind {
        /// Temporary residence permit (§ 7 AufenthG).
        Aufenthaltserlaubnis => "aufenthaltserlaubnis", "Aufenthaltserlaubnis (residence permit)";
        /// Permanent settlement permit (§ 9 AufenthG).
        Niederlassungserlaubnis => "niederlassungserlaubnis", "Niederlassungserlaubnis (settlement permit)";
        /// Permission to stay during the asylum procedure (§ 55 AsylG).
        Aufenthaltsgestattung => "aufenthaltsgestattung", "Aufenthaltsgestattung (asylum procedure)";
        /// Suspension of deportation (§ 60a AufenthG).
        Duldung => "duldung", "Duldung (tolerated stay)";
        /// Provisional certificate while an application is decided (§ 81 AufenthG).
        Fiktionsbescheinigung => "fiktionsbescheinigung", "Fiktionsbescheinigung (provisional permit)";
        /// A visa.
        Visa => "visa", "Visa";
        /// An EU citizen's right of free movement.
        EuCitizen => "eu_citizen", "EU citizen (free movement)";
        /// Anything else.
        Other => "other", "Other residence paper";
    }
);

impl ResidenceKind {
    /// The paper's name as German offices write it on the paper, the same in every language
    /// (the consent summary names papers this way, whatever language it is in).
    pub fn official_name(self) -> &'static str {
        match self {
            Self::Aufenthaltserlaubnis => "Aufenthaltserlaubnis",
            Self::Niederlassungserlaubnis => "Niederlassungserlaubnis",
            Self::Aufenthaltsgestattung => "Aufenthaltsgestattung",
            Self::Duldung => "Duldung",
            Self::Fiktionsbescheinigung => "Fiktionsbescheinigung",
            Self::Visa => "Visum",
            Self::EuCitizen => "Freizügigkeit (EU)",
            Self::Other => "Aufenthaltspapier",
        }
    }
}

string_enum!(
    /// Whether and how a residence paper lets the person work (the "Erwerbstätigkeit" line).
    WorkPermission {
        /// Any work is permitted ("Erwerbstätigkeit gestattet").
        Permitted => "permitted", "Work permitted";
        /// Only with the Ausländerbehörde's approval ("Beschäftigung nur mit Erlaubnis der
        /// Ausländerbehörde").
        PermittedWithApproval => "permitted_with_approval", "Work only with the Ausländerbehörde's approval";
        /// No work ("Erwerbstätigkeit nicht gestattet").
        NotPermitted => "not_permitted", "Work not permitted";
    }
);

/// CEFR levels accepted for certificates; languages also accept `native`.
pub const CEFR_LEVELS: [&str; 6] = ["A1", "A2", "B1", "B2", "C1", "C2"];

/// One entry of the CV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CvEntry {
    /// Education, work or training.
    pub kind: CvKind,
    /// Degree, job title or course name.
    pub title: String,
    /// School, employer or provider.
    pub organisation: Option<String>,
    /// Town and country.
    pub place: Option<String>,
    /// Start (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub from: Option<String>,
    /// End, if it ended.
    pub to: Option<String>,
    /// Free text.
    pub description: Option<String>,
}

/// A certificate: language, qualification, recognition notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    /// What kind.
    pub kind: CertificateKind,
    /// What it certifies ("Deutsch B1", "Bachelor of Civil Engineering").
    pub title: String,
    /// Who issued it.
    pub issuer: Option<String>,
    /// When it was issued.
    pub issued_on: Option<String>,
    /// CEFR level, for language certificates.
    pub cefr_level: Option<String>,
    /// The exam taken ("telc Deutsch B1", "DTZ").
    pub exam: Option<String>,
    /// Id of the attached scan, if any.
    pub attachment: Option<ItemId>,
}

/// A residence paper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResidencePaper {
    /// What kind.
    pub kind: ResidenceKind,
    /// Document number.
    pub number: Option<String>,
    /// Issue date.
    pub issued_on: Option<String>,
    /// Expiry date.
    pub valid_until: Option<String>,
    /// Issuing authority (Ausländerbehörde …).
    pub authority: Option<String>,
    /// Id of the attached scan, if any.
    pub attachment: Option<ItemId>,
    /// The legal basis offices ask for ("§ 16a AufenthG").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<String>,
    /// Whether and how work is permitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work: Option<WorkPermission>,
    /// Conditions (Auflagen, Nebenbestimmungen): "Wohnsitzauflage Musterstadt", a named employer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<String>,
}

/// What the document records about an attachment; the bytes live in their own encrypted file.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct AttachmentMeta {
    /// Original file name.
    pub name: String,
    /// Media type (`application/pdf`, `image/jpeg`, …).
    pub media_type: String,
    /// Plaintext size in bytes.
    pub size: u64,
    /// SHA-256 of the plaintext, hex.
    pub sha256: String,
    /// The attachment's own key; never exported.
    #[serde(skip)]
    pub key: crypto::SecretKey,
}

impl std::fmt::Debug for AttachmentMeta {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttachmentMeta")
            .field("name", &self.name)
            .field("media_type", &self.media_type)
            .field("size", &self.size)
            .field("sha256", &self.sha256)
            .field("key", &self.key)
            .finish()
    }
}

/// Checks length and control characters of a text value.
pub(crate) fn check_text(field: &str, value: &str, max: usize) -> Result<()> {
    if value.trim().is_empty() {
        return Err(invalid(field, "it is empty"));
    }
    if value.len() > max {
        return Err(invalid(field, &format!("it is longer than {max} bytes")));
    }
    if value.chars().any(|c| c.is_control() && c != '\n') {
        return Err(invalid(field, "it contains control characters"));
    }
    Ok(())
}

fn check_opt(field: &str, value: &Option<String>, max: usize) -> Result<()> {
    value.as_deref().map_or(Ok(()), |v| check_text(field, v, max))
}

fn check_opt_date(field: &str, value: &Option<String>) -> Result<()> {
    value.as_deref().map_or(Ok(()), |v| check_date(field, v))
}

/// A date as people type it, in the stored form: `15.04.1991` (German order, also `15.4.1991`)
/// becomes `1991-04-15` and `04.1991` becomes `1991-04`; anything else is returned trimmed,
/// for [`check_date`] to judge.
pub fn normalize_date(value: &str) -> String {
    let v = value.trim();
    let parts: Vec<&str> = v.split('.').collect();
    let digits = |p: &str, lens: &[usize]| lens.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [d, m, y] if digits(d, &[1, 2]) && digits(m, &[1, 2]) && digits(y, &[4]) => format!("{y}-{m:0>2}-{d:0>2}"),
        [m, y] if digits(m, &[1, 2]) && digits(y, &[4]) => format!("{y}-{m:0>2}"),
        _ => v.to_string(),
    }
}

/// Accepts `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day.
pub fn check_date(field: &str, value: &str) -> Result<()> {
    let bad = || invalid(field, &format!("`{value}` is not a date; use YYYY-MM-DD (or YYYY-MM, or YYYY)"));
    let parts: Vec<&str> = value.split('-').collect();
    if parts.is_empty()
        || parts.iter().any(|p| !p.bytes().all(|b| b.is_ascii_digit()))
        || parts.len() > 3
        || parts[0].len() != 4
        || parts[1..].iter().any(|p| p.len() != 2)
    {
        return Err(bad());
    }
    let nums: Vec<u32> =
        parts.iter().map(|p| p.parse::<u32>()).collect::<std::result::Result<_, _>>().map_err(|_| bad())?;
    if !(1000..=2999).contains(&nums[0]) {
        return Err(bad());
    }
    if let Some(&m) = nums.get(1) {
        if !(1..=12).contains(&m) {
            return Err(bad());
        }
        if let Some(&d) = nums.get(2) {
            let y = nums[0];
            let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
            let days = match m {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            if !(1..=days).contains(&d) {
                return Err(bad());
            }
        }
    }
    Ok(())
}

/// Checks a media type such as `application/pdf`: `type/subtype` of token characters, at most 100 bytes.
pub fn check_media_type(value: &str) -> Result<()> {
    let token = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b));
    match value.split_once('/') {
        Some((a, b)) if value.len() <= 100 && token(a) && token(b) => Ok(()),
        _ => Err(invalid("media type", &format!("`{value}` is not a media type like application/pdf or image/jpeg"))),
    }
}

/// Checks a CEFR level (and `native` where allowed).
pub fn check_level(field: &str, value: &str, allow_native: bool) -> Result<()> {
    if CEFR_LEVELS.contains(&value) || (allow_native && value == "native") {
        return Ok(());
    }
    let mut allowed = CEFR_LEVELS.join(", ");
    if allow_native {
        allowed.push_str(", native");
    }
    Err(invalid(field, &format!("`{value}` is not one of {allowed}")))
}

fn invalid(field: &str, reason: &str) -> Error {
    Error::InvalidValue { field: field.to_string(), reason: reason.to_string() }
}

impl LanguageSkill {
    /// Parses `language:level`, e.g. `Arabic:native` or `Deutsch:B1`.
    pub fn parse(text: &str) -> Result<Self> {
        let (language, level) = text.rsplit_once(':').ok_or_else(|| {
            invalid("languages", &format!("`{text}` should look like `Deutsch:B1` or `Arabic:native`"))
        })?;
        let skill = Self { language: language.trim().to_string(), level: level.trim().to_string() };
        skill.validate()?;
        Ok(skill)
    }

    /// Checks the language name and level.
    pub fn validate(&self) -> Result<()> {
        check_text("languages", &self.language, MAX_SHORT_TEXT)?;
        check_level("languages", &self.level, true)
    }
}

impl CvEntry {
    /// Checks every field.
    pub fn validate(&self) -> Result<()> {
        check_text("title", &self.title, MAX_SHORT_TEXT)?;
        check_opt("organisation", &self.organisation, MAX_SHORT_TEXT)?;
        check_opt("place", &self.place, MAX_SHORT_TEXT)?;
        check_opt_date("from", &self.from)?;
        check_opt_date("to", &self.to)?;
        // Compared at the precision both have: `2020` to `2020-03` is fine, `2021` to `2020-12` is not.
        if let (Some(from), Some(to)) = (&self.from, &self.to) {
            let n = from.len().min(to.len());
            if from[..n] > to[..n] {
                return Err(invalid("to", &format!("the entry ends ({to}) before it starts ({from})")));
            }
        }
        check_opt("description", &self.description, MAX_LONG_TEXT)
    }
}

impl Certificate {
    /// Checks every field.
    pub fn validate(&self) -> Result<()> {
        check_text("title", &self.title, MAX_SHORT_TEXT)?;
        check_opt("issuer", &self.issuer, MAX_SHORT_TEXT)?;
        check_opt_date("issued_on", &self.issued_on)?;
        if let Some(level) = &self.cefr_level {
            check_level("cefr_level", level, false)?;
        }
        check_opt("exam", &self.exam, MAX_SHORT_TEXT)
    }
}

impl ResidencePaper {
    /// Checks every field.
    pub fn validate(&self) -> Result<()> {
        check_opt("number", &self.number, MAX_SHORT_TEXT)?;
        check_opt_date("issued_on", &self.issued_on)?;
        check_opt_date("valid_until", &self.valid_until)?;
        check_opt("authority", &self.authority, MAX_SHORT_TEXT)?;
        check_opt("legal_basis", &self.legal_basis, MAX_SHORT_TEXT)?;
        check_opt("conditions", &self.conditions, MAX_LONG_TEXT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_dates_are_read_and_an_entry_cannot_end_before_it_starts() {
        assert_eq!(normalize_date("15.04.1991"), "1991-04-15");
        assert_eq!(normalize_date(" 1.4.1991 "), "1991-04-01");
        assert_eq!(normalize_date("04.1991"), "1991-04");
        assert_eq!(normalize_date("1991-04-15"), "1991-04-15");
        assert_eq!(normalize_date("15.04.91"), "15.04.91", "two-digit years stay for check_date to refuse");
        assert!(check_date("from", &normalize_date("31.02.2020")).is_err());
        let entry = |from: &str, to: &str| CvEntry {
            kind: CvKind::Work,
            title: "Maurer".into(),
            organisation: None,
            place: None,
            from: Some(from.into()),
            to: Some(to.into()),
            description: None,
        };
        assert!(entry("2019-05", "2020").validate().is_ok());
        assert!(entry("2020-03", "2020").validate().is_ok());
        assert!(entry("2020-03-01", "2020-03-01").validate().is_ok());
        assert!(entry("2021", "2020-12").validate().is_err());
        assert!(entry("2020-03-02", "2020-03-01").validate().is_err());
    }

    #[test]
    fn dates() {
        for good in ["1990", "1990-02", "1990-02-28", "2000-02-29", "1989-12-31"] {
            check_date("d", good).unwrap();
        }
        for bad in ["", "90", "1990-2", "1990-13", "1990-02-30", "1900-02-29", "31.12.1989", "1990-01-01-01", "abcd"] {
            assert!(check_date("d", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn languages_parse() {
        assert_eq!(
            LanguageSkill::parse("Deutsch:B1").unwrap(),
            LanguageSkill { language: "Deutsch".into(), level: "B1".into() }
        );
        assert!(LanguageSkill::parse("Deutsch").is_err());
        assert!(LanguageSkill::parse("Deutsch:B3").is_err());
    }

    #[test]
    fn residence_fields_offices_ask_for_are_left_out_of_json_when_unset_and_checked_when_set() {
        let mut paper: ResidencePaper = serde_json::from_str(
            r#"{"kind":"duldung","number":null,"issued_on":null,"valid_until":"2026-06-30","authority":null,"attachment":null}"#,
        )
        .unwrap();
        assert_eq!((&paper.legal_basis, paper.work, &paper.conditions), (&None, None, &None));
        let json = serde_json::to_string(&paper).unwrap();
        assert!(!json.contains("legal_basis") && !json.contains("work") && !json.contains("conditions"), "{json}");
        paper.work = Some(WorkPermission::PermittedWithApproval);
        assert!(serde_json::to_string(&paper).unwrap().contains(r#""work":"permitted_with_approval""#));
        paper.conditions = Some("x".repeat(MAX_LONG_TEXT + 1));
        assert!(matches!(paper.validate(), Err(Error::InvalidValue { ref field, .. }) if field == "conditions"));
        paper.conditions = None;
        paper.legal_basis = Some("§ 60a AufenthG".into());
        paper.validate().unwrap();
        assert!(serde_json::from_str::<ResidencePaper>(r#"{"kind":"duldung","work":"sometimes"}"#).is_err());
    }

    #[test]
    fn attachment_debug_hides_key() {
        let meta = AttachmentMeta {
            name: "a.pdf".into(),
            media_type: "application/pdf".into(),
            size: 1,
            sha256: String::new(),
            key: crypto::SecretKey::from_bytes([0x42; 32]),
        };
        let shown = format!("{meta:?}");
        assert!(!shown.contains("4242"));
        assert!(shown.contains("redacted"));
    }
}

/// The agency a share was addressed to, as recorded by the holder: the same type the manifest
/// names, so records and shares never drift apart.
pub type ShareAudience = crate::share::Audience;

/// What the holder remembers about a share it created.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct ShareRecord {
    /// Share id, base64url.
    pub share_id: String,
    /// Relay base URL.
    pub relay: String,
    /// The share key; never exported.
    #[serde(skip)]
    pub key: crypto::SecretKey,
    /// The agency, for an addressed share.
    pub audience: Option<ShareAudience>,
    /// The chosen paths.
    pub fields: Vec<String>,
    /// The purpose given.
    pub purpose: Option<String>,
    /// The consent language.
    pub lang: String,
    /// Creation time (Unix seconds).
    pub created_at: u64,
    /// Expiry (Unix seconds).
    pub expires_at: u64,
    /// Open limit.
    pub max_opens: Option<u32>,
    /// Whether it follows edits.
    pub live: bool,
    /// Current revision.
    pub revision: u32,
    /// When it was revoked.
    pub revoked_at: Option<u64>,
    /// The consent text the holder agreed to (kept for the revisions of a live share).
    pub consent_text: Option<String>,
    /// SHA-256 (hex) of the content last uploaded, to see whether a live share changed.
    pub content_hash: Option<String>,
    /// Why a live share stopped following the wallet (an entry or scan it names is gone);
    /// `None` while it follows.
    pub stopped_following: Option<String>,
    /// When the relay was asked to forget this wallet (and deleted this share's tombstone too):
    /// the revocation is then not repeated to the relay, which would store the id again.
    pub forgotten_at: Option<u64>,
    /// The attestations the share presents: which entry, which claims (kept so a live share's
    /// revisions present them again).
    pub attest: Vec<AttestChoice>,
}

/// One attestation chosen for a share: the entry it confirms and the claims to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct AttestChoice {
    /// The entry (`residence/<id>` or `certificates/<id>`; an id prefix is expanded).
    pub item: String,
    /// The claim names to disclose.
    pub claims: Vec<String>,
}

impl std::fmt::Debug for ShareRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShareRecord")
            .field("share_id", &self.share_id)
            .field("relay", &self.relay)
            .field("key", &self.key)
            .field("audience", &self.audience)
            .field("fields", &self.fields)
            .finish_non_exhaustive()
    }
}
