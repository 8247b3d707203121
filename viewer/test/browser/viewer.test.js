// The viewer in real headless Chromium (Debian's `chromium`, driven by playwright-core) against a
// real `mappe-relay`, with shares made by the real `mappe` CLI. Screenshots go to
// target/viewer-screenshots/. Run: `node --test test/browser/` after `cargo build --workspace --bins`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bins = process.env.MAPPE_BIN_DIR || join(repo, 'target', 'debug');
const shots = join(repo, 'target', 'viewer-screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PASS = 'viewer test passphrase';
const AGENCY_PASS = 'viewer office passphrase';
const M = {
  family: 'MARKERFAMILY7Q',
  given: 'MARKERGIVEN3Z', // planted, never shared in the exact-fields test
  cv: 'MARKERCV9K', // planted
  cert: 'MARKERCERT4D',
  otherCert: 'MARKEROTHER8P', // planted
};

let tmp;
let relay;
let relayUrl;
let context;
let holder;
let ids;
const links = []; // every link made, to check that no key ever reached the relay
let scanBytes;

// ---- processes ----------------------------------------------------------------------------

/** The share link in what `mappe share` printed, in any language. */
const shareLink = (out) => out.match(/https?:\/\/[\w.:-]+\/s\/[\w-]+(?:#[\w.~%-]*)?/)?.[0];

function mappe(wallet, args, pass = PASS) {
  const env = { ...process.env, MAPPE_PASSPHRASE: pass };
  delete env.MAPPE_HOME;
  env.MAPPE_LANG = 'en'; // mappe's words are read below; --lang overrides it where a test wants another language
  return execFileSync(join(bins, 'mappe'), ['--wallet', wallet, ...args], { env, encoding: 'utf8' });
}

function share(args) {
  const out = mappe(holder, ['share', '--relay', relayUrl, '--yes', ...args]);
  // The link is found by its shape: what precedes it ("Link:") is in the --lang given.
  const link = shareLink(out);
  const id = link && new URL(link).pathname.split('/').pop();
  assert.ok(link && id, `no link in:\n${out}`);
  links.push(link);
  return { link, id };
}

async function startRelay(dir) {
  const child = spawn(
    join(bins, 'mappe-relay'),
    ['--listen', '127.0.0.1:0', '--db', join(dir, 'relay.sqlite'), '--request-log', join(dir, 'requests.log')],
    // The relay's rate limits have their own tests (crates/sync-relay/tests/limits.rs).
    {
      env: { ...process.env, MAPPE_RELAY_SHARE_OPENS_PER_MINUTE: '0', MAPPE_RELAY_RATE_LIMIT_PER_MINUTE: '0' },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const line = await new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`mappe-relay exited with ${code}`)));
  });
  const m = /^mappe-relay listening on (http:\/\/\S+)$/.exec(line);
  assert.ok(m, `unexpected first line from mappe-relay: ${line}`);
  return { child, url: m[1], db: join(dir, 'relay.sqlite'), log: join(dir, 'requests.log') };
}

/**
 * Flips one bit of a share's stored ciphertext, as a malicious or broken relay would. The
 * ciphertext lives in `share_content(share_id, ciphertext)` (older schema: `shares(id, ciphertext)`).
 */
function flipStoredByte(db, shareId, at) {
  const py = `
import base64, sqlite3, sys
db, sid, at = sys.argv[1], sys.argv[2], int(sys.argv[3])
key = base64.urlsafe_b64decode(sid + '=' * (-len(sid) % 4))
c = sqlite3.connect(db)
c.execute('PRAGMA busy_timeout = 5000')
cols = lambda t: [r[1] for r in c.execute('PRAGMA table_info(%s)' % t)]
table, idcol = ('share_content', 'share_id') if 'ciphertext' in cols('share_content') else ('shares', 'id')
(ct,) = c.execute('SELECT ciphertext FROM %s WHERE %s = ?' % (table, idcol), (key,)).fetchone()
ct = bytearray(ct)
ct[at if at >= 0 else len(ct) + at] ^= 1
c.execute('UPDATE %s SET ciphertext = ? WHERE %s = ?' % (table, idcol), (bytes(ct), key))
c.commit()
print(len(ct))
`;
  return Number(execFileSync('python3', ['-c', py, db, shareId, String(at)], { encoding: 'utf8' }).trim());
}

/** A small valid-looking PDF of `size` bytes. */
function pdf(size, marker) {
  const head = Buffer.from(`%PDF-1.4\n% ${marker}\n`);
  const body = Buffer.alloc(size - head.length - 6);
  for (let i = 0; i < body.length; i++) body[i] = (i * 31 + 7) & 0xff;
  return Buffer.concat([head, body, Buffer.from('\n%%EOF')]);
}

// ---- browser helpers ----------------------------------------------------------------------

const problems = [];

async function open(url, width = 390) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  page.on('pageerror', (e) => problems.push(`page error on ${url}: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) {
      problems.push(`console error on ${url}: ${msg.text()}`);
    }
  });
  page.on('request', (req) => {
    if (!req.url().startsWith(relayUrl) && !req.url().startsWith('blob:')) {
      problems.push(`request to another origin: ${req.url()}`);
    }
  });
  await page.goto(url);
  await page.waitForSelector('main:not([data-state="loading"])', { timeout: 10_000 });
  return page;
}

async function shot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

const text = (page) => page.evaluate(() => document.body.innerText);

async function assertFailure(page, reason, hidden) {
  assert.equal(await page.getAttribute('main', 'data-state'), 'failure');
  assert.equal(await page.getAttribute('main', 'data-error'), reason);
  assert.equal(await page.locator('[data-fields]').count(), 0, 'no field on a failure');
  const body = await text(page);
  for (const h of hidden) assert.ok(!body.includes(h), `"${h}" shown on a failure`);
  return body;
}

// ---- setup --------------------------------------------------------------------------------

before(async () => {
  for (const b of ['mappe', 'mappe-relay']) {
    assert.ok(existsSync(join(bins, b)), `${join(bins, b)} is not built: run cargo build --workspace --bins`);
  }
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  mkdirSync(shots, { recursive: true });
  tmp = mkdtempSync(join(tmpdir(), 'mappe-viewer-'));
  const relayDir = join(tmp, 'relay');
  mkdirSync(relayDir);
  relay = await startRelay(relayDir);
  relayUrl = relay.url;

  holder = join(tmp, 'holder');
  mappe(holder, ['init']);
  mappe(holder, ['profile', 'set', 'family_name', M.family]);
  mappe(holder, ['profile', 'set', 'given_names', M.given]);
  mappe(holder, ['profile', 'set', 'birth_date', '1994-03-17']);
  mappe(holder, ['cv', 'add', '--kind', 'work', '--title', 'Pharmacy assistant', '--description', M.cv]);
  scanBytes = pdf(1024 * 1024, 'SCANMARKER');
  writeFileSync(join(tmp, 'telc-b1.pdf'), scanBytes);
  mappe(holder, ['cert', 'add', '--kind', 'language', '--title', `Deutsch B1 ${M.cert}`, '--level', 'B1',
    '--issuer', 'telc gGmbH', '--file', join(tmp, 'telc-b1.pdf')]);
  mappe(holder, ['cert', 'add', '--kind', 'qualification', '--title', `Bachelor ${M.otherCert}`]);
  mappe(holder, ['residence', 'add', '--kind', 'aufenthaltserlaubnis', '--number', 'Y12345678',
    '--valid-until', '2030-01-31', '--authority', 'Ausländerbehörde Musterstadt']);
  const show = JSON.parse(mappe(holder, ['show', '--json']));
  ids = {
    fingerprint: show.identity.fingerprint,
    cert: show.certificates.find((c) => c.title.includes(M.cert)).id,
    otherCert: show.certificates.find((c) => c.title.includes(M.otherCert)).id,
  };

  context = await chromium.launchPersistentContext(join(tmp, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'de-DE', // the interface follows navigator.languages
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await context?.close();
  relay?.child.kill();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// ---- tests --------------------------------------------------------------------------------

test('a bearer share shows exactly the chosen fields, verified, and its scan downloads decrypted', async () => {
  const { link, id } = share([
    '--fields', `profile.family_name,certificates/${ids.cert}/scan`,
    '--purpose', 'Antrag auf Bürgergeld', '--max-opens', '5', '--lang', 'de',
  ]);
  const page = await open(link, 390);
  assert.equal(await page.getAttribute('main', 'data-state'), 'verified');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal((await page.textContent('[data-fingerprint]')).trim(), ids.fingerprint);
  // Exactly the chosen groups and rows.
  const groups = await page.$$eval('[data-group]', (els) => els.map((e) => e.dataset.group));
  assert.deepEqual(groups, ['profile', 'certificates', 'scans']);
  const profileRows = await page.$$eval('[data-group="profile"] dt', (els) => els.map((e) => e.textContent));
  assert.deepEqual(profileRows, ['Familienname']);
  const items = await page.$$eval('[data-item]', (els) => els.map((e) => e.dataset.item));
  assert.deepEqual(items, [`certificates/${ids.cert}`]);
  const body = await text(page);
  for (const shown of [M.family, M.cert, 'Sprachzertifikat', 'telc gGmbH', 'Antrag auf Bürgergeld',
    'Von der Person angegeben, seit der Freigabe unverändert', 'Das beweist nicht, dass die Angaben stimmen.', '4 von 5 Mal']) {
    assert.ok(body.includes(shown), `"${shown}" missing`);
  }
  for (const planted of [M.given, M.cv, M.otherCert, '1994-03-17', 'Y12345678', 'Pharmacy']) {
    assert.ok(!body.includes(planted), `"${planted}" was not shared but is shown`);
  }
  assert.equal(await page.getAttribute('[data-consent]', 'lang'), 'de');
  assert.equal(await page.getAttribute('[data-consent]', 'dir'), 'ltr');
  await shot(page, 'verified-de-390');

  // The scan: fetched, decrypted and checked in the browser, saved byte-identical.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.download')]);
  assert.equal(download.suggestedFilename(), 'telc-b1.pdf');
  const saved = join(tmp, 'downloaded.pdf');
  await download.saveAs(saved);
  assert.ok(readFileSync(saved).equals(scanBytes), 'the downloaded scan differs from the original');
  assert.equal(await page.getAttribute('main', 'data-state'), 'verified');

  // No attestation in this share: no section for them.
  assert.equal(await page.locator('[data-attestations]').count(), 0);
  assert.ok(!body.includes('Geprüft') && !body.includes('Bestätigt'), 'the person\'s statements are not called checked or confirmed');

  // English from the language menu; no reload, no new open.
  await page.selectOption('#lang', 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const en = await text(page);
  for (const shown of ['Stated by the person, unchanged since shared', 'Family name', 'Language certificate', '4 of 5',
    'What the person was shown']) {
    assert.ok(en.includes(shown), `"${shown}" missing in English`);
  }
  await shot(page, 'verified-en-390');
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, 'verified-en-1280');
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'verified-en-print');
  await page.close();
  const log = JSON.parse(mappe(holder, ['shares', '--json']));
  const entry = log.find((s) => s.share_id === id);
  assert.equal(entry?.opens, 1, 'the page opened the share exactly once');
});

test('Arabic consent text is shown right to left, at phone and desktop width', async () => {
  const { link } = share(['--fields', 'profile.family_name,residence/current', '--lang', 'ar', '--purpose', 'تقديم طلب']);
  const page = await open(link, 390);
  assert.equal(await page.getAttribute('main', 'data-state'), 'verified');
  assert.equal(await page.getAttribute('[data-consent]', 'lang'), 'ar');
  assert.equal(await page.getAttribute('[data-consent]', 'dir'), 'rtl');
  assert.equal(await page.$eval('[data-consent]', (e) => getComputedStyle(e).direction), 'rtl');
  assert.ok((await page.textContent('[data-consent]')).includes('الإلغاء'));
  // Nothing wider than the phone's screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  await shot(page, 'verified-ar-consent-390');
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, 'verified-ar-consent-1280');
  await page.close();
});

test('one byte flipped on the relay shows the tamper error and no field', async () => {
  const { link, id } = share(['--fields', 'profile.family_name,profile.given_names']);
  const len = flipStoredByte(relay.db, id, -40); // inside the ciphertext body
  assert.ok(len > 200);
  const page = await open(link, 390);
  const body = await assertFailure(page, 'tampered', [M.family, M.given]);
  assert.ok(body.includes('Beschädigt oder verändert') && body.includes('Damaged or altered'));
  await shot(page, 'tampered-390');
  await page.close();
  // A flipped header byte (the AAD) too.
  const second = share(['--fields', 'profile.family_name']);
  flipStoredByte(relay.db, second.id, 24); // the revision
  const p2 = await open(second.link);
  await assertFailure(p2, 'tampered', [M.family]);
  await p2.close();
});

test('a link with a wrong key or a broken id says so and shows nothing', async () => {
  const { link } = share(['--fields', 'profile.family_name']);
  const wrongKey = `${link.split('#')[0]}#${'A'.repeat(42)}E`;
  const p1 = await open(wrongKey);
  await assertFailure(p1, 'tampered', [M.family]);
  await p1.close();
  const p2 = await open(`${relayUrl}/s/not-a-share-id#${link.split('#')[1]}`);
  const body = await assertFailure(p2, 'wrong_link', [M.family]);
  assert.ok(body.includes('Falscher Link') && body.includes('Wrong link'));
  await p2.close();
  const p3 = await open(`${relayUrl}/s/AAAAAAAAAAAAAAAAAAAAAA#${link.split('#')[1]}`);
  await assertFailure(p3, 'wrong_link', [M.family]);
  await p3.close();
});

test('a revoked share shows "revoked"', async () => {
  const { link, id } = share(['--fields', 'profile.family_name']);
  mappe(holder, ['revoke', id, '--yes']);
  const page = await open(link, 390);
  const body = await assertFailure(page, 'revoked', [M.family]);
  assert.ok(body.includes('Widerrufen') && body.includes('Revoked'));
  await shot(page, 'revoked-390');
  await page.close();
});

test('an expired share shows "expired"', async () => {
  const { link } = share(['--fields', 'profile.family_name', '--expires', '2s']);
  await new Promise((r) => setTimeout(r, 2600));
  const page = await open(link, 390);
  const body = await assertFailure(page, 'expired', [M.family]);
  assert.ok(body.includes('Abgelaufen') && body.includes('Expired'));
  await page.close();
});

test('a used-up share shows "used up"', async () => {
  const { link } = share(['--fields', 'profile.family_name', '--max-opens', '1']);
  const first = await open(link);
  assert.equal(await first.getAttribute('main', 'data-state'), 'verified');
  await first.close();
  const page = await open(link);
  const body = await assertFailure(page, 'used_up', [M.family]);
  assert.ok(body.includes('Aufgebraucht') && body.includes('Used up'));
  await page.close();
});

test('an addressed share explains that it is for one office, links to the office desk and names `mappe open`', async () => {
  const office = join(tmp, 'jobcenter');
  mappe(office, ['agency', 'init', '--name', 'Jobcenter Musterstadt', '--kind', 'jobcenter'], AGENCY_PASS);
  const { link } = share(['--fields', 'profile.family_name', '--to', join(office, 'agency.json')]);
  assert.ok(!link.includes('#'), link);
  const page = await open(link, 390);
  assert.equal(await page.getAttribute('main', 'data-state'), 'addressed');
  const body = await text(page);
  assert.ok(body.includes('Diese Freigabe ist für eine bestimmte Stelle'));
  assert.ok(body.includes('This share is for a specific office'));
  assert.ok(body.includes('mappe open'));
  assert.ok(body.includes('Am Mappe-Schreibtisch öffnen') && body.includes('Open at the office desk'));
  // The office desk on the same relay, asked to open exactly this share after unlocking.
  const href = await page.getAttribute('[data-office-link]', 'href');
  assert.equal(href, `/office/#open=${encodeURIComponent(link)}`);
  assert.ok(!body.includes(M.family));
  await shot(page, 'addressed-390');
  await page.close();
  // With some key glued on, the relay's 401 audience_required gives the same explanation.
  const glued = await open(`${link}#${'B'.repeat(42)}A`);
  assert.equal(await glued.getAttribute('main', 'data-state'), 'addressed');
  await glued.close();
});

test('VIEWER load time: 50 items and a 1 MB scan', async () => {
  const big = join(tmp, 'big');
  mappe(big, ['init']);
  mappe(big, ['profile', 'set', 'family_name', 'Haddad']);
  mappe(big, ['profile', 'set', 'given_names', 'Leila']);
  for (let i = 0; i < 20; i++) {
    mappe(big, ['cv', 'add', '--kind', i % 2 ? 'work' : 'education', '--title', `CV entry ${i}`,
      '--organisation', `Organisation ${i}`, '--place', 'Damaskus', '--from', `${2000 + i}`, '--to', `${2001 + i}`,
      '--description', `Description of entry ${i}: tasks, responsibilities and results.`]);
  }
  writeFileSync(join(tmp, 'scan-1mb.pdf'), pdf(1024 * 1024, 'BIG'));
  for (let i = 0; i < 20; i++) {
    const args = ['cert', 'add', '--kind', 'language', '--title', `Certificate ${i}`, '--level', 'B2', '--issuer', 'Goethe-Institut'];
    if (i === 0) args.push('--file', join(tmp, 'scan-1mb.pdf'));
    mappe(big, args);
  }
  for (let i = 0; i < 10; i++) {
    mappe(big, ['residence', 'add', '--kind', 'aufenthaltserlaubnis', '--number', `R${i}`, '--valid-until', '2030-01-31']);
  }
  const show = JSON.parse(mappe(big, ['show', '--json']));
  const scanCert = show.certificates.find((c) => c.attachment).id;
  const fields = ['profile', 'cv', ...show.certificates.map((c) => `certificates/${c.id}`),
    ...show.residence.map((r) => `residence/${r.id}`), `certificates/${scanCert}/scan`];
  const out = mappe(big, ['share', '--relay', relayUrl, '--yes', '--fields', fields.join(',')]);
  const link = shareLink(out);
  links.push(link);

  const times = [];
  const parts = [];
  let page;
  for (let run = 0; run < 5; run++) {
    page = await open(link, 1280);
    await page.waitForSelector('[data-fields]');
    assert.equal(await page.locator('[data-item]').count(), 50);
    assert.equal(await page.locator('button.download').count(), 1);
    const t = await page.evaluate(() => performance.getEntriesByName('mappe:fields-shown')[0]?.startTime);
    assert.ok(typeof t === 'number', 'no performance mark');
    times.push(t);
    parts.push(
      await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const res = performance.getEntriesByType('resource');
        const share = res.find((r) => /\/v1\/shares\/[^/]+$/.test(r.name));
        const js = res.find((r) => r.name.endsWith('/viewer/app.js'));
        const mark = (n) => performance.getEntriesByName(n)[0]?.startTime;
        return {
          html: nav.responseEnd, js: js?.responseEnd, fetchStart: share?.startTime, fetchEnd: share?.responseEnd,
          fetched: mark('mappe:fetched'), opened: mark('mappe:opened'),
        };
      }),
    );
    if (run < 4) await page.close();
  }
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.download')]);
  await download.path();
  const scanMs = Date.now() - t0;
  await shot(page, 'verified-50-items-1280');
  await page.close();
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[2];
  console.log(
    `VIEWER load-to-fields: ${median.toFixed(0)} ms median of 5 (runs ${times.map((x) => x.toFixed(0)).join(', ')} ms; ` +
      `first ${times[0].toFixed(0)} ms), 50 items + 1 MB scan, localhost, headless Chromium; ` +
      `scan download+decrypt+check on click ${scanMs} ms`,
  );
  const p = parts[times.indexOf(median)];
  console.log(
    `VIEWER breakdown (that run): page HTML ${p.html.toFixed(0)} ms, app.js ${p.js?.toFixed(0)} ms, ` +
      `share fetch ${p.fetchStart?.toFixed(0)}–${p.fetchEnd?.toFixed(0)} ms, JSON read ${p.fetched?.toFixed(0)} ms, ` +
      `decrypted and verified ${p.opened?.toFixed(0)} ms, fields shown ${median.toFixed(0)} ms`,
  );
  if (median > 300) console.log(`VIEWER warning: above the 300 ms goal`);
  assert.ok(median < 2000, `load to fields took ${median} ms`);
});

test('the relay never saw a share key, and nothing went to another origin', () => {
  assert.deepEqual(problems, []);
  const log = readFileSync(relay.log, 'utf8');
  const lines = log.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.some((l) => l.path.startsWith('/s/')), 'the page requests are in the log');
  assert.ok(lines.some((l) => l.path === '/viewer/app.js'));
  const keys = links.filter((l) => l.includes('#')).map((l) => l.split('#')[1]);
  assert.ok(keys.length >= 5);
  for (const key of keys) assert.ok(!log.includes(key), 'a share key reached the relay');
  for (const l of lines) {
    assert.ok(!l.path.includes('#'), `fragment in ${l.path}`);
    for (const [name] of l.headers) assert.notEqual(name.toLowerCase(), 'referer', 'a Referer header was sent');
  }
});
