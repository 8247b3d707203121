// Offices' attestations inside a share: SD-JWT VCs (RFC 9901) that an office issued about the
// person's key, presented with only the claims the person chose and bound to this share by a
// key-binding JWT. The same checks, in the same order, as wallet-core's
// `attest::verify_presentation` (crates/wallet-core/src/attest/credential.rs, sdjwt.rs, jws.rs,
// status.rs, trust.rs), with the same verdict as its `Verdict` JSON; test-vectors/attestation/
// holds the cases both must decide alike.
//
// Sans-IO, like share.js: no fetch and no DOM here. The page fetches the trust list and the
// status lists and passes them in. The one asynchronous step is inflating a status list
// (zlib, with the platform's DecompressionStream), so `verifyPresentation` returns a promise.
//
// A share's own signature says "stated by the person, unchanged since shared"; an attestation
// says "confirmed by this office". Only `standing === 'confirmed'` may be shown as confirmed.

import { sha256 } from '@noble/hashes/sha2.js';

import { b64urlDecode, b64urlEncode, fromHex, toHex, verifyEd25519Strict } from './share.js';

/** The JWS `typ` of an attestation (SD-JWT VC). */
export const TYP = 'dc+sd-jwt';
/** The `typ` of a key-binding JWT (RFC 9901 §4.3). */
export const KB_TYP = 'kb+jwt';
/** The `typ` of a status list token. */
export const STATUS_LIST_TYP = 'statuslist+jwt';
/** The `typ` of a trust list. */
export const TRUST_LIST_TYP = 'mappe-trust-list+jwt';
/** The one signature algorithm accepted (RFC 9864). */
export const ALG = 'Ed25519';

/** Size limits, as in Rust (bytes). */
export const MAX_SD_JWT = 64 * 1024;
export const MAX_DISCLOSURES = 256;
export const MAX_TRUST_LIST = 1024 * 1024;
export const MAX_AGENCIES = 10_000;
export const MAX_STATUS_TOKEN = 256 * 1024;
const MAX_BITS_BYTES = 1024 * 1024;
const MAX_DEPTH = 16;
/** How far a key-binding JWT's `iat` may lie after the verifier's clock. */
const KB_FUTURE_SKEW = 300;

const AGENCY_URN = 'urn:mappe:agency:';
const SHARE_URN = 'urn:mappe:share:';

/** The kinds of paper, their `vct` and claim names (credential.rs `AttestKind::spec`). */
export const KINDS = {
  residence: {
    vct: 'urn:mappe:vct:residence:1',
    claims: ['kind', 'number', 'valid_from', 'valid_until', 'legal_basis', 'work_permitted'],
  },
  certificate: { vct: 'urn:mappe:vct:certificate:1', claims: ['kind', 'level', 'issuer', 'date'] },
  recognition: { vct: 'urn:mappe:vct:recognition:1', claims: ['degree', 'decision', 'date'] },
};

/** Why an attestation, trust list or status list was refused; `code` is `AttestError::code()`. */
export class AttestError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'AttestError';
    this.code = code;
  }
}

const malformed = (what) => new AttestError('malformed', `not a valid attestation: ${what}`);
const disclosureError = (what) => new AttestError('bad_disclosure', `a disclosed fact was not signed by the office (${what})`);
const keyBindingError = (what) => new AttestError('bad_key_binding', `the attestation is not bound to this share (${what})`);
const algorithmError = (alg) =>
  new AttestError('algorithm', `the algorithm ${alg} is not accepted (Mappe uses Ed25519 and sha-256)`);
const trustListError = (what) => new AttestError('bad_trust_list', `the trust list cannot be used: ${what}`);
const statusListError = (what) => new AttestError('bad_status_list', `the status list cannot be used: ${what}`);
const tooLarge = () => new AttestError('too_large', 'the attestation is larger than Mappe accepts');

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

// ---- small helpers ------------------------------------------------------------------------

const has = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** serde_json's `as_u64` (within what a JavaScript number holds exactly). */
const asU64 = (v) => (Number.isSafeInteger(v) && v >= 0 ? v : null);
const asStr = (v) => (typeof v === 'string' ? v : null);
const get = (obj, key) => (isObject(obj) && has(obj, key) ? obj[key] : undefined);

/** Sets an own property even for names like `__proto__` (values come from outside). */
function put(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Rust's `str::len`: the length in UTF-8 bytes. */
const byteLength = (text) => utf8.encode(text).length;

/** Keys in the order a serde_json map (a BTreeMap) iterates them: by their UTF-8 bytes. */
function sortedKeys(obj) {
  return Object.keys(obj).sort((a, b) => {
    const x = utf8.encode(a);
    const y = utf8.encode(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  });
}

function b64(part) {
  const bytes = b64urlDecode(part);
  if (!bytes) throw malformed('a part is not base64url');
  return bytes;
}

function jsonOf(bytes) {
  try {
    return JSON.parse(utf8Strict.decode(bytes));
  } catch {
    return undefined;
  }
}

/** base64url(SHA-256(ASCII text)): a disclosure's digest and the key binding's `sd_hash`. */
export function digest(text) {
  return b64urlEncode(sha256(utf8.encode(text)));
}

function equalText(a, b) {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return d === 0;
}

/** `urn:mappe:agency:<hex>`: an office's `iss`, and the `aud` of a share addressed to it. */
export function audienceForAgency(ed25519Hex) {
  return `${AGENCY_URN}${String(ed25519Hex).toLowerCase()}`;
}

/** `urn:mappe:share:<id>`: the `aud` of a bearer share's key binding. */
export function audienceForShare(shareId) {
  return `${SHARE_URN}${shareId}`;
}

function issuerKey(iss) {
  if (!iss.startsWith(AGENCY_URN)) return null;
  const key = fromHex(iss.slice(AGENCY_URN.length));
  return key && key.length === 32 ? key : null;
}

// ---- JWS (compact, Ed25519) -----------------------------------------------------------------

/** Splits and decodes a compact JWS; the signature is not checked yet. */
export function parseJws(compact) {
  const parts = compact.split('.');
  if (parts.length !== 3) throw malformed('a JWT has three parts separated by dots');
  const [h, p, s] = parts;
  const header = jsonOf(b64(h));
  if (!isObject(header)) throw malformed('a JWT part is not a JSON object');
  const payload = jsonOf(b64(p));
  if (!isObject(payload)) throw malformed('a JWT part is not a JSON object');
  return { header, payload, signingInput: `${h}.${p}`, signature: b64(s) };
}

const typOf = (jws) => asStr(get(jws.header, 'typ'));

/** Checks an Ed25519 signature by `key` (and that the header says `Ed25519`). */
function verifyJws(jws, key) {
  const alg = asStr(get(jws.header, 'alg'));
  if (alg !== ALG) throw algorithmError(alg ?? 'none');
  if (!verifyEd25519Strict(key, utf8.encode(jws.signingInput), jws.signature)) {
    throw new AttestError('bad_signature', "the office's signature does not match: the attestation was altered");
  }
}

// ---- SD-JWT (RFC 9901) --------------------------------------------------------------------

function parseDisclosure(encoded) {
  const bad = () => malformed('a disclosure is not [salt, name, value] or [salt, value]');
  const arr = jsonOf(b64(encoded));
  if (!Array.isArray(arr) || typeof arr[0] !== 'string') throw bad();
  if (arr.length === 3 && typeof arr[1] === 'string') return { encoded, name: arr[1], value: arr[2] };
  if (arr.length === 2) return { encoded, name: null, value: arr[1] };
  throw bad();
}

/** Parses `<JWT>~<D1>~…~<Dn>~[<KB-JWT>]` (RFC 9901 §4). */
export function parseSdJwt(text) {
  if (typeof text !== 'string') throw malformed('not text');
  if (byteLength(text) > MAX_SD_JWT) throw tooLarge();
  const cut = text.indexOf('~');
  if (cut < 0) throw malformed('an SD-JWT ends with `~` or a key-binding JWT');
  const jwtText = text.slice(0, cut);
  const parts = text.slice(cut + 1).split('~');
  const last = parts.pop();
  const kbText = last === '' ? null : last;
  if (parts.length > MAX_DISCLOSURES) throw tooLarge();
  const disclosures = parts.map((p) => {
    if (p === '') throw malformed('an empty disclosure');
    return parseDisclosure(p);
  });
  return { jwtText, jwt: parseJws(jwtText), disclosures, kbText };
}

/** `<JWT>~<D1>~…~<Dn>~`: what the key binding's `sd_hash` covers. */
function issuedPart(sd) {
  return `${sd.jwtText}~${sd.disclosures.map((d) => `${d.encoded}~`).join('')}`;
}

/** The claims with every disclosure in place (RFC 9901 §7.1 steps 3–5). */
function resolveClaims(sd) {
  const payload = sd.jwt.payload;
  if (has(payload, '_sd_alg') && payload._sd_alg !== 'sha-256') {
    throw algorithmError(`_sd_alg ${JSON.stringify(payload._sd_alg)}`);
  }
  const byDigest = new Map();
  for (const d of sd.disclosures) {
    const dg = digest(d.encoded);
    if (byDigest.has(dg)) throw disclosureError('the same disclosure is sent twice');
    byDigest.set(dg, d);
  }
  const seen = new Set();
  let used = 0;

  const take = (dg) => {
    if (seen.has(dg)) throw disclosureError('a digest appears more than once');
    seen.add(dg);
    const d = byDigest.get(dg);
    if (d) used++;
    return d ?? null;
  };

  const value = (v, depth) => {
    if (depth > MAX_DEPTH) throw malformed('nested too deeply');
    if (Array.isArray(v)) return array(v, depth + 1);
    if (isObject(v)) return object(v, depth + 1);
    return v;
  };

  const object = (m, depth) => {
    let list = [];
    if (has(m, '_sd')) {
      if (!Array.isArray(m._sd)) throw malformed('_sd is not an array');
      list = m._sd;
    }
    const out = {};
    for (const k of sortedKeys(m)) {
      if (k !== '_sd') put(out, k, value(m[k], depth));
    }
    for (const dg of list) {
      if (typeof dg !== 'string') throw malformed('a digest in _sd is not a string');
      const disc = take(dg);
      if (!disc) continue; // a decoy or an undisclosed claim
      if (disc.name === null) throw disclosureError('an array-element disclosure is referenced from _sd');
      if (disc.name === '_sd' || disc.name === '...') throw disclosureError('a disclosure names the claim _sd or ...');
      if (has(out, disc.name)) throw disclosureError('a disclosure overwrites a claim that is already there');
      put(out, disc.name, value(disc.value, depth));
    }
    return out;
  };

  const array = (a, depth) => {
    const out = [];
    for (const item of a) {
      if (isObject(item) && has(item, '...')) {
        if (Object.keys(item).length !== 1) throw malformed('an array-element digest object has other keys');
        if (typeof item['...'] !== 'string') throw malformed('an array-element digest is not a string');
        const disc = take(item['...']);
        if (!disc) continue;
        if (disc.name !== null) throw disclosureError('an object-property disclosure is referenced as an array element');
        out.push(value(disc.value, depth));
      } else {
        out.push(value(item, depth));
      }
    }
    return out;
  };

  const top = {};
  for (const k of Object.keys(payload)) if (k !== '_sd_alg') put(top, k, payload[k]);
  const claims = object(top, 0);
  // §7.1 step 4: every disclosure must be referenced by a digest in the signed payload.
  if (used !== sd.disclosures.length) throw disclosureError('a disclosure is not in the issuer-signed digests');
  return claims;
}

/** The `status.status_list` claim: `{uri, idx}` or null. */
function statusRef(v) {
  const l = get(v, 'status_list');
  const uri = asStr(get(l, 'uri'));
  const idx = asU64(get(l, 'idx'));
  return uri !== null && idx !== null ? { uri, idx } : null;
}

/** Issuer signature, digests, type and form (credential.rs `check`); no time, binding or trust. */
function check(sd) {
  if (typOf(sd.jwt) !== TYP) throw malformed('the JWT\'s typ is not dc+sd-jwt');
  const iss = asStr(get(sd.jwt.payload, 'iss'));
  if (iss === null) throw malformed('no iss');
  const issuer = issuerKey(iss);
  if (!issuer) throw malformed('iss is not a Mappe office key');
  verifyJws(sd.jwt, issuer);
  const claims = resolveClaims(sd);
  const vct = asStr(get(claims, 'vct'));
  if (vct === null) throw malformed('no vct');
  const kind = Object.keys(KINDS).find((k) => KINDS[k].vct === vct);
  if (!kind) throw new AttestError('unknown_type', `unknown kind of attestation: ${vct}`);
  const jwk = get(get(claims, 'cnf'), 'jwk');
  const x = get(jwk, 'kty') === 'OKP' && get(jwk, 'crv') === 'Ed25519' ? asStr(get(jwk, 'x')) : null;
  const holder = x === null ? null : b64urlDecode(x);
  if (!holder || holder.length !== 32) throw malformed('cnf is not an Ed25519 key');
  const issuedAt = asU64(get(claims, 'iat'));
  const expiresAt = asU64(get(claims, 'exp'));
  if (issuedAt === null || expiresAt === null) throw malformed('iat and exp are required');
  const status = statusRef(get(claims, 'status'));
  const names = KINDS[kind].claims;
  const facts = {};
  for (const d of sd.disclosures) {
    // Only claims of this kind are facts; anything else is refused, not ignored, so nothing is
    // shown that the verdict did not cover.
    if (d.name !== null && names.includes(d.name)) put(facts, d.name, d.value);
    else throw disclosureError('a disclosure that is not a claim of this kind');
  }
  return { kind, issuer: toHex(issuer), issuerKey: issuer, holder: toHex(holder), issuedAt, expiresAt, claims: facts, status };
}

/** The key-binding JWT (RFC 9901 §7.3): typ, holder signature, sd_hash, nonce, aud; its `iat`. */
function verifyKeyBinding(sd, holderKey, nonce, aud) {
  if (sd.kbText === null) throw keyBindingError('no key-binding JWT');
  const kb = parseJws(sd.kbText);
  if (typOf(kb) !== KB_TYP) throw keyBindingError("the key-binding JWT's typ is not kb+jwt");
  try {
    verifyJws(kb, holderKey);
  } catch {
    throw keyBindingError("not signed by the holder's key");
  }
  const s = (k) => asStr(get(kb.payload, k));
  const sdHash = s('sd_hash');
  if (sdHash === null || !equalText(sdHash, digest(issuedPart(sd)))) {
    throw keyBindingError('sd_hash does not match the presented disclosures');
  }
  if (s('nonce') !== nonce) throw keyBindingError('made for another share (nonce)');
  if (s('aud') !== aud) throw keyBindingError('made for another receiver (aud)');
  const iat = asU64(get(kb.payload, 'iat'));
  if (iat === null) throw keyBindingError('no iat');
  return iat;
}

// ---- trust list ---------------------------------------------------------------------------

/**
 * Checks a trust list token against the pinned key (trust.rs `TrustList::verify`) and reads it:
 * `{v, publisher, iat, agencies: [{name, kind, ed25519}]}`. Throws an AttestError.
 */
export function verifyTrustList(token, pinned) {
  if (typeof token !== 'string') throw trustListError('not a signed trust list');
  if (byteLength(token) > MAX_TRUST_LIST) throw trustListError('larger than 1 MiB');
  let jws;
  try {
    jws = parseJws(token.trim());
  } catch {
    throw trustListError('not a signed trust list');
  }
  if (typOf(jws) !== TRUST_LIST_TYP) throw trustListError('not a trust list (typ)');
  try {
    verifyJws(jws, pinned);
  } catch {
    throw trustListError('not signed by the pinned key');
  }
  const p = jws.payload;
  const agencies = get(p, 'agencies');
  const shapeOk =
    asU64(get(p, 'v')) !== null &&
    p.v <= 255 &&
    asStr(get(p, 'publisher')) !== null &&
    asU64(get(p, 'iat')) !== null &&
    Array.isArray(agencies) &&
    agencies.every((a) => ['name', 'kind', 'ed25519'].every((k) => asStr(get(a, k)) !== null));
  if (!shapeOk) throw trustListError('not the expected JSON');
  if (p.v !== 1) throw trustListError('a newer format than this build reads');
  if (agencies.length > MAX_AGENCIES) throw trustListError('too many offices');
  return {
    v: 1,
    publisher: p.publisher,
    iat: p.iat,
    agencies: agencies.map((a) => ({ name: a.name, kind: a.kind, ed25519: a.ed25519 })),
  };
}

/** The office with this key (hex) on a verified list, if listed. */
function findAgency(list, issuerHex) {
  return list?.agencies.find((a) => a.ed25519.toLowerCase() === issuerHex) ?? null;
}

// ---- status list --------------------------------------------------------------------------

/** zlib (RFC 1950) inflate with a cap on the output; throws when not zlib or too long. */
async function inflate(compressed, cap) {
  const stream = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('deflate'));
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    chunks.push(value);
    if (total > cap) {
      await reader.cancel().catch(() => {});
      return null; // too long
    }
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * Checks a status list token (status.rs `StatusList::verify`): signed by `issuer`, for `uri`
 * (when given), readable. Gives `{uri, iat, bits}`; throws an AttestError.
 */
export async function verifyStatusList(token, issuer, uri) {
  if (typeof token !== 'string') throw statusListError('not a signed status list');
  if (byteLength(token) > MAX_STATUS_TOKEN) throw statusListError('larger than 256 KiB');
  let jws;
  try {
    jws = parseJws(token.trim());
  } catch {
    throw statusListError('not a signed status list');
  }
  if (typOf(jws) !== STATUS_LIST_TYP) throw statusListError('not a status list (typ)');
  try {
    verifyJws(jws, issuer);
  } catch {
    throw statusListError('not signed by the issuing office');
  }
  const sub = asStr(get(jws.payload, 'sub'));
  if (sub === null) throw statusListError('no sub');
  if (uri !== null && uri !== undefined && uri !== sub) throw statusListError('a list for another address');
  const iat = asU64(get(jws.payload, 'iat'));
  if (iat === null) throw statusListError('no iat');
  if (!has(jws.payload, 'status_list')) throw statusListError('no status_list');
  const list = jws.payload.status_list;
  if (asU64(get(list, 'bits')) !== 1) throw statusListError('only one bit per attestation is read');
  const lst = asStr(get(list, 'lst'));
  if (lst === null) throw statusListError('no lst');
  const compressed = b64urlDecode(lst);
  if (!compressed) throw statusListError('lst is not base64url');
  let bits;
  try {
    bits = await inflate(compressed, MAX_BITS_BYTES);
  } catch {
    throw statusListError('lst is not zlib');
  }
  if (bits === null) throw statusListError('the list is too long');
  return { uri: sub, iat, bits };
}

/** Whether attestation `idx` is withdrawn; null when the list does not reach it. */
export function isWithdrawn(list, idx) {
  const byte = Math.floor(idx / 8);
  if (byte >= list.bits.length) return null;
  return ((list.bits[byte] >> idx % 8) & 1) === 1;
}

// ---- the verdict --------------------------------------------------------------------------

/** The status list URLs to fetch before judging these presentations (sorted, no repeats). */
export function statusUris(presentations) {
  const out = new Set();
  for (const p of presentations) {
    try {
      const ref = statusRef(get(parseSdJwt(p).jwt.payload, 'status'));
      if (ref) out.add(ref.uri);
    } catch {
      // judged invalid later
    }
  }
  return [...out].sort();
}

function invalid(e) {
  return { standing: 'invalid', reason: e.code, message: e.message, claims: {} };
}

/**
 * Judges one presented attestation, as wallet-core's `verify_presentation`.
 *
 * @param {string} text `<issuer JWT>~<disclosures>~<KB-JWT>`
 * @param {{holder: Uint8Array, shareId: string, aud: string, now: number,
 *          trust: object|null, statuses: Map<string,string>|Record<string,string>}} ctx
 *   `holder`: the share's holder key (from the holder-signed manifest); `aud`: audienceForShare
 *   or audienceForAgency; `trust`: a list from verifyTrustList, or null; `statuses`: status list
 *   tokens as fetched, by URL.
 * @returns {Promise<object>} the verdict (`standing`, for invalid `reason` and `message`,
 *   otherwise `kind`, `issuer`, `issuer_name` (trust list only), `issued_at`, `expires_at`,
 *   `claims`, `status_as_of`)
 */
export async function verifyPresentation(text, ctx) {
  let sd;
  let held;
  try {
    sd = parseSdJwt(text);
    held = check(sd);
    if (held.holder !== toHex(ctx.holder)) {
      throw new AttestError('other_holder', "this attestation was issued to another person's key");
    }
    const iat = verifyKeyBinding(sd, ctx.holder, ctx.shareId, ctx.aud);
    if (iat > ctx.now + KB_FUTURE_SKEW) throw keyBindingError('made in the future');
  } catch (e) {
    if (e instanceof AttestError) return invalid(e);
    return invalid(malformed('unreadable'));
  }
  const listed = findAgency(ctx.trust, held.issuer);
  const verdict = { standing: 'confirmed', kind: held.kind };
  if (listed) verdict.issuer_name = listed.name;
  verdict.issuer = held.issuer;
  verdict.issued_at = held.issuedAt;
  verdict.expires_at = held.expiresAt;
  verdict.claims = held.claims;

  let status = null; // {asOf, withdrawn}: asOf null and withdrawn null when no list could be read
  if (held.status) {
    const statuses = ctx.statuses instanceof Map ? ctx.statuses : new Map(Object.entries(ctx.statuses ?? {}));
    const token = statuses.get(held.status.uri);
    let list = null;
    if (typeof token === 'string') {
      try {
        list = await verifyStatusList(token, held.issuerKey, held.status.uri);
      } catch {
        list = null;
      }
    }
    status = { asOf: list ? list.iat : null, withdrawn: list ? isWithdrawn(list, held.status.idx) : null };
    if (status.asOf !== null) verdict.status_as_of = status.asOf;
  }
  const now = ctx.now;
  if (now >= held.expiresAt || now + KB_FUTURE_SKEW < held.issuedAt) verdict.standing = 'expired';
  else if (status && status.withdrawn === true) verdict.standing = 'withdrawn';
  else if (!listed) verdict.standing = 'untrusted_issuer';
  else if (!status || status.withdrawn === null) verdict.standing = 'status_unknown';
  else verdict.standing = 'confirmed';
  return verdict;
}

/** The last day (UTC, `YYYY-MM-DD`) on which something that ends at `expiresAt` still holds. */
export function lastValidDate(expiresAt) {
  return new Date(Math.max(0, expiresAt - 1) * 1000).toISOString().slice(0, 10);
}
