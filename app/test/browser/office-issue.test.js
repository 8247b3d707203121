// The office desk (/office/) confirms a paper and withdraws the confirmation, end to end: real
// headless Chromium (Debian's, playwright-core), the real `mappe-relay` and the real `mappe` CLI,
// each in temporary folders. Run:
// `node --test --test-concurrency=1 test/browser/office-issue.test.js` after
// `cargo build -p mappe-cli -p sync-relay` (binaries from $MAPPE_BIN_DIR, default target/debug).
// Screenshots go to $MAPPE_APP_SCREENSHOTS (default app/test/screenshots/, gitignored).
//
//   an Ausländerbehörde on the relay's trust list (its key made by `mappe agency init`, imported
//   into the browser desk: withdrawal lists are fetched only for offices on the trust list)
//   refuses a wrong key and a missing fact (issuing nothing) → confirms the person's residence
//   permit → the person keeps it with the entry (CLI) and shares it, "confirmed" → the office
//   withdraws it in the desk: the relay serves a newer withdrawal list with the bit set and the
//   share's confirmation is judged "withdrawn". The Arabic layout test makes its office in the
//   browser.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, devices } from 'playwright-core';
import { ARGS, CHROMIUM, bins, click, plain, ready, startRelay as spawnRelay, watchPage } from '../harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shots = process.env.MAPPE_APP_SCREENSHOTS || join(here, '..', 'screenshots');
const CLI_PASS = 'office issue person passphrase';
const OFFICE_PASS = 'office issue desk passphrase';
const ISSUER = 'Ausländerbehörde Musterstadt';

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
  delete env.MAPPE_TRUST_KEY;
  delete env.MAPPE_TRUST_LIST;
  const r = spawnSync(join(bins, 'mappe'), wallet ? ['--wallet', wallet, ...args] : args, { env, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `mappe ${args.join(' ')} → ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
// Found by its shape: what precedes it ("Link:") is in the --lang given.
const linkOf = (out) => out.match(/https?:\/\/[\w.:-]+\/s\/[\w-]+(?:#[\w.~%-]*)?/)[0];

// ---- browsers -------------------------------------------------------------------------------

const watch = (page, origin) => watchPage(page, problems, { origin });

async function browser(profile, { width = 390, locale = 'de-DE' } = {}) {
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

async function shot(page, name, width) {
  mkdirSync(shots, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0)); // the sticky bar at the top, not mid-page
  await page.screenshot({ path: join(shots, `office-${name}.png`), fullPage: true });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= width, `${name}: ${wide}px wide, more than ${width}`);
}
/** Elements sticking out of their card (the form, the result, the list). */
function overflow(page) {
  return page.evaluate(() => {
    const out = [];
    for (const card of document.querySelectorAll('.issue-form, .issue-result, [data-issued-list]')) {
      const box = card.getBoundingClientRect();
      for (const el of card.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width && (r.left < box.left - 1 || r.right > box.right + 1)) out.push(`${el.tagName}.${el.className}: ${el.textContent.slice(0, 40)}`);
      }
    }
    return out;
  });
}

/** Goes from the desk to "Confirm a paper". */
async function toIssue(page) {
  await click(page, '[data-action=issue-screen]');
  await ready(page, 'issue');
}

/** Makes an office in the desk of `page` and goes to "Confirm a paper"; returns its key (hex). */
async function createOffice(page, name) {
  await page.goto(`${url}/office/`);
  await ready(page, 'start');
  await page.fill('[data-input=office-name]', name);
  await page.selectOption('[data-input=office-kind]', 'auslaenderbehoerde');
  await page.fill('input[autocomplete="new-password"] >> nth=0', OFFICE_PASS);
  await page.fill('input[autocomplete="new-password"] >> nth=1', OFFICE_PASS);
  await click(page, '[data-action=create]');
  await page.waitForSelector('[data-recovery-code]');
  await click(page, '[data-action=written]');
  await ready(page, 'desk');
  const key = JSON.parse(await page.getAttribute('[data-card]', 'data-card')).ed25519;
  assert.match(key, /^[0-9a-f]{64}$/);
  await toIssue(page);
  return key;
}

/** Fills the form with a residence permit for `holder`. */
async function fillResidence(page, holder) {
  await page.fill('[data-input=holder]', holder);
  await page.selectOption('[data-input=issue-kind]', 'residence');
  await page.selectOption('[data-claim-input=kind]', 'aufenthaltserlaubnis');
  await page.fill('[data-claim-input=number]', 'Y7F3K9L2M');
  await page.fill('[data-claim-input=valid_until]', '2027-12-31');
  await page.fill('[data-claim-input=legal_basis]', '§ 18a AufenthG');
  await page.selectOption('[data-claim-input=work_permitted]', 'yes');
}

async function statusToken(officeKey) {
  const res = await fetch(`${url}/v1/status/${officeKey}`);
  return { status: res.status, text: res.status === 200 ? await res.text() : null };
}
const payloadOf = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
const iatOf = (jwt) => payloadOf(jwt).iat;
/** Whether the withdrawal list `jwt` has the bit of attestation `idx` set. */
const withdrawnIn = (jwt, idx) => {
  const bits = inflateSync(Buffer.from(payloadOf(jwt).status_list.lst, 'base64url'));
  return Boolean(bits[idx >> 3] & (1 << (idx & 7)));
};

// ---- set-up: the office's key, the trust list, the relay, the person -----------------------------

const person = () => join(tmp, 'person');
const issuer = () => join(tmp, 'auslaenderbehoerde');
let residenceId;
let holder;
let officeKey;
let relayKey;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mappe-office-issue-'));
  mappeOk(['agency', 'init', '--name', ISSUER, '--kind', 'auslaenderbehoerde'], { wallet: issuer(), pass: OFFICE_PASS });
  officeKey = JSON.parse(readFileSync(join(issuer(), 'agency.json'), 'utf8')).ed25519;
  const directory = join(tmp, 'directory.json');
  writeFileSync(directory, JSON.stringify({ publisher: 'Stadt Musterstadt', agencies: [{ name: ISSUER, kind: 'auslaenderbehoerde', ed25519: officeKey }] }));
  relay = await startRelay(tmp, directory);
  url = relay.url;
  relayKey = (await (await fetch(`${url}/.well-known/mappe-relay.json`)).json()).key;
  mappeOk(['init'], { wallet: person() });
  mappeOk(['profile', 'set', 'family_name', 'Haddad'], { wallet: person() });
  mappeOk(['residence', 'add', '--kind', 'aufenthaltserlaubnis', '--number', 'Y7F3K9L2M', '--valid-until', '2027-12-31'], { wallet: person() });
  residenceId = JSON.parse(mappeOk(['show', '--json'], { wallet: person() })).residence[0].id;
  holder = /\b[0-9a-f]{64}\b/.exec(mappeOk(['attestation', 'key'], { wallet: person() }))[0];
});

after(async () => {
  relay?.child.kill();
  rmSync(tmp, { recursive: true, force: true });
  assert.deepEqual(problems, []);
});

// ---- the flow -----------------------------------------------------------------------------------

test('the desk refuses bad input, confirms a residence permit the person keeps, and withdraws it: a newer list on the relay, the share judged withdrawn', async () => {
  const ctx = await browser('auslaenderbehoerde');
  try {
    // The office's key (agency init's keystore.mappe and agency.json) into the browser desk.
    const page = watch(await ctx.newPage(), url);
    await page.goto(`${url}/office/`);
    await ready(page, 'start');
    await page.setInputFiles('[data-file=import]', [join(issuer(), 'keystore.mappe'), join(issuer(), 'agency.json')]);
    await page.waitForSelector('[data-notice=import-done]', { timeout: 30_000 });
    await page.fill('input[autocomplete="current-password"]', OFFICE_PASS);
    await click(page, '[data-action=unlock]');
    await ready(page, 'desk');
    assert.equal(JSON.parse(await page.getAttribute('[data-card]', 'data-card')).ed25519, officeKey);
    await toIssue(page);
    assert.equal(await page.locator('[data-issued-empty]').count(), 1, 'nothing issued yet');

    // A key of the wrong length: the translated sentence, nothing issued.
    await fillResidence(page, holder.slice(0, 60));
    await click(page, '[data-action=issue]');
    await page.waitForSelector('[data-error=issue-holder-bad]');
    assert.match(plain(await page.locator('[data-error=issue-holder-bad]').innerText()), /Der Schlüssel der Person muss 64 Zeichen/);
    // A required fact missing (the decision of a recognition): its label in the sentence.
    await page.fill('[data-input=holder]', holder.match(/.{1,4}/g).join(' ')); // as the phone shows it, in groups
    await page.selectOption('[data-input=issue-kind]', 'recognition');
    await page.fill('[data-claim-input=degree]', 'Bachelor of Nursing');
    await click(page, '[data-action=issue]');
    await page.waitForSelector('[data-error=issue-missing]');
    assert.equal(plain(await page.locator('[data-error=issue-missing]').innerText()), 'Bitte ausfüllen: Entscheidung');
    assert.equal(await page.locator('[data-issue-result]').count(), 0);
    assert.equal(await page.locator('[data-issued-empty]').count(), 1, 'still nothing issued');
    assert.equal((await statusToken(officeKey)).status, 404, 'nothing published');

    // The form at 390 px, filled in.
    await fillResidence(page, holder.match(/.{1,4}/g).join(' '));
    assert.deepEqual(await overflow(page), []);
    await shot(page, 'issue-form-de-390', 390);

    // Signed: the number, the code, the file and the text.
    await click(page, '[data-action=issue]');
    await page.waitForSelector('[data-issue-result]', { timeout: 30_000 });
    assert.equal(await page.locator('.notice.error').count(), 0, 'published without a problem');
    assert.equal(plain(await page.locator('[data-issue-result] .issue-number').innerText()), 'Bestätigung Nr. 0');
    assert.ok(await page.locator('[data-issue-result] img.issue-qr').evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR code is drawn');
    const text = await page.locator('[data-output=sdjwt]').inputValue();
    assert.match(text, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+~/);
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, '[data-action=download-attestation]')]);
    assert.equal(download.suggestedFilename(), 'attestation-0.sdjwt');
    const file = join(tmp, 'attestation-0.sdjwt');
    await download.saveAs(file);
    assert.equal(readFileSync(file, 'utf8'), text, 'the file is the text');
    assert.deepEqual(await overflow(page), []);
    await shot(page, 'issue-result-de-390', 390);
    const first = await statusToken(officeKey);
    assert.equal(first.status, 200, 'the withdrawal list is on the relay');
    assert.equal(withdrawnIn(first.text, 0), false);

    // The list: number, kind, the person's key shortened, valid.
    const row = page.locator('[data-issued-list] li[data-number="0"]');
    assert.equal(await row.getAttribute('data-state'), 'valid');
    assert.equal(await row.locator('[data-holder]').getAttribute('data-holder'), holder);
    assert.match(plain(await row.innerText()), /Bestätigung Nr\. 0 · Aufenthaltspapier[\s\S]*Gültig/);

    // The person keeps it with their residence permit (the CLI checks it is about their key).
    mappeOk(['attestation', 'import', file, '--to', `residence/${residenceId}`], { wallet: person() });
    const held = JSON.parse(mappeOk(['attestation', 'list', '--json'], { wallet: person() }));
    assert.equal(held.length, 1, JSON.stringify(held));
    assert.equal(held[0].entry, `residence/${residenceId}`);
    assert.equal(held[0].attestation.issuer_name, ISSUER);
    assert.equal(held[0].attestation.issuer, officeKey);
    assert.equal(held[0].attestation.kind, 'residence');
    const claims = held[0].attestation.claims;
    assert.equal(claims.kind, 'aufenthaltserlaubnis');
    assert.equal(claims.number, 'Y7F3K9L2M');
    assert.equal(claims.valid_until, '2027-12-31');
    assert.equal(claims.legal_basis, '§ 18a AufenthG');
    assert.ok(claims.work_permitted === true || claims.work_permitted === 'yes', JSON.stringify(claims));

    // Shared with the confirmation: confirmed by the office on the relay's trust list.
    const link = linkOf(mappeOk(['share', '--fields', 'profile.family_name', '--attest', `residence/${residenceId}:kind,valid_until`, '--relay', url, '--yes'], { wallet: person() }));
    const open = () => JSON.parse(mappeOk(['open', link, '--json', '--trust-key', relayKey])).attestations;
    let judged = open();
    assert.deepEqual(judged.map((a) => [a.standing, a.issuer_name]), [['confirmed', ISSUER]], JSON.stringify(judged));
    assert.deepEqual(judged[0].claims, { kind: 'aufenthaltserlaubnis', valid_until: '2027-12-31' });

    // Withdrawn in the desk (after a confirm step): a newer list on the relay, judged withdrawn.
    await row.locator('[data-action=withdraw]').click();
    await page.waitForSelector('[data-action=withdraw-yes]');
    await page.locator('[data-action=withdraw-yes]').click();
    await page.waitForSelector('[data-notice=issue-withdrawn]', { timeout: 30_000 });
    assert.equal(await page.locator('[data-issued-list] li[data-number="0"]').getAttribute('data-state'), 'withdrawn');
    assert.match(plain(await page.locator('[data-issued-list] li[data-number="0"] [data-issued-state]').innerText()), /^Widerrufen am /);
    assert.equal(await page.locator('[data-issued-list] li[data-number="0"] [data-action=withdraw]').count(), 0);
    const second = await statusToken(officeKey);
    assert.equal(second.status, 200);
    assert.notEqual(second.text, first.text);
    assert.ok(iatOf(second.text) > iatOf(first.text), 'a newer list');
    assert.equal(withdrawnIn(second.text, 0), true, 'number 0 withdrawn in it');
    judged = open();
    assert.deepEqual(judged.map((a) => a.standing), ['withdrawn'], JSON.stringify(judged));

    // The registry is kept (sealed) in this browser: after a reload and unlocking, the list is
    // there and the next confirmation gets the next number.
    await page.reload();
    await ready(page, 'start');
    await page.fill('input[autocomplete="current-password"]', OFFICE_PASS);
    await click(page, '[data-action=unlock]');
    await ready(page, 'desk');
    await click(page, '[data-action=issue-screen]');
    await ready(page, 'issue');
    assert.equal(await page.locator('[data-issued-list] li[data-number="0"]').getAttribute('data-state'), 'withdrawn');
    await fillResidence(page, holder);
    await click(page, '[data-action=issue]');
    await page.waitForSelector('[data-issue-result]', { timeout: 30_000 });
    assert.equal(await page.locator('[data-issue-result]').getAttribute('data-issued'), '1');
    const third = await statusToken(officeKey);
    assert.ok(iatOf(third.text) > iatOf(second.text));
    // Confirmation 0 stays withdrawn in the new list, number 1 is not.
    assert.deepEqual([withdrawnIn(third.text, 0), withdrawnIn(third.text, 1)], [true, false]);
    assert.deepEqual(open().map((a) => a.standing), ['withdrawn']);
  } finally {
    await ctx.close();
  }
});

// ---- layout: the form and the result in Arabic (right to left) at 390 px -------------------------

test('layout: "Confirm a paper" in Arabic at 390 px, the form and the result, right to left', async () => {
  const ctx = await browser('layout-ar-390', { width: 390, locale: 'ar' });
  try {
    const page = watch(await ctx.newPage(), url);
    await createOffice(page, 'دائرة الأجانب');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await page.fill('[data-input=holder]', '12ab');
    await click(page, '[data-action=issue]');
    await page.waitForSelector('[data-error=issue-holder-bad]');
    assert.match(await page.locator('[data-error=issue-holder-bad]').innerText(), /يجب أن يتكوّن مفتاح الشخص/);
    await fillResidence(page, holder.match(/.{1,4}/g).join(' '));
    assert.deepEqual(await overflow(page), []);
    await shot(page, 'issue-form-ar-390', 390);
    await click(page, '[data-action=issue]');
    await page.waitForSelector('[data-issue-result]', { timeout: 30_000 });
    assert.equal(await page.locator('.notice.error').count(), 0);
    assert.match(await page.locator('[data-issue-result] h2').innerText(), /تم توقيع التأكيد/);
    assert.deepEqual(await overflow(page), []);
    await shot(page, 'issue-result-ar-390', 390);
    await page.locator('[data-issued-list]').screenshot({ path: join(shots, 'office-issue-list-ar-390.png') });
  } finally {
    await ctx.close();
  }
});
