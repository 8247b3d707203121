// An office's confirmation (attestation) on the person's phone, end to end: real headless Chromium
// (Debian's, playwright-core, devices['Pixel 7'] at 390 px), the real `mappe-relay` publishing a
// trust list (`--directory`) and the real `mappe` CLI, each in temporary folders. Run:
// `node --test --test-concurrency=1 test/browser/attest.test.js` after
// `cargo build -p mappe-cli -p sync-relay` (binaries from $MAPPE_BIN_DIR, default target/debug).
// Screenshots go to $MAPPE_APP_SCREENSHOTS (default app/test/screenshots/, gitignored).
//
//   a wallet made in the app, a residence paper added; the key read from "My key for offices" →
//   an Ausländerbehörde (on the trust list) attests the paper for that key with `mappe agency
//   attest` → confirmations for another key, for the wrong kind of paper, altered and expired are
//   refused with their translated sentence and nothing is stored → the right one is pasted: the
//   paper shows "Bestätigt von … bis …" and the confirmed facts → a bearer share with only
//   "valid until" ticked → `mappe open --trust-key` sees exactly {valid_until} and `confirmed`.
//   Screenshots in German and Arabic of the paper with its badge and of the facts to tick.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, devices } from 'playwright-core';
import { ARGS, CHROMIUM, bins, click, createWallet, ready, startRelay as spawnRelay, text, watchPage } from '../harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const pkg = join(repo, 'crates', 'sync-relay', 'assets', 'app', 'pkg');
const shots = process.env.MAPPE_APP_SCREENSHOTS || join(here, '..', 'screenshots');
const PASS = 'attest test passphrase';
const OFFICE_PASS = 'attest office passphrase';
const ISSUER = 'Ausländerbehörde Musterstadt';
const NUMBER = 'Y7F3K9L2M';

let tmp;
let relay;
let url;
let trustKey;
const problems = [];

// ---- processes ------------------------------------------------------------------------------

const startRelay = (dir, directory) => spawnRelay(dir, { args: ['--directory', directory] });

function mappeOk(args, { wallet, pass = OFFICE_PASS } = {}) {
  const env = { ...process.env, MAPPE_PASSPHRASE: pass };
  delete env.MAPPE_HOME;
  env.MAPPE_LANG = 'en'; // mappe's words are read below; --lang overrides it where a test wants another language
  const r = spawnSync(join(bins, 'mappe'), wallet ? ['--wallet', wallet, ...args] : args, { env, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `mappe ${args.join(' ')} → ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const issuer = () => join(tmp, 'auslaenderbehoerde');

/** `mappe agency attest` for `holder` with the paper's facts; returns the attestation file. */
function attest(holder, name, { kind = 'residence', claims = ['kind=aufenthaltserlaubnis', `number=${NUMBER}`, 'valid_until=2027-12-31', 'work_permitted=yes'] } = {}) {
  const out = join(tmp, name);
  const said = mappeOk(['agency', 'attest', '--kind', kind, '--holder', holder, ...claims.flatMap((c) => ['--claim', c]), '--expires', '365d', '--relay', url, '--out', out], { wallet: issuer() });
  assert.match(said, /attestation number \d+/);
  return out;
}

/** An attestation for `holder` that expired yesterday, made by the wasm core (a desk's `attest`). */
async function expiredAttestation(holder) {
  const core = await import(pathToFileURL(join(pkg, 'wallet_wasm.js')).href);
  core.initSync({ module: readFileSync(join(pkg, 'wallet_wasm_bg.wasm')) });
  const { office } = core.createOffice('Ausländerbehörde Altstadt', 'auslaenderbehoerde', OFFICE_PASS);
  const now = Math.floor(Date.now() / 1000);
  const issued = office.attest({ kind: 'residence', holder, claims: { kind: 'aufenthaltserlaubnis', valid_until: '2027-12-31' }, expiresAt: now - 86400, relay: url }, null, now - 30 * 86400);
  office.free();
  return issued.sdJwt;
}

// ---- the phone ------------------------------------------------------------------------------

const watch = (page, origin) => watchPage(page, problems, { origin });

async function phone(profile) {
  return chromium.launchPersistentContext(join(tmp, profile), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
    locale: 'de-DE',
  });
}

async function tab(page, name) {
  await click(page, `[data-tab=${name}]`);
  await ready(page, name);
}
/** A full-page screenshot, and one of `detail` (an element) alone, to look at closely. */
async function shot(page, name, detail = null) {
  mkdirSync(shots, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(shots, `attest-${name}.png`), fullPage: true });
  if (detail) {
    // The sticky header and the fixed tabs would cover part of a scrolled element.
    const chrome = (v) => page.evaluate((vis) => document.querySelectorAll('.bar, .tabs').forEach((e) => (e.style.visibility = vis)), v);
    await chrome('hidden');
    await page.locator(detail).first().screenshot({ path: join(shots, `attest-${name}-detail.png`) });
    await chrome('');
  }
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 390, `${name}: ${wide}px wide, more than 390`);
}

const create = (page) => createWallet(page, PASS);

/** The stored wallet file (IndexedDB), as hex: to see that a refusal stored nothing. */
const storedWallet = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('mappe');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('wallet').objectStore('wallet').get('current');
          get.onsuccess = () => {
            open.result.close();
            resolve(Array.from(new Uint8Array(get.result), (b) => b.toString(16).padStart(2, '0')).join(''));
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );

async function setLang(page, l) {
  await page.selectOption('[data-lang-switch]', l);
  await page.waitForFunction((want) => document.documentElement.lang === want, l);
}

// ---- set-up -----------------------------------------------------------------------------------

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mappe-app-attest-'));
  mappeOk(['agency', 'init', '--name', ISSUER, '--kind', 'auslaenderbehoerde'], { wallet: issuer() });
  const card = JSON.parse(readFileSync(join(issuer(), 'agency.json'), 'utf8'));
  const directory = join(tmp, 'directory.json');
  writeFileSync(directory, JSON.stringify({ publisher: 'Stadt Musterstadt', agencies: [{ name: ISSUER, kind: 'auslaenderbehoerde', ed25519: card.ed25519 }] }));
  mkdirSync(join(tmp, 'relay'));
  relay = await startRelay(join(tmp, 'relay'), directory);
  url = relay.url;
  trustKey = (await (await fetch(`${url}/.well-known/mappe-relay.json`)).json()).key;
  assert.match(trustKey, /^[0-9a-f]{64}$/);
});

after(async () => {
  relay?.child.kill();
  rmSync(tmp, { recursive: true, force: true });
  assert.deepEqual(problems, []);
});

// ---- the flow -----------------------------------------------------------------------------------

test('key → office attests → refusals change nothing → badge and facts → share only "valid until" → `mappe open` sees exactly that, confirmed', async () => {
  const ctx = await phone('person');
  try {
    const page = watch(await ctx.newPage(), url);
    await page.goto(`${url}/app/`);
    await page.waitForSelector('main[data-state="ready"]', { timeout: 30_000 });
    await create(page);

    // A residence paper and a certificate, typed in by the person.
    await click(page, '[data-add=residence]');
    await page.fill('[data-form=residence] input[type=text] >> nth=0', NUMBER);
    await page.fill('[data-form=residence] input[type=text] >> nth=2', '2027-12-31');
    await click(page, '[data-action=save]');
    await ready(page, 'home');
    await click(page, '[data-add=certificates]');
    await page.fill('[data-form=certificates] input[type=text] >> nth=0', 'Deutsch B1');
    await click(page, '[data-action=save]');
    await ready(page, 'home');
    const paper = await page.getAttribute('[data-section=residence] li.item', 'data-item');
    const cert = await page.getAttribute('[data-section=certificates] li.item', 'data-item');
    assert.equal(await page.locator('[data-badge]').count(), 0);
    const homeFingerprint = (await text(page, '.fingerprint')).match(/[0-9A-Z]{4}(-[0-9A-Z]{4}){3}/)[0];

    // "My key for offices": the key in groups of four, its fingerprint, a QR code of it.
    await click(page, '[data-action=my-key]');
    await page.waitForSelector('[data-key]');
    const groups = await page.$$eval('[data-key-text] span', (els) => els.map((e) => e.textContent));
    assert.equal(groups.length, 16);
    assert.ok(groups.every((g) => /^[0-9a-f]{4}$/.test(g)), groups.join(' '));
    const key = groups.join('');
    assert.equal(await page.getAttribute('[data-key]', 'data-key'), key);
    assert.equal(await text(page, '[data-key-fingerprint]'), homeFingerprint);
    assert.equal(await page.getAttribute('img.key-qr', 'alt'), key);
    await shot(page, 'de-key');
    await click(page, '[data-action=back]');
    await ready(page, 'home');

    // The office attests the paper for this key (and, by mistake, for another one).
    const good = attest(key, 'permit.sdjwt');
    const card = JSON.parse(readFileSync(join(issuer(), 'agency.json'), 'utf8'));
    const theirs = attest(card.ed25519, 'someone-else.sdjwt');
    const goodText = readFileSync(good, 'utf8');
    const before = await storedWallet(page);

    // Refusals, each with its sentence; the stored wallet stays byte for byte the same.
    const refused = async (entry, fill, error, sentence) => {
      await click(page, `[data-item="${entry}"] [data-action=add-attestation]`);
      await page.waitForSelector('[data-form=attestation]');
      await fill();
      await page.waitForSelector(`[data-error="${error}"]`, { timeout: 30_000 });
      assert.equal(await text(page, `[data-error="${error}"] p`), sentence);
      assert.equal(await storedWallet(page), before, `${error}: nothing stored`);
      if (error === 'attest-error-other_holder') await shot(page, 'de-refused');
      await click(page, 'button[data-t=cancel]');
      await ready(page, 'home');
      assert.equal(await page.locator('[data-badge]').count(), 0, `${error}: no badge`);
    };
    await refused(paper, () => page.setInputFiles('[data-file=attestation]', theirs), 'attest-error-other_holder',
      'Diese Bestätigung wurde für den Schlüssel einer anderen Person ausgestellt. Nichts wurde geändert. Geben Sie der Behörde Ihren eigenen Schlüssel (Mein Schlüssel für Behörden).');
    await refused(cert, async () => {
      await page.fill('[data-input=attestation]', goodText);
      await click(page, '[data-action=import-attestation]');
    }, 'attest-error-wrong_paper', 'Diese Bestätigung gehört zu einer anderen Art von Papier. Fügen Sie sie beim passenden Papier hinzu.');
    // One character of the office's signature changed.
    const [jwt, ...rest] = goodText.trim().split('~');
    const [h, p, sig] = jwt.split('.');
    const altered = [[h, p, sig.slice(0, 10) + (sig[10] === 'A' ? 'B' : 'A') + sig.slice(11)].join('.'), ...rest].join('~');
    assert.notEqual(altered, goodText);
    await refused(paper, async () => {
      await page.fill('[data-input=attestation]', altered);
      await click(page, '[data-action=import-attestation]');
    }, 'attest-error-integrity', 'Diese Bestätigung wurde verändert oder ist beschädigt. Nichts wurde geändert. Bitten Sie die Behörde, sie noch einmal auszustellen.');
    const old = await expiredAttestation(key);
    await refused(paper, async () => {
      await page.fill('[data-input=attestation]', old);
      await click(page, '[data-action=import-attestation]');
    }, 'attest-error-expired', 'Diese Bestätigung ist abgelaufen. Nichts wurde geändert. Bitten Sie die Behörde um eine neue.');
    await refused(paper, () => click(page, '[data-action=import-attestation]'), 'attest-empty', 'Fügen Sie zuerst den Text ein, wählen Sie die Datei oder scannen Sie den Code.');

    // The right one, pasted: the paper shows the badge and the confirmed facts.
    await click(page, `[data-item="${paper}"] [data-action=add-attestation]`);
    await page.fill('[data-input=attestation]', goodText);
    await click(page, '[data-action=import-attestation]');
    await page.waitForSelector('[data-notice=attest-added]', { timeout: 30_000 });
    await ready(page, 'home');
    assert.notEqual(await storedWallet(page), before, 'saved');
    const lastDay = new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.now() + 365 * 86400_000 - 1000));
    const badgeSel = `[data-item="${paper}"] [data-badge=confirmed]`;
    assert.match(await text(page, `${badgeSel} span:last-child`), new RegExp(`^Bestätigt von ${ISSUER} bis (${lastDay.replace(/\./g, '\\.')}|\\d\\d\\.\\d\\d\\.\\d{4})$`));
    const facts = await page.$$eval(`[data-item="${paper}"] [data-attestation] [data-claim]`, (els) => Object.fromEntries(els.map((e) => [e.dataset.claim, e.textContent])));
    assert.deepEqual(facts, { kind: 'Aufenthaltserlaubnis', number: NUMBER, valid_until: '2027-12-31', work_permitted: 'ja' });
    assert.equal(await page.locator(`[data-item="${cert}"] [data-badge]`).count(), 0);
    await shot(page, 'de-paper-badge', `[data-item="${paper}"]`);

    // It survives locking: the saved wallet holds it.
    await click(page, '[data-action=lock]');
    await ready(page, 'start');
    await page.fill('input[autocomplete="current-password"]', PASS);
    await click(page, '[data-action=unlock]');
    await ready(page, 'home');
    assert.equal(await page.locator(badgeSel).count(), 1);

    // Share: the paper ticked, of its confirmed facts only "valid until" (none is ticked at first).
    await tab(page, 'share');
    const set = `[data-attest-item="residence/${paper}"]`;
    const offered = await page.$$eval(`${set} input[data-claim]`, (els) => els.map((e) => [e.dataset.claim, e.checked]));
    assert.deepEqual(offered, [['kind', false], ['number', false], ['valid_until', false], ['work_permitted', false]]);
    await page.locator(`[data-choices] input[data-path="residence/${paper}"]`).check();
    await page.locator(`${set} input[data-claim=valid_until]`).check();
    await shot(page, 'de-share-facts', '[data-choices]');
    await click(page, '[data-action=preview]');
    await page.waitForSelector('[data-consent]');
    const consent = await text(page, '[data-consent]');
    assert.match(consent, new RegExp(`Aufenthaltspapier von ${ISSUER}: Gültig bis`), consent);
    assert.doesNotMatch(consent, /Nummer|Erwerbstätigkeit/, consent);
    await click(page, '[data-action=confirm-share]');
    const qr = page.locator('[data-share-url]');
    await qr.waitFor({ timeout: 30_000 });
    const link = await qr.getAttribute('data-share-url');

    const opened = JSON.parse(mappeOk(['open', link, '--json', '--trust-key', trustKey]));
    assert.equal(opened.attestations.length, 1, JSON.stringify(opened.attestations));
    const [a] = opened.attestations;
    assert.equal(a.standing, 'confirmed', JSON.stringify(a));
    assert.equal(a.issuer_name, ISSUER);
    assert.equal(a.item, `residence/${paper}`);
    assert.deepEqual(a.claims, { valid_until: '2027-12-31' });
    assert.equal(opened.content.residence[0].number, NUMBER, 'the paper as the person states it');

    // Arabic: the same paper and the facts to tick, right to left.
    await tab(page, 'home');
    await setLang(page, 'ar');
    await ready(page, 'home');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.match(await text(page, `${badgeSel} span:last-child`), new RegExp(`^مؤكَّد من ${ISSUER} حتى `));
    assert.equal(await text(page, `[data-item="${paper}"] [data-claim=work_permitted]`), 'نعم');
    await shot(page, 'ar-paper-badge', `[data-item="${paper}"]`);
    await tab(page, 'share');
    await page.locator(`[data-choices] input[data-path="residence/${paper}"]`).check();
    await page.locator(`${set} input[data-claim=kind]`).check();
    await shot(page, 'ar-share-facts', '[data-choices]');
    await tab(page, 'home');
    await click(page, '[data-action=my-key]');
    await page.waitForSelector('[data-key]');
    await shot(page, 'ar-key');
  } finally {
    await ctx.close();
  }
});
