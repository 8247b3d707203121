// Interop of Mappe's attestations (docs/spec/attestation-v1.md) with an independent SD-JWT
// implementation, @sd-jwt/core: an attestation issued by `mappe agency attest` and a presentation
// taken from a real share verify there, and one issued there is imported, shared and confirmed by
// `mappe`. Real `mappe` and `mappe-relay` processes; the relay on 127.0.0.1 with a trust list.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes, sign, verify, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

import { SDJwtInstance } from '@sd-jwt/core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bins = process.env.MAPPE_BIN_DIR || join(repo, 'target', 'debug');
const tmp = mkdtempSync(join(tmpdir(), 'mappe-sdjwt-interop-'));
const PASS = 'Interop-Passphrase 2026';
const now = () => Math.floor(Date.now() / 1000);
const b64u = (buf) => Buffer.from(buf).toString('base64url');

// An office whose attestations are issued by @sd-jwt/core (its own Ed25519 key, made here).
const nodeIssuer = generateKeyPairSync('ed25519');
const nodeIssuerHex = Buffer.from(nodeIssuer.publicKey.export({ format: 'jwk' }).x, 'base64url').toString('hex');

function mappe(args, wallet) {
  return execFileSync(join(bins, 'mappe'), ['--wallet', wallet, ...args], {
    env: { ...process.env, MAPPE_PASSPHRASE: PASS, NO_COLOR: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const issuerDir = join(tmp, 'abh');
const personDir = join(tmp, 'person');
mappe(['agency', 'init', '--name', 'Ausländerbehörde Musterstadt', '--kind', 'auslaenderbehoerde'], issuerDir);
const abhHex = JSON.parse(readFileSync(join(issuerDir, 'agency.json'), 'utf8')).ed25519;

const directory = join(tmp, 'directory.json');
writeFileSync(
  directory,
  JSON.stringify({
    publisher: 'Stadt Musterstadt',
    agencies: [
      { name: 'Ausländerbehörde Musterstadt', kind: 'auslaenderbehoerde', ed25519: abhHex },
      { name: 'Sprachschule Nord', kind: 'language_school', ed25519: nodeIssuerHex },
    ],
  }),
);

const relay = await (async () => {
  const child = spawn(join(bins, 'mappe-relay'), ['--listen', '127.0.0.1:0', '--db', join(tmp, 'relay.sqlite')], {
    env: {
      ...process.env,
      MAPPE_RELAY_DIRECTORY: directory,
      MAPPE_RELAY_KEY: join(tmp, 'relay.key'),
      MAPPE_RELAY_SHARE_OPENS_PER_MINUTE: '0',
      MAPPE_RELAY_RATE_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const line = await new Promise((ok, fail) => {
    createInterface({ input: child.stdout }).once('line', ok);
    child.once('exit', (code) => fail(new Error(`mappe-relay exited with ${code}`)));
  });
  const m = /^mappe-relay listening on (http:\/\/\S+)$/.exec(line);
  assert.ok(m, line);
  return { child, url: m[1] };
})();
after(() => {
  relay.child.kill();
  rmSync(tmp, { recursive: true, force: true });
});
const relayKey = (await (await fetch(`${relay.url}/.well-known/mappe-relay.json`)).json()).key;

mappe(['init'], personDir);
mappe(['residence', 'add', '--kind', 'aufenthaltserlaubnis', '--number', 'Y7F3K9L2M', '--valid-until', '2027-12-31'], personDir);
const paperId = JSON.parse(mappe(['residence', 'list', '--json'], personDir))[0].id;
const personHex = /([0-9a-f]{64})/.exec(mappe(['attestation', 'key'], personDir))[1];

const hasher = (data, alg) => {
  assert.equal(alg, 'sha-256');
  return new Uint8Array(createHash('sha256').update(typeof data === 'string' ? data : Buffer.from(data)).digest());
};
const ed25519Key = (hex) =>
  createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64u(Buffer.from(hex, 'hex')) }, format: 'jwk' });

/** @sd-jwt/core set up to verify a Mappe attestation: issuer key from `iss`, holder key from `cnf`. */
function verifier() {
  let issuer = null;
  return new SDJwtInstance({
    hasher,
    verifier: (data, sig) => verify(null, Buffer.from(data), issuer, Buffer.from(sig, 'base64url')),
    kbVerifier: (data, sig, payload) =>
      verify(null, Buffer.from(data), createPublicKey({ key: payload.cnf.jwk, format: 'jwk' }), Buffer.from(sig, 'base64url')),
    // The issuer's key is named by `iss` (urn:mappe:agency:<hex>): read it before verifying.
    setIssuer(text) {
      const payload = JSON.parse(Buffer.from(text.split('.')[1], 'base64url'));
      issuer = ed25519Key(payload.iss.replace('urn:mappe:agency:', ''));
      return payload;
    },
  });
}

test('an attestation issued by `mappe agency attest` verifies in @sd-jwt/core with every claim', async () => {
  const out = join(tmp, 'permit.sdjwt');
  mappe(
    [
      'agency', 'attest', '--kind', 'residence', '--holder', personHex,
      '--claim', 'kind=aufenthaltserlaubnis', '--claim', 'number=Y7F3K9L2M', '--claim', 'valid_until=2027-12-31',
      '--claim', 'legal_basis=§ 18a AufenthG', '--claim', 'work_permitted=yes',
      '--expires', '365d', '--relay', relay.url, '--out', out,
    ],
    issuerDir,
  );
  const text = readFileSync(out, 'utf8').trim();
  const sd = verifier();
  const header = JSON.parse(Buffer.from(text.split('.')[0], 'base64url'));
  assert.deepEqual(header, { alg: 'Ed25519', typ: 'dc+sd-jwt' });
  sd.userConfig.setIssuer(text);
  const { payload } = await sd.verify(text.trim(), { currentDate: now() });
  assert.equal(payload.iss, `urn:mappe:agency:${abhHex}`);
  assert.equal(payload.vct, 'urn:mappe:vct:residence:1');
  assert.equal(Buffer.from(payload.cnf.jwk.x, 'base64url').toString('hex'), personHex);
  assert.equal(payload.kind, 'aufenthaltserlaubnis');
  assert.equal(payload.number, 'Y7F3K9L2M');
  assert.equal(payload.valid_until, '2027-12-31');
  assert.equal(payload.legal_basis, '§ 18a AufenthG');
  assert.equal(payload.work_permitted, true);
  assert.ok(!('_sd' in payload), 'every digest was resolved by @sd-jwt/core');
  // The claims @sd-jwt/core sees as selectively disclosable are exactly the facts.
  assert.deepEqual((await sd.presentableKeys(text)).sort(), ['kind', 'legal_basis', 'number', 'valid_until', 'work_permitted']);

  // A changed disclosure never verifies as the office's there either. (@sd-jwt/core 0.19 drops a
  // disclosure whose digest is not signed instead of refusing the whole SD-JWT as RFC 9901 §7.1
  // step 5 asks; Mappe refuses it.)
  const parts = text.split('~');
  const d = JSON.parse(Buffer.from(parts[1], 'base64url'));
  d[2] = d[1] === 'valid_until' ? '2099-12-31' : 'forged';
  parts[1] = b64u(JSON.stringify(d));
  const forged = await sd.verify(parts.join('~'), { currentDate: now() }).catch(() => null);
  assert.ok(forged === null || forged.payload[d[1]] === undefined, JSON.stringify(forged?.payload));

  // Kept by the person, shown in a share with two facts: the presentation (with its key-binding
  // JWT) taken from `mappe open --json` verifies in @sd-jwt/core with the share id as nonce.
  mappe(['attestation', 'import', out, '--to', `residence/${paperId}`], personDir);
  const shared = mappe(
    [
      'share', '--fields', 'profile.family_name,residence/current', '--attest', `residence/${paperId}:kind,valid_until`,
      '--relay', relay.url, '--yes', '--lang', 'de',
    ],
    personDir,
  );
  const link = /https?:\/\/[\w.:-]+\/s\/[\w-]+(?:#[\w.~%-]*)?/.exec(shared)[0];
  const shareId = new URL(link).pathname.split('/').pop();
  const opened = JSON.parse(
    execFileSync(join(bins, 'mappe'), ['open', link, '--json', '--trust-key', relayKey], { encoding: 'utf8' }),
  );
  assert.equal(opened.attestations.length, 1);
  const [a] = opened.attestations;
  assert.equal(a.standing, 'confirmed', JSON.stringify(a));
  assert.equal(a.issuer_name, 'Ausländerbehörde Musterstadt');
  const kb = verifier();
  kb.userConfig.setIssuer(a.sd_jwt);
  const presented = await kb.verify(a.sd_jwt, { currentDate: now(), keyBindingNonce: shareId });
  assert.deepEqual(presented.kb.payload.aud, `urn:mappe:share:${shareId}`);
  assert.equal(presented.payload.kind, 'aufenthaltserlaubnis');
  assert.equal(presented.payload.valid_until, '2027-12-31');
  for (const hidden of ['number', 'legal_basis', 'work_permitted']) assert.ok(!(hidden in presented.payload), hidden);
  await assert.rejects(kb.verify(a.sd_jwt, { currentDate: now(), keyBindingNonce: 'another-share' }));
});

test('an attestation issued by @sd-jwt/core is imported, shared and confirmed by mappe', async () => {
  const statusUri = `${relay.url}/v1/status/${nodeIssuerHex}`;
  const issuer = new SDJwtInstance({
    hasher,
    hashAlg: 'sha-256',
    saltGenerator: (n) => randomBytes(n).toString('base64url'),
    signer: (data) => b64u(sign(null, Buffer.from(data), nodeIssuer.privateKey)),
    signAlg: 'Ed25519',
  });
  const text = await issuer.issue(
    {
      iss: `urn:mappe:agency:${nodeIssuerHex}`,
      iat: now() - 60,
      exp: now() + 365 * 86400,
      vct: 'urn:mappe:vct:certificate:1',
      cnf: { jwk: { kty: 'OKP', crv: 'Ed25519', x: b64u(Buffer.from(personHex, 'hex')) } },
      status: { status_list: { idx: 0, uri: statusUri } },
      issuer_name: 'Sprachschule Nord',
      kind: 'telc Deutsch B1',
      level: 'B1',
      date: '2026-06-30',
    },
    { _sd: ['kind', 'level', 'date'] },
    { header: { typ: 'dc+sd-jwt' } },
  );
  // Its status list (nothing withdrawn), a Token Status List JWT made here too.
  const statusHeader = b64u(JSON.stringify({ alg: 'Ed25519', typ: 'statuslist+jwt' }));
  const statusPayload = b64u(
    JSON.stringify({ sub: statusUri, iat: now(), status_list: { bits: 1, lst: b64u(deflateSync(Buffer.alloc(1))) } }),
  );
  const statusSig = b64u(sign(null, Buffer.from(`${statusHeader}.${statusPayload}`), nodeIssuer.privateKey));
  const put = await fetch(statusUri, { method: 'PUT', body: `${statusHeader}.${statusPayload}.${statusSig}` });
  assert.equal(put.status, 200, await put.text());

  execFileSync(join(bins, 'mappe'), ['--wallet', personDir, 'cert', 'add', '--kind', 'language', '--title', 'Deutsch B1', '--level', 'B1'], {
    env: { ...process.env, MAPPE_PASSPHRASE: PASS },
  });
  const certId = JSON.parse(mappe(['cert', 'list', '--json'], personDir))[0].id;
  const file = join(tmp, 'b1.sdjwt');
  writeFileSync(file, text);
  const imported = mappe(['attestation', 'import', file, '--to', `certificates/${certId}`], personDir);
  assert.match(imported, /Sprachschule Nord/);
  const held = JSON.parse(mappe(['attestation', 'list', '--json'], personDir)).find((r) => r.entry.startsWith('certificates/'));
  assert.deepEqual(held.attestation.claims, { kind: 'telc Deutsch B1', level: 'B1', date: '2026-06-30' });

  const shared = mappe(
    ['share', '--fields', 'profile.family_name', '--attest', `certificates/${certId}:level`, '--relay', relay.url, '--yes'],
    personDir,
  );
  const link = /https?:\/\/[\w.:-]+\/s\/[\w-]+(?:#[\w.~%-]*)?/.exec(shared)[0];
  const opened = JSON.parse(
    execFileSync(join(bins, 'mappe'), ['open', link, '--json', '--trust-key', relayKey], { encoding: 'utf8' }),
  );
  assert.equal(opened.attestations[0].standing, 'confirmed', JSON.stringify(opened.attestations[0]));
  assert.equal(opened.attestations[0].issuer_name, 'Sprachschule Nord');
  assert.deepEqual(opened.attestations[0].claims, { level: 'B1' });

  // Another person's import of it is refused: it names this person's key.
  const other = join(tmp, 'other');
  mappe(['init'], other);
  mappe(['cert', 'add', '--kind', 'language', '--title', 'Deutsch B1'], other);
  const otherCert = JSON.parse(mappe(['cert', 'list', '--json'], other))[0].id;
  assert.throws(
    () => mappe(['attestation', 'import', file, '--to', `certificates/${otherCert}`], other),
    (e) => e.status === 2 || /another person/.test(String(e.stderr)),
  );
});
