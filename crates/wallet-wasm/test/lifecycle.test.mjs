// The wallet lifecycle through the WebAssembly build, as the phone app drives it: create, save,
// unlock (wrong and right passphrase), edit, save and merge two copies, damage, attachments,
// recovery, share choices and preview. Argon2id runs with the keystore's real parameters (46 MiB).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';

import { core, mappeError, wasm } from './load.mjs';

const NOW = 1_795_564_800; // 2026-11-25
const PASS = 'Grüße aus Köln, 2026';
const flip = (bytes, at) => {
  const copy = bytes.slice();
  copy[at] ^= 1;
  return copy;
};

// One real wallet for the tests that do not create their own (Argon2id costs ~0.1 s per unlock).
const made = core.createWallet(PASS);
const keystore = made.keystore;
const recoveryCode = made.recoveryCode;
const firstFile = made.wallet.save();
const fingerprint = made.wallet.fingerprint();
made.wallet.free();

test('create gives a keystore, a recovery code and an empty wallet', () => {
  assert.equal(keystore.length, 171);
  assert.equal(core.keystoreFingerprint(keystore), fingerprint);
  assert.match(fingerprint, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  assert.equal(core.checkRecoveryCode(recoveryCode), true);
  const w = core.unlockWallet(keystore, firstFile, PASS);
  const json = JSON.parse(w.json());
  w.free();
  assert.equal(json.format, 'mappe-wallet-json/1');
  assert.deepEqual([json.cv, json.certificates, json.residence, json.attachments], [[], [], [], []]);
  assert.equal(json.identity.fingerprint, fingerprint);
});

test('a wrong passphrase is wrong_passphrase, damage is integrity, junk is format', () => {
  assert.equal(mappeError(() => core.unlockWallet(keystore, firstFile, 'not the passphrase')).code, 'wrong_passphrase');
  const damagedKeystore = mappeError(() => core.unlockWallet(flip(keystore, 100), firstFile, PASS));
  assert.equal(damagedKeystore.code, 'integrity');
  const damagedFile = mappeError(() => core.unlockWallet(keystore, flip(firstFile, firstFile.length - 3), PASS));
  assert.equal(damagedFile.code, 'integrity');
  assert.equal(mappeError(() => core.keystoreFingerprint(new TextEncoder().encode('x'.repeat(171)))).code, 'format');
  assert.equal(mappeError(() => core.createWallet('')).code, 'bad_input');
});

test('edits survive save and unlock; an update keeps the id; bad input is refused', () => {
  const w = core.unlockWallet(keystore, firstFile, PASS);
  w.setProfile('family_name', 'Al-Khatib');
  w.setProfile('contact.email', 'rania@example.org');
  w.setAliases(['Al Khatib', 'Alkhatib']);
  w.setLanguages(['Arabic:native', 'Deutsch:B1']);
  const cv = w.addItem('cv', { kind: 'work', title: 'Maurer', from: '2015-03' });
  w.updateItem('cv', cv, { kind: 'work', title: 'Polier', from: '2015-03', place: 'Aleppo' });
  assert.equal(mappeError(() => w.setProfile('age', '30')).code, 'bad_input');
  assert.equal(mappeError(() => w.setProfile('birth_date', '31.12.1990')).code, 'bad_input');
  assert.equal(mappeError(() => w.setLanguages(['Deutsch:B3'])).code, 'bad_input');
  assert.equal(mappeError(() => w.addItem('cv', { kind: 'work' })).code, 'bad_input');
  assert.equal(mappeError(() => w.addItem('pets', { kind: 'work', title: 'x' })).code, 'bad_input');
  assert.equal(mappeError(() => w.updateItem('cv', 'zzzzzzzz', { kind: 'work', title: 'x' })).code, 'not_found');
  assert.equal(mappeError(() => w.removeItem('residence', 'zzzzzzzz')).code, 'not_found');
  w.setProfile('contact.email', null);
  const file = w.save();
  w.free();

  const again = core.unlockWallet(keystore, file, PASS);
  const json = JSON.parse(again.json());
  again.free();
  assert.equal(json.profile.family_name, 'Al-Khatib');
  assert.equal(json.profile.contact.email, null);
  assert.deepEqual(json.profile.aliases, ['Al Khatib', 'Alkhatib']);
  assert.deepEqual(json.profile.languages.map((l) => `${l.language}:${l.level}`).sort(), ['Arabic:native', 'Deutsch:B1']);
  assert.equal(json.cv.length, 1);
  assert.deepEqual([json.cv[0].id, json.cv[0].title, json.cv[0].place], [cv, 'Polier', 'Aleppo']);
});

test('two copies edited apart keep both edits after save and merge', () => {
  const a = core.unlockWallet(keystore, firstFile, PASS);
  const b = core.unlockWallet(keystore, firstFile, PASS);
  a.setProfile('given_names', 'Rania');
  const cert = b.addItem('certificates', { kind: 'language', title: 'Deutsch B1', cefr_level: 'B1' });
  // Tab A saves first; tab B merges what is stored before its own save, as the app does.
  const stored = a.save();
  b.merge(stored);
  const merged = b.save();
  a.merge(merged);
  for (const w of [a, b]) {
    const json = JSON.parse(w.json());
    assert.equal(json.profile.given_names, 'Rania');
    assert.deepEqual(json.certificates.map((c) => c.id), [cert]);
  }
  assert.equal(mappeError(() => a.merge(flip(merged, 70))).code, 'integrity');
  // Another person's wallet file does not open with this wallet's key.
  const other = core.createWallet('someone else');
  assert.equal(mappeError(() => a.merge(other.wallet.save())).code, 'integrity');
  other.wallet.free();
  a.free();
  b.free();
  const reopened = core.unlockWallet(keystore, merged, PASS);
  assert.equal(JSON.parse(reopened.json()).profile.given_names, 'Rania');
  reopened.free();
});

test('an attachment round-trips and is checked against its SHA-256', () => {
  const w = core.unlockWallet(keystore, firstFile, PASS);
  const cert = w.addItem('certificates', { kind: 'language', title: 'Deutsch B1' });
  const scan = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 256);
  const { id, blob } = w.addAttachment('certificates', cert, scan, 'telc-b1.pdf', 'application/pdf');
  assert.ok(blob instanceof Uint8Array);
  assert.ok(blob.length > scan.length, 'the blob is the encrypted file, with header and tags');
  const json = JSON.parse(w.json());
  const record = json.attachments.find((a) => a.id === id);
  assert.equal(record.sha256, createHash('sha256').update(scan).digest('hex'));
  assert.equal(record.size, scan.length);
  assert.equal(json.certificates[0].attachment, id);
  assert.deepEqual(w.readAttachment(id, blob), scan);
  assert.equal(mappeError(() => w.readAttachment(id, flip(blob, 5000))).code, 'integrity');
  assert.equal(mappeError(() => w.readAttachment('zzzzzzzz', blob)).code, 'not_found');
  // The attachment survives save and unlock, and removing its entry hands back its id.
  const file = w.save();
  w.free();
  const again = core.unlockWallet(keystore, file, PASS);
  assert.deepEqual(again.readAttachment(id, blob), scan);
  assert.deepEqual(again.removeItem('certificates', cert), [id]);
  assert.deepEqual(JSON.parse(again.json()).attachments, []);
  again.free();
});

test('recovery from the code gives the same identity and a new keystore', () => {
  const { wallet, keystore: fresh } = core.recoverWallet(recoveryCode.toLowerCase(), 'a new passphrase');
  assert.equal(wallet.fingerprint(), fingerprint);
  const file = wallet.save();
  wallet.free();
  core.unlockWallet(fresh, file, 'a new passphrase').free();
  // The old wallet file opens with the recovered keys too (it is the same wallet).
  core.unlockWallet(fresh, firstFile, 'a new passphrase').free();
  const last = recoveryCode.at(-1) === 'A' ? 'B' : 'A';
  const mistyped = recoveryCode.slice(0, -1) + last;
  assert.equal(mappeError(() => core.recoverWallet(mistyped, 'x')).code, 'recovery_code');
  assert.equal(mappeError(() => core.checkRecoveryCode('1234')).detail, 'recovery_code_wrong_length');
});

test('share choices and the consent preview speak the holder\'s language', () => {
  const w = core.unlockWallet(keystore, firstFile, PASS);
  w.setProfile('family_name', 'Al-Khatib');
  const permit = w.addItem('residence', { kind: 'aufenthaltserlaubnis', valid_until: '2027-02-28' });
  const choices = w.fieldChoices('de', NOW);
  assert.deepEqual(choices.slice(0, 2).map((c) => [c.path, c.group]), [['profile', 'profile'], ['profile.family_name', 'profile']]);
  assert.match(choices[0].label, /^Ihr ganzes Profil/);
  assert.equal(choices[1].label, 'Familienname');
  assert.ok(choices.some((c) => c.path === 'residence/current'));
  assert.ok(choices.some((c) => c.path === `residence/${permit}` && c.group === 'residence'));
  assert.ok(!w.fieldChoices('de').some((c) => c.path === 'residence/current'), 'no date, no current paper');
  assert.equal(mappeError(() => w.fieldChoices('xx')).code, 'bad_input');

  const options = { fields: ['profile.family_name', 'residence/current'], expiresAt: NOW + 30 * 86400, maxOpens: 3, lang: 'en', live: false };
  const preview = w.sharePreview(options, NOW);
  assert.equal(preview.audienceFingerprint, null);
  assert.match(preview.consentText, /Family name/);
  // 30 days from midnight end at midnight: the last valid day is the day before.
  assert.match(preview.consentText, /Valid until: 2026-12-24/);
  assert.match(w.sharePreview({ ...options, lang: 'ar' }, NOW).consentText, /\u2068/);
  assert.equal(mappeError(() => w.sharePreview({ ...options, expiresAt: NOW + 400 * 86400 }, NOW)).code, 'bad_input');
  assert.equal(mappeError(() => w.sharePreview({ ...options, fields: ['cv/zzzz'] }, NOW)).code, 'not_found');
  assert.equal(mappeError(() => w.sharePreview(options, -1)).code, 'bad_input');
  assert.equal(mappeError(() => w.sharePreview({ ...options, audience: '{"v":1}' }, NOW)).code, 'bad_input');
  w.free();
});

test('QR codes and agency cards', () => {
  const svg = core.qrSvg('https://relay.example.org/s/AAAAAAAAAAAAAAAAAAAAAA#BBBB');
  assert.match(svg, /^<\?xml/);
  assert.match(svg, /<svg[^>]*>/);
  assert.equal(mappeError(() => core.qrSvg('x'.repeat(5000))).code, 'too_large');
  assert.equal(mappeError(() => core.parseAgencyCard('not json')).code, 'bad_input');
});

test('unlocking again reuses the memory Argon2id needed instead of growing it', () => {
  const before = wasm.memory.buffer.byteLength;
  for (let i = 0; i < 3; i++) core.unlockWallet(keystore, firstFile, PASS).free();
  const after = wasm.memory.buffer.byteLength;
  assert.ok(before >= 46 * 1024 * 1024, `memory ${before} is below Argon2id's 46 MiB`);
  assert.ok(after - before < 4 * 1024 * 1024, `memory grew from ${before} to ${after} over three unlocks`);
});
