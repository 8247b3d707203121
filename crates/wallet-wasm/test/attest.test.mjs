// Attestations through the wasm core (docs/wasm-api.md "Attestations"): the office desk issues,
// the phone app keeps it with the paper, the consent preview names the confirmed facts, the desk
// withdraws; someone else's wallet cannot keep it.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { core, mappeError } from './load.mjs';

const now = () => Math.floor(Date.now() / 1000);
const person = core.createWallet('Person-Passphrase 2026').wallet;
const paper = person.addItem('residence', { kind: 'aufenthaltserlaubnis', number: 'Y7F3K9L2M', valid_until: '2027-12-31' });
const office = core.createOffice('Ausländerbehörde Musterstadt', 'auslaenderbehoerde', 'Büro-Passphrase 2026').office;

const request = (over = {}) => ({
  kind: 'residence',
  holder: person.publicKey(),
  claims: { kind: 'aufenthaltserlaubnis', number: 'Y7F3K9L2M', valid_until: '31.12.2027', work_permitted: 'ja' },
  expiresAt: now() + 365 * 86400,
  relay: 'https://relay.example.org',
  ...over,
});

test('issued by the desk, kept by the person, named in the consent preview, withdrawn by the desk', () => {
  const issued = office.attest(request(), null, now());
  assert.equal(issued.number, 0);
  assert.equal(issued.statusUrl, `https://relay.example.org/v1/status/${JSON.parse(office.card()).ed25519}`);
  assert.match(issued.sdJwt, /^eyJ[^~]+~([A-Za-z0-9_-]+~){4}$/);
  const second = office.attest(request(), issued.registry, now());
  assert.equal(second.number, 1, 'numbers come from the registry');

  const kept = person.importAttestation(issued.sdJwt, `residence/${paper.slice(0, 6)}`, now());
  assert.equal(kept.entry, `residence/${paper}`);
  assert.equal(kept.issuerName, 'Ausländerbehörde Musterstadt');
  assert.deepEqual(kept.claims, { kind: 'aufenthaltserlaubnis', number: 'Y7F3K9L2M', valid_until: '2027-12-31', work_permitted: true });
  assert.deepEqual(person.attestations(now()).map((a) => a.entry), [`residence/${paper}`]);

  const preview = person.sharePreview(
    { fields: ['profile.family_name'], expiresAt: now() + 86400, lang: 'de', attest: [{ item: `residence/${paper}`, claims: ['valid_until'] }] },
    now(),
  );
  assert.match(preview.consentText, /Aufenthaltspapier von Ausländerbehörde Musterstadt: Gültig bis/);
  assert.equal(
    mappeError(() => person.sharePreview({ fields: ['profile.family_name'], expiresAt: now() + 86400, attest: [{ item: `residence/${paper}`, claims: ['legal_basis'] }] }, now())).code,
    'bad_input',
  );

  const withdrawn = office.withdraw(second.registry, 0, now());
  assert.equal(JSON.parse(withdrawn.registry).issued[0].withdrawn_at > 0, true);
  assert.ok(JSON.parse(withdrawn.registry).last_iat > JSON.parse(second.registry).last_iat, 'a newer list');
  assert.equal(mappeError(() => office.withdraw(second.registry, 9, now())).code, 'bad_input');
});

test('bad requests and someone else\'s attestation are refused with a code', () => {
  assert.equal(mappeError(() => office.attest(request({ kind: 'pet' }), null, now())).code, 'bad_input');
  assert.equal(mappeError(() => office.attest(request({ holder: 'ab' }), null, now())).code, 'bad_input');
  assert.equal(mappeError(() => office.attest(request({ claims: { number: '1' } }), null, now())).code, 'bad_input');
  assert.equal(mappeError(() => office.attest(request({ relay: null }), null, now())).code, 'bad_input');
  const other = core.createWallet('Other-Passphrase 2026').wallet;
  const theirs = other.addItem('residence', { kind: 'duldung' });
  const issued = office.attest(request(), null, now());
  const e = mappeError(() => other.importAttestation(issued.sdJwt, `residence/${theirs}`, now()));
  assert.equal(e.code, 'bad_input');
  assert.equal(e.detail, 'other_holder');
  const cert = person.addItem('certificates', { kind: 'language', title: 'Deutsch B1' });
  assert.equal(mappeError(() => person.importAttestation(issued.sdJwt, `certificates/${cert}`, now())).code, 'bad_input');
  const tampered = issued.sdJwt.replace(/~([A-Za-z0-9_-])/, (m, c) => `~${c === 'A' ? 'B' : 'A'}`);
  assert.notEqual(mappeError(() => person.importAttestation(tampered, `residence/${paper}`, now())).code, undefined);
});
