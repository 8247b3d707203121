//! The Lebenslauf for the app's CV screen: the core's HTML (`wallet_core::cv_export`), which
//! the app shows in a sandboxed frame and prints. Residence papers never reach it: the core's
//! `CvSource` has no field for them.

use js_sys::Uint8Array;
use wallet_core::cv_export::{CvError, CvOptions, CvSource, Lang, MAX_PHOTO_BYTES, Photo, lebenslauf_html};
use wasm_bindgen::prelude::*;

use crate::error::{Code, MappeError, Result};
use crate::wallet::Wallet;

/// The longest town name accepted for the closing line, in bytes (as the CLI's `--place`).
const MAX_PLACE_BYTES: usize = 200;

impl From<CvError> for MappeError {
    fn from(e: CvError) -> Self {
        let (code, detail) = match e {
            CvError::PhotoTooLarge { .. } => (Code::TooLarge, "too_large"),
            CvError::NotAPhoto => (Code::BadInput, "not_a_photo"),
            CvError::NotXmlText { .. } => (Code::BadInput, "not_xml_text"),
        };
        Self { code, detail: detail.to_string(), message: e.to_string(), status: None }
    }
}

/// The CV's options from what the screen hands over, each checked.
fn options(
    lang: Option<String>,
    photo: Option<Uint8Array>,
    place: Option<String>,
    today: Option<String>,
) -> Result<CvOptions> {
    let lang = match lang.as_deref() {
        None | Some("") => Lang::De,
        Some(code) => {
            Lang::parse(code).ok_or_else(|| MappeError::bad_input(format!("no CV in the language `{code}`")))?
        }
    };
    let photo = match photo {
        // The length is checked before the bytes are copied into the module's memory.
        Some(p) if u64::from(p.length()) > MAX_PHOTO_BYTES => {
            return Err(CvError::PhotoTooLarge { size: u64::from(p.length()), limit: MAX_PHOTO_BYTES }.into());
        }
        Some(p) => Some(Photo::new(p.to_vec())?),
        None => None,
    };
    options_from(lang, photo, place, today)
}

/// The checks that need no JavaScript values (tested natively).
fn options_from(lang: Lang, photo: Option<Photo>, place: Option<String>, today: Option<String>) -> Result<CvOptions> {
    // An empty town field means no town: the line then shows the date alone.
    let place = match place.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(p) if p.len() > MAX_PLACE_BYTES || p.chars().any(char::is_control) => {
            return Err(MappeError::bad_input(format!("the town must be one line of at most {MAX_PLACE_BYTES} bytes")));
        }
        Some(p) => Some(p.to_string()),
    };
    let date = match today {
        None => None,
        // The host's local date: the person signs the CV on the day it is where they are.
        Some(d) if wallet_core::time::unix_of_date(&d).is_some() => Some(d),
        Some(d) => return Err(MappeError::bad_input(format!("today must be YYYY-MM-DD, not `{d}`"))),
    };
    Ok(CvOptions { lang, photo, place, date })
}

#[wasm_bindgen]
impl Wallet {
    /// The Lebenslauf as one HTML page: headings in `lang` (`de` when `null`), the photo (JPEG or
    /// PNG bytes, at most 5 MiB) beside the personal details, and the closing line with `place`
    /// and `today` (`YYYY-MM-DD`, the host's local date). The page holds no scripts.
    #[wasm_bindgen(js_name = cvHtml)]
    pub fn cv_html(
        &self,
        lang: Option<String>,
        photo: Option<Uint8Array>,
        place: Option<String>,
        today: Option<String>,
    ) -> Result<String, JsValue> {
        let options = options(lang, photo, place, today)?;
        Ok(self.cv_html_with(&options)?)
    }
}

impl Wallet {
    /// The Lebenslauf with options already checked.
    pub fn cv_html_with(&self, options: &CvOptions) -> Result<String> {
        let doc = self.doc();
        let (profile, cv, certificates) = (doc.profile()?, doc.cv()?, doc.certificates()?);
        let source = CvSource { profile: &profile, cv: &cv, certificates: &certificates };
        Ok(lebenslauf_html(source, options))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_and_date_are_checked() {
        let ok = options_from(Lang::De, None, Some("  Berlin ".into()), Some("2026-12-02".into())).unwrap();
        assert_eq!((ok.place.as_deref(), ok.date.as_deref()), (Some("Berlin"), Some("2026-12-02")));
        assert_eq!(options_from(Lang::De, None, Some(" ".into()), None).unwrap().place, None);
        for (place, today) in [
            (Some("Ber\nlin".to_string()), None),
            (Some("x".repeat(201)), None),
            (None, Some("02.12.2026".to_string())),
            (None, Some("2026-12".to_string())),
        ] {
            assert_eq!(options_from(Lang::De, None, place, today).unwrap_err().code, Code::BadInput);
        }
        assert_eq!(MappeError::from(CvError::NotAPhoto).detail, "not_a_photo");
    }
}
