// The office desk (/office/) end to end: real headless Chromium (Debian's, playwright-core), the
// real `mappe-relay` and the real `mappe` CLI (target/debug), each in temporary folders. Run:
// `node --test --test-concurrency=1 test/browser/` after `cargo build --workspace --bins`.
// Screenshots go to $MAPPE_APP_SCREENSHOTS (default app/test/screenshots/, gitignored); figures
// are printed as lines starting with "OFFICE ".
//
//   1. an office created in the browser → its card QR read by the phone app's camera → an
//      addressed share made on the phone → the office opens it through its own camera: the same
//      fields and scans as `mappe open --as` (with the office exported from the browser and
//      imported by `mappe agency import`);
//   2. a live share corrected on the person's side → the office's next open shows the change
//      field by field; a relay replaying an older revision is refused and nothing is shown;
//   3. the printed record (A4 PDF, read back with pdftotext) holds the fields, the person's key,
//      the consent text, the retrieval time and the office;
//   4. a reload of the page in the same sitting shows the share again without another open;
//   5. an office key made by `mappe agency init` imported into the browser opens shares to it;
//   and the time from submitting a link to the verified fields for 50 items and a 1 MB scan.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, request } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, devices } from 'playwright-core';
import { ARGS, CHROMIUM, bins, click, plain, ready, startRelay, watchPage } from '../harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const pkg = join(repo, 'crates', 'sync-relay', 'assets', 'app', 'pkg');
const shots = process.env.MAPPE_APP_SCREENSHOTS || join(here, '..', 'screenshots');
const PASS = 'office test phone passphrase';
const CLI_PASS = 'office test person passphrase';
const OFFICE_PASS = 'office test desk passphrase';

let tmp;
let relay;
let url;
const problems = [];

// ---- processes (as in flows.test.js) --------------------------------------------------------

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
/** As mappe(), without blocking this process (needed while the stand-in relay runs in it). */
function mappeAsync(args, { wallet, pass = CLI_PASS } = {}) {
  const env = { ...process.env, MAPPE_PASSPHRASE: pass };
  delete env.MAPPE_HOME;
  env.MAPPE_LANG = 'en'; // mappe's words are read below; --lang overrides it where a test wants another language
  const child = spawn(join(bins, 'mappe'), wallet ? ['--wallet', wallet, ...args] : args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}
async function mappeAsyncOk(args, opts) {
  const r = await mappeAsync(args, opts);
  assert.equal(r.status, 0, `mappe ${args.join(' ')} → ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
// Found by its shape: what precedes it ("Link:") is in the --lang given.
const linkOf = (out) => out.match(/https?:\/\/[\w.:-]+\/s\/[\w-]+(?:#[\w.~%-]*)?/)[0];

/**
 * A stand-in relay on its own port that forwards everything to the real one and remembers the
 * first answer to each `GET /v1/shares/{id}`; with `state.replayOld`, it answers that request
 * with the remembered (older) answer instead — a relay rolled back or lying.
 */
async function startProxy(target) {
  const state = { replayOld: false, first: new Map() };
  const server = createServer((req, res) => {
    const m = /^\/v1\/shares\/([A-Za-z0-9_-]{22})$/.exec(req.url.split('?')[0]);
    const isGet = m && req.method === 'GET';
    if (isGet && state.replayOld && state.first.has(m[1])) {
      const old = state.first.get(m[1]);
      res.writeHead(old.status, old.headers);
      return res.end(old.body);
    }
    const t = new URL(target);
    const fwd = request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: { ...req.headers, host: t.host } }, (up) => {
      const chunks = [];
      up.on('data', (c) => chunks.push(c));
      up.on('end', () => {
        const body = Buffer.concat(chunks);
        if (isGet && up.statusCode === 200 && !state.first.has(m[1])) state.first.set(m[1], { status: up.statusCode, headers: up.headers, body });
        res.writeHead(up.statusCode, up.headers);
        res.end(body);
      });
    });
    fwd.on('error', () => res.destroy());
    req.pipe(fwd);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { state, server, url: `http://127.0.0.1:${server.address().port}` };
}

// ---- QR codes as a fake camera (as in flows.test.js) ----------------------------------------

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

async function cameraOf(text, name) {
  const file = join(tmp, `${name}.y4m`);
  writeFileSync(file, y4m(await qrModules(text)));
  return ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`];
}

// ---- browsers -------------------------------------------------------------------------------

const watch = (page, origin) => watchPage(page, problems, { origin });

/** A browser with its own profile folder; `camera`: launch args of a fake camera. */
async function browser(profile, { width = 1280, camera = null, locale = 'de-DE' } = {}) {
  const phoneLike = width < 600;
  return chromium.launchPersistentContext(join(tmp, profile), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, ...(camera || [])],
    ...(phoneLike ? devices['Pixel 7'] : {}),
    viewport: { width, height: phoneLike ? 844 : 900 },
    locale,
    acceptDownloads: true,
    ...(camera ? { permissions: ['camera'] } : {}),
  });
}

const body = async (page) => plain(await page.evaluate(() => document.body.innerText));
async function shot(page, name, width) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `office-${name}.png`), fullPage: true });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= width, `${name}: ${wide}px wide, more than ${width}`);
}

async function openOffice(ctx, origin = url, hash = '') {
  const page = watch(await ctx.newPage(), origin);
  await page.goto(`${origin}/office/${hash}`);
  await page.waitForSelector('main[data-state="ready"]', { timeout: 30_000 });
  return page;
}

async function createOffice(page, name, kind = 'jobcenter') {
  await ready(page, 'start');
  await page.fill('[data-input=office-name]', name);
  await page.selectOption('[data-input=office-kind]', kind);
  await page.fill('input[autocomplete="new-password"] >> nth=0', OFFICE_PASS);
  await page.fill('input[autocomplete="new-password"] >> nth=1', OFFICE_PASS);
  await click(page, '[data-action=create]');
  await page.waitForSelector('[data-recovery-code]');
  const groups = await page.$$eval('.code-group', (els) => els.map((e) => e.textContent));
  assert.ok(groups.length >= 8, 'a recovery code is shown once');
  await click(page, '[data-action=written]');
  await ready(page, 'desk');
}

async function unlockOffice(page, next = 'desk') {
  await ready(page, 'start');
  await page.fill('input[autocomplete="current-password"]', OFFICE_PASS);
  await click(page, '[data-action=unlock]');
  await ready(page, next);
}

/** Imports the files of a `mappe agency init` folder (or an export file) into the page. */
async function importOffice(page, files) {
  await ready(page, 'start');
  await page.setInputFiles('[data-file=import]', files);
  await page.waitForSelector('[data-notice=import-done]', { timeout: 30_000 });
}

async function exportOffice(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, '[data-action=export]')]);
  const file = join(tmp, `export-${Date.now()}.mappe-office`);
  await download.saveAs(file);
  return file;
}

/** Pastes `link` on the desk and waits for the share (or its failure). */
async function openLink(page, link) {
  await page.fill('[data-input=link]', link);
  await click(page, '[data-action=open-link]');
  await page.waitForSelector('main[data-state="ready"][data-screen^="share"]', { timeout: 60_000 });
}

/** What the share screen shows, in the shape of `mappe open --json`'s parts. */
function shownShare(page) {
  return page.evaluate(() => {
    const profile = {};
    for (const dd of document.querySelectorAll('[data-section=profile] dd[data-field]')) profile[dd.dataset.field] = dd.classList.contains('unset') ? null : dd.textContent;
    const items = {};
    for (const section of ['cv', 'certificates', 'residence']) {
      items[section] = [...document.querySelectorAll(`[data-section=${section}] [data-item]`)].map((a) => ({
        id: a.dataset.item.split('/')[1],
        title: a.querySelector('h3').textContent,
      }));
    }
    const scans = [...document.querySelectorAll('[data-scan]')].map((li) => ({ name: li.dataset.scan, sha256: li.dataset.sha256, size: Number(li.dataset.size) }));
    const meta = (m) => document.querySelector(`[data-meta=${m}]`)?.textContent ?? null;
    return {
      holder: document.querySelector('[data-holder]')?.textContent ?? null,
      profile,
      items,
      scans,
      opens: Number(document.querySelector('[data-meta=opens]')?.dataset.opens),
      audience: meta('audience'),
      consent: document.querySelector('[data-consent]')?.textContent ?? null,
      consentLang: document.querySelector('[data-consent]')?.getAttribute('lang') ?? null,
      consentDir: document.querySelector('[data-consent]')?.getAttribute('dir') ?? null,
      revision: Number(document.querySelector('[data-share-id]')?.dataset.revision),
      fromSitting: Boolean(document.querySelector('[data-notice=share-from-sitting]')),
      changes: [...document.querySelectorAll('[data-changed]')].map((r) => ({ field: r.dataset.changed, from: r.querySelector('del').textContent, to: r.querySelector('ins').textContent })),
    };
  });
}

/** Each shown scan downloaded through its download link, as SHA-256 hex. */
async function downloadedScanHashes(page) {
  const out = [];
  for (const link of await page.locator('[data-scan] a[download]').all()) {
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    out.push(createHash('sha256').update(readFileSync(await download.path())).digest('hex'));
  }
  return out;
}

// ---- the phone (the wallet app), as in flows.test.js ----------------------------------------

async function phoneCreate(page) {
  await ready(page, 'start');
  await page.fill('input[autocomplete="new-password"] >> nth=0', PASS);
  await page.fill('input[autocomplete="new-password"] >> nth=1', PASS);
  await click(page, '[data-action=create]');
  await page.waitForSelector('[data-recovery-code]');
  const groups = await page.$$eval('.code-group', (els) => els.map((e) => e.textContent));
  await click(page, '[data-action=written]');
  for (const input of await page.$$('input[data-group]')) {
    const n = Number(await input.getAttribute('data-group'));
    await input.fill(groups[n - 1]);
  }
  await click(page, '[data-action=confirm-code]');
  await ready(page, 'home');
}

async function jpeg(page) {
  const b64 = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 120;
    c.height = 80;
    const g = c.getContext('2d');
    g.fillStyle = '#2a6';
    g.fillRect(0, 0, 120, 80);
    g.fillStyle = '#fff';
    g.fillRect(10, 10, 50, 30);
    const blob = await new Promise((r) => c.toBlob(r, 'image/jpeg', 0.9));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return btoa(String.fromCharCode(...bytes));
  });
  return Buffer.from(b64, 'base64');
}

// ---- set-up -------------------------------------------------------------------------------

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mappe-office-'));
  relay = await startRelay(tmp);
  url = relay.url;
});

after(async () => {
  relay?.child.kill();
  rmSync(tmp, { recursive: true, force: true });
  assert.deepEqual(problems, []);
});

const OFFICE_1 = 'Jobcenter Musterstadt, Team 3';

// ---- 1 --------------------------------------------------------------------------------------

test('1: office made in the browser → card scanned by the phone → addressed share → scanned by the office camera: the same fields and scans as `mappe open --as`', async () => {
  // The office, created in the browser; its card and an export for the CLI.
  let office = await browser('office-1');
  let card;
  let fingerprint;
  let exported;
  try {
    const page = await openOffice(office);
    await shot(page, 'de-start-1280', 1280);
    await createOffice(page, OFFICE_1);
    card = await page.getAttribute('[data-card]', 'data-card');
    fingerprint = /[0-9A-Z]{4}(-[0-9A-Z]{4}){3}/.exec(await page.textContent('[data-fingerprint]'))[0];
    await shot(page, 'de-desk-1280', 1280);
    exported = await exportOffice(page);
    await click(page, '[data-action=poster]');
    await ready(page, 'poster');
    assert.match(await body(page), new RegExp(fingerprint));
    // How to scan it, in every language besides the interface's; printed on one A4 page.
    for (const l of ['en', 'ar', 'uk', 'fa', 'tr']) {
      assert.equal(await page.locator(`.poster-lang[lang=${l}]`).count(), 1, `poster without ${l}`);
    }
    assert.equal(await page.getAttribute('.poster-lang[lang=ar]', 'dir'), 'rtl');
    const posterPdf = join(tmp, 'poster.pdf');
    await page.pdf({ path: posterPdf, format: 'A4', tagged: true });
    const info = spawnSync('pdfinfo', [posterPdf], { encoding: 'utf8' });
    assert.equal(info.status, 0, `pdfinfo: ${info.stderr} (install poppler-utils)`);
    assert.match(info.stdout, /^Pages:\s+1$/m, 'the poster spills onto a second page');
    await shot(page, 'de-poster-1280', 1280);
  } finally {
    await office.close();
  }
  const officeDir = join(tmp, 'office-1-cli');
  const imported = mappeOk(['agency', 'import', exported], { wallet: officeDir, pass: OFFICE_PASS });
  assert.match(imported, new RegExp(fingerprint), 'the CLI imported the same key');

  // The phone reads the card through its camera and shares to the office.
  const phone = await browser('phone-1', { width: 390, camera: await cameraOf(card, 'card-1') });
  let link;
  let scan;
  try {
    const page = watch(await phone.newPage(), url);
    await page.goto(`${url}/app/`);
    await page.waitForSelector('main[data-state="ready"]', { timeout: 30_000 });
    await phoneCreate(page);
    await click(page, '[data-action=edit-profile]');
    await page.fill('[data-form=profile] input >> nth=0', 'Amal');
    await page.fill('[data-form=profile] input >> nth=1', 'Al-Khatib');
    await click(page, '[data-action=save]');
    await ready(page, 'home');
    scan = await jpeg(page);
    await click(page, '[data-add=certificates]');
    await page.fill('[data-form=certificates] input[type=text] >> nth=0', 'Deutsch B1');
    await page.setInputFiles('[data-file=file]', { name: 'b1-zeugnis.jpg', mimeType: 'image/jpeg', buffer: scan });
    await click(page, '[data-action=save]');
    await ready(page, 'home');
    await click(page, '[data-tab=share]');
    await ready(page, 'share');
    const paths = await page.$$eval('[data-choices] input[data-path]', (els) => els.map((e) => e.dataset.path));
    for (const p of paths.filter((p) => p === 'profile.family_name' || p === 'profile.given_names' || /^certificates\/[^/]+\/scan$/.test(p))) {
      await page.locator(`[data-choices] input[data-path="${p}"]`).click();
    }
    await page.locator('input[name=opens][value="10"]').click();
    await page.locator('input[name=who][value=office]').click();
    await click(page, '[data-action=scan-card]');
    await page.waitForSelector('[data-office]', { timeout: 30_000 });
    assert.match(plain(await page.textContent('[data-office]')), new RegExp(OFFICE_1.replace(/[,]/g, '.')));
    await click(page, '[data-action=preview]');
    await page.waitForSelector('[data-consent]');
    await click(page, '[data-action=confirm-share]');
    const section = page.locator('[data-share-url]');
    await section.waitFor({ timeout: 30_000 });
    link = await section.getAttribute('data-share-url');
  } finally {
    await phone.close();
  }
  assert.ok(!link.includes('#'), 'addressed: no key in the link');

  // The office again (same browser profile), now with the share's QR code in front of its camera.
  office = await browser('office-1', { camera: await cameraOf(link, 'share-1') });
  try {
    const page = await openOffice(office);
    await unlockOffice(page);
    await click(page, '[data-action=scan]');
    await ready(page, 'share');
    const shown = await shownShare(page);
    await shot(page, 'de-share-1280', 1280);

    const cli = JSON.parse(mappeOk(['open', link, '--as', officeDir, '--json'], { pass: OFFICE_PASS }));
    assert.equal(cli.verified, true);
    assert.equal(shown.holder, cli.holder.fingerprint);
    assert.deepEqual(shown.profile, { given_names: cli.content.profile.given_names, family_name: cli.content.profile.family_name });
    assert.equal(shown.profile.family_name, 'Al-Khatib');
    assert.deepEqual(shown.items.certificates, cli.content.certificates.map((c) => ({ id: c.id, title: c.title })));
    assert.deepEqual(shown.scans, cli.attachments.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size })));
    assert.equal(shown.scans.length, 1);
    const hashes = await downloadedScanHashes(page);
    assert.deepEqual(hashes, [createHash('sha256').update(scan).digest('hex')], 'the scan in the page is the phone\'s JPEG, byte for byte');
    assert.equal(await page.locator('[data-scan] img.scan-img').count(), 1, 'an image scan is shown in the page');
    assert.equal(plain(shown.audience), OFFICE_1);
    assert.equal(shown.consent, cli.consent.text);
    assert.equal(shown.consentLang, cli.consent.lang);
    assert.equal(shown.opens, 1);
    assert.equal(cli.opens, 2, 'the CLI open was the second');
  } finally {
    await office.close();
  }
});

// ---- 5 (first half) and the office used by 2, 3, 4 -----------------------------------------

let cliOffice; // { dir, card, fingerprint }
const person = () => join(tmp, 'person');

function setUpPerson() {
  if (existsSync(person())) return;
  mappeOk(['init'], { wallet: person() });
  mappeOk(['profile', 'set', 'given_names', 'Rana'], { wallet: person() });
  mappeOk(['profile', 'set', 'family_name', 'Haddad'], { wallet: person() });
  mappeOk(['profile', 'set', 'birth_date', '1990-04-12'], { wallet: person() });
  mappeOk(['cert', 'add', '--kind', 'language', '--title', 'Deutsch B2', '--level', 'B2'], { wallet: person() });
}

test('5: an office key made by `mappe agency init` imported into the browser opens a share addressed to it; a share to another office is refused', async () => {
  const dir = join(tmp, 'office-cli');
  const out = mappeOk(['agency', 'init', '--name', 'Ausländerbehörde Musterstadt', '--kind', 'auslaenderbehoerde'], { wallet: dir, pass: OFFICE_PASS });
  cliOffice = { dir, fingerprint: /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(out)[0] };
  setUpPerson();
  const link = linkOf(mappeOk(['share', '--relay', url, '--yes', '--to', join(dir, 'agency.json'), '--fields', 'profile,certificates', '--lang', 'ar', '--purpose', 'Verlängerung der Aufenthaltserlaubnis'], { wallet: person() }));
  // A share to some other office.
  const other = join(tmp, 'office-other');
  mappeOk(['agency', 'init', '--name', 'Sozialamt Anderswo', '--kind', 'sozialamt'], { wallet: other, pass: OFFICE_PASS });
  const otherLink = linkOf(mappeOk(['share', '--relay', url, '--yes', '--to', join(other, 'agency.json'), '--fields', 'profile.family_name'], { wallet: person() }));

  const ctx = await browser('office-5');
  try {
    const page = await openOffice(ctx);
    await importOffice(page, [join(dir, 'keystore.mappe'), join(dir, 'agency.json')]);
    await unlockOffice(page);
    assert.match(await page.textContent('[data-fingerprint]'), new RegExp(cliOffice.fingerprint));
    await openLink(page, link);
    await ready(page, 'share');
    const shown = await shownShare(page);
    assert.equal(shown.profile.family_name, 'Haddad');
    assert.equal(shown.profile.birth_date, '1990-04-12');
    assert.deepEqual(shown.items.certificates.map((c) => c.title), ['Deutsch B2']);
    assert.equal(shown.consentLang, 'ar');
    assert.equal(shown.consentDir, 'rtl', 'the consent text in the person\'s language, right to left');
    assert.match(await body(page), /Verlängerung der Aufenthaltserlaubnis/);
    await page.click('[data-action=close-share]');
    await ready(page, 'desk');

    await openLink(page, otherLink);
    await ready(page, 'share-failed');
    assert.equal(await page.getAttribute('[data-error]', 'data-error'), 'not_for_this_office');
    const text = await body(page);
    assert.match(text, /an eine andere Stelle gerichtet/);
    assert.doesNotMatch(text, /Haddad/);
  } finally {
    await ctx.close();
  }
});

// ---- 3 and 4 --------------------------------------------------------------------------------

test('3 + 4: the printed record (A4 PDF) holds fields, key, consent, time and office; a reload does not use another open, "Fetch again" does', async () => {
  assert.ok(cliOffice, 'needs test 5');
  const link = linkOf(mappeOk(['share', '--relay', url, '--yes', '--to', join(cliOffice.dir, 'agency.json'), '--fields', 'profile.given_names,profile.family_name,profile.birth_date', '--max-opens', '3', '--lang', 'de', '--purpose', 'Antrag auf Bürgergeld'], { wallet: person() }));
  const shareId = new URL(link).pathname.split('/').pop();
  const relayOpens = () => JSON.parse(mappeOk(['shares', '--json'], { wallet: person() })).find((s) => s.share_id === shareId).opens;
  const personFp = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(mappeOk(['show'], { wallet: person() }))[0];

  const ctx = await browser('office-5'); // the CLI office imported in test 5
  try {
    let page = await openOffice(ctx);
    await unlockOffice(page);
    await openLink(page, link);
    await ready(page, 'share');
    let shown = await shownShare(page);
    assert.equal(shown.opens, 1);
    assert.equal(shown.holder, personFp);
    assert.equal(relayOpens(), 1);
    assert.match(page.url(), /#open=/, 'the shown share is in the address, for a reload');

    // 3: the record as a PDF.
    const retrieved = plain(await page.textContent('[data-retrieved]'));
    const consent = shown.consent;
    const pdfFile = join(tmp, 'record.pdf');
    await page.pdf({ path: pdfFile, format: 'A4', tagged: true });
    const text = spawnSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    assert.equal(text.status, 0, `pdftotext: ${text.stderr} (install poppler-utils)`);
    const flat = plain(text.stdout).replace(/\s+/g, ' ');
    for (const want of ['Nachweis einer geprüften Mappe-Freigabe', 'Rana', 'Haddad', '1990-04-12', personFp, 'Antrag auf Bürgergeld', retrieved, 'Ausländerbehörde Musterstadt', cliOffice.fingerprint]) {
      assert.ok(flat.includes(want.replace(/\s+/g, ' ')), `the record lacks ${want}:\n${flat}`);
    }
    // The consent text, as the person saw it (its first sentence at least, and its last words).
    const consentFlat = consent.replace(/\s+/g, ' ').trim();
    assert.ok(flat.includes(consentFlat.slice(0, 60)), `the record lacks the consent text: ${consentFlat.slice(0, 60)}`);
    assert.ok(flat.includes(consentFlat.slice(-40)), `the record lacks the end of the consent text: ${consentFlat.slice(-40)}`);
    assert.doesNotMatch(flat, /Mit der Kamera scannen|Erneut abrufen|Nachweis für die Akte drucken/, 'no buttons in the print');
    console.log(`OFFICE record PDF: ${readFileSync(pdfFile).length} bytes, ${flat.length} characters of text`);

    // 4: a reload in the same sitting: unlock, the same share from the sitting, no open used.
    await page.reload();
    await page.waitForSelector('main[data-state="ready"]', { timeout: 30_000 });
    await unlockOffice(page, 'share');
    shown = await shownShare(page);
    assert.equal(shown.fromSitting, true, 'shown from this sitting');
    assert.equal(shown.profile.family_name, 'Haddad');
    assert.equal(shown.opens, 1);
    assert.equal(relayOpens(), 1, 'the reload did not use up an open');
    await shot(page, 'de-share-sitting-1280', 1280);
    // A second look through the desk in the same sitting: still no open.
    await page.click('[data-action=close-share]');
    await ready(page, 'desk');
    await openLink(page, link);
    await ready(page, 'share');
    assert.equal((await shownShare(page)).fromSitting, true);
    assert.equal(relayOpens(), 1);
    // "Fetch again" asks, then uses one more open.
    await click(page, '[data-action=fetch-again]');
    await page.waitForSelector('[role=alertdialog]');
    await click(page, '[data-action=fetch-again-yes]');
    await page.waitForFunction(() => document.querySelector('main[data-state=ready]') && !document.querySelector('[data-notice=share-from-sitting]') && document.querySelector('[data-meta=opens]'), null, { timeout: 30_000 });
    shown = await shownShare(page);
    assert.equal(shown.opens, 2);
    assert.equal(relayOpens(), 2);
    // Ending the sitting forgets it: after unlocking again, opening fetches (one more open).
    await click(page, '[data-action=lock]');
    await ready(page, 'start');
    const cached = await page.evaluate(async () => {
      const db = await new Promise((r) => { const q = indexedDB.open('mappe-office'); q.onsuccess = () => r(q.result); });
      const n = await new Promise((r) => { const q = db.transaction('sitting').objectStore('sitting').count(); q.onsuccess = () => r(q.result); });
      db.close();
      return n;
    });
    assert.equal(cached, 0, 'ending the sitting clears its cache');
    await page.close();
    page = await openOffice(ctx, url, `#open=${encodeURIComponent(link)}`);
    await unlockOffice(page, 'share');
    shown = await shownShare(page);
    assert.equal(shown.fromSitting, false);
    assert.equal(shown.opens, 3);
    assert.equal(relayOpens(), 3);
  } finally {
    await ctx.close();
  }
});

// ---- 2 --------------------------------------------------------------------------------------

test('2: a live share corrected by the person → the office sees what changed; a relay serving an older revision is refused, nothing shown', async () => {
  assert.ok(cliOffice, 'needs test 5');
  const proxy = await startProxy(url);
  const ctx = await browser('office-2');
  try {
    const link = linkOf(await mappeAsyncOk(['share', '--relay', proxy.url, '--yes', '--live', '--to', join(cliOffice.dir, 'agency.json'), '--fields', 'profile.given_names,profile.family_name'], { wallet: person() }));
    const page = await openOffice(ctx, proxy.url);
    await importOffice(page, [join(cliOffice.dir, 'keystore.mappe'), join(cliOffice.dir, 'agency.json')]);
    await unlockOffice(page);
    await openLink(page, link);
    await ready(page, 'share');
    let shown = await shownShare(page);
    assert.equal(shown.revision, 1);
    assert.equal(shown.profile.family_name, 'Haddad');
    assert.deepEqual(shown.changes, []);

    // The person corrects the spelling; the live share follows (revision 2).
    const fix = await mappeAsyncOk(['profile', 'set', 'family_name', 'Haddād'], { wallet: person() });
    assert.match(fix, /updated to revision 2/);
    await click(page, '[data-action=fetch-again]');
    await click(page, '[data-action=fetch-again-yes]');
    await page.waitForSelector('[data-changes]', { timeout: 30_000 });
    shown = await shownShare(page);
    assert.equal(shown.revision, 2);
    assert.equal(shown.profile.family_name, 'Haddād');
    assert.equal(shown.changes.length, 1, JSON.stringify(shown.changes));
    assert.equal(shown.changes[0].from, 'Haddad');
    assert.equal(shown.changes[0].to, 'Haddād');
    assert.match(await body(page), /Geändert seit Ihrem letzten Öffnen/);
    assert.match(await body(page), /Familienname/);
    await shot(page, 'de-share-changed-1280', 1280);

    // The relay (here the stand-in) serves revision 1 again.
    proxy.state.replayOld = true;
    await click(page, '[data-action=fetch-again]');
    await click(page, '[data-action=fetch-again-yes]');
    await ready(page, 'share-failed');
    assert.equal(await page.getAttribute('[data-error]', 'data-error'), 'older_revision');
    const text = await body(page);
    assert.match(text, /ältere Version/);
    assert.doesNotMatch(text, /Haddad|Haddād|Rana/, 'nothing of the share is shown');
    assert.equal(await page.locator('[data-fields]').count(), 0);
  } finally {
    await ctx.close();
    proxy.server.close();
  }
});

// ---- screenshots in Arabic and at phone width ----------------------------------------------

test('layout: the desk and a share at 390 px and 1280 px, German and Arabic (right to left)', async () => {
  assert.ok(cliOffice, 'needs test 5');
  const link = linkOf(mappeOk(['share', '--relay', url, '--yes', '--to', join(cliOffice.dir, 'agency.json'), '--fields', 'profile,certificates', '--lang', 'fa'], { wallet: person() }));
  for (const [lang, width] of [['de', 390], ['ar', 390], ['ar', 1280]]) {
    const ctx = await browser(`office-layout-${lang}-${width}`, { width, locale: lang === 'ar' ? 'ar' : 'de-DE' });
    try {
      const page = await openOffice(ctx);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      await shot(page, `${lang}-start-${width}`, width);
      await importOffice(page, [join(cliOffice.dir, 'keystore.mappe'), join(cliOffice.dir, 'agency.json')]);
      await unlockOffice(page);
      await shot(page, `${lang}-desk-${width}`, width);
      await openLink(page, link);
      await ready(page, 'share');
      const shown = await shownShare(page);
      assert.equal(shown.consentLang, 'fa');
      assert.equal(shown.consentDir, 'rtl');
      await shot(page, `${lang}-share-${width}`, width);
    } finally {
      await ctx.close();
    }
  }
});

// ---- the figure ------------------------------------------------------------------------------

function pdfBytes(size, marker) {
  const head = Buffer.from(`%PDF-1.4\n% ${marker}\n`);
  const b = Buffer.alloc(size - head.length - 6);
  for (let i = 0; i < b.length; i++) b[i] = (i * 31 + 7) & 0xff;
  return Buffer.concat([head, b, Buffer.from('\n%%EOF')]);
}

test('OFFICE open time: link submitted → verified fields shown, 50 items and a 1 MB scan', async () => {
  assert.ok(cliOffice, 'needs test 5');
  const big = join(tmp, 'big');
  mappeOk(['init'], { wallet: big });
  mappeOk(['profile', 'set', 'family_name', 'Haddad'], { wallet: big });
  mappeOk(['profile', 'set', 'given_names', 'Leila'], { wallet: big });
  for (let i = 0; i < 20; i++) {
    mappeOk(['cv', 'add', '--kind', i % 2 ? 'work' : 'education', '--title', `CV entry ${i}`, '--organisation', `Organisation ${i}`, '--place', 'Damaskus', '--from', `${2000 + i}`, '--to', `${2001 + i}`, '--description', `Description of entry ${i}: tasks, responsibilities and results.`], { wallet: big });
  }
  writeFileSync(join(tmp, 'scan-1mb.pdf'), pdfBytes(1024 * 1024, 'BIG'));
  for (let i = 0; i < 20; i++) {
    const args = ['cert', 'add', '--kind', 'language', '--title', `Certificate ${i}`, '--level', 'B2', '--issuer', 'Goethe-Institut'];
    if (i === 0) args.push('--file', join(tmp, 'scan-1mb.pdf'));
    mappeOk(args, { wallet: big });
  }
  for (let i = 0; i < 10; i++) mappeOk(['residence', 'add', '--kind', 'aufenthaltserlaubnis', '--number', `R${i}`, '--valid-until', '2030-01-31'], { wallet: big });
  const json = JSON.parse(mappeOk(['show', '--json'], { wallet: big }));
  const scanCert = json.certificates.find((c) => c.attachment).id;
  const fields = ['profile', 'cv', ...json.certificates.map((c) => `certificates/${c.id}`), ...json.residence.map((r) => `residence/${r.id}`), `certificates/${scanCert}/scan`];
  const link = linkOf(mappeOk(['share', '--relay', url, '--yes', '--to', join(cliOffice.dir, 'agency.json'), '--fields', fields.join(',')], { wallet: big }));

  const ctx = await browser('office-5');
  const times = [];
  try {
    const page = await openOffice(ctx);
    await unlockOffice(page);
    for (let run = 0; run < 5; run++) {
      await page.evaluate(() => performance.clearMarks());
      if (run === 0) await openLink(page, link);
      else {
        await click(page, '[data-action=fetch-again]');
        await click(page, '[data-action=fetch-again-yes]');
      }
      await page.waitForFunction(() => performance.getEntriesByName('office:fields-shown').length > 0, null, { timeout: 60_000 });
      await ready(page, 'share');
      assert.equal(await page.locator('[data-item]').count(), 50);
      assert.equal(await page.locator('[data-scan]').count(), 1);
      const ms = await page.evaluate(() => {
        const a = performance.getEntriesByName('office:submit').at(-1);
        const b = performance.getEntriesByName('office:fields-shown').at(-1);
        return a && b ? b.startTime - a.startTime : null;
      });
      assert.ok(typeof ms === 'number' && ms > 0, 'no performance marks');
      times.push(ms);
    }
  } finally {
    await ctx.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`OFFICE open (50 items + 1 MB scan, localhost, debug relay): median ${median.toFixed(0)} ms of ${times.map((t) => t.toFixed(0)).join(', ')} ms (goal < 500 ms)`);
});

