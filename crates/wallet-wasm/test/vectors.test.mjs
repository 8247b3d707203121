// Runs every file in test-vectors/ (rfc/, wallet/, share/, agency/, sync/, selection/) through
// the WebAssembly build, with the same expectations as crates/wallet-core/tests/vectors.rs,
// share_vectors.rs, selection_vectors.rs and the RFC tests in wallet-core's crypto module.
// Expected errors are wallet-core's own codes (`detail`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { b64url, core, fromHex, mappeError, repo, toHex } from './load.mjs';

const load = (dir) =>
  readdirSync(join(repo, 'test-vectors', dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, v: JSON.parse(readFileSync(join(repo, 'test-vectors', dir, file), 'utf8')) }));

const API_CODES = new Set([
  'wrong_passphrase', 'integrity', 'format', 'recovery_code', 'bad_input', 'not_found', 'too_large',
  'unreachable', 'relay', 'withheld', 'revoked', 'expired', 'used_up', 'not_for_this_office', 'older_revision', 'internal',
]);
const RELAY = 'https://relay.example.org';

/** Runs `fn`; returns null on success, or the wallet-core code of the MappeError it threw. */
function outcome(fn) {
  try {
    fn();
    return null;
  } catch (e) {
    assert.equal(e.name, 'MappeError', `not a MappeError: ${e}`);
    assert.ok(API_CODES.has(e.code), `undocumented code ${e.code}`);
    assert.equal(typeof e.message, 'string');
    return e.detail;
  }
}

/** Checks a vector's expected error (or success) against what `fn` did. */
function expect(v, fn) {
  assert.equal(outcome(fn), v.expected_error ?? null);
}

const runners = {
  // agency/
  agency_card(v) {
    let card = null;
    expect(v, () => {
      card = core.parseAgencyCard(v.inputs.card);
    });
    if (card) assert.deepEqual(card, v.expected);
  },
  // sync/
  sync_entry(v) {
    const i = v.inputs;
    let plain = null;
    expect(v, () => {
      plain = core.testOpenSyncEntry(fromHex(i.root_secret), i.kind, i.seq, fromHex(i.entry), fromHex(i.signature));
    });
    if (!v.expected_error) assert.equal(toHex(plain), v.expected.automerge);
  },
  // selection/
  selection(v) {
    const i = v.inputs;
    let out = null;
    expect(v, () => {
      out = JSON.parse(core.testSelect(Buffer.from(i.wallet.automerge_b64, 'base64'), i.paths, i.today));
    });
    if (v.expected_error) return;
    assert.deepEqual(out.wallet, i.wallet.json, 'the JSON copy does not match the Automerge bytes');
    assert.deepEqual(out.paths, v.expected.paths);
    assert.deepEqual(out.content, v.expected.content);
    assert.deepEqual(out.attachments, v.expected.attachments);
  },
  // rfc/
  argon2id(v) {
    const i = v.inputs;
    const tag = core.testArgon2id(fromHex(i.password), fromHex(i.salt), fromHex(i.secret), fromHex(i.ad),
      i.m_cost, i.t_cost, i.p_cost);
    assert.equal(toHex(tag), v.expected.tag);
  },
  ed25519_public(v) {
    assert.equal(toHex(core.testEd25519Public(fromHex(v.inputs.seed))), v.expected.public);
  },
  hkdf_sha256(v) {
    assert.equal(toHex(core.testHkdfSha256(fromHex(v.inputs.ikm), fromHex(v.inputs.info))), v.expected.okm);
  },
  x25519_public(v) {
    assert.equal(toHex(core.testX25519Public(fromHex(v.inputs.private))), v.expected.public);
  },
  xchacha20poly1305(v) {
    const [key, nonce, aad, plain] = ['key', 'nonce', 'aad', 'plaintext'].map((k) => fromHex(v.inputs[k]));
    const sealed = core.testXChaChaSeal(key, nonce, aad, plain);
    assert.equal(toHex(sealed), v.expected.sealed);
    assert.deepEqual(core.testXChaChaOpen(key, nonce, aad, sealed), plain);
    const bad = sealed.slice();
    bad[bad.length - 1] ^= 1;
    assert.equal(core.testXChaChaOpen(key, nonce, aad, bad), undefined);
    assert.equal(core.testXChaChaOpen(key, nonce, new TextEncoder().encode('other aad'), sealed), undefined);
  },

  // wallet/
  keys(v) {
    const k = core.testDeriveKeys(fromHex(v.inputs.root_secret));
    const e = v.expected;
    assert.deepEqual(
      [k.identityPublic, k.agreementPublic, k.documentKey, k.fingerprint, k.recoveryCode],
      [e.identity_public, e.agreement_public, e.document_key, e.fingerprint, e.recovery_code],
    );
    assert.equal(core.checkRecoveryCode(k.recoveryCode), true);
  },
  recovery_code(v) {
    expect(v, () => {
      const root = core.testRecoveryCodeSecret(v.inputs.recovery_code);
      assert.equal(root, v.expected.root_secret);
      assert.equal(core.checkRecoveryCode(v.inputs.recovery_code), true);
    });
    if (v.expected_error) {
      // The app's own check gives the documented code.
      assert.equal(mappeError(() => core.checkRecoveryCode(v.inputs.recovery_code)).code, 'recovery_code');
    }
  },
  keystore(v) {
    const bytes = fromHex(v.inputs.keystore);
    expect(v, () => {
      const opened = core.testOpenKeystore(bytes, v.inputs.passphrase);
      assert.equal(opened.rootSecret, v.expected.root_secret);
      assert.equal(opened.identityPublic, v.expected.identity_public);
      assert.deepEqual(opened.argon2, v.expected.argon2);
      const fp = core.testDeriveKeys(fromHex(opened.rootSecret)).fingerprint;
      assert.equal(core.keystoreFingerprint(bytes), fp);
    });
    if (v.expected_error === 'wrong_passphrase') {
      const e = mappeError(() => core.unlockWallet(bytes, new Uint8Array(0), v.inputs.passphrase));
      assert.equal(e.code, 'wrong_passphrase');
    }
  },
  wallet_file(v) {
    expect(v, () => {
      const wallet = core.testWalletFromRoot(fromHex(v.inputs.root_secret), fromHex(v.inputs.wallet_file));
      try {
        assert.deepEqual(JSON.parse(wallet.json()), v.expected.json);
      } finally {
        wallet.free();
      }
    });
  },
  wallet_skeleton(v) {
    // A new document made by the WebAssembly build is exactly the pinned skeleton change.
    const doc = core.testNewDocument();
    assert.deepEqual(doc.heads, v.expected.heads);
    assert.equal(doc.changes, v.expected.changes);
  },
  attachment(v) {
    expect(v, () => {
      const out = core.testDecryptAttachment(fromHex(v.inputs.key), fromHex(v.inputs.attachment_file));
      assert.equal(v.expected.plaintext_pattern, 'i mod 251');
      assert.deepEqual(out.plaintext, Uint8Array.from({ length: out.plaintext.length }, (_, i) => i % 251));
      assert.equal(out.size, v.expected.size);
      assert.equal(out.sha256, v.expected.sha256);
    });
  },

  // share/
  share_seal(v) {
    const i = v.inputs;
    const e = v.expected;
    const s = core.testSealShare(fromHex(i.holder_root_secret), JSON.stringify(i.manifest), fromHex(i.share_key),
      JSON.stringify(i.blobs), fromHex(i.nonce));
    assert.equal(s.ciphertext, e.ciphertext, 'fixed bytes changed');
    assert.equal(s.ownerMessage, e.owner_message);
    assert.equal(s.ownerSig, e.owner_sig);
    assert.equal(s.holderFingerprint, e.holder_fingerprint);
    const holder = fromHex(i.manifest.holder);
    const [msg, sig] = [fromHex(s.ownerMessage), fromHex(s.ownerSig)];
    assert.equal(core.testVerify(holder, 'share-owner', msg, sig), true);
    assert.equal(core.testVerify(holder, 'share-manifest', msg, sig), false);
    const opened = core.openShare({ link: e.link, ciphertext: fromHex(e.ciphertext), wrappedKey: null, revision: 1, now: i.now });
    assert.deepEqual(opened.manifest, i.manifest);
    assert.equal(opened.holderFingerprint, e.holder_fingerprint);
  },
  share_open(v) {
    const i = v.inputs;
    const link = `${RELAY}/s/${i.share_id}#${b64url(fromHex(i.share_key))}`;
    expect(v, () => {
      const o = core.openShare({ link, ciphertext: fromHex(i.ciphertext), wrappedKey: null, revision: i.revision, now: i.now });
      assert.deepEqual(o.manifest, v.expected.manifest);
      assert.equal(o.holder, v.expected.holder);
    });
  },
  share_open_addressed(v) {
    const i = v.inputs;
    const options = {
      link: `${RELAY}/s/${i.share_id}`,
      ciphertext: fromHex(i.ciphertext),
      wrappedKey: fromHex(i.wrapped_key),
      revision: i.revision,
      now: i.now,
    };
    const office = core.testWalletFromRoot(fromHex(i.agency_root_secret), undefined);
    try {
      expect(v, () => assert.deepEqual(office.openShare(options).manifest, v.expected.manifest));
    } finally {
      office.free();
    }
    // Without the office's key the link alone opens nothing.
    assert.equal(mappeError(() => core.openShare(options)).detail, 'needs_agency_key');
  },
  request_signature(v) {
    const i = v.inputs;
    const e = v.expected;
    const body = new TextEncoder().encode(i.body);
    assert.equal(core.testRequestMessage(i.method, i.path, i.time, i.nonce, body), e.message);
    assert.equal(core.testVerifyRequest(e.key, i.time, i.nonce, e.signature, i.method, i.path, body), true);
    assert.equal(
      core.testVerifyRequest(e.key, i.time, i.nonce, e.manifest_domain_signature, i.method, i.path, body),
      false,
      'a manifest-domain signature passed as a request signature',
    );
  },
};

const sets = {
  rfc: load('rfc'),
  wallet: load('wallet'),
  share: load('share'),
  agency: load('agency'),
  sync: load('sync'),
  selection: load('selection'),
};

test('every vector file has a runner, and the sets are complete', () => {
  for (const list of Object.values(sets)) {
    for (const { file, v } of list) {
      assert.ok(runners[v.kind], `${file}: no runner for kind ${v.kind}`);
      assert.equal(typeof v.description, 'string', `${file} has no description`);
    }
  }
  assert.equal(sets.rfc.length, 5);
  assert.ok(sets.wallet.length >= 20, `only ${sets.wallet.length} wallet vectors`);
  assert.ok(sets.share.length >= 11, `only ${sets.share.length} share vectors`);
  assert.ok(sets.agency.length >= 8, `only ${sets.agency.length} agency card vectors`);
  assert.ok(sets.sync.length >= 9, `only ${sets.sync.length} sync entry vectors`);
  const badSelections = sets.selection.filter(({ v }) => v.expected_error).length;
  assert.ok(
    badSelections >= 8 && sets.selection.length - badSelections >= 10,
    `selection vectors: good ${sets.selection.length - badSelections}, bad ${badSelections}`,
  );
  assert.ok(sets.wallet.some(({ v }) => v.kind === 'wallet_skeleton'), 'no wallet_skeleton vector');
  const bad = sets.wallet.filter(({ v }) => v.expected_error).length;
  assert.ok(bad >= 10 && sets.wallet.length - bad >= 6, `good ${sets.wallet.length - bad}, bad ${bad}`);
});

for (const [dir, list] of Object.entries(sets)) {
  for (const { file, v } of list) {
    test(`${dir}/${file}`, () => runners[v.kind](v));
  }
}

test('every flipped byte of a bearer share is refused as integrity', () => {
  const { v } = sets.share.find(({ file }) => file === 'bearer-open.json');
  const i = v.inputs;
  const link = `${RELAY}/s/${i.share_id}#${b64url(fromHex(i.share_key))}`;
  const ct = fromHex(i.ciphertext);
  core.openShare({ link, ciphertext: ct, wrappedKey: null, revision: 1, now: i.now });
  for (let at = 0; at < ct.length; at += 7) {
    const bad = ct.slice();
    bad[at] ^= 1;
    const e = mappeError(() => core.openShare({ link, ciphertext: bad, wrappedKey: null, revision: 1, now: i.now }));
    assert.equal(e.detail, 'integrity', `byte ${at}`);
    assert.equal(e.code, 'integrity');
  }
});
