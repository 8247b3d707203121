//! The CV export: the Lebenslauf's sections, order, escaping and right-to-left layout, and the
//! Europass XML read back with a real XML parser.

use wallet_core::cv_export::{CvError, CvOptions, CvSource, EUROPASS_NS, Lang, Photo, europass_xml, lebenslauf_html};
use wallet_core::document::{
    Certificate, CertificateKind, Contact, CvEntry, CvKind, Item, ItemId, LanguageSkill, Profile, ResidenceKind,
    ResidencePaper, WalletJson,
};

fn item<T>(id: &str, value: T) -> Item<T> {
    Item { id: ItemId(id.into()), value }
}

fn entry(kind: CvKind, title: &str, org: &str, from: Option<&str>, to: Option<&str>) -> CvEntry {
    CvEntry {
        kind,
        title: title.into(),
        organisation: Some(org.into()),
        place: Some("Berlin".into()),
        from: from.map(Into::into),
        to: to.map(Into::into),
        description: None,
    }
}

fn wallet() -> WalletJson {
    let profile = Profile {
        given_names: Some("Mohammed".into()),
        family_name: Some("Al-Ahmad".into()),
        aliases: vec!["محمد الأحمد".into(), "Muhammad Alahmad".into()],
        birth_date: Some("1991-04-15".into()),
        birth_place: Some("Aleppo".into()),
        nationality: Some("syrisch".into()),
        languages: vec![
            LanguageSkill { language: "Deutsch".into(), level: "B2".into() },
            LanguageSkill { language: "Arabisch".into(), level: "native".into() },
            LanguageSkill { language: "Englisch".into(), level: "B1".into() },
        ],
        contact: Contact {
            phone: Some("+49 151 2345678".into()),
            email: Some("m.alahmad@example.org".into()),
            address: Some("Musterstraße 1\n10115 Berlin".into()),
        },
    };
    let mut builder = entry(CvKind::Work, "Bauhelfer", "Bau GmbH", Some("2023-09"), None);
    builder.description = Some("Trockenbau, Fliesen\nGerüstbau".into());
    let cv = vec![
        item("aaaaaaa1", entry(CvKind::Work, "Maurer", "Al-Bina & Söhne", Some("2012-03"), Some("2015-08"))),
        item("aaaaaaa2", builder),
        item("aaaaaaa3", entry(CvKind::Education, "Abitur", "Gymnasium Aleppo", Some("2003"), Some("2009"))),
        item("aaaaaaa4", entry(CvKind::Training, "Integrationskurs", "VHS Berlin", Some("2016-01"), Some("2016-12"))),
        item("aaaaaaa5", entry(CvKind::Other, "Dolmetscher (ehrenamtlich)", "Willkommen e.V.", Some("2017"), None)),
    ];
    let certificates = vec![
        item(
            "ccccccc1",
            Certificate {
                kind: CertificateKind::Language,
                title: "Deutsch B2".into(),
                issuer: Some("telc gGmbH".into()),
                issued_on: Some("2019-06-20".into()),
                cefr_level: Some("B2".into()),
                exam: Some("telc Deutsch B2".into()),
                attachment: None,
            },
        ),
        item(
            "ccccccc2",
            Certificate {
                kind: CertificateKind::Recognition,
                title: "Anerkennung Maurer".into(),
                issuer: Some("HWK Berlin".into()),
                issued_on: Some("2020-02".into()),
                cefr_level: None,
                exam: None,
                attachment: None,
            },
        ),
    ];
    let residence = vec![item(
        "rrrrrrr1",
        ResidencePaper {
            kind: ResidenceKind::Aufenthaltserlaubnis,
            number: Some("Y0RESIDENCE42".into()),
            issued_on: Some("2021-01-01".into()),
            valid_until: Some("2027-01-01".into()),
            authority: Some("LEA Berlin".into()),
            attachment: None,
            legal_basis: Some("§ 16a AufenthG".into()),
            work: Some(wallet_core::document::WorkPermission::PermittedWithApproval),
            conditions: Some("Wohnsitzauflage Berlin".into()),
        },
    )];
    WalletJson {
        format: wallet_core::document::JSON_FORMAT,
        identity: None,
        profile,
        cv,
        certificates,
        residence,
        attachments: Vec::new(),
    }
}

fn options(lang: Lang) -> CvOptions {
    CvOptions { lang, photo: None, place: Some("Berlin".into()), date: Some("2026-12-01".into()) }
}

#[test]
fn the_german_lebenslauf_has_every_section_newest_first_and_both_spellings() {
    let w = wallet();
    let html = lebenslauf_html(CvSource::from(&w), &options(Lang::De));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"de\" dir=\"ltr\">"));
    for heading in [
        "Lebenslauf",
        "Persönliche Daten",
        "Berufserfahrung",
        "Ausbildung und Schulbildung",
        "Weiterbildung",
        "Sonstige Erfahrungen",
        "Sprachkenntnisse",
        "Zertifikate und Qualifikationen",
    ] {
        assert!(html.contains(&format!(">{heading}<")), "missing heading {heading}");
    }
    assert!(html.contains("<bdi>Mohammed Al-Ahmad</bdi>"));
    assert!(html.contains(r#"<bdi lang="ar" dir="rtl">محمد الأحمد</bdi>"#));
    assert!(html.contains("<bdi>Muhammad Alahmad</bdi>"));
    assert!(html.contains(r#"<bdi dir="ltr">15.04.1991</bdi> in <bdi>Aleppo</bdi>"#));
    // Newest first, periods in the left column, an ongoing entry as "seit".
    let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s} missing"));
    assert!(at("Bauhelfer") < at("Maurer<"));
    assert!(html.contains(r#"seit <bdi dir="ltr">09/2023</bdi>"#));
    assert!(html.contains(r#"<bdi dir="ltr">03/2012 – 08/2015</bdi>"#));
    assert!(html.contains(r#"<bdi dir="ltr">2003 – 2009</bdi>"#));
    // Mother tongue first, then the best level.
    assert!(at("Arabisch") < at("Deutsch<") && at("Deutsch<") < at("Englisch"));
    assert!(html.contains("Muttersprache"));
    assert!(html.contains(r#"Niveau <bdi dir="ltr">B2</bdi> (GER)"#));
    assert!(html.contains("Anerkennungsbescheid"));
    assert!(html.contains("Prüfung: <bdi>telc Deutsch B2</bdi>"));
    assert!(html.contains("Al-Bina &amp; Söhne"));
    assert!(html.contains(r#"Berlin</bdi>, den <bdi dir="ltr">01.12.2026</bdi>"#));
    // The print stylesheet.
    assert!(html.contains("@page { size: A4; margin: 20mm; }"));
    assert!(html.contains("break-inside: avoid"));
    assert!(html.contains(r#""Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif"#));
}

#[test]
fn residence_papers_never_reach_the_cv() {
    let w = wallet();
    let html = lebenslauf_html(CvSource::from(&w), &options(Lang::De));
    let xml = europass_xml(CvSource::from(&w), Lang::De).unwrap();
    for text in [&html, &xml] {
        assert!(!text.contains("Y0RESIDENCE42"));
        assert!(!text.contains("LEA Berlin"));
        assert!(!text.contains("16a") && !text.contains("Wohnsitzauflage"));
        assert!(!text.contains("Aufenthalt"));
    }
}

#[test]
fn values_are_escaped_and_cannot_break_out() {
    let mut w = wallet();
    w.cv[0].value.title = "<script>alert(1)</script>".into();
    w.profile.nationality = Some("\"><img src=x onerror=alert(1)>".into());
    w.profile.contact.email = Some("a@b.c\u{1}\u{202E}".into());
    let html = lebenslauf_html(CvSource::from(&w), &options(Lang::En));
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<img src=x"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!html.contains('\u{1}'));
    // A bidi override stays inside its own isolate.
    assert!(html.contains("<bdi dir=\"ltr\">a@b.c \u{202E}</bdi>"));
}

#[test]
fn arabic_and_persian_pages_run_right_to_left_and_latin_values_keep_their_direction() {
    let w = wallet();
    for (lang, title) in [(Lang::Ar, "السيرة الذاتية"), (Lang::Fa, "رزومه")] {
        let html = lebenslauf_html(CvSource::from(&w), &options(lang));
        assert!(html.contains(&format!("<html lang=\"{}\" dir=\"rtl\">", lang.code())));
        assert!(html.contains(&format!("<h1>{title}</h1>")));
        assert!(html.contains("<bdi>Bauhelfer</bdi>"));
        assert!(html.contains("<bdi>Bau GmbH</bdi>\u{060C} <bdi>Berlin</bdi>"), "the Arabic comma between items");
        assert!(html.contains(r#"<bdi lang="ar" dir="rtl">محمد الأحمد</bdi>"#));
    }
    for lang in [Lang::En, Lang::Uk, Lang::Tr] {
        let html = lebenslauf_html(CvSource::from(&w), &options(lang));
        assert!(html.contains(&format!("<html lang=\"{}\" dir=\"ltr\">", lang.code())));
    }
}

#[test]
fn the_photo_is_embedded_and_an_empty_wallet_gives_a_bare_page() {
    let w = wallet();
    let mut o = options(Lang::De);
    o.photo = Some(Photo::new(b"\x89PNG\r\n\x1a\n0000".to_vec()).unwrap());
    let html = lebenslauf_html(CvSource::from(&w), &o);
    assert!(html.contains(r#"<img class="photo" src="data:image/png;base64,iVBORw0KGgowMDAw" alt="Foto">"#));

    let empty = Profile::default();
    let html = lebenslauf_html(CvSource { profile: &empty, cv: &[], certificates: &[] }, &CvOptions::default());
    assert!(html.contains("<h1>Lebenslauf</h1>"));
    assert!(!html.contains("<h2>"), "no empty sections");
    assert!(!html.contains("class=\"place-date\""));
}

fn text_of<'a>(doc: &'a roxmltree::Document<'_>, ns: &str, name: &str) -> Vec<&'a str> {
    doc.descendants().filter(|n| n.has_tag_name((ns, name))).filter_map(|n| n.text()).collect()
}

const HR: &str = "http://www.hr-xml.org/3";
const OA: &str = "http://www.openapplications.org/oagis/9";
const EURES: &str = "http://www.europass_eures.eu/1.0";

#[test]
fn the_europass_xml_is_well_formed_and_carries_every_entry() {
    let mut w = wallet();
    w.cv[0].value.title = "Maurer <Polier> & \"Vorarbeiter\"".into();
    let xml = europass_xml(CvSource::from(&w), Lang::De).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let root = doc.root_element();
    assert!(root.has_tag_name((EUROPASS_NS, "Candidate")));
    assert_eq!(text_of(&doc, OA, "GivenName"), ["Mohammed"]);
    assert_eq!(text_of(&doc, HR, "FamilyName"), ["Al-Ahmad"]);
    assert_eq!(text_of(&doc, HR, "BirthDate"), ["1991-04-15"]);
    assert_eq!(text_of(&doc, OA, "URI"), ["m.alahmad@example.org"]);
    assert_eq!(text_of(&doc, EUROPASS_NS, "PrimaryLanguageCode"), ["ara"]);

    let positions = text_of(&doc, EUROPASS_NS, "PositionTitle");
    let degrees = text_of(&doc, HR, "DegreeName");
    let orgs = text_of(&doc, HR, "OrganizationName");
    for e in &w.cv {
        let e = &e.value;
        let found = match e.kind {
            CvKind::Work | CvKind::Other => positions.contains(&e.title.as_str()),
            CvKind::Education | CvKind::Training => degrees.contains(&e.title.as_str()),
        };
        assert!(found, "CV entry {} missing", e.title);
        assert!(orgs.contains(&e.organisation.as_deref().unwrap()));
    }
    assert_eq!(positions.len() + degrees.len(), w.cv.len());
    assert_eq!(doc.descendants().filter(|n| n.has_tag_name((EUROPASS_NS, "EmployerHistory"))).count(), 3);
    assert_eq!(
        doc.descendants().filter(|n| n.has_tag_name((EUROPASS_NS, "EducationOrganizationAttendance"))).count(),
        2
    );

    let certs = text_of(&doc, HR, "CertificationName");
    assert_eq!(certs, ["Deutsch B2", "Anerkennung Maurer"]);
    assert_eq!(text_of(&doc, HR, "IssuingAuthority"), ["telc gGmbH", "HWK Berlin"]);

    // Dates as stored (BR-COM-06), the ongoing job marked current.
    let dates = text_of(&doc, HR, "FormattedDateTime");
    for d in ["2012-03", "2015-08", "2023-09", "2003", "2009", "2019-06-20", "2020-02"] {
        assert!(dates.contains(&d), "{d}");
    }
    assert_eq!(text_of(&doc, HR, "CurrentIndicator"), ["false", "true", "true"]);

    // Learned languages with their CEFR level on all five dimensions.
    let ids = text_of(&doc, EUROPASS_NS, "CompetencyID");
    assert_eq!(ids, ["ger", "eng"]);
    let scores = text_of(&doc, HR, "ScoreText");
    assert_eq!(scores.iter().filter(|s| **s == "B2").count(), 5);
    assert_eq!(doc.descendants().filter(|n| n.has_tag_name((EURES, "CompetencyDimension"))).count(), 10);
}

#[test]
fn a_value_xml_cannot_carry_is_an_error_not_a_broken_file() {
    let mut w = wallet();
    w.cv[1].value.title = "Bau\u{0}helfer".into();
    assert_eq!(europass_xml(CvSource::from(&w), Lang::De), Err(CvError::NotXmlText { field: "title".into() }));
}
