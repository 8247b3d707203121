// Times wallet-core in WebAssembly (node) against the same work done natively, and prints the
// ratio for each operation (goal: at most 4x). The native figures come from the example
// bench_native (built with cargo --release), or from the JSON file named by MAPPE_BENCH_NATIVE.
//
// Run from the repository root: node crates/wallet-wasm/bench/bench.mjs
// The wasm build is the committed one unless MAPPE_WASM_PKG names another.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { core, fromHex, repo } from '../test/load.mjs';

/** Median milliseconds of `runs` calls after one warm-up call (as the native side measures). */
function medianMs(runs, fn) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const vector = JSON.parse(readFileSync(join(repo, 'test-vectors/wallet/keystore-open-default-params.json'), 'utf8'));
const ks = fromHex(vector.inputs.keystore);
const f = core.testBenchFixture(50);
const nonce = new Uint8Array(24).fill(0x55);
const bearer = core.testSealShareBytes(f.holderRoot, f.bearerManifest, f.shareKey, nonce);
const addressed = core.testSealShareBytes(f.holderRoot, f.addressedManifest, f.shareKey, nonce);
const office = core.testWalletFromRoot(f.officeRoot, undefined);
const now = 1_795_564_800;
const bearerOpen = { link: f.bearerLink, ciphertext: bearer.ciphertext, wrappedKey: null, revision: 1, now };
const addressedOpen = { link: f.addressedLink, ciphertext: addressed.ciphertext, wrappedKey: addressed.wrappedKey, revision: 1, now };

const wasm = {
  keystore_open_argon2id: medianMs(7, () => core.testOpenKeystore(ks, vector.inputs.passphrase)),
  wallet_open: medianMs(51, () => core.testWalletFromRoot(f.holderRoot, f.walletFile).free()),
  share_seal_bearer: medianMs(101, () => core.testSealShareBytes(f.holderRoot, f.bearerManifest, f.shareKey, nonce)),
  share_seal_addressed: medianMs(101, () => core.testSealShareBytes(f.holderRoot, f.addressedManifest, f.shareKey, nonce)),
  share_open_bearer: medianMs(101, () => core.openShare(bearerOpen)),
  share_open_addressed: medianMs(101, () => office.openShare(addressedOpen)),
};
office.free();

const native = process.env.MAPPE_BENCH_NATIVE
  ? JSON.parse(readFileSync(process.env.MAPPE_BENCH_NATIVE, 'utf8'))
  : JSON.parse(execFileSync('cargo', ['run', '--quiet', '--release', '--locked', '-p', 'wallet-wasm', '--example', 'bench_native'], { cwd: repo, encoding: 'utf8' }));

const rows = Object.keys(wasm).map((op) => [op, native[op], wasm[op], wasm[op] / native[op]]);
console.log(`wallet fixture: profile + 50 CV entries, wallet file ${f.walletFile.length} bytes; share manifest ${f.bearerManifest.length} bytes`);
console.log('operation                 native ms   wasm ms   ratio');
for (const [op, n, w, r] of rows) {
  console.log(`${op.padEnd(24)} ${n.toFixed(3).padStart(10)} ${w.toFixed(3).padStart(9)} ${r.toFixed(2).padStart(6)}x${r > 4 ? '  (over the 4x goal)' : ''}`);
}
