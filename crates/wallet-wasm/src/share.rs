//! Shares seen from the browser: what can be shared and in which words, the consent preview,
//! agency cards, and opening a share (bearer link, or addressed to the office whose wallet this is).

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use wallet_core::client::shares::{self, ShareOptions as CoreOptions};
use wallet_core::document::ProfileField;
use wallet_core::share::agency::{AgencyCard, audience_from_key_string};
use wallet_core::share::consent::{Catalog, Lang};
use wallet_core::share::{Audience, Described, ShareLink, VerifyOptions, date_of, select};

use crate::error::{MappeError, Result};
use crate::js;
use crate::wallet::Wallet;

/// What the holder asked to share, as the app passes it (`docs/wasm-api.md`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ShareOptions {
    /// Relay base URL.
    pub relay: Option<String>,
    /// Paths to share.
    pub fields: Vec<String>,
    /// Expiry, Unix seconds.
    pub expires_at: u64,
    /// Open limit.
    pub max_opens: Option<u32>,
    /// Whether later corrections follow.
    pub live: bool,
    /// Consent language code (default `en`).
    pub lang: Option<String>,
    /// Why, in the holder's words.
    pub purpose: Option<String>,
    /// An agency card (JSON text) or an `agency:` key string; `None` for a bearer share.
    pub audience: Option<String>,
    /// Offices' attestations to show, each with the facts chosen.
    #[serde(default)]
    pub attest: Vec<wallet_core::document::AttestChoice>,
}

/// The consent screen of a share: the summary the holder agrees to and whom it is for.
#[derive(Debug)]
pub struct Preview {
    /// The consent summary the holder agrees to.
    pub consent_text: String,
    /// The office's key fingerprint, to compare aloud.
    pub audience_fingerprint: Option<String>,
}

/// Stands in for the relay of a preview that names none. The consent summary does not mention
/// the relay and a preview sends nothing, so the core's check that a share names a usable relay
/// stays as it is for the shares that are made (`.invalid` is reserved, RFC 2606).
const PREVIEW_RELAY: &str = "https://relay.invalid";

/// The core's share options for `o`. `fallback_relay` is used when `o` names no relay; without
/// one, a missing relay is refused.
pub(crate) fn core_options(o: &ShareOptions, fallback_relay: Option<&str>) -> Result<CoreOptions> {
    let code = o.lang.as_deref().map(str::trim).filter(|l| !l.is_empty()).unwrap_or("en");
    let relay =
        o.relay.as_deref().or(fallback_relay).ok_or_else(|| MappeError::bad_input("relay: which relay to share on"))?;
    Ok(CoreOptions {
        relay: relay.to_string(),
        fields: o.fields.clone(),
        audience: o.audience.as_deref().map(parse_audience).transpose()?,
        expires_at: o.expires_at,
        max_opens: o.max_opens,
        purpose: o.purpose.clone(),
        lang: lang_of(code)?,
        live: o.live,
        attest: o.attest.clone(),
    })
}

/// Checks share options as `mappe share` does (wallet-core's `prepare`) and renders the consent
/// summary; the relay may be left out.
pub fn prepare(wallet: &Wallet, o: &ShareOptions, now: u64) -> Result<Preview> {
    let prepared = shares::prepare(wallet.doc(), core_options(o, Some(PREVIEW_RELAY))?, now)?;
    let audience_fingerprint = prepared.options.audience.as_ref().map(|a| fingerprint_of_hex(&a.ed25519));
    Ok(Preview { consent_text: prepared.consent_text, audience_fingerprint })
}

/// An agency card (JSON text) or `agency:` key string.
pub(crate) fn parse_audience(text: &str) -> Result<Audience> {
    if text.trim_start().starts_with("agency:") {
        return Ok(audience_from_key_string(text)?);
    }
    Ok(AgencyCard::parse(text.as_bytes())?.audience())
}

fn fingerprint_of_hex(key: &str) -> String {
    let bytes: [u8; 32] = hex::decode(key).ok().and_then(|k| k.try_into().ok()).unwrap_or([0; 32]);
    wallet_core::keys::PublicIdentity(bytes).fingerprint()
}

/// One thing the holder can choose to share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChoice {
    /// The path `share` takes.
    pub path: String,
    /// What it is, in the holder's language.
    pub label: String,
    /// `profile`, `cv`, `certificates` or `residence`.
    pub group: &'static str,
}

/// Every path that selects something in this wallet, labelled in `lang`. Profile fields without
/// a value are left out; `residence/current` is offered only when `today` (YYYY-MM-DD) is known.
pub fn field_choices(wallet: &Wallet, lang: Lang, today: Option<&str>) -> Result<Vec<FieldChoice>> {
    let doc = wallet.doc();
    let catalog = Catalog::new(lang);
    let mut out = Vec::new();
    let offer = |path: String, group: &'static str, out: &mut Vec<FieldChoice>| -> Result<()> {
        // Labels come from the same selection and wording the consent summary uses.
        let selection = select(doc, std::slice::from_ref(&path), today.unwrap_or("0000-00-00"))?;
        if let Some(described) = selection.described.last() {
            out.push(FieldChoice { path, label: catalog.field_label(described), group });
        }
        Ok(())
    };
    let profile = doc.profile()?;
    offer("profile".into(), "profile", &mut out)?;
    let contact = &profile.contact;
    let has_contact = contact.phone.is_some() || contact.email.is_some() || contact.address.is_some();
    for field in ProfileField::ALL {
        let present = match field {
            ProfileField::GivenNames => profile.given_names.is_some(),
            ProfileField::FamilyName => profile.family_name.is_some(),
            ProfileField::Aliases => !profile.aliases.is_empty(),
            ProfileField::BirthDate => profile.birth_date.is_some(),
            ProfileField::BirthPlace => profile.birth_place.is_some(),
            ProfileField::Nationality => profile.nationality.is_some(),
            ProfileField::Languages => !profile.languages.is_empty(),
            ProfileField::Phone => contact.phone.is_some(),
            ProfileField::Email => contact.email.is_some(),
            ProfileField::Address => contact.address.is_some(),
        };
        if field == ProfileField::Phone && has_contact {
            offer("profile.contact".into(), "profile", &mut out)?;
        }
        if present {
            offer(format!("profile.{}", field.name()), "profile", &mut out)?;
        }
    }
    let cv = doc.cv()?;
    if !cv.is_empty() {
        offer("cv".into(), "cv", &mut out)?;
    }
    for item in &cv {
        offer(format!("cv/{}", item.id), "cv", &mut out)?;
    }
    let certificates = doc.certificates()?;
    if !certificates.is_empty() {
        offer("certificates".into(), "certificates", &mut out)?;
    }
    for item in &certificates {
        offer(format!("certificates/{}", item.id), "certificates", &mut out)?;
        if item.value.attachment.is_some() {
            offer(format!("certificates/{}/scan", item.id), "certificates", &mut out)?;
        }
    }
    let residence = doc.residence()?;
    if !residence.is_empty() {
        offer("residence".into(), "residence", &mut out)?;
    }
    if today.is_some() {
        // None may be valid today; then there is nothing current to offer.
        let current = select(doc, &["residence/current".to_string()], today.unwrap_or_default());
        if let Ok(selection) = current
            && let Some(described) = selection.described.last()
        {
            let label = match described {
                Described::Item { title, .. } => format!("{} ({})", catalog.field_label(described), title),
                other => catalog.field_label(other),
            };
            out.push(FieldChoice { path: "residence/current".into(), label, group: "residence" });
        }
    }
    for item in &residence {
        offer(format!("residence/{}", item.id), "residence", &mut out)?;
        if item.value.attachment.is_some() {
            offer(format!("residence/{}/scan", item.id), "residence", &mut out)?;
        }
    }
    Ok(out)
}

fn lang_of(code: &str) -> Result<Lang> {
    Lang::parse(code).ok_or_else(|| MappeError::bad_input(format!("lang {code}: use one of de, en, ar, uk, fa, tr")))
}

#[wasm_bindgen]
impl Wallet {
    /// `[{ path, label, group }]`: what can be shared, in words of `lang`. With `now` (Unix
    /// seconds) it also offers `residence/current`.
    #[wasm_bindgen(js_name = fieldChoices)]
    pub fn field_choices_js(&self, lang: &str, now: Option<f64>) -> Result<JsValue, JsValue> {
        let today = now.map(|n| js::unix_seconds(n, "now").map(date_of)).transpose()?;
        Ok(js::to_js(&field_choices(self, lang_of(lang)?, today.as_deref())?)?)
    }

    /// `{ consentText, audienceFingerprint }` for the consent screen.
    #[wasm_bindgen(js_name = sharePreview)]
    pub fn share_preview(&self, options: JsValue, now: f64) -> Result<JsValue, JsValue> {
        let options: ShareOptions = js::from_js(&options, "the share options")?;
        let prepared = prepare(self, &options, js::unix_seconds(now, "now")?)?;
        Ok(js::object(&[
            ("consentText", JsValue::from_str(&prepared.consent_text)),
            ("audienceFingerprint", prepared.audience_fingerprint.map_or(JsValue::NULL, |f| JsValue::from_str(&f))),
        ]))
    }

    /// Opens a share addressed to the office whose wallet this is (see [`open_share`]).
    #[wasm_bindgen(js_name = openShare)]
    pub fn open_addressed_share(&self, options: JsValue) -> Result<JsValue, JsValue> {
        let o = OpenOptions::from_js(&options)?;
        Ok(opened_to_js(&open(&o, Some(self))?)?)
    }
}

/// What the office received from the relay.
pub struct OpenOptions {
    /// The share link (with `#key` for a bearer share).
    pub link: String,
    /// The encrypted share.
    pub ciphertext: Vec<u8>,
    /// The wrapped key of an addressed share.
    pub wrapped_key: Option<Vec<u8>>,
    /// The revision the relay says it serves.
    pub revision: u32,
    /// The caseworker's clock.
    pub now: u64,
}

impl OpenOptions {
    fn from_js(options: &JsValue) -> Result<Self> {
        let get = |key: &str| js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
        let bytes = |v: JsValue| v.dyn_into::<js_sys::Uint8Array>().ok().map(|a| a.to_vec());
        let link = get("link").as_string().ok_or_else(|| MappeError::bad_input("link must be text"))?;
        let ciphertext = bytes(get("ciphertext")).ok_or_else(|| MappeError::bad_input("ciphertext must be bytes"))?;
        let wrapped = get("wrappedKey");
        let wrapped_key = if wrapped.is_null() || wrapped.is_undefined() {
            None
        } else {
            Some(bytes(wrapped).ok_or_else(|| MappeError::bad_input("wrappedKey must be bytes or null"))?)
        };
        let revision = get("revision").as_f64().unwrap_or(f64::NAN);
        let revision = u32::try_from(js::unix_seconds(revision, "revision")?)
            .map_err(|_| MappeError::bad_input("revision is too large"))?;
        let now = js::unix_seconds(get("now").as_f64().unwrap_or(f64::NAN), "now")?;
        Ok(Self { link, ciphertext, wrapped_key, revision, now })
    }
}

/// Opens and verifies a share: bearer with the key from the link, addressed with `office`'s key.
pub fn open(o: &OpenOptions, office: Option<&Wallet>) -> Result<wallet_core::share::OpenedShare> {
    let link = ShareLink::parse(&o.link)?;
    let opts = VerifyOptions {
        id: link.id,
        key: link.key,
        agency: office.map(|w| w.keys().agreement()),
        revision: o.revision,
        now: o.now,
    };
    Ok(wallet_core::share::open_share(&opts, &o.ciphertext, o.wrapped_key.as_deref())?)
}

/// `{ manifest, holder, holderFingerprint }`; the manifest as the holder signed it.
fn opened_to_js(opened: &wallet_core::share::OpenedShare) -> Result<JsValue> {
    Ok(js::object(&[
        ("manifest", js::to_js(&opened.manifest)?),
        ("holder", JsValue::from_str(&opened.holder.to_hex())),
        ("holderFingerprint", JsValue::from_str(&opened.holder.fingerprint())),
    ]))
}

/// Opens a bearer share from its link: `options` is `{ link, ciphertext, wrappedKey, revision,
/// now }` as fetched from the relay.
#[wasm_bindgen(js_name = openShare)]
pub fn open_share(options: JsValue) -> Result<JsValue, JsValue> {
    let o = OpenOptions::from_js(&options)?;
    Ok(opened_to_js(&open(&o, None)?)?)
}

/// `{ name, kind, fingerprint }` of a verified agency card (JSON text).
#[wasm_bindgen(js_name = parseAgencyCard)]
pub fn parse_agency_card(text: &str) -> Result<JsValue, JsValue> {
    let card = AgencyCard::parse(text.as_bytes()).map_err(MappeError::from)?;
    Ok(js::object(&[
        ("name", JsValue::from_str(&card.name)),
        ("kind", JsValue::from_str(&card.kind)),
        ("fingerprint", JsValue::from_str(&card.fingerprint())),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Code;
    use wallet_core::keys::RootSecret;

    const NOW: u64 = 1_795_564_800; // 2026-11-25

    fn wallet() -> Wallet {
        let mut w = Wallet::from_root(&RootSecret::from_bytes([7; 32]), None).unwrap();
        w.doc_mut().set_profile_text(ProfileField::FamilyName, Some("Al-Khatib")).unwrap();
        w.doc_mut().set_profile_text(ProfileField::Email, Some("a@example.org")).unwrap();
        w.add_item_json("residence", r#"{"kind":"aufenthaltserlaubnis","valid_until":"2027-02-28"}"#).unwrap();
        w.add_item_json("residence", r#"{"kind":"duldung","valid_until":"2020-01-01"}"#).unwrap();
        w
    }

    #[test]
    fn choices_cover_what_is_there_in_the_holders_language() {
        let w = wallet();
        let choices = field_choices(&w, Lang::De, Some(&date_of(NOW))).unwrap();
        let paths: Vec<&str> = choices.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(
            &paths[..5],
            ["profile", "profile.family_name", "profile.contact", "profile.contact.email", "residence"]
        );
        assert!(paths.contains(&"residence/current"));
        assert!(!paths.contains(&"profile.given_names"), "empty fields are not offered");
        assert!(!paths.iter().any(|p| p.starts_with("cv")));
        assert_eq!(choices.len(), 8);
        let family = &choices[1];
        assert_eq!((family.label.as_str(), family.group), ("Familienname", "profile"));
        let current = choices.iter().find(|c| c.path == "residence/current").unwrap();
        assert!(current.label.contains("Aufenthaltserlaubnis"), "{}", current.label);
        let undated = field_choices(&w, Lang::En, None).unwrap();
        assert!(!undated.iter().any(|c| c.path == "residence/current"));
    }

    #[test]
    fn preview_checks_options_like_the_cli_and_renders_consent() {
        let w = wallet();
        let ok = ShareOptions {
            fields: vec!["profile.family_name".into(), "residence/current".into()],
            expires_at: NOW + 30 * 86_400,
            max_opens: Some(3),
            lang: Some("en".into()),
            ..ShareOptions::default()
        };
        let p = prepare(&w, &ok, NOW).unwrap();
        assert!(p.consent_text.contains("Family name"), "{}", p.consent_text);
        // 30 days from midnight end at midnight: the last valid day is the day before.
        assert!(p.consent_text.contains("2026-12-24"), "{}", p.consent_text);
        assert_eq!(p.audience_fingerprint, None);
        let bad = |edit: fn(&mut ShareOptions)| {
            let mut o = ok.clone();
            edit(&mut o);
            prepare(&w, &o, NOW).unwrap_err().code
        };
        assert_eq!(bad(|o| o.expires_at = NOW), Code::BadInput);
        assert_eq!(bad(|o| o.expires_at = NOW + 367 * 86_400), Code::BadInput);
        assert_eq!(bad(|o| o.max_opens = Some(0)), Code::BadInput);
        assert_eq!(bad(|o| o.lang = Some("xx".into())), Code::BadInput);
        assert_eq!(bad(|o| o.fields.clear()), Code::BadInput);
        assert_eq!(bad(|o| o.relay = Some("http://evil.example".into())), Code::BadInput);
        assert_eq!(bad(|o| o.audience = Some("{}".into())), Code::BadInput);
        assert_eq!(bad(|o| o.fields = vec!["cv/nosuch".into()]), Code::NotFound);
        // A preview may leave the relay out; a share that is made may not.
        assert_eq!(core_options(&ok, None).unwrap_err().code, Code::BadInput);
        let with_relay = ShareOptions { relay: Some("https://relay.example.org".into()), ..ok.clone() };
        assert_eq!(core_options(&with_relay, None).unwrap().relay, "https://relay.example.org");
    }

    #[test]
    fn preview_names_the_office_and_its_fingerprint() {
        let w = wallet();
        let office = RootSecret::from_bytes([9; 32]).derive();
        let card = AgencyCard::new(&office, "Jobcenter Musterstadt", "jobcenter").unwrap();
        let o = ShareOptions {
            fields: vec!["profile.family_name".into()],
            expires_at: NOW + 86_400,
            audience: Some(card.to_json()),
            ..ShareOptions::default()
        };
        let p = prepare(&w, &o, NOW).unwrap();
        assert!(p.consent_text.contains("Jobcenter Musterstadt"));
        assert_eq!(p.audience_fingerprint.as_deref(), Some(office.public_identity().fingerprint().as_str()));
    }
}
