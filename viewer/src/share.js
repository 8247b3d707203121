// Opening a Mappe share in the browser: the same checks, in the same order, as wallet-core's
// `open_share` (crates/wallet-core/src/share/format.rs) and `mappe open`. No DOM here, so node's
// test runner runs it against the shared test vectors.
//
// encrypted share (what the relay serves)
//   0   7   header "MAPPE", version 0x01, kind 0x04
//   7   16  share id
//   23  4   revision (u32 BE)
//   27  24  XChaCha20-Poly1305 nonce
//   51  ..  ciphertext of the envelope ‖ tag; AAD = bytes 0..51
// envelope
//   0   1   version 0x01
//   1   32  holder Ed25519 public key
//   33  64  Ed25519 signature, domain "mappe/v1/sig/share-manifest", over the manifest bytes
//   97  ..  manifest JSON

import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';

const MAGIC = [0x4d, 0x41, 0x50, 0x50, 0x45]; // "MAPPE"
const FORMAT_VERSION = 1;
const KIND_ATTACHMENT = 3;
const KIND_SHARE = 4;
const SHARE_HEAD = 51;
const TAG_LEN = 16;
const ENVELOPE_VERSION = 1;
const ENVELOPE_HEAD = 1 + 32 + 64;
const MANIFEST_VERSION = 1;
const ATTACHMENT_HEADER_LEN = 30;
const MIN_CHUNK = 1024;
const MAX_CHUNK = 1024 * 1024;

/** Signature domains: each kind signs `tag ‖ 0x00 ‖ message`. */
export const DOMAIN = {
  shareManifest: 'mappe/v1/sig/share-manifest',
  shareOwner: 'mappe/v1/sig/share-owner',
  request: 'mappe/v1/sig/request',
};

/** Why a share could not be opened; `code` is wallet-core's `ShareError::code()`. */
export class ShareError extends Error {
  constructor(code, detail) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ShareError';
    this.code = code;
  }
}

const utf8 = new TextEncoder();

// ---- encodings ----------------------------------------------------------------------------

const B64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64_ALPHABET].map((c, i) => [c, i]));

/** base64url without padding, strict (canonical trailing bits), as the Rust side decodes it. */
export function b64urlDecode(text) {
  if (typeof text !== 'string' || text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const c of text) {
    const v = B64_INDEX.get(c);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return null; // non-canonical trailing bits
  return out;
}

export function b64urlEncode(bytes) {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += B64_ALPHABET[n >> 18] + B64_ALPHABET[(n >> 12) & 63] + B64_ALPHABET[(n >> 6) & 63] + B64_ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += B64_ALPHABET[n >> 18] + B64_ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += B64_ALPHABET[n >> 18] + B64_ALPHABET[(n >> 12) & 63] + B64_ALPHABET[(n >> 6) & 63];
  }
  return out;
}

export function toHex(bytes) {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function fromHex(text) {
  if (typeof text !== 'string' || text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return null;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function equalBytes(a, b) {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
  return d === 0;
}

// ---- links --------------------------------------------------------------------------------

/**
 * Reads a share link's path and fragment: `/s/SHARE_ID` and `#SHARE_KEY` (the fragment never
 * reaches a server). Returns `{id, idBytes, key}`; `key` is null for an addressed share's link.
 */
export function parseLink(pathname, hash) {
  const m = /^\/s\/([A-Za-z0-9_-]{22})\/?$/.exec(pathname || '');
  if (!m) throw new ShareError('bad_link', 'bad share id');
  const idBytes = b64urlDecode(m[1]);
  if (!idBytes || idBytes.length !== 16) throw new ShareError('bad_link', 'bad share id');
  const frag = (hash || '').replace(/^#/, '');
  if (frag === '') return { id: m[1], idBytes, key: null };
  const key = b64urlDecode(frag);
  if (!key || key.length !== 32) throw new ShareError('bad_link', 'bad share key');
  return { id: m[1], idBytes, key };
}

// ---- signatures ---------------------------------------------------------------------------

/** `tag ‖ 0x00 ‖ message`, the bytes every Mappe signature covers. */
export function domainMessage(tag, msg) {
  return concat(utf8.encode(tag), new Uint8Array([0]), msg);
}

/** Ed25519 `verify_strict` (below) of a signature made for the purpose `tag` over `msg`. */
export function verifyStrict(publicKey, tag, msg, signature) {
  return verifyEd25519Strict(publicKey, domainMessage(tag, msg), signature);
}

/**
 * Ed25519 verification exactly as ed25519-dalek's `verify_strict`: canonical encodings of the key
 * and R (zip215: false), S < L, neither the key nor R of small order, and the cofactorless
 * equation [S]B = R + [k]A with k = SHA-512(R ‖ A ‖ M) mod L. `message` is signed as it is (no
 * domain tag); test-vectors/ed25519/ holds the edge cases it must decide as dalek does.
 */
export function verifyEd25519Strict(publicKey, message, signature) {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  try {
    const { Point } = ed25519;
    const L = Point.Fn.ORDER;
    const A = Point.fromBytes(publicKey, false);
    const rBytes = signature.subarray(0, 32);
    const R = Point.fromBytes(rBytes, false);
    if (A.isSmallOrder() || R.isSmallOrder()) return false;
    const s = leToBigInt(signature.subarray(32, 64));
    if (s >= L) return false;
    // The library's own strict check first (cofactored), then dalek's cofactorless equation.
    if (!ed25519.verify(signature, message, publicKey, { zip215: false })) return false;
    const k = leToBigInt(sha512(concat(rBytes, publicKey, message))) % L;
    const left = Point.BASE.multiplyUnsafe(s);
    const right = R.add(A.multiplyUnsafe(k));
    return left.equals(right);
  } catch {
    return false;
  }
}

function leToBigInt(bytes) {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]);
  return n;
}

// ---- fingerprint --------------------------------------------------------------------------

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** First 80 bits of SHA-256("mappe/v1/fingerprint" ‖ key), Crockford base32, 4 groups of 4. */
export function fingerprint(publicKey) {
  const digest = sha256(concat(utf8.encode('mappe/v1/fingerprint'), publicKey)).subarray(0, 10);
  let acc = 0n;
  for (const b of digest) acc = (acc << 8n) | BigInt(b);
  let text = '';
  for (let i = 15; i >= 0; i--) text += CROCKFORD[Number((acc >> BigInt(i * 5)) & 31n)];
  return text.match(/.{4}/g).join('-');
}

// ---- the manifest -------------------------------------------------------------------------

const isU = (v, max) => Number.isSafeInteger(v) && v >= 0 && v <= max;
const U32 = 0xffffffff;
const U64ISH = Number.MAX_SAFE_INTEGER; // times and sizes: far below 2^53 in practice
const isStr = (v) => typeof v === 'string';
const optStr = (v) => v === undefined || v === null || isStr(v);

/** The manifest's shape as wallet-core's serde types accept it; anything else is `integrity`. */
function checkManifestShape(m) {
  if (m === null || typeof m !== 'object' || Array.isArray(m)) return false;
  if (!isU(m.v, 255) || !isStr(m.share_id) || !isStr(m.holder)) return false;
  const a = m.audience;
  if (!(a === undefined || a === null)) {
    if (typeof a !== 'object' || Array.isArray(a)) return false;
    if (!isStr(a.name) || !isStr(a.kind) || !isStr(a.ed25519) || !isStr(a.x25519)) return false;
  }
  if (!Array.isArray(m.fields) || !m.fields.every(isStr)) return false;
  if (!optStr(m.purpose)) return false;
  if (!m.consent || typeof m.consent !== 'object' || !isStr(m.consent.lang) || !isStr(m.consent.text)) return false;
  if (!isU(m.created_at, U64ISH) || !isU(m.expires_at, U64ISH)) return false;
  if (!(m.max_opens === undefined || m.max_opens === null || isU(m.max_opens, U32))) return false;
  if (!isU(m.revision, U32) || typeof m.live !== 'boolean' || !('content' in m)) return false;
  if (!Array.isArray(m.attachments)) return false;
  for (const r of m.attachments) {
    if (!r || typeof r !== 'object') return false;
    if (!isU(r.blob, U32) || !isStr(r.item) || !isStr(r.name) || !isStr(r.media_type)) return false;
    if (!isU(r.size, U64ISH) || !isStr(r.sha256) || !isStr(r.key)) return false;
  }
  // Offices' attestations (absent when none): `[{item, sd_jwt}]`; judged by attest.js.
  if (m.attestations !== undefined) {
    if (!Array.isArray(m.attestations)) return false;
    for (const a of m.attestations) {
      if (!a || typeof a !== 'object' || !isStr(a.item) || !isStr(a.sd_jwt)) return false;
    }
  }
  return true;
}

function decodeHeader(bytes, kind) {
  if (bytes.length < 7) return 'integrity';
  for (let i = 0; i < 5; i++) if (bytes[i] !== MAGIC[i]) return 'integrity';
  if (bytes[5] !== FORMAT_VERSION) return bytes[5] > FORMAT_VERSION ? 'unsupported_version' : 'integrity';
  if (bytes[6] !== kind) return 'integrity';
  return null;
}

/**
 * Opens a bearer share in the design's order: AEAD → envelope version → signature against the
 * embedded holder key → manifest.holder = that key → share id (header and manifest) = the link's
 * → header revision = manifest revision = the relay's → now < expires_at.
 *
 * @param {{id: string, key: Uint8Array|null, revision: number, now: number}} opts
 * @param {Uint8Array} ciphertext
 * @returns {{manifest: object, holder: Uint8Array, manifestBytes: Uint8Array}}
 */
export function openShare(opts, ciphertext) {
  if (!opts.key) throw new ShareError('needs_agency_key', 'no key in the link');
  // 1. AEAD.
  if (ciphertext.length < SHARE_HEAD + TAG_LEN) throw new ShareError('integrity');
  const headerError = decodeHeader(ciphertext, KIND_SHARE);
  if (headerError === 'unsupported_version') throw new ShareError('unsupported_version', String(ciphertext[5]));
  if (headerError) throw new ShareError('integrity');
  const aad = ciphertext.subarray(0, SHARE_HEAD);
  const nonce = ciphertext.subarray(27, SHARE_HEAD);
  let envelope;
  try {
    envelope = xchacha20poly1305(opts.key, nonce, aad).decrypt(ciphertext.subarray(SHARE_HEAD));
  } catch {
    throw new ShareError('integrity');
  }
  // 2. Signature against the embedded holder key.
  if (envelope.length < ENVELOPE_HEAD || envelope[0] !== ENVELOPE_VERSION) {
    if (envelope.length > 0 && envelope[0] > ENVELOPE_VERSION) {
      throw new ShareError('unsupported_version', String(envelope[0]));
    }
    throw new ShareError('integrity');
  }
  const holder = envelope.slice(1, 33);
  const signature = envelope.slice(33, ENVELOPE_HEAD);
  const json = envelope.slice(ENVELOPE_HEAD);
  if (!verifyStrict(holder, DOMAIN.shareManifest, json, signature)) throw new ShareError('bad_signature');
  let manifest;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw new ShareError('integrity');
  }
  if (!checkManifestShape(manifest)) throw new ShareError('integrity');
  if (manifest.v !== MANIFEST_VERSION) throw new ShareError('unsupported_version', String(manifest.v));
  if (manifest.holder !== toHex(holder)) throw new ShareError('bad_signature');
  // 3. Share id and revision match the link and the relay.
  const idBytes = b64urlDecode(opts.id);
  const headerId = ciphertext.subarray(7, 23);
  if (!idBytes || !equalBytes(headerId, idBytes) || manifest.share_id !== opts.id) {
    throw new ShareError('wrong_share');
  }
  const headerRev = new DataView(ciphertext.buffer, ciphertext.byteOffset + 23, 4).getUint32(0, false);
  if (headerRev !== manifest.revision || manifest.revision !== opts.revision) throw new ShareError('wrong_share');
  // 4. Expiry by the manifest's own clock.
  if (opts.now >= manifest.expires_at) throw new ShareError('expired');
  return { manifest, holder, manifestBytes: json };
}

// ---- attachments (STREAM, aead-stream's StreamBE32 over XChaCha20-Poly1305) ----------------

/**
 * Decrypts an attachment file (crates/wallet-core/src/wire/attachment.rs): 30-byte header
 * ("MAPPE" 0x01 0x03, u32 BE chunk size, 19-byte nonce prefix), then chunks of chunk size +
 * 16-byte tag; chunk i's nonce = prefix ‖ i (u32 BE) ‖ last flag (0x00, 0x01 on the last);
 * AAD of every chunk = the 30 header bytes. Any failure is `integrity`.
 * @returns {{plaintext: Uint8Array, size: number, sha256: string}}
 */
export function decryptAttachment(key, file) {
  if (key.length !== 32 || file.length < ATTACHMENT_HEADER_LEN) throw new ShareError('integrity');
  // A newer format is said as such (as wallet-core does), not reported as damage.
  const headerError = decodeHeader(file, KIND_ATTACHMENT);
  if (headerError === 'unsupported_version') throw new ShareError('unsupported_version', String(file[5]));
  if (headerError) throw new ShareError('integrity');
  const header = file.subarray(0, ATTACHMENT_HEADER_LEN);
  const chunk = new DataView(file.buffer, file.byteOffset + 7, 4).getUint32(0, false);
  if (chunk < MIN_CHUNK || chunk > MAX_CHUNK) throw new ShareError('integrity');
  const prefix = file.subarray(11, ATTACHMENT_HEADER_LEN);
  const body = file.subarray(ATTACHMENT_HEADER_LEN);
  const sealed = chunk + TAG_LEN;
  const count = Math.max(1, Math.ceil(body.length / sealed));
  if (count > U32) throw new ShareError('integrity');
  const plaintext = new Uint8Array(Math.max(0, body.length - count * TAG_LEN));
  const hash = sha256.create();
  const nonce = new Uint8Array(24);
  nonce.set(prefix, 0);
  const view = new DataView(nonce.buffer);
  let out = 0;
  for (let i = 0; i < count; i++) {
    const part = body.subarray(i * sealed, Math.min(body.length, (i + 1) * sealed));
    if (part.length < TAG_LEN) throw new ShareError('integrity');
    const last = i === count - 1;
    view.setUint32(19, i, false);
    nonce[23] = last ? 1 : 0;
    let clear;
    try {
      clear = xchacha20poly1305(key, nonce, header).decrypt(part);
    } catch {
      throw new ShareError('integrity');
    }
    plaintext.set(clear, out);
    out += clear.length;
    hash.update(clear);
  }
  return { plaintext, size: out, sha256: toHex(hash.digest()) };
}

/**
 * Decrypts a shared scan and checks it against the manifest's size and SHA-256.
 * @returns {Uint8Array} the plaintext
 */
export function openAttachment(ref, file) {
  const key = b64urlDecode(ref.key);
  if (!key || key.length !== 32) throw new ShareError('integrity');
  const { plaintext, size, sha256: digest } = decryptAttachment(key, file);
  if (size !== ref.size || digest !== ref.sha256) throw new ShareError('integrity');
  return plaintext;
}

/**
 * Builds the curve library's precomputed tables (tens of milliseconds on a phone) so the first
 * signature check is fast; the page calls it while the share is still on the network.
 */
export function warmUp() {
  ed25519.Point.BASE.multiplyUnsafe(3n);
  sha512(new Uint8Array(1));
}
