// Loads wallet-core (WebAssembly, crates/wallet-wasm; API in docs/wasm-api.md) once.
let ready;

export function loadCore() {
  ready ??= import('./pkg/wallet_wasm.js').then(async (core) => {
    await core.default({ module_or_path: new URL('./pkg/wallet_wasm_bg.wasm', import.meta.url) });
    return core;
  });
  return ready;
}

/** Now, in Unix seconds: the core never reads a clock. */
export const now = () => Math.floor(Date.now() / 1000);
