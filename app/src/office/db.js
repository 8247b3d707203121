// The office desk's IndexedDB (database `mappe-office`, docs/office.md "Storage"). Only bytes the
// core made or sealed under the office key are stored: the keystore (locked by the passphrase),
// the public card, what this office saw of each share (`seen`, sealed by the core) and the
// sitting cache (sealed with office.seal), and the registry of the confirmations this office
// issued (sealed with office.seal, by the office key's fingerprint). No plaintext about a person.
import { openDB } from 'idb';

export const DB_NAME = 'mappe-office';
const STORES = ['office', 'seen', 'sitting', 'settings', 'registry'];
const KEY = 'current';
let dbp;

function db() {
  dbp ??= openDB(DB_NAME, 2, {
    upgrade(d) {
      for (const name of STORES) if (!d.objectStoreNames.contains(name)) d.createObjectStore(name);
    },
  });
  return dbp;
}

const bytes = (v) => (v instanceof Uint8Array ? v : v ? new Uint8Array(v) : v);

/** { keystore: Uint8Array, card: string, name, kind, fingerprint } or undefined. */
export async function readOffice() {
  const o = await (await db()).get('office', KEY);
  return o ? { ...o, keystore: bytes(o.keystore) } : undefined;
}

/** Stores a (new or imported) office key; forgets what another key saw and the sitting cache. */
export async function storeOffice(office) {
  const d = await db();
  const tx = d.transaction(['office', 'seen', 'sitting'], 'readwrite');
  await Promise.all([tx.objectStore('seen').clear(), tx.objectStore('sitting').clear(), tx.objectStore('office').put(office, KEY), tx.done]);
}

/** Removes the office key and everything it saw from this browser. */
export async function forgetOffice() {
  const d = await db();
  const tx = d.transaction(['office', 'seen', 'sitting'], 'readwrite');
  await Promise.all([tx.objectStore('seen').clear(), tx.objectStore('sitting').clear(), tx.objectStore('office').delete(KEY), tx.done]);
}

export async function readSeen(shareId) {
  return bytes(await (await db()).get('seen', shareId)) ?? null;
}
export async function writeSeen(shareId, seen) {
  await (await db()).put('seen', seen, shareId);
}

const sittingKey = (sitting, shareId) => `${sitting}/${shareId}`;

export async function readSitting(sitting, shareId) {
  return bytes(await (await db()).get('sitting', sittingKey(sitting, shareId))) ?? null;
}
export async function writeSitting(sitting, shareId, sealed) {
  await (await db()).put('sitting', sealed, sittingKey(sitting, shareId));
}

/** Deletes the sitting cache of every sitting but `keep` (null: all of them). */
export async function clearSittings(keep = null) {
  const d = await db();
  const tx = d.transaction('sitting', 'readwrite');
  const store = tx.objectStore('sitting');
  for (const key of await store.getAllKeys()) if (!keep || !String(key).startsWith(`${keep}/`)) await store.delete(key);
  await tx.done;
}

// The registry of issued confirmations (the core's `registry` string, sealed). Kept per office
// key and not removed with the key: a key imported again must go on numbering where it stopped.
export async function readRegistry(fingerprint) {
  return bytes(await (await db()).get('registry', fingerprint)) ?? null;
}
export async function writeRegistry(fingerprint, sealed) {
  await (await db()).put('registry', sealed, fingerprint);
}

export async function getSetting(name) {
  return (await db()).get('settings', name);
}
export async function setSetting(name, value) {
  await (await db()).put('settings', value, name);
}
