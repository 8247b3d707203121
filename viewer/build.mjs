// Builds the viewer into crates/sync-relay/assets/ (embedded in the relay binary):
//   index.html, app.css (copied) and app.js (one minified bundle made by esbuild).
// `node build.mjs --check` builds in memory and fails if the committed files differ.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const assets = join(here, '..', 'crates', 'sync-relay', 'assets');
const check = process.argv.includes('--check');

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: ['src/app.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  platform: 'browser',
  charset: 'utf8',
  legalComments: 'eof',
  sourcemap: false,
  write: false,
  logLevel: 'warning',
});
const outputs = {
  'app.js': Buffer.from(result.outputFiles[0].contents),
  'app.css': readFileSync(join(here, 'src', 'app.css')),
  'index.html': readFileSync(join(here, 'src', 'index.html')),
};

if (check) {
  let bad = 0;
  for (const [name, bytes] of Object.entries(outputs)) {
    let committed = null;
    try {
      committed = readFileSync(join(assets, name));
    } catch {
      // missing
    }
    if (!committed || !committed.equals(bytes)) {
      console.error(`viewer bundle check: crates/sync-relay/assets/${name} differs from a fresh build`);
      bad++;
    }
  }
  if (bad) {
    console.error('Run `npm run build` in viewer/ and commit crates/sync-relay/assets/.');
    process.exit(1);
  }
  console.log(`viewer bundle check: the committed assets match a fresh build (app.js ${outputs['app.js'].length} bytes)`);
} else {
  mkdirSync(assets, { recursive: true });
  for (const [name, bytes] of Object.entries(outputs)) writeFileSync(join(assets, name), bytes);
  console.log(`built crates/sync-relay/assets/ (app.js ${outputs['app.js'].length} bytes)`);
}
