// Loads wallet-core (WebAssembly, crates/wallet-wasm; API in docs/wasm-api.md) once, and the
// host's fetch the core's relay operations use. The wallet app loads the core from its own
// pkg/ folder; the office desk (/office/) loads the same files from /app/pkg/ (useCoreFrom).
let ready;
let from = null;

/** Where wallet_wasm.js and wallet_wasm_bg.wasm are (a URL of their folder, ending in /). */
export function useCoreFrom(folder) {
  from = folder;
}

export function loadCore() {
  ready ??= (from ? import(`${from}wallet_wasm.js`) : import('./pkg/wallet_wasm.js')).then(async (core) => {
    await core.default({ module_or_path: new URL(from ? `${from}wallet_wasm_bg.wasm` : './pkg/wallet_wasm_bg.wasm', import.meta.url) });
    return core;
  });
  return ready;
}

/** The host's `fetch` for the core (docs/wasm-api.md): headers as [[name, value]]; rejects if unreachable. */
export async function relayFetch({ method, url, headers, body }) {
  const res = await fetch(url, { method, headers: headers || [], body: body ?? undefined, cache: 'no-store', credentials: 'omit' });
  return { status: res.status, body: new Uint8Array(await res.arrayBuffer()) };
}

/** Now, in Unix seconds: the core never reads a clock. */
export const now = () => Math.floor(Date.now() / 1000);
