// The office desk (/office/) with an office's confirmation in a share, end to end: real headless
// Chromium (Debian's, playwright-core), the real `mappe-relay` publishing a trust list
// (`directory`) and the real `mappe` CLI, each in temporary folders. Run:
// `node --test --test-concurrency=1 test/browser/office-attest.test.js` after
// `cargo build -p mappe-cli -p sync-relay` (binaries from $MAPPE_BIN_DIR, default target/debug).
// Screenshots go to $MAPPE_APP_SCREENSHOTS (default app/test/screenshots/, gitignored).
//
//   an Ausländerbehörde (on the relay's trust list) confirms the person's residence permit →
//   the person keeps it with the entry and shares two of its facts with a Jobcenter made in the
//   browser desk → the desk shows "confirmed by Ausländerbehörde Musterstadt" with exactly those
//   facts, apart from what the person states; the printed record holds both; after the office
//   withdraws it, "Fetch again" shows it withdrawn and nothing says "confirmed".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, devices } from 'playwright-core';
import { ARGS, CHROMIUM, bins, click, plain, ready, startRelay as spawnRelay, watchPage } from '../harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shots = process.env.MAPPE_APP_SCREENSHOTS || join(here, '..', 'screenshots');
const CLI_PASS = 'office attest person passphrase';
const OFFICE_PASS = 'office attest desk passphrase';
const ISSUER = 'Ausländerbehörde Musterstadt';
const JOBCENTER = 'Jobcenter Musterstadt';

let tmp;
let relay;
let url;
const problems = [];

// ---- processes ------------------------------------------------------------------------------

const startRelay = (dir, directory) => spawnRelay(dir, { env: { MAPPE_RELAY_DIRECTORY: directory } });

function mappeOk(args, { wallet, pass = CLI_PASS } = {}) {
  const env = { ...process.env, MAPPE_PASSPHRASE: pass };
  delete env.MAPPE_HOME;
  env.MAPPE_LANG = 'en'; // mappe's words are read below; --lang overrides it where a test wants another language
  const r = spawnSync(join(bins, 'mappe'), wallet ? ['--wallet', wallet, ...args] : args, { env, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `mappe ${args.join(' ')} → ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
// Found by its shape: what precedes it ("Link:") is in the --lang given.
const linkOf = (out) => out.match(/https?:\/\/[\w.:-]+\/s\/[\w-]+(?:#[\w.~%-]*)?/)[0];

// ---- browsers -------------------------------------------------------------------------------

const watch = (page, origin) => watchPage(page, problems, { origin });

async function browser(profile, { width = 1280, locale = 'de-DE' } = {}) {
  const phoneLike = width < 600;
  return chromium.launchPersistentContext(join(tmp, profile), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    ...(phoneLike ? devices['Pixel 7'] : {}),
    viewport: { width, height: phoneLike ? 844 : 900 },
    locale,
    acceptDownloads: true,
  });
}

const body = async (page) => plain(await page.evaluate(() => document.body.innerText));
async function shot(page, name, width) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `office-${name}.png`), fullPage: true });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= width, `${name}: ${wide}px wide, more than ${width}`);
}
async function openOffice(ctx) {
  const page = watch(await ctx.newPage(), url);
  await page.goto(`${url}/office/`);
  await page.waitForSelector('main[data-state="ready"]', { timeout: 30_000 });
  return page;
}
async function openLink(page, link) {
  await page.fill('[data-input=link]', link);
  await click(page, '[data-action=open-link]');
  await page.waitForSelector('main[data-state="ready"][data-screen^="share"]', { timeout: 60_000 });
}

/** The attestation cards as shown: standing, headline, the facts (name → raw value), the item. */
function shownAttestations(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-attestation]')].map((card) => ({
      standing: card.dataset.attestation,
      item: card.dataset.item,
      head: card.querySelector('[data-headline]').textContent,
      kind: card.querySelector('[data-attest-kind]')?.dataset.attestKind ?? null,
      claims: Object.fromEntries([...card.querySelectorAll('[data-claim]')].map((dd) => [dd.dataset.claim, dd.dataset.value])),
      shown: Object.fromEntries([...card.querySelectorAll('[data-claim]')].map((dd) => [dd.dataset.claim, dd.textContent])),
      text: card.innerText,
    })),
  );
}

// ---- set-up: the issuing office, the trust list, the relay, the person -----------------------

const issuer = () => join(tmp, 'auslaenderbehoerde');
const person = () => join(tmp, 'person');
let residenceId;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mappe-office-attest-'));
  mappeOk(['agency', 'init', '--name', ISSUER, '--kind', 'auslaenderbehoerde'], { wallet: issuer(), pass: OFFICE_PASS });
  const card = JSON.parse(readFileSync(join(issuer(), 'agency.json'), 'utf8'));
  const directory = join(tmp, 'directory.json');
  writeFileSync(directory, JSON.stringify({ publisher: 'Stadt Musterstadt', agencies: [{ name: ISSUER, kind: 'auslaenderbehoerde', ed25519: card.ed25519 }] }));
  relay = await startRelay(tmp, directory);
  url = relay.url;

  mappeOk(['init'], { wallet: person() });
  mappeOk(['profile', 'set', 'family_name', 'Haddad'], { wallet: person() });
  mappeOk(['residence', 'add', '--kind', 'aufenthaltserlaubnis', '--number', 'Y7F3K9L2M', '--valid-until', '2027-12-31'], { wallet: person() });
  residenceId = JSON.parse(mappeOk(['show', '--json'], { wallet: person() })).residence[0].id;
  const holder = /\b[0-9a-f]{64}\b/.exec(mappeOk(['attestation', 'key'], { wallet: person() }))[0];
  const file = join(tmp, 'f.sdjwt');
  const attested = mappeOk(
    ['agency', 'attest', '--kind', 'residence', '--holder', holder, '--claim', 'kind=aufenthaltserlaubnis', '--claim', 'number=Y7F3K9L2M', '--claim', 'valid_until=2027-12-31', '--claim', 'legal_basis=§ 18a AufenthG', '--claim', 'work_permitted=yes', '--expires', '365d', '--relay', url, '--out', file],
    { wallet: issuer(), pass: OFFICE_PASS },
  );
  assert.match(attested, /attestation number 0\b/);
  mappeOk(['attestation', 'import', file, '--to', `residence/${residenceId}`], { wallet: person() });
});

after(async () => {
  relay?.child.kill();
  rmSync(tmp, { recursive: true, force: true });
  assert.deepEqual(problems, []);
});

// ---- the flow -----------------------------------------------------------------------------------

test('a share with a confirmed residence permit: "confirmed by" with exactly the chosen facts, apart from what the person states; printed; withdrawn after "Fetch again"', async () => {
  const ctx = await browser('jobcenter');
  let exported;
  try {
    // The Jobcenter, made in the browser desk; its card for the person.
    const page = await openOffice(ctx);
    await ready(page, 'start');
    await page.fill('[data-input=office-name]', JOBCENTER);
    await page.selectOption('[data-input=office-kind]', 'jobcenter');
    await page.fill('input[autocomplete="new-password"] >> nth=0', OFFICE_PASS);
    await page.fill('input[autocomplete="new-password"] >> nth=1', OFFICE_PASS);
    await click(page, '[data-action=create]');
    await page.waitForSelector('[data-recovery-code]');
    await click(page, '[data-action=written]');
    await ready(page, 'desk');
    const cardFile = join(tmp, 'jobcenter.json');
    writeFileSync(cardFile, await page.getAttribute('[data-card]', 'data-card'));
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, '[data-action=export]')]);
    exported = join(tmp, 'jobcenter.mappe-office');
    await download.saveAs(exported);

    // The person shares their family name and current residence paper, with two confirmed facts.
    const link = linkOf(mappeOk(['share', '--fields', 'profile.family_name,residence/current', '--attest', `residence/${residenceId}:kind,valid_until`, '--to', cardFile, '--relay', url, '--lang', 'de', '--yes'], { wallet: person() }));
    await openLink(page, link);
    await ready(page, 'share');

    let cards = await shownAttestations(page);
    assert.equal(cards.length, 1, JSON.stringify(cards));
    const [card] = cards;
    assert.equal(card.standing, 'confirmed');
    assert.equal(card.item, `residence/${residenceId}`);
    assert.equal(card.kind, 'residence');
    assert.match(plain(card.head), new RegExp(`^Bestätigt von ${ISSUER} am \\d{2}\\.\\d{2}\\.\\d{4}$`));
    assert.deepEqual(card.claims, { kind: 'aufenthaltserlaubnis', valid_until: '2027-12-31' }, 'exactly kind and valid until');
    assert.equal(card.shown.valid_until, '31.12.2027', 'the date in the page\'s form');
    assert.match(card.shown.kind, /Aufenthaltserlaubnis/);
    assert.doesNotMatch(card.text, /Y7F3K9L2M|18a|AufenthG|Erwerbstätigkeit/, 'undisclosed facts are not in the confirmation');
    assert.equal(await page.locator('.seal-confirmed').count(), 1, 'the green seal, once');

    // What the person states: under the renamed heading, in its own card, never "confirmed".
    const text = await body(page);
    assert.match(text, /Angaben der Person, seit der Freigabe unverändert/);
    assert.match(text, /nicht, dass die Angaben stimmen/);
    assert.doesNotMatch(text, /^Geprüft$/m, 'the old heading is gone');
    const stated = await page.evaluate(() => ({
      verdict: document.querySelector('.verdict[data-stated-by=holder] h1').textContent,
      family: document.querySelector('[data-stated-by=holder] [data-section=profile] dd[data-field=family_name]')?.textContent,
      residence: document.querySelector('[data-stated-by=holder] [data-section=residence]')?.innerText,
      verdictHasAttest: Boolean(document.querySelector('.verdict [data-attestation]')),
      statedHasAttest: Boolean(document.querySelector('[data-stated-by=holder] [data-attestation]')),
    }));
    assert.match(stated.verdict, /Angaben der Person/);
    assert.equal(stated.family, 'Haddad');
    assert.ok(stated.residence, 'the person\'s residence entry is shown as they state it');
    assert.equal(stated.verdictHasAttest || stated.statedHasAttest, false, 'never mixed');
    assert.doesNotMatch(text, /18a/, 'the undisclosed legal basis is nowhere on the page');
    assert.equal(await page.locator('[data-trust-problem]').count(), 0);
    await shot(page, 'attest-de-1280', 1280);

    // The printed record holds both, each under its own heading.
    const pdfFile = join(tmp, 'record.pdf');
    await page.pdf({ path: pdfFile, format: 'A4', tagged: true });
    // In reading order (not -layout): the seal beside a two-line headline would split it.
    const pdf = spawnSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    assert.equal(pdf.status, 0, `pdftotext: ${pdf.stderr} (install poppler-utils)`);
    const flat = plain(pdf.stdout).replace(/\s+/g, ' ');
    for (const want of ['Angaben der Person, seit der Freigabe unverändert', 'Bestätigungen von Stellen', `Bestätigt von ${ISSUER}`, 'Bestätigte Angaben', '31.12.2027', 'Haddad']) {
      assert.ok(flat.includes(want), `the record lacks ${want}:\n${flat}`);
    }
    assert.doesNotMatch(flat, /18a/);

    // The office withdraws it; "Fetch again" shows it withdrawn, and nothing says "confirmed".
    mappeOk(['agency', 'withdraw', '0'], { wallet: issuer(), pass: OFFICE_PASS });
    await click(page, '[data-action=fetch-again]');
    await click(page, '[data-action=fetch-again-yes]');
    await page.waitForSelector('[data-attestation=withdrawn]', { timeout: 30_000 });
    await ready(page, 'share');
    cards = await shownAttestations(page);
    assert.deepEqual(cards.map((c) => c.standing), ['withdrawn']);
    assert.equal(plain(cards[0].head), 'Von der Stelle widerrufen');
    const withdrawnText = await body(page);
    assert.doesNotMatch(withdrawnText, /Bestätigt von|Bestätigte Angaben/);
    assert.equal(await page.locator('.seal-confirmed').count(), 0);
    await shot(page, 'attest-withdrawn-de-1280', 1280);

    // A share of the family name only, with the same confirmation: neither the number nor the
    // legal basis is anywhere on the page.
    const bare = linkOf(mappeOk(['share', '--fields', 'profile.family_name', '--attest', `residence/${residenceId}:kind,valid_until`, '--to', cardFile, '--relay', url, '--yes'], { wallet: person() }));
    await click(page, '[data-action=close-share]');
    await ready(page, 'desk');
    await openLink(page, bare);
    await ready(page, 'share');
    const bareText = await body(page);
    assert.doesNotMatch(bareText, /Y7F3K9L2M|18a/);
    assert.deepEqual(Object.keys((await shownAttestations(page))[0].claims), ['kind', 'valid_until']);
  } finally {
    await ctx.close();
  }
});

// ---- screenshots: a confirmed attestation at 390 and 1280 px, German and Arabic ----------------

test('layout: a share with a confirmed attestation at 390 px and 1280 px, German and Arabic (right to left)', async () => {
  // A fresh attestation (the first was withdrawn) and a share with it.
  const holder = /\b[0-9a-f]{64}\b/.exec(mappeOk(['attestation', 'key'], { wallet: person() }))[0];
  const file = join(tmp, 'g.sdjwt');
  mappeOk(['agency', 'attest', '--kind', 'residence', '--holder', holder, '--claim', 'kind=aufenthaltserlaubnis', '--claim', 'number=Y7F3K9L2M', '--claim', 'valid_until=2027-12-31', '--claim', 'legal_basis=§ 18a AufenthG', '--claim', 'work_permitted=yes', '--expires', '365d', '--out', file], { wallet: issuer(), pass: OFFICE_PASS });
  mappeOk(['attestation', 'import', file, '--to', `residence/${residenceId}`], { wallet: person() });
  const cardFile = join(tmp, 'jobcenter.json');
  const link = linkOf(mappeOk(['share', '--fields', 'profile.family_name,residence/current', '--attest', `residence/${residenceId}:kind,valid_until,work_permitted`, '--to', cardFile, '--relay', url, '--lang', 'ar', '--yes'], { wallet: person() }));
  const exported = join(tmp, 'jobcenter.mappe-office');
  for (const [lang, width] of [['de', 390], ['de', 1280], ['ar', 390], ['ar', 1280]]) {
    const ctx = await browser(`layout-${lang}-${width}`, { width, locale: lang === 'ar' ? 'ar' : 'de-DE' });
    try {
      const page = await openOffice(ctx);
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      await ready(page, 'start');
      await page.setInputFiles('[data-file=import]', [exported]);
      await page.waitForSelector('[data-notice=import-done]', { timeout: 30_000 });
      await page.fill('input[autocomplete="current-password"]', OFFICE_PASS);
      await click(page, '[data-action=unlock]');
      await ready(page, 'desk');
      await openLink(page, link);
      await ready(page, 'share');
      const [card] = await shownAttestations(page);
      assert.equal(card.standing, 'confirmed');
      assert.deepEqual(card.claims, { kind: 'aufenthaltserlaubnis', valid_until: '2027-12-31', work_permitted: 'true' });
      if (lang === 'ar') {
        assert.match(plain(card.head), new RegExp(`^أكّدته ${ISSUER} بتاريخ `));
        assert.equal(card.shown.work_permitted, 'نعم');
      } else {
        assert.equal(card.shown.work_permitted, 'ja');
      }
      // Nothing of the card sticks out of it.
      const overflow = await page.evaluate(() => {
        const out = [];
        for (const card of document.querySelectorAll('[data-attestation], .verdict')) {
          const box = card.getBoundingClientRect();
          for (const el of card.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width && (r.left < box.left - 1 || r.right > box.right + 1)) out.push(`${el.tagName}.${el.className}: ${el.textContent.slice(0, 40)}`);
          }
        }
        return out;
      });
      assert.deepEqual(overflow, []);
      await shot(page, `attest-${lang}-${width}`, width);
    } finally {
      await ctx.close();
    }
  }
});
