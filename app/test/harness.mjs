// What every browser test in test/browser/ needs: the real `mappe-relay` on 127.0.0.1, Debian's
// Chromium and its flags, a watch on the page for errors and requests to other origins, and the
// steps of creating a wallet. Outside test/browser/ so that `node --test test/browser/` does not
// run it as a test file.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository's root. */
export const repo = join(here, '..', '..');
/** Where `mappe` and `mappe-relay` are ($MAPPE_BIN_DIR, default target/debug). */
export const bins = process.env.MAPPE_BIN_DIR || join(repo, 'target', 'debug');
/** Debian's Chromium ($CHROMIUM to use another). */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** Chromium's flags: headless in a container, nothing fetched from the internet. */
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// The relay's rate limits have their own tests (crates/sync-relay/tests/limits.rs); these tests
// open shares and call the API faster than a person would.
const RELAY_TEST_ENV = { MAPPE_RELAY_SHARE_OPENS_PER_MINUTE: '0', MAPPE_RELAY_RATE_LIMIT_PER_MINUTE: '0' };

/** Starts a relay on a free port with its database in `dir`; `args` and `env` are added. */
export async function startRelay(dir, { args = [], env = {} } = {}) {
  const child = spawn(join(bins, 'mappe-relay'), ['--listen', '127.0.0.1:0', '--db', join(dir, 'relay.sqlite'), ...args], {
    env: { ...process.env, ...RELAY_TEST_ENV, ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`mappe-relay exited with ${code}`)));
  });
  const m = /^mappe-relay listening on (http:\/\/\S+)$/.exec(line);
  assert.ok(m, line);
  return { child, url: m[1] };
}

/**
 * Collects into `problems` every page error, console error and, when `origin` is given, request
 * to another origin (except URLs matching `schemes`); `allow` exempts expected ones.
 */
export function watchPage(page, problems, { origin = null, allow = null, schemes = /^(blob|data):/ } = {}) {
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' && !/Failed to load resource/.test(text) && !(allow && allow.test(text))) problems.push(`console error: ${text}`);
  });
  if (origin !== null) {
    page.on('request', (req) => {
      const u = req.url();
      if (!u.startsWith(typeof origin === 'function' ? origin() : origin) && !schemes.test(u) && !(allow && allow.test(u))) problems.push(`request to another origin: ${u}`);
    });
  }
  return page;
}

/** Text without Fluent's bidi isolation marks (U+2068, U+2069) around placeables. */
export const plain = (s) => s.replace(/[\u2068\u2069]/g, '');
export const click = (page, sel) => page.locator(sel).first().click();
export const text = async (page, sel) => plain(await page.locator(sel).first().textContent());

/** Waits until the app has drawn `screenName`. */
export async function ready(page, screenName) {
  await page.waitForSelector(`main[data-state="ready"][data-screen="${screenName}"]`, { timeout: 30_000 });
}

/**
 * Creates a wallet with `pass` on the start screen, writing the recovery code back as a person
 * would; `step(name)` is awaited at each step (for screenshots). Returns the code's groups.
 */
export async function createWallet(page, pass, step = async () => {}) {
  await ready(page, 'start');
  await step('create');
  await page.fill('input[autocomplete="new-password"] >> nth=0', pass);
  await page.fill('input[autocomplete="new-password"] >> nth=1', pass);
  await click(page, '[data-action=create]');
  await page.waitForSelector('[data-recovery-code]');
  await step('recovery-code');
  const groups = await page.$$eval('.code-group', (els) => els.map((e) => e.textContent));
  await click(page, '[data-action=written]');
  for (const input of await page.$$('input[data-group]')) {
    const n = Number(await input.getAttribute('data-group'));
    await input.fill(groups[n - 1]);
  }
  await step('recovery-confirm');
  await click(page, '[data-action=confirm-code]');
  await ready(page, 'home');
  return groups;
}
