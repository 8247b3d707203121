// Builds the wallet app into crates/sync-relay/assets/app/ (embedded in the relay binary):
//   app.js (the app, one ES module bundle), scan.js (the QR reader, loaded only when scanning),
//   zxing_reader.wasm (copied from zxing-wasm), app.css, index.html, manifest.webmanifest,
//   icon-192.png, icon-512.png (copied) and sw.js (the service worker with this build's id);
// and the office desk into crates/sync-relay/assets/office/: office.js (one ES module bundle; it
//   loads the wasm core from /app/pkg/ and the QR reader from /app/scan.js at run time),
//   office.css (app.css followed by src/office/office.css) and index.html.
// The wasm core in assets/app/pkg/ is built by crates/wallet-wasm, not here, and not looked at.
// `node build.mjs --check` builds in memory and fails if the committed files differ.
// No output may name a third-party host: zxing-wasm's default wasm location (a CDN, never used
// because scan.js overrides locateFile) is rewritten to "./", and the build fails if any output
// still contains `jsdelivr`, `unpkg` or `cdn.`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const assetsRoot = join(here, '..', 'crates', 'sync-relay', 'assets');
const check = process.argv.includes('--check');

const common = {
  absWorkingDir: here,
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022'],
  platform: 'browser',
  charset: 'utf8',
  legalComments: 'eof',
  sourcemap: false,
  write: false,
  logLevel: 'warning',
  loader: { '.ftl': 'text' },
};
// The core and the scanner are separate files, loaded by URL at run time.
// The office's are the app's (same origin): ../app/pkg/ and ../app/scan.js from /office/.
const [app, scan, office] = await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/app.js'], external: ['./pkg/wallet_wasm.js', './scan.js'] }),
  esbuild.build({ ...common, entryPoints: ['src/scan.js'] }),
  esbuild.build({ ...common, entryPoints: ['src/office/office.js'], external: ['./pkg/wallet_wasm.js', '../app/scan.js'] }),
]);
const src = (name) => readFileSync(join(here, 'src', name));
// zxing-wasm's default locateFile prefix, e.g. https://fastly.jsdelivr.net/npm/zxing-wasm@3.1.6/dist/
const ZXING_CDN = /https:\/\/fastly\.jsdelivr\.net\/npm\/zxing-wasm@[^/"'`]+\/dist\//g;
const scanJs = Buffer.from(scan.outputFiles[0].text.replace(ZXING_CDN, './'), 'utf8');
const appOutputs = {
  'app.js': Buffer.from(app.outputFiles[0].contents),
  'scan.js': scanJs,
  'zxing_reader.wasm': readFileSync(join(here, 'node_modules', 'zxing-wasm', 'dist', 'reader', 'zxing_reader.wasm')),
  'app.css': src('app.css'),
  'index.html': src('index.html'),
  'manifest.webmanifest': src('manifest.webmanifest'),
  'icon-192.png': src('icon-192.png'),
  'icon-512.png': src('icon-512.png'),
};
const build = createHash('sha256');
for (const [name, bytes] of Object.entries(appOutputs)) build.update(`${name}\0${bytes.length}\0`).update(bytes);
appOutputs['sw.js'] = Buffer.concat([Buffer.from(`const APP_BUILD = '${build.digest('hex').slice(0, 16)}';\n`), src('sw.js')]);
// Every built file by its path under crates/sync-relay/assets/.
const outputs = {};
for (const [name, bytes] of Object.entries(appOutputs)) outputs[`app/${name}`] = bytes;
outputs['office/office.js'] = Buffer.from(office.outputFiles[0].contents);
outputs['office/office.css'] = Buffer.concat([src('app.css'), Buffer.from('\n'), src('office/office.css')]);
outputs['office/index.html'] = src('office/index.html');

// Nothing served may name a CDN (the app and the office desk load nothing from another origin).
const THIRD_PARTY = /jsdelivr|unpkg|cdn\./i;
const named = Object.entries(outputs).filter(([, bytes]) => THIRD_PARTY.test(bytes.toString('latin1')));
if (named.length) {
  for (const [name, bytes] of named) {
    const at = bytes.toString('latin1').search(THIRD_PARTY);
    console.error(`app bundle: ${name} names a third-party host: …${bytes.toString('latin1').slice(Math.max(0, at - 40), at + 60)}…`);
  }
  process.exit(1);
}

if (check) {
  let bad = 0;
  for (const [name, bytes] of Object.entries(outputs)) {
    let committed = null;
    try {
      committed = readFileSync(join(assetsRoot, name));
    } catch {
      // missing
    }
    if (!committed || !committed.equals(bytes)) {
      console.error(`app bundle check: crates/sync-relay/assets/${name} differs from a fresh build`);
      bad++;
    }
  }
  if (bad) {
    console.error('Run `npm run build` in app/ and commit crates/sync-relay/assets/app/ and assets/office/.');
    process.exit(1);
  }
  console.log(`app bundle check: the committed assets match a fresh build (app.js ${outputs['app/app.js'].length} bytes, office.js ${outputs['office/office.js'].length} bytes)`);
} else {
  for (const [name, bytes] of Object.entries(outputs)) {
    mkdirSync(dirname(join(assetsRoot, name)), { recursive: true });
    writeFileSync(join(assetsRoot, name), bytes);
  }
  console.log(`built crates/sync-relay/assets/app/ (app.js ${outputs['app/app.js'].length} bytes, scan.js ${outputs['app/scan.js'].length} bytes) and assets/office/ (office.js ${outputs['office/office.js'].length} bytes)`);
}
