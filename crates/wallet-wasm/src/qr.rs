//! QR codes drawn by the core, so the app needs no QR library of its own.

use qrcode::{EcLevel, QrCode};
use wasm_bindgen::prelude::*;

use crate::error::{MappeError, Result};

/// SVG markup of a QR code of `text` with error correction M, as `mappe share --svg` writes it.
pub fn svg(text: &str) -> Result<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|_| MappeError::new(crate::error::Code::TooLarge, "the text is too long for a QR code"))?;
    Ok(code.render::<qrcode::render::svg::Color>().min_dimensions(400, 400).quiet_zone(true).build())
}

/// SVG markup of a QR code (error correction M).
#[wasm_bindgen(js_name = qrSvg)]
pub fn qr_svg(text: &str) -> Result<String, JsValue> {
    Ok(svg(text)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_links_and_refuses_what_does_not_fit() {
        let svg = svg("https://relay.example.org/s/AAAAAAAAAAAAAAAAAAAAAA#key").unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg") && svg.contains("<path"), "{svg}");
        assert_eq!(super::svg(&"x".repeat(5000)).unwrap_err().code, crate::error::Code::TooLarge);
    }
}
