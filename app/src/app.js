// Mappe's wallet app (/app/): the shell (header, language switch, lock, tabs) and the screens.
// Architecture and storage: docs/app.md. The core (wallet-core in WebAssembly) decides; this
// code stores bytes, talks to the relay for it and draws screens.
import './texts.js'; // first: the app's Fluent files
import { h, tr, show, errorBox, notice } from './ui.js';
import { LANGS, pickLang, setLang, lang, selfName, t } from './i18n.js';
import { loadCore } from './core.js';
import * as store from './db.js';
import { session, lock, drain, idle } from './session.js';
import { startScreen } from './screens/start.js';
import { homeScreen } from './screens/home.js';
import { cvScreen } from './screens/cv.js';
import { shareScreen } from './screens/share.js';
import { sharesScreen } from './screens/shares.js';
import { syncScreen, syncNow } from './screens/sync.js';
import { backupScreen } from './screens/backup.js';

const TABS = [
  ['home', 'nav-home'],
  ['share', 'nav-share'],
  ['shares', 'nav-shares'],
  ['sync', 'nav-sync'],
  ['backup', 'nav-backup'],
];
const SCREENS = { home: homeScreen, cv: cvScreen, share: shareScreen, shares: sharesScreen, sync: syncScreen, backup: backupScreen };

let relay = location.origin;
let current = { screen: 'start', params: {} };
const view = h('main', { id: 'view', 'data-state': 'loading' });
const langSelect = h('select', { class: 'lang', 'aria-label': 'language', 'data-lang-switch': '' });
const lockBtn = h('button', { type: 'button', class: 'lock', 'data-action': 'lock' });
const header = h('header', { class: 'bar' }, h('span', { class: 'brand', 'data-t': 'app-name' }), langSelect, lockBtn);
const nav = h('nav', { class: 'tabs' });

const ctx = {
  go(screen, params = {}) {
    current = { screen, params };
    draw();
    if (screen === 'home') runQueue().catch((err) => console.warn('queue', err));
  },
  ready() {
    view.dataset.state = 'ready';
    view.dataset.screen = current.screen;
    performance.mark(`mappe:screen-${current.screen}`);
  },
  relay: () => relay,
  setRelay(url) {
    relay = url;
  },
};

function drawChrome() {
  header.querySelector('.brand').textContent = t('app-name');
  langSelect.setAttribute('aria-label', t('language'));
  langSelect.replaceChildren(...LANGS.map((l) => h('option', { value: l, lang: l, text: selfName(l), selected: l === lang() })));
  lockBtn.textContent = t('lock');
  lockBtn.hidden = !session.wallet;
  nav.hidden = !session.wallet;
  nav.replaceChildren(
    ...TABS.map(([screen, id]) =>
      h('button', { type: 'button', class: screen === current.screen ? 'tab current' : 'tab', 'data-tab': screen, 'aria-current': screen === current.screen ? 'page' : null, text: t(id), on: { click: () => ctx.go(screen) } }),
    ),
  );
}

async function draw() {
  drawChrome();
  view.dataset.state = 'loading';
  try {
    if (!session.wallet || current.screen === 'start') {
      if (current.screen !== 'start') current = { screen: 'start', params: {} };
      await startScreen(view, ctx, current.params.reason);
      if (current.params.notice) view.prepend(notice(current.params.notice));
    } else {
      // A queued sync may hold the wallet (it runs right after unlocking): draw after it.
      await idle();
      await SCREENS[current.screen](view, ctx, current.params);
    }
  } catch (err) {
    show(view, errorBox(err));
    ctx.ready();
  }
  drawChrome();
}

session.onLock = (reason) => ctx.go('start', { reason });
// Another tab saved: redraw the home list, but never under a form being filled in.
session.onChange = () => {
  if (current.screen === 'home' && !view.querySelector('form')) draw();
};
lockBtn.addEventListener('click', () => lock('button'));
langSelect.addEventListener('change', async () => {
  setLang(langSelect.value);
  await store.setSetting('lang', lang());
  draw();
});

/** Relay work that waited for the network (queued syncs and revocations). */
async function runQueue() {
  if (!session.wallet || !navigator.onLine) return;
  await drain(async (job) => {
    if (job.op === 'sync') await syncNow(relay);
    else if (job.op === 'revoke') {
      const { now } = await import('./core.js');
      const { host, save, op } = await import('./session.js');
      await op('revokeOp', host, job.shareId, now());
      await save();
    }
  });
}
addEventListener('online', () => runQueue().catch((err) => console.warn('queue', err)));

async function main() {
  document.body.append(header, view, nav);
  // Start fetching the wasm core while the first screen draws. On the very first visit, wait for
  // the service worker instead: its install downloads the core anyway, and once it controls the
  // page the core comes from its cache — fetching it here too would download ~0.9 MB twice.
  const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  if (sw && !sw.controller) {
    const first = new Promise((resolve) => {
      sw.addEventListener('controllerchange', resolve, { once: true });
      setTimeout(resolve, 15_000);
    });
    first.then(() => loadCore()).catch(() => {});
  } else loadCore().catch(() => {});
  let stored = null;
  try {
    stored = await store.getSetting('lang');
    relay = (await store.getSetting('relay')) || location.origin;
  } catch (err) {
    console.warn('settings', err);
  }
  setLang(pickLang(stored, navigator.languages));
  await draw();
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' }).catch((err) => console.warn('service worker', err));
}

main();
export { tr };
