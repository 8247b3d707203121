//! The office desk: `GET /office/` and its files, built from `app/src/office/` and embedded in the
//! binary (`docs/office.md`). The desk runs the wallet app's wasm core and QR reader from `/app/`
//! (same origin), so it has exactly the app's headers and CSP: `'wasm-unsafe-eval'`, the camera
//! for scanning share codes, `img-src blob: data:` for scans and QR codes shown in the page.

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use super::app::{Asset, JS, asset};
use crate::state::AppState;

/// Every file served under `/office/`.
pub(crate) static ASSETS: [Asset; 3] = [
    asset("", "text/html; charset=utf-8", include_bytes!("../../assets/office/index.html")),
    asset("office.js", JS, include_bytes!("../../assets/office/office.js")),
    asset("office.css", "text/css; charset=utf-8", include_bytes!("../../assets/office/office.css")),
];

fn serve(path: &str, request: &HeaderMap) -> Response {
    match ASSETS.iter().find(|a| a.path == path) {
        Some(asset) => asset.respond(request),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The desk's routes: `/office` (redirect), `/office/`, `/office/{file}`.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/office", get(|| async { Redirect::permanent("/office/") }))
        .route("/office/", get(|headers: HeaderMap| async move { serve("", &headers) }))
        .route(
            "/office/{file}",
            get(|Path(file): Path<String>, headers: HeaderMap| async move { serve(&file, &headers) }),
        )
}
