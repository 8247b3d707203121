#!/usr/bin/env python3
"""Generates test-vectors/qr-photos/: photo-like pictures of QR codes for `mappe open IMAGE`.

Not run by CI: the pictures are committed, and this script is how they were made (issue 9).
Deterministic: a fixed seed, and no input but this file, so running it again with the same library
versions gives the same files. Made with Python 3.11, Pillow 13.0, numpy 2.4 and qrcode 8.2:

    python3 -m venv /tmp/qrvenv && /tmp/qrvenv/bin/pip install pillow numpy qrcode
    /tmp/qrvenv/bin/python scripts/make-qr-photos.py        # from the repository root

Each positive is `NAME.jpg` (or `.png`) with `NAME.txt` beside it holding exactly the text in the
code (UTF-8, no trailing newline). Each negative is a file with `NAME.error` beside it naming the
error `mappe open` must give: `not-a-picture`, `no-code` or `too-large`. The pictures imitate phone
photos: the code printed on paper, lying on a cluttered desk, seen at an angle, rotated, blurred,
noisy, JPEG-compressed, small in the frame, shaded, with glare or low contrast.
"""

import base64
import io
import json
import math
import os
import random
import struct
import zlib

import numpy as np
import qrcode
from PIL import Image, ImageDraw, ImageFilter

SEED = 9
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test-vectors", "qr-photos")

rng = random.Random(SEED)
nprng = np.random.default_rng(SEED)


def b64url(n):
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def bearer_link(relay):
    # A share id is 16 random bytes, a share key 32 (base64url, no padding), as in `mappe share`.
    return f"{relay}/s/{b64url(16)}#{b64url(32)}"


def addressed_link(relay):
    return f"{relay}/s/{b64url(16)}"


RELAYS = ["https://relay.example.org", "https://relay.beratung-mst.org", "https://mappe.caritas-example.de/relay"]


def agency_card():
    card = {
        "v": 1,
        "name": "Jobcenter Musterstadt",
        "kind": "jobcenter",
        "ed25519": "".join(f"{rng.getrandbits(8):02x}" for _ in range(32)),
        "x25519": "".join(f"{rng.getrandbits(8):02x}" for _ in range(32)),
        "sig": b64url(64),
    }
    return json.dumps(card, separators=(",", ":"))


OTHER_TEXTS = [
    "WIFI:S:Cafe Willkommen;T:WPA;P:tee-und-kaffee-2026;;",
    "https://www.example.com/speisekarte",
    "BEGIN:VCARD\nVERSION:3.0\nN:Haddad;Amal\nTEL:+49 30 1234567\nEND:VCARD",
    "Termin: Ausländerbehörde, Zimmer 3.12, Dienstag 9:30",
]


def pick_text(i):
    """Most codes are Mappe links (bearer and addressed); a few hold other things."""
    r = i % 10
    if r < 6:
        return bearer_link(RELAYS[i % len(RELAYS)])
    if r < 8:
        return addressed_link(RELAYS[i % len(RELAYS)])
    if r == 8:
        return OTHER_TEXTS[(i // 10) % len(OTHER_TEXTS)]
    return agency_card() if (i // 10) % 2 == 0 else bearer_link(RELAYS[0])


def render_qr(text, ec=qrcode.constants.ERROR_CORRECT_M, box=10):
    qr = qrcode.QRCode(error_correction=ec, box_size=box, border=4)
    qr.add_data(text.encode("utf-8"))
    qr.make(fit=True)
    return qr.make_image(fill_color="black", back_color="white").convert("L")


def clutter_background(w, h, busy):
    """A desk: a wood-like or plain gradient with random objects, lines and fake text on it."""
    base = np.zeros((h, w, 3), np.float32)
    c0 = np.array([rng.randint(60, 200) for _ in range(3)], np.float32)
    c1 = np.array([rng.randint(60, 200) for _ in range(3)], np.float32)
    t = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    base[:] = c0 * (1 - t) + c1 * t
    grain = nprng.normal(0, 3, (h, 1, 1)).astype(np.float32)
    base += grain
    img = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    for _ in range(busy):
        kind = rng.random()
        x0, y0 = rng.randint(-100, w), rng.randint(-100, h)
        x1, y1 = x0 + rng.randint(30, 400), y0 + rng.randint(30, 300)
        col = tuple(rng.randint(0, 255) for _ in range(3))
        if kind < 0.35:
            d.rectangle([x0, y0, x1, y1], fill=col)
        elif kind < 0.6:
            d.ellipse([x0, y0, x1, y1], fill=col)
        elif kind < 0.8:
            d.line([x0, y0, x1, y1], fill=col, width=rng.randint(2, 12))
        else:
            # Lines of "text": dark dashes on a light card.
            d.rectangle([x0, y0, x1, y1], fill=(235, 232, 225))
            for yy in range(y0 + 8, y1 - 8, 12):
                xx = x0 + 8
                while xx < x1 - 20:
                    ww = rng.randint(8, 40)
                    d.rectangle([xx, yy, min(xx + ww, x1 - 8), yy + 5], fill=(40, 40, 50))
                    xx += ww + rng.randint(4, 10)
    return img


def paper_with_code(code, margin_frac):
    """The code printed on a sheet with a margin and some text lines under it."""
    s = code.size[0]
    m = int(s * margin_frac)
    tint = tuple(rng.randint(225, 250) for _ in range(3))
    sheet = Image.new("RGB", (s + 2 * m, s + 2 * m + s // 4), tint)
    sheet.paste(code.convert("RGB"), (m, m))
    # The printed code is never quite black on quite white paper.
    arr = np.asarray(sheet).astype(np.float32)
    ink = rng.randint(10, 50)
    arr = ink + arr * (min(tint) - ink) / 255.0
    sheet = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(sheet)
    for k in range(3):
        y = s + m + 10 + k * 16
        if y + 6 < sheet.size[1]:
            d.rectangle([m, y, m + rng.randint(s // 3, s), y + 6], fill=(70, 70, 80))
    return sheet


def perspective_coeffs(src, dst):
    """Coefficients for PIL's PERSPECTIVE transform mapping output points dst to input points src."""
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(a, np.float64), np.array(b, np.float64)).tolist()


def place(bg, sheet, center, size, angle_deg, tilt, skew):
    """Pastes the sheet onto the background, rotated by angle and foreshortened like a photo at an angle."""
    w, h = sheet.size
    sx = size
    sy = size * h / w
    # Corners of the sheet around the centre, then a perspective: one side farther away (tilt),
    # and a shear (skew).
    pts = [(-sx / 2, -sy / 2), (sx / 2, -sy / 2), (sx / 2, sy / 2), (-sx / 2, sy / 2)]
    out = []
    a = math.radians(angle_deg)
    for x, y in pts:
        f = 1 - tilt * (y / sy)  # the top narrower than the bottom (or the other way)
        x = x * f + skew * y
        xr = x * math.cos(a) - y * math.sin(a)
        yr = x * math.sin(a) + y * math.cos(a)
        out.append((center[0] + xr, center[1] + yr))
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = perspective_coeffs(src, out)
    warped = sheet.transform(bg.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", sheet.size, 255).transform(bg.size, Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    bg.paste(warped, (0, 0), mask)
    return bg


def shade(img, strength):
    """A shadow across part of the picture (a hand or a phone between the lamp and the paper)."""
    w, h = img.size
    arr = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    ang = rng.uniform(0, math.pi)
    d = (xx - w / 2) * math.cos(ang) + (yy - h / 2) * math.sin(ang)
    m = 1 - strength * (1 / (1 + np.exp(-d / (w * 0.05))))
    return Image.fromarray(np.clip(arr * m[:, :, None], 0, 255).astype(np.uint8), "RGB")


def glare(img, strength):
    """A bright blob where a lamp reflects on glossy paper."""
    w, h = img.size
    arr = np.asarray(img).astype(np.float32)
    cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.3, 0.7) * h
    r = rng.uniform(0.08, 0.18) * max(w, h)
    yy, xx = np.mgrid[0:h, 0:w]
    g = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))
    arr = arr + strength * 255 * g[:, :, None] * (1 - arr / 300)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def low_contrast(img, factor):
    arr = np.asarray(img).astype(np.float32)
    mean = rng.uniform(110, 170)
    arr = mean + (arr - arr.mean()) * factor
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def noise(img, sigma):
    arr = np.asarray(img).astype(np.float32)
    # Sensor noise is mostly in brightness; colour noise would only make the files bigger.
    arr = arr + nprng.normal(0, sigma, arr.shape[:2])[:, :, None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def vignette(img):
    w, h = img.size
    arr = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    r = np.sqrt(((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2)
    arr = arr * (1 - 0.25 * np.clip(r - 0.5, 0, 1))[:, :, None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def save_jpeg(img, path, quality):
    img.save(path, "JPEG", quality=quality, optimize=True)


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# Each kind: (name, count, parameters). Angles include 90/180/270 (the phone held sideways or the
# paper upside down); sizes are the width of the sheet in pixels.
def scene(i, kind):
    text = pick_text(i)
    ec = qrcode.constants.ERROR_CORRECT_M
    code = render_qr(text, ec, box=8)
    W, H = rng.choice([(1024, 768), (960, 720), (768, 1024)])
    busy = 15
    size = rng.uniform(0.45, 0.65) * min(W, H)
    angle = rng.uniform(-8, 8)
    tilt = rng.uniform(-0.12, 0.12)
    skew = rng.uniform(-0.08, 0.08)
    quality = rng.randint(55, 72)
    blur = 0.0
    post = []
    if kind == "angle":
        tilt = rng.choice([-1, 1]) * rng.uniform(0.25, 0.45)
        skew = rng.uniform(-0.25, 0.25)
    elif kind == "rotated":
        angle = [90, 180, 270, 90, 180, 270][i % 6] + rng.uniform(-3, 3)
    elif kind == "tilted":
        angle = rng.choice([-1, 1]) * rng.uniform(10, 45)
    elif kind == "blurred":
        blur = rng.uniform(1.2, 2.6)
    elif kind == "noisy":
        post.append(lambda im: noise(im, rng.uniform(10, 20)))
        quality = rng.randint(45, 55)
    elif kind == "jpeg":
        quality = rng.randint(12, 35)
    elif kind == "small":
        W, H = 1400, 1050
        size = rng.uniform(170, 260)
        quality = rng.randint(50, 62)
        busy = 30
    elif kind == "shade":
        post.append(lambda im: shade(im, rng.uniform(0.45, 0.7)))
    elif kind == "glare":
        post.append(lambda im: glare(im, rng.uniform(0.5, 0.8)))
    elif kind == "lowcontrast":
        post.append(lambda im: low_contrast(im, rng.uniform(0.25, 0.4)))
    elif kind == "cluttered":
        busy = 60
        size = rng.uniform(0.3, 0.45) * min(W, H)
    elif kind == "mixed":
        tilt = rng.choice([-1, 1]) * rng.uniform(0.15, 0.3)
        angle = rng.uniform(-180, 180)
        blur = rng.uniform(0.8, 1.6)
        quality = rng.randint(30, 60)
        post.append(lambda im: noise(im, rng.uniform(6, 12)))
        post.append(lambda im: shade(im, rng.uniform(0.25, 0.4)))
    bg = clutter_background(W, H, busy)
    sheet = paper_with_code(code, rng.uniform(0.05, 0.15))
    cx = W / 2 + rng.uniform(-0.15, 0.15) * W
    cy = H / 2 + rng.uniform(-0.15, 0.15) * H
    if kind == "small":
        cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    img = place(bg, sheet, (cx, cy), size, angle, tilt, skew)
    img = vignette(img)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    else:
        # Every camera softens a little.
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    for p in post:
        img = p(img)
    return text, img, quality


KINDS = [
    ("plain", 8),
    ("angle", 10),
    ("rotated", 6),
    ("tilted", 6),
    ("blurred", 8),
    ("noisy", 6),
    ("jpeg", 6),
    ("small", 8),
    ("shade", 6),
    ("glare", 6),
    ("lowcontrast", 6),
    ("cluttered", 8),
    ("mixed", 6),
]


def positives():
    i = 0
    for kind, n in KINDS:
        for k in range(n):
            text, img, quality = scene(i, kind)
            name = f"{kind}-{k + 1:02d}"
            save_jpeg(img, os.path.join(OUT, name + ".jpg"), quality)
            write_text(os.path.join(OUT, name + ".txt"), text)
            i += 1
    # Two clean renders as `mappe share --png` writes them, one as PNG and one screenshot-like.
    text = bearer_link(RELAYS[0])
    render_qr(text, box=10).save(os.path.join(OUT, "render-01.png"))
    write_text(os.path.join(OUT, "render-01.txt"), text)
    text = addressed_link(RELAYS[1])
    screen = Image.new("RGB", (720, 1280), (20, 20, 24))
    code = render_qr(text, box=12).convert("RGB")
    screen.paste(code, ((720 - code.size[0]) // 2, 300))
    screen = screen.rotate(-7, resample=Image.BICUBIC, expand=False, fillcolor=(10, 10, 10))
    save_jpeg(screen.filter(ImageFilter.GaussianBlur(0.8)), os.path.join(OUT, "screen-01.jpg"), 75)
    write_text(os.path.join(OUT, "screen-01.txt"), text)


def png_chunk(kind, data):
    c = struct.pack(">I", len(data)) + kind + data
    return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def negatives():
    def expect(name, err):
        write_text(os.path.join(OUT, name + ".error"), err)

    # Photos of desks and papers with no code on them.
    for k in range(4):
        W, H = rng.choice([(1024, 768), (1200, 900)])
        img = clutter_background(W, H, 60)
        if k % 2 == 0:
            sheet = Image.new("RGB", (400, 520), (240, 238, 230))
            d = ImageDraw.Draw(sheet)
            for y in range(30, 500, 14):
                d.rectangle([30, y, rng.randint(150, 370), y + 6], fill=(50, 50, 60))
            img = place(img, sheet, (W / 2, H / 2), 0.5 * min(W, H), rng.uniform(-20, 20), 0.2, 0.05)
        img = vignette(img).filter(ImageFilter.GaussianBlur(0.7))
        save_jpeg(img, os.path.join(OUT, f"no-code-{k + 1:02d}.jpg"), 80)
        expect(f"no-code-{k + 1:02d}", "no-code")
    # A blank white PNG.
    Image.new("L", (300, 300), 255).save(os.path.join(OUT, "no-code-blank.png"))
    expect("no-code-blank", "no-code")

    # A JPEG cut off inside its header tables, and a PNG cut off inside its first data chunk.
    with open(os.path.join(OUT, "plain-01.jpg"), "rb") as f:
        jpg = f.read()
    with open(os.path.join(OUT, "truncated.jpg"), "wb") as f:
        f.write(jpg[:300])
    expect("truncated", "not-a-picture")
    buf = io.BytesIO()
    render_qr(bearer_link(RELAYS[0])).save(buf, "PNG")
    png = buf.getvalue()
    with open(os.path.join(OUT, "truncated-png.png"), "wb") as f:
        f.write(png[: len(png) // 2])
    expect("truncated-png", "not-a-picture")

    # Random bytes named .jpg, a text file named .png, an empty file.
    with open(os.path.join(OUT, "random-bytes.jpg"), "wb") as f:
        f.write(bytes(rng.getrandbits(8) for _ in range(4096)))
    expect("random-bytes", "not-a-picture")
    write_text(os.path.join(OUT, "text-file.png"), "This is not a picture, only text with a .png name.\n")
    expect("text-file", "not-a-picture")
    open(os.path.join(OUT, "empty.jpg"), "wb").close()
    expect("empty", "not-a-picture")

    # Decompression bombs: a PNG whose header claims 65535 × 65535 pixels (4.3 gigapixels) with
    # almost no data, and a real, valid 7000 × 7000 PNG (49 megapixels) that compresses to a few KB.
    ihdr = struct.pack(">IIBBBBB", 65535, 65535, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1000, 9)
    bomb = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")
    with open(os.path.join(OUT, "bomb-header.png"), "wb") as f:
        f.write(bomb)
    expect("bomb-header", "too-large")
    raw = zlib.compress((b"\x00" + b"\xff" * 7000) * 7000, 9)
    ihdr = struct.pack(">IIBBBBB", 7000, 7000, 8, 0, 0, 0, 0)
    bomb = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", raw) + png_chunk(b"IEND", b"")
    with open(os.path.join(OUT, "bomb-49mp.png"), "wb") as f:
        f.write(bomb)
    expect("bomb-49mp", "too-large")


def main():
    # Keep README.md; everything else is regenerated.
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name != "README.md":
            os.remove(os.path.join(OUT, name))
    positives()
    negatives()


if __name__ == "__main__":
    main()
