//! The person's wallet app: `GET /app/` and its files, built from `app/` (and the wasm core
//! from `crates/wallet-wasm` in `assets/app/pkg/`) and embedded in the binary (`docs/app.md`).
//! Its CSP is the viewer's plus `'wasm-unsafe-eval'` (the core runs as WebAssembly), a service
//! worker and a manifest from this origin; the camera is allowed for scanning office cards.
//! Answers are gzipped when the browser accepts it (each file compressed once, on first use).

use std::io::Write as _;
use std::sync::OnceLock;

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use flate2::Compression;
use flate2::write::GzEncoder;

use crate::state::AppState;

/// Content-Security-Policy of every `/app/` response: this origin only, WebAssembly allowed,
/// no inline code, no third parties, no frames, no forms, no plugins. The one inline style
/// allowed, by its hash, is the Lebenslauf's print stylesheet: the CV screen previews the core's
/// HTML in a `srcdoc` frame, which inherits this policy (a test checks the hash).
pub(crate) const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self' 'sha256-QkrH/agAqheJL8YbRsfQCzcyzMlJX1douz2JV8gsMWU='; \
connect-src 'self'; img-src 'self' blob: data:; worker-src 'self'; manifest-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The security headers of every `/app/` response (besides content type and encoding).
pub(crate) const SECURITY_HEADERS: [(&str, &str); 8] = [
    ("content-security-policy", CSP),
    ("referrer-policy", "no-referrer"),
    ("cache-control", "no-cache"),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("permissions-policy", "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
];

/// One embedded file of the app.
pub(crate) struct Asset {
    /// Its path under `/app/` (`""` for the page itself).
    pub(crate) path: &'static str,
    /// Its `Content-Type`.
    pub(crate) content_type: &'static str,
    /// Its bytes.
    pub(crate) body: &'static [u8],
    gzip: OnceLock<Option<Vec<u8>>>,
}

pub(crate) const fn asset(path: &'static str, content_type: &'static str, body: &'static [u8]) -> Asset {
    Asset { path, content_type, body, gzip: OnceLock::new() }
}

pub(crate) const JS: &str = "text/javascript; charset=utf-8";
const WASM: &str = "application/wasm";

/// Every file served under `/app/`.
pub(crate) static ASSETS: [Asset; 12] = [
    asset("", "text/html; charset=utf-8", include_bytes!("../../assets/app/index.html")),
    asset("app.js", JS, include_bytes!("../../assets/app/app.js")),
    asset("scan.js", JS, include_bytes!("../../assets/app/scan.js")),
    asset("app.css", "text/css; charset=utf-8", include_bytes!("../../assets/app/app.css")),
    // The service worker's cache name carries the wasm core's build id too.
    asset(
        "sw.js",
        JS,
        concat!(
            "const PKG_BUILD = `",
            include_str!("../../assets/app/pkg/BUILD-HASH"),
            "`;\n",
            include_str!("../../assets/app/sw.js")
        )
        .as_bytes(),
    ),
    asset("manifest.webmanifest", "application/manifest+json", include_bytes!("../../assets/app/manifest.webmanifest")),
    asset("icon-192.png", "image/png", include_bytes!("../../assets/app/icon-192.png")),
    asset("icon-512.png", "image/png", include_bytes!("../../assets/app/icon-512.png")),
    asset("zxing_reader.wasm", WASM, include_bytes!("../../assets/app/zxing_reader.wasm")),
    asset("pkg/wallet_wasm.js", JS, include_bytes!("../../assets/app/pkg/wallet_wasm.js")),
    asset("pkg/wallet_wasm_bg.wasm", WASM, include_bytes!("../../assets/app/pkg/wallet_wasm_bg.wasm")),
    asset("pkg/BUILD-HASH", "text/plain; charset=utf-8", include_bytes!("../../assets/app/pkg/BUILD-HASH")),
];

impl Asset {
    /// The gzip of the body, made once; `None` for images (compressed already) and when it would
    /// not be smaller.
    fn gzip(&'static self) -> Option<&'static [u8]> {
        if self.content_type.starts_with("image/") {
            return None;
        }
        self.gzip
            .get_or_init(|| {
                let mut enc = GzEncoder::new(Vec::with_capacity(self.body.len() / 2), Compression::new(6));
                enc.write_all(self.body).ok()?;
                let out = enc.finish().ok()?;
                (out.len() + 64 < self.body.len()).then_some(out)
            })
            .as_deref()
    }

    /// The answer for this file: its bytes (gzipped if `request` accepts it) and every header.
    pub(crate) fn respond(&'static self, request: &HeaderMap) -> Response {
        let accepts_gzip = request
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').any(|e| e.split(';').next().is_some_and(|e| e.trim() == "gzip")));
        let gz = if accepts_gzip { self.gzip() } else { None };
        let mut res = gz.unwrap_or(self.body).into_response();
        let headers = res.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(self.content_type));
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if gz.is_some() {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        }
        for (name, value) in SECURITY_HEADERS {
            headers.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
        }
        res
    }
}

fn serve(path: &str, request: &HeaderMap) -> Response {
    match ASSETS.iter().find(|a| a.path == path) {
        Some(asset) => asset.respond(request),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The app's routes: `/app` (redirect), `/app/`, `/app/{file}`, `/app/pkg/{file}`.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/app", get(|| async { Redirect::permanent("/app/") }))
        .route("/app/", get(|headers: HeaderMap| async move { serve("", &headers) }))
        .route("/app/{file}", get(|Path(file): Path<String>, headers: HeaderMap| async move { serve(&file, &headers) }))
        .route(
            "/app/pkg/{file}",
            get(|Path(file): Path<String>, headers: HeaderMap| async move { serve(&format!("pkg/{file}"), &headers) }),
        )
}
