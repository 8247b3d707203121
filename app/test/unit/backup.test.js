// The backup container (src/backup.js, docs/app.md "Backup format").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeBackup, decodeBackup, BACKUP_FORMAT } from '../../src/backup.js';

const parts = () => ({
  keystore: new Uint8Array([0x4d, 0x41, 0x50, 1, 2, 3]),
  wallet: new Uint8Array(100_000).map((_, i) => i & 0xff),
  attachments: [['66prz2ch', new Uint8Array([9, 8, 7])]],
});

test('a backup round-trips byte for byte', () => {
  const text = encodeBackup(parts());
  assert.equal(JSON.parse(text).format, BACKUP_FORMAT);
  const back = decodeBackup(text);
  assert.deepEqual(back.keystore, parts().keystore);
  assert.deepEqual(back.wallet, parts().wallet);
  assert.deepEqual(back.attachments, parts().attachments);
});

test('anything else is refused', () => {
  const good = JSON.parse(encodeBackup(parts()));
  const bad = [
    'not json',
    '{}',
    JSON.stringify({ ...good, format: 'mappe-backup/2' }),
    JSON.stringify({ ...good, keystore: '' }),
    JSON.stringify({ ...good, wallet: '*&^' }),
    JSON.stringify({ ...good, attachments: [['../x', 'AA==']] }),
    JSON.stringify({ ...good, attachments: [['ok', 'AA==', 'extra']] }),
    JSON.stringify({ ...good, attachments: null }),
  ];
  for (const text of bad) assert.throws(() => decodeBackup(text), text.slice(0, 40));
});
