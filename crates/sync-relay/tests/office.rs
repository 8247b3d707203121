//! The office desk's routes in-process (`/office/` and its files): the embedded bytes, content
//! types, gzip and the security headers — the wallet app's CSP, as the desk runs the same wasm
//! core and QR reader from `/app/`.
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

const FILES: [(&str, &str, &[u8]); 3] = [
    ("/office/", "text/html; charset=utf-8", include_bytes!("../assets/office/index.html")),
    ("/office/office.js", "text/javascript; charset=utf-8", include_bytes!("../assets/office/office.js")),
    ("/office/office.css", "text/css; charset=utf-8", include_bytes!("../assets/office/office.css")),
];

fn assert_office_headers(res: &Reply, content_type: &str, what: &str) {
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
    assert_eq!(h["cache-control"], "no-cache", "{what}");
    let pp = h["permissions-policy"].to_str().unwrap();
    assert!(pp.starts_with("camera=(self), microphone=()"), "{what}: {pp}");
    assert!(h.get("set-cookie").is_none(), "{what}");
}

#[tokio::test]
async fn every_office_file_is_the_embedded_bytes_with_its_type_and_every_security_header() {
    let r = Relay::new();
    for (path, content_type, bytes) in FILES {
        let res = r.get_encoded(path, None).await;
        assert_office_headers(&res, content_type, path);
        assert!(res.headers.get("content-encoding").is_none(), "{path}");
        assert_eq!(res.body, bytes, "{path}");
    }
    r.get("/office/other.js").await.assert_error(404, "not_found");
    r.get("/office/pkg/wallet_wasm.js").await.assert_error(404, "not_found");
    r.get("/office/../app/app.js").await.assert_error(404, "not_found");
}

#[tokio::test]
async fn gzip_when_accepted_and_it_decodes_to_the_same_bytes() {
    let r = Relay::new();
    for (path, content_type, bytes) in FILES {
        let res = r.get_encoded(path, Some("gzip")).await;
        assert_office_headers(&res, content_type, path);
        assert_eq!(res.headers["vary"], "accept-encoding");
        assert_eq!(res.headers["content-encoding"], "gzip", "{path}");
        let mut plain = Vec::new();
        flate2::read::GzDecoder::new(res.body.as_slice()).read_to_end(&mut plain).unwrap();
        assert_eq!(plain, bytes, "{path}");
    }
}

#[tokio::test]
async fn office_without_slash_redirects_and_head_gets_the_headers() {
    let r = Relay::new();
    let res = r.get("/office").await;
    assert_eq!(res.status, 308);
    assert_eq!(res.headers["location"], "/office/");
    for path in ["/office/", "/office/office.js"] {
        let res = r.raw(Request::builder().method("HEAD").uri(path).body(Body::empty()).unwrap()).await;
        assert_eq!(res.status, 200, "{path}");
        assert_eq!(res.headers["content-security-policy"], CSP, "{path}");
        assert!(res.body.is_empty(), "{path}");
    }
}

#[test]
fn the_page_has_no_inline_code_and_no_third_party_resource_and_uses_the_apps_core() {
    let page = std::str::from_utf8(FILES[0].2).unwrap();
    assert!(page.contains(r#"<script type="module" src="/office/office.js"></script>"#));
    assert!(!page.contains("<style"));
    assert!(!page.contains(" style="));
    assert!(!page.contains("http://") && !page.contains("https://"));
    assert_eq!(page.matches("<script").count(), 1);
    let js = std::str::from_utf8(FILES[1].2).unwrap();
    assert!(js.contains("../app/pkg/"), "the desk loads the wallet app's wasm core");
    assert!(js.contains("../app/scan.js"), "and its QR reader");
    for cdn in ["jsdelivr", "unpkg", "cdn."] {
        assert!(!js.contains(cdn), "{cdn}");
    }
}
