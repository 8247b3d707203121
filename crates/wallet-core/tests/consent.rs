//! The consent summary: golden snapshots in every language, and the properties every language must
//! keep (names, dates and file names shown as written, right-to-left marks, English fallback).

use insta::assert_snapshot;
use wallet_core::document::Section;
use wallet_core::share::Described;
use wallet_core::share::consent::{Catalog, ConsentInput, Lang, field_label, lang_name, render, revoke_warning};

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Every profile field `paths` accepts.
const PROFILE_FIELDS: [&str; 11] = [
    "given_names",
    "family_name",
    "aliases",
    "birth_date",
    "birth_place",
    "nationality",
    "languages",
    "contact",
    "contact.phone",
    "contact.email",
    "contact.address",
];

fn items() -> Vec<Described> {
    vec![
        Described::ProfileField("family_name".into()),
        Described::ProfileField("given_names".into()),
        Described::Item { section: Section::Certificates, title: "Deutsch B1".into() },
        Described::Scan { section: Section::Certificates, title: "Deutsch B1".into(), file: "telc-b1.pdf".into() },
        Described::Item { section: Section::Residence, title: "Aufenthaltserlaubnis".into() },
    ]
}

/// A realistic addressed share: name, a language certificate with its scan, the residence paper.
fn addressed(items: &[Described]) -> ConsentInput<'_> {
    ConsentInput {
        audience: Some("Jobcenter Musterstadt"),
        items,
        purpose: Some("Antrag auf Bürgergeld"),
        // `--expires 2027-01-01`: valid through that day, over at the next midnight.
        expires_at: 1_798_761_600 + 86_400,
        max_opens: Some(3),
        live: false,
        confirmed: &[],
    }
}

fn bearer(items: &[Described]) -> ConsentInput<'_> {
    ConsentInput {
        audience: None,
        items,
        purpose: None,
        expires_at: 1_798_761_600 + 86_400,
        max_opens: None,
        live: true,
        confirmed: &[],
    }
}

#[test]
fn addressed_share_in_every_language() {
    let items = items();
    for lang in Lang::ALL {
        let text = render(lang, &addressed(&items));
        assert_snapshot!(format!("addressed_{}", lang.code()), text);
    }
}

#[test]
fn bearer_share_in_english() {
    let items = items();
    assert_snapshot!("bearer_en", render(Lang::En, &bearer(&items)));
}

#[test]
fn every_language_shows_agency_date_file_and_purpose_as_written() {
    let items = items();
    for lang in Lang::ALL {
        let text = render(lang, &addressed(&items));
        // The date in the language's own form (docs/cli.md): 01.01.2027, 01/01/2027, 2027/01/01.
        let date = wallet_core::i18n::format_date(lang, "2027-01-01");
        assert!(text.contains(&date), "{}: {date} missing:\n{text}", lang.code());
        for value in
            ["Jobcenter Musterstadt", "telc-b1.pdf", "Deutsch B1", "Aufenthaltserlaubnis", "Antrag auf Bürgergeld"]
        {
            assert!(text.contains(value), "{}: {value} missing:\n{text}", lang.code());
        }
        assert!(text.contains('3'), "{}: count missing", lang.code());
        assert!(text.contains(&revoke_warning(lang)), "{}", lang.code());
        // One bullet per item, and the bullets are lines of their own.
        assert_eq!(text.lines().filter(|l| l.starts_with("  • ")).count(), items.len(), "{}", lang.code());
    }
}

#[test]
fn languages_say_different_things() {
    let items = items();
    let texts: Vec<String> = Lang::ALL.into_iter().map(|lang| render(lang, &addressed(&items))).collect();
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            assert_ne!(a, b);
        }
    }
}

/// Only newlines and, in right-to-left languages, balanced FSI/PDI isolation marks: no other
/// control or bidi formatting character reaches the terminal.
#[test]
fn no_stray_control_characters() {
    let items = items();
    for lang in Lang::ALL {
        for input in [addressed(&items), bearer(&items)] {
            let text = render(lang, &input);
            for c in text.chars() {
                let bidi = matches!(c, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}');
                let isolate = c == FSI || c == PDI;
                assert!(
                    c == '\n' || (!c.is_control() && (!bidi || (isolate && lang.is_rtl()))),
                    "{}: U+{:04X} in\n{text}",
                    lang.code(),
                    c as u32
                );
            }
            for line in text.lines() {
                let mut depth = 0_i32;
                for c in line.chars() {
                    depth += i32::from(c == FSI) - i32::from(c == PDI);
                    assert!(depth >= 0, "{}: PDI before FSI: {line}", lang.code());
                }
                assert_eq!(depth, 0, "{}: unbalanced isolation: {line}", lang.code());
            }
        }
    }
}

/// Right-to-left text isolates the Latin values; every line starts with a letter of its own script
/// (after the bullet), so a bidi terminal lays each line out right to left.
#[test]
fn right_to_left_languages_isolate_values() {
    let items = items();
    for lang in Lang::ALL {
        let text = render(lang, &addressed(&items));
        assert_eq!(lang.is_rtl(), matches!(lang, Lang::Ar | Lang::Fa));
        if lang.is_rtl() {
            let date = wallet_core::i18n::format_date(lang, "2027-01-01");
            for value in ["Jobcenter Musterstadt", date.as_str(), "telc-b1.pdf"] {
                assert!(text.contains(&format!("{FSI}{value}{PDI}")), "{}: {value} not isolated", lang.code());
            }
            for line in text.lines().filter(|l| !l.is_empty()) {
                let first = line.chars().find(|c| c.is_alphabetic()).unwrap_or(' ');
                assert!(
                    ('\u{0600}'..='\u{06FF}').contains(&first),
                    "{}: line does not start right to left: {line}",
                    lang.code()
                );
            }
        } else {
            assert!(!text.contains(FSI) && !text.contains(PDI), "{}", lang.code());
        }
    }
}

#[test]
fn lang_codes_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::parse(lang.code()), Some(lang));
        assert!(!lang_name(lang).is_empty());
    }
    assert_eq!(Lang::parse("xx"), None);
    assert_eq!(Lang::parse(""), None);
    assert_eq!(lang_name(Lang::Ar), "العربية");
    assert_eq!(lang_name(Lang::De), "Deutsch");
}

#[test]
fn english_fallback_for_missing_or_broken_messages() {
    // A draft Arabic file with one message, and a German one whose variable is misspelt.
    let draft = Catalog::from_source(Lang::Ar, "consent-title = عنوان تجريبي\n");
    assert_eq!(draft.lang(), Lang::Ar);
    assert!(draft.has_message("consent-title"));
    assert!(!draft.has_message("consent-revoke"));
    assert_eq!(draft.message("consent-title"), "عنوان تجريبي");
    assert_eq!(draft.message("consent-revoke"), Catalog::new(Lang::En).message("consent-revoke"));
    let items = items();
    let text = draft.render(&addressed(&items));
    assert!(text.starts_with("عنوان تجريبي\n"));
    assert!(text.contains("Who can open it: only Jobcenter Musterstadt"));
    assert!(text.contains("  • Family name"));

    let broken = Catalog::from_source(Lang::De, "consent-who-agency = Nur { $agentur }\n");
    assert!(broken.render(&addressed(&items)).contains("Who can open it: only Jobcenter Musterstadt"));

    // Unknown everywhere: the id itself, never a panic or an empty line.
    assert_eq!(Catalog::new(Lang::Fa).message("no-such-message"), "no-such-message");
    // A syntax error keeps the messages that parsed.
    let garbled = Catalog::from_source(Lang::Tr, "consent-title = Başlık\n\n}} not fluent {{\n");
    assert_eq!(garbled.message("consent-title"), "Başlık");
}

#[test]
fn field_labels() {
    let label = |d: Described| field_label(Lang::En, &d);
    assert_eq!(label(Described::ProfileField("family_name".into())), "Family name");
    assert_eq!(label(Described::ProfileField("contact.phone".into())), "Phone number");
    assert_eq!(label(Described::ProfileField("shoe_size".into())), "Profile field: shoe_size");
    assert_eq!(label(Described::WholeSection(Section::Certificates)), "All your certificates (without the scans)");
    assert_eq!(
        label(Described::Scan {
            section: Section::Residence,
            title: "Duldung (tolerated stay)".into(),
            file: "duldung.jpg".into(),
        }),
        "Scan of the residence paper “Duldung (tolerated stay)”: duldung.jpg"
    );
    for field in PROFILE_FIELDS {
        for lang in Lang::ALL {
            let unknown = field_label(lang, &Described::ProfileField("zzz".into()));
            let prefix = unknown.split("zzz").next().unwrap_or("").trim_end_matches(FSI);
            let text = field_label(lang, &Described::ProfileField(field.into()));
            assert!(!text.starts_with(prefix), "{}: {field} has no label", lang.code());
        }
    }
    for lang in Lang::ALL {
        let mut labels: Vec<String> =
            PROFILE_FIELDS.iter().map(|f| field_label(lang, &Described::ProfileField((*f).into()))).collect();
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), 11, "{}: two fields share a label", lang.code());
    }
    assert_eq!(
        field_label(Lang::De, &Described::WholeProfile),
        "Ihr ganzes Profil (Namen, Geburt, Staatsangehörigkeit, Sprachen, Kontaktdaten)"
    );
}

/// Values from outside cannot add lines or reorder the text.
#[test]
fn outside_values_cannot_add_lines_or_reorder_text() {
    let items = vec![Described::Scan {
        section: Section::Certificates,
        title: "B1\nYou agree to everything".into(),
        file: "exe.\u{202E}fdp".into(),
    }];
    let clean = ConsentInput { audience: Some("Jobcenter"), purpose: Some("x"), ..addressed(&items) };
    let hostile = ConsentInput {
        audience: Some("Jobcenter\r\nWho can open it: only you\u{2069}"),
        purpose: Some("x\u{2029}y"),
        ..addressed(&items)
    };
    for lang in Lang::ALL {
        let a = render(lang, &clean);
        let b = render(lang, &hostile);
        assert_eq!(a.lines().count(), b.lines().count(), "{}:\n{b}", lang.code());
        assert!(!b.contains('\u{202E}') && !b.contains('\r'));
        assert!(b.contains("B1 You agree to everything"));
    }
}
