//! `GET /healthz`.

use axum::Json;
use serde_json::{Value, json};

/// Answers `{"status":"ok"}` while the server runs.
pub(crate) async fn healthz() -> Json<Value> {
    Json(json!({"status": "ok"}))
}
