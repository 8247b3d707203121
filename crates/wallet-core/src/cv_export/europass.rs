//! The Europass2 `Candidate` XML (namespace `http://www.europass.eu/1.0`, built on HR-XML 3 /
//! HR Open with OAGIS and EURES elements), the format the Europass CV editor imports and embeds
//! in the PDFs it makes.
//!
//! Element names and their namespaces follow the "Europass XML Document elements" chapter of the
//! Europass2 schema documentation (DG EMPL, 2020: `/Candidate`, `/CandidatePerson/PersonName`,
//! `/CandidatePerson/Communication`, `/CandidateProfile/EmploymentHistory`,
//! `/CandidateProfile/EducationHistory`, `/CandidateProfile/Certifications`,
//! `/CandidateProfile/PersonQualifications`, and rule BR-COM-06 for dates: `YYYY-MM-DD`, `YYYY-MM`
//! or `YYYY`, which are exactly the forms the wallet stores), checked against `Candidate`
//! documents exported by the Europass editor. The mapping table is in `docs/cv-export.md`.

use std::fmt::Write as _;

use super::{CvError, CvSource, Lang};
use crate::document::{CertificateKind, CvKind};

/// The Europass2 namespace of `Candidate` and its unprefixed elements.
pub const EUROPASS_NS: &str = "http://www.europass.eu/1.0";
const HR_NS: &str = "http://www.hr-xml.org/3";
const OA_NS: &str = "http://www.openapplications.org/oagis/9";
const EURES_NS: &str = "http://www.europass_eures.eu/1.0";

/// Escapes text for XML content and attribute values. Characters XML 1.0 cannot carry at all
/// (control characters other than tab and line breaks, U+FFFE, U+FFFF) are refused, naming
/// `field`, rather than dropped: the reader would otherwise get a silently different text.
pub(crate) fn escape(field: &str, text: &str) -> Result<String, CvError> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                return Err(CvError::NotXmlText { field: field.to_string() });
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

/// A tiny indenting XML writer: element names are constants of this file, text always escaped.
struct Xml {
    out: String,
    depth: usize,
}

impl Xml {
    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn open(&mut self, tag: &str) {
        self.open_with(tag, "");
    }

    /// `attrs` is written as given: only constant attribute text is passed here.
    fn open_with(&mut self, tag: &str, attrs: &str) {
        self.indent();
        let _ = writeln!(self.out, "<{tag}{attrs}>");
        self.depth += 1;
    }

    fn close(&mut self, tag: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.indent();
        let _ = writeln!(self.out, "</{tag}>");
    }

    fn leaf(&mut self, tag: &str, field: &str, text: &str) -> Result<(), CvError> {
        self.leaf_with(tag, "", field, text)
    }

    fn leaf_with(&mut self, tag: &str, attrs: &str, field: &str, text: &str) -> Result<(), CvError> {
        let text = escape(field, text)?;
        self.indent();
        let _ = writeln!(self.out, "<{tag}{attrs}>{text}</{tag}>");
        Ok(())
    }

    fn date(&mut self, tag: &str, field: &str, date: &str) -> Result<(), CvError> {
        self.open(tag);
        self.leaf("hr:FormattedDateTime", field, date)?;
        self.close(tag);
        Ok(())
    }

    /// `OrganizationContact` with the entry's place as the city.
    fn place(&mut self, place: &str) -> Result<(), CvError> {
        self.open("OrganizationContact");
        self.open("Communication");
        self.open("Address");
        self.leaf("oa:CityName", "place", place)?;
        self.close("Address");
        self.close("Communication");
        self.close("OrganizationContact");
        Ok(())
    }
}

/// ISO 639-2/B code (as Europass uses) of a language as people name it, in the six languages of
/// the app and the language's own name; `None` for a language not in the table, whose name is
/// then given as the person wrote it.
fn language_code(name: &str) -> Option<&'static str> {
    const TABLE: &[(&str, &[&str])] = &[
        ("ara", &["arabic", "arabisch", "arabe", "arapça", "арабська", "العربية", "عربي", "عربى", "عربی"]),
        ("ger", &["german", "deutsch", "allemand", "almanca", "німецька", "الألمانية", "آلمانی"]),
        ("eng", &["english", "englisch", "anglais", "i̇ngilizce", "ingilizce", "англійська", "الإنجليزية", "انگلیسی"]),
        ("fre", &["french", "französisch", "français", "fransızca", "французька", "الفرنسية", "فرانسوی"]),
        ("per", &["persian", "farsi", "dari", "persisch", "farsça", "перська", "الفارسية", "فارسی", "دری"]),
        ("kur", &["kurdish", "kurdisch", "kurdî", "kürtçe", "курдська", "الكردية", "کردی", "کوردی"]),
        ("tur", &["turkish", "türkisch", "türkçe", "турецька", "التركية", "ترکی"]),
        ("ukr", &["ukrainian", "ukrainisch", "ukraynaca", "українська"]),
        ("rus", &["russian", "russisch", "rusça", "російська", "русский", "الروسية", "روسی"]),
        ("pus", &["pashto", "paschtu", "paştuca", "پښتو", "پشتو"]),
        ("tir", &["tigrinya", "tigrinisch", "ትግርኛ"]),
        ("som", &["somali", "somalisch", "soomaali"]),
        ("spa", &["spanish", "spanisch", "español", "ispanyolca"]),
        ("ita", &["italian", "italienisch", "italiano"]),
        ("pol", &["polish", "polnisch", "polski"]),
    ];
    let name = name.trim().to_lowercase();
    if name.len() == 3 && TABLE.iter().any(|(code, _)| *code == name) {
        return TABLE.iter().find(|(code, _)| *code == name).map(|(code, _)| *code);
    }
    TABLE.iter().find(|(_, names)| names.contains(&name.as_str())).map(|(code, _)| *code)
}

/// The CEFR dimensions Europass scores a language on; the wallet keeps one level for all five.
const CEF_DIMENSIONS: [&str; 5] = [
    "CEF-Understanding-Listening",
    "CEF-Understanding-Reading",
    "CEF-Speaking-Interaction",
    "CEF-Speaking-Production",
    "CEF-Writing-Production",
];

/// The wallet's CV as a Europass2 `Candidate` XML document (UTF-8).
///
/// Every CV entry and every certificate is carried: work and other experience (volunteering,
/// internships) as `EmployerHistory`, education and further training as
/// `EducationOrganizationAttendance`, certificates as `Certification`; mother tongues as
/// `PrimaryLanguageCode`, other languages as `PersonCompetency` with their CEFR level. `lang` is
/// the language the entries are written in. Fails only on a value XML cannot carry.
pub fn europass_xml(source: CvSource<'_>, lang: Lang) -> Result<String, CvError> {
    let mut x = Xml { out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"), depth: 0 };
    x.open_with(
        "Candidate",
        &format!(
            " xmlns=\"{EUROPASS_NS}\" xmlns:hr=\"{HR_NS}\" xmlns:oa=\"{OA_NS}\" xmlns:eures=\"{EURES_NS}\" \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
             xsi:schemaLocation=\"{EUROPASS_NS} Candidate.xsd\""
        ),
    );
    x.indent();
    x.out.push_str(
        "<hr:DocumentID schemeID=\"mappe-cv\" schemeName=\"DocumentIdentifier\" schemeAgencyName=\"EUROPASS\" schemeVersionID=\"4.0\"/>\n",
    );

    let p = source.profile;
    x.open("CandidatePerson");
    x.open("PersonName");
    if let Some(g) = &p.given_names {
        x.leaf("oa:GivenName", "given names", g)?;
    }
    if let Some(f) = &p.family_name {
        x.leaf("hr:FamilyName", "family name", f)?;
    }
    x.close("PersonName");
    if let Some(email) = &p.contact.email {
        x.open("Communication");
        x.leaf("ChannelCode", "", "Email")?;
        x.leaf("oa:URI", "email", email)?;
        x.close("Communication");
    }
    if let Some(phone) = &p.contact.phone {
        x.open("Communication");
        x.leaf("ChannelCode", "", "Telephone")?;
        x.leaf("oa:DialNumber", "phone", phone)?;
        x.close("Communication");
    }
    if let Some(address) = &p.contact.address {
        x.open("Communication");
        x.open("Address");
        x.leaf("oa:AddressLine", "address", address)?;
        x.close("Address");
        x.close("Communication");
    }
    // Europass wants a full date here; a year or month alone is left out rather than invented.
    if let Some(born) = p.birth_date.as_deref().filter(|d| d.len() == 10) {
        x.leaf("hr:BirthDate", "birth date", born)?;
    }
    for l in p.languages.iter().filter(|l| l.level == "native") {
        x.leaf_with(
            "PrimaryLanguageCode",
            " name=\"NORMAL\"",
            "language",
            language_code(&l.language).unwrap_or(l.language.as_str()),
        )?;
    }
    x.close("CandidatePerson");

    x.open_with("CandidateProfile", &format!(" languageCode=\"{}\"", lang.code()));
    let entries =
        |kinds: &[CvKind]| source.cv.iter().map(|i| &i.value).filter(|e| kinds.contains(&e.kind)).collect::<Vec<_>>();

    let work = entries(&[CvKind::Work, CvKind::Other]);
    if !work.is_empty() {
        x.open("EmploymentHistory");
        for e in work {
            x.open("EmployerHistory");
            if let Some(o) = &e.organisation {
                x.leaf("hr:OrganizationName", "organisation", o)?;
            }
            if let Some(place) = &e.place {
                x.place(place)?;
            }
            x.open("PositionHistory");
            x.leaf_with("PositionTitle", " typeCode=\"FREETEXT\"", "title", &e.title)?;
            x.open("eures:EmploymentPeriod");
            if let Some(from) = &e.from {
                x.date("eures:StartDate", "from", from)?;
            }
            if let Some(to) = &e.to {
                x.date("eures:EndDate", "to", to)?;
            }
            x.leaf("hr:CurrentIndicator", "", if e.to.is_none() && e.from.is_some() { "true" } else { "false" })?;
            x.close("eures:EmploymentPeriod");
            if let Some(d) = &e.description {
                x.leaf("oa:Description", "description", d)?;
            }
            x.close("PositionHistory");
            x.close("EmployerHistory");
        }
        x.close("EmploymentHistory");
    }

    let education = entries(&[CvKind::Education, CvKind::Training]);
    if !education.is_empty() {
        x.open("EducationHistory");
        for e in education {
            x.open("EducationOrganizationAttendance");
            if let Some(o) = &e.organisation {
                x.leaf("hr:OrganizationName", "organisation", o)?;
            }
            if let Some(place) = &e.place {
                x.place(place)?;
            }
            x.open("AttendancePeriod");
            if let Some(from) = &e.from {
                x.date("StartDate", "from", from)?;
            }
            if let Some(to) = &e.to {
                x.date("EndDate", "to", to)?;
            }
            x.leaf("Ongoing", "", if e.to.is_none() && e.from.is_some() { "true" } else { "false" })?;
            x.close("AttendancePeriod");
            x.open("EducationDegree");
            x.leaf("hr:DegreeName", "title", &e.title)?;
            if let Some(d) = &e.description {
                x.leaf("OccupationalSkillsCovered", "description", d)?;
            }
            x.close("EducationDegree");
            x.close("EducationOrganizationAttendance");
        }
        x.close("EducationHistory");
    }

    if !source.certificates.is_empty() {
        x.open("Certifications");
        for c in source.certificates.iter().map(|i| &i.value) {
            x.open("Certification");
            x.leaf("hr:CertificationName", "title", &c.title)?;
            if let Some(issuer) = &c.issuer {
                x.leaf("hr:IssuingAuthority", "issuer", issuer)?;
            }
            if let Some(date) = &c.issued_on {
                x.date("eures:FirstIssuedDate", "issued_on", date)?;
            }
            let mut about = vec![match c.kind {
                CertificateKind::Language => "Language certificate".to_string(),
                other => other.label().to_string(),
            }];
            if let Some(level) = &c.cefr_level {
                about.push(format!("CEFR {level}"));
            }
            if let Some(exam) = &c.exam {
                about.push(exam.clone());
            }
            x.leaf("oa:Description", "exam", &about.join("; "))?;
            x.close("Certification");
        }
        x.close("Certifications");
    }

    let learned: Vec<_> = p.languages.iter().filter(|l| l.level != "native").collect();
    if !learned.is_empty() {
        x.open("PersonQualifications");
        for l in learned {
            x.open("PersonCompetency");
            x.leaf_with(
                "CompetencyID",
                " schemeName=\"NORMAL\"",
                "language",
                language_code(&l.language).unwrap_or(l.language.as_str()),
            )?;
            x.leaf("hr:TaxonomyID", "", "language")?;
            for dim in CEF_DIMENSIONS {
                x.open("eures:CompetencyDimension");
                x.leaf("hr:CompetencyDimensionTypeCode", "", dim)?;
                x.open("eures:Score");
                x.leaf("hr:ScoreText", "level", &l.level)?;
                x.close("eures:Score");
                x.close("eures:CompetencyDimension");
            }
            x.close("PersonCompetency");
        }
        x.close("PersonQualifications");
    }
    x.close("CandidateProfile");
    x.close("Candidate");
    Ok(x.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_refusal() {
        assert_eq!(escape("f", "a<b>&\"c'").unwrap(), "a&lt;b&gt;&amp;&quot;c&apos;");
        assert_eq!(escape("f", "Zeile 1\nZeile 2\tx").unwrap(), "Zeile 1\nZeile 2\tx");
        assert_eq!(escape("title", "a\u{1}b"), Err(CvError::NotXmlText { field: "title".into() }));
        assert!(escape("f", "\u{FFFF}").is_err());
        assert_eq!(escape("f", "محمد الأحمد").unwrap(), "محمد الأحمد");
    }

    #[test]
    fn language_names_in_the_app_languages_find_their_code() {
        assert_eq!(language_code("Arabisch"), Some("ara"));
        assert_eq!(language_code(" العربية "), Some("ara"));
        assert_eq!(language_code("DEUTSCH"), Some("ger"));
        assert_eq!(language_code("Українська"), Some("ukr"));
        assert_eq!(language_code("ger"), Some("ger"));
        assert_eq!(language_code("Klingonisch"), None);
    }
}
