// IndexedDB through idb (docs/app.md "Storage"). Everything about the person is stored only as
// the wallet-v1 bytes the core makes (keystore, wallet file, encrypted attachment files).
import { openDB } from 'idb';

export const DB_NAME = 'mappe';
export const STORES = ['keystore', 'wallet', 'attachments', 'sync', 'settings'];
const KEY = 'current';
let dbp;

export function db() {
  dbp ??= openDB(DB_NAME, 1, {
    upgrade(d) {
      for (const name of STORES) if (!d.objectStoreNames.contains(name)) d.createObjectStore(name);
    },
  });
  return dbp;
}

const bytes = (v) => (v instanceof Uint8Array ? v : v ? new Uint8Array(v) : v);

export async function readKeystore() {
  return bytes(await (await db()).get('keystore', KEY));
}
export async function readWalletFile() {
  return bytes(await (await db()).get('wallet', KEY));
}
export async function readAttachment(id) {
  return bytes(await (await db()).get('attachments', id)) ?? null;
}
export async function writeAttachment(id, blob) {
  await (await db()).put('attachments', blob, id);
}
export async function getSetting(name) {
  return (await db()).get('settings', name);
}
export async function setSetting(name, value) {
  await (await db()).put('settings', value, name);
}
export async function getSync() {
  return (await db()).get('sync', KEY);
}
export async function setSync(value) {
  await (await db()).put('sync', value, KEY);
}

/** A new wallet (create or recover): keystore and wallet file in one transaction. */
export async function storeNewWallet(keystore, walletFile) {
  const d = await db();
  const tx = d.transaction(['keystore', 'wallet', 'attachments', 'sync'], 'readwrite');
  await Promise.all([
    tx.objectStore('attachments').clear(),
    tx.objectStore('sync').clear(),
    tx.objectStore('keystore').put(keystore, KEY),
    tx.objectStore('wallet').put(walletFile, KEY),
    tx.done,
  ]);
}

/**
 * Saves the unlocked wallet: under the Web Lock 'mappe-wallet', merges what is stored (another
 * tab's edits) into it, then writes the new bytes and any attachment changes in one transaction,
 * so a reload mid-save leaves the old bytes or the new ones, never a mix.
 */
export async function saveWallet(wallet, { put = [], remove = [] } = {}) {
  const d = await db();
  await navigator.locks.request('mappe-wallet', async () => {
    const stored = bytes(await d.get('wallet', KEY));
    if (stored) wallet.merge(stored);
    const file = wallet.save();
    const tx = d.transaction(['wallet', 'attachments'], 'readwrite');
    const ops = [tx.objectStore('wallet').put(file, KEY)];
    for (const [id, blob] of put) ops.push(tx.objectStore('attachments').put(blob, id));
    for (const id of remove) ops.push(tx.objectStore('attachments').delete(id));
    await Promise.all([...ops, tx.done]);
  });
}

/** Stores wallet bytes the core sealed during a relay operation (it merged the stored ones first). */
export async function putWalletFile(file) {
  const d = await db();
  await navigator.locks.request('mappe-wallet', async () => {
    await d.put('wallet', file, KEY);
  });
}

/** Everything needed for a backup (all of it encrypted already). */
export async function readAll() {
  const d = await db();
  const tx = d.transaction(['keystore', 'wallet', 'attachments'], 'readonly');
  const att = tx.objectStore('attachments');
  const [keystore, wallet, keys, values] = await Promise.all([
    tx.objectStore('keystore').get(KEY),
    tx.objectStore('wallet').get(KEY),
    att.getAllKeys(),
    att.getAll(),
  ]);
  await tx.done;
  return { keystore: bytes(keystore), wallet: bytes(wallet), attachments: keys.map((k, i) => [k, bytes(values[i])]) };
}

/** Replaces the stored wallet with a backup's parts, in one transaction. */
export async function replaceAll({ keystore, wallet, attachments }) {
  const d = await db();
  const tx = d.transaction(['keystore', 'wallet', 'attachments', 'sync'], 'readwrite');
  const ops = [
    tx.objectStore('attachments').clear(),
    tx.objectStore('sync').clear(),
    tx.objectStore('keystore').put(keystore, KEY),
    tx.objectStore('wallet').put(wallet, KEY),
  ];
  for (const [id, blob] of attachments) ops.push(tx.objectStore('attachments').put(blob, id));
  await Promise.all([...ops, tx.done]);
}
