// "A reload in the middle of a save leaves the old or the new wallet, never a broken one"
// (docs/app.md, "Saving"), against the real app, the real wasm core and a real `mappe-relay`
// (target/debug) in headless Chromium (Debian's, playwright-core).
//
// Each round: the profile form gets a new family name, "save" is clicked and the page reloads
// itself `delay` ms later (0–50 ms, spread over the rounds), while db.saveWallet may still be
// running (Web Lock, read, merge, save, one IndexedDB transaction). After the reload the wallet
// must unlock (no `integrity` error) and show either the name before the round or the new one.
// A second page of the same origin listens on BroadcastChannel('mappe-wallet'): the app posts
// 'saved' only after the transaction is done, so a round whose 'saved' arrived must show the new
// name (a finished save survives the reload).
//
// The CPU is throttled 4× (as the unlock figure in app.test.js, a mid-range phone) from the click
// to the reload: unthrottled on a fast machine the whole save (about 10–30 ms) usually ends before
// the reloading page is torn down, even with a 0 ms delay, and only the new name would be seen.
// At 4× both outcomes happen within 0–50 ms.
//
// Run: `node --test --test-concurrency=1 test/browser/save-reload.test.js` after
// `cargo build --workspace --bins`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, devices } from 'playwright-core';
import { ARGS, CHROMIUM, click, createWallet, ready, startRelay, watchPage } from '../harness.mjs';

const PASS = 'save reload passphrase';
const ROUNDS = 15;
const MAX_DELAY_MS = 50;

let tmp;
let relay;
let url;
const problems = [];

const watch = (page) => watchPage(page, problems);

const familyName = (page) => page.textContent('[data-field=family_name]');

const create = (page) => createWallet(page, PASS);

/** Unlocks; fails at once (not by a timeout) if the app shows an error instead of home. */
async function unlock(page, what) {
  await ready(page, 'start');
  await page.fill('input[autocomplete="current-password"]', PASS);
  await click(page, '[data-action=unlock]');
  await page.waitForSelector('main[data-state="ready"][data-screen="home"], [data-error]', { timeout: 30_000 });
  const error = await page.$eval('[data-error]', (el) => el.dataset.error).catch(() => null);
  assert.equal(error, null, `${what}: unlock failed with "${error}"`);
  await ready(page, 'home');
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mappe-save-reload-'));
  relay = await startRelay(tmp);
  url = relay.url;
});

after(async () => {
  relay?.child.kill();
  rmSync(tmp, { recursive: true, force: true });
});

test('a reload in the middle of a save leaves the old or the new wallet, never a broken one', async () => {
  const ctx = await chromium.launchPersistentContext(join(tmp, 'phone'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
    locale: 'de-DE',
  });
  try {
    const page = watch(await ctx.newPage());
    await page.goto(`${url}/app/`);
    await create(page);
    await page.evaluate(() => navigator.serviceWorker.ready);

    // The listener: a page of the same origin that is not the app (it never unlocks or saves).
    const listener = await ctx.newPage();
    await listener.goto(`${url}/app/pkg/BUILD-HASH`);
    await listener.evaluate(() => {
      window.saved = 0;
      new BroadcastChannel('mappe-wallet').onmessage = (e) => e.data === 'saved' && window.saved++;
    });
    const savedCount = () => listener.evaluate(() => window.saved);

    // A first name, saved normally.
    let before = 'Runde-0';
    await click(page, '[data-action=edit-profile]');
    await page.fill('[data-form=profile] input >> nth=1', before);
    await click(page, '[data-action=save]');
    await ready(page, 'home');
    assert.equal(await familyName(page), before);

    const cdp = await ctx.newCDPSession(page);
    const throttle = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const rounds = [];
    async function round(delay) {
      const i = rounds.length + 1;
      const name = `Runde-${i}`;
      await click(page, '[data-action=edit-profile]');
      await page.fill('[data-form=profile] input >> nth=1', name);
      const savedBefore = await savedCount();
      // Click "save" and reload from inside the page, so the delay is not stretched by the
      // round trips of the test driver.
      await throttle(4);
      await page.evaluate((ms) => {
        window.beforeReload = true;
        document.querySelector('[data-form=profile] [data-action=save]').click();
        setTimeout(() => location.reload(), ms);
      }, delay);
      await page.waitForFunction(() => !window.beforeReload, null, { timeout: 20_000 });
      await throttle(1);
      await unlock(page, `round ${i} (${delay} ms), after the reload`);
      const shown = await familyName(page);
      const saved = (await savedCount()) > savedBefore;
      rounds.push({ delay, shown: shown === name ? 'new' : shown === before ? 'old' : shown, saved });
      assert.ok(shown === name || shown === before, `round ${i} (${delay} ms): "${shown}", neither "${before}" nor "${name}"`);
      if (saved) assert.equal(shown, name, `round ${i} (${delay} ms): the save finished before the reload, yet the old name is shown`);
      if (shown === name) before = name;
    }
    const count = (what) => rounds.filter((r) => r.shown === what).length;

    for (let k = 0; k < ROUNDS; k++) await round(Math.round((k * MAX_DELAY_MS) / (ROUNDS - 1)));
    // Both outcomes are expected within 0–50 ms at 4× (seen: 10 old and 5 new of 15, mixed over
    // the whole range). Should timing on some machine give only one of them, a few more rounds
    // look for the other at the end it is likeliest: 0 ms for the old name, 500 ms (the save is
    // long done) for the new one.
    for (let extra = 0; extra < 6 && (count('old') === 0 || count('new') === 0); extra++) await round(count('old') === 0 ? 0 : 500);

    console.log(`SAVE-RELOAD ${rounds.length} rounds: ${count('new')} new, ${count('old')} old; ${rounds.filter((r) => r.saved).length} saves reported done before the reload`);
    console.log(`SAVE-RELOAD per round (delay ms: shown, saved): ${rounds.map((r) => `${r.delay}: ${r.shown}${r.saved ? ' (saved)' : ''}`).join('; ')}`);
    assert.ok(count('new') > 0, 'no round kept the new name');
    assert.ok(count('old') > 0, 'no round kept the old name: the reload never caught a save in flight');
    // The last name survives a plain reload, and the stored wallet still unlocks.
    await page.reload();
    await unlock(page, 'the last reload');
    assert.equal(await familyName(page), before);
  } finally {
    await ctx.close();
  }
  // No page or console error either, not even from a document torn down mid-save.
  assert.deepEqual(problems, []);
});
