//! The CV export: a German tabular Lebenslauf (HTML with a print stylesheet, for a PDF) and the
//! Europass2 `Candidate` XML, both built from the wallet's profile, CV and certificates.
//!
//! Front ends only hand the wallet's data in and write the result out; every decision about what
//! goes on a CV, in which order and in which words is made here. Residence papers are never part
//! of it: [`CvSource`] has no field for them. A Lebenslauf does not need them, and whether an
//! employer learns about a residence title is the person's own decision, made by sharing that
//! paper on its own. See `docs/cv-export.md`.

mod europass;
mod html;

use crate::document::{Certificate, CvEntry, Item, Profile, WalletJson};
pub use crate::share::consent::Lang;

pub use europass::{EUROPASS_NS, europass_xml};
pub use html::lebenslauf_html;

/// Largest photo accepted for the CV (5 MiB): a passport-style picture is far smaller.
pub const MAX_PHOTO_BYTES: u64 = 5 * 1024 * 1024;

/// What can go wrong building a CV export.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CvError {
    /// The photo is larger than [`MAX_PHOTO_BYTES`].
    #[error("the photo is {size} bytes; at most {limit} bytes are accepted (use a smaller JPEG)")]
    PhotoTooLarge {
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The photo is neither a JPEG nor a PNG file.
    #[error("the photo is not a JPEG or PNG picture")]
    NotAPhoto,
    /// A value holds a character XML 1.0 cannot carry (a control character).
    #[error("the {field} holds a control character that cannot be written into Europass XML; correct the entry")]
    NotXmlText {
        /// Which value.
        field: String,
    },
}

/// A picture for the CV, checked to be a JPEG or PNG of acceptable size.
#[derive(Clone, PartialEq, Eq)]
pub struct Photo {
    media_type: &'static str,
    bytes: Vec<u8>,
}

impl std::fmt::Debug for Photo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Photo").field("media_type", &self.media_type).field("size", &self.bytes.len()).finish()
    }
}

impl Photo {
    /// Checks size and magic bytes; the media type comes from the bytes, never from a file name.
    pub fn new(bytes: Vec<u8>) -> Result<Self, CvError> {
        let size = bytes.len() as u64;
        if size > MAX_PHOTO_BYTES {
            return Err(CvError::PhotoTooLarge { size, limit: MAX_PHOTO_BYTES });
        }
        let media_type = if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            "image/jpeg"
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            "image/png"
        } else {
            return Err(CvError::NotAPhoto);
        };
        Ok(Self { media_type, bytes })
    }

    /// `image/jpeg` or `image/png`.
    pub fn media_type(&self) -> &'static str {
        self.media_type
    }

    /// The picture as a `data:` URI, so the HTML file stands alone.
    pub fn data_uri(&self) -> String {
        use base64::Engine as _;
        format!("data:{};base64,{}", self.media_type, base64::engine::general_purpose::STANDARD.encode(&self.bytes))
    }
}

/// What a CV is made of: the profile, the CV entries and the certificates. Nothing else.
#[derive(Debug, Clone, Copy)]
pub struct CvSource<'a> {
    /// Names, birth, nationality, languages, contact.
    pub profile: &'a Profile,
    /// Work, education, training and other entries, in any order.
    pub cv: &'a [Item<CvEntry>],
    /// Certificates, in any order.
    pub certificates: &'a [Item<Certificate>],
}

impl<'a> From<&'a WalletJson> for CvSource<'a> {
    fn from(w: &'a WalletJson) -> Self {
        // `w.residence` and `w.attachments` are left out on purpose (see the module comment).
        Self { profile: &w.profile, cv: &w.cv, certificates: &w.certificates }
    }
}

/// How the Lebenslauf is written.
#[derive(Debug, Clone)]
pub struct CvOptions {
    /// Language of headings and labels; German by default (the CV is for German employers).
    pub lang: Lang,
    /// A photo to show beside the personal details.
    pub photo: Option<Photo>,
    /// The town for the closing place/date line ("Berlin, den 01.12.2026").
    pub place: Option<String>,
    /// The date for that line, `YYYY-MM-DD`; no line when `None`.
    pub date: Option<String>,
}

impl Default for CvOptions {
    fn default() -> Self {
        Self { lang: Lang::De, photo: None, place: None, date: None }
    }
}

/// Every message id the CV uses; each `locales/cv/*.ftl` has exactly these (checked by a test).
pub const MESSAGE_IDS: [&str; 30] = [
    "cv-title",
    "cv-personal",
    "cv-name",
    "cv-also-written",
    "cv-birth",
    "cv-birth-date",
    "cv-birth-place-only",
    "cv-born-in",
    "cv-nationality",
    "cv-address",
    "cv-phone",
    "cv-email",
    "cv-work",
    "cv-education",
    "cv-training",
    "cv-other",
    "cv-languages",
    "cv-certificates",
    "cv-since",
    "cv-until",
    "cv-native",
    "cv-level",
    "cv-exam",
    "cv-issuer",
    "cv-cert-language",
    "cv-cert-qualification",
    "cv-cert-recognition",
    "cv-cert-other",
    "cv-photo",
    "cv-place-date",
];

/// The Fluent source of the CV's labels in `lang`.
pub fn locale_source(lang: Lang) -> &'static str {
    match lang {
        Lang::De => include_str!("../../locales/cv/de.ftl"),
        Lang::En => include_str!("../../locales/cv/en.ftl"),
        Lang::Ar => include_str!("../../locales/cv/ar.ftl"),
        Lang::Uk => include_str!("../../locales/cv/uk.ftl"),
        Lang::Fa => include_str!("../../locales/cv/fa.ftl"),
        Lang::Tr => include_str!("../../locales/cv/tr.ftl"),
    }
}

/// The CV's labels in one language, English behind them for anything missing. Values are
/// isolated with `<bdi>` by the HTML writer, so the messages carry no isolation marks.
pub(crate) struct Labels(crate::i18n::Messages);

impl Labels {
    pub(crate) fn new(lang: Lang) -> Self {
        Self(crate::i18n::Messages::without_isolation(lang, locale_source(lang), locale_source(Lang::En)))
    }

    /// A message with its variables; the id itself if no file has it.
    pub(crate) fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, crate::i18n::Arg)> = args.iter().map(|(name, value)| (*name, (*value).into())).collect();
        self.0.format(id, &args)
    }
}

/// A stored date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as a CV period shows it: `MM/YYYY` or `YYYY`.
/// Anything else is returned as it is (it came from a damaged or foreign document).
pub(crate) fn month_year(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y] => (*y).to_string(),
        [y, m] | [y, m, _] => format!("{m}/{y}"),
        _ => date.to_string(),
    }
}

/// A stored date in German order: `DD.MM.YYYY`, `MM/YYYY` or `YYYY`.
pub(crate) fn day_month_year(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => format!("{d}.{m}.{y}"),
        _ => month_year(date),
    }
}

/// Entries newest first: by start date, then end date, descending; ongoing entries (a start and
/// no end) before finished ones that started the same month; entries without dates last.
pub(crate) fn newest_first<T>(items: &mut [(Option<&str>, Option<&str>, T)]) {
    items.sort_by(|a, b| {
        let key = |x: &(Option<&str>, Option<&str>, T)| (x.0.is_some(), x.0.map(str::to_string), x.1.is_none());
        key(b).cmp(&key(a))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids_in(source: &str) -> Vec<String> {
        crate::i18n::message_ids(source).unwrap_or_else(|e| panic!("a cv/*.ftl file: {e}"))
    }

    #[test]
    fn every_locale_has_exactly_the_message_ids_and_variables() {
        let all = [("from", "FROM"), ("to", "TO"), ("level", "LEVEL"), ("date", "DATE"), ("place", "PLACE")];
        let english = Labels::new(Lang::En);
        for lang in Lang::ALL {
            let source = locale_source(lang);
            let mut ids = ids_in(source);
            ids.sort_unstable();
            let mut want = MESSAGE_IDS.to_vec();
            want.sort_unstable();
            assert_eq!(ids, want, "{}.ftl", lang.code());
            let labels = Labels::new(lang);
            for id in MESSAGE_IDS {
                let text = labels.get(id, &all);
                for (_, value) in all {
                    if english.get(id, &all).contains(value) {
                        assert!(text.contains(value), "{}.ftl {id} lacks {value}: {text}", lang.code());
                    }
                }
            }
        }
    }

    #[test]
    fn translations_other_than_english_are_marked_unreviewed() {
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let lines: Vec<&str> = locale_source(lang).lines().collect();
            for (i, line) in lines.iter().enumerate() {
                if line.starts_with("cv-") {
                    assert_eq!(lines[i - 1], "# unreviewed", "{}: {line}", lang.code());
                }
            }
        }
    }

    #[test]
    fn dates_and_order() {
        assert_eq!(month_year("2019-05-01"), "05/2019");
        assert_eq!(month_year("2019-05"), "05/2019");
        assert_eq!(month_year("2019"), "2019");
        assert_eq!(day_month_year("1991-04-15"), "15.04.1991");
        assert_eq!(day_month_year("1991"), "1991");
        let mut items = vec![
            (Some("2015"), Some("2018"), 'a'),
            (None, None, 'x'),
            (Some("2019-05"), Some("2019-12"), 'b'),
            (Some("2019-05"), None, 'c'),
            (Some("2021-01"), None, 'd'),
        ];
        newest_first(&mut items);
        let order: String = items.iter().map(|i| i.2).collect();
        assert_eq!(order, "dcbax");
    }

    #[test]
    fn photos_are_checked_by_their_bytes() {
        assert_eq!(Photo::new(b"\xFF\xD8\xFF\xE0rest".to_vec()).unwrap().media_type(), "image/jpeg");
        assert_eq!(Photo::new(b"\x89PNG\r\n\x1a\nrest".to_vec()).unwrap().media_type(), "image/png");
        assert_eq!(Photo::new(b"<svg onload=alert(1)>".to_vec()), Err(CvError::NotAPhoto));
        assert_eq!(Photo::new(Vec::new()), Err(CvError::NotAPhoto));
        let big = vec![0xFF; (MAX_PHOTO_BYTES + 1) as usize];
        assert!(matches!(Photo::new(big), Err(CvError::PhotoTooLarge { .. })));
        assert!(Photo::new(b"\xFF\xD8\xFFx".to_vec()).unwrap().data_uri().starts_with("data:image/jpeg;base64,/9j/"));
    }
}
