// QR codes from the camera or an image file, read with zxing-wasm's reader. A separate bundle
// (/app/scan.js), loaded only when needed; its wasm is served by the relay at
// /app/zxing_reader.wasm (never from a CDN). No interface here: the caller draws it.
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

let prepared = false;
function prepare() {
  if (prepared) return;
  prepareZXingModule({
    overrides: { locateFile: (path, prefix) => (path.endsWith('.wasm') ? new URL('./zxing_reader.wasm', import.meta.url).href : prefix + path) },
  });
  prepared = true;
}

const OPTIONS = { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 };
const first = (found) => (found.find((r) => r.isValid && r.text) || {}).text || null;

/** The text of the QR code in an image file, or null. */
export async function readImageQr(blob) {
  prepare();
  return first(await readBarcodes(blob, OPTIONS));
}

/** Reads frames of a playing `video` until a QR code is found (its text) or `stopped()` (null). */
export async function readVideoQr(video, stopped) {
  prepare();
  const canvas = document.createElement('canvas');
  const g = canvas.getContext('2d', { willReadFrequently: true });
  while (!stopped()) {
    if (video.videoWidth) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      g.drawImage(video, 0, 0);
      const text = first(await readBarcodes(g.getImageData(0, 0, canvas.width, canvas.height), OPTIONS));
      if (text) return text;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return null;
}
