// The office desk's core API (docs/wasm-api.md, "Office") against a real relay process on
// 127.0.0.1: a person's wallet shares to an office made here, the office opens it, sees what
// changed, and refuses an older revision; office files move between computers.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { core, mappeError, repo } from './load.mjs';

const bins = process.env.MAPPE_BIN_DIR || join(repo, 'target', 'debug');
const PASS = 'Büro-Passphrase 2026';
const now = () => Math.floor(Date.now() / 1000);
const tmp = mkdtempSync(join(tmpdir(), 'mappe-office-'));

const relay = await (async () => {
  const child = spawn(join(bins, 'mappe-relay'), ['--listen', '127.0.0.1:0', '--db', join(tmp, 'relay.sqlite')], {
    // The relay's rate limits have their own tests (crates/sync-relay/tests/limits.rs).
    env: { ...process.env, MAPPE_RELAY_SHARE_OPENS_PER_MINUTE: '0', MAPPE_RELAY_RATE_LIMIT_PER_MINUTE: '0' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`mappe-relay exited with ${code}`)));
  });
  const m = /^mappe-relay listening on (http:\/\/\S+)$/.exec(line);
  assert.ok(m, line);
  return { child, url: m[1] };
})();
after(() => {
  relay.child.kill();
  rmSync(tmp, { recursive: true, force: true });
});

/** The host the web apps give the core: fetch only, plus the wallet's files kept in memory. */
function host(rewrite = (r) => r) {
  const files = new Map();
  const h = {
    opens: 0,
    async fetch({ method, url, headers, body }) {
      if (method === 'GET' && /\/v1\/shares\/[^/]+$/.test(url)) h.opens++;
      const res = await fetch(url, { method, headers, body: body ?? undefined });
      return rewrite({ url, status: res.status, body: new Uint8Array(await res.arrayBuffer()) });
    },
    readAttachment: async (id) => files.get(id) ?? null,
    writeAttachment: async (id, bytes) => void files.set(id, bytes),
    saveWallet: async () => {},
  };
  return h;
}

const made = core.createOffice('Jobcenter Musterstadt', 'jobcenter', PASS);
const office = made.office;

test('an office made in the browser has a signed card, a recovery code and a keystore under its passphrase', () => {
  assert.equal(office.name(), 'Jobcenter Musterstadt');
  assert.equal(office.kind(), 'jobcenter');
  assert.deepEqual(core.parseAgencyCard(made.card), { name: 'Jobcenter Musterstadt', kind: 'jobcenter', fingerprint: office.fingerprint() });
  assert.equal(office.card(), made.card);
  assert.ok(!made.card.includes('\n'), 'compact: the QR text');
  assert.equal(core.checkRecoveryCode(made.recoveryCode), true);
  assert.ok(core.agencyKinds().includes('auslaenderbehoerde'));
  assert.equal(mappeError(() => core.unlockOffice(made.keystore, made.card, 'wrong')).code, 'wrong_passphrase');
  assert.equal(core.unlockOffice(made.keystore, made.card, PASS).fingerprint(), office.fingerprint());
  assert.equal(mappeError(() => core.createOffice('', 'jobcenter', PASS)).code, 'bad_input');
  assert.equal(mappeError(() => core.createOffice('X', 'embassy', PASS)).code, 'bad_input');
});

test('office files: the export and the two files of an agency folder read back; strangers are refused', () => {
  const exported = core.exportOffice(made.keystore, made.card);
  const text = new TextDecoder().decode(exported);
  assert.ok(text.includes('"office-export"') && !text.includes(PASS));
  const back = core.readOfficeFiles([{ name: 'office.mappe-office', bytes: exported }]);
  assert.deepEqual(back.keystore, made.keystore);
  assert.equal(back.fingerprint, office.fingerprint());
  const pair = core.readOfficeFiles([
    { name: 'agency.json', bytes: new TextEncoder().encode(made.card) },
    { name: 'keystore.mappe', bytes: made.keystore },
  ]);
  assert.equal(pair.card, made.card);
  const other = core.createOffice('Sozialamt', 'sozialamt', PASS);
  const e = mappeError(() => core.readOfficeFiles([{ name: 'a', bytes: made.keystore }, { name: 'b', bytes: new TextEncoder().encode(other.card) }]));
  assert.equal(e.code, 'bad_input');
  assert.equal(e.detail, 'office_mismatch');
  assert.equal(mappeError(() => core.readOfficeFiles([{ name: 'x.png', bytes: new Uint8Array([137, 80, 78, 71]) }])).code, 'bad_input');
  assert.equal(mappeError(() => core.unlockOffice(made.keystore, other.card, PASS)).code, 'bad_input');
  other.office.free();
});

test('sealed records open only under their label and office', () => {
  const sealed = office.seal('sitting', new TextEncoder().encode('{"a":1}'));
  assert.equal(new TextDecoder().decode(office.unseal('sitting', sealed)), '{"a":1}');
  assert.equal(mappeError(() => office.unseal('other', sealed)).code, 'integrity');
  sealed[sealed.length - 1] ^= 1;
  assert.equal(mappeError(() => office.unseal('sitting', sealed)).code, 'integrity');
});

test('a share addressed to this office opens with its scan; the next open shows what changed; an older revision is refused', async () => {
  const person = core.createWallet('person pass');
  let wallet = person.wallet;
  const h = host();
  wallet.setProfile('family_name', 'Haddad');
  wallet.setProfile('given_names', 'Rana');
  const cert = wallet.addItem('certificates', { kind: 'language', title: 'Deutsch B1', cefr_level: 'B1' });
  const scan = new Uint8Array(300_000).map((_, i) => (i * 7) % 251);
  const att = wallet.addAttachment('certificates', cert, scan, 'b1.pdf', 'application/pdf');
  await h.writeAttachment(att.id, att.blob);
  const options = {
    relay: relay.url,
    fields: ['profile.family_name', 'profile.given_names', `certificates/${cert}/scan`],
    expiresAt: now() + 86_400,
    maxOpens: 5,
    live: true,
    lang: 'ar',
    purpose: 'Antrag auf Bürgergeld',
    audience: office.card(),
  };
  let r = await core.shareOp(wallet, h, options, now());
  wallet = r.wallet;
  const link = r.result.url;
  assert.ok(!link.includes('#'), 'an addressed link carries no key');

  const desk = host();
  const first = await office.openOp(desk, link, null, now());
  const v = first.view;
  assert.equal(v.verified, true);
  assert.equal(v.content.profile.family_name, 'Haddad');
  assert.equal(v.holder.fingerprint, wallet.fingerprint());
  assert.equal(v.audience.name, 'Jobcenter Musterstadt');
  assert.equal(v.office.fingerprint, office.fingerprint());
  assert.equal(v.purpose, 'Antrag auf Bürgergeld');
  assert.equal(v.consent.lang, 'ar');
  assert.equal(v.opens, 1);
  assert.equal(v.changes, null, 'the first open has nothing to compare with');
  assert.ok(Math.abs(v.retrieved_at - now()) < 5);
  assert.equal(first.scans.length, 1);
  assert.deepEqual(first.scans[0].bytes, scan);
  assert.equal(first.scans[0].sha256, createHash('sha256').update(scan).digest('hex'));
  assert.equal(desk.opens, 1);

  // The person corrects the name; the live share follows.
  wallet.setProfile('family_name', 'Al-Haddad');
  r = await core.syncOp(wallet, h, relay.url, null, now());
  wallet = r.wallet;
  let syncState = r.result.syncState;
  const second = await office.openOp(desk, link, first.seen, now());
  assert.equal(second.view.revision, first.view.revision + 1);
  assert.deepEqual(second.view.changes, {
    since_revision: first.view.revision,
    fields: [{ field: 'family name', from: 'Haddad', to: 'Al-Haddad' }],
  });

  // A relay replaying the first answer is refused: the office already saw a newer revision.
  let old = null;
  const recorder = host((res) => {
    if (/\/v1\/shares\/[^/]+$/.test(res.url)) old ??= res.body;
    return res;
  });
  await office.openOp(recorder, link, null, now()); // records the current answer
  wallet.setProfile('given_names', 'Rana M.');
  r = await core.syncOp(wallet, h, relay.url, syncState, now());
  wallet = r.wallet;
  const third = await office.openOp(desk, link, second.seen, now());
  const replay = host((res) => (/\/v1\/shares\/[^/]+$/.test(res.url) ? { ...res, body: old } : res));
  const e = await office.openOp(replay, link, third.seen, now()).then(() => null, (err) => err);
  assert.equal(e?.code, 'older_revision', String(e));

  // Another office cannot open it.
  const other = core.createOffice('Sozialamt Nebenan', 'sozialamt', PASS);
  const refused = await other.office.openOp(host(), link, null, now()).then(() => null, (err) => err);
  assert.equal(refused?.code, 'not_for_this_office', String(refused));
  other.office.free();
  wallet.free();
});
