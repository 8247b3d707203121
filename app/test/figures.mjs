// Figures of the wallet app on this machine (printed, not asserted): first load of /app/ to the
// start screen cold and from the service worker, bytes on the wire for the first load (the
// service worker's install fetches included), and unlocking (Argon2id + open) at 4× CPU throttle.
//
//   node test/figures.mjs                       # the relay from target/debug
//   MAPPE_BIN_DIR=../target/release node test/figures.mjs   # the release relay
//
// Bytes are counted by a small pass-through proxy in front of the relay: it sees every request
// the browser makes (page and service worker alike) and adds up the bodies as sent (gzip where
// the relay compressed them). Timings go to the relay directly.
import { createServer, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, devices } from 'playwright-core';
import { ARGS, CHROMIUM, bins, startRelay } from './harness.mjs';

const PASS = 'figures passphrase';
const RUNS = Number(process.env.RUNS || 5);

const tmp = mkdtempSync(join(tmpdir(), 'mappe-app-figures-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `median ${median(xs)} ms (runs: ${xs.join(', ')})`;

async function countingProxy(target) {
  const t = new URL(target);
  const seen = [];
  const server = createServer((req, res) => {
    const fwd = request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: { ...req.headers, host: t.host } }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      let n = 0;
      up.on('data', (c) => (n += c.length));
      up.on('end', () => seen.push({ path: req.url, bytes: n, encoding: up.headers['content-encoding'] || '-', sw: req.headers['service-worker'] ? 'sw-script' : '' }));
      up.pipe(res);
    });
    fwd.on('error', () => res.destroy());
    req.pipe(fwd);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, seen, url: `http://127.0.0.1:${server.address().port}` };
}

const phone = (dir) =>
  chromium.launchPersistentContext(join(tmp, dir), { executablePath: CHROMIUM, headless: true, args: ARGS, ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, locale: 'de-DE' });
const ready = (page, screen) => page.waitForSelector(`main[data-state="ready"][data-screen="${screen}"]`, { timeout: 30_000 });
/** Waits until the service worker is active and its cache holds the wasm core. */
const swInstalled = (page) =>
  page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    for (const name of await caches.keys()) if (await (await caches.open(name)).match('/app/pkg/wallet_wasm_bg.wasm')) return true;
    return false;
  }, null, { timeout: 30_000, polling: 200 });

async function create(page) {
  await page.fill('input[autocomplete="new-password"] >> nth=0', PASS);
  await page.fill('input[autocomplete="new-password"] >> nth=1', PASS);
  await page.click('[data-action=create]');
  await page.waitForSelector('[data-recovery-code]');
  const groups = await page.$$eval('.code-group', (els) => els.map((e) => e.textContent));
  await page.click('[data-action=written]');
  for (const input of await page.$$('input[data-group]')) await input.fill(groups[Number(await input.getAttribute('data-group')) - 1]);
  await page.click('[data-action=confirm-code]');
  await ready(page, 'home');
}

const relay = await startRelay(tmp);
try {
  console.log(`FIGURES relay: ${join(bins, 'mappe-relay')}`);

  // 1. Bytes on the first load, through the counting proxy.
  {
    const proxy = await countingProxy(relay.url);
    const ctx = await phone('bytes');
    const page = await ctx.newPage();
    await page.goto(`${proxy.url}/app/`);
    await ready(page, 'start');
    await swInstalled(page);
    await page.waitForTimeout(500);
    const total = proxy.seen.reduce((n, r) => n + r.bytes, 0);
    for (const r of proxy.seen) console.log(`FIGURES   ${String(r.bytes).padStart(8)} B  ${r.encoding.padEnd(5)} ${r.path} ${r.sw}`);
    console.log(`FIGURES bytes on first load (page + service worker install, as sent): ${total} B = ${(total / 1024).toFixed(0)} KiB in ${proxy.seen.length} responses (goal ≤ 1.2 MB)`);
    await ctx.close();
    proxy.server.close();
  }

  // 2. Cold first load to the start screen (empty profile, nothing cached).
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await phone(`cold-${i}`);
    const page = await ctx.newPage();
    const t0 = performance.now();
    await page.goto(`${relay.url}/app/`);
    await ready(page, 'start');
    cold.push(Math.round(performance.now() - t0));
    await ctx.close();
  }
  console.log(`FIGURES first load to the start screen, cold: ${fmt(cold)} (goal < 1 s)`);

  // 3. From the service worker, to the unlock screen; 4. unlock at 4× CPU throttle.
  const ctx = await phone('warm');
  const page = await ctx.newPage();
  await page.goto(`${relay.url}/app/`);
  await ready(page, 'start');
  await create(page);
  await swInstalled(page);
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await page.reload();
    await ready(page, 'start');
    warm.push(Math.round(performance.now() - t0));
  }
  const fromSw = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/app/')).every((r) => r.transferSize === 0));
  console.log(`FIGURES reload to the unlock screen from the service worker: ${fmt(warm)} (goal < 300 ms; every /app/ resource from the service worker: ${fromSw})`);

  const cdp = await ctx.newCDPSession(page);
  const unlock = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await ready(page, 'start');
    await page.waitForFunction(() => performance.getEntriesByName('mappe:screen-start').length > 0);
    // The core is loaded by then on a real phone too (it starts loading with the page).
    await page.waitForTimeout(300);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.fill('input[autocomplete="current-password"]', PASS);
    const t0 = performance.now();
    await page.click('[data-action=unlock]');
    await ready(page, 'home');
    unlock.push(Math.round(performance.now() - t0));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  console.log(`FIGURES unlock (Argon2id 46 MiB + open + home screen) at 4× CPU throttle: ${fmt(unlock)} (goal ≤ 1.5 s)`);
  await ctx.close();
} finally {
  relay.child.kill();
  rmSync(tmp, { recursive: true, force: true });
}
