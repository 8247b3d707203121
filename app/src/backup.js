// The backup file (docs/app.md "Backup format"): one JSON object, version 1, every part already
// encrypted by the core. {"format":"mappe-backup/1","keystore":b64,"wallet":b64,
// "attachments":[[id,b64],...]}.
export const BACKUP_FORMAT = 'mappe-backup/1';
const MAX_ATTACHMENTS = 10000;

export function b64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function unb64(text) {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new Error('not base64');
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function encodeBackup({ keystore, wallet, attachments }) {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    keystore: b64(keystore),
    wallet: b64(wallet),
    attachments: attachments.map(([id, blob]) => [id, b64(blob)]),
  });
}

/** Parses a backup file's text; throws on anything but a complete version-1 backup. */
export function decodeBackup(text) {
  const v = JSON.parse(text);
  if (!v || typeof v !== 'object' || v.format !== BACKUP_FORMAT) throw new Error(`not ${BACKUP_FORMAT}`);
  if (!Array.isArray(v.attachments) || v.attachments.length > MAX_ATTACHMENTS) throw new Error('bad attachments');
  const attachments = v.attachments.map((pair) => {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || !/^[0-9a-z]{1,64}$/.test(pair[0])) {
      throw new Error('bad attachment entry');
    }
    return [pair[0], unb64(pair[1])];
  });
  const keystore = unb64(v.keystore);
  const wallet = unb64(v.wallet);
  if (!keystore.length || !wallet.length) throw new Error('empty part');
  return { keystore, wallet, attachments };
}
