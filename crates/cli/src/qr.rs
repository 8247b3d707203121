//! QR codes: show a share link in the terminal, write it as PNG or SVG, read it back from a PNG.

use std::path::Path;

use anyhow::Context as _;
use qrcode::{EcLevel, QrCode};

/// The QR code of `text` at error correction level M (about 15 % of the code may be damaged).
pub fn encode(text: &str) -> anyhow::Result<QrCode> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).context("the link is too long for a QR code")
}

/// The QR version (size class 1–40) of a code.
#[cfg(test)]
pub fn version(code: &QrCode) -> i16 {
    match code.version() {
        qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => v,
    }
}

/// The code drawn with half-block characters, two rows of modules per line.
pub fn terminal(code: &QrCode) -> String {
    code.render::<qrcode::render::unicode::Dense1x2>()
        .dark_color(qrcode::render::unicode::Dense1x2::Light)
        .light_color(qrcode::render::unicode::Dense1x2::Dark)
        .quiet_zone(true)
        .build()
}

/// Writes the code as a PNG file (atomically).
pub fn write_png(code: &QrCode, path: &Path) -> anyhow::Result<()> {
    let img = code.render::<image::Luma<u8>>().min_dimensions(400, 400).quiet_zone(true).build();
    let mut bytes = Vec::new();
    image::DynamicImage::ImageLuma8(img)
        .write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png)
        .context("cannot encode the PNG")?;
    wallet_core::store::fsutil::write_atomic(path, &bytes)?;
    Ok(())
}

/// Writes the code as an SVG file (atomically).
pub fn write_svg(code: &QrCode, path: &Path) -> anyhow::Result<()> {
    let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(400, 400).quiet_zone(true).build();
    wallet_core::store::fsutil::write_atomic(path, svg.as_bytes())?;
    Ok(())
}

/// Largest image file read for decoding.
const MAX_IMAGE: u64 = 20 * 1024 * 1024;

/// Reads the first QR code found in a PNG image.
pub fn decode_file(path: &Path) -> anyhow::Result<String> {
    let bytes = wallet_core::store::fsutil::read_limited(path, MAX_IMAGE, "the image")?;
    let img = image::load_from_memory(&bytes)
        .with_context(|| format!("{} is not a PNG image this version can read", path.display()))?
        .to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    let grid = grids.first().with_context(|| format!("no QR code found in {}", path.display()))?;
    let (_, content) = grid.decode().with_context(|| format!("the QR code in {} cannot be read", path.display()))?;
    Ok(content)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wallet_core::share::{ShareId, ShareKey, ShareLink};

    #[test]
    fn a_bearer_link_with_a_30_character_relay_fits_version_7_at_level_m() {
        let relay = "https://relay.beratung-mst.org";
        assert_eq!(relay.len(), 30);
        for _ in 0..20 {
            let link = ShareLink {
                relay: relay.into(),
                id: ShareId::random().unwrap(),
                key: Some(ShareKey::random().unwrap()),
            };
            let url = link.to_url();
            let code = encode(&url).unwrap();
            assert!(version(&code) <= 7, "version {} for {} characters", version(&code), url.len());
            assert_eq!(code.error_correction_level(), EcLevel::M);
        }
    }

    #[test]
    fn png_decodes_back_to_the_same_link() {
        let dir = tempfile::tempdir().unwrap();
        let link = ShareLink {
            relay: "http://127.0.0.1:8787".into(),
            id: ShareId::random().unwrap(),
            key: Some(ShareKey::random().unwrap()),
        };
        let url = link.to_url();
        let path = dir.path().join("qr.png");
        write_png(&encode(&url).unwrap(), &path).unwrap();
        assert_eq!(decode_file(&path).unwrap(), url.as_str());
        let svg = dir.path().join("qr.svg");
        write_svg(&encode(&url).unwrap(), &svg).unwrap();
        assert!(std::fs::read_to_string(&svg).unwrap().starts_with("<?xml"));
    }
}
