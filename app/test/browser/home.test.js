// The start screen's "Needs your attention" list (issue 13), end to end: real headless Chromium
// (Debian's, playwright-core, devices['Pixel 7'] at 390 px) against the real `mappe-relay`, in a
// temporary folder. Run: `node --test --test-concurrency=1 test/browser/home.test.js` after
// `cargo build -p sync-relay` (binaries from $MAPPE_BIN_DIR, default target/debug).
// Screenshots go to $MAPPE_APP_SCREENSHOTS (default app/test/screenshots/, gitignored).
//
//   a new wallet: no list → a Duldung that ended and a residence permit valid for 45 more days,
//   typed in with its legal basis, work permission and conditions → the list comes first on the
//   start screen: the permit first ("Innerhalb von 90 Tagen", the extension advice naming the
//   Fiktionsbescheinigung), then the Duldung ("Expired on …"); the Duldung's card carries
//   "Abgelaufen am …", the permit's card none and shows the three new fields; the share screen
//   marks the Duldung too; editing keeps the fields. Screenshots in German and Arabic.
//
//   a share nobody opened: shared from the phone, then the phone's clock moved four days on (the
//   relay accepts requests signed up to a week ahead here: --clock-skew) → My shares asks the
//   relay (0 opens) → the start screen names the share with what to do; the office opens it →
//   the notice is gone. Screenshots in German and Arabic.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, devices } from 'playwright-core';
import { ARGS, CHROMIUM, bins, click, createWallet, plain, ready, startRelay as spawnRelay, text, watchPage } from '../harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shots = process.env.MAPPE_APP_SCREENSHOTS || join(here, '..', 'screenshots');
const PASS = 'home test passphrase';
const DULDUNG_END = '2025-06-30';
// The permit's last valid day: 45 days from today (UTC, as the core counts days).
const PERMIT_END = new Date(Date.now() + 45 * 86400_000).toISOString().slice(0, 10);

/** A date as the app writes it in German (Intl, medium). */
const shown = (iso) => new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

let tmp;
let relay;
const problems = [];

// A week of clock skew: the second test moves the phone's clock four days ahead.
const startRelay = (dir) => spawnRelay(dir, { args: ['--clock-skew', String(7 * 86400)] });

const watch = (page, origin) => watchPage(page, problems, { origin });

const texts = async (page, sel) => (await page.locator(sel).allTextContents()).map(plain);

/** A full-page screenshot, the attention list and the papers alone; nothing wider than the phone. */
async function shot(page, name) {
  mkdirSync(shots, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(shots, `home-${name}.png`), fullPage: true });
  // The sticky header and the fixed tabs would cover part of the list.
  const chrome = (v) => page.evaluate((vis) => document.querySelectorAll('.bar, .tabs').forEach((e) => (e.style.visibility = vis)), v);
  await chrome('hidden');
  await page.locator('[data-section=attention]').screenshot({ path: join(shots, `home-${name}-detail.png`) });
  await page.locator('[data-section=residence]').screenshot({ path: join(shots, `home-${name}-papers.png`) });
  await chrome('');
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 390, `${name}: ${wide}px wide, more than 390`);
}

const create = (page) => createWallet(page, PASS);

/** The residence form's input for `field` (found by its label). */
const input = (field) => `[data-form=residence] .field:has(label[data-t="field-${field}"]) :is(input, select, textarea)`;

async function addPaper(page, kind, fields) {
  await click(page, '[data-add=residence]');
  await page.waitForSelector('[data-form=residence]');
  await page.locator(`[data-form=residence] input[name=kind-residence][value=${kind}]`).check();
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'work') await page.selectOption(input(name), value);
    else await page.fill(input(name), value);
  }
  await click(page, '[data-action=save]');
  await ready(page, 'home');
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mappe-app-home-'));
  relay = await startRelay(tmp);
});

after(async () => {
  relay?.child.kill();
  rmSync(tmp, { recursive: true, force: true });
  assert.deepEqual(problems, []);
});

test('a permit ending in 45 days is listed first with the extension advice; the ended Duldung is marked expired', async () => {
  const ctx = await chromium.launchPersistentContext(join(tmp, 'person'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
    locale: 'de-DE',
  });
  try {
    const page = watch(await ctx.newPage(), relay.url);
    await page.goto(`${relay.url}/app/`);
    await page.waitForSelector('main[data-state="ready"]', { timeout: 30_000 });
    await create(page);
    assert.equal(await page.locator('[data-section=attention]').count(), 0, 'nothing needs attention: no list');

    await addPaper(page, 'duldung', { number: 'D0000001', valid_until: DULDUNG_END });
    await addPaper(page, 'aufenthaltserlaubnis', {
      number: 'Y7F3K9L2M',
      valid_until: PERMIT_END,
      legal_basis: '§ 16a AufenthG',
      work: 'permitted_with_approval',
      conditions: 'Wohnsitzauflage: Musterstadt',
    });
    // The list is drawn again after each save: wait for the paper before reading its id.
    const idOf = async (kind) => {
      await page.locator('[data-section=residence] li.item h3', { hasText: kind }).first().waitFor();
      return page.$$eval('[data-section=residence] li.item', (els, k) => els.find((e) => e.querySelector('h3').textContent.includes(k)).dataset.item, kind);
    };
    const duldung = await idOf('Duldung');
    const permit = await idOf('Aufenthaltserlaubnis');

    // The list comes first on the start screen, most urgent first.
    const order = await page.$$eval('main section[data-section]', (els) => els.map((e) => e.dataset.section));
    assert.deepEqual(order, ['attention', 'profile', 'cv', 'certificates', 'residence']);
    assert.equal(await text(page, '[data-section=attention] h2'), 'Wichtig für Sie');
    const items = page.locator('[data-section=attention] li');
    assert.equal(await items.count(), 2);
    const subjects = await page.$$eval('[data-section=attention] li', (els) => els.map((e) => [e.dataset.subject, e.dataset.urgency, e.dataset.noticeKind]));
    assert.deepEqual(subjects, [
      [`residence/${permit}`, 'within_90_days', 'residence_expiring'],
      [`residence/${duldung}`, 'info', 'residence_superseded'],
    ]);
    const first = '[data-section=attention] li:nth-child(1)';
    // Urgency in words beside the mark, not only colour.
    assert.equal(await text(page, `${first} .urgency`), '◷Innerhalb von 90 Tagen');
    assert.equal(await text(page, `${first} h3`), 'Aufenthaltserlaubnis');
    assert.equal(await text(page, `${first} .notice-line`), `Gültig bis ${shown(PERMIT_END)}. Noch 45 Tage.`);
    assert.equal(await page.getAttribute(`${first} .advice`, 'data-advice'), 'advice-residence-extend');
    const advice = await text(page, `${first} .advice`);
    assert.match(advice, /^Beantragen Sie die Verlängerung rechtzeitig bei der Ausländerbehörde/);
    assert.match(advice, /Fiktionsbescheinigung/);
    const second = '[data-section=attention] li:nth-child(2)';
    assert.equal(await text(page, `${second} h3`), 'Duldung');
    assert.match(await text(page, `${second} .notice-line`), new RegExp(`^Abgelaufen am ${shown(DULDUNG_END).replace(/\./g, '\\.')}\\.`));
    assert.equal(await page.locator(`${second} .advice`).count(), 0, 'nothing to do about an older paper');

    // The cards: the Duldung marked expired, the permit not, with the fields offices ask for.
    assert.equal(await text(page, `[data-item="${duldung}"] [data-badge=paper-expired]`), `!Abgelaufen am ${shown(DULDUNG_END)}`);
    assert.equal(await page.locator(`[data-item="${permit}"] [data-badge=paper-expired]`).count(), 0);
    const facts = await texts(page, `[data-item="${permit}"] .facts dd`);
    for (const want of ['§ 16a AufenthG', 'Beschäftigung nur mit Erlaubnis der Ausländerbehörde', 'Wohnsitzauflage: Musterstadt']) assert.ok(facts.includes(want), `${want} in ${facts}`);
    await shot(page, 'de-attention');

    // The share screen marks the ended paper as well.
    await click(page, '[data-tab=share]');
    await ready(page, 'share');
    const ended = await page.$$eval('[data-choices] label.choice', (els) => els.filter((e) => e.querySelector('[data-badge=paper-expired]')).map((e) => e.querySelector('input').dataset.path));
    assert.deepEqual(ended, [`residence/${duldung}`]);
    await click(page, '[data-tab=home]');
    await ready(page, 'home');

    // Editing shows the stored fields and keeps them.
    await click(page, `[data-item="${permit}"] [data-action=edit]`);
    await page.waitForSelector('[data-form=residence]');
    assert.equal(await page.inputValue(input('work')), 'permitted_with_approval');
    assert.equal(await page.inputValue(input('legal_basis')), '§ 16a AufenthG');
    await page.selectOption(input('work'), 'permitted');
    await click(page, '[data-action=save]');
    await ready(page, 'home');
    assert.ok((await texts(page, `[data-item="${permit}"] .facts dd`)).includes('Erwerbstätigkeit gestattet'));
    assert.ok((await texts(page, `[data-item="${permit}"] .facts dd`)).includes('Wohnsitzauflage: Musterstadt'));

    // Arabic: right to left, the same order, nothing wider than the phone.
    await page.selectOption('[data-lang-switch]', 'ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    await ready(page, 'home');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await text(page, '[data-section=attention] h2'), 'يحتاج إلى انتباهك');
    assert.match(await text(page, `${first} .advice`), /Ausländerbehörde/);
    assert.equal(await text(page, `${second} h3`), 'تعليق الترحيل (Duldung)');
    // (Node's and Chromium's ICU may write Arabic dates differently: only the words are compared.)
    assert.match(await text(page, `[data-item="${duldung}"] [data-badge=paper-expired]`), /^!انتهت صلاحيتها في /);
    await shot(page, 'ar-attention');
  } finally {
    await ctx.close();
  }
});

test('a share nobody opened for days is named on the start screen until the office opens it', async () => {
  const ctx = await chromium.launchPersistentContext(join(tmp, 'unopened'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
    locale: 'de-DE',
  });
  try {
    const page = watch(await ctx.newPage(), relay.url);
    // The clock runs on as usual; it is moved forward below.
    await page.clock.install();
    await page.goto(`${relay.url}/app/`);
    await page.waitForSelector('main[data-state="ready"]', { timeout: 30_000 });
    await create(page);
    await addPaper(page, 'aufenthaltserlaubnis', { number: 'Y7F3K9L2M', valid_until: '2029-12-31' });
    const sharedOn = new Date().toISOString().slice(0, 10);

    // Share the paper with anyone holding the code (as for an office that gets it by mail).
    await click(page, '[data-tab=share]');
    await ready(page, 'share');
    const paths = await page.$$eval('[data-choices] input[data-path]', (els) => els.map((e) => e.dataset.path));
    const paper = paths.find((p) => /^residence\/[^/]+$/.test(p));
    assert.ok(paper, `no residence paper among ${paths}`);
    await page.locator(`[data-choices] input[data-path="${paper}"]`).click();
    await click(page, '[data-action=preview]');
    await page.waitForSelector('[data-consent]');
    await click(page, '[data-action=confirm-share]');
    const section = page.locator('[data-share-url]');
    await section.waitFor({ timeout: 30_000 });
    const shareId = await section.getAttribute('data-share-id');
    const link = await section.getAttribute('data-share-url');

    const notices = () => page.$$eval('[data-section=attention] li', (els) => els.map((e) => [e.dataset.noticeKind, e.dataset.subject]));
    const viewShares = async () => {
      await click(page, '[data-tab=shares]');
      await ready(page, 'shares');
      await page.waitForSelector(`[data-share="${shareId}"]`);
      await click(page, '[data-tab=home]');
      await ready(page, 'home');
    };
    // The same day: the office may not have got to it yet.
    await viewShares();
    assert.equal(await page.locator('[data-section=attention]').count(), 0, 'nothing needs attention on the day of sharing');

    // Four days later, My shares hears from the relay that nobody opened it.
    await page.clock.setSystemTime(Date.now() + 4 * 86400_000);
    await viewShares();
    assert.deepEqual(await notices(), [['share_never_opened', shareId]]);
    const item = '[data-section=attention] li:nth-child(1)';
    assert.equal(await text(page, `${item} .urgency`), 'iGut zu wissen');
    assert.equal(await text(page, `${item} h3`), 'Für alle mit dem Code', 'a share for no office is named by who may open it');
    assert.equal(await text(page, `${item} .notice-line`), `Niemand hat sie geöffnet, seit Sie sie am ${shown(sharedOn)} geteilt haben.`);
    assert.equal(await page.getAttribute(`${item} .advice`, 'data-advice'), 'advice-share-unopened');
    assert.match(await text(page, `${item} .advice`), /^Fragen Sie bei der Behörde nach, ob der Link oder QR-Code angekommen ist/);
    await shot(page, 'de-unopened');
    await page.selectOption('[data-lang-switch]', 'ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    await ready(page, 'home');
    assert.match(await text(page, `${item} .notice-line`), /^لم يفتحها أحد منذ أن شاركتها بتاريخ /);
    await shot(page, 'ar-unopened');

    // The office opens it; the next look at My shares clears the notice.
    const office = spawnSync(join(bins, 'mappe'), ['--wallet', join(tmp, 'office'), 'open', link], { env: { ...process.env, MAPPE_LANG: 'en', MAPPE_PASSPHRASE: 'x' }, encoding: 'utf8' });
    assert.equal(office.status, 0, office.stderr);
    await viewShares();
    assert.equal(await page.locator('[data-section=attention]').count(), 0, 'opened: nothing to say');
  } finally {
    await ctx.close();
  }
});
