//! Moving values across the boundary: plain objects go through JSON text (the values are small
//! and JSON-shaped), times arrive as JavaScript numbers.

use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

use crate::error::{MappeError, Result};

/// Reads a JSON-compatible JavaScript value into `T`; `what` names it in the error.
pub(crate) fn from_js<T: DeserializeOwned>(value: &JsValue, what: &str) -> Result<T> {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| MappeError::bad_input(format!("{what} is not a plain value")))?;
    from_json(&text, what)
}

/// Parses JSON text into `T`; `what` names it in the error.
pub(crate) fn from_json<T: DeserializeOwned>(text: &str, what: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| MappeError::bad_input(format!("{what}: {e}")))
}

/// Turns a serialisable value into a plain JavaScript value.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue> {
    let text =
        serde_json::to_string(value).map_err(|e| MappeError::new(crate::error::Code::Internal, e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| MappeError::new(crate::error::Code::Internal, "JSON.parse refused our JSON"))
}

/// A plain object from key/value pairs (values that JSON cannot carry: bytes, class instances).
pub(crate) fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (key, value) in pairs {
        // Defining a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(key), value);
    }
    obj.into()
}

/// A Unix time in seconds from a JavaScript number: finite, whole, not negative.
pub(crate) fn unix_seconds(value: f64, what: &str) -> Result<u64> {
    // 2^53: the largest whole number a JavaScript number holds exactly.
    const MAX_SAFE: f64 = 9_007_199_254_740_992.0;
    if value.is_finite() && value >= 0.0 && value.fract() == 0.0 && value <= MAX_SAFE {
        Ok(value as u64)
    } else {
        Err(MappeError::bad_input(format!("{what} must be whole Unix seconds, not {value}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_whole_non_negative_seconds() {
        assert_eq!(unix_seconds(1_795_564_800.0, "now").unwrap(), 1_795_564_800);
        for bad in [-1.0, 1.5, f64::NAN, f64::INFINITY, 1e300] {
            assert_eq!(unix_seconds(bad, "now").unwrap_err().code, crate::error::Code::BadInput, "{bad}");
        }
    }
}
