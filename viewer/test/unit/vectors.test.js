// Runs every vector in test-vectors/share/, test-vectors/ed25519/ and
// test-vectors/wallet/attachment-*.json against the viewer's own code, so the browser and the
// Rust side agree byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '@noble/hashes/sha2.js';

import {
  DOMAIN,
  ShareError,
  b64urlDecode,
  b64urlEncode,
  decryptAttachment,
  fingerprint,
  fromHex,
  openAttachment,
  openShare,
  parseLink,
  toHex,
  verifyEd25519Strict,
  verifyStrict,
} from '../../src/share.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test-vectors');
const load = (dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, v: JSON.parse(readFileSync(join(root, dir, f), 'utf8')) }));

const shareVectors = load('share');
const walletVectors = load('wallet');
const ed25519Vectors = load('ed25519');
const enc = new TextEncoder();

function errorCode(fn) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ShareError, `not a ShareError: ${e}`);
    return e.code;
  }
  return null;
}

test('every share vector kind is known to this runner', () => {
  const kinds = new Set(shareVectors.map(({ v }) => v.kind));
  for (const k of kinds) {
    assert.ok(['share_open', 'share_seal', 'share_open_addressed', 'request_signature'].includes(k), k);
  }
  assert.ok(shareVectors.length >= 11, `only ${shareVectors.length} share vectors`);
});

for (const { file, v } of shareVectors.filter(({ v }) => v.kind === 'share_open')) {
  test(`share_open ${file}`, () => {
    const i = v.inputs;
    const run = () =>
      openShare(
        { id: i.share_id, key: fromHex(i.share_key), revision: i.revision, now: i.now },
        fromHex(i.ciphertext),
      );
    if (v.expected_error) {
      assert.equal(errorCode(run), v.expected_error);
    } else {
      const opened = run();
      assert.deepEqual(opened.manifest, v.expected.manifest);
      assert.equal(toHex(opened.holder), v.expected.holder);
    }
  });
}

for (const { file, v } of shareVectors.filter(({ v }) => v.kind === 'share_open_addressed')) {
  test(`share_open_addressed ${file}: a link without a key explains the office, opens nothing`, () => {
    const i = v.inputs;
    const code = errorCode(() =>
      openShare({ id: i.share_id, key: null, revision: i.revision, now: i.now }, fromHex(i.ciphertext)),
    );
    assert.equal(code, 'needs_agency_key');
    // And no stray key opens it: the share key is only in the wrapped form.
    const wrong = errorCode(() =>
      openShare(
        { id: i.share_id, key: new Uint8Array(32).fill(0x57), revision: i.revision, now: i.now },
        fromHex(i.ciphertext),
      ),
    );
    assert.equal(wrong, 'integrity');
  });
}

for (const { file, v } of shareVectors.filter(({ v }) => v.kind === 'share_seal')) {
  test(`share_seal ${file}: decrypts, verifies, and its link and owner signature check out`, () => {
    const i = v.inputs;
    const e = v.expected;
    const opened = openShare(
      { id: i.share_id, key: fromHex(i.share_key), revision: i.manifest.revision, now: i.now },
      fromHex(e.ciphertext),
    );
    assert.deepEqual(opened.manifest, i.manifest);
    assert.equal(fingerprint(opened.holder), e.holder_fingerprint);
    // The signed bytes are serde's field order of the Manifest struct.
    const m = i.manifest;
    const ordered = {
      v: m.v, share_id: m.share_id, holder: m.holder, audience: m.audience, fields: m.fields,
      purpose: m.purpose, consent: m.consent, created_at: m.created_at, expires_at: m.expires_at,
      max_opens: m.max_opens, revision: m.revision, live: m.live, content: m.content, attachments: m.attachments,
    };
    assert.equal(new TextDecoder().decode(opened.manifestBytes), JSON.stringify(ordered));
    // The link: /s/ID#KEY.
    const url = new URL(e.link);
    const link = parseLink(url.pathname, url.hash);
    assert.equal(link.id, i.share_id);
    assert.equal(toHex(link.key), i.share_key);
    // The owner message the relay checks, and its signature (domain share-owner).
    const ct = fromHex(e.ciphertext);
    const parts = [b64urlDecode(i.share_id)];
    const u32 = (n) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n, false); return b; };
    const u64 = (n) => { const b = new Uint8Array(8); new DataView(b.buffer).setBigUint64(0, BigInt(n), false); return b; };
    parts.push(u32(m.revision), u64(m.expires_at), u32(m.max_opens ?? 0), sha256(ct), new Uint8Array(32));
    parts.push(sha256(new Uint8Array(0)), u32(i.blobs.length));
    for (const b of i.blobs) parts.push(u64(b.size), fromHex(b.sha256));
    const msg = Uint8Array.from(parts.flatMap((p) => [...p]));
    assert.equal(toHex(msg), e.owner_message);
    assert.ok(verifyStrict(opened.holder, DOMAIN.shareOwner, msg, fromHex(e.owner_sig)));
    assert.ok(!verifyStrict(opened.holder, DOMAIN.shareManifest, msg, fromHex(e.owner_sig)));
  });
}

for (const { file, v } of shareVectors.filter(({ v }) => v.kind === 'request_signature')) {
  test(`request_signature ${file}: the request domain verifies, the manifest domain is refused`, () => {
    const i = v.inputs;
    const e = v.expected;
    const message = `${i.method}\n${i.path}\n${i.time}\n${i.nonce}\n${toHex(sha256(enc.encode(i.body)))}`;
    assert.equal(message, e.message);
    const key = b64urlDecode(e.key);
    const bytes = enc.encode(message);
    assert.ok(verifyStrict(key, DOMAIN.request, bytes, b64urlDecode(e.signature)));
    assert.ok(!verifyStrict(key, DOMAIN.request, bytes, b64urlDecode(e.manifest_domain_signature)));
    assert.ok(verifyStrict(key, DOMAIN.shareManifest, bytes, b64urlDecode(e.manifest_domain_signature)));
    assert.ok(!verifyStrict(key, DOMAIN.shareManifest, bytes, b64urlDecode(e.signature)));
  });
}

for (const { file, v } of walletVectors.filter(({ file }) => file.startsWith('attachment-'))) {
  test(`attachment ${file}`, () => {
    const key = fromHex(v.inputs.key);
    const data = fromHex(v.inputs.attachment_file);
    if (v.expected_error) {
      assert.equal(errorCode(() => decryptAttachment(key, data)), v.expected_error);
      return;
    }
    const out = decryptAttachment(key, data);
    assert.equal(out.size, v.expected.size);
    assert.equal(out.sha256, v.expected.sha256);
    assert.equal(v.expected.plaintext_pattern, 'i mod 251');
    for (let j = 0; j < out.plaintext.length; j++) assert.equal(out.plaintext[j], j % 251);
    // Checked against a manifest entry: right size and digest pass, anything else is refused.
    const ref = { key: b64urlEncode(key), size: v.expected.size, sha256: v.expected.sha256 };
    assert.equal(openAttachment(ref, data).length, v.expected.size);
    assert.equal(errorCode(() => openAttachment({ ...ref, size: ref.size + 1 }, data)), 'integrity');
    assert.equal(errorCode(() => openAttachment({ ...ref, sha256: '00'.repeat(32) }, data)), 'integrity');
    // Truncated anywhere: refused.
    for (const cut of [29, 30, 45, 65566, data.length - 1]) {
      assert.equal(errorCode(() => decryptAttachment(key, data.subarray(0, cut))), 'integrity', `cut ${cut}`);
    }
  });
}

test('fingerprint known answer (keys-derivation.json)', () => {
  const v = walletVectors.find(({ file }) => file === 'keys-derivation.json').v;
  assert.equal(fingerprint(fromHex(v.expected.identity_public)), v.expected.fingerprint);
});

test('links: id and key from path and fragment, strictly', () => {
  const key = b64urlEncode(new Uint8Array(32).fill(7));
  const ok = parseLink('/s/RERERERERERERERERERERA', `#${key}`);
  assert.equal(ok.id, 'RERERERERERERERERERERA');
  assert.deepEqual([...ok.key], new Array(32).fill(7));
  assert.equal(parseLink('/s/RERERERERERERERERERERA', '').key, null);
  assert.equal(errorCode(() => parseLink('/s/RERERERERERERERERERERB', `#${key}`)), 'bad_link'); // trailing bits
  assert.equal(errorCode(() => parseLink('/s/short', `#${key}`)), 'bad_link');
  assert.equal(errorCode(() => parseLink('/s/RERERERERERERERERERERA', '#abc')), 'bad_link');
  assert.equal(errorCode(() => parseLink('/s/RERERERERERERERERERERA', `#${key}=`)), 'bad_link');
});

test('the ed25519 edge-case set is complete', () => {
  assert.ok(ed25519Vectors.length >= 20, `only ${ed25519Vectors.length} ed25519 vectors`);
  const accepted = ed25519Vectors.filter(({ v }) => v.expected.valid === true).length;
  assert.ok(accepted >= 3 && ed25519Vectors.length - accepted >= 15, `accepted ${accepted}`);
});

for (const { file, v } of ed25519Vectors) {
  test(`ed25519 ${file}: verifyStrict decides as ed25519-dalek's verify_strict`, () => {
    assert.equal(v.kind, 'ed25519_verify_strict');
    assert.equal(typeof v.description, 'string');
    const i = v.inputs;
    const got = verifyEd25519Strict(fromHex(i.public_key), fromHex(i.message), fromHex(i.signature));
    assert.equal(got, v.expected.valid);
  });
}
