// The unlocked office of this tab, the sitting and opening shares (docs/office.md).
//
// A sitting is one tab's work between unlocking and "End sitting": its id lives in
// sessionStorage (so it survives a reload of the tab, not a new tab), and what was opened in it
// is kept in IndexedDB sealed under the office key, so a reload or a second look at the same
// share shows it again without using up another of the share's opens.
import { loadCore, relayFetch, now } from '../core.js';
import { appError } from '../ui.js';
import * as store from './db.js';

const SITTING = 'mappe-office-sitting';
export const IDLE_MS = 15 * 60 * 1000;

export const session = {
  office: null, // the core's Office
  info: null, // { name, kind, fingerprint, card }
  sitting: null,
  onLock: () => {},
  timer: 0,
};

export const host = { fetch: relayFetch };

/** Starts (or, after a reload, continues) the sitting of this tab with an unlocked `office`. */
export async function unlocked(office, info) {
  session.office = office;
  session.info = info;
  let id = sessionStorage.getItem(SITTING);
  if (!id) {
    id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    sessionStorage.setItem(SITTING, id);
  }
  session.sitting = id;
  // What other sittings (other tabs that ended, earlier days) left behind is deleted.
  await store.clearSittings(id).catch((err) => console.warn('sitting cache', err));
  touch();
}

/** Ends the sitting: frees the key, forgets everything shown in it. */
export async function lock(reason) {
  clearTimeout(session.timer);
  try {
    session.office?.free();
  } catch {
    // already freed
  }
  session.office = null;
  session.info = null;
  session.sitting = null;
  sessionStorage.removeItem(SITTING);
  await store.clearSittings(null).catch((err) => console.warn('sitting cache', err));
  session.onLock(reason);
}

export function touch() {
  clearTimeout(session.timer);
  if (session.office) session.timer = setTimeout(() => lock('idle'), IDLE_MS);
}
for (const ev of ['pointerdown', 'keydown', 'input']) addEventListener(ev, touch, { passive: true, capture: true });

/** The share id of a share link (https://host/s/ID or …#key); throws `not-a-link`. */
export function shareIdOf(link) {
  let u;
  try {
    u = new URL(String(link).trim());
  } catch {
    throw appError('not-a-link');
  }
  const m = /^\/s\/([A-Za-z0-9_-]{22})$/.exec(u.pathname);
  if (!m || !/^https?:$/.test(u.protocol)) throw appError('not-a-link');
  return m[1];
}

// The sitting cache entry: a 4-byte big-endian length, the JSON of the view, the trust problem
// and the scans' descriptions, then the scans' bytes one after another.
function pack(view, trustProblem, scans) {
  const head = new TextEncoder().encode(JSON.stringify({ view, trustProblem, scans: scans.map(({ bytes, ...rest }) => ({ ...rest, length: bytes.length })) }));
  const total = 4 + head.length + scans.reduce((n, s) => n + s.bytes.length, 0);
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, head.length);
  out.set(head, 4);
  let at = 4 + head.length;
  for (const s of scans) {
    out.set(s.bytes, at);
    at += s.bytes.length;
  }
  return out;
}

function unpack(bytes) {
  const len = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  const { view, trustProblem = null, scans } = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + len)));
  let at = 4 + len;
  return {
    view,
    trustProblem,
    scans: scans.map(({ length, ...rest }) => {
      const b = bytes.slice(at, at + length);
      at += length;
      return { ...rest, bytes: b };
    }),
  };
}

/**
 * Opens the share at `link` as this office: from the sitting cache when it was opened in this
 * sitting already (unless `again`), else from the relay through the core (one open).
 * Returns { view, trustProblem, scans, fromSitting }.
 */
export async function openShare(link, { again = false } = {}) {
  const office = session.office;
  if (!office) throw appError('error-internal');
  const shareId = shareIdOf(link);
  const sitting = session.sitting;
  if (!again) {
    const sealed = await store.readSitting(sitting, shareId);
    if (sealed) {
      try {
        return { ...unpack(office.unseal('sitting', sealed)), fromSitting: true };
      } catch (err) {
        console.warn('sitting cache entry unreadable, fetching again', err && err.code);
      }
    }
  }
  const core = await loadCore();
  const seen = await store.readSeen(shareId);
  const trustKey = await relayKey();
  const opened = await openOp(core, office, link, seen, trustKey);
  if (session.office !== office) throw appError('error-internal'); // locked meanwhile
  // Without the relay's key no office is on the trust list: say why, like a list that failed.
  const trustProblem = opened.trustProblem ?? (trustKey ? null : 'the relay\'s key (/.well-known/mappe-relay.json) could not be fetched');
  await store.writeSeen(shareId, opened.seen);
  await store.writeSitting(sitting, shareId, office.seal('sitting', pack(opened.view, trustProblem, opened.scans)));
  return { view: opened.view, trustProblem, scans: opened.scans, fromSitting: false };
}

// The key the trust list of offices (the relay's /v1/directory) must be signed with: the key of
// the relay serving this page, from its own origin. Fetched once per page load; null when it
// cannot be had (then no office counts as on the trust list).
let relayKeyOnce = null;
function relayKey() {
  relayKeyOnce ??= fetch('/.well-known/mappe-relay.json', { cache: 'no-store', credentials: 'omit' })
    .then((res) => (res.ok ? res.json() : null))
    .then((doc) => (doc && typeof doc.key === 'string' && /^[0-9a-fA-F]{64}$/.test(doc.key) ? doc.key.toLowerCase() : null))
    .catch(() => null)
    .then((key) => {
      if (!key) relayKeyOnce = null; // try again next time
      return key;
    });
  return relayKeyOnce;
}

// The core's open operation (docs/wasm-api.md "Office").
function openOp(core, office, link, seen, trustKey) {
  return office.openOp(host, String(link).trim(), seen, now(), trustKey);
}
