// Offices' attestations in the viewer, in real headless Chromium against a real `mappe-relay`
// that publishes a trust list (setting `directory`), with attestations issued, imported, shared
// and withdrawn by the real `mappe` CLI. Screenshots go to target/viewer-screenshots/.
// Run: `node --test test/browser/` after `cargo build -p mappe-cli -p sync-relay`
// (MAPPE_BIN_DIR names another build directory).
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
const PASS = 'attestation test passphrase';
const OFFICE_PASS = 'attestation office passphrase';
const ABH = 'Ausländerbehörde Musterstadt';
const NUMBER = 'Y7F3K9L2M'; // confirmed by the office, never disclosed
const LEGAL = '§ 18a AufenthG'; // confirmed by the office, never disclosed

let tmp;
let relay;
let other; // a second relay, without trust list, where one office publishes its withdrawals
let context;
let person;
let offices;
let residence;
const problems = [];

// ---- processes ----------------------------------------------------------------------------

function mappe(wallet, args, pass = PASS) {
  const env = { ...process.env, MAPPE_PASSPHRASE: pass };
  delete env.MAPPE_HOME;
  env.MAPPE_LANG = 'en'; // mappe's words are read below; --lang overrides it where a test wants another language
  return execFileSync(join(bins, 'mappe'), ['--wallet', wallet, ...args], { env, encoding: 'utf8' });
}

async function startRelay(dir, extra = []) {
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    join(bins, 'mappe-relay'),
    ['--listen', '127.0.0.1:0', '--db', join(dir, 'relay.sqlite'), '--request-log', join(dir, 'requests.log'), ...extra],
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
  return { child, url: m[1], log: join(dir, 'requests.log') };
}

function office(name, kind) {
  const dir = join(tmp, `office-${kind}-${Math.random().toString(36).slice(2, 8)}`);
  mappe(dir, ['agency', 'init', '--name', name, '--kind', kind], OFFICE_PASS);
  const card = JSON.parse(readFileSync(join(dir, 'agency.json'), 'utf8'));
  assert.match(card.ed25519, /^[0-9a-f]{64}$/);
  return { dir, name, key: card.ed25519 };
}

/** The office confirms a paper of the person; the person keeps it with their entry. */
function attestAndImport(off, relayUrl, entry, claims, expires = '365d') {
  const file = join(tmp, `${Math.random().toString(36).slice(2, 10)}.sdjwt`);
  const out = mappe(off.dir, ['agency', 'attest', '--kind', 'residence', '--holder', person.key,
    ...claims.flatMap((c) => ['--claim', c]), '--expires', expires, '--relay', relayUrl, '--out', file], OFFICE_PASS);
  const number = /attestation number (\d+)/.exec(out)?.[1];
  assert.ok(number !== undefined, out);
  mappe(person.dir, ['attestation', 'import', file, '--to', entry]);
  return Number(number);
}

function share(args) {
  const out = mappe(person.dir, ['share', '--relay', relay.url, '--yes', ...args]);
  // Found by its shape: what precedes it ("Link:") is in the --lang given.
  const link = out.match(/https?:\/\/[\w.:-]+\/s\/[\w-]+(?:#[\w.~%-]*)?/)?.[0];
  assert.ok(link, `no link in:\n${out}`);
  return link;
}

// ---- browser ------------------------------------------------------------------------------

async function open(url, width = 390) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 844 });
  page.on('pageerror', (e) => problems.push(`page error on ${url}: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) {
      problems.push(`console error on ${url}: ${msg.text()}`);
    }
  });
  page.on('request', (req) => {
    if (!req.url().startsWith(relay.url) && !req.url().startsWith('blob:')) {
      problems.push(`request to another origin: ${req.url()}`);
    }
  });
  await page.goto(url);
  await page.waitForSelector('main:not([data-state="loading"])', { timeout: 10_000 });
  // The verdicts come after the fields: wait until they are judged.
  await page.waitForSelector('[data-attestations="done"]', { timeout: 10_000 });
  return page;
}

const text = (page) => page.evaluate(() => document.body.innerText);

async function shot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

async function claimsShown(page) {
  return page.$$eval('[data-attestation] [data-claim]', (els) => els.map((e) => e.dataset.claim));
}

// ---- setup --------------------------------------------------------------------------------

before(async () => {
  for (const b of ['mappe', 'mappe-relay']) {
    assert.ok(existsSync(join(bins, b)), `${join(bins, b)} is not built: cargo build -p mappe-cli -p sync-relay`);
  }
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  mkdirSync(shots, { recursive: true });
  tmp = mkdtempSync(join(tmpdir(), 'mappe-viewer-attest-'));

  // Offices first: the relay's trust list names two of them.
  offices = {
    abh: office(ABH, 'auslaenderbehoerde'),
    faraway: office('Ausländerbehörde Fernstadt', 'auslaenderbehoerde'), // listed, withdrawals on another relay
    unlisted: office('Ausländerbehörde Nirgendwo', 'auslaenderbehoerde'), // not on the trust list
  };
  const directory = join(tmp, 'offices.json');
  writeFileSync(directory, JSON.stringify({
    publisher: 'Stadt Musterstadt',
    agencies: [
      { name: ABH, kind: 'auslaenderbehoerde', ed25519: offices.abh.key },
      { name: offices.faraway.name, kind: 'auslaenderbehoerde', ed25519: offices.faraway.key },
    ],
  }));
  relay = await startRelay(join(tmp, 'relay'), ['--directory', directory]);
  other = await startRelay(join(tmp, 'other-relay'));

  person = { dir: join(tmp, 'person') };
  mappe(person.dir, ['init']);
  mappe(person.dir, ['profile', 'set', 'family_name', 'Haddad']);
  // The person's own entries: no number, so any number on the page would be the office's.
  mappe(person.dir, ['residence', 'add', '--kind', 'aufenthaltserlaubnis', '--valid-until', '2027-12-31',
    '--authority', ABH]);
  mappe(person.dir, ['residence', 'add', '--kind', 'fiktionsbescheinigung', '--valid-until', '2027-03-31']);
  mappe(person.dir, ['residence', 'add', '--kind', 'duldung', '--valid-until', '2027-02-28']);
  const show = JSON.parse(mappe(person.dir, ['show', '--json']));
  residence = {
    permit: show.residence.find((r) => r.kind === 'aufenthaltserlaubnis').id,
    fiktion: show.residence.find((r) => r.kind === 'fiktionsbescheinigung').id,
    duldung: show.residence.find((r) => r.kind === 'duldung').id,
  };
  const keyOut = mappe(person.dir, ['attestation', 'key']);
  person.key = /([0-9a-f]{64})/.exec(keyOut)?.[1];
  assert.ok(person.key, keyOut);

  context = await chromium.launchPersistentContext(join(tmp, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'de-DE',
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
  other?.child.kill();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// ---- tests --------------------------------------------------------------------------------

let confirmedLink;
let confirmedNumber;

test('a confirmed attestation shows beside the person\'s statements, with only the chosen facts', async () => {
  confirmedNumber = attestAndImport(offices.abh, relay.url, `residence/${residence.permit}`, [
    'kind=aufenthaltserlaubnis', `number=${NUMBER}`, 'valid_until=2027-12-31', `legal_basis=${LEGAL}`,
    'work_permitted=yes',
  ]);
  confirmedLink = share(['--fields', 'profile.family_name,residence/current', '--lang', 'de',
    '--attest', `residence/${residence.permit}:kind,valid_until`]);
  const page = await open(confirmedLink, 390);
  assert.equal(await page.getAttribute('main', 'data-state'), 'verified');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  const body = await text(page);

  // The person's statements, under the renamed heading, and separately the office's confirmation.
  assert.ok(body.includes('Von der Person angegeben, seit der Freigabe unverändert'), body);
  assert.ok(body.includes('Das beweist nicht, dass die Angaben stimmen.'));
  assert.ok(!body.includes('Geprüft'), 'the old "Geprüft" heading is gone');
  assert.ok(body.includes('Bestätigungen von Stellen'));
  assert.ok(body.includes('Vertrauensliste: Stadt Musterstadt'));
  const cards = await page.$$eval('[data-attestation]', (els) => els.map((e) => [e.dataset.attestation, e.dataset.standing]));
  assert.deepEqual(cards, [[`residence/${residence.permit}`, 'confirmed']]);
  const headline = await page.textContent('[data-attestation] [data-headline]');
  assert.match(headline, /^Bestätigt von Ausländerbehörde Musterstadt am \d{2}\.\d{2}\.\d{4}$/);
  assert.equal(await page.locator('[data-attestation] [data-seal]').count(), 1, 'a confirmed attestation has the seal');
  // The confirmation is not inside the person's statements, and they are not inside it.
  assert.equal(await page.locator('[data-fields] [data-attestation]').count(), 0);
  assert.equal(await page.locator('[data-attestations] [data-item]').count(), 0);
  // Exactly kind and valid-until; nothing the person did not choose.
  assert.deepEqual(await claimsShown(page), ['kind', 'valid_until']);
  const card = await page.textContent('[data-attestation]');
  assert.ok(card.includes('Aufenthaltserlaubnis') && card.includes('31.12.2027'), card);
  for (const hidden of [NUMBER, LEGAL, '18a', 'Erwerbstätigkeit']) {
    assert.ok(!body.includes(hidden), `"${hidden}" was not disclosed but is on the page`);
  }
  // Styles: the confirmation is green with a seal, the person's block is not.
  const colours = await page.evaluate(() => ({
    stated: getComputedStyle(document.querySelector('[data-stated]')).borderTopColor,
    attest: getComputedStyle(document.querySelector('[data-attestation]')).borderInlineStartColor,
  }));
  assert.notEqual(colours.stated, colours.attest);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  const marks = await page.evaluate(() =>
    ['mappe:fields-shown', 'mappe:attestations-shown'].map((n) => performance.getEntriesByName(n)[0]?.startTime));
  console.log(`VIEWER attestation judged (trust list, relay key, status list fetched, SD-JWT checked): ` +
    `fields shown ${marks[0]?.toFixed(0)} ms, verdict shown ${marks[1]?.toFixed(0)} ms after navigation start`);
  await shot(page, 'attestation-confirmed-de-390');
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, 'attestation-confirmed-de-1280');
  await page.setViewportSize({ width: 390, height: 844 });

  // English and Arabic by the language menu, without a reload.
  await page.selectOption('#lang', 'en');
  const en = await text(page);
  assert.ok(en.includes('Stated by the person, unchanged since shared'));
  assert.match(await page.textContent('[data-attestation] [data-headline]'), /^Confirmed by Ausländerbehörde Musterstadt on /);
  await page.selectOption('#lang', 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  const ar = await text(page);
  assert.ok(ar.includes('صرّح بها الشخص، ولم تتغيّر منذ مشاركتها'), 'the Arabic heading');
  assert.ok((await page.textContent('[data-attestation] [data-headline]')).includes(ABH));
  assert.deepEqual(await claimsShown(page), ['kind', 'valid_until']);
  const overflowAr = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflowAr <= 0, `the Arabic page is ${overflowAr}px wider than the phone`);
  await shot(page, 'attestation-confirmed-ar-390');
  await page.close();
});

test('the browser\'s language picks the interface; German when none fits', async () => {
  for (const [locale, lang, dir] of [['ar-SY', 'ar', 'rtl'], ['fa-IR', 'fa', 'rtl'], ['uk-UA', 'uk', 'ltr'],
    ['tr-TR', 'tr', 'ltr'], ['fr-FR', 'de', 'ltr']]) {
    const ctx = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const browserContext = await ctx.newContext({ locale, viewport: { width: 390, height: 844 } });
    const page = await browserContext.newPage();
    await page.goto(confirmedLink);
    await page.waitForSelector('[data-attestations="done"]', { timeout: 10_000 });
    assert.equal(await page.getAttribute('html', 'lang'), lang, locale);
    assert.equal(await page.getAttribute('html', 'dir'), dir, locale);
    assert.equal(await page.inputValue('#lang'), lang);
    assert.equal(await page.getAttribute('[data-attestation]', 'data-standing'), 'confirmed');
    if (lang === 'fa') await page.screenshot({ path: join(shots, 'attestation-confirmed-fa-390.png'), fullPage: true });
    await ctx.close();
  }
});

test('an office that is not on the trust list is never shown as confirming', async () => {
  attestAndImport(offices.unlisted, relay.url, `residence/${residence.duldung}`, ['kind=duldung', 'valid_until=2027-02-28']);
  const link = share(['--fields', `residence/${residence.duldung}`, '--attest', `residence/${residence.duldung}:kind`]);
  const page = await open(link, 390);
  assert.equal(await page.getAttribute('[data-attestation]', 'data-standing'), 'untrusted_issuer');
  const body = await text(page);
  assert.ok(body.includes('Unterschrieben von einer Stelle, die nicht auf Ihrer Vertrauensliste steht'));
  assert.ok(!body.includes('Bestätigt von'), 'nothing says confirmed');
  // The office's name comes only from the trust list: the one it gives itself is not shown as
  // checked (the consent text the person saw may name it; that is the person's summary).
  assert.ok(!(await page.textContent('[data-attestations]')).includes('Nirgendwo'));
  assert.equal(await page.locator('[data-seal]').count(), 0);
  assert.deepEqual(await claimsShown(page), ['kind']);
  await shot(page, 'attestation-untrusted-de-390');
  await page.close();
});

test('withdrawals published on another relay cannot be fetched (same origin only): status unknown', async () => {
  attestAndImport(offices.faraway, other.url, `residence/${residence.fiktion}`, ['kind=fiktionsbescheinigung']);
  const link = share(['--fields', `residence/${residence.fiktion}`, '--attest', `residence/${residence.fiktion}:kind`]);
  const page = await open(link, 390);
  assert.equal(await page.getAttribute('[data-attestation]', 'data-standing'), 'status_unknown');
  const body = await text(page);
  assert.ok(body.includes('Nicht prüfbar, ob die Stelle sie zurückgezogen hat'));
  assert.ok(!body.includes('Bestätigt von'));
  assert.equal(await page.locator('[data-seal]').count(), 0);
  await shot(page, 'attestation-status-unknown-de-390');
  await page.close();
});

test('after the office withdraws it, the same share says withdrawn and nothing confirmed', async () => {
  // A status list must be newer than the last one (whole seconds).
  await new Promise((r) => setTimeout(r, 1100));
  mappe(offices.abh.dir, ['agency', 'withdraw', String(confirmedNumber)], OFFICE_PASS);
  const page = await open(confirmedLink, 390);
  assert.equal(await page.getAttribute('[data-attestation]', 'data-standing'), 'withdrawn');
  const body = await text(page);
  assert.ok(body.includes('Von der Stelle zurückgezogen'), body);
  assert.ok(!body.includes('Bestätigt von'), 'nothing says confirmed');
  assert.equal(await page.locator('[data-seal]').count(), 0);
  // The person's statements are still there, under their own heading.
  assert.ok(body.includes('Von der Person angegeben, seit der Freigabe unverändert'));
  assert.ok(body.includes('Haddad'));
  await shot(page, 'attestation-withdrawn-de-390');
  await page.selectOption('#lang', 'en');
  assert.ok((await text(page)).includes('Withdrawn by the office'));
  assert.ok(!(await text(page)).includes('Confirmed by'));
  await page.close();
});

test('a relay without a trust list: every office is "not on your trust list"', async () => {
  // The person shares the same confirmed paper through the relay that publishes no list.
  const second = mappe(person.dir, ['share', '--relay', other.url, '--yes', '--fields', `residence/${residence.fiktion}`,
    '--attest', `residence/${residence.fiktion}:kind`]);
  const link = second.match(/https?:\/\/[\w.:-]+\/s\/[\w-]+(?:#[\w.~%-]*)?/)[0];
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(link);
  await page.waitForSelector('[data-attestations="done"]', { timeout: 10_000 });
  assert.equal(await page.getAttribute('[data-trust]', 'data-trust'), 'none');
  assert.equal(await page.getAttribute('[data-attestation]', 'data-standing'), 'untrusted_issuer');
  assert.ok((await text(page)).includes('Dieser Server veröffentlicht keine Vertrauensliste'));
  await page.close();
});

test('no page error, no console error, nothing fetched from another origin', () => {
  assert.deepEqual(problems, []);
  const log = readFileSync(relay.log, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(log.some((l) => l.path === '/v1/directory'), 'the page fetched the trust list');
  assert.ok(log.some((l) => l.path === '/.well-known/mappe-relay.json'), 'the page fetched the relay key');
  assert.ok(log.some((l) => l.method === 'GET' && l.path === `/v1/status/${offices.abh.key}`), 'the page fetched the status list');
});
