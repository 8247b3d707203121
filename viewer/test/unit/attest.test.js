// Runs every presentation in test-vectors/attestation/ through the viewer's own verifier: the
// same verdict as wallet-core's `verify_presentation`, field for field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  AttestError,
  audienceForAgency,
  audienceForShare,
  isWithdrawn,
  lastValidDate,
  parseSdJwt,
  statusUris,
  verifyPresentation,
  verifyStatusList,
  verifyTrustList,
} from '../../src/attest.js';
import { b64urlDecode, b64urlEncode, fromHex } from '../../src/share.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test-vectors', 'attestation');
const vectors = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ file: f, v: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));

function contextOf(inputs) {
  let trust;
  try {
    trust = verifyTrustList(inputs.trust_list, fromHex(inputs.trust_key));
  } catch {
    trust = null;
  }
  return {
    holder: fromHex(inputs.holder),
    shareId: inputs.share_id,
    aud: inputs.aud,
    now: inputs.now,
    trust,
    statuses: inputs.status_lists ?? {},
  };
}

const FIELDS = ['standing', 'reason', 'issuer', 'issuer_name', 'claims', 'kind', 'issued_at', 'expires_at', 'status_as_of'];

test('every attestation vector is there (a missing file fails)', () => {
  assert.ok(vectors.length >= 11, `only ${vectors.length} vectors in ${dir}`);
  const names = vectors.map((x) => x.file);
  for (const n of ['confirmed.json', 'withdrawn.json', 'expired.json', 'untrusted-issuer.json', 'status-unknown.json',
    'altered-jwt.json', 'changed-fact.json', 'foreign-disclosure.json', 'other-holder.json', 'other-share.json',
    'other-audience.json']) {
    assert.ok(names.includes(n), `${n} missing`);
  }
});

for (const { file, v } of vectors) {
  test(`attestation vector ${file}: ${v.description}`, async () => {
    assert.equal(v.kind, 'mappe_attestation_presentation');
    const got = await verifyPresentation(v.inputs.presentation, contextOf(v.inputs));
    for (const f of FIELDS) assert.deepEqual(got[f], v.expected[f], `${file}: ${f}`);
    // Nothing beyond what Rust says either (message is checked for invalid ones too).
    for (const k of Object.keys(got)) assert.ok(k in v.expected, `${file}: extra field ${k}`);
    if (v.expected.standing === 'invalid') {
      assert.equal(got.message, v.expected.message, `${file}: message`);
      assert.deepEqual(got.claims, {});
    }
  });
}

const confirmed = vectors.find((x) => x.file === 'confirmed.json').v.inputs;

test('the trust list verifies only with its pinned key and says who is on it', () => {
  const list = verifyTrustList(confirmed.trust_list, fromHex(confirmed.trust_key));
  assert.equal(list.publisher, 'Stadt Musterstadt');
  assert.equal(list.agencies[0].name, 'Ausländerbehörde Musterstadt');
  const other = fromHex(confirmed.holder);
  assert.throws(() => verifyTrustList(confirmed.trust_list, other), (e) => e instanceof AttestError && e.code === 'bad_trust_list');
  assert.throws(() => verifyTrustList('x'.repeat(1024 * 1024 + 1), fromHex(confirmed.trust_key)), /larger than 1 MiB/);
  // A status list is not a trust list.
  const [uri, token] = Object.entries(confirmed.status_lists)[0];
  assert.throws(() => verifyTrustList(token, fromHex(confirmed.trust_key)), /typ/);
  assert.ok(uri.startsWith('https://'));
});

test('without a trust list every issuer is "not on your trust list", never confirmed', async () => {
  const got = await verifyPresentation(confirmed.presentation, { ...contextOf(confirmed), trust: null });
  assert.equal(got.standing, 'untrusted_issuer');
  assert.equal(got.issuer_name, undefined);
  assert.deepEqual(Object.keys(got.claims).sort(), ['kind', 'valid_until']);
});

test('without the status list a listed issuer is "status unknown"; a list for another address is not used', async () => {
  const ctx = contextOf(confirmed);
  const none = await verifyPresentation(confirmed.presentation, { ...ctx, statuses: {} });
  assert.equal(none.standing, 'status_unknown');
  assert.equal(none.status_as_of, undefined);
  const [uri, token] = Object.entries(confirmed.status_lists)[0];
  const moved = await verifyPresentation(confirmed.presentation, { ...ctx, statuses: { [`${uri}x`]: token } });
  assert.equal(moved.standing, 'status_unknown');
  await assert.rejects(verifyStatusList(token, fromHex(confirmed.holder), uri), /not signed by the issuing office/);
  await assert.rejects(verifyStatusList(token, fromHex(confirmed.holder).fill(0), `${uri}x`));
  const list = await verifyStatusList(token, fromHex(vectors.find((x) => x.file === 'confirmed.json').v.expected.issuer), uri);
  assert.equal(isWithdrawn(list, 0), false);
  assert.equal(isWithdrawn(list, 8 * list.bits.length), null);
  // A Map works as well as an object.
  const viaMap = await verifyPresentation(confirmed.presentation, { ...ctx, statuses: new Map([[uri, token]]) });
  assert.equal(viaMap.standing, 'confirmed');
});

test('status list bits: the draft example, least significant bit first', async () => {
  // draft-ietf-oauth-status-list §4.1: lst "eNrbuRgAAhcBXQ" = 1,0,0,1,1,1,0,1, 1,1,0,0,0,1,0,1.
  const bits = new Uint8Array(
    await new Response(new Blob([b64urlDecode('eNrbuRgAAhcBXQ')]).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer(),
  );
  const expect = [1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1];
  expect.forEach((e, i) => assert.equal(isWithdrawn({ bits }, i), e === 1, `index ${i}`));
});

test('a presentation without key binding, or judged for another share or audience, is invalid', async () => {
  const ctx = contextOf(confirmed);
  const issued = confirmed.presentation.slice(0, confirmed.presentation.lastIndexOf('~') + 1);
  const noKb = await verifyPresentation(issued, ctx);
  assert.equal(noKb.standing, 'invalid');
  assert.equal(noKb.reason, 'bad_key_binding');
  assert.deepEqual(noKb.claims, {});
  const addressed = await verifyPresentation(confirmed.presentation, { ...ctx, aud: audienceForAgency('AB'.repeat(32)) });
  assert.equal(addressed.reason, 'bad_key_binding');
  assert.equal(audienceForShare(confirmed.share_id), confirmed.aud);
  const future = await verifyPresentation(confirmed.presentation, { ...ctx, now: 1790000000 - 301 });
  assert.equal(future.reason, 'bad_key_binding');
  assert.match(future.message, /made in the future/);
  const garbage = await verifyPresentation('not an sd-jwt', ctx);
  assert.equal(garbage.reason, 'malformed');
  const huge = await verifyPresentation(`${'a'.repeat(64 * 1024)}~`, ctx);
  assert.equal(huge.reason, 'too_large');
});

test('a disclosure sent twice, dropped after binding or re-encoded is refused', async () => {
  const ctx = contextOf(confirmed);
  const sd = parseSdJwt(confirmed.presentation);
  const kb = confirmed.presentation.slice(confirmed.presentation.lastIndexOf('~') + 1);
  const twice = `${sd.jwtText}~${sd.disclosures[0].encoded}~${sd.disclosures[0].encoded}~${kb}`;
  assert.equal((await verifyPresentation(twice, ctx)).reason, 'bad_disclosure');
  // One disclosure left out after binding: the key binding's sd_hash no longer matches.
  const dropped = `${sd.jwtText}~${sd.disclosures[0].encoded}~${kb}`;
  assert.equal((await verifyPresentation(dropped, ctx)).reason, 'bad_key_binding');
  // A disclosure re-encoded (same JSON, other bytes) is not the signed digest.
  const json = new TextDecoder().decode(b64urlDecode(sd.disclosures[0].encoded));
  const spaced = b64urlEncode(new TextEncoder().encode(json.replace(',', ', ')));
  const reencoded = `${sd.jwtText}~${spaced}~${sd.disclosures[1].encoded}~${kb}`;
  assert.equal((await verifyPresentation(reencoded, ctx)).reason, 'bad_disclosure');
});

test('status list URLs to fetch, sorted and once each', () => {
  const uri = Object.keys(confirmed.status_lists)[0];
  assert.deepEqual(statusUris([confirmed.presentation, confirmed.presentation, 'junk']), [uri]);
});

test('the last valid day of an expiry', () => {
  assert.equal(lastValidDate(Date.UTC(2027, 0, 11) / 1000), '2027-01-10');
  assert.equal(lastValidDate(Date.UTC(2027, 0, 11) / 1000 + 1), '2027-01-11');
});
