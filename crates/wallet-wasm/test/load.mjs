// Loads the wasm build named by MAPPE_WASM_PKG (default: the committed module the relay serves).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..', '..');
export const pkg = resolve(process.env.MAPPE_WASM_PKG ?? join(repo, 'crates', 'sync-relay', 'assets', 'app', 'pkg'));

export const core = await import(pathToFileURL(join(pkg, 'wallet_wasm.js')).href);
export const wasm = core.initSync({ module: readFileSync(join(pkg, 'wallet_wasm_bg.wasm')) });

export const fromHex = (h) => Uint8Array.from(Buffer.from(h, 'hex'));
export const toHex = (b) => Buffer.from(b).toString('hex');
export const b64url = (bytes) => Buffer.from(bytes).toString('base64url');

/** The MappeError a call throws (fails the test if it does not throw one). */
export function mappeError(fn) {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof Error) || e.name !== 'MappeError') throw e;
    return e;
  }
  throw new Error('expected a MappeError, but the call succeeded');
}
