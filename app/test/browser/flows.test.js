// The flows the wallet app must show, end to end: real headless Chromium (Debian's, playwright-core,
// devices['Pixel 7'] at 390 px), the real `mappe-relay` and the real `mappe` CLI (target/debug),
// each in temporary folders. Run: `node --test --test-concurrency=1 test/browser/` after
// `cargo build --workspace --bins`.
//
//   a. phone bearer share (profile + a certificate with a JPEG scan) → `mappe open` verifies it
//      and saves a byte-identical scan;
//   b. a CLI wallet recovered on the phone from code + relay, edited on both sides at once (the
//      phone offline), synced → `mappe show --json` equals what the phone shows;
//   c. an office card's QR read through Chromium's fake camera → addressed share → only the
//      office opens it (`--as`), a bystander's copy of the link gets exit code 8 and no field;
//   d. revoke on the phone → the office's next open gets exit code 7; the access log shows the
//      open before;
//   e. a relay that is down or answers garbage: a clear German message, nothing lost.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, request } from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, devices } from 'playwright-core';
import { ARGS, CHROMIUM, bins, click, createWallet, plain, ready, startRelay, watchPage } from '../harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const pkg = join(repo, 'crates', 'sync-relay', 'assets', 'app', 'pkg');
const PASS = 'flows test passphrase';
const CLI_PASS = 'flows cli passphrase';
const OFFICE_PASS = 'flows office passphrase';
const OFFICE = 'Jobcenter Musterstadt';

let tmp;
let relay;
let url;
let office; // { dir, card }
const problems = [];

// ---- processes ----------------------------------------------------------------------------

/** Runs `mappe` (never a terminal); returns { status, stdout, stderr }. */
function mappe(args, { wallet, pass = CLI_PASS, input } = {}) {
  const env = { ...process.env, MAPPE_PASSPHRASE: pass };
  delete env.MAPPE_HOME;
  env.MAPPE_LANG = 'en'; // mappe's words are read below; --lang overrides it where a test wants another language
  const r = spawnSync(join(bins, 'mappe'), wallet ? ['--wallet', wallet, ...args] : args, { env, encoding: 'utf8', input, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
function mappeOk(args, opts) {
  const r = mappe(args, opts);
  assert.equal(r.status, 0, `mappe ${args.join(' ')} → ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * A stand-in relay on its own port that serves the app from the real relay and answers the relay
 * API (/v1/…) as `mode` says: 'pass' (forwards), 'garbage' (200, not JSON), 'html500' (500 with
 * an HTML page), 'reset' (drops the connection).
 */
async function startProxy(target) {
  const state = { mode: 'pass', apiCalls: 0 };
  const server = createServer((req, res) => {
    const api = req.url.startsWith('/v1/');
    if (api) state.apiCalls++;
    if (api && state.mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('hello, this is not what you asked for');
    }
    if (api && state.mode === 'html500') {
      res.writeHead(500, { 'content-type': 'text/html' });
      return res.end('<!doctype html><title>Internal Server Error</title><h1>500 Internal Server Error</h1><p>nginx</p>');
    }
    if (api && state.mode === 'reset') return req.socket.destroy();
    const t = new URL(target);
    const fwd = request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: { ...req.headers, host: t.host } }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    });
    fwd.on('error', () => res.destroy());
    req.pipe(fwd);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { state, server, url: `http://127.0.0.1:${server.address().port}` };
}

/** A TCP port on 127.0.0.1 that nothing listens on (opened, then closed). */
async function closedPort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

// ---- the QR code of an office card, as a fake camera ----------------------------------------

/** The modules of `text`'s QR code, drawn by the core's own qrSvg (one `h{n}v{n}` square each). */
async function qrModules(text) {
  const core = await import(pathToFileURL(join(pkg, 'wallet_wasm.js')).href);
  core.initSync({ module: readFileSync(join(pkg, 'wallet_wasm_bg.wasm')) });
  const svg = core.qrSvg(text);
  const cell = Number(/M\d+ \d+h(\d+)v/.exec(svg)[1]);
  const size = Number(/width="(\d+)"/.exec(svg)[1]) / cell;
  assert.ok(Number.isInteger(size), `QR of ${size} modules`);
  const grid = Array.from({ length: size }, () => new Uint8Array(size));
  for (const [, x, y] of svg.matchAll(new RegExp(`M(\\d+) (\\d+)h${cell}v${cell}`, 'g'))) grid[Number(y) / cell][Number(x) / cell] = 1;
  return grid;
}

/** A YUV4MPEG2 video (640 × 480, a few identical frames) showing `grid` black on white. */
function y4m(grid) {
  const W = 640;
  const H = 480;
  const px = Math.floor(H / grid.length);
  const x0 = Math.floor((W - px * grid.length) / 2);
  const y0 = Math.floor((H - px * grid.length) / 2);
  const Y = Buffer.alloc(W * H, 235);
  for (let y = 0; y < grid.length * px; y++) {
    for (let x = 0; x < grid.length * px; x++) {
      if (grid[Math.floor(y / px)][Math.floor(x / px)]) Y[(y0 + y) * W + x0 + x] = 16;
    }
  }
  const UV = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Y, UV]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]);
}

// ---- the phone ------------------------------------------------------------------------------

/** `allow`: console errors and other-origin requests this test expects (a regular expression). */
const watch = (page, origin, allow = null) => watchPage(page, problems, { origin, allow });

async function phone(profile, extra = {}) {
  const { args = [], ...rest } = extra;
  return chromium.launchPersistentContext(join(tmp, profile), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, ...args],
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
    locale: 'de-DE',
    ...rest,
  });
}

async function openApp(ctx, origin = url, allow = null) {
  const page = watch(await ctx.newPage(), origin, allow);
  await page.goto(`${origin}/app/`);
  await page.waitForSelector('main[data-state="ready"]', { timeout: 20_000 });
  return page;
}

async function tab(page, name) {
  await click(page, `[data-tab=${name}]`);
  await ready(page, name);
}

/** A real JPEG made by the browser's canvas. */
async function jpeg(page) {
  const b64 = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 80;
    c.height = 60;
    const g = c.getContext('2d');
    g.fillStyle = '#2a6';
    g.fillRect(0, 0, 80, 60);
    g.fillStyle = '#fff';
    g.fillRect(10, 10, 30, 20);
    const blob = await new Promise((r) => c.toBlob(r, 'image/jpeg', 0.9));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return btoa(String.fromCharCode(...bytes));
  });
  return Buffer.from(b64, 'base64');
}

const create = (page) => createWallet(page, PASS);

async function unlock(page, pass = PASS) {
  await ready(page, 'start');
  await page.fill('input[autocomplete="current-password"]', pass);
  await click(page, '[data-action=unlock]');
  await ready(page, 'home');
}

const PROFILE_INDEX = { given_names: 0, family_name: 1, birth_date: 2, birth_place: 3, nationality: 4 };
/** Sets profile fields through the profile form. */
async function editProfile(page, values) {
  await click(page, '[data-action=edit-profile]');
  for (const [f, v] of Object.entries(values)) await page.fill(`[data-form=profile] input >> nth=${PROFILE_INDEX[f]}`, v);
  await click(page, '[data-action=save]');
  await ready(page, 'home');
}

async function addItem(page, section, title, scan) {
  await click(page, `[data-add=${section}]`);
  await page.fill(`[data-form=${section}] input[type=text] >> nth=0`, title);
  if (scan) await page.setInputFiles('[data-file=file]', scan);
  await click(page, '[data-action=save]');
  await ready(page, 'home');
}

/** What the home screen shows: profile values by field (null when unset) and entries per list. */
async function shown(page) {
  await tab(page, 'home');
  return page.evaluate(() => {
    const profile = {};
    for (const dd of document.querySelectorAll('[data-section=profile] dd[data-field]')) profile[dd.dataset.field] = dd.classList.contains('unset') ? null : dd.textContent;
    const count = (s) => document.querySelectorAll(`[data-section=${s}] li.item`).length;
    const titles = (s) => [...document.querySelectorAll(`[data-section=${s}] li.item h3`)].map((e) => e.textContent).sort();
    return { profile, cv: count('cv'), certificates: count('certificates'), residence: count('residence'), titles: { cv: titles('cv'), certificates: titles('certificates') } };
  });
}

/** Through the share screen: ticks `paths` (exact or a predicate), chooses the audience, confirms. */
async function shareFromPhone(page, pick, { office: viaCamera = false } = {}) {
  await tab(page, 'share');
  const paths = await page.$$eval('[data-choices] input[data-path]', (els) => els.map((e) => e.dataset.path));
  const chosen = paths.filter(pick);
  assert.ok(chosen.length, `nothing to tick among ${paths}`);
  for (const p of chosen) await page.locator(`[data-choices] input[data-path="${p}"]`).click();
  if (viaCamera) {
    await page.locator('input[name=who][value=office]').click();
    await click(page, '[data-action=scan-card]');
    await page.waitForSelector('[data-office]', { timeout: 30_000 });
  }
  await click(page, '[data-action=preview]');
  await page.waitForSelector('[data-consent]');
  await click(page, '[data-action=confirm-share]');
  const section = page.locator('[data-share-url]');
  await section.waitFor({ timeout: 30_000 });
  return { chosen, link: await section.getAttribute('data-share-url'), shareId: await section.getAttribute('data-share-id'), consent: null };
}

// ---- set-up -------------------------------------------------------------------------------

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mappe-app-flows-'));
  relay = await startRelay(tmp);
  url = relay.url;
});

after(async () => {
  relay?.child.kill();
  rmSync(tmp, { recursive: true, force: true });
  assert.deepEqual(problems, []);
});

// ---- a ------------------------------------------------------------------------------------

test('a: bearer share from the phone (profile + certificate with a JPEG scan) → `mappe open` verifies it, the saved scan is byte-identical', async () => {
  const ctx = await phone('a');
  try {
    const page = await openApp(ctx);
    await create(page);
    await editProfile(page, { family_name: 'Al-Khatib', given_names: 'Amal' });
    const scan = await jpeg(page);
    await addItem(page, 'certificates', 'Deutsch B1', { name: 'b1-zeugnis.jpg', mimeType: 'image/jpeg', buffer: scan });
    const fingerprint = (await page.textContent('.fingerprint')).match(/[0-9A-Z]{4}(-[0-9A-Z]{4}){3}/)[0];
    const { chosen, link } = await shareFromPhone(page, (p) => p === 'profile.family_name' || /^certificates\/[^/]+\/scan$/.test(p));
    assert.equal(chosen.length, 2);
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]+#/, 'a bearer link carries its key after #');
    // The QR code on screen is an image of the link.
    assert.equal(await page.getAttribute('[data-share-url] img.qr', 'alt'), link);

    const saved = join(tmp, 'a-saved');
    mkdirSync(saved);
    const opened = JSON.parse(mappeOk(['open', link, '--json', '--save-attachments', saved]));
    assert.equal(opened.verified, true);
    assert.equal(opened.holder.fingerprint, fingerprint, 'signed by the phone\'s wallet');
    assert.equal(opened.content.profile.family_name, 'Al-Khatib');
    assert.equal(opened.content.profile.given_names ?? null, null, 'only the ticked profile field is shared');
    assert.equal(opened.content.certificates.length, 1);
    assert.equal(opened.content.certificates[0].title, 'Deutsch B1');
    assert.equal(opened.attachments.length, 1);
    assert.equal(opened.attachments[0].media_type, 'image/jpeg');
    const files = readdirSync(saved);
    assert.equal(files.length, 1);
    assert.ok(readFileSync(join(saved, files[0])).equals(scan), 'the saved scan is the JPEG the phone uploaded, byte for byte');
    assert.ok(readFileSync(opened.attachments[0].saved_to).equals(scan));
  } finally {
    await ctx.close();
  }
});

// ---- b ------------------------------------------------------------------------------------

test('b: CLI wallet recovered on the phone from code + relay; offline phone edit and CLI edit at once; after syncing, `mappe show --json` equals the phone', async () => {
  const cli = join(tmp, 'b-cli');
  const init = mappeOk(['init'], { wallet: cli });
  const code = init.split('\n').map((l) => /^\s{4}([0-9A-Z]{4}(?:-[0-9A-Z]{4})+)\s*$/.exec(l)).filter(Boolean).map((m) => m[1]).join('-');
  assert.equal(code.split('-').length, 14, init);
  mappeOk(['profile', 'set', 'given_names', 'Rana'], { wallet: cli });
  mappeOk(['profile', 'set', 'family_name', 'Haddad'], { wallet: cli });
  mappeOk(['cv', 'add', '--kind', 'work', '--title', 'Bäckerei Aleppo'], { wallet: cli });
  mappeOk(['sync', '--relay', url], { wallet: cli });

  const ctx = await phone('b');
  try {
    const page = await openApp(ctx);
    await ready(page, 'start');
    await click(page, '[data-t=start-recover]');
    await page.fill('textarea', code.toLowerCase());
    assert.equal(await page.inputValue('input[type=url]'), url, 'the relay address defaults to the one serving the app');
    await page.fill('input[autocomplete="new-password"] >> nth=0', PASS);
    await page.fill('input[autocomplete="new-password"] >> nth=1', PASS);
    await click(page, '[data-action=recover]');
    await ready(page, 'home');
    await page.waitForSelector('[data-notice=recover-synced]');
    let s = await shown(page);
    assert.equal(s.profile.family_name, 'Haddad');
    assert.equal(s.profile.given_names, 'Rana');
    assert.deepEqual(s.titles.cv, ['Bäckerei Aleppo']);

    // Apart: the phone offline, the CLI at the same time.
    await ctx.setOffline(true);
    await editProfile(page, { given_names: 'Rana Maria', nationality: 'syrisch' });
    await addItem(page, 'cv', 'Sprachkurs B1 (Handy)');
    await tab(page, 'sync');
    await click(page, '[data-action=sync]');
    await page.waitForSelector('[data-notice=sync-offline]');
    mappeOk(['profile', 'set', 'birth_place', 'Aleppo'], { wallet: cli });
    mappeOk(['cert', 'add', '--kind', 'language', '--title', 'Deutsch A2 (CLI)'], { wallet: cli });
    mappeOk(['sync'], { wallet: cli });

    // Together again: the queued sync runs when the browser is online; then "sync now".
    await ctx.setOffline(false);
    await page.waitForFunction(async () => {
      const db = await new Promise((r) => { const q = indexedDB.open('mappe'); q.onsuccess = () => r(q.result); });
      const queue = await new Promise((r) => { const q = db.transaction('settings').objectStore('settings').get('queue'); q.onsuccess = () => r(q.result); });
      db.close();
      return !queue || queue.length === 0;
    }, null, { timeout: 20_000, polling: 250 });
    await tab(page, 'sync');
    await click(page, '[data-action=sync]');
    await page.waitForSelector('[data-notice=sync-ok]', { timeout: 20_000 });
    mappeOk(['sync'], { wallet: cli });

    const json = JSON.parse(mappeOk(['show', '--json'], { wallet: cli }));
    s = await shown(page);
    const cliProfile = {};
    for (const f of Object.keys(s.profile)) cliProfile[f] = f.startsWith('contact.') ? json.profile.contact[f.slice(8)] ?? null : json.profile[f] ?? null;
    assert.deepEqual(s.profile, cliProfile, 'profile on the phone = mappe show --json');
    assert.equal(s.profile.given_names, 'Rana Maria');
    assert.equal(s.profile.nationality, 'syrisch');
    assert.equal(s.profile.birth_place, 'Aleppo');
    assert.equal(s.cv, json.cv.length);
    assert.equal(s.certificates, json.certificates.length);
    assert.equal(s.residence, json.residence.length);
    assert.deepEqual(s.titles.cv, json.cv.map((e) => e.title).sort());
    assert.deepEqual(s.titles.certificates, json.certificates.map((e) => e.title).sort());
    assert.deepEqual(s.titles.cv, ['Bäckerei Aleppo', 'Sprachkurs B1 (Handy)']);
    assert.deepEqual(s.titles.certificates, ['Deutsch A2 (CLI)']);
  } finally {
    await ctx.close();
  }
});

// ---- c and d ------------------------------------------------------------------------------

let addressed; // { link, shareId } from c, revoked in d

test('c: an office card scanned by the phone camera → addressed share → only the office opens it; a bystander gets exit 8 and no field', async () => {
  const dir = join(tmp, 'office');
  const out = mappeOk(['agency', 'init', '--name', OFFICE, '--kind', 'jobcenter'], { wallet: dir, pass: OFFICE_PASS });
  const card = readFileSync(join(dir, 'agency.json'), 'utf8');
  office = { dir, card };
  const fingerprint = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(out)[0];
  const video = join(tmp, 'card.y4m');
  writeFileSync(video, y4m(await qrModules(card.trim())));

  const ctx = await phone('cd', {
    args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    permissions: ['camera'],
  });
  try {
    const page = await openApp(ctx);
    await create(page);
    await editProfile(page, { family_name: 'Nasser', given_names: 'Omar' });
    const { chosen, link, shareId } = await shareFromPhone(page, (p) => p === 'profile.family_name', { office: true });
    assert.deepEqual(chosen, ['profile.family_name']);
    assert.ok(!link.includes('#'), `an addressed link carries no key: ${link}`);
    addressed = { link, shareId };

    // The office, with its key.
    const opened = JSON.parse(mappeOk(['open', link, '--as', dir, '--json'], { pass: OFFICE_PASS }));
    assert.equal(opened.verified, true);
    assert.equal(opened.content.profile.family_name, 'Nasser');
    assert.equal(opened.audience.name, OFFICE);
    // A bystander with a photo of the code.
    const bystander = mappe(['open', link, '--json']);
    assert.equal(bystander.status, 8, bystander.stderr);
    assert.doesNotMatch(bystander.stdout + bystander.stderr, /Nasser|Omar/);
    // The phone named the office it read from the camera.
    await tab(page, 'shares');
    await page.waitForSelector(`[data-share="${shareId}"]`);
    const card = plain(await page.textContent(`[data-share="${shareId}"]`));
    assert.match(card, new RegExp(`Für ${OFFICE}`));
    assert.match(card, /Familienname/, 'the shared fields in words, not paths');
    assert.doesNotMatch(card, /profile\.family_name/);
    assert.ok(fingerprint);
  } finally {
    await ctx.close();
  }
});

test('d: revoke on the phone → the office\'s next open is refused (exit 7); the access log shows the earlier open', async () => {
  assert.ok(addressed, 'needs test c');
  const ctx = await phone('cd');
  try {
    const page = await openApp(ctx);
    await unlock(page);
    await tab(page, 'shares');
    const item = `[data-share="${addressed.shareId}"]`;
    await page.waitForSelector(`${item} .log li`);
    const log = (await page.$$eval(`${item} .log li`, (els) => els.map((e) => e.textContent))).map(plain);
    assert.equal(log.length, 1, 'one open so far (the bystander was refused before fetching)');
    assert.match(log[0], new RegExp(OFFICE));
    assert.match(plain(await page.textContent(item)), /Einmal geöffnet/);

    await click(page, `${item} [data-action=revoke]`);
    await page.waitForSelector(`${item} [role=alertdialog]`);
    assert.match(await page.textContent(`${item} [role=alertdialog]`), /nicht zurückholen/);
    await click(page, `${item} [data-action=confirm-revoke]`);
    await page.waitForSelector('[data-notice=shares-revoked]');
    await page.waitForSelector(`${item}.status-revoked`);
    assert.equal(await page.locator(`${item} [data-action=revoke]`).count(), 0);

    const refused = mappe(['open', addressed.link, '--as', office.dir, '--json'], { pass: OFFICE_PASS });
    assert.equal(refused.status, 7, refused.stderr);
    assert.doesNotMatch(refused.stdout + refused.stderr, /Nasser/);
    // After revoking, the access log of the earlier open is still there.
    const after = (await page.$$eval(`${item} .log li`, (els) => els.map((e) => e.textContent))).map(plain);
    assert.equal(after.length, 1);
    assert.match(after[0], new RegExp(OFFICE));
  } finally {
    await ctx.close();
  }
});

// ---- e ------------------------------------------------------------------------------------

test('e: relay down or answering garbage during share and sync: a clear German message, nothing lost', async () => {
  const proxy = await startProxy(url);
  const dead = `http://127.0.0.1:${await closedPort()}`;
  // The page's CSP (connect-src 'self') refuses the dead address before any request: expected.
  const allow = new RegExp(`Refused to connect|${dead.replace(/[.:/]/g, '\\$&')}`);
  const ctx = await phone('e');
  try {
    let page = await openApp(ctx, proxy.url, allow);
    await create(page);
    await editProfile(page, { family_name: 'Bleibt-Da', given_names: 'Nour' });
    await addItem(page, 'cv', 'Praktikum Stadtbibliothek');
    const before = await shown(page);
    // Works through the stand-in while it forwards.
    await tab(page, 'sync');
    await click(page, '[data-action=sync]');
    await page.waitForSelector('[data-notice=sync-ok]', { timeout: 20_000 });

    const expectError = async (code, sentence) => {
      const box = page.locator('[data-error]').first();
      await box.waitFor({ timeout: 30_000 });
      assert.equal(await box.getAttribute('data-error'), code, await box.textContent());
      assert.match(await box.textContent(), sentence);
    };
    const trySync = async (relayUrl) => {
      await tab(page, 'sync');
      await page.fill('input[type=url]', relayUrl);
      await click(page, '[data-action=sync]');
    };
    const tryShare = async () => {
      await tab(page, 'share');
      await page.locator('[data-choices] input[data-path="profile.family_name"]').click();
      await click(page, '[data-action=preview]');
      await page.waitForSelector('[data-consent]');
      await click(page, '[data-action=confirm-share]');
    };

    // Down: a port nobody listens on.
    await trySync(dead);
    await expectError('unreachable', /Das Relay ist nicht erreichbar\. Prüfen Sie die Internetverbindung\./);
    await tryShare(); // the share goes to the relay the sync screen now names
    await expectError('unreachable', /Das Relay ist nicht erreichbar/);

    // Answers 200 with something that is not the relay's JSON.
    proxy.state.mode = 'garbage';
    await trySync(proxy.url);
    const garbageSync = await page.locator('[data-error]').first();
    await garbageSync.waitFor({ timeout: 30_000 });
    const garbageSyncCode = await garbageSync.getAttribute('data-error');
    const garbageSyncText = await garbageSync.textContent();
    await tryShare();
    const garbageShare = page.locator('[data-error]').first();
    await garbageShare.waitFor({ timeout: 30_000 });
    const garbageShareCode = await garbageShare.getAttribute('data-error');
    const garbageShareText = await garbageShare.textContent();

    // Answers 500 with an HTML page.
    proxy.state.mode = 'html500';
    await trySync(proxy.url);
    await expectError('relay', /Das Relay hat das abgelehnt/);
    await tryShare();
    await expectError('relay', /Das Relay hat das abgelehnt/);

    // Drops the connection.
    proxy.state.mode = 'reset';
    await trySync(proxy.url);
    await expectError('unreachable', /Das Relay ist nicht erreichbar/);

    for (const [what, code, text] of [['sync', garbageSyncCode, garbageSyncText], ['share', garbageShareCode, garbageShareText]]) {
      // A garbled answer is the relay's fault, not the person's: the relay sentence in German, not "internal".
      assert.equal(code, 'relay', `${what} with a garbage answer: ${code} ${text}`);
      assert.match(text, /Das Relay hat das abgelehnt/, `${what}: ${text}`);
    }
    console.log(`FLOWS garbage relay answer: sync → ${garbageSyncCode}, share → ${garbageShareCode}`);

    // Nothing lost: reload, unlock with the same passphrase, the same data; and the relay works again.
    proxy.state.mode = 'pass';
    await page.close();
    page = await openApp(ctx, proxy.url, allow);
    await unlock(page);
    assert.deepEqual(await shown(page), before);
    await trySync(proxy.url);
    await page.waitForSelector('[data-notice=sync-ok]', { timeout: 20_000 });
    assert.deepEqual(await shown(page), before);
  } finally {
    await ctx.close();
    proxy.server.close();
  }
});
