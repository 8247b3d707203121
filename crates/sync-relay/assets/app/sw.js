const APP_BUILD = '06f43993d0e83024';
// Mappe app service worker: cache-first for the app shell under /app/. The cache name carries
// the app build (APP_BUILD, written by build.mjs) and the wasm build (PKG_BUILD, prepended by
// the relay from pkg/BUILD-HASH), so a new build of either replaces the old cache.
const CACHE = `mappe-app-${APP_BUILD}-${typeof PKG_BUILD === 'string' ? PKG_BUILD.trim() : 'none'}`;
const SHELL = ['/app/', '/app/app.js', '/app/app.css', '/app/manifest.webmanifest', '/app/icon-192.png', '/app/icon-512.png', '/app/pkg/wallet_wasm.js', '/app/pkg/wallet_wasm_bg.wasm'];
// Fetched only when a card is scanned, then kept like the shell.
const LATER = ['/app/scan.js', '/app/zxing_reader.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL.map((u) => new Request(u, { cache: 'reload' })))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('mappe-app-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin) return;
  const path = url.pathname === '/app/index.html' ? '/app/' : url.pathname;
  if (!SHELL.includes(path) && !LATER.includes(path)) return; // the relay API is never cached
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(path);
      if (hit) return hit;
      const res = await fetch(event.request);
      if (res.ok) cache.put(path, res.clone());
      return res;
    }),
  );
});
