//! The browser viewer: `GET /s/{id}` serves one static page, `/viewer/app.js` and
//! `/viewer/app.css` its bundle and style. All three are built from `viewer/` and embedded in
//! the binary (`crates/sync-relay/assets/`, see `docs/viewer.md`). The page reads the share key
//! from the link's fragment, which browsers never send, and decrypts in the browser.

use axum::http::{HeaderName, HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// The page served at `/s/{id}` (the same bytes for every id; the script reads the URL).
pub(crate) const PAGE: &str = include_str!("../../assets/index.html");
/// The one JavaScript bundle.
pub(crate) const SCRIPT: &str = include_str!("../../assets/app.js");
/// The style sheet (screen and print).
pub(crate) const STYLE: &str = include_str!("../../assets/app.css");

/// Content-Security-Policy of every viewer response: only this origin's script, style and
/// fetches; no inline code, no third parties, no frames, no forms, no plugins.
pub(crate) const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
img-src 'self' blob: data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The security headers every viewer response carries (besides its content type).
pub(crate) const SECURITY_HEADERS: [(&str, &str); 8] = [
    ("content-security-policy", CSP),
    ("referrer-policy", "no-referrer"),
    ("cache-control", "no-store"),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
];

fn respond(content_type: &'static str, body: &'static str) -> Response {
    let mut res = body.into_response();
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    for (name, value) in SECURITY_HEADERS {
        headers.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
    }
    res
}

/// `GET /s/{id}`: the viewer page. Any id gets the page; the script checks the id and shows
/// "wrong link" itself, in words a caseworker understands.
pub(crate) async fn page() -> Response {
    respond("text/html; charset=utf-8", PAGE)
}

/// `GET /viewer/app.js`
pub(crate) async fn script() -> Response {
    respond("text/javascript; charset=utf-8", SCRIPT)
}

/// `GET /viewer/app.css`
pub(crate) async fn style() -> Response {
    respond("text/css; charset=utf-8", STYLE)
}
