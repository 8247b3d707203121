//! The browser viewer's routes in-process: `/s/{id}`, `/viewer/app.js`, `/viewer/app.css`,
//! the embedded bytes, and every security header on each of them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use axum::body::Body;
use axum::http::Request;
use common::*;

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
img-src 'self' blob: data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const PAGE: &[u8] = include_bytes!("../assets/index.html");
const SCRIPT: &[u8] = include_bytes!("../assets/app.js");
const STYLE: &[u8] = include_bytes!("../assets/app.css");

fn assert_viewer_headers(res: &Reply, content_type: &str) {
    let h = &res.headers;
    assert_eq!(res.status, 200);
    assert_eq!(h["content-type"], content_type);
    assert_eq!(h["content-security-policy"], CSP);
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert_eq!(h["cache-control"], "no-store");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["x-frame-options"], "DENY");
    assert_eq!(h["cross-origin-opener-policy"], "same-origin");
    assert_eq!(h["cross-origin-resource-policy"], "same-origin");
    assert!(h["permissions-policy"].to_str().unwrap().contains("camera=()"));
    assert!(h.get("set-cookie").is_none(), "no cookies");
    assert_eq!(h.get_all("content-security-policy").iter().count(), 1);
    // The policy itself: nothing inline, nothing evaluated, no other origin.
    for forbidden in ["unsafe-inline", "unsafe-eval", "*", "http:", "https:"] {
        assert!(!CSP.contains(forbidden), "{forbidden}");
    }
}

#[tokio::test]
async fn the_share_page_is_the_embedded_page_with_every_security_header() {
    let r = Relay::new();
    let id = id(7);
    let res = r.get(&format!("/s/{id}")).await;
    assert_viewer_headers(&res, "text/html; charset=utf-8");
    assert_eq!(res.body, PAGE);
    // Every id gets the same page: the script reads the id and key from the URL.
    let other = r.get("/s/not-an-id").await;
    assert_viewer_headers(&other, "text/html; charset=utf-8");
    assert_eq!(other.body, PAGE);
    // A trailing segment is not the page.
    r.get(&format!("/s/{id}/more")).await.assert_error(404, "not_found");
}

#[tokio::test]
async fn the_script_and_style_are_the_embedded_bundle_with_every_security_header() {
    let r = Relay::new();
    let js = r.get("/viewer/app.js").await;
    assert_viewer_headers(&js, "text/javascript; charset=utf-8");
    assert_eq!(js.body, SCRIPT);
    let css = r.get("/viewer/app.css").await;
    assert_viewer_headers(&css, "text/css; charset=utf-8");
    assert_eq!(css.body, STYLE);
    r.get("/viewer/other.js").await.assert_error(404, "not_found");
}

#[tokio::test]
async fn head_requests_get_the_headers_too() {
    let r = Relay::new();
    for path in ["/s/AAAAAAAAAAAAAAAAAAAAAA", "/viewer/app.js", "/viewer/app.css"] {
        let res = r.raw(Request::builder().method("HEAD").uri(path).body(Body::empty()).unwrap()).await;
        assert_eq!(res.status, 200, "{path}");
        assert_eq!(res.headers["content-security-policy"], CSP, "{path}");
        assert_eq!(res.headers["referrer-policy"], "no-referrer", "{path}");
        assert!(res.body.is_empty(), "{path}");
    }
}

#[tokio::test]
async fn the_page_has_no_inline_code_and_no_third_party_resource() {
    let page = String::from_utf8(PAGE.to_vec()).unwrap();
    assert!(page.contains(r#"<script src="/viewer/app.js" defer></script>"#));
    assert!(page.contains(r#"<link rel="stylesheet" href="/viewer/app.css">"#));
    assert_eq!(page.matches("<script").count(), 1, "one script, loaded from this origin");
    assert!(!page.contains("<style"), "no inline style element");
    assert!(!page.contains("style="), "no inline style attribute");
    let inline_handler = page.match_indices(" on").any(|(at, _)| {
        let rest = &page[at + 3..];
        let name_len = rest.chars().take_while(char::is_ascii_lowercase).count();
        name_len > 0 && rest[name_len..].starts_with('=')
    });
    assert!(!inline_handler, "no inline event handler");
    for text in [&page, &String::from_utf8_lossy(SCRIPT).into_owned(), &String::from_utf8_lossy(STYLE).into_owned()] {
        assert!(!text.contains("http://") && !text.contains("https://"), "no absolute URL to anywhere");
        assert!(!text.to_ascii_lowercase().contains("document.cookie"), "no cookies");
    }
    let script = String::from_utf8_lossy(SCRIPT);
    assert!(!script.contains("innerHTML") && !script.contains("outerHTML") && !script.contains("insertAdjacentHTML"));
    assert!(!script.contains("eval(") && !script.contains("new Function"));
}

#[tokio::test]
async fn opening_the_page_does_not_count_an_open() {
    let r = Relay::new();
    let holder = keys(1);
    let sid = id(1);
    let mut up = Upload::new(r.now());
    up.max_opens = Some(1);
    assert_eq!(r.put_share(&holder, &sid, &up.body(&holder, &sid)).await.status, 201);
    for _ in 0..3 {
        assert_eq!(r.get(&format!("/s/{sid}")).await.status, 200);
        assert_eq!(r.get("/viewer/app.js").await.status, 200);
    }
    // The single allowed open is still there for the page's own fetch.
    let v = r.get(&format!("/v1/shares/{sid}")).await.json();
    assert_eq!(v["opens"], 1);
}
