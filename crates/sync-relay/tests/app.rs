//! The wallet app's routes in-process (`/app/` and its files): the embedded bytes, content
//! types, gzip, and every security header, with `'wasm-unsafe-eval'` and the camera only here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use std::io::Read as _;

use axum::body::Body;
use axum::http::Request;
use common::*;

const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self' 'sha256-QkrH/agAqheJL8YbRsfQCzcyzMlJX1douz2JV8gsMWU='; \
connect-src 'self'; img-src 'self' blob: data:; worker-src 'self'; manifest-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const FILES: [(&str, &str, &[u8]); 10] = [
    ("/app/", "text/html; charset=utf-8", include_bytes!("../assets/app/index.html")),
    ("/app/app.js", "text/javascript; charset=utf-8", include_bytes!("../assets/app/app.js")),
    ("/app/scan.js", "text/javascript; charset=utf-8", include_bytes!("../assets/app/scan.js")),
    ("/app/app.css", "text/css; charset=utf-8", include_bytes!("../assets/app/app.css")),
    ("/app/manifest.webmanifest", "application/manifest+json", include_bytes!("../assets/app/manifest.webmanifest")),
    ("/app/icon-192.png", "image/png", include_bytes!("../assets/app/icon-192.png")),
    ("/app/icon-512.png", "image/png", include_bytes!("../assets/app/icon-512.png")),
    ("/app/zxing_reader.wasm", "application/wasm", include_bytes!("../assets/app/zxing_reader.wasm")),
    ("/app/pkg/wallet_wasm.js", "text/javascript; charset=utf-8", include_bytes!("../assets/app/pkg/wallet_wasm.js")),
    ("/app/pkg/wallet_wasm_bg.wasm", "application/wasm", include_bytes!("../assets/app/pkg/wallet_wasm_bg.wasm")),
];

fn assert_app_headers(res: &Reply, content_type: &str, what: &str) {
    let h = &res.headers;
    assert_eq!(res.status, 200, "{what}");
    assert_eq!(h["content-type"], content_type, "{what}");
    assert_eq!(h["content-security-policy"], CSP, "{what}");
    assert_eq!(h.get_all("content-security-policy").iter().count(), 1, "{what}");
    assert_eq!(h["referrer-policy"], "no-referrer", "{what}");
    assert_eq!(h["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(h["x-frame-options"], "DENY", "{what}");
    assert_eq!(h["cross-origin-opener-policy"], "same-origin", "{what}");
    assert_eq!(h["cross-origin-resource-policy"], "same-origin", "{what}");
    let pp = h["permissions-policy"].to_str().unwrap();
    assert!(pp.starts_with("camera=(self), microphone=()"), "{what}: {pp}");
    assert!(h.get("set-cookie").is_none(), "{what}");
    for forbidden in ["unsafe-inline", "'unsafe-eval'", "*", "http:", "https:"] {
        assert!(!CSP.contains(forbidden), "{forbidden}");
    }
}

#[tokio::test]
async fn every_app_file_is_the_embedded_bytes_with_its_type_and_every_security_header() {
    let r = Relay::new();
    for (path, content_type, bytes) in FILES {
        let res = r.get_encoded(path, None).await;
        assert_app_headers(&res, content_type, path);
        assert!(res.headers.get("content-encoding").is_none(), "{path}");
        assert_eq!(res.body, bytes, "{path}");
    }
    r.get("/app/other.js").await.assert_error(404, "not_found");
    r.get("/app/pkg/other.wasm").await.assert_error(404, "not_found");
    r.get("/app/../viewer/app.js").await.assert_error(404, "not_found");
}

#[tokio::test]
async fn gzip_when_accepted_and_it_decodes_to_the_same_bytes() {
    let r = Relay::new();
    for (path, content_type, bytes) in FILES {
        let res = r.get_encoded(path, Some("br, gzip;q=0.9")).await;
        assert_app_headers(&res, content_type, path);
        assert_eq!(res.headers["vary"], "accept-encoding");
        if content_type == "image/png" {
            assert!(res.headers.get("content-encoding").is_none(), "{path}: PNG stays as it is");
            continue;
        }
        assert_eq!(res.headers["content-encoding"], "gzip", "{path}");
        let mut plain = Vec::new();
        flate2::read::GzDecoder::new(res.body.as_slice()).read_to_end(&mut plain).unwrap();
        assert_eq!(plain, bytes, "{path}");
    }
    // "gzip" as part of another token does not count.
    let res = r.get_encoded("/app/app.js", Some("x-gzip-not")).await;
    assert!(res.headers.get("content-encoding").is_none());
}

#[tokio::test]
async fn the_service_worker_carries_both_build_ids_and_is_served_for_the_app_scope() {
    let r = Relay::new();
    let res = r.get_encoded("/app/sw.js", None).await;
    assert_app_headers(&res, "text/javascript; charset=utf-8", "sw.js");
    let text = String::from_utf8(res.body).unwrap();
    let pkg = include_str!("../assets/app/pkg/BUILD-HASH");
    assert!(text.starts_with(&format!("const PKG_BUILD = `{pkg}`;\nconst APP_BUILD = '")), "{text}");
    assert!(text.contains("'/app/pkg/wallet_wasm_bg.wasm'"));
}

#[tokio::test]
async fn app_without_slash_redirects_and_head_gets_the_headers() {
    let r = Relay::new();
    let res = r.get("/app").await;
    assert_eq!(res.status, 308);
    assert_eq!(res.headers["location"], "/app/");
    for path in ["/app/", "/app/app.js", "/app/pkg/wallet_wasm_bg.wasm"] {
        let res = r.raw(Request::builder().method("HEAD").uri(path).body(Body::empty()).unwrap()).await;
        assert_eq!(res.status, 200, "{path}");
        assert_eq!(res.headers["content-security-policy"], CSP, "{path}");
        assert!(res.body.is_empty(), "{path}");
    }
}

#[tokio::test]
async fn the_viewer_keeps_its_own_policy_without_wasm_or_camera() {
    let r = Relay::new();
    let res = r.get("/viewer/app.js").await;
    let csp = res.headers["content-security-policy"].to_str().unwrap();
    assert!(!csp.contains("wasm-unsafe-eval"));
    assert!(res.headers["permissions-policy"].to_str().unwrap().contains("camera=()"));
}

#[test]
fn the_page_has_no_inline_code_and_no_third_party_resource() {
    let page = std::str::from_utf8(FILES[0].2).unwrap();
    assert!(page.contains(r#"<script type="module" src="/app/app.js"></script>"#));
    assert!(!page.contains("<style"));
    assert!(!page.contains(" style="));
    assert!(!page.contains("http://") && !page.contains("https://"));
    assert_eq!(page.matches("<script").count(), 1);
    let manifest: serde_json::Value = serde_json::from_slice(FILES[4].2).unwrap();
    assert_eq!(manifest["start_url"], "/app/");
    assert_eq!(manifest["display"], "standalone");
}

/// The CV screen shows the core's Lebenslauf in a `srcdoc` frame, which inherits the app's CSP:
/// its one inline stylesheet must be the one whose hash the policy allows, or the preview and the
/// printout lose their layout.
#[test]
fn the_csp_allows_exactly_the_lebenslauf_stylesheet() {
    use base64::Engine as _;
    use wallet_core::cv_export::{CvOptions, CvSource, lebenslauf_html};
    let profile = wallet_core::document::Profile::default();
    let html = lebenslauf_html(CvSource { profile: &profile, cv: &[], certificates: &[] }, &CvOptions::default());
    let (_, rest) = html.split_once("<style>").expect("the Lebenslauf has a stylesheet");
    let (style, _) = rest.split_once("</style>").expect("the stylesheet ends");
    let hash = base64::engine::general_purpose::STANDARD.encode(wallet_core::crypto::sha256(style.as_bytes()));
    assert!(CSP.contains(&format!("style-src 'self' 'sha256-{hash}';")), "the CSP needs 'sha256-{hash}'");
    assert_eq!(html.matches("<style").count(), 1, "one inline stylesheet");
    assert!(!html.contains("<script") && !html.contains(" style="), "no scripts, no style attributes");
}
