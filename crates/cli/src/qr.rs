//! QR codes: show a share link in the terminal, write it as PNG or SVG, read it back from a
//! picture (a PNG, or a JPEG photo taken with a phone).

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

/// Largest picture file read for decoding: a phone photo is 2–10 MB.
pub const MAX_FILE: u64 = 25 * 1024 * 1024;

/// Most pixels a picture may have (a 40-megapixel camera); checked in the file's header before
/// anything is decoded, so a small file claiming a huge picture (a decompression bomb) costs nothing.
pub const MAX_PIXELS: u64 = 40_000_000;

/// Longest part of a foreign QR code's text shown in an error message.
const SHOWN_CHARS: usize = 80;

/// Why no share link could be read from a picture.
#[derive(Debug, thiserror::Error)]
pub enum PictureError {
    /// Not a PNG or JPEG file, or one that is damaged or cut off.
    #[error("{0} is not a readable PNG or JPEG picture")]
    NotAPicture(String),
    /// More pixels than [`MAX_PIXELS`], as stated in the file's header.
    #[error("{path} is a picture of {width} × {height} pixels; at most 40 megapixels can be read")]
    TooLarge {
        /// The file.
        path: String,
        /// Width in the header.
        width: u32,
        /// Height in the header.
        height: u32,
    },
    /// No QR code could be found or read.
    #[error("no QR code could be read in {0}; take the photo again, closer, straight on and in even light")]
    NoCode(String),
    /// The code holds an office's card, which people use to share with that office.
    #[error(
        "the QR code in {path} is the card of an office ({name}), not a share; it is for sharing with that office (`mappe share --to`)"
    )]
    AgencyCard {
        /// The file.
        path: String,
        /// The office's name from the card, made safe to print.
        name: String,
    },
    /// The code holds something else than a Mappe link.
    #[error("the QR code in {path} is not a Mappe share link; it holds: \"{shown}\"")]
    NotAShareLink {
        /// The file.
        path: String,
        /// The start of the code's text, made safe to print.
        shown: String,
    },
}

/// Reads the Mappe share link in a picture (PNG or JPEG, such as a phone photo) of its QR code.
pub fn decode_file(path: &Path) -> anyhow::Result<String> {
    let bytes = wallet_core::store::fsutil::read_limited(path, MAX_FILE, "the picture")?;
    let name = path.display().to_string();
    let text = decode_picture(&bytes, &name)?;
    if wallet_core::share::ShareLink::parse(&text).is_ok() {
        return Ok(text);
    }
    if let Some(office) = agency_card_name(&text) {
        return Err(PictureError::AgencyCard { path: name, name: printable(&office) }.into());
    }
    Err(PictureError::NotAShareLink { path: name, shown: printable(&text) }.into())
}

/// The text of the first QR code found in a PNG or JPEG picture, whatever it holds.
pub fn decode_picture(bytes: &[u8], name: &str) -> Result<String, PictureError> {
    let luma = load_luma(bytes, name)?;
    match guarded(|| find_code(&luma)) {
        Some(Some(text)) => Ok(text),
        // A panic inside the decoder means it could not read this picture, nothing more.
        Some(None) | None => Err(PictureError::NoCode(name.to_string())),
    }
}

/// Decodes a PNG or JPEG into grey levels, refusing anything else and anything too large.
fn load_luma(bytes: &[u8], name: &str) -> Result<image::GrayImage, PictureError> {
    use image::{ImageFormat, ImageReader, Limits};
    let not_a_picture = || PictureError::NotAPicture(name.to_string());
    // The format comes from the bytes, never from the file name.
    let reader = || -> Result<ImageReader<std::io::Cursor<&[u8]>>, PictureError> {
        let r = ImageReader::new(std::io::Cursor::new(bytes)).with_guessed_format().map_err(|_| not_a_picture())?;
        match r.format() {
            Some(ImageFormat::Png | ImageFormat::Jpeg) => Ok(r),
            _ => Err(not_a_picture()),
        }
    };
    let (width, height) = reader()?.into_dimensions().map_err(|_| not_a_picture())?;
    if width == 0 || height == 0 {
        return Err(not_a_picture());
    }
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(PictureError::TooLarge { path: name.to_string(), width, height });
    }
    let mut limits = Limits::default();
    // The decoder must not believe a different size later in the file than the header gave.
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    let mut r = reader()?;
    r.limits(limits);
    let img = guarded(move || r.decode().ok()).flatten().ok_or_else(not_a_picture)?;
    if !img.color().has_alpha() {
        return Ok(img.into_luma8());
    }
    // A code saved with a transparent background shows on white; plain grey conversion would
    // make transparent black pixels and hide the code.
    let la = img.into_luma_alpha8();
    let (w, h) = la.dimensions();
    Ok(image::GrayImage::from_fn(w, h, |x, y| {
        let [l, a] = la.get_pixel(x, y).0;
        let over_white = (u32::from(l) * u32::from(a) + 255 * (255 - u32::from(a))) / 255;
        image::Luma([u8::try_from(over_white).unwrap_or(u8::MAX)])
    }))
}

thread_local! {
    /// Set while a third-party decoder runs under [`guarded`], so the panic hook stays quiet.
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the current thread is inside [`guarded`]: `main`'s panic hook prints nothing then,
/// because such a panic becomes an ordinary error message.
pub fn in_guarded_call() -> bool {
    GUARDED.with(std::cell::Cell::get)
}

/// Runs a third-party decoder, turning a panic inside it into `None`.
fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    let was = GUARDED.with(|g| g.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok();
    GUARDED.with(|g| g.set(was));
    result
}

/// Looks for a QR code the way a careful person would: the picture as it is, then easier versions
/// of it. Each attempt is cheap next to loading the photo, and most photos are read by the first.
fn find_code(luma: &image::GrayImage) -> Option<String> {
    use image::imageops::FilterType;
    let (w, h) = luma.dimensions();
    let longest = w.max(h);
    // A phone photo has far more pixels than a code needs; a smaller copy is faster, and averaging
    // neighbouring pixels smooths sensor noise and JPEG blocks.
    let small = |side: u32| {
        let scale = f64::from(side) / f64::from(longest);
        let (sw, sh) = ((f64::from(w) * scale).round().max(1.0) as u32, (f64::from(h) * scale).round().max(1.0) as u32);
        image::imageops::resize(luma, sw, sh, FilterType::Triangle)
    };
    if longest > 1600
        && let Some(t) = read_qr(&small(1200))
    {
        return Some(t);
    }
    if let Some(t) = read_qr(luma) {
        return Some(t);
    }
    // Low contrast (a grey print, glare, shade): spread the grey levels over the full range.
    let stretched = stretch_contrast(luma);
    if let Some(t) = read_qr(&stretched) {
        return Some(t);
    }
    if longest > 400
        && let Some(t) = read_qr(&small(longest / 2))
    {
        return Some(t);
    }
    // A code small in the frame: give the binarizer more pixels per module.
    if longest <= 2000 {
        return read_qr(&image::imageops::resize(luma, w * 2, h * 2, FilterType::Triangle));
    }
    None
}

/// One attempt with ZXing's two binarizers: local thresholds (shade, glare) and a global one (blur).
fn read_qr(luma: &image::GrayImage) -> Option<String> {
    use rxing::common::{GlobalHistogramBinarizer, HybridBinarizer};
    use rxing::{BarcodeFormat, BinaryBitmap, DecodeHints, Luma8LuminanceSource, MultiFormatReader, Reader as _};
    let hints = DecodeHints::default()
        .with(rxing::DecodeHintValue::PossibleFormats([BarcodeFormat::QR_CODE].into_iter().collect()))
        .with(rxing::DecodeHintValue::TryHarder(true))
        .with(rxing::DecodeHintValue::AlsoInverted(true));
    let (w, h) = luma.dimensions();
    let source = || Luma8LuminanceSource::new(luma.as_raw().clone(), w, h).ok();
    let mut reader = MultiFormatReader::default();
    let mut hybrid = BinaryBitmap::new(HybridBinarizer::new(source()?));
    if let Ok(r) = reader.decode_with_hints(&mut hybrid, &hints) {
        return Some(r.getText().to_string());
    }
    let mut global = BinaryBitmap::new(GlobalHistogramBinarizer::new(source()?));
    reader.decode_with_hints(&mut global, &hints).ok().map(|r| r.getText().to_string())
}

/// Maps the 1st–99th percentile of grey levels to black–white.
fn stretch_contrast(luma: &image::GrayImage) -> image::GrayImage {
    let mut histogram = [0u64; 256];
    for p in luma.as_raw() {
        histogram[usize::from(*p)] += 1;
    }
    let total: u64 = histogram.iter().sum();
    let level = |fraction: u64| {
        let mut seen = 0;
        for (v, n) in histogram.iter().enumerate() {
            seen += n;
            if seen * 100 >= total * fraction {
                return v as i32;
            }
        }
        255
    };
    let (lo, hi) = (level(1), level(99));
    if hi - lo < 2 {
        return luma.clone();
    }
    let mut out = luma.clone();
    for p in out.iter_mut() {
        *p = ((i32::from(*p) - lo) * 255 / (hi - lo)).clamp(0, 255) as u8;
    }
    out
}

/// The office's name if the text is an office card (`mappe agency init` puts its JSON in a code).
fn agency_card_name(text: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    let card = v.as_object()?;
    if !(card.contains_key("ed25519") && card.contains_key("x25519")) {
        return None;
    }
    Some(card.get("name").and_then(|n| n.as_str()).unwrap_or("no name").to_string())
}

/// Text from a QR code made safe to print: control characters (terminal escapes, new lines) and
/// direction overrides become spaces, so the code cannot steer the terminal, and it is cut short.
pub fn printable(text: &str) -> String {
    let is_bidi = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}');
    let mut out: String =
        text.chars().take(SHOWN_CHARS).map(|c| if c.is_control() || is_bidi(c) { ' ' } else { c }).collect();
    if text.chars().count() > SHOWN_CHARS {
        out.push('…');
    }
    out
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
    fn a_panic_in_a_guarded_decoder_becomes_none() {
        let got: Option<()> = guarded(|| panic!("a decoder's assertion"));
        assert!(got.is_none());
        assert!(!in_guarded_call(), "the flag is cleared after the panic");
        assert_eq!(guarded(|| 7), Some(7));
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
