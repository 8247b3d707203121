// My CV (issue 13): the core's Lebenslauf previewed in a sandboxed frame, then printed, end to
// end: real headless Chromium (Debian's, playwright-core, devices['Pixel 7'] at 390 px) against
// the real `mappe-relay`, in a temporary folder. Run: `node --test --test-concurrency=1
// test/browser/cv.test.js` after `cargo build -p sync-relay` (binaries from $MAPPE_BIN_DIR,
// default target/debug). Screenshots go to $MAPPE_APP_SCREENSHOTS (default app/test/screenshots/).
//
//   a new wallet: a name, an Arabic-script alias, two CV entries and a residence permit typed in
//   → "Mein Lebenslauf" on the start screen → the preview holds the name, the alias, both
//   entries and the German headings, styled (the app's CSP allows the CV's stylesheet by its
//   hash), but never the permit → a photo that is not a picture is refused, a PNG shows → the
//   town goes into the closing line → "Drucken oder als PDF speichern" calls the frame's print()
//   (stubbed) → the app in Arabic: its own texts right to left, the CV still German.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, devices } from 'playwright-core';
import { ARGS, CHROMIUM, click, createWallet, ready, startRelay, text, watchPage } from '../harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shots = process.env.MAPPE_APP_SCREENSHOTS || join(here, '..', 'screenshots');
const PASS = 'cv test passphrase';
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let tmp;
let relay;
const problems = [];

/** Page errors, console errors (a CSP violation is one) and requests to other origins. */
// about:srcdoc is the CV preview's frame.
const watch = (page, origin) => watchPage(page, problems, { origin, schemes: /^(blob|data|about):/ });

/** The preview frame's document, once it holds a CV: its language, text and a few styles. */
async function preview(page, mustHold = 'Lebenslauf') {
  await page.waitForFunction((want) => {
    const doc = document.querySelector('[data-cv-preview]')?.contentDocument;
    return doc && doc.readyState === 'complete' && doc.body && doc.body.textContent.includes(want);
  }, mustHold);
  return page.evaluate(() => {
    const doc = document.querySelector('[data-cv-preview]').contentDocument;
    const style = (sel, prop) => doc.defaultView.getComputedStyle(doc.querySelector(sel))[prop];
    return {
      lang: doc.documentElement.lang,
      dir: doc.documentElement.dir,
      text: doc.body.textContent.replace(/\s+/g, ' '),
      headings: [...doc.querySelectorAll('h2')].map((e) => e.textContent),
      alias: doc.querySelector('.alias bdi')?.outerHTML,
      photo: doc.querySelector('img.photo')?.getAttribute('src')?.slice(0, 22) ?? null,
      scripts: doc.querySelectorAll('script').length,
      rowDisplay: style('.row', 'display'),
      h2Border: style('h2', 'borderBottomStyle'),
    };
  });
}

async function shot(page, name) {
  mkdirSync(shots, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(shots, `cv-${name}.png`), fullPage: true });
  await page.locator('[data-cv-preview]').screenshot({ path: join(shots, `cv-${name}-preview.png`) });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 390, `${name}: ${wide}px wide, more than 390`);
}

const create = (page) => createWallet(page, PASS);

/** A form's input for the field labelled `label` (a message id). */
const input = (form, label) => `[data-form=${form}] .field:has(label[data-t="${label}"]) :is(input, select, textarea)`;

async function addEntry(page, section, kind, fields) {
  await click(page, `[data-add=${section}]`);
  await page.waitForSelector(`[data-form=${section}]`);
  await page.locator(`[data-form=${section}] input[name=kind-${section}][value=${kind}]`).check();
  for (const [name, value] of Object.entries(fields)) await page.fill(input(section, `field-${name}`), value);
  await click(page, '[data-action=save]');
  await ready(page, 'home');
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mappe-app-cv-'));
  relay = await startRelay(tmp);
});

after(async () => {
  relay?.child.kill();
  rmSync(tmp, { recursive: true, force: true });
  assert.deepEqual(problems, []);
});

test('the CV screen previews the Lebenslauf in German, takes a photo and a town, and prints the frame', async () => {
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

    await click(page, '[data-action=edit-profile]');
    await page.waitForSelector('[data-form=profile]');
    await page.fill(input('profile', 'profile-given_names'), 'Amira');
    await page.fill(input('profile', 'profile-family_name'), 'Haddad');
    await page.fill(input('profile', 'profile-aliases'), 'أميرة حداد');
    await click(page, '[data-action=save]');
    await ready(page, 'home');
    await addEntry(page, 'cv', 'work', { title: 'Pflegehelferin', organisation: 'Klinikum Musterstadt', from: '2023-09' });
    await addEntry(page, 'cv', 'education', { title: 'Abitur', place: 'Aleppo', from: '2003', to: '2009' });
    await addEntry(page, 'residence', 'aufenthaltserlaubnis', { number: 'Y7XK31234', valid_until: '2027-06-30' });

    assert.equal(await text(page, '[data-section=cv] [data-action=open-cv]'), 'Mein Lebenslauf');
    await click(page, '[data-action=open-cv]');
    await ready(page, 'cv');
    assert.equal(await text(page, 'main h1'), 'Mein Lebenslauf');
    // German is chosen, with the one line saying why.
    assert.equal(await page.locator('[data-cv-lang] input:checked').getAttribute('value'), 'de');
    assert.equal(await text(page, '[data-cv-lang] .hint'), 'Arbeitgeber in Deutschland erwarten einen Lebenslauf auf Deutsch.');
    // No scripts may run in the frame; same origin only so this page can call its print().
    assert.equal(await page.getAttribute('[data-cv-preview]', 'sandbox'), 'allow-same-origin allow-modals');

    let cv = await preview(page);
    assert.deepEqual([cv.lang, cv.dir, cv.scripts], ['de', 'ltr', 0]);
    for (const want of ['Amira Haddad', 'أميرة حداد', 'Pflegehelferin', 'Klinikum Musterstadt', 'Abitur', 'seit 09/2023']) assert.ok(cv.text.includes(want), `${want} in ${cv.text}`);
    assert.deepEqual(cv.headings, ['Persönliche Daten', 'Berufserfahrung', 'Ausbildung und Schulbildung']);
    assert.equal(cv.alias, '<bdi lang="ar" dir="rtl">أميرة حداد</bdi>');
    assert.equal(cv.text.includes('Y7XK31234'), false, 'residence papers are never on a CV');
    // The CV's own stylesheet applies (allowed by its hash in the CSP the frame inherits).
    assert.deepEqual([cv.rowDisplay, cv.h2Border], ['grid', 'solid']);
    assert.equal(cv.photo, null);

    // A file that is not a picture is refused; a PNG goes beside the personal details.
    await page.setInputFiles('[data-file=cv-photo]', { name: 'foto.gif', mimeType: 'image/png', buffer: Buffer.from('GIF89a not a png') });
    await page.waitForSelector('[data-cv-out] [data-error=cv-photo]');
    assert.equal(await text(page, '[data-cv-out] [data-error=cv-photo]'), 'Dieses Bild geht nicht. Bitte ein JPEG- oder PNG-Foto mit höchstens 5 MB wählen.');
    await page.setInputFiles('[data-file=cv-photo]', { name: 'foto.png', mimeType: 'image/png', buffer: PNG });
    await page.waitForFunction(() => document.querySelector('[data-cv-preview]').contentDocument?.querySelector('img.photo'));
    cv = await preview(page);
    assert.equal(cv.photo, 'data:image/png;base64,');
    assert.equal(await page.locator('[data-cv-out] [data-error]').count(), 0, 'the error is gone');

    // The town goes into the closing line, with today's date.
    await page.fill('[data-cv-place]', 'Musterstadt');
    await page.locator('[data-cv-place]').press('Tab');
    cv = await preview(page, 'Musterstadt, den');
    assert.match(cv.text, /Musterstadt, den \d\d\.\d\d\.\d{4}/);
    await shot(page, 'de');

    // The button prints the frame (stubbed here: a real dialog would block headless Chromium).
    assert.equal(await text(page, '[data-action=cv-print]'), 'Drucken oder als PDF speichern');
    assert.equal(await page.isEnabled('[data-action=cv-print]'), true);
    await page.evaluate(() => {
      const w = document.querySelector('[data-cv-preview]').contentWindow;
      w.printed = 0;
      w.print = () => (w.printed += 1);
    });
    await click(page, '[data-action=cv-print]');
    assert.equal(await page.evaluate(() => document.querySelector('[data-cv-preview]').contentWindow.printed), 1);

    // Another language for the CV: English headings.
    await page.locator('[data-cv-lang] input[value=en]').check();
    cv = await preview(page, 'Work experience');
    assert.equal(cv.lang, 'en');

    // The app in Arabic: its texts right to left; the CV German again, left to right.
    await page.selectOption('[data-lang-switch]', 'ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    await ready(page, 'cv');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await text(page, 'main h1'), 'سيرتي الذاتية (Lebenslauf)');
    assert.equal(await text(page, '[data-action=cv-print]'), 'طباعة أو حفظ كملف PDF');
    // The choices made survive the redraw: English again, so German is chosen back by hand.
    assert.equal(await page.locator('[data-cv-lang] input:checked').getAttribute('value'), 'en');
    await page.locator('[data-cv-lang] input[value=de]').check();
    cv = await preview(page, 'Berufserfahrung');
    assert.deepEqual([cv.lang, cv.dir, cv.photo], ['de', 'ltr', 'data:image/png;base64,']);
    assert.match(cv.text, /Musterstadt, den \d\d\.\d\d\.\d{4}/);
    await shot(page, 'ar');

    await click(page, '[data-action=back]');
    await ready(page, 'home');
  } finally {
    await ctx.close();
  }
});
